"""Fifty-ninth set of new hand-labelled pages for the hint engines (tuning set, round twenty-six): twelve whole pages of everyday news where check-worthiness and sentence splits are hard.

Written from scratch for issue 13 in round twenty-six, before any rule was tuned on them and without
looking at the engine's code or output (nothing under `claimreview/` was opened, no
`labelled_heldout*.py` or `train_*.py` file was read, `hint_scores.py` and `docs/` were not read, and
no test, scorer or engine was run; only an import of this file and `build` on every page, a small
script of my own that checks the sentences, the flags and the split cases against the pages,
whole-word greps of the invented names over `tests/` that listed file names only, and `ruff format` /
`ruff check` were run). The format and the conventions were read from the module docstrings of
`labelled_new.py`, `labelled_new2.py` and `labelled_new53.py` to `labelled_new56.py`, the first two
pages and the first five split cases of `labelled_new56.py`, and `build` in `labelled_articles.py`.
Every person, small place, street, road, park, organisation, outlet, company, school, party, club,
stadium and number is invented (Canada and Ontario; Ireland, Northern Ireland and Co. Tipperary; the
United States, Texas, Burnet County, Arkansas and Little Rock; Germany, Frankfurt, Dortmund, Brno and
the Czech Republic; England; Singapore; India, Maharashtra and Marathwada; Australia, Brisbane and
south-east Queensland; South Africa; New Zealand, Auckland, Wellington, the Hutt Valley and
Manawatū-Whanganui; Kenya, Nairobi and its Eastlands appear only as settings; real public bodies,
laws, schemes and records such as "the Local Journalism Initiative", "the Government of Canada", "the National Treatment Purchase Fund
(NTPF)", "the HSE", "the Department of Health", "the Dáil", "the Irish Nurses and Midwifery
Organisation's Trolley Watch count", "the Texas Penal Code", "the EU Market Abuse Regulation",
"Ofsted", "Ofsted Parent View", "the Department for Education", "Local Democracy Reporter", "the
Public Transport Council (PTC)", "the Ministry of Transport (MOT)", "the National Weather Service",
"the Arkansas Department of Health", "the State Election Commission", "the Constitution" (Art. 243ZA
of India's and Art. 46 of Kenya's), "the National Health and Medical Research Council", "Lifeline",
"the Reserve Bank", "Stats NZ", "the New Zealand Media Council", "the Kenya National Bureau of
Statistics (KNBS)", "The Central Bank of Kenya (CBK)", "the Energy and Petroleum Regulatory Authority
(EPRA)" and "the National Assembly" appear only as settings, with invented figures; "S.B. 114" and
"the 519th District Court" are invented). No surname, town, street, outlet, company, school, party or
club of any file under `tests/` is reused: every capitalised word of these pages, each part of a
hyphenated name included, was grepped as a whole word over the whole `tests/` tree, case-sensitively
and again case-insensitively, and every hit that was an invented name was changed (first names,
titles, real settings and common words such as "Examiner", "Echo", "Sentinel", "Mercury", "Record",
"Lantern", "Stars" and "Rangers" recur).

Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after selecting all in
a browser, so every furniture line is a paragraph of its own, worded in that site's own way. The
twelve pages, from eleven countries, are the everyday news of the brief, each mixing statements of
record with what is not worth checking, with near cases between them: (1) an Ontario community daily
on a town council passing its budget with a 4.9 per cent tax rise (a published long-range plan against
the treasurer's spoken forecast, a councillor's rhetorical question holding a figure, the mayor's pledge
with a date, a resident's quoted figure inside an opinion, advice then a deadline of record; "Ont. —",
"etc." before "Sales", "Ltd." before "The", "By-law No. 2026-07", "Ont." before "Its"); (2) an Irish
regional weekly's site on a hospital's outpatient waiting list (the NTPF's figures, the hospital's
cause and its forecast in a statement, a consultant, a patient's wait, a TD's question, a published
target against the Minister's confidence; ellipses, "approx.", "!" before "she said", a call-out "?"
and "Ltd." and "No." in the footer); (3) a Texas regional daily on a former county treasurer's
sentencing (a judge's reasoning and his figure, an order, a prosecutor, a plea agreement's "para. 3",
the defence's appeal and ask, "S.B. 114", court records; "Tex. —", "§ 32.45", initials, "Jr.", "!"
before a surname and "told reporters", "4 p.m." before a surname, "No. 2025-CR-0418", "Courtroom No.
4"); (4) a German English-language business site on a gear-unit maker's first-quarter results (figures
of record, a published outlook confirmed, spoken forecasts, a consensus, an analyst, a works council
and a spokesperson; "Dr.", "U.S. and", "e.g. as", "Art. 17", "AG." before "The", "GmbH,", "approx.", a
closing single quote before "Nobody", "7 a.m. CET." before "Sign up"); (5) an English local news site
on a primary academy's first Ofsted report card (grades of record, the report's findings, praise and
advice, a headteacher's stated steps against her pledge, the trust's dated step, parents, a councillor;
"(p. 4).", "i.e. before", "e.g. by", "3.15pm", "doesn't it?” he said.", a URL before "Parents", "Ltd."
and "No." in the footer); (6) a Singapore daily on a public transport fare rise (the council's formula
and deferral, a causal claim, subsidy and vouchers, a chairman's hopes against the review report's
estimate, a commuter's fare arithmetic, a retiree, an economist, an MP's question, the pre-peak
discount, advice, a dated review; "Dec 27", "(Sept 29)", "No. 72", a spaced ellipsis before lower
case, "7.45am", "e.g. with", "Pte Ltd."); (7) an Arkansas regional daily on an ice storm (measured ice,
wind and temperature, an outage map, restoration estimates, a fire chief, a county judge's declaration,
a hospital, warming centres, a resident, a meteorologist's comparison, the weather service's forecasts
and the health department's advice; "Ark. —", "4:15 a.m. Monday", "9 a.m." before "Crews", "Thaddeus
M. Quarrieston Jr.,", "No. 4", "Hwy. 7", "W. Main St., and"); (8) an Indian English daily on a
municipal ward by-election count (vote totals that add up, NOTA, turnout, the vacancy, the counting's
times, a recount application and its rejection, the loser's claims, a winner's pledge, a party's
decision; "Dr.", "Ward No. 14", "7.30 a.m." before "Counting", "1.40 p.m. by", "Smt.", "Dy.", "Table
No. 3", "Adv.", "Art. 243ZA", "Rs 2.5 lakh", "Pvt. Ltd."); (9) an Australian national site on a study
linking tree canopy with fewer anxiety prescriptions (the study's findings with an odds ratio and 95%
CI, the authors' caveats, a lead author's methods and hedges, a senior author, a media release's
overstatement and the paper's check, an independent epidemiologist, a council's adopted target against
a councillor's pledge; "approx.", "(Fig. 3).", "(p for trend = 0.002).", "i.e. the", "Prof.", an
ellipsis before lower case, "et al." in the journal line, a DOI); (10) a South African football site's
match report (goals and minutes, the No. 9 shirt, stats in prose, attendance, a delayed kick-off at
"3.50pm", coaches' quotes with "!" and "?" before capitals, "!” Mokwatle said", a stats box, the score
line with "pen.,", a log excerpt, "vs." in the next fixture); (11) a New Zealand news site's monthly
house price report (a data firm's report, the Reserve Bank's published projection against spoken
forecasts, agents, a buyer's own circumstances, a bank economist with "according to Stats NZ" in his
speech, a mortgage adviser's advice; "vs. 41 days", "p.a. at", "Ltd." before "The agency", "Why would
they be?” he said."); and (12) a Kenyan daily's business page on consumer prices (the bureau's figures,
EPRA's review, the central bank's expectation split from its target of record and its cause, a miller,
a trader's wholesale prices, an economist, a consumer group citing "Art. 46", a budget date, a
methodology note at a URL; "Sh171.40", "Ltd. said", a nested "?’" before "What", "Dr.", a spaced
ellipsis before "But", a URL before "Its"). `STYLES` names the site, the story and the stresses of
each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points settled
in `labelled_new2.py` to `labelled_new56.py` hold too (mastheads, menus, crumbs, section labels,
bylines and role lines, date lines, share strips, weather strips, related and most-popular lists,
tags, call-outs, newsletter and WhatsApp lines, funding notes, comment notices, contact lines and
footers "B" line by line; captions by content and credits "B"; standfirsts labelled like headlines,
never split at a semicolon, a "says" in them carrying the source as the body names it; titles, ranks,
honorifics and roles dropped from speakers, "Jr." and initials kept; a pronoun, a later surname or a
role resolved to the full name as first given; organisations, documents and data kept as written,
"according to X" -> X, "It" for an organisation resolved to its name as first given and "It" for a
document to the document as written; a quote over several sentences carrying its speaker and cue;
"according to" inside someone's reported speech carrying the person; plans, votes, decisions, orders,
rules, results and figures of record "W"; spoken forecasts, hopes, pledges, opinions, feelings,
scene, private circumstances, rhetorical questions and advice ""; a hedge making a sentence "" unless
a figure of record rides in it; a forecast or target published in a document "W"; weather forecasts
"" whoever issues them; a checkable figure inside a quote "W" whoever speaks).

Conventions this set had to settle, in the same spirit:

* Rhetorical questions that hold a figure of record. "“Are we really going to ask seniors on fixed
  incomes to find another $162 so we can rebuild one street?” she asked." and the MP's "asked in a
  Facebook post ...: “If wages are not rising by 6 per cent, why should fares?”" are "": a question
  asserts nothing, and the figure is checked where the page states it ("works out to about $162 a
  year, according to the town's finance department" "W"). A figure stated inside an opinion still
  makes it "W" ("“When the town can find $90,000 for a new welcome sign on the highway, don't tell me
  there's nothing left to cut,” said ...", "“We were told ‘up to 380.’", "happy to have got almost 1,200
  votes without a party ..."), as in `labelled_new55.py`, and the jibe or complaint after it stays ""
  ("Nobody says ‘up to’ when the real number is small,” he said.").
* Pledges against scheduled steps. A verb or words of promising make a pledge "", even with a date:
  "Featherby-Roye promised the pool would be open “by Canada Day, ...”" (cue "promised"), "“Parents
  will see a difference in reading by the summer, and I promise them that,”", "Cr ... promised “a tree
  for every resident by 2030”", and a winner's promise of an outcome ("said her first task would be to
  get the Khadak nullah cleaned before the monsoon", "This year it will not,” she said."). A body's
  step stated as a fact of its schedule is "W": "will be set in By-law No. 2026-07, which council is
  scheduled to pass at its Jan. 27 meeting", "It said it would publish an improvement plan for the
  school by 3 April.", "The MOT said it would complete a review of the fare formula by the end of
  2027.", "would close a small assembly plant in Brno ... by the end of September"; so are steps
  already taken ("had bought a new phonics scheme in January") and a politician's act ("had written to
  the Minister for Health", "would file an election petition ... within the 30 days allowed").
* Forecasts by official bodies. A forecast in a press statement is labelled like a spoken one, "":
  "It expects the unit to take about 1,500 patients a year off its ... lists" (the hospital), "The
  Central Bank of Kenya (CBK) said in a statement that it expected inflation to remain within its
  target range" (the target of record follows as its own "W" sentence without a speaker); the weather
  service's "forecast a low of 14 degrees" and "possible" drizzle are "" while its measurements are
  "W". A forecast or target published in a document is "W" with its verb as cue: "The town's long-range
  financial plan ... projects", "Kelbrecht confirmed its outlook for 2026, published in March",
  "The council's review report estimates", "The plan, published in February, aims", "The Reserve
  Bank's February Monetary Policy Statement projects", "The City of Wattlebrae's urban forest strategy,
  adopted in 2024, sets"; the spokesperson's "the Minister was “confident” the target would be met" is
  "".
* Standfirsts. A semicolon standfirst is ONE sentence carrying the first source named with a verb of
  saying, "W" when a figure, vote or decision of record stands in either clause: "Mayor says the
  increase is ‘the floor, not the ceiling’; two councillors voted no" (the mayor, "says"), "Judge calls
  the theft ‘a betrayal of every taxpayer’; defense says it will appeal" (the judge, "calls"), "Co-op
  says ice brought down more than 300 poles; some members may wait until Sunday" (the co-op as the
  body first names it), "National median falls 1.2% to $795,000; agents say buyers are ‘taking their
  time’" (the agents as the body names them, "Several agents"). "Turnout 58.4 per cent; runner-up
  applies for recount, returning officer rejects it" names acts, not speech, and carries no speaker,
  "W". "Researchers say the link may not be cause and effect" carries "Researchers at Marrangal
  University in Brisbane", "" (a hedge).
* Scene against record. The reporter's "About 40 residents filled the council chamber for the meeting,
  which started at 7 p.m. ..." and "every seat in the waiting area was taken by 9am" are scene, "";
  a match attendance published with the game ("A crowd of 18,406, the ground's biggest this season")
  is "W". The sentencing's hour and the defendant's cardigan are scene, "", her being taken into
  custody "W"; the strong room's opening "at 7.30 a.m." with the agents present and the declaration
  "at 1.40 p.m." are steps of the count's record, "W".
* Courts. The judge's weighing of the plea against the scheme's "length and planning" is reasoning,
  "", and his "This was 211 bad decisions,” he said, referring to the number of transfers listed in
  the indictment." is "W"; "He also ordered her to repay ..." is an order without a speaker, "W";
  "Under para. 3 of the plea agreement, X admitted that ..." is "W" without a speaker; the defendant's
  apology carries her with the cue "read a brief statement", ""; the prosecutor's "“She knew exactly
  where the line was ...”" is "".
* Elections. A formally lodged recount application "alleging that the seal on the EVM counted at Table
  No. 3 had been broken" carries the candidate with "alleging", "W" (a specific allegation of record,
  like a specific denial), and the returning officer's rejection "saying the seal had been checked ..."
  carries her with "saying", "W"; the loser's "Something happened at Table 3 ..." to reporters and his
  "?” he asked." are "".
* Science. "a study of more than 41,000 Queenslanders has found" keeps the study as written, "W"; "the
  authors report" with the odds ratio "W"; findings stated by the paper without a verb "W"; "The
  authors caution that ..." and "..., they write." (reverse causation) are caveats, "", "they" going to
  "The authors"; the lead author's methods ("had adjusted for income, age, sex, smoking and distance
  to the nearest GP, but could not account for everything") and plan are "W", her hedges ""; "A media
  release issued by the university on Monday said trees could “cut anxiety”." keeps the release as
  written, "", and the paper's own check after it ("The study does not show that.") is "W" without a
  speaker; an outside expert's general limits of the data are ""; the study's funding is "W". The
  journal reference is ONE "B" sentence, and the DOI line, the support line and the acknowledgement
  of Country are "B".
* Sport. Goals, minutes, the table, stats stated in prose and the caption of a goal are "W"; the stats
  box's title and its header line are "B" and its rows ("Possession: 61% – 39%") are data, "", like the
  "Referee:" and "Attendance:" lines and the log rows, while the score line with its scorers is a
  result, "W"; "“We're top in May!" is "W" (a fact of the table said as a fragment), "Nobody gave us a
  chance in August,” he said." ""; the visiting coach's "blamed the penalty for the defeat" is a
  judgement, "", unlike an official's causal claim of record; "Zikhali-Maritz hopes ..." carries him
  with "hopes", ""; the arithmetic "If Sizakhele beat Njenjela Harbour on Wednesday, they will go back
  above Stars by two points." is "W" (a calculation from the table, not a hedge).
* Business. Quarterly figures stated without a verb of saying carry no speaker, "W"; "according to a
  consensus compiled by the company" keeps the consensus as written; the works council head's account
  of what management told employee representatives ("up to 380 jobs ... could be at risk if ...") is
  "W" (what was said to them is of record, its condition notwithstanding); "A Kelbrecht spokesperson
  said no decision on jobs in Ebersfurt had been taken ..." is "W"; an analyst's "The guidance looks
  brave to me" "".
* People and bodies as written. "The PTC said", "the MOT said", "The MOT said", "The co-op said", "The
  weather service said", "The NTPF said", "the hospital said" and "Kelbrecht confirmed" keep the words
  as written; "It said", "It advised" and "It expects" resolve to the name as first given ("the Public
  Transport Council (PTC)", "the National Weather Service", "University Hospital Carrigvanna (UHC)",
  "The Central Bank of Kenya (CBK)"); "a hospital spokeswoman", "A Kelbrecht spokesperson", "A
  spokesperson for Tambarare Millers Ltd.", "the home club", "traders", "Inspectors" and "Several
  agents" are kept as written. "Ouvrey County Judge Renata Bildstein signed a disaster declaration ..."
  is an act without a speaker, "W", and her "She said ..." after it carries her. "Jonty Lundie is the
  principal of Mataī Coast Realty Ltd." introduces him without a verb of saying (no speaker, ""), and
  "The agency sold 41 homes in April, ..., he said." carries him, "W". The paper's own "Is now a good
  time to buy?" and "Economists are split." carry no speaker, "". Dropped from speakers: "Coun.",
  "Mayor", "Treasurer", "Dr", "Dr.", "Local TD", "State District Judge", "Assistant District
  Attorney", "Defense attorney", "County Commissioner", "Chief executive", "Chief financial officer",
  "Headteacher", "Mrs", "Cllr", "PTC chairman", "Mr", "Ms", "Madam", "Retiree", "Associate Professor",
  "Chief", "Ouvrey County Judge", "Smt.", "Adv.", "LM district president", "SBP city spokesperson",
  "Prof.", "Cr", "Stars coach", "City coach", "Mortgage adviser", "First-home buyer" and the roles in
  apposition; "Harlan P.", "Wallace T." and "Thaddeus M." keep their initials and "Jr." stays.
* Cues as written: "told council", "told reporters", "told Pīwakawaka Daily", "promised", "advised",
  "reminded", "hopes", "blamed", "cited", "noted", "alleging", "saying", "calls", "announced",
  "confirmed", "projects", "aims", "sets", "estimates", "has found", "report", "caution", "write",
  "show", "showed", "praises", "forecast" and "read a brief statement".
* Private and public facts from residents. A patient's wait told by the paper and what her letter told
  her ("“The letter said it would be approx. nine months.") are "W"; a commuter's daily fare rising
  "from $3.18 to $3.38", a parent's "his class had had four different teachers since September", a
  resident's four calls to the co-op's outage line and a trader's wholesale price for a bag of onions
  are "W" (public services and public prices); a salon owner's own tax bill, a buyer's purchase and
  offers, a retiree's plan to walk more and a patient's stairs are private, "".
* Furniture. "Subscribe  |  Sign in  |  e-Edition", the weather strip with its warning, "Get the ...
  Morning Briefing in your inbox every weekday at 7 a.m. CET." and "Sign up" (two "B" sentences),
  "Impressum | Datenschutz | Terms | Contact", the report-card URL line and the Parent View line after
  it, "PHOTOS: ... (24 images)", "Match stats", "Full log ›", the next-fixture line, "PHOTO | NAME",
  the call-out "Have you been affected by waiting times at UHC?" and its contact line (two "B"
  sentences) are "B".

Splits. "etc." ("road salt, fuel, insurance, etc." before "Sales"), "Ltd." (before "The company was",
before "The agency", before "Registered in Ireland No. 612407." and "Registered in England and Wales
No. 04471938.", themselves sentences, and before "All rights reserved."), "Ont." ("Harrowdale, Ont."
before "Its council"), "Inc.", "Pte Ltd.", "Pvt. Ltd." and "Group Ltd." (before "All rights
reserved."), "AG." ("Vossmeier Getriebewerke AG." before "The Dortmund-based"), "a.m." ("at 9 a.m."
before "Crews", "at 7.30 a.m." before "Counting", "7 a.m. CET." before "Sign up"), "p.m." ("shortly
before 4 p.m." before "Castelbruno-Whitsell"), "(p. 4).", "(p. 7).", "(Fig. 3).", "(p for trend =
0.002).", a closing single quote ("‘up to 380.’" before "Nobody"), a URL closing a sentence
("…/provider/21/148203." before "Parents", "www.knbs.or.ke/cpi." before "Its") and a spaced ellipsis
before a capital ("does everything …" / "I'm 71, not 91!”", "if the rains disappoint ..." / "But I
don't think") end a sentence. "Jan. 14, 2026 at 10:22 p.m. ·", "Ont. —", "Coun.", "$61.8-million",
"By-law No. 2026-07,", "Jan. 27", "7 p.m. and", "Tex. —", "§ 32.45,", "Harlan P.", "Wallace T.
Grunzweig Jr. said", "para. 3", "S.B. 114,", "Sept. 1, 2025,", "No. 2025-CR-0418,", "Courtroom No. 4",
"Apr. 8,", "Dr. Sabine", "U.S. and", "€2.45 billion", "e.g. as", "e.g. by", "e.g. with", "e.g.
because", "i.e. before", "i.e. the", "Art. 17", "Art. 243ZA", "Art. 46", "approx. nine", "approx.
6,900", "approx. 10", "GmbH,", "Mrs Darkwa", "Cllr", "3.15pm", "9am", "7.45am", "10am", "3.50pm,",
"(Sept 29)", "Dec 27", "Nov 2", "No. 72", "No. 9", "No. 4", "Hwy. 7", "W. Main St., and", "Thaddeus
M. Quarrieston Jr.,", "4:15 a.m. Monday", "By 9 p.m. Monday,", "8 a.m. to 8 p.m. daily", "Dr.
Sunanda", "Ward No. 14", "Table No. 3", "1.40 p.m. by", "Smt.", "Dy. Collector", "Adv.", "Rs 2.5
lakh", "Prof. Barnaby", "95% CI 0.79–0.94", "Dr. Rukia", "Sh171.40", "Millers Ltd. said", "71'
pen.,", "vs. 41 days", "vs. Mlambovale", "4.89% p.a. at", "et al." and "Epidemiol." in the journal
line never do. A spaced ellipsis before lower case does not end a sentence ("the problem … and every",
"this study … though", "Somebody pays ... either"). A "?" or "!" closing a quote before a lower-case
attribution ("she asked", "he said", "she said", "he asked") does not end the sentence, nor does a "!"
closing a quote before the speaker's capitalised surname and a verb ("she's said so!” Grunzweig told
reporters ...", "hit it!” Mokwatle said ..."); a "?" or "!" before a capital inside a quote ends it
("“Can we get everybody back by Sunday?" / "I think so.", "gunshots all night!" / "The kids", "“We're
top in May!" / "Nobody", "“Was it a penalty?" / "I've watched", "“Would I tell a council ...?" / "Yes",
"‘Why is it so expensive?’" / "What do I tell them?” she asked."), and so does a "?" in furniture
before a capital ("at UHC?" / "Contact"). An MP's quoted question after a colon ("...: “If wages are
not rising by 6 per cent, why should fares?”") is one sentence.

`CASES` holds 30 sentence-split cases in the format of the `CASES` of `labelled_new56.py` (id, text,
expected sentences), each taken word for word from these pages (consecutive lines joined by a newline,
sentences of one line by a space) and written the same way: what a reviewer wants, not what the
engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Canadian community daily in Ontario, a town council passes its budget with a 4.9 per cent tax rise (masthead, log-in strip, menu, section label, headline, semicolon standfirst carrying the mayor, LJI byline, published and updated lines with p.m. and a.m., share strip, caption with credit, Ont. in the dateline, Coun. dropped, according to the finance department, a published long-range plan against the treasurer's spoken forecast, etc. ending a sentence before Sales, a tenure in a relative clause, a rhetorical question with a figure before she asked, a pledge with a date, Ltd. ending a sentence before The, By-law No. 2026-07, Jan. 27 and Feb. 27, meeting attendance as scene, a resident's quoted figure inside an opinion, advice then a deadline of record, Ont. ending a sentence before Its, funding note, related list, Inc. before All rights reserved)",
    "Irish regional weekly's website, a hospital's outpatient waiting list passes 31,000 (masthead, menu, crumb, headline, standfirst carrying the hospital as first named, byline with role, date line with AM, share strip, according to new figures, decimals, the hospital then It said with a cause, a forecast in a press statement, a consultant with Dr dropped, an ellipsis before lower case, a patient's wait told by the paper, approx. inside a quote, a spaced ellipsis before a capital, ! before she said, a TD's rhetorical question before he said, a department spokesperson, a published target against the Minister's confidence, the NTPF figures show, a Trolley Watch count via according to, a GP's advice, call-out with ? before a capital, Ltd. and No. ending sentences in the footer)",
    "US regional daily's site in Texas, a former county treasurer sentenced for taking public funds (masthead, log-in and offer strip, menu, section label, headline, semicolon standfirst carrying the judge with calls, byline with pipe, date and updated line, share strip with a comments count, Tex. in the dateline, Texas Penal Code § 32.45, a judge with a middle initial and District Judge dropped, a quote split at a full stop with a figure of record in the second half, an order without a speaker, a prosecutor, para. 3 of a plea agreement, a defense lawyer with an initial and Jr., ! inside a quote before a capitalised surname and told reporters, the defense's ask, S.B. 114 and Sept. 1, a county commissioner, according to court records, p.m. ending a sentence before a capitalised surname, the defendant's read statement, a resident's opinion, No. 2025-CR-0418 and Courtroom No. 4, reporter's contact line, most-popular list and footer)",
    "German English-language business news site, a gear-unit maker's first-quarter profit falls (masthead with strap, menu, crumb, headline, standfirst carrying the company with says, byline, date line with CEST and read time, share strip, dateline with Germany, the company said with figures of record, sentences of figures without a speaker, a chief executive with Dr. dropped, spoken forecasts, a published outlook confirmed, a finance chief with e.g. inside a forecast, according to a consensus compiled by the company, an analyst's opinion, share price, Art. 17 of the EU Market Abuse Regulation, AG. ending a sentence before The, GmbH mid-sentence, approx., a works council head, a quoted figure ending in a closing single quote before a capital, a spokesperson's statement of record, a dividend vote of record, related line, newsletter line with a.m. CET, Impressum strip, footer)",
    "English local news site, a primary academy's first Ofsted report card (masthead, menu, crumb, headline, standfirst carrying the headteacher with says, LDR byline, published line, share strip, caption with credit, the report's grades of record without a speaker, the report then It says, the report's praise and its advice with i.e. and page references in brackets, a headteacher with Mrs dropped and her tenure in a relative clause, a stated step against a pledge with a date, e.g. inside a step, the trust in a statement then It said, a chief executive's confidence, a dated step announced by the trust, the previous grade of record, 3.15pm scene, a parent's checkable fact about a public service, a question closing a quote before he said, a councillor with Cllr dropped and a rhetorical question before she asked, according to Department for Education figures, a URL ending a sentence before a capital, comments notice, newsletter line, footer with Ltd. and No. ending sentences)",
    "Singapore daily's site, public transport fares to rise 6.2 per cent (masthead, menu, crumb, headline of two facts at a semicolon, standfirst carrying the council with says, byline with role, published and updated lines with PM, share strip, caption of two sentences with credit in capitals, the council announced then It said, the formula's allowed rise and the deferred remainder, a causal claim by the council, the ministry said, a chairman with Mr dropped and later Mr Lew, spoken hopes and forecasts against the review's published estimate, voucher scheme with Nov 2 and 10am, a commuter's fare arithmetic, Mdm dropped from a retiree and bus service No. 72, an economist with Associate Professor dropped and a spaced ellipsis before lower case, an MP's rhetorical question with a figure in a Facebook post, the pre-peak discount rule with 7.45am, advice with e.g., a dated review step, related, footer with Pte Ltd. before All rights reserved)",
    "US regional daily's site in Arkansas, an ice storm leaves tens of thousands without power (masthead, weather strip with a warning, menu, section label, headline, semicolon standfirst carrying the co-op with says, byline with two names, date line with a.m. CST, share strip, caption with credit in brackets, Ark. in the dateline, measured ice, wind and temperature figures of record from the National Weather Service, according to the co-op's outage map, a.m. ending a sentence before Crews, a general manager with an initial and Jr. and later by surname, a spoken restoration estimate against counts of record, a question before a capital inside a quote, Lower Ouvrey Fire District No. 4 and Hwy. 7 with Chief dropped, a county judge's disaster declaration as an act, a hospital spokeswoman, warming centres at W. Main St. with hours, a resident's ! before a capital and her calls to an outage line, a meteorologist's comparison with the 2009 storm and a hedged cause, the weather service's forecasts, the health department's advice with reminded, photo gallery line, related, footer)",
    "Indian English daily's city page in Maharashtra, a municipal ward by-election count (masthead, menu with pipes, crumb, headline with Dr. and Ward No. 14, standfirst of acts of record without a speaker, byline with place, updated line with IST, share strip, caption with credit, city dateline with a colon, Dr. dropped, vote totals that add up, NOTA, turnout via according to the returning officer, a vacancy of record, a.m. ending a sentence before Counting, p.m. mid-sentence, a returning officer with Smt. dropped and Dy. Collector, Table No. 3, a written recount application alleging a broken seal, the rejection with saying, a losing candidate's quote told reporters, a stated petition step, ? before he asked, a winner's pledge against her figure of record, gulal scene, a party president with Adv. dropped, an independent's figure inside a quote, Art. 243ZA, Rs 2.5 lakh, WhatsApp line, also-read, footer with Pvt. Ltd. before All rights reserved)",
    "Australian national news site, a study links tree canopy with fewer anxiety prescriptions (masthead, menu, crumb, headline of a published association, standfirst carrying the researchers as the body first names them with a hedge, byline with role, posted and updated line with am, share strip, a study has found, the authors report with an odds ratio and 95% CI, (Fig. 3). ending a sentence, approx. and i.e., the authors' caveats, a lead author with Dr dropped and a spaced ellipsis before lower case, methods of record against hedges, a senior author with Prof. dropped, a media release's overstatement and the paper's check of it, an independent epidemiologist with Associate Professor dropped and a question before a capital in her quote, a council's adopted canopy target against a councillor's pledge with Cr dropped, the study's funding, journal reference with et al. as one sentence, a DOI URL, support line, related, footer with the acknowledgement of Country)",
    "South African football site, a league match report with statistics (masthead, menu with pipes, crumb, headline, standfirst carrying the coach with says, byline at the ground, date line, share strip, caption with credit, goals and minutes of record, the No. 9 shirt, stats in prose with according to the league's data provider, attendance with scene, a delayed kick-off with 3.50pm and the home club said, a coach's ! before a capital inside a quote with a fact of record, a hope, the visiting coach's blame as judgement and ? before a capital, his goalkeeper's injury, ! before a capitalised surname and said as one sentence, referee's bookings, table arithmetic, a match-stats box with title and header B and data rows, the score line with pen., a log excerpt with rows, next fixture with vs., footer)",
    "New Zealand news site's property page, the monthly house price report (masthead, menu, crumb, headline, semicolon standfirst carrying the agents with say, byline, date line with pm, share strip, caption with credit, according to a data firm's monthly report, decimals, vs. mid-sentence, a research head with Dr dropped, her spoken forecast against the Reserve Bank's published projection, p.a. in a survey figure, the cash rate of record, agents as a group, Ltd. ending a sentence before The and an agency's sales figure, ? closing a quote before he said, a buyer's own circumstances, a rhetorical question and Economists are split, a bank economist's forecast with according to Stats NZ inside his speech, Stats NZ figures showed, a mortgage adviser's advice with e.g., newsletter line, more-in list, Media Council line, footer)",
    "Kenyan national daily's business page, annual inflation rises on food and fuel (masthead, menu with pipes, crumb, headline with pc, standfirst carrying the central bank with says, byline, published line with EAT, share strip, two-sentence caption with a checkable rise and credit in capitals, the bureau said then the bureau's data showed, Sh prices with decimals, according to EPRA's monthly review, the central bank's expectation split from its target of record, It said with a cause, a miller with Ltd. mid-sentence, a trader's wholesale prices, a nested question in single quotes before a capital and ? before she asked, an economist with Dr. dropped and a spaced ellipsis before a capital, a consumer group with Art. 46 cited, a budget date of record, a methodology note at a URL ending a sentence before Its, related, newsletter line, footer with Ltd. before All rights reserved)",
]

ARTICLES = [
    [  # 1. Canadian community daily in Ontario, a town council passes its budget with a 4.9 per cent tax rise
        [("Wrenhollow Examiner", "", "", "B")],
        [("Subscribe  |  Sign in  |  e-Edition", "", "", "B")],
        [("News | Local | Opinion | Sports | Obituaries | Classifieds | Contests", "", "", "B")],
        [("Local News", "", "", "B")],
        [("Wrenhollow council passes 2026 budget with 4.9 per cent tax hike", "", "", "W")],
        [("Mayor says the increase is ‘the floor, not the ceiling’; two councillors voted no", "Donal Featherby-Roye", "says", "W")],
        [("By Harriet Obialor-Vardley, Local Journalism Initiative Reporter", "", "", "B")],
        [("Published Jan. 14, 2026 at 10:22 p.m. · Updated Jan. 15, 2026 at 8:05 a.m.", "", "", "B")],
        [("Share this story: Facebook · X · Email · Print", "", "", "B")],
        [("Mayor Donal Featherby-Roye speaks during Tuesday's budget meeting at the Wrenhollow Civic Centre.", "", "", ""),
         ("Harriet Obialor-Vardley / Examiner", "", "", "B")],
        [("WRENHOLLOW, Ont. — Town council approved a $61.8-million budget for 2026 on Tuesday night, raising the municipal share of the property tax bill by 4.9 per cent.", "", "", "W")],
        [("The vote was 5-2, with Coun. Marisol Dunvegan-Yiu and Coun. Ivo Sandqvarn-Belo voting against.", "", "", "W")],
        [("For the owner of a home assessed at the town's average of $318,000, the increase works out to about $162 a year, according to the town's finance department.", "the town's finance department", "according to", "W")],
        [("Mayor Donal Featherby-Roye said the increase was “the floor, not the ceiling” for the rest of council's term.", "Donal Featherby-Roye", "said", ""),
         ("“We have roads in this town that were last paved when I was in high school,” he said.", "Donal Featherby-Roye", "said", ""),
         ("“Nobody likes a tax increase.", "Donal Featherby-Roye", "said", ""),
         ("Nobody likes a pothole either.”", "Donal Featherby-Roye", "said", "")],
        [("Treasurer Wendeline Amankwa-Paradis told council the town's capital reserves had fallen to $4.2 million at the end of 2025, from $9.7 million in 2021.", "Wendeline Amankwa-Paradis", "told council", "W"),
         ("She said about $1.9 million of the increase was needed just to cover higher prices for road salt, fuel, insurance, etc.", "Wendeline Amankwa-Paradis", "said", "W"),
         ("Sales of surplus town land on Pembrough Road are budgeted to bring in another $600,000, she said.", "Wendeline Amankwa-Paradis", "said", "W")],
        [("The town's long-range financial plan, adopted in 2024, projects increases of 4.5 to 5.5 per cent a year until 2029.", "The town's long-range financial plan", "projects", "W"),
         ("Amankwa-Paradis said she expected next year's increase to land “somewhere in that range, probably toward the top.”", "Wendeline Amankwa-Paradis", "said", "")],
        [("Dunvegan-Yiu, who has represented Ward 3 since 2018, said council should have put off the $7.4-million reconstruction of Fairlight Street for a year.", "Marisol Dunvegan-Yiu", "said", "W"),
         ("“Are we really going to ask seniors on fixed incomes to find another $162 so we can rebuild one street?” she asked.", "Marisol Dunvegan-Yiu", "asked", "")],
        [("Sandqvarn-Belo said he voted no because the budget included a 3 per cent raise for non-union staff that council never debated on its own.", "Ivo Sandqvarn-Belo", "said", "W"),
         ("“It was on page 212 of a 240-page document,” he said.", "Ivo Sandqvarn-Belo", "said", "W"),
         ("“That's not how you make a decision like that.”", "Ivo Sandqvarn-Belo", "said", "")],
        [("The budget includes $1.1 million to reopen the Kinrossie Park outdoor pool, which has been closed since a pipe burst under its deck in August 2024.", "", "", "W"),
         ("Featherby-Roye promised the pool would be open “by Canada Day, or I'll be out there with a shovel myself.”", "Donal Featherby-Roye", "promised", "")],
        [("Council also awarded this year's $2.3-million road resurfacing contract to Pellcraig Paving Ltd.", "", "", "W"),
         ("The company was the lowest of four bidders.", "", "", "W")],
        [("The tax rates themselves will be set in By-law No. 2026-07, which council is scheduled to pass at its Jan. 27 meeting.", "", "", "W")],
        [("About 40 residents filled the council chamber for the meeting, which started at 7 p.m. and ran until almost 11.", "", "", ""),
         ("Several spoke during the delegation period, most of them against the increase.", "", "", "")],
        [("Gwendolyn Prydwen-Nkwocha, who owns a hair salon on Queen Street, said her shop's tax bill had gone up by $1,400 over two years.", "Gwendolyn Prydwen-Nkwocha", "said", ""),
         ("“I'm not asking for a cut.", "Gwendolyn Prydwen-Nkwocha", "said", ""),
         ("I'm asking for a pause,” she said.", "Gwendolyn Prydwen-Nkwocha", "said", "")],
        [("“When the town can find $90,000 for a new welcome sign on the highway, don't tell me there's nothing left to cut,” said Alvar Nkemdilim-Strandell, a retired teacher.", "Alvar Nkemdilim-Strandell", "said", "W"),
         ("The mayor said the sign had been paid for with a provincial tourism grant, not with property taxes.", "Donal Featherby-Roye", "said", "W")],
        [("Amankwa-Paradis advised residents worried about the bigger bills to sign up for the town's monthly pre-authorized payment plan.", "Wendeline Amankwa-Paradis", "advised", ""),
         ("The deadline to join for 2026 is Feb. 27.", "", "", "W")],
        [("Wrenhollow's increase is also larger than the one passed a week earlier in neighbouring Harrowdale, Ont.", "", "", "W"),
         ("Its council approved 3.1 per cent on Jan. 6 after cutting two planned staff positions.", "", "", "W")],
        [("Final tax bills will go out in May.", "", "", "W")],
        [("Harriet Obialor-Vardley's reporting is funded by the Government of Canada through the Local Journalism Initiative.", "", "", "B")],
        [("Report a typo or error  |  Our journalistic standards", "", "", "B")],
        [("More from Local News", "", "", "B")],
        [("Orwick Flats fire hall renovation comes in $300K over budget", "", "", "B")],
        [("Wrenhollow BIA names new executive director", "", "", "B")],
        [("Letters: Fix Fairlight Street before you fix anything else", "", "", "B")],
        [("Copyright © 2026 Wrenhollow Examiner, a division of Lochvale Media Inc.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Privacy Policy | Terms of Use | Contact Us", "", "", "B")],
    ],
    [  # 2. Irish regional weekly's website, a hospital's outpatient waiting list passes 31,000
        [("The Kilcrenagh Echo", "", "", "B")],
        [("News   Sport   Farming   Community Notes   Death Notices   Property   Jobs", "", "", "B")],
        [("News › Health", "", "", "B")],
        [("Outpatient waiting list at Carrigvanna hospital tops 31,000 for first time", "", "", "W")],
        [("Orthopaedics worst hit as hospital says new surgery unit will not open until autumn", "University Hospital Carrigvanna (UHC)", "says", "W")],
        [("Siobhán Dromgarvan, Health Correspondent", "", "", "B")],
        [("Thursday, 23 April 2026 - 06:00 AM", "", "", "B")],
        [("Share   Post   Email   WhatsApp", "", "", "B")],
        [("More than 31,000 people are now waiting for a first outpatient appointment at University Hospital Carrigvanna (UHC), according to new figures from the National Treatment Purchase Fund (NTPF).", "new figures from the National Treatment Purchase Fund (NTPF)", "according to", "W")],
        [("The list stood at 31,420 at the end of March, up 8.2 per cent on the same month last year and the highest since the NTPF began publishing figures for each hospital.", "", "", "W"),
         ("Of those, 4,115 had been waiting more than 18 months.", "", "", "W")],
        [("Orthopaedics accounted for the largest single group, with 6,870 people waiting, followed by ear, nose and throat (ENT) at 3,960 and dermatology at 3,105.", "", "", "W")],
        [("In the outpatient department on Wednesday morning, every seat in the waiting area was taken by 9am.", "", "", "")],
        [("In a statement, the hospital said demand for orthopaedic appointments had risen by about a fifth since 2023, mainly because of an ageing population in its catchment area.", "the hospital", "said", "W"),
         ("It said a new two-theatre day surgery unit, due to open in March, would now open in “early autumn” because the delivery of ventilation equipment had been delayed.", "University Hospital Carrigvanna (UHC)", "said", "W"),
         ("It expects the unit to take about 1,500 patients a year off its orthopaedic and general surgery lists once it is fully staffed.", "University Hospital Carrigvanna (UHC)", "said", "")],
        [("Dr Cormac Lanigarth-Sheahy, a consultant orthopaedic surgeon at UHC, said the figures were “no surprise to anyone working here.”", "Cormac Lanigarth-Sheahy", "said", ""),
         ("He said the hospital had 14 fewer orthopaedic beds than in 2019, and that planned hip and knee operations were cancelled on 37 days last winter because of overcrowding in the emergency department.", "Cormac Lanigarth-Sheahy", "said", "W"),
         ("“We can see people in clinic,” he said.", "Cormac Lanigarth-Sheahy", "said", ""),
         ("“Getting them to theatre is the problem … and every week they wait, the joint gets worse.”", "Cormac Lanigarth-Sheahy", "said", "")],
        [("Maureen Rathmoyle, 71, from Knockdrinan, has been waiting 26 months for a first appointment with an orthopaedic surgeon about her left hip.", "", "", "W"),
         ("“The letter said it would be approx. nine months.", "Maureen Rathmoyle", "said", "W"),
         ("That was more than two years ago,” she said.", "Maureen Rathmoyle", "said", "W")],
        [("“Some days I can't get up the stairs.", "Maureen Rathmoyle", "said", ""),
         ("My daughter comes over after work and does everything …", "Maureen Rathmoyle", "said", ""),
         ("I'm 71, not 91!” she said.", "Maureen Rathmoyle", "said", "")],
        [("She said she had looked into having the operation in Northern Ireland and claiming the cost back from the HSE, but could not afford to pay upfront.", "Maureen Rathmoyle", "said", "")],
        [("Local TD Fergal Moylagh (Independent) said he had raised UHC's waiting list in the Dáil four times since January.", "Fergal Moylagh", "said", "W"),
         ("“How many more people have to wait two years for a hip before somebody in Government takes responsibility?” he said.", "Fergal Moylagh", "said", ""),
         ("He said he had written to the Minister for Health asking her to visit the hospital before the summer recess.", "Fergal Moylagh", "said", "W")],
        [("A spokesperson for the Department of Health said the Government had allocated €420 million this year to its waiting list action plan, and that the national outpatient list had fallen by 2.1 per cent in the first three months of the year.", "A spokesperson for the Department of Health", "said", "W"),
         ("The plan, published in February, aims to ensure that no patient waits more than 18 months for a first outpatient appointment by the end of 2026.", "The plan", "aims", "W"),
         ("The spokesperson said the Minister was “confident” the target would be met.", "A spokesperson for the Department of Health", "said", "")],
        [("Across the hospital group, the number waiting more than a year for an inpatient or day-case procedure fell to 2,240 from 2,610, the NTPF figures show.", "the NTPF figures", "show", "W"),
         ("The figures do not include people waiting for scans such as MRI, which the NTPF does not publish by hospital.", "", "", "W")],
        [("The NTPF said about 6 per cent of people on outpatient lists nationally were removed last year after a validation exercise found they no longer needed or wanted an appointment.", "The NTPF", "said", "W")],
        [("On Tuesday morning, 58 patients were waiting on trolleys in UHC's emergency department, according to the Irish Nurses and Midwifery Organisation's Trolley Watch count.", "the Irish Nurses and Midwifery Organisation's Trolley Watch count", "according to", "W")],
        [("Dr Aoife Tullaghan-Spillane, a GP in Carrigvanna, advised patients whose symptoms had got worse while waiting to go back to their GP, who can ask the hospital to upgrade the referral to urgent.", "Aoife Tullaghan-Spillane", "advised", ""),
         ("“Don't sit at home and suffer,” she said.", "Aoife Tullaghan-Spillane", "said", ""),
         ("“Ring us.”", "Aoife Tullaghan-Spillane", "said", "")],
        [("Read more: Carrigvanna trolley count hits 58 as hospital urges public to use injury units", "", "", "B")],
        [("Have you been affected by waiting times at UHC?", "", "", "B"),
         ("Contact our newsroom at news@kilcrenaghecho.ie or call 052 744 1190.", "", "", "B")],
        [("Topics: Health | UHC | Waiting lists | Carrigvanna", "", "", "B")],
        [("© Kilcrenagh Echo Newspapers Ltd.", "", "", "B"),
         ("Registered in Ireland No. 612407.", "", "", "B"),
         ("Registered office: Bridge Street, Carrigvanna, Co. Tipperary.", "", "", "B")],
    ],
    [  # 3. US regional daily's site in Texas, a former county treasurer sentenced for taking public funds
        [("The Llanowell Sentinel", "", "", "B")],
        [("Log In  |  Subscribe: $1 for 6 months", "", "", "B")],
        [("News   Crime & Courts   Politics   Business   Sports   Opinion   Obituaries   E-Edition", "", "", "B")],
        [("Crime & Courts", "", "", "B")],
        [("Former Llanowell County treasurer gets 7 years for taking $412,000 in public funds", "", "", "W")],
        [("Judge calls the theft ‘a betrayal of every taxpayer’; defense says it will appeal", "Harlan P. Odudu-Brandauer", "calls", "W")],
        [("By Ramón Esquibel-Thackery  |  Staff Writer", "", "", "B")],
        [("Apr. 8, 2026  Updated Apr. 8, 2026 6:14 p.m.", "", "", "B")],
        [("Facebook   X   Email   Print   Comments (23)", "", "", "B")],
        [("PECANVALE, Tex. — A former Llanowell County treasurer was sentenced Tuesday to seven years in state prison for moving $412,118 of county money into accounts she controlled over four years.", "", "", "W")],
        [("Deborah Lynn Castelbruno-Whitsell, 58, pleaded guilty in February to one count of misapplication of fiduciary property, a first-degree felony under Texas Penal Code § 32.45, and one count of tampering with a governmental record.", "", "", "W")],
        [("State District Judge Harlan P. Odudu-Brandauer of the 519th District Court said he had weighed her guilty plea and her clean record against what he called the “length and planning” of the scheme.", "Harlan P. Odudu-Brandauer", "said", ""),
         ("“This was not one bad decision.", "Harlan P. Odudu-Brandauer", "said", ""),
         ("This was 211 bad decisions,” he said, referring to the number of transfers listed in the indictment.", "Harlan P. Odudu-Brandauer", "said", "W"),
         ("“It is a betrayal of every taxpayer in this county.”", "Harlan P. Odudu-Brandauer", "said", "")],
        [("He also ordered her to repay the full amount in restitution and to pay a $10,000 fine.", "", "", "W")],
        [("Assistant District Attorney Kimberly Aufderheide said investigators found that Castelbruno-Whitsell had made 211 transfers between March 2020 and April 2024, most of them under $2,500, the amount above which a second signature was required.", "Kimberly Aufderheide", "said", "W"),
         ("She said the money paid for a lake house in Burnet County, two pickups and about $61,000 in deposits with online casinos.", "Kimberly Aufderheide", "said", "W"),
         ("“She knew exactly where the line was, and she stayed just under it, again and again,” Aufderheide said.", "Kimberly Aufderheide", "said", "")],
        [("Under para. 3 of the plea agreement, Castelbruno-Whitsell admitted that she altered the county's monthly bank reconciliations to hide the transfers.", "", "", "W")],
        [("Defense attorney Wallace T. Grunzweig Jr. said his client would appeal the sentence, arguing that the judge had given too little weight to a psychologist's report on her gambling disorder.", "Wallace T. Grunzweig Jr.", "said", "W"),
         ("“Nobody is saying she didn't do it.", "Wallace T. Grunzweig Jr.", "told reporters", ""),
         ("She did it, and she's said so!” Grunzweig told reporters outside the courtroom.", "Wallace T. Grunzweig Jr.", "told reporters", ""),
         ("“But this is an illness, and a prison cell doesn't treat it.”", "Wallace T. Grunzweig Jr.", "told reporters", "")],
        [("He said the defense had asked for 10 years of community supervision with treatment.", "Wallace T. Grunzweig Jr.", "said", "W")],
        [("Under S.B. 114, a state law that took effect Sept. 1, 2025, an elected official convicted of a felony involving public money forfeits the county-paid part of his or her retirement benefits.", "", "", "W"),
         ("Aufderheide said that would cost Castelbruno-Whitsell about $180,000.", "Kimberly Aufderheide", "said", "W")],
        [("The county's outside auditor flagged “unusual transfers” in a 2022 management letter, but the letter was not presented to commissioners until March 2024, according to court records.", "court records", "according to", "W")],
        [("County Commissioner Lyle Ayscough said the county now requires two signatures on every transfer, no matter the amount, and has hired a second auditing firm to review the treasurer's office each quarter.", "Lyle Ayscough", "said", "W"),
         ("“We trusted her.", "Lyle Ayscough", "said", ""),
         ("That's the honest answer to how this happened,” he said.", "Lyle Ayscough", "said", "")],
        [("The sentence was read out shortly before 4 p.m.", "", "", ""),
         ("Castelbruno-Whitsell, in a gray cardigan, looked down at the table and did not react.", "", "", "")],
        [("Earlier, she had read a brief statement apologizing to the county's employees and “to every family who pays taxes here.”", "Deborah Lynn Castelbruno-Whitsell", "read a brief statement", "")],
        [("She was taken into custody by sheriff's deputies after the hearing.", "", "", "W")],
        [("Marta Villanueva-Strock, a retired bookkeeper who attended every hearing in the case, said she thought seven years was “about right.”", "Marta Villanueva-Strock", "said", ""),
         ("“What I want to know is why nobody caught it sooner,” she said.", "Marta Villanueva-Strock", "said", "")],
        [("The case, No. 2025-CR-0418, was heard in Courtroom No. 4 of the Llanowell County Justice Center.", "", "", "W")],
        [("Ramón Esquibel-Thackery covers courts and public safety for the Sentinel.", "", "", "B"),
         ("Reach him at resquibel@llanowellsentinel.com or 325-555-0148.", "", "", "B")],
        [("Most Popular", "", "", "B")],
        [("Pecanvale ISD trustees vote to close Pinchback Elementary", "", "", "B")],
        [("Two hurt in crash on FM 1407 near Sandow Crossing", "", "", "B")],
        [("Rain finally arrives, but drought isn't over yet", "", "", "B")],
        [("© 2026 The Llanowell Sentinel.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Terms of Service  |  Privacy Policy  |  Cookie Preferences", "", "", "B")],
    ],
    [  # 4. German English-language business news site, a gear-unit maker's first-quarter profit falls
        [("MarktHaus", "", "", "B")],
        [("German business news in English", "", "", "B")],
        [("Markets   Companies   Economy   Energy   Autos   Mittelstand   Newsletter", "", "", "B")],
        [("Companies › Industrials", "", "", "B")],
        [("Kelbrecht first-quarter profit falls 31% as Chinese demand for drives weakens", "", "", "W")],
        [("Gear-unit maker keeps its full-year outlook and says cost cuts are working", "Kelbrecht Getriebebau AG", "says", "W")],
        [("By Jonas Wirthmüller", "", "", "B")],
        [("30 April 2026 · 08:41 CEST · 4 min read", "", "", "B")],
        [("Share · Save · Gift article", "", "", "B")],
        [("EBERSFURT, Germany — Kelbrecht Getriebebau AG, a maker of industrial gear units and drive systems, said on Thursday that its operating profit fell 31% in the first quarter as orders from China weakened and steel costs rose.", "Kelbrecht Getriebebau AG", "said", "W")],
        [("Earnings before interest and taxes (EBIT) came to €48.6 million in the January–March period, down from €70.4 million a year earlier, on revenue of €612.3 million, down 6.3%.", "", "", "W"),
         ("The EBIT margin narrowed to 7.9% from 10.8%.", "", "", "W")],
        [("Order intake fell 11.2% to €574 million, with orders from China down by more than a quarter.", "", "", "W")],
        [("Chief executive Dr. Sabine Hollerthal said the company had cut about 240 temporary and contract jobs since October and would close a small assembly plant in Brno, Czech Republic, by the end of September.", "Sabine Hollerthal", "said", "W"),
         ("“The market in China will not come back quickly, and we are not planning as if it will,” she said on a call with analysts.", "Sabine Hollerthal", "said", ""),
         ("“But our order books in the U.S. and India look healthier than they did six months ago.”", "Sabine Hollerthal", "said", "")],
        [("Kelbrecht confirmed its outlook for 2026, published in March, of revenue of €2.45 billion to €2.6 billion and an EBIT margin of 8% to 9.5%.", "Kelbrecht", "confirmed", "W")],
        [("Chief financial officer Matthias Oyerinola-Brandhuber said higher steel and energy costs had cut about 1.4 percentage points from the quarter's margin.", "Matthias Oyerinola-Brandhuber", "said", "W"),
         ("He said he expected prices for steel plate to “ease somewhat” in the second half, e.g. as new capacity in Europe comes on stream.", "Matthias Oyerinola-Brandhuber", "said", "")],
        [("Analysts had expected EBIT of €53.1 million on average, according to a consensus compiled by the company.", "a consensus compiled by the company", "according to", "W")],
        [("“The guidance looks brave to me,” said Friederike Abendroth-Mouawad, an analyst at Kestrelberg Bank in Frankfurt.", "Friederike Abendroth-Mouawad", "said", ""),
         ("She said the outlook implied a much stronger second half, “and I don't see yet what delivers it.”", "Friederike Abendroth-Mouawad", "said", "")],
        [("Kelbrecht shares fell 4.8% to €37.15 in early trading in Frankfurt, their lowest level since November 2023.", "", "", "W")],
        [("The company had already published preliminary figures on April 14 in an ad hoc notice under Art. 17 of the EU Market Abuse Regulation, after they fell short of market expectations.", "", "", "W")],
        [("The results compared poorly with those of Kelbrecht's closest listed rival, Vossmeier Getriebewerke AG.", "", "", "W"),
         ("The Dortmund-based company last week reported a 3% rise in first-quarter EBIT.", "", "", "W")],
        [("The founding family holds 28.4% of the shares through Kelbrecht Familien-Holding GmbH, according to the company's website.", "the company's website", "according to", "W"),
         ("Kelbrecht employs approx. 6,900 people worldwide, about 3,100 of them in Germany.", "", "", "W")],
        [("The head of the works council, Günther Pazderski, said management had told employee representatives in April that up to 380 jobs at the Ebersfurt site could be at risk if orders did not recover by the autumn.", "Günther Pazderski", "said", "W"),
         ("“We were told ‘up to 380.’", "Günther Pazderski", "said", "W"),
         ("Nobody says ‘up to’ when the real number is small,” he said.", "Günther Pazderski", "said", "")],
        [("A Kelbrecht spokesperson said no decision on jobs in Ebersfurt had been taken and that any changes would be agreed with the works council.", "A Kelbrecht spokesperson", "said", "W")],
        [("Shareholders will vote at the annual general meeting on May 20 on a dividend of €1.10 per share, down from €1.45 last year.", "", "", "W")],
        [("Related: Engineering orders fall for a fifth month in a row", "", "", "B")],
        [("Get the MarktHaus Morning Briefing in your inbox every weekday at 7 a.m. CET.", "", "", "B"),
         ("Sign up", "", "", "B")],
        [("Impressum | Datenschutz | Terms | Contact", "", "", "B")],
        [("© 2026 MarktHaus Media GmbH, Frankfurt am Main", "", "", "B")],
    ],
    [  # 5. English local news site, a primary academy's first Ofsted report card
        [("Sallowcombe Mercury", "", "", "B")],
        [("News  Sport  What's On  Property  Jobs  Announcements  Newsletters", "", "", "B")],
        [("Home › News › Education", "", "", "B")],
        [("Brackenrigg Primary Academy told teaching and achievement ‘need attention’ in first Ofsted report card", "", "", "W")],
        [("Headteacher says a new phonics scheme is already in place and parents will see a difference by summer", "Delphine Darkwa", "says", "W")],
        [("By Bethan Hollinshead, Local Democracy Reporter", "", "", "B")],
        [("Published: 12:05, 12 March 2026", "", "", "B")],
        [("Share on Facebook   Share on X   Share by email", "", "", "B")],
        [("Pupils arriving at Brackenrigg Primary Academy on Hollycroft Lane, Sallowcombe, on Tuesday morning.", "", "", ""),
         ("Picture: Sallowcombe Mercury", "", "", "B")],
        [("Inspectors have graded Brackenrigg Primary Academy “needs attention” for curriculum and teaching and for achievement in the school's first Ofsted report card.", "", "", "W")],
        [("The school was graded “expected standard” for inclusion, for personal development and well-being, for leadership and governance and for early years.", "", "", "W"),
         ("It was graded “strong standard” for attendance and behaviour, and safeguarding was found to be “met”.", "", "", "W")],
        [("The report, published on Tuesday after a two-day inspection in February, says too few pupils in Years 3 and 4 read fluently.", "The report", "says", "W"),
         ("It says 52 per cent of the school's pupils met the expected standard in reading, writing and maths at the end of Key Stage 2 last summer, against 61 per cent nationally.", "The report", "says", "W"),
         ("It praises the “calm, purposeful” atmosphere in classrooms and pupils' “impeccable” manners (p. 4).", "The report", "praises", "")],
        [("Inspectors said leaders should make sure teachers check what pupils have understood more carefully, i.e. before moving them on to new content (p. 7).", "Inspectors", "said", "")],
        [("The school was last inspected in June 2022, when it was rated “requires improvement” under the old single-word grades.", "", "", "W")],
        [("Headteacher Mrs Delphine Darkwa, who took over in September 2024, said she was “disappointed but not surprised” by the report.", "Delphine Darkwa", "said", "W"),
         ("She said the school had bought a new phonics scheme in January and that every teacher and teaching assistant had been trained to use it by the February half-term.", "Delphine Darkwa", "said", "W"),
         ("The school has also changed how it teaches maths in Years 3 to 6, e.g. by giving every class a daily 15-minute arithmetic session, she said.", "Delphine Darkwa", "said", "W")],
        [("“Parents will see a difference in reading by the summer, and I promise them that,” Mrs Darkwa said.", "Delphine Darkwa", "said", ""),
         ("“The children here are not the problem.", "Delphine Darkwa", "said", ""),
         ("We are, and we are fixing it.”", "Delphine Darkwa", "said", "")],
        [("In a statement, the Larchgate Learning Trust, which runs nine primary schools in the county, said it had appointed a maths lead to work at Brackenrigg two days a week from April.", "the Larchgate Learning Trust", "said", "W"),
         ("It said the report “recognises the strong foundations” at the school.", "the Larchgate Learning Trust", "said", ""),
         ("It said it would publish an improvement plan for the school by 3 April.", "the Larchgate Learning Trust", "said", "W")],
        [("The trust's chief executive, Rupert Okwara, said he had “every confidence” in the headteacher.", "Rupert Okwara", "said", "")],
        [("At the school gates at 3.15pm on Tuesday, most of the parents who spoke to the Mercury had already read the report.", "", "", "")],
        [("Kerry-Ann Bellingrove, whose son is in Year 4, said his class had had four different teachers since September.", "Kerry-Ann Bellingrove", "said", "W"),
         ("“You can't learn to read when your teacher keeps changing,” she said.", "Kerry-Ann Bellingrove", "said", "")],
        [("Tariq Sidhwa, who has two daughters at the school, said the report was “harsh on a school that's really turned a corner.”", "Tariq Sidhwa", "said", ""),
         ("“My girls are happy here.", "Tariq Sidhwa", "said", ""),
         ("That counts for something, doesn't it?” he said.", "Tariq Sidhwa", "said", "")],
        [("Cllr Nuala Corkery, the county council's cabinet member for children's services, said the council had no say over how academies are run but would offer the trust “whatever help it wants.”", "Nuala Corkery", "said", "W"),
         ("“Who is holding these trusts to account, if not Ofsted?” she asked.", "Nuala Corkery", "asked", "")],
        [("Across England, 61 per cent of pupils met the expected standard in reading, writing and maths in 2025, according to Department for Education figures.", "Department for Education figures", "according to", "W")],
        [("The full report card is published at https://reports.ofsted.gov.uk/provider/21/148203.", "", "", "B"),
         ("Parents can give their views on the school at any time through Ofsted Parent View.", "", "", "B")],
        [("Comments on this story have been switched off.", "", "", "B")],
        [("Sign up to the Mercury's free Schools Week newsletter", "", "", "B")],
        [("© 2026 Sallowcombe Mercury Ltd.", "", "", "B"),
         ("Registered in England and Wales No. 04471938.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 6. Singapore daily's site, public transport fares to rise 6.2 per cent
        [("THE CHENGAL TIMES", "", "", "B")],
        [("Singapore   Asia   World   Business   Opinion   Life   Sport   Podcasts", "", "", "B")],
        [("Singapore › Transport", "", "", "B")],
        [("Bus and train fares to rise 6.2% from Dec 27; adult card fares up 10 cents", "", "", "W")],
        [("Rest of the allowed increase, 8.6 percentage points, will be deferred to later reviews, says PTC", "the Public Transport Council (PTC)", "says", "W")],
        [("Marcus Thurairajah, Transport Correspondent", "", "", "B")],
        [("Published Sep 29, 2026, 06:40 PM  ·  Updated Sep 29, 2026, 09:15 PM", "", "", "B")],
        [("Gift this article   Share   Copy link", "", "", "B")],
        [("Commuters at an MRT station during the evening rush hour.", "", "", ""),
         ("The new fares take effect on Dec 27.", "", "", "W"),
         ("CT PHOTO: DESMOND TIAK", "", "", "B")],
        [("SINGAPORE – Bus and train fares will rise by 6.2 per cent from Dec 27, the Public Transport Council (PTC) announced on Tuesday (Sept 29).", "the Public Transport Council (PTC)", "announced", "W")],
        [("Adult card fares will go up by 10 cents a journey, while fares for students, seniors and people with disabilities will rise by four cents.", "", "", "W"),
         ("The adult monthly travel pass will cost $131, up from $128.", "", "", "W")],
        [("It is the fourth year in a row that fares have gone up.", "", "", "W")],
        [("The PTC said its fare formula had allowed a rise of up to 14.8 per cent this year, and that the remaining 8.6 percentage points would be carried over to future reviews.", "The PTC", "said", "W"),
         ("It said higher energy prices and wages for bus captains were the main reasons for the increase.", "the Public Transport Council (PTC)", "said", "W")],
        [("Because of the deferral, the Government will spend about $180 million more on public transport subsidies in the coming financial year, the Ministry of Transport (MOT) said.", "the Ministry of Transport (MOT)", "said", "W")],
        [("PTC chairman Lew Tiong Kwang said the council had tried to strike “a fair balance” between commuters and taxpayers.", "Lew Tiong Kwang", "said", ""),
         ("“We know every 10 cents matters to a family,” he said at a press conference.", "Lew Tiong Kwang", "said", ""),
         ("“We did not take this decision lightly.”", "Lew Tiong Kwang", "said", "")],
        [("Mr Lew said he expected the number of commuters who would pay more than $5 extra a month to be “very small”.", "Lew Tiong Kwang", "said", ""),
         ("The council's review report estimates that about 95 per cent of adult commuters will pay no more than $4 extra a month.", "The council's review report", "estimates", "W")],
        [("About 500,000 lower-income households will get $60 in public transport vouchers, up from $50 last year, the MOT said.", "the MOT", "said", "W"),
         ("Applications open on Nov 2 at community centres, from 10am to 9pm daily.", "", "", "W")],
        [("Ms Priya Kandasamy, 34, a nurse who takes a bus and two trains to work, said her daily fare would rise from $3.18 to $3.38.", "Priya Kandasamy", "said", "W"),
         ("“Ten cents here, ten cents there.", "Priya Kandasamy", "said", ""),
         ("By the end of the month, that's a meal,” she said.", "Priya Kandasamy", "said", "")],
        [("Retiree Madam Chor Geok Koon, 72, who takes bus service No. 72 to the market most mornings, said she would walk more and take the bus less.", "Chor Geok Koon", "said", ""),
         ("“My knees can take it,” she said.", "Chor Geok Koon", "said", "")],
        [("Associate Professor Lionel Lindqvan, a transport economist at the Kelasi Institute of Policy, said the council was right to spread the increase out.", "Lionel Lindqvan", "said", ""),
         ("“You can delay a fare rise, but you cannot make the costs disappear,” he said.", "Lionel Lindqvan", "said", ""),
         ("“Somebody pays ... either the commuter or the taxpayer.”", "Lionel Lindqvan", "said", "")],
        [("Mr Hafiz Zulkefli-Rozario, MP for Marina Hills GRC, asked in a Facebook post on Tuesday night: “If wages are not rising by 6 per cent, why should fares?”", "Hafiz Zulkefli-Rozario", "asked", "")],
        [("The PTC said commuters who tap in before 7.45am on weekdays would continue to get a discount of up to 50 cents on MRT journeys.", "The PTC", "said", "W"),
         ("It advised commuters to check what the change means for their regular journeys, e.g. with the fare calculator on its website, before Dec 27.", "the Public Transport Council (PTC)", "advised", "")],
        [("The MOT said it would complete a review of the fare formula by the end of 2027.", "The MOT", "said", "W")],
        [("READ MORE: Rail reliability at its best since 2015, says operator", "", "", "B")],
        [("READ MORE: Commuters in the west to get two new bus services from November", "", "", "B")],
        [("Copyright © 2026 Chengal Media Pte Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 7. US regional daily's site in Arkansas, an ice storm leaves tens of thousands without power
        [("The Ouvrey Valley Record", "", "", "B")],
        [("27°F  Freezing fog  ·  Winter Storm Warning until 6 p.m.", "", "", "B")],
        [("Home   News   Weather   Sports   Obituaries   Opinion   Public Notices   e-Edition", "", "", "B")],
        [("Local News", "", "", "B")],
        [("Ice storm knocks out power to 41,000 in the Ouvrey Valley", "", "", "W")],
        [("Co-op says ice brought down more than 300 poles; some members may wait until Sunday", "the Ouvrey Valley Electric Cooperative", "says", "W")],
        [("By Dale Holcroft and Corinne Vaszary", "", "", "B")],
        [("Feb. 3, 2026, 5:52 a.m. CST", "", "", "B")],
        [("Share   Email   Print", "", "", "B")],
        [("A line crew works on Pruden Road east of Hallstead Gap on Monday afternoon.", "", "", ""),
         ("(Dale Holcroft/Record)", "", "", "B")],
        [("HALLSTEAD GAP, Ark. — An ice storm that moved across the Ouvrey Valley from Sunday night into Monday coated trees and power lines with up to three-quarters of an inch of ice, the National Weather Service said.", "the National Weather Service", "said", "W")],
        [("At the height of the storm, about 41,300 homes and businesses were without power, according to the Ouvrey Valley Electric Cooperative's outage map.", "the Ouvrey Valley Electric Cooperative's outage map", "according to", "W"),
         ("By 9 p.m. Monday, the number had fallen to about 28,900.", "", "", "W")],
        [("The weather service said a trained spotter measured 0.74 inches of ice near Pellamy's Ferry, the most reported in the region, and that 0.5 inches fell in Hallstead Gap.", "The weather service", "said", "W"),
         ("A gust of 38 mph was recorded at Hallstead Gap Municipal Airport at 4:15 a.m. Monday, and the temperature there did not climb above 29 degrees all day.", "", "", "W")],
        [("The cooperative called in help from three neighboring states, and the first out-of-state trucks arrived at 9 a.m.", "", "", "W"),
         ("Crews worked through the night under floodlights on some of the worst-hit roads.", "", "", "")],
        [("Thaddeus M. Quarrieston Jr., general manager of the co-op, said the ice had brought down 318 poles and more than 900 spans of line.", "Thaddeus M. Quarrieston Jr.", "said", "W"),
         ("“This is the worst damage we've had since 2009,” Quarrieston said.", "Thaddeus M. Quarrieston Jr.", "said", "W"),
         ("He said members in the hilliest parts of the service area might not have power back until Sunday.", "Thaddeus M. Quarrieston Jr.", "said", ""),
         ("“Can we get everybody back by Sunday?", "Thaddeus M. Quarrieston Jr.", "said", ""),
         ("I think so.", "Thaddeus M. Quarrieston Jr.", "said", ""),
         ("I won't promise it.”", "Thaddeus M. Quarrieston Jr.", "said", "")],
        [("The co-op said 146 line workers were in the field on Monday night, 90 of them from other utilities.", "The co-op", "said", "W")],
        [("Chief Wendell Fanshiel of the Lower Ouvrey Fire District No. 4 said his firefighters had answered 63 calls since Sunday night, most of them for trees on lines or across roads.", "Wendell Fanshiel", "said", "W"),
         ("A 71-year-old man was taken to the hospital after a limb fell on his car on Hwy. 7 near Pellamy's Ferry, he said.", "Wendell Fanshiel", "said", "W"),
         ("His injuries were not life-threatening.", "Wendell Fanshiel", "said", "W")],
        [("Ouvrey County Judge Renata Bildstein signed a disaster declaration on Monday afternoon, which allows the county to seek state help with debris removal.", "", "", "W"),
         ("She said county road crews had reopened 41 of the 56 roads blocked by fallen trees by Monday night.", "Renata Bildstein", "said", "W")],
        [("Ouvrey Valley Regional Medical Center ran on generators for about six hours on Monday, a hospital spokeswoman said.", "a hospital spokeswoman", "said", "W")],
        [("Warming centers are open at the Hallstead Gap Civic Center, 200 W. Main St., and at Pellamy's Ferry First Baptist Church from 8 a.m. to 8 p.m. daily until power is restored.", "", "", "W")],
        [("Lacey Nunley, who lives on Pruden Road with her two children, said the family had spent Sunday night listening to branches snap.", "Lacey Nunley", "said", ""),
         ("“It sounded like gunshots all night!", "Lacey Nunley", "said", ""),
         ("The kids were terrified,” she said.", "Lacey Nunley", "said", ""),
         ("She said she had called the co-op's outage line four times on Monday and had been told each time that crews were “assessing damage.”", "Lacey Nunley", "said", "W")],
        [("Ellery Morvant, a meteorologist at the weather service's office in Little Rock, said the storm did not match the January 2009 ice storm, when parts of northern Arkansas got more than an inch of ice.", "Ellery Morvant", "said", "W"),
         ("“The difference this time may be the trees,” he said.", "Ellery Morvant", "said", ""),
         ("“A lot of them are still weak from the drought two summers ago.”", "Ellery Morvant", "said", "")],
        [("The weather service forecast a low of 14 degrees on Tuesday night, with temperatures staying below freezing until Thursday afternoon.", "The weather service", "forecast", ""),
         ("It said another round of light freezing drizzle was possible on Wednesday night.", "the National Weather Service", "said", "")],
        [("The Arkansas Department of Health reminded residents never to run generators indoors or in a garage, because of the risk of carbon monoxide poisoning.", "The Arkansas Department of Health", "reminded", "")],
        [("PHOTOS: Ice storm in the Ouvrey Valley (24 images)", "", "", "B")],
        [("Related: How to report an outage and track repairs", "", "", "B")],
        [("© 2026 The Ouvrey Valley Record, a Loblolly Media company.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Terms of Use  |  Privacy Notice  |  Do Not Sell My Personal Information", "", "", "B")],
    ],
    [  # 8. Indian English daily's city page in Maharashtra, a municipal ward by-election count
        [("The Marathwada Lantern", "", "", "B")],
        [("Home | City | Maharashtra | Nation | World | Business | Sports | Opinion | e-Paper", "", "", "B")],
        [("City › Khadakpur", "", "", "B")],
        [("Lokhit Morcha's Dr. Sunanda Gholkar-Varkhede wins Ward No. 14 bypoll by 1,212 votes", "", "", "W")],
        [("Turnout 58.4 per cent; runner-up applies for recount, returning officer rejects it", "", "", "W")],
        [("Aniket Deore | Khadakpur", "", "", "B")],
        [("Updated: May 13, 2026, 00:42 IST", "", "", "B")],
        [("Share   WhatsApp   Facebook   X", "", "", "B")],
        [("Lokhit Morcha workers celebrate outside the counting centre on Station Road on Tuesday.", "", "", ""),
         ("(Photo: Lantern)", "", "", "B")],
        [("KHADAKPUR: Dr. Sunanda Gholkar-Varkhede of the Lokhit Morcha (LM) won the by-election to Ward No. 14 of the Khadakpur Municipal Council on Tuesday, defeating Rajendra Tambolkar-Shinde of the Samruddha Bharat Paksha (SBP) by 1,212 votes.", "", "", "W")],
        [("Gholkar-Varkhede polled 4,117 votes and Tambolkar-Shinde 2,905, while the independent candidate, Mohsin Attarwala, got 1,194.", "", "", "W"),
         ("Another 86 voters pressed the NOTA (none of the above) button.", "", "", "W")],
        [("Of the ward's 14,212 registered voters, 8,302 voted on Sunday, a turnout of 58.4 per cent, according to the returning officer.", "the returning officer", "according to", "W")],
        [("The seat fell vacant in January on the death of the sitting councillor, Bhimrao Kandalgaonkar of the SBP, who had won it in 2022 by 640 votes.", "", "", "W")],
        [("The strong room at the Government Polytechnic on Station Road was opened in the presence of the candidates' agents at 7.30 a.m.", "", "", "W"),
         ("Counting began half an hour later at four tables.", "", "", "W")],
        [("Votes from the ward's 11 polling stations were counted in three rounds, and the result was declared at 1.40 p.m. by the returning officer, Smt. Kavita Nimbalkar-Bhosle, Dy. Collector (Elections).", "", "", "W")],
        [("Tambolkar-Shinde submitted a written application for a recount after the third round, alleging that the seal on the EVM counted at Table No. 3 had been broken.", "Rajendra Tambolkar-Shinde", "alleging", "W"),
         ("Nimbalkar-Bhosle rejected the application, saying the seal had been checked and signed by all the agents before counting began.", "Kavita Nimbalkar-Bhosle", "saying", "W"),
         ("She said the count at every table had been filmed and the recordings would be kept for six months.", "Kavita Nimbalkar-Bhosle", "said", "W")],
        [("“The people of Ward 14 did not vote for this result.", "Rajendra Tambolkar-Shinde", "told reporters", ""),
         ("Something happened at Table 3 and we will find out what,” Tambolkar-Shinde told reporters outside the counting centre.", "Rajendra Tambolkar-Shinde", "told reporters", ""),
         ("“If everything was clean, why are they afraid of a recount?” he asked.", "Rajendra Tambolkar-Shinde", "asked", ""),
         ("He said the SBP would file an election petition in the district court within the 30 days allowed.", "Rajendra Tambolkar-Shinde", "said", "W")],
        [("LM workers smeared each other with gulal and burst crackers outside the polytechnic gate as the result was announced.", "", "", "")],
        [("Gholkar-Varkhede, a paediatrician who runs a clinic in the ward, thanked voters and said her first task would be to get the Khadak nullah cleaned before the monsoon.", "Sunanda Gholkar-Varkhede", "said", ""),
         ("“In 2025 the water entered 300 houses in this ward.", "Sunanda Gholkar-Varkhede", "said", "W"),
         ("This year it will not,” she said.", "Sunanda Gholkar-Varkhede", "said", "")],
        [("LM district president Adv. Prakash Dhamdhere-Walimbe said the result showed that voters were “tired of the SBP's excuses” on water supply.", "Prakash Dhamdhere-Walimbe", "said", ""),
         ("He said the party would contest all 38 seats in the council's general election, which is due in December.", "Prakash Dhamdhere-Walimbe", "said", "W")],
        [("SBP city spokesperson Nilesh Kasarwade-Mane said the party accepted the result “for now” but stood by its candidate's complaint.", "Nilesh Kasarwade-Mane", "said", "")],
        [("Attarwala said he was “happy to have got almost 1,200 votes without a party, a flag or a single banner.”", "Mohsin Attarwala", "said", "W")],
        [("Municipal elections in the state are conducted by the State Election Commission, a constitutional body set up under Art. 243ZA of the Constitution.", "", "", "W"),
         ("Each candidate in the by-election could spend up to Rs 2.5 lakh on campaigning, according to the commission's limits for councils of this size.", "the commission's limits for councils of this size", "according to", "W")],
        [("Get the latest Khadakpur news on our WhatsApp channel", "", "", "B")],
        [("Also read: Khadakpur water cut: Supply on alternate days till June 15", "", "", "B")],
        [("Copyright © 2026 Lantern Publications Pvt. Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 9. Australian national news site, a study links tree canopy with fewer anxiety prescriptions
        [("Saltbrush", "", "", "B")],
        [("Just In   Australia   World   Health   Environment   Science   Analysis", "", "", "B")],
        [("Health › Mental health", "", "", "B")],
        [("Leafy suburbs linked to fewer anxiety prescriptions in study of 41,000 Queenslanders", "", "", "W")],
        [("Researchers say the link may not be cause and effect", "Researchers at Marrangal University in Brisbane", "say", "")],
        [("By Rosalind Atherwood, Health reporter", "", "", "B")],
        [("Posted Mon 18 May 2026 at 5:00am, updated Mon 18 May 2026 at 11:20am", "", "", "B")],
        [("Share   Copy link   Email", "", "", "B")],
        [("Adults who live in suburbs with more tree cover are less likely to be prescribed medication for anxiety, a study of more than 41,000 Queenslanders has found.", "a study of more than 41,000 Queenslanders", "has found", "W")],
        [("Researchers at Marrangal University in Brisbane linked the prescription records of 41,260 adults in south-east Queensland between 2016 and 2023 to satellite measurements of the tree canopy within one kilometre of their homes.", "", "", "W"),
         ("The canopy was measured at a resolution of approx. 10 metres.", "", "", "W")],
        [("People living where at least 30 per cent of the ground was shaded by trees were 14 per cent less likely to be dispensed an anti-anxiety drug during the study than those with less than 10 per cent canopy (odds ratio 0.86, 95% CI 0.79–0.94), the authors report in the Australasian Journal of Environmental Epidemiology.", "the authors", "report", "W")],
        [("The link was weaker for parks and open grass without trees, and disappeared for people who had lived at their address for less than two years (Fig. 3).", "", "", "W"),
         ("About 8.9 per cent of the people in the study were dispensed an anti-anxiety drug at least once.", "", "", "W"),
         ("The odds fell steadily as canopy cover rose (p for trend = 0.002).", "", "", "W")],
        [("The authors caution that the study shows an association, not cause and effect.", "The authors", "caution", ""),
         ("People who are less anxious may be more likely to choose leafy suburbs in the first place, i.e. the arrow could point the other way, they write.", "The authors", "write", "")],
        [("“It's tempting to say: plant trees, and people will need fewer pills,” said lead author Dr Imogen Nakatsu.", "Imogen Nakatsu", "said", ""),
         ("“We can't say that from this study … though it is what you'd expect if trees do help.”", "Imogen Nakatsu", "said", "")],
        [("She said the team had adjusted for income, age, sex, smoking and distance to the nearest GP, but could not account for everything, such as how much time people spent outdoors.", "Imogen Nakatsu", "said", "W"),
         ("She said the team planned to follow 3,000 people moving into new housing estates over the next five years as street trees are planted.", "Imogen Nakatsu", "said", "W"),
         ("“Trees are not a treatment,” she said.", "Imogen Nakatsu", "said", ""),
         ("“If you are anxious, see your GP.”", "Imogen Nakatsu", "said", "")],
        [("The study's senior author, Prof. Barnaby Wattsford, said the effect, if it is real, would be “modest but not trivial” across a whole city.", "Barnaby Wattsford", "said", "")],
        [("A media release issued by the university on Monday said trees could “cut anxiety”.", "A media release issued by the university on Monday", "said", ""),
         ("The study does not show that.", "", "", "W")],
        [("Associate Professor Henrietta Olubi, an epidemiologist at Ironbark University who was not involved in the research, said the study was “well done, within the limits of what this kind of data can tell you”.", "Henrietta Olubi", "said", ""),
         ("She said prescription records miss people who are anxious but never see a doctor, and people treated with therapy alone.", "Henrietta Olubi", "said", ""),
         ("“Would I tell a council to plant trees because of this paper?", "Henrietta Olubi", "said", ""),
         ("Yes, but I'd tell them that anyway,” she said.", "Henrietta Olubi", "said", "")],
        [("The City of Wattlebrae's urban forest strategy, adopted in 2024, sets a target of 35 per cent canopy cover across the city by 2035, up from 24 per cent now.", "The City of Wattlebrae's urban forest strategy", "sets", "W"),
         ("Cr Dominic Tsakiridis-Breenan, who chairs the council's environment committee, promised “a tree for every resident by 2030”.", "Dominic Tsakiridis-Breenan", "promised", "")],
        [("The study was funded by the National Health and Medical Research Council.", "", "", "W")],
        [("Journal reference: Nakatsu I, Wattsford B, et al. Residential tree canopy and anxiolytic dispensing among adults in south-east Queensland. Aust J Environ Epidemiol. 2026;9(2):114-127.", "", "", "B")],
        [("https://doi.org/10.55021/ajee.2026.0114", "", "", "B")],
        [("If this story has raised concerns for you, call Lifeline on 13 11 14.", "", "", "B")],
        [("Related: Why your street is hotter than the one next to it", "", "", "B")],
        [("Saltbrush acknowledges the Traditional Owners of the land on which we work.", "", "", "B")],
        [("© 2026 Saltbrush Media Pty Ltd", "", "", "B")],
    ],
    [  # 10. South African football site, a league match report with statistics
        [("GoalMouth SA", "", "", "B")],
        [("Home | Premiership | Bafana Bafana | Transfers | Results & Fixtures | Log | Video", "", "", "B")],
        [("Premiership › Match report", "", "", "B")],
        [("Dlomo-Ferrão double sends Stars top as City fade", "", "", "W")],
        [("Zikhali-Maritz says his side have ‘earned the right to be up there’", "Bongani Zikhali-Maritz", "says", "")],
        [("Lerato Pheko-Sasman at Mlambovale Stadium", "", "", "B")],
        [("09 May 2026 · 18:12", "", "", "B")],
        [("Share   WhatsApp   X   Facebook", "", "", "B")],
        [("Lwazi Dlomo-Ferrão celebrates his penalty, Mlambovale Stars' third goal, in the 71st minute.", "", "", "W"),
         ("Picture: Sandile Gcaba/GoalMouth", "", "", "B")],
        [("Mlambovale Stars moved to the top of the Premiership on Saturday with a 3-1 win over Sekgobelo City at Mlambovale Stadium, where Lwazi Dlomo-Ferrão scored twice.", "", "", "W")],
        [("The win takes Stars to 52 points from 27 games, one ahead of Sizakhele Rangers, who play their game in hand against Njenjela Harbour on Wednesday.", "", "", "W")],
        [("Dlomo-Ferrão, who took over the No. 9 shirt when he joined from Njenjela Harbour in January, opened the scoring in the 12th minute with a header from Thabang Mokwatle's corner.", "", "", "W")],
        [("City equalised on 34 minutes when Kagiso Mmusi-Olatunde turned in a low cross from the left.", "", "", "W"),
         ("Mokwatle put Stars back in front with a 25-metre free kick a minute before half-time, and Dlomo-Ferrão made it 3-1 from the spot in the 71st minute after City goalkeeper Ruan van Wijngaard-Seboko brought down substitute Ayanda Qwabeni-Lindeque.", "", "", "W")],
        [("Stars had 61 per cent of the ball and 17 shots to City's six, and their expected goals (xG) figure of 2.31 was their highest of the season, according to the league's data provider.", "the league's data provider", "according to", "W")],
        [("A crowd of 18,406, the ground's biggest this season, watched in warm autumn sunshine.", "", "", "W"),
         ("The home end sang without a break through the last ten minutes.", "", "", "")],
        [("Kick-off was pushed back 20 minutes, to 3.50pm, after a crash on the approach road held up both team buses, the home club said.", "the home club", "said", "W")],
        [("Stars coach Bongani Zikhali-Maritz said his players had “earned the right to be up there.”", "Bongani Zikhali-Maritz", "said", ""),
         ("“We're top in May!", "Bongani Zikhali-Maritz", "said", "W"),
         ("Nobody gave us a chance in August,” he said.", "Bongani Zikhali-Maritz", "said", ""),
         ("“But there are three games left, and we still have to go to Sizakhele.”", "Bongani Zikhali-Maritz", "said", "W")],
        [("Zikhali-Maritz hopes to have his captain, Themba Lekgwathi, back from a hamstring strain for that game.", "Bongani Zikhali-Maritz", "hopes", "")],
        [("City coach Fernando Alcorta blamed the penalty for the defeat.", "Fernando Alcorta", "blamed", ""),
         ("“Was it a penalty?", "Fernando Alcorta", "said", ""),
         ("I've watched it five times and I still don't know,” he said.", "Fernando Alcorta", "said", ""),
         ("He said Van Wijngaard-Seboko had played on since the first half with a strapped left wrist.", "Fernando Alcorta", "said", "W")],
        [("“I just closed my eyes and hit it!” Mokwatle said of his free kick.", "Thabang Mokwatle", "said", "")],
        [("The referee, Sizwe Mavundlane, booked five players, three of them from City.", "", "", "W")],
        [("If Sizakhele beat Njenjela Harbour on Wednesday, they will go back above Stars by two points.", "", "", "W")],
        [("Match stats", "", "", "B")],
        [("Mlambovale Stars — Sekgobelo City", "", "", "B")],
        [("Possession: 61% – 39%", "", "", "")],
        [("Shots (on target): 17 (7) – 6 (2)", "", "", "")],
        [("xG: 2.31 – 0.74", "", "", "")],
        [("Corners: 9 – 3", "", "", "")],
        [("Yellow cards: 2 – 3", "", "", "")],
        [("Mlambovale Stars 3 (Dlomo-Ferrão 12', 71' pen., Mokwatle 44') Sekgobelo City 1 (Mmusi-Olatunde 34')", "", "", "W")],
        [("Referee: Sizwe Mavundlane", "", "", "")],
        [("Attendance: 18,406", "", "", "")],
        [("Premiership log (top three)", "", "", "B")],
        [("1. Mlambovale Stars  P27  Pts 52", "", "", "")],
        [("2. Sizakhele Rangers  P26  Pts 51", "", "", "")],
        [("3. Njenjela Harbour  P27  Pts 47", "", "", "")],
        [("Full log ›", "", "", "B")],
        [("Next: Sizakhele Rangers vs. Mlambovale Stars, Sat 16 May, 15:30", "", "", "B")],
        [("© 2026 GoalMouth SA (Pty) Ltd | Privacy | Terms | Advertise", "", "", "B")],
    ],
    [  # 11. New Zealand news site's property page, the monthly house price report
        [("Pīwakawaka Daily", "", "", "B")],
        [("Latest   NZ   World   Business   Property   Politics   Sport   Opinion", "", "", "B")],
        [("Business › Property", "", "", "B")],
        [("House prices slip for 14th month as listings pile up", "", "", "W")],
        [("National median falls 1.2% to $795,000; agents say buyers are ‘taking their time’", "Several agents", "say", "W")],
        [("Tamsin Ngatorua", "", "", "B")],
        [("Wednesday, 13 May 2026, 12:47 pm", "", "", "B")],
        [("Share   Save   Email", "", "", "B")],
        [("A for-sale sign outside a house in a Wellington suburb.", "", "", ""),
         ("Photo: Pīwakawaka Daily", "", "", "B")],
        [("The national median house price fell 1.2 per cent in the year to April, to $795,000, according to Kawakawa Analytics' monthly property report, released on Wednesday.", "Kawakawa Analytics' monthly property report", "according to", "W"),
         ("It was the 14th month in a row that the median was lower than a year earlier.", "", "", "W")],
        [("In Auckland the median fell 3.4 per cent to $1.03 million, while Wellington's rose 0.6 per cent to $780,000.", "", "", "W")],
        [("Homes took a median of 44 days to sell nationally, vs. 41 days in April last year.", "", "", "W"),
         ("Sales rose 8.9 per cent to 6,412, but the number of homes listed for sale climbed to 31,800, the most for an April since 2015.", "", "", "W")],
        [("Kawakawa's head of research, Dr Mereana Pīwhara, said buyers had “more choice than they've had in a decade”.", "Mereana Pīwhara", "said", ""),
         ("She said prices outside the main centres had held up better, with the median in the Manawatū-Whanganui region up 2.3 per cent.", "Mereana Pīwhara", "said", "W"),
         ("“I'd expect prices to bottom out around the middle of the year, but I've said that before,” she said with a laugh.", "Mereana Pīwhara", "said", "")],
        [("The Reserve Bank's February Monetary Policy Statement projects house prices to rise 2.8 per cent over the year to March 2027.", "The Reserve Bank's February Monetary Policy Statement", "projects", "W"),
         ("The official cash rate has been 2.25 per cent since November.", "", "", "W")],
        [("The average one-year fixed mortgage rate offered by the main banks was 4.89% p.a. at the end of April, according to Kawakawa's survey of lenders.", "Kawakawa's survey of lenders", "according to", "W")],
        [("Several agents told Pīwakawaka Daily that buyers were taking longer to decide and more often making offers conditional on selling their own homes.", "Several agents", "told Pīwakawaka Daily", "")],
        [("Jonty Lundie is the principal of Mataī Coast Realty Ltd.", "", "", ""),
         ("The agency sold 41 homes in April, up from 29 a year earlier, he said.", "Jonty Lundie", "said", "W"),
         ("“Open homes are busy.", "Jonty Lundie", "said", ""),
         ("People are just not in a hurry.", "Jonty Lundie", "said", ""),
         ("Why would they be?” he said.", "Jonty Lundie", "said", "")],
        [("First-home buyer Anahera Kaipuke, 31, and her partner bought a three-bedroom house in the Hutt Valley for $640,000 in March after eight months of looking.", "", "", ""),
         ("“We offered on five houses.", "Anahera Kaipuke", "said", ""),
         ("On the one we got, we paid $25,000 under the asking price,” she said.", "Anahera Kaipuke", "said", "")],
        [("Is now a good time to buy?", "", "", ""),
         ("Economists are split.", "", "", "")],
        [("Kaitake Bank chief economist Hamish Wakehurst said the glut of listings would keep a lid on prices “for most of this year”.", "Hamish Wakehurst", "said", ""),
         ("He noted that net migration had fallen to 11,200 in the year to March, its lowest level since 2013, according to Stats NZ.", "Hamish Wakehurst", "noted", "W")],
        [("Stats NZ figures released on Monday showed 2,905 new homes were consented in March, down 6.1 per cent on March last year.", "Stats NZ figures released on Monday", "showed", "W")],
        [("Mortgage adviser Priyanka Odunlade-Felton advised buyers to get their finance approved before they start looking, e.g. because sellers now often favour unconditional offers.", "Priyanka Odunlade-Felton", "advised", ""),
         ("“If you're not ready to sign on the day, someone else will be,” she said.", "Priyanka Odunlade-Felton", "said", "")],
        [("Sign up to Pīwakawaka Daily's free Property Pulse newsletter", "", "", "B")],
        [("More in Property", "", "", "B")],
        [("Rents fall in Wellington as public service cuts bite", "", "", "B")],
        [("Why apartment prices have fallen further than houses", "", "", "B")],
        [("Pīwakawaka Daily is a member of the New Zealand Media Council.", "", "", "B")],
        [("© 2026 Pīwakawaka Media Ltd", "", "", "B")],
    ],
    [  # 12. Kenyan national daily's business page, annual inflation rises on food and fuel
        [("Mwangalizi Daily", "", "", "B")],
        [("News | Business | Counties | Politics | Sports | Opinion | Lifestyle | ePaper", "", "", "B")],
        [("Business › Economy", "", "", "B")],
        [("Inflation rises to 4.9pc in April on food, fuel prices", "", "", "W")],
        [("Maize flour up 9 percent in a year as CBK says inflation will stay within target", "The Central Bank of Kenya (CBK)", "says", "W")],
        [("By Wanjiru Gakuhi", "", "", "B")],
        [("Published on: April 30, 2026 18:45 (EAT)", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   LinkedIn", "", "", "B")],
        [("A trader arranges onions at Nyati Lane market in Nairobi's Eastlands on Thursday.", "", "", ""),
         ("Wholesale onion prices have risen by half since January.", "", "", "W"),
         ("PHOTO | KIPYEGON SITATI", "", "", "B")],
        [("NAIROBI — Kenya's annual inflation rate rose to 4.9 percent in April from 4.3 percent in March, driven by higher prices of food and fuel, the Kenya National Bureau of Statistics (KNBS) said on Thursday.", "the Kenya National Bureau of Statistics (KNBS)", "said", "W")],
        [("Prices of food and non-alcoholic beverages rose 7.2 percent year on year, the bureau's data showed.", "the bureau's data", "showed", "W"),
         ("A 2kg packet of maize flour cost an average of Sh172 in April, up from Sh158 a year earlier, while a kilo of sugar cost Sh196, up from Sh181.", "", "", "W")],
        [("Transport costs rose 3.8 percent, reflecting the increase in pump prices announced by the Energy and Petroleum Regulatory Authority (EPRA) on April 14.", "", "", "W"),
         ("A litre of diesel in Nairobi now retails at Sh171.40, up Sh4.60, according to EPRA's monthly review.", "EPRA's monthly review", "according to", "W")],
        [("Core inflation, which excludes food and energy, eased to 2.6 percent from 2.8 percent.", "", "", "W")],
        [("The Central Bank of Kenya (CBK) said in a statement that it expected inflation to remain within its target range in the coming months.", "The Central Bank of Kenya (CBK)", "said", ""),
         ("The bank's target is 5 percent, plus or minus 2.5 percentage points.", "", "", "W"),
         ("It said the rise in food prices was largely due to the late onset of the long rains in parts of the country.", "The Central Bank of Kenya (CBK)", "said", "W")],
        [("A spokesperson for Tambarare Millers Ltd. said the company had raised its flour prices twice this year because maize from the last harvest had run short.", "A spokesperson for Tambarare Millers Ltd.", "said", "W")],
        [("At Nyati Lane market, traders said customers were buying in smaller quantities.", "traders", "said", "")],
        [("Grace Wambui Kiriinya, who sells vegetables at the market, said a 90kg bag of onions cost her Sh9,800 at the wholesale market on Monday, compared with Sh6,500 in January.", "Grace Wambui Kiriinya", "said", "W"),
         ("“Customers ask me, ‘Why is it so expensive?’", "Grace Wambui Kiriinya", "asked", ""),
         ("What do I tell them?” she asked.", "Grace Wambui Kiriinya", "asked", "")],
        [("Dr. Rukia Musyoka, an economist at Jabali Business School in Nairobi, said the April figure was “modest by historical standards.”", "Rukia Musyoka", "said", ""),
         ("She said inflation had averaged 7.7 percent in 2023.", "Rukia Musyoka", "said", "W"),
         ("“We could see 5.5 percent by July if the rains disappoint ...", "Rukia Musyoka", "said", ""),
         ("But I don't think they will,” she said.", "Rukia Musyoka", "said", "")],
        [("Samwel Kitheka-Bosire, secretary general of the Mlaji Consumer Watch, said millers passed on costs “faster on the way up than on the way down.”", "Samwel Kitheka-Bosire", "said", ""),
         ("He cited Art. 46 of the Constitution, which gives consumers the right to goods of reasonable quality and to the information they need to gain full benefit from them.", "Samwel Kitheka-Bosire", "cited", "W")],
        [("The 2026/27 budget will be read in the National Assembly on June 11.", "", "", "W")],
        [("The bureau collects the prices of about 330 goods and services across 50 data collection zones each month, according to its methodology note at www.knbs.or.ke/cpi.", "its methodology note at www.knbs.or.ke/cpi", "according to", "W"),
         ("Its next release is due on May 29.", "", "", "W")],
        [("RELATED STORIES", "", "", "B")],
        [("Fuel prices up for second month as EPRA cites higher import costs", "", "", "B")],
        [("Maize farmers hold back stocks as prices climb", "", "", "B")],
        [("Get the Mwangalizi Business Brief in your inbox every morning.", "", "", "B")],
        [("© 2026 Mwangalizi Media Group Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    ("n59-etc-ends-before-sales", "Mayor Donal Featherby-Roye said the increase was “the floor, not the ceiling” for the rest of council's term. “We have roads in this town that were last paved when I was in high school,” he said. “Nobody likes a tax increase. Nobody likes a pothole either.”\nTreasurer Wendeline Amankwa-Paradis told council the town's capital reserves had fallen to $4.2 million at the end of 2025, from $9.7 million in 2021. She said about $1.9 million of the increase was needed just to cover higher prices for road salt, fuel, insurance, etc. Sales of surplus town land on Pembrough Road are budgeted to bring in another $600,000, she said.\nThe town's long-range financial plan, adopted in 2024, projects increases of 4.5 to 5.5 per cent a year until 2029. Amankwa-Paradis said she expected next year's increase to land “somewhere in that range, probably toward the top.”",
     ["Mayor Donal Featherby-Roye said the increase was “the floor, not the ceiling” for the rest of council's term.", "“We have roads in this town that were last paved when I was in high school,” he said.", "“Nobody likes a tax increase.", "Nobody likes a pothole either.”", "Treasurer Wendeline Amankwa-Paradis told council the town's capital reserves had fallen to $4.2 million at the end of 2025, from $9.7 million in 2021.", "She said about $1.9 million of the increase was needed just to cover higher prices for road salt, fuel, insurance, etc.", "Sales of surplus town land on Pembrough Road are budgeted to bring in another $600,000, she said.", "The town's long-range financial plan, adopted in 2024, projects increases of 4.5 to 5.5 per cent a year until 2029.", "Amankwa-Paradis said she expected next year's increase to land “somewhere in that range, probably toward the top.”"]),
    ("n59-ltd-the-bylaw-no", "Council also awarded this year's $2.3-million road resurfacing contract to Pellcraig Paving Ltd. The company was the lowest of four bidders.\nThe tax rates themselves will be set in By-law No. 2026-07, which council is scheduled to pass at its Jan. 27 meeting.",
     ["Council also awarded this year's $2.3-million road resurfacing contract to Pellcraig Paving Ltd.", "The company was the lowest of four bidders.", "The tax rates themselves will be set in By-law No. 2026-07, which council is scheduled to pass at its Jan. 27 meeting."]),
    ("n59-ont-its-feb-dot", "Amankwa-Paradis advised residents worried about the bigger bills to sign up for the town's monthly pre-authorized payment plan. The deadline to join for 2026 is Feb. 27.\nWrenhollow's increase is also larger than the one passed a week earlier in neighbouring Harrowdale, Ont. Its council approved 3.1 per cent on Jan. 6 after cutting two planned staff positions.\nFinal tax bills will go out in May.",
     ["Amankwa-Paradis advised residents worried about the bigger bills to sign up for the town's monthly pre-authorized payment plan.", "The deadline to join for 2026 is Feb. 27.", "Wrenhollow's increase is also larger than the one passed a week earlier in neighbouring Harrowdale, Ont.", "Its council approved 3.1 per cent on Jan. 6 after cutting two planned staff positions.", "Final tax bills will go out in May."]),
    ("n59-ellipses-approx-bang", "Dr Cormac Lanigarth-Sheahy, a consultant orthopaedic surgeon at UHC, said the figures were “no surprise to anyone working here.” He said the hospital had 14 fewer orthopaedic beds than in 2019, and that planned hip and knee operations were cancelled on 37 days last winter because of overcrowding in the emergency department. “We can see people in clinic,” he said. “Getting them to theatre is the problem … and every week they wait, the joint gets worse.”\nMaureen Rathmoyle, 71, from Knockdrinan, has been waiting 26 months for a first appointment with an orthopaedic surgeon about her left hip. “The letter said it would be approx. nine months. That was more than two years ago,” she said.\n“Some days I can't get up the stairs. My daughter comes over after work and does everything … I'm 71, not 91!” she said.\nShe said she had looked into having the operation in Northern Ireland and claiming the cost back from the HSE, but could not afford to pay upfront.\nLocal TD Fergal Moylagh (Independent) said he had raised UHC's waiting list in the Dáil four times since January. “How many more people have to wait two years for a hip before somebody in Government takes responsibility?” he said. He said he had written to the Minister for Health asking her to visit the hospital before the summer recess.",
     ["Dr Cormac Lanigarth-Sheahy, a consultant orthopaedic surgeon at UHC, said the figures were “no surprise to anyone working here.”", "He said the hospital had 14 fewer orthopaedic beds than in 2019, and that planned hip and knee operations were cancelled on 37 days last winter because of overcrowding in the emergency department.", "“We can see people in clinic,” he said.", "“Getting them to theatre is the problem … and every week they wait, the joint gets worse.”", "Maureen Rathmoyle, 71, from Knockdrinan, has been waiting 26 months for a first appointment with an orthopaedic surgeon about her left hip.", "“The letter said it would be approx. nine months.", "That was more than two years ago,” she said.", "“Some days I can't get up the stairs.", "My daughter comes over after work and does everything …", "I'm 71, not 91!” she said.", "She said she had looked into having the operation in Northern Ireland and claiming the cost back from the HSE, but could not afford to pay upfront.", "Local TD Fergal Moylagh (Independent) said he had raised UHC's waiting list in the Dáil four times since January.", "“How many more people have to wait two years for a hip before somebody in Government takes responsibility?” he said.", "He said he had written to the Minister for Health asking her to visit the hospital before the summer recess."]),
    ("n59-callout-ltd-registered-no", "Have you been affected by waiting times at UHC? Contact our newsroom at news@kilcrenaghecho.ie or call 052 744 1190.\nTopics: Health | UHC | Waiting lists | Carrigvanna\n© Kilcrenagh Echo Newspapers Ltd. Registered in Ireland No. 612407. Registered office: Bridge Street, Carrigvanna, Co. Tipperary.",
     ["Have you been affected by waiting times at UHC?", "Contact our newsroom at news@kilcrenaghecho.ie or call 052 744 1190.", "Topics: Health | UHC | Waiting lists | Carrigvanna", "© Kilcrenagh Echo Newspapers Ltd.", "Registered in Ireland No. 612407.", "Registered office: Bridge Street, Carrigvanna, Co. Tipperary."]),
    ("n59-tex-section-initial", "PECANVALE, Tex. — A former Llanowell County treasurer was sentenced Tuesday to seven years in state prison for moving $412,118 of county money into accounts she controlled over four years.\nDeborah Lynn Castelbruno-Whitsell, 58, pleaded guilty in February to one count of misapplication of fiduciary property, a first-degree felony under Texas Penal Code § 32.45, and one count of tampering with a governmental record.\nState District Judge Harlan P. Odudu-Brandauer of the 519th District Court said he had weighed her guilty plea and her clean record against what he called the “length and planning” of the scheme. “This was not one bad decision. This was 211 bad decisions,” he said, referring to the number of transfers listed in the indictment. “It is a betrayal of every taxpayer in this county.”\nHe also ordered her to repay the full amount in restitution and to pay a $10,000 fine.",
     ["PECANVALE, Tex. — A former Llanowell County treasurer was sentenced Tuesday to seven years in state prison for moving $412,118 of county money into accounts she controlled over four years.", "Deborah Lynn Castelbruno-Whitsell, 58, pleaded guilty in February to one count of misapplication of fiduciary property, a first-degree felony under Texas Penal Code § 32.45, and one count of tampering with a governmental record.", "State District Judge Harlan P. Odudu-Brandauer of the 519th District Court said he had weighed her guilty plea and her clean record against what he called the “length and planning” of the scheme.", "“This was not one bad decision.", "This was 211 bad decisions,” he said, referring to the number of transfers listed in the indictment.", "“It is a betrayal of every taxpayer in this county.”", "He also ordered her to repay the full amount in restitution and to pay a $10,000 fine."]),
    ("n59-para-jr-bang-sb114", "Under para. 3 of the plea agreement, Castelbruno-Whitsell admitted that she altered the county's monthly bank reconciliations to hide the transfers.\nDefense attorney Wallace T. Grunzweig Jr. said his client would appeal the sentence, arguing that the judge had given too little weight to a psychologist's report on her gambling disorder. “Nobody is saying she didn't do it. She did it, and she's said so!” Grunzweig told reporters outside the courtroom. “But this is an illness, and a prison cell doesn't treat it.”\nHe said the defense had asked for 10 years of community supervision with treatment.\nUnder S.B. 114, a state law that took effect Sept. 1, 2025, an elected official convicted of a felony involving public money forfeits the county-paid part of his or her retirement benefits. Aufderheide said that would cost Castelbruno-Whitsell about $180,000.",
     ["Under para. 3 of the plea agreement, Castelbruno-Whitsell admitted that she altered the county's monthly bank reconciliations to hide the transfers.", "Defense attorney Wallace T. Grunzweig Jr. said his client would appeal the sentence, arguing that the judge had given too little weight to a psychologist's report on her gambling disorder.", "“Nobody is saying she didn't do it.", "She did it, and she's said so!” Grunzweig told reporters outside the courtroom.", "“But this is an illness, and a prison cell doesn't treat it.”", "He said the defense had asked for 10 years of community supervision with treatment.", "Under S.B. 114, a state law that took effect Sept. 1, 2025, an elected official convicted of a felony involving public money forfeits the county-paid part of his or her retirement benefits.", "Aufderheide said that would cost Castelbruno-Whitsell about $180,000."]),
    ("n59-pm-ends-before-surname", "The sentence was read out shortly before 4 p.m. Castelbruno-Whitsell, in a gray cardigan, looked down at the table and did not react.\nEarlier, she had read a brief statement apologizing to the county's employees and “to every family who pays taxes here.”\nShe was taken into custody by sheriff's deputies after the hearing.",
     ["The sentence was read out shortly before 4 p.m.", "Castelbruno-Whitsell, in a gray cardigan, looked down at the table and did not react.", "Earlier, she had read a brief statement apologizing to the county's employees and “to every family who pays taxes here.”", "She was taken into custody by sheriff's deputies after the hearing."]),
    ("n59-dr-us-billion-eg", "Chief executive Dr. Sabine Hollerthal said the company had cut about 240 temporary and contract jobs since October and would close a small assembly plant in Brno, Czech Republic, by the end of September. “The market in China will not come back quickly, and we are not planning as if it will,” she said on a call with analysts. “But our order books in the U.S. and India look healthier than they did six months ago.”\nKelbrecht confirmed its outlook for 2026, published in March, of revenue of €2.45 billion to €2.6 billion and an EBIT margin of 8% to 9.5%.\nChief financial officer Matthias Oyerinola-Brandhuber said higher steel and energy costs had cut about 1.4 percentage points from the quarter's margin. He said he expected prices for steel plate to “ease somewhat” in the second half, e.g. as new capacity in Europe comes on stream.",
     ["Chief executive Dr. Sabine Hollerthal said the company had cut about 240 temporary and contract jobs since October and would close a small assembly plant in Brno, Czech Republic, by the end of September.", "“The market in China will not come back quickly, and we are not planning as if it will,” she said on a call with analysts.", "“But our order books in the U.S. and India look healthier than they did six months ago.”", "Kelbrecht confirmed its outlook for 2026, published in March, of revenue of €2.45 billion to €2.6 billion and an EBIT margin of 8% to 9.5%.", "Chief financial officer Matthias Oyerinola-Brandhuber said higher steel and energy costs had cut about 1.4 percentage points from the quarter's margin.", "He said he expected prices for steel plate to “ease somewhat” in the second half, e.g. as new capacity in Europe comes on stream."]),
    ("n59-art-ag-the-gmbh-approx", "The company had already published preliminary figures on April 14 in an ad hoc notice under Art. 17 of the EU Market Abuse Regulation, after they fell short of market expectations.\nThe results compared poorly with those of Kelbrecht's closest listed rival, Vossmeier Getriebewerke AG. The Dortmund-based company last week reported a 3% rise in first-quarter EBIT.\nThe founding family holds 28.4% of the shares through Kelbrecht Familien-Holding GmbH, according to the company's website. Kelbrecht employs approx. 6,900 people worldwide, about 3,100 of them in Germany.",
     ["The company had already published preliminary figures on April 14 in an ad hoc notice under Art. 17 of the EU Market Abuse Regulation, after they fell short of market expectations.", "The results compared poorly with those of Kelbrecht's closest listed rival, Vossmeier Getriebewerke AG.", "The Dortmund-based company last week reported a 3% rise in first-quarter EBIT.", "The founding family holds 28.4% of the shares through Kelbrecht Familien-Holding GmbH, according to the company's website.", "Kelbrecht employs approx. 6,900 people worldwide, about 3,100 of them in Germany."]),
    ("n59-closing-single-quote-cet", "The head of the works council, Günther Pazderski, said management had told employee representatives in April that up to 380 jobs at the Ebersfurt site could be at risk if orders did not recover by the autumn. “We were told ‘up to 380.’ Nobody says ‘up to’ when the real number is small,” he said.\nA Kelbrecht spokesperson said no decision on jobs in Ebersfurt had been taken and that any changes would be agreed with the works council.\nShareholders will vote at the annual general meeting on May 20 on a dividend of €1.10 per share, down from €1.45 last year.\nRelated: Engineering orders fall for a fifth month in a row\nGet the MarktHaus Morning Briefing in your inbox every weekday at 7 a.m. CET. Sign up\nImpressum | Datenschutz | Terms | Contact",
     ["The head of the works council, Günther Pazderski, said management had told employee representatives in April that up to 380 jobs at the Ebersfurt site could be at risk if orders did not recover by the autumn.", "“We were told ‘up to 380.’", "Nobody says ‘up to’ when the real number is small,” he said.", "A Kelbrecht spokesperson said no decision on jobs in Ebersfurt had been taken and that any changes would be agreed with the works council.", "Shareholders will vote at the annual general meeting on May 20 on a dividend of €1.10 per share, down from €1.45 last year.", "Related: Engineering orders fall for a fifth month in a row", "Get the MarktHaus Morning Briefing in your inbox every weekday at 7 a.m. CET.", "Sign up", "Impressum | Datenschutz | Terms | Contact"]),
    ("n59-page-refs-ie-report", "The report, published on Tuesday after a two-day inspection in February, says too few pupils in Years 3 and 4 read fluently. It says 52 per cent of the school's pupils met the expected standard in reading, writing and maths at the end of Key Stage 2 last summer, against 61 per cent nationally. It praises the “calm, purposeful” atmosphere in classrooms and pupils' “impeccable” manners (p. 4).\nInspectors said leaders should make sure teachers check what pupils have understood more carefully, i.e. before moving them on to new content (p. 7).\nThe school was last inspected in June 2022, when it was rated “requires improvement” under the old single-word grades.",
     ["The report, published on Tuesday after a two-day inspection in February, says too few pupils in Years 3 and 4 read fluently.", "It says 52 per cent of the school's pupils met the expected standard in reading, writing and maths at the end of Key Stage 2 last summer, against 61 per cent nationally.", "It praises the “calm, purposeful” atmosphere in classrooms and pupils' “impeccable” manners (p. 4).", "Inspectors said leaders should make sure teachers check what pupils have understood more carefully, i.e. before moving them on to new content (p. 7).", "The school was last inspected in June 2022, when it was rated “requires improvement” under the old single-word grades."]),
    ("n59-question-tag-cllr-asked", "Tariq Sidhwa, who has two daughters at the school, said the report was “harsh on a school that's really turned a corner.” “My girls are happy here. That counts for something, doesn't it?” he said.\nCllr Nuala Corkery, the county council's cabinet member for children's services, said the council had no say over how academies are run but would offer the trust “whatever help it wants.” “Who is holding these trusts to account, if not Ofsted?” she asked.",
     ["Tariq Sidhwa, who has two daughters at the school, said the report was “harsh on a school that's really turned a corner.”", "“My girls are happy here.", "That counts for something, doesn't it?” he said.", "Cllr Nuala Corkery, the county council's cabinet member for children's services, said the council had no say over how academies are run but would offer the trust “whatever help it wants.”", "“Who is holding these trusts to account, if not Ofsted?” she asked."]),
    ("n59-url-ltd-registered-footer", "The full report card is published at https://reports.ofsted.gov.uk/provider/21/148203. Parents can give their views on the school at any time through Ofsted Parent View.\nComments on this story have been switched off.\nSign up to the Mercury's free Schools Week newsletter\n© 2026 Sallowcombe Mercury Ltd. Registered in England and Wales No. 04471938. All rights reserved.",
     ["The full report card is published at https://reports.ofsted.gov.uk/provider/21/148203.", "Parents can give their views on the school at any time through Ofsted Parent View.", "Comments on this story have been switched off.", "Sign up to the Mercury's free Schools Week newsletter", "© 2026 Sallowcombe Mercury Ltd.", "Registered in England and Wales No. 04471938.", "All rights reserved."]),
    ("n59-caption-dec-sept-paren", "Commuters at an MRT station during the evening rush hour. The new fares take effect on Dec 27. CT PHOTO: DESMOND TIAK\nSINGAPORE – Bus and train fares will rise by 6.2 per cent from Dec 27, the Public Transport Council (PTC) announced on Tuesday (Sept 29).\nAdult card fares will go up by 10 cents a journey, while fares for students, seniors and people with disabilities will rise by four cents. The adult monthly travel pass will cost $131, up from $128.",
     ["Commuters at an MRT station during the evening rush hour.", "The new fares take effect on Dec 27.", "CT PHOTO: DESMOND TIAK", "SINGAPORE – Bus and train fares will rise by 6.2 per cent from Dec 27, the Public Transport Council (PTC) announced on Tuesday (Sept 29).", "Adult card fares will go up by 10 cents a journey, while fares for students, seniors and people with disabilities will rise by four cents.", "The adult monthly travel pass will cost $131, up from $128."]),
    ("n59-no-72-ellipsis-colon-question", "Retiree Madam Chor Geok Koon, 72, who takes bus service No. 72 to the market most mornings, said she would walk more and take the bus less. “My knees can take it,” she said.\nAssociate Professor Lionel Lindqvan, a transport economist at the Kelasi Institute of Policy, said the council was right to spread the increase out. “You can delay a fare rise, but you cannot make the costs disappear,” he said. “Somebody pays ... either the commuter or the taxpayer.”\nMr Hafiz Zulkefli-Rozario, MP for Marina Hills GRC, asked in a Facebook post on Tuesday night: “If wages are not rising by 6 per cent, why should fares?”",
     ["Retiree Madam Chor Geok Koon, 72, who takes bus service No. 72 to the market most mornings, said she would walk more and take the bus less.", "“My knees can take it,” she said.", "Associate Professor Lionel Lindqvan, a transport economist at the Kelasi Institute of Policy, said the council was right to spread the increase out.", "“You can delay a fare rise, but you cannot make the costs disappear,” he said.", "“Somebody pays ... either the commuter or the taxpayer.”", "Mr Hafiz Zulkefli-Rozario, MP for Marina Hills GRC, asked in a Facebook post on Tuesday night: “If wages are not rising by 6 per cent, why should fares?”"]),
    ("n59-am-eg-with-mot", "The PTC said commuters who tap in before 7.45am on weekdays would continue to get a discount of up to 50 cents on MRT journeys. It advised commuters to check what the change means for their regular journeys, e.g. with the fare calculator on its website, before Dec 27.\nThe MOT said it would complete a review of the fare formula by the end of 2027.",
     ["The PTC said commuters who tap in before 7.45am on weekdays would continue to get a discount of up to 50 cents on MRT journeys.", "It advised commuters to check what the change means for their regular journeys, e.g. with the fare calculator on its website, before Dec 27.", "The MOT said it would complete a review of the fare formula by the end of 2027."]),
    ("n59-am-monday-9am-crews", "At the height of the storm, about 41,300 homes and businesses were without power, according to the Ouvrey Valley Electric Cooperative's outage map. By 9 p.m. Monday, the number had fallen to about 28,900.\nThe weather service said a trained spotter measured 0.74 inches of ice near Pellamy's Ferry, the most reported in the region, and that 0.5 inches fell in Hallstead Gap. A gust of 38 mph was recorded at Hallstead Gap Municipal Airport at 4:15 a.m. Monday, and the temperature there did not climb above 29 degrees all day.\nThe cooperative called in help from three neighboring states, and the first out-of-state trucks arrived at 9 a.m. Crews worked through the night under floodlights on some of the worst-hit roads.",
     ["At the height of the storm, about 41,300 homes and businesses were without power, according to the Ouvrey Valley Electric Cooperative's outage map.", "By 9 p.m. Monday, the number had fallen to about 28,900.", "The weather service said a trained spotter measured 0.74 inches of ice near Pellamy's Ferry, the most reported in the region, and that 0.5 inches fell in Hallstead Gap.", "A gust of 38 mph was recorded at Hallstead Gap Municipal Airport at 4:15 a.m. Monday, and the temperature there did not climb above 29 degrees all day.", "The cooperative called in help from three neighboring states, and the first out-of-state trucks arrived at 9 a.m.", "Crews worked through the night under floodlights on some of the worst-hit roads."]),
    ("n59-initial-jr-question-caps", "Thaddeus M. Quarrieston Jr., general manager of the co-op, said the ice had brought down 318 poles and more than 900 spans of line. “This is the worst damage we've had since 2009,” Quarrieston said. He said members in the hilliest parts of the service area might not have power back until Sunday. “Can we get everybody back by Sunday? I think so. I won't promise it.”\nThe co-op said 146 line workers were in the field on Monday night, 90 of them from other utilities.",
     ["Thaddeus M. Quarrieston Jr., general manager of the co-op, said the ice had brought down 318 poles and more than 900 spans of line.", "“This is the worst damage we've had since 2009,” Quarrieston said.", "He said members in the hilliest parts of the service area might not have power back until Sunday.", "“Can we get everybody back by Sunday?", "I think so.", "I won't promise it.”", "The co-op said 146 line workers were in the field on Monday night, 90 of them from other utilities."]),
    ("n59-fire-district-hwy-st", "Chief Wendell Fanshiel of the Lower Ouvrey Fire District No. 4 said his firefighters had answered 63 calls since Sunday night, most of them for trees on lines or across roads. A 71-year-old man was taken to the hospital after a limb fell on his car on Hwy. 7 near Pellamy's Ferry, he said. His injuries were not life-threatening.\nOuvrey County Judge Renata Bildstein signed a disaster declaration on Monday afternoon, which allows the county to seek state help with debris removal. She said county road crews had reopened 41 of the 56 roads blocked by fallen trees by Monday night.\nOuvrey Valley Regional Medical Center ran on generators for about six hours on Monday, a hospital spokeswoman said.\nWarming centers are open at the Hallstead Gap Civic Center, 200 W. Main St., and at Pellamy's Ferry First Baptist Church from 8 a.m. to 8 p.m. daily until power is restored.",
     ["Chief Wendell Fanshiel of the Lower Ouvrey Fire District No. 4 said his firefighters had answered 63 calls since Sunday night, most of them for trees on lines or across roads.", "A 71-year-old man was taken to the hospital after a limb fell on his car on Hwy. 7 near Pellamy's Ferry, he said.", "His injuries were not life-threatening.", "Ouvrey County Judge Renata Bildstein signed a disaster declaration on Monday afternoon, which allows the county to seek state help with debris removal.", "She said county road crews had reopened 41 of the 56 roads blocked by fallen trees by Monday night.", "Ouvrey Valley Regional Medical Center ran on generators for about six hours on Monday, a hospital spokeswoman said.", "Warming centers are open at the Hallstead Gap Civic Center, 200 W. Main St., and at Pellamy's Ferry First Baptist Church from 8 a.m. to 8 p.m. daily until power is restored."]),
    ("n59-am-counting-smt-dy-table", "The strong room at the Government Polytechnic on Station Road was opened in the presence of the candidates' agents at 7.30 a.m. Counting began half an hour later at four tables.\nVotes from the ward's 11 polling stations were counted in three rounds, and the result was declared at 1.40 p.m. by the returning officer, Smt. Kavita Nimbalkar-Bhosle, Dy. Collector (Elections).\nTambolkar-Shinde submitted a written application for a recount after the third round, alleging that the seal on the EVM counted at Table No. 3 had been broken. Nimbalkar-Bhosle rejected the application, saying the seal had been checked and signed by all the agents before counting began. She said the count at every table had been filmed and the recordings would be kept for six months.",
     ["The strong room at the Government Polytechnic on Station Road was opened in the presence of the candidates' agents at 7.30 a.m.", "Counting began half an hour later at four tables.", "Votes from the ward's 11 polling stations were counted in three rounds, and the result was declared at 1.40 p.m. by the returning officer, Smt. Kavita Nimbalkar-Bhosle, Dy. Collector (Elections).", "Tambolkar-Shinde submitted a written application for a recount after the third round, alleging that the seal on the EVM counted at Table No. 3 had been broken.", "Nimbalkar-Bhosle rejected the application, saying the seal had been checked and signed by all the agents before counting began.", "She said the count at every table had been filmed and the recordings would be kept for six months."]),
    ("n59-art-243za-rs-lakh-footer", "Municipal elections in the state are conducted by the State Election Commission, a constitutional body set up under Art. 243ZA of the Constitution. Each candidate in the by-election could spend up to Rs 2.5 lakh on campaigning, according to the commission's limits for councils of this size.\nGet the latest Khadakpur news on our WhatsApp channel\nAlso read: Khadakpur water cut: Supply on alternate days till June 15\nCopyright © 2026 Lantern Publications Pvt. Ltd. All rights reserved.",
     ["Municipal elections in the state are conducted by the State Election Commission, a constitutional body set up under Art. 243ZA of the Constitution.", "Each candidate in the by-election could spend up to Rs 2.5 lakh on campaigning, according to the commission's limits for councils of this size.", "Get the latest Khadakpur news on our WhatsApp channel", "Also read: Khadakpur water cut: Supply on alternate days till June 15", "Copyright © 2026 Lantern Publications Pvt. Ltd.", "All rights reserved."]),
    ("n59-ci-fig-p-trend", "People living where at least 30 per cent of the ground was shaded by trees were 14 per cent less likely to be dispensed an anti-anxiety drug during the study than those with less than 10 per cent canopy (odds ratio 0.86, 95% CI 0.79–0.94), the authors report in the Australasian Journal of Environmental Epidemiology.\nThe link was weaker for parks and open grass without trees, and disappeared for people who had lived at their address for less than two years (Fig. 3). About 8.9 per cent of the people in the study were dispensed an anti-anxiety drug at least once. The odds fell steadily as canopy cover rose (p for trend = 0.002).\nThe authors caution that the study shows an association, not cause and effect. People who are less anxious may be more likely to choose leafy suburbs in the first place, i.e. the arrow could point the other way, they write.",
     ["People living where at least 30 per cent of the ground was shaded by trees were 14 per cent less likely to be dispensed an anti-anxiety drug during the study than those with less than 10 per cent canopy (odds ratio 0.86, 95% CI 0.79–0.94), the authors report in the Australasian Journal of Environmental Epidemiology.", "The link was weaker for parks and open grass without trees, and disappeared for people who had lived at their address for less than two years (Fig. 3).", "About 8.9 per cent of the people in the study were dispensed an anti-anxiety drug at least once.", "The odds fell steadily as canopy cover rose (p for trend = 0.002).", "The authors caution that the study shows an association, not cause and effect.", "People who are less anxious may be more likely to choose leafy suburbs in the first place, i.e. the arrow could point the other way, they write."]),
    ("n59-et-al-doi-lifeline", "The study was funded by the National Health and Medical Research Council.\nJournal reference: Nakatsu I, Wattsford B, et al. Residential tree canopy and anxiolytic dispensing among adults in south-east Queensland. Aust J Environ Epidemiol. 2026;9(2):114-127.\nhttps://doi.org/10.55021/ajee.2026.0114\nIf this story has raised concerns for you, call Lifeline on 13 11 14.",
     ["The study was funded by the National Health and Medical Research Council.", "Journal reference: Nakatsu I, Wattsford B, et al. Residential tree canopy and anxiolytic dispensing among adults in south-east Queensland. Aust J Environ Epidemiol. 2026;9(2):114-127.", "https://doi.org/10.55021/ajee.2026.0114", "If this story has raised concerns for you, call Lifeline on 13 11 14."]),
    ("n59-pm-bang-question-surname-said", "Kick-off was pushed back 20 minutes, to 3.50pm, after a crash on the approach road held up both team buses, the home club said.\nStars coach Bongani Zikhali-Maritz said his players had “earned the right to be up there.” “We're top in May! Nobody gave us a chance in August,” he said. “But there are three games left, and we still have to go to Sizakhele.”\nZikhali-Maritz hopes to have his captain, Themba Lekgwathi, back from a hamstring strain for that game.\nCity coach Fernando Alcorta blamed the penalty for the defeat. “Was it a penalty? I've watched it five times and I still don't know,” he said. He said Van Wijngaard-Seboko had played on since the first half with a strapped left wrist.\n“I just closed my eyes and hit it!” Mokwatle said of his free kick.",
     ["Kick-off was pushed back 20 minutes, to 3.50pm, after a crash on the approach road held up both team buses, the home club said.", "Stars coach Bongani Zikhali-Maritz said his players had “earned the right to be up there.”", "“We're top in May!", "Nobody gave us a chance in August,” he said.", "“But there are three games left, and we still have to go to Sizakhele.”", "Zikhali-Maritz hopes to have his captain, Themba Lekgwathi, back from a hamstring strain for that game.", "City coach Fernando Alcorta blamed the penalty for the defeat.", "“Was it a penalty?", "I've watched it five times and I still don't know,” he said.", "He said Van Wijngaard-Seboko had played on since the first half with a strapped left wrist.", "“I just closed my eyes and hit it!” Mokwatle said of his free kick."]),
    ("n59-score-line-pen-log", "Mlambovale Stars 3 (Dlomo-Ferrão 12', 71' pen., Mokwatle 44') Sekgobelo City 1 (Mmusi-Olatunde 34')\nReferee: Sizwe Mavundlane\nAttendance: 18,406\nPremiership log (top three)\n1. Mlambovale Stars  P27  Pts 52\n2. Sizakhele Rangers  P26  Pts 51\n3. Njenjela Harbour  P27  Pts 47",
     ["Mlambovale Stars 3 (Dlomo-Ferrão 12', 71' pen., Mokwatle 44') Sekgobelo City 1 (Mmusi-Olatunde 34')", "Referee: Sizwe Mavundlane", "Attendance: 18,406", "Premiership log (top three)", "1. Mlambovale Stars  P27  Pts 52", "2. Sizakhele Rangers  P26  Pts 51", "3. Njenjela Harbour  P27  Pts 47"]),
    ("n59-vs-decimals-sales", "In Auckland the median fell 3.4 per cent to $1.03 million, while Wellington's rose 0.6 per cent to $780,000.\nHomes took a median of 44 days to sell nationally, vs. 41 days in April last year. Sales rose 8.9 per cent to 6,412, but the number of homes listed for sale climbed to 31,800, the most for an April since 2015.",
     ["In Auckland the median fell 3.4 per cent to $1.03 million, while Wellington's rose 0.6 per cent to $780,000.", "Homes took a median of 44 days to sell nationally, vs. 41 days in April last year.", "Sales rose 8.9 per cent to 6,412, but the number of homes listed for sale climbed to 31,800, the most for an April since 2015."]),
    ("n59-pa-ltd-the-question-said", "The average one-year fixed mortgage rate offered by the main banks was 4.89% p.a. at the end of April, according to Kawakawa's survey of lenders.\nSeveral agents told Pīwakawaka Daily that buyers were taking longer to decide and more often making offers conditional on selling their own homes.\nJonty Lundie is the principal of Mataī Coast Realty Ltd. The agency sold 41 homes in April, up from 29 a year earlier, he said. “Open homes are busy. People are just not in a hurry. Why would they be?” he said.",
     ["The average one-year fixed mortgage rate offered by the main banks was 4.89% p.a. at the end of April, according to Kawakawa's survey of lenders.", "Several agents told Pīwakawaka Daily that buyers were taking longer to decide and more often making offers conditional on selling their own homes.", "Jonty Lundie is the principal of Mataī Coast Realty Ltd.", "The agency sold 41 homes in April, up from 29 a year earlier, he said.", "“Open homes are busy.", "People are just not in a hurry.", "Why would they be?” he said."]),
    ("n59-nested-question-dr-ellipsis", "Grace Wambui Kiriinya, who sells vegetables at the market, said a 90kg bag of onions cost her Sh9,800 at the wholesale market on Monday, compared with Sh6,500 in January. “Customers ask me, ‘Why is it so expensive?’ What do I tell them?” she asked.\nDr. Rukia Musyoka, an economist at Jabali Business School in Nairobi, said the April figure was “modest by historical standards.” She said inflation had averaged 7.7 percent in 2023. “We could see 5.5 percent by July if the rains disappoint ... But I don't think they will,” she said.",
     ["Grace Wambui Kiriinya, who sells vegetables at the market, said a 90kg bag of onions cost her Sh9,800 at the wholesale market on Monday, compared with Sh6,500 in January.", "“Customers ask me, ‘Why is it so expensive?’", "What do I tell them?” she asked.", "Dr. Rukia Musyoka, an economist at Jabali Business School in Nairobi, said the April figure was “modest by historical standards.”", "She said inflation had averaged 7.7 percent in 2023.", "“We could see 5.5 percent by July if the rains disappoint ...", "But I don't think they will,” she said."]),
    ("n59-url-its-next-release", "The 2026/27 budget will be read in the National Assembly on June 11.\nThe bureau collects the prices of about 330 goods and services across 50 data collection zones each month, according to its methodology note at www.knbs.or.ke/cpi. Its next release is due on May 29.",
     ["The 2026/27 budget will be read in the National Assembly on June 11.", "The bureau collects the prices of about 330 goods and services across 50 data collection zones each month, according to its methodology note at www.knbs.or.ke/cpi.", "Its next release is due on May 29."]),
]  # fmt: skip
