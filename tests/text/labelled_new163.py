"""Hundred-and-sixty-third set of new hand-labelled pages for the hint engines (tuning set, round fifty-eight):
twelve WHOLE pages, head to tail as a reader's paste gives them with each site's furniture, from
twelve countries in twelve GENRES where the shape of the text makes ATTRIBUTION AND SPEAKERS the
hard part. None of the countries of `labelled_new159.py` or `labelled_new160.py` comes back. The
pages, all desktop browser pastes: an Irish regional weekly's Q&A interview with name prefixes (the
chief executive of a Clare community wind co-operative: €412 a member in dividends, 903 on the
waiting list, a grid date in 2031); an Australian regional site's live blog with timed entries and
entry bylines (a Gippsland bushfire: an emergency warning for Briagolong, 23 homes lost); a
Philippine news site's press-conference transcript (the OCD, PAGASA and DSWD on Typhoon Dalisay: 14
dead, 182,600 people in evacuation centres); a Canadian podcast's transcript with speaker turns (the
Reversing Falls bridge in Saint John shut until 2029, $61 million of repairs); a Ghanaian paper's
parliamentary debate report with an extract from the Official Report (the Road Tolls (Restoration)
Bill passed 142–118 after a Minority walkout); a Kenyan site's court testimony report (a bank
manager tells the anti-corruption court Sh38.4 million left a supplier's account in cash); an Indian
city paper's town-hall report with many voices (tanker water in Mahadevapura, Bengaluru, up 60% in
two years); a Fijian paper's "what people told us" vox pop (Nasinu on three days a week of water
cuts); a Zimbabwean weekly's profile with "says" throughout (a retired engine driver restoring a
1952 Garratt in Bulawayo); a Pakistani business portal's republished press release with its media
contact (12 solar-powered cold stores in southern Punjab); a Guyanese fact check quoting a claim and
its rating ("Murders ... cut in half since 2020", rated Misleading); and a Malawian wire service's
story with several sources and a writethru note (maize at a record 1,450 kwacha a kilo as ADMARC
depots run dry).

What is hard is who speaks. Turn labels come in every form a paste leaves them: a name prefix in a
headline ("Orlaith Ní Bhriain: ‘...’"), a full name then a surname ("Orlaith Ní Bhriain:", "Ní
Bhriain:"), capitals with titles ("ASEC. VILLAFLOR-DIMAANDAL:", "ENGR. STA. ANA:", "USEC.
BUENCONSEJO:"), a label holding a role and a place ("MINISTER LORRAINE McGILLIVRAY-PITRE (in the
legislature, Sept. 2):"), a first name only ("BEV:"), the Official Report's "Mr Baako-Dramani:" and
"Mr Speaker:", and a court exchange's bare surnames ("Ogutu:", "Koros:"); every one resolves to the
person's full name as first given, in ordinary case, and is the cue of every sentence of its turn.
The outlet's own questioners carry no speaker: an interviewer's "Chronicle:" turns, a podcast host's
turns, reporters' "Q (name, station):" questions; but when they cite a source, the source is the
speaker ("EirGrid figures published in June" "show", "Pádraig Ó Loingsigh" "told this newspaper",
"the province" "said", "the Department of Transportation and Infrastructure" "announced", "The
department" "says", "the governor of Eastern Samar" "said", "the Japan Meteorological Agency's
bulletin this morning" "shows"). Counsel in a court report is a participant, not the outlet: "Kioko
asked", "Ogutu put it to her" and the "Ogutu:" turns carry counsel. A live blog's readers carry the
names they give ("Jo, in Maffra, writes:", "Dimitri ... writes that"); a vox pop's name lines carry
nobody and the words under them carry the person ("says"); a profile's "he says," sits mid-sentence;
a republished press release speaks in the issuer's own voice with no speaker except its quoted
executives and "the company said"; a fact check's claim box carries the claimant ("Claim:"), while
its "Made by:", "Our rating:" and rating sentence are the outlet's ("" with no speaker); a wire
story layers "government data showed", "according to the Ministry of Agriculture's weekly market
bulletin", "the ministry said in its second-round crop estimates", "traders said", "told NWS by
phone" and "National Statistical Office data show".

Of record ("W"): counts, money and dates in answers and turns (a dividend, a contract price, a grid
date, deaths and evacuees "as of 6 a.m.", food packs, a landfall time, corrosion percentages, a
ferry start, a division and its tally, a memorandum's date, withdrawals and their dates, water-table
readings, a trader's sales, a restoration's cost, a storage price, murders by year, maize prices);
rules (a share cap, pets at a relief centre, the Road Fund, toll rates, a storage tariff); causal
claims ("because the buses are stuck in the same traffic", "because the district administration had
sealed 143 private borewells", "Water has been getting in through the expansion joints"); findings
and rulings (the chair's "that is not a point of order"); and scheduled events set by those who run
them (the next briefing "at 4 p.m.", collection "at 6 a.m. on January 3, 2028", meetings "between
April 2 and April 20", a release "from May 26"). Not worth checking (""): forecasts ("is low",
"could be steamed ... by the middle of 2028", "could push annual inflation above 35%", "would need
food aid"), plans and promises without a date, warnings and advice, feelings, opinions and
characterisations, anecdotes of residents, readers and relatives, questions and question subheads,
greetings and thanks, name lines, and the outlet's rating.

And where sentences end: "Asec." ENDING a sentence before a capital ("Thank you, Asec." / "Dalisay
made landfall ...") against "Asec.," "Usec.," and "Engr.," as forms of address and "Asec. Ma.
Corazon", "Engr. Ramil Sta. Ana", "Usec. Leonardo Buenconsejo Jr. of" inside one sentence; "DAC." /
"Registered in Ireland, No. 584117."; "Pty Ltd." / "ABN ..."; "Corp.", "Ltd.", "Group.", "Post." and
"Service." before "All rights reserved." or "All Rights Reserved."; "at 4 p.m." ending a turn;
"Sept. 2):" and "Oct. 4," mid-sentence; "Dr." before a name six times; "Ltd., Samuel"; "K.R. Puram";
"H. S. Prabhakar Gowda"; "Col. (retd)"; "Pvt. Ltd." at the end of a line; "(Pvt.) Limited,"; "Rs.
2.86 billion", "Rs. 9"; "(Pvt) Ltd."; "No. 2", "No. 84", "No. 417"; "GH¢5", "₱1.37 billion", "₹1.8
lakh", "Sh38.4 million", "US$46,200", "$0.83"; "7.48 p.m.,", "6.55 p.m.,", "10.30 a.m. and"; "6am",
"3am", "7am", "11pm", "4.30pm" with no periods; "43.1C"; "[LAUGHS]" inside a sentence; a quote whose
statement is followed by a question before "says" ("We pay the bill every month, so why are we the
ones with no water?”"); and semicolons kept whole ("I don't blame him for being angry; the first
year was bad", "We are not a mafia; we are men with lorries and loans.").

The pages hold 544 sentences: 194 "B", 170 "W" and 180 ""; 241 sentences carry a speaker (83
distinct speakers, page by page; 83 distinct labels). `STYLES` describes each page, its story, its
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
against the string constants of those two files, through `ast` (counts only): two Malawian surnames,
one agency name and two names in the split cases that hit were replaced; only common given names and
real places still hit.

Every person, outlet, publisher, co-operative, firm, bank, union, association, federation,
institute, trust, statement, report, survey, memorandum, transcript and figure is invented, and so
is every small place (Cnoc Bréige and the like). Real countries, regions, cities, towns, suburbs,
rivers, roads, bridges, lakes, courts, parliaments, parties, ministries, agencies, utilities,
universities, programmes and other public bodies appear only as settings, with invented statements
and figures: Clare, Ennis, Doolin, Kilmihil, Kilrush, Scariff, the Flaggy Shore, ESB, EirGrid, the
Renewable Electricity Support Scheme, Clare County Council, An Bord Pleanála and the High Court;
Gippsland, Briagolong, Cobbannah, Freestone Creek, Glenmaggie, Heyfield, Licola, Boisdale, Maffra,
Stratford, East Sale, Avalon, Melbourne, Tasmania, the CFA, the Bureau of Meteorology, the
Department of Transport and Planning, Wellington Shire Council, Victoria Police and VicEmergency;
Camp Aguinaldo, Quezon City, Eastern and Northern Samar, Arteche, Guiuan, Borongan, Llorente,
Balangkayan, Masbate City, Romblon, Marinduque, Oriental Mindoro, Mindanao, Eastern Visayas, Bicol,
the OCD, the NDRRMC, PAGASA, the DSWD, the Bureau of Fisheries and Aquatic Resources, the Department
of Agriculture and the Japan Meteorological Agency; Saint John, the Reversing Falls bridge,
Fairville, Milford, Grand Bay-Westfield, Quebec, Ottawa, UNB Saint John and New Brunswick's
Department of Transportation and Infrastructure; Parliament House in Accra, Tamale Central, the
Ghana Highway Authority, the Energy Sector Levies Act and the Minority and Majority caucuses;
Nairobi's Milimani Law Courts and Industrial Area, Nakuru County, the Financial Reporting Centre and
the Ethics and Anti-Corruption Commission; Bengaluru, Mahadevapura, K.R. Puram, Whitefield, Varthur
Road, Ramagondanahalli, Kundalahalli, Gollahalli, Hoskote, the Bangalore Water Supply and Sewerage
Board and the Cauvery water project; Nasinu, Valelevu, Nadera, Laqere, Laucala Bay, Suva, the Waila
treatment plant and the Water Authority of Fiji; Bulawayo, Makokoba, Dete, Victoria Falls, Fort
Street, the Bulawayo Railway Museum, National Railways of Zimbabwe and the National University of
Science and Technology; Multan, Bahawalpur, Dera Ghazi Khan, Muzaffargarh, Lahore, Sindh, Khyber
Pakhtunkhwa and the Punjab Agriculture Department; the National Assembly of Guyana, the Guyana
Police Force, the Ministry of Home Affairs and the University of Guyana; and Lilongwe, Blantyre,
Mchinji, Zambia, Tanzania, ADMARC, the Ministry of Agriculture, the Malawi Vulnerability Assessment
Committee and the National Statistical Office.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, crumb, byline, date line, share
strip, caption, credit, time stamp, list item and legal line is a paragraph of its own); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent
sets: furniture "B" line by line, whatever it says, never with a speaker; a caption by its content
and its credit "B"; headlines and standfirsts never split and flagged by content, their "says",
"tells", "found" or "show" carrying the source as the story gives it; a dateline belongs to its lead
sentence; a person is named in full as first given, without titles or roles, and a pronoun, surname
or role noun resolves to that name; a quote over several sentences carries its speaker and cue in
each; "according to X" gives X as written; a generic noun for a body is kept as written ("the
council", "The authority", "The board", "the ministry", "the company", "The prosecution"), a short
form or pronoun resolves to the body as first given ("Police said" -> "Victoria Police", "It said"
-> "the Water Authority of Fiji"); a descriptor and a bracketed acronym are dropped ("The state
grain marketer, the Agricultural Development and Marketing Corporation (ADMARC)," -> "the
Agricultural Development and Marketing Corporation"); the clause that says why a source is unnamed
is dropped ("who gave her name only as Meena" -> "Meena"); a channel phrase after the verb is part
of the cue ("said in a post", "said in a statement", "told NWS by phone", "said in its second-round
crop estimates") and a fronted channel or phrase ("Led by Senior Prosecution Counsel ..., Koros told
the court") is not; "X did not respond to a request for comment" carries X with that cue, "".

Conventions this set had to settle, in the same spirit:

* Transcript TURN LABELS, whatever their form (capitals, titles, a role and a bracket, a surname
alone, "Mr Speaker:"), resolve to the full name as first given, written in ordinary case ("ASEC.
VILLAFLOR-DIMAANDAL:" -> "Ma. Corazon Villaflor-Dimaandal", named in the speakers' list; "Mr
Speaker:" -> the presiding First Deputy Speaker, "Nii Amarh Tettey-Quaye"; "BEV:" -> "Bev"); the cue
is the label as written, on every sentence of the turn, including a headline that quotes the
interviewee under a name prefix. Kept as parts of names: "Ma." (an abbreviated given name), "Sta."
(part of a surname), "Jr.", Indian initials ("H. S."), "Syed"; dropped: "Asec.", "Engr.", "Usec.",
"Dr.", "Col. (retd)", "Alhaji", "Ratu", "Adi", "Senior Counsel", "Senior Prosecution Counsel",
"Senior Principal Magistrate", "Minister", "Mr". * The OUTLET'S OWN QUESTIONERS (an interviewer
under the outlet's name, a podcast host, reporters at a press conference) carry no speaker, as in
`labelled_new.py`; their statements of fact are flagged by content ("You paid each member a dividend
of €412 last year." is "W"); when they cite a source, the source is the speaker. Counsel questioning
a witness is a participant in the proceedings, not the outlet: their questions and suggestions
("asked", "put it to her", the "Ogutu:" turns) carry counsel, "". * Transcript stage directions on
lines of their own ("[THEME MUSIC]", "[CLIP]", "[VOICE MEMO]", "[crosstalk]", "[Interruptions]",
"[END OF BRIEFING]", "[END OF EXTRACT]", time codes "[00:07:41]") are "B"; one inside a sentence
("[LAUGHS] That's the question ...") stays in it. A box label "FROM THE OFFICIAL REPORT" is "B"; the
chair's ruling in it is "W". * A live blog's reader message carries the reader by the name given,
cue "writes" (""); a list of closed roads after "The department says the following roads are
closed:" is one sentence a line, each carrying the department and "says" ("W"). * A vox pop's NAME
LINE (name, age, job, place) is "" with no speaker; the words under it carry the person, cue "says";
a sentence about the person with no verb of saying ("Imraz Ali Buksh has spent $1,850 on a ...
tank") carries nobody. * A REPUBLISHED PRESS RELEASE speaks in the issuer's voice: its unattributed
sentences carry no speaker (as a reporter's own do), its quoted executives carry their names and
"the company said" carries "the company"; the portal's paid-release disclaimer, the "About" block
(claims included), the forward-looking statement, "Media contact:" and each contact line, and "###"
are "B". * A FACT CHECK's claim line ("Claim: “...”") carries the claimant, cue "Claim:", flagged by
content ("W"); "Made by:" and "Our rating:" lines and the sentence that gives the rating are "" with
no speaker (the outlet's judgement), while the ruling's restatement of the figures is "W"; each
source-list line is one "B" sentence, like a journal reference. * A WIRE STORY's "UPDATE 2-" belongs
to its headline; the bracketed writethru note, the "($1 = ...)" line and the "(Reporting by ...;
Writing by ...; Editing by ...)" line are "B". * "Engineers found ..." in a standfirst carries
"Engineers" with "found", like "the survey found".
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

# ruff: noqa: E501, RUF100

STYLES = [
    'Irish REGIONAL WEEKLY\'S WEBSITE (Ennis), desktop browser paste, a Q&A INTERVIEW with NAME PREFIXES: the chief executive of an invented Clare community wind co-operative on dividends, the grid queue and a refused planning application. Head: masthead, a subscribe/sign-in line, menu, crumb (all "B"); a quote headline with the interviewee\'s NAME PREFIX ("Orlaith Ní Bhriain: ‘...’", "W", cue the prefix as written); standfirst ""; "Interview by" byline, date line, share line (all "B"); a caption of record "W" and its credit "B". Body: two reporter\'s paragraphs of record ("W", no speaker) and a scene ""; the "edited for length" note "B"; then turns: the interviewer\'s "Chronicle:" turns carry NO SPEAKER (a premise of record "W", questions ""), except one citing "EirGrid figures published in June" ("show", "W") and one citing a neighbour by name ("told this newspaper", a complaint, ""); the first answer prefixed "Orlaith Ní Bhriain:" and later ones "Ní Bhriain:" (every sentence of a turn carries her full name and the prefix as cue; figures, rules, dates and a council measurement "W"; opinions, plans, advice and an anecdote "", a semicolon kept whole). Tail: read-more label and two headlines, a comments-closed line, copyright split at "DAC." before "Registered in Ireland, No. 584117." (all "B").',
    'Australian REGIONAL NEWS SITE (Gippsland), desktop browser paste, a LIVE BLOG with timed entries and entry bylines: a bushfire emergency warning at Briagolong, 23 homes lost. Head: masthead, a menu with double spaces, subscribe/log-in line, "LIVE" tag (all "B"); headline of record "W"; an "Updated 6.41pm AEDT" line, byline with two names, share line (all "B"); a "Key points" label "B" and four bullets by content, one "the Emergency Services Minister says" (resolving to the minister named later, "W"). Entries newest first, each with a TIME STAMP and an ENTRY BYLINE (bare name) "B", two "Key event" tags "B", entry headlines by content ("" for a sign-off and a warning, "W" for counts, "minister says" "W"): a sign-off "" and an advice line with a hotline number ""; the incident controller\'s warning (two, "") and spot fires at 5.50pm "W" and a forecast ""; the minister "has told reporters" homes lost and fencing ("W"), her feeling "" and firefighter count "W"; the Bureau of Meteorology "says" a record gust "W", a meteorologist\'s forecast (two, "") and a temperature record "W"; READERS\' MESSAGES "Jo, in Maffra, writes: “...” (two, "", speaker "Jo") and "Dimitri ... writes that" ""; the department "says the following roads are closed:" and THREE LIST LINES ending ";", ";" and "." (each "W", each carrying the department); a relief centre "Wellington Shire Council said in a post" (channel in the cue) and pets "the council said" ("W"), the mayor\'s beds "W"; aircraft "the CFA said" "W", an embed-unavailable line and a view-on-X line ("B"); a farmer\'s anecdote and quote (three, ""); "Victoria Police said" and "Police said" (resolving to the force, "W"). Tail: load-earlier line, more-on label and two headlines, copyright split at "Pty Ltd." before "ABN ..." (all "B").',
    'Philippine NEWS SITE (Visayas), desktop browser paste, a PRESS-CONFERENCE TRANSCRIPT: the OCD, PAGASA and DSWD brief the media on Typhoon Dalisay, 14 dead. Head: masthead, menu, crumb (all "B"); a "TRANSCRIPT:" headline ""; published line, desk byline, share line (all "B"); a two-sentence editor\'s note with "10 a.m. on Wednesday" mid-sentence (both "B"); a list of speakers with "Asec. Ma.", "Engr.", "Usec." and "Jr. of" mid-sentence (one sentence, "", no speaker). Turns with CAPITALISED LABELS resolving to the names as first given ("ASEC. VILLAFLOR-DIMAANDAL:", later "VILLAFLOR-DIMAANDAL:" -> "Ma. Corazon Villaflor-Dimaandal", "ENGR. STA. ANA:" / "STA. ANA:" -> "Ramil Sta. Ana", "USEC. BUENCONSEJO:" / "BUENCONSEJO:" -> "Leonardo Buenconsejo Jr."), each sentence carrying the label as cue: deaths, missing, evacuees "as of 6 a.m." ("W"); "Thank you, Asec." ENDING a sentence before "Dalisay made landfall ... at 11:40 p.m. on Monday" ("" then "W"), position, "Signal No. 2" ("W") and an exit forecast ""; reporters\' "Q (name, station):" turns carry NO SPEAKER except where they cite "the governor of Eastern Samar" ("said", "W") and "the Japan Meteorological Agency\'s bulletin this morning" ("shows", "W"), with "Asec.," "Usec.," and "Engr.," as forms of address mid-sentence; food packs, cash aid, a boat list and agricultural damage ("W"); a plan, a chance "is low" and a name for a storm that may not form (""); a Filipino thanks ""; the next briefing "at 4 p.m." ENDING the turn ("W"); "[crosstalk]" and "[END OF BRIEFING]" ("B"). Tail: a with-reports line, related label and two headlines, copyright split at "Corp." before "All rights reserved." (all "B").',
    'Canadian PODCAST\'S WEBSITE (Saint John, New Brunswick), desktop browser paste, a PODCAST TRANSCRIPT WITH SPEAKER TURNS: why the Reversing Falls bridge stays shut until 2029. Head: show name, menu, an episode/date/length line (all "B"); headline of record "W"; a standfirst "Engineers found ...; we ask ..." (one sentence, "W", carrying "Engineers" with "found"); listen-on line, "TRANSCRIPT" label and a two-sentence machine-transcript notice (all "B"); TIME CODES and "[THEME MUSIC]", "[CLIP]", "[VOICE MEMO]" lines (all "B"). Turns: the HOST (full-name label, then surname) carries NO SPEAKER, except where she cites "the province" ("said") and "the Department of Transportation and Infrastructure" ("announced"), later "The department" ("says") (all "W"), with "Dr." mid-sentence in her introductions; the guest\'s labels "ANJALI THÉRIAULT-VENN:" / "THÉRIAULT-VENN:" resolve to her name (corrosion figures, inspection practice, a causal claim and a steel order "W"; opinions, "[LAUGHS]" inside a sentence and a conditional forecast ""); the councillor\'s label (detour length and a ridership fall with its cause "W", an anecdote and an opinion ""); a minister\'s clip whose label holds her title and "(in the legislature, Sept. 2):" (a promise "", a ferry start "on Oct. 4," "W"); a listener\'s voice memo "BEV:" (two, "", speaker "Bev"). Tail: a production line and a support line, related label and one "Ep. 108:" headline, copyright (all "B").',
    'Ghanaian NEWSPAPER\'S WEBSITE (Accra), desktop browser paste, a PARLIAMENTARY DEBATE REPORT: the Road Tolls (Restoration) Bill passes 142–118 after a Minority walkout. Head: masthead, menu, section (all "B"); headline of record "W"; standfirst "Roads minister says ..." (tolls from January, a dated rule, "W", carrying the minister in full); byline with role, date line, share line (all "B"). Body: the vote and the division "at 7.48 p.m.," ("W", no speaker); the bill\'s provisions with "GH¢5" and "GH¢60" ("W"); the minister (role dropped) on the Road Fund rule and a survey figure ("W") and a two-sentence quote (""); the ranking member\'s characterisation "" and a levy figure "W"; the presiding Deputy Speaker and the sitting\'s hours ("10.30 a.m." mid-sentence, "W", no speaker); an EXTRACT FROM THE OFFICIAL REPORT ("B" label, "[Interruptions]" and "[END OF EXTRACT]" "B") with TURN LABELS "Mr Baako-Dramani:", "Mr Ofori-Attafuah:" and "Mr Speaker:" (the last resolving to the presiding Deputy Speaker by name): a record of what the minister told the House "W", a rhetorical question "", a point of order "" and a memorandum "W", the chair\'s ruling "W" and "continue" ""; the Minority Leader leading a walkout "at 6.55 p.m., saying ..." ("W"); the Chief Whip\'s amendment count "W" and two-sentence quote (""); a protest scene "" and a drivers\' chairman ("Alhaji" dropped) with a fare threat ""; the highway authority\'s start date "said in a statement" "W" and background "W". Tail: related label and one headline, tags, copyright split at "Ltd." before "All Rights Reserved." (all "B").',
    'Kenyan NEWS SITE (Nairobi), desktop browser paste, a COURT TESTIMONY REPORT: a bank manager tells the anti-corruption court Sh38.4m was withdrawn in cash after an ambulance tender payment. Head: masthead, menu, section (all "B"); headline "Bank manager tells court ..." and standfirst "Witness says ..." (testimony of fact, "W", carrying the witness in full, named later); byline, date line, share line (all "B"); a caption "" and a "PHOTO |" credit "B". Body: the lead "told the ... Court" (role noun resolving to the witness, "W"); the witness and the accused with "Dr." and "Ltd., Samuel" mid-sentence (a fact of record, "W", no speaker); pleas "W" and "The prosecution says" "W"; examination-in-chief "Led by Senior Prosecution Counsel ..., Koros told the court" (fronted phrase not in the cue) and two "She said" ("W"); the prosecutor\'s question "Kioko asked" "" (counsel is a named participant, not the outlet\'s interviewer) and her reply over three sentences (cue "replied": a feeling "", two of record "W"); a suspicious-transaction report "W"; cross-examination "Koros agreed" "" and "Ogutu put it to her" "" and her limit of knowledge ""; "The exchange went on:" "" and a VERBATIM EXCHANGE with SURNAME LABELS "Ogutu:" / "Koros:" resolving to their full names (questions and "No, never." "", sightings and notes "W"); bail "W"; the magistrate ("Senior Principal Magistrate" dropped) adjourning (an act, no speaker, "W"). Tail: related label and two headlines, a tips line, copyright split at "Group." before "All rights reserved." (all "B").',
    'Indian CITY NEWSPAPER\'S WEBSITE (Bengaluru), desktop browser paste, a TOWN-HALL REPORT WITH MANY VOICES: residents, the water board, tanker owners and a hydrogeologist on tanker prices in Mahadevapura. Head: masthead, menu, crumb (all "B"); headline "..., Mahadevapura residents tell town hall" ("W"); standfirst ""; byline without "By", a place/date/time line, share line (all "B"). Body: prices "residents said" "W" and attendance "W"; the chief engineer ("H. S." initials kept; "(East)" and the bracketed acronym dropped) with supply to 38 wards "in April" and "K.R. Puram" mid-sentence ("W"), unallocated water "W" and a two-sentence quote (""); a resident "who gave her name only as Meena" (clause dropped, "Meena", ""); the hydrogeologist ("Dr." dropped) with water-table and lake figures ("W") and a quote ""; the tanker owners\' secretary (one name, "Anjanappa") with a causal claim "W", a distance in a quote "W" and a semicolon quote ""; the federation president ("Col. (retd)" dropped) with a count "W" and requests "asked" ""; a hostel owner\'s spending (an anecdote, "") and a retired teacher\'s question with "₹1.8 lakh" ("asked", ""); "Gowda replied" (surname resolving, "W"); an engineer "Arjun" ""; "The board said" (kept as written) meeting dates "W"; a question subhead "" and the hydrogeologist\'s advice and quote (three, ""). Tail: published line, topics, comments label, a two-sentence comment rule, copyright ending "Pvt. Ltd." (all "B").',
    'Fijian NEWSPAPER\'S WEBSITE (Suva), desktop browser paste, a "WHAT PEOPLE TOLD US" VOX POP: Nasinu residents on three days a week of water cuts. Head: masthead, menu, "VOX POP" tag (all "B"); headline "" and standfirst ""; byline, date line, share line (all "B"). Body: the cut schedule (an act, no speaker, "W"); "The authority said" (kept as written) intake figures and the driest January since 1983 "W" and "It said" (resolving to the Water Authority of Fiji) a dated schedule "W"; a lead-in ""; then SIX ENTRIES, each a NAME LINE (name, age, job, place; "", no speaker, with the chiefly titles "Ratu" and "Adi" left in the line but dropped from the label) followed by the person\'s words with "says" (present tense): a vendor\'s statement, continuation and a statement-then-question carrying "says" (three, ""); a retired soldier\'s view, an anecdote of 1998 and a quote (""); a nurse (two, ""); a restaurant owner\'s spending stated by the reporter with NO verb of saying (no speaker, "") and his quote (two, ""); a student, "she says, laughing." (three, ""); a hardware store owner\'s sales figures (a trader\'s count, "W") and his quote (two, ""); a subhead "" and the authority\'s chief operating officer with water carts "W" and a promise with no date "". Tail: a have-your-say e-mail line, more-from label and one headline, copyright (all "B").',
    'Zimbabwean WEEKLY\'S WEBSITE (Bulawayo), desktop browser paste, a PROFILE with "SAYS" THROUGHOUT: a retired engine driver restoring a 1952 Garratt. Head: masthead, menu, crumb (all "B"); headline "" and standfirst ""; byline, date line, share line (all "B"); a caption with "No. 417" "" and a "Picture:" credit "B". Body: "he says," PARENTHETICAL mid-sentence (a habit, ""); a three-sentence quote "he says" (a feeling "", "It has been cold since 1998." "W", a hope ""); his career "he says," mid-sentence and his birth and wage (both "W"); the restoration (reporter\'s fact, "W", no speaker) and its costs "he says" "W"; the curator with a conditional forecast "" and a quote ("" then a superlative "W"); a railway spokesperson\'s loan of a shed and crane "W"; the granddaughter (reporter\'s fact "", then two quotes ""); a 1984 runaway anecdote "he says" "" and a two-sentence quote ""; his wish and a two-sentence quote (""); a closing scene "". Tail: the writer\'s bio line, more-in label and one headline, copyright ending "(Pvt) Ltd." (all "B").',
    'Pakistani BUSINESS PORTAL (Islamabad), desktop browser paste, a PRESS RELEASE REPUBLISHED WITH ITS MEDIA CONTACT: an agri-tech firm opens 12 solar-powered cold stores in southern Punjab. Head: masthead, menu, section (all "B"); headline of record "W"; "PRESS RELEASE" tag, published line and a two-sentence paid-release disclaimer (all "B"). Body, in the issuer\'s own voice (NO SPEAKER for its unattributed sentences): "MULTAN, March 3, 2027 —" lead with "(Pvt.) Limited," mid-sentence "W"; capacity and cost with "Rs." before numbers ("W"); the chief executive ("Syed" kept as part of the name; role after the name) with a loss claim "W" and a quote ""; storage price and offer (a rule, "W"); power set-up "the company said" "W"; a bank executive "said:" with an opinion ""; the opening ceremony "W" and an expansion plan "". Tail: "About" heading and a two-sentence boilerplate paragraph, forward-looking heading and statement, "Media contact:" and the contact\'s name, role and e-mail lines, "###", related label and one headline, copyright split at "Post." before "All rights reserved." (all "B").',
    'Guyanese FACT-CHECK SITE (Georgetown), desktop browser paste, a FACT CHECK QUOTING A CLAIM AND ITS RATING: "Murders ... cut in half since 2020", rated Misleading. Head: masthead, menu, "FACT CHECK" tag (all "B"); a question headline ""; standfirst "Police figures show ..." ("W", carrying "Police figures"); byline, date line, share line (all "B"). Claim box: "Claim: “...”" ("W", the claimant with cue "Claim:"), a "Made by:" line and an "Our rating:" line ("", no speaker). Body: subheads ""; the claim in the Assembly "told the National Assembly" (surname resolving, "W"); its spread on Facebook "W"; "Guyana Police Force figures show" a 21.8% fall "W", the report and the lowest year ("W"); "told Truthline" his quarter comparison "W" and the quarters\' figures "W"; a criminologist ("Dr." dropped) with a general explanation "" and a change in counting "pointed out" "W"; the old-basis figure "W"; "did not respond to a request for comment" (""); the ruling: the figures restated "W" and the rating sentence "". Tail: "Sources" label and four source lines (each one "B" sentence, "Dr." and "No. 84" mid-line), ratings scale, tips line, funding line, copyright (all "B").',
    'Malawian WIRE SERVICE\'S WEBSITE (Lilongwe), desktop browser paste, a WIRE STORY WITH SEVERAL SOURCES AND A WRITETHRU NOTE: maize hits a record 1,450 kwacha a kilo as ADMARC depots run dry. Head: agency name, menu, section (all "B"); an "UPDATE 2-" headline of record "W"; byline, a date/updated line and the bracketed WRITETHRU NOTE naming the changed paragraphs (all "B"). Body: "LILONGWE, May 19 (NWS) -" dateline in the lead, "government data showed" "W"; the grain marketer ("The state grain marketer," descriptor and acronym dropped) with empty selling points "W"; "according to the Ministry of Agriculture\'s weekly market bulletin" "W"; harvest "the ministry said in its second-round crop estimates" "W"; the kwacha "traders said" "W"; the ministry spokesperson with imports and a release date ("W"), a plan "told NWS by phone" "" and its reason "W"; a vulnerability committee\'s projection ("estimated ... would need", ""); the farmers\' union president (prices sold and bought, "W") and a two-sentence quote (""); a trader\'s prices "W" and quote ""; an economist with CPI weights "W" and an inflation forecast ""; "National Statistical Office data show" "W"; background "W". Tail: the "($1 = 1,748.00 kwacha)" line, a "(Reporting by ...; Writing by ...; Editing by ...)" line, standards line, a related line, copyright split at "Service." before "All rights reserved." (all "B").',
]

ARTICLES = [
    [
        [
            ("THE SHANNON CHRONICLE", "", "", "B"),
        ],
        [
            ("Subscribe · Sign in", "", "", "B"),
        ],
        [
            (
                "News | Sport | Farming | Business | Opinion | Community | Death Notices",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Business › Energy", "", "", "B"),
        ],
        [
            (
                "Orlaith Ní Bhriain: ‘We paid every member €412 last year, and there are still more than 900 on the waiting list’",
                "Orlaith Ní Bhriain",
                "Orlaith Ní Bhriain:",
                "W",
            ),
        ],
        [
            (
                "The chief executive of Clare's biggest community wind co-operative on grid queues, planning refusals and why its next turbine will not go up in west Clare",
                "",
                "",
                "",
            ),
        ],
        [
            ("Interview by Cathal Ó Fearghail", "", "", "B"),
        ],
        [
            ("Saturday 14 August 2027, 07:00", "", "", "B"),
        ],
        [
            ("Share: Facebook · X · WhatsApp · Email", "", "", "B"),
        ],
        [
            (
                "Orlaith Ní Bhriain at the Cnoc Bréige wind farm near Kilmihil, where the co-operative's first four turbines went up in 2019.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Photo: Eoin Mac Giolla Rua", "", "", "B"),
        ],
        [
            (
                "Dúiche Energy Co-operative was set up in 2016 by 38 farmers and a retired ESB linesman who wanted a share in the turbines going up on their hills.",
                "",
                "",
                "W",
            ),
            (
                "It now has 2,140 members, owns seven turbines with a combined capacity of 23.1 megawatts and sold 61.4 gigawatt-hours of electricity to the grid last year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ní Bhriain, a chartered engineer from Doolin who spent 11 years with a Danish turbine maker, became its chief executive in March.",
                "",
                "",
                "W",
            ),
            (
                "She spoke to Cathal Ó Fearghail in the co-op's office above a pharmacy on O'Connell Street in Ennis.",
                "",
                "",
                "",
            ),
        ],
        [
            ("This interview has been edited for length and clarity.", "", "", "B"),
        ],
        [
            ("Chronicle: You paid each member a dividend of €412 last year.", "", "", "W"),
            ("Where does that money come from?", "", "", ""),
        ],
        [
            (
                "Orlaith Ní Bhriain: Nearly all of it comes from a 15-year contract under the Renewable Electricity Support Scheme, which pays us €78.40 for every megawatt-hour we export.",
                "Orlaith Ní Bhriain",
                "Orlaith Ní Bhriain:",
                "W",
            ),
            (
                "Last year that came to €4.81 million.",
                "Orlaith Ní Bhriain",
                "Orlaith Ní Bhriain:",
                "W",
            ),
            (
                "After loan repayments, wages, insurance and €150,000 for the community fund, the board paid out €881,680 in dividends.",
                "Orlaith Ní Bhriain",
                "Orlaith Ní Bhriain:",
                "W",
            ),
        ],
        [
            ("Chronicle: That is a lot of money for one parish.", "", "", ""),
            ("Why is there a waiting list at all?", "", "", ""),
        ],
        [
            (
                "Ní Bhriain: Because we only sell shares when we have something new to build.",
                "Orlaith Ní Bhriain",
                "Ní Bhriain:",
                "W",
            ),
            (
                "The rules say no member can hold more than 5,000 shares, at €1 each, and we capped the 2024 share offer at €2.6 million.",
                "Orlaith Ní Bhriain",
                "Ní Bhriain:",
                "W",
            ),
            ("It was full in 19 days.", "Orlaith Ní Bhriain", "Ní Bhriain:", "W"),
            ("There are 903 names on the list today.", "Orlaith Ní Bhriain", "Ní Bhriain:", "W"),
        ],
        [
            (
                "Chronicle: EirGrid figures published in June show 41 onshore wind projects in Clare waiting for a grid connection.",
                "EirGrid figures published in June",
                "show",
                "W",
            ),
            ("Are you one of them?", "", "", ""),
        ],
        [
            (
                "Ní Bhriain: We are number 27 in that queue, with a three-turbine extension at Cnoc Bréige.",
                "Orlaith Ní Bhriain",
                "Ní Bhriain:",
                "W",
            ),
            (
                "We applied for a connection in October 2022 and were offered a date in 2031.",
                "Orlaith Ní Bhriain",
                "Ní Bhriain:",
                "W",
            ),
            (
                "You cannot run a co-operative on a promise that far away.",
                "Orlaith Ní Bhriain",
                "Ní Bhriain:",
                "",
            ),
        ],
        [
            (
                "Chronicle: One of your neighbours at Kilmihil, Pádraig Ó Loingsigh, told this newspaper last year that the noise from turbine four kept his family awake for most of the summer.",
                "Pádraig Ó Loingsigh",
                "told this newspaper",
                "",
            ),
            ("What did you do about it?", "", "", ""),
        ],
        [
            (
                "Ní Bhriain: We fitted serrated trailing edges to all three blades of turbine four in May 2026, and it now runs in a low-noise mode between 11pm and 7am.",
                "Orlaith Ní Bhriain",
                "Ní Bhriain:",
                "W",
            ),
            (
                "That costs us about 4 per cent of its output.",
                "Orlaith Ní Bhriain",
                "Ní Bhriain:",
                "W",
            ),
            (
                "The council measured 37 decibels at his back door in September, against a night-time limit of 43.",
                "Orlaith Ní Bhriain",
                "Ní Bhriain:",
                "W",
            ),
            (
                "I don't blame him for being angry; the first year was bad, and we were slow.",
                "Orlaith Ní Bhriain",
                "Ní Bhriain:",
                "",
            ),
        ],
        [
            ("Chronicle: Why won't the next turbine be in west Clare?", "", "", ""),
        ],
        [
            (
                "Ní Bhriain: Because An Bord Pleanála refused our Kilrush application in April, on visual grounds, after 14 months.",
                "Orlaith Ní Bhriain",
                "Ní Bhriain:",
                "W",
            ),
            (
                "We won't be going to the High Court over it.",
                "Orlaith Ní Bhriain",
                "Ní Bhriain:",
                "",
            ),
            (
                "We are looking at a site near Scariff, in east Clare, where there is spare capacity on the 38kV line.",
                "Orlaith Ní Bhriain",
                "Ní Bhriain:",
                "W",
            ),
            (
                "I would hope to lodge an application before Christmas.",
                "Orlaith Ní Bhriain",
                "Ní Bhriain:",
                "",
            ),
        ],
        [
            (
                "Chronicle: Is community energy still worth it for a farmer with €5,000 to spare?",
                "",
                "",
                "",
            ),
        ],
        [
            ("Ní Bhriain: It depends what he wants.", "Orlaith Ní Bhriain", "Ní Bhriain:", ""),
            (
                "Our shares have paid between 7 and 9 per cent a year since 2021.",
                "Orlaith Ní Bhriain",
                "Ní Bhriain:",
                "W",
            ),
            (
                "But you can't sell them for more than you paid, and if the wind doesn't blow, nobody gets paid.",
                "Orlaith Ní Bhriain",
                "Ní Bhriain:",
                "",
            ),
            (
                "I tell people to buy them because they want the turbines to belong to the parish, not because they want to get rich.",
                "Orlaith Ní Bhriain",
                "Ní Bhriain:",
                "",
            ),
        ],
        [
            ("Chronicle: And what do you do on a day off?", "", "", ""),
        ],
        [
            (
                "Ní Bhriain: I swim at the Flaggy Shore, in any weather.",
                "Orlaith Ní Bhriain",
                "Ní Bhriain:",
                "",
            ),
            (
                "It is the only place nobody asks me about the grid.",
                "Orlaith Ní Bhriain",
                "Ní Bhriain:",
                "",
            ),
        ],
        [
            ("READ MORE", "", "", "B"),
        ],
        [
            ("Scariff residents to get first look at community solar plan", "", "", "B"),
        ],
        [
            ("Kilrush ferry cuts winter sailings to two a day", "", "", "B"),
        ],
        [
            ("Comments are closed on this article.", "", "", "B"),
        ],
        [
            ("© 2027 Shannon Chronicle Media DAC.", "", "", "B"),
            ("Registered in Ireland, No. 584117.", "", "", "B"),
        ],
    ],
    [
        [
            ("GIPPSLAND LEDGER", "", "", "B"),
        ],
        [
            ("News  Bushfires  Weather  Sport  Business  Opinion  Puzzles", "", "", "B"),
        ],
        [
            ("Subscribe  |  Log in", "", "", "B"),
        ],
        [
            ("LIVE", "", "", "B"),
        ],
        [
            (
                "Live: Emergency warning for Briagolong as Moroka Track fire jumps containment lines",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Updated 6.41pm AEDT, Thursday 14 January 2027", "", "", "B"),
        ],
        [
            ("By Tamsin Whitlock and Rory Pendergast", "", "", "B"),
        ],
        [
            ("Share  ·  Copy link", "", "", "B"),
        ],
        [
            ("Key points", "", "", "B"),
        ],
        [
            (
                "The fire has burnt more than 14,800 hectares since it was started by lightning on Tuesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "An emergency warning is in place for Briagolong, Cobbannah and Freestone Creek.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "At least 23 homes have been lost, the Emergency Services Minister says.",
                "Harriet Colquhoun",
                "says",
                "W",
            ),
        ],
        [
            ("A relief centre is open at the Maffra Recreation Reserve.", "", "", "W"),
        ],
        [
            ("6.41pm", "", "", "B"),
        ],
        [
            ("We're closing the blog for tonight", "", "", ""),
        ],
        [
            ("Rory Pendergast", "", "", "B"),
        ],
        [
            ("That's where we'll leave our live coverage for this evening.", "", "", ""),
            (
                "Our reporters are staying in Briagolong and Maffra overnight, and the blog will be back from 6am.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "If you are in the warning area, don't wait for this page: check the VicEmergency app or call the VicEmergency Hotline on 1800 226 226.",
                "",
                "",
                "",
            ),
        ],
        [
            ("6.20pm", "", "", "B"),
        ],
        [
            ("Key event", "", "", "B"),
        ],
        [
            ("‘Too late to leave’: Briagolong residents told to shelter", "", "", ""),
        ],
        [
            ("Tamsin Whitlock", "", "", "B"),
        ],
        [
            (
                "“If you are in Briagolong and you have not left, it is now too late to leave,” CFA incident controller Dean Mulcahy said at 6.15pm.",
                "Dean Mulcahy",
                "said",
                "",
            ),
            (
                "“Shelter in a solid building, on the side away from the fire, and keep your phone with you.”",
                "Dean Mulcahy",
                "said",
                "",
            ),
        ],
        [
            (
                "He said spot fires had been reported 400 metres north of the Briagolong Recreation Reserve at 5.50pm.",
                "Dean Mulcahy",
                "said",
                "W",
            ),
            (
                "He said the fire front was expected to reach the town's northern edge by about 8pm.",
                "Dean Mulcahy",
                "said",
                "",
            ),
        ],
        [
            ("5.55pm", "", "", "B"),
        ],
        [
            ("Key event", "", "", "B"),
        ],
        [
            ("23 homes confirmed lost, minister says", "Harriet Colquhoun", "says", "W"),
        ],
        [
            ("Rory Pendergast", "", "", "B"),
        ],
        [
            (
                "Emergency Services Minister Harriet Colquhoun has told reporters in Melbourne that 23 homes have been confirmed destroyed, 19 of them around Glenmaggie and four at Cobbannah.",
                "Harriet Colquhoun",
                "has told reporters",
                "W",
            ),
            (
                "She said 71 sheds and about 140 kilometres of fencing had also been lost.",
                "Harriet Colquhoun",
                "said",
                "W",
            ),
        ],
        [
            (
                "“These numbers will go up, and I won't pretend otherwise,” she said.",
                "Harriet Colquhoun",
                "said",
                "",
            ),
            (
                "“There are 640 firefighters on this fire tonight, from every corner of the state and from Tasmania.”",
                "Harriet Colquhoun",
                "said",
                "W",
            ),
        ],
        [
            ("5.12pm", "", "", "B"),
        ],
        [
            ("Gusts of 87km/h at East Sale as wind change nears", "", "", "W"),
        ],
        [
            ("Tamsin Whitlock", "", "", "B"),
        ],
        [
            (
                "The Bureau of Meteorology says a gust of 87km/h was recorded at East Sale at 4.30pm, the strongest in Gippsland today.",
                "The Bureau of Meteorology",
                "says",
                "W",
            ),
            (
                "Senior meteorologist Kirra Donnelly-Vos said a south-westerly change was expected to cross the fireground between 9pm and 11pm.",
                "Kirra Donnelly-Vos",
                "said",
                "",
            ),
        ],
        [
            (
                "“The change is what worries us most, because it turns the long eastern flank into a head fire,” she said.",
                "Kirra Donnelly-Vos",
                "said",
                "",
            ),
            (
                "She said the temperature at Maffra had reached 43.1C at 3pm, a January record for the town.",
                "Kirra Donnelly-Vos",
                "said",
                "W",
            ),
        ],
        [
            ("4.40pm", "", "", "B"),
        ],
        [
            ("From our readers", "", "", ""),
        ],
        [
            ("Rory Pendergast", "", "", "B"),
        ],
        [
            ("We've had a lot of messages from people in the warning area.", "", "", ""),
        ],
        [
            (
                "Jo, in Maffra, writes: “The smoke is so thick here that the streetlights came on at 3 o'clock.",
                "Jo",
                "writes",
                "",
            ),
            (
                "We've got the neighbour's horses in our paddock and the kids are packing the car.”",
                "Jo",
                "writes",
                "",
            ),
        ],
        [
            (
                "And Dimitri, a volunteer with the Heyfield brigade, writes that his crew has been on the fireground since 4am Wednesday and “would kill for a shower.”",
                "Dimitri",
                "writes",
                "",
            ),
        ],
        [
            ("4.05pm", "", "", "B"),
        ],
        [
            ("Roads closed", "", "", "W"),
        ],
        [
            ("Tamsin Whitlock", "", "", "B"),
        ],
        [
            (
                "The Department of Transport and Planning says the following roads are closed:",
                "The Department of Transport and Planning",
                "says",
                "W",
            ),
        ],
        [
            (
                "Heyfield–Licola Road between Glenmaggie and Licola;",
                "The Department of Transport and Planning",
                "says",
                "W",
            ),
        ],
        [
            (
                "Briagolong Road between Boisdale and Briagolong;",
                "The Department of Transport and Planning",
                "says",
                "W",
            ),
        ],
        [
            (
                "Freestone Creek Road, its whole length.",
                "The Department of Transport and Planning",
                "says",
                "W",
            ),
        ],
        [
            ("3.30pm", "", "", "B"),
        ],
        [
            ("Relief centre opens in Maffra", "", "", "W"),
        ],
        [
            ("Rory Pendergast", "", "", "B"),
        ],
        [
            (
                "A relief centre has opened at the Maffra Recreation Reserve, Wellington Shire Council said in a post at 3.10pm.",
                "Wellington Shire Council",
                "said in a post",
                "W",
            ),
            (
                "Pets are welcome if they are on a lead or in a cage, and horses can go to the Stratford showgrounds, the council said.",
                "the council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Wellington Shire mayor Gaye Trounson said the reserve had beds for 300 people and that “nobody will be turned away, whatever they bring with them.”",
                "Gaye Trounson",
                "said",
                "W",
            ),
        ],
        [
            ("2.48pm", "", "", "B"),
        ],
        [
            ("Eleven aircraft on the fire", "", "", "W"),
        ],
        [
            ("Tamsin Whitlock", "", "", "B"),
        ],
        [
            (
                "Eleven aircraft, including a large air tanker from Avalon, are working the fire this afternoon, the CFA said.",
                "the CFA",
                "said",
                "W",
            ),
        ],
        [
            ("This embedded content is not available in your region.", "", "", "B"),
        ],
        [
            ("View the original post on X", "", "", "B"),
        ],
        [
            (
                "Cobbannah cattle farmer Neville Saunderson told the Ledger he had moved 260 head of cattle onto a ploughed paddock at dawn.",
                "Neville Saunderson",
                "told the Ledger",
                "",
            ),
            (
                "“The fire came over the ridge like a train,” he said.",
                "Neville Saunderson",
                "said",
                "",
            ),
            (
                "“We lost the hay shed and the old house, but the cattle are alive.”",
                "Neville Saunderson",
                "said",
                "",
            ),
        ],
        [
            ("1.55pm", "", "", "B"),
        ],
        [
            ("Police close Briagolong to traffic", "", "", "W"),
        ],
        [
            ("Rory Pendergast", "", "", "B"),
        ],
        [
            (
                "Victoria Police said a traffic management point had been set up on the Maffra–Briagolong Road at Boisdale, and only residents leaving the area were being let through.",
                "Victoria Police",
                "said",
                "W",
            ),
            ("Police said nobody had been reported missing.", "Victoria Police", "said", "W"),
        ],
        [
            ("Load earlier posts", "", "", "B"),
        ],
        [
            ("MORE ON THE BUSHFIRES", "", "", "B"),
        ],
        [
            ("Heyfield's footy club becomes a fire station", "", "", "B"),
        ],
        [
            ("What the warning levels mean, and when to leave", "", "", "B"),
        ],
        [
            ("© 2027 Gippsland Ledger Pty Ltd.", "", "", "B"),
            ("ABN 63 118 402 775.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE VISAYAN COURIER", "", "", "B"),
        ],
        [
            (
                "Home | News | Regions | Nation | Business | Opinion | Sports | Lifestyle",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Nation", "", "", "B"),
        ],
        [
            ("TRANSCRIPT: OCD, PAGASA, DSWD brief media on Typhoon Dalisay", "", "", ""),
        ],
        [
            ("Published October 13, 2027 3:22 PM", "", "", "B"),
        ],
        [
            ("By the Courier News Desk", "", "", "B"),
        ],
        [
            ("Facebook  X  Viber  Email", "", "", "B"),
        ],
        [
            (
                "Editor's note: This is the Courier's transcript of the joint briefing at Camp Aguinaldo, Quezon City, at 10 a.m. on Wednesday, October 13.",
                "",
                "",
                "B",
            ),
            (
                "Remarks in Filipino have been translated into English, and some exchanges have been shortened.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Speaking were Asec. Ma. Corazon Villaflor-Dimaandal, spokesperson of the Office of Civil Defense (OCD); Engr. Ramil Sta. Ana, weather specialist of PAGASA; and Usec. Leonardo Buenconsejo Jr. of the Department of Social Welfare and Development (DSWD).",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "ASEC. VILLAFLOR-DIMAANDAL: Good morning to our friends in the media.",
                "Ma. Corazon Villaflor-Dimaandal",
                "ASEC. VILLAFLOR-DIMAANDAL:",
                "",
            ),
            (
                "As of 6 a.m. today, the NDRRMC has recorded 14 deaths related to Typhoon Dalisay, nine of them in Eastern Samar.",
                "Ma. Corazon Villaflor-Dimaandal",
                "ASEC. VILLAFLOR-DIMAANDAL:",
                "W",
            ),
            (
                "Six people are still missing, all of them fishermen from Guiuan.",
                "Ma. Corazon Villaflor-Dimaandal",
                "ASEC. VILLAFLOR-DIMAANDAL:",
                "W",
            ),
            (
                "A total of 48,312 families, or about 182,600 people, are staying in 611 evacuation centres.",
                "Ma. Corazon Villaflor-Dimaandal",
                "ASEC. VILLAFLOR-DIMAANDAL:",
                "W",
            ),
            (
                "We will hear first from PAGASA, then from DSWD.",
                "Ma. Corazon Villaflor-Dimaandal",
                "ASEC. VILLAFLOR-DIMAANDAL:",
                "",
            ),
        ],
        [
            ("ENGR. STA. ANA: Thank you, Asec.", "Ramil Sta. Ana", "ENGR. STA. ANA:", ""),
            (
                "Dalisay made landfall over Arteche, Eastern Samar, at 11:40 p.m. on Monday with maximum sustained winds of 185 km/h.",
                "Ramil Sta. Ana",
                "ENGR. STA. ANA:",
                "W",
            ),
            (
                "At 8 a.m. it was 95 kilometres west of Masbate City, moving west-northwest at 20 km/h, and it has weakened into a severe tropical storm.",
                "Ramil Sta. Ana",
                "ENGR. STA. ANA:",
                "W",
            ),
            (
                "Tropical Cyclone Wind Signal No. 2 remains raised over Romblon, Marinduque and the southern part of Oriental Mindoro.",
                "Ramil Sta. Ana",
                "ENGR. STA. ANA:",
                "W",
            ),
            (
                "We expect Dalisay to leave the Philippine Area of Responsibility by Friday morning.",
                "Ramil Sta. Ana",
                "ENGR. STA. ANA:",
                "",
            ),
        ],
        [
            (
                "Q (Jerome Santillan, DZXT Tacloban): Asec., the governor of Eastern Samar said last night that no relief had reached Arteche.",
                "the governor of Eastern Samar",
                "said",
                "W",
            ),
            ("Is that correct?", "", "", ""),
        ],
        [
            (
                "VILLAFLOR-DIMAANDAL: It was correct until yesterday afternoon, po.",
                "Ma. Corazon Villaflor-Dimaandal",
                "VILLAFLOR-DIMAANDAL:",
                "W",
            ),
            (
                "The road from Borongan was cut by landslides at two points, in Llorente and in Balangkayan, and the first DSWD trucks reached Arteche only at 4 p.m. yesterday.",
                "Ma. Corazon Villaflor-Dimaandal",
                "VILLAFLOR-DIMAANDAL:",
                "W",
            ),
            (
                "Since then, 9,400 family food packs have been delivered there.",
                "Ma. Corazon Villaflor-Dimaandal",
                "VILLAFLOR-DIMAANDAL:",
                "W",
            ),
        ],
        [
            (
                "USEC. BUENCONSEJO: If I may add to that.",
                "Leonardo Buenconsejo Jr.",
                "USEC. BUENCONSEJO:",
                "",
            ),
            (
                "We prepositioned 310,000 family food packs in Eastern Visayas and Bicol before landfall, and 212,000 of them have now been released.",
                "Leonardo Buenconsejo Jr.",
                "USEC. BUENCONSEJO:",
                "W",
            ),
            (
                "Each pack holds six kilos of rice, eight canned goods and four sachets of coffee, enough for a family of five for two days.",
                "Leonardo Buenconsejo Jr.",
                "USEC. BUENCONSEJO:",
                "W",
            ),
            (
                "Families in the evacuation centres have also received ₱5,000 each in cash aid, a total of ₱86.2 million so far.",
                "Leonardo Buenconsejo Jr.",
                "USEC. BUENCONSEJO:",
                "W",
            ),
        ],
        [
            (
                "Q (Kristine Abalos, Radyo Tagbo): Usec., for the fishermen who lost their bancas, is there any help?",
                "",
                "",
                "",
            ),
            ("Many of them are asking us.", "", "", ""),
        ],
        [
            ("BUENCONSEJO: Yes, po.", "Leonardo Buenconsejo Jr.", "BUENCONSEJO:", ""),
            (
                "The Bureau of Fisheries and Aquatic Resources has a replacement program for motorized bancas, and we have sent them our list of 1,126 damaged boats.",
                "Leonardo Buenconsejo Jr.",
                "BUENCONSEJO:",
                "W",
            ),
            (
                "I cannot give a date for the replacements yet because the validation is ongoing.",
                "Leonardo Buenconsejo Jr.",
                "BUENCONSEJO:",
                "",
            ),
        ],
        [
            ("[crosstalk]", "", "", "B"),
        ],
        [
            (
                "Q (Ma. Fe Lagdameo, Visayan Courier): Engr., the Japan Meteorological Agency's bulletin this morning shows another low pressure area east of Mindanao.",
                "the Japan Meteorological Agency's bulletin this morning",
                "shows",
                "W",
            ),
            ("Could it become a typhoon this weekend?", "", "", ""),
        ],
        [
            (
                "STA. ANA: We are monitoring an LPA about 1,150 kilometres east of Mindanao, yes.",
                "Ramil Sta. Ana",
                "STA. ANA:",
                "W",
            ),
            (
                "Its chance of developing into a tropical depression in the next 48 hours is low.",
                "Ramil Sta. Ana",
                "STA. ANA:",
                "",
            ),
            (
                "If it does, it will be named Hiraya, and we do not expect it to be as strong as Dalisay.",
                "Ramil Sta. Ana",
                "STA. ANA:",
                "",
            ),
        ],
        [
            (
                "Q (Jerome Santillan, DZXT Tacloban): Asec., how much is the damage to agriculture so far?",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "VILLAFLOR-DIMAANDAL: The Department of Agriculture's initial estimate is ₱1.37 billion, mostly rice and coconut in Eastern and Northern Samar.",
                "Ma. Corazon Villaflor-Dimaandal",
                "VILLAFLOR-DIMAANDAL:",
                "W",
            ),
            (
                "That covers 23,600 hectares and about 31,000 farmers.",
                "Ma. Corazon Villaflor-Dimaandal",
                "VILLAFLOR-DIMAANDAL:",
                "W",
            ),
            (
                "We expect that to rise once the assessment teams reach the interior barangays.",
                "Ma. Corazon Villaflor-Dimaandal",
                "VILLAFLOR-DIMAANDAL:",
                "",
            ),
            (
                "Okay, salamat po sa inyong lahat.",
                "Ma. Corazon Villaflor-Dimaandal",
                "VILLAFLOR-DIMAANDAL:",
                "",
            ),
            (
                "We will have another briefing at 4 p.m.",
                "Ma. Corazon Villaflor-Dimaandal",
                "VILLAFLOR-DIMAANDAL:",
                "W",
            ),
        ],
        [
            ("[END OF BRIEFING]", "", "", "B"),
        ],
        [
            ("— With reports from Mae Ann Dumaguing and Ronaldo Pescadero", "", "", "B"),
        ],
        [
            ("RELATED STORIES", "", "", "B"),
        ],
        [
            ("Dalisay: Guiuan fishermen still missing after four days", "", "", "B"),
        ],
        [
            ("LIST: Class suspensions for Thursday, October 14", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Visayan Courier Publishing Corp.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("FUNDY DESK", "", "", "B"),
        ],
        [
            ("Podcasts   Newsletter   Events   About   Support us", "", "", "B"),
        ],
        [
            ("Episode 112  ·  September 9, 2027  ·  34 min", "", "", "B"),
        ],
        [
            ("Why the Reversing Falls bridge will stay shut until 2029", "", "", "W"),
        ],
        [
            (
                "Engineers found far more corrosion than expected when they opened up the deck; we ask what happens to the people who crossed it every day, and who pays",
                "Engineers",
                "found",
                "W",
            ),
        ],
        [
            ("Listen on Apple Podcasts · Spotify · YouTube · RSS", "", "", "B"),
        ],
        [
            ("TRANSCRIPT", "", "", "B"),
        ],
        [
            (
                "This transcript was made by software and checked by a producer; it may contain errors.",
                "",
                "",
                "B",
            ),
            ("Please check the audio before quoting.", "", "", "B"),
        ],
        [
            ("[00:00:00]", "", "", "B"),
        ],
        [
            ("[THEME MUSIC]", "", "", "B"),
        ],
        [
            ("NADINE THIBODEAU: From Saint John, this is Fundy Desk.", "", "", ""),
            ("I'm Nadine Thibodeau.", "", "", ""),
            (
                "In July, the province closed the Reversing Falls bridge for what it said would be a six-week inspection.",
                "the province",
                "said",
                "W",
            ),
            (
                "Last Tuesday, the Department of Transportation and Infrastructure announced it will stay closed until the spring of 2029.",
                "the Department of Transportation and Infrastructure",
                "announced",
                "W",
            ),
            (
                "My guest is Dr. Anjali Thériault-Venn, a structural engineer who teaches at UNB Saint John.",
                "",
                "",
                "",
            ),
            ("Welcome.", "", "", ""),
        ],
        [
            (
                "ANJALI THÉRIAULT-VENN: Thanks for having me.",
                "Anjali Thériault-Venn",
                "ANJALI THÉRIAULT-VENN:",
                "",
            ),
        ],
        [
            ("THIBODEAU: So what did they find?", "", "", ""),
        ],
        [
            (
                "THÉRIAULT-VENN: The department's own report, which went up on its website on Friday, describes section loss of up to 38 per cent in the steel floor beams at some connections.",
                "Anjali Thériault-Venn",
                "THÉRIAULT-VENN:",
                "W",
            ),
            (
                "In the 2019 inspection, the worst they found was 12 per cent.",
                "Anjali Thériault-Venn",
                "THÉRIAULT-VENN:",
                "W",
            ),
            ("That's a big jump in eight years.", "Anjali Thériault-Venn", "THÉRIAULT-VENN:", ""),
            (
                "Water has been getting in through the expansion joints, where nobody could see it.",
                "Anjali Thériault-Venn",
                "THÉRIAULT-VENN:",
                "W",
            ),
        ],
        [
            ("THIBODEAU: Could they have found it sooner?", "", "", ""),
        ],
        [
            (
                "THÉRIAULT-VENN: [LAUGHS] That's the question everyone asks.",
                "Anjali Thériault-Venn",
                "THÉRIAULT-VENN:",
                "",
            ),
            (
                "Bridges like this one get a detailed inspection every four years, and the 2023 inspection was done from a boat, without lifting the deck.",
                "Anjali Thériault-Venn",
                "THÉRIAULT-VENN:",
                "W",
            ),
            ("I'm not saying anyone cut corners.", "Anjali Thériault-Venn", "THÉRIAULT-VENN:", ""),
            (
                "I'm saying the method couldn't see it.",
                "Anjali Thériault-Venn",
                "THÉRIAULT-VENN:",
                "",
            ),
        ],
        [
            ("[00:07:41]", "", "", "B"),
        ],
        [
            (
                "THIBODEAU: The department says the repairs will cost $61 million, and Ottawa has agreed to pay 40 per cent.",
                "The department",
                "says",
                "W",
            ),
            ("Let's hear from someone who deals with the detour every day.", "", "", ""),
            ("Gordon Aucoin-Whelan is the city councillor for the west side.", "", "", ""),
        ],
        [
            (
                "GORDON AUCOIN-WHELAN: The detour adds 11 kilometres each way for people in Fairville and Milford.",
                "Gordon Aucoin-Whelan",
                "GORDON AUCOIN-WHELAN:",
                "W",
            ),
            (
                "Ridership on the west side bus routes is down 22 per cent since July, because the buses are stuck in the same traffic as everyone else.",
                "Gordon Aucoin-Whelan",
                "GORDON AUCOIN-WHELAN:",
                "W",
            ),
            (
                "I had a dentist tell me last week she's thinking of moving her practice.",
                "Gordon Aucoin-Whelan",
                "GORDON AUCOIN-WHELAN:",
                "",
            ),
            (
                "People are angry, and frankly they have every right to be.",
                "Gordon Aucoin-Whelan",
                "GORDON AUCOIN-WHELAN:",
                "",
            ),
        ],
        [
            ("[CLIP]", "", "", "B"),
        ],
        [
            (
                "MINISTER LORRAINE McGILLIVRAY-PITRE (in the legislature, Sept. 2): We will not reopen a bridge our engineers tell us is unsafe.",
                "Lorraine McGillivray-Pitre",
                "MINISTER LORRAINE McGILLIVRAY-PITRE (in the legislature, Sept. 2):",
                "",
            ),
            (
                "A free passenger ferry starts on Oct. 4, with crossings every 20 minutes at peak times.",
                "Lorraine McGillivray-Pitre",
                "MINISTER LORRAINE McGILLIVRAY-PITRE (in the legislature, Sept. 2):",
                "W",
            ),
        ],
        [
            ("THIBODEAU: We asked listeners to send us voice memos about the closure.", "", "", ""),
            ("This one is from Bev, in Grand Bay-Westfield.", "", "", ""),
        ],
        [
            ("[VOICE MEMO]", "", "", "B"),
        ],
        [
            (
                "BEV: I drive my mother to dialysis three times a week, and what used to be a 15-minute drive now takes 45 on a good day.",
                "Bev",
                "BEV:",
                "",
            ),
            ("I'd like the minister to make that drive just once.", "Bev", "BEV:", ""),
        ],
        [
            ("THIBODEAU: Anjali, last word.", "", "", ""),
            ("Is 2029 realistic?", "", "", ""),
        ],
        [
            (
                "THÉRIAULT-VENN: If the steel arrives on time, yes.",
                "Anjali Thériault-Venn",
                "THÉRIAULT-VENN:",
                "",
            ),
            (
                "The department has ordered 1,900 tonnes of new floor beams from a mill in Quebec, and the lead time alone is 14 months.",
                "Anjali Thériault-Venn",
                "THÉRIAULT-VENN:",
                "W",
            ),
        ],
        [
            ("THIBODEAU: Dr. Anjali Thériault-Venn, thank you.", "", "", ""),
        ],
        [
            ("THÉRIAULT-VENN: Thank you, Nadine.", "Anjali Thériault-Venn", "THÉRIAULT-VENN:", ""),
        ],
        [
            ("[THEME MUSIC]", "", "", "B"),
        ],
        [
            ("[00:33:52]", "", "", "B"),
        ],
        [
            (
                "Fundy Desk is produced by Owen Castonguay-Reid and edited by Mireille Saulnier.",
                "",
                "",
                "B",
            ),
            ("Support for this episode comes from listeners like you.", "", "", "B"),
        ],
        [
            ("Related episodes", "", "", "B"),
        ],
        [
            ("Ep. 108: The harbour toll that never ended", "", "", "B"),
        ],
        [
            ("© 2027 Fundy Desk Media Co-operative", "", "", "B"),
        ],
    ],
    [
        [
            ("THE VOLTA TRIBUNE", "", "", "B"),
        ],
        [
            (
                "Home  News  Politics  Business  Regions  Sports  Entertainment  Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Politics", "", "", "B"),
        ],
        [
            (
                "Parliament passes Road Tolls (Restoration) Bill 142–118 after Minority walkout",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Roads minister says tolls will be charged at 38 booths from January and the money will go only to road maintenance",
                "Kwabena Ofori-Attafuah",
                "says",
                "W",
            ),
        ],
        [
            ("By Efua Asantewaa Mensah-Bonsu, Parliamentary Correspondent", "", "", "B"),
        ],
        [
            ("July 23, 2027  |  9:14 pm", "", "", "B"),
        ],
        [
            ("Share: WhatsApp · Facebook · X · Telegram", "", "", "B"),
        ],
        [
            (
                "Parliament on Thursday passed the Road Tolls (Restoration) Bill, 2027, by 142 votes to 118, bringing back tolls on the country's major highways five years after collection stopped.",
                "",
                "",
                "W",
            ),
            (
                "The vote was taken by division at 7.48 p.m., after Minority members had walked out of the chamber and then returned to vote against the bill as a bloc.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The bill, laid in the House on June 30, allows the Ghana Highway Authority to collect tolls at 38 booths on 14 highways, at rates from GH¢5 for a saloon car to GH¢60 for an articulated truck.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Moving the motion for the third reading, the Minister for Roads and Highways, Kwabena Ofori-Attafuah, said all toll revenue would be paid into a dedicated Road Fund account and could not be spent on anything but maintenance.",
                "Kwabena Ofori-Attafuah",
                "said",
                "W",
            ),
            (
                "He said 41 per cent of the country's 14,870 kilometres of trunk roads were in poor condition, according to a condition survey his ministry completed in March.",
                "Kwabena Ofori-Attafuah",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Mr Speaker, a road that is not maintained is a road that kills,” he said.",
                "Kwabena Ofori-Attafuah",
                "said",
                "",
            ),
            (
                "“The toll is the price of two sachets of water, and it buys a road that will not kill you.”",
                "Kwabena Ofori-Attafuah",
                "said",
                "",
            ),
        ],
        [
            (
                "The Ranking Member on the Roads and Transport Committee, Haruna Baako-Dramani, said the bill was “a tax on the poor dressed up as road maintenance.”",
                "Haruna Baako-Dramani",
                "said",
                "",
            ),
            (
                "He said the government had collected GH¢2.3 billion under the Energy Sector Levies Act in 2026 and could pay for road repairs out of that.",
                "Haruna Baako-Dramani",
                "said",
                "W",
            ),
        ],
        [
            (
                "The First Deputy Speaker, Nii Amarh Tettey-Quaye, presided over the sitting, which began at 10.30 a.m. and ran for more than nine hours.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("FROM THE OFFICIAL REPORT", "", "", "B"),
        ],
        [
            (
                "Mr Baako-Dramani: Mr Speaker, on Tuesday the Minister told this House that trotro fares would not go up.",
                "Haruna Baako-Dramani",
                "Mr Baako-Dramani:",
                "W",
            ),
            (
                "Which trotro driver will pay GH¢10 a day at a toll booth and keep his fare the same?",
                "Haruna Baako-Dramani",
                "Mr Baako-Dramani:",
                "",
            ),
        ],
        [
            ("[Interruptions]", "", "", "B"),
        ],
        [
            (
                "Mr Ofori-Attafuah: On a point of order, Mr Speaker.",
                "Kwabena Ofori-Attafuah",
                "Mr Ofori-Attafuah:",
                "",
            ),
            (
                "The Progressive Transport Owners' Association signed a memorandum with my Ministry on July 12 agreeing that fares will not rise because of the tolls.",
                "Kwabena Ofori-Attafuah",
                "Mr Ofori-Attafuah:",
                "W",
            ),
        ],
        [
            (
                "Mr Speaker: Honourable Minister, that is not a point of order.",
                "Nii Amarh Tettey-Quaye",
                "Mr Speaker:",
                "W",
            ),
            ("Member for Tamale Central, continue.", "Nii Amarh Tettey-Quaye", "Mr Speaker:", ""),
        ],
        [
            ("[END OF EXTRACT]", "", "", "B"),
        ],
        [
            (
                "The Minority Leader, Comfort Adjoa Nyarko-Bediako, led her side out of the chamber at 6.55 p.m., saying the Majority had pushed the bill through the consideration stage in a single sitting.",
                "Comfort Adjoa Nyarko-Bediako",
                "saying",
                "W",
            ),
            (
                "The Majority Chief Whip, Yaw Boadu-Kessie, said 31 amendments had been taken at that stage, 19 of them proposed by the Minority.",
                "Yaw Boadu-Kessie",
                "said",
                "W",
            ),
            ("“Nobody bulldozed anybody,” he said.", "Yaw Boadu-Kessie", "said", ""),
            ("“They proposed, we debated, and the House voted.”", "Yaw Boadu-Kessie", "said", ""),
        ],
        [
            (
                "Outside Parliament House, about 60 members of the Ghana Commercial Drivers' Alliance stood with placards reading “No toll, no vote”.",
                "",
                "",
                "",
            ),
            (
                "Its national chairman, Alhaji Issah Danlardy-Sulemana, said members would add GH¢2 to every fare on routes that pass a toll booth from the day collection begins.",
                "Issah Danlardy-Sulemana",
                "said",
                "",
            ),
        ],
        [
            (
                "The Ghana Highway Authority said in a statement that collection would begin at 6 a.m. on January 3, 2028, once the President assents to the bill.",
                "The Ghana Highway Authority",
                "said in a statement",
                "W",
            ),
            (
                "Collection at the old booths ended in 2022, and most of them have since been pulled down.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Toll booths: who will man them, and for how much?", "", "", "B"),
        ],
        [
            ("Tags: Parliament, Road Tolls, Minority, Roads Ministry", "", "", "B"),
        ],
        [
            ("© 2027 Volta Tribune Communications Ltd.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE JACARANDA POST", "", "", "B"),
        ],
        [
            ("News   Counties   Courts & Crime   Business   Sports   Opinion   Video", "", "", "B"),
        ],
        [
            ("Courts & Crime", "", "", "B"),
        ],
        [
            (
                "Bank manager tells court Sh38m was withdrawn in cash within a week of ambulance tender payment",
                "Beatrice Jepkemoi Koros",
                "tells court",
                "W",
            ),
        ],
        [
            (
                "Witness says she flagged the withdrawals to head office twice but was told the account holders were ‘known customers’",
                "Beatrice Jepkemoi Koros",
                "says",
                "W",
            ),
        ],
        [
            ("By Otieno Wafula Makokha", "", "", "B"),
        ],
        [
            ("Wednesday, November 17, 2027 — 8:45 PM", "", "", "B"),
        ],
        [
            ("Share  Facebook  X  WhatsApp  LinkedIn", "", "", "B"),
        ],
        [
            (
                "Former Nakuru County health officials and two company directors in the dock at the Milimani Law Courts, Nairobi, on Wednesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PHOTO | OTIENO WAFULA MAKOKHA", "", "", "B"),
        ],
        [
            (
                "A bank manager on Wednesday told the Milimani Anti-Corruption Court that Sh38.4 million was withdrawn in cash from a supplier's account within six days of Nakuru County paying it Sh148.6 million for 12 ambulances.",
                "Beatrice Jepkemoi Koros",
                "told the Milimani Anti-Corruption Court",
                "W",
            ),
        ],
        [
            (
                "Beatrice Jepkemoi Koros, manager of the Nakuru branch of Rift Highlands Bank, is the eighth prosecution witness in the trial of former county chief officer for health Dr. Lucas Kiprono Rotich, former procurement head Esther Wanjiku Gathoni and the two directors of Menengai Medisupplies Ltd., Samuel Otieno Odera and Faith Nyambura Kimani.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The four have pleaded not guilty to conspiracy to commit an offence of corruption, fraudulent acquisition of public property and money laundering.",
                "",
                "",
                "W",
            ),
            (
                "The prosecution says the county paid Menengai Medisupplies Sh148.6 million in March 2025 for 12 fully equipped ambulances and that none was ever delivered.",
                "The prosecution",
                "says",
                "W",
            ),
        ],
        [
            (
                "Led by Senior Prosecution Counsel Edwin Mutua Kioko, Koros told the court that the county's payment reached the company's account on March 11, 2025.",
                "Beatrice Jepkemoi Koros",
                "told the court",
                "W",
            ),
            (
                "She said Sh38.4 million was then withdrawn over the counter in 17 transactions between March 12 and March 17, each of them below Sh2.5 million.",
                "Beatrice Jepkemoi Koros",
                "said",
                "W",
            ),
            (
                "She said Odera signed 11 of the withdrawal slips and Kimani the other six.",
                "Beatrice Jepkemoi Koros",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Did any of these withdrawals trouble you?” Kioko asked.",
                "Edwin Mutua Kioko",
                "asked",
                "",
            ),
        ],
        [
            ("“They did,” Koros replied.", "Beatrice Jepkemoi Koros", "replied", ""),
            (
                "“I wrote to our head office on March 13 and again on March 15.",
                "Beatrice Jepkemoi Koros",
                "replied",
                "W",
            ),
            (
                "Both times I was told the account holders were known customers and I should let the transactions go through.”",
                "Beatrice Jepkemoi Koros",
                "replied",
                "W",
            ),
        ],
        [
            (
                "She said the bank filed a suspicious transaction report with the Financial Reporting Centre on March 20, three days after the last withdrawal.",
                "Beatrice Jepkemoi Koros",
                "said",
                "W",
            ),
        ],
        [
            (
                "Under cross-examination by Senior Counsel Cliff Omondi Ogutu, for Odera, Koros agreed that large cash withdrawals were not unusual for a supplier that paid casual workers in cash.",
                "Beatrice Jepkemoi Koros",
                "agreed",
                "",
            ),
            (
                "Ogutu put it to her that his client had withdrawn the money to pay 14 subcontractors who were building the ambulance bodies in Nairobi's Industrial Area.",
                "Cliff Omondi Ogutu",
                "put it to",
                "",
            ),
            (
                "“I cannot say what he did with it after it left the bank,” Koros said.",
                "Beatrice Jepkemoi Koros",
                "said",
                "",
            ),
        ],
        [
            ("The exchange went on:", "", "", ""),
        ],
        [
            ("Ogutu: You never met my client?", "Cliff Omondi Ogutu", "Ogutu:", ""),
        ],
        [
            ("Koros: No, never.", "Beatrice Jepkemoi Koros", "Koros:", ""),
            (
                "I saw him at the counter twice, through the glass.",
                "Beatrice Jepkemoi Koros",
                "Koros:",
                "W",
            ),
        ],
        [
            (
                "Ogutu: So you cannot tell this court whether he was nervous, or happy, or in a hurry?",
                "Cliff Omondi Ogutu",
                "Ogutu:",
                "",
            ),
        ],
        [
            (
                "Koros: I can tell the court he asked for the money in Sh1,000 notes.",
                "Beatrice Jepkemoi Koros",
                "Koros:",
                "W",
            ),
        ],
        [
            (
                "Rotich and Gathoni are out on cash bail of Sh2 million each, and the two directors on Sh3 million each.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Senior Principal Magistrate Victor Kipngeno Lagat adjourned the hearing to December 2, when a forensic investigator from the Ethics and Anti-Corruption Commission is due to testify.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("EACC moves to seize Nakuru homes of former health officials", "", "", "B"),
        ],
        [
            (
                "Court lifts travel ban on ex-county chief officer to allow treatment abroad",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Have a story? WhatsApp our newsroom or email tips@jacarandapost.co.ke", "", "", "B"),
        ],
        [
            ("© 2027 Jacaranda Post Media Group.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE DECCAN LEDGER", "", "", "B"),
        ],
        [
            (
                "Bengaluru | Karnataka | India | World | Business | Sport | Opinion | e-Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Bengaluru › Civic", "", "", "B"),
        ],
        [
            (
                "Tanker water costs 60% more than two years ago, Mahadevapura residents tell town hall",
                "Mahadevapura residents",
                "tell town hall",
                "W",
            ),
        ],
        [
            (
                "A Ledger town hall in Whitefield heard from residents, tanker owners, the water board and a hydrogeologist",
                "",
                "",
                "",
            ),
        ],
        [
            ("Sowmya Raghunathan", "", "", "B"),
        ],
        [
            ("BENGALURU, March 21, 2027 00:04 IST", "", "", "B"),
        ],
        [
            ("Share  ·  Comments (38)", "", "", "B"),
        ],
        [
            (
                "A 6,000-litre tanker of water that cost ₹750 in March 2025 now costs ₹1,200 in most of Mahadevapura, and ₹1,500 in the gated layouts off Varthur Road, residents said at a town hall organised by The Deccan Ledger in Whitefield on Saturday.",
                "residents",
                "said",
                "W",
            ),
        ],
        [
            (
                "More than 400 people packed into the community hall for the meeting, which ran for two and a half hours and heard from a panel of four and from 23 speakers in the audience.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "H. S. Prabhakar Gowda, chief engineer (East) of the Bangalore Water Supply and Sewerage Board (BWSSB), said the board would begin supplying Cauvery water to 38 more wards in Mahadevapura and K.R. Puram in April, once the last 9.2 km of a trunk main from Gollahalli is laid.",
                "H. S. Prabhakar Gowda",
                "said",
                "W",
            ),
            (
                "He said the board had 110 million litres a day of unallocated water from the fifth stage of the Cauvery project set aside for the eastern wards.",
                "H. S. Prabhakar Gowda",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The water is there, the pipe is almost there,” he said.",
                "H. S. Prabhakar Gowda",
                "said",
                "",
            ),
            ("“I am asking for one more summer of patience.”", "H. S. Prabhakar Gowda", "said", ""),
        ],
        [
            (
                "“We have heard ‘by April’ three times now,” said a resident of Ramagondanahalli who gave her name only as Meena, to applause.",
                "Meena",
                "said",
                "",
            ),
        ],
        [
            (
                "Hydrogeologist Dr. Nandita Hebbar said the water table under Whitefield had fallen from about 90 metres below ground in 2015 to more than 300 metres in parts of the area last year, based on readings from 212 monitoring borewells.",
                "Nandita Hebbar",
                "said",
                "W",
            ),
            (
                "“Every tanker you buy is water someone pumped from under a lake that is also drying,” she said.",
                "Nandita Hebbar",
                "said",
                "",
            ),
            (
                "She said only nine of the 33 lakes in the zone had held water through last May.",
                "Nandita Hebbar",
                "said",
                "W",
            ),
        ],
        [
            (
                "Anjanappa, secretary of the Mahadevapura Water Tanker Owners' Association, said prices had risen because the district administration had sealed 143 private borewells used by tankers since 2025, forcing owners to fill up at Hoskote.",
                "Anjanappa",
                "said",
                "W",
            ),
            (
                "“From here to Hoskote and back is 46 kilometres of diesel on every trip,” he said.",
                "Anjanappa",
                "said",
                "W",
            ),
            ("“We are not a mafia; we are men with lorries and loans.”", "Anjanappa", "said", ""),
        ],
        [
            (
                "Col. (retd) Suresh Chandrashekar, president of the East Bengaluru Residents' Welfare Federation, said 71 of the federation's 118 member apartment complexes had bought tanker water every day in February.",
                "Suresh Chandrashekar",
                "said",
                "W",
            ),
            (
                "He asked the board to publish a ward-by-ward timetable for the new supply, and to fine builders who had sold flats on the promise of Cauvery water.",
                "Suresh Chandrashekar",
                "asked",
                "",
            ),
        ],
        [
            (
                "Farzana Begum, who runs a paying-guest hostel for 42 women in Kundalahalli, said she had spent ₹54,000 on water in February, more than her electricity and staff bills put together.",
                "Farzana Begum",
                "said",
                "",
            ),
        ],
        [
            (
                "A retired schoolteacher, Joseph D'Souza, 71, asked why apartments that had paid ₹1.8 lakh each as a “beneficiary capital contribution” in 2019 were still waiting for a connection.",
                "Joseph D'Souza",
                "asked",
                "",
            ),
            (
                "Gowda replied that 2,340 of the 3,100 complexes in the zone that had paid the contribution had been connected, and that the rest would be connected “in the order they paid.”",
                "H. S. Prabhakar Gowda",
                "replied",
                "W",
            ),
        ],
        [
            (
                "A software engineer who gave his name only as Arjun said his apartment association had started treating its sewage for flushing, and asked why the board could not help smaller buildings do the same.",
                "Arjun",
                "said",
                "",
            ),
        ],
        [
            (
                "The board said after the meeting that it would hold ward-level meetings in all 38 wards between April 2 and April 20.",
                "The board",
                "said",
                "W",
            ),
        ],
        [
            ("What can residents do now?", "", "", ""),
        ],
        [
            (
                "Hebbar said apartment associations should meter every flat and recharge rainwater into their own borewells before the monsoon.",
                "Nandita Hebbar",
                "said",
                "",
            ),
            ("“Measure it first,” she said.", "Nandita Hebbar", "said", ""),
            ("“You cannot save what you do not measure.”", "Nandita Hebbar", "said", ""),
        ],
        [
            ("Published - March 21, 2027 12:04 am IST", "", "", "B"),
        ],
        [
            ("Topics: Bengaluru / water / civic issues", "", "", "B"),
        ],
        [
            ("COMMENTS (38)", "", "", "B"),
        ],
        [
            ("Comments have to be in English and in full sentences.", "", "", "B"),
            ("They cannot be abusive or personal.", "", "", "B"),
        ],
        [
            ("Copyright© 2027, The Deccan Ledger Pvt. Ltd.", "", "", "B"),
        ],
    ],
    [
        [
            ("VITI HERALD", "", "", "B"),
        ],
        [
            (
                "Home | Nation | Business | Sport | Pacific | World | Vox Pop | Classifieds",
                "",
                "",
                "B",
            ),
        ],
        [
            ("VOX POP", "", "", "B"),
        ],
        [
            ("Water cuts: what Nasinu told us", "", "", ""),
        ],
        [
            (
                "We asked people in Nasinu and Valelevu how they are coping with three days a week of dry taps",
                "",
                "",
                "",
            ),
        ],
        [
            ("By Akanisi Vuniwaqa-Ledua", "", "", "B"),
        ],
        [
            ("Saturday, February 20, 2027 5:00 am", "", "", "B"),
        ],
        [
            ("Share  ·  WhatsApp  ·  Facebook", "", "", "B"),
        ],
        [
            (
                "Since February 3, the Water Authority of Fiji has cut supply to about 41,000 households in Nasinu for 14 hours a day on Mondays, Wednesdays and Fridays, to save water at the Waila treatment plant.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The authority said on Tuesday that the intake at Waila was drawing 38 million litres a day, against 72 million in a normal February, after the driest January in Suva since 1983.",
                "The authority",
                "said",
                "W",
            ),
            (
                "It said the schedule would stay in place until at least March 31.",
                "the Water Authority of Fiji",
                "said",
                "W",
            ),
            ("This is what people told us.", "", "", ""),
        ],
        [
            ("Mereoni Naivalu, 46, market vendor, Valelevu", "", "", ""),
        ],
        [
            (
                "“I get up at 3am on the cut days to fill every bucket and pot we have, then I go to the market,” says Mereoni Naivalu.",
                "Mereoni Naivalu",
                "says",
                "",
            ),
            (
                "“By the afternoon the drum is empty and the children are washing with bottles.",
                "Mereoni Naivalu",
                "says",
                "",
            ),
            (
                "We pay the bill every month, so why are we the ones with no water?”",
                "Mereoni Naivalu",
                "says",
                "",
            ),
        ],
        [
            ("Ratu Sevanaia Koroitamana, 68, retired soldier, Nadera", "", "", ""),
        ],
        [
            (
                "Ratu Sevanaia Koroitamana says the cuts are “a small price” to pay in a drought nobody could control.",
                "Sevanaia Koroitamana",
                "says",
                "",
            ),
            (
                "“In 1998 we had no tap water at Nadera for five weeks, and we survived,” he says.",
                "Sevanaia Koroitamana",
                "says",
                "",
            ),
            (
                "“The young ones complain because they have never seen a real drought.”",
                "Sevanaia Koroitamana",
                "says",
                "",
            ),
        ],
        [
            ("Priya Lata Chand, 33, nurse, Nasinu", "", "", ""),
        ],
        [
            (
                "Priya Lata Chand says the private clinic where she works has had to send patients elsewhere for wound dressings on cut days.",
                "Priya Lata Chand",
                "says",
                "",
            ),
            (
                "“We cannot clean a wound without running water, so on Mondays we send them to the health centre,” she says.",
                "Priya Lata Chand",
                "says",
                "",
            ),
        ],
        [
            ("Imraz Ali Buksh, 51, restaurant owner, Laqere", "", "", ""),
        ],
        [
            (
                "Imraz Ali Buksh has spent $1,850 on a 5,000-litre tank and a pump for his restaurant since the cuts began.",
                "",
                "",
                "",
            ),
            (
                "“If I close three days a week, I lose my staff,” he says.",
                "Imraz Ali Buksh",
                "says",
                "",
            ),
            ("“The tank was not a choice.”", "Imraz Ali Buksh", "says", ""),
        ],
        [
            ("Adi Losana Tuimavana, 27, student, Laucala Bay", "", "", ""),
        ],
        [
            (
                "Adi Losana Tuimavana says students from the Nasinu hostels have started showering at the university gym.",
                "Losana Tuimavana",
                "says",
                "",
            ),
            (
                "“There's a queue of 40 people at 7am,” she says, laughing.",
                "Losana Tuimavana",
                "says",
                "",
            ),
            ("“It's actually become the place to meet people.”", "Losana Tuimavana", "says", ""),
        ],
        [
            ("Kelvin Yee Lum, 59, hardware store owner, Valelevu", "", "", ""),
        ],
        [
            (
                "Kelvin Yee Lum says he has sold 212 water drums and 48 tanks since February 3, against about 20 drums in a normal month.",
                "Kelvin Yee Lum",
                "says",
                "W",
            ),
            ("“I am not happy to make money from this,” he says.", "Kelvin Yee Lum", "says", ""),
            (
                "“Every customer is tired and angry, and some of them are my neighbours.”",
                "Kelvin Yee Lum",
                "says",
                "",
            ),
        ],
        [
            ("What the authority says", "", "", ""),
        ],
        [
            (
                "The authority's chief operating officer, Tevita Nacola Baleilevuka, said 19 water carts were delivering to households on cut days, on a schedule posted on the authority's Facebook page each evening.",
                "Tevita Nacola Baleilevuka",
                "said",
                "W",
            ),
            (
                "He said the cuts would be eased “as soon as the river allows.”",
                "Tevita Nacola Baleilevuka",
                "said",
                "",
            ),
        ],
        [
            ("Have your say: email voxpop@vitiherald.com.fj", "", "", "B"),
        ],
        [
            ("MORE FROM NATION", "", "", "B"),
        ],
        [
            ("Waila plant upgrade ‘two years behind’, report finds", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Viti Herald Ltd.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE INDABA WEEKLY", "", "", "B"),
        ],
        [
            ("Home  News  Business  Sport  Lifestyle  Opinion  Obituaries", "", "", "B"),
        ],
        [
            ("Lifestyle › People", "", "", "B"),
        ],
        [
            ("The last steam man of Bulawayo", "", "", ""),
        ],
        [
            (
                "At 74, Nkosilathi Mahlangu is getting a 1952 Garratt ready for one more run, and he wants to hand the job on before he goes",
                "",
                "",
                "",
            ),
        ],
        [
            ("By Thandiwe Nyathi-Mpofu", "", "", "B"),
        ],
        [
            ("Sunday, 5 September 2027", "", "", "B"),
        ],
        [
            ("Share: WhatsApp | Facebook | X", "", "", "B"),
        ],
        [
            (
                "Nkosilathi Mahlangu in the cab of Garratt No. 417 at the Bulawayo Railway Museum.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Picture: Busisiwe Khumalo-Sibanda", "", "", "B"),
        ],
        [
            (
                "The first thing Nkosilathi Mahlangu does every morning, he says, is lay his hand flat on the boiler.",
                "Nkosilathi Mahlangu",
                "says",
                "",
            ),
        ],
        [
            ("“It is cold, of course,” he says.", "Nkosilathi Mahlangu", "says", ""),
            ("“It has been cold since 1998.", "Nkosilathi Mahlangu", "says", "W"),
            (
                "But one day it will be warm again, and I want to be here when it is.”",
                "Nkosilathi Mahlangu",
                "says",
                "",
            ),
        ],
        [
            (
                "Mahlangu, 74, drove steam locomotives for National Railways of Zimbabwe for 22 years, until the last Garratts on the Bulawayo–Victoria Falls line were withdrawn, he says, in October 1998.",
                "Nkosilathi Mahlangu",
                "says",
                "W",
            ),
            (
                "He says he was born in 1953 in Makokoba, the son of a shunter, and joined the railways as a cleaner at 17, for $22 a month.",
                "Nkosilathi Mahlangu",
                "says",
                "W",
            ),
        ],
        [
            (
                "Since 2023 he has led a team of nine volunteers restoring No. 417, a 15th class Garratt built in Manchester in 1952, in a shed behind the museum.",
                "",
                "",
                "W",
            ),
            (
                "The boiler alone needed 318 new stays and 41 tubes, he says, and the team has so far spent US$46,200, most of it raised from railway enthusiasts in South Africa and Britain.",
                "Nkosilathi Mahlangu",
                "says",
                "W",
            ),
        ],
        [
            (
                "Museum curator Lindiwe Sithole-Dube says the engine could be steamed in the museum yard by the middle of 2028, if a boiler inspector signs it off.",
                "Lindiwe Sithole-Dube",
                "says",
                "",
            ),
            (
                "“Without Baba Mahlangu there is no No. 417,” she says.",
                "Lindiwe Sithole-Dube",
                "says",
                "",
            ),
            (
                "“He is the only man left in this city who has fired one of these engines on the main line.”",
                "Lindiwe Sithole-Dube",
                "says",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for National Railways of Zimbabwe, Tinashe Chikwanha, says the company has lent the museum the shed and a 20-tonne crane but cannot pay for the restoration.",
                "Tinashe Chikwanha",
                "says",
                "W",
            ),
        ],
        [
            (
                "His granddaughter, Nomathemba Mahlangu, 19, who studies mechanical engineering at the National University of Science and Technology, has spent her holidays in the shed since 2025.",
                "",
                "",
                "",
            ),
            (
                "“He shouts at me if I hold a spanner wrong,” she says.",
                "Nomathemba Mahlangu",
                "says",
                "",
            ),
            (
                "“Then he makes tea and tells me about the night the brakes failed above Dete.”",
                "Nomathemba Mahlangu",
                "says",
                "",
            ),
        ],
        [
            (
                "That night, in 1984, he says, a 1,200-tonne coal train ran away down the bank above Dete for nine kilometres before he and his fireman stopped it with the hand brakes.",
                "Nkosilathi Mahlangu",
                "says",
                "",
            ),
            (
                "“My fireman was praying in Tonga and I was praying in Ndebele,” he says.",
                "Nkosilathi Mahlangu",
                "says",
                "",
            ),
            ("“God understood both.”", "Nkosilathi Mahlangu", "says", ""),
        ],
        [
            (
                "He says he wants to train two young fitters before his eyes go.",
                "Nkosilathi Mahlangu",
                "says",
                "",
            ),
            ("“Steam is not in a book,” he says.", "Nkosilathi Mahlangu", "says", ""),
            (
                "“You learn it with your hands and your ears, and I have only a few years of ears left.”",
                "Nkosilathi Mahlangu",
                "says",
                "",
            ),
        ],
        [
            (
                "At four o'clock he washes his hands in a paraffin tin, pats the boiler once more and walks to the bus stop on Fort Street.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Thandiwe Nyathi-Mpofu is the Indaba Weekly's features editor.", "", "", "B"),
        ],
        [
            ("MORE IN PEOPLE", "", "", "B"),
        ],
        [
            ("The Gwanda beekeeper who outsold the supermarket", "", "", "B"),
        ],
        [
            ("© 2027 Indaba Weekly (Pvt) Ltd.", "", "", "B"),
        ],
    ],
    [
        [
            ("MARGALLA BUSINESS POST", "", "", "B"),
        ],
        [
            ("Markets | Corporate | Energy | Agriculture | Banking | Press Releases", "", "", "B"),
        ],
        [
            ("Press Releases", "", "", "B"),
        ],
        [
            (
                "Sarsabz Agri-Tech opens 12 solar-powered cold stores in southern Punjab",
                "",
                "",
                "W",
            ),
        ],
        [
            ("PRESS RELEASE", "", "", "B"),
        ],
        [
            ("Published: 3 March 2027, 11:20 am", "", "", "B"),
        ],
        [
            ("This is a paid press release.", "", "", "B"),
            (
                "Its content has not been verified by Margalla Business Post, which is not responsible for its accuracy.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "MULTAN, March 3, 2027 — Sarsabz Agri-Tech (Pvt.) Limited, a Lahore-based cold-chain company, today opened 12 solar-powered cold stores in the Multan, Bahawalpur and Dera Ghazi Khan divisions, with a combined capacity of 9,600 tonnes.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The stores will let growers of mangoes, potatoes and kinnow keep their produce for up to 10 weeks instead of selling it on the day it is picked.",
                "",
                "",
                "W",
            ),
            (
                "The network cost Rs. 2.86 billion, of which Rs. 1.4 billion was lent by Five Rivers Bank Limited.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Growers in southern Punjab lose up to a third of their mangoes between the orchard and the market,” said Syed Hammad Raza Bukhari, Chief Executive Officer of Sarsabz Agri-Tech.",
                "Syed Hammad Raza Bukhari",
                "said",
                "W",
            ),
            (
                "“With these stores, a grower in Muzaffargarh can wait for the right price instead of taking whatever he is offered at the farm gate.”",
                "Syed Hammad Raza Bukhari",
                "said",
                "",
            ),
        ],
        [
            (
                "Growers will pay Rs. 9 per kilogram per month for storage, and the first 1,000 smallholders to register will get their first month free.",
                "",
                "",
                "W",
            ),
            (
                "Each store has a 210-kilowatt solar array with 14 hours of battery backup and does not depend on the grid, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mehreen Anjum Chaudhry, Head of Agriculture Finance at Five Rivers Bank Limited, said: “This is exactly the kind of project Pakistan's farm economy needs, and we are proud to stand behind it.”",
                "Mehreen Anjum Chaudhry",
                "said",
                "",
            ),
        ],
        [
            (
                "The stores were opened at a ceremony in Multan attended by growers, bankers and officials of the Punjab Agriculture Department.",
                "",
                "",
                "W",
            ),
            (
                "Sarsabz plans to open 30 more stores in Sindh and Khyber Pakhtunkhwa by 2029.",
                "",
                "",
                "",
            ),
        ],
        [
            ("About Sarsabz Agri-Tech", "", "", "B"),
        ],
        [
            (
                "Sarsabz Agri-Tech (Pvt.) Limited, founded in 2019, builds and runs cold-chain facilities for Pakistan's fruit and vegetable growers.",
                "",
                "",
                "B",
            ),
            ("It is headquartered in Lahore and employs 340 people.", "", "", "B"),
        ],
        [
            ("Forward-looking statements", "", "", "B"),
        ],
        [
            (
                "This release contains forward-looking statements that involve risks and uncertainties; actual results may differ materially.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Media contact:", "", "", "B"),
        ],
        [
            ("Sana Iftikhar Malik", "", "", "B"),
        ],
        [
            ("Head of Communications, Sarsabz Agri-Tech", "", "", "B"),
        ],
        [
            ("media@sarsabz.com.pk", "", "", "B"),
        ],
        [
            ("###", "", "", "B"),
        ],
        [
            ("Related press releases", "", "", "B"),
        ],
        [
            ("Five Rivers Bank names new head of SME lending", "", "", "B"),
        ],
        [
            ("© 2027 Margalla Business Post.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("TRUTHLINE GUYANA", "", "", "B"),
        ],
        [
            ("Fact checks | Explainers | Ratings explained | About us | Donate", "", "", "B"),
        ],
        [
            ("FACT CHECK", "", "", "B"),
        ],
        [
            ("Has Guyana's murder toll halved since 2020?", "", "", ""),
        ],
        [
            (
                "Police figures show a fall of about a fifth over the full years, not a half",
                "Police figures",
                "show",
                "W",
            ),
        ],
        [
            ("By Shamika Beharry-Cornelius", "", "", "B"),
        ],
        [
            ("18 June 2027", "", "", "B"),
        ],
        [
            ("Share  ·  Post  ·  WhatsApp", "", "", "B"),
        ],
        [
            (
                "Claim: “Murders in Guyana have been cut in half since 2020.”",
                "Dwayne Persaud-Fredericks",
                "Claim:",
                "W",
            ),
        ],
        [
            (
                "Made by: Dwayne Persaud-Fredericks, government MP, in the National Assembly on June 9, 2027",
                "",
                "",
                "",
            ),
        ],
        [
            ("Our rating: Misleading", "", "", ""),
        ],
        [
            ("Why we checked", "", "", ""),
        ],
        [
            (
                "During the debate on the Criminal Justice (Amendment) Bill on June 9, Persaud-Fredericks told the National Assembly that “murders in Guyana have been cut in half since 2020.”",
                "Dwayne Persaud-Fredericks",
                "told the National Assembly",
                "W",
            ),
            (
                "A clip of the line was shared more than 3,000 times on Facebook in the week after the speech, and several readers asked us whether it was true.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("What the figures show", "", "", ""),
        ],
        [
            (
                "Guyana Police Force figures show 147 murders in 2020 and 115 in 2026, a fall of 21.8%.",
                "Guyana Police Force figures",
                "show",
                "W",
            ),
            (
                "The figures are in the force's annual crime statistics report for 2026, released in March.",
                "",
                "",
                "W",
            ),
            (
                "The lowest year in the period was 2024, with 96 murders, 34.7% below 2020.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Asked for his source, Persaud-Fredericks told Truthline he was comparing the first quarter of 2027 with the first quarter of 2020.",
                "Dwayne Persaud-Fredericks",
                "told Truthline",
                "W",
            ),
            (
                "In those two quarters police recorded 44 and 21 murders, a fall of 52.3%.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The context", "", "", ""),
        ],
        [
            (
                "Criminologist Dr. Melissa Gonsalves-Haynes, of the University of Guyana, said single quarters were too small to show a trend, because one mass killing or a quiet month could swing the figure by a third.",
                "Melissa Gonsalves-Haynes",
                "said",
                "",
            ),
            (
                "She also pointed out that since January 2025 the police have recorded deaths in police custody and killings by police officers in a separate category, and that 11 such deaths in 2026 would have been counted as murders under the old rules.",
                "Melissa Gonsalves-Haynes",
                "pointed out",
                "W",
            ),
            (
                "On the old basis, 2026 would have had 126 murders, 14.3% fewer than in 2020.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Home Affairs did not respond to a request for comment.",
                "The Ministry of Home Affairs",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            ("Our ruling", "", "", ""),
        ],
        [
            (
                "Murders have fallen since 2020, but by about a fifth over the full years, not by half.",
                "",
                "",
                "W",
            ),
            (
                "The claim rests on a comparison of two single quarters and leaves out a change in how police count killings, so we rate it Misleading.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Sources", "", "", "B"),
        ],
        [
            ("Guyana Police Force, Annual Crime Statistics Report 2026, March 2027.", "", "", "B"),
        ],
        [
            ("National Assembly of Guyana, Hansard, sitting No. 84, 9 June 2027.", "", "", "B"),
        ],
        [
            ("Interview with Dwayne Persaud-Fredericks, 12 June 2027.", "", "", "B"),
        ],
        [
            ("Interview with Dr. Melissa Gonsalves-Haynes, 13 June 2027.", "", "", "B"),
        ],
        [
            (
                "Ratings explained: True · Mostly true · Misleading · Mostly false · False",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Spotted a claim we should check? Send it to us on WhatsApp.", "", "", "B"),
        ],
        [
            (
                "Truthline Guyana is funded by its readers and by a grant from the Essequibo Civic Trust.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Truthline Guyana Inc.", "", "", "B"),
        ],
    ],
    [
        [
            ("NYASA WIRE SERVICE", "", "", "B"),
        ],
        [
            ("World | Africa | Business | Markets | Agriculture | Sport", "", "", "B"),
        ],
        [
            ("Africa", "", "", "B"),
        ],
        [
            ("UPDATE 2-Malawi maize price hits record as ADMARC depots run dry", "", "", "W"),
        ],
        [
            ("By Tadala Mkandawire-Nkhata and Owen Chisale", "", "", "B"),
        ],
        [
            ("May 19, 2027  4:37 PM GMT+2  Updated 2 hours ago", "", "", "B"),
        ],
        [
            (
                "(Adds comment from farmers' union in paragraph 8, updates kwacha rate in paragraph 5)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "LILONGWE, May 19 (NWS) - The retail price of maize in Malawi's main markets hit a record 1,450 kwacha ($0.83) a kilogram this week, government data showed on Wednesday.",
                "government data",
                "showed",
                "W",
            ),
        ],
        [
            (
                "The state grain marketer, the Agricultural Development and Marketing Corporation (ADMARC), said 118 of its 164 selling points had no maize left.",
                "the Agricultural Development and Marketing Corporation",
                "said",
                "W",
            ),
        ],
        [
            (
                "The price is up 61% from a year earlier and nearly four times the 380 kwacha ADMARC charges at its depots, where sales are limited to 25 kg per household, according to the Ministry of Agriculture's weekly market bulletin.",
                "the Ministry of Agriculture's weekly market bulletin",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Dry spells in February and March cut this year's maize harvest to an estimated 2.9 million tonnes, from 3.6 million tonnes in 2026, the ministry said in its second-round crop estimates in April.",
                "the ministry",
                "said in its second-round crop estimates",
                "W",
            ),
        ],
        [
            (
                "The kwacha traded at 1,748 per dollar on the official market on Wednesday, against about 2,900 on the parallel market, traders said.",
                "traders",
                "said",
                "W",
            ),
        ],
        [
            (
                "Agriculture ministry spokesperson Grace Kalumba-Nyirenda said the government had bought 60,000 tonnes of white maize from Zambia and Tanzania and would release it to ADMARC depots from May 26.",
                "Grace Kalumba-Nyirenda",
                "said",
                "W",
            ),
            (
                "“We will serve the depots in the Southern Region first,” she told NWS by phone.",
                "Grace Kalumba-Nyirenda",
                "told NWS by phone",
                "",
            ),
            (
                "“That is where the shortages are worst.”",
                "Grace Kalumba-Nyirenda",
                "told NWS by phone",
                "W",
            ),
        ],
        [
            (
                "The Malawi Vulnerability Assessment Committee estimated in March that 4.2 million people, about a fifth of the population, would need food aid before the next harvest.",
                "The Malawi Vulnerability Assessment Committee",
                "estimated",
                "",
            ),
        ],
        [
            (
                "Yohane Mhango-Kumwenda, president of the Smallholder Farmers' Alliance of Malawi, said many of its 210,000 members had sold their maize in April for 600 to 700 kwacha a kilogram to pay school fees and debts, and were now buying it back at twice the price.",
                "Yohane Mhango-Kumwenda",
                "said",
                "W",
            ),
            (
                "“The farmer sells cheap and buys dear every single year,” he said.",
                "Yohane Mhango-Kumwenda",
                "said",
                "",
            ),
            ("“This year is only worse.”", "Yohane Mhango-Kumwenda", "said", ""),
        ],
        [
            (
                "At Lilongwe's Tsoka market, trader Mphatso Gondwe-Chirwa said she paid 1,300 kwacha a kilogram for maize brought from Mchinji this week, against 820 kwacha in January.",
                "Mphatso Gondwe-Chirwa",
                "said",
                "W",
            ),
            (
                "“People buy one kilo, two kilos, never a bag,” she said.",
                "Mphatso Gondwe-Chirwa",
                "said",
                "",
            ),
        ],
        [
            (
                "Economist Lusungu Kaunda-Msiska, of the Kachere Policy Institute in Blantyre, said food makes up 53% of the weights in Malawi's consumer price index.",
                "Lusungu Kaunda-Msiska",
                "said",
                "W",
            ),
            (
                "She said the maize price alone could push annual inflation above 35% when the May figures are published in June.",
                "Lusungu Kaunda-Msiska",
                "said",
                "",
            ),
            (
                "Annual inflation was 31.4% in April, National Statistical Office data show.",
                "National Statistical Office data",
                "show",
                "W",
            ),
        ],
        [
            (
                "Malawi, a landlocked country of about 21 million people, relies on rain-fed maize for most of its calories.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("($1 = 1,748.00 kwacha)", "", "", "B"),
        ],
        [
            (
                "(Reporting by Tadala Mkandawire-Nkhata in Lilongwe and Owen Chisale in Blantyre; Writing by Gertrude Nankhumwa; Editing by Peter Langdon-Oyelaran)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Our Standards: The Nyasa Wire Editorial Code", "", "", "B"),
        ],
        [
            ("Related: Malawi raises ADMARC maize price for first time since 2024", "", "", "B"),
        ],
        [
            ("© 2027 Nyasa Wire Service.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n163-ie-dac-registered",
        "© 2027 Burren Lantern Media DAC. Registered in Ireland, No. 611204.",
        ["© 2027 Burren Lantern Media DAC.", "Registered in Ireland, No. 611204."],
    ),
    (
        "n163-ie-prefix-question-answer",
        "Herald: Who owns the turbines? Ó Dubhghaill: The members do, every one of them.",
        ["Herald: Who owns the turbines?", "Ó Dubhghaill: The members do, every one of them."],
    ),
    (
        "n163-ie-kv-euro",
        "The spare line near Tulla runs at 38kV. A connection there would cost €1.2 million at today's prices.",
        [
            "The spare line near Tulla runs at 38kV.",
            "A connection there would cost €1.2 million at today's prices.",
        ],
    ),
    (
        "n163-au-pm-ends",
        "The southerly reached Heyfield at 9.40pm. Crews pulled back to the highway.",
        ["The southerly reached Heyfield at 9.40pm.", "Crews pulled back to the highway."],
    ),
    (
        "n163-au-celsius",
        "Sale reached 44.2C at 2pm. That beat the old record, set in 1939, by half a degree.",
        ["Sale reached 44.2C at 2pm.", "That beat the old record, set in 1939, by half a degree."],
    ),
    (
        "n163-au-reader-writes",
        "Mel, in Stratford, writes: “The sky went orange at lunchtime. We've packed the dog and the photo albums.”",
        [
            "Mel, in Stratford, writes: “The sky went orange at lunchtime.",
            "We've packed the dog and the photo albums.”",
        ],
    ),
    (
        "n163-au-pty-ltd-abn",
        "© 2027 Latrobe Hill Courier Pty Ltd. ABN 41 220 907 113.",
        ["© 2027 Latrobe Hill Courier Pty Ltd.", "ABN 41 220 907 113."],
    ),
    (
        "n163-ph-asec-ends",
        "Thank you, Asec. The storm crossed Samar overnight.",
        ["Thank you, Asec.", "The storm crossed Samar overnight."],
    ),
    (
        "n163-ph-ma-label",
        "USEC. MA. LOURDES TABAFUNDA-REYES: Good afternoon. We have 212 evacuation centres open in Albay.",
        [
            "USEC. MA. LOURDES TABAFUNDA-REYES: Good afternoon.",
            "We have 212 evacuation centres open in Albay.",
        ],
    ),
    (
        "n163-ph-signal-sta",
        "Signal No. 3 is up over Sta. Magdalena and Bulan. Classes are suspended in both towns.",
        [
            "Signal No. 3 is up over Sta. Magdalena and Bulan.",
            "Classes are suspended in both towns.",
        ],
    ),
    (
        "n163-ph-jr-bracket",
        "Speaking for the DPWH was Engr. Rodolfo Macaraeg Jr. (Region VIII). He said 14 bridges were impassable.",
        [
            "Speaking for the DPWH was Engr. Rodolfo Macaraeg Jr. (Region VIII).",
            "He said 14 bridges were impassable.",
        ],
    ),
    (
        "n163-ca-sept-oct",
        "The ferry was announced on Sept. 2 and starts on Oct. 4. It will carry 140 passengers a trip.",
        [
            "The ferry was announced on Sept. 2 and starts on Oct. 4.",
            "It will carry 140 passengers a trip.",
        ],
    ),
    (
        "n163-ca-laughs-bracket",
        "LEBLANC-ORR: [LAUGHS] I get asked that a lot. The short answer is no.",
        ["LEBLANC-ORR: [LAUGHS] I get asked that a lot.", "The short answer is no."],
    ),
    (
        "n163-ca-dr-thanks",
        "HOST: Dr. Émilie Gaudet-Rowe, thank you. GAUDET-ROWE: Thanks, Aurèle.",
        ["HOST: Dr. Émilie Gaudet-Rowe, thank you.", "GAUDET-ROWE: Thanks, Aurèle."],
    ),
    (
        "n163-gh-cedi-rates",
        "Saloon cars will pay GH¢5 and trucks GH¢60. Motorbikes go free.",
        ["Saloon cars will pay GH¢5 and trucks GH¢60.", "Motorbikes go free."],
    ),
    (
        "n163-gh-pm-ends",
        "The division was called at 7.48 p.m. The Minority had come back in by then.",
        ["The division was called at 7.48 p.m.", "The Minority had come back in by then."],
    ),
    (
        "n163-gh-alhaji-mid",
        "Alhaji Mumuni Abdul-Rahaman said drivers would strike. He gave no date.",
        ["Alhaji Mumuni Abdul-Rahaman said drivers would strike.", "He gave no date."],
    ),
    (
        "n163-gh-ltd-rights",
        "© 2027 Ashanti Crest Communications Ltd. All Rights Reserved.",
        ["© 2027 Ashanti Crest Communications Ltd.", "All Rights Reserved."],
    ),
    (
        "n163-ke-ltd-comma",
        "The directors of Ngong Ridge Logistics Ltd., Peter Wekesa Barasa and Ann Jerotich Too, denied the charges. They were released on bond.",
        [
            "The directors of Ngong Ridge Logistics Ltd., Peter Wekesa Barasa and Ann Jerotich Too, denied the charges.",
            "They were released on bond.",
        ],
    ),
    (
        "n163-ke-exchange-labels",
        "Ogola: Did you count the money yourself? Chepkoech: No. The teller did.",
        ["Ogola: Did you count the money yourself?", "Chepkoech: No.", "The teller did."],
    ),
    (
        "n163-in-kr-puram",
        "The trunk main reaches K.R. Puram in April. Whitefield follows in June.",
        ["The trunk main reaches K.R. Puram in April.", "Whitefield follows in June."],
    ),
    (
        "n163-in-col-initials",
        "Col. (retd) V. K. Ramaswamy and H. N. Lakshmidevi spoke for the residents. Both live in Hoodi.",
        [
            "Col. (retd) V. K. Ramaswamy and H. N. Lakshmidevi spoke for the residents.",
            "Both live in Hoodi.",
        ],
    ),
    (
        "n163-in-pvt-ltd",
        "Copyright© 2027, The Mysore Lamp Pvt. Ltd. All rights reserved.",
        ["Copyright© 2027, The Mysore Lamp Pvt. Ltd.", "All rights reserved."],
    ),
    (
        "n163-fj-question-says",
        "“We pay every month, so why are we dry?” says Salote Vakaloloma. “Nobody answers.”",
        ["“We pay every month, so why are we dry?” says Salote Vakaloloma.", "“Nobody answers.”"],
    ),
    (
        "n163-fj-am-no-periods",
        "She fills the drums at 3am on cut days. By 7am the queue at the standpipe is 40 long.",
        [
            "She fills the drums at 3am on cut days.",
            "By 7am the queue at the standpipe is 40 long.",
        ],
    ),
    (
        "n163-zw-no-pvt-ltd",
        "Engine No. 512 left Bulawayo for the last time in 1997. It now stands in a shed owned by Tshabalala Haulage (Pvt) Ltd. The roof leaks.",
        [
            "Engine No. 512 left Bulawayo for the last time in 1997.",
            "It now stands in a shed owned by Tshabalala Haulage (Pvt) Ltd.",
            "The roof leaks.",
        ],
    ),
    (
        "n163-pk-pvt-limited-rs",
        "Mehran Reefer (Pvt.) Limited charges Rs. 9 a kilogram a month. Smallholders pay Rs. 6.",
        [
            "Mehran Reefer (Pvt.) Limited charges Rs. 9 a kilogram a month.",
            "Smallholders pay Rs. 6.",
        ],
    ),
    (
        "n163-pk-email-ends",
        "For details, write to info@mehranreefer.com.pk. The company replies within a day.",
        ["For details, write to info@mehranreefer.com.pk.", "The company replies within a day."],
    ),
    (
        "n163-gy-claim-rating",
        "Claim: “Robberies have fallen by half since 2021.” Our rating: Mostly false",
        ["Claim: “Robberies have fallen by half since 2021.”", "Our rating: Mostly false"],
    ),
    (
        "n163-mw-dateline-rate",
        "BLANTYRE, June 2 (NWS) - Sugar prices rose 14% in May, traders said. ($1 = 1,748.00 kwacha)",
        [
            "BLANTYRE, June 2 (NWS) - Sugar prices rose 14% in May, traders said.",
            "($1 = 1,748.00 kwacha)",
        ],
    ),
]
