"""Hundred-and-twentieth set of new hand-labelled pages for the hint engines (tuning set, round forty-seven):
twelve WHOLE pages, head to tail, from twelve countries (Scotland in the United Kingdom, the
Philippines, Jamaica, South Africa, Canada, Australia, Zambia, New Zealand, the United States,
Nigeria, Sri Lanka and Ireland), one for each genre issue 13 names and five more: a pasted regional
daily's page with cookie, paywall and newsletter blocks (Scotland, island ferry sailings cut from 14
a week to six); wire copy on an agency's site with its caption credit, currency line and "(Reporting
by ...; Additional reporting by ...; Editing by ...)" credit (the Philippines, a rice import tariff
cut to 10%); local news on a daily's site (Jamaica, a district 19 days without piped water); sport
on a regional paper's site (South Africa, a one-day cricket final won with nine balls to spare);
science on a regional daily's site (Canada, twelve glaciers lose 24.6 per cent of their ice); a live
blog with time stamps and entry bylines (Australia, a state budget day); an interview in Q&A
(Zambia, the chief inspector of mines after a tailings dam failure); a court report (New Zealand, a
builder's company fined $48,750 over a collapsed retaining wall); an explainer with question
subheadings (the United States, a bill for a nightly fee on short-term rentals in Oregon); a
business results story (Nigeria, a cement maker's profit up 41.7%); a weather/disaster story (Sri
Lanka, landslides kill 11 after 312.5 mm of rain); and an opinion column (Ireland, parking charges
on a town's main street). What is hard is CHECK-WORTHINESS and SENTENCE SPLITS together: checkable
statements (figures, dates, quantities, comparisons, causes, records, officials' statements of
record, first-person statements of record such as "I counted the empty shopfronts on Main St.",
"she had spent $14,600 on water", "He said the Falcons had dropped three catches") stand beside
opinions with numbers ("€310,000 sounds like a lot", "“20 runs short, maybe 30”", "“At nine times
earnings, the stock still looks cheap to me”", "If you're 28 and renting in Penrith"), feelings in
quotes, predictions and plans with dates and figures (volumes "by 5% to 7% in 2027", a timetable, a
hearing at 1 p.m., a vote on April 6), hedges ("could", "might", "likely", "is expected to"),
rhetorical questions, colour and scene-setting; and the splits fall around abbreviations that END a
sentence before a capital ("Ltd.", "Inc.", "Corp.", "Pty Ltd.", "U.S.", "a.m.", "p.m.", "St.",
"etc.", "Ltd. 2027.", "(Pvt) Ltd."), designations and abbreviations that do NOT ("No. 6", "No. 3
kiln", "No. 118", "S.I. No. 14 of 2024", "Registered in Scotland No. SC418207.", "S.B. 12", "Art. 9
of", "Sec. 2 of" opening a sentence, "under Sec. 4.", "Pt. 4 of", "Fig. 3", "Jan. 11", "Aug. 9",
"Sen.", "Dr.", "Mr.", "Ms.", "Col.", "Cllr.", "Hon.", "Mt. Kandeniya", "Ridge Rd.", "Loon Lake Rd.",
"Main St. and", "Bridge St.,", "Co. Galway", "Ltd.,", "J.P.,", "e.g. with"), decimals ("52.40
pesos", "0.83 metres", "132.4", "$218.4b", "N218.6bn", "312.5 mm", "7.15am", "5.40 a.m."), initials
("R.J. Coullvane", "J.J. van Tonderveld", "H.K. Chisangwe", "K.M.S. Rathnadewage", scorecard lines
with "L. Ngqamakwe 94*" kept as one sentence), times ("5 p.m. on Friday", "4 p.m. on Wednesday",
"2 a.m. on February 21", "at 1 p.m." and "5 p.m. Monday." ending sentences), quotes whose "?" or "!"
is followed by the attribution ("?” he asked.", "?” she asked.", "!” said ...", "!” Ellingwade told
the house."), questions and exclamations inside quotes with no attribution after them ("“And we get
three days' notice?" / "Nobody on the mainland ...”", "“My mom was here!" / "She's never seen me
..."), "“No." as a sentence of its own, ellipses before lower case ("“I'll manage... but ...”",
"Three weeks now... and nobody ...", "isn't a plan... it's a hope."), and parentheses inside and at
the end of sentences ("(Fig. 3 in the paper shows the year-by-year record).", "a Level 3 (red)
landslide warning", "(50 ov)"). Each page carries its site's own furniture at the head (a cookie
block with buttons, a score ticker, a market strip, a red-alert banner, mastheads, menus,
breadcrumbs, a LIVE label, bylines with roles, date and Updated lines, share strips, captions and
credits), in the middle (a metered paywall and log-in line, ADVERTISEMENT, "Article content
continues below", Read more / READ / ALSO READ / READ MORE links, live-blog time stamps, entry
bylines, "Key event" and "Pinned", a Q&A editing note, a scorecard title) and at the tail (related,
trending and more-from lists, newsletter and consent lines, comments notes, a funding note, a
donation appeal, a journal reference, an author bio, disclaimers, a tip line, a hotline, an
acknowledgement of the Traditional Custodians, publisher, registration and office lines, copyright
lines, footers). The pages hold 517 sentences: 218 "B", 145 "W" and 154 ""; 187 sentences carry a
speaker (88 distinct speakers). `STYLES` describes each page, its story, its speakers and its
furniture in order.

Written from scratch for issue 13 in round forty-seven, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py`
file, no `hint_scores.py` and no README was opened; `claimreview` was never imported, and no test,
scorer, engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied
from anywhere. What was read: the brief (`/tmp/brief` was listed once at the start, and held only
the brief); `/tmp/sets` was listed twice at the start (once by name, once as a count and a tail),
and was empty both times; the module docstrings of `labelled_new.py` and `labelled_new2.py` (printed
whole with `ast.get_docstring`); `def build` in `tests/text/labelled_articles.py` (its source segment
printed by an `ast` script of my own, that function only); the `[tool.ruff]` tables of
`pyproject.toml` (a `sed` address range from `[tool.ruff` to the next other `[tool.` table); and,
from `labelled_new115.py` and `labelled_new116.py`, the output of a script of my own using `ast` that
prints the module docstring, `STYLES`, the first two pages of `ARTICLES` and the first eight `CASES`
of each. It was printed once (the tool cut its middle, so that the first part of the docstring
of `labelled_new115.py`, and the end of the first page, the second page and the cases of
`labelled_new116.py` were seen), then saved to a scratch file, of which `grep -n` showed the section
markers and `sed` showed five ranges: the rest of the docstring and the `STYLES` of
`labelled_new115.py` (lines cut at 2,500 characters), about the first half of its first page, its
cases, the docstring and `STYLES` of `labelled_new116.py` (lines cut at 3,000 characters, the tool
cutting a dozen lines of the docstring, which a narrower range then showed); so most of the first
page and all of the second page of `labelled_new115.py`, and the start of the first page of
`labelled_new116.py`, were never seen. No other page, case or docstring of any file under `tests/`
was read. What was run: a Python one-liner printing the calendars of February and March 2027 (to
check weekdays); scripts of my own in a scratch folder that turn a small line format (flag, speaker,
cue and text separated by a tilde, one line a paragraph unless it starts with "+", case marks naming
a first sentence and a length) into the literals below, apply renames and cut the split cases out of
the pages; substring, case-insensitive per-word file counts (`grep -rliF -- WORD /work/main/tests/text
| wc -l`) for every capitalised word of three letters or more and every part of a hyphenated name of
the pages (about seven hundred), and for every candidate replacement; an import of this file with
`labelled_articles.build` on every page and a check of four string fields, the flags, the text at
each label's offsets, no "B" with a speaker, a cue for every speaker and a speaker for every cue, 30
distinct case ids, every case text in a built page and equal to its sentences joined by single
spaces, each expected sentence one labelled sentence of one paragraph, in order, and the counts
above; and `ruff format` and `ruff check` (the project's `.venv`) with the project's
`pyproject.toml` as config, the check through `--stdin-filename tests/text/labelled_new120.py` so
that the per-file ignores for `tests/**` apply. Only counts were read from the word searches, never
the matched lines or file names. Of the first draft's coined words, about forty hit other files:
surnames and parts of hyphenated surnames (Achterberg, Adekanbi, Stroud, Aniagolu, Bantugan,
Dagohoyan, Fairbrass, Quinn, Farquharsen, Harkin, Holloway, Sambrano, Ilagan, Keay, Mabandla,
Mhlontlo, Brand, Olckers, Moolman, Oxtoby, Pinnock, Rowlestone, Brae, Tarrenby, Tollemache,
Torrisdale, Whitcombe, Rau, Quashiebrook, Reid), and places, outlets and firms (Bosveld, Brackwater,
Fairlie, Glendarroch, Kalinaw, Kessington, Kessock, Kilbrannock, Pennicott, Quorvane, Strathmorven,
Tarnwick, Wirrandale); each was renamed (hyphenated surnames cut to one coined word), and the
replacements that hit as well (Adewoyinka, Farrowdene, Hollowick, Glenmorrach, Malinawon,
Wirrangulla) were dropped for others; only replacements with no hit were kept. What still hits is
real countries, regions, cities, towns and rivers (Scotland, Holyrood, Manila, Malabon, Bangkok,
Vietnam, Thailand, Pakistan, Westmoreland, Savanna-la-Mar, Karoo, Prince Rupert, the Rockies,
Penrith, Kitwe, Zambia, Oregon, Astoria, Seaside, Clatsop, Lincoln, Washington, Portland, Lagos,
Ghana, Kegalle, Ratnapura, Badulla, Sabaragamuwa, Colombo, Kelani, Nuwara Eliya, Ella, Galway and
the like), common given names kept on purpose (Fenella, Iain, Morag, Callum, Eilidh, Marisol,
Tricia, Joel, Teodulo, Ronaldo, Conrad, Shanique, Delroy, Tamika, Desmond, Andrea, Sizwe, Mpho,
Luthando, Ruan, Tiaan, Bradley, Gwendolyn, Anneliese, Priya, Mateus, Declan, Sunita, Marcus,
Leonie, Callista, Kaputo, Chanda, Mirriam, Tessa, Grant, Noeline, Felicity, Hamish, Anahera,
Rosalind, Corinne, Brent, Olamide, Funmilayo, Dilrukshi, Nuwan, Lasantha, Aoife, Siobhán), a Māori
word in a street name (Kōwhai), common and outlet words (Advertiser, Gazette, Post, Times, Daily,
Lantern, Chronicle, Dispatch, Courier, Tidings, Westerly, Isles, Shipping, Water, Company,
Securities, Capital, Materials, Cement, Rail, Analytics and the like) and tokens (AEDT,
WAT, GMT, NSW, NGX, ASI, PAIA, MSP, Plc, Pty, Pvt, Corp, Inc, Ltd, Cllr, Col, Sen, Sec, Art, Fig).

Every person, outlet, agency, firm, brokerage, utility, council, alliance, federation, institute,
roundtable, fund, mine, plant, kiln, vessel, glacier, oval, spring, street, hill, district, village
and figure is invented. Real countries, regions, cities and institutions appear only as settings:
those listed above, Holyrood and the Legislative Assembly (as places), the Philippine presidential
palace, its statistics agency and a state grains agency (invented statements and figures), the
Nigerian Exchange (a filing), the Senate Housing Committee and the Legislature of Oregon, a Sri
Lankan education ministry, meteorology department and national building research body (invented
announcements and figures), and Facebook, X, WhatsApp, LinkedIn, Viber, iOS and Android (as
channels).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, strip, ticker, banner, menu, label, byline, date, share line,
caption, credit, button row, list item, time stamp, entry byline and legal line is a paragraph of its
own); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in
the recent sets: furniture "B" line by line, whatever it says; a caption by its content and its
credit "B"; headlines and standfirsts never split and flagged by content, a headline's or
standfirst's "says", "finds", "expects", "writes" or "Opposition:" carrying the speaker the story
names as first given; a dateline belongs to its lead sentence; a speaker is the full name as first
given without titles ("Dr", "Dr.", "Mr.", "Mr", "Mrs", "Hon.", "Sen.", "Col.", "Cllr.",
"Judge", "Press Secretary", "Agriculture Secretary", "District Secretary", "Army spokesman", "Lead
author", "Mayor", "Shadow treasurer", "Defence counsel", "Glaciologist", "Chief executive", "J.P."
and "D-Astoria" dropped; initials kept); a pronoun or a later surname resolves to it; a generic noun
for an organisation or a document is kept as written ("The company", "the company", "The
brokerage", "the institute", "the department", "the notice", "the summary", "The papers", "the
papers", "The researchers", "the paper"), while "it said" resolves to the organisation as first
given; "according to X" gives X as written; a quote over several sentences carries its speaker and
cue in each; a named person acting without a verb of saying carries no speaker (a judge setting a
starting point, a mother laughing, a columnist counting shopfronts).

Conventions this set had to settle, in the same spirit:

* Cookie blocks are "B" line by line, their sentences split where a reader would split them ("...
  improve our products etc." / "Choose ..."); a paywall's "Already a member? Log in here." is two
  "B" sentences.
* A budget's published figures and projections ("The papers project net debt of $218.4b by June
  2031.", "The deficit for 2027-28 is put at $3.1b, ..., according to the budget papers.") are
  statements of record, "W"; a minister's promise ("back in surplus “within the forward estimates”")
  and a schedule the papers give ("Tunnelling is due to start in September") are "".
* A wire story's lead naming a body ("the presidential palace said") takes it as written; a
  brokerage's note through according to is the note ("a note from Kalumpasig Securities Inc."), and
  the next sentence's "The brokerage expects" is kept as written.
* Q&A: as in `labelled_new116.py`, a question that cites a source carries it and is flagged by
  content ("Q: Provincial officials said ...", "Q: Ministry figures show ...", "Q: Villagers
  downstream say ..." "W"; "Q: The company's chairman, Mr. H.K. Chisangwe, told shareholders the
  spill was “an act of God.”" carrying him with the cue "told shareholders" ""), and the question
  after it in the same turn has none; the interviewee's own rhetorical question and its one-word
  answer inside an answer ("Is that enough ...?" / "No.") carry her, "".
* Opinion column: the columnist's own statements of record ("On Thursday morning I counted the empty
  shopfronts on Main St.", "There were 14 of them, out of 61.", "His family has run the hardware
  shop since 1962.") carry no speaker and are "W"; her opinions, questions and exhortations "".
* Explainer: question subheadings are "" sentences of their own; the bill's content is "W" without
  a speaker unless a section is cited through according to ("Sec. 1 of the bill"); procedure,
  deadlines and what "could" follow are "".
* Scorecard lines with initials, "*" and parentheses are one "" sentence each, and so is the result
  line under them; the live ticker at the head is "B".
* Disaster page: a warning banner is "B"; a body that "declined to comment" is kept as written ("The
  district's mining licensing office"), "".

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of two to four
consecutive sentences of one paragraph of these pages joined by single spaces: initials "R.J." and
an ellipsis before lower case; "Ltd." before "Registered in Scotland No. SC418207." and "Registered
office"; "he said." before "Sec. 2 of"; "Inc." before "The brokerage"; "Corp." before "All
content"; "Ridge Rd." mid-sentence before "4 p.m. on Wednesday"; a question inside a quote with an
ellipsis before lower case; "Mr." and "J.P.," mid-sentence; "J.J." mid-sentence; "!" inside a quote
with no attribution; "?” he asked." before "“No." and "Not against ...”"; "Dr." with an ellipsis and
a question inside a quote; "Loon Lake Rd." and "Aug. 9"; "Inc." before "Opt out"; "Pty Ltd." before
"Tunnelling"; "2 a.m. on February 21."; "S.I. No. 14 of 2024" and "No." as a sentence; "Mr. H.K."
in a question; "Ltd.," mid-sentence before "The company"; "?” she asked." after a victim's
statement; "1 p.m." before "The bill, filed on Jan. 11 by Sen. ..."; "the western U.S." before
"None"; "Jan. 1, 2028." before "5 p.m. Monday."; "the No. 3 kiln" before a quoted question;
"Ltd." before "The deal"; "5.40 a.m." before "A second"; "Col." and "Mt." mid-sentence; "Main St."
before "There were 14"; "!” said ..." before a record and a question; and "Cllr." with "the No. 2
bus": what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Scottish REGIONAL DAILY page as pasted (an island ferry service cut from 14 sailings a week to six): a cookie block at the head (title, two sentences split at "etc." before "Choose", button row); masthead in capitals, menu with pipes, breadcrumb with ›; headline "W" and a standfirst "Islanders say ..." carrying "Islanders" as written ""; byline and role on two lines, a time/Updated line, share strip; caption "" and picture credit; the operator "has confirmed" with "Ltd." inside the speaker "W", "The company said" kept as written "W" and "it said" resolved to the operator (a timetable ""); the 2022 census through according to "W"; a community council chair ("5 p.m. on Friday" mid-sentence "W", a record in a quote "W", a question inside a quote with no attribution and its continuation ""); a metered paywall in two sentences, a subscribe button and "Already a member? Log in here."; a notice at the pier through according to and "the notice says" "W"; the operator\'s director (a regret and a hope "", a charter "W", days out of service "W", colour ""); a government statement through according to "W" and a forecast ""; the GP with "Dr" dropped and initials "R.J." kept ("W", an ellipsis before lower case ""); the MSP\'s plan ""; Read more link, newsletter box, related list, comments-off line, publisher line split at "Ltd." before "Registered in Scotland No. SC418207." and a registered office, copyright, footer links',
    'Philippine WIRE COPY on an agency\'s site, the rice import tariff cut to 10%: masthead, menu with wide spaces, section label; headline "W"; a two-name byline, a date/Updated line; a caption "" with the agency credit in the same paragraph and a reprint-rights line; a "MANILA, March 10 (Quorrandel) -" lead with "the presidential palace said" "W"; "Executive Order No. 118" with a press secretary who "told a briefing" "W", his forecast quote "", then "Sec. 2 of the order" opening a sentence after "he said." through "according to a copy seen by Quorrandel" "W"; "government data show" a record "W"; "Farmers\' groups said" a prediction ""; a growers\' federation chairman named after his quote (a record "W", a question inside a quote with its answer ""); "the statistics agency said" "W"; "according to a note from Kalumpasig Securities Inc." ending a sentence before "The brokerage expects ..." (""); import shares "W"; "traders in Bangkok said" "W"; the agriculture secretary with the title dropped (stocks "W", a might-plan ""); currency line, a "(Reporting by ...; Additional reporting by ...; Editing by ...)" credit, a standards line, a More from list, a company line split at "Corp." before "All content © 2027.", footer links, all "B"',
    'Jamaican LOCAL NEWS on a daily\'s site (Westmoreland), a district 19 days without piped water: masthead in capitals, menu with pipes, breadcrumb with a slash; headline "W" and a standfirst "‘...,’ says mother of four" carrying the mother the story names ""; byline with "/Gazette Writer", Published line, share line; caption "" and photo credit; a "SAVANNA-LA-MAR, Westmoreland —" lead with "residents and the utility said" "W"; the water company with "Ltd." inside the speaker and "Ridge Rd." mid-sentence "W", then "The company said in a statement at 4 p.m. on Wednesday" a plan ""; the mother (spending "W", her quote and a question inside a quote continued with an ellipsis before lower case ""); the councillor with "Mr." dropped and "J.P.," mid-sentence (letters and deliveries "W", a quote ""); ADVERTISEMENT; the utility\'s communications manager (capacity "W", an apology "", the pump\'s age "W"); READ link; parish rainfall through according to "W"; the MP with "Hon." dropped (a plan ""); "Residents said" a threat ""; "Ms." mid-sentence with no speaker and the mother\'s last word ""; comments note in two sentences, More Western News list, copyright split at "Limited." before "All rights reserved.", footer links',
    'South African SPORT report on a regional paper\'s site, a one-day cricket final won with nine balls to spare: a live score ticker at the head; masthead in capitals, menu with pipes, section path; headline "W" and a colour standfirst ""; byline, date line, share line; caption "" and photo credit; the result, the top scorer\'s innings and "No. 6" mid-sentence "W"; "J.J. van Tonderveld," with initials mid-sentence and his hundred "W"; colour ""; the winning over "W"; the teenager named after his quote with an ellipsis before lower case, then "“My mom was here!" and its continuation ""; the winning coach named after "“What a kid!” said ..." "" and his record of lost finals "W"; ADVERTISEMENT; the losing captain, carried as "J.J. van Tonderveld" (an opinion with numbers "", dropped catches "W", "?” he asked." then "“No." and "Not against a side like that.”" ""); a crowd record "the tournament organisers said" "W"; a strike rate "W" and an expectation ""; a SCORECARD title "B", two innings lines with initials kept as one sentence each and a result line, all "" data; More cricket list, copyright and a publisher line, footer links',
    'Canadian SCIENCE story on a regional daily\'s site (British Columbia), glaciers above a valley lost 24.6 per cent of their ice: masthead in capitals, menu with middle dots and "B.C." in it, section path; headline "..., study finds" carrying the study as the lead names it "W" and a standfirst "The researchers say ..." with a could-forecast ""; byline, a Published/Last updated/read-time line, a join line; caption "" and institute credit; a "PRINCE RUPERT —" lead with "northern B.C." mid-sentence and "has found" "W"; the paper\'s method and its decimals with "Fig. 3" inside a closing parenthesis "W"; the lead author with "Dr." dropped (a doubling "W", an ellipsis before lower case, a question inside a quote and its answer ""); "The researchers estimate" "W" and "the paper says" a could-forecast ""; Advertisement and "Article content continues below"; a water report through according to "W"; the mayor with "Loon Lake Rd." mid-sentence (a plan "") and "Aug. 9" mid-sentence ("W"); an outside glaciologist who "called" the findings "", a survey "W" and a two-sentence quote ""; "the institute said" a grant "W"; a journal reference with "et al." as one "B" sentence, Trending list, a newsletter consent split at "Inc." before "Opt out ...", copyright, footer links',
    'Australian LIVE BLOG on a daily\'s site (New South Wales budget day): masthead, menu with pipes, LIVE label; headline "W" (published budget figures); a two-name byline, an Updated line with AEDT, share strip; an intro "" ; entries newest first, each with a time stamp and an entry byline "B" ("Key event" and "Pinned" too): an entry headline "Opposition: ..." carrying the shadow treasurer with the cue "Opposition:" "W", her "told reporters" "W" and "?” she asked." with its continuation ""; the budget papers through according to "W", "The papers project" "W", the Treasurer\'s surplus promise ""; "Pty Ltd." ending a sentence before "Tunnelling is due ..., the papers say." "" and "Pt. 4 of" mid-sentence "W"; a stamp-duty entry headline "W", "the Treasurer announced" "W", his estimate "W", an opinion with a number "" and "!” Ellingwade told the house." ""; a developers\' spokeswoman (an opinion "", approvals "W"); a welcome "" with "12.30pm" mid-sentence and last year\'s outturn "W"; topics line, briefing line, an acknowledgement of the Traditional Custodians, copyright with "Pty Ltd", footer links',
    'Zambian INTERVIEW IN Q&A on a mining paper\'s site, the chief inspector of mines after a tailings dam failure: masthead in capitals, menu with wide spaces, section path; headline "‘...,’ says chief mines inspector" carrying her with figures "W"; byline, date line, share line; caption "" and picture credit; an introduction of record "W"; a condensed-and-edited note "B"; questions with "Q:" carry no speaker and are "" unless they cite a source ("Q: Provincial officials said ..." "W", "Q: Ministry figures show ..." "W", "Q: Villagers downstream say ..." "W", "Q: The company\'s chairman, Mr. H.K. Chisangwe, told shareholders ..." carrying him with "Mr." dropped ""), the question after it in the same turn without one; every answer sentence carries the interviewee with the cue "A:": "2 a.m. on February 21" mid-sentence and an estimate "W", "Art. 9 of" mid-sentence "W", "S.I. No. 14 of 2024" mid-sentence "W", her own rhetorical question and "No." as its own sentence "", staff numbers of record "W", an ellipsis before lower case "", a forecast, an exclamation, a quip and a request ""; ADVERTISEMENT; READ MORE list, a WhatsApp tip line, copyright split at "Ltd." before "All rights reserved.", footer links',
    'New Zealand COURT REPORT on a regional daily\'s site, a builder\'s company fined $48,750 over a collapsed retaining wall: masthead in capitals, menu with wide spaces, section path with ›; headline "W"; byline and role, date line, share line; caption "" and "Photo / Supplied"; the fine "W"; "Oxtonbury Build Ltd.," mid-sentence and reparation "W"; "Kōwhai Tce" mid-sentence "W"; "the agreed summary of facts" through according to and "the summary says" "W"; the council\'s prosecutor "told the court" (warnings of record "W", a two-sentence quote ""); the victim reading her own statement (a feeling "", "?” she asked." "", an insurance payout "W"); Advertisement; defence counsel (a rebuild\'s cost "W", shame ""); the judge with "Judge" dropped ("said" an opinion "", then a starting point with no speaker "W", an ellipsis before lower case and a hope ""); the time to pay "W"; "Mr Oxtonbury declined to comment" carrying him ""; Related list, a news-tip line, copyright, footer links',
    'United States EXPLAINER on a nonprofit newsroom\'s site (Oregon), what S.B. 12, a nightly fee on short-term rentals, would do: masthead in capitals, menu with pipes, section label with "Explainer"; headline with "S.B. 12" mid-headline "W" and a could-standfirst ""; byline, a date line with "a.m.", share line; a hearing time "1 p.m." ending a sentence before "The bill, filed on Jan. 11 by Sen. ..." (the bill\'s content "W"); question subheadings all ""; "according to Sec. 1 of the bill" "W"; "according to Lodgetrack Analytics Inc." ending a sentence before "That is up ..." "W"; the bill\'s caps and "under Sec. 4." "W"; the sponsor named by surname after her quote at a town hall, a question inside a quote and "Of course not.”" ""; an alliance that "says" its membership "W", its director\'s prediction "" and a causal record "W"; a survey through according to with "U.S. cities" mid-sentence, then "the western U.S." ending a sentence before "None is in Oregon." "W"; ADVERTISEMENT; procedure, "Jan. 1, 2028." and "5 p.m. Monday." ""; a funding note, a donation appeal in two sentences and a Donate button, More from Housing list, copyright with "Inc.,", footer links',
    'Nigerian BUSINESS RESULTS story on a markets site, a cement maker\'s 2026 profit up 41.7%: a market strip with decimals at the head; masthead, menu with pipes, section path; headline "W" and a standfirst "Chief executive expects ..." carrying her ""; byline, date line with WAT, listen line; a "LAGOS —" lead with "Plc" and "said in a filing with the Nigerian Exchange" "W"; revenue and volumes "W"; "The company said" a cause "W"; costs through according to "W"; a dividend "W"; ALSO READ link; the chief executive "said on a call with analysts" an opinion "", "the No. 3 kiln" mid-sentence "W", a question inside a quote and its answer "", a volume forecast with figures ""; "Ltd." ending a sentence before "The deal, worth $41 million, closed on February 26." "W"; Advertisement; "Analysts at Lagos-based Okoyemi Capital said in a note" an opinion "" and "They noted" net debt "W"; the share price "W"; a research head named after an opinion with numbers, then her question ""; industry estimates through according to "W"; a disclaimer in two sentences, topics, app line, copyright split at "Ltd." before "RC 1648203.", footer links',
    'Sri Lankan WEATHER/DISASTER story on an English daily\'s site, landslides kill 11 after 312.5 mm of rain: a red-alert banner at the head with "6 p.m. Friday"; masthead in capitals, menu with pipes, section path with ›; headline "W"; two-name byline, date line with "am", share line; caption "" and "Pic by" credit; "the district disaster management unit said" "W"; "5.40 a.m." ending a sentence before "A second buried ..." "W"; the district secretary with initials "K.M.S." kept (shelters "W", a plea and "!”" without attribution ""); the meteorology department through according to with "8.30 a.m. on Wednesday" mid-sentence "W", a comparison "W" and "the department said" a likely-forecast ""; a survivor ("4 a.m." mid-sentence "W", an ellipsis before lower case, "?” she asked." and its continuation ""); ALSO READ link; a Level 3 (red) warning with a parenthesis "W" and an unknown ""; the army spokesman with "Col." dropped and "Mt. Kandeniya" mid-sentence "W", a plan ""; Advertisement; "the Education Ministry announced" closures "W"; a past disaster "W"; "Residents of Udawatteketiya said" "W"; a licensing office that "declined to comment" ""; a hotline line, Related News list, copyright split at "(Pvt) Ltd." before "All rights reserved.", footer links',
    'Irish OPINION COLUMN on a regional weekly\'s site, parking charges of €2.40 an hour on a town\'s main street: masthead in capitals, menu with pipes, section label; headline "" (an opinion with a number) and a standfirst "..., writes Aoife Tarrenvagh" carrying the columnist ""; byline, date line, share line; the columnist\'s own text carries no speaker: "Main St. and" mid-sentence in a scene "", the plan\'s terms "W" and the council report through according to "W", an opinion with a number "", "on Main St." ending a sentence before "There were 14 of them, out of 61." and a first-person count of 2015 "W", a rhetorical question and its answer "", a causal claim "W"; the council\'s own survey "found" "W"; a shopkeeper named after "!” said ..." "" with his family\'s record "W" and a question ""; ADVERTISEMENT; a councillor with "Cllr." dropped who "told me" a justification "", spending and "the No. 2 bus" "W", a quote ""; an ellipsis before lower case ""; Read more link; "e.g. with a disc" mid-sentence "", a neighbouring town\'s record through according to "W", a rhetorical question ""; "3 p.m." ending a sentence before "There\'s still time ..." "" and a warning ""; an author bio in two sentences, a views disclaimer, More Opinion list, copyright split at "Ltd. 2027." before a registered office with "Bridge St.," and "Co. Galway.", footer links',
]

ARTICLES = [
    [
        [("We value your privacy", "", "", "B")],
        [
            (
                "We and our 143 partners store and read information on your device, such as cookies and device IDs, to measure audiences, show adverts, improve our products etc.",
                "",
                "",
                "B",
            ),
            (
                "Choose “Accept all”, “Reject all” or “Manage options”, and change your mind at any time through “Privacy settings” at the foot of each page.",
                "",
                "",
                "B",
            ),
        ],
        [("Accept all     Reject all     Manage options", "", "", "B")],
        [("THE GLENDURRACH ADVERTISER", "", "", "B")],
        [
            (
                "Home | News | Sport | Islands | Business | Opinion | Family notices | Jobs",
                "",
                "",
                "B",
            )
        ],
        [("News › Highlands & Islands › Inchvarra", "", "", "B")],
        [
            (
                "Winter sailings to Inchvarra cut from 14 a week to six as ferry goes for gearbox repairs",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Islanders say they have been left “cut off in all but name” and fear for pupils crossing to school",
                "Islanders",
                "say",
                "",
            )
        ],
        [("By Fenella Drummaskie", "", "", "B")],
        [("Islands correspondent", "", "", "B")],
        [("11:42, Tue, 9 Mar 2027 | Updated: 16:05, Tue, 9 Mar 2027", "", "", "B")],
        [
            (
                "Share     Facebook     X     WhatsApp     Email     Copy link",
                "",
                "",
                "B",
            )
        ],
        [("The MV Corrabhan at the pier in Portnacrag last summer.", "", "", "")],
        [("Picture: Iain Lochvennie", "", "", "B")],
        [
            (
                "Ferries to Inchvarra will run six times a week instead of 14 from Monday until at least April 19, after the island's only vessel was withdrawn for repairs to a gearbox, Westerly Isles Shipping Ltd. has confirmed.",
                "Westerly Isles Shipping Ltd.",
                "has confirmed",
                "W",
            )
        ],
        [
            (
                "The company said the MV Corrabhan, built in 1998, would be replaced by the smaller MV Sgarbhan, which carries 18 cars against the Corrabhan's 36.",
                "The company",
                "said",
                "W",
            ),
            (
                "Sailings will leave Portnacrag at 7.15am and return from Inchvarra at 4.30pm on Mondays, Wednesdays and Fridays, it said.",
                "Westerly Isles Shipping Ltd.",
                "said",
                "",
            ),
        ],
        [
            (
                "Inchvarra has 212 permanent residents, according to the 2022 census, and 23 of them are secondary pupils who cross to Portnacrag Academy each day.",
                "the 2022 census",
                "according to",
                "W",
            )
        ],
        [
            (
                "Morag Tollemadden, who chairs Inchvarra Community Council, said islanders had been told of the change by email at 5 p.m. on Friday.",
                "Morag Tollemadden",
                "said",
                "W",
            ),
            (
                "“It's the fourth time since 2023 the Corrabhan has gone off service in winter,” she said.",
                "Morag Tollemadden",
                "said",
                "W",
            ),
            ("“And we get three days' notice?", "Morag Tollemadden", "said", ""),
            (
                "Nobody on the mainland would put up with that for a week.”",
                "Morag Tollemadden",
                "said",
                "",
            ),
        ],
        [
            ("You've read four of your five free stories this month.", "", "", "B"),
            (
                "Subscribe from £1 a week for unlimited access to the Advertiser and our digital edition.",
                "",
                "",
                "B",
            ),
        ],
        [("Subscribe now", "", "", "B")],
        [("Already a member? Log in here.", "", "", "B")],
        [
            (
                "The withdrawal follows an inspection on March 3 that found wear in the vessel's port gearbox, according to a notice posted at the pier.",
                "a notice posted at the pier",
                "according to",
                "W",
            ),
            (
                "Replacement parts have been ordered from a manufacturer in Germany, the notice says.",
                "the notice",
                "says",
                "W",
            ),
        ],
        [
            (
                "Westerly Isles Shipping's operations director, Callum Drysgarth, said the company “deeply regretted” the disruption and hoped to restore the full timetable before Easter.",
                "Callum Drysgarth",
                "said",
                "",
            ),
            (
                "He said the company had chartered a freight barge for two days a week so that the island's shop and its salmon farm could still be supplied.",
                "Callum Drysgarth",
                "said",
                "W",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Mr Drysgarth said the Corrabhan had been out of service for a total of 61 days in 2026, against a contractual limit of 45.",
                "Callum Drysgarth",
                "said",
                "W",
            ),
            (
                "“She's an old lady now, and she's working harder than ever,” he said.",
                "Callum Drysgarth",
                "said",
                "",
            ),
            ("“A new ship is the only real answer.”", "Callum Drysgarth", "said", ""),
        ],
        [
            (
                "Ministers agreed in October 2025 to put £31.4m towards a replacement vessel, according to a government statement at the time.",
                "a government statement at the time",
                "according to",
                "W",
            ),
            ("The new ship is not expected to enter service before 2029.", "", "", ""),
        ],
        [
            (
                "The island's GP, Dr R.J. Coullvane, said he held a surgery on Inchvarra every Tuesday and Friday and would now have to stay overnight on the island twice a week.",
                "R.J. Coullvane",
                "said",
                "W",
            ),
            (
                "“I'll manage... but I'm not sure my patients on the mainland side will.”",
                "R.J. Coullvane",
                "said",
                "",
            ),
        ],
        [
            (
                "The local MSP, Eilidh Farqualie, said she would raise the cut at Holyrood on Thursday.",
                "Eilidh Farqualie",
                "said",
                "",
            )
        ],
        [
            (
                "Read more: Portnacrag pier car park charges to rise from April",
                "",
                "",
                "B",
            )
        ],
        [("Get the Islands newsletter", "", "", "B")],
        [
            (
                "News from every island we cover, in your inbox each Friday morning.",
                "",
                "",
                "B",
            )
        ],
        [("Sign up", "", "", "B")],
        [("Related stories", "", "", "B")],
        [("Inchvarra school roll falls below 30 for the first time", "", "", "B")],
        [("Ferry operator fined £240,000 over missed winter sailings", "", "", "B")],
        [("Comments are switched off for this story.", "", "", "B")],
        [
            ("Published by Strathvorlan Media Ltd.", "", "", "B"),
            ("Registered in Scotland No. SC418207.", "", "", "B"),
            ("Registered office: 4 Harbour Brae, Portnacrag.", "", "", "B"),
        ],
        [("© 2027 Strathvorlan Media", "", "", "B")],
        [("Terms | Privacy | Cookie settings | Contact us", "", "", "B")],
    ],
    [
        [("QUORRANDEL", "", "", "B")],
        [
            (
                "World     Business     Markets     Asia     Commodities     Video     More",
                "",
                "",
                "B",
            )
        ],
        [("Asia Pacific", "", "", "B")],
        [
            (
                "Philippines cuts rice import tariff to 10% as retail prices hit 14-month high",
                "",
                "",
                "W",
            )
        ],
        [("By Marisol Dagpilanes and Tricia Dumaplinas", "", "", "B")],
        [("March 10, 2027 6:48 PM GMT+8 · Updated 41 mins ago", "", "", "B")],
        [
            (
                "Workers unload sacks of imported rice at a warehouse in Malabon, Metro Manila, March 4, 2027.",
                "",
                "",
                "",
            ),
            ("QUORRANDEL/Joel Ravelinto", "", "", "B"),
        ],
        [("Acquire reprint rights, opens new tab", "", "", "B")],
        [
            (
                "MANILA, March 10 (Quorrandel) - The Philippines will cut the tariff on imported rice to 10% from 15% for six months from March 15, the presidential palace said on Wednesday, after retail prices of regular milled rice rose to 52.40 pesos a kilogram, the highest since January 2026.",
                "the presidential palace",
                "said",
                "W",
            )
        ],
        [
            (
                "Executive Order No. 118 was signed on Tuesday night, Press Secretary Dindo Maglanque told a briefing.",
                "Dindo Maglanque",
                "told a briefing",
                "W",
            ),
            (
                "“We expect prices to ease within weeks, not months,” he said.",
                "Dindo Maglanque",
                "said",
                "",
            ),
            (
                "Sec. 2 of the order lets the tariff return to 15% early if farmgate prices of unmilled rice fall below 17 pesos per kg, according to a copy seen by Quorrandel.",
                "a copy seen by Quorrandel",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Philippines imported a record 4.9 million tonnes of rice in 2026, government data show.",
                "government data",
                "show",
                "W",
            )
        ],
        [
            (
                "Farmers' groups said the cut would hurt growers in the middle of the dry-season harvest.",
                "Farmers' groups",
                "said",
                "",
            )
        ],
        [
            (
                "“The last tariff cut took three pesos off the farmgate price in a month,” said Teodulo Sambrinoza, who chairs the Panay Rice Growers' Federation.",
                "Teodulo Sambrinoza",
                "said",
                "W",
            ),
            ("“Who pays for cheaper rice?", "Teodulo Sambrinoza", "said", ""),
            ("The farmer does, every time.”", "Teodulo Sambrinoza", "said", ""),
        ],
        [
            (
                "Retail prices of well-milled rice rose 6.1% in February from January, the statistics agency said last week.",
                "the statistics agency",
                "said",
                "W",
            )
        ],
        [
            (
                "Rice makes up 8.9% of the consumer price index basket, according to a note from Kalumpasig Securities Inc.",
                "a note from Kalumpasig Securities Inc.",
                "according to",
                "W",
            ),
            (
                "The brokerage expects the cut to take 0.2 percentage points off inflation by June.",
                "The brokerage",
                "expects",
                "",
            ),
        ],
        [
            (
                "Vietnam supplied 71% of the Philippines' rice imports last year, followed by Thailand and Pakistan.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Thai export prices for 5% broken white rice were quoted at $418 a tonne on Wednesday, down from $455 a month earlier, traders in Bangkok said.",
                "traders in Bangkok",
                "said",
                "W",
            )
        ],
        [
            (
                "Agriculture Secretary Ronaldo Pacquibane said the state grains agency held 312,000 tonnes of rice in its warehouses at the end of February, enough for nine days of national consumption.",
                "Ronaldo Pacquibane",
                "said",
                "W",
            ),
            (
                "He said the government might buy more from local farmers “if prices at the farm gate fall too far.”",
                "Ronaldo Pacquibane",
                "said",
                "",
            ),
        ],
        [("($1 = 57.85 Philippine pesos)", "", "", "B")],
        [
            (
                "(Reporting by Marisol Dagpilanes and Tricia Dumaplinas in Manila; Additional reporting by Suphansa Weeraket in Bangkok; Editing by Conrad Velleworth)",
                "",
                "",
                "B",
            )
        ],
        [("How we report: the Quorrandel editorial standards.", "", "", "B")],
        [("More from Asia Pacific", "", "", "B")],
        [("Vietnam rice exporters log record first-quarter sales", "", "", "B")],
        [("Thai farmers rally in Bangkok over late fertiliser subsidies", "", "", "B")],
        [
            (
                "Quorrandel is the news division of Quorrandel Holdings Corp.",
                "",
                "",
                "B",
            ),
            ("All content © 2027.", "", "", "B"),
        ],
        [("Terms of use · Privacy · Accessibility · Report an error", "", "", "B")],
    ],
    [
        [("THE CORNWALL GAZETTE", "", "", "B")],
        [
            (
                "News | Business | Sport | Entertainment | Letters | Classifieds | E-Paper",
                "",
                "",
                "B",
            )
        ],
        [("News / Western", "", "", "B")],
        [("Pennivale Hill residents go 19 days without piped water", "", "", "W")],
        [
            (
                "‘We buy water like we buy food,’ says mother of four",
                "Tamika Rowlestrand",
                "says",
                "",
            )
        ],
        [("Shanique Barrowmount/Gazette Writer", "", "", "B")],
        [("Published: Thursday | March 11, 2027 | 12:08 AM", "", "", "B")],
        [("Share this story:  Facebook  X  WhatsApp  Email", "", "", "B")],
        [
            (
                "Residents fill drums and buckets from a water truck on Pennivale Hill on Tuesday.",
                "",
                "",
                "",
            )
        ],
        [("Photo by Delroy Quashievale", "", "", "B")],
        [
            (
                "SAVANNA-LA-MAR, Westmoreland — More than 300 households in Pennivale Hill have had no piped water since February 20, when a pump at the Fairlanton Spring treatment plant broke down, residents and the utility said.",
                "residents and the utility",
                "said",
                "W",
            )
        ],
        [
            (
                "Caribwell Water Company Ltd. said a new pump was installed on Monday, but a burst main was found on Ridge Rd. the following morning.",
                "Caribwell Water Company Ltd.",
                "said",
                "W",
            ),
            (
                "The company said in a statement at 4 p.m. on Wednesday that supply would return “on a phased basis” from Friday.",
                "The company",
                "said in a statement",
                "",
            ),
        ],
        [
            (
                "Tamika Rowlestrand, a mother of four, said she had spent $14,600 on water from private trucks since the outage began.",
                "Tamika Rowlestrand",
                "said",
                "W",
            ),
            (
                "“We buy water like we buy food,” she said.",
                "Tamika Rowlestrand",
                "said",
                "",
            ),
            ("“How long must we wait?", "Tamika Rowlestrand", "said", ""),
            (
                "Three weeks now... and nobody comes to tell us anything.”",
                "Tamika Rowlestrand",
                "said",
                "",
            ),
        ],
        [
            (
                "Councillor for the Pennivale division, Mr. Desmond Ogilvane, J.P., said he had written to the company on February 24 and again on March 2.",
                "Desmond Ogilvane",
                "said",
                "W",
            ),
            (
                "He said trucks sent by the municipal corporation delivered 42,000 gallons last week.",
                "Desmond Ogilvane",
                "said",
                "W",
            ),
            (
                "“It is not enough, and everybody knows it is not enough.”",
                "Desmond Ogilvane",
                "said",
                "",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Caribwell's corporate communications manager, Andrea Havelowe, said the Fairlanton Spring plant supplies about 1.1 million gallons a day to 14 communities.",
                "Andrea Havelowe",
                "said",
                "W",
            ),
            (
                "She said the company “understands the frustration” of customers and apologised for the delay.",
                "Andrea Havelowe",
                "said",
                "",
            ),
            (
                "The pump that failed had been in service since 2009, she said.",
                "Andrea Havelowe",
                "said",
                "W",
            ),
        ],
        [("READ: Westmoreland farmers count losses after long dry spell", "", "", "B")],
        [
            (
                "Westmoreland received 38 per cent of its normal February rainfall, according to figures from the parish disaster office.",
                "figures from the parish disaster office",
                "according to",
                "W",
            )
        ],
        [
            (
                "The Member of Parliament for the constituency, Hon. Sheryl Maitlander-Poyse, said she would raise the matter with the minister next week.",
                "Sheryl Maitlander-Poyse",
                "said",
                "",
            )
        ],
        [
            (
                "Residents said they would block the main road on Friday morning if water was not back by then.",
                "Residents",
                "said",
                "",
            ),
            (
                "Asked what would happen after that, Ms. Rowlestrand laughed.",
                "",
                "",
                "",
            ),
        ],
        [("“Ask Caribwell,” she said.", "Tamika Rowlestrand", "said", "")],
        [
            ("Join the discussion.", "", "", "B"),
            (
                "Comments are moderated and may take up to 24 hours to appear.",
                "",
                "",
                "B",
            ),
        ],
        [("More Western News", "", "", "B")],
        [("Savanna-la-Mar market vendors get new stalls", "", "", "B")],
        [("Police probe shooting in Whitehouse district", "", "", "B")],
        [
            ("© 2027 Cornwall Gazette Company Limited.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "Privacy Policy | Terms of Service | Advertise With Us | Contact",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [
            (
                "LIVE  One-Day Cup final · Falcons 287/6 (50 ov) · Sentinels 288/7 (48.3 ov) · Sentinels won by 3 wkts",
                "",
                "",
                "B",
            )
        ],
        [("THE VAALRIDGE POST", "", "", "B")],
        [
            (
                "News  |  Sport  |  Business  |  Lifestyle  |  Motoring  |  Opinion",
                "",
                "",
                "B",
            )
        ],
        [("Sport / Cricket", "", "", "B")],
        [
            (
                "Sentinels chase down 288 to win first One-Day Cup title since 2014",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "A teenager held his nerve when everyone around him was losing theirs",
                "",
                "",
                "",
            )
        ],
        [("Sizwe Mhlontlokazi", "", "", "B")],
        [("Sunday, 14 March 2027 · 19:40", "", "", "B")],
        [("Share on Facebook · Share on X · Send via WhatsApp", "", "", "B")],
        [
            (
                "Eastern Sentinels batter Luthando Ngqamakwe celebrates the winning runs at the Bosvlakte Oval on Sunday.",
                "",
                "",
                "",
            )
        ],
        [("Photo: Mpho Selaolane / Post", "", "", "B")],
        [
            (
                "The Eastern Sentinels won the One-Day Cup for the first time since 2014 on Sunday, chasing 288 with nine balls to spare against the Karoo Falcons at the Bosvlakte Oval.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Luthando Ngqamakwe, 19, made 94 not out off 71 balls, his highest score in senior cricket.",
                "",
                "",
                "W",
            ),
            (
                "He came in at No. 6 with the Sentinels on 141/4 in the 29th over.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Falcons had posted 287/6, built on a fourth-wicket stand of 162 between their captain, J.J. van Tonderveld, and Ruan Aswegenhof.",
                "",
                "",
                "W",
            ),
            ("Van Tonderveld made 103, his third hundred of the season.", "", "", "W"),
        ],
        [("For a long while it looked like enough.", "", "", "")],
        [
            (
                "The Sentinels needed 61 off the last 42 balls when Ngqamakwe hit three sixes in the 44th over, bowled by the left-arm spinner Tiaan Olckerswyk.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "“I just told myself to watch the ball... not the scoreboard,” Ngqamakwe said.",
                "Luthando Ngqamakwe",
                "said",
                "",
            ),
            ("“My mom was here!", "Luthando Ngqamakwe", "said", ""),
            (
                "She's never seen me bat in a final before.”",
                "Luthando Ngqamakwe",
                "said",
                "",
            ),
        ],
        [
            (
                "“What a kid!” said Sentinels coach Bradley Fortuinhof.",
                "Bradley Fortuinhof",
                "said",
                "",
            ),
            (
                "“We lost this final in 2019 and again in 2022, so this one means a lot to everyone in the union.”",
                "Bradley Fortuinhof",
                "said",
                "W",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Van Tonderveld said his side had been “20 runs short, maybe 30” on a pitch that got easier under the lights.",
                "J.J. van Tonderveld",
                "said",
                "",
            ),
            (
                "He said the Falcons had dropped three catches in the last 10 overs.",
                "J.J. van Tonderveld",
                "said",
                "W",
            ),
            (
                "“Can you win a final doing that?” he asked.",
                "J.J. van Tonderveld",
                "asked",
                "",
            ),
            ("“No.", "J.J. van Tonderveld", "asked", ""),
            ("Not against a side like that.”", "J.J. van Tonderveld", "asked", ""),
        ],
        [
            (
                "The crowd of 11,240 was a record for a domestic one-day final in the country, the tournament organisers said.",
                "the tournament organisers",
                "said",
                "W",
            )
        ],
        [
            (
                "Ngqamakwe's strike rate in the competition was 132.4, the best of any batter with more than 300 runs.",
                "",
                "",
                "W",
            ),
            (
                "He is expected to be named in the national under-19 squad on Thursday.",
                "",
                "",
                "",
            ),
        ],
        [("SCORECARD", "", "", "B")],
        [
            (
                "Karoo Falcons 287/6 (50 ov) (J.J. van Tonderveld 103, R. Aswegenhof 71; L. Mabandlovu 3-48)",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Eastern Sentinels 288/7 (48.3 ov) (L. Ngqamakwe 94*, K. Pillaymoodley 58; T. Olckerswyk 2-39)",
                "",
                "",
                "",
            )
        ],
        [("Result: Sentinels won by 3 wkts.", "", "", "")],
        [("More cricket", "", "", "B")],
        [("Falcons coach to stay on for another season", "", "", "B")],
        [("Ngqamakwe's school honours its old boy", "", "", "B")],
        [
            ("© 2027 Vaalridge Post.", "", "", "B"),
            ("A Nkanyiso Media title.", "", "", "B"),
        ],
        [("Privacy · PAIA · Terms · Advertise · Contact", "", "", "B")],
    ],
    [
        [("SKEENAVALE TIMES", "", "", "B")],
        [
            (
                "News · Local · B.C. · Canada · Sports · Opinion · Obituaries · E-Edition",
                "",
                "",
                "B",
            )
        ],
        [("News / Science", "", "", "B")],
        [
            (
                "Glaciers above Tarnaskeen Valley have lost a quarter of their ice since 2005, study finds",
                "A study by researchers at the Coast Range Ice Institute",
                "finds",
                "W",
            )
        ],
        [
            (
                "The researchers say the valley's creeks could run low by late summer within two decades",
                "The researchers",
                "say",
                "",
            )
        ],
        [("Gwendolyn Thackaberry", "", "", "B")],
        [
            (
                "Published Mar 12, 2027  •  Last updated 3 hours ago  •  4 minute read",
                "",
                "",
                "B",
            )
        ],
        [("Join the conversation", "", "", "B")],
        [
            (
                "The snout of Kessalloch Glacier, photographed from a helicopter in September 2026.",
                "",
                "",
                "",
            )
        ],
        [("Photo by Coast Range Ice Institute", "", "", "B")],
        [
            (
                "PRINCE RUPERT — Twelve glaciers that feed the Tarnaskeen River in northern B.C. have lost 24.6 per cent of their ice since 2005, a study by researchers at the Coast Range Ice Institute has found.",
                "a study by researchers at the Coast Range Ice Institute",
                "has found",
                "W",
            )
        ],
        [
            (
                "The paper, published Thursday in the journal Alpine Hydrology Reports, used drone surveys and satellite images taken between 2005 and 2026.",
                "",
                "",
                "W",
            ),
            (
                "The glaciers' surfaces dropped by an average of 0.83 metres a year, with the steepest losses after the 2021 heat wave (Fig. 3 in the paper shows the year-by-year record).",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lead author Dr. Anneliese Vorstrommel said the rate of loss had roughly doubled since 2015.",
                "Anneliese Vorstrommel",
                "said",
                "W",
            ),
            (
                "“Honestly, I expected bad news... just not this much of it,” she said.",
                "Anneliese Vorstrommel",
                "said",
                "",
            ),
            (
                "“Will there be ice up there when my kids are my age?",
                "Anneliese Vorstrommel",
                "said",
                "",
            ),
            ("I'd like to think so.”", "Anneliese Vorstrommel", "said", ""),
        ],
        [
            (
                "The researchers estimate that meltwater from the glaciers makes up about 40 per cent of the river's flow in August.",
                "The researchers",
                "estimate",
                "W",
            ),
            (
                "By the 2040s, late-summer flows could fall by a third, the paper says.",
                "the paper",
                "says",
                "",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [("Article content continues below", "", "", "B")],
        [
            (
                "The District of Tarnaskeen draws drinking water for about 7,800 residents from the river, according to the district's 2025 water report.",
                "the district's 2025 water report",
                "according to",
                "W",
            )
        ],
        [
            (
                "Mayor Priya Sandhuvale said the district would start planning a second intake on Loon Lake Rd. this spring.",
                "Priya Sandhuvale",
                "said",
                "",
            ),
            (
                "She said water use in the district peaked at 11.2 million litres on Aug. 9 last year, when a watering ban was in force.",
                "Priya Sandhuvale",
                "said",
                "W",
            ),
        ],
        [
            (
                "Glaciologist Mateus Orlandewe, who was not involved in the study, called the findings “sobering, but not surprising.”",
                "Mateus Orlandewe",
                "called",
                "",
            ),
            (
                "He said similar losses had been measured in the Rockies, where a 2024 survey found 14 glaciers had thinned by an average of 18 metres since 2000.",
                "Mateus Orlandewe",
                "said",
                "W",
            ),
            (
                "“The question isn't whether these glaciers shrink.",
                "Mateus Orlandewe",
                "said",
                "",
            ),
            (
                "It's how fast, and what we build before they're gone.”",
                "Mateus Orlandewe",
                "said",
                "",
            ),
        ],
        [
            (
                "The work was paid for by a $412,000 grant from the provincial government, the institute said.",
                "the institute",
                "said",
                "W",
            )
        ],
        [
            (
                "Journal reference: Vorstrommel A., Mbeleni T., et al. Two decades of ice loss in the Tarnaskeen basin. Alp. Hydrol. Rep. 2027;9(2):114–131.",
                "",
                "",
                "B",
            )
        ],
        [("Trending", "", "", "B")],
        [("Ferry terminal upgrade delayed to 2029", "", "", "B")],
        [("Terrace-area wildfire season starts early, crews warned", "", "", "B")],
        [
            (
                "Signing up means you agree to get this newsletter from Skeenavale Media Inc.",
                "",
                "",
                "B",
            ),
            (
                "Opt out whenever you like through the link at the bottom of any email.",
                "",
                "",
                "B",
            ),
        ],
        [("Copyright 2027 Skeenavale Media Inc.", "", "", "B")],
        [("Terms of use · Privacy · Accessibility · Manage cookies", "", "", "B")],
    ],
    [
        [("ILLOWRA DAILY", "", "", "B")],
        [
            (
                "News | Politics | Business | Sport | Weather | Newsletters | Puzzles",
                "",
                "",
                "B",
            )
        ],
        [("LIVE", "", "", "B")],
        [
            (
                "NSW budget 2027 live: $3.1b deficit for next year, stamp duty cut for first-home buyers",
                "",
                "",
                "W",
            )
        ],
        [("By Declan Moorwhistle and Sunita Rajakarrow", "", "", "B")],
        [("Updated 3.52pm AEDT, Tue 16 Mar 2027", "", "", "B")],
        [("Share     Save     Gift this article", "", "", "B")],
        [
            (
                "Follow the day's announcements as Treasurer Marcus Ellingwade hands down his second budget.",
                "",
                "",
                "",
            )
        ],
        [("Key event", "", "", "B")],
        [("3.41pm", "", "", "B")],
        [("Sunita Rajakarrow", "", "", "B")],
        [
            (
                "Opposition: budget ‘leaves out’ $9.2b in nurses' pay",
                "Leonie Farrowgrane",
                "Opposition:",
                "W",
            )
        ],
        [
            (
                "Shadow treasurer Leonie Farrowgrane told reporters the forward estimates left out $9.2b in pay rises already agreed with nurses in February.",
                "Leonie Farrowgrane",
                "told reporters",
                "W",
            ),
            (
                "“Where is that money coming from?” she asked.",
                "Leonie Farrowgrane",
                "asked",
                "",
            ),
            (
                "“Nobody in this building can tell you.”",
                "Leonie Farrowgrane",
                "asked",
                "",
            ),
        ],
        [("2.58pm", "", "", "B")],
        [("Declan Moorwhistle", "", "", "B")],
        [
            (
                "The deficit for 2027-28 is put at $3.1b, up from the $1.8b forecast in the half-yearly review in December, according to the budget papers.",
                "the budget papers",
                "according to",
                "W",
            ),
            (
                "The papers project net debt of $218.4b by June 2031.",
                "The papers",
                "project",
                "W",
            ),
            (
                "Mr Ellingwade said the state would be back in surplus “within the forward estimates”.",
                "Marcus Ellingwade",
                "said",
                "",
            ),
        ],
        [("2.10pm", "", "", "B")],
        [("Declan Moorwhistle", "", "", "B")],
        [
            (
                "The budget sets aside $640m for the western rail link, most of it for a contract already signed with Wirrabelong Rail Pty Ltd.",
                "",
                "",
                "W",
            ),
            (
                "Tunnelling is due to start in September, the papers say.",
                "the papers",
                "say",
                "",
            ),
            (
                "Under Pt. 4 of the state's budget transparency law, the Treasurer must publish the contract's total value within 30 days.",
                "",
                "",
                "W",
            ),
        ],
        [("1.15pm", "", "", "B")],
        [("Sunita Rajakarrow", "", "", "B")],
        [("Stamp duty scrapped for first-home buyers up to $950,000", "", "", "W")],
        [
            (
                "First-home buyers will pay no stamp duty on homes worth up to $950,000 from July 1, up from the current threshold of $800,000, the Treasurer announced.",
                "Marcus Ellingwade",
                "announced",
                "W",
            ),
            (
                "He said about 31,000 buyers would benefit in the first year, at a cost of $412m.",
                "Marcus Ellingwade",
                "said",
                "W",
            ),
            (
                "“If you're 28 and renting in Penrith, this budget is for you,” he said.",
                "Marcus Ellingwade",
                "said",
                "",
            ),
        ],
        [
            (
                "“It's a nurses' budget, not a bankers' budget!” Ellingwade told the house.",
                "Marcus Ellingwade",
                "told the house",
                "",
            )
        ],
        [("12.40pm", "", "", "B")],
        [("Sunita Rajakarrow", "", "", "B")],
        [
            (
                "Urban Developers' Roundtable spokeswoman Callista Munroway said the change would “help at the margins” but would not fix supply.",
                "Callista Munroway",
                "said",
                "",
            ),
            (
                "She said approvals for new dwellings in the state fell 11.3 per cent in 2026.",
                "Callista Munroway",
                "said",
                "W",
            ),
        ],
        [("Pinned", "", "", "B")],
        [("12.05pm", "", "", "B")],
        [("Declan Moorwhistle", "", "", "B")],
        [
            (
                "Good afternoon and welcome to our live coverage of budget day.",
                "",
                "",
                "",
            ),
            (
                "The Treasurer is due on his feet in the Legislative Assembly at 12.30pm, and we'll bring you every announcement as it lands.",
                "",
                "",
                "",
            ),
            (
                "Last year's budget forecast a deficit of $2.7b, which came in at $2.2b.",
                "",
                "",
                "W",
            ),
        ],
        [("Topics: NSW budget, State politics, Housing", "", "", "B")],
        [
            (
                "Get the Illowra Daily politics briefing every weekday at 6am.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "We acknowledge the Traditional Custodians of the lands on which this paper is written and printed, and pay our respects to their Elders.",
                "",
                "",
                "B",
            )
        ],
        [("© 2027 Illowra Daily Pty Ltd", "", "", "B")],
        [("Privacy policy | Terms of use | Contact us | Advertise", "", "", "B")],
    ],
    [
        [("THE COPPERBELT LANTERN", "", "", "B")],
        [
            (
                "Home   Politics   Mining   Business   Sport   Features   Interviews",
                "",
                "",
                "B",
            )
        ],
        [("Mining / Interviews", "", "", "B")],
        [
            (
                "‘We cannot inspect 600 mines with 41 people,’ says chief mines inspector",
                "Mirriam Nakambelo",
                "says",
                "W",
            )
        ],
        [("Kaputo Mwelwanda", "", "", "B")],
        [("Saturday, March 13, 2027", "", "", "B")],
        [("Share: Facebook | X | WhatsApp | LinkedIn", "", "", "B")],
        [("Mirriam Nakambelo at her office in Kitwe on Thursday.", "", "", "")],
        [("Picture by Chanda Musondelwa", "", "", "B")],
        [
            (
                "Three weeks after a tailings dam at the Lusengwe copper mine gave way and sent slurry into the Mwambashi stream, Mirriam Nakambelo, Zambia's chief inspector of mines, spoke to the Lantern about inspections, fines and the law.",
                "",
                "",
                "W",
            ),
            ("She has held the post since June 2024.", "", "", "W"),
        ],
        [("This interview has been condensed and lightly edited.", "", "", "B")],
        [("Q: What happened at Lusengwe?", "", "", "")],
        [
            (
                "A: The north wall of the tailings dam failed at about 2 a.m. on February 21.",
                "Mirriam Nakambelo",
                "A:",
                "W",
            ),
            (
                "Our engineers estimate 180,000 cubic metres of slurry left the dam, and about a third of it reached the stream.",
                "Mirriam Nakambelo",
                "A:",
                "W",
            ),
            ("Nobody was hurt, thank God.", "Mirriam Nakambelo", "A:", ""),
        ],
        [("Q: Was the dam inspected?", "", "", "")],
        [
            (
                "A: It was last inspected in October 2025, and the report asked the operator, Lusengwe Copper Mines Plc, to raise the wall by 1.5 metres.",
                "Mirriam Nakambelo",
                "A:",
                "W",
            ),
            ("That work had not started.", "Mirriam Nakambelo", "A:", "W"),
        ],
        [
            (
                "Q: Provincial officials said last week that the operator was warned four times.",
                "Provincial officials",
                "said",
                "W",
            ),
            ("Is that right?", "", "", ""),
        ],
        [
            (
                "A: Three times in writing, once in a meeting.",
                "Mirriam Nakambelo",
                "A:",
                "W",
            ),
            ("I'd call that four, yes.", "Mirriam Nakambelo", "A:", ""),
        ],
        [("Q: What happens now?", "", "", "")],
        [
            (
                "A: We have suspended operations at the plant under Art. 9 of the mine safety regulations, and the company has 30 days to submit a repair plan.",
                "Mirriam Nakambelo",
                "A:",
                "W",
            ),
            ("I expect we will also fine them.", "Mirriam Nakambelo", "A:", ""),
        ],
        [("Q: How much?", "", "", "")],
        [
            ("A: I won't guess at a figure today.", "Mirriam Nakambelo", "A:", ""),
            (
                "The maximum under S.I. No. 14 of 2024 is 500,000 fee units per breach, which is about K150,000.",
                "Mirriam Nakambelo",
                "A:",
                "W",
            ),
            (
                "Is that enough to frighten a big mining house?",
                "Mirriam Nakambelo",
                "A:",
                "",
            ),
            ("No.", "Mirriam Nakambelo", "A:", ""),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [("Q: Let's talk about staffing.", "", "", "")],
        [
            (
                "A: We have 41 inspectors for 612 licensed mines and quarries.",
                "Mirriam Nakambelo",
                "A:",
                "W",
            ),
            ("In 2019 we had 58.", "Mirriam Nakambelo", "A:", "W"),
            (
                "You do the arithmetic... we simply cannot be everywhere.",
                "Mirriam Nakambelo",
                "A:",
                "",
            ),
        ],
        [
            (
                "Q: Ministry figures show 23 people died in mining accidents in 2026, down from 31 in 2025.",
                "Ministry figures",
                "show",
                "W",
            ),
            ("Are mines getting safer?", "", "", ""),
        ],
        [
            ("A: Some are.", "Mirriam Nakambelo", "A:", ""),
            (
                "Fourteen of last year's deaths were at small-scale and informal sites, where we have almost no presence.",
                "Mirriam Nakambelo",
                "A:",
                "W",
            ),
            (
                "That is where the next disaster will be, I'm afraid.",
                "Mirriam Nakambelo",
                "A:",
                "",
            ),
        ],
        [
            (
                "Q: Villagers downstream say their maize fields were ruined.",
                "Villagers downstream",
                "say",
                "W",
            ),
            ("Who pays them?", "", "", ""),
        ],
        [
            ("A: Under the law the operator does.", "Mirriam Nakambelo", "A:", "W"),
            (
                "The district commissioner's office has counted 64 households with damaged fields, and those claims go to the company first.",
                "Mirriam Nakambelo",
                "A:",
                "W",
            ),
            (
                "If they are not paid, I want to hear about it!",
                "Mirriam Nakambelo",
                "A:",
                "",
            ),
        ],
        [
            (
                "Q: The company's chairman, Mr. H.K. Chisangwe, told shareholders the spill was “an act of God.”",
                "H.K. Chisangwe",
                "told shareholders",
                "",
            ),
            ("Your answer?", "", "", ""),
        ],
        [("A: God didn't skip the wall repairs.", "Mirriam Nakambelo", "A:", "")],
        [("Q: What would you ask the government for?", "", "", "")],
        [
            (
                "A: Twenty more inspectors and four vehicles.",
                "Mirriam Nakambelo",
                "A:",
                "",
            ),
            ("Then ask me again in a year.", "Mirriam Nakambelo", "A:", ""),
        ],
        [("READ MORE", "", "", "B")],
        [("Lusengwe villagers demand compensation for ruined fields", "", "", "B")],
        [("Kitwe council approves new quarry rules", "", "", "B")],
        [("Have a story? WhatsApp the newsroom on +260 97 000 4412.", "", "", "B")],
        [
            ("© 2027 Lantern Newspapers Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("About | Advertise | Privacy | Contact", "", "", "B")],
    ],
    [
        [("WAIRANGI CHRONICLE", "", "", "B")],
        [("News  Sport  Business  Rural  Opinion  Lifestyle  Notices", "", "", "B")],
        [("Local News › Courts", "", "", "B")],
        [
            (
                "Builder fined $48,750 over collapsed retaining wall that crushed neighbour's car",
                "",
                "",
                "W",
            )
        ],
        [("Tessa Haldaneburn", "", "", "B")],
        [("Court reporter", "", "", "B")],
        [("5:30pm, Friday 12 March 2027", "", "", "B")],
        [("Share this article", "", "", "B")],
        [
            (
                "The retaining wall on Kōwhai Tce after it gave way in July 2025.",
                "",
                "",
                "",
            )
        ],
        [("Photo / Supplied", "", "", "B")],
        [
            (
                "A Wairangi builder whose company put up a retaining wall that collapsed onto a neighbour's driveway has been fined $48,750 in the Wairangi District Court.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Grant Elvedale Oxtonbury, 54, was sentenced on Friday after his company, Oxtonbury Build Ltd., pleaded guilty in January to two charges under the Building Act.",
                "",
                "",
                "W",
            ),
            (
                "The company was also ordered to pay $12,400 in reparation to the neighbour, Noeline Pirikawa.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The 2.4-metre wall on Kōwhai Tce gave way after heavy rain on the night of July 18, 2025, crushing Mrs Pirikawa's car and blocking the road for three days.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The wall was built without a consent in 2023, according to the agreed summary of facts.",
                "the agreed summary of facts",
                "according to",
                "W",
            ),
            (
                "An engineer's report later found it had no drainage behind it and footings about half the depth shown in the company's own drawings, the summary says.",
                "the summary",
                "says",
                "W",
            ),
        ],
        [
            (
                "Prosecuting for the council, Felicity Quainton told the court the company had been warned about unconsented work twice before, in 2019 and in 2021.",
                "Felicity Quainton",
                "told the court",
                "W",
            ),
            (
                "“This was not a one-off lapse,” she said.",
                "Felicity Quainton",
                "said",
                "",
            ),
            ("“It was a way of doing business.”", "Felicity Quainton", "said", ""),
        ],
        [
            (
                "In a victim impact statement she read herself, Mrs Pirikawa said she still woke at every heavy shower.",
                "Noeline Pirikawa",
                "said",
                "",
            ),
            (
                "“What if my grandson had been in that car?” she asked.",
                "Noeline Pirikawa",
                "asked",
                "",
            ),
            (
                "She said her insurer had paid out $21,300 for the car, but not for the repairs to her driveway.",
                "Noeline Pirikawa",
                "said",
                "W",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Defence counsel Hamish Torrismuir said Mr Oxtonbury had paid for the wall to be removed and rebuilt by another firm at a cost of about $96,000.",
                "Hamish Torrismuir",
                "said",
                "W",
            ),
            (
                "He said his client was “deeply ashamed” and had stopped building walls over 1.5m.",
                "Hamish Torrismuir",
                "said",
                "",
            ),
        ],
        [
            (
                "Judge Anahera Whitcoulter said the company had put profit ahead of safety.",
                "Anahera Whitcoulter",
                "said",
                "",
            )
        ],
        [
            (
                "She set a starting point of $75,000 and gave discounts for the guilty plea and the rebuild.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "“Retaining walls hold up hillsides... and people live under hillsides,” the judge said.",
                "Anahera Whitcoulter",
                "said",
                "",
            ),
            (
                "“I hope every builder in this district reads about this case.”",
                "Anahera Whitcoulter",
                "said",
                "",
            ),
        ],
        [("The company has 28 days to pay.", "", "", "W")],
        [
            (
                "Outside court, Mr Oxtonbury declined to comment.",
                "Grant Elvedale Oxtonbury",
                "declined to comment",
                "",
            )
        ],
        [("Related", "", "", "B")],
        [("Kōwhai Tce residents call for slip survey", "", "", "B")],
        [("Council tightens rules on hillside building consents", "", "", "B")],
        [("Got a news tip? Email the newsroom.", "", "", "B")],
        [("© 2027 Wairangi Chronicle Ltd", "", "", "B")],
        [("Terms · Privacy · Contact", "", "", "B")],
    ],
    [
        [("THE BRACKWILLOW DISPATCH", "", "", "B")],
        [
            (
                "Local | Politics | Environment | Education | Housing | Newsletters | Donate",
                "",
                "",
                "B",
            )
        ],
        [("Housing · Explainer", "", "", "B")],
        [
            (
                "What S.B. 12 would mean for Oregon's 41,000 short-term rentals",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Cities could charge guests up to $15 a night under the bill — here's who pays, who collects and what happens next",
                "",
                "",
                "",
            )
        ],
        [("By Rosalind Quillanberg", "", "", "B")],
        [("March 15, 2027 at 6:00 a.m.", "", "", "B")],
        [("Share · Email · Print", "", "", "B")],
        [
            (
                "Oregon lawmakers will hold the first hearing on Senate Bill 12 on Tuesday at 1 p.m.",
                "",
                "",
                "",
            ),
            (
                "The bill, filed on Jan. 11 by Sen. Corinne Waddesley, D-Astoria, would let any city or county charge a fee of up to $15 a night on stays in short-term rentals.",
                "",
                "",
                "W",
            ),
        ],
        [("What counts as a short-term rental?", "", "", "")],
        [
            (
                "Any home, room or cabin rented for 30 nights or fewer at a time, according to Sec. 1 of the bill.",
                "Sec. 1 of the bill",
                "according to",
                "W",
            ),
            (
                "Hotels and motels are left out, as are campgrounds with more than 25 sites.",
                "",
                "",
                "W",
            ),
        ],
        [("How many are there?", "", "", "")],
        [
            (
                "About 41,200 were listed in the state in 2026, according to Lodgetrack Analytics Inc.",
                "Lodgetrack Analytics Inc.",
                "according to",
                "W",
            ),
            ("That is up from 29,800 in 2021.", "", "", "W"),
            (
                "Nearly a third are in three coastal counties: Clatsop, Lincoln and Tillamook.",
                "",
                "",
                "W",
            ),
        ],
        [("Who would pay the fee?", "", "", "")],
        [
            (
                "Guests would, on top of the state's 2.1% lodging tax and any local lodging tax.",
                "",
                "",
                "W",
            ),
            (
                "The bill caps the fee at $15 a night, or $7.50 for a single room in a home where the owner lives.",
                "",
                "",
                "W",
            ),
        ],
        [("Where would the money go?", "", "", "")],
        [
            (
                "At least 75% of what a city collects would have to be spent on housing for households earning less than 80% of the area's median income, under Sec. 4.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "“Every night a house sits empty for tourists is a night a nurse can't rent it,” Waddesley said at a town hall in Seaside on March 6.",
                "Corinne Waddesley",
                "said",
                "",
            ),
            (
                "“Is $15 really going to stop anyone taking a vacation?",
                "Corinne Waddesley",
                "said",
                "",
            ),
            ("Of course not.”", "Corinne Waddesley", "said", ""),
        ],
        [("Who is against it?", "", "", "")],
        [
            (
                "The Coastal Vacation Hosts Alliance says it has 2,300 members, most of them owners of one or two homes.",
                "The Coastal Vacation Hosts Alliance",
                "says",
                "W",
            ),
            (
                "Its director, Brent Holliswick, said the fee “will push families to book across the river in Washington.”",
                "Brent Holliswick",
                "said",
                "",
            ),
            (
                "He said bookings on the coast fell 9% in 2025 after Clatsop County raised its own lodging tax.",
                "Brent Holliswick",
                "said",
                "W",
            ),
        ],
        [("Has anywhere done this before?", "", "", "")],
        [
            (
                "At least 11 U.S. cities charge a nightly fee on short-term rentals, according to a 2026 survey by the Western Cities Policy Center.",
                "a 2026 survey by the Western Cities Policy Center",
                "according to",
                "W",
            ),
            ("Most of them are mountain towns in the western U.S.", "", "", "W"),
            ("None is in Oregon.", "", "", "W"),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [("What happens next?", "", "", "")],
        [
            (
                "The Senate Housing Committee must vote on the bill by April 9 for it to stay alive this session.",
                "",
                "",
                "",
            ),
            (
                "If it passes both chambers, cities could start charging on Jan. 1, 2028.",
                "",
                "",
                "",
            ),
            ("Written testimony will be accepted until 5 p.m. Monday.", "", "", ""),
            ("The hearing will be streamed on the Legislature's website.", "", "", ""),
        ],
        [
            (
                "This story was produced with support from the Coastline Reporting Fund.",
                "",
                "",
                "B",
            )
        ],
        [
            ("Local reporting like this depends on readers.", "", "", "B"),
            ("Give what you can today.", "", "", "B"),
        ],
        [("Donate", "", "", "B")],
        [("More from Housing", "", "", "B")],
        [("Astoria council weighs limits on new vacation rentals", "", "", "B")],
        [("Rent on the coast rose faster than in Portland last year", "", "", "B")],
        [("© 2027 Brackwillow Dispatch Inc., a nonprofit newsroom.", "", "", "B")],
        [("About · Staff · Ethics policy · Privacy · Contact", "", "", "B")],
    ],
    [
        [
            (
                "NGX ASI 104,322.15 ▲0.84%   |   Naira/USD 1,512.40   |   Brent $78.61",
                "",
                "",
                "B",
            )
        ],
        [("KOBOMARK", "", "", "B")],
        [
            (
                "Markets | Companies | Economy | Banking | Energy | Tech | Opinion",
                "",
                "",
                "B",
            )
        ],
        [("Companies / Earnings", "", "", "B")],
        [
            (
                "Udenwa Cement's 2026 profit jumps 41.7% to N218.6bn on price increases",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Chief executive expects volumes to recover as road projects resume, but warns on gas costs",
                "Olamide Fashagbemi",
                "expects",
                "",
            )
        ],
        [("By Chukwuebuka Anyaoguru", "", "", "B")],
        [("March 17, 2027 | 5:15 pm WAT", "", "", "B")],
        [("Listen to this article · 4 min", "", "", "B")],
        [
            (
                "LAGOS — Udenwa Cement Plc reported a profit after tax of N218.6 billion for the year to December 31, 2026, up 41.7% from N154.3 billion in 2025, the company said in a filing with the Nigerian Exchange on Tuesday.",
                "the company",
                "said in a filing with the Nigerian Exchange",
                "W",
            )
        ],
        [
            (
                "Revenue rose 33.2% to N1.24 trillion, while sales volumes fell 4.8% to 9.7 million tonnes.",
                "",
                "",
                "W",
            ),
            (
                "The company said the rise in revenue came mainly from two price increases, in March and September.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cost of sales rose 28.9%, with spending on gas for its kilns up 52%, according to the filing.",
                "the filing",
                "according to",
                "W",
            ),
            (
                "The board proposed a final dividend of N9.50 per share, against N6.00 a year earlier.",
                "",
                "",
                "W",
            ),
        ],
        [("ALSO READ: Cement makers face new levy on imported clinker", "", "", "B")],
        [
            (
                "Chief executive Olamide Fashagbemi said on a call with analysts that demand had “bottomed out” in the fourth quarter.",
                "Olamide Fashagbemi",
                "said on a call with analysts",
                "",
            ),
            (
                "She said the No. 3 kiln at the company's Arokodo plant was shut for 47 days for maintenance between October and December.",
                "Olamide Fashagbemi",
                "said",
                "W",
            ),
            ("“Will gas prices come down this year?", "Olamide Fashagbemi", "said", ""),
            ("I wouldn't bet on it.”", "Olamide Fashagbemi", "said", ""),
        ],
        [
            (
                "She said she expected volumes to rise by 5% to 7% in 2027 as federal road projects resumed.",
                "Olamide Fashagbemi",
                "said",
                "",
            )
        ],
        [
            (
                "The company also said it had completed the purchase of a 60% stake in a grinding plant in Ghana from Kessingford Building Materials Ltd.",
                "The company",
                "said",
                "W",
            ),
            ("The deal, worth $41 million, closed on February 26.", "", "", "W"),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Analysts at Lagos-based Okoyemi Capital said in a note that the results were “strong but flattered by price”.",
                "Analysts at Lagos-based Okoyemi Capital",
                "said in a note",
                "",
            ),
            (
                "They noted that net debt fell to N96.4bn at the end of December from N171.2bn a year earlier.",
                "Analysts at Lagos-based Okoyemi Capital",
                "noted",
                "W",
            ),
        ],
        [
            (
                "Udenwa's shares closed 3.1% higher at N412.80 on Wednesday, giving the company a market value of about N7.03trn.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "“At nine times earnings, the stock still looks cheap to me,” said Funmilayo Adewoyinmi, head of research at Ivorygate Securities.",
                "Funmilayo Adewoyinmi",
                "said",
                "",
            ),
            (
                "“But what happens if the road projects slip again?”",
                "Funmilayo Adewoyinmi",
                "said",
                "",
            ),
        ],
        [
            (
                "Nigeria's cement consumption fell 6% in 2026 to about 23 million tonnes, according to industry estimates.",
                "industry estimates",
                "according to",
                "W",
            )
        ],
        [
            ("Disclaimer: This article is for information only.", "", "", "B"),
            ("It is not investment advice.", "", "", "B"),
        ],
        [("Topics: Udenwa Cement, Earnings, NGX, Construction", "", "", "B")],
        [("Get the Kobomark app on iOS and Android.", "", "", "B")],
        [("© 2027 Kobomark Media Ltd.", "", "", "B"), ("RC 1648203.", "", "", "B")],
        [("About | Careers | Advertise | Privacy", "", "", "B")],
    ],
    [
        [
            (
                "RED ALERT: Landslide warnings remain in force for Kegalle, Ratnapura and Badulla districts until 6 p.m. Friday",
                "",
                "",
                "B",
            )
        ],
        [("THE LANKA EVENING COURIER", "", "", "B")],
        [
            (
                "Home | News | Business | Sports | Features | Editorial | E-Paper",
                "",
                "",
                "B",
            )
        ],
        [("News › Local", "", "", "B")],
        [
            (
                "Landslides kill 11 in Kegalle as 312 mm of rain falls in a day",
                "",
                "",
                "W",
            )
        ],
        [("By Dilrukshi Wanniarachige and Nuwan Pelpolawatte", "", "", "B")],
        [("Thursday, 18 March 2027 - 09:55 am", "", "", "B")],
        [("Share: Facebook  X  WhatsApp  Viber", "", "", "B")],
        [
            (
                "Soldiers and villagers dig through mud at Meegahapitiya on Wednesday.",
                "",
                "",
                "",
            )
        ],
        [("Pic by Lasantha Kodituwakkara", "", "", "B")],
        [
            (
                "Eleven people were killed and four are missing after landslides buried seven houses in two villages in the Kegalle District on Wednesday morning, the district disaster management unit said.",
                "the district disaster management unit",
                "said",
                "W",
            )
        ],
        [
            (
                "The first slip came down on Meegahapitiya at about 5.40 a.m.",
                "",
                "",
                "W",
            ),
            (
                "A second buried three houses at Udawatteketiya, 4 km away, less than an hour later.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "District Secretary K.M.S. Rathnadewage said 1,842 people from 486 families were staying in 14 temporary shelters, most of them schools and temples.",
                "K.M.S. Rathnadewage",
                "said",
                "W",
            ),
            (
                "“We are asking everyone on the slopes to move now, not tomorrow,” he said.",
                "K.M.S. Rathnadewage",
                "said",
                "",
            ),
            ("“Don't wait for the soil to crack!”", "K.M.S. Rathnadewage", "said", ""),
        ],
        [
            (
                "The Aranayake rain gauge recorded 312.5 mm in the 24 hours to 8.30 a.m. on Wednesday, according to the meteorology department.",
                "the meteorology department",
                "according to",
                "W",
            ),
            (
                "That is more than the district's average for the whole of March.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "More heavy showers above 150 mm are likely in the Sabaragamuwa and Central provinces over the next 48 hours, the department said.",
                "the department",
                "said",
                "",
            )
        ],
        [
            (
                "Sunethra Gamagedara, 46, said she had left her house at Meegahapitiya with her two children at 4 a.m. because water was coming through the back wall.",
                "Sunethra Gamagedara",
                "said",
                "W",
            ),
            (
                "“Twenty minutes later there was no house... only mud,” she said.",
                "Sunethra Gamagedara",
                "said",
                "",
            ),
            ("“Where do we go now?” she asked.", "Sunethra Gamagedara", "asked", ""),
            ("“The land is still moving.”", "Sunethra Gamagedara", "asked", ""),
        ],
        [
            (
                "ALSO READ: Railway line to Badulla closed after slip near Ella",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "The national building research body had issued a Level 3 (red) landslide warning for the Aranayake and Mawanella divisional secretariats at 7 p.m. on Tuesday.",
                "",
                "",
                "W",
            ),
            ("It is not clear how many families had left by then.", "", "", ""),
        ],
        [
            (
                "Army spokesman Col. Ajith Welikandage said 220 soldiers had been sent to the two villages and to Mt. Kandeniya, where a third slip blocked the Kegalle–Bulathkohupitiya road.",
                "Ajith Welikandage",
                "said",
                "W",
            ),
            (
                "He said rescue work would continue through the night if the rain eased.",
                "Ajith Welikandage",
                "said",
                "",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Schools in the Kegalle, Ratnapura and Badulla districts will stay closed on Thursday and Friday, the Education Ministry announced.",
                "the Education Ministry",
                "announced",
                "W",
            )
        ],
        [
            (
                "Landslides killed 19 people in the same district in June 2011, the deadliest disaster in the area in living memory.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Residents of Udawatteketiya said they had complained about a quarry above the village for years.",
                "Residents of Udawatteketiya",
                "said",
                "W",
            ),
            (
                "The district's mining licensing office declined to comment on the quarry on Wednesday.",
                "The district's mining licensing office",
                "declined to comment",
                "",
            ),
        ],
        [("Relief information: call the emergency hotline on 117.", "", "", "B")],
        [("Related News", "", "", "B")],
        [("Colombo low-lying areas flooded as Kelani rises", "", "", "B")],
        [("Tea estates count damage after hailstorm in Nuwara Eliya", "", "", "B")],
        [
            ("Copyright © 2027 Lanka Evening Courier (Pvt) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("Privacy | Terms | Advertise | Contact", "", "", "B")],
    ],
    [
        [("THE WESTERN TIDINGS", "", "", "B")],
        [
            (
                "News | Sport | Opinion | Farming | Property | Obituaries | Subscribe",
                "",
                "",
                "B",
            )
        ],
        [("Opinion", "", "", "B")],
        [
            (
                "Charging €2.40 an hour to park in Kilbrenagh is a tax on the people who kept the town alive",
                "",
                "",
                "",
            )
        ],
        [
            (
                "The council's plan will empty Main Street faster than the bypass ever did, writes Aoife Tarrenvagh",
                "Aoife Tarrenvagh",
                "writes",
                "",
            )
        ],
        [("Aoife Tarrenvagh", "", "", "B")],
        [("Sat 20 Mar 2027 at 07:00", "", "", "B")],
        [("Share     Post     Email", "", "", "B")],
        [
            (
                "There was a time, not so long ago, when you could pull up outside Harvanagh's hardware on Main St. and leave the engine running while you ran in for a bag of nails.",
                "",
                "",
                "",
            ),
            ("Those days are nearly gone.", "", "", ""),
        ],
        [
            (
                "Under a plan published by the county council on March 4, parking on Main Street and Chapel Lane will cost €2.40 an hour from June 1.",
                "",
                "",
                "W",
            ),
            (
                "The council expects the charges to raise €310,000 a year, according to the report that went to councillors.",
                "the report that went to councillors",
                "according to",
                "W",
            ),
        ],
        [
            (
                "€310,000 sounds like a lot, until you set it against what the town stands to lose.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "On Thursday morning I counted the empty shopfronts on Main St.",
                "",
                "",
                "W",
            ),
            ("There were 14 of them, out of 61.", "", "", "W"),
            (
                "In 2015, when I started writing this column, there were four.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Is that all the council's fault?", "", "", ""),
            ("Not all of it.", "", "", ""),
            (
                "Online shopping, the bypass and the closure of the last bank branch in 2019 all played their part.",
                "",
                "",
                "W",
            ),
            ("But a town centre is a habit, and habits are easy to break.", "", "", ""),
        ],
        [
            (
                "The council's own survey, carried out in October, found that 58% of people who shop on Main Street drive there, and 71% of those stay less than 30 minutes.",
                "The council's own survey",
                "found",
                "W",
            )
        ],
        [
            (
                "“They'll go out to the retail park on the Ennistown road, where parking is free!” said Declan Harvanagh.",
                "Declan Harvanagh",
                "said",
                "",
            ),
            ("His family has run the hardware shop since 1962.", "", "", "W"),
            ("“Would you blame them?”", "Declan Harvanagh", "said", ""),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Cllr. Siobhán Kearnsmore, who chairs the council's transport committee, told me the charges were needed to pay for two new car parks and a free town bus.",
                "Siobhán Kearnsmore",
                "told me",
                "",
            ),
            (
                "She said the council had spent €1.2m on the Fair Green car park since 2024, and that the No. 2 bus would run every 20 minutes from the retail park.",
                "Siobhán Kearnsmore",
                "said",
                "W",
            ),
            (
                "“Nobody likes paying for parking, and I understand that,” she said.",
                "Siobhán Kearnsmore",
                "said",
                "",
            ),
        ],
        [
            ("Fair enough.", "", "", ""),
            (
                "But a free bus from a car park nobody uses to a street nobody visits isn't a plan... it's a hope.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Read more: Kilbrenagh bypass ten years on — what the traffic counts say",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Here's a modest proposal: keep the first hour free, e.g. with a disc in the windscreen, and charge after that.",
                "",
                "",
                "",
            ),
            (
                "Ennistown did exactly that in 2021, and its vacancy rate fell from 19% to 12% in three years, according to the Chamber of Commerce there.",
                "the Chamber of Commerce there",
                "according to",
                "W",
            ),
            ("Why not try it here?", "", "", ""),
        ],
        [
            ("Councillors vote on the plan on April 6 at 3 p.m.", "", "", ""),
            ("There's still time to tell them what you think.", "", "", ""),
            (
                "If they don't listen, don't be surprised when the next empty shopfront is your favourite one.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Aoife Tarrenvagh runs a secondhand bookshop in Kilbrenagh.", "", "", "B"),
            ("Her column appears every Saturday.", "", "", "B"),
        ],
        [("The views expressed here are the writer's own.", "", "", "B")],
        [("More Opinion", "", "", "B")],
        [("Letters: The greenway is for walkers, not e-scooters", "", "", "B")],
        [
            (
                "Farming column: Why I'm keeping the suckler herd another year",
                "",
                "",
                "B",
            )
        ],
        [
            ("© Western Tidings Newspapers Ltd. 2027.", "", "", "B"),
            ("Registered office: 3 Bridge St., Kilbrenagh, Co. Galway.", "", "", "B"),
        ],
        [("Contact | Advertise | Privacy | Cookie policy", "", "", "B")],
    ],
]

CASES = [
    (
        "n120-sco-initials-ellipsis",
        "The island's GP, Dr R.J. Coullvane, said he held a surgery on Inchvarra every Tuesday and Friday and would now have to stay overnight on the island twice a week. “I'll manage... but I'm not sure my patients on the mainland side will.”",
        [
            "The island's GP, Dr R.J. Coullvane, said he held a surgery on Inchvarra every Tuesday and Friday and would now have to stay overnight on the island twice a week.",
            "“I'll manage... but I'm not sure my patients on the mainland side will.”",
        ],
    ),
    (
        "n120-sco-ltd-no",
        "Published by Strathvorlan Media Ltd. Registered in Scotland No. SC418207. Registered office: 4 Harbour Brae, Portnacrag.",
        [
            "Published by Strathvorlan Media Ltd.",
            "Registered in Scotland No. SC418207.",
            "Registered office: 4 Harbour Brae, Portnacrag.",
        ],
    ),
    (
        "n120-ph-sec-start",
        "“We expect prices to ease within weeks, not months,” he said. Sec. 2 of the order lets the tariff return to 15% early if farmgate prices of unmilled rice fall below 17 pesos per kg, according to a copy seen by Quorrandel.",
        [
            "“We expect prices to ease within weeks, not months,” he said.",
            "Sec. 2 of the order lets the tariff return to 15% early if farmgate prices of unmilled rice fall below 17 pesos per kg, according to a copy seen by Quorrandel.",
        ],
    ),
    (
        "n120-ph-inc-brokerage",
        "Rice makes up 8.9% of the consumer price index basket, according to a note from Kalumpasig Securities Inc. The brokerage expects the cut to take 0.2 percentage points off inflation by June.",
        [
            "Rice makes up 8.9% of the consumer price index basket, according to a note from Kalumpasig Securities Inc.",
            "The brokerage expects the cut to take 0.2 percentage points off inflation by June.",
        ],
    ),
    (
        "n120-ph-corp-all",
        "Quorrandel is the news division of Quorrandel Holdings Corp. All content © 2027.",
        [
            "Quorrandel is the news division of Quorrandel Holdings Corp.",
            "All content © 2027.",
        ],
    ),
    (
        "n120-jm-rd-pm",
        "Caribwell Water Company Ltd. said a new pump was installed on Monday, but a burst main was found on Ridge Rd. the following morning. The company said in a statement at 4 p.m. on Wednesday that supply would return “on a phased basis” from Friday.",
        [
            "Caribwell Water Company Ltd. said a new pump was installed on Monday, but a burst main was found on Ridge Rd. the following morning.",
            "The company said in a statement at 4 p.m. on Wednesday that supply would return “on a phased basis” from Friday.",
        ],
    ),
    (
        "n120-jm-wait-ellipsis",
        "“We buy water like we buy food,” she said. “How long must we wait? Three weeks now... and nobody comes to tell us anything.”",
        [
            "“We buy water like we buy food,” she said.",
            "“How long must we wait?",
            "Three weeks now... and nobody comes to tell us anything.”",
        ],
    ),
    (
        "n120-jm-mr-jp",
        "Councillor for the Pennivale division, Mr. Desmond Ogilvane, J.P., said he had written to the company on February 24 and again on March 2. He said trucks sent by the municipal corporation delivered 42,000 gallons last week.",
        [
            "Councillor for the Pennivale division, Mr. Desmond Ogilvane, J.P., said he had written to the company on February 24 and again on March 2.",
            "He said trucks sent by the municipal corporation delivered 42,000 gallons last week.",
        ],
    ),
    (
        "n120-za-jj",
        "The Falcons had posted 287/6, built on a fourth-wicket stand of 162 between their captain, J.J. van Tonderveld, and Ruan Aswegenhof. Van Tonderveld made 103, his third hundred of the season.",
        [
            "The Falcons had posted 287/6, built on a fourth-wicket stand of 162 between their captain, J.J. van Tonderveld, and Ruan Aswegenhof.",
            "Van Tonderveld made 103, his third hundred of the season.",
        ],
    ),
    (
        "n120-za-mom-exclaim",
        "“I just told myself to watch the ball... not the scoreboard,” Ngqamakwe said. “My mom was here! She's never seen me bat in a final before.”",
        [
            "“I just told myself to watch the ball... not the scoreboard,” Ngqamakwe said.",
            "“My mom was here!",
            "She's never seen me bat in a final before.”",
        ],
    ),
    (
        "n120-za-can-no",
        "He said the Falcons had dropped three catches in the last 10 overs. “Can you win a final doing that?” he asked. “No. Not against a side like that.”",
        [
            "He said the Falcons had dropped three catches in the last 10 overs.",
            "“Can you win a final doing that?” he asked.",
            "“No.",
            "Not against a side like that.”",
        ],
    ),
    (
        "n120-ca-dr-ellipsis",
        "Lead author Dr. Anneliese Vorstrommel said the rate of loss had roughly doubled since 2015. “Honestly, I expected bad news... just not this much of it,” she said. “Will there be ice up there when my kids are my age? I'd like to think so.”",
        [
            "Lead author Dr. Anneliese Vorstrommel said the rate of loss had roughly doubled since 2015.",
            "“Honestly, I expected bad news... just not this much of it,” she said.",
            "“Will there be ice up there when my kids are my age?",
            "I'd like to think so.”",
        ],
    ),
    (
        "n120-ca-rd-aug",
        "Mayor Priya Sandhuvale said the district would start planning a second intake on Loon Lake Rd. this spring. She said water use in the district peaked at 11.2 million litres on Aug. 9 last year, when a watering ban was in force.",
        [
            "Mayor Priya Sandhuvale said the district would start planning a second intake on Loon Lake Rd. this spring.",
            "She said water use in the district peaked at 11.2 million litres on Aug. 9 last year, when a watering ban was in force.",
        ],
    ),
    (
        "n120-ca-inc-opt",
        "Signing up means you agree to get this newsletter from Skeenavale Media Inc. Opt out whenever you like through the link at the bottom of any email.",
        [
            "Signing up means you agree to get this newsletter from Skeenavale Media Inc.",
            "Opt out whenever you like through the link at the bottom of any email.",
        ],
    ),
    (
        "n120-au-ltd-tunnel",
        "The budget sets aside $640m for the western rail link, most of it for a contract already signed with Wirrabelong Rail Pty Ltd. Tunnelling is due to start in September, the papers say. Under Pt. 4 of the state's budget transparency law, the Treasurer must publish the contract's total value within 30 days.",
        [
            "The budget sets aside $640m for the western rail link, most of it for a contract already signed with Wirrabelong Rail Pty Ltd.",
            "Tunnelling is due to start in September, the papers say.",
            "Under Pt. 4 of the state's budget transparency law, the Treasurer must publish the contract's total value within 30 days.",
        ],
    ),
    (
        "n120-zm-am-estimate",
        "A: The north wall of the tailings dam failed at about 2 a.m. on February 21. Our engineers estimate 180,000 cubic metres of slurry left the dam, and about a third of it reached the stream. Nobody was hurt, thank God.",
        [
            "A: The north wall of the tailings dam failed at about 2 a.m. on February 21.",
            "Our engineers estimate 180,000 cubic metres of slurry left the dam, and about a third of it reached the stream.",
            "Nobody was hurt, thank God.",
        ],
    ),
    (
        "n120-zm-si-no",
        "A: I won't guess at a figure today. The maximum under S.I. No. 14 of 2024 is 500,000 fee units per breach, which is about K150,000. Is that enough to frighten a big mining house? No.",
        [
            "A: I won't guess at a figure today.",
            "The maximum under S.I. No. 14 of 2024 is 500,000 fee units per breach, which is about K150,000.",
            "Is that enough to frighten a big mining house?",
            "No.",
        ],
    ),
    (
        "n120-zm-mr-hk",
        "Q: The company's chairman, Mr. H.K. Chisangwe, told shareholders the spill was “an act of God.” Your answer?",
        [
            "Q: The company's chairman, Mr. H.K. Chisangwe, told shareholders the spill was “an act of God.”",
            "Your answer?",
        ],
    ),
    (
        "n120-nz-ltd-pleaded",
        "Grant Elvedale Oxtonbury, 54, was sentenced on Friday after his company, Oxtonbury Build Ltd., pleaded guilty in January to two charges under the Building Act. The company was also ordered to pay $12,400 in reparation to the neighbour, Noeline Pirikawa.",
        [
            "Grant Elvedale Oxtonbury, 54, was sentenced on Friday after his company, Oxtonbury Build Ltd., pleaded guilty in January to two charges under the Building Act.",
            "The company was also ordered to pay $12,400 in reparation to the neighbour, Noeline Pirikawa.",
        ],
    ),
    (
        "n120-nz-grandson-asked",
        "In a victim impact statement she read herself, Mrs Pirikawa said she still woke at every heavy shower. “What if my grandson had been in that car?” she asked. She said her insurer had paid out $21,300 for the car, but not for the repairs to her driveway.",
        [
            "In a victim impact statement she read herself, Mrs Pirikawa said she still woke at every heavy shower.",
            "“What if my grandson had been in that car?” she asked.",
            "She said her insurer had paid out $21,300 for the car, but not for the repairs to her driveway.",
        ],
    ),
    (
        "n120-us-pm-sen",
        "Oregon lawmakers will hold the first hearing on Senate Bill 12 on Tuesday at 1 p.m. The bill, filed on Jan. 11 by Sen. Corinne Waddesley, D-Astoria, would let any city or county charge a fee of up to $15 a night on stays in short-term rentals.",
        [
            "Oregon lawmakers will hold the first hearing on Senate Bill 12 on Tuesday at 1 p.m.",
            "The bill, filed on Jan. 11 by Sen. Corinne Waddesley, D-Astoria, would let any city or county charge a fee of up to $15 a night on stays in short-term rentals.",
        ],
    ),
    (
        "n120-us-us-none",
        "At least 11 U.S. cities charge a nightly fee on short-term rentals, according to a 2026 survey by the Western Cities Policy Center. Most of them are mountain towns in the western U.S. None is in Oregon.",
        [
            "At least 11 U.S. cities charge a nightly fee on short-term rentals, according to a 2026 survey by the Western Cities Policy Center.",
            "Most of them are mountain towns in the western U.S.",
            "None is in Oregon.",
        ],
    ),
    (
        "n120-us-jan-pm",
        "If it passes both chambers, cities could start charging on Jan. 1, 2028. Written testimony will be accepted until 5 p.m. Monday. The hearing will be streamed on the Legislature's website.",
        [
            "If it passes both chambers, cities could start charging on Jan. 1, 2028.",
            "Written testimony will be accepted until 5 p.m. Monday.",
            "The hearing will be streamed on the Legislature's website.",
        ],
    ),
    (
        "n120-ng-no3-gas",
        "She said the No. 3 kiln at the company's Arokodo plant was shut for 47 days for maintenance between October and December. “Will gas prices come down this year? I wouldn't bet on it.”",
        [
            "She said the No. 3 kiln at the company's Arokodo plant was shut for 47 days for maintenance between October and December.",
            "“Will gas prices come down this year?",
            "I wouldn't bet on it.”",
        ],
    ),
    (
        "n120-ng-ltd-deal",
        "The company also said it had completed the purchase of a 60% stake in a grinding plant in Ghana from Kessingford Building Materials Ltd. The deal, worth $41 million, closed on February 26.",
        [
            "The company also said it had completed the purchase of a 60% stake in a grinding plant in Ghana from Kessingford Building Materials Ltd.",
            "The deal, worth $41 million, closed on February 26.",
        ],
    ),
    (
        "n120-lk-am-second",
        "The first slip came down on Meegahapitiya at about 5.40 a.m. A second buried three houses at Udawatteketiya, 4 km away, less than an hour later.",
        [
            "The first slip came down on Meegahapitiya at about 5.40 a.m.",
            "A second buried three houses at Udawatteketiya, 4 km away, less than an hour later.",
        ],
    ),
    (
        "n120-lk-col-mt",
        "Army spokesman Col. Ajith Welikandage said 220 soldiers had been sent to the two villages and to Mt. Kandeniya, where a third slip blocked the Kegalle–Bulathkohupitiya road. He said rescue work would continue through the night if the rain eased.",
        [
            "Army spokesman Col. Ajith Welikandage said 220 soldiers had been sent to the two villages and to Mt. Kandeniya, where a third slip blocked the Kegalle–Bulathkohupitiya road.",
            "He said rescue work would continue through the night if the rain eased.",
        ],
    ),
    (
        "n120-ie-st-there",
        "On Thursday morning I counted the empty shopfronts on Main St. There were 14 of them, out of 61. In 2015, when I started writing this column, there were four.",
        [
            "On Thursday morning I counted the empty shopfronts on Main St.",
            "There were 14 of them, out of 61.",
            "In 2015, when I started writing this column, there were four.",
        ],
    ),
    (
        "n120-ie-free-said",
        "“They'll go out to the retail park on the Ennistown road, where parking is free!” said Declan Harvanagh. His family has run the hardware shop since 1962. “Would you blame them?”",
        [
            "“They'll go out to the retail park on the Ennistown road, where parking is free!” said Declan Harvanagh.",
            "His family has run the hardware shop since 1962.",
            "“Would you blame them?”",
        ],
    ),
    (
        "n120-ie-cllr-no",
        "Cllr. Siobhán Kearnsmore, who chairs the council's transport committee, told me the charges were needed to pay for two new car parks and a free town bus. She said the council had spent €1.2m on the Fair Green car park since 2024, and that the No. 2 bus would run every 20 minutes from the retail park. “Nobody likes paying for parking, and I understand that,” she said.",
        [
            "Cllr. Siobhán Kearnsmore, who chairs the council's transport committee, told me the charges were needed to pay for two new car parks and a free town bus.",
            "She said the council had spent €1.2m on the Fair Green car park since 2024, and that the No. 2 bus would run every 20 minutes from the retail park.",
            "“Nobody likes paying for parking, and I understand that,” she said.",
        ],
    ),
]
