"""Hundred-and-second set of new hand-labelled pages for the hint engines (tuning set, round forty-three):
twelve WHOLE pages, head to tail, of everyday news from twelve countries (Kenya, Pakistan, Ireland,
Jamaica, Singapore, Canada, Scotland, South Africa, the Philippines, the United States, Australia
and Malta), where the SPEAKERS are the hard part: a county ASSEMBLY sitting with a Hansard extract
in turns (Kenya, Nakuru), a provincial minister's PRESS CONFERENCE and the replies to it (Pakistan,
Karachi), a county COUNCIL meeting reported turn by turn (Ireland, Co. Mayo), a Q&A INTERVIEW with
name prefixes (Jamaica, St. Elizabeth), a town-council story with Mr/Madam/Ms references
(Singapore), a First Nation's water EMERGENCY with a Facebook post (Canada, Saskatchewan), SHERIFF
COURT testimony and cross-examination (Scotland, Ayr), a STATEMENT READ OUT at a community meeting
(South Africa, North West), a political FAMILY feud over relief packs (the Philippines, Capiz), a
hospital unit closure with statements and posts (the United States, Pennsylvania), a SENATE INQUIRY
hearing with a proof Hansard exchange (Australia, Dubbo) and a magistrates' court COMPILATION OF
EVIDENCE with a statement read out for a victim's mother (Malta). Every page has pronoun chains
across paragraphs with two people of the same gender ("Ms Aitkenside asked her whether she had been
wearing her glasses. She said she could not remember."), people SHARING A SURNAME (two unrelated
councillors, two unrelated residents, two unrelated Pakistani politicians, a mayor and a ward
councillor, two brothers, a commissioner and her sister-in-law, a father and son "Sr."/"Jr."),
speakers named only AFTER their quote, local titles and honorifics before names (Hon., CEC Member
Dr., Haji, Sardar, Cllr, the Cathaoirleach, Chief Supt., Senior Superintendent of Police, Madam,
Assoc Prof, Senior Minister of State, Chief, Band Coun., PC, Sheriff, Executive Mayor, MEC, Adv.,
Gogo, Gov., Punong Barangay, Kagawad, Engr., Police Lt. Col., Atty., State Rep., U.S. Sen., Cr,
Perit, Inspector, Magistrate) and after them (JP, TD), spokespeople for organisations, statements
posted online or read out by someone else, "told reporters", "said in a statement", "according to",
"declined to comment" and "declined to say", and page furniture at head and tail, each line its own
paragraph. The pages hold 528 sentences: 197 "B", 183 "W" and 148 ""; 267 sentences carry a speaker
(114 distinct speaker strings). `STYLES` describes each page, its story, its speakers and its
furniture in order.

Written from scratch for issue 13 in round forty-three, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/` or `docs/` was opened
or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file and no `hint_scores.py` was
opened, nothing under `tests/benchmarks/` was opened or listed, and no README of the project was
read; `claimreview` was never imported, and no test, scorer, engine or `pytest` was run. The search
and fetch tools were not used, and nothing was copied from anywhere. What was read: the brief
(`/tmp/brief/common.md`; `/tmp/brief` and `/tmp/sets` were listed at the start, when `/tmp/sets` was
empty, and `/tmp/sets` again at the end, when it also held other helpers' `labelled_heldout71.py`,
`labelled_heldout72.py`, `labelled_new101.py`, `labelled_new103.py` and `labelled_new104.py`, seen
as names only and never opened); the module docstrings of `labelled_new.py` and `labelled_new2.py`
(printed whole with `ast.get_docstring`); from `labelled_new99.py` and `labelled_new100.py`, the
output of a script of my own using `ast` that prints the module docstring, `STYLES`, the first two
pages of `ARTICLES` and the first eight `CASES`: printed once (the tool cut its middle), then saved
to a file in a scratch folder and printed in `sed` ranges, so that all of it was seen (the long
first `STYLES` line of `labelled_new100.py` in two pieces, its head through `cut -c1-1500`); `def
build` in `tests/text/labelled_articles.py` (its line number by `grep -n`, then a `sed` range); and
the `[tool.ruff]` tables of `pyproject.toml` (a `sed` range). No other page, case or docstring of
any file under `tests/` was read. What was run: a Python one-liner printing the calendars of
November and December 2026; `du -sh` of `tests/` and a count of its `.py` files (a number only); a
listing of the project's `.venv/bin` filtered for ruff; scripts of my own in the scratch folder that
turn a small line format (flag~speaker~cue~text, "+" for a sentence that continues the paragraph,
aliases for speakers, case marks) into the literals below, apply renames, cut the split cases out of
the pages and count sentences, flags and speakers; whole-word, case-insensitive per-word file counts
(`grep -rilwF --include='*.py' -- WORD tests | wc -l`) over `tests/` for every capitalised word of
these pages and of `STYLES` (each part of a hyphenated or apostrophised name on its own), for the
lower-case e-mail and domain words, and for every candidate replacement; an import of this file with
a copy of `build` run on every page and a check of four string fields, flags, "B" lines without
speakers, speakers with cues and cues with speakers, each cue found in its sentence or in the quote
it continues, 30 distinct case ids, every case text in a built page and equal to its sentences
joined by single spaces, each expected sentence one labelled sentence, and the counts above; and
`ruff format` and `ruff check` on this file with `--config` pointing at the project's
`pyproject.toml` (the check also through `--stdin-filename tests/text/labelled_new102.py` so the
per-file ignores for `tests/**` apply; one more check run by mistake with an explicit `--select`
overrode the configured ignores and reported only the typographic characters the project ignores).
Only counts were read from the word searches, never the matched lines or file names. The first
draft's coined people, outlets, firms and places hit about a hundred and twenty-five words of other
files: given names of every country (Callum, Morag, Hamish, Rhiannon, Lachlan, Lerato, Kagiso,
Ernesto, Danilo, Corinne, Martin, Joseph and the like) and, strikingly, dozens of the draft's own
coined surnames, outlets and places at exactly one file each (Garrihy, Ashcombe, Brennerton,
Wirranda, Coolabah, Lamplighter, Lignum, Torrisdale, Kamsani, Cullinagh, Mulcreevy and the like),
which suggests that some file under `tests/` already holds pages coined in a similar way; that file
was not looked for or opened. Every one was renamed: 625 candidate replacements were counted in four
batches (and a handful singly), many of them hitting too, and only replacements with no hit were
kept; after the renames every coined name counts 0. What still hits is real places and regions
(Nakuru, Baringo, Laikipia, Nairobi, Karachi, Korangi, Landhi, Orangi, Gulshan-e-Iqbal, Sindh,
Balochistan, Mayo, Castlebar, Westport, Ballina, Kingston, St. Elizabeth, Clarendon, Pedro Plains,
Santa Cruz, Kallang, La Ronge, Regina, Saskatoon, Edmonton, Ayr, Troon, Prestwick, Maybole, Girvan,
Crosshouse, Klerksdorp, Mahikeng, Roxas City, Capiz, Aklan, Panay, Tioga County, Elmira, Dubbo,
Orange, NSW, Valletta, Santa Venera, Birkirkara and the like), common words (Tribune, Lantern,
Ledger, Dispatch, Advertiser, Courier, Advocate, Post, Alliance, Holdings, Pumps, Drives,
Engineering, Systems, Memorial, Naan, Tandoor and the like), currency and unit tokens (KSh, Rs, J,
R, P), and titles, particles and abbreviations kept or dropped on purpose (Hon, Dr, CEC, MCA, MPA,
Haji, Sardar, Cllr, Cathaoirleach, Supt, TD, JP, Ní, Ó, Mr, Ms, Madam, Assoc, Prof, Coun, PC,
Sheriff, MEC, Adv, Gogo, Gov, Punong, Barangay, Kagawad, Engr, Lt, Col, Atty, Ma, Jr, Sr, Rep, Sen,
Cr, Perit, Inspector, Magistrate, Brgy, Blk, Pte, Pty, Pvt, Ltd, Inc, Corp, Bros, Regn, Sask, Pa,
Jan, Dec, Nov).

Every person, outlet, assembly member, ministry spokesman, gas company, LPG distributor, traders'
alliance, councillor, shop, farmers' association, town council, contractor, supplier, institute,
First Nation, water firm, band council, municipality, township, pump firm, residents' association,
barangay, town, typhoon, hospital, health system, nurses' union, bank, shire, landlord, street,
contracting firm, court case, legal-notice number, handle, e-mail address and figure is invented.
Real countries, regions, cities and institutions appear only as settings: Kenya, Nakuru County and
its assembly, Bahati, Mbaruk, Baringo, Laikipia, Nairobi and the Senate; Pakistan, Karachi, Sindh,
Balochistan, the Sindh Assembly, Korangi, Landhi, Orangi, Gulshan-e-Iqbal, the S.I.T.E. area and the
federal petroleum division; Ireland, Co. Mayo, Mayo County Council, Castlebar, Westport, Ballina, An
Garda Síochána, the Dáil, the Minister for Justice and the parties FF, FG and SF; Jamaica, St.
Elizabeth, Flagaman, Kingston, Clarendon, Pedro Plains, Santa Cruz and the Coronation Market;
Singapore, the HDB, the CPF, Kallang and the Building and Construction Authority; Canada,
Saskatchewan, La Ronge, Regina, Saskatoon, Edmonton, Indigenous Services Canada and the Saskatchewan
Health Authority; Scotland, Ayr Sheriff Court, University Hospital Crosshouse, Police Scotland,
Troon, Prestwick, Maybole, Girvan and the Contempt of Court Act 1981; South Africa, the North West,
Klerksdorp and Mahikeng; the Philippines, Capiz, Roxas City, Aklan, Panay and the Department of
Social Welfare and Development; the United States, Pennsylvania, Tioga County, Routes 6 and 287,
Elmira and the state Department of Health; Australia, Dubbo, Orange, NSW and the Senate; Malta,
Valletta, Santa Venera, Birkirkara, the Building and Construction Authority and the Office of the
Attorney General. Facebook, X, WhatsApp, Telegram, TikTok and Messenger appear only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, strip, menu, section label, byline, date line, share line, caption,
credit, link, list item, note and legal line is a paragraph of its own); each paragraph a list of
sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent sets: furniture "B"
line by line; a caption by its content and its credit "B"; headlines and standfirsts never split and
labelled by content, carrying what the body names ("CEC says", "Town council says", "Bank admits")
or a group as written ("county commissioners ask"); a dateline belongs to its lead; a speaker is the
full name as first given without titles; a pronoun, a later surname, a given name ("Madam Salmah",
"Mr Kaliappan"), a role ("the minister", "the governor", "The commissioner", "the architect", "The
foreman") or a title resolves to it; an organisation's later generic noun is kept as written ("The
company", "the company" after "according to", "the town council" in a lead that never names it)
while "it said" resolves to the organisation's name; "according to X" gives X as written; a quote
over several sentences carries its speaker and cue in each, including sentences that stand after the
attribution; a named person acting without a verb of saying carries no speaker; "B" lines never
carry a speaker; Q&A answers carry the interviewee with the name prefix as cue, and the
interviewer's turns carry none unless they cite a source ("The police say"); a social post's own
text carries no speaker; "did not respond to questions" and "declined to say" like "declined to
comment" ("").

Conventions this set had to settle (SPEAKERS), in the same spirit:

* Assembly, council and hearing transcripts in turns: unlike a journalist's Q&A, both sides are
  public officials speaking on the record, so every turn carries its speaker with the prefix as
  written as cue, questions included (flag ""): "Hon. Cheserem:", "Dr. Olerumpe:", "Hon. Chebiwott
  Moiberi (Nominated):", "Hon. Speaker:" (resolved to the Speaker's full name given earlier in the
  story), "CHAIR:" (resolved to the committee chair named before the extract), "Ms WYNDCOMBE:",
  "Senator BRENNERBURY:". The note introducing the extract is "B", as in `labelled_new2.py`.
* Reported exchanges (council and court): "Cllr X then asked Y whether ..." carries the asker (cue
  "asked", ""); "“...,” Ms Y replied." the one who replies; "Asked by defence solicitor X whether
  ..., he replied: “Never." carries the one replying, not the asker named in the participle clause;
  "Cross-examined by fiscal depute X, he agreed ..." carries the witness; "Ms X asked her whether
  ... She said she could not remember." carries the asker, then the one answering; "Ms X put it to
  him that ..." carries the lawyer (cue "put it to him", ""); "“He told me to ...,” he said."
  carries the witness, not the man he quotes.
* Court testimony: a witness's sworn account of the events at issue (distances, times, injuries,
  what was seen, a warning given, a record of no previous trouble) is "W"; feelings and a
  prosecutor's or lawyer's suggestion are ""; a police witness's account of what the accused said at
  the scene carries the police witness.
* Shared surnames: a later surname-only or "Mr/Ms + surname" cue resolves by what the page gives to
  tell them apart ("Stoltzfield, who is married to the commissioner's brother", "The older Mr Phee",
  "the younger Thwaitesley", "The Sinn Féin councillor", "The opposition MPA", "The mayor" against
  "the governor"); "Jr." and "Sr." stay in the name, so father and son with one name are two
  speakers ("Leodegario Tanjusay Jr.", "Leodegario Tanjusay Sr.", "Audley Thwaitesley Jr.").
* Statements read out or posted: the author is the speaker ("Executive Mayor X said in a statement,
  read out by municipal spokesperson Y ...", "the victim's mother, X, said in a statement read out
  by the family's lawyer"), and "the statement read" and "the statement said" carry the author; the
  reader carries only what she says for herself ("Mokgothwane told the meeting"). "said in a post on
  X", "wrote on X", "wrote on Facebook", "said in a video statement posted on X", "said in a
  Facebook live broadcast" (cue "said"), "said in response to queries from The Jambu Dispatch", "In
  an email, a spokesperson for ... said" are cues like "said in a statement".
* Titles and honorifics dropped (before and after the name): Hon., CEC Member Dr., Dr., Dr, Ms, Mr,
  Madam, Haji, Sardar, Sindh Energy Minister, Federal Petroleum Minister, Cllr, the Cathaoirleach,
  Chief Supt., TD, JP, Senior Superintendent of Police, Assoc Prof, Senior Minister of State for
  National Development, Chief, Band Coun., PC, Sheriff, Executive Mayor, Cooperative Governance MEC,
  Adv., Gogo, Mayor, Gov., Punong Barangay, Kagawad, Engr., Police Lt. Col., Atty., Hospital
  president, County Commissioner, State Rep., U.S. Sen. (with "R-Tioga" and "D-Pa."), Cr, Senator,
  Perit, Inspector, Magistrate. Kept as part of a name: "s/o" ("Kaliappan s/o Sellathurai"), "Ma."
  ("Ma. Nimfa Dequiño"), "Jr.", "Sr." and the Irish particles "Ní" and "Ó".
* "A spokesperson for X", "A spokesman for the petroleum division", "A spokesperson for his office",
  "The Minister", "the spokesperson" and "The municipal corporation that runs the Coronation Market"
  are kept as written; a later "She said" after "A Garda spokesperson said" resolves to "A Garda
  spokesperson".
* Tip lines: a question and an instruction that each end in a stop are two "B" sentences ("Have a
  story from your county?" / "WhatsApp the Tribune newsroom on 0700 118 224."; "Got a news tip?" /
  "Email ... or call 306-555-0148."), while a question followed by a bare e-mail address with no
  final stop stays one line-sentence, as in `labelled_new100.py` ("Have a farming story? Write to
  rural@sundaycalabash.com.jm").

Splits, as a reviewer wants them: "Dr. Nasieku", "KSh 212.4 million", "Hon. Cheserem:" and "Hon.
Speaker: Order, Honourable Member!" before "Direct"; "Ltd., which"; "Ltd. 2026." before
"Reproduction"; "S.I.T.E. area"; "Pvt. Ltd." before "Its"; "11.8kg"; "Co. Mayo." before "The
motion"; "(FF)", "999 at 2am" and a quote's two sentences after "he said"; "Chief Supt. Dualtach";
"JP," and "St. Elizabeth." before "He"; "J$450 a lb. at"; "Ltd." before "Co. Regn. No. 198402868E."
before a permission line; "Dr Yeak" and "Nov 21." before "In a Facebook post"; "3 a.m. Saturday";
"Ltd. of Saskatoon"; "Band Coun." and "Dec. 4." before "He said"; "10.40pm." before "He said"; a
question in quotes followed by "Ms Kirkoswin asked."; "No. 7." before "Photographs"; "(Pty) Ltd."
before "The company"; "Gov. ... Jr., called" and "politics.”" at a sentence's end; "Engr." and
"Brgy."; "Atty. Ma. Nimfa"; "Jr." before "It" and "9 a.m." at the end; "Jan. 31, its owner"; "U.S.
Sen." and "D-Pa.,"; "6 p.m. Dec. 2" and "Dec. 16."; "Pty Ltd." before "The company's director";
"Bros. Ltd," and "L.N. 317 of 2019.". `CASES` holds 30 sentence-split cases (id, text, expected
sentences), each a stretch of two or three consecutive sentences of one paragraph of these pages
joined by single spaces: what a reviewer wants, not what the engine does.
"""

