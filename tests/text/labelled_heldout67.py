"""Sixty-seventh HELD-OUT set of hand-labelled pages for the hint engines (round forty-one): held
out, never to be tuned on. No rule, threshold or word list may be changed because of what the
engine does on these pages; they only measure. Twelve ordinary WHOLE pages, head to tail, one
beat each, from twelve countries and six kinds of outlet: POLITICS from a Kenyan national daily
(Nairobi), COURTS from an English regional evening paper (Bradford), HEALTH from a Canadian public
broadcaster (Nova Scotia), EDUCATION from an Indian national daily's city page (Pune), BUSINESS
from an international wire service (Santiago, Chile), TRANSPORT from a Welsh hyperlocal site (the
upper Swansea Valley), ENVIRONMENT from an Australian public broadcaster (Tasmania), CRIME from a
Jamaican regional paper (St James), SPORT from a Sri Lankan cricket magazine (Colombo), CULTURE
from a Singapore culture magazine (Geylang), SCIENCE from an East African wire agency (Fort
Portal, Uganda) and LOCAL GOVERNMENT from an American nonprofit hyperlocal site (a village in
Ohio). Each page carries the furniture its kind of site really carries, each in its own words
(mastheads, account and e-paper strips, menus, section labels and breadcrumbs, bylines, date and
updated lines, share strips, captions and credits, advertisements, related links, newsletter,
subscription, donation and sponsor blocks, summary and at-a-glance boxes, a timetable box, a
scorecard, a correction note, tail lists, bios and copyright lines), several speakers and the
ordinary splits of its country's style. The pages hold 523 sentences: 235 "B", 152 "W" and 136
""; 213 sentences carry a speaker. `STYLES` describes each page, its story, its speakers and its
furniture in order.

Written from scratch for issue 13 at the start of round forty-one, without looking at the
engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/` was opened
or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README of the project was read; `claimreview` was never imported, and no test, scorer, engine or
`pytest` was run. The search and fetch tools were not used, and nothing was copied from anywhere.
What was read: the brief (`/tmp/brief` was listed; it held only the brief); the module
docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with `ast.get_docstring`);
from `labelled_new93.py` and `labelled_new92.py`, the output of a script of my own using `ast`
that prints the module docstring, `STYLES`, the first two pages of `ARTICLES` and the first eight
`CASES`, saved to files in a scratch folder and paged with `sed` -- all of the `labelled_new93.py`
listing was seen (a part the tool cut was printed again with `sed` and `cut -c1-1500`), while of
the `labelled_new92.py` listing only its first 200 lines (the docstring, `STYLES` and the head of
its first page) and the lines holding its first eight cases were printed, so its pages were not
seen; `def build` in `tests/text/labelled_articles.py` (`sed -n '250,265p'`); and the
`[tool.ruff]` tables of `pyproject.toml` (a `sed` range). No other page, case or docstring of any
file under `tests/` was read. `/tmp/sets` was listed at the start (empty) and at the end, when it held this file and another
helper's `labelled_new94.py`, seen as a name only and never opened. What was
run: a Python one-liner printing the weekdays of the dates used; scripts of my own in a scratch
folder that turn a small line format (flag|speaker|cue|text, blank lines between paragraphs,
aliases for speakers) into the literals below, apply renames, cut the split cases out of the
pages, and count sentences, flags and speakers while checking that every speaker has a cue and
every cue a speaker, no "B" line has a speaker, and each cue occurs in its sentence or in the
quote it continues; per-word, whole-word, case-insensitive file counts (`grep -rilwF --include=*.py
... | wc -l`) over `tests/` for every capitalised word of these pages (each part of a hyphenated
name on its own) and for every candidate replacement; an import of this file with `build` on every
page and a check of four string fields, flags, 30 distinct case ids, every case text in a built
page and equal to its sentences joined by single spaces, each expected sentence one labelled
sentence, and the counts above; and `ruff format` and `ruff check` on this file with `--config`
pointing at the project's `pyproject.toml` (the check also through `--stdin-filename
tests/text/labelled_heldout67.py` so the per-file ignores for `tests/**` apply). Only counts were
read from the searches, with one slip: the first pass was run with a misplaced `--`, so that it
counted nothing and was run again, and for two words a `grep -rilwF` was run once without `| wc
-l`, which printed the names of two files that held them (a `labelled_new*.py` file each) but none
of their lines. The first draft's coined people, outlets, firms, streets and shows hit about a
hundred and sixty words of other files (given names and surnames of every country, even odd ones
such as Nyakerario, Ashwellby, Voskuijlen, Vandermeulen and Boey, an outlet word for each of three
outlets, a care firm, a theatre company, a radio show, a play and two streets); each was renamed,
and only replacements with no hit were kept. What still hits is real places, regions and
institutions used as settings, common words (Guild, Observatory, Heritage, Premises, Resource,
Tier, Hardware, Feed, Toxic and the like, some inside a coined name), outlet words kept on purpose
(Courant, Examiner, Meridian, Trumpet), Spanish and French common words (Minera, Quebrada,
Sindicato, Visitez) and titles, post-nominals and abbreviations (Dr, Prof, Rev, Det, Sgt, Cllr,
KC, MS, Jr, Mt, Rd, Ave, St, Lor, Ord, Res, Tas, Pte, Pvt, PLC, CIC, CC, SC).

Every person, outlet, wire, broadcaster, firm, mine, union, guild, forum, institute, observatory,
laboratory, board, office, care home, hospital, school, club, theatre company, play, radio show,
bus route, street, lane, road, bay and figure is invented. Real countries, regions, cities and
institutions appear only as settings: Kenya, Nairobi, Kisumu, Turkana, Kwale, Mandera, Migori and
Tana River County, the National Assembly, the Senate, the Cabinet, Parliament Buildings and the
National Treasury; England, Bradford, Shipley, Baildon, Keighley and Lanzarote, the Fraud Act 2006
and the Proceeds of Crime Act; Canada, Nova Scotia, Pictou County, Westville, Truro and Province
House; India, Maharashtra, Pune, Hadapsar, Mundhwa, Yerawada, Kothrud, Warje and Baner, the
Deccan (in an institute's name) and the RTE admission lottery; Chile, Santiago, Antofagasta, Japan,
London (a metals market) and Europe; Wales, Swansea, Ystalyfera, Godre'r-graig, Cwmllynfell,
Pontardawe, Clydach, Cwmtwrch and the A4067, the Senedd and the Welsh Government; Australia,
Tasmania, St Helens, Binalong Bay and Scamander; Jamaica, St James, Granville, Pitfour, Mt. Salem,
Salt Spring and Sangster airport; Sri Lanka, Colombo, Moratuwa, Kegalle, Kandy and Galle;
Singapore, Geylang, Woodlands and Kallang Bahru; Uganda, Fort Portal, the Rwenzori mountains and
Lake Albert; the United States, Ohio and U.S. 42. WhatsApp, Facebook, X, Telegram, Reddit,
LinkedIn and YouTube appear only as channels, Creative Commons only as a licence.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py`
(see their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W",
"B" or "". The points the recent sets state hold too: furniture "B" line by line, whatever it
says; a caption by its content and its credit "B"; headlines and standfirsts never split; a
dateline belongs to its lead sentence; a pronoun, a later surname, a role or a title resolved to
the full name as first given, without titles; an organisation's later generic noun kept as
written ("the company", "the authors") and "It" resolved to the name as first given; a quote over
several sentences carrying its speaker and cue; a question inside a quote followed by more of the
quote is its own sentence, a quoted question or exclamation followed by its attribution is one;
sport data lines "" and a box's title "B"; "did not respond to a request for comment" and "did not
say" labelled like "declined to comment" (speaker as written, flags "").

Conventions this set had to settle, in the same spirit:

* Titles, roles and post-nominals go, name parts stay: Dr., Prof., Judge with KC after the name,
  Associate Professor, Cllr, MS after the name (a Member of the Senedd), Rev., Det. Sgt., Senior
  Superintendent, Detective Constable, Mayor, Local mayor, Councilman, Councilwoman, Fire Chief,
  Health Minister, Primary Industries Minister, Treasury Cabinet Secretary, Minority Whip, Chief
  Executive, Chief Financial Officer, Union president, Prosecutor, Playwright, National selector,
  Co-author, Managing director, committee chairmen and fiscal officer; Jr. stays ("Franklyn
  Tuttleby Jr."). Singapore Chinese names come surname first, so "Kho said" is "Kho Suet Xian"
  and "Phoon Jun Zhe" is given whole.
* Cues are written as they stand: "told the House", "told the Budget committee", "told Bradford
  Crown Court", "told analysts", "told Halbrandt", "told reporters", "told council", "warned",
  "alleged", "urged", "added", "asked", "wrote", the broadcaster's present-tense "says", "show"
  ("the records show", "Health authority figures show"), "according to", and "said" for "said in
  a statement that", "said in reply to queries" and "said in an email"; a quote holding a reported
  saying ("My father said, play one more year.") carries the quote's speaker and the cue of its
  attribution.
* Sources as written: "the National Treasury" (also for the standfirst's "Treasury warns"), "the
  company" (a filing), "Minera Cordillón S.A." for a later "Cordillón", "Brynhafod Coaches Ltd"
  and "Fennymead Care Ltd" as first given, "The Heritage Premises Office" (and its It), "A county
  borough council spokesperson", "A Welsh Government spokesperson", "A spokesperson for the Arts
  Resource Board", "A senior official of the state school education department" (and his He did
  not say), "A resident who asked not to be named", "the Rwenzori Geophysical Observatory", "the
  government's geological survey department", "the authors" (and "they wrote"), "police data",
  "the observatory's records", "health authority figures obtained by PBC News" and "the civic
  body's primary education department" (with "according to"), and the standfirsts' groups
  ("Teachers' groups", "Growers"). A standfirst naming a role carries the person the body names:
  "says police chief" is the superintendent, "Chief says" the fire chief, "its founder says" the
  theatre's founder.
* Check-worthiness as in the recent sets: figures, dates, votes, charges, pleas, sentences, a
  judge's findings, rules, closures, costs, counts, an allegation of fact (late pay, a shed rented
  to others) and statements of record by officials, firms and bodies are "W"; hopes, intentions,
  forecasts, hedges ("could", "might", "should", "expected", "most likely"), advice, promises,
  denials, opinions, feelings, jokes and questions are ""; private people's own lives with numbers
  in them (a patient's night drive, a headmistress's load, a rickshaw driver's tuition bill, a
  nurse's taxi fare, a resident's husband reached in six minutes, a trader's water tank) are "";
  the summary and at-a-glance lines of a wire story and a broadcaster's box are labelled by content
  under a "B" label; the timetable box's two departure lines (dep.) are "W" as facts of service
  under a "B" title and a "B" source line; the scorecard's innings lines, result and player of
  the match are "" data under a "B" SCORECARD; service information ("Meetings are also streamed
  ...", "Closures are posted ...") is "".
* Furniture also covers, line by line: a correction note in three sentences (even its figure
  "It has 96."), an agency description, a market-data delay line, a licensing line, an
  acknowledgement of country, a "Loading..." line, a French-language link line, a sponsor line and
  a business-supporter line in two sentences, a donation ask in three, a republication note and a
  nonprofit-status line.

Splits. "7.40 p.m., the", "8.55 p.m." before "Debate", "2.30 p.m." closing a paragraph, "6 a.m."
before "Sign up here.", "PLC." before "All rights reserved.", "Ltd." before "Registered in England
and Wales No. 04418237." before "All rights reserved.", "Westville, N.S., was", "7 p.m. to 8 a.m.,
but", "2 a.m. on Nov. 16", "approx. 58", "Truro, N.S." before "She", "Feb. 28.", "Dr." in a
caption and a lead, "Std. I to IV." and "Std. IV?” he asked.", "Rs. 20,000", "i.e. in", "Prof.
Anurekha", "Rs. 1,800", "viz. in", "Pvt. Ltd." closing a page, "S.A. said", "approx. 19,000",
"Sindicato No. 2,", "Feb. 26", "& Cía. in", "Corp." before "The deal", "approx. £4,100", "e.g.
those", "dep. 07:10", "No. 12904417." before "©", "A. catenella,", "0.8mg/kg.", "e.g. we",
"approx. 5:40 a.m. Thursday." before "He said", "Mt. Salem", "Det. Sgt. Omarion", "Rev.
Ezekyel", "Co. Ltd." before "All rights reserved.", "R.A. Siriwimala-Pereramuni", "St. Aidric's
College." closing a paragraph, "Rs. 5 million", initials in the scorecard ("K.", "J.P.", "M.S."),
"(Pvt) Ltd.", "No. 11 Lor. 27A", "Dec. 31,", "Dec. 13." before "Tickets", "Pte. Ltd." before
"All rights reserved.", "Aug. 2", "3.12 a.m. on", "Dr. Brendah", a journal reference ("B., ...
T., et al. ... first results. J. Afr. Geophys. Res. 2026;31(4):211-229.") that is one "B"
sentence, "Prof. Tendo", "i.e. fast", "Oct. 30.", "W. Main St." in a caption, "Ord. No.
2026-31,", "3 a.m.,” he said.", "U.S. 42 and Fernkettle Rd., was", "Jr. said", "Pennywhistle
Ave. said", "7 p.m. in", "2 W. Main St." before "Meetings" and "N. Alderwick St." closing a line
never split a sentence wrongly. `HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected
sentences), each a stretch of consecutive sentences of one paragraph of these pages joined by
single spaces: what a reviewer wants, not what the engine does.
"""

