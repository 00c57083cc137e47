"""Ninety-fifth set of new hand-labelled pages for the hint engines (tuning set, round forty-one):
twelve WHOLE pages, head to tail, of news from twelve countries (Kenya, India (Karnataka),
Australia (Victoria), England, Canada (Nova Scotia), Singapore, the United States (Minnesota), the
Philippines, Nigeria, Jamaica, New Zealand and Ireland), where SPEAKERS are the hard part, one kind
of page each: a PRESS CONFERENCE (Kenya), a state assembly DEBATE (India), a coroner's inquest
HEARING (Australia), a football POST-MATCH page (England), a LONG INTERVIEW written as prose with
quotes (Canada), a Q&A INTERVIEW (Singapore), a LIVE BLOG with time-stamped entries (United
States), a DISASTER story with officials and residents (the Philippines), a BUSINESS story with
analysts (Nigeria), a HEALTH story with doctors and patients (Jamaica), a CRIME story with police
and neighbours (New Zealand) and an OBITUARY with family quotes (Ireland). Hard cases throughout:
quotes running over two paragraphs with no new cue until the last; cues such as "told reporters",
"said in a statement", "wrote on X", "told the hearing", "told the inquest", "told the House",
"told Parliament", "told mourners", "added", "explained", "insisted", "recalled", "interjected",
"retorted", "ruled", "according to", "declined to comment", "declined to say", "did not respond";
speakers named only after their quote ("..., said A Name, the chief officer for revenue."); an
apposition or a relative clause between name and verb; role words before names; pronouns whose
nearest noun is a place, a Bill, a county, a road or another person; people sharing a surname
(twin brothers, a mother and daughter, a mother and son twice, a husband and his dead wife, a
daughter and son of the dead man); organisations as speakers and their later generic nouns; and
titles dropped from the speaker (Dr, Dr., Prof., Prof, Associate Professor, Hon., Dr the Hon.,
Sen., Rep., Supt., Det. Sgt., Insp., Cr, Cllr, Deputy, Deputy Chief, Fr, Gov., Engr., Brgy. Capt.,
Police Lt. Col., Alhaji, Coroner). Each page carries its site's own furniture at the head, in the
middle and at the tail. The pages hold 532 sentences: 191 "B", 176 "W" and 165 ""; 266 sentences
carry a speaker (114 distinct speakers). `STYLES` describes each page, its story, its speakers and
its furniture in order.

Written from scratch for issue 13 in round forty-one, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/` or `docs/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under
`tests/benchmarks/`, and no README of the project was read; `claimreview` was never imported, and
no test, scorer, engine or `pytest` was run. The search and fetch tools were not used, and nothing
was copied from anywhere. What was read: the brief (`/tmp/brief` was listed; it held only the
brief); the module docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with
`ast.get_docstring`); from `labelled_new93.py` and `labelled_new92.py`, the output of a script of
my own using `ast` that prints the module docstring, `STYLES`, the first two pages of `ARTICLES`
and the first eight `CASES`, saved to files in a scratch folder and printed with `cat` and `sed`
(the tool cut the middle of the `labelled_new93.py` listing, and the cut part was printed again
with `sed`, so all of both listings was seen); `def build` in `tests/text/labelled_articles.py`
(`sed -n '250,265p'`); and the `[tool.ruff]` tables of `pyproject.toml` (a `sed` range). No other
page, case or docstring of any file under `tests/` was read. Two slips to record: a listing of
`/work/main/.venv/bin` (looking for `ruff`), and one `git status --short` of the repository, whose
output named a single modified file under `claimreview/` (a path only; the file was not opened).
`/tmp/sets` was listed at the start (empty) and three times near the end (it then held other
helpers' `labelled_heldout67.py`, `labelled_heldout68.py` and `labelled_new94.py`, seen as names
only and never opened). What was run: a Python one-liner printing the calendars of October and
November 2026 to check weekdays; `pip download` of the `ruff` wheel into the scratch folder
(unused: the project's `.venv` holds `ruff`); scripts of my own that turn a small line format
(flag~speaker~cue~text, blank lines between paragraphs, aliases for speakers) into the literals
below, apply renames, cut the split cases out of the pages, and count sentences, flags and speakers
while checking that every speaker has a cue and every cue a speaker, no "B" line has a speaker, and
each cue occurs in its sentence or in the quote it continues; whole-word, case-insensitive per-word
file counts (`grep -rilwF --include='*.py' WORD tests | wc -l`) over `tests/` for every capitalised
word of these pages (each part of a hyphenated name on its own) and for every candidate
replacement, and phrase counts (`grep -rilF ... | wc -l`) for coined multi-word names; for one
coined word that hit a single file, the path of that file was kept in a shell variable (never
printed; only its length was) to count whether six other hitting words were in the same file (they
were not), and `ls tests/text | wc -l`, run twice, counted that folder's entries; an import of this
file with `build` on every page and a check of four string fields, flags, the pairing rules, 30
distinct case ids, every case text in a built page and equal to its sentences joined by single
spaces, each expected sentence one labelled sentence, and the counts above; and `ruff format` and
`ruff check` on this file with `--config` pointing at the project's `pyproject.toml` (the check
also through `--stdin-filename tests/text/labelled_new95.py` so the project's per-file ignores for
`tests/**` apply). Only counts were read from the searches, never the matched lines. The first
draft's coined names hit about 190 words of other files (given names and surnames of every country,
even odd-looking ones such as Brolgavale, Achterberg, Okeodan, Nandigiri, Dawnline, Bellwick,
Kahikatea, Dowdican and Tautahi, and the outlet words Pimento and Kahikatea); each was renamed, a
few second-choice replacements hit as well, and only replacements with no hit were kept; a last
pass over the finished file, run after `tests/text` had gained files, found two replacements (a
Jamaican surname and a Chinese surname) hitting one file each, and both were renamed again to names
with no hit. What still hits is real places, regions (Kisumu, Uganda, Karnataka, Bengaluru,
Victoria, Lara, Nova Scotia, Inverness, Tampines, Bukit Merah, Queenstown, Benguet, Baguio, Luzon,
Lagos, Anchovy, Kingston, Hamilton, Waikato, Te Rapa, Ballina, Mayo, Connacht and the like),
Filipino words (Sitio, Barangay, Radyo, Ilocano), the index name NGX and the shilling sign Sh in
the furniture, common words (Grace, Hollow, Forks, Lantern, Route and the like), outlet words
(Courier, Standard, Argus, Gazette, Courant, Times, Monitor, Mail, Post, Voice), titles and
abbreviations kept or dropped on purpose (Dr, Prof, Hon, Sen, Rep, Supt, Det, Sgt, Insp, Cr, Cllr,
Fr, Gov, Engr, Brgy, Capt, Lt, Col, Alhaji, Mrs, Ms, Ltd, Pty, Pte, Pvt, Plc, Inc, Corp, Regn, No,
St), the Irish word Cathaoirleach and the patois Mi.

Every person, outlet, firm, association, federation, union, council, hospital, authority, school
district, school, church, club, ground, university, lab, beach, ward, village, sitio, street, road,
crescent, parade, pub, cemetery, townland, typhoon, radio station, Bill and figure is invented.
Real countries, regions, cities and places appear only as settings: Kenya, Kisumu, Busia, Homa Bay,
Mbita and Lake Victoria; India, Karnataka, Bengaluru, Bellandur and the Vidhana Soudha; Australia,
Victoria, Geelong, Newtown, Moolap, Lara, Eastern Beach and the Evidence Act; England and League
Two; Canada, Nova Scotia, Inverness County, Inverness and Route 19; Singapore, Clementi,
Queenstown, Bukit Merah and Tampines; the United States, Minnesota and Rochester; the Philippines,
Benguet, Itogon, Baguio City and Northern Luzon; Nigeria, Lagos and Mushin; Jamaica, Montego Bay,
St James, Anchovy, Falmouth and Kingston; New Zealand, Hamilton, Waikato, Fairfield, Te Rapa,
Frankton and Waikato Hospital; Ireland, Co Mayo, Ballina, Killala and north Connacht. Facebook, X,
WhatsApp, Telegram, Viber, LinkedIn and Tweet appear only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py`
(see their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W",
"B" or "". The points the recent sets state hold too: furniture "B" line by line, whatever it
says; a caption by its content and its credit "B"; headlines and standfirsts never split; a
dateline belongs to its lead sentence; a pronoun, a later surname, a role or a title resolved to
the full name as first given, without titles; an organisation's later generic noun kept as
written; a quote over several sentences carrying its speaker and cue; a named person acting
without a verb of saying carries no speaker; sport data lines "" and a box's title "B"; "did not
respond" like "declined to comment".

Conventions this set had to settle, in the same spirit (SPEAKERS):

* Titles and role words go, initials stay: "Governor Apondi Nyakwamba-Oloo", "Urban Development
  Minister H. M. Siddalingesh Kuppahalli" ("H. M." kept), "Speaker T. N. Gurusiddappa
  Bellurmath", "Ruling party member M. Chandrappa Tumkurmath", "Det. Sgt. ...", "Health Minister Dr
  the Hon. Carringford Dellimont-Blakemont" (both titles go), "Hamilton City Area Commander Insp.
  ...", "Hamilton East ward councillor Cr ...", "Club chairman Cllr ...", "Deputy Chief ...",
  "Deputy ..." (a TD), "Fr ...", "Managing Director Alhaji ...", "Police Lt. Col. ...", "Brgy.
  Capt. ...", "Engr. ...", "Gov. ...", "Supt. ...", "State Sen. ...", "Rep. ...", "Prof. ...",
  "Associate Professor ...", "Fisherman ...", "Neighbour ...", "Town manager ..." all carry the
  name alone. A Chinese Singaporean name is surname first ("Prof Ngoey" is Ngoey Hwei Liann).
* Speakers named after the quote ("..., said Wekhesi Barassio-Onyiro, the county's chief officer
  for revenue.", "said Magnell Ferrabey-Okonjema, the Rovers head coach, who was booked ...")
  carry the name; so do names followed by an apposition, a participle phrase or a relative clause
  before the verb.
* Pronouns follow the story, not the nearest noun: "Questioned by counsel assisting the coroner,
  Imelde Faragher-Oduyah, he told the hearing" is the detective; after "Asked whether she worries
  about her daughter, the elder Ashcrombe-Thérioux is quiet for a while.", "she says" is the
  mother; "It" or "she" INSIDE a quote (the county, the Bill, the road, Lagos, a town, the
  mountain, the Forks, a mother in the stand) never changes the speaker; "She" after the governor
  and the traders' chairperson (both women) is whoever the paragraph is about.
* Shared surnames: each person by the name the sentence gives ("Ellard Marchbanke-Oyelarun said",
  "Jonno told the Gazette" = Jonno Marchbanke-Oyelarun, "Ciarnán said" = Ciarnán Tallagher, "The
  younger Tiplag-Sayangan said" = the son, "Mrs Oakhalton-Tuilagavale said" = the mother, "the
  elder Ashcrombe-Thérioux" = the mother); a sentence about a sibling or the dead that has no verb
  of saying ("His brother was less happy.", "Ms Quenneth-Obisanya died ...") carries no speaker.
* Quotes: a quote over two paragraphs carries, in every sentence, its speaker and the one cue of
  its attribution at its end ("she said", "Kuppahalli said", "Det. Sgt. ... said", "Emberlund
  said", "she recalls"); when that cue is "he added", the whole quote carries "added". A quoted
  sentence after "X told the Gazette." keeps "told the Gazette"; a colon-introduced quote keeps
  the verb before the colon ("said", "interjected"); a statement read out carries "said" in its
  first sentence and "said in the statement" in the quoted ones; a bracketed translation inside a
  quote is part of its sentence (cue "said in Ilocano").
* Organisations and documents as written: first names ("Belwicke Public Schools", "Moolacoor City
  Council", "Caldermoor Town", "The Salterwood Regional Hospital", "Dongalo Gold Mining Corp.",
  "The Winam Fish Traders' Association", "The Bengaluru Private Water Tanker Owners’ Federation")
  and later nouns ("The district", "The council", "The club", "The hospital", "The company", "The
  association", "The federation", "the union", "The authority", "the statement"); "the company
  said in a filing to the stock exchange" in a lead that names the firm keeps "the company";
  "the filing" (cue "showed") and "An email tendered to the court" (cue "shows"); groups and
  unnamed sources as written ("Some residents" with "blamed", "Survivors", "Neighbours",
  "Opposition members", "Analysts", "Analysts at Ferrowood Securities", "Critics", "doctors at the
  hospital", "police"/"Police", "A company spokesperson", "A spokeswoman for the state's roads
  department", "A nurses' union representative at the hospital", "The office of the county
  assembly speaker"). A standfirst or a live-blog entry headline carries what the body names
  ("Governor says", "Council engineer tells coroner", "Town boss ... says", "Minister says", "his
  daughter says", "Union says" = Belwicke Education Association).
* Cues as written, including "told reporters", "told the House", "told the inquest", "told the
  hearing", "told the court", "told Parliament", "told the Gazette", "told Radyo Kabunian", "told
  mourners", "told analysts on a conference call", "said in a statement", "said in a note to
  clients", "said in a filing to the stock exchange", "wrote on X", "wrote", "explained",
  "explains", "insisted", "insists", "recalled", "recalls", "added", "adds", "agreed",
  "interjected", "retorted", "ruled" (a Speaker's ruling, "W"), "asked", "saying", "says", "say",
  "tells", "found" (a study cited in a question), "blamed", "according to"/"According to",
  "declined to comment", "declined to say", "declined to answer questions", "did not respond",
  "did not respond to calls" (all four refusals "").
* Q&A: the interviewer's turns open with "Q:" and carry no speaker unless they cite a source (then
  the source as written, flagged by its content); every answer opens with "A:" and every sentence
  of it, including later paragraphs of the same answer printed without a prefix, carries the
  interviewee with the cue "A:"; the prose introduction before the first question is story text,
  the "edited for length and clarity" line "B".
* Live blog: time stamps, "Pinned", entry bylines ("— Name") and "Load earlier updates" are "B";
  entry headlines are labelled like headlines; the pinned summary with its dateline is story text.
* Check-worthiness as in the recent sets: figures, dates, votes, rulings, orders, findings,
  filings, allegations of fact ("insisted that traders had never been consulted", "Some residents
  blamed tunnels ...") and statements of record "W"; plans, intentions, forecasts, hedges
  ("would", "expected", "believed to be", "suspected", "likely") and opinions, feelings, questions
  and advice ""; private people's own lives (a fisherman's levies, a patient's journey, a survivor's
  night, a neighbour's call to 111) "" while a business's, an association's, a union's or a
  researcher's figures are "W".

Splits. "Nyakwamba-Oloo said: “That is ... assembly." then "I will not pre-empt the House.”",
"Hon. Barack", "6.40 p.m. after" (p.m. before lower case), "Dr. Vanishree", "Pvt. Ltd." before
"All rights reserved.", "Det. Sgt." twice, "14 km/h", "Ms Faragher-Oduyah", a quote ending before
its attribution "..., Det. Sgt. Tisbury-Achterbeek said.", a quoted sentence after "Jonno told the
Gazette.", "Cllr Bernardin", "Referee: ...." before "Attendance:", "Nov. 3", "Q:" and a one-word
"Why?", "9 p.m., not before." and "2 p.m." before "And", "Pte. Ltd." and "Co. Regn. No.
202409187K." before "All rights reserved.", "ROCHESTER, Minn. —", "4:05 p.m." and "9 a.m. Friday.",
"W. Center St., said", "Engr. Rosalindra", "Corp., which" and "Corp. said", a colon quote ending
"“Nothing is off the table.”", "5 p.m." before "Sign up here.", "Dr the Hon.", "10.40pm" and
"10.52", "Mrs Oakhalton-Tuilagavale", "Fr Ansgarius" and "Prof. Gráinnia Ní Fhloinn-Darcyan"
never split a sentence wrongly. `CASES` holds 30 sentence-split cases (id, text, expected
sentences), each a stretch of consecutive sentences of one paragraph of these pages joined by
single spaces: what a reviewer wants, not what the engine does.
"""

