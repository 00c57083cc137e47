"""Hundred-and-twelfth set of new hand-labelled pages for the hint engines (tuning set, round forty-five):
twelve WHOLE pages, head to tail, from twelve countries (Scotland, Nigeria, India, the United
States, Canada, Singapore, Kenya, Australia, Jamaica, Wales, Malta and South Africa), ordinary news
from English-language sites (a Scottish regional daily, three news sites in Nigeria, Kenya and
Malta, an Indian daily's city page, a US local newspaper, a Canadian town news site, a Singapore
business site, an Australian regional paper's sport page, a Jamaican daily's lead story, a Welsh
regional weekly and a South African local paper) where SPEAKERS and CHECK-WORTHINESS are hard
together: a council budget and three pools, bus fares after a state levy, water lost to leaks, a
landfill lawsuit, a rural emergency department's closures, a mall REIT's payout, late subsidised
fertiliser, a country cricket grand final, a school grant, a village school's closure, 42 flats on a
last field and a pothole pledge. Headlines name a speaker by role or group ("..., council leader
says", "..., drivers' union says", "..., civic chief says", "..., county says in court filing",
"..., health authority says", "...; more pain ahead, CEO says", "..., agriculture chief says", "...,
skipper says", "..., principals' association says", "..., council says", "..., mayor says" twice)
whom the story names later; speakers are named only after their quote ("said Gregor Mackintorran,
head coach ...", "said Loralyn Vesseybrook, the Raleigh lawyer ...", "asked Roseanne MacQuarrish",
"said Dr. Hollis Drummelvane", "“Unlikely?” Xerriberas asked."); pronoun chains run across
paragraphs; two people of the same gender alternate by title, surname and pronoun (a council leader
and an opposition leader, two women lawyers, a minister and a critic, a CEO and a CFO, a minister
and a principals' president, a cabinet member and a headteacher, an MMC and a caucus leader; a
commissioner and a committee chairman, a county executive and an MCA, a mayor and an architect);
spokespeople and offices are kept as written ("a spokesperson for the health authority", "the
manager", "the association's executive"); reported speech without quotes ("told councillors that",
"told MCAs that", "The commissioner told him ..."); statements read out by others (a leisure trust's
statement read by a chief executive, a union chairman's read by its public relations officer, a
county manager's read by a board chairman, a governor's speech read by his deputy, an association
executive's read by its general secretary, a governing body's read by its chair); documents and data
as sources ("The filing ... shows", "The lawsuit asks", "Figures released by the trust on Wednesday
show", "An RTI reply obtained by ... shows", "Figures tabled in the House on Tuesday show", "Census
figures show", "The Auditor-General's report also shows"); "according to" in mid-sentence ("The
three pools had, according to the same report, ...", "The levy, according to a gazette ..., is
..."); and, beside them, statements of record in the first person ("We have cut 212 back-office
posts", "I've worked 19 of the last 30 nights myself", "I have four acres and I am still waiting",
"I've replaced two tyres and a rim"), hedged findings ("may", "could", "likely", "suggests", "is
unlikely"), predictions, plans with figures, opinions with numbers ("95% occupancy is a floor",
"40,000 is conservative", "20 runs short", "Schools can't run on $19,000 a student"), rhetorical
questions, and sports colour beside results. Each page carries its site's own furniture at the head,
in the middle and at the tail. The pages hold 510 sentences: 190 "B", 161 "W" and 159 ""; 253
sentences carry a speaker (105 distinct speakers). `STYLES` describes each page, its story, its
speakers and its furniture in order.

Written from scratch for issue 13 in round forty-five, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README was opened; `claimreview` was never imported, and no test, scorer,
engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied from
anywhere. What was read: the brief (`/tmp/brief` was listed; it held only the brief); a listing of
`/tmp/sets` was run with its output thrown away (`| head -0`), so no name in it was seen, and
nothing there was opened; the module docstrings of `labelled_new.py` and `labelled_new2.py` (printed
whole with `ast.get_docstring`); `def build` in `tests/text/labelled_articles.py` (printed with
`ast.get_source_segment`, that function only); the `[tool.ruff]` tables of `pyproject.toml` (a `sed`
address range from `[tool.ruff` to the next other `[tool.` table); and, from `labelled_new107.py`
and `labelled_new108.py`, the output of a script of my own using `ast` that prints the module
docstring, `STYLES`, the first two pages of `ARTICLES` and the first eight `CASES` of each. It was
printed once (the tool cut its middle, so that only the docstring of `labelled_new107.py` and the
start of its `STYLES`, and the end of the first page, the second page and the cases of
`labelled_new108.py` were seen), then saved to a scratch file, of which `grep -n` showed the section
markers and `sed` showed four ranges: the `STYLES` of `labelled_new107.py` (lines cut at 3,000
characters), its first page and the first lines of its second page and its cases (lines cut at 300
characters), and the docstring and `STYLES` of `labelled_new108.py` (lines cut at 4,000 characters);
so most of the second page of `labelled_new107.py` and the start of the first page of
`labelled_new108.py` were never seen. No other page, case or docstring of any file under `tests/`
was read. What was run: a Python one-liner printing the calendars of January and February 2027 (to
check weekdays); scripts of my own in a scratch folder that turn a small line format (flag, speaker,
cue and text separated by a tilde, one line a paragraph unless it starts with "+", aliases for
speakers, case marks) into the literals below, insert and rename lines, cut the split cases out of
the pages, and count sentences, flags and speakers; substring, case-insensitive per-word file counts
(`grep -rliF -- WORD /work/main/tests/text | wc -l`) for every capitalised word of the pages (about
seven hundred) and for every candidate replacement; an import of this file with
`labelled_articles.build` on every page and a check of four string fields, the flags, no "B" with a
speaker, a cue for every speaker and a speaker for every cue, 30 distinct case ids, every case text
in a built page and equal to its sentences joined by single spaces, each expected sentence one
labelled sentence of one paragraph, in order, and the counts above; and `ruff format` and `ruff
check` (the project's `.venv`) with the project's `pyproject.toml` as config, the check also through
`--stdin-filename tests/text/labelled_new112.py` so that the per-file ignores for `tests/**` apply.
Only counts were read from the word searches, never the matched lines or file names. Of the first
draft's coined words, about thirty hit other files (Balnacraig, Brammerton, Drummelow, Fadeyibi,
Harkenrode, Indrayani, Kennoway, Lemaiyan, Lengenet, Llwydcoed, Quoll, Rutherwick, Sonawalkar,
Syahmirul, Tessaway, Thornmere, Wachiuri, Kellaway, Sigilai, Pennicott, Okunrinboye, Olaniregun,
Ngoh, Chiam, Tiong, Brackwater, Maragh, and the given names Kiplagat, Chepkurui, Nyokabi and
Kiprono, which were dropped); each was renamed, and the few replacements that hit as well
(Balquharnie, Tessamoor, Brackenholm, Ngeow) were renamed again; only replacements with no hit were
kept. Three real town-level places of the draft (a Kenyan ward, a Maltese harbour town and a
Singapore estate) were replaced or dropped. What still hits is real countries, regions and cities
(Scotland, Ibadan, Oyo, Nashik, Raleigh, North and South Carolina, Nova Scotia, Halifax, Ontario,
Singapore, Nakuru, Mombasa, Kingston, Spanish Town, St Thomas, Wales, Malta and the like), common
given names (Morven, Ruaridh, Lachlan, Gregor, Catriona, Adewumi, Babatunde, Folasade, Kehinde,
Femi, Olasunkanmi, Shrikant, Nitin, Prakash, Meenakshi, Rohit, Sunniva, Loralyn, Otis, Preston,
Jolene, Ramona, Colombe, Roseanne, Solenne, Anika, Siew, Pei, Xuan, Rafiq, Joel, Jeremiah, Wilfred,
Samuel, Andrew, Grace, Dennis, Jarrah, Tomas, Darcy, Liesl, Marnie, Claudette, Marvalyn, Winston,
Devon, Lennox, Tashana, Shanique, Bethan, Catrin, Gareth, Rhodri, Ffion, Reuben, Clive, Josette,
Doreen, Kurt, Jonathan, Thabiso, Nomvula, Annelie, Kagiso, Johannes, Lerato and the like), common
and outlet words (Courant, Tribune, Chronicle, Sentry, Signal, Star, Advocate, Record, Echo, Post,
Voice, Otters, Heights, Logistics, Developments and the like), currency, unit and register tokens
and titles kept or dropped on purpose (Cllr, Ms, Mr, Mrs, Dr, Comrade, Hon., MCA, CEC, MMC, Perit,
Ltd, Pvt, Pte, Cyf, Pty, Co, Inc, SC, PB, PAIA, Ħal, Triq, Ysgol, Llun).

Every person, outlet, council, trust, union, forum, association, school, club, firm, REIT, mall,
brokerage, transporter, cooperative, hospital, landfill, creek, road, street, park, ward, village,
town and figure is invented. Real countries, regions, cities and institutions appear only as
settings: those listed above, and the Singapore Exchange (a filing), the House of Representatives
and Parliament (of Jamaica and Malta, as places where figures are tabled), the legislature's health
committee in Nova Scotia, the county assembly in Nakuru, the Auditor-General (a report), a census
(figures), and Facebook, X, WhatsApp, Telegram, LinkedIn and Google News (as channels).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, menu, byline, date, share line, caption, credit, link, list item,
button, score line and legal line is a paragraph of its own); each paragraph a list of sentences
`(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent sets: furniture "B" line by
line, whatever it says; a caption by its content and its credit "B"; headlines and standfirsts never
split and flagged by content; a dateline belongs to its lead sentence; a pronoun, a later surname or
a title resolves to the full name as first given, without titles; "according to X" gives X as
written; a quote over several sentences carries its speaker and cue in each; a named person acting
without a verb of saying carries no speaker; sport data lines are "" and a box's title "B"; a
question inside a quote with no attribution after it is a sentence of its own, and so is its answer
("“Could we do more?" / "Always." / "But the direction is clear,” she said."; "“Will it happen
overnight?" / "No.”").

Conventions on SPEAKERS this set had to settle, in the same spirit:

* Headline "..., X says": the speaker is the one the story names, as it first gives the name: a
  person for a role ("council leader", "civic chief", "CEO", "agriculture chief", "skipper",
  "mayor"), an organisation's full name for a group or body ("drivers' union" -> "the Progressive
  Commercial Drivers' Union", "principals' association", "county" -> "Harrelton County", "council"
  -> "Glanmorwy Council"), and a body the story never names kept as its lead writes it ("the
  province's health authority"); the cue is the headline's "says".
* A role noun for a PERSON later in the story resolves to the person ("The commissioner said", "The
  critic said", "the governor said in the speech", "The spokesperson said"); a generic noun for an
  ORGANISATION or a DOCUMENT is kept as written ("The union", "The council", "the manager", "The
  manager", "the association", "the report", "the same report", "the same figures", "the reply",
  "the figures", "The group", "The department").
* A document or data set as the subject of "show(s)", "says", "asks", "suggests" or "found": the
  subject as written, with its qualifiers ("Figures released by the trust on Wednesday", "Figures
  the health authority released Wednesday", "Figures released on Monday by the state's statistics
  office", "Figures tabled in the House on Tuesday", "An RTI reply obtained by The Pravarakshi
  Chronicle", "The filing", "The lawsuit", "Census figures", "a review commissioned by the
  authority"), the verb as cue; "according to X" in mid-sentence has the cue "according to".
* A statement or speech read out by someone else is carried by its AUTHOR (the trust, the union
  chairman, the county manager, the governor, "the association's executive", "the school's governing
  body"), with the cue as written ("the statement said", "the statement read", "The statement also
  said", "it said", "said in the speech"); the sentence saying who read it has no speaker ("W", an
  event of record); the reader's own answers and remarks carry the reader.
* "told <audience>" keeps its audience in the cue ("told councillors", "told the standing
  committee", "told him", "told MCAs", "told members of the county assembly", "told the House of
  Representatives", "told analysts on a call", "told the meeting"); "proposed", "estimated",
  "predicted", "noted", "called", "ruled out", "replied", "wrote in the filing", "wrote in a note",
  "warned in a briefing paper", "rejected that, saying" and "expects" (in "The manager plans ...,
  which it expects ...") are cues; "The minister did not dispute the figure." has no speaker.
* Titles and roles are dropped: Cllr, Ms, Mr, Mrs, Dr, Dr., Comrade, Hon., MCA, CEC, MMC, Perit,
  Executive Mayor, Deputy Governor, Governor, County Attorney, Health Minister, Education Minister,
  Planning Minister, Municipal Commissioner, Chief executive, Chief financial officer, Cabinet
  member for education, Standing committee chairman, Municipal spokesperson.

Check-worthiness as in the recent sets, with these lines drawn: a first-person statement of record
is "W" ("We have cut 212 back-office posts since 2022", "I've worked 19 of the last 30 nights
myself", "I have four acres and I am still waiting for my two bags", "I've replaced two tyres and a
rim since November"); an opinion with a number is "" ("95% occupancy is a floor", "40,000 is
conservative", "We were 20 runs short", "Schools can't run on $19,000 a student", "42 flats on one
field is not a home"); a speaker's own promise, plan or forecast is "" even with a date or figure
(fares up ₦200 from February 1, 40,000 potholes by June, 150 buses by March, losses down to 25% by
2030, an upgrade of S$48 million), while a published proposal and the saving it is costed at are "W"
(three pools closing under proposals published on Thursday, "would save about £1.2 million a year");
hedges ("may", "could", "likely", "suggests", "is unlikely") are ""; a sport result, a score and a
record are "W", the colour around them "".

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of two or three
consecutive sentences of one paragraph of these pages joined by single spaces (quotes continued
after their attribution, questions inside quotes with and without an attribution after them, a quote
opened and closed over three sentences, alternating speakers within a paragraph, "N.S." and "8 a.m."
ending a sentence before a capital, "Ward No. 27.", "Hon.", "12.4 overs", "S$0.635", "Ltd." before
"The company" and before "Registered in Scotland No.", "Pvt. Ltd.", "Cyf.", "Pte. Ltd." and "Co.
Regn. No. 202011846W." before "All rights reserved.", and an email address): what a reviewer wants,
not what the engine does.
"""

