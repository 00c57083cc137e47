"""Hundred-and-fifty-first set of new hand-labelled pages for the hint engines (tuning set, round fifty-five):
twelve WHOLE pages from twelve countries, head to tail as a reader's paste gives them, with the
ordinary head and tail furniture of each kind of site, where ATTRIBUTION and SPEAKERS are the hard
part. The pages: a Nigerian national daily's website (a press conference after fire destroys 312
shops at a Kano market, with reporters' questions); a Ugandan news site (a parliamentary committee
questions a permanent secretary over a Shs38.6 billion water scheme that has supplied no household);
an English regional newspaper's website (an inquest into a cyclist killed by a turning lorry, with
cross-examination and a widow's statement read to the court); a South African regional news site (a
fraud trial: a forensic auditor's testimony and cross-examination, a brother and sister in the dock);
a Jamaican regional newspaper (a "Q:"/"A:" interview with the mayor of Montego Bay on dry
standpipes); a Sri Lankan regional daily (an interview with name prefixes: a limnologist on a fish
kill in Kandy Lake); a Zanzibar news site (a ferry turns back after an engine-room fire, statements
on Instagram and X); a Sabah daily (an injunction in a native title suit, affidavits from two
brothers on opposite sides); a New Zealand local-democracy page (a council drops a velodrome roof
after a knight withdraws his pledge by letter and a dame argues from the gallery); a Trinidad and
Tobago regional paper (a leaked audit of CT-scan waits, a union letter, a pre-action letter); a
Bangladeshi national daily (garment workers block a highway; the owner's statement is read out by
his nephew); and a Zambian news site (water tariffs up 35%, a church fellowship's letter, a minister
in Parliament).

What is hard is who says what. Quotes whose speaker is named only after two or three quoted sentences
("“The access lane was full ... had gone,” Kurawa said.", "“No stall ... with one engine,” said
Rimingado, who ...", "“We have not been paid ... in my village,” said Morium Begum Munni, 29, ...",
"“A mother who buys water ... cook tonight,” said the Rev. Chanda Mukuka-Lungu, the fellowship's
chairperson ...", and five more), every sentence carrying the name and the cue that close the quote.
Inverted cues ("said Hon. Wilberforce Wandera Khaukha, the MP for Bungokho North, who sits on the
committee", "said Md. Jahangir Kabir Sarkar, deputy commissioner of the Gazipur Metropolitan
Police", "said Curtis Baptiste-Lezama, president of the union, who ..."). Long appositions and
relative clauses between name and verb ("The Director of the Kano State Fire Service, Alhaji Sani
Bello Kurawa, who sat beside the commissioner and answered most of the technical questions, said",
"Attorney Kezia Mungroo-Francis, who represents a 61-year-old Penal woman whose scan ... took 74
days, said", "Shahida Akter Poly, general secretary of ..., a union that says it has 11,000 members
in the district, said" where the embedded "says" is not the sentence's cue). Pronoun chains with two
people of the same gender in turn (two Alhajis at one press conference; a permanent secretary and a
committee chair; a lorry driver and a police collision investigator; a forensic auditor and the
advocate cross-examining her; a company spokesperson and a passenger; two brothers; a mayor and a
dame; a regulator's director and a utility's managing director) where "He said", "She said" and
"Kiboijana was not satisfied." / "She said ..." resolve to whom the story makes clear. Spokespeople
unnamed and named ("A spokesperson for the ministry", "A Department for Transport spokesperson", "A
spokesman for the department", "A spokesperson for Bahari Lulu Marine ..." then "The spokesperson,
who later gave her name as Tatu Ali Pandu-Hamad, said", "Municipal spokesperson Ntando Cele-Ellis",
"The spokesperson for the Kano State Police Command, SP Nasiru Baba Kunchi, said in a statement").
Statements issued, read out, posted and written: "said in a statement", "said in a written
statement to the inquest", a widow's statement "read to the court by the coroner's officer", an
owner's statement "read out to the workers by his nephew", "wrote on X", "posted on X", "wrote on
Instagram", "In a second post about an hour later, the company said", "wrote in the letter",
"said in a letter to the authority", "said in a letter to the regulator", "said in an email", "said
in an affidavit", "said in the affidavit", "disputed this in a reply affidavit", and documents with
their own verbs ("the letter said", "The letter ... says", "The audit ... says", "The authority's
records show", "Ministry of Health data show", "an internal audit seen by the Clarion has found").
A press conference with reporters' questions ("Asked by a reporter whether ..., Makwarari said", "A
reporter from Arewa Pulse Radio asked whether ...", "Kurawa replied that ..."). A "Q:"/"A:" interview
and a name-prefix interview whose first prefix carries a title ("PROF. CHAMINDA
KUMARAGE-WIJESEKERA:", then "KUMARAGE-WIJESEKERA:", the interviewer "HERALD:"), with questions that
cite a source ("Q: Residents say ...", "Q: Rev. Gayle-Lindsay says ...", "HERALD: The council says
...", "HERALD: You say ..."). Court and inquest testimony and cross-examination ("told the inquest",
"accepted", "put it to him", "put it to the witness", "asked her whether", "told the court", "The
state alleges", "concluded"). People sharing a surname (a dead cyclist, his widow and his son; a CFO
"Madlopha-Dube" and her brother "Madlopha"; two brothers "Sapirin" told apart by given names and a
daughter who carries her father's name "Gimbang"; an owner and his nephew "Matubbar", with "Tanvir
Matubbar" and "The younger Matubbar"; a dame and her grandson "Petchey-Gould"; a mother and son
"Chimfwembe"). Titles, particles and honorifics dropped: "Alhaji" three times, "Chief", "SP", "Hon."
six times, "Dr." four times, "Eng." three times, "Prof.", "Capt.", "Sheikh", "Datuk", "Datuk Seri
Panglima", "Justice", "Judge", "Advocate", "Adv.", "Sir", "Dame", "Mayor", "Councillor", "the Rev.",
"Rev.", "PC", "Mr", "Ms"; "Md." kept as part of a Bangladeshi name; "Sir Trevor wrote" and "Sir Trevor
did not respond" resolving to the full name. "According to X" with documents, data and people ("the
Auditor General's report for the year ended June 30, 2025", "the agency's post", "fire service
records", "Central Environmental Authority data", "the authority's register", "the department's
figures", "a council staff report", "the trust's annual report", "the audit", "the regulator's 2025
sector report", "the industrial police", "the Gazipur Metropolitan Police", "two radiographers at the
hospital, who spoke on condition of anonymity"). "X declined to comment" and its kin ("did not
respond to calls", "did not respond to a request for comment", "declined to say"). Reported speech
over several sentences with no new cue, in backshifted tense ("Each trader would have to present
...", "Of the 61 job cards, 44 had been signed ...", "The crew had put it out ...", "Water samples
had been sent ..."). And quotes that are feelings ("I feel as if I am starting again at 64", "I have
never been afraid before", "They were crying too") next to quotes that are records ("We counted
pipes lying in the grass at 11 places", "I had the second stroke in March", "Then I pay K5 to a boy
with a cart").

The pages hold 520 sentences: 157 "B", 231 "W" and 132 ""; 306 sentences carry a speaker (133
distinct speakers, page by page; 132 distinct labels, as "The authority" names a maritime authority
on one page and a health authority on another). `STYLES` describes each page, its story, its speakers
and its furniture in order; `CASES` holds 30 split cases cut from the pages (titles and
abbreviations mid-sentence: "Dr.", "Eng.", "Capt.", "Adv.", "Prof.", "PC", "Rev.", "Md.", "Ltd.,",
"(Pty) Ltd"; "a.m." and "p.m." mid-sentence and ending a sentence; "Ltd." and "Sdn Bhd (...)."
ending a line before "All rights reserved."; "Co. Ltd." ending a line; a name prefix "PROF. ...:"; a
"Q:" question citing a source followed by "Did you?"; "A: Yes." as a sentence; a question inside a
quote followed by a new sentence; a question inside a quote followed by its attribution; quotes
named after their last sentence).

Written from scratch for issue 13 in round fifty-five, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run. What was read: the brief; the module docstrings of
`labelled_new.py` and `labelled_new2.py`; `def build` in `labelled_articles.py`; the `[tool.ruff*]`
tables of `pyproject.toml`; and, through `ast` only, the module docstrings, `STYLES`, first two pages
and first three cases of `labelled_new147.py` and `labelled_new148.py`. Coined names were checked for
freshness with file counts of `grep -rlF` over `tests/text` (counts only, no text shown): fifty-odd
surnames, given names, outlets and places that hit were replaced before the file was written, and
every person's speaker label was then counted the same way (none hit; only generic nouns and phrases
and real public bodies did).

Every person, outlet, firm, market, association, union, trust, fellowship, network, vessel, hospital,
velodrome, statement, letter, post, affidavit, audit, report and figure is invented, and so is every
small place (Dangoma market, Bumasikye, Netherleaze Lane, Cam Valley, Kampung Lobou Baru, Pukeko
Park and the like). Real countries, regions, cities, towns, districts, roads, rivers, lakes, courts,
parliaments, ministries, agencies, police services, councils, universities and other public bodies
appear only as settings, with invented statements and figures: Kano, Fagge, Sharada, Sokoto, the
Kano State Fire Service, the Kano State Police Command and the Kano State Emergency Management
Agency; Kampala, Mbale, Bungokho, Namatala, Tororo, Parliament's Public Accounts Committee, the
Ministry of Water and Environment, the Ministry of Finance and the Auditor General; Gloucester,
Stonehouse, the A38, Gloucestershire Coroner's Court, Gloucestershire Police, National Highways, the
Department for Transport and the Crown Prosecution Service; Pietermaritzburg, Edendale, Northdale,
the KwaZulu-Natal High Court, the Msunduzi Municipality and the National Prosecuting Authority;
Montego Bay, Flanker, Norwood, Great River, the St James Municipal Corporation and the National Water
Commission; Kandy, Kandy Lake, Gohagoda, Battaramulla, Peradeniya, the Mahaweli, the Kandy Municipal
Council, the Central Environmental Authority and the University of Peradeniya; Zanzibar, Pemba,
Unguja, Mkoani and the Zanzibar Maritime Authority; Kota Kinabalu, Beluran, Sandakan, the High Court
and the Lands and Surveys Department; Whanganui, Whanganui District Council, Sport New Zealand and NZ
On Air; Penal, Siparia, San Fernando General Hospital, the South-West Regional Health Authority, the
Ministry of Health and the House of Representatives; Gazipur, Konabari, Ashulia, Rangpur, the
Dhaka-Mymensingh highway, the Gazipur Metropolitan Police, the industrial police and the Department
of Inspection for Factories and Establishments; Lusaka, Kanyama, Chawama, Matero, Parliament and the
National Water Supply and Sanitation Council.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, ticker, crumb, label, byline, date
line, share strip, caption, credit, list item, contact line and legal line is a paragraph of its
own); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "".
Furniture is "B" line by line and never carries a speaker; headlines and standfirsts are never "B",
are flagged by content, and their "says", "finds", "tells court", "tells committee", "saying",
"promises", "say in affidavits" or "says in letter" carries the speaker as the story first gives it
(a person by full name, a body as written, a group as written: "Passengers", "Villagers"). A person
is named in full as first given, without titles or roles; a pronoun, a surname, a given name, a
title with a given name ("Sir Trevor") or "The younger Matubbar" resolves to that name; a quote over
several sentences carries its speaker and cue in each; a body's name and a generic noun are kept as
written, with their article and case ("the Zanzibar Maritime Authority", "The South-West Regional
Health Authority", "the authority", "The authority", "The company", "The regulator", "The state"), a
bracketed acronym is dropped ("The Department of Inspection for Factories and Establishments
(DIFE)"), a descriptor before a proper name is dropped ("Rival operator Mawimbi Express", "The
Sabah-based rights group Tanah Kami Network", "the Dutch retailer Veldman Mode BV"), and a short form
resolves to the name as first given ("Sinar Ladang said" -> "Sinar Ladang Plantations Sdn Bhd");
"It said" after a body resolves to the body as first given.

Conventions this set had to settle, in the same spirit:

* A quote named only after its last sentence ("“A. B. C,” said Name, ...") carries Name and the
  closing cue in every sentence, the first ones included; an inverted cue "said Name, role at X, who
  ..." gives the name alone.
* Reported speech carried on over several sentences with no new cue, in backshifted tense
  ("would have to", "had been signed", "had put it out", "had been sent"), carries the last
  speaker and cue; a sentence in the paper's own tense and voice ("Kiboijana was not satisfied.",
  "The utility had asked for 52 per cent.") carries none.
* Press conference: a reporter's question in the story's words carries the reporter as written
  ("A reporter from Arewa Pulse Radio", cue "asked", ""), like any "X asked"; "Asked by a reporter
  whether ..., Makwarari said" carries the official; "Kurawa replied that" has the cue "replied".
* Spokespeople unnamed then named: "A spokesperson for Bahari Lulu Marine said" is kept as written;
  "The spokesperson, who later gave her name as Tatu Ali Pandu-Hamad, said" carries the name, and so
  does "Pandu-Hamad said" later. A named spokesperson is named ("Municipal spokesperson Ntando
  Cele-Ellis", "The spokesperson for the Kano State Police Command, SP Nasiru Baba Kunchi").
* Documents with their own verbs are kept as written, as "The order ... directs" was in the
  hundred-and-forty-seventh set: "the letter said" (a company's letter tabled to a committee), "The
  letter, a copy of which was seen by the Clarion, says" -> "The letter", "The audit, dated ...,
  says" -> "The audit", "The authority's records show", "Ministry of Health data show". "an internal
  audit seen by the Clarion has found" -> "an internal audit" (the participle that says how the
  paper got it is dropped, like "who asked not to be named"), and so "according to two radiographers
  at the hospital, who spoke on condition of anonymity" -> "two radiographers at the hospital".
* A channel phrase AFTER the verb is part of the cue ("said in a written statement to the inquest",
  "said in a letter to the authority", "said in an email", "wrote in the letter", "told Parliament in
  a ministerial statement", "said in the affidavit"); one fronted BEFORE the subject is not ("In a
  letter to the ministry dated ..., ... wrote" -> "wrote"; "In the letter, ..., he said" -> "said";
  "In a second post about an hour later, the company said" -> "said"). An addressee after "told" is
  part of the cue as in the earlier sets ("told the committee", "told the inquest", "told the
  KwaZulu-Natal High Court", "told a press briefing", "told the crowd").
* A statement read out by someone else: the narration ("A statement from ... was read to the court
  by the coroner's officer", "a statement from the factory's managing director ... was read out to the
  workers by his nephew") carries no speaker and is ""; the statement's sentences carry its author
  with "said in the statement", including its quote; the reader answering in his own right ("Asked by
  workers why ..., Tanvir Matubbar said") carries himself.
* Inquest and trial: the coroner's "concluded" is a finding and carries her ("W"), as a judge's
  "ruled" did; "She recorded a conclusion of ..." and the judge's orders and adjournments are acts
  with no speaker; counsel's "put it to him/the witness that" with specific facts is "W" with counsel
  as speaker, counsel's "asked her whether" is "" with counsel as speaker, a defence argument in
  counsel's mouth is ""; a witness's "accepted that" carries the witness; "The state alleges" keeps
  "The state" as written and is "W" (a charge of record).
* "Q:"/"A:": every sentence of an answer carries the interviewee with cue "A:" (the prefix as written,
  on the first sentence and those carried on after it); a "Q:" line with no source carries none, and
  a factual premise in it ("Q: The Great River pipeline was supposed to be finished in 2024.") is
  "W"; a "Q:" line that cites a source carries it as written with its verb ("Residents", "say";
  "Winston Aldred Gayle-Lindsay", "says" for "Q: Rev. Gayle-Lindsay says").
* Name prefixes: the cue is the prefix as written, title included ("PROF. CHAMINDA
  KUMARAGE-WIJESEKERA:" on the first answer, "KUMARAGE-WIJESEKERA:" after), on every sentence of the
  answer; the interviewer's "HERALD:" lines carry no speaker unless they cite one ("HERALD: The
  council says ..." -> "The council"; "HERALD: You say ..." -> the interviewee, cue "say"). An
  "according to" inside an answer stays with the interviewee and his prefix.
* "Md." (Mohammad) is part of a Bangladeshi name and stays in the label ("Md. Jahangir Kabir Sarkar",
  "Md. Rashedul Alam Khokon"), as "Ma." did in the hundred-and-forty-seventh set; "Sheikh", "Alhaji",
  "Chief", "Datuk", "Datuk Seri Panglima", "Hon.", "Sir", "Dame", "the Rev." and the rest are titles
  and go.
* A shared surname alone resolves to the person the story makes clear: "Madlopha said in an
  affidavit" is the brother (his sister is "Madlopha-Dube"); "Gimbang said" before the daughter
  appears is the village head; "Petchey-Gould said his grandmother ..." is the grandson;
  "Chimfwembe said he ..." is the son; "The younger Matubbar" is the nephew.
* "declined to say" is labelled like "declined to comment" (the person, ""); "did not respond to
  calls" and "did not respond to a request for comment" likewise.
* A headline or standfirst with a promise the speaker dated himself ("promises to pay arrears by May
  25") is "W", as a date a body sets for itself is in the recent sets; a plan or promise with no date
  is "".
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

# ruff: noqa: E501, RUF100

STYLES = [
    'Nigerian NATIONAL DAILY\'S WEBSITE (Kano), desktop paste, a PRESS CONFERENCE after a MARKET FIRE: 312 shops destroyed at Dangoma market. Head: masthead, menu with pipes, a trending ticker, section crumb (all "B"); headline "..., commissioner says" carrying him in full ("W"); standfirst "Fire chief says ..." carrying the fire director in full ("W"); byline, published line, share strip "B"; a caption "" and its photo credit "B". Body: a "KANO —" lead where "the Kano State Commissioner for Commerce, Alhaji Musa Lawan Makwarari, told journalists" (inverted, "Alhaji" dropped); "He said" and a sentence-final "he said" with "2:10 a.m." mid-sentence; reported speech over three sentences with no new cue in backshifted tense (the committee\'s rules, all his, "W"); the fire director with a long apposition and relative clause between name and verb; his three-sentence quote named only after the last ("Kurawa said"); a reporter\'s question narrated ("Asked by a reporter whether ..., Makwarari said"; "A reporter from Arewa Pulse Radio asked" carrying the reporter as written, ""), "Kurawa replied" and "He said" after two Alhajis in turn; a quoted question followed by a new sentence inside the quote; the traders\' chairman "disputed" and his three-sentence quote named after ("said Rimingado, who ..."), "He put"; a "Chief" landlord\'s record ("W") and feeling (""); the police spokesperson "SP" named, "said in a statement"; the emergency agency "wrote on X" (kept as written) and "According to the agency\'s post"; an unnamed "An official at the Ministry of Commerce, who asked not to be named ..."; "Dangoma Estates Ltd., declined to comment" (descriptor dropped); "according to fire service records". Tail: related list, a two-sentence tip line, copyright split at "Ltd." (all "B").',
    'Ugandan NEWS SITE (Kampala), desktop paste, a PARLIAMENTARY COMMITTEE HEARING: MPs question officials over a Shs38.6 billion Mbale water scheme that has supplied no household. Head: masthead, menu, section label (all "B"); headline of record "W"; standfirst "Permanent secretary tells committee ..." carrying her in full; byline, date line, share strip "B"; a caption "" and its credit "B". Body: the committee acting (no speaker); "according to the Auditor General\'s report for the year ended June 30, 2025" (as written); the permanent secretary ("Dr." dropped) who "told the committee", "Ltd.," mid-sentence, then "She said"; the chair ("Hon." and "the Woman MP for Tororo District" dropped) with a three-sentence quote ending in a question with "she asked" (all three carry "asked"), feeling and count told apart; two women in turn: "Emuron replied", "She said" (the permanent secretary), "Kiboijana was not satisfied." (no speaker), "She said" (the chair, a date she set, "W"); an MP\'s quote with an inverted cue "said Hon. ..., the MP for Bungokho North, who sits on the committee", then "Khaukha said"; a contractor\'s letter with a fronted channel ("In a letter ..., Eng. ... wrote": cue "wrote"), "the letter said" kept as written, "did not respond to calls"; "The Auditor General also flagged"; the minister "posted on X" (a 60-day audit, "W"), then "she wrote" over a two-sentence quote; "A spokesperson for the ministry" kept as written; a resident\'s routine "" and records "W"; the adjournment of record. Tail: related list, tags, copyright split after the outlet\'s name (all "B").',
    'English REGIONAL NEWSPAPER\'S WEBSITE (Gloucester), desktop paste, an INQUEST: a cyclist killed by a lorry turning left across a cycle lane. Head: masthead, menu, crumb (all "B"); headline "..., coroner finds" carrying the coroner in full ("W"); standfirst "His widow says ..." carrying the widow as the story names her ("" an opinion); byline, role line, two time lines, share (all "B"); a caption of record "W" and its credit "B". Body: the coroner "concluded" (a finding, "W") and "She recorded a conclusion" (an act, no speaker); the driver who "told the inquest" and his three-sentence quote with "he said" (feelings "" and a record "W"); cross-examination: "Questioned by ..., he accepted" (the driver), "Ms Stray-Calloway put it to him that" (counsel, specific facts "W"), "Mr Lechmere-Lusk said" and a quote carried on in a second pair of quote marks with no cue; two men in turn (the driver and a "PC" collision investigator) with "He said" after each resolving to the right man; the haulier "said in a written statement to the inquest" (descriptor "The haulier" dropped, "Ltd.," mid-sentence) and its managing director with a relative clause; a widow\'s statement READ TO THE COURT by the coroner\'s officer: the reading is narration with no speaker, the statement\'s three sentences carry her with "said in the statement"; the son SHARING THE SURNAME who "told reporters" and "He said" (a plan ""); the coroner\'s plan "" and her record "W"; "Sir" dropped from an MP who "wrote to the transport secretary" and "In the letter, ..., he said" (fronted channel, cue "said"); "A Department for Transport spokesperson" kept as written; the CPS decision of record. Tail: read-more list, a two-sentence story line, copyright (all "B").',
    'South African REGIONAL NEWS SITE (Pietermaritzburg), desktop paste, a FRAUD TRIAL: a forensic auditor testifies that a former municipal CFO approved R47.3 million to a company with no staff. Head: masthead, menu run together with double spaces, section label (all "B"); headline "..., auditor tells court" carrying her; standfirst "Advocate says ..." carrying the defence advocate (""); byline with role, date line, share strip (all "B"). Body: "PIETERMARITZBURG —" lead with "A forensic auditor, Charmaine de Bruyn-Motaung, told the KwaZulu-Natal High Court"; the accused SIBLINGS SHARING A SURNAME ("Madlopha-Dube" and her brother "Madlopha") with "(Pty) Ltd" mid-sentence and "The state alleges" ("W"); reported speech over three sentences with no new cue in backshifted tense (all hers); her three-sentence quote named after ("De Bruyn-Motaung told the court"); CROSS-EXAMINATION with two women in turn: "Advocate ... put it to the witness" ("W"), the advocate\'s two-sentence quote "she said" (""), "De Bruyn-Motaung accepted", "She said, however," (the auditor), "Kriel-Ndlovu asked her whether" (counsel, ""), "She said she had not" (the auditor); the brother\'s attorney "told reporters" (a defence claim, ""); "Madlopha said in an affidavit" (the brother, not the sister); the municipality "said in a statement" (kept as written) and a named "Municipal spokesperson"; an NPA spokesperson ("Adv." dropped); "She declined to comment" resolving to the accused; the judge\'s adjournment (no speaker); a resident named before his quote, feeling "" and record "W". Tail: related list, newsletter line, copyright split at "(Pty) Ltd." (all "B").',
    'Jamaican REGIONAL NEWSPAPER\'S WEBSITE (Montego Bay), desktop paste, a "Q:"/"A:" INTERVIEW with the mayor about dry standpipes and a water levy. Head: masthead, menu, crumb, "THE BIG INTERVIEW" label (all "B"); headline "Montego Bay mayor says ..." carrying him in full ("W"); standfirst "" (the paper\'s own); byline and published line "B". Intro: a march of record led by "the Rev." (no speaker, "W"); the minister\'s two-sentence quote named after ("Mr Gayle-Lindsay told the crowd"); "The National Water Commission says" (kept as written); the sit-down line "" and the edited-for-length line "B". Q&A: every answer sentence carries the mayor ("Councillor" dropped) with cue "A:", first and carried-on sentences alike, records "W", feelings and promises ""; questions carry no speaker, except "Q: Residents say ..." ("Residents", "say") and "Q: Rev. Gayle-Lindsay says ..." (the minister in full, "says"), each followed by a short question of its own; an interviewer\'s factual premise "Q: The Great River pipeline was supposed to be finished in 2024." ("W", no speaker); "A: Yes." as a sentence; reported speech inside an answer ("They told us in January ...") stays with the mayor. After: the commission\'s manager "said in an email", "She said"; the vote "at 10 a.m." ending the story. Tail: more-from list, a two-sentence letters line, copyright ending "Co. Ltd." (all "B").',
    'Sri Lankan REGIONAL DAILY\'S WEBSITE (Kandy), desktop paste, an INTERVIEW WITH NAME PREFIXES: a limnologist on the fish kill in Kandy Lake. Head: masthead, menu, crumb (all "B"); headline "..., says limnologist" carrying him in full ("W"); a standfirst of record with no speaker ("W"); byline and date line "B"; a caption of record "W" and its credit "B". Intro: the council\'s medical officer ("Dr." dropped, inverted "the council\'s chief medical officer of health, Dr. ..., said on Monday"), "Pathirage-Bandara said" and a carried-on backshifted sentence with no new cue; "According to Central Environmental Authority data"; "The Kandy Municipal Council\'s commissioner declined to comment"; a "Prof." record line and "We spoke to him" (no speaker); the condensed-and-edited line "B". Q&A: the interviewer\'s "HERALD:" lines carry no speaker, except "HERALD: You say ..." (the interviewee, cue "say") and "HERALD: The council says ..." ("The council", "says"); the answers carry the professor in full with the prefix as written as cue, "PROF. CHAMINDA KUMARAGE-WIJESEKERA:" on the first answer and "KUMARAGE-WIJESEKERA:" after, every sentence of an answer included; an "according to" inside an answer stays with him; decimals "0.9", "6.4", "3.2". After: the authority\'s director ("Eng." dropped) with a date she set ("W") and a plan (""). Tail: also-read list, comments count, copyright (all "B").',
    'Tanzanian (Zanzibar) NEWS SITE, desktop paste, a FERRY INCIDENT: a ferry with 386 passengers turns back to Mkoani after an engine-room fire. Head: masthead, menu with middle dots, breaking ticker, section label (all "B"); headline of record "W"; standfirst "Passengers say ..." carrying "Passengers" as written ("W"); byline with place, date line, share strip "B"; a caption "" and its credit "B". Body: the lead ending "the Zanzibar Maritime Authority said" (as written) and "the authority said" inside the next sentence (kept as written); the authority\'s safety director ("Capt." dropped) with reported speech over three sentences and no new cue (the last ending "3:05 p.m."), then "He said"; the operator "wrote on Instagram" and "In a second post ..., the company said" (fronted channel, cue "said", "the company" as written); a SPOKESPERSON UNNAMED THEN NAMED ("A spokesperson for Bahari Lulu Marine said" kept as written; "The spokesperson, who later gave her name as ..., said" carrying the name; "Pandu-Hamad said" later); a passenger\'s three-sentence quote named after ("said Salma Juma Mcha, 34, a teacher ..."), then "She said"; two women in turn with "She said" after "Pandu-Hamad said" resolving to the spokesperson; a second passenger; a "Sheikh" who led prayers (narration, no speaker) and his quote of feeling; the minister ("Hon." dropped) who "wrote on X"; "The authority\'s records show" and "According to the authority\'s register"; "Rival operator Mawimbi Express declined to comment" (descriptor dropped); "The authority said" a step with a date ("W"). Tail: more-stories list, WhatsApp line, copyright (all "B").',
    'Malaysian (Sabah) ENGLISH-LANGUAGE DAILY\'S WEBSITE, desktop paste, a NATIVE TITLE INJUNCTION: the High Court halts land clearing at a Beluran village. Head: masthead, menu, crumb (all "B"); headline of record "W"; standfirst "Villagers say in affidavits ..." carrying "Villagers" (cue "say in affidavits"); byline in capitals, posted line (all "B"); a caption "" and its credit "B". Body: "KOTA KINABALU:" lead with the court acting (no speaker); "Justice Datuk ..." ordering with "Sdn Bhd" mid-sentence (no speaker); AFFIDAVITS from TWO BROTHERS SHARING A SURNAME on opposite sides: the village head "said in an affidavit", "He said", "Gimbang said"; his brother\'s filing narrated (no speaker), "Jaimin said in the affidavit" and "He said his brother ..." (Jaimin), "Gimbang disputed this in a reply affidavit"; the company\'s counsel ("Datuk" dropped) "told the court" and his two-sentence quote; the villagers\' lawyer "said", then "she told reporters" over two sentences; "Sinar Ladang said in a statement" (short form resolving to the full name) and "The company said" kept as written; the assemblyman ("Datuk Seri Panglima" dropped); "According to the department\'s figures"; "A spokesman for the department declined to comment, saying ..."; a rights group (descriptor dropped) and "Its coordinator"; the village head\'s daughter, who carries his name "Gimbang", named in narration and then "she said" over a two-sentence quote of record. Tail: related list, tags, copyright split at the bracketed registration number (all "B").',
    'New Zealand LOCAL-DEMOCRACY PAGE on a regional news site (Whanganui), desktop paste, a COUNCIL VOTE: the council drops a velodrome roof after the estimate nearly triples. Head: masthead, menu run together, section label (all "B"); headline of record "W"; standfirst "Philanthropist withdraws ... in letter to mayor, saying ..." carrying the knight in full (cue "saying", "W"); byline, role line, date line, share line (all "B"); a caption "" and its credit "B". Body: the vote of record; "Sir Trevor ..." named in narration, then his three-sentence LETTER quoted and named after with "Sir Trevor wrote in the letter" (title and given name resolving to the full name; cue "wrote in the letter"); the mayor ("Mayor" dropped) "said", "She said"; a "Dame" introduced in narration, her two-sentence quote "she said afterwards" (a record "W", a feeling ""), "She said" (the dame, a plan ""); TWO WOMEN IN TURN: "Carrick-Tane said", "She said" (the mayor, a reserve figure "W"); "The Velodrome Trust said in a statement" and "according to the trust\'s annual report"; a councillor ("Councillor" dropped) and his quote; "According to a council staff report" (a causal record "W"); "Matai Cost Advisory, declined to comment" (descriptor dropped); "Sport New Zealand said in a statement"; the dame\'s GRANDSON SHARING HER SURNAME ("Dame Verity\'s grandson" inside his own sentence), his two-sentence quote and "Petchey-Gould said his grandmother ..." (the grandson); the chief executive\'s date "W"; "Sir Trevor did not respond to a request for comment". Tail: funding line, more-from list, group line, copyright (all "B").',
    'Trinidad and Tobago REGIONAL NEWSPAPER\'S WEBSITE (south Trinidad), desktop paste, a LEAKED AUDIT: 2,914 patients waited more than 60 days for CT scans at a district hospital. Head: masthead, menu, section label (all "B"); headline "..., audit finds" carrying "an internal audit" as the story first gives it; standfirst "Health authority says ..." carrying the authority as the body first writes it; byline, date line, share strip "B"; a caption "" and its credit "B". Body: "an internal audit seen by the Clarion has found" ("an internal audit", cue "has found"); "The audit, dated ..., says" and "According to the audit"; the authority "said in a statement", "It said" (resolving to the body as first given) and "The authority said" (kept as written); the chief executive ("Dr." dropped) "declined to comment"; a union "said in a letter to the authority" and its president\'s three-sentence quote named after with an inverted cue and a relative clause, then a meeting date "W"; an attorney with a long relative clause, and "The letter, a copy of which was seen by the Clarion, says" ("The letter"); the patient named in an apposition with her records "W" and feelings "" in one quote; an unnamed "A consultant neurologist at the hospital, who asked not to be named ..." and "the neurologist said"; "Ministry of Health data show"; the minister ("Dr." dropped) "Asked about the audit at a post-Cabinet news conference ..." and "he told reporters"; an MP ("Hon." dropped) with a count "W" and a plan ""; "According to two radiographers at the hospital, who spoke on condition of anonymity" (the clause dropped). Tail: more-news list, a two-sentence story line, copyright (all "B").',
    'Bangladeshi NATIONAL DAILY\'S WEBSITE (Gazipur), desktop paste, a WAGE PROTEST: garment workers block a highway over three months\' unpaid wages. Head: masthead, menu ending in Bangla script, crumb (all "B"); headline of record "W"; standfirst "Owner promises to pay arrears by May 25 in statement read out by his nephew" carrying the owner in full (a date he set, "W"); correspondent line, published line, share strip "B"; a caption "" and its credit "B". Body: the blockade of record; "according to the Gazipur Metropolitan Police" (as written); a worker\'s three-sentence quote named after ("said Morium Begum Munni, 29, a sewing operator who ..."), a record "W" and feelings ""; "Workers said" kept as written; the owner\'s statement READ OUT by his NEPHEW, who SHARES HIS SURNAME: the reading is narration (no speaker), the statement\'s sentences carry the owner with "said in the statement", "He blamed" (the owner); the nephew answering in his own right ("Asked by workers why ..., Tanvir Matubbar said", "He said", "The younger Matubbar said"); an inverted police cue "said Md. Jahangir Kabir Sarkar, deputy commissioner of ..." ("Md." kept, "4:30 p.m." mid-sentence), "He said", "police said" with "7 p.m.,"; the inspection department with its bracketed acronym dropped, then "A DIFE official in Gazipur, who asked not to be named" (clause dropped); a union leader with a long apposition holding an embedded "says"; "the Dutch retailer Veldman Mode BV, declined to comment" (descriptor dropped); "According to the industrial police"; a second worker "Md. ..." with feelings "". Tail: related list, follow line, copyright split after the outlet\'s name (all "B").',
    'Zambian NEWS SITE (Lusaka), desktop paste, a WATER TARIFF RISE: Lusaka tariffs up 35% from July after the regulator approves the utility\'s request. Head: masthead, menu, section label (all "B"); headline of record "W"; standfirst "Church group says in letter ..." carrying the fellowship as the body first writes it (cue "says in letter", "W"); byline in capitals, date line, share strip "B"; a caption "" and its credit "B". Body: a lead ending "the regulator announced" resolving to the regulator as first named in the same sentence; "The utility had asked for 52 per cent." (no speaker); the regulator\'s director ("Eng." dropped) who "told a press briefing", "He said"; "The regulator said" kept as written; TWO MEN IN TURN: the utility\'s managing director ("Mr" dropped) "said", "He said" (a plan ""), "Mwanza-Tembo said" (a plan ""), "He said" (the regulator\'s director, a rule "W"), "Kasonkomona-Phiri declined to say" (like "declined to comment"); the fellowship "said in a letter to the regulator" with a relative clause; its chairperson\'s two-sentence quote named after with "said the Rev. ..., the fellowship\'s chairperson and minister of ...", then "The Rev. Mukuka-Lungu said" (a dated step "W"); the minister ("Hon." dropped) "told Parliament in a ministerial statement", "She said"; the mayor and his feeling; a MOTHER AND SON SHARING A SURNAME: the mother\'s price "W" and a quote of feeling and record, the son with a relative clause, then "Chimfwembe said he ..." (the son); "According to the regulator\'s 2025 sector report"; "The utility\'s board chairperson declined to comment". Tail: more-news list, comments count, copyright split at "Ltd." (all "B").',
]

ARTICLES = [
    [
        [
            ("THE SAVANNAH HERALD", "", "", "B"),
        ],
        [
            (
                "Home | News | Politics | Business | Metro | Sports | Opinion | Videos | E-Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Trending: Naira closes at N1,482/$ | NECO timetable out | Super Eagles squad named",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › North-West", "", "", "B"),
        ],
        [
            (
                "Fire destroys 312 shops at Kano’s Dangoma market, commissioner says",
                "Musa Lawan Makwarari",
                "says",
                "W",
            ),
        ],
        [
            (
                "Fire chief says first engine was held up 40 minutes by stalls blocking the access lane",
                "Sani Bello Kurawa",
                "says",
                "W",
            ),
        ],
        [
            ("By Aminu Garba Dankadai, Kano", "", "", "B"),
        ],
        [
            ("Published: Wednesday, 13 May 2026 | 7:42 pm", "", "", "B"),
        ],
        [
            ("Share: Facebook X WhatsApp Telegram", "", "", "B"),
        ],
        [
            (
                "Traders search through the remains of their shops at Dangoma market on Tuesday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Savannah Herald/Halima Sadiq Gaya", "", "", "B"),
        ],
        [
            (
                "KANO — Fire destroyed 312 shops and 41 storage sheds at Dangoma market in Kano metropolis in the early hours of Tuesday, the Kano State Commissioner for Commerce, Alhaji Musa Lawan Makwarari, told journalists at a press conference on Wednesday.",
                "Musa Lawan Makwarari",
                "told journalists",
                "W",
            ),
        ],
        [
            (
                "He said no life was lost but 17 people, most of them night guards, were treated for burns and smoke inhalation at a specialist hospital in the city.",
                "Musa Lawan Makwarari",
                "said",
                "W",
            ),
            (
                "The fire started at about 2:10 a.m. in a generator shed behind the textile section, he said.",
                "Musa Lawan Makwarari",
                "said",
                "W",
            ),
        ],
        [
            (
                "Makwarari said the state would set up a committee within two weeks to verify traders’ losses.",
                "Musa Lawan Makwarari",
                "said",
                "W",
            ),
            (
                "Each trader would have to present a receipt, a tally book or a bank statement to the committee.",
                "Musa Lawan Makwarari",
                "said",
                "W",
            ),
            (
                "Traders without records would be assessed by their section leaders, and no payment would be made before the committee reported.",
                "Musa Lawan Makwarari",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Director of the Kano State Fire Service, Alhaji Sani Bello Kurawa, who sat beside the commissioner and answered most of the technical questions, said the first engine left the Sharada fire station at 2:24 a.m. but could not get closer than 300 metres to the blaze for about 40 minutes.",
                "Sani Bello Kurawa",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The access lane was full of stalls and wheelbarrows chained to poles.",
                "Sani Bello Kurawa",
                "said",
                "W",
            ),
            ("My men had to cut the chains one by one.", "Sani Bello Kurawa", "said", ""),
            (
                "By the time we reached the shed, the roof of the textile section had gone,” Kurawa said.",
                "Sani Bello Kurawa",
                "said",
                "",
            ),
        ],
        [
            (
                "Asked by a reporter whether the state had ever enforced its 2023 order clearing stalls from market access lanes, Makwarari said the order had been enforced twice, in March and October 2024.",
                "Musa Lawan Makwarari",
                "said",
                "W",
            ),
            (
                "He said the traders had returned within days each time.",
                "Musa Lawan Makwarari",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Are we going to bring bulldozers to a market where people have lost everything?",
                "Musa Lawan Makwarari",
                "said",
                "",
            ),
            ("Not this week,” he said.", "Musa Lawan Makwarari", "said", ""),
        ],
        [
            (
                "A reporter from Arewa Pulse Radio asked whether the market’s fire hydrants had worked.",
                "A reporter from Arewa Pulse Radio",
                "asked",
                "",
            ),
            (
                "Kurawa replied that the market had four hydrants, all installed in 2009, and that none had had water pressure since at least 2021.",
                "Sani Bello Kurawa",
                "replied",
                "W",
            ),
            (
                "He said his service had written to the market’s management about them three times.",
                "Sani Bello Kurawa",
                "said",
                "W",
            ),
        ],
        [
            (
                "The chairman of the Dangoma Traders Association, Alhaji Ibrahim Shehu Rimingado, disputed the fire service’s account.",
                "Ibrahim Shehu Rimingado",
                "disputed",
                "",
            ),
        ],
        [
            ("“No stall was on that lane on Monday night.", "Ibrahim Shehu Rimingado", "said", "W"),
            (
                "We cleared it ourselves after the October exercise.",
                "Ibrahim Shehu Rimingado",
                "said",
                "W",
            ),
            (
                "The fire service came late because it came from Sharada with one engine,” said Rimingado, who has sold fabrics at the market since 1987.",
                "Ibrahim Shehu Rimingado",
                "said",
                "W",
            ),
            (
                "He put the traders’ losses at about N4.6 billion, a figure the government has not verified.",
                "Ibrahim Shehu Rimingado",
                "put",
                "W",
            ),
        ],
        [
            (
                "Chief Obinna Okpalaeke-Eze, who owns 26 of the destroyed shops and leases them mostly to traders from the South-East, said he had insured none of them.",
                "Obinna Okpalaeke-Eze",
                "said",
                "W",
            ),
            (
                "“I feel as if I am starting again at 64,” he said.",
                "Obinna Okpalaeke-Eze",
                "said",
                "",
            ),
        ],
        [
            (
                "The spokesperson for the Kano State Police Command, SP Nasiru Baba Kunchi, said in a statement that detectives had taken samples from the generator shed and that arson had not been ruled out.",
                "Nasiru Baba Kunchi",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "The Kano State Emergency Management Agency wrote on X that it had distributed 600 bags of rice and 400 mats to affected traders.",
                "The Kano State Emergency Management Agency",
                "wrote on X",
                "W",
            ),
            (
                "According to the agency’s post, the items were handed out at a primary school in Fagge on Wednesday afternoon.",
                "the agency’s post",
                "according to",
                "W",
            ),
        ],
        [
            (
                "An official at the Ministry of Commerce, who asked not to be named because he was not authorised to speak, said the committee was likely to recommend moving all generator sheds outside the market walls.",
                "An official at the Ministry of Commerce",
                "said",
                "",
            ),
        ],
        [
            (
                "The market’s management company, Dangoma Estates Ltd., declined to comment.",
                "Dangoma Estates Ltd.",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "It was the third fire at Dangoma market since 2019, according to fire service records.",
                "fire service records",
                "according to",
                "W",
            ),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            ("Kano assembly passes market fire safety bill at second reading", "", "", "B"),
        ],
        [
            ("Traders count losses after Sokoto market blaze", "", "", "B"),
        ],
        [
            ("Got a story?", "", "", "B"),
            ("WhatsApp the newsroom on 0803 555 0192", "", "", "B"),
        ],
        [
            ("© 2026 Savannah Herald Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("KAMPALA DISPATCH", "", "", "B"),
        ],
        [
            (
                "News | Politics | Business | Parliament | Regions | Sport | Op-Ed | Jobs",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Parliament", "", "", "B"),
        ],
        [
            (
                "MPs query Shs38.6b Mbale water project that has not supplied a single household in four years",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Permanent secretary tells committee contractor was paid 71 per cent of the contract sum",
                "Rosemary Akiteng Emuron",
                "tells committee",
                "W",
            ),
        ],
        [
            ("By Juliet Nakato Kabuye", "", "", "B"),
        ],
        [
            ("Thursday, May 14, 2026", "", "", "B"),
        ],
        [
            ("Share on WhatsApp | Facebook | X", "", "", "B"),
        ],
        [
            ("A trench dug for the pipeline in Bumasikye, Mbale District, in April.", "", "", ""),
        ],
        [
            ("Photo | Kampala Dispatch", "", "", "B"),
        ],
        [
            (
                "Members of Parliament’s Public Accounts Committee (Central Government) on Wednesday questioned officials of the Ministry of Water and Environment over a Shs38.6 billion piped water scheme in Mbale District that was due to be completed in June 2022.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The scheme, meant to supply 14 parishes in Bungokho, has not delivered water to a single household, according to the Auditor General’s report for the year ended June 30, 2025.",
                "the Auditor General’s report for the year ended June 30, 2025",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The ministry’s Permanent Secretary, Dr. Rosemary Akiteng Emuron, told the committee that the contractor, Elgon Hydro-Works Ltd., had been paid Shs27.4 billion, or 71 per cent of the contract sum, by the end of March.",
                "Rosemary Akiteng Emuron",
                "told the committee",
                "W",
            ),
            (
                "She said the pipeline was 88 per cent complete but work on the treatment plant at Namatala had stalled after a dispute over land.",
                "Rosemary Akiteng Emuron",
                "said",
                "W",
            ),
        ],
        [
            (
                "The committee chairperson, Hon. Margaret Auma Kiboijana, the Woman MP for Tororo District, said the figures did not match what members had seen on a visit to the site in April.",
                "Margaret Auma Kiboijana",
                "said",
                "",
            ),
            (
                "“We walked the line from Namatala to Bumasikye.",
                "Margaret Auma Kiboijana",
                "asked",
                "",
            ),
            (
                "We counted pipes lying in the grass at 11 places.",
                "Margaret Auma Kiboijana",
                "asked",
                "W",
            ),
            ("Where is the 88 per cent?” she asked.", "Margaret Auma Kiboijana", "asked", ""),
        ],
        [
            (
                "Emuron replied that the pipes in the grass were for a second phase that had not yet been funded.",
                "Rosemary Akiteng Emuron",
                "replied",
                "W",
            ),
            (
                "She said the ministry had written to the Ministry of Finance twice since October asking for the money.",
                "Rosemary Akiteng Emuron",
                "said",
                "W",
            ),
            ("Kiboijana was not satisfied.", "", "", ""),
            (
                "She said the committee would summon the contractor’s directors to appear on May 28.",
                "Margaret Auma Kiboijana",
                "said",
                "W",
            ),
            (
                "Kiboijana said the committee had received 214 written complaints from residents of Bungokho since January.",
                "Margaret Auma Kiboijana",
                "said",
                "W",
            ),
        ],
        [
            (
                "“This is a project that has eaten money for four years and given the people of Bungokho nothing but trenches,” said Hon. Wilberforce Wandera Khaukha, the MP for Bungokho North, who sits on the committee.",
                "Wilberforce Wandera Khaukha",
                "said",
                "",
            ),
            (
                "Khaukha said residents of his constituency still paid about Shs500 for a 20-litre jerrycan bought from vendors.",
                "Wilberforce Wandera Khaukha",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a letter to the ministry dated February 3, 2026, which was tabled before the committee, Elgon Hydro-Works’ managing director, Eng. Patrick Mugisha Tumwine, wrote that the company had suspended work because certificates worth Shs6.1 billion had not been paid since August 2025.",
                "Patrick Mugisha Tumwine",
                "wrote",
                "W",
            ),
            (
                "“We cannot continue to finance a government project from our overdraft,” the letter said.",
                "the letter",
                "said",
                "",
            ),
            (
                "Tumwine did not respond to calls on Wednesday.",
                "Patrick Mugisha Tumwine",
                "did not respond to calls",
                "",
            ),
        ],
        [
            (
                "The Auditor General also flagged Shs1.2 billion paid to a supervision consultant for months in which no work took place on site.",
                "The Auditor General",
                "flagged",
                "W",
            ),
        ],
        [
            (
                "The Minister of Water and Environment, Hon. Sarah Nabirye Kisaakye-Bwire, posted on X on Wednesday evening that she had ordered a special audit of the project, to be completed within 60 days.",
                "Sarah Nabirye Kisaakye-Bwire",
                "posted on X",
                "W",
            ),
            (
                "“The people of Mbale will get their water.",
                "Sarah Nabirye Kisaakye-Bwire",
                "wrote",
                "",
            ),
            (
                "Those who have delayed it will account,” she wrote.",
                "Sarah Nabirye Kisaakye-Bwire",
                "wrote",
                "",
            ),
        ],
        [
            (
                "A spokesperson for the ministry said the audit would be carried out by the office of the Internal Auditor General.",
                "A spokesperson for the ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "In Bumasikye, a village on the pipeline route, Mary Nambozo Wefafa, 52, said she still walked three kilometres to a borehole twice a day.",
                "Mary Nambozo Wefafa",
                "said",
                "",
            ),
            (
                "“They dug a trench through my garden in 2021 and took my cassava.",
                "Mary Nambozo Wefafa",
                "said",
                "W",
            ),
            ("Nobody has paid me,” she said.", "Mary Nambozo Wefafa", "said", "W"),
        ],
        [
            ("The committee adjourned the hearing to May 28.", "", "", "W"),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Auditor General flags Shs112b in stalled water projects", "", "", "B"),
        ],
        [
            ("Mbale residents petition Speaker over dry taps", "", "", "B"),
        ],
        [
            ("Tags: Parliament | PAC | Mbale | Water", "", "", "B"),
        ],
        [
            ("© 2026 Kampala Dispatch.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("Severn Vale Gazette", "", "", "B"),
        ],
        [
            ("News | Sport | What's On | Property | Jobs | Announcements | Subscribe", "", "", "B"),
        ],
        [
            ("News › Gloucester › Courts", "", "", "B"),
        ],
        [
            (
                "Cyclist, 58, died after lorry turned left across his path at A38 junction, coroner finds",
                "Judith Aske-Rendall",
                "finds",
                "W",
            ),
        ],
        [
            (
                "His widow says the junction was ‘an accident waiting to happen’",
                "Helen Quenington",
                "says",
                "",
            ),
        ],
        [
            ("By Rhiannon Pryce-Mallory", "", "", "B"),
        ],
        [
            ("Court Reporter", "", "", "B"),
        ],
        [
            ("10:24, 15 MAY 2026", "", "", "B"),
        ],
        [
            ("Updated 12:02, 15 MAY 2026", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            (
                "The junction of the A38 and Netherleaze Lane, where Martin Quenington was struck on 9 October 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Image: Severn Vale Gazette", "", "", "B"),
        ],
        [
            (
                "Martin Quenington, 58, died of multiple injuries after a 32-tonne tipper lorry turned left across the cycle lane at the junction of the A38 and Netherleaze Lane on 9 October 2025, area coroner Judith Aske-Rendall concluded on Thursday.",
                "Judith Aske-Rendall",
                "concluded",
                "W",
            ),
            (
                "She recorded a conclusion of road traffic collision at the end of a two-day inquest at Gloucestershire Coroner’s Court.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The lorry’s driver, Gavin Lechmere-Lusk, 44, of Stonehouse, told the inquest he had checked both mirrors as he approached the junction at about 12mph and had seen nothing in the cycle lane.",
                "Gavin Lechmere-Lusk",
                "told the inquest",
                "W",
            ),
            ("“I indicated, I looked, I turned.", "Gavin Lechmere-Lusk", "said", ""),
            ("I never saw him.", "Gavin Lechmere-Lusk", "said", ""),
            (
                "I have been driving lorries for 22 years and I have never hit anyone,” he said, breaking down in the witness box.",
                "Gavin Lechmere-Lusk",
                "said",
                "W",
            ),
        ],
        [
            (
                "Questioned by Imogen Stray-Calloway, for the Quenington family, he accepted that he had not looked in his nearside mirror in the last two seconds before turning.",
                "Gavin Lechmere-Lusk",
                "accepted",
                "W",
            ),
            (
                "Ms Stray-Calloway put it to him that dashcam footage showed Mr Quenington alongside the lorry’s cab for at least four seconds before it turned.",
                "Imogen Stray-Calloway",
                "put it to him",
                "W",
            ),
            (
                "“That may be what it shows,” Mr Lechmere-Lusk said.",
                "Gavin Lechmere-Lusk",
                "said",
                "",
            ),
            ("“I can only tell you what I saw.”", "Gavin Lechmere-Lusk", "said", ""),
        ],
        [
            (
                "PC Daniel Oyebisi-Hurst, a forensic collision investigator with Gloucestershire Police, said the lorry had been travelling at 11mph when it began to turn and Mr Quenington at about 16mph.",
                "Daniel Oyebisi-Hurst",
                "said",
                "W",
            ),
            (
                "He said a cyclist in that position would have been visible in the nearside mirror and on a blind-spot camera fitted to the cab, but the camera’s monitor had been found switched off.",
                "Daniel Oyebisi-Hurst",
                "said",
                "W",
            ),
            (
                "Mr Lechmere-Lusk told the inquest he had switched it off the week before because its glare at night gave him headaches.",
                "Gavin Lechmere-Lusk",
                "told the inquest",
                "W",
            ),
            (
                "He said he had reported the glare to his employer twice.",
                "Gavin Lechmere-Lusk",
                "said",
                "W",
            ),
        ],
        [
            (
                "The haulier, Cotswold Aggregate Haulage Ltd., said in a written statement to the inquest that it had no record of either report.",
                "Cotswold Aggregate Haulage Ltd.",
                "said in a written statement to the inquest",
                "W",
            ),
            (
                "Its managing director, Keith Wragglesby-Fenn, who gave evidence by video link, said all 38 of the company’s lorries now had monitors that drivers could not switch off.",
                "Keith Wragglesby-Fenn",
                "said",
                "W",
            ),
        ],
        [
            (
                "A statement from Mr Quenington’s widow, Helen Quenington, was read to the court by the coroner’s officer.",
                "",
                "",
                "",
            ),
            (
                "“Martin rode that road to the mill for 30 years.",
                "Helen Quenington",
                "said in the statement",
                "W",
            ),
            ("He knew every pothole on it.", "Helen Quenington", "said in the statement", ""),
            (
                "Everyone on Netherleaze Lane knows that junction is an accident waiting to happen,” she said in the statement.",
                "Helen Quenington",
                "said in the statement",
                "",
            ),
        ],
        [
            (
                "Their son, Tom Quenington, 27, told reporters outside the court that the family would ask National Highways to give cyclists a separate green light at the junction.",
                "Tom Quenington",
                "told reporters",
                "",
            ),
            (
                "He said his mother had stayed away because she did not want to hear the footage described.",
                "Tom Quenington",
                "said",
                "",
            ),
        ],
        [
            (
                "Ms Aske-Rendall said she would send a prevention of future deaths report to the Department for Transport about blind-spot monitors that drivers can switch off.",
                "Judith Aske-Rendall",
                "said",
                "",
            ),
            (
                "“Two other deaths in this area in the past five years have involved a cab camera that was not on,” she said.",
                "Judith Aske-Rendall",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sir Geoffrey Ambrose-Tilling, the MP for Cam Valley, wrote to the transport secretary in November asking for the junction to be redesigned.",
                "Geoffrey Ambrose-Tilling",
                "wrote",
                "W",
            ),
            (
                "In the letter, which he shared with the Gazette, he said residents had reported 14 near-misses at the junction since 2022.",
                "Geoffrey Ambrose-Tilling",
                "said",
                "W",
            ),
        ],
        [
            (
                "A Department for Transport spokesperson said the department would respond to the coroner’s report within the 56 days required by law.",
                "A Department for Transport spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Crown Prosecution Service decided in March not to bring charges against Mr Lechmere-Lusk.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Read more", "", "", "B"),
        ],
        [
            ("Cam Valley MP calls for 40mph limit on A38 approach", "", "", "B"),
        ],
        [
            ("Family of Gloucester cyclist raise £18,000 for road safety charity", "", "", "B"),
        ],
        [
            ("Do you have a story for us?", "", "", "B"),
            ("Email newsdesk@severnvalegazette.co.uk", "", "", "B"),
        ],
        [
            ("© 2026 Severn Vale Newspapers Ltd", "", "", "B"),
        ],
    ],
    [
        [
            ("MIDLANDS SENTINEL", "", "", "B"),
        ],
        [
            ("Home  News  Courts  Business  Sport  Opinion  Obituaries", "", "", "B"),
        ],
        [
            ("COURTS", "", "", "B"),
        ],
        [
            (
                "Ex-Msunduzi CFO approved R47.3m in payments to company with no staff, auditor tells court",
                "Charmaine de Bruyn-Motaung",
                "tells court",
                "W",
            ),
        ],
        [
            (
                "Advocate says former CFO signed what her officials put in front of her",
                "Riana Kriel-Ndlovu",
                "says",
                "",
            ),
        ],
        [
            ("Lindiwe Manqele-Carstens | Court Reporter", "", "", "B"),
        ],
        [
            ("15 May 2026, 18:05", "", "", "B"),
        ],
        [
            ("Share | Tweet | WhatsApp", "", "", "B"),
        ],
        [
            (
                "PIETERMARITZBURG — A forensic auditor, Charmaine de Bruyn-Motaung, told the KwaZulu-Natal High Court on Thursday that former Msunduzi Municipality chief financial officer Nomvula Precious Madlopha-Dube had approved 61 payments worth R47.3 million to a company that had no employees, no vehicles and no office.",
                "Charmaine de Bruyn-Motaung",
                "told the KwaZulu-Natal High Court",
                "W",
            ),
        ],
        [
            (
                "Madlopha-Dube, 53, and her brother, Sibusiso Madlopha, 49, have pleaded not guilty to fraud, corruption and money laundering.",
                "",
                "",
                "W",
            ),
            (
                "The state alleges that Sibusiso Madlopha was the sole director of Umgeni Roadcare (Pty) Ltd, which was paid for pothole repairs in Edendale and Northdale between July 2021 and February 2023.",
                "The state",
                "alleges",
                "W",
            ),
        ],
        [
            (
                "De Bruyn-Motaung said her firm had matched each payment to a job card.",
                "Charmaine de Bruyn-Motaung",
                "said",
                "W",
            ),
            (
                "Of the 61 job cards, 44 had been signed by the same municipal foreman, and 17 referred to streets that another contractor had resurfaced in the same month.",
                "Charmaine de Bruyn-Motaung",
                "said",
                "W",
            ),
            (
                "None of the job cards had photographs attached, although the municipality’s procurement policy had required them since 2019.",
                "Charmaine de Bruyn-Motaung",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Every payment went through the same three steps in the same order.",
                "Charmaine de Bruyn-Motaung",
                "told the court",
                "W",
            ),
            (
                "The job card came in, Ms Madlopha-Dube signed the payment authority, and the money left the account the same afternoon.",
                "Charmaine de Bruyn-Motaung",
                "told the court",
                "W",
            ),
            (
                "In 61 payments there was not one exception,” De Bruyn-Motaung told the court.",
                "Charmaine de Bruyn-Motaung",
                "told the court",
                "W",
            ),
        ],
        [
            (
                "Under cross-examination, Advocate Riana Kriel-Ndlovu, for Madlopha-Dube, put it to the witness that the CFO had signed between 300 and 400 payment authorities a month.",
                "Riana Kriel-Ndlovu",
                "put it to the witness",
                "W",
            ),
            (
                "“My client was not in a position to inspect potholes.",
                "Riana Kriel-Ndlovu",
                "said",
                "",
            ),
            (
                "She signed what her officials put in front of her,” she said.",
                "Riana Kriel-Ndlovu",
                "said",
                "",
            ),
            (
                "De Bruyn-Motaung accepted that the volume was high.",
                "Charmaine de Bruyn-Motaung",
                "accepted",
                "",
            ),
            (
                "She said, however, that no other supplier had been paid on the same day as its invoice in the period she examined.",
                "Charmaine de Bruyn-Motaung",
                "said",
                "W",
            ),
            (
                "Kriel-Ndlovu asked her whether she had interviewed a single official in the finance department.",
                "Riana Kriel-Ndlovu",
                "asked",
                "",
            ),
            (
                "She said she had not, because the municipality had limited her mandate to documents.",
                "Charmaine de Bruyn-Motaung",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sibusiso Madlopha’s attorney, Themba Xulu-Robertson, told reporters during the lunch adjournment that his client had done the work and had receipts for the asphalt to prove it.",
                "Themba Xulu-Robertson",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "Madlopha said in an affidavit filed in 2024 in support of his bail application that Umgeni Roadcare had hired 23 casual workers and rented two tipper trucks for each job.",
                "Sibusiso Madlopha",
                "said in an affidavit",
                "W",
            ),
        ],
        [
            (
                "The Msunduzi Municipality said in a statement that it had recovered R6.8 million under a preservation order against the siblings’ properties.",
                "The Msunduzi Municipality",
                "said in a statement",
                "W",
            ),
            (
                "Municipal spokesperson Ntando Cele-Ellis said the municipality would move to recover the rest once the trial ended.",
                "Ntando Cele-Ellis",
                "said",
                "",
            ),
        ],
        [
            (
                "National Prosecuting Authority regional spokesperson Adv. Busisiwe Mbhele-Lotter said the state would call 19 witnesses.",
                "Busisiwe Mbhele-Lotter",
                "said",
                "W",
            ),
        ],
        [
            (
                "Madlopha-Dube, who was suspended in March 2023 and dismissed in October that year, sat beside her brother in the dock and took notes throughout.",
                "",
                "",
                "W",
            ),
            (
                "She declined to comment when approached by the Sentinel.",
                "Nomvula Precious Madlopha-Dube",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "Judge Sifiso Mdlalose-Pillay adjourned the trial to 25 May, when the defence will begin cross-examining the municipality’s former supply chain manager.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In Edendale, where many of the job cards placed the repairs, resident Xolani Dlungwane said the potholes on his street had been there since 2019.",
                "Xolani Dlungwane",
                "said",
                "W",
            ),
            ("“We watched cars break their axles.", "Xolani Dlungwane", "said", ""),
            (
                "We phoned the councillor every month and nobody came,” he said.",
                "Xolani Dlungwane",
                "said",
                "W",
            ),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Msunduzi audit: R212m in irregular spending flagged", "", "", "B"),
        ],
        [
            ("Former CFO granted R50,000 bail", "", "", "B"),
        ],
        [
            ("Sign up for the Sentinel’s daily newsletter", "", "", "B"),
        ],
        [
            ("© 2026 Midlands Sentinel (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("WESTERN MERCURY", "", "", "B"),
        ],
        [
            ("Home | News | Business | Entertainment | Sport | Letters | Classifieds", "", "", "B"),
        ],
        [
            ("News › St James", "", "", "B"),
        ],
        [
            ("THE BIG INTERVIEW", "", "", "B"),
        ],
        [
            (
                "Montego Bay mayor says 43 of the city’s 61 community standpipes have been dry since March",
                "Lloyd Emmanuel Whyte-Barrington",
                "says",
                "W",
            ),
        ],
        [
            (
                "Ahead of Tuesday’s vote on a water levy, we asked him about lock-offs, trucks and a pipeline that is two years late",
                "",
                "",
                "",
            ),
        ],
        [
            ("Interview by Kerry-Ann Lindo-Baptiste", "", "", "B"),
        ],
        [
            ("Published: Sunday | May 17, 2026 | 12:00 AM", "", "", "B"),
        ],
        [
            (
                "Last Sunday, about 300 residents of Flanker and Norwood marched on the offices of the St James Municipal Corporation, led by the Rev. Winston Aldred Gayle-Lindsay of the Flanker Gospel Assembly.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“We are not asking for a miracle.",
                "Winston Aldred Gayle-Lindsay",
                "told the crowd",
                "",
            ),
            (
                "We are asking for water we are already paying for,” Mr Gayle-Lindsay told the crowd.",
                "Winston Aldred Gayle-Lindsay",
                "told the crowd",
                "",
            ),
        ],
        [
            (
                "The National Water Commission says supply to the two communities has been cut for at least 16 hours a day since March because its Great River intake is running at 41 per cent of capacity.",
                "The National Water Commission",
                "says",
                "W",
            ),
        ],
        [
            (
                "The Mayor of Montego Bay, Councillor Lloyd Emmanuel Whyte-Barrington, sat down with the Mercury on Friday.",
                "",
                "",
                "",
            ),
            ("The interview has been edited for length and clarity.", "", "", "B"),
        ],
        [
            ("Q: How many of the city’s standpipes are working?", "", "", ""),
        ],
        [
            (
                "A: Of the 61 community standpipes the corporation maintains, 43 have been dry since March.",
                "Lloyd Emmanuel Whyte-Barrington",
                "A:",
                "W",
            ),
            (
                "The other 18 get water about three days a week.",
                "Lloyd Emmanuel Whyte-Barrington",
                "A:",
                "W",
            ),
        ],
        [
            (
                "Q: Residents say the corporation’s water trucks skip their roads.",
                "Residents",
                "say",
                "W",
            ),
            ("Is that true?", "", "", ""),
        ],
        [
            ("A: Some of it is true.", "Lloyd Emmanuel Whyte-Barrington", "A:", ""),
            (
                "We have six trucks, and two of them have been in the garage since April.",
                "Lloyd Emmanuel Whyte-Barrington",
                "A:",
                "W",
            ),
            (
                "So the schedule slipped, and I won’t pretend it didn’t.",
                "Lloyd Emmanuel Whyte-Barrington",
                "A:",
                "",
            ),
        ],
        [
            ("Q: The Great River pipeline was supposed to be finished in 2024.", "", "", "W"),
            ("Why isn’t it?", "", "", ""),
        ],
        [
            (
                "A: That pipeline is a National Water Commission project, not ours.",
                "Lloyd Emmanuel Whyte-Barrington",
                "A:",
                "W",
            ),
            (
                "They told us in January that the contractor had laid 9.2 kilometres of the 14.",
                "Lloyd Emmanuel Whyte-Barrington",
                "A:",
                "W",
            ),
            (
                "I am told the rest will be done by December.",
                "Lloyd Emmanuel Whyte-Barrington",
                "A:",
                "",
            ),
        ],
        [
            (
                "Q: The levy on Tuesday’s agenda would add J$1,500 a quarter to property tax bills.",
                "",
                "",
                "W",
            ),
            ("Why ask people to pay more for water they don’t get?", "", "", ""),
        ],
        [
            (
                "A: We will not raise the fee before the pumps work.",
                "Lloyd Emmanuel Whyte-Barrington",
                "A:",
                "",
            ),
            (
                "The levy, if it passes, starts in January 2027, and every dollar goes to the two booster stations at Norwood.",
                "Lloyd Emmanuel Whyte-Barrington",
                "A:",
                "W",
            ),
        ],
        [
            (
                "Q: Rev. Gayle-Lindsay says the corporation has known about the intake problem since 2023.",
                "Winston Aldred Gayle-Lindsay",
                "says",
                "W",
            ),
            ("Did you?", "", "", ""),
        ],
        [
            ("A: Yes.", "Lloyd Emmanuel Whyte-Barrington", "A:", ""),
            (
                "We wrote to the NWC in August 2023 and again in May 2024.",
                "Lloyd Emmanuel Whyte-Barrington",
                "A:",
                "W",
            ),
            (
                "I have both letters, and anyone who wants to see them can come to my office.",
                "Lloyd Emmanuel Whyte-Barrington",
                "A:",
                "",
            ),
        ],
        [
            ("Q: What do you say to the people who marched?", "", "", ""),
        ],
        [
            ("A: I say they were right to march.", "Lloyd Emmanuel Whyte-Barrington", "A:", ""),
        ],
        [
            (
                "The National Water Commission’s corporate communications manager, Andrea Chin-Mattis, said in an email that the Great River pipeline was 67 per cent complete and that the commission expected to commission it in the first quarter of 2027.",
                "Andrea Chin-Mattis",
                "said in an email",
                "W",
            ),
            (
                "She said the commission had received the mayor’s letters and had replied to both.",
                "Andrea Chin-Mattis",
                "said",
                "W",
            ),
        ],
        [
            ("The corporation’s councillors vote on the levy on Tuesday at 10 a.m.", "", "", "W"),
        ],
        [
            ("MORE FROM THE MERCURY", "", "", "B"),
        ],
        [
            ("St James: Seven communities to get water by truck this weekend", "", "", "B"),
        ],
        [
            ("Letters: The levy is a tax on thirst", "", "", "B"),
        ],
        [
            ("We welcome your comments.", "", "", "B"),
            ("Email letters@westernmercury.com.jm", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Western Mercury Publishing Co. Ltd.", "", "", "B"),
        ],
    ],
    [
        [
            ("HILL COUNTRY HERALD", "", "", "B"),
        ],
        [
            ("News | Business | Features | Sport | Opinion | Plus | ePaper", "", "", "B"),
        ],
        [
            ("Features › Interview", "", "", "B"),
        ],
        [
            (
                "Kandy Lake has lost half its oxygen in ten years, says limnologist",
                "Chaminda Kumarage-Wijesekera",
                "says",
                "W",
            ),
        ],
        [
            (
                "After 2.3 tonnes of dead fish were pulled from the lake, we asked a scientist who has sampled it every month since 2014 what went wrong",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Niluka Gunatilleke-Fernando", "", "", "B"),
        ],
        [
            ("Sunday, 17 May 2026 00:05", "", "", "B"),
        ],
        [
            (
                "Municipal workers remove dead fish from Kandy Lake near the boat jetty on 9 May.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Pic by Asanka Madurapperuma", "", "", "B"),
        ],
        [
            (
                "Workers from the Kandy Municipal Council removed 2.3 tonnes of dead fish from Kandy Lake between 7 and 11 May, the council’s chief medical officer of health, Dr. Ruwan Pathirage-Bandara, said on Monday.",
                "Ruwan Pathirage-Bandara",
                "said",
                "W",
            ),
        ],
        [
            (
                "Pathirage-Bandara said the fish had been buried at the council’s compost yard in Gohagoda.",
                "Ruwan Pathirage-Bandara",
                "said",
                "W",
            ),
            (
                "Water samples had been sent to the Central Environmental Authority’s laboratory in Battaramulla, and the results were expected within ten days.",
                "Ruwan Pathirage-Bandara",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to Central Environmental Authority data, dissolved oxygen at the lake’s outlet averaged 3.1 milligrams per litre in April, against the 5 milligrams most fish need.",
                "Central Environmental Authority data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Kandy Municipal Council’s commissioner declined to comment on whether sewage from hotels on the north bank was reaching the lake.",
                "The Kandy Municipal Council’s commissioner",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "Prof. Chaminda Kumarage-Wijesekera of the University of Peradeniya’s Department of Zoology has sampled the lake every month since 2014.",
                "",
                "",
                "W",
            ),
            ("We spoke to him on Thursday.", "", "", ""),
        ],
        [
            ("This interview has been condensed and edited.", "", "", "B"),
        ],
        [
            ("HERALD: What killed the fish?", "", "", ""),
        ],
        [
            (
                "PROF. CHAMINDA KUMARAGE-WIJESEKERA: A lack of oxygen, almost certainly.",
                "Chaminda Kumarage-Wijesekera",
                "PROF. CHAMINDA KUMARAGE-WIJESEKERA:",
                "",
            ),
            (
                "On the morning of 8 May we measured 0.9 milligrams per litre at the jetty, which is not enough for a tilapia to survive.",
                "Chaminda Kumarage-Wijesekera",
                "PROF. CHAMINDA KUMARAGE-WIJESEKERA:",
                "W",
            ),
            (
                "The algae bloomed in the heat and died, and the bacteria that fed on them used up what oxygen there was.",
                "Chaminda Kumarage-Wijesekera",
                "PROF. CHAMINDA KUMARAGE-WIJESEKERA:",
                "W",
            ),
        ],
        [
            (
                "HERALD: You say the lake has lost half its oxygen in ten years.",
                "Chaminda Kumarage-Wijesekera",
                "say",
                "W",
            ),
            ("How do you know?", "", "", ""),
        ],
        [
            (
                "KUMARAGE-WIJESEKERA: In 2014 the monthly average at the outlet was 6.4 milligrams per litre.",
                "Chaminda Kumarage-Wijesekera",
                "KUMARAGE-WIJESEKERA:",
                "W",
            ),
            ("Last year it was 3.2.", "Chaminda Kumarage-Wijesekera", "KUMARAGE-WIJESEKERA:", "W"),
            (
                "We have 137 monthly samples, and every year except 2020 is lower than the year before.",
                "Chaminda Kumarage-Wijesekera",
                "KUMARAGE-WIJESEKERA:",
                "W",
            ),
        ],
        [
            ("HERALD: Why was 2020 different?", "", "", ""),
        ],
        [
            (
                "KUMARAGE-WIJESEKERA: The hotels were closed for most of that year and the traffic on the lake road stopped.",
                "Chaminda Kumarage-Wijesekera",
                "KUMARAGE-WIJESEKERA:",
                "W",
            ),
            (
                "My students joke that the lake had a holiday.",
                "Chaminda Kumarage-Wijesekera",
                "KUMARAGE-WIJESEKERA:",
                "",
            ),
        ],
        [
            (
                "HERALD: The council says the hotels on the north bank are all connected to the sewer.",
                "The council",
                "says",
                "W",
            ),
            ("Is that right?", "", "", ""),
        ],
        [
            (
                "KUMARAGE-WIJESEKERA: Eleven of them are, according to the council’s own 2023 survey.",
                "Chaminda Kumarage-Wijesekera",
                "KUMARAGE-WIJESEKERA:",
                "W",
            ),
            ("Four are not.", "Chaminda Kumarage-Wijesekera", "KUMARAGE-WIJESEKERA:", "W"),
            (
                "I have read the survey, and so has the council.",
                "Chaminda Kumarage-Wijesekera",
                "KUMARAGE-WIJESEKERA:",
                "",
            ),
        ],
        [
            ("HERALD: What has to happen now?", "", "", ""),
        ],
        [
            (
                "KUMARAGE-WIJESEKERA: Aerators at the two deep points, this month, not next year.",
                "Chaminda Kumarage-Wijesekera",
                "KUMARAGE-WIJESEKERA:",
                "",
            ),
            (
                "And someone has to go hotel by hotel with a dye test.",
                "Chaminda Kumarage-Wijesekera",
                "KUMARAGE-WIJESEKERA:",
                "",
            ),
        ],
        [
            (
                "The Central Environmental Authority’s Central Province director, Eng. Sunethra Weerakkody-Dias, said on Friday that two aerators had been ordered and would be installed by 31 May.",
                "Sunethra Weerakkody-Dias",
                "said",
                "W",
            ),
            (
                "She said the authority would publish the laboratory results on its website.",
                "Sunethra Weerakkody-Dias",
                "said",
                "",
            ),
        ],
        [
            ("Also read", "", "", "B"),
        ],
        [
            ("Peradeniya students map plastic in the Mahaweli", "", "", "B"),
        ],
        [
            ("Kandy traffic plan: lake road one-way from June", "", "", "B"),
        ],
        [
            ("0 Comments", "", "", "B"),
        ],
        [
            ("© Copyright 2026 | Hill Country Herald (Pvt) Ltd", "", "", "B"),
        ],
    ],
    [
        [
            ("VISIWANI DAILY", "", "", "B"),
        ],
        [
            ("Home · Zanzibar · Mainland · Business · Sports · Maoni · Video", "", "", "B"),
        ],
        [
            ("Breaking: Pemba–Unguja fast ferry service suspended", "", "", "B"),
        ],
        [
            ("ZANZIBAR", "", "", "B"),
        ],
        [
            ("Ferry with 386 passengers returns to Mkoani after engine-room fire", "", "", "W"),
        ],
        [
            (
                "Passengers say crew unlocked the life jackets only after smoke reached the upper deck",
                "Passengers",
                "say",
                "W",
            ),
        ],
        [
            ("By Mwanahawa Suleiman Khatib | Mkoani, Pemba", "", "", "B"),
        ],
        [
            ("May 16, 2026 | 21:40", "", "", "B"),
        ],
        [
            ("Share: WhatsApp | Facebook | X | Instagram", "", "", "B"),
        ],
        [
            (
                "Passengers wait on the quay at Mkoani after the MV Kisiwa Njema returned to port on Friday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Visiwani Daily", "", "", "B"),
        ],
        [
            (
                "The MV Kisiwa Njema, carrying 386 passengers and 14 crew, turned back to Mkoani port on Friday afternoon after a fire broke out in its engine room about 40 minutes into the crossing to Unguja, the Zanzibar Maritime Authority said.",
                "the Zanzibar Maritime Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "No one was seriously hurt, the authority said, although nine passengers were treated for smoke inhalation at the district hospital in Mkoani.",
                "the authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "The authority’s director of maritime safety, Capt. Rashid Omar Makame, said the fire had started in a fuel filter on the starboard engine.",
                "Rashid Omar Makame",
                "said",
                "W",
            ),
            (
                "The crew had put it out with extinguishers within 12 minutes.",
                "Rashid Omar Makame",
                "said",
                "W",
            ),
            (
                "The master had then turned the vessel round on one engine, reaching Mkoani at 3:05 p.m.",
                "Rashid Omar Makame",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said the vessel would stay in port until the authority’s surveyors had inspected both engines and the fire-suppression system.",
                "Rashid Omar Makame",
                "said",
                "W",
            ),
        ],
        [
            (
                "Bahari Lulu Marine, which operates the vessel, wrote on Instagram on Friday evening that “all passengers are safe” and that ticket holders would be carried on its sister ship on Saturday.",
                "Bahari Lulu Marine",
                "wrote on Instagram",
                "W",
            ),
            (
                "In a second post about an hour later, the company said it would refund any passenger who did not want to travel.",
                "the company",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesperson for Bahari Lulu Marine said on Saturday that the fire had been “small” and that the Kisiwa Njema had passed its annual inspection in February.",
                "A spokesperson for Bahari Lulu Marine",
                "said",
                "W",
            ),
            (
                "The spokesperson, who later gave her name as Tatu Ali Pandu-Hamad, said the company had run the route since 2017 without an accident.",
                "Tatu Ali Pandu-Hamad",
                "said",
                "W",
            ),
        ],
        [
            ("“We saw the smoke before anyone told us anything.", "Salma Juma Mcha", "said", ""),
            (
                "The life jackets were in a locked cage on the upper deck.",
                "Salma Juma Mcha",
                "said",
                "W",
            ),
            (
                "A crew member opened it only when people started shouting,” said Salma Juma Mcha, 34, a teacher travelling to Unguja with her two children.",
                "Salma Juma Mcha",
                "said",
                "W",
            ),
            (
                "She said she had counted about 60 life jackets in the cage.",
                "Salma Juma Mcha",
                "said",
                "W",
            ),
        ],
        [
            (
                "Pandu-Hamad said the cage was kept locked to stop theft and that the key was held by a crew member on every crossing.",
                "Tatu Ali Pandu-Hamad",
                "said",
                "W",
            ),
            (
                "She said the vessel carried 420 life jackets, more than its licensed capacity of 400 passengers.",
                "Tatu Ali Pandu-Hamad",
                "said",
                "W",
            ),
        ],
        [
            (
                "Another passenger, Abdallah Said Kheri, 61, said the crew had been calm and that the master had spoken to passengers over the loudspeaker within five minutes.",
                "Abdallah Said Kheri",
                "said",
                "W",
            ),
            ("“They did their job.", "Abdallah Said Kheri", "said", ""),
            ("I have no complaint,” he said.", "Abdallah Said Kheri", "said", ""),
        ],
        [
            (
                "Sheikh Khamis Abdalla Mselem, the imam of a mosque in Mkoani who was among the passengers, led prayers on the quay after the vessel docked.",
                "",
                "",
                "",
            ),
            (
                "“People were reciting the Qur’an in the lower cabin.",
                "Khamis Abdalla Mselem",
                "said",
                "",
            ),
            (
                "I have crossed this channel more than 200 times and I have never been afraid before,” he said.",
                "Khamis Abdalla Mselem",
                "said",
                "",
            ),
        ],
        [
            (
                "Zanzibar’s Minister for Infrastructure, Communications and Transport, Hon. Mwanajuma Faki Shaame, wrote on X that she had directed the authority to publish its inspection report within 14 days.",
                "Mwanajuma Faki Shaame",
                "wrote on X",
                "W",
            ),
        ],
        [
            (
                "The authority’s records show the company was fined TSh12 million in 2023 for carrying 47 passengers more than its licence allowed on the Kisiwa Njema.",
                "The authority’s records",
                "show",
                "W",
            ),
            (
                "According to the authority’s register, the vessel was built in 2004 and bought from a Greek operator in 2016.",
                "the authority’s register",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Rival operator Mawimbi Express declined to comment on whether it would add sailings.",
                "Mawimbi Express",
                "declined to comment",
                "",
            ),
            (
                "The authority said a second fast ferry on the route, the MV Pemba Star, would run two extra crossings a day from Sunday.",
                "The authority",
                "said",
                "W",
            ),
        ],
        [
            ("Habari Zaidi | More stories", "", "", "B"),
        ],
        [
            ("Pemba clove farmers get first payment in 11 weeks", "", "", "B"),
        ],
        [
            ("Mkoani port expansion: contractor named", "", "", "B"),
        ],
        [
            ("Follow Visiwani Daily on WhatsApp", "", "", "B"),
        ],
        [
            ("© 2026 Visiwani Media Ltd", "", "", "B"),
        ],
    ],
    [
        [
            ("KINABALU TRIBUNE", "", "", "B"),
        ],
        [
            ("Home | Sabah | Nation | Business | Sports | World | Columns", "", "", "B"),
        ],
        [
            ("Sabah › Courts", "", "", "B"),
        ],
        [
            (
                "High Court halts land clearing at Kampung Lobou Baru pending native title suit",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Villagers say in affidavits that bulldozers flattened 11 graves",
                "Villagers",
                "say in affidavits",
                "W",
            ),
        ],
        [
            ("by JOANNE LIEW MEI FONG", "", "", "B"),
        ],
        [
            ("Posted on May 15, 2026, Friday", "", "", "B"),
        ],
        [
            (
                "Villagers of Kampung Lobou Baru outside the court complex in Kota Kinabalu on Thursday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("– Photo by Kinabalu Tribune", "", "", "B"),
        ],
        [
            (
                "KOTA KINABALU: The High Court here on Thursday granted 46 villagers of Kampung Lobou Baru in Beluran an interim injunction stopping a plantation company from clearing 1,240 hectares they claim as native customary land.",
                "",
                "",
                "W",
            ),
            (
                "Justice Datuk Roslan Majinbon ordered Sinar Ladang Plantations Sdn Bhd to remove its machinery from the area within seven days and fixed June 22 for case management.",
                "",
                "",
                "W",
            ),
            (
                "The court also ordered the company to preserve all survey maps and drone footage of the area.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The village head, Gimbang Sapirin, 67, said in an affidavit filed on behalf of the villagers that the community had farmed, hunted and buried its dead on the land since before 1950.",
                "Gimbang Sapirin",
                "said in an affidavit",
                "W",
            ),
            (
                "He said bulldozers had flattened 11 graves and 400 rubber trees between March 3 and March 19.",
                "Gimbang Sapirin",
                "said",
                "W",
            ),
            (
                "Gimbang said the villagers had lodged police reports over the graves on March 21.",
                "Gimbang Sapirin",
                "said",
                "W",
            ),
        ],
        [
            (
                "His younger brother, Jaimin Sapirin, 58, who signed a 2019 agreement allowing the company onto part of the land, filed an affidavit in support of the company.",
                "",
                "",
                "W",
            ),
            (
                "Jaimin said in the affidavit that villagers had only ever cultivated 90 hectares and that the rest was secondary forest.",
                "Jaimin Sapirin",
                "said in the affidavit",
                "W",
            ),
            (
                "He said his brother had not objected when the agreement was signed.",
                "Jaimin Sapirin",
                "said",
                "W",
            ),
            (
                "Gimbang disputed this in a reply affidavit, saying he had been in hospital in Sandakan for the whole of that month.",
                "Gimbang Sapirin",
                "disputed",
                "W",
            ),
        ],
        [
            (
                "Counsel for the company, Datuk Vincent Chin Kah Loong, told the court that the 2019 agreement and a provisional lease issued by the state in 2020 gave his client the right to develop the land.",
                "Vincent Chin Kah Loong",
                "told the court",
                "",
            ),
            ("“My client has a lease.", "Vincent Chin Kah Loong", "said", "W"),
            ("The plaintiffs have a story,” he said.", "Vincent Chin Kah Loong", "said", ""),
        ],
        [
            (
                "The villagers’ lawyer, Marilyn Sintoh-Gansau, said the provisional lease had been issued while a native title application covering the same land was still pending at the Lands and Surveys Department.",
                "Marilyn Sintoh-Gansau",
                "said",
                "W",
            ),
            (
                "“The state cannot lease what it has not yet decided is its own to lease.",
                "Marilyn Sintoh-Gansau",
                "told reporters",
                "",
            ),
            (
                "That is the whole of our case,” she told reporters outside the court.",
                "Marilyn Sintoh-Gansau",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "Sinar Ladang said in a statement on Thursday night that it would comply with the order but would apply to have it set aside.",
                "Sinar Ladang Plantations Sdn Bhd",
                "said in a statement",
                "",
            ),
            (
                "The company said it had paid RM1.86 million in compensation to 31 households under the 2019 agreement.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Beluran assemblyman Datuk Seri Panglima Ahmad Juhari Sulaiman said he had asked the Lands and Surveys Department to freeze all new leases in the district until pending native title applications were decided.",
                "Ahmad Juhari Sulaiman",
                "said",
                "W",
            ),
            (
                "According to the department’s figures, 2,317 native title applications in Beluran district were pending at the end of 2025, some of them lodged in the 1990s.",
                "the department’s figures",
                "according to",
                "W",
            ),
            (
                "A spokesman for the department declined to comment, saying the matter was before the court.",
                "A spokesman for the department",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "The Sabah-based rights group Tanah Kami Network said it had documented 38 similar disputes in east coast districts since 2020.",
                "Tanah Kami Network",
                "said",
                "W",
            ),
            (
                "Its coordinator, Felicia Majalong, said most of them involved provisional leases issued over land under pending applications.",
                "Felicia Majalong",
                "said",
                "W",
            ),
        ],
        [
            (
                "Outside the court, Juliana Gimbang, the village head’s daughter, held up a photograph of her grandmother’s grave taken in 2018.",
                "",
                "",
                "",
            ),
            ("“That is where we buried her in 1998.", "Juliana Gimbang", "said", "W"),
            ("Now there is a drain,” she said.", "Juliana Gimbang", "said", "W"),
        ],
        [
            ("Related Articles", "", "", "B"),
        ],
        [
            ("Beluran villagers lodge police report over bulldozed graves", "", "", "B"),
        ],
        [
            ("Sabah native title backlog: assemblyman seeks freeze on leases", "", "", "B"),
        ],
        [
            ("Tags: Native Customary Rights, Beluran, High Court, Plantation", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Kinabalu Tribune Sdn Bhd (412873-X).", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("River City Press", "", "", "B"),
        ],
        [
            ("News  Sport  Business  Opinion  Life  Death notices", "", "", "B"),
        ],
        [
            ("News | Local government", "", "", "B"),
        ],
        [
            ("Council drops $9.4m velodrome roof after cost estimate nearly triples", "", "", "W"),
        ],
        [
            (
                "Philanthropist withdraws $2m pledge in letter to mayor, saying he ‘cannot keep writing cheques to a moving target’",
                "Trevor Culvering-Brook",
                "saying",
                "W",
            ),
        ],
        [
            ("Kathryn Poutama-Meads", "", "", "B"),
        ],
        [
            ("Local Democracy Reporter", "", "", "B"),
        ],
        [
            ("5:32pm, 14 May 2026", "", "", "B"),
        ],
        [
            ("Share this article", "", "", "B"),
        ],
        [
            (
                "Dame Verity Petchey-Gould in the public gallery at Thursday’s council meeting.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo / Kathryn Poutama-Meads", "", "", "B"),
        ],
        [
            (
                "Whanganui District Council has voted 8-5 to abandon plans for a roof over the Pukeko Park velodrome after a new estimate put the cost at $26.7 million, nearly three times the $9.4m budgeted in 2023.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The vote at Thursday’s full council meeting followed a letter from Sir Trevor Culvering-Brook, who had pledged $2m towards the project, withdrawing his offer.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“I have been pleased to support Whanganui sport for 40 years.",
                "Trevor Culvering-Brook",
                "wrote in the letter",
                "",
            ),
            (
                "I was told in 2023 that the roof would cost $9.4m, and I pledged on that basis.",
                "Trevor Culvering-Brook",
                "wrote in the letter",
                "W",
            ),
            (
                "I cannot keep writing cheques to a moving target,” Sir Trevor wrote in the letter, which is dated May 8 and was released by the council on Wednesday.",
                "Trevor Culvering-Brook",
                "wrote in the letter",
                "",
            ),
        ],
        [
            (
                "Mayor Tiria Carrick-Tane, who voted to keep the roof, said the letter had “changed the arithmetic, not the argument”.",
                "Tiria Carrick-Tane",
                "said",
                "",
            ),
            (
                "She said the council had already spent $1.9m on design and consents.",
                "Tiria Carrick-Tane",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dame Verity Petchey-Gould, a two-time Commonwealth Games track cyclist who chairs the Velodrome Trust, watched the vote from the public gallery.",
                "",
                "",
                "",
            ),
            (
                "“Children in this city have been riding in the rain since 1962.",
                "Verity Petchey-Gould",
                "said",
                "W",
            ),
            (
                "They will keep riding in the rain,” she said afterwards.",
                "Verity Petchey-Gould",
                "said",
                "",
            ),
            (
                "She said the trust would now ask the council for $400,000 to resurface the track instead.",
                "Verity Petchey-Gould",
                "said",
                "",
            ),
        ],
        [
            ("Carrick-Tane said she would support that request.", "Tiria Carrick-Tane", "said", ""),
            (
                "She said the resurfacing could be paid for from the council’s sport reserve, which held $1.1m at the end of March.",
                "Tiria Carrick-Tane",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Velodrome Trust said in a statement after the vote that it was “deeply disappointed”.",
                "The Velodrome Trust",
                "said in a statement",
                "",
            ),
            (
                "The velodrome hosted 41 events last year, according to the trust’s annual report.",
                "the trust’s annual report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Councillor Rawiri Kereama-Shields, who moved the motion to scrap the roof, said ratepayers faced an average rates rise of 8.9 per cent this year.",
                "Rawiri Kereama-Shields",
                "said",
                "W",
            ),
            (
                "“We are not in a position to build a $26 million umbrella,” he said.",
                "Rawiri Kereama-Shields",
                "said",
                "",
            ),
        ],
        [
            (
                "According to a council staff report, the estimate rose because steel prices had increased 31 per cent since 2023 and because geotechnical testing found the site needed 140 piles rather than 60.",
                "a council staff report",
                "according to",
                "W",
            ),
            (
                "The company that prepared the estimate, Matai Cost Advisory, declined to comment.",
                "Matai Cost Advisory",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "Sport New Zealand said in a statement that its $1.5m grant towards the roof had not been paid and would now be withdrawn.",
                "Sport New Zealand",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "Ethan Petchey-Gould, 16, Dame Verity’s grandson and a national under-17 sprint champion, said he trained on the track five mornings a week.",
                "Ethan Petchey-Gould",
                "said",
                "",
            ),
            ("“If it’s wet, we go home.", "Ethan Petchey-Gould", "said", ""),
            (
                "That’s three days out of five in winter,” he said.",
                "Ethan Petchey-Gould",
                "said",
                "",
            ),
            (
                "Petchey-Gould said his grandmother had taught him to ride on the same boards.",
                "Ethan Petchey-Gould",
                "said",
                "",
            ),
        ],
        [
            (
                "Council chief executive Mark Lowdham-Oram said staff would report back on the resurfacing option by August 14.",
                "Mark Lowdham-Oram",
                "said",
                "W",
            ),
            (
                "Sir Trevor did not respond to a request for comment on Thursday.",
                "Trevor Culvering-Brook",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "This story was produced through a public-interest reporting scheme funded by NZ On Air.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("More from Whanganui", "", "", "B"),
        ],
        [
            ("Rates rise capped at 8.9 per cent after late-night vote", "", "", "B"),
        ],
        [
            ("River City Press is part of Tōtara Regional Media.", "", "", "B"),
        ],
        [
            ("© 2026 River City Press", "", "", "B"),
        ],
    ],
    [
        [
            ("SOUTHERN CLARION", "", "", "B"),
        ],
        [
            (
                "Home | News | Politics | Business | Sport | Features | Letters | Classifieds",
                "",
                "",
                "B",
            ),
        ],
        [
            ("NEWS", "", "", "B"),
        ],
        [
            (
                "2,914 patients waited more than 60 days for CT scans at Naparima hospital, audit finds",
                "an internal audit",
                "finds",
                "W",
            ),
        ],
        [
            (
                "Health authority says the hospital’s only scanner was out of service for 97 days last year",
                "The South-West Regional Health Authority",
                "says",
                "W",
            ),
        ],
        [
            ("Shivani Dookhran-Lutchman", "", "", "B"),
        ],
        [
            ("Saturday, May 16, 2026", "", "", "B"),
        ],
        [
            ("Share on Facebook | Share on X | Email", "", "", "B"),
        ],
        [
            ("The entrance to the Naparima District Hospital.", "", "", ""),
        ],
        [
            ("PHOTO: SOUTHERN CLARION", "", "", "B"),
        ],
        [
            (
                "A total of 2,914 patients referred for CT scans at the Naparima District Hospital waited more than 60 days for them between January 2024 and December 2025, an internal audit seen by the Clarion has found.",
                "an internal audit",
                "has found",
                "W",
            ),
        ],
        [
            (
                "The audit, dated March 2026 and prepared by the authority’s internal audit unit, says 412 of those patients had been referred urgently for suspected cancer or stroke.",
                "The audit",
                "says",
                "W",
            ),
            (
                "According to the audit, the longest wait recorded was 211 days.",
                "the audit",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The South-West Regional Health Authority said in a statement on Friday that the hospital’s only CT scanner had been out of service for 97 days in 2025 and that a replacement had been ordered in February.",
                "The South-West Regional Health Authority",
                "said in a statement",
                "W",
            ),
            (
                "It said urgent patients had been sent to San Fernando General Hospital whenever the Naparima scanner was down.",
                "The South-West Regional Health Authority",
                "said",
                "W",
            ),
            (
                "The authority said the new scanner, costing TT$14.6 million, would be installed by the end of July.",
                "The authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "The authority’s chief executive, Dr. Anand Persadsingh-Rambally, declined to comment on the audit’s findings.",
                "Anand Persadsingh-Rambally",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "The Allied Health Workers Union said in a letter to the authority on April 2 that radiographers had been working 16-hour shifts to clear the backlog.",
                "The Allied Health Workers Union",
                "said in a letter to the authority",
                "W",
            ),
        ],
        [
            (
                "“Two radiographers have resigned since January and a third is on sick leave.",
                "Curtis Baptiste-Lezama",
                "said",
                "W",
            ),
            ("We told them this in writing.", "Curtis Baptiste-Lezama", "said", "W"),
            (
                "Nobody answered,” said Curtis Baptiste-Lezama, president of the union, who has worked at the hospital since 2006.",
                "Curtis Baptiste-Lezama",
                "said",
                "W",
            ),
            (
                "Baptiste-Lezama said the union would meet the authority on May 21.",
                "Curtis Baptiste-Lezama",
                "said",
                "W",
            ),
        ],
        [
            (
                "Attorney Kezia Mungroo-Francis, who represents a 61-year-old Penal woman whose scan for a suspected stroke took 74 days, said she had sent the authority a pre-action protocol letter on Tuesday.",
                "Kezia Mungroo-Francis",
                "said",
                "W",
            ),
            (
                "The letter, a copy of which was seen by the Clarion, says the woman suffered a second stroke while she waited.",
                "The letter",
                "says",
                "W",
            ),
        ],
        [
            (
                "The woman, retired schoolteacher Indira Jhagroo-Bhola, said she still could not lift her left arm.",
                "Indira Jhagroo-Bhola",
                "said",
                "W",
            ),
            ("“They gave me a date in April.", "Indira Jhagroo-Bhola", "said", "W"),
            ("I had the second stroke in March.", "Indira Jhagroo-Bhola", "said", "W"),
            ("I am not angry with the nurses.", "Indira Jhagroo-Bhola", "said", ""),
            ("They were crying too,” she said.", "Indira Jhagroo-Bhola", "said", ""),
        ],
        [
            (
                "A consultant neurologist at the hospital, who asked not to be named because staff are not allowed to speak to the press, said stroke patients needed to be scanned within hours, not weeks.",
                "A consultant neurologist at the hospital",
                "said",
                "",
            ),
            (
                "“We are making decisions blind,” the neurologist said.",
                "A consultant neurologist at the hospital",
                "said",
                "",
            ),
        ],
        [
            (
                "Ministry of Health data show the average wait for a non-urgent CT scan at public hospitals in Trinidad was 38 days in 2025.",
                "Ministry of Health data",
                "show",
                "W",
            ),
        ],
        [
            (
                "Asked about the audit at a post-Cabinet news conference on Thursday, the Minister of Health, Dr. Rupert Sandiford-Lewis, said he had not seen it.",
                "Rupert Sandiford-Lewis",
                "said",
                "",
            ),
            (
                "“If it exists, I will read it, and if what you say is in it, people will answer for it,” he told reporters.",
                "Rupert Sandiford-Lewis",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "The Opposition MP for Naparima, Hon. Deborah Balgobin-Noel, said 31 of her constituents had written to her about scan delays since January.",
                "Deborah Balgobin-Noel",
                "said",
                "W",
            ),
            (
                "She said she would raise the audit in the House of Representatives.",
                "Deborah Balgobin-Noel",
                "said",
                "",
            ),
        ],
        [
            (
                "According to two radiographers at the hospital, who spoke on condition of anonymity, patients who could not wait were told a private scan would cost about TT$2,800.",
                "two radiographers at the hospital",
                "according to",
                "W",
            ),
        ],
        [
            ("MORE NEWS", "", "", "B"),
        ],
        [
            ("Penal residents protest over water cuts", "", "", "B"),
        ],
        [
            ("SWRHA opens new dialysis unit at Siparia", "", "", "B"),
        ],
        [
            ("Have a story?", "", "", "B"),
            ("Call the newsroom at 868-555-0117", "", "", "B"),
        ],
        [
            ("© 2026 Southern Clarion Publishing Ltd", "", "", "B"),
        ],
    ],
    [
        [
            ("THE DHAKA CHRONICLE", "", "", "B"),
        ],
        [
            (
                "Home | National | Politics | Economy | Sports | Entertainment | Opinion | বাংলা",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Economy › Industry", "", "", "B"),
        ],
        [
            (
                "Gazipur workers block highway for seven hours over three months’ unpaid wages",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Owner promises to pay arrears by May 25 in statement read out by his nephew",
                "Mohammad Anisur Rahman Matubbar",
                "promises",
                "W",
            ),
        ],
        [
            ("Staff Correspondent | Gazipur", "", "", "B"),
        ],
        [
            ("Published: 16 May 2026, 20:15", "", "", "B"),
        ],
        [
            ("Share | Print", "", "", "B"),
        ],
        [
            ("Workers block the Dhaka-Mymensingh highway at Konabari on Saturday.", "", "", ""),
        ],
        [
            ("Photo: Dhaka Chronicle", "", "", "B"),
        ],
        [
            (
                "Around 2,300 workers of Padmapar Knit Composite Ltd blocked the Dhaka-Mymensingh highway at Konabari in Gazipur for about seven hours on Saturday, demanding wages for February, March and April.",
                "",
                "",
                "W",
            ),
            (
                "Traffic backed up for around 18 kilometres in both directions, according to the Gazipur Metropolitan Police.",
                "the Gazipur Metropolitan Police",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“We have not been paid for February, March or April.",
                "Morium Begum Munni",
                "said",
                "W",
            ),
            (
                "My landlord has given me until the end of the month.",
                "Morium Begum Munni",
                "said",
                "",
            ),
            (
                "I have borrowed from everyone in my village,” said Morium Begum Munni, 29, a sewing operator who has worked at the factory for six years.",
                "Morium Begum Munni",
                "said",
                "",
            ),
            (
                "Workers said they had been told three times since March that the money was coming.",
                "Workers",
                "said",
                "W",
            ),
        ],
        [
            (
                "Late in the afternoon, a statement from the factory’s managing director, Mohammad Anisur Rahman Matubbar, was read out to the workers by his nephew, Tanvir Hasan Matubbar, the factory’s administration manager.",
                "",
                "",
                "",
            ),
            (
                "The managing director said in the statement that all arrears would be paid in two instalments, on May 20 and May 25.",
                "Mohammad Anisur Rahman Matubbar",
                "said in the statement",
                "W",
            ),
            (
                "“The buyers owe us $4.1 million.",
                "Mohammad Anisur Rahman Matubbar",
                "said in the statement",
                "W",
            ),
            (
                "The day it comes, the workers will be paid,” he said in the statement.",
                "Mohammad Anisur Rahman Matubbar",
                "said in the statement",
                "",
            ),
            (
                "He blamed two European buyers for cancelling orders worth about $2.6 million in January.",
                "Mohammad Anisur Rahman Matubbar",
                "blamed",
                "W",
            ),
        ],
        [
            (
                "Asked by workers why they should believe the new dates, Tanvir Matubbar said his uncle was in Singapore for medical treatment and had signed the statement there.",
                "Tanvir Hasan Matubbar",
                "said",
                "W",
            ),
            (
                "He said the factory’s bank, which he did not name, had frozen its overdraft in March.",
                "Tanvir Hasan Matubbar",
                "said",
                "W",
            ),
            (
                "The younger Matubbar said the factory still had orders worth $900,000 to ship by June.",
                "Tanvir Hasan Matubbar",
                "said",
                "W",
            ),
        ],
        [
            (
                "Police cleared the road at around 4:30 p.m. after the statement was read, said Md. Jahangir Kabir Sarkar, deputy commissioner of the Gazipur Metropolitan Police.",
                "Md. Jahangir Kabir Sarkar",
                "said",
                "W",
            ),
            (
                "He said no one had been arrested and that two officers had suffered minor injuries from thrown bricks.",
                "Md. Jahangir Kabir Sarkar",
                "said",
                "W",
            ),
            ("The highway reopened fully by 7 p.m., police said.", "police", "said", "W"),
        ],
        [
            (
                "The Department of Inspection for Factories and Establishments (DIFE) said it had issued notices to the factory in March and April for non-payment of wages.",
                "The Department of Inspection for Factories and Establishments",
                "said",
                "W",
            ),
            (
                "A DIFE official in Gazipur, who asked not to be named, said the owner had not replied to either notice.",
                "A DIFE official in Gazipur",
                "said",
                "W",
            ),
        ],
        [
            (
                "Shahida Akter Poly, general secretary of the Gazipur Garment Workers Federation, a union that says it has 11,000 members in the district, said the factory had also not paid the festival bonus due before last year’s Eid-ul-Adha.",
                "Shahida Akter Poly",
                "said",
                "W",
            ),
            ("“Every Eid it is the same drama,” she said.", "Shahida Akter Poly", "said", ""),
        ],
        [
            (
                "One of the two buyers named by workers, the Dutch retailer Veldman Mode BV, declined to comment.",
                "Veldman Mode BV",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "According to the industrial police, 38 factories in Gazipur had not paid April wages as of May 14.",
                "the industrial police",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Another worker, Md. Rashedul Alam Khokon, 34, said he had sent his two children to his parents in Rangpur because he could no longer pay their school fees.",
                "Md. Rashedul Alam Khokon",
                "said",
                "",
            ),
            (
                "“I will believe the dates when the money is in my bKash account,” he said.",
                "Md. Rashedul Alam Khokon",
                "said",
                "",
            ),
        ],
        [
            ("Related News", "", "", "B"),
        ],
        [
            ("Ashulia: 14 factories shut after wage protests", "", "", "B"),
        ],
        [
            ("Garment exports fall 6.2pc in April", "", "", "B"),
        ],
        [
            ("Follow us on Google News", "", "", "B"),
        ],
        [
            ("© 2026 The Dhaka Chronicle.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("KAFUE TIMES", "", "", "B"),
        ],
        [
            ("Home | News | Politics | Business | Sport | Columns | Letters | Jobs", "", "", "B"),
        ],
        [
            ("Latest News", "", "", "B"),
        ],
        [
            (
                "Lusaka water tariffs to rise 35% from July after regulator approves utility’s request",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Church group says in letter that families in Kanyama already spend a fifth of their income on water",
                "The Lusaka Ecumenical Fellowship",
                "says in letter",
                "W",
            ),
        ],
        [
            ("By CHILUFYA KABWELA-BANDA", "", "", "B"),
        ],
        [
            ("May 15, 2026", "", "", "B"),
        ],
        [
            ("Share: Facebook | WhatsApp | X", "", "", "B"),
        ],
        [
            ("A water kiosk in Kanyama, Lusaka, on Wednesday.", "", "", ""),
        ],
        [
            ("Picture by KAFUE TIMES", "", "", "B"),
        ],
        [
            (
                "LUSAKA residential water tariffs will rise by an average of 35 per cent from July 1 after the National Water Supply and Sanitation Council approved a request from the city’s water utility, the regulator announced on Thursday.",
                "the National Water Supply and Sanitation Council",
                "announced",
                "W",
            ),
            ("The utility had asked for 52 per cent.", "", "", "W"),
        ],
        [
            (
                "The council’s director of regulation, Eng. Joseph Mwanza-Tembo, told a press briefing that the increase would raise the monthly bill of a household using 6,000 litres from K98 to K132.",
                "Joseph Mwanza-Tembo",
                "told a press briefing",
                "W",
            ),
            (
                "He said the utility had lost 46 per cent of the water it pumped to leaks and illegal connections last year and had been told to cut that to 38 per cent by 2028 as a condition of the increase.",
                "Joseph Mwanza-Tembo",
                "said",
                "W",
            ),
            (
                "The regulator said it had received 1,947 written objections during the 30-day consultation.",
                "The regulator",
                "said",
                "W",
            ),
        ],
        [
            (
                "The utility’s managing director, Mr Bwalya Kasonkomona-Phiri, said the company had not adjusted its tariffs since 2021 while the electricity bill for its pumps had more than doubled.",
                "Bwalya Kasonkomona-Phiri",
                "said",
                "W",
            ),
            (
                "He said the increase would pay for replacing 120 kilometres of old pipes in Kanyama, Chawama and Matero.",
                "Bwalya Kasonkomona-Phiri",
                "said",
                "",
            ),
            (
                "Mwanza-Tembo said the council would publish quarterly figures on how much of the new revenue went to pipe replacement.",
                "Joseph Mwanza-Tembo",
                "said",
                "",
            ),
            (
                "He said the utility would pay a penalty if it missed the leakage target.",
                "Joseph Mwanza-Tembo",
                "said",
                "W",
            ),
            (
                "Kasonkomona-Phiri declined to say how much the utility owed the power company.",
                "Bwalya Kasonkomona-Phiri",
                "declined to say",
                "",
            ),
        ],
        [
            (
                "The Lusaka Ecumenical Fellowship, which groups 64 churches in the city, said in a letter to the regulator on May 4 that families in Kanyama already spent about a fifth of their income on water bought from kiosks and vendors.",
                "The Lusaka Ecumenical Fellowship",
                "said in a letter to the regulator",
                "W",
            ),
        ],
        [
            (
                "“A mother who buys water by the bucket does not care about leakage targets.",
                "Chanda Mukuka-Lungu",
                "said",
                "",
            ),
            (
                "She cares about whether she can cook tonight,” said the Rev. Chanda Mukuka-Lungu, the fellowship’s chairperson and minister of a congregation in Chawama.",
                "Chanda Mukuka-Lungu",
                "said",
                "",
            ),
            (
                "The Rev. Mukuka-Lungu said the fellowship would ask its ministers to read the letter from their pulpits on Sunday.",
                "Chanda Mukuka-Lungu",
                "said",
                "W",
            ),
        ],
        [
            (
                "Minister of Water Development and Sanitation Hon. Evelyn Nawa Kabika told Parliament in a ministerial statement on Thursday that 22,000 households in Lusaka’s low-income areas would qualify for a lifeline tariff.",
                "Evelyn Nawa Kabika",
                "told Parliament in a ministerial statement",
                "W",
            ),
            (
                "She said the first 3,000 litres a month would be charged at the old rate for those households.",
                "Evelyn Nawa Kabika",
                "said",
                "W",
            ),
        ],
        [
            (
                "Lusaka mayor Mwila Chikwanda-Sakala said the city council had not been consulted before the regulator’s decision.",
                "Mwila Chikwanda-Sakala",
                "said",
                "W",
            ),
            (
                "“We learn about our own city’s water from the newspaper,” he said.",
                "Mwila Chikwanda-Sakala",
                "said",
                "",
            ),
        ],
        [
            (
                "Esther Chimfwembe, 47, who sells vegetables at Kanyama market, said she paid K2 for a 20-litre container at a kiosk near her home.",
                "Esther Chimfwembe",
                "said",
                "W",
            ),
            ("“Sometimes the kiosk is closed for three days.", "Esther Chimfwembe", "said", ""),
            ("Then I pay K5 to a boy with a cart,” she said.", "Esther Chimfwembe", "said", "W"),
            (
                "Her son, Kelvin Chimfwembe, 19, who pushes one of those carts, said he could make K150 on a day when the kiosks were dry.",
                "Kelvin Chimfwembe",
                "said",
                "W",
            ),
            (
                "Chimfwembe said he had not been to school since 2024.",
                "Kelvin Chimfwembe",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the regulator’s 2025 sector report, only 41 per cent of households in Lusaka’s peri-urban areas had a piped connection in their yard.",
                "the regulator’s 2025 sector report",
                "according to",
                "W",
            ),
            (
                "The utility’s board chairperson declined to comment on whether the company would pay a dividend to the government this year.",
                "The utility’s board chairperson",
                "declined to comment",
                "",
            ),
        ],
        [
            ("MORE NEWS", "", "", "B"),
        ],
        [
            ("Power cuts reduced to eight hours a day from Monday", "", "", "B"),
        ],
        [
            ("Maize price at K310 a bag as harvest arrives", "", "", "B"),
        ],
        [
            ("Comments (4)", "", "", "B"),
        ],
        [
            ("© 2026 Kafue Times Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n151-ng-am-said",
        "He said no life was lost but 17 people, most of them night guards, were treated for burns and smoke inhalation at a specialist hospital in the city. The fire started at about 2:10 a.m. in a generator shed behind the textile section, he said.",
        [
            "He said no life was lost but 17 people, most of them night guards, were treated for burns and smoke inhalation at a specialist hospital in the city.",
            "The fire started at about 2:10 a.m. in a generator shed behind the textile section, he said.",
        ],
    ),
    (
        "n151-ng-question-then-answer",
        "“Are we going to bring bulldozers to a market where people have lost everything? Not this week,” he said.",
        [
            "“Are we going to bring bulldozers to a market where people have lost everything?",
            "Not this week,” he said.",
        ],
    ),
    (
        "n151-ng-quote-named-after-three",
        "“The access lane was full of stalls and wheelbarrows chained to poles. My men had to cut the chains one by one. By the time we reached the shed, the roof of the textile section had gone,” Kurawa said.",
        [
            "“The access lane was full of stalls and wheelbarrows chained to poles.",
            "My men had to cut the chains one by one.",
            "By the time we reached the shed, the roof of the textile section had gone,” Kurawa said.",
        ],
    ),
    (
        "n151-ng-ltd-comma-declined",
        "The market’s management company, Dangoma Estates Ltd., declined to comment.",
        ["The market’s management company, Dangoma Estates Ltd., declined to comment."],
    ),
    (
        "n151-ng-copyright-ltd",
        "© 2026 Savannah Herald Media Ltd. All rights reserved.",
        ["© 2026 Savannah Herald Media Ltd.", "All rights reserved."],
    ),
    (
        "n151-ug-dr-ltd-she-said",
        "The ministry’s Permanent Secretary, Dr. Rosemary Akiteng Emuron, told the committee that the contractor, Elgon Hydro-Works Ltd., had been paid Shs27.4 billion, or 71 per cent of the contract sum, by the end of March. She said the pipeline was 88 per cent complete but work on the treatment plant at Namatala had stalled after a dispute over land.",
        [
            "The ministry’s Permanent Secretary, Dr. Rosemary Akiteng Emuron, told the committee that the contractor, Elgon Hydro-Works Ltd., had been paid Shs27.4 billion, or 71 per cent of the contract sum, by the end of March.",
            "She said the pipeline was 88 per cent complete but work on the treatment plant at Namatala had stalled after a dispute over land.",
        ],
    ),
    (
        "n151-ug-question-with-attribution",
        "“We walked the line from Namatala to Bumasikye. We counted pipes lying in the grass at 11 places. Where is the 88 per cent?” she asked.",
        [
            "“We walked the line from Namatala to Bumasikye.",
            "We counted pipes lying in the grass at 11 places.",
            "Where is the 88 per cent?” she asked.",
        ],
    ),
    (
        "n151-ug-eng-letter-said",
        "In a letter to the ministry dated February 3, 2026, which was tabled before the committee, Elgon Hydro-Works’ managing director, Eng. Patrick Mugisha Tumwine, wrote that the company had suspended work because certificates worth Shs6.1 billion had not been paid since August 2025. “We cannot continue to finance a government project from our overdraft,” the letter said. Tumwine did not respond to calls on Wednesday.",
        [
            "In a letter to the ministry dated February 3, 2026, which was tabled before the committee, Elgon Hydro-Works’ managing director, Eng. Patrick Mugisha Tumwine, wrote that the company had suspended work because certificates worth Shs6.1 billion had not been paid since August 2025.",
            "“We cannot continue to finance a government project from our overdraft,” the letter said.",
            "Tumwine did not respond to calls on Wednesday.",
        ],
    ),
    (
        "n151-uk-ms-mr-carried-quote",
        "Ms Stray-Calloway put it to him that dashcam footage showed Mr Quenington alongside the lorry’s cab for at least four seconds before it turned. “That may be what it shows,” Mr Lechmere-Lusk said. “I can only tell you what I saw.”",
        [
            "Ms Stray-Calloway put it to him that dashcam footage showed Mr Quenington alongside the lorry’s cab for at least four seconds before it turned.",
            "“That may be what it shows,” Mr Lechmere-Lusk said.",
            "“I can only tell you what I saw.”",
        ],
    ),
    (
        "n151-uk-pc-he-said",
        "PC Daniel Oyebisi-Hurst, a forensic collision investigator with Gloucestershire Police, said the lorry had been travelling at 11mph when it began to turn and Mr Quenington at about 16mph. He said a cyclist in that position would have been visible in the nearside mirror and on a blind-spot camera fitted to the cab, but the camera’s monitor had been found switched off.",
        [
            "PC Daniel Oyebisi-Hurst, a forensic collision investigator with Gloucestershire Police, said the lorry had been travelling at 11mph when it began to turn and Mr Quenington at about 16mph.",
            "He said a cyclist in that position would have been visible in the nearside mirror and on a blind-spot camera fitted to the cab, but the camera’s monitor had been found switched off.",
        ],
    ),
    (
        "n151-uk-ltd-written-statement",
        "The haulier, Cotswold Aggregate Haulage Ltd., said in a written statement to the inquest that it had no record of either report. Its managing director, Keith Wragglesby-Fenn, who gave evidence by video link, said all 38 of the company’s lorries now had monitors that drivers could not switch off.",
        [
            "The haulier, Cotswold Aggregate Haulage Ltd., said in a written statement to the inquest that it had no record of either report.",
            "Its managing director, Keith Wragglesby-Fenn, who gave evidence by video link, said all 38 of the company’s lorries now had monitors that drivers could not switch off.",
        ],
    ),
    (
        "n151-uk-sir-letter",
        "Sir Geoffrey Ambrose-Tilling, the MP for Cam Valley, wrote to the transport secretary in November asking for the junction to be redesigned. In the letter, which he shared with the Gazette, he said residents had reported 14 near-misses at the junction since 2022.",
        [
            "Sir Geoffrey Ambrose-Tilling, the MP for Cam Valley, wrote to the transport secretary in November asking for the junction to be redesigned.",
            "In the letter, which he shared with the Gazette, he said residents had reported 14 near-misses at the junction since 2022.",
        ],
    ),
    (
        "n151-za-pty-ltd-mid",
        "Madlopha-Dube, 53, and her brother, Sibusiso Madlopha, 49, have pleaded not guilty to fraud, corruption and money laundering. The state alleges that Sibusiso Madlopha was the sole director of Umgeni Roadcare (Pty) Ltd, which was paid for pothole repairs in Edendale and Northdale between July 2021 and February 2023.",
        [
            "Madlopha-Dube, 53, and her brother, Sibusiso Madlopha, 49, have pleaded not guilty to fraud, corruption and money laundering.",
            "The state alleges that Sibusiso Madlopha was the sole director of Umgeni Roadcare (Pty) Ltd, which was paid for pothole repairs in Edendale and Northdale between July 2021 and February 2023.",
        ],
    ),
    (
        "n151-za-cross-examination",
        "She said, however, that no other supplier had been paid on the same day as its invoice in the period she examined. Kriel-Ndlovu asked her whether she had interviewed a single official in the finance department. She said she had not, because the municipality had limited her mandate to documents.",
        [
            "She said, however, that no other supplier had been paid on the same day as its invoice in the period she examined.",
            "Kriel-Ndlovu asked her whether she had interviewed a single official in the finance department.",
            "She said she had not, because the municipality had limited her mandate to documents.",
        ],
    ),
    (
        "n151-za-adv-spokesperson",
        "National Prosecuting Authority regional spokesperson Adv. Busisiwe Mbhele-Lotter said the state would call 19 witnesses.",
        [
            "National Prosecuting Authority regional spokesperson Adv. Busisiwe Mbhele-Lotter said the state would call 19 witnesses."
        ],
    ),
    (
        "n151-jm-q-rev-did-you",
        "Q: Rev. Gayle-Lindsay says the corporation has known about the intake problem since 2023. Did you?",
        [
            "Q: Rev. Gayle-Lindsay says the corporation has known about the intake problem since 2023.",
            "Did you?",
        ],
    ),
    (
        "n151-jm-a-yes-letters",
        "A: Yes. We wrote to the NWC in August 2023 and again in May 2024. I have both letters, and anyone who wants to see them can come to my office.",
        [
            "A: Yes.",
            "We wrote to the NWC in August 2023 and again in May 2024.",
            "I have both letters, and anyone who wants to see them can come to my office.",
        ],
    ),
    (
        "n151-jm-am-end",
        "The corporation’s councillors vote on the levy on Tuesday at 10 a.m.",
        ["The corporation’s councillors vote on the levy on Tuesday at 10 a.m."],
    ),
    (
        "n151-lk-prof-prefix",
        "PROF. CHAMINDA KUMARAGE-WIJESEKERA: A lack of oxygen, almost certainly. On the morning of 8 May we measured 0.9 milligrams per litre at the jetty, which is not enough for a tilapia to survive. The algae bloomed in the heat and died, and the bacteria that fed on them used up what oxygen there was.",
        [
            "PROF. CHAMINDA KUMARAGE-WIJESEKERA: A lack of oxygen, almost certainly.",
            "On the morning of 8 May we measured 0.9 milligrams per litre at the jetty, which is not enough for a tilapia to survive.",
            "The algae bloomed in the heat and died, and the bacteria that fed on them used up what oxygen there was.",
        ],
    ),
    (
        "n151-lk-decimal-answer",
        "KUMARAGE-WIJESEKERA: In 2014 the monthly average at the outlet was 6.4 milligrams per litre. Last year it was 3.2. We have 137 monthly samples, and every year except 2020 is lower than the year before.",
        [
            "KUMARAGE-WIJESEKERA: In 2014 the monthly average at the outlet was 6.4 milligrams per litre.",
            "Last year it was 3.2.",
            "We have 137 monthly samples, and every year except 2020 is lower than the year before.",
        ],
    ),
    (
        "n151-lk-eng-director",
        "The Central Environmental Authority’s Central Province director, Eng. Sunethra Weerakkody-Dias, said on Friday that two aerators had been ordered and would be installed by 31 May. She said the authority would publish the laboratory results on its website.",
        [
            "The Central Environmental Authority’s Central Province director, Eng. Sunethra Weerakkody-Dias, said on Friday that two aerators had been ordered and would be installed by 31 May.",
            "She said the authority would publish the laboratory results on its website.",
        ],
    ),
    (
        "n151-tz-capt-pm-end",
        "The authority’s director of maritime safety, Capt. Rashid Omar Makame, said the fire had started in a fuel filter on the starboard engine. The crew had put it out with extinguishers within 12 minutes. The master had then turned the vessel round on one engine, reaching Mkoani at 3:05 p.m.",
        [
            "The authority’s director of maritime safety, Capt. Rashid Omar Makame, said the fire had started in a fuel filter on the starboard engine.",
            "The crew had put it out with extinguishers within 12 minutes.",
            "The master had then turned the vessel round on one engine, reaching Mkoani at 3:05 p.m.",
        ],
    ),
    (
        "n151-tz-unnamed-then-named",
        "A spokesperson for Bahari Lulu Marine said on Saturday that the fire had been “small” and that the Kisiwa Njema had passed its annual inspection in February. The spokesperson, who later gave her name as Tatu Ali Pandu-Hamad, said the company had run the route since 2017 without an accident.",
        [
            "A spokesperson for Bahari Lulu Marine said on Saturday that the fire had been “small” and that the Kisiwa Njema had passed its annual inspection in February.",
            "The spokesperson, who later gave her name as Tatu Ali Pandu-Hamad, said the company had run the route since 2017 without an accident.",
        ],
    ),
    (
        "n151-my-justice-sdn-bhd",
        "KOTA KINABALU: The High Court here on Thursday granted 46 villagers of Kampung Lobou Baru in Beluran an interim injunction stopping a plantation company from clearing 1,240 hectares they claim as native customary land. Justice Datuk Roslan Majinbon ordered Sinar Ladang Plantations Sdn Bhd to remove its machinery from the area within seven days and fixed June 22 for case management. The court also ordered the company to preserve all survey maps and drone footage of the area.",
        [
            "KOTA KINABALU: The High Court here on Thursday granted 46 villagers of Kampung Lobou Baru in Beluran an interim injunction stopping a plantation company from clearing 1,240 hectares they claim as native customary land.",
            "Justice Datuk Roslan Majinbon ordered Sinar Ladang Plantations Sdn Bhd to remove its machinery from the area within seven days and fixed June 22 for case management.",
            "The court also ordered the company to preserve all survey maps and drone footage of the area.",
        ],
    ),
    (
        "n151-my-copyright-regno",
        "Copyright © 2026 Kinabalu Tribune Sdn Bhd (412873-X). All rights reserved.",
        ["Copyright © 2026 Kinabalu Tribune Sdn Bhd (412873-X).", "All rights reserved."],
    ),
    (
        "n151-nz-sir-trevor-letter",
        "“I have been pleased to support Whanganui sport for 40 years. I was told in 2023 that the roof would cost $9.4m, and I pledged on that basis. I cannot keep writing cheques to a moving target,” Sir Trevor wrote in the letter, which is dated May 8 and was released by the council on Wednesday.",
        [
            "“I have been pleased to support Whanganui sport for 40 years.",
            "I was told in 2023 that the roof would cost $9.4m, and I pledged on that basis.",
            "I cannot keep writing cheques to a moving target,” Sir Trevor wrote in the letter, which is dated May 8 and was released by the council on Wednesday.",
        ],
    ),
    (
        "n151-tt-dr-declined",
        "The South-West Regional Health Authority said in a statement on Friday that the hospital’s only CT scanner had been out of service for 97 days in 2025 and that a replacement had been ordered in February. It said urgent patients had been sent to San Fernando General Hospital whenever the Naparima scanner was down. The authority said the new scanner, costing TT$14.6 million, would be installed by the end of July.",
        [
            "The South-West Regional Health Authority said in a statement on Friday that the hospital’s only CT scanner had been out of service for 97 days in 2025 and that a replacement had been ordered in February.",
            "It said urgent patients had been sent to San Fernando General Hospital whenever the Naparima scanner was down.",
            "The authority said the new scanner, costing TT$14.6 million, would be installed by the end of July.",
        ],
    ),
    (
        "n151-bd-pm-md-police",
        "Police cleared the road at around 4:30 p.m. after the statement was read, said Md. Jahangir Kabir Sarkar, deputy commissioner of the Gazipur Metropolitan Police. He said no one had been arrested and that two officers had suffered minor injuries from thrown bricks. The highway reopened fully by 7 p.m., police said.",
        [
            "Police cleared the road at around 4:30 p.m. after the statement was read, said Md. Jahangir Kabir Sarkar, deputy commissioner of the Gazipur Metropolitan Police.",
            "He said no one had been arrested and that two officers had suffered minor injuries from thrown bricks.",
            "The highway reopened fully by 7 p.m., police said.",
        ],
    ),
    (
        "n151-bd-question-why-dates",
        "Asked by workers why they should believe the new dates, Tanvir Matubbar said his uncle was in Singapore for medical treatment and had signed the statement there. He said the factory’s bank, which he did not name, had frozen its overdraft in March. The younger Matubbar said the factory still had orders worth $900,000 to ship by June.",
        [
            "Asked by workers why they should believe the new dates, Tanvir Matubbar said his uncle was in Singapore for medical treatment and had signed the statement there.",
            "He said the factory’s bank, which he did not name, had frozen its overdraft in March.",
            "The younger Matubbar said the factory still had orders worth $900,000 to ship by June.",
        ],
    ),
    (
        "n151-zm-rev-inverted",
        "“A mother who buys water by the bucket does not care about leakage targets. She cares about whether she can cook tonight,” said the Rev. Chanda Mukuka-Lungu, the fellowship’s chairperson and minister of a congregation in Chawama. The Rev. Mukuka-Lungu said the fellowship would ask its ministers to read the letter from their pulpits on Sunday.",
        [
            "“A mother who buys water by the bucket does not care about leakage targets.",
            "She cares about whether she can cook tonight,” said the Rev. Chanda Mukuka-Lungu, the fellowship’s chairperson and minister of a congregation in Chawama.",
            "The Rev. Mukuka-Lungu said the fellowship would ask its ministers to read the letter from their pulpits on Sunday.",
        ],
    ),
]
