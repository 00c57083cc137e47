"""Hundred-and-twenty-third set of new hand-labelled pages for the hint engines (tuning set, round forty-eight):
twelve WHOLE ordinary news pages from twelve countries where FINDING THE ATTRIBUTION and NAMING THE
SPEAKER are hard: statements ("said in a statement", "the statement said", "the statement added"),
headline "X says" lines and a headline with a dash attribution, several speakers in one paragraph,
spokespeople for bodies, anonymous sources and groups, quotes running over paragraphs with varied
cues, "Name, who ..., said" and "said Name, a ...", pronoun chains with two people of the same or of
different gender, organisations as speakers, "according to" documents, "declined to comment" and its
cousins, titles and roles before names in many countries' styles (military ranks, clergy, royal and
chiefly titles, judges, honorifics and post-nominals), surnames with particles (van, de, ter, ap,
al-, bin, bint, Mac) and double-barrelled surnames.

The pages, head to tail as a reader's paste gives them: a Kenyan daily's counties page (a ministry
orders Nakuru's water company to reverse a 34 per cent tariff rise), a Dutch English-language news
site (a Friesland water board raises its tax 18% for dike works), an Omani English daily (the ban on
bottom trawling extended to 2029), a Malaysian news site (a Penang hillside project halted after a
landslip), a Ghanaian news site's regions page (chiefs reject a 25-year lease of a salt lagoon near
Keta), an English local weekly (a Shropshire minster to charge £8 entry), a United States local
newspaper's military page (a Texas Army post to lose 1,900 soldiers), a South African regional news
site's courts page (the Western Cape High Court sets aside the sale of a sports field in Paarl), an
Indian daily's city page (the High Court stays the eviction of 146 families from a Madurai lake bed),
a Canadian community paper (the southern Gulf snow crab quota cut by 38 per cent), an Australian
business site (a Perth lithium miner rejects a $1.9 billion bid) and a Fijian daily (a coastal
village in Cakaudrove to move inland).

What is hard, page after page, is the attribution. Statements carried by their author, with the cue
as written ("the Ministry of ... said in a statement", "the statement said", "the statement added",
"In a statement issued in Accra on Friday, Adakpo Salt Company Ltd said", "In a statement Tuesday
evening, the Army said", "said in a statement that"), and generic nouns for bodies kept as written
("the department said", "the company told the ASX", "The officials", "One official", "The member",
"One of the people"), while a later short name or "It" resolves to the body as first given ("It
said" -> "Kiriswa Water and Sewerage Company", "Yalgara said" -> "Yalgara Lithium", "It declined to
comment further." -> "Minera Cordón Sur"). Headlines carry the speaker the story names, as it first
gives it ("..., ministry says", "..., board says", "..., says exco man", "..., rector says", "...,
officials say" -> "two Army officials", "..., DFO says" -> "Fisheries and Oceans Canada", "..., chair
says", "..., says Turaga ni Koro", and a Ghanaian quote headline "... – Togbe Dzakpasu" with the dash
as cue). Several speakers in one paragraph (an MCA, "Residents who spoke to the Post" and a
vegetable seller named after her quote; a water board chairman and an opposition member answering
each other). Pronoun chains: a managing director and a county executive member ("Mr Mwaringa, asked
about her remarks, said" / "Dr Kipsigak said one of them had left"); a farmer reporting what a
chairman promised ("He said the chairman had promised ..." is the farmer's); a sheikh reporting what
an undersecretary told him ("He told the committee then that ..., Al-Ghanbouri said." is the
sheikh's, who reports it); two women residents by surname; a queen mother and a municipal chief
executive; a rector and a town councillor; a general and a county judge; a chief and a minister ("The
minister said Thursday that she had spoken to the chief ..."); a chair and a managing director; an
army officer and a village headman ("He said he had told the colonel ..., Ratu Sevanaia said." is the
headman's); and a minister whose quoted "He has never been to one." is about the mayor, not himself.
Titles, ranks and honorifics dropped: Eng., Dr, Hon., MCA, Mayor, HE, Undersecretary, Sheikh, Datuk
Seri, Tan Sri, Tengku, Togbe, Mama, Very Rev., DSP, Mr, the Revd Canon, Canon, The Ven., Archdeacon,
Sir, Maj. Gen., Taylor County Judge, U.S. Rep. (with "R-Texas"), Command Sgt. Maj., Judge, Adv.,
Executive Mayor Alderman, Ald., Ds., Justice, Senior counsel, Additional Advocate General, District
Collector, Mr., Fisheries Minister, Chief, Chair, Managing director Dr, Ms, Ratu, Adi, Lieutenant
Colonel, Lt Col, Talatala and The Commissioner Northern; post-nominals "SC" and "AM" dropped;
regnal numbers ("IV", "II") kept. Names with particles kept as first given, lower case, even when a
later cue capitalises them at the start of a sentence ("Van Oudelaan said" -> "Maarten van
Oudelaan", "De Wintervoort said", "Ter Haaksma said", "Al-Burwani said" -> "Hamad bin Salim
al-Burwani", "Archdeacon ap Rhys-Elidir said"); Malay and Fijian short forms resolve to the full name
("Ahmad Faizal said" -> "Ahmad Faizal bin Mohd Kamaruzaman", "Ratu Sevanaia said" -> "Sevanaia
Vosabalavu"); initials kept ("S. Kalaiselvi", "R. Sundaravalli", "M. Pechiammal"). Anonymous sources
and groups ("A senior official at the ministry, who asked not to be named because ...," -> "A senior
official at the ministry", "Two people familiar with the talks", "Officials at the ministry who asked
not to be named", "A state government source", "A member of the PCC", "A councillor who asked not to
be named", "A senior Revenue official", "people familiar with the matter", "A government official
who asked not to be named", "Residents who attended a meeting with council officials on Wednesday
night"). Documents ("According to the company's 2025/26 annual report" and "The report puts", "The
memo, dated Feb. 9, says", "According to the petition, filed by ...," -> "the petition", "according
to court papers", "The assessment notes", "The document states", "according to its website"). And
refusals with their subject and cue as written, "": "declined to comment, saying", "declined to say",
"declined to comment when reached by phone", "declined to comment on the vote", "referred questions to
the Army", "declined to comment on the advice, saying", "did not respond to queries" and "It declined
to comment further.". The pages hold 520 sentences: 224 "B", 181 "W" and 115 ""; 268 sentences carry
a speaker (131 distinct speakers). `STYLES` describes each page, its story, its speakers and its
furniture in order.

Written from scratch for issue 13 in round forty-eight, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py`
file, no `hint_scores.py` and no project README was opened; `claimreview` was never imported, and no
test, scorer, engine or `pytest` was run. The search and fetch tools were not used, and nothing was
copied from anywhere. What was read: the brief (`/tmp/brief/common.md`, with `/tmp/brief` listed in
the same command); the module docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole
with `ast.get_docstring`), `def build` in `tests/text/labelled_articles.py` (its source segment
printed by an `ast` script of my own, that function only) and the `[tool.ruff]` tables of
`pyproject.toml` (a `sed` range from `[tool.ruff` to the next other table), all in one command; in
the next command, `/tmp/brief/tasks.txt` (six one-line task descriptions, of which this set's line
was used) and the output of a script of my own using `ast` that prints the module docstring,
`STYLES`, the first two pages of `ARTICLES` and the first eight `CASES` of `labelled_new119.py` and
`labelled_new120.py`. The tool cut the middle of that output, so the start of the docstring of
`labelled_new119.py` and the end of the first page, the second page and the cases of
`labelled_new120.py` were seen; the output was then saved to a scratch file, of which `grep -n`
showed the section markers and `sed` showed three ranges: the rest of the docstring and the `STYLES`
of `labelled_new119.py` (lines cut at 3,000 characters), its first page (lines cut at 400
characters), and, filtered through `grep`, the first twenty non-blank lines of the docstring of
`labelled_new120.py` and its section of settled conventions (lines cut at 1,500 characters). So the
second page and the cases of `labelled_new119.py`, most of the first page of `labelled_new120.py`,
the rest of its docstring and its `STYLES` were never seen. No other page, case or docstring of any
file under `tests/` was read. What was run: a Python one-liner printing the calendars of April and
May 2027 (to check weekdays); scripts of my own in a scratch folder that turn a small line format
(flag, speaker, cue and text separated by a tilde, one line a sentence, a leading "+" continuing the
paragraph) into the literals below, cut the split cases out of the pages and count sentences, flags
and speakers; case-insensitive substring file counts (`grep -rliF -- WORD /work/main/tests/text | wc
-l`) for every capitalised word of three letters or more and every part of a hyphenated word of the
pages (765 words), for 52 new words after renaming and for about 180 candidate replacements; an
import of this file with `labelled_articles.build` on every page and a check of the offsets, the
flags, no "B" with a speaker, a cue for every speaker and a speaker for every cue, 30 distinct case
ids, every case text in a built page and equal to its sentences joined by single spaces, each
expected sentence one labelled sentence of one paragraph, in order, and the counts above; and `ruff
format` and `ruff check` from the project's virtual environment with the project's `pyproject.toml`
as config, the check through `--stdin-filename tests/text/labelled_new123.py` so that the per-file
ignores for `tests/**` apply. Only counts were read from the word searches, never the matched lines
or file names. Of the first draft's coined words, 51 hit other files and were renamed (outlets such
as Menengai, Batinah, Bayside, Westbourne and Polderpost; a post, Callowhill; a hill estate,
Seruling; a mine, Ellender; firms such as Harrowgate, Quenda, Bramwell and Rimal; and surnames or
parts of double-barrelled surnames such as Arusei, Botha, Jacobs, Fortuin, Vasquez-Hale, Whitfield,
Whitacre, Marchbank-Ellery, Elderfield, Haverstock, Wetherall, Mortimer, Oosthuysen, Mahlangeni,
Steenkamp, Tettey-Addo, Tsikata-Agbo, Khoo Teik Seong, Rasydan, Draunidalo, Naivalurua, Tait,
Kwarteng, MacCrindle, Voss, Thibodeau-Arsenault, Haché, Savoie, MacIsaac-Robichaud and
Thirunavukkarasan); only replacements with no hit were kept. What still hits is real countries,
regions, cities, towns, villages and rivers (Nakuru, Bahati, Naivasha, Friesland, Groningen,
Zeeland, Oman, Masirah, Al Wusta, Penang, Paya Terubong, Batu Kawan, Keta, Volta, Accra, Togo,
Burkina Faso, Shropshire, Perth, Texas, Paarl, Mbekweni, Wellington, Madurai, Tamil Nadu, Caraquet,
Shippagan, Fredericton, Ottawa, the Pilbara, Cakaudrove, Labasa, Vunidawa and the like), common
given names kept on purpose (Wanjiku, Joseph, Samuel, Kiprono, Chepkemoi, Lydia, Moses, Grace,
Atieno, Anneke, Maarten, Ilse, Joost, Sanne, Hamad, Salim, Mubarak, Aisha, Nasser, Khamis, Ahmad,
Faizal, Amirul, Hakim, Zulkefli, Ooi, Chee, Wen, Selasi, Akosua, Dzifa, Kwame, Desmond, Selorm,
Christiana, Mawuli, Tamsin, Priya, Owain, Gerald, Fergus, Ishbel, Dale, Dolores, Rhonda, Calvin,
Lamar, Ramon, Marlize, Ayanda, Thandeka, Liesl, Sizwe, Conrad, Wynand, Nomsa, Riaan, Selvakumar,
Rajan, Geneviève, Claude, Réjean, Darlene, Yvonne, Tobias, Fiona, Catriona, Hamish, Mei-Ling,
Losana, Sevanaia, Apenisa, Litia, Tevita, Joeli), common surnames and surname parts (Sandhu, Paul,
Augustine, Ismail, Kemp, Roe, Pine, Lowe), titles and tokens (Hon, Eng, MCA, HE, Sheikh, Datuk,
Seri, Tan, Tengku, Togbe, Mama, DSP, Ven, Revd, Canon, Sir, Maj, Gen, Sgt, Rep, Adv, Ald, Ds,
Justice, Ratu, Adi, Talatala, Lt, Col, SC, AM, MYT, IST, LLC, Pty, Pvt, Sdn, Bhd, ABN, DFO, ASX,
RFMF, WRD, PCC) and ordinary and outlet words (Post, Mail, Herald, Beacon, Journal, Sentinel, News,
Chronicle, Lantern, Review, Vanua, Minera and the like).

Every person, outlet, firm, consortium, water company, board, list, association, forum, church,
congregation, estate, village, post, mine and figure is invented. Real countries, regions, cities and
institutions appear only as settings: those listed above, Kenya's Ministry of Water, Sanitation and
Irrigation and its water services regulator, the Dutch Ministry of Infrastructure and Water
Management, Oman's Ministry of Agriculture, Fisheries and Water Resources and its National Centre for
Statistics and Information, the Penang Island City Council, Bursa Malaysia and the Department of
Environment, Ghana's Minerals Commission and Lands Commission and the Evangelical Presbyterian
Church, Historic England, the Independent Press Standards Organisation, the Local Democracy
Reporting scheme and the BBC, Westminster Abbey and St Paul's Cathedral, the United States Army, the
Defense Department and Congress, the Western Cape High Court, Drakenstein Municipality, the Dutch
Reformed Church and the Press Code, the Madras High Court's Madurai Bench, Tamil Nadu's Water
Resources Department, the Madurai Corporation and the Meenakshi Amman temple, Fisheries and Oceans
Canada, Esgenoôpetitj First Nation, the ASX and the Foreign Investment Review Board, Fiji's Ministry
of Rural and Maritime Development, the RFMF Engineers, the Methodist Church and the Fiji Roads
Authority (all with invented statements, figures, refusals and people), and Facebook, X, WhatsApp,
Telegram and LinkedIn (as channels).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, tagline, strip, menu, section path, byline, role, date, share line,
caption, credit, link, list item, appeal, note and legal line is a paragraph of its own); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent
sets: furniture "B" line by line, whatever it says; a caption by its content and its credit "B";
headlines and standfirsts never split and flagged by content; a dateline belongs to its lead
sentence; a pronoun, a later surname or a title with a surname resolves to the full name as first
given, without titles; "according to X" gives X as written; a quote over several sentences or
paragraphs carries its speaker and cue in each; a named person acting without a verb of saying
carries no speaker.

Conventions this set had to settle, in the same spirit:

* An organisation is named as the story first gives it, article included when the text has one
  ("the Ministry of Water, Sanitation and Irrigation", "The Penang Island City Council", "the
  Army", "The Minerals Commission"; "Fisheries and Oceans Canada" and "Drakenstein Municipality"
  have none), and a headline's "says" carries that same string; "the statement said" and "the
  statement added" carry the statement's author, as in the recent sets.
* An anonymous source is named by its words up to a non-restrictive clause set off by commas, which
  is dropped ("A state government source, who declined to be named," -> "A state government
  source"), while a restrictive clause stays ("Officials at the ministry who asked not to be named",
  "A councillor who asked not to be named"). A later "The officials", "One official", "The member"
  or "One of the people" is a generic noun kept as written.
* A report inside a report ("He told the committee then that ..., Al-Ghanbouri said.") carries the
  speaker of the sentence's own verb of saying, who is the reporter's source, not the person whose
  words he reports; "He said the chairman had promised ..." likewise is the speaker's, not the
  chairman's.
* A dash attribution in a headline ("... – Togbe Dzakpasu") has the dash as cue; "said this at a
  press conference" has the cue "said this" and is "W" as a record of what was said and where.
* Royal, chiefly and honorific titles are titles: "Togbe", "Mama", "Ratu", "Adi", "Sheikh", "HE",
  "Datuk Seri", "Tan Sri", "Talatala" and a leading "Tengku" are dropped, regnal numbers kept
  ("Agbeveme Dzakpasu IV", "Akosua Dzifa Adzotor II"); "Tengku Norashikin Tengku Ismail" ->
  "Norashikin Tengku Ismail" (the second "Tengku" belongs to her father's name); "bin", "bint" and
  "al-" are part of the name. Post-nominals ("SC", "AM") are dropped like titles.
* A person first given by the given name alone ("said his wife, Ishbel.") keeps that name as given.
* "referred questions to the Army" is a refusal like "declined to comment": the spokesperson as
  written, that cue, "". "declined to say whether ..." likewise, with the cue "declined to say".
* Courts: "observed", "submitted", "argued", "told the court", "she wrote" and "The judge also found"
  are cues carrying the judge or counsel; "Its counsel, Adv. ... SC, argued" is counsel's.
* A Texas "County Judge" is an elected executive; the title is dropped like any other.

Check-worthiness as in the recent sets: statements of record by officials, judges, documents and
data, figures, dates and first-person records ("I used to pay Sh1,400 for the month, now it is
Sh2,900", "Last season I sold 60 bags", "I had 16 weeks at the plant last year") are "W"; opinions,
feelings, rhetorical questions, refusals, appeals, plans, promises, forecasts and schedules (a vote
date, a hearing date, a season opening, a ceremony, tenders closing, houses "ready by August") are
"".

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of two or
three consecutive sentences of one paragraph of these pages joined by single spaces: "Eng.", "Dr",
"Hon.", "HE Eng.", "Datuk Seri Dr", "DSP", "Canon", "Maj. Gen.", "U.S. Rep." with "R-Texas",
"Ald.", "N.B." and "St. Lawrence" mid-sentence, "Feb. 9" mid-sentence, "AM" after a name, "Lt Col"
with no full stop; initials as names ("S. Kalaiselvi",
"M. Pechiammal") after a quote's attribution; "B.V.", "(Pty) Ltd." before "Reg. No. ...", "Pvt.
Ltd." before "All rights reserved."; "Required fields are marked *" after a sentence; a question in
a quote followed by its continuation; quotes continued after their attribution and ended with "she
added"; "14 km away." ending a sentence inside a quote; pronoun chains and nested reports in two or
three sentences: what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Kenyan DAILY\'s counties page (Nakuru), a ministry orders a county water company to reverse a 34 per cent tariff rise: masthead in capitals, an e-paper/login strip, menu with wide spaces, section path with a slash; headline "..., ministry says" carrying the ministry as the lead names it "W"; standfirst "Residents say ..." "W"; byline in capitals, date line, read time, share line with pipes; caption "" and photo credit in capitals; "NAKURU —" lead ending "the Ministry of ... said in a statement" "W", "the statement said" over two sentences carried by the ministry ("W", ""); "Kiriswa Water and Sewerage Company, which ..., said" and "It said" carried by the company as first given "W"; the managing director with "Managing director Eng." dropped ("told the Post" "W", "He said" "W", a quote "" continued in its own paragraph, "W" then ""); the county executive member with "Dr" dropped ("W", "She said" "W"); "Mr Mwaringa, asked about her remarks, said" and "Dr Kipsigak said" alternating a man and a woman "W"; "A senior official at the ministry, who asked not to be named because ..." with the clause dropped "W"; ADVERTISEMENT; three speakers in one paragraph (an MCA with "Kaptembwo MCA Hon." dropped, "Residents who spoke to the Post", a vegetable seller named after her quote "W") and her question continued in a new paragraph ""; ALSO READ link; "According to the company\'s 2025/26 annual report" and "The report puts" "W"; "The Water Services Regulatory Board declined to comment, saying ..." ""; a deadline with no speaker "W" (tags, RELATED STORIES list, a tip line in two sentences, copyright split at "Ltd." before "All rights reserved.", footer links)',
    'Dutch ENGLISH-LANGUAGE NEWS SITE (Friesland), a water board raises its tax 18 per cent for dike works: masthead in capitals, a tagline, menu with pipes, section path with »; headline "..., board says" carrying the board "W"; byline with no "By", date line, share line; caption "" and photo credit; lead ending "Waterschap Lauwerzijl, the regional water board, said" "W" and "it said" "W"; the chairman with "The board\'s chairman, or dijkgraaf," dropped, his particle capitalised at the start of a sentence later ("Van Oudelaan said", "Van Oudelaan rejected that, saying" "W"); three speakers in one paragraph (chairman, an opposition member "De Wintervoort said" "W"); a ministry spokeswoman kept as written ("W", "She said" "W", "She declined to say ..." ""); "Two people familiar with the talks between ..." kept with its own words ""; Advertisement; a mayor with a Dutch double surname "de Broekhuis-Tamminga" and "Mayor" dropped ("", "She said" "W"); "according to the board\'s draft budget" "W"; a dairy farmer "ter Haaksma" ("W", a quote "" continued in its own paragraph ""); "Ter Haaksma said he had asked Van Oudelaan ..." "W", "He said the chairman had promised ..." carried by the farmer "", and the chairman answering ""; a vote date "" (Read more link, a membership appeal in two sentences, Related list, a tip line in two sentences, copyright split at "B.V." before "All rights reserved.", footer links)',
    'Omani ENGLISH DAILY\'s governorates page, the bottom-trawling ban extended to 2029: masthead in capitals, a Gregorian and Hijri date strip, menu with wide spaces, section path with >; headline "..., ministry says" carrying the ministry as the lead names it "W"; "By Our Staff Reporter", a Published line, share line; caption "" and a dash credit; "Muscat:" lead with "said in a statement" "W", "the statement said" and "the statement added" carried by the ministry "W"; the undersecretary with "HE Eng." and the role dropped, "bin" and "al-" kept and "Al-Burwani said" capitalised at the start of the attribution ("W", a two-sentence quote "W" then ""); a sheikh with "Sheikh" dropped named before a relative clause ("W", "He said" ""); "Al-Ghanbouri said he had met the Undersecretary ..." "W" and "He told the committee then that ..., Al-Ghanbouri said." carried by the sheikh who reports it, not by the undersecretary "W"; ALSO READ link; "according to data from the National Centre for Statistics and Information" "W" and a share with no speaker "W"; a marine biologist with "Dr", "bint" kept ("W", "she said" "", "She said" a plan "" and survey counts "W"); Advertisement; "Officials at the ministry who asked not to be named" "W" and "One official" kept as written "W"; a trawler owner named before its relative clause "declined to comment" ""; a fisherman named after his quote ("W", continuation "W"); a fine with no speaker "W" (tags, a numbered Most Read list, copyright split at "LLC." before "All rights reserved.", footer links)',
    'Malaysian NEWS SITE (Penang), a hillside housing project halted after a landslip: masthead in capitals, a tagline, menu with pipes, section path with ›; headline "..., says exco man" carrying the state executive councillor as the lead names him "W"; byline in lower-case "by", date line with "PM MYT", share line; caption "" and a credit with a slash; "GEORGE TOWN:" lead with "Datuk Seri Dr" dropped and "bin" kept ("W"), "Ahmad Faizal said" resolving to the full name "W", "he told reporters after visiting the site" ""; "The Penang Island City Council said in a statement" "W"; a chairman with "Tan Sri" dropped named at the end of a long chain of appositions ("The developer, ..., is owned by ..., whose chairman, ..., said" "W"), "Hasbollah said" "W", "he said" ""; an independent director with the royal title "Tengku" dropped ("W", "She said" ""); "According to the project\'s environmental impact assessment report, seen by the Herald," "W" and "The report warns" "W"; ADVERTISEMENT; "A state government source, who declined to be named," "W"; "The Department of Environment\'s Penang office declined to comment." ""; a residents\' leader ("W", "She said" "W") and a retired teacher named after her quote with an initial ("S. Kalaiselvi", "W", continuation ""); "Ooi said" and "Kalaiselvi said" two women alternating ""; a group "Residents who attended a meeting ..." "W"; READ MORE link; a share price with no speaker "W"; an analyst "wrote in a note" "W" (Related list, a publisher line with a company number, copyright "© 2027." before "All rights reserved.", footer links)',
    'Ghanaian NEWS SITE\'s regions page (Volta), chiefs reject a lease of a salt lagoon: masthead in capitals, menu with wide spaces, breadcrumb with >; a quote headline with a dash attribution ("... – Togbe Dzakpasu") carrying the chief with the dash as cue ""; byline with no "By", date line, share line; caption "" and photo credit; the lead with no speaker "W"; "The Paramount Chief of the area, Togbe ..., said this at a press conference ..." with "Togbe" dropped and "IV" kept, cue "said this" "W"; "He said" "W" and a two-sentence quote ""; the queen mother with "Mama" dropped and "II" kept ("W", "She said" "W", later "The Queen Mother said, however, that ..." "W"); "According to a copy of the lease seen by the Beacon" and "The document states" "W"; "according to a person familiar with the lease negotiations" "W"; ADVERTISEMENT; "In a statement issued in Accra on Friday, Adakpo Salt Company Ltd said" "W" and "It said" a plan ""; the managing director with "Mr" dropped "declined to comment when reached by phone" ""; "The Minerals Commission said" "W" and "A spokesperson for the commission" "W"; the municipal chief executive with "Hon." dropped ("W", "She said" a committee ""): two women alternating; a church leader with "Very Rev." dropped "urged" "" and "He said" "W"; a salt winner named after her quote ("W", a question ""); the police spokesman with "DSP" dropped ("W", "He said" "W", an appeal ""); READ ALSO link (tags, You may also like list, a reply form in three sentences, copyright split at "Beacon." before "All Rights Reserved.", footer links)',
    'English LOCAL WEEKLY\'s site (Shropshire), a minster church to charge £8 entry: masthead in capitals, menu with wide spaces, section path with >; headline "..., rector says" carrying the rector "W"; a standfirst with no speaker ""; byline with a double-barrelled surname and a Local Democracy Reporter role, a Published line, share line; caption "" and archive credit; lead ending "its rector, the Revd Canon ..., has said" with the title dropped "W"; "The minster\'s parochial church council (PCC) said in a statement" kept as written "W" and "the statement said" carried by it "W"; "Canon Thornycroft-Tresilian said" "W", "she said" "", a quote continued in a new paragraph with "she added" at its end ("W", ""); a town councillor with a double-barrelled surname named before a relative clause ("W", two "She said", "" and "W"), and the rector again ("Canon ... said she had not yet seen the letter." ""): two women alternating; the archdeacon with "The Ven." dropped and the Welsh particle "ap" kept ("W", "Archdeacon ap Rhys-Elidir said" ""); Advertisement; "A member of the PCC, who asked not to be named because ..." "" and "The member said" kept as written "W"; a benefactor with "Sir" dropped named before a relative clause about his charity ("", "He said" "W", "Sir Gerald said" ""); "according to Historic England\'s 2026 Heritage at Risk register" "W"; a visitor with a Mac surname named after his quote "" and "said his wife, Ishbel." carrying her as first given ""; "A spokesman for the diocese declined to comment" ""; a comparison with no speaker "W" (Read more list, a reporter bio in two sentences, a comment count, a press-standards line, copyright split at "Ltd." before "All rights reserved.", footer links)',
    'United States LOCAL NEWSPAPER\'s military page (Texas), an Army post to lose an aviation brigade: masthead in capitals, subscribe strip, menu with pipes, section label; headline "..., officials say" carrying "two Army officials" as the lead names them "W"; byline and role, Published/Updated line with "p.m. CT" and "a.m. CT", share line; caption "" and file-photo credit; lead "two Army officials said Tuesday" "W" and "The officials, who asked not to be named because ..., said" kept as written "W"; "In a statement Tuesday evening, the Army said" "W"; "according to a memo obtained by the Sentinel" and "The memo, dated Feb. 9, says" "W"; the commanding general with "Maj. Gen." dropped ("" and a quote "" continued in its own paragraph ""); ADVERTISEMENT; a Texas county judge (an executive) with "Taylor County Judge" dropped, named before a relative clause ("W", "She said" "W", "Kingsmoor said" ""): two women alternating; a congressman with "U.S. Rep." and "R-Texas" dropped ("W", "He said" "" and "W"); "A Defense Department spokesperson referred questions to the Army." carried by the spokesperson with that cue ""; a sergeant major with "Command Sgt. Maj." dropped "told soldiers in a video" "W" and a quote ""; a barber named after his quote ("W", continuation ""); "according to the Chamber of Commerce" "W"; "The Alabama post\'s public affairs office declined to comment." "" (RELATED list, a reporter bio and contact line, a subscription appeal with ¢, copyright split before "All rights reserved.", footer links)',
    'South African REGIONAL NEWS SITE\'s courts page (Western Cape), the High Court sets aside a council\'s sale of a sports field: masthead in capitals, a tagline, menu with wide spaces, section path with a slash; headline with no speaker "W"; byline with a double-barrelled surname, date line, share line; caption "" and a credit with a slash; the ruling with no speaker "W"; the judge with "Judge" dropped ("In her judgment, ..., said" "W", "she wrote" "", "The judge also found" "W"); "according to court papers" "W"; the forum\'s advocate with "Adv." and "SC" dropped, after "Its counsel," ("argued" "W"); the municipality\'s advocate with "Adv." dropped ("told the court" "W"); "Drakenstein Municipality said in a statement" "W" and "the statement said" carried by it ""; the executive mayor with "Executive Mayor Alderman" and later "Ald." dropped ("W", ""); Advertisement; "A councillor who asked not to be named" "W"; a Dutch Reformed minister with "Ds." dropped, named before a long apposition ("W", "He said" "W", a quote "" continued "W" in which "He" is the mayor, not the speaker); "The developer, Paarlberg Eiendomme (Pty) Ltd, declined to comment." ""; a nurse named after her quote ("W", a question ""); costs with no speaker "W"; the forum\'s attorney with the particle "van" ("", "He said" "", "he said" "W") (Read more list, a publisher line split at "(Pty) Ltd." before "Reg. No. ...", a press-code line, copyright, footer links)',
    'Indian DAILY\'s city page (Madurai), the High Court stays the eviction of 146 families from a lake bed: masthead in capitals, an e-paper strip, menu with wide spaces, section path with a slash; headline with no speaker "W"; "Staff Reporter", a dateline-and-time line with "IST", an Updated line, share line; caption "" and photo credit; the order with no speaker "W"; the judge with "Justice" dropped and initials kept ("observed" "W", "the judge observed" ""); "According to the petition, filed by ...," "W"; counsel for the petitioners with "Senior counsel" dropped ("submitted" "W", "She said" "W"); the Additional Advocate General with the title dropped ("submitted" "W", "He said" ""); "The Water Resources Department (WRD) said in a statement" "W" and "the statement said" carried by it ""; Also Read link; the Collector with "District Collector" dropped ("W", "He said" ""); "A senior Revenue official, who did not wish to be identified," "W" and "Asked about the official\'s remark, Mr. Ilamparithi said" "": two men; Advertisement; a flower seller named after her quote with an initial ("M. Pechiammal", "W", a quote in two more sentences with "14 km" "" and a question ""); the association\'s secretary named first ("W", "he said" ""); "The Madurai Corporation did not respond to queries ..." ""; a hearing date "" (a Published line, Related Topics, comment rules in two sentences, copyright split at "Pvt. Ltd." before "All rights reserved.", footer links)',
    'Canadian COMMUNITY PAPER\'s fisheries page (New Brunswick), the snow crab quota cut by 38 per cent: masthead in capitals, a tagline, sign-in strip, menu with wide spaces, section label; headline "..., DFO says" carrying the department as the lead names it "W"; byline with a double-barrelled surname, a Published/Last updated/read-time line with bullets, share line; caption with "N.B., on" mid-sentence "" and a credit in capitals; "CARAQUET, N.B. —" lead with "the Gulf of St. Lawrence" mid-sentence "W" and "the department said" kept as written "W"; "According to the department\'s 2027 stock assessment" and "The assessment notes" "W"; the provincial minister with "New Brunswick Fisheries Minister" dropped, a particle "de" and a double surname ("W", "de Grandpré-Poirierre said" "", "She said" ""); a fishermen\'s leader named before a long relative clause ("W", "he said" "W", a quote continued in a new paragraph "W" then "", "Gauvin-Mallais said" ""); ADVERTISEMENT and Story continues below; a First Nation chief with "Chief" dropped ("W", "She said" "W"), "The minister said Thursday that she had spoken to the chief ..." carried by the minister "W" and "Paul-Augustine said" ""; two women alternating; "A senior official with the department, who was not authorized to speak publicly," "W"; "A spokesperson for the federal minister declined to comment on the advice, saying ..." ""; a plant worker with a Mac surname named after her quote ("W", ""); an opening date "" (RELATED list, a comments box in three sentences, copyright split at "Inc." before "All rights reserved.", footer links)',
    'Australian BUSINESS SITE (Perth), a lithium miner rejects a $1.9 billion takeover bid: masthead in capitals, a markets strip, menu with pipes, section path with ›; headline "..., chair says" carrying the chair "W"; standfirst "Analysts say ..." ""; byline and role, a date-and-time line with "11.48am", a save/share line; lead "..., the company told the ASX on Monday." kept as written "W" and "Yalgara said" resolving to the company as first given "W"; the chair with "Chair" dropped ("W", "she said" ""); the managing director with "Managing director Dr" and the post-nominal "AM" dropped, named before a long relative clause ("W", "She said" ""), and "Ms McElderry-Brandstater said later" "W": two women alternating; "people familiar with the matter said" "W" and "One of the people" kept as written ""; "Minera Cordón Sur said in a statement" "W" and "It declined to comment further." carried by it ""; "according to its website" "W"; the largest shareholder ("W", "It said" ""); Advertisement; "according to its 2026 annual report" and "The report shows" "W"; an analyst with a Mac double surname named after his quote (a forecast ""); "Another analyst, ..., wrote in a note" carried by her "W" and "She said" ""; a share move with no speaker "W"; "The Foreign Investment Review Board, which would have to approve any deal, declined to comment." "" (Read more list, a licensing line, a reporter bio in two sentences, copyright split at "Pty Ltd." before an ABN line, footer links)',
    'Fijian DAILY\'s site (Vanua Levu), a coastal village to move inland: masthead in capitals, a tagline, menu with pipes, section path with ›; headline "..., says Turaga ni Koro" carrying the headman the story names, a plan ""; byline, date line, share line; caption "" and a SUPPLIED credit; lead ending "the village headman, Ratu ..., said yesterday" with "Ratu" dropped "W" and "Ratu Sevanaia said" (title and first name) resolving to the full name ("W", "he said" "", a quote continued in its own paragraph ""); "The Ministry of ... said in a statement" "W" and "the statement said" carried by it "W"; an army engineer with "Lieutenant Colonel" and later "Lt Col" dropped, named before a relative clause ("W", "He said" ""); "Lt Col Tuinasavu said he had met the villagers twice, and Ratu Sevanaia had asked him ..." carried by the officer "W" and "He said he had told the colonel ..., Ratu Sevanaia said." carried by the headman "W": two men alternating; the women\'s leader with the chiefly title "Adi" dropped ("", "She said" "W"); Advertisement; "according to a 2026 vulnerability assessment by the ministry" and "The assessment lists" "W"; "A government official who asked not to be named" "W"; a Methodist minister with "Talatala" dropped ("", "He said" "W"); the divisional commissioner with "The Commissioner Northern, Mr" dropped (plans ""); a mother named after her quote ("W", ""); "The Fiji Roads Authority declined to comment on ..." ""; a ceremony planned "" (Related list, a subscription line, copyright split at "Limited." before "All rights reserved.", footer links)',
]

ARTICLES = [
    [
        [("THE RONDAVEL POST", "", "", "B")],
        [("E-Paper | Subscribe | Log in", "", "", "B")],
        [("Home   Counties   Politics   Business   Sport   Opinion   Video", "", "", "B")],
        [("Counties / Rift Valley", "", "", "B")],
        [
            (
                "Nakuru water firm must reverse 34pc tariff rise, ministry says",
                "the Ministry of Water, Sanitation and Irrigation",
                "says",
                "W",
            )
        ],
        [
            (
                "Residents say their bills for March were double those for February",
                "Residents",
                "say",
                "W",
            )
        ],
        [("By WANJIKU MUTHENGI", "", "", "B")],
        [("Friday, April 16, 2027", "", "", "B")],
        [("3 min read", "", "", "B")],
        [("Share: Facebook | X | WhatsApp | Email", "", "", "B")],
        [("Residents queue at a water kiosk in Kaptembwo, Nakuru, on Wednesday.", "", "", "")],
        [("PHOTO | JOSEPH KIMOTHAI", "", "", "B")],
        [
            (
                "NAKURU — The county's water company must reverse a 34 per cent rise in domestic tariffs within seven days because the increase was never approved by the national regulator, the Ministry of Water, Sanitation and Irrigation said in a statement on Thursday.",
                "the Ministry of Water, Sanitation and Irrigation",
                "said in a statement",
                "W",
            ),
            (
                "“The regulator received no application for a tariff review from the company in the 2026/27 financial year,” the statement said.",
                "the Ministry of Water, Sanitation and Irrigation",
                "the statement said",
                "W",
            ),
            (
                "“Any charge above the gazetted rate is therefore unlawful and must be refunded or credited to customers.”",
                "the Ministry of Water, Sanitation and Irrigation",
                "the statement said",
                "",
            ),
        ],
        [
            (
                "Kiriswa Water and Sewerage Company, which supplies about 61,000 connections in Nakuru town and Bahati, said on Wednesday that the new rate of Sh112 per cubic metre had taken effect on March 1.",
                "Kiriswa Water and Sewerage Company",
                "said",
                "W",
            ),
            (
                "It said the previous rate of Sh84 had been set in 2019 and no longer covered the cost of power for its pumps.",
                "Kiriswa Water and Sewerage Company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Managing director Eng. Samuel Kiprono Mwaringa told the Post the board had approved the increase in January and written to the regulator on February 3.",
                "Samuel Kiprono Mwaringa",
                "told the Post",
                "W",
            ),
            (
                "He said the company's electricity bill had risen from Sh9.2 million a month in 2024 to Sh14.8 million this year.",
                "Samuel Kiprono Mwaringa",
                "said",
                "W",
            ),
            (
                "“We did not act alone, and we did not act in secret,” he said.",
                "Samuel Kiprono Mwaringa",
                "said",
                "",
            ),
        ],
        [
            ("“The letter is on file.", "Samuel Kiprono Mwaringa", "said", "W"),
            (
                "If the regulator never answered it, that is not the fault of our customers or of our staff.”",
                "Samuel Kiprono Mwaringa",
                "said",
                "",
            ),
        ],
        [
            (
                "The county's executive member for water, Dr Lydia Chepkemoi Kipsigak, said the company's board had not consulted the county government before raising the rate.",
                "Lydia Chepkemoi Kipsigak",
                "said",
                "W",
            ),
            (
                "She said the county owned 51 per cent of the company and held two seats on its nine-member board.",
                "Lydia Chepkemoi Kipsigak",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mr Mwaringa, asked about her remarks, said both county directors had attended the January meeting.",
                "Samuel Kiprono Mwaringa",
                "said",
                "W",
            ),
            (
                "Dr Kipsigak said one of them had left before the vote.",
                "Lydia Chepkemoi Kipsigak",
                "said",
                "W",
            ),
            (
                "She said the county had written to the regulator itself on April 9 asking it to intervene.",
                "Lydia Chepkemoi Kipsigak",
                "said",
                "W",
            ),
        ],
        [
            (
                "A senior official at the ministry, who asked not to be named because he was not authorised to speak to the media, said the regulator had received the company's letter but returned it because it lacked an audited cost statement.",
                "A senior official at the ministry",
                "said",
                "W",
            )
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Kaptembwo MCA Hon. Moses Tuitoeki said his office had received more than 300 complaints since March.",
                "Moses Tuitoeki",
                "said",
                "W",
            ),
            (
                "Residents who spoke to the Post said monthly bills had doubled.",
                "Residents who spoke to the Post",
                "said",
                "W",
            ),
            (
                "“I used to pay Sh1,400 for the month, now it is Sh2,900,” said Grace Atieno, a mother of three who sells vegetables at the Top Market.",
                "Grace Atieno",
                "said",
                "W",
            ),
        ],
        [
            ("“Who approved it?", "Grace Atieno", "said", ""),
            ("Nobody in that office can tell us.”", "Grace Atieno", "said", ""),
        ],
        [("ALSO READ: Nakuru county seeks Sh2.1bn loan for sewer line in Bahati", "", "", "B")],
        [
            (
                "According to the company's 2025/26 annual report, it lost 43 per cent of the water it produced to leaks and illegal connections.",
                "the company's 2025/26 annual report",
                "according to",
                "W",
            ),
            (
                "The report puts its debt to the power utility at Sh318 million.",
                "The report",
                "puts",
                "W",
            ),
        ],
        [
            (
                "The Water Services Regulatory Board declined to comment, saying the matter was before its board.",
                "The Water Services Regulatory Board",
                "declined to comment",
                "",
            )
        ],
        [("The company has until April 22 to file a refund plan with the ministry.", "", "", "W")],
        [("Tags: Nakuru | Water | Tariffs | Bahati", "", "", "B")],
        [("RELATED STORIES", "", "", "B")],
        [("Bahati traders protest new market levy", "", "", "B")],
        [("Naivasha flower farms shed 1,200 jobs as orders fall", "", "", "B")],
        [("Have a story?", "", "", "B"), ("WhatsApp us on 0712 448 903.", "", "", "B")],
        [("© 2027 Rondavel Post Media Ltd.", "", "", "B"), ("All rights reserved.", "", "", "B")],
        [("About Us | Contact | Advertise | Privacy Policy", "", "", "B")],
    ],
    [
        [("WIERDENPOST", "", "", "B")],
        [("The Netherlands in English", "", "", "B")],
        [("News | Politics | Economy | Housing | Society | Sport | Learn Dutch", "", "", "B")],
        [("Home » News » Provinces", "", "", "B")],
        [
            (
                "Dike works to push Friesland water board tax up 18%, board says",
                "Waterschap Lauwerzijl",
                "says",
                "W",
            )
        ],
        [("Sanne Hofstraeten", "", "", "B")],
        [("April 20, 2027", "", "", "B")],
        [("Share   Facebook   LinkedIn   Email", "", "", "B")],
        [("Work on the sea dike near Paesens-Moddergat last summer.", "", "", "")],
        [("Photo: Waterschap Lauwerzijl", "", "", "B")],
        [
            (
                "Households in north-east Friesland will pay on average 18% more in water board tax next year to cover the reinforcement of 23 kilometres of sea dike, Waterschap Lauwerzijl, the regional water board, said on Tuesday.",
                "Waterschap Lauwerzijl",
                "said",
                "W",
            ),
            (
                "The average levy for a household that owns its home will rise from €412 to €486, it said.",
                "Waterschap Lauwerzijl",
                "said",
                "W",
            ),
        ],
        [
            (
                "The board's chairman, or dijkgraaf, Maarten van Oudelaan, said the state would pay 90% of the €640 million project under the national flood protection programme, but the board had to find the rest.",
                "Maarten van Oudelaan",
                "said",
                "W",
            ),
            (
                "“Our share is €64 million, and there is nobody else to send the bill to,” Van Oudelaan said.",
                "Maarten van Oudelaan",
                "said",
                "W",
            ),
        ],
        [
            (
                "Opposition board member Ilse de Wintervoort, of the farmers' list Boer en Kwelderland, said the board had known about the costs since 2024 and kept them out of the election campaign.",
                "Ilse de Wintervoort",
                "said",
                "W",
            ),
            ("“Voters were told 4%,” De Wintervoort said.", "Ilse de Wintervoort", "said", "W"),
            (
                "Van Oudelaan rejected that, saying the 2024 estimate did not yet include the rise in construction prices.",
                "Maarten van Oudelaan",
                "saying",
                "W",
            ),
        ],
        [
            (
                "A spokeswoman for the Ministry of Infrastructure and Water Management said the state's share was fixed by law and would not be raised.",
                "A spokeswoman for the Ministry of Infrastructure and Water Management",
                "said",
                "W",
            ),
            (
                "She said 14 water boards had asked for more money since January.",
                "A spokeswoman for the Ministry of Infrastructure and Water Management",
                "said",
                "W",
            ),
            (
                "She declined to say whether any of them would get it.",
                "A spokeswoman for the Ministry of Infrastructure and Water Management",
                "declined to say",
                "",
            ),
        ],
        [
            (
                "Two people familiar with the talks between the ministry and the boards said a compromise allowing boards to spread the cost over 30 years instead of 20 was being discussed.",
                "Two people familiar with the talks",
                "said",
                "",
            )
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Mayor Anneke de Broekhuis-Tamminga of Noardeast-Fryslân said the municipality would ask the board to phase the increase in over three years.",
                "Anneke de Broekhuis-Tamminga",
                "said",
                "",
            ),
            (
                "She said about 2,300 households in the municipality already received help with local taxes.",
                "Anneke de Broekhuis-Tamminga",
                "said",
                "W",
            ),
        ],
        [
            (
                "Farmers face a larger bill because the levy on farmland rises by 22%, according to the board's draft budget.",
                "the board's draft budget",
                "according to",
                "W",
            )
        ],
        [
            (
                "Dairy farmer Joost ter Haaksma, who milks 140 cows behind the dike at Ternaard, said his levy would go up by about €1,900.",
                "Joost ter Haaksma",
                "said",
                "W",
            ),
            (
                "“We are the ones the dike protects, I understand that,” he said.",
                "Joost ter Haaksma",
                "said",
                "",
            ),
        ],
        [("“But every year there is something new on the bill.”", "Joost ter Haaksma", "said", "")],
        [
            (
                "Ter Haaksma said he had asked Van Oudelaan at a meeting in Holwerd in March whether farmers could pay in instalments.",
                "Joost ter Haaksma",
                "said",
                "W",
            ),
            ("He said the chairman had promised to look into it.", "Joost ter Haaksma", "said", ""),
            (
                "Van Oudelaan said on Tuesday that instalments would be possible from 2028.",
                "Maarten van Oudelaan",
                "said",
                "",
            ),
        ],
        [("The board's general assembly votes on the budget on May 26.", "", "", "")],
        [("Read more: Wadden ferry fares to rise 9% from June", "", "", "B")],
        [
            ("Wierdenpost is free to read and always will be.", "", "", "B"),
            ("Become a member from €5 a month.", "", "", "B"),
        ],
        [("Related", "", "", "B")],
        [("Groningen gas compensation: 4,100 claims still open", "", "", "B")],
        [("Zeeland village votes to keep its dike road open to cars", "", "", "B")],
        [("Got a tip?", "", "", "B"), ("Mail the newsroom at tips@wierdenpost.nl.", "", "", "B")],
        [("© 2027 Wierdenpost B.V.", "", "", "B"), ("All rights reserved.", "", "", "B")],
        [("About | Contact | Privacy | Cookie settings", "", "", "B")],
    ],
    [
        [("THE JABRIN MAIL", "", "", "B")],
        [("Monday, 12 April 2027 | 25 Shawwal 1448", "", "", "B")],
        [("Oman   Business   World   Sports   Opinion   Lifestyle   E-Paper", "", "", "B")],
        [("Oman > Governorates", "", "", "B")],
        [
            (
                "Ban on bottom trawling extended for two more years, ministry says",
                "the Ministry of Agriculture, Fisheries and Water Resources",
                "says",
                "W",
            )
        ],
        [("By Our Staff Reporter", "", "", "B")],
        [("Published: 12 Apr 2027, 9:14 AM", "", "", "B")],
        [("Share on: WhatsApp   Facebook   X", "", "", "B")],
        [("Fishing boats moored at the harbour in Hilf, Masirah, on Saturday.", "", "", "")],
        [("— Jabrin Mail photo", "", "", "B")],
        [
            (
                "Muscat: The ban on bottom trawling in Omani waters of the Arabian Sea will stay in force until April 2029, the Ministry of Agriculture, Fisheries and Water Resources said in a statement on Sunday.",
                "the Ministry of Agriculture, Fisheries and Water Resources",
                "said in a statement",
                "W",
            ),
            (
                "The ban, first imposed in 2022, had been due to expire at the end of this month, the statement said.",
                "the Ministry of Agriculture, Fisheries and Water Resources",
                "the statement said",
                "W",
            ),
            (
                "Licences for 38 industrial trawlers will remain suspended, the statement added.",
                "the Ministry of Agriculture, Fisheries and Water Resources",
                "the statement added",
                "W",
            ),
        ],
        [
            (
                "HE Eng. Hamad bin Salim al-Burwani, Undersecretary for Fisheries at the ministry, said catches of kingfish by traditional fishermen in Al Wusta and South Sharqiyah had risen by 27 per cent since the ban began.",
                "Hamad bin Salim al-Burwani",
                "said",
                "W",
            ),
            (
                "“The sea floor needs more time,” Al-Burwani said.",
                "Hamad bin Salim al-Burwani",
                "said",
                "W",
            ),
            (
                "“Two years is what our scientists asked for, and two years is what we are giving them.”",
                "Hamad bin Salim al-Burwani",
                "said",
                "",
            ),
        ],
        [
            (
                "Sheikh Mubarak bin Hilal al-Ghanbouri, who heads the fishermen's committee in Masirah, said the island's 1,140 registered fishermen had asked for the ban to be made permanent.",
                "Mubarak bin Hilal al-Ghanbouri",
                "said",
                "W",
            ),
            (
                "He said the committee would write to the ministry again after Eid.",
                "Mubarak bin Hilal al-Ghanbouri",
                "said",
                "",
            ),
        ],
        [
            (
                "Al-Ghanbouri said he had met the Undersecretary in February.",
                "Mubarak bin Hilal al-Ghanbouri",
                "said",
                "W",
            ),
            (
                "He told the committee then that a permanent ban would need a royal decree, Al-Ghanbouri said.",
                "Mubarak bin Hilal al-Ghanbouri",
                "said",
                "W",
            ),
        ],
        [("ALSO READ: Sur boatyard launches its largest dhow in 40 years", "", "", "B")],
        [
            (
                "The total catch of traditional fishermen reached 812,000 tonnes in 2026, up from 594,000 tonnes in 2021, according to data from the National Centre for Statistics and Information.",
                "data from the National Centre for Statistics and Information",
                "according to",
                "W",
            ),
            (
                "Traditional fishing accounts for nearly nine-tenths of Oman's fish landings.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dr Aisha bint Nasser al-Kindawi, a marine biologist at the Marine Science and Fisheries Centre, said surveys in 2025 and 2026 had found coral rubble and seagrass returning in areas last trawled in 2021.",
                "Aisha bint Nasser al-Kindawi",
                "said",
                "W",
            ),
            (
                "“It is early, but it is encouraging,” she said.",
                "Aisha bint Nasser al-Kindawi",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the centre's next survey would start in October.",
                "Aisha bint Nasser al-Kindawi",
                "said",
                "",
            ),
            (
                "She said the centre had counted juvenile kingfish at 14 of its 20 survey sites last year, against five in 2021.",
                "Aisha bint Nasser al-Kindawi",
                "said",
                "W",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Officials at the ministry who asked not to be named said three trawling companies had asked for compensation, and that the claims were being reviewed by a committee.",
                "Officials at the ministry who asked not to be named",
                "said",
                "W",
            ),
            (
                "One official said the claims together came to more than RO 9 million.",
                "One official",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sawahil al-Bahr Marine Products, which owns 11 of the idle trawlers, declined to comment.",
                "Sawahil al-Bahr Marine Products",
                "declined to comment",
                "",
            )
        ],
        [
            (
                "“Before the ban, the trawlers came so close at night we could see their lights from the beach,” said Salim bin Khamis al-Mahrezi, a fisherman who has worked out of Hilf for 30 years.",
                "Salim bin Khamis al-Mahrezi",
                "said",
                "W",
            ),
            (
                "“Last season I caught more kingfish than in any year since 2015.”",
                "Salim bin Khamis al-Mahrezi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Fishermen who break the ban face a fine of up to RO 5,000 and the loss of their licence.",
                "",
                "",
                "W",
            )
        ],
        [("Tags: Fisheries, Masirah, Trawling, Al Wusta", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("1. Duqm refinery begins exports to East Africa", "", "", "B")],
        [("2. New bus route links Seeb and Barka from May", "", "", "B")],
        [("3. Heat warning for Al Dhahirah as mercury nears 47°C", "", "", "B")],
        [
            ("Copyright © 2027 Jabrin Mail Publishing and Printing LLC.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("About us | Contact us | Advertise | Terms of use", "", "", "B")],
    ],
    [
        [("TANJUNG HERALD", "", "", "B")],
        [("Penang's own news since 1998", "", "", "B")],
        [("Nation | Penang | Business | Sport | Food | Lifestyle | Videos", "", "", "B")],
        [("Home › Penang › Northeast District", "", "", "B")],
        [
            (
                "Paya Terubong hillside project halted after landslip, says exco man",
                "Ahmad Faizal bin Mohd Kamaruzaman",
                "says",
                "W",
            )
        ],
        [("by LEE SZE MINGHUA", "", "", "B")],
        [("Thursday, 22 Apr 2027 7:52 PM MYT", "", "", "B")],
        [("Share   Facebook   WhatsApp   Telegram   Copy link", "", "", "B")],
        [
            (
                "Workers lay tarpaulin over the slope above Jalan Bukit Seriwangi on Wednesday morning.",
                "",
                "",
                "",
            )
        ],
        [("— LEE SZE MINGHUA/Tanjung Herald", "", "", "B")],
        [
            (
                "GEORGE TOWN: All earthworks on a hillside housing project in Paya Terubong have been stopped after part of a cut slope collapsed on Tuesday night, state local government committee chairman Datuk Seri Dr Ahmad Faizal bin Mohd Kamaruzaman said today.",
                "Ahmad Faizal bin Mohd Kamaruzaman",
                "said",
                "W",
            ),
            (
                "Ahmad Faizal said about 600 cubic metres of earth had slid onto a service road, and nobody was hurt.",
                "Ahmad Faizal bin Mohd Kamaruzaman",
                "said",
                "W",
            ),
            (
                "“The stop-work order stays until an independent engineer tells us the slope is safe,” he told reporters after visiting the site.",
                "Ahmad Faizal bin Mohd Kamaruzaman",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "The Penang Island City Council said in a statement that it had issued the stop-work order at 10.30am on Wednesday and would audit all 14 hillside projects it had approved since 2023.",
                "The Penang Island City Council",
                "said in a statement",
                "W",
            )
        ],
        [
            (
                "The developer, Bukit Seriwangi Development Sdn Bhd, is owned by the listed property group Cendanamas Holdings Bhd, whose chairman, Tan Sri Hasbollah Raziqin, said the company had followed every condition of its permit.",
                "Hasbollah Raziqin",
                "said",
                "W",
            ),
            (
                "Hasbollah said heavy rain of 138mm in the six hours before the collapse was the cause.",
                "Hasbollah Raziqin",
                "said",
                "W",
            ),
            (
                "“We will cooperate fully, and we have nothing to hide,” he said.",
                "Hasbollah Raziqin",
                "said",
                "",
            ),
        ],
        [
            (
                "An independent director of Cendanamas, Tengku Norashikin Tengku Ismail, said the board's risk committee had met on Wednesday and ordered its own review of the slope design.",
                "Norashikin Tengku Ismail",
                "said",
                "W",
            ),
            (
                "She said the findings would be shared with the council.",
                "Norashikin Tengku Ismail",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the project's environmental impact assessment report, seen by the Herald, the approved plan allowed cutting on slopes of up to 35 degrees.",
                "the environmental impact assessment report",
                "according to",
                "W",
            ),
            (
                "The report warns that slopes above 25 degrees on the site are made of weathered granite “susceptible to failure in prolonged rainfall”.",
                "The report",
                "warns",
                "W",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "A state government source, who declined to be named, said the council had received two complaints about mud flowing from the site in February.",
                "A state government source",
                "said",
                "W",
            )
        ],
        [
            (
                "The Department of Environment's Penang office declined to comment.",
                "The Department of Environment's Penang office",
                "declined to comment",
                "",
            )
        ],
        [
            (
                "Ooi Chee Wen, who chairs the Taman Seriwangi Indah residents' association, said 212 families lived in the terraces directly below the slope.",
                "Ooi Chee Wen",
                "said",
                "W",
            ),
            (
                "She said residents had first written to the council about the project in 2024.",
                "Ooi Chee Wen",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I heard it go at about 11 o'clock, like a lorry tipping stones,” said S. Kalaiselvi, 58, a retired teacher whose house is the closest to the slope.",
                "S. Kalaiselvi",
                "said",
                "W",
            ),
            ("“My grandchildren cannot sleep now when it rains.”", "S. Kalaiselvi", "said", ""),
        ],
        [
            (
                "Ooi said the association would ask for a public hearing.",
                "Ooi Chee Wen",
                "said",
                "",
            ),
            ("Kalaiselvi said she would join it.", "S. Kalaiselvi", "said", ""),
        ],
        [
            (
                "Residents who attended a meeting with council officials on Wednesday night said they were told the slope had been inspected twice in March.",
                "Residents who attended a meeting with council officials on Wednesday night",
                "said",
                "W",
            )
        ],
        [("READ MORE: Penang Hill funicular to close for 10 days of maintenance", "", "", "B")],
        [
            (
                "Cendanamas shares fell 4.2 per cent to RM1.37 on Bursa Malaysia on Thursday.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Analyst Amirul Hakim Zulkefli of Seri Pinang Research wrote in a note that the project made up about 11 per cent of the group's expected sales this year.",
                "Amirul Hakim Zulkefli",
                "wrote",
                "W",
            )
        ],
        [("Related", "", "", "B")],
        [("Landslip closes lane on Tun Dr Awang highway", "", "", "B")],
        [("Penang approves 4,000 affordable homes in Batu Kawan", "", "", "B")],
        [("Published by Tanjung Herald Media Sdn. Bhd. (Company No. 199801017723)", "", "", "B")],
        [("© 2027.", "", "", "B"), ("All rights reserved.", "", "", "B")],
        [("Contact | Advertise | Privacy | Terms", "", "", "B")],
    ],
    [
        [("THE KETA BEACON", "", "", "B")],
        [("Home   News   Regions   Politics   Business   Sports   Entertainment", "", "", "B")],
        [("News > Regions > Volta", "", "", "B")],
        [
            (
                "We will not give up Avedzi lagoon to salt company – Togbe Dzakpasu",
                "Agbeveme Dzakpasu IV",
                "–",
                "",
            )
        ],
        [("Selasi Gbedemakpor", "", "", "B")],
        [("Sunday, 25 April 2027", "", "", "B")],
        [("Share this: Facebook | WhatsApp | X", "", "", "B")],
        [("Women harvest salt at the edge of the lagoon near Avedzi.", "", "", "")],
        [("Photo credit: Keta Beacon", "", "", "B")],
        [
            (
                "The chiefs and people of the Avedzi Traditional Area in the Keta Municipality have rejected a 25-year lease that would give a private company sole rights to win salt on about 1,800 hectares of the Avedzi lagoon.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The Paramount Chief of the area, Togbe Agbeveme Dzakpasu IV, said this at a press conference at his palace on Saturday.",
                "Agbeveme Dzakpasu IV",
                "said this",
                "W",
            )
        ],
        [
            (
                "He said the lease had been signed in Accra in January by two sub-chiefs who had no authority over the lagoon.",
                "Agbeveme Dzakpasu IV",
                "said",
                "W",
            ),
            (
                "“This lagoon has fed our grandmothers and it will feed our grandchildren,” he said.",
                "Agbeveme Dzakpasu IV",
                "said",
                "",
            ),
            ("“We will not give it up to anybody.”", "Agbeveme Dzakpasu IV", "said", ""),
        ],
        [
            (
                "The Queen Mother of Avedzi, Mama Akosua Dzifa Adzotor II, said more than 3,000 women harvested salt on the lagoon between November and April each year.",
                "Akosua Dzifa Adzotor II",
                "said",
                "W",
            ),
            (
                "She said most of them sold their salt to traders from Burkina Faso and Togo who came to Avedzi market every Thursday.",
                "Akosua Dzifa Adzotor II",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to a copy of the lease seen by the Beacon, Adakpo Salt Company Ltd would pay the traditional council GH₵ 180,000 a year.",
                "a copy of the lease seen by the Beacon",
                "according to",
                "W",
            ),
            (
                "The document states that “no other person shall win or sell salt” within the leased area.",
                "The document",
                "states",
                "W",
            ),
        ],
        [
            (
                "The company was registered in Accra in October 2025, according to a person familiar with the lease negotiations.",
                "a person familiar with the lease negotiations",
                "according to",
                "W",
            )
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "In a statement issued in Accra on Friday, Adakpo Salt Company Ltd said its lease was valid and had been registered with the Lands Commission.",
                "Adakpo Salt Company Ltd",
                "said in a statement",
                "W",
            ),
            (
                "It said it planned to employ 400 local people and would buy salt from the women at a fixed price.",
                "Adakpo Salt Company Ltd",
                "said",
                "",
            ),
        ],
        [
            (
                "The company's managing director, Mr Desmond Kwame Anyidoho, declined to comment when reached by phone.",
                "Desmond Kwame Anyidoho",
                "declined to comment",
                "",
            )
        ],
        [
            (
                "The Minerals Commission said it had not yet issued a mining lease for the lagoon.",
                "The Minerals Commission",
                "said",
                "W",
            ),
            (
                "A spokesperson for the commission said the company's application was received in March and was still under review.",
                "A spokesperson for the commission",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Keta Municipal Chief Executive, Hon. Benedicta Kpogo-Amenyah, said she had met both the chiefs and the company.",
                "Benedicta Kpogo-Amenyah",
                "said",
                "W",
            ),
            (
                "She said the assembly would set up a committee to look into the matter.",
                "Benedicta Kpogo-Amenyah",
                "said",
                "",
            ),
        ],
        [
            (
                "The Queen Mother said, however, that she had not been invited to any of those meetings.",
                "Akosua Dzifa Adzotor II",
                "said",
                "W",
            )
        ],
        [
            (
                "The chairman of the Evangelical Presbyterian Church's Keta presbytery, Very Rev. Selorm Kpodovia, urged the youth to remain calm and not to take the law into their own hands.",
                "Selorm Kpodovia",
                "urged",
                "",
            ),
            (
                "He said the church ran two basic schools in Avedzi whose fees were paid largely from salt money.",
                "Selorm Kpodovia",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Last season I sold 60 bags, and that is how I pay my children's fees,” said Christiana Dzogbede, 46, who has harvested salt on the lagoon since she was a girl.",
                "Christiana Dzogbede",
                "said",
                "W",
            ),
            ("“Where will I go?”", "Christiana Dzogbede", "said", ""),
        ],
        [
            (
                "The Volta Regional Police Public Relations Officer, DSP Mawuli Amedume, said police had been deployed to Avedzi after youth blocked the road to the lagoon with tyres on Thursday.",
                "Mawuli Amedume",
                "said",
                "W",
            ),
            ("He said no arrests had been made.", "Mawuli Amedume", "said", "W"),
            (
                "“We are appealing to both sides to exercise restraint,” he said.",
                "Mawuli Amedume",
                "said",
                "",
            ),
        ],
        [("READ ALSO: Keta sea defence phase three to start in June", "", "", "B")],
        [("Tags: Avedzi, Keta, Salt, Lagoon, Chieftaincy", "", "", "B")],
        [("You may also like", "", "", "B")],
        [("Anloga onion farmers count losses after floods", "", "", "B")],
        [("Volta: 12 communities get potable water", "", "", "B")],
        [("Leave a Reply", "", "", "B")],
        [
            ("Your email address will not be published.", "", "", "B"),
            ("Required fields are marked *", "", "", "B"),
        ],
        [("Copyright © 2027 Keta Beacon.", "", "", "B"), ("All Rights Reserved.", "", "", "B")],
        [("Home | About | Contact | Privacy Policy", "", "", "B")],
    ],
    [
        [("BRIDGNORTH & DISTRICT JOURNAL", "", "", "B")],
        [("News   Sport   What's On   Property   Jobs   Announcements", "", "", "B")],
        [("Home > News > Local News", "", "", "B")],
        [
            (
                "St Aldwyn's Minster to charge £8 entry from June, rector says",
                "Juliet Thornycroft-Tresilian",
                "says",
                "W",
            )
        ],
        [("The move has split the congregation and the town council", "", "", "")],
        [("By Tamsin Dunmorran-Roe", "", "", "B")],
        [("Local Democracy Reporter", "", "", "B")],
        [("Published 6:00am, Saturday 24 April 2027", "", "", "B")],
        [("Share: Facebook  X  WhatsApp  Email", "", "", "B")],
        [("St Aldwyn's Minster, seen from the High Street.", "", "", "")],
        [("Picture: Journal archive", "", "", "B")],
        [
            (
                "Visitors to St Aldwyn's Minster in Bridgnorth will be charged £8 for entry from June 1, its rector, the Revd Canon Juliet Thornycroft-Tresilian, has said.",
                "Juliet Thornycroft-Tresilian",
                "said",
                "W",
            )
        ],
        [
            (
                "The minster's parochial church council (PCC) said in a statement that it had voted 9-4 on Tuesday to introduce the charge after its insurance and heating bills rose by £41,000 in a year.",
                "The minster's parochial church council",
                "said in a statement",
                "W",
            ),
            (
                "Worshippers, residents of the parish and children under 16 will not pay, the statement said.",
                "The minster's parochial church council",
                "the statement said",
                "W",
            ),
        ],
        [
            (
                "Canon Thornycroft-Tresilian said the minster had 62,000 visitors last year but took only £9,300 in donations.",
                "Juliet Thornycroft-Tresilian",
                "said",
                "W",
            ),
            ("“Nobody wanted to do this,” she said.", "Juliet Thornycroft-Tresilian", "said", ""),
            (
                "“But a building this size does not heat itself, and the roof does not mend itself.”",
                "Juliet Thornycroft-Tresilian",
                "said",
                "",
            ),
        ],
        [
            (
                "“We have spent £186,000 on the north aisle roof since 2022.",
                "Juliet Thornycroft-Tresilian",
                "said",
                "W",
            ),
            (
                "There is another £430,000 of work on the quinquennial inspection that cannot wait,” she added.",
                "Juliet Thornycroft-Tresilian",
                "said",
                "",
            ),
        ],
        [
            (
                "Town councillor Priya Sandhu-Hollinsclough, who chairs the council's tourism committee, said the town had spent £12,000 last year promoting the minster as a free attraction.",
                "Priya Sandhu-Hollinsclough",
                "said",
                "W",
            ),
            (
                "She said she would ask the council to review that spending.",
                "Priya Sandhu-Hollinsclough",
                "said",
                "",
            ),
            (
                "She said she had also written to the rector on Thursday asking for a free hour every day.",
                "Priya Sandhu-Hollinsclough",
                "said",
                "W",
            ),
        ],
        [
            (
                "Canon Thornycroft-Tresilian said she had not yet seen the letter.",
                "Juliet Thornycroft-Tresilian",
                "said",
                "",
            )
        ],
        [
            (
                "The Ven. Owain ap Rhys-Elidir, the archdeacon responsible for the minster, said 11 of the 40 largest parish churches in the diocese now charged visitors in some form.",
                "Owain ap Rhys-Elidir",
                "said",
                "W",
            ),
            (
                "“It is a decision for the PCC, and I support it,” Archdeacon ap Rhys-Elidir said.",
                "Owain ap Rhys-Elidir",
                "said",
                "",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "A member of the PCC, who asked not to be named because its discussions are confidential, said the vote had followed “a long and painful evening”.",
                "A member of the PCC",
                "said",
                "",
            ),
            (
                "The member said two of the four who voted against had since stepped down.",
                "A member of the PCC",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sir Gerald Kellybrook-Pine, chairman of the Friends of St Aldwyn's, which has raised money for the building since 1954, said the Friends were “disappointed but not surprised”.",
                "Gerald Kellybrook-Pine",
                "said",
                "",
            ),
            (
                "He said the Friends had given the minster £23,500 in 2026.",
                "Gerald Kellybrook-Pine",
                "said",
                "W",
            ),
            (
                "“We will keep giving, but we would rather people came in for nothing,” Sir Gerald said.",
                "Gerald Kellybrook-Pine",
                "said",
                "",
            ),
        ],
        [
            (
                "The minster's nave roof is listed as being in “poor” condition, according to Historic England's 2026 Heritage at Risk register.",
                "Historic England's 2026 Heritage at Risk register",
                "according to",
                "W",
            )
        ],
        [
            (
                "“Eight pounds seems a lot for a church, but I'd pay it for this one,” said Fergus MacAuliffe, 71, who was visiting from Perth with his wife on Friday.",
                "Fergus MacAuliffe",
                "said",
                "",
            ),
            (
                "“We'll light a candle and go, I think,” said his wife, Ishbel.",
                "Ishbel",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesman for the diocese declined to comment on the vote.",
                "A spokesman for the diocese",
                "declined to comment",
                "",
            )
        ],
        [
            (
                "Westminster Abbey, St Paul's Cathedral and several cathedrals already charge for entry.",
                "",
                "",
                "W",
            )
        ],
        [("Read more", "", "", "B")],
        [("Bridgnorth cliff railway reopens after £1.1m repair", "", "", "B")],
        [("Parking charges at Severn Park rise by 40p an hour", "", "", "B")],
        [
            (
                "Tamsin Dunmorran-Roe is a Local Democracy Reporter covering Shropshire.",
                "",
                "",
                "B",
            ),
            ("The service is funded by the BBC and used by other news organisations.", "", "", "B"),
        ],
        [("Comments (14)", "", "", "B")],
        [
            (
                "Bridgnorth & District Journal is a member of the Independent Press Standards Organisation.",
                "",
                "",
                "B",
            )
        ],
        [
            ("© 2027 Journal Media (Shropshire) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("Contact us | Privacy notice | Terms and conditions | Cookie settings", "", "", "B")],
    ],
    [
        [("TAYLOR COUNTY SENTINEL", "", "", "B")],
        [("Subscribe | Sign In | e-Edition", "", "", "B")],
        [("News | Military | Business | Sports | Obituaries | Opinion | Classifieds", "", "", "B")],
        [("MILITARY", "", "", "B")],
        [
            (
                "Fort Pellingtree to lose 1,900 soldiers in aviation brigade move, officials say",
                "two Army officials",
                "say",
                "W",
            )
        ],
        [("By Dale Hutchenreider", "", "", "B")],
        [("Staff Writer", "", "", "B")],
        [
            (
                "Published: April 27, 2027, 5:12 p.m. CT | Updated: April 28, 2027, 8:30 a.m. CT",
                "",
                "",
                "B",
            )
        ],
        [("Share  Email  Print", "", "", "B")],
        [
            (
                "Helicopters of the 4th Combat Aviation Brigade on the flight line at Fort Pellingtree in March.",
                "",
                "",
                "",
            )
        ],
        [("Sentinel file photo", "", "", "B")],
        [
            (
                "The Army plans to move most of Fort Pellingtree's aviation brigade, about 1,900 soldiers and 90 helicopters, to a post in Alabama by September 2028, two Army officials said Tuesday.",
                "two Army officials",
                "said",
                "W",
            ),
            (
                "The officials, who asked not to be named because the decision has not been formally announced, said the brigade's headquarters and two of its battalions would leave first, in the spring of 2028.",
                "The officials",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a statement Tuesday evening, the Army said “no final decision” had been made on the brigade's future and that “any change in stationing will be announced through the appropriate channels.”",
                "the Army",
                "said in a statement",
                "W",
            )
        ],
        [
            (
                "The move would save about $310 million over 10 years by combining two aviation training sites, according to a memo obtained by the Sentinel.",
                "a memo obtained by the Sentinel",
                "according to",
                "W",
            ),
            (
                "The memo, dated Feb. 9, says the Alabama post already has hangar space for 70 aircraft.",
                "The memo",
                "says",
                "W",
            ),
        ],
        [
            (
                "Maj. Gen. Dolores Aranceta-Burdette, Fort Pellingtree's commanding general, said at a town hall on post Tuesday night that she had “no announcement to make today.”",
                "Dolores Aranceta-Burdette",
                "said",
                "",
            ),
            (
                "“What I can tell you is that Fort Pellingtree is not closing, and nobody is leaving this year,” she said.",
                "Dolores Aranceta-Burdette",
                "said",
                "",
            ),
        ],
        [
            (
                "“Whatever is decided, families will hear it from us first, not from a newspaper.”",
                "Dolores Aranceta-Burdette",
                "said",
                "",
            )
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Taylor County Judge Rhonda Kingsmoor, who has led the county's defense committee since 2021, said the brigade brought about $240 million a year into the local economy.",
                "Rhonda Kingsmoor",
                "said",
                "W",
            ),
            (
                "She said she had asked for a meeting with the general in January, after hearing rumors of the move, and was told it was “premature.”",
                "Rhonda Kingsmoor",
                "said",
                "W",
            ),
            (
                "“I'd like to think we'd hear before the newspaper,” Kingsmoor said.",
                "Rhonda Kingsmoor",
                "said",
                "",
            ),
        ],
        [
            (
                "U.S. Rep. Calvin Dorsetta, R-Texas, whose district includes the post, said he had written to the secretary of the Army on April 12 asking for the memo.",
                "Calvin Dorsetta",
                "said",
                "W",
            ),
            (
                "He said he would oppose any move “with every tool I have.”",
                "Calvin Dorsetta",
                "said",
                "",
            ),
            (
                "He said the Army had spent $86 million on new hangars at Fort Pellingtree since 2023.",
                "Calvin Dorsetta",
                "said",
                "W",
            ),
        ],
        [
            (
                "A Defense Department spokesperson referred questions to the Army.",
                "A Defense Department spokesperson",
                "referred questions to the Army",
                "",
            )
        ],
        [
            (
                "Command Sgt. Maj. Lamar Cheekwood, the brigade's senior enlisted leader, told soldiers in a video posted on the brigade's Facebook page that 312 of them had bought homes in the county in the past three years.",
                "Lamar Cheekwood",
                "told soldiers in a video",
                "W",
            ),
            ("“I know what those mortgages mean,” he said.", "Lamar Cheekwood", "said", ""),
            (
                "“Ask your questions up the chain, and we will get you answers.”",
                "Lamar Cheekwood",
                "said",
                "",
            ),
        ],
        [
            (
                "“Half my customers on a Saturday are soldiers and their kids,” said Ramon Echavarría-Tolbert, a barber whose shop sits across from the post's main gate.",
                "Ramon Echavarría-Tolbert",
                "said",
                "W",
            ),
            ("“If they go, I go.”", "Ramon Echavarría-Tolbert", "said", ""),
        ],
        [
            (
                "Fort Pellingtree employs about 14,600 soldiers and 3,200 civilians, according to the Chamber of Commerce.",
                "the Chamber of Commerce",
                "according to",
                "W",
            )
        ],
        [
            (
                "The Alabama post's public affairs office declined to comment.",
                "The Alabama post's public affairs office",
                "declined to comment",
                "",
            )
        ],
        [("RELATED", "", "", "B")],
        [("City council approves $4.2 million for new fire station", "", "", "B")],
        [("Fort Pellingtree soldier killed in training crash identified", "", "", "B")],
        [
            ("Dale Hutchenreider covers the military for the Sentinel.", "", "", "B"),
            ("Reach him at 325-555-0187 or dhutch@taylorsentinel.com.", "", "", "B"),
        ],
        [
            ("Support local journalism.", "", "", "B"),
            ("Subscribe today for just 99¢ for the first month.", "", "", "B"),
        ],
        [("© 2027 Taylor County Sentinel.", "", "", "B"), ("All rights reserved.", "", "", "B")],
        [("Terms of Service | Privacy Policy | Do Not Sell My Personal Information", "", "", "B")],
    ],
    [
        [("KAAPSIG NEWS", "", "", "B")],
        [("Your Boland, your news", "", "", "B")],
        [("News    Courts    Municipal    Sport    Business    Leefstyl    Property", "", "", "B")],
        [("News / Courts", "", "", "B")],
        [("Court sets aside Drakenstein council's sale of Rosendal sports field", "", "", "W")],
        [("Marlize Breedeklip-Kemp", "", "", "B")],
        [("28 April 2027, 16:05", "", "", "B")],
        [("Share   WhatsApp   Facebook   X   Email", "", "", "B")],
        [
            (
                "Children play soccer on the Rosendal sports field in Paarl East on Tuesday.",
                "",
                "",
                "",
            )
        ],
        [("Photo: Kaapsig News/Ayanda Ntsebeza-Jooste", "", "", "B")],
        [
            (
                "The Western Cape High Court has set aside a decision by the Drakenstein municipal council to sell a public sports field in Paarl East to a property developer for R14.6 million.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "In her judgment, handed down on Tuesday, Judge Thandeka Mvelase-Nqakula said the council had failed to give residents the 21 days' notice the law required before public land was sold.",
                "Thandeka Mvelase-Nqakula",
                "said",
                "W",
            ),
            (
                "“A notice in a newspaper that few residents read, published over a long weekend, is not public participation,” she wrote.",
                "Thandeka Mvelase-Nqakula",
                "wrote",
                "",
            ),
            (
                "The judge also found that the council had not obtained an independent valuation of the land.",
                "Thandeka Mvelase-Nqakula",
                "found",
                "W",
            ),
        ],
        [
            (
                "The Rosendal Sports Forum, which brought the application, represents nine clubs and about 700 players, according to court papers.",
                "court papers",
                "according to",
                "W",
            )
        ],
        [
            (
                "Its counsel, Adv. Liesl van Eedenburg SC, argued at the hearing in February that the field was the only grassed pitch within five kilometres of the area's three high schools.",
                "Liesl van Eedenburg",
                "argued",
                "W",
            )
        ],
        [
            (
                "Adv. Sizwe Ngubenthombe, for the municipality, told the court the field was used for fewer than 10 matches a year and cost the municipality R380,000 a year to maintain.",
                "Sizwe Ngubenthombe",
                "told the court",
                "W",
            )
        ],
        [
            (
                "Drakenstein Municipality said in a statement on Tuesday that it had “noted” the judgment and would study it with its legal advisers.",
                "Drakenstein Municipality",
                "said in a statement",
                "W",
            ),
            (
                "“The council acted in good faith to raise revenue for housing,” the statement said.",
                "Drakenstein Municipality",
                "the statement said",
                "",
            ),
        ],
        [
            (
                "Executive Mayor Alderman Conrad Stuurman said the R14.6 million from the sale would have paid for water and sewer connections for 420 serviced housing plots in Mbekweni.",
                "Conrad Stuurman",
                "said",
                "W",
            ),
            (
                "Ald. Stuurman said he would ask the council to consider an appeal.",
                "Conrad Stuurman",
                "said",
                "",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "A councillor who asked not to be named said the mayoral committee had been warned in writing in 2025 that the notice period was too short.",
                "A councillor who asked not to be named",
                "said",
                "W",
            )
        ],
        [
            (
                "Ds. Wynand Rossouwenberg, minister of the Dutch Reformed congregation next to the field and chairperson of the forum, said the judgment was “a victory for every child in Paarl East”.",
                "Wynand Rossouwenberg",
                "said",
                "W",
            ),
            (
                "He said the forum had raised R212,000 from churches and businesses to pay its legal costs.",
                "Wynand Rossouwenberg",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We will invite the mayor to come and watch a match on Saturday,” Rossouwenberg said.",
                "Wynand Rossouwenberg",
                "said",
                "",
            ),
            ("“He has never been to one.”", "Wynand Rossouwenberg", "said", "W"),
        ],
        [
            (
                "The developer, Paarlberg Eiendomme (Pty) Ltd, declined to comment.",
                "Paarlberg Eiendomme (Pty) Ltd",
                "declined to comment",
                "",
            )
        ],
        [
            (
                "“My son has played here since he was six, and now he is in the under-17 side,” said Nomsa Dlabazana, a nurse who lives in Lantana Street.",
                "Nomsa Dlabazana",
                "said",
                "W",
            ),
            ("“Where must they go, onto the street?”", "Nomsa Dlabazana", "said", ""),
        ],
        [
            (
                "The municipality was ordered to pay the forum's costs, including the costs of two counsel.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The forum's attorney, Riaan van Rensvlei, said the forum would oppose any application for leave to appeal.",
                "Riaan van Rensvlei",
                "said",
                "",
            ),
            (
                "He said the municipality had 15 court days to apply.",
                "Riaan van Rensvlei",
                "said",
                "",
            ),
            (
                "“They have already spent R640,000 of ratepayers' money on this case,” he said.",
                "Riaan van Rensvlei",
                "said",
                "W",
            ),
        ],
        [("Read more", "", "", "B")],
        [("Paarl taxi rank upgrade delayed again", "", "", "B")],
        [("Wellington farmworkers win wage dispute", "", "", "B")],
        [
            ("Kaapsig News is published by Kaapsig Media (Pty) Ltd.", "", "", "B"),
            ("Reg. No. 2011/118344/07.", "", "", "B"),
        ],
        [("Kaapsig News subscribes to the Press Code.", "", "", "B")],
        [("© 2027 Kaapsig Media.", "", "", "B")],
        [("Contact | Advertise | Privacy | Complaints", "", "", "B")],
    ],
    [
        [("THE VAIGAI CHRONICLE", "", "", "B")],
        [("ePaper | Subscribe | Sign In", "", "", "B")],
        [("Home   India   Tamil Nadu   Madurai   Business   Sport   Opinion", "", "", "B")],
        [("Tamil Nadu / Madurai", "", "", "B")],
        [("HC stays eviction of 146 families from lake bed in Madurai", "", "", "W")],
        [("Staff Reporter", "", "", "B")],
        [("MADURAI, April 29, 2027 22:41 IST", "", "", "B")],
        [("Updated - April 30, 2027 07:15 IST", "", "", "B")],
        [("Share  Facebook  X  WhatsApp  Email", "", "", "B")],
        [
            (
                "Houses on the edge of the lake bed at Kalaiyar Nagar in Madurai on Thursday.",
                "",
                "",
                "",
            )
        ],
        [("Photo: G. Moorthy Rajan", "", "", "B")],
        [
            (
                "The Madurai Bench of the Madras High Court on Thursday stayed till June 10 the eviction of 146 families living on the bed of a lake in Kalaiyar Nagar.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Justice R. Sundaravalli observed that the families had not been offered alternative housing, as required by a 2021 Government Order, before notices were served on them.",
                "R. Sundaravalli",
                "observed",
                "W",
            ),
            (
                "“Eviction cannot precede rehabilitation,” the judge observed.",
                "R. Sundaravalli",
                "observed",
                "",
            ),
        ],
        [
            (
                "According to the petition, filed by the Kalaiyar Nagar Residents' Welfare Association, the families have lived on the site since 1987 and hold ration cards and electricity connections at those addresses.",
                "the petition",
                "according to",
                "W",
            )
        ],
        [
            (
                "Senior counsel S. Nandhini Devi, appearing for the petitioners, submitted that the notices gave the families only seven days to leave.",
                "S. Nandhini Devi",
                "submitted",
                "W",
            ),
            (
                "She said 38 of the families had children who were to write their Class 10 and 12 examinations.",
                "S. Nandhini Devi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Additional Advocate General P. Arivudainambi submitted that the lake had shrunk from 61 acres to 34 acres since 1990 and that the encroachments blocked the inflow channel.",
                "P. Arivudainambi",
                "submitted",
                "W",
            ),
            (
                "He said the State would file a detailed counter-affidavit.",
                "P. Arivudainambi",
                "said",
                "",
            ),
        ],
        [
            (
                "The Water Resources Department (WRD) said in a statement that it had identified 1,212 encroachments on 17 water bodies in Madurai district.",
                "The Water Resources Department",
                "said in a statement",
                "W",
            ),
            (
                "The removal of encroachments would continue “in accordance with law”, the statement said.",
                "The Water Resources Department",
                "the statement said",
                "",
            ),
        ],
        [("Also Read | Madurai Corporation to desilt 42 tanks before monsoon", "", "", "B")],
        [
            (
                "District Collector K. Ilamparithi said 180 flats at a housing board scheme at Thoppur had been set aside for the families.",
                "K. Ilamparithi",
                "said",
                "W",
            ),
            (
                "He said the families could move in as soon as the flats were allotted.",
                "K. Ilamparithi",
                "said",
                "",
            ),
        ],
        [
            (
                "A senior Revenue official, who did not wish to be identified, said only 96 of the flats had water connections.",
                "A senior Revenue official",
                "said",
                "W",
            )
        ],
        [
            (
                "Asked about the official's remark, Mr. Ilamparithi said water connections for the remaining flats would be given within a month.",
                "K. Ilamparithi",
                "said",
                "",
            )
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "“I came here as a bride in 1989, and all four of my children were born in this house,” said M. Pechiammal, 62, who sells flowers near the Meenakshi Amman temple.",
                "M. Pechiammal",
                "said",
                "W",
            ),
            ("“Thoppur is 14 km away.", "M. Pechiammal", "said", ""),
            (
                "How will I come to the temple every morning with my flowers?”",
                "M. Pechiammal",
                "said",
                "",
            ),
        ],
        [
            (
                "V. Selvakumar, secretary of the association, said that the families were not against the lake being restored.",
                "V. Selvakumar",
                "said",
                "W",
            ),
            (
                "“Let them give us houses nearby, and we will go ourselves,” he said.",
                "V. Selvakumar",
                "said",
                "",
            ),
        ],
        [
            (
                "The Madurai Corporation did not respond to queries on whether the Thoppur flats had been handed over to it.",
                "The Madurai Corporation",
                "did not respond to queries",
                "",
            )
        ],
        [("The case has been posted for hearing on June 10.", "", "", "")],
        [("Published - April 29, 2027 10:41 pm IST", "", "", "B")],
        [("Related Topics", "", "", "B")],
        [("Madurai / judiciary (system of justice) / housing / lakes", "", "", "B")],
        [("COMMENTS", "", "", "B")],
        [
            ("Comments have to be in English, and in full sentences.", "", "", "B"),
            ("They cannot be abusive or personal.", "", "", "B"),
        ],
        [("© The Vaigai Chronicle Pvt. Ltd.", "", "", "B"), ("All rights reserved.", "", "", "B")],
        [("Terms of Use | Privacy Policy | Contact Us", "", "", "B")],
    ],
    [
        [("THE TRACADIE LANTERN", "", "", "B")],
        [("Serving the Acadian Peninsula since 1961", "", "", "B")],
        [("Sign in | Subscribe", "", "", "B")],
        [("Local News   Fisheries   Sports   Obituaries   Opinion   Events", "", "", "B")],
        [("Fisheries", "", "", "B")],
        [
            (
                "Southern Gulf snow crab quota cut by 38 per cent, DFO says",
                "Fisheries and Oceans Canada",
                "says",
                "W",
            )
        ],
        [("Geneviève Godinville-Lanoue", "", "", "B")],
        [("Published Apr 30, 2027 • Last updated May 01, 2027 • 4 minute read", "", "", "B")],
        [("Share   Facebook   X   Email", "", "", "B")],
        [
            (
                "Crab traps stacked on the wharf at Caraquet, N.B., on Thursday, days before the season was due to open.",
                "",
                "",
                "",
            )
        ],
        [("PHOTO BY GENEVIÈVE GODINVILLE-LANOUE /The Tracadie Lantern", "", "", "B")],
        [
            (
                "CARAQUET, N.B. — The total allowable catch of snow crab in the southern Gulf of St. Lawrence will be 19,400 tonnes this year, down from 31,300 tonnes in 2026, Fisheries and Oceans Canada said in a statement Thursday.",
                "Fisheries and Oceans Canada",
                "said in a statement",
                "W",
            ),
            (
                "The cut follows a drop of 41 per cent in the number of commercial-size males found in last fall's trawl survey, the department said.",
                "the department",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to the department's 2027 stock assessment, the stock is now in the cautious zone for the first time since 2010.",
                "the department's 2027 stock assessment",
                "according to",
                "W",
            ),
            (
                "The assessment notes that bottom water temperatures in the area were the warmest on record last summer.",
                "The assessment",
                "notes",
                "W",
            ),
        ],
        [
            (
                "New Brunswick Fisheries Minister Marie-Claude de Grandpré-Poirierre said the cut would take about $160 million out of the province's economy this year.",
                "Marie-Claude de Grandpré-Poirierre",
                "said",
                "W",
            ),
            (
                "“This is a hard day for the peninsula,” de Grandpré-Poirierre said.",
                "Marie-Claude de Grandpré-Poirierre",
                "said",
                "",
            ),
            (
                "She said the province would ask Ottawa for emergency help for plant workers.",
                "Marie-Claude de Grandpré-Poirierre",
                "said",
                "",
            ),
        ],
        [
            (
                "Réjean Gauvin-Mallais, who has fished crab out of Lamèque for 33 years and is president of the Association des crabiers de la Baie, said his 110 members had expected a cut of about 20 per cent.",
                "Réjean Gauvin-Mallais",
                "said",
                "W",
            ),
            (
                "“We took every one of our plants and crews through a 20 per cent plan,” he said.",
                "Réjean Gauvin-Mallais",
                "said",
                "W",
            ),
        ],
        [
            ("“Thirty-eight is another story.", "Réjean Gauvin-Mallais", "said", "W"),
            ("Some boats will not go out at all.”", "Réjean Gauvin-Mallais", "said", ""),
            (
                "Gauvin-Mallais said he would meet the minister in Fredericton on Monday.",
                "Réjean Gauvin-Mallais",
                "said",
                "",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [("Story continues below", "", "", "B")],
        [
            (
                "Chief Darlene Paul-Augustine of Esgenoôpetitj First Nation said the community's 14 crab licences supported about 90 jobs.",
                "Darlene Paul-Augustine",
                "said",
                "W",
            ),
            (
                "She said the community had not been consulted before the decision, and called the process “a box-ticking exercise.”",
                "Darlene Paul-Augustine",
                "said",
                "W",
            ),
            (
                "The minister said Thursday that she had spoken to the chief by phone on Wednesday night.",
                "Marie-Claude de Grandpré-Poirierre",
                "said",
                "W",
            ),
            (
                "Paul-Augustine said a phone call was not consultation.",
                "Darlene Paul-Augustine",
                "said",
                "",
            ),
        ],
        [
            (
                "A senior official with the department, who was not authorized to speak publicly, said the science advisers had recommended a quota of 17,000 tonnes.",
                "a senior official with the department",
                "said",
                "W",
            )
        ],
        [
            (
                "A spokesperson for the federal minister declined to comment on the advice, saying the decision “speaks for itself.”",
                "A spokesperson for the federal minister",
                "declined to comment",
                "",
            )
        ],
        [
            (
                "“I had 16 weeks at the plant last year,” said Yvonne MacEachreny, a crab processor in Shippagan.",
                "Yvonne MacEachreny",
                "said",
                "W",
            ),
            ("“With this, I won't get my hours for EI.”", "Yvonne MacEachreny", "said", ""),
        ],
        [("The season in the southern Gulf is scheduled to open on May 4.", "", "", "")],
        [("RELATED", "", "", "B")],
        [("Lobster prices open at $7.25 a pound on the Northumberland Strait", "", "", "B")],
        [("Shippagan plant to hire 60 temporary foreign workers", "", "", "B")],
        [("Comments", "", "", "B")],
        [
            ("Join the conversation.", "", "", "B"),
            ("Comments are open to subscribers and are moderated before they appear.", "", "", "B"),
        ],
        [("© 2027 Tracadie Lantern Inc.", "", "", "B"), ("All rights reserved.", "", "", "B")],
        [("Terms of Use | Privacy Policy | Accessibility | Contact", "", "", "B")],
    ],
    [
        [("MERRIGONG REVIEW", "", "", "B")],
        [
            (
                "Markets: ASX 200 8,412.6 ▲0.4%   AUD/USD 0.6731   Iron ore US$98.40/t   Gold US$3,188/oz",
                "",
                "",
                "B",
            )
        ],
        [("Companies | Markets | Mining | Energy | Property | Policy | Opinion", "", "", "B")],
        [("Mining › Lithium", "", "", "B")],
        [
            (
                "Yalgara Lithium rejects $1.9b bid as ‘opportunistic’, chair says",
                "Fiona McElderry-Brandstater",
                "says",
                "W",
            )
        ],
        [("Analysts say a higher offer is likely within weeks", "Analysts", "say", "")],
        [("Tobias Penllyn-Lowe", "", "", "B")],
        [("Resources reporter", "", "", "B")],
        [("May 3, 2027 – 11.48am", "", "", "B")],
        [("Save   Share   Gift this article", "", "", "B")],
        [
            (
                "Perth-based Yalgara Lithium has rejected an unsolicited $1.9 billion takeover offer from a consortium led by Chilean producer Minera Cordón Sur, the company told the ASX on Monday.",
                "the company",
                "told the ASX",
                "W",
            ),
            (
                "The cash offer of $2.35 a share was 31 per cent above Friday's closing price, Yalgara said.",
                "Yalgara Lithium",
                "said",
                "W",
            ),
        ],
        [
            (
                "Chair Fiona McElderry-Brandstater said the board had been advised by Yarramundi Partners that the offer “materially undervalues” the company's Mount Gorrigan project.",
                "Fiona McElderry-Brandstater",
                "said",
                "W",
            ),
            (
                "“It is opportunistic, and it comes at the bottom of the lithium price cycle,” she said.",
                "Fiona McElderry-Brandstater",
                "said",
                "",
            ),
        ],
        [
            (
                "Managing director Dr Catriona MacCrorie AM, who founded the company in 2016 after 12 years as a geologist in the Pilbara, said Mount Gorrigan had produced 212,000 tonnes of spodumene concentrate in the year to March.",
                "Catriona MacCrorie",
                "said",
                "W",
            ),
            (
                "She said the company would keep talking to the consortium but would not open its books for less than a “full and fair” price.",
                "Catriona MacCrorie",
                "said",
                "",
            ),
            (
                "Ms McElderry-Brandstater said later that the board had met twice over the weekend.",
                "Fiona McElderry-Brandstater",
                "said",
                "W",
            ),
        ],
        [
            (
                "The consortium first approached Yalgara's board in February with an offer of $2.10 a share, people familiar with the matter said.",
                "people familiar with the matter",
                "said",
                "W",
            ),
            (
                "One of the people said it was likely to return with a higher bid before the end of the month.",
                "One of the people",
                "said",
                "",
            ),
        ],
        [
            (
                "Minera Cordón Sur said in a statement that its offer was “full and compelling” and had the backing of two of Yalgara's top five shareholders.",
                "Minera Cordón Sur",
                "said in a statement",
                "W",
            ),
            ("It declined to comment further.", "Minera Cordón Sur", "declined to comment", ""),
        ],
        [
            (
                "Minera Cordón Sur, which is 40 per cent owned by a Chilean state pension fund, produced 94,000 tonnes of lithium carbonate last year, according to its website.",
                "its website",
                "according to",
                "W",
            )
        ],
        [
            (
                "Yalgara's largest shareholder, Tarwonga Holdings, which owns 14.2 per cent of the company, said it had received the offer letter on Friday.",
                "Tarwonga Holdings",
                "said",
                "W",
            ),
            ("It said it had not decided whether to accept.", "Tarwonga Holdings", "said", ""),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Yalgara has $412 million of cash and no debt, according to its 2026 annual report.",
                "Yalgara's 2026 annual report",
                "according to",
                "W",
            ),
            (
                "The report shows the Mount Gorrigan mine's costs fell 18 per cent last year, to $612 a tonne.",
                "The report",
                "shows",
                "W",
            ),
        ],
        [
            (
                "“The board has played this well, and I would expect a number starting with a 2.6 before this is over,” said Hamish MacPherson-Gillespey, a resources analyst at Quarrion Securities.",
                "Hamish MacPherson-Gillespey",
                "said",
                "",
            )
        ],
        [
            (
                "Another analyst, Mei-Ling Lendrick of Ardlethan Capital, wrote in a note that the offer valued the company at 9.4 times next year's earnings, against an average of 12 times for recent lithium deals.",
                "Mei-Ling Lendrick",
                "wrote",
                "W",
            ),
            (
                "She said a bidding war was unlikely because few other buyers could fund a deal this size.",
                "Mei-Ling Lendrick",
                "said",
                "",
            ),
        ],
        [
            (
                "Yalgara shares jumped 27 per cent to $2.28 on Monday, the most since the company listed in 2019.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The Foreign Investment Review Board, which would have to approve any deal, declined to comment.",
                "The Foreign Investment Review Board",
                "declined to comment",
                "",
            )
        ],
        [("Read more", "", "", "B")],
        [("Lithium price rebound ‘at least a year away’, says miner", "", "", "B")],
        [("Pilbara iron ore exports hit record in March", "", "", "B")],
        [("License this article", "", "", "B")],
        [
            ("Tobias Penllyn-Lowe covers mining and energy from Perth.", "", "", "B"),
            ("Connect via X or email.", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Merrigong Media Pty Ltd.", "", "", "B"),
            ("ABN 41 604 118 227.", "", "", "B"),
        ],
        [("Privacy | Terms of use | Contact | Advertise", "", "", "B")],
    ],
    [
        [("THE VANUA POST", "", "", "B")],
        [("Fiji's morning paper online", "", "", "B")],
        [("Home | Fiji | Pacific | Business | Sports | Viti Vibes | Opinion", "", "", "B")],
        [("Fiji › Northern", "", "", "B")],
        [
            (
                "Nabuliwaqa village to move uphill by Christmas, says Turaga ni Koro",
                "Sevanaia Vosabalavu",
                "says",
                "",
            )
        ],
        [("By Losana Qalovakarua", "", "", "B")],
        [("Sunday, May 2, 2027 – 6:30am", "", "", "B")],
        [("Share   Facebook   WhatsApp   Email", "", "", "B")],
        [
            (
                "Seawater floods the village green at Nabuliwaqa, Cakaudrove, during a king tide in February.",
                "",
                "",
                "",
            )
        ],
        [("Picture: SUPPLIED", "", "", "B")],
        [
            (
                "The 41 households of Nabuliwaqa village in Cakaudrove will move to a new site 800 metres inland by December, the village headman, Ratu Sevanaia Vosabalavu, said yesterday.",
                "Sevanaia Vosabalavu",
                "said",
                "W",
            ),
            (
                "Ratu Sevanaia said the sea had taken about 30 metres of the village's foreshore since 2000 and had flooded homes five times in the past two years.",
                "Sevanaia Vosabalavu",
                "said",
                "W",
            ),
            (
                "“We have buried our fathers here, so this is not an easy thing,” he said.",
                "Sevanaia Vosabalavu",
                "said",
                "",
            ),
        ],
        [
            (
                "“But we want our children to sleep without listening for the tide.”",
                "Sevanaia Vosabalavu",
                "said",
                "",
            )
        ],
        [
            (
                "The Ministry of Rural and Maritime Development said in a statement that the relocation would cost $6.8 million, of which $4.2m would come from a climate relocation trust fund.",
                "The Ministry of Rural and Maritime Development",
                "said in a statement",
                "W",
            ),
            (
                "Soldiers of the RFMF Engineers Regiment would build the first 20 houses, the statement said.",
                "The Ministry of Rural and Maritime Development",
                "the statement said",
                "W",
            ),
        ],
        [
            (
                "Lieutenant Colonel Apenisa Tuinasavu, who commands the engineers, said his soldiers had cleared the new site and laid a water line from a spring above it.",
                "Apenisa Tuinasavu",
                "said",
                "W",
            ),
            ("He said the first houses would be ready by August.", "Apenisa Tuinasavu", "said", ""),
        ],
        [
            (
                "Lt Col Tuinasavu said he had met the villagers twice, and Ratu Sevanaia had asked him to build the church first.",
                "Apenisa Tuinasavu",
                "said",
                "W",
            ),
            (
                "He said he had told the colonel the church would be built by the villagers themselves, Ratu Sevanaia said.",
                "Sevanaia Vosabalavu",
                "said",
                "W",
            ),
        ],
        [
            (
                "Adi Litia Rokotuiwai, the women's leader of the village, said the women wanted the new houses to have kitchens inside, not in separate sheds.",
                "Litia Rokotuiwai",
                "said",
                "",
            ),
            (
                "She said 17 of the households were headed by women.",
                "Litia Rokotuiwai",
                "said",
                "W",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Nabuliwaqa is one of 42 villages in Fiji that need to move in the next decade, according to a 2026 vulnerability assessment by the ministry.",
                "a 2026 vulnerability assessment by the ministry",
                "according to",
                "W",
            ),
            ("The assessment lists six of them in Cakaudrove.", "The assessment", "lists", "W"),
        ],
        [
            (
                "A government official who asked not to be named said the trust fund had $11.3m left after this project.",
                "A government official who asked not to be named",
                "said",
                "W",
            )
        ],
        [
            (
                "Talatala Tevita Lomaloma, the Methodist minister who serves Nabuliwaqa and three other villages, said the move was “a sad day and a hopeful day”.",
                "Tevita Lomaloma",
                "said",
                "",
            ),
            (
                "He said the old church, built in 1911, would stay standing.",
                "Tevita Lomaloma",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Commissioner Northern, Mr Joeli Baleinasau, said the government would also pay for a two-classroom school block at the new site.",
                "Joeli Baleinasau",
                "said",
                "",
            ),
            ("He said tenders would close on May 21.", "Joeli Baleinasau", "said", ""),
        ],
        [
            (
                "“My house has been flooded three times since I got married,” said Mereseini Tagicakibau, 34, a mother of four.",
                "Mereseini Tagicakibau",
                "said",
                "W",
            ),
            ("“I will be the first one up the hill.”", "Mereseini Tagicakibau", "said", ""),
        ],
        [
            (
                "The Fiji Roads Authority declined to comment on when the access road to the new site would be sealed.",
                "The Fiji Roads Authority",
                "declined to comment",
                "",
            )
        ],
        [("A reconciliation ceremony with the landowning clan is planned for June.", "", "", "")],
        [("Related", "", "", "B")],
        [("Vunidawa school gets new classrooms after cyclone", "", "", "B")],
        [("Sugar cane harvest to start in Labasa on May 24", "", "", "B")],
        [("Subscribe to the Vanua Post for $4.50 a week.", "", "", "B")],
        [
            ("Copyright © 2027 Vanua Post Limited.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("About | Contact | Advertise | Privacy", "", "", "B")],
    ],
]

CASES = [
    (
        "n123-ke-eng-md",
        "Managing director Eng. Samuel Kiprono Mwaringa told the Post the board had approved the increase in January and written to the regulator on February 3. He said the company's electricity bill had risen from Sh9.2 million a month in 2024 to Sh14.8 million this year.",
        [
            "Managing director Eng. Samuel Kiprono Mwaringa told the Post the board had approved the increase in January and written to the regulator on February 3.",
            "He said the company's electricity bill had risen from Sh9.2 million a month in 2024 to Sh14.8 million this year.",
        ],
    ),
    (
        "n123-ke-her-remarks-chain",
        "Mr Mwaringa, asked about her remarks, said both county directors had attended the January meeting. Dr Kipsigak said one of them had left before the vote. She said the county had written to the regulator itself on April 9 asking it to intervene.",
        [
            "Mr Mwaringa, asked about her remarks, said both county directors had attended the January meeting.",
            "Dr Kipsigak said one of them had left before the vote.",
            "She said the county had written to the regulator itself on April 9 asking it to intervene.",
        ],
    ),
    (
        "n123-ke-hon-three-speakers",
        "Kaptembwo MCA Hon. Moses Tuitoeki said his office had received more than 300 complaints since March. Residents who spoke to the Post said monthly bills had doubled. “I used to pay Sh1,400 for the month, now it is Sh2,900,” said Grace Atieno, a mother of three who sells vegetables at the Top Market.",
        [
            "Kaptembwo MCA Hon. Moses Tuitoeki said his office had received more than 300 complaints since March.",
            "Residents who spoke to the Post said monthly bills had doubled.",
            "“I used to pay Sh1,400 for the month, now it is Sh2,900,” said Grace Atieno, a mother of three who sells vegetables at the Top Market.",
        ],
    ),
    (
        "n123-ke-question-quote",
        "“Who approved it? Nobody in that office can tell us.”",
        ["“Who approved it?", "Nobody in that office can tell us.”"],
    ),
    (
        "n123-nl-de-van-particles",
        "Opposition board member Ilse de Wintervoort, of the farmers' list Boer en Kwelderland, said the board had known about the costs since 2024 and kept them out of the election campaign. “Voters were told 4%,” De Wintervoort said. Van Oudelaan rejected that, saying the 2024 estimate did not yet include the rise in construction prices.",
        [
            "Opposition board member Ilse de Wintervoort, of the farmers' list Boer en Kwelderland, said the board had known about the costs since 2024 and kept them out of the election campaign.",
            "“Voters were told 4%,” De Wintervoort said.",
            "Van Oudelaan rejected that, saying the 2024 estimate did not yet include the rise in construction prices.",
        ],
    ),
    (
        "n123-nl-ter-van-chain",
        "Ter Haaksma said he had asked Van Oudelaan at a meeting in Holwerd in March whether farmers could pay in instalments. He said the chairman had promised to look into it. Van Oudelaan said on Tuesday that instalments would be possible from 2028.",
        [
            "Ter Haaksma said he had asked Van Oudelaan at a meeting in Holwerd in March whether farmers could pay in instalments.",
            "He said the chairman had promised to look into it.",
            "Van Oudelaan said on Tuesday that instalments would be possible from 2028.",
        ],
    ),
    (
        "n123-nl-bv-rights",
        "© 2027 Wierdenpost B.V. All rights reserved.",
        ["© 2027 Wierdenpost B.V.", "All rights reserved."],
    ),
    (
        "n123-om-he-eng-al",
        "HE Eng. Hamad bin Salim al-Burwani, Undersecretary for Fisheries at the ministry, said catches of kingfish by traditional fishermen in Al Wusta and South Sharqiyah had risen by 27 per cent since the ban began. “The sea floor needs more time,” Al-Burwani said. “Two years is what our scientists asked for, and two years is what we are giving them.”",
        [
            "HE Eng. Hamad bin Salim al-Burwani, Undersecretary for Fisheries at the ministry, said catches of kingfish by traditional fishermen in Al Wusta and South Sharqiyah had risen by 27 per cent since the ban began.",
            "“The sea floor needs more time,” Al-Burwani said.",
            "“Two years is what our scientists asked for, and two years is what we are giving them.”",
        ],
    ),
    (
        "n123-om-nested-report",
        "Al-Ghanbouri said he had met the Undersecretary in February. He told the committee then that a permanent ban would need a royal decree, Al-Ghanbouri said.",
        [
            "Al-Ghanbouri said he had met the Undersecretary in February.",
            "He told the committee then that a permanent ban would need a royal decree, Al-Ghanbouri said.",
        ],
    ),
    (
        "n123-om-ro-officials",
        "Officials at the ministry who asked not to be named said three trawling companies had asked for compensation, and that the claims were being reviewed by a committee. One official said the claims together came to more than RO 9 million.",
        [
            "Officials at the ministry who asked not to be named said three trawling companies had asked for compensation, and that the claims were being reviewed by a committee.",
            "One official said the claims together came to more than RO 9 million.",
        ],
    ),
    (
        "n123-my-datuk-seri-told",
        "GEORGE TOWN: All earthworks on a hillside housing project in Paya Terubong have been stopped after part of a cut slope collapsed on Tuesday night, state local government committee chairman Datuk Seri Dr Ahmad Faizal bin Mohd Kamaruzaman said today. Ahmad Faizal said about 600 cubic metres of earth had slid onto a service road, and nobody was hurt. “The stop-work order stays until an independent engineer tells us the slope is safe,” he told reporters after visiting the site.",
        [
            "GEORGE TOWN: All earthworks on a hillside housing project in Paya Terubong have been stopped after part of a cut slope collapsed on Tuesday night, state local government committee chairman Datuk Seri Dr Ahmad Faizal bin Mohd Kamaruzaman said today.",
            "Ahmad Faizal said about 600 cubic metres of earth had slid onto a service road, and nobody was hurt.",
            "“The stop-work order stays until an independent engineer tells us the slope is safe,” he told reporters after visiting the site.",
        ],
    ),
    (
        "n123-my-initial-speaker",
        "“I heard it go at about 11 o'clock, like a lorry tipping stones,” said S. Kalaiselvi, 58, a retired teacher whose house is the closest to the slope. “My grandchildren cannot sleep now when it rains.”",
        [
            "“I heard it go at about 11 o'clock, like a lorry tipping stones,” said S. Kalaiselvi, 58, a retired teacher whose house is the closest to the slope.",
            "“My grandchildren cannot sleep now when it rains.”",
        ],
    ),
    (
        "n123-my-two-women-surnames",
        "Ooi said the association would ask for a public hearing. Kalaiselvi said she would join it.",
        [
            "Ooi said the association would ask for a public hearing.",
            "Kalaiselvi said she would join it.",
        ],
    ),
    (
        "n123-gh-togbe-quote-run",
        "He said the lease had been signed in Accra in January by two sub-chiefs who had no authority over the lagoon. “This lagoon has fed our grandmothers and it will feed our grandchildren,” he said. “We will not give it up to anybody.”",
        [
            "He said the lease had been signed in Accra in January by two sub-chiefs who had no authority over the lagoon.",
            "“This lagoon has fed our grandmothers and it will feed our grandchildren,” he said.",
            "“We will not give it up to anybody.”",
        ],
    ),
    (
        "n123-gh-dsp-appeal",
        "The Volta Regional Police Public Relations Officer, DSP Mawuli Amedume, said police had been deployed to Avedzi after youth blocked the road to the lagoon with tyres on Thursday. He said no arrests had been made. “We are appealing to both sides to exercise restraint,” he said.",
        [
            "The Volta Regional Police Public Relations Officer, DSP Mawuli Amedume, said police had been deployed to Avedzi after youth blocked the road to the lagoon with tyres on Thursday.",
            "He said no arrests had been made.",
            "“We are appealing to both sides to exercise restraint,” he said.",
        ],
    ),
    (
        "n123-gh-reply-required",
        "Your email address will not be published. Required fields are marked *",
        ["Your email address will not be published.", "Required fields are marked *"],
    ),
    (
        "n123-en-canon-quote",
        "Canon Thornycroft-Tresilian said the minster had 62,000 visitors last year but took only £9,300 in donations. “Nobody wanted to do this,” she said. “But a building this size does not heat itself, and the roof does not mend itself.”",
        [
            "Canon Thornycroft-Tresilian said the minster had 62,000 visitors last year but took only £9,300 in donations.",
            "“Nobody wanted to do this,” she said.",
            "“But a building this size does not heat itself, and the roof does not mend itself.”",
        ],
    ),
    (
        "n123-en-quote-added",
        "“We have spent £186,000 on the north aisle roof since 2022. There is another £430,000 of work on the quinquennial inspection that cannot wait,” she added.",
        [
            "“We have spent £186,000 on the north aisle roof since 2022.",
            "There is another £430,000 of work on the quinquennial inspection that cannot wait,” she added.",
        ],
    ),
    (
        "n123-en-said-his-wife",
        "“Eight pounds seems a lot for a church, but I'd pay it for this one,” said Fergus MacAuliffe, 71, who was visiting from Perth with his wife on Friday. “We'll light a candle and go, I think,” said his wife, Ishbel.",
        [
            "“Eight pounds seems a lot for a church, but I'd pay it for this one,” said Fergus MacAuliffe, 71, who was visiting from Perth with his wife on Friday.",
            "“We'll light a candle and go, I think,” said his wife, Ishbel.",
        ],
    ),
    (
        "n123-us-memo-feb",
        "The move would save about $310 million over 10 years by combining two aviation training sites, according to a memo obtained by the Sentinel. The memo, dated Feb. 9, says the Alabama post already has hangar space for 70 aircraft.",
        [
            "The move would save about $310 million over 10 years by combining two aviation training sites, according to a memo obtained by the Sentinel.",
            "The memo, dated Feb. 9, says the Alabama post already has hangar space for 70 aircraft.",
        ],
    ),
    (
        "n123-us-rep-r-texas",
        "U.S. Rep. Calvin Dorsetta, R-Texas, whose district includes the post, said he had written to the secretary of the Army on April 12 asking for the memo. He said he would oppose any move “with every tool I have.” He said the Army had spent $86 million on new hangars at Fort Pellingtree since 2023.",
        [
            "U.S. Rep. Calvin Dorsetta, R-Texas, whose district includes the post, said he had written to the secretary of the Army on April 12 asking for the memo.",
            "He said he would oppose any move “with every tool I have.”",
            "He said the Army had spent $86 million on new hangars at Fort Pellingtree since 2023.",
        ],
    ),
    (
        "n123-us-maj-gen",
        "Maj. Gen. Dolores Aranceta-Burdette, Fort Pellingtree's commanding general, said at a town hall on post Tuesday night that she had “no announcement to make today.” “What I can tell you is that Fort Pellingtree is not closing, and nobody is leaving this year,” she said.",
        [
            "Maj. Gen. Dolores Aranceta-Burdette, Fort Pellingtree's commanding general, said at a town hall on post Tuesday night that she had “no announcement to make today.”",
            "“What I can tell you is that Fort Pellingtree is not closing, and nobody is leaving this year,” she said.",
        ],
    ),
    (
        "n123-za-ald-mayor",
        "Executive Mayor Alderman Conrad Stuurman said the R14.6 million from the sale would have paid for water and sewer connections for 420 serviced housing plots in Mbekweni. Ald. Stuurman said he would ask the council to consider an appeal.",
        [
            "Executive Mayor Alderman Conrad Stuurman said the R14.6 million from the sale would have paid for water and sewer connections for 420 serviced housing plots in Mbekweni.",
            "Ald. Stuurman said he would ask the council to consider an appeal.",
        ],
    ),
    (
        "n123-za-pty-reg-no",
        "Kaapsig News is published by Kaapsig Media (Pty) Ltd. Reg. No. 2011/118344/07.",
        ["Kaapsig News is published by Kaapsig Media (Pty) Ltd.", "Reg. No. 2011/118344/07."],
    ),
    (
        "n123-in-initial-km",
        "“I came here as a bride in 1989, and all four of my children were born in this house,” said M. Pechiammal, 62, who sells flowers near the Meenakshi Amman temple. “Thoppur is 14 km away. How will I come to the temple every morning with my flowers?”",
        [
            "“I came here as a bride in 1989, and all four of my children were born in this house,” said M. Pechiammal, 62, who sells flowers near the Meenakshi Amman temple.",
            "“Thoppur is 14 km away.",
            "How will I come to the temple every morning with my flowers?”",
        ],
    ),
    (
        "n123-in-pvt-ltd",
        "© The Vaigai Chronicle Pvt. Ltd. All rights reserved.",
        ["© The Vaigai Chronicle Pvt. Ltd.", "All rights reserved."],
    ),
    (
        "n123-ca-nb-st-lawrence",
        "CARAQUET, N.B. — The total allowable catch of snow crab in the southern Gulf of St. Lawrence will be 19,400 tonnes this year, down from 31,300 tonnes in 2026, Fisheries and Oceans Canada said in a statement Thursday. The cut follows a drop of 41 per cent in the number of commercial-size males found in last fall's trawl survey, the department said.",
        [
            "CARAQUET, N.B. — The total allowable catch of snow crab in the southern Gulf of St. Lawrence will be 19,400 tonnes this year, down from 31,300 tonnes in 2026, Fisheries and Oceans Canada said in a statement Thursday.",
            "The cut follows a drop of 41 per cent in the number of commercial-size males found in last fall's trawl survey, the department said.",
        ],
    ),
    (
        "n123-ca-quote-then-surname",
        "“Thirty-eight is another story. Some boats will not go out at all.” Gauvin-Mallais said he would meet the minister in Fredericton on Monday.",
        [
            "“Thirty-eight is another story.",
            "Some boats will not go out at all.”",
            "Gauvin-Mallais said he would meet the minister in Fredericton on Monday.",
        ],
    ),
    (
        "n123-au-dr-am",
        "Managing director Dr Catriona MacCrorie AM, who founded the company in 2016 after 12 years as a geologist in the Pilbara, said Mount Gorrigan had produced 212,000 tonnes of spodumene concentrate in the year to March. She said the company would keep talking to the consortium but would not open its books for less than a “full and fair” price. Ms McElderry-Brandstater said later that the board had met twice over the weekend.",
        [
            "Managing director Dr Catriona MacCrorie AM, who founded the company in 2016 after 12 years as a geologist in the Pilbara, said Mount Gorrigan had produced 212,000 tonnes of spodumene concentrate in the year to March.",
            "She said the company would keep talking to the consortium but would not open its books for less than a “full and fair” price.",
            "Ms McElderry-Brandstater said later that the board had met twice over the weekend.",
        ],
    ),
    (
        "n123-fj-lt-col-ratu",
        "Lt Col Tuinasavu said he had met the villagers twice, and Ratu Sevanaia had asked him to build the church first. He said he had told the colonel the church would be built by the villagers themselves, Ratu Sevanaia said.",
        [
            "Lt Col Tuinasavu said he had met the villagers twice, and Ratu Sevanaia had asked him to build the church first.",
            "He said he had told the colonel the church would be built by the villagers themselves, Ratu Sevanaia said.",
        ],
    ),
]