STYLES = [
    'Kenyan national daily\'s POLITICS page (Nairobi), the National Assembly votes 171-94 to raise the counties\' share of revenue to Sh418 billion against the Treasury\'s wishes, with a NAIROBI — dateline lead and the Bill\'s next step in the writer\'s voice, the budget committee chairman who told the House (later He and he said after a two-sentence quote) whose funding plan and comparison are "W" and whose quote is "", the National Treasury in a statement at 7.40 p.m. (a statement of record "W", then It said with a could-hedge ""), the Cabinet Secretary who warned (might, "") and told the Budget committee a borrowing figure "W", the Minority Whip whose opinion is "", whose count of counties paying late is "W" and whose two quoted questions end with she asked, the governors\' forum chair whose arrears are "W" and who added a hope "", an analyst\'s GDP share and late transfer "W", the debate and adjournment of record with p.m. before a capital, a Senate chairman\'s intention and quote "", the standfirst carrying the National Treasury through warns (masthead in capitals, date and ePaper strip with pipes, menu, section label in capitals, headline with a figure, standfirst, byline, published and updated line with EAT, share strip, caption and PHOTO | credit in capitals, ADVERTISEMENT and an Also Read link mid-story, a newsletter line ending at a.m. before Sign up here., tags, Trending Now list, copyright split at PLC.)',
    'English regional evening paper\'s COURTS page (Bradford, West Yorkshire), a care home manager who stole £86,400 from nine residents with dementia is jailed, with the sentence and plea under section 4 of the Fraud Act 2006 in the writer\'s voice, the prosecutor who told Bradford Crown Court (later He, Mr and surname, he said) whose account of the thefts, spending and arrest is "W", a daughter\'s victim statement read to the court whose quote runs over three sentences with a nested quote in single marks (""), the mitigating barrister whose record and repayment are "W" and whose plea and question with she asked are "", the judge with Judge and KC dropped (later He) whose findings and one-third reduction are "W", a future confiscation hearing in the writer\'s voice, a detective constable whose count is "W" and hope "", the owning firm said in a statement (repayment "W") and It said (a new rule, "") (masthead in capitals, account strip, menu, breadcrumb with ›, headline with a figure, standfirst ending court told, byline and role on two lines, date line with GMT, share strip, caption and Picture: credit, Advertisement and a Read more link mid-story, a two-sentence subscription ask, news-desk line, comment count, More from Court list, copyright split at Ltd. before a company number with No. and All rights reserved.)',
    'Canadian public broadcaster\'s HEALTH story (Pictou County, Nova Scotia), a rural hospital\'s emergency department closed 61 times in 2025, in the broadcaster\'s present-tense says style: health authority figures through according to in the lead (N.S., mid-sentence), the records show, closures from 7 p.m. to 8 a.m. mid-sentence, an ER doctor with Dr. (caption and body; later He and he says after a two-sentence quote) whose shifts and staffing are "W", a 71-year-old patient\'s own night with a.m. and Nov. mid-sentence, approx. and Truro, N.S. before a capital ("") and her quoted question with she asked, the authority\'s spokesperson in an email (later She, she said) whose start dates and bonuses are "W" and whose service information is "", the health minister whose recruitment record is "W", who told reporters and whose expectation is "", an opposition critic\'s count "W" and two-sentence quote "", a nurses\' guild president\'s vacancies with Feb. 28 "W", the standfirst carrying health authority figures through show (skip link, network strip, section label, headline with figures, standfirst, byline with network and Posted and Last Updated line with AST, listen and estimated-time lines, share strip, caption with a bracketed credit, ADVERTISEMENT and a WATCH clip with its duration mid-story, a With files from line, corrections and tips line, Related Stories list, copyright in two sentences, a French-language line)',
    'Indian national daily\'s EDUCATION story on its Pune city page, civic schools open the year with 1,146 teacher posts vacant, with a PUNE: dateline lead through according to data from the civic body\'s primary education department, lakh figures and Std. I to IV in the writer\'s voice, the primary education officer with Dr. (later She) whose hiring freeze and contract teachers at Rs. 20,000 are "W" and whose quote with i.e. is "", a headmistress\'s own load and two-sentence quote "", a teachers\' union secretary whose count is "W", whose allegation of late pay with alleged is "W" and whose quoted question with Std. I and Std. IV ends with he asked, a professor with Prof. whose enrolment figures are "W" and whose opinion and could-hedge are "", an autorickshaw driver\'s own tuition bill "", an unnamed state official kept as written whose portal date and viz. list are "W" and who did not say (""), the standfirst carrying Teachers\' groups through say (masthead in capitals, e-paper and date strip, menu, breadcrumb with a slash, headline with figures, standfirst, Written by line with city and IST, follow and share line, caption and bracketed photo credit, Advertisement, an Also Read link with a pipe and a scroll prompt mid-story, WhatsApp channel line, First published line, tags, Latest from Pune list, copyright ending at Pvt. Ltd.)',
    'International wire service\'s BUSINESS story (Santiago, Chile), a copper miner\'s first-quarter output falls 12% after a strike, with a SANTIAGO, April 22 (Wire) - dateline lead carrying the company as first given (a name ending in S.A. mid-sentence), the company said in a filing, a share move in the writer\'s voice, the chief executive who told analysts (later he said) whose lost tons with approx. and guidance are "W" and whose expectation is "", the finance chief whose costs and causal claim are "W" and forecast "", the union\'s contract with Sindicato No. 2 and Feb. 26 in the writer\'s voice, the union president who told the wire ("W") and her two-sentence quote "", the company did not respond to a request for comment, an analyst at a firm ending in Cía. mid-sentence whose poll figure is "W" and whose doubt is "", market context of record, a stake sale ending at Corp. before a capital and an expected closing "" (wire name in capitals, menu, section label, headline with a figure, byline with two names, date line with GMT-4 and Updated, share strip, caption, a slash credit and a licensing line, a Summary label and three summary lines labelled by content, an advertisement line mid-story, a newsletter line and Sign up here., a Reporting by line, an editorial-code line, suggested topics, an agency description, a market-data delay line, copyright in two sentences)',
    'Welsh hyperlocal site\'s TRANSPORT story (upper Swansea Valley), the T17 bus drops to every two hours and loses its Sunday service from 6 April, with the change in the writer\'s voice, the operator as first given through said (a loss of approx. £4,100 a week), its managing director (later he said after a two-sentence quote, He) whose request to the council is "W" and whose intention is "", A county borough council spokesperson kept as written (a cut of record "W", then the spokesperson said ""), a community councillor with Cllr dropped whose petition count is "W" and whose two-sentence quote with e.g. is "", a pensioner\'s and a student nurse\'s own journeys "", an MS with the post-nominal MS dropped whose letter is "W" and intention "", A Welsh Government spokesperson\'s funding figure, a timetable box whose title is "B" and whose two dep. lines are "W", 24-hour times (site name in capitals, tagline, menu, category label, headline, Posted by line and read time, share line, caption and Photo: credit, a two-sentence sponsored ad and a two-sentence supporter ask mid-story, a two-sentence Source line under the box, Related posts list, comments-closed line, a company line ending at No. before the copyright line)',
    'Australian public broadcaster\'s ENVIRONMENT story (St Helens, east coast of Tasmania), a toxic algal bloom shuts six oyster leases, with an At a glance box whose label is "B" and whose two points are "W" and (Growers say, a could-hedge) "", the shellfish program manager (later She, she said, Ms and surname) whose test results with 0.8mg/kg, the alga A. catenella mid-sentence and the closure rule are "W" and whose advice is "", an oyster grower whose farm figures are "W" and whose two-sentence quote and own repayments are "", a marine scientist with Associate Professor dropped whose temperature figure is "W", whose hedge is "" and whose quote opens with a question followed by more of the quote with e.g. (said), the state minister said in a statement (grant rule "W", promise ""), the local mayor whose opinion and joke with might are "" and whose ticket sales are "W" (skip link, network name, menu, network section label, headline with a count, byline, Topic label, Published and updated line, share label, caption and bracketed credit, a Related Story link and a Loading... line mid-story, a two-sentence newsletter line, an acknowledgement of country, Topics line, Back to top, copyright)',
    'Jamaican regional paper\'s CRIME page (Granville, St James), two men charged after police find nine guns and 1,200 rounds in a shed, with a WESTERN BUREAU: lead, the charges and a court date in the writer\'s voice, a senior superintendent with Senior Superintendent dropped (later He, he said after a ballistic finding, a two-sentence quote) whose raid time with approx. and a.m. before a weekday, finds and links are "W" and whose quote is "", the standfirst carrying him through says police chief, police data through according to, a detective sergeant with Det. Sgt. dropped whose interview of record is "W" and could-hedge "", the men\'s attorney whose denial is "", whose fact about the shed is "W" and whose quoted question ends with she asked, A resident who asked not to be named kept as written (""), a pastor with Rev. dropped whose burials are "W" and opinion "", the mayor\'s street lights "W" and promise "" (masthead in capitals, tagline, account strip in capitals with pipes, menu, section label in capitals, headline with figures, standfirst, byline with bureau, Published line with pipes, share strip, caption and Contributed photo credit, ADVERTISEMENT and a RELATED link with Mt. mid-story, a two-sentence tip line, feedback email line, TRENDING IN CRIME list, copyright split at Co. Ltd.)',
    'Sri Lankan cricket magazine\'s SPORT report (Colombo), a club wins the Tier A first-class final by four wickets, with a left-arm spinner\'s 11 wickets, the scores, the chase and the prize money in Rs. as "W" in the writer\'s voice, the spinner (caption, later surname, He and he said after a two-sentence quote with a reported saying inside it) whose own near-retirement is "" and whose old school ends in St. Aidric\'s College., batting figures with initials (R.A.), the captain named after his quote by surname, whose count of home-grown players is "W", the losing coach whose injuries are "W" and whose quoted question followed by its own answer is two sentences, a national selector whose season figures are "W" and whose consideration is "", a SCORECARD box whose title is "B" and whose innings lines with initials, result and player of the match are "" data (masthead in capitals, tagline, subscription strip with Rs., menu, breadcrumb with a slash, Report label, headline with figures, standfirst, Words and Photographs line, date and read time, share strip, caption with a slashed credit in brackets, Advertisement and a FROM THE ARCHIVE link mid-report, a two-sentence print-edition note, More domestic cricket list, copyright split at (Pvt) Ltd.)',
    'Singapore culture magazine\'s CULTURE feature-news page (Geylang), an independent theatre company must leave its schoolhouse home when its lease ends, with the founder (a Chinese Singaporean named surname first, later Kho, She and she said after a two-sentence quote) whose lead claim with No. 11 Lor. 27A and Dec. 31, productions, rent in S$ and sq m and licensing facts are "W" and whose quotes are "", The Heritage Premises Office said in reply to queries and It said, A spokesperson for the Arts Resource Board whose grant and viewings are "W" and whose promise by the spokesperson is "", a playwright\'s opinion and interns count, an usher\'s own count and quoted question with she asked, laughing, the finance manager (surname first) whose cost and reserves are "W" and appeal plan "", the final production\'s run ending at Dec. 13. before a ticket line, the standfirst carrying the founder through says (site name in capitals, menu with middle dots, breadcrumb, headline, standfirst, Words by and Photos by lines, date and reading time, save and share, caption and Photo: credit, Advertisement and a Read next link mid-story, a two-sentence newsletter line, a three-sentence correction note, You might also like list, copyright split at Pte. Ltd.)',
    'East African wire agency\'s SCIENCE story (Fort Portal, Uganda), a new seismic network records 1,340 small quakes in 10 days, with a FORT PORTAL, Uganda, Aug 11 (Agency) – dateline lead carrying the observatory through said, magnitudes and 3.12 a.m. on Aug. 2 in the writer\'s voice, the lead seismologist with Dr. (later She and she said after a three-sentence quote) whose depths are "W" and whose likely cause and quote are "", the authors wrote (a finding "W", a might-hedge ""), a one-sentence journal reference line with initials and et al. "B", a co-author with Prof. whose cost and data rate with i.e. are "W" and whose hope is "", the district disaster officer whose damage count and No one was injured are "W" and whose advice with urged is "", a trader\'s own night and quoted question "", the government\'s geological survey department in a statement (team and deadline "W") and It said (reassurance ""), the observatory\'s records through according to (agency initials, agency name, menu, section label, headline with figures, byline, published line with EAT and word count, share line, caption and slash credit, a republication note mid-story, an Editing by line, Related coverage list, copyright in two sentences)',
    'American nonprofit hyperlocal site\'s LOCAL GOVERNMENT story (a village in Ohio), council votes 4-3 to put a 2.9-mill fire levy on the Nov. 3 ballot, with a HARLANFIELD, Ohio — dateline lead, the fiscal officer named after his figures with told council, the ordinance with Ord. No. mid-sentence, the fire chief (caption, later He, surname, he said after a two-sentence quote with a.m. inside it) whose calls, levy history and response time along U.S. 42 and an Rd. mid-sentence are "W", a councilman with Jr. kept whose reason is "", a councilwoman whose tax rise is "W" and whose suggestion and quoted question are "", a resident of an Ave. mid-sentence whose own husband\'s rescue and pledge are "", the count of other speakers "W", the mayor whose talks of record are "W" and promise "", the next meeting ending at W. Main St. before a capital, service information "", the standfirst carrying the chief through says (newsletter banner, site name in capitals, tagline, menu, category label, headline with figures, standfirst, byline and date on two lines, reading time, share line, caption and Photo by credit with a pipe, a three-sentence donation ask and a two-sentence business-supporter line mid-story, a Related link, a two-sentence reporter bio, a republish line, copyright and a nonprofit-status line)',
]

