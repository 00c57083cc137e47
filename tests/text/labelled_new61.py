"""Sixty-first set of new hand-labelled pages for the hint engines (tuning set, round twenty-seven): twelve whole pages from news sites in twelve countries, dense with speakers that are hard to find and hard to name.

Written from scratch for issue 13 in round twenty-seven, before any rule was tuned on them and
without looking at the engine's code or output (nothing under `claimreview/` was opened, no
`labelled_heldout*.py` or `train_*.py` file was read, `hint_scores.py`, the `test_*.py` files and
`docs/` were not read, and no test, scorer or engine was run; only an import of this file and
`build` on every page, a small script of my own that checks the sentences, the flags, the speakers
and cues and the split cases against the pages, whole-word greps of the invented names over `tests/`
that listed file names only (case-sensitive and again case-insensitive), and `ruff format` / `ruff
check` were run). The format and the conventions were read from the module docstrings of
`labelled_new.py`, `labelled_new2.py` and `labelled_new56.py` to `labelled_new59.py`, the first two
pages of `labelled_new58.py`, the first page of `labelled_new59.py`, the first split cases of
`labelled_new56.py` and of `labelled_new59.py`, and `build` in `labelled_articles.py`. Every person,
small place, street, harbour, cove, organisation, outlet, company, co-operative, church, club,
ground and number is invented (Malaysia, Kedah, Perlis and Alor Setar; Nigeria, Kwara State, Oyo,
Ilorin and London; the Philippines, Western Visayas and Iloilo City; England; Kenya, Nandi County,
Nairobi and Mombasa; Oman, Muscat, Al Wusta Governorate and Asia; Australia; Canada, Nova Scotia,
the U.S. and the Caribbean; India, Telangana and Hyderabad; South Africa; Ireland, Roscommon and
Connacht; Jamaica, St Catherine and Spanish Town appear only as settings; real public bodies, laws
and records such as "the Kedah State Legislative Assembly", "the National Water Services Commission
(SPAN)", the national eKasih database, "the Kwara State House of Assembly", "the Constitution" (its
section 7 and sections 128 and 129), "the Office of the Auditor-General for Local Governments", "the
Sangguniang Panlungsod", "the Local Government Code", "NHS England", "the Department of Health and
Social Care", prevention of future deaths reports, "the Nairobi Securities Exchange", "the Capital
Markets Authority", "the Council of Governors", "the National Treasury", "the Muscat Stock Exchange
(MSX)", "the Ministry of Agriculture, Fisheries and Water Resources", "the National Centre for
Statistics and Information (NCSI)", the AFL's community concussion guidelines, "the Nova Scotia
Supreme Court", "Osmania General Hospital", the state's 104 helpline, "the National Energy Regulator
of South Africa (Nersa)", Eskom, "the Auditor-General", the GAA and its "Disputes Resolution
Authority (DRA)", the London county board, "the House of Representatives", "the Senate", the Joint
Select Committee and "the Constabulary Communications Unit" appear only as settings, with invented
figures; "the Community Events (Permits) Bill, 2026", "Ordinance No. 2026-041" and "2026 NSSC 118"
are invented; Facebook, X and Instagram appear only as channels). No surname, town, street, outlet,
company, co-operative, church, club or school of any file under `tests/` is reused: every
capitalised word of these pages, each part of a hyphenated name included, was grepped as a whole
word over the whole `tests/` tree, case-sensitively and again case-insensitively, and every hit that
was an invented name was changed (first names, titles, real settings and common words such as
"Courier", "Arbiter", "Advertiser", "Dispatch", "Express", "Post", "Record", "Chronicle", "Daily",
"Gaels" and "Footy" recur).

Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after selecting all
in a browser, so every furniture line is a paragraph of its own, worded in that site's own way, with
furniture of ordinary length at the head and the tail and most of each page story. Every story is
dense with speakers that are hard to find (reporting verbs other than "said", quotes brought in by a
colon, "For X, ...", "In X's words, ...", "X's view is that ...", "according to X" in the middle of
a sentence, speakers named only after their words, quotes running over paragraphs with no new cue,
reported speech carried over paragraphs by "she added") and hard to name (titles and honorifics of
each country, later references by surname, first name, title and role, two people of one gender
alternating, unnamed spokespeople, statements, filings, reports, decisions and posts as sources).
The twelve pages, over politics, courts, health, business, sport and local councils: (1) a Malaysian
English daily on Kedah's water tariff rise told to the state assembly (a lead that describes the
exco whom the next sentence names, "Datuk Seri" dropped, "She was blunt:", "she noted" in
mid-sentence, the operator's annual report via "according to", an opposition leader with her family
name first and later "Chiew", two women alternating with "insisted", "countered", "rejected" and
"Her verdict:", "she added" carried into the next paragraph, "For Rosnah ..." with her "she said"
after two politicians, "In a statement, Air Seruling said" then "It said", SPAN "confirmed", an
unnamed SPAN spokesperson, a consumer group that "urged" and its president with "Dr." who "pointed
out", a professor introduced without a verb and then "In Ganeshwaran's words" and "He explained",
"the state secretary's office said", a Facebook post with a caption after a colon); (2) a Nigerian
national daily on a High Court voiding an Assembly's suspension of a local government chairman
("Judge holds" in the standfirst, "Justice" dropped and "held", "according to the Assembly's
resolution" in mid-sentence, the judgment quoted over two paragraphs with the cue only in the first,
a numbered list of orders, "alleged" in an originating summons, "the Assembly claimed" in a
counter-affidavit, "Barr. (Mrs)" dropped, a judge and counsel of one gender alternating, "The judge
rejected that argument." then "She held", "Chief ..., SAN" dropped, "!" before the chairman's
surname and "told supporters", "maintained" and "recalled", "For Alhaji ...", an Assembly
spokesman's "He said" after a named man, "declined to comment, saying"); (3) a Philippine regional
site on Iloilo City's council raising the tricycle fare (the author named in the standfirst as
"Author says", "Councilor Ma." with "Ma." kept as part of the name, a bulleted list, two
councilwomen alternating with "argued", "noted", "Sec. 7", "countered", "?” Tabiliran-Sarabia
asked." and "the author replied", "Jr." ending a sentence, "For Palabay", "according to City Legal
Officer Atty. ..." in mid-sentence, "Vice Mayor Atty." dropped and "stressed", a commuter group that
"called" then "It said", a mayor's Facebook post then "he wrote", a driver named only after his two
quote paragraphs with "So says"); (4) an English regional site on a coroner's report about a man who
waited seven hours in an ambulance ("Coroner warns", "Hospital trust says" carrying the chief
medical officer, a lead that describes the coroner whom the next sentence names, "she wrote" in a
report, "The coroner was blunt:", "The report says" then "It says", a daughter who "recalled" with a
quote over two paragraphs, "Prof." who "acknowledged" and "conceded", a consultant introduced
without a verb and then "His view is that" and "pointed out", "according to figures published by NHS
England last week" in mid-sentence, an unnamed NHS England spokesperson, an MP's posted letter as an
act and "In it, she urged", "Cllr" dropped); (5) a Kenyan business daily on a listed dairy's profit
warning ("warns" in the headline, "Farmers' co-op says" carrying its chairman, "said in a profit
warning", a rule of record, "the company blamed", "according to the company's 2024 annual report" in
mid-sentence, "Dr" and "Prof." dropped, "She put it simply:", a quote over two paragraphs with
ellipses before a capital and before lower case, two men alternating with "claimed", "countered" and
"admitted", a farmer named after two quote paragraphs with "That is how ... describes", an analyst
who "believes" and "His view is that", "according to NSE data", an unnamed Council of Governors
spokesperson, "declined to comment"); (6) an Omani English daily's business page on a fisheries
company's processing plant ("Chairman calls", "the company said in a disclosure" then "It said",
"Sheikh" and "Eng." dropped with "bin", "bint" and "Al" kept, "stressed", "told shareholders",
"explained", "she added" carried over a paragraph, two sheikhs alternating as "Sheikh Khalfan" and
"Sheikh Rashid" with "warned" and "insisted", an anonymous ministry official then "He said",
"according to the National Centre for Statistics and Information (NCSI)" in mid-sentence, an analyst
with "Dr." who "argued" and "noted", a fisherman named after two quote paragraphs with "said this
as"); (7) an Australian regional football site on a club fined for a concussion breach ("League
says" carrying the integrity unit, "found", a rule stated without a speaker, "The integrity unit's
report ... says" then "It says", a coach who "conceded" and "was contrite:", a club doctor and the
coach alternating with "maintained ... but admitted", "In Strathnaver's words", "In a statement,
Moorabeen said" then "It said", a player's Instagram post and "he wrote", his mother named after two
quote paragraphs with a question inside the quote); (8) a Canadian regional daily on a judge
quashing a council's approval of a quarry ("Supreme Court justice finds", "Justice" dropped and
"wrote", "according to the decision" in mid-sentence, "alleged" in a notice of judicial review, two
women lawyers alternating with "noted", "had argued" and "Reached by phone Wednesday", "Ltd.,
which", "U.S. and", "said in a statement" then "It said", an unnamed municipal spokesperson's "She
said" after two named women, "Coun." and "Mayor" dropped with "declined to comment" and "did not
respond to a request for comment", a fisherman named after two quote paragraphs with "says"); (9) an
Indian English daily on dialysis stopping at nine district hospitals ("Minister says" in the
standfirst, initials kept and "Dr." and "Mr." dropped, "told the Legislative Assembly", "admitted",
"alleged", "?” he asked.", a minister and an MLA alternating with "countered", "Pvt. Ltd., which",
"said in a statement" then "It said", "according to an RTI reply from the department" in
mid-sentence, a superintendent who "explained", "Prof. Pasupuleti's view is that", a patient named
after two quote paragraphs with "says", an unnamed department spokesperson's "She said" after a
named woman, a URL ending a sentence); (10) a South African community site on a municipality's
budget ("Executive Mayor Cllr", "Adv." and "Gogo" dropped, "according to the Auditor-General's
report" inside the chief whip's speech, two women alternating with "acknowledged", "was scornful:"
and "The mayor insisted", "he added" carried over a paragraph, "For Hennie Breytenbach" and "pointed
out", a ward councillor's Facebook post with his vote in a relative clause, an unnamed
spokesperson's "She said", a pensioner named after her quote with "says", "St. and"); (11) an Irish
regional weekly's site on a GAA club reinstated by the DRA ("Tribunal finds" carrying the DRA, the
CCC "found", the DRA "ruled", "the three-person tribunal wrote" over two paragraphs, a county
secretary and a club chairman alternating with "stressed" and "countered", "Mr Kilcommins's answer:"
and "Ms Kilcommins said" telling a father and daughter apart, "did not want to comment", "said in a
statement" then "It said", a manager named after two quote paragraphs with "Those were the words
of"); and (12) a Jamaican daily's politics page on a bill letting weekend events run until 2 a.m.
("Hon.", "Dr." and "the Rev." dropped, "The minister's case:", "!" before "he told the House", "he
added" carried over a paragraph, a minister and an opposition spokesman alternating with "argued",
"rejected that, saying" and "the Opposition spokesman shot back", "according to Senior
Superintendent ..." in mid-sentence, "For the Rev. ...", a promoter named after two quote paragraphs
with "That is how ... explains", a citizens' association "said on Facebook", an unnamed ministry
spokesperson's "He said" after named men). `STYLES` names the site, the story and the stresses of
each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new59.py` hold too (mastheads, straps, menus, crumbs,
section labels, bylines, date lines, share strips, related and also-read lines, tags, newsletter,
WhatsApp and follow lines, tip and contact lines, comment notices, printable-version lines and
footers "B" line by line; captions by content and credits "B"; a URL line pointing the reader to a
document "B"; standfirsts labelled like headlines, never split at a semicolon, a "says" in them
carrying the source as the body names it; titles, ranks, honorifics and roles dropped from speakers,
"Jr." and initials kept; a pronoun, a later surname, a first name, a title with the surname or a
role resolved to the full name as first given; organisations, documents and data kept as written,
"according to X" -> X, "It" for an organisation resolved to its name as first given and "It" for a
document to the document as written; a quote over several sentences or paragraphs carrying its
speaker and cue; "he"/"she" going to the last-named person of that gender who was the subject of a
reporting verb, context winning where it settles the matter; people named inside a quote naming no
speaker; "declined to comment", "did not respond" and the like labelled like speech with flags "";
anonymous sources kept as described without the clause that explains the anonymity; plans, votes,
decisions, orders, rulings, fixtures, rules and figures of record "W"; spoken forecasts, hopes,
pledges, opinions, feelings, scene, private circumstances, rhetorical questions and advice ""; a
figure of record inside an opinion "W").

Conventions this set had to settle, in the same spirit:

* Quotes brought in by a colon. "She was blunt: “...”", "Her verdict: “A broken promise with a
  footnote.”", "The coroner was blunt: “...", "He was contrite: “Jai's 19.", "She put it simply:
  “...”", "Steenberg-Vissering was scornful: “They budgeted for smart meters last year too.", "Mr
  Kilcommins's answer: “...", and "The minister's case: “...”": the colon never ends a sentence, so
  the words before it and the quote's first sentence are ONE sentence; it carries the person named
  or resolved ("Her" -> Chiew Mei Ling, "The coroner" -> Philippa Tisdale-Quorne, "The minister's"
  -> Kirkland Foster-Pottersby), and its cue is the words before the colon less the speaker and the
  possessive ("was blunt", "verdict", "was contrite", "put it simply", "was scornful", "answer",
  "case"); the quote's later sentences carry the same speaker and cue. Flags go by content: the
  coroner's findings, "Jai's 19.", the scornful councillor's budget and "Not one was installed.”"
  and the chairman's claim about the registrar are "W", verdicts and opinions "". A post with a
  caption after a colon ("Chiew posted a clip of the exchange on Facebook with the caption: “...”")
  is one sentence with the cue "posted".
* "For X, ..." frames X's view: the sentence carries X with the cue "For", "" (a feeling or a
  judgement) — "For Rosnah Kamarolzaman, 58, ...", "For Alhaji Sulaimon Ayandiran-Kewulere, the Baba
  Oja of ...", "For Palabay" (a later surname, resolved to "Ernesto Palabay Jr."), "For Hennie
  Breytenbach, chairperson of ...", "For the Rev. Ainsley Thelbourne, pastor of ..."; the quote
  after it carries X with its own cue, and its "she" or "he" goes to X, not to the politician of
  that gender who spoke before ("“Cooking gas went up, ...,” she said." is Rosnah's, after the exco
  and the opposition leader).
* "In X's words" and "X's view is that". "In Ganeshwaran's words, ..." (a Malaysian Indian name
  referred to later by the given name, resolved to "Ganeshwaran Thiruvengadam") and "In
  Strathnaver's words, ..." carry the person with the cue "words"; "His view is that ...", "Prof.
  Pasupuleti's view is that ..." carry the person with the cue "view", "W" when a figure of record
  rides in the view (140 beds taken by patients who could go home; shares "down 18 per cent since
  January"), "" otherwise. A sentence that introduces the person without a verb of saying ("Prof.
  Ganeshwaran Thiruvengadam, ..., has studied the state's tariffs for a decade.", "Dr Sanjeev
  Kothamangalam, ..., sees it differently.") carries no speaker, "", and the "words" or "view"
  sentence after it carries the person. "Brian Ochuodho, ..., believes investors will look past the
  warning." carries him with "believes", "" (a forecast).
* "according to X" in the middle of a sentence. When X is a person, the sentence carries the name
  without titles and roles ("The new fares, according to City Legal Officer Atty. Leonora
  Gumatay-Vilches, take effect ..." -> "Leonora Gumatay-Vilches"; "The police, according to Senior
  Superintendent Claudette Wintworth of the Constabulary Communications Unit, received ..." ->
  "Claudette Wintworth"); documents, bodies and data are kept as written ("the Assembly's
  resolution", "the decision", "the company's annual report", "the company's 2024 annual report",
  "an RTI reply from the department", "figures published by NHS England last week", "the National
  Centre for Statistics and Information (NCSI)", "NSE data"); "according to X" inside someone's
  reported speech carries the person ("He explained that ..., according to a 2024 SPAN survey." ->
  the economist; "..., according to the Auditor-General's report on its 2024/25 accounts." -> the
  chief whip).
* Reported speech carried over paragraphs. "Families registered in the national eKasih database, she
  added, would ..." and "Promoters, he added, would pay ..." carry the person with "added", and the
  next paragraph in the same reported speech with no verb of saying ("The rebate would be credited
  to their accounts automatically, ...", "Most would be recruited from the wilayats of Al Wusta,
  ...", "Those already on the indigent register would not need to apply again.", "The police would
  also be able to shut down any event ...") carries the same speaker and cue "added"; flags by
  content (a government's stated rule or plan "W", a company's hope of hiring locally "").
* Speakers named only after their words. Quote paragraphs followed by "So says Rommel
  Abellanosa-Tiongson, 44, ...", "That is how Grace Jebichii-Cheptumo, ..., describes the past two
  months.", "Salim bin Khamis Al Badwawi, 46, ..., said this as he mended a net ...", "Jai's mother,
  Trish Mullinder, said she only learned ...", "Alasdair Rennoldson, 68, ..., says he read the
  decision twice ...", "Gogo Thandiwe Msomi, 71, ..., says she already cooks on a paraffin stove
  ...", "Shaik Mastan Vali, 52, ..., says he has been on dialysis since 2022.", "Those were the
  words of Clonmoylan manager Jarlath Tierneyhill ..." and "That is how Kemar Lyttleborough, ...,
  explains the bill's appeal ..." carry that person, every sentence of them, with the naming
  sentence's cue ("says", "describes", "said", "words", "explains"); the naming sentence carries the
  person too, "" (it names and sets the scene or tells a private circumstance).
* Quotes over paragraphs with no new cue. The judge's judgment ("said in her judgment"), the
  tribunal's decision ("the three-person tribunal wrote", kept as written: a description of the
  DRA's panel is not resolved to the DRA), the dairy's managing director, the daughter at the
  inquest and the quotes named afterwards run over two paragraphs, the second opening with a
  quotation mark and no verb, and every sentence carries the speaker and cue of the first.
* Statements, filings, reports, decisions and posts. "In his originating summons, filed on January
  27, Oyebisi-Olawepo alleged that ..." carries him with "alleged", "W" (a specific allegation of
  record); "In a counter-affidavit sworn to by the Clerk of the House, the Assembly claimed that
  ..." carries "the Assembly" with "claimed", "W"; "The Save Sheiling Cove Society ... also alleged
  in its notice of judicial review that ..." the society with "alleged", "W"; "Justice ... held that
  ..." and "She held that ..." the judge with "held", "W", while "The judge rejected that argument."
  is "" with "rejected"; the court's orders, set out as a numbered list under "The court made the
  following orders:" (itself ""), are "W" without a speaker, each item its own sentence; "In a
  prevention of future deaths report published on Wednesday, she wrote that ..." the coroner with
  "wrote"; "The report says" / "It says" and "The integrity unit's report, released on Thursday,
  says" / "It says" the document as written; "The league's integrity unit found", "The county's
  competitions control committee (CCC) found" and "the DRA ruled" the body as written with "found" /
  "ruled"; "said in her judgment", "said in a profit warning", "said in a disclosure" and "said in a
  statement" are cues as written when the channel follows the verb, and "In a statement, X said" has
  the cue "said"; "posted on Facebook" and "posted on Instagram" are cues as written, and the post's
  quoted words carry "he wrote"; "Helen Dawtree-Ashlinford, MP for ..., posted a copy of her letter
  to the Health Secretary on X on Thursday." is an act with a document, "W" without a speaker, and
  "In it, she urged ministers ..." carries her with "urged", "". A profit warning about a year
  already closed ("expects its net profit for the year ended December 31, 2025 to be at least 25 per
  cent lower") is a figure of record, "W", and the headline "Kerio Creameries warns 2025 profit fell
  by more than a quarter" carries the company with "warns"; "the company blamed the fall on Sh1.2
  billion it is owed by five county governments ..." is a causal claim of record, "W".
* Unnamed spokespeople and bodies. "A SPAN spokesperson", "A spokesman for the Assembly" (then "He
  said", after the alhaji spoke), "A spokesperson for NHS England", "A spokesperson for the Council
  of Governors", "A spokesperson for the municipality" (then "She said", after two named women
  lawyers), "A spokesperson for the Health department" (then "She said", after the superintendent),
  "A municipal spokesperson" (then "She said", after the mayor and the chief whip), "A spokesperson
  for the ministry" (then "He said", after the minister and the pastor) keep the description, and
  the pronoun after them resolves to it; "An official at the Ministry of Agriculture, Fisheries and
  Water Resources, who asked not to be named, said" -> "An official at the Ministry of Agriculture,
  Fisheries and Water Resources", and "He said" -> the same; "the state secretary's office said",
  "the council secretariat said", "the company said in a disclosure" and "The state Ministry of
  Justice declined to comment, saying ..." keep the words as written; "The Capital Markets Authority
  declined to comment", "Coun. Heather Dauphinee ... declined to comment", "Mayor Gordon Publicover
  did not respond to a request for comment", "Municipal manager Adv. Bongani Khuzwayo declined to
  comment ..." and "Dwane ... did not want to comment" are "" with those cues.
* Two people of one gender alternating. The exco and the opposition leader ("Haslinda countered",
  "She said", "Chiew rejected that reading.", "she asked", "Her verdict:"); the judge and the
  Assembly's counsel ("The judge rejected that argument." / "She held" -> the judge;
  "Arowojolu-Ladipo told journalists" / "she said" -> the counsel); the two councilwomen ("?”
  Tabiliran-Sarabia asked." / "“More than you think, Councilor,” the author replied." ->
  Lacanilao-Yballe, a role resolved to her); the club doctor and the coach ("“That's on me, not on
  Darren,” he said." -> the doctor; "Mowberry said ..." / "he said" -> the coach); two sheikhs,
  resolved by "Sheikh" with the first name ("Sheikh Khalfan insisted", "Sheikh Rashid said"); the
  minister and the MLA ("Dr. Kothapalli countered", "Mr. Madireddy said", "he said"); the two
  lawyers ("Reached by phone Wednesday, Boutilier said", "she said", "Fougere said"); the mayor and
  the chief whip ("Mthembeni-Ngcamphalala acknowledged", "Steenberg-Vissering was scornful:", "The
  mayor insisted"); the county secretary and the club chairman ("Glynn countered", "“An email is not
  a transfer,” he said."); the minister and the opposition spokesman ("Foster-Pottersby rejected
  that, saying ..." with the cue "saying", "W", and "the Opposition spokesman shot back" -> Clement
  Haughton). A father and daughter sharing a surname are told apart by "Mr Kilcommins's answer" and
  "Ms Kilcommins said".
* Names and titles of these countries. Dropped: "Datuk Seri", "Dr.", "Dr", "Prof.", "Hon.",
  "Justice", "Barr. (Mrs)", "Chief" with the postnominal "SAN", "Alhaji" with the market title "the
  Baba Oja of ...", "Councilor", "Vice Mayor Atty.", "City Legal Officer Atty.", "Mayor", "Assistant
  coroner", "Cllr", "Managing director", "Board chairman", "Sheikh", "Eng.", "Chief executive",
  "League chief executive", "Coun.", "Health Minister", "Opposition MLA", "Mr.", "Mr", "Ms",
  "superintendent", "Executive Mayor", "Opposition chief whip", "MMC for finance", "Ward 14
  councillor", "Municipal manager Adv.", "Gogo", "County secretary", "Culture Minister", "Opposition
  spokesman on culture", "Senior Superintendent", "the Rev." and the roles in apposition. Kept as
  parts of the name: "Jr." ("Ernesto Palabay Jr.", resolved from "Palabay" and "He"), initials ("B.
  Ramachandra Kothapalli", "G. Anjaneyulu Madireddy"), "Ma." (the abbreviation of Maria in "Ma.
  Cristina Lacanilao-Yballe"), "Wan" ("Wan Suraya Wan Ismawi"), "bin", "bint" and "Al" ("Khalfan bin
  Saif Al Mandhouri", "Muna bint Salim Al Ghadani"), and a Chinese family name written first ("Chiew
  Mei Ling", later "Chiew").
* Standfirsts and headlines. "Hospital trust says the longest waits have fallen by a third since
  January; ..." carries the chief medical officer through whom the body gives that figure (as "The
  depot says ..." carries the depot manager in `labelled_new56.py`), and "Farmers' co-op says
  members have not been paid for February milk; ..." the co-op's chairman; "League says player was
  cleared ...; ..." carries "The league's integrity unit", whose finding it is; "Tribunal finds ...;
  ..." carries "the DRA", the body whose ruling the body reports; "Author says drivers waited six
  years for an increase; ..." the councillor who wrote the ordinance; "Judge holds ...", "Coroner
  warns ...", "Chairman calls ...", "Opposition leader insists ...", "..., Supreme Court justice
  finds; ...", "..., Minister says; ..." and "Minister says ...; bill passes 34-21 after eight-hour
  debate" carry the person the body names, with the verb as the cue, "W" when a figure, vote or
  ruling of record stands in either clause; "Water bills in Kedah to rise from July 1, exco tells
  assembly" carries the exco with "tells assembly"; a lead that describes the speaker whom the next
  sentence names ("..., the state executive councillor in charge of utilities told the state
  assembly on Thursday.", "A coroner has warned that ...") carries the name.
* Flags for people quoted. "“Nobody came,” she said." (a public service), the coroner's findings,
  "Jai's 19.", the scornful councillor's "Not one was installed.”", the professor's "“When one
  company sneezes, 1,100 patients catch a cold,”" (a figure of record inside an opinion) and the
  market leader's drainage contract "sitting on the table since December" are "W"; the dairy
  farmer's cows, loan and wait, the patient's fee at a private hospital, the fisherman's boats and
  cold store, the pensioner's electricity lasting eleven days, the driver's "Eighteen pesos is
  fair." and "“Justice has been done!”" are ""; "warned that the plant's appetite for fish could
  squeeze out ..." and "would be settled “once the National Treasury releases the March
  disbursements”" are forecasts, ""; "maintained that he had done nothing wrong" is a general
  denial, "", while "maintained that the player had been “symptom-free and keen”, but admitted he
  had not done the formal clearance test" carries "admitted", the verb of the checkable part, "W"; a
  post by a councillor "who voted for the budget" is "W" for the vote in the relative clause.

Splits. "Sdn. Bhd. (198501004412)." (before "All Rights Reserved."), "Jr." ("is led by Ernesto
Palabay Jr." before "It has"), "a.m." ("until 2 a.m." before "The current", "1 a.m." before "The
bill"), "Ltd." (before "All rights reserved." and before "Registered in England No. 03317741.",
itself a sentence), "Pty Ltd." (before "ABN 38 611 902 447."), "Inc." and "PVT. LTD." (before "All
rights reserved."), "(MSX)." (before "It said"), "(Nersa)." (before "She said"), "Lantawan News.",
"Media Group.", "The Mirqab Daily.", "Mfula Express." and "The Inisfeale Post 2026." in the footers,
URLs closing a sentence ("www.judiciary.uk.", "https://health.telangana.gov.in/dialysis." before
"Patients", "www.courts.ns.ca."), a spaced ellipsis before a capital ("in January ..." / "Two
replied."), "2.10pm." (before "Pellingbrook"), a "?" closing a single quote inside a quote before a
capital ("‘Has the doctor signed it?’" / "He said yes.”") and a "?" in furniture before a capital
("Got a news tip?" / "Email ...", "Got a story from your club?", "Has this story affected you?", "Do
you have a news tip?" / "WhatsApp us ...", "Have something to say?" / "Write to ...") end a
sentence. "Datuk Seri", "8:12 PM MYT", "RM41.6mil", "41.2 per cent", "34.8 per cent", "RM1.10",
"Sdn. Bhd., lost", "Dr. Wan", "Prof. Ganeshwaran", "Hon. Abdulwasiu", "Barr. (Mrs) Halimat", "Chief
..., SAN, said", "N2.1bn", "1. A declaration" and the other list numbers, "Ordinance No. 2026-041",
"Ma. Cristina", "₱1.50;", "Sec. 7", "₱9.60", "Atty. Leonora", "Atty. Jose", "₱86-M", "08:15, 17 APR
2026", "3.10pm and", "5.45pm.", "Prof. Adrian", "Mr Aldbury-Penwithen", "7.8 per cent", "19:05 EAT",
"Dr Caroline", "Sh94.5 million", "Prof. Joseph", "Sh14.65", "OMR38.5mn", "Eng. Muna", "Dr. Ritu",
"6.2 per cent", "5:50pm AEST", "Dr Lachlan", "Apr. 16, 2026 · 4:58 p.m. ADT", "N.S. —", "Oct. 14,
2025", "Ltd., which", "U.S. and", "$1.4 million", "Coun. Heather", "2026 NSSC 118,", "K. Harika",
"23:41 IST", "Dr. B. Ramachandra", "₹14.6 crore", "G. Anjaneyulu", "Dr. Kothapalli", "Mr.
Madireddy", "Pvt. Ltd., which", "₹11.2 crore", "Dr. Lakshmi", "Prof. Suresh", "Prof. Pasupuleti's",
"8:02:14 am IST", "2026/27", "2024/25", "Adv. Bongani", "Ntombela St. and", "Mr Kilcommins's", "Hon.
Kirkland", "Dr. Clement", "3 a.m. on", "the Rev. Ainsley", "9:30 on" and "2 a.m. on that same
Sunday" never do. A spaced ellipsis before lower case does not end a sentence ("angry ... and I
would be angry too"); a colon never does ("She was blunt: “...", "The court made the following
orders:" ends only at the line break). A "?" or "!" closing a quote before a lower-case attribution
("?” she asked.", "?” he asked.", "!” he told the House, ...") or before the speaker's capitalised
surname and a verb ("“Justice has been done!” Oyebisi-Olawepo told supporters ...", "?”
Tabiliran-Sarabia asked.") does not end the sentence.

`CASES` holds 30 sentence-split cases in the format of the `CASES` of `labelled_new56.py` (id, text,
expected sentences), each taken word for word from these pages (consecutive lines joined by a
newline, sentences of one line by a space) and written the same way: what a reviewer wants, not what
the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Malaysian English daily, Kedah's water tariff rise told to the state assembly (masthead, ePaper strip, menu, crumb, headline with tells assembly, semicolon standfirst carrying the opposition leader with insists, byline in capitals, date line with PM MYT, share strip, caption with credit, ALOR SETAR: dateline, a lead describing the exco named in the next sentence, Datuk Seri dropped, She was blunt:, she noted in mid-sentence, Sdn. Bhd., in mid-sentence, according to the company's annual report, a family name first then Chiew, two women alternating with insisted, countered, rejected and Her verdict:, ? before she asked, she added carried into the next paragraph, For Rosnah with her she said after two politicians, In a statement then It said, SPAN confirmed, an unnamed SPAN spokesperson, urged and pointed out with Dr., a professor introduced without a verb then In Ganeshwaran's words and He explained with according to inside his speech, the state secretary's office, a post with a caption after a colon, related lines, newsletter lines, footer with Sdn. Bhd. (number). before All Rights Reserved)",
    "Nigerian national daily, a High Court voids an Assembly's suspension of a local government chairman (masthead, strap, menu, section label, headline, semicolon standfirst carrying the judge with holds, byline with place, date line, share strip, caption with Hon. and credit, Justice dropped and held, according to the Assembly's resolution in mid-sentence, the judgment quoted over two paragraphs with the cue only in the first, a numbered list of orders without a speaker, alleged in an originating summons, claimed in a counter-affidavit, Barr. (Mrs) dropped, a judge and counsel alternating with rejected and She held, told journalists, Chief and SAN dropped, ! before a surname and told supporters, maintained and recalled, For Alhaji with a market title, an Assembly spokesman then He said after a named man, declined to comment saying, a fixture, related list, WhatsApp line, footer with Ltd.)",
    "Philippine regional news site, Iloilo City's council raises the minimum tricycle fare (masthead, strap, menu with pipes, crumb, headline with pesos, semicolon standfirst carrying the author with says, byline, date line, share strip, caption with credit in brackets, Ordinance No., Councilor Ma. with Ma. kept, a bulleted list without a speaker, two councilwomen alternating with argued, noted, Sec. 7, countered, ? before a capitalised surname and asked and the author replied, Jr. ending a sentence before It, For Palabay, recalled, according to City Legal Officer Atty. in mid-sentence, Vice Mayor Atty. dropped and stressed, a commuter group that called then It said with a decimal, a mayor's Facebook post then he wrote, a driver named after two quote paragraphs with So says, the council secretariat said, tags, more-from list, footer)",
    "English regional news site, a coroner's report on a man who waited seven hours in an ambulance outside A&E (masthead, menu, section label, headline with Coroner warns, semicolon standfirst carrying the chief medical officer through Hospital trust says, byline with role, date line in capitals, share strip, caption with credit, a lead describing the coroner named in the next sentence, she wrote in a prevention of future deaths report, The coroner was blunt:, The report says then It says, a daughter who recalled with pm times and a quote over two paragraphs, Prof. who acknowledged and conceded, a consultant introduced without a verb then His view is that and pointed out, according to figures published by NHS England in mid-sentence, an unnamed NHS England spokesperson, an MP's posted letter as an act then In it, she urged, Cllr dropped, report URL line, read-more, call-out with ? and e-mail, comments notice, footer with Ltd. and No.)",
    "Kenyan business daily, a listed dairy's profit warning while farmers wait to be paid (masthead, menu, section label, headline carrying the company with warns, semicolon standfirst carrying the co-op's chairman through Farmers' co-op says, byline in capitals, date line with EAT, share strip, caption with credit, said in a profit warning with a closed year's figure, a rule of record, the company blamed, according to the company's 2024 annual report in mid-sentence, Dr and Prof. dropped, told Biashara Leo, She put it simply:, a quote over two paragraphs with a spaced ellipsis before a capital and one before lower case, two men alternating with claimed, countered and admitted, decimals, ? before he asked, a farmer named after two quote paragraphs with That is how ... describes, believes and His view is that, according to NSE data, an unnamed Council of Governors spokesperson, declined to comment, also-read, WhatsApp lines, footer)",
    "Omani English daily's business page, a fisheries company's shareholders back a processing plant (masthead, menu, section label, headline, semicolon standfirst carrying the chairman with calls, desk byline, date line, share strip, Muscat: dateline, said in a disclosure with (MSX). before It said, Sheikh and Eng. dropped with bin, bint and Al kept, stressed, told shareholders, explained, she added carried into the next paragraph, two sheikhs alternating as Sheikh Khalfan and Sheikh Rashid with warned and insisted, an anonymous ministry official then He said, according to the NCSI in mid-sentence, an analyst with Dr. who argued and noted, a fisherman named after two quote paragraphs with said this as, also-read, WhatsApp line, footer)",
    "Australian regional football site, a club fined and stripped of points for a concussion breach (masthead, menu with pipes, crumb, headline, semicolon standfirst carrying the integrity unit through League says, byline, date line with pm AEST, share strip, caption with credit, found, a rule without a speaker, The integrity unit's report says then It says, a coach who conceded and was contrite: with Jai's 19., a doctor and the coach alternating with maintained but admitted and he said, In Strathnaver's words, In a statement then It said, posted on Instagram then he wrote, a mother named after two quote paragraphs with a question in single quotes inside the quote, fixtures with pm, more-news list, tip line with ? and e-mail, footer with Pty Ltd. before ABN)",
    "Canadian regional daily in Nova Scotia, a judge quashes a council's approval of a quarry (masthead, log-in strip, menu, section label, headline, standfirst carrying the justice with finds, byline with role, published line with Apr. and p.m. ADT, share strip, caption with file-photo credit, N.S. in the dateline, Justice dropped and wrote, Oct. 14, according to the decision in mid-sentence, alleged in a notice of judicial review, two women lawyers alternating with noted, had argued and Reached by phone, Ltd., which and U.S. and, said in a statement then It said, an unnamed municipal spokesperson then She said after two named women, Coun. and Mayor dropped with declined to comment and did not respond, a fisherman named after two quote paragraphs with says, decision URL line, related, tip line, footer with Inc.)",
    "Indian English daily in Telangana, dialysis stops at nine district hospitals over unpaid dues (masthead, log-in strip, menu with pipes, crumb, headline with crore, semicolon standfirst carrying the minister with says, byline with an initial, dateline with IST, share strip, initials kept with Dr. and Mr. dropped, told the Legislative Assembly, admitted, alleged, ? before he asked, a minister and an MLA alternating with countered, Pvt. Ltd., which, said in a statement then It said, according to an RTI reply in mid-sentence, a superintendent who explained, Prof. who said and Prof. Pasupuleti's view is that, a figure inside an opinion, a patient named after two quote paragraphs with says, an unnamed department spokesperson then She said after a named woman, a URL ending a sentence before a capital, also-read, follow line, printable-version line, footer with PVT. LTD.)",
    "South African community news site, a local municipality adopts its budget with an electricity hike (masthead, strap, menu with pipes, section label, headline, semicolon standfirst carrying the mayor with says, byline, date line, share strip, Executive Mayor Cllr dropped, (Nersa). before She said, told council, according to the Auditor-General's report inside the chief whip's speech with 2024/25, two women alternating with acknowledged, was scornful: and The mayor insisted, MMC for finance with he added carried into the next paragraph, For Hennie Breytenbach and pointed out, a ward councillor's Facebook post with his vote in a relative clause, an unnamed spokesperson then She said, Adv. dropped with declined to comment, Gogo dropped from a pensioner named after her quote with says, St. and, read-more, tip line with ? and a phone number, footer with (Pty) Ltd.)",
    "Irish regional weekly's site, a GAA club reinstated to its county championship by the DRA (masthead, menu, crumb, headline, semicolon standfirst carrying the DRA through Tribunal finds, byline, date line, share strip, the CCC found, the DRA ruled, the three-person tribunal wrote over two paragraphs, a county secretary and a club chairman alternating with stressed, countered and he said, Mr Kilcommins's answer: and Ms Kilcommins said telling a father and daughter apart, did not want to comment, said in a statement then It said, a manager named after two quote paragraphs with Those were the words of, a fixture with pm, more-from list, newsletter line, footer)",
    "Jamaican daily's politics page, the House passes a bill letting weekend events run until 2 a.m. (masthead, strap, menu with pipes, crumb, headline ending in a.m., semicolon standfirst carrying the minister with says, byline with role, date line with pipes, share strip, a.m. ending a sentence before The, Hon. dropped, The minister's case:, ! before he told the House, he added carried into the next paragraph, a minister and an opposition spokesman alternating with argued, rejected that saying and the Opposition spokesman shot back, according to Senior Superintendent in mid-sentence, For the Rev., a.m. in mid-sentence, a promoter named after two quote paragraphs with That is how ... explains, said on Facebook, an unnamed ministry spokesperson then He said after named men, a Senate fixture, related, letters line with ? and e-mail, footer)",
]

ARTICLES = [
    [  # 1. Malaysian English daily, Kedah's water tariff rise is tabled in the state assembly
        [("THE UTARA COURIER", "", "", "B")],
        [("ePaper  |  Subscribe  |  Log in  |  BM  |  中文", "", "", "B")],
        [("Nation   Politics   Business   Metro   Sport   Lifestyle   Opinion", "", "", "B")],
        [("Nation › Kedah", "", "", "B")],
        [("Water bills in Kedah to rise from July 1, exco tells assembly", "Haslinda Mokhtazar", "tells assembly", "W")],
        [("Opposition leader insists the increase breaks a 2023 pledge; operator lost RM41.6mil last year", "Chiew Mei Ling", "insists", "W")],
        [("By FARAH DIYANA ROSMADI", "", "", "B")],
        [("Thursday, 16 Apr 2026 8:12 PM MYT", "", "", "B")],
        [("Share:  Facebook  |  X  |  WhatsApp  |  Telegram  |  Copy link", "", "", "B")],
        [("Datuk Seri Haslinda Mokhtazar speaking at the Kedah State Legislative Assembly sitting on Thursday.", "", "", ""),
         ("— ZULHAZMI ARSHAD/The Utara Courier", "", "", "B")],
        [("ALOR SETAR: Domestic water tariffs in Kedah will rise by 22 sen per cubic metre from July 1, the state executive councillor in charge of utilities told the state assembly on Thursday.", "Haslinda Mokhtazar", "told the state assembly", "W")],
        [("Datuk Seri Haslinda Mokhtazar said the increase, the first since 2019, would apply to the first 20 cubic metres a household uses each month, while the bands above that would go up by 30 sen.", "Haslinda Mokhtazar", "said", "W")],
        [("She was blunt: “The operator cannot keep losing money and still be expected to replace pipes that were laid before I was born.”", "Haslinda Mokhtazar", "was blunt", ""),
         ("Non-revenue water in the state stood at 41.2 per cent last year, she noted, against a national average of 34.8 per cent.", "Haslinda Mokhtazar", "noted", "W")],
        [("The operator, Syarikat Air Seruling Kedah Sdn. Bhd., lost RM41.6mil in 2025, according to the company's annual report.", "the company's annual report", "according to", "W")],
        [("Opposition leader Chiew Mei Ling (Bukit Kesidang) insisted that the state government had promised in its 2023 election manifesto not to raise water tariffs for five years.", "Chiew Mei Ling", "insisted", "W"),
         ("“It is on page 14 of their own manifesto, in black and white,” she told the House.", "Chiew Mei Ling", "told the House", "W")],
        [("Haslinda countered that the pledge had covered only the first 20 cubic metres and had run only until the end of 2025.", "Haslinda Mokhtazar", "countered", "W"),
         ("She said a household using less than that would pay about RM1.10 more a month.", "Haslinda Mokhtazar", "said", "W")],
        [("Chiew rejected that reading.", "Chiew Mei Ling", "rejected", ""),
         ("“If the promise had an expiry date, why did nobody print it?” she asked.", "Chiew Mei Ling", "asked", ""),
         ("Her verdict: “A broken promise with a footnote.”", "Chiew Mei Ling", "verdict", "")],
        [("Haslinda told reporters after the sitting that the state would set aside RM12mil this year to help poor households with their bills.", "Haslinda Mokhtazar", "told reporters", "W")],
        [("Families registered in the national eKasih database, she added, would get their first 10 cubic metres free each month.", "Haslinda Mokhtazar", "added", "W")],
        [("The rebate would be credited to their accounts automatically, with no forms to fill in.", "Haslinda Mokhtazar", "added", "W")],
        [("For Rosnah Kamarolzaman, 58, who sells nasi lemak from a stall in Kampung Titi Gantung, the increase is one more bill on a pile that keeps growing.", "Rosnah Kamarolzaman", "For", ""),
         ("“Cooking gas went up, rice went up, now water,” she said.", "Rosnah Kamarolzaman", "said", ""),
         ("“I am not on any list.", "Rosnah Kamarolzaman", "said", ""),
         ("I just pay.”", "Rosnah Kamarolzaman", "said", "")],
        [("In a statement, Air Seruling said it had replaced 212km of ageing asbestos-cement pipes since 2021 and needed RM1.3bil over 10 years to replace the rest.", "Air Seruling", "said", "W"),
         ("It said that even after the increase, the tariff would stay below what it costs to treat and deliver the water, which it put at RM1.62 per cubic metre.", "Syarikat Air Seruling Kedah Sdn. Bhd.", "said", "W")],
        [("The National Water Services Commission (SPAN), which must approve any change in tariffs, confirmed that it had received the state's application on March 3.", "The National Water Services Commission (SPAN)", "confirmed", "W"),
         ("A SPAN spokesperson said a decision was expected “within weeks”.", "A SPAN spokesperson", "said", "")],
        [("The Northern Consumers' Alliance urged the state to publish the operator's audited accounts in full before the new rates take effect.", "The Northern Consumers' Alliance", "urged", ""),
         ("Its president, Dr. Wan Suraya Wan Ismawi, pointed out that Air Seruling had paid its board RM2.8mil in fees last year, a year in which it lost money.", "Wan Suraya Wan Ismawi", "pointed out", "W")],
        [("Prof. Ganeshwaran Thiruvengadam, a water economist at Universiti Seruling Utara, has studied the state's tariffs for a decade.", "", "", ""),
         ("In Ganeshwaran's words, the old tariff was “a subsidy for whoever owns the biggest house on the street”.", "Ganeshwaran Thiruvengadam", "words", ""),
         ("He explained that households in the richest 10 per cent used almost three times as much water as those in the poorest 40 per cent, according to a 2024 SPAN survey.", "Ganeshwaran Thiruvengadam", "explained", "W")],
        [("The new rates will be gazetted once SPAN approves them, the state secretary's office said.", "the state secretary's office", "said", "W")],
        [("Late on Thursday, Chiew posted a clip of the exchange on Facebook with the caption: “Promises now come with expiry dates.”", "Chiew Mei Ling", "posted", "")],
        [("Related: Perlis households hit by 36-hour supply cut after main bursts", "", "", "B")],
        [("Related: Consumer groups want tariff reviews every three years", "", "", "B")],
        [("Get the day's top stories in your inbox.", "", "", "B"),
         ("Sign up for our newsletters here.", "", "", "B")],
        [("Copyright © 1995–2026 Utara Courier Media Sdn. Bhd. (198501004412).", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
        [("Privacy Policy  |  Terms of Use  |  Advertise With Us  |  Contact Us", "", "", "B")],
    ],
    [  # 2. Nigerian national daily, a state High Court voids an Assembly's suspension of a local government chairman
        [("THE ARBITER", "", "", "B")],
        [("Nigeria's Independent Voice", "", "", "B")],
        [("Home   News   Politics   Law & Court   Business   Sports   Opinion   Videos", "", "", "B")],
        [("Law & Court", "", "", "B")],
        [("Court voids Kwara Assembly's suspension of Ekunrin-Iluju LG chairman", "", "", "W")],
        [("Judge holds lawmakers cannot suspend an elected council chairman; Assembly to appeal", "Funmilayo Adegboye-Lagundoye", "holds", "W")],
        [("By Adeyinka Oloyedun-Salawu, Ilorin", "", "", "B")],
        [("April 16, 2026  |  5:47 pm", "", "", "B")],
        [("Share on:  Facebook  X  WhatsApp  LinkedIn", "", "", "B")],
        [("Hon. Abdulwasiu Oyebisi-Olawepo (middle) with supporters outside the High Court in Ilorin on Thursday.", "", "", ""),
         ("PHOTO: THE ARBITER", "", "", "B")],
        [("A Kwara State High Court sitting in Ilorin on Thursday set aside the suspension of the Chairman of Ekunrin-Iluju Local Government Area, Hon. Abdulwasiu Oyebisi-Olawepo, by the state House of Assembly.", "", "", "W")],
        [("Justice Funmilayo Adegboye-Lagundoye held that the Assembly acted outside its powers when it passed a resolution on January 20 suspending him for three months over the alleged misuse of the council's security vote.", "Funmilayo Adegboye-Lagundoye", "held", "W")],
        [("The suspension, according to the Assembly's resolution, was meant to allow a seven-member ad hoc committee to investigate the council's spending in 2025.", "the Assembly's resolution", "according to", "W")],
        [("“A local government chairman is elected by the people of his local government, not appointed by the House of Assembly,” the judge said in her judgment.", "Funmilayo Adegboye-Lagundoye", "said in her judgment", ""),
         ("“The House may investigate, and it may summon.", "Funmilayo Adegboye-Lagundoye", "said in her judgment", "")],
        [("“What it may not do is suspend, remove or otherwise sit in the seat of an elected official because it is unhappy with him.", "Funmilayo Adegboye-Lagundoye", "said in her judgment", ""),
         ("Section 7 of the Constitution guarantees a democratically elected local government system, and that guarantee would mean nothing if a resolution of the House could set it aside.”", "Funmilayo Adegboye-Lagundoye", "said in her judgment", "W")],
        [("The court made the following orders:", "", "", "")],
        [("1. A declaration that the resolution of January 20, 2026 is null and void;", "", "", "W")],
        [("2. An order restoring the claimant to office with immediate effect;", "", "", "W")],
        [("3. An order that his salaries and allowances withheld since January be paid within 14 days.", "", "", "W")],
        [("In his originating summons, filed on January 27, Oyebisi-Olawepo alleged that he was never given a copy of the petition against him or a chance to answer it before the vote.", "Abdulwasiu Oyebisi-Olawepo", "alleged", "W")],
        [("In a counter-affidavit sworn to by the Clerk of the House, the Assembly claimed that he had been invited twice, on January 8 and January 14, and had ignored both letters.", "the Assembly", "claimed", "W")],
        [("Counsel to the Assembly, Barr. (Mrs) Halimat Arowojolu-Ladipo, had argued at the hearing in March that the suspension was an exercise of the House's oversight powers under sections 128 and 129 of the Constitution.", "Halimat Arowojolu-Ladipo", "argued", ""),
         ("The judge rejected that argument.", "Funmilayo Adegboye-Lagundoye", "rejected", ""),
         ("She held that those sections allow the House to investigate and to expose, but not to punish.", "Funmilayo Adegboye-Lagundoye", "held", "W")],
        [("Arowojolu-Ladipo told journalists after the ruling that her client would file a notice of appeal and a motion for a stay of execution.", "Halimat Arowojolu-Ladipo", "told journalists", "W"),
         ("“We respect the court, but we believe it has got the law wrong,” she said.", "Halimat Arowojolu-Ladipo", "said", "")],
        [("Counsel to the chairman, Chief Oluwaseun Adiatu-Fabunmiro, SAN, said the judgment was the third of its kind in the state since 2019.", "Oluwaseun Adiatu-Fabunmiro", "said", "W"),
         ("“The law on this point is settled, and the House knows it,” he said.", "Oluwaseun Adiatu-Fabunmiro", "said", "")],
        [("“Justice has been done!” Oyebisi-Olawepo told supporters outside the court.", "Abdulwasiu Oyebisi-Olawepo", "told supporters", ""),
         ("He maintained that he had done nothing wrong.", "Abdulwasiu Oyebisi-Olawepo", "maintained", ""),
         ("He said every naira of the security vote had been spent through the council's security committee and was recorded in its minutes.", "Abdulwasiu Oyebisi-Olawepo", "said", "W"),
         ("He recalled that the council's 2025 accounts had been audited by the Office of the Auditor-General for Local Governments without a single query.", "Abdulwasiu Oyebisi-Olawepo", "recalled", "W")],
        [("For Alhaji Sulaimon Ayandiran-Kewulere, the Baba Oja of Ekunrin-Iluju's main market, the ruling was a relief.", "Sulaimon Ayandiran-Kewulere", "For", ""),
         ("“We have been like orphans for three months.", "Sulaimon Ayandiran-Kewulere", "said", ""),
         ("The contract for the market drainage has been sitting on the table since December,” he said.", "Sulaimon Ayandiran-Kewulere", "said", "W")],
        [("A spokesman for the Assembly said the House had received the judgment and had instructed its lawyers to appeal.", "A spokesman for the Assembly", "said", "W"),
         ("He said the House “remains committed to accountability at the grassroots”.", "A spokesman for the Assembly", "said", "")],
        [("The state Ministry of Justice declined to comment, saying the matter was still before the courts.", "The state Ministry of Justice", "declined to comment", "")],
        [("A separate suit by the chairman over the council's 2026 budget comes up before the same court on May 12.", "", "", "W")],
        [("RELATED NEWS", "", "", "B")],
        [("Appeal Court reserves judgment in Oyo LG dissolution case", "", "", "B")],
        [("Assembly summons commissioner over N2.1bn road contract", "", "", "B")],
        [("Join The Arbiter's WhatsApp channel for breaking news", "", "", "B")],
        [("© 2026 Arbiter Media Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 3. Philippine regional news site, Iloilo City's council raises the minimum tricycle fare
        [("LANTAWAN NEWS", "", "", "B")],
        [("Western Visayas news, first", "", "", "B")],
        [("Home | Iloilo | Regions | Nation | Business | Sports | Opinion | Videos", "", "", "B")],
        [("Home » Iloilo » City Hall", "", "", "B")],
        [("Iloilo City council raises minimum tricycle fare to ₱18", "", "", "W")],
        [("Author says drivers waited six years for an increase; commuter group calls it ‘a burden on students’", "Ma. Cristina Lacanilao-Yballe", "says", "W")],
        [("By Kristine Joy Pabalan-Dequiña", "", "", "B")],
        [("April 15, 2026 | 6:32 PM", "", "", "B")],
        [("Facebook   Twitter   Messenger   Viber   Copy Link", "", "", "B")],
        [("Tricycles wait for passengers at the Calle Solinap terminal on Wednesday.", "", "", ""),
         ("(Photo by Rhea Mae Tupaz-Ladrido/Lantawan News)", "", "", "B")],
        [("ILOILO CITY – The Sangguniang Panlungsod on Tuesday approved on third and final reading an ordinance raising the minimum tricycle fare in the city from ₱15 to ₱18.", "", "", "W")],
        [("Ordinance No. 2026-041 was passed 9-3, with one abstention.", "", "", "W")],
        [("Its author, Councilor Ma. Cristina Lacanilao-Yballe, chair of the committee on transportation, explained that the fare was last raised in 2020, when a liter of gasoline cost about ₱48 in the city.", "Ma. Cristina Lacanilao-Yballe", "explained", "W"),
         ("“Today it is ₱63,” she said.", "Ma. Cristina Lacanilao-Yballe", "said", "W"),
         ("“Our drivers have been carrying the difference ever since.”", "Ma. Cristina Lacanilao-Yballe", "said", "")],
        [("Under the ordinance:", "", "", "")],
        [("• the fare for the first two kilometers rises from ₱15 to ₱18;", "", "", "W")],
        [("• each additional kilometer costs ₱2, up from ₱1.50;", "", "", "W")],
        [("• students, senior citizens and persons with disabilities keep their 20 percent discount;", "", "", "W")],
        [("• drivers must post the new fare matrix inside the sidecar.", "", "", "W")],
        [("Councilor Rosario Tabiliran-Sarabia, who voted against the measure, argued that the increase would fall hardest on students, who take as many as four tricycle rides a day.", "Rosario Tabiliran-Sarabia", "argued", ""),
         ("She noted that no public hearing had been held outside City Hall, as Sec. 7 of the council's internal rules requires for fare ordinances.", "Rosario Tabiliran-Sarabia", "noted", "W")],
        [("Lacanilao-Yballe countered that her committee held two hearings, on February 11 and March 4, and that both were announced on the council's Facebook page.", "Ma. Cristina Lacanilao-Yballe", "countered", "W"),
         ("“And how many students read the council's Facebook page?” Tabiliran-Sarabia asked.", "Rosario Tabiliran-Sarabia", "asked", ""),
         ("“More than you think, Councilor,” the author replied.", "Ma. Cristina Lacanilao-Yballe", "replied", "")],
        [("The Iloilo City Federation of Tricycle Operators and Drivers Associations (ICFTODA), which filed the petition for an increase in 2024, is led by Ernesto Palabay Jr.", "", "", "W"),
         ("It has about 2,300 member drivers.", "", "", "W")],
        [("For Palabay, the new fare is “late, but welcome.”", "Ernesto Palabay Jr.", "For", ""),
         ("He recalled that the drivers had asked for ₱20.", "Ernesto Palabay Jr.", "recalled", "W"),
         ("“We asked for twenty and got eighteen,” he said.", "Ernesto Palabay Jr.", "said", "W"),
         ("“That is politics.”", "Ernesto Palabay Jr.", "said", "")],
        [("The new fares, according to City Legal Officer Atty. Leonora Gumatay-Vilches, take effect 15 days after the ordinance is published in a local newspaper.", "Leonora Gumatay-Vilches", "according to", "W")],
        [("Vice Mayor Atty. Jose Mari Villacruel-Tinsayan, who presided over the session, stressed that drivers caught charging more than the matrix would be fined ₱1,000 for a first offense and lose their franchise on a third.", "Jose Mari Villacruel-Tinsayan", "stressed", "W")],
        [("The commuter group Komyuter Iloilo called the ordinance “a burden on students” in a statement on Tuesday night.", "Komyuter Iloilo", "called", ""),
         ("It said a student who takes two rides each way would pay ₱9.60 more a school day, even after the discount.", "Komyuter Iloilo", "said", "W")],
        [("Mayor Rodolfo Espinosa-Galvezo posted on Facebook on Wednesday that he had received the ordinance and had 10 days to sign or veto it under the Local Government Code.", "Rodolfo Espinosa-Galvezo", "posted", "W"),
         ("“I will read it with the students in mind,” he wrote.", "Rodolfo Espinosa-Galvezo", "wrote", "")],
        [("“Eighteen pesos is fair.", "Rommel Abellanosa-Tiongson", "says", ""),
         ("But the passengers will haggle anyway, they always do.", "Rommel Abellanosa-Tiongson", "says", "")],
        [("“Ask me again in a month.”", "Rommel Abellanosa-Tiongson", "says", "")],
        [("So says Rommel Abellanosa-Tiongson, 44, who has driven a tricycle in the city since 2011.", "Rommel Abellanosa-Tiongson", "says", "")],
        [("The ordinance will be sent to the Office of the Mayor this week, the council secretariat said.", "the council secretariat", "said", "W")],
        [("Tags: Sangguniang Panlungsod, tricycle fare, transport", "", "", "B")],
        [("MORE FROM ILOILO", "", "", "B")],
        [("City starts ₱86-M drainage works on Calle Solinap", "", "", "B")],
        [("Fire leaves 40 families homeless in Barangay Tabucan Norte", "", "", "B")],
        [("Copyright © 2026 Lantawan News.", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
        [("About Us | Contact | Privacy Policy | Advertise", "", "", "B")],
    ],
    [  # 4. English regional news site, a coroner's report on a man who waited seven hours in an ambulance outside A&E
        [("Whinsett Advertiser", "", "", "B")],
        [("News  Sport  Things to do  Health  Property  Jobs  Notices", "", "", "B")],
        [("Health", "", "", "B")],
        [("Coroner warns of ‘risk of future deaths’ after man, 79, waited seven hours in ambulance outside A&E", "Philippa Tisdale-Quorne", "warns", "W")],
        [("Hospital trust says the longest waits have fallen by a third since January; family say delays like his are ‘normal now’", "Adrian Nokesby-Grindall", "says", "W")],
        [("By Rachel Undershaw  Health reporter", "", "", "B")],
        [("08:15, 17 APR 2026  Updated 09:40, 17 APR 2026", "", "", "B")],
        [("Share  |  Facebook  |  X  |  WhatsApp  |  Email  |  Comments", "", "", "B")],
        [("Dennis Aldbury-Penwithen, who died at Hallorby General Hospital in November.", "", "", "W"),
         ("(Image: Family handout)", "", "", "B")],
        [("A coroner has warned that more patients could die unless ambulances stop queuing for hours outside Hallorby General Hospital, after a 79-year-old man suffered a fatal bleed on the brain while waiting to be admitted.", "Philippa Tisdale-Quorne", "warned", "W")],
        [("Assistant coroner Philippa Tisdale-Quorne said Dennis Aldbury-Penwithen, a retired bus driver from Petherbridge, spent seven hours and 12 minutes in the back of an ambulance on November 18 before he was taken into the emergency department.", "Philippa Tisdale-Quorne", "said", "W"),
         ("In a prevention of future deaths report published on Wednesday, she wrote that a CT scan within an hour of his arrival would “more likely than not” have led to treatment that could have saved his life.", "Philippa Tisdale-Quorne", "wrote", "W")],
        [("The coroner was blunt: “The delay was not caused by any individual.", "Philippa Tisdale-Quorne", "was blunt", "W"),
         ("It was caused by a hospital that had no beds to move patients into.”", "Philippa Tisdale-Quorne", "was blunt", "W")],
        [("The report says 1,106 ambulances waited more than an hour to hand over patients at the hospital in the three months to January, more than at any other hospital in the region.", "The report", "says", "W"),
         ("It says the trust, NHS England and the Department of Health and Social Care must each reply within 56 days, setting out what they will do.", "The report", "says", "W")],
        [("His daughter, Joanne Stapleford-Trevowan, said the family had sat in the hospital car park watching the ambulance “like it was a waiting room”.", "Joanne Stapleford-Trevowan", "said", ""),
         ("She recalled that a paramedic had asked twice for a doctor to come out and look at her father, at 3.10pm and again at 5.45pm.", "Joanne Stapleford-Trevowan", "recalled", "W"),
         ("“Nobody came,” she said.", "Joanne Stapleford-Trevowan", "said", "W"),
         ("“I'm not angry with the paramedics.", "Joanne Stapleford-Trevowan", "said", ""),
         ("They were wonderful.", "Joanne Stapleford-Trevowan", "said", "")],
        [("“I'm angry that this is normal now.", "Joanne Stapleford-Trevowan", "said", ""),
         ("Dad paid into the NHS for 50 years, and he spent his last conscious hours in a car park.”", "Joanne Stapleford-Trevowan", "said", "")],
        [("Prof. Adrian Nokesby-Grindall, chief medical officer of Hallorby and Whinsett Hospitals NHS Foundation Trust, acknowledged that Mr Aldbury-Penwithen should have been handed over within 15 minutes of arriving, the national standard.", "Adrian Nokesby-Grindall", "acknowledged", "W"),
         ("He said the trust had opened 36 extra beds since January and that the number of handovers taking longer than four hours had fallen by a third over the same period.", "Adrian Nokesby-Grindall", "said", "W"),
         ("“We have written to Mr Aldbury-Penwithen's family to apologise, and I want to repeat that apology today,” he said.", "Adrian Nokesby-Grindall", "said", "W")],
        [("Dr Sanjeev Kothamangalam, an emergency medicine consultant who has worked at the hospital for 14 years, sees it differently.", "", "", ""),
         ("His view is that the queue outside starts on the wards upstairs, where about 140 beds are taken by patients who are well enough to go home but have no care package to go home to.", "Sanjeev Kothamangalam", "view", "W"),
         ("He pointed out that the trust's own board papers for March put the figure at 152.", "Sanjeev Kothamangalam", "pointed out", "W")],
        [("Prof. Nokesby-Grindall conceded that delayed discharges were “the single biggest cause” of the queue.", "Adrian Nokesby-Grindall", "conceded", "W"),
         ("He said the trust and Whinsett County Council had paid for 40 extra care home beds from April.", "Adrian Nokesby-Grindall", "said", "W"),
         ("“Forty is a start,” Dr Kothamangalam said.", "Sanjeev Kothamangalam", "said", ""),
         ("“It is not a solution.”", "Sanjeev Kothamangalam", "said", "")],
        [("The hospital's emergency department, according to figures published by NHS England last week, saw 9,412 patients in March, up 7.8 per cent on March 2025.", "figures published by NHS England last week", "according to", "W")],
        [("A spokesperson for NHS England said the organisation would respond to the coroner “in due course”.", "A spokesperson for NHS England", "said", "")],
        [("Helen Dawtree-Ashlinford, MP for Whinsett and Petherbridge, posted a copy of her letter to the Health Secretary on X on Thursday.", "", "", "W"),
         ("In it, she urged ministers to give the trust emergency funding for a discharge lounge.", "Helen Dawtree-Ashlinford", "urged", "")],
        [("Cllr Tom Pelloway, who chairs the county council's health scrutiny committee, said the trust's chief executive would be questioned at the committee's meeting on May 6.", "Tom Pelloway", "said", "W")],
        [("Read the coroner's report in full at www.judiciary.uk.", "", "", "B")],
        [("Read more: Whinsett GP surgery to close after partners retire", "", "", "B")],
        [("Has this story affected you?", "", "", "B"),
         ("Email newsdesk@whinsettadvertiser.co.uk", "", "", "B")],
        [("For legal reasons, comments have been switched off on this article.", "", "", "B")],
        [("© 2026 Whinsett Advertiser Ltd.", "", "", "B"),
         ("Registered in England No. 03317741.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 5. Kenyan business daily, a listed dairy issues a profit warning while farmers wait to be paid
        [("BIASHARA LEO", "", "", "B")],
        [("Markets | Companies | Economy | Agribusiness | Money | Opinion | ePaper", "", "", "B")],
        [("Companies", "", "", "B")],
        [("Kerio Creameries warns 2025 profit fell by more than a quarter", "Kerio Highlands Creameries Plc", "warns", "W")],
        [("Farmers' co-op says members have not been paid for February milk; firm blames Sh1.2 billion owed by counties", "Ezekiel Kipkeino-Rutoh", "says", "W")],
        [("By NAFULA OKUMBA-NDUATI", "", "", "B")],
        [("Published: Thursday, April 16, 2026 19:05 EAT", "", "", "B")],
        [("Share:  Facebook  X  LinkedIn  WhatsApp  Email", "", "", "B")],
        [("Farmers deliver milk to a collection centre in Kibirong, Nandi County.", "", "", ""),
         ("PHOTO | FILE", "", "", "B")],
        [("Nairobi Securities Exchange-listed Kerio Highlands Creameries Plc expects its net profit for the year ended December 31, 2025 to be at least 25 per cent lower than in 2024, the company said in a profit warning on Wednesday.", "Kerio Highlands Creameries Plc", "said in a profit warning", "W")],
        [("Listed companies must issue such a warning whenever they expect earnings to fall by 25 per cent or more, under Capital Markets Authority rules.", "", "", "W")],
        [("In the notice, the company blamed the fall on Sh1.2 billion it is owed by five county governments for milk supplied to primary schools under their feeding programmes.", "the company", "blamed", "W")],
        [("The processor, according to the company's 2024 annual report, buys milk from about 21,000 farmers in four counties.", "the company's 2024 annual report", "according to", "W")],
        [("Managing director Dr Caroline Chemjor-Kibor told Biashara Leo that the firm had paid farmers for all milk delivered up to January 31.", "Caroline Chemjor-Kibor", "told Biashara Leo", "W"),
         ("She put it simply: “We cannot pay for milk with invoices.”", "Caroline Chemjor-Kibor", "put it simply", ""),
         ("“The counties owe us, we owe the farmers, and the farmers owe the agrovets,” she said.", "Caroline Chemjor-Kibor", "said", ""),
         ("“Everyone is waiting for the same money.", "Caroline Chemjor-Kibor", "said", ""),
         ("We wrote to all five governors in January ...", "Caroline Chemjor-Kibor", "said", "W"),
         ("Two replied.", "Caroline Chemjor-Kibor", "said", "W")],
        [("“I understand why the farmers are angry ... and I would be angry too.”", "Caroline Chemjor-Kibor", "said", "")],
        [("Ezekiel Kipkeino-Rutoh, chairman of the Kibirong Dairy Farmers Co-operative Society, said its 3,400 members had delivered about 2.1 million litres to the processor in February and March without being paid.", "Ezekiel Kipkeino-Rutoh", "said", "W"),
         ("At Sh45 a litre, that comes to about Sh94.5 million, he said.", "Ezekiel Kipkeino-Rutoh", "said", "W"),
         ("He claimed that the company had nonetheless paid its directors' fees for 2025 on time.", "Ezekiel Kipkeino-Rutoh", "claimed", "W")],
        [("Board chairman Prof. Joseph Mosonik-Kigen countered that directors had taken a 40 per cent cut in fees in January and that last year's fees were paid before the county debts fell due.", "Joseph Mosonik-Kigen", "countered", "W"),
         ("“Nobody on this board is getting rich while farmers wait,” he said.", "Joseph Mosonik-Kigen", "said", "")],
        [("Kipkeino-Rutoh admitted that some members had started selling to hawkers at Sh38 a litre.", "Ezekiel Kipkeino-Rutoh", "admitted", "W"),
         ("“A hawker pays cash today.", "Ezekiel Kipkeino-Rutoh", "asked", ""),
         ("What do I tell a mother whose child has been sent home for school fees?” he asked.", "Ezekiel Kipkeino-Rutoh", "asked", "")],
        [("“I have 11 cows.", "Grace Jebichii-Cheptumo", "describes", ""),
         ("Every morning I take the milk to the collection centre, and every month I wait.", "Grace Jebichii-Cheptumo", "describes", "")],
        [("“In March I borrowed Sh20,000 from my chama to buy feed.”", "Grace Jebichii-Cheptumo", "describes", "")],
        [("That is how Grace Jebichii-Cheptumo, a farmer in Kibirong, describes the past two months.", "Grace Jebichii-Cheptumo", "describes", "")],
        [("Brian Ochuodho, head of research at Mlimani Capital, believes investors will look past the warning.", "Brian Ochuodho", "believes", ""),
         ("His view is that the county debts are “slow, not bad”, and that the shares, down 18 per cent since January, are now cheap.", "Brian Ochuodho", "view", "W")],
        [("Kerio shares closed unchanged at Sh14.65 on Thursday, according to NSE data.", "NSE data", "according to", "W")],
        [("A spokesperson for the Council of Governors said the counties' bills would be settled “once the National Treasury releases the March disbursements”.", "A spokesperson for the Council of Governors", "said", "")],
        [("The Capital Markets Authority declined to comment on the warning.", "The Capital Markets Authority", "declined to comment", "")],
        [("ALSO READ: Tea earnings at Mombasa auction rise 9pc on weaker shilling", "", "", "B")],
        [("Get Biashara Leo's morning markets brief on WhatsApp.", "", "", "B"),
         ("Tap to follow.", "", "", "B")],
        [("© 2026 Biashara Leo Media Group.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 6. Omani English daily's business page, a fisheries company's shareholders back a processing plant
        [("THE MIRQAB DAILY", "", "", "B")],
        [("Home   Oman   Business   Gulf   World   Sports   Features   Photos", "", "", "B")],
        [("Business", "", "", "B")],
        [("Bahr Al Wusta Fisheries shareholders back OMR38.5mn processing plant", "", "", "W")],
        [("Chairman calls the plant the company's biggest investment; village sheikh warns of a squeeze on small boats", "Khalfan bin Saif Al Mandhouri", "calls", "W")],
        [("By Mirqab Business Desk", "", "", "B")],
        [("Published: April 16, 2026  |  10:24 PM", "", "", "B")],
        [("Share   WhatsApp   X   Facebook   LinkedIn", "", "", "B")],
        [("Muscat: Shareholders of Bahr Al Wusta Fisheries SAOG on Wednesday approved a plan to build a fish processing plant costing OMR38.5mn at an extraordinary general meeting in Muscat.", "", "", "W")],
        [("The plant, at the Khor Hamdiya fishing harbour in Al Wusta Governorate, will be able to process 60,000 tonnes of fish a year, the company said in a disclosure to the Muscat Stock Exchange (MSX).", "the company", "said in a disclosure", "W"),
         ("It said 71 per cent of the votes cast were in favour.", "Bahr Al Wusta Fisheries SAOG", "said", "W")],
        [("The company's chairman, Sheikh Khalfan bin Saif Al Mandhouri, stressed that the plant was “the biggest investment in the company's history”.", "Khalfan bin Saif Al Mandhouri", "stressed", "W"),
         ("He told shareholders the project would be financed with OMR22mn in bank loans, OMR10mn from a rights issue and the rest from the company's reserves.", "Khalfan bin Saif Al Mandhouri", "told shareholders", "W"),
         ("Construction is due to start in the third quarter and to finish by the end of 2028, he said.", "Khalfan bin Saif Al Mandhouri", "said", "W")],
        [("Chief executive Eng. Muna bint Salim Al Ghadani explained that the company now sends about 70 per cent of its catch abroad frozen and unprocessed, mostly to Asia.", "Muna bint Salim Al Ghadani", "explained", "W"),
         ("“We catch the fish here, and somebody else earns the money from cutting it, packing it and putting a label on it,” she said.", "Muna bint Salim Al Ghadani", "said", ""),
         ("“That is the part we want to keep in Oman.”", "Muna bint Salim Al Ghadani", "said", "")],
        [("The plant, she added, would employ 420 people at full capacity, at least 60 per cent of them Omani, as its licence requires.", "Muna bint Salim Al Ghadani", "added", "W")],
        [("Most would be recruited from the wilayats of Al Wusta, where jobs outside fishing and the oil fields are scarce.", "Muna bint Salim Al Ghadani", "added", "")],
        [("Sheikh Rashid bin Hamdan Al Sinawi, the sheikh of Khor Hamdiya, welcomed the jobs but warned that the plant's appetite for fish could squeeze out the village's 300 or so traditional fishermen.", "Rashid bin Hamdan Al Sinawi", "warned", ""),
         ("He said the company's four industrial trawlers already landed more fish at the harbour in a week than the village's boats did in a season.", "Rashid bin Hamdan Al Sinawi", "said", "W")],
        [("Sheikh Khalfan insisted that the plant would buy from small boats too, at prices set each week at the harbour auction.", "Khalfan bin Saif Al Mandhouri", "insisted", "W"),
         ("“The fishermen of Khor Hamdiya will be our first suppliers, not our last,” he said.", "Khalfan bin Saif Al Mandhouri", "said", ""),
         ("Sheikh Rashid said he would believe it “when I see the first cheque”.", "Rashid bin Hamdan Al Sinawi", "said", "")],
        [("An official at the Ministry of Agriculture, Fisheries and Water Resources, who asked not to be named, said the company's trawling licence capped its catch at 45,000 tonnes a year.", "An official at the Ministry of Agriculture, Fisheries and Water Resources", "said", "W"),
         ("He said any increase would need a new assessment of fish stocks, the last of which was carried out in 2023.", "An official at the Ministry of Agriculture, Fisheries and Water Resources", "said", "W")],
        [("Fish landings in Oman, according to the National Centre for Statistics and Information (NCSI), reached 792,000 tonnes in 2025, with traditional fishermen accounting for about 60 per cent of the total.", "the National Centre for Statistics and Information (NCSI)", "according to", "W")],
        [("Dr. Ritu Kuruvilla-Menachery, head of research at Raswa Securities in Muscat, argued that the rights issue asked for “a lot of patience” from minority shareholders.", "Ritu Kuruvilla-Menachery", "argued", ""),
         ("She noted that the shares had fallen 6.2 per cent since the plan was announced in January, closing at 112 baisa on Wednesday.", "Ritu Kuruvilla-Menachery", "noted", "W")],
        [("“My father fished from Khor Hamdiya with a net and an oar.", "Salim bin Khamis Al Badwawi", "said", ""),
         ("I have an engine and a GPS.", "Salim bin Khamis Al Badwawi", "said", "")],
        [("“What I do not have is a cold store, so I sell the same day to whoever is waiting on the beach.”", "Salim bin Khamis Al Badwawi", "said", "")],
        [("Salim bin Khamis Al Badwawi, 46, who owns two fibreglass boats, said this as he mended a net on the harbour wall.", "Salim bin Khamis Al Badwawi", "said", "")],
        [("Also read: MSX index ends week 0.8% higher on banking gains", "", "", "B")],
        [("Follow The Mirqab Daily on WhatsApp for the latest news.", "", "", "B")],
        [("Copyright © 2026 The Mirqab Daily.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Privacy  |  Terms  |  Advertise  |  Contact", "", "", "B")],
    ],
    [  # 7. Australian regional football site, a club fined and stripped of points for a concussion breach
        [("COASTAL FOOTY DAILY", "", "", "B")],
        [("Scores  |  Fixtures  |  Ladders  |  News  |  Podcasts  |  Tipping", "", "", "B")],
        [("News › CPFL", "", "", "B")],
        [("Moorabeen fined $15,000 and stripped of four points over concussion breach", "", "", "W")],
        [("League says player was cleared to return nine days after being knocked out; coach concedes club ‘got it wrong’", "The league's integrity unit", "says", "W")],
        [("Rhys Tandberg", "", "", "B")],
        [("Thu 16 April 2026, 5:50pm AEST", "", "", "B")],
        [("Share   f   X   in   ✉", "", "", "B")],
        [("Moorabeen's Jai Mullinder-Ryce is helped from the ground against Pellingbrook in round 2.", "", "", "W"),
         ("Picture: Shelley Vickersby", "", "", "B")],
        [("The Coastal Plains Football League has fined Moorabeen $15,000 and stripped the club of four premiership points after finding that it played a concussed teenager nine days after he was knocked out.", "", "", "W")],
        [("The league's integrity unit found that midfielder Jai Mullinder-Ryce, 19, was cleared to play in round 3 by the club's doctor, Dr Lachlan Sandhuwalia, without the written medical clearance that the AFL's community concussion guidelines require.", "The league's integrity unit", "found", "W"),
         ("Under the guidelines, a community player who has been concussed cannot return to play for at least 21 days.", "", "", "W")],
        [("The integrity unit's report, released on Thursday, says Mullinder-Ryce was knocked unconscious for “about 30 seconds” in the second quarter of the round 2 match against Pellingbrook on April 4.", "The integrity unit's report", "says", "W"),
         ("It says he told a trainer the next day that he “felt fine”.", "The integrity unit's report", "says", "W")],
        [("Moorabeen coach Darren Mowberry conceded on Thursday that the club had “got it wrong”.", "Darren Mowberry", "conceded", "W"),
         ("He was contrite: “Jai's 19.", "Darren Mowberry", "was contrite", "W"),
         ("His mum trusted us with him.", "Darren Mowberry", "was contrite", ""),
         ("There's no excuse.”", "Darren Mowberry", "was contrite", "")],
        [("Dr Sandhuwalia told Coastal Footy Daily he had examined Mullinder-Ryce twice after the match and had seen no symptoms by the eighth day.", "Lachlan Sandhuwalia", "told Coastal Footy Daily", "W"),
         ("He maintained that the player had been “symptom-free and keen”, but admitted he had not done the formal clearance test.", "Lachlan Sandhuwalia", "admitted", "W"),
         ("“That's on me, not on Darren,” he said.", "Lachlan Sandhuwalia", "said", "")],
        [("Mowberry said he picked the side on the Thursday night on the doctor's word.", "Darren Mowberry", "said", "W"),
         ("“I'm not a doctor.", "Darren Mowberry", "said", ""),
         ("But I'm the coach, so I wear it too,” he said.", "Darren Mowberry", "said", "")],
        [("League chief executive Annabel Strathnaver said the four points would come off Moorabeen's total immediately, dropping the club from second to fifth on the ladder.", "Annabel Strathnaver", "said", "W"),
         ("In Strathnaver's words, the penalty is for “every parent who drops a 16-year-old off at training”.", "Annabel Strathnaver", "words", ""),
         ("She said $10,000 of the fine would go to the league's concussion education program.", "Annabel Strathnaver", "said", "W")],
        [("In a statement, Moorabeen said it accepted the penalties and would not appeal.", "Moorabeen", "said", "W"),
         ("It said it had appointed a second doctor to sign off every return to play for the rest of the season.", "Moorabeen", "said", "W")],
        [("Mullinder-Ryce, who has not played since round 3, posted on Instagram on Thursday night that he was “back training and feeling good”.", "Jai Mullinder-Ryce", "posted", "W"),
         ("“Nobody forced me to play.", "Jai Mullinder-Ryce", "wrote", ""),
         ("I wanted to,” he wrote.", "Jai Mullinder-Ryce", "wrote", "")],
        [("“I watched him lie on that ground and not move.", "Trish Mullinder", "said", ""),
         ("I thought the worst.", "Trish Mullinder", "said", "")],
        [("“When he told me he was playing the next Saturday week, I asked, ‘Has the doctor signed it?’", "Trish Mullinder", "said", ""),
         ("He said yes.”", "Trish Mullinder", "said", "")],
        [("Jai's mother, Trish Mullinder, said she only learned the clearance had never been signed when the league's report came out.", "Trish Mullinder", "said", "")],
        [("Moorabeen host Yanderra at Kellowan Park on Saturday at 2.10pm.", "", "", "W"),
         ("Pellingbrook, who lead the ladder, are away to Corrimbah.", "", "", "W")],
        [("More CPFL news", "", "", "B")],
        [("Seniors wrap: Pellingbrook stay unbeaten after 40-point win", "", "", "B")],
        [("Got a story from your club?", "", "", "B"),
         ("Email news@coastalfootydaily.com.au", "", "", "B")],
        [("© 2026 Coastal Footy Daily Pty Ltd.", "", "", "B"),
         ("ABN 38 611 902 447.", "", "", "B")],
    ],
    [  # 8. Canadian regional daily in Nova Scotia, a judge quashes a council's approval of a quarry
        [("THE TORBRAE CHRONICLE", "", "", "B")],
        [("Subscribe  |  Log In  |  Today's Paper", "", "", "B")],
        [("News   Local   Courts   Business   Sports   Opinion   Obituaries", "", "", "B")],
        [("Courts", "", "", "B")],
        [("Judge quashes council's approval of Sheiling Cove quarry", "", "", "W")],
        [("Councillors had made up their minds before hearing residents, Supreme Court justice finds; municipality weighing appeal", "Catriona MacQuillan-Bourquin", "finds", "W")],
        [("Emma Raftery · Court reporter", "", "", "B")],
        [("Published Apr. 16, 2026 · 4:58 p.m. ADT", "", "", "B")],
        [("Share  ·  Facebook  ·  X  ·  Email", "", "", "B")],
        [("Residents opposed to the quarry gather outside the Kelsby municipal building in January.", "", "", ""),
         ("(Torbrae Chronicle file photo)", "", "", "B")],
        [("KELSBY, N.S. — A Nova Scotia Supreme Court justice has quashed a municipal council's decision to let a company open a granite quarry beside Sheiling Cove, ruling that residents were not given a fair hearing.", "", "", "W")],
        [("In a 34-page decision released Wednesday, Justice Catriona MacQuillan-Bourquin wrote that council for the Municipality of the District of Kelsby had “closed its mind” before the public hearing on Oct. 14, 2025.", "Catriona MacQuillan-Bourquin", "wrote", "W"),
         ("Four of the seven councillors, according to the decision, had told a constituent in emails a week before the hearing that they would vote for the quarry.", "the decision", "according to", "W"),
         ("“A hearing whose outcome has been settled in advance is not a hearing,” she wrote.", "Catriona MacQuillan-Bourquin", "wrote", ""),
         ("“It is a performance.”", "Catriona MacQuillan-Bourquin", "wrote", "")],
        [("The Save Sheiling Cove Society, which brought the application, also alleged in its notice of judicial review that council had refused to let its hydrologist speak at the hearing.", "The Save Sheiling Cove Society", "alleged", "W"),
         ("The judge said she did not need to rule on that point because the emails were enough to decide the case.", "Catriona MacQuillan-Bourquin", "said", "W")],
        [("Meredith Fougere, the society's lawyer, said the decision sent “a clear message to every council in the province”.", "Meredith Fougere", "said", ""),
         ("She noted that the society had asked council in writing three times to postpone the vote until the emails were explained.", "Meredith Fougere", "noted", "W")],
        [("Janine Boutilier, who acted for the municipality, had argued at the hearing in February that councillors were entitled to hold views on a development before a hearing as long as they remained “open to persuasion”.", "Janine Boutilier", "argued", ""),
         ("Reached by phone Wednesday, Boutilier said council would meet in camera on April 21 to decide whether to appeal.", "Janine Boutilier", "said", "W"),
         ("“We respect the decision, but there are parts of it we will want to look at closely,” she said.", "Janine Boutilier", "said", "")],
        [("Fougere said the society would ask the court to order the municipality to pay its legal costs, which she put at “north of $90,000”.", "Meredith Fougere", "said", "W")],
        [("Cape Torrent Aggregates Ltd., which planned to ship crushed granite to the U.S. and the Caribbean from a new wharf at the cove, said in a statement it had spent more than $1.4 million on studies and permits since 2023.", "Cape Torrent Aggregates Ltd.", "said", "W"),
         ("It said it was “disappointed” but remained committed to the project.", "Cape Torrent Aggregates Ltd.", "said", "")],
        [("A spokesperson for the municipality said council's next regular meeting was April 28.", "A spokesperson for the municipality", "said", "W"),
         ("She said councillors had been advised by the municipality's lawyers not to discuss the case.", "A spokesperson for the municipality", "said", "W")],
        [("Coun. Heather Dauphinee, one of the four councillors named in the decision, declined to comment.", "Heather Dauphinee", "declined to comment", ""),
         ("Mayor Gordon Publicover did not respond to a request for comment.", "Gordon Publicover", "did not respond to a request for comment", "")],
        [("“My grandfather fished out of this cove.", "Alasdair Rennoldson", "says", ""),
         ("My father fished out of it.", "Alasdair Rennoldson", "says", ""),
         ("They'd have been blasting 300 metres from my kitchen.", "Alasdair Rennoldson", "says", "")],
        [("“I'm not against jobs.", "Alasdair Rennoldson", "says", ""),
         ("I'm against that.”", "Alasdair Rennoldson", "says", "")],
        [("Alasdair Rennoldson, 68, a retired lobster fisherman whose house is the closest to the quarry site, says he read the decision twice on his phone on Wednesday night.", "Alasdair Rennoldson", "says", "")],
        [("The decision sends the application back to council, which would have to hold a new hearing if the company wants to go ahead.", "", "", "W")],
        [("The decision, 2026 NSSC 118, is posted at www.courts.ns.ca.", "", "", "B")],
        [("Related: Province to review how councils run public hearings", "", "", "B")],
        [("Got a news tip?", "", "", "B"),
         ("Email newsroom@torbraechronicle.ca", "", "", "B")],
        [("Copyright 2026 The Torbrae Chronicle, a division of Saltbank Media Inc.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 9. Indian English daily in Telangana, dialysis stops at nine district hospitals over unpaid dues
        [("THE GOLCONDA DISPATCH", "", "", "B")],
        [("E-Paper | Subscribe | Sign In", "", "", "B")],
        [("Home | Telangana | Hyderabad | India | World | Business | Sport | Health", "", "", "B")],
        [("Home / Telangana / Health", "", "", "B")],
        [("Dialysis halted at nine district hospitals as private operator stops work over ₹14.6-crore dues", "", "", "W")],
        [("Dues cleared on Thursday and units will reopen on Saturday, Minister says; patients travelled up to 140 km for sessions", "B. Ramachandra Kothapalli", "says", "W")],
        [("K. Harika Nallamothu", "", "", "B")],
        [("HYDERABAD, APRIL 16, 2026 23:41 IST", "", "", "B")],
        [("Share:  WhatsApp | X | Facebook | Email", "", "", "B")],
        [("Dialysis services at nine government district hospitals in Telangana were suspended for six days after the private operator that runs them stopped work over unpaid bills, leaving about 1,100 patients to find sessions elsewhere.", "", "", "W")],
        [("Health Minister Dr. B. Ramachandra Kothapalli told the Legislative Assembly on Thursday that the government had released ₹14.6 crore to the operator that morning and that all nine units would reopen on Saturday.", "B. Ramachandra Kothapalli", "told the Legislative Assembly", "W"),
         ("He admitted that the department had paid the operator nothing since October, blaming “a delay in the budget release by the Finance department”.", "B. Ramachandra Kothapalli", "admitted", "W")],
        [("Opposition MLA G. Anjaneyulu Madireddy alleged that patients from his constituency had been told to travel 140 km to Hyderabad for their sessions.", "G. Anjaneyulu Madireddy", "alleged", "W"),
         ("“A patient on dialysis cannot skip three sessions and wait for the Finance department.", "G. Anjaneyulu Madireddy", "asked", ""),
         ("Who will take responsibility if one of them dies?” he asked.", "G. Anjaneyulu Madireddy", "asked", "")],
        [("Dr. Kothapalli countered that the department had given free bus passes to 214 patients and moved others to three teaching hospitals in Hyderabad, which ran extra shifts.", "B. Ramachandra Kothapalli", "countered", "W"),
         ("Mr. Madireddy said the bus passes were handed out only on the fourth day.", "G. Anjaneyulu Madireddy", "said", "W"),
         ("“By then people had pawned their jewellery to pay private hospitals,” he said.", "G. Anjaneyulu Madireddy", "said", "")],
        [("Jeevadhara Renal Services Pvt. Ltd., which has run the units under a public-private partnership since 2019, said in a statement that it had written to the department seven times since November.", "Jeevadhara Renal Services Pvt. Ltd.", "said", "W"),
         ("It said it could no longer buy dialysers and pay its 180 technicians on credit.", "Jeevadhara Renal Services Pvt. Ltd.", "said", "W")],
        [("The dues, according to an RTI reply from the department in March, had reached ₹11.2 crore by the end of February.", "an RTI reply from the department", "according to", "W")],
        [("At the district hospital in Kondapalem, superintendent Dr. Lakshmi Prasanna Yerramsetti explained that the unit's 12 machines normally handle 36 sessions a day.", "Lakshmi Prasanna Yerramsetti", "explained", "W"),
         ("She said four patients in a critical condition had been moved to the hospital's ICU for emergency dialysis on two machines borrowed from a trust hospital.", "Lakshmi Prasanna Yerramsetti", "said", "W")],
        [("Prof. Suresh Chandra Pasupuleti, a retired head of nephrology at Osmania General Hospital, said a patient on maintenance dialysis usually needs two or three sessions a week.", "Suresh Chandra Pasupuleti", "said", "W"),
         ("Prof. Pasupuleti's view is that the State should never have handed every unit to a single private operator.", "Suresh Chandra Pasupuleti", "view", ""),
         ("“When one company sneezes, 1,100 patients catch a cold,” he said.", "Suresh Chandra Pasupuleti", "said", "W")],
        [("“Three times a week I go for dialysis.", "Shaik Mastan Vali", "says", ""),
         ("This week I went once, to a private hospital in Hyderabad, and paid ₹2,800.", "Shaik Mastan Vali", "says", "")],
        [("“My son took leave from work to take me.”", "Shaik Mastan Vali", "says", "")],
        [("Shaik Mastan Vali, 52, a tailor from Kondapalem, says he has been on dialysis since 2022.", "Shaik Mastan Vali", "says", "")],
        [("A spokesperson for the Health department said the contract with the operator, which ends in December, would be reviewed before it is renewed.", "A spokesperson for the Health department", "said", "W"),
         ("She said a helpline, 104, would give patients the status of their unit until all nine reopen.", "A spokesperson for the Health department", "said", "W")],
        [("The State's list of dialysis units is at https://health.telangana.gov.in/dialysis.", "", "", "B"),
         ("Patients can also call their unit directly.", "", "", "B")],
        [("ALSO READ", "", "", "B")],
        [("Hyderabad: Fever cases up 30% in a week, say doctors", "", "", "B")],
        [("Follow The Golconda Dispatch on WhatsApp Channels", "", "", "B")],
        [("Printable version | Apr 17, 2026 8:02:14 am IST", "", "", "B")],
        [("© THE GOLCONDA DISPATCH PVT. LTD.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 10. South African community news site, a local municipality adopts its budget with an electricity hike
        [("Mfula Express", "", "", "B")],
        [("Your town. Your news.", "", "", "B")],
        [("News | Municipal | Crime | Community | Sport | Motoring | Property", "", "", "B")],
        [("Municipal", "", "", "B")],
        [("Nkwezane council adopts budget with 11.5% electricity hike", "", "", "W")],
        [("Mayor says there was ‘no other way’ as Eskom bill climbs; opposition walks out before vote", "Nomvula Mthembeni-Ngcamphalala", "says", "W")],
        [("Lungelo Mabhida", "", "", "B")],
        [("17 April 2026, 07:30", "", "", "B")],
        [("Share: Facebook | WhatsApp | X | Email", "", "", "B")],
        [("Nkwezane Local Municipality's council adopted its 2026/27 budget on Wednesday, with electricity tariffs to rise by 11.5% and water by 8.9% from July 1.", "", "", "W")],
        [("The vote was 31 to 0 after the 19 opposition councillors walked out of the chamber.", "", "", "W")],
        [("Executive Mayor Cllr Nomvula Mthembeni-Ngcamphalala said the electricity increase was in line with the guideline approved by the National Energy Regulator of South Africa (Nersa).", "Nomvula Mthembeni-Ngcamphalala", "said", "W"),
         ("She said the municipality's bulk bill from Eskom would rise by R62 million next year.", "Nomvula Mthembeni-Ngcamphalala", "said", "W"),
         ("“There was no other way,” she told council.", "Nomvula Mthembeni-Ngcamphalala", "told council", "")],
        [("Opposition chief whip Cllr Marietjie Steenberg-Vissering said the municipality lost 34% of the electricity it bought last year to theft and faulty meters, according to the Auditor-General's report on its 2024/25 accounts.", "Marietjie Steenberg-Vissering", "said", "W"),
         ("“We are asking paying customers to cover for the ones who steal,” she said.", "Marietjie Steenberg-Vissering", "said", "")],
        [("Mthembeni-Ngcamphalala acknowledged the losses but said R18 million had been set aside for smart meters in the new budget.", "Nomvula Mthembeni-Ngcamphalala", "acknowledged", "W"),
         ("Steenberg-Vissering was scornful: “They budgeted for smart meters last year too.", "Marietjie Steenberg-Vissering", "was scornful", "W"),
         ("Not one was installed.”", "Marietjie Steenberg-Vissering", "was scornful", "W"),
         ("The mayor insisted that the tender had been held up by an appeal from a losing bidder and would be awarded “within weeks”.", "Nomvula Mthembeni-Ngcamphalala", "insisted", "W")],
        [("MMC for finance Cllr Sipho Sitholimela told council the free basic electricity allocation for indigent households would rise from 50 to 60 kWh a month.", "Sipho Sitholimela", "told council", "W"),
         ("Households earning less than R4,800 a month, he added, could register at any of the municipality's five customer care centres.", "Sipho Sitholimela", "added", "W")],
        [("Those already on the indigent register would not need to apply again.", "Sipho Sitholimela", "added", "W")],
        [("For Hennie Breytenbach, chairperson of the eMfulamnyama Ratepayers' Association, the budget was “the same movie we watch every year”.", "Hennie Breytenbach", "For", ""),
         ("He pointed out that the association's members had paid R2.3 million in rates into a trust account since October in protest over the state of the town's roads.", "Hennie Breytenbach", "pointed out", "W")],
        [("Ward 14 councillor Themba Mabuyakhulu, who voted for the budget, posted on Facebook that residents of his ward “will finally get the streetlights they were promised in 2022”.", "Themba Mabuyakhulu", "posted", "W")],
        [("A municipal spokesperson said the new tariffs would appear on accounts from August.", "A municipal spokesperson", "said", "W"),
         ("She said prepaid customers would pay the new rate the first time they bought electricity after July 1.", "A municipal spokesperson", "said", "W")],
        [("Municipal manager Adv. Bongani Khuzwayo declined to comment on the Auditor-General's findings.", "Bongani Khuzwayo", "declined to comment", "")],
        [("“I buy R200 of electricity and it lasts me eleven days.", "Thandiwe Msomi", "says", ""),
         ("After July it will be ten, maybe nine.”", "Thandiwe Msomi", "says", "")],
        [("Gogo Thandiwe Msomi, 71, a pensioner in Extension 3, says she already cooks on a paraffin stove to save units.", "Thandiwe Msomi", "says", "")],
        [("The budget and tariff schedule are available at the municipal offices on Ntombela St. and at the town's two libraries.", "", "", "W")],
        [("Read more: Water outages to continue in eMfulamnyama as reservoir repairs drag on", "", "", "B")],
        [("Do you have a news tip?", "", "", "B"),
         ("WhatsApp us on 071 555 0192.", "", "", "B")],
        [("© 2026 Mfula Express.", "", "", "B"),
         ("Part of Khanyiselo Community Media (Pty) Ltd.", "", "", "B")],
    ],
    [  # 11. Irish regional weekly's site, a GAA club is reinstated to its county championship by the DRA
        [("The Inisfeale Post", "", "", "B")],
        [("News  Sport  GAA  Soccer  Community  Death Notices  Property", "", "", "B")],
        [("Sport › GAA", "", "", "B")],
        [("Clonmoylan Gaels back in county championship after DRA ruling", "", "", "W")],
        [("Tribunal finds club was not given time to answer the case against it; Ballinamoyle say they are ‘considering options’", "the DRA", "finds", "W")],
        [("Fergal Naughtenby", "", "", "B")],
        [("Thu, 16 Apr, 2026 - 21:12", "", "", "B")],
        [("Share: Facebook  X  WhatsApp  Email", "", "", "B")],
        [("Clonmoylan Gaels have been reinstated to the Roscommon senior football championship after the GAA's Disputes Resolution Authority (DRA) overturned the county board's decision to throw them out of the competition.", "", "", "W")],
        [("The club was expelled on March 28 for fielding Cathal Dwane in its first-round win over Ballinamoyle.", "", "", "W"),
         ("The county's competitions control committee (CCC) found that Dwane was still registered with a club in London at the time.", "The county's competitions control committee (CCC)", "found", "W")],
        [("In a decision issued on Wednesday night, the DRA ruled that the CCC had not given the club the 72 hours' notice of a hearing that the county's own bye-laws require.", "the DRA", "ruled", "W"),
         ("“A club facing expulsion from its county's premier competition is entitled, at the very least, to know the case against it and to have time to answer it,” the three-person tribunal wrote.", "the three-person tribunal", "wrote", ""),
         ("“Clonmoylan Gaels had neither.", "the three-person tribunal", "wrote", "W")],
        [("“The tribunal makes no finding on whether the player was properly registered.", "the three-person tribunal", "wrote", "W"),
         ("That question is not before it.”", "the three-person tribunal", "wrote", "W")],
        [("County secretary Diarmuid Glynn said the board accepted the ruling and that Clonmoylan would play Tullaghbrack in the quarter-final on Sunday week, May 3.", "Diarmuid Glynn", "said", "W"),
         ("He stressed that the DRA had not cleared the player.", "Diarmuid Glynn", "stressed", "W")],
        [("Clonmoylan chairman Séamus Kilcommins said the club had been “put through the wringer for three weeks over a form”.", "Séamus Kilcommins", "said", ""),
         ("He said Dwane had applied for his transfer home from London in January and that the club had the email from the London county board to prove it.", "Séamus Kilcommins", "said", "W")],
        [("Glynn countered that the transfer was not approved until April 2, five days after the match.", "Diarmuid Glynn", "countered", "W"),
         ("“An email is not a transfer,” he said.", "Diarmuid Glynn", "said", "")],
        [("Mr Kilcommins's answer: “The county board's own registrar told us he was fine to play.", "Séamus Kilcommins", "answer", "W"),
         ("We have that in writing too.”", "Séamus Kilcommins", "answer", "W")],
        [("The club secretary, Aoife Kilcommins, the chairman's daughter, said she had spent “every night for a fortnight” preparing the club's 46-page submission to the DRA.", "Aoife Kilcommins", "said", "W"),
         ("“I'm a primary teacher, not a solicitor,” Ms Kilcommins said.", "Aoife Kilcommins", "said", ""),
         ("“But I can read a rule book.”", "Aoife Kilcommins", "said", "")],
        [("Dwane, a 24-year-old secondary school teacher, did not want to comment.", "Cathal Dwane", "did not want to comment", "")],
        [("Ballinamoyle said in a statement on Thursday that the club was “considering its options”, including legal advice.", "Ballinamoyle", "said", ""),
         ("It said its players had “done nothing wrong and been knocked out anyway”.", "Ballinamoyle", "said", "")],
        [("“The lads trained through all of it.", "Jarlath Tierneyhill", "words", ""),
         ("Three weeks of not knowing, and not one of them missed a session.", "Jarlath Tierneyhill", "words", "")],
        [("“That tells you what kind of club this is.”", "Jarlath Tierneyhill", "words", "")],
        [("Those were the words of Clonmoylan manager Jarlath Tierneyhill before training on Thursday evening.", "Jarlath Tierneyhill", "words", "")],
        [("Throw-in at Páirc Naomh Ciarán in Tullaghbrack is at 3.30pm.", "", "", "W")],
        [("More from GAA", "", "", "B")],
        [("Ladies football: Clonmoylan minors reach Connacht final", "", "", "B")],
        [("Get the Post's sport newsletter in your inbox every Monday morning", "", "", "B")],
        [("© The Inisfeale Post 2026.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 12. Jamaican daily's politics page, the House passes a bill letting weekend events run until 2 a.m.
        [("THE GRIZZELL RECORD", "", "", "B")],
        [("Jamaica's News, Every Day", "", "", "B")],
        [("Home | News | Politics | Business | Entertainment | Sports | Letters | Video", "", "", "B")],
        [("News › Politics", "", "", "B")],
        [("House votes to let weekend events run until 2 a.m.", "", "", "W")],
        [("Minister says entertainment has worked ‘with one hand tied behind its back’; bill passes 34-21 after eight-hour debate", "Kirkland Foster-Pottersby", "says", "W")],
        [("By Tamika Ashbourne, Senior Staff Reporter", "", "", "B")],
        [("Thursday | April 16, 2026 | 11:48 PM", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Email", "", "", "B")],
        [("The House of Representatives on Tuesday night passed the Community Events (Permits) Bill, 2026, which lets events with a permit run on Fridays and Saturdays until 2 a.m.", "", "", "W"),
         ("The current cut-off is 1 a.m.", "", "", "W"),
         ("The bill passed 34-21 after an eight-hour debate, with every Government member present voting for it.", "", "", "W")],
        [("Culture Minister Hon. Kirkland Foster-Pottersby told the House the later hour would apply only to events at least 500 metres from a hospital, school or place of worship.", "Kirkland Foster-Pottersby", "told the House", "W"),
         ("The minister's case: “Our entertainment industry has been working with one hand tied behind its back.”", "Kirkland Foster-Pottersby", "case", ""),
         ("“Let the music play!” he told the House, to cheers from the Government benches.", "Kirkland Foster-Pottersby", "told the House", "")],
        [("He said 1,240 event permits were issued last year, down from 1,910 in 2019.", "Kirkland Foster-Pottersby", "said", "W"),
         ("Promoters, he added, would pay a new fee of $25,000 for each late permit, with the money going to the municipal corporation of the parish where the event is held.", "Kirkland Foster-Pottersby", "added", "W")],
        [("The police would also be able to shut down any event that broke the new limits without waiting for a complaint.", "Kirkland Foster-Pottersby", "added", "W")],
        [("Opposition spokesman on culture Dr. Clement Haughton argued that the bill had been rushed through without a single public meeting in the communities most affected.", "Clement Haughton", "argued", ""),
         ("He said the Joint Select Committee that examined the bill had met only twice, and had heard from promoters but not from residents.", "Clement Haughton", "said", "W"),
         ("“The people who have to sleep next to these sound systems were never invited,” Haughton said.", "Clement Haughton", "said", "")],
        [("Foster-Pottersby rejected that, saying the committee had received 41 written submissions, 12 of them from citizens' associations.", "Kirkland Foster-Pottersby", "saying", "W"),
         ("“Paper submissions are not consultation,” the Opposition spokesman shot back.", "Clement Haughton", "shot back", "")],
        [("The police, according to Senior Superintendent Claudette Wintworth of the Constabulary Communications Unit, received 2,316 noise complaints in 2025, most of them between midnight and 3 a.m. on weekends.", "Claudette Wintworth", "according to", "W")],
        [("For the Rev. Ainsley Thelbourne, pastor of the Corinth Hill Tabernacle in St Catherine, the bill means another Sunday morning service after a sleepless night.", "Ainsley Thelbourne", "For", ""),
         ("“Our service starts at 9:30 on a Sunday morning.", "Ainsley Thelbourne", "said", ""),
         ("At 2 a.m. on that same Sunday, the sound system across the road is still going,” he said.", "Ainsley Thelbourne", "said", "")],
        [("“One extra hour on a Saturday is the difference between losing money and paying your security, your sound man, your bartenders.", "Kemar Lyttleborough", "explains", ""),
         ("Most of the crowd doesn't even reach until midnight.”", "Kemar Lyttleborough", "explains", "")],
        [("That is how Kemar Lyttleborough, who has run a weekly street dance in Spanish Town since 2014, explains the bill's appeal to promoters.", "Kemar Lyttleborough", "explains", "")],
        [("The Fernbrook Gardens Citizens' Association said on Facebook that it had written to all 21 senators asking them to send the bill back to committee.", "The Fernbrook Gardens Citizens' Association", "said", "W")],
        [("A spokesperson for the ministry said the regulations setting out how permits will be issued would be tabled by the end of June.", "A spokesperson for the ministry", "said", "W"),
         ("He said applications would be made online and would cost $3,500 to process, on top of the late-permit fee.", "A spokesperson for the ministry", "said", "W")],
        [("The bill now goes to the Senate, which is due to debate it on Friday, May 1.", "", "", "W")],
        [("RELATED STORIES", "", "", "B")],
        [("Senate to debate bail reform bill next week", "", "", "B")],
        [("Have something to say?", "", "", "B"),
         ("Write to letters@grizzellrecord.com.jm.", "", "", "B")],
        [("© 2026 The Grizzell Record Company Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Privacy Policy · Terms of Service · Contact Us", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    ("n61-colon-quote-sdn-bhd-mid", "She was blunt: “The operator cannot keep losing money and still be expected to replace pipes that were laid before I was born.” Non-revenue water in the state stood at 41.2 per cent last year, she noted, against a national average of 34.8 per cent.\nThe operator, Syarikat Air Seruling Kedah Sdn. Bhd., lost RM41.6mil in 2025, according to the company's annual report.",
     ["She was blunt: “The operator cannot keep losing money and still be expected to replace pipes that were laid before I was born.”", "Non-revenue water in the state stood at 41.2 per cent last year, she noted, against a national average of 34.8 per cent.", "The operator, Syarikat Air Seruling Kedah Sdn. Bhd., lost RM41.6mil in 2025, according to the company's annual report."]),
    ("n61-question-asked-verdict-colon", "Haslinda countered that the pledge had covered only the first 20 cubic metres and had run only until the end of 2025. She said a household using less than that would pay about RM1.10 more a month.\nChiew rejected that reading. “If the promise had an expiry date, why did nobody print it?” she asked. Her verdict: “A broken promise with a footnote.”",
     ["Haslinda countered that the pledge had covered only the first 20 cubic metres and had run only until the end of 2025.", "She said a household using less than that would pay about RM1.10 more a month.", "Chiew rejected that reading.", "“If the promise had an expiry date, why did nobody print it?” she asked.", "Her verdict: “A broken promise with a footnote.”"]),
    ("n61-dr-prof-possessive-words", "The Northern Consumers' Alliance urged the state to publish the operator's audited accounts in full before the new rates take effect. Its president, Dr. Wan Suraya Wan Ismawi, pointed out that Air Seruling had paid its board RM2.8mil in fees last year, a year in which it lost money.\nProf. Ganeshwaran Thiruvengadam, a water economist at Universiti Seruling Utara, has studied the state's tariffs for a decade. In Ganeshwaran's words, the old tariff was “a subsidy for whoever owns the biggest house on the street”. He explained that households in the richest 10 per cent used almost three times as much water as those in the poorest 40 per cent, according to a 2024 SPAN survey.",
     ["The Northern Consumers' Alliance urged the state to publish the operator's audited accounts in full before the new rates take effect.", "Its president, Dr. Wan Suraya Wan Ismawi, pointed out that Air Seruling had paid its board RM2.8mil in fees last year, a year in which it lost money.", "Prof. Ganeshwaran Thiruvengadam, a water economist at Universiti Seruling Utara, has studied the state's tariffs for a decade.", "In Ganeshwaran's words, the old tariff was “a subsidy for whoever owns the biggest house on the street”.", "He explained that households in the richest 10 per cent used almost three times as much water as those in the poorest 40 per cent, according to a 2024 SPAN survey."]),
    ("n61-sdn-bhd-bracket-footer", "Get the day's top stories in your inbox. Sign up for our newsletters here.\nCopyright © 1995–2026 Utara Courier Media Sdn. Bhd. (198501004412). All Rights Reserved.\nPrivacy Policy  |  Terms of Use  |  Advertise With Us  |  Contact Us",
     ["Get the day's top stories in your inbox.", "Sign up for our newsletters here.", "Copyright © 1995–2026 Utara Courier Media Sdn. Bhd. (198501004412).", "All Rights Reserved.", "Privacy Policy  |  Terms of Use  |  Advertise With Us  |  Contact Us"]),
    ("n61-judgment-quote-over-paragraphs", "“A local government chairman is elected by the people of his local government, not appointed by the House of Assembly,” the judge said in her judgment. “The House may investigate, and it may summon.\n“What it may not do is suspend, remove or otherwise sit in the seat of an elected official because it is unhappy with him. Section 7 of the Constitution guarantees a democratically elected local government system, and that guarantee would mean nothing if a resolution of the House could set it aside.”",
     ["“A local government chairman is elected by the people of his local government, not appointed by the House of Assembly,” the judge said in her judgment.", "“The House may investigate, and it may summon.", "“What it may not do is suspend, remove or otherwise sit in the seat of an elected official because it is unhappy with him.", "Section 7 of the Constitution guarantees a democratically elected local government system, and that guarantee would mean nothing if a resolution of the House could set it aside.”"]),
    ("n61-numbered-orders-list", "The court made the following orders:\n1. A declaration that the resolution of January 20, 2026 is null and void;\n2. An order restoring the claimant to office with immediate effect;\n3. An order that his salaries and allowances withheld since January be paid within 14 days.",
     ["The court made the following orders:", "1. A declaration that the resolution of January 20, 2026 is null and void;", "2. An order restoring the claimant to office with immediate effect;", "3. An order that his salaries and allowances withheld since January be paid within 14 days."]),
    ("n61-exclamation-before-surname", "“Justice has been done!” Oyebisi-Olawepo told supporters outside the court. He maintained that he had done nothing wrong. He said every naira of the security vote had been spent through the council's security committee and was recorded in its minutes. He recalled that the council's 2025 accounts had been audited by the Office of the Auditor-General for Local Governments without a single query.\nFor Alhaji Sulaimon Ayandiran-Kewulere, the Baba Oja of Ekunrin-Iluju's main market, the ruling was a relief. “We have been like orphans for three months. The contract for the market drainage has been sitting on the table since December,” he said.",
     ["“Justice has been done!” Oyebisi-Olawepo told supporters outside the court.", "He maintained that he had done nothing wrong.", "He said every naira of the security vote had been spent through the council's security committee and was recorded in its minutes.", "He recalled that the council's 2025 accounts had been audited by the Office of the Auditor-General for Local Governments without a single query.", "For Alhaji Sulaimon Ayandiran-Kewulere, the Baba Oja of Ekunrin-Iluju's main market, the ruling was a relief.", "“We have been like orphans for three months.", "The contract for the market drainage has been sitting on the table since December,” he said."]),
    ("n61-ordinance-no-ma-councilor", "ILOILO CITY – The Sangguniang Panlungsod on Tuesday approved on third and final reading an ordinance raising the minimum tricycle fare in the city from ₱15 to ₱18.\nOrdinance No. 2026-041 was passed 9-3, with one abstention.\nIts author, Councilor Ma. Cristina Lacanilao-Yballe, chair of the committee on transportation, explained that the fare was last raised in 2020, when a liter of gasoline cost about ₱48 in the city. “Today it is ₱63,” she said. “Our drivers have been carrying the difference ever since.”",
     ["ILOILO CITY – The Sangguniang Panlungsod on Tuesday approved on third and final reading an ordinance raising the minimum tricycle fare in the city from ₱15 to ₱18.", "Ordinance No. 2026-041 was passed 9-3, with one abstention.", "Its author, Councilor Ma. Cristina Lacanilao-Yballe, chair of the committee on transportation, explained that the fare was last raised in 2020, when a liter of gasoline cost about ₱48 in the city.", "“Today it is ₱63,” she said.", "“Our drivers have been carrying the difference ever since.”"]),
    ("n61-bullet-items-peso-decimal", "Under the ordinance:\n• the fare for the first two kilometers rises from ₱15 to ₱18;\n• each additional kilometer costs ₱2, up from ₱1.50;\n• students, senior citizens and persons with disabilities keep their 20 percent discount;",
     ["Under the ordinance:", "• the fare for the first two kilometers rises from ₱15 to ₱18;", "• each additional kilometer costs ₱2, up from ₱1.50;", "• students, senior citizens and persons with disabilities keep their 20 percent discount;"]),
    ("n61-sec-question-before-surname", "Councilor Rosario Tabiliran-Sarabia, who voted against the measure, argued that the increase would fall hardest on students, who take as many as four tricycle rides a day. She noted that no public hearing had been held outside City Hall, as Sec. 7 of the council's internal rules requires for fare ordinances.\nLacanilao-Yballe countered that her committee held two hearings, on February 11 and March 4, and that both were announced on the council's Facebook page. “And how many students read the council's Facebook page?” Tabiliran-Sarabia asked. “More than you think, Councilor,” the author replied.",
     ["Councilor Rosario Tabiliran-Sarabia, who voted against the measure, argued that the increase would fall hardest on students, who take as many as four tricycle rides a day.", "She noted that no public hearing had been held outside City Hall, as Sec. 7 of the council's internal rules requires for fare ordinances.", "Lacanilao-Yballe countered that her committee held two hearings, on February 11 and March 4, and that both were announced on the council's Facebook page.", "“And how many students read the council's Facebook page?” Tabiliran-Sarabia asked.", "“More than you think, Councilor,” the author replied."]),
    ("n61-jr-ends-sentence-before-it", "The Iloilo City Federation of Tricycle Operators and Drivers Associations (ICFTODA), which filed the petition for an increase in 2024, is led by Ernesto Palabay Jr. It has about 2,300 member drivers.\nFor Palabay, the new fare is “late, but welcome.” He recalled that the drivers had asked for ₱20. “We asked for twenty and got eighteen,” he said. “That is politics.”",
     ["The Iloilo City Federation of Tricycle Operators and Drivers Associations (ICFTODA), which filed the petition for an increase in 2024, is led by Ernesto Palabay Jr.", "It has about 2,300 member drivers.", "For Palabay, the new fare is “late, but welcome.”", "He recalled that the drivers had asked for ₱20.", "“We asked for twenty and got eighteen,” he said.", "“That is politics.”"]),
    ("n61-uk-date-line-image-credit", "08:15, 17 APR 2026  Updated 09:40, 17 APR 2026\nShare  |  Facebook  |  X  |  WhatsApp  |  Email  |  Comments\nDennis Aldbury-Penwithen, who died at Hallorby General Hospital in November. (Image: Family handout)\nA coroner has warned that more patients could die unless ambulances stop queuing for hours outside Hallorby General Hospital, after a 79-year-old man suffered a fatal bleed on the brain while waiting to be admitted.",
     ["08:15, 17 APR 2026  Updated 09:40, 17 APR 2026", "Share  |  Facebook  |  X  |  WhatsApp  |  Email  |  Comments", "Dennis Aldbury-Penwithen, who died at Hallorby General Hospital in November.", "(Image: Family handout)", "A coroner has warned that more patients could die unless ambulances stop queuing for hours outside Hallorby General Hospital, after a 79-year-old man suffered a fatal bleed on the brain while waiting to be admitted."]),
    ("n61-pm-times-nobody-came", "His daughter, Joanne Stapleford-Trevowan, said the family had sat in the hospital car park watching the ambulance “like it was a waiting room”. She recalled that a paramedic had asked twice for a doctor to come out and look at her father, at 3.10pm and again at 5.45pm. “Nobody came,” she said. “I'm not angry with the paramedics. They were wonderful.\n“I'm angry that this is normal now. Dad paid into the NHS for 50 years, and he spent his last conscious hours in a car park.”",
     ["His daughter, Joanne Stapleford-Trevowan, said the family had sat in the hospital car park watching the ambulance “like it was a waiting room”.", "She recalled that a paramedic had asked twice for a doctor to come out and look at her father, at 3.10pm and again at 5.45pm.", "“Nobody came,” she said.", "“I'm not angry with the paramedics.", "They were wonderful.", "“I'm angry that this is normal now.", "Dad paid into the NHS for 50 years, and he spent his last conscious hours in a car park.”"]),
    ("n61-cllr-url-read-more", "Cllr Tom Pelloway, who chairs the county council's health scrutiny committee, said the trust's chief executive would be questioned at the committee's meeting on May 6.\nRead the coroner's report in full at www.judiciary.uk.\nRead more: Whinsett GP surgery to close after partners retire",
     ["Cllr Tom Pelloway, who chairs the county council's health scrutiny committee, said the trust's chief executive would be questioned at the committee's meeting on May 6.", "Read the coroner's report in full at www.judiciary.uk.", "Read more: Whinsett GP surgery to close after partners retire"]),
    ("n61-ellipsis-capital-and-lower", "Managing director Dr Caroline Chemjor-Kibor told Biashara Leo that the firm had paid farmers for all milk delivered up to January 31. She put it simply: “We cannot pay for milk with invoices.” “The counties owe us, we owe the farmers, and the farmers owe the agrovets,” she said. “Everyone is waiting for the same money. We wrote to all five governors in January ... Two replied.\n“I understand why the farmers are angry ... and I would be angry too.”",
     ["Managing director Dr Caroline Chemjor-Kibor told Biashara Leo that the firm had paid farmers for all milk delivered up to January 31.", "She put it simply: “We cannot pay for milk with invoices.”", "“The counties owe us, we owe the farmers, and the farmers owe the agrovets,” she said.", "“Everyone is waiting for the same money.", "We wrote to all five governors in January ...", "Two replied.", "“I understand why the farmers are angry ... and I would be angry too.”"]),
    ("n61-bracket-msx-before-it", "Muscat: Shareholders of Bahr Al Wusta Fisheries SAOG on Wednesday approved a plan to build a fish processing plant costing OMR38.5mn at an extraordinary general meeting in Muscat.\nThe plant, at the Khor Hamdiya fishing harbour in Al Wusta Governorate, will be able to process 60,000 tonnes of fish a year, the company said in a disclosure to the Muscat Stock Exchange (MSX). It said 71 per cent of the votes cast were in favour.",
     ["Muscat: Shareholders of Bahr Al Wusta Fisheries SAOG on Wednesday approved a plan to build a fish processing plant costing OMR38.5mn at an extraordinary general meeting in Muscat.", "The plant, at the Khor Hamdiya fishing harbour in Al Wusta Governorate, will be able to process 60,000 tonnes of fish a year, the company said in a disclosure to the Muscat Stock Exchange (MSX).", "It said 71 per cent of the votes cast were in favour."]),
    ("n61-eng-title-she-added", "Chief executive Eng. Muna bint Salim Al Ghadani explained that the company now sends about 70 per cent of its catch abroad frozen and unprocessed, mostly to Asia. “We catch the fish here, and somebody else earns the money from cutting it, packing it and putting a label on it,” she said. “That is the part we want to keep in Oman.”\nThe plant, she added, would employ 420 people at full capacity, at least 60 per cent of them Omani, as its licence requires.\nMost would be recruited from the wilayats of Al Wusta, where jobs outside fishing and the oil fields are scarce.",
     ["Chief executive Eng. Muna bint Salim Al Ghadani explained that the company now sends about 70 per cent of its catch abroad frozen and unprocessed, mostly to Asia.", "“We catch the fish here, and somebody else earns the money from cutting it, packing it and putting a label on it,” she said.", "“That is the part we want to keep in Oman.”", "The plant, she added, would employ 420 people at full capacity, at least 60 per cent of them Omani, as its licence requires.", "Most would be recruited from the wilayats of Al Wusta, where jobs outside fishing and the oil fields are scarce."]),
    ("n61-aest-byline-picture-credit", "Rhys Tandberg\nThu 16 April 2026, 5:50pm AEST\nShare   f   X   in   ✉\nMoorabeen's Jai Mullinder-Ryce is helped from the ground against Pellingbrook in round 2. Picture: Shelley Vickersby",
     ["Rhys Tandberg", "Thu 16 April 2026, 5:50pm AEST", "Share   f   X   in   ✉", "Moorabeen's Jai Mullinder-Ryce is helped from the ground against Pellingbrook in round 2.", "Picture: Shelley Vickersby"]),
    ("n61-inner-question-fixture-pm", "“When he told me he was playing the next Saturday week, I asked, ‘Has the doctor signed it?’ He said yes.”\nJai's mother, Trish Mullinder, said she only learned the clearance had never been signed when the league's report came out.\nMoorabeen host Yanderra at Kellowan Park on Saturday at 2.10pm. Pellingbrook, who lead the ladder, are away to Corrimbah.",
     ["“When he told me he was playing the next Saturday week, I asked, ‘Has the doctor signed it?’", "He said yes.”", "Jai's mother, Trish Mullinder, said she only learned the clearance had never been signed when the league's report came out.", "Moorabeen host Yanderra at Kellowan Park on Saturday at 2.10pm.", "Pellingbrook, who lead the ladder, are away to Corrimbah."]),
    ("n61-apr-pm-adt-ns-dateline", "Published Apr. 16, 2026 · 4:58 p.m. ADT\nShare  ·  Facebook  ·  X  ·  Email\nResidents opposed to the quarry gather outside the Kelsby municipal building in January. (Torbrae Chronicle file photo)\nKELSBY, N.S. — A Nova Scotia Supreme Court justice has quashed a municipal council's decision to let a company open a granite quarry beside Sheiling Cove, ruling that residents were not given a fair hearing.",
     ["Published Apr. 16, 2026 · 4:58 p.m. ADT", "Share  ·  Facebook  ·  X  ·  Email", "Residents opposed to the quarry gather outside the Kelsby municipal building in January.", "(Torbrae Chronicle file photo)", "KELSBY, N.S. — A Nova Scotia Supreme Court justice has quashed a municipal council's decision to let a company open a granite quarry beside Sheiling Cove, ruling that residents were not given a fair hearing."]),
    ("n61-ltd-which-us-and", "Cape Torrent Aggregates Ltd., which planned to ship crushed granite to the U.S. and the Caribbean from a new wharf at the cove, said in a statement it had spent more than $1.4 million on studies and permits since 2023. It said it was “disappointed” but remained committed to the project.\nA spokesperson for the municipality said council's next regular meeting was April 28. She said councillors had been advised by the municipality's lawyers not to discuss the case.",
     ["Cape Torrent Aggregates Ltd., which planned to ship crushed granite to the U.S. and the Caribbean from a new wharf at the cove, said in a statement it had spent more than $1.4 million on studies and permits since 2023.", "It said it was “disappointed” but remained committed to the project.", "A spokesperson for the municipality said council's next regular meeting was April 28.", "She said councillors had been advised by the municipality's lawyers not to discuss the case."]),
    ("n61-url-tip-inc-footer", "The decision, 2026 NSSC 118, is posted at www.courts.ns.ca.\nRelated: Province to review how councils run public hearings\nGot a news tip? Email newsroom@torbraechronicle.ca\nCopyright 2026 The Torbrae Chronicle, a division of Saltbank Media Inc. All rights reserved.",
     ["The decision, 2026 NSSC 118, is posted at www.courts.ns.ca.", "Related: Province to review how councils run public hearings", "Got a news tip?", "Email newsroom@torbraechronicle.ca", "Copyright 2026 The Torbrae Chronicle, a division of Saltbank Media Inc.", "All rights reserved."]),
    ("n61-initials-dr-crore-asked", "Health Minister Dr. B. Ramachandra Kothapalli told the Legislative Assembly on Thursday that the government had released ₹14.6 crore to the operator that morning and that all nine units would reopen on Saturday. He admitted that the department had paid the operator nothing since October, blaming “a delay in the budget release by the Finance department”.\nOpposition MLA G. Anjaneyulu Madireddy alleged that patients from his constituency had been told to travel 140 km to Hyderabad for their sessions. “A patient on dialysis cannot skip three sessions and wait for the Finance department. Who will take responsibility if one of them dies?” he asked.",
     ["Health Minister Dr. B. Ramachandra Kothapalli told the Legislative Assembly on Thursday that the government had released ₹14.6 crore to the operator that morning and that all nine units would reopen on Saturday.", "He admitted that the department had paid the operator nothing since October, blaming “a delay in the budget release by the Finance department”.", "Opposition MLA G. Anjaneyulu Madireddy alleged that patients from his constituency had been told to travel 140 km to Hyderabad for their sessions.", "“A patient on dialysis cannot skip three sessions and wait for the Finance department.", "Who will take responsibility if one of them dies?” he asked."]),
    ("n61-https-url-before-capital", "A spokesperson for the Health department said the contract with the operator, which ends in December, would be reviewed before it is renewed. She said a helpline, 104, would give patients the status of their unit until all nine reopen.\nThe State's list of dialysis units is at https://health.telangana.gov.in/dialysis. Patients can also call their unit directly.",
     ["A spokesperson for the Health department said the contract with the operator, which ends in December, would be reviewed before it is renewed.", "She said a helpline, 104, would give patients the status of their unit until all nine reopen.", "The State's list of dialysis units is at https://health.telangana.gov.in/dialysis.", "Patients can also call their unit directly."]),
    ("n61-nersa-bracket-slash-year", "Executive Mayor Cllr Nomvula Mthembeni-Ngcamphalala said the electricity increase was in line with the guideline approved by the National Energy Regulator of South Africa (Nersa). She said the municipality's bulk bill from Eskom would rise by R62 million next year. “There was no other way,” she told council.\nOpposition chief whip Cllr Marietjie Steenberg-Vissering said the municipality lost 34% of the electricity it bought last year to theft and faulty meters, according to the Auditor-General's report on its 2024/25 accounts. “We are asking paying customers to cover for the ones who steal,” she said.",
     ["Executive Mayor Cllr Nomvula Mthembeni-Ngcamphalala said the electricity increase was in line with the guideline approved by the National Energy Regulator of South Africa (Nersa).", "She said the municipality's bulk bill from Eskom would rise by R62 million next year.", "“There was no other way,” she told council.", "Opposition chief whip Cllr Marietjie Steenberg-Vissering said the municipality lost 34% of the electricity it bought last year to theft and faulty meters, according to the Auditor-General's report on its 2024/25 accounts.", "“We are asking paying customers to cover for the ones who steal,” she said."]),
    ("n61-st-mid-pty-ltd-footer", "The budget and tariff schedule are available at the municipal offices on Ntombela St. and at the town's two libraries.\nRead more: Water outages to continue in eMfulamnyama as reservoir repairs drag on\nDo you have a news tip? WhatsApp us on 071 555 0192.\n© 2026 Mfula Express. Part of Khanyiselo Community Media (Pty) Ltd.",
     ["The budget and tariff schedule are available at the municipal offices on Ntombela St. and at the town's two libraries.", "Read more: Water outages to continue in eMfulamnyama as reservoir repairs drag on", "Do you have a news tip?", "WhatsApp us on 071 555 0192.", "© 2026 Mfula Express.", "Part of Khanyiselo Community Media (Pty) Ltd."]),
    ("n61-tribunal-quote-paragraphs", "In a decision issued on Wednesday night, the DRA ruled that the CCC had not given the club the 72 hours' notice of a hearing that the county's own bye-laws require. “A club facing expulsion from its county's premier competition is entitled, at the very least, to know the case against it and to have time to answer it,” the three-person tribunal wrote. “Clonmoylan Gaels had neither.\n“The tribunal makes no finding on whether the player was properly registered. That question is not before it.”",
     ["In a decision issued on Wednesday night, the DRA ruled that the CCC had not given the club the 72 hours' notice of a hearing that the county's own bye-laws require.", "“A club facing expulsion from its county's premier competition is entitled, at the very least, to know the case against it and to have time to answer it,” the three-person tribunal wrote.", "“Clonmoylan Gaels had neither.", "“The tribunal makes no finding on whether the player was properly registered.", "That question is not before it.”"]),
    ("n61-am-ends-before-the-current", "Share   Facebook   X   WhatsApp   Email\nThe House of Representatives on Tuesday night passed the Community Events (Permits) Bill, 2026, which lets events with a permit run on Fridays and Saturdays until 2 a.m. The current cut-off is 1 a.m. The bill passed 34-21 after an eight-hour debate, with every Government member present voting for it.",
     ["Share   Facebook   X   WhatsApp   Email", "The House of Representatives on Tuesday night passed the Community Events (Permits) Bill, 2026, which lets events with a permit run on Fridays and Saturdays until 2 a.m.", "The current cut-off is 1 a.m.", "The bill passed 34-21 after an eight-hour debate, with every Government member present voting for it."]),
    ("n61-hon-exclamation-told-house", "Culture Minister Hon. Kirkland Foster-Pottersby told the House the later hour would apply only to events at least 500 metres from a hospital, school or place of worship. The minister's case: “Our entertainment industry has been working with one hand tied behind its back.” “Let the music play!” he told the House, to cheers from the Government benches.\nHe said 1,240 event permits were issued last year, down from 1,910 in 2019. Promoters, he added, would pay a new fee of $25,000 for each late permit, with the money going to the municipal corporation of the parish where the event is held.",
     ["Culture Minister Hon. Kirkland Foster-Pottersby told the House the later hour would apply only to events at least 500 metres from a hospital, school or place of worship.", "The minister's case: “Our entertainment industry has been working with one hand tied behind its back.”", "“Let the music play!” he told the House, to cheers from the Government benches.", "He said 1,240 event permits were issued last year, down from 1,910 in 2019.", "Promoters, he added, would pay a new fee of $25,000 for each late permit, with the money going to the municipal corporation of the parish where the event is held."]),
    ("n61-rev-nine-thirty-two-am", "The police, according to Senior Superintendent Claudette Wintworth of the Constabulary Communications Unit, received 2,316 noise complaints in 2025, most of them between midnight and 3 a.m. on weekends.\nFor the Rev. Ainsley Thelbourne, pastor of the Corinth Hill Tabernacle in St Catherine, the bill means another Sunday morning service after a sleepless night. “Our service starts at 9:30 on a Sunday morning. At 2 a.m. on that same Sunday, the sound system across the road is still going,” he said.",
     ["The police, according to Senior Superintendent Claudette Wintworth of the Constabulary Communications Unit, received 2,316 noise complaints in 2025, most of them between midnight and 3 a.m. on weekends.", "For the Rev. Ainsley Thelbourne, pastor of the Corinth Hill Tabernacle in St Catherine, the bill means another Sunday morning service after a sleepless night.", "“Our service starts at 9:30 on a Sunday morning.", "At 2 a.m. on that same Sunday, the sound system across the road is still going,” he said."]),
]  # fmt: skip