STYLES = [
    'Kenyan national daily\'s COUNTY page (Nakuru): the county assembly questions the health CEC Member over a six-week drug shortage; a NAKURU — dateline lead of record (no speaker); the CEC Member with "CEC Member Dr." dropped who told the House (a debt in KSh with a decimal, "W"), She said and a quoted plan ""; the Bahati MCA with his ward and role before his name (a promise of record "W", a quote ""); the Speaker named acting (no speaker); a Hansard extract introduced by a "B" note, in name-prefix turns ("Hon. Cheserem:", "Dr. Olerumpe:", "Hon. Speaker:" resolved to the Speaker\'s full name given earlier, "Hon. Chebiwott Moiberi (Nominated):"), where questions, an order and an exclamation are "" and a register count and a delivery are "W"; the nominated MCA later as Ms and She (a report "W"); the CEC Member again by Dr. and surname with disputed, and She said (a delivery "W") right after a paragraph about another woman; a mother named after her quote and a quoted sentence after its attribution (""); A spokesperson for the supply authority confirmed ("W") and according to its annual report; the Governor said in a post on X (a directive "W") and She said (a promise ""); a supplier ending "Ltd.," said (a debt "W") and its managing director declined to comment; the MCA again as Mr and surname after his quote (furniture: masthead in capitals, date-weather strip with pipes, menu, section label with ›, headline and a standfirst with "CEC says", byline with role, Published/Last updated line with EAT, share line, caption "" and PHOTO credit with a pipe, RELATED list, a WhatsApp tip line, bio, comment count, a two-sentence comment note, footer links, copyright split at "Ltd. 2026.")',
    'Pakistani English daily\'s KARACHI page: a gas load-management schedule; headline "W" and standfirst with "Opposition MPA says" (""); a KARACHI: dateline lead naming the provincial energy minister after the claim ("W"); the minister as "the minister told reporters" (mmcfd figures "W") and He said (hours with 5am and 12pm); a two-sentence quote whose second sentence stands after its attribution; the gas company with its acronym in brackets said in a statement and "according to the company" kept as written; its spokesman told the paper; an opposition MPA with the SAME SURNAME as the minister ("who is not related to the minister"), his quote on the S.I.T.E. area ("W") and a sentence after the attribution; the minister again as "the minister" and He (two claims "W"), then "The opposition MPA said" resolved to the other man; a traders\' alliance president with Haji dropped, named after his quote, and He said (a threat ""); the federal minister with Sardar dropped said in a video statement posted on X ("W") and A spokesman ... declined to say; according to the Sindh energy department; an LPG distributor ending "Pvt. Ltd." before Its chief executive (a price "W", She said ""); a schoolteacher named after her quote with "4.30 in the morning" and She said ("") (furniture: masthead in capitals, date line with the Hijri date, menu with pipes, section label, byline Our Staff Reporter, Published line with PKT, share line, ALSO READ link, print-edition line, MORE FROM KARACHI list, comments-closed line, WhatsApp line, publisher line ending "(Pvt.) Limited, Karachi." and All rights reserved.)',
    'Irish regional weekly\'s news page (Co. Mayo): a COUNCIL MEETING reported in turns on night-time Garda cover; headline and standfirst "W" with no speaker; caption "W" and Picture: credit; the lead ending "Co. Mayo." before The motion; two councillors with the SAME SURNAME ("who are not related"), Cllr dropped, party initials in brackets (FF, SF, FG, Ind); the first with a record and a quote whose last two sentences stand after "he said"; the second seconding (burglary figures "W") and He said across a paragraph break; the exchange: asked (the chief executive in apposition), “...,” Ms ... replied ("W"), a question with its asker named after it (Cllr dropped), “...,” she said and She added across paragraphs; the Cathaoirleach (title dropped) said and her quote (""); Chief Supt. ... told the joint policing committee and He said; "The Sinn Féin councillor said" resolved to the second of the two men; A Garda spokesperson said ("W") and She said (""); a TD (post-nominal dropped) wrote on Facebook and "The Minister told her" kept as written; a shopkeeper named after his quote (furniture: masthead in capitals, tagline, menu with pipes, sign-in strip, section label with ›, byline name alone, date line, share line, newsletter line, ADVERTISEMENT, Read more list, digital-edition line, newsdesk e-mail line, copyright with Ltd. and "Registered in Ireland No. 48213.")',
    'Jamaican Sunday paper\'s Q&A INTERVIEW (St. Elizabeth) with a farmers\' leader on praedial larceny, in "CALABASH:" and "THWAITESLEY:" name-prefix turns: a headline carrying him through says ("W"), a standfirst "", a byline on two lines; intro: according to figures from the police division ("W"), a Senior Superintendent of Police (rank dropped) said in a statement ("W") and He said (a plan ""), the interviewee\'s profile with ", JP," and "St. Elizabeth." before He (no speaker, "W"); an edited-for-length note "B"; every sentence of an answer carries the interviewee with the prefix as cue (an estimate, a goat theft and "J$450 a lb. at" "W"; opinions and an exclamation ""); the interviewer\'s questions "" with no speaker, except "The police say" (speaker The police, "W") and a statement of law ("W"); after the Q&A, his son with the SAME NAME and "Jr." kept, said and "the younger Thwaitesley said" and an exclamation after the attribution; the agriculture ministry said in a statement; a municipal corporation did not respond to questions (furniture: masthead in capitals, date and weather strip, menu, section label with ›, a story-continues advertisement line, e-mail tip line, More in Rural list, ePaper line, copyright in two sentences, footer links)',
    'Singaporean English daily\'s HOUSING story: a block without a working lift for nine days; headline "W" and standfirst "Town council says ..." carrying the town council; caption "W" naming a resident with Blk and a PHOTO credit in capitals; a SINGAPORE – dateline lead ending "the town council said" kept as written; the town council said in response to queries from the paper and "it said" resolved to it; two residents with the SAME SURNAME (Mr dropped, "who is not related to him"), and "The older Mr Phee said" resolved to the first; a Malay resident with Madam dropped (the dates she was given "W"), then the town council\'s general manager (Ms dropped) and she said, then "Madam Salmah said" across the paragraph; the lift contractor in apposition said in a statement and "The company said" kept as written; a supplier ending "Pte Ltd," declined to comment; according to the town council; the MP with Dr (no stop) acting (no speaker), then "In a Facebook post ..., he said" and He said (plans ""); a Senior Minister of State with "s/o" in his name told reporters ("W") and Mr and given name said; according to the Building and Construction Authority; an Assoc Prof (dropped) said and she said ("") (furniture: masthead in capitals, date strip with PSI, menu, section label with ›, byline name alone, Published line, gift and share line, READ MORE link, WhatsApp line, topics, More from Singapore list, copyright split at "Ltd." and "Co. Regn. No. 198402868E." before a permission line)',
    'Canadian northern weekly\'s news page (Saskatchewan): a Cree Nation\'s water plant fails in a cold snap; headline and standfirst "W"; caption "" and a courtesy credit; the lead with "La Ronge, Sask.," mid-sentence; the Chief (title dropped) said with "3 a.m. Saturday" ("W") and She said; the First Nation\'s Facebook post (page-name and date lines "B", the declaration "W" and an instruction "", no speaker); the nurse in charge said ("W"), she said and a quoted sentence after its attribution (""); the Chief again by surname alone and She said right after the nurse\'s paragraph, then a quote with a question after its attribution; a federal spokesperson said in an email ("W") and "the spokesperson said" kept as written; the water operator (a record "W", He said with a forecast ""); a contractor ending "Ltd. of Saskatoon" said and It said; a medical health officer with Dr. dropped and a trailing "she said"; the MP wrote on X and He said ("W"); a band councillor with "Band Coun." dropped, "Dec. 4." before He said (furniture: masthead in capitals, tagline, menu, section label with a slash, two-line byline, Published line with a.m. CST, share line, RELATED link, news-tip line with e-mail and phone, ownership line, copyright split at "Inc." before a permission line, footer links)',
    'Scottish local weekly\'s COURT page (Ayr Sheriff Court): an assault trial with a garden spade; headline carrying the brother through tells ("W") and a standfirst with "court hears" ("W", no speaker); the lead\'s "his brother told a trial" resolved to the brother named in the next paragraphs; the accused and the brother share a SURNAME, and the complainer and his wife share another; the brother\'s evidence (said, "10.40pm." before He said, and a two-sentence reply after "Asked by defence solicitor ...", all "W"); cross-examination: "he agreed" after the fiscal depute named in a participle clause, a question named after it with Ms and asked (""), “...,” he replied ("W"), "put it to him" and “That\'s not true,” he said; the complainer (told the court "W", a feeling ""); his wife said and accepted (both "W"); the defence solicitor asked her, and "She said she could not remember" resolved to the wife, not the solicitor; a PC (dropped) told the court with "10.58pm" and a nested quote of the accused ("W"); "Crown production No. 7." before Photographs; A Police Scotland spokesperson said (""); the Sheriff (dropped) acting and She told ... (bail "W"); The trial continues. "" (furniture: masthead in capitals, towns strip with middle dots, menu with pipes, section label, byline name and role on two lines, date line, share line, Advertisement, a contempt-of-court note, a numbered Most read list, footer links, copyright split at "2026." before a group line)',
    'South African regional paper\'s local news page (North West): a township without water for 11 days; headline "W" and standfirst "Mayor apologises in statement read at packed meeting" (""); caption "" and Picture credit; the lead with "the Mothusi Local Municipality has confirmed" kept as written; the Executive Mayor (dropped) said in a statement read out by the spokesperson ("No. 2 pump station", "W") and "the statement read" carrying the mayor; the spokesperson by surname alone told the meeting ("W"), a contract to a firm ending "(Pty) Ltd." before "The company said" (kept as written) and the spokesperson\'s forecast (""); a ward councillor with the SAME SURNAME as the mayor ("who is not related to the mayor"), “The mayor knew,” he said ("W") and He said across a paragraph; the mayor absent and A spokesperson for his office said; the MEC (dropped) said in a statement ("W") and She said (""); an advocate with Adv. dropped and her quote (""); a grandmother with Gogo dropped, named after her quote, and a quoted sentence after it; according to its 2025/26 annual report; the municipal manager declined to comment (furniture: masthead in capitals, date strip with an exchange rate, menu, section label with ›, byline, date line, share line, ALSO READ link, WhatsApp line, bio, a two-sentence comment note, copyright with "(Pty) Ltd publication." and a republishing line)',
    'Philippine regional daily\'s CAPIZ page: cousins -- a governor ("Jr.") and a mayor -- trade accusations over relief packs, and the governor\'s father ("Sr.") weighs in: THREE men with one surname, two of them with one given name told apart by Jr. and Sr., which stay in the name; headline "W" and standfirst "Tapulanga mayor says" ("W"); caption "" with Brgy. and a credit; a ROXAS CITY — dateline lead with Mayor dropped and accused ("W"); "His cousin, Capiz Gov. ... Jr., called the charge ..." (""); The mayor told reporters ("W") and his quote (""); the governor said in a Facebook live broadcast and he said (both "W"); The mayor said ("W"); "The governor\'s father, former governor ... Sr., said" in a radio interview and his quote with "he said he had told them"; a Punong Barangay (dropped) said ("W"); a Kagawad (dropped) said and She said ("W"); the barangay captain again by surname alone; the welfare department\'s regional office said in a statement (kept as written); according to the provincial disaster office; an Engr. (dropped) with Brgy. mid-sentence; a Police Lt. Col. (dropped) in apposition said ("W"); an Atty. with "Ma." kept as part of her name declined to comment and She said; "Jr." ending a sentence before It, and "9 a.m." at the end (furniture: masthead in capitals, date and weather strip, menu, section label with ›, byline with "Ma.", Published line, share line, READ link, social line, bio, copyright with Corp. and an unauthorized-copying line)',
    'American small-town daily\'s LOCAL NEWS page (Tioga County, Pennsylvania): a hospital closes its labor and delivery unit; headline "W" with "Jan. 31," and a standfirst with "county commissioners ask" kept as written; caption "" and a credit with a pipe; an OSSAWICK — dateline lead with "Jan. 31, its owner, Alleghwood Health, said" (descriptor dropped); In a statement, the spokeswoman said ("W") and She said ("W"); the hospital president with Dr. dropped told reporters ("W") and he said (""); a county commissioner and a nurse with the SAME SURNAME: the nurse named after her quote, then "Stoltzfield, who is married to the commissioner\'s brother, said" resolved by the clause, then She; "The commissioner said" resolved back across the paragraph; State Rep. ..., R-Tioga, said and He said; U.S. Sen. ..., D-Pa., wrote on X ("W") and She said (""); according to state Department of Health data; a mother said and her quote (""); the nurses\' union in apposition declined to comment; a meeting "at 6 p.m. Dec. 2" ("W") and a comment deadline ending "Dec. 16." ("") (furniture: masthead in capitals, tagline, menu with middle dots, section label, byline and role on two lines, date line with Updated, share line, newsletter line, More local news list, contact line, a two-sentence subscription line, copyright with Inc. and a reprints line)',
    'Australian regional daily\'s page (NSW): a SENATE INQUIRY hearing in Dubbo on a bank branch closure, with a proof Hansard exchange in turns; headline "Bank admits" carrying the bank ("W") and a standfirst with "mayor says" (""); caption "W" naming the mayor with Cr and a Picture by credit; the lead\'s "a senior executive has told a Senate inquiry" resolved to the executive named next; she told the hearing ("W") and She said (""); the chair named acting ("led the questioning") and a "B" note introducing the transcript; turns with the prefixes "CHAIR:" (the chair\'s full name), "Ms WYNDCOMBE:" and "Senator BRENNERBURY:" -- questions "", admissions and figures "W"; the mayor with Cr told the committee ("") and He said ("W"); the senator by full name said ("") and He said ("W"), two men in a row; according to figures tabled at the hearing; the bank said in a statement (""); a landlord ending "Pty Ltd." before "The company\'s director, ..., declined to comment"; a resident named after her quote and a question after the attribution (furniture: masthead in capitals, date line, menu, section label, byline name alone, Updated/first published strip, share line, newsletter line, bio, comment chrome in two lines, copyright with Pty Ltd. and a reproduction line)',
    'Maltese English daily\'s COURT & POLICE page: a compilation of evidence after a wall collapse kills a labourer; headline with "court expert says" carrying the architect ("W") and a standfirst "W"; the lead\'s "a court-appointed architect testified" resolved to the Perit named next (Perit dropped), who told the Magistrate (dropped), and She said ("W"); the accused BROTHERS with one surname, a firm "Bros. Ltd," mid-sentence and "L.N. 317 of 2019." (no speaker, "W"); the Inspector (dropped) testified ("W") and He said with a nested statement ("W"); the architect again as "the architect accepted" under cross-examination; the defence lawyer (Dr dropped) asked her, and "She replied" resolved to the architect; the site foreman in apposition told the court and “He told me ...,” he said (the foreman, not the man he quotes, "W"); a lawyer for one brother put it to the witness and The foreman said (""); A spokesperson for the Building and Construction Authority said ("W"); the victim\'s mother said in a statement read out by the family\'s lawyer, "the statement said" and a quoted sentence after it, all carrying her; the Magistrate acting and the prosecution and defence lines (no speaker, "W") (furniture: masthead in capitals, date and weather strip, menu with pipes, section label, byline, date line, share line, SPONSORED, a comments-disabled line, a two-sentence support line with €, Related link, copyright and publisher line, footer links)',
]

