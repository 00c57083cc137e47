"""Fifty-eighth set of new hand-labelled pages for the hint engines (tuning set, round twenty-six): twelve whole pages from outlets in twelve countries, dense with hard speakers and attribution.

Written from scratch for issue 13 in round twenty-six, before any rule was tuned on them and without
looking at the engine's code or output (nothing under `claimreview/` was opened, no
`labelled_heldout*.py` file, `train_*.py` file or `hint_scores.py` was read, nothing under `docs/`
was read, and no test, scorer or engine was run; only an import of this file and `build` on every
page, a small script of my own that checks the sentences, the flags and the split cases against the
pages, whole-word greps of the invented names over `tests/` that listed file names only, and `ruff
format` / `ruff check` were run). The format and the conventions were read from the module
docstrings of `labelled_new.py`, `labelled_new2.py` and `labelled_new53.py` to `labelled_new56.py`,
the first two pages and the first split cases of `labelled_new56.py`, and `build` in
`labelled_articles.py`. Every person, small place, street, river, organisation, outlet, company,
church, mosque, union, school and number is invented (the United States, Ohio, Columbus and Lake
Erie; England; Nigeria, Oyo State, Ibadan and Lagos; Kenya, Mombasa County; Canada, Ontario, Thunder
Bay and Ottawa; Australia, Western Australia and Perth; India, Mumbai, Pune and Thane; South Africa,
the Eastern Cape and East London; the Philippines, Luzon, Central Luzon and Pampanga; Uganda, Mukono
District, Mpigi and Kampala; Trinidad and Tobago; Pakistan, Punjab, Lahore, Karachi, Islamabad,
Peshawar, Sindh, Bahawalpur and Multan appear only as settings; real public bodies such as the FBI,
the Ohio Senate and House, "the Senate", "the House of Representatives", Parliament, "the Ministry
of Health", "Indigenous Services Canada", the ASX, "the Department of Transport", "the Bombay High
Court", "the Thane Municipal Corporation (TMC)", "the Right to Information Act", "the Department of
Water and Sanitation", "the Commission on Audit (COA)", "the Department of Public Works and Highways
(DPWH)", the Senate blue ribbon committee, "the National Medical Stores (NMS)", "the Ministry of
Works and Transport", "the Ministry of Education", "the Punjab Assembly" and "the Civil Secretariat"
appear only as settings, with invented figures; X, Facebook, Instagram, Telegram and WhatsApp only
as channels). No surname, town, street, outlet, company, church, union or school of any file under
`tests/` is reused: every capitalised word of these pages, each part of a hyphenated name included,
was grepped as a whole word over the whole `tests/` tree (the sets written alongside this one
included, checked again at the end), and every hit that was an invented name was changed (first
names, titles, real settings and common words recur).

Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after selecting all
in a browser, so every furniture line is a paragraph of its own, worded in that site's own way, with
furniture of ordinary length at the head and the tail, and every story is dense with hard speakers.
The twelve pages: (1) a US metro daily on a bribery trial (a contractor described in the lead and
named in the next sentence, "told a federal jury", "told the jury", "testified", a quote inside a
quote, "according to the indictment", a prosecutor and a defence lawyer alternating "he", "said in a
filing", a judge's order and "she wrote", a witness named only after her quote, a city spokesperson
then "She said", "State Sen." who "wrote on X" and "State Rep." who "replied on X", "declined to
comment"); (2) an English regional site on a council cutting its pool subsidy (a council leader and
an opposition leader, both women, alternating with "rejected that", "Cllr" dropped, an officer
quoted inside a quote, a report to the cabinet then "The report said", a council spokeswoman then
"She said", the council then "It said", an MP with a postnominal "MP" in "a post on X", "did not
respond to a request for comment"); (3) a Nigerian national daily on a church and market traders
fighting over land ("SP", "Pastor", "Alhaji", "Chief", "Imam", "Hon." and "Mrs." dropped, the church
then "The church says", a police spokeswoman then "She said", a pastor and an alhaji alternating, a
question before "Alhaji ... asked", the Baale and his nephew sharing a surname, "said in a post on
Facebook" then "he wrote", an imam's quote over three paragraphs with the cue only in the first,
"did not respond to calls and text messages"); (4) a Kenyan paper's transcript of a county press
conference on a cholera outbreak (the paper's introduction, name prefixes with "DR." and "ENG." then
short prefixes, reporters' questions citing residents and a sheikh, "[crosstalk]", "[END OF
TRANSCRIPT]", the sheikh's reply after it, a department that "declined to comment", "the water
company said" then "It said"); (5) a Canadian regional paper's Q&A with a First Nation chief on a
boil-water advisory (a standfirst carrying the chief, "Chief" and "Coun." dropped, "Signal:" and
"Oshkiigan-Teboskin:" prefixes, a question citing Ottawa and one citing the chief's cousin's
Facebook post, an official quoted inside an answer, a federal spokesperson then "She said", "did not
respond", the cousin "Reached on Tuesday"); (6) an Australian business daily on a miner's port talks
("sources say" in the headline, "two senior state government officials said" and "The officials, who
asked not to be named ..., said", "A person familiar with the talks" and "the person said", "A
person briefed on the talks, who was not authorised to speak publicly", the draft terms without a
speaker, a statement to the ASX then "It said", a spokeswoman who "declined to comment", a premier's
spokesman who does not comment, a consultants' report via "according to" then "The report estimated"
and "It said", an "MLA" postnominal, "did not respond to questions"); (7) an Indian English daily on
a High Court stay of a market demolition ("Justice" dropped and initials "R. V." kept, "told the
bench", "submitted", "countered", "the bench observed", "said in a filing" then "It said", "A senior
civic official, who did not want to be named", the vendors' association via "according to" then its
secretary, a corporator's reported speech, "declined to comment, saying the matter was sub judice");
(8) a South African community weekly on a township without water (a municipal spokeswoman and a ward
councillor, both women, alternating, "“She is welcome to check it,” she said.", a question inside a
quote before "she said", "In a post on Facebook, the municipality ... said" then "It said", "The
Rev." dropped, an opposition councillor with "Cllr", "did not respond to questions"); (9) a
Philippine news site on a Senate hearing on an unfinished dike (two senators alternating, a question
before "Castromayor-Ledesma asked", a contractor and his sister the congresswoman sharing a surname,
"said in a post on Facebook" then "she wrote", "Her brother told senators", "according to a
Commission on Audit (COA) report", the DPWH then "It said", "Engr." dropped, "did not respond to
text messages"); (10) a Ugandan daily on mothers made to buy delivery supplies (a mother's quote
named only after it with "That is what ... says", a group of mothers who "described", an in-charge's
quote over three paragraphs with the cue only in the first, a stores spokesperson then "She said", a
permanent secretary's circular, "according to the ministry's guidelines", a Woman MP who "wrote on
X", "Sheikh" dropped, "declined to comment" and "did not answer phone calls"); (11) a Trinidad and
Tobago paper on a bridge collapse (a priest's two quote paragraphs named afterwards with "said those
words", "police said", an unnamed minister who "told the House of Representatives" then "He said",
an opposition MP's Facebook post and "He posted a photograph", "Government Sen.", a regional
corporation then "It said", a councillor with "Cllr", "did not respond to questions"); and (12) a
Pakistani English daily on a wheat release price told almost wholly in reported speech ("the
minister said", "He further said that", "The minister added that", "He claimed that", "termed ...
and said", "rejected the claim", an opposition MPA, "An official of the food department, requesting
anonymity" then "He said", an economist, a food secretary who "declined to comment", "According to a
report by the provincial bureau of statistics"). `STYLES` names the site, the story and the stresses
of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` to `labelled_new56.py` hold too (mastheads, straps, menus, crumbs,
section labels, bylines, date lines, share strips, related and read-more lines, tip, WhatsApp and
follow lines, comment notices and footers "B" line by line; captions by content and credits "B";
standfirsts labelled like headlines, never split at a semicolon, carrying the first source as the
body names it; titles, ranks, honorifics and roles dropped from speakers, initials kept; a pronoun,
a later surname, a first name, a title with the surname or a role resolved to the full name as first
given; organisations, documents and data kept as written, "according to X" -> X, "It" for an
organisation resolved to its name as first given and "It" for a document to the document as written;
a quote over several sentences or paragraphs carrying its speaker and cue; "he"/"she" going to the
last-named person of that gender who was the subject of a reporting verb, context winning where it
settles the matter; people named inside a quote naming no speaker; "did not respond", "declined to
comment" and the like labelled like speech with flags ""; Q&A answers carrying the interviewee with
the prefix as the cue, questions carrying a source only when they cite one; plans, votes, decisions,
orders, fixtures, rules and figures of record "W"; spoken forecasts, hopes, pledges, opinions,
feelings, scene, private circumstances, rhetorical questions and advice "").

Conventions this set had to settle, in the same spirit:

* Anonymous sources keep their description as written, without the clause that explains the
  anonymity: "two senior state government officials said" -> "two senior state government
  officials", and "The officials, who asked not to be named because the negotiations are
  confidential, said" resolves to it; "A person familiar with the talks said" -> "A person familiar
  with the talks", and "the person said" / "The person said" resolve to it; "A person briefed on the
  talks, who was not authorised to speak publicly, said" -> "A person briefed on the talks"; "A
  senior civic official, who did not want to be named, said" -> "A senior civic official"; "An
  official of the food department, requesting anonymity, said" -> "An official of the food
  department", and the "He said" after it resolves to that description. The headline "..., sources
  say" carries the sources as the body first names them ("two senior state government officials"),
  "W". The officials' "cabinet was due to consider the deal on May 4" is a fixture, "W"; "Under the
  draft terms, Karrabin would spend ..." reports a document's content without a verb of saying and
  carries no speaker, "W", as does "Under the council's constitution, ...". * A lead that describes
  a speaker whom the next sentence names ("A paving contractor told a federal jury ..." / "Terrence
  Pendlerock, 61, ... said ...") carries the name, with its own cue ("told a federal jury"), "W". *
  Speakers named only after their words. "That is how Renata Fauquier-Hollins, ..., described
  Varnack-Hosmer's instructions from the witness stand on Tuesday." gives the quote paragraph before
  it her name and "described"; "The Rev. Clive Bhagwansingh-Roach said those words at an open-air
  service ..." gives both quote paragraphs before it his name and "said"; "That is what Ruth
  Nakyeyune-Ssempa, 24, says she was told when she arrived ..." gives the quote before it her name
  and "says". The naming sentence carries the speaker too: "" when it only names and sets the scene
  (Renata's), "W" when it carries a dated fact of record (the bridge falling last Friday night, the
  mother's arrival at the health centre at about 11 p.m. on March 30). * Social media. "wrote on X",
  "replied on X", "wrote on Facebook" and "said in a post on Facebook" are cues as written; "In a
  post on X, Dominic Threapwick-Agu MP, ..., said" has the cue "said" (the channel before the
  subject stays out of the cue, as "In a statement, ... said" does), and so does "In a post on
  Facebook on Tuesday, the municipality apologised for the outage and said ..." (carrying "the
  municipality" as written); the post's quoted words carry "he wrote" / "she wrote" / "wrote"; "He
  posted a photograph of a letter dated August 14, 2023, ..." is an act with a document, "W" without
  a speaker. A wish posted online ("the band should take Ottawa to court", "large Ohio cities need
  an independent inspector general") is "", a dated step in it ("would reintroduce her bill ... when
  the Senate returns on May 5", "would raise the matter in Parliament next Tuesday") "W", and a post
  that reports an act of record ("had asked for a meeting with the sports minister") "W". * Courts.
  "told a federal jury", "told the jury", "told jurors", "testified", "told the bench", "submitted",
  "countered", "said in a filing", "asked" and "observed" are cues as written; "The bench asked" and
  "the bench observed" keep "The bench" / "the bench" as written, and "Justice Dhanawade-Korgaonkar
  said" carries the judge with his initials ("R. V. Dhanawade-Korgaonkar"). A defence lawyer's
  factual account to the jury ("the money was a series of personal loans ...", "had paid back at
  least $30,000 of it") is "W", as a specific denial is; the prosecutor's "You don't lend a friend
  money in an envelope in a parking lot" is ""; a question in cross-examination ("asked him why he
  had waited ...") carries the lawyer with "asked", "". "The judge denied the request on Tuesday."
  is an order without a speaker, "W", and "In a two-page order, she wrote that ..." carries the
  judge with "wrote", "W". "Assistant U.S. Attorney X walked Pendlerock through bank records showing
  31 cash withdrawals ..." is an act with documents, "W" without a speaker. A witness's quoted
  instruction from the defendant ("He would lean in my door and say, ‘Put Terry's on top.’") is "W",
  the contractor's general "It was always, ‘Take care of the man, ...’" "". * Press-conference
  transcripts. The paper's sentence naming who briefed is "W" without a speaker; the two-sentence
  transcript note, "[crosstalk]" and "[END OF TRANSCRIPT]" are "B"; every sentence of a turn carries
  the speaker's full name without "DR." / "ENG." and the prefix as written as the cue, first in full
  ("DR. HALIMA MWINYIHAJI-SAGGAF:") and later short ("MWINYIHAJI-SAGGAF:"); "Good afternoon, ..."
  and "If I may add one thing." are ""; reporters' turns ("QUESTION (Kassim Mwamsindo-Lali, Kusini
  Mirror): ...", "QUESTION: ...") carry no speaker unless they cite one: "Residents say they
  reported the leak ... in February." carries "Residents" with "say", "W", and "Sheikh
  Faraji-Basalim told worshippers at Friday prayers that ..." carries the sheikh with "told
  worshippers", "W"; "MWINYIHAJI-SAGGAF: No." is a specific denial, "W", "Not at this time." ""; the
  official's thanks to the sheikh names nobody as a speaker and is "W" for the act it records. * Q&A
  with name prefixes. "Signal:" turns carry no speaker unless they cite one ("Signal: Ottawa says
  the delays are down to ..." carries "Ottawa" with "says", "W"; "Signal: Coun. Delbert
  Oshkiigan-Teboskin wrote on Facebook last week that ..." carries him with "wrote on Facebook",
  ""); the chief's answers carry her with "Oshkiigan-Teboskin:"; the official she quotes inside an
  answer ("‘Chief, these things take time.’") names nobody. * Spokespersons. "A spokesperson for the
  City of Columbus said" / "She said", "A spokeswoman for Marlwick District Council said" / "She
  said", "a spokesperson for Indigenous Services Canada said" / "She said" and "A spokesperson for
  NMS said" / "She said": the pronoun resolves to the unnamed spokesperson as first given, not to a
  named woman who spoke before; a named spokesperson ("Gxulu Local Municipality spokesperson Zanele
  Mpofana-Dyantyi") is her name. "A spokesman for the Premier said the government did not comment on
  commercial negotiations." is a refusal, "", and "A Karrabin spokeswoman declined to comment" keeps
  the description. * Quotes inside quotes belong to the outer speaker; the inner speaker (an
  officer, an old man, a nurse, an official) is no speaker. "“On Sunday an old man stopped me ...
  and asked, ‘Councillor, must I drink from the river now?’” she said." is ONE sentence, ""; "“In
  January an officer stood in this chamber and said, ‘There are no plans to close the pool,’” she
  said." is "W" (a dated statement of record); "“They told me, ‘Go and buy gloves, cotton wool and a
  razor blade, then come back.’" is "W" (a public facility's demand). * Two people of one gender.
  "Carnveth-Trevascus rejected that." and "The minister, however, rejected the claim." carry the
  person with "rejected", "", and give the next "She said" / "He said" to that person; "“She is
  welcome to check it,” she said." after "Asked about that, Mpofana-Dyantyi said ..." belongs to the
  spokeswoman (the "She" inside names the councillor and no speaker); "Her brother told senators"
  resolves to the contractor; the "he" after "Gholapkar-Ninawe countered" goes back to the vendors'
  advocate. * Shared surnames: "The Baale" and "Kolade" tell Samuel Akinlolu Olabamiji and Kolade
  Olabamiji apart; "Chief"/"Coun." and "he" tell Marlene and Delbert Oshkiigan-Teboskin apart, and
  "Reached on Tuesday, Coun. Oshkiigan-Teboskin said he ..." is the councillor; "Rep." and "Her
  brother" tell Marites and Renato Dumalaog-Isidoro apart, and "Rep. Dumalaog-Isidoro did not attend
  the hearing." is a fact without a speaker, "W". * Titles and roles dropped: "State Sen.", "State
  Rep.", "Sen.", "Government Sen.", "Rep.", "Council leader", "Cllr", "Coun.", "Chief", "The Baale
  of Ilemoro, Chief", "Alhaji", "Pastor", "The Chief Imam of Ilemoro, Imam", "Sheikh", "Hon.", "SP",
  "Mrs.", "The Rev.", "Dr.", "DR.", "Eng.", "ENG.", "Engr.", "Justice", "senior advocate",
  "Advocate", "Municipal Commissioner", "Opposition MPA", "provincial Food Minister", "Agricultural
  economist", "barangay captain", "Contractor" and the postnominals "MP" and "MLA" ("Dominic
  Threapwick-Agu MP" -> "Dominic Threapwick-Agu"); a role in apposition after the name ("the Mukono
  district khadi") too. * Reported speech without quotation marks carries its speaker like a quote:
  "He further said that ..." (cue "further said"), "The minister added that ..." ("added"), "He
  claimed that ..." ("claimed"), "Replying to a question, he said ..." ("said"), "termed the price
  unrealistic and said mills were paying Rs480 more ..." ("said", the verb that carries the
  checkable claim); the minister's "would bring the price ... down to about Rs2,450" is a spoken
  forecast, "", his "would not import wheat this year" a decision, "W", "would have their quotas
  cancelled and be fined up to Rs500,000" a rule, "W". * Unnamed office-holders and bodies stay as
  written: "The Minister of Works and Transport told the House of Representatives" (cue as written;
  "He said" resolves to it; the headline's "minister promises temporary crossing within three weeks"
  carries it with "promises", "W" for the dated plan), "the Ministry of Health's permanent secretary
  told district health officers" (in a circular, "W"), "The provincial food secretary", "The county
  health department", "The ministry's spokesperson" ("did not answer phone calls"), "police said"
  ("police", lower case as written, and "Police said" at the head of a sentence), "The church says",
  "the water company said" (then "It said" -> "the Kusini Mashariki Water and Sewerage Company"),
  "The DPWH said" (then "It said" -> "the Department of Public Works and Highways (DPWH)"), "The TMC
  said in a filing" (then "It said" -> "the Thane Municipal Corporation (TMC)"), "Karrabin said in a
  statement to the ASX" (then "It said" -> "Karrabin Resources", its process promise ""), "the
  council said" (then "It said" -> "Marlwick District Council"), "the municipality" (then "It said"
  -> "Gxulu Local Municipality"). "Several other mothers interviewed by The Mbazzi Times described
  ..." keeps the group with "described", "W" (a public facility's practice). * Documents: "according
  to the indictment" -> "the indictment"; "According to a report to the cabinet" -> "a report to the
  cabinet", then "The report said"; "according to a report prepared for Karrabin by Marrane
  Economics ..." -> "a report prepared for Karrabin by Marrane Economics", then "The report
  estimated" and "It said" (-> "The report", the document as last written), both "W" (published
  estimates); "according to a Commission on Audit (COA) report released in March", "according to the
  ministry's guidelines", "according to federal environment department figures" and "According to a
  report by the provincial bureau of statistics" name the document as written. * Standfirsts and
  headlines: "Defense says the money was a string of loans between fishing buddies" carries the
  defence lawyer, "W"; "Opposition leader says usage figures were ‘cherry-picked’ and will seek a
  call-in" the opposition leader, "W" (a stated step); "Vendors' body says ...; civic body says ..."
  is ONE sentence carrying the association as the body first names it, "W"; "Councillor says tankers
  skip the upper sections; municipality says ..." the ward councillor, "W"; "In-charge blames late
  delivery from National Medical Stores; area MP to raise matter in Parliament" the in-charge with
  "blames", "W" (a causal claim); "Congresswoman, the contractor's sister, says she had no hand in
  the deal" the congresswoman, "W" (a specific denial); "Contractor tells jury ..." and "Contractor
  tells senators ...; auditors' photos show a dead end" the contractor with "tells jury" / "tells
  senators", "W"; "..., says minister" and "Chief ... says Ottawa has moved the opening date three
  times" the person the body names, "W"; "HC stays demolition ..., asks TMC where 312 vendors will
  go" is a court order without a speaker, "W"; "Nine years of boiling water: Wabishkaa Lake chief on
  the plant that still isn't finished" has no verb of saying and no speaker, "W". * Flags for people
  quoted: a trader's looted goods, a mother's pharmacy bill and a pensioner's payment to a neighbour
  for water are private circumstances, ""; a tanker that came at 2 a.m. and ran dry, "it stops at
  Mang Pedring's field", the club's 160 members and a tandoor's roti price are checkable facts about
  a public service, a public work, a club or a public price, "W"; "The school, the health centre and
  the only shop are all over there." is "W"; "Nine years is not time." and "It's a childhood." "".

Splits. "a.m." ("Testimony resumes Thursday at 9 a.m." before "The trial"), "p.m." ("on Saturday at
4 p.m." before "The sewer line"), "Register." and "Inc." (before "All rights reserved."), "Ltd."
(before "Registered in England No. 07315620." and before "All rights reserved."), "Pvt. Ltd." and
"(Pty) Ltd." (before "All rights reserved."), "Pty Ltd." (before "ABN 61 204 778 395."), "Corp." (at
the end of a line and before "All Rights Reserved."), "No." ("MWINYIHAJI-SAGGAF: No." before "The
first laboratory confirmation"), "£1.6m." at the end of a sentence, a "?" in furniture before a
capital ("Got a tip on this story?" / "Email ...", "Do you have a story for us?", "Have a story from
your area?", "Have a news tip?", "Have a story?") and a "?" before a capital inside a turn ("... in
February." / "Why did it take two months?") end a sentence; "6:12 p.m. ET", "9:48 p.m. ET", "Inc.
on", "U.S. Attorney", "U.S. District Judge", "State Sen.", "State Rep.", "Sen. Efren", "Rep.
Marites", "£3.8m gap", "SP Folasade", "2.3 hectares", "₦4.5 million", "Mrs. Kafayat", "Mrs.
Bolanle", "Dr. Halima", "Eng. Omari", "DR. HALIMA", "ENG. OMARI", "10 a.m. today", "6 a.m. to 6
p.m., while", "Ltd., took over", "Coun. Delbert", "Coun. Oshkiigan-Teboskin", "$41.6 million",
"5.00am", "$2.4b", "4.2 per cent", "R. V. Dhanawade-Korgaonkar", "Meher K. Patanwala", "Pvt. Ltd.,
had found", "₹86-crore", "₹1.5 lakh", "The Rev. Lungile", "6 a.m. to 6 p.m. every day", "2 a.m. on
Saturday", "R4.8 million", "2025/26", "₱96.4-M", "1.2 kilometers", "Engr. Leonardo", "Dr. Moses",
"Health Centre IV in", "11 p.m. on", "Shs23,500", "Dr. Annet", "11.40pm,", "R.C. School", "5 a.m. to
9 p.m. until", "Dr. Rubina", "2.1 million" and "Rs3,900" never do. A "?" closing a quote before a
lower-case attribution ("” she asked.", "” he asked.") or before a title and surname with a verb of
saying ("“Half of what?” Alhaji Adekambi-Oyesilekan asked.", "Where is the dike?”
Castromayor-Ledesma asked.") does not end the sentence, nor does a "?" closing a quote inside a
quote before "she said" ("?’” she said."); "Oshkiigan-Teboskin: Partly." and "MWINYIHAJI-SAGGAF:
No." are sentences of their own.

`CASES` holds 30 sentence-split cases in the format of `labelled_new56.CASES` (id, text, expected
sentences), each taken word for word from these pages (consecutive lines joined by a newline,
sentences of one line by a space) and written the same way: what a reviewer wants, not what the
engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "US metro daily, a contractor tells a federal jury he bribed a former city water director (masthead, subscribe strip, menu with pipes, section label, headline with tells jury, standfirst carrying the defence lawyer, byline with email, published and updated lines with p.m. ET, share strip, caption and credit, a lead describing the contractor named in the next sentence, Inc. mid-sentence, told the jury with a quote inside a quote, according to the indictment, U.S. Attorney, a prosecutor and a defence lawyer alternating he, said in a filing, a judge's order and she wrote, a witness named after her quote with described, a city spokesperson then She said, State Sen. wrote on X and State Rep. replied on X, declined to comment, 9 a.m. ending a sentence, tip line split at a question, copyright and links)",
    "English regional news site, a district council cuts its pool subsidy (masthead, menu, crumb, headline, standfirst carrying the opposition leader, Local Democracy byline, date line in capitals, share strip, caption and image credit, Cllr and Council leader dropped, two women alternating with rejected that, an officer quoted inside a quote, a newsletter prompt in the story, a report to the cabinet then The report said, a council spokeswoman then She said, the council then It said, an MP with a postnominal MP in a post on X then he wrote, a club coach's question before she asked, did not respond, read-more, tip line split at a question, Ltd. before Registered in England No.)",
    "Nigerian national daily, police seal a market after traders and a church clash over land (masthead in capitals, strap, menu, crumb, headline, byline with place, date and time, share strip, caption and photo credit, SP dropped from a police spokeswoman then She said, The church says, Pastor and Alhaji alternating, a question before Alhaji and asked, Chief dropped from the Baale and his nephew sharing Olabamiji, a post on Facebook then he wrote, The Baale by title, an imam's quote over three paragraphs with the cue only in the first and a quote inside it, Hon. and Mrs. dropped, did not respond to calls and text messages, related list, follow line, copyright)",
    "Kenyan regional paper, a transcript of a county press conference on a cholera outbreak (masthead, menu, crumb, transcript headline, byline, date line, share strip, the paper's introduction naming both officials with Dr. and Eng., a two-sentence transcript note, prefixes DR. HALIMA ...: and ENG. OMARI ...: then short prefixes, 10 a.m. today, 4 p.m. ending a sentence, reporters' QUESTION turns citing residents and a sheikh, No. as a sentence, [crosstalk], [END OF TRANSCRIPT], the sheikh's reply told to the paper, a department that declined to comment, the water company then It said, WhatsApp tip line split at a question, footer)",
    "Canadian regional paper, a Q&A with a First Nation chief on nine years of boil-water advisory (masthead, strap, menu, crumb, headline without a verb, standfirst carrying the chief, byline, published line, share strip, caption and credit, a department's says, an edited note, Signal: and Oshkiigan-Teboskin: prefixes, questions citing Ottawa and a councillor's Facebook post, an official quoted inside an answer, a cousin sharing her surname with Coun., a federal spokesperson then She said, Ltd. mid-sentence, did not respond, related, tip line split at a question, footer)",
    "Australian business daily, a miner nears a port deal with the state government (masthead, menu, section label, headline with sources say, standfirst, byline with role, date line with 5.00am, save-share strip, two senior officials who asked not to be named, a person familiar with the talks then the person said, a person briefed on the talks who was not authorised to speak, draft terms without a speaker, a statement to the ASX then It said, a spokeswoman who declined to comment, the Premier's spokesman who does not comment, a consultants' report via according to then The report estimated and It said, MLA postnominal, a fishers' association chairman, department figures via according to, did not respond to questions, licence line, read-more, Pty Ltd. before ABN)",
    "Indian English-language daily, the High Court stays the demolition of a vegetable market (masthead in capitals, e-paper strip, menu, crumb, headline of a court order, standfirst of two sources at a semicolon carrying the vendors' body, byline, updated line in IST, follow-share strip, Justice dropped and initials R. V. and K. kept, told the bench, submitted, countered, a question before he asked, the bench observed, said in a filing then It said, Pvt. Ltd. mid-sentence, a senior civic official who did not want to be named, according to the vendors' association then its secretary, ₹ crore and lakh, a corporator's reported speech, declined to comment as sub judice, also-read, WhatsApp line, Pvt. Ltd. before All rights reserved)",
    "South African community weekly, a township in its third week without piped water (masthead in capitals, strap, menu, section label, headline, standfirst of two sources at a semicolon carrying the councillor, byline, date line, share strip, caption and credit, a named municipal spokeswoman and a ward councillor alternating she, She is welcome to check it, a question inside a quote before she said, the municipality's Facebook post then It said, The Rev. dropped, 6 a.m. to 6 p.m., an opposition councillor with Cllr, a pensioner's quote, a department's provincial office, did not respond to questions, WhatsApp line, related, (Pty) Ltd. footer)",
    "Philippine news site, a Senate hearing on an unfinished flood-control dike (masthead in capitals, menu, crumb, headline at a semicolon carrying the contractor with tells senators, standfirst carrying his sister the congresswoman, byline, published line, share strip, according to a COA report, Sen. dropped from two senators alternating he, a question before Castromayor-Ledesma asked, replied, Rep. and said in a post on Facebook then she wrote, Her brother told senators, ADVERTISEMENT, the DPWH then It said, Engr. dropped, Corp. ending a line, did not respond to text messages, a barangay captain, 10 a.m. at the end, read line, Corp. before All Rights Reserved)",
    "Ugandan national daily, mothers told to buy gloves before giving birth at a health centre (masthead in capitals, strap, menu, crumb, headline, standfirst at a semicolon carrying the in-charge with blames, byline, added line, share strip, a quote with a quote inside named only after it with That is what ... says, Health Centre IV, 11 p.m., a group of mothers who described, Dr. dropped, an in-charge's quote over three paragraphs with the cue only in the first, a stores spokesperson then She said, a permanent secretary's circular, according to the ministry's guidelines, a Woman MP who wrote on X, Sheikh dropped with a khadi role, a mother named after her quote, declined to comment and did not answer phone calls, related, e-paper pitch, footer)",
    "Trinidad and Tobago daily, a village cut off by a bridge collapse (masthead, menu, crumb, headline at a semicolon carrying an unnamed minister with promises, byline, date line, share strip, caption and credit, a priest's two quote paragraphs named afterwards with said those words and The Rev. dropped, police said lower case and at the head of a sentence, 11.40pm, an unnamed minister who told the House of Representatives then He said, an opposition MP's post on Facebook then He posted and he wrote, Government Sen. dropped, a regional corporation then It said, 5 a.m. to 9 p.m., Cllr dropped, R.C. School, did not respond to questions, more-news, tip line split at a question, footer)",
    "Pakistani English-language daily, the province sets a wheat release price for flour mills (masthead in capitals, e-paper city strip, menu, section label, headline with says minister, staff-reporter byline, published line, share strip, LAHORE: dateline, reported speech throughout with said, further said, added, claimed, termed and said and rejected the claim, a millers' union chairman, an opposition MPA, an official requesting anonymity then He said, an economist with Dr. dropped, a food secretary who declined to comment, according to a report by the bureau of statistics, a tandoor owner's price, published-in line, comments notice, copyright)",
]

ARTICLES = [
    [  # 1. US metro daily, a contractor tells a federal jury he bribed a former city water director
        [("THE OSTRAVEN REGISTER", "", "", "B")],
        [("Subscribe  |  Log in  |  e-Edition  |  Newsletters", "", "", "B")],
        [("News | Local | Courts | Politics | Business | Sports | Opinion | Obituaries", "", "", "B")],
        [("Courts", "", "", "B")],
        [("Contractor tells jury he paid ex-water chief $86,000 in cash over four years", "Terrence Pendlerock", "tells jury", "W")],
        [("Defense says the money was a string of loans between fishing buddies", "Raymond Farthingdale", "says", "W")],
        [("By Dana Hollowmoor-Fiskell  |  dhollowmoor@ostravenregister.com", "", "", "B")],
        [("Published 6:12 p.m. ET April 15, 2026  |  Updated 9:48 p.m. ET April 15, 2026", "", "", "B")],
        [("Share  |  Email  |  Print  |  Comments (27)", "", "", "B")],
        [("Former Columbus water division director Glen Varnack-Hosmer leaves the federal courthouse downtown on Tuesday.", "", "", ""),
         ("Marisol Arrietabal-Skov/Register", "", "", "B")],
        [("A paving contractor told a federal jury in Columbus on Wednesday that he handed the city's former water division director $86,000 in cash over four years, along with three fishing trips on Lake Erie, in return for help winning city contracts.", "Terrence Pendlerock", "told a federal jury", "W")],
        [("Terrence Pendlerock, 61, who owns Pendlerock Paving & Sealcoat Inc. on the city's west side, said he began paying Glen Varnack-Hosmer in 2019, after his company lost two bids it had expected to win.", "Terrence Pendlerock", "said", "W")],
        [("“I was told that was how it worked,” Pendlerock told the jury.", "Terrence Pendlerock", "told the jury", ""),
         ("“Nobody ever said the word bribe.", "Terrence Pendlerock", "told the jury", ""),
         ("It was always, ‘Take care of the man, and the man takes care of you.’”", "Terrence Pendlerock", "told the jury", "")],
        [("Varnack-Hosmer, 58, who ran the city's water division from 2016 until he resigned in 2023, is charged with bribery, honest-services wire fraud and lying to FBI agents.", "", "", "W"),
         ("He has pleaded not guilty.", "", "", "W")],
        [("According to the indictment, Varnack-Hosmer steered at least 14 contracts worth $9.2 million to Pendlerock's company between 2019 and 2022.", "the indictment", "according to", "W")],
        [("Assistant U.S. Attorney Nathaniel Brevoort-Kasza walked Pendlerock through bank records showing 31 cash withdrawals of between $2,000 and $4,500 over that period.", "", "", "W"),
         ("Pendlerock testified that he took the money out in cash because Varnack-Hosmer had told him never to write a check.", "Terrence Pendlerock", "testified", "W")],
        [("Pendlerock pleaded guilty in January 2025 to a single count of conspiracy and agreed to cooperate with prosecutors.", "", "", "W"),
         ("He has not been sentenced.", "", "", "W")],
        [("Under cross-examination, defense attorney Raymond Farthingdale asked him why he had waited until his own indictment to tell anyone about the payments.", "Raymond Farthingdale", "asked", ""),
         ("“Because I was scared,” Pendlerock said.", "Terrence Pendlerock", "said", "")],
        [("Farthingdale told jurors in his opening statement last week that the money was a series of personal loans between two men who had fished together since high school.", "Raymond Farthingdale", "told jurors", "W"),
         ("He said Varnack-Hosmer had paid back at least $30,000 of it.", "Raymond Farthingdale", "said", "W")],
        [("Outside the courtroom, Brevoort-Kasza said the government had found no record of any repayment in either man's bank accounts.", "Nathaniel Brevoort-Kasza", "said", "W"),
         ("“You don't lend a friend money in an envelope in a parking lot,” he told reporters.", "Nathaniel Brevoort-Kasza", "told reporters", "")],
        [("Varnack-Hosmer's lawyers said in a filing on Monday that the fishing trips were social outings that had nothing to do with city business, and asked U.S. District Judge Helena Marsdyke-Quarlesby to keep any mention of them out of the trial.", "Varnack-Hosmer's lawyers", "said in a filing", "W")],
        [("The judge denied the request on Tuesday.", "", "", "W"),
         ("In a two-page order, she wrote that the trips were “relevant to the nature of the relationship” between the two men.", "Helena Marsdyke-Quarlesby", "wrote", "W")],
        [("“He would lean in my door and say, ‘Put Terry's on top.’", "Renata Fauquier-Hollins", "described", "W"),
         ("I did what I was told.”", "Renata Fauquier-Hollins", "described", "")],
        [("That is how Renata Fauquier-Hollins, a former contracts manager in the water division, described Varnack-Hosmer's instructions from the witness stand on Tuesday.", "Renata Fauquier-Hollins", "described", ""),
         ("She testified that she had moved Pendlerock Paving's bids to the top of the review pile at least four times.", "Renata Fauquier-Hollins", "testified", "W")],
        [("A spokesperson for the City of Columbus said the city had reviewed every contract Pendlerock Paving won between 2016 and 2023 and had turned its findings over to federal prosecutors.", "A spokesperson for the City of Columbus", "said", "W"),
         ("She said the company has not been awarded city work since 2023.", "A spokesperson for the City of Columbus", "said", "W")],
        [("State Sen. Lorraine Ustarroz-Kemplin, a Columbus Democrat, wrote on X on Tuesday night that the case showed why large Ohio cities need an independent inspector general.", "Lorraine Ustarroz-Kemplin", "wrote on X", ""),
         ("She wrote that she would reintroduce her bill to create one when the Senate returns on May 5.", "Lorraine Ustarroz-Kemplin", "wrote", "W")],
        [("State Rep. Curtis Bramhill-Nwafor, a Republican on the House oversight committee, replied on X that an inspector general “would not have caught envelopes in a parking lot.”", "Curtis Bramhill-Nwafor", "replied on X", "")],
        [("Varnack-Hosmer declined to comment as he left the courthouse with his wife.", "Glen Varnack-Hosmer", "declined to comment", ""),
         ("Farthingdale said his client would testify in his own defense next week.", "Raymond Farthingdale", "said", "W")],
        [("Testimony resumes Thursday at 9 a.m.", "", "", "W"),
         ("The trial is expected to last three weeks.", "", "", "")],
        [("Related: Columbus water rates to rise 6% in July after council vote", "", "", "B")],
        [("Got a tip on this story?", "", "", "B"),
         ("Email courts@ostravenregister.com or call 614-555-0143.", "", "", "B")],
        [("© 2026 The Ostraven Register.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Terms of Use  ·  Privacy Policy  ·  Your Privacy Choices  ·  Site Map", "", "", "B")],
    ],
    [  # 2. English regional news site, a district council cuts its pool subsidy
        [("Hathersby Echo", "", "", "B")],
        [("News   Sport   What's On   Property   Jobs   Announcements", "", "", "B")],
        [("News › Local News › Marlwick", "", "", "B")],
        [("Hathersby's only public swimming pool to shut after 52 years as council cabinet cuts £410,000 subsidy", "", "", "W")],
        [("Opposition leader says usage figures were ‘cherry-picked’ and will seek a call-in", "Priya Athwal-Hessilhead", "says", "W")],
        [("By Callum Redfearn-Amadasun, Local Democracy Reporter", "", "", "B")],
        [("10:27, 16 APR 2026", "", "", "B")],
        [("Share  |  Facebook  |  X  |  WhatsApp  |  Email", "", "", "B")],
        [("Hathersby Leisure Centre on Skelmoor Road opened in 1974.", "", "", "W"),
         ("(Image: Hathersby Echo)", "", "", "B")],
        [("Hathersby's only public swimming pool will close on August 31 after councillors voted to stop paying for it.", "", "", "W")],
        [("Marlwick District Council's cabinet voted by six to two on Wednesday evening to withdraw its £410,000-a-year subsidy to Hathersby Leisure Centre.", "", "", "W")],
        [("Council leader Cllr Judith Carnveth-Trevascus said the council faced a £3.8m gap in next year's budget and could no longer support a pool used by fewer than 400 people a week.", "Judith Carnveth-Trevascus", "said", "W")],
        [("“Nobody becomes a councillor to close a swimming pool,” she said.", "Judith Carnveth-Trevascus", "said", ""),
         ("“But I have a legal duty to set a balanced budget, and I am not going to cut adult social care to keep the water warm.”", "Judith Carnveth-Trevascus", "said", "")],
        [("Sign up to the Hathersby Echo daily newsletter for the stories that matter to you", "", "", "B")],
        [("Cllr Priya Athwal-Hessilhead, who leads the opposition Hathersby Independents group, said the usage figure was misleading because the centre had been shut for eleven weeks of the past year for roof repairs.", "Priya Athwal-Hessilhead", "said", "W"),
         ("She said the council's own figures showed 1,140 visits a week in 2023, before the repairs began.", "Priya Athwal-Hessilhead", "said", "W")],
        [("Carnveth-Trevascus rejected that.", "Judith Carnveth-Trevascus", "rejected", ""),
         ("She said the 2023 figure included school swimming lessons, which the council is not required to provide at the centre.", "Judith Carnveth-Trevascus", "said", "W"),
         ("“We are comparing apples and oranges,” she told the meeting.", "Judith Carnveth-Trevascus", "told the meeting", "")],
        [("Athwal-Hessilhead said officers had given her group a very different message three months earlier.", "Priya Athwal-Hessilhead", "said", ""),
         ("“In January an officer stood in this chamber and said, ‘There are no plans to close the pool,’” she said.", "Priya Athwal-Hessilhead", "said", "W"),
         ("“And here we are.”", "Priya Athwal-Hessilhead", "said", "")],
        [("She said her group would ask the council's overview and scrutiny committee on Monday to call the decision in.", "Priya Athwal-Hessilhead", "said", "W"),
         ("Under the council's constitution, a cabinet decision can be called in by any five councillors within five working days.", "", "", "W")],
        [("According to a report to the cabinet, the pool's boilers and filtration plant need replacing within three years at a cost of about £1.6m.", "a report to the cabinet", "according to", "W"),
         ("The report said the centre's gym and sports hall would stay open under a new operator.", "The report", "said", "W")],
        [("A spokeswoman for Marlwick District Council said the council had written to 14 swimming clubs and schools to help them find pool time elsewhere.", "A spokeswoman for Marlwick District Council", "said", "W"),
         ("She said the nearest public pool, in Cresbury Vale, was 11 miles away and served by the X14 bus once an hour.", "A spokeswoman for Marlwick District Council", "said", "W")],
        [("In a statement issued after the vote, the council said the pool would be drained but the building kept intact for five years in case new funding was found.", "the council", "said", "W"),
         ("It said it had asked the government for a one-off grant to keep the pool open until 2028 but had not had a reply.", "Marlwick District Council", "said", "W")],
        [("In a post on X, Dominic Threapwick-Agu MP, who represents Hathersby and Cresbury Vale, said he was “gutted” and had asked for a meeting with the sports minister.", "Dominic Threapwick-Agu", "said", "W"),
         ("“Fifty-two years of Hathersby kids learning to swim, gone to save £410k,” he wrote.", "Dominic Threapwick-Agu", "wrote", "W")],
        [("Sandra Keelby-Mowitt, head coach of Hathersby Dabchicks Swimming Club, said the club's 160 members trained at the centre four nights a week.", "Sandra Keelby-Mowitt", "said", "W"),
         ("“Where are 160 children going to swim on a Tuesday night?” she asked.", "Sandra Keelby-Mowitt", "asked", "")],
        [("Vantoria Leisure, which runs the centre under contract, did not respond to a request for comment.", "Vantoria Leisure", "did not respond to a request for comment", "")],
        [("READ MORE: Cresbury Vale lido reopening pushed back to June", "", "", "B")],
        [("Do you have a story for us?", "", "", "B"),
         ("Email newsdesk@hathersbyecho.co.uk", "", "", "B")],
        [("Comments are closed on this article.", "", "", "B")],
        [("© 2026 Hathersby Echo Media Ltd.", "", "", "B"),
         ("Registered in England No. 07315620.", "", "", "B")],
    ],
    [  # 3. Nigerian national daily, police seal a market after traders and a church clash over land
        [("OGUNVALE TRIBUNE", "", "", "B")],
        [("Truth without fear or favour", "", "", "B")],
        [("Home   News   Politics   Business   Metro   Sports   Opinion   Columns", "", "", "B")],
        [("Home » News » South West", "", "", "B")],
        [("Police seal Ilemoro market after traders, church clash over land", "", "", "W")],
        [("By Adewale Okunmuyiwa-Ajose, Ibadan", "", "", "B")],
        [("April 15, 2026 | 7:58 am", "", "", "B")],
        [("Share:  Facebook   X   WhatsApp   Telegram", "", "", "B")],
        [("Shops at the Ilemoro daily market after it was sealed by police on Tuesday.", "", "", "W"),
         ("PHOTO: Ogunvale Tribune", "", "", "B")],
        [("The police in Oyo State have sealed the Ilemoro daily market after a clash on Monday between traders and members of a church over ownership of the land left 11 people injured.", "", "", "W")],
        [("The Police Public Relations Officer in the state, SP Folasade Ebunoluwa-Adigboluja, said in a statement on Tuesday that 14 people had been arrested and that the market would remain closed until further notice.", "Folasade Ebunoluwa-Adigboluja", "said in a statement", "W"),
         ("She said officers recovered two cutlasses and a locally made pistol at the scene.", "Folasade Ebunoluwa-Adigboluja", "said", "W")],
        [("The land, about 2.3 hectares beside the Ilemoro motor park, is claimed by both the Ilemoro Market Traders Association and the Living Waters Redemption Assembly.", "", "", "W"),
         ("The church says it bought the plot from the Olabamiji ruling family in 2011 for ₦4.5 million.", "The church", "says", "W")],
        [("Its senior pastor, Pastor Ezekiel Olaniwunmi-Falusi, said the church held a certificate of occupancy issued by the state government in 2014.", "Ezekiel Olaniwunmi-Falusi", "said", "W"),
         ("“We are not land grabbers,” he said.", "Ezekiel Olaniwunmi-Falusi", "said", ""),
         ("“We have our papers, and we have paid ground rent to the government every year since.”", "Ezekiel Olaniwunmi-Falusi", "said", "W")],
        [("The chairman of the traders' association, Alhaji Rasheed Adekambi-Oyesilekan, said women had sold foodstuffs on the site since the 1970s, long before the church came.", "Rasheed Adekambi-Oyesilekan", "said", "W"),
         ("He said the association went to the High Court in Ibadan in 2019 to challenge the sale and that the case was still pending.", "Rasheed Adekambi-Oyesilekan", "said", "W")],
        [("Pastor Olaniwunmi-Falusi said that case was struck out in 2022.", "Ezekiel Olaniwunmi-Falusi", "said", "W"),
         ("He said the traders had been offered stalls in the church's planned shopping complex at half the normal rent.", "Ezekiel Olaniwunmi-Falusi", "said", "W")],
        [("“Half of what?” Alhaji Adekambi-Oyesilekan asked.", "Rasheed Adekambi-Oyesilekan", "asked", ""),
         ("“They want us to pay rent on our own land.”", "Rasheed Adekambi-Oyesilekan", "asked", "")],
        [("The Baale of Ilemoro, Chief Samuel Akinlolu Olabamiji, said the ruling family had never agreed to the sale.", "Samuel Akinlolu Olabamiji", "said", "W"),
         ("He said the land was sold by his late brother's son, Kolade Olabamiji, without the consent of the family council.", "Samuel Akinlolu Olabamiji", "said", "W")],
        [("Kolade Olabamiji, who now lives in Lagos, said in a post on Facebook on Tuesday night that he had acted with the written consent of five of the family's seven elders.", "Kolade Olabamiji", "said in a post on Facebook", "W"),
         ("“I have nothing to hide,” he wrote.", "Kolade Olabamiji", "wrote", ""),
         ("“Let the Baale show the court his own papers.”", "Kolade Olabamiji", "wrote", "")],
        [("The Baale said he had not seen the post.", "Samuel Akinlolu Olabamiji", "said", "")],
        [("The Chief Imam of Ilemoro, Imam Mustapha Ayanleke-Olasupo, said he had spoken to leaders of both sides on Monday night.", "Mustapha Ayanleke-Olasupo", "said", "W")],
        [("“I told them, ‘This land will still be here tomorrow, but a dead man will not,’” he said.", "Mustapha Ayanleke-Olasupo", "said", ""),
         ("“Muslims and Christians buy from the same women in this market.", "Mustapha Ayanleke-Olasupo", "said", ""),
         ("My own wife buys pepper from a deaconess of that church.", "Mustapha Ayanleke-Olasupo", "said", "")],
        [("“When I was a boy there was no wall here and no church.", "Mustapha Ayanleke-Olasupo", "said", ""),
         ("There was the market, the Baale's compound and the road to the farms.", "Mustapha Ayanleke-Olasupo", "said", "")],
        [("“Let the court decide.", "Mustapha Ayanleke-Olasupo", "said", ""),
         ("Whoever wins, the women must still have somewhere to sell.”", "Mustapha Ayanleke-Olasupo", "said", "")],
        [("The chairman of Ilemoro Local Government, Hon. Wasiu Ajiboyede-Olaseni, said a seven-member panel of inquiry would be inaugurated on Friday and given two weeks to report.", "Wasiu Ajiboyede-Olaseni", "said", "W"),
         ("He said the market would reopen only after the panel had submitted its report.", "Wasiu Ajiboyede-Olaseni", "said", "W")],
        [("Mrs. Kafayat Omolewa-Arowosaye, who sells pepper and tomatoes, said goods worth ₦380,000 were looted from her stall during the clash.", "Kafayat Omolewa-Arowosaye", "said", ""),
         ("“I don't know church, I don't know land.", "Kafayat Omolewa-Arowosaye", "said", ""),
         ("I only know my market,” she said.", "Kafayat Omolewa-Arowosaye", "said", "")],
        [("Ebunoluwa-Adigboluja said the 14 suspects would be arraigned before a magistrates' court in Ibadan on Thursday.", "Folasade Ebunoluwa-Adigboluja", "said", "W")],
        [("The state Commissioner for Local Government and Chieftaincy Matters, Mrs. Bolanle Ajibike-Olatubosunde, did not respond to calls and text messages on Wednesday.", "Bolanle Ajibike-Olatubosunde", "did not respond to calls and text messages", "")],
        [("RELATED NEWS", "", "", "B")],
        [("Oyo assembly moves to regulate sale of family land", "", "", "B")],
        [("Two injured as okada riders, traders clash in Ibadan", "", "", "B")],
        [("Follow us on Facebook, X and Instagram @ogunvaletribune", "", "", "B")],
        [("Copyright © 2026 Ogunvale Tribune Newspapers Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 4. Kenyan regional paper, a transcript of a county press conference on a cholera outbreak
        [("KUSINI MIRROR", "", "", "B")],
        [("News | Counties | Business | Sports | Tourism | Opinion | Videos", "", "", "B")],
        [("Home / Counties / Mombasa", "", "", "B")],
        [("TRANSCRIPT: County health chief and water company on the Mrima Chini cholera outbreak", "", "", "W")],
        [("By Kassim Mwamsindo-Lali", "", "", "B")],
        [("Wednesday, April 15, 2026 — 4:20 PM", "", "", "B")],
        [("Share:  Facebook  |  X  |  WhatsApp", "", "", "B")],
        [("Mombasa County's Executive Committee Member for Health, Dr. Halima Mwinyihaji-Saggaf, and the managing director of the Kusini Mashariki Water and Sewerage Company, Eng. Omari Kitsao-Mwadzombo, briefed journalists at the county headquarters on Wednesday on the cholera outbreak in Mrima Chini and Tangana wards.", "", "", "W")],
        [("The following is an edited transcript of the briefing.", "", "", "B"),
         ("Questions from reporters have been shortened.", "", "", "B")],
        [("DR. HALIMA MWINYIHAJI-SAGGAF: Good afternoon, and thank you for coming.", "Halima Mwinyihaji-Saggaf", "DR. HALIMA MWINYIHAJI-SAGGAF:", "")],
        [("As of 10 a.m. today we have recorded 63 suspected cholera cases in Mrima Chini and Tangana wards since April 6.", "Halima Mwinyihaji-Saggaf", "DR. HALIMA MWINYIHAJI-SAGGAF:", "W"),
         ("Forty-one of them have been confirmed by the county laboratory.", "Halima Mwinyihaji-Saggaf", "DR. HALIMA MWINYIHAJI-SAGGAF:", "W"),
         ("Two people have died, a woman aged 71 and a boy aged four.", "Halima Mwinyihaji-Saggaf", "DR. HALIMA MWINYIHAJI-SAGGAF:", "W")],
        [("Eighteen patients are still admitted at Tangana Sub-County Hospital, and all of them are stable.", "Halima Mwinyihaji-Saggaf", "DR. HALIMA MWINYIHAJI-SAGGAF:", "W"),
         ("Our investigation found that a broken sewer line on Mwavumbo Road had been leaking into a water main that serves both wards.", "Halima Mwinyihaji-Saggaf", "DR. HALIMA MWINYIHAJI-SAGGAF:", "W"),
         ("I want to thank Sheikh Abdallah Faraji-Basalim of Masjid Taqwa, who allowed us to use the mosque hall as an oral rehydration point.", "Halima Mwinyihaji-Saggaf", "DR. HALIMA MWINYIHAJI-SAGGAF:", "W")],
        [("ENG. OMARI KITSAO-MWADZOMBO: We isolated the damaged main on Saturday at 4 p.m.", "Omari Kitsao-Mwadzombo", "ENG. OMARI KITSAO-MWADZOMBO:", "W"),
         ("The sewer line was repaired on Monday night.", "Omari Kitsao-Mwadzombo", "ENG. OMARI KITSAO-MWADZOMBO:", "W"),
         ("From tomorrow, the two wards will be supplied on Tuesdays, Thursdays and Saturdays only, from 6 a.m. to 6 p.m., while we flush and chlorinate the line.", "Omari Kitsao-Mwadzombo", "ENG. OMARI KITSAO-MWADZOMBO:", "W")],
        [("QUESTION (Kassim Mwamsindo-Lali, Kusini Mirror): Residents say they reported the leak to your company in February.", "Residents", "say", "W"),
         ("Why did it take two months?", "", "", "")],
        [("KITSAO-MWADZOMBO: We received one report, on March 19, not in February.", "Omari Kitsao-Mwadzombo", "KITSAO-MWADZOMBO:", "W"),
         ("Our team went out on March 21 and did not find a leak at that time.", "Omari Kitsao-Mwadzombo", "KITSAO-MWADZOMBO:", "W"),
         ("I accept that we should have gone back.", "Omari Kitsao-Mwadzombo", "KITSAO-MWADZOMBO:", "")],
        [("QUESTION (Neema Cherotich-Makau, Radio Mwamko FM): Sheikh Faraji-Basalim told worshippers at Friday prayers that the county knew about the outbreak a week before it told the public.", "Abdallah Faraji-Basalim", "told worshippers", "W"),
         ("Is that true?", "", "", "")],
        [("MWINYIHAJI-SAGGAF: No.", "Halima Mwinyihaji-Saggaf", "MWINYIHAJI-SAGGAF:", "W"),
         ("The first laboratory confirmation came on April 9, and we announced it the same afternoon.", "Halima Mwinyihaji-Saggaf", "MWINYIHAJI-SAGGAF:", "W"),
         ("The Sheikh has been a partner in this response, and I have spoken to him.", "Halima Mwinyihaji-Saggaf", "MWINYIHAJI-SAGGAF:", "")],
        [("[crosstalk]", "", "", "B")],
        [("QUESTION: How many people have been vaccinated so far?", "", "", "")],
        [("MWINYIHAJI-SAGGAF: About 9,400 people, at four sites.", "Halima Mwinyihaji-Saggaf", "MWINYIHAJI-SAGGAF:", "W"),
         ("The national Ministry of Health sent us 20,000 doses on Monday.", "Halima Mwinyihaji-Saggaf", "MWINYIHAJI-SAGGAF:", "W")],
        [("QUESTION: Will schools in the two wards close?", "", "", "")],
        [("MWINYIHAJI-SAGGAF: Not at this time.", "Halima Mwinyihaji-Saggaf", "MWINYIHAJI-SAGGAF:", ""),
         ("We have asked head teachers to keep treated water in every classroom and to send home any child with diarrhoea.", "Halima Mwinyihaji-Saggaf", "MWINYIHAJI-SAGGAF:", "W")],
        [("KITSAO-MWADZOMBO: If I may add one thing.", "Omari Kitsao-Mwadzombo", "KITSAO-MWADZOMBO:", ""),
         ("Please boil or treat all drinking water, even after the supply comes back.", "Omari Kitsao-Mwadzombo", "KITSAO-MWADZOMBO:", "")],
        [("[END OF TRANSCRIPT]", "", "", "B")],
        [("Sheikh Faraji-Basalim told the Kusini Mirror on Thursday that he stood by his remarks.", "Abdallah Faraji-Basalim", "told the Kusini Mirror", ""),
         ("He said residents of Mrima Chini had shown him text messages sent to a county health officer on April 2 describing “many people with running stomach.”", "Abdallah Faraji-Basalim", "said", "W")],
        [("The county health department declined to comment on the messages.", "The county health department", "declined to comment", "")],
        [("In a statement on Wednesday evening, the water company said customers in the two wards would not be billed for April.", "the water company", "said", "W"),
         ("It said it would also replace 1.8 kilometres of sewer line on Mwavumbo Road by the end of June.", "the Kusini Mashariki Water and Sewerage Company", "said", "W")],
        [("Have a story from your area?", "", "", "B"),
         ("WhatsApp the Kusini Mirror newsroom on 0733 418 206.", "", "", "B")],
        [("ALSO READ: Fish traders at Mwachande jetty protest new landing fees", "", "", "B")],
        [("© 2026 Kusini Mirror Media Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("About Us  |  Contact  |  Advertise  |  Privacy Policy", "", "", "B")],
    ],
    [  # 5. Canadian regional paper, a Q&A with a First Nation chief on nine years of boil-water advisory
        [("The Voyageur Signal", "", "", "B")],
        [("Northwestern Ontario's news since 1921", "", "", "B")],
        [("News   Indigenous   Politics   Business   Sports   Obituaries   E-Edition", "", "", "B")],
        [("Home / News / Indigenous", "", "", "B")],
        [("Nine years of boiling water: Wabishkaa Lake chief on the plant that still isn't finished", "", "", "W")],
        [("Chief Marlene Oshkiigan-Teboskin says Ottawa has moved the opening date three times", "Marlene Oshkiigan-Teboskin", "says", "W")],
        [("Jordan Kestleman-Wardlaw, Staff Reporter", "", "", "B")],
        [("Published Apr 15, 2026  •  Last updated Apr 15, 2026  •  5 minute read", "", "", "B")],
        [("Share  |  Facebook  |  X  |  Email  |  Copy link", "", "", "B")],
        [("Chief Marlene Oshkiigan-Teboskin outside the unfinished water treatment plant in Wabishkaa Lake First Nation in March.", "", "", ""),
         ("Photo by Jordan Kestleman-Wardlaw /The Voyageur Signal", "", "", "B")],
        [("The 640 residents of Wabishkaa Lake First Nation, about 350 kilometres north of Thunder Bay, have been under a boil-water advisory since March 2017.", "", "", "W")],
        [("A new water treatment plant was supposed to open in 2023.", "", "", "W"),
         ("Indigenous Services Canada now says it will open in the fall of 2027.", "Indigenous Services Canada", "says", "W")],
        [("The Signal spoke to Chief Marlene Oshkiigan-Teboskin, who was first elected in 2021, by phone from the band office on Monday.", "", "", "W"),
         ("This interview has been edited for length and clarity.", "", "", "B")],
        [("Signal: What does a boil-water advisory mean for a family, day to day?", "", "", "")],
        [("Oshkiigan-Teboskin: It means every pot, every baby bottle, every bath.", "Marlene Oshkiigan-Teboskin", "Oshkiigan-Teboskin:", ""),
         ("A truck brings bottled water twice a week, and the band pays for it out of its own budget, about $38,000 a month.", "Marlene Oshkiigan-Teboskin", "Oshkiigan-Teboskin:", "W"),
         ("My grandchildren have never had a drink from a tap at home.", "Marlene Oshkiigan-Teboskin", "Oshkiigan-Teboskin:", "")],
        [("Signal: Ottawa says the delays are down to a dispute with the first contractor.", "Ottawa", "says", "W"),
         ("Is that fair?", "", "", "")],
        [("Oshkiigan-Teboskin: Partly.", "Marlene Oshkiigan-Teboskin", "Oshkiigan-Teboskin:", ""),
         ("The first contractor walked off the site in 2022 after a payment dispute, that's true.", "Marlene Oshkiigan-Teboskin", "Oshkiigan-Teboskin:", "W"),
         ("But the design was changed twice after that, and nobody asked us.", "Marlene Oshkiigan-Teboskin", "Oshkiigan-Teboskin:", "W"),
         ("The opening date has been moved three times now.", "Marlene Oshkiigan-Teboskin", "Oshkiigan-Teboskin:", "W"),
         ("An official told me last year, ‘Chief, these things take time.’", "Marlene Oshkiigan-Teboskin", "Oshkiigan-Teboskin:", ""),
         ("Nine years is not time.", "Marlene Oshkiigan-Teboskin", "Oshkiigan-Teboskin:", ""),
         ("It's a childhood.", "Marlene Oshkiigan-Teboskin", "Oshkiigan-Teboskin:", "")],
        [("Signal: Coun. Delbert Oshkiigan-Teboskin wrote on Facebook last week that the band should take Ottawa to court.", "Delbert Oshkiigan-Teboskin", "wrote on Facebook", ""),
         ("Do you agree with him?", "", "", "")],
        [("Oshkiigan-Teboskin: Delbert is my cousin, and he's angry, and he has every right to be.", "Marlene Oshkiigan-Teboskin", "Oshkiigan-Teboskin:", ""),
         ("Council hired a lawyer in February to look at our options.", "Marlene Oshkiigan-Teboskin", "Oshkiigan-Teboskin:", "W"),
         ("I'm not going to say more than that.", "Marlene Oshkiigan-Teboskin", "Oshkiigan-Teboskin:", "")],
        [("Signal: What would you say to the minister if she were listening?", "", "", "")],
        [("Oshkiigan-Teboskin: Come and stay with us for a week.", "Marlene Oshkiigan-Teboskin", "Oshkiigan-Teboskin:", ""),
         ("Bring your own water.", "Marlene Oshkiigan-Teboskin", "Oshkiigan-Teboskin:", "")],
        [("In an emailed statement, a spokesperson for Indigenous Services Canada said the department had committed $41.6 million to the plant and that construction was about 60 per cent complete.", "a spokesperson for Indigenous Services Canada", "said", "W"),
         ("She said a new contractor, Kettlerock Constructors Ltd., took over the site in April 2024, and that the design was changed to deal with “higher-than-expected levels of manganese” in the lake.", "a spokesperson for Indigenous Services Canada", "said", "W")],
        [("Kettlerock Constructors did not respond to a request for comment.", "Kettlerock Constructors", "did not respond to a request for comment", "")],
        [("Reached on Tuesday, Coun. Oshkiigan-Teboskin said he would bring a motion to council in May to start legal action.", "Delbert Oshkiigan-Teboskin", "said", "W"),
         ("“Talking hasn't worked,” he said.", "Delbert Oshkiigan-Teboskin", "said", "")],
        [("Related Stories", "", "", "B")],
        [("Second northern First Nation lifts water advisory after plant upgrade", "", "", "B")],
        [("Have a news tip?", "", "", "B"),
         ("Email newsroom@voyageursignal.ca", "", "", "B")],
        [("© 2026 Voyageur Signal Media Inc.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 6. Australian business daily, a miner nears a port deal with the state government
        [("The Westerly Review", "", "", "B")],
        [("Markets   Companies   Policy   Politics   Property   Opinion   Tech   Wealth", "", "", "B")],
        [("Mining", "", "", "B")],
        [("Karrabin close to $2.4b port deal with WA government, sources say", "two senior state government officials", "say", "W")],
        [("The miner would pay for a second berth at Port Cadrell in return for a 30-year lease.", "", "", "W")],
        [("Tamsin Rudderham-Paez  Resources reporter", "", "", "B")],
        [("Apr 16, 2026 – 5.00am", "", "", "B")],
        [("Save   Share   Gift this article", "", "", "B")],
        [("Iron ore miner Karrabin Resources is close to an agreement with the West Australian government to build a second export berth at Port Cadrell, two senior state government officials said.", "two senior state government officials", "said", "W")],
        [("The officials, who asked not to be named because the negotiations are confidential, said cabinet was due to consider the deal on May 4.", "two senior state government officials", "said", "W")],
        [("Under the draft terms, Karrabin would spend about $2.4 billion on the berth and a 14-kilometre rail spur, and in return would get a 30-year lease over the new berth at a fixed annual rate.", "", "", "W")],
        [("A person familiar with the talks said the two sides had agreed on the rate but were still arguing over who would pay to dredge the harbour, which could cost another $300 million.", "A person familiar with the talks", "said", "W")],
        [("“Dredging is the last big thing on the table,” the person said.", "A person familiar with the talks", "said", ""),
         ("“Everyone knows the port has to be deepened.", "A person familiar with the talks", "said", ""),
         ("Nobody wants to write the cheque.”", "A person familiar with the talks", "said", "")],
        [("The person said Karrabin had offered to pay half of the dredging bill if the state paid the rest.", "A person familiar with the talks", "said", "W")],
        [("A person briefed on the talks, who was not authorised to speak publicly, said the government wanted the deal signed before the state budget on May 12.", "A person briefed on the talks", "said", "W")],
        [("Karrabin said in a statement to the ASX on Wednesday that it was “in discussions with the State regarding port capacity” but that no binding agreement had been reached.", "Karrabin", "said in a statement to the ASX", "W"),
         ("It said it would update the market as required.", "Karrabin Resources", "said", "")],
        [("A Karrabin spokeswoman declined to comment beyond the statement.", "A Karrabin spokeswoman", "declined to comment", ""),
         ("A spokesman for the Premier said the government did not comment on commercial negotiations.", "A spokesman for the Premier", "said", "")],
        [("The new berth is central to the company's growth plans, according to a report prepared for Karrabin by Marrane Economics and released with its half-year results in February.", "a report prepared for Karrabin by Marrane Economics", "according to", "W")],
        [("The report estimated that the berth would allow exports to rise from 38 million tonnes a year to 61 million tonnes by 2031.", "The report", "estimated", "W"),
         ("It said each year of delay would cost the company about $310 million in lost revenue.", "The report", "said", "W")],
        [("The state member for Cadrell, Bronwyn Crowdus-Pendragh MLA, said she had learned of the talks from the media.", "Bronwyn Crowdus-Pendragh", "said", ""),
         ("“If the government is going to sign a 30-year deal over our harbour, the people who live on it should see it first,” she said.", "Bronwyn Crowdus-Pendragh", "said", "")],
        [("Dario Castelvecchi-Amari, who chairs the Cadrell Professional Fishers Association, said dredging would smother the seagrass beds where juvenile prawns grow.", "Dario Castelvecchi-Amari", "said", "W"),
         ("He said the association wrote to the state environment minister in March and had not received a reply.", "Dario Castelvecchi-Amari", "said", "W"),
         ("“Once the seagrass goes, the prawns go, and so do 140 jobs in this town,” he said.", "Dario Castelvecchi-Amari", "said", "W")],
        [("Any dredging would also need federal environmental approval, a process that has taken an average of 22 months for port projects since 2015, according to federal environment department figures.", "federal environment department figures", "according to", "W")],
        [("Karrabin shares rose 4.2 per cent to $3.71 on Wednesday.", "", "", "W"),
         ("Analysts at Greythorn Securities said in a note to clients that the deal, if signed, would be the largest private investment in a WA port since 2012.", "Analysts at Greythorn Securities", "said in a note to clients", "W")],
        [("The Department of Transport did not respond to questions about who would pay for the dredging.", "The Department of Transport", "did not respond to questions", "")],
        [("License this article", "", "", "B")],
        [("Read More", "", "", "B")],
        [("Iron ore slips as Chinese steel mills trim output", "", "", "B")],
        [("Copyright © 2026 Westerly Review Media Pty Ltd.", "", "", "B"),
         ("ABN 61 204 778 395.", "", "", "B")],
    ],
    [  # 7. Indian English-language daily, the High Court stays the demolition of a vegetable market
        [("THE WESTERN SAMACHAR", "", "", "B")],
        [("ePaper  |  Subscribe  |  Sign In", "", "", "B")],
        [("India | Mumbai | Pune | Thane | Business | Sports | Opinion | Explained", "", "", "B")],
        [("Home  /  Cities  /  Thane", "", "", "B")],
        [("HC stays demolition of Thane vegetable market till May 6, asks TMC where 312 vendors will go", "", "", "W")],
        [("Vendors' body says it was never shown the structural audit; civic body says the market could collapse in the monsoon", "the Wagholkar Nagar Bhaji Vikreta Sangh", "says", "W")],
        [("Siddhant Khandeparkar-Vaze", "", "", "B")],
        [("Mumbai | Updated: April 16, 2026 08:14 IST", "", "", "B")],
        [("Follow Us  |  Share  |  WhatsApp  |  X", "", "", "B")],
        [("The Bombay High Court on Wednesday stopped the Thane Municipal Corporation (TMC) from demolishing the 43-year-old Wagholkar Nagar vegetable market until May 6 and directed it to file an affidavit stating where the market's 312 licensed vendors would be moved.", "", "", "W")],
        [("A division bench of Justice R. V. Dhanawade-Korgaonkar and Justice Meher K. Patanwala was hearing a petition filed by the Wagholkar Nagar Bhaji Vikreta Sangh, the vendors' association.", "", "", "W")],
        [("Appearing for the vendors, senior advocate Ashutosh Gholapkar-Ninawe told the bench that the TMC issued demolition notices on March 28 giving vendors seven days to vacate.", "Ashutosh Gholapkar-Ninawe", "told the bench", "W"),
         ("He submitted that the market had stood on the plot since 1983 and that the vendors' licences were renewed by the corporation itself every year.", "Ashutosh Gholapkar-Ninawe", "submitted", "W")],
        [("Advocate Rajendra Sawantwadikar-Mhaiskar, appearing for the TMC, said the structure had been declared dangerous after a structural audit in January.", "Rajendra Sawantwadikar-Mhaiskar", "said", "W"),
         ("He said the corporation planned to move the vendors to a temporary shed on Karandikar Path while a new market-cum-parking building was constructed on the site.", "Rajendra Sawantwadikar-Mhaiskar", "said", "W")],
        [("Gholapkar-Ninawe countered that the shed had room for only 140 stalls.", "Ashutosh Gholapkar-Ninawe", "countered", "W"),
         ("“Where do the other 172 go?” he asked.", "Ashutosh Gholapkar-Ninawe", "asked", "")],
        [("The bench asked the corporation why the vendors had not been given a copy of the audit report.", "The bench", "asked", ""),
         ("“You cannot tell 312 families to leave in seven days and then tell the court the plan is in the file,” the bench observed.", "the bench", "observed", "W")],
        [("Justice Dhanawade-Korgaonkar said the court was not against redevelopment.", "R. V. Dhanawade-Korgaonkar", "said", ""),
         ("“But the people who sell there cannot be the last to know,” he said.", "R. V. Dhanawade-Korgaonkar", "said", "")],
        [("The TMC said in a filing last week that the audit, by Vastushakti Structural Consultants Pvt. Ltd., had found corroded reinforcement in 38 of the market's 64 columns.", "The TMC", "said in a filing", "W"),
         ("It said the new building would have 360 stalls and 420 parking spaces and would be completed by March 2028.", "the Thane Municipal Corporation (TMC)", "said", "W")],
        [("A senior civic official, who did not want to be named, said the corporation had already signed an ₹86-crore contract for the building and that any delay past June would push the work beyond the monsoon.", "A senior civic official", "said", "W")],
        [("The market handles about 40 tonnes of vegetables a day, according to the vendors' association.", "the vendors' association", "according to", "W"),
         ("Its secretary, Sushila Kadambande-Ghoravkar, 58, who has sold leafy vegetables at the market for 34 years, said the association had twice asked for the audit report under the Right to Information Act and had received no reply.", "Sushila Kadambande-Ghoravkar", "said", "W")],
        [("“My mother sat in this same spot before me,” she said.", "Sushila Kadambande-Ghoravkar", "said", ""),
         ("“Now they say the roof will fall.", "Sushila Kadambande-Ghoravkar", "said", ""),
         ("Nobody told us anything when they were collecting our licence fees.”", "Sushila Kadambande-Ghoravkar", "said", "")],
        [("Another vendor, Ganesh Wadkar-Tambe, 41, said he had taken a loan of ₹1.5 lakh in December to rebuild the platform of his stall.", "Ganesh Wadkar-Tambe", "said", ""),
         ("“Who will return that money?” he asked.", "Ganesh Wadkar-Tambe", "asked", "")],
        [("The local corporator, Nitin Bhandigare-Dalvi, said he had written to the municipal commissioner twice since January asking for the audit to be made public.", "Nitin Bhandigare-Dalvi", "said", "W"),
         ("He said the vendors were not against a new building but wanted a written guarantee of stalls in it.", "Nitin Bhandigare-Dalvi", "said", "")],
        [("Municipal Commissioner Abhijeet Sonawle-Karnik declined to comment, saying the matter was sub judice.", "Abhijeet Sonawle-Karnik", "declined to comment", "")],
        [("The court will hear the matter next on May 6.", "", "", "W")],
        [("Also Read | Thane civic body to auction 11 plots for parking towers", "", "", "B")],
        [("Click here to join The Western Samachar on WhatsApp for the latest news and updates", "", "", "B")],
        [("© The Western Samachar Pvt. Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 8. South African community weekly, a township in its third week without piped water
        [("SINQUMO WEEKLY VOICE", "", "", "B")],
        [("Your community, your voice", "", "", "B")],
        [("News | Community | Sport | Business | Opinion | Classifieds", "", "", "B")],
        [("News", "", "", "B")],
        [("Ludweni enters third week without water as pump repairs drag on", "", "", "W")],
        [("Councillor says tankers skip the upper sections; municipality says the schedule is online", "Nomvula Tshangana-Mfenyana", "says", "W")],
        [("Sisanda Mgoduka-Peters", "", "", "B")],
        [("16 April 2026", "", "", "B")],
        [("Share this article:  Facebook  WhatsApp  X", "", "", "B")],
        [("Residents fill buckets and drums from a municipal tanker in Ludweni on Tuesday.", "", "", ""),
         ("Picture: Sisanda Mgoduka-Peters", "", "", "B")],
        [("Residents of Ludweni, outside East London, have had no piped water for 16 days after two pumps failed at the Mbokotwana pump station on 31 March.", "", "", "W")],
        [("Gxulu Local Municipality spokesperson Zanele Mpofana-Dyantyi said one pump had been repaired on Monday and the second was being rewound by a contractor in East London.", "Zanele Mpofana-Dyantyi", "said", "W"),
         ("“We expect full supply to be restored by Friday,” she said.", "Zanele Mpofana-Dyantyi", "said", ""),
         ("She said 12 water tankers were visiting the township twice a day.", "Zanele Mpofana-Dyantyi", "said", "W")],
        [("The ward councillor, Cllr Nomvula Tshangana-Mfenyana, said the tankers came once a day at most and had not reached the upper sections of Ludweni since 9 April.", "Nomvula Tshangana-Mfenyana", "said", "W")],
        [("Asked about that, Mpofana-Dyantyi said the tanker schedule was posted on the municipality's Facebook page every morning.", "Zanele Mpofana-Dyantyi", "said", "W"),
         ("“She is welcome to check it,” she said.", "Zanele Mpofana-Dyantyi", "said", "")],
        [("Tshangana-Mfenyana said a schedule and a truck were not the same thing.", "Nomvula Tshangana-Mfenyana", "said", ""),
         ("“On Sunday an old man stopped me outside the clinic and asked, ‘Councillor, must I drink from the river now?’” she said.", "Nomvula Tshangana-Mfenyana", "said", ""),
         ("She said at least three elderly residents had been treated at Ludweni Clinic for dehydration since the outage began.", "Nomvula Tshangana-Mfenyana", "said", "W")],
        [("In a post on Facebook on Tuesday, the municipality apologised for the outage and said it would buy a third pump before winter.", "the municipality", "said", "W"),
         ("It said the pumps at Mbokotwana were 31 years old.", "Gxulu Local Municipality", "said", "W")],
        [("The Rev. Lungile Mafuya-Gqirhana, minister of Ludweni Methodist Church, said the church had opened its borehole to residents from 6 a.m. to 6 p.m. every day since the outage began.", "Lungile Mafuya-Gqirhana", "said", "W"),
         ("He said about 400 families were collecting water there.", "Lungile Mafuya-Gqirhana", "said", "W")],
        [("“People come with wheelbarrows and prams,” he said.", "Lungile Mafuya-Gqirhana", "said", ""),
         ("“We have had to put a man at the gate because the queue goes into the road.”", "Lungile Mafuya-Gqirhana", "said", "")],
        [("Cllr Andile Sopazi-Matyila, who chairs the council's infrastructure committee, said the committee was told in 2024 that the pumps needed replacing at a cost of R4.8 million.", "Andile Sopazi-Matyila", "said", "W"),
         ("He said the money was moved to a road-resurfacing project in the 2025/26 budget.", "Andile Sopazi-Matyila", "said", "W")],
        [("Nokuthula Dinga-Mqokozo, 67, who lives in the upper section, said she paid a neighbour R150 last week to fetch water from the church borehole in his bakkie.", "Nokuthula Dinga-Mqokozo", "said", ""),
         ("“The tanker came at 2 a.m. on Saturday, and by the time I got my buckets it was empty,” she said.", "Nokuthula Dinga-Mqokozo", "said", "W"),
         ("“I am diabetic, and I must take my pills with clean water.”", "Nokuthula Dinga-Mqokozo", "said", "")],
        [("The Department of Water and Sanitation's provincial office said it had asked the municipality for a written recovery plan within seven days.", "The Department of Water and Sanitation's provincial office", "said", "W")],
        [("Umqhele Electrical Rewinds, the contractor repairing the second pump, did not respond to questions sent on Wednesday.", "Umqhele Electrical Rewinds", "did not respond to questions", "")],
        [("Send us your community news: WhatsApp 071 552 0938", "", "", "B")],
        [("Related: Ward 14 residents march to municipal offices over estimated bills", "", "", "B")],
        [("© 2026 Sinqumo Weekly Voice (Pty) Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 9. Philippine news site, a Senate hearing on an unfinished flood-control dike
        [("TANAW LUZON", "", "", "B")],
        [("News | Regions | Nation | Business | Opinion | Lifestyle | Videos", "", "", "B")],
        [("Regions › Central Luzon", "", "", "B")],
        [("Contractor tells senators ₱96.4-M dike was finished; auditors' photos show a dead end", "Renato Dumalaog-Isidoro", "tells senators", "W")],
        [("Congresswoman, the contractor's sister, says she had no hand in the deal", "Marites Dumalaog-Isidoro", "says", "W")],
        [("By Joanna Bituin-Lagunzad", "", "", "B")],
        [("Published April 15, 2026 11:42 PM", "", "", "B")],
        [("Share   Tweet   Email", "", "", "B")],
        [("Contractor Renato Dumalaog-Isidoro, whose company was paid ₱96.4 million for a flood-control dike in Pampanga, told senators on Tuesday that the project was complete when it was turned over in 2024.", "Renato Dumalaog-Isidoro", "told senators", "W")],
        [("Only 1.2 kilometers of the planned 3.5-kilometer dike along the Sapang Matiyaga river in Barangay Tulayan Ilaya had been built, according to a Commission on Audit (COA) report released in March.", "a Commission on Audit (COA) report released in March", "according to", "W")],
        [("At the hearing of the Senate blue ribbon committee, Sen. Efren Castromayor-Ledesma showed photos from the report of an unpaved embankment ending in a rice field.", "", "", "W"),
         ("“These photos were taken by state auditors in January 2025.", "Efren Castromayor-Ledesma", "asked", "W"),
         ("Where is the dike?” Castromayor-Ledesma asked.", "Efren Castromayor-Ledesma", "asked", "")],
        [("Dumalaog-Isidoro said floods in November 2024 had washed away part of the structure.", "Renato Dumalaog-Isidoro", "said", "W")],
        [("Sen. Victor Albarracin-Buenaflor said weather records showed no major flooding in the area that month.", "Victor Albarracin-Buenaflor", "said", "W"),
         ("He said the state weather bureau had recorded only moderate rain in the province in November 2024.", "Victor Albarracin-Buenaflor", "said", "W")],
        [("Dumalaog-Isidoro replied that the dike had been damaged by water released from a dam upstream, not by rain.", "Renato Dumalaog-Isidoro", "replied", "W"),
         ("He said his company asked the Department of Public Works and Highways (DPWH) in December 2024 to inspect the damage.", "Renato Dumalaog-Isidoro", "said", "W")],
        [("Castromayor-Ledesma said the committee would subpoena the DPWH district engineer for its next hearing.", "Efren Castromayor-Ledesma", "said", "W"),
         ("“Somebody signed the certificate of completion,” he said.", "Efren Castromayor-Ledesma", "said", "W")],
        [("Rep. Marites Dumalaog-Isidoro, who represents the district and is the contractor's younger sister, said in a post on Facebook on Monday night that she had no role in awarding the contract.", "Marites Dumalaog-Isidoro", "said in a post on Facebook", "W"),
         ("“My brother's business is his business.", "Marites Dumalaog-Isidoro", "wrote", ""),
         ("I have never signed anything for his company,” she wrote.", "Marites Dumalaog-Isidoro", "wrote", "W")],
        [("Rep. Dumalaog-Isidoro did not attend the hearing.", "", "", "W"),
         ("Her brother told senators he had not discussed the project with her.", "Renato Dumalaog-Isidoro", "told senators", "W")],
        [("Albarracin-Buenaflor said the congresswoman should be invited to the next hearing.", "Victor Albarracin-Buenaflor", "said", ""),
         ("Castromayor-Ledesma said that was for the committee to decide.", "Efren Castromayor-Ledesma", "said", "")],
        [("ADVERTISEMENT", "", "", "B")],
        [("The DPWH said in a statement that the district engineer, Engr. Leonardo Tangcay-Villarama, had been placed under preventive suspension for 90 days pending an investigation.", "The DPWH", "said in a statement", "W"),
         ("It said it had also stopped all payments to Dumalaog-Isidoro's company, RDO Builders and Supply Corp.", "the Department of Public Works and Highways (DPWH)", "said", "W")],
        [("Tangcay-Villarama did not respond to text messages on Wednesday.", "Leonardo Tangcay-Villarama", "did not respond to text messages", "")],
        [("In Barangay Tulayan Ilaya, barangay captain Josefina Sicat-Manalangsan said 214 families had to be evacuated when the river overflowed in October.", "Josefina Sicat-Manalangsan", "said", "W"),
         ("“They told us the dike was finished.", "Josefina Sicat-Manalangsan", "said", ""),
         ("We walked it ourselves, and it stops at Mang Pedring's field,” she said.", "Josefina Sicat-Manalangsan", "said", "W")],
        [("The committee will resume its hearing on April 28 at 10 a.m.", "", "", "W")],
        [("READ: DPWH suspends 3 district engineers over unfinished flood-control works", "", "", "B")],
        [("Copyright © 2026 Tanaw Luzon Media Corp.", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
    ],
    [  # 10. Ugandan national daily, mothers told to buy gloves before giving birth at a health centre
        [("THE MBAZZI TIMES", "", "", "B")],
        [("Uganda's people's paper", "", "", "B")],
        [("News | Business | Sports | Health | Opinion | Magazines | ePaper", "", "", "B")],
        [("Home › News › Health", "", "", "B")],
        [("Mothers told to buy gloves and razor blades before giving birth at Bulyera health centre", "", "", "W")],
        [("In-charge blames late delivery from National Medical Stores; area MP to raise matter in Parliament", "Moses Kibuuka-Ssemwogerere", "blames", "W")],
        [("By Sarah Nalubega-Wasswa", "", "", "B")],
        [("Added 16 April 2026 10:05 AM", "", "", "B")],
        [("Share: Facebook | X | WhatsApp | LinkedIn", "", "", "B")],
        [("“They told me, ‘Go and buy gloves, cotton wool and a razor blade, then come back.’", "Ruth Nakyeyune-Ssempa", "says", "W"),
         ("I was already in labour.”", "Ruth Nakyeyune-Ssempa", "says", "")],
        [("That is what Ruth Nakyeyune-Ssempa, 24, says she was told when she arrived at Bulyera Health Centre IV in Mukono District at about 11 p.m. on March 30.", "Ruth Nakyeyune-Ssempa", "says", "W")],
        [("She paid Shs23,500 for the items at a pharmacy across the road, she said, and gave birth to a boy two hours later.", "Ruth Nakyeyune-Ssempa", "said", "")],
        [("Several other mothers interviewed by The Mbazzi Times described being asked to buy gloves, cotton wool and sanitary pads before they were attended to.", "Several other mothers interviewed by The Mbazzi Times", "described", "W")],
        [("The health centre's in-charge, Dr. Moses Kibuuka-Ssemwogerere, said the facility had not received its March delivery of gloves and other sundries from the National Medical Stores (NMS).", "Moses Kibuuka-Ssemwogerere", "said", "W")],
        [("“We are not asking mothers to buy things because we want to,” he said.", "Moses Kibuuka-Ssemwogerere", "said", ""),
         ("“When the gloves run out, the choice is to send her to the pharmacy or to deliver her with bare hands.", "Moses Kibuuka-Ssemwogerere", "said", "")],
        [("“Last month we went 11 days without a single pair of gloves.", "Moses Kibuuka-Ssemwogerere", "said", "W"),
         ("I have 14 midwives, and I have told every one of them never to deliver without protection.", "Moses Kibuuka-Ssemwogerere", "said", "W")],
        [("“If anyone here is charging mothers money for a service, that is a different matter, and they will be dealt with.”", "Moses Kibuuka-Ssemwogerere", "said", "")],
        [("He said the centre delivers about 180 babies a month and serves a population of about 120,000.", "Moses Kibuuka-Ssemwogerere", "said", "W")],
        [("A spokesperson for NMS said March deliveries to 43 health facilities in the central region were delayed because a supplier failed to deliver 2.6 million pairs of gloves on time.", "A spokesperson for NMS", "said", "W"),
         ("She said the Bulyera consignment would be delivered by April 20.", "A spokesperson for NMS", "said", "W")],
        [("In a circular dated April 8, the Ministry of Health's permanent secretary told district health officers that no patient should be asked to pay for sundries at a government facility.", "the Ministry of Health's permanent secretary", "told district health officers", "W"),
         ("Health Centre IVs are required to keep a three-month buffer stock of essential supplies, according to the ministry's guidelines.", "the ministry's guidelines", "according to", "W")],
        [("The Woman MP for Mukono District, Gertrude Namatovu-Ssekandiwa, wrote on X on Wednesday that she would raise the matter in Parliament next Tuesday.", "Gertrude Namatovu-Ssekandiwa", "wrote on X", "W"),
         ("“Mothers are buying gloves to give birth in a government facility.", "Gertrude Namatovu-Ssekandiwa", "wrote", "W"),
         ("This is 2026,” she wrote.", "Gertrude Namatovu-Ssekandiwa", "wrote", "")],
        [("Sheikh Hamzah Ssebuggwawo-Kasule, the Mukono district khadi, said mosques in the area had collected 600 pairs of gloves and 200 packets of cotton wool for the health centre after Friday prayers.", "Hamzah Ssebuggwawo-Kasule", "said", "W"),
         ("“A mother should not go from the labour ward to the pharmacy,” he said.", "Hamzah Ssebuggwawo-Kasule", "said", "")],
        [("“I had no money, so I waited on the bench until my sister came from Kampala,” said Harriet Nambooze-Kalyesubula, 31, who gave birth at the centre on April 2.", "Harriet Nambooze-Kalyesubula", "said", "")],
        [("The Mukono District Health Officer, Dr. Annet Birungi-Owor, declined to comment and referred questions to the Ministry of Health.", "Annet Birungi-Owor", "declined to comment", ""),
         ("The ministry's spokesperson did not answer phone calls on Wednesday.", "The ministry's spokesperson", "did not answer phone calls", "")],
        [("Related: Mpigi health centre goes a month without malaria test kits", "", "", "B")],
        [("Get the full paper on our ePaper for Shs2,000 a day", "", "", "B")],
        [("Copyright © 2026 Mbazzi Times Publications Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 11. Trinidad and Tobago daily, a village cut off by a bridge collapse
        [("The Southlander", "", "", "B")],
        [("News   Politics   Business   Sport   Entertainment   Letters   Classifieds", "", "", "B")],
        [("News » Local", "", "", "B")],
        [("Cocal Vista cut off after bridge collapse; minister promises temporary crossing within three weeks", "The Minister of Works and Transport", "promises", "W")],
        [("Ravi Goolcharan-Mendes", "", "", "B")],
        [("Thursday, April 16, 2026", "", "", "B")],
        [("Share on:  Facebook  X  WhatsApp", "", "", "B")],
        [("The collapsed bailey bridge over the Rio Pastora at Cocal Vista on Tuesday.", "", "", "W"),
         ("Photo: Kezia Charlesworth-Beaubrun", "", "", "B")],
        [("“Everything we need is on the wrong side of that river.", "Clive Bhagwansingh-Roach", "said", ""),
         ("The school, the health centre and the only shop are all over there.", "Clive Bhagwansingh-Roach", "said", "W")],
        [("“Since Friday night nobody has driven out of this village, and Miss Seecharan-Fonrose had to be carried across the river in a hammock to get to her dialysis.”", "Clive Bhagwansingh-Roach", "said", "W")],
        [("The Rev. Clive Bhagwansingh-Roach said those words at an open-air service on the riverbank on Sunday, a few metres from where the bailey bridge into Cocal Vista fell into the Rio Pastora last Friday night.", "Clive Bhagwansingh-Roach", "said", "W")],
        [("No one was on the bridge when it collapsed at about 11.40pm, police said.", "police", "said", "W"),
         ("Police said the bridge's eastern abutment appeared to have been undermined by the river, which rose by almost two metres after heavy rain on Friday afternoon.", "Police", "said", "W"),
         ("About 900 people live in Cocal Vista, which has had only one road in and out since the old ford was closed in 2009.", "", "", "W")],
        [("The Minister of Works and Transport told the House of Representatives on Monday that a temporary steel bridge would be installed within three weeks.", "The Minister of Works and Transport", "told the House of Representatives", "W"),
         ("He said a permanent bridge had been designed and would go to tender before the end of the fiscal year.", "The Minister of Works and Transport", "said", "W")],
        [("The Opposition MP for the area, Devindra Jankiesingh-Boodoosingh, said in a post on Facebook that residents had warned the ministry about cracks in the bridge's supports in 2023.", "Devindra Jankiesingh-Boodoosingh", "said in a post on Facebook", "W"),
         ("He posted a photograph of a letter dated August 14, 2023, from the Cocal Vista Village Council to the ministry's bridges division.", "", "", "W")],
        [("“They had more than two and a half years' notice,” he wrote.", "Devindra Jankiesingh-Boodoosingh", "wrote", "W"),
         ("“Three weeks is not a promise to people who have been hearing promises since 2023.”", "Devindra Jankiesingh-Boodoosingh", "wrote", "")],
        [("Government Sen. Marcia Trotman-Fiedler, a minister in the Ministry of Works and Transport, said the 2023 letter had been acted on and that an inspection in March 2024 found the bridge safe for vehicles of up to 10 tonnes.", "Marcia Trotman-Fiedler", "said", "W"),
         ("She said the ministry had closed the bridge to trucks in May 2024 after a second inspection.", "Marcia Trotman-Fiedler", "said", "W")],
        [("Jankiesingh-Boodoosingh said he had asked for that inspection report in the House and had not received it.", "Devindra Jankiesingh-Boodoosingh", "said", "W")],
        [("In a statement, the Naparima Sur Regional Corporation said its disaster management unit had taken 300 food hampers and 2,000 litres of drinking water across the river by boat since Saturday.", "the Naparima Sur Regional Corporation", "said", "W"),
         ("It said a water-taxi service would run from 5 a.m. to 9 p.m. until the temporary bridge opened.", "the Naparima Sur Regional Corporation", "said", "W")],
        [("The councillor for Cocal Vista/Monte Lazare, Cllr Sharda Jaggernauth-Bissoon, said the boats stopped running after dark on Monday because the river was too high.", "Sharda Jaggernauth-Bissoon", "said", "W"),
         ("“I'm not blaming the boatmen,” she said.", "Sharda Jaggernauth-Bissoon", "said", ""),
         ("“I'm saying three weeks is a long time to live like this.”", "Sharda Jaggernauth-Bissoon", "said", "")],
        [("The Ministry of Education said in a statement that pupils from Cocal Vista could attend classes at Monte Lazare R.C. School until the road reopened.", "The Ministry of Education", "said in a statement", "W")],
        [("The Ministry of Works and Transport did not respond to questions about the 2023 letter.", "The Ministry of Works and Transport", "did not respond to questions", "")],
        [("More Local News", "", "", "B")],
        [("South farmers count losses after week of heavy rain", "", "", "B")],
        [("Have a story?", "", "", "B"),
         ("Email newsroom@southlander.co.tt", "", "", "B")],
        [("© 2026 Southlander Media Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 12. Pakistani English-language daily, the province sets a wheat release price for flour mills
        [("THE SHALIMAR TIMES", "", "", "B")],
        [("ePaper | Lahore | Karachi | Islamabad | Peshawar", "", "", "B")],
        [("Home | Pakistan | Business | World | Sport | Opinion | Magazine", "", "", "B")],
        [("Pakistan", "", "", "B")],
        [("Flour mills to get govt wheat at Rs3,900 per maund from May 1, says minister", "Tahir Mehmood Dhotar-Sahoke", "says", "W")],
        [("Our Staff Reporter", "", "", "B")],
        [("Published April 16, 2026  Updated about 5 hours ago", "", "", "B")],
        [("Facebook   X   WhatsApp   Email", "", "", "B")],
        [("LAHORE: The Punjab government will release 400,000 tonnes of wheat from its stocks to flour mills at Rs3,900 per 40kg from May 1, provincial Food Minister Tahir Mehmood Dhotar-Sahoke said on Wednesday.", "Tahir Mehmood Dhotar-Sahoke", "said", "W")],
        [("Addressing a press conference at the Civil Secretariat, the minister said the decision would bring the price of a 20kg bag of flour down to about Rs2,450 in the open market.", "Tahir Mehmood Dhotar-Sahoke", "said", ""),
         ("He said the province held 2.1 million tonnes of wheat in its stocks, enough to last until the new crop reached the market.", "Tahir Mehmood Dhotar-Sahoke", "said", "W")],
        [("He further said that mills found selling flour above the notified price would have their quotas cancelled and be fined up to Rs500,000.", "Tahir Mehmood Dhotar-Sahoke", "further said", "W"),
         ("The minister added that 36 mills had been sealed in March for hoarding.", "Tahir Mehmood Dhotar-Sahoke", "added", "W")],
        [("Replying to a question, he said the province would not import wheat this year.", "Tahir Mehmood Dhotar-Sahoke", "said", "W"),
         ("He claimed that wheat smuggling across the western border had fallen sharply since checkposts were set up in February.", "Tahir Mehmood Dhotar-Sahoke", "claimed", "W"),
         ("The minister said 1,200 fair-price flour points would open across the province on May 1.", "Tahir Mehmood Dhotar-Sahoke", "said", "W")],
        [("The chairman of the Punjab Atta Millers Union, Naveed Akhtar Chatthawal-Marralwala, termed the price unrealistic and said mills were paying Rs480 more per 20kg bag for electricity and transport than a year ago.", "Naveed Akhtar Chatthawal-Marralwala", "said", "W"),
         ("He said the union would decide at a meeting on Saturday whether to lift the government quota at all.", "Naveed Akhtar Chatthawal-Marralwala", "said", "W")],
        [("“The minister announces a price, but he does not pay our electricity bills,” he told The Shalimar Times.", "Naveed Akhtar Chatthawal-Marralwala", "told The Shalimar Times", "")],
        [("The minister, however, rejected the claim.", "Tahir Mehmood Dhotar-Sahoke", "rejected", ""),
         ("He said mills were billed at the industrial tariff, which had fallen by Rs7 per unit since January.", "Tahir Mehmood Dhotar-Sahoke", "said", "W")],
        [("Opposition MPA Shahid Iqbal Kharalwal-Hiraj, speaking to reporters outside the Punjab Assembly, said the government had sold wheat to mills at Rs3,400 last year and was now “punishing the poor”.", "Shahid Iqbal Kharalwal-Hiraj", "said", "W")],
        [("An official of the food department, requesting anonymity, said the department had lost about 18,000 tonnes of wheat to moisture and pests in its godowns in Bahawalpur and Multan divisions last year.", "An official of the food department", "said", "W"),
         ("He said the figure was in an internal report that had not been made public.", "An official of the food department", "said", "W")],
        [("Agricultural economist Dr. Rubina Kanwal-Tiwana, who teaches at the Lahore School of Agrarian Studies, said the release price was below what many growers had spent to produce their wheat.", "Rubina Kanwal-Tiwana", "said", "W"),
         ("She said the government had bought wheat from farmers at Rs3,600 per maund in April last year and was now selling it to mills at a loss once storage was counted.", "Rubina Kanwal-Tiwana", "said", "W"),
         ("“Somebody pays for this gap, and usually it is the farmer the next season,” she said.", "Rubina Kanwal-Tiwana", "said", "")],
        [("The provincial food secretary declined to comment on the internal report.", "The provincial food secretary", "declined to comment", "")],
        [("According to a report by the provincial bureau of statistics, the average price of a 20kg flour bag in Lahore was Rs2,780 in the first week of April, up from Rs2,310 a year earlier.", "a report by the provincial bureau of statistics", "according to", "W")],
        [("Muhammad Rafique Joiya-Butt, who runs a tandoor in the walled city, said he had raised the price of a roti from Rs20 to Rs25 in February.", "Muhammad Rafique Joiya-Butt", "said", "W"),
         ("“If flour comes down, the roti comes down,” he said.", "Muhammad Rafique Joiya-Butt", "said", "")],
        [("The release price will be reviewed on June 30, the minister said.", "Tahir Mehmood Dhotar-Sahoke", "said", "W")],
        [("In Karachi, the Sindh food department said it would announce its own release price on April 22.", "the Sindh food department", "said", "W")],
        [("Published in The Shalimar Times, April 16th, 2026", "", "", "B")],
        [("Comments are closed on this story.", "", "", "B")],
        [("Copyright © 2026, The Shalimar Times", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    ("n58-pm-et-published", "By Dana Hollowmoor-Fiskell  |  dhollowmoor@ostravenregister.com\nPublished 6:12 p.m. ET April 15, 2026  |  Updated 9:48 p.m. ET April 15, 2026\nShare  |  Email  |  Print  |  Comments (27)",
     ["By Dana Hollowmoor-Fiskell  |  dhollowmoor@ostravenregister.com", "Published 6:12 p.m. ET April 15, 2026  |  Updated 9:48 p.m. ET April 15, 2026", "Share  |  Email  |  Print  |  Comments (27)"]),
    ("n58-inc-mid-quote-in-quote", "Terrence Pendlerock, 61, who owns Pendlerock Paving & Sealcoat Inc. on the city's west side, said he began paying Glen Varnack-Hosmer in 2019, after his company lost two bids it had expected to win.\n“I was told that was how it worked,” Pendlerock told the jury. “Nobody ever said the word bribe. It was always, ‘Take care of the man, and the man takes care of you.’”",
     ["Terrence Pendlerock, 61, who owns Pendlerock Paving & Sealcoat Inc. on the city's west side, said he began paying Glen Varnack-Hosmer in 2019, after his company lost two bids it had expected to win.", "“I was told that was how it worked,” Pendlerock told the jury.", "“Nobody ever said the word bribe.", "It was always, ‘Take care of the man, and the man takes care of you.’”"]),
    ("n58-us-attorney-dollars", "Assistant U.S. Attorney Nathaniel Brevoort-Kasza walked Pendlerock through bank records showing 31 cash withdrawals of between $2,000 and $4,500 over that period. Pendlerock testified that he took the money out in cash because Varnack-Hosmer had told him never to write a check.\nPendlerock pleaded guilty in January 2025 to a single count of conspiracy and agreed to cooperate with prosecutors. He has not been sentenced.",
     ["Assistant U.S. Attorney Nathaniel Brevoort-Kasza walked Pendlerock through bank records showing 31 cash withdrawals of between $2,000 and $4,500 over that period.", "Pendlerock testified that he took the money out in cash because Varnack-Hosmer had told him never to write a check.", "Pendlerock pleaded guilty in January 2025 to a single count of conspiracy and agreed to cooperate with prosecutors.", "He has not been sentenced."]),
    ("n58-filing-district-judge", "Varnack-Hosmer's lawyers said in a filing on Monday that the fishing trips were social outings that had nothing to do with city business, and asked U.S. District Judge Helena Marsdyke-Quarlesby to keep any mention of them out of the trial.\nThe judge denied the request on Tuesday. In a two-page order, she wrote that the trips were “relevant to the nature of the relationship” between the two men.",
     ["Varnack-Hosmer's lawyers said in a filing on Monday that the fishing trips were social outings that had nothing to do with city business, and asked U.S. District Judge Helena Marsdyke-Quarlesby to keep any mention of them out of the trial.", "The judge denied the request on Tuesday.", "In a two-page order, she wrote that the trips were “relevant to the nature of the relationship” between the two men."]),
    ("n58-quote-named-after", "“He would lean in my door and say, ‘Put Terry's on top.’ I did what I was told.”\nThat is how Renata Fauquier-Hollins, a former contracts manager in the water division, described Varnack-Hosmer's instructions from the witness stand on Tuesday. She testified that she had moved Pendlerock Paving's bids to the top of the review pile at least four times.",
     ["“He would lean in my door and say, ‘Put Terry's on top.’", "I did what I was told.”", "That is how Renata Fauquier-Hollins, a former contracts manager in the water division, described Varnack-Hosmer's instructions from the witness stand on Tuesday.", "She testified that she had moved Pendlerock Paving's bids to the top of the review pile at least four times."]),
    ("n58-state-sen-rep-x", "State Sen. Lorraine Ustarroz-Kemplin, a Columbus Democrat, wrote on X on Tuesday night that the case showed why large Ohio cities need an independent inspector general. She wrote that she would reintroduce her bill to create one when the Senate returns on May 5.\nState Rep. Curtis Bramhill-Nwafor, a Republican on the House oversight committee, replied on X that an inspector general “would not have caught envelopes in a parking lot.”",
     ["State Sen. Lorraine Ustarroz-Kemplin, a Columbus Democrat, wrote on X on Tuesday night that the case showed why large Ohio cities need an independent inspector general.", "She wrote that she would reintroduce her bill to create one when the Senate returns on May 5.", "State Rep. Curtis Bramhill-Nwafor, a Republican on the House oversight committee, replied on X that an inspector general “would not have caught envelopes in a parking lot.”"]),
    ("n58-9am-ends-tip-question", "Testimony resumes Thursday at 9 a.m. The trial is expected to last three weeks.\nRelated: Columbus water rates to rise 6% in July after council vote\nGot a tip on this story? Email courts@ostravenregister.com or call 614-555-0143.\n© 2026 The Ostraven Register. All rights reserved.",
     ["Testimony resumes Thursday at 9 a.m.", "The trial is expected to last three weeks.", "Related: Columbus water rates to rise 6% in July after council vote", "Got a tip on this story?", "Email courts@ostravenregister.com or call 614-555-0143.", "© 2026 The Ostraven Register.", "All rights reserved."]),
    ("n58-cllr-pound-m", "Council leader Cllr Judith Carnveth-Trevascus said the council faced a £3.8m gap in next year's budget and could no longer support a pool used by fewer than 400 people a week.\n“Nobody becomes a councillor to close a swimming pool,” she said. “But I have a legal duty to set a balanced budget, and I am not going to cut adult social care to keep the water warm.”",
     ["Council leader Cllr Judith Carnveth-Trevascus said the council faced a £3.8m gap in next year's budget and could no longer support a pool used by fewer than 400 people a week.", "“Nobody becomes a councillor to close a swimming pool,” she said.", "“But I have a legal duty to set a balanced budget, and I am not going to cut adult social care to keep the water warm.”"]),
    ("n58-officer-quote-in-quote", "Athwal-Hessilhead said officers had given her group a very different message three months earlier. “In January an officer stood in this chamber and said, ‘There are no plans to close the pool,’” she said. “And here we are.”\nShe said her group would ask the council's overview and scrutiny committee on Monday to call the decision in. Under the council's constitution, a cabinet decision can be called in by any five councillors within five working days.",
     ["Athwal-Hessilhead said officers had given her group a very different message three months earlier.", "“In January an officer stood in this chamber and said, ‘There are no plans to close the pool,’” she said.", "“And here we are.”", "She said her group would ask the council's overview and scrutiny committee on Monday to call the decision in.", "Under the council's constitution, a cabinet decision can be called in by any five councillors within five working days."]),
    ("n58-mp-postnominal-asked", "In a post on X, Dominic Threapwick-Agu MP, who represents Hathersby and Cresbury Vale, said he was “gutted” and had asked for a meeting with the sports minister. “Fifty-two years of Hathersby kids learning to swim, gone to save £410k,” he wrote.\nSandra Keelby-Mowitt, head coach of Hathersby Dabchicks Swimming Club, said the club's 160 members trained at the centre four nights a week. “Where are 160 children going to swim on a Tuesday night?” she asked.\nVantoria Leisure, which runs the centre under contract, did not respond to a request for comment.",
     ["In a post on X, Dominic Threapwick-Agu MP, who represents Hathersby and Cresbury Vale, said he was “gutted” and had asked for a meeting with the sports minister.", "“Fifty-two years of Hathersby kids learning to swim, gone to save £410k,” he wrote.", "Sandra Keelby-Mowitt, head coach of Hathersby Dabchicks Swimming Club, said the club's 160 members trained at the centre four nights a week.", "“Where are 160 children going to swim on a Tuesday night?” she asked.", "Vantoria Leisure, which runs the centre under contract, did not respond to a request for comment."]),
    ("n58-ltd-registered-no", "Do you have a story for us? Email newsdesk@hathersbyecho.co.uk\nComments are closed on this article.\n© 2026 Hathersby Echo Media Ltd. Registered in England No. 07315620.",
     ["Do you have a story for us?", "Email newsdesk@hathersbyecho.co.uk", "Comments are closed on this article.", "© 2026 Hathersby Echo Media Ltd.", "Registered in England No. 07315620."]),
    ("n58-sp-hectares-naira", "The Police Public Relations Officer in the state, SP Folasade Ebunoluwa-Adigboluja, said in a statement on Tuesday that 14 people had been arrested and that the market would remain closed until further notice. She said officers recovered two cutlasses and a locally made pistol at the scene.\nThe land, about 2.3 hectares beside the Ilemoro motor park, is claimed by both the Ilemoro Market Traders Association and the Living Waters Redemption Assembly. The church says it bought the plot from the Olabamiji ruling family in 2011 for ₦4.5 million.",
     ["The Police Public Relations Officer in the state, SP Folasade Ebunoluwa-Adigboluja, said in a statement on Tuesday that 14 people had been arrested and that the market would remain closed until further notice.", "She said officers recovered two cutlasses and a locally made pistol at the scene.", "The land, about 2.3 hectares beside the Ilemoro motor park, is claimed by both the Ilemoro Market Traders Association and the Living Waters Redemption Assembly.", "The church says it bought the plot from the Olabamiji ruling family in 2011 for ₦4.5 million."]),
    ("n58-question-alhaji-asked", "Pastor Olaniwunmi-Falusi said that case was struck out in 2022. He said the traders had been offered stalls in the church's planned shopping complex at half the normal rent.\n“Half of what?” Alhaji Adekambi-Oyesilekan asked. “They want us to pay rent on our own land.”",
     ["Pastor Olaniwunmi-Falusi said that case was struck out in 2022.", "He said the traders had been offered stalls in the church's planned shopping complex at half the normal rent.", "“Half of what?” Alhaji Adekambi-Oyesilekan asked.", "“They want us to pay rent on our own land.”"]),
    ("n58-imam-three-paragraphs", "The Chief Imam of Ilemoro, Imam Mustapha Ayanleke-Olasupo, said he had spoken to leaders of both sides on Monday night.\n“I told them, ‘This land will still be here tomorrow, but a dead man will not,’” he said. “Muslims and Christians buy from the same women in this market. My own wife buys pepper from a deaconess of that church.\n“When I was a boy there was no wall here and no church. There was the market, the Baale's compound and the road to the farms.\n“Let the court decide. Whoever wins, the women must still have somewhere to sell.”",
     ["The Chief Imam of Ilemoro, Imam Mustapha Ayanleke-Olasupo, said he had spoken to leaders of both sides on Monday night.", "“I told them, ‘This land will still be here tomorrow, but a dead man will not,’” he said.", "“Muslims and Christians buy from the same women in this market.", "My own wife buys pepper from a deaconess of that church.", "“When I was a boy there was no wall here and no church.", "There was the market, the Baale's compound and the road to the farms.", "“Let the court decide.", "Whoever wins, the women must still have somewhere to sell.”"]),
    ("n58-mrs-naira-no-response", "Mrs. Kafayat Omolewa-Arowosaye, who sells pepper and tomatoes, said goods worth ₦380,000 were looted from her stall during the clash. “I don't know church, I don't know land. I only know my market,” she said.\nEbunoluwa-Adigboluja said the 14 suspects would be arraigned before a magistrates' court in Ibadan on Thursday.\nThe state Commissioner for Local Government and Chieftaincy Matters, Mrs. Bolanle Ajibike-Olatubosunde, did not respond to calls and text messages on Wednesday.",
     ["Mrs. Kafayat Omolewa-Arowosaye, who sells pepper and tomatoes, said goods worth ₦380,000 were looted from her stall during the clash.", "“I don't know church, I don't know land.", "I only know my market,” she said.", "Ebunoluwa-Adigboluja said the 14 suspects would be arraigned before a magistrates' court in Ibadan on Thursday.", "The state Commissioner for Local Government and Chieftaincy Matters, Mrs. Bolanle Ajibike-Olatubosunde, did not respond to calls and text messages on Wednesday."]),
    ("n58-dr-eng-prefixes", "Mombasa County's Executive Committee Member for Health, Dr. Halima Mwinyihaji-Saggaf, and the managing director of the Kusini Mashariki Water and Sewerage Company, Eng. Omari Kitsao-Mwadzombo, briefed journalists at the county headquarters on Wednesday on the cholera outbreak in Mrima Chini and Tangana wards.\nThe following is an edited transcript of the briefing. Questions from reporters have been shortened.\nDR. HALIMA MWINYIHAJI-SAGGAF: Good afternoon, and thank you for coming.\nAs of 10 a.m. today we have recorded 63 suspected cholera cases in Mrima Chini and Tangana wards since April 6. Forty-one of them have been confirmed by the county laboratory. Two people have died, a woman aged 71 and a boy aged four.",
     ["Mombasa County's Executive Committee Member for Health, Dr. Halima Mwinyihaji-Saggaf, and the managing director of the Kusini Mashariki Water and Sewerage Company, Eng. Omari Kitsao-Mwadzombo, briefed journalists at the county headquarters on Wednesday on the cholera outbreak in Mrima Chini and Tangana wards.", "The following is an edited transcript of the briefing.", "Questions from reporters have been shortened.", "DR. HALIMA MWINYIHAJI-SAGGAF: Good afternoon, and thank you for coming.", "As of 10 a.m. today we have recorded 63 suspected cholera cases in Mrima Chini and Tangana wards since April 6.", "Forty-one of them have been confirmed by the county laboratory.", "Two people have died, a woman aged 71 and a boy aged four."]),
    ("n58-4pm-ends-6am-6pm", "ENG. OMARI KITSAO-MWADZOMBO: We isolated the damaged main on Saturday at 4 p.m. The sewer line was repaired on Monday night. From tomorrow, the two wards will be supplied on Tuesdays, Thursdays and Saturdays only, from 6 a.m. to 6 p.m., while we flush and chlorinate the line.\nQUESTION (Kassim Mwamsindo-Lali, Kusini Mirror): Residents say they reported the leak to your company in February. Why did it take two months?\nKITSAO-MWADZOMBO: We received one report, on March 19, not in February. Our team went out on March 21 and did not find a leak at that time. I accept that we should have gone back.",
     ["ENG. OMARI KITSAO-MWADZOMBO: We isolated the damaged main on Saturday at 4 p.m.", "The sewer line was repaired on Monday night.", "From tomorrow, the two wards will be supplied on Tuesdays, Thursdays and Saturdays only, from 6 a.m. to 6 p.m., while we flush and chlorinate the line.", "QUESTION (Kassim Mwamsindo-Lali, Kusini Mirror): Residents say they reported the leak to your company in February.", "Why did it take two months?", "KITSAO-MWADZOMBO: We received one report, on March 19, not in February.", "Our team went out on March 21 and did not find a leak at that time.", "I accept that we should have gone back."]),
    ("n58-question-cites-sheikh-no", "QUESTION (Neema Cherotich-Makau, Radio Mwamko FM): Sheikh Faraji-Basalim told worshippers at Friday prayers that the county knew about the outbreak a week before it told the public. Is that true?\nMWINYIHAJI-SAGGAF: No. The first laboratory confirmation came on April 9, and we announced it the same afternoon. The Sheikh has been a partner in this response, and I have spoken to him.\n[crosstalk]\nQUESTION: How many people have been vaccinated so far?\nMWINYIHAJI-SAGGAF: About 9,400 people, at four sites. The national Ministry of Health sent us 20,000 doses on Monday.",
     ["QUESTION (Neema Cherotich-Makau, Radio Mwamko FM): Sheikh Faraji-Basalim told worshippers at Friday prayers that the county knew about the outbreak a week before it told the public.", "Is that true?", "MWINYIHAJI-SAGGAF: No.", "The first laboratory confirmation came on April 9, and we announced it the same afternoon.", "The Sheikh has been a partner in this response, and I have spoken to him.", "[crosstalk]", "QUESTION: How many people have been vaccinated so far?", "MWINYIHAJI-SAGGAF: About 9,400 people, at four sites.", "The national Ministry of Health sent us 20,000 doses on Monday."]),
    ("n58-qa-signal-partly", "Signal: Ottawa says the delays are down to a dispute with the first contractor. Is that fair?\nOshkiigan-Teboskin: Partly. The first contractor walked off the site in 2022 after a payment dispute, that's true. But the design was changed twice after that, and nobody asked us. The opening date has been moved three times now. An official told me last year, ‘Chief, these things take time.’ Nine years is not time. It's a childhood.",
     ["Signal: Ottawa says the delays are down to a dispute with the first contractor.", "Is that fair?", "Oshkiigan-Teboskin: Partly.", "The first contractor walked off the site in 2022 after a payment dispute, that's true.", "But the design was changed twice after that, and nobody asked us.", "The opening date has been moved three times now.", "An official told me last year, ‘Chief, these things take time.’", "Nine years is not time.", "It's a childhood."]),
    ("n58-ltd-comma-coun", "In an emailed statement, a spokesperson for Indigenous Services Canada said the department had committed $41.6 million to the plant and that construction was about 60 per cent complete. She said a new contractor, Kettlerock Constructors Ltd., took over the site in April 2024, and that the design was changed to deal with “higher-than-expected levels of manganese” in the lake.\nKettlerock Constructors did not respond to a request for comment.\nReached on Tuesday, Coun. Oshkiigan-Teboskin said he would bring a motion to council in May to start legal action. “Talking hasn't worked,” he said.",
     ["In an emailed statement, a spokesperson for Indigenous Services Canada said the department had committed $41.6 million to the plant and that construction was about 60 per cent complete.", "She said a new contractor, Kettlerock Constructors Ltd., took over the site in April 2024, and that the design was changed to deal with “higher-than-expected levels of manganese” in the lake.", "Kettlerock Constructors did not respond to a request for comment.", "Reached on Tuesday, Coun. Oshkiigan-Teboskin said he would bring a motion to council in May to start legal action.", "“Talking hasn't worked,” he said."]),
    ("n58-5am-sources-say", "Karrabin close to $2.4b port deal with WA government, sources say\nThe miner would pay for a second berth at Port Cadrell in return for a 30-year lease.\nTamsin Rudderham-Paez  Resources reporter\nApr 16, 2026 – 5.00am\nSave   Share   Gift this article\nIron ore miner Karrabin Resources is close to an agreement with the West Australian government to build a second export berth at Port Cadrell, two senior state government officials said.\nThe officials, who asked not to be named because the negotiations are confidential, said cabinet was due to consider the deal on May 4.",
     ["Karrabin close to $2.4b port deal with WA government, sources say", "The miner would pay for a second berth at Port Cadrell in return for a 30-year lease.", "Tamsin Rudderham-Paez  Resources reporter", "Apr 16, 2026 – 5.00am", "Save   Share   Gift this article", "Iron ore miner Karrabin Resources is close to an agreement with the West Australian government to build a second export berth at Port Cadrell, two senior state government officials said.", "The officials, who asked not to be named because the negotiations are confidential, said cabinet was due to consider the deal on May 4."]),
    ("n58-pty-ltd-abn", "License this article\nRead More\nIron ore slips as Chinese steel mills trim output\nCopyright © 2026 Westerly Review Media Pty Ltd. ABN 61 204 778 395.",
     ["License this article", "Read More", "Iron ore slips as Chinese steel mills trim output", "Copyright © 2026 Westerly Review Media Pty Ltd.", "ABN 61 204 778 395."]),
    ("n58-initials-bench", "The Bombay High Court on Wednesday stopped the Thane Municipal Corporation (TMC) from demolishing the 43-year-old Wagholkar Nagar vegetable market until May 6 and directed it to file an affidavit stating where the market's 312 licensed vendors would be moved.\nA division bench of Justice R. V. Dhanawade-Korgaonkar and Justice Meher K. Patanwala was hearing a petition filed by the Wagholkar Nagar Bhaji Vikreta Sangh, the vendors' association.\nAppearing for the vendors, senior advocate Ashutosh Gholapkar-Ninawe told the bench that the TMC issued demolition notices on March 28 giving vendors seven days to vacate. He submitted that the market had stood on the plot since 1983 and that the vendors' licences were renewed by the corporation itself every year.",
     ["The Bombay High Court on Wednesday stopped the Thane Municipal Corporation (TMC) from demolishing the 43-year-old Wagholkar Nagar vegetable market until May 6 and directed it to file an affidavit stating where the market's 312 licensed vendors would be moved.", "A division bench of Justice R. V. Dhanawade-Korgaonkar and Justice Meher K. Patanwala was hearing a petition filed by the Wagholkar Nagar Bhaji Vikreta Sangh, the vendors' association.", "Appearing for the vendors, senior advocate Ashutosh Gholapkar-Ninawe told the bench that the TMC issued demolition notices on March 28 giving vendors seven days to vacate.", "He submitted that the market had stood on the plot since 1983 and that the vendors' licences were renewed by the corporation itself every year."]),
    ("n58-pvt-ltd-filing-crore", "The TMC said in a filing last week that the audit, by Vastushakti Structural Consultants Pvt. Ltd., had found corroded reinforcement in 38 of the market's 64 columns. It said the new building would have 360 stalls and 420 parking spaces and would be completed by March 2028.\nA senior civic official, who did not want to be named, said the corporation had already signed an ₹86-crore contract for the building and that any delay past June would push the work beyond the monsoon.",
     ["The TMC said in a filing last week that the audit, by Vastushakti Structural Consultants Pvt. Ltd., had found corroded reinforcement in 38 of the market's 64 columns.", "It said the new building would have 360 stalls and 420 parking spaces and would be completed by March 2028.", "A senior civic official, who did not want to be named, said the corporation had already signed an ₹86-crore contract for the building and that any delay past June would push the work beyond the monsoon."]),
    ("n58-question-in-quote-she-said", "Asked about that, Mpofana-Dyantyi said the tanker schedule was posted on the municipality's Facebook page every morning. “She is welcome to check it,” she said.\nTshangana-Mfenyana said a schedule and a truck were not the same thing. “On Sunday an old man stopped me outside the clinic and asked, ‘Councillor, must I drink from the river now?’” she said. She said at least three elderly residents had been treated at Ludweni Clinic for dehydration since the outage began.",
     ["Asked about that, Mpofana-Dyantyi said the tanker schedule was posted on the municipality's Facebook page every morning.", "“She is welcome to check it,” she said.", "Tshangana-Mfenyana said a schedule and a truck were not the same thing.", "“On Sunday an old man stopped me outside the clinic and asked, ‘Councillor, must I drink from the river now?’” she said.", "She said at least three elderly residents had been treated at Ludweni Clinic for dehydration since the outage began."]),
    ("n58-rev-6am-6pm", "The Rev. Lungile Mafuya-Gqirhana, minister of Ludweni Methodist Church, said the church had opened its borehole to residents from 6 a.m. to 6 p.m. every day since the outage began. He said about 400 families were collecting water there.\n“People come with wheelbarrows and prams,” he said. “We have had to put a man at the gate because the queue goes into the road.”",
     ["The Rev. Lungile Mafuya-Gqirhana, minister of Ludweni Methodist Church, said the church had opened its borehole to residents from 6 a.m. to 6 p.m. every day since the outage began.", "He said about 400 families were collecting water there.", "“People come with wheelbarrows and prams,” he said.", "“We have had to put a man at the gate because the queue goes into the road.”"]),
    ("n58-question-surname-asked", "At the hearing of the Senate blue ribbon committee, Sen. Efren Castromayor-Ledesma showed photos from the report of an unpaved embankment ending in a rice field. “These photos were taken by state auditors in January 2025. Where is the dike?” Castromayor-Ledesma asked.\nDumalaog-Isidoro said floods in November 2024 had washed away part of the structure.",
     ["At the hearing of the Senate blue ribbon committee, Sen. Efren Castromayor-Ledesma showed photos from the report of an unpaved embankment ending in a rice field.", "“These photos were taken by state auditors in January 2025.", "Where is the dike?” Castromayor-Ledesma asked.", "Dumalaog-Isidoro said floods in November 2024 had washed away part of the structure."]),
    ("n58-engr-corp-line-end", "The DPWH said in a statement that the district engineer, Engr. Leonardo Tangcay-Villarama, had been placed under preventive suspension for 90 days pending an investigation. It said it had also stopped all payments to Dumalaog-Isidoro's company, RDO Builders and Supply Corp.\nTangcay-Villarama did not respond to text messages on Wednesday.",
     ["The DPWH said in a statement that the district engineer, Engr. Leonardo Tangcay-Villarama, had been placed under preventive suspension for 90 days pending an investigation.", "It said it had also stopped all payments to Dumalaog-Isidoro's company, RDO Builders and Supply Corp.", "Tangcay-Villarama did not respond to text messages on Wednesday."]),
    ("n58-health-centre-iv-11pm", "“They told me, ‘Go and buy gloves, cotton wool and a razor blade, then come back.’ I was already in labour.”\nThat is what Ruth Nakyeyune-Ssempa, 24, says she was told when she arrived at Bulyera Health Centre IV in Mukono District at about 11 p.m. on March 30.\nShe paid Shs23,500 for the items at a pharmacy across the road, she said, and gave birth to a boy two hours later.",
     ["“They told me, ‘Go and buy gloves, cotton wool and a razor blade, then come back.’", "I was already in labour.”", "That is what Ruth Nakyeyune-Ssempa, 24, says she was told when she arrived at Bulyera Health Centre IV in Mukono District at about 11 p.m. on March 30.", "She paid Shs23,500 for the items at a pharmacy across the road, she said, and gave birth to a boy two hours later."]),
    ("n58-1140pm-police-said", "The Rev. Clive Bhagwansingh-Roach said those words at an open-air service on the riverbank on Sunday, a few metres from where the bailey bridge into Cocal Vista fell into the Rio Pastora last Friday night.\nNo one was on the bridge when it collapsed at about 11.40pm, police said. Police said the bridge's eastern abutment appeared to have been undermined by the river, which rose by almost two metres after heavy rain on Friday afternoon. About 900 people live in Cocal Vista, which has had only one road in and out since the old ford was closed in 2009.",
     ["The Rev. Clive Bhagwansingh-Roach said those words at an open-air service on the riverbank on Sunday, a few metres from where the bailey bridge into Cocal Vista fell into the Rio Pastora last Friday night.", "No one was on the bridge when it collapsed at about 11.40pm, police said.", "Police said the bridge's eastern abutment appeared to have been undermined by the river, which rose by almost two metres after heavy rain on Friday afternoon.", "About 900 people live in Cocal Vista, which has had only one road in and out since the old ford was closed in 2009."]),
]  # fmt: skip