STYLES = [
    'Scottish REGIONAL DAILY\'s site (a council budget meeting), three of six swimming pools to close: headline "..., council leader says" carrying the leader the lead names only by role and the next paragraph by name; figures in "a report to councillors" and "the same report" through according to, once mid-sentence; the leader "told councillors" (a budget gap "W"), a first-person statement of record ("We have cut 212 back-office posts ...") "W" and a rhetorical question continued after its attribution ""; the opposition leader with "Cllr" dropped, the two women alternating by "Ms", "Cllr", surname and "she" (a car park sum "W", an amendment and an estimate with a figure ""); a scene sentence beginning "She was drowned out" with no speaker; the leisure trust\'s statement read to the meeting by the chief executive (the reading line "W" with no speaker, the statement carried by the trust: a cost rise "W", sympathy ""), his own answer; the head of finance (reserves "W", an opinion ""); a swimming coach named after his rhetorical question; "Figures released by the trust on Wednesday show" and "the same figures"; a vote date and a staff plan "" (masthead in capitals, menu with pipes, section path with ›, standfirst "", byline and role on two lines, date line, share line, caption "W" and photo credit, Advertisement, Read more link, video link with running time, comment count and guidelines, Most read list, copyright split at "Ltd." before "Registered in Scotland No. SC601847.", footer links)',
    'Nigerian NEWS SITE story (Ibadan, Oyo State), bus fares to rise after a state levy: headline "..., drivers\' union says" carrying the union\'s full name as the lead gives it (a fare rise from February 1, a plan ""); "The union said" kept as written (the levy and its date "W"); the chairman\'s statement read to journalists by the union\'s public relations officer (the reading line "W" with no speaker; the statement carried by its author with "Comrade" dropped, cue "the statement read" and later "The statement also said", a quote opened and closed over three sentences ""); the reader\'s own answers with "Mr" dropped; the transport commissioner, named after his role, through "told journalists" (a claim of record "W"), a rhetorical question with "Okunrinlaye asked.", a comparison "W", a letter\'s receipt "W", a plan with figures "" and "He predicted" ""; three men alternating by surname and "he"; "according to a gazette ..." mid-sentence and "Figures released on Monday by the state\'s statistics office show"; a pepper seller named after her exclamation "" and her fares "W"; a second group "said in a separate statement" ""; the chairman by phone (a meeting plan and a two-sentence quote "") (masthead in capitals, menu with wide spaces, breadcrumb with », byline with place, date line, share line, caption "" and photo credit, ADVERTISEMENT, ALSO READ link, WhatsApp line, tags, reply form in three sentences, copyright split at "Ltd.", footer links)',
    'Indian CITY PAGE of an English daily (Nashik), water lost to leaks and a proposed rise in charges: headline "..., civic chief says" carrying the commissioner ("Dr" dropped), named at the end of the lead with "told the standing committee"; pronoun chains ("He said", "he proposed", a proposal with figures ""); the standing committee chairman and the commissioner, two men alternating by role, surname and pronoun ("The commissioner told him ..." "W", "Sonavdekar replied ..." "W", "Roads are a separate head," ""); "An RTI reply obtained by The Pravarakshi Chronicle shows" and "according to the reply" mid-sentence; hedged findings of "the audit report" and "The audit" ("may", "could", "suggests" ""); committee spending "W"; a corporator named after his quote with "Ward No. 27." ending a sentence, then his tanker bills "W"; a residents\' association president (a condition "", her society\'s water hours "W"); a prediction with a figure and a rhetorical question answered "" (masthead in capitals, menu with pipes, section path with a slash, byline, place and Updated line with IST, listen line, caption "W" and credit, Advertisement, Also Read link, Google News line, tags, copyright split at "Pvt. Ltd." before "All rights reserved.", footer links)',
    'United States LOCAL NEWSPAPER\'s site (North Carolina), a county landfill expansion and a neighbours\' lawsuit: headline "..., county says in court filing" carrying the county as the lead names it ("N.C. —" dateline); documents as sources ("The filing ... shows", "according to the filing" mid-sentence, "The group says", "The lawsuit asks", "according to state environmental records"); two women lawyers alternating by surname and "she": the neighbours\' lawyer named after her quote (a testing claim "W", a rhetorical question "she asked." "", an estimate "" and a fund-raising sum "W") and the county attorney who "wrote in the filing" ("W"), "called" the suit premature ("") and "did not respond to a request for comment"; the county manager\'s statement read at the meeting by the board chairman (the reading line with "7 p.m. Tuesday" "W", the statement carried by the manager: a cost "W", "it said" ""); a neighbour named after his quote ("", then a well test "W"); a hearing date "W"; colour "" (masthead in capitals, menu with pipes, section label, byline and role, Published/Updated line with "p.m." and "a.m.", share line, caption "" and bracketed photo credit, Story continues line, RELATED link, newsletter line, reporter bio in two sentences with an email and a phone number, subscription line with ¢, copyright split at "Sentry.", footer links)',
    'Canadian TOWN NEWS SITE (Nova Scotia), a rural emergency department closed 61 nights: headline "..., health authority says" carrying the authority as written; "Figures the health authority released Wednesday show", "according to the authority\'s figures" mid-sentence and "according to the health authority"; "N.S." ending a sentence before "Paramedics say ..."; the health minister and the opposition health critic, two women alternating by role, surname and "she" (told the legislature\'s health committee "W", an expectation and a plan with figures "", the critic named after her rhetorical question, an earlier promise and closures "W", "The critic said", "The minister did not dispute the figure." with no speaker, "told reporters" a visit plan ""); a review\'s hedged finding ("likely") ""; a doctor named after a first-person statement of record ("I\'ve worked 19 of the last 30 nights") "W", a quote over two sentences "", his roster and years "W"; "a spokesperson for the health authority" as written ("said in an emailed statement" "", then "The spokesperson said" "W"); "8 a.m." ending a sentence before "It was ..." (masthead in capitals, menu with middle dots, section label, standfirst "", byline, Posted/Last Updated line with "AM AT", share line, caption "" and bracketed credit, Story continues below, RELATED STORIES list, corrections and typo lines, copyright split at "Inc.")',
    'Singaporean BUSINESS SITE, a mall REIT\'s half-year payout falls 4.1%: headline "...; more pain ahead, CEO says" carrying the chief executive named further down; the trust "reported" (results "W") and "according to a filing to the Singapore Exchange" "W"; the CEO and the CFO, two women alternating by role, "Ms", surname and "she" ("told analysts on a call" a forecast "", debt due "W", an opinion with a number ("95% occupancy is a floor") "", "ruled out" a sale "", a rhetorical question ""; costs of debt and rental reversions "W", hopes with figures ""); an unattributed occupancy figure "W"; "the manager said" (tenant sales "W") and "The manager ... expects" (a plan with figures ""); analysts who "wrote in a note" (a could-hedge "") and "noted" (gearing "W"); an analyst named after his quote "", his target price "" with no speaker; share price decimals "W" (masthead in capitals, menu with pipes, section path with ›, standfirst "", byline, Published line, listen line, share line, caption "W" and credit in capitals, ADVERTISEMENT, Read more link, newsletter line, copyright split into three at "Pte. Ltd.", "Co. Regn. No. 202011846W." and "All rights reserved.", footer links)',
    'Kenyan NEWS SITE\'s county page (Nakuru), subsidised fertiliser late for planting: headline "..., agriculture chief says" carrying the county executive ("CEC" dropped) named at the end of the lead ("told members of the county assembly", then "told MCAs"); an MCA with "Hon." dropped ("asked" "", a rhetorical question "Kirorei said." "", a motion plan ""), the two men alternating by surname and "he" (a tender date and a transporter\'s rate "W"); "according to data from the county agriculture department" and "The data show" "W"; the governor\'s speech read on his behalf by his deputy, carried by the governor ("said" with a sum "W", "said in the speech" ""), the deputy\'s own remark ""; a cooperative chairman named after his quote (a could-hedge ""); "The department ... warned in a briefing paper" (a could-hedge ""); a farmer named after a first-person statement of record "W" and her rhetorical question ""; "Several farmers at the field day said" ""; plans "" and a count "W" (masthead in capitals, menu with pipes, section path with ›, byline, date line with a dash and "pm", share line, caption "" and credit, Advertisement, Related link, Telegram line, comment count and moderation note, copyright split at "Ltd.")',
    'Australian REGIONAL PAPER\'s SPORT page, a country cricket grand final: headline "..., skipper says" carrying the captain named in the caption and the story; results, records and figures "W" ("71 not out", "3/41 after 12.4 overs", "3/28") beside colour "" (a town stopping to watch, utes on the boundary, the club song); the winning captain (a quote over three sentences with a question at the end "", a prediction-like "have a think" "", four lost finals "W", "Fifth time lucky, eh?” he said." ""); the losing captain named after his quote, then by surname (a result stated as opinion "20 runs short" "", a plan ""); a bowler\'s quote with "O\'Bracken said." ""; "the association said" (a crowd record "W"); a SCOREBOARD title "B" and two score lines with initials as "" data (masthead in capitals, menu with wide spaces, section path with ›, standfirst "", byline, Updated/first published line, share line, caption "W" and picture credit, Advertisement, More sport list, Facebook line, subscription line, copyright, footer links)',
    'Jamaican DAILY\'s lead story (Kingston), principals say the school grant is too small: headline "..., principals\' association says" (an opinion with a number "") carrying the association as the lead gives it; the education minister with "Dr" dropped ("told the House of Representatives", "told the House", grants "W", a question inside a quote split into three sentences before "she said." ""); the association\'s president, the two women alternating by surname and pronoun (a first-person bill "W", a cap "W" and a continued quote ""); an opposition spokesman (inflation "W", opinion ""); "Figures tabled in the House on Tuesday show" and "according to the figures" mid-sentence; a policy of record "W"; a parent named after his quote (fees paid "W"); the executive\'s statement read by the general secretary (the reading line "W" with no speaker, the statement carried by "the association\'s executive": a boycott plan "", a vote "W"), the reader\'s own remarks "told reporters" ""; an expectation and a meeting plan ""; "said: “That is up to the ministry.”" "" (masthead in capitals, menu with pipes, section label, byline with a slash, Published line, share line, caption "" and "- Contributed" credit, ADVERTISEMENT, RELATED STORIES list, WhatsApp line, letters line in two sentences, copyright, footer links)',
    'Welsh REGIONAL WEEKLY\'s site, a council consults on closing a 14-pupil village school: headline "..., council says" carrying the council as the lead names it, later "The council said" as written; the cabinet member with "Cllr" dropped and the headteacher with "Mrs" dropped, two women alternating by role, title, surname and "she" (pupil numbers, a deficit and its cause "W"; feelings and a rhetorical question ""); "according to a report to the cabinet", "The report says" with a may-hedge "" and "Census figures show" "W"; the governing body\'s statement read to a public meeting by its chair (the reading line "W" with no speaker, the statement carried by "the school\'s governing body": a plan ""), the chair\'s own first-person record "W" and quote ""; "The council\'s consultation report ... shows" "W"; a parent named after his rhetorical question ""; a petition "W" and a consultation timetable "" (masthead in capitals, language switch, menu with pipes, section path with ›, standfirst "", byline, date line, share line, caption "W" and a bilingual picture credit, Advertisement, bilingual Read more link, a got-a-story line, newsletter line, copyright split at "Cyf.", footer links)',
    'Maltese NEWS SITE (a village planning row), 42 flats approved on a last open field: headline "..., mayor says" carrying the mayor whom the lead calls "the village\'s mayor" and the next sentence names; "according to the case officer\'s report" and "according to the same report" mid-sentence "W"; the developer\'s architect with "Perit" dropped, the two men alternating by surname and "he" (cuts, a design committee, an offer "W", "rejected that, saying"; feelings ""), the mayor\'s legal costs "W" and rhetorical question ""; "Ltd." ending a sentence before "The company was set up in 2021, according to the business registry."; "Figures tabled in parliament on Monday show" "W" and the minister who tabled them with no speaker, then "told Parliament" a plan ""; a residents\' forum member named after her opinion with numbers "", her petition count "W"; "An environmental report ... says" a hedge ""; the mayor\'s one-word question "“Unlikely?” Xerriberas asked." and a continued quote ""; a prediction "" (masthead in capitals, menu with pipes, section label, byline, date line, share line, caption "" and photo credit, Advertisement, Read more link, a subscription appeal in two sentences, comment count and note, copyright, footer links)',
    'South African LOCAL PAPER\'s site (Free State), a pothole pledge: headline "..., mayor says" (a plan "") carrying the executive mayor named at the end of the lead; his budget "W" and monthly reports plan ""; "Figures released on Tuesday by the roads department show" and "according to the figures" "W"; the MMC for roads with "MMC" dropped and an opposition caucus leader, two women alternating by role, surname and "she" (contractors, an Auditor-General finding, cancelled contracts and suspended officials "W"; a promise and a rhetorical question ""); a municipal spokesperson (a could-estimate and an opinion with a number ""); a taxi owner named after a first-person statement of record "W", then doubt ""; "according to council minutes" and "The Auditor-General\'s report also shows" "W"; road length "W" and a rain forecast "" (masthead in capitals, menu with pipes, section path with a slash, byline, date line, share line, caption "" and credit, ADVERTISEMENT, READ link, newsletter, social line, comments closed, copyright split at "(Pty) Ltd.", footer links)',
]

