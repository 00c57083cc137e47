"""Thirty-sixth held-out set of hand-labelled pages for the hint engines (held out: never tuned on, round twenty-five): twelve whole pages from outlets in many countries.

Written from scratch for issue 13 in round twenty-five, before any rule was tuned on them and without
looking at the engine's code or output (nothing under `claimreview/` was opened, no other
`labelled_heldout*.py` file was read, and no test, scorer or engine was run; only an import of this
file and `build` on every page, a small script of my own that checks the split cases against the
pages, whole-word greps of the invented names over `tests/` and `ruff format` / `ruff check` were
run). The format and the conventions were read from the docstrings of `labelled_new.py`,
`labelled_new2.py` and `labelled_new49.py` to `labelled_new52.py`, the first two pages and the first
five split cases of `labelled_new52.py`, and `build` in `labelled_articles.py`. Every person, small
place, street, organisation, outlet, company, party, club, school, product and number is invented
(Zambia and Lusaka; Uganda and Kampala; Jamaica, Kingston, St Catherine and Spanish Town; Pakistan,
Lahore and Islamabad; Malaysia, Kuala Lumpur, Sabah, Sarawak and Indonesia; Sri Lanka and Colombo
Fort; Taiwan, Hualien, Yilan and Taitung counties, Hualien City and the Philippines; the
Netherlands, Utrecht and Groningen; Fiji; the Czech Republic, Brno, Prague, Ústí nad Labem and
Plzeň; Canada and Nova Scotia; India, Tamil Nadu and Chennai appear only as settings; real public
bodies such as "Parliament", "the Constitutional Court", "the Auditor General", "the Ministry of
Health", "the Central Public Health Laboratories", "the Ministry of Water and Environment", "the
World Health Organization", "the Jamaica Constabulary Force", "the Institute of Forensic Science and
Legal Medicine", "the St Catherine Parish Court", "the Anti-Corruption Establishment", "the Board of
Revenue", "the Lahore High Court", "Camp Jail", "Bursa Malaysia", "the Malaysian Palm Oil Board",
"Sri Lanka Railways", "the Public Service Commission", "the Sri Lanka Transport Board", "the Western
Province Road Passenger Transport Authority", "the Central Weather Administration", "the Central
Emergency Operation Center", "Taiwan Railway Corp", "the Civil Aeronautics Administration", "National
Taiwan University", "the Ministry of Education, Culture and Science", "the CPB", "the Ministry of
Culture", "the South Moravian Regional Authority", "the Municipal Elections Act" and "the Chennai
Metropolitan Water Supply and Sewerage Board" appear only as settings, with invented figures; X
appears only as a channel). No surname, town, street, outlet, company, party, club or product of any
file under `tests/` is reused: every capitalised word of these pages, the parts of hyphenated names
included, was grepped as a whole word over the whole `tests/` tree, and every hit that was an
invented name was changed (first names, titles, real settings and common words recur).

Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after selecting all in
a browser, so every furniture line is a paragraph of its own, worded in that site's own way, and the
furniture sits where real pastes carry it (consent walls at the head or the foot, "also read" links,
newsletter boxes and fact boxes inside the story, comments and footers at the tail). The twelve
pages, from twelve countries on five continents, cover politics, health, crime, courts, business,
transport, weather, education, sport, culture, a live blog and a Q&A interview, each in its outlet's
house style for names, titles, dates and numbers: (1) a Zambian national daily on Parliament passing
a constituency-fund bill ("N.A.B. No. 14 of 2026", "16:20 hrs." ending a sentence, "Hon.", "i.e.",
K amounts, "?” Mr. X asked reporters", a WordPress comment with "Kasuba W. says:", "Ltd." before
"All rights reserved."); (2) a Ugandan news site on a cholera outbreak (a cookie line at the head,
"Dr.", "Health Centre III", "Shs1,500", an unnamed group suspecting in the standfirst, a quote split
at its full stop before "?” asked", a numbers box with "approx.", a service line, "Ltd., Plot 14"); (3)
a Jamaican daily on a gun seizure ("St. Catherine," mid-sentence, "Rd." and "a.m." ending sentences,
"Supt.", "Det. Cpl.", the "Contributed" credit, an unnamed elderly resident, statistics via according
to, an MP's quote and claim, "Co. Ltd." before the footer's links, comments); (4) a Pakistani English
daily on an anti-corruption court's convictions ("Rs. 86.4m", "Ch.", "M." initials, "u/s ... PPC
r/w 5(2) PCA-II vide FIR No. 17/2023", the prosecution via according to, the defence's submission of
fact, the judge's observation, "Sardar" dropped, a decision to appeal, an unnamed ACE spokesman,
reader comments); (5) a Malaysian business daily on a planter's quarterly results (a market ticker,
"Sept 30,", "vs.", "Dec. 30." and "Dec. 12." ending sentences, "Datuk Ir." dropped, a Malay name's
first part as the later cue, an analyst's target price and rating, "cautioned ... could", "5.30 p.m."
and "Sdn. Bhd." ending sentences, an at-a-glance box, a disclaimer and a "Sdn. Bhd. (...)" footer);
(6) a Sri Lankan daily on a rail strike (initials "K.D.S." and "H.M.P." kept in names, "10 a.m." and
"7.45 a.m.," mid-sentence, "5.30 a.m." before a capital inside a quote, two questions in one quote
before "said", "Rs.", a rhetorical question, a comment and "(Pvt) Ltd." before "All Rights
Reserved."); (7) a Taiwanese English daily on a typhoon (a Chinese/English switch, an alert strip,
family names first, "km/h", "hPa", "2 p.m. yesterday", "5 p.m." ending a sentence, a measured
pressure fall against forecast rain, a key-facts box with "Max.", a most-popular list glued to numbers
and "Co., Ltd."); (8) a Dutch English-language site on a university cutting English-taught places (a
two-sentence consent wall, "e.g.", "approx.", "prof. dr." and "Rector magnificus" dropped, "Van der
Sluijs-Ommeren said" resolved to "Marieke van der Sluijs-Ommeren", "i.e.", a question before a capital,
"B.V." ending a sentence, a published estimate, a membership appeal and a "B.V. · KvK" footer); (9) a
Fijian sports site on a club rugby shield final ("Ratu" dropped, "No. 8", a question and an
exclamation before capitals inside quotes, a score box with initials, "HT:", "Referee:" and
"Attendance: approx."); (10) a Czech English-language site on a festival grant cut ("MgA." and
"Ph.D." dropped, "Mgr.", "z.s." ending a sentence, "a.s.," mid-sentence, CZK amounts, an evaluation
that "gave" and "criticised", a newsletter box in the story, "s.r.o." ending the footer's first
sentence and a consent notice at the foot); (11) a Canadian regional site's election-night live blog
(time stamps, "Pinned" and "Key event", "8 p.m. AT." ending a sentence, "Coun.", "N.S.,", "No. 7,",
"Harbour St." ending a sentence, "St. Finnbarr's" mid-sentence, an X post pasted as text with "!!",
entry sign-offs); and (12) an Indian city daily's Q&A with the head of the water board (bold questions
and unprefixed answers, a quote headline, initials "R.", "S." and "B.", "Excerpts:", "Rs. 212 crore,
i.e. ...", "etc." ending a sentence, the interviewer's figures and a cited promise, the "edited for
length" and comment-policy lines). `STYLES` names the site, the story and the stresses of each page,
in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new52.py` hold too (mastheads, menus, crumbs, tickers and
alert strips, section labels, bylines, date lines, share strips, consent and cookie blocks, "also
read" links, newsletter and membership boxes, related and most-popular lists, tags, comment
furniture and every comment, service lines and footers "B" line by line; captions by content and
credits "B"; standfirsts labelled like headlines, a semicolon never splitting one; fact-box headings
"B" with their bullets "W" and a forecast bullet ""; titles, ranks and honorifics dropped from
speakers; a pronoun, a later surname or a role resolved to the full name as first given;
organisations, documents and data kept as written, "according to X" -> X; a quote over several
sentences carrying its speaker and cue; "did not respond" labelled like speech with flags "";
plans, votes, orders, results, sentences, closures, cancellations and figures of record "W"; spoken
forecasts, hedges, hopes, pledges, opinions, feelings, scene, rhetorical questions and advice "").

Conventions this set had to settle, in the same spirit:

* Attribution after a closing "?” that begins with a capital. "“What is this if not a campaign
  fund?” Mr. Kabwela-Ngosa asked reporters outside the chamber." is ONE sentence: what decides is that
  the words after the quote are its attribution, not the capital of a title or a name; a "?" or "!"
  before a capital that starts a new sentence of the quote still ends one ("“Was that a yellow?" /
  "I've seen worse ...", "“What a day for the village!" / "We've waited ..."), and a quote whose
  first sentence ends "5.30 a.m." before "What time ...?" splits there too, its last "?” said ..." not.
* Titles and name forms. Dropped: "Hon.", "Mr.", "Dr.", "Supt.", "Det. Cpl.", "Sardar", "Datuk Ir.",
  "Ratu", "Rector magnificus prof. dr.", "MgA.", "Mgr." and the post-nominal "Ph.D." (a degree, not
  part of the name as "Jr." is); "Ch." in a name listed without speech is left in the text. Kept:
  initials that stand for given names ("K.D.S. Wanniarachchige", "H.M.P. Wijekoonwala-Jayasooriya",
  "M. Azhar Jhandran", "R. Thenmozhi Kalaiselvan-Arul"). A Chinese name is given family name first and
  "Gou said" resolves to "Gou Yu-ting"; a Malay name has no surname and "Haziq said" resolves to
  "Haziq Fadhlullah Kamarulbahrin"; a Dutch surname with "van der" capitalises it at the start of a
  sentence ("Van der Sluijs-Ommeren said") and resolves to "Marieke van der Sluijs-Ommeren".
* A person described without a reporting verb carries no speaker: "Wanniarachchige was not
  hopeful.", "Bonitos coach ... could barely speak after the final whistle." and "... dedicated the
  win to his late father." are "" without a speaker (the quotes after them carry the person), while
  "Šimůnek-Vrba thinks so." carries him with "thinks" and "Not yet, said Geh." with "said", both "".
  An act of record told of a person without speech ("She kept her “buy” call on the stock.") is "W"
  without a speaker; her target-price raise in a note to clients is a bank's forecast of record, "W",
  and her "cautioned that CPO prices could soften" "".
* Q&A set out as bold questions and unprefixed answers (as Indian dailies print them, after
  "Excerpts:", which is "B" like the "edited for length" line): every sentence of an answer carries
  the interviewee with an EMPTY cue, as the dash-line quotes of `labelled_new50.py` do, and is
  labelled by content ("No." a pledge "", the supply, plant and pipeline figures "W", "It will be
  commissioned in December." a dated plan "W", "The rest will take time." ""); the interviewer's
  turns carry no speaker unless they cite one: his own figures ("The reservoirs are at 38%.",
  "Private operators are charging Rs. 1,800 for 12,000 litres.") are "W" without a speaker,
  "Residents in the southern suburbs say they get water once in four days." keeps the group with
  "say" and is "W", "Your predecessor promised round-the-clock supply ..." keeps "Your predecessor"
  with "promised" and is "" (a pledge), and the questions themselves are "". A headline that is a
  quote from the answers ("‘We will not ration water this summer’") carries the interviewee with an
  empty cue, "" (a pledge).
* Live blog. Time stamps, "Pinned", "Key event", "Load more updates" and the entry sign-offs ("—
  Colm Aherrow-Kilbrannish") are "B"; the blog's own "LIVE: ..." headline names an event and claims
  nothing, ""; an entry headline of fact ("District 7 flips", "Pruxley-Oakshaw concedes") is "W",
  a topic one ("Why the ferry matters", "First results are in") ""; the lead-in to an embedded post
  ("... posted on X shortly after the result:") is "" without a speaker (the post follows), and the
  post's sentences carry the candidate with "posted", the "— Name (@handle) date" line "B".
  "Asked whether he would run again, he laughed: “Ask me in four years.”" is one sentence carrying
  him with "laughed", "".
* Courts. The charge line with its sections and FIR number is "W"; the defence's submission of fact
  ("had been sanctioned by a senior officer, who has since died") is "W" with "argued"; "The judge
  rejected the argument." is an act of record, "W", without a speaker, and her reasoning in quotes
  ("“A signature is not a formality." / "It is the whole of an officer's duty,” she observed ...")
  is "" with "observed"; counsel's "would file an appeal ... within the 30-day limit" is a decision,
  "W", and the ACE spokesman's "would be handed back ... once the verdict attains finality" is
  conditional, "".
* Documents and published work. "The Auditor General's report for 2024 found" and "The grant
  committee's evaluation ... gave the festival 61 points" keep the document with its verb, "W"; "It
  criticised ..." resolves to the evaluation and is "" (a judgement); "A 2025 CPB analysis estimated"
  is "W" like a fiscal note; "The board said the measure would save approx. €9.8 million a year by
  2029." is the board's published estimate, "W"; "Other universities are widely expected to
  follow" "".
* Weather. The storm's measured position and pressure, the warning as issued, the closures,
  evacuations, cancellations and outages and the past typhoon's toll are "W"; "could make landfall",
  "could reach 1,000mm" and the forecast headline (carrying the agency with "says") are ""; the
  forecaster's "the strongest storm to approach the east coast in four years" is a record claim,
  "W"; "The CWA urged people to stay away ..." keeps "The CWA" with "urged", "" (advice).
* Money promised with a sum is "W" ("has pledged an extra CZK 800,000"); a meeting fixed to take
  up a request ("would be discussed by the regional council on 26 February", "invited to talks at
  the ministry at 10 a.m. on Wednesday") is "W"; an opinion whose relative clause carries a prize of
  record ("whose short film won the festival's main prize in 2023") is "W", as in
  `labelled_new51.py`; a trader's own loan application and wait are private circumstances, ""; a
  price at a trading centre ("Shs1,500, three times the price of borehole water") is a public price,
  "W", as in `labelled_new52.py`; a caption stating a seizure or a trophy lifted is "W", the
  "Contributed" credit "B"; "Celebrations were expected to run all week" is "".
* Standfirsts. A standfirst that names nobody but whose source the body gives ("District officials
  suspect ...", "Planter expects ...") carries that source as the body names it ("District officials",
  "Lindungan Agro Bhd"), ""; a standfirst whose semicolon joins figures of record to a hedged quote
  from a named person ("... will get CZK 2.1 million; its director says the children's programme may
  go") carries the person and is "W" for the figures it carries.

Splits. "hrs." ("at about 16:20 hrs." before "Two"), "Rd." (before "Both"), "a.m." ("at about 4:30
a.m." before "Residents"; "at 5.30 a.m." before "What" inside a quote), "Dec. 30." and "Dec. 12.",
"p.m." ("at 5.30 p.m." before "Some"; "at 5 p.m." before "Passengers"), "Sdn. Bhd." (before "It
owns"), "B.V." (before "That contract"), "z.s." (before "Its main"), "AT." ("at 8 p.m. AT." before
"Unofficial"), "St." ("on Harbour St." before "He said"), "etc." (before "And please"), "s.r.o."
(before "IČO"), "Ltd." (before "All rights reserved.", before "All Rights Reserved." and before
"Privacy   Terms   Contact Us") end a sentence before a capital. "N.A.B. No. 14", "Hon.", "Mr.",
"i.e.", "Kasuba W. says:", "Dr.", "Centre III", "Ltd., Plot 14", "approx." (in bullets and before a
figure), "St. Catherine,", "Supt.", "Det. Cpl.", "Rs. 86.4m", "Rs. 212 crore", "Ch.", "M. Ilyas",
"u/s", "r/w 5(2) PCA-II", "FIR No. 17/2023", "Sardar M. Azhar", "Sept 30,", "vs.", "Datuk Ir.",
"K.D.S.", "H.M.P.", "10 a.m. on", "7.45 a.m.,", "2 p.m. yesterday", "11:30 a.m. for", "9 p.m.,",
"Max.", "Co., Ltd.", "e.g.", "prof. dr.", "B.V. ·", "No. 8", the score lines' initials ("S.", "P.",
"T.", "J.", "I."), "MgA.", "Ph.D.,", "Mgr.", "a.s.,", "Coun.", "N.S.,", "No. 7,", "Oct. 17,", "St.
Brendan's", "Sdn. Bhd. (198701004417)" and the initials "R.", "S." and "B." of Tamil names never
do; nor do decimals ("K30.6", "41.3", "9.52 sen", "5.30", "1,040").

`HELDOUT_CASES` holds 30 sentence-split cases in the format of `segmentation_new2.py` (id, text,
expected sentences), each taken word for word from these pages (consecutive lines joined by a
newline, sentences of one line by a space) and written the same way: what a reviewer wants, not what
the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Zambian national daily, Parliament passes a constituency-fund bill (masthead in capitals, menu with pipes, trending strip, section label, headline with K amounts, standfirst with a semicolon, byline in capitals, date line with 24-hour time, share strip, caption and picture credit, N.A.B. No. 14 of 2026, hrs. ending a sentence, Hon. dropped with a cost of record, a pledge, disbursement figures, an opposition leader's opinion, a question closing a quote before Mr. X asked reporters, a petition to be filed on Monday, ALSO READ link, i.e., the Auditor General's report found, a watchdog's opinion and its monitors' counts, market scene and a trader's private wait, a quote split at a full stop, assent, tags, related list, WordPress comment with an initial before says, leave-a-reply lines, Ltd. before All rights reserved)",
    "Ugandan news site, a cholera outbreak in a district (two-sentence cookie line and button at the head, masthead, menu, section label, headline with a count, standfirst with an unnamed group suspecting, byline, date line with EAT, share strip, caption with Health Centre III and a photo credit, the ministry said and said in a statement, Dr. dropped, sub-counties between dashes, a quote with a count, a scene claim and a rhetorical question, lab results via according to, history, vaccine doses, ALSO READ link, a minister's opinion and advice, a public price, residents said, a quote split before a question and asked, a district request of record, did not respond to questions, contacts and admissions, too early to say, WHO says, numbers box with approx., a two-sentence service line, related list, comment lines, Ltd., Plot 14 footer)",
    "Jamaican daily, a gun seizure and two men charged (weather chip, masthead in capitals, menu, crumb, headline with counts, standfirst, byline with slash, published line with pipes, share strip, caption of a seizure and Contributed credit, St. Catherine mid-sentence, Rd. ending a sentence before Both, the accused named, Supt. dropped with counts, a record claim, murders compared, feelings, Police said with a.m. ending a sentence before scene, an unnamed elderly resident, Det. Cpl. dropped with an act of record, a court date, READ link, islandwide statistics via according to, an MP's opinion and her claim of record, a service line, e-mail line, more-from list, comment count, sort line, handle, comment and reply line, Co. Ltd. before Privacy)",
    "Pakistani English daily, an anti-corruption court convicts three in a land case (masthead in capitals, e-paper strip, menu, crumb, headline with Rs. 86.4m, standfirst with a semicolon, Our Correspondent byline, date line, share strip, LAHORE: dateline, sentence and fine of record, Ch. and M. in the convicts' names, u/s PPC r/w 5(2) PCA-II vide FIR No., the prosecution via according to, a 2011 notification, a prosecutor's valuation told the court, the defence's submission of fact argued, the judge rejected the argument without a speaker, her observation in quotes, an acquittal, Sardar dropped with a decision to appeal, counsel's opinion and rhetorical question with No., custody, an unnamed ACE spokesman's figures and a conditional, published-in line, WhatsApp line, comments, recommended list, copyright)",
    "Malaysian business daily, a planter's quarterly results (masthead, menu, market ticker with arrows, section label, results headline, standfirst with the planter expects, byline, date line with +08, share strip, KUALA LUMPUR: dateline with Sept 30, a filing with Bursa Malaysia, vs., Dec. 30. and Dec. 12. ending sentences, price and output, Datuk Ir. dropped with a causal claim, a forecast quote, a target kept, Haziq said resolved to the full Malay name, replanting and labour figures, an analyst's share of forecast, her target price in a note, a rating without a speaker, cautioned could, a rhetorical question and Not yet said Geh, 5.30 p.m. ending a sentence, MPOB data showed, Sdn. Bhd. ending a sentence before It owns, READ MORE link, at-a-glance box with y-o-y and vs., related list, disclaimer, Sdn. Bhd. (number) footer)",
    "Sri Lankan daily, a rail strike cancels 38 trains (masthead in capitals, date and weather line, menu, crumb, headline with a colon, standfirst with they say, byline, dd.mm.yyyy published line, share strip with Viber, caption and Pic by credit, Sri Lanka Railways said with 10 a.m., a union that says, K.D.S. and H.M.P. initials kept, a stay-away pledge, notice and letters of record, overtime and vacancies, approval with a date and within days, described as unjustified, retired drivers called in, a minister's talks at 10 a.m. on Wednesday and his confidence, ALSO READ link, scene with 7.45 a.m., a quote ending at 5.30 a.m. before What and two questions before said, SLTB buses, fares via according to, an annual report's revenue loss, history, a rhetorical question and a description without speech, tags, Facebook line, comments, latest list, (Pvt) Ltd. before All Rights Reserved)",
    "Taiwanese English daily, a typhoon nears the east coast (masthead in capitals, Chinese/English switch, menu, typhoon alert strip, crumb, forecast headline with CWA says, standfirst with a semicolon, byline with slash, page line, share strip with LINE, caption and photo credit, km/h with 2 p.m. yesterday, a land warning at 11:30 a.m., It said could, a forecaster's could with family name first, measured hPa with a cause, a record claim, closures, evacuations, 5 p.m. ending a sentence before Passengers, flights, outages with 9 p.m., a professor's opinion and quotes, a past typhoon via according to, scene, a quote split before said, the CWA urged, key-facts box with Max. and a forecast bullet, comment-moderation lines, most-popular list glued to numbers, Co., Ltd. footer)",
    "Dutch English-language site, a university cuts English-taught bachelor's places (two-sentence consent wall and buttons at the head, masthead in capitals, menu with middle dots, section label, headline, standfirst with the board blames, byline, date line, reading time, share strip, caption and photo credit, announced, e.g., approx. in a published estimate, Rector magnificus prof. dr. dropped, Van der resolved to the full name, a ministry spokesperson with i.e., Also read link, a student union called, a question before a capital, an unnamed lecturer, B.V. ending a sentence, a CPB analysis estimated, widely expected, an academic's opinion with Dr., a council meeting date, tags, membership appeal, more list, B.V. · KvK footer)",
    "Fijian sports site, a club rugby shield final (masthead in capitals, menu, full-time score strip, crumb, result headline, standfirst, story-by byline, date line, share strip, caption of a trophy lifted with a picture credit in capitals, crowd scene, half-time score, No. 8, a sin-binning, a coach questioned, a question before a capital inside a quote, an exclamation before a capital, Ratu dropped, a record claim riding in a relative clause, squad selections, a description without speech and a private dedication, prize money via the organising committee, the next fixture, score box with initials, HT, Referee and Attendance with approx., more list, Pte Limited footer)",
    "Czech English-language site, a festival's state grant cut by two-thirds (masthead in capitals, menu with CZ, section label, headline, standfirst with a semicolon and its director says, written-by byline, dd.mm.yyyy date line, share strip, caption and photo credit, grant-round results via according to, MgA. and Ph.D. dropped, a pledge and may, visitor figures, an evaluation gave and It criticised, in-story newsletter box, Mgr. dropped with a budget of record, z.s. ending a sentence, a.s. mid-sentence with a sponsor's pledge, a regional council date, an animator's opinion with a prize of record, other festivals via according to, a rhetorical question and thinks so, festival dates, tags, also-like list, s.r.o. ending the footer's first sentence, consent notice and buttons at the foot)",
    "Canadian regional site, an election-night live blog (masthead in capitals, menu, section label, LIVE headline, staff byline, updated line with AT and Oct. 17, share strip, Pinned with 8 p.m. AT. ending a sentence, time stamps, Key event, entry headlines of fact and topic, unofficial results via according to with N.S., percentages, entry sign-offs, a concession quote ending on Harbour St. before He said, laughed: with a quote, turnout the town clerk says, No. 7, a recount rule, an X post's lead-in, text with !! and handle line, St. Finnbarr's scene, an exclamation before a capital, the ferry subsidy, a pledge and a claim, advance-poll figures, polls closed and candidates, load-more line, related list, typo line, Inc. footer)",
    "Indian city daily, a Q&A with the head of the city's water board (masthead in capitals, e-paper and Tamil strip, menu, crumb, quote headline, standfirst with a figure, byline with an initial, updated line with IST, share strip, caption with an initial and photo credit, reservoir data via according to, rainfall, intro with Excerpts:, bold questions and unprefixed answers, a pledge and supply figures, the interviewer's own figures, a plant's start date, residents say in a question, Rs. 212 crore with i.e., a dated plan, tanker prices, the Collector's rate, groundwater figures, advice with etc. ending a sentence, disconnections, a predecessor's promise cited, edited-for-length line, published line, topics, comment policy lines, Pvt. Ltd. footer)",
]

ARTICLES = [
    [  # 1. Zambian national daily, Parliament passes a CDF bill: N.A.B. No., hrs., Hon., Mr., i.e., ?” Mr. X asked
        [("THE LUSAKA BEACONLINE", "", "", "B")],
        [("Home | News | Politics | Business | Sport | Opinion | Entertainment | ePaper", "", "", "B")],
        [("Trending:  Kwacha  •  Load-shedding  •  CDF  •  Maize prices", "", "", "B")],
        [("POLITICS", "", "", "B")],
        [("Parliament passes CDF Bill raising constituency allocation to K38 million", "", "", "W")],
        [("Opposition UPF members walked out before the 97-4 vote; two independents voted against", "", "", "W")],
        [("By CHILESHE KASONDO-MWILA", "", "", "B")],
        [("March 19, 2026 | 18:42", "", "", "B")],
        [("Share on:  Facebook  X  WhatsApp  Telegram", "", "", "B")],
        [("Members of Parliament during Thursday's vote on the Constituency Development Fund (Amendment) Bill, 2026.", "", "", ""),
         ("Picture by NAKAMBALA SIMWANZA-PHIRI", "", "", "B")],
        [("PARLIAMENT on Thursday passed the Constituency Development Fund (Amendment) Bill, 2026 (N.A.B. No. 14 of 2026), raising each constituency's annual allocation from K30.6 million to K38 million.", "", "", "W")],
        [("The Bill was carried by 97 votes to four after members of the opposition United Progress Front (UPF) walked out of the chamber at about 16:20 hrs.", "", "", "W"),
         ("Two independents voted against it.", "", "", "W")],
        [("Finance and National Planning Minister Hon. Lombe Chibwelela-Mapulanga said the increase would cost the Treasury about K1.15 billion a year, which had already been provided for in the 2026 Budget.", "Lombe Chibwelela-Mapulanga", "said", "W")],
        [("“This money is for the people in the wards, not for politicians,” she said.", "Lombe Chibwelela-Mapulanga", "said", ""),
         ("“Every ward will see it by September.”", "Lombe Chibwelela-Mapulanga", "said", "")],
        [("She said 61 per cent of the 2025 allocation had been disbursed by December 31, up from 44 per cent a year earlier.", "Lombe Chibwelela-Mapulanga", "said", "W")],
        [("Leader of the Opposition Hon. Musonda Kabwela-Ngosa said the Bill handed area MPs too much say over which projects are funded, less than 18 months before a general election.", "Musonda Kabwela-Ngosa", "said", "")],
        [("“What is this if not a campaign fund?” Mr. Kabwela-Ngosa asked reporters outside the chamber.", "Musonda Kabwela-Ngosa", "asked reporters", "")],
        [("He said the UPF had instructed its lawyers to file a petition in the Constitutional Court on Monday.", "Musonda Kabwela-Ngosa", "said", "W")],
        [("ALSO READ: Kwacha slips past K27 to the dollar as copper price dips", "", "", "B")],
        [("Under the amended law, at least 30 per cent of each allocation must go to youth and women empowerment grants, i.e. about K11.4 million per constituency, and ward development committees will shortlist projects before the constituency committee approves them.", "", "", "W")],
        [("The Auditor General's report for 2024 found that K212.6 million in CDF money could not be accounted for in 41 constituencies.", "The Auditor General's report for 2024", "found", "W")],
        [("The governance watchdog Ndolwe Transparency Trust said the Bill did nothing to close that gap.", "Ndolwe Transparency Trust", "said", "")],
        [("“Raising the ceiling without fixing the leaks is like pouring more water into a basket,” said its executive director, Mutinta Sikaonga-Haamwela.", "Mutinta Sikaonga-Haamwela", "said", "")],
        [("She said the trust's monitors had visited 63 CDF projects last year and found 19 of them unfinished or abandoned.", "Mutinta Sikaonga-Haamwela", "said", "W")],
        [("At Kalundwe market on Thursday afternoon, few traders had heard of the vote.", "", "", "")],
        [("Bupe Nsofwa-Kabamba, 44, who sells dried kapenta, said she applied for a K15,000 empowerment loan through her women's club in 2024 and is still waiting.", "Bupe Nsofwa-Kabamba", "said", "")],
        [("“They tell us to form clubs, we form clubs.", "Bupe Nsofwa-Kabamba", "said", ""),
         ("Then nothing,” she said.", "Bupe Nsofwa-Kabamba", "said", "")],
        [("The Bill now goes to the President for assent.", "", "", "W")],
        [("Tags: CDF  Parliament  UPF  2026 Budget", "", "", "B")],
        [("Related Articles", "", "", "B")],
        [("Councils told to publish CDF project lists by April", "", "", "B")],
        [("UPF names campaign team for 2027", "", "", "B")],
        [("2 thoughts on “Parliament passes CDF Bill raising constituency allocation to K38 million”", "", "", "B")],
        [("Kasuba W. says:", "", "", "B")],
        [("March 19, 2026 at 7:12 pm", "", "", "B")],
        [("Same story every five years.", "", "", "B"),
         ("Let us see the money first.", "", "", "B")],
        [("Leave a Reply", "", "", "B")],
        [("Your email address will not be published.", "", "", "B"),
         ("Required fields are marked *", "", "", "B")],
        [("© 2026 Lusaka Beaconline Newspapers Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 2. Ugandan news site, a cholera outbreak: Dr., Centre III, Shs, approx., ?” asked, Ltd., Plot
        [("We use cookies to give you a better experience on PearlWire.", "", "", "B"),
         ("By continuing to browse, you agree to our Cookie Policy.", "", "", "B")],
        [("Got it", "", "", "B")],
        [("PearlWire", "", "", "B")],
        [("News  ·  Health  ·  Business  ·  Sports  ·  Lifestyle  ·  Opinions  ·  Podcasts", "", "", "B")],
        [("Health", "", "", "B")],
        [("Cholera cases in Bukeregwa rise to 214 as health ministry confirms six deaths", "", "", "W")],
        [("District officials suspect a broken borehole network", "District officials", "suspect", "")],
        [("By Ronah Kyomuhendo-Asiimwe", "", "", "B")],
        [("Published: Tuesday, April 7, 2026 — 10:14 EAT", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Email", "", "", "B")],
        [("Health workers set up a treatment tent at Kigorogoro Health Centre III on Monday.", "", "", ""),
         ("PHOTO | PEARLWIRE", "", "", "B")],
        [("The number of confirmed and suspected cholera cases in Bukeregwa district has risen to 214 since the outbreak was declared on March 28, the Ministry of Health said on Monday.", "the Ministry of Health", "said", "W")],
        [("Six people have died, four of them children under five.", "", "", "W")],
        [("In a statement, the ministry said 38 patients were still admitted, 11 of them at Kigorogoro Health Centre III and the rest at Bukeregwa General Hospital.", "the ministry", "said in a statement", "W")],
        [("District officials suspect that a broken borehole network pushed families to draw water from swamps and open wells.", "District officials", "suspect", "")],
        [("District health officer Dr. Prossy Atwooki-Byaruhanga said the cases were clustered in three sub-counties – Nyabuhindo, Kateezibwa and Rwentangi – where most households draw water from shallow wells and boreholes.", "Prossy Atwooki-Byaruhanga", "said", "W")],
        [("“Out of 23 boreholes in those sub-counties, only nine are working,” she said.", "Prossy Atwooki-Byaruhanga", "said", "W"),
         ("“People are fetching from the swamp.", "Prossy Atwooki-Byaruhanga", "said", "W"),
         ("What do you expect?”", "Prossy Atwooki-Byaruhanga", "said", "")],
        [("Laboratory tests at the Central Public Health Laboratories in Kampala confirmed Vibrio cholerae in 17 of 29 stool samples, according to the ministry.", "the ministry", "according to", "W")],
        [("The outbreak is the district's first since 2019, when 87 cases and two deaths were recorded.", "", "", "W")],
        [("The ministry has sent 40,000 doses of oral cholera vaccine, and vaccination starts on Thursday in the three sub-counties.", "", "", "W")],
        [("ALSO READ: Kampala schools told to install handwashing points before term opens", "", "", "B")],
        [("State Minister for Primary Health Care Dr. Jovia Nakabiito-Ssekandi, who visited Bukeregwa on Sunday, said the situation was under control.", "Jovia Nakabiito-Ssekandi", "said", "")],
        [("She urged residents to boil drinking water, wash hands with soap and avoid eating cold food at funerals and other gatherings.", "Jovia Nakabiito-Ssekandi", "urged", "")],
        [("But at Nyabuhindo trading centre on Monday, a 20-litre jerrycan of boiled water was selling for Shs1,500, three times the price of borehole water.", "", "", "W")],
        [("Residents said they could not afford firewood to boil water for large families.", "Residents", "said", "")],
        [("“I have eight children.", "Kenneth Mugarura-Baine", "asked", ""),
         ("If I boil for all of them, what will we cook with?” asked Kenneth Mugarura-Baine, a boda boda rider.", "Kenneth Mugarura-Baine", "asked", "")],
        [("Bukeregwa district chairperson Alfred Twinomujuni-Kato said the district had asked the Ministry of Water and Environment for Shs480 million to repair 14 boreholes in January but had not received a reply.", "Alfred Twinomujuni-Kato", "said", "W")],
        [("The Ministry of Water and Environment did not respond to questions sent on Monday.", "The Ministry of Water and Environment", "did not respond to questions", "")],
        [("Dr. Atwooki-Byaruhanga said the district's rapid response team had traced 96 contacts and that new admissions had fallen from 31 on Friday to 12 on Sunday.", "Prossy Atwooki-Byaruhanga", "said", "W")],
        [("“It is too early to say we have turned the corner,” she said.", "Prossy Atwooki-Byaruhanga", "said", "")],
        [("The World Health Organization says cholera can kill within hours if untreated, but most patients recover with prompt oral rehydration.", "The World Health Organization", "says", "W")],
        [("OUTBREAK IN NUMBERS", "", "", "B")],
        [("• 214 cases, confirmed and suspected", "", "", "W")],
        [("• 6 deaths, 4 of them children", "", "", "W")],
        [("• 38 patients still admitted", "", "", "W")],
        [("• approx. 36,000 people aged one and above to be vaccinated from Thursday", "", "", "W")],
        [("Have symptoms?", "", "", "B"),
         ("Call the Ministry of Health toll-free line on 0800 203 117.", "", "", "B")],
        [("Related stories", "", "", "B")],
        [("Why Uganda's borehole repairs keep stalling", "", "", "B")],
        [("Doctors warn of malaria surge as rains start", "", "", "B")],
        [("Comments", "", "", "B")],
        [("Log in to comment.", "", "", "B")],
        [("PearlWire is published by Kiwenda Media Ltd., Plot 14, Ssenfuma Close, Kampala.", "", "", "B")],
        [("© 2026 All rights reserved.", "", "", "B")],
    ],
    [  # 3. Jamaican daily, a gun seizure and two men charged: St. Catherine, Rd. ending a sentence, Supt., a.m. ending one, Det. Cpl., Co. Ltd.
        [("Kingston  31°C  Partly cloudy", "", "", "B")],
        [("JAMROCK JOURNAL", "", "", "B")],
        [("Lead Stories   News   Business   Sports   Entertainment   Letters   Commentary   Classifieds", "", "", "B")],
        [("News | Crime", "", "", "B")],
        [("Cops seize 11 guns, 2,300 rounds in Lakesmere Gardens operation", "", "", "W")],
        [("Two men, aged 24 and 31, charged with illegal possession of firearms and ammunition", "", "", "W")],
        [("Tamika Brisset-Quayleton/Staff Reporter", "", "", "B")],
        [("Published: Saturday | May 16, 2026 | 12:08 AM", "", "", "B")],
        [("Share this:   Facebook   X   WhatsApp   Email", "", "", "B")],
        [("Some of the firearms seized by the police in Lakesmere Gardens, St Catherine, on Thursday.", "", "", "W"),
         ("Contributed", "", "", "B")],
        [("Eleven firearms and more than 2,300 rounds of ammunition were seized during a joint police-military operation in Lakesmere Gardens, St. Catherine, on Thursday, the police said.", "the police", "said", "W")],
        [("Two men were arrested at a house on Brandlow Rd.", "", "", "W"),
         ("Both have since been charged.", "", "", "W")],
        [("They are 24-year-old Shamar Greenridge-McAnuff, a labourer, and 31-year-old Kemar Brissac-Ewanford, a taxi operator, both of Lakesmere Gardens.", "", "", "W")],
        [("Head of the St Catherine South Police Division, Supt. Odessa Whyllie-Barrant, said the haul included four rifles, six pistols and a shotgun.", "Odessa Whyllie-Barrant", "said", "W")],
        [("“This is the single largest seizure in the division this year, and it means 11 fewer guns on our streets,” she said.", "Odessa Whyllie-Barrant", "said", "W")],
        [("She said the division had recorded 47 murders since January, compared with 61 in the same period last year.", "Odessa Whyllie-Barrant", "said", "W")],
        [("“We are not celebrating.", "Odessa Whyllie-Barrant", "said", ""),
         ("Forty-seven families are grieving,” Whyllie-Barrant said.", "Odessa Whyllie-Barrant", "said", "")],
        [("Police said the operation began at about 4:30 a.m.", "Police", "said", "W"),
         ("Residents woke to the sound of a helicopter circling low over the community.", "", "", "")],
        [("One elderly resident said soldiers searched every house on her lane and that she was kept outside in her nightgown for two hours.", "One elderly resident", "said", "")],
        [("“I don't like how they treated us, but I'm glad they took the guns,” she said.", "One elderly resident", "said", "")],
        [("The investigating officer, Det. Cpl. Andrae Mowbrey-Chistell, said the weapons had been sent to the Institute of Forensic Science and Legal Medicine for ballistic testing.", "Andrae Mowbrey-Chistell", "said", "W")],
        [("The men are to appear in the St Catherine Parish Court on Tuesday.", "", "", "W")],
        [("READ: Police want more CCTV cameras in Spanish Town business district", "", "", "B")],
        [("Islandwide, 412 murders had been recorded up to May 9, a 19 per cent fall on the same period in 2025, according to statistics from the Jamaica Constabulary Force.", "statistics from the Jamaica Constabulary Force", "according to", "W")],
        [("The area's Member of Parliament, Lorraine Chambreau-Edgehill, welcomed the seizure but said the community needed more than raids.", "Lorraine Chambreau-Edgehill", "said", "")],
        [("“You can't arrest your way out of this.", "Lorraine Chambreau-Edgehill", "said", ""),
         ("Give the young men something to do,” she said.", "Lorraine Chambreau-Edgehill", "said", "")],
        [("She said a skills centre promised for Lakesmere Gardens in 2022 had still not been built.", "Lorraine Chambreau-Edgehill", "said", "W")],
        [("Anyone with information is asked to call the St Catherine South police at 876-555-0148 or 119.", "", "", "B")],
        [("tamika.brissetquayleton@jamrockjournal.com", "", "", "B")],
        [("More From Jamrock Journal", "", "", "B")],
        [("Taxi operators protest new route fees", "", "", "B")],
        [("Mother of three shot dead in Greyfriar Pen", "", "", "B")],
        [("12 Comments", "", "", "B")],
        [("Sort by: Newest", "", "", "B")],
        [("RoadRunnerJA", "", "", "B")],
        [("Good work officers.", "", "", "B"),
         ("Now find who bringing them in!", "", "", "B")],
        [("Reply · 3h", "", "", "B")],
        [("© 2026 Jamrock Journal Co. Ltd.", "", "", "B"),
         ("Privacy   Terms   Contact Us", "", "", "B")],
    ],
    [  # 4. Pakistani English daily, an anti-corruption court convicts three in a land case: Rs., Ch., M., r/w, FIR No., u/s, observed
        [("THE LAHORE CITADEL", "", "", "B")],
        [("E-Paper  |  Urdu  |  Subscribe  |  Sign in", "", "", "B")],
        [("Home   Pakistan   Lahore   Karachi   Islamabad   Business   World   Sport   Opinion", "", "", "B")],
        [("Home > Lahore > Courts", "", "", "B")],
        [("Ex-revenue officer, two others get seven years in Rs. 86.4m land case", "", "", "W")],
        [("Court orders recovery of the land's value; acquits a fourth accused", "", "", "W")],
        [("Our Correspondent", "", "", "B")],
        [("April 24, 2026", "", "", "B")],
        [("Facebook   X   WhatsApp   Copy Link", "", "", "B")],
        [("LAHORE: A special anti-corruption court on Thursday sentenced a former tehsil revenue officer and two others to seven years' rigorous imprisonment each for fraudulently transferring 32 kanals of state land on the city's southern outskirts to private buyers.", "", "", "W")],
        [("Special Judge Anti-Corruption Fauzia Ashraf Gondalwi also imposed a fine of Rs. 5 million on each convict and ordered the recovery of Rs. 86.4 million, the value of the land at the time of the transfer in 2019.", "", "", "W")],
        [("The convicts are former tehsildar Ch. Naveed Akhtar Rehmani, former patwari Zulqarnain Haider Mahotra and property dealer M. Ilyas Kanjwal.", "", "", "W")],
        [("They were booked u/s 409, 420, 468 and 471 PPC r/w 5(2) PCA-II vide FIR No. 17/2023 registered by the Anti-Corruption Establishment (ACE), Lahore region.", "", "", "W")],
        [("According to the prosecution, the accused forged mutation entries to show the land as privately owned and sold it in 14 plots between March and September 2019.", "the prosecution", "according to", "W")],
        [("The land had been reserved for a girls' degree college in a 2011 notification of the Board of Revenue.", "", "", "W")],
        [("Deputy District Public Prosecutor Asma Jabeen Tarrarwali told the court that the land was worth Rs. 2.7 million per kanal at the 2019 district valuation rate.", "Asma Jabeen Tarrarwali", "told the court", "W")],
        [("The defence argued that the mutations had been sanctioned by a senior officer, who has since died, and that the accused had merely signed what was put before them.", "The defence", "argued", "W")],
        [("The judge rejected the argument.", "", "", "W")],
        [("“A signature is not a formality.", "Fauzia Ashraf Gondalwi", "observed", ""),
         ("It is the whole of an officer's duty,” she observed in the 48-page judgment.", "Fauzia Ashraf Gondalwi", "observed", "")],
        [("The court acquitted a fourth accused, a naib tehsildar, giving him the benefit of the doubt.", "", "", "W")],
        [("Defence counsel Sardar M. Azhar Jhandran said his clients would file an appeal in the Lahore High Court within the 30-day limit.", "M. Azhar Jhandran", "said", "W")],
        [("“My clients have been made scapegoats for a system that has run this way for 40 years,” he said.", "M. Azhar Jhandran", "said", "")],
        [("“Did anyone ask who signed above them?", "M. Azhar Jhandran", "said", ""),
         ("No.”", "M. Azhar Jhandran", "said", "")],
        [("The convicts were taken into custody in the courtroom and shifted to Camp Jail.", "", "", "W")],
        [("An ACE spokesman said the department had recovered Rs. 1.9 billion in cash and property in the Lahore region in 2025, and that 212 officials were facing trial.", "An ACE spokesman", "said", "W")],
        [("He said the land would be handed back to the Board of Revenue once the verdict attains finality.", "An ACE spokesman", "said", "")],
        [("Published in The Lahore Citadel, April 24th, 2026", "", "", "B")],
        [("Follow The Lahore Citadel on WhatsApp for the day's top stories", "", "", "B")],
        [("Comments (3)", "", "", "B")],
        [("Zaid | Islamabad | 5 hours ago", "", "", "B")],
        [("Seven years for stealing a college.", "", "", "B"),
         ("Who gave the approval above them?", "", "", "B")],
        [("Recommended", "", "", "B")],
        [("LHC seeks record of all state land transfers since 2015", "", "", "B")],
        [("Copyright © 2026, The Lahore Citadel", "", "", "B")],
    ],
    [  # 5. Malaysian business daily, a planter's quarterly results: Sept 30, vs., Dec. ending sentences, Datuk Ir., p.m. ending one, Sdn. Bhd. ending one, RM and sen
        [("MERAWAN BUSINESS DAILY", "", "", "B")],
        [("Markets   Corporate   Economy   Property   Digital   Personal Finance   Opinion", "", "", "B")],
        [("FBM KLCI 1,612.44 ▲3.18  |  CPO (3rd month) RM4,212 ▼15  |  USD/MYR 4.382", "", "", "B")],
        [("Corporate", "", "", "B")],
        [("Lindungan Agro Q3 net profit jumps 41% on firmer CPO prices, declares 6 sen dividend", "", "", "W")],
        [("Planter expects FFB output to recover in Q4 after dry-weather dip", "Lindungan Agro Bhd", "expects", "")],
        [("by Syazwani Rithauddeen", "", "", "B")],
        [("November 27, 2026 19:45 pm +08", "", "", "B")],
        [("Share   Facebook   X   LinkedIn   Telegram", "", "", "B")],
        [("KUALA LUMPUR: Lindungan Agro Bhd's net profit for the third quarter ended Sept 30, 2026 (3Q26) rose 41% to RM212.6 million from RM150.8 million a year earlier, on higher crude palm oil (CPO) prices.", "", "", "W")],
        [("Revenue grew 18.4% year-on-year to RM1.94 billion, the group said in a filing with Bursa Malaysia on Thursday.", "the group", "said in a filing", "W")],
        [("Earnings per share came in at 9.52 sen, vs. 6.75 sen in 3Q25.", "", "", "W")],
        [("The board declared a second interim dividend of 6 sen per share, payable on Dec. 30.", "", "", "W"),
         ("The entitlement date is Dec. 12.", "", "", "W")],
        [("The planter realised an average CPO price of RM4,387 per tonne in the quarter, up from RM3,902 a year earlier, while fresh fruit bunch (FFB) production fell 6.2% to 1.12 million tonnes.", "", "", "W")],
        [("In a statement, group managing director Datuk Ir. Haziq Fadhlullah Kamarulbahrin said the lower output was mainly due to the lagged effect of last year's dry weather on yields in Sabah.", "Haziq Fadhlullah Kamarulbahrin", "said in a statement", "W")],
        [("“We expect FFB output to pick up in the fourth quarter as the palms recover,” he said.", "Haziq Fadhlullah Kamarulbahrin", "said", "")],
        [("He said the group was keeping its full-year production target of 4.3 million tonnes.", "Haziq Fadhlullah Kamarulbahrin", "said", "W")],
        [("Haziq said the group had replanted 5,840ha in the first nine months, against a full-year target of 7,500ha.", "Haziq Fadhlullah Kamarulbahrin", "said", "W")],
        [("He said labour shortages had eased, with the estates now at 94% of their required workforce of about 21,000, after the arrival of 2,300 foreign workers since June.", "Haziq Fadhlullah Kamarulbahrin", "said", "W")],
        [("Seriwangsa Investment Bank analyst Geh Mei Xuan said the results were above expectations, making up 81% of the research house's full-year earnings forecast after nine months.", "Geh Mei Xuan", "said", "W")],
        [("“We are raising our FY26 net profit forecast by 7% and our target price to RM6.80 from RM6.35,” she wrote in a note to clients.", "Geh Mei Xuan", "wrote in a note to clients", "W")],
        [("She kept her “buy” call on the stock.", "", "", "W")],
        [("However, she cautioned that CPO prices could soften in 2027 if Indonesia raises its biodiesel blending rate more slowly than planned.", "Geh Mei Xuan", "cautioned", "")],
        [("Is the rally in planters over?", "", "", ""),
         ("Not yet, said Geh.", "Geh Mei Xuan", "said", "")],
        [("Shares of Lindungan Agro closed 12 sen or 2% higher at RM6.14 on Thursday, before the results were released at 5.30 p.m.", "", "", "W"),
         ("Some 3.1 million shares changed hands.", "", "", "W")],
        [("Data from the Malaysian Palm Oil Board showed national palm oil stocks rose 4.6% month-on-month to 1.87 million tonnes at end-October.", "Data from the Malaysian Palm Oil Board", "showed", "W")],
        [("Lindungan Agro has 182,000ha of planted area, about two-thirds of it in Sabah.", "", "", "W"),
         ("Its Sarawak estates are held through Lindungan Sarawak Estates Sdn. Bhd.", "", "", "W"),
         ("It owns three palm oil mills there.", "", "", "W")],
        [("READ MORE: Planters' shares rally as Indonesian export levy rises", "", "", "B")],
        [("3Q26 at a glance", "", "", "B")],
        [("• Revenue: RM1.94bil (+18.4% y-o-y)", "", "", "W")],
        [("• Net profit: RM212.6mil vs. RM150.8mil", "", "", "W")],
        [("• EPS: 9.52 sen", "", "", "W")],
        [("• FFB output: 1.12 mil tonnes (–6.2%)", "", "", "W")],
        [("• Dividend: 6 sen, payable Dec. 30", "", "", "W")],
        [("Related Stories", "", "", "B")],
        [("Ringgit firms as foreign funds return to Bursa", "", "", "B")],
        [("Smallholders seek higher FFB price floor", "", "", "B")],
        [("Disclaimer: This article is for information only and does not constitute a recommendation to buy or sell any security.", "", "", "B")],
        [("© 2026 Merawan Media Sdn. Bhd. (198701004417).", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 6. Sri Lankan daily, a rail strike: initials K.D.S. and H.M.P., a.m. mid and before a capital inside a quote, ?” said, Rs., (Pvt) Ltd.
        [("PERAHERA COURIER", "", "", "B")],
        [("Tuesday, 14 July 2026   |   Colombo 29°C", "", "", "B")],
        [("Home   News   Business   Sports   Features   Opinion   Video   e-Paper", "", "", "B")],
        [("News › Local", "", "", "B")],
        [("Rail strike: 38 trains cancelled, thousands stranded", "", "", "W")],
        [("Engine drivers walked out at midnight over promotions they say are three years overdue", "", "", "W")],
        [("By Dilrukshi Amarawansa-Kodippilly", "", "", "B")],
        [("Published on 14.07.2026 at 8:56 pm", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Viber", "", "", "B")],
        [("Commuters crowd a platform at Colombo Fort on Tuesday morning.", "", "", ""),
         ("Pic by Lahiru Weerasekarage-Ratnasiri", "", "", "B")],
        [("At least 38 trains were cancelled on Tuesday after engine drivers went on strike at midnight, leaving thousands of office workers stranded at stations from Wadduwegoda to Kelanimulla.", "", "", "W")],
        [("Sri Lanka Railways said only 22 of the 104 trains scheduled before 10 a.m. on the main and coastal lines had run.", "Sri Lanka Railways", "said", "W")],
        [("The strike was called by the Lanka Locomotive Operators' Union (LLOU), which says 146 drivers have been waiting since 2023 for promotions already approved in principle.", "the Lanka Locomotive Operators' Union", "says", "W")],
        [("LLOU secretary K.D.S. Wanniarachchige said the drivers would stay off work until the promotions were gazetted.", "K.D.S. Wanniarachchige", "said", "")],
        [("“We gave the department three months' notice.", "K.D.S. Wanniarachchige", "said", "W"),
         ("Nobody answered our letters,” he said.", "K.D.S. Wanniarachchige", "said", "W")],
        [("He said drivers were working up to 16 hours of overtime a week to cover 71 vacancies.", "K.D.S. Wanniarachchige", "said", "W")],
        [("Railways General Manager H.M.P. Wijekoonwala-Jayasooriya said the promotions had been approved by the Public Service Commission on June 18 and that the gazette notification would be issued “within days.”", "H.M.P. Wijekoonwala-Jayasooriya", "said", "W")],
        [("He described the strike as “unjustified.”", "H.M.P. Wijekoonwala-Jayasooriya", "described", ""),
         ("He said the department had called in 14 retired drivers to run trains on the main line.", "H.M.P. Wijekoonwala-Jayasooriya", "said", "W")],
        [("Transport Minister Chaminda Rupasinghe-Alwis said the union had been invited to talks at the ministry at 10 a.m. on Wednesday.", "Chaminda Rupasinghe-Alwis", "said", "W")],
        [("“I am confident we can settle this tomorrow,” he said.", "Chaminda Rupasinghe-Alwis", "said", "")],
        [("ALSO READ: Bus fares to rise 4.2% from August 1", "", "", "B")],
        [("At Colombo Fort, the queue for buses outside the station stretched past the clock tower by 7.45 a.m., and three-wheeler drivers were asking double the usual fare.", "", "", "")],
        [("“I left home at 5.30 a.m.", "Nirosha Gunatilleke-Abeygunawardhana", "said", ""),
         ("What time will I reach office?", "Nirosha Gunatilleke-Abeygunawardhana", "said", ""),
         ("Who will pay for my half-day?” said Nirosha Gunatilleke-Abeygunawardhana, a bank clerk from Wadduwegoda.", "Nirosha Gunatilleke-Abeygunawardhana", "said", "")],
        [("The Sri Lanka Transport Board (SLTB) said it had put 120 extra buses on routes that run parallel to the railway.", "The Sri Lanka Transport Board", "said", "W")],
        [("Private bus operators raised fares on some routes by up to Rs. 50, according to the Western Province Road Passenger Transport Authority, which said it had received 63 complaints by noon.", "the Western Province Road Passenger Transport Authority", "according to", "W")],
        [("The railway loses about Rs. 18 million a day in ticket revenue during a strike, according to the department's 2025 annual report.", "the department's 2025 annual report", "according to", "W")],
        [("It is the third rail strike this year.", "", "", "W"),
         ("Last month a two-day strike by station masters ended after the Cabinet approved a new service minute.", "", "", "W")],
        [("Will the talks succeed?", "", "", ""),
         ("Wanniarachchige was not hopeful.", "", "", "")],
        [("“We have heard ‘within days’ before,” he said.", "K.D.S. Wanniarachchige", "said", "")],
        [("Tags: Railway, Strike, Commuters, SLTB", "", "", "B")],
        [("Like us on Facebook for breaking news", "", "", "B")],
        [("Comments (2)", "", "", "B")],
        [("Ramya_K", "", "", "B")],
        [("Every month a strike.", "", "", "B"),
         ("Who is paying for this?", "", "", "B")],
        [("Latest News", "", "", "B")],
        [("Fuel prices unchanged for July, says CPC", "", "", "B")],
        [("© Copyright 2026 Perahera Courier (Pvt) Ltd.", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
    ],
    [  # 7. Taiwanese English daily, a typhoon nears the east coast: family names first, km/h, hPa, p.m. ending a sentence, Max. mid-bullet, Co., Ltd.
        [("TAIWAN HARBOURLIGHT", "", "", "B")],
        [("中文  |  English   Subscribe   Sign in", "", "", "B")],
        [("Taiwan   Business   Politics   Sports   World   Editorials   Features", "", "", "B")],
        [("TYPHOON ALERT: Land warning in effect for Hualien, Yilan, Taitung", "", "", "B")],
        [("Taiwan › Weather", "", "", "B")],
        [("Typhoon Kaelani to dump up to 1,000mm of rain on eastern mountains, CWA says", "the Central Weather Administration", "says", "")],
        [("Schools and offices closed in three counties; 4,126 people evacuated from mountain villages", "", "", "W")],
        [("By Ou Pei-chen / Staff reporter", "", "", "B")],
        [("Wed, Sep 16, 2026 page 1", "", "", "B")],
        [("Share   Facebook   LINE   X   Print", "", "", "B")],
        [("Workers tie down fishing boats at a harbor in Hualien County yesterday.", "", "", ""),
         ("Photo: Ko Shih-pin, Taiwan Eastlight", "", "", "B")],
        [("Typhoon Kaelani was 310km southeast of Taitung County at 2 p.m. yesterday, moving northwest at 18km/h, with maximum sustained winds of 173km/h near its center, the Central Weather Administration (CWA) said.", "the Central Weather Administration", "said", "W")],
        [("The agency issued a land warning at 11:30 a.m. for Hualien, Yilan and Taitung counties, three hours after a sea warning.", "", "", "W")],
        [("It said the storm could make landfall near the Hualien-Taitung border late tonight.", "the Central Weather Administration", "said", "")],
        [("Accumulated rainfall in the mountains of Hualien and Yilan could reach 1,000mm by Friday, CWA forecaster Gou Yu-ting said.", "Gou Yu-ting", "said", "")],
        [("Gou said pressure at the storm's center had dropped to 935 hectopascals from 962hPa on Monday as it passed over unusually warm water east of the Philippines.", "Gou Yu-ting", "said", "W")],
        [("“This is the strongest storm to approach the east coast in four years,” she said.", "Gou Yu-ting", "said", "W")],
        [("The three county governments announced that schools and offices would be closed today.", "", "", "W")],
        [("The Central Emergency Operation Center said 4,126 people had been evacuated from mountain villages, 1,870 of them in Hualien's Ciyunshan Township.", "The Central Emergency Operation Center", "said", "W")],
        [("Taiwan Railway Corp said it had canceled 46 east coast trains scheduled for today and would announce tomorrow's services at 5 p.m.", "Taiwan Railway Corp", "said", "W"),
         ("Passengers can get a full refund within one year.", "", "", "W")],
        [("Airlines canceled 58 domestic flights, mostly to and from Hualien and Taitung, the Civil Aeronautics Administration said.", "the Civil Aeronautics Administration", "said", "W")],
        [("The state-run power utility said 12,400 households in Taitung had lost electricity by 9 p.m., after high winds brought down lines in the south of the county.", "The state-run power utility", "said", "W")],
        [("Jian Chung-hsien, an associate professor of atmospheric sciences at National Taiwan University, said the typhoon's slow movement was a bigger worry than its winds.", "Jian Chung-hsien", "said", "")],
        [("“A slow storm sits over the mountains and rains and rains,” Jian said.", "Jian Chung-hsien", "said", ""),
         ("“That is when you get landslides.”", "Jian Chung-hsien", "said", "")],
        [("The last typhoon to make landfall in Hualien, Typhoon Sudalu in 2022, left 11 people dead and damaged 2,400 homes, according to the Central Emergency Operation Center.", "the Central Emergency Operation Center", "according to", "W")],
        [("In Hualien City yesterday afternoon, shopkeepers taped their windows and cars queued at gas stations.", "", "", "")],
        [("“I have lived here 52 years.", "Zhuo Ming-hua", "said", ""),
         ("You never get used to it,” said noodle shop owner Zhuo Ming-hua, 68.", "Zhuo Ming-hua", "said", "")],
        [("The CWA urged people to stay away from rivers, beaches and mountain areas until the warning is lifted.", "The CWA", "urged", "")],
        [("TYPHOON KAELANI: KEY FACTS", "", "", "B")],
        [("• Position (2 p.m. Tue): 310km SE of Taitung County", "", "", "W")],
        [("• Max. sustained winds: 173km/h; gusts to 209km/h", "", "", "W")],
        [("• Land warning: Hualien, Yilan, Taitung", "", "", "W")],
        [("• Rain to Friday: up to 1,000mm in mountain areas", "", "", "")],
        [("Comments will be moderated.", "", "", "B"),
         ("Keep comments relevant to the article.", "", "", "B")],
        [("Most Popular", "", "", "B")],
        [("1", "", "", "B")],
        [("Cabinet approves NT$4.2 billion for east coast flood barriers", "", "", "B")],
        [("2", "", "", "B")],
        [("Ferry services to outlying islands suspended", "", "", "B")],
        [("Copyright © 1999-2026 Eastlight Publishing Co., Ltd.", "", "", "B")],
    ],
    [  # 8. Dutch English-language news site, a university cuts English-taught places: consent wall, prof. dr., e.g., approx., i.e., van der surnames, B.V. ending a sentence, ? before a capital
        [("PolderPost values your privacy.", "", "", "B"),
         ("We and our 143 partners use cookies and similar techniques to measure our audience and show you relevant ads.", "", "", "B")],
        [("Accept all      Manage settings", "", "", "B")],
        [("POLDERPOST", "", "", "B")],
        [("Netherlands · Politics · Education · Housing · Work · Living · Opinion", "", "", "B")],
        [("Education", "", "", "B")],
        [("Hogeveld University to cut English-taught bachelor's places by a third", "", "", "W")],
        [("Executive board blames €14.2 million in savings it must find after national cuts", "the university's executive board", "blames", "W")],
        [("Sanne Verhaeghen-Dijkgraaf", "", "", "B")],
        [("17 February 2026 - 14:22", "", "", "B")],
        [("Reading time: 4 minutes", "", "", "B")],
        [("Share   WhatsApp   LinkedIn   Bluesky   Mail", "", "", "B")],
        [("Students outside the Hogeveld University library in Utrecht.", "", "", ""),
         ("Photo: PolderPost / Joost Brakkevelde", "", "", "B")],
        [("Hogeveld University in Utrecht will cut first-year places on its English-taught bachelor's programmes from 2,400 to 1,600 from September 2027, the university's executive board announced on Tuesday.", "the university's executive board", "announced", "W")],
        [("Six programmes, e.g. International Business and Global Health, will switch to Dutch, and two will close altogether.", "", "", "W")],
        [("The board said the measure would save approx. €9.8 million a year by 2029.", "The board", "said", "W")],
        [("Rector magnificus prof. dr. Marieke van der Sluijs-Ommeren said the university had to find €14.2 million in savings after the government cut higher education funding by €1.2 billion nationally.", "Marieke van der Sluijs-Ommeren", "said", "W")],
        [("“This is not a choice we wanted to make.", "Marieke van der Sluijs-Ommeren", "said", ""),
         ("We are being forced to make it,” Van der Sluijs-Ommeren said.", "Marieke van der Sluijs-Ommeren", "said", "")],
        [("She said international students made up 41.3 per cent of first-year bachelor's students this year, up from 28 per cent in 2019.", "Marieke van der Sluijs-Ommeren", "said", "W")],
        [("A spokesperson for the Ministry of Education, Culture and Science said universities were free to decide how to absorb the cuts, i.e. the ministry had not told any of them to reduce English-language teaching.", "A spokesperson for the Ministry of Education, Culture and Science", "said", "W")],
        [("Also read: Housing shortage leaves 6,000 students without a room in Utrecht", "", "", "B")],
        [("The student union, SHU Samenwerk, called the decision “a betrayal of everyone who came here in good faith.”", "SHU Samenwerk", "called", "")],
        [("Its chair, Emre Kılıçaslan-Wijnbergh, 22, said about 300 current students were on programmes that will switch to Dutch and had been told they could finish in English.", "Emre Kılıçaslan-Wijnbergh", "said", "W")],
        [("“Will there still be teachers for them?", "Emre Kılıçaslan-Wijnbergh", "said", ""),
         ("Nobody can tell us,” he said.", "Emre Kılıçaslan-Wijnbergh", "said", "")],
        [("A lecturer in the International Business programme, who asked not to be named, said 23 temporary contracts would not be renewed in the summer.", "A lecturer in the International Business programme", "said", "W")],
        [("The university rents 1,150 rooms for international students through Kamerlinck Huisvesting B.V.", "", "", "W"),
         ("That contract runs until 2028.", "", "", "W")],
        [("A 2025 CPB analysis estimated that each international graduate who stays to work in the Netherlands adds between €17,000 and €96,000 to public finances over a lifetime, depending on the field of study.", "A 2025 CPB analysis", "estimated", "W")],
        [("Other universities are widely expected to follow Hogeveld's lead.", "", "", "")],
        [("Dr. Pieter-Jan Oosterwolde-Baas, who studies higher education policy at a university in Groningen, said the cuts would hit smaller cities hardest.", "Pieter-Jan Oosterwolde-Baas", "said", "")],
        [("“In Utrecht, international students fill the classrooms.", "Pieter-Jan Oosterwolde-Baas", "said", ""),
         ("In a town of 40,000, they keep the shops open,” he said.", "Pieter-Jan Oosterwolde-Baas", "said", "")],
        [("The university council still has to give its advice on the plan, at a meeting on 5 March.", "", "", "W")],
        [("Tags: education, universities, international students, Utrecht", "", "", "B")],
        [("PolderPost is independent and free to read.", "", "", "B"),
         ("Become a member from €5 a month.", "", "", "B")],
        [("More education news", "", "", "B")],
        [("Teachers' strike called off after pay deal", "", "", "B")],
        [("What the new binding study advice rules mean for you", "", "", "B")],
        [("PolderPost B.V. · KvK 71844022 · Colofon · Privacy · Cookie settings", "", "", "B")],
    ],
    [  # 9. Fijian sports site, a club rugby shield final: Ratu dropped, No. 8, ! before a capital, ? before a capital, initials in the score lines, HT, approx.
        [("KAIVATA SPORTS", "", "", "B")],
        [("Rugby   Football   Netball   Athletics   Results   Videos", "", "", "B")],
        [("FT: Nasoqo 24 – 17 Korowiri  |  Next: Inter-zone Round 1, Sat 3pm", "", "", "B")],
        [("Rugby › Local", "", "", "B")],
        [("Bonitos end 15-year wait for the Namaqiwa Shield", "", "", "W")],
        [("Winger Semi Radrodro-Kaunitoni scores twice as Nasoqo beat Korowiri 24-17", "", "", "W")],
        [("Story by: Litia Naqarase-Vunivesi", "", "", "B")],
        [("Sunday 9 August 2026, 7:15 PM", "", "", "B")],
        [("Share   Facebook   WhatsApp   X", "", "", "B")],
        [("Nasoqo Bonitos captain Ratu Josaia Vakacegu-Naulu lifts the Namaqiwa Shield at Lautaqere Park yesterday.", "", "", "W"),
         ("Picture: ASENACA VUNIBOLA-LEWENI", "", "", "B")],
        [("The Nasoqo Bonitos won the Namaqiwa Shield for the first time in 15 years after holding off the Korowiri Eagles 24-17 at Lautaqere Park yesterday.", "", "", "W")],
        [("About 6,000 fans, many of them in the Bonitos' sky blue, packed the grandstand and the banks around the ground.", "", "", "")],
        [("The sides were level 10-10 at half-time.", "", "", "W"),
         ("Winger Semi Radrodro-Kaunitoni scored both his tries after the break, and flyhalf Tevita Baleikanacea-Tunks kicked nine points.", "", "", "W")],
        [("No. 8 Peni Waqanivalu-Roko scored the Bonitos' other try in the 23rd minute.", "", "", "W")],
        [("Korowiri were down to 14 men for the last nine minutes after lock Aporosa Lutumailagi-Droka was sent to the sin bin for a high tackle.", "", "", "W")],
        [("Eagles coach Manasa Tikoisuva-Rawdon questioned the decision.", "Manasa Tikoisuva-Rawdon", "questioned", "")],
        [("“Was that a yellow?", "Manasa Tikoisuva-Rawdon", "said", ""),
         ("I've seen worse go unpunished all season,” he said.", "Manasa Tikoisuva-Rawdon", "said", "")],
        [("“But we didn't lose it on that.", "Manasa Tikoisuva-Rawdon", "said", ""),
         ("We dropped too much ball in the second half.”", "Manasa Tikoisuva-Rawdon", "said", "")],
        [("Bonitos coach Sakiusa Drotini-Macaskie could barely speak after the final whistle.", "", "", "")],
        [("“What a day for the village!", "Sakiusa Drotini-Macaskie", "said", ""),
         ("We've waited 15 years for this,” said Drotini-Macaskie, who played in the Bonitos side that last won the Shield in 2011.", "Sakiusa Drotini-Macaskie", "said", "W")],
        [("He said three of his starting players had been named in the national under-20 squad on Friday.", "Sakiusa Drotini-Macaskie", "said", "W")],
        [("Vakacegu-Naulu, 31, who also captained the side in their 2019 final loss, dedicated the win to his late father.", "", "", "")],
        [("“Dad was in the stand in 2019.", "Josaia Vakacegu-Naulu", "said", ""),
         ("Today he was with us in a different way,” he said.", "Josaia Vakacegu-Naulu", "said", "")],
        [("The Bonitos take home $25,000 in prize money and the Eagles $12,000, the Namaqiwa Shield organising committee said.", "the Namaqiwa Shield organising committee", "said", "W")],
        [("Celebrations were expected to run all week in Nasoqo village.", "", "", "")],
        [("The Bonitos play the Waisoko Harlequins in the first round of the inter-zone series at 3pm next Saturday.", "", "", "W")],
        [("Namaqiwa Shield final", "", "", "B")],
        [("Nasoqo Bonitos 24 (S. Radrodro-Kaunitoni 2, P. Waqanivalu-Roko tries; T. Baleikanacea-Tunks 3 con, pen)", "", "", "W")],
        [("Korowiri Eagles 17 (J. Vosarogo-Tuilevu, I. Matanaqele-Kerrow tries; I. Matanaqele-Kerrow 2 con, pen)", "", "", "W")],
        [("HT: 10-10", "", "", "W")],
        [("Referee: Epeli Koroivuki-Trelissick", "", "", "")],
        [("Attendance: approx. 6,000", "", "", "")],
        [("More Rugby", "", "", "B")],
        [("National sevens squad named for Pacific series", "", "", "B")],
        [("Schools: St. Columbkille's through to under-18 semis", "", "", "B")],
        [("Kaivata Sports is part of Kaivata Media Group Pte Limited.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 10. Czech English-language site, a festival grant cut: MgA. and Ph.D. dropped, Mgr., z.s. ending a sentence, a.s. mid, CZK, s.r.o. in the footer, consent at the foot
        [("PRAHA SPECTRUM", "", "", "B")],
        [("News   Culture   Business   Opinion   Events   Jobs   CZ", "", "", "B")],
        [("Culture", "", "", "B")],
        [("Ministry cuts Brněnka animation festival's grant by two-thirds", "", "", "W")],
        [("The festival asked for CZK 7.2 million and will get CZK 2.1 million; its director says the children's programme may go", "Kryštof Šimůnek-Vrba", "says", "W")],
        [("Written by Tereza Kolouchová-Radimská", "", "", "B")],
        [("20.01.2026 09:15", "", "", "B")],
        [("Share: Facebook · X · LinkedIn · Copy link", "", "", "B")],
        [("Children at a drawing workshop during last year's festival at the Brno exhibition grounds.", "", "", ""),
         ("Photo: Brněnka IAF / Ondřej Pazderka-Líšný", "", "", "B")],
        [("The Ministry of Culture has cut its grant to the Brněnka International Animation Festival to CZK 2.1 million for 2026, less than a third of the CZK 6.5 million it gave last year, according to the results of the ministry's annual grant round published on Monday.", "the results of the ministry's annual grant round", "according to", "W")],
        [("The festival, held in Brno each May since 1996, had applied for CZK 7.2 million.", "", "", "W")],
        [("Festival director MgA. Kryštof Šimůnek-Vrba, Ph.D., said the cut left a hole of about a quarter in the festival's CZK 17.8 million budget.", "Kryštof Šimůnek-Vrba", "said", "W")],
        [("“We will not cancel the festival.", "Kryštof Šimůnek-Vrba", "said", ""),
         ("But something has to go, and it may be the children's programme,” he said.", "Kryštof Šimůnek-Vrba", "said", "")],
        [("He said the children's programme drew 11,400 of the festival's 38,900 visitors last year.", "Kryštof Šimůnek-Vrba", "said", "W")],
        [("The grant committee's evaluation, which Praha Spectrum has seen, gave the festival 61 points out of 100, below the 70-point threshold for the ministry's top funding category.", "The grant committee's evaluation", "gave", "W")],
        [("It criticised the festival's “insufficient outreach beyond the Brno region.”", "The grant committee's evaluation", "criticised", "")],
        [("Get the Praha Spectrum morning briefing in your inbox.", "", "", "B"),
         ("Sign up", "", "", "B")],
        [("A ministry spokeswoman, Mgr. Alžběta Koudelková-Sýkorová, said the 2026 budget for festival grants had fallen by 18 per cent and that every application had been scored by the same independent committee.", "Alžběta Koudelková-Sýkorová", "said", "W")],
        [("“No festival has a right to the same amount every year,” she said.", "Alžběta Koudelková-Sýkorová", "said", "")],
        [("The festival is run by the association Spolek Brněnka z.s.", "", "", "W"),
         ("Its main commercial partner, the brewery Pivovar Hradní Lávka a.s., has pledged an extra CZK 800,000 for this year.", "", "", "W")],
        [("The South Moravian Regional Authority said the festival's request for extra support would be discussed by the regional council on 26 February.", "The South Moravian Regional Authority", "said", "W")],
        [("Animator Bohdana Ždárská-Pelcová, whose short film won the festival's main prize in 2023, said Brněnka was “the only place in this country where a student film sits next to an Oscar nominee.”", "Bohdana Ždárská-Pelcová", "said", "W")],
        [("“If it shrinks, we all shrink,” she said.", "Bohdana Ždárská-Pelcová", "said", "")],
        [("Brněnka is not alone.", "", "", ""),
         ("A documentary festival in Ústí nad Labem and a puppetry festival in Plzeň both saw their grants cut by more than 40 per cent, according to the published results.", "the published results", "according to", "W")],
        [("Is this the start of a wider squeeze on culture?", "", "", ""),
         ("Šimůnek-Vrba thinks so.", "Kryštof Šimůnek-Vrba", "thinks", "")],
        [("The 31st Brněnka festival is scheduled for 13–17 May.", "", "", "W")],
        [("Tags: culture, film, animation, grants, Brno", "", "", "B")],
        [("You might also like", "", "", "B")],
        [("National Gallery extends opening hours on Thursdays", "", "", "B")],
        [("Where to see the best winter jazz in Prague", "", "", "B")],
        [("© 2026 Spectrum Media s.r.o.", "", "", "B"),
         ("IČO 07412233 · Contact · Advertise · Privacy", "", "", "B")],
        [("This site uses cookies to analyse traffic and personalise ads.", "", "", "B"),
         ("You can change your consent at any time in Privacy settings.", "", "", "B")],
        [("Accept all   Reject all   Customise", "", "", "B")],
    ],
    [  # 11. Canadian regional site, an election-night live blog: time stamps, p.m. AT ending a sentence, Coun., N.S., St. ending a sentence and St. mid, No. 7, an X post, ! before a capital
        [("TIDELINE NEWS", "", "", "B")],
        [("Local   Province   Politics   Business   Sports   Obituaries   Weather", "", "", "B")],
        [("Politics", "", "", "B")],
        [("LIVE: Port Wendaline election night 2026 — mayor's race and council results", "", "", "")],
        [("By Tideline News staff", "", "", "B")],
        [("Updated 11:58 p.m. AT  Oct. 17, 2026", "", "", "B")],
        [("Share   Facebook   X   Email   Copy link", "", "", "B")],
        [("Pinned", "", "", "B")],
        [("Polls closed at 8 p.m. AT.", "", "", "W"),
         ("Unofficial results are posted by the town as each of the 23 polling stations reports, and official results are declared by the returning officer on Tuesday.", "", "", "W")],
        [("11:52 p.m.", "", "", "B")],
        [("Key event", "", "", "B")],
        [("Ellsworth-Ranaghan wins the mayoralty", "", "", "W")],
        [("With all 23 polling stations reporting, Coun. Brianne Ellsworth-Ranaghan has been elected mayor of Port Wendaline, N.S., with 5,812 votes, or 47.6 per cent, according to unofficial results from the town.", "unofficial results from the town", "according to", "W")],
        [("Incumbent mayor Desmond Pruxley-Oakshaw finished second with 4,905 votes (40.2 per cent), and first-time candidate Yusra Haddadeen-Mulcahey third with 1,488 (12.2 per cent).", "", "", "W")],
        [("— Colm Aherrow-Kilbrannish", "", "", "B")],
        [("11:40 p.m.", "", "", "B")],
        [("Pruxley-Oakshaw concedes", "", "", "W")],
        [("“The people have spoken, and I respect that,” Pruxley-Oakshaw told supporters at the Legion hall on Harbour St.", "Desmond Pruxley-Oakshaw", "told supporters", ""),
         ("He said he had phoned Ellsworth-Ranaghan to congratulate her.", "Desmond Pruxley-Oakshaw", "said", "W")],
        [("Asked whether he would run again, he laughed: “Ask me in four years.”", "Desmond Pruxley-Oakshaw", "laughed", "")],
        [("— Colm Aherrow-Kilbrannish", "", "", "B")],
        [("11:05 p.m.", "", "", "B")],
        [("Turnout was 41.3 per cent, up from 36.9 per cent in 2022, the town clerk says.", "the town clerk", "says", "W")],
        [("10:31 p.m.", "", "", "B")],
        [("District 7 flips", "", "", "W")],
        [("In District No. 7, first-time candidate Maeve Tarrabin-Okonjide unseated two-term Coun. Gordon Pettigarth-Lohnes by 61 votes.", "", "", "W")],
        [("A recount can be requested only if the margin is fewer than 25 votes, under the province's Municipal Elections Act.", "", "", "W")],
        [("Tarrabin-Okonjide posted on X shortly after the result:", "", "", "")],
        [("Thank you District 7!!", "Maeve Tarrabin-Okonjide", "posted", ""),
         ("We did it.", "Maeve Tarrabin-Okonjide", "posted", ""),
         ("Now let's fix the ferry. 🚢", "Maeve Tarrabin-Okonjide", "posted", "")],
        [("— Maeve Tarrabin-Okonjide (@MaeveForD7) October 17, 2026", "", "", "B")],
        [("— Rashida Pelletrine-Rafuse", "", "", "B")],
        [("9:48 p.m.", "", "", "B")],
        [("At Ellsworth-Ranaghan's party in the St. Finnbarr's parish hall, about 150 supporters cheered as the first poll results came up on a projector screen.", "", "", "")],
        [("“It's early!", "Brianne Ellsworth-Ranaghan", "told the room", ""),
         ("Don't get excited yet,” she told the room.", "Brianne Ellsworth-Ranaghan", "told the room", "")],
        [("9:20 p.m.", "", "", "B")],
        [("Why the ferry matters", "", "", "")],
        [("The future of the Port Wendaline–Cape Skerrimore ferry, which the town subsidizes by about $1.4 million a year, dominated the campaign.", "", "", "W")],
        [("Ellsworth-Ranaghan promised to keep it running year-round.", "Brianne Ellsworth-Ranaghan", "promised", ""),
         ("Pruxley-Oakshaw said the town could not afford that without help from the province.", "Desmond Pruxley-Oakshaw", "said", "")],
        [("8:58 p.m.", "", "", "B")],
        [("First results are in", "", "", "")],
        [("Advance polls: Ellsworth-Ranaghan 1,902, Pruxley-Oakshaw 1,744, Haddadeen-Mulcahey 511.", "", "", "W")],
        [("8:00 p.m.", "", "", "B")],
        [("Polls are now closed.", "", "", "W"),
         ("Three candidates are running for mayor and 19 for the town's nine council seats.", "", "", "W"),
         ("About 29,600 residents are eligible to vote.", "", "", "W")],
        [("Load more updates", "", "", "B")],
        [("Related", "", "", "B")],
        [("Ferry subsidy: what each mayoral candidate promised", "", "", "B")],
        [("Report a typo or error", "", "", "B")],
        [("© 2026 Tideline News, a division of Drummelhay Media Inc.", "", "", "B")],
    ],
    [  # 12. Indian city daily, a Q&A with the water board's head: bold questions and unprefixed answers, initials, Rs. and crore, i.e., etc. ending a sentence, MLD, IST lines
        [("MADRAS WICKPOST", "", "", "B")],
        [("e-Paper   |   தமிழ்   |   Subscribe   |   Login", "", "", "B")],
        [("India   Chennai   Tamil Nadu   Business   Sport   Opinion   Entertainment   Videos", "", "", "B")],
        [("Chennai  /  Interview", "", "", "B")],
        [("‘We will not ration water this summer’", "R. Thenmozhi Kalaiselvan-Arul", "", "")],
        [("With the city's four reservoirs at 38% of capacity, the Metrowater chief speaks about desalination, tanker lorries and groundwater", "", "", "W")],
        [("S. Vaidehi Rangachari-Nambiar", "", "", "B")],
        [("Chennai | Updated - March 30, 2026 08:40 am IST", "", "", "B")],
        [("Share   WhatsApp   Facebook   X   Email", "", "", "B")],
        [("R. Thenmozhi Kalaiselvan-Arul at her office on Friday.", "", "", ""),
         ("Photo: B. Jothiraman Kallidaikurichi", "", "", "B")],
        [("Chennai's four main reservoirs held 4.41 tmcft of water on Sunday, 38% of their combined capacity of 11.6 tmcft, according to Metrowater data.", "Metrowater data", "according to", "W"),
         ("The northeast monsoon brought 21% less rain than normal to the city.", "", "", "W")],
        [("R. Thenmozhi Kalaiselvan-Arul, who took charge as managing director of the Chennai Metropolitan Water Supply and Sewerage Board (Metrowater) in January, spoke to Madras Wickpost.", "", "", "W"),
         ("Excerpts:", "", "", "B")],
        [("Will there be water cuts this summer?", "", "", "")],
        [("No.", "R. Thenmozhi Kalaiselvan-Arul", "", ""),
         ("We are supplying 1,040 million litres a day (MLD) to the city now.", "R. Thenmozhi Kalaiselvan-Arul", "", "W"),
         ("We will keep to that till the monsoon.", "R. Thenmozhi Kalaiselvan-Arul", "", ""),
         ("That is a commitment.", "R. Thenmozhi Kalaiselvan-Arul", "", "")],
        [("The reservoirs are at 38%.", "", "", "W"),
         ("Last year at this time they were at 61%.", "", "", "W"),
         ("How will you manage?", "", "", "")],
        [("Reservoirs are only one part of it.", "R. Thenmozhi Kalaiselvan-Arul", "", ""),
         ("The two older desalination plants give us 250 MLD, and the new 400 MLD plant at Puliyankuppam began full production on March 3.", "R. Thenmozhi Kalaiselvan-Arul", "", "W"),
         ("We also draw about 180 MLD from the Kallurani tank and from abandoned quarries.", "R. Thenmozhi Kalaiselvan-Arul", "", "W")],
        [("Residents in the southern suburbs say they get water once in four days.", "Residents in the southern suburbs", "say", "W"),
         ("Is that fair?", "", "", "")],
        [("It is not fair, and I won't defend it.", "R. Thenmozhi Kalaiselvan-Arul", "", ""),
         ("Those areas are at the tail end of the network, so the pressure drops before the water reaches them.", "R. Thenmozhi Kalaiselvan-Arul", "", "W"),
         ("We are laying a 14 km trunk main to fix that at a cost of Rs. 212 crore, i.e. about Rs. 15 crore a km.", "R. Thenmozhi Kalaiselvan-Arul", "", "W"),
         ("It will be commissioned in December.", "R. Thenmozhi Kalaiselvan-Arul", "", "W")],
        [("What about tanker lorries?", "", "", ""),
         ("Private operators are charging Rs. 1,800 for 12,000 litres.", "", "", "W")],
        [("Metrowater runs 640 lorries, and supply is free through dial-a-tanker in areas without pipes.", "R. Thenmozhi Kalaiselvan-Arul", "", "W"),
         ("Private operators are not under us.", "R. Thenmozhi Kalaiselvan-Arul", "", "W"),
         ("The Collector has fixed a rate of Rs. 1,200 for a 12,000-litre load, and anyone charging more can be reported to the district administration.", "R. Thenmozhi Kalaiselvan-Arul", "", "W")],
        [("Is Chennai running out of groundwater?", "", "", "")],
        [("In 41 of our 200 wards the water table is below 10 metres.", "R. Thenmozhi Kalaiselvan-Arul", "", "W"),
         ("That worries me.", "R. Thenmozhi Kalaiselvan-Arul", "", ""),
         ("People must harvest rain.", "R. Thenmozhi Kalaiselvan-Arul", "", ""),
         ("Every building is required to have a rainwater harvesting structure, but in many of them the pits have silted up.", "R. Thenmozhi Kalaiselvan-Arul", "", "W")],
        [("What should residents do this summer?", "", "", "")],
        [("Store only what you need, fix leaking taps, don't wash cars with a hose, etc.", "R. Thenmozhi Kalaiselvan-Arul", "", ""),
         ("And please do not use motors to pull water directly from the mains.", "R. Thenmozhi Kalaiselvan-Arul", "", ""),
         ("Last year we disconnected 2,214 such connections.", "R. Thenmozhi Kalaiselvan-Arul", "", "W")],
        [("Your predecessor promised round-the-clock supply in six wards by 2025.", "Your predecessor", "promised", ""),
         ("What happened?", "", "", "")],
        [("Two of the six have it.", "R. Thenmozhi Kalaiselvan-Arul", "", "W"),
         ("The rest will take time.", "R. Thenmozhi Kalaiselvan-Arul", "", ""),
         ("I would rather promise less and deliver.", "R. Thenmozhi Kalaiselvan-Arul", "", "")],
        [("(This interview has been edited for length and clarity.)", "", "", "B")],
        [("Published - March 30, 2026 12:12 am IST", "", "", "B")],
        [("Related Topics", "", "", "B")],
        [("Chennai / water / drought / Metrowater", "", "", "B")],
        [("Comments", "", "", "B")],
        [("Comments have to be in English, and in full sentences.", "", "", "B"),
         ("They cannot be abusive or personal.", "", "", "B")],
        [("Please abide by our community guidelines for posting your comments.", "", "", "B")],
        [("© Madras Wickpost Publishing Pvt. Ltd.", "", "", "B")],
    ],
]  # fmt: skip

HELDOUT_CASES = [
    ("h36-nab-no-hrs-ends-hon", "PARLIAMENT on Thursday passed the Constituency Development Fund (Amendment) Bill, 2026 (N.A.B. No. 14 of 2026), raising each constituency's annual allocation from K30.6 million to K38 million.\nThe Bill was carried by 97 votes to four after members of the opposition United Progress Front (UPF) walked out of the chamber at about 16:20 hrs. Two independents voted against it.\nFinance and National Planning Minister Hon. Lombe Chibwelela-Mapulanga said the increase would cost the Treasury about K1.15 billion a year, which had already been provided for in the 2026 Budget.",
     ["PARLIAMENT on Thursday passed the Constituency Development Fund (Amendment) Bill, 2026 (N.A.B. No. 14 of 2026), raising each constituency's annual allocation from K30.6 million to K38 million.", "The Bill was carried by 97 votes to four after members of the opposition United Progress Front (UPF) walked out of the chamber at about 16:20 hrs.", "Two independents voted against it.", "Finance and National Planning Minister Hon. Lombe Chibwelela-Mapulanga said the increase would cost the Treasury about K1.15 billion a year, which had already been provided for in the 2026 Budget."]),
    ("h36-question-before-mr-asked", "Leader of the Opposition Hon. Musonda Kabwela-Ngosa said the Bill handed area MPs too much say over which projects are funded, less than 18 months before a general election.\n“What is this if not a campaign fund?” Mr. Kabwela-Ngosa asked reporters outside the chamber.\nHe said the UPF had instructed its lawyers to file a petition in the Constitutional Court on Monday.\nALSO READ: Kwacha slips past K27 to the dollar as copper price dips",
     ["Leader of the Opposition Hon. Musonda Kabwela-Ngosa said the Bill handed area MPs too much say over which projects are funded, less than 18 months before a general election.", "“What is this if not a campaign fund?” Mr. Kabwela-Ngosa asked reporters outside the chamber.", "He said the UPF had instructed its lawyers to file a petition in the Constitutional Court on Monday.", "ALSO READ: Kwacha slips past K27 to the dollar as copper price dips"]),
    ("h36-initial-says-ltd-footer", "Kasuba W. says:\nMarch 19, 2026 at 7:12 pm\nSame story every five years. Let us see the money first.\nLeave a Reply\nYour email address will not be published. Required fields are marked *\n© 2026 Lusaka Beaconline Newspapers Ltd. All rights reserved.",
     ["Kasuba W. says:", "March 19, 2026 at 7:12 pm", "Same story every five years.", "Let us see the money first.", "Leave a Reply", "Your email address will not be published.", "Required fields are marked *", "© 2026 Lusaka Beaconline Newspapers Ltd.", "All rights reserved."]),
    ("h36-dr-dashes-quote-question", "District health officer Dr. Prossy Atwooki-Byaruhanga said the cases were clustered in three sub-counties – Nyabuhindo, Kateezibwa and Rwentangi – where most households draw water from shallow wells and boreholes.\n“Out of 23 boreholes in those sub-counties, only nine are working,” she said. “People are fetching from the swamp. What do you expect?”",
     ["District health officer Dr. Prossy Atwooki-Byaruhanga said the cases were clustered in three sub-counties – Nyabuhindo, Kateezibwa and Rwentangi – where most households draw water from shallow wells and boreholes.", "“Out of 23 boreholes in those sub-counties, only nine are working,” she said.", "“People are fetching from the swamp.", "What do you expect?”"]),
    ("h36-quote-question-asked", "Residents said they could not afford firewood to boil water for large families.\n“I have eight children. If I boil for all of them, what will we cook with?” asked Kenneth Mugarura-Baine, a boda boda rider.\nBukeregwa district chairperson Alfred Twinomujuni-Kato said the district had asked the Ministry of Water and Environment for Shs480 million to repair 14 boreholes in January but had not received a reply.",
     ["Residents said they could not afford firewood to boil water for large families.", "“I have eight children.", "If I boil for all of them, what will we cook with?” asked Kenneth Mugarura-Baine, a boda boda rider.", "Bukeregwa district chairperson Alfred Twinomujuni-Kato said the district had asked the Ministry of Water and Environment for Shs480 million to repair 14 boreholes in January but had not received a reply."]),
    ("h36-approx-bullet-service-ltd-plot", "• approx. 36,000 people aged one and above to be vaccinated from Thursday\nHave symptoms? Call the Ministry of Health toll-free line on 0800 203 117.\nRelated stories\nWhy Uganda's borehole repairs keep stalling\nDoctors warn of malaria surge as rains start\nComments\nLog in to comment.\nPearlWire is published by Kiwenda Media Ltd., Plot 14, Ssenfuma Close, Kampala.",
     ["• approx. 36,000 people aged one and above to be vaccinated from Thursday", "Have symptoms?", "Call the Ministry of Health toll-free line on 0800 203 117.", "Related stories", "Why Uganda's borehole repairs keep stalling", "Doctors warn of malaria surge as rains start", "Comments", "Log in to comment.", "PearlWire is published by Kiwenda Media Ltd., Plot 14, Ssenfuma Close, Kampala."]),
    ("h36-st-mid-rd-ends", "Eleven firearms and more than 2,300 rounds of ammunition were seized during a joint police-military operation in Lakesmere Gardens, St. Catherine, on Thursday, the police said.\nTwo men were arrested at a house on Brandlow Rd. Both have since been charged.\nThey are 24-year-old Shamar Greenridge-McAnuff, a labourer, and 31-year-old Kemar Brissac-Ewanford, a taxi operator, both of Lakesmere Gardens.",
     ["Eleven firearms and more than 2,300 rounds of ammunition were seized during a joint police-military operation in Lakesmere Gardens, St. Catherine, on Thursday, the police said.", "Two men were arrested at a house on Brandlow Rd.", "Both have since been charged.", "They are 24-year-old Shamar Greenridge-McAnuff, a labourer, and 31-year-old Kemar Brissac-Ewanford, a taxi operator, both of Lakesmere Gardens."]),
    ("h36-supt-am-ends", "Head of the St Catherine South Police Division, Supt. Odessa Whyllie-Barrant, said the haul included four rifles, six pistols and a shotgun.\n“This is the single largest seizure in the division this year, and it means 11 fewer guns on our streets,” she said.\nShe said the division had recorded 47 murders since January, compared with 61 in the same period last year.\n“We are not celebrating. Forty-seven families are grieving,” Whyllie-Barrant said.\nPolice said the operation began at about 4:30 a.m. Residents woke to the sound of a helicopter circling low over the community.\nOne elderly resident said soldiers searched every house on her lane and that she was kept outside in her nightgown for two hours.",
     ["Head of the St Catherine South Police Division, Supt. Odessa Whyllie-Barrant, said the haul included four rifles, six pistols and a shotgun.", "“This is the single largest seizure in the division this year, and it means 11 fewer guns on our streets,” she said.", "She said the division had recorded 47 murders since January, compared with 61 in the same period last year.", "“We are not celebrating.", "Forty-seven families are grieving,” Whyllie-Barrant said.", "Police said the operation began at about 4:30 a.m.", "Residents woke to the sound of a helicopter circling low over the community.", "One elderly resident said soldiers searched every house on her lane and that she was kept outside in her nightgown for two hours."]),
    ("h36-det-cpl-parish-court", "The investigating officer, Det. Cpl. Andrae Mowbrey-Chistell, said the weapons had been sent to the Institute of Forensic Science and Legal Medicine for ballistic testing.\nThe men are to appear in the St Catherine Parish Court on Tuesday.\nREAD: Police want more CCTV cameras in Spanish Town business district",
     ["The investigating officer, Det. Cpl. Andrae Mowbrey-Chistell, said the weapons had been sent to the Institute of Forensic Science and Legal Medicine for ballistic testing.", "The men are to appear in the St Catherine Parish Court on Tuesday.", "READ: Police want more CCTV cameras in Spanish Town business district"]),
    ("h36-rs-ch-initial-fir-no", "Special Judge Anti-Corruption Fauzia Ashraf Gondalwi also imposed a fine of Rs. 5 million on each convict and ordered the recovery of Rs. 86.4 million, the value of the land at the time of the transfer in 2019.\nThe convicts are former tehsildar Ch. Naveed Akhtar Rehmani, former patwari Zulqarnain Haider Mahotra and property dealer M. Ilyas Kanjwal.\nThey were booked u/s 409, 420, 468 and 471 PPC r/w 5(2) PCA-II vide FIR No. 17/2023 registered by the Anti-Corruption Establishment (ACE), Lahore region.",
     ["Special Judge Anti-Corruption Fauzia Ashraf Gondalwi also imposed a fine of Rs. 5 million on each convict and ordered the recovery of Rs. 86.4 million, the value of the land at the time of the transfer in 2019.", "The convicts are former tehsildar Ch. Naveed Akhtar Rehmani, former patwari Zulqarnain Haider Mahotra and property dealer M. Ilyas Kanjwal.", "They were booked u/s 409, 420, 468 and 471 PPC r/w 5(2) PCA-II vide FIR No. 17/2023 registered by the Anti-Corruption Establishment (ACE), Lahore region."]),
    ("h36-judgment-quote-sardar", "The judge rejected the argument.\n“A signature is not a formality. It is the whole of an officer's duty,” she observed in the 48-page judgment.\nThe court acquitted a fourth accused, a naib tehsildar, giving him the benefit of the doubt.\nDefence counsel Sardar M. Azhar Jhandran said his clients would file an appeal in the Lahore High Court within the 30-day limit.\n“My clients have been made scapegoats for a system that has run this way for 40 years,” he said.\n“Did anyone ask who signed above them? No.”",
     ["The judge rejected the argument.", "“A signature is not a formality.", "It is the whole of an officer's duty,” she observed in the 48-page judgment.", "The court acquitted a fourth accused, a naib tehsildar, giving him the benefit of the doubt.", "Defence counsel Sardar M. Azhar Jhandran said his clients would file an appeal in the Lahore High Court within the 30-day limit.", "“My clients have been made scapegoats for a system that has run this way for 40 years,” he said.", "“Did anyone ask who signed above them?", "No.”"]),
    ("h36-sept-vs-dec-ends", "KUALA LUMPUR: Lindungan Agro Bhd's net profit for the third quarter ended Sept 30, 2026 (3Q26) rose 41% to RM212.6 million from RM150.8 million a year earlier, on higher crude palm oil (CPO) prices.\nRevenue grew 18.4% year-on-year to RM1.94 billion, the group said in a filing with Bursa Malaysia on Thursday.\nEarnings per share came in at 9.52 sen, vs. 6.75 sen in 3Q25.\nThe board declared a second interim dividend of 6 sen per share, payable on Dec. 30. The entitlement date is Dec. 12.",
     ["KUALA LUMPUR: Lindungan Agro Bhd's net profit for the third quarter ended Sept 30, 2026 (3Q26) rose 41% to RM212.6 million from RM150.8 million a year earlier, on higher crude palm oil (CPO) prices.", "Revenue grew 18.4% year-on-year to RM1.94 billion, the group said in a filing with Bursa Malaysia on Thursday.", "Earnings per share came in at 9.52 sen, vs. 6.75 sen in 3Q25.", "The board declared a second interim dividend of 6 sen per share, payable on Dec. 30.", "The entitlement date is Dec. 12."]),
    ("h36-datuk-ir-surname", "In a statement, group managing director Datuk Ir. Haziq Fadhlullah Kamarulbahrin said the lower output was mainly due to the lagged effect of last year's dry weather on yields in Sabah.\n“We expect FFB output to pick up in the fourth quarter as the palms recover,” he said.\nHe said the group was keeping its full-year production target of 4.3 million tonnes.\nHaziq said the group had replanted 5,840ha in the first nine months, against a full-year target of 7,500ha.",
     ["In a statement, group managing director Datuk Ir. Haziq Fadhlullah Kamarulbahrin said the lower output was mainly due to the lagged effect of last year's dry weather on yields in Sabah.", "“We expect FFB output to pick up in the fourth quarter as the palms recover,” he said.", "He said the group was keeping its full-year production target of 4.3 million tonnes.", "Haziq said the group had replanted 5,840ha in the first nine months, against a full-year target of 7,500ha."]),
    ("h36-pm-ends-sdn-bhd-ends", "Shares of Lindungan Agro closed 12 sen or 2% higher at RM6.14 on Thursday, before the results were released at 5.30 p.m. Some 3.1 million shares changed hands.\nData from the Malaysian Palm Oil Board showed national palm oil stocks rose 4.6% month-on-month to 1.87 million tonnes at end-October.\nLindungan Agro has 182,000ha of planted area, about two-thirds of it in Sabah. Its Sarawak estates are held through Lindungan Sarawak Estates Sdn. Bhd. It owns three palm oil mills there.",
     ["Shares of Lindungan Agro closed 12 sen or 2% higher at RM6.14 on Thursday, before the results were released at 5.30 p.m.", "Some 3.1 million shares changed hands.", "Data from the Malaysian Palm Oil Board showed national palm oil stocks rose 4.6% month-on-month to 1.87 million tonnes at end-October.", "Lindungan Agro has 182,000ha of planted area, about two-thirds of it in Sabah.", "Its Sarawak estates are held through Lindungan Sarawak Estates Sdn. Bhd.", "It owns three palm oil mills there."]),
    ("h36-initials-kds-hmp", "The strike was called by the Lanka Locomotive Operators' Union (LLOU), which says 146 drivers have been waiting since 2023 for promotions already approved in principle.\nLLOU secretary K.D.S. Wanniarachchige said the drivers would stay off work until the promotions were gazetted.\n“We gave the department three months' notice. Nobody answered our letters,” he said.\nHe said drivers were working up to 16 hours of overtime a week to cover 71 vacancies.\nRailways General Manager H.M.P. Wijekoonwala-Jayasooriya said the promotions had been approved by the Public Service Commission on June 18 and that the gazette notification would be issued “within days.”\nHe described the strike as “unjustified.” He said the department had called in 14 retired drivers to run trains on the main line.",
     ["The strike was called by the Lanka Locomotive Operators' Union (LLOU), which says 146 drivers have been waiting since 2023 for promotions already approved in principle.", "LLOU secretary K.D.S. Wanniarachchige said the drivers would stay off work until the promotions were gazetted.", "“We gave the department three months' notice.", "Nobody answered our letters,” he said.", "He said drivers were working up to 16 hours of overtime a week to cover 71 vacancies.", "Railways General Manager H.M.P. Wijekoonwala-Jayasooriya said the promotions had been approved by the Public Service Commission on June 18 and that the gazette notification would be issued “within days.”", "He described the strike as “unjustified.”", "He said the department had called in 14 retired drivers to run trains on the main line."]),
    ("h36-am-before-capital-in-quote", "At Colombo Fort, the queue for buses outside the station stretched past the clock tower by 7.45 a.m., and three-wheeler drivers were asking double the usual fare.\n“I left home at 5.30 a.m. What time will I reach office? Who will pay for my half-day?” said Nirosha Gunatilleke-Abeygunawardhana, a bank clerk from Wadduwegoda.",
     ["At Colombo Fort, the queue for buses outside the station stretched past the clock tower by 7.45 a.m., and three-wheeler drivers were asking double the usual fare.", "“I left home at 5.30 a.m.", "What time will I reach office?", "Who will pay for my half-day?” said Nirosha Gunatilleke-Abeygunawardhana, a bank clerk from Wadduwegoda."]),
    ("h36-pvt-ltd-footer", "Latest News\nFuel prices unchanged for July, says CPC\n© Copyright 2026 Perahera Courier (Pvt) Ltd. All Rights Reserved.",
     ["Latest News", "Fuel prices unchanged for July, says CPC", "© Copyright 2026 Perahera Courier (Pvt) Ltd.", "All Rights Reserved."]),
    ("h36-kmh-hpa-it-said", "Typhoon Kaelani was 310km southeast of Taitung County at 2 p.m. yesterday, moving northwest at 18km/h, with maximum sustained winds of 173km/h near its center, the Central Weather Administration (CWA) said.\nThe agency issued a land warning at 11:30 a.m. for Hualien, Yilan and Taitung counties, three hours after a sea warning.\nIt said the storm could make landfall near the Hualien-Taitung border late tonight.\nAccumulated rainfall in the mountains of Hualien and Yilan could reach 1,000mm by Friday, CWA forecaster Gou Yu-ting said.\nGou said pressure at the storm's center had dropped to 935 hectopascals from 962hPa on Monday as it passed over unusually warm water east of the Philippines.",
     ["Typhoon Kaelani was 310km southeast of Taitung County at 2 p.m. yesterday, moving northwest at 18km/h, with maximum sustained winds of 173km/h near its center, the Central Weather Administration (CWA) said.", "The agency issued a land warning at 11:30 a.m. for Hualien, Yilan and Taitung counties, three hours after a sea warning.", "It said the storm could make landfall near the Hualien-Taitung border late tonight.", "Accumulated rainfall in the mountains of Hualien and Yilan could reach 1,000mm by Friday, CWA forecaster Gou Yu-ting said.", "Gou said pressure at the storm's center had dropped to 935 hectopascals from 962hPa on Monday as it passed over unusually warm water east of the Philippines."]),
    ("h36-pm-ends-passengers", "Taiwan Railway Corp said it had canceled 46 east coast trains scheduled for today and would announce tomorrow's services at 5 p.m. Passengers can get a full refund within one year.\nAirlines canceled 58 domestic flights, mostly to and from Hualien and Taitung, the Civil Aeronautics Administration said.\nThe state-run power utility said 12,400 households in Taitung had lost electricity by 9 p.m., after high winds brought down lines in the south of the county.",
     ["Taiwan Railway Corp said it had canceled 46 east coast trains scheduled for today and would announce tomorrow's services at 5 p.m.", "Passengers can get a full refund within one year.", "Airlines canceled 58 domestic flights, mostly to and from Hualien and Taitung, the Civil Aeronautics Administration said.", "The state-run power utility said 12,400 households in Taitung had lost electricity by 9 p.m., after high winds brought down lines in the south of the county."]),
    ("h36-consent-wall-head", "PolderPost values your privacy. We and our 143 partners use cookies and similar techniques to measure our audience and show you relevant ads.\nAccept all      Manage settings\nPOLDERPOST",
     ["PolderPost values your privacy.", "We and our 143 partners use cookies and similar techniques to measure our audience and show you relevant ads.", "Accept all      Manage settings", "POLDERPOST"]),
    ("h36-eg-approx-prof-dr-van-der", "Hogeveld University in Utrecht will cut first-year places on its English-taught bachelor's programmes from 2,400 to 1,600 from September 2027, the university's executive board announced on Tuesday.\nSix programmes, e.g. International Business and Global Health, will switch to Dutch, and two will close altogether.\nThe board said the measure would save approx. €9.8 million a year by 2029.\nRector magnificus prof. dr. Marieke van der Sluijs-Ommeren said the university had to find €14.2 million in savings after the government cut higher education funding by €1.2 billion nationally.\n“This is not a choice we wanted to make. We are being forced to make it,” Van der Sluijs-Ommeren said.",
     ["Hogeveld University in Utrecht will cut first-year places on its English-taught bachelor's programmes from 2,400 to 1,600 from September 2027, the university's executive board announced on Tuesday.", "Six programmes, e.g. International Business and Global Health, will switch to Dutch, and two will close altogether.", "The board said the measure would save approx. €9.8 million a year by 2029.", "Rector magnificus prof. dr. Marieke van der Sluijs-Ommeren said the university had to find €14.2 million in savings after the government cut higher education funding by €1.2 billion nationally.", "“This is not a choice we wanted to make.", "We are being forced to make it,” Van der Sluijs-Ommeren said."]),
    ("h36-bv-ends", "A lecturer in the International Business programme, who asked not to be named, said 23 temporary contracts would not be renewed in the summer.\nThe university rents 1,150 rooms for international students through Kamerlinck Huisvesting B.V. That contract runs until 2028.\nA 2025 CPB analysis estimated that each international graduate who stays to work in the Netherlands adds between €17,000 and €96,000 to public finances over a lifetime, depending on the field of study.",
     ["A lecturer in the International Business programme, who asked not to be named, said 23 temporary contracts would not be renewed in the summer.", "The university rents 1,150 rooms for international students through Kamerlinck Huisvesting B.V.", "That contract runs until 2028.", "A 2025 CPB analysis estimated that each international graduate who stays to work in the Netherlands adds between €17,000 and €96,000 to public finances over a lifetime, depending on the field of study."]),
    ("h36-question-exclaim-capital", "Eagles coach Manasa Tikoisuva-Rawdon questioned the decision.\n“Was that a yellow? I've seen worse go unpunished all season,” he said.\n“But we didn't lose it on that. We dropped too much ball in the second half.”\nBonitos coach Sakiusa Drotini-Macaskie could barely speak after the final whistle.\n“What a day for the village! We've waited 15 years for this,” said Drotini-Macaskie, who played in the Bonitos side that last won the Shield in 2011.",
     ["Eagles coach Manasa Tikoisuva-Rawdon questioned the decision.", "“Was that a yellow?", "I've seen worse go unpunished all season,” he said.", "“But we didn't lose it on that.", "We dropped too much ball in the second half.”", "Bonitos coach Sakiusa Drotini-Macaskie could barely speak after the final whistle.", "“What a day for the village!", "We've waited 15 years for this,” said Drotini-Macaskie, who played in the Bonitos side that last won the Shield in 2011."]),
    ("h36-no8-initials-score-lines", "Namaqiwa Shield final\nNasoqo Bonitos 24 (S. Radrodro-Kaunitoni 2, P. Waqanivalu-Roko tries; T. Baleikanacea-Tunks 3 con, pen)\nKorowiri Eagles 17 (J. Vosarogo-Tuilevu, I. Matanaqele-Kerrow tries; I. Matanaqele-Kerrow 2 con, pen)\nHT: 10-10\nReferee: Epeli Koroivuki-Trelissick\nAttendance: approx. 6,000",
     ["Namaqiwa Shield final", "Nasoqo Bonitos 24 (S. Radrodro-Kaunitoni 2, P. Waqanivalu-Roko tries; T. Baleikanacea-Tunks 3 con, pen)", "Korowiri Eagles 17 (J. Vosarogo-Tuilevu, I. Matanaqele-Kerrow tries; I. Matanaqele-Kerrow 2 con, pen)", "HT: 10-10", "Referee: Epeli Koroivuki-Trelissick", "Attendance: approx. 6,000"]),
    ("h36-mga-phd-dropped", "Festival director MgA. Kryštof Šimůnek-Vrba, Ph.D., said the cut left a hole of about a quarter in the festival's CZK 17.8 million budget.\n“We will not cancel the festival. But something has to go, and it may be the children's programme,” he said.\nHe said the children's programme drew 11,400 of the festival's 38,900 visitors last year.",
     ["Festival director MgA. Kryštof Šimůnek-Vrba, Ph.D., said the cut left a hole of about a quarter in the festival's CZK 17.8 million budget.", "“We will not cancel the festival.", "But something has to go, and it may be the children's programme,” he said.", "He said the children's programme drew 11,400 of the festival's 38,900 visitors last year."]),
    ("h36-zs-ends-as-mid", "“No festival has a right to the same amount every year,” she said.\nThe festival is run by the association Spolek Brněnka z.s. Its main commercial partner, the brewery Pivovar Hradní Lávka a.s., has pledged an extra CZK 800,000 for this year.\nThe South Moravian Regional Authority said the festival's request for extra support would be discussed by the regional council on 26 February.",
     ["“No festival has a right to the same amount every year,” she said.", "The festival is run by the association Spolek Brněnka z.s.", "Its main commercial partner, the brewery Pivovar Hradní Lávka a.s., has pledged an extra CZK 800,000 for this year.", "The South Moravian Regional Authority said the festival's request for extra support would be discussed by the regional council on 26 February."]),
    ("h36-pm-at-ends-pinned", "Updated 11:58 p.m. AT  Oct. 17, 2026\nShare   Facebook   X   Email   Copy link\nPinned\nPolls closed at 8 p.m. AT. Unofficial results are posted by the town as each of the 23 polling stations reports, and official results are declared by the returning officer on Tuesday.\n11:52 p.m.",
     ["Updated 11:58 p.m. AT  Oct. 17, 2026", "Share   Facebook   X   Email   Copy link", "Pinned", "Polls closed at 8 p.m. AT.", "Unofficial results are posted by the town as each of the 23 polling stations reports, and official results are declared by the returning officer on Tuesday.", "11:52 p.m."]),
    ("h36-harbour-st-ends-x-post", "11:40 p.m.\nPruxley-Oakshaw concedes\n“The people have spoken, and I respect that,” Pruxley-Oakshaw told supporters at the Legion hall on Harbour St. He said he had phoned Ellsworth-Ranaghan to congratulate her.\nAsked whether he would run again, he laughed: “Ask me in four years.”\n— Colm Aherrow-Kilbrannish",
     ["11:40 p.m.", "Pruxley-Oakshaw concedes", "“The people have spoken, and I respect that,” Pruxley-Oakshaw told supporters at the Legion hall on Harbour St.", "He said he had phoned Ellsworth-Ranaghan to congratulate her.", "Asked whether he would run again, he laughed: “Ask me in four years.”", "— Colm Aherrow-Kilbrannish"]),
    ("h36-coun-no-x-post-exclaims", "In District No. 7, first-time candidate Maeve Tarrabin-Okonjide unseated two-term Coun. Gordon Pettigarth-Lohnes by 61 votes.\nA recount can be requested only if the margin is fewer than 25 votes, under the province's Municipal Elections Act.\nTarrabin-Okonjide posted on X shortly after the result:\nThank you District 7!! We did it. Now let's fix the ferry. 🚢",
     ["In District No. 7, first-time candidate Maeve Tarrabin-Okonjide unseated two-term Coun. Gordon Pettigarth-Lohnes by 61 votes.", "A recount can be requested only if the margin is fewer than 25 votes, under the province's Municipal Elections Act.", "Tarrabin-Okonjide posted on X shortly after the result:", "Thank you District 7!!", "We did it.", "Now let's fix the ferry. 🚢"]),
    ("h36-rs-crore-ie-etc", "Residents in the southern suburbs say they get water once in four days. Is that fair?\nIt is not fair, and I won't defend it. Those areas are at the tail end of the network, so the pressure drops before the water reaches them. We are laying a 14 km trunk main to fix that at a cost of Rs. 212 crore, i.e. about Rs. 15 crore a km. It will be commissioned in December.",
     ["Residents in the southern suburbs say they get water once in four days.", "Is that fair?", "It is not fair, and I won't defend it.", "Those areas are at the tail end of the network, so the pressure drops before the water reaches them.", "We are laying a 14 km trunk main to fix that at a cost of Rs. 212 crore, i.e. about Rs. 15 crore a km.", "It will be commissioned in December."]),
]  # fmt: skip
