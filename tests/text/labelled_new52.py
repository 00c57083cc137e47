"""Fifty-second set of new hand-labelled pages for the hint engines (tuning set, round twenty-four): twelve whole pages of ordinary news where check-worthiness and sentence splits are hard.

Written from scratch for issue 13 in round twenty-four, before any rule was tuned on them and without
looking at the engine's code or output (nothing under `claimreview/` was opened, no
`labelled_heldout*.py` file was read, and no test, scorer or engine was run; only an import of this
file and `build` on every page, a small script of my own that checks the split cases against the
pages, whole-word greps of the invented names over `tests/` and `ruff format` / `ruff check` were
run). The format and the conventions were read from the docstrings of `labelled_new.py`,
`labelled_new2.py` and `labelled_new40.py` to `labelled_new49.py`, the first pages and the split
cases of `labelled_new49.py`, and `build` in `labelled_articles.py`. Every person, small place,
street, organisation, outlet, company, party, club, school, product and number is invented (the
United States, Ohio, Kentucky, Oregon, the Pacific Northwest, Colorado and Denver; Canada, Ontario,
Toronto and Montreal; India, Karnataka and Bengaluru; Australia and Queensland; England; Trinidad and
Tobago and Barbados; the Philippines, Northern Samar, Eastern Samar, Samar, Luzon, Leyte, the Visayas
and Eastern Visayas, Japan and South Korea; Ireland, Roscommon, Limerick, New Zealand and Europe;
South Africa, Pretoria, Gauteng, KwaZulu-Natal, the Eastern Cape and Limpopo; Kenya and the counties
of Nyeri, Kiambu, Kajiado, Machakos and Nandi appear only as settings; real public bodies and schemes
such as "the College of Nurses of Ontario", "the Ministry of Health", "the Canadian Institutes of
Health Research", "the Karnataka High Court", "the Electoral Commission Queensland", "Network Rail",
"the Rail Accident Investigation Branch", "Delay Repay", "PAGASA", "the Philippine Coast Guard", "the
Office of Civil Defense", "the Department of Social Welfare and Development", "the World Food
Programme", "the World Health Organization", "the National Institutes of Health", "the Central
Statistics Office", "the Department of Enterprise, Tourism and Employment", "SAPS", "the United
Nations Office on Drugs and Crime", "the Kenya National Examinations Council", "KUCCPS", "the Colorado
Department of Local Affairs" and "the National Conference of State Legislatures" only as settings,
with invented figures). No surname, town, street, outlet, company, party, club or product of any file
under `tests/` is reused: every capitalised word of these pages, the parts of hyphenated names
included, was grepped as a whole word over the whole `tests/` tree, and every hit that was a name was
changed (first names, real settings and common words recur).

Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after selecting all in
a browser, so every furniture line is a paragraph of its own, worded in that site's own way. The
twelve pages, from ten countries, are ordinary daily news that mixes statements of record and figures
with forecasts, hedges, opinions, feelings, scene, rhetorical questions and advice: (1) a US business
journal on a trucker's quarterly results ("Corp." mid-headline and ending a sentence, "Ave." ending a
caption, "4 p.m." ending a sentence, "Ky.,", "Jr.,", "Inc." mid-sentence and ending the footer's first
sentence, "U.S. since", "vs.", "approx.", "version 2.1", "est."); (2) a Canadian national site on a
cohort study of night shifts and diabetes ("Dr.", "95% CI", "(see Fig. 3 in the paper)", "6 a.m. in",
"e.g.", "J.R.R.", a spaced ellipsis before lower case, a Vancouver-style reference line); (3) an
Indian city daily on a High Court ruling ("Ltd. is", "Art. 12", "Art. 14", "sec. 4(2)(b)", "K.R.S.",
"& Ors. v. ... Ltd. & Anr. (W.P. No. 5123 of 2025)", "Rs.", "i.e.", "P.", "C.", "T.", "Pvt. Ltd.
or"); (4) an Australian regional paper on a by-election count (decimals, "9am", "6pm", "10.30pm",
"4.30pm", "St" without a stop, preference bullets, a bracketed rule); (5) an English regional site on
a rail line closed by torn-down wires ("7.12am", "5.45am", "4.30pm", an ellipsis before a capital,
"?" before a capital twice, "Ltd." ending a sentence, a bracketed sentence); (6) a Trinidad and
Tobago sports site on a club cricket final ("No. 5", "47.1 overs", "4.33 an over", "St. Hillier",
initials in the result lines, "vs.", "?" before a capital and "!" before "he laughed"); (7) a
Philippine regional site on a typhoon ("Signal No. 3", "5 a.m. Wednesday", "11 a.m." and "Jr."
ending a sentence, "Gov. ... Jr. ordered", "8 p.m. on", "U.N." ending a sentence, "Ma." in the byline);
(8) a US university newsroom's release on a wastewater flu study ("Ore." in the dateline and ending
a sentence, "U.S. Pacific Northwest", "U.S." ending a sentence, "the U.N. health agency", "(Fig. 3).",
"i.e.", "e.g.", "version 2.1", "J.R.R." and "et al." in the paper line); (9) an Irish regional paper
on food prices ("Co. Roscommon,", "Mellick & Co." ending a sentence, "etc." ending one, "approx.",
"vs.", "e.g.", "i.e.", "pc" decimals, "€3.19"); (10) a South African site on quarterly crime
statistics (comma decimals "6,2%", spaced thousands "6 417", "Brig.", "per 100 000", "(Pty) Ltd."
ending a sentence); (11) a Kenyan daily on exam results and its own table of top schools ("St."
mid-sentence and at the head of the headline, "Sr.", "Dr.", "10.214", "i.e.", "e.g.", "vs.", a
two-sentence bracket, "5 a.m. every day!” she said", numbered table rows); and (12) a US nonprofit
state newsroom on a housing bill ("S.B. 114", "Rep.", "Sen.", "Gov.", "D-Pellstowe,", "St. in" and
"St." ending a sentence, "e.g.", "?" before a capital, a spaced ellipsis before lower case). `STYLES`
names the site, the story and the stresses of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points settled
in `labelled_new2.py` to `labelled_new49.py` hold too (mastheads, menus, crumbs, strips and tickers,
bylines, role lines, date lines, share strips, listen lines, related and most-read lists, newsletter,
app and WhatsApp lines, comment notices, reader-service lines and footers "B" line by line; captions
by content and credits "B"; standfirsts labelled like headlines and split at a full stop, a "says" in
them carrying the source as the body names it; fact-box headings "B" with their bullets "W"; a topic
or advice subhead "" with its bullets by content; titles, ranks and honorifics dropped from speakers,
"Jr." and initials kept; a pronoun, a later surname or a role resolved to the full name as first
given; organisations, documents and data kept as written, "according to X" -> X; a quote over several
sentences carrying its speaker and cue; "did not respond" labelled like speech with flags ""; plans,
votes, orders, results, rules and figures of record "W"; spoken forecasts, hopes, pledges, opinions,
feelings, scene, rhetorical questions and advice ""; a hedge making a sentence "" unless a figure of
record rides in it; a forecast or estimate published in a document "W").

Conventions this set had to settle, in the same spirit:

* Results. The cut guidance ("Trescombe cut its forecast for 2026 to earnings of $3.05 to $3.25 a
  share ...") and the terminal closures with a date and a job count are "W" without a speaker (the
  company's published numbers). The finance chief's cost of the closures ("would cost about $9
  million, most of it in the second quarter") is "W", his savings ("He expects them to save about $14
  million a year from 2027.") a forecast, "", with the cue "expects"; the chief executive's "would
  “look at everything.”" (cue "replied") is a process promise, "", and "She said it had no plans to
  close more terminals this year." a present fact, "W", like "No decision has been made" in
  `labelled_new49.py`; "Ackerstrom said the board intends to keep it there." is a pledge, "". An
  analyst's question split at its full stop keeps "asked" in both parts: the count ("You're closing
  two terminals out of 31.") "W", the rhetorical question ""; "pressed executives on whether ..."
  carries him with "pressed", "". "For investors, the bigger question may be the dividend." is "".
* Studies. A headline that states a finding without a verb of saying ("Night shifts linked to higher
  diabetes risk in large study of Ontario nurses") is "W" without a speaker; the standfirst's "The
  lead author says that does not prove the shifts are to blame" is a stated limitation, "W", like the
  limitations in the body ("She stressed that the study was observational ...", "The team did not
  have data on ..."). The study's own counting rule in brackets ("(The study counted a nurse as a
  night worker if ...)") is method, "W"; the release's glossary aside "(A sewershed is the area whose
  wastewater drains to a single treatment plant.)" defines a word and claims nothing, "". "In absolute
  terms the difference is small." is a judgement, "", the absolute figures after it "W"; an expert's
  general statement of fact ("Nurses on nights eat at odd hours, sleep less and move differently.")
  is "W", his "That's not a reason to panic." and her "All of those things may play a part." "".
  "The researchers say the approach may work for other respiratory viruses, ..., but that has not yet
  been tested." is governed by its hedge, ""; "the authors note" with a share of record is "W";
  "Earlier work by her group found" keeps the work as written with "found". The co-author's "It adds
  an early warning" is "".
* Courts. What the court held ("held", "It also held" resolved to "The Karnataka High Court") is "W";
  the legal test quoted from the judgment ("“The test is not the label a body gives itself ...”, the
  court said") is reasoning, "", with "the court" kept as written; "The judge did not accept that."
  is an act of record, "W", without a speaker; the reading-down explained with "i.e." is "W". The
  managing director's "would study the judgment and then decide whether to appeal" is "" (no
  decision taken), unlike "would not appeal" in `labelled_new49.py`; her "always treated its workers
  fairly" is "". A petitioner's "For 19 months we have been sitting at home." and "Today we got
  justice!" are feelings in a private account, ""; his report that the drivers would return once
  orders were issued is conditional, "".
* Counts and polls. The commission's "said counting would resume at 9am on Thursday" is an
  arrangement of record, "W"; "It expects to declare the result early next week." is an expectation,
  "", even from the electoral body. A candidate's confidence that carries a record claim ("he was
  “quietly confident” the postal votes would favour him, as they had favoured his party at every
  election in the seat since 2012") is "W" for that claim, and so is "Postals have always been strong
  for us."; the paper's check after it ("That was true in 2020 and 2024, ... but in 2017 ...") carries
  "ECQ results" with "according to", "W". "Even if Ms Marrondale wins, the government will hold 49 of
  the 93 seats ..." is seat arithmetic of record, "W"; "Both camps say they can still win" keeps
  "Both camps" with "say", "".
* Transport. "The line is expected to reopen for the first train at 5.45am on Monday, but that depends
  on the work going to plan, it said." is a forecast, "", carrying Network Rail; the standfirst's
  passive "Passengers warned journeys will take up to an hour longer" has no speaker and is "". A
  union's counterfactual that rests on a specific record claim ("would have been spotted sooner if
  Network Rail had not cut inspections ... from weekly to monthly in 2024") is "W", and the denial
  ("inspection frequencies on the route had not changed") "W"; "Journeys by bus are taking up to an
  hour longer than by train, the operator said." is an observed present fact, "W", with "the
  operator" as written. The compensation rule with its thresholds is "W", "Season ticket holders are
  advised to ..." "", the "Travel updates: ... or call ..." line "B"; a commuters' group's request for
  a meeting next week is "W" (a stated step with a date), its chair's quote "".
* Sport. "“We had them at 61 for three and we let it slip,” he said." is "W" for the score of record,
  "Teeluckdharry said his side had been 20 or 30 runs short." a judgement, ""; "when television replays
  suggested the ball had brushed his glove" is hedged, "", and "There was no Decision Review System at
  the final." "W"; the results box's title "Final: Castlemount vs. Ridgecombe" is "B", its innings
  lines with initials and "Result:" "W", "Man of the match:" "W" and "Umpires:" "" (data, like
  "Referee:").
* Weather. The evacuation counts, the signals as raised, the measured position and winds, the
  governor's orders, the sea-travel ban, the relief packs and the past typhoon's toll are "W";
  PAGASA's possible landfall (cue "said") and its storm-surge warning (cue "warned") are predicted
  impacts, ""; the specialist's rainfall forecast and "That is enough to cause flooding and
  landslides" are "", the station's measured rainfall "W"; the cooperative's "could take up to a
  week" is "".
* Prices. A shopper's quoted shelf price ("A pound of butter was €3.19 this time last year and it's
  €3.99 now") is "W": it is a public price anyone can check, not a private circumstance, while "I've
  stopped buying the branded stuff ... it's own-brand everything now" is "". A shop owner's wholesale
  price is "W", his "cut to the bone" ""; "He buys most of his dairy from Mellick & Co." is a private
  arrangement, ""; the wholesaler's account of why its prices rose and the economist's causes are
  causal claims, "W", his forecast ""; "Is the worst over for shoppers?" / "Probably, for now." are
  ""; a spokesperson's "keeping prices under close review" is "" and "She pointed to €250 in energy
  credits ..." "W" with the cue "pointed to"; a TD's "being fleeced at the checkout" with her call
  for a VAT cut is "", and the paper's check after it "W" without a speaker.
* Crime. The minister's "a turning point" is "", "He credited Operation Qinisela, ..." a causal claim,
  "W", with the cue "credited", and his precinct figure "W"; an accusation "which police denied" is
  "W" with "accused", as in `labelled_new49.py`; the police procedure for inquest dockets is "W";
  "Residents there said they felt no safer." keeps "Residents there" with "said", "".
* Schools. The two-sentence bracket on how the table was compiled is "W" in both parts (split at the
  inner full stop, the brackets staying with the first and last sentences); each numbered row of the
  paper's own table is "W" (published results, like the pass-rate rows of `labelled_new43.py`); the
  principal's "Our girls were in class by 5 a.m. every day!” she said, ..." is a boast about her own
  school's routine, "", and "Hard work pays." ""; the minister's figures and the causal "attributed
  the drop to ..." are "W", her "We will catch you!" ""; the re-marking rule with its deadline and fee,
  written into the story, is a rule of record, "W", not a stand-alone service line; "said she cried
  when she saw the grade" is "".
* Housing. "Gov. Teodoro Quistgaard has said he will sign it." is a stated decision on a named bill,
  "W" with the cue "has said", like "would not appeal"; the House sponsor's "said she expects a vote
  before the session ends on May 6" is "" though it holds a date; "A nonpartisan fiscal note
  estimates ..." is "W" with "estimates"; "Builders say the bill could add ..." keeps "Builders" with
  "say", ""; a renter's own rent told to senators is a private circumstance, "" (cue "told senators"),
  as in `labelled_new49.py`; "The alliance represents 61 cities and towns." is "W" without a speaker,
  its opinion in the sentence before ""; "Lobbyists on both sides expect ..." keeps the group with
  "expect", "".
* Splits. "Corp." ("Kennistoun Freight Corp." before "It reported"), "Inc." ("Holdings Inc." before
  "All rights reserved."), "Ave." ("on Grissom Ave." before "Courtesy of ..."), "p.m." ("at 4 p.m."
  before "Its shares"), "a.m." ("at 11 a.m." before "Most of the rest"), "Jr." ("Mayor Efren Dumalagsa
  Jr." before "Each pack"), "Co." ("Mellick & Co." before "The Limerick-based wholesaler"), "Ltd."
  ("Calderstowe Freight Ltd." before "The company said"; "(Pty) Ltd." before "All rights reserved."),
  "U.S." (before "Testing for flu"), "U.N." (before "The World Food Programme"), "St." ("on Ruddleston
  St." before "Its four units"), "Ore." (before "It enrolls") and "etc." (before "Its next release")
  end a sentence before a capital. "Corp. profit", "Inc. pressed", "Ky.,", "Jr.,", "Jr. ordered",
  "U.S. since", "U.S. Pacific", "U.N. health", "Ltd. is", "Ltd. & Anr.", "Pvt. Ltd. or", "& Ors. v.",
  "W.P. No. 5123", "No. 5", "Signal No. 3", "S.B. 114", "Art. 12", "Art. 14", "sec. 4(2)(b)", "Fig. 3
  in", "Rs. 212", "Dr.", "Sr.", "Brig.", "Gov.", "Rep.", "Sen.", "Ma.", "St. Hillier", "St. Paul's",
  "St. Hildegard's", "St. in", "Co. Roscommon,", "approx.", "vs.", "e.g.", "i.e.", "est." (closing a
  bullet), initials ("J.R.R.", "K.R.S.", "P.", "C.", "T.", "K.", "A.", "R.", "D."), decimals ("10.214",
  "47.1 overs", "4.33", "6,2%"), spaced thousands ("6 417"), times ("7.12am", "4.30pm", "10.30pm", "5
  a.m. Wednesday", "6 a.m. in", "8 p.m. on") and "version 2.1" never do; "(Fig. 3)." ends its sentence.
  A spaced ellipsis before lower case never ends a sentence ("bat long ... the runs", "a hypothesis ...
  we haven't", "in town ... and I can't"); one before a capital ends it, the ellipsis staying with the
  first part ("“I've been here since half past three ..." / "Nobody has told us anything,” said ...").
  A "?" or "!" closing a quote before a lower-case attribution ("he asked", "she asked", "he laughed",
  "she told the crowd", "the governor said", "said Ramappa ...", "she said, as students sang")
  does not end the sentence; one before a capital inside or after the quote does ("a boom? No.", "“Did
  I think ...? Not really!” he laughed.", "“Where's the bus? Where's anybody?” She pointed ...",
  "“Honestly? It's fine,” laughed ...", "“Today we got justice!” He said ...", "a train station?
  That's the question ...").

`CASES` holds 30 sentence-split cases in the format of `segmentation_new2.py` (id, text, expected
sentences), each taken word for word from these pages (consecutive lines joined by a newline) and
written the same way: what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "US business journal, a trucker's quarterly results (masthead, sign-in strip, menu, crumb, headline with Corp. mid-sentence, two-sentence standfirst with the CEO says, byline with role, published-updated line, share strip, caption ending on Ave. with a courtesy credit, profit and EPS, analysts polled had expected, 4 p.m. ending a sentence, guidance cut and closures with Ky., the CEO's hope and a question split before No., version 2.1, Jr., mid-sentence, cost vs expected savings, vs. with an index via according to, Inc. pressed, a count and a rhetorical question before he asked, a process promise and no plans, an analyst's note, U.S. since, Corp. ending a sentence, may, a pledge, history, data box with vs., est. and approx., bio and tip lines, related and most-read lists, Inc. before All rights reserved)",
    "Canadian national site, a cohort study of night shifts and Type 2 diabetes (masthead in capitals, menu, section label, finding headline, standfirst with a limitation the lead author states, byline and role, a.m. EDT date line, share strip, caption and file-photo credit, listen line, a study via according to, Dr. mid-sentence, hazard ratio with 95% CI, see Fig. 3, bracketed counting rule with 6 a.m., a judgement against absolute figures, an expert's fact and may, stated limitations, e.g., J.R.R. initials, outside expert's arithmetic and opinions, a regulator's figure, rhetorical question and answer, earlier work found, a hypothesis with an ellipsis before lower case, a union's survey, did not respond, advice, funding line, Vancouver-style reference with et al., related list, newsletter line, Inc. footer)",
    "Indian city daily, the High Court holds a dairy federation is 'State' and quashes 46 dismissals (masthead in capitals, e-paper and Kannada strip, menu, crumb, HC rules headline, standfirst with sec. 4(2)(b) and a semicolon, byline, date line with IST, share strip, caption and Photo Credit with K., held with Ltd. is and Art. 12, K.R.S. initials, directions, & Ors. v. Ltd. & Anr. (W.P. No.), an argument of law and a submission of fact, Rs. crore, the legal test in quotes, It also held with Art. 14, i.e., ALSO READ link, a lawyer's figure, a question before she asked, an exclamation before said and one before a capital, an undecided appeal, the federation's figures, a bracketed sentence, a former official's could, the listing date, published line, topics, comment rules, Pvt. Ltd. or footer)",
    "Australian regional paper, a state by-election count goes to postal votes (masthead, subscribe strip with date and weather, menu, section label, headline with a margin, standfirst with decimals and both camps say, byline, updated-first-published line, share strip, caption and picture credit, two-candidate-preferred figures, the commission's 9am arrangement and its expectation, bracketed rule with 6pm, first-preference heading and bullets, the vacancy and the 2024 margin, scene with 10.30pm, an exclamation before she told the crowd, an ellipsis before lower case, a candidate's confidence with a record claim, the paper's check via results, an analyst's hedge, preferences and a candidate's reason, turnout and compulsory voting, St without a stop and 4.30pm, the Premier's pledge and seat arithmetic, read-more list, bio and tip lines, acknowledgement of Country, Pty Ltd. footer)",
    "English regional site, overhead wires torn down close a rail line until Monday (masthead, menu with pipes, section label, headline, standfirst with a passive warned, byline and role, 24-hour date line, share line with comment count, caption and image credit, the operator has said, 7.12am, Network Rail's repair and its hedged reopening at 5.45am, newsletter box between paragraphs, replacement buses, topic subhead with service bullets, scene with 4.30pm and a count, an ellipsis before a capital, questions before a capital, Honestly? before a capital with laughed, an apology said: running over two sentences, extra coaches, the compensation rule and advice, a union's counterfactual with a record claim and the denial, Ltd. ending a sentence, a bracketed sentence, a rhetorical question, a users' group's meeting and its chair's exclamation, travel-updates line, read-next list, comments lines, Ltd. and Registered in England No. footer)",
    "Trinidad and Tobago sports site, a club 50-over cricket final (masthead in capitals, menu, live-score strip, section label, result headline and standfirst, byline, date line, share strip, caption and photo credit in capitals, the result with balls to spare, No. 5, a run rate of 4.33, scene with a count, an ellipsis before lower case, a question before a capital and an exclamation before he laughed, toss and collapse, St. Hillier mid-sentence, the league record, a captain's judgement and his score of record, television replays suggested, no review system, a said: quote over three sentences, prize money in TT$, the leading wicket-taker's average, the next fixture, result box with vs. in its title, innings lines with initials and 47.1 overs, Result, Man of the match, Umpires, more list, footer)",
    "Philippine regional site, a typhoon forces 41,000 from their homes (masthead, menu, signal strip, section label, headline, standfirst with Signal No. 3 and a semicolon, byline with Ma., date line, share strip, caption and courtesy credit, dateline with the provincial office said, 5 a.m. Wednesday with the PDRRMO via according to, 11 a.m. ending a sentence, 8 p.m. on with measured winds, PAGASA's could and warned, Gov. and Jr. ordered, the coast guard via according to, a plea ending with an exclamation before the governor said, Jr. ending a sentence before Each, scene, an evacuee's account with a question before a capital, a power cut at 6 p.m. and a could, a past typhoon via according to, U.N. ending a sentence, a specialist's forecast, measured rainfall to 8 p.m., what-to-do subhead with imperative bullets, hotline line, related list, follow line, footer)",
    "US university newsroom, a wastewater study flags flu surges before hospitals (university masthead, menu, section label, study-finds headline, researchers-say subhead, date line, share strip, Ore. dateline, U.S. Pacific Northwest, (Fig. 3). ending a sentence, the lead author's opinions with Dr., i.e. mid-sentence twice, version 2.1, a bracketed glossary line, e.g., a hedge with has not yet been tested, a quote split before said co-author, the U.N. health agency, U.S. ending a sentence before Testing, the authors note, current work, funding line, paper line with J.R.R. and et al., About box with Ore. ending a sentence, media contact lines, related list, footer lines)",
    "Irish regional paper, food prices and the CPI (masthead in capitals, menu, section label, headline with pc, two-sentence standfirst with figures show and shoppers say, byline and role, date line, share strip, caption via according to with a stock credit, CSO figures, e.g., a causal claim, scene with Co. Roscommon, a shopper's prices and a question, an ellipsis before lower case, a shop owner's wholesale price and opinion, & Co. ending a sentence, a wholesaler's and an economist's causes, a forecast, a rhetorical question and Probably, i.e. and approx. and vs., a spokesperson's review and pointed to, a TD's opinion and the paper's check with e.g., etc. ending a sentence, consumer groups advise, biggest-rises heading and bullets, read-more list, WhatsApp line, Ltd. before Registered in Ireland No.)",
    "South African news site, quarterly crime statistics (masthead in capitals, menu, section label, stats-show headline with a comma decimal, minister-hails standfirst, byline, date line with 14:05, share strip, caption and image credit, statistics via according to, spaced thousands and comma decimals, provinces, the minister's turning point and credited with a precinct figure, a criminologist's opinion and record, an accusation and a denial, Brig. dropped with a procedure, the figures show, police said, a killing of record and residents' feelings, a quote split before said and a question, a forum's count, a UN comparison, the next release, selected-crimes heading and bullets, tip-off line, read-next list, WhatsApp line, comments closed, (Pty) Ltd. before All rights reserved)",
    "Kenyan national daily, KCSE results and the paper's own table of top schools (masthead in capitals, menu, section label, St. at the head of the headline with 10.214, says-CS standfirst, byline, updated line with GMT +3, share strip, caption with a bracketed photo credit, results shared by schools via according to, a two-sentence bracket on the table, i.e., Sr. dropped with an opinion, an exclamation with 5 a.m. before she said, St. Paul's mid-sentence, Dr. dropped with figures, attributed with e.g., threats, the exam council's figures, vs., a heads' association's audit figure and a question before he asked, a parent's feelings, the re-marking rule with a fee, placement, table heading and numbered rows with St., related list, Ltd. footer)",
    "US nonprofit state newsroom, the Colorado Senate passes a housing bill near transit (masthead, menu, section label, headline with S.B. 114, two-sentence standfirst with cities say, byline, date line, share strip, caption with St. mid-sentence and a photo credit, DENVER dateline, the vote, the House sponsor's expectation with Rep. and a D- tag, Gov. with a stated decision, Sen. with an opinion, a question before a capital, rents via according to, a report's shortfall, a fiscal note estimates, an alliance's opinion and its size, a mayor's figure, St. ending a sentence before Its, another mayor's claim and quote, builders say could, a renter's own rent and an ellipsis before lower case, amendments with e.g., other states via according to, lobbyists expect, bio line, nonprofit and donate lines, republish line, footer)",
]

ARTICLES = [
    [  # 1. US business journal, a trucker's quarterly results: Corp., Inc., Ave., p.m., Jr., vs., approx., version 2.1
        [("Tarrowfield Business Journal", "", "", "B")],
        [("Sign In  |  Subscribe  |  Events  |  Book of Lists", "", "", "B")],
        [("News    Industries    People    Lists & Leads    Events    Podcasts", "", "", "B")],
        [("Industries › Transportation & Logistics", "", "", "B")],
        [("Trescombe Logistics Corp. profit falls 18% as freight slump drags on", "", "", "W")],
        [("The Varnesby trucker cut its full-year forecast and will close two terminals.", "", "", "W"),
         ("Its CEO says the worst is over", "Renata Vollenkamp-Yeats", "says", "")],
        [("By Marisol Quenteaux  –  Staff Reporter, Tarrowfield Business Journal", "", "", "B")],
        [("Apr 23, 2026, 6:12pm EDT  Updated Apr 24, 2026, 8:05am EDT", "", "", "B")],
        [("Share    Post    LinkedIn    Email    Print    Order Reprints", "", "", "B")],
        [("Trescombe tractors lined up at the company's main terminal on Grissom Ave.", "", "", ""),
         ("Courtesy of Trescombe Logistics", "", "", "B")],
        [("Trescombe Logistics Corp. reported a first-quarter profit of $41.3 million on Thursday, down 18% from $50.4 million a year earlier, as shippers moved fewer goods and paid less to move them.", "", "", "W")],
        [("Earnings came to 82 cents a share.", "", "", "W"),
         ("Analysts polled by Quorlan Data had expected 81 cents.", "Analysts polled by Quorlan Data", "had expected", "W")],
        [("Revenue fell 9.4% to $1.12 billion, the company's sixth straight quarterly decline.", "", "", "W")],
        [("The Varnesby-based company released its results shortly after the market closed at 4 p.m.", "", "", "W"),
         ("Its shares fell 6.1% in after-hours trading, to $58.40.", "", "", "W")],
        [("Trescombe cut its forecast for 2026 to earnings of $3.05 to $3.25 a share, down from the $3.40 to $3.60 it gave in January.", "", "", "W"),
         ("It will close terminals in Ashmorrow Falls, Ohio, and Pendlow, Ky., by the end of June, affecting about 240 jobs.", "", "", "W")],
        [("Chief executive Renata Vollenkamp-Yeats told analysts on a conference call that the freight market had “found a floor.”", "Renata Vollenkamp-Yeats", "told analysts", "")],
        [("“We think the worst of this cycle is behind us,” she said.", "Renata Vollenkamp-Yeats", "said", ""),
         ("“Will the second half be a boom?", "Renata Vollenkamp-Yeats", "said", ""),
         ("No.", "Renata Vollenkamp-Yeats", "said", ""),
         ("But our customers are telling us their inventories are lean again, and lean inventories mean orders.”", "Renata Vollenkamp-Yeats", "said", "")],
        [("She said version 2.1 of the company's load-matching software, rolled out to all 31 terminals in March, had cut the share of miles its trucks drive empty from 14.6% to 11.9%.", "Renata Vollenkamp-Yeats", "said", "W")],
        [("The company's finance chief, Lionel Ackerstrom Jr., said Trescombe had cut its headcount by 410 since October, mostly by not filling jobs when drivers and office staff left.", "Lionel Ackerstrom Jr.", "said", "W"),
         ("He said the two closures would cost about $9 million, most of it in the second quarter.", "Lionel Ackerstrom Jr.", "said", "W"),
         ("He expects them to save about $14 million a year from 2027.", "Lionel Ackerstrom Jr.", "expects", "")],
        [("Spot rates for dry-van loads averaged $2.01 a mile in March, vs. $2.38 a year earlier, according to the Hauldane Freight Index.", "the Hauldane Freight Index", "according to", "W")],
        [("Analyst Dominic Farrisford-Luck of Pellowbrook Securities Inc. pressed executives on whether the cuts went far enough.", "Dominic Farrisford-Luck", "pressed", "")],
        [("“You're closing two terminals out of 31.", "Dominic Farrisford-Luck", "asked", "W"),
         ("Is that really a restructuring?” he asked.", "Dominic Farrisford-Luck", "asked", "")],
        [("Vollenkamp-Yeats replied that the company would “look at everything.”", "Renata Vollenkamp-Yeats", "replied", ""),
         ("She said it had no plans to close more terminals this year.", "Renata Vollenkamp-Yeats", "said", "W")],
        [("Farrisford-Luck, who rates the stock a hold, said in a note after the call that he expects Trescombe to earn $3.10 a share this year.", "Dominic Farrisford-Luck", "said in a note", "W")],
        [("The biggest drag was Trescombe's largest customer, the discount chain Pennoway Stores, which accounts for about 14% of its revenue and has closed 60 stores across the U.S. since January.", "", "", "W")],
        [("Trescombe's biggest listed rival is Kennistoun Freight Corp.", "", "", "W"),
         ("It reported a 31% drop in quarterly profit last week.", "", "", "W")],
        [("Trescombe's shares have fallen 22% this year, while an index of trucking stocks is down 9%.", "", "", "W"),
         ("For investors, the bigger question may be the dividend.", "", "", "")],
        [("Trescombe raised its quarterly payout to 31 cents a share in February.", "", "", "W"),
         ("Ackerstrom said the board intends to keep it there.", "Lionel Ackerstrom Jr.", "said", "")],
        [("Founded in 1958 as a two-truck milk hauler, the company went public in 1994 and employs about 9,300 people, 2,100 of them in the Varnesby area.", "", "", "W")],
        [("Q1 at a glance", "", "", "B")],
        [("• Revenue: $1.12B, down 9.4% (vs. $1.24B)", "", "", "W")],
        [("• Net income: $41.3M (vs. $50.4M)", "", "", "W")],
        [("• EPS: $0.82 vs. $0.81 est.", "", "", "W")],
        [("• Operating ratio: 91.4%, up from 88.7%", "", "", "W")],
        [("• Fleet: approx. 6,800 tractors; 31 terminals", "", "", "W")],
        [("Marisol Quenteaux covers transportation, logistics and manufacturing.", "", "", "B"),
         ("Have a tip?", "", "", "B"),
         ("Email mquenteaux@tarrowfieldbiz.com.", "", "", "B")],
        [("Related Content", "", "", "B")],
        [("Kennistoun Freight to sell its brokerage arm", "", "", "B")],
        [("Varnesby's biggest employers, ranked", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("Downtown Varnesby office tower sold at a steep discount", "", "", "B")],
        [("Tarrowfield Business Journal is a publication of Lantrow Media Holdings Inc.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("User Agreement  |  Privacy Policy  |  Your Privacy Choices  |  Ad Choices", "", "", "B")],
    ],
    [  # 2. Canadian national site, a cohort study of night shifts and diabetes: Dr., Fig. 3, e.g., vs., 95% CI, J.R.R., 6 a.m., ellipsis
        [("THE KESTRELTON POST", "", "", "B")],
        [("Canada    World    Politics    Business    Health    Opinion    Sports    Life", "", "", "B")],
        [("Health", "", "", "B")],
        [("Night shifts linked to higher diabetes risk in large study of Ontario nurses", "", "", "W")],
        [("Nurses who worked the most night shifts were 27 per cent more likely to develop Type 2 diabetes.", "", "", "W"),
         ("The lead author says that does not prove the shifts are to blame", "Hollis Amberlane-Drozd", "says", "W")],
        [("Ottilie Vantoorn", "", "", "B")],
        [("Health Reporter", "", "", "B")],
        [("Published March 17, 2026 at 5:00 a.m. EDT", "", "", "B")],
        [("Share    Bookmark    Gift this article    Comments", "", "", "B")],
        [("A nurse checks a patient's chart during an overnight shift.", "", "", ""),
         ("FILE PHOTO/THE KESTRELTON POST", "", "", "B")],
        [("Listen to this article · 6 min", "", "", "B")],
        [("Nurses who regularly worked night shifts were more likely to develop Type 2 diabetes over the following decade than those who only worked days, according to a study of more than 38,000 Ontario nurses published on Monday.", "a study of more than 38,000 Ontario nurses", "according to", "W")],
        [("The researchers, led by Dr. Hollis Amberlane-Drozd of the Lakevane Institute for Population Health in Toronto, followed 38,412 nurses who had no diabetes when they enrolled for a median of 11.4 years.", "", "", "W"),
         ("During that time, 2,906 of them, or 7.6 per cent, were diagnosed with the disease.", "", "", "W")],
        [("Those who worked three or more night shifts a month had a 27 per cent higher risk than those who worked none (hazard ratio 1.27; 95% CI 1.12–1.44), after the researchers adjusted for age, body mass index, smoking, family history and other factors.", "", "", "W")],
        [("The risk rose with the number of years spent on nights (see Fig. 3 in the paper), from a hazard ratio of 1.08 for under five years to 1.41 for 15 years or more.", "", "", "W")],
        [("(The study counted a nurse as a night worker if she or he worked at least one shift between midnight and 6 a.m. in a typical month.)", "", "", "W")],
        [("In absolute terms the difference is small.", "", "", ""),
         ("Among nurses who never worked nights, about 6.9 per cent developed diabetes within 10 years, vs. about 8.6 per cent of those who worked the most, according to figures in the paper's supplement.", "figures in the paper's supplement", "according to", "W")],
        [("“We were struck by how consistent the pattern was,” Amberlane-Drozd said in an interview.", "Hollis Amberlane-Drozd", "said", ""),
         ("“Nurses on nights eat at odd hours, sleep less and move differently.", "Hollis Amberlane-Drozd", "said", "W"),
         ("All of those things may play a part.”", "Hollis Amberlane-Drozd", "said", "")],
        [("She stressed that the study was observational, meaning it can show a link but cannot prove that night work causes diabetes.", "Hollis Amberlane-Drozd", "stressed", "W")],
        [("The team did not have data on what the nurses ate or drank, e.g. how many sugary drinks they had on a shift, and could not rule out that people who choose nights differ from day workers in other ways.", "", "", "W")],
        [("The paper's senior author, biostatistician J.R.R. Okeyode-Lindfors, said the team had repeated the analysis leaving out nurses with a body mass index over 30 and found a similar result.", "J.R.R. Okeyode-Lindfors", "said", "W")],
        [("Dr. Théo Brasseur-Quinault, an endocrinologist at Hôpital Sainte-Ermelinde in Montreal who was not involved in the research, called it “a careful piece of work.”", "Théo Brasseur-Quinault", "called", "")],
        [("“The absolute risk is modest, roughly one or two extra cases for every 100 nurses over a decade,” he said.", "Théo Brasseur-Quinault", "said", "W"),
         ("“That's not a reason to panic.", "Théo Brasseur-Quinault", "said", ""),
         ("It is a reason for hospitals to think harder about how they schedule people.”", "Théo Brasseur-Quinault", "said", "")],
        [("About one in four registered nurses in Ontario works some night shifts, according to the College of Nurses of Ontario.", "the College of Nurses of Ontario", "according to", "W")],
        [("Is the answer simply fewer nights?", "", "", ""),
         ("Not necessarily, Amberlane-Drozd said.", "Hollis Amberlane-Drozd", "said", "")],
        [("Earlier work by her group found that nurses on fixed night rotas slept about 40 minutes a day longer than those who switched between days and nights every few days.", "Earlier work by her group", "found", "W")],
        [("“If you're going to work nights, it may be better to stay on nights for a stretch rather than flip back and forth,” she said.", "Hollis Amberlane-Drozd", "said", ""),
         ("“But that's a hypothesis ... we haven't tested it yet.”", "Hollis Amberlane-Drozd", "said", "")],
        [("A spokesperson for the Ontario Bedside Nurses' Federation said 62 per cent of its members who work nights asked for fixed rotas in a survey last fall.", "A spokesperson for the Ontario Bedside Nurses' Federation", "said", "W")],
        [("The Ministry of Health did not respond to a request for comment.", "The Ministry of Health", "did not respond to a request for comment", "")],
        [("Anyone who works nights and has symptoms such as extreme thirst or frequent urination should ask a doctor about getting tested, Amberlane-Drozd said.", "Hollis Amberlane-Drozd", "said", "")],
        [("The study was funded by the Canadian Institutes of Health Research.", "", "", "B")],
        [("Amberlane-Drozd H, Okeyode-Lindfors JRR, Tessarolo M, et al. Night-shift work and incident type 2 diabetes in a cohort of Ontario nurses. Can J Occup Health. 2026;31(2):114–123.", "", "", "B")],
        [("Related", "", "", "B")],
        [("Why so many nurses are leaving Ontario hospitals", "", "", "B")],
        [("Five questions about the new diabetes screening guidelines", "", "", "B")],
        [("Sign up for the Health Check newsletter, delivered every Wednesday.", "", "", "B")],
        [("Report an error    Editorial standards", "", "", "B")],
        [("© 2026 Kestrelton Post Media Inc.", "", "", "B")],
        [("Terms    Privacy    Accessibility    Contact us", "", "", "B")],
    ],
    [  # 3. Indian city daily, the High Court rules a dairy federation is 'State': Art. 12, sec. 4(2)(b), v., W.P. No., K.R.S., Rs., Ltd. mid-sentence
        [("THE CAUVERY LEDGER", "", "", "B")],
        [("e-Paper  |  ಕನ್ನಡ  |  Subscribe", "", "", "B")],
        [("Home   Karnataka   Bengaluru   India   World   Business   Sport   Opinion", "", "", "B")],
        [("Home / Karnataka / Courts", "", "", "B")],
        [("HC rules dairy federation is ‘State’, orders reinstatement of 46 drivers", "The Karnataka High Court", "rules", "W")],
        [("Dismissals under sec. 4(2)(b) of federation's service regulations quashed; 50% back wages within eight weeks", "", "", "W")],
        [("Legal Correspondent", "", "", "B")],
        [("BENGALURU  |  Updated: March 19, 2026 10:42 pm IST", "", "", "B")],
        [("Facebook   X   WhatsApp   Email   Copy link", "", "", "B")],
        [("The High Court of Karnataka in Bengaluru.", "", "", ""),
         ("| Photo Credit: K. Bhagyashree", "", "", "B")],
        [("The Karnataka High Court on Thursday held that the Hemavalli Dairy Cooperative Federation Ltd. is ‘State’ within the meaning of Art. 12 of the Constitution, and that writ petitions against it are therefore maintainable.", "The Karnataka High Court", "held", "W")],
        [("A single-judge Bench of Justice K.R.S. Venkataramegowda quashed the dismissal of 46 tanker drivers, who were removed from service in August 2024 under sec. 4(2)(b) of the federation's service regulations for taking part in a strike.", "", "", "W"),
         ("The court directed the federation to reinstate them within eight weeks with 50% of their back wages.", "", "", "W")],
        [("The petition, Ramappa Kodandaramaiah & Ors. v. Hemavalli Dairy Cooperative Federation Ltd. & Anr. (W.P. No. 5123 of 2025), was filed in February last year.", "", "", "W")],
        [("The federation had argued that it was not an instrumentality of the State and that the petitions should be dismissed at the threshold.", "The federation", "had argued", ""),
         ("Its counsel, senior advocate P. Mahalingaswamy Shetty, submitted that the federation received no budgetary support from the government and was run by a board elected by its 1,140 member societies.", "P. Mahalingaswamy Shetty", "submitted", "W")],
        [("The judge did not accept that.", "", "", "W"),
         ("Justice Venkataramegowda noted that the State held 51% of the federation's share capital, appointed its managing director and had given it Rs. 212 crore in grants and loans since 2019.", "K.R.S. Venkataramegowda", "noted", "W")],
        [("“The test is not the label a body gives itself but the control the State exercises over it,” the court said in its 38-page judgment.", "the court", "said", ""),
         ("“Where the State holds the majority of the shares, names the chief executive and keeps the body afloat with public money, that body cannot escape Art. 12 by calling itself a cooperative.”", "the court", "said", "")],
        [("It also held that sec. 4(2)(b), which allows the federation to dismiss an employee without an inquiry for “wilful absence in concert with others”, was arbitrary and violated Art. 14.", "The Karnataka High Court", "held", "W"),
         ("The provision was read down, i.e. it can no longer be used without giving the employee a hearing.", "", "", "W")],
        [("ALSO READ | HC seeks State's reply on pay of anganwadi workers", "", "", "B")],
        [("Advocate Shwetha Honnalagere, who appeared for the drivers, said most of her clients had been without regular work for 19 months.", "Shwetha Honnalagere", "said", "W")],
        [("“Some of them drove tankers for the federation for 20 years.", "Shwetha Honnalagere", "asked", "W"),
         ("Is this how you treat people who kept milk moving through two floods?” she asked.", "Shwetha Honnalagere", "asked", "")],
        [("“It is a good day!” said Ramappa Kodandaramaiah, 52, the first petitioner, outside the court hall.", "Ramappa Kodandaramaiah", "said", ""),
         ("“For 19 months we have been sitting at home.", "Ramappa Kodandaramaiah", "said", ""),
         ("Today we got justice!”", "Ramappa Kodandaramaiah", "said", ""),
         ("He said the drivers would report for duty as soon as the federation issued orders.", "Ramappa Kodandaramaiah", "said", "")],
        [("The federation's managing director, C. Nagarathnamma, said it would study the judgment and then decide whether to appeal.", "C. Nagarathnamma", "said", ""),
         ("She said the federation had “always treated its workers fairly”.", "C. Nagarathnamma", "said", "")],
        [("About 1,900 workers struck for 11 days in August 2024, demanding that contract drivers be made permanent, and milk supplies to Bengaluru fell by about a third during the strike, according to the federation's own figures.", "the federation's own figures", "according to", "W")],
        [("(The federation supplies about 14 lakh litres of milk a day to eight districts.)", "", "", "W")],
        [("Former Advocate General T. Sreekanthappa, who was not part of the case, said the ruling could affect dozens of State-backed cooperatives that have so far resisted writ petitions by their employees.", "T. Sreekanthappa", "said", "")],
        [("The matter has been listed for compliance on May 21.", "", "", "W")],
        [("Published - March 19, 2026 10:42 pm IST", "", "", "B")],
        [("Related Topics", "", "", "B")],
        [("Karnataka / judiciary (system of justice) / labour / dairy", "", "", "B")],
        [("COMMENTS", "", "", "B")],
        [("Comments have to be in English, and in full sentences.", "", "", "B"),
         ("They cannot be abusive or personal.", "", "", "B")],
        [("Copyright© 2026, Nandivarma Publications Pvt. Ltd. or its affiliated companies.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 4. Australian regional paper, a state by-election count goes to postals: 4.30pm, 10.30pm, 9am, decimals, ellipsis, ! before she told, bracketed rule
        [("The Coorabelle Chronicle", "", "", "B")],
        [("Subscribe    Log in    |    Thursday, 12 March 2026    |    Coorabelle 31°", "", "", "B")],
        [("News    Politics    Sport    Business    Community    Obituaries    Puzzles", "", "", "B")],
        [("Politics", "", "", "B")],
        [("Independent leads by 412 votes as Yarrawindi count goes to postals", "", "", "W")],
        [("Tessa Marrondale holds a 50.4–49.6 lead over the Outback First Party's Garth Oldenhove.", "", "", "W"),
         ("Both camps say they can still win", "Both camps", "say", "")],
        [("By Callum Tregarrow", "", "", "B")],
        [("Updated March 12 2026 - 4:47pm, first published 6:00am", "", "", "B")],
        [("Share on Facebook    Share on X    Email    Copy link", "", "", "B")],
        [("Independent candidate Tessa Marrondale with supporters at the Yarrawindi bowls club on Saturday night.", "", "", ""),
         ("Picture by Lyndall Fenwhistle", "", "", "B")],
        [("The independent Tessa Marrondale leads the Outback First Party's Garth Oldenhove by 412 votes in the Yarrawindi by-election, with about 3,100 postal votes still to be counted.", "", "", "W")],
        [("After the distribution of preferences on Wednesday, Ms Marrondale had 50.4 per cent of the two-candidate-preferred vote to Mr Oldenhove's 49.6 per cent.", "", "", "W")],
        [("The Electoral Commission Queensland (ECQ) said counting would resume at 9am on Thursday.", "The Electoral Commission Queensland", "said", "W"),
         ("It expects to declare the result early next week.", "The Electoral Commission Queensland", "expects", "")],
        [("(Postal votes are counted if they were completed by 6pm on polling day and reach the commission by the close of business on March 17.)", "", "", "W")],
        [("On first preferences, Mr Oldenhove led with 38.7 per cent, ahead of Ms Marrondale on 27.9 per cent.", "", "", "W")],
        [("First preferences (31,846 votes counted)", "", "", "B")],
        [("• Garth Oldenhove (Outback First) 38.7% (–9.3)", "", "", "W")],
        [("• Tessa Marrondale (IND) 27.9% (+27.9)", "", "", "W")],
        [("• Wendell Sarkissian (Harvest) 16.4% (–4.1)", "", "", "W")],
        [("• Priya Nandagopal-Hoare (Greenline) 11.2% (+1.6)", "", "", "W")],
        [("• Others 5.8%", "", "", "W")],
        [("The seat was vacated in January when the Outback First Party's Desmond Keveney, who held it for 14 years, resigned to take a job in the private sector.", "", "", "W")],
        [("At the 2024 state election he won it with 58.3 per cent of the two-party vote, so a Marrondale win would mean a swing of more than 8 per cent.", "", "", "W")],
        [("Ms Marrondale, a pharmacist and former Coorabelle Shire councillor, spoke to about 250 supporters at the bowls club at about 10.30pm on Saturday.", "", "", "")],
        [("“People in Yarrawindi are sick of being taken for granted!” she told the crowd, to loud cheers.", "Tessa Marrondale", "told the crowd", "")],
        [("“Whatever happens with the postals, something has changed here.", "Tessa Marrondale", "told the crowd", ""),
         ("We've shown a small town can take on a party machine ... and very nearly win.”", "Tessa Marrondale", "told the crowd", "")],
        [("Mr Oldenhove said on Wednesday he was “quietly confident” the postal votes would favour him, as they had favoured his party at every election in the seat since 2012.", "Garth Oldenhove", "said", "W")],
        [("“Postals have always been strong for us.", "Garth Oldenhove", "said", "W"),
         ("We'll wait for every vote to be counted,” he said.", "Garth Oldenhove", "said", "")],
        [("That was true in 2020 and 2024, when he won about 61 per cent of postal votes after preferences, but in 2017 the party's candidate won only 49.2 per cent of them, according to ECQ results.", "ECQ results", "according to", "W")],
        [("Political analyst Dr Fenella Achterloo of Coorabelle University said the postals were likely to narrow the gap, but probably not by enough.", "Fenella Achterloo", "said", "")],
        [("“If I had to put money on it, I'd say Marrondale by 150 or so,” she said.", "Fenella Achterloo", "said", ""),
         ("“But I wouldn't put much money on it.”", "Fenella Achterloo", "said", "")],
        [("Greenline and the Harvest Party both directed preferences to Ms Marrondale on their how-to-vote cards.", "", "", "W"),
         ("Harvest candidate Wendell Sarkissian said he did so because “the big parties have stopped listening to the bush.”", "Wendell Sarkissian", "said", "")],
        [("Turnout was 78.2 per cent, down from 88.6 per cent at the 2024 election.", "", "", "W"),
         ("Voting is compulsory in Queensland, and electors who did not vote will be sent a notice asking them to give a reason or pay a fine.", "", "", "W")],
        [("The count is being conducted at the ECQ's returning office on Mallee St in Coorabelle, which is open to scrutineers from 9am to 4.30pm.", "", "", "W")],
        [("Premier Colm Radwinter said the government would “work with whoever the people of Yarrawindi choose.”", "Colm Radwinter", "said", ""),
         ("Even if Ms Marrondale wins, the government will hold 49 of the 93 seats in the Legislative Assembly.", "", "", "W")],
        [("Read more:", "", "", "B")],
        [("Who is Tessa Marrondale?", "", "", "B")],
        [("Yarrawindi by-election: how preferences work", "", "", "B")],
        [("Callum Tregarrow is the Chronicle's state politics reporter.", "", "", "B"),
         ("Got a news tip?", "", "", "B"),
         ("Email news@coorabellechronicle.com.au", "", "", "B")],
        [("We acknowledge the Traditional Custodians of the lands on which we live and work, and pay our respects to Elders past and present.", "", "", "B")],
        [("© 2026 Coorabelle Chronicle Pty Ltd.", "", "", "B")],
    ],
    [  # 5. English regional site, overhead wires torn down and no trains until Monday: 7.12am, 4.30pm, Ltd. ending, ellipsis before a capital, ? before a capital, bracketed sentence
        [("The Ludderworth Echo", "", "", "B")],
        [("News  |  Sport  |  What's On  |  Traffic & Travel  |  Property  |  Jobs  |  Notices", "", "", "B")],
        [("Traffic & Travel", "", "", "B")],
        [("No trains between Ludderworth and Kemberleigh until Monday after overhead wires torn down", "", "", "W")],
        [("Rail replacement buses will run all weekend.", "", "", "W"),
         ("Passengers warned journeys will take up to an hour longer", "", "", "")],
        [("By Imogen Scarrowcliffe", "", "", "B")],
        [("Transport Reporter", "", "", "B")],
        [("16:52, 13 MAR 2026  Updated 18:20, 13 MAR 2026", "", "", "B")],
        [("Share    Comments (57)", "", "", "B")],
        [("Engineers inspect the damaged overhead line near Hollinsgate Lane on Friday afternoon.", "", "", ""),
         ("(Image: Wessingham Railway)", "", "", "B")],
        [("No trains will run between Ludderworth and Kemberleigh until at least Monday after a freight train brought down about 400 metres of overhead wires on Friday morning, Wessingham Railway has said.", "Wessingham Railway", "has said", "W")],
        [("The line was blocked at 7.12am, when the freight train's pantograph snagged the wires near Hollinsgate Lane, between Ludderworth and Sandby Cross.", "", "", "W")],
        [("Network Rail said engineers would have to replace six overhead line masts as well as the wires themselves.", "Network Rail", "said", "W"),
         ("The line is expected to reopen for the first train at 5.45am on Monday, but that depends on the work going to plan, it said.", "Network Rail", "said", "")],
        [("Sign up to the Echo's Travel newsletter", "", "", "B")],
        [("We use your sign-up to provide content in ways you've consented to.", "", "", "B"),
         ("You can unsubscribe at any time.", "", "", "B")],
        [("Rail replacement buses are running every 20 minutes between Ludderworth, Sandby Cross and Kemberleigh, calling at all stations.", "", "", "W"),
         ("Journeys by bus are taking up to an hour longer than by train, the operator said.", "the operator", "said", "W")],
        [("Which services are affected", "", "", "")],
        [("• Ludderworth to Kemberleigh: no trains; buses every 20 minutes", "", "", "W")],
        [("• Kemberleigh to Thirlwick: one train an hour instead of two", "", "", "W")],
        [("• Overnight sleeper: cancelled on Friday and Saturday nights", "", "", "W")],
        [("• Ludderworth to Hadstow: not affected", "", "", "W")],
        [("At Ludderworth station at 4.30pm on Friday, about 200 people were queuing in the rain for buses outside the main entrance.", "", "", "")],
        [("“I've been here since half past three ...", "Nadia Kettlebury", "said", ""),
         ("Nobody has told us anything,” said Nadia Kettlebury, 34, who was trying to get home to Sandby Cross.", "Nadia Kettlebury", "said", "")],
        [("“Where's the bus?", "Nadia Kettlebury", "said", ""),
         ("Where's anybody?”", "Nadia Kettlebury", "said", ""),
         ("She pointed to a single member of staff in a hi-vis jacket at the stop.", "", "", "")],
        [("“Honestly?", "Joel Achtermeer", "laughed", ""),
         ("It's fine,” laughed Joel Achtermeer, a student at Kemberleigh College.", "Joel Achtermeer", "laughed", ""),
         ("“It's a bus.", "Joel Achtermeer", "laughed", ""),
         ("It's not the end of the world.”", "Joel Achtermeer", "laughed", "")],
        [("Wessingham Railway's customer services director, Alison Bremridge-Vayle, said: “We're really sorry for the disruption this is causing.", "Alison Bremridge-Vayle", "said", ""),
         ("Our teams are working round the clock with Network Rail to get the line open as quickly as possible.”", "Alison Bremridge-Vayle", "said", "")],
        [("She said the company had hired 38 extra coaches from three local firms to run the replacement service.", "Alison Bremridge-Vayle", "said", "W")],
        [("Passengers whose journeys are delayed by 15 minutes or more can claim compensation under the Delay Repay scheme, with 25% of the single fare refunded for delays of 15 to 29 minutes.", "", "", "W"),
         ("Season ticket holders are advised to keep their tickets and claim online within 28 days.", "", "", "")],
        [("A spokesman for the Associated Railway Staff Union said the damage would have been spotted sooner if Network Rail had not cut inspections of the overhead line on the route from weekly to monthly in 2024.", "A spokesman for the Associated Railway Staff Union", "said", "W")],
        [("Network Rail said inspection frequencies on the route had not changed and that the Rail Accident Investigation Branch was looking into the cause.", "Network Rail", "said", "W")],
        [("Freight trains on the route are run by Calderstowe Freight Ltd.", "", "", "W"),
         ("The company said the train, which was carrying stone from a quarry near Thirlwick, had been inspected on Thursday.", "The company", "said", "W")],
        [("(The same stretch of line was closed for nine days in February 2023 after a similar failure.)", "", "", "W")],
        [("Is this going to keep happening?", "", "", "")],
        [("Ludderworth Rail Users said it would ask Wessingham Railway and Network Rail for a joint meeting next week.", "Ludderworth Rail Users", "said", "W"),
         ("Its chair, Derek Follingsworth, said: “This line is how thousands of people get to work.", "Derek Follingsworth", "said", ""),
         ("Twice in three years is twice too many!”", "Derek Follingsworth", "said", "")],
        [("Travel updates: wessinghamrailway.co.uk/disruption or call 0345 600 7124.", "", "", "B")],
        [("Read Next", "", "", "B")],
        [("Ludderworth bus station to close for four weeks of resurfacing", "", "", "B")],
        [("Kemberleigh bypass roadworks: what drivers need to know", "", "", "B")],
        [("Comments", "", "", "B")],
        [("Join the conversation on our Facebook page.", "", "", "B")],
        [("© 2026 Brackenhythe Media Ltd.", "", "", "B"),
         ("Registered in England No. 04418822.", "", "", "B")],
    ],
    [  # 6. Trinidad and Tobago sports site, a club 50-over cricket final: No. 5, overs and run rates, vs., St. in a surname, initials in the result lines, ? and ! in a quote, ellipsis
        [("TRINITY SPORTS DESK", "", "", "B")],
        [("Home  |  Cricket  |  Football  |  Athletics  |  Cycling  |  Netball  |  More", "", "", "B")],
        [("LIVE: North Zone 145/3 (28.4 ov) v Tobago Seahawks  •  Women's T20: South Zone won by 19 runs", "", "", "B")],
        [("Cricket", "", "", "B")],
        [("Ridgecombe chase down 213 to win first Premiership 50-over title", "", "", "W")],
        [("Kieron Lallbeharry's unbeaten 96 takes the Rangers home with 17 balls to spare", "", "", "W")],
        [("By Shivnarine Roopchand-Clarkson", "", "", "B")],
        [("Sunday 15 March 2026", "", "", "B")],
        [("Facebook   X   WhatsApp   Email", "", "", "B")],
        [("Ridgecombe's Kieron Lallbeharry celebrates his half-century at Pemberlyn Park Oval on Saturday.", "", "", "W"),
         ("PHOTO: ANIL DOOKIESINGH", "", "", "B")],
        [("Ridgecombe Rangers won the T&T Cricket Premiership 50-over final for the first time on Saturday, chasing down Castlemount's 212 for six with six wickets and 17 balls to spare at Pemberlyn Park Oval.", "", "", "W")],
        [("Kieron Lallbeharry, batting at No. 5, made an unbeaten 96 off 88 balls, with nine fours and three sixes.", "", "", "W"),
         ("He came to the crease with his side on 61 for three in the 14th over, needing 152 more at 4.33 an over.", "", "", "W")],
        [("By the time he pulled the winning boundary in the 48th over, most of the 2,500 or so spectators were on their feet.", "", "", "")],
        [("“I just kept telling myself, bat long ... the runs will come,” Lallbeharry said.", "Kieron Lallbeharry", "said", "")],
        [("“Did I think we'd get there from 61 for three?", "Kieron Lallbeharry", "laughed", ""),
         ("Not really!” he laughed.", "Kieron Lallbeharry", "laughed", "")],
        [("Earlier, Castlemount captain Rishi Teeluckdharry won the toss and chose to bat.", "", "", "W"),
         ("His side were 140 for two after 30 overs but lost four wickets for 19 runs as leg-spinner Darnell Guerra-Phillibert took three for 34.", "", "", "W")],
        [("Opener Aaron St. Hillier top-scored with 71 off 94 balls.", "", "", "W")],
        [("Castlemount had beaten Ridgecombe twice in the league stage this season.", "", "", "W")],
        [("Teeluckdharry said his side had been 20 or 30 runs short.", "Rishi Teeluckdharry", "said", ""),
         ("“We had them at 61 for three and we let it slip,” he said.", "Rishi Teeluckdharry", "said", "W"),
         ("“Credit to Kieron, he played a special knock.”", "Rishi Teeluckdharry", "said", "")],
        [("Castlemount were unhappy that Lallbeharry was given not out on 38 when television replays suggested the ball had brushed his glove.", "", "", ""),
         ("There was no Decision Review System at the final.", "", "", "W")],
        [("Asked about the decision, Teeluckdharry said: “You saw it.", "Rishi Teeluckdharry", "said", ""),
         ("Everybody saw it.", "Rishi Teeluckdharry", "said", ""),
         ("What can I say?”", "Rishi Teeluckdharry", "said", "")],
        [("Ridgecombe received TT$150,000 in prize money and Castlemount TT$75,000.", "", "", "W")],
        [("Guerra-Phillibert finished as the competition's leading wicket-taker, with 24 wickets at an average of 14.21 and an economy rate of 3.87.", "", "", "W")],
        [("Both sides now turn to the T20 Blast, which starts on April 4.", "", "", "W")],
        [("Final: Castlemount vs. Ridgecombe", "", "", "B")],
        [("Castlemount 212-6 (50 overs) (A. St. Hillier 71, R. Teeluckdharry 38; D. Guerra-Phillibert 3-34)", "", "", "W")],
        [("Ridgecombe 213-4 (47.1 overs) (K. Lallbeharry 96 not out, T. Ojeerally 41)", "", "", "W")],
        [("Result: Ridgecombe won by six wickets.", "", "", "W")],
        [("Man of the match: Kieron Lallbeharry", "", "", "W")],
        [("Umpires: Vishnu Ramcharitar-Boodoo, Gregory Frostick", "", "", "")],
        [("More Cricket", "", "", "B")],
        [("Tobago Seahawks sign Barbadian pacer for T20 Blast", "", "", "B")],
        [("Schools cricket: Marabeau North reach intercol final", "", "", "B")],
        [("© 2026 Trinity Sports Desk.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 7. Philippine regional site, a typhoon forces evacuations: Signal No. 3, a.m. ending, Gov., Jr. mid-sentence and ending one, U.N. ending, ! before the governor said, advice bullets
        [("The Waray Dispatch", "", "", "B")],
        [("Latest  |  Nation  |  Regions  |  Business  |  Opinion  |  Sports  |  Lifestyle", "", "", "B")],
        [("PAGASA: TY DALUGDOG – Signal No. 3 over six Northern Samar towns  •  Classes suspended", "", "", "B")],
        [("Regions", "", "", "B")],
        [("Typhoon Dalugdog forces 41,000 from homes in Northern Samar", "", "", "W")],
        [("Signal No. 3 raised over six towns; classes and government work suspended until Thursday", "", "", "W")],
        [("By Ma. Leonora Abuyen-Sarmentera", "", "", "B")],
        [("October 22, 2025  |  11:26 AM", "", "", "B")],
        [("Share:  Facebook  X  Messenger  Viber", "", "", "B")],
        [("Residents of Barangay Kalumbayog in Binalatan town carry their belongings to an evacuation center on Tuesday afternoon.", "", "", ""),
         ("(Photo courtesy of Binalatan MDRRMO)", "", "", "B")],
        [("BINALATAN, Northern Samar — More than 41,000 people have fled their homes in Northern Samar as Typhoon Dalugdog (international name: Haesong) approached the eastern seaboard on Tuesday, the provincial disaster office said.", "the provincial disaster office", "said", "W")],
        [("As of 5 a.m. Wednesday, 41,286 people from 9,870 families were staying in 212 evacuation centers, mostly schools and covered courts, according to the Northern Samar Provincial Disaster Risk Reduction and Management Office (PDRRMO).", "the Northern Samar Provincial Disaster Risk Reduction and Management Office", "according to", "W")],
        [("State weather bureau PAGASA raised Tropical Cyclone Wind Signal No. 3 over six towns in the province at 11 a.m.", "", "", "W"),
         ("Most of the rest of Northern Samar is under Signal No. 2.", "", "", "W")],
        [("At 8 p.m. on Tuesday, the eye of the typhoon was 215 kilometers east of Binalatan, moving west-northwest at 15 kph, with maximum sustained winds of 150 kph and gusts of up to 185 kph.", "", "", "W")],
        [("PAGASA said Dalugdog could make landfall over northern Samar or southern Luzon late Wednesday or early Thursday.", "PAGASA", "said", ""),
         ("It warned of storm surges of up to 3 meters in low-lying coastal villages.", "PAGASA", "warned", "")],
        [("Gov. Ramon Villacastin-Sison Jr. ordered the suspension of classes at all levels and of work in government offices on Wednesday and Thursday.", "", "", "W"),
         ("He also banned sea travel, leaving about 1,300 passengers stranded at the ports of Binalatan and Maguindoy, according to the Philippine Coast Guard.", "the Philippine Coast Guard", "according to", "W")],
        [("“Please, if you are told to evacuate, evacuate.", "Ramon Villacastin-Sison Jr.", "said", ""),
         ("Don't wait for the water to reach your door!” the governor said in a radio interview.", "Ramon Villacastin-Sison Jr.", "said", "")],
        [("Relief packs of rice, canned goods and bottled water were being handed out by the provincial social welfare office and by the office of Binalatan Mayor Efren Dumalagsa Jr.", "", "", "W"),
         ("Each pack is meant to feed a family of five for three days.", "", "", "W")],
        [("At the Binalatan Central School gym, some 600 evacuees slept on cardboard and mats on Tuesday night as rain drummed on the tin roof.", "", "", "")],
        [("“We left everything except the pig,” said Rosalinda Quimbo-Entereso, 61, a fish vendor.", "Rosalinda Quimbo-Entereso", "said", ""),
         ("“Is our house still standing?", "Rosalinda Quimbo-Entereso", "said", ""),
         ("I don't know.", "Rosalinda Quimbo-Entereso", "said", ""),
         ("We will see tomorrow.”", "Rosalinda Quimbo-Entereso", "said", "")],
        [("The Samar Hilaga Electric Cooperative said it cut power to 14 towns at 6 p.m. as a precaution.", "The Samar Hilaga Electric Cooperative", "said", "W"),
         ("It said it could take up to a week to restore supply after the typhoon passes.", "The Samar Hilaga Electric Cooperative", "said", "")],
        [("The last typhoon to make landfall in the province, Typhoon Ulmar in 2019, killed 18 people and caused ₱2.6 billion in damage to crops and infrastructure, according to the Office of Civil Defense.", "the Office of Civil Defense", "according to", "W")],
        [("The Department of Social Welfare and Development said it had prepositioned 120,000 family food packs in Eastern Visayas.", "The Department of Social Welfare and Development", "said", "W"),
         ("Offers of assistance have also come from Japan, South Korea and the U.N.", "", "", "W"),
         ("The World Food Programme said it had trucks on standby in Leyte.", "The World Food Programme", "said", "W")],
        [("PAGASA weather specialist Marlon Dacudao said Dalugdog was likely to weaken slightly as it crossed the Samar highlands but would still bring heavy rain across much of the Visayas through Friday.", "Marlon Dacudao", "said", "")],
        [("“Expect 100 to 200 millimeters of rain in 24 hours in some areas.", "Marlon Dacudao", "said", ""),
         ("That is enough to cause flooding and landslides,” he said.", "Marlon Dacudao", "said", "")],
        [("A PAGASA station in Binalatan recorded 87.4 millimeters of rain in the 12 hours to 8 p.m.", "", "", "W")],
        [("What to do", "", "", "")],
        [("• Prepare a go-bag with water, food, medicine and documents", "", "", "")],
        [("• Charge phones and power banks", "", "", "")],
        [("• Follow instructions from your barangay officials", "", "", "")],
        [("For emergencies, call the Northern Samar PDRRMO at 0917 555 0142 or dial 911.", "", "", "B")],
        [("Related Stories", "", "", "B")],
        [("LIST: Class suspensions for Wednesday, October 22", "", "", "B")],
        [("Dalugdog intensifies into typhoon; Signal No. 2 up over Eastern Samar", "", "", "B")],
        [("Follow The Waray Dispatch on Facebook and X for live updates.", "", "", "B")],
        [("Copyright © 2025 The Waray Dispatch.", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
    ],
    [  # 8. US university newsroom, a wastewater flu study: Ore. dateline and Ore. ending, U.S. mid-sentence and ending, U.N., (Fig. 3)., i.e., e.g., version 2.1, J.R.R. in the paper line, bracketed definition
        [("Ostrovia State University  |  Newsroom", "", "", "B")],
        [("Home    News    Find an Expert    Media Resources    Events    Contact", "", "", "B")],
        [("Health & Medicine", "", "", "B")],
        [("Sewage testing flagged flu surges nine days before hospitals saw them, study finds", "a study led by researchers at Ostrovia State University", "finds", "W")],
        [("The method could give hospitals more time to prepare, researchers say", "The researchers", "say", "")],
        [("March 10, 2026", "", "", "B")],
        [("Share:  Facebook  |  X  |  LinkedIn  |  Email", "", "", "B")],
        [("COLBRENNICK, Ore. — Testing sewage for influenza virus picked up the start of seasonal flu waves a median of nine days before hospital admissions began to rise, according to a study led by researchers at Ostrovia State University.", "a study led by researchers at Ostrovia State University", "according to", "W")],
        [("The study, published March 9 in the journal Environmental Epidemiology Letters, analyzed 2,814 samples taken twice a week from 22 treatment plants in the U.S. Pacific Northwest between 2021 and 2025.", "", "", "W")],
        [("Across four flu seasons, rises in viral RNA in sewage came before rises in flu hospitalizations in the same areas in 17 of 19 local outbreaks (Fig. 3).", "", "", "W"),
         ("The lead time ranged from two to 16 days.", "", "", "W")],
        [("“Nine days is a long time for a hospital,” said Dr. Camille Oyelabi-Whitsand, an associate professor of environmental engineering and the study's lead author.", "Camille Oyelabi-Whitsand", "said", ""),
         ("“It's the difference between scrambling for beds and having a plan.”", "Camille Oyelabi-Whitsand", "said", "")],
        [("The team measured RNA from influenza A and B, i.e. the two types that cause seasonal epidemics in people, and adjusted each reading for how much the sample had been diluted by rain and industrial discharge.", "", "", "W")],
        [("They used version 2.1 of an open-source model, FluTrace, to turn the readings into estimates of how many people in each sewershed were infected.", "", "", "W"),
         ("(A sewershed is the area whose wastewater drains to a single treatment plant.)", "", "", "")],
        [("The signal was weakest in small rural systems, e.g. plants serving fewer than 10,000 people, where a handful of infected households was enough to swing the readings.", "", "", "W"),
         ("In two seasons the method also raised false alarms, i.e. sewage levels rose but hospital admissions did not follow.", "", "", "W")],
        [("The researchers say the approach may work for other respiratory viruses, such as RSV, but that has not yet been tested.", "The researchers", "say", "")],
        [("“We're not saying sewage should replace clinical testing.", "Rafael Dunsmere-Sotelo", "said", ""),
         ("It adds an early warning,” said co-author Rafael Dunsmere-Sotelo, a data scientist at the Cascadia Public Health Laboratory Consortium.", "Rafael Dunsmere-Sotelo", "said", "")],
        [("The World Health Organization, the U.N. health agency, has encouraged countries to add wastewater testing to their flu surveillance since 2023.", "", "", "W")],
        [("Wastewater testing for COVID-19 is now done at more than 1,400 sites in the U.S.", "", "", "W"),
         ("Testing for flu is less common.", "", "", "W")],
        [("Only about one in five of those sites reported flu data to state health departments in 2025, the authors note.", "the authors", "note", "W")],
        [("The team is now working with health departments in three states to run the system in real time this winter.", "", "", "W")],
        [("The research was funded by the National Institutes of Health (grant R01ES031872) and the Harrowgrave-Lundquist Foundation.", "", "", "B")],
        [("The paper: C. Oyelabi-Whitsand, R. Dunsmere-Sotelo, J.R.R. Macaulane-Boatang et al., “Wastewater influenza RNA as a leading indicator of hospital admissions,” Environmental Epidemiology Letters 8 (2026).", "", "", "B")],
        [("About Ostrovia State University", "", "", "B")],
        [("Ostrovia State University is a public research university in Colbrennick, Ore.", "", "", "B"),
         ("It enrolls about 31,000 students.", "", "", "B")],
        [("Media contact", "", "", "B")],
        [("Priyanka Stellwagen", "", "", "B")],
        [("Senior Science Writer", "", "", "B")],
        [("pstellwagen@ostrovia.edu  |  541-555-0187", "", "", "B")],
        [("Related News", "", "", "B")],
        [("Ostrovia engineers test low-cost sensor for lead in tap water", "", "", "B")],
        [("New center to study wildfire smoke and lung health", "", "", "B")],
        [("© 2026 Ostrovia State University", "", "", "B")],
        [("Accessibility  |  Privacy  |  Nondiscrimination  |  Report a concern", "", "", "B")],
    ],
    [  # 9. Irish regional paper, food prices and the CPI: Co. Roscommon, mid-sentence, & Co. ending, etc. ending, approx., vs., e.g., i.e., decimals, a shopper's price, ellipsis
        [("THE TURLOUGH GAZETTE", "", "", "B")],
        [("News   Sport   Business   Farming   Opinion   Lifestyle   Death Notices   ePaper", "", "", "B")],
        [("Business", "", "", "B")],
        [("Food prices up 4.8pc in a year as butter and chocolate soar", "", "", "W")],
        [("Annual inflation eased to 2.3pc in February, CSO figures show.", "CSO figures", "show", "W"),
         ("But shoppers say the weekly shop tells a different story", "shoppers", "say", "")],
        [("Aoife Brennoch-Hanafin", "", "", "B")],
        [("Business Correspondent", "", "", "B")],
        [("Thu 12 Mar 2026 at 07:00", "", "", "B")],
        [("Share    Facebook    X    WhatsApp    Email", "", "", "B")],
        [("Butter was 23pc dearer in February than a year earlier, according to the CSO.", "the CSO", "according to", "W"),
         ("Photo: Stock image", "", "", "B")],
        [("Food prices rose by 4.8pc in the 12 months to February, more than twice the overall rate of inflation, according to figures from the Central Statistics Office.", "figures from the Central Statistics Office", "according to", "W")],
        [("The Consumer Price Index rose by 2.3pc in the year, down from 2.6pc in January, the CSO said.", "the CSO", "said", "W")],
        [("Butter (up 23.1pc), chocolate (up 17.4pc) and coffee (up 12.9pc) had the biggest rises, while some fresh vegetables, e.g. potatoes and onions, were cheaper than a year ago.", "", "", "W"),
         ("Energy prices fell 3.1pc, mainly because electricity suppliers cut their unit rates last autumn.", "", "", "W")],
        [("At the Kilbrannery Fresh Market on Abbey Street in Ballaghmeen, Co. Roscommon, shoppers were comparing prices on Wednesday morning.", "", "", "")],
        [("“A pound of butter was €3.19 this time last year and it's €3.99 now,” said retired teacher Maura Conneely-Tighearnach, 71.", "Maura Conneely-Tighearnach", "said", "W"),
         ("“What's next, the bread?”", "Maura Conneely-Tighearnach", "said", "")],
        [("“I've stopped buying the branded stuff ... it's own-brand everything now,” said her friend, Bríd Hessionagh.", "Bríd Hessionagh", "said", "")],
        [("Store owner Declan Mulqueenagh said his wholesale price for a 454g block of butter had gone from €2.61 to €3.30 in a year.", "Declan Mulqueenagh", "said", "W"),
         ("He said his margin had been “cut to the bone”.", "Declan Mulqueenagh", "said", "")],
        [("He buys most of his dairy from Mellick & Co.", "", "", ""),
         ("The Limerick-based wholesaler said its prices reflect what it pays processors.", "The Limerick-based wholesaler", "said", "W")],
        [("Economist Dr Ciarán Veselka of the Ardcashel Institute, a think tank, said dairy prices had been driven up by a global shortage of milk fat after poor grass growth in New Zealand and parts of Europe.", "Ciarán Veselka", "said", "W")],
        [("“I'd expect butter to level off by the summer, but I wouldn't bet on it falling much,” he said.", "Ciarán Veselka", "said", "")],
        [("Is the worst over for shoppers?", "", "", ""),
         ("Probably, for now.", "", "", "")],
        [("Grocery sales rose by 5.6pc in value in the 12 weeks to February 22 but by only 0.9pc in volume, according to Tillworth Retail Insight, i.e. shoppers paid more but took home about the same amount.", "Tillworth Retail Insight", "according to", "W")],
        [("Own-label products now make up approx. 51pc of grocery spending, vs. 46pc three years ago, the firm said.", "the firm", "said", "W")],
        [("A spokesperson for the Department of Enterprise, Tourism and Employment said the Government was “keeping prices under close review”.", "A spokesperson for the Department of Enterprise, Tourism and Employment", "said", ""),
         ("She pointed to €250 in energy credits paid to every household last winter.", "A spokesperson for the Department of Enterprise, Tourism and Employment", "pointed to", "W")],
        [("Independent TD Marian Fallowcroft said families were “being fleeced at the checkout” and called for VAT to be cut on basic foods.", "Marian Fallowcroft", "said", ""),
         ("Most basic foods in Ireland, e.g. bread, milk and fresh meat, already carry a VAT rate of zero.", "", "", "W")],
        [("The CSO tracks the prices of about 600 items, from cheese to car insurance, haircuts, rents etc.", "", "", "W"),
         ("Its next release is due on April 14.", "", "", "W")],
        [("Consumer groups advise shoppers to compare the unit price, i.e. the price per kilo or litre, rather than the shelf price.", "Consumer groups", "advise", "")],
        [("Biggest annual price rises, February 2026", "", "", "B")],
        [("• Butter: +23.1pc", "", "", "W")],
        [("• Chocolate: +17.4pc", "", "", "W")],
        [("• Coffee: +12.9pc", "", "", "W")],
        [("• Beef: +8.2pc", "", "", "W")],
        [("Read More", "", "", "B")],
        [("Roscommon dairy farmers hit by lower milk price for March", "", "", "B")],
        [("Ballaghmeen shop wins national award for local produce", "", "", "B")],
        [("Join the Turlough Gazette WhatsApp channel for the latest news.", "", "", "B")],
        [("© Turlough Gazette Newspapers Ltd.", "", "", "B"),
         ("Registered in Ireland No. 41877.", "", "", "B")],
    ],
    [  # 10. South African news site, quarterly crime statistics: comma decimals, spaced thousands, Brig. dropped, an accusation and a denial, (Pty) Ltd. ending
        [("THE KWELANGA BULLETIN", "", "", "B")],
        [("News  |  Politics  |  Crime & Courts  |  Business  |  Sport  |  Lifestyle  |  Opinion", "", "", "B")],
        [("Crime & Courts", "", "", "B")],
        [("Murders down 6,2% but rapes and cash-in-transit heists rise, latest crime stats show", "the quarterly crime statistics", "show", "W")],
        [("Minister hails ‘turning point’ as opposition questions the figures", "Thabo Nkwinteni", "hails", "")],
        [("Lindiwe Strydenburg", "", "", "B")],
        [("12 March 2026  |  14:05", "", "", "B")],
        [("Share  |  Tweet  |  WhatsApp  |  Email", "", "", "B")],
        [("Police minister Thabo Nkwinteni briefs journalists on the quarterly crime statistics in Pretoria on Thursday.", "", "", ""),
         ("Image: Sipho Kriegler/The Kwelanga Bulletin", "", "", "B")],
        [("Murders fell by 6,2% in the three months to December compared with the same period a year earlier, according to the quarterly crime statistics released by police on Thursday.", "the quarterly crime statistics", "according to", "W")],
        [("Police recorded 6 417 murders between October and December, 424 fewer than in the last quarter of 2024.", "", "", "W"),
         ("Rapes rose by 3,9% to 11 206, and cash-in-transit robberies by 21% to 63.", "", "", "W")],
        [("Gauteng recorded the most murders of any province, 1 611, followed by KwaZulu-Natal with 1 498 and the Eastern Cape with 1 327.", "", "", "W")],
        [("Police minister Thabo Nkwinteni told journalists in Pretoria that the fall in murders was “a turning point”.", "Thabo Nkwinteni", "told journalists", ""),
         ("He credited Operation Qinisela, a crackdown launched in 12 high-crime precincts in August.", "Thabo Nkwinteni", "credited", "W")],
        [("“In those 12 precincts, murders are down 19%.", "Thabo Nkwinteni", "said", "W"),
         ("That is not luck.", "Thabo Nkwinteni", "said", ""),
         ("That is policing,” he said.", "Thabo Nkwinteni", "said", "")],
        [("Criminologist Dr Naledi Fourcelle-Mokwape of the Centre for Safety Studies at Amandla University said one quarter's fall was not enough to call a trend.", "Naledi Fourcelle-Mokwape", "said", "")],
        [("“Murders dropped in the same quarter in 2021 and were rising again by the middle of 2022,” she said.", "Naledi Fourcelle-Mokwape", "said", "W"),
         ("“Ask me again in a year.”", "Naledi Fourcelle-Mokwape", "said", "")],
        [("Simakade Front spokesperson on policing Marius Oberholster accused police of moving some murders into the “inquest” category to keep the numbers down, which police denied.", "Marius Oberholster", "accused", "W")],
        [("Police spokesperson Brig. Ntombi Sithembile said every inquest docket was reviewed within 30 days and reclassified as murder if foul play was found.", "Ntombi Sithembile", "said", "W"),
         ("Inquest dockets opened for unnatural deaths rose by 8,4% over the quarter, the figures show.", "the figures", "show", "W")],
        [("Most cash-in-transit heists happened in Gauteng and Limpopo, police said, and 41 suspects have been arrested.", "police", "said", "W")],
        [("Six people were shot dead in one weekend in November in Mahlathini, north of Pretoria.", "", "", "W"),
         ("Residents there said they felt no safer.", "Residents there", "said", "")],
        [("“We hear the numbers on the radio.", "Sibongile Twalana", "said", ""),
         ("But at night we still don't walk to the shop,” said Sibongile Twalana, 47, who runs a spaza shop.", "Sibongile Twalana", "said", ""),
         ("“What must we do, lock ourselves in from six o'clock?”", "Sibongile Twalana", "said", "")],
        [("The chairperson of the local community policing forum, Jabu Langeveld, said volunteer patrols had started in January and reported 14 incidents to police in their first month.", "Jabu Langeveld", "said", "W")],
        [("South Africa's murder rate of about 44 per 100 000 people a year is roughly seven times the global average, according to the United Nations Office on Drugs and Crime.", "the United Nations Office on Drugs and Crime", "according to", "W")],
        [("The statistics for the full 2025/26 financial year are due in September.", "", "", "W")],
        [("Selected crimes, Oct–Dec 2025 (change on Oct–Dec 2024)", "", "", "B")],
        [("• Murder: 6 417 (–6,2%)", "", "", "W")],
        [("• Attempted murder: 6 804 (–2,1%)", "", "", "W")],
        [("• Rape: 11 206 (+3,9%)", "", "", "W")],
        [("• Carjacking: 5 391 (–9,7%)", "", "", "W")],
        [("• Cash-in-transit robbery: 63 (+21%)", "", "", "W")],
        [("Anyone with information can call the SAPS tip-off line on 0800 555 107.", "", "", "B")],
        [("READ NEXT", "", "", "B")],
        [("Two men arrested after Mahlathini tavern shooting", "", "", "B")],
        [("Metro police to get 300 new recruits by June", "", "", "B")],
        [("Subscribe to our WhatsApp channel for breaking news.", "", "", "B")],
        [("Comments are closed for this article.", "", "", "B")],
        [("© 2026 Kwelanga Bulletin (Pty) Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 11. Kenyan national daily, KCSE results and the paper's own table of top schools: St. mid-sentence, Sr. and Dr. dropped, 5 a.m. with ! before she said, i.e., e.g., vs., a two-sentence bracket, numbered table rows
        [("JUA DAILY", "", "", "B")],
        [("News  |  Counties  |  Business  |  Education  |  Sports  |  Opinion  |  Videos  |  ePaper", "", "", "B")],
        [("Education", "", "", "B")],
        [("St. Hildegard's Nyakerumo tops KCSE with mean score of 10.214", "", "", "W")],
        [("Exam cheating cases fall by more than half, says CS", "Miriam Kimulot", "says", "W")],
        [("By Wanjiru Oloitip", "", "", "B")],
        [("Updated Friday, January 9th 2026 at 18:42 GMT +3", "", "", "B")],
        [("Share this article:  Facebook  X  WhatsApp  Telegram", "", "", "B")],
        [("Students of St. Hildegard's Nyakerumo Girls celebrate after the release of the 2025 KCSE results on Friday.", "", "", ""),
         ("[Photo: Eric Wafubwa, Jua Daily]", "", "", "B")],
        [("St. Hildegard's Nyakerumo Girls High School in Nyeri County posted the highest mean score in the 2025 Kenya Certificate of Secondary Education (KCSE) exam, 10.214, according to results shared by schools with Jua Daily.", "results shared by schools with Jua Daily", "according to", "W")],
        [("(The Ministry of Education stopped ranking schools officially in 2016.", "", "", "W"),
         ("Jua Daily's table is compiled from results that schools released themselves.)", "", "", "W")],
        [("The school had 312 candidates, of whom 287 scored a C+ or better, i.e. the minimum grade for direct entry to a degree course.", "", "", "W")],
        [("Principal Sr. Agnes Karegeti said the results were “the fruit of discipline and prayer.”", "Agnes Karegeti", "said", "")],
        [("“Hard work pays.", "Agnes Karegeti", "said", ""),
         ("Our girls were in class by 5 a.m. every day!” she said, as students sang and danced in the compound.", "Agnes Karegeti", "said", "")],
        [("In second place was Kirimungi Boys High School with 10.087, followed by St. Paul's Olkasipa Secondary with 9.962.", "", "", "W")],
        [("Education Cabinet Secretary Dr. Miriam Kimulot said 962,518 candidates sat the exam, up from 899,453 in 2024.", "Miriam Kimulot", "said", "W"),
         ("A total of 246,130 candidates, or 25.6%, scored C+ and above.", "", "", "W")],
        [("She said 1,204 candidates had their results cancelled over cheating, down from 2,819 in 2024, and attributed the drop to tighter control of exam papers, e.g. the use of GPS-tracked containers.", "Miriam Kimulot", "said", "W")],
        [("“Those who think they can buy their way through KCSE are wasting their money,” she said.", "Miriam Kimulot", "said", ""),
         ("“We will catch you!”", "Miriam Kimulot", "said", "")],
        [("Results for 3,316 candidates at 41 centres were withheld pending investigation, the Kenya National Examinations Council said.", "the Kenya National Examinations Council", "said", "W")],
        [("Mathematics remained the weakest subject, with a national mean of 3.41 out of 12, vs. 3.29 in 2024.", "", "", "W")],
        [("Joseph Ronoh, chairman of the Association of Rural School Heads, said 1,380 public secondary schools had no science laboratory, a figure from a 2024 ministry audit.", "Joseph Ronoh", "said", "W")],
        [("“Is it fair to compare a school with a laboratory to one without?” he asked.", "Joseph Ronoh", "asked", "")],
        [("Lucy Gathoniere, whose daughter scored an A- at Kirimungi Mixed Day, said she cried when she saw the grade.", "Lucy Gathoniere", "said", "")],
        [("Candidates who want their scripts re-marked can apply through the KNEC portal within 30 days, at a fee of Sh1,000 per subject.", "", "", "W")],
        [("Placement to universities and colleges will be done by KUCCPS from February, the CS said.", "Miriam Kimulot", "said", "W")],
        [("How the top schools performed (2025 KCSE mean score)", "", "", "B")],
        [("1. St. Hildegard's Nyakerumo Girls (Nyeri) – 10.214", "", "", "W")],
        [("2. Kirimungi Boys (Kiambu) – 10.087", "", "", "W")],
        [("3. St. Paul's Olkasipa Secondary (Kajiado) – 9.962", "", "", "W")],
        [("4. Kivandini Ridge Girls (Machakos) – 9.871", "", "", "W")],
        [("5. Chemorogot Boys (Nandi) – 9.754", "", "", "W")],
        [("Related Articles", "", "", "B")],
        [("KCSE 2025: How to check your results by SMS", "", "", "B")],
        [("Form One selection to be released next week", "", "", "B")],
        [("© 2026 Jua Media Group Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 12. US nonprofit state newsroom, the Colorado Senate passes a housing bill: S.B. 114, Gov., Sen., Rep., St. mid-sentence and ending one, e.g., a fiscal note, ? before a capital, ellipsis
        [("Front Range Dispatch", "", "", "B")],
        [("News    Politics    Housing    Environment    Education    Podcasts    Donate", "", "", "B")],
        [("Housing", "", "", "B")],
        [("Colorado Senate passes S.B. 114, allowing fourplexes near transit statewide", "", "", "W")],
        [("The bill passed 19-16 and now goes to the House.", "", "", "W"),
         ("Cities say it strips them of local control", "Cities", "say", "")],
        [("By Dario Villalobar-Pikett", "", "", "B")],
        [("March 11, 2026  |  6:40 PM", "", "", "B")],
        [("Facebook    X    Bluesky    Email    Print", "", "", "B")],
        [("A fourplex under construction on Ruddleston St. in Pellstowe, one of a handful of Colorado cities that already allow them on any residential lot.", "", "", "W"),
         ("Dario Villalobar-Pikett/Front Range Dispatch", "", "", "B")],
        [("DENVER — The Colorado Senate voted 19-16 on Wednesday to pass S.B. 114, which would require cities with more than 20,000 residents to allow duplexes, triplexes and fourplexes on any residential lot within half a mile of a rail station or a frequent bus stop.", "", "", "W")],
        [("Three Democrats joined all 13 Republicans in voting no.", "", "", "W"),
         ("The bill now goes to the House, where a similar bill died in committee last year.", "", "", "W")],
        [("Its House sponsor, Rep. Lucinda Harrowsmith-Olmedo, D-Pellstowe, said she expects a vote before the session ends on May 6.", "Lucinda Harrowsmith-Olmedo", "said", ""),
         ("Gov. Teodoro Quistgaard has said he will sign it.", "Teodoro Quistgaard", "has said", "W")],
        [("The Senate sponsor, Sen. Marguerite Oyetunde-Stanfield, D-Aureliana, said the bill was about “giving our kids a shot at living in the towns they grew up in.”", "Marguerite Oyetunde-Stanfield", "said", "")],
        [("“Why is it illegal to build a fourplex next to a train station?", "Marguerite Oyetunde-Stanfield", "said", ""),
         ("That's the question I keep asking,” she said.", "Marguerite Oyetunde-Stanfield", "said", "")],
        [("Median rent for a two-bedroom apartment in the Denver metro area was $2,114 in February, up 31% since 2019, according to the Colorado Department of Local Affairs.", "the Colorado Department of Local Affairs", "according to", "W")],
        [("The state's housing shortfall is between 90,000 and 120,000 homes, according to a 2025 report by the state demographer's office.", "a 2025 report by the state demographer's office", "according to", "W")],
        [("A nonpartisan fiscal note estimates the bill would cost the state about $412,000 in its first year, mostly to hire three staff at the Division of Planning to help cities rewrite their zoning codes.", "A nonpartisan fiscal note", "estimates", "W")],
        [("The Front Range Municipal Alliance said the bill would “override the choices residents have made through their own elected councils.”", "The Front Range Municipal Alliance", "said", ""),
         ("The alliance represents 61 cities and towns.", "", "", "W")],
        [("Mayor Harold Ebbington-Tull of Pellstowe, which has allowed fourplexes on any residential lot since 2023, said 46 had been permitted in the city since then.", "Harold Ebbington-Tull", "said", "W")],
        [("In Pellstowe, the first fourplex built under the city's 2023 rules opened last spring on Ruddleston St.", "", "", "W"),
         ("Its four units rent for $1,650 to $1,900 a month.", "", "", "W")],
        [("Mayor Janelle Quarrendine-Boone of Aureliana said her city's water supply could not support much more growth.", "Janelle Quarrendine-Boone", "said", "")],
        [("“We're not against housing.", "Janelle Quarrendine-Boone", "said", ""),
         ("We're against Denver telling us how to grow,” she said.", "Janelle Quarrendine-Boone", "said", "")],
        [("Builders say the bill could add several thousand homes a year, but only if cities also speed up permits.", "Builders", "say", "")],
        [("At a hearing last month, renter Kaylee Oseitutu, 29, told senators she pays $1,840 a month for a one-bedroom apartment in Aureliana, more than half her take-home pay.", "Kaylee Oseitutu", "told senators", "")],
        [("“I'm a nurse.", "Kaylee Oseitutu", "said", ""),
         ("I work at the hospital in town ... and I can't afford to live in town,” she said.", "Kaylee Oseitutu", "said", "")],
        [("Senators amended the bill on Tuesday to exempt lots in designated historic districts and in areas at high risk of wildfire, e.g. those in the wildland-urban interface.", "", "", "W"),
         ("An amendment to cap rents in new units failed 15-20.", "", "", "W")],
        [("At least four other states have passed similar laws since 2019, according to the National Conference of State Legislatures.", "the National Conference of State Legislatures", "according to", "W")],
        [("Lobbyists on both sides expect the House vote to be close.", "Lobbyists on both sides", "expect", "")],
        [("Dario Villalobar-Pikett covers housing and growth for the Dispatch.", "", "", "B")],
        [("The Front Range Dispatch is a nonprofit newsroom.", "", "", "B"),
         ("Support our work.", "", "", "B")],
        [("Donate", "", "", "B")],
        [("Republish this story", "", "", "B")],
        [("© 2026 Front Range Dispatch, a project of the Mountain Commons Media Institute", "", "", "B")],
        [("Privacy  |  Terms  |  Ethics policy", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    ("n52-corp-headline-ave-caption", "Trescombe Logistics Corp. profit falls 18% as freight slump drags on\nThe Varnesby trucker cut its full-year forecast and will close two terminals. Its CEO says the worst is over\nBy Marisol Quenteaux  –  Staff Reporter, Tarrowfield Business Journal\nApr 23, 2026, 6:12pm EDT  Updated Apr 24, 2026, 8:05am EDT\nShare    Post    LinkedIn    Email    Print    Order Reprints\nTrescombe tractors lined up at the company's main terminal on Grissom Ave. Courtesy of Trescombe Logistics",
     ["Trescombe Logistics Corp. profit falls 18% as freight slump drags on", "The Varnesby trucker cut its full-year forecast and will close two terminals.", "Its CEO says the worst is over", "By Marisol Quenteaux  –  Staff Reporter, Tarrowfield Business Journal", "Apr 23, 2026, 6:12pm EDT  Updated Apr 24, 2026, 8:05am EDT", "Share    Post    LinkedIn    Email    Print    Order Reprints", "Trescombe tractors lined up at the company's main terminal on Grissom Ave.", "Courtesy of Trescombe Logistics"]),
    ("n52-pm-ends-ky-question-no", "Revenue fell 9.4% to $1.12 billion, the company's sixth straight quarterly decline.\nThe Varnesby-based company released its results shortly after the market closed at 4 p.m. Its shares fell 6.1% in after-hours trading, to $58.40.\nTrescombe cut its forecast for 2026 to earnings of $3.05 to $3.25 a share, down from the $3.40 to $3.60 it gave in January. It will close terminals in Ashmorrow Falls, Ohio, and Pendlow, Ky., by the end of June, affecting about 240 jobs.\nChief executive Renata Vollenkamp-Yeats told analysts on a conference call that the freight market had “found a floor.”\n“We think the worst of this cycle is behind us,” she said. “Will the second half be a boom? No. But our customers are telling us their inventories are lean again, and lean inventories mean orders.”\nShe said version 2.1 of the company's load-matching software, rolled out to all 31 terminals in March, had cut the share of miles its trucks drive empty from 14.6% to 11.9%.",
     ["Revenue fell 9.4% to $1.12 billion, the company's sixth straight quarterly decline.", "The Varnesby-based company released its results shortly after the market closed at 4 p.m.", "Its shares fell 6.1% in after-hours trading, to $58.40.", "Trescombe cut its forecast for 2026 to earnings of $3.05 to $3.25 a share, down from the $3.40 to $3.60 it gave in January.", "It will close terminals in Ashmorrow Falls, Ohio, and Pendlow, Ky., by the end of June, affecting about 240 jobs.", "Chief executive Renata Vollenkamp-Yeats told analysts on a conference call that the freight market had “found a floor.”", "“We think the worst of this cycle is behind us,” she said.", "“Will the second half be a boom?", "No.", "But our customers are telling us their inventories are lean again, and lean inventories mean orders.”", "She said version 2.1 of the company's load-matching software, rolled out to all 31 terminals in March, had cut the share of miles its trucks drive empty from 14.6% to 11.9%."]),
    ("n52-jr-vs-inc-asked-us-corp", "The company's finance chief, Lionel Ackerstrom Jr., said Trescombe had cut its headcount by 410 since October, mostly by not filling jobs when drivers and office staff left. He said the two closures would cost about $9 million, most of it in the second quarter. He expects them to save about $14 million a year from 2027.\nSpot rates for dry-van loads averaged $2.01 a mile in March, vs. $2.38 a year earlier, according to the Hauldane Freight Index.\nAnalyst Dominic Farrisford-Luck of Pellowbrook Securities Inc. pressed executives on whether the cuts went far enough.\n“You're closing two terminals out of 31. Is that really a restructuring?” he asked.\nVollenkamp-Yeats replied that the company would “look at everything.” She said it had no plans to close more terminals this year.\nFarrisford-Luck, who rates the stock a hold, said in a note after the call that he expects Trescombe to earn $3.10 a share this year.\nThe biggest drag was Trescombe's largest customer, the discount chain Pennoway Stores, which accounts for about 14% of its revenue and has closed 60 stores across the U.S. since January.\nTrescombe's biggest listed rival is Kennistoun Freight Corp. It reported a 31% drop in quarterly profit last week.",
     ["The company's finance chief, Lionel Ackerstrom Jr., said Trescombe had cut its headcount by 410 since October, mostly by not filling jobs when drivers and office staff left.", "He said the two closures would cost about $9 million, most of it in the second quarter.", "He expects them to save about $14 million a year from 2027.", "Spot rates for dry-van loads averaged $2.01 a mile in March, vs. $2.38 a year earlier, according to the Hauldane Freight Index.", "Analyst Dominic Farrisford-Luck of Pellowbrook Securities Inc. pressed executives on whether the cuts went far enough.", "“You're closing two terminals out of 31.", "Is that really a restructuring?” he asked.", "Vollenkamp-Yeats replied that the company would “look at everything.”", "She said it had no plans to close more terminals this year.", "Farrisford-Luck, who rates the stock a hold, said in a note after the call that he expects Trescombe to earn $3.10 a share this year.", "The biggest drag was Trescombe's largest customer, the discount chain Pennoway Stores, which accounts for about 14% of its revenue and has closed 60 stores across the U.S. since January.", "Trescombe's biggest listed rival is Kennistoun Freight Corp.", "It reported a 31% drop in quarterly profit last week."]),
    ("n52-approx-box-inc-footer", "• Fleet: approx. 6,800 tractors; 31 terminals\nMarisol Quenteaux covers transportation, logistics and manufacturing. Have a tip? Email mquenteaux@tarrowfieldbiz.com.\nRelated Content\nKennistoun Freight to sell its brokerage arm\nVarnesby's biggest employers, ranked\nMost Read\nDowntown Varnesby office tower sold at a steep discount\nTarrowfield Business Journal is a publication of Lantrow Media Holdings Inc. All rights reserved.\nUser Agreement  |  Privacy Policy  |  Your Privacy Choices  |  Ad Choices",
     ["• Fleet: approx. 6,800 tractors; 31 terminals", "Marisol Quenteaux covers transportation, logistics and manufacturing.", "Have a tip?", "Email mquenteaux@tarrowfieldbiz.com.", "Related Content", "Kennistoun Freight to sell its brokerage arm", "Varnesby's biggest employers, ranked", "Most Read", "Downtown Varnesby office tower sold at a steep discount", "Tarrowfield Business Journal is a publication of Lantrow Media Holdings Inc.", "All rights reserved.", "User Agreement  |  Privacy Policy  |  Your Privacy Choices  |  Ad Choices"]),
    ("n52-dr-ci-fig-bracket-am", "The researchers, led by Dr. Hollis Amberlane-Drozd of the Lakevane Institute for Population Health in Toronto, followed 38,412 nurses who had no diabetes when they enrolled for a median of 11.4 years. During that time, 2,906 of them, or 7.6 per cent, were diagnosed with the disease.\nThose who worked three or more night shifts a month had a 27 per cent higher risk than those who worked none (hazard ratio 1.27; 95% CI 1.12–1.44), after the researchers adjusted for age, body mass index, smoking, family history and other factors.\nThe risk rose with the number of years spent on nights (see Fig. 3 in the paper), from a hazard ratio of 1.08 for under five years to 1.41 for 15 years or more.\n(The study counted a nurse as a night worker if she or he worked at least one shift between midnight and 6 a.m. in a typical month.)",
     ["The researchers, led by Dr. Hollis Amberlane-Drozd of the Lakevane Institute for Population Health in Toronto, followed 38,412 nurses who had no diabetes when they enrolled for a median of 11.4 years.", "During that time, 2,906 of them, or 7.6 per cent, were diagnosed with the disease.", "Those who worked three or more night shifts a month had a 27 per cent higher risk than those who worked none (hazard ratio 1.27; 95% CI 1.12–1.44), after the researchers adjusted for age, body mass index, smoking, family history and other factors.", "The risk rose with the number of years spent on nights (see Fig. 3 in the paper), from a hazard ratio of 1.08 for under five years to 1.41 for 15 years or more.", "(The study counted a nurse as a night worker if she or he worked at least one shift between midnight and 6 a.m. in a typical month.)"]),
    ("n52-eg-initials-jrr", "The team did not have data on what the nurses ate or drank, e.g. how many sugary drinks they had on a shift, and could not rule out that people who choose nights differ from day workers in other ways.\nThe paper's senior author, biostatistician J.R.R. Okeyode-Lindfors, said the team had repeated the analysis leaving out nurses with a body mass index over 30 and found a similar result.",
     ["The team did not have data on what the nurses ate or drank, e.g. how many sugary drinks they had on a shift, and could not rule out that people who choose nights differ from day workers in other ways.", "The paper's senior author, biostatistician J.R.R. Okeyode-Lindfors, said the team had repeated the analysis leaving out nurses with a body mass index over 30 and found a similar result."]),
    ("n52-ellipsis-reference-line", "“If you're going to work nights, it may be better to stay on nights for a stretch rather than flip back and forth,” she said. “But that's a hypothesis ... we haven't tested it yet.”\nA spokesperson for the Ontario Bedside Nurses' Federation said 62 per cent of its members who work nights asked for fixed rotas in a survey last fall.\nThe Ministry of Health did not respond to a request for comment.\nAnyone who works nights and has symptoms such as extreme thirst or frequent urination should ask a doctor about getting tested, Amberlane-Drozd said.\nThe study was funded by the Canadian Institutes of Health Research.\nAmberlane-Drozd H, Okeyode-Lindfors JRR, Tessarolo M, et al. Night-shift work and incident type 2 diabetes in a cohort of Ontario nurses. Can J Occup Health. 2026;31(2):114–123.",
     ["“If you're going to work nights, it may be better to stay on nights for a stretch rather than flip back and forth,” she said.", "“But that's a hypothesis ... we haven't tested it yet.”", "A spokesperson for the Ontario Bedside Nurses' Federation said 62 per cent of its members who work nights asked for fixed rotas in a survey last fall.", "The Ministry of Health did not respond to a request for comment.", "Anyone who works nights and has symptoms such as extreme thirst or frequent urination should ask a doctor about getting tested, Amberlane-Drozd said.", "The study was funded by the Canadian Institutes of Health Research.", "Amberlane-Drozd H, Okeyode-Lindfors JRR, Tessarolo M, et al. Night-shift work and incident type 2 diabetes in a cohort of Ontario nurses. Can J Occup Health. 2026;31(2):114–123."]),
    ("n52-ltd-art-initials-v-wp-no", "The Karnataka High Court on Thursday held that the Hemavalli Dairy Cooperative Federation Ltd. is ‘State’ within the meaning of Art. 12 of the Constitution, and that writ petitions against it are therefore maintainable.\nA single-judge Bench of Justice K.R.S. Venkataramegowda quashed the dismissal of 46 tanker drivers, who were removed from service in August 2024 under sec. 4(2)(b) of the federation's service regulations for taking part in a strike. The court directed the federation to reinstate them within eight weeks with 50% of their back wages.\nThe petition, Ramappa Kodandaramaiah & Ors. v. Hemavalli Dairy Cooperative Federation Ltd. & Anr. (W.P. No. 5123 of 2025), was filed in February last year.",
     ["The Karnataka High Court on Thursday held that the Hemavalli Dairy Cooperative Federation Ltd. is ‘State’ within the meaning of Art. 12 of the Constitution, and that writ petitions against it are therefore maintainable.", "A single-judge Bench of Justice K.R.S. Venkataramegowda quashed the dismissal of 46 tanker drivers, who were removed from service in August 2024 under sec. 4(2)(b) of the federation's service regulations for taking part in a strike.", "The court directed the federation to reinstate them within eight weeks with 50% of their back wages.", "The petition, Ramappa Kodandaramaiah & Ors. v. Hemavalli Dairy Cooperative Federation Ltd. & Anr. (W.P. No. 5123 of 2025), was filed in February last year."]),
    ("n52-rs-art-sec-ie", "The judge did not accept that. Justice Venkataramegowda noted that the State held 51% of the federation's share capital, appointed its managing director and had given it Rs. 212 crore in grants and loans since 2019.\n“The test is not the label a body gives itself but the control the State exercises over it,” the court said in its 38-page judgment. “Where the State holds the majority of the shares, names the chief executive and keeps the body afloat with public money, that body cannot escape Art. 12 by calling itself a cooperative.”\nIt also held that sec. 4(2)(b), which allows the federation to dismiss an employee without an inquiry for “wilful absence in concert with others”, was arbitrary and violated Art. 14. The provision was read down, i.e. it can no longer be used without giving the employee a hearing.",
     ["The judge did not accept that.", "Justice Venkataramegowda noted that the State held 51% of the federation's share capital, appointed its managing director and had given it Rs. 212 crore in grants and loans since 2019.", "“The test is not the label a body gives itself but the control the State exercises over it,” the court said in its 38-page judgment.", "“Where the State holds the majority of the shares, names the chief executive and keeps the body afloat with public money, that body cannot escape Art. 12 by calling itself a cooperative.”", "It also held that sec. 4(2)(b), which allows the federation to dismiss an employee without an inquiry for “wilful absence in concert with others”, was arbitrary and violated Art. 14.", "The provision was read down, i.e. it can no longer be used without giving the employee a hearing."]),
    ("n52-asked-exclaim-said-capital", "“Some of them drove tankers for the federation for 20 years. Is this how you treat people who kept milk moving through two floods?” she asked.\n“It is a good day!” said Ramappa Kodandaramaiah, 52, the first petitioner, outside the court hall. “For 19 months we have been sitting at home. Today we got justice!” He said the drivers would report for duty as soon as the federation issued orders.",
     ["“Some of them drove tankers for the federation for 20 years.", "Is this how you treat people who kept milk moving through two floods?” she asked.", "“It is a good day!” said Ramappa Kodandaramaiah, 52, the first petitioner, outside the court hall.", "“For 19 months we have been sitting at home.", "Today we got justice!”", "He said the drivers would report for duty as soon as the federation issued orders."]),
    ("n52-9am-bracketed-rule", "After the distribution of preferences on Wednesday, Ms Marrondale had 50.4 per cent of the two-candidate-preferred vote to Mr Oldenhove's 49.6 per cent.\nThe Electoral Commission Queensland (ECQ) said counting would resume at 9am on Thursday. It expects to declare the result early next week.\n(Postal votes are counted if they were completed by 6pm on polling day and reach the commission by the close of business on March 17.)",
     ["After the distribution of preferences on Wednesday, Ms Marrondale had 50.4 per cent of the two-candidate-preferred vote to Mr Oldenhove's 49.6 per cent.", "The Electoral Commission Queensland (ECQ) said counting would resume at 9am on Thursday.", "It expects to declare the result early next week.", "(Postal votes are counted if they were completed by 6pm on polling day and reach the commission by the close of business on March 17.)"]),
    ("n52-exclaim-told-ellipsis-lower", "“People in Yarrawindi are sick of being taken for granted!” she told the crowd, to loud cheers.\n“Whatever happens with the postals, something has changed here. We've shown a small town can take on a party machine ... and very nearly win.”",
     ["“People in Yarrawindi are sick of being taken for granted!” she told the crowd, to loud cheers.", "“Whatever happens with the postals, something has changed here.", "We've shown a small town can take on a party machine ... and very nearly win.”"]),
    ("n52-ellipsis-capital-questions", "At Ludderworth station at 4.30pm on Friday, about 200 people were queuing in the rain for buses outside the main entrance.\n“I've been here since half past three ... Nobody has told us anything,” said Nadia Kettlebury, 34, who was trying to get home to Sandby Cross.\n“Where's the bus? Where's anybody?” She pointed to a single member of staff in a hi-vis jacket at the stop.\n“Honestly? It's fine,” laughed Joel Achtermeer, a student at Kemberleigh College. “It's a bus. It's not the end of the world.”",
     ["At Ludderworth station at 4.30pm on Friday, about 200 people were queuing in the rain for buses outside the main entrance.", "“I've been here since half past three ...", "Nobody has told us anything,” said Nadia Kettlebury, 34, who was trying to get home to Sandby Cross.", "“Where's the bus?", "Where's anybody?”", "She pointed to a single member of staff in a hi-vis jacket at the stop.", "“Honestly?", "It's fine,” laughed Joel Achtermeer, a student at Kemberleigh College.", "“It's a bus.", "It's not the end of the world.”"]),
    ("n52-ltd-ends-bracket", "Freight trains on the route are run by Calderstowe Freight Ltd. The company said the train, which was carrying stone from a quarry near Thirlwick, had been inspected on Thursday.\n(The same stretch of line was closed for nine days in February 2023 after a similar failure.)",
     ["Freight trains on the route are run by Calderstowe Freight Ltd.", "The company said the train, which was carrying stone from a quarry near Thirlwick, had been inspected on Thursday.", "(The same stretch of line was closed for nine days in February 2023 after a similar failure.)"]),
    ("n52-no5-overs-laughed", "Kieron Lallbeharry, batting at No. 5, made an unbeaten 96 off 88 balls, with nine fours and three sixes. He came to the crease with his side on 61 for three in the 14th over, needing 152 more at 4.33 an over.\nBy the time he pulled the winning boundary in the 48th over, most of the 2,500 or so spectators were on their feet.\n“I just kept telling myself, bat long ... the runs will come,” Lallbeharry said.\n“Did I think we'd get there from 61 for three? Not really!” he laughed.",
     ["Kieron Lallbeharry, batting at No. 5, made an unbeaten 96 off 88 balls, with nine fours and three sixes.", "He came to the crease with his side on 61 for three in the 14th over, needing 152 more at 4.33 an over.", "By the time he pulled the winning boundary in the 48th over, most of the 2,500 or so spectators were on their feet.", "“I just kept telling myself, bat long ... the runs will come,” Lallbeharry said.", "“Did I think we'd get there from 61 for three?", "Not really!” he laughed."]),
    ("n52-result-box-st-initials", "Castlemount 212-6 (50 overs) (A. St. Hillier 71, R. Teeluckdharry 38; D. Guerra-Phillibert 3-34)\nRidgecombe 213-4 (47.1 overs) (K. Lallbeharry 96 not out, T. Ojeerally 41)\nResult: Ridgecombe won by six wickets.\nMan of the match: Kieron Lallbeharry\nUmpires: Vishnu Ramcharitar-Boodoo, Gregory Frostick\nMore Cricket",
     ["Castlemount 212-6 (50 overs) (A. St. Hillier 71, R. Teeluckdharry 38; D. Guerra-Phillibert 3-34)", "Ridgecombe 213-4 (47.1 overs) (K. Lallbeharry 96 not out, T. Ojeerally 41)", "Result: Ridgecombe won by six wickets.", "Man of the match: Kieron Lallbeharry", "Umpires: Vishnu Ramcharitar-Boodoo, Gregory Frostick", "More Cricket"]),
    ("n52-am-ends-signal-no", "As of 5 a.m. Wednesday, 41,286 people from 9,870 families were staying in 212 evacuation centers, mostly schools and covered courts, according to the Northern Samar Provincial Disaster Risk Reduction and Management Office (PDRRMO).\nState weather bureau PAGASA raised Tropical Cyclone Wind Signal No. 3 over six towns in the province at 11 a.m. Most of the rest of Northern Samar is under Signal No. 2.\nAt 8 p.m. on Tuesday, the eye of the typhoon was 215 kilometers east of Binalatan, moving west-northwest at 15 kph, with maximum sustained winds of 150 kph and gusts of up to 185 kph.",
     ["As of 5 a.m. Wednesday, 41,286 people from 9,870 families were staying in 212 evacuation centers, mostly schools and covered courts, according to the Northern Samar Provincial Disaster Risk Reduction and Management Office (PDRRMO).", "State weather bureau PAGASA raised Tropical Cyclone Wind Signal No. 3 over six towns in the province at 11 a.m.", "Most of the rest of Northern Samar is under Signal No. 2.", "At 8 p.m. on Tuesday, the eye of the typhoon was 215 kilometers east of Binalatan, moving west-northwest at 15 kph, with maximum sustained winds of 150 kph and gusts of up to 185 kph."]),
    ("n52-gov-jr-exclaim-jr-ends", "Gov. Ramon Villacastin-Sison Jr. ordered the suspension of classes at all levels and of work in government offices on Wednesday and Thursday. He also banned sea travel, leaving about 1,300 passengers stranded at the ports of Binalatan and Maguindoy, according to the Philippine Coast Guard.\n“Please, if you are told to evacuate, evacuate. Don't wait for the water to reach your door!” the governor said in a radio interview.\nRelief packs of rice, canned goods and bottled water were being handed out by the provincial social welfare office and by the office of Binalatan Mayor Efren Dumalagsa Jr. Each pack is meant to feed a family of five for three days.",
     ["Gov. Ramon Villacastin-Sison Jr. ordered the suspension of classes at all levels and of work in government offices on Wednesday and Thursday.", "He also banned sea travel, leaving about 1,300 passengers stranded at the ports of Binalatan and Maguindoy, according to the Philippine Coast Guard.", "“Please, if you are told to evacuate, evacuate.", "Don't wait for the water to reach your door!” the governor said in a radio interview.", "Relief packs of rice, canned goods and bottled water were being handed out by the provincial social welfare office and by the office of Binalatan Mayor Efren Dumalagsa Jr.", "Each pack is meant to feed a family of five for three days."]),
    ("n52-un-ends", "The Department of Social Welfare and Development said it had prepositioned 120,000 family food packs in Eastern Visayas. Offers of assistance have also come from Japan, South Korea and the U.N. The World Food Programme said it had trucks on standby in Leyte.",
     ["The Department of Social Welfare and Development said it had prepositioned 120,000 family food packs in Eastern Visayas.", "Offers of assistance have also come from Japan, South Korea and the U.N.", "The World Food Programme said it had trucks on standby in Leyte."]),
    ("n52-ore-dateline-us-fig", "COLBRENNICK, Ore. — Testing sewage for influenza virus picked up the start of seasonal flu waves a median of nine days before hospital admissions began to rise, according to a study led by researchers at Ostrovia State University.\nThe study, published March 9 in the journal Environmental Epidemiology Letters, analyzed 2,814 samples taken twice a week from 22 treatment plants in the U.S. Pacific Northwest between 2021 and 2025.\nAcross four flu seasons, rises in viral RNA in sewage came before rises in flu hospitalizations in the same areas in 17 of 19 local outbreaks (Fig. 3). The lead time ranged from two to 16 days.",
     ["COLBRENNICK, Ore. — Testing sewage for influenza virus picked up the start of seasonal flu waves a median of nine days before hospital admissions began to rise, according to a study led by researchers at Ostrovia State University.", "The study, published March 9 in the journal Environmental Epidemiology Letters, analyzed 2,814 samples taken twice a week from 22 treatment plants in the U.S. Pacific Northwest between 2021 and 2025.", "Across four flu seasons, rises in viral RNA in sewage came before rises in flu hospitalizations in the same areas in 17 of 19 local outbreaks (Fig. 3).", "The lead time ranged from two to 16 days."]),
    ("n52-ie-version-bracket-eg", "The team measured RNA from influenza A and B, i.e. the two types that cause seasonal epidemics in people, and adjusted each reading for how much the sample had been diluted by rain and industrial discharge.\nThey used version 2.1 of an open-source model, FluTrace, to turn the readings into estimates of how many people in each sewershed were infected. (A sewershed is the area whose wastewater drains to a single treatment plant.)\nThe signal was weakest in small rural systems, e.g. plants serving fewer than 10,000 people, where a handful of infected households was enough to swing the readings. In two seasons the method also raised false alarms, i.e. sewage levels rose but hospital admissions did not follow.",
     ["The team measured RNA from influenza A and B, i.e. the two types that cause seasonal epidemics in people, and adjusted each reading for how much the sample had been diluted by rain and industrial discharge.", "They used version 2.1 of an open-source model, FluTrace, to turn the readings into estimates of how many people in each sewershed were infected.", "(A sewershed is the area whose wastewater drains to a single treatment plant.)", "The signal was weakest in small rural systems, e.g. plants serving fewer than 10,000 people, where a handful of infected households was enough to swing the readings.", "In two seasons the method also raised false alarms, i.e. sewage levels rose but hospital admissions did not follow."]),
    ("n52-un-mid-us-ends", "The World Health Organization, the U.N. health agency, has encouraged countries to add wastewater testing to their flu surveillance since 2023.\nWastewater testing for COVID-19 is now done at more than 1,400 sites in the U.S. Testing for flu is less common.",
     ["The World Health Organization, the U.N. health agency, has encouraged countries to add wastewater testing to their flu surveillance since 2023.", "Wastewater testing for COVID-19 is now done at more than 1,400 sites in the U.S.", "Testing for flu is less common."]),
    ("n52-co-county-ellipsis-co-ends", "At the Kilbrannery Fresh Market on Abbey Street in Ballaghmeen, Co. Roscommon, shoppers were comparing prices on Wednesday morning.\n“A pound of butter was €3.19 this time last year and it's €3.99 now,” said retired teacher Maura Conneely-Tighearnach, 71. “What's next, the bread?”\n“I've stopped buying the branded stuff ... it's own-brand everything now,” said her friend, Bríd Hessionagh.\nStore owner Declan Mulqueenagh said his wholesale price for a 454g block of butter had gone from €2.61 to €3.30 in a year. He said his margin had been “cut to the bone”.\nHe buys most of his dairy from Mellick & Co. The Limerick-based wholesaler said its prices reflect what it pays processors.",
     ["At the Kilbrannery Fresh Market on Abbey Street in Ballaghmeen, Co. Roscommon, shoppers were comparing prices on Wednesday morning.", "“A pound of butter was €3.19 this time last year and it's €3.99 now,” said retired teacher Maura Conneely-Tighearnach, 71.", "“What's next, the bread?”", "“I've stopped buying the branded stuff ... it's own-brand everything now,” said her friend, Bríd Hessionagh.", "Store owner Declan Mulqueenagh said his wholesale price for a 454g block of butter had gone from €2.61 to €3.30 in a year.", "He said his margin had been “cut to the bone”.", "He buys most of his dairy from Mellick & Co.", "The Limerick-based wholesaler said its prices reflect what it pays processors."]),
    ("n52-ie-approx-vs-eg-etc", "Grocery sales rose by 5.6pc in value in the 12 weeks to February 22 but by only 0.9pc in volume, according to Tillworth Retail Insight, i.e. shoppers paid more but took home about the same amount.\nOwn-label products now make up approx. 51pc of grocery spending, vs. 46pc three years ago, the firm said.\nA spokesperson for the Department of Enterprise, Tourism and Employment said the Government was “keeping prices under close review”. She pointed to €250 in energy credits paid to every household last winter.\nIndependent TD Marian Fallowcroft said families were “being fleeced at the checkout” and called for VAT to be cut on basic foods. Most basic foods in Ireland, e.g. bread, milk and fresh meat, already carry a VAT rate of zero.\nThe CSO tracks the prices of about 600 items, from cheese to car insurance, haircuts, rents etc. Its next release is due on April 14.\nConsumer groups advise shoppers to compare the unit price, i.e. the price per kilo or litre, rather than the shelf price.",
     ["Grocery sales rose by 5.6pc in value in the 12 weeks to February 22 but by only 0.9pc in volume, according to Tillworth Retail Insight, i.e. shoppers paid more but took home about the same amount.", "Own-label products now make up approx. 51pc of grocery spending, vs. 46pc three years ago, the firm said.", "A spokesperson for the Department of Enterprise, Tourism and Employment said the Government was “keeping prices under close review”.", "She pointed to €250 in energy credits paid to every household last winter.", "Independent TD Marian Fallowcroft said families were “being fleeced at the checkout” and called for VAT to be cut on basic foods.", "Most basic foods in Ireland, e.g. bread, milk and fresh meat, already carry a VAT rate of zero.", "The CSO tracks the prices of about 600 items, from cheese to car insurance, haircuts, rents etc.", "Its next release is due on April 14.", "Consumer groups advise shoppers to compare the unit price, i.e. the price per kilo or litre, rather than the shelf price."]),
    ("n52-comma-decimals-spaced-thousands", "Police minister Thabo Nkwinteni briefs journalists on the quarterly crime statistics in Pretoria on Thursday. Image: Sipho Kriegler/The Kwelanga Bulletin\nMurders fell by 6,2% in the three months to December compared with the same period a year earlier, according to the quarterly crime statistics released by police on Thursday.\nPolice recorded 6 417 murders between October and December, 424 fewer than in the last quarter of 2024. Rapes rose by 3,9% to 11 206, and cash-in-transit robberies by 21% to 63.",
     ["Police minister Thabo Nkwinteni briefs journalists on the quarterly crime statistics in Pretoria on Thursday.", "Image: Sipho Kriegler/The Kwelanga Bulletin", "Murders fell by 6,2% in the three months to December compared with the same period a year earlier, according to the quarterly crime statistics released by police on Thursday.", "Police recorded 6 417 murders between October and December, 424 fewer than in the last quarter of 2024.", "Rapes rose by 3,9% to 11 206, and cash-in-transit robberies by 21% to 63."]),
    ("n52-brig-accused-quote-split", "Simakade Front spokesperson on policing Marius Oberholster accused police of moving some murders into the “inquest” category to keep the numbers down, which police denied.\nPolice spokesperson Brig. Ntombi Sithembile said every inquest docket was reviewed within 30 days and reclassified as murder if foul play was found. Inquest dockets opened for unnatural deaths rose by 8,4% over the quarter, the figures show.\nMost cash-in-transit heists happened in Gauteng and Limpopo, police said, and 41 suspects have been arrested.\nSix people were shot dead in one weekend in November in Mahlathini, north of Pretoria. Residents there said they felt no safer.\n“We hear the numbers on the radio. But at night we still don't walk to the shop,” said Sibongile Twalana, 47, who runs a spaza shop. “What must we do, lock ourselves in from six o'clock?”",
     ["Simakade Front spokesperson on policing Marius Oberholster accused police of moving some murders into the “inquest” category to keep the numbers down, which police denied.", "Police spokesperson Brig. Ntombi Sithembile said every inquest docket was reviewed within 30 days and reclassified as murder if foul play was found.", "Inquest dockets opened for unnatural deaths rose by 8,4% over the quarter, the figures show.", "Most cash-in-transit heists happened in Gauteng and Limpopo, police said, and 41 suspects have been arrested.", "Six people were shot dead in one weekend in November in Mahlathini, north of Pretoria.", "Residents there said they felt no safer.", "“We hear the numbers on the radio.", "But at night we still don't walk to the shop,” said Sibongile Twalana, 47, who runs a spaza shop.", "“What must we do, lock ourselves in from six o'clock?”"]),
    ("n52-two-sentence-bracket-sr-am", "St. Hildegard's Nyakerumo Girls High School in Nyeri County posted the highest mean score in the 2025 Kenya Certificate of Secondary Education (KCSE) exam, 10.214, according to results shared by schools with Jua Daily.\n(The Ministry of Education stopped ranking schools officially in 2016. Jua Daily's table is compiled from results that schools released themselves.)\nThe school had 312 candidates, of whom 287 scored a C+ or better, i.e. the minimum grade for direct entry to a degree course.\nPrincipal Sr. Agnes Karegeti said the results were “the fruit of discipline and prayer.”\n“Hard work pays. Our girls were in class by 5 a.m. every day!” she said, as students sang and danced in the compound.",
     ["St. Hildegard's Nyakerumo Girls High School in Nyeri County posted the highest mean score in the 2025 Kenya Certificate of Secondary Education (KCSE) exam, 10.214, according to results shared by schools with Jua Daily.", "(The Ministry of Education stopped ranking schools officially in 2016.", "Jua Daily's table is compiled from results that schools released themselves.)", "The school had 312 candidates, of whom 287 scored a C+ or better, i.e. the minimum grade for direct entry to a degree course.", "Principal Sr. Agnes Karegeti said the results were “the fruit of discipline and prayer.”", "“Hard work pays.", "Our girls were in class by 5 a.m. every day!” she said, as students sang and danced in the compound."]),
    ("n52-league-table-rows", "How the top schools performed (2025 KCSE mean score)\n1. St. Hildegard's Nyakerumo Girls (Nyeri) – 10.214\n2. Kirimungi Boys (Kiambu) – 10.087\n3. St. Paul's Olkasipa Secondary (Kajiado) – 9.962\n4. Kivandini Ridge Girls (Machakos) – 9.871\n5. Chemorogot Boys (Nandi) – 9.754",
     ["How the top schools performed (2025 KCSE mean score)", "1. St. Hildegard's Nyakerumo Girls (Nyeri) – 10.214", "2. Kirimungi Boys (Kiambu) – 10.087", "3. St. Paul's Olkasipa Secondary (Kajiado) – 9.962", "4. Kivandini Ridge Girls (Machakos) – 9.871", "5. Chemorogot Boys (Nandi) – 9.754"]),
    ("n52-st-mid-sb-rep-gov-question", "A fourplex under construction on Ruddleston St. in Pellstowe, one of a handful of Colorado cities that already allow them on any residential lot. Dario Villalobar-Pikett/Front Range Dispatch\nDENVER — The Colorado Senate voted 19-16 on Wednesday to pass S.B. 114, which would require cities with more than 20,000 residents to allow duplexes, triplexes and fourplexes on any residential lot within half a mile of a rail station or a frequent bus stop.\nThree Democrats joined all 13 Republicans in voting no. The bill now goes to the House, where a similar bill died in committee last year.\nIts House sponsor, Rep. Lucinda Harrowsmith-Olmedo, D-Pellstowe, said she expects a vote before the session ends on May 6. Gov. Teodoro Quistgaard has said he will sign it.\nThe Senate sponsor, Sen. Marguerite Oyetunde-Stanfield, D-Aureliana, said the bill was about “giving our kids a shot at living in the towns they grew up in.”\n“Why is it illegal to build a fourplex next to a train station? That's the question I keep asking,” she said.",
     ["A fourplex under construction on Ruddleston St. in Pellstowe, one of a handful of Colorado cities that already allow them on any residential lot.", "Dario Villalobar-Pikett/Front Range Dispatch", "DENVER — The Colorado Senate voted 19-16 on Wednesday to pass S.B. 114, which would require cities with more than 20,000 residents to allow duplexes, triplexes and fourplexes on any residential lot within half a mile of a rail station or a frequent bus stop.", "Three Democrats joined all 13 Republicans in voting no.", "The bill now goes to the House, where a similar bill died in committee last year.", "Its House sponsor, Rep. Lucinda Harrowsmith-Olmedo, D-Pellstowe, said she expects a vote before the session ends on May 6.", "Gov. Teodoro Quistgaard has said he will sign it.", "The Senate sponsor, Sen. Marguerite Oyetunde-Stanfield, D-Aureliana, said the bill was about “giving our kids a shot at living in the towns they grew up in.”", "“Why is it illegal to build a fourplex next to a train station?", "That's the question I keep asking,” she said."]),
    ("n52-st-ends-ellipsis", "In Pellstowe, the first fourplex built under the city's 2023 rules opened last spring on Ruddleston St. Its four units rent for $1,650 to $1,900 a month.\nMayor Janelle Quarrendine-Boone of Aureliana said her city's water supply could not support much more growth.\n“We're not against housing. We're against Denver telling us how to grow,” she said.\nBuilders say the bill could add several thousand homes a year, but only if cities also speed up permits.\nAt a hearing last month, renter Kaylee Oseitutu, 29, told senators she pays $1,840 a month for a one-bedroom apartment in Aureliana, more than half her take-home pay.\n“I'm a nurse. I work at the hospital in town ... and I can't afford to live in town,” she said.",
     ["In Pellstowe, the first fourplex built under the city's 2023 rules opened last spring on Ruddleston St.", "Its four units rent for $1,650 to $1,900 a month.", "Mayor Janelle Quarrendine-Boone of Aureliana said her city's water supply could not support much more growth.", "“We're not against housing.", "We're against Denver telling us how to grow,” she said.", "Builders say the bill could add several thousand homes a year, but only if cities also speed up permits.", "At a hearing last month, renter Kaylee Oseitutu, 29, told senators she pays $1,840 a month for a one-bedroom apartment in Aureliana, more than half her take-home pay.", "“I'm a nurse.", "I work at the hospital in town ... and I can't afford to live in town,” she said."]),
]  # fmt: skip
