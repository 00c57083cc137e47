"""Fifty-fifth set of new hand-labelled pages for the hint engines (tuning set, round twenty-five): twelve whole pages of everyday news where check-worthiness and sentence splits are hard.

Written from scratch for issue 13 in round twenty-five, before any rule was tuned on them and without
looking at the engine's code or output (nothing under `claimreview/` was opened, no
`labelled_heldout*.py` file was read, and no test, scorer or engine was run; only an import of this
file and `build` on every page, a small script of my own that checks the sentences, the flags and the
split cases against the pages, whole-word greps of the invented names over `tests/` and `ruff format`
/ `ruff check` were run). The format and the conventions were read from the module docstrings of
`labelled_new.py`, `labelled_new2.py` and `labelled_new49.py` to `labelled_new52.py`, the first two
pages and the first five split cases of `labelled_new52.py`, and `build` in `labelled_articles.py`.
Every person, small place, street, organisation, outlet, company, party, club, school, church,
product and number is invented (the United States, Pennsylvania, North Carolina, Tennessee,
Louisiana, Baton Rouge, New Orleans and the River Parishes; England; New Zealand; Jamaica, Kingston,
St. Catherine and Manchester; Australia and Western Australia; the Philippines, Mindanao, Davao
Region and Davao City; Mexico, Vietnam and Norway; Japan, Nagoya and Sendai; Canada, British
Columbia, Vancouver Island, Vancouver, Nanaimo and the Lower Mainland; Scotland, Glasgow, Dundee and
Aberdeen; Wales and Europe appear only as settings; real public bodies, schemes and institutions
such as "NHS England", "the NHS Constitution", "the Department of Health and Social Care", "the
Education Review Office", "the Ministry of Education", "the NZ Media Council", "the Supreme Court",
"the Fraud Squad", "the Bank of Jamaica", "the Department of Fire and Emergency Services", "the
Bureau of Meteorology", "Western Power", "Emergency WA", "the N.C. Department of Commerce", "the WARN
Act", "the Securities and Exchange Commission", "NCWorks", "the Land Transportation Franchising and
Regulatory Board", "the Department of Energy", "the City Transport and Traffic Management Office",
"the 19th Judicial District Court", "the Louisiana Department of Environmental Quality", "Louisiana
State University", "the U.S. Census Bureau", "the Japan Series", "the Pacific League", "the Bank of
Canada", "Canada Mortgage and Housing Corporation", "Public Health Scotland", "the Scottish
Government", "the World Health Organization" and "Post Office Ltd" appear only as settings, with
invented figures). No surname, town, street, outlet, company, club or product of any file under
`tests/` is reused: every capitalised word of these pages, the parts of hyphenated names included,
was grepped as a whole word over the whole `tests/` tree, and every hit that was an invented name was
changed (first names, real settings and common words recur).

Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after selecting all in
a browser, so every furniture line is a paragraph of its own, worded in that site's own way. The
twelve pages, from nine countries, are everyday news that mixes statements of record and figures
(votes, decisions, orders, measured quantities, dates, comparisons, causes, rules and published
estimates) with what is not worth checking (feelings, opinions, hopes, pledges, spoken forecasts,
scene, rhetorical questions, advice and hedges), with near cases between them: (1) a Pennsylvania
local daily on a township budget vote ("Twp.", "Pa. —", "Rd." ending a caption, "Jr." ending a
sentence before "Supervisor" and before "said", "7 p.m." mid-sentence, "9:40 p.m." ending one, "Ln.",
"Inc." ending one, "Jan. 1." ending one, "Co." before "All rights reserved."); (2) an English regional
site on hospital waiting times (decimals, "etc." ending a sentence, an ellipsis before a capital,
"?" before a capital, "Dr", "Prof.", "Ltd." before "Registered office"); (3) a New Zealand regional
paper on an Education Review Office report ("3.15pm", "Mt.", "approx.", "e.g.", initials "R. T.",
"!" before "she said", "?" before "he asked"); (4) a Jamaican daily on a fraud sentencing ("St.
Catherine" twice, "Ltd." ending a sentence before "He", "i.e.", "?" before "the judge asked", "2:14
a.m." ending a sentence, "Det. Cpl.", "Mrs.", "Co. Ltd." before "All Rights Reserved."); (5) a
Western Australian regional paper on a bushfire ("2.10pm", "41.3C", "65km/h", "Rd" without a stop,
"Supt", an ellipsis before lower case, "?" before a capital, "e.g.", "Pty Ltd."); (6) a North
Carolina city daily on a plant closure ("Hwy.", "N.C." ending a sentence before "The" and "N.C.
Department" mid-sentence, "Feb. 6", "7 a.m. on", "Co., employs", "U.S. and", "Inc." ending a
sentence, "?" before "she asked", "Dec. 14 from 9 a.m. to 3 p.m. at", "I'm 51." and an ellipsis
before lower case); (7) a Philippine regional site on a jeepney fare rise ("Ave." ending a caption
before a credit in capitals, "Atty.", "Jr." ending a sentence before "Each", "P2.25", "i.e." twice,
"Sr. said", "!" before "he said", "?" before a capital, "Brgy.", "Engr.", "Corp." before "All Rights
Reserved."); (8) a Louisiana weekly on an air-permit challenge ("Hwy.", "La." ending a caption
sentence before "The", "LLC." ending a sentence before "The permit", "permit No. 2840-00117-V3",
"Rev.", "Dr.", "?" before "asked", "Rd. since", "U.S. Census", "Feb. 9 at 9:30 a.m. before"); (9) a
Japanese English-language daily on a Japan Series game ("6 p.m." ending a sentence before "The",
"No. 4", ".312", "2.45 ERA", "Jr. gave", "Jr. lasted", "4 2/3", "!" before a capitalised surname and
"said", "?" and "No." before capitals, box-score lines with "Jr. (0-2).", "Att.:"); (10) a Canadian
regional site on the monthly housing report ("vs.", decimals, "approx.", "Ltd. in", "etc. have",
"B.C." ending a sentence before "Its", "Jan. 5.", "?" before "she asked"); (11) a Scottish daily on
a pollution and asthma study ("PM2.5", "µg/m³", "i.e.", "95% CI", "(Fig. 2).", "Dr", "Prof", an
ellipsis before a capital, "Sept." ending a sentence before "It", "et al." in the journal line); and
(12) a Welsh regional site's profile of a retiring postmistress ("5.30am", "9.30am", "2pm", "Mrs",
"!" before "she laughed", "etc. and", a Welsh line with its bracketed translation, "Ltd." before
"Registered in Wales No."). `STYLES` names the site, the story and the stresses of each page, in
order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points settled
in `labelled_new2.py` to `labelled_new52.py` hold too (mastheads, menus, crumbs, strips, bylines,
role lines, date lines, share strips, related and more lists, newsletter, follow and call-out lines,
comment furniture and footers "B" line by line; captions by content and credits "B"; standfirsts
labelled like headlines, split at a full stop, a "says" in them carrying the source as the body
names it; titles, ranks and honorifics dropped from speakers ("Supervisor", "Township Manager",
"Police Chief", "Dr", "Dr.", "Cllr", "Prof.", "Prof", "Principal", "Justice", "Detective Corporal",
"Det. Cpl.", "Mrs.", "Mrs", "Supt", "Atty.", "Engr.", "Rev.", "Judge"), "Jr." and "Sr." kept; a
pronoun, a later surname or a role resolved to the full name as first given; organisations,
documents and data kept as written, "according to X" -> X; a quote over several sentences carrying
its speaker and cue; "did not respond", "would not say" and "would only say" labelled like speech
with flags ""; plans, votes, orders, results, rules and figures of record "W"; spoken forecasts,
hopes, pledges, opinions, feelings, scene, rhetorical questions and advice ""; a hedge making a
sentence "" unless a figure of record rides in it; a forecast or estimate published in a document
"W"; weather forecasts "" whoever issues them).

Conventions this set had to settle, in the same spirit:

* Figures inside quotes. A checkable figure inside a quote makes its sentence "W" whoever speaks:
  "“There's $3.2 million sitting in that account.", "“People found out about this in October, from a
  legal notice,” she said.", "“When my neighbor's car was broken into in August, it took 40 minutes
  for an officer to get there,” he said." (a resident's figure about a public service, as a
  relative's is in `labelled_new49.py`), "That was 36 weeks ago,” she said.", "“He bet more than J$20
  million in five years,” ..." and "We've got Ardelmoor Chemical on one side and the Portier
  fertilizer plant on the other.”"; the rhetorical question or feeling beside it in the same quote
  stays "" ("Why are we going to homeowners before we touch it?” he asked.", "“Within weeks?").
* Patients and customers. A patient's wait for an NHS operation, told by the paper ("has been waiting
  74 weeks for a knee replacement"), and what she says a clinic told her with a date ("was told at a
  clinic in March that her operation would be booked “within weeks.”") are "W" (a public service's
  record, not a private circumstance); her feelings "". A commuter's "her daily fare would rise from
  P52 to P60" is "W" (arithmetic from the public fare table, like the shelf price of
  `labelled_new52.py`); a buyer's offers on four townhouses are her own circumstances, "".
* Tenure and descriptors. "Teshmaker, who has served on the board since 2011, said the township should
  have drawn on its reserve fund first." is "W" for the official's tenure of record in the relative
  clause, as in `labelled_new49.py` and `labelled_new51.py`; a private speaker's identifying
  appositive ("said Gordon Alvaruelo-Pryvett, a realtor in Saanwick for 27 years") does not make his
  opinion "W". A reason that is itself a record claim ("said she voted no because the board had not
  held a public workshop on the budget this year") is "W".
* Published estimates against spoken ones. "The trust's business case estimates ...", "In a filing
  with the Securities and Exchange Commission, Hollenwaite estimated it would record charges of $18
  million to $22 million ...", "The board's own outlook, published in October, forecasts 6,900 sales
  ..." and "... fall housing market outlook projects housing starts ... of about 2,400" are "W" with
  the verb as cue; the chief executive's "said he expects the move to save about $35 million a year",
  the board president's "I think we'll see a busy spring." and an economist's spoken multiplier
  ("estimated that each furniture job supports about 0.8 other jobs", not published work, after
  "Economists say the closure could ripple ...") are "". "The bureau is forecasting a top of 37
  degrees ..." is a weather forecast, "", with "The bureau" and "is forecasting".
* "could" of ability is no hedge: "a buyer with a 10 per cent down payment could afford a home of about
  $560,000, he said" is a calculation from stated inputs, "W"; "Fewer starts could mean tighter
  supply in 2028, said ..." is a hedge, "".
* Reports. An inspection report's findings ("It says teaching in maths is “inconsistent across
  classes” ...") and its fixture ("ERO will return ... in 18 months, the report says.") are "W", its
  praise ("The report praises ...", cue "praises") and its recommendation ("It also says the board
  should set clearer targets ...") "" (a judgement and advice). A school's own unpublished test
  results given by the principal ("which ERO did not see, showed 63 per cent") are "W", and the
  paper's "Those results have not been independently checked." "W" without a speaker.
* Rules and policies of record: "operators must post the new fare matrix ..., and that those who
  charge above it face a fine of P5,000 for a first offense", "the credit union now requires two staff
  members to approve any transfer from a dormant account", the discount "i.e. a minimum fare of P12"
  and the WARN Act's 60 days are "W"; "Department spokesperson ... said the agency does not comment
  on pending litigation." and "A Hollenwaite spokesperson said the company did not comment on talks
  ..." are refusals, "", like "declined to comment".
* Opinion with a fact of record inside. "said air quality in Scotland was “among the best in Europe”
  and that it had spent £8.6m on air-quality measures in the last financial year" is "W" for the
  sum; "said ministers should lower the legal limit for PM2.5 to 5 µg/m³, the level recommended by the
  World Health Organization" is "W" for the level of record in the appositive, as a figure in a
  relative clause is; "said the findings added to evidence that there is no safe level ..." and
  "“Legal isn't the same as safe,”" are "". LDEQ's "will not cause or contribute to a violation",
  quoted from its written response to comments, is a finding of record in a document, "W"; "The
  company cannot begin construction until the judge rules, the alliance's lawyers said, though the
  company disputes that." is a disputed legal position, "".
* Courts. "Justice X said she started from a sentence of nine years and reduced it by a third
  because he pleaded guilty" is "W" (the court's arithmetic of record); "She also ordered him to repay
  ..." is an order, "W", without a speaker (an act, not speech); "Aldercott-Pryvett has 14 days to
  appeal." "W", "His lawyer would not say whether he would." "" with "would not say"; the defence's
  ask ("asked for a suspended sentence") "W", as in `labelled_new49.py`.
* Headlines and scene. A quote headline that carries a fact of record ("‘It's been my whole life':
  Llanerchwen postmistress hangs up her scales after 47 years") is "W" without a speaker; scene with a
  time of day ("For 47 years, the lights ... have come on at 5.30am.") stays "", and the dated fact
  after it ("On Saturday they will come on for the last time ...") is "W". "Farmer X remembered the
  winter of 1982, when snow cut the village off for nine days." carries him with "remembered", "W".
* Speakers. "two workers said" and "Another parent" are kept as written; "Residents who spoke at a
  meeting at the church on Tuesday night described ..." keeps the group with "described", "";
  "Economists say" keeps "Economists"; "The company told workers on Tuesday that 640 jobs will be
  lost ..." carries "The company" with "told workers", "W"; a standfirst's "Bosses say" carries the
  chief executive as the body names him, and "Researchers say" carries "The researchers" as the body
  first names them; "the authors write" keeps "the authors"; "Furukawa-Stanbridge would only say it
  would be “a left-hander.”" carries him with "would only say", "".
* Sport. The line-score rows and "W:", "L:" and "HR:" lines are results, "W", as the innings lines of
  `labelled_new52.py`; "Att.: 30,412." and "Time: 3:08." are data, "", like "Attendance:"; "went an
  estimated 138 meters" is a measured figure published with the game, "W"; the caption of a home run
  is "W"; "“I was just trying not to strike out!” Ogasawara said with a laugh." is "".
* Splits. "Rd." ("on Creamwell Rd." before "Darnell ..." on a caption line), "Jr." ("seconded by
  Supervisor Curtis Vandermolt Jr." before "Supervisor"; "Atty. Reynaldo Castillejos Jr." before
  "Each"), "p.m." ("ran until 9:40 p.m." before "About"; "at 6 p.m." before "The"), "a.m." ("at 2:14
  a.m." before "The credit union"), "Inc." (before "Trash" and before "The chain"), "Jan. 1." (before
  "Tax"), "Co." and "Co. Ltd." and "Corp." (before "All rights reserved." / "All Rights Reserved."),
  "Ltd." (before "He had worked", before "Registered office:" and before "Registered in Wales No."),
  "etc." (before "Hip"), "N.C." (before "The company"), "La." (before "The company plans"), "LLC."
  (before "The permit"), "B.C." (before "Its figures"), "Sept." (before "It received"), "Ave." (before
  a credit in capitals) and "(Fig. 2)." end a sentence. "Twp.,", "TWP., Pa. —", "Rd. and", "Rd.
  since", "Ln. for", "Hwy. in", "Hwy. 18", "Jr. said", "Jr. gave", "Jr. lasted", "Jr. (0-2).", "Sr.
  said", "Dec. 16 at 7 p.m. in", "Feb. 6", "7 a.m. on", "9 a.m. to 3 p.m. at", "9:30 a.m. before",
  "Co., employs", "Ltd. in", "U.S. and", "U.S. Census", "N.C. Department", "Mt.", "St. Catherine",
  "approx.", "e.g.", "i.e.", "vs.", "etc. have", "etc. and", "Dr.", "Prof.", "Rev.", "Mrs.", "Det.
  Cpl.", "Atty.", "Engr.", "Brgy.", "Ma.", "No. 4", "permit No. 2840-00117-V3", "Att.:", initials
  ("R. T."), decimals and leading-point decimals (".312", "2.45", "4.75", "41.3C", "P2.25", "PM2.5"),
  "4 2/3", "2.10pm", "3.15pm", "5.30am" and "et al." never do. A spaced ellipsis before a capital ends
  its sentence ("seeing friends ..." / "I feel forgotten,” she said."; "backed up ..." / "By the
  afternoon ..."); one before lower case does not ("the cat carrier ... the cat wouldn't come", "not
  too late ... is it?”"). A "?" or "!" closing a quote before a lower-case attribution ("he asked",
  "she asked", "asked Janelle ...", "the judge asked", "she said", "he said", "she laughed") does not
  end the sentence, nor does a "!" closing a quote before the speaker's capitalised surname and a verb
  of saying ("strike out!” Ogasawara said with a laugh."), which reads as ONE sentence; a "?" before
  a capital inside a quote ends it ("“Where does it end?" / "Next year ...", "“Are we done?" / "No."
  / "We've come back ...").

`CASES` holds 30 sentence-split cases in the format of `segmentation_new2.py` (id, text, expected
sentences), each taken word for word from these pages (consecutive lines joined by a newline,
sentences of one line by a space) and written the same way: what a reviewer wants, not what the
engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "US local daily (Pennsylvania), a township budget vote (masthead, account strip, menu, section label, headline with Twp., two-sentence standfirst with a decimal and scene, byline with e-mail, date line, share strip, caption ending on Rd. with a credit, TWP., Pa. dateline, the vote and a budget memo via according to, Jr. ending a sentence before Supervisor, 7 p.m. mid-sentence and 9:40 p.m. ending one, scene with a count, a manager's figures and opinion, Rd. mid-sentence, a tenure in a relative clause with an opinion, a figure inside a quote before a question and he asked, a stance with a fact of record, Ln., a question before a capital, a resident's response time, a chief's average and could not discuss, Inc. ending a sentence, a supervisor's feeling and expectation with Jr. said, Jan. 1. ending a sentence, the next meeting, bio and contact line, related list, comments closed, Co. before All rights reserved, footer links)",
    "English regional site, hospital waiting times (masthead, menu with pipes, crumb, headline, two-sentence standfirst with figures show and bosses say, byline and role, capitals date line, share line, caption with a planned opening and an image credit, NHS England figures, decimals against a standard, etc. ending a sentence, a patient's wait, an ellipsis before a capital, a question before a capital and a figure inside a quote, Dr dropped with an apology and a causal figure, a business case estimates against a hope, Cllr dropped with an opinion and a dated request, a rhetorical question, board papers via according to, Prof. dropped with a record comparison and a doubt, a recovery plan, advice, call-out lines, more-on list, newsletter line, Ltd. before Registered office, copyright)",
    "New Zealand regional paper, an Education Review Office report on a primary school (masthead, menu, section label, finding headline, two-sentence standfirst with the office says and the principal says, byline, date line with 5:45am, share strip, caption with 3.15pm and a photo credit, a report via according to and the report says, Mt. and approx. mid-sentence, praises against findings with e.g., a recommendation, attendance decimals, the return visit, an acceptance and a hire with initials R. T., opinions, the school's own results and an exclamation before she said, the paper's note that they are unchecked, a chair's fact and a question before he asked, a ministry official's no decision and a grant, scene, a parent's opinion, an anonymous parent's move, a regional count, report link, more list, publisher and footer lines)",
    "Jamaican daily, a credit-union clerk jailed for fraud (masthead in capitals, menu in capitals, section label, sentence headline, byline in capitals, role, date line, print and e-mail line, caption with a bracketed photo credit, St. Catherine mid-sentence twice, Ltd. ending a sentence before He, a sentencing discount with i.e., an order, the judge's rebuke and a question before the judge asked, the Crown's facts via according to, 2:14 a.m. ending a sentence, Det. Cpl. dropped with a figure inside a quote, a defence ask and a repayment, remorse, scene, Mrs. dropped with recovered sums and a new rule, did not respond to questions, advice from the police, the appeal window and would not say, related line, e-paper lines, a comment with its handle line, Co. Ltd. before All Rights Reserved)",
    "Western Australian regional paper, a bushfire destroys homes (masthead, subscribe strip, menu, fire-danger strip, headline with ha, standfirst, byline, updated-first-published line, share strip, caption with Rd without a stop and a picture credit, the department says, 2.10pm and 9pm, measured temperature and km/h via according to, Supt dropped with resources and feelings, no injuries and a treated firefighter, cause under investigation and police have not ruled anything out, a hedged flare-up with the bureau expects, the bureau is forecasting, a couple's loss, an ellipsis before lower case and a question before a capital, the cat, a shire president's count and arrangement, a pledge, a minister's payment of record and promise, power cuts and reconnections, advice with e.g., emergency-information line, more list, acknowledgement line, Pty Ltd. footer)",
    "US city daily (North Carolina), a furniture maker's plant closure (masthead in capitals, sections strip, section label, headline, byline, date line, gift and copy-link strip, caption with Hwy. and a credit, Inc. mid-sentence and N.C. ending a sentence before The, the N.C. Department of Commerce and a WARN notice, Feb. 6, 7 a.m. on with two workers said, a quote named only in its second sentence, the company's causes and moves, statement quotes, severance of record, a filing's estimated charges against the chief executive's expectation, Co., and U.S. mid-sentence, Inc. ending a sentence before The chain, the largest employer via according to, a refused tax break and a question before she asked, did not comment, economists say could and a spoken multiplier, state data, history, a job fair with 9 a.m. to 3 p.m., a service line, an ellipsis before lower case, contributor line, more list, newsletter line, a three-sentence footer)",
    "Philippine regional site, a jeepney fare rise in Davao City (masthead in capitals, menu with pipes, section label, headline with P2, standfirst with a semicolon, byline with Ma., date line, share strip, caption ending on Ave. with a photo credit in capitals, DAVAO CITY dateline, an order via according to with Atty. and Jr. ending a sentence, P2.25 decimals, a discount rule with i.e., a petition of record, diesel prices via according to, Sr. said with an opinion and a driver's costs with i.e., an exclamation before he said, a regulator's reasoning and arithmetic, a fare-matrix rule and fine, an undecided appeal, scene, a question before a capital, a commuter's fare arithmetic, Brgy., Engr. dropped with an opinion and a plan, the free bus program via according to, the last increase, a rhetorical question and its answer, related list, follow line, Corp. before All Rights Reserved)",
    "Louisiana weekly site, residents challenge a chemical plant's air permit (masthead, serving line, menu in capitals, headline, posted line, byline, caption with Hwy. and La. ending a sentence before The and a photo credit, the petition with LLC. ending a sentence and permit No., an alliance says with a record claim, Rev. dropped with a quote of opinion and fact, LDEQ data via according to, a question and two says, a written response and no comment on litigation, a company's statement and its pledge, emissions and jobs of record, a plant manager's reassurance, a tax exemption via according to, Dr. dropped with a could and a rate of record, a group described, a question before asked with Rd. since, U.S. Census Bureau estimates via according to, a hearing with Feb. 9 and 9:30 a.m., a disputed legal position, tip lines, latest list, LLC. footer)",
    "Japanese English-language daily, a Japan Series game report (masthead in capitals, menu, section label, result headline and standfirst, byline and role in capitals, date line, save and share strip, caption of the home run with a photo credit, SENDAI dateline, the next game with 6 p.m. ending a sentence before The, No. 4 and .312, Jr. mid-sentence, an estimated 138 meters, an exclamation before a capitalised name and said, a pitcher's line with a 2.45 ERA, a manager's opinions, Dellavance Jr. lasted with 4 2/3, a pitcher's regret, a question and No. before capitals, a past comeback, attendance and scene, series totals, a rhetorical question and would only say, box-score title, line-score rows, W:, L: with Jr. (0-2). and HR:, Att.: and Time:, related line, a three-sentence Co., Ltd. footer)",
    "Canadian regional site (Vancouver Island), the monthly housing report (masthead in capitals, menu, section label, headline, standfirst with figures show, byline, a.m. date line, share strip, caption and credit, board figures via according to, vs. and decimals, approx., a president's cause and the Bank of Canada's rate, her opinion and a spoken forecast, the board's published outlook forecasts, a national agency's outlook projects, a hedge with Ltd. in Nanaimo and an economist's rate figures, an opinion, an affordability calculation with could afford, a buyer's offers and a question before she asked, a survey via according to, etc. mid-sentence with a realtor's opinion, B.C. ending a sentence before Its, Jan. 5., more list, Ltd. footer and a copyright line, footer links)",
    "Scottish daily, a study links traffic pollution to children's asthma admissions (masthead, since line, menu, section label, finding headline, researchers-say standfirst, byline and role, GMT date line, share strip, caption and archive credit, a study via according to, PM2.5 and µg/m³ with i.e. and 95% CI, (Fig. 2). ending a sentence, Dr dropped with an opinion, the authors write a limitation, a gap in the data, the paper's figures via according to, the zone's start date, too early to tell, Prof dropped with an ellipsis before a capital, a charity's count via according to, a mother's routine and a question before she asked, advice from Public Health Scotland, a spokesperson's opinion with a sum of record, a campaign group's call with the WHO level, a plan with expected, Sept. ending a sentence before It, a journal reference with et al., read-more list, newsletter line, two-sentence copyright)",
    "Welsh regional news site, a village postmistress retires after 47 years (masthead, bilingual menu, section label, quote headline with a fact of record, standfirst, byline and role, published line, share strip, caption with a tenure and a photo credit, scene with 5.30am, Mrs dropped with dates of record, a price history with she says, an exclamation before she laughed, a count with she said, village facts, a rhetorical question and answer, Post Office Ltd's arrangement with 9.30am, a chair's letter of record and opinion, a past community buy-out, scene, a regular's praise named after her quote, a farmer's remembered winter and anecdote, a question, etc. mid-sentence with plans, a farewell tea at 2pm, a Welsh line with its translation, call-out lines, series line, more list, Ltd. before Registered in Wales No.)",
]

ARTICLES = [
    [  # 1. US local daily (Pennsylvania), a township budget vote: Twp., Pa., Rd., Ln., Jr., p.m., Inc., Jan. 1., Co.
        [("The Quillsbury Courier-Ledger", "", "", "B")],
        [("Subscribe  |  e-Edition  |  Obituaries  |  Classifieds  |  Log in", "", "", "B")],
        [("News · Local · Government · Schools · Sports · Opinion · Obits", "", "", "B")],
        [("Local Government", "", "", "B")],
        [("Hartlowe Twp. supervisors pass $18.6M budget with first tax increase since 2019", "", "", "W")],
        [("The 3-2 vote raises the millage to 4.75.", "", "", "W"),
         ("Residents packed the meeting to object", "", "", "")],
        [("By Darnell Voskuijpers | dvoskuijpers@courierledger.com", "", "", "B")],
        [("Dec 3, 2026  Updated 11:02 AM", "", "", "B")],
        [("Facebook   X   Email   Print   Save", "", "", "B")],
        [("Supervisor Ardith Pennemaker-Sloanfield speaks during Tuesday's budget meeting at the municipal building on Creamwell Rd.", "", "", ""),
         ("Darnell Voskuijpers / Courier-Ledger", "", "", "B")],
        [("HARTLOWE TWP., Pa. — The Hartlowe Township Board of Supervisors voted 3-2 on Tuesday night to adopt an $18.6 million budget for 2027 that raises property taxes for the first time since 2019.", "", "", "W")],
        [("The increase lifts the township's millage from 4.1 to 4.75 mills.", "", "", "W"),
         ("For the owner of a home assessed at the township median of $212,000, that works out to about $138 more a year, according to the township manager's budget memo.", "the township manager's budget memo", "according to", "W")],
        [("The motion was made by Supervisor Ardith Pennemaker-Sloanfield and seconded by Supervisor Curtis Vandermolt Jr.", "", "", "W"),
         ("Supervisor Yolanda Abernovy-Quistell joined them in voting yes, while Roland Teshmaker and Gail Ostrovny-Burkewell voted no.", "", "", "W")],
        [("The meeting, which began at 7 p.m. in the municipal building, ran until 9:40 p.m.", "", "", "W"),
         ("About 150 residents attended, many of them standing along the back wall.", "", "", "")],
        [("Most of the increase will go to the police department, whose budget rises 11.2% to $6.9 million so the township can hire three officers.", "", "", "W")],
        [("Township Manager Phyllis Okonjeri-Ridlowe said the department logged 14,380 calls last year, up from 11,900 in 2022, while staffing stayed at 19 officers.", "Phyllis Okonjeri-Ridlowe", "said", "W"),
         ("“We are asking the same number of people to do a lot more,” she said.", "Phyllis Okonjeri-Ridlowe", "said", "")],
        [("She said the budget also sets aside $420,000 to repave 3.1 miles of road, including stretches of Creamwell Rd. and Tullwater Pike.", "Phyllis Okonjeri-Ridlowe", "said", "W")],
        [("Teshmaker, who has served on the board since 2011, said the township should have drawn on its reserve fund first.", "Roland Teshmaker", "said", "W")],
        [("“There's $3.2 million sitting in that account.", "Roland Teshmaker", "asked", "W"),
         ("Why are we going to homeowners before we touch it?” he asked.", "Roland Teshmaker", "asked", "")],
        [("Okonjeri-Ridlowe said the reserve stood at $3.2 million at the end of October, but that the township's auditors recommend keeping at least two months of spending, about $3.1 million, on hand.", "Phyllis Okonjeri-Ridlowe", "said", "W")],
        [("Ostrovny-Burkewell said she voted no because the board had not held a public workshop on the budget this year.", "Gail Ostrovny-Burkewell", "said", "W"),
         ("“People found out about this in October, from a legal notice,” she said.", "Gail Ostrovny-Burkewell", "said", "W")],
        [("Resident Marguerite Lindquarrie-Ubandoro, 71, told supervisors she has lived on Foxbramble Ln. for 44 years and that her pension has not kept up with her bills.", "Marguerite Lindquarrie-Ubandoro", "told supervisors", "")],
        [("“Where does it end?", "Marguerite Lindquarrie-Ubandoro", "said", ""),
         ("Next year it's another increase, and the year after that,” she said.", "Marguerite Lindquarrie-Ubandoro", "said", "")],
        [("Another resident, Tobias Wertheimer-Cranwick, said he would gladly pay more for a faster police response.", "Tobias Wertheimer-Cranwick", "said", ""),
         ("“When my neighbor's car was broken into in August, it took 40 minutes for an officer to get there,” he said.", "Tobias Wertheimer-Cranwick", "said", "W")],
        [("Police Chief Emmett Saldivar-Hough said the average response time to priority calls was 8.4 minutes last year.", "Emmett Saldivar-Hough", "said", "W"),
         ("He said he could not discuss an individual call.", "Emmett Saldivar-Hough", "said", "")],
        [("The budget also includes a 3% raise for the township's 41 non-union employees and a new five-year trash contract with Brightsallow Sanitation Inc.", "", "", "W"),
         ("Trash fees will rise $24 a year, to $312.", "", "", "W")],
        [("Pennemaker-Sloanfield said she was not happy to raise taxes but believed the board had no real choice.", "Ardith Pennemaker-Sloanfield", "said", "")],
        [("“Nobody runs for this job to raise taxes,” she said.", "Ardith Pennemaker-Sloanfield", "said", ""),
         ("“But I'd rather explain a tax bill than explain why nobody came when you called 911.”", "Ardith Pennemaker-Sloanfield", "said", "")],
        [("Vandermolt Jr. said he expects the board to hold the millage flat in 2028.", "Curtis Vandermolt Jr.", "said", "")],
        [("The new rate takes effect Jan. 1.", "", "", "W"),
         ("Tax bills will be mailed in early March, the manager said.", "Phyllis Okonjeri-Ridlowe", "said", "W")],
        [("The board's next meeting is Dec. 16 at 7 p.m. in the municipal building.", "", "", "W")],
        [("Darnell Voskuijpers covers Hartlowe and Pellinghurst townships for the Courier-Ledger.", "", "", "B"),
         ("Reach him at 610-555-0143.", "", "", "B")],
        [("Related stories", "", "", "B")],
        [("Pellinghurst school board weighs 2.9% tax hike", "", "", "B")],
        [("Creamwell Rd. bridge to close for six weeks in spring", "", "", "B")],
        [("Comments are closed on this story.", "", "", "B")],
        [("© 2026 Quillsbury Courier-Ledger, a division of Ferrimont News Co.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Terms of Use  |  Privacy  |  Do Not Sell My Personal Information  |  Contact", "", "", "B")],
    ],
    [  # 2. English regional site, hospital waiting times: etc. ending a sentence, Dr, Prof., an ellipsis before a capital, a question before a capital, Ltd. before Registered
        [("Westmarrow Echo", "", "", "B")],
        [("News | Sport | What's On | Property | Jobs | Announcements | Sign in", "", "", "B")],
        [("News › Health", "", "", "B")],
        [("Nearly 6,000 patients waiting more than a year for treatment at Brackwennel hospitals", "", "", "W")],
        [("The trust has the longest waits in the region, NHS England figures show.", "the latest NHS England figures", "show", "W"),
         ("Bosses say a new surgical hub will help", "Oluwaseun Brightmantle-Haigmount", "say", "")],
        [("By Priya Hallowrane-Taitmore", "", "", "B")],
        [("Health Correspondent", "", "", "B")],
        [("10:14, 3 DEC 2026", "", "", "B")],
        [("Share this article: Facebook · WhatsApp · X · Email", "", "", "B")],
        [("Brackwennel General Hospital, where a four-theatre surgical hub is due to open in April 2027.", "", "", "W"),
         ("Image: Westmarrow Echo", "", "", "B")],
        [("Almost 6,000 patients have been waiting more than a year for planned treatment at Brackwennel's hospitals, the latest NHS England figures show.", "the latest NHS England figures", "show", "W")],
        [("At the end of October, 5,912 people on the waiting list at Brackwennel and Tesswold NHS Foundation Trust had waited 52 weeks or more, up from 4,870 a year earlier.", "", "", "W")],
        [("Only 51.3% of patients had been waiting less than 18 weeks, against 59.6% across England and the NHS Constitution standard of 92%.", "", "", "W"),
         ("The trust's total waiting list stood at 88,140, the 11th largest in the country.", "", "", "W")],
        [("The longest waits are in orthopaedics, ear, nose and throat, gynaecology, etc.", "", "", "W"),
         ("Hip and knee patients make up almost a third of those waiting more than a year.", "", "", "W")],
        [("Gillian Marchwythe-Oyelarin, 67, from Tesswold, has been waiting 74 weeks for a knee replacement.", "", "", "W")],
        [("“Some days I can't get up the stairs.", "Gillian Marchwythe-Oyelarin", "said", ""),
         ("I've stopped going to choir, I've stopped seeing friends ...", "Gillian Marchwythe-Oyelarin", "said", ""),
         ("I feel forgotten,” she said.", "Gillian Marchwythe-Oyelarin", "said", "")],
        [("She said she was told at a clinic in March that her operation would be booked “within weeks.”", "Gillian Marchwythe-Oyelarin", "said", "W")],
        [("“Within weeks?", "Gillian Marchwythe-Oyelarin", "said", ""),
         ("That was 36 weeks ago,” she said.", "Gillian Marchwythe-Oyelarin", "said", "W")],
        [("The trust's chief executive, Dr Oluwaseun Brightmantle-Haigmount, said the waits were “not acceptable” and apologised to patients.", "Oluwaseun Brightmantle-Haigmount", "said", "")],
        [("He said the trust had cancelled 1,140 planned operations last winter because beds were needed for emergency admissions.", "Oluwaseun Brightmantle-Haigmount", "said", "W"),
         ("“Every time we lose a bed to a winter surge, it's a hip or a knee that doesn't get done,” he said.", "Oluwaseun Brightmantle-Haigmount", "said", "")],
        [("The £31.5m hub, paid for by the Department of Health and Social Care, is being built beside the main car park at Brackwennel General.", "", "", "W"),
         ("The trust's business case estimates it will carry out about 9,000 operations a year once fully staffed.", "The trust's business case", "estimates", "W")],
        [("Dr Brightmantle-Haigmount said he hoped year-long waits would be “largely gone” by the end of 2028.", "Oluwaseun Brightmantle-Haigmount", "said", "")],
        [("Cllr Moira Tennanby-Achuzie, who chairs Westmarrow Council's health scrutiny committee, called the figures “a disgrace.”", "Moira Tennanby-Achuzie", "called", ""),
         ("She said the committee had asked trust bosses to appear before it on 14 January.", "Moira Tennanby-Achuzie", "said", "W")],
        [("So why are waits here worse than elsewhere?", "", "", "")],
        [("Part of the answer is staffing, according to the trust's own board papers, which show 212 nursing vacancies in September, a rate of 9.8%.", "the trust's own board papers", "according to", "W")],
        [("Prof. Hamish Drummarvie-Ezenwoke, a health economist at the University of Westmarrow, said trusts in the region had lost more operating days to strikes than the national average over the past two years.", "Hamish Drummarvie-Ezenwoke", "said", "W"),
         ("“I'd be surprised if the hub alone fixes this,” he said.", "Hamish Drummarvie-Ezenwoke", "said", "")],
        [("NHS England said it was working with the trust on a recovery plan.", "NHS England", "said", "")],
        [("Patients who are worried their condition has got worse while they wait should contact their GP, the trust said.", "Brackwennel and Tesswold NHS Foundation Trust", "said", "")],
        [("Have you been affected?", "", "", "B"),
         ("Email newsdesk@westmarrowecho.co.uk", "", "", "B")],
        [("More on this story", "", "", "B")],
        [("A&E waits at Tesswold hit record high", "", "", "B")],
        [("New parking charges at Brackwennel General from January", "", "", "B")],
        [("Get the Echo's morning briefing straight to your inbox", "", "", "B")],
        [("Westmarrow Echo is part of Haverstrand Regional Media Ltd.", "", "", "B"),
         ("Registered office: 4 Quaysmoor Row, Westmarrow WM1 2HX.", "", "", "B")],
        [("© Haverstrand Regional Media 2026", "", "", "B")],
    ],
    [  # 3. New Zealand regional paper, an ERO report on a primary school: approx., e.g., Mt., initials with spaces, 3.15pm, a question before she asked, an exclamation before she said
        [("The Tarawhiti Bay Chronicle", "", "", "B")],
        [("Home  News  Sport  Business  Rural  Opinion  Death Notices  Puzzles", "", "", "B")],
        [("Education", "", "", "B")],
        [("Review office finds maths slipping at Wharekaha Downs School", "", "", "W")],
        [("Fewer than six in 10 pupils are at the expected level in maths, the Education Review Office says.", "the Education Review Office", "says", "W"),
         ("The principal says a new plan is already working", "Hinemoa Costevarro-Ruawhenua", "says", "")],
        [("Lachlan Pirihi-Dunsterfold", "", "", "B")],
        [("Wednesday 2 December 2026, 5:45am", "", "", "B")],
        [("Share on Facebook   Share on X   Email this story", "", "", "B")],
        [("Pupils leave Wharekaha Downs School at 3.15pm on Tuesday.", "", "", ""),
         ("Photo / Lachlan Pirihi-Dunsterfold", "", "", "B")],
        [("Just 58 per cent of pupils at Wharekaha Downs School are working at or above the expected curriculum level in maths, according to an Education Review Office report published on Monday.", "an Education Review Office report published on Monday", "according to", "W")],
        [("In reading the figure is 72 per cent and in writing 64 per cent, the report says.", "the report", "says", "W"),
         ("In 2022, when ERO last reviewed the school, 69 per cent were at or above the expected level in maths.", "", "", "W")],
        [("The school, on the lower slopes of Mt. Karewhenua, has a roll of approx. 312 pupils from Years 1 to 8, up from 244 in 2021.", "", "", "W")],
        [("The report praises the school's reading programme and its “warm and inclusive” culture.", "The report", "praises", ""),
         ("It says teaching in maths is “inconsistent across classes”, and that too few pupils get targeted help when they fall behind, e.g. in Years 5 and 6.", "The report", "says", "W")],
        [("It also says the board should set clearer targets for maths and report progress to parents each term.", "The report", "says", "")],
        [("Regular attendance, meaning pupils who are at school more than 90 per cent of the time, was 51.2 per cent in Term 2, against 46.7 per cent nationally.", "", "", "W")],
        [("ERO will return to evaluate the school's progress in 18 months, the report says.", "the report", "says", "W")],
        [("Principal Hinemoa Costevarro-Ruawhenua said the school accepted the findings.", "Hinemoa Costevarro-Ruawhenua", "said", ""),
         ("She said it hired a specialist maths lead, R. T. Walsingham-Ngatahira, in August and moved the maths block to the mornings from Term 3.", "Hinemoa Costevarro-Ruawhenua", "said", "W")],
        [("“We're not hiding from this.", "Hinemoa Costevarro-Ruawhenua", "said", ""),
         ("Our kids are as bright as any kids in the country, and they deserve better maths teaching than they've been getting,” she said.", "Hinemoa Costevarro-Ruawhenua", "said", "")],
        [("She said the school's own test results from Term 3, which ERO did not see, showed 63 per cent of pupils at the expected level in maths.", "Hinemoa Costevarro-Ruawhenua", "said", "W"),
         ("“It's working!” she said, pointing to a chart on her office wall.", "Hinemoa Costevarro-Ruawhenua", "said", "")],
        [("Those results have not been independently checked.", "", "", "W")],
        [("Board of trustees chair Tamati Oldershaw-Reidmore said the roll had grown faster than the school's classrooms.", "Tamati Oldershaw-Reidmore", "said", "W"),
         ("Two classes have been taught in the library since February.", "", "", "W")],
        [("“How do you teach fractions to 28 kids in a room with no whiteboard?” he asked.", "Tamati Oldershaw-Reidmore", "asked", "")],
        [("He said the board applied to the Ministry of Education for two new classrooms in 2024 and had not had an answer.", "Tamati Oldershaw-Reidmore", "said", "W")],
        [("The ministry's head of property for the region, Denise Carrowdine-Iti, said the application was “being assessed alongside others” and that no decision had been made.", "Denise Carrowdine-Iti", "said", "W"),
         ("She said the ministry had given the school $48,000 this year for extra maths support.", "Denise Carrowdine-Iti", "said", "W")],
        [("Parents at the school gate on Tuesday afternoon were mostly philosophical.", "", "", "")],
        [("“Honestly, I'm not surprised, my boy's been saying maths is boring for two years,” said Aroha Te Whetu-Banks, who has two children at the school.", "Aroha Te Whetu-Banks", "said", ""),
         ("“But the teachers are lovely.", "Aroha Te Whetu-Banks", "said", ""),
         ("I'll give them a year.”", "Aroha Te Whetu-Banks", "said", "")],
        [("Another parent, who did not want to be named, said she had moved her daughter to a school in town in Term 2 because of the crowded classrooms.", "Another parent", "said", "")],
        [("Across the region, 23 of the 41 schools ERO has reviewed since 2024 were told to lift maths achievement.", "", "", "W")],
        [("Read the full ERO report on the review office's website.", "", "", "B")],
        [("More from Education", "", "", "B")],
        [("Kura kaupapa gets go-ahead for new site", "", "", "B")],
        [("School zone changes: what they mean for your street", "", "", "B")],
        [("The Tarawhiti Bay Chronicle is published by Manawahiko Media Ltd, a member of the NZ Media Council.", "", "", "B")],
        [("Contact us  ·  Advertise  ·  Terms  ·  Privacy  ·  © 2026", "", "", "B")],
    ],
    [  # 4. Jamaican daily, a credit-union clerk jailed for fraud: St. Catherine, Det. Cpl., Mrs., J$ decimals, Ltd. ending a sentence, a.m. ending a sentence, a question before the judge asked, i.e.
        [("THE LINDENVALE STAR", "", "", "B")],
        [("LATEST  NEWS  BUSINESS  SPORTS  ENTERTAINMENT  LETTERS  EPAPER", "", "", "B")],
        [("News", "", "", "B")],
        [("Ex-credit union clerk gets six years for $38.7m fraud", "", "", "W")],
        [("BY SHERENE MCFARLANE-ODUYA", "", "", "B")],
        [("Staff reporter", "", "", "B")],
        [("Thursday, December 03, 2026", "", "", "B")],
        [("Print this page   Email A Friend!", "", "", "B")],
        [("Desmond Aldercott-Pryvett leaves the Supreme Court in Kingston on Wednesday.", "", "", ""),
         ("(Photo: Garfield Innesfallow-Mowbrae)", "", "", "B")],
        [("A former accounts clerk who stole J$38.7 million from a St. Catherine credit union over six years was sentenced to six years in prison on Wednesday.", "", "", "W")],
        [("Desmond Aldercott-Pryvett, 44, of Glenmurrin, St. Catherine, had pleaded guilty in September to 14 counts of fraudulent conversion involving money belonging to the Clarendale Teachers' Co-operative Credit Union Ltd.", "", "", "W"),
         ("He had worked in its accounts department from 2016 until he was dismissed in 2023.", "", "", "W")],
        [("Justice Maureen Ashbrine-Thornecraddock said she started from a sentence of nine years and reduced it by a third because he pleaded guilty, i.e. before a trial date was set.", "Maureen Ashbrine-Thornecraddock", "said", "W")],
        [("She also ordered him to repay J$12.5 million within two years or serve an extra 18 months.", "", "", "W")],
        [("“You were trusted with the savings of teachers, many of them retired, and you treated their money as your own,” the judge told him.", "Maureen Ashbrine-Thornecraddock", "told him", ""),
         ("“What sort of person does that to people who taught this country's children?” the judge asked.", "Maureen Ashbrine-Thornecraddock", "asked", "")],
        [("According to the Crown, Aldercott-Pryvett moved money from 97 dormant accounts into three accounts he controlled, and covered the transfers with false journal entries.", "the Crown", "according to", "W")],
        [("The scheme was found in March 2023, when an external auditor queried a J$1.9 million transfer made at 2:14 a.m.", "", "", "W"),
         ("The credit union called the police the next day.", "", "", "W")],
        [("Detective Corporal Andre Blakeney-Faceybourne of the Fraud Squad said investigators traced the money to a house in Bellmont Heights, two cars and “a lot of betting.”", "Andre Blakeney-Faceybourne", "said", "W")],
        [("“He bet more than J$20 million in five years,” Det. Cpl. Blakeney-Faceybourne said outside court.", "Andre Blakeney-Faceybourne", "said", "W")],
        [("Defence lawyer Kimberley Thwaitesby-Ogunbrade asked for a suspended sentence, saying her client was a gambling addict who was now in treatment.", "Kimberley Thwaitesby-Ogunbrade", "asked", "W"),
         ("She said he had already repaid J$2.1 million by selling one of the cars.", "Kimberley Thwaitesby-Ogunbrade", "said", "W")],
        [("“He is deeply ashamed.", "Kimberley Thwaitesby-Ogunbrade", "said", ""),
         ("He wants to make it right,” she told the court.", "Kimberley Thwaitesby-Ogunbrade", "told the court", "")],
        [("Aldercott-Pryvett, in a grey suit, kept his eyes on the floor as the sentence was read.", "", "", ""),
         ("His mother, seated behind him, wept.", "", "", "")],
        [("The credit union's general manager, Mrs. Paulette Oyelodun-Grangemoss, said it had recovered J$11.4 million through its insurer and written off the rest against its reserves.", "Paulette Oyelodun-Grangemoss", "said", "W"),
         ("She said no member had lost savings as a result.", "Paulette Oyelodun-Grangemoss", "said", "W")],
        [("“But the trust our members placed in us has been shaken, and that will take longer to repair than the balance sheet,” she said.", "Paulette Oyelodun-Grangemoss", "said", "")],
        [("She said the credit union now requires two staff members to approve any transfer from a dormant account.", "Paulette Oyelodun-Grangemoss", "said", "W")],
        [("The Bank of Jamaica, which took over supervision of credit unions last year, did not respond to questions on Wednesday.", "The Bank of Jamaica", "did not respond to questions", "")],
        [("Members who notice unexplained entries on their statements should report them to the credit union immediately, the police said.", "the police", "said", "")],
        [("Aldercott-Pryvett has 14 days to appeal.", "", "", "W"),
         ("His lawyer would not say whether he would.", "Kimberley Thwaitesby-Ogunbrade", "would not say", "")],
        [("RELATED:", "", "", "B")],
        [("Fraud Squad probes $60m loss at Manchester hardware firm", "", "", "B")],
        [("Now you can read The Lindenvale Star anywhere, anytime.", "", "", "B"),
         ("Subscribe to the ePaper.", "", "", "B")],
        [("Comments", "", "", "B")],
        [("Jahmali_K • 3 hrs ago", "", "", "B")],
        [("Six years for J$38 million?", "", "", "B"),
         ("Somebody steal a goat and get more.", "", "", "B")],
        [("Copyright © 2026 Lindenvale Star Media Co. Ltd.", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
    ],
    [  # 5. Western Australian regional paper, a bushfire destroys homes: 2.10pm, km/h, ha, Rd without a stop, Supt dropped, decimals, a question before a capital, an ellipsis before lower case, e.g., Pty Ltd
        [("Wandicoot Coast Times", "", "", "B")],
        [("Subscribe now  |  Log in  |  Today's paper", "", "", "B")],
        [("Local News   Emergency   Sport   Community   Real Estate   Classifieds", "", "", "B")],
        [("FIRE DANGER RATING TODAY: EXTREME — Total fire ban in force", "", "", "B")],
        [("Seven homes lost as Tallerup blaze burns 4200ha", "", "", "W")],
        [("Residents allowed back into parts of Tallerup as crews work to contain the fire before a wind change on Saturday", "", "", "")],
        [("Bronwyn Castlereagh-Opokumensa", "", "", "B")],
        [("Updated December 4 2026 - 7:20am, first published 6:00am", "", "", "B")],
        [("Share  ·  Facebook  ·  Twitter  ·  Email", "", "", "B")],
        [("A firefighter watches a flare-up near Quenda Rd on Thursday afternoon.", "", "", ""),
         ("Picture by Bronwyn Castlereagh-Opokumensa", "", "", "B")],
        [("Seven homes and at least 19 sheds have been destroyed by a bushfire that has burned through 4200 hectares of farmland and bush north-east of Tallerup, the Department of Fire and Emergency Services says.", "the Department of Fire and Emergency Services", "says", "W")],
        [("DFES issued an emergency warning at 2.10pm on Wednesday, when the fire jumped Quenda Rd and ran towards the town's eastern edge.", "", "", "W"),
         ("It was downgraded to a Watch and Act just after 9pm on Thursday.", "", "", "W")],
        [("The temperature at Tallerup reached 41.3C on Wednesday afternoon, with north-easterly winds gusting to 65km/h, according to the Bureau of Meteorology.", "the Bureau of Meteorology", "according to", "W")],
        [("Incident controller Supt Gareth Bellinghurst-Amoakrah said 140 firefighters, 38 appliances and four water bombers had fought the blaze.", "Gareth Bellinghurst-Amoakrah", "said", "W")],
        [("“The crews did an incredible job.", "Gareth Bellinghurst-Amoakrah", "said", ""),
         ("We were one wind shift away from losing a lot more than seven houses,” he said.", "Gareth Bellinghurst-Amoakrah", "said", "")],
        [("He said no one had been seriously hurt.", "Gareth Bellinghurst-Amoakrah", "said", "W"),
         ("One firefighter was treated for heat exhaustion at Tallerup Hospital on Wednesday night and released.", "", "", "W")],
        [("The cause of the fire is under investigation.", "", "", "W"),
         ("Police said on Thursday they had not ruled anything out.", "Police", "said", "")],
        [("Most of the 4200ha is grazing land, but the fire also burned about 600ha of the Marri Gully nature reserve.", "", "", "W")],
        [("Supt Bellinghurst-Amoakrah said the fire could flare again on Saturday, when the bureau expects a south-westerly change with gusts of up to 70km/h.", "Gareth Bellinghurst-Amoakrah", "said", "")],
        [("The bureau is forecasting a top of 37 degrees for Tallerup on Saturday.", "The bureau", "is forecasting", "")],
        [("Beryl and Colin Whitlarrick-Anandhkar lost the house on Bandicoot Rd they had lived in for 31 years.", "", "", "W")],
        [("“We grabbed the dog, the photo albums and the cat carrier ... the cat wouldn't come,” Beryl Whitlarrick-Anandhkar said.", "Beryl Whitlarrick-Anandhkar", "said", ""),
         ("“Where do you even start?", "Beryl Whitlarrick-Anandhkar", "said", ""),
         ("Everything we had was in that house.”", "Beryl Whitlarrick-Anandhkar", "said", "")],
        [("The cat was found alive under a water tank on Thursday morning.", "", "", "")],
        [("Shire of Tallerup president Noeline Stratham-Ezenwoke said 183 people had registered at the evacuation centre at the Tallerup Recreation Centre on Wednesday night.", "Noeline Stratham-Ezenwoke", "said", "W"),
         ("She said the centre would stay open until at least Sunday.", "Noeline Stratham-Ezenwoke", "said", "W")],
        [("“This community will rebuild.", "Noeline Stratham-Ezenwoke", "said", ""),
         ("We always do,” she said.", "Noeline Stratham-Ezenwoke", "said", "")],
        [("Emergency Services Minister Raymond Osterhallow-Liu said disaster recovery funding had been activated for the shire, which allows residents who lost homes to apply for an immediate payment of $4000.", "Raymond Osterhallow-Liu", "said", "W")],
        [("He said the state would “stand with Tallerup for as long as it takes.”", "Raymond Osterhallow-Liu", "said", "")],
        [("Power to about 900 homes was cut on Wednesday afternoon.", "", "", "W"),
         ("Western Power said all but 60 had been reconnected by Thursday night.", "Western Power", "said", "W")],
        [("Farmers have been told they may need to shoot injured stock, e.g. sheep caught against fences, and should call the department's livestock line.", "", "", "")],
        [("Residents should keep monitoring Emergency WA for updates.", "", "", "")],
        [("EMERGENCY INFORMATION: Emergency WA or call 13 DFES (13 3337).", "", "", "B")],
        [("More stories", "", "", "B")],
        [("Tallerup Show cancelled for the first time in 50 years", "", "", "B")],
        [("Hay donations flood in for fire-hit farmers", "", "", "B")],
        [("We acknowledge the traditional custodians of the land on which we work.", "", "", "B")],
        [("Wandicoot Coast Times is published by Southwendle Regional Press Pty Ltd.", "", "", "B"),
         ("© 2026.", "", "", "B")],
    ],
    [  # 6. US city daily (North Carolina), a furniture maker's layoffs: N.C. ending a sentence, Inc. ending a sentence, Co. mid-sentence, U.S., a.m., a filing's estimate against an executive's expectation
        [("THE PIEDMONT HEARTHSTONE", "", "", "B")],
        [("Sections ☰   Search   Subscribe for $1   Sign in", "", "", "B")],
        [("Business", "", "", "B")],
        [("Hollenwaite Furniture to close Ashcoven Mills plant, cutting 640 jobs", "", "", "W")],
        [("By Corinne Matheson-Diallomar", "", "", "B")],
        [("December 2, 2026 at 4:48 PM", "", "", "B")],
        [("Gift this article   🔗 Copy link   ✉ Email", "", "", "B")],
        [("The Hollenwaite Furniture plant on Tanmorrow Hwy. in Ashcoven Mills opened in 1971.", "", "", "W"),
         ("Corinne Matheson-Diallomar / The Piedmont Hearthstone", "", "", "B")],
        [("Hollenwaite Furniture Inc. will close its upholstery plant in Ashcoven Mills, N.C.", "", "", "W"),
         ("The company told workers on Tuesday that 640 jobs will be lost by the end of March.", "The company", "told workers", "W")],
        [("The closure was disclosed in a notice filed with the N.C. Department of Commerce under the federal WARN Act, which requires employers to give 60 days' warning of mass layoffs.", "", "", "W")],
        [("The notice says the first 410 workers will be let go on Feb. 6 and the rest by March 27.", "The notice", "says", "W")],
        [("Workers were called to a meeting in the plant's cafeteria at 7 a.m. on Tuesday and told the news by plant manager Vernon Ezekwesili-Harnden, two workers said.", "two workers", "said", "W")],
        [("“He read it off a piece of paper.", "Tammy Sorrells-Ekwuruke", "said", ""),
         ("Twenty-six years I've been there, and he read it off a piece of paper,” said Tammy Sorrells-Ekwuruke, a sewing-line supervisor.", "Tammy Sorrells-Ekwuruke", "said", "")],
        [("In a statement, Hollenwaite said demand for its sofas and recliners had fallen 23% since 2022 as higher mortgage rates slowed home sales and buyers turned to cheaper imports.", "Hollenwaite Furniture Inc.", "said in a statement", "W")],
        [("It said production would move to its two plants in Tennessee and to a contract maker in Vietnam.", "Hollenwaite Furniture Inc.", "said", "W")],
        [("“This decision was not made lightly,” chief executive Warren Pelletrault-Okwuzerem said in the statement.", "Warren Pelletrault-Okwuzerem", "said in the statement", ""),
         ("“We are grateful to every member of the Ashcoven Mills team.”", "Warren Pelletrault-Okwuzerem", "said in the statement", "")],
        [("The company said workers would receive two weeks' pay for every year of service and health coverage through June 30.", "The company", "said", "W")],
        [("In a filing with the Securities and Exchange Commission, Hollenwaite estimated it would record charges of $18 million to $22 million for the closure, mostly in the first quarter.", "Hollenwaite Furniture Inc.", "estimated", "W")],
        [("On a call with reporters, Pelletrault-Okwuzerem said he expects the move to save about $35 million a year.", "Warren Pelletrault-Okwuzerem", "said", "")],
        [("Hollenwaite, whose parent is Granthorpe-Rookesby Holdings Co., employs about 3,900 people in the U.S. and Mexico.", "", "", "W"),
         ("Its shares rose 4.2% on Tuesday.", "", "", "W")],
        [("Its biggest customer is the retailer Homestretch Outlets Inc.", "", "", "W"),
         ("The chain accounts for about a fifth of Hollenwaite's sales.", "", "", "W")],
        [("The Ashcoven Mills plant is the largest private employer in Callowfennick County, according to the county's economic development office.", "the county's economic development office", "according to", "W")],
        [("County commission chair Luanne Breckridge-Mbathazi said the county had offered Hollenwaite a property tax break of $1.2 million over five years in September to keep the plant open.", "Luanne Breckridge-Mbathazi", "said", "W"),
         ("The company turned it down, she said.", "Luanne Breckridge-Mbathazi", "said", "W")],
        [("“I don't know what else we could have done.", "Luanne Breckridge-Mbathazi", "said", ""),
         ("What do you say to 640 families two weeks before Christmas?” she asked.", "Luanne Breckridge-Mbathazi", "asked", "")],
        [("A Hollenwaite spokesperson said the company did not comment on talks with local governments.", "A Hollenwaite spokesperson", "said", "")],
        [("Economists say the closure could ripple through the county's economy.", "Economists", "say", ""),
         ("Sharonda Vick-Larsson, an economist at the Blue Ridge Workforce Institute, estimated that each furniture job supports about 0.8 other jobs in suppliers, shops and restaurants.", "Sharonda Vick-Larsson", "estimated", "")],
        [("Callowfennick County's unemployment rate was 4.1% in October, compared with 3.6% statewide, according to state labor data.", "state labor data", "according to", "W")],
        [("The furniture industry once employed more than 80,000 people in North Carolina.", "", "", "W"),
         ("It now employs about 31,000.", "", "", "W")],
        [("A job fair for Hollenwaite workers will be held Dec. 14 from 9 a.m. to 3 p.m. at Callowfennick Community College.", "", "", "W"),
         ("Workers can also get help from the NCWorks career center in Ashcoven Mills, the state said.", "the state", "said", "")],
        [("Sorrells-Ekwuruke said she was thinking of going back to school.", "Tammy Sorrells-Ekwuruke", "said", ""),
         ("“Maybe nursing.", "Tammy Sorrells-Ekwuruke", "said", ""),
         ("I'm 51.", "Tammy Sorrells-Ekwuruke", "said", ""),
         ("It's not too late ... is it?”", "Tammy Sorrells-Ekwuruke", "said", "")],
        [("Staff writer Demetrius Faircrest-Anselwe contributed to this report.", "", "", "B")],
        [("MORE BUSINESS", "", "", "B")],
        [("Grocery chain to open two Triad stores next year", "", "", "B")],
        [("Sign up for Hearthstone Business, our free weekday newsletter.", "", "", "B")],
        [("© 2026 The Piedmont Hearthstone.", "", "", "B"),
         ("All rights reserved.", "", "", "B"),
         ("Powered by Hearthstone Digital", "", "", "B")],
    ],
    [  # 7. Philippine regional site, a jeepney fare rise in Davao City: Ave. ending a sentence, Jr. ending a sentence, Sr., Atty., Engr., Brgy., P1.50 decimals, i.e., an exclamation before he said
        [("MINDANAO SUNSTRAND", "", "", "B")],
        [("Home | Davao | Region | Nation | Business | Sports | Lifestyle | Opinion", "", "", "B")],
        [("Davao", "", "", "B")],
        [("LTFRB approves P2 jeepney fare hike in Davao City", "", "", "W")],
        [("Minimum fare goes up to P15 on December 10; drivers' group had sought P5", "", "", "W")],
        [("By Ma. Cristina Dumaguete-Rebollido", "", "", "B")],
        [("December 3, 2026 | 6:15 PM", "", "", "B")],
        [("Share: Facebook | Messenger | X | Viber", "", "", "B")],
        [("Jeepneys queue for passengers along Sandovalle-Ruales Ave.", "", "", ""),
         ("SUNSTRAND PHOTO / JOEL BACALSO-UY", "", "", "B")],
        [("DAVAO CITY — The Land Transportation Franchising and Regulatory Board (LTFRB) in Davao Region has approved a P2 increase in the minimum fare for traditional jeepneys, raising it from P13 to P15 for the first four kilometers.", "", "", "W")],
        [("The new fare takes effect on December 10, according to an order signed on Tuesday by regional director Atty. Reynaldo Castillejos Jr.", "an order signed on Tuesday by regional director Atty. Reynaldo Castillejos Jr.", "according to", "W"),
         ("Each additional kilometer will cost P2.25, up from P1.80.", "", "", "W")],
        [("Students, senior citizens and persons with disabilities will keep their 20 percent discount, i.e. a minimum fare of P12.", "", "", "W")],
        [("The Davao Jeepney Drivers and Operators Alliance (DJDOA) had petitioned in August for a P5 increase, citing the price of diesel.", "", "", "W")],
        [("Diesel sold for an average of P68.40 a liter in Davao City last week, up from P56.10 in January, according to Department of Energy monitoring.", "Department of Energy monitoring", "according to", "W")],
        [("“Two pesos is not enough, but it is something,” DJDOA president Rolando Magbanlac-Sisante Sr. said in a phone interview.", "Rolando Magbanlac-Sisante Sr.", "said", ""),
         ("He said a driver on the Malinawon–Sagingan route now spends about P1,900 a day on diesel and the boundary, i.e. the fee paid to the jeepney's owner, leaving him with about P450 after a 14-hour day.", "Rolando Magbanlac-Sisante Sr.", "said", "W")],
        [("“We are not asking to get rich!” he said.", "Rolando Magbanlac-Sisante Sr.", "said", ""),
         ("“We are asking to survive.”", "Rolando Magbanlac-Sisante Sr.", "said", "")],
        [("Castillejos said the board weighed the drivers' costs against what commuters can afford.", "Reynaldo Castillejos Jr.", "said", ""),
         ("He said a P5 increase would have raised the minimum fare by 38 percent.", "Reynaldo Castillejos Jr.", "said", "W")],
        [("He said operators must post the new fare matrix inside each unit, and that those who charge above it face a fine of P5,000 for a first offense.", "Reynaldo Castillejos Jr.", "said", "W")],
        [("The DJDOA said it would decide next week whether to ask the board to reconsider.", "The DJDOA", "said", "")],
        [("Commuters at the Sagingan terminal on Wednesday were resigned.", "", "", "")],
        [("“What can we do?", "Lorelie Pangandaman-Ocampillo", "said", ""),
         ("The drivers also need to eat,” said Lorelie Pangandaman-Ocampillo, 34, a call-center agent who rides two jeepneys to work in Brgy. Lumbangan.", "Lorelie Pangandaman-Ocampillo", "said", "")],
        [("She said her daily fare would rise from P52 to P60.", "Lorelie Pangandaman-Ocampillo", "said", "W")],
        [("City Councilor Engr. Danilo Sarmejo-Ligot, who chairs the council's transport committee, called the increase “a burden on the poorest families.”", "Danilo Sarmejo-Ligot", "called", ""),
         ("He said he would file a resolution asking the city to extend its free bus rides for students to weekends.", "Danilo Sarmejo-Ligot", "said", "")],
        [("The city's free bus program, launched in 2024, carries about 41,000 passengers a day on six routes, according to the City Transport and Traffic Management Office.", "the City Transport and Traffic Management Office", "according to", "W")],
        [("The last jeepney fare increase in Davao Region was in October 2023, when the minimum fare went from P12 to P13.", "", "", "W")],
        [("Will the new fare hold?", "", "", ""),
         ("That depends on diesel, Magbanlac-Sisante said.", "Rolando Magbanlac-Sisante Sr.", "said", "")],
        [("RELATED STORIES", "", "", "B")],
        [("Davao modern jeepney consolidation deadline extended", "", "", "B")],
        [("Oil firms raise diesel prices for fourth straight week", "", "", "B")],
        [("Follow Mindanao Sunstrand on Facebook for breaking news.", "", "", "B")],
        [("Copyright © 2026 Sunstrand Davao Publishing Corp.", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
    ],
    [  # 8. Louisiana weekly site, a chemical plant's air permit: La. ending a sentence, LLC. ending a sentence, Hwy., permit No., Rev., Dr., U.S., a.m., a hedge with a figure of record, a question before she asked
        [("The Marchavel Parish Sentinel", "", "", "B")],
        [("Serving Vacherie Landing, Port Ossery and the River Parishes since 1911", "", "", "B")],
        [("HOME  NEWS  OBITUARIES  SPORTS  LEGALS  SUBMIT NEWS", "", "", "B")],
        [("Residents ask judge to void air permit for Belle Ravoux methanol plant", "", "", "W")],
        [("Posted Thursday, December 3, 2026 8:05 am", "", "", "B")],
        [("Theodore Lacombrais-Nwosuike", "", "", "B")],
        [("The site of the proposed Gulfward Methanol plant off Hwy. 18 near Belle Ravoux, La.", "", "", ""),
         ("The company plans to start construction in April.", "", "", "W"),
         ("Photo by Theodore Lacombrais-Nwosuike", "", "", "B")],
        [("A group of Belle Ravoux residents has asked a state judge to throw out the air permit for a $2.4 billion methanol plant planned beside their community, arguing that regulators ignored pollution that is already there.", "", "", "W")],
        [("The petition, filed Monday in the 19th Judicial District Court in Baton Rouge, challenges permit No. 2840-00117-V3, which the Louisiana Department of Environmental Quality issued to Gulfward Methanol LLC.", "", "", "W"),
         ("The permit allows the plant to emit up to 212 tons of nitrogen oxides and 96 tons of volatile organic compounds a year.", "", "", "W")],
        [("The Belle Ravoux Community Alliance, which filed the petition with the help of the New Orleans-based Delta Environmental Law Clinic, says the department did not model how the plant's emissions would combine with those of three existing plants within two miles.", "The Belle Ravoux Community Alliance", "says", "W")],
        [("“They looked at this plant like it was sitting in an empty field,” said Rev. Clarice Boudrevant-Ambe, the alliance's president and pastor of Cypress Hill Rest Baptist Church.", "Clarice Boudrevant-Ambe", "said", ""),
         ("“It's not.", "Clarice Boudrevant-Ambe", "said", ""),
         ("We've got Ardelmoor Chemical on one side and the Portier fertilizer plant on the other.”", "Clarice Boudrevant-Ambe", "said", "W")],
        [("A monitor at Belle Ravoux Elementary recorded an ozone design value of 68 parts per billion for 2023–2025, according to LDEQ data, just under the federal limit of 70 ppb.", "LDEQ data", "according to", "W")],
        [("Is the air here safe?", "", "", ""),
         ("The alliance says no.", "The alliance", "says", ""),
         ("The department says it is.", "The department", "says", "")],
        [("In a written response to public comments last year, LDEQ said the plant's emissions “will not cause or contribute to a violation” of federal air-quality standards.", "LDEQ", "said", "W"),
         ("Department spokesperson Ian Fontelvoy-Abiodrel said the agency does not comment on pending litigation.", "Ian Fontelvoy-Abiodrel", "said", "")],
        [("Gulfward, a subsidiary of the Norwegian group Straumvik Industrier ASA, said in a statement that the permit was issued “after a thorough, two-year review” and that it would defend it in court.", "Gulfward Methanol LLC", "said in a statement", "")],
        [("The company said the plant would use electric compressors and a flare-gas recovery system that cut its emissions by about 40% compared with a conventional design.", "Gulfward Methanol LLC", "said", "W"),
         ("It said it would employ 165 people and that construction would start in April.", "Gulfward Methanol LLC", "said", "W")],
        [("“We want to be a good neighbor,” plant manager Raymond Theriot-Kwartelle said at a parish council meeting in October.", "Raymond Theriot-Kwartelle", "said", ""),
         ("“We'll be breathing the same air as everybody else.”", "Raymond Theriot-Kwartelle", "said", "")],
        [("The parish council voted 5-2 in 2024 to give the project a 10-year property tax exemption worth an estimated $310 million, according to the parish assessor's office.", "the parish assessor's office", "according to", "W")],
        [("Dr. Mireille Okwuzerem-Landrevaux, a toxicologist at Louisiana State University who reviewed the permit for the alliance, said the added pollution could push ozone at the school monitor over the federal limit on hot summer days.", "Mireille Okwuzerem-Landrevaux", "said", ""),
         ("She said asthma rates among children in the ZIP code are already about 1.6 times the state average, citing state health department figures.", "Mireille Okwuzerem-Landrevaux", "said", "W")],
        [("Residents who spoke at a meeting at the church on Tuesday night described flares that light up their bedrooms and a smell like nail polish on still mornings.", "Residents who spoke at a meeting at the church on Tuesday night", "described", "")],
        [("“My grandson has an inhaler at school and one at home.", "Janelle Guidrelle-Obasanjo", "said", ""),
         ("Why should he have to carry a third one?” asked Janelle Guidrelle-Obasanjo, 62, who has lived on Sugarhouse Rd. since 1988.", "Janelle Guidrelle-Obasanjo", "asked", "")],
        [("Belle Ravoux, founded by freed families after the Civil War, has about 1,100 residents, 88% of them Black, according to U.S. Census Bureau estimates.", "U.S. Census Bureau estimates", "according to", "W")],
        [("A hearing has been set for Feb. 9 at 9:30 a.m. before Judge Pierre Abelrune-Soileau.", "", "", "W"),
         ("The company cannot begin construction until the judge rules, the alliance's lawyers said, though the company disputes that.", "the alliance's lawyers", "said", "")],
        [("Have a story idea?", "", "", "B"),
         ("Email news@marchandsentinel.com or call (225) 555-0188.", "", "", "B")],
        [("Latest News", "", "", "B")],
        [("Police jury approves new fire district millage for March ballot", "", "", "B")],
        [("Vacherie Landing boil advisory lifted", "", "", "B")],
        [("Copyright 2026 Marchavel Publishing Company LLC.", "", "", "B"),
         ("Powered by Bayoupress CMS.", "", "", "B")],
    ],
    [  # 9. Japanese English-language daily, a Japan Series game report: .312 and 2.45 decimals, No. 4, vs., Jr. ending a sentence, p.m. ending a sentence, an exclamation before he said, a question before a capital, a box score
        [("THE HANAMURA DAILY", "", "", "B")],
        [("National  |  Business  |  Sports  |  Culture  |  Opinion  |  Life  |  E-paper", "", "", "B")],
        [("SPORTS / BASEBALL", "", "", "B")],
        [("Goshawks take 3-1 Japan Series lead behind Ogasawara's two homers", "", "", "W")],
        [("Nagoya's cleanup hitter drives in five as Ryuhei Tanizaki-Holmroyd holds Sendai to one run over seven innings", "", "", "W")],
        [("BY KAITO MORISHIGE-BANKS", "", "", "B")],
        [("STAFF WRITER", "", "", "B")],
        [("Oct 29, 2026", "", "", "B")],
        [("🔖 Save   ↗ Share   🖨 Print", "", "", "B")],
        [("Nagoya Goshawks slugger Shunsuke Ogasawara rounds the bases after his second home run in Game 4 of the Japan Series on Wednesday in Sendai.", "", "", "W"),
         ("KYODAIRA PHOTO", "", "", "B")],
        [("SENDAI – Shunsuke Ogasawara hit two home runs and drove in five as the Nagoya Goshawks beat the Sendai Thunderbolts 7-1 on Wednesday to take a 3-1 lead in the Japan Series.", "", "", "W")],
        [("The Goshawks can win their first title since 2009 with a victory in Game 5 on Thursday.", "", "", "W"),
         ("First pitch is at 6 p.m.", "", "", "W"),
         ("The Thunderbolts have not lost four games in a Japan Series since 1998.", "", "", "W")],
        [("Ogasawara, the Goshawks' No. 4 hitter, batted .312 with 38 home runs in the regular season.", "", "", "W"),
         ("He has five homers in the series, one short of the record for a single Japan Series.", "", "", "W")],
        [("His three-run shot in the third inning off Sendai starter Marcus Dellavance Jr. gave Nagoya a 4-0 lead.", "", "", "W"),
         ("The second, a solo shot to the upper deck in right in the seventh, went an estimated 138 meters.", "", "", "W")],
        [("“I was just trying not to strike out!” Ogasawara said with a laugh.", "Shunsuke Ogasawara", "said", ""),
         ("“The first one, honestly, I didn't see it land.”", "Shunsuke Ogasawara", "said", "")],
        [("Ryuhei Tanizaki-Holmroyd allowed one run on four hits over seven innings, striking out nine and walking one.", "", "", "W"),
         ("The right-hander, who finished the season 14-5 with a 2.45 ERA, has not allowed more than two runs in any of his last 11 starts.", "", "", "W")],
        [("“He was the best I've seen him all year,” Goshawks manager Hideaki Furukawa-Stanbridge said.", "Hideaki Furukawa-Stanbridge", "said", ""),
         ("“His forkball was unhittable tonight.”", "Hideaki Furukawa-Stanbridge", "said", "")],
        [("Sendai's only run came on an RBI double by Keisuke Arimatsu in the sixth.", "", "", "W")],
        [("Dellavance Jr. lasted 4 2/3 innings and gave up five runs, all earned.", "", "", "W"),
         ("The American, in his first season in Japan, led the Pacific League with 186 strikeouts.", "", "", "W")],
        [("“I left a slider up to the best hitter in the league.", "Marcus Dellavance Jr.", "said", ""),
         ("You can't do that,” Dellavance said.", "Marcus Dellavance Jr.", "said", "")],
        [("Thunderbolts manager Tetsuro Ichimaru-Waddon said his team had hit the ball hard without luck.", "Tetsuro Ichimaru-Waddon", "said", ""),
         ("“Are we done?", "Tetsuro Ichimaru-Waddon", "said", ""),
         ("No.", "Tetsuro Ichimaru-Waddon", "said", ""),
         ("We've come back from worse,” he said.", "Tetsuro Ichimaru-Waddon", "said", "")],
        [("Sendai trailed 3-1 in the Pacific League Climax Series final before winning the last three games, in 2019.", "", "", "W")],
        [("A sellout crowd of 30,412 watched at Rakuzan Park, where it was 9 degrees at first pitch.", "", "", "W"),
         ("Fans in Sendai red stood through the ninth inning despite the score.", "", "", "")],
        [("The Goshawks outhit Sendai 11-4 and have scored 24 runs to Sendai's nine in the four games.", "", "", "W")],
        [("Who starts Game 5 for Nagoya?", "", "", ""),
         ("Furukawa-Stanbridge would only say it would be “a left-hander.”", "Hideaki Furukawa-Stanbridge", "would only say", "")],
        [("Game 4 box score", "", "", "B")],
        [("Nagoya 004 000 120 — 7 11 0", "", "", "W")],
        [("Sendai 000 001 000 — 1 4 1", "", "", "W")],
        [("W: Tanizaki-Holmroyd (2-0).", "", "", "W"),
         ("L: Dellavance Jr. (0-2).", "", "", "W"),
         ("HR: Ogasawara 2 (5).", "", "", "W")],
        [("Att.: 30,412.", "", "", ""),
         ("Time: 3:08.", "", "", "")],
        [("RELATED", "", "", "B")],
        [("Tanizaki-Holmroyd's journey from industrial league to ace", "", "", "B")],
        [("The Hanamura Daily Co., Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B"),
         ("No reproduction without permission.", "", "", "B")],
    ],
    [  # 10. Canadian regional site (Vancouver Island), the monthly housing report: B.C. ending a sentence, Ltd. mid-sentence, vs., approx., etc., decimals, a published forecast against spoken ones, a question before she asked
        [("ISLANDREACH NEWS", "", "", "B")],
        [("Local  Politics  Business  Real Estate  Sports  Arts  Obituaries  Contests", "", "", "B")],
        [("Real Estate", "", "", "B")],
        [("Home sales jump 18% in November as buyers return to Saanwick market", "", "", "W")],
        [("Benchmark price still below last year's peak, board figures show", "figures released Tuesday by the Saanwick Real Estate Board", "show", "W")],
        [("Hayley Trembleau-Oseikrom", "", "", "B")],
        [("Dec. 3, 2026 5:30 a.m.", "", "", "B")],
        [("Share on Facebook  Share on X  Share via email  Copy link", "", "", "B")],
        [("A sold sign on a house in Cowrie Bay.", "", "", ""),
         ("Hayley Trembleau-Oseikrom/Islandreach News", "", "", "B")],
        [("Home sales in the Saanwick region rose 18 per cent in November compared with the same month last year, according to figures released Tuesday by the Saanwick Real Estate Board.", "figures released Tuesday by the Saanwick Real Estate Board", "according to", "W")],
        [("A total of 612 homes changed hands, vs. 519 in November 2025.", "", "", "W"),
         ("The benchmark price for a single-family home was $1,048,500, down 0.9 per cent from October and 2.3 per cent below the peak of $1,073,200 in March 2025.", "", "", "W")],
        [("Condo sales rose 24 per cent, to 211, while the benchmark condo price edged up 1.1 per cent to $562,300.", "", "", "W")],
        [("New listings fell to 804 from 968 a year earlier, and the board counted approx. 2,950 active listings at the end of the month.", "", "", "W")],
        [("Board president Nadia Koslowski-Adegunwa said lower borrowing costs had brought buyers back.", "Nadia Koslowski-Adegunwa", "said", "W"),
         ("The Bank of Canada has cut its key rate four times since June, to 2.25 per cent.", "", "", "W")],
        [("“People who were sitting on the fence in the spring are writing offers now,” she said.", "Nadia Koslowski-Adegunwa", "said", ""),
         ("“I think we'll see a busy spring.”", "Nadia Koslowski-Adegunwa", "said", "")],
        [("The board's own outlook, published in October, forecasts 6,900 sales across the region in 2027, up 11 per cent from this year's expected total.", "The board's own outlook", "forecasts", "W")],
        [("Canada Mortgage and Housing Corporation's fall housing market outlook projects housing starts in the region of about 2,400 next year, down from 2,780 in 2025.", "Canada Mortgage and Housing Corporation's fall housing market outlook", "projects", "W")],
        [("Fewer starts could mean tighter supply in 2028, said Darius Penhallorrow-Mensaquay, a senior economist with Westhavrock Credit Union Ltd. in Nanaimo.", "Darius Penhallorrow-Mensaquay", "said", ""),
         ("He said the five-year fixed mortgage rates offered by the big banks averaged 4.79 per cent in November, down from 5.34 per cent a year earlier.", "Darius Penhallorrow-Mensaquay", "said", "W")],
        [("“Affordability is better than it was, but it's still terrible,” he said.", "Darius Penhallorrow-Mensaquay", "said", "")],
        [("On a household income of $110,000, which is close to the region's median for couples, a buyer with a 10 per cent down payment could afford a home of about $560,000, he said, or roughly the price of a one-bedroom condo.", "Darius Penhallorrow-Mensaquay", "said", "W")],
        [("First-time buyer Simone Ubandoro-Lindgrave, 31, said she and her partner had made offers on four townhouses since September, all of them in Cowrie Bay.", "Simone Ubandoro-Lindgrave", "said", "")],
        [("“Every one went over asking.", "Simone Ubandoro-Lindgrave", "asked", ""),
         ("How are we supposed to compete with people selling a house in Vancouver?” she asked.", "Simone Ubandoro-Lindgrave", "asked", "")],
        [("About one in five buyers in the region last year moved from the Lower Mainland, according to a survey by the board.", "a survey by the board", "according to", "W")],
        [("The province's speculation and vacancy tax, the foreign-buyer ban, the short-term rental rules, etc. have had little effect on prices here, said Gordon Alvaruelo-Pryvett, a realtor in Saanwick for 27 years.", "Gordon Alvaruelo-Pryvett", "said", "")],
        [("“It's all about rates.", "Gordon Alvaruelo-Pryvett", "said", ""),
         ("Always has been.”", "Gordon Alvaruelo-Pryvett", "said", "")],
        [("The Saanwick board covers 14 municipalities from Cowrie Bay to Port Hallorn, B.C.", "", "", "W"),
         ("Its figures include sales through the multiple listing service only, not private sales or new homes sold by builders.", "", "", "W")],
        [("Next month's figures are due Jan. 5.", "", "", "W")],
        [("MORE REAL ESTATE", "", "", "B")],
        [("Saanwick council approves 14-storey rental tower near ferry terminal", "", "", "B")],
        [("Rents flat for a third month, listing site says", "", "", "B")],
        [("Islandreach News is owned by Coastal Headland Media Ltd.", "", "", "B"),
         ("© 2026 All rights reserved.", "", "", "B")],
        [("Privacy Policy  ·  Terms of Use  ·  Accessibility  ·  Ethics Policy", "", "", "B")],
    ],
    [  # 11. Scottish daily, a study links traffic pollution to children's asthma admissions: PM2.5, µg/m³, 95% CI, et al., i.e., Sept. ending a sentence, Dr and Prof dropped, (Fig. 2)., an ellipsis before a capital, a question before she asked
        [("The Clydemuir Bulletin", "", "", "B")],
        [("Scotland's independent daily since 1874", "", "", "B")],
        [("News  Politics  Health  Education  Business  Sport  Comment  Puzzles", "", "", "B")],
        [("Health", "", "", "B")],
        [("Children's asthma admissions rise on high-pollution days, Glasgow study finds", "", "", "W")],
        [("Researchers say the link held even on days within legal limits", "The researchers", "say", "W")],
        [("Euan Bellshaw-Okorovane", "", "", "B")],
        [("Health Editor", "", "", "B")],
        [("Thursday 3 December 2026 6:00 GMT", "", "", "B")],
        [("Share  ·  Save  ·  Gift article", "", "", "B")],
        [("Traffic on a Glasgow street at rush hour.", "", "", ""),
         ("Picture: Bulletin archive", "", "", "B")],
        [("Hospital admissions for asthma among children in Glasgow rose by about 6% on days after fine-particle pollution was high, according to a study published on Wednesday.", "a study published on Wednesday", "according to", "W")],
        [("The researchers, from the University of Kelvinmuir, matched 4,218 emergency admissions of children aged 2 to 15 between 2015 and 2024 with daily readings from 11 roadside and background monitors across the city.", "", "", "W")],
        [("For every increase of 10 micrograms per cubic metre (µg/m³) in PM2.5, i.e. particles less than 2.5 micrometres across, admissions the following day rose by 6.1% (95% CI 2.4–9.9%).", "", "", "W")],
        [("The effect was strongest in children under five and in the city's most deprived postcodes (Fig. 2).", "", "", "W"),
         ("It was seen even on days when PM2.5 stayed below the Scottish annual limit of 10 µg/m³.", "", "", "W")],
        [("Lead author Dr Catriona Vasquerro-Ibbotsfield said the findings added to evidence that there is no safe level of air pollution for children.", "Catriona Vasquerro-Ibbotsfield", "said", ""),
         ("“Legal isn't the same as safe,” she said.", "Catriona Vasquerro-Ibbotsfield", "said", "")],
        [("The study is observational and cannot show that pollution caused the admissions, the authors write.", "the authors", "write", "W"),
         ("They did not have data on pollen, which may also trigger attacks in spring.", "", "", "W")],
        [("Average PM2.5 levels in Glasgow fell by about a third between 2015 and 2024, from 9.8 to 6.5 µg/m³, according to the paper.", "the paper", "according to", "W"),
         ("Glasgow's low emission zone came into force in June 2023.", "", "", "W")],
        [("Asked whether the zone had helped, Dr Vasquerro-Ibbotsfield said it was too early to tell from this data.", "Catriona Vasquerro-Ibbotsfield", "said", "")],
        [("Prof Alasdair Munrovie-Ketterwell, a respiratory paediatrician who was not involved in the study, said it was “well done and worrying.”", "Alasdair Munrovie-Ketterwell", "said", "")],
        [("“We see it on the wards.", "Alasdair Munrovie-Ketterwell", "said", ""),
         ("A still, cold morning, the traffic's backed up ...", "Alasdair Munrovie-Ketterwell", "said", ""),
         ("By the afternoon we've got wheezy toddlers in resus,” he said.", "Alasdair Munrovie-Ketterwell", "said", "")],
        [("About 72,000 children in Scotland are being treated for asthma, according to the charity Breathe Scotland Together.", "Breathe Scotland Together", "according to", "W")],
        [("Mother of two Shona Dalgavie-Ampomrah, whose son Callum, 7, has been admitted three times this year, said she checks the pollution forecast before the school run.", "Shona Dalgavie-Ampomrah", "said", ""),
         ("“Why should I have to do that?” she asked.", "Shona Dalgavie-Ampomrah", "asked", "")],
        [("Public Health Scotland advises parents of children with asthma to make sure they carry their reliever inhaler and to avoid busy roads on high-pollution days.", "Public Health Scotland", "advises", "")],
        [("A Scottish Government spokesperson said air quality in Scotland was “among the best in Europe” and that it had spent £8.6m on air-quality measures in the last financial year.", "A Scottish Government spokesperson", "said", "W")],
        [("Friends of Clydemuir Air, a campaign group, said ministers should lower the legal limit for PM2.5 to 5 µg/m³, the level recommended by the World Health Organization.", "Friends of Clydemuir Air", "said", "W")],
        [("The team plans to repeat the analysis for Dundee and Aberdeen, with results expected next year.", "", "", "")],
        [("The government's consultation on the next air-quality strategy closed in Sept.", "", "", "W"),
         ("It received 1,140 responses.", "", "", "W")],
        [("Journal reference: Vasquerro-Ibbotsfield C, Greigson-Mavusile T, Lindhelle-Achterwolde P, et al. Fine particulate matter and paediatric asthma admissions in Glasgow, 2015–2024. Paediatr Air Health. 2026;8:e001472.", "", "", "B")],
        [("Read more", "", "", "B")],
        [("Glasgow low emission zone: two years on, what has changed?", "", "", "B")],
        [("Sign up for Bulletin Health, our weekly newsletter on the NHS and your wellbeing", "", "", "B")],
        [("© The Clydemuir Bulletin 2026.", "", "", "B"),
         ("Published by Clydemuir Newspapers Ltd, registered in Scotland SC019884.", "", "", "B")],
    ],
    [  # 12. Welsh regional news site, a village postmistress retires after 47 years: 5.30am, Mrs and Mr. dropped, figures inside quotes, a Welsh line with its translation, an exclamation before she laughed, a question before a capital, etc. mid-sentence, Ltd. before Registered
        [("Aeronwy Valley Messenger", "", "", "B")],
        [("Newyddion | News   Sport   Farming   Community   Events   Jobs   Dathliadau", "", "", "B")],
        [("Community", "", "", "B")],
        [("‘It's been my whole life': Llanerchwen postmistress hangs up her scales after 47 years", "", "", "W")],
        [("Mair Pritchelle-Odulanwo, 78, has run the village post office since 1979", "", "", "W")],
        [("Rhodri Gwynallt-Baptistin", "", "", "B")],
        [("Community Reporter", "", "", "B")],
        [("Published: 04:00, Friday 4 December 2026", "", "", "B")],
        [("Facebook   X   WhatsApp   Email", "", "", "B")],
        [("Mair Pritchelle-Odulanwo behind the counter at Llanerchwen post office, which she has run since 1979.", "", "", "W"),
         ("Photo: Rhodri Gwynallt-Baptistin", "", "", "B")],
        [("For 47 years, the lights in Llanerchwen post office have come on at 5.30am.", "", "", ""),
         ("On Saturday they will come on for the last time with Mair Pritchelle-Odulanwo behind the counter.", "", "", "W")],
        [("Mrs Pritchelle-Odulanwo, 78, took over the post office and shop on the village square from her father in 1979.", "", "", "W"),
         ("He had run it since 1952.", "", "", "W")],
        [("In that time, she says, the price of a first-class stamp has gone from 10p to £1.85.", "Mair Pritchelle-Odulanwo", "says", "W")],
        [("“When I started, people would queue out of the door on a Thursday for their pensions,” she said.", "Mair Pritchelle-Odulanwo", "said", ""),
         ("“Now it's parcels, parcels, parcels!” she laughed, pointing at a stack of boxes by the door.", "Mair Pritchelle-Odulanwo", "laughed", "")],
        [("The post office handles about 1,200 transactions a month, she said, about half what it did in 2010.", "Mair Pritchelle-Odulanwo", "said", "W")],
        [("Llanerchwen has about 640 residents.", "", "", "W"),
         ("The nearest other post office is in Pontrhydwen, nine miles away, and the bus there runs twice a day.", "", "", "W")],
        [("Who will take over?", "", "", ""),
         ("For now, nobody.", "", "", "")],
        [("Post Office Ltd said it was “actively looking for a new operator” for the branch and would run a mobile van service on Tuesday and Friday mornings from 15 December.", "Post Office Ltd", "said", "W"),
         ("It said the van would stop outside the village hall from 9.30am to 11am.", "Post Office Ltd", "said", "W")],
        [("Community council chair Ifan Tudor-Mwangore said the council had written to Post Office Ltd in October asking for a permanent replacement.", "Ifan Tudor-Mwangore", "said", "W"),
         ("“A van twice a week is better than nothing, but only just,” he said.", "Ifan Tudor-Mwangore", "said", "")],
        [("He said a group of residents was looking at running the shop and post office as a community business, as villagers in nearby Cwm Elwyd did in 2019.", "Ifan Tudor-Mwangore", "said", "W")],
        [("For many customers, the counter was about more than stamps.", "", "", "")],
        [("“She knows everyone's business, and she keeps it to herself.", "Gwenllian Ashcravel-Reeswick", "said", ""),
         ("That's rarer than you'd think,” said Gwenllian Ashcravel-Reeswick, 84, who has bought her newspaper there every morning since 1968.", "Gwenllian Ashcravel-Reeswick", "said", "")],
        [("Farmer Dafydd Prydwenrig-Okpanam remembered the winter of 1982, when snow cut the village off for nine days.", "Dafydd Prydwenrig-Okpanam", "remembered", "W"),
         ("“Mair walked bread up to the top farms on foot,” he said.", "Dafydd Prydwenrig-Okpanam", "said", ""),
         ("“Nobody asked her to.", "Dafydd Prydwenrig-Okpanam", "said", ""),
         ("She just did.”", "Dafydd Prydwenrig-Okpanam", "said", "")],
        [("What will she do with her mornings?", "", "", "")],
        [("“Sleep until seven, first,” she said.", "Mair Pritchelle-Odulanwo", "said", ""),
         ("“Then the garden, the grandchildren, the chapel choir, etc. and maybe a holiday.", "Mair Pritchelle-Odulanwo", "said", ""),
         ("I haven't had a week off since 2003.”", "Mair Pritchelle-Odulanwo", "said", "")],
        [("A farewell tea will be held in the village hall from 2pm on Saturday.", "", "", "W"),
         ("Everyone is welcome.", "", "", "")],
        [("“Diolch i bawb (thank you, everyone),” she said.", "Mair Pritchelle-Odulanwo", "said", ""),
         ("“It's been a privilege.”", "Mair Pritchelle-Odulanwo", "said", "")],
        [("Got a story about your community?", "", "", "B"),
         ("Send it to straeon@aeronwymessenger.co.uk", "", "", "B")],
        [("This story is part of our Valley Voices series.", "", "", "B")],
        [("You might also like", "", "", "B")],
        [("Pontrhydwen bank branch to close in March", "", "", "B")],
        [("Young Farmers raise £14,000 with tractor run", "", "", "B")],
        [("© 2026 Aeronwy Valley Messenger is published by Gorllewin Media Ltd.", "", "", "B"),
         ("Registered in Wales No. 04415927.", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    ("n55-rd-caption-twp-pa-jr-ends", "Supervisor Ardith Pennemaker-Sloanfield speaks during Tuesday's budget meeting at the municipal building on Creamwell Rd. Darnell Voskuijpers / Courier-Ledger\nHARTLOWE TWP., Pa. — The Hartlowe Township Board of Supervisors voted 3-2 on Tuesday night to adopt an $18.6 million budget for 2027 that raises property taxes for the first time since 2019.\nThe increase lifts the township's millage from 4.1 to 4.75 mills. For the owner of a home assessed at the township median of $212,000, that works out to about $138 more a year, according to the township manager's budget memo.\nThe motion was made by Supervisor Ardith Pennemaker-Sloanfield and seconded by Supervisor Curtis Vandermolt Jr. Supervisor Yolanda Abernovy-Quistell joined them in voting yes, while Roland Teshmaker and Gail Ostrovny-Burkewell voted no.",
     ["Supervisor Ardith Pennemaker-Sloanfield speaks during Tuesday's budget meeting at the municipal building on Creamwell Rd.", "Darnell Voskuijpers / Courier-Ledger", "HARTLOWE TWP., Pa. — The Hartlowe Township Board of Supervisors voted 3-2 on Tuesday night to adopt an $18.6 million budget for 2027 that raises property taxes for the first time since 2019.", "The increase lifts the township's millage from 4.1 to 4.75 mills.", "For the owner of a home assessed at the township median of $212,000, that works out to about $138 more a year, according to the township manager's budget memo.", "The motion was made by Supervisor Ardith Pennemaker-Sloanfield and seconded by Supervisor Curtis Vandermolt Jr.", "Supervisor Yolanda Abernovy-Quistell joined them in voting yes, while Roland Teshmaker and Gail Ostrovny-Burkewell voted no."]),
    ("n55-pm-mid-pm-ends-decimals", "The meeting, which began at 7 p.m. in the municipal building, ran until 9:40 p.m. About 150 residents attended, many of them standing along the back wall.\nMost of the increase will go to the police department, whose budget rises 11.2% to $6.9 million so the township can hire three officers.\nTownship Manager Phyllis Okonjeri-Ridlowe said the department logged 14,380 calls last year, up from 11,900 in 2022, while staffing stayed at 19 officers. “We are asking the same number of people to do a lot more,” she said.\nShe said the budget also sets aside $420,000 to repave 3.1 miles of road, including stretches of Creamwell Rd. and Tullwater Pike.",
     ["The meeting, which began at 7 p.m. in the municipal building, ran until 9:40 p.m.", "About 150 residents attended, many of them standing along the back wall.", "Most of the increase will go to the police department, whose budget rises 11.2% to $6.9 million so the township can hire three officers.", "Township Manager Phyllis Okonjeri-Ridlowe said the department logged 14,380 calls last year, up from 11,900 in 2022, while staffing stayed at 19 officers.", "“We are asking the same number of people to do a lot more,” she said.", "She said the budget also sets aside $420,000 to repave 3.1 miles of road, including stretches of Creamwell Rd. and Tullwater Pike."]),
    ("n55-question-before-asked-ln", "Teshmaker, who has served on the board since 2011, said the township should have drawn on its reserve fund first.\n“There's $3.2 million sitting in that account. Why are we going to homeowners before we touch it?” he asked.\nOkonjeri-Ridlowe said the reserve stood at $3.2 million at the end of October, but that the township's auditors recommend keeping at least two months of spending, about $3.1 million, on hand.\nOstrovny-Burkewell said she voted no because the board had not held a public workshop on the budget this year. “People found out about this in October, from a legal notice,” she said.\nResident Marguerite Lindquarrie-Ubandoro, 71, told supervisors she has lived on Foxbramble Ln. for 44 years and that her pension has not kept up with her bills.\n“Where does it end? Next year it's another increase, and the year after that,” she said.",
     ["Teshmaker, who has served on the board since 2011, said the township should have drawn on its reserve fund first.", "“There's $3.2 million sitting in that account.", "Why are we going to homeowners before we touch it?” he asked.", "Okonjeri-Ridlowe said the reserve stood at $3.2 million at the end of October, but that the township's auditors recommend keeping at least two months of spending, about $3.1 million, on hand.", "Ostrovny-Burkewell said she voted no because the board had not held a public workshop on the budget this year.", "“People found out about this in October, from a legal notice,” she said.", "Resident Marguerite Lindquarrie-Ubandoro, 71, told supervisors she has lived on Foxbramble Ln. for 44 years and that her pension has not kept up with her bills.", "“Where does it end?", "Next year it's another increase, and the year after that,” she said."]),
    ("n55-inc-ends-jr-said-jan-ends", "The budget also includes a 3% raise for the township's 41 non-union employees and a new five-year trash contract with Brightsallow Sanitation Inc. Trash fees will rise $24 a year, to $312.\nPennemaker-Sloanfield said she was not happy to raise taxes but believed the board had no real choice.\n“Nobody runs for this job to raise taxes,” she said. “But I'd rather explain a tax bill than explain why nobody came when you called 911.”\nVandermolt Jr. said he expects the board to hold the millage flat in 2028.\nThe new rate takes effect Jan. 1. Tax bills will be mailed in early March, the manager said.\nThe board's next meeting is Dec. 16 at 7 p.m. in the municipal building.",
     ["The budget also includes a 3% raise for the township's 41 non-union employees and a new five-year trash contract with Brightsallow Sanitation Inc.", "Trash fees will rise $24 a year, to $312.", "Pennemaker-Sloanfield said she was not happy to raise taxes but believed the board had no real choice.", "“Nobody runs for this job to raise taxes,” she said.", "“But I'd rather explain a tax bill than explain why nobody came when you called 911.”", "Vandermolt Jr. said he expects the board to hold the millage flat in 2028.", "The new rate takes effect Jan. 1.", "Tax bills will be mailed in early March, the manager said.", "The board's next meeting is Dec. 16 at 7 p.m. in the municipal building."]),
    ("n55-decimals-etc-ends-ellipsis-capital", "Only 51.3% of patients had been waiting less than 18 weeks, against 59.6% across England and the NHS Constitution standard of 92%. The trust's total waiting list stood at 88,140, the 11th largest in the country.\nThe longest waits are in orthopaedics, ear, nose and throat, gynaecology, etc. Hip and knee patients make up almost a third of those waiting more than a year.\nGillian Marchwythe-Oyelarin, 67, from Tesswold, has been waiting 74 weeks for a knee replacement.\n“Some days I can't get up the stairs. I've stopped going to choir, I've stopped seeing friends ... I feel forgotten,” she said.",
     ["Only 51.3% of patients had been waiting less than 18 weeks, against 59.6% across England and the NHS Constitution standard of 92%.", "The trust's total waiting list stood at 88,140, the 11th largest in the country.", "The longest waits are in orthopaedics, ear, nose and throat, gynaecology, etc.", "Hip and knee patients make up almost a third of those waiting more than a year.", "Gillian Marchwythe-Oyelarin, 67, from Tesswold, has been waiting 74 weeks for a knee replacement.", "“Some days I can't get up the stairs.", "I've stopped going to choir, I've stopped seeing friends ...", "I feel forgotten,” she said."]),
    ("n55-within-weeks-question-dr", "She said she was told at a clinic in March that her operation would be booked “within weeks.”\n“Within weeks? That was 36 weeks ago,” she said.\nThe trust's chief executive, Dr Oluwaseun Brightmantle-Haigmount, said the waits were “not acceptable” and apologised to patients.\nHe said the trust had cancelled 1,140 planned operations last winter because beds were needed for emergency admissions. “Every time we lose a bed to a winter surge, it's a hip or a knee that doesn't get done,” he said.",
     ["She said she was told at a clinic in March that her operation would be booked “within weeks.”", "“Within weeks?", "That was 36 weeks ago,” she said.", "The trust's chief executive, Dr Oluwaseun Brightmantle-Haigmount, said the waits were “not acceptable” and apologised to patients.", "He said the trust had cancelled 1,140 planned operations last winter because beds were needed for emergency admissions.", "“Every time we lose a bed to a winter surge, it's a hip or a knee that doesn't get done,” he said."]),
    ("n55-rhetorical-prof-ltd-registered", "So why are waits here worse than elsewhere?\nPart of the answer is staffing, according to the trust's own board papers, which show 212 nursing vacancies in September, a rate of 9.8%.\nProf. Hamish Drummarvie-Ezenwoke, a health economist at the University of Westmarrow, said trusts in the region had lost more operating days to strikes than the national average over the past two years. “I'd be surprised if the hub alone fixes this,” he said.\nNHS England said it was working with the trust on a recovery plan.\nPatients who are worried their condition has got worse while they wait should contact their GP, the trust said.",
     ["So why are waits here worse than elsewhere?", "Part of the answer is staffing, according to the trust's own board papers, which show 212 nursing vacancies in September, a rate of 9.8%.", "Prof. Hamish Drummarvie-Ezenwoke, a health economist at the University of Westmarrow, said trusts in the region had lost more operating days to strikes than the national average over the past two years.", "“I'd be surprised if the hub alone fixes this,” he said.", "NHS England said it was working with the trust on a recovery plan.", "Patients who are worried their condition has got worse while they wait should contact their GP, the trust said."]),
    ("n55-pm-caption-mt-approx-eg", "Pupils leave Wharekaha Downs School at 3.15pm on Tuesday. Photo / Lachlan Pirihi-Dunsterfold\nJust 58 per cent of pupils at Wharekaha Downs School are working at or above the expected curriculum level in maths, according to an Education Review Office report published on Monday.\nIn reading the figure is 72 per cent and in writing 64 per cent, the report says. In 2022, when ERO last reviewed the school, 69 per cent were at or above the expected level in maths.\nThe school, on the lower slopes of Mt. Karewhenua, has a roll of approx. 312 pupils from Years 1 to 8, up from 244 in 2021.\nThe report praises the school's reading programme and its “warm and inclusive” culture. It says teaching in maths is “inconsistent across classes”, and that too few pupils get targeted help when they fall behind, e.g. in Years 5 and 6.\nIt also says the board should set clearer targets for maths and report progress to parents each term.",
     ["Pupils leave Wharekaha Downs School at 3.15pm on Tuesday.", "Photo / Lachlan Pirihi-Dunsterfold", "Just 58 per cent of pupils at Wharekaha Downs School are working at or above the expected curriculum level in maths, according to an Education Review Office report published on Monday.", "In reading the figure is 72 per cent and in writing 64 per cent, the report says.", "In 2022, when ERO last reviewed the school, 69 per cent were at or above the expected level in maths.", "The school, on the lower slopes of Mt. Karewhenua, has a roll of approx. 312 pupils from Years 1 to 8, up from 244 in 2021.", "The report praises the school's reading programme and its “warm and inclusive” culture.", "It says teaching in maths is “inconsistent across classes”, and that too few pupils get targeted help when they fall behind, e.g. in Years 5 and 6.", "It also says the board should set clearer targets for maths and report progress to parents each term."]),
    ("n55-initials-exclamation-question-asked", "Principal Hinemoa Costevarro-Ruawhenua said the school accepted the findings. She said it hired a specialist maths lead, R. T. Walsingham-Ngatahira, in August and moved the maths block to the mornings from Term 3.\n“We're not hiding from this. Our kids are as bright as any kids in the country, and they deserve better maths teaching than they've been getting,” she said.\nShe said the school's own test results from Term 3, which ERO did not see, showed 63 per cent of pupils at the expected level in maths. “It's working!” she said, pointing to a chart on her office wall.\nThose results have not been independently checked.\nBoard of trustees chair Tamati Oldershaw-Reidmore said the roll had grown faster than the school's classrooms. Two classes have been taught in the library since February.\n“How do you teach fractions to 28 kids in a room with no whiteboard?” he asked.",
     ["Principal Hinemoa Costevarro-Ruawhenua said the school accepted the findings.", "She said it hired a specialist maths lead, R. T. Walsingham-Ngatahira, in August and moved the maths block to the mornings from Term 3.", "“We're not hiding from this.", "Our kids are as bright as any kids in the country, and they deserve better maths teaching than they've been getting,” she said.", "She said the school's own test results from Term 3, which ERO did not see, showed 63 per cent of pupils at the expected level in maths.", "“It's working!” she said, pointing to a chart on her office wall.", "Those results have not been independently checked.", "Board of trustees chair Tamati Oldershaw-Reidmore said the roll had grown faster than the school's classrooms.", "Two classes have been taught in the library since February.", "“How do you teach fractions to 28 kids in a room with no whiteboard?” he asked."]),
    ("n55-st-catherine-ltd-ends-ie", "A former accounts clerk who stole J$38.7 million from a St. Catherine credit union over six years was sentenced to six years in prison on Wednesday.\nDesmond Aldercott-Pryvett, 44, of Glenmurrin, St. Catherine, had pleaded guilty in September to 14 counts of fraudulent conversion involving money belonging to the Clarendale Teachers' Co-operative Credit Union Ltd. He had worked in its accounts department from 2016 until he was dismissed in 2023.\nJustice Maureen Ashbrine-Thornecraddock said she started from a sentence of nine years and reduced it by a third because he pleaded guilty, i.e. before a trial date was set.\nShe also ordered him to repay J$12.5 million within two years or serve an extra 18 months.",
     ["A former accounts clerk who stole J$38.7 million from a St. Catherine credit union over six years was sentenced to six years in prison on Wednesday.", "Desmond Aldercott-Pryvett, 44, of Glenmurrin, St. Catherine, had pleaded guilty in September to 14 counts of fraudulent conversion involving money belonging to the Clarendale Teachers' Co-operative Credit Union Ltd.", "He had worked in its accounts department from 2016 until he was dismissed in 2023.", "Justice Maureen Ashbrine-Thornecraddock said she started from a sentence of nine years and reduced it by a third because he pleaded guilty, i.e. before a trial date was set.", "She also ordered him to repay J$12.5 million within two years or serve an extra 18 months."]),
    ("n55-question-judge-asked-am-ends-det-cpl", "“You were trusted with the savings of teachers, many of them retired, and you treated their money as your own,” the judge told him. “What sort of person does that to people who taught this country's children?” the judge asked.\nAccording to the Crown, Aldercott-Pryvett moved money from 97 dormant accounts into three accounts he controlled, and covered the transfers with false journal entries.\nThe scheme was found in March 2023, when an external auditor queried a J$1.9 million transfer made at 2:14 a.m. The credit union called the police the next day.\nDetective Corporal Andre Blakeney-Faceybourne of the Fraud Squad said investigators traced the money to a house in Bellmont Heights, two cars and “a lot of betting.”\n“He bet more than J$20 million in five years,” Det. Cpl. Blakeney-Faceybourne said outside court.",
     ["“You were trusted with the savings of teachers, many of them retired, and you treated their money as your own,” the judge told him.", "“What sort of person does that to people who taught this country's children?” the judge asked.", "According to the Crown, Aldercott-Pryvett moved money from 97 dormant accounts into three accounts he controlled, and covered the transfers with false journal entries.", "The scheme was found in March 2023, when an external auditor queried a J$1.9 million transfer made at 2:14 a.m.", "The credit union called the police the next day.", "Detective Corporal Andre Blakeney-Faceybourne of the Fraud Squad said investigators traced the money to a house in Bellmont Heights, two cars and “a lot of betting.”", "“He bet more than J$20 million in five years,” Det. Cpl. Blakeney-Faceybourne said outside court."]),
    ("n55-mrs-comments-co-ltd", "The credit union's general manager, Mrs. Paulette Oyelodun-Grangemoss, said it had recovered J$11.4 million through its insurer and written off the rest against its reserves. She said no member had lost savings as a result.\n“But the trust our members placed in us has been shaken, and that will take longer to repair than the balance sheet,” she said.\nShe said the credit union now requires two staff members to approve any transfer from a dormant account.\nThe Bank of Jamaica, which took over supervision of credit unions last year, did not respond to questions on Wednesday.\nMembers who notice unexplained entries on their statements should report them to the credit union immediately, the police said.\nAldercott-Pryvett has 14 days to appeal. His lawyer would not say whether he would.\nRELATED:\nFraud Squad probes $60m loss at Manchester hardware firm\nNow you can read The Lindenvale Star anywhere, anytime. Subscribe to the ePaper.\nComments\nJahmali_K • 3 hrs ago\nSix years for J$38 million? Somebody steal a goat and get more.\nCopyright © 2026 Lindenvale Star Media Co. Ltd. All Rights Reserved.",
     ["The credit union's general manager, Mrs. Paulette Oyelodun-Grangemoss, said it had recovered J$11.4 million through its insurer and written off the rest against its reserves.", "She said no member had lost savings as a result.", "“But the trust our members placed in us has been shaken, and that will take longer to repair than the balance sheet,” she said.", "She said the credit union now requires two staff members to approve any transfer from a dormant account.", "The Bank of Jamaica, which took over supervision of credit unions last year, did not respond to questions on Wednesday.", "Members who notice unexplained entries on their statements should report them to the credit union immediately, the police said.", "Aldercott-Pryvett has 14 days to appeal.", "His lawyer would not say whether he would.", "RELATED:", "Fraud Squad probes $60m loss at Manchester hardware firm", "Now you can read The Lindenvale Star anywhere, anytime.", "Subscribe to the ePaper.", "Comments", "Jahmali_K • 3 hrs ago", "Six years for J$38 million?", "Somebody steal a goat and get more.", "Copyright © 2026 Lindenvale Star Media Co. Ltd.", "All Rights Reserved."]),
    ("n55-rd-nostop-pm-kmh-supt", "A firefighter watches a flare-up near Quenda Rd on Thursday afternoon. Picture by Bronwyn Castlereagh-Opokumensa\nSeven homes and at least 19 sheds have been destroyed by a bushfire that has burned through 4200 hectares of farmland and bush north-east of Tallerup, the Department of Fire and Emergency Services says.\nDFES issued an emergency warning at 2.10pm on Wednesday, when the fire jumped Quenda Rd and ran towards the town's eastern edge. It was downgraded to a Watch and Act just after 9pm on Thursday.\nThe temperature at Tallerup reached 41.3C on Wednesday afternoon, with north-easterly winds gusting to 65km/h, according to the Bureau of Meteorology.\nIncident controller Supt Gareth Bellinghurst-Amoakrah said 140 firefighters, 38 appliances and four water bombers had fought the blaze.",
     ["A firefighter watches a flare-up near Quenda Rd on Thursday afternoon.", "Picture by Bronwyn Castlereagh-Opokumensa", "Seven homes and at least 19 sheds have been destroyed by a bushfire that has burned through 4200 hectares of farmland and bush north-east of Tallerup, the Department of Fire and Emergency Services says.", "DFES issued an emergency warning at 2.10pm on Wednesday, when the fire jumped Quenda Rd and ran towards the town's eastern edge.", "It was downgraded to a Watch and Act just after 9pm on Thursday.", "The temperature at Tallerup reached 41.3C on Wednesday afternoon, with north-easterly winds gusting to 65km/h, according to the Bureau of Meteorology.", "Incident controller Supt Gareth Bellinghurst-Amoakrah said 140 firefighters, 38 appliances and four water bombers had fought the blaze."]),
    ("n55-ellipsis-lower-question-capital", "Supt Bellinghurst-Amoakrah said the fire could flare again on Saturday, when the bureau expects a south-westerly change with gusts of up to 70km/h.\nThe bureau is forecasting a top of 37 degrees for Tallerup on Saturday.\nBeryl and Colin Whitlarrick-Anandhkar lost the house on Bandicoot Rd they had lived in for 31 years.\n“We grabbed the dog, the photo albums and the cat carrier ... the cat wouldn't come,” Beryl Whitlarrick-Anandhkar said. “Where do you even start? Everything we had was in that house.”\nThe cat was found alive under a water tank on Thursday morning.",
     ["Supt Bellinghurst-Amoakrah said the fire could flare again on Saturday, when the bureau expects a south-westerly change with gusts of up to 70km/h.", "The bureau is forecasting a top of 37 degrees for Tallerup on Saturday.", "Beryl and Colin Whitlarrick-Anandhkar lost the house on Bandicoot Rd they had lived in for 31 years.", "“We grabbed the dog, the photo albums and the cat carrier ... the cat wouldn't come,” Beryl Whitlarrick-Anandhkar said.", "“Where do you even start?", "Everything we had was in that house.”", "The cat was found alive under a water tank on Thursday morning."]),
    ("n55-eg-dfes-pty-ltd", "Power to about 900 homes was cut on Wednesday afternoon. Western Power said all but 60 had been reconnected by Thursday night.\nFarmers have been told they may need to shoot injured stock, e.g. sheep caught against fences, and should call the department's livestock line.\nResidents should keep monitoring Emergency WA for updates.\nEMERGENCY INFORMATION: Emergency WA or call 13 DFES (13 3337).\nMore stories\nTallerup Show cancelled for the first time in 50 years\nHay donations flood in for fire-hit farmers\nWe acknowledge the traditional custodians of the land on which we work.\nWandicoot Coast Times is published by Southwendle Regional Press Pty Ltd. © 2026.",
     ["Power to about 900 homes was cut on Wednesday afternoon.", "Western Power said all but 60 had been reconnected by Thursday night.", "Farmers have been told they may need to shoot injured stock, e.g. sheep caught against fences, and should call the department's livestock line.", "Residents should keep monitoring Emergency WA for updates.", "EMERGENCY INFORMATION: Emergency WA or call 13 DFES (13 3337).", "More stories", "Tallerup Show cancelled for the first time in 50 years", "Hay donations flood in for fire-hit farmers", "We acknowledge the traditional custodians of the land on which we work.", "Wandicoot Coast Times is published by Southwendle Regional Press Pty Ltd.", "© 2026."]),
    ("n55-hwy-nc-ends-nc-dept-am", "The Hollenwaite Furniture plant on Tanmorrow Hwy. in Ashcoven Mills opened in 1971. Corinne Matheson-Diallomar / The Piedmont Hearthstone\nHollenwaite Furniture Inc. will close its upholstery plant in Ashcoven Mills, N.C. The company told workers on Tuesday that 640 jobs will be lost by the end of March.\nThe closure was disclosed in a notice filed with the N.C. Department of Commerce under the federal WARN Act, which requires employers to give 60 days' warning of mass layoffs.\nThe notice says the first 410 workers will be let go on Feb. 6 and the rest by March 27.\nWorkers were called to a meeting in the plant's cafeteria at 7 a.m. on Tuesday and told the news by plant manager Vernon Ezekwesili-Harnden, two workers said.\n“He read it off a piece of paper. Twenty-six years I've been there, and he read it off a piece of paper,” said Tammy Sorrells-Ekwuruke, a sewing-line supervisor.",
     ["The Hollenwaite Furniture plant on Tanmorrow Hwy. in Ashcoven Mills opened in 1971.", "Corinne Matheson-Diallomar / The Piedmont Hearthstone", "Hollenwaite Furniture Inc. will close its upholstery plant in Ashcoven Mills, N.C.", "The company told workers on Tuesday that 640 jobs will be lost by the end of March.", "The closure was disclosed in a notice filed with the N.C. Department of Commerce under the federal WARN Act, which requires employers to give 60 days' warning of mass layoffs.", "The notice says the first 410 workers will be let go on Feb. 6 and the rest by March 27.", "Workers were called to a meeting in the plant's cafeteria at 7 a.m. on Tuesday and told the news by plant manager Vernon Ezekwesili-Harnden, two workers said.", "“He read it off a piece of paper.", "Twenty-six years I've been there, and he read it off a piece of paper,” said Tammy Sorrells-Ekwuruke, a sewing-line supervisor."]),
    ("n55-co-us-inc-ends", "In a filing with the Securities and Exchange Commission, Hollenwaite estimated it would record charges of $18 million to $22 million for the closure, mostly in the first quarter.\nOn a call with reporters, Pelletrault-Okwuzerem said he expects the move to save about $35 million a year.\nHollenwaite, whose parent is Granthorpe-Rookesby Holdings Co., employs about 3,900 people in the U.S. and Mexico. Its shares rose 4.2% on Tuesday.\nIts biggest customer is the retailer Homestretch Outlets Inc. The chain accounts for about a fifth of Hollenwaite's sales.",
     ["In a filing with the Securities and Exchange Commission, Hollenwaite estimated it would record charges of $18 million to $22 million for the closure, mostly in the first quarter.", "On a call with reporters, Pelletrault-Okwuzerem said he expects the move to save about $35 million a year.", "Hollenwaite, whose parent is Granthorpe-Rookesby Holdings Co., employs about 3,900 people in the U.S. and Mexico.", "Its shares rose 4.2% on Tuesday.", "Its biggest customer is the retailer Homestretch Outlets Inc.", "The chain accounts for about a fifth of Hollenwaite's sales."]),
    ("n55-question-she-asked-dec-am-pm-ellipsis", "County commission chair Luanne Breckridge-Mbathazi said the county had offered Hollenwaite a property tax break of $1.2 million over five years in September to keep the plant open. The company turned it down, she said.\n“I don't know what else we could have done. What do you say to 640 families two weeks before Christmas?” she asked.\nA Hollenwaite spokesperson said the company did not comment on talks with local governments.\nEconomists say the closure could ripple through the county's economy. Sharonda Vick-Larsson, an economist at the Blue Ridge Workforce Institute, estimated that each furniture job supports about 0.8 other jobs in suppliers, shops and restaurants.\nCallowfennick County's unemployment rate was 4.1% in October, compared with 3.6% statewide, according to state labor data.\nThe furniture industry once employed more than 80,000 people in North Carolina. It now employs about 31,000.\nA job fair for Hollenwaite workers will be held Dec. 14 from 9 a.m. to 3 p.m. at Callowfennick Community College. Workers can also get help from the NCWorks career center in Ashcoven Mills, the state said.\nSorrells-Ekwuruke said she was thinking of going back to school. “Maybe nursing. I'm 51. It's not too late ... is it?”",
     ["County commission chair Luanne Breckridge-Mbathazi said the county had offered Hollenwaite a property tax break of $1.2 million over five years in September to keep the plant open.", "The company turned it down, she said.", "“I don't know what else we could have done.", "What do you say to 640 families two weeks before Christmas?” she asked.", "A Hollenwaite spokesperson said the company did not comment on talks with local governments.", "Economists say the closure could ripple through the county's economy.", "Sharonda Vick-Larsson, an economist at the Blue Ridge Workforce Institute, estimated that each furniture job supports about 0.8 other jobs in suppliers, shops and restaurants.", "Callowfennick County's unemployment rate was 4.1% in October, compared with 3.6% statewide, according to state labor data.", "The furniture industry once employed more than 80,000 people in North Carolina.", "It now employs about 31,000.", "A job fair for Hollenwaite workers will be held Dec. 14 from 9 a.m. to 3 p.m. at Callowfennick Community College.", "Workers can also get help from the NCWorks career center in Ashcoven Mills, the state said.", "Sorrells-Ekwuruke said she was thinking of going back to school.", "“Maybe nursing.", "I'm 51.", "It's not too late ... is it?”"]),
    ("n55-ave-credit-atty-jr-ends-ie", "Jeepneys queue for passengers along Sandovalle-Ruales Ave. SUNSTRAND PHOTO / JOEL BACALSO-UY\nDAVAO CITY — The Land Transportation Franchising and Regulatory Board (LTFRB) in Davao Region has approved a P2 increase in the minimum fare for traditional jeepneys, raising it from P13 to P15 for the first four kilometers.\nThe new fare takes effect on December 10, according to an order signed on Tuesday by regional director Atty. Reynaldo Castillejos Jr. Each additional kilometer will cost P2.25, up from P1.80.\nStudents, senior citizens and persons with disabilities will keep their 20 percent discount, i.e. a minimum fare of P12.",
     ["Jeepneys queue for passengers along Sandovalle-Ruales Ave.", "SUNSTRAND PHOTO / JOEL BACALSO-UY", "DAVAO CITY — The Land Transportation Franchising and Regulatory Board (LTFRB) in Davao Region has approved a P2 increase in the minimum fare for traditional jeepneys, raising it from P13 to P15 for the first four kilometers.", "The new fare takes effect on December 10, according to an order signed on Tuesday by regional director Atty. Reynaldo Castillejos Jr.", "Each additional kilometer will cost P2.25, up from P1.80.", "Students, senior citizens and persons with disabilities will keep their 20 percent discount, i.e. a minimum fare of P12."]),
    ("n55-sr-exclamation-before-he-said", "“Two pesos is not enough, but it is something,” DJDOA president Rolando Magbanlac-Sisante Sr. said in a phone interview. He said a driver on the Malinawon–Sagingan route now spends about P1,900 a day on diesel and the boundary, i.e. the fee paid to the jeepney's owner, leaving him with about P450 after a 14-hour day.\n“We are not asking to get rich!” he said. “We are asking to survive.”\nCastillejos said the board weighed the drivers' costs against what commuters can afford. He said a P5 increase would have raised the minimum fare by 38 percent.",
     ["“Two pesos is not enough, but it is something,” DJDOA president Rolando Magbanlac-Sisante Sr. said in a phone interview.", "He said a driver on the Malinawon–Sagingan route now spends about P1,900 a day on diesel and the boundary, i.e. the fee paid to the jeepney's owner, leaving him with about P450 after a 14-hour day.", "“We are not asking to get rich!” he said.", "“We are asking to survive.”", "Castillejos said the board weighed the drivers' costs against what commuters can afford.", "He said a P5 increase would have raised the minimum fare by 38 percent."]),
    ("n55-question-capital-brgy-engr", "Commuters at the Sagingan terminal on Wednesday were resigned.\n“What can we do? The drivers also need to eat,” said Lorelie Pangandaman-Ocampillo, 34, a call-center agent who rides two jeepneys to work in Brgy. Lumbangan.\nShe said her daily fare would rise from P52 to P60.\nCity Councilor Engr. Danilo Sarmejo-Ligot, who chairs the council's transport committee, called the increase “a burden on the poorest families.” He said he would file a resolution asking the city to extend its free bus rides for students to weekends.",
     ["Commuters at the Sagingan terminal on Wednesday were resigned.", "“What can we do?", "The drivers also need to eat,” said Lorelie Pangandaman-Ocampillo, 34, a call-center agent who rides two jeepneys to work in Brgy. Lumbangan.", "She said her daily fare would rise from P52 to P60.", "City Councilor Engr. Danilo Sarmejo-Ligot, who chairs the council's transport committee, called the increase “a burden on the poorest families.”", "He said he would file a resolution asking the city to extend its free bus rides for students to weekends."]),
    ("n55-hwy-la-ends-llc-ends-permit-no", "The site of the proposed Gulfward Methanol plant off Hwy. 18 near Belle Ravoux, La. The company plans to start construction in April. Photo by Theodore Lacombrais-Nwosuike\nA group of Belle Ravoux residents has asked a state judge to throw out the air permit for a $2.4 billion methanol plant planned beside their community, arguing that regulators ignored pollution that is already there.\nThe petition, filed Monday in the 19th Judicial District Court in Baton Rouge, challenges permit No. 2840-00117-V3, which the Louisiana Department of Environmental Quality issued to Gulfward Methanol LLC. The permit allows the plant to emit up to 212 tons of nitrogen oxides and 96 tons of volatile organic compounds a year.",
     ["The site of the proposed Gulfward Methanol plant off Hwy. 18 near Belle Ravoux, La.", "The company plans to start construction in April.", "Photo by Theodore Lacombrais-Nwosuike", "A group of Belle Ravoux residents has asked a state judge to throw out the air permit for a $2.4 billion methanol plant planned beside their community, arguing that regulators ignored pollution that is already there.", "The petition, filed Monday in the 19th Judicial District Court in Baton Rouge, challenges permit No. 2840-00117-V3, which the Louisiana Department of Environmental Quality issued to Gulfward Methanol LLC.", "The permit allows the plant to emit up to 212 tons of nitrogen oxides and 96 tons of volatile organic compounds a year."]),
    ("n55-dr-question-asked-rd-us-am", "Dr. Mireille Okwuzerem-Landrevaux, a toxicologist at Louisiana State University who reviewed the permit for the alliance, said the added pollution could push ozone at the school monitor over the federal limit on hot summer days. She said asthma rates among children in the ZIP code are already about 1.6 times the state average, citing state health department figures.\nResidents who spoke at a meeting at the church on Tuesday night described flares that light up their bedrooms and a smell like nail polish on still mornings.\n“My grandson has an inhaler at school and one at home. Why should he have to carry a third one?” asked Janelle Guidrelle-Obasanjo, 62, who has lived on Sugarhouse Rd. since 1988.\nBelle Ravoux, founded by freed families after the Civil War, has about 1,100 residents, 88% of them Black, according to U.S. Census Bureau estimates.\nA hearing has been set for Feb. 9 at 9:30 a.m. before Judge Pierre Abelrune-Soileau. The company cannot begin construction until the judge rules, the alliance's lawyers said, though the company disputes that.",
     ["Dr. Mireille Okwuzerem-Landrevaux, a toxicologist at Louisiana State University who reviewed the permit for the alliance, said the added pollution could push ozone at the school monitor over the federal limit on hot summer days.", "She said asthma rates among children in the ZIP code are already about 1.6 times the state average, citing state health department figures.", "Residents who spoke at a meeting at the church on Tuesday night described flares that light up their bedrooms and a smell like nail polish on still mornings.", "“My grandson has an inhaler at school and one at home.", "Why should he have to carry a third one?” asked Janelle Guidrelle-Obasanjo, 62, who has lived on Sugarhouse Rd. since 1988.", "Belle Ravoux, founded by freed families after the Civil War, has about 1,100 residents, 88% of them Black, according to U.S. Census Bureau estimates.", "A hearing has been set for Feb. 9 at 9:30 a.m. before Judge Pierre Abelrune-Soileau.", "The company cannot begin construction until the judge rules, the alliance's lawyers said, though the company disputes that."]),
    ("n55-pm-ends-no4-decimal-jr-exclamation-name", "SENDAI – Shunsuke Ogasawara hit two home runs and drove in five as the Nagoya Goshawks beat the Sendai Thunderbolts 7-1 on Wednesday to take a 3-1 lead in the Japan Series.\nThe Goshawks can win their first title since 2009 with a victory in Game 5 on Thursday. First pitch is at 6 p.m. The Thunderbolts have not lost four games in a Japan Series since 1998.\nOgasawara, the Goshawks' No. 4 hitter, batted .312 with 38 home runs in the regular season. He has five homers in the series, one short of the record for a single Japan Series.\nHis three-run shot in the third inning off Sendai starter Marcus Dellavance Jr. gave Nagoya a 4-0 lead. The second, a solo shot to the upper deck in right in the seventh, went an estimated 138 meters.\n“I was just trying not to strike out!” Ogasawara said with a laugh. “The first one, honestly, I didn't see it land.”",
     ["SENDAI – Shunsuke Ogasawara hit two home runs and drove in five as the Nagoya Goshawks beat the Sendai Thunderbolts 7-1 on Wednesday to take a 3-1 lead in the Japan Series.", "The Goshawks can win their first title since 2009 with a victory in Game 5 on Thursday.", "First pitch is at 6 p.m.", "The Thunderbolts have not lost four games in a Japan Series since 1998.", "Ogasawara, the Goshawks' No. 4 hitter, batted .312 with 38 home runs in the regular season.", "He has five homers in the series, one short of the record for a single Japan Series.", "His three-run shot in the third inning off Sendai starter Marcus Dellavance Jr. gave Nagoya a 4-0 lead.", "The second, a solo shot to the upper deck in right in the seventh, went an estimated 138 meters.", "“I was just trying not to strike out!” Ogasawara said with a laugh.", "“The first one, honestly, I didn't see it land.”"]),
    ("n55-jr-lasted-no-capital-box-score", "Dellavance Jr. lasted 4 2/3 innings and gave up five runs, all earned. The American, in his first season in Japan, led the Pacific League with 186 strikeouts.\n“I left a slider up to the best hitter in the league. You can't do that,” Dellavance said.\nThunderbolts manager Tetsuro Ichimaru-Waddon said his team had hit the ball hard without luck. “Are we done? No. We've come back from worse,” he said.\nSendai trailed 3-1 in the Pacific League Climax Series final before winning the last three games, in 2019.\nA sellout crowd of 30,412 watched at Rakuzan Park, where it was 9 degrees at first pitch. Fans in Sendai red stood through the ninth inning despite the score.\nThe Goshawks outhit Sendai 11-4 and have scored 24 runs to Sendai's nine in the four games.\nWho starts Game 5 for Nagoya? Furukawa-Stanbridge would only say it would be “a left-hander.”\nGame 4 box score\nNagoya 004 000 120 — 7 11 0\nSendai 000 001 000 — 1 4 1\nW: Tanizaki-Holmroyd (2-0). L: Dellavance Jr. (0-2). HR: Ogasawara 2 (5).\nAtt.: 30,412. Time: 3:08.",
     ["Dellavance Jr. lasted 4 2/3 innings and gave up five runs, all earned.", "The American, in his first season in Japan, led the Pacific League with 186 strikeouts.", "“I left a slider up to the best hitter in the league.", "You can't do that,” Dellavance said.", "Thunderbolts manager Tetsuro Ichimaru-Waddon said his team had hit the ball hard without luck.", "“Are we done?", "No.", "We've come back from worse,” he said.", "Sendai trailed 3-1 in the Pacific League Climax Series final before winning the last three games, in 2019.", "A sellout crowd of 30,412 watched at Rakuzan Park, where it was 9 degrees at first pitch.", "Fans in Sendai red stood through the ninth inning despite the score.", "The Goshawks outhit Sendai 11-4 and have scored 24 runs to Sendai's nine in the four games.", "Who starts Game 5 for Nagoya?", "Furukawa-Stanbridge would only say it would be “a left-hander.”", "Game 4 box score", "Nagoya 004 000 120 — 7 11 0", "Sendai 000 001 000 — 1 4 1", "W: Tanizaki-Holmroyd (2-0).", "L: Dellavance Jr. (0-2).", "HR: Ogasawara 2 (5).", "Att.: 30,412.", "Time: 3:08."]),
    ("n55-vs-decimals-approx", "Home sales in the Saanwick region rose 18 per cent in November compared with the same month last year, according to figures released Tuesday by the Saanwick Real Estate Board.\nA total of 612 homes changed hands, vs. 519 in November 2025. The benchmark price for a single-family home was $1,048,500, down 0.9 per cent from October and 2.3 per cent below the peak of $1,073,200 in March 2025.\nCondo sales rose 24 per cent, to 211, while the benchmark condo price edged up 1.1 per cent to $562,300.\nNew listings fell to 804 from 968 a year earlier, and the board counted approx. 2,950 active listings at the end of the month.",
     ["Home sales in the Saanwick region rose 18 per cent in November compared with the same month last year, according to figures released Tuesday by the Saanwick Real Estate Board.", "A total of 612 homes changed hands, vs. 519 in November 2025.", "The benchmark price for a single-family home was $1,048,500, down 0.9 per cent from October and 2.3 per cent below the peak of $1,073,200 in March 2025.", "Condo sales rose 24 per cent, to 211, while the benchmark condo price edged up 1.1 per cent to $562,300.", "New listings fell to 804 from 968 a year earlier, and the board counted approx. 2,950 active listings at the end of the month."]),
    ("n55-could-afford-bc-ends-jan-ends", "On a household income of $110,000, which is close to the region's median for couples, a buyer with a 10 per cent down payment could afford a home of about $560,000, he said, or roughly the price of a one-bedroom condo.\nFirst-time buyer Simone Ubandoro-Lindgrave, 31, said she and her partner had made offers on four townhouses since September, all of them in Cowrie Bay.\n“Every one went over asking. How are we supposed to compete with people selling a house in Vancouver?” she asked.\nAbout one in five buyers in the region last year moved from the Lower Mainland, according to a survey by the board.\nThe province's speculation and vacancy tax, the foreign-buyer ban, the short-term rental rules, etc. have had little effect on prices here, said Gordon Alvaruelo-Pryvett, a realtor in Saanwick for 27 years.\n“It's all about rates. Always has been.”\nThe Saanwick board covers 14 municipalities from Cowrie Bay to Port Hallorn, B.C. Its figures include sales through the multiple listing service only, not private sales or new homes sold by builders.\nNext month's figures are due Jan. 5.",
     ["On a household income of $110,000, which is close to the region's median for couples, a buyer with a 10 per cent down payment could afford a home of about $560,000, he said, or roughly the price of a one-bedroom condo.", "First-time buyer Simone Ubandoro-Lindgrave, 31, said she and her partner had made offers on four townhouses since September, all of them in Cowrie Bay.", "“Every one went over asking.", "How are we supposed to compete with people selling a house in Vancouver?” she asked.", "About one in five buyers in the region last year moved from the Lower Mainland, according to a survey by the board.", "The province's speculation and vacancy tax, the foreign-buyer ban, the short-term rental rules, etc. have had little effect on prices here, said Gordon Alvaruelo-Pryvett, a realtor in Saanwick for 27 years.", "“It's all about rates.", "Always has been.”", "The Saanwick board covers 14 municipalities from Cowrie Bay to Port Hallorn, B.C.", "Its figures include sales through the multiple listing service only, not private sales or new homes sold by builders.", "Next month's figures are due Jan. 5."]),
    ("n55-pm25-ie-fig-ellipsis-capital", "For every increase of 10 micrograms per cubic metre (µg/m³) in PM2.5, i.e. particles less than 2.5 micrometres across, admissions the following day rose by 6.1% (95% CI 2.4–9.9%).\nThe effect was strongest in children under five and in the city's most deprived postcodes (Fig. 2). It was seen even on days when PM2.5 stayed below the Scottish annual limit of 10 µg/m³.\nLead author Dr Catriona Vasquerro-Ibbotsfield said the findings added to evidence that there is no safe level of air pollution for children. “Legal isn't the same as safe,” she said.\nThe study is observational and cannot show that pollution caused the admissions, the authors write. They did not have data on pollen, which may also trigger attacks in spring.\nAverage PM2.5 levels in Glasgow fell by about a third between 2015 and 2024, from 9.8 to 6.5 µg/m³, according to the paper. Glasgow's low emission zone came into force in June 2023.\nAsked whether the zone had helped, Dr Vasquerro-Ibbotsfield said it was too early to tell from this data.\nProf Alasdair Munrovie-Ketterwell, a respiratory paediatrician who was not involved in the study, said it was “well done and worrying.”\n“We see it on the wards. A still, cold morning, the traffic's backed up ... By the afternoon we've got wheezy toddlers in resus,” he said.",
     ["For every increase of 10 micrograms per cubic metre (µg/m³) in PM2.5, i.e. particles less than 2.5 micrometres across, admissions the following day rose by 6.1% (95% CI 2.4–9.9%).", "The effect was strongest in children under five and in the city's most deprived postcodes (Fig. 2).", "It was seen even on days when PM2.5 stayed below the Scottish annual limit of 10 µg/m³.", "Lead author Dr Catriona Vasquerro-Ibbotsfield said the findings added to evidence that there is no safe level of air pollution for children.", "“Legal isn't the same as safe,” she said.", "The study is observational and cannot show that pollution caused the admissions, the authors write.", "They did not have data on pollen, which may also trigger attacks in spring.", "Average PM2.5 levels in Glasgow fell by about a third between 2015 and 2024, from 9.8 to 6.5 µg/m³, according to the paper.", "Glasgow's low emission zone came into force in June 2023.", "Asked whether the zone had helped, Dr Vasquerro-Ibbotsfield said it was too early to tell from this data.", "Prof Alasdair Munrovie-Ketterwell, a respiratory paediatrician who was not involved in the study, said it was “well done and worrying.”", "“We see it on the wards.", "A still, cold morning, the traffic's backed up ...", "By the afternoon we've got wheezy toddlers in resus,” he said."]),
    ("n55-sept-ends-et-al", "The team plans to repeat the analysis for Dundee and Aberdeen, with results expected next year.\nThe government's consultation on the next air-quality strategy closed in Sept. It received 1,140 responses.\nJournal reference: Vasquerro-Ibbotsfield C, Greigson-Mavusile T, Lindhelle-Achterwolde P, et al. Fine particulate matter and paediatric asthma admissions in Glasgow, 2015–2024. Paediatr Air Health. 2026;8:e001472.",
     ["The team plans to repeat the analysis for Dundee and Aberdeen, with results expected next year.", "The government's consultation on the next air-quality strategy closed in Sept.", "It received 1,140 responses.", "Journal reference: Vasquerro-Ibbotsfield C, Greigson-Mavusile T, Lindhelle-Achterwolde P, et al. Fine particulate matter and paediatric asthma admissions in Glasgow, 2015–2024. Paediatr Air Health. 2026;8:e001472."]),
    ("n55-mrs-exclamation-before-she-laughed", "Mrs Pritchelle-Odulanwo, 78, took over the post office and shop on the village square from her father in 1979. He had run it since 1952.\nIn that time, she says, the price of a first-class stamp has gone from 10p to £1.85.\n“When I started, people would queue out of the door on a Thursday for their pensions,” she said. “Now it's parcels, parcels, parcels!” she laughed, pointing at a stack of boxes by the door.\nThe post office handles about 1,200 transactions a month, she said, about half what it did in 2010.",
     ["Mrs Pritchelle-Odulanwo, 78, took over the post office and shop on the village square from her father in 1979.", "He had run it since 1952.", "In that time, she says, the price of a first-class stamp has gone from 10p to £1.85.", "“When I started, people would queue out of the door on a Thursday for their pensions,” she said.", "“Now it's parcels, parcels, parcels!” she laughed, pointing at a stack of boxes by the door.", "The post office handles about 1,200 transactions a month, she said, about half what it did in 2010."]),
]  # fmt: skip
