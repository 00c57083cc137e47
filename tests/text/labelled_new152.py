"""Hundred-and-fifty-second set of new hand-labelled pages for the hint engines (tuning set, round fifty-five):
twelve WHOLE pages, head to tail as a reader's paste gives them, from twelve countries in twelve
genres, where CHECK-WORTHINESS and SENTENCE SPLITS are the hard part. None of the countries of
`labelled_new148.py` comes back. The pages: a Northern Irish regional weekly's website (a local
election count: a poll-topper for the third election in a row and a last seat decided by 41 votes
on the ninth stage); a Welsh regional news site (an inquest: a 19-year-old drowned in a flooded
slate quarry at night, misadventure); a Nigerian national daily's website (a product recall: three
batches of a children's paracetamol syrup recalled over diethylene glycol); a Jamaican national
daily's website (a school inspection report: a St. Catherine high school rated satisfactory four
years after it was found to need immediate support); a Ugandan sports news site (a transfer deal: a
league's top scorer joins a Moroccan club in a record deal); a Cypriot English-language news site (a
heat record: Nicosia hits 46.9C); a Sri Lankan English-language daily (a census release: 21.9
million, the slowest growth since 1871); a Trinidad and Tobago daily (a sentencing: 17 years and four
months for a manslaughter outside a rum shop); a Hong Kong English-language daily's business
section (a company's annual results: a bakery chain's profit falls 18.6%, its dividend held for a
sixth year); a Manx news site (hospital waiting times: an outpatient list at a record for the 10th
month running); a Bangladeshi English-language daily (a port strike: Chattogram at a standstill, 63
ships at anchor); and a Maltese English-language news site (a tourism figures release: a record 3.61
million arrivals for the third year running).

What is hard is telling statements of record (counts, quotas and stages of a count; a coroner's
conclusion and formal finding; a post-mortem's reading; batch numbers and a recall; inspection
ratings; a fee already paid in 2022; a temperature, a grid peak and a decree; census totals and
shares; a judge's starting point, uplift, deductions and remand credit; a board's proposed dividend;
waiting-list figures; a port's ships and yard stock; arrivals and nights; runs and rankings such as
"for the third council election in a row", "the narrowest margin ... since it was formed in 2014",
"the first time the school has been rated good in any area since inspections began in 2010",
"the fourth day in a row", "the longest such run since records began in 1983", "the lowest since
the first census was taken in 1871", "the most of any division for the fourth year in a row", "for
the sixth year in a row", "the 10th month in a row", "the first full stoppage at the port since
... 2019", "a record for the third year in a row", "the busiest December on record"; comparisons;
causal claims by officials: "blamed a ridge of hot air", "a fall in births was the main reason",
"blamed higher flour and butter prices", "blamed the shortage of beds on 41 patients", "The company
blamed a consignment of propylene glycol") from what sits beside them: forecasts and estimates ("He
said the department expected temperatures to stay above 43C", "would probably start to shrink
around 2034", "He expects profit to recover", "The Malta Tourism Authority expects", "estimated that
the recall could cost", "estimated that each day of stoppage cost", "the fee was likely to rise",
"could make his debut there"), plans and promises ("She said she would send a prevention of future
deaths report", "The force said it planned more", "the ministry would spend J$1.2 billion", "It
plans to open two in San Francisco", "The strike is due to end at 6 a.m. on Saturday", "District-level
reports will be released one by one from April"), hedges ("Several people close to the deal put the
fee at about $450,000", "Police said it was not yet known whether"), advice ("The RNLI advises",
"NAFDAC advised", "The health ministry advised"), feelings, opinions in indirect speech ("said the
signs were 'barely visible ...'", "said the recall showed the agency's testing was working",
"said the inspectorate's ratings did not take account of", "said the figures proved that the
government's strategy ... was working", "said the results were 'a bit worse than feared'"),
rhetorical questions, question subheads ("What does it mean for the council?", "Is it illegal to
swim in a quarry?", "What should parents do?", "What happens now?", "Is the UPL now a selling
league?", "Is this climate change?", "Why manslaughter, not murder?", "Can I get treated faster?",
"Who is losing the most?", "Is Malta too crowded?"), scene-setting and fragments ("“Too hot,” said
...", "No.", "Not everyone is celebrating."), beside facts in indirect speech from the same speakers
("She said her first-preference vote was 312 higher", "She said attendance had risen from 74% to
88%", "She said 1,106 operations had been cancelled"). And where sentences end: abbreviations that
END a sentence before a capital ("at 9 a.m." / "The final seat ..."; "shortly after 2 a.m." / "The
search ..."; "at 8 a.m." / "Twelve of them ..."; "at 11:38 p.m." / "The Moroccan league's ...";
"at 2:15 p.m." / "The Electricity Authority ..."; "at 12:05 p.m." / "The shares ..."; "Gwyrfai
Slate Holdings Ltd." / "The firm's director ..."; "Ebunoluwa Pharma (Nig.) Ltd." / "It is sold
..."; "Azure Wings Ltd." / "It carried ..."; "Shunde Hop Fat Flour Mill Co." / "It signed ...";
"Sunbeam Loaf Inc." / "The California chain ..."; "in the U.S." / "That move fell through ..." and
/ "It plans ..."; "Germany, Spain and the U.S." / "Several buyers ..."; "Kerwin Baptiste Jr." / "He
had originally ..."; "on Charlotte St." / "He died ..."; "on Church St." / "The move ..."; "Brampton,
Ont." / "She has tutored ..."; "internet access, etc." / "Nearly all households ..."; company lines
split at "Ltd." before "All rights reserved.", "Our editorial code ...", "Registered in the Isle of
Man No. ..." and "Company Reg. No. ...") and ones that do not ("Nos. PJ2407", "Table No. 2.1",
"Company Reg. No. C 48213", "No. 8, Hunupitiya Lake Road", "St. Catherine," twice, "St. Julian's",
"St. Paul's Bay", "Dillon St. Rose-Alleyne" and "St. Rose-Alleyne" (a surname), "Charlotte St. bar"
in a headline, "Dr." four times, "Prof.", "Mrs.", "Md.", "Mt. Olympus", "e.g." in four pages, "i.e."
in six, "vs." in seven pages (a fixtures list and a table header among them), "approx." in three, "Ogun State
Gov. Olamide", "Rep. Chinedu", "Co. Tyrone,", "Co. Ltd.", "Jan. 3, 2024", "Holdings Ltd., Hong
Kong's", "Securities Ltd., said", "Media Uganda Ltd., Plot 14", "(Pvt.) Ltd., No. 8", "Dispatch Media
Ltd. from", "Savannah Gazette Ltd. is", "© Sperrin Courier Media Ltd. 2026.", "at 6 a.m. Thursday",
"until 7 p.m. Saturday", "since 4 p.m. Tuesday", "at 3:20 a.m. on New Year's Day", "11.52 p.m.,
after", "at approx. 11.15 p.m. and"); initials ("W. A. D. Ranasinghe-Fonseka", "S. M. Mahbub
Kabir-Taluqder"); decimals (46.9C, 0.61%, HK$8.43 billion, 52.4%, 71.3%, €137.50, 21,913,480) and
times ("9.40 p.m.", "3:40 p.m.", "12:05 p.m.", "08:41 EAT", "14:22"); questions and exclamations
inside quotes followed by their attribution (one sentence: "“How many more families have to sit in
that room?” they asked.", "“What do I tell a mother whose child took it last night?” she asked.",
"“Can a family live on Tk 650 a day in this city?” he asked.", "“When I heard the news, I
screamed!” she said.", "“This is a dream for me and my mother!” Wasswa-Kizito said in a video ...")
against a "?" followed by a new sentence inside the quote (two: "“Did I expect to top it again?" /
"Honestly, no,” ...", "“Why didn't we stop him?" / "I ask myself ...", "“Are we where we want to
be?" / "Not yet,” ...", "“Do I want to lose him?" / "Of course not,” ...", "“Will the record go
again?" / "It is possible, ...", "“Who will look after all these elderly people?" / "Their children
...", "“Is that a trend?" / "One election ...", "“Can we put more people on the same roads in
August?" / "I don't think so,” ...", "“Same price as last year?" / "Good,” said ..."; three: "“Is Hong
Kong retail finished?" / "No." / "But it is changing, ..."; two questions in one quote:
"“Seventeen years?" / "For my child's life?” she said.", "“How long does a pensioner wait ...?" /
"Four years?” she asked."; and a statement then a question: "“They keep saying next year." / "Which
year?” she said."); and ellipses before a lower-case word inside one sentence ("Forty-one votes…
that's about", "a number four… well, that's PR", "pitch black by then… we could only", "it's hot…
stay out", "since morning… some of them", "I am coming… and I am coming", "one pair… one!”", "be
enough… never.”", "in writing… not a promise") and before a capital (two sentences: "in 2022…" /
"They believe ...", "every weekend…" / "You see them ...", "exceptional…" / "Maybe we need ...", "end
of the garden…" / "I used to walk ...", "go out now…" / "If we miss ...", "a key box…" / "We don't
know ...").

The pages hold 535 sentences: 164 "B", 196 "W" and 175 ""; 184 sentences carry a speaker (96
distinct speakers). `STYLES` describes each page, its story, its labels and its furniture in order;
`CASES` holds 30 split cases cut from the pages.

Written from scratch for issue 13 in round fifty-five, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run. What was read: the brief, the module docstrings of
`labelled_new.py` and `labelled_new2.py`, `def build` in `labelled_articles.py`, the `[tool.ruff]`
tables of `pyproject.toml`, and through `ast` only the docstrings and `STYLES` of
`labelled_new147.py` and `labelled_new148.py`, the first two pages and first three cases of each.
Coined names were checked for freshness with file counts of `grep -rlF` over `tests/text` (the
held-out, train, test and scorer files excluded; counts only, no text shown); an outlet, a school, a
club, an exporters' body, ten surnames and a byline's given name and surname that hit were replaced before the file was finished,
and the full names of the people were then counted the same way (none hit).

Every person, outlet, firm, club, school, union, alliance, federation, council of exporters, think
tank, supplier, product, statement, report, filing and figure is invented, and so is every small
place (Carrickmoyle, Glenmornan, the Bryn Eithin quarry, the Tamarind Rum Shop, Kireka Stadium, the
Karnaphuli Container Terminal and the like). Real countries, regions, cities, towns, streets,
rivers, mountains, courts, parliaments, parties, ministries, agencies, regulators, hospitals,
universities, charities and other public bodies appear only as settings, with invented statements
and figures: Omagh, Drumquin, Mountfield, Fermanagh and Omagh District Council, the Electoral Office
for Northern Ireland, Ulster University, the Bann and the parties standing in Northern Ireland;
Penygroes, Caernarfon, Gwynedd, Gwynedd Council, North Wales Police and the RNLI; Lagos, Surulere,
Mushin, Sagamu, Ota, Ogun State, Kano, Enugu, Port Harcourt, NAFDAC, the House of Representatives and
the Pharmaceutical Society of Nigeria; Bog Walk, St. Catherine, Brampton, the National Education
Inspectorate, the Ministry of Education and the Jamaica Teachers' Association; Kampala, Agadir,
Tétouan, the Federation of Uganda Football Associations and the CAF Confederation Cup; Nicosia,
Athalassa, Limassol, Larnaca, Paphos, Kaimakli, Paralimni, Strovolos, Latsia, Ledra Street,
Eleftheria Square, Troodos, Pitsilia, Mt. Olympus, Kalo Chorio, the Department of Meteorology, the
State Health Services Organisation and the Electricity Authority of Cyprus; Colombo, Dematagoda,
Battaramulla, the Western, Northern and Southern Provinces, the Department of Census and Statistics
and the University of Colombo; Port of Spain, Laventille, Morvant, Charlotte St., the Hall of Justice
and the Port of Spain General Hospital; Hong Kong, Mong Kok, Shenzhen, Guangdong, Macau, Shunde,
Los Angeles, San Francisco and the Hong Kong Stock Exchange; Noble's Hospital, Manx Care, Ramsey,
Douglas, the Millennium Way, the House of Keys, Liverpool and Manchester; Chattogram, Dhaka, Port
Connecting Road, Kazi Nazrul Islam Avenue, the Chittagong Port Authority, the Export Promotion
Bureau and the Bangladesh Shipping Agents' Association; Malta, Gozo, Sliema, St. Julian's, St.
Paul's Bay, Xlendi, Marsaskala, the National Statistics Office and the Malta Tourism Authority.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, menu, ticker, strip, crumb, byline, date line, share line, caption,
credit, table row, list item, list number and legal line is a paragraph of its own); each paragraph
a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent sets:
furniture "B" line by line, whatever it says, never with a speaker; a caption by its content and its
credit "B"; tables pasted as lines with a "B" title, header row and source line and "" data rows;
headlines and standfirsts never split and flagged by content (a standfirst's "says", "warns",
"warn", "say" or "expects" carries its source as the story first gives it: "Coroner says" ->
"Katrin Pryce-Ellis", "Met office warns" -> "the Department of Meteorology", "Chairman expects" ->
"Augustine Lai Chun-hei"); a dateline belongs to its lead sentence; a person is named in full as
first given, without titles, roles or post-nominals ("Senior coroner for North West Wales", "Dr."
four times, "Director-General Prof.", "Mrs.", "Principal", "Education Minister", "Rep.", "Justice",
"Defence attorney", "State attorney", "CPA chairman Rear Admiral", "Director General", "Chief
financial officer", "Chairman", "Manx Care chief executive", "Health and Social Care Minister",
"Tourism Minister", "Former Cranes captain", "Kireka United coach", "Senior meteorologist" and a
trailing "MHK" dropped; initials, "Md." and the surname "St. Rose-Alleyne" kept), and a pronoun or
surname resolves to that name (Hong Kong names, surname first, resolve from "Cheuk" and "Lai"); a
quote over several sentences carries its speaker and cue in each; "according to X" gives X as
written; a generic noun for a body is kept as written ("the agency", "The company", "The force",
"the authority", "the department", "The defence", "The unions", "his family", "police" and
"Police"); a short form resolves to the name as first given ("Ebunoluwa Pharma said" ->
"Ebunoluwa Pharma (Nig.) Ltd."); a bracketed acronym is dropped ("the Chittagong Port Authority
(CPA)" -> "the Chittagong Port Authority"); a descriptor before a proper name is dropped ("Nigeria's
drug regulator NAFDAC"); a body's own leading article stays as written; a judge or coroner acting
without a verb of saying ("recorded a conclusion", "then deducted", "ordered") carries no speaker.

Conventions this set had to settle, in the same spirit:

* "an inquest has heard", "The inquest heard" and "the court heard" name where evidence was given,
  not who gave it: no speaker; the sentence is flagged by what was heard ("W" for times, amounts
  and events). A witness who "told the inquest" or "accepted" carries the witness.
* A coroner's conclusion and a formal finding ("“I am satisfied that Osian did not intend to come to
  any harm,” she said.") are rulings, "W"; the same coroner's view of the signs and her plan to write
  a prevention of future deaths report are "".
* A sentencing judge's arithmetic (a starting point, an uplift, a third off for a plea, months off
  for mitigation, remand credit) is "W", whether or not it carries "said"; her remarks to the
  defendant ("the judge told him") are ""; the defence's mitigation is "" beside a clean record in
  indirect speech "W"; what the State "had asked for" is a record of the hearing, "W".
* A hedge about a fee ("Several people close to the deal put the fee at about $450,000") is "" and
  carries the unnamed sources as written with the cue "put"; the next sentence's "If confirmed, that
  would beat the $310,000 ... received ... in 2022" is "W" for the past record it states.
* "both clubs announced" carries "both clubs"; a club chairman's "the biggest transfer ever made by
  a club in this league" is a checkable superlative, "W".
* Scheduled events set by the body that runs them are "W" (a council's first meeting, talks
  "scheduled for 3 p.m. on Friday", an annual general meeting, a statistics office's next release, a
  next match); a strike "due to end" and reports "released one by one from April" are "".
* A rule or state of the law is "W" (trespass as a civil matter, a reinspection cycle per a
  published framework, treatment-abroad approval, a decree's 40C trigger, what the census asked and
  whom it counted, the maximum sentence for manslaughter); advice in the same register is "".
* A sentence introducing a person with no claim ("Among those who wrote to congratulate the school
  was ...") is "" even when it ends with "Brampton, Ont."; the checkable record that follows ("She
  has tutored ... every Saturday since 2023") is "W".
* A private person's specific wait or count that the reporter states ("has waited 27 months for a
  knee replacement") is "W"; the same person's feelings and anecdotes in quotes are "", and so is a
  driver's "had been waiting ... since 4 p.m. Tuesday" in indirect speech (an anecdote).
* A quote of a question, "No." and a sentence splits in three ("“Is Hong Kong retail finished?" /
  "No." / "But it is changing, and so are we,” Lai said."); two questions in one quote before the
  attribution split at the first "?" ("“Seventeen years?" / "For my child's life?” she said."); an
  exclamation ending the quote before its attribution stays with it.
* A surname beginning "St." ("Dillon St. Rose-Alleyne") never ends a sentence, nor does "St." in a
  parish, town or street name followed by a name or a lower-case word ("St. Catherine,", "St.
  Julian's", "Charlotte St. bar"); "on Charlotte St." and "on Church St." before a capital do.
* Initials and "Md." before a name never end a sentence ("Director General W. A. D.
  Ranasinghe-Fonseka", "Its convener, Md. Rafiqul Alam-Bhuiyan,", "S. M. Mahbub Kabir-Taluqder").
* A company line splits at "Ltd." followed by a capital that starts a new statement ("©
  2026 Lagos Ledger Communications Ltd." / "All rights reserved."; "... Menai Media Group Ltd." /
  "Our editorial code ..."; "© Island Beacon Media Ltd. 2026." / "Registered in the Isle of Man No.
  014772C."), and does not where a comma, a year, a lower-case word or "from" follows ("(Pvt.) Ltd.,
  No. 8, ...", "© Sperrin Courier Media Ltd. 2026.", "Savannah Gazette Ltd. is a member ...",
  "Dispatch Media Ltd. from 52 ...").
* `CASES` holds 30 sentence-split cases (id, text, expected sentences), each one to three
  consecutive sentences of one paragraph of these pages, joined by single spaces: what a reviewer
  wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

# ruff: noqa: E501, RUF100

STYLES = [
    'Northern Irish REGIONAL WEEKLY\'S WEBSITE (Tyrone), desktop browser paste, a LOCAL ELECTION COUNT: Sinn Féin\'s Orlaith McGarrity-Doone tops the poll in the (invented) Carrickmoyle area of Fermanagh and Omagh District Council for the third election in a row, the last seat decided by 41 votes. Head: masthead, menu, crumb (all "B"); headline of record "W"; a standfirst of record with "11.52 p.m." "W"; byline, role line, a date line with "12.41 a.m.", share strip (all "B"); a caption "" and its credit "B". Body: an "OMAGH —" lead with "for the third council election in a row" and the quota ("W"); turnout per "figures from the Electoral Office for Northern Ireland" "W"; "at 9 a.m." ending a sentence before "The final seat" (both "W"); stages of election and "the narrowest margin ... since it was formed in 2014" "W"; the poll-topper\'s question followed by a new sentence in her quote (two, "") and her plan carried on (""), then her vote in indirect speech "W"; a recheck "W", the loser\'s ellipsis before a lower-case word (one sentence, "") and her plan ""; "Co. Tyrone," mid-sentence in a "called" opinion "" and a record since 1985 "W"; an elimination and its transfers "W" and the eliminated man\'s ellipsis before a lower-case word (one sentence, ""); a question subhead ""; council seats "W"; a lecturer ("Dr." dropped) with an opinion "", a share "W" and a question followed by a new sentence in her quote (two, ""); a count-centre scene ""; the first meeting\'s date "W". Tail: more-from list, copyright "© Sperrin Courier Media Ltd. 2026." not split at "Ltd." before the year, then "All rights reserved." (all "B").',
    'Welsh REGIONAL NEWS SITE (Gwynedd), desktop browser paste, an INQUEST: a 19-year-old drowned in a flooded slate quarry at night after drinking; misadventure. Head: masthead, menu, crumb (all "B"); headline "..., inquest hears" "W" with no speaker; standfirst "Coroner says ..." an opinion and a call "" carrying the coroner as the story first gives her; byline, date line, share line (all "B"); a caption "" and its credit "B". Body: "an inquest has heard" (no speaker) "W"; death, place and the coroner\'s conclusion ("Senior coroner for North West Wales" dropped; no verb of saying, no speaker) "W"; cause of death "W" and a post-mortem "by Dr. ..." with "found" and "i.e." mid-sentence "W"; "The inquest heard" times with "p.m." and "approx. 11.15 p.m." "W"; a friend "told the inquest" "W", his ellipsis before a lower-case word (one sentence, "") and his question followed by a new sentence in the quote (two, ""); a 999 call, divers "shortly after 2 a.m." ending a sentence before "The search" (all "W"); "Gwyrfai Slate Holdings Ltd." ending a sentence before "The firm\'s director", his signs, cost and "accepted" (all "W"); the coroner\'s opinion and her prevention-of-future-deaths plan "" and her formal finding "I am satisfied that ..." "W"; deaths since 2015 per "figures compiled by the North Wales Bulletin" "W"; police patrols "W" and "The force said it planned" ""; the family\'s tribute, an ellipsis before a lower-case word (one sentence) and a question with attribution (one sentence), all "" with "his family"; a question subhead ""; the law on trespass "W"; "The RNLI advises" "". Tail: read-more list, a comments line, a publisher line split at "Ltd." before "Our editorial code" (all "B").',
    'Nigerian NATIONAL DAILY\'S WEBSITE, desktop browser paste, a PRODUCT RECALL: NAFDAC recalls three batches of a children\'s paracetamol syrup over diethylene glycol. Head: masthead, menu, a breaking-news strip, section (all "B"); headline of record "W"; standfirst of advice ""; byline, date, share strip (all "B"); a caption "" and its credit "B". Body: the recall (an action, no speaker) "W"; batch numbers with "Nos." mid-sentence "the agency said" "W" ("the agency" kept as written); "Ebunoluwa Pharma (Nig.) Ltd." ending a sentence before "It is sold" (both "W"); the director-general ("Director-General Prof." dropped) on sampling "W", her opinion "" and no reported harm "W"; what the contaminant is and where it has been found "W"; the maker\'s short form resolving to the full name "W", "The company blamed" a causal claim "W" and an apology ""; "Ogun State Gov." mid-sentence in an order (no speaker) "W"; a shop scene "", the owner\'s ellipsis before a lower-case word with "Mrs." dropped (one sentence, "") and her question with attribution (one sentence, ""); a society "urged" ""; a question subhead ""; "NAFDAC advised" with "e.g." and "the agency said" with "i.e." (advice, ""); the agency\'s recall record "W" and a count per "its annual report" "W"; "Rep." dropped from a committee chair\'s opinion "" and plan ""; an analyst\'s estimate "". Tail: related list, copyright split at "Ltd." before "All rights reserved." (all "B").',
    'Jamaican NATIONAL DAILY\'S WEBSITE, desktop browser paste, a SCHOOL INSPECTION REPORT: a St. Catherine high school rated satisfactory four years after inspectors said it needed immediate support. Head: masthead, menu, section (all "B"); headline of record "W"; standfirst "Principal says ..." an opinion ""; byline with a slash, an e-mail line, a published line (all "B"); a caption with "St. Catherine," mid-sentence "" and a photographer line "B". Body: the rating and the report (no speaker) "W"; "the first time ... since inspections began in 2010" "W"; mathematics "W" and a pass rate with "vs." "the report found" "W"; a ratings table (title, header and source "B", rows ""); the principal\'s opinion "", her attendance record in indirect speech "W", her question followed by a new sentence (two, "") and her ellipsis before a capital (two, ""); "Church St." ending a sentence before "The move" (both "W"); the minister ("Education Minister Dr." dropped) "said in a statement" a count "W" and his plan with "e.g." ""; the teachers\' association\'s opinion "" and its president\'s intake figure "W"; a past student introduced in a sentence ending "Brampton, Ont." ("") before "She has tutored" "W" and her exclamation with attribution (one sentence, ""); a question subhead ""; reinspection per "the NEI\'s published framework" "W"; the principal\'s hope "". Tail: related list, copyright split at "Co. Ltd." ("Co." mid-line) before "All Rights Reserved." (all "B").',
    'Ugandan SPORTS NEWS SITE, desktop browser paste, a TRANSFER DEAL: Kireka United\'s top scorer joins a Moroccan club in a league-record deal. Head: masthead, menu, crumb (all "B"); headline of record "W"; standfirst "could make his debut" a forecast ""; byline, updated line, share line (all "B"); a caption of record with "19 league goals" "W" and its credit "B". Body: the move "both clubs announced" "W"; the chairman\'s "biggest transfer ever" record claim "W"; "Several people close to the deal put the fee at about" (a hedge, "") beside "If confirmed, that would beat the $310,000 ... in 2022" ("W" for the past record it states); goals "W"; "in the U.S." ending a sentence before "That move fell through", the agent named at the end (both "W"); the player\'s exclamation with attribution "said in a video" (one sentence, "") and his ellipsis before a lower-case word carried on (one sentence, ""); the coach\'s forecast "", his question followed by a new sentence in the quote (two) and a carried-on quote, all ""; table position and the club\'s one title "W"; the agent\'s "likely to rise" ""; registration "at 11:38 p.m." ending a sentence before "The Moroccan league\'s" (both "W"); a question subhead ""; moves per "league records" "W"; a former captain\'s opinion "" and his ellipsis before a capital (two, ""); the next match "W" and "could make his debut there" ""; a fixtures list with "vs." (title "B", rows ""). Tail: more-from list, a publisher line with "Ltd., Plot 14" (not split), copyright split before "All rights reserved." (all "B").',
    'Cypriot ENGLISH-LANGUAGE NEWS SITE, desktop browser paste, a HEAT RECORD: Nicosia hits 46.9C, the highest temperature ever recorded in Cyprus. Head: masthead, menu, a weather strip, section (all "B"); headline of record "W"; standfirst "Met office warns ..." a forecast "" carrying the department as the story first gives it; byline, date, share strip (all "B"); a caption "" and its bracketed credit "B". Body: the record "at 3:40 p.m. on Thursday" "the Department of Meteorology said" and the previous record "W"; "the fourth day in a row", "the longest such run since records began in 1983" and coastal readings "W"; a meteorologist\'s causal claim "blamed" "W" and his forecast ""; his question followed by a new sentence in the quote (two, ""); warnings in force with "7 p.m. Saturday", "i.e." and "Mt. Olympus" mid-sentence "W"; hospital cases "W", two deaths "police said" "W" and "Police said it was not yet known" ""; grid demand "at 2:15 p.m." ending a sentence before "The Electricity Authority of Cyprus said" (both "W") and rolling cuts "W"; a street scene "", a fragment quote with attribution "" and an ellipsis before a lower-case word (one sentence, ""); a decree "that took effect at 6 a.m." and its rule "W"; a federation\'s demand with "11 a.m." mid-sentence ""; ministry advice ""; a question subhead ""; hottest summers "W"; the meteorologist\'s ellipsis before a capital (two, ""); wildfires "the fire service said" and no homes damaged "W"; a forecast "". Tail: related list, an address line, copyright split before "All Rights Reserved." (all "B").',
    'Sri Lankan ENGLISH-LANGUAGE DAILY\'S WEBSITE, desktop browser paste, a CENSUS RELEASE: the population rises to 21.9 million, the slowest growth between censuses since 1871. Head: masthead, menu, section (all "B"); headline of record "W"; standfirst "Demographers warn ..." a forecast ""; byline, published line, print/share line (all "B"); a file caption of record with a place and a date "W" and "File photo" "B". Body: the count "the Department of Census and Statistics said" and the increase "W"; "the lowest since the first census was taken in 1871" "W"; the director general with three initials ("W. A. D. Ranasinghe-Fonseka", "Director General" dropped) "told a news conference" a causal claim "W" and births "she said" "W"; ageing with "i.e." and the median age "W"; a census table (title, header and a source line with "Table No. 2.1" "B", rows ""); provinces with "vs." "W"; who was counted "W" and "declined to say" ""; amenities ending "etc." before "Nearly all households" and two shares (all "W"); a demographer ("Dr." dropped) with an opinion "", a hedged forecast "" and a question followed by a new sentence in her quote (two, ""); a minister\'s plan ""; women outnumbering men "W"; district reports "the department said" (a plan, ""). Tail: latest-news list and a company line "(Pvt.) Ltd., No. 8, ..." as one sentence (all "B").',
    'Trinidad and Tobago NATIONAL DAILY\'S WEBSITE, desktop browser paste, a SENTENCING: a barber gets 17 years and four months for a manslaughter outside a Port of Spain rum shop. Head: masthead, menu, section (all "B"); headline of record with "Charlotte St." mid-sentence "W"; standfirst "Victim\'s mother says ..." a feeling ""; byline, posted line, share strip (all "B"); a caption "" and its credit "B". Body: the sentence "W"; the plea naming "Dillon St. Rose-Alleyne" ("St." inside a surname) and ending "Kerwin Baptiste Jr." before "He had originally" (both "W"); "on Charlotte St." ending a sentence before "He died" with "3:20 a.m. on New Year\'s Day 2024" (both "W"); "The court heard" (no speaker) and an arrest "on Jan. 3, 2024" "W"; the judge ("Justice" dropped) on her starting point "W", then her deductions and the remand credit with no verb of saying (no speaker, "W"); her remark "the judge told him" and a carried-on question (""); a courtroom scene ""; the defence\'s mitigation "", a clean record in indirect speech "W" and a possible appeal ""; the State attorney "had asked for" at least 20 years "W"; the mother outside court (scene ""), two questions in one quote before the attribution (two sentences, ""), an ellipsis before a lower-case word (one sentence, "") and her son\'s job in indirect speech "W"; killings per "Police data" "for the fourth year in a row" "W"; a question subhead ""; why the plea was accepted "the court heard" and the maximum sentence "W". Tail: related list, a membership line with "Ltd. is" mid-sentence, a copyright line ending "Ltd." (all "B").',
    'Hong Kong ENGLISH-LANGUAGE DAILY\'S BUSINESS SECTION, desktop browser paste, a COMPANY\'S ANNUAL RESULTS: a bakery chain\'s profit falls 18.6%, its dividend held for the sixth year. Head: masthead, menu, markets ticker, crumb (all "B"); headline of record "W"; standfirst "Chairman expects ..." a forecast and a plan "" carrying the chairman; byline, published line, share strip (all "B"). Body: "Golden Crown Bakeries Holdings Ltd.," mid-sentence with "said" and "its first annual fall in five years" "W"; revenue "W"; the proposed dividend "for the sixth year in a row" "W"; the finance chief\'s causal claim "blamed" "W", the margin "W" and a strategy remark ""; "Shunde Hop Fat Flour Mill Co." ending a sentence before "It signed" (both "W"); "Sunbeam Loaf Inc." ending before "The California chain", "in the U.S." ending before "It plans" (three "W", then a plan ""); the chairman\'s forecast and plan "" and a quote of a question, "No." and a sentence (three, ""); shop counts and same-store sales with "vs." "W"; a results table (title, header and source "B", rows ""); "at 12:05 p.m." ending a sentence before "The shares" (both "W"); an analyst at "Peak Harbour Securities Ltd.," (mid-sentence) with an opinion "" and a forecast "expects" ""; a queue scene "" and a customer\'s question followed by a new sentence (two, ""); the AGM date "W". Tail: more-on-this list, copyright split at "Ltd." (all "B").',
    'Manx (Isle of Man) NEWS SITE, desktop browser paste, HOSPITAL WAITING TIMES: the outpatient list at Noble\'s Hospital sets a record for the 10th month running. Head: masthead, menu, section (all "B"); headline of record "W"; standfirst "Manx Care says ..." a forecast ""; byline, date line, share line (all "B"). Body: the list per "its monthly performance report" and "the 10th month in a row" "W"; waits over a year and the longest waits with "i.e." "W"; A&E with "vs." "W" and "at 8 a.m." ending a sentence before "Twelve of them" (both "W"); the chief executive\'s opinion "", cancelled operations "W", a forecast "" and a causal claim "blamed" "W"; a table (title, header and source "B", rows ""); a year\'s growth "W"; a member of the House of Keys (post-nominal "MHK" dropped) with an opinion and a plan "" and two questions in one quote (two sentences, ""); the minister\'s referrals with "approx." "W" and his plan ""; a patient\'s 27-month wait "W", her ellipsis before a capital (two, "") and a statement followed by a question in her quote (two, ""); a question subhead ""; the treatment-abroad rule with "e.g." "W"; the next release date "W". Tail: a numbered most-read list (numbers and headlines each "B"), copyright "© Island Beacon Media Ltd. 2026." and "Registered in the Isle of Man No. 014772C." (two "B").',
    'Bangladeshi ENGLISH-LANGUAGE DAILY\'S WEBSITE, desktop browser paste, a PORT STRIKE: Chattogram port at a standstill on the second day of a dock workers\' strike. Head: masthead, menu, section (all "B"); headline of record "W"; standfirst "Garment exporters say ..." ""; a staff-correspondent line, a published/updated line, a follow line (all "B"); a caption "" and its credit "B". Body: the stoppage "W" and "the first full stoppage ... since ... 2019" per the port authority (bracketed acronym dropped) "W"; ships "at 6 a.m. Thursday" (mid-sentence) "the authority said" and yard stock with "vs." "W"; the union alliance and "11:30 p.m. on Monday" "W"; its convener ("Md." kept as part of the name) on the demand and the last rise "W", his vow with an ellipsis before a lower-case word (one sentence, "") and his question with attribution (one sentence, ""); the chairman with initials ("CPA chairman Rear Admiral" dropped) on the offer "W" and "called" ""; the ministry\'s request "W"; depots with "e.g." "W"; an exporters\' council estimate "", its vice-president\'s containers "W", "and the U.S." ending a sentence before "Several buyers" (both "W") and her ellipsis before a capital (two, ""); a surcharge per the shipping agents "W"; a road scene "" and a driver\'s wait ""; a question subhead ""; exports per "Export Promotion Bureau data" "W" and economists\' estimate ""; the strike "due to end" "", the unions\' threat "" and talks "scheduled for 3 p.m. on Friday" "W". Tail: topics, a publisher line with "Ltd. from" mid-sentence, copyright split before "All rights reserved." (all "B").',
    'Maltese ENGLISH-LANGUAGE NEWS SITE, desktop browser paste, a TOURISM FIGURES RELEASE: arrivals hit a record 3.61 million for the third year running. Head: masthead, menu, section (all "B"); headline of record "W"; standfirst "Hoteliers say ..." ""; byline, date line (all "B"); a caption "" and "File photo" "B". Body: arrivals "the National Statistics Office said" and spending with "approx." "W"; nights and "the shortest since the NSO began publishing the series in 2010" "W"; markets "W"; a table with "vs." in its header (title, header and source "B", rows ""); "the busiest December on record" "W"; the minister\'s opinion "" and his per-night figure "W"; "The Malta Tourism Authority expects" ""; a federation\'s occupancy figures with "St. Julian\'s" and "St. Paul\'s Bay" mid-sentence "W", its president\'s opinion with "i.e." "" and a question followed by a new sentence in her quote (two, ""); "Azure Wings Ltd." ending a sentence before "It carried" (both "W") and the carrier\'s plan ""; "Not everyone is celebrating." ""; short lets per "the Malta Tourism Authority" "W"; a resident\'s ellipsis before a capital (two, ""); cruise passengers "W"; a question subhead ""; density and the ratio of arrivals to residents "W"; the next release date "W". Tail: related list, a newsletter line ending "7 a.m.", copyright split at "Ltd." before "Company Reg. No. C 48213." (all "B").',
]

ARTICLES = [
    [
        [("The Sperrin Courier", "", "", "B")],
        [
            (
                "News | Politics | Sport | Farming | Business | Community | Jobs | Notices",
                "",
                "",
                "B",
            )
        ],
        [("Politics › Council Elections 2026", "", "", "B")],
        [
            (
                "Sinn Féin's Orlaith McGarrity-Doone tops the poll in Carrickmoyle for the third election in a row",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Nine-stage count runs until 11.52 p.m. as the last seat is decided by 41 votes",
                "",
                "",
                "W",
            )
        ],
        [("By Eamonn Furey-Quinlan", "", "", "B")],
        [("Political Correspondent", "", "", "B")],
        [("Saturday, 9 May 2026, 12.41 a.m.", "", "", "B")],
        [("Share  ·  Facebook  ·  X  ·  WhatsApp  ·  Email", "", "", "B")],
        [
            (
                "Orlaith McGarrity-Doone is lifted onto the shoulders of supporters after the first-stage result at the Omagh count centre.",
                "",
                "",
                "",
            )
        ],
        [("Picture: Ciarán Tohill-Byrne", "", "", "B")],
        [
            (
                "OMAGH — Sinn Féin's Orlaith McGarrity-Doone topped the poll in the Carrickmoyle District Electoral Area of Fermanagh and Omagh District Council on Friday for the third council election in a row, with 2,214 first-preference votes.",
                "",
                "",
                "W",
            ),
            ("The quota was 1,402.", "", "", "W"),
        ],
        [
            (
                "Turnout in the six-seat area was 58.7%, up from 54.1% in 2023 and the highest of the council's seven areas, according to figures from the Electoral Office for Northern Ireland.",
                "figures from the Electoral Office for Northern Ireland",
                "according to",
                "W",
            )
        ],
        [
            ("Counting of the Carrickmoyle ballot papers began at 9 a.m.", "", "", "W"),
            ("The final seat was not filled until 11.52 p.m., after nine stages.", "", "", "W"),
        ],
        [
            (
                "The DUP's Trevor Ashfield-Kerr was elected on the second stage, Sinn Féin's Pádraig Mulgrew-Tierney on the fourth and the SDLP's Bronagh Keogh-Devlin on the sixth.",
                "",
                "",
                "W",
            ),
            ("The DUP's Hazel Moutray-Kells took the fifth seat on the eighth stage.", "", "", "W"),
        ],
        [
            (
                "The final seat went to Wesley Trimble-Hanna of the Ulster Unionists, who finished 41 votes ahead of Alliance's Naomi Ferris-Gault on the ninth stage.",
                "",
                "",
                "W",
            ),
            (
                "It is the narrowest margin for a seat on the council since it was formed in 2014.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("“Did I expect to top it again?", "Orlaith McGarrity-Doone", "said", ""),
            (
                "Honestly, no,” McGarrity-Doone said as supporters chanted her name.",
                "Orlaith McGarrity-Doone",
                "said",
                "",
            ),
            (
                "“People here want the Glenmornan road fixed and the school bus back, and that's what I'll be pushing for.”",
                "Orlaith McGarrity-Doone",
                "said",
                "",
            ),
        ],
        [
            (
                "She said her first-preference vote was 312 higher than in 2023.",
                "Orlaith McGarrity-Doone",
                "said",
                "W",
            )
        ],
        [
            (
                "A recheck of the bundles, requested by Ferris-Gault at 10.15 p.m., took 48 minutes and confirmed the result.",
                "",
                "",
                "W",
            ),
            (
                "“Forty-one votes… that's about two houses on every road in Carrickmoyle,” she said afterwards.",
                "Naomi Ferris-Gault",
                "said",
                "",
            ),
            (
                "She said she would decide over the summer whether to stand again.",
                "Naomi Ferris-Gault",
                "said",
                "",
            ),
        ],
        [
            (
                "Trimble-Hanna, a dairy farmer from near Drumquin, Co. Tyrone, called the margin “a lesson that every single vote counts.”",
                "Wesley Trimble-Hanna",
                "called",
                "",
            ),
            (
                "He said the Ulster Unionists had won a seat in the area at every council election since 1985.",
                "Wesley Trimble-Hanna",
                "said",
                "W",
            ),
        ],
        [
            (
                "Independent Seamus Gallen-Rooney, a retired headmaster from Mountfield, was eliminated on the seventh stage with 611 votes.",
                "",
                "",
                "W",
            ),
            (
                "Of his transfers, 274 went to Ferris-Gault and 259 to Trimble-Hanna, and 78 were non-transferable.",
                "",
                "",
                "W",
            ),
            (
                "“If a few more of my people had given her a number four… well, that's PR for you,” he said.",
                "Seamus Gallen-Rooney",
                "said",
                "",
            ),
        ],
        [("What does it mean for the council?", "", "", "")],
        [
            (
                "Across the district, Sinn Féin won 18 of the council's 40 seats, two more than in 2023, and remains the largest party.",
                "",
                "",
                "W",
            ),
            (
                "The DUP won nine, the Ulster Unionists seven, the SDLP three, Alliance two and independents one.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dr. Aoife Lennon-Struthers, who lectures in politics at Ulster University, said the Alliance surge of recent years had “run out of road west of the Bann.”",
                "Aoife Lennon-Struthers",
                "said",
                "",
            ),
            (
                "She said Alliance's share of first preferences in the district had fallen from 8.9% to 7.2%.",
                "Aoife Lennon-Struthers",
                "said",
                "W",
            ),
            ("“Is that a trend?", "Aoife Lennon-Struthers", "said", ""),
            ("One election doesn't make one,” she said.", "Aoife Lennon-Struthers", "said", ""),
        ],
        [
            (
                "By 11 p.m. the sports hall was littered with tally sheets, and a handful of party workers were asleep on the bleachers.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "The new council will meet for the first time on 2 June, when it will elect a chair and vice-chair.",
                "",
                "",
                "W",
            )
        ],
        [("More from Council Elections 2026", "", "", "B")],
        [("Live: every result from the Fermanagh and Omagh count", "", "", "B")],
        [("Turnout passes 60% in two Tyrone areas", "", "", "B")],
        [
            ("© Sperrin Courier Media Ltd. 2026.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [("North Wales Bulletin", "", "", "B")],
        [("Home | News | Gwynedd | Anglesey | Conwy | Sport | What's On | Jobs", "", "", "B")],
        [("News › Gwynedd", "", "", "B")],
        [
            (
                "Teenager who drowned in flooded quarry had been drinking and swam at night, inquest hears",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Coroner says warning signs at the site were ‘barely visible’ and calls for the pit to be fenced",
                "Katrin Pryce-Ellis",
                "says",
                "",
            )
        ],
        [("By Gethin Morgan-Lloyd", "", "", "B")],
        [("14:22, 19 MAR 2026 | Updated 16:05, 19 MAR 2026", "", "", "B")],
        [("Share this article", "", "", "B")],
        [
            (
                "The flooded pit at the former Bryn Eithin slate quarry, where Osian Bevan-Rhys got into difficulty.",
                "",
                "",
                "",
            )
        ],
        [("Picture: Bulletin Photo Desk", "", "", "B")],
        [
            (
                "A 19-year-old man drowned after swimming across a flooded quarry pit at night having drunk about eight cans of lager, an inquest has heard.",
                "",
                "",
                "W",
            ),
            (
                "Osian Bevan-Rhys, of Penygroes, Gwynedd, died on 12 July 2025 at the former Bryn Eithin slate quarry, which has been disused since 1969.",
                "",
                "",
                "W",
            ),
            (
                "Senior coroner for North West Wales Katrin Pryce-Ellis recorded a conclusion of misadventure at the hearing in Caernarfon on Wednesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The medical cause of death was given as drowning, with alcohol intoxication a contributing factor.",
                "",
                "",
                "W",
            ),
            (
                "A post-mortem examination by Dr. Huw Glyndwr-Jones found 162mg of alcohol per 100ml of blood, i.e. about twice the drink-drive limit in Wales.",
                "Huw Glyndwr-Jones",
                "found",
                "W",
            ),
        ],
        [
            (
                "The inquest heard that Osian and four friends arrived at the quarry at about 9.40 p.m. on a Friday after a barbecue.",
                "",
                "",
                "W",
            ),
            (
                "He went into the water at approx. 11.15 p.m. and tried to swim to a ledge on the far side, roughly 70 metres away.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "His friend Iwan Caddick-Roberts, 20, told the inquest the group had swum there “loads of times” in daylight but never at night.",
                "Iwan Caddick-Roberts",
                "told the inquest",
                "W",
            ),
            (
                "“It was pitch black by then… we could only hear him shouting,” he said.",
                "Iwan Caddick-Roberts",
                "said",
                "",
            ),
            ("“Why didn't we stop him?", "Iwan Caddick-Roberts", "said", ""),
            ("I ask myself that every day,” he said.", "Iwan Caddick-Roberts", "said", ""),
        ],
        [
            ("A 999 call was made at 11.24 p.m.", "", "", "W"),
            (
                "His body was recovered by police divers from a depth of 14 metres shortly after 2 a.m.",
                "",
                "",
                "W",
            ),
            (
                "The search had involved 23 people from the police, the fire service and Aberglaslyn Mountain Rescue Team.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The quarry is owned by Gwyrfai Slate Holdings Ltd.", "", "", "W"),
            (
                "The firm's director, Rhodri Lewis-Pritchard, told the inquest that two signs warning of deep, cold water had been put up at the main gate in 2019.",
                "Rhodri Lewis-Pritchard",
                "told the inquest",
                "W",
            ),
            (
                "He said the company had not fenced the pit because it covered more than 11 hectares and a contractor had quoted about £240,000.",
                "Rhodri Lewis-Pritchard",
                "said",
                "W",
            ),
            (
                "He accepted that one of the signs had faded.",
                "Rhodri Lewis-Pritchard",
                "accepted",
                "W",
            ),
        ],
        [
            (
                "Ms Pryce-Ellis said the signs were “barely visible in daylight, let alone at night.”",
                "Katrin Pryce-Ellis",
                "said",
                "",
            ),
            (
                "She said she would send a prevention of future deaths report to the company and to Gwynedd Council, asking what could be done to stop people getting into the water.",
                "Katrin Pryce-Ellis",
                "said",
                "",
            ),
            (
                "“I am satisfied that Osian did not intend to come to any harm,” she said.",
                "Katrin Pryce-Ellis",
                "said",
                "W",
            ),
        ],
        [
            (
                "Since 2015, at least six people have died in flooded quarries in Gwynedd, according to figures compiled by the North Wales Bulletin.",
                "figures compiled by the North Wales Bulletin",
                "according to",
                "W",
            )
        ],
        [
            (
                "North Wales Police said officers had carried out 14 patrols at former quarry sites in the summer of 2025.",
                "North Wales Police",
                "said",
                "W",
            ),
            (
                "The force said it planned more this year, starting at the end of May.",
                "The force",
                "said",
                "",
            ),
        ],
        [
            (
                "In a statement read out after the hearing, his family said Osian was “a gentle, funny boy who would do anything for anyone.”",
                "his family",
                "said",
                "",
            ),
            (
                "“Please, if you are young and it's hot… stay out of the quarries,” they said.",
                "his family",
                "said",
                "",
            ),
            (
                "“How many more families have to sit in that room?” they asked.",
                "his family",
                "asked",
                "",
            ),
        ],
        [("Is it illegal to swim in a quarry?", "", "", "")],
        [
            (
                "Most flooded quarries in Wales are on private land, and going into them without permission is trespass, a civil matter rather than a crime.",
                "",
                "",
                "W",
            ),
            (
                "The RNLI advises anyone who falls into cold water to float on their back for about a minute until the first shock passes.",
                "The RNLI",
                "advises",
                "",
            ),
        ],
        [("Read more", "", "", "B")],
        [("Bangor pier reopens after £1.9m repairs", "", "", "B")],
        [("Man, 34, charged after Caernarfon harbour break-in", "", "", "B")],
        [("Comments are closed on this article.", "", "", "B")],
        [
            ("North Wales Bulletin is part of Menai Media Group Ltd.", "", "", "B"),
            ("Our editorial code and complaints process can be found here.", "", "", "B"),
        ],
    ],
    [
        [("THE LAGOS LEDGER", "", "", "B")],
        [
            (
                "Home | News | Politics | Business | Health | Sports | Entertainment | Opinion",
                "",
                "",
                "B",
            )
        ],
        [("BREAKING: FG approves new minimum wage template for states", "", "", "B")],
        [("Health", "", "", "B")],
        [
            (
                "NAFDAC recalls three batches of children's paracetamol syrup over toxic contaminant",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Parents told to stop using the medicine at once and return bottles to pharmacies",
                "",
                "",
                "",
            )
        ],
        [("By Chiamaka Nwachukwu-Eze", "", "", "B")],
        [("May 6, 2026", "", "", "B")],
        [("Share: Facebook | X | WhatsApp | Telegram", "", "", "B")],
        [
            (
                "A pharmacist in Surulere checks her shelves for the recalled syrup on Tuesday.",
                "",
                "",
                "",
            )
        ],
        [("Photo: Ledger/Tunde Adeyemo-Oke", "", "", "B")],
        [
            (
                "Nigeria's drug regulator NAFDAC has ordered the recall of three batches of Paramol-Junior paracetamol syrup after laboratory tests found diethylene glycol at up to 14 times the permitted limit.",
                "",
                "",
                "W",
            ),
            (
                "The batches, Nos. PJ2407, PJ2411 and PJ2415, were made in September and October 2025 and carry an expiry date of August 2027, the agency said in a public alert on Tuesday.",
                "the agency",
                "said",
                "W",
            ),
        ],
        [
            ("The syrup is made by Ebunoluwa Pharma (Nig.) Ltd.", "", "", "W"),
            (
                "It is sold in 60ml and 100ml bottles, mainly for children aged two to 12.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "NAFDAC Director-General Prof. Habiba Lawan-Sadiq said the contamination was found during routine post-market sampling in Kano, Enugu and Port Harcourt.",
                "Habiba Lawan-Sadiq",
                "said",
                "W",
            ),
            (
                "“Diethylene glycol has no place in any medicine, least of all one we give to our children,” she said.",
                "Habiba Lawan-Sadiq",
                "said",
                "",
            ),
            (
                "She said no deaths or illnesses linked to the batches had been reported as of Monday.",
                "Habiba Lawan-Sadiq",
                "said",
                "W",
            ),
        ],
        [
            (
                "Diethylene glycol is an industrial solvent that can cause acute kidney injury.",
                "",
                "",
                "W",
            ),
            (
                "It has been found in cough and fever syrups linked to the deaths of children in several countries since 2022.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In a statement, Ebunoluwa Pharma said it had stopped production at its factory in Sagamu, Ogun State, on May 2.",
                "Ebunoluwa Pharma (Nig.) Ltd.",
                "said",
                "W",
            ),
            (
                "The company blamed a consignment of propylene glycol bought from a trader in Lagos, which it said had passed its own tests.",
                "The company",
                "blamed",
                "W",
            ),
            (
                "“We are deeply sorry to every parent,” managing director Femi Oyedepo-Bakare said.",
                "Femi Oyedepo-Bakare",
                "said",
                "",
            ),
        ],
        [
            (
                "Ogun State Gov. Olamide Adekunle-Bashorun on Tuesday ordered the state ministry of health to inspect every drug factory in the Sagamu and Ota industrial areas within 30 days.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "At a patent medicine store in Mushin on Tuesday afternoon, six bottles of the syrup had been moved to a carton marked “DO NOT SELL”.",
                "",
                "",
                "",
            ),
            (
                "“Customers have been bringing it back since morning… some of them crying,” said the owner, Mrs. Nkechi Udeh-Anyanwu.",
                "Nkechi Udeh-Anyanwu",
                "said",
                "",
            ),
            (
                "“What do I tell a mother whose child took it last night?” she asked.",
                "Nkechi Udeh-Anyanwu",
                "asked",
                "",
            ),
        ],
        [
            (
                "The Pharmaceutical Society of Nigeria urged parents not to switch to unregistered syrups sold in markets and motor parks.",
                "The Pharmaceutical Society of Nigeria",
                "urged",
                "",
            )
        ],
        [("What should parents do?", "", "", "")],
        [
            (
                "NAFDAC advised parents to check the batch number printed on the label, e.g. PJ2407, and to return affected bottles to the point of purchase for a refund.",
                "NAFDAC",
                "advised",
                "",
            ),
            (
                "Anyone whose child has taken the syrup and shows symptoms, i.e. vomiting, passing little urine or unusual drowsiness, should go to the nearest health facility, the agency said.",
                "the agency",
                "said",
                "",
            ),
        ],
        [
            (
                "It is the agency's fourth recall of a children's medicine since January 2025, and the second involving diethylene glycol.",
                "",
                "",
                "W",
            ),
            (
                "In 2025 it recalled 41 products in all, up from 29 in 2024, according to its annual report.",
                "its annual report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Rep. Chinedu Okafor-Nwosu, who chairs the House of Representatives Committee on Health Institutions, said the recall showed the agency's testing was working but that factories were still cutting corners.",
                "Chinedu Okafor-Nwosu",
                "said",
                "",
            ),
            (
                "He said the committee would summon the company's directors next week.",
                "Chinedu Okafor-Nwosu",
                "said",
                "",
            ),
        ],
        [
            (
                "A Lagos-based pharmaceutical analyst, Tolu Adeoti-Eke, estimated that the recall could cost the company between N1.8bn and N2.4bn in lost sales this year.",
                "Tolu Adeoti-Eke",
                "estimated",
                "",
            )
        ],
        [("Related News", "", "", "B")],
        [("Kano hospital records 212 cholera cases in one week", "", "", "B")],
        [("FG bans sale of codeine syrup without prescription", "", "", "B")],
        [
            ("Copyright © 2026 Lagos Ledger Communications Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [("THE KINGSTON MERIDIAN", "", "", "B")],
        [
            (
                "Lead Stories | News | Business | Sports | Entertainment | Letters | Commentary | Classifieds",
                "",
                "",
                "B",
            )
        ],
        [("Education", "", "", "B")],
        [
            (
                "Greenvale High rated ‘satisfactory’ four years after inspectors said it needed immediate support",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Principal says the turnaround is ‘only half the job done’ as mathematics lags",
                "Marcia Bellfield-Dacres",
                "says",
                "",
            )
        ],
        [("Tashana Whyte-Brissett/Staff Reporter", "", "", "B")],
        [("tashana.whyte@kingstonmeridian.com", "", "", "B")],
        [("Published: Sunday | April 19, 2026 | 12:09 AM", "", "", "B")],
        [
            (
                "Grade nine students at Greenvale High School in Bog Walk, St. Catherine, during a science class on Thursday.",
                "",
                "",
                "",
            )
        ],
        [("Lascelles Minott-Reid/Photographer", "", "", "B")],
        [
            (
                "Greenvale High School in Bog Walk, St. Catherine, has been rated satisfactory overall by the National Education Inspectorate, four years after the agency placed it in its lowest category, “needs immediate support”.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The report, dated March 27 and published on the Ministry of Education’s website last week, assessed the school in eight areas.",
                "",
                "",
                "W",
            ),
            (
                "It rated leadership and management, and student safety and well-being, as good, the first time the school has been rated good in any area since inspections began in 2010.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Teaching in mathematics was rated unsatisfactory, as it was in 2022.", "", "", "W"),
            (
                "Only 31% of the school’s fifth-form students passed CSEC mathematics in 2025, vs. a national average of 48%, the report found.",
                "the report",
                "found",
                "W",
            ),
        ],
        [("HOW GREENVALE HIGH WAS RATED", "", "", "B")],
        [("Area | 2022 | 2026", "", "", "B")],
        [("Leadership and management | Unsatisfactory | Good", "", "", "")],
        [("Teaching support for learning | Unsatisfactory | Satisfactory", "", "", "")],
        [("Students’ academic performance | Needs immediate support | Unsatisfactory", "", "", "")],
        [("Student safety, security, health and well-being | Satisfactory | Good", "", "", "")],
        [("Source: National Education Inspectorate report, March 2026", "", "", "B")],
        [
            (
                "Principal Marcia Bellfield-Dacres, who took over the school in September 2022, said the rating was “only half the job done”.",
                "Marcia Bellfield-Dacres",
                "said",
                "",
            ),
            (
                "She said attendance had risen from 74% to 88% since she arrived, and that the school now had a full-time guidance counsellor for each grade.",
                "Marcia Bellfield-Dacres",
                "said",
                "W",
            ),
        ],
        [
            ("“Are we where we want to be?", "Marcia Bellfield-Dacres", "said", ""),
            ("Not yet,” she said.", "Marcia Bellfield-Dacres", "said", ""),
            (
                "“But these are not the same children the paper wrote about in 2022…",
                "Marcia Bellfield-Dacres",
                "said",
                "",
            ),
            ("They believe they can pass.”", "Marcia Bellfield-Dacres", "said", ""),
        ],
        [
            (
                "Grade seven classes were moved in January to a second building on Church St.",
                "",
                "",
                "W",
            ),
            (
                "The move ended the shift system at the school for the first time in 11 years.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Education Minister Dr. Garfield Pusey-Lindo said in a statement that 87 of the 152 schools placed in the two lowest categories in 2021-22 had since improved by at least one rating.",
                "Garfield Pusey-Lindo",
                "said in a statement",
                "W",
            ),
            (
                "He said the ministry would spend J$1.2 billion over three years on mathematics coaches, e.g. retired teachers placed in struggling schools two days a week.",
                "Garfield Pusey-Lindo",
                "said",
                "",
            ),
        ],
        [
            (
                "The Jamaica Teachers’ Association said the inspectorate’s ratings did not take account of schools that take in students with the lowest Primary Exit Profile scores.",
                "The Jamaica Teachers’ Association",
                "said",
                "",
            ),
            (
                "Its president, Denton Haughton-Bailey, said 62% of Greenvale’s grade seven intake in 2025 had been placed at the school with PEP averages below 50.",
                "Denton Haughton-Bailey",
                "said",
                "W",
            ),
        ],
        [
            (
                "Among those who wrote to congratulate the school was Shanique Morrison-Kerr, a 2014 graduate who now teaches high-school mathematics in Brampton, Ont.",
                "",
                "",
                "",
            ),
            (
                "She has tutored Greenvale students by video call every Saturday since 2023.",
                "",
                "",
                "W",
            ),
            (
                "“When I heard the news, I screamed!” she said.",
                "Shanique Morrison-Kerr",
                "said",
                "",
            ),
        ],
        [("What happens now?", "", "", "")],
        [
            (
                "Schools rated satisfactory are normally reinspected within three years, according to the NEI’s published framework.",
                "the NEI’s published framework",
                "according to",
                "W",
            ),
            (
                "Bellfield-Dacres said she hoped the school would be rated good overall by then.",
                "Marcia Bellfield-Dacres",
                "said",
                "",
            ),
        ],
        [("Related Stories", "", "", "B")],
        [("Inspectors flag ‘chronic’ absenteeism in 14 rural primary schools", "", "", "B")],
        [("CSEC results: maths passes rise for second year", "", "", "B")],
        [
            ("© 2026 Meridian Newspapers Co. Ltd.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [("TOUCHLINE UGANDA", "", "", "B")],
        [("Football | Cranes | UPL | Rugby | Athletics | Boxing | Netball | Videos", "", "", "B")],
        [("UPL › Transfers", "", "", "B")],
        [
            (
                "Wasswa-Kizito joins Morocco’s Atlas Agadir in record deal for Kireka United",
                "",
                "",
                "W",
            )
        ],
        [("The 21-year-old striker could make his debut before the end of the month", "", "", "")],
        [("By Ronald Ssekandi-Mukasa", "", "", "B")],
        [("Updated 08:41 EAT, 3 February 2026", "", "", "B")],
        [("Share on WhatsApp | X | Facebook", "", "", "B")],
        [
            (
                "Isaac Wasswa-Kizito celebrates one of his 19 league goals last season, against Busoga Stars at Kireka Stadium.",
                "",
                "",
                "W",
            )
        ],
        [("PHOTO | Touchline Uganda/Martin Okello-Opio", "", "", "B")],
        [
            (
                "Kireka United striker Isaac Wasswa-Kizito has completed a move to Moroccan top-flight club Atlas Agadir on a four-year contract, both clubs announced on Monday night.",
                "both clubs",
                "announced",
                "W",
            ),
            (
                "The clubs did not disclose the fee, but Kireka United chairman Moses Tumusiime-Baguma said it was “the biggest transfer ever made by a club in this league”.",
                "Moses Tumusiime-Baguma",
                "said",
                "W",
            ),
        ],
        [
            (
                "Several people close to the deal put the fee at about $450,000 plus add-ons.",
                "Several people close to the deal",
                "put",
                "",
            ),
            (
                "If confirmed, that would beat the $310,000 Nakawa Rovers received for defender Brian Opolot-Ochen from a Tanzanian club in 2022.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Wasswa-Kizito, who turned 21 in December, scored 19 goals in 28 league games last season to finish as the Uganda Premier League’s top scorer.",
                "",
                "",
                "W",
            ),
            ("He has eight goals in 14 games this season.", "", "", "W"),
        ],
        [
            (
                "In 2024 he spent three weeks on trial with a second-tier club in the U.S.",
                "",
                "",
                "W",
            ),
            (
                "That move fell through when he could not get a work visa in time, his agent, Ibrahim Ssali-Kaweesa, said.",
                "Ibrahim Ssali-Kaweesa",
                "said",
                "W",
            ),
        ],
        [
            (
                "“This is a dream for me and my mother!” Wasswa-Kizito said in a video posted by Atlas Agadir.",
                "Isaac Wasswa-Kizito",
                "said in a video",
                "",
            ),
            (
                "“Agadir, I am coming… and I am coming to score.”",
                "Isaac Wasswa-Kizito",
                "said in a video",
                "",
            ),
        ],
        [
            (
                "Kireka United coach Samuel Byaruhanga-Ntege said losing his top scorer halfway through the season would hurt the club’s title chances.",
                "Samuel Byaruhanga-Ntege",
                "said",
                "",
            ),
            ("“Do I want to lose him?", "Samuel Byaruhanga-Ntege", "said", ""),
            ("Of course not,” he said.", "Samuel Byaruhanga-Ntege", "said", ""),
            (
                "“But when a boy from Kireka gets a chance like this, you don’t stand in his way.”",
                "Samuel Byaruhanga-Ntege",
                "said",
                "",
            ),
        ],
        [
            (
                "Kireka United are second in the table, three points behind leaders Nsambya City FC with 12 games left.",
                "",
                "",
                "W",
            ),
            ("They have won the league once, in 2017.", "", "", "W"),
        ],
        [
            (
                "Ssali-Kaweesa said the fee was likely to rise if Atlas Agadir qualified for the CAF Confederation Cup.",
                "Ibrahim Ssali-Kaweesa",
                "said",
                "",
            )
        ],
        [
            (
                "The Federation of Uganda Football Associations said the transfer was registered on its system at 11:38 p.m.",
                "The Federation of Uganda Football Associations",
                "said",
                "W",
            ),
            ("The Moroccan league’s registration window closed at midnight.", "", "", "W"),
        ],
        [("Is the UPL now a selling league?", "", "", "")],
        [
            (
                "Five UPL players have moved to clubs in North Africa since July 2024, compared with one in the previous five years, according to league records.",
                "league records",
                "according to",
                "W",
            ),
            (
                "Former Cranes captain Jimmy Nsubuga-Nkata said it was the start of a trend.",
                "Jimmy Nsubuga-Nkata",
                "said",
                "",
            ),
            ("“The scouts are here now, every weekend…", "Jimmy Nsubuga-Nkata", "said", ""),
            (
                "You see them in the stands with their notebooks,” he said.",
                "Jimmy Nsubuga-Nkata",
                "said",
                "",
            ),
        ],
        [
            ("Atlas Agadir’s next match is away to Maghreb Tétouan on Saturday.", "", "", "W"),
            ("Wasswa-Kizito could make his debut there.", "", "", ""),
        ],
        [("UPL FIXTURES THIS WEEKEND", "", "", "B")],
        [("Kireka United vs. Busoga Stars — Saturday, 4pm", "", "", "")],
        [("Nsambya City FC vs. Lira Eagles — Sunday, 3pm", "", "", "")],
        [("MORE FROM UPL", "", "", "B")],
        [("Lira Eagles sack coach after five straight defeats", "", "", "B")],
        [
            (
                "Touchline Uganda is published by Touchline Media Uganda Ltd., Plot 14, Kira Road, Kampala.",
                "",
                "",
                "B",
            )
        ],
        [("© 2026 Touchline Media.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [
        [("THE NICOSIA HERALD", "", "", "B")],
        [("Cyprus | World | Business | Opinion | Life | Sport | Property", "", "", "B")],
        [("☀ Nicosia 44°C  Limassol 36°C  Larnaca 38°C  Paphos 33°C", "", "", "B")],
        [("Cyprus", "", "", "B")],
        [("Nicosia hits 46.9C, the highest temperature ever recorded in Cyprus", "", "", "W")],
        [
            (
                "Met office warns the heat could last until Sunday as hospitals fill with elderly patients",
                "the Department of Meteorology",
                "warns",
                "",
            )
        ],
        [("By Eleni Hadjipavlou-Stone", "", "", "B")],
        [("July 24, 2026", "", "", "B")],
        [("Share | Tweet | Email", "", "", "B")],
        [
            (
                "A man cools off at a public fountain in Eleftheria Square, Nicosia, on Thursday afternoon.",
                "",
                "",
                "",
            )
        ],
        [("(Photo: Christos Theodorou-Lamb)", "", "", "B")],
        [
            (
                "The temperature in Nicosia reached 46.9C at 3:40 p.m. on Thursday, the highest ever recorded in Cyprus, the Department of Meteorology said.",
                "the Department of Meteorology",
                "said",
                "W",
            ),
            (
                "The previous record of 46.4C was set at the same station, in the capital’s Athalassa district, in August 2010.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "It was the fourth day in a row that the capital passed 44C, the longest such run since records began in 1983.",
                "",
                "",
                "W",
            ),
            ("Limassol reached 39.1C and Larnaca 40.3C.", "", "", "W"),
        ],
        [
            (
                "Senior meteorologist Kleanthis Papadopoulos-Wren blamed a ridge of hot air from North Africa that had stalled over the eastern Mediterranean since Sunday.",
                "Kleanthis Papadopoulos-Wren",
                "blamed",
                "W",
            ),
            (
                "He said the department expected temperatures to stay above 43C inland until Sunday.",
                "Kleanthis Papadopoulos-Wren",
                "said",
                "",
            ),
        ],
        [
            ("“Will the record go again?", "Kleanthis Papadopoulos-Wren", "said", ""),
            (
                "It is possible, but I would not bet on it this week,” he said.",
                "Kleanthis Papadopoulos-Wren",
                "said",
                "",
            ),
        ],
        [
            (
                "An orange warning is in force until 7 p.m. Saturday for inland areas, and a yellow warning for the coasts and the mountains, i.e. Troodos, Pitsilia and the Mt. Olympus area.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Nicosia General Hospital treated 37 people for heat-related illness on Thursday, 29 of them over the age of 70, the State Health Services Organisation said.",
                "the State Health Services Organisation",
                "said",
                "W",
            ),
            (
                "Two people, a 79-year-old man in Kaimakli and an 84-year-old woman in Paralimni, were found dead in their homes on Wednesday, police said.",
                "police",
                "said",
                "W",
            ),
            (
                "Police said it was not yet known whether the heat had played a part.",
                "Police",
                "said",
                "",
            ),
        ],
        [
            ("Demand on the electricity grid peaked at 1,247 megawatts at 2:15 p.m.", "", "", "W"),
            (
                "The Electricity Authority of Cyprus said it was the highest demand in its history.",
                "The Electricity Authority of Cyprus",
                "said",
                "W",
            ),
            (
                "Rolling cuts of up to an hour hit parts of Strovolos and Latsia between 3 p.m. and 5 p.m.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In Ledra Street, usually crowded with tourists, shopkeepers sat in their doorways beside electric fans.",
                "",
                "",
                "",
            ),
            (
                "“Too hot,” said Giorgos Antoniou-Hale, who has sold leather sandals on the street for 31 years.",
                "Giorgos Antoniou-Hale",
                "said",
                "",
            ),
            (
                "“Since nine this morning I sold one pair… one!”",
                "Giorgos Antoniou-Hale",
                "said",
                "",
            ),
        ],
        [
            (
                "Work on building sites must stop between noon and 4 p.m. under a labour ministry decree that took effect at 6 a.m.",
                "",
                "",
                "W",
            ),
            ("The decree applies whenever the official temperature passes 40C.", "", "", "W"),
            (
                "The Building Workers’ Federation said the ban should start at 11 a.m. and last until 5 p.m.",
                "The Building Workers’ Federation",
                "said",
                "",
            ),
        ],
        [
            (
                "The health ministry advised people to stay indoors in the hottest hours, to drink water even when not thirsty and to check on elderly neighbours.",
                "The health ministry",
                "advised",
                "",
            )
        ],
        [("Is this climate change?", "", "", "")],
        [
            (
                "Papadopoulos-Wren said nine of the ten hottest summers recorded in Cyprus had come since 2010.",
                "Kleanthis Papadopoulos-Wren",
                "said",
                "W",
            ),
            ("“Every summer we say it is exceptional…", "Kleanthis Papadopoulos-Wren", "said", ""),
            ("Maybe we need a new word,” he said.", "Kleanthis Papadopoulos-Wren", "said", ""),
        ],
        [
            (
                "Firefighters put out 23 wildfires across the island on Thursday, the fire service said, the largest near Kalo Chorio, where 120 hectares of scrub burned.",
                "the fire service",
                "said",
                "W",
            ),
            ("No homes were damaged.", "", "", "W"),
        ],
        [("Temperatures are forecast to fall to around 39C inland by Monday.", "", "", "")],
        [("Related", "", "", "B")],
        [("EAC asks consumers to cut use between 1pm and 4pm", "", "", "B")],
        [("Heatwave: where to find air-conditioned ‘cool rooms’ in Nicosia", "", "", "B")],
        [("Nicosia Herald Ltd, 28 Kennedy Avenue, Nicosia 1075", "", "", "B")],
        [("Copyright © 2026 Nicosia Herald.", "", "", "B"), ("All Rights Reserved.", "", "", "B")],
    ],
    [
        [("THE COLOMBO COURANT", "", "", "B")],
        [
            (
                "Home | News | Business | Features | Sports | Editorial | Columns | E-paper",
                "",
                "",
                "B",
            )
        ],
        [("News", "", "", "B")],
        [
            (
                "Census 2024: population rises to 21.9 million, slowest growth in more than 150 years",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Demographers warn the workforce will begin to shrink within a decade",
                "Demographers",
                "warn",
                "",
            )
        ],
        [("By Nirmala Wickremasuriya-Cole", "", "", "B")],
        [("Published: Thursday, 12 March 2026 at 01:17 am", "", "", "B")],
        [("Print Edition | Share", "", "", "B")],
        [
            (
                "Enumerators from the Department of Census and Statistics at work in a housing scheme in Dematagoda, Colombo, in October 2024.",
                "",
                "",
                "W",
            )
        ],
        [("File photo", "", "", "B")],
        [
            (
                "Sri Lanka’s population stood at 21,913,480 on census day, October 15, 2024, the Department of Census and Statistics said on Wednesday, releasing the final results of the Census of Population and Housing.",
                "the Department of Census and Statistics",
                "said",
                "W",
            ),
            (
                "That is 1,554,141 more than at the previous census in 2012, an increase of 7.6%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Average annual growth between the two censuses was 0.61%, the lowest since the first census was taken in 1871.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Director General W. A. D. Ranasinghe-Fonseka told a news conference in Battaramulla that a fall in births was the main reason for the slowdown.",
                "W. A. D. Ranasinghe-Fonseka",
                "told a news conference",
                "W",
            ),
            (
                "Registered births fell from about 350,000 in 2012 to 247,000 in 2024, she said.",
                "W. A. D. Ranasinghe-Fonseka",
                "said",
                "W",
            ),
        ],
        [
            (
                "People aged 65 and over made up 12.4% of the population, up from 7.9%, i.e. roughly one in eight Sri Lankans.",
                "",
                "",
                "W",
            ),
            ("The median age rose to 33.8 years from 31.1.", "", "", "W"),
        ],
        [("CENSUS 2024 AT A GLANCE", "", "", "B")],
        [("Indicator | 2012 | 2024", "", "", "B")],
        [("Population | 20,359,339 | 21,913,480", "", "", "")],
        [("Aged 65 and over (%) | 7.9 | 12.4", "", "", "")],
        [("Households | 5,264,282 | 6,118,907", "", "", "")],
        [("Average household size | 3.9 | 3.6", "", "", "")],
        [("Source: Department of Census and Statistics, Table No. 2.1", "", "", "B")],
        [
            (
                "The Western Province remains the most populous, with 6.24 million people, but its share of the national population was unchanged at 28.5%.",
                "",
                "",
                "W",
            ),
            (
                "The Northern Province grew fastest, by 13.2%, vs. 3.1% in the Southern Province.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ranasinghe-Fonseka said the count did not include Sri Lankans who had been living abroad for more than six months.",
                "W. A. D. Ranasinghe-Fonseka",
                "said",
                "W",
            ),
            (
                "She declined to say how many had left since the economic crisis of 2022, saying the department was still matching its records with those of the immigration department.",
                "W. A. D. Ranasinghe-Fonseka",
                "declined to say",
                "",
            ),
        ],
        [
            (
                "For the first time, the census asked about household amenities: piped water, electricity, a flush toilet, internet access, etc.",
                "",
                "",
                "W",
            ),
            ("Nearly all households, 98.1%, now have electricity.", "", "", "W"),
            (
                "Internet access at home stood at 61.3%, and 44.7% of households had piped water.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dr. Ishara Gunawardane-Lowe, a demographer at the University of Colombo, said the figures were “a warning the country cannot afford to ignore.”",
                "Ishara Gunawardane-Lowe",
                "said",
                "",
            ),
            (
                "She said the working-age population, people aged 15 to 64, would probably start to shrink around 2034.",
                "Ishara Gunawardane-Lowe",
                "said",
                "",
            ),
            (
                "“Who will look after all these elderly people?",
                "Ishara Gunawardane-Lowe",
                "said",
                "",
            ),
            (
                "Their children are in Qatar and Italy,” she said.",
                "Ishara Gunawardane-Lowe",
                "said",
                "",
            ),
        ],
        [
            (
                "Minister of Economic Development Saman Dissanayake-Gray said the government would use the results to redraw administrative boundaries before the next provincial council elections.",
                "Saman Dissanayake-Gray",
                "said",
                "",
            )
        ],
        [("Women outnumbered men by 768,000, the widest gap recorded in any census.", "", "", "W")],
        [
            (
                "District-level reports will be released one by one from April, the department said.",
                "the department",
                "said",
                "",
            )
        ],
        [("Latest News", "", "", "B")],
        [("Rupee closes at 296.40 against the dollar", "", "", "B")],
        [("Two arrested with 3.2kg of heroin in Peliyagoda", "", "", "B")],
        [
            (
                "© 2026 Courant Newspapers (Pvt.) Ltd., No. 8, Hunupitiya Lake Road, Colombo 2.",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [("THE SAVANNAH GAZETTE", "", "", "B")],
        [
            (
                "News | Crime | Politics | Business | Sport | Carnival | Opinion | Classifieds",
                "",
                "",
                "B",
            )
        ],
        [("Crime", "", "", "B")],
        [("Barber gets 17 years for Charlotte St. bar killing", "", "", "W")],
        [
            (
                "Victim’s mother says sentence ‘will never be enough’",
                "Gloria Baptiste-Nurse",
                "says",
                "",
            )
        ],
        [("Renée Mohammed-Lezama", "", "", "B")],
        [("Posted: Mar 3, 2026 | 5:44 PM", "", "", "B")],
        [("Share | Print | Comments (18)", "", "", "B")],
        [
            (
                "Dillon St. Rose-Alleyne is led from the Hall of Justice in Port of Spain after the sentencing on Tuesday.",
                "",
                "",
                "",
            )
        ],
        [("PHOTO: Savannah Gazette/Anil Sookdeo-Joseph", "", "", "B")],
        [
            (
                "A 29-year-old barber from Laventille who admitted killing a man outside a Port of Spain bar was on Tuesday sentenced to 17 years and four months in prison.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Dillon St. Rose-Alleyne pleaded guilty in January to the manslaughter of Kerwin Baptiste Jr.",
                "",
                "",
                "W",
            ),
            ("He had originally been charged with murder.", "", "", "W"),
        ],
        [
            (
                "Baptiste, 31, was stabbed once in the chest outside the Tamarind Rum Shop on Charlotte St.",
                "",
                "",
                "W",
            ),
            (
                "He died at the Port of Spain General Hospital at 3:20 a.m. on New Year’s Day 2024, about an hour later.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The court heard that the two men had argued over a spilled drink.", "", "", "W"),
            (
                "Police arrested St. Rose-Alleyne at a house in Morvant on Jan. 3, 2024, two days after the killing.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Justice Avalon Ramsaran-Toussaint said she had taken a starting point of 25 years, which she raised by two years because a knife had been carried to the scene.",
                "Avalon Ramsaran-Toussaint",
                "said",
                "W",
            ),
            (
                "She then deducted one-third for the guilty plea, leaving 18 years, and a further eight months for a difficult childhood and a clean record.",
                "",
                "",
                "W",
            ),
            (
                "The two years and two months he has spent on remand will be subtracted from the sentence.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“You took a knife to a party,” the judge told him.",
                "Avalon Ramsaran-Toussaint",
                "told him",
                "",
            ),
            ("“What did you think would happen?”", "Avalon Ramsaran-Toussaint", "told him", ""),
        ],
        [
            (
                "St. Rose-Alleyne, in a white shirt, sat with his head bowed and did not react as the sentence was read.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Defence attorney Kent Lutchmansingh-Baird told the court in mitigation that his client had been attacked first with a bottle and had “panicked”.",
                "Kent Lutchmansingh-Baird",
                "told the court",
                "",
            ),
            (
                "He said St. Rose-Alleyne, a father of two, had no previous convictions.",
                "Kent Lutchmansingh-Baird",
                "said",
                "W",
            ),
            (
                "The defence said it would consider an appeal against the sentence.",
                "The defence",
                "said",
                "",
            ),
        ],
        [
            (
                "State attorney Sharlene Goolcharan-Mays had asked for a sentence of at least 20 years.",
                "Sharlene Goolcharan-Mays",
                "had asked for",
                "W",
            )
        ],
        [
            (
                "Outside the Hall of Justice, Baptiste’s mother, Gloria Baptiste-Nurse, held up a photograph of her son in his graduation gown.",
                "",
                "",
                "",
            ),
            ("“Seventeen years?", "Gloria Baptiste-Nurse", "said", ""),
            ("For my child’s life?” she said.", "Gloria Baptiste-Nurse", "said", ""),
            ("“It will never be enough… never.”", "Gloria Baptiste-Nurse", "said", ""),
            (
                "She said her son had been due to start work as a customs clerk the following week.",
                "Gloria Baptiste-Nurse",
                "said",
                "W",
            ),
        ],
        [
            (
                "Police data show 118 killings in the Port of Spain division in 2025, the most of any division for the fourth year in a row.",
                "Police data",
                "show",
                "W",
            )
        ],
        [("Why manslaughter, not murder?", "", "", "")],
        [
            (
                "The State accepted the plea after a key witness, a security guard at the bar, emigrated and could not be traced, the court heard.",
                "",
                "",
                "W",
            ),
            (
                "Manslaughter carries a maximum sentence of life imprisonment in Trinidad and Tobago.",
                "",
                "",
                "W",
            ),
        ],
        [("RELATED ARTICLES", "", "", "B")],
        [("Woman, 64, shot dead in Morvant home", "", "", "B")],
        [("Judge frees man after 11 years on remand", "", "", "B")],
        [
            (
                "Savannah Gazette Ltd. is a member of the Media Complaints Council of Trinidad and Tobago.",
                "",
                "",
                "B",
            )
        ],
        [("© 2026 Savannah Gazette Ltd.", "", "", "B")],
    ],
    [
        [("KOWLOON STANDARD", "", "", "B")],
        [
            (
                "HK | China | Asia | World | Business | Markets | Property | Tech | Opinion",
                "",
                "",
                "B",
            )
        ],
        [("HSI 21,406.18 ▲0.4%  ·  HSCEI 7,702.55 ▲0.3%  ·  USD/HKD 7.8132", "", "", "B")],
        [("Business › Companies", "", "", "B")],
        [
            (
                "Golden Crown Bakeries profit falls 18.6% as flour costs bite; dividend held for sixth year",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Chairman expects a ‘tough first half’ but says 40 new shops will open in Guangdong",
                "Augustine Lai Chun-hei",
                "expects",
                "",
            )
        ],
        [("Vivian Tam Hoi-yan", "", "", "B")],
        [("Published: 6:32pm, 24 Mar 2026", "", "", "B")],
        [("Share  ·  Save  ·  Gift this article", "", "", "B")],
        [
            (
                "Golden Crown Bakeries Holdings Ltd., Hong Kong’s largest bakery chain by number of shops, said on Tuesday its net profit for 2025 fell 18.6% to HK$412.7 million, its first annual fall in five years.",
                "Golden Crown Bakeries Holdings Ltd.",
                "said",
                "W",
            ),
            ("Revenue rose 3.1% to HK$8.43 billion.", "", "", "W"),
        ],
        [
            (
                "The board proposed a final dividend of 21 HK cents a share, unchanged from 2024, keeping the full-year payout at 33 cents for the sixth year in a row.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Chief financial officer Winnie Cheuk Mei-ling blamed higher flour and butter prices, which she said had added about HK$190 million to costs.",
                "Winnie Cheuk Mei-ling",
                "blamed",
                "W",
            ),
            ("Gross margin fell to 52.4% from 55.9%.", "", "", "W"),
            (
                "“We chose not to pass all of it on to customers,” Cheuk said on a call with analysts.",
                "Winnie Cheuk Mei-ling",
                "said",
                "",
            ),
        ],
        [
            (
                "The group buys most of its flour from a single mainland supplier, Shunde Hop Fat Flour Mill Co.",
                "",
                "",
                "W",
            ),
            (
                "It signed a new three-year contract with the mill in January at prices about 6% below last year’s.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("In November the company bought a 35% stake in Sunbeam Loaf Inc.", "", "", "W"),
            ("The California chain has 58 shops, most of them around Los Angeles.", "", "", "W"),
            ("Golden Crown has no shops of its own in the U.S.", "", "", "W"),
            ("It plans to open two in San Francisco next year under its own name.", "", "", ""),
        ],
        [
            (
                "Chairman Augustine Lai Chun-hei said he expected a “tough first half” as Hong Kong families kept spending their weekends in Shenzhen.",
                "Augustine Lai Chun-hei",
                "said",
                "",
            ),
            (
                "He said the group would open 40 shops in Guangdong this year and close about 15 in Hong Kong.",
                "Augustine Lai Chun-hei",
                "said",
                "",
            ),
            ("“Is Hong Kong retail finished?", "Augustine Lai Chun-hei", "said", ""),
            ("No.", "Augustine Lai Chun-hei", "said", ""),
            ("But it is changing, and so are we,” Lai said.", "Augustine Lai Chun-hei", "said", ""),
        ],
        [
            (
                "The chain had 412 shops at the end of December: 236 in Hong Kong, 171 in the mainland and five in Macau.",
                "",
                "",
                "W",
            ),
            ("Hong Kong same-store sales fell 4.8%, vs. a 2.3% rise in the mainland.", "", "", "W"),
        ],
        [("KEY FIGURES (HK$ million)", "", "", "B")],
        [("Item | 2024 | 2025", "", "", "B")],
        [("Revenue | 8,176.4 | 8,429.9", "", "", "")],
        [("Gross profit | 4,570.6 | 4,417.3", "", "", "")],
        [("Net profit | 507.0 | 412.7", "", "", "")],
        [("Source: company filing to the Hong Kong Stock Exchange", "", "", "B")],
        [
            ("The results were published at 12:05 p.m.", "", "", "W"),
            (
                "The shares closed 4.2% lower at HK$6.38, while the Hang Seng Index rose 0.4%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Raymond Ho Siu-fung, an analyst at Peak Harbour Securities Ltd., said the results were “a bit worse than feared” but the dividend was “a sign of confidence”.",
                "Raymond Ho Siu-fung",
                "said",
                "",
            ),
            (
                "He expects profit to recover to about HK$460 million in 2026.",
                "Raymond Ho Siu-fung",
                "expects",
                "",
            ),
        ],
        [
            (
                "At the chain’s Mong Kok flagship on Tuesday morning, the queue for egg tarts stretched to the corner.",
                "",
                "",
                "",
            ),
            ("“Same price as last year?", "Chan Yiu-wah", "said", ""),
            (
                "Good,” said one customer, retired bus driver Chan Yiu-wah.",
                "Chan Yiu-wah",
                "said",
                "",
            ),
        ],
        [("The annual general meeting will be held on May 28.", "", "", "W")],
        [("More on this", "", "", "B")],
        [("Hong Kong retail sales fall for 11th month in a row", "", "", "B")],
        [("Mainland chains turn up the heat on city’s bakeries", "", "", "B")],
        [
            ("Copyright © 2026 Kowloon Standard Publishers Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [("ISLAND BEACON", "", "", "B")],
        [
            (
                "News | Politics | Business | Sport | TT & Motorsport | Community | Obituaries",
                "",
                "",
                "B",
            )
        ],
        [("Health", "", "", "B")],
        [("Noble's outpatient waiting list hits record 8,412 for 10th month running", "", "", "W")],
        [
            (
                "Manx Care says a new orthopaedic theatre will 'turn the corner' by the autumn",
                "Manx Care",
                "says",
                "",
            )
        ],
        [("By Ewan Quirk-Sayle", "", "", "B")],
        [("Thursday 16 April 2026, 3:18 pm", "", "", "B")],
        [("Share: Facebook | X | Email", "", "", "B")],
        [
            (
                "The number of people waiting for a first outpatient appointment at Noble's Hospital reached 8,412 at the end of March, the highest since Manx Care began publishing the figures in 2021, according to its monthly performance report.",
                "its monthly performance report",
                "according to",
                "W",
            ),
            ("It is the 10th month in a row that the list has set a record.", "", "", "W"),
        ],
        [
            (
                "More than half of those waiting, 4,391, had been on the list for over a year.",
                "",
                "",
                "W",
            ),
            (
                "The longest waits were in orthopaedics, where one patient had waited 212 weeks, and in dermatology, i.e. skin conditions, at 168 weeks.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In the emergency department, 71.3% of patients were seen and discharged or admitted within four hours in March, vs. a target of 95%.",
                "",
                "",
                "W",
            ),
            (
                "The department was at its fullest on March 11, when 34 patients were in it at 8 a.m.",
                "",
                "",
                "W",
            ),
            ("Twelve of them were waiting for a bed on a ward.", "", "", "W"),
        ],
        [
            (
                "Manx Care chief executive Philippa Corlett-Brand said the report reflected “a system under enormous pressure”.",
                "Philippa Corlett-Brand",
                "said",
                "",
            ),
            (
                "She said 1,106 operations had been cancelled in 2025 because no bed was available, most of them between November and February.",
                "Philippa Corlett-Brand",
                "said",
                "W",
            ),
            (
                "She said a second orthopaedic theatre, due to open in September, would “turn the corner” on the longest waits by the autumn.",
                "Philippa Corlett-Brand",
                "said",
                "",
            ),
        ],
        [
            (
                "Corlett-Brand blamed the shortage of beds on 41 patients who were medically fit to leave but had no nursing home place or care package to go to.",
                "Philippa Corlett-Brand",
                "blamed",
                "W",
            )
        ],
        [("WAITING LISTS AT A GLANCE (end of March)", "", "", "B")],
        [("Measure | 2025 | 2026", "", "", "B")],
        [("First outpatient appointment | 7,186 | 8,412", "", "", "")],
        [("Waiting over 52 weeks | 3,240 | 4,391", "", "", "")],
        [("A&E within 4 hours | 68.9% | 71.3%", "", "", "")],
        [("Source: Manx Care Integrated Performance Report", "", "", "B")],
        [("The outpatient list has grown by 17.1% in a year.", "", "", "W")],
        [
            (
                "Daphne Kermode-Teare MHK said the figures were “a disgrace” and that the government had “run out of excuses”.",
                "Daphne Kermode-Teare",
                "said",
                "",
            ),
            (
                "She said she would table a question to the health minister at next week's sitting of the House of Keys.",
                "Daphne Kermode-Teare",
                "said",
                "",
            ),
            (
                "“How long does a pensioner wait for a new hip on this island?",
                "Daphne Kermode-Teare",
                "asked",
                "",
            ),
            ("Four years?” she asked.", "Daphne Kermode-Teare", "asked", ""),
        ],
        [
            (
                "Health and Social Care Minister Rob Callister-Quine said the department had sent 640 patients to hospitals in Liverpool and Manchester for surgery since January, at a cost of approx. £3.1 million.",
                "Rob Callister-Quine",
                "said",
                "W",
            ),
            (
                "He said more patients would be sent across in the summer.",
                "Rob Callister-Quine",
                "said",
                "",
            ),
        ],
        [
            (
                "Ramsey grandmother Morag Cregeen-Faragher, 74, has waited 27 months for a knee replacement.",
                "",
                "",
                "W",
            ),
            (
                "“Some days I can't get to the end of the garden…",
                "Morag Cregeen-Faragher",
                "said",
                "",
            ),
            (
                "I used to walk the whole of the Millennium Way,” she said.",
                "Morag Cregeen-Faragher",
                "said",
                "",
            ),
            ("“They keep saying next year.", "Morag Cregeen-Faragher", "said", ""),
            ("Which year?” she said.", "Morag Cregeen-Faragher", "said", ""),
        ],
        [("Can I get treated faster?", "", "", "")],
        [
            (
                "Under the island's treatment-abroad rules, a GP can ask for a patient to be treated in England, e.g. where the wait on the island is more than a year, but the department must approve it first.",
                "",
                "",
                "W",
            )
        ],
        [("The April figures will be published on May 21.", "", "", "W")],
        [("Most read", "", "", "B")],
        [("1", "", "", "B")],
        [("TT 2026: road closure times announced", "", "", "B")],
        [("2", "", "", "B")],
        [("Douglas promenade works to finish three weeks late", "", "", "B")],
        [
            ("© Island Beacon Media Ltd. 2026.", "", "", "B"),
            ("Registered in the Isle of Man No. 014772C.", "", "", "B"),
        ],
    ],
    [
        [("THE DHAKA DISPATCH", "", "", "B")],
        [
            (
                "Home | Bangladesh | Business | Economy | World | Sports | Opinion | Youth",
                "",
                "",
                "B",
            )
        ],
        [("Business", "", "", "B")],
        [
            (
                "Chattogram port at standstill on second day of dock workers’ strike; 63 ships wait at anchor",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Garment exporters say orders for the Christmas season are at risk",
                "Garment exporters",
                "say",
                "",
            )
        ],
        [("Staff Correspondent, Chattogram", "", "", "B")],
        [("Published: 11 Sep 2025, 10:47 PM  |  Updated: 12 Sep 2025, 12:15 AM", "", "", "B")],
        [("Follow us on Google News", "", "", "B")],
        [
            (
                "Gantry cranes stand idle at the Karnaphuli Container Terminal on Thursday afternoon.",
                "",
                "",
                "",
            )
        ],
        [("Photo: Dispatch/Mizanur Rahman-Sheikh", "", "", "B")],
        [
            (
                "Cargo handling at Chattogram port, which carries about 92% of Bangladesh’s seaborne trade, stopped completely for a second day on Thursday as around 7,200 dock workers kept up a 72-hour strike over pay.",
                "",
                "",
                "W",
            ),
            (
                "It is the first full stoppage at the port since a two-day strike in 2019, according to the Chittagong Port Authority (CPA).",
                "the Chittagong Port Authority",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Sixty-three ships were waiting at the outer anchorage at 6 a.m. Thursday, up from 38 on Tuesday, the authority said.",
                "the authority",
                "said",
                "W",
            ),
            (
                "The port’s container yards held 46,310 TEUs (twenty-foot equivalent units), vs. a capacity of 53,518.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The strike was called by the Chattogram Dock Sramik Oikya Parishad, an alliance of six unions, after talks with the port authority broke down at 11:30 p.m. on Monday.",
                "",
                "",
                "W",
            ),
            (
                "Its convener, Md. Rafiqul Alam-Bhuiyan, said workers were demanding a 40% rise in daily wages, which were last raised in 2021.",
                "Md. Rafiqul Alam-Bhuiyan",
                "said",
                "W",
            ),
            (
                "“We will not go back until we see it in writing… not a promise, in writing,” he told reporters at the port gate.",
                "Md. Rafiqul Alam-Bhuiyan",
                "told reporters",
                "",
            ),
            (
                "“Can a family live on Tk 650 a day in this city?” he asked.",
                "Md. Rafiqul Alam-Bhuiyan",
                "asked",
                "",
            ),
        ],
        [
            (
                "CPA chairman Rear Admiral S. M. Mahbub Kabir-Taluqder said the authority had offered a 15% rise from January.",
                "S. M. Mahbub Kabir-Taluqder",
                "said",
                "W",
            ),
            (
                "He called the strike “unlawful and unfair to the country”.",
                "S. M. Mahbub Kabir-Taluqder",
                "called",
                "",
            ),
        ],
        [
            (
                "The shipping ministry said it had asked the home ministry to deploy Ansar guards at the port’s 13 gates.",
                "The shipping ministry",
                "said",
                "W",
            )
        ],
        [
            (
                "Private inland container depots, which handle 38 kinds of export goods, e.g. garments, jute and leather, kept working but could not send boxes to the port.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The Chattogram Knitwear Exporters’ Council estimated that its members were losing about Tk 320 crore a day in delayed shipments.",
                "The Chattogram Knitwear Exporters’ Council",
                "estimated",
                "",
            ),
            (
                "Its vice-president, Farhana Rahman-Sircar, said at least 140 containers of knitwear had missed a feeder vessel to Colombo on Wednesday.",
                "Farhana Rahman-Sircar",
                "said",
                "W",
            ),
            (
                "She said most of it was bound for Germany, Spain and the U.S.",
                "Farhana Rahman-Sircar",
                "said",
                "W",
            ),
            (
                "Several buyers had already asked for discounts for late delivery, she said.",
                "Farhana Rahman-Sircar",
                "said",
                "W",
            ),
            ("“Christmas orders go out now…", "Farhana Rahman-Sircar", "said", ""),
            (
                "If we miss this window, the buyers go to Vietnam,” she said.",
                "Farhana Rahman-Sircar",
                "said",
                "",
            ),
        ],
        [
            (
                "Shipping lines have begun charging a congestion surcharge of $150 a container on cargo bound for Chattogram, the Bangladesh Shipping Agents’ Association said.",
                "the Bangladesh Shipping Agents’ Association",
                "said",
                "W",
            )
        ],
        [
            (
                "Along Port Connecting Road, lorries stood bumper to bumper for nearly four kilometres, their drivers asleep in the cabs.",
                "",
                "",
                "",
            ),
            (
                "Driver Abdul Jalil-Mridha said he had been waiting with a load of jute since 4 p.m. Tuesday.",
                "Abdul Jalil-Mridha",
                "said",
                "",
            ),
        ],
        [("Who is losing the most?", "", "", "")],
        [
            (
                "Bangladesh exported garments worth $38.5 billion in fiscal 2024-25, about 81% of all its exports, according to Export Promotion Bureau data.",
                "Export Promotion Bureau data",
                "according to",
                "W",
            ),
            (
                "Economists at the Policy Exchange Forum, a Dhaka think tank, estimated that each day of stoppage cost the economy about $110 million.",
                "Economists at the Policy Exchange Forum",
                "estimated",
                "",
            ),
        ],
        [
            ("The strike is due to end at 6 a.m. on Saturday.", "", "", ""),
            (
                "The unions have said they will extend it indefinitely if no agreement is signed by then.",
                "The unions",
                "have said",
                "",
            ),
            (
                "Talks are scheduled for 3 p.m. on Friday at the shipping ministry in Dhaka.",
                "",
                "",
                "W",
            ),
        ],
        [("Related topics", "", "", "B")],
        [("Chattogram port  |  Strike  |  RMG  |  Exports", "", "", "B")],
        [
            (
                "Published by Dispatch Media Ltd. from 52 Kazi Nazrul Islam Avenue, Dhaka-1215.",
                "",
                "",
                "B",
            )
        ],
        [("© 2025 The Dhaka Dispatch.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [
        [("THE VALLETTA VOICE", "", "", "B")],
        [("Local | Politics | Business | World | Sport | Opinion | Lifestyle | Gozo", "", "", "B")],
        [("Business", "", "", "B")],
        [("Tourist arrivals hit record 3.61 million for third year running", "", "", "W")],
        [
            (
                "Hoteliers say Malta is ‘at capacity’ in summer and want growth moved to winter",
                "Hoteliers",
                "say",
                "",
            )
        ],
        [("Written by Karl Vella-Borg", "", "", "B")],
        [("Thursday, 5 February 2026, 11:32", "", "", "B")],
        [
            (
                "Tourists queue for a harbour cruise at the Sliema ferries on a Sunday in August.",
                "",
                "",
                "",
            )
        ],
        [("File photo", "", "", "B")],
        [
            (
                "Malta welcomed 3.61 million inbound tourists in 2025, up 7.4% on the year before and a record for the third year in a row, the National Statistics Office said on Wednesday.",
                "the National Statistics Office",
                "said",
                "W",
            ),
            (
                "Tourists spent €3.41 billion, or approx. €945 each, up from €3.12 billion.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Total nights spent rose 4.9% to 24.8 million.", "", "", "W"),
            (
                "The average stay fell to 6.9 nights from 7.0, the shortest since the NSO began publishing the series in 2010.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The UK remained the largest market, with 738,000 visitors, followed by Italy with 671,000 and France with 344,000.",
                "",
                "",
                "W",
            ),
            (
                "Arrivals from Poland rose 31%, the fastest growth of any market with more than 100,000 visitors.",
                "",
                "",
                "W",
            ),
        ],
        [("TOP FIVE MARKETS, 2025", "", "", "B")],
        [("Country | Tourists | Change vs. 2024", "", "", "B")],
        [("United Kingdom | 738,000 | +2.1%", "", "", "")],
        [("Italy | 671,000 | +5.6%", "", "", "")],
        [("France | 344,000 | +8.9%", "", "", "")],
        [("Germany | 291,000 | +4.3%", "", "", "")],
        [("Poland | 187,000 | +31.0%", "", "", "")],
        [("Source: National Statistics Office", "", "", "B")],
        [
            (
                "December was the busiest December on record, with 178,400 tourists, while August was again the busiest month of the year, with 463,900.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Tourism Minister Ian Grech-Spiteri said the figures proved that the government’s strategy of attracting “quality, not just quantity” was working.",
                "Ian Grech-Spiteri",
                "said",
                "",
            ),
            (
                "He said spending per night had risen by 4.2% to €137.50.",
                "Ian Grech-Spiteri",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Malta Tourism Authority expects arrivals to reach about 3.8 million this year, helped by 14 new air routes for the summer.",
                "The Malta Tourism Authority",
                "expects",
                "",
            )
        ],
        [
            (
                "The Malta Hospitality Federation said hotels in St. Julian’s and St. Paul’s Bay had run at 94% occupancy in July and August, compared with 81% across the year.",
                "The Malta Hospitality Federation",
                "said",
                "W",
            ),
            (
                "Its president, Marthese Zammit-Ciantar, said the islands were “at capacity” in summer and that growth should come in the winter months, i.e. November to March.",
                "Marthese Zammit-Ciantar",
                "said",
                "",
            ),
            (
                "“Can we put more people on the same roads in August?",
                "Marthese Zammit-Ciantar",
                "said",
                "",
            ),
            ("I don’t think so,” she said.", "Marthese Zammit-Ciantar", "said", ""),
        ],
        [
            ("The fastest-growing airline at the airport was Azure Wings Ltd.", "", "", "W"),
            (
                "It carried 612,000 passengers to and from Malta in 2025, 48% more than in 2024.",
                "",
                "",
                "W",
            ),
            (
                "The Irish-registered carrier will open a base in Malta in April with two aircraft.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Not everyone is celebrating.", "", "", ""),
            (
                "The number of licensed short-let properties rose to 15,870 at the end of 2025, from 12,310 a year earlier, according to the Malta Tourism Authority.",
                "the Malta Tourism Authority",
                "according to",
                "W",
            ),
            (
                "“Every other door on my street has a key box…",
                "Rita Camilleri-Farrugia",
                "said",
                "",
            ),
            (
                "We don’t know our neighbours any more,” said Rita Camilleri-Farrugia, 67, who has lived in Xlendi for 40 years.",
                "Rita Camilleri-Farrugia",
                "said",
                "",
            ),
        ],
        [("Cruise passengers, who are counted separately, rose 3.2% to 912,400.", "", "", "W")],
        [("Is Malta too crowded?", "", "", "")],
        [
            (
                "With about 1,700 people per square kilometre, Malta is the most densely populated country in the European Union.",
                "",
                "",
                "W",
            ),
            (
                "Tourist arrivals now outnumber residents by more than six to one each year.",
                "",
                "",
                "W",
            ),
        ],
        [("The NSO will publish January’s figures on March 4.", "", "", "W")],
        [("Related Stories", "", "", "B")],
        [("Gozo ferry passenger numbers up 6% in 2025", "", "", "B")],
        [("Get the day’s top stories in your inbox every morning at 7 a.m.", "", "", "B")],
        [
            ("© 2026 Voice Media Group Ltd.", "", "", "B"),
            ("Company Reg. No. C 48213.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n152-ni-am-ends-sentence",
        "Counting of the Carrickmoyle ballot papers began at 9 a.m. The final seat was not filled until 11.52 p.m., after nine stages.",
        [
            "Counting of the Carrickmoyle ballot papers began at 9 a.m.",
            "The final seat was not filled until 11.52 p.m., after nine stages.",
        ],
    ),
    (
        "n152-ni-question-then-answer",
        "“Did I expect to top it again? Honestly, no,” McGarrity-Doone said as supporters chanted her name.",
        [
            "“Did I expect to top it again?",
            "Honestly, no,” McGarrity-Doone said as supporters chanted her name.",
        ],
    ),
    (
        "n152-ni-co-tyrone",
        "Trimble-Hanna, a dairy farmer from near Drumquin, Co. Tyrone, called the margin “a lesson that every single vote counts.” He said the Ulster Unionists had won a seat in the area at every council election since 1985.",
        [
            "Trimble-Hanna, a dairy farmer from near Drumquin, Co. Tyrone, called the margin “a lesson that every single vote counts.”",
            "He said the Ulster Unionists had won a seat in the area at every council election since 1985.",
        ],
    ),
    (
        "n152-im-am-ends-sentence",
        "The department was at its fullest on March 11, when 34 patients were in it at 8 a.m. Twelve of them were waiting for a bed on a ward.",
        [
            "The department was at its fullest on March 11, when 34 patients were in it at 8 a.m.",
            "Twelve of them were waiting for a bed on a ward.",
        ],
    ),
    (
        "n152-wa-three-times",
        "A 999 call was made at 11.24 p.m. His body was recovered by police divers from a depth of 14 metres shortly after 2 a.m. The search had involved 23 people from the police, the fire service and Aberglaslyn Mountain Rescue Team.",
        [
            "A 999 call was made at 11.24 p.m.",
            "His body was recovered by police divers from a depth of 14 metres shortly after 2 a.m.",
            "The search had involved 23 people from the police, the fire service and Aberglaslyn Mountain Rescue Team.",
        ],
    ),
    (
        "n152-wa-ltd-ends-sentence",
        "The quarry is owned by Gwyrfai Slate Holdings Ltd. The firm's director, Rhodri Lewis-Pritchard, told the inquest that two signs warning of deep, cold water had been put up at the main gate in 2019.",
        [
            "The quarry is owned by Gwyrfai Slate Holdings Ltd.",
            "The firm's director, Rhodri Lewis-Pritchard, told the inquest that two signs warning of deep, cold water had been put up at the main gate in 2019.",
        ],
    ),
    (
        "n152-wa-ellipsis-then-question",
        "“Please, if you are young and it's hot… stay out of the quarries,” they said. “How many more families have to sit in that room?” they asked.",
        [
            "“Please, if you are young and it's hot… stay out of the quarries,” they said.",
            "“How many more families have to sit in that room?” they asked.",
        ],
    ),
    (
        "n152-wa-question-in-quote",
        "“It was pitch black by then… we could only hear him shouting,” he said. “Why didn't we stop him? I ask myself that every day,” he said.",
        [
            "“It was pitch black by then… we could only hear him shouting,” he said.",
            "“Why didn't we stop him?",
            "I ask myself that every day,” he said.",
        ],
    ),
    (
        "n152-ng-nig-ltd",
        "The syrup is made by Ebunoluwa Pharma (Nig.) Ltd. It is sold in 60ml and 100ml bottles, mainly for children aged two to 12.",
        [
            "The syrup is made by Ebunoluwa Pharma (Nig.) Ltd.",
            "It is sold in 60ml and 100ml bottles, mainly for children aged two to 12.",
        ],
    ),
    (
        "n152-ng-mrs-and-question",
        "“Customers have been bringing it back since morning… some of them crying,” said the owner, Mrs. Nkechi Udeh-Anyanwu. “What do I tell a mother whose child took it last night?” she asked.",
        [
            "“Customers have been bringing it back since morning… some of them crying,” said the owner, Mrs. Nkechi Udeh-Anyanwu.",
            "“What do I tell a mother whose child took it last night?” she asked.",
        ],
    ),
    (
        "n152-ng-gov-mid-sentence",
        "Ogun State Gov. Olamide Adekunle-Bashorun on Tuesday ordered the state ministry of health to inspect every drug factory in the Sagamu and Ota industrial areas within 30 days.",
        [
            "Ogun State Gov. Olamide Adekunle-Bashorun on Tuesday ordered the state ministry of health to inspect every drug factory in the Sagamu and Ota industrial areas within 30 days."
        ],
    ),
    (
        "n152-ng-rep-mid-sentence",
        "Rep. Chinedu Okafor-Nwosu, who chairs the House of Representatives Committee on Health Institutions, said the recall showed the agency's testing was working but that factories were still cutting corners. He said the committee would summon the company's directors next week.",
        [
            "Rep. Chinedu Okafor-Nwosu, who chairs the House of Representatives Committee on Health Institutions, said the recall showed the agency's testing was working but that factories were still cutting corners.",
            "He said the committee would summon the company's directors next week.",
        ],
    ),
    (
        "n152-jm-ellipsis-capital",
        "“But these are not the same children the paper wrote about in 2022… They believe they can pass.”",
        [
            "“But these are not the same children the paper wrote about in 2022…",
            "They believe they can pass.”",
        ],
    ),
    (
        "n152-jm-church-st-ends",
        "Grade seven classes were moved in January to a second building on Church St. The move ended the shift system at the school for the first time in 11 years.",
        [
            "Grade seven classes were moved in January to a second building on Church St.",
            "The move ended the shift system at the school for the first time in 11 years.",
        ],
    ),
    (
        "n152-jm-ont-ends-then-exclamation",
        "Among those who wrote to congratulate the school was Shanique Morrison-Kerr, a 2014 graduate who now teaches high-school mathematics in Brampton, Ont. She has tutored Greenvale students by video call every Saturday since 2023. “When I heard the news, I screamed!” she said.",
        [
            "Among those who wrote to congratulate the school was Shanique Morrison-Kerr, a 2014 graduate who now teaches high-school mathematics in Brampton, Ont.",
            "She has tutored Greenvale students by video call every Saturday since 2023.",
            "“When I heard the news, I screamed!” she said.",
        ],
    ),
    (
        "n152-ug-us-ends-sentence",
        "In 2024 he spent three weeks on trial with a second-tier club in the U.S. That move fell through when he could not get a work visa in time, his agent, Ibrahim Ssali-Kaweesa, said.",
        [
            "In 2024 he spent three weeks on trial with a second-tier club in the U.S.",
            "That move fell through when he could not get a work visa in time, his agent, Ibrahim Ssali-Kaweesa, said.",
        ],
    ),
    (
        "n152-ug-pm-ends-sentence",
        "The Federation of Uganda Football Associations said the transfer was registered on its system at 11:38 p.m. The Moroccan league’s registration window closed at midnight.",
        [
            "The Federation of Uganda Football Associations said the transfer was registered on its system at 11:38 p.m.",
            "The Moroccan league’s registration window closed at midnight.",
        ],
    ),
    (
        "n152-cy-mt-ie-pm-saturday",
        "An orange warning is in force until 7 p.m. Saturday for inland areas, and a yellow warning for the coasts and the mountains, i.e. Troodos, Pitsilia and the Mt. Olympus area.",
        [
            "An orange warning is in force until 7 p.m. Saturday for inland areas, and a yellow warning for the coasts and the mountains, i.e. Troodos, Pitsilia and the Mt. Olympus area."
        ],
    ),
    (
        "n152-cy-pm-ends-sentence",
        "Demand on the electricity grid peaked at 1,247 megawatts at 2:15 p.m. The Electricity Authority of Cyprus said it was the highest demand in its history. Rolling cuts of up to an hour hit parts of Strovolos and Latsia between 3 p.m. and 5 p.m.",
        [
            "Demand on the electricity grid peaked at 1,247 megawatts at 2:15 p.m.",
            "The Electricity Authority of Cyprus said it was the highest demand in its history.",
            "Rolling cuts of up to an hour hit parts of Strovolos and Latsia between 3 p.m. and 5 p.m.",
        ],
    ),
    (
        "n152-lk-initials",
        "Director General W. A. D. Ranasinghe-Fonseka told a news conference in Battaramulla that a fall in births was the main reason for the slowdown. Registered births fell from about 350,000 in 2012 to 247,000 in 2024, she said.",
        [
            "Director General W. A. D. Ranasinghe-Fonseka told a news conference in Battaramulla that a fall in births was the main reason for the slowdown.",
            "Registered births fell from about 350,000 in 2012 to 247,000 in 2024, she said.",
        ],
    ),
    (
        "n152-lk-etc-ends-sentence",
        "For the first time, the census asked about household amenities: piped water, electricity, a flush toilet, internet access, etc. Nearly all households, 98.1%, now have electricity.",
        [
            "For the first time, the census asked about household amenities: piped water, electricity, a flush toilet, internet access, etc.",
            "Nearly all households, 98.1%, now have electricity.",
        ],
    ),
    (
        "n152-lk-company-line",
        "© 2026 Courant Newspapers (Pvt.) Ltd., No. 8, Hunupitiya Lake Road, Colombo 2.",
        ["© 2026 Courant Newspapers (Pvt.) Ltd., No. 8, Hunupitiya Lake Road, Colombo 2."],
    ),
    (
        "n152-tt-jr-ends-sentence",
        "Dillon St. Rose-Alleyne pleaded guilty in January to the manslaughter of Kerwin Baptiste Jr. He had originally been charged with murder.",
        [
            "Dillon St. Rose-Alleyne pleaded guilty in January to the manslaughter of Kerwin Baptiste Jr.",
            "He had originally been charged with murder.",
        ],
    ),
    (
        "n152-tt-st-ends-sentence",
        "Baptiste, 31, was stabbed once in the chest outside the Tamarind Rum Shop on Charlotte St. He died at the Port of Spain General Hospital at 3:20 a.m. on New Year’s Day 2024, about an hour later.",
        [
            "Baptiste, 31, was stabbed once in the chest outside the Tamarind Rum Shop on Charlotte St.",
            "He died at the Port of Spain General Hospital at 3:20 a.m. on New Year’s Day 2024, about an hour later.",
        ],
    ),
    (
        "n152-tt-two-questions",
        "“Seventeen years? For my child’s life?” she said. “It will never be enough… never.”",
        [
            "“Seventeen years?",
            "For my child’s life?” she said.",
            "“It will never be enough… never.”",
        ],
    ),
    (
        "n152-hk-co-ends-sentence",
        "The group buys most of its flour from a single mainland supplier, Shunde Hop Fat Flour Mill Co. It signed a new three-year contract with the mill in January at prices about 6% below last year’s.",
        [
            "The group buys most of its flour from a single mainland supplier, Shunde Hop Fat Flour Mill Co.",
            "It signed a new three-year contract with the mill in January at prices about 6% below last year’s.",
        ],
    ),
    (
        "n152-hk-inc-and-us",
        "In November the company bought a 35% stake in Sunbeam Loaf Inc. The California chain has 58 shops, most of them around Los Angeles. Golden Crown has no shops of its own in the U.S.",
        [
            "In November the company bought a 35% stake in Sunbeam Loaf Inc.",
            "The California chain has 58 shops, most of them around Los Angeles.",
            "Golden Crown has no shops of its own in the U.S.",
        ],
    ),
    (
        "n152-hk-question-no-but",
        "“Is Hong Kong retail finished? No. But it is changing, and so are we,” Lai said.",
        ["“Is Hong Kong retail finished?", "No.", "But it is changing, and so are we,” Lai said."],
    ),
    (
        "n152-bd-md-and-ellipsis",
        "Its convener, Md. Rafiqul Alam-Bhuiyan, said workers were demanding a 40% rise in daily wages, which were last raised in 2021. “We will not go back until we see it in writing… not a promise, in writing,” he told reporters at the port gate.",
        [
            "Its convener, Md. Rafiqul Alam-Bhuiyan, said workers were demanding a 40% rise in daily wages, which were last raised in 2021.",
            "“We will not go back until we see it in writing… not a promise, in writing,” he told reporters at the port gate.",
        ],
    ),
    (
        "n152-mt-ltd-ends-sentence",
        "The fastest-growing airline at the airport was Azure Wings Ltd. It carried 612,000 passengers to and from Malta in 2025, 48% more than in 2024.",
        [
            "The fastest-growing airline at the airport was Azure Wings Ltd.",
            "It carried 612,000 passengers to and from Malta in 2025, 48% more than in 2024.",
        ],
    ),
]
