"""Ninety-eighth set of new hand-labelled pages for the hint engines (tuning set, round forty-two):
twelve WHOLE pages, head to tail, of news from twelve countries (Ghana, Scotland, South Africa,
England, Malaysia, Canada (British Columbia), Australia (Western Australia), the United States
(Ohio), India, Nigeria, Ireland and Sri Lanka), dense with HARD SPEAKERS, one kind of page each: a
PRESS CONFERENCE at which four men of the same sector speak in turn (Ghana), a PARLIAMENTARY DEBATE
(Scotland), a COURT HEARING with counsel and witnesses (South Africa), an INQUEST (England), a Q&A
INTERVIEW with name prefixes (Malaysia), a LIVE BLOG whose entries quote different people (Canada),
a SPORTS PRESS CONFERENCE with four men taking turns (Australia), a story whose speakers are NAMED
ONLY AFTER THEIR QUOTES (United States), a story told through UNNAMED OFFICIALS and sources (India),
a STATEMENT READ OUT BY ONE PERSON ON BEHALF OF ANOTHER (Nigeria), QUOTES RUNNING OVER SEVERAL
PARAGRAPHS (Ireland) and a family feud in which FOUR PEOPLE SHARE A SURNAME (Sri Lanka). Hard cases
throughout: "he" after several men at one table; a role in the lead ("the hospital's president
said", "A former procurement clerk ... testified") resolved to the person named later; names after
the quote; nested quotes ("He said to me: ‘...’" inside a witness's quote); colon quotes ("cut in:",
"interjected:", "told the family:", "joked:"); one person starting to answer while another speaks
("... began to answer before the chairman interjected:"); shared surnames (a mother and her son's
uncle at an inquest, a sister and brother, a mother and daughter, two brothers, a mother, two sons
and a cousin); titles and honorifics of many countries dropped from the speaker; and cues such as
"told a press conference", "told MSPs", "told the chamber", "told the court", "told the inquest",
"told the family", "told reporters", "told the Courier", "told the Herald", "told the Mirror", "told
this newspaper", "told journalists", "told the meeting", "added", "replied", "cut in", "asked",
"ruled", "put it to", "suggested", "conceded", "answered", "testified", "recorded", "accepted",
"alleged", "admitted", "joked", "interjected", "according to", "said in a statement", "said in the
statement", "the statement said", "said in an emailed statement", "said in a filing to the stock
exchange", "wrote in a post on Facebook", "wrote", "shows", "says", "declined to comment" and "did
not respond". Each page carries its site's own furniture at the head, in the middle and at the tail,
each worded its own way. The pages hold 528 sentences: 195 "B", 165 "W" and 168 ""; 285
sentences carry a speaker (110 distinct speakers). `STYLES` describes each page, its story, its
speakers and its furniture in order.

Written from scratch for issue 13 in round forty-two, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/` or `docs/` was opened or
listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file and no `hint_scores.py` was
opened, nothing under `tests/benchmarks/` was opened or listed, and no README of the project was
read; `claimreview` was never imported, and no test, scorer, engine or `pytest` was run. The search
and fetch tools were not used, and nothing was copied from anywhere. What was read: the brief
(`/tmp/brief` and `/tmp/sets` were listed once at the start: the first held only the brief, the
second was empty); the module docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole
with `ast.get_docstring`); from `labelled_new95.py` and `labelled_new96.py`, the output of a script
of my own using `ast` that prints the module docstring, `STYLES`, the first two pages of `ARTICLES`
and the first eight `CASES` -- first printed for both files at once (the tool cut the middle), then
saved to files in a scratch folder and printed with `sed` in ranges, with two cut ranges printed
again; a few lines of the `labelled_new96.py` listing (the end of its docstring's splits paragraph
and its first `STYLES` entry) stayed cut and were not seen; `def build` in
`tests/text/labelled_articles.py` (a `grep -n -A25`); and the `[tool.ruff]` tables of
`pyproject.toml` (a `grep -n -A20`). No other page, case or docstring of any file under `tests/` was
read. What was run: a Python one-liner printing the calendars of November and December 2026 to check
weekdays; scripts of my own in the scratch folder that turn a small line format
(flag~speaker~cue~text, blank lines between paragraphs, aliases for speakers) into the literals
below, apply renames, cut the split cases out of the pages, and count sentences, flags and speakers
while checking that every speaker has a cue and every cue a speaker, no "B" line has a speaker, and
each cue occurs in its sentence or in the run of sentences of the quote it continues; whole-word,
case-insensitive per-word file counts (`grep -rilwF --include='*.py' -- WORD tests | wc -l`) over
`tests/` for every capitalised word of these pages (each part of a hyphenated name on its own) and
for every candidate replacement; an import of this file with `build` on every page and a check of
four string fields, flags, 30 distinct case ids, every case text in a built page and equal to its
sentences joined by single spaces, each expected sentence one labelled sentence, and the counts
above; and `ruff format` and `ruff check` on this file with the project's `pyproject.toml`. The
whole-word counts ran through every file under `tests/`, including ones this set must not open; only
their counts were read, never a matched line or a file name. The first draft's coined names hit
about a hundred and fifty words of other files (given names and surnames of every country, even
odd-looking ones such as Scarisbrook, Vanderkloot, Tibbetson, Larkhaven, Fosterling, Norhaslinda,
Mabuyakhulu, Vorsterkamp, Pendharkar, Ajiboso, Duggery and Fhionnghaile, the club name Ironbarks,
the outlet-like Ribblesdale, the firms and bodies Bellcrest, Riverbend, Fellgate and Buckeye, the
town-like Kettleridge and the invented streets Dunmire, Gillanders, Ostler, Fennick, Ormsby and
Hallerton); each was renamed, many candidate replacements hit as well over four rounds, and only
replacements with no hit were kept (one rename caught the real place Duncan Falls and was undone); a
last pass over every capitalised word, run after `tests/` had gained a file, found two replacements
(a Scottish given name and a Sri Lankan given name) hitting one file each, and both were renamed
again to names with no hit. The first draft also named a few real bodies and streets (a national
safety regulator, a helpline charity, a labour congress, a state health department, real Abbotsford
roads and a pump station), which were replaced by invented or generic ones. What still hits is real
places and regions (Accra, Takoradi, Tema, Arran, Edinburgh, Pretoria, Tshwane, Johannesburg,
Lancashire, Preston, Walton, Selangor, Klang, Shah Alam, Subang Jaya, Petaling, Kuala Lumpur,
Abbotsford, Mission, Ottawa, Fraser, Perth, Columbus, New Concord, Delhi, Madhya, Abeokuta, Ogun,
Oke-Mosan, Donegal, Dungloe, Letterkenny, Kandy, Colombo and the like), common words (Collaborative,
Civils, Divers, Hairdresser, Apprentice, Colleague, Plantations, Listening, Footy, Express, Hills,
Dale, Welsh and the like), outlet words (Mirror, Tribune, Herald, Courier, Dispatch, Chronicle,
Mail, Post, Times, Prairie), abbreviations (MSP, MSPs, MW, LG, GH, RM, ABN, PLC, Berhad, Reg) and
titles and honorifics dropped on purpose (Hon, Ing, Dr, Adv, SC, Datuk, Dato, Ir, Sgt, Rev, Com,
Smt, Prince, Otunba, Comrade, Alhaji, Barr, Cllr, TD, Fr, Ven, Thero, PC).

Every person, outlet, firm, utility, grid company, regulator, board, commission, forum, union,
association, ferry operator, yard, hospital, health system, church, school, club, ground, court
file, train, temple, inspectorate, helpline, street, road, pump station and figure is invented. Real
countries, regions, cities and places appear only as settings: Ghana, Accra, Takoradi, Dansoman,
Tema and Western North; Scotland, Edinburgh, Holyrood, Arran, Uist, the Highlands and Islands and
the Western Isles; South Africa, Pretoria, Tshwane and Johannesburg; England, Lancashire, Preston,
Longridge, Ribbleton, Fulwood, Chipping, Walton-le-Dale and the M6; Malaysia, Kuala Lumpur,
Selangor, the Klang Valley, Klang, Shah Alam, Subang Jaya, Petaling and Singapore; Canada, British
Columbia, Abbotsford, Sumas Prairie and the Sumas dike, the Fraser River and Valley, Mission and
Ottawa; Australia, Perth, Bassendean and Scotland; the United States, Ohio, Zanesville, Muskingum
County, Duncan Falls, New Concord, Roseville, Newark and Columbus; India, New Delhi, Itarsi and
Madhya Bharat (in a union's name); Nigeria, Ogun State, Abeokuta, Oke-Mosan, London and the National
Industrial Court; Ireland, Donegal, Arranmore, Dungloe, Letterkenny and Glenties; Sri Lanka, Kandy,
Peradeniya, Galaha, Colombo, the Commercial High Court and the Mahaweli (in a firm's name).
Facebook, X, WhatsApp, Telegram and LinkedIn appear only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or
"". The points the recent sets state hold too: furniture "B" line by line, whatever it says; a
caption by its content and its credit "B"; headlines and standfirsts never split and flagged by
content; a dateline belongs to its lead sentence; a pronoun, a later surname, a role or a title
resolved to the full name as first given, without titles; an organisation's later generic noun kept
as written ("The forum", "The company", "The utility"); "according to X" with X as written; a quote
over several sentences or paragraphs carrying its speaker and cue; a named person acting without a
verb of saying carries no speaker; "did not respond" like "declined to comment" (""); Q&A answers
carrying the interviewee with the name prefix as cue and the interviewer's turns no speaker unless
they cite a source; live-blog time stamps, entry bylines, "Pinned" and "Load earlier updates" "B".

Conventions this set had to settle, in the same spirit (SPEAKERS):

* Titles and honorifics go, initials and name suffixes stay: Hon., Dr., Dr, Ing. (a Ghanaian
  engineer), Mr, Mr., Mrs, Mrs., Ms, Ms., Adv. and SC (South African counsel), Regional Court
  Magistrate, Area coroner, Datuk, Ir. and Dato' (Malaysian), Mayor, Emergency Management Minister,
  Sgt., Captain, chairman, Dr before a chairman's name, state Rep. with R-Zanesville, the Rev., Com.
  and Smt. (Indian), Prince, Otunba, Comrade, Alhaji and Barr. (Nigerian), Cllr, TD, Fr, The Ven.,
  Thero (a monk's honorific, treated as a title: "The Ven. Kosgahakumbura Sumedhankara Thero" is
  "Kosgahakumbura Sumedhankara") and PC (President's Counsel) all go; "Jr." stays ("Terrius
  Vollmeier-Greathouse Jr."). A Malay name has no surname: "Datuk Ir. Norhashimah Fadzilullah" is
  "Norhashimah Fadzilullah", and the prefix "NORHASHIMAH:" is her given name; a Chinese Malaysian
  name is surname first ("Dato’ Goon Kum Yoong" is "Goon Kum Yoong").
* Several men at one table: each "He said" is the man the paragraph is about (the minister, then the
  grid chief, then the distributor's head, then the deputy minister; at the sports conference the
  chairman, the chief executive, the coach and the captain); "the minister cut in:" after the grid
  chief's reply is the minister; "Ashcroftly-Tulliemet began to answer before the chairman
  interjected:" is the chairman, and the "He said" after that quote is the chairman too; "He" INSIDE
  a captain's quote is the coach and never changes the speaker.
* Roles before the name is given: "the hospital's president said" in a lead and "A former
  procurement clerk ... testified" carry the person the next paragraph names; "the witness
  testified" and "the witness answered" are the clerk; "the monk said" the monk.
* Names after the quote ("..., said Corinthea Pennybacker-Oakendale, who has led ...", "said Dr.
  Alderich Brunsdahl, a family physician ...", "said the Rev. ... Jr., pastor of ...", "wrote
  Betsabe Larkmead, a county commissioner, in a post on ...") carry the name; a second quote printed
  after such an attribution keeps its cue ("said", "wrote").
* A statement read out for someone else: the author is the speaker, never the reader. "In a
  statement read on his behalf by the Commissioner ..., the governor said" carries the governor (cue
  "said"); the quoted sentences carry the governor with "said in the statement" in the paragraph
  that ends "he said in the statement" and "the statement said" in the one that ends so; the
  reader's own words afterwards ("told journalists", "He said") are the reader's. At the inquest,
  "In a statement read to the inquest by the coroner's officer, his mother, ..., said" carries the
  mother, and her quote "said in the statement".
* Unnamed officials and sources as written, with their clauses when the clause is part of the noun
  phrase: "a senior railway ministry official who did not wish to be named" (after the claim, so in
  lower case; the quote after it with "the official said" carries the same), "Officials familiar
  with the inquiry" and "They said", "Another official" with "said" and "The official added" (cue
  "added"), "A source close to the railway minister" (whose "he" is the minister), "A person aware
  of the deliberations", "A ministry spokesperson", "A ministry spokesman", "A Government House
  source", "A source close to the board", "A family friend who was at the dinner", "The prosecuting
  authority's regional spokesperson", "A hospital spokeswoman" and "The governor's Chief Press
  Secretary" (did not respond).
* Shared surnames: each person by the name the sentence gives ("Her brother, Anselmus ..., said",
  "Her daughter, Barr. Moyosore ..., said", "the younger Adegbuyiro-Ajibulowo said" = the daughter,
  "His brother, Fionntán ..., reached by phone, said", "Fionntán said", "Nimantha, 46, told the
  Mirror", "Dr. Galpothawela-Senanmudali, the elder brother, said" = Rukshan, "Mr
  Skelmerdale-Hesketby said" = the uncle at the inquest); the dead apprentice, a sister, a brother
  or a mother mentioned inside another's quote ("My brother", "My mother", "She is probably right")
  never becomes the speaker.
* Quotes over several paragraphs: every sentence carries the speaker and the one cue at the end of
  the quote ("she said" after three paragraphs of an island mother whose introduction has no verb of
  saying and so no speaker; "the Minister of State said in a statement" after two paragraphs, so the
  whole quote carries "said in a statement" while the introducing sentence "In a statement to the
  Herald ..., ... said" carries "said"; "he said" after a grid chief's two paragraphs). Q&A: the
  first answer's prefix is the full name in capitals, later ones the given name; an answer paragraph
  without a prefix keeps the cue of the answer it continues.
* Colon quotes keep the verb before the colon ("cut in", "interjected", "told", "joked"); a nested
  quote inside a witness's quote ("He said to me: ‘This one is important ...’") stays the witness's.
* Headlines, standfirsts and live-blog entry headlines carry a speaker only with a verb of saying
  ("Energy Minister announces", "Grid company boss says", "Ex-clerk testifies", "Defence says" =
  defence counsel, "Mother says", "says water regulator chief", "Mayor says", "New boss says",
  "union says" = the union as the body names it, "says governor", "Union says" = the union chairman,
  "says island mother", "Minister of State says" (the first of two says-clauses), "Ousted director
  says"); "Province asks Ottawa ...", "Police close two more roads" and the like carry none. A
  standfirst of groups keeps them as written ("Opposition MSPs").
* Cues as written: "told a press conference", "told MSPs", "told the chamber", "told the court",
  "told the inquest", "told the family", "told reporters", "told journalists", "told the Korlewah
  Times", "told the Courier", "told the Herald", "told the Mirror", "told this newspaper", "told the
  meeting", "told" (told those present), "added", "replied", "cut in", "asked", "answered",
  "suggested", "put it to", "conceded", "testified", "testifies", "ruled" (a Presiding Officer's and
  a magistrate's rulings, "W"), "recorded" (a coroner's conclusion, "W"), "accepted", "alleged",
  "admitted", "joked", "interjected", "announces", "says", "shows", "according to"/"According to",
  "said in a statement", "said in the statement", "the statement said", "said in an emailed
  statement", "said in a filing to the stock exchange", "wrote in a post on Facebook", "wrote",
  "declined to comment", "did not respond" (both "").
* Check-worthiness as in the recent sets: figures, dates, votes, rulings, conclusions, transfers,
  payments, filings, allegations of fact and statements of record "W"; plans, intentions, forecasts,
  hopes, feelings, opinions, jokes, advice, questions and scene-setting ""; private people's own
  lives (a hairdresser's fuel, a farmer's herd, a clerk's loan, a widow's compensation) "" while a
  firm's, a union's, an association's, a council's or an official's figures are "W"; an
  interviewer's own statement of fact ("Residents had no water for four days.") "W" with no speaker.

Splits, as a reviewer wants them: "Hon. Kofiwura", "Dr. Ekowbanyin", "11.40 p.m. on Tuesday", "Ing.
Kwamenaa", "Dr. Ahwenepa-Odoomfo replied", "cut in: “I was called ...." before "Nobody", "8 p.m. on
Friday." before "The Ebomaso", "Ms Coulbrachan-Tolmachan", "Ltd 2026." before "Registered", "Adv.
Dlamkhulu", "Adv. Dikeledi Mmatlhapi-Boshielo SC,", "‘This one ... executive.’" before "I
understood", "either?” Adv. Mmatlhapi-Boshielo asked.", "(Pty) Ltd." before "All rights reserved.",
"Dr Lisbeth", "10.30am to", "told the family: “Kayden ...." before "I am so sorry", "Ltd." before
"All rights reserved | ...", "KUALA LUMPUR: On 19 November,", "Datuk Ir.", "Dato’ Goon", "POST:"
turns and "Why so little?", "(Reg. No. 197801004417)." before "All Rights Reserved.", "ABBOTSFORD,
B.C. —", "Sgt. Wendelina", "1:30 p.m. after", "10:40 a.m." before "The utility", "9 a.m.,", "8am."
before a quote, "Good,” Kovacevski-Petrieson said.", "Pty Ltd." before "ABN", "Jan. 31", "Dr.
Alderich", "Rep. ..., R-Zanesville.", "the Rev. ... Jr., pastor", "Nov. 19", "Dec. 15.", "104
km/h,", "Mr. Pendsey-Sakhalkar", "Com. Sudhanva", "Smt. Rujuta", "Pvt. Ltd. 2026." before "All
rights reserved.", "Otunba", "N9.6bn", "Dr. Foluronke", "Mrs. Oluremi", "Barr. Moyosore", "Fr
Dónall", "Mrs. Chandrawathie", "Dr. Rukshan", "Rs. 412 million", "Rs. 78.50", "The Ven. ... Thero,",
"Ms. ..., PC," and "(Pvt) Ltd." before "All rights reserved." never split a sentence wrongly.
`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of two to four
consecutive sentences of one paragraph of these pages joined by single spaces: what a reviewer
wants, not what the engine does.
"""