ARTICLES = [
    [
        [
            ("THE STRATHDORRAN COURANT", "", "", "B"),
        ],
        [
            ("News | Sport | Business | Opinion | Community | Family Notices | Jobs", "", "", "B"),
        ],
        [
            ("News › Local Politics › Council", "", "", "B"),
        ],
        [
            (
                "Three swimming pools would close to save £1.2m a year, council leader says",
                "Morven Ashcrieff",
                "says",
                "W",
            ),
        ],
        [
            (
                "Swimmers pack public gallery as opposition vows to fight plan for Inverquhat, Craigmellish and Portlennie",
                "",
                "",
                "",
            ),
        ],
        [
            ("By Catriona Feldenmuir", "", "", "B"),
        ],
        [
            ("Local Government Correspondent", "", "", "B"),
        ],
        [
            ("Thursday 21 January 2027, 6.05pm", "", "", "B"),
        ],
        [
            ("Share on Facebook · Share on X · Email · Print", "", "", "B"),
        ],
        [
            (
                "Inverquhat Swimming Pool opened in 1974 and was last refurbished in 2009.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Photograph: Courant picture desk", "", "", "B"),
        ],
        [
            (
                "Three of Strathdorran's six public swimming pools would close at the end of March 2028 under budget proposals published by the council on Thursday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The closures would save about £1.2 million a year, according to a report to councillors.",
                "a report to councillors",
                "according to",
                "W",
            ),
            (
                "The three pools had, according to the same report, 148,000 visits between them last year, down from 201,000 in 2019.",
                "the same report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Council leader Morven Ashcrieff told councillors that the authority faced a gap of £14.6 million in its budget for 2027-28.",
                "Morven Ashcrieff",
                "told councillors",
                "W",
            ),
            (
                "She said there was “no painless option left on the table”.",
                "Morven Ashcrieff",
                "said",
                "",
            ),
        ],
        [
            (
                "“We have cut 212 back-office posts since 2022 and sold 19 buildings,” she said.",
                "Morven Ashcrieff",
                "said",
                "W",
            ),
            (
                "“What would people have us close instead — a primary school?”",
                "Morven Ashcrieff",
                "said",
                "",
            ),
        ],
        [
            (
                "The opposition leader, Cllr Isla Dunbreckan, said the figures had been “picked to fit a decision already taken”.",
                "Isla Dunbreckan",
                "said",
                "",
            ),
            (
                "She said the council had found £2.3 million last year to resurface the car park at its own headquarters on Balcarrowie Street.",
                "Isla Dunbreckan",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ms Ashcrieff said that money had come from the capital budget and could not legally be spent on running costs.",
                "Morven Ashcrieff",
                "said",
                "W",
            ),
            (
                "“That is simply not how council budgets work,” she said.",
                "Morven Ashcrieff",
                "said",
                "",
            ),
        ],
        [
            (
                "She was drowned out for several seconds by shouts from the public gallery, where about 40 swimmers in club tracksuits had gathered.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Cllr Dunbreckan said she would table an amendment to keep all six pools open by raising car parking charges by 20p an hour.",
                "Isla Dunbreckan",
                "said",
                "",
            ),
            (
                "That would bring in about £900,000 a year, she estimated.",
                "Isla Dunbreckan",
                "estimated",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "A statement from Strathdorran Leisure Trust, which runs the pools for the council, was read to the meeting by the council's chief executive, Ruaridh Kennowlie.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The trust said it had “looked at every alternative, including shorter opening hours and higher prices”.",
                "Strathdorran Leisure Trust",
                "said",
                "",
            ),
            (
                "“Energy costs at the three pools rose by 61% between 2021 and 2025,” the statement said.",
                "Strathdorran Leisure Trust",
                "the statement said",
                "W",
            ),
            (
                "“We share the community's sadness.”",
                "Strathdorran Leisure Trust",
                "the statement said",
                "",
            ),
        ],
        [
            (
                "Asked by Cllr Dunbreckan whether officers had costed a shorter-hours option, Mr Kennowlie said they had not.",
                "Ruaridh Kennowlie",
                "said",
                "W",
            ),
        ],
        [
            (
                "The council's head of finance, Lachlan Brodderick, told the meeting that its general reserves stood at £9.8 million, the lowest of any mainland Scottish council.",
                "Lachlan Brodderick",
                "told the meeting",
                "W",
            ),
            (
                "He said using reserves to keep the pools open for one more year “would only move the cliff edge”.",
                "Lachlan Brodderick",
                "said",
                "",
            ),
        ],
        [
            (
                "Outside, a handful of parents stood in the rain with home-made signs reading “Save Our Pools”.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Watch: Swimmers protest outside council headquarters (1:42)", "", "", "B"),
        ],
        [
            (
                "Read more: Council tax in Strathdorran could rise by 8%, finance chief warns",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "“Half my swimmers learned in that pool, so where are they meant to train now — the harbour?” said Gregor Mackintorran, head coach of Inverquhat Otters Swimming Club.",
                "Gregor Mackintorran",
                "said",
                "",
            ),
        ],
        [
            (
                "The club has 186 members, the youngest of them six, he said.",
                "Gregor Mackintorran",
                "said",
                "W",
            ),
            (
                "He said the nearest other pool with a 25-metre lane was 38 minutes away by bus.",
                "Gregor Mackintorran",
                "said",
                "W",
            ),
        ],
        [
            (
                "Figures released by the trust on Wednesday show that the Portlennie pool cost £11.40 per visit to run last year, the highest of the six.",
                "Figures released by the trust on Wednesday",
                "show",
                "W",
            ),
            (
                "Craigmellish, the smallest, was open for only 41 hours a week, according to the same figures.",
                "the same figures",
                "according to",
                "W",
            ),
        ],
        [
            ("Councillors will vote on the budget on 25 February.", "", "", ""),
        ],
        [
            (
                "If the plan is approved, staff at the three pools would be offered jobs elsewhere in the trust, the report says.",
                "the report",
                "says",
                "",
            ),
        ],
        [
            ("Comments (37)", "", "", "B"),
        ],
        [
            ("Join the conversation: our community guidelines apply.", "", "", "B"),
        ],
        [
            ("Most read", "", "", "B"),
        ],
        [
            ("Gritters out overnight as snow warning extended to Sunday", "", "", "B"),
        ],
        [
            ("Harbour café named Scotland's best breakfast", "", "", "B"),
        ],
        [
            ("Man charged after break-in at Craigmellish pharmacy", "", "", "B"),
        ],
        [
            ("© 2027 Strathdorran Courant Ltd.", "", "", "B"),
            ("Registered in Scotland No. SC601847.", "", "", "B"),
        ],
        [
            ("Contact us · Privacy · Cookies · Terms and conditions", "", "", "B"),
        ],
    ],
    [
        [
            ("THE EKPEBIRI TRIBUNE", "", "", "B"),
        ],
        [
            (
                "Home   News   Politics   Business   Metro   Sports   Entertainment   Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home » News » South West", "", "", "B"),
        ],
        [
            (
                "Bus fares in Ibadan to rise by ₦200 from February 1, drivers' union says",
                "the Progressive Commercial Drivers' Union",
                "says",
                "",
            ),
        ],
        [
            ("By Kehinde Awoyemi-Bakre, Ibadan", "", "", "B"),
        ],
        [
            ("January 25, 2027", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | WhatsApp | Telegram", "", "", "B"),
        ],
        [
            (
                "Commercial buses wait for passengers at Ojurinde motor park in Ibadan on Sunday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Tribune/Femi Olanigbagbe", "", "", "B"),
        ],
        [
            (
                "IBADAN — Commercial bus drivers in Ibadan will raise fares by ₦200 a trip from February 1, the Progressive Commercial Drivers' Union said on Sunday.",
                "the Progressive Commercial Drivers' Union",
                "said",
                "",
            ),
            (
                "The union said the increase had been forced on its members by a ₦1,500 daily levy that the Oyo State government began collecting on January 4.",
                "the Progressive Commercial Drivers' Union",
                "said",
                "W",
            ),
        ],
        [
            (
                "A statement signed by the union's state chairman, Comrade Adewumi Oladapo-Ikotun, was read to journalists at its secretariat in Ojurinde by the union's public relations officer, Olasunkanmi Fadeyegunju.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Since the levy began, a driver on the Ojurinde–Aremolaye route has paid ₦27,000 to the state in 18 working days,” the statement read.",
                "Adewumi Oladapo-Ikotun",
                "the statement read",
                "W",
            ),
        ],
        [
            (
                "“We cannot carry passengers at a loss.",
                "Adewumi Oladapo-Ikotun",
                "the statement read",
                "",
            ),
            ("Nobody can.", "Adewumi Oladapo-Ikotun", "the statement read", ""),
            (
                "We are asking only for what is fair.”",
                "Adewumi Oladapo-Ikotun",
                "the statement read",
                "",
            ),
        ],
        [
            (
                "Answering questions after reading the statement, Mr Fadeyegunju said about 11,000 commercial buses operate in the city, about 7,400 of them owned or driven by union members.",
                "Olasunkanmi Fadeyegunju",
                "said",
                "W",
            ),
            (
                "He said the union had 23 branches across the city.",
                "Olasunkanmi Fadeyegunju",
                "said",
                "W",
            ),
            (
                "He said the union would “consider” suspending the increase if the levy was halved.",
                "Olasunkanmi Fadeyegunju",
                "said",
                "",
            ),
        ],
        [
            (
                "The state Commissioner for Transport, Babatunde Okunrinlaye, told journalists on Monday that the levy had replaced “at least six” separate collections by touts at motor parks.",
                "Babatunde Okunrinlaye",
                "told journalists",
                "W",
            ),
        ],
        [
            (
                "“Who collected that money before, and where did it go?” Okunrinlaye asked.",
                "Babatunde Okunrinlaye",
                "asked",
                "",
            ),
            (
                "He said drivers were now paying less in total than they had paid the touts.",
                "Babatunde Okunrinlaye",
                "said",
                "W",
            ),
        ],
        [
            (
                "The statement also said the union had written to the governor on January 11 and had received no reply.",
                "Adewumi Oladapo-Ikotun",
                "the statement also said",
                "W",
            ),
            (
                "Okunrinlaye said the letter had reached his office on January 14 and was “being treated”.",
                "Babatunde Okunrinlaye",
                "said",
                "W",
            ),
        ],
        [
            (
                "The levy, according to a gazette signed by the governor on December 28, is payable by every commercial bus, tricycle and taxi that picks up passengers within the city.",
                "a gazette signed by the governor on December 28",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Figures released on Monday by the state's statistics office show that the average intra-city bus fare rose 31.4% in 2026, to ₦640.",
                "Figures released on Monday by the state's statistics office",
                "show",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "The commissioner said 9,860 vehicles had paid the levy in its first three weeks, raising about ₦310 million.",
                "Babatunde Okunrinlaye",
                "said",
                "W",
            ),
            (
                "The government plans to put 150 new buses on five routes by the end of March, he said.",
                "Babatunde Okunrinlaye",
                "said",
                "",
            ),
            (
                "He predicted that fares would “come down on their own” once new terminals at Aremolaye and Olumokeji open in June.",
                "Babatunde Okunrinlaye",
                "predicted",
                "",
            ),
        ],
        [
            (
                "“If they add ₦200 again, I will trek to the market and back, simple!” said Folasade Akinmoyegun, a pepper seller who travels from Aremolaye to Ojurinde every morning.",
                "Folasade Akinmoyegun",
                "said",
                "",
            ),
            (
                "She said she already spends ₦1,200 a day on fares.",
                "Folasade Akinmoyegun",
                "said",
                "W",
            ),
        ],
        [
            ("ALSO READ: Oyo to begin registration of tricycle riders next month", "", "", "B"),
        ],
        [
            (
                "A few drivers at Ojurinde park were already charging the new fare on Monday, a week early.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Oyo Taxi Owners' Forum said in a separate statement that its members would not raise fares “for now”.",
                "The Oyo Taxi Owners' Forum",
                "said in a separate statement",
                "",
            ),
        ],
        [
            (
                "Reached by phone on Monday evening, Oladapo-Ikotun said the union's executive would meet the commissioner on Wednesday.",
                "Adewumi Oladapo-Ikotun",
                "said",
                "",
            ),
            (
                "“We are not enemies of the government,” he said.",
                "Adewumi Oladapo-Ikotun",
                "said",
                "",
            ),
            ("“But a driver must eat.”", "Adewumi Oladapo-Ikotun", "said", ""),
        ],
        [
            ("Join The Ekpebiri Tribune channel on WhatsApp for breaking news.", "", "", "B"),
        ],
        [
            ("Tags: Ibadan, Levy, Transport, Oyo State", "", "", "B"),
        ],
        [
            ("Leave a Reply", "", "", "B"),
        ],
        [
            ("Your email address will not be published.", "", "", "B"),
            ("Required fields are marked *", "", "", "B"),
        ],
        [
            ("© 2027 Ekpebiri Tribune Newspapers Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About Us | Advertise | Privacy Policy | Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("THE PRAVARAKSHI CHRONICLE", "", "", "B"),
        ],
        [
            ("Home | India | Cities | Business | Sports | Opinion | ePaper", "", "", "B"),
        ],
        [
            ("Cities / Nashik", "", "", "B"),
        ],
        [
            (
                "Nashik loses over a third of its treated water to leaks, civic chief says",
                "Shrikant Vaidyapurkar",
                "says",
                "W",
            ),
        ],
        [
            ("Rohit Gawandekar", "", "", "B"),
        ],
        [
            ("Nashik | Updated: Jan 19, 2027, 07:45 IST", "", "", "B"),
        ],
        [
            ("Listen to this article", "", "", "B"),
        ],
        [
            ("Water gushes from a burst main at Shivmalgaon on Monday.", "", "", "W"),
        ],
        [
            ("Photo: Chronicle", "", "", "B"),
        ],
        [
            (
                "Nashik's municipal corporation loses about 38% of the water it treats before it reaches a tap, Municipal Commissioner Dr Shrikant Vaidyapurkar told the standing committee on Monday.",
                "Shrikant Vaidyapurkar",
                "told the standing committee",
                "W",
            ),
            (
                "He said the figure came from an audit of 142 km of mains carried out last year, and that the true loss “may be higher”.",
                "Shrikant Vaidyapurkar",
                "said",
                "W",
            ),
        ],
        [
            (
                "The corporation supplies about 560 million litres a day, he said.",
                "Shrikant Vaidyapurkar",
                "said",
                "W",
            ),
            (
                "To pay for new pipelines, he proposed raising water charges by 18% from April 1, which would take the monthly bill of a typical flat from ₹210 to ₹248.",
                "Shrikant Vaidyapurkar",
                "proposed",
                "",
            ),
        ],
        [
            (
                "Standing committee chairman Nitin Sonavdekar said the committee would not approve any increase until the leaks were fixed.",
                "Nitin Sonavdekar",
                "said",
                "",
            ),
            (
                "“First stop the water going into the gutters, then ask people to pay more,” Sonavdekar said.",
                "Nitin Sonavdekar",
                "said",
                "",
            ),
        ],
        [
            (
                "The commissioner told him the repairs alone would cost ₹410 crore over five years, money the corporation does not have.",
                "Shrikant Vaidyapurkar",
                "told him",
                "W",
            ),
            (
                "Sonavdekar replied that the corporation had spent ₹96 crore on road beautification in the same period.",
                "Nitin Sonavdekar",
                "replied",
                "W",
            ),
            (
                "“Roads are a separate head,” Vaidyapurkar said.",
                "Shrikant Vaidyapurkar",
                "said",
                "",
            ),
        ],
        [
            (
                "An RTI reply obtained by The Pravarakshi Chronicle shows that the corporation recorded 11,240 complaints of low pressure or no water between April and December 2026.",
                "An RTI reply obtained by The Pravarakshi Chronicle",
                "shows",
                "W",
            ),
            (
                "Almost half of them, according to the reply, came from four wards on the city's eastern edge.",
                "the reply",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Cast-iron mains laid before 1985 may account for most of the losses, the audit report says, though it adds that faulty meters could explain part of the gap.",
                "the audit report",
                "says",
                "",
            ),
            (
                "The audit also suggests that as many as 9,000 illegal connections may be drawing water from the network.",
                "The audit",
                "suggests",
                "",
            ),
        ],
        [
            (
                "Sonavdekar said the committee had approved ₹35 crore for leak repairs in last year's budget, of which only ₹11 crore had been spent.",
                "Nitin Sonavdekar",
                "said",
                "W",
            ),
            ("“Spend what you have first,” he said.", "Nitin Sonavdekar", "said", ""),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "“Every summer we get tankers, and every winter we get a new excuse,” said Prakash Dhumalwade, a corporator from Ward No. 27.",
                "Prakash Dhumalwade",
                "said",
                "",
            ),
            (
                "He said the corporation's tanker bills had risen from ₹14 crore in 2023-24 to ₹22 crore in 2025-26.",
                "Prakash Dhumalwade",
                "said",
                "W",
            ),
        ],
        [
            (
                "Meenakshi Hingmirey, president of the Sahyadripuram Residents' Welfare Association, said residents would accept a higher bill “only with a written timeline for repairs”.",
                "Meenakshi Hingmirey",
                "said",
                "",
            ),
            (
                "Her society of 240 flats has had water for two hours every other day since October, she said.",
                "Meenakshi Hingmirey",
                "said",
                "W",
            ),
        ],
        [
            (
                "Vaidyapurkar said he expected losses to fall to 25% by 2030 if the mains were replaced on schedule.",
                "Shrikant Vaidyapurkar",
                "said",
                "",
            ),
            ("“Will it happen overnight?", "Shrikant Vaidyapurkar", "said", ""),
            ("No.”", "Shrikant Vaidyapurkar", "said", ""),
        ],
        [
            ("The standing committee will take up the proposal again on January 28.", "", "", ""),
        ],
        [
            ("The corporation last raised water charges in 2019, by 10%.", "", "", "W"),
        ],
        [
            ("Also Read | Nashik civic body to float tender for 120 e-buses", "", "", "B"),
        ],
        [
            ("Follow The Pravarakshi Chronicle on Google News", "", "", "B"),
        ],
        [
            ("Tags: Nashik, Water supply, Municipal corporation", "", "", "B"),
        ],
        [
            ("© The Pravarakshi Chronicle Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Terms of Use | Privacy Policy | Advertise With Us | Contact Us", "", "", "B"),
        ],
    ],
    [
        [
            ("THE HARRELTON SENTRY", "", "", "B"),
        ],
        [
            (
                "Local | Politics | Schools | Business | Sports | Obituaries | e-Edition",
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
                "Landfill expansion would buy 40 more years of space, county says in court filing",
                "Harrelton County",
                "says",
                "W",
            ),
        ],
        [
            ("By Jolene Merriwether-Saxby", "", "", "B"),
        ],
        [
            ("Staff writer", "", "", "B"),
        ],
        [
            (
                "Published Jan. 14, 2027 at 5:12 p.m. | Updated Jan. 15, 2027 at 9:30 a.m.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Facebook · X · Email · Copy link", "", "", "B"),
        ],
        [
            (
                "Trucks line up at the Quillamore Road landfill on Wednesday, Jan. 13, 2027.",
                "",
                "",
                "",
            ),
        ],
        [
            ("(Photo: Sentry staff)", "", "", "B"),
        ],
        [
            (
                "HARRELTON, N.C. — Expanding the Quillamore Road landfill would give Harrelton County room for its trash until about 2067, the county said in a court filing this week, arguing that a lawsuit by neighbors should be thrown out.",
                "Harrelton County",
                "said in a court filing",
                "W",
            ),
        ],
        [
            (
                "The filing, made Monday in Harrelton County Superior Court, shows the county has spent $3.8 million on engineering and permit work for the expansion since 2023.",
                "The filing",
                "shows",
                "W",
            ),
            (
                "The current cells will be full by late 2028, according to the filing, which cites a consultant's estimate that the landfill takes in about 640 tons of trash a day.",
                "the filing",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Friends of Tessawyn Creek, a group of about 60 households near the landfill, sued the county in November.",
                "",
                "",
                "W",
            ),
            (
                "The group says the expansion would put a new disposal cell within 900 feet of the creek, which feeds private wells used by at least 14 homes.",
                "The group",
                "says",
                "W",
            ),
            (
                "The lawsuit asks a judge to void the commissioners' 4-1 vote in August approving the expansion.",
                "The lawsuit",
                "asks",
                "W",
            ),
        ],
        [
            (
                "“The county picked the cheapest site, not the safest one,” said Loralyn Vesseybrook, the Raleigh lawyer who represents the group.",
                "Loralyn Vesseybrook",
                "said",
                "",
            ),
            (
                "She said the county had not tested the creek for leachate since 2021.",
                "Loralyn Vesseybrook",
                "said",
                "W",
            ),
        ],
        [
            (
                "County Attorney Sunniva Harkenvelt wrote in the filing that monitoring wells around the site are tested twice a year and that no violations have been recorded since 2019.",
                "Sunniva Harkenvelt",
                "wrote in the filing",
                "W",
            ),
            (
                "She called the lawsuit “premature,” because the state has not yet ruled on the county's permit application.",
                "Sunniva Harkenvelt",
                "called",
                "",
            ),
        ],
        [
            (
                "Vesseybrook said Thursday that the wells Harkenvelt cited sit uphill of the creek and “tell us nothing about where the water goes.”",
                "Loralyn Vesseybrook",
                "said",
                "W",
            ),
        ],
        [
            (
                "“If they're so sure, why not test the creek?” she asked.",
                "Loralyn Vesseybrook",
                "asked",
                "",
            ),
            (
                "Harkenvelt did not respond to a request for comment Thursday.",
                "Sunniva Harkenvelt",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "At the commissioners' meeting at 7 p.m. Tuesday, board Chairman Dale Rutherglaze read a statement from County Manager Preston Abercoddle, who was out sick.",
                "",
                "",
                "W",
            ),
            (
                "Hauling the county's trash to a private landfill in South Carolina would cost about $11 million a year more, the statement said.",
                "Preston Abercoddle",
                "the statement said",
                "W",
            ),
            (
                "“There is no cheaper option that keeps us in charge of our own waste,” it said.",
                "Preston Abercoddle",
                "it said",
                "",
            ),
        ],
        [
            (
                "The landfill took in 231,000 tons in fiscal 2026, up 9% from two years earlier, according to state environmental records.",
                "state environmental records",
                "according to",
                "W",
            ),
        ],
        [
            ("Story continues below advertisement", "", "", "B"),
        ],
        [
            ("RELATED: Commissioners approve 4% raise for sheriff's deputies", "", "", "B"),
        ],
        [
            (
                "“I've lived on this road for 41 years, and nobody from the county has ever knocked on my door,” said Otis Fennimore-Lusk, whose well is about 1,200 feet from the landfill fence.",
                "Otis Fennimore-Lusk",
                "said",
                "",
            ),
            (
                "He said his water had been tested once, by the state, in 2018.",
                "Otis Fennimore-Lusk",
                "said",
                "W",
            ),
        ],
        [
            (
                "A hearing on the county's motion to dismiss the lawsuit is set for Feb. 9 before Superior Court Judge Ramona Tillinghast-Bey.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Vesseybrook said she expected the state to rule on the permit “no earlier than summer.”",
                "Loralyn Vesseybrook",
                "said",
                "",
            ),
            (
                "She said the group had raised about $22,000 for the case from bake sales and an online fundraiser.",
                "Loralyn Vesseybrook",
                "said",
                "W",
            ),
        ],
        [
            (
                "On Thursday afternoon, a steady line of garbage trucks rumbled past the group's hand-painted sign at the end of Tessawyn Lane.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Jolene Merriwether-Saxby covers Harrelton County government.", "", "", "B"),
            ("Reach her at jmsaxby@harreltonsentry.com or 919-555-0148.", "", "", "B"),
        ],
        [
            ("Subscribe to the Sentry for 99¢ a month.", "", "", "B"),
        ],
        [
            ("Sign up for Sentry Daily, our free morning newsletter.", "", "", "B"),
        ],
        [
            ("© 2027 The Harrelton Sentry.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Privacy Policy | Terms of Service | Your Privacy Choices | Contact Us", "", "", "B"),
        ],
    ],
    [
        [
            ("PORT KELSAWAY SIGNAL", "", "", "B"),
        ],
        [
            ("News · Local · Health · Fisheries · Sports · Opinion · Obituaries", "", "", "B"),
        ],
        [
            ("NEWS · HEALTH", "", "", "B"),
        ],
        [
            (
                "Port Kelsaway ER closed 61 nights last year, health authority says",
                "the province's health authority",
                "says",
                "W",
            ),
        ],
        [
            (
                "Minister says every rural emergency room should be open overnight by summer; opposition calls that a promise heard before",
                "",
                "",
                "",
            ),
        ],
        [
            ("Solenne Paquettier · Signal staff", "", "", "B"),
        ],
        [
            (
                "Posted: Jan 21, 2027 4:00 AM AT | Last Updated: Jan 21, 2027 11:35 AM AT",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Share on Facebook · Share on X · Email", "", "", "B"),
        ],
        [
            (
                "A sign at the entrance to Kelsaway Memorial Hospital tells patients where to go when the emergency department is closed.",
                "",
                "",
                "",
            ),
        ],
        [
            ("(Anika Strathroy/Signal)", "", "", "B"),
        ],
        [
            (
                "Figures the health authority released Wednesday show the emergency department at Kelsaway Memorial Hospital was closed for 61 overnight shifts in 2026, up from 38 in 2025.",
                "Figures the health authority released Wednesday",
                "show",
                "W",
            ),
            (
                "The closures, according to the authority's figures, were nearly all caused by a lack of doctors rather than nurses.",
                "the authority's figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Kelsaway Memorial has 28 inpatient beds and serves about 19,000 people, according to the health authority.",
                "the health authority",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The nearest other emergency department is 71 kilometres away in Brackwick, N.S.",
                "",
                "",
                "W",
            ),
            (
                "Paramedics say the drive takes about 50 minutes in good weather.",
                "Paramedics",
                "say",
                "W",
            ),
        ],
        [
            (
                "Health Minister Colombe Thibodrault told the legislature's health committee on Wednesday that the province had recruited 41 family doctors since April.",
                "Colombe Thibodrault",
                "told the legislature's health committee",
                "W",
            ),
            (
                "She said she expected every rural emergency department in the province to be open overnight “by the start of summer.”",
                "Colombe Thibodrault",
                "said",
                "",
            ),
        ],
        [
            (
                "“How many more nights before someone dies in the back of a car on Route 319?” asked Roseanne MacQuarrish, the Opposition's health critic.",
                "Roseanne MacQuarrish",
                "asked",
                "",
            ),
            (
                "MacQuarrish said the minister had made the same promise to the committee in February 2025.",
                "Roseanne MacQuarrish",
                "said",
                "W",
            ),
            (
                "She said the Brackwick emergency department had itself closed for 17 nights last year.",
                "Roseanne MacQuarrish",
                "said",
                "W",
            ),
        ],
        [
            (
                "Thibodrault said the comparison was unfair, because recruitment had only “really begun to move” in the last six months.",
                "Colombe Thibodrault",
                "said",
                "",
            ),
            (
                "The province will spend $4.2 million over two years on a pool of locum doctors for rural emergency departments, she said.",
                "Colombe Thibodrault",
                "said",
                "",
            ),
        ],
        [
            (
                "The critic said 14 of the 41 new doctors had gone to Halifax.",
                "Roseanne MacQuarrish",
                "said",
                "W",
            ),
            ("The minister did not dispute the figure.", "", "", ""),
        ],
        [
            (
                "Thibodrault told reporters after the meeting that she would visit Port Kelsaway “in the next few weeks”.",
                "Colombe Thibodrault",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "A review commissioned by the authority found that the closures “likely” added to ambulance offload times at Brackwick, but said it could not measure by how much.",
                "a review commissioned by the authority",
                "found",
                "",
            ),
        ],
        [
            ("Story continues below", "", "", "B"),
        ],
        [
            (
                "“I've worked 19 of the last 30 nights myself,” said Dr. Hollis Drummelvane, one of four physicians on the hospital's emergency roster.",
                "Hollis Drummelvane",
                "said",
                "W",
            ),
            ("“I'm 63.", "Hollis Drummelvane", "said", ""),
            ("That's not a plan, that's a man getting tired.”", "Hollis Drummelvane", "said", ""),
        ],
        [
            (
                "Drummelvane said the roster needs at least seven doctors to cover every night without overtime.",
                "Hollis Drummelvane",
                "said",
                "W",
            ),
            (
                "He said he had worked at the hospital since 1997.",
                "Hollis Drummelvane",
                "said",
                "W",
            ),
            ("He laughed when asked whether he planned to retire.", "", "", ""),
        ],
        [
            (
                "In an emailed statement, a spokesperson for the health authority said it was “actively recruiting” for Kelsaway Memorial and would post the week's closures online every Monday.",
                "a spokesperson for the health authority",
                "said in an emailed statement",
                "",
            ),
            (
                "The spokesperson said two physicians from Ontario had signed contracts and would start in April.",
                "a spokesperson for the health authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "Inside the hospital's waiting room on Tuesday night, a dozen chairs sat empty under a television showing a hockey game.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The emergency department was closed again overnight Tuesday, from 8 p.m. until 8 a.m.",
                "",
                "",
                "W",
            ),
            ("It was the fourth closure this month.", "", "", "W"),
        ],
        [
            ("RELATED STORIES", "", "", "B"),
        ],
        [
            ("Brackwick paramedics say offload delays getting worse", "", "", "B"),
        ],
        [
            ("Province adds 12 nurse practitioner clinics in rural N.S.", "", "", "B"),
        ],
        [
            ("Corrections and clarifications | Submit a news tip", "", "", "B"),
        ],
        [
            ("Report a typo or error", "", "", "B"),
        ],
        [
            ("©2027 Port Kelsaway Signal Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("BIZPULSE SG", "", "", "B"),
        ],
        [
            (
                "Singapore | Companies & Markets | Property | Opinion | Wealth | Podcasts",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Companies & Markets › REITs", "", "", "B"),
        ],
        [
            (
                "Kerrowmere REIT payout falls 4.1% as interest costs bite; more pain ahead, CEO says",
                "Ngwee Siew Lan",
                "says",
                "W",
            ),
        ],
        [
            (
                "Manager expects borrowing costs to stay high through 2027 but sees malls holding up",
                "",
                "",
                "",
            ),
        ],
        [
            ("Joel Kwahbeng", "", "", "B"),
        ],
        [
            ("Published Fri, Jan 22, 2027 · 07:12 PM", "", "", "B"),
        ],
        [
            ("Listen to this article · 4 min", "", "", "B"),
        ],
        [
            ("Share · Gift this article", "", "", "B"),
        ],
        [
            ("Shoppers at Kerrowmere Point, the largest of the trust's five malls.", "", "", "W"),
        ],
        [
            ("PHOTO: BIZPULSE FILE", "", "", "B"),
        ],
        [
            (
                "Kerrowmere Retail REIT on Friday reported a distribution per unit of 2.63 Singapore cents for the second half of 2026, down 4.1% from a year earlier.",
                "Kerrowmere Retail REIT",
                "reported",
                "W",
            ),
            (
                "Gross revenue rose 2.2% to S$118.4 million, but finance costs jumped 19.6% to S$31.7 million, according to a filing to the Singapore Exchange.",
                "a filing to the Singapore Exchange",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Chief executive Ngwee Siew Lan told analysts on a call that finance costs would “stay elevated for most of 2027”.",
                "Ngwee Siew Lan",
                "told analysts on a call",
                "",
            ),
            (
                "About 38% of the trust's debt was due for refinancing this year, she said.",
                "Ngwee Siew Lan",
                "said",
                "W",
            ),
        ],
        [
            (
                "Chief financial officer Sngiah Pei Xuan said the average cost of debt had risen to 4.05% from 3.48% a year earlier.",
                "Sngiah Pei Xuan",
                "said",
                "W",
            ),
            (
                "She said the manager hoped to bring it below 3.9% by the end of the year by repaying some loans early.",
                "Sngiah Pei Xuan",
                "said",
                "",
            ),
        ],
        [
            (
                "“We think 95% occupancy is a floor, not a ceiling,” Ms Ngwee said.",
                "Ngwee Siew Lan",
                "said",
                "",
            ),
            (
                "Committed occupancy across the portfolio was 97.1% at end-December, up from 96.4% a year earlier.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "She ruled out selling any of the five malls this year.",
                "Ngwee Siew Lan",
                "ruled out",
                "",
            ),
            ("“Who sells a good mall at the bottom of the cycle?”", "Ngwee Siew Lan", "said", ""),
        ],
        [
            (
                "Ms Sngiah said rental reversions, the change in rent on renewed leases, averaged 3.8% in the half.",
                "Sngiah Pei Xuan",
                "said",
                "W",
            ),
            (
                "She said the manager would “look at” issuing perpetual securities if rates fell.",
                "Sngiah Pei Xuan",
                "said",
                "",
            ),
        ],
        [
            (
                "Tenant sales at the five malls rose 1.7% in 2026, the manager said.",
                "the manager",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "The manager plans to spend S$48 million upgrading Kerrowmere Point from the third quarter, which it expects to lift the mall's annual net property income by about S$3.1 million once finished.",
                "The manager",
                "expects",
                "",
            ),
        ],
        [
            (
                "Analysts at Thornquaile Capital Markets wrote in a note that the payout could fall a further 3% in 2027 before recovering.",
                "Analysts at Thornquaile Capital Markets",
                "wrote in a note",
                "",
            ),
            (
                "They noted that the trust's gearing, at 39.2%, was well below the regulatory limit of 50%.",
                "Analysts at Thornquaile Capital Markets",
                "noted",
                "W",
            ),
        ],
        [
            (
                "“The payout cut was smaller than we feared, but the refinancing wall is real,” said Rafiq Syahdirmanu, head of REIT research at Pelliscourt Securities.",
                "Rafiq Syahdirmanu",
                "said",
                "",
            ),
            ("He kept a target price of S$0.71 on the units.", "", "", ""),
        ],
        [
            (
                "Units of Kerrowmere Retail REIT closed 1.5 cents, or 2.3%, lower at S$0.635 on Friday.",
                "",
                "",
                "W",
            ),
            (
                "They have fallen 11% over the past 12 months, compared with a 4% fall in the wider REIT index.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Read more: Suburban mall rents hold firm as shoppers stay close to home",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sign up for our Markets Close newsletter.", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Bizpulse Media Pte. Ltd.", "", "", "B"),
            ("Co. Regn. No. 202011846W.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About · Advertise · Terms & Conditions · Privacy Policy · Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("THE LANETAVI STAR", "", "", "B"),
        ],
        [
            ("Home | Counties | Politics | Business | Agriculture | Sports | Opinion", "", "", "B"),
        ],
        [
            ("Counties › Nakuru", "", "", "B"),
        ],
        [
            (
                "Only 38% of subsidised fertiliser delivered before planting, agriculture chief says",
                "Jeremiah Tarukwo",
                "says",
                "W",
            ),
        ],
        [
            ("By Dennis Mwarumbo", "", "", "B"),
        ],
        [
            ("Wednesday, January 20, 2027 — 6:40pm", "", "", "B"),
        ],
        [
            ("Share on: Facebook | X | WhatsApp | LinkedIn", "", "", "B"),
        ],
        [
            ("Farmers queue for fertiliser at a county store in Lanetavi on Tuesday.", "", "", ""),
        ],
        [
            ("Photo: Dennis Mwarumbo", "", "", "B"),
        ],
        [
            (
                "Only 38% of the 42,000 bags of subsidised fertiliser promised to Nakuru farmers for the long rains had reached county stores by Tuesday, Agriculture CEC Jeremiah Tarukwo told members of the county assembly.",
                "Jeremiah Tarukwo",
                "told members of the county assembly",
                "W",
            ),
            (
                "Appearing before the assembly's agriculture committee, Tarukwo told MCAs that the remaining bags were held up at a depot in the county because a transporter's contract had expired on December 31.",
                "Jeremiah Tarukwo",
                "told MCAs",
                "W",
            ),
        ],
        [
            (
                "He said the department expected the rest to be delivered “within two weeks”.",
                "Jeremiah Tarukwo",
                "said",
                "",
            ),
        ],
        [
            (
                "Kapsoiyet Ward MCA Hon. Wilfred Kirorei asked why the contract had not been renewed in time.",
                "Wilfred Kirorei",
                "asked",
                "",
            ),
            (
                "Tarukwo said the tender was advertised on November 18, but the only bid received was rejected as too expensive.",
                "Jeremiah Tarukwo",
                "said",
                "W",
            ),
            (
                "He said a new transporter, Kipsabwet Logistics, had been hired on Monday at Sh65 a bag.",
                "Jeremiah Tarukwo",
                "said",
                "W",
            ),
        ],
        [
            (
                "“So farmers must wait because the department could not read a calendar?” Kirorei said.",
                "Wilfred Kirorei",
                "said",
                "",
            ),
            (
                "He said he would table a motion next week asking the assembly to summon the procurement director.",
                "Wilfred Kirorei",
                "said",
                "",
            ),
        ],
        [
            (
                "Nakuru has about 18,600 farmers registered for the subsidy this season, according to data from the county agriculture department.",
                "data from the county agriculture department",
                "according to",
                "W",
            ),
            (
                "The data show that each registered farmer is entitled to two 50kg bags at Sh2,500 a bag, against about Sh6,800 in the shops.",
                "The data",
                "show",
                "W",
            ),
        ],
        [
            (
                "In a speech read on his behalf by Deputy Governor Andrew Lemaiyoret at a farmers' field day in Lanetavi on Wednesday, Governor Paul Sigiliet said the county had spent Sh180 million on the programme this year.",
                "Paul Sigiliet",
                "said",
                "W",
            ),
            (
                "“No farmer will be left behind,” the governor said in the speech.",
                "Paul Sigiliet",
                "said in the speech",
                "",
            ),
        ],
        [
            (
                "Lemaiyoret, speaking afterwards, said he would personally follow up with the transporter.",
                "Andrew Lemaiyoret",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "“The rains are coming in March whether the department is ready or not,” said Samuel Kimoriot, who chairs the Rongai Farmers' Cooperative Society.",
                "Samuel Kimoriot",
                "said",
                "",
            ),
            (
                "He said farmers who planted late could lose as much as a quarter of their maize yield.",
                "Samuel Kimoriot",
                "said",
                "",
            ),
        ],
        [
            (
                "The department itself warned in a briefing paper last year that yields could fall by up to 25% when planting was delayed by more than three weeks.",
                "The department",
                "warned in a briefing paper",
                "",
            ),
        ],
        [
            (
                "“I have four acres and I am still waiting for my two bags,” said Grace Wachiurwa, a farmer in Kapsoiyet.",
                "Grace Wachiurwa",
                "said",
                "W",
            ),
            ("“What do I plant with, hope?”", "Grace Wachiurwa", "said", ""),
        ],
        [
            (
                "Several farmers at the field day said they had already bought fertiliser in the shops rather than wait.",
                "Several farmers at the field day",
                "said",
                "",
            ),
        ],
        [
            (
                "Tarukwo said the county would open six more distribution points next week.",
                "Jeremiah Tarukwo",
                "said",
                "",
            ),
            (
                "He said 5,900 farmers had already collected their bags.",
                "Jeremiah Tarukwo",
                "said",
                "W",
            ),
        ],
        [
            (
                "Last year's distribution ended in April, weeks after most farmers had planted.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Related: Maize prices ease as imports arrive at Mombasa port", "", "", "B"),
        ],
        [
            ("Get the latest news on our Telegram channel", "", "", "B"),
        ],
        [
            ("12 comments", "", "", "B"),
        ],
        [
            ("Comments are moderated and may take a few minutes to appear.", "", "", "B"),
        ],
        [
            ("© 2027 Lanetavi Star Media Ltd.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE WANDABROOK ADVOCATE", "", "", "B"),
        ],
        [
            ("News   Sport   Community   Property   Obituaries   Puzzles   Subscribe", "", "", "B"),
        ],
        [
            ("Sport › Cricket", "", "", "B"),
        ],
        [
            (
                "Durrimbah end 23-year wait for the flag, and it was 'worth every minute', skipper says",
                "Jarrah Stackhurst",
                "says",
                "W",
            ),
        ],
        [
            (
                "An unbeaten 71 from the captain, a tense finish and a ground that had not seen a crowd like it in years",
                "",
                "",
                "",
            ),
        ],
        [
            ("By Liesl Crowhurst-Penna", "", "", "B"),
        ],
        [
            ("Updated January 25 2027 - 6:47pm, first published 5:10pm", "", "", "B"),
        ],
        [
            ("Share · Email · Copy link", "", "", "B"),
        ],
        [
            (
                "Durrimbah captain Jarrah Stackhurst hits the winning runs at Kellabrae Oval on Sunday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Picture by Marnie Quolbeck", "", "", "B"),
        ],
        [
            (
                "Durrimbah won the Wandabrook and District Cricket Association A-grade grand final on Sunday, chasing down Bellmorrow's 9/187 with four wickets and 11 balls to spare at Kellabrae Oval.",
                "",
                "",
                "W",
            ),
            ("It is the club's first A-grade premiership since the 2003-04 season.", "", "", "W"),
            (
                "Bellmorrow had won the previous two grand finals, beating Durrimbah in both.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Stackhurst finished on 71 not out from 88 balls.", "", "", "W"),
            ("He came in with his side at 3/41 after 12.4 overs.", "", "", "W"),
        ],
        [
            ("It was the kind of innings that makes a country town stop and watch.", "", "", ""),
            (
                "Utes lined the boundary, kids climbed the scoreboard fence, and every single was greeted like a six.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“It's been 23 years, mate, and it was worth every minute of it,” Stackhurst said.",
                "Jarrah Stackhurst",
                "said",
                "",
            ),
            ("“I reckon half the town was here.", "Jarrah Stackhurst", "said", ""),
            ("Did you hear them?”", "Jarrah Stackhurst", "said", ""),
        ],
        [
            (
                "“We were 20 runs short, simple as that,” said Bellmorrow captain Tomas Pennarrow.",
                "Tomas Pennarrow",
                "said",
                "",
            ),
            ("“Credit to Jarrah, he batted us out of it.”", "Tomas Pennarrow", "said", ""),
        ],
        [
            (
                "Pennarrow top-scored for Bellmorrow with 64, and took 2/33 with the ball.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "He said his side would “come back hungrier” next season.",
                "Tomas Pennarrow",
                "said",
                "",
            ),
        ],
        [
            (
                "Durrimbah's Darcy O'Bracken took 3/28, including two wickets in the 48th over.",
                "",
                "",
                "W",
            ),
            (
                "“The ball was reversing a bit, so I just aimed at the stumps,” O'Bracken said.",
                "Darcy O'Bracken",
                "said",
                "",
            ),
        ],
        [
            (
                "Bellmorrow had looked in control at tea, when Durrimbah needed 146 with seven wickets in hand.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The crowd of about 1,400 was the biggest for a grand final at the ground since 2011, the association said.",
                "the association",
                "said",
                "W",
            ),
        ],
        [
            (
                "Stackhurst, 34, said he would “have a think” about whether to play another season.",
                "Jarrah Stackhurst",
                "said",
                "",
            ),
            (
                "He said he had played in four losing grand finals before Sunday.",
                "Jarrah Stackhurst",
                "said",
                "W",
            ),
            ("“Fifth time lucky, eh?” he said.", "Jarrah Stackhurst", "said", ""),
        ],
        [
            (
                "The Durrimbah players sang the club song twice, the second time in the middle of the pitch.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("SCOREBOARD", "", "", "B"),
        ],
        [
            (
                "Bellmorrow 9/187 (T. Pennarrow 64, R. Garvale 31; D. O'Bracken 3/28, K. Yallop-Dene 2/40).",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Durrimbah 6/188 (J. Stackhurst 71no, M. Tuckerbridge 38; T. Pennarrow 2/33) won by four wickets.",
                "",
                "",
                "",
            ),
        ],
        [
            ("More sport", "", "", "B"),
        ],
        [
            ("Wandabrook Wolves sign three for the new netball season", "", "", "B"),
        ],
        [
            ("Junior cricket carnival moved to Kellabrae Oval after rain", "", "", "B"),
        ],
        [
            ("Follow the Advocate on Facebook for match-day updates.", "", "", "B"),
        ],
        [
            ("Subscribe now for unlimited access to local news and sport.", "", "", "B"),
        ],
        [
            ("© Copyright 2027 Wandabrook Advocate", "", "", "B"),
        ],
        [
            ("Terms of Use · Privacy · Community Guidelines · Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("THE YALLAHSWICK RECORD", "", "", "B"),
        ],
        [
            (
                "Home | News | Lead Stories | Business | Sports | Entertainment | Letters | Commentary",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News | Lead Stories", "", "", "B"),
        ],
        [
            (
                "Schools can't run on $19,000 a student, principals' association says",
                "the Island Secondary Principals' Association",
                "says",
                "",
            ),
        ],
        [
            ("Shanique Brammelsworth/Staff Reporter", "", "", "B"),
        ],
        [
            ("Published: Wednesday | January 27, 2027 | 12:10 AM", "", "", "B"),
        ],
        [
            ("Share · Facebook · X · WhatsApp · Email", "", "", "B"),
        ],
        [
            (
                "Claudette Pinnockwaite, president of the Island Secondary Principals' Association, speaks at a press conference in Kingston on Tuesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("- Contributed", "", "", "B"),
        ],
        [
            (
                "Secondary schools cannot keep their lights on with the $19,000 a student the Government now pays them each year, the Island Secondary Principals' Association said on Tuesday.",
                "the Island Secondary Principals' Association",
                "said",
                "",
            ),
        ],
        [
            (
                "Hours earlier, Education Minister Dr Marvalyn Greenbrayne told the House of Representatives that the grant had risen from $11,000 a student in 2021 and was now “the highest it has ever been”.",
                "Marvalyn Greenbrayne",
                "told the House of Representatives",
                "W",
            ),
            (
                "She said the Government had paid $5.3 billion in grants to 164 public secondary schools in the 2025-26 school year.",
                "Marvalyn Greenbrayne",
                "said",
                "W",
            ),
        ],
        [
            ("“Could we do more?", "Marvalyn Greenbrayne", "said", ""),
            ("Always.", "Marvalyn Greenbrayne", "said", ""),
            ("But the direction is clear,” she said.", "Marvalyn Greenbrayne", "said", ""),
        ],
        [
            (
                "Claudette Pinnockwaite, the association's president and principal of Bellefield Heights High School, said the minister was “counting the money, not the bills”.",
                "Claudette Pinnockwaite",
                "said",
                "",
            ),
            (
                "Her school's electricity bill alone was $2.4 million last year, up from $1.5 million in 2022, she said.",
                "Claudette Pinnockwaite",
                "said",
                "W",
            ),
            (
                "“We are choosing between the light bill and the lab.”",
                "Claudette Pinnockwaite",
                "said",
                "",
            ),
        ],
        [
            (
                "Greenbrayne told the House that schools could apply for a separate energy grant, and that 41 had done so since September.",
                "Marvalyn Greenbrayne",
                "told the House",
                "W",
            ),
        ],
        [
            (
                "Pinnockwaite said that grant was capped at $600,000 a school.",
                "Claudette Pinnockwaite",
                "said",
                "W",
            ),
            (
                "“And it takes most of a school year to come through,” she said.",
                "Claudette Pinnockwaite",
                "said",
                "",
            ),
        ],
        [
            (
                "The Opposition's spokesman on education, Winston Quarrenbury, said the grant had lost about a fifth of its value to inflation since 2021.",
                "Winston Quarrenbury",
                "said",
                "W",
            ),
            (
                "“A record in dollars is not a record in what those dollars buy,” he said.",
                "Winston Quarrenbury",
                "said",
                "",
            ),
        ],
        [
            (
                "Figures tabled in the House on Tuesday show that 37 public secondary schools ended the 2025-26 year with an overdraft.",
                "Figures tabled in the House on Tuesday",
                "show",
                "W",
            ),
            (
                "The average overdraft, according to the figures, was $3.1 million.",
                "the figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Under a ministry policy in place since 2016, schools may ask parents for an auxiliary fee of up to $7,000 a year but may not make it compulsory.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "“Every September they tell us it's voluntary, and every September my son comes home with a letter,” said Devon Hallowstone, a father of three in Spanish Town.",
                "Devon Hallowstone",
                "said",
                "",
            ),
            (
                "He said he had paid $18,500 in auxiliary fees for two children this school year.",
                "Devon Hallowstone",
                "said",
                "W",
            ),
        ],
        [
            (
                "At the press conference at the association's office in Kingston, a statement from its executive was read by the general secretary, Lennox Ambrister-Cole.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“We will not sign off on next year's school budgets until the grant is reviewed,” the statement said.",
                "the association's executive",
                "the statement said",
                "",
            ),
            (
                "The executive met on January 23 and voted unanimously for the step, it said.",
                "the association's executive",
                "it said",
                "W",
            ),
        ],
        [
            (
                "Ambrister-Cole told reporters afterwards that principals were “not looking for a fight”.",
                "Lennox Ambrister-Cole",
                "told reporters",
                "",
            ),
            (
                "“We are looking for a conversation with numbers on the table,” he said.",
                "Lennox Ambrister-Cole",
                "said",
                "",
            ),
        ],
        [
            (
                "In the House, Greenbrayne said she expected the grant to rise again in the 2027-28 Budget, “subject to the fiscal space”.",
                "Marvalyn Greenbrayne",
                "said",
                "",
            ),
            (
                "The ministry's director of communications, Tashana Blakewhittle, said later that the minister would meet the association “in the coming weeks”.",
                "Tashana Blakewhittle",
                "said",
                "",
            ),
        ],
        [
            (
                "Pinnockwaite, asked whether the boycott could delay the start of the school year, said: “That is up to the ministry.”",
                "Claudette Pinnockwaite",
                "said",
                "",
            ),
        ],
        [
            ("RELATED STORIES", "", "", "B"),
        ],
        [
            ("Teachers' union to meet ministry on allowances", "", "", "B"),
        ],
        [
            ("Parents in St Thomas protest over school bus fares", "", "", "B"),
        ],
        [
            ("Follow The Yallahswick Record on WhatsApp", "", "", "B"),
        ],
        [
            ("We welcome your comments.", "", "", "B"),
            ("Send letters to letters@yallahswickrecord.com.", "", "", "B"),
        ],
        [
            ("© 2027 The Yallahswick Record Co. Ltd.", "", "", "B"),
        ],
        [
            ("Privacy Policy | Terms of Use | Contact Us", "", "", "B"),
        ],
    ],
    [
        [
            ("THE GLANMORWY ECHO", "", "", "B"),
        ],
        [
            ("English | Cymraeg", "", "", "B"),
        ],
        [
            ("News | Sport | Farming | What's On | Jobs | Notices", "", "", "B"),
        ],
        [
            ("News › Education", "", "", "B"),
        ],
        [
            (
                "Village school's 14 pupils cost £21,400 each to teach, council says",
                "Glanmorwy Council",
                "says",
                "W",
            ),
        ],
        [
            ("Parents and governors in Llanybrithdir say they will fight closure plan", "", "", ""),
        ],
        [
            ("By Ffion Maelgwyn", "", "", "B"),
        ],
        [
            ("Wednesday, 27 January 2027 · 7:00am", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | WhatsApp | Email", "", "", "B"),
        ],
        [
            (
                "Ysgol Llanybrithdir was built in 1894 and has been a Welsh-medium school since 1956.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Llun/Picture: Echo", "", "", "B"),
        ],
        [
            (
                "Each of the 14 pupils at Ysgol Llanybrithdir costs £21,400 a year to teach, more than four times the county average, Glanmorwy Council said as it opened a consultation on closing the school.",
                "Glanmorwy Council",
                "said",
                "W",
            ),
            (
                "Under the proposal, the school would close in August 2028 and its pupils would move to Ysgol y Garnwen, 6.5 miles away.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The council said Ysgol y Garnwen, which has 148 pupils, had room for 60 more.",
                "The council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cabinet member for education Cllr Bethan Llwydcroesan told the cabinet on Tuesday that the school had 31 pupils in 2017 and was forecast to have nine by 2030.",
                "Bethan Llwydcroesan",
                "told the cabinet",
                "W",
            ),
            (
                "“Nobody goes into this job to close schools,” she said.",
                "Bethan Llwydcroesan",
                "said",
                "",
            ),
            (
                "She said a class of 14 children spread over seven year groups was “not fair on them”.",
                "Bethan Llwydcroesan",
                "said",
                "",
            ),
        ],
        [
            (
                "The headteacher, Catrin Penhyrwen, said small numbers were “a strength, not a problem”.",
                "Catrin Penhyrwen",
                "said",
                "",
            ),
            (
                "She said every pupil had reached the expected level in Welsh and maths at the end of Year 6 for the past four years.",
                "Catrin Penhyrwen",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cllr Llwydcroesan said the school's budget had been in deficit since 2023.",
                "Bethan Llwydcroesan",
                "said",
                "W",
            ),
            (
                "Mrs Penhyrwen said the deficit stood at £38,000 and that a single roof repair had caused most of it.",
                "Catrin Penhyrwen",
                "said",
                "W",
            ),
            (
                "“Would a child of four really be better off on a bus for 25 minutes each way?” she asked.",
                "Catrin Penhyrwen",
                "asked",
                "",
            ),
        ],
        [
            (
                "Closing the school would save about £214,000 a year, according to a report to the cabinet.",
                "a report to the cabinet",
                "according to",
                "W",
            ),
            (
                "The report says the move “may have an impact” on the use of Welsh in the village.",
                "the report",
                "says",
                "",
            ),
            (
                "Census figures show 71% of residents there speak the language.",
                "Census figures",
                "show",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "A statement from the school's governing body was read to a public meeting in the village hall on Monday evening by its chair, Gareth Nantcwmwr.",
                "",
                "",
                "W",
            ),
            (
                "The governors “do not accept” that closure is the only option and will put forward a plan to federate with two other small schools, the statement said.",
                "the school's governing body",
                "the statement said",
                "",
            ),
        ],
        [
            ("About 110 people attended the meeting.", "", "", "W"),
        ],
        [
            (
                "Mr Nantcwmwr told the meeting he had been a pupil at the school himself, in 1971.",
                "Gareth Nantcwmwr",
                "told the meeting",
                "W",
            ),
            ("“I learned to read in that room,” he said.", "Gareth Nantcwmwr", "said", ""),
        ],
        [
            (
                "Darllenwch fwy / Read more: Bus route to Garnwen to be cut to three days a week",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The council's consultation report from an earlier round, in 2024, shows 412 responses, 388 of them against closure.",
                "the council's consultation report",
                "shows",
                "W",
            ),
            (
                "That round ended without a decision after the council postponed it for a review of rural schools.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“If the school goes, the young families go, and then what is left — holiday lets?” said Rhodri Tregwyddel, whose two daughters are pupils there.",
                "Rhodri Tregwyddel",
                "said",
                "",
            ),
        ],
        [
            (
                "A petition against the closure had more than 900 signatures by Tuesday evening.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The consultation closes on 12 March, and the cabinet is expected to make a final decision in June.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Got a story?", "", "", "B"),
            ("Email news@glanmorwyecho.cymru", "", "", "B"),
        ],
        [
            ("Sign up for our free Mid Wales newsletter", "", "", "B"),
        ],
        [
            ("© 2027 Glanmorwy Echo Cyf.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About us | Contact | Privacy | Cookie policy | Complaints", "", "", "B"),
        ],
    ],
    [
        [
            ("THE MARSAMENA POST", "", "", "B"),
        ],
        [
            ("Local | Politics | Business | Environment | Sport | Opinion | Comment", "", "", "B"),
        ],
        [
            ("Local", "", "", "B"),
        ],
        [
            (
                "Planning board approves 42 flats on Ħal Qormiena's last open field despite 1,100 objections, mayor says",
                "Reuben Xerriberas",
                "says",
                "W",
            ),
        ],
        [
            ("Kurt Abelavella", "", "", "B"),
        ],
        [
            ("Tuesday, 26 January 2027, 08:15", "", "", "B"),
        ],
        [
            ("Share · Facebook · WhatsApp · Email", "", "", "B"),
        ],
        [
            ("The field off Triq il-Lewż, seen from the parish church roof.", "", "", ""),
        ],
        [
            ("Photo: Jonathan Borgarello", "", "", "B"),
        ],
        [
            (
                "The planning board has approved 42 flats and an underground car park on the last open field inside Ħal Qormiena's development boundary, despite 1,100 objections, the village's mayor said on Monday.",
                "Reuben Xerriberas",
                "said",
                "W",
            ),
            (
                "Reuben Xerriberas said the local council would file an appeal with the planning tribunal within the 30-day deadline.",
                "Reuben Xerriberas",
                "said",
                "",
            ),
            (
                "“This was the last bit of green the children could see from their windows,” he said.",
                "Reuben Xerriberas",
                "said",
                "",
            ),
        ],
        [
            (
                "The board voted 4-2 to approve the application, PB/04417/26, which had been recommended for approval, according to the case officer's report.",
                "the case officer's report",
                "according to",
                "W",
            ),
            (
                "The site, according to the same report, measures 2,350 square metres and has been zoned for development since 2006.",
                "the same report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The developer's architect, Perit Clive Bonnavera, said the project had been cut from 58 flats to 42 after the first round of objections.",
                "Clive Bonnavera",
                "said",
                "W",
            ),
            (
                "“We listened, and we changed the design twice,” he said.",
                "Clive Bonnavera",
                "said",
                "",
            ),
        ],
        [
            (
                "Xerriberas said the reduction had come only after the board's own design committee asked for it in March.",
                "Reuben Xerriberas",
                "said",
                "W",
            ),
            (
                "Bonnavera rejected that, saying the developer had offered to drop a floor “before anyone asked”.",
                "Clive Bonnavera",
                "saying",
                "W",
            ),
        ],
        [
            (
                "Xerriberas said the local council had already spent €14,000 on legal advice over the project.",
                "Reuben Xerriberas",
                "said",
                "W",
            ),
            (
                "“Is that what it costs a village to be heard now?” he asked.",
                "Reuben Xerriberas",
                "asked",
                "",
            ),
        ],
        [
            ("The application was filed by Tal-Fejġa Developments Ltd.", "", "", "W"),
            (
                "The company was set up in 2021, according to the business registry.",
                "the business registry",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Figures tabled in parliament on Monday show that the planning board approved 8,412 new dwellings across Malta in 2026, 12% more than in 2025.",
                "Figures tabled in parliament on Monday",
                "show",
                "W",
            ),
            (
                "Planning Minister Josette Farrugiella tabled the figures in reply to a parliamentary question from an opposition MP.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Farrugiella told Parliament last week that the government would publish a policy on open spaces inside development zones “before the summer”.",
                "Josette Farrugiella",
                "told Parliament",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "“Nobody is against homes for young couples, but 42 flats on one field is not a home, it's a block,” said Doreen Spiteriana of the Ħal Qormiena Residents' Forum.",
                "Doreen Spiteriana",
                "said",
                "",
            ),
            (
                "She said the forum's petition had 1,100 signatures, about one in four of the village's adults.",
                "Doreen Spiteriana",
                "said",
                "W",
            ),
        ],
        [
            (
                "An environmental report submitted with the application says the building “is unlikely” to harm a protected carob tree on the edge of the site.",
                "An environmental report submitted with the application",
                "says",
                "",
            ),
        ],
        [
            ("“Unlikely?” Xerriberas asked.", "Reuben Xerriberas", "asked", ""),
            (
                "“That tree is 300 years old and they are digging two floors down next to it.”",
                "Reuben Xerriberas",
                "said",
                "",
            ),
        ],
        [
            ("Work could start later this year if the appeal fails.", "", "", ""),
        ],
        [
            (
                "Read more: Residents' group loses bid to stop hotel extension in Xlendiwa bay",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Support independent journalism in Malta.", "", "", "B"),
        ],
        [
            ("Subscribe from €4.99 a month.", "", "", "B"),
        ],
        [
            ("12 comments", "", "", "B"),
        ],
        [
            ("Comments are open to subscribers only.", "", "", "B"),
        ],
        [
            ("© Marsamena Post Ltd. 2027", "", "", "B"),
        ],
        [
            ("Terms · Privacy · Cookies · Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("THE VAALWYCK VOICE", "", "", "B"),
        ],
        [
            ("News | Local | Sport | Business | Lifestyle | Motoring | Property", "", "", "B"),
        ],
        [
            ("News / Local", "", "", "B"),
        ],
        [
            (
                "Rietmoleng will fill 40,000 potholes by June, mayor says",
                "Thabiso Rampedilo",
                "says",
                "",
            ),
        ],
        [
            ("Lerato Kgwadi-Mphela", "", "", "B"),
        ],
        [
            ("27 January 2027 | 16:20", "", "", "B"),
        ],
        [
            ("Share: Facebook · X · WhatsApp · Email", "", "", "B"),
        ],
        [
            ("Workers fill potholes on Bontlefontein Road in Vaalwyck on Tuesday.", "", "", ""),
        ],
        [
            ("Photo: Supplied", "", "", "B"),
        ],
        [
            (
                "Rietmoleng Local Municipality will fill 40,000 potholes by the end of June, Executive Mayor Thabiso Rampedilo said on Tuesday, as residents and opposition councillors asked how it would pay for the work.",
                "Thabiso Rampedilo",
                "said",
                "",
            ),
            (
                "Rampedilo, speaking at the launch of the programme in Vaalwyck, said the municipality had set aside R186 million for road repairs in its adjustment budget.",
                "Thabiso Rampedilo",
                "said",
                "W",
            ),
        ],
        [
            (
                "Figures released on Tuesday by the roads department show that 52,300 potholes were reported through the municipality's app and call centre in 2026, up from 31,900 in 2024.",
                "Figures released on Tuesday by the roads department",
                "show",
                "W",
            ),
            (
                "Only about 18,000 of them were filled, according to the figures.",
                "the figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "MMC for roads and transport Nomvula Sekwalapa said the municipality had signed up 14 contractors and would have 60 teams on the roads by March.",
                "Nomvula Sekwalapa",
                "said",
                "W",
            ),
            ("“You will see the difference by Easter,” she said.", "Nomvula Sekwalapa", "said", ""),
        ],
        [
            (
                "Annelie Brinkvlei, the opposition's caucus leader in the council, said the plan was “an election promise with a shovel”.",
                "Annelie Brinkvlei",
                "said",
                "",
            ),
            (
                "She said the Auditor-General's latest report had found R412 million in irregular expenditure at the municipality in 2024-25, much of it on road contracts.",
                "Annelie Brinkvlei",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sekwalapa said the contracts flagged in that report had been cancelled and two officials suspended.",
                "Nomvula Sekwalapa",
                "said",
                "W",
            ),
            (
                "Brinkvlei said the suspended officials were still being paid.",
                "Annelie Brinkvlei",
                "said",
                "W",
            ),
            (
                "“So who is watching the new contractors?” she asked.",
                "Annelie Brinkvlei",
                "asked",
                "",
            ),
        ],
        [
            (
                "Municipal spokesperson Kagiso Modirwakgosi said each team could fill about 35 potholes a day in dry weather.",
                "Kagiso Modirwakgosi",
                "said",
                "",
            ),
            (
                "“If you do the sums, 40,000 is conservative,” he said.",
                "Kagiso Modirwakgosi",
                "said",
                "",
            ),
        ],
        [
            (
                "Sekwalapa said each filled pothole would be logged with a photograph on the app, “so residents can check our work”.",
                "Nomvula Sekwalapa",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "“I've replaced two tyres and a rim since November,” said Johannes Molefetsane, a taxi owner from Rietmoleng Extension 4.",
                "Johannes Molefetsane",
                "said",
                "W",
            ),
            (
                "He said he would believe the promise “when I see the tar”.",
                "Johannes Molefetsane",
                "said",
                "",
            ),
        ],
        [
            (
                "The municipality's last pothole drive, in 2023, set a target of 25,000 and filled about 11,000, according to council minutes.",
                "council minutes",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Auditor-General's report also shows the municipality received a qualified audit opinion for the third year in a row.",
                "The Auditor-General's report",
                "shows",
                "W",
            ),
        ],
        [
            (
                "Rietmoleng has about 2,900 kilometres of roads, about 60% of them tarred.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Heavy summer rain, which is forecast to continue into February, could slow the work.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Rampedilo said he would give a progress report to the council at the end of every month.",
                "Thabiso Rampedilo",
                "said",
                "",
            ),
            (
                "“If we miss the target, you will hear it from me first.”",
                "Thabiso Rampedilo",
                "said",
                "",
            ),
        ],
        [
            ("READ: Water outages expected in three suburbs this weekend", "", "", "B"),
        ],
        [
            ("Sign up for the Vaalwyck Voice daily newsletter", "", "", "B"),
        ],
        [
            ("Follow us on Facebook and X", "", "", "B"),
        ],
        [
            ("Comments are closed.", "", "", "B"),
        ],
        [
            ("© 2027 Vaalwyck Voice (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Privacy Policy | PAIA Manual | Terms and Conditions | Contact Us", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n112-sc-cut-question",
        "“We have cut 212 back-office posts since 2022 and sold 19 buildings,” she said. “What would people have us close instead — a primary school?”",
        [
            "“We have cut 212 back-office posts since 2022 and sold 19 buildings,” she said.",
            "“What would people have us close instead — a primary school?”",
        ],
    ),
    (
        "n112-sc-ms-she",
        "Ms Ashcrieff said that money had come from the capital budget and could not legally be spent on running costs. “That is simply not how council budgets work,” she said.",
        [
            "Ms Ashcrieff said that money had come from the capital budget and could not legally be spent on running costs.",
            "“That is simply not how council budgets work,” she said.",
        ],
    ),
    (
        "n112-sc-ltd-registered",
        "© 2027 Strathdorran Courant Ltd. Registered in Scotland No. SC601847.",
        ["© 2027 Strathdorran Courant Ltd.", "Registered in Scotland No. SC601847."],
    ),
    (
        "n112-ng-open-quote",
        "“We cannot carry passengers at a loss. Nobody can. We are asking only for what is fair.”",
        [
            "“We cannot carry passengers at a loss.",
            "Nobody can.",
            "We are asking only for what is fair.”",
        ],
    ),
    (
        "n112-ng-who-asked",
        "“Who collected that money before, and where did it go?” Okunrinlaye asked. He said drivers were now paying less in total than they had paid the touts.",
        [
            "“Who collected that money before, and where did it go?” Okunrinlaye asked.",
            "He said drivers were now paying less in total than they had paid the touts.",
        ],
    ),
    (
        "n112-ng-trek-said",
        "“If they add ₦200 again, I will trek to the market and back, simple!” said Folasade Akinmoyegun, a pepper seller who travels from Aremolaye to Ojurinde every morning. She said she already spends ₦1,200 a day on fares.",
        [
            "“If they add ₦200 again, I will trek to the market and back, simple!” said Folasade Akinmoyegun, a pepper seller who travels from Aremolaye to Ojurinde every morning.",
            "She said she already spends ₦1,200 a day on fares.",
        ],
    ),
    (
        "n112-in-mld-proposed",
        "The corporation supplies about 560 million litres a day, he said. To pay for new pipelines, he proposed raising water charges by 18% from April 1, which would take the monthly bill of a typical flat from ₹210 to ₹248.",
        [
            "The corporation supplies about 560 million litres a day, he said.",
            "To pay for new pipelines, he proposed raising water charges by 18% from April 1, which would take the monthly bill of a typical flat from ₹210 to ₹248.",
        ],
    ),
    (
        "n112-in-told-him",
        "The commissioner told him the repairs alone would cost ₹410 crore over five years, money the corporation does not have. Sonavdekar replied that the corporation had spent ₹96 crore on road beautification in the same period.",
        [
            "The commissioner told him the repairs alone would cost ₹410 crore over five years, money the corporation does not have.",
            "Sonavdekar replied that the corporation had spent ₹96 crore on road beautification in the same period.",
        ],
    ),
    (
        "n112-in-ward-no",
        "“Every summer we get tankers, and every winter we get a new excuse,” said Prakash Dhumalwade, a corporator from Ward No. 27. He said the corporation's tanker bills had risen from ₹14 crore in 2023-24 to ₹22 crore in 2025-26.",
        [
            "“Every summer we get tankers, and every winter we get a new excuse,” said Prakash Dhumalwade, a corporator from Ward No. 27.",
            "He said the corporation's tanker bills had risen from ₹14 crore in 2023-24 to ₹22 crore in 2025-26.",
        ],
    ),
    (
        "n112-in-pvt-ltd",
        "© The Pravarakshi Chronicle Pvt. Ltd. All rights reserved.",
        ["© The Pravarakshi Chronicle Pvt. Ltd.", "All rights reserved."],
    ),
    (
        "n112-us-cheapest-she",
        "“The county picked the cheapest site, not the safest one,” said Loralyn Vesseybrook, the Raleigh lawyer who represents the group. She said the county had not tested the creek for leachate since 2021.",
        [
            "“The county picked the cheapest site, not the safest one,” said Loralyn Vesseybrook, the Raleigh lawyer who represents the group.",
            "She said the county had not tested the creek for leachate since 2021.",
        ],
    ),
    (
        "n112-us-why-not-asked",
        "“If they're so sure, why not test the creek?” she asked. Harkenvelt did not respond to a request for comment Thursday.",
        [
            "“If they're so sure, why not test the creek?” she asked.",
            "Harkenvelt did not respond to a request for comment Thursday.",
        ],
    ),
    (
        "n112-us-bio-reach",
        "Jolene Merriwether-Saxby covers Harrelton County government. Reach her at jmsaxby@harreltonsentry.com or 919-555-0148.",
        [
            "Jolene Merriwether-Saxby covers Harrelton County government.",
            "Reach her at jmsaxby@harreltonsentry.com or 919-555-0148.",
        ],
    ),
    (
        "n112-ca-ns-paramedics",
        "The nearest other emergency department is 71 kilometres away in Brackwick, N.S. Paramedics say the drive takes about 50 minutes in good weather.",
        [
            "The nearest other emergency department is 71 kilometres away in Brackwick, N.S.",
            "Paramedics say the drive takes about 50 minutes in good weather.",
        ],
    ),
    (
        "n112-ca-macq-asked",
        "“How many more nights before someone dies in the back of a car on Route 319?” asked Roseanne MacQuarrish, the Opposition's health critic. MacQuarrish said the minister had made the same promise to the committee in February 2025.",
        [
            "“How many more nights before someone dies in the back of a car on Route 319?” asked Roseanne MacQuarrish, the Opposition's health critic.",
            "MacQuarrish said the minister had made the same promise to the committee in February 2025.",
        ],
    ),
    (
        "n112-ca-am-fourth",
        "The emergency department was closed again overnight Tuesday, from 8 p.m. until 8 a.m. It was the fourth closure this month.",
        [
            "The emergency department was closed again overnight Tuesday, from 8 p.m. until 8 a.m.",
            "It was the fourth closure this month.",
        ],
    ),
    (
        "n112-sg-floor",
        "“We think 95% occupancy is a floor, not a ceiling,” Ms Ngwee said. Committed occupancy across the portfolio was 97.1% at end-December, up from 96.4% a year earlier.",
        [
            "“We think 95% occupancy is a floor, not a ceiling,” Ms Ngwee said.",
            "Committed occupancy across the portfolio was 97.1% at end-December, up from 96.4% a year earlier.",
        ],
    ),
    (
        "n112-sg-units-closed",
        "Units of Kerrowmere Retail REIT closed 1.5 cents, or 2.3%, lower at S$0.635 on Friday. They have fallen 11% over the past 12 months, compared with a 4% fall in the wider REIT index.",
        [
            "Units of Kerrowmere Retail REIT closed 1.5 cents, or 2.3%, lower at S$0.635 on Friday.",
            "They have fallen 11% over the past 12 months, compared with a 4% fall in the wider REIT index.",
        ],
    ),
    (
        "n112-sg-copyright",
        "Copyright © 2027 Bizpulse Media Pte. Ltd. Co. Regn. No. 202011846W. All rights reserved.",
        [
            "Copyright © 2027 Bizpulse Media Pte. Ltd.",
            "Co. Regn. No. 202011846W.",
            "All rights reserved.",
        ],
    ),
    (
        "n112-ke-hon-asked",
        "Kapsoiyet Ward MCA Hon. Wilfred Kirorei asked why the contract had not been renewed in time. Tarukwo said the tender was advertised on November 18, but the only bid received was rejected as too expensive.",
        [
            "Kapsoiyet Ward MCA Hon. Wilfred Kirorei asked why the contract had not been renewed in time.",
            "Tarukwo said the tender was advertised on November 18, but the only bid received was rejected as too expensive.",
        ],
    ),
    (
        "n112-ke-own-acres",
        "“I have four acres and I am still waiting for my two bags,” said Grace Wachiurwa, a farmer in Kapsoiyet. “What do I plant with, hope?”",
        [
            "“I have four acres and I am still waiting for my two bags,” said Grace Wachiurwa, a farmer in Kapsoiyet.",
            "“What do I plant with, hope?”",
        ],
    ),
    (
        "n112-au-unbeaten-decimal",
        "Stackhurst finished on 71 not out from 88 balls. He came in with his side at 3/41 after 12.4 overs.",
        [
            "Stackhurst finished on 71 not out from 88 balls.",
            "He came in with his side at 3/41 after 12.4 overs.",
        ],
    ),
    (
        "n112-au-said-pennarrow",
        "“We were 20 runs short, simple as that,” said Bellmorrow captain Tomas Pennarrow. “Credit to Jarrah, he batted us out of it.”",
        [
            "“We were 20 runs short, simple as that,” said Bellmorrow captain Tomas Pennarrow.",
            "“Credit to Jarrah, he batted us out of it.”",
        ],
    ),
    (
        "n112-jm-could-we",
        "“Could we do more? Always. But the direction is clear,” she said.",
        ["“Could we do more?", "Always.", "But the direction is clear,” she said."],
    ),
    (
        "n112-jm-capped-school",
        "Pinnockwaite said that grant was capped at $600,000 a school. “And it takes most of a school year to come through,” she said.",
        [
            "Pinnockwaite said that grant was capped at $600,000 a school.",
            "“And it takes most of a school year to come through,” she said.",
        ],
    ),
    (
        "n112-cy-pupil-1971",
        "Mr Nantcwmwr told the meeting he had been a pupil at the school himself, in 1971. “I learned to read in that room,” he said.",
        [
            "Mr Nantcwmwr told the meeting he had been a pupil at the school himself, in 1971.",
            "“I learned to read in that room,” he said.",
        ],
    ),
    (
        "n112-cy-cyf-rights",
        "© 2027 Glanmorwy Echo Cyf. All rights reserved.",
        ["© 2027 Glanmorwy Echo Cyf.", "All rights reserved."],
    ),
    (
        "n112-mt-ltd-registry",
        "The application was filed by Tal-Fejġa Developments Ltd. The company was set up in 2021, according to the business registry.",
        [
            "The application was filed by Tal-Fejġa Developments Ltd.",
            "The company was set up in 2021, according to the business registry.",
        ],
    ),
    (
        "n112-mt-tree-asked",
        "“Unlikely?” Xerriberas asked. “That tree is 300 years old and they are digging two floors down next to it.”",
        [
            "“Unlikely?” Xerriberas asked.",
            "“That tree is 300 years old and they are digging two floors down next to it.”",
        ],
    ),
    (
        "n112-za-sek-cancelled",
        "Sekwalapa said the contracts flagged in that report had been cancelled and two officials suspended. Brinkvlei said the suspended officials were still being paid.",
        [
            "Sekwalapa said the contracts flagged in that report had been cancelled and two officials suspended.",
            "Brinkvlei said the suspended officials were still being paid.",
        ],
    ),
]