ARTICLES = [
    [
        [("THE TAZAMIO DAILY", "", "", "B")],
        [("Tuesday, June 9, 2026 | Today's ePaper | Subscribe | Sign In", "", "", "B")],
        [
            (
                "News   Politics   Counties   Business   Opinion   Sports   Lifestyle   Videos   Podcasts",
                "",
                "",
                "B",
            )
        ],
        [("POLITICS", "", "", "B")],
        [("MPs vote to raise counties' share to Sh418bn, defying Treasury", "", "", "W")],
        [
            (
                "Treasury warns the extra Sh37 billion could force fresh borrowing before December",
                "the National Treasury",
                "warns",
                "",
            )
        ],
        [("By Nyakwerema Wambuthi-Ogolla", "", "", "B")],
        [
            (
                "Published: June 9, 2026 at 9:48 PM EAT · Updated: June 10, 2026 at 6:05 AM",
                "",
                "",
                "B",
            )
        ],
        [("Share via: WhatsApp · Facebook · X · Telegram · Copy link", "", "", "B")],
        [
            (
                "MPs follow proceedings during Tuesday afternoon's sitting at Parliament Buildings, Nairobi.",
                "",
                "",
                "",
            ),
            ("PHOTO | ONDERUGO MWASAMBU-KERRO", "", "", "B"),
        ],
        [
            (
                "NAIROBI — The National Assembly on Tuesday voted 171-94 to raise the share of revenue sent to the 47 counties to Sh418 billion in the 2026/27 financial year, Sh37 billion more than the National Treasury had proposed.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The County Allocation of Revenue Bill, 2026 now goes to the Senate, which must pass it before June 30 for the first disbursement to be made in July.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Budget committee chairman Kipsoitoi Sorobwe-Mutarakwa told the House the increase would be funded by cutting Sh22.6 billion from ministries' development budgets and Sh14.4 billion from a reserve for pending bills of State corporations.",
                "Kipsoitoi Sorobwe-Mutarakwa",
                "told the House",
                "W",
            ),
            (
                "He said counties had not had a real increase since the 2023/24 financial year once inflation was taken into account.",
                "Kipsoitoi Sorobwe-Mutarakwa",
                "said",
                "W",
            ),
            (
                "“Our people do not live in Treasury spreadsheets.",
                "Kipsoitoi Sorobwe-Mutarakwa",
                "said",
                "",
            ),
            (
                "They live in Turkana, in Kwale, in Mandera,” he said.",
                "Kipsoitoi Sorobwe-Mutarakwa",
                "said",
                "",
            ),
        ],
        [
            (
                "In a statement issued at 7.40 p.m., the National Treasury said the extra allocation had not been provided for in the fiscal framework approved by the Cabinet on April 14.",
                "the National Treasury",
                "said",
                "W",
            ),
            (
                "It said the deficit target of 4.3 per cent of GDP could be missed unless Parliament cut spending elsewhere.",
                "the National Treasury",
                "said",
                "",
            ),
        ],
        [
            (
                "On Monday, Treasury Cabinet Secretary Wekhomba Ambuchi-Lorot warned that the government might have to borrow more from the domestic market if the Bill passed in its current form.",
                "Wekhomba Ambuchi-Lorot",
                "warned",
                "",
            ),
            (
                "He told the Budget committee that domestic borrowing had already reached Sh612 billion by the end of May, against a full-year target of Sh580 billion.",
                "Wekhomba Ambuchi-Lorot",
                "told the Budget committee",
                "W",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Also Read: Senate team summons finance officials over late county transfers",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Minority Whip Aoko Nyabwari-Chelagatwo said the vote showed the House was “finally listening to the counties”.",
                "Aoko Nyabwari-Chelagatwo",
                "said",
                "",
            ),
            (
                "But she said 31 of the 47 counties had paid their health workers late at least once in the past year, and that more money without oversight would only swell the wage bill.",
                "Aoko Nyabwari-Chelagatwo",
                "said",
                "W",
            ),
            ("“Who audits the Sh418bn?", "Aoko Nyabwari-Chelagatwo", "asked", ""),
            (
                "Who checks that a dispensary in Migori actually gets its share?” she asked.",
                "Aoko Nyabwari-Chelagatwo",
                "asked",
                "",
            ),
        ],
        [
            (
                "Speaking in Kisumu, Haliso Dzengerere-Yatta, who chairs the County Governors Forum, said counties were owed Sh96.3 billion in delayed transfers as of May 31.",
                "Haliso Dzengerere-Yatta",
                "said",
                "W",
            ),
            (
                "She said nine counties had received nothing for April or May, and that some had taken overdrafts to pay staff.",
                "Haliso Dzengerere-Yatta",
                "said",
                "W",
            ),
            (
                "“We will be watching the Senate very closely,” she added.",
                "Haliso Dzengerere-Yatta",
                "added",
                "",
            ),
        ],
        [
            (
                "Gathiiru Murathimi-Okal, a fiscal analyst at the Nairobi-based Kilimasi Budget Institute, said the extra Sh37 billion was equal to about 0.2 per cent of GDP.",
                "Gathiiru Murathimi-Okal",
                "said",
                "W",
            ),
            (
                "She said the real test was whether the money arrived on time, noting that the March transfer reached counties 41 days late.",
                "Gathiiru Murathimi-Okal",
                "said",
                "W",
            ),
        ],
        [
            ("Get the Tazamio Politics Brief in your inbox every weekday at 6 a.m.", "", "", "B"),
            ("Sign up here.", "", "", "B"),
        ],
        [
            (
                "The vote followed a debate of just over four hours in which 38 MPs spoke.",
                "",
                "",
                "W",
            ),
            ("The House adjourned at 8.55 p.m.", "", "", "W"),
            ("Debate on the Finance Bill, 2026 resumes on Wednesday at 2.30 p.m.", "", "", "W"),
        ],
        [
            (
                "Senate Finance Committee chairman Abdikheir Yussufow Garbole said his committee would table its report by June 23.",
                "Abdikheir Yussufow Garbole",
                "said",
                "",
            ),
            (
                "“We will not rubber-stamp anything, whether it comes from the Treasury or from the National Assembly,” he said.",
                "Abdikheir Yussufow Garbole",
                "said",
                "",
            ),
        ],
        [
            (
                "Tags: County Allocation of Revenue Bill | National Assembly | Counties | National Treasury",
                "",
                "",
                "B",
            )
        ],
        [("Trending Now", "", "", "B")],
        [("Nairobi traders protest new market fees at City Hall", "", "", "B")],
        [("Court halts hiring of 4,000 teachers over recruitment rules", "", "", "B")],
        [("Rains cut off three roads in Tana River County", "", "", "B")],
        [("© 2026 Tazamio Media Group PLC.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [
        [("WHARFEMOOR EXAMINER", "", "", "B")],
        [
            (
                "Sign in   |   Subscribe   |   Newsletters   |   Jobs   |   Family notices",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "News   Sport   Bradford City   Politics   What's On   Property   Puzzles   Advertise",
                "",
                "",
                "B",
            )
        ],
        [("News  ›  Crime  ›  Court", "", "", "B")],
        [
            (
                "Care home manager jailed for stealing £86,400 from residents with dementia",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Money taken from nine residents over three years was spent on holidays, a car and a hot tub, court told",
                "",
                "",
                "W",
            )
        ],
        [("By Thurstan Greengarth-Vanewick", "", "", "B"), ("Court reporter", "", "", "B")],
        [("Friday 13 March 2026 at 5:22 pm GMT", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Email   Copy link", "", "", "B")],
        [
            (
                "Corriane Ashwelkirk-Proutmire outside Bradford Crown Court at an earlier hearing.",
                "",
                "",
                "",
            ),
            ("Picture: Wharfemoor Examiner", "", "", "B"),
        ],
        [
            (
                "A care home manager who stole £86,400 from nine residents living with dementia has been jailed for three years and eight months.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Corriane Ashwelkirk-Proutmire, 52, of Quernhill Road, Shipley, pleaded guilty at an earlier hearing to fraud by abuse of position, contrary to section 4 of the Fraud Act 2006.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Prosecutor Osberht Wrenfold-Ackary told Bradford Crown Court that Ashwelkirk-Proutmire took money from residents' bank accounts between April 2022 and May 2025 while she was registered manager of Larksmead House, a 34-bed home in Baildon.",
                "Osberht Wrenfold-Ackary",
                "told Bradford Crown Court",
                "W",
            ),
            (
                "He said she had been given access to the accounts so she could buy toiletries, clothes and hairdressing for the residents, none of whom could manage their own money.",
                "Osberht Wrenfold-Ackary",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mr Wrenfold-Ackary said the money went on two holidays in Lanzarote, a deposit on a car and a £7,950 hot tub for her garden.",
                "Osberht Wrenfold-Ackary",
                "said",
                "W",
            ),
            (
                "One resident, a retired bus driver aged 88, lost £19,300, he said.",
                "Osberht Wrenfold-Ackary",
                "said",
                "W",
            ),
        ],
        [
            (
                "The thefts came to light in June 2025 when a bank flagged 14 cash withdrawals from the same resident's account in a single month, he said.",
                "Osberht Wrenfold-Ackary",
                "said",
                "W",
            ),
            (
                "Ashwelkirk-Proutmire was suspended the next day and arrested in July, he said.",
                "Osberht Wrenfold-Ackary",
                "said",
                "W",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Read more: Care home rated inadequate after inspectors find medicines errors",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "In a statement read to the court, Ottolina Mardlebrook, whose mother lost £11,200, said the family felt “sick to the stomach”.",
                "Ottolina Mardlebrook",
                "said",
                "",
            ),
            ("“Mum trusted her completely.", "Ottolina Mardlebrook", "said", ""),
            ("She used to call her ‘my Rianne’.", "Ottolina Mardlebrook", "said", ""),
            (
                "We had to tell her the truth, and she didn't understand it,” she said.",
                "Ottolina Mardlebrook",
                "said",
                "",
            ),
        ],
        [
            (
                "Iolanthe Sattersby-Quaillard, mitigating, said her client had no previous convictions and had repaid £12,000 from the sale of the car.",
                "Iolanthe Sattersby-Quaillard",
                "said",
                "W",
            ),
            (
                "She said Ashwelkirk-Proutmire had been “drowning in debt” after her marriage ended and was “profoundly ashamed”.",
                "Iolanthe Sattersby-Quaillard",
                "said",
                "",
            ),
            (
                "“How does a woman who spent 20 years caring for others end up here?” she asked.",
                "Iolanthe Sattersby-Quaillard",
                "asked",
                "",
            ),
        ],
        [
            (
                "Sentencing, Judge Leofwin Penhallorn-Greavesmoor KC said the offences were a “gross breach of trust” against people who could not protect themselves, and that the money had been taken “methodically, month after month”.",
                "Leofwin Penhallorn-Greavesmoor",
                "said",
                "W",
            ),
            (
                "He said the guilty plea earned her a one-third reduction in sentence.",
                "Leofwin Penhallorn-Greavesmoor",
                "said",
                "W",
            ),
            ("She will face a hearing under the Proceeds of Crime Act in September.", "", "", "W"),
        ],
        [
            (
                "After the hearing, Detective Constable Rhianwen Oddyhurst said officers had examined more than 2,600 bank transactions.",
                "Rhianwen Oddyhurst",
                "said",
                "W",
            ),
            (
                "“I hope today gives the families some measure of comfort,” she said.",
                "Rhianwen Oddyhurst",
                "said",
                "",
            ),
        ],
        [
            (
                "Fennymead Care Ltd, which owns Larksmead House, said in a statement that it had repaid all nine residents in full by October 2025.",
                "Fennymead Care Ltd",
                "said",
                "W",
            ),
            (
                "It said it had since brought in a second signature for any withdrawal over £50.",
                "Fennymead Care Ltd",
                "said",
                "",
            ),
        ],
        [
            (
                "Support local journalism: subscribe from £1 for your first three months.",
                "",
                "",
                "B",
            ),
            ("Cancel at any time.", "", "", "B"),
        ],
        [
            (
                "Got a story? Email newsdesk@wharfemoorexaminer.co.uk or call 01274 555 0193.",
                "",
                "",
                "B",
            )
        ],
        [("Comments (12)", "", "", "B")],
        [("More from Court", "", "", "B")],
        [("Man who threatened bus driver with hammer given suspended sentence", "", "", "B")],
        [("Teenager admits arson at Keighley allotments", "", "", "B")],
        [("Drink-driver banned after crash on Canal Road", "", "", "B")],
        [
            ("© 2026 Wharfemoor Examiner Ltd.", "", "", "B"),
            ("Registered in England and Wales No. 04418237.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [("Skip to Main Content", "", "", "B")],
        [("PBC News   Nova Scotia   Menu   Search   Sign In", "", "", "B")],
        [("Nova Scotia", "", "", "B")],
        [
            (
                "Rural ER in Pictou County closed 61 times last year, nearly triple the year before",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Health authority figures show closures at Sheltbrook Memorial Hospital rose from 23 in 2024, mostly because no doctor was available",
                "Health authority figures",
                "show",
                "W",
            )
        ],
        [
            (
                "Ardwen Callowbeck-Briand · PBC News · Posted: Mar 04, 2026 4:00 AM AST | Last Updated: 2 hours ago",
                "",
                "",
                "B",
            )
        ],
        [("Listen to this article", "", "", "B"), ("Estimated 5 minutes", "", "", "B")],
        [("Share   Facebook   X   Email   Reddit   LinkedIn", "", "", "B")],
        [
            (
                "Dr. Evanthor Luskeigh-MacQuarrow says he worked 31 overnight shifts at Sheltbrook Memorial in January alone.",
                "Evanthor Luskeigh-MacQuarrow",
                "says",
                "W",
            ),
            ("(Ardwen Callowbeck-Briand/PBC)", "", "", "B"),
        ],
        [
            (
                "The emergency department at Sheltbrook Memorial Hospital in Westville, N.S., was closed 61 times in 2025, according to health authority figures obtained by PBC News through a freedom of information request.",
                "health authority figures obtained by PBC News",
                "according to",
                "W",
            )
        ],
        [
            ("That is up from 23 closures in 2024 and nine in 2023.", "", "", "W"),
            (
                "Most of the closures were overnight, from 7 p.m. to 8 a.m., but 11 lasted a full day or longer.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In 49 cases the reason given was that no physician was available to cover the shift, the records show.",
                "the records",
                "show",
                "W",
            ),
            (
                "Eight were blamed on a shortage of nurses and four on a lack of lab staff.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dr. Evanthor Luskeigh-MacQuarrow, one of four family doctors who staff the emergency department, says the hospital needs at least seven to keep it open around the clock.",
                "Evanthor Luskeigh-MacQuarrow",
                "says",
                "W",
            ),
            (
                "He says two physicians retired in the spring of 2025 and neither has been replaced.",
                "Evanthor Luskeigh-MacQuarrow",
                "says",
                "W",
            ),
            (
                "“Every time we close, somebody drives past our front door with chest pain and keeps going.",
                "Evanthor Luskeigh-MacQuarrow",
                "says",
                "",
            ),
            (
                "That's the part that keeps me awake,” he says.",
                "Evanthor Luskeigh-MacQuarrow",
                "says",
                "",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Bernardette Sollaway-Doucetteau, 71, says she woke with chest pain at about 2 a.m. on Nov. 16 and found the Sheltbrook ER closed.",
                "Bernardette Sollaway-Doucetteau",
                "says",
                "",
            ),
            (
                "She says her husband drove her approx. 58 kilometres to the regional hospital in Truro, N.S.",
                "Bernardette Sollaway-Doucetteau",
                "says",
                "",
            ),
            ("She was kept for three days.", "", "", ""),
            (
                "“What if it had been a real heart attack, and not the warning one?” she asked.",
                "Bernardette Sollaway-Doucetteau",
                "asked",
                "",
            ),
        ],
        [
            ("WATCH | Why small-town emergency rooms keep going dark:", "", "", "B"),
            ("Duration 2:14", "", "", "B"),
        ],
        [
            (
                "In an email, health authority spokesperson Solangelle Quennemont-Tabbe said two new physicians are due to start at Sheltbrook in May and a third in September.",
                "Solangelle Quennemont-Tabbe",
                "said",
                "W",
            ),
            (
                "She said the authority has offered signing bonuses of up to $125,000 for doctors who commit to five years in the county.",
                "Solangelle Quennemont-Tabbe",
                "said",
                "W",
            ),
            (
                "Closures are posted on the authority's website and social media accounts as soon as they are confirmed, she said.",
                "Solangelle Quennemont-Tabbe",
                "said",
                "",
            ),
        ],
        [
            (
                "Health Minister Piaras Arsenvale-Feenagh said the province had recruited 212 doctors in the past two years, more than in any previous two-year period.",
                "Piaras Arsenvale-Feenagh",
                "said",
                "W",
            ),
            (
                "“We know the job's not done in places like Pictou County,” he told reporters at Province House on Tuesday.",
                "Piaras Arsenvale-Feenagh",
                "told reporters",
                "",
            ),
            (
                "He said he expected closures at Sheltbrook to fall “significantly” by the end of the year.",
                "Piaras Arsenvale-Feenagh",
                "said",
                "",
            ),
        ],
        [
            (
                "Opposition health critic Davinia Oultrey-Brisecoeur said at least 14 other rural emergency departments had more closures in 2025 than in 2024.",
                "Davinia Oultrey-Brisecoeur",
                "said",
                "W",
            ),
            ("“The minister keeps counting new doctors.", "Davinia Oultrey-Brisecoeur", "said", ""),
            (
                "People in Westville are counting locked doors,” she said.",
                "Davinia Oultrey-Brisecoeur",
                "said",
                "",
            ),
        ],
        [
            (
                "Reginar Tweedsmuir-Hache, president of the Nova Scotia Registered Nurses' Guild, said 17 nursing positions at the hospital were vacant as of Feb. 28.",
                "Reginar Tweedsmuir-Hache",
                "said",
                "W",
            )
        ],
        [("With files from Seaspray Morning", "", "", "B")],
        [("Corrections and clarifications | Submit a news tip | Report error", "", "", "B")],
        [("Related Stories", "", "", "B")],
        [("Truro hospital adds 10 beds to ease hallway care", "", "", "B")],
        [("Why N.S. is paying nurses to move to the countryside", "", "", "B")],
        [("©2026 Public Broadcasting Canada.", "", "", "B"), ("All rights reserved.", "", "", "B")],
        [("Visitez PBC Nouvelles pour l'actualité en français", "", "", "B")],
    ],
    [
        [("THE DESHANTAR MERIDIAN", "", "", "B")],
        [("E-Paper   |   Subscribe   |   Sign in   |   Thursday, May 28, 2026", "", "", "B")],
        [
            (
                "India   World   Cities   Business   Education   Sports   Entertainment   Opinion   Explained",
                "",
                "",
                "B",
            )
        ],
        [("Cities / Pune", "", "", "B")],
        [
            (
                "Pune civic schools to open with 1,146 teacher posts vacant; 38 run by a single teacher",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Teachers' groups say Std. I to IV classes will be combined in many schools; civic body blames a state freeze on recruitment",
                "Teachers' groups",
                "say",
                "",
            )
        ],
        [
            (
                "Written by Revati Morbhatkar-Sane | Pune | Updated: May 28, 2026 07:42 IST",
                "",
                "",
                "B",
            )
        ],
        [("Follow Us   ·   Share on WhatsApp   ·   Facebook   ·   X   ·   Email", "", "", "B")],
        [
            (
                "Pupils at a civic school in Hadapsar on the last day of the summer camp.",
                "",
                "",
                "",
            ),
            ("(Meridian photo by Kunjal Vedpathak-Dharne)", "", "", "B"),
        ],
        [
            (
                "PUNE: Schools run by the city's civic body will reopen on June 15 with 1,146 of their 4,212 sanctioned teacher posts lying vacant, according to data from the civic body's primary education department.",
                "the civic body's primary education department",
                "according to",
                "W",
            )
        ],
        [
            (
                "The civic body runs 287 primary schools with about 1.03 lakh pupils, most of them from low-income families.",
                "",
                "",
                "W",
            ),
            (
                "Of these, 38 schools have just one teacher for all classes from Std. I to IV.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dr. Sharvilee Dhamnaskar-Vaidyam, the civic body's primary education officer, said no permanent teacher had been recruited since 2019, when the state government froze hiring pending a new recruitment portal.",
                "Sharvilee Dhamnaskar-Vaidyam",
                "said",
                "W",
            ),
            (
                "She said the civic body had appointed 312 contract teachers on an honorarium of Rs. 20,000 a month for the new academic year.",
                "Sharvilee Dhamnaskar-Vaidyam",
                "said",
                "W",
            ),
            (
                "“We have written to the state thrice, i.e. in August, December and March.",
                "Sharvilee Dhamnaskar-Vaidyam",
                "said",
                "",
            ),
            (
                "We are hoping for permission before the monsoon session,” she said.",
                "Sharvilee Dhamnaskar-Vaidyam",
                "said",
                "",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Also Read | Pune: RTE admission lottery results out; 21,400 seats allotted in first round",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Leelavati Pondkule, headmistress of a civic school in Mundhwa with 412 pupils and six teachers, said she teaches Std. IV herself besides running the school.",
                "Leelavati Pondkule",
                "said",
                "",
            ),
            (
                "“On a good day I am headmistress, clerk, class teacher and the person who checks the mid-day meal.",
                "Leelavati Pondkule",
                "said",
                "",
            ),
            (
                "On a bad day the inspection team comes,” she said.",
                "Leelavati Pondkule",
                "said",
                "",
            ),
        ],
        [
            (
                "Dnyaneshwar Bhalgatkar, general secretary of the Pune Prathamik Shikshak Sanghatna, said the shortage had pushed 61 schools to combine two or more classes in one room.",
                "Dnyaneshwar Bhalgatkar",
                "said",
                "W",
            ),
            (
                "He alleged that contract teachers were paid two to three months late, and that several left mid-year.",
                "Dnyaneshwar Bhalgatkar",
                "alleged",
                "W",
            ),
            (
                "“How will a child in Std. I learn to read when she shares a teacher with Std. IV?” he asked.",
                "Dnyaneshwar Bhalgatkar",
                "asked",
                "",
            ),
        ],
        [("Scroll to continue reading", "", "", "B")],
        [
            (
                "Prof. Anurekha Sathyamoorthi-Welankar of the Deccan Institute of Educational Research, who has studied civic schools in the city since 2014, said enrolment had fallen from 1.21 lakh in 2019-20 to 1.03 lakh this year.",
                "Anurekha Sathyamoorthi-Welankar",
                "said",
                "W",
            ),
            (
                "She said parents were moving children to low-fee private schools “because they see an empty classroom, not because the teaching is worse”.",
                "Anurekha Sathyamoorthi-Welankar",
                "said",
                "",
            ),
            (
                "Better pay for contract teachers could stem the exodus, she said.",
                "Anurekha Sathyamoorthi-Welankar",
                "said",
                "",
            ),
        ],
        [
            (
                "Sayajirao Ingolikar, an autorickshaw driver whose two daughters study at a civic school in Yerawada, said he pays Rs. 1,800 a month for tuition classes because the school has had no maths teacher since January.",
                "Sayajirao Ingolikar",
                "said",
                "",
            ),
            ("“I cannot afford more,” he said.", "Sayajirao Ingolikar", "said", ""),
        ],
        [
            (
                "A senior official of the state school education department said the recruitment portal had opened on May 4 and that 9,800 posts across Maharashtra, viz. in municipal and zilla parishad schools, would be filled by December.",
                "A senior official of the state school education department",
                "said",
                "W",
            ),
            (
                "He did not say how many of these would go to Pune.",
                "A senior official of the state school education department",
                "did not say",
                "",
            ),
        ],
        [("Click here to join our WhatsApp channel for Pune news updates", "", "", "B")],
        [("First published on: 28-05-2026 at 07:42 IST", "", "", "B")],
        [("Tags: Pune   Education   Teacher recruitment   Civic schools", "", "", "B")],
        [("Latest from Pune", "", "", "B")],
        [("Two held for duping senior citizen of Rs. 38 lakh in Baner", "", "", "B")],
        [("Water cut in parts of Kothrud, Warje on Friday", "", "", "B")],
        [("© The Deshantar Meridian Pvt. Ltd.", "", "", "B")],
    ],
    [
        [("HALBRANDT", "", "", "B")],
        [
            (
                "World   Business   Markets   Commodities   Energy   Legal   Technology   More",
                "",
                "",
                "B",
            )
        ],
        [("Metals & Mining", "", "", "B")],
        [
            (
                "Chile's Cordillón posts 12% drop in first-quarter copper output as strike halts key mine",
                "",
                "",
                "W",
            )
        ],
        [("By Valdivina Errazquin-Mackenna and Ximeno Pellegrinotti-Tapiarena", "", "", "B")],
        [("April 22, 2026 4:18 PM GMT-4 · Updated 3 hours ago", "", "", "B")],
        [("Share   ·   Save   ·   Print", "", "", "B")],
        [
            (
                "A worker walks past a conveyor belt at the Quebrada Yalquincha copper mine near Antofagasta, Chile, March 11, 2026.",
                "",
                "",
                "",
            ),
            ("Halbrandt/Tadeo Ellacuria-Pintado/File Photo", "", "", "B"),
            ("License this photo", "", "", "B"),
        ],
        [("Summary", "", "", "B")],
        [("Output falls to 118,400 metric tons in January-March", "", "", "W")],
        [("Strike at Quebrada Yalquincha mine lasted 23 days", "", "", "W")],
        [("Company keeps 2026 guidance, sees catch-up in second half", "", "", "W")],
        [
            (
                "SANTIAGO, April 22 (Halbrandt) - Chilean copper miner Minera Cordillón S.A. said on Wednesday its first-quarter production fell 12% from a year earlier to 118,400 metric tons, after a 23-day strike shut its largest mine in February.",
                "Minera Cordillón S.A.",
                "said",
                "W",
            )
        ],
        [
            (
                "Net profit for the quarter fell 31% to $214 million, on revenue of $1.38 billion, the company said in a filing with the local market regulator.",
                "the company",
                "said",
                "W",
            ),
            (
                "Its Santiago-listed shares fell 2.7% by the close, against a 0.4% rise in the benchmark index.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chief Executive Gumersindo Ferrandiz-Olcoz told analysts on a conference call that Quebrada Yalquincha, which produced 61% of the group's copper last year, lost approx. 19,000 tons of output during the stoppage.",
                "Gumersindo Ferrandiz-Olcoz",
                "told analysts",
                "W",
            ),
            (
                "“We expect to recover most of that in the second half,” he said.",
                "Gumersindo Ferrandiz-Olcoz",
                "said",
                "",
            ),
            (
                "The company kept its full-year forecast of 510,000 to 530,000 tons, he said.",
                "Gumersindo Ferrandiz-Olcoz",
                "said",
                "W",
            ),
        ],
        [
            (
                "Chief Financial Officer Maitén Huenchullan-Rebolledano said cash costs rose to $2.41 per pound in the quarter from $2.08 a year earlier, mainly because of the strike and higher diesel prices.",
                "Maitén Huenchullan-Rebolledano",
                "said",
                "W",
            ),
            (
                "She said costs should fall back below $2.20 by the fourth quarter.",
                "Maitén Huenchullan-Rebolledano",
                "said",
                "",
            ),
        ],
        [("Advertisement · Story continues", "", "", "B")],
        [
            (
                "The strike by Sindicato No. 2, which represents about 1,450 of the mine's 2,300 workers, ended on Feb. 26 when members approved a three-year contract with a 4.5% real wage increase and a one-off bonus of 6.2 million pesos per worker.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Union president Rosalía Quintrequeo-Barrazábal told Halbrandt by telephone that 214 contract workers who joined the stoppage had not been rehired.",
                "Rosalía Quintrequeo-Barrazábal",
                "told Halbrandt",
                "W",
            ),
            ("“The company got its copper back.", "Rosalía Quintrequeo-Barrazábal", "said", ""),
            (
                "Those families got nothing,” she said.",
                "Rosalía Quintrequeo-Barrazábal",
                "said",
                "",
            ),
            (
                "Cordillón did not respond to a request for comment on the contract workers.",
                "Minera Cordillón S.A.",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "Get a quick look at the day's commodity moves with our Metals Morning newsletter.",
                "",
                "",
                "B",
            ),
            ("Sign up here.", "", "", "B"),
        ],
        [
            (
                "Octavio Larrañeta-Swinbourne, a mining analyst at Tellier Sotomayor & Cía. in Santiago, said the results were below the average estimate of 124,000 tons in a poll of six analysts.",
                "Octavio Larrañeta-Swinbourne",
                "said",
                "W",
            ),
            (
                "He said the guidance “looks stretched” unless ore grades at Quebrada Yalquincha improve, and that a second strike at the smaller El Pajonal mine, whose contract expires in September, could not be ruled out.",
                "Octavio Larrañeta-Swinbourne",
                "said",
                "",
            ),
        ],
        [
            ("Chile is the world's largest copper producer.", "", "", "W"),
            (
                "Benchmark copper on the London market traded at $9,840 a ton on Wednesday, up 6% since the start of the year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Cordillón, whose largest shareholder is the Urrutegui family, also said it had agreed to sell a 20% stake in its El Pajonal project for $410 million to Japan's Kagetsu Metals Corp.",
                "Minera Cordillón S.A.",
                "said",
                "W",
            ),
            (
                "The deal is expected to close in the third quarter, subject to approval by Chile's competition regulator.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "(Reporting by Valdivina Errazquin-Mackenna in Santiago; additional reporting by Ximeno Pellegrinotti-Tapiarena in Antofagasta; Editing by Hephzibel Ormesgill-Lislebury and Casparo Wendebrook)",
                "",
                "",
                "B",
            )
        ],
        [("How we report: read the Halbrandt editorial code", "", "", "B")],
        [("Suggested Topics:   Mining   ·   Commodities   ·   Chile", "", "", "B")],
        [
            (
                "Halbrandt is the news agency of the Halbrandt Information Group, serving newspapers, broadcasters and banks in 64 countries.",
                "",
                "",
                "B",
            )
        ],
        [("Market data shown with a delay of at least 15 minutes.", "", "", "B")],
        [("© 2026 Halbrandt.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [
        [("THE TAWE TRUMPET", "", "", "B")],
        [
            (
                "Local news for Ystalyfera, Godre'r-graig, Cwmllynfell and the upper Swansea Valley",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Home   News   Community   What's On   Sport   Noticeboard   Advertise   Support us",
                "",
                "",
                "B",
            )
        ],
        [("Transport", "", "", "B")],
        [
            (
                "T17 bus to run every two hours from April as operator blames falling passenger numbers",
                "",
                "",
                "W",
            )
        ],
        [
            ("Posted by Siwsan Llethrgoch on 19 March 2026", "", "", "B"),
            ("3 min read", "", "", "B"),
        ],
        [("Share this:   Facebook   WhatsApp   X   Email", "", "", "B")],
        [
            ("The T17 waiting at Ystalyfera interchange on Wednesday morning.", "", "", ""),
            ("Photo: Siwsan Llethrgoch", "", "", "B"),
        ],
        [
            (
                "The T17 bus between Ystalyfera and Swansea will run every two hours instead of every hour from Monday 6 April, and its Sunday service will stop altogether.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Brynhafod Coaches Ltd, which runs the route, said passenger numbers had fallen by about 22% since 2023 and that the service lost approx. £4,100 a week.",
                "Brynhafod Coaches Ltd",
                "said",
                "W",
            ),
            (
                "The last bus back from Swansea will leave at 18:25, more than two hours earlier than now.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Managing director Gethwynne Aberhirnant-Luskeigh said the firm had asked the county borough council for an extra £96,000 a year to keep the hourly timetable, but had been told there was no money.",
                "Gethwynne Aberhirnant-Luskeigh",
                "said",
                "W",
            ),
            ("“Nobody at Brynhafod wanted this.", "Gethwynne Aberhirnant-Luskeigh", "said", ""),
            (
                "We've run buses up this valley since 1958,” he said.",
                "Gethwynne Aberhirnant-Luskeigh",
                "said",
                "",
            ),
            (
                "He said the company would look again at the timetable in the autumn.",
                "Gethwynne Aberhirnant-Luskeigh",
                "said",
                "",
            ),
        ],
        [
            (
                "Sponsored: Glanmorlais Garage, Pontardawe — MOTs from £35, free collection for over-65s.",
                "",
                "",
                "B",
            ),
            ("Call 01792 555 0184.", "", "", "B"),
        ],
        [
            (
                "A county borough council spokesperson said its budget for supported bus services had been cut by 14% this year because of a smaller grant.",
                "A county borough council spokesperson",
                "said",
                "W",
            ),
            (
                "The council was “exploring options” with the operator, the spokesperson said.",
                "A county borough council spokesperson",
                "said",
                "",
            ),
        ],
        [
            (
                "Cllr Mallt Penhelyg-Stowford, who chairs the community council, said 640 people had signed a paper petition at the village shop and the library in eight days.",
                "Mallt Penhelyg-Stowford",
                "said",
                "W",
            ),
            (
                "“For a lot of people up here, e.g. those without cars, the T17 is the only way to get to the hospital in Swansea, to the jobcentre, to college.",
                "Mallt Penhelyg-Stowford",
                "said",
                "",
            ),
            (
                "Take it away and you cut the valley off,” she said.",
                "Mallt Penhelyg-Stowford",
                "said",
                "",
            ),
        ],
        [
            (
                "Idwalon Carnhedryn, 79, of Lôn Cwmcerrig, said he takes the bus twice a week to his wife's care home in Clydach.",
                "Idwalon Carnhedryn",
                "said",
                "",
            ),
            (
                "“With this timetable I'll be stood in the rain for an hour on the way back,” he said.",
                "Idwalon Carnhedryn",
                "said",
                "",
            ),
        ],
        [
            (
                "Ffraid Treharnog-Mbelenwe, a student nurse, said her shifts at the hospital finish at 19:30, after the last bus home.",
                "Ffraid Treharnog-Mbelenwe",
                "said",
                "",
            ),
            (
                "She said she would have to pay about £28 for a taxi or give up her placement.",
                "Ffraid Treharnog-Mbelenwe",
                "said",
                "",
            ),
        ],
        [
            ("The Trumpet is run by volunteers and funded by readers.", "", "", "B"),
            ("If you value local news, chip in from £3 a month.", "", "", "B"),
        ],
        [
            (
                "Elerydd Pryderwen-Goughton MS said she had written to the transport minister on Tuesday asking for emergency funding for rural routes.",
                "Elerydd Pryderwen-Goughton",
                "said",
                "W",
            ),
            (
                "She said she would raise the T17 in the Senedd next week.",
                "Elerydd Pryderwen-Goughton",
                "said",
                "",
            ),
        ],
        [
            (
                "A Welsh Government spokesperson said £46m had been provided to bus services across Wales this financial year.",
                "A Welsh Government spokesperson",
                "said",
                "W",
            )
        ],
        [("NEW T17 TIMETABLE FROM 6 APRIL (Mon-Sat)", "", "", "B")],
        [("Ystalyfera dep. 07:10, 09:10, 11:10, 13:10, 15:10, 17:10", "", "", "W")],
        [("Swansea bus station dep. 08:25, 10:25, 12:25, 14:25, 16:25, 18:25", "", "", "W")],
        [
            ("Source: Brynhafod Coaches.", "", "", "B"),
            ("Times may change; check before you travel.", "", "", "B"),
        ],
        [("Related posts", "", "", "B")],
        [("Road closure on the A4067 at Cwmtwrch for resurfacing", "", "", "B")],
        [("Library opening hours cut from April", "", "", "B")],
        [("Comments are closed on this post.", "", "", "B")],
        [
            (
                "The Tawe Trumpet is a not-for-profit community interest company, No. 12904417.",
                "",
                "",
                "B",
            ),
            ("© 2026 The Tawe Trumpet CIC.", "", "", "B"),
        ],
    ],
    [
        [("Skip to main content", "", "", "B")],
        [("ANBS News", "", "", "B")],
        [
            (
                "Home   Latest   Tasmania   Environment   Rural   Politics   Analysis   Watch live",
                "",
                "",
                "B",
            )
        ],
        [("ANBS Tasmania", "", "", "B")],
        [
            (
                "Toxic algal bloom shuts oyster leases on Tasmania's east coast for third time in four years",
                "",
                "",
                "W",
            )
        ],
        [("By Jessamond Coldmorrow-Luong", "", "", "B")],
        [("Topic: Environment", "", "", "B")],
        [("Published 14 May 2026, 5:31am · Updated 11:02am", "", "", "B")],
        [("Share article", "", "", "B")],
        [
            (
                "Tullia Tallowfen on her family's lease in Wattlemarsh Bay, where harvesting stopped on Monday.",
                "",
                "",
                "",
            ),
            ("(ANBS News: Jessamond Coldmorrow-Luong)", "", "", "B"),
        ],
        [("At a glance:", "", "", "B")],
        [
            (
                "Six oyster leases near St Helens have been closed after shellfish tested above the safe limit for paralytic toxins.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Growers say they could lose a season's income if the closure lasts into winter.",
                "Growers",
                "say",
                "",
            )
        ],
        [
            (
                "Harvesting has stopped on six oyster and mussel leases in Wattlemarsh Bay near St Helens after routine tests found paralytic shellfish toxins above the national safety limit.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Tamsynne Oakleigh-Rourkeby, manager of the state's shellfish quality program, said samples taken on 8 May contained up to 2.6 milligrams of toxin per kilogram of flesh, more than three times the limit of 0.8mg/kg.",
                "Tamsynne Oakleigh-Rourkeby",
                "said",
                "W",
            ),
            (
                "She said the bloom was caused by the alga A. catenella, which was first detected in the bay in 2012.",
                "Tamsynne Oakleigh-Rourkeby",
                "said",
                "W",
            ),
            (
                "“People should not collect wild shellfish anywhere between Binalong Bay and Scamander until further notice,” she said.",
                "Tamsynne Oakleigh-Rourkeby",
                "said",
                "",
            ),
        ],
        [
            (
                "Tullia Tallowfen, whose family has farmed oysters in the bay since 1987, said the business had about 1.4 million oysters in the water and seven staff.",
                "Tullia Tallowfen",
                "said",
                "W",
            ),
            (
                "“We had two closures in 2023 and we got through them.",
                "Tullia Tallowfen",
                "said",
                "",
            ),
            (
                "Three in four years, I honestly don't know,” she said.",
                "Tullia Tallowfen",
                "said",
                "",
            ),
            (
                "She said she had not yet asked the bank to defer the lease repayments.",
                "Tullia Tallowfen",
                "said",
                "",
            ),
        ],
        [("Related Story: Why warmer water is pushing fish species further south", "", "", "B")],
        [("Loading...", "", "", "B")],
        [
            (
                "Associate Professor Kristof Vandermaesen-Ashterne, who leads a monitoring project at the Marramong Marine Laboratory, said surface water in the bay had been 1.9 degrees Celsius warmer than the long-term average for most of April.",
                "Kristof Vandermaesen-Ashterne",
                "said",
                "W",
            ),
            (
                "He said warmer, calmer water after heavy rain favoured blooms of the alga, but that scientists still could not predict exactly when one would start.",
                "Kristof Vandermaesen-Ashterne",
                "said",
                "",
            ),
            (
                "“Is this the new normal for the east coast?",
                "Kristof Vandermaesen-Ashterne",
                "said",
                "",
            ),
            (
                "We don't have enough years of data to say yet, e.g. we only began weekly sampling in 2019,” he said.",
                "Kristof Vandermaesen-Ashterne",
                "said",
                "",
            ),
        ],
        [
            (
                "Primary Industries Minister Jocelind Harkavale-Deanswell said in a statement that growers affected by closures of more than 28 days could apply for a grant of up to $20,000 under an existing hardship scheme.",
                "Jocelind Harkavale-Deanswell",
                "said",
                "W",
            ),
            (
                "She said the government would “stand with the industry”.",
                "Jocelind Harkavale-Deanswell",
                "said",
                "",
            ),
        ],
        [
            (
                "Local mayor Lachwyn Brigaloe-Prattsby said oysters were as much a part of the town as the fishing fleet.",
                "Lachwyn Brigaloe-Prattsby",
                "said",
                "",
            ),
            (
                "He said the council's visitor centre had sold 3,200 tickets to last year's oyster festival, which is held in October.",
                "Lachwyn Brigaloe-Prattsby",
                "said",
                "W",
            ),
            ("“We'll still have the festival.", "Lachwyn Brigaloe-Prattsby", "said", ""),
            (
                "It might just have a few more scallops on the menu,” he said.",
                "Lachwyn Brigaloe-Prattsby",
                "said",
                "",
            ),
        ],
        [
            (
                "Ms Oakleigh-Rourkeby said the leases would stay closed until two weekly samples in a row tested below the limit.",
                "Tamsynne Oakleigh-Rourkeby",
                "said",
                "W",
            ),
            (
                "Oysters bought from shops and restaurants were safe because they come from areas that are tested and open, she said.",
                "Tamsynne Oakleigh-Rourkeby",
                "said",
                "W",
            ),
        ],
        [
            ("Get our local newsletter, delivered free each Friday.", "", "", "B"),
            ("Subscribe now.", "", "", "B"),
        ],
        [
            (
                "ANBS recognises First Nations peoples as the traditional owners of the lands and waters on which we report.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Topics:   Environment   Fishing and Aquaculture   Food Safety   St Helens   Tas",
                "",
                "",
                "B",
            )
        ],
        [("Back to top", "", "", "B")],
        [("© 2026 Australian National Broadcasting Service", "", "", "B")],
    ],
    [
        [("THE WESTHOLLOW COURANT", "", "", "B")],
        [("Western Jamaica's newspaper since 1961", "", "", "B")],
        [("E-PAPER   |   CLASSIFIEDS   |   OBITUARIES   |   SUBSCRIBE", "", "", "B")],
        [
            (
                "News   Lead Stories   Crime   Business   Sports   Entertainment   Commentary   Letters",
                "",
                "",
                "B",
            )
        ],
        [("CRIME", "", "", "B")],
        [("Two charged after cops find nine guns, 1,200 rounds in Granville shed", "", "", "W")],
        [
            (
                "Weapons linked to at least four St James shootings, says police chief",
                "Cleondre Maraghlin-Whitfort",
                "says",
                "W",
            )
        ],
        [("Kadeen Morrisseau-Blakesley/Western Bureau Reporter", "", "", "B")],
        [("Published: Saturday | January 24, 2026 | 12:09 AM", "", "", "B")],
        [("Share:   Facebook   X   WhatsApp   Email", "", "", "B")],
        [
            (
                "Police display the guns and ammunition seized in Granville, St James, on Thursday.",
                "",
                "",
                "W",
            ),
            ("Contributed photo", "", "", "B"),
        ],
        [
            (
                "WESTERN BUREAU: Two men were on Friday charged with illegal possession of firearms and ammunition after police found nine guns and more than 1,200 rounds hidden in a shed in Granville, St James, on Thursday morning.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Deanthony Puseyford-Maitlandt, 24, a mechanic, and Romarlo Shirlock, 31, a taxi operator, both of Granville, were also charged with possession of a prohibited weapon.",
                "",
                "",
                "W",
            ),
            (
                "They are to appear in the St James Parish Court on Wednesday, January 28.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Senior Superintendent Cleondre Maraghlin-Whitfort, head of the St James police, said a team acting on intelligence went to the premises on Dalrymple Lane at approx. 5:40 a.m. Thursday.",
                "Cleondre Maraghlin-Whitfort",
                "said",
                "W",
            ),
            (
                "He said officers found two rifles, five pistols and two shotguns in a false floor under a stack of tyres.",
                "Cleondre Maraghlin-Whitfort",
                "said",
                "W",
            ),
            (
                "Preliminary ballistic checks had linked four of the guns to at least four shootings in the parish since October, he said.",
                "Cleondre Maraghlin-Whitfort",
                "said",
                "W",
            ),
            ("“This is a good day for St James.", "Cleondre Maraghlin-Whitfort", "said", ""),
            (
                "Nine guns that will not be pointed at anybody's mother again,” he said.",
                "Cleondre Maraghlin-Whitfort",
                "said",
                "",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [("RELATED: Cops seize ganja, cash in Mt. Salem raid", "", "", "B")],
        [
            (
                "There have been 31 murders in St James since the start of 2025, according to police data, down from 44 in the same period a year earlier.",
                "police data",
                "according to",
                "W",
            )
        ],
        [
            (
                "Det. Sgt. Omarion Falconbridge-Reidwell of the parish's criminal investigation branch said both men were interviewed in the presence of their attorney on Friday before they were charged.",
                "Omarion Falconbridge-Reidwell",
                "said",
                "W",
            ),
            (
                "He said the investigation was continuing and more arrests could follow.",
                "Omarion Falconbridge-Reidwell",
                "said",
                "",
            ),
        ],
        [
            (
                "Attorney-at-law Yulanda Haughtonby-Stiebel, who represents both men, said her clients “deny any knowledge” of the weapons.",
                "Yulanda Haughtonby-Stiebel",
                "said",
                "",
            ),
            (
                "She said the shed was rented to at least three other people and that neither man had a key.",
                "Yulanda Haughtonby-Stiebel",
                "said",
                "W",
            ),
            (
                "“Since when does renting a yard make you own everything in it?” she asked.",
                "Yulanda Haughtonby-Stiebel",
                "asked",
                "",
            ),
        ],
        [
            (
                "A resident who asked not to be named said gunshots had kept the community awake “two, three nights a week” over Christmas.",
                "A resident who asked not to be named",
                "said",
                "",
            ),
            (
                "“Maybe now we can sleep,” she said.",
                "A resident who asked not to be named",
                "said",
                "",
            ),
        ],
        [
            (
                "Rev. Ezekyel Blackwode-Tappin, pastor of a church in the community, said his congregation had buried three young men since September.",
                "Ezekyel Blackwode-Tappin",
                "said",
                "W",
            ),
            (
                "He said the community needed jobs and a playing field more than it needed police raids, “but I thank God for today”.",
                "Ezekyel Blackwode-Tappin",
                "said",
                "",
            ),
        ],
        [
            (
                "At the monthly meeting of the municipal corporation on Thursday, Mayor Desroy Kerrby-Alleynsworth said 46 new street lights had been installed in Granville and neighbouring Pitfour since November.",
                "Desroy Kerrby-Alleynsworth",
                "said",
                "W",
            ),
            (
                "He said more would follow “in the new financial year”.",
                "Desroy Kerrby-Alleynsworth",
                "said",
                "",
            ),
        ],
        [
            (
                "Anyone with information on gun crime in St James is asked to call the police tip line at 876-555-0142.",
                "",
                "",
                "B",
            ),
            ("Calls are confidential.", "", "", "B"),
        ],
        [("Send us your feedback at westernnews@westhollowcourant.com.jm.", "", "", "B")],
        [("TRENDING IN CRIME", "", "", "B")],
        [("Man held with J$2.3m in suitcase at Sangster airport", "", "", "B")],
        [("Three injured in Salt Spring shooting", "", "", "B")],
        [("Taxi operator charged with dangerous driving", "", "", "B")],
        [
            ("© Copyright 2026 The Westhollow Courant Co. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [("SEAMWICKET", "", "", "B")],
        [("Sri Lanka's cricket monthly · Print and digital since 1994", "", "", "B")],
        [
            (
                "Subscribe: 12 print issues for Rs. 6,000 | Digital only Rs. 250 a month | Log in",
                "",
                "",
                "B",
            )
        ],
        [("Home   News   Domestic   Schools   Women   Features   Archive   Shop", "", "", "B")],
        [("Domestic / Tier A final", "", "", "B")],
        [("Report", "", "", "B")],
        [
            (
                "Tuskers end 23-year wait as Dewapriya-Ellawala's 11 wickets win the Tier A final",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "A left-arm spinner who nearly quit the game last year bowled Moratuwa to the title on a crumbling pitch at Colombo",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Words: Shehara Ponnamperuma-Danielsz · Photographs: Lakvindu Jayamanne-Fonsekara",
                "",
                "",
                "B",
            )
        ],
        [("2 March 2026 · 7 min read", "", "", "B")],
        [("Share   ·   Facebook   ·   X   ·   WhatsApp   ·   Copy link", "", "", "B")],
        [
            (
                "Kasunjith Dewapriya-Ellawala is carried off by his team-mates after the final wicket on Sunday.",
                "",
                "",
                "",
            ),
            ("(Lakvindu Jayamanne-Fonsekara / SeamWicket)", "", "", "B"),
        ],
        [
            (
                "Moratuwa Tuskers CC won the Tier A first-class title for the first time since 2003 on Sunday, beating Kegalle United SC by four wickets with 11 overs to spare on the fourth day of the final.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Kasunjith Dewapriya-Ellawala, a 26-year-old left-arm spinner, took 6-48 and 5-77 for match figures of 11-125, the best in a Tier A final since the competition was reorganised in 2011.",
                "",
                "",
                "W",
            ),
            (
                "He bowled unchanged for 31 overs on the third day as the pitch turned sharply from the first session.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dewapriya-Ellawala said he had nearly given up cricket in 2025 after being left out of the squad for the whole season.",
                "Kasunjith Dewapriya-Ellawala",
                "said",
                "",
            ),
            ("“My father said, play one more year.", "Kasunjith Dewapriya-Ellawala", "said", ""),
            ("So I played one more year,” he said.", "Kasunjith Dewapriya-Ellawala", "said", ""),
            (
                "He said he had spent the off-season working on his arm ball with the former Test spinner who coaches at his old school, St. Aidric's College.",
                "Kasunjith Dewapriya-Ellawala",
                "said",
                "",
            ),
        ],
        [
            (
                "Kegalle, asked to bat first, were bowled out for 188, with opener R.A. Siriwimala-Pereramuni making 71.",
                "",
                "",
                "W",
            ),
            ("Moratuwa replied with 287, captain Praneeth Thalagune scoring 104.", "", "", "W"),
            (
                "Kegalle's 241 in the second innings left the Tuskers needing 143, and they got there at 145-6 shortly after tea on day four.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("“The boys have waited a long time for this.", "Praneeth Thalagune", "said", ""),
            (
                "Some of them weren't even born the last time we won it,” Thalagune said.",
                "Praneeth Thalagune",
                "said",
                "",
            ),
            (
                "He said nine of the 11 players in the final had come through Moratuwa's schools cricket system.",
                "Praneeth Thalagune",
                "said",
                "W",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "FROM THE ARCHIVE: How the Tuskers won their first title in 1987 (subscribers only)",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Kegalle coach Sudesh Wanniappuhamy said his side had been “outplayed on the last two days”.",
                "Sudesh Wanniappuhamy",
                "said",
                "",
            ),
            (
                "He said two of his frontline batters had missed the final with injuries picked up in the semi-final in Kandy.",
                "Sudesh Wanniappuhamy",
                "said",
                "W",
            ),
            ("“Would it have changed the result?", "Sudesh Wanniappuhamy", "said", ""),
            ("Probably not,” he said.", "Sudesh Wanniappuhamy", "said", ""),
        ],
        [
            (
                "National selector Dilrangi Kotalawela-Bastians, who watched all four days, said Dewapriya-Ellawala had taken 64 wickets in the season at an average of 17.3.",
                "Dilrangi Kotalawela-Bastians",
                "said",
                "W",
            ),
            (
                "She said he would be considered for the A team's tour in June, but would not say more.",
                "Dilrangi Kotalawela-Bastians",
                "said",
                "",
            ),
        ],
        [
            (
                "Moratuwa receive Rs. 5 million in prize money and Kegalle Rs. 2.5 million.",
                "",
                "",
                "W",
            )
        ],
        [("SCORECARD", "", "", "B")],
        [
            (
                "Kegalle United SC 188 (R.A. Siriwimala-Pereramuni 71, D.N. Karunathilake-Hewa 33; K. Dewapriya-Ellawala 6-48) & 241 (M.S. Lokuhettige 88; K. Dewapriya-Ellawala 5-77)",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Moratuwa Tuskers CC 287 (P. Thalagune 104, T.H. Aluvihare-Gunasena 61; J.P. Weerabaddana 4-90) & 145-6 (29 overs; J.P. Weerabaddana 3-51)",
                "",
                "",
                "",
            )
        ],
        [
            ("Result: Moratuwa Tuskers CC won by four wickets.", "", "", ""),
            ("Player of the match: K. Dewapriya-Ellawala.", "", "", ""),
        ],
        [
            ("This report appears in the April 2026 print edition of SeamWicket.", "", "", "B"),
            ("Subscribers can read the full issue online.", "", "", "B"),
        ],
        [("More domestic cricket", "", "", "B")],
        [("Schools big match: southern rivals meet for the 100th time", "", "", "B")],
        [("Women's Tier A: Galle hold on for draw in rain", "", "", "B")],
        [
            ("© 2026 SeamWicket Publications (Pvt) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [("FIVEFOOTWAY", "", "", "B")],
        [("Culture · City · Food · People · Events · Newsletter · Shop", "", "", "B")],
        [("Culture / Theatre", "", "", "B")],
        [
            (
                "After 17 years in a Geylang schoolhouse, Moonkite Ensemble has until December to find a new home",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The independent theatre company's lease on its 96-seat black box will not be renewed, and its founder says the search has only just begun",
                "Kho Suet Xian",
                "says",
                "",
            )
        ],
        [
            ("Words by Margolyn Thiang-Haldanworth", "", "", "B"),
            ("Photos by Benno Lokewood-Ashwynne", "", "", "B"),
        ],
        [("18 Aug 2026", "", "", "B"), ("Reading time: 6 minutes", "", "", "B")],
        [("Save   Share", "", "", "B")],
        [
            (
                "Moonkite Ensemble's founder Kho Suet Xian in the rehearsal room that was once a Primary 4 classroom.",
                "",
                "",
                "",
            ),
            ("Photo: Benno Lokewood-Ashwynne for Fivefootway", "", "", "B"),
        ],
        [
            (
                "The independent theatre company Moonkite Ensemble will have to leave the former primary school at No. 11 Lor. 27A Geylang that has been its home since 2009 when its lease ends on Dec. 31, founder and artistic director Kho Suet Xian said.",
                "Kho Suet Xian",
                "said",
                "W",
            )
        ],
        [
            (
                "The Heritage Premises Office, which manages the site, said in reply to queries that the building would be handed to another agency in 2027 for “a community use to be announced”.",
                "The Heritage Premises Office",
                "said",
                "W",
            ),
            (
                "It said it had told all five tenants in January.",
                "The Heritage Premises Office",
                "said",
                "",
            ),
        ],
        [
            (
                "Kho said the company had staged 142 productions in the schoolhouse, including 61 new Singapore plays.",
                "Kho Suet Xian",
                "said",
                "W",
            ),
            ("“People think a theatre is the stage.", "Kho Suet Xian", "said", ""),
            (
                "It's actually the toilets, the fire exits, the storeroom for 17 years of costumes,” she said.",
                "Kho Suet Xian",
                "said",
                "",
            ),
            (
                "She said the company paid S$6,800 a month for the 430 sq m space, about a third of what comparable commercial units in the area cost.",
                "Kho Suet Xian",
                "said",
                "W",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [("Read next: Inside the new wave of Malay-language theatre", "", "", "B")],
        [
            (
                "A spokesperson for the Arts Resource Board said the company received S$310,000 in its last two-year grant, and that officers had shown Moonkite Ensemble four possible spaces since March.",
                "A spokesperson for the Arts Resource Board",
                "said",
                "W",
            ),
            (
                "“We will continue to work with the company,” the spokesperson said.",
                "A spokesperson for the Arts Resource Board",
                "said",
                "",
            ),
        ],
        [
            (
                "Kho said two of the four spaces were in industrial buildings in Woodlands and Kallang Bahru that could not be licensed for audiences of more than 50.",
                "Kho Suet Xian",
                "said",
                "W",
            ),
            (
                "“A theatre where the audience can't come in is a very expensive rehearsal room,” she said.",
                "Kho Suet Xian",
                "said",
                "",
            ),
        ],
        [
            (
                "Playwright Roshwin Arulanandam-Fairwend, whose first three plays premiered at the schoolhouse, said the building had been “a front door for people like me who didn't go to drama school”.",
                "Roshwin Arulanandam-Fairwend",
                "said",
                "",
            ),
            (
                "He said at least 11 of the company's former interns now ran companies of their own.",
                "Roshwin Arulanandam-Fairwend",
                "said",
                "W",
            ),
        ],
        [
            (
                "Norhafizah Jumaatun-Lindgraf, a retired nurse who has ushered at the theatre every weekend since 2014, said she had seen “maybe 300 shows, maybe more”.",
                "Norhafizah Jumaatun-Lindgraf",
                "said",
                "",
            ),
            (
                "“Where will the aunties go on Saturday night?” she asked, laughing.",
                "Norhafizah Jumaatun-Lindgraf",
                "asked",
                "",
            ),
        ],
        [
            (
                "The company's finance manager, Phoon Jun Zhe, said moving and fitting out a new black box would cost at least S$900,000, and that the company had S$212,000 in reserves.",
                "Phoon Jun Zhe",
                "said",
                "W",
            ),
            (
                "He said it would launch a public fund-raising appeal in October.",
                "Phoon Jun Zhe",
                "said",
                "",
            ),
        ],
        [
            (
                "Moonkite Ensemble's final production at Lor. 27A, a revival of its 2010 hit Brinewater, runs from Nov. 19 to Dec. 13.",
                "",
                "",
                "W",
            ),
            ("Tickets from S$28 at moonkiteensemble.sg.", "", "", "B"),
        ],
        [
            ("Our weekend culture picks, every Friday in your inbox.", "", "", "B"),
            ("Sign up free.", "", "", "B"),
        ],
        [
            ("An earlier version of this article said the theatre had 120 seats.", "", "", "B"),
            ("It has 96.", "", "", "B"),
            ("We regret the error.", "", "", "B"),
        ],
        [("You might also like", "", "", "B")],
        [("Five independent bookshops that are still standing", "", "", "B")],
        [("The night hawker centre that became a gallery", "", "", "B")],
        [
            ("© 2026 Fivefootway Media Pte. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [("MNA", "", "", "B")],
        [("Mvule News Agency", "", "", "B")],
        [
            (
                "Top stories   Africa   Business   Science   Health   Sport   Photos   Video",
                "",
                "",
                "B",
            )
        ],
        [("Science", "", "", "B")],
        [
            (
                "Seismic network records 1,340 small quakes under Rwenzori foothills in 10 days",
                "",
                "",
                "W",
            )
        ],
        [("By Isaaka Tumusingye-Ravenshale", "", "", "B")],
        [("Published Aug 11, 2026 · 14:05 EAT", "", "", "B"), ("Word count: 690", "", "", "B")],
        [("Share   Print   Email", "", "", "B")],
        [
            (
                "A technician checks a solar-powered seismometer installed in a farm near Fort Portal in March.",
                "",
                "",
                "",
            ),
            ("MNA/Phionah Ategeka-Norlund", "", "", "B"),
        ],
        [
            (
                "FORT PORTAL, Uganda, Aug 11 (MNA) – A network of 18 seismometers installed this year around Fort Portal recorded 1,340 small earthquakes between July 24 and Aug. 2, the largest swarm measured in western Uganda since instruments were first placed there in the 1990s, the Rwenzori Geophysical Observatory said on Tuesday.",
                "the Rwenzori Geophysical Observatory",
                "said",
                "W",
            )
        ],
        [
            ("Most of the quakes were below magnitude 2 and were not felt.", "", "", "W"),
            (
                "The largest, of magnitude 4.6, struck at 3.12 a.m. on Aug. 2 about 14 km southwest of the town.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dr. Brendah Kiconco-Ashdeane, the observatory's lead seismologist, said the quakes were between 6 and 11 km deep and clustered along a known fault on the eastern edge of the Rwenzori mountains.",
                "Brendah Kiconco-Ashdeane",
                "said",
                "W",
            ),
            (
                "She said the swarm was “most likely” caused by stress building on the fault and not by magma, but that the team could not yet rule anything out.",
                "Brendah Kiconco-Ashdeane",
                "said",
                "",
            ),
            ("“A swarm is the Earth clearing its throat.", "Brendah Kiconco-Ashdeane", "said", ""),
            ("Usually it means nothing.", "Brendah Kiconco-Ashdeane", "said", ""),
            (
                "Sometimes it is the first line of a long speech,” she said.",
                "Brendah Kiconco-Ashdeane",
                "said",
                "",
            ),
        ],
        [
            (
                "The network's first results, published on Monday in an African geophysics journal, showed that the old network of four stations had missed about 70% of quakes below magnitude 2, the authors wrote.",
                "the authors",
                "wrote",
                "W",
            ),
            (
                "A denser network might allow earlier warnings of larger quakes in the region, they wrote.",
                "the authors",
                "wrote",
                "",
            ),
        ],
        [
            (
                "Journal reference: Kiconco-Ashdeane B., Mukwaya-Halvorstrand T., et al. A dense seismic array in the Rwenzori foothills: first results. J. Afr. Geophys. Res. 2026;31(4):211-229.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Co-author Prof. Tendo Mukwaya-Halvorstrand said the 18 instruments cost about $410,000, paid for by a research grant shared with two universities in Europe.",
                "Tendo Mukwaya-Halvorstrand",
                "said",
                "W",
            ),
            (
                "He said the network sends data by mobile phone every 30 seconds, i.e. fast enough to locate a quake within a minute.",
                "Tendo Mukwaya-Halvorstrand",
                "said",
                "W",
            ),
            (
                "The team hopes to add six more stations by the end of 2027, he said.",
                "Tendo Mukwaya-Halvorstrand",
                "said",
                "",
            ),
        ],
        [("MNA subscribers may republish this story in full with credit.", "", "", "B")],
        [
            (
                "Ruhanga Byamukama-Strandholm, the district disaster management officer, said cracks had been reported in 23 houses and two primary school classrooms after the Aug. 2 quake.",
                "Ruhanga Byamukama-Strandholm",
                "said",
                "W",
            ),
            ("No one was injured, he said.", "Ruhanga Byamukama-Strandholm", "said", "W"),
            (
                "He urged residents not to sleep in buildings with large new cracks until engineers had inspected them.",
                "Ruhanga Byamukama-Strandholm",
                "urged",
                "",
            ),
        ],
        [
            (
                "Stella Kabahuma, who sells matooke at the town's central market, said the Aug. 2 quake woke her family and knocked a water tank off its stand.",
                "Stella Kabahuma",
                "said",
                "",
            ),
            (
                "“When the ground shakes like that, who do you call?” she asked.",
                "Stella Kabahuma",
                "asked",
                "",
            ),
        ],
        [
            (
                "In a statement, the government's geological survey department said it had sent a team of four to inspect the area and would publish a hazard assessment by Oct. 30.",
                "the government's geological survey department",
                "said",
                "W",
            ),
            (
                "It said there was no cause for alarm.",
                "the government's geological survey department",
                "said",
                "",
            ),
        ],
        [
            (
                "There have been 11 quakes of magnitude 5 or more within 50 km of Fort Portal since 1990, according to the observatory's records.",
                "the observatory's records",
                "according to",
                "W",
            )
        ],
        [("(Editing by Namuli Nakawuki-Pembertree)", "", "", "B")],
        [("Related coverage", "", "", "B")],
        [("Kenya, Uganda sign deal on shared weather radar", "", "", "B")],
        [("Lake Albert water levels highest in a decade, data show", "", "", "B")],
        [
            ("© 2026 Mvule News Agency Ltd.", "", "", "B"),
            ("Reproduction without a licence is prohibited.", "", "", "B"),
        ],
    ],
    [
        [
            (
                "Get The Acorn in your inbox: our free newsletter lands every Tuesday and Friday morning.",
                "",
                "",
                "B",
            )
        ],
        [("THE HARLANFIELD ACORN", "", "", "B")],
        [("Independent, nonprofit news for Harlanfield and Quillary Township", "", "", "B")],
        [
            (
                "News   Schools   Government   Business   Events   Obituaries   About   Donate",
                "",
                "",
                "B",
            )
        ],
        [("Local Government", "", "", "B")],
        [("Council sends 2.9-mill fire levy to November ballot on 4-3 vote", "", "", "W")],
        [
            (
                "Chief says the department cannot keep three medics on every shift without it; opponents say taxes are already too high",
                "Everitt Delahaye-Pryorly",
                "says",
                "",
            )
        ],
        [("by Gwendaline Ashcote-Reyesmont", "", "", "B"), ("August 5, 2026", "", "", "B")],
        [("Reading Time: 4 minutes", "", "", "B")],
        [("Share this:   Facebook   Email   Print", "", "", "B")],
        [
            (
                "Harlanfield Fire Chief Everitt Delahaye-Pryorly speaks to council during Monday's meeting at the village hall on W. Main St.",
                "",
                "",
                "",
            ),
            ("Photo by Gwendaline Ashcote-Reyesmont | The Acorn", "", "", "B"),
        ],
        [
            (
                "HARLANFIELD, Ohio — Village council voted 4-3 on Monday to ask voters on Nov. 3 to approve a new 2.9-mill levy for fire and emergency medical services.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The levy would raise about $1.16 million a year for five years and cost the owner of a $250,000 home roughly $254 a year, fiscal officer Howell Pinchbrook-Oyelusi told council.",
                "Howell Pinchbrook-Oyelusi",
                "told council",
                "W",
            ),
            (
                "It was passed as an emergency measure, Ord. No. 2026-31, so it could be certified to the county board of elections before the Aug. 5 deadline.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Fire Chief Everitt Delahaye-Pryorly said the department answered 2,184 calls in 2025, up from 1,610 in 2020, and that 71% were medical.",
                "Everitt Delahaye-Pryorly",
                "said",
                "W",
            ),
            (
                "He said the department's only current levy, 1.5 mills, was approved in 1998 and now brings in about $602,000 a year.",
                "Everitt Delahaye-Pryorly",
                "said",
                "W",
            ),
            ("“I'm not asking for a new truck.", "Everitt Delahaye-Pryorly", "said", ""),
            (
                "I'm asking to put a third medic on the ambulance at 3 a.m.,” he said.",
                "Everitt Delahaye-Pryorly",
                "said",
                "",
            ),
        ],
        [
            ("Support nonprofit local news.", "", "", "B"),
            (
                "Readers like you fund The Acorn's reporting on council, schools and more.",
                "",
                "",
                "B",
            ),
            ("Donate today.", "", "", "B"),
        ],
        [
            (
                "Delahaye-Pryorly said the average response time to calls on the township's east side, along U.S. 42 and Fernkettle Rd., was 9 minutes 40 seconds last year.",
                "Everitt Delahaye-Pryorly",
                "said",
                "W",
            )
        ],
        [
            (
                "Councilman Franklyn Tuttleby Jr. said he voted yes because “the voters deserve to decide this, not seven people at a table.”",
                "Franklyn Tuttleby Jr.",
                "said",
                "",
            )
        ],
        [
            (
                "Councilwoman Carlissa Wendlingham-Aboud, who voted no, said the village should first look at sharing a station with Quillary Township.",
                "Carlissa Wendlingham-Aboud",
                "said",
                "",
            ),
            (
                "She said residents had seen their property taxes rise 18% after last year's county reappraisal.",
                "Carlissa Wendlingham-Aboud",
                "said",
                "W",
            ),
            (
                "“When do we stop asking the same people for more?” she asked.",
                "Carlissa Wendlingham-Aboud",
                "asked",
                "",
            ),
        ],
        [
            (
                "During public comment, Arlena Voskamp of Pennywhistle Ave. said paramedics reached her husband within six minutes when he had a stroke in March.",
                "Arlena Voskamp",
                "said",
                "",
            ),
            ("“I'll pay the $254,” she said.", "Arlena Voskamp", "said", ""),
            ("Four other residents spoke, three of them against the levy.", "", "", "W"),
        ],
        [
            ("Local businesses help keep The Acorn free to read.", "", "", "B"),
            ("This week's supporter: Tallgrove Hardware & Feed, 118 N. Alderbury St.", "", "", "B"),
        ],
        [
            (
                "Mayor Marjolaine Ostrowy-Kimberlin, who votes only to break ties, said the village had held talks with the township trustees twice since 2024 about a joint fire district.",
                "Marjolaine Ostrowy-Kimberlin",
                "said",
                "W",
            ),
            (
                "She said those talks would continue whatever happens in November.",
                "Marjolaine Ostrowy-Kimberlin",
                "said",
                "",
            ),
        ],
        [
            (
                "The council meets next on Aug. 17 at 7 p.m. in council chambers at 2 W. Main St.",
                "",
                "",
                "W",
            ),
            ("Meetings are also streamed on the village's YouTube channel.", "", "", ""),
        ],
        [("Related: School board delays vote on bus contract until September", "", "", "B")],
        [
            ("Gwendaline Ashcote-Reyesmont covers local government for The Acorn.", "", "", "B"),
            ("Reach her at gwendaline@harlanfieldacorn.org or 937-555-0126.", "", "", "B"),
        ],
        [("Republish this story for free under our Creative Commons license.", "", "", "B")],
        [
            ("© 2026 The Harlanfield Acorn.", "", "", "B"),
            ("The Acorn is a 501(c)(3) nonprofit news organization.", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h67-ke-pm-mid-sentence",
        "In a statement issued at 7.40 p.m., the National Treasury said the extra allocation had not been provided for in the fiscal framework approved by the Cabinet on April 14. It said the deficit target of 4.3 per cent of GDP could be missed unless Parliament cut spending elsewhere.",
        [
            "In a statement issued at 7.40 p.m., the National Treasury said the extra allocation had not been provided for in the fiscal framework approved by the Cabinet on April 14.",
            "It said the deficit target of 4.3 per cent of GDP could be missed unless Parliament cut spending elsewhere.",
        ],
    ),
    (
        "h67-ke-question-in-quote",
        "“Who audits the Sh418bn? Who checks that a dispensary in Migori actually gets its share?” she asked.",
        [
            "“Who audits the Sh418bn?",
            "Who checks that a dispensary in Migori actually gets its share?” she asked.",
        ],
    ),
    (
        "h67-ke-pm-before-capital",
        "The vote followed a debate of just over four hours in which 38 MPs spoke. The House adjourned at 8.55 p.m. Debate on the Finance Bill, 2026 resumes on Wednesday at 2.30 p.m.",
        [
            "The vote followed a debate of just over four hours in which 38 MPs spoke.",
            "The House adjourned at 8.55 p.m.",
            "Debate on the Finance Bill, 2026 resumes on Wednesday at 2.30 p.m.",
        ],
    ),
    (
        "h67-en-nested-quote",
        "In a statement read to the court, Ottolina Mardlebrook, whose mother lost £11,200, said the family felt “sick to the stomach”. “Mum trusted her completely. She used to call her ‘my Rianne’. We had to tell her the truth, and she didn't understand it,” she said.",
        [
            "In a statement read to the court, Ottolina Mardlebrook, whose mother lost £11,200, said the family felt “sick to the stomach”.",
            "“Mum trusted her completely.",
            "She used to call her ‘my Rianne’.",
            "We had to tell her the truth, and she didn't understand it,” she said.",
        ],
    ),
    (
        "h67-en-ltd-company-no",
        "© 2026 Wharfemoor Examiner Ltd. Registered in England and Wales No. 04418237. All rights reserved.",
        [
            "© 2026 Wharfemoor Examiner Ltd.",
            "Registered in England and Wales No. 04418237.",
            "All rights reserved.",
        ],
    ),
    (
        "h67-ca-ns-before-capital",
        "Bernardette Sollaway-Doucetteau, 71, says she woke with chest pain at about 2 a.m. on Nov. 16 and found the Sheltbrook ER closed. She says her husband drove her approx. 58 kilometres to the regional hospital in Truro, N.S. She was kept for three days. “What if it had been a real heart attack, and not the warning one?” she asked.",
        [
            "Bernardette Sollaway-Doucetteau, 71, says she woke with chest pain at about 2 a.m. on Nov. 16 and found the Sheltbrook ER closed.",
            "She says her husband drove her approx. 58 kilometres to the regional hospital in Truro, N.S.",
            "She was kept for three days.",
            "“What if it had been a real heart attack, and not the warning one?” she asked.",
        ],
    ),
    (
        "h67-ca-pm-am-mid",
        "That is up from 23 closures in 2024 and nine in 2023. Most of the closures were overnight, from 7 p.m. to 8 a.m., but 11 lasted a full day or longer.",
        [
            "That is up from 23 closures in 2024 and nine in 2023.",
            "Most of the closures were overnight, from 7 p.m. to 8 a.m., but 11 lasted a full day or longer.",
        ],
    ),
    (
        "h67-in-lakh-std",
        "The civic body runs 287 primary schools with about 1.03 lakh pupils, most of them from low-income families. Of these, 38 schools have just one teacher for all classes from Std. I to IV.",
        [
            "The civic body runs 287 primary schools with about 1.03 lakh pupils, most of them from low-income families.",
            "Of these, 38 schools have just one teacher for all classes from Std. I to IV.",
        ],
    ),
    (
        "h67-in-rs-ie",
        "She said the civic body had appointed 312 contract teachers on an honorarium of Rs. 20,000 a month for the new academic year. “We have written to the state thrice, i.e. in August, December and March. We are hoping for permission before the monsoon session,” she said.",
        [
            "She said the civic body had appointed 312 contract teachers on an honorarium of Rs. 20,000 a month for the new academic year.",
            "“We have written to the state thrice, i.e. in August, December and March.",
            "We are hoping for permission before the monsoon session,” she said.",
        ],
    ),
    (
        "h67-in-viz-did-not-say",
        "A senior official of the state school education department said the recruitment portal had opened on May 4 and that 9,800 posts across Maharashtra, viz. in municipal and zilla parishad schools, would be filled by December. He did not say how many of these would go to Pune.",
        [
            "A senior official of the state school education department said the recruitment portal had opened on May 4 and that 9,800 posts across Maharashtra, viz. in municipal and zilla parishad schools, would be filled by December.",
            "He did not say how many of these would go to Pune.",
        ],
    ),
    (
        "h67-cl-corp-before-capital",
        "Cordillón, whose largest shareholder is the Urrutegui family, also said it had agreed to sell a 20% stake in its El Pajonal project for $410 million to Japan's Kagetsu Metals Corp. The deal is expected to close in the third quarter, subject to approval by Chile's competition regulator.",
        [
            "Cordillón, whose largest shareholder is the Urrutegui family, also said it had agreed to sell a 20% stake in its El Pajonal project for $410 million to Japan's Kagetsu Metals Corp.",
            "The deal is expected to close in the third quarter, subject to approval by Chile's competition regulator.",
        ],
    ),
    (
        "h67-cl-cia-mid",
        "Octavio Larrañeta-Swinbourne, a mining analyst at Tellier Sotomayor & Cía. in Santiago, said the results were below the average estimate of 124,000 tons in a poll of six analysts. He said the guidance “looks stretched” unless ore grades at Quebrada Yalquincha improve, and that a second strike at the smaller El Pajonal mine, whose contract expires in September, could not be ruled out.",
        [
            "Octavio Larrañeta-Swinbourne, a mining analyst at Tellier Sotomayor & Cía. in Santiago, said the results were below the average estimate of 124,000 tons in a poll of six analysts.",
            "He said the guidance “looks stretched” unless ore grades at Quebrada Yalquincha improve, and that a second strike at the smaller El Pajonal mine, whose contract expires in September, could not be ruled out.",
        ],
    ),
    (
        "h67-cl-said-its",
        "Net profit for the quarter fell 31% to $214 million, on revenue of $1.38 billion, the company said in a filing with the local market regulator. Its Santiago-listed shares fell 2.7% by the close, against a 0.4% rise in the benchmark index.",
        [
            "Net profit for the quarter fell 31% to $214 million, on revenue of $1.38 billion, the company said in a filing with the local market regulator.",
            "Its Santiago-listed shares fell 2.7% by the close, against a 0.4% rise in the benchmark index.",
        ],
    ),
    (
        "h67-wa-eg-quote",
        "Cllr Mallt Penhelyg-Stowford, who chairs the community council, said 640 people had signed a paper petition at the village shop and the library in eight days. “For a lot of people up here, e.g. those without cars, the T17 is the only way to get to the hospital in Swansea, to the jobcentre, to college. Take it away and you cut the valley off,” she said.",
        [
            "Cllr Mallt Penhelyg-Stowford, who chairs the community council, said 640 people had signed a paper petition at the village shop and the library in eight days.",
            "“For a lot of people up here, e.g. those without cars, the T17 is the only way to get to the hospital in Swansea, to the jobcentre, to college.",
            "Take it away and you cut the valley off,” she said.",
        ],
    ),
    (
        "h67-wa-no-before-copyright",
        "The Tawe Trumpet is a not-for-profit community interest company, No. 12904417. © 2026 The Tawe Trumpet CIC.",
        [
            "The Tawe Trumpet is a not-for-profit community interest company, No. 12904417.",
            "© 2026 The Tawe Trumpet CIC.",
        ],
    ),
    (
        "h67-au-species-initial",
        "She said the bloom was caused by the alga A. catenella, which was first detected in the bay in 2012. “People should not collect wild shellfish anywhere between Binalong Bay and Scamander until further notice,” she said.",
        [
            "She said the bloom was caused by the alga A. catenella, which was first detected in the bay in 2012.",
            "“People should not collect wild shellfish anywhere between Binalong Bay and Scamander until further notice,” she said.",
        ],
    ),
    (
        "h67-au-question-eg",
        "He said warmer, calmer water after heavy rain favoured blooms of the alga, but that scientists still could not predict exactly when one would start. “Is this the new normal for the east coast? We don't have enough years of data to say yet, e.g. we only began weekly sampling in 2019,” he said.",
        [
            "He said warmer, calmer water after heavy rain favoured blooms of the alga, but that scientists still could not predict exactly when one would start.",
            "“Is this the new normal for the east coast?",
            "We don't have enough years of data to say yet, e.g. we only began weekly sampling in 2019,” he said.",
        ],
    ),
    (
        "h67-jm-am-weekday",
        "Senior Superintendent Cleondre Maraghlin-Whitfort, head of the St James police, said a team acting on intelligence went to the premises on Dalrymple Lane at approx. 5:40 a.m. Thursday. He said officers found two rifles, five pistols and two shotguns in a false floor under a stack of tyres.",
        [
            "Senior Superintendent Cleondre Maraghlin-Whitfort, head of the St James police, said a team acting on intelligence went to the premises on Dalrymple Lane at approx. 5:40 a.m. Thursday.",
            "He said officers found two rifles, five pistols and two shotguns in a false floor under a stack of tyres.",
        ],
    ),
    (
        "h67-jm-det-sgt",
        "Det. Sgt. Omarion Falconbridge-Reidwell of the parish's criminal investigation branch said both men were interviewed in the presence of their attorney on Friday before they were charged. He said the investigation was continuing and more arrests could follow.",
        [
            "Det. Sgt. Omarion Falconbridge-Reidwell of the parish's criminal investigation branch said both men were interviewed in the presence of their attorney on Friday before they were charged.",
            "He said the investigation was continuing and more arrests could follow.",
        ],
    ),
    (
        "h67-jm-co-ltd",
        "© Copyright 2026 The Westhollow Courant Co. Ltd. All rights reserved.",
        ["© Copyright 2026 The Westhollow Courant Co. Ltd.", "All rights reserved."],
    ),
    (
        "h67-lk-initials",
        "Kegalle, asked to bat first, were bowled out for 188, with opener R.A. Siriwimala-Pereramuni making 71. Moratuwa replied with 287, captain Praneeth Thalagune scoring 104. Kegalle's 241 in the second innings left the Tuskers needing 143, and they got there at 145-6 shortly after tea on day four.",
        [
            "Kegalle, asked to bat first, were bowled out for 188, with opener R.A. Siriwimala-Pereramuni making 71.",
            "Moratuwa replied with 287, captain Praneeth Thalagune scoring 104.",
            "Kegalle's 241 in the second innings left the Tuskers needing 143, and they got there at 145-6 shortly after tea on day four.",
        ],
    ),
    (
        "h67-lk-question-answer",
        "He said two of his frontline batters had missed the final with injuries picked up in the semi-final in Kandy. “Would it have changed the result? Probably not,” he said.",
        [
            "He said two of his frontline batters had missed the final with injuries picked up in the semi-final in Kandy.",
            "“Would it have changed the result?",
            "Probably not,” he said.",
        ],
    ),
    (
        "h67-lk-st-college-end",
        "“My father said, play one more year. So I played one more year,” he said. He said he had spent the off-season working on his arm ball with the former Test spinner who coaches at his old school, St. Aidric's College.",
        [
            "“My father said, play one more year.",
            "So I played one more year,” he said.",
            "He said he had spent the off-season working on his arm ball with the former Test spinner who coaches at his old school, St. Aidric's College.",
        ],
    ),
    (
        "h67-sg-lor-dec",
        "Moonkite Ensemble's final production at Lor. 27A, a revival of its 2010 hit Brinewater, runs from Nov. 19 to Dec. 13. Tickets from S$28 at moonkiteensemble.sg.",
        [
            "Moonkite Ensemble's final production at Lor. 27A, a revival of its 2010 hit Brinewater, runs from Nov. 19 to Dec. 13.",
            "Tickets from S$28 at moonkiteensemble.sg.",
        ],
    ),
    (
        "h67-sg-correction",
        "An earlier version of this article said the theatre had 120 seats. It has 96. We regret the error.",
        [
            "An earlier version of this article said the theatre had 120 seats.",
            "It has 96.",
            "We regret the error.",
        ],
    ),
    (
        "h67-ug-am-aug",
        "Most of the quakes were below magnitude 2 and were not felt. The largest, of magnitude 4.6, struck at 3.12 a.m. on Aug. 2 about 14 km southwest of the town.",
        [
            "Most of the quakes were below magnitude 2 and were not felt.",
            "The largest, of magnitude 4.6, struck at 3.12 a.m. on Aug. 2 about 14 km southwest of the town.",
        ],
    ),
    (
        "h67-ug-journal-ref",
        "Journal reference: Kiconco-Ashdeane B., Mukwaya-Halvorstrand T., et al. A dense seismic array in the Rwenzori foothills: first results. J. Afr. Geophys. Res. 2026;31(4):211-229.",
        [
            "Journal reference: Kiconco-Ashdeane B., Mukwaya-Halvorstrand T., et al. A dense seismic array in the Rwenzori foothills: first results. J. Afr. Geophys. Res. 2026;31(4):211-229."
        ],
    ),
    (
        "h67-ug-prof-ie",
        "Co-author Prof. Tendo Mukwaya-Halvorstrand said the 18 instruments cost about $410,000, paid for by a research grant shared with two universities in Europe. He said the network sends data by mobile phone every 30 seconds, i.e. fast enough to locate a quake within a minute. The team hopes to add six more stations by the end of 2027, he said.",
        [
            "Co-author Prof. Tendo Mukwaya-Halvorstrand said the 18 instruments cost about $410,000, paid for by a research grant shared with two universities in Europe.",
            "He said the network sends data by mobile phone every 30 seconds, i.e. fast enough to locate a quake within a minute.",
            "The team hopes to add six more stations by the end of 2027, he said.",
        ],
    ),
    (
        "h67-us-st-before-capital",
        "The council meets next on Aug. 17 at 7 p.m. in council chambers at 2 W. Main St. Meetings are also streamed on the village's YouTube channel.",
        [
            "The council meets next on Aug. 17 at 7 p.m. in council chambers at 2 W. Main St.",
            "Meetings are also streamed on the village's YouTube channel.",
        ],
    ),
    (
        "h67-us-ave-said",
        "During public comment, Arlena Voskamp of Pennywhistle Ave. said paramedics reached her husband within six minutes when he had a stroke in March. “I'll pay the $254,” she said.",
        [
            "During public comment, Arlena Voskamp of Pennywhistle Ave. said paramedics reached her husband within six minutes when he had a stroke in March.",
            "“I'll pay the $254,” she said.",
        ],
    ),
]
