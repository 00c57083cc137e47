"""Hundred-and-twenty-eighth set of new hand-labelled pages for the hint engines (tuning set, round forty-nine):
twelve WHOLE pages, head to tail, from twelve countries (the United States, Scotland, South Africa,
Ireland, the Philippines, Canada, Kenya, Australia, England, New Zealand, Nigeria and India), one
for each of twelve genres: a council budget story (Ohio, a city council passes a $412.7 million
budget 5-4 and trims overnight fire crews); a hospital waiting-times report (Scotland, A&E waits at
a general hospital worst on record); a crime-statistics release story (KwaZulu-Natal, murders down
6.1% but kidnappings up 23.4%); a transport strike (Dublin, bus drivers confirm a 48-hour stoppage
after talks collapse); a weather-disaster story with counts (Eastern Visayas, a typhoon's death toll
rises to 37); a company earnings story (Ontario, a frozen-food maker's profit falls 18% on U.S.
tariffs); a court ruling (Kisumu, the High Court strikes down a county's hawker licence fee); an
opinion column with figures (Australia, power bills against a government's promise); a match report
(England, a non-league play-off final won 3-2 with a late header); a science/health study story (New
Zealand, teenagers' late-night phone use and sleep); a school-results story (Ogun State, a junior
certificate pass rate of 71.4%); and a consumer-prices explainer (India, vegetables up 9.8% while
retail inflation slows to 4.1%).

What is hard is CHECK-WORTHINESS and SENTENCE SPLITS. Statements of record (vote tallies, budget
lines of record, waiting-time and crime figures, strike terms, death tolls and evacuee counts,
quarterly results, a ruling and its orders, a promise and the bills that followed it, goals and
crowds, study results, pass rates, price indices, causal claims of officials such as "the fall in
murders was the result of a rural safety plan" or "attributed the improvement to the recruitment of
2,500 teachers") stand beside opinions that carry numbers ("My guess is 5% over two years", "I'd put
the odds at about one in 10", "Promotion is worth about £180,000 to us"), predictions and hedges
("could fall by as much as $9 million", "was likely to include", "would cost the company about €1.1
million a day", "could bring more rain", "I'd expect vegetable inflation to be back under 5%"),
feelings, rhetorical questions, advice, colour and one-word fragments ("Up to.", "Bedlam.",
"Good."). The splits fall around abbreviations that END a sentence before a capital ("6 p.m." /
"More than 140 ...", "5 p.m." / "Some brought ...", "approx. 11.30 p.m." / "The first services ...",
"at 10 a.m." / "Only 27 people ...", "at 4 p.m." / "It will be ...", "across the U.S." / "Sales
there ...", "St. Aubertin, Que." / "He said ...", "Halverton Securities Inc." / "She cut ...",
"etc." / "The judge found ...", "etc." / "Pulses, by contrast, ...", "& Co." / "Registered in
Ireland ...", "Publishing Co." / "All rights reserved.", "Herald Ltd." / "Registered in Scotland
...", "Nig. Ltd." / "RC ...", "Pvt. Ltd.", "(Pty) Ltd.", "Inc.", "Limited.") and ones that do NOT
("Dr.", "Mr.", "Ms.", "Mrs.", "Prof.", "Rev. Sr.", "Lt. Gen.", "Brig. Gen.", "Gen. Bacolcol", "St.
Odilo Road", "St. Wulfric's Park", "St. James's Hospital", "St. Bernadette's" opening a sentence,
"No. 4", "No. 9", "No. 77X", "Signal No. 4", "Petition No. E042", "Kellerman Ave.", "v.", "vs." in
four pages, "approx.", "e.g.", "i.e.", "Jan. 1997", "Jan. 2026", "Jan. 16", "Sept. 2026", "Sept.
14.", "Sept. or Oct.,", "Aug. 1.", "Co. Kildare", "Tool & Die Co. plant", "Packing Co.,", "Lughbus
Ltd. will", "Nilgiri Securities Ltd. expect", "Erie, Pa.,", "Brandon, Man.,", "Ont.-based", "Rs. 3",
"at 10:40 p.m. Friday" with a capital after "p.m.", "the U.S. Federal Reserve" and "e.g. Ooty
carrots" with a capital after the abbreviation), initials ("Walter P. Gorrinder", "Ramil T.
Cabahug", "R. Senthilnathan", "Referee: M. J. Tranter."), decimals ("$412.7 million", "48.2%",
"€16.40", "P1.86 billion", "1.8 times", "Sh84.6 million"), times ("6.10 a.m. bus", "8:30 a.m. that",
"from 8 a.m. to 5 p.m. daily", "e.g. 9.30 p.m. on school nights"), ellipses (mid-sentence "… and one
rubber boat", "noisy … they", "three times… and", "isn't… well", "Some nights … some nights"; ending
a sentence: "was a roundabout…" / "Bills rose ...", and "yet…”" ending a quote), quotes whose "?" or
"!" is followed by the attribution ("?” he asked.", "?” she said.", "!” shouted a man ...", "!” said
Abdi ...", "?” asked fisherman ...", "?” said Pamela ...", "!” Hardacre said.", "It hit his chest!”
Stokoe said.", "!” she said.", "!” he said.") and questions and exclamations inside quotes with no
attribution after them ("this is 2027!”", "“What is the point of reporting?" / "Nobody was
arrested.”", "“Will that be enough?", "“Thirty-eight euro!" / "Each way!” she said.", "“Was it the
right call?" / "Ask me in October.”", "“Today I am happy!" / "Tomorrow, who knows?”", "“Did they
believe me?", "“Handball?", "“Is the phone the cause or the symptom?", "“Now?", "“So, 71%?" /
"Good."). Each page carries its site's furniture at the head (mastheads, subscribe and sign-in
strips, a markets strip, date strips, menus, section paths and labels, bylines with roles,
Published/Updated and date lines, share strips, captions and credits), in the middle (ADVERTISEMENT,
a results-box title and header row, a "Teams" title, a HOW TO HELP label) and at the tail (reporter
and columnist bios, contact and tip lines, related, read-more, most-read and more-from lists, a wire
line, a report-an-error line, newsletter and push-alert asks, a subscription appeal, a views
disclaimer, a journal reference, publisher, registration and ABN lines, copyright lines, footers).
The pages hold 545 sentences: 215 "B", 165 "W" and 165 ""; 181 sentences carry a speaker (88
distinct speakers). `STYLES` describes each page, its story, its speakers and its furniture in
order.

Written from scratch for issue 13 in round forty-nine, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README was opened; `claimreview` was never imported, and no test, scorer,
engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied from
anywhere. What was read: the brief `/tmp/brief/common.md` (printed whole, in the same command as
listings of `/tmp/brief`, which held only that file, and of `/tmp/sets`, which was empty); the
module docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with
`ast.get_docstring`); `def build` in `tests/text/labelled_articles.py` (its source segment printed
by an `ast` script of my own, that function only) and the `tool.ruff` tables of `pyproject.toml`
(loaded with `tomllib` and printed as a dictionary); and, from `labelled_new123.py` and
`labelled_new124.py`, the output of a script of my own using `ast` that prints the module docstring,
`STYLES`, the first two pages of `ARTICLES` and the first eight `CASES` of each. It was printed once
(the tool cut its middle, so that the start of the docstring of `labelled_new123.py` and the end of
the first page, the second page and the cases of `labelled_new124.py` were seen), then saved to a
scratch file, of which `grep -n` showed the section markers and `sed` showed five line ranges: the
rest of the docstring, the `STYLES`, both pages and the cases of `labelled_new123.py`; the
docstring, the `STYLES` and the first lines of the first page of `labelled_new124.py`; a part of
that docstring again; and its cases. So only a stretch in the middle of the first page of
`labelled_new124.py` was not seen. No other page, case or docstring of any file under `tests/` was
read. What was run: Python one-liners printing the calendars of May and June 2027 and the weekdays
of 21 dates of 2027 (to check weekdays); scripts of my own in a scratch folder that turn a small
line format (flag, speaker, cue and text separated by a tilde, one line a paragraph unless it starts
with "+") into the literals below, apply renames, count sentences, flags and speakers, list every
labelled sentence that holds a full stop, "?", "!" or "…" followed by a capital (all of them
abbreviations, initials or titles kept inside on purpose) and cut the split cases out of the pages;
case-insensitive substring file counts (`grep -rliF -- WORD /work/main/tests/text | wc -l`) for
every capitalised word of three letters or more and every part of a hyphenated word of the first
draft (790 words), for about 80 candidate replacements and for the 74 new words after renaming; an
import of this file by path with `labelled_articles.build` on every page and a check of the four
string fields, the flags, the text at each label's offsets, no "B" with a speaker, a cue for every
speaker and a speaker for every cue, 30 distinct case ids with the `n128-` prefix, every case text
in a built page and equal to its sentences joined by single spaces, each expected sentence one
labelled sentence of one paragraph, in order, and the counts above; and `ruff format` and `ruff
check` from the project's virtual environment with the project's `pyproject.toml` as config, run on
the file where it lies, the check reports only E501 (long string literals and the mandated first
line of this docstring), which the per-file ignores for `tests/**` lift, and through
`--stdin-filename tests/text/labelled_new128.py` it passes. Only counts were read from the word
searches, never the matched lines or file names. Of the first draft's coined words, about seventy
hit more than two files and were renamed: outlets (Meridian, Tidings, Digest, Ashbrook, Tussock,
Daybreak, Kaveri), a wire (Dominion), a data firm (Brackwater), a county (Hallam), a saint's road
(Ambrose), a university (Rimu), a barangay (Baybay), a football club (Brindlecombe), a media group
(Kestrel) and surnames and parts of hyphenated surnames (Oduya, Blake, Kinsella, Ashdown, Halvorsen,
Reid, Marchetti, Ashcroft, Lyle, MacQuarrie, Dunn, Baillie, Strachan, Ngcobo, Dlamini, Ndlela,
Hassan, Venter, Mokoena, Tierney, Quirke, Walsh, Boyce, Dumalagan, Reyes, Remedios, Dacanay, Lowe,
Fenwick, Oyelowo, Banks, Otieno, Kamau, Odhiambo, Olal, Achieng, Quayle, Holt, Vale, Pennock, Roper,
Farrant, Adeyemi, Sharp, Kent, Barr, Pryce, Hales, Whitlow, Brannagh, Hollings, Mensah, Croft,
Dunmore, Ashworth, Kettleby, Tawhiri, Lane, Tamatea, Boyd, Cross, Ngata, Kerr, Whitlock, Adekunle,
Bright, Bello, Nwachukwu, Eze, Bankole, Iyer); candidates that hit as well (Adewunmi, Adewoyin,
Lisle, Brannock, Kettlewick, Wrenfield, Ogundipe, Obiora) were dropped for others; only replacements
with at most two hits were kept. What still hits is real countries, regions, provinces, states,
cities, towns, local areas, rivers and roads (Ohio, Scotland, KwaZulu-Natal, Durban, Pretoria,
Pinetown, Dublin, Kildare, Celbridge, Galway, the Naas Road, Leyte, Samar, Eastern Samar, Guiuan,
Tacloban, Mindanao, the Visayas and the Maharlika Highway, Toronto, Mississauga, Erie, Brandon,
Kisumu, Nairobi, Wagga Wagga, the Murray, Waikato, Bay of Plenty, Taranaki, Hamilton, Ogun,
Abeokuta, Ijebu-Ode, Ayetoro, Yewa North, Lagos, Delhi, Chennai, Ooty and the like), common given
names kept on purpose (Hollis, Marla, Terrence, Walter, Lorraine, Ngozi, Priya, Dwight, Morven,
Iain, Catriona, Fiona, Gregor, Sibusiso, Thembeka, Farouk, Abdi, Lwandle, Karabo, Aoife, Ronan,
Declan, Marguerite, Clodagh, Gearóid, Rosalinda, Ramil, Editha, Ernesto, Danilo, Leonora, Anjali,
Hélène, Anand, Marisa, Trevor, Roseline, Felix, Winnie, Bernard, Pamela, Meredith, Dominic, Noreen,
Tamsin, Gareth, Lee, Ashley, Sam, Joel, Lewis, Phil, Tayo, Matty, Ian, Anil, Kieran, Hemi, Aroha,
Rawiri, Leilani, Funmilayo, Olufunke, Ademola, Gloria, Kolawole, Titilayo, Oluwadamilare, Sharmila,
Meenakshi, Anirudh), and ordinary, outlet and institutional words and tokens (Courier, Herald, Post,
Echo, Observer, Times, Report, Amalgamated, Midland, Kiln, Spaza, Barangay, Typhoon, Councilman,
MSP, KZN, PAIA, TSX, EDT, PHT, IST, CPI, RBI, ACCC, NTA, WRC, PAGASA, Adolesc and the like).

Every person, outlet, firm, union local, association, forum, institute, school, club, ground,
league, street, station, barangay, plant, brand and figure is invented. Real countries, regions,
cities and institutions appear only as settings, all with invented figures, statements and people:
those listed above, Public Health Scotland and the Scottish Government, the NHS (an invented board,
NHS Ardlaw), the South African police and Parliament, the Workplace Relations Commission, the
National Transport Authority and a Minister for Transport, St. James's Hospital (as a place), the
Office of Civil Defense, PAGASA, the Departments of Social Welfare and Development, Agriculture and
Education of the Philippines and the Army, the Toronto Stock Exchange, the High Court in Kisumu and
Jubilee Market (as a place), the Australian Energy Regulator and the ACCC, the FA Cup (an invented
tie), the Health Research Council of New Zealand (an invented grant), the National Statistics
Office, the India Meteorological Department, the Reserve Bank of India and the U.S. Federal Reserve,
and Facebook, X, WhatsApp and Telegram (as channels).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, strip, menu, label, byline, role, date, share line, caption,
credit, list item, data line, bio line, appeal and legal line is a paragraph of its own); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent
sets: furniture "B" line by line, whatever it says; a caption by its content ("" for a scene, "W"
for a caption stating a fact) and its credit "B"; headlines and standfirsts never split and flagged
by content, a headline's or standfirst's "says", "warn", "warns" or "find" carrying the speaker the
story names as first given; a dateline belongs to its lead sentence; a speaker is the full name as
first given without titles or post-nominals ("Council President", "Councilman", "Fire Chief",
"Mayor", "Finance Director", "Prof.", "MSP", "Lt. Gen.", "Gen.", "Dr.", "Police Minister",
"Opposition MP", "Brig. Gen.", "Budget Secretary", "Chief executive", "Chief financial officer",
"Justice", "Mr.", "County Attorney Ms.", "Energy Minister", "Town chairman", "Lead author", "Rev.
Sr.", "Mrs." dropped; initials kept); a pronoun or a later surname or title with a surname resolves
to it; "according to X" gives X as written; a descriptor before a proper name is dropped ("the
weather bureau PAGASA" -> "PAGASA", "The union's general secretary, Declan Fahy-Corcoran," ->
"Declan Fahy-Corcoran"); a quote over several sentences carries its speaker and cue in each; a named
person acting without a verb of saying carries no speaker ("Denscombe banged her gavel twice.",
"Colestead manager Ian Stokoe was furious about the penalty.", "She cut her price target ...").

Conventions this set had to settle, in the same spirit:

* Generic nouns are kept as written, as in the recent sets ("the agency", "the bureau", "the
  company", "the nurse" after "A charge nurse in the emergency department, who asked not to be
  named,", "a spokeswoman" after a government statement, "The researchers", "the study", "the
  figures", "the statistics", "the judgment"), while an abbreviation resolves to the body as first
  given ("the NTA said" -> "the National Transport Authority", "The WRC said" -> "the Workplace
  Relations Commission"). "the judge said" and "The judge found" carry the judge, with those cues.
* Statutory and court deadlines and a declared dividend are "W" ("State law requires the city to
  file the budget ... by July 15", "Under the court's rules, the county has 14 days ...", "payable
  July 15 to shareholders of record on June 30"); plans and schedules are "" (a change that "would
  take effect Aug. 1.", cancelled routes, last and first bus times, a board meeting, an annual
  meeting, a data release "at 4 p.m.", next season, results online "from 10 a.m. on Monday"). The
  strike lead is "W" because it records talks breaking down and the size of the stoppage.
* Budget lines, results-box rows, team lines, "Referee:" and "Attendance:" are "" data; a results
  box's title and its "vs." header row are "B", like a table's; the "Teams" title is "B"; a "Where
  the money goes" subhead and question subheads in an explainer or a story ("What services are
  affected?", "What happens next?", "What can parents do?") are "", like any question.
* A column's own text carries no speaker: its figures and records are "W" ("It has been stuck at
  $285 since 2021.", "Bills rose 11 per cent in the following year."), its opinions, advice,
  questions and fragments ""; a person the columnist met speaks with the cue "told me", and the
  columnist's statement of what she saw ("Last week I spoke to ...") is "" colour.
* A quoted first-person demand or record with a figure is "W" ("They want R5,000 a week, or they
  take your child!” said ...", "We have 600 families on the roof ...", "That's the equivalent of
  four whole wards"), a quoted feeling or forecast with a figure "".
* Ellipses: "…" or " … " before a lower-case word is inside a sentence; "…" before a capital ends
  the sentence ("was a roundabout…" / "Bills rose ..."), as a full stop would.
* A journal reference with "et al." and a title's full stop is one "B" sentence, as in
  `labelled_new2.py`; a related-list item with a question mark and a second sentence is split in two
  "B" sentences.
* A bracketed file credit ("[FILE | NYANZA OBSERVER]") is "B"; a "HOW TO HELP" label is "B" and the
  drop-off line under it is "" (advice).

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a paragraph or a stretch
of one to four consecutive sentences of one paragraph of these pages, joined by single spaces: "6
p.m." before "More than 140"; "No. 4", "Ave." and "St. Odilo" in one sentence; "Tool & Die Co.
plant" mid-sentence; "!” shouted a man ..." before "Denscombe ..."; "Prof. Catriona" with a quote
after; "?” she said." before "this is 2027!”"; "Lt. Gen." and "Sept. 2026"; "“What is the point of
reporting?" before "Nobody was arrested.”"; "“Will that be enough?" before "..., he said."; "approx.
11.30 p.m." before "The first services"; "6.10 a.m. bus", "St. James's" and "“Thirty-eight euro!"
before "Each way!” she said."; "& Co." before "Registered in Ireland No. ..."; "p.m. Friday" before
"It was ..."; a mid-sentence ellipsis; "across the U.S." before "Sales"; "Que." before "He said";
"Inc." before "She cut"; "10 a.m." before "Only 27"; "etc." before "The judge found"; "“Today I am
happy!" before "Tomorrow, who knows?”"; "roundabout…" before "Bills rose"; "!” Hardacre said." and
"“Did they believe me?"; "“Handball?" before "It hit his chest!” Stokoe said."; "noisy … they" and
"“Is the phone the cause or the symptom?"; "9 p.m. slept for approx." before "Those who"; "St.
Bernadette's" and "Rev. Sr."; "“So, 71%?", "Good." and "yet…”"; "etc." before "Pulses"; "the U.S.
Federal Reserve" mid-sentence; "Prof. Anirudh", "e.g. Ooty" and "Rs.": what a reviewer wants, not
what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'United States LOCAL NEWSPAPER (Ohio), a COUNCIL BUDGET story, a city council passes a $412.7 million budget 5-4 and trims overnight fire crews: masthead in capitals, subscribe strip, menu with pipes, section label; headline of record "W"; byline, outlet line, a Published/Updated line with "p.m. ET" and "a.m. ET", share strip with wide spaces; caption "" and a credit with a slash; "MERRITON, Ohio —" lead "W", then "6 p.m." ending a sentence before "More than 140 ..." "W" and "11:40 p.m." ending the paragraph; budget figures "W" with "No. 4", "Kellerman Ave.", "No. 9" and "St. Odilo Road" mid-sentence; the council president (a causal claim "W", a two-sentence quote ""); a councilman with "vs." mid-sentence "W" and "?” he asked." ""; the fire chief (a plan "" and "Aug. 1." ""); the firefighters\' local "said in a statement" "W" and "the statement said" ""; the mayor "said in a statement Wednesday" a comparison "W" and a review plan ""; ADVERTISEMENT; a "Where the money goes" subhead and four budget lines, "" data; the reserve through "according to the city\'s finance department" "W"; the finance director ("told council members" "W", "warned" a could-forecast with "Tool & Die Co. plant" mid-sentence ""); colour with "5 p.m." ending a sentence before "Some brought ..." ""; "“... enough!” shouted a man in a firefighters\' union T-shirt ..." carrying that man "" and the president banging her gavel with no speaker ""; a conditional plan ""; the no votes "W"; a deadline in state law "W" (reporter bio and contact, RELATED list, a subscription appeal in two sentences, copyright split at "Courier-Press." before "All rights reserved.", footer)',
    'Scottish REGIONAL DAILY (a health board area), a HOSPITAL WAITING-TIMES report, A&E waits at a general hospital worst on record: masthead in capitals, subscribe strip, menu with wide spaces, section path with ›; headline of record "W"; standfirst "Health board says there is ‘no quick fix’ ..." carrying the board as the story names it ""; byline, role, a date line with "am", share line; caption "" and picture credit; the four-hour figure through "according to figures published by Public Health Scotland on Tuesday" "W" and the target "W"; 12-hour and 24-hour waits "W"; "the figures show" "W"; the medical director with "Prof." dropped (bed-blocking "W", "the equivalent of four whole wards" "W", a jammed front door "", a hedged forecast ""); a 61-hour wait with "i.e." mid-sentence through a freedom of information response "W"; the patient\'s daughter (two nights of record "W", "?” she said." "", "this is 2027!”" with no attribution ""); Advertisement; "The Scottish Government said in a statement" "W" and "a spokeswoman added" kept as written ""; an opposition spokesman with "MSP" dropped ("a national disgrace" "", a monthly rise "W"); planned-surgery waits with "e.g." mid-sentence "W"; "A charge nurse in the emergency department, who asked not to be named," "W", then "the nurse said" kept as written and "Some nights … some nights ..." with a mid-sentence ellipsis ""; a "What happens next?" subhead "", a meeting date "" and "Prof. Dunleavy said it was likely ..." ""; a patients\' forum petition "W" (Read more link, topics line, newsletter ask in two sentences, Most read list, copyright split at "Ltd." before "Registered in Scotland No. ...", footer)',
    'South African NEWS SITE\'s crime page (KwaZulu-Natal), a CRIME-STATISTICS RELEASE story, murders down 6.1% but kidnappings up: masthead in capitals, menu strip, menu with wide spaces, section path with a slash; headline of record "W"; standfirst "Analysts warn ..." carrying "Analysts" ""; byline, date-and-time line, share line; caption "" and a SUPPLIED credit; the quarter\'s figures through "according to quarterly crime statistics released by the police on Thursday" "W"; national murders "W"; the provincial commissioner with "Lt. Gen." dropped and "Sept. 2026" mid-sentence (a causal claim "W", a quote "", "she declined to say" ""), later "Gen. Mavusande said" (extortion share "W", a shortage "W"); "the statistics show" a station ranking "W" and its follow-up "W"; ATM robberies "W"; a criminologist with "Dr." dropped (a record of quarters "W", "a headline, not a trend" ""); a spaza shop owner named after "“... your child!” said ..." (a demand of record "W", payments "W", "“What is the point of reporting?" "" and "Nobody was arrested.”" "W"); ADVERTISEMENT; national rapes and attempted murders "W"; the police minister "told reporters" with "vs." mid-sentence "W", a budget plan "", "“Will that be enough?" and "I can\'t promise you that,” he said." ""; an opposition MP on a missed target "W"; a methodology note "W" (Related list, a tip line in two sentences, copyright split at "(Pty) Ltd." before "All rights reserved.", footer)',
    'Irish NATIONAL DAILY\'s site (Dublin), a TRANSPORT STRIKE, bus drivers confirm a 48-hour stoppage after talks collapse: masthead in capitals, sign-in strip, menu with wide spaces, section path with ›; headline of record "W"; byline, role, a date-and-time line, share line; caption "" and photograph credit; the lead with "Lughbus Ltd. will" and "5 a.m. on Monday" mid-sentence "W"; routes and passengers with "Co. Kildare" mid-sentence through "according to the National Transport Authority" "W"; the union\'s offer and claim "W"; its general secretary (pay against prices "W", a quote "", "?” he asked." ""); the chief executive "said in a statement" a pay rise "W" and a cost estimate ""; "A spokesman for the Minister for Transport" a stance ""; a "What services are affected?" subhead "", cancelled routes with "No. 77X" "", "the NTA said" resolving to the authority ""; "approx. 11.30 p.m." ending a sentence before "The first services ..., the company said." (schedules ""); a nursing student with "6.10 a.m. bus" and "St. James\'s Hospital" mid-sentence (a taxi fare of record "W", "“Thirty-eight euro!" and "Each way!” she said." ""); Advertisement; an earlier stoppage "W" and "the NTA said" "W"; an academic with "Prof." dropped (a likely deal "", a guess with a number ""); "The WRC said" resolving to the commission "" (Read more list, push-alert line, a publisher line split at "& Co." before "Registered in Ireland No. ...", footer)',
    'Philippine NEWS SITE\'s regions page (Eastern Visayas), a WEATHER-DISASTER story with counts, a typhoon death toll rises to 37: masthead in capitals, a date-and-city strip, menu with pipes, section path with >; headline of record "W"; byline, a Published line with "PM PHT", share line; caption "" and a credit with an initial ("Ramil T."); a "TACLOBAN CITY —" lead carrying the civil defense office "W"; "the agency said in its 6 a.m. situation report" kept as written "W"; landfall "at 10:40 p.m. Friday" (no split before the capital) through "according to the weather bureau PAGASA" with the descriptor dropped "W" and a record "W"; "Signal No. 4" mid-sentence "W"; evacuees through the social welfare department "W"; farm damage through according to "W"; an army brigade commander with "Brig. Gen." dropped (rescues "W", 14 hours on roofs "W", "The water came up so fast." ""), later "Gen. Bacolcol said" bridges "W"; a mayor (flooded barangays "W", an appeal "", "600 families on the roof of the central school … and one rubber boat" with a mid-sentence ellipsis "W"); a fisherman named after "“Where do we go now?” asked ..." "" and his boats "W"; ADVERTISEMENT; the budget secretary "said in a radio interview" "W"; PAGASA\'s forecast "" and "the bureau said" kept as written ""; class suspensions "W"; a HOW TO HELP label "B" with a drop-off line with "8 a.m. to 5 p.m." "" (RELATED STORIES list, copyright split at "Publishing Co." before "All rights reserved.", footer)',
    'Canadian BUSINESS NEWS SITE (Ontario), a COMPANY EARNINGS story, a frozen-food maker\'s profit falls 18%: masthead in capitals, a markets strip, menu with pipes, section path with ›; headline of record with "U.S. tariffs" mid-sentence "W"; standfirst "CEO says margins should recover ..." carrying the chief executive ""; byline, a Published line with "a.m. EDT", save/share line; results with "Foods Inc. reported" and "Ont.-based" mid-sentence "W"; the estimate "according to Brackmoor Analytics" "W" and the reported figure "W"; share move "W"; "Erie, Pa.," mid-sentence and "across the U.S." ending a sentence before "Sales there ..." "W"; the chief executive "told analysts ... at 8:30 a.m. that ..." "W", a quote "", "“Was it the right call?" and "Ask me in October.”" "", a margin forecast with "Brandon, Man.," ""; the CFO with "St. Aubertin, Que." ending a sentence before "He said ..." "W"; Advertisement; a results box whose title and "vs." header row are "B" and whose rows are "" data; an analyst named after her quote with "Securities Inc." ending it "" and her price-target cut with no speaker "W"; another analyst "wrote in a note" a could-forecast ""; dividend "W"; history with "Packing Co.," mid-sentence "W"; a meeting "on Sept. 14." "" (wire line, report-an-error line, Related list, copyright split at "Inc." before "All rights reserved.", footer)',
    'Kenyan DAILY\'s courts page (Kisumu), a COURT RULING, the High Court strikes down a county hawker licence fee: masthead in capitals, a date strip, menu with wide spaces, section path with >; headline of record "W"; standfirst "Judge says county failed to consult ..." carrying the judge "W"; byline in capitals, a Published line, share line; caption "" and a bracketed credit; the ruling with no speaker "W"; the judge with "Justice" dropped ("said on Friday" "W", "the judge said" a two-sentence quote "", "The judge found" "W"); the case title with "v." and "Petition No. E042 of 2026" mid-sentence "W"; "at 10 a.m." ending a sentence before "Only 27 people attended, according to the judgment." "W"; the traders\' lawyer with "Mr." dropped ("had told the court" "W", a victory ""); the county attorney with "Ms." dropped ("argued" a list ending "etc." before "The judge found ..." "W"); the county executive member with "Dr." dropped (an appeal option "", revenue "W"); ADVERTISEMENT; a hawker named after "“Sh12,000 for a table of tomatoes?” said ..." "", her arrests "W", "“Today I am happy!" and "Tomorrow, who knows?”" ""; a law professor with "Prof." dropped (a count of rulings "W", a prediction ""); the stay and the appeal window "W" (RELATED list, a tip line in two sentences, copyright split at "Ltd." before "All rights reserved.", footer)',
    'Australian REGIONAL PAPER\'s OPINION COLUMN with figures, power bills against a government\'s promise: masthead in capitals, subscribe strip, menu with wide spaces, section path with ›; headline an opinion ""; standfirst stating a $511 rise "W"; byline, role, a date line with "5.00am", save/share/comment line; the columnist\'s own text carries no speaker: a rhetorical opener "", the promise of record "W", the regulator\'s figure through according to "W" and the comparison "W"; "three times… and" with a mid-sentence ellipsis ""; a causal record "W", "That is a real excuse." "" and "i.e." mid-sentence "W"; the energy minister "told parliament" a forecast "", "Up to." "", "he said" ""; "Have we heard that before?" "", a record "W", "was a roundabout…" ending a sentence before "Bills rose 11 per cent ..." "W"; bill components with "e.g." mid-sentence "W" and "according to the ACCC" "W"; a pensioner met by the columnist ("" colour, her bill "W", "she told me" and a question ""); the opposition spokeswoman "says" a promise "" and the columnist\'s doubt ""; Advertisement; three pieces of advice "" with a stuck rebate "W"; a question and odds "about one in 10" "" (columnist bio in two sentences, a views disclaimer, More from Opinion list, copyright "Pty Ltd." before an ABN line, footer)',
    'English LOCAL NEWS SITE\'s MATCH REPORT (football), a play-off final won 3-2 with a late header: masthead in capitals, sign-in strip, menu with wide spaces, section path with ›; headline with the score "W"; byline, role, a date line with "pm", share line; caption "" and image credit; promotion of record with "St. Wulfric\'s Park" mid-sentence "W"; a crowd record with "Jan. 1997" mid-sentence "W"; the reporter\'s verdict ""; goals and changes of record "W" and "had seen enough" ""; the winning manager "“... worse than this!” Hardacre said." "", "“Did they believe me?" and "I\'m not sure I believed me.”" ""; the comeback and the winner "W", "Bedlam." ""; the losing manager "was furious" with no speaker "", then "“Handball?" and "It hit his chest!” Stokoe said." and a further quote ""; the chairman with "Dr." dropped (attendance "W", a prize-money estimate ""); Advertisement; the scorer\'s record "W" and "!” he said." ""; a "Teams" title "B", two team lines, "Referee: M. J. Tranter." and attendance "" data; next season "" (Read more list, newsletter ask in two sentences, a group line split at "Ltd." before "All rights reserved.", footer)',
    'New Zealand NEWS SITE\'s SCIENCE/HEALTH STUDY story, teenagers\' late-night phone use and sleep: masthead in capitals, log-in strip, menu with wide spaces, section path with ›; headline "..., researchers find" carrying "researchers at Te Awahiko University" as the lead names them "W"; standfirst "..., the lead author warns" carrying her ""; byline, role, date line, share line; a caption stating a fact "W" and its credit; the finding with "after 10 p.m. slept" mid-sentence "W"; the sample and publication "W"; the lead author with "Dr." dropped (effects "W", colour "", "she cautioned" a limit "", "noisy … they may" with a mid-sentence ellipsis "", "“Is the phone the cause or the symptom?" and "Probably a bit of both.”" ""); "by 9 p.m. slept for approx. 8 hours 10 minutes" "W" and the after-midnight group "W"; "the study found" "W"; Advertisement; a sleep physician with "Prof." dropped (a view "", referrals "W", advice ""); a "What can parents do?" subhead "", "The researchers recommend" with "e.g. 9.30 p.m. on school nights" "" and "Easier said than done." ""; a mother (a basket since February "W", "“The first week was war!” she said." "", "“Now?" and "They grumble, but they sleep.”" ""); funding "W"; a journal reference with "et al." as one "B" sentence (Related list with a two-sentence item, newsletter ask in two sentences, copyright split at "Limited." before "All rights reserved.", footer)',
    'Nigerian DAILY\'s education page (Ogun State), a SCHOOL-RESULTS story, a junior certificate pass rate of 71.4%: masthead in capitals, a date strip, menu with pipes, section label; headline of record "W"; a "From ..., Abeokuta" byline, date line, share line; caption "" and credit; the results through "the state\'s examinations board said on Friday" "W" and a comparison "W"; the registrar with "Dr." dropped ("told journalists" withheld results "W", a finding "W", a quote ""), later "Dr. Adesanya-Martins said" plans "" and "from 10 a.m. on Monday, she said." ""; the commissioner with "Prof." dropped ("attributed" the rise to teachers hired "in Jan. 2026" "W", "?” he asked." ""); private against public schools "W"; "St. Bernadette\'s" opening a sentence "W" and its principal with "Rev. Sr." dropped ("from 7 a.m. every day in March" "W", a quote ""); ADVERTISEMENT; the lowest area "W"; a PTA chairman with "Mr." dropped (staffing "W", "?” he asked." and "“It is not possible.”" ""); an analyst with "Mrs." dropped (a view "", a lowered pass mark "W", "“So, 71%?", "Good." and "But let\'s not throw a party yet…”" ""); a pupil\'s distinctions "W" and "!” he said." "" (RELATED NEWS list, a publisher line split at "Nig. Ltd." before "RC ...", copyright "© 2027." before "All rights reserved.", footer)',
    'Indian DAILY\'s CONSUMER-PRICES EXPLAINER (New Delhi), vegetables up 9.8% as retail inflation slows to 4.1%: masthead in capitals, ePaper strip, menu with pipes, section path with slashes; headline of record "W"; "Written by" byline, a dateline-and-Updated line with IST, follow/share line; caption "" and a credit with an initial; the figures through "data released by the National Statistics Office on Monday showed" "W"; "etc." ending a sentence before "Pulses, by contrast, ..." "W"; question subheads "" throughout; the index with "approx." and "e.g." mid-sentence "W"; causes with "Rs. 3" and "Jan. 16" and "i.e." mid-sentence "W"; "economists say" a hedge ""; an economist with "Dr." dropped (a seasonal pattern "W", a forecast with "Sept. or Oct.,” she said." "", "isn\'t… well" ""); the weather office "has forecast" "W"; ADVERTISEMENT; the central bank\'s target and rate "W" and "the U.S. Federal Reserve" mid-sentence "W"; "Economists at Nilgiri Securities Ltd. expect" with "Ltd." mid-sentence ""; a professor with "Prof." dropped ("Not much, says ..." "", advice with "e.g. Ooty carrots" mid-sentence and "!” he said." "", his estimate with "Rs." and "vs." "W"); a release time "at 4 p.m." ending a sentence before "It will be ..." "" (Also Read list, a WhatsApp line, copyright split at "Pvt. Ltd." before "All rights reserved.", footer)',
]

ARTICLES = [
    [
        [("THE MERRITON COURIER-PRESS", "", "", "B")],
        [("Subscribe | e-Edition | Sign In", "", "", "B")],
        [("News | Local | Politics | Business | Sports | Opinion | Obituaries", "", "", "B")],
        [("LOCAL GOVERNMENT", "", "", "B")],
        [
            (
                "Merriton council passes $412.7M budget on 5-4 vote, trims overnight fire crews",
                "",
                "",
                "W",
            )
        ],
        [("Hollis Varnedoe", "", "", "B")],
        [("Merriton Courier-Press", "", "", "B")],
        [("Published 9:47 p.m. ET May 25, 2027 | Updated 7:12 a.m. ET May 26, 2027", "", "", "B")],
        [("Facebook     X     Email     Print", "", "", "B")],
        [
            (
                "Residents fill the council chamber at City Hall during Tuesday's budget hearing.",
                "",
                "",
                "",
            )
        ],
        [("Hollis Varnedoe/Merriton Courier-Press", "", "", "B")],
        [
            (
                "MERRITON, Ohio — The Merriton City Council voted 5-4 on Tuesday to pass a $412.7 million budget for the fiscal year that begins July 1, ending a three-week standoff over police and fire staffing.",
                "",
                "",
                "W",
            ),
            ("Public comment began at 6 p.m.", "", "", "W"),
            (
                "More than 140 residents signed up to speak, and the final vote came at 11:40 p.m.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The budget is $18.3 million, or 4.6%, larger than this year's and keeps the city's property tax rate at 9.85 mills for a fifth straight year.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "It includes $3.1 million to hire 22 police officers but cuts overnight staffing at two fire stations, No. 4 on Kellerman Ave. and No. 9 on St. Odilo Road, from four firefighters to three.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Council President Marla Denscombe, who cast the deciding vote, said the city could not pay for both the new officers and full overnight crews without raising taxes.",
                "Marla Denscombe",
                "said",
                "W",
            ),
            (
                "“Nobody up here wanted to make this choice,” she said.",
                "Marla Denscombe",
                "said",
                "",
            ),
            ("“But the money is the money.”", "Marla Denscombe", "said", ""),
        ],
        [
            (
                "Councilman Terrence Oduyambe, who voted no, said the average response time on the city's east side was already 7 minutes 24 seconds in 2026, vs. a department goal of 6 minutes 20 seconds.",
                "Terrence Oduyambe",
                "said",
                "W",
            ),
            (
                "“Are we really going to wait for a house fire on Grantham Street to find out whether three is enough?” he asked.",
                "Terrence Oduyambe",
                "asked",
                "",
            ),
        ],
        [
            (
                "Fire Chief Walter P. Gorrinder said the department would move the fourth firefighter from each station to a new rapid-response unit downtown.",
                "Walter P. Gorrinder",
                "said",
                "",
            ),
            ("He said the change would take effect Aug. 1.", "Walter P. Gorrinder", "said", ""),
        ],
        [
            (
                "Merriton Professional Firefighters Local 318 said in a statement that the department had lost 31 firefighters since 2024 and that overtime spending had risen 38% over the same period.",
                "Merriton Professional Firefighters Local 318",
                "said in a statement",
                "W",
            ),
            (
                "“Three-person crews are not safe crews,” the statement said.",
                "Merriton Professional Firefighters Local 318",
                "the statement said",
                "",
            ),
        ],
        [
            (
                "Mayor Lorraine Ashwendel, who proposed the budget in April, said in a statement Wednesday that it would put more officers on patrol than at any time since 2009.",
                "Lorraine Ashwendel",
                "said in a statement",
                "W",
            ),
            (
                "She said the city would review fire staffing in January.",
                "Lorraine Ashwendel",
                "said",
                "",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [("Where the money goes", "", "", "")],
        [("Police: $96.4 million, up 7.2%", "", "", "")],
        [("Fire and EMS: $71.9 million, down 0.8%", "", "", "")],
        [("Streets and sanitation: $48.2 million, up 3.1%", "", "", "")],
        [("Parks and recreation: $12.6 million, unchanged", "", "", "")],
        [
            (
                "The city's general fund reserve will fall to $27 million, or about 11% of spending, below the 15% floor set in the city's own reserve policy, according to the city's finance department.",
                "the city's finance department",
                "according to",
                "W",
            )
        ],
        [
            (
                "Finance Director Ngozi Halvarsby told council members that income-tax receipts make up 58% of general fund revenue.",
                "Ngozi Halvarsby",
                "told council members",
                "W",
            ),
            (
                "She warned that they could fall by as much as $9 million a year if the Brankford Tool & Die Co. plant on the west side closes in 2028 as planned.",
                "Ngozi Halvarsby",
                "warned",
                "",
            ),
        ],
        [
            ("Residents lined up outside the chamber from 5 p.m.", "", "", ""),
            (
                "Some brought folding chairs; one brought a cooler of sandwiches for the firefighters.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“Three on a truck is not enough!” shouted a man in a firefighters' union T-shirt as the vote was read.",
                "a man in a firefighters' union T-shirt",
                "shouted",
                "",
            ),
            ("Denscombe banged her gavel twice.", "", "", ""),
        ],
        [
            (
                "Oduyambe said he would ask the council to revisit the fire cuts in September if income-tax collections beat projections.",
                "Terrence Oduyambe",
                "said",
                "",
            )
        ],
        [
            (
                "Voting no with him were council members Priya Vandersloot, Dwight Amberley and Jo-Ellen Marcuzzo.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "State law requires the city to file the budget with the Wenlow County auditor by July 15.",
                "",
                "",
                "W",
            )
        ],
        [
            ("Hollis Varnedoe covers City Hall for the Courier-Press.", "", "", "B"),
            ("Reach him at hvarnedoe@merritoncp.com.", "", "", "B"),
        ],
        [("RELATED", "", "", "B")],
        [("Merriton firefighters file grievance over mandatory overtime", "", "", "B")],
        [("Brankford Tool & Die to close west side plant in 2028, cutting 640 jobs", "", "", "B")],
        [("Subscribe for 99¢ a month.", "", "", "B"), ("Cancel anytime.", "", "", "B")],
        [
            ("© 2027 The Merriton Courier-Press.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("Terms of Service | Privacy Policy | Your Privacy Choices | Contact Us", "", "", "B")],
    ],
    [
        [("THE KILBRANNAN HERALD", "", "", "B")],
        [("Subscribe | Sign in | Puzzles", "", "", "B")],
        [
            (
                "News     Health     Politics     Sport     Business     Opinion     What's On",
                "",
                "",
                "B",
            )
        ],
        [("News › Health", "", "", "B")],
        [
            (
                "A&E waits at Kilbrannan General worst on record as 1,412 patients wait more than 12 hours",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Health board says there is ‘no quick fix’ for beds blocked by patients who are fit to go home",
                "NHS Ardlaw",
                "says",
                "",
            )
        ],
        [("By Morven Ashgillie", "", "", "B")],
        [("Health Correspondent", "", "", "B")],
        [("Wednesday 9 June 2027, 6:00 am", "", "", "B")],
        [("Share this article", "", "", "B")],
        [
            (
                "Ambulances queue outside the emergency department at Kilbrannan General Hospital on Monday night.",
                "",
                "",
                "",
            )
        ],
        [("Picture: Iain Fairbairn", "", "", "B")],
        [
            (
                "Only 48.2% of patients at Kilbrannan General Hospital's emergency department were seen within four hours in May, the lowest figure since records began in 2011, according to figures published by Public Health Scotland on Tuesday.",
                "figures published by Public Health Scotland on Tuesday",
                "according to",
                "W",
            ),
            ("The Scottish Government's target is 95%.", "", "", "W"),
        ],
        [
            (
                "In all, 1,412 patients waited more than 12 hours, up from 986 in May last year, and 311 waited more than 24 hours.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Across Scotland, 63.9% of A&E patients were seen within four hours, the figures show.",
                "the figures",
                "show",
                "W",
            )
        ],
        [
            (
                "NHS Ardlaw's medical director, Prof. Catriona Dunleavy, said 96 of the hospital's 612 beds were occupied by patients who were fit to leave but had no care package in place.",
                "Catriona Dunleavy",
                "said",
                "W",
            ),
            (
                "“That's the equivalent of four whole wards,” she said.",
                "Catriona Dunleavy",
                "said",
                "W",
            ),
            (
                "“Until we can get people home, the front door stays jammed.”",
                "Catriona Dunleavy",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the board expected the four-hour figure to improve “modestly” over the summer but warned there was “no quick fix”.",
                "Catriona Dunleavy",
                "said",
                "",
            )
        ],
        [
            (
                "The hospital's longest wait in May was 61 hours, i.e. more than two and a half days, for a man in his 80s with a broken hip, according to a freedom of information response seen by the Herald.",
                "a freedom of information response seen by the Herald",
                "according to",
                "W",
            )
        ],
        [
            (
                "His daughter, Fiona MacQuorran, said he had spent his first night on a trolley in a corridor and his second in a cubicle with no window.",
                "Fiona MacQuorran",
                "said",
                "W",
            ),
            (
                "“Would you leave your own dad in a corridor?” she said.",
                "Fiona MacQuorran",
                "said",
                "",
            ),
            ("“I kept thinking, this is Scotland, this is 2027!”", "Fiona MacQuorran", "said", ""),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "The Scottish Government said in a statement that it had given health boards an extra £86 million this year to tackle delayed discharge, including £4.3 million for NHS Ardlaw.",
                "The Scottish Government",
                "said in a statement",
                "W",
            ),
            (
                "“We expect every board to use it well,” a spokeswoman added.",
                "a spokeswoman",
                "added",
                "",
            ),
        ],
        [
            (
                "Opposition health spokesman Gregor Strathbain MSP said the figures were “a national disgrace”.",
                "Gregor Strathbain",
                "said",
                "",
            ),
            (
                "He said the number of 12-hour waits at the hospital had risen every month since October.",
                "Gregor Strathbain",
                "said",
                "W",
            ),
        ],
        [
            (
                "Waits for planned operations are also growing: at the end of March, 9,874 people on the board's list had waited more than a year for surgery, e.g. a hip or knee replacement, compared with 6,120 a year earlier.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "A charge nurse in the emergency department, who asked not to be named, said staff had treated patients in the ambulance bay on three nights in May.",
                "A charge nurse in the emergency department",
                "said",
                "W",
            ),
            ("“We're doing our best,” the nurse said.", "the nurse", "said", ""),
            ("“Some nights … some nights our best isn't enough.”", "the nurse", "said", ""),
        ],
        [("What happens next?", "", "", "")],
        [
            ("The board will set out a recovery plan at its meeting on 24 June.", "", "", ""),
            (
                "Prof. Dunleavy said it was likely to include a discharge lounge and 20 “step-down” beds at Lochmore Community Hospital.",
                "Catriona Dunleavy",
                "said",
                "",
            ),
        ],
        [
            (
                "The Ardlaw Patients' Forum said it had collected 2,300 signatures on a petition calling for an independent review of emergency care in the region.",
                "The Ardlaw Patients' Forum",
                "said",
                "W",
            )
        ],
        [
            (
                "Read more: Ambulance crews wait three hours to hand over patients at Kilbrannan",
                "",
                "",
                "B",
            )
        ],
        [("Topics: NHS | A&E | Health", "", "", "B")],
        [("Get the Herald's daily newsletter.", "", "", "B"), ("Sign up here.", "", "", "B")],
        [("Most read", "", "", "B")],
        [("Kilbrannan High Street bank branch to close in August", "", "", "B")],
        [("Ferry cancellations hit Ardlaw islands for third week", "", "", "B")],
        [
            ("© 2027 Kilbrannan Herald Ltd.", "", "", "B"),
            ("Registered in Scotland No. SC418827.", "", "", "B"),
        ],
        [("Contact | Privacy | Cookie policy | Terms", "", "", "B")],
    ],
    [
        [("THE INDLOVU POST", "", "", "B")],
        [("Menu | Search | Subscribe", "", "", "B")],
        [
            (
                "News     Crime & Courts     Politics     Business     Sport     Lifestyle",
                "",
                "",
                "B",
            )
        ],
        [("News / Crime & Courts", "", "", "B")],
        [("KZN murders down 6.1% but kidnappings jump to 1,128 in three months", "", "", "W")],
        [("Analysts warn one good quarter does not make a trend", "Analysts", "warn", "")],
        [("Sibusiso Mthembukazi", "", "", "B")],
        [("27 May 2027 | 14:32", "", "", "B")],
        [("Share: WhatsApp | Facebook | X | Email", "", "", "B")],
        [("Police officers at a roadblock outside Durban on Wednesday night.", "", "", "")],
        [("Image: SUPPLIED", "", "", "B")],
        [
            (
                "Murders in KwaZulu-Natal fell by 6.1% in the three months to March, to 1,187, but kidnappings rose by 23.4%, to 1,128, according to quarterly crime statistics released by the police on Thursday.",
                "quarterly crime statistics released by the police on Thursday",
                "according to",
                "W",
            )
        ],
        [
            (
                "Nationally, 6,412 people were murdered in the quarter, 198 fewer than in the same period last year.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The province's police commissioner, Lt. Gen. Thembeka Mavusande, said the fall in murders was the result of a rural safety plan launched in Sept. 2026 that put 1,400 more officers in 38 high-crime stations.",
                "Thembeka Mavusande",
                "said",
                "W",
            ),
            (
                "“The plan is working, and the numbers show it,” she said.",
                "Thembeka Mavusande",
                "said",
                "",
            ),
            (
                "Asked how many of the officers had been moved from other stations, she declined to say.",
                "Thembeka Mavusande",
                "declined to say",
                "",
            ),
        ],
        [
            (
                "Gen. Mavusande said 61% of kidnappings in the province were linked to extortion, mostly of spaza shop owners and taxi operators.",
                "Thembeka Mavusande",
                "said",
                "W",
            )
        ],
        [
            (
                "KwaMthobela, with 84 murders, had more murders than any other police station in the country, the statistics show.",
                "the statistics",
                "show",
                "W",
            ),
            ("It was followed by Esigodlweni, with 71, and Ndlovini, with 66.", "", "", "W"),
        ],
        [
            (
                "In Durban's central business district, robberies at cash machines fell 14% to 203.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Dr. Farouk Essack-Moodley, a criminologist at the Coastal Institute for Security Studies in Durban, said murders in the province had fallen in four of the last eight quarters, including two before the plan began.",
                "Farouk Essack-Moodley",
                "said",
                "W",
            ),
            (
                "“One good quarter is a headline, not a trend,” he said.",
                "Farouk Essack-Moodley",
                "said",
                "",
            ),
        ],
        [
            (
                "“They want R5,000 a week, or they take your child!” said Abdi Warsame-Gurey, who runs a spaza shop in KwaMthobela.",
                "Abdi Warsame-Gurey",
                "said",
                "W",
            ),
            (
                "He said he had paid the gang twice since January and had reported it to the police once.",
                "Abdi Warsame-Gurey",
                "said",
                "W",
            ),
            ("“What is the point of reporting?", "Abdi Warsame-Gurey", "said", ""),
            ("Nobody was arrested.”", "Abdi Warsame-Gurey", "said", "W"),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Nationally, reported rapes fell 2.2% to 10,516, while attempted murders rose 4.9% to 6,930.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Police Minister Lwandle Mahlaba told reporters in Pretoria that 412 kidnapping suspects had been arrested in the quarter, vs. 287 a year earlier.",
                "Lwandle Mahlaba",
                "told reporters",
                "W",
            ),
            (
                "He said the ministry would ask Parliament for R1.2 billion to hire 5,000 more detectives over three years.",
                "Lwandle Mahlaba",
                "said",
                "",
            ),
            ("“Will that be enough?", "Lwandle Mahlaba", "said", ""),
            ("I can't promise you that,” he said.", "Lwandle Mahlaba", "said", ""),
        ],
        [
            (
                "Opposition MP Karabo Mokgatlhe said the ministry had missed its own target of cutting murders by 7% by March 2027.",
                "Karabo Mokgatlhe",
                "said",
                "W",
            )
        ],
        [
            (
                "Gen. Mavusande said the province's 186 police stations were short of 2,900 officers.",
                "Thembeka Mavusande",
                "said",
                "W",
            )
        ],
        [
            (
                "The statistics count crimes reported to and recorded by the police, and do not include crimes that go unreported.",
                "",
                "",
                "W",
            )
        ],
        [("Related Articles", "", "", "B")],
        [("Taxi violence: 14 killed in Pinetown route dispute since January", "", "", "B")],
        [("Spaza shop owners march on Durban City Hall over extortion", "", "", "B")],
        [
            ("Do you have a news tip?", "", "", "B"),
            ("Send it to us on WhatsApp at 060 418 2271.", "", "", "B"),
        ],
        [("© 2027 Indlovu Digital (Pty) Ltd.", "", "", "B"), ("All rights reserved.", "", "", "B")],
        [("Terms & Conditions | Privacy | PAIA Manual | Press Code", "", "", "B")],
    ],
    [
        [("IRISH CURRACH", "", "", "B")],
        [("Sign in | Subscribe", "", "", "B")],
        [
            (
                "News     Business     Sport     Opinion     Life & Style     Culture     Podcasts",
                "",
                "",
                "B",
            )
        ],
        [("News › Ireland › Transport", "", "", "B")],
        [("Talks collapse as Lughbus drivers confirm 48-hour strike from Monday", "", "", "W")],
        [("Aoife Tallonagh", "", "", "B")],
        [("Transport Correspondent", "", "", "B")],
        [("Fri Jun 4 2027 - 18:25", "", "", "B")],
        [("Share this article: Facebook | X | Email | WhatsApp", "", "", "B")],
        [("Buses parked at the Lughbus depot on the Naas Road in Dublin.", "", "", "")],
        [("Photograph: Ronan Gilsenan", "", "", "B")],
        [
            (
                "About 900 drivers at Lughbus Ltd. will stop work for 48 hours from 5 a.m. on Monday after talks on pay broke down at the Workplace Relations Commission on Friday afternoon.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The company runs 64 routes in the greater Dublin area and Co. Kildare, carrying about 210,000 passengers on a typical weekday, according to the National Transport Authority.",
                "the National Transport Authority",
                "according to",
                "W",
            )
        ],
        [
            (
                "The Amalgamated Drivers' Union said the company had offered 3.5% over two years, against a claim of 11%.",
                "The Amalgamated Drivers' Union",
                "said",
                "W",
            )
        ],
        [
            (
                "The union's general secretary, Declan Fahy-Corcoran, said drivers' basic pay of €16.40 an hour had risen by 6% since 2022 while consumer prices had risen by 17%.",
                "Declan Fahy-Corcoran",
                "said",
                "W",
            ),
            ("“Our members didn't want this,” he said.", "Declan Fahy-Corcoran", "said", ""),
            (
                "“What were they supposed to do, take a pay cut?” he asked.",
                "Declan Fahy-Corcoran",
                "asked",
                "",
            ),
        ],
        [
            (
                "Lughbus chief executive Marguerite Quillinane said in a statement that the company's offer was “fair and affordable” and that drivers' pay had risen 14.2% since 2023, including allowances.",
                "Marguerite Quillinane",
                "said in a statement",
                "W",
            ),
            (
                "She said the strike would cost the company about €1.1 million a day in lost fares and contract penalties.",
                "Marguerite Quillinane",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesman for the Minister for Transport said the minister would not intervene in “an industrial relations matter between a private company and its staff”.",
                "A spokesman for the Minister for Transport",
                "said",
                "",
            )
        ],
        [("What services are affected?", "", "", "")],
        [
            (
                "All Lughbus routes, including the 40, the 41 and the No. 77X express to Dublin Airport, will be cancelled on Monday and Tuesday.",
                "",
                "",
                "",
            ),
            (
                "Rail services and trams are not affected, the NTA said.",
                "the National Transport Authority",
                "said",
                "",
            ),
        ],
        [
            (
                "The last buses on Sunday night will leave city-centre stops at approx. 11.30 p.m.",
                "",
                "",
                "",
            ),
            (
                "The first services on Wednesday will run from 5.45 a.m., the company said.",
                "the company",
                "said",
                "",
            ),
        ],
        [
            (
                "Nursing student Clodagh Reddagh, who takes the 6.10 a.m. bus from Celbridge to her placement at St. James's Hospital, said a taxi had cost her €38 each way during the last strike, in March.",
                "Clodagh Reddagh",
                "said",
                "W",
            ),
            ("“Thirty-eight euro!", "Clodagh Reddagh", "said", ""),
            ("Each way!” she said.", "Clodagh Reddagh", "said", ""),
        ],
        [("Advertisement", "", "", "B")],
        [
            ("The strike is the second at the company this year.", "", "", "W"),
            (
                "A 24-hour stoppage on March 11 led to the cancellation of 3,100 services, the NTA said.",
                "the National Transport Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "Prof. Gearóid Lenaboyne, who lectures in employment law in Galway, said a deal was likely within a fortnight “because both sides will have lost a small fortune by next Friday”.",
                "Gearóid Lenaboyne",
                "said",
                "",
            ),
            (
                "“My guess is 5% over two years, give or take,” he said.",
                "Gearóid Lenaboyne",
                "said",
                "",
            ),
        ],
        [
            (
                "The WRC said it remained available to both sides.",
                "the Workplace Relations Commission",
                "said",
                "",
            )
        ],
        [("Read more", "", "", "B")],
        [("Rail fares to rise 4% from September, NTA confirms", "", "", "B")],
        [("Opinion: Dublin's buses need a new deal, not another strike", "", "", "B")],
        [
            (
                "Sign up for push alerts and have the best news, analysis and comment delivered directly to your phone.",
                "",
                "",
                "B",
            )
        ],
        [
            ("Irish Currach is published by Currach Newspapers & Co.", "", "", "B"),
            ("Registered in Ireland No. 614882.", "", "", "B"),
        ],
        [("Terms & Conditions | Privacy Statement | Cookie Settings | Contact", "", "", "B")],
    ],
    [
        [("THE VISAYAN LUMINAR", "", "", "B")],
        [("Monday, June 14, 2027 | Tacloban City", "", "", "B")],
        [("News | Regions | Nation | World | Business | Sports | Opinion", "", "", "B")],
        [("Regions > Eastern Visayas", "", "", "B")],
        [
            (
                "Typhoon Kalapati death toll rises to 37; 41,000 still in evacuation centers",
                "",
                "",
                "W",
            )
        ],
        [("By Rosalinda Dumagpi", "", "", "B")],
        [("Published June 14, 2027 3:15 PM PHT", "", "", "B")],
        [("Share on Facebook | Share on X | Copy link", "", "", "B")],
        [
            (
                "Residents wade through floodwater in Barangay San Roque, Malabugas, Leyte, on Sunday.",
                "",
                "",
                "",
            )
        ],
        [("Photo by Ramil T. Cabahug", "", "", "B")],
        [
            (
                "TACLOBAN CITY — The death toll from Typhoon Kalapati rose to 37 on Monday, with 12 people still missing, the Office of Civil Defense in Eastern Visayas said.",
                "the Office of Civil Defense in Eastern Visayas",
                "said",
                "W",
            )
        ],
        [
            (
                "Of the dead, 21 were from Leyte, 11 from Samar and five from Eastern Samar, the agency said in its 6 a.m. situation report.",
                "the agency",
                "said",
                "W",
            )
        ],
        [
            (
                "Kalapati made landfall in Guiuan, Eastern Samar, at 10:40 p.m. Friday with maximum sustained winds of 175 kph and gusts of up to 240 kph, according to the weather bureau PAGASA.",
                "PAGASA",
                "according to",
                "W",
            ),
            ("It was the strongest storm to make landfall in the country this year.", "", "", "W"),
        ],
        [
            (
                "At its peak, Tropical Cyclone Wind Signal No. 4 was raised over 19 towns in Eastern Samar.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "As of noon on Monday, 41,286 people from 9,870 families were staying in 312 evacuation centers, while 118,400 others were staying with relatives, the Department of Social Welfare and Development said.",
                "the Department of Social Welfare and Development",
                "said",
                "W",
            )
        ],
        [
            (
                "Damage to agriculture had reached P1.86 billion, mostly to rice and coconut farms, according to the Department of Agriculture's regional field office.",
                "the Department of Agriculture's regional field office",
                "according to",
                "W",
            )
        ],
        [
            (
                "Brig. Gen. Ernesto Bacolcol, commander of the Army's 802nd Infantry Brigade, said soldiers had rescued 1,046 people from rooftops and trees in Leyte since Saturday.",
                "Ernesto Bacolcol",
                "said",
                "W",
            ),
            (
                "“Some of them had been on their roofs for 14 hours,” he said.",
                "Ernesto Bacolcol",
                "said",
                "W",
            ),
            ("“The water came up so fast.”", "Ernesto Bacolcol", "said", ""),
        ],
        [
            (
                "Gen. Bacolcol said three bridges on the Maharlika Highway were still impassable, cutting the road link between Samar and Leyte.",
                "Ernesto Bacolcol",
                "said",
                "W",
            )
        ],
        [
            (
                "In the coastal town of Malabugas, Mayor Editha Abanilla said 14 of the town's 22 barangays were still under water.",
                "Editha Abanilla",
                "said",
                "W",
            ),
            (
                "“We need boats, food and drinking water, in that order,” she said.",
                "Editha Abanilla",
                "said",
                "",
            ),
            (
                "“We have 600 families on the roof of the central school … and one rubber boat.”",
                "Editha Abanilla",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Where do we go now?” asked fisherman Danilo Morcilla, 52, standing beside what was left of his house in Barangay Tinagbuan.",
                "Danilo Morcilla",
                "asked",
                "",
            ),
            (
                "He said the storm surge had carried away both of his boats.",
                "Danilo Morcilla",
                "said",
                "W",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Budget Secretary Leonora Tabuzo said in a radio interview that the national government had released P250 million in quick-response funds to the region.",
                "Leonora Tabuzo",
                "said in a radio interview",
                "W",
            )
        ],
        [
            (
                "PAGASA said a low-pressure area east of Mindanao had a “medium” chance of becoming a tropical depression within 48 hours.",
                "PAGASA",
                "said",
                "",
            ),
            (
                "It could bring more rain to the flooded provinces by Thursday, the bureau said.",
                "the bureau",
                "said",
                "",
            ),
        ],
        [
            (
                "Classes at all levels were suspended in Leyte and Samar until Wednesday, the Department of Education said.",
                "the Department of Education",
                "said",
                "W",
            )
        ],
        [("HOW TO HELP", "", "", "B")],
        [
            (
                "Donations of food, water and clothing may be dropped off at the provincial capitol in Tacloban City from 8 a.m. to 5 p.m. daily.",
                "",
                "",
                "",
            )
        ],
        [("RELATED STORIES", "", "", "B")],
        [("Storm surge warning raised in 11 coastal towns", "", "", "B")],
        [("LIST: Class suspensions for Monday, June 14", "", "", "B")],
        [
            ("Copyright © 2027 Visayan Luminar Publishing Co.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("About | Editorial Standards | Privacy | Contact Us", "", "", "B")],
    ],
    [
        [("THE BAYLINE REPORT", "", "", "B")],
        [
            (
                "TSX 24,318.62 ▲ 0.4%     S&P 500 6,402.15 ▼ 0.2%     CAD/USD 0.7312 ▲ 0.1%",
                "",
                "",
                "B",
            )
        ],
        [("Home | Markets | Companies | Economy | Investing | Tech | Opinion", "", "", "B")],
        [("Companies › Earnings", "", "", "B")],
        [("Tamberlane Foods profit falls 18% as U.S. tariffs bite; shares slide", "", "", "W")],
        [
            (
                "CEO says margins should recover by the fourth quarter",
                "Hélène Vachon-Lacasse",
                "says",
                "",
            )
        ],
        [("Anjali Ramdeo-Sinclair", "", "", "B")],
        [("Published June 3, 2027 at 10:12 a.m. EDT", "", "", "B")],
        [("Save | Share | Gift this article", "", "", "B")],
        [
            (
                "Tamberlane Foods Inc. reported an 18 per cent drop in second-quarter profit on Thursday as tariffs on its frozen-food exports to the United States cut into its margins.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The Mississauga, Ont.-based company earned $41.2-million, or 38 cents a share, in the three months ended April 30, down from $50.3-million, or 46 cents, a year earlier.",
                "",
                "",
                "W",
            ),
            ("Revenue rose 2.7 per cent to $1.14-billion.", "", "", "W"),
        ],
        [
            (
                "Analysts had expected adjusted earnings of 51 cents a share, according to Brackmoor Analytics.",
                "Brackmoor Analytics",
                "according to",
                "W",
            ),
            ("The company reported 44 cents.", "", "", "W"),
        ],
        [
            (
                "Its shares fell $1.81, or 7.3 per cent, to $22.86 in morning trading on the Toronto Stock Exchange.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The United States accounts for 36 per cent of the company's sales, and its largest plant outside Canada, in Erie, Pa., supplies grocery chains across the U.S.",
                "",
                "",
                "W",
            ),
            ("Sales there fell 9.4 per cent in the quarter.", "", "", "W"),
        ],
        [
            (
                "Chief executive Hélène Vachon-Lacasse told analysts on a conference call at 8:30 a.m. that the company had absorbed about $14-million in tariff costs in the quarter rather than pass them on to customers.",
                "Hélène Vachon-Lacasse",
                "told analysts",
                "W",
            ),
            (
                "“We made a choice to protect our shelf space,” she said.",
                "Hélène Vachon-Lacasse",
                "said",
                "",
            ),
            ("“Was it the right call?", "Hélène Vachon-Lacasse", "said", ""),
            ("Ask me in October.”", "Hélène Vachon-Lacasse", "said", ""),
        ],
        [
            (
                "She said she expected gross margins to return to about 24 per cent by the fourth quarter, when a new plant in Brandon, Man., comes into service.",
                "Hélène Vachon-Lacasse",
                "said",
                "",
            )
        ],
        [
            (
                "Chief financial officer Anand Krishnaswamy said the company had cut 210 jobs since January, mostly at its plant in St. Aubertin, Que.",
                "Anand Krishnaswamy",
                "said",
                "W",
            ),
            ("He said the plant now employs 1,180 people.", "Anand Krishnaswamy", "said", "W"),
        ],
        [("Advertisement", "", "", "B")],
        [("Q2 at a glance", "", "", "B")],
        [("Fiscal Q2 2027 vs. Q2 2026", "", "", "B")],
        [("Revenue: $1.14-billion vs. $1.11-billion", "", "", "")],
        [("Net income: $41.2-million vs. $50.3-million", "", "", "")],
        [("Adjusted EPS: 44¢ vs. 49¢", "", "", "")],
        [
            (
                "“The tariff hit was well flagged; the miss on volumes wasn't,” said Marisa Delgarrow, an analyst at Halverton Securities Inc.",
                "Marisa Delgarrow",
                "said",
                "",
            ),
            ("She cut her price target on the stock to $26 from $31.", "", "", "W"),
        ],
        [
            (
                "Another analyst, Trevor Oyewunmi of Pinecrest Capital Markets, wrote in a note that the shares could fall further if the 25 per cent U.S. tariff on frozen prepared foods is not lifted by the fall.",
                "Trevor Oyewunmi",
                "wrote in a note",
                "",
            )
        ],
        [
            (
                "The company kept its quarterly dividend at 14 cents a share, payable July 15 to shareholders of record on June 30.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Tamberlane, founded in 1962 as Tamberlane & Sons Packing Co., makes frozen pies, pizzas and vegetables under the Harvest Hollow and Snowline brands.",
                "",
                "",
                "W",
            )
        ],
        [("It will hold its annual meeting in Toronto on Sept. 14.", "", "", "")],
        [("With files from Northwire News", "", "", "B")],
        [("Report an error", "", "", "B")],
        [("Related", "", "", "B")],
        [("Frozen-food makers warn of grocery price increases as tariffs rise", "", "", "B")],
        [("TSX closes higher on energy, bank gains", "", "", "B")],
        [
            ("© Copyright 2027 Bayline Report Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("Terms | Privacy | Accessibility | Contact", "", "", "B")],
    ],
    [
        [("THE NYANZA OBSERVER", "", "", "B")],
        [("Monday, May 31, 2027", "", "", "B")],
        [
            (
                "Home     News     Counties     Business     Sports     Opinion     Courts",
                "",
                "",
                "B",
            )
        ],
        [("News > Courts", "", "", "B")],
        [("Court strikes down Kisumu's Sh12,000 hawker licence fee", "", "", "W")],
        [
            (
                "Judge says county failed to consult traders before raising the fee fivefold",
                "Roseline Ombachi",
                "says",
                "W",
            )
        ],
        [("By ACHOLA NYAMWERO", "", "", "B")],
        [("Published on 31/05/2027", "", "", "B")],
        [("Share this: Facebook | X | WhatsApp | Telegram", "", "", "B")],
        [
            (
                "Hawkers display their wares along a street in Kisumu's central business district.",
                "",
                "",
                "",
            )
        ],
        [("[FILE | NYANZA OBSERVER]", "", "", "B")],
        [
            (
                "The High Court in Kisumu has declared unconstitutional a county law that raised the annual licence fee for hawkers from Sh2,400 to Sh12,000, ruling that the county assembly passed it without consulting the traders it affects.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Justice Roseline Ombachi said on Friday that the Kisumu County Finance Act, 2026 was “null and void” to the extent that it imposed the new fee, and ordered the county to refund any amounts collected under it within 90 days.",
                "Roseline Ombachi",
                "said",
                "W",
            )
        ],
        [
            (
                "The petition, Kisumu Informal Traders Association & 4 others v. County Government of Kisumu & another (Petition No. E042 of 2026), was filed in March last year.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The county assembly held one public hearing on the Bill, at the Kisumu Social Hall on a Tuesday at 10 a.m.",
                "",
                "",
                "W",
            ),
            (
                "Only 27 people attended, according to the judgment.",
                "the judgment",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“Public participation is not a box to be ticked on a weekday morning,” the judge said.",
                "Roseline Ombachi",
                "the judge said",
                "",
            ),
            (
                "“It must be real, and it must reach the people who will pay.”",
                "Roseline Ombachi",
                "the judge said",
                "",
            ),
        ],
        [
            (
                "The traders' lawyer, Mr. Felix Obura Nyakwana, had told the court that at least 3,800 hawkers were arrested or had their goods seized for failing to pay the new fee between July 2026 and February this year.",
                "Felix Obura Nyakwana",
                "had told the court",
                "W",
            ),
            (
                "Speaking outside court on Friday, he said the ruling was “a victory for the mama mboga and the mitumba seller”.",
                "Felix Obura Nyakwana",
                "said",
                "",
            ),
        ],
        [
            (
                "County Attorney Ms. Winnie Olalwa argued that the assembly had advertised the hearing in two newspapers, on local radio, on its website, etc.",
                "Winnie Olalwa",
                "argued",
                "W",
            ),
            (
                "The judge found that those notices had appeared only three days before the hearing.",
                "Roseline Ombachi",
                "found",
                "W",
            ),
        ],
        [
            (
                "In a statement, the county's executive member for finance, Dr. Bernard Oketch-Wambura, said the county would study the judgment and “consider all options, including an appeal”.",
                "Bernard Oketch-Wambura",
                "said",
                "",
            ),
            (
                "He said the fee had raised Sh84.6 million in the 2026/27 financial year, money that had been spent on market sheds and street lighting.",
                "Bernard Oketch-Wambura",
                "said",
                "W",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "“Sh12,000 for a table of tomatoes?” said Pamela Akoth Ouma, who has sold vegetables at Jubilee Market for 19 years.",
                "Pamela Akoth Ouma",
                "said",
                "",
            ),
            (
                "She said she had been arrested twice last year and paid Sh3,000 in fines each time.",
                "Pamela Akoth Ouma",
                "said",
                "W",
            ),
            ("“Today I am happy!", "Pamela Akoth Ouma", "said", ""),
            ("Tomorrow, who knows?”", "Pamela Akoth Ouma", "said", ""),
        ],
        [
            (
                "Prof. Alloys Makori-Wekesa, who teaches constitutional law in Nairobi, said courts had struck down at least 11 county finance laws since 2016 for lack of public participation.",
                "Alloys Makori-Wekesa",
                "said",
                "W",
            ),
            (
                "“Counties will keep losing these cases until they take consultation seriously,” he said.",
                "Alloys Makori-Wekesa",
                "said",
                "",
            ),
        ],
        [
            (
                "The judge suspended her orders for 30 days to allow the county to appeal.",
                "",
                "",
                "W",
            ),
            (
                "Under the court's rules, the county has 14 days to file a notice of appeal.",
                "",
                "",
                "W",
            ),
        ],
        [("RELATED", "", "", "B")],
        [("Kisumu traders down tools over new county levies", "", "", "B")],
        [("Nairobi county to review business permit fees", "", "", "B")],
        [
            ("Have a story or a tip?", "", "", "B"),
            ("Email news@nyanzaobserver.co.ke.", "", "", "B"),
        ],
        [("© 2027 The Nyanza Observer Ltd.", "", "", "B"), ("All rights reserved.", "", "", "B")],
        [("Terms | Privacy | Advertise | Contact", "", "", "B")],
    ],
    [
        [("THE INLANDER", "", "", "B")],
        [("Subscribe | Log in", "", "", "B")],
        [
            (
                "News     Politics     Business     Opinion     Sport     Property     Lifestyle",
                "",
                "",
                "B",
            )
        ],
        [("Opinion › Columnists", "", "", "B")],
        [
            (
                "Power bills: the promise, the price and the politicians who hope you've forgotten",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Households are paying $511 a year more for electricity than in 2022, and nobody in government wants to talk about it",
                "",
                "",
                "W",
            )
        ],
        [("Meredith Hanloran", "", "", "B")],
        [("Columnist", "", "", "B")],
        [("June 7, 2027 — 5.00am", "", "", "B")],
        [("Save     Share     212 comments", "", "", "B")],
        [("Remember the fridge magnet?", "", "", "")],
        [
            (
                "Before the 2024 state election, the party now in government promised that its energy plan would cut the average household power bill by $318 a year by 2026.",
                "",
                "",
                "W",
            ),
            ("It printed the number on fridge magnets and letterbox flyers.", "", "", "W"),
        ],
        [
            (
                "It is now 2027, and the average bill in our part of the state is $2,146 a year, according to the Australian Energy Regulator's default market offer.",
                "the Australian Energy Regulator's default market offer",
                "according to",
                "W",
            ),
            ("That is $511 more than in 2022, not $318 less.", "", "", "W"),
        ],
        [("I've done the maths three times… and it doesn't get any better.", "", "", "")],
        [
            (
                "Yes, wholesale prices spiked when two units at the Tallowgate coal plant failed in 2024.",
                "",
                "",
                "W",
            ),
            ("That is a real excuse.", "", "", ""),
            (
                "But the promise was repeated at least 14 times in the last month of the campaign, i.e. after the first warnings about the plant's condition had been published.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Energy Minister Dominic Raftery told parliament on Tuesday that bills would fall by “up to 9 per cent” from July.",
                "Dominic Raftery",
                "told parliament",
                "",
            ),
            ("Up to.", "", "", ""),
            ("“We are turning the corner,” he said.", "Dominic Raftery", "said", ""),
        ],
        [
            ("Have we heard that before?", "", "", ""),
            (
                "We have: in June 2025, his predecessor told the same chamber that the corner had been turned.",
                "",
                "",
                "W",
            ),
            ("The corner, it turns out, was a roundabout…", "", "", ""),
            ("Bills rose 11 per cent in the following year.", "", "", "W"),
        ],
        [("Here's what the numbers actually say.", "", "", "")],
        [
            (
                "Network charges, the poles and wires, make up 44 per cent of a typical bill, up from 39 per cent in 2022.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Environmental schemes (e.g. the Energy Savings Scheme and the solar bonus) add about $180 a year.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Retailers' margins have grown from 6 per cent of the bill to 9 per cent, according to the ACCC.",
                "the ACCC",
                "according to",
                "W",
            )
        ],
        [("None of this is a secret.", "", "", "")],
        [
            (
                "Last week I spoke to Noreen Castellari, 79, who lives alone in a two-bedroom unit in Wagga Wagga.",
                "",
                "",
                "",
            ),
            ("Her last quarterly bill was $684.", "", "", "W"),
            (
                "“I sit in the dark with a blanket on, love,” she told me.",
                "Noreen Castellari",
                "told me",
                "",
            ),
            ("“What else can I do?”", "Noreen Castellari", "told me", ""),
        ],
        [
            (
                "The opposition's energy spokeswoman, Tamsin Oakridge, says a Coalition government would cut bills by $400 within two years.",
                "Tamsin Oakridge",
                "says",
                "",
            ),
            ("Forgive me if I don't hold my breath.", "", "", ""),
        ],
        [("Advertisement", "", "", "B")],
        [
            ("So what would actually help?", "", "", ""),
            ("Three things, and none of them is a fridge magnet.", "", "", ""),
        ],
        [
            (
                "First, make the network companies publish their returns, in full, every year.",
                "",
                "",
                "",
            ),
            ("Second, lift the energy rebate for concession card holders.", "", "", ""),
            ("It has been stuck at $285 since 2021.", "", "", "W"),
            ("Third, stop promising numbers you can't deliver.", "", "", ""),
        ],
        [
            ("Will any of that happen before the next election, in late 2028?", "", "", ""),
            ("I'd put the odds at about one in 10.", "", "", ""),
        ],
        [
            ("Meredith Hanloran is a columnist for The Inlander.", "", "", "B"),
            ("She was formerly its economics editor.", "", "", "B"),
        ],
        [("The views expressed are the author's own.", "", "", "B")],
        [("More from Opinion", "", "", "B")],
        [("Why the Murray's farmers are selling their water", "", "", "B")],
        [("Letters: Readers on power bills, buses and the Bulldogs", "", "", "B")],
        [("© 2027 Inlander Media Pty Ltd.", "", "", "B"), ("ABN 44 118 902 573", "", "", "B")],
        [("Contact | Privacy | Terms of use | Conditions of sale", "", "", "B")],
    ],
    [
        [("THE ASHWOLDBY ECHO", "", "", "B")],
        [("Sign in | Subscribe | Newsletters", "", "", "B")],
        [("News     Sport     Football     Cricket     What's On     Jobs", "", "", "B")],
        [("Sport › Football › Harbury Town", "", "", "B")],
        [
            (
                "Harbury Town 3-2 Colestead United: Denholm's late header ends 19-year wait for promotion",
                "",
                "",
                "W",
            )
        ],
        [("By Gareth Pennoyer", "", "", "B")],
        [("Sports reporter", "", "", "B")],
        [("Saturday, 15 May 2027, 7:48 pm", "", "", "B")],
        [("Share", "", "", "B")],
        [
            (
                "Harbury Town's players celebrate in front of the Kiln End after the final whistle.",
                "",
                "",
                "",
            )
        ],
        [("Image: Lee Cardow/Ashwoldby Echo", "", "", "B")],
        [
            (
                "Harbury Town are back in the Midland Premier Division for the first time since 2008 after Kieran Denholm's 88th-minute header beat Colestead United 3-2 in the play-off final at St. Wulfric's Park on Saturday.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "A crowd of 2,914, the biggest at the ground since an FA Cup tie against Brindlehurst in Jan. 1997, saw Town come from 2-0 down.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "It was, quite simply, the best afternoon of football this town has seen in a generation.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Colestead led after 11 minutes when Ashley Mbanefo curled a free kick over the wall and past Town keeper Sam Elleridge.",
                "",
                "",
                "W",
            ),
            (
                "They doubled their lead on 34 minutes, Joel Farranby tapping in after Elleridge could only parry a shot from Lewis Coyne.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Town manager Phil Hardacre had seen enough.", "", "", ""),
            (
                "He made two changes at half-time, bringing on the 19-year-old Denholm and winger Tayo Osundare.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“I told them we'd come back from worse than this!” Hardacre said.",
                "Phil Hardacre",
                "said",
                "",
            ),
            ("“Did they believe me?", "Phil Hardacre", "said", ""),
            ("I'm not sure I believed me.”", "Phil Hardacre", "said", ""),
        ],
        [
            (
                "Osundare pulled one back on 57 minutes with a low shot from 20 yards, and captain Matty O'Driscoll levelled from the penalty spot on 71 minutes after Farranby was penalised for handball.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Then, with two minutes left, Denholm rose above two defenders to meet Osundare's cross from the right.",
                "",
                "",
                "W",
            ),
            ("Bedlam.", "", "", ""),
        ],
        [
            ("Colestead manager Ian Stokoe was furious about the penalty.", "", "", ""),
            ("“Handball?", "Ian Stokoe", "said", ""),
            ("It hit his chest!” Stokoe said.", "Ian Stokoe", "said", ""),
            ("“Look at the replay, it's not even close.”", "Ian Stokoe", "said", ""),
        ],
        [
            (
                "Town chairman Dr. Anil Sethuraman said the club's average home attendance had risen from 412 to 1,106 in two seasons.",
                "Anil Sethuraman",
                "said",
                "W",
            ),
            (
                "“Promotion is worth about £180,000 to us next season, in prize money, gate receipts and sponsorship,” he said.",
                "Anil Sethuraman",
                "said",
                "",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Denholm, a plumbing apprentice, joined Town from Colestead's academy in 2025.",
                "",
                "",
                "W",
            ),
            (
                "“I've never scored a header in my life, not even in training!” he said.",
                "Kieran Denholm",
                "said",
                "",
            ),
        ],
        [("Teams", "", "", "B")],
        [
            (
                "Harbury Town: Elleridge; Pryddon, O'Driscoll, Vaughan, Cottam; Halesby (Osundare 46), Whitmoor, Brannoway; Mottram (Denholm 46), Bexley, Saddington.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Colestead United: Hollingrake; Adair, Agyemfra, Pilling, Dunmorrow; Coyne, Farranby, Yeardley; Mbanefo, Ashwardby, Tolland (Kettlemore 80).",
                "",
                "",
                "",
            )
        ],
        [("Referee: M. J. Tranter.", "", "", "")],
        [("Attendance: 2,914.", "", "", "")],
        [("Town will start next season in the Midland Premier Division in August.", "", "", "")],
        [("Read more", "", "", "B")],
        [("Harbury Town's 19-year wait: how the club nearly folded in 2014", "", "", "B")],
        [("Colestead boss: ‘We'll be back’", "", "", "B")],
        [
            ("Get the latest Harbury Town news straight to your inbox.", "", "", "B"),
            ("Sign up to our free football newsletter.", "", "", "B"),
        ],
        [
            ("The Ashwoldby Echo is part of Wrenholt Regional Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("Contact us | Privacy notice | Cookie settings | Terms", "", "", "B")],
    ],
    [
        [("THE KORIMAKO TIMES", "", "", "B")],
        [("Log in | Subscribe", "", "", "B")],
        [
            (
                "National     World     Business     Sport     Science     Health     Opinion",
                "",
                "",
                "B",
            )
        ],
        [("Science › Health", "", "", "B")],
        [
            (
                "Teens who use phones after 10pm lose 41 minutes of sleep a night, researchers find",
                "researchers at Te Awahiko University",
                "find",
                "W",
            )
        ],
        [
            (
                "But the phone may not be the whole story, the lead author warns",
                "Aroha Pennefather-Ruawai",
                "warns",
                "",
            )
        ],
        [("Hemi Tawhirangi", "", "", "B")],
        [("Science reporter", "", "", "B")],
        [("Wednesday, June 16, 2027, 5:02 pm", "", "", "B")],
        [("Share this story", "", "", "B")],
        [("Students in the study wore wrist trackers for 14 nights.", "", "", "W")],
        [("Photo / File", "", "", "B")],
        [
            (
                "Secondary school students who used their phones in bed after 10 p.m. slept on average 41 minutes less a night than those who did not, researchers at Te Awahiko University have found.",
                "researchers at Te Awahiko University",
                "have found",
                "W",
            )
        ],
        [
            (
                "The study followed 2,316 students aged 13 to 17 at 24 schools in Waikato, Bay of Plenty and Taranaki for two weeks in 2026.",
                "",
                "",
                "W",
            ),
            ("Each wore a wrist tracker and logged screen use in an app.", "", "", "W"),
        ],
        [
            (
                "It was published on Tuesday in the Australasian Journal of Adolescent Sleep.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Lead author Dr. Aroha Pennefather-Ruawai said the late-night phone users also took 23 minutes longer to fall asleep, on average, and were 1.8 times as likely to report falling asleep in class.",
                "Aroha Pennefather-Ruawai",
                "said",
                "W",
            ),
            (
                "“That's a big effect for something so ordinary,” she said.",
                "Aroha Pennefather-Ruawai",
                "said",
                "",
            ),
        ],
        [
            (
                "But she cautioned that the study could not show that phones caused the lost sleep.",
                "Aroha Pennefather-Ruawai",
                "cautioned",
                "",
            ),
            (
                "“Kids who are anxious, or who have a part-time job, or whose homes are noisy … they may sleep less and use their phones more,” she said.",
                "Aroha Pennefather-Ruawai",
                "said",
                "",
            ),
            ("“Is the phone the cause or the symptom?", "Aroha Pennefather-Ruawai", "said", ""),
            ("Probably a bit of both.”", "Aroha Pennefather-Ruawai", "said", ""),
        ],
        [
            (
                "Students who put their phones away by 9 p.m. slept for approx. 8 hours 10 minutes a night, still short of the nine hours the researchers used as a benchmark.",
                "",
                "",
                "W",
            ),
            (
                "Those who used their phones after midnight slept for 6 hours 52 minutes.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Girls were more affected than boys, and students at schools in lower-income areas more than those at wealthier schools, the study found.",
                "the study",
                "found",
                "W",
            )
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Prof. Rawiri Tamahaere, a sleep physician who was not involved in the research, said the findings matched what he saw in his clinic.",
                "Rawiri Tamahaere",
                "said",
                "",
            ),
            (
                "He said referrals of teenagers to his clinic in Hamilton had doubled since 2019, to about 340 a year.",
                "Rawiri Tamahaere",
                "said",
                "W",
            ),
            (
                "“We should not panic, but we should pay attention,” he said.",
                "Rawiri Tamahaere",
                "said",
                "",
            ),
        ],
        [("What can parents do?", "", "", "")],
        [
            (
                "The researchers recommend that families agree on a time when phones leave the bedroom, e.g. 9.30 p.m. on school nights, and that parents follow the rule themselves.",
                "The researchers",
                "recommend",
                "",
            ),
            ("Easier said than done.", "", "", ""),
        ],
        [
            (
                "Leilani Faumuina, a mother of three in Hamilton, said her family had kept a “phone basket” in the hallway since February.",
                "Leilani Faumuina",
                "said",
                "W",
            ),
            ("“The first week was war!” she said.", "Leilani Faumuina", "said", ""),
            ("“Now?", "Leilani Faumuina", "said", ""),
            ("They grumble, but they sleep.”", "Leilani Faumuina", "said", ""),
        ],
        [("The study was funded by the Health Research Council of New Zealand.", "", "", "W")],
        [
            (
                "Journal reference: Pennefather-Ruawai A, Ngatoro J, Whitlander S, et al. Late-night phone use and sleep in New Zealand adolescents: a cohort study. Australas J Adolesc Sleep. 2027;9(2):114-126.",
                "",
                "",
                "B",
            )
        ],
        [("Related", "", "", "B")],
        [
            ("Should school start later?", "", "", "B"),
            ("Principals split on a 9.30am bell", "", "", "B"),
        ],
        [("Screen time: how much is too much for under-fives?", "", "", "B")],
        [
            ("Stay up to date with the Korimako Times newsletter.", "", "", "B"),
            ("Sign up now.", "", "", "B"),
        ],
        [
            ("© Copyright 2027 Korimako Media Limited.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("About | Contact | Privacy | Terms of use", "", "", "B")],
    ],
    [
        [("DAYSPRING NIGERIA", "", "", "B")],
        [("Saturday, 12 June 2027", "", "", "B")],
        [("Home | News | Politics | Education | Business | Sports | Entertainment", "", "", "B")],
        [("Education", "", "", "B")],
        [
            (
                "71.4% of Ogun pupils pass junior certificate exams, highest in eight years",
                "",
                "",
                "W",
            )
        ],
        [("From Funmilayo Akinbolarin, Abeokuta", "", "", "B")],
        [("June 12, 2027", "", "", "B")],
        [("Share: Facebook | X | WhatsApp", "", "", "B")],
        [
            (
                "Pupils at a public junior secondary school in Abeokuta check their results on Friday.",
                "",
                "",
                "",
            )
        ],
        [("Photo: Dayspring", "", "", "B")],
        [
            (
                "Out of 96,418 pupils who sat the Junior Secondary Certificate Examination in Ogun State in April, 68,842, or 71.4%, obtained credits in at least six subjects including English and Mathematics, the state's examinations board said on Friday.",
                "the state's examinations board",
                "said",
                "W",
            ),
            ("The figure was 63.9% last year, and it is the highest since 2019.", "", "", "W"),
        ],
        [
            (
                "The board's registrar, Dr. Olufunke Adesanya-Martins, told journalists at its headquarters in Abeokuta that the results of 1,207 candidates from 31 schools had been withheld over suspected malpractice.",
                "Olufunke Adesanya-Martins",
                "told journalists",
                "W",
            ),
            (
                "She said the candidates' scripts showed “identical answers, including identical mistakes”.",
                "Olufunke Adesanya-Martins",
                "said",
                "W",
            ),
            (
                "“We will not certify what we cannot trust,” she said.",
                "Olufunke Adesanya-Martins",
                "said",
                "",
            ),
        ],
        [
            (
                "The Commissioner for Education, Science and Technology, Prof. Ademola Fasuyi, attributed the improvement to the recruitment of 2,500 teachers in Jan. 2026 and to extra classes on Saturdays.",
                "Ademola Fasuyi",
                "attributed",
                "W",
            ),
            (
                "“Did anybody believe we could do this in one year?” he asked.",
                "Ademola Fasuyi",
                "asked",
                "",
            ),
        ],
        [
            (
                "Private schools outperformed public ones: 84.2% of private-school candidates passed, against 66.7% in public schools.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "St. Bernadette's Girls' College, Ijebu-Ode, had the best results in the state, with all 212 of its candidates passing.",
                "",
                "",
                "W",
            ),
            (
                "Its principal, Rev. Sr. Gloria Nwakaego-Obichere, said the school had held revision classes from 7 a.m. every day in March.",
                "Gloria Nwakaego-Obichere",
                "said",
                "W",
            ),
            (
                "“Our girls worked very hard, and God was faithful,” she said.",
                "Gloria Nwakaego-Obichere",
                "said",
                "",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [("The lowest pass rate was in Yewa North local government area, at 48.6%.", "", "", "W")],
        [
            (
                "Mr. Kolawole Adigun-Sowemimo, chairman of the Parent-Teacher Association at Community Junior High School, Ayetoro, said the school had four teachers for 530 pupils.",
                "Kolawole Adigun-Sowemimo",
                "said",
                "W",
            ),
            (
                "“How can one teacher handle Mathematics, Basic Science and Agric?” he asked.",
                "Kolawole Adigun-Sowemimo",
                "asked",
                "",
            ),
            ("“It is not possible.”", "Kolawole Adigun-Sowemimo", "asked", ""),
        ],
        [
            (
                "Dr. Adesanya-Martins said the board would publish the withheld results after a review panel meets in July.",
                "Olufunke Adesanya-Martins",
                "said",
                "",
            ),
            (
                "Candidates can check their results online from 10 a.m. on Monday, she said.",
                "Olufunke Adesanya-Martins",
                "said",
                "",
            ),
        ],
        [
            (
                "An education analyst, Mrs. Titilayo Ajibade-Oyenuga, of the Lagos-based Learning Matters Initiative, said the rise was welcome but warned that the examination was “easier to pass than it was a decade ago”.",
                "Titilayo Ajibade-Oyenuga",
                "said",
                "",
            ),
            (
                "She said the pass mark had been lowered from 50 to 40 in 2021.",
                "Titilayo Ajibade-Oyenuga",
                "said",
                "W",
            ),
            ("“So, 71%?", "Titilayo Ajibade-Oyenuga", "said", ""),
            ("Good.", "Titilayo Ajibade-Oyenuga", "said", ""),
            ("But let's not throw a party yet…”", "Titilayo Ajibade-Oyenuga", "said", ""),
        ],
        [
            (
                "Fourteen-year-old Oluwadamilare Akinwale of Abeokuta scored distinctions in all nine of his subjects.",
                "",
                "",
                "W",
            ),
            (
                "“I want to be a doctor, like my mother!” he said.",
                "Oluwadamilare Akinwale",
                "said",
                "",
            ),
        ],
        [("RELATED NEWS", "", "", "B")],
        [("Ogun recruits 2,500 teachers, begins Saturday classes", "", "", "B")],
        [("Teachers' union threatens strike over unpaid allowances", "", "", "B")],
        [
            ("Dayspring Nigeria is published by Dayspring Newspapers Nig. Ltd.", "", "", "B"),
            ("RC 482117.", "", "", "B"),
        ],
        [("Copyright © 2027.", "", "", "B"), ("All rights reserved.", "", "", "B")],
        [("About Us | Contact | Advertise | Privacy Policy", "", "", "B")],
    ],
    [
        [("THE KOLLIDAM TIMES", "", "", "B")],
        [("ePaper | Subscribe | Sign in", "", "", "B")],
        [("India | Business | Economy | Markets | Opinion | Explained", "", "", "B")],
        [("Business / Economy / Explained", "", "", "B")],
        [
            (
                "Explained: Why vegetable prices rose 9.8% even as retail inflation slowed to 4.1% in May",
                "",
                "",
                "W",
            )
        ],
        [("Written by Sharmila Venkataraghavan", "", "", "B")],
        [("New Delhi | Updated: June 15, 2027 09:20 IST", "", "", "B")],
        [("Follow Us     Share", "", "", "B")],
        [("Shoppers at a vegetable market in Chennai on Monday.", "", "", "")],
        [("(Photo: R. Senthilnathan)", "", "", "B")],
        [
            (
                "India's retail inflation slowed to 4.1% in May from 4.6% in April, data released by the National Statistics Office on Monday showed.",
                "data released by the National Statistics Office on Monday",
                "showed",
                "W",
            ),
            ("But food prices rose 6.3%, and vegetables alone by 9.8%.", "", "", "W"),
        ],
        [
            (
                "The biggest increases were in tomatoes (up 31.4%), onions (up 18.2%), potatoes, green chillies, etc.",
                "",
                "",
                "W",
            ),
            ("Pulses, by contrast, were 2.7% cheaper than a year earlier.", "", "", "W"),
        ],
        [("What is retail inflation?", "", "", "")],
        [
            (
                "Retail inflation is measured by the Consumer Price Index (CPI), which tracks the prices of a fixed basket of approx. 310 goods and services, e.g. rice, milk, bus fares and school fees, in 1,204 rural and 1,136 urban markets.",
                "",
                "",
                "W",
            ),
            ("Food and beverages make up about 44% of the basket.", "", "", "W"),
        ],
        [("Why did overall inflation fall if food got dearer?", "", "", "")],
        [
            ("Because fuel and some services got cheaper.", "", "", "W"),
            (
                "Petrol prices were cut by Rs. 3 a litre on Jan. 16, and mobile plans became cheaper after one large operator cut its tariffs in March.",
                "",
                "",
                "W",
            ),
            (
                "Base effects also played a part, i.e. prices had jumped sharply in May last year, which makes this year's increase look smaller.",
                "",
                "",
                "W",
            ),
        ],
        [("Is the vegetable spike going to last?", "", "", "")],
        [
            ("Probably not for long, economists say.", "economists", "say", ""),
            (
                "Dr. Meenakshi Raghunathan, chief economist at Coromandel Ratings, said tomato prices typically peak in June and July, before the kharif crop reaches markets.",
                "Meenakshi Raghunathan",
                "said",
                "W",
            ),
            (
                "“If the monsoon is normal, I'd expect vegetable inflation to be back under 5% by Sept. or Oct.,” she said.",
                "Meenakshi Raghunathan",
                "said",
                "",
            ),
            ("“If it isn't… well, that's another story.”", "Meenakshi Raghunathan", "said", ""),
        ],
        [
            (
                "The India Meteorological Department has forecast monsoon rainfall at 104% of the long-period average.",
                "The India Meteorological Department",
                "has forecast",
                "W",
            )
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [("What does it mean for interest rates?", "", "", "")],
        [
            (
                "The Reserve Bank of India's monetary policy committee, which targets inflation of 4% within a band of 2% to 6%, kept its repo rate at 5.75% at its last meeting, on June 4.",
                "",
                "",
                "W",
            ),
            (
                "Like the U.S. Federal Reserve, the RBI watches core inflation closely, but its target is headline CPI, food included.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Economists at Nilgiri Securities Ltd. expect one more cut, of 25 basis points, in August.",
                "Economists at Nilgiri Securities Ltd.",
                "expect",
                "",
            )
        ],
        [("What should households do?", "", "", "")],
        [
            (
                "Not much, says Prof. Anirudh Sathyamoorthy of the Mylapore Institute of Economics.",
                "Anirudh Sathyamoorthy",
                "says",
                "",
            ),
            (
                "“Buy what's in season, e.g. Ooty carrots and gourds right now, and don't panic-buy tomatoes at Rs. 80 a kg!” he said.",
                "Anirudh Sathyamoorthy",
                "said",
                "",
            ),
            (
                "He said an urban family of four spends about Rs. 3,900 a month on vegetables and fruit, vs. Rs. 3,450 a year ago, by his estimate.",
                "Anirudh Sathyamoorthy",
                "said",
                "W",
            ),
        ],
        [
            ("The CPI for June will be released on July 12 at 4 p.m.", "", "", ""),
            ("It will be the first to use the new 2024 base year.", "", "", ""),
        ],
        [("Also Read", "", "", "B")],
        [("Tomato prices cross Rs 100 a kg in Delhi as supply dips", "", "", "B")],
        [("RBI keeps repo rate unchanged at 5.75%", "", "", "B")],
        [
            (
                "Click here to join our WhatsApp channel and stay updated with the latest news.",
                "",
                "",
                "B",
            )
        ],
        [
            ("© 2027 The Kollidam Times Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("About Us | Contact Us | Terms of Use | Privacy Policy", "", "", "B")],
    ],
]

CASES = [
    (
        "n128-us-pm-more",
        "Public comment began at 6 p.m. More than 140 residents signed up to speak, and the final vote came at 11:40 p.m.",
        [
            "Public comment began at 6 p.m.",
            "More than 140 residents signed up to speak, and the final vote came at 11:40 p.m.",
        ],
    ),
    (
        "n128-us-no-ave-st",
        "It includes $3.1 million to hire 22 police officers but cuts overnight staffing at two fire stations, No. 4 on Kellerman Ave. and No. 9 on St. Odilo Road, from four firefighters to three.",
        [
            "It includes $3.1 million to hire 22 police officers but cuts overnight staffing at two fire stations, No. 4 on Kellerman Ave. and No. 9 on St. Odilo Road, from four firefighters to three."
        ],
    ),
    (
        "n128-us-co-mid",
        "Finance Director Ngozi Halvarsby told council members that income-tax receipts make up 58% of general fund revenue. She warned that they could fall by as much as $9 million a year if the Brankford Tool & Die Co. plant on the west side closes in 2028 as planned.",
        [
            "Finance Director Ngozi Halvarsby told council members that income-tax receipts make up 58% of general fund revenue.",
            "She warned that they could fall by as much as $9 million a year if the Brankford Tool & Die Co. plant on the west side closes in 2028 as planned.",
        ],
    ),
    (
        "n128-us-excl-shouted",
        "“Three on a truck is not enough!” shouted a man in a firefighters' union T-shirt as the vote was read. Denscombe banged her gavel twice.",
        [
            "“Three on a truck is not enough!” shouted a man in a firefighters' union T-shirt as the vote was read.",
            "Denscombe banged her gavel twice.",
        ],
    ),
    (
        "n128-sc-prof-quote",
        "NHS Ardlaw's medical director, Prof. Catriona Dunleavy, said 96 of the hospital's 612 beds were occupied by patients who were fit to leave but had no care package in place. “That's the equivalent of four whole wards,” she said. “Until we can get people home, the front door stays jammed.”",
        [
            "NHS Ardlaw's medical director, Prof. Catriona Dunleavy, said 96 of the hospital's 612 beds were occupied by patients who were fit to leave but had no care package in place.",
            "“That's the equivalent of four whole wards,” she said.",
            "“Until we can get people home, the front door stays jammed.”",
        ],
    ),
    (
        "n128-sc-q-excl-2027",
        "His daughter, Fiona MacQuorran, said he had spent his first night on a trolley in a corridor and his second in a cubicle with no window. “Would you leave your own dad in a corridor?” she said. “I kept thinking, this is Scotland, this is 2027!”",
        [
            "His daughter, Fiona MacQuorran, said he had spent his first night on a trolley in a corridor and his second in a cubicle with no window.",
            "“Would you leave your own dad in a corridor?” she said.",
            "“I kept thinking, this is Scotland, this is 2027!”",
        ],
    ),
    (
        "n128-za-lt-gen-sept",
        "The province's police commissioner, Lt. Gen. Thembeka Mavusande, said the fall in murders was the result of a rural safety plan launched in Sept. 2026 that put 1,400 more officers in 38 high-crime stations. “The plan is working, and the numbers show it,” she said. Asked how many of the officers had been moved from other stations, she declined to say.",
        [
            "The province's police commissioner, Lt. Gen. Thembeka Mavusande, said the fall in murders was the result of a rural safety plan launched in Sept. 2026 that put 1,400 more officers in 38 high-crime stations.",
            "“The plan is working, and the numbers show it,” she said.",
            "Asked how many of the officers had been moved from other stations, she declined to say.",
        ],
    ),
    (
        "n128-za-point-arrested",
        "He said he had paid the gang twice since January and had reported it to the police once. “What is the point of reporting? Nobody was arrested.”",
        [
            "He said he had paid the gang twice since January and had reported it to the police once.",
            "“What is the point of reporting?",
            "Nobody was arrested.”",
        ],
    ),
    (
        "n128-za-will-enough",
        "“Will that be enough? I can't promise you that,” he said.",
        ["“Will that be enough?", "I can't promise you that,” he said."],
    ),
    (
        "n128-ie-approx-pm",
        "The last buses on Sunday night will leave city-centre stops at approx. 11.30 p.m. The first services on Wednesday will run from 5.45 a.m., the company said.",
        [
            "The last buses on Sunday night will leave city-centre stops at approx. 11.30 p.m.",
            "The first services on Wednesday will run from 5.45 a.m., the company said.",
        ],
    ),
    (
        "n128-ie-excl-each-way",
        "Nursing student Clodagh Reddagh, who takes the 6.10 a.m. bus from Celbridge to her placement at St. James's Hospital, said a taxi had cost her €38 each way during the last strike, in March. “Thirty-eight euro! Each way!” she said.",
        [
            "Nursing student Clodagh Reddagh, who takes the 6.10 a.m. bus from Celbridge to her placement at St. James's Hospital, said a taxi had cost her €38 each way during the last strike, in March.",
            "“Thirty-eight euro!",
            "Each way!” she said.",
        ],
    ),
    (
        "n128-ie-co-registered",
        "Irish Currach is published by Currach Newspapers & Co. Registered in Ireland No. 614882.",
        [
            "Irish Currach is published by Currach Newspapers & Co.",
            "Registered in Ireland No. 614882.",
        ],
    ),
    (
        "n128-ph-pm-friday",
        "Kalapati made landfall in Guiuan, Eastern Samar, at 10:40 p.m. Friday with maximum sustained winds of 175 kph and gusts of up to 240 kph, according to the weather bureau PAGASA. It was the strongest storm to make landfall in the country this year.",
        [
            "Kalapati made landfall in Guiuan, Eastern Samar, at 10:40 p.m. Friday with maximum sustained winds of 175 kph and gusts of up to 240 kph, according to the weather bureau PAGASA.",
            "It was the strongest storm to make landfall in the country this year.",
        ],
    ),
    (
        "n128-ph-ellipsis-boat",
        "In the coastal town of Malabugas, Mayor Editha Abanilla said 14 of the town's 22 barangays were still under water. “We need boats, food and drinking water, in that order,” she said. “We have 600 families on the roof of the central school … and one rubber boat.”",
        [
            "In the coastal town of Malabugas, Mayor Editha Abanilla said 14 of the town's 22 barangays were still under water.",
            "“We need boats, food and drinking water, in that order,” she said.",
            "“We have 600 families on the roof of the central school … and one rubber boat.”",
        ],
    ),
    (
        "n128-ca-us-sales",
        "The United States accounts for 36 per cent of the company's sales, and its largest plant outside Canada, in Erie, Pa., supplies grocery chains across the U.S. Sales there fell 9.4 per cent in the quarter.",
        [
            "The United States accounts for 36 per cent of the company's sales, and its largest plant outside Canada, in Erie, Pa., supplies grocery chains across the U.S.",
            "Sales there fell 9.4 per cent in the quarter.",
        ],
    ),
    (
        "n128-ca-que-he",
        "Chief financial officer Anand Krishnaswamy said the company had cut 210 jobs since January, mostly at its plant in St. Aubertin, Que. He said the plant now employs 1,180 people.",
        [
            "Chief financial officer Anand Krishnaswamy said the company had cut 210 jobs since January, mostly at its plant in St. Aubertin, Que.",
            "He said the plant now employs 1,180 people.",
        ],
    ),
    (
        "n128-ca-inc-she",
        "“The tariff hit was well flagged; the miss on volumes wasn't,” said Marisa Delgarrow, an analyst at Halverton Securities Inc. She cut her price target on the stock to $26 from $31.",
        [
            "“The tariff hit was well flagged; the miss on volumes wasn't,” said Marisa Delgarrow, an analyst at Halverton Securities Inc.",
            "She cut her price target on the stock to $26 from $31.",
        ],
    ),
    (
        "n128-ke-am-only",
        "The county assembly held one public hearing on the Bill, at the Kisumu Social Hall on a Tuesday at 10 a.m. Only 27 people attended, according to the judgment.",
        [
            "The county assembly held one public hearing on the Bill, at the Kisumu Social Hall on a Tuesday at 10 a.m.",
            "Only 27 people attended, according to the judgment.",
        ],
    ),
    (
        "n128-ke-etc-judge",
        "County Attorney Ms. Winnie Olalwa argued that the assembly had advertised the hearing in two newspapers, on local radio, on its website, etc. The judge found that those notices had appeared only three days before the hearing.",
        [
            "County Attorney Ms. Winnie Olalwa argued that the assembly had advertised the hearing in two newspapers, on local radio, on its website, etc.",
            "The judge found that those notices had appeared only three days before the hearing.",
        ],
    ),
    (
        "n128-ke-happy-who-knows",
        "She said she had been arrested twice last year and paid Sh3,000 in fines each time. “Today I am happy! Tomorrow, who knows?”",
        [
            "She said she had been arrested twice last year and paid Sh3,000 in fines each time.",
            "“Today I am happy!",
            "Tomorrow, who knows?”",
        ],
    ),
    (
        "n128-au-ellipsis-bills",
        "We have: in June 2025, his predecessor told the same chamber that the corner had been turned. The corner, it turns out, was a roundabout… Bills rose 11 per cent in the following year.",
        [
            "We have: in June 2025, his predecessor told the same chamber that the corner had been turned.",
            "The corner, it turns out, was a roundabout…",
            "Bills rose 11 per cent in the following year.",
        ],
    ),
    (
        "n128-en-excl-believe",
        "“I told them we'd come back from worse than this!” Hardacre said. “Did they believe me? I'm not sure I believed me.”",
        [
            "“I told them we'd come back from worse than this!” Hardacre said.",
            "“Did they believe me?",
            "I'm not sure I believed me.”",
        ],
    ),
    (
        "n128-en-handball",
        "Colestead manager Ian Stokoe was furious about the penalty. “Handball? It hit his chest!” Stokoe said. “Look at the replay, it's not even close.”",
        [
            "Colestead manager Ian Stokoe was furious about the penalty.",
            "“Handball?",
            "It hit his chest!” Stokoe said.",
            "“Look at the replay, it's not even close.”",
        ],
    ),
    (
        "n128-nz-ellipsis-q",
        "“Kids who are anxious, or who have a part-time job, or whose homes are noisy … they may sleep less and use their phones more,” she said. “Is the phone the cause or the symptom? Probably a bit of both.”",
        [
            "“Kids who are anxious, or who have a part-time job, or whose homes are noisy … they may sleep less and use their phones more,” she said.",
            "“Is the phone the cause or the symptom?",
            "Probably a bit of both.”",
        ],
    ),
    (
        "n128-nz-pm-approx",
        "Students who put their phones away by 9 p.m. slept for approx. 8 hours 10 minutes a night, still short of the nine hours the researchers used as a benchmark. Those who used their phones after midnight slept for 6 hours 52 minutes.",
        [
            "Students who put their phones away by 9 p.m. slept for approx. 8 hours 10 minutes a night, still short of the nine hours the researchers used as a benchmark.",
            "Those who used their phones after midnight slept for 6 hours 52 minutes.",
        ],
    ),
    (
        "n128-ng-st-rev-sr",
        "St. Bernadette's Girls' College, Ijebu-Ode, had the best results in the state, with all 212 of its candidates passing. Its principal, Rev. Sr. Gloria Nwakaego-Obichere, said the school had held revision classes from 7 a.m. every day in March. “Our girls worked very hard, and God was faithful,” she said.",
        [
            "St. Bernadette's Girls' College, Ijebu-Ode, had the best results in the state, with all 212 of its candidates passing.",
            "Its principal, Rev. Sr. Gloria Nwakaego-Obichere, said the school had held revision classes from 7 a.m. every day in March.",
            "“Our girls worked very hard, and God was faithful,” she said.",
        ],
    ),
    (
        "n128-ng-q-good",
        "“So, 71%? Good. But let's not throw a party yet…”",
        ["“So, 71%?", "Good.", "But let's not throw a party yet…”"],
    ),
    (
        "n128-in-etc-pulses",
        "The biggest increases were in tomatoes (up 31.4%), onions (up 18.2%), potatoes, green chillies, etc. Pulses, by contrast, were 2.7% cheaper than a year earlier.",
        [
            "The biggest increases were in tomatoes (up 31.4%), onions (up 18.2%), potatoes, green chillies, etc.",
            "Pulses, by contrast, were 2.7% cheaper than a year earlier.",
        ],
    ),
    (
        "n128-in-us-fed",
        "The Reserve Bank of India's monetary policy committee, which targets inflation of 4% within a band of 2% to 6%, kept its repo rate at 5.75% at its last meeting, on June 4. Like the U.S. Federal Reserve, the RBI watches core inflation closely, but its target is headline CPI, food included.",
        [
            "The Reserve Bank of India's monetary policy committee, which targets inflation of 4% within a band of 2% to 6%, kept its repo rate at 5.75% at its last meeting, on June 4.",
            "Like the U.S. Federal Reserve, the RBI watches core inflation closely, but its target is headline CPI, food included.",
        ],
    ),
    (
        "n128-in-eg-ooty",
        "Not much, says Prof. Anirudh Sathyamoorthy of the Mylapore Institute of Economics. “Buy what's in season, e.g. Ooty carrots and gourds right now, and don't panic-buy tomatoes at Rs. 80 a kg!” he said. He said an urban family of four spends about Rs. 3,900 a month on vegetables and fruit, vs. Rs. 3,450 a year ago, by his estimate.",
        [
            "Not much, says Prof. Anirudh Sathyamoorthy of the Mylapore Institute of Economics.",
            "“Buy what's in season, e.g. Ooty carrots and gourds right now, and don't panic-buy tomatoes at Rs. 80 a kg!” he said.",
            "He said an urban family of four spends about Rs. 3,900 a month on vegetables and fruit, vs. Rs. 3,450 a year ago, by his estimate.",
        ],
    ),
]