STYLES = [
    "Kenyan daily's counties page (Kisumu), a PRESS CONFERENCE at which the county governor suspends a fish-landing levy for 60 days: the governor named after the role word Governor with told reporters in a KISUMU — dateline lead (later the governor said, She said, a quote running over two paragraphs with no new cue until she said, and surname said: with a colon-introduced two-sentence answer to a reporter), the standfirst's Governor says carrying her; the fisheries executive with Dr after a long role and a relative clause (who sat beside the governor) before said, then He explained and a two-sentence quote; according to the county's quarterly budget report; a traders' association said in a statement and The association said (as written); its chairperson with apposition and a relative clause before insisted, then a quote whose It is the county inside the quote while she is the chairperson although the governor is also a woman; the police commander after his role word (later He declined to say); a ward representative with Hon. who wrote on X, then his post quoted over two sentences with he wrote; the revenue chief officer named only AFTER his quote (said X, the county's chief officer for revenue) and then He said; The office of the county assembly speaker declined to comment; a fisherman after the role word Fisherman whose levies are his own (\"\"); Sh with million (masthead in capitals, date, weather and subscription strip, menu with middle dots, section label with ›, headline, standfirst, byline with the town, published line with EAT and read time, share strip, caption and PHOTO | credit in capitals, ADVERTISEMENT and READ ALSO mid-story, a WhatsApp channel line, tags with pipes, Related Stories list, copyright split at Ltd.)",
    "Indian English daily's legislature page (Bengaluru, Karnataka), a state Legislative ASSEMBLY DEBATE on a private water tanker Bill passed by voice vote at 6.40 p.m. after an Opposition walkout, in a BENGALURU: dateline lead in the writer's voice: the minister named with initials kept after his role (Urban Development Minister) who told the House (later He said, a quote over two paragraphs ending Kuppahalli said, surname interjected: with a colon quote, and Replying to the debate, surname said); the Bill's statement of objects and reasons through According to; the Opposition deputy leader with Dr. (her quote's It is the Bill, the speaker is she; later Dr. and surname retorted); an Opposition member with Prof. who told the House and asked; a ruling party member with initials defending the Bill through saying and then a quoted question with surname asked; the Speaker of the House after the role word Speaker with initials whose ruling is \"W\" (cue ruled) and who said; the tanker owners' federation said in a statement and The federation said, its president did not respond to calls; a residents' association head who told reporters outside the legislature; the standfirst's Opposition members kept as written (masthead in capitals, city, date and language strip, menu with pipes, section label with a slash, headline with a figure, standfirst, Special Correspondent byline, date and Updated line with IST, share strip, caption and File photo credit, Advertisement and an Also Read link with a pipe mid-story, Related Topics label and topic line with slashes, copyright split at Pvt. Ltd.)",
    "Australian regional daily's courts page (Geelong, Victoria), a CORONIAL INQUEST into a cyclist killed by a left-turning semitrailer: documents tendered to the court through according to in the lead; the coroner named with Coroner (a title, no speaker when she only hears evidence, upholds an objection or sits on Thursday); a detective with Det. Sgt. and a unit in apposition who told the inquest (later He said, a quote over two paragraphs ending Det. Sgt. and surname said, and he told the hearing after the apposition of counsel assisting, a woman, so that he is not the nearest name); An email tendered to the court shows; the driver who declined to answer questions; the council's traffic engineer with his role and employer in apposition before told the hearing (later He agreed under questioning by Ms and counsel's surname, and he said), the standfirst's Council engineer tells coroner carrying him; the council said in a statement (a refusal, \"\") and The council said (funded upgrade \"W\"); a forensic pathologist with Dr who told the court; the cyclist's husband SHARING her SURNAME through a statement read to the court (said, then a quote whose It is the road, with he said in the statement); the freight company did not respond; a spokeswoman for the state's roads department; km/h, Pty Ltd, $ with million (masthead in capitals, city, date, weather and account strip, menu with pipes, section label, headline, standfirst, byline with role, Updated and first-published line, share strip, caption and Picture by credit, Advertisement and Read more mid-story, a road-trauma support line, bio and email line, Latest list, copyright with ABN)",
    'English local daily\'s SPORTS POST-MATCH page, a League Two draw in which TWIN BROTHERS SHARING a SURNAME both score: the match in the writer\'s voice (goals, minutes, table, next fixture "W"), the manager after his role (Town manager) whose opinion said is "" and whose quote runs over two paragraphs with no cue until he added (the whole quote carries added), the standfirst\'s Town boss says carrying him; the elder twin by full name on club radio (said; his quote\'s she is their mother, the speaker is he), the younger twin by given name who told the Gazette with a second quoted sentence after the attribution carrying the same cue, His brother was less happy with no speaker; the visiting head coach named only AFTER his quote (said X, the Rovers head coach, who was booked ...), later He said; the club said in a statement and The club said; the club chairman with Cllr and a relative clause; Police said; the club doctor with Dr in apposition (a suspected concussion, ""); A spokesperson for the referees\' body declined to comment; a MATCH DETAILS box whose line-up, goals with initials and (pen.), referee and attendance lines are "" data (masthead in capitals, sport menu with pipes, section label with ›, score headline, standfirst, byline with role, date and time line, share strip, caption and Photo: credit with a slash, Advertisement and a RELATED link mid-report, More list, copyright in two sentences)',
    'Canadian weekly\'s Weekend page (Inverness County, Nova Scotia), a LONG INTERVIEW WRITTEN AS PROSE with a volunteer fire chief retiring after 41 years, in the present tense: the chief (her daughter SHARES her SURNAME and succeeds her) through says, says laughing, explains (after the claim, with surname), recalls (a quote over two paragraphs), insists (reported) and adds; her quotes run over paragraphs with no new cue, and It inside a quote is a place (the Forks); the writer\'s own facts of her career "W" with no speaker; the department\'s figures through according to its annual report to the county; the daughter with Deputy Chief dropped (later she says, She says, a quote citing the county\'s rule, "W"); after Asked whether she worries about her daughter, the elder ... is quiet, the next she says is the MOTHER although the nearest name is the daughter, and the second quoted sentence keeps the cue; figures from a volunteer fire council through according to; the county warden in apposition after In a statement (said, "") and the statement said on a council vote "W"; a question in the writer\'s voice and two closing quotes with she adds (masthead in capitals, date, county and weather strip, menu with pipes, section label with ›, headline with a quote and figure, standfirst, story and photos byline, published line with a.m., share strip with listen time, caption and credit in capitals with a slash, ADVERTISEMENT mid-story, bio and story-ideas email, More Weekend reads list, copyright split at Inc.)',
    'Singaporean English daily\'s environment page, a Q&A INTERVIEW with a heat researcher (surname first, Associate Professor and Prof dropped): an intro in the writer\'s voice ("W" facts of her lab and study), an edited-for-length note "B", questions opening Q: without a speaker unless they cite a source (Your study found, The town councils\' association says, Critics say) and each question\'s last sentence a plain question, answers opening A: with every sentence carrying the interviewee and cue A:, including answer paragraphs that continue without a prefix (one whose It is a town); her figures, causal claim and comparisons "W", her advice and opinions "", p.m. times ending and not ending sentences, deg C and S$ (masthead in capitals, date and account strip, menu with pipes, section label with >, headline with a quote, standfirst with figures, byline name and role on two lines, Updated line, gift and share strip, caption and PHOTO: credit in capitals, a Telegram line and Read next link mid-interview, copyright in three sentences split at Pte. Ltd. and Co. Regn. No.)',
    'American local daily\'s LIVE BLOG (Rochester, Minnesota), day 3 of a suburban teachers\' strike, newest entry first: a Pinned summary with a ROCHESTER, Minn. — dateline, time stamps in a.m. and p.m., entry headlines labelled like headlines (one carrying Belwicke Education Association through Union says), entry bylines with a dash; the school district said in a statement at 4:05 p.m. and The district said; the union president after her role who told reporters (a two-sentence quote with she said, then She said on a strike vote "W"); the superintendent with Supt. and a participle phrase before said (later He said, a quote over two paragraphs ending surname said, he said: with a colon quote); a state senator with Sen. and a relative clause who said in a statement (an intention ""); a state representative with Rep. who wrote on X, then he wrote on a funding figure; a parent with the camp\'s address on W. Center St. (a count "W" and a quote ""); the district\'s website through According to (meal times); The state mediation bureau declined to comment; the union said after a picket report, and a teacher named only AFTER her quote (said X, a fifth-grade teacher and ...) (masthead in capitals, date, weather and account strip, menu with pipes, LIVE label with a pipe, headline, standfirst, staff byline, Last updated line with CST, share strip, Pinned label, Load earlier updates, copyright with legal links)',
    'Philippine regional daily\'s regions page (Itogon, Benguet), a DISASTER story, a landslide after a typhoon kills 11 with four missing: the provincial disaster office said after the claim in an ITOGON, Benguet — dateline lead; the state weather bureau through according to; the disaster office head with Engr. and a long apposition who told reporters (later She said and a quote over two paragraphs with she said at the end); the governor with Gov. acting without a verb of saying (no speaker) and then the governor told Radyo Kabunian and He said; the barangay captain with Brgy. Capt. (a quote whose It is the mountain); a survivor and her son SHARING a SURNAME (she said, she said in Ilocano with a bracketed translation inside the quote, Her son, ..., said, he said, and The younger ... said for the son); the town police chief with Police Lt. Col. and an apposition; Some residents blamed (an allegation "W"); a mining company said in a statement and The company did not respond; The regional mines office (a plan ""), The regional social welfare office said in a statement and The weather bureau (a forecast ""); the standfirst\'s Survivors kept as written (masthead in capitals, date, weather and subscription strip, menu with pipes, section label with a slash, headline with figures, standfirst, byline, published line with PHT, share strip, caption and courtesy credit, ADVERTISEMENT and a READ link mid-story, tags, RELATED STORIES list, copyright in two sentences)',
    'Nigerian daily\'s business page (Lagos), a BUSINESS story with ANALYSTS, a cement maker\'s nine-month profit falls 38%: the company said in a filing to the stock exchange in a LAGOS — dateline lead (speaker kept as written, the company) and the filing showed; the managing director with Alhaji dropped after his role who told analysts on a conference call (later quotes with he said, one whose It is Lagos, and he said: with a colon quote); Analysts at a securities firm said in a note to clients (a forecast "") and They said (net debt "W"); an equity analyst named only AFTER her quote (said X, head of equity research at ..., who rates the stock a hold) and She said; an economist with Prof. and an apposition who explained; a cement dealer with a relative clause whose prices are a business\'s record "W" and who insisted; A company spokesperson declined to comment; the standfirst\'s Analysts kept as written (masthead in capitals, date, naira and index strip, menu with pipes, section label with ›, headline with a figure, standfirst, byline with role, date and time line, share strip, ADVERTISEMENT and ALSO READ mid-story, a newsletter line split at 5 p.m. before Sign up here., investment disclaimer, tags, Latest list, copyright split at Ltd.)',
    'Jamaican daily\'s health page (Montego Bay, St James), a HEALTH story with DOCTORS and PATIENTS, a dialysis unit running on four of 11 machines: doctors at the hospital say after the claim in a MONTEGO BAY, St James — dateline lead; the consultant nephrologist with Dr after her role and a relative clause (said, then a quote over two paragraphs with she said at the end); a patient whose own journey is "" with a patois quote over two sentences; a second patient named only AFTER his quote; the health minister with Dr the Hon. (both titles dropped) who told Parliament (later He said and he said, a plan and a pledge ""), the standfirst\'s Minister says carrying him; the hospital said in a statement, the statement said on a quoted two-sentence passage whose The company is the makers of the machines, and The hospital said; figures from a health services authority through According to; the Opposition spokesperson on health with Dr who wrote on X and then she wrote; A nurses\' union representative at the hospital kept as written; The authority did not respond (masthead in capitals, date strip with pipes, menu with pipes, section label with a slash, headline with figures, standfirst, byline with bureau, published line, share strip, caption and Contributed credit, ADVERTISEMENT and a RELATED link mid-story, a WhatsApp tip line, More Health list, copyright split at Ltd.)',
    'New Zealand regional news site\'s crime page (Hamilton, Waikato), a CRIME story with POLICE and NEIGHBOURS, a 67-year-old critically injured in a home invasion and a teenager charged: police say after the claim in the lead; the charge and court date in the writer\'s voice; a detective with Det. Sgt. who told reporters (a quote with he said and He said on a second suspect "believed to be" ""), the area commander with Insp. after a long role who said in a statement and She said; a neighbour after the role word Neighbour and her son SHARING her SURNAME (said, she said, Her son ..., said, he said, and Mrs and surname said, which is the mother); a ward councillor with Cr after her role and a relative clause; A spokesperson for the agency declined to comment; Police asked (an appeal with a file number "") and the standfirst\'s Neighbours kept as written; 10.40pm, 11pm and 10.52 (site name in capitals, date, weather and account strip, menu with pipes, section label, headline, standfirst, byline name alone, date and time line with a middle dot, share line, caption and Photo / credit, Advertisement and Read more mid-story, a two-sentence supporter ask, More Crime list, copyright with legal links)',
    'Irish regional weekly\'s OBITUARY (Ballina, Co Mayo) of a fiddler, school principal and councillor, his life in the writer\'s voice ("W": years, titles, office) with FAMILY QUOTES from a daughter and a son SHARING his SURNAME: the daughter in apposition with a relative clause (said, and a quote over two paragraphs with she said at the end, whose he and it are her father and a cat), the standfirst\'s his daughter says carrying her; the son who recalled (reported) and then a quote ending with his given name said; the council chair with Cllr and a role in apposition (a minute\'s silence and water-scheme figure "W"); a TD with Deputy dropped who wrote on X; a music scholar with Prof. and a relative clause; the priest with Fr who told mourners; the funeral and survivors in the writer\'s voice "W" (masthead in capitals, date, town and subscription strip, menu with pipes, section label, headline with an age, standfirst with a quote, byline, date and time line, share line, caption and Photo: family credit, Advertisement and Read more mid-story, a family-notice contact line, More Obituaries list, copyright in two sentences)',
]