ARTICLES = [
    # ke
    [
        [
            ("THE LELANWA TRIBUNE", "", "", "B"),
        ],
        [
            ("Thursday, November 19, 2026 | Nairobi 24°C | E-Paper | Log in", "", "", "B"),
        ],
        [
            (
                "Home   News   Counties   Politics   Business   Health   Sports   Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Counties › Nakuru", "", "", "B"),
        ],
        [
            (
                "MCAs grill health chief as Nakuru hospitals go six weeks without basic drugs",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "County owes national supplier KSh 212 million, CEC says, as Bahati MCA demands a date for restocking",
                "Nasieku Olerumpe",
                "says",
                "W",
            ),
        ],
        [
            ("By Jerubet Kibarabara, Rift Valley Correspondent", "", "", "B"),
        ],
        [
            ("Published on 19 Nov 2026 at 06:40 EAT · Last updated 09:12 EAT", "", "", "B"),
        ],
        [
            ("Share: Facebook · X · WhatsApp · Telegram · Copy link", "", "", "B"),
        ],
        [
            (
                "Patients queue at the pharmacy window of Kiptangwa Sub-County Hospital on Tuesday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PHOTO | JERUBET KIBARABARA", "", "", "B"),
        ],
        [
            (
                "NAKURU — Members of the Nakuru County Assembly spent more than two hours on Wednesday questioning the county's top health official over a shortage of basic drugs that has left 27 public health facilities without antibiotics, painkillers or insulin since early October.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Health and Medical Services CEC Member Dr. Nasieku Olerumpe told the House that the county owed the National Medicines Supply Authority KSh 212.4 million for deliveries made between January and June, and that the authority had stopped supplying it on October 2.",
                "Nasieku Olerumpe",
                "told the House",
                "W",
            ),
            (
                "She said the county treasury had released KSh 60 million to the authority on Monday.",
                "Nasieku Olerumpe",
                "said",
                "W",
            ),
            ("“Supplies will resume next week,” she said.", "Nasieku Olerumpe", "said", ""),
        ],
        [
            (
                "Bahati Ward MCA Kiprutto Cheserem, who moved the motion that summoned her, said the same promise had been made to the assembly's health committee on October 21.",
                "Kiprutto Cheserem",
                "said",
                "W",
            ),
            (
                "“Next week has become a season in this county,” he said.",
                "Kiprutto Cheserem",
                "said",
                "",
            ),
        ],
        [
            ("Speaker Kimaiyot Torotich twice had to call members to order.", "", "", ""),
        ],
        [
            (
                "The following is an extract from the Hansard record of Wednesday's afternoon sitting.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Hon. Cheserem: Madam CEC, how many patients were sent away from the Kiptangwa pharmacy without drugs in October?",
                "Kiprutto Cheserem",
                "Hon. Cheserem:",
                "",
            ),
        ],
        [
            (
                "Dr. Olerumpe: Mr Speaker, I do not have that figure with me this afternoon.",
                "Nasieku Olerumpe",
                "Dr. Olerumpe:",
                "",
            ),
        ],
        [
            (
                "Hon. Cheserem: Then let me give it to you.",
                "Kiprutto Cheserem",
                "Hon. Cheserem:",
                "",
            ),
            (
                "The hospital's own register shows 1,140 patients.",
                "Kiprutto Cheserem",
                "Hon. Cheserem:",
                "W",
            ),
            ("Is that not a crisis?", "Kiprutto Cheserem", "Hon. Cheserem:", ""),
        ],
        [
            ("Hon. Speaker: Order, Honourable Member!", "Kimaiyot Torotich", "Hon. Speaker:", ""),
            ("Direct your questions through the Chair.", "Kimaiyot Torotich", "Hon. Speaker:", ""),
        ],
        [
            (
                "Dr. Olerumpe: The shortage is real, and I have never denied it.",
                "Nasieku Olerumpe",
                "Dr. Olerumpe:",
                "",
            ),
            (
                "It was caused by a debt this department inherited from the 2024/25 financial year.",
                "Nasieku Olerumpe",
                "Dr. Olerumpe:",
                "W",
            ),
        ],
        [
            (
                "Hon. Chebiwott Moiberi (Nominated): Mr Speaker, my committee visited five facilities last week.",
                "Chebiwott Moiberi",
                "Hon. Chebiwott Moiberi (Nominated):",
                "W",
            ),
            (
                "At Mbaruk Health Centre we found one box of amoxicillin for a ward of 40 patients.",
                "Chebiwott Moiberi",
                "Hon. Chebiwott Moiberi (Nominated):",
                "W",
            ),
            (
                "One box, Mr Speaker!",
                "Chebiwott Moiberi",
                "Hon. Chebiwott Moiberi (Nominated):",
                "",
            ),
        ],
        [
            (
                "Ms Moiberi, who chairs the assembly's health committee, told reporters after the sitting that the committee would table its report on the shortage on Tuesday.",
                "Chebiwott Moiberi",
                "told reporters",
                "",
            ),
            (
                "She said the report recommended that the county pay the authority directly from its monthly share of national revenue.",
                "Chebiwott Moiberi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dr. Olerumpe later disputed the committee's account of Mbaruk.",
                "Nasieku Olerumpe",
                "disputed",
                "",
            ),
            (
                "She said the centre had received 600 boxes of amoxicillin on November 13, paid for from the county's emergency fund.",
                "Nasieku Olerumpe",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I bought his insulin at a chemist in town for KSh 3,400 because the hospital had none,” said Nyokabiru Gathonjia, whose 14-year-old son has Type 1 diabetes.",
                "Nyokabiru Gathonjia",
                "said",
                "",
            ),
            ("“That is what I earn in a week.”", "Nyokabiru Gathonjia", "said", ""),
        ],
        [
            (
                "A spokesperson for the National Medicines Supply Authority confirmed that the county's account had been suspended on October 2 but would not discuss the size of the debt.",
                "A spokesperson for the National Medicines Supply Authority",
                "confirmed",
                "W",
            ),
            (
                "The authority supplies 46 of the country's 47 counties, according to its annual report for 2025/26.",
                "its annual report for 2025/26",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Governor Wambuiya Gathirimu said in a post on X on Wednesday evening that she had directed the county treasury to clear the balance within 14 days.",
                "Wambuiya Gathirimu",
                "said in a post on X",
                "W",
            ),
            (
                "She said no patient would be asked to buy drugs from a private chemist once the supplies arrived.",
                "Wambuiya Gathirimu",
                "said",
                "",
            ),
        ],
        [
            (
                "Tandaleo Pharmaceuticals Ltd., which supplies insulin to the county's hospitals under a separate contract, said it was owed KSh 18.6 million.",
                "Tandaleo Pharmaceuticals Ltd.",
                "said",
                "W",
            ),
            (
                "Its managing director, Mutuma Karigu, declined to comment further.",
                "Mutuma Karigu",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "The motion was adjourned to Tuesday, when the committee's report is due to be tabled.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“We will be back here on Tuesday, and so will she,” Mr Cheserem said.",
                "Kiprutto Cheserem",
                "said",
                "",
            ),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Nakuru nurses give county 14-day notice over unpaid arrears", "", "", "B"),
        ],
        [
            ("Senate summons five governors over medicine debts", "", "", "B"),
        ],
        [
            ("Have a story from your county?", "", "", "B"),
            ("WhatsApp the Tribune newsroom on 0700 118 224.", "", "", "B"),
        ],
        [
            (
                "Jerubet Kibarabara covers Nakuru, Baringo and Laikipia counties for the Tribune.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("12 Comments", "", "", "B"),
        ],
        [
            ("Sign in to comment.", "", "", "B"),
            ("Comments that are abusive or off-topic will be removed.", "", "", "B"),
        ],
        [
            ("About Us | Advertise | Careers | Privacy Policy | Terms of Use", "", "", "B"),
        ],
        [
            ("© Lelanwa Media Group Ltd. 2026.", "", "", "B"),
            (
                "Reproduction of this material without written permission is prohibited.",
                "",
                "",
                "B",
            ),
        ],
    ],
    # pk
    [
        [
            ("DAILY SAHILNAMA", "", "", "B"),
        ],
        [
            ("Wednesday, December 2, 2026 | Jamadi-us-Sani 21, 1448", "", "", "B"),
        ],
        [
            (
                "Home | Pakistan | Karachi | Business | World | Sport | Opinion | E-Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("KARACHI", "", "", "B"),
        ],
        [
            (
                "Sindh announces 16-hour daily gas cuts for Karachi homes as winter shortfall deepens",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Opposition MPA says schedule ‘punishes households’; tandoor owners threaten protest",
                "Daniyal Qamarzai",
                "says",
                "",
            ),
        ],
        [
            ("Our Staff Reporter", "", "", "B"),
        ],
        [
            ("Published December 2, 2026 | 07:55am PKT", "", "", "B"),
        ],
        [
            ("Share on WhatsApp | Facebook | X | Email", "", "", "B"),
        ],
        [
            (
                "KARACHI: Domestic gas consumers in Karachi will receive gas for eight hours a day from Thursday under a new load management schedule, Sindh Energy Minister Arhamullah Qamarzai said on Tuesday.",
                "Arhamullah Qamarzai",
                "said",
                "W",
            ),
        ],
        [
            (
                "Addressing a press conference at the Sindh Assembly building, the minister told reporters that supply to the city had fallen to 810 million cubic feet per day (mmcfd) against winter demand of about 1,240 mmcfd.",
                "Arhamullah Qamarzai",
                "told reporters",
                "W",
            ),
            (
                "He said households would get gas from 5am to 9am, from 12pm to 2pm and from 6pm to 8pm.",
                "Arhamullah Qamarzai",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Nobody in this government wants to switch off a family's stove,” he said.",
                "Arhamullah Qamarzai",
                "said",
                "",
            ),
            (
                "“But we cannot distribute gas that is not in the pipeline.”",
                "Arhamullah Qamarzai",
                "said",
                "",
            ),
        ],
        [
            (
                "Indus Coastal Gas Company Limited (ICGCL), which distributes gas in Sindh and Balochistan, said in a statement that output from its fields in the province had declined by 11 per cent since January.",
                "Indus Coastal Gas Company Limited (ICGCL)",
                "said in a statement",
                "W",
            ),
            (
                "Imported LNG for December had been cut to four cargoes from six, according to the company.",
                "the company",
                "according to",
                "W",
            ),
        ],
        [
            (
                "ICGCL spokesman Faheemuddin Sarbazi told Sahilnama that 41 illegal compressors had been seized in Korangi and Landhi in the past week.",
                "Faheemuddin Sarbazi",
                "told Sahilnama",
                "W",
            ),
        ],
        [
            ("ALSO READ: LPG prices climb for third week as cylinder queues return", "", "", "B"),
        ],
        [
            (
                "Daniyal Qamarzai, an opposition MPA from Karachi who is not related to the minister, said the schedule punished households for the province's failure to develop new fields.",
                "Daniyal Qamarzai",
                "said",
                "",
            ),
            (
                "“Captive power plants in the S.I.T.E. area and Korangi are still getting gas 24 hours a day,” he said.",
                "Daniyal Qamarzai",
                "said",
                "W",
            ),
            ("“Ask the minister why.”", "Daniyal Qamarzai", "said", ""),
        ],
        [
            (
                "Responding later on Tuesday, the minister said captive power plants had been limited to 12 hours a day since November 20.",
                "Arhamullah Qamarzai",
                "said",
                "W",
            ),
            (
                "He said he had written to the federal petroleum division on Monday seeking an extra LNG cargo for January.",
                "Arhamullah Qamarzai",
                "said",
                "W",
            ),
        ],
        [
            (
                "The opposition MPA said the letter had come “too late for this winter”.",
                "Daniyal Qamarzai",
                "said",
                "",
            ),
        ],
        [
            (
                "“If the gas goes, the tandoors go, and if the tandoors go, Karachi does not eat,” said Haji Fakhruddin Jhandani, president of the Karachi Naan and Tandoor Traders Alliance.",
                "Fakhruddin Jhandani",
                "said",
                "",
            ),
            (
                "He said the alliance would protest outside the ICGCL head office on Friday unless its 3,200 member shops were exempted from the schedule.",
                "Fakhruddin Jhandani",
                "said",
                "",
            ),
        ],
        [
            (
                "Federal Petroleum Minister Sardar Nauroz Kharoti said in a video statement posted on X that the centre had allocated an additional 150 mmcfd to Sindh for December.",
                "Nauroz Kharoti",
                "said in a video statement posted on X",
                "W",
            ),
            (
                "A spokesman for the petroleum division declined to say where the additional gas would come from.",
                "A spokesman for the petroleum division",
                "declined to say",
                "",
            ),
        ],
        [
            (
                "Karachi's winter gas demand has grown by about 4 per cent a year since 2019, according to the Sindh energy department.",
                "the Sindh energy department",
                "according to",
                "W",
            ),
        ],
        [
            ("The city's largest LPG distributor is Mehrabpur Gas Pvt. Ltd.", "", "", "W"),
            (
                "Its chief executive, Tabassum Rindaniwala, said an 11.8kg domestic cylinder now cost Rs3,450 in Karachi, up from Rs3,100 a month ago.",
                "Tabassum Rindaniwala",
                "said",
                "W",
            ),
            (
                "She said prices would keep rising while the gas schedule lasted.",
                "Tabassum Rindaniwala",
                "said",
                "",
            ),
        ],
        [
            (
                "“I cook breakfast at 4.30 in the morning now, in the dark, before the gas goes,” said Rukhshanda Memonzai, a schoolteacher in Gulshan-e-Iqbal.",
                "Rukhshanda Memonzai",
                "said",
                "",
            ),
            (
                "She said her family had bought a second-hand electric hotplate for Rs6,000.",
                "Rukhshanda Memonzai",
                "said",
                "",
            ),
        ],
        [
            ("Published in Daily Sahilnama, December 2nd, 2026", "", "", "B"),
        ],
        [
            ("MORE FROM KARACHI", "", "", "B"),
        ],
        [
            ("KMC approves Rs1.2 billion plan to repair 40 city roads before monsoon", "", "", "B"),
        ],
        [
            ("Two held for selling fake polio vaccination cards in Orangi", "", "", "B"),
        ],
        [
            ("Comments are closed on this story.", "", "", "B"),
        ],
        [
            ("Get Sahilnama's top stories on our WhatsApp channel.", "", "", "B"),
        ],
        [
            ("Sahilnama is published by Abdalia Press (Pvt.) Limited, Karachi.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # ie
    [
        [
            ("THE MAYO LANTERN", "", "", "B"),
        ],
        [
            ("Serving every parish in the county since 1894", "", "", "B"),
        ],
        [
            (
                "News | Sport | Farming | Community | Notices | Property | Digital Edition",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Subscribe   Sign in", "", "", "B"),
        ],
        [
            ("NEWS › LOCAL", "", "", "B"),
        ],
        [
            (
                "Councillors vote to demand return of overnight Garda cover in Ballyvarrig",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Station's public office now closes at 9pm, and the nearest patrol car at night is in Castlebar",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Bríghdín Ní Dhubhráin", "", "", "B"),
        ],
        [
            ("Wed, 11 Nov, 2026 at 07:30", "", "", "B"),
        ],
        [
            ("Share   Post   Email", "", "", "B"),
        ],
        [
            (
                "The Garda station in Ballyvarrig, where the public office has closed at 9pm since September.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Picture: Conchúr Ó Breasail", "", "", "B"),
        ],
        [
            (
                "All 30 members present at Monday's meeting of Mayo County Council backed a motion calling on the Minister for Justice to restore round-the-clock staffing at the Garda station in Ballyvarrig, Co. Mayo.",
                "",
                "",
                "W",
            ),
            (
                "The motion was tabled by Cllr Proinsias Kilgarriff (FF) and seconded by Cllr Iarlaith Kilgarriff (SF), who are not related.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Cllr Proinsias Kilgarriff said the station's public office hours had been cut on September 6 from 24 hours to 8am-9pm, and that the nearest car on duty overnight was now based in Castlebar, 40 minutes away.",
                "Proinsias Kilgarriff",
                "said",
                "W",
            ),
            (
                "“A woman in Ballyvarrig rang 999 at 2am on a Saturday in October and waited 52 minutes for a car,” he said.",
                "Proinsias Kilgarriff",
                "said",
                "W",
            ),
            ("“That is not policing.", "Proinsias Kilgarriff", "said", ""),
            ("That is a postcode lottery.”", "Proinsias Kilgarriff", "said", ""),
        ],
        [
            (
                "Seconding the motion, Cllr Iarlaith Kilgarriff said there had been 14 burglaries in the Ballyvarrig district since the hours were cut, compared with five in the same period last year.",
                "Iarlaith Kilgarriff",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said the figures had been given to councillors by gardaí at a meeting of the joint policing committee in October.",
                "Iarlaith Kilgarriff",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cllr Proinsias Kilgarriff then asked the council's chief executive, Fionnghuala Ruttlebury-Keaveen, whether the council had been consulted before the hours were changed.",
                "Proinsias Kilgarriff",
                "asked",
                "",
            ),
        ],
        [
            (
                "“We were informed, not consulted,” Ms Ruttlebury-Keaveen replied.",
                "Fionnghuala Ruttlebury-Keaveen",
                "replied",
                "W",
            ),
        ],
        [
            (
                "“By letter or by the radio?” asked Cllr Mainchín Mulcrevagh (FG).",
                "Mainchín Mulcrevagh",
                "asked",
                "",
            ),
        ],
        [
            (
                "“By letter, on September 3, three days before the change,” she said.",
                "Fionnghuala Ruttlebury-Keaveen",
                "said",
                "W",
            ),
        ],
        [
            (
                "She added that the council had received no reply to a letter it had sent to the divisional office in August asking for the change to be paused.",
                "Fionnghuala Ruttlebury-Keaveen",
                "added",
                "W",
            ),
        ],
        [
            (
                "The Cathaoirleach, Cllr Áine Ní Chonfhaola (Ind), said she would invite the divisional officer to attend the council's December meeting.",
                "Áine Ní Chonfhaola",
                "said",
                "",
            ),
            (
                "“If the Garda management want to defend this, they can come in here and do it in public,” she said.",
                "Áine Ní Chonfhaola",
                "said",
                "",
            ),
        ],
        [
            (
                "Sign up to the Lantern's Friday newsletter for the week's news from every corner of Mayo.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Chief Supt. Dualtach Loughnavan told the joint policing committee in October that the change had freed 11 gardaí for patrol duty across the division.",
                "Dualtach Loughnavan",
                "told the joint policing committee",
                "W",
            ),
            (
                "He said at the time that the division would review the hours after six months.",
                "Dualtach Loughnavan",
                "said",
                "",
            ),
        ],
        [
            (
                "The Sinn Féin councillor said a review in March was “no comfort to anyone lying awake in Ballyvarrig tonight”.",
                "Iarlaith Kilgarriff",
                "said",
                "",
            ),
        ],
        [
            (
                "A Garda spokesperson said the hours in Ballyvarrig had been set following a divisional roster review and that response times in the division were monitored continuously.",
                "A Garda spokesperson",
                "said",
                "W",
            ),
            (
                "She said An Garda Síochána does not comment on individual calls for service.",
                "A Garda spokesperson",
                "said",
                "",
            ),
        ],
        [
            (
                "Cathairín Dunleavey TD wrote on Facebook that she had raised the station's hours with the Minister for Justice in the Dáil on October 22.",
                "Cathairín Dunleavey",
                "wrote on Facebook",
                "W",
            ),
            (
                "The Minister told her the matter was an operational one for the Garda Commissioner.",
                "The Minister",
                "told",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "“I lock the door at six now, and there's a camera over the till,” said Páidí Conneelly, who runs a hardware shop on Main Street.",
                "Páidí Conneelly",
                "said",
                "",
            ),
            (
                "He said two houses on his road had been broken into in October.",
                "Páidí Conneelly",
                "said",
                "",
            ),
        ],
        [
            (
                "The council's letter will be sent to the Minister this week, along with a copy of the motion and the burglary figures.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Read more", "", "", "B"),
        ],
        [
            ("Westport greenway extension gets €3.1m as landowners sign up", "", "", "B"),
        ],
        [
            ("Ballina hotel plans for 40 bedrooms lodged with council", "", "", "B"),
        ],
        [
            (
                "The Mayo Lantern Digital Edition: every page of the paper, from €2 a week.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Contact the newsdesk: news@mayolantern.ie", "", "", "B"),
        ],
        [
            ("© 2026 Lantern Publishing Ltd.", "", "", "B"),
            ("Registered in Ireland No. 48213.", "", "", "B"),
        ],
    ],
    # jm
    [
        [
            ("THE SUNDAY CALABASH", "", "", "B"),
        ],
        [
            ("Sunday, November 22, 2026 · Kingston 30°C", "", "", "B"),
        ],
        [
            (
                "News   Business   Sport   Entertainment   Rural   Letters   Sunday Magazine   ePaper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("RURAL › FARMING", "", "", "B"),
        ],
        [
            (
                "‘They reap before we reap’: Farmers' leader says thieves took J$380m in produce from St. Elizabeth this year",
                "Audley Thwaitesley",
                "says",
                "W",
            ),
        ],
        [
            (
                "The Sunday Calabash speaks with the head of the South Plains Farmers' Association about praedial larceny, receipts and a new police unit",
                "",
                "",
                "",
            ),
        ],
        [
            ("Interview by Shereeka Maylor-Dunbeck", "", "", "B"),
        ],
        [
            ("Sunday Calabash Writer", "", "", "B"),
        ],
        [
            (
                "Farmers in St. Elizabeth reported 212 cases of praedial larceny to the police between January and October, up from 167 in the same period last year, according to figures from the St. Elizabeth police division.",
                "figures from the St. Elizabeth police division",
                "according to",
                "W",
            ),
            (
                "Senior Superintendent of Police Orvett Brammerleigh, who commands the division, said in a statement that 31 people had been charged.",
                "Orvett Brammerleigh",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "He said a rural crime unit of 12 officers would begin night patrols in January.",
                "Orvett Brammerleigh",
                "said",
                "",
            ),
        ],
        [
            (
                "Audley Thwaitesley, JP, is a 63-year-old onion and sweet-pepper farmer from Flagaman, St. Elizabeth.",
                "",
                "",
                "W",
            ),
            ("He has led the 1,400-member association since 2019.", "", "", "W"),
        ],
        [
            ("The interview has been edited for length and clarity.", "", "", "B"),
        ],
        [
            ("CALABASH: How bad has this year been?", "", "", ""),
        ],
        [
            (
                "THWAITESLEY: The worst I have seen in 40 years of farming.",
                "Audley Thwaitesley",
                "THWAITESLEY:",
                "",
            ),
            (
                "Our members estimate they lost J$380 million in produce and livestock between January and October.",
                "Audley Thwaitesley",
                "THWAITESLEY:",
                "W",
            ),
            (
                "One member in Pedro Plains lost 14 goats in one night.",
                "Audley Thwaitesley",
                "THWAITESLEY:",
                "W",
            ),
        ],
        [
            ("CALABASH: The police say only 212 cases were reported.", "The police", "say", "W"),
            ("Why the gap?", "", "", ""),
        ],
        [
            (
                "THWAITESLEY: Because most farmers have stopped reporting.",
                "Audley Thwaitesley",
                "THWAITESLEY:",
                "",
            ),
            (
                "They go to the station, they lose a whole day, and nobody is ever charged.",
                "Audley Thwaitesley",
                "THWAITESLEY:",
                "",
            ),
            ("That is what they tell me, anyway.", "Audley Thwaitesley", "THWAITESLEY:", ""),
        ],
        [
            ("CALABASH: What changed this year?", "", "", ""),
        ],
        [
            (
                "THWAITESLEY: The drought pushed prices up.",
                "Audley Thwaitesley",
                "THWAITESLEY:",
                "W",
            ),
            (
                "Onion was selling at J$450 a lb. at the Coronation Market in August, double the January price.",
                "Audley Thwaitesley",
                "THWAITESLEY:",
                "W",
            ),
            (
                "When the price is high, the thief comes by night with a van and a scale.",
                "Audley Thwaitesley",
                "THWAITESLEY:",
                "",
            ),
        ],
        [
            (
                "CALABASH: Buyers are required by law to get a receipt for any produce they buy from a farmer.",
                "",
                "",
                "W",
            ),
            ("Is that being enforced?", "", "", ""),
        ],
        [
            ("THWAITESLEY: Not at the markets, no.", "Audley Thwaitesley", "THWAITESLEY:", ""),
            (
                "I stood at the Santa Cruz market for a whole Saturday in October and did not see one receipt change hands.",
                "Audley Thwaitesley",
                "THWAITESLEY:",
                "",
            ),
        ],
        [
            ("CALABASH: What do you want from the new unit?", "", "", ""),
        ],
        [
            (
                "THWAITESLEY: Patrols at night, in the fields, not on the main road.",
                "Audley Thwaitesley",
                "THWAITESLEY:",
                "",
            ),
            (
                "And a prosecutor who comes to court prepared!",
                "Audley Thwaitesley",
                "THWAITESLEY:",
                "",
            ),
        ],
        [
            ("CALABASH: Your son farms with you.", "", "", ""),
            ("Has he thought of leaving?", "", "", ""),
        ],
        [
            (
                "THWAITESLEY: He has thought about it, but he is stubborn like his father.",
                "Audley Thwaitesley",
                "THWAITESLEY:",
                "",
            ),
        ],
        [
            ("Story continues after advertisement", "", "", "B"),
        ],
        [
            (
                "Audley Thwaitesley Jr., 34, who farms 12 acres beside his father's, said he had slept in a zinc hut next to his onion beds for six weeks before the harvest.",
                "Audley Thwaitesley Jr.",
                "said",
                "",
            ),
            (
                "“I have a licensed firearm and a dog, and I still lost a quarter of the crop,” the younger Thwaitesley said.",
                "Audley Thwaitesley Jr.",
                "said",
                "",
            ),
            ("“A quarter!”", "Audley Thwaitesley Jr.", "said", ""),
        ],
        [
            (
                "In a separate development, the agriculture ministry said in a statement that it had registered 2,640 farmers in the parish under its farmer identification programme this year.",
                "the agriculture ministry",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "The municipal corporation that runs the Coronation Market did not respond to questions about receipts.",
                "The municipal corporation that runs the Coronation Market",
                "did not respond to questions",
                "",
            ),
        ],
        [
            ("Have a farming story? Write to rural@sundaycalabash.com.jm", "", "", "B"),
        ],
        [
            ("More in Rural", "", "", "B"),
        ],
        [
            ("Clarendon pig farmers count losses after feed prices jump 18 per cent", "", "", "B"),
        ],
        [
            ("Irrigation pipeline for Pedro Plains ‘on track’ for March, says agency", "", "", "B"),
        ],
        [
            ("Read the Sunday Calabash ePaper on any device, every page as printed.", "", "", "B"),
        ],
        [
            ("Copyright 2026 Calabash Media Company Limited.", "", "", "B"),
            ("All material is protected under the laws of Jamaica.", "", "", "B"),
        ],
        [
            ("Terms · Privacy · Contact", "", "", "B"),
        ],
    ],
    # sg
    [
        [
            ("THE JAMBU DISPATCH", "", "", "B"),
        ],
        [
            ("Thursday, Nov 26, 2026 | Singapore 31°C | PSI 42", "", "", "B"),
        ],
        [
            ("Singapore   Asia   World   Business   Tech   Sport   Life   Opinion", "", "", "B"),
        ],
        [
            ("SINGAPORE › HOUSING", "", "", "B"),
        ],
        [
            (
                "Kelumpang residents without a working lift for nine days after parts delay",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Town council says replacement motor was held up at port; MP apologises to residents of Block 604",
                "Kelumpang Town Council",
                "says",
                "W",
            ),
        ],
        [
            ("Ngiow Shuting", "", "", "B"),
        ],
        [
            ("Published Nov 26, 2026, 05:00 AM", "", "", "B"),
        ],
        [
            ("Gift this article   Share", "", "", "B"),
        ],
        [
            (
                "Mr Phee Tuck Whatt, 74, at the lift lobby of Blk 604 Kelumpang Avenue 3, where one lift broke down on Nov 16 while the other was closed for upgrading.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("JAMBU DISPATCH PHOTO: HARIZ SAPARI", "", "", "B"),
        ],
        [
            (
                "SINGAPORE – Residents of a 16-storey HDB block in Kelumpang went without a working lift for nine days this month after one lift broke down while the other was closed for upgrading, the town council said.",
                "the town council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kelumpang Town Council said in response to queries from The Jambu Dispatch that a replacement motor had been held at the port for four days because of a documentation error by the supplier.",
                "Kelumpang Town Council",
                "said in response to queries from The Jambu Dispatch",
                "W",
            ),
            (
                "Both lifts at the block resumed service at 6pm on Nov 25, it said.",
                "Kelumpang Town Council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mr Phee Tuck Whatt, 74, who lives on the 14th storey, said he had not left his flat for six days because of a knee operation in August.",
                "Phee Tuck Whatt",
                "said",
                "",
            ),
            (
                "“My daughter carried our groceries up 13 floors every evening after work,” he said.",
                "Phee Tuck Whatt",
                "said",
                "",
            ),
        ],
        [
            (
                "Another resident, Mr Phee Kiak Seck, 45, who is not related to him, said he had counted 38 households on the upper floors with elderly or disabled residents.",
                "Phee Kiak Seck",
                "said",
                "W",
            ),
            (
                "He said he had raised the matter with the town council on Nov 17 and again on Nov 19.",
                "Phee Kiak Seck",
                "said",
                "W",
            ),
        ],
        [
            (
                "The older Mr Phee said he was grateful to the neighbours who had brought him meals.",
                "Phee Tuck Whatt",
                "said",
                "",
            ),
        ],
        [
            (
                "Madam Salmah Juraimi, 68, a retired cleaner on the 11th floor, said the town council had first told residents the lift would be fixed by Nov 19.",
                "Salmah Juraimi",
                "said",
                "W",
            ),
        ],
        [
            (
                "The town council's general manager, Ms Rayanne Quekson, said contractors had carried 11 residents up and down the stairs in a powered stair-climbing chair during the nine days.",
                "Rayanne Quekson",
                "said",
                "W",
            ),
            (
                "“We should have told residents sooner when the first date slipped,” she said.",
                "Rayanne Quekson",
                "said",
                "",
            ),
        ],
        [
            (
                "Madam Salmah said she had been given three different dates by three different staff members.",
                "Salmah Juraimi",
                "said",
                "W",
            ),
        ],
        [
            ("READ MORE: Town councils to get $40m more for lift upgrades", "", "", "B"),
        ],
        [
            (
                "The lift contractor, Liftora Engineering, said in a statement that the motor had been ordered from Italy on Nov 17 and had arrived in Singapore on Nov 20.",
                "Liftora Engineering",
                "said in a statement",
                "W",
            ),
            (
                "The company said it regretted the inconvenience to residents.",
                "The company",
                "said",
                "",
            ),
        ],
        [
            (
                "The motor's supplier, Ventimo Drives Pte Ltd, declined to comment.",
                "Ventimo Drives Pte Ltd",
                "declined to comment",
                "",
            ),
            (
                "Its customs agent had listed the wrong tariff code for the part, according to the town council.",
                "the town council",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Kelumpang MP Dr Yeak Tzer Jiak, who chairs the town council, visited the block on Nov 21.",
                "",
                "",
                "W",
            ),
            (
                "In a Facebook post that evening, he said the town council had “let residents down”.",
                "Yeak Tzer Jiak",
                "said",
                "",
            ),
            (
                "He said parts for all 62 lifts due for upgrading in the town in 2027 would be ordered at least three months before work began.",
                "Yeak Tzer Jiak",
                "said",
                "",
            ),
        ],
        [
            (
                "Senior Minister of State for National Development Kaliappan s/o Sellathurai told reporters on Wednesday that 5,200 HDB lifts had been replaced or upgraded under the national programme since 2012.",
                "Kaliappan s/o Sellathurai",
                "told reporters",
                "W",
            ),
            (
                "Mr Kaliappan said the Government would study whether town councils should be required to keep spare motors for older lift models.",
                "Kaliappan s/o Sellathurai",
                "said",
                "",
            ),
        ],
        [
            (
                "There are about 24,000 lifts in HDB blocks, according to the Building and Construction Authority.",
                "the Building and Construction Authority",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Assoc Prof Hsu Mingrui, who studies ageing at the Kallang Institute of Technology, said a week without a lift could leave frail residents isolated for far longer.",
                "Hsu Mingrui",
                "said",
                "",
            ),
            (
                "“Some of them will not go down again for months, because the fear stays with them,” she said.",
                "Hsu Mingrui",
                "said",
                "",
            ),
        ],
        [
            ("Join the Dispatch's WhatsApp channel for the day's must-reads.", "", "", "B"),
        ],
        [
            ("Topics: HDB   Lifts   Town councils", "", "", "B"),
        ],
        [
            ("More from Singapore", "", "", "B"),
        ],
        [
            ("Two men charged over fake CPF refund calls that cost victims $1.3m", "", "", "B"),
        ],
        [
            (
                "Bus service 991 to be rerouted from Jan 4 as Kelumpang interchange shifts",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Copyright © 2026 Jambu Dispatch Media Ltd.", "", "", "B"),
            ("Co. Regn. No. 198402868E.", "", "", "B"),
            ("Permission is required to reproduce any article.", "", "", "B"),
        ],
    ],
    # ca
    [
        [
            ("THE LYNXWOOD LEDGER", "", "", "B"),
        ],
        [
            ("Independent news for northern Saskatchewan", "", "", "B"),
        ],
        [
            ("News   Sports   Opinion   Obituaries   Classifieds   e-Edition", "", "", "B"),
        ],
        [
            ("NEWS / NORTHERN SASKATCHEWAN", "", "", "B"),
        ],
        [
            (
                "Wapisiw Narrows declares state of emergency after water plant fails in cold snap",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "About 1,300 residents under do-not-consume order as bottled water is flown in",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Brenwyn Ostapiuk-Lahey", "", "", "B"),
        ],
        [
            ("Staff Reporter", "", "", "B"),
        ],
        [
            ("Published Dec. 1, 2026 at 6:45 a.m. CST", "", "", "B"),
        ],
        [
            ("Share this story", "", "", "B"),
        ],
        [
            (
                "Pallets of bottled water are unloaded at the Wapisiw Narrows airstrip on Sunday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo courtesy of Wapisiw Narrows Cree Nation", "", "", "B"),
        ],
        [
            (
                "Wapisiw Narrows Cree Nation, about 190 kilometres northeast of La Ronge, Sask., declared a state of local emergency on Sunday after its water treatment plant stopped working during a cold snap.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chief Darlena Okimawin said the plant's main filter pump failed at about 3 a.m. Saturday, when the temperature dropped to -38 C.",
                "Darlena Okimawin",
                "said",
                "W",
            ),
            (
                "She said the community's reserve tank was empty by noon the same day.",
                "Darlena Okimawin",
                "said",
                "W",
            ),
        ],
        [
            (
                "The First Nation posted the declaration on its Facebook page on Sunday afternoon.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Wapisiw Narrows Cree Nation", "", "", "B"),
        ],
        [
            ("November 29 at 2:14 PM ·", "", "", "B"),
        ],
        [
            (
                "Chief and Council have declared a State of Local Emergency, effective immediately.",
                "",
                "",
                "W",
            ),
            (
                "Do not drink, cook with or brush your teeth with tap water until further notice.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Shawna Bighettoway, the nurse in charge at the community's health centre, said staff had seen 23 people with vomiting or diarrhea since Saturday, most of them children.",
                "Shawna Bighettoway",
                "said",
                "W",
            ),
            ("“We don't know yet if it's the water,” she said.", "Shawna Bighettoway", "said", ""),
            ("“But we are not taking chances with babies.”", "Shawna Bighettoway", "said", ""),
        ],
        [
            (
                "Okimawin said the band had asked Indigenous Services Canada for a mobile treatment unit on Saturday.",
                "Darlena Okimawin",
                "said",
                "W",
            ),
            (
                "She said she was told on Monday that a unit could arrive by Friday.",
                "Darlena Okimawin",
                "said",
                "W",
            ),
        ],
        [
            ("“Days, not hours, for drinking water,” she said.", "Darlena Okimawin", "said", ""),
            ("“Would that happen in Regina?”", "Darlena Okimawin", "said", ""),
        ],
        [
            (
                "In an email, a spokesperson for Indigenous Services Canada said the department had approved $1.2 million in emergency funding and flown in 40,000 litres of bottled water.",
                "a spokesperson for Indigenous Services Canada",
                "said",
                "W",
            ),
            (
                "The department was working with the First Nation's leadership to restore service “as quickly as possible,” the spokesperson said.",
                "the spokesperson",
                "said",
                "",
            ),
        ],
        [
            (
                "The community's water treatment operator, Tavis Sewapp, said the pump was 22 years old and had been on a replacement list since 2021.",
                "Tavis Sewapp",
                "said",
                "W",
            ),
            (
                "He said a new pump had been ordered from Edmonton on Monday and was expected by Thursday.",
                "Tavis Sewapp",
                "said",
                "",
            ),
        ],
        [
            (
                "Nordhaven Water Systems Ltd. of Saskatoon, which maintains the plant under contract, said its technician had reached the community on Sunday.",
                "Nordhaven Water Systems Ltd.",
                "said",
                "W",
            ),
            (
                "It said a temporary pump could restore partial service within 48 hours of the part's arrival.",
                "Nordhaven Water Systems Ltd.",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr. Meenalochani Kothandavel, a medical health officer with the Saskatchewan Health Authority, said water samples taken on Sunday had been sent to the provincial laboratory in Regina.",
                "Meenalochani Kothandavel",
                "said",
                "W",
            ),
            ("Results are expected Wednesday, she said.", "Meenalochani Kothandavel", "said", ""),
        ],
        [
            (
                "Landon Ostrowsky, the MP for the area, wrote on X that he had raised the emergency with the minister's office on Monday.",
                "Landon Ostrowsky",
                "wrote on X",
                "W",
            ),
            (
                "He said the community had been under 14 boil-water advisories since 2015.",
                "Landon Ostrowsky",
                "said",
                "W",
            ),
        ],
        [
            (
                "Band Coun. Vern Charlebrook said the school, the band office and the arena would stay closed until at least Friday, Dec. 4.",
                "Vern Charlebrook",
                "said",
                "W",
            ),
            (
                "He said the band was asking people not to travel to the community unless it was essential.",
                "Vern Charlebrook",
                "said",
                "",
            ),
        ],
        [
            ("RELATED: Province extends northern winter road season by two weeks", "", "", "B"),
        ],
        [
            ("Got a news tip?", "", "", "B"),
            ("Email newsroom@lynxwoodledger.ca or call 306-555-0148.", "", "", "B"),
        ],
        [
            ("The Lynxwood Ledger is an independent, locally owned newspaper.", "", "", "B"),
        ],
        [
            ("© 2026 Lynxwood Ledger Publishing Inc.", "", "", "B"),
            ("Nothing on this site may be copied without the publisher's consent.", "", "", "B"),
        ],
        [
            ("Terms | Privacy | Contact", "", "", "B"),
        ],
    ],
    # sc
    [
        [
            ("THE DOONSIDE ADVERTISER", "", "", "B"),
        ],
        [
            ("Ayr · Prestwick · Troon · Maybole · Girvan", "", "", "B"),
        ],
        [
            ("News | Court | Sport | Community | Announcements | Jobs", "", "", "B"),
        ],
        [
            ("Court", "", "", "B"),
        ],
        [
            (
                "Brother tells trial Ayr man ‘never lifted the spade’ in bin store row",
                "Somerled Torrisholme",
                "tells",
                "W",
            ),
        ],
        [
            ("Neighbour needed 14 stitches after August attack, court hears", "", "", "W"),
        ],
        [
            ("Niel Drumbowie", "", "", "B"),
        ],
        [
            ("Court reporter", "", "", "B"),
        ],
        [
            ("Friday 4 December 2026, 6:00 am", "", "", "B"),
        ],
        [
            ("Share on Facebook   Share on X   Email this article", "", "", "B"),
        ],
        [
            (
                "A man accused of attacking his neighbour with a garden spade outside a block of flats in Ayr “never lifted it off the ground”, his brother told a trial yesterday.",
                "Somerled Torrisholme",
                "told a trial",
                "W",
            ),
        ],
        [
            (
                "Darrach Torrisholme, 41, of Craigvallan Road, denies assaulting Alisdair Maclintock, 58, to his injury at a communal bin store on August 14.",
                "",
                "",
                "W",
            ),
            ("He has lodged a special defence of self-defence.", "", "", "W"),
        ],
        [
            (
                "Giving evidence for the defence at Ayr Sheriff Court, Somerled Torrisholme, 38, said he had been standing “six feet away” when the argument began at about 10.40pm.",
                "Somerled Torrisholme",
                "said",
                "W",
            ),
            (
                "He said Mr Maclintock had pushed his brother against the wall of the bin store first.",
                "Somerled Torrisholme",
                "said",
                "W",
            ),
        ],
        [
            (
                "Asked by defence solicitor Ishbella Aitkenside whether his brother had ever been in trouble with the police, he replied: “Never.",
                "Somerled Torrisholme",
                "replied",
                "W",
            ),
            ("Not once in 41 years.”", "Somerled Torrisholme", "replied", "W"),
        ],
        [
            (
                "Cross-examined by fiscal depute Shonag Kirkoswin, he agreed that he had drunk “four or five cans” that evening.",
                "Somerled Torrisholme",
                "agreed",
                "W",
            ),
        ],
        [
            (
                "“So you were six feet away, in the dark, after five cans?” Ms Kirkoswin asked.",
                "Shonag Kirkoswin",
                "asked",
                "",
            ),
            (
                "“The light above the bins was on,” he replied.",
                "Somerled Torrisholme",
                "replied",
                "W",
            ),
        ],
        [
            (
                "Ms Kirkoswin put it to him that he had not seen the spade at all until it was lying on the ground.",
                "Shonag Kirkoswin",
                "put it to him",
                "",
            ),
            ("“That's not true,” he said.", "Somerled Torrisholme", "said", ""),
        ],
        [
            (
                "On Wednesday, Mr Maclintock told the court he had been struck on the side of the head and had needed 14 stitches at University Hospital Crosshouse.",
                "Alisdair Maclintock",
                "told the court",
                "W",
            ),
            ("“I thought he was going to kill me,” he said.", "Alisdair Maclintock", "said", ""),
        ],
        [
            (
                "His wife, Thelma Maclintock, 55, said she had watched from their kitchen window and had seen the accused “swing the spade like a golf club”.",
                "Thelma Maclintock",
                "said",
                "W",
            ),
        ],
        [
            (
                "Under cross-examination by Ms Aitkenside, she accepted that the window was on the second floor and faced the car park rather than the bin store.",
                "Thelma Maclintock",
                "accepted",
                "W",
            ),
        ],
        [
            (
                "Ms Aitkenside asked her whether she had been wearing her glasses.",
                "Ishbella Aitkenside",
                "asked",
                "",
            ),
            ("She said she could not remember.", "Thelma Maclintock", "said", ""),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "PC Kirstine Dalrannoch told the court that officers had arrived at 10.58pm and found a spade with blood on its blade beside the bins.",
                "Kirstine Dalrannoch",
                "told the court",
                "W",
            ),
            (
                "She said the accused had told officers at the scene: “He came at me first.”",
                "Kirstine Dalrannoch",
                "said",
                "W",
            ),
        ],
        [
            ("The spade was lodged as Crown production No. 7.", "", "", "W"),
            (
                "Photographs of Mr Maclintock's injuries were lodged as productions 8 to 12.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A Police Scotland spokesperson said it would not be appropriate to comment while proceedings were live.",
                "A Police Scotland spokesperson",
                "said",
                "",
            ),
        ],
        [
            (
                "Sheriff Seona Glenluiart adjourned the trial until Monday, when the accused is expected to give evidence.",
                "",
                "",
                "W",
            ),
            ("She told Torrisholme that his bail would continue.", "Seona Glenluiart", "told", "W"),
        ],
        [
            ("The trial continues.", "", "", ""),
        ],
        [
            (
                "Court reports in the Advertiser are published in line with the Contempt of Court Act 1981.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Most read", "", "", "B"),
        ],
        [
            ("1. Troon harbour car park charges to start in March", "", "", "B"),
        ],
        [
            ("2. Girvan pensioner, 91, wins bowls club singles title for ninth time", "", "", "B"),
        ],
        [
            ("Advertise with us | Contact | Privacy | Cookie policy", "", "", "B"),
        ],
        [
            ("© Doonside Advertiser 2026.", "", "", "B"),
            ("Part of Glenapp Media Ltd.", "", "", "B"),
        ],
    ],
    # za
    [
        [
            ("NOORDWES COURIER", "", "", "B"),
        ],
        [
            ("Monday 30 November 2026 | R/$ 17.42 | Log in | Subscribe", "", "", "B"),
        ],
        [
            (
                "Home   News   Local   Politics   Business   Sport   Lifestyle   Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Local", "", "", "B"),
        ],
        [
            (
                "Tshiamelo taps dry for 11 days as broken pumps await R4.2-million repair",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mayor apologises in statement read at packed meeting; residents threaten court action",
                "Boitshepo Morakile",
                "apologises",
                "",
            ),
        ],
        [
            ("Tshegofatso Thebeyame", "", "", "B"),
        ],
        [
            ("30 Nov 2026 | 05:30", "", "", "B"),
        ],
        [
            ("Share   WhatsApp   Facebook   X", "", "", "B"),
        ],
        [
            (
                "Residents fill containers from a municipal tanker in Tshiamelo Extension 4 on Saturday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Picture: Tshegofatso Thebeyame", "", "", "B"),
        ],
        [
            (
                "About 42,000 residents of Tshiamelo have been without running water for 11 days after two pumps at the township's main pump station failed, the Mothusi Local Municipality has confirmed.",
                "the Mothusi Local Municipality",
                "has confirmed",
                "W",
            ),
        ],
        [
            (
                "Executive Mayor Boitshepo Morakile said in a statement, read out by municipal spokesperson Masego Mokgothwane at a community meeting on Sunday, that the pumps at the No. 2 pump station had burnt out after a power surge on November 18.",
                "Boitshepo Morakile",
                "said in a statement",
                "W",
            ),
            (
                "“I apologise unreservedly to the people of Tshiamelo,” the statement read.",
                "Boitshepo Morakile",
                "read",
                "",
            ),
        ],
        [
            (
                "Mokgothwane told the meeting that the municipality had deployed 14 water tankers and that a contractor had been appointed to rewind the pumps at a cost of R4.2-million.",
                "Masego Mokgothwane",
                "told the meeting",
                "W",
            ),
            ("The contract was awarded to Rantshoane Pumps (Pty) Ltd.", "", "", "W"),
            (
                "The company said the first rewound pump would be delivered on Wednesday.",
                "The company",
                "said",
                "",
            ),
            (
                "Mokgothwane said water would be restored to most of the township by Friday.",
                "Masego Mokgothwane",
                "said",
                "",
            ),
        ],
        [
            (
                "Ward 9 councillor Onkarabile Morakile, who is not related to the mayor, said residents had been warned three times since September that the pumps needed replacing.",
                "Onkarabile Morakile",
                "said",
                "W",
            ),
            ("“The mayor knew,” he said.", "Onkarabile Morakile", "said", "W"),
        ],
        [
            (
                "He said the pump station had broken down four times since 2022.",
                "Onkarabile Morakile",
                "said",
                "W",
            ),
        ],
        [
            ("The mayor did not attend the meeting.", "", "", "W"),
            (
                "A spokesperson for his office said he had been in Mahikeng for a provincial executive meeting.",
                "A spokesperson for his office",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cooperative Governance MEC Reitumetse Seemela said in a statement that the province had sent engineers from its municipal support unit to the pump station on Saturday.",
                "Reitumetse Seemela",
                "said in a statement",
                "W",
            ),
            (
                "She said the department would investigate why the pumps had not been replaced earlier.",
                "Reitumetse Seemela",
                "said",
                "",
            ),
        ],
        [
            ("ALSO READ: Taxi fares up R2 on Klerksdorp routes from December", "", "", "B"),
        ],
        [
            (
                "Adv. Itumeleng Mogorosi, who represents the Tshiamelo Residents' Association, said the association would apply to the high court in Mahikeng this week for an urgent order compelling the municipality to supply water.",
                "Itumeleng Mogorosi",
                "said",
                "",
            ),
            (
                "“Water is a constitutional right, not a favour,” she said.",
                "Itumeleng Mogorosi",
                "said",
                "",
            ),
        ],
        [
            (
                "“I am 81 and I carry 20 litres from the tanker twice a day,” said Gogo Thatayaone Mmutlele, who lives in Extension 4.",
                "Thatayaone Mmutlele",
                "said",
                "",
            ),
            (
                "“My grandson used to carry it, but he is writing exams.”",
                "Thatayaone Mmutlele",
                "said",
                "",
            ),
        ],
        [
            (
                "The municipality lost 46% of the water it bought from its bulk supplier to leaks and illegal connections, according to its 2025/26 annual report.",
                "its 2025/26 annual report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Municipal manager Sello Ratshikana declined to comment on why a tender for new pumps, advertised in March, had been cancelled.",
                "Sello Ratshikana",
                "declined to comment",
                "",
            ),
        ],
        [
            ("Join the Noordwes Courier WhatsApp community for local news alerts.", "", "", "B"),
        ],
        [
            ("Tshegofatso Thebeyame is a senior reporter at the Noordwes Courier.", "", "", "B"),
        ],
        [
            ("Comments are moderated.", "", "", "B"),
            ("Please read our community rules before posting.", "", "", "B"),
        ],
        [
            ("© 2026 Noordwes Courier, a Rantloa Media (Pty) Ltd publication.", "", "", "B"),
            ("Content may not be republished without permission.", "", "", "B"),
        ],
    ],
    # ph
    [
        [
            ("THE PANAY LAMPARILLA", "", "", "B"),
        ],
        [
            ("Tuesday, November 24, 2026 | Roxas City 29°C", "", "", "B"),
        ],
        [
            ("Home | Nation | Regions | Business | Sports | Opinion | Lifestyle", "", "", "B"),
        ],
        [
            ("REGIONS › CAPIZ", "", "", "B"),
        ],
        [
            (
                "Governor, mayor cousins trade accusations over 3,000 typhoon relief packs",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Tapulanga mayor says packs sat in provincial warehouse for four days; governor calls claim ‘pure politics’",
                "Ramoncito Tanjusay",
                "says",
                "W",
            ),
        ],
        [
            ("By Ma. Rhodora Loquinario", "", "", "B"),
        ],
        [
            ("Published November 24, 2026 8:10 AM", "", "", "B"),
        ],
        [
            ("Share   Tweet   Messenger", "", "", "B"),
        ],
        [
            (
                "Residents of Brgy. Bantayanon line up for relief packs on Sunday, six days after Typhoon Sabay.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo by Ma. Rhodora Loquinario", "", "", "B"),
        ],
        [
            (
                "ROXAS CITY — Tapulanga Mayor Ramoncito Tanjusay on Monday accused the provincial government of holding back 3,000 relief packs meant for his town for four days after Typhoon Sabay.",
                "Ramoncito Tanjusay",
                "accused",
                "W",
            ),
            (
                "His cousin, Capiz Gov. Leodegario Tanjusay Jr., called the charge “pure politics.”",
                "Leodegario Tanjusay Jr.",
                "called",
                "",
            ),
            (
                "The mayor told reporters at the municipal hall that the packs had been loaded at the provincial warehouse on November 17 but did not reach the town until November 21.",
                "Ramoncito Tanjusay",
                "told reporters",
                "W",
            ),
        ],
        [
            (
                "“For four days, my people ate rice porridge with salt,” he said.",
                "Ramoncito Tanjusay",
                "said",
                "",
            ),
        ],
        [
            (
                "In a Facebook live broadcast on Monday night, the governor said the trucks had been held because the town had not submitted its list of affected families until November 20.",
                "Leodegario Tanjusay Jr.",
                "said",
                "W",
            ),
            (
                "“We do not release goods without a list, not for Tapulanga and not for any other town,” he said.",
                "Leodegario Tanjusay Jr.",
                "said",
                "W",
            ),
        ],
        [
            (
                "The mayor said the list had been emailed to the provincial social welfare office on November 18, and showed reporters a screenshot of the email on his phone.",
                "Ramoncito Tanjusay",
                "said",
                "W",
            ),
        ],
        [
            (
                "The governor's father, former governor Leodegario Tanjusay Sr., said in an interview with a Roxas City radio station on Tuesday morning that he had spoken to both men.",
                "Leodegario Tanjusay Sr.",
                "said",
                "",
            ),
            (
                "“Settle this at home, not on Facebook,” he said he had told them.",
                "Leodegario Tanjusay Sr.",
                "said",
                "",
            ),
        ],
        [
            (
                "Bantayanon Punong Barangay Estrellita Villacastro said 412 families in her barangay received packs on Sunday, each with 5 kilos of rice, six canned goods and 10 sachets of coffee.",
                "Estrellita Villacastro",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kagawad Zenaida Sabandalo, who chairs the barangay council's committee on disaster response, said 37 families had been left off the list because their houses stood on land claimed by a private company.",
                "Zenaida Sabandalo",
                "said",
                "W",
            ),
            (
                "She said she had written to the mayor's office about them twice.",
                "Zenaida Sabandalo",
                "said",
                "W",
            ),
        ],
        [
            (
                "Villacastro said the 37 families would be included in a second distribution on Friday.",
                "Estrellita Villacastro",
                "said",
                "",
            ),
        ],
        [
            ("READ: Capiz fisherfolk to get P3,000 cash aid after typhoon", "", "", "B"),
        ],
        [
            (
                "The Department of Social Welfare and Development's regional office said in a statement that it had delivered 18,500 family food packs to the provincial government since November 16.",
                "The Department of Social Welfare and Development's regional office",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "Typhoon Sabay damaged 6,240 houses in Capiz and left 11 people dead, according to the Provincial Disaster Risk Reduction and Management Office.",
                "the Provincial Disaster Risk Reduction and Management Office",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Provincial engineer Engr. Bonifacio Bacaltos said three bridges in Tapulanga were still closed to trucks.",
                "Bonifacio Bacaltos",
                "said",
                "W",
            ),
            (
                "He said the relief trucks had to take a 40-kilometre detour through Brgy. Libas-Ibabao, which added about two hours to each trip.",
                "Bonifacio Bacaltos",
                "said",
                "",
            ),
        ],
        [
            (
                "Police Lt. Col. Arvin Dimasupil, the provincial police spokesperson, said the trucks had not been stopped at any police checkpoint, contrary to a post on the mayor's Facebook page.",
                "Arvin Dimasupil",
                "said",
                "W",
            ),
        ],
        [
            (
                "Provincial legal officer Atty. Ma. Nimfa Dequiño declined to comment on whether the province would file a complaint against the mayor.",
                "Ma. Nimfa Dequiño",
                "declined to comment",
                "",
            ),
            ("She said she had not been asked to.", "Ma. Nimfa Dequiño", "said", ""),
        ],
        [
            (
                "The two cousins are due to attend a meeting of the provincial disaster council on Thursday, called by Gov. Leodegario Tanjusay Jr.",
                "",
                "",
                "W",
            ),
            ("It will be held at the provincial capitol at 9 a.m.", "", "", "W"),
        ],
        [
            (
                "Follow the Lamparilla on Facebook and TikTok for updates from across Panay.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Ma. Rhodora Loquinario covers Capiz and Aklan for the Lamparilla.", "", "", "B"),
        ],
        [
            ("© 2026 Lamparilla Publishing Corp.", "", "", "B"),
            ("Unauthorized copying of any part of this site is prohibited.", "", "", "B"),
        ],
    ],
    # us
    [
        [
            ("THE OSSAWICK COURIER-GAZETTE", "", "", "B"),
        ],
        [
            ("Serving Tioga County since 1889", "", "", "B"),
        ],
        [
            (
                "News · Sports · Obituaries · Opinion · Business · Public Notices · e-Edition",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            (
                "Ossawick Memorial to close labor and delivery unit Jan. 31, citing staffing",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Nearest birthing unit will be 52 miles away; county commissioners ask health system to wait a year",
                "county commissioners",
                "ask",
                "W",
            ),
        ],
        [
            ("By Madisyn Schwenkfelder", "", "", "B"),
        ],
        [
            ("Staff Writer", "", "", "B"),
        ],
        [
            ("Nov 12, 2026 Updated 9 hrs ago", "", "", "B"),
        ],
        [
            ("Facebook   X   Email   Print", "", "", "B"),
        ],
        [
            ("Ossawick Memorial Hospital on Route 287, photographed on Wednesday.", "", "", ""),
        ],
        [
            ("Madisyn Schwenkfelder | Courier-Gazette", "", "", "B"),
        ],
        [
            (
                "OSSAWICK — Ossawick Memorial Hospital will stop delivering babies on Jan. 31, its owner, Alleghwood Health, said Wednesday, leaving Tioga County without a labor and delivery unit.",
                "Alleghwood Health",
                "said",
                "W",
            ),
            (
                "In a statement, Alleghwood spokeswoman Shaylee Kolbenschlag said the unit delivered 186 babies in the 12 months to September, down from 301 in 2019.",
                "Shaylee Kolbenschlag",
                "said",
                "W",
            ),
            (
                "She said the system had been unable to recruit a third obstetrician despite a two-year search.",
                "Shaylee Kolbenschlag",
                "said",
                "W",
            ),
        ],
        [
            (
                "Hospital president Dr. Merrill Verbeck told reporters at a news conference that traveling nurses had filled 40% of the unit's shifts this year, at a cost of $2.3 million.",
                "Merrill Verbeck",
                "told reporters",
                "W",
            ),
            (
                "“No one in this building wanted to make this decision,” he said.",
                "Merrill Verbeck",
                "said",
                "",
            ),
        ],
        [
            (
                "County Commissioner Lorene Stoltzfield said the three commissioners had voted 3-0 on Wednesday night to ask Alleghwood to delay the closure by a year.",
                "Lorene Stoltzfield",
                "said",
                "W",
            ),
            (
                "“Fifty-two miles on Route 6 in February is not a plan,” she said.",
                "Lorene Stoltzfield",
                "said",
                "",
            ),
        ],
        [
            (
                "“I've caught babies in the parking lot of this hospital,” said Treva Stoltzfield, a labor and delivery nurse at Ossawick Memorial for 22 years.",
                "Treva Stoltzfield",
                "said",
                "",
            ),
            (
                "Stoltzfield, who is married to the commissioner's brother, said the unit's nine nurses had been offered jobs elsewhere in the system.",
                "Treva Stoltzfield",
                "said",
                "W",
            ),
            ("She said most of them would not move.", "Treva Stoltzfield", "said", ""),
        ],
        [
            (
                "The commissioner said she would ask state health officials to review the closure.",
                "Lorene Stoltzfield",
                "said",
                "",
            ),
        ],
        [
            (
                "Sign up for Courier-Gazette Daily and get local headlines in your inbox every morning.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "State Rep. Arlis Hufnagle, R-Tioga, said he had asked the Department of Health on Tuesday whether the closure needed state approval.",
                "Arlis Hufnagle",
                "said",
                "W",
            ),
            ("He said he had not yet received an answer.", "Arlis Hufnagle", "said", ""),
        ],
        [
            (
                "U.S. Sen. Beverly Zimmerly, D-Pa., wrote on X that rural Pennsylvania had lost 13 hospital birthing units since 2015.",
                "Beverly Zimmerly",
                "wrote on X",
                "W",
            ),
            (
                "She said she would ask the Senate health committee to hold a hearing on rural maternity care next year.",
                "Beverly Zimmerly",
                "said",
                "",
            ),
        ],
        [
            (
                "Tioga County recorded 402 births in 2025, according to state Department of Health data.",
                "state Department of Health data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Brittni Rumbaugh, 29, who gave birth to her second son at the hospital in August, said her first labor had lasted less than two hours.",
                "Brittni Rumbaugh",
                "said",
                "",
            ),
            (
                "“If I'd had to drive to Elmira, I'd have had him in the truck,” she said.",
                "Brittni Rumbaugh",
                "said",
                "",
            ),
        ],
        [
            (
                "The union representing the hospital's nurses, the Northern Tier Nurses Alliance, declined to comment.",
                "the Northern Tier Nurses Alliance",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "Alleghwood will hold a public meeting on the closure at 6 p.m. Dec. 2 at the Ossawick Area High School auditorium.",
                "",
                "",
                "W",
            ),
            ("Residents can also send written comments to the hospital by Dec. 16.", "", "", ""),
        ],
        [
            ("More local news", "", "", "B"),
        ],
        [
            ("Tioga County EMS crews to add second overnight ambulance in January", "", "", "B"),
        ],
        [
            (
                "Madisyn Schwenkfelder can be reached at mschwenkfelder@ossawickcg.com or 570-555-0193.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Local news matters.", "", "", "B"),
            ("Subscribe for $1 for your first three months.", "", "", "B"),
        ],
        [
            ("© 2026 Ossawick Courier-Gazette, a division of Pennmarch Media Inc.", "", "", "B"),
            ("Reprints and permissions are handled by the publisher.", "", "", "B"),
        ],
    ],
    # au
    [
        [
            ("THE WIRRANDELL ADVOCATE", "", "", "B"),
        ],
        [
            ("Friday, 4 December 2026", "", "", "B"),
        ],
        [
            ("News   Sport   Farming   Community   Opinion   Classifieds   Puzzles", "", "", "B"),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            (
                "Bank admits it did not count older customers before closing Wirrandell branch",
                "Shelby Wyndcombe",
                "admits",
                "W",
            ),
        ],
        [
            (
                "Senators grill regional banking chief in Dubbo as mayor says town will be left with ‘an ATM and a prayer’",
                "Bradyn Ostlingham",
                "says",
                "",
            ),
        ],
        [
            ("Joylene Tremethick", "", "", "B"),
        ],
        [
            ("Updated December 4 2026 - 5:30am, first published 5:00am", "", "", "B"),
        ],
        [
            ("Share   Email   Facebook   X   WhatsApp", "", "", "B"),
        ],
        [
            (
                "Wirrandell Shire mayor Cr Bradyn Ostlingham gives evidence at the Senate hearing in Dubbo on Thursday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Picture by Joylene Tremethick", "", "", "B"),
        ],
        [
            (
                "Gidgee Bank did not look at the ages of its customers before deciding to close its Wirrandell branch, a senior executive has told a Senate inquiry.",
                "Shelby Wyndcombe",
                "has told a Senate inquiry",
                "W",
            ),
        ],
        [
            (
                "Shelby Wyndcombe, the bank's general manager of regional banking, told the hearing in Dubbo on Thursday that the decision was based on transaction data, which showed over-the-counter transactions at the branch had fallen 61 per cent in five years.",
                "Shelby Wyndcombe",
                "told the hearing",
                "W",
            ),
            (
                "She said the bank would send a mobile banking van to the town one day a week from March.",
                "Shelby Wyndcombe",
                "said",
                "",
            ),
        ],
        [
            ("The committee's chair, Senator Merilyn Corrowang, led the questioning.", "", "", ""),
        ],
        [
            ("The following exchange is taken from the committee's proof Hansard.", "", "", "B"),
        ],
        [
            (
                "CHAIR: Ms Wyndcombe, how many of the Wirrandell branch's customers are over 70?",
                "Merilyn Corrowang",
                "CHAIR:",
                "",
            ),
        ],
        [
            (
                "Ms WYNDCOMBE: I'd have to take that on notice.",
                "Shelby Wyndcombe",
                "Ms WYNDCOMBE:",
                "",
            ),
        ],
        [
            ("CHAIR: You closed a branch without knowing?", "Merilyn Corrowang", "CHAIR:", ""),
        ],
        [
            (
                "Ms WYNDCOMBE: We knew the transaction numbers, Senator.",
                "Shelby Wyndcombe",
                "Ms WYNDCOMBE:",
                "W",
            ),
            ("We did not break them down by age.", "Shelby Wyndcombe", "Ms WYNDCOMBE:", "W"),
        ],
        [
            (
                "Senator BRENNERBURY: Your own submission says the branch made a profit of $1.4 million last financial year.",
                "Callan Brennerbury",
                "Senator BRENNERBURY:",
                "W",
            ),
            ("Why close a profitable branch?", "Callan Brennerbury", "Senator BRENNERBURY:", ""),
        ],
        [
            ("Ms WYNDCOMBE: Profit isn't the only test.", "Shelby Wyndcombe", "Ms WYNDCOMBE:", ""),
            (
                "The lease expires in March, and the building needs about $900,000 of work.",
                "Shelby Wyndcombe",
                "Ms WYNDCOMBE:",
                "W",
            ),
        ],
        [
            (
                "Cr Bradyn Ostlingham, the mayor of Wirrandell Shire, told the committee the town's 2,900 residents would be left with “an ATM and a prayer”.",
                "Bradyn Ostlingham",
                "told the committee",
                "",
            ),
            (
                "He said the nearest branch would be in Dubbo, 84 kilometres away.",
                "Bradyn Ostlingham",
                "said",
                "W",
            ),
        ],
        [
            (
                "Senator Callan Brennerbury, a Nationals senator from Orange, said after the hearing that he would ask the committee to recommend a freeze on regional branch closures.",
                "Callan Brennerbury",
                "said",
                "",
            ),
            (
                "He said 14 regional branches had closed in NSW so far this year.",
                "Callan Brennerbury",
                "said",
                "W",
            ),
        ],
        [
            (
                "Australian banks have closed 1,640 regional branches since 2017, according to figures tabled at the hearing.",
                "figures tabled at the hearing",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Get the Advocate's morning newsletter: local news, weather and stock prices before 7am.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "In a statement after the hearing, Gidgee Bank said it would give the committee an age breakdown of its Wirrandell customers within 21 days.",
                "Gidgee Bank",
                "said",
                "",
            ),
        ],
        [
            (
                "The branch building on Mungerie Street is leased from Marraboola Holdings Pty Ltd.",
                "",
                "",
                "W",
            ),
            (
                "The company's director, Rodger Wetherbine, declined to comment.",
                "Rodger Wetherbine",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "“I'm 84, I don't drive, and I don't trust the internet,” said Tresna Tullabrook, who travelled from Wirrandell on a community bus to watch the hearing.",
                "Tresna Tullabrook",
                "said",
                "",
            ),
            ("“Where do I pay my rates?”", "Tresna Tullabrook", "said", ""),
        ],
        [
            ("The Wirrandell branch is due to close on March 19.", "", "", "W"),
            ("The committee is due to report by 31 March 2027.", "", "", "W"),
        ],
        [
            ("Joylene Tremethick is a journalist with the Wirrandell Advocate.", "", "", "B"),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("Log in or register to join the discussion.", "", "", "B"),
        ],
        [
            ("© 2026 Wirrandell Advocate Pty Ltd.", "", "", "B"),
            ("Material on this site may not be reproduced without written consent.", "", "", "B"),
        ],
    ],
    # mt
    [
        [
            ("THE MARSAMXETT POST", "", "", "B"),
        ],
        [
            ("Wednesday, 25 November 2026 · Valletta 19°C", "", "", "B"),
        ],
        [
            ("Local | Court & Police | Politics | Business | World | Sport | Comment", "", "", "B"),
        ],
        [
            ("Court & Police", "", "", "B"),
        ],
        [
            (
                "Wall that killed Santa Venera worker had no foundations, court expert says",
                "Rożanne Bezzinaire",
                "says",
                "W",
            ),
        ],
        [
            ("Brothers deny involuntary homicide as compilation of evidence begins", "", "", "W"),
        ],
        [
            ("Nikol Falzonetti", "", "", "B"),
        ],
        [
            ("25 November 2026, 7:15 am", "", "", "B"),
        ],
        [
            ("Share   Facebook   X   WhatsApp", "", "", "B"),
        ],
        [
            (
                "A two-metre boundary wall that collapsed on a 19-year-old labourer at a Santa Venera building site in July had been built directly on loose fill, without foundations, a court-appointed architect testified on Tuesday.",
                "Rożanne Bezzinaire",
                "testified",
                "W",
            ),
        ],
        [
            (
                "Perit Rożanne Bezzinaire told Magistrate Rosette Sciortinova that the wall, on Triq il-Bajjada, was built of hollow concrete blocks and had not been reinforced.",
                "Rożanne Bezzinaire",
                "told",
                "W",
            ),
            (
                "She said the collapse on July 9 had been caused by excavation works less than a metre away.",
                "Rożanne Bezzinaire",
                "said",
                "W",
            ),
        ],
        [
            (
                "Brothers Ġanni Gauciano, 52, and Pawlu Gauciano, 47, directors of the contracting firm Gauciano Bros. Ltd, have pleaded not guilty to the involuntary homicide of Kylian Agiusette, of Birkirkara.",
                "",
                "",
                "W",
            ),
            (
                "They also deny breaching workplace safety regulations under L.N. 317 of 2019.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Inspector Xandru Borgmann, prosecuting, testified that the Building and Construction Authority had served the site with two enforcement notices in May.",
                "Xandru Borgmann",
                "testified",
                "W",
            ),
            (
                "He said Ġanni Gauciano had told police in a statement that the wall was “temporary”.",
                "Xandru Borgmann",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cross-examined by defence lawyer Jeanelle Fenechiello, the architect accepted that the excavation had been carried out by a subcontractor.",
                "Rożanne Bezzinaire",
                "accepted",
                "W",
            ),
        ],
        [
            (
                "Dr Fenechiello asked her whether either of the accused had been on site on the day.",
                "Jeanelle Fenechiello",
                "asked",
                "",
            ),
            ("She replied that she did not know.", "Rożanne Bezzinaire", "replied", ""),
        ],
        [
            ("SPONSORED", "", "", "B"),
        ],
        [
            (
                "The site foreman, Salvu Vellaqua, told the court that he had warned Pawlu Gauciano about cracks in the wall two days before the collapse.",
                "Salvu Vellaqua",
                "told the court",
                "W",
            ),
            (
                "“He told me to put two props against it and carry on,” he said.",
                "Salvu Vellaqua",
                "said",
                "W",
            ),
        ],
        [
            (
                "Lawyer Manwel Spiteriano, for Pawlu Gauciano, put it to the witness that he had not mentioned any warning in his first statement to the police.",
                "Manwel Spiteriano",
                "put it to",
                "",
            ),
            ("The foreman said he had been “afraid for his job”.", "Salvu Vellaqua", "said", ""),
        ],
        [
            (
                "A spokesperson for the Building and Construction Authority said the site had been closed since July 9.",
                "A spokesperson for the Building and Construction Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "Outside court, the victim's mother, Ġorġina Agiusette, said in a statement read out by the family's lawyer that Kylian had “gone to work to build homes for other families”.",
                "Ġorġina Agiusette",
                "said in a statement read out",
                "",
            ),
            (
                "“We want to know why nobody stopped the work,” the statement said.",
                "Ġorġina Agiusette",
                "said",
                "",
            ),
            ("“He was our only son.”", "Ġorġina Agiusette", "said", ""),
        ],
        [
            ("Magistrate Rosette Sciortinova adjourned the case to January 14.", "", "", "W"),
            (
                "Inspector Xandru Borgmann prosecuted, assisted by lawyers from the Office of the Attorney General.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lawyers Jeanelle Fenechiello and Manwel Spiteriano are appearing for the accused.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Comments have been disabled on court reports.", "", "", "B"),
        ],
        [
            ("Journalism like this takes time.", "", "", "B"),
            ("Support the Post from €5 a month.", "", "", "B"),
        ],
        [
            ("Related: Construction deaths rise to nine this year, figures show", "", "", "B"),
        ],
        [
            ("© The Marsamxett Post 2026.", "", "", "B"),
            ("Published by Marsamxett Media Ltd, Valletta.", "", "", "B"),
        ],
        [
            ("Contact | Terms | Privacy", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n102-ke-ksh-decimal",
        "Health and Medical Services CEC Member Dr. Nasieku Olerumpe told the House that the county owed the National Medicines Supply Authority KSh 212.4 million for deliveries made between January and June, and that the authority had stopped supplying it on October 2. She said the county treasury had released KSh 60 million to the authority on Monday. “Supplies will resume next week,” she said.",
        [
            "Health and Medical Services CEC Member Dr. Nasieku Olerumpe told the House that the county owed the National Medicines Supply Authority KSh 212.4 million for deliveries made between January and June, and that the authority had stopped supplying it on October 2.",
            "She said the county treasury had released KSh 60 million to the authority on Monday.",
            "“Supplies will resume next week,” she said.",
        ],
    ),
    (
        "n102-ke-hansard-question",
        "Hon. Cheserem: Then let me give it to you. The hospital's own register shows 1,140 patients. Is that not a crisis?",
        [
            "Hon. Cheserem: Then let me give it to you.",
            "The hospital's own register shows 1,140 patients.",
            "Is that not a crisis?",
        ],
    ),
    (
        "n102-ke-hon-speaker-order",
        "Hon. Speaker: Order, Honourable Member! Direct your questions through the Chair.",
        ["Hon. Speaker: Order, Honourable Member!", "Direct your questions through the Chair."],
    ),
    (
        "n102-ke-ltd-comma-its",
        "Tandaleo Pharmaceuticals Ltd., which supplies insulin to the county's hospitals under a separate contract, said it was owed KSh 18.6 million. Its managing director, Mutuma Karigu, declined to comment further.",
        [
            "Tandaleo Pharmaceuticals Ltd., which supplies insulin to the county's hospitals under a separate contract, said it was owed KSh 18.6 million.",
            "Its managing director, Mutuma Karigu, declined to comment further.",
        ],
    ),
    (
        "n102-ke-footer-ltd-year",
        "© Lelanwa Media Group Ltd. 2026. Reproduction of this material without written permission is prohibited.",
        [
            "© Lelanwa Media Group Ltd. 2026.",
            "Reproduction of this material without written permission is prohibited.",
        ],
    ),
    (
        "n102-pk-site-area-quote",
        "“Captive power plants in the S.I.T.E. area and Korangi are still getting gas 24 hours a day,” he said. “Ask the minister why.”",
        [
            "“Captive power plants in the S.I.T.E. area and Korangi are still getting gas 24 hours a day,” he said.",
            "“Ask the minister why.”",
        ],
    ),
    (
        "n102-pk-pvt-ltd-its",
        "The city's largest LPG distributor is Mehrabpur Gas Pvt. Ltd. Its chief executive, Tabassum Rindaniwala, said an 11.8kg domestic cylinder now cost Rs3,450 in Karachi, up from Rs3,100 a month ago. She said prices would keep rising while the gas schedule lasted.",
        [
            "The city's largest LPG distributor is Mehrabpur Gas Pvt. Ltd.",
            "Its chief executive, Tabassum Rindaniwala, said an 11.8kg domestic cylinder now cost Rs3,450 in Karachi, up from Rs3,100 a month ago.",
            "She said prices would keep rising while the gas schedule lasted.",
        ],
    ),
    (
        "n102-ie-co-mayo-motion",
        "All 30 members present at Monday's meeting of Mayo County Council backed a motion calling on the Minister for Justice to restore round-the-clock staffing at the Garda station in Ballyvarrig, Co. Mayo. The motion was tabled by Cllr Proinsias Kilgarriff (FF) and seconded by Cllr Iarlaith Kilgarriff (SF), who are not related.",
        [
            "All 30 members present at Monday's meeting of Mayo County Council backed a motion calling on the Minister for Justice to restore round-the-clock staffing at the Garda station in Ballyvarrig, Co. Mayo.",
            "The motion was tabled by Cllr Proinsias Kilgarriff (FF) and seconded by Cllr Iarlaith Kilgarriff (SF), who are not related.",
        ],
    ),
    (
        "n102-ie-999-quote",
        "“A woman in Ballyvarrig rang 999 at 2am on a Saturday in October and waited 52 minutes for a car,” he said. “That is not policing. That is a postcode lottery.”",
        [
            "“A woman in Ballyvarrig rang 999 at 2am on a Saturday in October and waited 52 minutes for a car,” he said.",
            "“That is not policing.",
            "That is a postcode lottery.”",
        ],
    ),
    (
        "n102-ie-chief-supt",
        "Chief Supt. Dualtach Loughnavan told the joint policing committee in October that the change had freed 11 gardaí for patrol duty across the division. He said at the time that the division would review the hours after six months.",
        [
            "Chief Supt. Dualtach Loughnavan told the joint policing committee in October that the change had freed 11 gardaí for patrol duty across the division.",
            "He said at the time that the division would review the hours after six months.",
        ],
    ),
    (
        "n102-jm-jp-st-elizabeth",
        "Audley Thwaitesley, JP, is a 63-year-old onion and sweet-pepper farmer from Flagaman, St. Elizabeth. He has led the 1,400-member association since 2019.",
        [
            "Audley Thwaitesley, JP, is a 63-year-old onion and sweet-pepper farmer from Flagaman, St. Elizabeth.",
            "He has led the 1,400-member association since 2019.",
        ],
    ),
    (
        "n102-jm-price-a-pound",
        "Onion was selling at J$450 a lb. at the Coronation Market in August, double the January price. When the price is high, the thief comes by night with a van and a scale.",
        [
            "Onion was selling at J$450 a lb. at the Coronation Market in August, double the January price.",
            "When the price is high, the thief comes by night with a van and a scale.",
        ],
    ),
    (
        "n102-sg-co-regn",
        "Copyright © 2026 Jambu Dispatch Media Ltd. Co. Regn. No. 198402868E. Permission is required to reproduce any article.",
        [
            "Copyright © 2026 Jambu Dispatch Media Ltd.",
            "Co. Regn. No. 198402868E.",
            "Permission is required to reproduce any article.",
        ],
    ),
    (
        "n102-sg-dr-facebook",
        "Kelumpang MP Dr Yeak Tzer Jiak, who chairs the town council, visited the block on Nov 21. In a Facebook post that evening, he said the town council had “let residents down”. He said parts for all 62 lifts due for upgrading in the town in 2027 would be ordered at least three months before work began.",
        [
            "Kelumpang MP Dr Yeak Tzer Jiak, who chairs the town council, visited the block on Nov 21.",
            "In a Facebook post that evening, he said the town council had “let residents down”.",
            "He said parts for all 62 lifts due for upgrading in the town in 2027 would be ordered at least three months before work began.",
        ],
    ),
    (
        "n102-ca-am-saturday",
        "Chief Darlena Okimawin said the plant's main filter pump failed at about 3 a.m. Saturday, when the temperature dropped to -38 C. She said the community's reserve tank was empty by noon the same day.",
        [
            "Chief Darlena Okimawin said the plant's main filter pump failed at about 3 a.m. Saturday, when the temperature dropped to -38 C.",
            "She said the community's reserve tank was empty by noon the same day.",
        ],
    ),
    (
        "n102-ca-ltd-of",
        "Nordhaven Water Systems Ltd. of Saskatoon, which maintains the plant under contract, said its technician had reached the community on Sunday. It said a temporary pump could restore partial service within 48 hours of the part's arrival.",
        [
            "Nordhaven Water Systems Ltd. of Saskatoon, which maintains the plant under contract, said its technician had reached the community on Sunday.",
            "It said a temporary pump could restore partial service within 48 hours of the part's arrival.",
        ],
    ),
    (
        "n102-ca-coun-dec",
        "Band Coun. Vern Charlebrook said the school, the band office and the arena would stay closed until at least Friday, Dec. 4. He said the band was asking people not to travel to the community unless it was essential.",
        [
            "Band Coun. Vern Charlebrook said the school, the band office and the arena would stay closed until at least Friday, Dec. 4.",
            "He said the band was asking people not to travel to the community unless it was essential.",
        ],
    ),
    (
        "n102-sc-pm-he-said",
        "Giving evidence for the defence at Ayr Sheriff Court, Somerled Torrisholme, 38, said he had been standing “six feet away” when the argument began at about 10.40pm. He said Mr Maclintock had pushed his brother against the wall of the bin store first.",
        [
            "Giving evidence for the defence at Ayr Sheriff Court, Somerled Torrisholme, 38, said he had been standing “six feet away” when the argument began at about 10.40pm.",
            "He said Mr Maclintock had pushed his brother against the wall of the bin store first.",
        ],
    ),
    (
        "n102-sc-question-asked",
        "“So you were six feet away, in the dark, after five cans?” Ms Kirkoswin asked. “The light above the bins was on,” he replied.",
        [
            "“So you were six feet away, in the dark, after five cans?” Ms Kirkoswin asked.",
            "“The light above the bins was on,” he replied.",
        ],
    ),
    (
        "n102-sc-production-no",
        "The spade was lodged as Crown production No. 7. Photographs of Mr Maclintock's injuries were lodged as productions 8 to 12.",
        [
            "The spade was lodged as Crown production No. 7.",
            "Photographs of Mr Maclintock's injuries were lodged as productions 8 to 12.",
        ],
    ),
    (
        "n102-za-pty-ltd-company",
        "The contract was awarded to Rantshoane Pumps (Pty) Ltd. The company said the first rewound pump would be delivered on Wednesday. Mokgothwane said water would be restored to most of the township by Friday.",
        [
            "The contract was awarded to Rantshoane Pumps (Pty) Ltd.",
            "The company said the first rewound pump would be delivered on Wednesday.",
            "Mokgothwane said water would be restored to most of the township by Friday.",
        ],
    ),
    (
        "n102-ph-gov-jr-called",
        "His cousin, Capiz Gov. Leodegario Tanjusay Jr., called the charge “pure politics.” The mayor told reporters at the municipal hall that the packs had been loaded at the provincial warehouse on November 17 but did not reach the town until November 21.",
        [
            "His cousin, Capiz Gov. Leodegario Tanjusay Jr., called the charge “pure politics.”",
            "The mayor told reporters at the municipal hall that the packs had been loaded at the provincial warehouse on November 17 but did not reach the town until November 21.",
        ],
    ),
    (
        "n102-ph-engr-brgy",
        "Provincial engineer Engr. Bonifacio Bacaltos said three bridges in Tapulanga were still closed to trucks. He said the relief trucks had to take a 40-kilometre detour through Brgy. Libas-Ibabao, which added about two hours to each trip.",
        [
            "Provincial engineer Engr. Bonifacio Bacaltos said three bridges in Tapulanga were still closed to trucks.",
            "He said the relief trucks had to take a 40-kilometre detour through Brgy. Libas-Ibabao, which added about two hours to each trip.",
        ],
    ),
    (
        "n102-ph-atty-ma",
        "Provincial legal officer Atty. Ma. Nimfa Dequiño declined to comment on whether the province would file a complaint against the mayor. She said she had not been asked to.",
        [
            "Provincial legal officer Atty. Ma. Nimfa Dequiño declined to comment on whether the province would file a complaint against the mayor.",
            "She said she had not been asked to.",
        ],
    ),
    (
        "n102-ph-jr-it-will",
        "The two cousins are due to attend a meeting of the provincial disaster council on Thursday, called by Gov. Leodegario Tanjusay Jr. It will be held at the provincial capitol at 9 a.m.",
        [
            "The two cousins are due to attend a meeting of the provincial disaster council on Thursday, called by Gov. Leodegario Tanjusay Jr.",
            "It will be held at the provincial capitol at 9 a.m.",
        ],
    ),
    (
        "n102-us-jan-its-owner",
        "OSSAWICK — Ossawick Memorial Hospital will stop delivering babies on Jan. 31, its owner, Alleghwood Health, said Wednesday, leaving Tioga County without a labor and delivery unit. In a statement, Alleghwood spokeswoman Shaylee Kolbenschlag said the unit delivered 186 babies in the 12 months to September, down from 301 in 2019.",
        [
            "OSSAWICK — Ossawick Memorial Hospital will stop delivering babies on Jan. 31, its owner, Alleghwood Health, said Wednesday, leaving Tioga County without a labor and delivery unit.",
            "In a statement, Alleghwood spokeswoman Shaylee Kolbenschlag said the unit delivered 186 babies in the 12 months to September, down from 301 in 2019.",
        ],
    ),
    (
        "n102-us-sen-d-pa",
        "U.S. Sen. Beverly Zimmerly, D-Pa., wrote on X that rural Pennsylvania had lost 13 hospital birthing units since 2015. She said she would ask the Senate health committee to hold a hearing on rural maternity care next year.",
        [
            "U.S. Sen. Beverly Zimmerly, D-Pa., wrote on X that rural Pennsylvania had lost 13 hospital birthing units since 2015.",
            "She said she would ask the Senate health committee to hold a hearing on rural maternity care next year.",
        ],
    ),
    (
        "n102-us-pm-dec",
        "Alleghwood will hold a public meeting on the closure at 6 p.m. Dec. 2 at the Ossawick Area High School auditorium. Residents can also send written comments to the hospital by Dec. 16.",
        [
            "Alleghwood will hold a public meeting on the closure at 6 p.m. Dec. 2 at the Ossawick Area High School auditorium.",
            "Residents can also send written comments to the hospital by Dec. 16.",
        ],
    ),
    (
        "n102-au-pty-ltd-director",
        "The branch building on Mungerie Street is leased from Marraboola Holdings Pty Ltd. The company's director, Rodger Wetherbine, declined to comment.",
        [
            "The branch building on Mungerie Street is leased from Marraboola Holdings Pty Ltd.",
            "The company's director, Rodger Wetherbine, declined to comment.",
        ],
    ),
    (
        "n102-mt-bros-ltd",
        "Brothers Ġanni Gauciano, 52, and Pawlu Gauciano, 47, directors of the contracting firm Gauciano Bros. Ltd, have pleaded not guilty to the involuntary homicide of Kylian Agiusette, of Birkirkara. They also deny breaching workplace safety regulations under L.N. 317 of 2019.",
        [
            "Brothers Ġanni Gauciano, 52, and Pawlu Gauciano, 47, directors of the contracting firm Gauciano Bros. Ltd, have pleaded not guilty to the involuntary homicide of Kylian Agiusette, of Birkirkara.",
            "They also deny breaching workplace safety regulations under L.N. 317 of 2019.",
        ],
    ),
]