STYLES = [
    "Ghanaian daily's energy page (Accra), a PRESS CONFERENCE at which four MEN of the power sector speak IN TURN (all \"he\"): the Energy Minister with Hon. dropped who told a press conference in an ACCRA — dateline lead (later He said, a two-sentence quote ending the minister said, and The minister cut in: with a colon quote over two sentences), the headline's Energy Minister announces carrying him; the grid company's chief executive with Dr. and a relative clause (who spoke next) before said (later He said, a quote over two paragraphs ending he said, with 11.40 p.m. mid-sentence, and surname replied after a reporter's question), the standfirst's Grid company boss says carrying him; the distribution company's managing director with Ing. dropped (He said, then a quote with he added, so \"added\" in both sentences); the deputy minister with Hon. (He said, then Mr and surname told the Korlewah Times); the Electricity Pricing Board's monthly bulletin through According to; a manufacturers' forum said in a statement and The forum said; the Minority's energy spokesman with Hon. who wrote in a post on Facebook, then He wrote; A ministry spokesman (unnamed, 8 p.m. on Friday.); the gas line's operator did not respond; a hairdresser's own fuel bill \"\"; GH¢ with million (masthead in capitals, date, weather and account strip, menu with pipes, section label with ›, headline, standfirst, byline, date line with GMT and Updated, share strip with middle dots, caption and PHOTO credit in capitals, ADVERTISEMENT and ALSO READ mid-story, tags with pipes, comment count, MORE FROM NEWS list, copyright with Ltd. and legal links)",
    'Scottish daily\'s Holyrood page (Edinburgh), a PARLIAMENTARY DEBATE on an island ferry compensation fund passed 69-54: the vote in the writer\'s voice; the Transport Secretary after her role who told MSPs (She said, a quote with she said, Ms and surname replied to an intervention, and Closing the debate, Ms and surname said with a closing two-sentence quote); the opposition transport spokesman in apposition who asked when Intervening and then He said; a list MSP who told the chamber (vessels, years, contract price "W") and he said; a government backbencher (two-sentence quote with she said, to laughter); an independent MSP whose remark is "" and who said again after the ruling (a traders\' survey "W", then a two-sentence quote); the Presiding Officer in apposition who ruled (W) and she said; a briefing by the parliament\'s research service through According to; the ferry operator said in a statement; its chief executive did not respond; the standfirst\'s Opposition MSPs as written (masthead in capitals, date and paper strip with middle dots, menu with spaces, section label with ›, headline, standfirst, byline and role on two lines, Published line with pm, share line with symbols, caption and Image credit, Advertisement and Read more mid-story, newsletter line, comments-closed note, Most read list, copyright in two sentences with a company number)',
    "South African daily's courts page (Pretoria), a COURT HEARING in a fraud trial with COUNSEL and WITNESSES: a former procurement clerk described by role in a PRETORIA – dateline lead (testified), then named with told the court, She said, a quote holding a nested quote whose He is the accused (she said), the witness testified after a participle phrase naming the prosecutor, and surname replied, conceded and the witness answered; the charge sheet through According to; the prosecutor with Adv. who put it to the witness; defence counsel with Adv. and SC dropped who suggested and asked a quoted question; the regional court magistrate with Magistrate dropped who ruled (W) and she said; co-accused's counsel with Adv. who said outside court and He said (his client is not the speaker); the forensic investigator after her role who told the court and She said twice; the prosecuting authority's regional spokesperson unnamed; The utility declined to comment; the headline's Ex-clerk testifies and the standfirst's Defence says carrying the clerk and defence counsel; R with million (masthead in capitals, date, weather and rand strip, menu in capitals with pipes, section label, headline, standfirst, byline with role after a pipe, date and time line, share strip, ADVERTISEMENT and RELATED mid-story, a WhatsApp follow line, tags with middle dots, MORE IN COURTS list, copyright split at (Pty) Ltd. before All rights reserved.)",
    "English regional evening paper's courts page (Preston, Lancashire), an INQUEST into an apprentice roofer's fall: the facts in the writer's voice; the area coroner after her role who recorded a conclusion (recorded, W) and She said, then Mrs and surname told the family: with a two-sentence colon quote; the dead man's MOTHER through a statement read to the inquest by the coroner's officer (said, then a two-sentence quote with she said in the statement); his UNCLE SHARING the SURNAME, who owns the roofing firm, with told the inquest, He said (10.30am mid-sentence), Mr and surname said, and he accepted under questioning; a safety inspector in apposition with told the inquest and She said (a could-have-cost figure \"W\"); a colleague after the role word Colleague who told the court and a two-sentence quote; the pathologist with Dr after her role; the standfirst's Mother says carrying the mother (masthead, breadcrumb with ›, menu with pipes, headline, standfirst, byline and role on two lines, time-and-date lines in capitals, Share, caption and (Image: Family handout) credit, Advertisement and READ MORE mid-story, a listening-line support note, comment count, More On label and three tag lines, Don't Miss list, copyright split at Ltd. before a line of legal links)",
    'Malaysian English daily\'s metro page (Selangor), a Q&A INTERVIEW with NAME PREFIXES with the head of a water regulator (Datuk and Ir. dropped): a KUALA LUMPUR: dateline intro of record, her earlier remark with said, a state executive councillor with Dato\' (Chinese name surname first) with said; an edited-for-length note "B"; the interviewer\'s turns with POST: and no speaker (questions "", and one statement of fact "W") except where they cite a source (The consumers\' association says, The commission\'s own annual report shows, both "W"); the first answer prefixed with her name in capitals in full ("NORHASHIMAH FADZILULLAH:") and the rest with the given name ("NORHASHIMAH:"), every sentence of an answer carrying her with the prefix of that answer as cue, including a paragraph that continues an answer without a prefix; her figures, dates, comparisons and causal claim "W", her forecasts, opinions, feelings and advice "" (masthead in capitals, date and subscription strip with RM, menu with pipes, section label with >, quote headline carrying her through says, standfirst, byline, Published line, share strip, caption and PHOTO credit in capitals, ADVERTISEMENT and Read also mid-interview, a Telegram line, Related list, copyright split at (Reg. No. ...). before All Rights Reserved.)',
    'Canadian local daily\'s LIVE BLOG (Abbotsford, British Columbia), Fraser Valley flooding, newest entry first: a Pinned summary with an ABBOTSFORD, B.C. — dateline; time stamps with p.m. and a.m. "B"; entry headlines labelled like headlines (Mayor says carrying the mayor; others without a verb of saying carry no speaker); entry bylines with a dash "B"; the mayor after his title who told reporters (a two-sentence quote with he told reporters); the provincial minister after her role with said, She said and In a post on X, she wrote; a dairy farmer who told the Courier, then a quote with he said and a second quote after it carrying the same cue; a police sergeant with Sgt. (1:30 p.m. mid-sentence, She asked, a quote with she said); a SISTER and BROTHER SHARING a SURNAME (she wrote in a post on Facebook; Her brother, ..., said, and his quotes whose She is his sister); a power utility said (10:40 a.m. before The) and The utility said; the city\'s flood dashboard through According to (masthead in capitals, date, town and weather strip, menu with pipes, LIVE UPDATES label, headline, staff byline, Updated line with PT, share strip, Pinned label, ADVERTISEMENT mid-blog, Load earlier updates, a photos email line, Read next list, copyright split at Inc. before All rights reserved.)',
    "Australian sports site's football page (Perth), a SPORTS PRESS CONFERENCE unveiling a new coach, with four MEN speaking in turn: the chairman with Dr dropped who told a press conference (later surname admitted, a two-sentence quote with he said, the chairman interjected: with a colon quote over two sentences after the chief executive \"began to answer\", and He said); the chief executive after his role with a participle phrase (said, He said, a quote with he added); the new coach with said, he joked: with a colon quote, the standfirst's New boss says carrying him; the captain after his role who told reporters (8am mid-sentence), then a quote with surname said whose He is the coach, and He said; the club's annual report through According to; A source close to the board (unnamed); the sacked coach's manager declined to comment; The league did not respond (masthead in capitals, date and account strip, sport menu with pipes, section label in capitals, headline, standfirst, byline, Posted line, share strip with spaces, caption and Photo: credit with a slash, ADVERTISEMENT and READ MORE mid-story, tags, Related stories list, an acknowledgement of country, copyright with Pty Ltd. and an ABN line)",
    "American local daily's news page (Zanesville, Ohio), a community meeting on a hospital closing its labor and delivery unit, where SPEAKERS are NAMED ONLY AFTER THEIR QUOTES: the hospital's president described by role in a ZANESVILLE, Ohio — dateline lead (said), then named only after her quote (said X, who has led the hospital since 2019), She said, surname said in reply and a closing she said; a father named after his quote with a second quote after it; a nurse named after her quote (figures \"W\"); a mother named after her quote with a second quote; a family physician with Dr. named after a two-sentence quote; a state representative with Rep. and R-Zanesville named after her quote (\"W\") and She said; the Rev. with Jr. kept, named after his quote, then He said; a county commissioner named after her quote with wrote ... in a post, and a second quote; a rural health collaborative's report and the board's minutes through According to and according to; the hospital's owner did not respond; A hospital spokeswoman said in an emailed statement (Jan. 31 and Dec. 15.) (masthead in capitals, menu with middle dots, section label in capitals, headline with Jan. 31, standfirst, byline and outlet on two lines, Published and Updated line with ET, share strip, Advertisement and RELATED mid-story, bio with an email, tip line with a phone number, copyright split before All rights reserved. with legal links)",
    "Indian English daily's national page (New Delhi), a railway DERAILMENT inquiry told through UNNAMED OFFICIALS and SOURCES: the preliminary report of the inquiry through according to in a NEW DELHI: dateline lead, The report says and It says (the commissioner who submitted it is not the speaker); a senior railway ministry official who did not wish to be named, named as written after the claim, then a two-sentence quote with the official said; Officials familiar with the inquiry and They said; Another official with said and The official added; A source close to the railway minister (his he is the minister); A person aware of the deliberations; A ministry spokesperson; the safety commissioner with Mr. who did not respond; a union general secretary with Com. who alleged (W) and a quote with he told this newspaper; a widow with Smt. whose family's compensation is \"\" and a two-sentence quote; the ministry's website through according to; the standfirst's union says carrying the union as written (masthead in capitals, city, date, Updated and language strip, menu with pipes, section label with a slash, headline of record, standfirst, Written by byline, city and date line with IST, follow and share strip, ADVERTISEMENT and Also Read with a pipe mid-story, Read more link, Topics line, copyright split at Pvt. Ltd. 2026. before All rights reserved.)",
    "Nigerian daily's news page (Abeokuta, Ogun State), a STATEMENT READ OUT BY ONE PERSON ON BEHALF OF ANOTHER: the governor with Prince dropped has said in the lead, then the governor said in the sentence that names the Commissioner for Information (Otunba dropped) as reader, a quote over two paragraphs carrying he said in the statement in its first paragraph and the statement said in its second (the speaker is always the governor, never the reader); the reader's own words afterwards (told journalists, He said); the Commissioner for Finance with Dr. who sat beside him (said, She said); the state union chairman with Comrade dropped (said, a two-sentence quote with he said), the standfirst's Union says carrying him; the local governments' association chairman with Alhaji dropped; the budget performance report through according to; A Government House source (unnamed); the governor's Chief Press Secretary did not respond; a clerk with Mrs. and her DAUGHTER SHARING her SURNAME with Barr. (Her daughter, ..., said and the younger ... said); the headline's says governor carrying the governor; N with bn (masthead in capitals, date and advertising strip, menu with pipes, section label in capitals, headline, standfirst, byline with the town, date and time line, share strip, ADVERTISEMENT and ALSO READ mid-story, newsletter line, tags, More stories list, copyright split at Ltd. before All Rights Reserved.)",
    "Irish regional weekly's news page (west Donegal), an island ferry fare row with QUOTES RUNNING OVER SEVERAL PARAGRAPHS: the meeting in the writer's voice; the ferry company's director in apposition who told the meeting and Mr and surname said (a shortfall \"W\"); an island mother introduced acting without a verb of saying (no speaker), then her quote over THREE paragraphs with no cue until she said at its end (every sentence carries said), the headline's says island mother carrying her; the Minister of State with TD dropped (said in the first sentence after In a statement to the Herald, then his quote over two paragraphs ending the Minister of State said in a statement, so every quoted sentence carries \"said in a statement\"), the standfirst's Minister of State says carrying him; figures from the operator through According to; a councillor with Cllr (said, then she added); two BROTHERS SHARING a SURNAME (told the Herald; His brother, ..., reached by phone, said; a two-sentence quote ending with the given name said); the parish priest with Fr who told those present (told) and he said (masthead in capitals, since-1911 and date strip, menu with pipes, section label, headline, standfirst, byline, date and time line, share line with symbols, Advertisement mid-story, letters email line, Related Stories list, copyright split at Ltd. before a registration number)",
    "Sri Lankan daily's business page (Kandy), a boardroom FEUD in a FAMILY tea company where FOUR PEOPLE SHARE a SURNAME: the company said in a filing to the stock exchange in a KANDY: dateline lead and The company said; the MOTHER as chairperson with Mrs. (said, then she told the Mirror and a second quote after it carrying the same cue); the younger son by given name who told the Mirror, He said and a quote with he added whose My brother and My mother are not speakers, the standfirst's Ousted director says carrying him; the elder son as Dr. and surname with the elder brother in apposition (said, He said with Rs. mid-sentence, a two-sentence quote); a COUSIN who wrote in a post on Facebook and He wrote; the company's annual report through according to; A family friend who was at the dinner (unnamed); a Buddhist monk with The Ven. and Thero dropped (said, a quote with the monk said); the younger son's counsel with Ms. and PC dropped; a securities regulator did not respond; a share price of record (masthead in capitals, date, city and language strip, menu with pipes, section label in capitals, headline with a vote, standfirst, byline, date line, share strip, caption and Pic by credit, ADVERTISEMENT and Also read mid-story, tags, copyright split at (Pvt) Ltd. before All rights reserved.)",
]

