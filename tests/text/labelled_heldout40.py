"""Fortieth held-out set of hand-labelled pages for the hint engines (held-out set, round twenty-seven): twelve whole pages from news sites in twelve countries, dense with speakers in each country's house style.

Written from scratch for issue 13 in round twenty-seven as a HELD-OUT set, before any rule was tuned
on it and without looking at the engine's code or output (nothing under `claimreview/` was opened,
no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file was read, `hint_scores.py` and `docs/`
were not read, and no test, scorer or engine was run; only an import of this file and `build` on
every page, a small script of my own in /tmp that checks the sentences, the flags, the speakers and
the split cases against the pages, whole-word greps of the invented names over `tests/` that listed
file names only, and `ruff format` / `ruff check` were run). The format and the conventions were
read from the module docstrings of `labelled_new.py`, `labelled_new2.py` and `labelled_new56.py` to
`labelled_new59.py`, the first pages of `labelled_new56.py`, `labelled_new58.py` and
`labelled_new59.py` and the first split cases of the same three, and `build` in
`labelled_articles.py`. Nobody will look at these sentences while tuning. Every person, small place,
street, road, river crossing, organisation, outlet, company, school, club, cooperative, trust,
association, competition and number is invented (Ghana, the Eastern Region, Koforidua and its
Eastern Regional Hospital; Pakistan, Punjab, Lahore, Islamabad, Karachi, Peshawar and Gujranwala;
Scotland and Aberdeenshire Council; Jamaica; Malaysia, Kuala Lumpur, Selangor, Petaling Jaya, Shah
Alam, Klang and Peninsular Malaysia; Canada, Saskatchewan, Regina, Alberta, the South Saskatchewan
River and Hwy. 41; Kenya and Kakamega County; New Zealand; the Philippines, the Visayas, Western
Visayas, Mindanao and Iloilo; Ireland, Co. Donegal, Letterkenny and Letterkenny University Hospital;
the United States and Pennsylvania; Australia, Queensland, Gladstone and the Capricorn Highway
appear only as settings; real public bodies, laws, schemes and records such as "the District
Assemblies Common Fund", "the Ghana Health Service", "the Ministry of Health", "Parliament", "the
Pakistan Penal Code (PPC)", "the Prevention of Corruption Act, 1947", "the Code of Criminal
Procedure", "the Anti-Corruption Establishment (ACE) Punjab", "the Punjab Local Government Board",
"the Local Government and Community Development Department", "the Educational Institute of Scotland
(EIS)", "the Schools (Consultation) (Scotland) Act 2010", "the Scottish Government", "the Cabinet
Secretary for Education", "the Inter-Secondary Schools Sports Association (ISSA)", "the Ministry of
Education and Youth", "the Registrar General's Department", "Bursa Malaysia", "the Domestic Trade
and Cost of Living Ministry (KPDN)", "the Price Control and Anti-Profiteering Act 2011", "the
Department of Statistics Malaysia (DOSM)", "the Ministry of Highways", "the Local Journalism
Initiative", "the Government of Canada", "the Kenya Secondary Schools Heads Association (KESSHA)",
"the Kenya Union of Post Primary Education Teachers (KUPPET)", "the State Department for Basic
Education", "the National Treasury", "KCSE", "Local Water Done Well", "the Department of Internal
Affairs", "the Local Government Funding Agency", "NZ On Air", "Local Democracy Reporting", "the New
Zealand Media Council", "the Land Transportation Franchising and Regulatory Board (LTFRB)", "the
Department of Transportation (DOTr)", "the Land Bank of the Philippines", "the Development Bank of
the Philippines", "the National Ambulance Service (NAS)", "the HSE", "SIPTU", "the Dáil", "the
Minister for Health", "Donegal County Council", "the Merriston County Court of Common Pleas" (the
county is invented), "Commonwealth Court", "Section 780 of the Public School Code of 1949", "the
Pennsylvania Department of Education", "the ASX", "the Australasian Meat Industry Employees' Union
(AMIEU)", "the Fair Work Commission", "Jobs and Skills Australia", "Lifeline" and "Beyond Blue"
appear only as settings, with invented figures; X, Facebook, WhatsApp, Telegram, LinkedIn and
YouTube only as channels). No surname, town, street, outlet, company, school or club of any file
under `tests/` is reused: every capitalised word of these pages, each part of a hyphenated name
included, was grepped as a whole word over the whole `tests/` tree, case-sensitively and then
case-insensitively, listing file names only, and every hit that was an invented name was changed
(more than a hundred were, in two rounds; first names, titles, real settings and common words such
as "Gazette", "Courier", "Herald", "Standard", "Advocate", "Enquirer", "Pulse", "Dispatch",
"Landing", "Forks" and "Hollow" recur).

Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after selecting all
in a browser, so every furniture line is a paragraph of its own, worded in that site's own way (no
two pages share their furniture wording), with furniture of ordinary length at the head and the
tail; most of each page is an everyday story of politics, business, courts, health, transport,
education or sport, dense with speakers in that country's house style (titles and honorifics,
"disclosed", "told journalists", "noted", "stated", statements, Q&A passages, quotes over
paragraphs, unnamed officials and spokespersons) and mixing checkable claims with opinions. The
twelve pages: (1) a Ghanaian news portal on a district hospital's maternity ward shut after its
ceiling collapsed ("Dr. (Mrs.)" dropped, "disclosed this to journalists", "According to her",
"narrated", "noted", "stated", a queenmother with "Nana" and a regnal "III" who "appealed" and
"lamented", a trader introduced without a verb then "Speaking to Obrafo Pulse Online, she said" and
"Madam", the DCE with "Hon." then "the DCE stated" and "assured", an MP's statement with
"described", "noted" and "called on", a district director with "Mr.", a regional directorate then
"It said", a contractor that "could not be reached", "management of the hospital has appealed", a
two-sentence comment disclaimer); (2) a Pakistani English daily on an anti-corruption court
indicting a former TMO and three others ("LAHORE:" dateline, a judge reading the charge without a
verb of saying, "According to the FIR" with sections, "Section 5(2)" and "1947,", a prosecutor who
"contended" and "told the court", "Barrister", "Advocate", "Haji" and ranks dropped, two women
alternating, "Sangra's lawyer", "The judge, however, observed", an adjournment without a speaker,
"termed", "told this correspondent", "He further said that", "the TMA stated" then "It further
stated" resolved to the name first given inside the FIR sentence, "An ACE spokesperson" then "The
spokesperson added", "did not respond to phone calls and messages", a "Published in" line); (3) a
Scottish regional daily on a council's plan to mothball a nine-pupil primary school (UK "said:
“...”" quotes running into the next paragraph, a report that "recommends" then "It says", "Council
officers expect", "Cllr", "MSP" and "Committee chair" dropped, a grandfather introduced without a
verb, a union secretary, "The school's headteacher referred questions to the council", "A council
spokeswoman said:" then "She said", a Scottish Government spokesperson, "Got a story?", "Registered
in Scotland No. SC418207."); (4) a Jamaican community paper's sports page on a school docked nine
points over an overage player (ISSA "announced" then "ISSA said" then "It said", "It drops ..."
meaning the penalty, a nickname in single quotes kept in the coach's name, a patois quote with its
translation before "!” he said.", a continuing quote paragraph ending in "?”", the player's mother
"told the Gazette by telephone", a ministry spokesman's refusal, a "Gazette:" / "Heholt-Bignall:"
Q&A, "St." in school names, a fixture, a standings box of numbered rows); (5) a Malaysian
English-language news site on a listed bread maker raising prices ("KUALA LUMPUR, April 23 —"
dateline, "citing", "according to market research firm ...", "In a filing with Bursa Malaysia, the
company said" then "It said", "Datuk Seri", "Prof Dr" and "Dr" dropped, a Chinese name later by its
family name "Lum", "said when met by reporters", a KPDN director who "advised", "said in a
statement" and "urged", a rival's spokesperson, "RM", "sen", "Sdn Bhd" and "Bhd"); (6) a
Saskatchewan weekly on a river ferry that will not run this season ("Sask. —", the ministry
"confirmed" then "the ministry said" then "It said" twice, "according to ministry figures", "Hwy.
41", "Reeve" dropped and "RM of Kettlehill No. 317", an operator and a farmer introduced without a
verb, an EMS manager, an opposition critic, a Q&A with the reeve whose question cites the ministry,
an LJI note of two sentences); (7) a Kenyan daily's county page on schools sending students home as
capitation is late ("The principals say", a heads' association chairman with "Mr." later, "noted", a
principal with "Mrs.", the State Department's statement then "It said", a county director with "Dr."
who "told journalists in her office", a mother's question before "she asked", her son, a union
official who "decried", an MCA with "Hon.", "according to Ministry of Education guidelines", "did
not respond to questions", an attribution at the end of a conditional sentence); (8) a New Zealand
regional paper's Local Democracy page on a council keeping its water services in-house ("Mayor" and
"Cr" dropped, "told the meeting", "told councillors", a councillor "who voted against", an iwi trust
chair's te reo quote with its translation, "rejected that" and the next "She said" going back to the
mayor, "welcomed", a DIA spokesperson then "The spokesperson said", a neighbouring mayor, a weather
strip); (9) a Philippine news site's regional page on a jeepney strike ("MANDUROG CITY, Iloilo –"
dateline with "according to", "Engr.", "Atty.", "Police Lt. Col." and "Mayor" dropped, "Ma." kept in
a name, a nickname in double quotes kept, a Hiligaynon quote with its translation "said in
Hiligaynon", "told reporters in a press briefing", "The Department of Transportation (DOTr), in a
statement, said" then "It said", "Brgy. Sta.", "In a radio interview", a cooperative chairman, a
conditional threat, a Q&A whose question cites ASDI); (10) an Irish regional weekly's site on a
woman's 94-minute wait for an ambulance (a lead naming the speaker only as "her daughter", figures
"released to Deputy ... in a parliamentary reply" that first name the TD, "Deputy" and "Cllr"
dropped, "Mrs" for the mother and "Ms" for the daughter, the NAS then "It said", "The Minister for
Health told the Dáil", a paramedic and union representative, "A HSE spokesperson referred queries to
the NAS", a GP who "advised"); (11) a Pennsylvania daily's site on a judge blocking a school closure
("Pa. —", a lead describing the judge with "ruling", the judge named in an act without a verb of
saying, "In a 14-page opinion, ... wrote", an order without a speaker, "District solicitor" with an
initial and "said in a court filing", "argued", "Superintendent Dr." with "Jr.", "said in a
statement", an attorney with an initial who "told reporters", a plaintiff introduced without a verb
then "she said" and "she asked", "did not respond to a request for comment", a union's statement,
the case caption with "v." and "No."); and (12) an Australian regional paper's site on a meatworks
closing with 340 jobs lost ("the company announced", "its parent company, ..., said" in a statement
to the ASX then "It said", "Chief executive" dropped and "told the Standard", the union then its
branch secretary, a worker introduced without a verb, "Mayor Cr" dropped, a grazier, an economist's
hedge, "according to Jobs and Skills Australia", a minister's spokesperson then "The spokesperson
said", a Q&A whose question cites the union, a support line and an ABN). `STYLES` names the site,
the story and the stresses of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` and `labelled_new56.py` to `labelled_new59.py` hold too (mastheads,
straps, menus, crumbs, section labels, bylines and role lines, date lines, share strips, weather
strips, related and read-more lines, tags, disclaimers, comment notices, WhatsApp and Telegram
lines, tip and contact lines, funding notes and footers "B" line by line; captions by content and
credits "B"; standfirsts labelled like headlines, never split at a semicolon, a "says" in them
carrying the source as the body names it; titles, ranks, honorifics and roles dropped from speakers,
"Jr." and initials kept; a pronoun, a later surname, a title with the surname or a role resolved to
the full name as first given, context winning where it settles the matter; organisations, documents
and data kept as written, "according to X" -> X, "It" for an organisation resolved to its name as
first given and "It" for a document to the document as written; a quote over several sentences or
paragraphs carrying its speaker and cue; "did not respond", "could not be reached", "declined" and
"referred questions" labelled like speech with flags ""; Q&A answers carrying the interviewee with
the prefix as the cue, questions carrying a source only when they cite one; plans, votes, decisions,
orders, fixtures, rules, results and figures of record "W"; spoken forecasts, hopes, pledges,
appeals, opinions, feelings, scene, private circumstances, rhetorical questions and advice ""; a
checkable figure inside a quote "W" whoever speaks).

Conventions this set had to settle, in the same spirit:

* Honorifics and titles of these countries, all dropped: "Dr. (Mrs.)" (the bracketed "Mrs." with
  it), "Dr.", "Dr", "Nana", "Madam", "Hon.", "Mr.", "Mrs.", "Mrs", "Ms", "Haji", "Barrister",
  "Advocate", "Deputy District Public Prosecutor", "Anti-Corruption Court Judge", "Cllr", "MSP",
  "Committee chair", "Head coach", "Datuk Seri", "Prof Dr", "Reeve", "Mayor", "Cr", "Chief
  executive", "Engr.", "Atty.", "Police Lt. Col.", "Deputy", "Superintendent", "District solicitor",
  "Attorney", "Judge", "Grazier" and the roles written before a name ("The Medical Superintendent of
  the hospital,", "The District Chief Executive (DCE),", "ISSA competitions officer", "Group
  managing director", "KESSHA Ikonyero branch chairman", "Te Whānau-a-Kuratai Trust chair", "LTFRB
  Region 6 director", "AMIEU Queensland branch secretary", ...). A regnal "III" stays ("Nana Adwoa
  Serwaa Ampomaa-Nsoaa III" -> "Adwoa Serwaa Ampomaa-Nsoaa III"), so does "Ma." (Maria) in a
  Filipina's name ("Atty. Ma. Cristina Dumagsa-Villanoza" -> "Ma. Cristina Dumagsa-Villanoza"), and
  so does a nickname the paper prints as part of the name, in single or double quotes ("Kirk
  ‘Tallawah’ Peynado", "Rodolfo “Dondoy” Tabudlong-Jaleco"): the name in full as first given. Later
  references resolve to that name: "the DCE", "the prosecutor", "The judge", "Jhammat", "Lum" (a
  Chinese family name), "Rozaini" (a Malay given name), "Heholt-Bignall:", "Dumagsa-Villanoza",
  "Deputy Gallinagh-Farren", "Te Koeti-Brenkley", "Vosbury-Pettengill" and "Stutzman-Grube".
* Cues as written: "disclosed", "according to" (for "According to her, ...", which carries the
  person), "narrated", "stated", "lamented", "appealed", "assured", "described", "called on", "told
  journalists", "contended", "told the court", "argued", "observed", "termed", "told this
  correspondent", "further said", "further stated", "added", "recommends", "expect", "announced",
  "told the Gazette", "told the Gazette by telephone", "insisted", "citing", "told reporters", "said
  when met by reporters" (cue "said"), "said in a statement", "urged", "advised", "confirmed",
  "called", "decried", "told journalists in her office" (cue "told journalists"), "told the
  meeting", "told councillors", "rejected", "welcomed", "said in Hiligaynon", "told reporters in a
  press briefing", "has said", "told the Dáil", "referred queries to the NAS", "referred questions
  to the council", "ruling", "wrote", "said in a court filing", "blames", "calls", "show" and the
  Q&A prefixes "A:", "Heholt-Bignall:".
* Bodies and documents as written, then "It": "the Eastern Regional Health Directorate of the Ghana
  Health Service said" then "It said"; "the TMA stated" keeps "the TMA", and "It further stated"
  resolves to "the Tehsil Municipal Administration (TMA) Kotla Jhandeer", first given inside the FIR
  sentence; "A report to the council's education and children's services committee recommends" then
  "It says" (the document); "The Inter-Secondary Schools Sports Association (ISSA) announced", "ISSA
  said", "It said" (-> the name as first given); "the company said" (kept) and "It said" (-> "Merbah
  Emas Bakeries Bhd"); "the Ministry of Highways confirmed", "the ministry said", "It said" (-> "the
  Ministry of Highways"); "the State Department for Basic Education said" then "It said", and "The
  State Department did not respond to questions" kept as written; "The Department of Transportation
  (DOTr), in a statement, said" then "It said"; "the NAS said" (kept) and "It said" (-> "the
  National Ambulance Service (NAS)"); "its parent company, Hartswood Protein Holdings Ltd, said" ->
  "Hartswood Protein Holdings Ltd" (the apposition dropped) and "It said" after it; "the company
  announced" kept as written. A lone "according to the FIR", "according to the challan submitted to
  the court", "according to market research firm Kajian Pasaran Nusantara" (-> "Kajian Pasaran
  Nusantara", the descriptor dropped), "according to ministry figures", "according to Ministry of
  Education guidelines", "according to a timeline the family received from the National Ambulance
  Service (NAS)", "according to figures released to Deputy Marian Gallinagh-Farren in a
  parliamentary reply", "according to state data" and "according to Jobs and Skills Australia" name
  their source as written. "It drops the Ebony Mill Road school from first to fourth ..." ("It" is
  the penalty) and "It made 9,480 crossings last year, according to ministry figures." ("It" is the
  ferry) carry no "It" speaker: the first no speaker at all, "W", the second the figures.
* Unnamed people kept as written: "Sangra's lawyer", "An ACE spokesperson" (and "The spokesperson
  added"), "Council officers", "The school's headteacher", "A council spokeswoman" (and "She said"),
  "A Scottish Government spokesperson", "A spokesman for the Ministry of Education and Youth", "A
  spokesperson for Roti Melur Harum Sdn Bhd", "The principals", "management of the hospital", "A
  Department of Internal Affairs spokesperson" (and "The spokesperson said"), "The Minister for
  Health", "A HSE spokesperson", "A spokesperson for the Pennsylvania Department of Education", "A
  spokesperson for the Queensland Minister for Employment" (and "The spokesperson said").
* Speakers introduced without a verb of saying: a line that only introduces a person ("Akosua
  Dufie-Okyeraa, 27, a tomato seller from Akrowa-Fante, was among the women referred to Koforidua on
  Friday.", "Hamish Crannachie, 81, was a pupil at Kinbrachie in the 1950s.", "Colleen
  Bourassa-Hrynuik has operated the Torvaldsen ferry for 16 seasons.", "Garnet Sawatzky-Hjertaas
  farms 3,200 acres ...", "Mick Killough has worked on the boning room floor at Yapunyah for 22
  years.") carries no speaker and is "", and the quote or "She said" after it carries that person;
  "Ashley Nnaemeka-Gorsuch, whose two sons attend Pinchot Hollow, is one of 11 parents named as
  plaintiffs." is a fact of record, "W", without a speaker, and her quotes after it carry her. A
  judge named in an act ("Anti-Corruption Court Judge Zulqarnain Afzal Kathia read out the charge
  sheet ...", "Judge Ellen R. Vosbury-Pettengill ... granted a preliminary injunction ...") is no
  speaker there, "W"; "She also ordered the parents to post a $1,000 bond." is an order without a
  speaker, "W", as in `labelled_new59.py`. A lead that describes the speaker whom the next sentence
  names ("..., her daughter has said.", "A Merriston County judge on Tuesday ordered ..., ruling
  that ...") carries the name with its own cue ("has said", "ruling"), "W".
* Translated quotes: "“Dem cyaan tek weh wi season suh (They can't take our season away like that)!”
  he said.", "“Ko te wai te toto o te whenua (Water is the blood of the land),” she said." and
  "“Indi kami kontra sa pag-uswag, pero indi namon masarangan ang utang (We are not against
  progress, but we cannot carry the debt),” he said in Hiligaynon." are ONE sentence each with the
  quote's speaker and cue, "".
* Flags. Pledges and appeals are "": "He assured residents that the ward would be reopened within
  six weeks.", "I want to see women delivering in that ward by the first week of June", "appealed to
  the government", "called on the Ministry of Health", "urged the company", "advised consumers"; so
  are conditional steps ("the remaining poles would be installed by June 30, subject to the release
  of funds", "ASDI said it would hold a second strike next week if ...", "The schools are expected
  to recall boarders on Monday if the funds arrive"), forecasts ("Council officers expect the roll
  to fall to six", "could reverse those gains", "perhaps 0.05 of a percentage point", "could cost
  the local economy a further 200 jobs") and legal reasoning ("“A meeting at which the board takes
  public comment ... is not the hearing the legislature had in mind,” she wrote.", "He argued that
  the law does not say ..."). Stated steps and scheduled decisions are "W" ("would appeal to the
  ISSA board within the seven days allowed", "would table a motion", "would raise the case ... in
  the Dáil next Tuesday", "would meet Thursday to decide whether to appeal", "would take the matter
  to the Fair Work Commission on Monday", "would keep the price of its RM2.50 “Roti Rakyat” small
  loaf unchanged until the end of the year"), as are rules of record in quotes ("“Every school signs
  the same declaration ...”", "“Tuition for day scholars is paid by the Government,”", "“Those who
  did not consolidate will lose their provisional authority to operate on June 1.”") and a figure
  inside an opinion ("“But nine pupils across seven year groups is not a class, it is a tutorial.",
  "“Sixty jobs three hours down the road is not an offer, it's a moving truck,”"). A relative clause
  of record makes an opinion "W" ("Cr ..., who voted against, said ..."). A trader's taxi fare to
  the regional hospital "because the hospital's ambulance was not available", a student's hour-long
  wait for a ride at 6 a.m., a class's nine lost days and a paramedic's four hours outside the
  hospital are "W" (public services); a tyre shop's closing time, a farmer's extra hours at harvest,
  a shop's daily loaves and a mother's fee balance are private, "". Refusals ("did not comment on
  ISSA disciplinary matters", "“no plans at this time”") and rhetorical questions are "".
* Standfirsts and headlines: "Principal says school will appeal; St. Barnabus Technical now top Zone
  C" carries the principal, "W"; "KPDN says it will examine ..." the KPDN director through whom the
  body gives it, "W"; "Farmers face a 94-kilometre detour; reeve calls the decision ‘a kick in the
  teeth’" the reeve with "calls", "W"; "Ministry says the balance will reach schools ‘this week’;
  heads say they have heard that before" the State Department as the body first names it, "" (a
  forecast); "Mayor says ratepayers ‘will not pay for other towns' pipes’; iwi trust says it was not
  consulted" the mayor, "W"; "LTFRB-6 says there will be no extension ..." the regional director,
  "W"; "‘Mam lay on the kitchen floor for an hour and a half,’ says Drumcorrig woman after 94-minute
  ambulance wait" the daughter who says it, "W"; "Figures show ..." the figures as the body names
  them, "W"; "Board skipped the public hearing state law requires, ruling says; district weighs
  appeal" the judge who wrote the ruling, "W"; "Owner blames cattle prices and power bills; union
  says ..." the parent company, "W"; headlines and standfirsts without a verb of saying ("Accused
  plead not guilty; court summons prosecution witnesses on May 12", "Parents vow to fight plan that
  would put pupils on a 44-minute bus to Auchmuirbridge") carry no speaker, "W".
* Q&A: the paper's sentence introducing the questions ("The Advocate asked ... three questions ...",
  "The Standard asked ...") is "W" without a speaker; headings ("THREE QUESTIONS", "Q&A: ‘We're cut
  in half’", "Q&A with the LTFRB regional director", "Q&A: ‘We looked at every option’") are topic
  subheads, ""; "Gazette:" questions carry no speaker; "Q: The ministry says ...", "Q: ASDI says
  ..." and "Q: The union says ..." carry that source with "says", "W", and the question after it
  none; "A: No." is "" when it only rejects the premise of a question and "W" when it is a specific
  denial of a breach of record ("Was it broken?" / "A: No."); "A: Yes." to "Will jeepneys ... be
  apprehended on June 1?" is "W" (an enforcement decision).
* Sport data: the standings title "ZONE C STANDINGS (top four)" is "B" and its numbered rows ("1.
  St. Barnabus Technical  P8  Pts 19") are data, "", each a sentence of its own; the same standing
  stated in prose is "W"; the fixture line is "W".

Splits. "Online." (before "All Rights Reserved."), "Ltd." (before "All rights reserved.", before
"Registered in Scotland No. SC418207." and before "Registered in Ireland No. 328814."), "(Pvt.)
Ltd." and "Sdn Bhd." and "Corp." and "Inc." (before "All rights reserved."), "No. SC418207." at the
end of a line, "(ABN 47 118 903 526)." (before "All rights reserved."), "a.m." ("at 6 a.m." before
"“I was late", "from 5 a.m." at the end of a line, "at 9:30 a.m." at the end of a line), "p.m." ("at
3:30 p.m." at the end of the fixture line), "9am." ("most of them before 9am." before "“Customers"),
a "?" in furniture before a capital ("Got a story?" / "Email ...", "Have a story?" / "WhatsApp us
...", "Do you have a story for the Enquirer?" / "Contact ...", "Know something we should look into?"
/ "Email ...") and a "?" closing a question inside a Q&A line before a capital ("... safety
standards." / "Does that end it?") end a sentence. "Dr. (Mrs.) Efua", "Dr. Dzandu-Amponsaa", "2 a.m.
and", "GH¢350", "GH¢480,000", "Hon. Akwasi", "Hon. Gifty", "Mr. Emmanuel", "III, who", "Rs86.4m",
"Rs86.4 million", "Section 5(2)", "1947, the", "2022-23", "Section 265-K", "Rs11.7 million", "Rs9.2
million", "(Pvt.)", "said: “Nobody", "(EIS), said", "No. SC418207", "St. Barnabus", "Dr Marcia",
"2-2 draw", "1. St.", "KUALA LUMPUR, April 23 —", "RM3.90", "RM4.30", "RM28.6 million", "RM2.50",
"RM1.84", "Bhd will", "Sdn Bhd, the", "Prof Dr", "0.05 of", "1.6 per cent", "Sask. —", "Hwy. 41", "7
a.m. to midnight", "No. 317 called", "Mr. Amukoye-Lisamula", "Mrs. Rosebella", "Dr. Zipporah",
"Sh1.4 million", "Sh4.7 million", "Sh9.5 million", "Sh21.3 billion", "Hon. Wycliffe", "12.5 per
cent", "Tamborong St. in", "Engr. Raymund", "9 a.m., against", "₱2.4 million", "Atty. Ma. Cristina",
"Lt. Col. Ramil", "Brgy. Sta. Felisa", "7.10pm on", "8.44pm,", "Co. Donegal,", "Pa. —", "Ellen R.",
"Feb. 9,", "Jan. 21,", "Gregory T.", "Dr. Lionel", "Jr. said", "Marcus D.", "v. Pinchot", "No.
2026-CV-00418", "$18.4m", "U.S. and", "9am on" and "3.2 per cent" never do. A "!" or "?" closing a
quote before a lower-case attribution ("... like that)!” he said.", "... in one week?” she asked.",
"... at Creekmont?” she asked.", "... in the dark?” he asked.") does not end the sentence; a "?”"
ending a quote paragraph ("... in 2026?”", "... lose everything?”") does. A Q&A prefix
("Heholt-Bignall: It can.", "A: No.", "A: Yes.") begins its own sentence, and "Gazette:" questions
are sentences of their own.

`HELDOUT_CASES` holds 30 sentence-split cases in the format of the `CASES` of `labelled_new56.py`
(id, text, expected sentences), each taken word for word from these pages (consecutive lines joined
by a newline, sentences of one line by a space) and written the same way: what a reviewer wants, not
what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Ghanaian news portal, a district hospital's maternity ward shut after its ceiling collapses (masthead, menu with pipes, section label, headline with a place and colon and a semicolon, byline with region, date line, share strip, caption and photo credit, Dr. (Mrs.) dropped with disclosed this to journalists and According to her, narrated, noted, stated, a queenmother with Nana and a regnal III who appealed and lamented, a trader introduced without a verb then Speaking to the site and Madam, the DCE with Hon. then the DCE stated and assured, an MP's statement with described, noted and called on, a district director with Mr., a regional directorate then It said, a contractor that could not be reached, the hospital management appealed, also-read, tags, two-sentence disclaimer, WhatsApp line, copyright)",
    "Pakistani English-language daily, an anti-corruption court indicts a former TMO and three others over a streetlight scam (masthead in capitals, city and Hijri date strip, menu, section label, headline, semicolon standfirst of acts, staff-reporter byline, share strip, LAHORE: dateline, a judge's act without a verb, according to the FIR with sections, a prosecutor who contended and told the court, Barrister, Advocate and Haji dropped, two women alternating, Sangra's lawyer, The judge observed, an adjournment without a speaker, termed, told this correspondent, He further said that, the TMA stated then It further stated, An ACE spokesperson then The spokesperson added, did not respond to phone calls and messages, a shopkeeper's rhetorical question, Published-in line, follow line, comments closed, Pvt. Ltd. footer)",
    "Scottish regional daily's site, a council proposes mothballing a nine-pupil rural primary school (masthead, menu, crumb, headline, standfirst without a speaker, byline with role, published and updated line, share strip, caption of record and image credit, said: quotes running into the next paragraph, a committee report that recommends then It says, Council officers expect, Cllr and MSP dropped, a parent council chair, a petition, a grandfather introduced without a verb, a union local secretary, a headteacher who referred questions, a council spokeswoman then She said, a Scottish Government spokesperson, read-more, Got a story? with email, Ltd. and Registered in Scotland No. footer, privacy line)",
    "Jamaican community paper's sports page, a school is docked nine points over an overage player (masthead in capitals, menu, section label, headline, semicolon standfirst carrying the principal, byline with slash, published line with pipes, caption and File credit, ISSA announced then ISSA said then It said, It drops meaning the penalty, a competitions officer with Dr who told the Gazette, a principal who insisted, a coach with a nickname in single quotes and a patois quote with its translation before !” he said, a quote paragraph ending in ?”, the player's mother by telephone, a rival coach, a ministry spokesman's refusal, a Gazette: and surname-prefix Q&A, a fixture at 3:30 p.m., a standings box with numbered rows, feedback email, copyright)",
    "Malaysian English-language news site, a listed bread maker raises prices by up to 40 sen (masthead, menu with BM and Chinese links, crumb, headline, standfirst carrying the KPDN director, byline, MYT date line, share strip, caption and picture credit with a dash, KUALA LUMPUR dateline, citing, according to market research firm, the company said in a Bursa filing then It said, Datuk Seri dropped with told reporters, Lum by family name, a KPDN director who said when met by reporters and advised, a consumers' association president with Dr who said in a statement and urged, a bakery operators' association, a sundry shop owner, Prof Dr dropped, DOSM via according to, a rival's spokesperson, a share price, related, Telegram pitch of two sentences, Sdn Bhd. footer, policy line)",
    "Saskatchewan weekly's site, a river ferry will not run this season (masthead, serving-since strap, menu, section label, headline, semicolon standfirst carrying the reeve with calls, LJI byline, posted line, share strip, caption and photo credit, Sask. dateline, the ministry confirmed then the ministry said then It said twice, according to ministry figures with It meaning the ferry, Hwy. 41, Reeve dropped and RM No. 317, an operator and a farmer introduced without a verb, an EMS manager, an opposition critic, a Q&A with the reeve whose question cites the ministry, two-sentence LJI note, letters line, Inc. footer)",
    "Kenyan daily's county page, secondary schools send students home as capitation is delayed (masthead in capitals, strap with date, menu, crumb, headline, semicolon standfirst carrying the State Department, byline in capitals, date and read-time line, caption and PHOTO credit, The principals say, a heads' association chairman with Mr. and noted, a principal with Mrs., the State Department then It said, a county director with Dr. who told journalists, a mother's question before she asked, her son, a union official who decried, an MCA with Hon., according to Ministry of Education guidelines, did not respond to questions, a conditional with the attribution at the end, related stories, Have a story? with WhatsApp line, copyright)",
    "New Zealand regional paper's Local Democracy page, a district council votes to keep its water services in-house (masthead, date and weather strip, menu, section label, headline, semicolon standfirst carrying the mayor, LDR byline, published line, share strip, caption and photo credit, Mayor and Cr dropped, told the meeting, a councillor who voted against, told councillors, an iwi trust chair with a te reo quote and its translation, rejected that and the next She said, welcomed, a resident, a DIA spokesperson then The spokesperson said, a neighbouring mayor, LDR funding line, read-next, comments notice of two sentences, media council footer)",
    "Philippine news site's regional page, a jeepney strike against the franchise consolidation deadline (masthead, menu, crumb, headline, standfirst carrying the LTFRB director, byline, date line, share icons, caption with St. and photo credit, MANDUROG CITY dateline with according to, Engr. dropped, a transport group with a nickname in double quotes and a Hiligaynon quote with its translation, Atty. dropped and Ma. kept, told reporters in a press briefing, the DOTr in a statement then It said, Police Lt. Col. dropped, Brgy. Sta., a student's wait at 6 a.m., In a radio interview the mayor, a cooperative chairman, a conditional threat, a Q&A whose question cites ASDI, READ line, tags, comments notice of two sentences, Corp. footer)",
    "Irish regional weekly's site, a woman waits 94 minutes for an ambulance (masthead, menu, section label, quote headline with says, standfirst carrying the figures, byline, date line, share strip, caption and picture credit, a lead naming only her daughter with has said, times in pm, according to a timeline from the NAS, figures released to a Deputy that first name her, Deputy and Cllr dropped, Mrs and Ms for mother and daughter, the NAS then It said, The Minister for Health told the Dáil, a paramedic union representative, A HSE spokesperson referred queries, a GP who advised, related, story call-out with contact line, Ltd. and Registered in Ireland No. footer)",
    "Pennsylvania daily's site, a judge blocks a school district from closing an elementary school (masthead in capitals, subscribe strip, menu, section label, headline, semicolon standfirst carrying the judge, byline with email, date and updated line, share strip, caption and photo credit, Pa. dateline with a lead describing the judge and ruling, the judge named in an act, In a 14-page opinion she wrote, an order without a speaker, scene in the courtroom, a district solicitor with an initial who said in a court filing and argued, Superintendent Dr. with Jr. and said in a statement, an attorney with an initial who told reporters, a plaintiff introduced without a verb then she said and she asked, did not respond to a request for comment, a union statement, state data, the case caption with v. and No., a hearing at 9:30 a.m., tip line with a question, more-from list, Inc. footer)",
    "Australian regional paper's site, a meatworks closes with 340 jobs lost (masthead, subscribe strip, menu, section label, headline, semicolon standfirst carrying the parent company with blames, byline, updated and first-published line, share strip, caption and picture credit, the company announced, its parent company said in a statement to the ASX then It said with U.S. and, Chief executive dropped with told the Standard, the union then its branch secretary, a worker introduced without a verb, Mayor Cr dropped, a grazier, an economist's hedge, according to Jobs and Skills Australia, a minister's spokesperson then The spokesperson said, a Q&A whose question cites the union, more-from list, support line, ABN footer)",
]

ARTICLES = [
    [  # 1. Ghanaian news portal, a district hospital's maternity ward shut after its ceiling collapses
        [("Obrafo Pulse Online", "", "", "B")],
        [("Home | News | Politics | Business | Health | Regions | Sports | Entertainment | Opinion | Jobs", "", "", "B")],
        [("Health", "", "", "B")],
        [("Asuadwenkrom: Hospital's maternity ward shut after ceiling collapse; expectant mothers sent 38km away", "", "", "W")],
        [("By Kwame Nkyidwuo-Sarfoh, Eastern Regional Correspondent", "", "", "B")],
        [("Tuesday, April 21, 2026 · 8:14 am", "", "", "B")],
        [("Share: Facebook | X | WhatsApp | Email", "", "", "B")],
        [("Part of the collapsed ceiling in the maternity ward of the Asuadwenkrom Government Hospital.", "", "", ""),
         ("Photo credit: Obrafo Pulse", "", "", "B")],
        [("The maternity ward of the Asuadwenkrom Government Hospital in the Asuadwen-Kwaboa District of the Eastern Region has been closed since Thursday after part of its ceiling collapsed during a heavy rainstorm.", "", "", "W")],
        [("No one was injured, but 14 women on admission at the time had to be moved to the hospital's male ward, which has since been partitioned with curtains.", "", "", "W")],
        [("The Medical Superintendent of the hospital, Dr. (Mrs.) Efua Asantewaa Dzandu-Amponsaa, disclosed this to journalists on Monday when the District Health Management Team visited the facility.", "Efua Asantewaa Dzandu-Amponsaa", "disclosed", "W"),
         ("According to her, the ward, built in 1968, had not seen any major renovation since 2004.", "Efua Asantewaa Dzandu-Amponsaa", "according to", "W")],
        [("“The rain started at about 2 a.m. and the ceiling gave way right above the labour room,” she narrated.", "Efua Asantewaa Dzandu-Amponsaa", "narrated", "W"),
         ("“We thank God nobody was hurt.”", "Efua Asantewaa Dzandu-Amponsaa", "narrated", "")],
        [("Dr. Dzandu-Amponsaa noted that the hospital conducts an average of 160 deliveries a month and serves about 92,000 people in the district and parts of the neighbouring Kwaboa-Asempaneye area.", "Efua Asantewaa Dzandu-Amponsaa", "noted", "W"),
         ("She said expectant mothers due to deliver were now being referred to the Eastern Regional Hospital in Koforidua, about 38 kilometres away.", "Efua Asantewaa Dzandu-Amponsaa", "said", "W")],
        [("“Our biggest worry is transport,” she stated.", "Efua Asantewaa Dzandu-Amponsaa", "stated", ""),
         ("“The hospital has only one ambulance, and it has been broken down since January.”", "Efua Asantewaa Dzandu-Amponsaa", "stated", "W")],
        [("The Queenmother of Asuadwenkrom, Nana Adwoa Serwaa Ampomaa-Nsoaa III, who visited the hospital on Monday, appealed to the government to act swiftly.", "Adwoa Serwaa Ampomaa-Nsoaa III", "appealed", ""),
         ("“Last Wednesday one of our daughters delivered in a taxi at Abotanso Junction,” she lamented.", "Adwoa Serwaa Ampomaa-Nsoaa III", "lamented", "W"),
         ("“Is that how we should treat our mothers in 2026?”", "Adwoa Serwaa Ampomaa-Nsoaa III", "lamented", "")],
        [("Akosua Dufie-Okyeraa, 27, a tomato seller from Akrowa-Fante, was among the women referred to Koforidua on Friday.", "", "", "")],
        [("Speaking to Obrafo Pulse Online from her bed at the regional hospital, she said she paid GH¢350 for a taxi because the hospital's ambulance was not available.", "Akosua Dufie-Okyeraa", "said", "W"),
         ("“I was in pain the whole way,” Madam Dufie-Okyeraa said.", "Akosua Dufie-Okyeraa", "said", "")],
        [("The District Chief Executive (DCE), Hon. Akwasi Oforiwaa-Brakatu, told journalists that the Assembly had released GH¢480,000 from its share of the District Assemblies Common Fund for the repairs.", "Akwasi Oforiwaa-Brakatu", "told journalists", "W"),
         ("He assured residents that the ward would be reopened within six weeks.", "Akwasi Oforiwaa-Brakatu", "assured", "")],
        [("“The contractor moved to site on Saturday,” the DCE stated.", "Akwasi Oforiwaa-Brakatu", "stated", "W"),
         ("“I have told him I want to see women delivering in that ward by the first week of June.”", "Akwasi Oforiwaa-Brakatu", "stated", "")],
        [("In a statement, the Member of Parliament (MP) for Asuadwen North, Hon. Gifty Nyantakyiwaa-Kumiwaa, described the collapse as “a disaster we all saw coming”.", "Gifty Nyantakyiwaa-Kumiwaa", "described", ""),
         ("She noted that she had raised the condition of the ward on the floor of Parliament in November 2024.", "Gifty Nyantakyiwaa-Kumiwaa", "noted", "W"),
         ("The MP called on the Ministry of Health to include the hospital in its next round of district hospital upgrades.", "Gifty Nyantakyiwaa-Kumiwaa", "called on", "")],
        [("The District Director of Health Services, Mr. Emmanuel Ohenenana-Dwumfuor, said the district recorded no maternal death in 2025, against two in 2024.", "Emmanuel Ohenenana-Dwumfuor", "said", "W"),
         ("He said the closure could reverse those gains if it lasted more than a few weeks.", "Emmanuel Ohenenana-Dwumfuor", "said", "")],
        [("When contacted, the Eastern Regional Health Directorate of the Ghana Health Service said a team of engineers had inspected the building on Saturday.", "the Eastern Regional Health Directorate of the Ghana Health Service", "said", "W"),
         ("It said the engineers had found the rest of the hospital safe to use.", "the Eastern Regional Health Directorate of the Ghana Health Service", "said", "W")],
        [("The contractor, Abrewatia Construction Works, could not be reached for comment.", "Abrewatia Construction Works", "could not be reached for comment", "")],
        [("Meanwhile, management of the hospital has appealed to the public to donate mattresses and mosquito nets for the temporary ward.", "management of the hospital", "appealed", "")],
        [("ALSO READ: Eastern Region: 11 CHPS compounds to be completed by December – Regional Minister", "", "", "B")],
        [("Tags: Asuadwenkrom | Maternity | Eastern Region | Health", "", "", "B")],
        [("DISCLAIMER: Comments posted by readers are the views of their authors and not of Obrafo Pulse Online.", "", "", "B"),
         ("Abusive or defamatory comments will be removed.", "", "", "B")],
        [("Follow Obrafo Pulse Online on WhatsApp for breaking news", "", "", "B")],
        [("© 2026 Obrafo Pulse Online.", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
    ],
    [  # 2. Pakistani English-language daily, an anti-corruption court indicts a former TMO and three others
        [("DAILY NAQQASH TIMES", "", "", "B")],
        [("Lahore | Islamabad | Karachi | Peshawar — Wednesday, April 22, 2026 | Zul Qadah 4, 1447 AH", "", "", "B")],
        [("Home | Pakistan | Punjab | Courts | Business | Sports | Opinion | E-Paper", "", "", "B")],
        [("Courts", "", "", "B")],
        [("Ex-TMO, three others indicted in Rs86.4m streetlight scam", "", "", "W")],
        [("Accused plead not guilty; court summons prosecution witnesses on May 12", "", "", "W")],
        [("Our Staff Reporter", "", "", "B")],
        [("Share   Tweet   WhatsApp   Email", "", "", "B")],
        [("LAHORE: An anti-corruption court here on Tuesday indicted a former tehsil municipal officer (TMO) and three others in a case of alleged embezzlement of Rs86.4 million in a streetlight project in Kotla Jhandeer.", "", "", "W")],
        [("Anti-Corruption Court Judge Zulqarnain Afzal Kathia read out the charge sheet to former TMO Khalid Mehmood Jhammat, sub-engineer Asif Nawaz Bhaderwal, accountant Muhammad Ilyas Sangra and contractor Tahir Rauf Hanjrawal, all of whom pleaded not guilty.", "", "", "W")],
        [("According to the FIR, registered in August 2024 under sections 409, 420, 468 and 471 of the Pakistan Penal Code (PPC) and Section 5(2) of the Prevention of Corruption Act, 1947, the Tehsil Municipal Administration (TMA) Kotla Jhandeer paid for 1,850 LED streetlights on the Kotla Jhandeer bypass and its link roads in 2022-23, but only 640 were ever installed.", "the FIR", "according to", "W")],
        [("Deputy District Public Prosecutor Rukhsana Parveen Thaheem contended before the court that the accused had prepared fake measurement books to show the work as complete.", "Rukhsana Parveen Thaheem", "contended", "W"),
         ("She said a technical team of the Anti-Corruption Establishment (ACE) Punjab had counted the poles in October 2024 and found 1,210 of them missing.", "Rukhsana Parveen Thaheem", "said", "W")],
        [("“The payment was released in three instalments within 41 days, without a single inspection,” the prosecutor told the court.", "Rukhsana Parveen Thaheem", "told the court", "W")],
        [("Counsel for the former TMO, Barrister Faryal Saeed Kanjahwi, argued that her client had signed the payments on the recommendation of the engineering branch, as required under the rules.", "Faryal Saeed Kanjahwi", "argued", "W"),
         ("She said Jhammat had been transferred out of Kotla Jhandeer two months before the last instalment was paid.", "Faryal Saeed Kanjahwi", "said", "W")],
        [("Sangra's lawyer told the court that his client was on medical leave when the payments were processed and sought his acquittal under Section 265-K of the Code of Criminal Procedure.", "Sangra's lawyer", "told the court", "W"),
         ("The court sought the prosecution's reply to the application by the next hearing.", "", "", "W")],
        [("The prosecution has listed 23 witnesses, including two officials of the Punjab Local Government Board, according to the challan submitted to the court.", "the challan submitted to the court", "according to", "W")],
        [("The judge, however, observed that the question of responsibility would be decided on the evidence at trial.", "Zulqarnain Afzal Kathia", "observed", ""),
         ("The court adjourned the hearing till May 12 and summoned the first three prosecution witnesses.", "", "", "W")],
        [("Talking to reporters outside the courtroom, Jhammat termed the case politically motivated.", "Khalid Mehmood Jhammat", "termed", ""),
         ("“I have served this department for 27 years without a single inquiry against me,” he said.", "Khalid Mehmood Jhammat", "said", "W"),
         ("“The record will speak for itself.”", "Khalid Mehmood Jhammat", "said", "")],
        [("The complainant in the case, Haji Ghulam Rasool Dhingra, a former union council chairman, told this correspondent that residents along the bypass had been living in darkness for three years.", "Ghulam Rasool Dhingra", "told this correspondent", "W")],
        [("“Every evening, after Maghrib, the road becomes a hunting ground for thieves,” he said.", "Ghulam Rasool Dhingra", "said", ""),
         ("“Two motorcyclists were killed on that road in one month last winter.”", "Ghulam Rasool Dhingra", "said", "W")],
        [("He further said that he had first written to the deputy commissioner about the missing poles in March 2023, but no action was taken until residents staged a protest on the bypass.", "Ghulam Rasool Dhingra", "further said", "W")],
        [("In its written reply submitted to the court, the TMA stated that it had since installed 300 streetlights on the bypass from its own funds at a cost of Rs11.7 million.", "the TMA", "stated", "W"),
         ("It further stated that the remaining poles would be installed by June 30, subject to the release of funds by the Local Government and Community Development Department.", "the Tehsil Municipal Administration (TMA) Kotla Jhandeer", "further stated", "")],
        [("An ACE spokesperson said property of the accused worth Rs31 million had been frozen on the orders of the court.", "An ACE spokesperson", "said", "W"),
         ("The spokesperson added that the contractor had deposited Rs9.2 million with the ACE in 2025 under a voluntary return offer, which he later withdrew.", "An ACE spokesperson", "added", "W")],
        [("Hanjrawal's counsel, Advocate Shahzad Iqbal Wahla, did not respond to phone calls and messages.", "Shahzad Iqbal Wahla", "did not respond to phone calls and messages", "")],
        [("Muhammad Saleem Chhina, who runs a tyre shop on the bypass, said he had been closing his shop at sunset since two robberies in January.", "Muhammad Saleem Chhina", "said", ""),
         ("“Who will come to buy tyres in the dark?” he asked.", "Muhammad Saleem Chhina", "asked", "")],
        [("The case was transferred to the anti-corruption court in Lahore from Gujranwala in January on an application by the prosecution.", "", "", "W")],
        [("Published in Daily Naqqash Times, April 22nd, 2026", "", "", "B")],
        [("Follow Daily Naqqash Times on WhatsApp | Facebook | X | YouTube", "", "", "B")],
        [("Comments are closed on this story.", "", "", "B")],
        [("Copyright © 2026 Naqqash Media Group (Pvt.) Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 3. Scottish regional daily's site, a council proposes mothballing a rural primary school
        [("The Glenrannoch Courier", "", "", "B")],
        [("News  Sport  Farming  Business  Community  Family Notices  Jobs  Subscribe", "", "", "B")],
        [("News › Education", "", "", "B")],
        [("Kinbrachie Primary could be mothballed from August as roll falls to nine", "", "", "W")],
        [("Parents vow to fight plan that would put pupils on a 44-minute bus to Auchmuirbridge", "", "", "W")],
        [("Euan Lendrum-Cairnie, Education Reporter", "", "", "B")],
        [("Published: 06:00, 22 April 2026  |  Updated: 11:42, 22 April 2026", "", "", "B")],
        [("Share  Facebook  X  WhatsApp  Email  Copy link", "", "", "B")],
        [("Kinbrachie Primary School opened in 1877 and has one classroom in use.", "", "", "W"),
         ("Image: Glenrannoch Courier", "", "", "B")],
        [("Kinbrachie Primary School could close its doors in August for at least a year after Aberdeenshire Council proposed “mothballing” it because of a falling roll.", "", "", "W")],
        [("The school, which had 31 pupils in 2016, now has nine.", "", "", "W"),
         ("Council officers expect the roll to fall to six after this year's P7 pupils leave for secondary school.", "Council officers", "expect", "")],
        [("A report to the council's education and children's services committee recommends that pupils move to Auchmuirbridge Primary, 11 miles away, with free school transport.", "A report to the council's education and children's services committee", "recommends", "W"),
         ("It says mothballing, rather than closing, would allow the school to reopen if the roll recovers.", "A report to the council's education and children's services committee", "says", "W")],
        [("Committee members will vote on the proposal on Thursday, 30 April.", "", "", "W")],
        [("Committee chair Cllr Alasdair Rennoch-Tawse said: “Nobody on this committee wants to close a rural school.", "Alasdair Rennoch-Tawse", "said", "")],
        [("“But nine pupils across seven year groups is not a class, it is a tutorial.", "Alasdair Rennoch-Tawse", "said", "W"),
         ("Children need other children.”", "Alasdair Rennoch-Tawse", "said", "")],
        [("He said the council spent £19,400 per pupil at Kinbrachie last year, against an average of £6,100 across its primary schools.", "Alasdair Rennoch-Tawse", "said", "W")],
        [("But Shona Boyndlie-Shirras, who chairs the school's parent council and has two children at Kinbrachie, said young families had moved to the village in the past two years precisely because of the school.", "Shona Boyndlie-Shirras", "said", ""),
         ("She said: “We have three children under five in the village who would start at Kinbrachie.", "Shona Boyndlie-Shirras", "said", "W"),
         ("If the school goes, the young families go, and then the shop goes.”", "Shona Boyndlie-Shirras", "said", "")],
        [("She said the bus to Auchmuirbridge would take 44 minutes each way on single-track roads that are often shut by snow in winter.", "Shona Boyndlie-Shirras", "said", "W")],
        [("The parent council has collected 1,260 signatures on a petition against the plan, which it will hand to councillors before the meeting.", "", "", "W")],
        [("Hamish Crannachie, 81, was a pupil at Kinbrachie in the 1950s.", "", "", ""),
         ("“There were three teachers then, and we thought it would be there for ever,” he said.", "Hamish Crannachie", "said", "W"),
         ("“Once you shut the door, it never opens again.", "Hamish Crannachie", "said", ""),
         ("Ask any glen in Scotland.”", "Hamish Crannachie", "said", "")],
        [("Grant Strachallan-Massie, local secretary of the Educational Institute of Scotland (EIS), said the union was not opposed to the proposal in principle but wanted guarantees for the school's two part-time teachers.", "Grant Strachallan-Massie", "said", ""),
         ("He said the council had mothballed four schools since 2015 and only one had reopened.", "Grant Strachallan-Massie", "said", "W")],
        [("The school's headteacher referred questions to the council.", "The school's headteacher", "referred questions to the council", "")],
        [("A council spokeswoman said: “A mothballed school is not a closed school.", "A council spokeswoman", "said", ""),
         ("The building will be maintained, and the decision will be reviewed every year.”", "A council spokeswoman", "said", "W")],
        [("She said a formal closure would require a statutory consultation under the Schools (Consultation) (Scotland) Act 2010, which mothballing does not.", "A council spokeswoman", "said", "W")],
        [("North East MSP Catriona MacAndrew-Birse said she had written to the Cabinet Secretary for Education asking whether the council's use of mothballing was “a way round the law”.", "Catriona MacAndrew-Birse", "said", "W")],
        [("A Scottish Government spokesperson said: “Decisions on the school estate are a matter for local authorities.", "A Scottish Government spokesperson", "said", "W"),
         ("Councils must have regard to the special factors that apply to rural schools when considering any closure proposal.”", "A Scottish Government spokesperson", "said", "W")],
        [("Thursday's meeting starts at 10am at the council's headquarters and will be streamed on its website.", "", "", "W")],
        [("Read more", "", "", "B")],
        [("Auchmuirbridge Academy's new games hall finally opens after 14-month delay", "", "", "B")],
        [("Got a story?", "", "", "B"),
         ("Email newsdesk@glenrannochcourier.co.uk", "", "", "B")],
        [("© 2026 Glenrannoch Courier Ltd.", "", "", "B"),
         ("Registered in Scotland No. SC418207.", "", "", "B")],
        [("Privacy  Cookie settings  Terms  Contact us", "", "", "B")],
    ],
    [  # 4. Jamaican community paper's sports page, a school is docked nine points over an overage player
        [("THE LIGNUMVITAE GAZETTE", "", "", "B")],
        [("News | Sports | Business | Entertainment | Lifestyle | Letters | Classifieds", "", "", "B")],
        [("Sports", "", "", "B")],
        [("ISSA docks Mount Bethabara nine points over overage player", "", "", "W")],
        [("Principal says school will appeal; St. Barnabus Technical now top Zone C", "Desmond Lyew-Chinsee", "says", "W")],
        [("Dwayne Samuda-Lewinson/Sports Writer", "", "", "B")],
        [("Published: Thursday | April 23, 2026 | 12:09 AM", "", "", "B")],
        [("Mount Bethabara High captain Romario Lattibeaudiere (left) in action against Naseberry Hill High at the Jackfruit Walk field on March 21.", "", "", ""),
         ("File", "", "", "B")],
        [("Mount Bethabara High School have been stripped of nine points in Zone C of the Messado Shield schoolboy football competition for fielding a player who was over the age limit.", "", "", "W")],
        [("The Inter-Secondary Schools Sports Association (ISSA) announced the penalty in a release on Wednesday, overturning Mount Bethabara's wins over Naseberry Hill High, Carrisbrook Comprehensive and Breadnut Vale Technical, which are now recorded as 3-0 walkovers.", "The Inter-Secondary Schools Sports Association (ISSA)", "announced", "W")],
        [("It drops the Ebony Mill Road school from first to fourth in the zone, with two matches left, and out of the qualifying places for the second round.", "", "", "W")],
        [("In its release, ISSA said the player, a fifth-form student, turned 19 before the September 1 cut-off date set by its eligibility rules.", "ISSA", "said", "W"),
         ("It said the school had submitted a birth certificate that was later found to have been altered.", "The Inter-Secondary Schools Sports Association (ISSA)", "said", "W")],
        [("ISSA competitions officer Dr Marcia Heholt-Bignall told the Gazette that the matter was referred to the association's eligibility committee after St. Barnabus Technical lodged a protest following their 2-2 draw with Mount Bethabara on April 11.", "Marcia Heholt-Bignall", "told the Gazette", "W")],
        [("“Every school signs the same declaration at the start of the season,” she said.", "Marcia Heholt-Bignall", "said", "W"),
         ("“The rules are there to protect the younger boys, and we have to apply them the same way for everybody.”", "Marcia Heholt-Bignall", "said", "")],
        [("Mount Bethabara principal Desmond Lyew-Chinsee said the school would appeal to the ISSA board within the seven days allowed.", "Desmond Lyew-Chinsee", "said", "W"),
         ("He insisted the school had acted in good faith.", "Desmond Lyew-Chinsee", "insisted", ""),
         ("“We took the document the parent gave us, and we sent it to ISSA like every other school does,” he said.", "Desmond Lyew-Chinsee", "said", "W"),
         ("“Nobody at Mount Bethabara altered anything.”", "Desmond Lyew-Chinsee", "said", "W")],
        [("Head coach Kirk ‘Tallawah’ Peynado said the ruling had left his players “in tears” at training on Wednesday afternoon.", "Kirk ‘Tallawah’ Peynado", "said", ""),
         ("“Dem cyaan tek weh wi season suh (They can't take our season away like that)!” he said.", "Kirk ‘Tallawah’ Peynado", "said", "")],
        [("“These boys trained at five o'clock in the morning since August.", "Kirk ‘Tallawah’ Peynado", "said", ""),
         ("One boy's mistake, or one adult's, and 21 of them lose everything?”", "Kirk ‘Tallawah’ Peynado", "said", "")],
        [("The player's mother, Marvia Sewell-Frater, told the Gazette by telephone that she had obtained the birth certificate from the Registrar General's Department in 2022 and did not know of any error.", "Marvia Sewell-Frater", "told the Gazette by telephone", "W"),
         ("“My son is not a cheat,” she said.", "Marvia Sewell-Frater", "said", "")],
        [("St. Barnabus Technical coach Oneil Whyne-Sturridge said his school had only asked ISSA to check the documents.", "Oneil Whyne-Sturridge", "said", "W"),
         ("“I feel for the youth, but rules are rules,” he said.", "Oneil Whyne-Sturridge", "said", "")],
        [("St. Barnabus Technical now lead Zone C with 19 points from eight matches, two ahead of Naseberry Hill.", "", "", "W")],
        [("A spokesman for the Ministry of Education and Youth said the ministry did not comment on ISSA disciplinary matters.", "A spokesman for the Ministry of Education and Youth", "said", "")],
        [("THREE QUESTIONS", "", "", "")],
        [("Gazette: Can Mount Bethabara's appeal restore the points?", "", "", "")],
        [("Heholt-Bignall: It can.", "Marcia Heholt-Bignall", "Heholt-Bignall:", "W"),
         ("The board can overturn the committee's decision or reduce the penalty.", "Marcia Heholt-Bignall", "Heholt-Bignall:", "W")],
        [("Gazette: Why were the schools that lost to Mount Bethabara not penalised?", "", "", "")],
        [("Heholt-Bignall: They did nothing wrong.", "Marcia Heholt-Bignall", "Heholt-Bignall:", "")],
        [("Gazette: How many protests have you dealt with this season?", "", "", "")],
        [("Heholt-Bignall: Seven across all zones.", "Marcia Heholt-Bignall", "Heholt-Bignall:", "W"),
         ("Two were upheld.", "Marcia Heholt-Bignall", "Heholt-Bignall:", "W")],
        [("Mount Bethabara play Breadnut Vale Technical at the Jackfruit Walk field on Saturday at 3:30 p.m.", "", "", "W")],
        [("ZONE C STANDINGS (top four)", "", "", "B")],
        [("1. St. Barnabus Technical  P8  Pts 19", "", "", "")],
        [("2. Naseberry Hill High  P8  Pts 17", "", "", "")],
        [("3. Carrisbrook Comprehensive  P9  Pts 14", "", "", "")],
        [("4. Mount Bethabara High  P8  Pts 13", "", "", "")],
        [("Feedback: sports@lignumvitaegazette.com", "", "", "B")],
        [("© 2026 Lignumvitae Media Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 5. Malaysian English-language news site, a listed bread maker raises prices
        [("Suria Times Online", "", "", "B")],
        [("Malaysia | World | Money | Sports | Lifestyle | Opinion | BM | 中文", "", "", "B")],
        [("Money › Corporate", "", "", "B")],
        [("Merbah Emas Bakeries to raise bread prices by up to 40 sen from May 1", "", "", "W")],
        [("KPDN says it will examine the company's cost figures before the increase takes effect", "Rozaini Ahmad Tajol-Nizam", "says", "W")],
        [("By Nurul Syafiqah Idrus-Baharom", "", "", "B")],
        [("Thursday, 23 Apr 2026 4:52 PM MYT", "", "", "B")],
        [("Share   Tweet   WhatsApp   Telegram", "", "", "B")],
        [("Loaves of Merbah Emas white bread on a shelf at a convenience store in Petaling Jaya, April 23, 2026.", "", "", ""),
         ("— Picture by Ahmad Fikri Sazali-Lokman", "", "", "B")],
        [("KUALA LUMPUR, April 23 — Merbah Emas Bakeries Bhd will raise the retail prices of its bread by between 20 sen and 40 sen a loaf from May 1, citing higher costs of wheat flour, butter and transport.", "Merbah Emas Bakeries Bhd", "citing", "W")],
        [("Its 600g white loaf, the country's best-selling bread according to market research firm Kajian Pasaran Nusantara, will go up from RM3.90 to RM4.30.", "Kajian Pasaran Nusantara", "according to", "W")],
        [("In a filing with Bursa Malaysia yesterday, the company said the price of the flour it buys had risen 18 per cent since July last year, while the cost of butter had gone up 26 per cent.", "the company", "said", "W"),
         ("It said the last increase in its bread prices was in October 2022.", "Merbah Emas Bakeries Bhd", "said", "W")],
        [("The group's products are sold in about 34,000 outlets across Peninsular Malaysia, the company said.", "the company", "said", "W")],
        [("Group managing director Datuk Seri Lum Poh Kheong told reporters after the company's annual general meeting in Shah Alam that the increase was “the smallest we could make without cutting quality”.", "Lum Poh Kheong", "told reporters", ""),
         ("“We absorbed the costs for three years,” he said.", "Lum Poh Kheong", "said", "W"),
         ("“We cannot keep doing it and still pay our 4,100 workers.”", "Lum Poh Kheong", "said", "W")],
        [("Lum said the company's net profit fell 37 per cent to RM28.6 million in the financial year ended December 31, 2025.", "Lum Poh Kheong", "said", "W"),
         ("He said Merbah Emas would keep the price of its RM2.50 “Roti Rakyat” small loaf unchanged until the end of the year.", "Lum Poh Kheong", "said", "W")],
        [("Selangor Domestic Trade and Cost of Living Ministry (KPDN) director Rozaini Ahmad Tajol-Nizam said the ministry would ask the company to submit its cost breakdown within 14 days.", "Rozaini Ahmad Tajol-Nizam", "said", "W"),
         ("“Bread is not a controlled item, but under the Price Control and Anti-Profiteering Act 2011 a business cannot raise prices beyond what its costs justify,” he said when met by reporters in Klang.", "Rozaini Ahmad Tajol-Nizam", "said", "W")],
        [("He said KPDN officers had checked prices at 212 premises in the state since March and issued 19 compound notices, mostly for failing to display price tags.", "Rozaini Ahmad Tajol-Nizam", "said", "W"),
         ("Rozaini advised consumers who noticed unjustified increases to lodge complaints through the ministry's WhatsApp line or its online portal.", "Rozaini Ahmad Tajol-Nizam", "advised", "")],
        [("The president of the Klang Valley Consumers Association, Dr Kavitha Paramanathan, said the increase would hit low-income families hardest.", "Kavitha Paramanathan", "said", ""),
         ("“For a B40 household, bread is breakfast for the children every day,” she said in a statement.", "Kavitha Paramanathan", "said in a statement", ""),
         ("She urged the company to delay the increase until after the school holidays.", "Kavitha Paramanathan", "urged", "")],
        [("Pan-Malaysian Bakery Operators Association secretary-general Tneh Seong Ghee said smaller bakeries had raised their prices twice since 2024 and many were running at a loss.", "Tneh Seong Ghee", "said", "W"),
         ("“The big players held on the longest,” he said.", "Tneh Seong Ghee", "said", "")],
        [("In Taman Desa Ketapang Indah, Klang, sundry shop owner Ganesan Arumugam-Velupillai, 58, said he sells about 70 loaves a day, most of them before 9am.", "Ganesan Arumugam-Velupillai", "said", ""),
         ("“Customers will complain to me, not to the factory,” he said.", "Ganesan Arumugam-Velupillai", "said", "")],
        [("Economist Prof Dr Haslinda Che Mokhzani-Yaacob of Kolej Universiti Tanjung Kerayong said bread made up about 1.1 per cent of the consumer price index basket.", "Haslinda Che Mokhzani-Yaacob", "said", "W"),
         ("“The direct effect on inflation will be small, perhaps 0.05 of a percentage point,” she said.", "Haslinda Che Mokhzani-Yaacob", "said", ""),
         ("“The bigger risk is that other bakeries follow.”", "Haslinda Che Mokhzani-Yaacob", "said", "")],
        [("Consumer prices rose 1.6 per cent in March from a year earlier, according to the Department of Statistics Malaysia (DOSM).", "the Department of Statistics Malaysia (DOSM)", "according to", "W")],
        [("A spokesperson for Roti Melur Harum Sdn Bhd, the second-largest bread maker in the peninsula, said the company had “no plans at this time” to change its prices.", "A spokesperson for Roti Melur Harum Sdn Bhd", "said", "")],
        [("Merbah Emas's shares closed 6 sen lower at RM1.84 on Bursa Malaysia today.", "", "", "W")],
        [("Related Articles", "", "", "B")],
        [("Flour millers say wheat import costs up 12pc in first quarter", "", "", "B")],
        [("Don't miss the news that matters.", "", "", "B"),
         ("Subscribe to our Telegram channel for the latest updates.", "", "", "B")],
        [("Copyright © 2026 Suria Times Online Sdn Bhd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Privacy Policy | Terms of Use | Advertise With Us | Contact Us", "", "", "B")],
    ],
    [  # 6. Saskatchewan weekly's site, a river ferry will not run this season
        [("The Wolfwillow Advocate", "", "", "B")],
        [("Serving the RMs of Kettlehill, Antler Bend and Silverberry since 1911", "", "", "B")],
        [("News  |  Agriculture  |  Sports  |  Obituaries  |  Classifieds  |  e-Edition", "", "", "B")],
        [("Local News", "", "", "B")],
        [("Torvaldsen ferry won't run this season as province replaces its cables", "", "", "W")],
        [("Farmers face a 94-kilometre detour; reeve calls the decision ‘a kick in the teeth’", "Dale Ostapchuk-Kemper", "calls", "W")],
        [("Tessa Vanderzwaag-Gauthier, LJI reporter", "", "", "B")],
        [("Posted Apr 23, 2026 5:40 pm CST", "", "", "B")],
        [("Share on Facebook  |  Share on X  |  Email this story", "", "", "B")],
        [("The Torvaldsen ferry sits on the east bank of the South Saskatchewan River on Tuesday.", "", "", ""),
         ("Tessa Vanderzwaag-Gauthier / The Advocate", "", "", "B")],
        [("KETTLEHILL, Sask. — The Torvaldsen ferry across the South Saskatchewan River will not operate in 2026, the Ministry of Highways confirmed Wednesday.", "the Ministry of Highways", "confirmed", "W")],
        [("In an emailed statement, the ministry said an inspection last fall found that the ferry's guide cables and two of its four sheaves were worn beyond safe limits.", "the ministry", "said", "W"),
         ("It said a new cable system had been ordered but would not arrive until October, after the usual end of the ferry season.", "the Ministry of Highways", "said", "W"),
         ("It said renting a temporary system had been considered and rejected because none available met the ministry's safety standards.", "the Ministry of Highways", "said", "W")],
        [("The ferry, which carries up to 12 cars or two loaded grain trucks at a time, usually runs from late April to the end of October, from 7 a.m. to midnight.", "", "", "W"),
         ("It made 9,480 crossings last year, according to ministry figures.", "ministry figures", "according to", "W")],
        [("Without it, residents on the west side of the river face a detour of 94 kilometres via the Hwy. 41 bridge at Klemmer Landing to reach Quarnby Forks, where the nearest grocery store, school and health centre are.", "", "", "W")],
        [("Reeve Dale Ostapchuk-Kemper of the RM of Kettlehill No. 317 called the decision “a kick in the teeth” for farm families on the west side.", "Dale Ostapchuk-Kemper", "called", ""),
         ("“We found out from a press release,” he said.", "Dale Ostapchuk-Kemper", "said", "W"),
         ("“Nobody from Regina picked up the phone and called this council.”", "Dale Ostapchuk-Kemper", "said", "W")],
        [("He said council had passed a motion Tuesday night asking the province to rent a temporary cable system so the ferry could run by July.", "Dale Ostapchuk-Kemper", "said", "W")],
        [("Colleen Bourassa-Hrynuik has operated the Torvaldsen ferry for 16 seasons.", "", "", ""),
         ("She said she and the other three operators had been told they would be offered work on other ferries or on highway crews.", "Colleen Bourassa-Hrynuik", "said", "W")],
        [("“I'll take the work, but it won't be the same,” Bourassa-Hrynuik said.", "Colleen Bourassa-Hrynuik", "said", ""),
         ("“On a Saturday in harvest I've had trucks lined up a kilometre back from the landing.”", "Colleen Bourassa-Hrynuik", "said", "W")],
        [("Garnet Sawatzky-Hjertaas farms 3,200 acres on both sides of the river.", "", "", ""),
         ("He said the detour would add about two hours to each round trip for his combines and grain trucks at harvest.", "Garnet Sawatzky-Hjertaas", "said", ""),
         ("“Fuel, wages, time — somebody pays for that, and it's us,” he said.", "Garnet Sawatzky-Hjertaas", "said", "")],
        [("Kettlehill District EMS manager Priya Hallgrimson-Thampi said ambulances had used the ferry to reach the west side on 41 calls last year.", "Priya Hallgrimson-Thampi", "said", "W"),
         ("She said crews would now be dispatched from Klemmer Landing for those calls, adding about 25 minutes to response times.", "Priya Hallgrimson-Thampi", "said", "W")],
        [("Opposition highways critic Renée Kowalyshyn-Dufour said the province had known about the worn cables since its inspection last fall and should have ordered parts then.", "Renée Kowalyshyn-Dufour", "said", "W"),
         ("“Six months is plenty of time to find a cable,” she said.", "Renée Kowalyshyn-Dufour", "said", "")],
        [("Q&A: ‘We're cut in half’", "", "", "")],
        [("The Advocate asked Ostapchuk-Kemper three questions after Tuesday's council meeting.", "", "", "W")],
        [("Q: How many people live on the west side?", "", "", "")],
        [("A: About 340, in 120 households, and most of the RM's cropland.", "Dale Ostapchuk-Kemper", "A:", "W")],
        [("Q: The ministry says a rented cable system would not meet its safety standards.", "The ministry", "says", "W"),
         ("Does that end it?", "", "", "")],
        [("A: No.", "Dale Ostapchuk-Kemper", "A:", ""),
         ("Ferries in Alberta run on leased cables every summer.", "Dale Ostapchuk-Kemper", "A:", "W")],
        [("Q: What happens if the answer is still no?", "", "", "")],
        [("A: Then we'll be at the legislature with a few grain trucks.", "Dale Ostapchuk-Kemper", "A:", "")],
        [("Tessa Vanderzwaag-Gauthier is a Local Journalism Initiative reporter at The Wolfwillow Advocate.", "", "", "B"),
         ("The LJI is funded by the Government of Canada.", "", "", "B")],
        [("Letters to the editor: letters@wolfwillowadvocate.ca", "", "", "B")],
        [("© Copyright 2026 Wolfwillow Advocate Publishing Inc.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 7. Kenyan daily's county page, secondary schools send students home as capitation is delayed
        [("JUKWAA DAILY", "", "", "B")],
        [("Kenya's people's paper | Wednesday, April 22, 2026", "", "", "B")],
        [("Home | News | Counties | Politics | Business | Education | Sports | Opinion | ePaper", "", "", "B")],
        [("Counties › Kakamega", "", "", "B")],
        [("Heads in Ikonyero send 1,900 students home as capitation delay bites", "", "", "W")],
        [("Ministry says the balance will reach schools ‘this week’; heads say they have heard that before", "the State Department for Basic Education", "says", "")],
        [("By BRAMWEL LUSWETI-MUKHWANA", "", "", "B")],
        [("April 22nd, 2026 · 3 min read", "", "", "B")],
        [("Students of Ikonyero Boys High School walk home on Tuesday after being sent away over fee balances.", "", "", "W"),
         ("PHOTO | BRAMWEL LUSWETI-MUKHWANA", "", "", "B")],
        [("More than 1,900 students in 11 public secondary schools in Ikonyero Sub-County, Kakamega County, have been sent home since Monday over unpaid fee balances.", "", "", "W")],
        [("The principals say they have received only half of the first-term capitation from the Government, which was due in January.", "The principals", "say", "W")],
        [("Kenya Secondary Schools Heads Association (KESSHA) Ikonyero branch chairman Joash Amukoye-Lisamula, who is also the principal of Ikonyero Boys High School, said suppliers had stopped delivering food to most of the schools.", "Joash Amukoye-Lisamula", "said", "W"),
         ("“We owe our maize supplier Sh1.4 million,” he said.", "Joash Amukoye-Lisamula", "said", "W"),
         ("“He came here on Friday and told me not to call him again until I have a cheque.”", "Joash Amukoye-Lisamula", "said", "")],
        [("Mr. Amukoye-Lisamula noted that the Government is supposed to release 50 per cent of the annual capitation in the first term, 30 per cent in the second and 20 per cent in the third.", "Joash Amukoye-Lisamula", "noted", "W"),
         ("He said his school, with 1,120 students, had received Sh4.7 million in February against the Sh9.5 million it expected.", "Joash Amukoye-Lisamula", "said", "W")],
        [("Mrs. Rosebella Nanjala-Shitsukane, principal of Ikonyero Girls High School, said her school had cut meals to two a day on Friday to stretch its food stocks.", "Rosebella Nanjala-Shitsukane", "said", "W"),
         ("“Girls cannot learn on an empty stomach, but I cannot cook air,” she said.", "Rosebella Nanjala-Shitsukane", "said", "")],
        [("In a statement on Tuesday, the State Department for Basic Education said Sh21.3 billion had been released to secondary schools on April 17 and would reach school accounts “within this week”.", "the State Department for Basic Education", "said", "W"),
         ("It said the delay was caused by a shortfall in exchequer releases from the National Treasury.", "the State Department for Basic Education", "said", "W")],
        [("Kakamega County Director of Education Dr. Zipporah Jepchirchir-Kipkemboi told journalists in her office that no principal had been authorised to send students home.", "Zipporah Jepchirchir-Kipkemboi", "told journalists", "W"),
         ("“Tuition for day scholars is paid by the Government,” she said.", "Zipporah Jepchirchir-Kipkemboi", "said", "W"),
         ("“Any head who sends a child home over boarding fees must first inform my office, and none of them did.”", "Zipporah Jepchirchir-Kipkemboi", "said", "W")],
        [("Mr. Amukoye-Lisamula said the students sent home were boarders whose parents owed at least Sh15,000 each, and that the principals had written to the county director on April 9.", "Joash Amukoye-Lisamula", "said", "W")],
        [("Everlyne Khavetsa-Nang'unda, a mother of three from Lusiola village, said her son, a Form Four candidate, had been sent home with a balance of Sh18,600.", "Everlyne Khavetsa-Nang'unda", "said", ""),
         ("“I sell vegetables at Ikonyero market.", "Everlyne Khavetsa-Nang'unda", "said", ""),
         ("Where will I get Sh18,600 in one week?” she asked.", "Everlyne Khavetsa-Nang'unda", "asked", "")],
        [("Her son, Brian Khisa-Nang'unda, 18, said his class had lost nine days of lessons this year over fees.", "Brian Khisa-Nang'unda", "said", "W"),
         ("“The exam does not wait for capitation,” he said.", "Brian Khisa-Nang'unda", "said", "")],
        [("Kenya Union of Post Primary Education Teachers (KUPPET) Kakamega branch executive secretary Bonface Oyieko-Mang'eni decried what he termed “the annual ritual” of late releases.", "Bonface Oyieko-Mang'eni", "decried", ""),
         ("He said the union would write to the Cabinet Secretary demanding that capitation be paid in full by the second week of each term.", "Bonface Oyieko-Mang'eni", "said", "W")],
        [("Ikonyero Ward MCA Hon. Wycliffe Mulama-Ingosi said he would table a motion in the county assembly asking the county government to set up a Sh50 million emergency bursary fund.", "Wycliffe Mulama-Ingosi", "said", "W")],
        [("Secondary schools receive Sh16,900 per student per year in capitation, according to Ministry of Education guidelines.", "Ministry of Education guidelines", "according to", "W")],
        [("The State Department did not respond to questions on when the second-term capitation would be released.", "The State Department", "did not respond to questions", "")],
        [("The schools are expected to recall boarders on Monday if the funds arrive, Mr. Amukoye-Lisamula said.", "Joash Amukoye-Lisamula", "said", "")],
        [("RELATED STORIES", "", "", "B")],
        [("KCSE 2025: Kakamega posts best results in six years", "", "", "B")],
        [("Parents protest over Sh3,000 ‘development levy’ at Shirotsa Girls", "", "", "B")],
        [("Have a story?", "", "", "B"),
         ("WhatsApp us on 0711 000 482", "", "", "B")],
        [("© 2026 Jukwaa Media Group Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 8. New Zealand regional paper's site, a district council votes to keep water services in-house
        [("The Waitoaroa Herald", "", "", "B")],
        [("Saturday 25 April 2026  |  14°C Showers", "", "", "B")],
        [("News  Local Democracy  Sport  Rural  Opinion  Puzzles  Notices", "", "", "B")],
        [("Local Democracy", "", "", "B")],
        [("Waitoaroa votes 7-5 to keep its water in-house, rejecting four-council entity", "", "", "W")],
        [("Mayor says ratepayers ‘will not pay for other towns' pipes’; iwi trust says it was not consulted", "Aroha Te Koeti-Brenkley", "says", "W")],
        [("Hone Rātima-Gilling, Local Democracy Reporter", "", "", "B")],
        [("Published 25 April 2026, 4:05pm", "", "", "B")],
        [("Share  Facebook  X  LinkedIn  Email", "", "", "B")],
        [("Councillors debate the water services options in the Waitoaroa District Council chambers on Thursday.", "", "", ""),
         ("Photo / Hone Rātima-Gilling", "", "", "B")],
        [("Waitoaroa District Council has voted to run its own drinking water, wastewater and stormwater services through a council-controlled organisation, turning down an offer to join three neighbouring councils in a regional water entity.", "", "", "W")],
        [("The vote on Thursday was 7-5 after more than four hours of debate, and followed public consultation that drew 1,163 submissions.", "", "", "W")],
        [("Under the Government's Local Water Done Well policy, councils must show the Department of Internal Affairs that their water services are financially sustainable.", "", "", "W")],
        [("Mayor Aroha Te Koeti-Brenkley said the council's own modelling showed the in-house option would cost the average household $2,140 a year in water charges by 2034, against $2,390 under the regional entity.", "Aroha Te Koeti-Brenkley", "said", "W"),
         ("“I will not ask Waitoaroa ratepayers to pay for other towns' pipes,” she told the meeting.", "Aroha Te Koeti-Brenkley", "told the meeting", ""),
         ("“We've spent $38 million on our treatment plants in the last eight years.", "Aroha Te Koeti-Brenkley", "told the meeting", "W"),
         ("We're not handing them over.”", "Aroha Te Koeti-Brenkley", "told the meeting", "")],
        [("Cr Brent Hollingsmere-Fa'auli, who voted against, said the council's modelling assumed no major pipe failures for a decade.", "Brent Hollingsmere-Fa'auli", "said", "W"),
         ("“That's not a plan, that's a prayer,” he said.", "Brent Hollingsmere-Fa'auli", "said", "")],
        [("He said the council's debt would rise to 264 per cent of revenue by 2030 under the in-house option, close to the 280 per cent limit set by its lender, the Local Government Funding Agency.", "Brent Hollingsmere-Fa'auli", "said", "W")],
        [("Chief executive Sandeep Subbarayan-Doull told councillors the council-controlled organisation would be set up by July 1, 2027, and would borrow separately from the council.", "Sandeep Subbarayan-Doull", "told councillors", "W")],
        [("Te Whānau-a-Kuratai Trust chair Mereana Tūwhangai-Dansey said the trust had not been consulted before the options were drawn up, despite its seat on the council's water working group.", "Mereana Tūwhangai-Dansey", "said", "W"),
         ("“Ko te wai te toto o te whenua (Water is the blood of the land),” she said.", "Mereana Tūwhangai-Dansey", "said", ""),
         ("“You don't make decisions about the blood of the land and tell us afterwards.”", "Mereana Tūwhangai-Dansey", "said", "")],
        [("Te Koeti-Brenkley rejected that.", "Aroha Te Koeti-Brenkley", "rejected", ""),
         ("She said the trust had been sent the draft options on February 2 and invited to two workshops.", "Aroha Te Koeti-Brenkley", "said", "W")],
        [("Waitoaroa Ratepayers' Association chair Graham Pilbeame-Tāwhiri welcomed the vote.", "Graham Pilbeame-Tāwhiri", "welcomed", ""),
         ("He said 71 per cent of the 1,163 submissions had favoured keeping water in-house.", "Graham Pilbeame-Tāwhiri", "said", "W")],
        [("Waitoaroa resident Tui Makoare-Bergstrand, 67, said the in-house option had been explained better than the regional one.", "Tui Makoare-Bergstrand", "said", ""),
         ("“I read both documents and only understood one of them,” she said.", "Tui Makoare-Bergstrand", "said", "")],
        [("A Department of Internal Affairs spokesperson said the council's water services delivery plan would be assessed against the same criteria as every other council's.", "A Department of Internal Affairs spokesperson", "said", "W"),
         ("The spokesperson said plans that did not meet the criteria could be referred to a Crown facilitator.", "A Department of Internal Affairs spokesperson", "said", "W")],
        [("The mayor of neighbouring Tūmanako District, Ian Saddlebrook-Tūrei, said he was “disappointed but not surprised”.", "Ian Saddlebrook-Tūrei", "said", ""),
         ("He said the three remaining councils would decide by June 30 whether to go ahead without Waitoaroa.", "Ian Saddlebrook-Tūrei", "said", "W")],
        [("Water charges in Waitoaroa will rise 12.5 per cent from July 1 under the council's annual plan, adopted at the same meeting.", "", "", "W")],
        [("The council will submit its plan to the department by September 30.", "", "", "W")],
        [("Local Democracy Reporting is Public Interest Journalism funded through NZ On Air.", "", "", "B")],
        [("Read next: Waitoaroa's riverside holiday park lease goes to tender", "", "", "B")],
        [("Comments are open for 48 hours.", "", "", "B"),
         ("Please read our community guidelines before posting.", "", "", "B")],
        [("© 2026 Tīeke Media Ltd.", "", "", "B"),
         ("The Waitoaroa Herald is a member of the New Zealand Media Council.", "", "", "B")],
    ],
    [  # 9. Philippine news site's regional page, a jeepney strike against the franchise consolidation deadline
        [("Balud Daily", "", "", "B")],
        [("News | Regions | Visayas | Mindanao | Business | Sports | Lifestyle | Opinion", "", "", "B")],
        [("Regions › Western Visayas", "", "", "B")],
        [("Mandurog jeepney strike cancels 6 in 10 trips as franchise deadline nears", "", "", "W")],
        [("LTFRB-6 says there will be no extension for unconsolidated jeepneys after May 31", "Ma. Cristina Dumagsa-Villanoza", "says", "W")],
        [("By Kristine Joy Gallego-Tumbaga", "", "", "B")],
        [("April 23, 2026 | 7:45 PM", "", "", "B")],
        [("Share  f  X  in  ✉", "", "", "B")],
        [("Commuters wait for rides along Tamborong St. in Mandurog City on Thursday morning.", "", "", ""),
         ("(Photo by Kristine Joy Gallego-Tumbaga)", "", "", "B")],
        [("MANDUROG CITY, Iloilo – About six in 10 jeepney trips in this city were cancelled on Thursday as traditional drivers went on a one-day strike against the May 31 deadline for the consolidation of their franchises, according to the City Traffic Management Office (CTMO).", "the City Traffic Management Office (CTMO)", "according to", "W")],
        [("CTMO head Engr. Raymund Sorbito-Gumban said traffic enforcers counted 412 jeepneys on the city's 14 routes by 9 a.m., against an average of 1,050 on a normal weekday.", "Raymund Sorbito-Gumban", "said", "W")],
        [("The strike was called by the Alyansa sang mga Drayber sa Iloilo (ASDI), which says about 2,300 of the province's jeepney drivers have refused to join cooperatives.", "the Alyansa sang mga Drayber sa Iloilo (ASDI)", "says", "W")],
        [("ASDI president Rodolfo “Dondoy” Tabudlong-Jaleco said the drivers could not afford the modern minibuses that cooperatives are required to buy, which cost about ₱2.4 million each.", "Rodolfo “Dondoy” Tabudlong-Jaleco", "said", "W"),
         ("“Indi kami kontra sa pag-uswag, pero indi namon masarangan ang utang (We are not against progress, but we cannot carry the debt),” he said in Hiligaynon.", "Rodolfo “Dondoy” Tabudlong-Jaleco", "said in Hiligaynon", "")],
        [("He said a driver takes home about ₱900 on a good day after paying for diesel and the boundary to the jeepney's owner.", "Rodolfo “Dondoy” Tabudlong-Jaleco", "said", "W")],
        [("Land Transportation Franchising and Regulatory Board (LTFRB) Region 6 director Atty. Ma. Cristina Dumagsa-Villanoza said there would be no extension.", "Ma. Cristina Dumagsa-Villanoza", "said", "W"),
         ("“The deadline has been moved three times since 2023,” she told reporters in a press briefing.", "Ma. Cristina Dumagsa-Villanoza", "told reporters in a press briefing", "W"),
         ("“Those who did not consolidate will lose their provisional authority to operate on June 1.”", "Ma. Cristina Dumagsa-Villanoza", "told reporters in a press briefing", "W")],
        [("Dumagsa-Villanoza said 71 percent of the 6,840 jeepney franchises in Western Visayas had already been consolidated into 58 cooperatives and corporations.", "Ma. Cristina Dumagsa-Villanoza", "said", "W")],
        [("The Department of Transportation (DOTr), in a statement, said the government's equity subsidy for each modern unit had been raised to ₱280,000 this year.", "The Department of Transportation (DOTr)", "said", "W"),
         ("It said cooperatives could also borrow from the Land Bank of the Philippines and the Development Bank of the Philippines at 6 percent interest.", "The Department of Transportation (DOTr)", "said", "W")],
        [("Police Lt. Col. Ramil Gaspar-Sumaoang, chief of the Mandurog City Police Station, said the strike was peaceful and no one was arrested.", "Ramil Gaspar-Sumaoang", "said", "W"),
         ("He said 30 police vehicles and 12 city government trucks were deployed to give free rides.", "Ramil Gaspar-Sumaoang", "said", "W")],
        [("Jessamine Orbigo-Bagasbas, a nursing student at a college in Brgy. Sta. Felisa, said she waited almost an hour for a ride at 6 a.m.", "Jessamine Orbigo-Bagasbas", "said", "W"),
         ("“I was late for my return demonstration,” she said.", "Jessamine Orbigo-Bagasbas", "said", ""),
         ("“I support the drivers, but we are the ones who suffer.”", "Jessamine Orbigo-Bagasbas", "said", "")],
        [("In a radio interview, Mayor Teodoro Abanilla-Pueblas said the city government had asked the LTFRB to allow traditional jeepneys on three routes not yet served by any cooperative.", "Teodoro Abanilla-Pueblas", "said", "W"),
         ("“We cannot leave barangays without a ride,” he said.", "Teodoro Abanilla-Pueblas", "said", "")],
        [("The chairman of the Mandurog Transport Service Cooperative, Virgilio Sangcopan-Dagoc, said his cooperative's 46 modern minibuses ran full all day on Thursday.", "Virgilio Sangcopan-Dagoc", "said", "W"),
         ("He said the cooperative charges a minimum fare of ₱15, against ₱13 on traditional jeepneys.", "Virgilio Sangcopan-Dagoc", "said", "W")],
        [("ASDI said it would hold a second strike next week if the LTFRB does not act on its petition.", "ASDI", "said", "")],
        [("Q&A with the LTFRB regional director", "", "", "")],
        [("Q: Will jeepneys without consolidated franchises be apprehended on June 1?", "", "", "")],
        [("A: Yes.", "Ma. Cristina Dumagsa-Villanoza", "A:", "W"),
         ("Our enforcers and the police will be on the roads from 5 a.m.", "Ma. Cristina Dumagsa-Villanoza", "A:", "W")],
        [("Q: ASDI says drivers were never consulted.", "ASDI", "says", "W"),
         ("Is that true?", "", "", "")],
        [("A: We held 23 consultations in this region since 2023.", "Ma. Cristina Dumagsa-Villanoza", "A:", "W"),
         ("The minutes are on our Facebook page.", "Ma. Cristina Dumagsa-Villanoza", "A:", "W")],
        [("READ: Iloilo pump prices up for third straight week", "", "", "B")],
        [("Tags: jeepney, PUV modernization, LTFRB, Mandurog City", "", "", "B")],
        [("Balud Daily welcomes your comments.", "", "", "B"),
         ("Please keep them civil and on topic.", "", "", "B")],
        [("Copyright © 2026 Balud Media Corp.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 10. Irish regional weekly's site, a woman waits 94 minutes for an ambulance
        [("The Drumcorrig Enquirer", "", "", "B")],
        [("News  Sport  GAA  Farming  Community  Deaths  Jobs  Property  E-paper", "", "", "B")],
        [("News", "", "", "B")],
        [("‘Mam lay on the kitchen floor for an hour and a half,’ says Drumcorrig woman after 94-minute ambulance wait", "Niamh Brislane-Carolan", "says", "W")],
        [("Figures show Donegal's emergency response times are the slowest in the north-west", "figures released to Deputy Marian Gallinagh-Farren in a parliamentary reply", "show", "W")],
        [("By Caoimhe Ní Bhreathnach-Harkin", "", "", "B")],
        [("Wednesday, 22 April 2026 – 17:30", "", "", "B")],
        [("Share on:  Facebook  X  WhatsApp  Email", "", "", "B")],
        [("Niamh Brislane-Carolan at her mother's home in Drumcorrig.", "", "", ""),
         ("Picture: Enquirer Photography", "", "", "B")],
        [("A Drumcorrig woman who broke her hip in a fall at home waited 94 minutes for an ambulance, her daughter has said.", "Niamh Brislane-Carolan", "has said", "W")],
        [("Niamh Brislane-Carolan said her mother, Bríd, 84, fell in her kitchen at about 7.10pm on Saturday, April 11, and that she rang 112 within minutes.", "Niamh Brislane-Carolan", "said", "W")],
        [("“We were told an ambulance was on the way.", "Niamh Brislane-Carolan", "said", "W"),
         ("Then we were told it was coming from Carrowkeelin, because the Drumcorrig crew was out on another call,” she said.", "Niamh Brislane-Carolan", "said", "W")],
        [("“Mam lay on the kitchen floor for an hour and a half.", "Niamh Brislane-Carolan", "said", "W"),
         ("She kept saying sorry for the trouble.”", "Niamh Brislane-Carolan", "said", "")],
        [("The ambulance arrived at 8.44pm, according to a timeline the family received from the National Ambulance Service (NAS).", "a timeline the family received from the National Ambulance Service (NAS)", "according to", "W")],
        [("Mrs Brislane-Carolan had surgery at Letterkenny University Hospital the following day and is recovering.", "", "", "W")],
        [("Across Co. Donegal, ambulances reached 41 per cent of the most serious calls, those classed as life-threatening, within the national target of 19 minutes in the last three months of 2025, according to figures released to Deputy Marian Gallinagh-Farren in a parliamentary reply.", "figures released to Deputy Marian Gallinagh-Farren in a parliamentary reply", "according to", "W"),
         ("That was the lowest of the five counties in the north-west, where the figure as a whole was 53 per cent.", "", "", "W")],
        [("Deputy Gallinagh-Farren said the figures were “a scandal”.", "Marian Gallinagh-Farren", "said", ""),
         ("“Drumcorrig has one ambulance on at night for 31,000 people,” she said.", "Marian Gallinagh-Farren", "said", "W"),
         ("“When it's gone, it's gone.”", "Marian Gallinagh-Farren", "said", "")],
        [("She said she would raise the case with the Minister for Health in the Dáil next Tuesday.", "Marian Gallinagh-Farren", "said", "W")],
        [("The Minister for Health told the Dáil in March that ambulance response times had improved in 2025 in five of the six health regions.", "The Minister for Health", "told the Dáil", "W")],
        [("In a statement, the NAS said it did not comment on individual cases but that every call was “triaged according to clinical need”.", "the NAS", "said", ""),
         ("It said 34 new paramedics had been assigned to the north-west this year and a rapid response vehicle would be based in Drumcorrig from June.", "the National Ambulance Service (NAS)", "said", "W")],
        [("The Drumcorrig station covers an area of about 1,120 square kilometres, according to the NAS.", "the NAS", "according to", "W")],
        [("Declan Fureigh-Coll, a paramedic and SIPTU representative in the region, said crews were routinely held at hospital emergency departments for hours because patients could not be handed over.", "Declan Fureigh-Coll", "said", "W"),
         ("“Last Friday one crew waited four hours and 10 minutes outside Letterkenny with a patient on the trolley,” he said.", "Declan Fureigh-Coll", "said", "W"),
         ("“That's an ambulance the whole county hasn't got.”", "Declan Fureigh-Coll", "said", "")],
        [("Cllr Eunan McGlinchey-Boylan said the Drumcorrig ambulance base, which opened in 2009, was built for two crews but has only ever had one at night.", "Eunan McGlinchey-Boylan", "said", "W"),
         ("He said Donegal County Council would write to the HSE asking for a second night crew after a motion was passed unanimously on Monday.", "Eunan McGlinchey-Boylan", "said", "W")],
        [("A HSE spokesperson referred queries to the NAS.", "A HSE spokesperson", "referred queries to the NAS", "")],
        [("Dr Orla Mulreany-Gallen, a GP in Drumcorrig, advised families of older people to keep a list of their medications by the phone.", "Orla Mulreany-Gallen", "advised", ""),
         ("“If the crew knows what someone takes, they can act quicker,” she said.", "Orla Mulreany-Gallen", "said", "")],
        [("Ms Brislane-Carolan said her mother was “the toughest woman in Donegal” and was already asking when she could go home.", "Niamh Brislane-Carolan", "said", "")],
        [("Related", "", "", "B")],
        [("Drumcorrig community hospital to lose eight beds in HSE review", "", "", "B")],
        [("Do you have a story for the Enquirer?", "", "", "B"),
         ("Contact our newsroom on 074 912 4410 or newsdesk@drumcorrigenquirer.ie", "", "", "B")],
        [("© Drumcorrig Enquirer Ltd.", "", "", "B"),
         ("Registered in Ireland No. 328814.", "", "", "B")],
    ],
    [  # 11. Pennsylvania daily's site, a judge blocks a school district from closing an elementary school
        [("THE MERRISTON DISPATCH", "", "", "B")],
        [("Subscribe for $1  |  Sign In  |  Today's Paper", "", "", "B")],
        [("News  Local  Courts  Education  Business  Sports  Opinion  Obituaries", "", "", "B")],
        [("Education", "", "", "B")],
        [("Judge blocks Tuscarawick Valley from closing Pinchot Hollow Elementary this fall", "", "", "W")],
        [("Board skipped the public hearing state law requires, ruling says; district weighs appeal", "Ellen R. Vosbury-Pettengill", "says", "W")],
        [("By Jacqueline Oesterle-Kriebel | joesterle@merristondispatch.com", "", "", "B")],
        [("April 21, 2026, 4:18 p.m. | Updated: 7:02 p.m.", "", "", "B")],
        [("Share  Email  Print  Comments", "", "", "B")],
        [("Parents and students rally outside the Merriston County Courthouse before Monday's hearing.", "", "", ""),
         ("Jacqueline Oesterle-Kriebel / Dispatch", "", "", "B")],
        [("LINDENFORD, Pa. — A Merriston County judge on Tuesday ordered the Tuscarawick Valley School District to keep Pinchot Hollow Elementary School open for the 2026-27 school year, ruling that the school board closed it without holding the public hearing required by state law.", "Ellen R. Vosbury-Pettengill", "ruling", "W")],
        [("Judge Ellen R. Vosbury-Pettengill of the Merriston County Court of Common Pleas granted a preliminary injunction sought by a group of Pinchot Hollow parents, who sued the district in March.", "", "", "W")],
        [("In a 14-page opinion, Vosbury-Pettengill wrote that the board had voted to close the school on Feb. 9, only 19 days after announcing the proposal, while Section 780 of the Public School Code of 1949 requires a public hearing at least three months before a final decision.", "Ellen R. Vosbury-Pettengill", "wrote", "W"),
         ("“A meeting at which the board takes public comment on a closure it has already scheduled is not the hearing the legislature had in mind,” she wrote.", "Ellen R. Vosbury-Pettengill", "wrote", "")],
        [("The injunction bars the district from reassigning Pinchot Hollow's 212 students or moving its staff until the case is decided.", "", "", "W"),
         ("She also ordered the parents to post a $1,000 bond.", "", "", "W")],
        [("About 60 parents and children, some holding hand-lettered signs, packed the courtroom for Monday's hearing.", "", "", "")],
        [("District solicitor Gregory T. Stutzman-Grube said in a court filing last week that the board had held a public hearing on Jan. 21, attended by about 150 people.", "Gregory T. Stutzman-Grube", "said in a court filing", "W"),
         ("He argued that the law does not say the three months must come before the vote.", "Gregory T. Stutzman-Grube", "argued", "")],
        [("Reached by phone Tuesday, Stutzman-Grube said the board would meet Thursday to decide whether to appeal to Commonwealth Court.", "Gregory T. Stutzman-Grube", "said", "W")],
        [("Superintendent Dr. Lionel Ashurst-Laudenslager Jr. said the district had planned to save about $1.3 million a year by closing Pinchot Hollow, which was built in 1956 and needs a new roof and boilers.", "Lionel Ashurst-Laudenslager Jr.", "said", "W"),
         ("“We respect the court's decision,” he said in a statement.", "Lionel Ashurst-Laudenslager Jr.", "said in a statement", ""),
         ("“Our priority is making sure every family knows where their child is going to school in August, and right now we can't tell them.”", "Lionel Ashurst-Laudenslager Jr.", "said in a statement", "")],
        [("He said the district had already signed a $410,000 contract to add four classrooms at Creekmont Elementary, where most Pinchot Hollow students were to be sent.", "Lionel Ashurst-Laudenslager Jr.", "said", "W")],
        [("Attorney Marcus D. Spagnola-Kopchak, who represents the parents, said the ruling showed the board “decided first and listened later.”", "Marcus D. Spagnola-Kopchak", "said", ""),
         ("“The law is not complicated,” he told reporters outside the courthouse.", "Marcus D. Spagnola-Kopchak", "told reporters", ""),
         ("“Three months means three months.”", "Marcus D. Spagnola-Kopchak", "told reporters", "")],
        [("Ashley Nnaemeka-Gorsuch, whose two sons attend Pinchot Hollow, is one of 11 parents named as plaintiffs.", "", "", "W"),
         ("“They told us the decision was about money,” she said.", "Ashley Nnaemeka-Gorsuch", "said", ""),
         ("“Then why did they find $410,000 for new classrooms at Creekmont?” she asked.", "Ashley Nnaemeka-Gorsuch", "asked", "")],
        [("School board President Karen Wieczorkiewicz-Yocum did not respond to a request for comment.", "Karen Wieczorkiewicz-Yocum", "did not respond to a request for comment", "")],
        [("The Tuscarawick Valley Education Association, which represents the district's 290 teachers, said in a statement that it had opposed the closure from the start.", "The Tuscarawick Valley Education Association", "said in a statement", "W")],
        [("A spokesperson for the Pennsylvania Department of Education said the department does not approve or review individual school closures.", "A spokesperson for the Pennsylvania Department of Education", "said", "W")],
        [("Tuscarawick Valley's enrollment has fallen from 4,860 students in 2015 to 3,912 this year, according to state data.", "state data", "according to", "W")],
        [("The case is Pinchot Hollow Parents Coalition v. Tuscarawick Valley School District, No. 2026-CV-00418.", "", "", "W"),
         ("A hearing on the parents' request for a permanent injunction is scheduled for June 8 at 9:30 a.m.", "", "", "W")],
        [("Know something we should look into?", "", "", "B"),
         ("Email tips@merristondispatch.com or text 717-555-0188.", "", "", "B")],
        [("More from Education", "", "", "B")],
        [("Tuscarawick Valley teachers ratify four-year contract", "", "", "B")],
        [("© 2026 The Merriston Dispatch, a division of Susquecrest Media Inc.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 12. Australian regional paper's site, a meatworks closes with 340 jobs lost
        [("The Wallumbah Standard", "", "", "B")],
        [("Subscribe now  |  Log in  |  Today's paper", "", "", "B")],
        [("News  Sport  Rural  Business  Community  Opinion  Weather", "", "", "B")],
        [("Rural", "", "", "B")],
        [("Yapunyah meatworks to close in July with 340 jobs lost", "", "", "W")],
        [("Owner blames cattle prices and power bills; union says workers were told in a 10-minute meeting", "Hartswood Protein Holdings Ltd", "blames", "W")],
        [("By Rhiannon Ashbolt-Ozols", "", "", "B")],
        [("Updated April 24 2026 - 11:26am, first published 6:00am", "", "", "B")],
        [("Share  Facebook  X  Email  Copy link", "", "", "B")],
        [("The Yapunyah Meats plant on the Capricorn Highway, west of Wallumbah.", "", "", ""),
         ("Picture by Jarrah Pothecary-Goold", "", "", "B")],
        [("Yapunyah Meats Pty Ltd will close its beef processing plant near Wallumbah on July 31, ending the jobs of 340 workers, the company announced on Thursday.", "the company", "announced", "W")],
        [("In a statement to the ASX, its parent company, Hartswood Protein Holdings Ltd, said the plant had lost $18.4m in the year to December because of high cattle prices, rising electricity costs and a shortage of skilled workers.", "Hartswood Protein Holdings Ltd", "said", "W"),
         ("It said the plant's export contracts, mainly to Japan, the U.S. and South Korea, would move to its larger plant at Gladstone.", "Hartswood Protein Holdings Ltd", "said", "W")],
        [("Chief executive Bronwyn Vanstraten-Lemke told the Standard the decision was “the hardest of my career”.", "Bronwyn Vanstraten-Lemke", "told the Standard", ""),
         ("“We've run this plant at a loss for three of the last four years,” she said.", "Bronwyn Vanstraten-Lemke", "said", "W"),
         ("“No business can do that forever.”", "Bronwyn Vanstraten-Lemke", "said", "")],
        [("She said the company would pay all redundancy entitlements in full and had offered 60 positions at Gladstone to Wallumbah workers.", "Bronwyn Vanstraten-Lemke", "said", "W")],
        [("But the Australasian Meat Industry Employees' Union (AMIEU) said workers had been told of the closure in a 10-minute meeting in the plant's canteen at 9am on Thursday, before the statement to the ASX.", "the Australasian Meat Industry Employees' Union (AMIEU)", "said", "W")],
        [("AMIEU Queensland branch secretary Shane Kolarich-Tuipulotu said the company had not consulted the union as required by the plant's enterprise agreement.", "Shane Kolarich-Tuipulotu", "said", "W"),
         ("“Sixty jobs three hours down the road is not an offer, it's a moving truck,” he said.", "Shane Kolarich-Tuipulotu", "said", "W")],
        [("He said the union would take the matter to the Fair Work Commission on Monday.", "Shane Kolarich-Tuipulotu", "said", "W")],
        [("Mick Killough has worked on the boning room floor at Yapunyah for 22 years.", "", "", ""),
         ("“My dad worked here, my brother works here,” he said.", "Mick Killough", "said", ""),
         ("“What do you do in Wallumbah if you don't work at the meatworks?”", "Mick Killough", "said", "")],
        [("Wallumbah Shire Mayor Cr Leanne Bartholomeusz-Kerin said the plant was the shire's largest private employer and paid about $31m a year in wages.", "Leanne Bartholomeusz-Kerin", "said", "W"),
         ("She said council would ask the state government for an urgent meeting on support for workers and their families.", "Leanne Bartholomeusz-Kerin", "said", "W")],
        [("Grazier Hamish Killeen-Gatehouse, who runs about 4,000 Brahman cattle north of Wallumbah, said the closure would add about 400 kilometres to the trip to the nearest other abattoir.", "Hamish Killeen-Gatehouse", "said", "W"),
         ("“That's freight we'll pay, one way or another,” he said.", "Hamish Killeen-Gatehouse", "said", "")],
        [("Capricorn Tablelands University regional economist Dr Priyanka Ramasubban said the loss of 340 jobs could cost the local economy a further 200 jobs in shops and services.", "Priyanka Ramasubban", "said", ""),
         ("Wallumbah's unemployment rate was 4.9 per cent in the December quarter, according to Jobs and Skills Australia.", "Jobs and Skills Australia", "according to", "W")],
        [("A spokesperson for the Queensland Minister for Employment said the government had been told of the closure “at the same time as everyone else”.", "A spokesperson for the Queensland Minister for Employment", "said", "W"),
         ("The spokesperson said staff from the state's employment department would be at the Wallumbah Showgrounds from Monday to help workers find new jobs.", "A spokesperson for the Queensland Minister for Employment", "said", "W")],
        [("The Yapunyah plant opened in 1964 and was bought by Hartswood in 2017.", "", "", "W"),
         ("Hartswood shares closed 3.2 per cent lower at $1.47 on Thursday.", "", "", "W")],
        [("Q&A: ‘We looked at every option’", "", "", "")],
        [("The Standard asked Vanstraten-Lemke three questions on Thursday afternoon.", "", "", "W")],
        [("Q: Could the plant have been sold instead?", "", "", "")],
        [("A: We had two approaches last year.", "Bronwyn Vanstraten-Lemke", "A:", "W"),
         ("Neither came to a binding offer.", "Bronwyn Vanstraten-Lemke", "A:", "W")],
        [("Q: The union says the enterprise agreement required consultation before a decision.", "The union", "says", "W"),
         ("Was it broken?", "", "", "")],
        [("A: No.", "Bronwyn Vanstraten-Lemke", "A:", "W"),
         ("The agreement requires consultation on how a decision is carried out, and that starts today.", "Bronwyn Vanstraten-Lemke", "A:", "W")],
        [("More from Rural", "", "", "B")],
        [("Bungarra saleyards: heavy steers top 420c/kg as supply tightens", "", "", "B")],
        [("Support is available from Lifeline on 13 11 14 and Beyond Blue on 1300 22 4636.", "", "", "B")],
        [("© 2026 Wallumbah Standard Pty Ltd (ABN 47 118 903 526).", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
]  # fmt: skip

HELDOUT_CASES = [
    ("h40-dr-mrs-according-to-her", "The Medical Superintendent of the hospital, Dr. (Mrs.) Efua Asantewaa Dzandu-Amponsaa, disclosed this to journalists on Monday when the District Health Management Team visited the facility. According to her, the ward, built in 1968, had not seen any major renovation since 2004.\n“The rain started at about 2 a.m. and the ceiling gave way right above the labour room,” she narrated. “We thank God nobody was hurt.”",
     ["The Medical Superintendent of the hospital, Dr. (Mrs.) Efua Asantewaa Dzandu-Amponsaa, disclosed this to journalists on Monday when the District Health Management Team visited the facility.", "According to her, the ward, built in 1968, had not seen any major renovation since 2004.", "“The rain started at about 2 a.m. and the ceiling gave way right above the labour room,” she narrated.", "“We thank God nobody was hurt.”"]),
    ("h40-queenmother-iii-question", "“Our biggest worry is transport,” she stated. “The hospital has only one ambulance, and it has been broken down since January.”\nThe Queenmother of Asuadwenkrom, Nana Adwoa Serwaa Ampomaa-Nsoaa III, who visited the hospital on Monday, appealed to the government to act swiftly. “Last Wednesday one of our daughters delivered in a taxi at Abotanso Junction,” she lamented. “Is that how we should treat our mothers in 2026?”\nAkosua Dufie-Okyeraa, 27, a tomato seller from Akrowa-Fante, was among the women referred to Koforidua on Friday.",
     ["“Our biggest worry is transport,” she stated.", "“The hospital has only one ambulance, and it has been broken down since January.”", "The Queenmother of Asuadwenkrom, Nana Adwoa Serwaa Ampomaa-Nsoaa III, who visited the hospital on Monday, appealed to the government to act swiftly.", "“Last Wednesday one of our daughters delivered in a taxi at Abotanso Junction,” she lamented.", "“Is that how we should treat our mothers in 2026?”", "Akosua Dufie-Okyeraa, 27, a tomato seller from Akrowa-Fante, was among the women referred to Koforidua on Friday."]),
    ("h40-disclaimer-online-rights", "DISCLAIMER: Comments posted by readers are the views of their authors and not of Obrafo Pulse Online. Abusive or defamatory comments will be removed.\nFollow Obrafo Pulse Online on WhatsApp for breaking news\n© 2026 Obrafo Pulse Online. All Rights Reserved.",
     ["DISCLAIMER: Comments posted by readers are the views of their authors and not of Obrafo Pulse Online.", "Abusive or defamatory comments will be removed.", "Follow Obrafo Pulse Online on WhatsApp for breaking news", "© 2026 Obrafo Pulse Online.", "All Rights Reserved."]),
    ("h40-lahore-dateline-charge", "Share   Tweet   WhatsApp   Email\nLAHORE: An anti-corruption court here on Tuesday indicted a former tehsil municipal officer (TMO) and three others in a case of alleged embezzlement of Rs86.4 million in a streetlight project in Kotla Jhandeer.\nAnti-Corruption Court Judge Zulqarnain Afzal Kathia read out the charge sheet to former TMO Khalid Mehmood Jhammat, sub-engineer Asif Nawaz Bhaderwal, accountant Muhammad Ilyas Sangra and contractor Tahir Rauf Hanjrawal, all of whom pleaded not guilty.",
     ["Share   Tweet   WhatsApp   Email", "LAHORE: An anti-corruption court here on Tuesday indicted a former tehsil municipal officer (TMO) and three others in a case of alleged embezzlement of Rs86.4 million in a streetlight project in Kotla Jhandeer.", "Anti-Corruption Court Judge Zulqarnain Afzal Kathia read out the charge sheet to former TMO Khalid Mehmood Jhammat, sub-engineer Asif Nawaz Bhaderwal, accountant Muhammad Ilyas Sangra and contractor Tahir Rauf Hanjrawal, all of whom pleaded not guilty."]),
    ("h40-fir-sections-act-1947", "According to the FIR, registered in August 2024 under sections 409, 420, 468 and 471 of the Pakistan Penal Code (PPC) and Section 5(2) of the Prevention of Corruption Act, 1947, the Tehsil Municipal Administration (TMA) Kotla Jhandeer paid for 1,850 LED streetlights on the Kotla Jhandeer bypass and its link roads in 2022-23, but only 640 were ever installed.\nDeputy District Public Prosecutor Rukhsana Parveen Thaheem contended before the court that the accused had prepared fake measurement books to show the work as complete. She said a technical team of the Anti-Corruption Establishment (ACE) Punjab had counted the poles in October 2024 and found 1,210 of them missing.\n“The payment was released in three instalments within 41 days, without a single inspection,” the prosecutor told the court.",
     ["According to the FIR, registered in August 2024 under sections 409, 420, 468 and 471 of the Pakistan Penal Code (PPC) and Section 5(2) of the Prevention of Corruption Act, 1947, the Tehsil Municipal Administration (TMA) Kotla Jhandeer paid for 1,850 LED streetlights on the Kotla Jhandeer bypass and its link roads in 2022-23, but only 640 were ever installed.", "Deputy District Public Prosecutor Rukhsana Parveen Thaheem contended before the court that the accused had prepared fake measurement books to show the work as complete.", "She said a technical team of the Anti-Corruption Establishment (ACE) Punjab had counted the poles in October 2024 and found 1,210 of them missing.", "“The payment was released in three instalments within 41 days, without a single inspection,” the prosecutor told the court."]),
    ("h40-pvt-ltd-published-line", "The case was transferred to the anti-corruption court in Lahore from Gujranwala in January on an application by the prosecution.\nPublished in Daily Naqqash Times, April 22nd, 2026\nFollow Daily Naqqash Times on WhatsApp | Facebook | X | YouTube\nComments are closed on this story.\nCopyright © 2026 Naqqash Media Group (Pvt.) Ltd. All rights reserved.",
     ["The case was transferred to the anti-corruption court in Lahore from Gujranwala in January on an application by the prosecution.", "Published in Daily Naqqash Times, April 22nd, 2026", "Follow Daily Naqqash Times on WhatsApp | Facebook | X | YouTube", "Comments are closed on this story.", "Copyright © 2026 Naqqash Media Group (Pvt.) Ltd.", "All rights reserved."]),
    ("h40-said-colon-quote-paras", "Committee members will vote on the proposal on Thursday, 30 April.\nCommittee chair Cllr Alasdair Rennoch-Tawse said: “Nobody on this committee wants to close a rural school.\n“But nine pupils across seven year groups is not a class, it is a tutorial. Children need other children.”\nHe said the council spent £19,400 per pupil at Kinbrachie last year, against an average of £6,100 across its primary schools.",
     ["Committee members will vote on the proposal on Thursday, 30 April.", "Committee chair Cllr Alasdair Rennoch-Tawse said: “Nobody on this committee wants to close a rural school.", "“But nine pupils across seven year groups is not a class, it is a tutorial.", "Children need other children.”", "He said the council spent £19,400 per pupil at Kinbrachie last year, against an average of £6,100 across its primary schools."]),
    ("h40-eis-bracket-spokeswoman", "Grant Strachallan-Massie, local secretary of the Educational Institute of Scotland (EIS), said the union was not opposed to the proposal in principle but wanted guarantees for the school's two part-time teachers. He said the council had mothballed four schools since 2015 and only one had reopened.\nThe school's headteacher referred questions to the council.\nA council spokeswoman said: “A mothballed school is not a closed school. The building will be maintained, and the decision will be reviewed every year.”\nShe said a formal closure would require a statutory consultation under the Schools (Consultation) (Scotland) Act 2010, which mothballing does not.",
     ["Grant Strachallan-Massie, local secretary of the Educational Institute of Scotland (EIS), said the union was not opposed to the proposal in principle but wanted guarantees for the school's two part-time teachers.", "He said the council had mothballed four schools since 2015 and only one had reopened.", "The school's headteacher referred questions to the council.", "A council spokeswoman said: “A mothballed school is not a closed school.", "The building will be maintained, and the decision will be reviewed every year.”", "She said a formal closure would require a statutory consultation under the Schools (Consultation) (Scotland) Act 2010, which mothballing does not."]),
    ("h40-got-a-story-sc-number", "Read more\nAuchmuirbridge Academy's new games hall finally opens after 14-month delay\nGot a story? Email newsdesk@glenrannochcourier.co.uk\n© 2026 Glenrannoch Courier Ltd. Registered in Scotland No. SC418207.\nPrivacy  Cookie settings  Terms  Contact us",
     ["Read more", "Auchmuirbridge Academy's new games hall finally opens after 14-month delay", "Got a story?", "Email newsdesk@glenrannochcourier.co.uk", "© 2026 Glenrannoch Courier Ltd.", "Registered in Scotland No. SC418207.", "Privacy  Cookie settings  Terms  Contact us"]),
    ("h40-st-dr-draw-she-said", "In its release, ISSA said the player, a fifth-form student, turned 19 before the September 1 cut-off date set by its eligibility rules. It said the school had submitted a birth certificate that was later found to have been altered.\nISSA competitions officer Dr Marcia Heholt-Bignall told the Gazette that the matter was referred to the association's eligibility committee after St. Barnabus Technical lodged a protest following their 2-2 draw with Mount Bethabara on April 11.\n“Every school signs the same declaration at the start of the season,” she said. “The rules are there to protect the younger boys, and we have to apply them the same way for everybody.”",
     ["In its release, ISSA said the player, a fifth-form student, turned 19 before the September 1 cut-off date set by its eligibility rules.", "It said the school had submitted a birth certificate that was later found to have been altered.", "ISSA competitions officer Dr Marcia Heholt-Bignall told the Gazette that the matter was referred to the association's eligibility committee after St. Barnabus Technical lodged a protest following their 2-2 draw with Mount Bethabara on April 11.", "“Every school signs the same declaration at the start of the season,” she said.", "“The rules are there to protect the younger boys, and we have to apply them the same way for everybody.”"]),
    ("h40-patois-bang-he-said", "Head coach Kirk ‘Tallawah’ Peynado said the ruling had left his players “in tears” at training on Wednesday afternoon. “Dem cyaan tek weh wi season suh (They can't take our season away like that)!” he said.\n“These boys trained at five o'clock in the morning since August. One boy's mistake, or one adult's, and 21 of them lose everything?”\nThe player's mother, Marvia Sewell-Frater, told the Gazette by telephone that she had obtained the birth certificate from the Registrar General's Department in 2022 and did not know of any error. “My son is not a cheat,” she said.",
     ["Head coach Kirk ‘Tallawah’ Peynado said the ruling had left his players “in tears” at training on Wednesday afternoon.", "“Dem cyaan tek weh wi season suh (They can't take our season away like that)!” he said.", "“These boys trained at five o'clock in the morning since August.", "One boy's mistake, or one adult's, and 21 of them lose everything?”", "The player's mother, Marvia Sewell-Frater, told the Gazette by telephone that she had obtained the birth certificate from the Registrar General's Department in 2022 and did not know of any error.", "“My son is not a cheat,” she said."]),
    ("h40-gazette-qa-prefixes", "THREE QUESTIONS\nGazette: Can Mount Bethabara's appeal restore the points?\nHeholt-Bignall: It can. The board can overturn the committee's decision or reduce the penalty.\nGazette: Why were the schools that lost to Mount Bethabara not penalised?\nHeholt-Bignall: They did nothing wrong.\nGazette: How many protests have you dealt with this season?\nHeholt-Bignall: Seven across all zones. Two were upheld.",
     ["THREE QUESTIONS", "Gazette: Can Mount Bethabara's appeal restore the points?", "Heholt-Bignall: It can.", "The board can overturn the committee's decision or reduce the penalty.", "Gazette: Why were the schools that lost to Mount Bethabara not penalised?", "Heholt-Bignall: They did nothing wrong.", "Gazette: How many protests have you dealt with this season?", "Heholt-Bignall: Seven across all zones.", "Two were upheld."]),
    ("h40-standings-list-items", "Mount Bethabara play Breadnut Vale Technical at the Jackfruit Walk field on Saturday at 3:30 p.m.\nZONE C STANDINGS (top four)\n1. St. Barnabus Technical  P8  Pts 19\n2. Naseberry Hill High  P8  Pts 17\n3. Carrisbrook Comprehensive  P9  Pts 14\n4. Mount Bethabara High  P8  Pts 13\nFeedback: sports@lignumvitaegazette.com\n© 2026 Lignumvitae Media Ltd. All rights reserved.",
     ["Mount Bethabara play Breadnut Vale Technical at the Jackfruit Walk field on Saturday at 3:30 p.m.", "ZONE C STANDINGS (top four)", "1. St. Barnabus Technical  P8  Pts 19", "2. Naseberry Hill High  P8  Pts 17", "3. Carrisbrook Comprehensive  P9  Pts 14", "4. Mount Bethabara High  P8  Pts 13", "Feedback: sports@lignumvitaegazette.com", "© 2026 Lignumvitae Media Ltd.", "All rights reserved."]),
    ("h40-kl-dateline-rm-bhd", "Loaves of Merbah Emas white bread on a shelf at a convenience store in Petaling Jaya, April 23, 2026. — Picture by Ahmad Fikri Sazali-Lokman\nKUALA LUMPUR, April 23 — Merbah Emas Bakeries Bhd will raise the retail prices of its bread by between 20 sen and 40 sen a loaf from May 1, citing higher costs of wheat flour, butter and transport.\nIts 600g white loaf, the country's best-selling bread according to market research firm Kajian Pasaran Nusantara, will go up from RM3.90 to RM4.30.\nIn a filing with Bursa Malaysia yesterday, the company said the price of the flour it buys had risen 18 per cent since July last year, while the cost of butter had gone up 26 per cent. It said the last increase in its bread prices was in October 2022.",
     ["Loaves of Merbah Emas white bread on a shelf at a convenience store in Petaling Jaya, April 23, 2026.", "— Picture by Ahmad Fikri Sazali-Lokman", "KUALA LUMPUR, April 23 — Merbah Emas Bakeries Bhd will raise the retail prices of its bread by between 20 sen and 40 sen a loaf from May 1, citing higher costs of wheat flour, butter and transport.", "Its 600g white loaf, the country's best-selling bread according to market research firm Kajian Pasaran Nusantara, will go up from RM3.90 to RM4.30.", "In a filing with Bursa Malaysia yesterday, the company said the price of the flour it buys had risen 18 per cent since July last year, while the cost of butter had gone up 26 per cent.", "It said the last increase in its bread prices was in October 2022."]),
    ("h40-prof-dr-decimal-9am", "In Taman Desa Ketapang Indah, Klang, sundry shop owner Ganesan Arumugam-Velupillai, 58, said he sells about 70 loaves a day, most of them before 9am. “Customers will complain to me, not to the factory,” he said.\nEconomist Prof Dr Haslinda Che Mokhzani-Yaacob of Kolej Universiti Tanjung Kerayong said bread made up about 1.1 per cent of the consumer price index basket. “The direct effect on inflation will be small, perhaps 0.05 of a percentage point,” she said. “The bigger risk is that other bakeries follow.”\nConsumer prices rose 1.6 per cent in March from a year earlier, according to the Department of Statistics Malaysia (DOSM).",
     ["In Taman Desa Ketapang Indah, Klang, sundry shop owner Ganesan Arumugam-Velupillai, 58, said he sells about 70 loaves a day, most of them before 9am.", "“Customers will complain to me, not to the factory,” he said.", "Economist Prof Dr Haslinda Che Mokhzani-Yaacob of Kolej Universiti Tanjung Kerayong said bread made up about 1.1 per cent of the consumer price index basket.", "“The direct effect on inflation will be small, perhaps 0.05 of a percentage point,” she said.", "“The bigger risk is that other bakeries follow.”", "Consumer prices rose 1.6 per cent in March from a year earlier, according to the Department of Statistics Malaysia (DOSM)."]),
    ("h40-sdn-bhd-footer", "A spokesperson for Roti Melur Harum Sdn Bhd, the second-largest bread maker in the peninsula, said the company had “no plans at this time” to change its prices.\nMerbah Emas's shares closed 6 sen lower at RM1.84 on Bursa Malaysia today.\nRelated Articles\nFlour millers say wheat import costs up 12pc in first quarter\nDon't miss the news that matters. Subscribe to our Telegram channel for the latest updates.\nCopyright © 2026 Suria Times Online Sdn Bhd. All rights reserved.\nPrivacy Policy | Terms of Use | Advertise With Us | Contact Us",
     ["A spokesperson for Roti Melur Harum Sdn Bhd, the second-largest bread maker in the peninsula, said the company had “no plans at this time” to change its prices.", "Merbah Emas's shares closed 6 sen lower at RM1.84 on Bursa Malaysia today.", "Related Articles", "Flour millers say wheat import costs up 12pc in first quarter", "Don't miss the news that matters.", "Subscribe to our Telegram channel for the latest updates.", "Copyright © 2026 Suria Times Online Sdn Bhd.", "All rights reserved.", "Privacy Policy | Terms of Use | Advertise With Us | Contact Us"]),
    ("h40-sask-hwy-am-midnight", "The Torvaldsen ferry sits on the east bank of the South Saskatchewan River on Tuesday. Tessa Vanderzwaag-Gauthier / The Advocate\nKETTLEHILL, Sask. — The Torvaldsen ferry across the South Saskatchewan River will not operate in 2026, the Ministry of Highways confirmed Wednesday.\nIn an emailed statement, the ministry said an inspection last fall found that the ferry's guide cables and two of its four sheaves were worn beyond safe limits. It said a new cable system had been ordered but would not arrive until October, after the usual end of the ferry season. It said renting a temporary system had been considered and rejected because none available met the ministry's safety standards.\nThe ferry, which carries up to 12 cars or two loaded grain trucks at a time, usually runs from late April to the end of October, from 7 a.m. to midnight. It made 9,480 crossings last year, according to ministry figures.\nWithout it, residents on the west side of the river face a detour of 94 kilometres via the Hwy. 41 bridge at Klemmer Landing to reach Quarnby Forks, where the nearest grocery store, school and health centre are.",
     ["The Torvaldsen ferry sits on the east bank of the South Saskatchewan River on Tuesday.", "Tessa Vanderzwaag-Gauthier / The Advocate", "KETTLEHILL, Sask. — The Torvaldsen ferry across the South Saskatchewan River will not operate in 2026, the Ministry of Highways confirmed Wednesday.", "In an emailed statement, the ministry said an inspection last fall found that the ferry's guide cables and two of its four sheaves were worn beyond safe limits.", "It said a new cable system had been ordered but would not arrive until October, after the usual end of the ferry season.", "It said renting a temporary system had been considered and rejected because none available met the ministry's safety standards.", "The ferry, which carries up to 12 cars or two loaded grain trucks at a time, usually runs from late April to the end of October, from 7 a.m. to midnight.", "It made 9,480 crossings last year, according to ministry figures.", "Without it, residents on the west side of the river face a detour of 94 kilometres via the Hwy. 41 bridge at Klemmer Landing to reach Quarnby Forks, where the nearest grocery store, school and health centre are."]),
    ("h40-rm-no-317-reeve", "Reeve Dale Ostapchuk-Kemper of the RM of Kettlehill No. 317 called the decision “a kick in the teeth” for farm families on the west side. “We found out from a press release,” he said. “Nobody from Regina picked up the phone and called this council.”\nHe said council had passed a motion Tuesday night asking the province to rent a temporary cable system so the ferry could run by July.\nColleen Bourassa-Hrynuik has operated the Torvaldsen ferry for 16 seasons. She said she and the other three operators had been told they would be offered work on other ferries or on highway crews.",
     ["Reeve Dale Ostapchuk-Kemper of the RM of Kettlehill No. 317 called the decision “a kick in the teeth” for farm families on the west side.", "“We found out from a press release,” he said.", "“Nobody from Regina picked up the phone and called this council.”", "He said council had passed a motion Tuesday night asking the province to rent a temporary cable system so the ferry could run by July.", "Colleen Bourassa-Hrynuik has operated the Torvaldsen ferry for 16 seasons.", "She said she and the other three operators had been told they would be offered work on other ferries or on highway crews."]),
    ("h40-qa-ministry-says-a-no", "Q: How many people live on the west side?\nA: About 340, in 120 households, and most of the RM's cropland.\nQ: The ministry says a rented cable system would not meet its safety standards. Does that end it?\nA: No. Ferries in Alberta run on leased cables every summer.\nQ: What happens if the answer is still no?\nA: Then we'll be at the legislature with a few grain trucks.",
     ["Q: How many people live on the west side?", "A: About 340, in 120 households, and most of the RM's cropland.", "Q: The ministry says a rented cable system would not meet its safety standards.", "Does that end it?", "A: No.", "Ferries in Alberta run on leased cables every summer.", "Q: What happens if the answer is still no?", "A: Then we'll be at the legislature with a few grain trucks."]),
    ("h40-mr-sh-million-noted", "Kenya Secondary Schools Heads Association (KESSHA) Ikonyero branch chairman Joash Amukoye-Lisamula, who is also the principal of Ikonyero Boys High School, said suppliers had stopped delivering food to most of the schools. “We owe our maize supplier Sh1.4 million,” he said. “He came here on Friday and told me not to call him again until I have a cheque.”\nMr. Amukoye-Lisamula noted that the Government is supposed to release 50 per cent of the annual capitation in the first term, 30 per cent in the second and 20 per cent in the third. He said his school, with 1,120 students, had received Sh4.7 million in February against the Sh9.5 million it expected.",
     ["Kenya Secondary Schools Heads Association (KESSHA) Ikonyero branch chairman Joash Amukoye-Lisamula, who is also the principal of Ikonyero Boys High School, said suppliers had stopped delivering food to most of the schools.", "“We owe our maize supplier Sh1.4 million,” he said.", "“He came here on Friday and told me not to call him again until I have a cheque.”", "Mr. Amukoye-Lisamula noted that the Government is supposed to release 50 per cent of the annual capitation in the first term, 30 per cent in the second and 20 per cent in the third.", "He said his school, with 1,120 students, had received Sh4.7 million in February against the Sh9.5 million it expected."]),
    ("h40-dr-she-asked-boarders", "Kakamega County Director of Education Dr. Zipporah Jepchirchir-Kipkemboi told journalists in her office that no principal had been authorised to send students home. “Tuition for day scholars is paid by the Government,” she said. “Any head who sends a child home over boarding fees must first inform my office, and none of them did.”\nMr. Amukoye-Lisamula said the students sent home were boarders whose parents owed at least Sh15,000 each, and that the principals had written to the county director on April 9.\nEverlyne Khavetsa-Nang'unda, a mother of three from Lusiola village, said her son, a Form Four candidate, had been sent home with a balance of Sh18,600. “I sell vegetables at Ikonyero market. Where will I get Sh18,600 in one week?” she asked.",
     ["Kakamega County Director of Education Dr. Zipporah Jepchirchir-Kipkemboi told journalists in her office that no principal had been authorised to send students home.", "“Tuition for day scholars is paid by the Government,” she said.", "“Any head who sends a child home over boarding fees must first inform my office, and none of them did.”", "Mr. Amukoye-Lisamula said the students sent home were boarders whose parents owed at least Sh15,000 each, and that the principals had written to the county director on April 9.", "Everlyne Khavetsa-Nang'unda, a mother of three from Lusiola village, said her son, a Form Four candidate, had been sent home with a balance of Sh18,600.", "“I sell vegetables at Ikonyero market.", "Where will I get Sh18,600 in one week?” she asked."]),
    ("h40-cr-te-reo-rejected", "Chief executive Sandeep Subbarayan-Doull told councillors the council-controlled organisation would be set up by July 1, 2027, and would borrow separately from the council.\nTe Whānau-a-Kuratai Trust chair Mereana Tūwhangai-Dansey said the trust had not been consulted before the options were drawn up, despite its seat on the council's water working group. “Ko te wai te toto o te whenua (Water is the blood of the land),” she said. “You don't make decisions about the blood of the land and tell us afterwards.”\nTe Koeti-Brenkley rejected that. She said the trust had been sent the draft options on February 2 and invited to two workshops.",
     ["Chief executive Sandeep Subbarayan-Doull told councillors the council-controlled organisation would be set up by July 1, 2027, and would borrow separately from the council.", "Te Whānau-a-Kuratai Trust chair Mereana Tūwhangai-Dansey said the trust had not been consulted before the options were drawn up, despite its seat on the council's water working group.", "“Ko te wai te toto o te whenua (Water is the blood of the land),” she said.", "“You don't make decisions about the blood of the land and tell us afterwards.”", "Te Koeti-Brenkley rejected that.", "She said the trust had been sent the draft options on February 2 and invited to two workshops."]),
    ("h40-st-caption-engr-dateline", "Commuters wait for rides along Tamborong St. in Mandurog City on Thursday morning. (Photo by Kristine Joy Gallego-Tumbaga)\nMANDUROG CITY, Iloilo – About six in 10 jeepney trips in this city were cancelled on Thursday as traditional drivers went on a one-day strike against the May 31 deadline for the consolidation of their franchises, according to the City Traffic Management Office (CTMO).\nCTMO head Engr. Raymund Sorbito-Gumban said traffic enforcers counted 412 jeepneys on the city's 14 routes by 9 a.m., against an average of 1,050 on a normal weekday.",
     ["Commuters wait for rides along Tamborong St. in Mandurog City on Thursday morning.", "(Photo by Kristine Joy Gallego-Tumbaga)", "MANDUROG CITY, Iloilo – About six in 10 jeepney trips in this city were cancelled on Thursday as traditional drivers went on a one-day strike against the May 31 deadline for the consolidation of their franchises, according to the City Traffic Management Office (CTMO).", "CTMO head Engr. Raymund Sorbito-Gumban said traffic enforcers counted 412 jeepneys on the city's 14 routes by 9 a.m., against an average of 1,050 on a normal weekday."]),
    ("h40-brgy-sta-6am-end", "Police Lt. Col. Ramil Gaspar-Sumaoang, chief of the Mandurog City Police Station, said the strike was peaceful and no one was arrested. He said 30 police vehicles and 12 city government trucks were deployed to give free rides.\nJessamine Orbigo-Bagasbas, a nursing student at a college in Brgy. Sta. Felisa, said she waited almost an hour for a ride at 6 a.m. “I was late for my return demonstration,” she said. “I support the drivers, but we are the ones who suffer.”\nIn a radio interview, Mayor Teodoro Abanilla-Pueblas said the city government had asked the LTFRB to allow traditional jeepneys on three routes not yet served by any cooperative. “We cannot leave barangays without a ride,” he said.",
     ["Police Lt. Col. Ramil Gaspar-Sumaoang, chief of the Mandurog City Police Station, said the strike was peaceful and no one was arrested.", "He said 30 police vehicles and 12 city government trucks were deployed to give free rides.", "Jessamine Orbigo-Bagasbas, a nursing student at a college in Brgy. Sta. Felisa, said she waited almost an hour for a ride at 6 a.m.", "“I was late for my return demonstration,” she said.", "“I support the drivers, but we are the ones who suffer.”", "In a radio interview, Mayor Teodoro Abanilla-Pueblas said the city government had asked the LTFRB to allow traditional jeepneys on three routes not yet served by any cooperative.", "“We cannot leave barangays without a ride,” he said."]),
    ("h40-qa-5am-asdi-says", "Q: Will jeepneys without consolidated franchises be apprehended on June 1?\nA: Yes. Our enforcers and the police will be on the roads from 5 a.m.\nQ: ASDI says drivers were never consulted. Is that true?\nA: We held 23 consultations in this region since 2023. The minutes are on our Facebook page.",
     ["Q: Will jeepneys without consolidated franchises be apprehended on June 1?", "A: Yes.", "Our enforcers and the police will be on the roads from 5 a.m.", "Q: ASDI says drivers were never consulted.", "Is that true?", "A: We held 23 consultations in this region since 2023.", "The minutes are on our Facebook page."]),
    ("h40-pm-times-112-timeline", "A Drumcorrig woman who broke her hip in a fall at home waited 94 minutes for an ambulance, her daughter has said.\nNiamh Brislane-Carolan said her mother, Bríd, 84, fell in her kitchen at about 7.10pm on Saturday, April 11, and that she rang 112 within minutes.\n“We were told an ambulance was on the way. Then we were told it was coming from Carrowkeelin, because the Drumcorrig crew was out on another call,” she said.\n“Mam lay on the kitchen floor for an hour and a half. She kept saying sorry for the trouble.”\nThe ambulance arrived at 8.44pm, according to a timeline the family received from the National Ambulance Service (NAS).",
     ["A Drumcorrig woman who broke her hip in a fall at home waited 94 minutes for an ambulance, her daughter has said.", "Niamh Brislane-Carolan said her mother, Bríd, 84, fell in her kitchen at about 7.10pm on Saturday, April 11, and that she rang 112 within minutes.", "“We were told an ambulance was on the way.", "Then we were told it was coming from Carrowkeelin, because the Drumcorrig crew was out on another call,” she said.", "“Mam lay on the kitchen floor for an hour and a half.", "She kept saying sorry for the trouble.”", "The ambulance arrived at 8.44pm, according to a timeline the family received from the National Ambulance Service (NAS)."]),
    ("h40-co-donegal-deputy", "Across Co. Donegal, ambulances reached 41 per cent of the most serious calls, those classed as life-threatening, within the national target of 19 minutes in the last three months of 2025, according to figures released to Deputy Marian Gallinagh-Farren in a parliamentary reply. That was the lowest of the five counties in the north-west, where the figure as a whole was 53 per cent.\nDeputy Gallinagh-Farren said the figures were “a scandal”. “Drumcorrig has one ambulance on at night for 31,000 people,” she said. “When it's gone, it's gone.”\nShe said she would raise the case with the Minister for Health in the Dáil next Tuesday.",
     ["Across Co. Donegal, ambulances reached 41 per cent of the most serious calls, those classed as life-threatening, within the national target of 19 minutes in the last three months of 2025, according to figures released to Deputy Marian Gallinagh-Farren in a parliamentary reply.", "That was the lowest of the five counties in the north-west, where the figure as a whole was 53 per cent.", "Deputy Gallinagh-Farren said the figures were “a scandal”.", "“Drumcorrig has one ambulance on at night for 31,000 people,” she said.", "“When it's gone, it's gone.”", "She said she would raise the case with the Minister for Health in the Dáil next Tuesday."]),
    ("h40-pa-dateline-initial-feb", "Parents and students rally outside the Merriston County Courthouse before Monday's hearing. Jacqueline Oesterle-Kriebel / Dispatch\nLINDENFORD, Pa. — A Merriston County judge on Tuesday ordered the Tuscarawick Valley School District to keep Pinchot Hollow Elementary School open for the 2026-27 school year, ruling that the school board closed it without holding the public hearing required by state law.\nJudge Ellen R. Vosbury-Pettengill of the Merriston County Court of Common Pleas granted a preliminary injunction sought by a group of Pinchot Hollow parents, who sued the district in March.\nIn a 14-page opinion, Vosbury-Pettengill wrote that the board had voted to close the school on Feb. 9, only 19 days after announcing the proposal, while Section 780 of the Public School Code of 1949 requires a public hearing at least three months before a final decision. “A meeting at which the board takes public comment on a closure it has already scheduled is not the hearing the legislature had in mind,” she wrote.",
     ["Parents and students rally outside the Merriston County Courthouse before Monday's hearing.", "Jacqueline Oesterle-Kriebel / Dispatch", "LINDENFORD, Pa. — A Merriston County judge on Tuesday ordered the Tuscarawick Valley School District to keep Pinchot Hollow Elementary School open for the 2026-27 school year, ruling that the school board closed it without holding the public hearing required by state law.", "Judge Ellen R. Vosbury-Pettengill of the Merriston County Court of Common Pleas granted a preliminary injunction sought by a group of Pinchot Hollow parents, who sued the district in March.", "In a 14-page opinion, Vosbury-Pettengill wrote that the board had voted to close the school on Feb. 9, only 19 days after announcing the proposal, while Section 780 of the Public School Code of 1949 requires a public hearing at least three months before a final decision.", "“A meeting at which the board takes public comment on a closure it has already scheduled is not the hearing the legislature had in mind,” she wrote."]),
    ("h40-v-no-am-tip-line", "Tuscarawick Valley's enrollment has fallen from 4,860 students in 2015 to 3,912 this year, according to state data.\nThe case is Pinchot Hollow Parents Coalition v. Tuscarawick Valley School District, No. 2026-CV-00418. A hearing on the parents' request for a permanent injunction is scheduled for June 8 at 9:30 a.m.\nKnow something we should look into? Email tips@merristondispatch.com or text 717-555-0188.\nMore from Education",
     ["Tuscarawick Valley's enrollment has fallen from 4,860 students in 2015 to 3,912 this year, according to state data.", "The case is Pinchot Hollow Parents Coalition v. Tuscarawick Valley School District, No. 2026-CV-00418.", "A hearing on the parents' request for a permanent injunction is scheduled for June 8 at 9:30 a.m.", "Know something we should look into?", "Email tips@merristondispatch.com or text 717-555-0188.", "More from Education"]),
    ("h40-us-and-m-9am-asx", "Yapunyah Meats Pty Ltd will close its beef processing plant near Wallumbah on July 31, ending the jobs of 340 workers, the company announced on Thursday.\nIn a statement to the ASX, its parent company, Hartswood Protein Holdings Ltd, said the plant had lost $18.4m in the year to December because of high cattle prices, rising electricity costs and a shortage of skilled workers. It said the plant's export contracts, mainly to Japan, the U.S. and South Korea, would move to its larger plant at Gladstone.\nChief executive Bronwyn Vanstraten-Lemke told the Standard the decision was “the hardest of my career”. “We've run this plant at a loss for three of the last four years,” she said. “No business can do that forever.”\nShe said the company would pay all redundancy entitlements in full and had offered 60 positions at Gladstone to Wallumbah workers.\nBut the Australasian Meat Industry Employees' Union (AMIEU) said workers had been told of the closure in a 10-minute meeting in the plant's canteen at 9am on Thursday, before the statement to the ASX.",
     ["Yapunyah Meats Pty Ltd will close its beef processing plant near Wallumbah on July 31, ending the jobs of 340 workers, the company announced on Thursday.", "In a statement to the ASX, its parent company, Hartswood Protein Holdings Ltd, said the plant had lost $18.4m in the year to December because of high cattle prices, rising electricity costs and a shortage of skilled workers.", "It said the plant's export contracts, mainly to Japan, the U.S. and South Korea, would move to its larger plant at Gladstone.", "Chief executive Bronwyn Vanstraten-Lemke told the Standard the decision was “the hardest of my career”.", "“We've run this plant at a loss for three of the last four years,” she said.", "“No business can do that forever.”", "She said the company would pay all redundancy entitlements in full and had offered 60 positions at Gladstone to Wallumbah workers.", "But the Australasian Meat Industry Employees' Union (AMIEU) said workers had been told of the closure in a 10-minute meeting in the plant's canteen at 9am on Thursday, before the statement to the ASX."]),
]  # fmt: skip