ARTICLES = [
    [
        [
            ("THE SIMBIRA COURIER", "", "", "B"),
        ],
        [
            (
                "Tuesday, November 10, 2026 | Kisumu 28°C | E-Paper | Subscribe from Sh10 a day",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "News · Counties · Politics · Business · Lake Region · Sports · Opinion · Video",
                "",
                "",
                "B",
            ),
        ],
        [
            ("COUNTIES › KISUMU", "", "", "B"),
        ],
        [
            ("Kisumu suspends fish-landing levy for 60 days after beach protests", "", "", "W"),
        ],
        [
            (
                "Governor says county will refund Sh14 million collected since August, but traders want the levy scrapped altogether",
                "Apondi Nyakwamba-Oloo",
                "says",
                "W",
            ),
        ],
        [
            ("By Atiendi Obwarasi-Kendagor, Kisumu", "", "", "B"),
        ],
        [
            ("Published Nov 10, 2026 · 7:14 PM EAT · 4 min read", "", "", "B"),
        ],
        [
            ("Share this story: WhatsApp | Facebook | X | Telegram | Copy link", "", "", "B"),
        ],
        [
            (
                "Kisumu Governor Apondi Nyakwamba-Oloo addresses journalists at the county headquarters on Tuesday.",
                "",
                "",
                "",
            ),
            ("PHOTO | ATIENDI OBWARASI-KENDAGOR", "", "", "B"),
        ],
        [
            (
                "KISUMU — Kisumu County has suspended a Sh50 levy on every crate of fish landed at its 41 beaches for 60 days, Governor Apondi Nyakwamba-Oloo told reporters on Tuesday, two days after traders blocked the Kisumu-Busia road in protest.",
                "Apondi Nyakwamba-Oloo",
                "told reporters",
                "W",
            ),
        ],
        [
            (
                "Speaking at a press conference at the county headquarters, the governor said the county would refund about Sh14 million collected from fishermen and traders since the levy took effect on August 1.",
                "Apondi Nyakwamba-Oloo",
                "said",
                "W",
            ),
            (
                "She said the refunds would be paid through the beach management units by December 15.",
                "Apondi Nyakwamba-Oloo",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We have listened to the people who feed this city.",
                "Apondi Nyakwamba-Oloo",
                "said",
                "",
            ),
            (
                "The levy was passed by the county assembly in June, and it is the assembly that must now amend it.",
                "Apondi Nyakwamba-Oloo",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I have directed the revenue department to withdraw its clerks from all 41 beaches with effect from today.",
                "Apondi Nyakwamba-Oloo",
                "said",
                "W",
            ),
            (
                "Anyone who is asked to pay should report the officer to my office,” she said.",
                "Apondi Nyakwamba-Oloo",
                "said",
                "",
            ),
        ],
        [
            (
                "Asked whether the levy would be scrapped altogether, Nyakwamba-Oloo said: “That is a matter for the assembly.",
                "Apondi Nyakwamba-Oloo",
                "said",
                "",
            ),
            ("I will not pre-empt the House.”", "Apondi Nyakwamba-Oloo", "said", ""),
        ],
        [
            (
                "The County Executive Committee Member for Blue Economy and Fisheries, Dr Okwarro Ndegwal-Simbiri, who sat beside the governor, said the levy had raised Sh14.2 million from about 5,300 registered fishermen and 2,100 traders.",
                "Okwarro Ndegwal-Simbiri",
                "said",
                "W",
            ),
            (
                "He explained that the money had been meant for cold rooms at Sirongo, Kowiti and Nyamrundu beaches, where unsold fish now spoils within hours in the afternoon heat.",
                "Okwarro Ndegwal-Simbiri",
                "explained",
                "W",
            ),
        ],
        [
            (
                "“Without a cold room, a fisherman sells at whatever price the buyer names.",
                "Okwarro Ndegwal-Simbiri",
                "said",
                "",
            ),
            (
                "The levy was the only way we had to build them,” he said.",
                "Okwarro Ndegwal-Simbiri",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the county’s quarterly budget report, none of the Sh38 million set aside for cold rooms in the 2026/27 financial year had been spent by September 30.",
                "the county’s quarterly budget report",
                "According to",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "READ ALSO: Homa Bay boat operators told to buy life jackets after Mbita drowning",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "In a statement read to journalists outside the county offices, the Winam Fish Traders' Association said the suspension was “a good first step” but that it would keep pushing for the levy to be scrapped.",
                "The Winam Fish Traders' Association",
                "said",
                "",
            ),
            (
                "The association said its members had lost about Sh3 million in sales during the two-day protest, when no fish left the beaches.",
                "The association",
                "said",
                "W",
            ),
        ],
        [
            (
                "Its chairperson, Rosebellah Awuory Kadhengo, who has sold fish at Sirongo beach for 31 years, insisted that traders had never been consulted before the levy was passed.",
                "Rosebellah Awuory Kadhengo",
                "insisted",
                "W",
            ),
            (
                "“The county wants our money, but it has not built a single cold room.",
                "Rosebellah Awuory Kadhengo",
                "said",
                "W",
            ),
            (
                "It promised three in the budget,” she said.",
                "Rosebellah Awuory Kadhengo",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kisumu County Police Commander Kipkurgat Chelugut-Sirmoy said 14 people arrested during Sunday’s protest had been released on cash bail of Sh5,000 each.",
                "Kipkurgat Chelugut-Sirmoy",
                "said",
                "W",
            ),
            (
                "He declined to say whether they would be charged.",
                "Kipkurgat Chelugut-Sirmoy",
                "declined to say",
                "",
            ),
        ],
        [
            (
                "The member of the county assembly for Nyakwere ward, Hon. Barack Oukoh Miregwa, wrote on X that the suspension was “a public relations exercise”.",
                "Barack Oukoh Miregwa",
                "wrote on X",
                "",
            ),
            ("“Sixty days is not a solution.", "Barack Oukoh Miregwa", "wrote", ""),
            (
                "The amendment bill has been on the order paper since September 22 and has been pushed down the list twice,” he wrote.",
                "Barack Oukoh Miregwa",
                "wrote",
                "W",
            ),
        ],
        [
            (
                "“We withdrew all 63 collection clerks from the beaches at noon today,” said Wekhesi Barassio-Onyiro, the county’s chief officer for revenue.",
                "Wekhesi Barassio-Onyiro",
                "said",
                "W",
            ),
            (
                "He said the clerks would be moved to the city’s main bus park until the assembly decides.",
                "Wekhesi Barassio-Onyiro",
                "said",
                "",
            ),
        ],
        [
            (
                "The office of the county assembly speaker declined to comment on when the amendment would be debated.",
                "The office of the county assembly speaker",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "Fisherman Jaoko Omwanda-Rabuor, 54, who lands omena at Kowiti, said he paid Sh1,250 in levies in September alone.",
                "Jaoko Omwanda-Rabuor",
                "said",
                "",
            ),
            (
                "“A crate is a crate, whether the fish inside is big or small,” he said.",
                "Jaoko Omwanda-Rabuor",
                "said",
                "",
            ),
        ],
        [
            (
                "Join the Simbira Courier channel on WhatsApp for breaking news from the lake region.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tags: Kisumu County | Fisheries | Lake Victoria | County levies", "", "", "B"),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            ("Kisumu port to take fuel shipments for Uganda from January", "", "", "B"),
        ],
        [
            ("© 2026 Simbira Media Group Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE KOTTEGIRI STANDARD", "", "", "B"),
        ],
        [
            ("Bengaluru | Thursday, November 19, 2026 | Today's Paper | ಕನ್ನಡ", "", "", "B"),
        ],
        [
            (
                "Home | Karnataka | Bengaluru | National | Business | Sport | Opinion | Videos | e-Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Karnataka / Legislature", "", "", "B"),
        ],
        [
            (
                "Assembly passes tanker Bill with ₹1,450 ceiling for a 6,000-litre load amid Opposition walkout",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Opposition members say the ceiling is higher than what most households paid before the summer shortage",
                "Opposition members",
                "say",
                "W",
            ),
        ],
        [
            ("Special Correspondent", "", "", "B"),
        ],
        [
            (
                "BENGALURU, November 18, 2026 22:41 IST | Updated: November 19, 2026 06:10 IST",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Share: X | Facebook | WhatsApp | Email | Print", "", "", "B"),
        ],
        [
            (
                "Water tankers queue at a filling point on the city’s eastern edge in April.",
                "",
                "",
                "",
            ),
            ("File photo: Special Arrangement", "", "", "B"),
        ],
        [
            (
                "BENGALURU: The Legislative Assembly on Wednesday passed the Karnataka Private Water Tanker (Regulation) Bill, 2026, which fixes a maximum charge of ₹1,450 for a 6,000-litre load in Bengaluru and makes a licence compulsory for every private tanker in the city.",
                "",
                "",
                "W",
            ),
            (
                "The Bill was passed by voice vote at 6.40 p.m. after Opposition members walked out.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Moving the Bill, Urban Development Minister H. M. Siddalingesh Kuppahalli told the House that operators had charged as much as ₹3,200 a load in April, when about 4,100 borewells in the city went dry.",
                "H. M. Siddalingesh Kuppahalli",
                "told the House",
                "W",
            ),
            (
                "He said 3,812 tankers were plying in the city without any registration.",
                "H. M. Siddalingesh Kuppahalli",
                "said",
                "W",
            ),
        ],
        [
            (
                "“For three months this city was held to ransom.",
                "H. M. Siddalingesh Kuppahalli",
                "said",
                "",
            ),
            (
                "Tanker owners will now need a licence, a GPS unit and a meter on every vehicle, and the licence can be cancelled after a second overcharging complaint.",
                "H. M. Siddalingesh Kuppahalli",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Nobody in this House is against honest tanker operators.",
                "H. M. Siddalingesh Kuppahalli",
                "said",
                "",
            ),
            (
                "But the days of the tanker mafia in Bengaluru are over,” Kuppahalli said.",
                "H. M. Siddalingesh Kuppahalli",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the Bill’s statement of objects and reasons, about 38 per cent of Bengaluru’s households depend at least partly on private tankers.",
                "the Bill’s statement of objects and reasons",
                "According to",
                "W",
            ),
        ],
        [
            (
                "Opposing the Bill, Dr. Vanishree Ramadurga, the Opposition’s deputy leader in the Assembly, said most households in the city’s eastern wards had paid between ₹900 and ₹1,200 a load before the summer.",
                "Vanishree Ramadurga",
                "said",
                "W",
            ),
            ("“This Bill does not protect them.", "Vanishree Ramadurga", "said", ""),
            (
                "It sets the ceiling above what they pay today and leaves out every bulk contract signed by apartment associations,” she said.",
                "Vanishree Ramadurga",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kuppahalli interjected: “The ceiling is a maximum, not a price.”",
                "H. M. Siddalingesh Kuppahalli",
                "interjected",
                "",
            ),
            (
                "Dr. Ramadurga retorted that a maximum “becomes the price the day it is notified”.",
                "Vanishree Ramadurga",
                "retorted",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Also Read | Survey finds 19 of Bengaluru’s 42 surveyed lakes get no inflow in summer",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Prof. Nagaveni Hosakerehalli, an Opposition member who taught hydrology at a city college for 26 years, told the House that 64 of the 110 villages added to the city’s limits in 2007 still had no piped water.",
                "Nagaveni Hosakerehalli",
                "told the House",
                "W",
            ),
            (
                "She asked why the Bill said nothing about supply to those villages.",
                "Nagaveni Hosakerehalli",
                "asked",
                "",
            ),
        ],
        [
            (
                "Ruling party member M. Chandrappa Tumkurmath defended the Bill, saying tanker owners had agreed to the ₹1,450 rate at a meeting with the department on October 29.",
                "M. Chandrappa Tumkurmath",
                "saying",
                "W",
            ),
            (
                "“Is the honourable member speaking for the people of Bengaluru or for the tanker lobby?” Tumkurmath asked, drawing protests from the Opposition benches.",
                "M. Chandrappa Tumkurmath",
                "asked",
                "",
            ),
        ],
        [
            (
                "Speaker T. N. Gurusiddappa Bellurmath ruled that the remark be expunged from the records.",
                "T. N. Gurusiddappa Bellurmath",
                "ruled",
                "W",
            ),
            (
                "“Members will address the Bill and not each other,” he said.",
                "T. N. Gurusiddappa Bellurmath",
                "said",
                "",
            ),
        ],
        [
            (
                "Replying to the debate, Kuppahalli said the Bill already provides for the ceiling to be reviewed every six months by a committee headed by the city’s chief commissioner.",
                "H. M. Siddalingesh Kuppahalli",
                "said",
                "W",
            ),
            (
                "He said the rules would be notified within 30 days.",
                "H. M. Siddalingesh Kuppahalli",
                "said",
                "",
            ),
        ],
        [
            (
                "The Bengaluru Private Water Tanker Owners’ Federation said in a statement that the ₹1,450 rate did not cover diesel and driver wages for trips of more than 15 km.",
                "The Bengaluru Private Water Tanker Owners’ Federation",
                "said in a statement",
                "W",
            ),
            (
                "The federation said its members would meet on Sunday to decide whether to comply.",
                "The federation",
                "said",
                "",
            ),
            (
                "Its president, Nanjundaswamy Kallappanavar, did not respond to calls.",
                "Nanjundaswamy Kallappanavar",
                "did not respond to calls",
                "",
            ),
        ],
        [
            (
                "Outside the Vidhana Soudha, Padmavathi Sreekantaiah-Raogowda, who heads a residents’ welfare association in Bellandur, told reporters that her complex of 420 flats paid ₹2,600 a load for 11 loads a day in April.",
                "Padmavathi Sreekantaiah-Raogowda",
                "told reporters",
                "W",
            ),
            (
                "“We will believe in this ceiling when a tanker driver respects it,” she said.",
                "Padmavathi Sreekantaiah-Raogowda",
                "said",
                "",
            ),
        ],
        [
            ("Related Topics", "", "", "B"),
        ],
        [
            ("Bengaluru / water / Karnataka Legislative Assembly / legislature", "", "", "B"),
        ],
        [
            ("Copyright© 2026, The Kottegiri Standard Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE CORIO BAY ARGUS", "", "", "B"),
        ],
        [
            (
                "Geelong | Wed 18 Nov 2026 | 21°C Mostly sunny | Today’s Paper | My Account",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "News | Local | Courts | Sport | Business | Lifestyle | Opinion | Puzzles | Death Notices",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Courts & Justice", "", "", "B"),
        ],
        [
            (
                "Truck driver was warned about deadly turn four months before cyclist died, inquest told",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Council engineer tells coroner a $1.2 million upgrade of the intersection was shelved in 2024",
                "Cormagh Pettigrane-Ndabeni",
                "tells",
                "W",
            ),
        ],
        [
            ("By Saskiya Vendramin-Hollowhill, Court Reporter", "", "", "B"),
        ],
        [
            ("Updated November 17 2026 - 6:52pm, first published 4:30pm", "", "", "B"),
        ],
        [
            ("Share | Save article | Gift this article", "", "", "B"),
        ],
        [
            (
                "Flowers and a painted white bicycle at the corner of Brackenlowe Road and Ferrimond Parade, Moolap.",
                "",
                "",
                "",
            ),
            ("Picture by Lachlane Dewbarrow-Ostrandel", "", "", "B"),
        ],
        [
            (
                "A truck driver whose semitrailer struck and killed a Geelong cyclist had been warned by his employer about the same left turn four months earlier, according to documents tendered to the court.",
                "documents tendered to the court",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Maritza Quenneth-Obisanya, 44, a primary school teacher from Newtown, died at the corner of Brackenlowe Road and Ferrimond Parade in Moolap on March 3, 2025, when a left-turning semitrailer hit her bicycle.",
                "",
                "",
                "W",
            ),
            ("Coroner Aurellie Dunkerwyn-Mabuzo began hearing evidence on Tuesday.", "", "", "W"),
        ],
        [
            (
                "Det. Sgt. Rowlan Tisbury-Achterbeek, of the police collision investigation unit, told the inquest the truck was travelling at 14 km/h when it turned and its driver had not looked at the left-side camera screen fitted in the cab.",
                "Rowlan Tisbury-Achterbeek",
                "told the inquest",
                "W",
            ),
            (
                "He said the screen was switched off at the time of the crash.",
                "Rowlan Tisbury-Achterbeek",
                "said",
                "W",
            ),
        ],
        [
            (
                "“From the driver’s seat you can see a cyclist in the mirror for about two seconds.",
                "Rowlan Tisbury-Achterbeek",
                "said",
                "W",
            ),
            (
                "After that she is in the blind spot, and the camera is the only way to see her.",
                "Rowlan Tisbury-Achterbeek",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We found the screen’s power cable unplugged.",
                "Rowlan Tisbury-Achterbeek",
                "said",
                "W",
            ),
            (
                "Once it was plugged back in, it worked normally,” Det. Sgt. Tisbury-Achterbeek said.",
                "Rowlan Tisbury-Achterbeek",
                "said",
                "W",
            ),
        ],
        [
            (
                "Questioned by counsel assisting the coroner, Imelde Faragher-Oduyah, he told the hearing that police had attended three collisions between trucks and cyclists at the intersection since 2021.",
                "Rowlan Tisbury-Achterbeek",
                "told the hearing",
                "W",
            ),
        ],
        [
            (
                "An email tendered to the court shows the driver’s employer, Brolgamere Freight Lines Pty Ltd, wrote to him in November 2024 that the turn was “a known hazard for cyclists”.",
                "An email tendered to the court",
                "shows",
                "W",
            ),
            (
                "The company asked drivers to use the camera “at every left turn in the Moolap area”.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The driver, Leopoldt Vantergool-Ruckert, 58, of Lara, declined to answer questions after his barrister objected on the grounds that his answers might incriminate him.",
                "Leopoldt Vantergool-Ruckert",
                "declined to answer questions",
                "",
            ),
            (
                "Coroner Dunkerwyn-Mabuzo upheld the objection and issued him a certificate under the Evidence Act.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Read more: Geelong ring road speed limit cut to 80km/h during roadworks",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The traffic engineering manager at Moolacoor City Council, Cormagh Pettigrane-Ndabeni, told the hearing that a $1.2 million plan for a separated bike lane and a dedicated turning signal was approved in 2023 but left out of the 2024 budget.",
                "Cormagh Pettigrane-Ndabeni",
                "told the hearing",
                "W",
            ),
            (
                "He agreed under questioning by Ms Faragher-Oduyah that the council had received 11 written complaints about the intersection before the crash.",
                "Cormagh Pettigrane-Ndabeni",
                "agreed",
                "W",
            ),
            ("“I wish it had been built,” he said.", "Cormagh Pettigrane-Ndabeni", "said", ""),
        ],
        [
            (
                "Moolacoor City Council said in a statement it would not comment on the evidence while the inquest was under way.",
                "Moolacoor City Council",
                "said in a statement",
                "",
            ),
            (
                "The council said the upgrade was now funded in its 2026-27 budget and work would start in February.",
                "The council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Forensic pathologist Dr Yusraine Hallowran-Pettiau told the court Ms Quenneth-Obisanya died of multiple injuries and would have lost consciousness almost immediately.",
                "Yusraine Hallowran-Pettiau",
                "told the court",
                "W",
            ),
        ],
        [
            (
                "In a statement read to the court by Ms Faragher-Oduyah, the cyclist’s husband, Desmund Quenneth-Obisanya, said their two children still set a place for her at dinner.",
                "Desmund Quenneth-Obisanya",
                "said",
                "",
            ),
            (
                "“Maritza rode that road every day because we were told it was safe.",
                "Desmund Quenneth-Obisanya",
                "said in the statement",
                "",
            ),
            (
                "It was not,” he said in the statement.",
                "Desmund Quenneth-Obisanya",
                "said in the statement",
                "",
            ),
        ],
        [
            (
                "Brolgamere Freight Lines did not respond to a request for comment.",
                "Brolgamere Freight Lines",
                "did not respond",
                "",
            ),
            (
                "A spokeswoman for the state’s roads department said the intersection was a council road and the department had no plans for it.",
                "A spokeswoman for the state’s roads department",
                "said",
                "W",
            ),
        ],
        [
            ("The inquest continues before Coroner Dunkerwyn-Mabuzo on Thursday.", "", "", "W"),
        ],
        [
            (
                "If this story has raised concerns for you, road trauma support is available on 1800 555 804.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Saskiya Vendramin-Hollowhill covers the courts for the Argus.", "", "", "B"),
            ("Email: saskiya.vh@coriobayargus.com.au", "", "", "B"),
        ],
        [
            ("Latest in Courts & Justice", "", "", "B"),
        ],
        [
            ("Man fined $4,800 after dog attack at Eastern Beach", "", "", "B"),
        ],
        [
            ("© 2026 Corio Bay Argus Pty Ltd | ABN 63 114 902 517", "", "", "B"),
        ],
    ],
    [
        [
            ("CALDERMOOR GAZETTE", "", "", "B"),
        ],
        [
            (
                "Sport | Caldermoor Town | Rugby League | Cricket | Grassroots | Fixtures & Results | Podcasts",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Football › Caldermoor Town", "", "", "B"),
        ],
        [
            (
                "Caldermoor Town 2-2 Penhallan Rovers: Marchbanke-Oyelarun twins both score but stoppage-time penalty denies Town",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Town boss Declyn Hollisterne-Ayodelu says his side deserved all three points and will write to the league about the decision",
                "Declyn Hollisterne-Ayodelu",
                "says",
                "",
            ),
        ],
        [
            ("By Imojean Threlgarth-Abaradu, Football writer", "", "", "B"),
        ],
        [
            ("Saturday 21 November 2026, 7:28pm", "", "", "B"),
        ],
        [
            ("Share on Facebook | Share on X | Share by email | Copy link", "", "", "B"),
        ],
        [
            (
                "Jonno Marchbanke-Oyelarun celebrates after making it 2-0 four minutes into the second half.",
                "",
                "",
                "W",
            ),
            ("Photo: Gazette Sport / Ferrisy Callowden-Nwankwoeze", "", "", "B"),
        ],
        [
            (
                "Twin brothers Ellard and Jonno Marchbanke-Oyelarun both scored for Caldermoor Town, but a 94th-minute penalty from Penhallan Rovers’ Aurik Kostadinov-Prydale earned the visitors a 2-2 draw at Coldhythe Lane on Saturday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ellard, the elder by 11 minutes, headed in a Tobyn Wrenfallow corner in the 23rd minute.",
                "",
                "",
                "W",
            ),
            (
                "Jonno doubled the lead four minutes after the break, turning inside his marker and shooting low into the far corner from 18 yards.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Rovers pulled one back through Kostadinov-Prydale on 71 minutes, and he scored again from the spot after the ball struck Town defender Calloch Ashdrove-Mbathwe on the arm, or the shoulder, depending on who you asked.",
                "",
                "",
                "W",
            ),
            ("The draw leaves Town 14th in League Two with 21 points from 17 games.", "", "", "W"),
        ],
        [
            (
                "Town manager Declyn Hollisterne-Ayodelu said he had “never seen a softer penalty in 30 years in the game”.",
                "Declyn Hollisterne-Ayodelu",
                "said",
                "",
            ),
        ],
        [
            ("“The ball hits his shoulder.", "Declyn Hollisterne-Ayodelu", "added", ""),
            (
                "I’ve watched it six times on the laptop in the dressing room and it hits his shoulder.",
                "Declyn Hollisterne-Ayodelu",
                "added",
                "W",
            ),
        ],
        [
            (
                "“We’ll write to the league on Monday, for what good it’ll do.",
                "Declyn Hollisterne-Ayodelu",
                "added",
                "",
            ),
            (
                "But I’m proud of the lads, proud of the twins, and we go again on Tuesday,” he added.",
                "Declyn Hollisterne-Ayodelu",
                "added",
                "",
            ),
        ],
        [
            (
                "Speaking to Radio Caldermoor, Ellard Marchbanke-Oyelarun said it was the first time the brothers had both scored in the same senior match.",
                "Ellard Marchbanke-Oyelarun",
                "said",
                "W",
            ),
            (
                "“Mum’s in the stand, so she’ll be made up.",
                "Ellard Marchbanke-Oyelarun",
                "said",
                "",
            ),
            (
                "She’s been telling us since we were seven that this would happen,” he said.",
                "Ellard Marchbanke-Oyelarun",
                "said",
                "",
            ),
        ],
        [
            ("His brother was less happy.", "", "", ""),
            (
                "“A draw feels like a defeat,” Jonno told the Gazette.",
                "Jonno Marchbanke-Oyelarun",
                "told the Gazette",
                "",
            ),
            (
                "“We should have killed the game off.”",
                "Jonno Marchbanke-Oyelarun",
                "told the Gazette",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("RELATED: Caldermoor Town v Penhallan Rovers as it happened", "", "", "B"),
        ],
        [
            (
                "“It’s a stonewall penalty, and if it’s the other way round Declyn is asking for it as well,” said Magnell Ferrabey-Okonjema, the Rovers head coach, who was booked in the first half for dissent.",
                "Magnell Ferrabey-Okonjema",
                "said",
                "",
            ),
            (
                "He said his side had now gone nine away games unbeaten.",
                "Magnell Ferrabey-Okonjema",
                "said",
                "W",
            ),
        ],
        [
            (
                "Caldermoor Town said in a statement after the match that it had reported a supporter to police for throwing a coin at Rovers goalkeeper Stellwyn Brightwade-Oboh in the 88th minute.",
                "Caldermoor Town",
                "said in a statement",
                "W",
            ),
            (
                "The club said it would ban the supporter for life if he was identified.",
                "The club",
                "said",
                "",
            ),
            (
                "Club chairman Cllr Bernardin Quillington-Ashmere, who sits on the borough council, said the club had installed 14 new CCTV cameras in the East Stand in the summer.",
                "Bernardin Quillington-Ashmere",
                "said",
                "W",
            ),
        ],
        [
            (
                "Police said a 34-year-old man from Caldermoor had been arrested on suspicion of throwing a missile and had been released on bail.",
                "Police",
                "said",
                "W",
            ),
        ],
        [
            (
                "Town’s club doctor, Dr Priyangka Sallowbeck, said Wrenfallow had gone to hospital as a precaution with a suspected concussion after a clash of heads late in the game.",
                "Priyangka Sallowbeck",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesperson for the referees’ body declined to comment on the penalty decision.",
                "A spokesperson for the referees’ body",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "Town travel to Penhallan’s neighbours Strathby United on Tuesday, 7.45pm kick-off.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("MATCH DETAILS", "", "", "B"),
        ],
        [
            (
                "Caldermoor Town: Ruddlesmere; Ashdrove-Mbathwe, Okoraforbi-Denewick, Thwaitescombe, Pellarow-Arkwell; Wrenfallow (Haverstall 88), Ellard Marchbanke-Oyelarun, Kettlebourne; Loxhollow-Adeyemola, Jonno Marchbanke-Oyelarun, Trehavick-Vaskoff.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Goals: E. Marchbanke-Oyelarun 23, J. Marchbanke-Oyelarun 49; Kostadinov-Prydale 71, 90+4 (pen.).",
                "",
                "",
                "",
            ),
        ],
        [
            ("Referee: Gidewin Ashworthey-Penndrick.", "", "", ""),
            ("Attendance: 4,318 (612 away).", "", "", ""),
        ],
        [
            ("More Caldermoor Town", "", "", "B"),
        ],
        [
            ("Hollisterne-Ayodelu hands new deal to youth team coach", "", "", "B"),
        ],
        [
            ("© 2026 Caldermoor Gazette Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE CEILIDH COAST COURANT", "", "", "B"),
        ],
        [
            (
                "Sat., Nov. 14, 2026 | Inverness County, N.S. | 4°C, showers | Sign in | Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Home | News | Community | Sports | Weekend | Opinion | Obituaries | Classifieds",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Weekend › People", "", "", "B"),
        ],
        [
            (
                "‘You never get used to the pager’: Glendarroch Forks fire chief steps down after 41 years",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Bernadetta Ashcrombe-Thérioux joined as the department’s first woman in 1985, and on Saturday she hands the helmet to her daughter",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Story by Ewanick Strathcurran-Musazi | Photos by Tavisholm Orrogan-Benedettoli",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Published Nov. 14, 2026 at 6 a.m.", "", "", "B"),
        ],
        [
            ("Share  ·  Post  ·  Email  ·  Listen (9 min)", "", "", "B"),
        ],
        [
            (
                "Fire Chief Bernadetta Ashcrombe-Thérioux, left, and Deputy Chief Maëline Ashcrombe-Thérioux in the bay of the Glendarroch Forks fire hall.",
                "",
                "",
                "",
            ),
            ("TAVISHOLM ORROGAN-BENEDETTOLI / THE COURANT", "", "", "B"),
        ],
        [
            (
                "The pager is still clipped to Bernadetta Ashcrombe-Thérioux’s belt when she opens the side door of the fire hall on a grey Tuesday morning, and she touches it twice before she sits down.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“Forty-one years and I still check it like it’s going to bite me,” she says, laughing.",
                "Bernadetta Ashcrombe-Thérioux",
                "says",
                "",
            ),
        ],
        [
            (
                "Ashcrombe-Thérioux, 63, joined the Glendarroch Forks Volunteer Fire Department in March 1985, the first woman on its roster.",
                "",
                "",
                "W",
            ),
            ("She has been its chief since 2004.", "", "", "W"),
            ("On Saturday she retires, and her daughter, Maëline, 34, takes over.", "", "", "W"),
        ],
        [
            (
                "“When I started there was one truck, a pump you had to kick twice and eleven men who didn’t know what to do with me.",
                "Bernadetta Ashcrombe-Thérioux",
                "says",
                "W",
            ),
            (
                "Some of them thought I’d last a winter.",
                "Bernadetta Ashcrombe-Thérioux",
                "says",
                "",
            ),
        ],
        [
            (
                "“One of them, God rest him, told me the Forks was no place for a girl.",
                "Bernadetta Ashcrombe-Thérioux",
                "says",
                "",
            ),
            (
                "It still isn’t, for anybody, in February,” she says.",
                "Bernadetta Ashcrombe-Thérioux",
                "says",
                "",
            ),
        ],
        [
            (
                "The department now has 27 volunteers, three trucks and a rescue boat, and answers about 90 calls a year in a district of roughly 1,400 people, according to its annual report to the county.",
                "its annual report to the county",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Most of those calls are not fires but medical emergencies and crashes on the highway, Ashcrombe-Thérioux explains.",
                "Bernadetta Ashcrombe-Thérioux",
                "explains",
                "W",
            ),
            (
                "“People think we spend our lives on ladders.",
                "Bernadetta Ashcrombe-Thérioux",
                "explains",
                "",
            ),
            (
                "Mostly we’re holding somebody’s hand at the side of Route 19 until the ambulance comes from Inverness, and that can take 40 minutes,” she explains.",
                "Bernadetta Ashcrombe-Thérioux",
                "explains",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("She does not hesitate when asked about the hardest night.", "", "", ""),
        ],
        [
            (
                "“It was January 1996, the Dunnery house on the back road.",
                "Bernadetta Ashcrombe-Thérioux",
                "recalls",
                "W",
            ),
            (
                "Two children got out through a bedroom window and their grandmother didn’t.",
                "Bernadetta Ashcrombe-Thérioux",
                "recalls",
                "W",
            ),
        ],
        [
            ("“I was the one who found her.", "Bernadetta Ashcrombe-Thérioux", "recalls", ""),
            (
                "You carry that, and you don’t put it down, you just learn how to walk with it,” she recalls, and for a moment she says nothing else.",
                "Bernadetta Ashcrombe-Thérioux",
                "recalls",
                "",
            ),
        ],
        [
            (
                "She insists the job has not made her hard.",
                "Bernadetta Ashcrombe-Thérioux",
                "insists",
                "",
            ),
            ("“Hard people quit.", "Bernadetta Ashcrombe-Thérioux", "says", ""),
            (
                "Soft people stay, because they can’t stand the thought of nobody coming,” she says.",
                "Bernadetta Ashcrombe-Thérioux",
                "says",
                "",
            ),
        ],
        [
            (
                "Deputy Chief Maëline Ashcrombe-Thérioux, a paramedic who joined the department at 16, says she was raised “in the back of a pumper truck”.",
                "Maëline Ashcrombe-Thérioux",
                "says",
                "",
            ),
            (
                "“Mom would get paged during supper and I’d be in my pyjamas in the truck bay with a colouring book,” she says.",
                "Maëline Ashcrombe-Thérioux",
                "says",
                "",
            ),
        ],
        [
            (
                "She says she has no plans to change the way the department runs, apart from one thing.",
                "Maëline Ashcrombe-Thérioux",
                "says",
                "",
            ),
            ("“We need more young people.", "Maëline Ashcrombe-Thérioux", "says", ""),
            (
                "Half our volunteers are over 55, and the county says a rural department needs at least 20 active members to keep its certification,” she says.",
                "Maëline Ashcrombe-Thérioux",
                "says",
                "W",
            ),
        ],
        [
            (
                "Volunteer numbers in rural Nova Scotia fell by about 18 per cent between 2016 and 2025, according to figures from the Atlantic Volunteer Fire Services Council.",
                "figures from the Atlantic Volunteer Fire Services Council",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Asked whether she worries about her daughter, the elder Ashcrombe-Thérioux is quiet for a while.",
                "",
                "",
                "",
            ),
            ("“Every single call,” she says.", "Bernadetta Ashcrombe-Thérioux", "says", ""),
            ("“Same as she worries about me.”", "Bernadetta Ashcrombe-Thérioux", "says", ""),
        ],
        [
            (
                "In a statement, the county’s warden, Rhodric Gillandine-Mehtabi, said Ashcrombe-Thérioux had “served this county longer than most of its roads have been paved”.",
                "Rhodric Gillandine-Mehtabi",
                "said",
                "",
            ),
            (
                "Council voted on Nov. 3 to name the new training room at the Forks fire hall after her, the statement said.",
                "the statement",
                "said",
                "W",
            ),
        ],
        [
            ("And her Saturdays, from now on?", "", "", ""),
            ("“Fish,” she adds.", "Bernadetta Ashcrombe-Thérioux", "adds", ""),
            (
                "“And, for the first time since 1985, not carry this thing.”",
                "Bernadetta Ashcrombe-Thérioux",
                "adds",
                "",
            ),
        ],
        [
            ("Ewanick Strathcurran-Musazi is a Weekend writer for the Courant.", "", "", "B"),
            ("Story ideas: weekend@ceilidhcoastcourant.ca", "", "", "B"),
        ],
        [
            ("More Weekend reads", "", "", "B"),
        ],
        [
            ("The last one-room schoolhouse on the Ceilidh Coast turns 150", "", "", "B"),
        ],
        [
            (
                "© 2026 Ceilidh Coast Courant, a division of Brackenmuir Community Media Inc.",
                "",
                "",
                "B",
            ),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE BANYANLINE", "", "", "B"),
        ],
        [
            ("Sunday, Nov 15, 2026 | e-Paper | Newsletters | Log in", "", "", "B"),
        ],
        [
            (
                "Singapore | Asia | World | Opinion | Life | Business | Tech | Sport | Videos | Podcasts",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Singapore > Environment", "", "", "B"),
        ],
        [
            (
                "‘A fan is not a plan’: Heat researcher Ngoey Hwei Liann on why top-floor flats are getting hotter",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Her team logged bedroom temperatures in 412 flats for a year, and the hottest reached 34.6 deg C at midnight",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Kavithaa Ramanathasamy", "", "", "B"),
            ("Environment Correspondent", "", "", "B"),
        ],
        [
            ("Updated Nov 15, 2026, 05:00 AM", "", "", "B"),
        ],
        [
            ("Gift this article | Share | Save", "", "", "B"),
        ],
        [
            (
                "Associate Professor Ngoey Hwei Liann with a sensor of the kind her team placed in 412 flats.",
                "",
                "",
                "",
            ),
            ("PHOTO: BANYANLINE / GOAY ZHIRONG", "", "", "B"),
        ],
        [
            (
                "Associate Professor Ngoey Hwei Liann, 47, leads the Heatwise Lab at Dunearn University.",
                "",
                "",
                "W",
            ),
            (
                "Her team’s study, published in October, placed temperature sensors in 412 flats in nine towns from September 2025 to August 2026.",
                "",
                "",
                "W",
            ),
            (
                "Prof Ngoey, who grew up in a fifth-floor flat in Clementi, spoke to The Banyanline at her office in Queenstown.",
                "",
                "",
                "",
            ),
        ],
        [
            ("This interview has been edited for length and clarity.", "", "", "B"),
        ],
        [
            (
                "Q: Your study found that bedrooms in top-floor flats were on average 2.1 deg C warmer at night than those on middle floors.",
                "Your study",
                "found",
                "W",
            ),
            ("Why?", "", "", ""),
        ],
        [
            (
                "A: The roof slab absorbs heat all day and releases it into the top-floor units after sunset.",
                "Ngoey Hwei Liann",
                "A:",
                "W",
            ),
            (
                "We measured slab temperatures of up to 61 deg C on afternoons in April.",
                "Ngoey Hwei Liann",
                "A:",
                "W",
            ),
        ],
        [
            (
                "In blocks built before 1990 there is no insulation layer under the roof at all.",
                "Ngoey Hwei Liann",
                "A:",
                "W",
            ),
            ("That is where we saw the worst readings.", "Ngoey Hwei Liann", "A:", "W"),
        ],
        [
            ("Q: The hottest bedroom in your data reached 34.6 deg C at midnight.", "", "", "W"),
            ("Whose flat was that?", "", "", ""),
        ],
        [
            (
                "A: A retired couple in their 80s on the 12th floor of a 1978 block in Bukit Merah.",
                "Ngoey Hwei Liann",
                "A:",
                "W",
            ),
            (
                "They have an air-conditioner, but in 11 months of readings they switched it on for only 23 nights, because of the bill.",
                "Ngoey Hwei Liann",
                "A:",
                "W",
            ),
        ],
        [
            ("Q: Is air-conditioning the answer, then?", "", "", ""),
        ],
        [
            ("A: Not on its own.", "Ngoey Hwei Liann", "A:", ""),
            (
                "Running a 1.5kW unit for eight hours a night costs about S$55 a month at current tariffs, and for a pensioner that is a real choice.",
                "Ngoey Hwei Liann",
                "A:",
                "W",
            ),
        ],
        [
            (
                "A fan is not a plan, but neither is a machine that a household cannot afford to run.",
                "Ngoey Hwei Liann",
                "A:",
                "",
            ),
        ],
        [
            ("Join The Banyanline’s Telegram channel for the day’s top stories.", "", "", "B"),
        ],
        [
            (
                "Read next: Seven in 10 hawkers say afternoon heat is cutting their trade, survey finds",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Q: The town councils’ association says cool-roof paint has been applied to 1,200 blocks since 2022.",
                "The town councils’ association",
                "says",
                "W",
            ),
            ("Is that enough?", "", "", ""),
        ],
        [
            (
                "A: The paint helps, and we measured a drop of about 1 deg C in top-floor bedrooms after it was applied.",
                "Ngoey Hwei Liann",
                "A:",
                "W",
            ),
            ("But 1 deg C does not rescue a bedroom at 34 deg C.", "Ngoey Hwei Liann", "A:", ""),
        ],
        [
            (
                "Tampines was the coolest of the nine towns in our study.",
                "Ngoey Hwei Liann",
                "A:",
                "W",
            ),
            (
                "It has more mature trees within 50m of its blocks than any other town we measured.",
                "Ngoey Hwei Liann",
                "A:",
                "W",
            ),
        ],
        [
            ("Q: What would you tell a family on a top floor tonight?", "", "", ""),
        ],
        [
            (
                "A: Open the windows on both sides after 9 p.m., not before.",
                "Ngoey Hwei Liann",
                "A:",
                "",
            ),
            ("Close the curtains on the west side from 2 p.m.", "Ngoey Hwei Liann", "A:", ""),
            ("And check on your elderly neighbours.", "Ngoey Hwei Liann", "A:", ""),
        ],
        [
            (
                "Q: Critics say 412 flats is too small a sample to draw conclusions for a million homes.",
                "Critics",
                "say",
                "",
            ),
            ("What is your answer?", "", "", ""),
        ],
        [
            ("A: It is small, and we say so in the paper.", "Ngoey Hwei Liann", "A:", ""),
            (
                "But we chose the flats to match the national mix of block ages and floor levels, and the pattern was the same in all nine towns.",
                "Ngoey Hwei Liann",
                "A:",
                "W",
            ),
        ],
        [
            ("Copyright 2026 Banyanline Media Pte. Ltd.", "", "", "B"),
            ("Co. Regn. No. 202409187K.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE ZUMBRO LANTERN-TIMES", "", "", "B"),
        ],
        [
            ("Thu, Nov. 12, 2026 | Rochester 19°F | Subscribe | Sign in", "", "", "B"),
        ],
        [
            (
                "News | Education | Politics | Business | Sports | Life | Opinion | Obituaries | e-Edition",
                "",
                "",
                "B",
            ),
        ],
        [
            ("LIVE | Education", "", "", "B"),
        ],
        [
            (
                "Belwicke teachers’ strike, day 3: talks break with no deal as classes are canceled again Friday",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Follow our live updates as the district and the teachers’ union return to mediation",
                "",
                "",
                "",
            ),
        ],
        [
            ("By Lantern-Times staff", "", "", "B"),
        ],
        [
            ("Last updated 4:18 p.m. CST", "", "", "B"),
        ],
        [
            ("Share | Post | Email | Copy link", "", "", "B"),
        ],
        [
            ("Pinned", "", "", "B"),
        ],
        [
            (
                "ROCHESTER, Minn. — About 1,180 teachers in Belwicke Public Schools are on strike for a third day, and all 14 of the district’s schools are closed to its 9,400 students.",
                "",
                "",
                "W",
            ),
            ("The two sides have been in state-led mediation since Oct. 6.", "", "", "W"),
        ],
        [
            ("4:18 p.m.", "", "", "B"),
        ],
        [
            ("Talks break for the day without a deal", "", "", "W"),
        ],
        [
            (
                "Belwicke Public Schools said in a statement at 4:05 p.m. that negotiators would return to the table at 9 a.m. Friday.",
                "Belwicke Public Schools",
                "said in a statement",
                "W",
            ),
            (
                "The district said classes would remain canceled Friday at all 14 schools, and that Saturday’s sports schedule would go ahead.",
                "The district",
                "said",
                "W",
            ),
        ],
        [
            ("— Marielka Stoudenmire-Kaba", "", "", "B"),
        ],
        [
            ("3:02 p.m.", "", "", "B"),
        ],
        [
            (
                "Union says it cut its pay demand, district ‘hasn’t moved a penny’",
                "Belwicke Education Association",
                "says",
                "",
            ),
        ],
        [
            (
                "Belwicke Education Association President Renatka Szymbowek-Oyelowu told reporters outside the mediation office that the union had cut its pay demand from 14% over two years to 11.5%.",
                "Renatka Szymbowek-Oyelowu",
                "told reporters",
                "W",
            ),
            ("“We moved.", "Renatka Szymbowek-Oyelowu", "said", ""),
            (
                "We moved twice this week, and the district hasn’t moved a penny since Monday,” she said.",
                "Renatka Szymbowek-Oyelowu",
                "said",
                "W",
            ),
            (
                "She said 1,130 of the union’s members had voted to authorize the strike in October.",
                "Renatka Szymbowek-Oyelowu",
                "said",
                "W",
            ),
        ],
        [
            ("— Marielka Stoudenmire-Kaba", "", "", "B"),
        ],
        [
            ("2:15 p.m.", "", "", "B"),
        ],
        [
            (
                "Supt. Halvorn Emberlund, speaking at a news conference at the district office, said the district’s offer of 8.5% over two years would cost $19.6 million and was “the most we can offer without cutting programs.”",
                "Halvorn Emberlund",
                "said",
                "W",
            ),
            (
                "He said the district’s reserve had fallen to 6.1% of its budget, below the school board’s 8% policy.",
                "Halvorn Emberlund",
                "said",
                "W",
            ),
        ],
        [
            ("“I want our kids back in class tomorrow.", "Halvorn Emberlund", "said", ""),
        ],
        [
            (
                "“But I will not sign a contract that forces us to lay off teachers in 2028,” Emberlund said.",
                "Halvorn Emberlund",
                "said",
                "",
            ),
        ],
        [
            (
                "Asked whether the district would agree to binding arbitration, he said: “Not at this point.”",
                "Halvorn Emberlund",
                "said",
                "",
            ),
        ],
        [
            ("— Minseo Albrichton", "", "", "B"),
        ],
        [
            ("1:40 p.m.", "", "", "B"),
        ],
        [
            ("Two lawmakers weigh in", "", "", ""),
        ],
        [
            (
                "State Sen. Marisolda Ketterage-Vangue, whose district includes most of Belwicke, said in a statement that she would push for a one-time state grant to districts whose reserves have fallen below 8%.",
                "Marisolda Ketterage-Vangue",
                "said in a statement",
                "",
            ),
        ],
        [
            (
                "Rep. Dustyn Haugervik-Pikewell, who sits on the House education finance committee, wrote on X that the Legislature “is not a bank for one district’s bargaining table.”",
                "Dustyn Haugervik-Pikewell",
                "wrote on X",
                "",
            ),
            (
                "“The state raised the per-pupil formula by 4% this year and 2% next year,” he wrote.",
                "Dustyn Haugervik-Pikewell",
                "wrote",
                "W",
            ),
        ],
        [
            ("— Minseo Albrichton", "", "", "B"),
        ],
        [
            ("12:30 p.m.", "", "", "B"),
        ],
        [
            ("Parents open a free day camp in a church basement", "", "", "W"),
        ],
        [
            (
                "Annaleisa Thorvalstad-Mwangoro, a parent who organized the camp at Grace Hollow Lutheran Church on W. Center St., said 86 children had signed up by noon.",
                "Annaleisa Thorvalstad-Mwangoro",
                "said",
                "W",
            ),
            (
                "“Most of us can’t take a third day off work,” she said.",
                "Annaleisa Thorvalstad-Mwangoro",
                "said",
                "",
            ),
        ],
        [
            ("— Marielka Stoudenmire-Kaba", "", "", "B"),
        ],
        [
            ("11:05 a.m.", "", "", "B"),
        ],
        [
            (
                "According to the district’s website, free grab-and-go meals are available at five schools from 11 a.m. to 1 p.m. daily during the strike.",
                "the district’s website",
                "According to",
                "W",
            ),
        ],
        [
            ("10:20 a.m.", "", "", "B"),
        ],
        [
            (
                "The state mediation bureau declined to comment on how long Friday’s session might run.",
                "The state mediation bureau",
                "declined to comment",
                "",
            ),
        ],
        [
            ("9:14 a.m.", "", "", "B"),
        ],
        [
            (
                "Teachers picketed at all 14 schools from 7:30 a.m., the union said.",
                "the union",
                "said",
                "W",
            ),
            (
                "“It was 19 degrees at Larchmead Elementary at 7:30 this morning, and we still had 40 teachers on the line,” said Corlish Fenwrath-Abbeywick, a fifth-grade teacher and the union’s building representative there.",
                "Corlish Fenwrath-Abbeywick",
                "said",
                "W",
            ),
        ],
        [
            ("— Minseo Albrichton", "", "", "B"),
        ],
        [
            ("Load earlier updates", "", "", "B"),
        ],
        [
            (
                "Copyright © 2026 Zumbro Lantern-Times | Terms of Service | Privacy Policy | Your Privacy Choices",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("THE CORDILLERA DAWNRIDGE", "", "", "B"),
        ],
        [
            ("Monday, November 9, 2026 | Baguio City 14°C | E-Paper | Subscribe", "", "", "B"),
        ],
        [
            (
                "News | Regions | Nation | Business | Opinion | Sports | Lifestyle | Weather",
                "",
                "",
                "B",
            ),
        ],
        [
            ("REGIONS / BENGUET", "", "", "B"),
        ],
        [
            ("11 dead, 4 missing after landslide buries homes in Itogon village", "", "", "W"),
        ],
        [
            ("Survivors say they heard the mountain ‘crack’ before dawn", "Survivors", "say", ""),
        ],
        [
            ("By Maritesa Kiangan-Dulawen", "", "", "B"),
        ],
        [
            ("Published: November 9, 2026 - 5:40 PM PHT", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | Viber | Email", "", "", "B"),
        ],
        [
            (
                "Rescuers dig through mud and boulders in Sitio Pangbalit, Barangay Tocdong, Itogon, on Monday.",
                "",
                "",
                "",
            ),
            ("Photo courtesy of Benguet PDRRMO", "", "", "B"),
        ],
        [
            (
                "ITOGON, Benguet — Eleven people were killed and four are missing after a landslide buried 17 houses in Sitio Pangbalit, Barangay Tocdong, before dawn on Sunday, the provincial disaster office said on Monday.",
                "the provincial disaster office",
                "said",
                "W",
            ),
        ],
        [
            (
                "The slope gave way at about 4:20 a.m., after Typhoon Sibaloy dumped 412 millimeters of rain on the province in 36 hours, according to the state weather bureau.",
                "the state weather bureau",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Engr. Rosalindra Dulnuwan-Palaoag, head of the Benguet Provincial Disaster Risk Reduction and Management Office, told reporters the bodies of eight adults and three children had been recovered by noon on Monday.",
                "Rosalindra Dulnuwan-Palaoag",
                "told reporters",
                "W",
            ),
            (
                "She said 163 rescuers, among them soldiers and small-scale miners from nearby tunnels, were digging by hand because the road was too narrow for heavy equipment.",
                "Rosalindra Dulnuwan-Palaoag",
                "said",
                "W",
            ),
        ],
        [
            ("“The soil is still moving.", "Rosalindra Dulnuwan-Palaoag", "said", "W"),
            (
                "We stop every time it rains, and it has rained almost every hour since Saturday.",
                "Rosalindra Dulnuwan-Palaoag",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We will keep digging as long as there is a chance.",
                "Rosalindra Dulnuwan-Palaoag",
                "said",
                "",
            ),
            (
                "Four families are still waiting,” she said.",
                "Rosalindra Dulnuwan-Palaoag",
                "said",
                "W",
            ),
        ],
        [
            (
                "Gov. Leonelo Bayangan-Tumpao declared a state of calamity in the province on Sunday afternoon and released ₱25 million from the quick response fund.",
                "",
                "",
                "W",
            ),
            (
                "“Nobody can say they were not warned,” the governor told Radyo Kabunian on Monday.",
                "Leonelo Bayangan-Tumpao",
                "told Radyo Kabunian",
                "",
            ),
            (
                "He said the provincial government had ordered the evacuation of Sitio Pangbalit on Friday, but that some families returned home on Saturday night.",
                "Leonelo Bayangan-Tumpao",
                "said",
                "W",
            ),
        ],
        [
            (
                "Brgy. Capt. Felicitas Ongasan-Bodiong said 31 of the sitio’s 48 families went to the village elementary school on Friday, but at least nine went back to check on their animals.",
                "Felicitas Ongasan-Bodiong",
                "said",
                "W",
            ),
            (
                "“They told me the mountain has never fallen here.",
                "Felicitas Ongasan-Bodiong",
                "said",
                "",
            ),
            (
                "It had not fallen in 60 years, until Sunday,” she said.",
                "Felicitas Ongasan-Bodiong",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "READ: Typhoon Sibaloy leaves ₱1.2 billion in crop damage across Northern Luzon",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Ambrosia Tiplag-Sayangan, 67, said she woke to a sound “like a tree splitting” and ran out with her grandson in her arms.",
                "Ambrosia Tiplag-Sayangan",
                "said",
                "",
            ),
            (
                "“Kasla danum ti daga (The earth was like water),” she said in Ilocano.",
                "Ambrosia Tiplag-Sayangan",
                "said in Ilocano",
                "",
            ),
        ],
        [
            (
                "Her son, Rodelito Tiplag-Sayangan, 41, a miner, said he was on a night shift in a tunnel about 2 km away and came home to find the house gone.",
                "Rodelito Tiplag-Sayangan",
                "said",
                "",
            ),
            (
                "“My mother and my son were the only ones from our row who got out,” he said.",
                "Rodelito Tiplag-Sayangan",
                "said",
                "",
            ),
            (
                "The younger Tiplag-Sayangan said he had joined the rescuers by Sunday afternoon and had not slept since.",
                "Rodelito Tiplag-Sayangan",
                "said",
                "",
            ),
        ],
        [
            (
                "Police Lt. Col. Benedicto Aswigue-Lamsis, the Itogon police chief, said 640 residents of three neighboring sitios had been moved to evacuation centers as a precaution.",
                "Benedicto Aswigue-Lamsis",
                "said",
                "W",
            ),
        ],
        [
            (
                "Some residents blamed tunnels dug beneath the slope by small-scale miners and by Dongalo Gold Mining Corp., which holds a mining permit over the area.",
                "Some residents",
                "blamed",
                "W",
            ),
            (
                "Dongalo Gold Mining Corp. said in a statement that its nearest active working was 1.3 km from the slide and “could not have contributed” to it.",
                "Dongalo Gold Mining Corp.",
                "said in a statement",
                "W",
            ),
            (
                "The company did not respond to questions about an older, sealed tunnel closer to the village.",
                "The company",
                "did not respond",
                "",
            ),
        ],
        [
            (
                "The regional mines office said it would send geologists to the site on Tuesday.",
                "The regional mines office",
                "said",
                "",
            ),
            (
                "The regional social welfare office said in a statement it had delivered 2,400 family food packs to the evacuation centers.",
                "The regional social welfare office",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "The weather bureau said more rain was expected over Benguet until Wednesday.",
                "The weather bureau",
                "said",
                "",
            ),
        ],
        [
            ("Tags: Benguet, Itogon, landslide, Typhoon Sibaloy", "", "", "B"),
        ],
        [
            ("RELATED STORIES", "", "", "B"),
        ],
        [
            ("Baguio suspends classes as Sibaloy brings floods to city barangays", "", "", "B"),
        ],
        [
            ("© 2026 Cordillera Dawnridge Publishing Inc.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE ARIGBABU MONITOR", "", "", "B"),
        ],
        [
            (
                "Friday, November 6, 2026 | $1 = ₦1,512.40 | NGX ASI 98,412.35 ▲0.4% | E-Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Home | News | Business | Markets | Economy | Politics | Opinion | Sports | Tech",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Business › Companies & Markets", "", "", "B"),
        ],
        [
            ("Okeogbo Cement profit falls 38% as diesel bill almost doubles", "", "", "W"),
        ],
        [
            (
                "Analysts say a third price increase this year is likely before December",
                "Analysts",
                "say",
                "",
            ),
        ],
        [
            ("By Temitobi Ajibolade-Okunsanya, Business Editor", "", "", "B"),
        ],
        [
            ("November 6, 2026 | 6:15 am", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | LinkedIn | WhatsApp", "", "", "B"),
        ],
        [
            (
                "LAGOS — Okeogbo Cement Plc’s pre-tax profit fell 38% to ₦61.4 billion in the nine months to September, the company said in a filing to the stock exchange on Thursday, as energy costs rose faster than prices.",
                "the company",
                "said in a filing to the stock exchange",
                "W",
            ),
            (
                "Revenue rose 22% to ₦498.7 billion, helped by two price increases, but energy costs almost doubled to ₦188.3 billion, the filing showed.",
                "the filing",
                "showed",
                "W",
            ),
        ],
        [
            (
                "Managing Director Alhaji Murtala Danfulani-Adegboyi told analysts on a conference call that the company had run the kilns at its Itorigbede plant on diesel for 41 days in the third quarter because gas supply was interrupted.",
                "Murtala Danfulani-Adegboyi",
                "told analysts on a conference call",
                "W",
            ),
        ],
        [
            (
                "“Diesel costs us roughly three times what gas does for every tonne of clinker.",
                "Murtala Danfulani-Adegboyi",
                "said",
                "W",
            ),
            (
                "Every day without gas is a day we lose money on every bag.",
                "Murtala Danfulani-Adegboyi",
                "said",
                "",
            ),
        ],
        [
            (
                "“We have signed a new gas supply agreement that starts in January.",
                "Murtala Danfulani-Adegboyi",
                "said",
                "W",
            ),
            (
                "I expect the fourth quarter to be better than the third,” he said.",
                "Murtala Danfulani-Adegboyi",
                "said",
                "",
            ),
        ],
        [
            (
                "“Lagos is where we sell 40% of our cement.",
                "Murtala Danfulani-Adegboyi",
                "said",
                "W",
            ),
            (
                "It is also where the price hurts our customers most,” he said.",
                "Murtala Danfulani-Adegboyi",
                "said",
                "",
            ),
            (
                "Asked whether the company would raise prices again, he said: “Nothing is off the table.”",
                "Murtala Danfulani-Adegboyi",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "ALSO READ: Flour millers cut bread-flour price for second time in a month",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Analysts at Ferrowood Securities said in a note to clients that they expected a further increase of ₦500 to ₦700 a bag before December.",
                "Analysts at Ferrowood Securities",
                "said in a note to clients",
                "",
            ),
            (
                "They said the company’s net debt had risen to ₦212 billion from ₦139 billion at the end of 2025.",
                "Analysts at Ferrowood Securities",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The volume story is fine; the margin story is not,” said Oyinlolu Ketiku-Bamgbade, head of equity research at Abulegba Capital, who rates the stock a hold.",
                "Oyinlolu Ketiku-Bamgbade",
                "said",
                "",
            ),
            (
                "She said Okeogbo’s shares had fallen 14% since its half-year results in July.",
                "Oyinlolu Ketiku-Bamgbade",
                "said",
                "W",
            ),
        ],
        [
            (
                "Prof. Bolanleh Ogunsakinde-Idowale, an economist who studies building materials, explained that cement makers can pass costs on to buyers because three firms supply about 80% of the market.",
                "Bolanleh Ogunsakinde-Idowale",
                "explained",
                "W",
            ),
        ],
        [
            (
                "Chukwuneke Obiefunne-Lawande, who has sold cement at Mushin for 19 years, said a 50kg bag of Okeogbo cement now sold for ₦9,800, up from ₦7,200 in January.",
                "Chukwuneke Obiefunne-Lawande",
                "said",
                "W",
            ),
            (
                "He insisted that builders had not stopped buying, only buying less.",
                "Chukwuneke Obiefunne-Lawande",
                "insisted",
                "",
            ),
        ],
        [
            (
                "A company spokesperson declined to comment on prices.",
                "A company spokesperson",
                "declined to comment",
                "",
            ),
        ],
        [
            ("Get our Markets Wrap in your inbox every weekday at 5 p.m.", "", "", "B"),
            ("Sign up here.", "", "", "B"),
        ],
        [
            (
                "Disclaimer: This article is for information only and is not investment advice.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tags: Okeogbo Cement, cement prices, earnings, NGX", "", "", "B"),
        ],
        [
            ("Latest Business", "", "", "B"),
        ],
        [
            ("Naira firms at official window as inflows improve", "", "", "B"),
        ],
        [
            ("© 2026 Arigbabu Monitor Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE MOCHOLO COAST MAIL", "", "", "B"),
        ],
        [
            ("Monday | November 16, 2026 | E-Paper | Jobs | Classifieds", "", "", "B"),
        ],
        [
            (
                "News | Western | Business | Entertainment | Sports | Health | Letters | Commentary",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News / Health", "", "", "B"),
        ],
        [
            (
                "Dialysis patients wait up to five hours as Salterwood unit runs on four of 11 machines",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Minister says seven new machines have landed and are being cleared at the wharf",
                "Carringford Dellimont-Blakemont",
                "says",
                "W",
            ),
        ],
        [
            ("Taviah Ostwaldt-Brisselle / Western Bureau", "", "", "B"),
        ],
        [
            ("Published 16 November 2026 at 5:35 am", "", "", "B"),
        ],
        [
            ("Share | Tweet | WhatsApp | Email", "", "", "B"),
        ],
        [
            (
                "Patients wait outside the dialysis unit at the Salterwood Regional Hospital before dawn last Thursday.",
                "",
                "",
                "",
            ),
            ("Contributed", "", "", "B"),
        ],
        [
            (
                "MONTEGO BAY, St James — Patients at the Salterwood Regional Hospital’s dialysis unit are waiting up to five hours for treatment because only four of its 11 machines are working, doctors at the hospital say.",
                "doctors at the hospital",
                "say",
                "W",
            ),
        ],
        [
            (
                "Consultant nephrologist Dr Sharmelia Heslowe-Aguda, who heads the unit, said 94 patients now share the four machines, with sessions running from 5 a.m. until after midnight.",
                "Sharmelia Heslowe-Aguda",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We have had patients miss a session because the bus left before their turn came.",
                "Sharmelia Heslowe-Aguda",
                "said",
                "W",
            ),
            (
                "One missed two in a row and came back to us through the emergency room.",
                "Sharmelia Heslowe-Aguda",
                "said",
                "W",
            ),
        ],
        [
            ("“Nobody on this team is sleeping properly.", "Sharmelia Heslowe-Aguda", "said", ""),
            (
                "We are running a 24-hour unit with a day staff,” she said.",
                "Sharmelia Heslowe-Aguda",
                "said",
                "",
            ),
        ],
        [
            (
                "Marciana Bellfeld-Spensor, 58, a retired vendor from Anchovy, said she leaves home at 3 a.m. to catch the first taxi and is often not back until evening.",
                "Marciana Bellfeld-Spensor",
                "said",
                "",
            ),
            ("“Mi tired, tired bad.", "Marciana Bellfeld-Spensor", "said", ""),
            ("Three times a week mi do this,” she said.", "Marciana Bellfeld-Spensor", "said", ""),
        ],
        [
            (
                "“The machines are the problem, not the nurses,” said Orvillon Tenniswold-Gaylford, 44, a welder who has been on dialysis since 2021.",
                "Orvillon Tenniswold-Gaylford",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("RELATED: Western hospitals short 140 nurses, union says", "", "", "B"),
        ],
        [
            (
                "Health Minister Dr the Hon. Carringford Dellimont-Blakemont told Parliament on Tuesday that seven new machines arrived at the Kingston wharf on November 2 and were being cleared by customs.",
                "Carringford Dellimont-Blakemont",
                "told Parliament",
                "W",
            ),
            (
                "He said they would be installed at Salterwood by the end of January.",
                "Carringford Dellimont-Blakemont",
                "said",
                "",
            ),
            (
                "“This Government will not allow one patient to be turned away,” he said.",
                "Carringford Dellimont-Blakemont",
                "said",
                "",
            ),
        ],
        [
            (
                "The Salterwood Regional Hospital said in a statement that five of the broken machines were more than 12 years old.",
                "The Salterwood Regional Hospital",
                "said in a statement",
                "W",
            ),
            ("“Parts for them are no longer manufactured.", "the statement", "said", "W"),
            (
                "The company stopped making them in 2023,” the statement said.",
                "the statement",
                "said",
                "W",
            ),
            (
                "The hospital said two patients had been moved to a private clinic in Falmouth at the State’s expense.",
                "The hospital",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to figures from the North Coast Health Services Authority, the number of dialysis patients in the four western parishes rose from 212 in 2021 to 318 this year.",
                "figures from the North Coast Health Services Authority",
                "According to",
                "W",
            ),
        ],
        [
            (
                "Opposition spokesperson on health Dr Hyacintha Moncrevan-Lueng wrote on X that the machines were ordered “17 months too late”.",
                "Hyacintha Moncrevan-Lueng",
                "wrote on X",
                "",
            ),
            ("“The tender closed in June 2025.", "Hyacintha Moncrevan-Lueng", "wrote", "W"),
            (
                "Patients paid for the delay with their health,” she wrote.",
                "Hyacintha Moncrevan-Lueng",
                "wrote",
                "",
            ),
        ],
        [
            (
                "A nurses’ union representative at the hospital, who asked not to be named, said staff in the unit worked an average of 62 hours a week in October.",
                "A nurses’ union representative at the hospital",
                "said",
                "W",
            ),
            (
                "The authority did not respond to questions about staffing.",
                "The authority",
                "did not respond",
                "",
            ),
        ],
        [
            (
                "Have a health story from the west? WhatsApp the newsroom at 876-555-0172.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("More Health", "", "", "B"),
        ],
        [
            ("Dengue cases in St James double in six weeks", "", "", "B"),
        ],
        [
            ("© 2026 Mocholo Coast Mail Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("WAIPORO POST", "", "", "B"),
        ],
        [
            (
                "Friday, 20 November 2026 | Hamilton 17° | Puzzles | Newsletters | Log in",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Latest | Waikato | Crime | Politics | Business | Sport | Rural | Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Crime", "", "", "B"),
        ],
        [
            (
                "Man, 67, critically injured in Fairfield home invasion; teenager charged",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Neighbours say the victim lived alone and knew everyone on the street",
                "Neighbours",
                "say",
                "",
            ),
        ],
        [
            ("Ngaiorere Whitcumbe-Tamateahu", "", "", "B"),
        ],
        [
            ("Thu, Nov 19 · 5:50pm", "", "", "B"),
        ],
        [
            ("Share this article", "", "", "B"),
        ],
        [
            ("Police at the scene on Kowhaiwood Crescent on Thursday morning.", "", "", ""),
            ("Photo / Ngaiorere Whitcumbe-Tamateahu", "", "", "B"),
        ],
        [
            (
                "A 67-year-old man is in a critical condition in Waikato Hospital after an aggravated robbery at his home in Fairfield, Hamilton, on Wednesday night, police say.",
                "police",
                "say",
                "W",
            ),
            (
                "A 17-year-old has been charged with aggravated robbery and wounding with intent to cause grievous bodily harm, and will appear in the Hamilton Youth Court on Friday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Det. Sgt. Manaaki Tautaheke-Broughton told reporters at the cordon that the man was struck with a hammer after two people forced their way in through a back door at about 10.40pm.",
                "Manaaki Tautaheke-Broughton",
                "told reporters",
                "W",
            ),
            (
                "“This was a vulnerable man in his own home.",
                "Manaaki Tautaheke-Broughton",
                "said",
                "",
            ),
            (
                "Whoever did this knew he lived alone,” he said.",
                "Manaaki Tautaheke-Broughton",
                "said",
                "",
            ),
            (
                "He said a second person, believed to be a young woman, was still being sought.",
                "Manaaki Tautaheke-Broughton",
                "said",
                "",
            ),
        ],
        [
            (
                "Hamilton City Area Commander Insp. Leilani Ruatapure-Hendrell said in a statement that police had found a car stolen from Te Rapa on Tuesday about 2km from the address.",
                "Leilani Ruatapure-Hendrell",
                "said in a statement",
                "W",
            ),
            (
                "She said there would be extra patrols in the area over the weekend.",
                "Leilani Ruatapure-Hendrell",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Read more: Waikato ram raids down by a third, police figures show", "", "", "B"),
        ],
        [
            (
                "Neighbour Judetta Oakhalton-Tuilagavale, 71, said she heard shouting and a car reversing at speed shortly before 11pm.",
                "Judetta Oakhalton-Tuilagavale",
                "said",
                "",
            ),
            (
                "“He’s a quiet man, keeps his lawns tidy and waves at everybody.",
                "Judetta Oakhalton-Tuilagavale",
                "said",
                "",
            ),
            ("He didn’t deserve this,” she said.", "Judetta Oakhalton-Tuilagavale", "said", ""),
        ],
        [
            (
                "Her son, Paorahi Oakhalton-Tuilagavale, 44, who lives with her, said he ran next door and found the man lying in the hallway.",
                "Paorahi Oakhalton-Tuilagavale",
                "said",
                "",
            ),
            (
                "“I rang 111 at 10.52 and the ambulance was there in under 10 minutes,” he said.",
                "Paorahi Oakhalton-Tuilagavale",
                "said",
                "",
            ),
            (
                "Mrs Oakhalton-Tuilagavale said there had been three burglaries on the crescent since March.",
                "Judetta Oakhalton-Tuilagavale",
                "said",
                "W",
            ),
        ],
        [
            (
                "Hamilton East ward councillor Cr Margueritte Haldenny-Piripoho, who lives two streets away, said she had asked the council for more street lighting on the crescent in April.",
                "Margueritte Haldenny-Piripoho",
                "said",
                "W",
            ),
        ],
        [
            ("The house is owned by the state housing agency.", "", "", "W"),
            (
                "A spokesperson for the agency declined to comment, citing the police investigation.",
                "A spokesperson for the agency",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "Police asked anyone with information or dashcam footage to call 105 and quote file number 261119/4471.",
                "Police",
                "asked",
                "",
            ),
        ],
        [
            ("Support local journalism.", "", "", "B"),
            ("Become a Waiporo Post supporter from $5 a month.", "", "", "B"),
        ],
        [
            ("More Crime", "", "", "B"),
        ],
        [
            ("Two charged after Frankton liquor store robbery", "", "", "B"),
        ],
        [
            ("© 2026 Waiporo Post Limited | Terms | Privacy | Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("THE MOY VALLEY VOICE", "", "", "B"),
        ],
        [
            ("Tuesday 24 November 2026 | Ballina, Co Mayo | e-Edition | Subscribe", "", "", "B"),
        ],
        [
            ("News | Sport | Community | Farming | Obituaries | Opinion | Property", "", "", "B"),
        ],
        [
            ("Obituaries", "", "", "B"),
        ],
        [
            ("Fiddler, school principal and councillor Éamann Tallagher dies aged 87", "", "", "W"),
        ],
        [
            (
                "‘He never walked past a child with a tin whistle,’ his daughter says",
                "Síofra Tallagher",
                "says",
                "",
            ),
        ],
        [
            ("By Orlaithe Kennafeck-Doylehan", "", "", "B"),
        ],
        [
            ("Tue 24 Nov 2026 at 09:00", "", "", "B"),
        ],
        [
            ("Share this article", "", "", "B"),
        ],
        [
            ("Éamann Tallagher playing outside his home in Gortnacurra in 2019.", "", "", ""),
            ("Photo: Tallagher family", "", "", "B"),
        ],
        [
            (
                "Éamann Tallagher, the fiddle player who taught at Gortnacurra National School for 31 years and sat on Mayo County Council for 14, died peacefully at his home on Saturday.",
                "",
                "",
                "W",
            ),
            ("He was 87.", "", "", "W"),
        ],
        [
            (
                "Born in 1939 in the townland of Gortnacurra, outside Ballina, he won the All-Ireland senior fiddle title in 1962 and taught music to three generations of children in north Mayo.",
                "",
                "",
                "W",
            ),
            (
                "He was principal of the school from 1971 until he retired in 2002, and was first elected to the council in 1985 as an independent.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "His daughter, Síofra Tallagher, who now teaches at the same school, said he was still playing every Sunday night in Brogartagh’s pub until September.",
                "Síofra Tallagher",
                "said",
                "",
            ),
            (
                "“He never walked past a child with a tin whistle without stopping to show them something.",
                "Síofra Tallagher",
                "said",
                "",
            ),
            (
                "There are people in their sixties in this parish who learned their first reel in his kitchen.",
                "Síofra Tallagher",
                "said",
                "",
            ),
        ],
        [
            (
                "“Mam used to say he’d have taught the cat if it sat still long enough,” she said.",
                "Síofra Tallagher",
                "said",
                "",
            ),
        ],
        [
            (
                "His son, Ciarnán Tallagher, recalled that his father kept the school open through a snowstorm in February 1982 so that children from the outlying farms would get a hot dinner.",
                "Ciarnán Tallagher",
                "recalled",
                "",
            ),
            ("“Nobody asked him to.", "Ciarnán Tallagher", "said", ""),
            (
                "He just said they’d be warmer in the school than at home, and he was right,” Ciarnán said.",
                "Ciarnán Tallagher",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Read more: Ballina traders back plan for pedestrian Saturday on the main street",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Cllr Nuallaine Prendercast-Mulroy, the Cathaoirleach of Mayo County Council, said members stood for a minute’s silence at the start of Monday’s meeting.",
                "Nuallaine Prendercast-Mulroy",
                "said",
                "W",
            ),
            (
                "“Éamann fought for the Gortnacurra group water scheme when nobody else would, and 240 houses got clean water because of him,” she said.",
                "Nuallaine Prendercast-Mulroy",
                "said",
                "W",
            ),
        ],
        [
            (
                "Deputy Feargán Costigane wrote on X that Tallagher was “a gentleman in the council chamber and a genius with the bow”.",
                "Feargán Costigane",
                "wrote on X",
                "",
            ),
            (
                "Prof. Gráinnia Ní Fhloinn-Darcyan, a scholar of traditional music who recorded him in 1998, said his playing was among the finest examples of the north Connacht style.",
                "Gráinnia Ní Fhloinn-Darcyan",
                "said",
                "",
            ),
        ],
        [
            (
                "At the funeral Mass in St Tighearnán’s Church, Gortnacurra, on Monday, Fr Ansgarius Dowdicane told mourners that the parish had “lost its music teacher, its councillor and its conscience”.",
                "Ansgarius Dowdicane",
                "told mourners",
                "",
            ),
            (
                "His fiddle was placed on the coffin, and former pupils played The Gortnacurra Reel, a tune he wrote in 1974.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "He was predeceased by his wife, Éadaoin, in 2019, and is survived by his daughter Síofra, sons Ciarnán and Fiachran, seven grandchildren and his sister, Nóinín.",
                "",
                "",
                "W",
            ),
            ("He was buried in Kilcorrig Cemetery.", "", "", "W"),
        ],
        [
            (
                "To place a family notice, call our front office on 096 55 218 or email notices@moyvalleyvoice.ie.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("More Obituaries", "", "", "B"),
        ],
        [
            ("Tributes paid to Killala lifeboat volunteer, 91", "", "", "B"),
        ],
        [
            ("© Moy Valley Voice 2026.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n95-ke-colon-quote-two",
        "Asked whether the levy would be scrapped altogether, Nyakwamba-Oloo said: “That is a matter for the assembly. I will not pre-empt the House.”",
        [
            "Asked whether the levy would be scrapped altogether, Nyakwamba-Oloo said: “That is a matter for the assembly.",
            "I will not pre-empt the House.”",
        ],
    ),
    (
        "n95-ke-it-county-inside-quote",
        "Its chairperson, Rosebellah Awuory Kadhengo, who has sold fish at Sirongo beach for 31 years, insisted that traders had never been consulted before the levy was passed. “The county wants our money, but it has not built a single cold room. It promised three in the budget,” she said.",
        [
            "Its chairperson, Rosebellah Awuory Kadhengo, who has sold fish at Sirongo beach for 31 years, insisted that traders had never been consulted before the levy was passed.",
            "“The county wants our money, but it has not built a single cold room.",
            "It promised three in the budget,” she said.",
        ],
    ),
    (
        "n95-ke-hon-wrote-on-x",
        "The member of the county assembly for Nyakwere ward, Hon. Barack Oukoh Miregwa, wrote on X that the suspension was “a public relations exercise”. “Sixty days is not a solution. The amendment bill has been on the order paper since September 22 and has been pushed down the list twice,” he wrote.",
        [
            "The member of the county assembly for Nyakwere ward, Hon. Barack Oukoh Miregwa, wrote on X that the suspension was “a public relations exercise”.",
            "“Sixty days is not a solution.",
            "The amendment bill has been on the order paper since September 22 and has been pushed down the list twice,” he wrote.",
        ],
    ),
    (
        "n95-in-voice-vote-pm-after",
        "BENGALURU: The Legislative Assembly on Wednesday passed the Karnataka Private Water Tanker (Regulation) Bill, 2026, which fixes a maximum charge of ₹1,450 for a 6,000-litre load in Bengaluru and makes a licence compulsory for every private tanker in the city. The Bill was passed by voice vote at 6.40 p.m. after Opposition members walked out.",
        [
            "BENGALURU: The Legislative Assembly on Wednesday passed the Karnataka Private Water Tanker (Regulation) Bill, 2026, which fixes a maximum charge of ₹1,450 for a 6,000-litre load in Bengaluru and makes a licence compulsory for every private tanker in the city.",
            "The Bill was passed by voice vote at 6.40 p.m. after Opposition members walked out.",
        ],
    ),
    (
        "n95-in-it-bill-she",
        "Opposing the Bill, Dr. Vanishree Ramadurga, the Opposition’s deputy leader in the Assembly, said most households in the city’s eastern wards had paid between ₹900 and ₹1,200 a load before the summer. “This Bill does not protect them. It sets the ceiling above what they pay today and leaves out every bulk contract signed by apartment associations,” she said.",
        [
            "Opposing the Bill, Dr. Vanishree Ramadurga, the Opposition’s deputy leader in the Assembly, said most households in the city’s eastern wards had paid between ₹900 and ₹1,200 a load before the summer.",
            "“This Bill does not protect them.",
            "It sets the ceiling above what they pay today and leaves out every bulk contract signed by apartment associations,” she said.",
        ],
    ),
    (
        "n95-in-pvt-ltd",
        "Copyright© 2026, The Kottegiri Standard Pvt. Ltd. All rights reserved.",
        ["Copyright© 2026, The Kottegiri Standard Pvt. Ltd.", "All rights reserved."],
    ),
    (
        "n95-au-det-sgt-kmh",
        "Det. Sgt. Rowlan Tisbury-Achterbeek, of the police collision investigation unit, told the inquest the truck was travelling at 14 km/h when it turned and its driver had not looked at the left-side camera screen fitted in the cab. He said the screen was switched off at the time of the crash.",
        [
            "Det. Sgt. Rowlan Tisbury-Achterbeek, of the police collision investigation unit, told the inquest the truck was travelling at 14 km/h when it turned and its driver had not looked at the left-side camera screen fitted in the cab.",
            "He said the screen was switched off at the time of the crash.",
        ],
    ),
    (
        "n95-au-quote-end-det-sgt",
        "“We found the screen’s power cable unplugged. Once it was plugged back in, it worked normally,” Det. Sgt. Tisbury-Achterbeek said.",
        [
            "“We found the screen’s power cable unplugged.",
            "Once it was plugged back in, it worked normally,” Det. Sgt. Tisbury-Achterbeek said.",
        ],
    ),
    (
        "n95-au-ms-agreed-said",
        "He agreed under questioning by Ms Faragher-Oduyah that the council had received 11 written complaints about the intersection before the crash. “I wish it had been built,” he said.",
        [
            "He agreed under questioning by Ms Faragher-Oduyah that the council had received 11 written complaints about the intersection before the crash.",
            "“I wish it had been built,” he said.",
        ],
    ),
    (
        "n95-en-twin-brother-quote-two",
        "“A draw feels like a defeat,” Jonno told the Gazette. “We should have killed the game off.”",
        [
            "“A draw feels like a defeat,” Jonno told the Gazette.",
            "“We should have killed the game off.”",
        ],
    ),
    (
        "n95-en-cllr-chairman",
        "Caldermoor Town said in a statement after the match that it had reported a supporter to police for throwing a coin at Rovers goalkeeper Stellwyn Brightwade-Oboh in the 88th minute. The club said it would ban the supporter for life if he was identified. Club chairman Cllr Bernardin Quillington-Ashmere, who sits on the borough council, said the club had installed 14 new CCTV cameras in the East Stand in the summer.",
        [
            "Caldermoor Town said in a statement after the match that it had reported a supporter to police for throwing a coin at Rovers goalkeeper Stellwyn Brightwade-Oboh in the 88th minute.",
            "The club said it would ban the supporter for life if he was identified.",
            "Club chairman Cllr Bernardin Quillington-Ashmere, who sits on the borough council, said the club had installed 14 new CCTV cameras in the East Stand in the summer.",
        ],
    ),
    (
        "n95-en-referee-attendance",
        "Referee: Gidewin Ashworthey-Penndrick. Attendance: 4,318 (612 away).",
        ["Referee: Gidewin Ashworthey-Penndrick.", "Attendance: 4,318 (612 away)."],
    ),
    (
        "n95-ca-she-nearest-daughter",
        "“Every single call,” she says. “Same as she worries about me.”",
        ["“Every single call,” she says.", "“Same as she worries about me.”"],
    ),
    (
        "n95-ca-nov-statement-said",
        "In a statement, the county’s warden, Rhodric Gillandine-Mehtabi, said Ashcrombe-Thérioux had “served this county longer than most of its roads have been paved”. Council voted on Nov. 3 to name the new training room at the Forks fire hall after her, the statement said.",
        [
            "In a statement, the county’s warden, Rhodric Gillandine-Mehtabi, said Ashcrombe-Thérioux had “served this county longer than most of its roads have been paved”.",
            "Council voted on Nov. 3 to name the new training room at the Forks fire hall after her, the statement said.",
        ],
    ),
    (
        "n95-sg-q-source-why",
        "Q: Your study found that bedrooms in top-floor flats were on average 2.1 deg C warmer at night than those on middle floors. Why?",
        [
            "Q: Your study found that bedrooms in top-floor flats were on average 2.1 deg C warmer at night than those on middle floors.",
            "Why?",
        ],
    ),
    (
        "n95-sg-pm-advice-three",
        "A: Open the windows on both sides after 9 p.m., not before. Close the curtains on the west side from 2 p.m. And check on your elderly neighbours.",
        [
            "A: Open the windows on both sides after 9 p.m., not before.",
            "Close the curtains on the west side from 2 p.m.",
            "And check on your elderly neighbours.",
        ],
    ),
    (
        "n95-sg-pte-ltd-regn-no",
        "Copyright 2026 Banyanline Media Pte. Ltd. Co. Regn. No. 202409187K. All rights reserved.",
        [
            "Copyright 2026 Banyanline Media Pte. Ltd.",
            "Co. Regn. No. 202409187K.",
            "All rights reserved.",
        ],
    ),
    (
        "n95-us-dateline-minn",
        "ROCHESTER, Minn. — About 1,180 teachers in Belwicke Public Schools are on strike for a third day, and all 14 of the district’s schools are closed to its 9,400 students. The two sides have been in state-led mediation since Oct. 6.",
        [
            "ROCHESTER, Minn. — About 1,180 teachers in Belwicke Public Schools are on strike for a third day, and all 14 of the district’s schools are closed to its 9,400 students.",
            "The two sides have been in state-led mediation since Oct. 6.",
        ],
    ),
    (
        "n95-us-statement-am-pm",
        "Belwicke Public Schools said in a statement at 4:05 p.m. that negotiators would return to the table at 9 a.m. Friday. The district said classes would remain canceled Friday at all 14 schools, and that Saturday’s sports schedule would go ahead.",
        [
            "Belwicke Public Schools said in a statement at 4:05 p.m. that negotiators would return to the table at 9 a.m. Friday.",
            "The district said classes would remain canceled Friday at all 14 schools, and that Saturday’s sports schedule would go ahead.",
        ],
    ),
    (
        "n95-us-st-noon-she",
        "Annaleisa Thorvalstad-Mwangoro, a parent who organized the camp at Grace Hollow Lutheran Church on W. Center St., said 86 children had signed up by noon. “Most of us can’t take a third day off work,” she said.",
        [
            "Annaleisa Thorvalstad-Mwangoro, a parent who organized the camp at Grace Hollow Lutheran Church on W. Center St., said 86 children had signed up by noon.",
            "“Most of us can’t take a third day off work,” she said.",
        ],
    ),
    (
        "n95-ph-engr-told-reporters",
        "Engr. Rosalindra Dulnuwan-Palaoag, head of the Benguet Provincial Disaster Risk Reduction and Management Office, told reporters the bodies of eight adults and three children had been recovered by noon on Monday. She said 163 rescuers, among them soldiers and small-scale miners from nearby tunnels, were digging by hand because the road was too narrow for heavy equipment.",
        [
            "Engr. Rosalindra Dulnuwan-Palaoag, head of the Benguet Provincial Disaster Risk Reduction and Management Office, told reporters the bodies of eight adults and three children had been recovered by noon on Monday.",
            "She said 163 rescuers, among them soldiers and small-scale miners from nearby tunnels, were digging by hand because the road was too narrow for heavy equipment.",
        ],
    ),
    (
        "n95-ph-corp-statement",
        "Some residents blamed tunnels dug beneath the slope by small-scale miners and by Dongalo Gold Mining Corp., which holds a mining permit over the area. Dongalo Gold Mining Corp. said in a statement that its nearest active working was 1.3 km from the slide and “could not have contributed” to it. The company did not respond to questions about an older, sealed tunnel closer to the village.",
        [
            "Some residents blamed tunnels dug beneath the slope by small-scale miners and by Dongalo Gold Mining Corp., which holds a mining permit over the area.",
            "Dongalo Gold Mining Corp. said in a statement that its nearest active working was 1.3 km from the slide and “could not have contributed” to it.",
            "The company did not respond to questions about an older, sealed tunnel closer to the village.",
        ],
    ),
    (
        "n95-ng-lagos-it-inside-quote",
        "“Lagos is where we sell 40% of our cement. It is also where the price hurts our customers most,” he said. Asked whether the company would raise prices again, he said: “Nothing is off the table.”",
        [
            "“Lagos is where we sell 40% of our cement.",
            "It is also where the price hurts our customers most,” he said.",
            "Asked whether the company would raise prices again, he said: “Nothing is off the table.”",
        ],
    ),
    (
        "n95-ng-pm-sign-up",
        "Get our Markets Wrap in your inbox every weekday at 5 p.m. Sign up here.",
        ["Get our Markets Wrap in your inbox every weekday at 5 p.m.", "Sign up here."],
    ),
    (
        "n95-jm-statement-said-three",
        "The Salterwood Regional Hospital said in a statement that five of the broken machines were more than 12 years old. “Parts for them are no longer manufactured. The company stopped making them in 2023,” the statement said.",
        [
            "The Salterwood Regional Hospital said in a statement that five of the broken machines were more than 12 years old.",
            "“Parts for them are no longer manufactured.",
            "The company stopped making them in 2023,” the statement said.",
        ],
    ),
    (
        "n95-jm-dr-the-hon",
        "Health Minister Dr the Hon. Carringford Dellimont-Blakemont told Parliament on Tuesday that seven new machines arrived at the Kingston wharf on November 2 and were being cleared by customs. He said they would be installed at Salterwood by the end of January. “This Government will not allow one patient to be turned away,” he said.",
        [
            "Health Minister Dr the Hon. Carringford Dellimont-Blakemont told Parliament on Tuesday that seven new machines arrived at the Kingston wharf on November 2 and were being cleared by customs.",
            "He said they would be installed at Salterwood by the end of January.",
            "“This Government will not allow one patient to be turned away,” he said.",
        ],
    ),
    (
        "n95-nz-pm-times-told-reporters",
        "Det. Sgt. Manaaki Tautaheke-Broughton told reporters at the cordon that the man was struck with a hammer after two people forced their way in through a back door at about 10.40pm. “This was a vulnerable man in his own home. Whoever did this knew he lived alone,” he said. He said a second person, believed to be a young woman, was still being sought.",
        [
            "Det. Sgt. Manaaki Tautaheke-Broughton told reporters at the cordon that the man was struck with a hammer after two people forced their way in through a back door at about 10.40pm.",
            "“This was a vulnerable man in his own home.",
            "Whoever did this knew he lived alone,” he said.",
            "He said a second person, believed to be a young woman, was still being sought.",
        ],
    ),
    (
        "n95-nz-mrs-shared-surname",
        "Her son, Paorahi Oakhalton-Tuilagavale, 44, who lives with her, said he ran next door and found the man lying in the hallway. “I rang 111 at 10.52 and the ambulance was there in under 10 minutes,” he said. Mrs Oakhalton-Tuilagavale said there had been three burglaries on the crescent since March.",
        [
            "Her son, Paorahi Oakhalton-Tuilagavale, 44, who lives with her, said he ran next door and found the man lying in the hallway.",
            "“I rang 111 at 10.52 and the ambulance was there in under 10 minutes,” he said.",
            "Mrs Oakhalton-Tuilagavale said there had been three burglaries on the crescent since March.",
        ],
    ),
    (
        "n95-ie-daughter-quote-two",
        "His daughter, Síofra Tallagher, who now teaches at the same school, said he was still playing every Sunday night in Brogartagh’s pub until September. “He never walked past a child with a tin whistle without stopping to show them something. There are people in their sixties in this parish who learned their first reel in his kitchen.",
        [
            "His daughter, Síofra Tallagher, who now teaches at the same school, said he was still playing every Sunday night in Brogartagh’s pub until September.",
            "“He never walked past a child with a tin whistle without stopping to show them something.",
            "There are people in their sixties in this parish who learned their first reel in his kitchen.",
        ],
    ),
    (
        "n95-ie-shared-surname-given-name",
        "His son, Ciarnán Tallagher, recalled that his father kept the school open through a snowstorm in February 1982 so that children from the outlying farms would get a hot dinner. “Nobody asked him to. He just said they’d be warmer in the school than at home, and he was right,” Ciarnán said.",
        [
            "His son, Ciarnán Tallagher, recalled that his father kept the school open through a snowstorm in February 1982 so that children from the outlying farms would get a hot dinner.",
            "“Nobody asked him to.",
            "He just said they’d be warmer in the school than at home, and he was right,” Ciarnán said.",
        ],
    ),
]