ARTICLES = [
    [
        [
            ("THE KORLEWAH TIMES", "", "", "B"),
        ],
        [
            ("Friday, 27 November 2026 | Accra 31°C | E-paper | Sign in | Subscribe", "", "", "B"),
        ],
        [
            (
                "Home | News | Politics | Business | Regions | Sports | Features | Opinion | Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            ("NEWS › ENERGY", "", "", "B"),
        ],
        [
            (
                "Power cuts to be halved to two hours a day from Monday, Energy Minister announces",
                "Kofiwura Okomfoagya-Boafoatse",
                "announces",
                "W",
            ),
        ],
        [
            (
                "Grid company boss says a ship’s anchor, not unpaid bills, left the system 410MW short",
                "Ekowbanyin Ahwenepa-Odoomfo",
                "says",
                "",
            ),
        ],
        [
            ("By Esiabena Dzidzornu-Akrobeto", "", "", "B"),
        ],
        [
            ("27 Nov 2026 · 18:42 GMT · Updated 21:05 GMT", "", "", "B"),
        ],
        [
            ("Share on: Facebook · X · WhatsApp · LinkedIn", "", "", "B"),
        ],
        [
            (
                "From left: the grid company’s chief executive, the Energy Minister, his deputy and the head of the southern distribution company at Thursday’s briefing.",
                "",
                "",
                "",
            ),
            ("PHOTO: KORLEWAH TIMES / DZIFANU AHIABUTO-ATSUVIA", "", "", "B"),
        ],
        [
            (
                "ACCRA — Scheduled power cuts in southern Ghana will be halved from four hours to two hours a day from Monday, November 30, Energy Minister Hon. Kofiwura Okomfoagya-Boafoatse told a press conference in Accra on Thursday.",
                "Kofiwura Okomfoagya-Boafoatse",
                "told a press conference",
                "W",
            ),
        ],
        [
            (
                "He said the change followed the return on Wednesday of 260 megawatts of gas-fired capacity at the Ebomaso thermal plant near Takoradi, which had stood idle since November 9.",
                "Kofiwura Okomfoagya-Boafoatse",
                "said",
                "W",
            ),
            ("“I know Ghanaians are tired of this.", "Kofiwura Okomfoagya-Boafoatse", "said", ""),
            (
                "I am tired of it too,” the minister said, before handing the microphone to the three men seated beside him, each of whom spoke in turn.",
                "Kofiwura Okomfoagya-Boafoatse",
                "said",
                "",
            ),
        ],
        [
            (
                "The chief executive of the Asomdwee Grid Company, Dr. Ekowbanyin Ahwenepa-Odoomfo, who spoke next, said a ship’s anchor was dragged across the Ebomaso gas supply line about 14 kilometres offshore on November 9, cutting gas to three plants.",
                "Ekowbanyin Ahwenepa-Odoomfo",
                "said",
                "W",
            ),
            (
                "He said that left the grid about 410 megawatts short at the evening peak, when demand reached a record 3,964 megawatts on November 12.",
                "Ekowbanyin Ahwenepa-Odoomfo",
                "said",
                "W",
            ),
        ],
        [
            (
                "“This was not a maintenance failure and it was not about money.",
                "Ekowbanyin Ahwenepa-Odoomfo",
                "said",
                "W",
            ),
            (
                "Divers finished the repair at 11.40 p.m. on Tuesday, and the line was tested at full pressure yesterday morning.",
                "Ekowbanyin Ahwenepa-Odoomfo",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I would ask people to judge us by the next three weeks, not by the last three,” he said.",
                "Ekowbanyin Ahwenepa-Odoomfo",
                "said",
                "",
            ),
        ],
        [
            (
                "Ing. Kwamenaa Asafu-Dwemena, managing director of the Southern Electricity Distribution Company, which sells power to about 3.1 million customers, said his company had collected only 59 per cent of what it billed between January and October.",
                "Kwamenaa Asafu-Dwemena",
                "said",
                "W",
            ),
            (
                "He said government ministries, departments and agencies owed it GH¢312 million, up from GH¢188 million at the end of last year.",
                "Kwamenaa Asafu-Dwemena",
                "said",
                "W",
            ),
            ("“We are not hiding behind the anchor.", "Kwamenaa Asafu-Dwemena", "added", ""),
            (
                "But we cannot buy power with promissory notes,” he added.",
                "Kwamenaa Asafu-Dwemena",
                "added",
                "",
            ),
        ],
        [
            (
                "Asked by a reporter whether the ministry had been told about the damage before the first cuts were announced, Dr. Ahwenepa-Odoomfo replied that it was informed “the same night”.",
                "Ekowbanyin Ahwenepa-Odoomfo",
                "replied",
                "W",
            ),
            (
                "The minister cut in: “I was called at a quarter to midnight.",
                "Kofiwura Okomfoagya-Boafoatse",
                "cut in",
                "W",
            ),
            ("Nobody sat on anything.”", "Kofiwura Okomfoagya-Boafoatse", "cut in", ""),
        ],
        [
            (
                "Deputy Energy Minister Hon. Ebenezio Tsiboe-Agyarkwa said the Finance Ministry released GH¢85 million towards the agencies’ arrears on Wednesday.",
                "Ebenezio Tsiboe-Agyarkwa",
                "said",
                "W",
            ),
            (
                "He said a further GH¢60 million would follow “before Christmas”, and that ministries which did not pay would have prepaid meters fitted in January.",
                "Ebenezio Tsiboe-Agyarkwa",
                "said",
                "",
            ),
            (
                "After the briefing, Mr Tsiboe-Agyarkwa told the Korlewah Times that 46 government buildings in Accra already had prepaid meters.",
                "Ebenezio Tsiboe-Agyarkwa",
                "told the Korlewah Times",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("ALSO READ: Tema factories move night shifts to weekends as cuts bite", "", "", "B"),
        ],
        [
            (
                "According to the Electricity Pricing Board’s monthly bulletin, the southern distributor lost 27.4 per cent of the power it bought in October to theft and technical losses.",
                "the Electricity Pricing Board’s monthly bulletin",
                "According to",
                "W",
            ),
        ],
        [
            (
                "The Tema Manufacturers’ Forum said in a statement that 61 of its 140 member factories had cut at least one shift since the cuts began.",
                "The Tema Manufacturers’ Forum",
                "said in a statement",
                "W",
            ),
            (
                "The forum said it would ask the ministry to spare the Tema industrial enclave from the new timetable altogether.",
                "The forum",
                "said",
                "",
            ),
        ],
        [
            (
                "The Minority’s spokesperson on energy, Hon. Gyamfiwura Damptey-Sarfoa, wrote in a post on Facebook that the briefing had been “four men blaming one ship”.",
                "Gyamfiwura Damptey-Sarfoa",
                "wrote in a post on Facebook",
                "",
            ),
            (
                "He wrote that the same gas line had been damaged by an anchor in March 2024 and that no exclusion zone had been declared since.",
                "Gyamfiwura Damptey-Sarfoa",
                "wrote",
                "W",
            ),
        ],
        [
            (
                "A ministry spokesman, who asked not to be named because he was not authorised to speak publicly, said the new timetable would be posted on the distributor’s website by 8 p.m. on Friday.",
                "A ministry spokesman",
                "said",
                "",
            ),
            (
                "The Ebomaso Gas Supply Company, which operates the line, did not respond to questions sent on Thursday afternoon.",
                "The Ebomaso Gas Supply Company",
                "did not respond",
                "",
            ),
        ],
        [
            (
                "Hairdresser Adwoaneh Fremponmaa-Nyamekyewa, 38, whose salon in Dansoman runs on a generator during the cuts, said she spends about GH¢140 a day on fuel.",
                "Adwoaneh Fremponmaa-Nyamekyewa",
                "said",
                "",
            ),
            (
                "“Two hours is better than four, but zero is what they promised us last year,” she said.",
                "Adwoaneh Fremponmaa-Nyamekyewa",
                "said",
                "",
            ),
        ],
        [
            ("Tags: Energy | Power cuts | Gas | Ministry of Energy", "", "", "B"),
        ],
        [
            ("Comments (23) · Join the conversation", "", "", "B"),
        ],
        [
            ("MORE FROM NEWS", "", "", "B"),
        ],
        [
            ("Parliament approves GH¢2.1bn supplementary budget for feeder roads", "", "", "B"),
        ],
        [
            ("Cocoa farmers in Western North receive first bonus payments", "", "", "B"),
        ],
        [
            ("© 2026 Korlewah Times Media Ltd. | Terms of use | Privacy policy", "", "", "B"),
        ],
    ],
    [
        [
            ("THE GLENDARRACH HERALD", "", "", "B"),
        ],
        [
            ("Wednesday 2 December 2026 · Edinburgh · Today’s paper · Puzzles", "", "", "B"),
        ],
        [
            ("News   Politics   Holyrood   Business   Sport   Opinion   Outdoors", "", "", "B"),
        ],
        [
            ("Politics › Holyrood", "", "", "B"),
        ],
        [
            (
                "MSPs back island ferry compensation scheme by 69 votes to 54 after bad-tempered debate",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Opposition MSPs say the £11.8m fund does nothing to get two delayed vessels into service",
                "Opposition MSPs",
                "say",
                "",
            ),
        ],
        [
            ("By Curstaidh Drumochter-MacOwan", "", "", "B"),
        ],
        [
            ("Political Correspondent", "", "", "B"),
        ],
        [
            ("Published 2 December 2026, 7:55pm", "", "", "B"),
        ],
        [
            ("Share this article ✉ 🔗", "", "", "B"),
        ],
        [
            (
                "Foot passengers wait at a mainland ferry terminal during October’s cancellations.",
                "",
                "",
                "",
            ),
            ("Image: Glendarrach Herald", "", "", "B"),
        ],
        [
            (
                "MSPs have approved an £11.8 million scheme to compensate island businesses hit by ferry cancellations, after a three-hour debate at Holyrood on Tuesday in which ministers were accused of “paying people to put up with failure”.",
                "",
                "",
                "W",
            ),
            ("The government motion passed by 69 votes to 54, with two abstentions.", "", "", "W"),
        ],
        [
            (
                "Opening the debate, Transport Secretary Muirgheal Coulbrachan-Tolmachan told MSPs that 1,146 sailings on west coast routes had been cancelled between April and October, 38 per cent more than in the same months of 2025.",
                "Muirgheal Coulbrachan-Tolmachan",
                "told MSPs",
                "W",
            ),
            (
                "She said island firms with fewer than 50 staff could claim up to £25,000 each, backdated to 1 April.",
                "Muirgheal Coulbrachan-Tolmachan",
                "said",
                "W",
            ),
            (
                "“Nobody in this chamber is pretending this is a solution.",
                "Muirgheal Coulbrachan-Tolmachan",
                "said",
                "",
            ),
            (
                "It is help, and it is help now,” she said.",
                "Muirgheal Coulbrachan-Tolmachan",
                "said",
                "",
            ),
        ],
        [
            (
                "Intervening, the opposition’s transport spokesman, Torcuill Ardcraggan-Bairdmuir, asked how much of the money would go to businesses on Arran.",
                "Torcuill Ardcraggan-Bairdmuir",
                "asked",
                "",
            ),
            (
                "He said the island had lost 61 sailings in September alone.",
                "Torcuill Ardcraggan-Bairdmuir",
                "said",
                "W",
            ),
            (
                "Ms Coulbrachan-Tolmachan replied that the fund was demand-led and had no allocation by island.",
                "Muirgheal Coulbrachan-Tolmachan",
                "replied",
                "W",
            ),
        ],
        [
            (
                "Dugaldan Strathlachie-Morvich, who represents a Highlands and Islands list seat, told the chamber that the two new vessels ordered from the Port Gellamore yard in 2018 were now due to enter service in 2028, ten years late and at more than three times the original contract price of £97m.",
                "Dugaldan Strathlachie-Morvich",
                "told the chamber",
                "W",
            ),
            (
                "“Compensation is what you pay when you have given up on fixing something,” he said.",
                "Dugaldan Strathlachie-Morvich",
                "said",
                "",
            ),
        ],
        [
            (
                "The government backbencher Seonaidhe Fennachar-Rescobie, whose constituency includes three island groups, said the same yard had delivered four smaller vessels on time since 2022.",
                "Seonaidhe Fennachar-Rescobie",
                "said",
                "W",
            ),
            (
                "“Members opposite talk as if nothing floats.",
                "Seonaidhe Fennachar-Rescobie",
                "said",
                "",
            ),
            (
                "Things float,” she said, to laughter from the government benches.",
                "Seonaidhe Fennachar-Rescobie",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Read more: Island hauliers say livestock sales moved to mainland after cancellations",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Tormodan Gownfield-MacPhaidein, an independent MSP, said the scheme had been “bought and paid for by the island vote”.",
                "Tormodan Gownfield-MacPhaidein",
                "said",
                "",
            ),
            (
                "The Presiding Officer, Peigidh Lochbuie-Kilchattan, ruled that the remark was unparliamentary and asked him to withdraw it, which he did.",
                "Peigidh Lochbuie-Kilchattan",
                "ruled",
                "W",
            ),
            (
                "“Members will find there is plenty to disagree about without questioning one another’s motives,” she said.",
                "Peigidh Lochbuie-Kilchattan",
                "said",
                "",
            ),
        ],
        [
            (
                "Mr Gownfield-MacPhaidein then said a survey by the Uist Traders’ Association had found that 72 of its 118 members lost bookings because of cancellations this summer.",
                "Tormodan Gownfield-MacPhaidein",
                "said",
                "W",
            ),
            ("“They do not want a cheque.", "Tormodan Gownfield-MacPhaidein", "said", ""),
            ("They want a boat,” he said.", "Tormodan Gownfield-MacPhaidein", "said", ""),
        ],
        [
            (
                "According to a briefing by the parliament’s research service, the government has spent £412m on ferry services and vessels since 2020.",
                "a briefing by the parliament’s research service",
                "According to",
                "W",
            ),
        ],
        [
            (
                "Marravale Ferries, which runs the routes under contract, said in a statement that 71 per cent of this year’s cancellations were caused by weather and 22 per cent by technical faults.",
                "Marravale Ferries",
                "said in a statement",
                "W",
            ),
            (
                "Its chief executive, Ruairidhan Dalmagarry, who watched the debate from the public gallery, did not respond to a request for comment afterwards.",
                "Ruairidhan Dalmagarry",
                "did not respond",
                "",
            ),
        ],
        [
            (
                "Closing the debate, Ms Coulbrachan-Tolmachan said claims would open on 11 January.",
                "Muirgheal Coulbrachan-Tolmachan",
                "said",
                "W",
            ),
            (
                "“I would rather be standing here announcing a new ferry.",
                "Muirgheal Coulbrachan-Tolmachan",
                "said",
                "",
            ),
            (
                "I am not, so I am standing here with the next best thing,” she said.",
                "Muirgheal Coulbrachan-Tolmachan",
                "said",
                "",
            ),
        ],
        [
            ("Sign up to Holyrood Briefing, our free weekday politics newsletter.", "", "", "B"),
        ],
        [
            ("Comments are closed on this article.", "", "", "B"),
        ],
        [
            ("Most read", "", "", "B"),
        ],
        [
            ("Council tax freeze to end in April, finance secretary confirms", "", "", "B"),
        ],
        [
            ("Storm warning for Western Isles as winds of 80mph forecast", "", "", "B"),
        ],
        [
            ("© Glendarrach Herald Ltd 2026.", "", "", "B"),
            ("Registered in Scotland, company number SC418072.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE MOLOPODRIFT MAIL", "", "", "B"),
        ],
        [
            (
                "Thursday, 3 December 2026 | Johannesburg 27°C | Pretoria 29°C | Rand/$ 17.42",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "NEWS | POLITICS | BUSINESS | COURTS | SPORT | LIFESTYLE | OPINION | VIDEO",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Courts", "", "", "B"),
        ],
        [
            (
                "Ex-clerk testifies R48.6m water tender was “decided before it was advertised”",
                "Riana Swartlandt-Gxabeka",
                "testifies",
                "W",
            ),
        ],
        [
            (
                "Defence says the witness is settling scores after she was dismissed in 2023",
                "Dikeledi Mmatlhapi-Boshielo",
                "says",
                "",
            ),
        ],
        [
            ("Tshepangwe Ramaphiri-Seakgoe | Courts reporter", "", "", "B"),
        ],
        [
            ("03 December 2026 | 17:20", "", "", "B"),
        ],
        [
            ("Share: Facebook X WhatsApp Email", "", "", "B"),
        ],
        [
            (
                "PRETORIA – A former procurement clerk at the Tshwane Bulk Water Utility testified on Wednesday that a R48.6 million pipe-replacement tender was awarded to a company that had been told it would win “weeks before the closing date”.",
                "Riana Swartlandt-Gxabeka",
                "testified",
                "W",
            ),
        ],
        [
            (
                "According to the charge sheet, the utility’s former chief financial officer, Thandolwenkosi Mqadikhulu-Sefaratsi, 51, and the contractor’s director, Pieterjan Olivenhout, 47, face 14 counts of fraud, corruption and money laundering.",
                "the charge sheet",
                "According to",
                "W",
            ),
            ("Both have pleaded not guilty and are out on bail of R100,000 each.", "", "", "W"),
        ],
        [
            (
                "Riana Swartlandt-Gxabeka, who worked in the utility’s supply chain unit from 2017 to 2023, told the court that Mr Mqadikhulu-Sefaratsi handed her a list of “preferred bidders” in February 2021.",
                "Riana Swartlandt-Gxabeka",
                "told the court",
                "W",
            ),
            (
                "She said the list had five names on it, and that Kwenaroof Civils, Mr Olivenhout’s company, was underlined.",
                "Riana Swartlandt-Gxabeka",
                "said",
                "W",
            ),
            (
                "“He said to me: ‘This one is important to the chief executive.’",
                "Riana Swartlandt-Gxabeka",
                "said",
                "",
            ),
            ("I understood what that meant,” she said.", "Riana Swartlandt-Gxabeka", "said", ""),
        ],
        [
            (
                "Led in evidence by state prosecutor Adv. Nomvuselelo Khumbuzile Dlamkhulu, the witness testified that the tender’s specifications were changed twice after it was advertised, both times to require a pipe size that only Kwenaroof Civils had in stock.",
                "Riana Swartlandt-Gxabeka",
                "testified",
                "W",
            ),
        ],
        [
            (
                "Adv. Dlamkhulu put it to her that an internal audit in 2022 had found no record of those changes.",
                "Nomvuselelo Khumbuzile Dlamkhulu",
                "put it to",
                "W",
            ),
            (
                "“That is because the old file was replaced with a new one,” Swartlandt-Gxabeka replied.",
                "Riana Swartlandt-Gxabeka",
                "replied",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "RELATED: Water utility suspends four managers after Auditor-General finding",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Cross-examining her, Adv. Dikeledi Mmatlhapi-Boshielo SC, for Mr Mqadikhulu-Sefaratsi, suggested that the witness was “settling a score” because she had been dismissed in 2023 for unauthorised absence.",
                "Dikeledi Mmatlhapi-Boshielo",
                "suggested",
                "",
            ),
            (
                "Swartlandt-Gxabeka conceded that she had been dismissed but said she had reported the tender to the utility’s ethics hotline in June 2021, nearly two years earlier.",
                "Riana Swartlandt-Gxabeka",
                "conceded",
                "W",
            ),
            (
                "“Then why is there no record of that call either?” Adv. Mmatlhapi-Boshielo asked.",
                "Dikeledi Mmatlhapi-Boshielo",
                "asked",
                "",
            ),
            (
                "“You will have to ask the people who kept the records,” the witness answered.",
                "Riana Swartlandt-Gxabeka",
                "answered",
                "",
            ),
        ],
        [
            (
                "Regional Court Magistrate Sizwekazi Zwakala-Mgcawu overruled an objection by the defence and ruled that a copy of the hotline log, obtained by the state from the hotline’s outside provider, could be admitted.",
                "Sizwekazi Zwakala-Mgcawu",
                "ruled",
                "W",
            ),
            (
                "“The court will decide what weight to give it,” she said.",
                "Sizwekazi Zwakala-Mgcawu",
                "said",
                "",
            ),
        ],
        [
            (
                "Olivenhout’s counsel, Adv. Barend Vorsterhoek-Cebekhulu, said outside court that his client had built 32 kilometres of pipeline for the utility “on time and under budget”.",
                "Barend Vorsterhoek-Cebekhulu",
                "said",
                "W",
            ),
            (
                "He said his client looked forward to giving evidence.",
                "Barend Vorsterhoek-Cebekhulu",
                "said",
                "",
            ),
        ],
        [
            (
                "The state’s second witness, forensic investigator Mandlakazi Ngcolosi-Lekhuleni, told the court that R6.2 million was paid from Kwenaroof Civils’ account into a trust linked to Mr Mqadikhulu-Sefaratsi’s brother-in-law between 2021 and 2022.",
                "Mandlakazi Ngcolosi-Lekhuleni",
                "told the court",
                "W",
            ),
            (
                "She said the payments were described as “consulting fees” and that she had found no consulting contract.",
                "Mandlakazi Ngcolosi-Lekhuleni",
                "said",
                "W",
            ),
            (
                "Under cross-examination, she said she had not interviewed the brother-in-law, who died in 2024.",
                "Mandlakazi Ngcolosi-Lekhuleni",
                "said",
                "W",
            ),
        ],
        [
            (
                "The prosecuting authority’s regional spokesperson said the state expected to call nine more witnesses.",
                "The prosecuting authority’s regional spokesperson",
                "said",
                "",
            ),
            (
                "The utility declined to comment while the case was before the court.",
                "The utility",
                "declined to comment",
                "",
            ),
        ],
        [
            ("The trial continues on Thursday.", "", "", "W"),
        ],
        [
            (
                "Follow Molopodrift Mail Courts on WhatsApp for live updates from the country’s biggest trials.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tags: Courts · Corruption · Water · Pretoria", "", "", "B"),
        ],
        [
            ("MORE IN COURTS", "", "", "B"),
        ],
        [
            ("Bail denied for taxi boss accused of ordering rank shooting", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Molopodrift Media (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("Ribbleholme Evening Post", "", "", "B"),
        ],
        [
            ("Home  ›  News  ›  Lancashire  ›  Courts", "", "", "B"),
        ],
        [
            ("News | Sport | What’s On | Property | Jobs | Announcements | Puzzles", "", "", "B"),
        ],
        [
            (
                "Apprentice roofer, 19, died after falling through fragile rooflight on farm shed, inquest hears",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mother says her son “was never once given a harness” as coroner issues warning to roofing firms",
                "Gwendoline Skelmerdale-Hesketby",
                "says",
                "",
            ),
        ],
        [
            ("Harmonie Aughtonby-Crichlow", "", "", "B"),
        ],
        [
            ("Court reporter", "", "", "B"),
        ],
        [
            ("16:38, 1 DEC 2026", "", "", "B"),
        ],
        [
            ("Updated 17:02, 1 DEC 2026", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            ("Kayden Skelmerdale-Hesketby, who had been an apprentice for 11 months.", "", "", ""),
            ("(Image: Family handout)", "", "", "B"),
        ],
        [
            (
                "A 19-year-old apprentice roofer died after falling almost seven metres through a fragile plastic rooflight while replacing sheets on a farm building near Longridge, an inquest in Preston has heard.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Kayden Skelmerdale-Hesketby, of Ribbleton, suffered fatal head injuries in the fall on 14 March and died at Fulwood General Hospital the next day.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Area coroner Merriel Trawdenley-Bryerwood recorded a conclusion of accidental death at the end of the two-day hearing at County Hall on Tuesday.",
                "Merriel Trawdenley-Bryerwood",
                "recorded",
                "W",
            ),
            (
                "She said she would send a report to prevent future deaths to the trade body for roofing contractors, as no netting or covers had been fitted under or over the rooflights.",
                "Merriel Trawdenley-Bryerwood",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a statement read to the inquest by the coroner’s officer, his mother, Gwendoline Skelmerdale-Hesketby, said her son had left school at 16 and “lived for being up on a roof”.",
                "Gwendoline Skelmerdale-Hesketby",
                "said",
                "W",
            ),
            (
                "“He rang me at dinner time that day to say it was freezing up there.",
                "Gwendoline Skelmerdale-Hesketby",
                "said in the statement",
                "",
            ),
            (
                "He was never once given a harness, not that day and not any day he told me about,” she said in the statement.",
                "Gwendoline Skelmerdale-Hesketby",
                "said in the statement",
                "W",
            ),
        ],
        [
            (
                "Kayden’s uncle, Nevison Skelmerdale-Hesketby, who owns Fellstone Roofing Ltd and employed him, told the inquest that a harness and line were kept in the company van.",
                "Nevison Skelmerdale-Hesketby",
                "told the inquest",
                "W",
            ),
            (
                "He said he had briefed the three-man crew on the rooflights that morning but had left the site at about 10.30am to price another job.",
                "Nevison Skelmerdale-Hesketby",
                "said",
                "W",
            ),
            (
                "“I will live with that for the rest of my life,” Mr Skelmerdale-Hesketby said.",
                "Nevison Skelmerdale-Hesketby",
                "said",
                "",
            ),
            (
                "Questioned by the coroner, he accepted that no written risk assessment had been done for the job.",
                "Nevison Skelmerdale-Hesketby",
                "accepted",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Pranjalika Ottringham-Rashidan, an inspector with the regional Workplace Safety Inspectorate, told the inquest that the rooflights were original to the building, which was put up in 1987, and had become brittle with age.",
                "Pranjalika Ottringham-Rashidan",
                "told the inquest",
                "W",
            ),
            (
                "She said a safety net under the work area would have cost about £1,400 to hire for the week.",
                "Pranjalika Ottringham-Rashidan",
                "said",
                "W",
            ),
            (
                "“This is a known hazard, and it is a preventable one,” she said.",
                "Pranjalika Ottringham-Rashidan",
                "said",
                "",
            ),
            (
                "She said the inspectorate had served an improvement notice on the company in May, which it had complied with.",
                "Pranjalika Ottringham-Rashidan",
                "said",
                "W",
            ),
        ],
        [
            (
                "Colleague Bartlemy Quernmore-Aislaby, 24, told the court he was about three metres away when Kayden stepped backwards onto the rooflight.",
                "Bartlemy Quernmore-Aislaby",
                "told the court",
                "W",
            ),
            ("“There was a crack and he was gone.", "Bartlemy Quernmore-Aislaby", "said", ""),
            (
                "I didn’t even have time to shout,” he said.",
                "Bartlemy Quernmore-Aislaby",
                "said",
                "",
            ),
        ],
        [
            (
                "Consultant pathologist Dr Lisbeth Wraybeck said the cause of death was a traumatic brain injury.",
                "Lisbeth Wraybeck",
                "said",
                "W",
            ),
        ],
        [
            (
                "Recording her conclusion, Mrs Trawdenley-Bryerwood told the family: “Kayden was a young man at the very start of a working life he clearly loved.",
                "Merriel Trawdenley-Bryerwood",
                "told",
                "",
            ),
            ("I am so sorry for your loss.”", "Merriel Trawdenley-Bryerwood", "told", ""),
        ],
        [
            ("READ MORE: Fire crews spend nine hours at barn blaze near Chipping", "", "", "B"),
        ],
        [
            (
                "If you have been affected by anything in this story, the Brockside Listening Line is free and open day and night on 0800 046 2217.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comment: 4", "", "", "B"),
        ],
        [
            ("More On", "", "", "B"),
        ],
        [
            ("Inquests", "", "", "B"),
        ],
        [
            ("Longridge", "", "", "B"),
        ],
        [
            ("Workplace deaths", "", "", "B"),
        ],
        [
            ("Don't Miss", "", "", "B"),
        ],
        [
            ("Grandmother’s tribute to ‘gentle giant’ killed in M6 crash", "", "", "B"),
        ],
        [
            ("Plans lodged for 240 homes on former mill site in Walton-le-Dale", "", "", "B"),
        ],
        [
            ("©2026 Ribbleholme Media Ltd.", "", "", "B"),
            ("All rights reserved | Privacy notice | Cookie settings", "", "", "B"),
        ],
    ],
    [
        [
            ("THE PELITABAYU POST", "", "", "B"),
        ],
        [
            (
                "Monday, 30 November 2026 | Kuala Lumpur | Login | Subscribe from RM9.90 a month",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Nation | Metro | Business | Sport | World | Opinion | Lifestyle | Videos | ePaper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Metro > Selangor", "", "", "B"),
        ],
        [
            (
                "“Thirty-one per cent of our treated water never reaches a tap,” says water regulator chief",
                "Norhashimah Fadzilullah",
                "says",
                "W",
            ),
        ],
        [
            (
                "Eleven days after a burst trunk main cut supply to 1.2 million people, the head of the Klang Valley’s water regulator answers questions on pipes, tariffs and who pays for failure",
                "",
                "",
                "",
            ),
        ],
        [
            ("By Farhanah Zahirudin-Rasyidah", "", "", "B"),
        ],
        [
            ("Published: 30 November 2026, 7:00 am", "", "", "B"),
        ],
        [
            ("Share this: Facebook | X | WhatsApp | Telegram | Gift this article", "", "", "B"),
        ],
        [
            (
                "A repair crew works on the burst 1,800mm trunk main in Shah Alam on 20 November.",
                "",
                "",
                "",
            ),
            ("PHOTO: THE PELITABAYU POST", "", "", "B"),
        ],
        [
            (
                "KUALA LUMPUR: On 19 November, a 1,800mm trunk main in Shah Alam burst, cutting water to about 1.2 million people in 417 areas of the Klang Valley for up to four days.",
                "",
                "",
                "W",
            ),
            (
                "Datuk Ir. Norhashimah Fadzilullah, who has chaired the Klang Valley Water Regulatory Commission since 2023, said at the time that the pipe was 46 years old.",
                "Norhashimah Fadzilullah",
                "said",
                "W",
            ),
            (
                "The state executive councillor for infrastructure, Dato’ Goon Kum Yoong, said last week the state would seek a RM1.9 billion federal loan to replace 410km of old mains.",
                "Goon Kum Yoong",
                "said",
                "W",
            ),
        ],
        [
            ("This interview has been edited for length and clarity.", "", "", "B"),
        ],
        [
            ("POST: Eleven days on, can you say why the pipe burst?", "", "", ""),
        ],
        [
            (
                "NORHASHIMAH FADZILULLAH: The preliminary finding is corrosion at a joint, on a section laid in 1980.",
                "Norhashimah Fadzilullah",
                "NORHASHIMAH FADZILULLAH:",
                "W",
            ),
            (
                "Pressure readings show no surge that night, so we do not think the pumps were to blame.",
                "Norhashimah Fadzilullah",
                "NORHASHIMAH FADZILULLAH:",
                "W",
            ),
            (
                "The full report should be ready by mid-January.",
                "Norhashimah Fadzilullah",
                "NORHASHIMAH FADZILULLAH:",
                "",
            ),
        ],
        [
            ("POST: Is that pipe unusual?", "", "", ""),
        ],
        [
            (
                "NORHASHIMAH: No, and that is the honest answer.",
                "Norhashimah Fadzilullah",
                "NORHASHIMAH:",
                "",
            ),
            (
                "About 2,300km of our trunk and distribution mains are more than 40 years old, which is roughly one kilometre in every six.",
                "Norhashimah Fadzilullah",
                "NORHASHIMAH:",
                "W",
            ),
        ],
        [
            (
                "POST: The consumers’ association says the operator replaced only 38km of old pipe last year.",
                "The consumers’ association",
                "says",
                "W",
            ),
            ("Why so little?", "", "", ""),
        ],
        [
            ("NORHASHIMAH: The figure is correct.", "Norhashimah Fadzilullah", "NORHASHIMAH:", "W"),
            (
                "The operator’s capital budget for pipe replacement was RM212 million in 2025, and at today’s prices that buys you about 40km.",
                "Norhashimah Fadzilullah",
                "NORHASHIMAH:",
                "W",
            ),
            (
                "I have told them, and I will say it publicly, that it is not enough.",
                "Norhashimah Fadzilullah",
                "NORHASHIMAH:",
                "",
            ),
        ],
        [
            (
                "POST: The commission’s own annual report shows non-revenue water at 31.4 per cent.",
                "The commission’s own annual report",
                "shows",
                "W",
            ),
            ("Where does all that water go?", "", "", ""),
        ],
        [
            (
                "NORHASHIMAH: Mostly into the ground through leaks.",
                "Norhashimah Fadzilullah",
                "NORHASHIMAH:",
                "W",
            ),
            (
                "About a fifth of it is meters that under-read or are tampered with, and a smaller share is illegal connections.",
                "Norhashimah Fadzilullah",
                "NORHASHIMAH:",
                "W",
            ),
        ],
        [
            ("Singapore loses about 5 per cent.", "Norhashimah Fadzilullah", "NORHASHIMAH:", "W"),
            (
                "We will never be Singapore, but 20 per cent by 2030 is possible if the money comes.",
                "Norhashimah Fadzilullah",
                "NORHASHIMAH:",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Read also: Residents of Klang queue for water tankers as supply returns slowly",
                "",
                "",
                "B",
            ),
        ],
        [
            ("POST: Residents had no water for four days.", "", "", "W"),
            ("Will they be compensated?", "", "", ""),
        ],
        [
            (
                "NORHASHIMAH: Every affected domestic account will get a rebate of RM15 on its December bill.",
                "Norhashimah Fadzilullah",
                "NORHASHIMAH:",
                "W",
            ),
            (
                "That was approved by the commission on 24 November and costs the operator about RM6.8 million.",
                "Norhashimah Fadzilullah",
                "NORHASHIMAH:",
                "W",
            ),
        ],
        [
            ("POST: Fifteen ringgit does not go far.", "", "", ""),
        ],
        [
            ("NORHASHIMAH: I know.", "Norhashimah Fadzilullah", "NORHASHIMAH:", ""),
            (
                "I had no water either, in Subang Jaya, and I queued at a tanker with my neighbours.",
                "Norhashimah Fadzilullah",
                "NORHASHIMAH:",
                "",
            ),
        ],
        [
            ("POST: Will tariffs have to rise to pay for new pipes?", "", "", ""),
        ],
        [
            (
                "NORHASHIMAH: Domestic tariffs were last raised in February 2024, by 22 sen per cubic metre.",
                "Norhashimah Fadzilullah",
                "NORHASHIMAH:",
                "W",
            ),
            (
                "Any new increase is a decision for the state and federal governments, not for me, and I will not pre-empt it.",
                "Norhashimah Fadzilullah",
                "NORHASHIMAH:",
                "",
            ),
        ],
        [
            ("POST: What would you say to people who have lost faith?", "", "", ""),
        ],
        [
            ("NORHASHIMAH: Report leaks.", "Norhashimah Fadzilullah", "NORHASHIMAH:", ""),
            (
                "Last year 41 per cent of the leaks we fixed were reported by the public through the app or the hotline.",
                "Norhashimah Fadzilullah",
                "NORHASHIMAH:",
                "W",
            ),
        ],
        [
            (
                "Get the latest news delivered to your phone: follow The Pelitabayu Post on Telegram.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Operator apologises for slow tanker deployment in Petaling district", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Pelitabayu Media Berhad (Reg. No. 197801004417).", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE SUMAS PRAIRIE COURIER", "", "", "B"),
        ],
        [
            (
                "Sunday, November 22, 2026 · Abbotsford, B.C. · 6°C Rain · Subscribe · Log in",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Local News | B.C. | Weather | Business | Sports | Opinion | Obituaries | e-Edition",
                "",
                "",
                "B",
            ),
        ],
        [
            ("LIVE UPDATES", "", "", "B"),
        ],
        [
            (
                "Fraser Valley flooding: Sumas Prairie evacuation order expanded to 1,140 properties as pump station nears capacity",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Courier staff", "", "", "B"),
        ],
        [
            ("Updated 4:48 p.m. PT", "", "", "B"),
        ],
        [
            ("Share on Facebook · Share on X · Email · Print", "", "", "B"),
        ],
        [
            ("Pinned", "", "", "B"),
        ],
        [
            (
                "ABBOTSFORD, B.C. — An evacuation order covering 1,140 properties on Sumas Prairie and in the Ormesbury Flats area was in force Sunday afternoon after 148 millimetres of rain fell on the city in 48 hours.",
                "",
                "",
                "W",
            ),
            (
                "The highway through the valley is closed in both directions between Tolmark Road and Gillquist Road.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("4:48 p.m.", "", "", "B"),
        ],
        [
            (
                "Mayor says pump station “holding, but only just”",
                "Harminderjit Sandhawalkar-Brentmoor",
                "says",
                "W",
            ),
            (
                "Mayor Harminderjit Sandhawalkar-Brentmoor told reporters at city hall that the Halbrooke pump station was running all four of its pumps at full capacity, moving about 23 cubic metres a second.",
                "Harminderjit Sandhawalkar-Brentmoor",
                "told reporters",
                "W",
            ),
            (
                "“It is holding, but only just.",
                "Harminderjit Sandhawalkar-Brentmoor",
                "told reporters",
                "",
            ),
            (
                "If the river rises another 40 centimetres, we are in a different situation,” he told reporters.",
                "Harminderjit Sandhawalkar-Brentmoor",
                "told reporters",
                "",
            ),
        ],
        [
            ("— Thirza Oyelowe-Gargrave", "", "", "B"),
        ],
        [
            ("3:15 p.m.", "", "", "B"),
        ],
        [
            ("Province asks Ottawa for military help", "", "", "W"),
            (
                "Emergency Management Minister Rosalbina Tchernowski-Vailbrook said the province formally asked the federal government at 1 p.m. for troops to help fill and place sandbags along the Sumas dike.",
                "Rosalbina Tchernowski-Vailbrook",
                "said",
                "W",
            ),
            (
                "She said the request covered up to 300 personnel for two weeks.",
                "Rosalbina Tchernowski-Vailbrook",
                "said",
                "",
            ),
            (
                "In a post on X, she wrote that 11 reception centres were open across the Fraser Valley and that 2,460 people had registered with them since Friday.",
                "Rosalbina Tchernowski-Vailbrook",
                "wrote",
                "W",
            ),
        ],
        [
            ("— Courier staff", "", "", "B"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("2:40 p.m.", "", "", "B"),
        ],
        [
            ("Dairy farmers move herds to higher ground", "", "", ""),
            (
                "Gorrick Odegaardson, who milks 260 cows on Dunsmuir Road, told the Courier he had trucked 180 of them to a neighbour’s barn on higher ground by noon.",
                "Gorrick Odegaardson",
                "told the Courier",
                "",
            ),
            ("“The other 80 are the problem,” he said.", "Gorrick Odegaardson", "said", ""),
            (
                "“I have been here 31 years, and in 2021 I lost 40 animals.",
                "Gorrick Odegaardson",
                "said",
                "",
            ),
            ("I am not doing that again.”", "Gorrick Odegaardson", "said", ""),
        ],
        [
            ("— Lieselotte Marchcombe-Tadokoro", "", "", "B"),
        ],
        [
            ("1:55 p.m.", "", "", "B"),
        ],
        [
            ("Police close two more roads", "", "", "W"),
            (
                "Abbotsford police Sgt. Wendelina Pashkovar said officers closed Fennelby Road and Ostwalden Way south of the highway at 1:30 p.m. after water crossed both.",
                "Wendelina Pashkovar",
                "said",
                "W",
            ),
            ("She asked people not to drive around barricades.", "Wendelina Pashkovar", "said", ""),
            (
                "“Twenty centimetres of moving water is enough to float a car,” she said.",
                "Wendelina Pashkovar",
                "said",
                "",
            ),
        ],
        [
            ("12:20 p.m.", "", "", "B"),
        ],
        [
            ("Brother and sister with a farm stand on each side of the dike", "", "", ""),
            (
                "Minnie Vandermolenaar-Sahota, who runs a berry farm on the north side of the dike, wrote in a post on Facebook that she had moved the family’s freezers to the second floor of the house overnight.",
                "Minnie Vandermolenaar-Sahota",
                "wrote in a post on Facebook",
                "",
            ),
            (
                "Her brother, Anselmus Vandermolenaar-Sahota, whose farm stand is on the south side, said he stayed behind.",
                "Anselmus Vandermolenaar-Sahota",
                "said",
                "",
            ),
            (
                "“My sister thinks I’m crazy,” he said.",
                "Anselmus Vandermolenaar-Sahota",
                "said",
                "",
            ),
            ("“She is probably right.”", "Anselmus Vandermolenaar-Sahota", "said", ""),
        ],
        [
            ("11:05 a.m.", "", "", "B"),
        ],
        [
            ("Power cut to 3,900 customers", "", "", "W"),
            (
                "Coastal Ridge Power said it cut electricity to about 3,900 customers in the flood zone as a precaution at 10:40 a.m.",
                "Coastal Ridge Power",
                "said",
                "W",
            ),
            (
                "The utility said crews would restore supply street by street once water levels drop.",
                "The utility",
                "said",
                "",
            ),
        ],
        [
            ("9:30 a.m.", "", "", "B"),
        ],
        [
            ("River level at Mission gauge passes 2021 mark", "", "", "W"),
            (
                "According to the city’s flood dashboard, the Fraser River at the Mission gauge reached 6.91 metres at 9 a.m., three centimetres above its peak during the November 2021 floods.",
                "the city’s flood dashboard",
                "According to",
                "W",
            ),
        ],
        [
            ("Load earlier updates", "", "", "B"),
        ],
        [
            ("Have photos or video? Send them to newsdesk@sumasprairiecourier.ca.", "", "", "B"),
        ],
        [
            ("Read next", "", "", "B"),
        ],
        [
            ("How to apply for provincial disaster financial assistance", "", "", "B"),
        ],
        [
            ("© 2026 Sumas Prairie Courier, a division of Kettlecombe Media Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("SWANCOAST SPORT", "", "", "B"),
        ],
        [
            ("Thursday 26 November 2026 | Perth | Sign up | Log in", "", "", "B"),
        ],
        [
            (
                "Footy | Football | Cricket | Racing | Netball | Basketball | More sports",
                "",
                "",
                "B",
            ),
        ],
        [
            ("FOOTBALL", "", "", "B"),
        ],
        [
            (
                "Ironwoods unveil Callumby Mbekwe-Rowlestone as coach on three-year deal after worst season in club history",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "New boss says he will “earn the right to be liked” as chairman admits board got the last appointment wrong",
                "Callumby Mbekwe-Rowlestone",
                "says",
                "",
            ),
        ],
        [
            ("By Jarrahlee Pindimarra-Welsh", "", "", "B"),
        ],
        [
            ("Posted Thu 26 Nov 2026 at 3:05pm", "", "", "B"),
        ],
        [
            ("Facebook   X   WhatsApp   Email   Copy link", "", "", "B"),
        ],
        [
            (
                "Callumby Mbekwe-Rowlestone holds up his new shirt between chairman Desmon Kolovrat-Heane, left, and captain Lochie Kovacevski-Petrieson.",
                "",
                "",
                "",
            ),
            ("Photo: Swancoast Sport/Taylie Orcharton", "", "", "B"),
        ],
        [
            (
                "Swanvale Ironwoods have appointed Callumby Mbekwe-Rowlestone as head coach on a three-year contract, chairman Dr Desmon Kolovrat-Heane told a press conference at the club’s Bassendean training ground on Thursday.",
                "Desmon Kolovrat-Heane",
                "told a press conference",
                "W",
            ),
            (
                "Mbekwe-Rowlestone, 44, replaces Gerolt Hollowbush-Tunkston, who was sacked on October 9 after the club won six of its 26 league matches and finished ninth of 12.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Kolovrat-Heane admitted the board had “got the last one wrong”.",
                "Desmon Kolovrat-Heane",
                "admitted",
                "",
            ),
            (
                "“We chose a name, and we should have chosen a plan.",
                "Desmon Kolovrat-Heane",
                "said",
                "",
            ),
            ("That is on me and nobody else,” he said.", "Desmon Kolovrat-Heane", "said", ""),
        ],
        [
            (
                "Chief executive Brendric Ashcroftly-Tulliemet, sitting to the chairman’s left, said the search had taken seven weeks and the club had interviewed five candidates, three of them from overseas.",
                "Brendric Ashcroftly-Tulliemet",
                "said",
                "W",
            ),
            (
                "He said membership had fallen by 1,850 to 9,420 since the start of last season.",
                "Brendric Ashcroftly-Tulliemet",
                "said",
                "W",
            ),
            (
                "“People vote with their feet and their wallets.",
                "Brendric Ashcroftly-Tulliemet",
                "added",
                "",
            ),
            ("We heard them,” he added.", "Brendric Ashcroftly-Tulliemet", "added", ""),
        ],
        [
            (
                "Mbekwe-Rowlestone, who spent the past four seasons as assistant coach at a club in the Scottish second tier, said he had already watched all 26 of last season’s matches.",
                "Callumby Mbekwe-Rowlestone",
                "said",
                "W",
            ),
            (
                "“I am not going to stand here and promise you a trophy.",
                "Callumby Mbekwe-Rowlestone",
                "said",
                "",
            ),
            (
                "I will earn the right to be liked,” he said.",
                "Callumby Mbekwe-Rowlestone",
                "said",
                "",
            ),
        ],
        [
            (
                "Asked how he would cope with a Perth summer after Scotland, he joked: “I have bought three hats.”",
                "Callumby Mbekwe-Rowlestone",
                "joked",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Captain Lochie Kovacevski-Petrieson, who was brought in to speak after the coach, told reporters the players had been told of the appointment at 8am.",
                "Lochie Kovacevski-Petrieson",
                "told reporters",
                "W",
            ),
            (
                "“He has a reputation for running you into the ground.",
                "Lochie Kovacevski-Petrieson",
                "said",
                "",
            ),
            ("Good,” Kovacevski-Petrieson said.", "Lochie Kovacevski-Petrieson", "said", ""),
            (
                "He said 11 of the 23 senior players were off contract at the end of the season.",
                "Lochie Kovacevski-Petrieson",
                "said",
                "W",
            ),
        ],
        [
            ("READ MORE: Ironwoods women’s side books first finals spot since 2019", "", "", "B"),
        ],
        [
            (
                "Asked whether the new coach would have money to spend, Ashcroftly-Tulliemet began to answer before the chairman interjected: “He will have what we can afford.",
                "Desmon Kolovrat-Heane",
                "interjected",
                "",
            ),
            ("We are not going to mortgage the club.”", "Desmon Kolovrat-Heane", "interjected", ""),
            (
                "He said the coach’s contract included a break clause after two seasons.",
                "Desmon Kolovrat-Heane",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to the club’s annual report, the Ironwoods recorded a loss of $3.4 million in the 2025-26 financial year.",
                "the club’s annual report",
                "According to",
                "W",
            ),
            (
                "A source close to the board, who was not authorised to speak publicly, said Mbekwe-Rowlestone’s contract was “at the top end of what the club has ever paid a coach”.",
                "A source close to the board",
                "said",
                "",
            ),
            (
                "Hollowbush-Tunkston’s manager, Ignaas Roebourne-Faughnan, declined to comment.",
                "Ignaas Roebourne-Faughnan",
                "declined to comment",
                "",
            ),
            (
                "The league did not respond to questions about the club’s finances.",
                "The league",
                "did not respond",
                "",
            ),
        ],
        [
            (
                "The Ironwoods open the new season against Capeview City at home on December 12.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Tags: Football, Swanvale Ironwoods, Perth", "", "", "B"),
        ],
        [
            ("Related stories", "", "", "B"),
        ],
        [
            ("Hollowbush-Tunkston sacked after Ironwoods lose seventh straight", "", "", "B"),
        ],
        [
            (
                "Swancoast Sport acknowledges the Traditional Owners of the land on which we work.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Swancoast Sport Pty Ltd.", "", "", "B"),
            ("ABN 41 118 604 223", "", "", "B"),
        ],
    ],
    [
        [
            ("THE MAYSFORK DISPATCH", "", "", "B"),
        ],
        [
            (
                "Local News · Sports · Business · Opinion · Obituaries · Classifieds · Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("LOCAL NEWS", "", "", "B"),
        ],
        [
            (
                "Mothers, nurses pack meeting as Zanesville hospital confirms it will stop delivering babies Jan. 31",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "More than 400 people turned out Tuesday night; some will now face an hour’s drive to give birth",
                "",
                "",
                "",
            ),
        ],
        [
            ("Jolynna Markwardt-Vizcaino", "", "", "B"),
        ],
        [
            ("The Maysfork Dispatch", "", "", "B"),
        ],
        [
            (
                "Published 10:12 p.m. ET Dec. 1, 2026 | Updated 6:40 a.m. ET Dec. 2, 2026",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Share: Facebook | X | Email", "", "", "B"),
        ],
        [
            (
                "ZANESVILLE, Ohio — Rivermead Regional Medical Center will close its labor and delivery unit on Jan. 31 because it delivered only 388 babies in the last 12 months, too few to staff the unit safely, the hospital’s president said Tuesday.",
                "Corinthea Pennybacker-Oakendale",
                "said",
                "W",
            ),
            (
                "“This is the hardest recommendation I have ever taken to a board,” said Corinthea Pennybacker-Oakendale, who has led the hospital since 2019.",
                "Corinthea Pennybacker-Oakendale",
                "said",
                "",
            ),
            (
                "She said the unit lost $4.1 million in the fiscal year that ended June 30.",
                "Corinthea Pennybacker-Oakendale",
                "said",
                "W",
            ),
        ],
        [
            (
                "More than 400 people filled the auditorium at Maysfork High School for the meeting, and dozens more stood in the hallway.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“I had both of my kids on the third floor of that building,” said Dequarius Tibbettsford, who drove in from Duncan Falls with his 4-year-old on his shoulders.",
                "Dequarius Tibbettsford",
                "said",
                "",
            ),
            (
                "“Where is my wife supposed to go if there’s a third?”",
                "Dequarius Tibbettsford",
                "said",
                "",
            ),
        ],
        [
            (
                "“We have 14 labor nurses, and as of tonight, none of us knows if we have a job,” said Margaretha Hollenschild-Riojas, a labor and delivery nurse for 22 years.",
                "Margaretha Hollenschild-Riojas",
                "said",
                "W",
            ),
            (
                "She said the nearest hospital still delivering babies, in Newark, is 33 miles away.",
                "Margaretha Hollenschild-Riojas",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "“Every nurse will be offered a position elsewhere in the hospital at the same pay,” Pennybacker-Oakendale said in reply.",
                "Corinthea Pennybacker-Oakendale",
                "said",
                "W",
            ),
            (
                "She said the hospital would keep an obstetrics clinic open four days a week for prenatal and postpartum care.",
                "Corinthea Pennybacker-Oakendale",
                "said",
                "",
            ),
            (
                "Deliveries had fallen from 611 in 2019 as younger families moved away and more women chose larger hospitals in Columbus, she said.",
                "Corinthea Pennybacker-Oakendale",
                "said",
                "W",
            ),
        ],
        [
            (
                "“My daughter came out not breathing, and there was a team in that room within 90 seconds,” said Amberlee Fosterbrook-Quade, 31, of Roseville, who held her 2-year-old through the meeting.",
                "Amberlee Fosterbrook-Quade",
                "said",
                "",
            ),
            ("“Try getting that on the interstate.”", "Amberlee Fosterbrook-Quade", "said", ""),
        ],
        [
            (
                "“We have a rural county, icy roads and an ambulance service stretched thin.",
                "Alderich Brunsdahl",
                "said",
                "",
            ),
            (
                "Do the math on that,” said Dr. Alderich Brunsdahl, a family physician in New Concord who has delivered babies at the hospital since 1998.",
                "Alderich Brunsdahl",
                "said",
                "",
            ),
        ],
        [
            (
                "“The hospital told the state it had 12 obstetric beds in its last license renewal,” said state Rep. Kaylynn Stroup-Hadaway, R-Zanesville.",
                "Kaylynn Stroup-Hadaway",
                "said",
                "W",
            ),
            (
                "She said she would ask the state health department to review whether the closure needed state approval.",
                "Kaylynn Stroup-Hadaway",
                "said",
                "",
            ),
        ],
        [
            (
                "“I prayed about what to say tonight, and what I want to say is: you are not alone,” said the Rev. Terrius Vollmeier-Greathouse Jr., pastor of Lashway Street Baptist Church, who opened the meeting with a prayer.",
                "Terrius Vollmeier-Greathouse Jr.",
                "said",
                "",
            ),
            (
                "He said the church’s van would take expectant mothers to appointments in Newark free of charge.",
                "Terrius Vollmeier-Greathouse Jr.",
                "said",
                "",
            ),
        ],
        [
            ("RELATED: Rivermead Regional cuts 60 jobs in billing, IT after merger", "", "", "B"),
        ],
        [
            (
                "According to a 2025 report by the Mingo Rural Health Collaborative, 29 of Ohio’s 88 counties have no hospital that delivers babies.",
                "a 2025 report by the Mingo Rural Health Collaborative",
                "According to",
                "W",
            ),
            ("Muskingum County would become the 30th.", "", "", ""),
            (
                "The hospital’s board voted 7-2 on Nov. 19 to close the unit, according to minutes posted on the hospital’s website.",
                "minutes posted on the hospital’s website",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“Ten women in my family were born at Rivermead, including me,” wrote Betsabe Larkmead, a county commissioner, in a post on the commission’s Facebook page before the meeting.",
                "Betsabe Larkmead",
                "wrote",
                "W",
            ),
            ("“I will be there, and I will be listening.”", "Betsabe Larkmead", "wrote", ""),
        ],
        [
            (
                "Belknapp Health, the Columbus-based system that bought Rivermead in 2024, did not respond to a request for comment Tuesday.",
                "Belknapp Health",
                "did not respond",
                "",
            ),
            (
                "A hospital spokeswoman said in an emailed statement that patients already booked to deliver after Jan. 31 would be contacted by Dec. 15.",
                "A hospital spokeswoman",
                "said in an emailed statement",
                "",
            ),
        ],
        [
            (
                "Jolynna Markwardt-Vizcaino covers health for The Maysfork Dispatch. Reach her at jmarkwardt@maysforkdispatch.com.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Have a news tip? Email news@maysforkdispatch.com or call 740-555-0182.", "", "", "B"),
        ],
        [
            ("© 2026 The Maysfork Dispatch.", "", "", "B"),
            (
                "All rights reserved. | Terms of Service | Privacy Policy | Your Privacy Choices",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("THE KALINDI CHRONICLE", "", "", "B"),
        ],
        [
            (
                "New Delhi | Wednesday, December 2, 2026 | Updated 11:48 PM IST | E-Paper | हिंदी",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "India | Cities | Politics | Economy | World | Sports | Explained | Opinion | Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            ("India / Railways", "", "", "B"),
        ],
        [
            (
                "Welded joint, not signal fault, caused Itarsi derailment, finds preliminary probe; three officials shifted",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ministry yet to make report public; union says track staff were asked to skip night inspections",
                "the Madhya Bharat Permanent Way Staff Union",
                "says",
                "W",
            ),
        ],
        [
            ("Written by Anupriya Thakkarvala", "", "", "B"),
        ],
        [
            ("New Delhi | December 2, 2026 22:15 IST", "", "", "B"),
        ],
        [
            ("Follow Us | Share on WhatsApp | Share on X", "", "", "B"),
        ],
        [
            (
                "NEW DELHI: A cracked welded joint on the up line, not a signalling fault, caused the derailment of 11 coaches of the Narmadagiri Express near Itarsi on November 21, according to the preliminary report of the inquiry, which has been seen by The Kalindi Chronicle.",
                "the preliminary report of the inquiry",
                "according to",
                "W",
            ),
            ("Four passengers were killed and 63 injured.", "", "", "W"),
        ],
        [
            (
                "The report, submitted to the railway ministry on Monday by railway safety commissioner Vikramsinh Pendsey-Sakhalkar, says the joint had been flagged as “defective, to be replaced” in an ultrasonic test on October 30 but was not replaced.",
                "The report",
                "says",
                "W",
            ),
            (
                "It says the train was travelling at 104 km/h, within the section’s limit of 110 km/h.",
                "The report",
                "says",
                "W",
            ),
        ],
        [
            (
                "Three officials of the Itarsi division, including a senior section engineer, were transferred on Tuesday evening, a senior railway ministry official who did not wish to be named said.",
                "a senior railway ministry official who did not wish to be named",
                "said",
                "W",
            ),
            (
                "“They have been moved so that they cannot influence the final inquiry.",
                "a senior railway ministry official who did not wish to be named",
                "said",
                "",
            ),
            (
                "It is not a punishment, not yet,” the official said.",
                "a senior railway ministry official who did not wish to be named",
                "said",
                "",
            ),
        ],
        [
            (
                "Officials familiar with the inquiry said the final report was expected by the end of January.",
                "Officials familiar with the inquiry",
                "said",
                "W",
            ),
            (
                "They said it would look at why the defect flagged on October 30 stayed on a “pending” list for 22 days.",
                "Officials familiar with the inquiry",
                "said",
                "",
            ),
        ],
        [
            (
                "Another official, who has seen the report, said a section engineer had asked for a two-hour traffic block to replace the joint on November 3 but was refused because the line was “running at capacity”.",
                "Another official",
                "said",
                "W",
            ),
            (
                "The official added that the ultrasonic testing car had covered only 61 per cent of the division’s track in October because of a shortage of operators.",
                "Another official",
                "added",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Also Read | Itarsi derailment: Survivors recount the moment coaches left the track",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "A source close to the railway minister said he had been briefed on the report on Monday night and had asked for the names of everyone who saw the October 30 test result.",
                "A source close to the railway minister",
                "said",
                "",
            ),
            (
                "A person aware of the deliberations said the ministry was considering whether to publish the report before the final one, which it usually does not do.",
                "A person aware of the deliberations",
                "said",
                "",
            ),
        ],
        [
            (
                "A ministry spokesperson said only that the report was “under examination” and that “appropriate action” would follow.",
                "A ministry spokesperson",
                "said",
                "",
            ),
            (
                "Mr. Pendsey-Sakhalkar did not respond to calls and messages.",
                "Vikramsinh Pendsey-Sakhalkar",
                "did not respond",
                "",
            ),
        ],
        [
            (
                "Com. Sudhanva Bhangale-Tiwary, general secretary of the Madhya Bharat Permanent Way Staff Union, alleged that trackmen in the Itarsi division had been told in September to stop night patrols on the up line to save overtime.",
                "Sudhanva Bhangale-Tiwary",
                "alleged",
                "W",
            ),
            (
                "“We have 212 vacancies in this division alone.",
                "Sudhanva Bhangale-Tiwary",
                "told this newspaper",
                "W",
            ),
            (
                "You cannot patrol at night with men you do not have,” he told this newspaper.",
                "Sudhanva Bhangale-Tiwary",
                "told this newspaper",
                "",
            ),
        ],
        [
            (
                "Smt. Rujuta Ajmera-Chaturvedi, whose husband was among the four killed, said the family had received the ₹10 lakh compensation announced by the ministry but had heard nothing about the inquiry.",
                "Rujuta Ajmera-Chaturvedi",
                "said",
                "",
            ),
            ("“Nobody has told us why it happened.", "Rujuta Ajmera-Chaturvedi", "said", ""),
            ("We read it in the newspaper,” she said.", "Rujuta Ajmera-Chaturvedi", "said", ""),
        ],
        [
            (
                "The Itarsi division handles about 190 trains a day, according to the ministry’s website.",
                "the ministry’s website",
                "according to",
                "W",
            ),
        ],
        [
            ("Read more: Railway safety fund spent just 61% of allocation in 2025-26", "", "", "B"),
        ],
        [
            ("Topics: Railways | Itarsi | Train accident | Railway safety", "", "", "B"),
        ],
        [
            ("© The Kalindi Chronicle Pvt. Ltd. 2026.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE OKEOSUN TRIBUNE", "", "", "B"),
        ],
        [
            ("Saturday, November 28, 2026 | Abeokuta | E-Paper | Advertise with us", "", "", "B"),
        ],
        [
            (
                "Home | News | Politics | Business | Metro | South-West | Sports | Entertainment | Opinion",
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
                "Ogun to pay seven months’ arrears to council workers from December 4, says governor in statement read by commissioner",
                "Adebimpeola Oduwobi-Akintayoade",
                "says",
                "W",
            ),
        ],
        [
            (
                "Union says it will suspend strike only when “every last kobo” is in workers’ accounts",
                "Idowuola Ajisebutu-Olaleru",
                "says",
                "W",
            ),
        ],
        [
            ("By Temitayo Ogunwusi-Adelodun, Abeokuta", "", "", "B"),
        ],
        [
            ("November 28, 2026 | 6:55 pm", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | WhatsApp", "", "", "B"),
        ],
        [
            (
                "The Ogun State Governor, Prince Adebimpeola Oduwobi-Akintayoade, has said the state will begin paying seven months of salary arrears owed to 8,412 local government workers on December 4.",
                "Adebimpeola Oduwobi-Akintayoade",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a statement read on his behalf by the Commissioner for Information and Strategy, Otunba Olaseinde Fasheyitan-Babatola, at a briefing at the Governor’s Office in Oke-Mosan on Friday, the governor said N9.6bn had been set aside for the payments.",
                "Adebimpeola Oduwobi-Akintayoade",
                "said",
                "W",
            ),
            (
                "“Workers on grade levels 1 to 7 will be paid in full in the first batch.",
                "Adebimpeola Oduwobi-Akintayoade",
                "said in the statement",
                "W",
            ),
            (
                "Those on levels 8 and above will be paid in two instalments, the second before the end of January,” he said in the statement.",
                "Adebimpeola Oduwobi-Akintayoade",
                "said in the statement",
                "",
            ),
        ],
        [
            (
                "“I want to assure our workers that this government has not forgotten them.",
                "Adebimpeola Oduwobi-Akintayoade",
                "the statement said",
                "",
            ),
            (
                "The arrears were inherited from the immediate past administration and have been verified by an independent audit,” the statement said.",
                "Adebimpeola Oduwobi-Akintayoade",
                "the statement said",
                "W",
            ),
        ],
        [
            (
                "Fasheyitan-Babatola, who read the statement, told journalists afterwards that the governor was “hale and hearty” and would return from his annual vacation in London next week.",
                "Olaseinde Fasheyitan-Babatola",
                "told journalists",
                "",
            ),
            ("He said he could not give a date.", "Olaseinde Fasheyitan-Babatola", "said", ""),
        ],
        [
            (
                "The Commissioner for Finance, Dr. Foluronke Ibiyemi-Ayodabo, who sat beside him at the briefing, said the first batch of N3.1bn would be credited to 5,206 workers on levels 1 to 7.",
                "Foluronke Ibiyemi-Ayodabo",
                "said",
                "W",
            ),
            (
                "She said the list of beneficiaries would be pasted on the notice boards of all 20 council secretariats before payment.",
                "Foluronke Ibiyemi-Ayodabo",
                "said",
                "",
            ),
        ],
        [
            (
                "The state chairman of the Council Workers’ Union of Nigeria, Comrade Idowuola Ajisebutu-Olaleru, said the union’s indefinite strike, which began on November 9, would continue until the money reached workers’ accounts.",
                "Idowuola Ajisebutu-Olaleru",
                "said",
                "W",
            ),
            ("“We have heard statements before.", "Idowuola Ajisebutu-Olaleru", "said", ""),
            (
                "In June we were promised arrears by August, and not one kobo was paid,” he said.",
                "Idowuola Ajisebutu-Olaleru",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "ALSO READ: Ogun LG workers shut council secretariats as strike enters third week",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Chairman of the Association of Local Governments in the state, Alhaji Abdulganiyu Okeola-Sanniola, said 17 of the state’s 20 councils had submitted their verified payrolls to the Ministry of Local Government by Thursday.",
                "Abdulganiyu Okeola-Sanniola",
                "said",
                "W",
            ),
            (
                "He said the other three would do so “within days”.",
                "Abdulganiyu Okeola-Sanniola",
                "said",
                "",
            ),
        ],
        [
            (
                "The state spent N14.3bn on local government salaries in the first nine months of the year, according to the state’s 2026 budget performance report.",
                "the state’s 2026 budget performance report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "A Government House source, who asked not to be named, said the statement was read by the commissioner rather than the deputy governor because “it is his ministry’s job to speak for government”.",
                "A Government House source",
                "said",
                "",
            ),
            (
                "The governor’s Chief Press Secretary did not respond to calls and text messages on Friday.",
                "The governor’s Chief Press Secretary",
                "did not respond",
                "",
            ),
        ],
        [
            (
                "A clerk at the Abeokuta South council secretariat, Mrs. Oluremi Adegbuyiro-Ajibulowo, said she had borrowed N350,000 from a cooperative to pay her children’s school fees.",
                "Oluremi Adegbuyiro-Ajibulowo",
                "said",
                "",
            ),
            (
                "Her daughter, Barr. Moyosore Adegbuyiro-Ajibulowo, who has taken the council to the National Industrial Court on behalf of 41 workers, said the suit would not be withdrawn until the arrears were paid.",
                "Moyosore Adegbuyiro-Ajibulowo",
                "said",
                "",
            ),
            (
                "“The matter comes up on December 10,” the younger Adegbuyiro-Ajibulowo said.",
                "Moyosore Adegbuyiro-Ajibulowo",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tribune newsletter: Get the day’s top stories in your inbox every evening.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tags: Ogun State, Labour, Salary arrears, CWUN", "", "", "B"),
        ],
        [
            ("More stories", "", "", "B"),
        ],
        [
            ("Flood: Ogun relocates 600 residents from Ilugun riverbank", "", "", "B"),
        ],
        [
            ("© 2026 Okeosun Tribune Newspapers Ltd.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE CRUACHLANN HERALD", "", "", "B"),
        ],
        [
            ("Serving west Donegal since 1911 · Thursday 3 December 2026", "", "", "B"),
        ],
        [
            (
                "News | Sport | Community Notes | Gaeltacht | Farming | Property | Death Notices | Contact",
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
                "Arranmore ferry row: ‘We are paying €11 to go to the doctor,’ says island mother as subsidy talks stall",
                "Bríde Ní Ghallchóbhair-Duggerty",
                "says",
                "W",
            ),
        ],
        [
            (
                "Minister of State says a new contract will be in place by spring, but islanders say they have heard that before",
                "Columbán Mac Fhionnachtaigh",
                "says",
                "",
            ),
        ],
        [
            ("By Niamhín Ghlinsce-Feriter", "", "", "B"),
        ],
        [
            ("Thursday 3 December 2026 08:00", "", "", "B"),
        ],
        [
            ("Share ✉ f 𝕏", "", "", "B"),
        ],
        [
            (
                "The return fare for a foot passenger on the Arranmore ferry will rise from €7 to €11 on January 1 unless the State and the operator agree a new subsidy, islanders were told at a public meeting on the island on Monday night.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Eoghanín Carrickrory, a director of Tonnlár Ferries Ltd, which has run the service since 2014, told the meeting that the company’s fuel bill had risen by 64 per cent since the current contract was signed in 2020, while the subsidy had not changed.",
                "Eoghanín Carrickrory",
                "told the meeting",
                "W",
            ),
        ],
        [
            (
                "Bríde Ní Ghallchóbhair-Duggerty, who has three children at the island’s national school, spoke for most of the 160 people in the hall when she stood up near the end.",
                "",
                "",
                "",
            ),
            (
                "“We are not asking for anything special.",
                "Bríde Ní Ghallchóbhair-Duggerty",
                "said",
                "",
            ),
            (
                "We are asking to be able to go to the doctor, to the dentist, to the bank, the way people on the mainland do.",
                "Bríde Ní Ghallchóbhair-Duggerty",
                "said",
                "",
            ),
        ],
        [
            (
                "“I go across with the children at least twice a month for the dentist in Dungloe.",
                "Bríde Ní Ghallchóbhair-Duggerty",
                "said",
                "W",
            ),
            (
                "At €11 each that is €44 a trip before I have paid for anything.",
                "Bríde Ní Ghallchóbhair-Duggerty",
                "said",
                "W",
            ),
        ],
        [
            (
                "“And every time there is a new contract, somebody comes out here and tells us it will be sorted by spring.",
                "Bríde Ní Ghallchóbhair-Duggerty",
                "said",
                "",
            ),
            (
                "It is always spring,” she said, to applause.",
                "Bríde Ní Ghallchóbhair-Duggerty",
                "said",
                "",
            ),
        ],
        [
            (
                "In a statement to the Herald on Wednesday, the Minister of State with responsibility for the islands, Columbán Mac Fhionnachtaigh TD, said his department had offered Tonnlár Ferries a six-month extension at an increased subsidy of €412,000.",
                "Columbán Mac Fhionnachtaigh",
                "said",
                "W",
            ),
            (
                "“I understand the frustration on Arranmore, and I share it.",
                "Columbán Mac Fhionnachtaigh",
                "said in a statement",
                "",
            ),
            (
                "The department has made a fair offer, one that keeps the fare at €7 until a new contract is tendered.",
                "Columbán Mac Fhionnachtaigh",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "“The tender will be published before Christmas.",
                "Columbán Mac Fhionnachtaigh",
                "said in a statement",
                "",
            ),
            (
                "I expect a new contract to be in place by spring, and I would urge the operator to accept the extension in the meantime,” the Minister of State said in a statement.",
                "Columbán Mac Fhionnachtaigh",
                "said in a statement",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "According to figures from the operator, the ferry carried 48,300 passengers last year, 61 per cent of them islanders.",
                "figures from the operator",
                "According to",
                "W",
            ),
        ],
        [
            (
                "Mr Carrickrory said the offer was “€90,000 short of what it costs to run the boat” and that the company would reply in writing.",
                "Eoghanín Carrickrory",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cllr Siobhra Tannerlough, who chairs the Glenties Municipal District, said the council had written to the minister in March, June and September about the fare.",
                "Siobhra Tannerlough",
                "said",
                "W",
            ),
            (
                "“Not one of those letters got a reply from anyone above a clerk,” she added.",
                "Siobhra Tannerlough",
                "added",
                "",
            ),
        ],
        [
            (
                "Parthalán Ó Maolagáin-Ruskeen, who fishes out of the island’s pier, told the Herald that his brother had moved to Letterkenny in the summer.",
                "Parthalán Ó Maolagáin-Ruskeen",
                "told the Herald",
                "",
            ),
            (
                "His brother, Fionntán Ó Maolagáin-Ruskeen, reached by phone, said he would move back “the day the boat is sorted”.",
                "Fionntán Ó Maolagáin-Ruskeen",
                "said",
                "",
            ),
            (
                "“I am not leaving because of the island.",
                "Fionntán Ó Maolagáin-Ruskeen",
                "said",
                "",
            ),
            (
                "I am leaving because of the boat,” Fionntán said.",
                "Fionntán Ó Maolagáin-Ruskeen",
                "said",
                "",
            ),
        ],
        [
            (
                "Parish priest Fr Dónall Ó Cathmhaoil-Bradaigh, who chaired the meeting, told those present that the island’s population had fallen from 529 in 2016 to 461 in the most recent census.",
                "Dónall Ó Cathmhaoil-Bradaigh",
                "told",
                "W",
            ),
            (
                "“Every family that leaves is a family that does not come back,” he said.",
                "Dónall Ó Cathmhaoil-Bradaigh",
                "said",
                "",
            ),
        ],
        [
            ("Have your say: email letters@cruachlannherald.ie.", "", "", "B"),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            ("Island school gets go-ahead for two new classrooms", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Cruachlann Herald Ltd.", "", "", "B"),
            ("Registered in Ireland No. 417662.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE UDARATA MIRROR", "", "", "B"),
        ],
        [
            ("Friday, 4 December 2026 | Kandy | ePaper | සිංහල | தமிழ்", "", "", "B"),
        ],
        [
            (
                "Home | News | Business | Provincial | Sports | Features | Opinion | Obituaries",
                "",
                "",
                "B",
            ),
        ],
        [
            ("BUSINESS", "", "", "B"),
        ],
        [
            (
                "Family feud at Mahaweli Hills Tea: younger brother ousted as director by 5-2 board vote",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ousted director says he will challenge removal in Commercial High Court; mother backs elder son",
                "Nimantha Galpothawela-Senanmudali",
                "says",
                "",
            ),
        ],
        [
            ("By Thisaranga Rajakarunage-Dahanayake", "", "", "B"),
        ],
        [
            ("December 4, 2026, 9:30 pm", "", "", "B"),
        ],
        [
            ("Share | Facebook | X | WhatsApp | Email", "", "", "B"),
        ],
        [
            ("The Mahaweli Hills Tea factory at Galaha.", "", "", ""),
            ("Pic by Rasanjana Ekanayakegoda", "", "", "B"),
        ],
        [
            (
                "KANDY: Mahaweli Hills Tea PLC said in a filing to the stock exchange on Thursday that its board had removed Nimantha Galpothawela-Senanmudali as an executive director by five votes to two, ending a year-long dispute between the founding family’s two sons.",
                "Mahaweli Hills Tea PLC",
                "said in a filing to the stock exchange",
                "W",
            ),
        ],
        [
            (
                "The company said the removal took effect immediately and that his responsibilities for the firm’s three factories would pass to the managing director, his elder brother, Dr. Rukshan Galpothawela-Senanmudali.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "The chairperson, Mrs. Chandrawathie Galpothawela-Senanmudali, the brothers’ mother, said she had voted for the removal.",
                "Chandrawathie Galpothawela-Senanmudali",
                "said",
                "W",
            ),
            (
                "“I am a mother first, but I am also the chairperson of a listed company,” she told the Mirror by phone from the family home in Peradeniya.",
                "Chandrawathie Galpothawela-Senanmudali",
                "told the Mirror",
                "",
            ),
            (
                "“I cannot let one son’s quarrel with another cost our shareholders money.”",
                "Chandrawathie Galpothawela-Senanmudali",
                "told the Mirror",
                "",
            ),
        ],
        [
            (
                "Nimantha, 46, told the Mirror that the vote was “planned at a family dinner, not at a board meeting”.",
                "Nimantha Galpothawela-Senanmudali",
                "told the Mirror",
                "W",
            ),
            (
                "He said he had not been given the 14 days’ notice required by the company’s articles, and that he would file a case in the Commercial High Court in Colombo next week.",
                "Nimantha Galpothawela-Senanmudali",
                "said",
                "W",
            ),
            (
                "“My brother wants the factories for himself.",
                "Nimantha Galpothawela-Senanmudali",
                "added",
                "",
            ),
            (
                "My mother has always taken his side,” he added.",
                "Nimantha Galpothawela-Senanmudali",
                "added",
                "",
            ),
        ],
        [
            (
                "Dr. Galpothawela-Senanmudali, the elder brother, said his brother had been given notice in writing on November 19, and that the board had followed legal advice at every stage.",
                "Rukshan Galpothawela-Senanmudali",
                "said",
                "W",
            ),
            (
                "He said the company’s profit after tax fell 38 per cent to Rs. 412 million in the six months to September, “while the factories under my brother’s care ran at 61 per cent of capacity”.",
                "Rukshan Galpothawela-Senanmudali",
                "said",
                "W",
            ),
            ("“This is not about family.", "Rukshan Galpothawela-Senanmudali", "said", ""),
            (
                "This is about the accounts,” he said.",
                "Rukshan Galpothawela-Senanmudali",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Also read: Tea auction prices ease for second week as Russian buyers hold back",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The family holds 58.2 per cent of the company, according to the company’s latest annual report.",
                "the company’s latest annual report",
                "according to",
                "W",
            ),
            (
                "The rest is held by institutional investors and about 2,100 individual shareholders.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A family friend who was at the dinner, and who asked not to be named because of the court case, said the removal was discussed “for about five minutes, after the dessert”.",
                "A family friend who was at the dinner",
                "said",
                "",
            ),
        ],
        [
            (
                "Asanka Galpothawela-Senanmudali, a cousin who sits on the board as a non-executive director and voted against the removal, wrote in a post on Facebook that “a board is not a family court”.",
                "Asanka Galpothawela-Senanmudali",
                "wrote in a post on Facebook",
                "",
            ),
            (
                "He wrote that two independent directors had also voted against.",
                "Asanka Galpothawela-Senanmudali",
                "wrote",
                "W",
            ),
        ],
        [
            (
                "The Ven. Kosgahakumbura Sumedhankara Thero, chief incumbent of the temple near the Galaha factory where the family has worshipped for three generations, said he had tried to bring the brothers together in October.",
                "Kosgahakumbura Sumedhankara",
                "said",
                "",
            ),
            ("“They sat in the same room.", "Kosgahakumbura Sumedhankara", "said", ""),
            (
                "They did not look at each other,” the monk said.",
                "Kosgahakumbura Sumedhankara",
                "said",
                "",
            ),
        ],
        [
            (
                "Ms. Dinushika Weerasooriyage-Mallawa, PC, who represents Nimantha, said her client was “considering all his options”.",
                "Dinushika Weerasooriyage-Mallawa",
                "said",
                "",
            ),
            (
                "The Securities Regulatory Commission did not respond to questions on whether it would review the vote.",
                "The Securities Regulatory Commission",
                "did not respond",
                "",
            ),
        ],
        [
            ("Mahaweli Hills Tea shares fell 4.6 per cent to Rs. 78.50 on Friday.", "", "", "W"),
        ],
        [
            ("Tags: Mahaweli Hills Tea, Plantations, Corporate governance, Kandy", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Udarata Newspapers (Pvt) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n98-gh-pm-on-tuesday",
        "“This was not a maintenance failure and it was not about money. Divers finished the repair at 11.40 p.m. on Tuesday, and the line was tested at full pressure yesterday morning.",
        [
            "“This was not a maintenance failure and it was not about money.",
            "Divers finished the repair at 11.40 p.m. on Tuesday, and the line was tested at full pressure yesterday morning.",
        ],
    ),
    (
        "n98-gh-dr-replied-cut-in-colon",
        "Asked by a reporter whether the ministry had been told about the damage before the first cuts were announced, Dr. Ahwenepa-Odoomfo replied that it was informed “the same night”. The minister cut in: “I was called at a quarter to midnight. Nobody sat on anything.”",
        [
            "Asked by a reporter whether the ministry had been told about the damage before the first cuts were announced, Dr. Ahwenepa-Odoomfo replied that it was informed “the same night”.",
            "The minister cut in: “I was called at a quarter to midnight.",
            "Nobody sat on anything.”",
        ],
    ),
    (
        "n98-gh-spokesman-pm-friday",
        "A ministry spokesman, who asked not to be named because he was not authorised to speak publicly, said the new timetable would be posted on the distributor’s website by 8 p.m. on Friday. The Ebomaso Gas Supply Company, which operates the line, did not respond to questions sent on Thursday afternoon.",
        [
            "A ministry spokesman, who asked not to be named because he was not authorised to speak publicly, said the new timetable would be posted on the distributor’s website by 8 p.m. on Friday.",
            "The Ebomaso Gas Supply Company, which operates the line, did not respond to questions sent on Thursday afternoon.",
        ],
    ),
    (
        "n98-sc-backdated-quote-she",
        "She said island firms with fewer than 50 staff could claim up to £25,000 each, backdated to 1 April. “Nobody in this chamber is pretending this is a solution. It is help, and it is help now,” she said.",
        [
            "She said island firms with fewer than 50 staff could claim up to £25,000 each, backdated to 1 April.",
            "“Nobody in this chamber is pretending this is a solution.",
            "It is help, and it is help now,” she said.",
        ],
    ),
    (
        "n98-sc-mr-then-said-quote",
        "Mr Gownfield-MacPhaidein then said a survey by the Uist Traders’ Association had found that 72 of its 118 members lost bookings because of cancellations this summer. “They do not want a cheque. They want a boat,” he said.",
        [
            "Mr Gownfield-MacPhaidein then said a survey by the Uist Traders’ Association had found that 72 of its 118 members lost bookings because of cancellations this summer.",
            "“They do not want a cheque.",
            "They want a boat,” he said.",
        ],
    ),
    (
        "n98-sc-ltd-registered",
        "© Glendarrach Herald Ltd 2026. Registered in Scotland, company number SC418072.",
        ["© Glendarrach Herald Ltd 2026.", "Registered in Scotland, company number SC418072."],
    ),
    (
        "n98-za-nested-quote-he-said",
        "Riana Swartlandt-Gxabeka, who worked in the utility’s supply chain unit from 2017 to 2023, told the court that Mr Mqadikhulu-Sefaratsi handed her a list of “preferred bidders” in February 2021. She said the list had five names on it, and that Kwenaroof Civils, Mr Olivenhout’s company, was underlined. “He said to me: ‘This one is important to the chief executive.’ I understood what that meant,” she said.",
        [
            "Riana Swartlandt-Gxabeka, who worked in the utility’s supply chain unit from 2017 to 2023, told the court that Mr Mqadikhulu-Sefaratsi handed her a list of “preferred bidders” in February 2021.",
            "She said the list had five names on it, and that Kwenaroof Civils, Mr Olivenhout’s company, was underlined.",
            "“He said to me: ‘This one is important to the chief executive.’",
            "I understood what that meant,” she said.",
        ],
    ),
    (
        "n98-za-question-adv-asked",
        "“Then why is there no record of that call either?” Adv. Mmatlhapi-Boshielo asked. “You will have to ask the people who kept the records,” the witness answered.",
        [
            "“Then why is there no record of that call either?” Adv. Mmatlhapi-Boshielo asked.",
            "“You will have to ask the people who kept the records,” the witness answered.",
        ],
    ),
    (
        "n98-za-pty-ltd-reserved",
        "Copyright © 2026 Molopodrift Media (Pty) Ltd. All rights reserved.",
        ["Copyright © 2026 Molopodrift Media (Pty) Ltd.", "All rights reserved."],
    ),
    (
        "n98-en-statement-read-mother",
        "In a statement read to the inquest by the coroner’s officer, his mother, Gwendoline Skelmerdale-Hesketby, said her son had left school at 16 and “lived for being up on a roof”. “He rang me at dinner time that day to say it was freezing up there. He was never once given a harness, not that day and not any day he told me about,” she said in the statement.",
        [
            "In a statement read to the inquest by the coroner’s officer, his mother, Gwendoline Skelmerdale-Hesketby, said her son had left school at 16 and “lived for being up on a roof”.",
            "“He rang me at dinner time that day to say it was freezing up there.",
            "He was never once given a harness, not that day and not any day he told me about,” she said in the statement.",
        ],
    ),
    (
        "n98-en-uncle-am-mr-said",
        "Kayden’s uncle, Nevison Skelmerdale-Hesketby, who owns Fellstone Roofing Ltd and employed him, told the inquest that a harness and line were kept in the company van. He said he had briefed the three-man crew on the rooflights that morning but had left the site at about 10.30am to price another job. “I will live with that for the rest of my life,” Mr Skelmerdale-Hesketby said. Questioned by the coroner, he accepted that no written risk assessment had been done for the job.",
        [
            "Kayden’s uncle, Nevison Skelmerdale-Hesketby, who owns Fellstone Roofing Ltd and employed him, told the inquest that a harness and line were kept in the company van.",
            "He said he had briefed the three-man crew on the rooflights that morning but had left the site at about 10.30am to price another job.",
            "“I will live with that for the rest of my life,” Mr Skelmerdale-Hesketby said.",
            "Questioned by the coroner, he accepted that no written risk assessment had been done for the job.",
        ],
    ),
    (
        "n98-en-mrs-told-family-colon",
        "Recording her conclusion, Mrs Trawdenley-Bryerwood told the family: “Kayden was a young man at the very start of a working life he clearly loved. I am so sorry for your loss.”",
        [
            "Recording her conclusion, Mrs Trawdenley-Bryerwood told the family: “Kayden was a young man at the very start of a working life he clearly loved.",
            "I am so sorry for your loss.”",
        ],
    ),
    (
        "n98-my-dateline-datuk-ir-dato",
        "KUALA LUMPUR: On 19 November, a 1,800mm trunk main in Shah Alam burst, cutting water to about 1.2 million people in 417 areas of the Klang Valley for up to four days. Datuk Ir. Norhashimah Fadzilullah, who has chaired the Klang Valley Water Regulatory Commission since 2023, said at the time that the pipe was 46 years old. The state executive councillor for infrastructure, Dato’ Goon Kum Yoong, said last week the state would seek a RM1.9 billion federal loan to replace 410km of old mains.",
        [
            "KUALA LUMPUR: On 19 November, a 1,800mm trunk main in Shah Alam burst, cutting water to about 1.2 million people in 417 areas of the Klang Valley for up to four days.",
            "Datuk Ir. Norhashimah Fadzilullah, who has chaired the Klang Valley Water Regulatory Commission since 2023, said at the time that the pipe was 46 years old.",
            "The state executive councillor for infrastructure, Dato’ Goon Kum Yoong, said last week the state would seek a RM1.9 billion federal loan to replace 410km of old mains.",
        ],
    ),
    (
        "n98-my-post-source-question",
        "POST: The consumers’ association says the operator replaced only 38km of old pipe last year. Why so little?",
        [
            "POST: The consumers’ association says the operator replaced only 38km of old pipe last year.",
            "Why so little?",
        ],
    ),
    (
        "n98-my-reg-no-reserved",
        "Copyright © 2026 Pelitabayu Media Berhad (Reg. No. 197801004417). All Rights Reserved.",
        [
            "Copyright © 2026 Pelitabayu Media Berhad (Reg. No. 197801004417).",
            "All Rights Reserved.",
        ],
    ),
    (
        "n98-ca-sgt-pm-she-asked",
        "Abbotsford police Sgt. Wendelina Pashkovar said officers closed Fennelby Road and Ostwalden Way south of the highway at 1:30 p.m. after water crossed both. She asked people not to drive around barricades. “Twenty centimetres of moving water is enough to float a car,” she said.",
        [
            "Abbotsford police Sgt. Wendelina Pashkovar said officers closed Fennelby Road and Ostwalden Way south of the highway at 1:30 p.m. after water crossed both.",
            "She asked people not to drive around barricades.",
            "“Twenty centimetres of moving water is enough to float a car,” she said.",
        ],
    ),
    (
        "n98-ca-am-the-utility",
        "Coastal Ridge Power said it cut electricity to about 3,900 customers in the flood zone as a precaution at 10:40 a.m. The utility said crews would restore supply street by street once water levels drop.",
        [
            "Coastal Ridge Power said it cut electricity to about 3,900 customers in the flood zone as a precaution at 10:40 a.m.",
            "The utility said crews would restore supply street by street once water levels drop.",
        ],
    ),
    (
        "n98-au-captain-am-good",
        "Captain Lochie Kovacevski-Petrieson, who was brought in to speak after the coach, told reporters the players had been told of the appointment at 8am. “He has a reputation for running you into the ground. Good,” Kovacevski-Petrieson said. He said 11 of the 23 senior players were off contract at the end of the season.",
        [
            "Captain Lochie Kovacevski-Petrieson, who was brought in to speak after the coach, told reporters the players had been told of the appointment at 8am.",
            "“He has a reputation for running you into the ground.",
            "Good,” Kovacevski-Petrieson said.",
            "He said 11 of the 23 senior players were off contract at the end of the season.",
        ],
    ),
    (
        "n98-au-pty-ltd-abn",
        "© 2026 Swancoast Sport Pty Ltd. ABN 41 118 604 223",
        ["© 2026 Swancoast Sport Pty Ltd.", "ABN 41 118 604 223"],
    ),
    (
        "n98-us-quote-then-dr-named",
        "“We have a rural county, icy roads and an ambulance service stretched thin. Do the math on that,” said Dr. Alderich Brunsdahl, a family physician in New Concord who has delivered babies at the hospital since 1998.",
        [
            "“We have a rural county, icy roads and an ambulance service stretched thin.",
            "Do the math on that,” said Dr. Alderich Brunsdahl, a family physician in New Concord who has delivered babies at the hospital since 1998.",
        ],
    ),
    (
        "n98-us-rev-jr-pastor",
        "“I prayed about what to say tonight, and what I want to say is: you are not alone,” said the Rev. Terrius Vollmeier-Greathouse Jr., pastor of Lashway Street Baptist Church, who opened the meeting with a prayer. He said the church’s van would take expectant mothers to appointments in Newark free of charge.",
        [
            "“I prayed about what to say tonight, and what I want to say is: you are not alone,” said the Rev. Terrius Vollmeier-Greathouse Jr., pastor of Lashway Street Baptist Church, who opened the meeting with a prayer.",
            "He said the church’s van would take expectant mothers to appointments in Newark free of charge.",
        ],
    ),
    (
        "n98-us-jan-dec-spokeswoman",
        "Belknapp Health, the Columbus-based system that bought Rivermead in 2024, did not respond to a request for comment Tuesday. A hospital spokeswoman said in an emailed statement that patients already booked to deliver after Jan. 31 would be contacted by Dec. 15.",
        [
            "Belknapp Health, the Columbus-based system that bought Rivermead in 2024, did not respond to a request for comment Tuesday.",
            "A hospital spokeswoman said in an emailed statement that patients already booked to deliver after Jan. 31 would be contacted by Dec. 15.",
        ],
    ),
    (
        "n98-in-report-says-kmh",
        "The report, submitted to the railway ministry on Monday by railway safety commissioner Vikramsinh Pendsey-Sakhalkar, says the joint had been flagged as “defective, to be replaced” in an ultrasonic test on October 30 but was not replaced. It says the train was travelling at 104 km/h, within the section’s limit of 110 km/h.",
        [
            "The report, submitted to the railway ministry on Monday by railway safety commissioner Vikramsinh Pendsey-Sakhalkar, says the joint had been flagged as “defective, to be replaced” in an ultrasonic test on October 30 but was not replaced.",
            "It says the train was travelling at 104 km/h, within the section’s limit of 110 km/h.",
        ],
    ),
    (
        "n98-in-com-alleged-quote",
        "Com. Sudhanva Bhangale-Tiwary, general secretary of the Madhya Bharat Permanent Way Staff Union, alleged that trackmen in the Itarsi division had been told in September to stop night patrols on the up line to save overtime. “We have 212 vacancies in this division alone. You cannot patrol at night with men you do not have,” he told this newspaper.",
        [
            "Com. Sudhanva Bhangale-Tiwary, general secretary of the Madhya Bharat Permanent Way Staff Union, alleged that trackmen in the Itarsi division had been told in September to stop night patrols on the up line to save overtime.",
            "“We have 212 vacancies in this division alone.",
            "You cannot patrol at night with men you do not have,” he told this newspaper.",
        ],
    ),
    (
        "n98-ng-read-on-behalf-quote",
        "In a statement read on his behalf by the Commissioner for Information and Strategy, Otunba Olaseinde Fasheyitan-Babatola, at a briefing at the Governor’s Office in Oke-Mosan on Friday, the governor said N9.6bn had been set aside for the payments. “Workers on grade levels 1 to 7 will be paid in full in the first batch. Those on levels 8 and above will be paid in two instalments, the second before the end of January,” he said in the statement.",
        [
            "In a statement read on his behalf by the Commissioner for Information and Strategy, Otunba Olaseinde Fasheyitan-Babatola, at a briefing at the Governor’s Office in Oke-Mosan on Friday, the governor said N9.6bn had been set aside for the payments.",
            "“Workers on grade levels 1 to 7 will be paid in full in the first batch.",
            "Those on levels 8 and above will be paid in two instalments, the second before the end of January,” he said in the statement.",
        ],
    ),
    (
        "n98-ng-mrs-barr-younger",
        "A clerk at the Abeokuta South council secretariat, Mrs. Oluremi Adegbuyiro-Ajibulowo, said she had borrowed N350,000 from a cooperative to pay her children’s school fees. Her daughter, Barr. Moyosore Adegbuyiro-Ajibulowo, who has taken the council to the National Industrial Court on behalf of 41 workers, said the suit would not be withdrawn until the arrears were paid. “The matter comes up on December 10,” the younger Adegbuyiro-Ajibulowo said.",
        [
            "A clerk at the Abeokuta South council secretariat, Mrs. Oluremi Adegbuyiro-Ajibulowo, said she had borrowed N350,000 from a cooperative to pay her children’s school fees.",
            "Her daughter, Barr. Moyosore Adegbuyiro-Ajibulowo, who has taken the council to the National Industrial Court on behalf of 41 workers, said the suit would not be withdrawn until the arrears were paid.",
            "“The matter comes up on December 10,” the younger Adegbuyiro-Ajibulowo said.",
        ],
    ),
    (
        "n98-ie-quote-second-para",
        "“I go across with the children at least twice a month for the dentist in Dungloe. At €11 each that is €44 a trip before I have paid for anything.",
        [
            "“I go across with the children at least twice a month for the dentist in Dungloe.",
            "At €11 each that is €44 a trip before I have paid for anything.",
        ],
    ),
    (
        "n98-ie-brothers-given-name",
        "Parthalán Ó Maolagáin-Ruskeen, who fishes out of the island’s pier, told the Herald that his brother had moved to Letterkenny in the summer. His brother, Fionntán Ó Maolagáin-Ruskeen, reached by phone, said he would move back “the day the boat is sorted”. “I am not leaving because of the island. I am leaving because of the boat,” Fionntán said.",
        [
            "Parthalán Ó Maolagáin-Ruskeen, who fishes out of the island’s pier, told the Herald that his brother had moved to Letterkenny in the summer.",
            "His brother, Fionntán Ó Maolagáin-Ruskeen, reached by phone, said he would move back “the day the boat is sorted”.",
            "“I am not leaving because of the island.",
            "I am leaving because of the boat,” Fionntán said.",
        ],
    ),
    (
        "n98-lk-ven-thero-monk",
        "The Ven. Kosgahakumbura Sumedhankara Thero, chief incumbent of the temple near the Galaha factory where the family has worshipped for three generations, said he had tried to bring the brothers together in October. “They sat in the same room. They did not look at each other,” the monk said.",
        [
            "The Ven. Kosgahakumbura Sumedhankara Thero, chief incumbent of the temple near the Galaha factory where the family has worshipped for three generations, said he had tried to bring the brothers together in October.",
            "“They sat in the same room.",
            "They did not look at each other,” the monk said.",
        ],
    ),
    (
        "n98-lk-pvt-ltd-reserved",
        "Copyright © 2026 Udarata Newspapers (Pvt) Ltd. All rights reserved.",
        ["Copyright © 2026 Udarata Newspapers (Pvt) Ltd.", "All rights reserved."],
    ),
]
