"""Thirty-seventh held-out set of hand-labelled pages for the hint engines (held out, written at the start of round twenty-six): twelve whole pages of the kinds a new user pastes, from outlets in eleven countries.

This set is never looked at while tuning; only its summary scores are. It was written from scratch for
issue 13 at the start of round twenty-six, blind: nothing under `claimreview/` was opened, no
`labelled_heldout*.py` file, no `train_*.py` file, `hint_scores.py` and `docs/` were not read, and no
test, scorer or engine was run. Only an import of this file and `build` on every page, a small script of
my own in /tmp that checks the sentence tuples, the flags, the cues and the split cases against the
pages, whole-word greps of the invented names over `tests/` that listed file names only, and `ruff
format` / `ruff check` were run. The format and the conventions were read from the module docstrings of
`labelled_new.py`, `labelled_new2.py` and `labelled_new53.py` to `labelled_new56.py`, the first two
pages and the opening split cases of `labelled_new56.py`, and `build` in `labelled_articles.py`. Every
person, small place, street, dam, organisation, outlet, company, bank, brokerage, union,
league, team, school and figure is invented (England and Bristol; Chile, Santiago, Antofagasta and its
region, Vancouver, London and Peru; the United States, Ohio, Oklahoma, Oklahoma City and Tulsa; India,
Maharashtra and Pune; Denmark, Aarhus, Copenhagen and Odense; New Zealand; South Africa and the Eastern
Cape; Scotland, Perthshire, Dundee and Great Britain; Germany, Stuttgart, Saxony, Frankfurt and Dresden;
the Philippines, Bicol, Camarines Sur, Camarines Norte, Albay, Quezon and Naga City; Ireland and Dublin
appear only as settings; real public bodies, laws, indexes and documents such as "the city council's
cabinet", "the Independent Press Standards Organisation", "the Chilean Copper Commission (Cochilco)",
"the London Metal Exchange", "the Labour Directorate", "the Labour Ministry", "the Danish Health Data Authority", "the Independent Research
Fund Denmark", "the Treasury" and its "Budget Economic and Fiscal Update (BEFU)", "Health New Zealand",
"Parliament", "the Auditor-General", "National Treasury", "the Special Investigating Unit", "the
Department of Water and Sanitation", "Dundee Sheriff Court", "the Health and Safety at Work etc. Act
1974", "the Health and Safety Executive", "the MDAX", "the DAX", "the Oklahoma Senate", "the State
Department of Health", "the Revenue Stabilization Fund", "Medicaid", "PAGASA", "the Office of Civil
Defense", "the Philippine Coast Guard", "the Department of Public Works and Highways", "the Department
of Agriculture", "the Residential Tenancies Board", "the Central Statistics Office", "the Dáil" and "an
Oireachtas committee" appear only as settings, with invented figures). No surname, town, street,
outlet, company, union, team or school of any file under `tests/` is reused: every capitalised word of
these pages, each part of a hyphenated name included, was grepped as a whole word over the whole
`tests/` tree, and every hit that was an invented name was changed, some twice (first names, titles,
real settings and common words recur).

Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after selecting all in a
browser, so every furniture line is a paragraph of its own, worded in that site's own way, with the
furniture at the head, at the tail and, where that kind of site puts it, inside the story; every story
mixes checkable facts with opinion and scene and quotes several people, bodies and documents. The
twelve pages: (1) an English city news site pasted whole on a council closing four libraries (skip
link, a cookie dialog of six sentences, sign-in strip, menu, crumb, a semicolon standfirst carrying the
campaign, local-democracy role line, date line, caption with "(Image: ...)", a metered-paywall banner
of four lines and "Advertisement" inside the story, "Cllr" and "Mrs" dropped, "9.30am." ending a scene
sentence, "?” he asked.", "according to the cabinet report" then "It said" for the document, "the report
said", a union then its organiser, a URL ending a sentence, read-more list, IPSO line and "Ltd." before
"Registered in England and Wales No."); (2) an international wire's own site on a strike at a Chilean
copper mine (menu, byline of two, "4:52 PM GMT-4" date line, read time, "Item 1 of 2" glued to the
caption, credit, licensing lines, "SANTIAGO, April 16 (Andesline) -" dateline, straight quotes, "8
a.m. local time (1200 GMT),", "Union No. 2's", "S.A., which", "It said" for the company, "did not
respond to a request for comment", a minister's hope, "Union No. 1's leaders said in a letter to
members", analysts "said in a note", "Cochilco says", "central bank data shows", the currency line,
the reporting-and-editing line, standards, topics, bio and read-next lines); (3) an Ohio village
weekly's website on council disbanding the police department (masthead and serving line, log-in strip,
menu, section label, headline and standfirst, byline with "|", date line, share strip, a caption
ending "W. Main St." before its credit, "Jr." kept in the chief's name, "according to Finance Director
...", a roll call, "she voted no because ...", "?” she asked.", "No. 2026-14,", "11:59 p.m. June 30."
ending a sentence, "did not return a call seeking comment", contact line ending ".com.", related list,
"Inc. publication." before "All rights reserved."); (4) an Indian English daily's report of a T20
league final (masthead in capitals, menu, crumb, byline, "PUNE | Updated: ..., 23:48 IST", a caption of
record with "(Photo: ...)", initials "S. K.", "!” Aher-Salunkhe said." as one sentence, a coach who
"questioned" an lbw decision, "No. 5 batter", "Rs 50 lakh", "151.4.", the "Brief scores:" label and the
scores line, "Also Read |", app line, topics and "Pvt. Ltd. 2026"); (5) a Danish English-language news
site on a register study of green space and antidepressants (strap, menu, section, a headline "...,
Danish study finds" and a standfirst "Researchers ... warn", published-updated line, read time,
caption and credit, "a study ... has found", "the authors report" with "(hazard ratio 0.91; 95% CI
0.88–0.94).", "(Fig. 3).", "Dr.", "the team ... found", "Prof." and "He noted that ..., according to
the Danish Health Data Authority", "Mayor" dropped, "the authors write", "e.g.", the funding note and
competing-interests line, the journal reference with "et al.", membership pitch with "49 kr. a
month.", "ApS · CVR" and cookie lines); (6) a New Zealand news site's Budget-day live blog (menu,
"LIVE", headline, teaser standfirst, team byline, last-updated line, key-events toggle, auto-update
switch, "Pinned" with three key points, time stamps "3.42pm" to "1.20pm", "Key event" labels, entry
bylines, entry headlines of record, of opinion and "Name: ‘quote’", published Treasury forecasts,
"the Budget documents show", "said in its briefing to the incoming minister", a protester's quote over
two sentences, read-more and newsletter lines); (7) a South African news site's Q&A with a municipal
manager on dry taps (menu, crumb, a headline of his role, a colon and his quote, a two-sentence
standfirst, byline, date, share strip, caption and credit in capitals, an intro with "Residents say",
edited line, name prefixes "DISPATCH:" and "NTSHINGWA-MEYERHOF:", questions citing the Auditor-General's
report, residents and a councillor, answers of record and of feeling, "said in a statement", a
resident's quote, read-more, a tip line of two sentences and "(Pty) Ltd." before "All rights
reserved."); (8) a Scottish regional paper's courts page on a roofing firm fined after a fall (menu,
section, headline, standfirst carrying the sheriff, byline and role, "4.55pm" date line, caption of
record and credit, "section 2(1) of the Health and Safety at Work etc. Act 1974.", "The court heard
that ...", procurator fiscal depute, defence solicitor and sheriff each with "said", the sheriff's
reduction of the fine, a victim statement with a spaced ellipsis before lower case, the victim's mother,
an HSE inspector, "declined to comment as he left the court", related and tip lines, "Ltd 2026." before
"Registered in Scotland"); (9) a German English-language business site on an auto supplier's profit
warning (menu, crumb, semicolon standfirst carrying the chief executive, byline with city, "CEST" line,
listen line, a ticker strip with "−14.18%", "Dr." dropped, guidance "now expects" and "It expects",
"it said" for the company, "7 a.m." ending a sentence before a quote, a works council chair, a state
ministry, an analysts' downgrade and "In a note to clients, they said", "Sendlinger & Co., said",
"€0.85", additional-reporting, related, delayed-data lines and "GmbH & Co. KG · Impressum ..."); (10) a
nonprofit statehouse news site on an Oklahoma Senate vote (strap, menu, semicolon standfirst carrying
the bill's author, lower-case byline, republish lines, a caption of record, "OKLAHOMA CITY —", "Sen.",
"Rep.", "R-Weltonville," and "D-Tulsa," dropped from speakers, "Senate Minority Leader" and "House
Speaker" dropped, "A spokeswoman for Gov. ..." kept as written, "according to the bill's fiscal impact
statement", "according to the association", "did not respond to a request for comment", "5 p.m. on",
bio, contact line with an e-mail before "or", donation pitch and licence line); (11) a Philippine
regional site on a tropical storm flooding villages (strap, menu, section, headline and standfirst of
record, byline, date, share strip, "Barangay Sto. Niño" in a caption with a credit in capitals, "NAGA
CITY —", "2:40 a.m. Thursday", "according to PAGASA", a forecaster's forecasts, "4 p.m." ending a
sentence before "It said", "Engr." and "Mayor" dropped, "If it rises further overnight, she said, ...",
an evacuee's "she said" after a scene sentence, "P48.6 million", related list, a radio line ending
"98.1." and "Corp." before "All Rights Reserved."); and (12) an Irish national daily's opinion column
on rent caps (menu, "Opinion", a headline with the columnist's name and a colon, standfirst, byline,
date, gift-share strip, the columnist's own sentences, figures of record "according to" the Residential
Tenancies Board's index and the Central Statistics Office, "one fund manager told me", "has made the
same point" introducing a quote, "The Minister for Housing told the Dáil", an unspaced ellipsis before a
capital, "the RTB says", rhetorical question and advice, bio, views line, comments, newsletter and
"DAC" lines). `STYLES` names the site, the story and the stresses of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built with
`labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each paragraph a
list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points settled in
`labelled_new2.py` to `labelled_new56.py` hold too (mastheads, straps, menus, crumbs, section labels,
bylines and role lines, date lines, share strips, listen and read-time lines, cookie, consent and
paywall blocks, related and read-next lines, tags and topics, newsletter, app and membership lines,
contact and tip lines and footers "B" line by line wherever they fall; captions by content and credits
"B"; standfirsts labelled like headlines, never split at a semicolon, a "says" in them carrying the
source as the body names it; titles,
ranks, honorifics and roles dropped from speakers, "Jr." kept; a pronoun, a later surname or a role
resolved to the full name as first given; organisations, documents and data kept as written,
"according to X" -> X, "It" for an organisation resolved to its name as first given and "It" for a
document to the document as written; a quote over several sentences carrying its speaker and cue;
"he"/"she" going to the last-named person of that gender who was the subject of a reporting verb,
context winning where it settles the matter; "did not respond", "declined to comment" and the like
labelled like speech with flags ""; Q&A answers carrying the interviewee with the prefix as the cue,
questions carrying a source only when they cite one; plans, votes, decisions, orders, results, rules,
published forecasts and figures of record "W"; spoken forecasts, weather forecasts, hopes, pledges,
opinions, feelings, scene, private circumstances, rhetorical questions and advice "").

Conventions this set had to settle, in the same spirit:

* Pasted cookie dialogs and metered paywalls. The dialog at the head of a pasted page ("We value your
  privacy", the partners sentence with its count, the choices sentence, "ACCEPT ALL", "REJECT ALL",
  "MORE OPTIONS") is "B" line by line, and so is the skip link. A metered-paywall banner inside the
  story ("You've read 3 of 4 free articles this month.", the offer with its price, "Already a
  subscriber?" and "Sign in" two sentences) is "B" though it holds counts, and the story goes on below
  it, since a metered page shows the whole story; the IPSO line, the privacy-settings strip and the
  company's registration line are "B".
* Wire pages. "Item 1 of 2" glued to a caption makes ONE sentence labelled by content (here a scene,
  ""); "Purchase Licensing Rights" (twice), "3 minute read", "Our Standards: ...", "Suggested Topics:
  ...", the reporter's bio line and "Read Next" with its headline are "B"; the currency line "($1 =
  945.30 Chilean pesos)" is wire furniture, "B"; the "(Reporting by ...; Additional reporting by ...;
  Editing by ...)" line is ONE "B" sentence, never split at its semicolons. The dateline is part of the
  first sentence. "the mine's largest union said" and "Union No. 1's leaders said in a letter to
  members" keep the words as written; "It said" after the company's statement resolves to "Minera
  Quebrada Morada S.A."; "Vancouver-based Halbarrow Crest did not respond ..." keeps the short name;
  "Analysts at ... said in a note that a two-week strike would cut about 13,000 tons" is a published
  estimate, "W", a quoted analyst's "every ton counts" ""; "Cochilco says" and "central bank data shows"
  keep the source with the verb as cue; a minister's hope ("the government hoped for ...") is "".
* Local news. "according to Finance Director X" carries X (title dropped) with "according to"; a roll
  call ("A, B, C and D voted for the ordinance; E and F voted against.") is ONE "W" sentence without a
  speaker; a count of the public meeting ("About 80 residents packed the meeting room, and 14 spoke
  ...") is "W"; a chief's stated retirement ("said he would retire rather than join ...") is a stated
  decision, "W"; a shop owner's account of an arrest by village officers is "W" (a public service's
  record), her "Would a deputy ...?" "". "did not return a call seeking comment" is a cue as written,
  "". The reporter's contact line is "B" though it holds an e-mail and a number.
* Sport. The caption states the innings of record, "W"; the "Brief scores:" label is "B" like a table
  title, and the scores line with its brackets and semicolons is ONE "W" sentence (a result), as the
  line scores of `labelled_new55.py` are; "questioned an lbw decision" carries the coach with
  "questioned", "", and his "it was sliding down leg" ""; "The KPL does not use the decision review
  system." is a rule of record, "W"; a captain's past result inside a quote ("we lost the semi-final
  because we were 60 for 5 after ten overs") "W", his reading of tonight's game "".
* Science and health. A headline "..., Danish study finds" and the lead's "a study of 1.9 million people
  has found" carry the study as the lead first names it, with "finds" and "has found"; the standfirst
  "Researchers followed ... but warn ..." carries the researchers as the body names them
  ("researchers at the Fyrholm Institute for Environmental Health in Aarhus") with "warn", "W" for the
  size and span of record; "the authors report" and "the authors write" keep "the authors"; "the team
  ... found a similar result" keeps "the team" with "found", "W"; a finding or a method sentence
  without a reporting verb ("It linked addresses ...", "The link was strongest among ... (Fig. 3).",
  "It did not measure ...") carries no speaker, "W"; "He noted that about 440,000 Danes ..., according
  to the Danish Health Data Authority." carries the psychiatrist with "noted" (the outer verb wins, as
  in `labelled_new54.py`). The funding note, the competing-interests line and the journal reference
  (ONE sentence, not split at "et al." or at the title's stop) are "B".
* Live blogs. "Pinned", "Key event", each time stamp, each entry byline, "Show key events only",
  "Auto-update: ON", "By the ... politics team" and the last-updated line are "B"; "Key points" and
  "What we know so far" are topic subheads, ""; a key-points line with a semicolon is ONE "W"
  sentence. An entry headline is labelled like a headline: "Economists call it ‘careful’ but warn ..."
  keeps "Economists" with "call", ""; "Opposition leader: ‘A Budget for landlords’" and
  "Brackenhoe-Tawhaitiri: ‘No new borrowing ...’" carry the person the entry names, and the label
  before the colon as written is the cue ("Opposition leader:", "Brackenhoe-Tawhaitiri:"), as a Q&A
  name prefix is, since every speaker here has a cue; both "" (a charge and a pledge); "Treasury forecasts surplus in 2028/29 ..." carries the document the entry names ("The
  Treasury's Budget Economic and Fiscal Update (BEFU)") with "forecasts", "W": a published economic
  forecast is "W", unlike a weather forecast; the forecast lines without a verb of saying ("Net core
  Crown debt is forecast to peak ...") carry no speaker, "W". "calling it “a no-frills Budget ...”"
  carries the minister with "calling", ""; "She confirmed $1.4 billion ..." has the cue "confirmed",
  "W"; "the Budget documents show" keeps the documents with "show"; "Health New Zealand said in its
  briefing to the incoming minister" has that cue as written.
* Q&A with capitalised name prefixes. The interviewer's prefix ("DISPATCH:") names no speaker; the
  interviewee's ("NTSHINGWA-MEYERHOF:") is the cue for every sentence of the answer; a quote headline
  "Nqabarha municipal manager: ‘We lose four litres out of every ten’" carries him with the label
  "Nqabarha municipal manager:" as the cue, like the live blog's "Name: ‘quote’" headlines, "W" for the
  loss figure of record; "We asked X what went wrong ..." in the standfirst and "He spoke to the Dispatch at ... on
  Wednesday." are "W" without a speaker, as "The Times put three questions to ..." is in
  `labelled_new56.py`; "DISPATCH: The Auditor-General's report for 2024/25 put your water losses at 47
  per cent." carries the report with "put", "W"; "DISPATCH: Residents say they have reported the same
  leaks for years." carries "Residents" with "say", "W" (residents' account of a public service, like
  the intro's "Residents say the taps run on Mondays and Thursdays"); "DISPATCH: Cllr X says the tanker
  contracts went to companies linked to officials." carries the councillor with "says", "" (an
  allegation); a question's own fact without a source ("National Treasury gave the municipality R62
  million ...") is "W" without a speaker. A resident's purchase of water from a private seller is a
  private circumstance, "".
* Courts. "The court heard that ..." carries no speaker, "W": the court is where the evidence was
  heard, not who vouches for it, and the injuries that follow are "W" too; the procurator fiscal
  depute "told the court", the defence solicitor and the sheriff "said" ("Procurator fiscal depute",
  "Defence solicitor", "Sheriff", "HSE inspector", "Mr" dropped); "She reduced the company's fine from
  £240,000 to £160,000 ..." is an act of the court, "W", without a speaker; "In a victim statement
  read to the court, he said ..." carries the victim with "said" (context wins over the defence
  solicitor, the last man to speak), his feelings ""; his mother's "came home seven weeks later in a
  wheelchair" is "W" (a relative's account of record, as in `labelled_new54.py`); a plea and a fine are
  "W". The standfirst "Sheriff says ..." carries the sheriff as the body names her.
* Business and markets. The ticker strip ("HBA.DE €23.06 −3.81 (−14.18%)"), "Market data delayed by at
  least 15 minutes." and "Additional reporting by ..." are "B". A company's published guidance
  ("Hallenbrück now expects revenue of ...", "It expects restructuring costs ...") is "W" with
  "expects", the company kept as written ("Hallenbrück") and "It" resolved to the name as first given;
  "..., it said." after a plan of record resolves to "Hallenbrück Antriebswerke AG"; an analysts'
  downgrade and price-target cut are acts of record, "W", without a speaker, and "In a note to clients,
  they said ... “looks optimistic”" carries "Analysts at Kronfeld Privatbank" with "said", ""; the
  chief executive's "in talks with two Asian carmakers ... but gave no details" is "" (vague); a
  semicolon standfirst "Chief executive blames ...; works council vows ..." is ONE sentence carrying
  the chief executive with "blames", "W" (a causal claim).
* Statehouse politics. "Sen.", "Rep.", "Senate Minority Leader", "House Speaker", "R-Weltonville,",
  "R-Okemore,", "R-Hennick,", "R-Dunnell," and "D-Tulsa," are dropped from speakers; "A spokeswoman for
  Gov. Bradley Sayerling-Whithaugh" is kept as written (as "A spokesman for the chairman" is), its
  content a pledge, ""; a caption of a bill being presented on a dated day is "W"; "All nine no votes
  came from Republicans." is "W"; "The bill's author says ...; House leaders want ..." carries the
  author with "says", "W"; "The Oklahoma Rural Ambulance Association ... had asked lawmakers for $60
  million." is an act of record without a speaker, "W", and "according to the association" keeps "the
  association"; "had not ruled out" is ""; the donation pitch and the republish lines are "B".
* Weather and disaster. Signals raised or kept, a landfall time and strength "according to PAGASA",
  the measured position "At 5 p.m., its center was estimated ..." and officials' counts are "W"; the
  forecaster's "expected to weaken", "Another 100 to 150 millimeters could fall ..." and "The danger now
  is the rain" are "" (weather forecasts and a judgement); "If it rises further overnight, she said,
  the town will order ..." is conditional, ""; the mayor's "needed drinking water and sleeping mats
  more than rice" ""; an evacuee's "she said" after a scene sentence without a reporting verb goes to
  her (context wins over the disaster officer who spoke last), her account of the water's rise "W" as a
  survivor's account of a public event is in `labelled_new54.py`, "We left everything." "".
* Opinion columns. The columnist's own sentences carry no speaker: her claims of record ("Rent pressure
  zones were meant to be temporary ...", "That is up 41 per cent in five years.", "The State delivered
  1,640 cost-rental homes last year.") are "W", her family's rents, her opinions, her rhetorical
  question and her advice ("Exempt new homes ...", "Build them at a scale ...") "". The headline
  "Niamh Clarkin-Dowdall: We keep capping rents ..." is the column's own label, not an attribution, so
  it carries no speaker, "". "one fund manager told me" keeps the source as written with "told me";
  "He asked me not to name him, which tells its own story." is the columnist's remark, no speaker, "";
  "Dr X, a housing economist, has made the same point more politely." only introduces his quote and
  carries him with "has made the same point", "", as "put it bluntly" does in `labelled_new53.py`;
  "The Minister for Housing told the Dáil ..." keeps the unnamed minister as written with "told the
  Dáil", "W" for the exemption of record.

Splits. "9.30am." (before "Inside, Derek"), "a.m." ("at 7 a.m." before "“That is not how"), "p.m."
("11:59 p.m. June 30." before "The village will keep"; "as of 4 p.m." before "It said"), "St." ("W.
Main St." before the credit on the caption line), a URL ("bristol.gov.uk/libraries."), an e-mail
(".com." at the end of the contact line), "98.1." at the end of a line, "Ltd." (before "Registered in
England and Wales No."), "(Pty) Ltd.", "publication." and "Corp." (before "All rights reserved." /
"All Rights Reserved."), "Ltd 2026." (before "Registered in Scotland"), "Andesline." (before "All
rights reserved."), "(Fig. 3).", "151.4." and "49 kr. a month." at the end of a line end a sentence;
"S.A., which", "No. 2's", "No. 1's", "8 a.m. local time (1200 GMT),", "4:52 PM GMT-4", "1.3%",
"945.30", "Jr. listens", "Jr., who", "Inc. publication", "No. 2026-14,", "S. K. Bhurkhede", "R. Dhuldev-Walvekar", "No. 5
batter", "Pvt. Ltd. 2026", "Dr. Ingrid", "Prof. Anders", "e.g. noise", "et al.", "95% CI 0.88–0.94",
"kr. a month", "3.42pm", "2pm,", "58.9 US cents", "$9.2b", "2028/29", "Cllr Nomvula", "2(1)", "etc.
Act 1974", "4.55pm", "6.4 metres", "Mr Dalgettie-Raeburn", "Dr. Katrin", "Sendlinger & Co., said",
"€0.85", "GmbH & Co. KG", "Sen. Marla", "R-Weltonville,", "Rep. Curtis", "Gov. Bradley", "5 p.m. on",
"jmaberry@crosstimbersstatehouse.org or", "Sto. Niño", "2:40 a.m. Thursday", "At 5 p.m.,", "Engr.
Lorna", "P48.6 million" and "Dr Ruairí" never do. A "?" or "!" closing a quote before a lower-case
attribution ("?” he asked.", "?” she asked.") or before the speaker's capitalised surname and "said"
("getting hit!” Aher-Salunkhe said.") does not end the sentence; a "?" in furniture before a capital
does ("Already a subscriber?" / "Sign in", "Have a tip about water in your area?" / "WhatsApp ...",
"Got a story?" / "Email ..."), and so does a "?" ending an interviewer's citation question before the
answer's prefix. A spaced ellipsis before lower case never ends a sentence ("Some days I forget ...
what I went into a room for"); an unspaced one before a capital does ("‘professionals only’…" / "The
rest have 200 people at the door"). Each turn with a name prefix starts a
sentence ("NTSHINGWA-MEYERHOF: Two reasons." is a sentence of its own).

`HELDOUT_CASES` holds 30 sentence-split cases in the format of `labelled_new56.CASES` (id, text,
expected sentences), each taken word for word from these pages (consecutive lines joined by a newline,
sentences of one line by a space) and written the same way: what a reviewer wants, not what the engine
does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "English city news site pasted whole, a council cabinet closes four libraries (skip link, cookie dialog of six sentences, sign-in strip, menu, crumb, semicolon standfirst carrying the campaign, local-democracy role line, date line, caption of record and image credit, metered-paywall banner and Advertisement inside the story, Cllr and Mrs dropped, 9.30am ending a scene sentence, a question before he asked, according to the cabinet report then It said for the document, the report said, a union then its organiser, a URL ending a sentence, read-more list, comments, IPSO line, Ltd. before Registered in England and Wales No.)",
    "International wire's own site, workers strike at a Chilean copper mine (menu, byline of two, GMT-4 date line, read time, Item 1 of 2 glued to the caption, credit and licensing lines, SANTIAGO dateline with the agency in brackets, straight quotes, 8 a.m. local time (1200 GMT), Union No. 2's, S.A., which, It said for the company, did not respond to a request for comment, a minister's hope, Union No. 1's leaders said in a letter to members, analysts said in a note, according to its annual report, Cochilco says, central bank data shows, currency line, reporting-and-editing line, standards, topics, bio, read-next, copyright)",
    "Ohio village weekly's website, council votes to disband the police department (masthead and serving line, log-in strip, menu, section label, headline and standfirst, byline with pipe, date line, share strip, caption ending W. Main St. before its credit, Jr. kept in a chief's name, according to Finance Director, Mayor and Sheriff dropped, a roll call, she voted no because, a question before she asked, No. 2026-14, 11:59 p.m. June 30. ending a sentence, did not return a call seeking comment, contact line ending .com., related list, Inc. publication. before All rights reserved.)",
    "Indian English daily's sport page, a T20 league final (masthead in capitals, menu, crumb, byline, PUNE and IST date line, caption of record with photo credit, initials S. K., a bang before the capitalised surname and said, a captain's past result in a quote, a coach who questioned an lbw decision, No. 5 batter, according to the organisers, Rs lakh, a decimal strike rate, Brief scores: label and the scores line, Also Read, app line, topics, Pvt. Ltd. 2026)",
    "Danish English-language news site, a register study on green space and antidepressants (strap, menu, section, headline with study finds, standfirst with Researchers warn, published-updated line, read time, caption and credit, a study has found, the authors report with hazard ratio and 95% CI, Fig. 3, Dr. and Prof. dropped, the team found, He noted with according to inside, Mayor dropped, the authors write, e.g., funding note and competing interests, journal reference with et al., membership pitch with kr. a month, ApS and CVR, cookie line)",
    "New Zealand news site's Budget-day live blog (menu, LIVE, headline, teaser standfirst, team byline, last-updated line, key-events toggle, auto-update switch, Pinned key points with a semicolon, pm time stamps, Key event labels, entry bylines, entry headlines with Economists call and Name: quote, published Treasury forecasts, the Budget documents show, said in its briefing, calling, confirmed, a protester's quote over two sentences, read-more and newsletter lines)",
    "South African news site, Q&A with a municipal manager on dry taps (menu, crumb, headline of his role, a colon and his quote, two-sentence standfirst with We asked, byline, date, share strip, caption and credit in capitals, Residents say in the intro, He spoke to the Dispatch, edited line, capitalised name prefixes, questions citing the Auditor-General's report, residents and a councillor, answers of record and of feeling, said in a statement, the councillor later by surname, a resident's private purchase, read-more, two-sentence tip line, (Pty) Ltd.)",
    "Scottish regional paper's courts page, a roofing firm fined after a worker's fall (menu, section, headline, standfirst carrying the sheriff, byline and role, 4.55pm date line, caption of record and credit, section 2(1) of the Health and Safety at Work etc. Act 1974, The court heard without a speaker, procurator fiscal depute told the court, defence solicitor, sheriff, the sheriff's reduction of the fine as an act, a victim statement with a spaced ellipsis, the victim's mother, an HSE inspector, declined to comment, related and tip lines, Ltd 2026. before Registered in Scotland)",
    "German English-language business site, an auto supplier's profit warning (menu, crumb, semicolon standfirst carrying the chief executive, byline with city, CEST line, listen line, ticker strip, Dr. dropped, guidance with expects and It expects, it said for the company, 7 a.m. ending a sentence before a quote, works council chair, state ministry, analysts' downgrade and In a note to clients they said, & Co., said, a euro decimal, additional reporting, related, delayed-data line, GmbH & Co. KG footer)",
    "Nonprofit statehouse news site, the Oklahoma Senate passes a rural ambulance bill (strap, menu, semicolon standfirst carrying the bill's author, lower-case byline, republish line, caption of record and credit, OKLAHOMA CITY dateline, Sen., Rep., party-and-town tags, Senate Minority Leader and House Speaker dropped, A spokeswoman for Gov. kept as written, according to the bill's fiscal impact statement, a roll-call fact, according to the association, had not ruled out, did not respond to a request for comment, 5 p.m. on, bio, contact line with e-mail before or, donation and licence lines)",
    "Philippine regional news site, a tropical storm floods villages in Camarines Sur (strap, menu, section, headline and standfirst of record, byline, date, share strip, Barangay Sto. Niño in a caption with a credit in capitals, NAGA CITY dateline, 2:40 a.m. Thursday, according to PAGASA, a forecaster's forecasts, 4 p.m. ending a sentence before It said, Mayor and Engr. dropped, a conditional with she said inside, an evacuee's she said after a scene sentence, P48.6 million, related list, radio line ending 98.1., Corp. before All Rights Reserved.)",
    "Irish national daily's opinion column on rent caps and housing supply (menu, Opinion label, headline with the columnist's name and a colon, standfirst, byline, date, gift-share strip, the columnist's own claims of record and opinions, according to the rent index and the Central Statistics Office, one fund manager told me, has made the same point introducing a quote, told an Oireachtas committee, The Minister for Housing told the Dáil, told me, an unspaced ellipsis before a capital, the RTB says, rhetorical question and advice, bio, views line, comments, newsletter, DAC)",
]

ARTICLES = [
    [  # 1. English city news site pasted whole, council closes four libraries
        [("Skip to main content", "", "", "B")],
        [("We value your privacy", "", "", "B")],
        [
            (
                "We and our 186 partners store and access information on your device, such as cookies, and process personal data for personalised ads and content, ad and content measurement and audience research.",
                "",
                "",
                "B",
            ),
            (
                "You can change your choices at any time by clicking “Privacy settings” at the foot of any page.",
                "",
                "",
                "B",
            ),
        ],
        [("ACCEPT ALL", "", "", "B")],
        [("REJECT ALL", "", "", "B")],
        [("MORE OPTIONS", "", "", "B")],
        [("The Avonmead Post", "", "", "B")],
        [("Sign in | Subscribe", "", "", "B")],
        [
            (
                "News  Bristol  Sport  Business  What's On  Property  Jobs  Puzzles  Announcements",
                "",
                "",
                "B",
            )
        ],
        [("News › Bristol › Council", "", "", "B")],
        [("Four Bristol libraries to close after cabinet backs £1.1m cut", "", "", "W")],
        [
            (
                "Campaigners say they will seek a judicial review; the council says the four branches have the fewest visitors in the city",
                "Save Our Four Libraries",
                "say",
                "W",
            )
        ],
        [("By Rosalind Tavenbridge", "", "", "B")],
        [("Local Democracy Reporter", "", "", "B")],
        [("09:14, 16 APR 2026 Updated 11:02, 16 APR 2026", "", "", "B")],
        [("Share  Comments  Bookmark", "", "", "B")],
        [
            (
                "Hatchmere Library on Corbelline Street is one of the four branches that will close.",
                "",
                "",
                "W",
            ),
            ("(Image: Avonmead Post)", "", "", "B"),
        ],
        [
            (
                "Four of Bristol's 27 public libraries will close at the end of July after the city council's cabinet voted on Tuesday to cut £1.1m from the library budget.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The branches at Hatchmere, Pollow Green, Stannerdon Vale and Tollbeck Road will shut on July 31, and their book stock will move to the central library and two larger branches.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Cllr Imogen Farradine-Luskett, the cabinet member for communities, said the four had the lowest visitor numbers of any library in the city.",
                "Imogen Farradine-Luskett",
                "said",
                "W",
            )
        ],
        [
            (
                "“Nobody goes into local government to close libraries,” she said.",
                "Imogen Farradine-Luskett",
                "said",
                "",
            ),
            (
                "“But we have a £38m gap in next year's budget, and every pound we keep in a building that nobody visits is a pound we take from adult social care.”",
                "Imogen Farradine-Luskett",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to the cabinet report, the four branches recorded 41,300 visits between them in 2025, against 212,000 at the busiest branch, in Brinmore.",
                "the cabinet report",
                "according to",
                "W",
            ),
            (
                "It said the closures would save £1.1m a year, mostly in staff costs, and that 19 posts would go.",
                "the cabinet report",
                "said",
                "W",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [("You've read 3 of 4 free articles this month.", "", "", "B")],
        [("Subscribe for unlimited access — just £1 for your first three months.", "", "", "B")],
        [("Already a subscriber?", "", "", "B"), ("Sign in", "", "", "B")],
        [
            (
                "The Save Our Four Libraries campaign, which began in Hatchmere in January, handed the council a petition with 6,412 signatures before the meeting.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Its chair, retired teacher Maureen Oakcastle-Dunwiddy, said the group had written to the council to say it would seek a judicial review.",
                "Maureen Oakcastle-Dunwiddy",
                "said",
                "W",
            )
        ],
        [
            (
                "“The council has a legal duty to run a comprehensive and efficient library service, and four closures in one year is neither,” she said.",
                "Maureen Oakcastle-Dunwiddy",
                "said",
                "",
            ),
            ("“They counted the visits.", "Maureen Oakcastle-Dunwiddy", "said", ""),
            ("They never asked who the visitors were.”", "Maureen Oakcastle-Dunwiddy", "said", ""),
        ],
        [
            (
                "Mrs Oakcastle-Dunwiddy said the Hatchmere branch was the only place within two miles where people could use a computer for free.",
                "Maureen Oakcastle-Dunwiddy",
                "said",
                "W",
            )
        ],
        [
            (
                "On Tuesday morning a queue had formed outside Hatchmere Library before it opened at 9.30am.",
                "",
                "",
                "",
            ),
            (
                "Inside, Derek Amblesworth, 71, was printing a form for his pension credit claim.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“I haven't got a computer at home, and I wouldn't know what to do with one if I had,” he said.",
                "Derek Amblesworth",
                "said",
                "",
            ),
            (
                "“Where am I supposed to go, the Jobcentre?” he asked.",
                "Derek Amblesworth",
                "asked",
                "",
            ),
        ],
        [
            (
                "Another regular, Samira Kotecha-Stoberry, 34, said she brings her two children to the free rhyme-time session at the branch every Thursday.",
                "Samira Kotecha-Stoberry",
                "said",
                "",
            )
        ],
        [
            (
                "The leader of the council's Green group, Cllr Callum Wrenshallow-Astlebury, said his group had proposed keeping all four branches open by cutting the council's £740,000 budget for consultants.",
                "Callum Wrenshallow-Astlebury",
                "said",
                "W",
            ),
            (
                "That amendment was defeated at full council in February by 38 votes to 29.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“This was a choice, not a necessity,” Cllr Wrenshallow-Astlebury said.",
                "Callum Wrenshallow-Astlebury",
                "said",
                "",
            )
        ],
        [
            (
                "A council spokesperson said staff whose posts were affected would be offered redeployment where possible.",
                "A council spokesperson",
                "said",
                "",
            ),
            (
                "The spokesperson said a mobile library would visit each of the four areas once a week from September.",
                "A council spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                "Under the plan, the council will also look for community groups to run the buildings as “book hubs” without paid staff.",
                "",
                "",
                "W",
            ),
            (
                "Expressions of interest close on June 12, the report said.",
                "the report",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Civic and Library Workers' Union (CLWU) said 11 of the 19 posts were already vacant.",
                "The Civic and Library Workers' Union (CLWU)",
                "said",
                "W",
            ),
            (
                "Its regional organiser, Pauline Merrowfield, said members had not been consulted until the report was published.",
                "Pauline Merrowfield",
                "said",
                "W",
            ),
        ],
        [
            (
                "The council said its consultation had run for 12 weeks last autumn and drawn 2,870 responses.",
                "The council",
                "said",
                "W",
            )
        ],
        [
            (
                "Bristol's libraries have lost 31 per cent of their funding since 2015, according to figures in the council's own budget books.",
                "figures in the council's own budget books",
                "according to",
                "W",
            )
        ],
        [
            (
                "The decision can be called in by the council's scrutiny committee until 5pm on Friday.",
                "",
                "",
                "W",
            ),
            (
                "The council said the mobile library timetable would be published at bristol.gov.uk/libraries.",
                "The council",
                "said",
                "W",
            ),
        ],
        [("Read more", "", "", "B")],
        [("Bristol bus fares to rise by 20p from June, operator confirms", "", "", "B")],
        [("Plans for 300 homes on former Hatchmere depot site go on show", "", "", "B")],
        [("Comments (87)", "", "", "B")],
        [("Follow The Avonmead Post on Facebook, Instagram and X", "", "", "B")],
        [
            (
                "This website and its associated newspaper adhere to the Independent Press Standards Organisation's Editors' Code of Practice.",
                "",
                "",
                "B",
            )
        ],
        [
            ("© 2026 Avonmead Media Ltd.", "", "", "B"),
            ("Registered in England and Wales No. 04418230.", "", "", "B"),
        ],
        [("Privacy settings | Cookie notice | Terms | Contact us", "", "", "B")],
    ],
    [  # 2. International wire's own site, Chilean copper mine strike
        [("Andesline", "", "", "B")],
        [
            (
                "World  Business  Markets  Commodities  Energy  Sustainability  Legal  More",
                "",
                "",
                "B",
            )
        ],
        [("Commodities", "", "", "B")],
        [
            (
                "Workers strike at Chile's Quebrada Morada copper mine after wage talks fail",
                "",
                "",
                "W",
            )
        ],
        [("By Valentina Rosellón-Quintrileo and Matías Urrejola-Benavente", "", "", "B")],
        [("April 16, 2026 4:52 PM GMT-4 Updated 2 hours ago", "", "", "B")],
        [("3 minute read", "", "", "B")],
        [
            (
                "Item 1 of 2 Workers gather at the gate of the Quebrada Morada copper mine in Chile's Antofagasta region, April 16, 2026.",
                "",
                "",
                "",
            )
        ],
        [("Andesline/Pedro Calfucura-Iturrieta", "", "", "B")],
        [("Purchase Licensing Rights", "", "", "B")],
        [
            (
                "SANTIAGO, April 16 (Andesline) - About 1,900 workers at the Quebrada Morada copper mine in northern Chile walked off the job on Thursday after wage talks with the mine's owner broke down, the mine's largest union said.",
                "the mine's largest union",
                "said",
                "W",
            )
        ],
        [
            (
                "The strike halts a mine that produced 318,000 metric tons of copper last year, about 6% of Chile's output, according to data from the Chilean Copper Commission (Cochilco).",
                "data from the Chilean Copper Commission (Cochilco)",
                "according to",
                "W",
            )
        ],
        [
            (
                "Benchmark copper on the London Metal Exchange rose 1.3% to $11,240 a metric ton by 1600 GMT, its highest in three weeks, as traders weighed the risk of a long stoppage.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The strike began at 8 a.m. local time (1200 GMT), when the morning shift did not board the buses at the company's camp in Sierra Pintada, 140 km (87 miles) northeast of the port of Antofagasta.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Union No. 2's president, Héctor Ancavil-Sotoreyes, told Andesline the company had offered a 2.1% real wage increase and a one-off bonus of 4.5 million pesos ($4,760) per worker, against the union's demand of 5% and 9 million pesos.",
                "Héctor Ancavil-Sotoreyes",
                "told Andesline",
                "W",
            )
        ],
        [
            (
                '"We are not asking for anything the company cannot pay," Ancavil-Sotoreyes said by phone from the picket line.',
                "Héctor Ancavil-Sotoreyes",
                "said",
                "",
            ),
            ('"We will stay out as long as it takes."', "Héctor Ancavil-Sotoreyes", "said", ""),
        ],
        [
            (
                'Minera Quebrada Morada S.A., which is 70% owned by Canadian miner Halbarrow Crest Resources and 30% by a consortium of Japanese trading houses, said in a statement that its offer was "fair and responsible" given falling ore grades.',
                "Minera Quebrada Morada S.A.",
                "said in a statement",
                "W",
            )
        ],
        [
            (
                "It said contingency crews would keep the mine's water and safety systems running, and that it had asked the Labour Directorate to rule on minimum services.",
                "Minera Quebrada Morada S.A.",
                "said",
                "W",
            )
        ],
        [
            (
                "Vancouver-based Halbarrow Crest did not respond to a request for comment.",
                "Halbarrow Crest",
                "did not respond to a request for comment",
                "",
            )
        ],
        [
            (
                "The company reported net profit of $612 million for 2025, up 48% from a year earlier, in results published in March.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Chilean labour law bars companies from hiring replacement workers during a legal strike, and either side may ask the government to mediate.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The Labour Ministry said a mediator had been appointed and would meet both sides on Monday in Antofagasta.",
                "The Labour Ministry",
                "said",
                "W",
            )
        ],
        [
            (
                'Mining Minister Carolina Etchebarne-Lanzarote told reporters in Santiago the government hoped for "a quick agreement that protects jobs and Chile\'s name as a reliable supplier."',
                "Carolina Etchebarne-Lanzarote",
                "told reporters",
                "",
            )
        ],
        [
            (
                "Union No. 1, which represents 640 supervisors and technicians, has a separate contract that runs until 2027 and is not part of the strike.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Union No. 1's leaders said in a letter to members on Wednesday that they would not cross the picket line but would staff the safety posts.",
                "Union No. 1's leaders",
                "said in a letter to members",
                "W",
            )
        ],
        [
            (
                "Analysts at Pucalán Valores, a Santiago brokerage, said in a note that a two-week strike would cut about 13,000 tons from the mine's annual output.",
                "Analysts at Pucalán Valores",
                "said in a note",
                "W",
            )
        ],
        [
            (
                '"The market is tight enough that every ton counts," said Ignacio Brunetto-Valdivieso, a metals analyst at the firm.',
                "Ignacio Brunetto-Valdivieso",
                "said",
                "",
            )
        ],
        [
            (
                "Ancavil-Sotoreyes said the union would hold an assembly on Saturday to decide whether to accept mediation.",
                "Héctor Ancavil-Sotoreyes",
                "said",
                "W",
            ),
            (
                "A company spokeswoman said no talks were scheduled before Monday's meeting.",
                "A company spokeswoman",
                "said",
                "W",
            ),
        ],
        [
            (
                "Output at the mine fell 4% last year as the company processed lower-grade ore from the eastern wall of the pit, according to its annual report.",
                "its annual report",
                "according to",
                "W",
            )
        ],
        [
            (
                "Copper stocks in LME-registered warehouses stood at 118,500 tons on Thursday, down 22% since January.",
                "",
                "",
                "W",
            )
        ],
        [("The last strike at the mine, in 2019, lasted 23 days.", "", "", "W")],
        [
            (
                "Chile, the world's largest copper producer, has seen output flat at about 5.3 million tons a year since 2018 as ore grades at older mines decline, Cochilco says.",
                "Cochilco",
                "says",
                "W",
            )
        ],
        [
            (
                "Mining accounts for about 12% of Chile's gross domestic product and more than half of its exports, central bank data shows.",
                "central bank data",
                "shows",
                "W",
            )
        ],
        [("($1 = 945.30 Chilean pesos)", "", "", "B")],
        [
            (
                "(Reporting by Valentina Rosellón-Quintrileo in Santiago and Matías Urrejola-Benavente in Antofagasta; Additional reporting by Hugo Farnsworth-Idle in London; Editing by Nicola Strandwick and Ben Ostrowater)",
                "",
                "",
                "B",
            )
        ],
        [("Our Standards: The Andesline Trust Principles.", "", "", "B")],
        [("Purchase Licensing Rights", "", "", "B")],
        [("Suggested Topics: Metals & Mining · Chile · Labor · Commodities", "", "", "B")],
        [
            (
                "Valentina Rosellón-Quintrileo covers mining, energy and labor in Chile and Peru from Santiago.",
                "",
                "",
                "B",
            )
        ],
        [("Read Next", "", "", "B")],
        [("Peru's copper exports hit four-year high in March, central bank says", "", "", "B")],
        [("© 2026 Andesline.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [  # 3. Ohio village weekly's website, council votes to disband the police department
        [("The Fallowbrook Messenger", "", "", "B")],
        [("Serving Fallowbrook, Dunmarrick and eastern Carrowbeck County since 1911", "", "", "B")],
        [("Subscribe | e-Edition | Log In", "", "", "B")],
        [
            (
                "Home  News  Sports  Obituaries  Opinion  Community  Classifieds  Public Notices",
                "",
                "",
                "B",
            )
        ],
        [("Local News", "", "", "B")],
        [("Fallowbrook council votes 4-2 to disband police department", "", "", "W")],
        [
            (
                "Sheriff's office to patrol village under $412,000-a-year contract starting July 1",
                "",
                "",
                "W",
            )
        ],
        [("By Dana Kellerhallsen | Staff Writer", "", "", "B")],
        [("Apr 16, 2026 Updated Apr 16, 2026", "", "", "B")],
        [("Facebook Twitter Email Print Save", "", "", "B")],
        [
            (
                "Fallowbrook Police Chief Lyle Overhulse Jr. listens during Tuesday's council meeting at the Village Hall on W. Main St.",
                "",
                "",
                "",
            ),
            ("Dana Kellerhallsen | The Messenger", "", "", "B"),
        ],
        [
            (
                "FALLOWBROOK — Village council voted 4-2 Tuesday night to dissolve Fallowbrook's five-officer police department and hand patrols to the Carrowbeck County Sheriff's Office, ending 94 years of village policing.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Under the three-year contract, the sheriff will assign two deputies to the village around the clock for $412,000 a year, rising 3% a year.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The village spent $689,000 on its police department in 2025, according to Finance Director Carla Whitsunday-Brest.",
                "Carla Whitsunday-Brest",
                "according to",
                "W",
            )
        ],
        [
            (
                "Mayor Renee Battenfield-Ocho, who votes only to break a tie, said the village could not afford to keep the department after voters rejected a 2.5-mill police levy in November by 61 votes.",
                "Renee Battenfield-Ocho",
                "said",
                "W",
            )
        ],
        [
            (
                "“I grew up here, and I know what Chief Overhulse and his officers mean to this town,” Battenfield-Ocho said.",
                "Renee Battenfield-Ocho",
                "said",
                "",
            ),
            (
                "“But I can't print money, and I can't ask people for a levy they already turned down.”",
                "Renee Battenfield-Ocho",
                "said",
                "",
            ),
        ],
        [
            (
                "Council members Pat Grandinotti, Walt Heskeworth, Janine Alburgh and Rick Tedeschimayer voted for the ordinance; Sharon Vukelich-Dornan and Kevin Marchbankes voted against.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Vukelich-Dornan said she voted no because the contract was posted online only on Friday, four days before the vote.",
                "Sharon Vukelich-Dornan",
                "said",
                "W",
            ),
            (
                "“We are giving away our police department on a weekend's notice,” she said.",
                "Sharon Vukelich-Dornan",
                "said",
                "",
            ),
        ],
        [
            (
                "Chief Lyle Overhulse Jr., who has led the department since 2009, told council that response times would suffer.",
                "Lyle Overhulse Jr.",
                "told council",
                "W",
            )
        ],
        [
            (
                "“Right now an officer is at your door in four minutes,” he said.",
                "Lyle Overhulse Jr.",
                "said",
                "W",
            ),
            (
                "“A deputy coming from Route 9 on a Friday night won't be.”",
                "Lyle Overhulse Jr.",
                "said",
                "",
            ),
        ],
        [
            (
                "Sheriff Dwayne Pettibrand-Hollisterby said at least one of the two deputies would be inside village limits at all times, and that the office's average response time in the townships it patrols under contract was 6 minutes, 40 seconds last year.",
                "Dwayne Pettibrand-Hollisterby",
                "said",
                "W",
            )
        ],
        [
            (
                "He said all five village officers had been offered deputy positions at their current pay.",
                "Dwayne Pettibrand-Hollisterby",
                "said",
                "W",
            )
        ],
        [
            (
                "Overhulse, 58, said he would retire rather than join the sheriff's office.",
                "Lyle Overhulse Jr.",
                "said",
                "W",
            ),
            (
                "Three of the four patrol officers have applied, Pettibrand-Hollisterby said.",
                "Dwayne Pettibrand-Hollisterby",
                "said",
                "W",
            ),
        ],
        [
            (
                "About 80 residents packed the meeting room, and 14 spoke during public comment, all but two of them against the plan.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Ellen Maupinwood, who owns the Corner Cup on Main Street, said village officers caught the man who broke into her shop in 2023 within an hour.",
                "Ellen Maupinwood",
                "said",
                "W",
            ),
            (
                "“Would a deputy from Dunmarrick have done that?” she asked.",
                "Ellen Maupinwood",
                "asked",
                "",
            ),
        ],
        [
            (
                "Resident Gary Lindahlberg-Abbotsford said he supported the change.",
                "Gary Lindahlberg-Abbotsford",
                "said",
                "",
            ),
            (
                "“I pay the same county taxes as everybody out in the township, and they get by fine with deputies,” he said.",
                "Gary Lindahlberg-Abbotsford",
                "said",
                "",
            ),
        ],
        [
            (
                "The ordinance, No. 2026-14, takes effect in 30 days, and the department's last shift will end at 11:59 p.m. June 30.",
                "",
                "",
                "W",
            ),
            (
                "The village will keep its two cruisers, bought in 2024, and lease them to the sheriff for $1 a year, Whitsunday-Brest said.",
                "Carla Whitsunday-Brest",
                "said",
                "W",
            ),
        ],
        [
            (
                "Vukelich-Dornan said a referendum petition would need 212 valid signatures within 30 days under the village charter.",
                "Sharon Vukelich-Dornan",
                "said",
                "W",
            )
        ],
        [
            (
                "The Fallowbrook Police Officers Association, which represents the four patrol officers, did not return a call seeking comment Wednesday.",
                "The Fallowbrook Police Officers Association",
                "did not return a call seeking comment",
                "",
            )
        ],
        [
            (
                "Dana Kellerhallsen can be reached at 740-555-0142 or dkellerhallsen@fallowbrookmessenger.com.",
                "",
                "",
                "B",
            )
        ],
        [("Related stories", "", "", "B")],
        [("Voters reject Fallowbrook police levy by 61 votes", "", "", "B")],
        [("Carrowbeck County sheriff to add eight deputies in 2026 budget", "", "", "B")],
        [
            (
                "© 2026 The Fallowbrook Messenger, a Kessing Valley Newspapers Inc. publication.",
                "",
                "",
                "B",
            ),
            ("All rights reserved.", "", "", "B"),
        ],
        [("Terms of Use | Privacy Policy | Contact Us", "", "", "B")],
    ],
    [  # 4. Indian English daily's sport page, a T20 league final
        [("THE KONKAN STANDARD", "", "", "B")],
        [
            (
                "Home | India | Maharashtra | Business | Sport | Cricket | Entertainment | ePaper",
                "",
                "",
                "B",
            )
        ],
        [("Sport › Cricket › KPL 2026", "", "", "B")],
        [
            (
                "KPL final: Dhuldev-Walvekar's 71 carries Malvanpur Sailfish to maiden title",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Varadgad Hornbills fall 14 runs short after losing five wickets for 19 runs in four overs",
                "",
                "",
                "W",
            )
        ],
        [("Aniruddh Palshikar-Mhaskarwadi", "", "", "B")],
        [("PUNE | Updated: Apr 16, 2026, 23:48 IST", "", "", "B")],
        [("Follow us  Share  A A", "", "", "B")],
        [
            (
                "Malvanpur Sailfish captain Rohan Dhuldev-Walvekar hits a six during his innings of 71 in the KPL final at the Nagzari Stadium in Pune on Thursday.",
                "",
                "",
                "W",
            ),
            ("(Photo: Sameer Dhondwalkar-Rege)", "", "", "B"),
        ],
        [
            (
                "Captain Rohan Dhuldev-Walvekar struck 71 off 46 balls and Malvanpur Sailfish held their nerve at the death to beat Varadgad Hornbills by 14 runs in the Konkan Premier League (KPL) final at the Nagzari Stadium on Thursday night.",
                "",
                "",
                "W",
            )
        ],
        [("It is Malvanpur's first title in the league's four seasons.", "", "", "W")],
        [
            ("Sent in to bat, Malvanpur made 178 for 6 in their 20 overs.", "", "", "W"),
            (
                "Dhuldev-Walvekar walked in at 31 for 2 in the fifth over and put on 92 for the third wicket with left-hander S. K. Bhurkhede, who made 44.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Varadgad looked in control at 140 for 3 after 16 overs, needing 39 from 24 balls.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Then leg-spinner Pratik Aher-Salunkhe, 19, bowled the Varadgad captain, Imtiaz Quraishani-Pathanwala, for 58 with a googly that hit the top of off stump, and the chase came apart.",
                "",
                "",
                "W",
            ),
            ("Varadgad lost five wickets for 19 runs and finished on 164 for 8.", "", "", "W"),
        ],
        [
            (
                "Aher-Salunkhe finished with 3 for 22 from his four overs and was named player of the match.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "“When I came on, the skipper told me only one thing: don't be scared of getting hit!” Aher-Salunkhe said.",
                "Pratik Aher-Salunkhe",
                "said",
                "",
            ),
            (
                "“I bowled the googly because he was waiting for the leg-break.”",
                "Pratik Aher-Salunkhe",
                "said",
                "",
            ),
        ],
        [
            (
                "Dhuldev-Walvekar, 31, said the team had talked before the match about keeping wickets in hand through the middle overs rather than attacking early.",
                "Rohan Dhuldev-Walvekar",
                "said",
                "",
            )
        ],
        [
            (
                "“Last year we lost the semi-final because we were 60 for 5 after ten overs,” he said.",
                "Rohan Dhuldev-Walvekar",
                "said",
                "W",
            ),
            (
                "“Tonight we had eight wickets in hand at the halfway mark, and that's what won it.”",
                "Rohan Dhuldev-Walvekar",
                "said",
                "",
            ),
        ],
        [
            (
                "Quraishani-Pathanwala said his side had lost the final in two overs.",
                "Imtiaz Quraishani-Pathanwala",
                "said",
                "",
            ),
            (
                "“We needed ten an over with seven wickets in hand.",
                "Imtiaz Quraishani-Pathanwala",
                "said",
                "W",
            ),
            (
                "That should be ours nine times out of ten,” he said.",
                "Imtiaz Quraishani-Pathanwala",
                "said",
                "",
            ),
        ],
        [
            (
                "Varadgad's coach, former Maharashtra seamer Dattatray Ghorpade-Kalekar, questioned an lbw decision against No. 5 batter Yash Tambekar-Raorane in the 17th over.",
                "Dattatray Ghorpade-Kalekar",
                "questioned",
                "",
            )
        ],
        [
            (
                "“From where I sat it was sliding down leg,” he said.",
                "Dattatray Ghorpade-Kalekar",
                "said",
                "",
            ),
            ("The KPL does not use the decision review system.", "", "", "W"),
        ],
        [
            (
                "League commissioner Sunita Bapat-Inamdarkar said the league would look at using ball-tracking from next season.",
                "Sunita Bapat-Inamdarkar",
                "said",
                "",
            )
        ],
        [
            (
                "A crowd of 18,400 watched the final, a league record, according to the organisers.",
                "the organisers",
                "according to",
                "W",
            )
        ],
        [
            (
                "The Sailfish take home Rs 50 lakh in prize money and the Hornbills Rs 25 lakh.",
                "",
                "",
                "W",
            ),
            (
                "Bhurkhede finished as the tournament's top run-scorer with 412 runs at a strike rate of 151.4.",
                "",
                "",
                "W",
            ),
        ],
        [("Brief scores:", "", "", "B")],
        [
            (
                "Malvanpur Sailfish 178/6 in 20 overs (R. Dhuldev-Walvekar 71, S. K. Bhurkhede 44; I. Quraishani-Pathanwala 2-27) beat Varadgad Hornbills 164/8 in 20 overs (I. Quraishani-Pathanwala 58, N. Sawardekar-Patankar 33; P. Aher-Salunkhe 3-22) by 14 runs.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Also Read | KPL 2026: Aher-Salunkhe, the 19-year-old who learned leg-spin on a tennis-ball pitch",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Get the latest cricket news, live scores and KPL updates on The Konkan Standard app.",
                "",
                "",
                "B",
            )
        ],
        [("Topics: KPL 2026 · Malvanpur Sailfish · Varadgad Hornbills · Pune", "", "", "B")],
        [("© Konkan Standard Publications Pvt. Ltd. 2026", "", "", "B")],
    ],
    [  # 5. Danish English-language news site, a register study on green space and antidepressants
        [("Hjortvang Post", "", "", "B")],
        [("Denmark in English", "", "", "B")],
        [
            (
                "News | Politics | Business | Health | Science | Culture | Sport | Jobs in Denmark",
                "",
                "",
                "B",
            )
        ],
        [("Health", "", "", "B")],
        [
            (
                "People who live near parks are less likely to start antidepressants, Danish study finds",
                "a study of 1.9 million people",
                "finds",
                "W",
            )
        ],
        [
            (
                "Researchers followed 1.9 million adults for 12 years but warn that the link may not be cause and effect",
                "researchers at the Fyrholm Institute for Environmental Health in Aarhus",
                "warn",
                "W",
            )
        ],
        [("By Mette Kjærsvig-Holmbo", "", "", "B")],
        [("Published 15 April 2026 at 06:00 · Updated 15 April 2026 at 10:25", "", "", "B")],
        [("5 min read", "", "", "B")],
        [("Share this article", "", "", "B")],
        [
            (
                "Residents walk in Ravnsted Park in Aarhus, one of thousands of green areas mapped for the study.",
                "",
                "",
                "",
            ),
            ("Photo: Lasse Brøndum-Friisholt / Hjortvang Post", "", "", "B"),
        ],
        [
            (
                "Adults in Denmark who live within 300 metres of a park, forest or lake are less likely to start taking antidepressants than those who live further away, a study of 1.9 million people has found.",
                "a study of 1.9 million people",
                "has found",
                "W",
            )
        ],
        [
            (
                "The study, by researchers at the Fyrholm Institute for Environmental Health in Aarhus, was published on Wednesday in the journal Nordic Environment and Health Reports.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "It linked addresses from the national civil registration system with satellite maps of green space and with prescription records from 2010 to 2022.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Those with the most green space around their homes were 9 per cent less likely to fill a first prescription for an antidepressant than those with the least, after adjustment for income, education, age and other factors, the authors report (hazard ratio 0.91; 95% CI 0.88–0.94).",
                "the authors",
                "report",
                "W",
            )
        ],
        [
            (
                "The link was strongest among people over 65 and among those living in flats without a garden (Fig. 3).",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Lead author Dr. Ingrid Sommerlyst-Bechgaard, an epidemiologist at the institute, said the effect was modest for any one person but mattered across a population.",
                "Ingrid Sommerlyst-Bechgaard",
                "said",
                "",
            )
        ],
        [
            (
                "“If you shift a whole city's risk by a few per cent, that is thousands of people,” she said.",
                "Ingrid Sommerlyst-Bechgaard",
                "said",
                "",
            ),
            (
                "“But we cannot say from this study that parks prevent depression.”",
                "Ingrid Sommerlyst-Bechgaard",
                "said",
                "",
            ),
        ],
        [
            (
                "She said people who are already unwell may be less able to choose where they live, which could explain part of the link.",
                "Ingrid Sommerlyst-Bechgaard",
                "said",
                "",
            )
        ],
        [
            (
                "To test that, the team repeated the analysis for 212,000 people who were allocated social housing from waiting lists in Copenhagen and Odense, and found a similar result.",
                "the team",
                "found",
                "W",
            )
        ],
        [
            (
                "About 14 per cent of the people in the study lived more than 1 kilometre from any green area of at least one hectare.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Prof. Anders Kvistgaard-Mølbjerg, a psychiatrist who was not involved in the research, said the study was “carefully done” but that antidepressant prescriptions were an imperfect measure of depression.",
                "Anders Kvistgaard-Mølbjerg",
                "said",
                "",
            )
        ],
        [
            (
                "“Many people with depression never see a doctor, and some people take these drugs for pain or for sleep,” he said.",
                "Anders Kvistgaard-Mølbjerg",
                "said",
                "",
            )
        ],
        [
            (
                "He noted that about 440,000 Danes filled at least one antidepressant prescription in 2024, according to the Danish Health Data Authority.",
                "Anders Kvistgaard-Mølbjerg",
                "noted",
                "W",
            )
        ],
        [
            (
                "He said a randomised trial was impossible, but that studies following people who move house could help.",
                "Anders Kvistgaard-Mølbjerg",
                "said",
                "",
            )
        ],
        [
            (
                "In Brandløkke, west of Aarhus, the municipality has set aside 14 million kroner this year to turn two car parks into small parks, Mayor Kasper Ødelund-Vindeløv said.",
                "Kasper Ødelund-Vindeløv",
                "said",
                "W",
            ),
            (
                "“This study is one more reason to do it,” he said.",
                "Kasper Ødelund-Vindeløv",
                "said",
                "",
            ),
        ],
        [
            (
                "Birthe Halvbroe, 72, who lives in a flat overlooking Ravnsted Park, said she walks there every morning.",
                "Birthe Halvbroe",
                "said",
                "",
            ),
            ("“On the days I don't go, I notice it,” she said.", "Birthe Halvbroe", "said", ""),
        ],
        [
            ("The study has limits, the authors write.", "the authors", "write", ""),
            (
                "It did not measure how often people actually used green areas, and it could not account for things that tend to differ near parks, e.g. noise or air pollution.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Sommerlyst-Bechgaard said the team would next look at children, using school health records.",
                "Ingrid Sommerlyst-Bechgaard",
                "said",
                "W",
            ),
            (
                "“Green space is cheap compared with most things we do for health,” she said.",
                "Ingrid Sommerlyst-Bechgaard",
                "said",
                "",
            ),
        ],
        [
            (
                "The study was funded by the Independent Research Fund Denmark and the Vibegaard-Teglers Foundation, which had no role in its design or analysis.",
                "",
                "",
                "B",
            ),
            ("The authors declare no competing interests.", "", "", "B"),
        ],
        [
            (
                "Journal reference: Sommerlyst-Bechgaard I, Tarp-Hvidbjerg J, Kvorninge M, et al. Residential green space and first antidepressant use in Danish adults: a register-based cohort study. Nord Environ Health Rep. 2026;9(2):e114.",
                "",
                "",
                "B",
            )
        ],
        [("Read also: Danes sleep 40 minutes less than in 1990, survey suggests", "", "", "B")],
        [
            ("Support independent English-language journalism in Denmark.", "", "", "B"),
            ("Become a member from 49 kr. a month.", "", "", "B"),
        ],
        [("© 2026 Hjortvang Post ApS · CVR 38 41 27 90", "", "", "B")],
        [("Cookie settings · Privacy · Contact the editors", "", "", "B")],
    ],
    [  # 6. New Zealand news site's Budget-day live blog
        [("The Karamū Post", "", "", "B")],
        [
            (
                "Latest | New Zealand | World | Business | Politics | Sport | Opinion | Podcasts",
                "",
                "",
                "B",
            )
        ],
        [("Politics", "", "", "B")],
        [("LIVE", "", "", "B")],
        [
            (
                "Budget 2026 live: $1.4b in savings as Treasury pushes return to surplus out to 2028/29",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Follow the latest as the Government delivers its Budget, with reaction from the Opposition, economists and community groups.",
                "",
                "",
                "",
            )
        ],
        [("By the Karamū Post politics team", "", "", "B")],
        [("Thursday 21 May 2026 · Last updated 3.42pm", "", "", "B")],
        [("Show key events only", "", "", "B")],
        [("Auto-update: ON", "", "", "B")],
        [("Pinned", "", "", "B")],
        [("Key points", "", "", "")],
        [
            (
                "Operating deficit of $9.2b forecast for this year; surplus now forecast for 2028/29",
                "",
                "",
                "W",
            )
        ],
        [("$1.4b a year in savings from agencies and $1.1b a year in new spending", "", "", "W")],
        [("Health gets $2.1b extra over four years", "", "", "W")],
        [("3.42pm", "", "", "B")],
        [("Hana Pōtiki-Lyallson", "", "", "B")],
        [("Economists call it ‘careful’ but warn of a thin buffer", "Economists", "call", "")],
        [
            (
                "Kapuhara Bank chief economist Doug Feltmore-Ngataki said the Budget was “careful, almost boringly so” and would add little to inflation.",
                "Doug Feltmore-Ngataki",
                "said",
                "",
            )
        ],
        [
            (
                "He said the Treasury's forecast surplus of 0.3 per cent of GDP in 2028/29 left “very little buffer” if the economy slowed.",
                "Doug Feltmore-Ngataki",
                "said",
                "W",
            )
        ],
        [
            (
                "Westmere Capital's head of research, Fiona Te Whatu-Ellisdon, said markets had expected slightly more borrowing.",
                "Fiona Te Whatu-Ellisdon",
                "said",
                "",
            )
        ],
        [
            (
                "The New Zealand dollar was little changed at 58.9 US cents after the documents were released at 2pm.",
                "",
                "",
                "W",
            )
        ],
        [("3.10pm", "", "", "B")],
        [("Key event", "", "", "B")],
        [("Tom Ellacott-Rehutahi", "", "", "B")],
        [
            (
                "Opposition leader: ‘A Budget for landlords’",
                "Ruth Kereamoa-Boltwood",
                "Opposition leader:",
                "",
            )
        ],
        [
            (
                "Opposition leader Ruth Kereamoa-Boltwood told Parliament the Budget cut $310 million from public health programmes over four years while giving landlords tax relief worth $480m.",
                "Ruth Kereamoa-Boltwood",
                "told Parliament",
                "W",
            )
        ],
        [
            (
                "“The Minister has found money for everyone except the people waiting in our emergency departments,” she said.",
                "Ruth Kereamoa-Boltwood",
                "said",
                "",
            )
        ],
        [("2.35pm", "", "", "B")],
        [("Tom Ellacott-Rehutahi", "", "", "B")],
        [("Health gets $2.1b extra over four years, less than it asked for", "", "", "W")],
        [
            (
                "Vote Health will rise by $2.1 billion over four years, the Budget documents show.",
                "the Budget documents",
                "show",
                "W",
            ),
            (
                "That is less than the $3.4b Health New Zealand said in its briefing to the incoming minister it needed to keep services at current levels.",
                "Health New Zealand",
                "said in its briefing to the incoming minister",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for Health New Zealand said it was still working through the detail and would comment later.",
                "A spokesperson for Health New Zealand",
                "said",
                "",
            )
        ],
        [("2.12pm", "", "", "B")],
        [("Key event", "", "", "B")],
        [("Hana Pōtiki-Lyallson", "", "", "B")],
        [
            (
                "Treasury forecasts surplus in 2028/29, a year later than in December",
                "The Treasury's Budget Economic and Fiscal Update (BEFU)",
                "forecasts",
                "W",
            )
        ],
        [
            (
                "The Treasury's Budget Economic and Fiscal Update (BEFU) forecasts an operating deficit of $9.2b this year, narrowing to $3.1b in 2027/28 before a surplus of $1.3b in 2028/29.",
                "The Treasury's Budget Economic and Fiscal Update (BEFU)",
                "forecasts",
                "W",
            )
        ],
        [
            (
                "In December's half-year update the surplus was forecast a year earlier.",
                "",
                "",
                "W",
            ),
            (
                "Net core Crown debt is forecast to peak at 45.6 per cent of GDP in 2027/28.",
                "",
                "",
                "W",
            ),
            (
                "Unemployment is forecast to peak at 5.4 per cent in the September quarter and fall to 4.6 per cent by mid-2028.",
                "",
                "",
                "W",
            ),
        ],
        [("2.01pm", "", "", "B")],
        [("Key event", "", "", "B")],
        [("Hana Pōtiki-Lyallson", "", "", "B")],
        [
            (
                "Brackenhoe-Tawhaitiri: ‘No new borrowing for day-to-day spending’",
                "Nicola Brackenhoe-Tawhaitiri",
                "Brackenhoe-Tawhaitiri:",
                "",
            )
        ],
        [
            (
                "Finance Minister Nicola Brackenhoe-Tawhaitiri has begun her Budget speech in the House, calling it “a no-frills Budget for a stretched country.”",
                "Nicola Brackenhoe-Tawhaitiri",
                "calling",
                "",
            )
        ],
        [
            (
                "She confirmed $1.4 billion a year in savings from government agencies, mostly from 3,100 roles cut since 2024, and $1.1b a year in new operating spending.",
                "Nicola Brackenhoe-Tawhaitiri",
                "confirmed",
                "W",
            )
        ],
        [
            (
                "“We will not borrow to pay the power bill,” she said.",
                "Nicola Brackenhoe-Tawhaitiri",
                "said",
                "",
            ),
            (
                "“Every new dollar in this Budget is matched by a saving somewhere else.”",
                "Nicola Brackenhoe-Tawhaitiri",
                "said",
                "W",
            ),
        ],
        [("1.45pm", "", "", "B")],
        [("Tom Ellacott-Rehutahi", "", "", "B")],
        [("What we know so far", "", "", "")],
        [
            (
                "The Budget documents will be released at 2pm, when the Minister stands to deliver her speech.",
                "",
                "",
                "W",
            ),
            (
                "Journalists and economists have spent the morning in the Treasury lock-up, where phones are handed in at the door.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Pre-Budget announcements have already included $260m for school lunches and a $90m fund for flood-prone councils.",
                "",
                "",
                "W",
            )
        ],
        [("1.20pm", "", "", "B")],
        [("Tom Ellacott-Rehutahi", "", "", "B")],
        [("About 300 protest outside Parliament over disability support changes", "", "", "W")],
        [
            (
                "About 300 people gathered on Parliament's forecourt ahead of the Budget to protest against last year's changes to disability support funding.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Jenny Alofaituli-Marsdon, whose son has cerebral palsy, said families were waiting 11 months for a needs assessment.",
                "Jenny Alofaituli-Marsdon",
                "said",
                "W",
            ),
            ("“We're not asking for a lot.", "Jenny Alofaituli-Marsdon", "said", ""),
            ("We're asking to be seen,” she said.", "Jenny Alofaituli-Marsdon", "said", ""),
        ],
        [("Read more: Budget 2026 at a glance — what it means for your household", "", "", "B")],
        [("Sign up to Politics Daily, our free weekday newsletter", "", "", "B")],
        [("© 2026 Karamū Media Limited", "", "", "B")],
    ],
    [  # 7. South African news site, Q&A with a municipal manager on water cuts
        [("Mthonjana Dispatch", "", "", "B")],
        [
            (
                "News | Eastern Cape | Politics | Business | Sport | Lifestyle | Opinion | Multimedia",
                "",
                "",
                "B",
            )
        ],
        [("Eastern Cape › Interviews", "", "", "B")],
        [
            (
                "Nqabarha municipal manager: ‘We lose four litres out of every ten’",
                "Siyabonga Ntshingwa-Meyerhof",
                "Nqabarha municipal manager:",
                "W",
            )
        ],
        [
            ("Parts of Qolweni have had water only two days a week since January.", "", "", "W"),
            (
                "We asked Siyabonga Ntshingwa-Meyerhof what went wrong and when it will end.",
                "",
                "",
                "W",
            ),
        ],
        [("By Lindiwe Sokhuzela-Brandtvelt", "", "", "B")],
        [("16 April 2026 - 05:00", "", "", "B")],
        [("Share: WhatsApp | Facebook | X | Email", "", "", "B")],
        [
            ("Residents queue at a municipal water tanker in Qolweni on Tuesday.", "", "", ""),
            ("Picture: LINDIWE SOKHUZELA-BRANDTVELT", "", "", "B"),
        ],
        [
            (
                "Qolweni, a township of about 28,000 people outside Nqabarha, has been on a water rotation schedule since January 9, when the Nqabarha Local Municipality began closing valves to let its reservoirs recover.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Residents say the taps run on Mondays and Thursdays, and sometimes not at all.",
                "Residents",
                "say",
                "W",
            )
        ],
        [
            (
                "Ntshingwa-Meyerhof, 47, has been municipal manager since 2023, after eight years as the municipality's chief financial officer.",
                "",
                "",
                "W",
            ),
            ("He spoke to the Dispatch at the municipal offices on Wednesday.", "", "", "W"),
        ],
        [("This interview has been edited for length and clarity.", "", "", "B")],
        [("DISPATCH: Why are the taps in Qolweni dry?", "", "", "")],
        [
            (
                "NTSHINGWA-MEYERHOF: Two reasons.",
                "Siyabonga Ntshingwa-Meyerhof",
                "NTSHINGWA-MEYERHOF:",
                "",
            ),
            (
                "The Gcobani Dam is at 23 per cent, the lowest since it was built in 1984.",
                "Siyabonga Ntshingwa-Meyerhof",
                "NTSHINGWA-MEYERHOF:",
                "W",
            ),
            (
                "And we lose about 40 per cent of the water we treat before it reaches a tap, through leaks and illegal connections.",
                "Siyabonga Ntshingwa-Meyerhof",
                "NTSHINGWA-MEYERHOF:",
                "W",
            ),
        ],
        [
            (
                "DISPATCH: The Auditor-General's report for 2024/25 put your water losses at 47 per cent.",
                "The Auditor-General's report for 2024/25",
                "put",
                "W",
            ),
            ("Which figure is right?", "", "", ""),
        ],
        [
            (
                "NTSHINGWA-MEYERHOF: The AG's figure is for the whole municipality, including the rural schemes.",
                "Siyabonga Ntshingwa-Meyerhof",
                "NTSHINGWA-MEYERHOF:",
                "W",
            ),
            (
                "In Nqabarha town and Qolweni it is 38 to 41 per cent, depending on the month.",
                "Siyabonga Ntshingwa-Meyerhof",
                "NTSHINGWA-MEYERHOF:",
                "W",
            ),
            (
                "That's still far too high, and I won't pretend otherwise.",
                "Siyabonga Ntshingwa-Meyerhof",
                "NTSHINGWA-MEYERHOF:",
                "",
            ),
        ],
        [
            (
                "DISPATCH: Residents say they have reported the same leaks for years.",
                "Residents",
                "say",
                "W",
            ),
            ("A burst pipe on Mvubu Street has been running since November.", "", "", "W"),
        ],
        [
            (
                "NTSHINGWA-MEYERHOF: We have 11 plumbers for 640 kilometres of pipe.",
                "Siyabonga Ntshingwa-Meyerhof",
                "NTSHINGWA-MEYERHOF:",
                "W",
            ),
            (
                "We repaired 1,380 leaks last year.",
                "Siyabonga Ntshingwa-Meyerhof",
                "NTSHINGWA-MEYERHOF:",
                "W",
            ),
            (
                "Mvubu Street is on the list for this week, and I'll go and look at it myself.",
                "Siyabonga Ntshingwa-Meyerhof",
                "NTSHINGWA-MEYERHOF:",
                "",
            ),
        ],
        [
            (
                "DISPATCH: National Treasury gave the municipality R62 million for water infrastructure over the last three years.",
                "",
                "",
                "W",
            ),
            ("Where has it gone?", "", "", ""),
        ],
        [
            (
                "NTSHINGWA-MEYERHOF: R41 million went into the new pump station at Gcobani, which was commissioned in February.",
                "Siyabonga Ntshingwa-Meyerhof",
                "NTSHINGWA-MEYERHOF:",
                "W",
            ),
            (
                "The rest is committed to the Qolweni reticulation project, which starts in July.",
                "Siyabonga Ntshingwa-Meyerhof",
                "NTSHINGWA-MEYERHOF:",
                "W",
            ),
            ("I know people are angry.", "Siyabonga Ntshingwa-Meyerhof", "NTSHINGWA-MEYERHOF:", ""),
            ("I would be angry too.", "Siyabonga Ntshingwa-Meyerhof", "NTSHINGWA-MEYERHOF:", ""),
        ],
        [
            (
                "DISPATCH: Cllr Nomvula Dlathu-Fishwick says the tanker contracts went to companies linked to officials.",
                "Nomvula Dlathu-Fishwick",
                "says",
                "",
            ),
            ("Is that true?", "", "", ""),
        ],
        [
            (
                "NTSHINGWA-MEYERHOF: I have asked the internal audit unit to look at all 14 tanker contracts, and I have referred two of them to the Special Investigating Unit.",
                "Siyabonga Ntshingwa-Meyerhof",
                "NTSHINGWA-MEYERHOF:",
                "W",
            ),
            (
                "I'm not going to name companies while that is going on.",
                "Siyabonga Ntshingwa-Meyerhof",
                "NTSHINGWA-MEYERHOF:",
                "",
            ),
        ],
        [("DISPATCH: When will Qolweni have water every day?", "", "", "")],
        [
            (
                "NTSHINGWA-MEYERHOF: If we get normal winter rains and the repairs go to plan, by September.",
                "Siyabonga Ntshingwa-Meyerhof",
                "NTSHINGWA-MEYERHOF:",
                "",
            ),
            (
                "If the dam stays below 25 per cent, the rotation stays.",
                "Siyabonga Ntshingwa-Meyerhof",
                "NTSHINGWA-MEYERHOF:",
                "",
            ),
        ],
        [
            (
                "The Department of Water and Sanitation said in a statement on Thursday that it had sent a technical team to Nqabarha in March and would provide R8 million for emergency leak repairs.",
                "The Department of Water and Sanitation",
                "said in a statement",
                "W",
            )
        ],
        [
            (
                "Dlathu-Fishwick, who chairs the council's municipal public accounts committee, said she would table the audit findings at the committee's meeting on May 12.",
                "Nomvula Dlathu-Fishwick",
                "said",
                "W",
            )
        ],
        [
            (
                "In Qolweni, Nokuthula Mbhelekazi-Arendsfeld, 63, said she buys 25-litre containers of water from a private seller at R15 each.",
                "Nokuthula Mbhelekazi-Arendsfeld",
                "said",
                "",
            ),
            (
                "“On the days the taps are dry, I can't cook before the children go to school,” she said.",
                "Nokuthula Mbhelekazi-Arendsfeld",
                "said",
                "",
            ),
        ],
        [
            (
                "READ MORE: Municipalities lose R4bn a year to leaking pipes, report finds",
                "",
                "",
                "B",
            )
        ],
        [
            ("Have a tip about water in your area?", "", "", "B"),
            ("WhatsApp the Dispatch newsroom on 071 555 0193.", "", "", "B"),
        ],
        [("© 2026 Mthonjana Media (Pty) Ltd.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [  # 8. Scottish regional paper's courts page, roofing firm fined after a worker's fall
        [("Strathmorrow Press", "", "", "B")],
        [("News | Courts | Business | Farming | Sport | What's On | Notices", "", "", "B")],
        [("Courts", "", "", "B")],
        [("Roofing firm fined £160,000 after worker fell through farm shed roof", "", "", "W")],
        [
            (
                "Sheriff says director's failure to use safety netting he owned was ‘a gamble with a man's life’",
                "Rhona Castlemilnie",
                "says",
                "",
            )
        ],
        [("By Alasdair Moncrieth-Tulliscombe", "", "", "B")],
        [("Court reporter", "", "", "B")],
        [("Thursday April 16 2026, 4.55pm", "", "", "B")],
        [("Share", "", "", "B")],
        [
            ("The case was heard at Dundee Sheriff Court.", "", "", "W"),
            ("Image: Strathmorrow Press", "", "", "B"),
        ],
        [
            (
                "A Perthshire roofing company has been fined £160,000 after a worker fell more than six metres through a fragile roof at a farm near Glenbarrachan.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Duncraigie Roofing Ltd admitted at Dundee Sheriff Court on Wednesday a breach of section 2(1) of the Health and Safety at Work etc. Act 1974.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Its director, Graeme Lochrindale-Bairdsley, 52, of Auchtermorrie, pleaded guilty to a breach of section 37 of the same Act and was fined £12,000.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The court heard that Connor Dalgettie-Raeburn, then 24, was replacing corroded sheets on a cattle shed at Westfield Mains, a farm outside Glenbarrachan, on September 12, 2024, when he stepped onto a fibre cement panel that gave way.",
                "",
                "",
                "W",
            ),
            (
                "He fell 6.4 metres onto a concrete floor, fracturing his skull, pelvis and right wrist.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Procurator fiscal depute Fiona Abercairnie told the court that no netting, crawling boards or harnesses had been provided, although the company had bought a safety net system in 2022 that was kept at its yard in Auchtermorrie.",
                "Fiona Abercairnie",
                "told the court",
                "W",
            )
        ],
        [
            ("“The equipment was 11 miles away,” she said.", "Fiona Abercairnie", "said", "W"),
            (
                "“It would have taken two men about an hour to rig it.”",
                "Fiona Abercairnie",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the Health and Safety Executive had served the company with a prohibition notice in 2021 after an inspector saw two of its workers on a roof in Dunmorrach without edge protection.",
                "Fiona Abercairnie",
                "said",
                "W",
            )
        ],
        [
            (
                "Defence solicitor Iain Baxtermoor-Wylde said the company had since spent £38,000 on new equipment and training, and that Lochrindale-Bairdsley had visited Mr Dalgettie-Raeburn in hospital every week.",
                "Iain Baxtermoor-Wylde",
                "said",
                "W",
            )
        ],
        [
            (
                "“My client accepts that on that day he took a shortcut, and he will carry that for the rest of his life,” Mr Baxtermoor-Wylde said.",
                "Iain Baxtermoor-Wylde",
                "said",
                "",
            )
        ],
        [
            (
                "He said the firm had 14 employees and a turnover of £2.3 million, and asked the court to let it pay the fine over three years.",
                "Iain Baxtermoor-Wylde",
                "said",
                "W",
            )
        ],
        [
            (
                "Sheriff Rhona Castlemilnie said the danger of fragile roofs was “notorious in the industry” and that the director had chosen not to use equipment his company owned.",
                "Rhona Castlemilnie",
                "said",
                "W",
            )
        ],
        [
            ("“This was not bad luck,” she said.", "Rhona Castlemilnie", "said", ""),
            (
                "“It was a gamble with a man's life, taken to save an hour.”",
                "Rhona Castlemilnie",
                "said",
                "",
            ),
        ],
        [
            (
                "She reduced the company's fine from £240,000 to £160,000 because of its early guilty plea and allowed it to be paid in instalments over 30 months.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Mr Dalgettie-Raeburn, now 26, spent seven weeks in hospital and has not been able to return to roofing.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "In a victim statement read to the court, he said he still had headaches most days and could not lift his two-year-old daughter.",
                "Connor Dalgettie-Raeburn",
                "said",
                "",
            ),
            (
                "“Some days I forget ... what I went into a room for,” he said.",
                "Connor Dalgettie-Raeburn",
                "said",
                "",
            ),
        ],
        [
            (
                "Outside court, his mother, Elaine Dalgettie-Raeburn, said the family was relieved the case was over.",
                "Elaine Dalgettie-Raeburn",
                "said",
                "",
            ),
            (
                "“Connor went to work to fix a roof and came home seven weeks later in a wheelchair,” she said.",
                "Elaine Dalgettie-Raeburn",
                "said",
                "W",
            ),
            ("“No fine gives him that back.”", "Elaine Dalgettie-Raeburn", "said", ""),
        ],
        [
            (
                "HSE inspector Kenneth Ardgowrie-Semphill said after the hearing that falls through fragile roofs killed an average of seven workers a year in Great Britain.",
                "Kenneth Ardgowrie-Semphill",
                "said",
                "W",
            ),
            (
                "“Every one of those deaths could be prevented with equipment that costs less than a van,” he said.",
                "Kenneth Ardgowrie-Semphill",
                "said",
                "",
            ),
        ],
        [
            (
                "Lochrindale-Bairdsley declined to comment as he left the court.",
                "Graeme Lochrindale-Bairdsley",
                "declined to comment",
                "",
            )
        ],
        [("Related: Farm worker hurt in fall from grain silo near Balquharnie", "", "", "B")],
        [("Got a story?", "", "", "B"), ("Email newsdesk@strathmorrowpress.co.uk", "", "", "B")],
        [
            ("© Strathmorrow Press Ltd 2026.", "", "", "B"),
            ("Registered in Scotland SC214470.", "", "", "B"),
        ],
    ],
    [  # 9. German English-language business site, an auto supplier's profit warning
        [("Rheinlauf Markets", "", "", "B")],
        [("Markets | Companies | Economy | Technology | Energy | Opinion | Data", "", "", "B")],
        [("Markets › Europe › Germany", "", "", "B")],
        [
            (
                "Hallenbrück shares slump 14% as auto supplier cuts outlook and plans 1,200 job cuts",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Chief executive blames weak demand for electric-vehicle drives; works council vows to fight closure of Kettwalde plant",
                "Katrin Weißenborn-Altdorfer",
                "blames",
                "W",
            )
        ],
        [("By Tobias Rennefahrtner, Frankfurt", "", "", "B")],
        [("April 16, 2026 · 17:52 CEST", "", "", "B")],
        [("Listen to this article · 4 min", "", "", "B")],
        [("HBA.DE  €23.06  −3.81 (−14.18%)", "", "", "B")],
        [
            (
                "Shares in Hallenbrück Antriebswerke AG fell as much as 16.8% on Thursday, their biggest one-day drop since March 2020, after the Stuttgart-based maker of electric drive units cut its sales and profit forecasts for 2026 and said it would cut 1,200 jobs in Germany.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The stock closed down 14.2% at €23.06 in Frankfurt, the worst performer in the MDAX index of mid-sized companies, which ended 0.4% lower.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Hallenbrück now expects revenue of €3.1bn to €3.3bn this year, down from a previous range of €3.6bn to €3.8bn, and an adjusted EBIT margin of 2% to 3%, against 4.5% to 5.5% before.",
                "Hallenbrück",
                "expects",
                "W",
            )
        ],
        [
            (
                "Chief executive Dr. Katrin Weißenborn-Altdorfer said orders from European carmakers for drive units used in electric vehicles had fallen 22% in the first quarter from a year earlier.",
                "Katrin Weißenborn-Altdorfer",
                "said",
                "W",
            )
        ],
        [
            (
                "“Our customers are building fewer electric cars than they told us they would, and we have to size the company for that,” she said on a call with analysts.",
                "Katrin Weißenborn-Altdorfer",
                "said",
                "",
            ),
            (
                "“I'm not going to pretend this is a good day.”",
                "Katrin Weißenborn-Altdorfer",
                "said",
                "",
            ),
        ],
        [
            (
                "The company will close its plant in Kettwalde, Saxony, which employs 740 people, by the end of 2027 and cut a further 460 jobs in administration, it said.",
                "Hallenbrück Antriebswerke AG",
                "said",
                "W",
            ),
            (
                "It expects restructuring costs of about €180 million, most of them this year.",
                "Hallenbrück Antriebswerke AG",
                "expects",
                "W",
            ),
        ],
        [
            (
                "Weißenborn-Altdorfer said the company was in talks with two Asian carmakers about supplying drive units from 2028 but gave no details.",
                "Katrin Weißenborn-Altdorfer",
                "said",
                "",
            )
        ],
        [
            (
                "Hallenbrück reported first-quarter revenue of €742 million, down 18% from a year earlier, and an adjusted EBIT loss of €9 million.",
                "",
                "",
                "W",
            ),
            (
                "The company said it would publish full first-quarter results on May 7.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "The chair of the group works council, Ulrike Sandmeier-Kurzhals, said the council had learned of the plan from the company's press release at 7 a.m.",
                "Ulrike Sandmeier-Kurzhals",
                "said",
                "W",
            ),
            (
                "“That is not how you treat people who have worked in Kettwalde for 30 years,” she said.",
                "Ulrike Sandmeier-Kurzhals",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the works council would use every legal means to keep the plant open.",
                "Ulrike Sandmeier-Kurzhals",
                "said",
                "",
            )
        ],
        [
            (
                "The Saxon economy ministry said it had asked the company for talks and would examine whether €14 million in state subsidies the plant received in 2019 would have to be repaid.",
                "The Saxon economy ministry",
                "said",
                "W",
            )
        ],
        [
            (
                "Analysts at Kronfeld Privatbank cut their price target to €24 from €38 and downgraded the stock to “sell”.",
                "",
                "",
                "W",
            ),
            (
                "In a note to clients, they said the new margin range assumed a recovery in the second half that “looks optimistic”.",
                "Analysts at Kronfeld Privatbank",
                "said",
                "",
            ),
        ],
        [
            (
                "Henrik Ostenhagen-Brennecke, an analyst at the brokerage Sendlinger & Co., said the company had relied on three German carmakers for 71% of its sales last year.",
                "Henrik Ostenhagen-Brennecke",
                "said",
                "W",
            ),
            (
                "“The cost cuts are necessary, but they are not a strategy,” he said.",
                "Henrik Ostenhagen-Brennecke",
                "said",
                "",
            ),
        ],
        [
            (
                "Chief financial officer Jens Oberholtz-Kaminsky said Hallenbrück had €610 million in cash and undrawn credit lines and did not need to raise equity.",
                "Jens Oberholtz-Kaminsky",
                "said",
                "W",
            ),
            (
                "He said the dividend for 2025, €0.85 a share, would be paid as planned after the annual general meeting on May 20.",
                "Jens Oberholtz-Kaminsky",
                "said",
                "W",
            ),
        ],
        [
            (
                "Hallenbrück, which was spun off from a family-owned engineering group in 2011, employs about 9,800 people worldwide, 5,100 of them in Germany.",
                "",
                "",
                "W",
            ),
            ("Its shares have lost 41% of their value in the past 12 months.", "", "", "W"),
        ],
        [
            (
                "Other German auto suppliers also fell, with Drehmann Elektrik down 3.1% and Vesterkamp Präzision down 2.4%.",
                "",
                "",
                "W",
            ),
            ("The blue-chip DAX was little changed at 22,180 points.", "", "", "W"),
        ],
        [("Additional reporting by Dana Sörensen-Pahlke in Dresden", "", "", "B")],
        [
            (
                "Related: German auto suppliers announced 18,000 job cuts in 2025, industry group says",
                "",
                "",
                "B",
            )
        ],
        [("Market data delayed by at least 15 minutes.", "", "", "B")],
        [
            (
                "© 2026 Rheinlauf Medien GmbH & Co. KG · Impressum · Datenschutz · Cookie-Einstellungen",
                "",
                "",
                "B",
            )
        ],
    ],
    [  # 10. Nonprofit statehouse news site, Oklahoma Senate passes a rural ambulance bill
        [("Crosstimbers Statehouse News", "", "", "B")],
        [("Nonprofit, nonpartisan news from the Oklahoma Capitol", "", "", "B")],
        [("Politics  Education  Health  Criminal Justice  Budget  Elections  Donate", "", "", "B")],
        [
            (
                "Senate passes rural ambulance bill 38-9, setting up fight with House over cost",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The bill's author says 19 counties have no ambulance service based in the county; House leaders want a smaller program",
                "Marla Kesterbrook-Pruettman",
                "says",
                "W",
            )
        ],
        [("by Jolene Maberry-Tsinajinnie", "", "", "B")],
        [("April 16, 2026 6:05 pm", "", "", "B")],
        [("Republish this article", "", "", "B")],
        [
            (
                "Sen. Marla Kesterbrook-Pruettman, R-Weltonville, presents Senate Bill 1142 on the Senate floor Wednesday.",
                "",
                "",
                "W",
            ),
            ("(Photo by Jolene Maberry-Tsinajinnie/Crosstimbers Statehouse News)", "", "", "B"),
        ],
        [
            (
                "OKLAHOMA CITY — The Oklahoma Senate voted 38-9 on Wednesday to create a $42 million grant program for rural ambulance services, the largest state investment in emergency medical services in more than a decade.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Senate Bill 1142, by Sen. Marla Kesterbrook-Pruettman, R-Weltonville, would give grants of up to $1.5 million to ambulance services in counties with fewer than 50,000 residents to buy vehicles, hire paramedics and keep stations open around the clock.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Kesterbrook-Pruettman said 19 of Oklahoma's 77 counties have no ambulance service based inside the county, and that patients in parts of her district wait more than 40 minutes for an ambulance.",
                "Marla Kesterbrook-Pruettman",
                "said",
                "W",
            )
        ],
        [
            (
                "“If you have a heart attack in Weltonville, the ambulance is coming from another county,” she said on the Senate floor.",
                "Marla Kesterbrook-Pruettman",
                "said",
                "W",
            ),
            ("“That's not a rural problem.", "Marla Kesterbrook-Pruettman", "said", ""),
            ("That's a life-and-death problem.”", "Marla Kesterbrook-Pruettman", "said", ""),
        ],
        [
            (
                "The program would be run by the State Department of Health and paid for from the Revenue Stabilization Fund for its first two years, according to the bill's fiscal impact statement.",
                "the bill's fiscal impact statement",
                "according to",
                "W",
            )
        ],
        [
            ("All nine no votes came from Republicans.", "", "", "W"),
            (
                "Sen. Dale Harrowden-Oyekunbi, R-Okemore, said the bill would create an expectation of state money that lawmakers could not meet in a bad year.",
                "Dale Harrowden-Oyekunbi",
                "said",
                "",
            ),
        ],
        [
            (
                "“We're building a house on a credit card,” Harrowden-Oyekunbi said.",
                "Dale Harrowden-Oyekunbi",
                "said",
                "",
            )
        ],
        [
            (
                "Senate Minority Leader Tamsin Arreola-Oakhaven, D-Tulsa, voted for the bill but said it should have been paired with higher Medicaid rates for ambulance runs, which she said had not changed since 2019.",
                "Tamsin Arreola-Oakhaven",
                "said",
                "W",
            )
        ],
        [
            (
                "The House passed its own version, House Bill 2210 by Rep. Curtis Lindevall-Harjoe, R-Tascott, in March.",
                "",
                "",
                "W",
            ),
            (
                "That bill would spend $15 million over three years and require ambulance services to match every state dollar with 50 cents of local money.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "House Speaker Wendell Briscombe-Faulds, R-Hennick, said in a statement that the House would “look closely” at the Senate bill but that “$42 million with no local match is a tough sell in a year when revenues are flat.”",
                "Wendell Briscombe-Faulds",
                "said in a statement",
                "",
            )
        ],
        [
            (
                "A spokeswoman for Gov. Bradley Sayerling-Whithaugh said the governor supports “targeted help for rural EMS” and would review the final bill.",
                "A spokeswoman for Gov. Bradley Sayerling-Whithaugh",
                "said",
                "",
            )
        ],
        [
            (
                "Kelsey Drumgoolan-Nashoba, director of Quarrigan County EMS, said her service covers 1,100 square miles with three ambulances and lost $380,000 last year.",
                "Kelsey Drumgoolan-Nashoba",
                "said",
                "W",
            ),
            (
                "“We're one retirement away from closing a station,” she said.",
                "Kelsey Drumgoolan-Nashoba",
                "said",
                "",
            ),
        ],
        [
            (
                "She said Medicaid pays the service $412 for a basic emergency run that costs it about $1,150.",
                "Kelsey Drumgoolan-Nashoba",
                "said",
                "W",
            )
        ],
        [
            (
                "The Oklahoma Rural Ambulance Association, which represents 84 services, had asked lawmakers for $60 million.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Twelve rural ambulance services in Oklahoma have closed or merged since 2015, according to the association.",
                "the association",
                "according to",
                "W",
            ),
            (
                "Kesterbrook-Pruettman said she had not ruled out adding a local match to win votes in the House.",
                "Marla Kesterbrook-Pruettman",
                "said",
                "",
            ),
        ],
        [
            ("SB 1142 now goes to the House Appropriations and Budget Committee.", "", "", "W"),
            (
                "The committee's chair, Rep. Lorna Vickerholt-Beckham, R-Dunnell, did not respond to a request for comment Wednesday.",
                "Lorna Vickerholt-Beckham",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "Bills must clear committees in the opposite chamber by April 23, and the session must end by 5 p.m. on the last Friday in May.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Jolene Maberry-Tsinajinnie covers health and the Legislature for Crosstimbers Statehouse News.",
                "",
                "",
                "B",
            ),
            ("Contact her at jmaberry@crosstimbersstatehouse.org or 405-555-0178.", "", "", "B"),
        ],
        [
            (
                "Crosstimbers Statehouse News is a nonprofit newsroom that relies on readers like you.",
                "",
                "",
                "B",
            ),
            ("Donate today.", "", "", "B"),
        ],
        [
            (
                "Republish our articles for free, online or in print, under a Creative Commons license.",
                "",
                "",
                "B",
            )
        ],
    ],
    [  # 11. Philippine regional news site, a tropical storm floods villages in Camarines Sur
        [("Dagatan Times", "", "", "B")],
        [("Bicol's news source since 1998", "", "", "B")],
        [("Home | Bicol | Nation | Weather | Business | Sports | Opinion | Videos", "", "", "B")],
        [("Weather", "", "", "B")],
        [("‘Halimuyak’ floods 31 villages in Camarines Sur; 6,400 flee", "", "", "W")],
        [("PAGASA keeps Signal No. 2 over nine towns as storm crawls west", "", "", "W")],
        [("By Ramon Buenavidez-Tanlayan", "", "", "B")],
        [("April 16, 2026 | 8:12 PM", "", "", "B")],
        [("Share on Facebook | Share on X | Copy link", "", "", "B")],
        [
            (
                "Residents of Barangay Sto. Niño in Mangorra wade through waist-deep floodwater on Thursday morning.",
                "",
                "",
                "",
            ),
            ("DAGATAN TIMES PHOTO / JOEY MACARAIG-LUNETA", "", "", "B"),
        ],
        [
            (
                "NAGA CITY — Floodwater from Tropical Storm Halimuyak has swamped 31 villages in four Camarines Sur towns and forced about 6,400 people into evacuation centers, provincial disaster officials said Thursday.",
                "provincial disaster officials",
                "said",
                "W",
            )
        ],
        [
            (
                "The storm made landfall over the town of Pinagbanwa at 2:40 a.m. Thursday with maximum sustained winds of 85 kilometers per hour (km/h) and gusts of up to 105 km/h, according to PAGASA.",
                "PAGASA",
                "according to",
                "W",
            )
        ],
        [
            (
                "At 5 p.m., its center was estimated 60 kilometers west of Pinagbanwa, moving west-northwest at 15 km/h.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "PAGASA kept Tropical Cyclone Wind Signal No. 2 over nine towns in Camarines Sur and Signal No. 1 over the rest of the province, Camarines Norte and parts of Quezon.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Weather specialist Aileen Dimagiban-Rosete said the storm was expected to weaken as it crossed land and to leave the Philippine Area of Responsibility by Saturday evening.",
                "Aileen Dimagiban-Rosete",
                "said",
                "",
            )
        ],
        [
            (
                "“The danger now is the rain, not the wind,” she said.",
                "Aileen Dimagiban-Rosete",
                "said",
                "",
            ),
            (
                "“Another 100 to 150 millimeters could fall over the Bicol River basin in the next 24 hours.”",
                "Aileen Dimagiban-Rosete",
                "said",
                "",
            ),
        ],
        [
            (
                "The Camarines Sur Provincial Disaster Risk Reduction and Management Office (PDRRMO) said 1,712 families, or 6,391 people, were staying in 47 evacuation centers as of 4 p.m.",
                "The Camarines Sur Provincial Disaster Risk Reduction and Management Office (PDRRMO)",
                "said",
                "W",
            ),
            (
                "It said two people were missing: a fisherman whose boat capsized off Pinagbanwa on Wednesday night and a 67-year-old man swept away while crossing a creek in Barangay Malagtoy.",
                "The Camarines Sur Provincial Disaster Risk Reduction and Management Office (PDRRMO)",
                "said",
                "W",
            ),
        ],
        [("No deaths had been reported.", "", "", "W")],
        [
            (
                "Mangorra Mayor Ernesto Dacanlay-Ilaguerra said the town had suspended classes at all levels and work in government offices on Thursday and Friday.",
                "Ernesto Dacanlay-Ilaguerra",
                "said",
                "W",
            )
        ],
        [
            (
                "“Our evacuation center at the central school is full, so we opened the covered court and two chapels,” he said.",
                "Ernesto Dacanlay-Ilaguerra",
                "said",
                "W",
            ),
            (
                "He said the town needed drinking water and sleeping mats more than rice.",
                "Ernesto Dacanlay-Ilaguerra",
                "said",
                "",
            ),
        ],
        [
            (
                "The municipal disaster officer, Engr. Lorna Paquingan-Saysonan, said the Bicol River at the Dacop bridge had risen 2.8 meters above normal by noon, 40 centimeters below the level at which the town orders a forced evacuation.",
                "Lorna Paquingan-Saysonan",
                "said",
                "W",
            )
        ],
        [
            (
                "If it rises further overnight, she said, the town will order residents of nine riverside barangays to leave.",
                "Lorna Paquingan-Saysonan",
                "said",
                "",
            )
        ],
        [
            (
                "At the Mangorra Central School, Rowena Abelgas-Pimentero, 38, sat on a classroom floor with her four children and a rice sack of clothes.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "“The water came in at 3 o'clock in the morning, up to my knees in five minutes,” she said.",
                "Rowena Abelgas-Pimentero",
                "said",
                "W",
            ),
            ("“We left everything.”", "Rowena Abelgas-Pimentero", "said", ""),
        ],
        [
            (
                "The Office of Civil Defense in Bicol said 214 passengers were stranded at three ports in Camarines Sur and Albay after the Philippine Coast Guard suspended sea trips.",
                "The Office of Civil Defense in Bicol",
                "said",
                "W",
            )
        ],
        [
            (
                "Power was out in 14 towns after lines were cut by falling trees, according to the Ragay Gulf Electric Cooperative.",
                "the Ragay Gulf Electric Cooperative",
                "according to",
                "W",
            )
        ],
        [
            (
                "The Department of Public Works and Highways said two provincial roads were closed to light vehicles because of landslides.",
                "The Department of Public Works and Highways",
                "said",
                "W",
            )
        ],
        [
            (
                "The Department of Agriculture's regional office put initial crop damage at P48.6 million, most of it in rice fields due for harvest within two weeks.",
                "The Department of Agriculture's regional office",
                "put",
                "W",
            )
        ],
        [("Halimuyak is the second tropical cyclone to enter the country this year.", "", "", "W")],
        [("RELATED STORIES", "", "", "B")],
        [("Classes suspended in 11 Bicol towns as ‘Halimuyak’ nears", "", "", "B")],
        [("What Signal No. 2 means and what you should do", "", "", "B")],
        [
            (
                "For updates, follow Dagatan Times on Facebook and listen to Radyo Dagatan 98.1.",
                "",
                "",
                "B",
            )
        ],
        [
            ("© Copyright 2026 Dagatan Times Publishing Corp.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [  # 12. Irish national daily's opinion column on rent caps and housing supply
        [("The Irish Tidelark", "", "", "B")],
        [
            (
                "News | Business | Sport | Opinion | Culture | Life & Style | Podcasts | Subscribe",
                "",
                "",
                "B",
            )
        ],
        [("Opinion", "", "", "B")],
        [
            (
                "Niamh Clarkin-Dowdall: We keep capping rents and wondering why there are no homes",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Rent controls have protected sitting tenants, but they have not built a single extra home",
                "",
                "",
                "",
            )
        ],
        [("Niamh Clarkin-Dowdall", "", "", "B")],
        [("Wed Apr 15 2026 - 05:45", "", "", "B")],
        [("Gift this article  Share", "", "", "B")],
        [
            (
                "My sister has lived in the same two-bed flat in Ardkilleen for nine years.",
                "",
                "",
                "",
            ),
            (
                "Her rent has gone up by exactly 2 per cent every year, as the law allows, and she is grateful for every one of those small increases.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The couple who moved into the identical flat upstairs last September pay €740 a month more than she does.",
                "",
                "",
                "",
            ),
            ("That gap is the whole story of Irish rental policy in one stairwell.", "", "", ""),
        ],
        [
            (
                "Rent pressure zones were meant to be temporary when they were introduced.",
                "",
                "",
                "W",
            ),
            ("They have been extended four times since.", "", "", "W"),
        ],
        [
            (
                "The average new rent nationally was €1,720 a month in the final quarter of last year, according to the Residential Tenancies Board's rent index.",
                "the Residential Tenancies Board's rent index",
                "according to",
                "W",
            ),
            ("That is up 41 per cent in five years.", "", "", "W"),
            ("Sitting tenants, by contrast, paid an average of €1,390.", "", "", "W"),
        ],
        [
            ("The cap works, in other words, for the people it covers.", "", "", ""),
            (
                "The trouble is the people it doesn't cover, and the homes that are never built because of it.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Last year 28,900 new homes were completed, according to the Central Statistics Office, against a Government target of 41,000.",
                "the Central Statistics Office",
                "according to",
                "W",
            ),
            (
                "Of those, just 3,100 were apartments built to rent, down from 7,800 in 2022.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Nobody is going to put €400 million into a Dublin apartment block when the rent is frozen in 2026 money for a decade,” one fund manager told me last month.",
                "one fund manager",
                "told me",
                "",
            ),
            ("He asked me not to name him, which tells its own story.", "", "", ""),
        ],
        [
            (
                "Dr Ruairí Faherty-Quinnelsby, a housing economist, has made the same point more politely.",
                "Ruairí Faherty-Quinnelsby",
                "has made the same point",
                "",
            ),
            (
                "“Rent controls that apply to new supply have reduced construction almost everywhere they have been tried,” he told an Oireachtas committee in February.",
                "Ruairí Faherty-Quinnelsby",
                "told an Oireachtas committee",
                "W",
            ),
        ],
        [
            (
                "The Minister for Housing told the Dáil last week that new apartments would be exempt from the cap for their first 12 months, and that this would “unlock” 6,000 homes by 2028.",
                "The Minister for Housing",
                "told the Dáil",
                "W",
            )
        ],
        [
            ("I'd like to believe him.", "", "", ""),
            (
                "But a one-year exemption for a building that takes four years to plan and pay for is a rounding error, not a reform.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Aoife Rennigan-Halvenny, who rents a one-bed in Ardkilleen with her partner, told me she has been turned away from nine viewings since January because the landlords were selling up.",
                "Aoife Rennigan-Halvenny",
                "told me",
                "",
            )
        ],
        [
            (
                "“Every second ad says ‘no HAP’ or ‘professionals only’…",
                "Aoife Rennigan-Halvenny",
                "said",
                "",
            ),
            (
                "The rest have 200 people at the door,” she said.",
                "Aoife Rennigan-Halvenny",
                "said",
                "",
            ),
        ],
        [
            ("Landlords are leaving, too.", "", "", ""),
            (
                "The number of registered tenancies fell by 11,200 last year, the RTB says.",
                "the RTB",
                "says",
                "W",
            ),
            (
                "Some of that is small landlords cashing out; some is tenants buying; nobody knows the split.",
                "",
                "",
                "",
            ),
        ],
        [("What would work?", "", "", "")],
        [
            (
                "Exempt new homes from the cap for ten years, not one, and tie every rent in the country to inflation, so that the gap between my sister and her neighbours starts to close.",
                "",
                "",
                "",
            )
        ],
        [
            ("The State delivered 1,640 cost-rental homes last year.", "", "", "W"),
            ("Build them at a scale that makes the private market compete.", "", "", ""),
        ],
        [
            (
                "None of this is new, and none of it is popular with the people who vote most reliably, most of whom own their homes.",
                "",
                "",
                "",
            ),
            (
                "Until a minister is willing to say that out loud, we will keep capping rents and wondering where the homes went.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Niamh Clarkin-Dowdall is a Tidelark columnist and the author of Rented Lives (2024).",
                "",
                "",
                "B",
            )
        ],
        [("The views expressed are the writer's own.", "", "", "B")],
        [("Join the conversation: 214 comments", "", "", "B")],
        [
            (
                "Sign up for The Tidelark Opinion newsletter, sent every Saturday morning.",
                "",
                "",
                "B",
            )
        ],
        [("© 2026 The Irish Tidelark DAC", "", "", "B")],
    ],
]

HELDOUT_CASES = [
    (
        "h37-co-comma-said-price-target",
        "Analysts at Kronfeld Privatbank cut their price target to €24 from €38 and downgraded the stock to “sell”. In a note to clients, they said the new margin range assumed a recovery in the second half that “looks optimistic”.\nHenrik Ostenhagen-Brennecke, an analyst at the brokerage Sendlinger & Co., said the company had relied on three German carmakers for 71% of its sales last year. “The cost cuts are necessary, but they are not a strategy,” he said.",
        [
            "Analysts at Kronfeld Privatbank cut their price target to €24 from €38 and downgraded the stock to “sell”.",
            "In a note to clients, they said the new margin range assumed a recovery in the second half that “looks optimistic”.",
            "Henrik Ostenhagen-Brennecke, an analyst at the brokerage Sendlinger & Co., said the company had relied on three German carmakers for 71% of its sales last year.",
            "“The cost cuts are necessary, but they are not a strategy,” he said.",
        ],
    ),
    (
        "h37-930am-scene-question-asked",
        "Mrs Oakcastle-Dunwiddy said the Hatchmere branch was the only place within two miles where people could use a computer for free.\nOn Tuesday morning a queue had formed outside Hatchmere Library before it opened at 9.30am. Inside, Derek Amblesworth, 71, was printing a form for his pension credit claim.\n“I haven't got a computer at home, and I wouldn't know what to do with one if I had,” he said. “Where am I supposed to go, the Jobcentre?” he asked.",
        [
            "Mrs Oakcastle-Dunwiddy said the Hatchmere branch was the only place within two miles where people could use a computer for free.",
            "On Tuesday morning a queue had formed outside Hatchmere Library before it opened at 9.30am.",
            "Inside, Derek Amblesworth, 71, was printing a form for his pension credit claim.",
            "“I haven't got a computer at home, and I wouldn't know what to do with one if I had,” he said.",
            "“Where am I supposed to go, the Jobcentre?” he asked.",
        ],
    ),
    (
        "h37-paywall-banner-mid-story",
        "According to the cabinet report, the four branches recorded 41,300 visits between them in 2025, against 212,000 at the busiest branch, in Brinmore. It said the closures would save £1.1m a year, mostly in staff costs, and that 19 posts would go.\nAdvertisement\nYou've read 3 of 4 free articles this month.\nSubscribe for unlimited access — just £1 for your first three months.\nAlready a subscriber? Sign in\nThe Save Our Four Libraries campaign, which began in Hatchmere in January, handed the council a petition with 6,412 signatures before the meeting.",
        [
            "According to the cabinet report, the four branches recorded 41,300 visits between them in 2025, against 212,000 at the busiest branch, in Brinmore.",
            "It said the closures would save £1.1m a year, mostly in staff costs, and that 19 posts would go.",
            "Advertisement",
            "You've read 3 of 4 free articles this month.",
            "Subscribe for unlimited access — just £1 for your first three months.",
            "Already a subscriber?",
            "Sign in",
            "The Save Our Four Libraries campaign, which began in Hatchmere in January, handed the council a petition with 6,412 signatures before the meeting.",
        ],
    ),
    (
        "h37-wire-item-caption-dateline",
        "Item 1 of 2 Workers gather at the gate of the Quebrada Morada copper mine in Chile's Antofagasta region, April 16, 2026.\nAndesline/Pedro Calfucura-Iturrieta\nPurchase Licensing Rights\nSANTIAGO, April 16 (Andesline) - About 1,900 workers at the Quebrada Morada copper mine in northern Chile walked off the job on Thursday after wage talks with the mine's owner broke down, the mine's largest union said.",
        [
            "Item 1 of 2 Workers gather at the gate of the Quebrada Morada copper mine in Chile's Antofagasta region, April 16, 2026.",
            "Andesline/Pedro Calfucura-Iturrieta",
            "Purchase Licensing Rights",
            "SANTIAGO, April 16 (Andesline) - About 1,900 workers at the Quebrada Morada copper mine in northern Chile walked off the job on Thursday after wage talks with the mine's owner broke down, the mine's largest union said.",
        ],
    ),
    (
        "h37-8am-gmt-union-no2",
        'The strike began at 8 a.m. local time (1200 GMT), when the morning shift did not board the buses at the company\'s camp in Sierra Pintada, 140 km (87 miles) northeast of the port of Antofagasta.\nUnion No. 2\'s president, Héctor Ancavil-Sotoreyes, told Andesline the company had offered a 2.1% real wage increase and a one-off bonus of 4.5 million pesos ($4,760) per worker, against the union\'s demand of 5% and 9 million pesos.\n"We are not asking for anything the company cannot pay," Ancavil-Sotoreyes said by phone from the picket line. "We will stay out as long as it takes."',
        [
            "The strike began at 8 a.m. local time (1200 GMT), when the morning shift did not board the buses at the company's camp in Sierra Pintada, 140 km (87 miles) northeast of the port of Antofagasta.",
            "Union No. 2's president, Héctor Ancavil-Sotoreyes, told Andesline the company had offered a 2.1% real wage increase and a one-off bonus of 4.5 million pesos ($4,760) per worker, against the union's demand of 5% and 9 million pesos.",
            '"We are not asking for anything the company cannot pay," Ancavil-Sotoreyes said by phone from the picket line.',
            '"We will stay out as long as it takes."',
        ],
    ),
    (
        "h37-sa-comma-it-said",
        'Minera Quebrada Morada S.A., which is 70% owned by Canadian miner Halbarrow Crest Resources and 30% by a consortium of Japanese trading houses, said in a statement that its offer was "fair and responsible" given falling ore grades.\nIt said contingency crews would keep the mine\'s water and safety systems running, and that it had asked the Labour Directorate to rule on minimum services.\nVancouver-based Halbarrow Crest did not respond to a request for comment.',
        [
            'Minera Quebrada Morada S.A., which is 70% owned by Canadian miner Halbarrow Crest Resources and 30% by a consortium of Japanese trading houses, said in a statement that its offer was "fair and responsible" given falling ore grades.',
            "It said contingency crews would keep the mine's water and safety systems running, and that it had asked the Labour Directorate to rule on minimum services.",
            "Vancouver-based Halbarrow Crest did not respond to a request for comment.",
        ],
    ),
    (
        "h37-pesos-decimal-credit-line",
        "($1 = 945.30 Chilean pesos)\n(Reporting by Valentina Rosellón-Quintrileo in Santiago and Matías Urrejola-Benavente in Antofagasta; Additional reporting by Hugo Farnsworth-Idle in London; Editing by Nicola Strandwick and Ben Ostrowater)\nOur Standards: The Andesline Trust Principles.",
        [
            "($1 = 945.30 Chilean pesos)",
            "(Reporting by Valentina Rosellón-Quintrileo in Santiago and Matías Urrejola-Benavente in Antofagasta; Additional reporting by Hugo Farnsworth-Idle in London; Editing by Nicola Strandwick and Ben Ostrowater)",
            "Our Standards: The Andesline Trust Principles.",
        ],
    ),
    (
        "h37-jr-w-main-st-caption",
        "Fallowbrook Police Chief Lyle Overhulse Jr. listens during Tuesday's council meeting at the Village Hall on W. Main St. Dana Kellerhallsen | The Messenger\nFALLOWBROOK — Village council voted 4-2 Tuesday night to dissolve Fallowbrook's five-officer police department and hand patrols to the Carrowbeck County Sheriff's Office, ending 94 years of village policing.",
        [
            "Fallowbrook Police Chief Lyle Overhulse Jr. listens during Tuesday's council meeting at the Village Hall on W. Main St.",
            "Dana Kellerhallsen | The Messenger",
            "FALLOWBROOK — Village council voted 4-2 Tuesday night to dissolve Fallowbrook's five-officer police department and hand patrols to the Carrowbeck County Sheriff's Office, ending 94 years of village policing.",
        ],
    ),
    (
        "h37-pm-june30-ordinance-no",
        "Ellen Maupinwood, who owns the Corner Cup on Main Street, said village officers caught the man who broke into her shop in 2023 within an hour. “Would a deputy from Dunmarrick have done that?” she asked.\nResident Gary Lindahlberg-Abbotsford said he supported the change. “I pay the same county taxes as everybody out in the township, and they get by fine with deputies,” he said.\nThe ordinance, No. 2026-14, takes effect in 30 days, and the department's last shift will end at 11:59 p.m. June 30. The village will keep its two cruisers, bought in 2024, and lease them to the sheriff for $1 a year, Whitsunday-Brest said.\nVukelich-Dornan said a referendum petition would need 212 valid signatures within 30 days under the village charter.",
        [
            "Ellen Maupinwood, who owns the Corner Cup on Main Street, said village officers caught the man who broke into her shop in 2023 within an hour.",
            "“Would a deputy from Dunmarrick have done that?” she asked.",
            "Resident Gary Lindahlberg-Abbotsford said he supported the change.",
            "“I pay the same county taxes as everybody out in the township, and they get by fine with deputies,” he said.",
            "The ordinance, No. 2026-14, takes effect in 30 days, and the department's last shift will end at 11:59 p.m. June 30.",
            "The village will keep its two cruisers, bought in 2024, and lease them to the sheriff for $1 a year, Whitsunday-Brest said.",
            "Vukelich-Dornan said a referendum petition would need 212 valid signatures within 30 days under the village charter.",
        ],
    ),
    (
        "h37-com-email-ends-line",
        "The Fallowbrook Police Officers Association, which represents the four patrol officers, did not return a call seeking comment Wednesday.\nDana Kellerhallsen can be reached at 740-555-0142 or dkellerhallsen@fallowbrookmessenger.com.\nRelated stories",
        [
            "The Fallowbrook Police Officers Association, which represents the four patrol officers, did not return a call seeking comment Wednesday.",
            "Dana Kellerhallsen can be reached at 740-555-0142 or dkellerhallsen@fallowbrookmessenger.com.",
            "Related stories",
        ],
    ),
    (
        "h37-initials-sk-for-scores",
        "Sent in to bat, Malvanpur made 178 for 6 in their 20 overs. Dhuldev-Walvekar walked in at 31 for 2 in the fifth over and put on 92 for the third wicket with left-hander S. K. Bhurkhede, who made 44.\nVaradgad looked in control at 140 for 3 after 16 overs, needing 39 from 24 balls.",
        [
            "Sent in to bat, Malvanpur made 178 for 6 in their 20 overs.",
            "Dhuldev-Walvekar walked in at 31 for 2 in the fifth over and put on 92 for the third wicket with left-hander S. K. Bhurkhede, who made 44.",
            "Varadgad looked in control at 140 for 3 after 16 overs, needing 39 from 24 balls.",
        ],
    ),
    (
        "h37-bang-before-surname-said",
        "Aher-Salunkhe finished with 3 for 22 from his four overs and was named player of the match.\n“When I came on, the skipper told me only one thing: don't be scared of getting hit!” Aher-Salunkhe said. “I bowled the googly because he was waiting for the leg-break.”\nDhuldev-Walvekar, 31, said the team had talked before the match about keeping wickets in hand through the middle overs rather than attacking early.",
        [
            "Aher-Salunkhe finished with 3 for 22 from his four overs and was named player of the match.",
            "“When I came on, the skipper told me only one thing: don't be scared of getting hit!” Aher-Salunkhe said.",
            "“I bowled the googly because he was waiting for the leg-break.”",
            "Dhuldev-Walvekar, 31, said the team had talked before the match about keeping wickets in hand through the middle overs rather than attacking early.",
        ],
    ),
    (
        "h37-no5-batter-lbw",
        "Varadgad's coach, former Maharashtra seamer Dattatray Ghorpade-Kalekar, questioned an lbw decision against No. 5 batter Yash Tambekar-Raorane in the 17th over.\n“From where I sat it was sliding down leg,” he said. The KPL does not use the decision review system.",
        [
            "Varadgad's coach, former Maharashtra seamer Dattatray Ghorpade-Kalekar, questioned an lbw decision against No. 5 batter Yash Tambekar-Raorane in the 17th over.",
            "“From where I sat it was sliding down leg,” he said.",
            "The KPL does not use the decision review system.",
        ],
    ),
    (
        "h37-brief-scores-pvt-ltd-year",
        "Brief scores:\nMalvanpur Sailfish 178/6 in 20 overs (R. Dhuldev-Walvekar 71, S. K. Bhurkhede 44; I. Quraishani-Pathanwala 2-27) beat Varadgad Hornbills 164/8 in 20 overs (I. Quraishani-Pathanwala 58, N. Sawardekar-Patankar 33; P. Aher-Salunkhe 3-22) by 14 runs.\nAlso Read | KPL 2026: Aher-Salunkhe, the 19-year-old who learned leg-spin on a tennis-ball pitch\nGet the latest cricket news, live scores and KPL updates on The Konkan Standard app.\nTopics: KPL 2026 · Malvanpur Sailfish · Varadgad Hornbills · Pune\n© Konkan Standard Publications Pvt. Ltd. 2026",
        [
            "Brief scores:",
            "Malvanpur Sailfish 178/6 in 20 overs (R. Dhuldev-Walvekar 71, S. K. Bhurkhede 44; I. Quraishani-Pathanwala 2-27) beat Varadgad Hornbills 164/8 in 20 overs (I. Quraishani-Pathanwala 58, N. Sawardekar-Patankar 33; P. Aher-Salunkhe 3-22) by 14 runs.",
            "Also Read | KPL 2026: Aher-Salunkhe, the 19-year-old who learned leg-spin on a tennis-ball pitch",
            "Get the latest cricket news, live scores and KPL updates on The Konkan Standard app.",
            "Topics: KPL 2026 · Malvanpur Sailfish · Varadgad Hornbills · Pune",
            "© Konkan Standard Publications Pvt. Ltd. 2026",
        ],
    ),
    (
        "h37-ci-fig-dr-lead-author",
        "Those with the most green space around their homes were 9 per cent less likely to fill a first prescription for an antidepressant than those with the least, after adjustment for income, education, age and other factors, the authors report (hazard ratio 0.91; 95% CI 0.88–0.94).\nThe link was strongest among people over 65 and among those living in flats without a garden (Fig. 3).\nLead author Dr. Ingrid Sommerlyst-Bechgaard, an epidemiologist at the institute, said the effect was modest for any one person but mattered across a population.",
        [
            "Those with the most green space around their homes were 9 per cent less likely to fill a first prescription for an antidepressant than those with the least, after adjustment for income, education, age and other factors, the authors report (hazard ratio 0.91; 95% CI 0.88–0.94).",
            "The link was strongest among people over 65 and among those living in flats without a garden (Fig. 3).",
            "Lead author Dr. Ingrid Sommerlyst-Bechgaard, an epidemiologist at the institute, said the effect was modest for any one person but mattered across a population.",
        ],
    ),
    (
        "h37-prof-noted-according",
        "Prof. Anders Kvistgaard-Mølbjerg, a psychiatrist who was not involved in the research, said the study was “carefully done” but that antidepressant prescriptions were an imperfect measure of depression.\n“Many people with depression never see a doctor, and some people take these drugs for pain or for sleep,” he said.\nHe noted that about 440,000 Danes filled at least one antidepressant prescription in 2024, according to the Danish Health Data Authority.",
        [
            "Prof. Anders Kvistgaard-Mølbjerg, a psychiatrist who was not involved in the research, said the study was “carefully done” but that antidepressant prescriptions were an imperfect measure of depression.",
            "“Many people with depression never see a doctor, and some people take these drugs for pain or for sleep,” he said.",
            "He noted that about 440,000 Danes filled at least one antidepressant prescription in 2024, according to the Danish Health Data Authority.",
        ],
    ),
    (
        "h37-eg-funding-et-al",
        "The study has limits, the authors write. It did not measure how often people actually used green areas, and it could not account for things that tend to differ near parks, e.g. noise or air pollution.\nSommerlyst-Bechgaard said the team would next look at children, using school health records. “Green space is cheap compared with most things we do for health,” she said.\nThe study was funded by the Independent Research Fund Denmark and the Vibegaard-Teglers Foundation, which had no role in its design or analysis. The authors declare no competing interests.\nJournal reference: Sommerlyst-Bechgaard I, Tarp-Hvidbjerg J, Kvorninge M, et al. Residential green space and first antidepressant use in Danish adults: a register-based cohort study. Nord Environ Health Rep. 2026;9(2):e114.",
        [
            "The study has limits, the authors write.",
            "It did not measure how often people actually used green areas, and it could not account for things that tend to differ near parks, e.g. noise or air pollution.",
            "Sommerlyst-Bechgaard said the team would next look at children, using school health records.",
            "“Green space is cheap compared with most things we do for health,” she said.",
            "The study was funded by the Independent Research Fund Denmark and the Vibegaard-Teglers Foundation, which had no role in its design or analysis.",
            "The authors declare no competing interests.",
            "Journal reference: Sommerlyst-Bechgaard I, Tarp-Hvidbjerg J, Kvorninge M, et al. Residential green space and first antidepressant use in Danish adults: a register-based cohort study. Nord Environ Health Rep. 2026;9(2):e114.",
        ],
    ),
    (
        "h37-kr-a-month",
        "Read also: Danes sleep 40 minutes less than in 1990, survey suggests\nSupport independent English-language journalism in Denmark. Become a member from 49 kr. a month.\n© 2026 Hjortvang Post ApS · CVR 38 41 27 90",
        [
            "Read also: Danes sleep 40 minutes less than in 1990, survey suggests",
            "Support independent English-language journalism in Denmark.",
            "Become a member from 49 kr. a month.",
            "© 2026 Hjortvang Post ApS · CVR 38 41 27 90",
        ],
    ),
    (
        "h37-liveblog-stamps-pm",
        "3.42pm\nHana Pōtiki-Lyallson\nEconomists call it ‘careful’ but warn of a thin buffer\nKapuhara Bank chief economist Doug Feltmore-Ngataki said the Budget was “careful, almost boringly so” and would add little to inflation.\nHe said the Treasury's forecast surplus of 0.3 per cent of GDP in 2028/29 left “very little buffer” if the economy slowed.\nWestmere Capital's head of research, Fiona Te Whatu-Ellisdon, said markets had expected slightly more borrowing.\nThe New Zealand dollar was little changed at 58.9 US cents after the documents were released at 2pm.\n3.10pm",
        [
            "3.42pm",
            "Hana Pōtiki-Lyallson",
            "Economists call it ‘careful’ but warn of a thin buffer",
            "Kapuhara Bank chief economist Doug Feltmore-Ngataki said the Budget was “careful, almost boringly so” and would add little to inflation.",
            "He said the Treasury's forecast surplus of 0.3 per cent of GDP in 2028/29 left “very little buffer” if the economy slowed.",
            "Westmere Capital's head of research, Fiona Te Whatu-Ellisdon, said markets had expected slightly more borrowing.",
            "The New Zealand dollar was little changed at 58.9 US cents after the documents were released at 2pm.",
            "3.10pm",
        ],
    ),
    (
        "h37-qa-name-prefixes-ag",
        "This interview has been edited for length and clarity.\nDISPATCH: Why are the taps in Qolweni dry?\nNTSHINGWA-MEYERHOF: Two reasons. The Gcobani Dam is at 23 per cent, the lowest since it was built in 1984. And we lose about 40 per cent of the water we treat before it reaches a tap, through leaks and illegal connections.\nDISPATCH: The Auditor-General's report for 2024/25 put your water losses at 47 per cent. Which figure is right?\nNTSHINGWA-MEYERHOF: The AG's figure is for the whole municipality, including the rural schemes. In Nqabarha town and Qolweni it is 38 to 41 per cent, depending on the month. That's still far too high, and I won't pretend otherwise.",
        [
            "This interview has been edited for length and clarity.",
            "DISPATCH: Why are the taps in Qolweni dry?",
            "NTSHINGWA-MEYERHOF: Two reasons.",
            "The Gcobani Dam is at 23 per cent, the lowest since it was built in 1984.",
            "And we lose about 40 per cent of the water we treat before it reaches a tap, through leaks and illegal connections.",
            "DISPATCH: The Auditor-General's report for 2024/25 put your water losses at 47 per cent.",
            "Which figure is right?",
            "NTSHINGWA-MEYERHOF: The AG's figure is for the whole municipality, including the rural schemes.",
            "In Nqabarha town and Qolweni it is 38 to 41 per cent, depending on the month.",
            "That's still far too high, and I won't pretend otherwise.",
        ],
    ),
    (
        "h37-etc-act-section",
        "Duncraigie Roofing Ltd admitted at Dundee Sheriff Court on Wednesday a breach of section 2(1) of the Health and Safety at Work etc. Act 1974.\nIts director, Graeme Lochrindale-Bairdsley, 52, of Auchtermorrie, pleaded guilty to a breach of section 37 of the same Act and was fined £12,000.",
        [
            "Duncraigie Roofing Ltd admitted at Dundee Sheriff Court on Wednesday a breach of section 2(1) of the Health and Safety at Work etc. Act 1974.",
            "Its director, Graeme Lochrindale-Bairdsley, 52, of Auchtermorrie, pleaded guilty to a breach of section 37 of the same Act and was fined £12,000.",
        ],
    ),
    (
        "h37-spaced-ellipsis-lower",
        "Mr Dalgettie-Raeburn, now 26, spent seven weeks in hospital and has not been able to return to roofing.\nIn a victim statement read to the court, he said he still had headaches most days and could not lift his two-year-old daughter. “Some days I forget ... what I went into a room for,” he said.",
        [
            "Mr Dalgettie-Raeburn, now 26, spent seven weeks in hospital and has not been able to return to roofing.",
            "In a victim statement read to the court, he said he still had headaches most days and could not lift his two-year-old daughter.",
            "“Some days I forget ... what I went into a room for,” he said.",
        ],
    ),
    (
        "h37-sen-r-town-bill",
        "Senate Bill 1142, by Sen. Marla Kesterbrook-Pruettman, R-Weltonville, would give grants of up to $1.5 million to ambulance services in counties with fewer than 50,000 residents to buy vehicles, hire paramedics and keep stations open around the clock.\nKesterbrook-Pruettman said 19 of Oklahoma's 77 counties have no ambulance service based inside the county, and that patients in parts of her district wait more than 40 minutes for an ambulance.\n“If you have a heart attack in Weltonville, the ambulance is coming from another county,” she said on the Senate floor. “That's not a rural problem. That's a life-and-death problem.”",
        [
            "Senate Bill 1142, by Sen. Marla Kesterbrook-Pruettman, R-Weltonville, would give grants of up to $1.5 million to ambulance services in counties with fewer than 50,000 residents to buy vehicles, hire paramedics and keep stations open around the clock.",
            "Kesterbrook-Pruettman said 19 of Oklahoma's 77 counties have no ambulance service based inside the county, and that patients in parts of her district wait more than 40 minutes for an ambulance.",
            "“If you have a heart attack in Weltonville, the ambulance is coming from another county,” she said on the Senate floor.",
            "“That's not a rural problem.",
            "That's a life-and-death problem.”",
        ],
    ),
    (
        "h37-speaker-gov-spokeswoman",
        "House Speaker Wendell Briscombe-Faulds, R-Hennick, said in a statement that the House would “look closely” at the Senate bill but that “$42 million with no local match is a tough sell in a year when revenues are flat.”\nA spokeswoman for Gov. Bradley Sayerling-Whithaugh said the governor supports “targeted help for rural EMS” and would review the final bill.",
        [
            "House Speaker Wendell Briscombe-Faulds, R-Hennick, said in a statement that the House would “look closely” at the Senate bill but that “$42 million with no local match is a tough sell in a year when revenues are flat.”",
            "A spokeswoman for Gov. Bradley Sayerling-Whithaugh said the governor supports “targeted help for rural EMS” and would review the final bill.",
        ],
    ),
    (
        "h37-email-or-phone-donate",
        "Bills must clear committees in the opposite chamber by April 23, and the session must end by 5 p.m. on the last Friday in May.\nJolene Maberry-Tsinajinnie covers health and the Legislature for Crosstimbers Statehouse News. Contact her at jmaberry@crosstimbersstatehouse.org or 405-555-0178.\nCrosstimbers Statehouse News is a nonprofit newsroom that relies on readers like you. Donate today.",
        [
            "Bills must clear committees in the opposite chamber by April 23, and the session must end by 5 p.m. on the last Friday in May.",
            "Jolene Maberry-Tsinajinnie covers health and the Legislature for Crosstimbers Statehouse News.",
            "Contact her at jmaberry@crosstimbersstatehouse.org or 405-555-0178.",
            "Crosstimbers Statehouse News is a nonprofit newsroom that relies on readers like you.",
            "Donate today.",
        ],
    ),
    (
        "h37-sto-nino-caption-am",
        "Residents of Barangay Sto. Niño in Mangorra wade through waist-deep floodwater on Thursday morning. DAGATAN TIMES PHOTO / JOEY MACARAIG-LUNETA\nNAGA CITY — Floodwater from Tropical Storm Halimuyak has swamped 31 villages in four Camarines Sur towns and forced about 6,400 people into evacuation centers, provincial disaster officials said Thursday.\nThe storm made landfall over the town of Pinagbanwa at 2:40 a.m. Thursday with maximum sustained winds of 85 kilometers per hour (km/h) and gusts of up to 105 km/h, according to PAGASA.",
        [
            "Residents of Barangay Sto. Niño in Mangorra wade through waist-deep floodwater on Thursday morning.",
            "DAGATAN TIMES PHOTO / JOEY MACARAIG-LUNETA",
            "NAGA CITY — Floodwater from Tropical Storm Halimuyak has swamped 31 villages in four Camarines Sur towns and forced about 6,400 people into evacuation centers, provincial disaster officials said Thursday.",
            "The storm made landfall over the town of Pinagbanwa at 2:40 a.m. Thursday with maximum sustained winds of 85 kilometers per hour (km/h) and gusts of up to 105 km/h, according to PAGASA.",
        ],
    ),
    (
        "h37-4pm-it-said-missing",
        "The Camarines Sur Provincial Disaster Risk Reduction and Management Office (PDRRMO) said 1,712 families, or 6,391 people, were staying in 47 evacuation centers as of 4 p.m. It said two people were missing: a fisherman whose boat capsized off Pinagbanwa on Wednesday night and a 67-year-old man swept away while crossing a creek in Barangay Malagtoy.\nNo deaths had been reported.\nMangorra Mayor Ernesto Dacanlay-Ilaguerra said the town had suspended classes at all levels and work in government offices on Thursday and Friday.",
        [
            "The Camarines Sur Provincial Disaster Risk Reduction and Management Office (PDRRMO) said 1,712 families, or 6,391 people, were staying in 47 evacuation centers as of 4 p.m.",
            "It said two people were missing: a fisherman whose boat capsized off Pinagbanwa on Wednesday night and a 67-year-old man swept away while crossing a creek in Barangay Malagtoy.",
            "No deaths had been reported.",
            "Mangorra Mayor Ernesto Dacanlay-Ilaguerra said the town had suspended classes at all levels and work in government offices on Thursday and Friday.",
        ],
    ),
    (
        "h37-engr-context-she",
        "The municipal disaster officer, Engr. Lorna Paquingan-Saysonan, said the Bicol River at the Dacop bridge had risen 2.8 meters above normal by noon, 40 centimeters below the level at which the town orders a forced evacuation.\nIf it rises further overnight, she said, the town will order residents of nine riverside barangays to leave.\nAt the Mangorra Central School, Rowena Abelgas-Pimentero, 38, sat on a classroom floor with her four children and a rice sack of clothes.\n“The water came in at 3 o'clock in the morning, up to my knees in five minutes,” she said. “We left everything.”",
        [
            "The municipal disaster officer, Engr. Lorna Paquingan-Saysonan, said the Bicol River at the Dacop bridge had risen 2.8 meters above normal by noon, 40 centimeters below the level at which the town orders a forced evacuation.",
            "If it rises further overnight, she said, the town will order residents of nine riverside barangays to leave.",
            "At the Mangorra Central School, Rowena Abelgas-Pimentero, 38, sat on a classroom floor with her four children and a rice sack of clothes.",
            "“The water came in at 3 o'clock in the morning, up to my knees in five minutes,” she said.",
            "“We left everything.”",
        ],
    ),
    (
        "h37-unspaced-ellipsis-capital",
        "Aoife Rennigan-Halvenny, who rents a one-bed in Ardkilleen with her partner, told me she has been turned away from nine viewings since January because the landlords were selling up.\n“Every second ad says ‘no HAP’ or ‘professionals only’… The rest have 200 people at the door,” she said.\nLandlords are leaving, too. The number of registered tenancies fell by 11,200 last year, the RTB says. Some of that is small landlords cashing out; some is tenants buying; nobody knows the split.",
        [
            "Aoife Rennigan-Halvenny, who rents a one-bed in Ardkilleen with her partner, told me she has been turned away from nine viewings since January because the landlords were selling up.",
            "“Every second ad says ‘no HAP’ or ‘professionals only’…",
            "The rest have 200 people at the door,” she said.",
            "Landlords are leaving, too.",
            "The number of registered tenancies fell by 11,200 last year, the RTB says.",
            "Some of that is small landlords cashing out; some is tenants buying; nobody knows the split.",
        ],
    ),
    (
        "h37-7am-before-quote",
        "The chair of the group works council, Ulrike Sandmeier-Kurzhals, said the council had learned of the plan from the company's press release at 7 a.m. “That is not how you treat people who have worked in Kettwalde for 30 years,” she said.\nShe said the works council would use every legal means to keep the plant open.",
        [
            "The chair of the group works council, Ulrike Sandmeier-Kurzhals, said the council had learned of the plan from the company's press release at 7 a.m.",
            "“That is not how you treat people who have worked in Kettwalde for 30 years,” she said.",
            "She said the works council would use every legal means to keep the plant open.",
        ],
    ),
]
