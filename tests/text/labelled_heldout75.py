"""Seventy-fifth held-out set of hand-labelled pages for the hint engines (held out, round forty-five): never tuned on.

Twelve ORDINARY WHOLE news pages, head to tail, as a newsroom reviewer would paste them from
everyday English-language sites in twelve countries (Wales, Kenya, Canada, India, Jamaica,
Australia, the United States, Nigeria, Ireland, Malaysia, New Zealand and Zambia): a regional daily
(seven subsidised bus routes withdrawn to save £1.3m), a national daily's county page (the High
Court suspends a new Sh120 market levy), a local news site (a city budget with a 5.4 per cent tax
rise), a national daily's city page (a fee panel caps school fee rises at 9% and orders refunds), a
broadcaster's news site (police seize four guns and 260 rounds), a regional broadcaster (hailstorms
and 480 calls for help), a nonprofit local news site (a furniture plant closes with 340 jobs), a
national daily's politics page (a state assembly passes a N612.4bn budget as the minority walks
out), a regional paper's sport page (a county hurling final), and two news portals and a national
daily carrying wire and staff copy (dengue cases up 31 pct; a club treasurer's theft and home
detention; a maize purchase price of K310 a bag): transport, courts, city hall, education, crime,
weather, business, politics, sport and health. Each page carries its site's own furniture worded its
own way: mastheads, menus, section paths, bylines, date lines, share strips, a cookie block,
newsletter, app, ePaper, donation and WhatsApp prompts, captions and credits, in-story links and
advertisement labels, related and most-read lists, tags, comment chrome, author bio, wire sign-offs,
registration and copyright lines, footers. The stories hold what ordinary journalism holds: figures
and dates of record beside opinions and feelings in quotes, hedges ("could", "might", "unlikely"),
plans and schedules, forecasts, appeals, and speakers of every kind (officials with local titles,
lawyers, judges, spokespeople, organisations, documents through "according to", residents).

What is hard in them: furniture that reads like prose (a consent line, a donation appeal, an author
bio, a comments disclaimer, a carried-in-full note, an acknowledgement of Traditional Custodians);
headlines and standfirsts that state facts or plans; titles to drop ("Cllr", "Coun.", "Mayor",
"Justice", "Senior Superintendent", "Dr.", "Rt. Hon.", "Hon.", "Mr.", "Datuk Dr", "State Sen.",
"Judge") and initials to keep ("R. V. Salunkhedkar", "S. Pavithrakumar"); pronoun, surname and
given-name cues ("Noraini said") that resolve to the full name; generic nouns kept as written ("The
report", "the summary", "The union", "the council", "The company"); quotes over two or three
sentences, quotes opened without closing and quotes continued after their attribution; and splits
after abbreviations that end a sentence ("Ltd.", "p.m.", "a.m.", "Sask.", "Va.", "Sdn. Bhd.", "Jan.
1.") or do not ("Dr.", "Ave.", "Fr.", "Coun.", "Mr.", "Rt. Hon.", "Dec. 9", "Nov. 24", "R. V.",
"S."), decimals and times ("$6,312.08.", "18.4 pct.", "4.52pm.", "9.45am,"), and quotes with "?" or
"!" before their attribution. The pages hold 518 sentences: 222 "B", 160 "W" and 136 ""; 196
sentences carry a speaker (87 distinct speakers). `STYLES` describes each page, its story, its
speakers and its furniture in order.

Written from scratch for issue 13 in round forty-five, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README was opened; `claimreview` was never imported, and no test, scorer,
engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied from
anywhere. What was read: the brief (`/tmp/brief` was listed; it held only the brief); `/tmp/sets`
was passed to `ls` once, early on, with its output thrown away (`| head -0`), so nothing in it was
seen; no file there was opened, and it was written to only for this file; the module docstrings of
`labelled_new.py` and `labelled_new2.py` (printed whole with `ast.get_docstring`); `def build` in
`tests/text/labelled_articles.py` (printed with `ast.get_source_segment` of that function only); the
`[tool.ruff]`, `[tool.ruff.lint]` and `[tool.ruff.lint.per-file-ignores]` tables of `pyproject.toml`
(a `sed` address range from `[tool.ruff` to the next other `[tool.` table); from
`labelled_new107.py` and `labelled_new108.py`, the output of a script of my own using `ast` that
prints the module docstring, `STYLES`, the first two pages of `ARTICLES` and the first eight `CASES`
of each: printed once (the tool cut its middle, so only the start of the docstring of
`labelled_new107.py`, the start of its `STYLES`, and the end of the first page, the second page and
the cases of `labelled_new108.py` were seen then), then saved to a scratch file, of which a `grep
-n` of its section markers, a `wc -l` and five `sed` ranges were printed: the `STYLES` of
`labelled_new107.py` (lines cut at 3,000 characters) and about the first 120 lines of its first
page; its eight cases (lines cut at 400 characters); the docstring and `STYLES` of
`labelled_new108.py` (lines cut at 4,000 characters); and about the first 70 lines of its first page
(lines cut at 300 characters). So the rest of the first page and the whole second page of
`labelled_new107.py`, and part of the middle of the first page of `labelled_new108.py`, were never
seen. No other page, case or docstring of any file under `tests/` was read. What was run: a Python
one-liner printing the calendars of November and December 2026 (to check weekdays); scripts of my
own in a scratch folder that turn a small line format (flag, speaker, cue and text separated by a
tilde, one line a paragraph unless it starts with "+", aliases for speakers, case marks) into the
literals below, apply renames, cut the split cases out of the pages, print the labelled sentences
for review, and count sentences, flags and speakers; per-word file counts over `tests/text` (`grep
-rliwF -- WORD /work/main/tests/text | wc -l` for every capitalised word of the pages, `grep -rliF`
for each coined name and candidate replacement, and, once, for eight coined words, a count of files
holding both it and another coined word, through `xargs grep -liwF ... | wc -l`); an import of this
file with `build` on every page and checks of the four string fields, the flags, no "B" with a
speaker, a cue for every speaker and a speaker for every cue, 30 distinct case ids, every case's
expected sentences equal to consecutive labelled sentences of one paragraph and its text equal to
them joined by single spaces, and the counts above; and `ruff format` and `ruff check` (the
project's `.venv`) with the project's `pyproject.toml` as config, the check also through
`--stdin-filename tests/text/labelled_heldout75.py` so that the per-file ignores for `tests/**`
apply. Only counts were read from the word searches, never the matched lines or file names; they ran
through every file under `tests/text`, including ones this set must not open. The first draft's
coined surnames, outlets, places and firms hit about forty-five words of other files, nearly all in
exactly one file (Trefaldwyn, Prydderch, Madoc, Glasfryn, Chepkurgat, Ashdown, Tremblay, Fennimore,
Harrowgate, Cedarvale, Konkan, Meridian, Sharvari, Pathrikar, Ravensmere, Tamarind, Kurrajine,
Wollomby, Quillfeather, Lowvale, Brisquet, Ambergate, Dettweiler, Quimbley, Calloway, Harmattan,
Mulqueeney, Dunleavey, Rathmoyle, Hesketh, Mangan, Bourkeley, Moriartagh, Cloonbrack, Seriwangsa,
Tarakihi, Whitmarsh, Tokorangi, Drummelow, Pennefeather, Tautahi, Lowrie, Luangwa, Quarry and
Chilufya); each was renamed, and replacements that hit as well (Marcheterre, Pettibrook,
Larkwhistle, Coolabrin, Ashlocke, Fenwicke, Heskin, Lundie, Kafulwe, Yarrowby, Yarrabinda,
Quellbrook, Mahoe, Breadnut) were replaced again; then the parts of compound names that hit (Alabi,
Harte, Crisp, Sands, Phiri) were dropped or replaced, and Pimento and Ginger were replaced. Only
replacements with no hit were kept. What still hits is real places and regions (Nakuru, Pune, St
Catherine, Spanish Town, the Hunter, Greensboro, Virginia, Ilorin, Kwara, Munster, Limerick, Shah
Alam, Selangor, Petaling, Hulu Langat, Klang, Manawatū, Palmerston North, Lusaka and the like),
common given names (Hywel, Meirion, Gwenllian, Sioned, Glenys, Philomena, Beatrice, Joseph, Timothy,
Priyanka, Corinne, Dwayne, Harold, Anand, Nikhil, Lloyd, Andrea, Tamsin, Jodie, Nathaniel, Dale,
Maree, Russell, Garrett, Tricia, Dennis, Jolene, Marla, Kyle, Lonnie, Loretta, Yakubu, Kehinde,
Donnacha, Eoin, Fiachra, Cillian, Pádraig, Ger, Azhar, Lorraine, Hamish, Aroha, Mere, Grant, Reuben,
Chanda, Natasha, Mwila, Chola, Odhiambo and the like), Welsh, Irish and Malay words (Heol, Pentre,
Ysbyty, Gardaí, Gaels, Taman, Bukit, Jaya, Terkini, Nasional, Bisnes, Sukan, Hak), common and outlet
words (Leader, Times, Today, Voice, Chronicle, Star, News, Forks, Vale, Agrarian, Smallholder and
the like), currency and unit tokens, and titles and abbreviations kept or dropped on purpose (Cllr,
Coun, Dr, Mr, Ms, Hon, Rt, Sen, Datuk, Ltd, Inc, PLC, Pvt, Sdn, Bhd, DAC, ABN, IST, CST).

Every person, outlet, wire service, station, firm, council, court case, association, forum, union,
institute, club, school, hall, park, market, road, street, village, town and figure is invented.
Real countries, regions, cities and institutions appear only as settings: those listed above, the
Welsh Government (through "A Welsh Government spokesperson"), the High Court in Nakuru, the Kwara
State House of Assembly, the Palmerston North District Court, the Health Ministry (through its
bulletin), the CBSE and ICSE boards, the Munster club championship, and the Wonnarua people in an
acknowledgement of Traditional Custodians; Facebook, X, WhatsApp, Telegram, Twitter, iOS and Android
appear only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, menu, section path, byline, date line, share line, caption, credit,
link, list item, number, button, form line, scorer line and legal line is a paragraph of its own);
each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". Furniture is
"B" line by line, whatever it says; a caption by its content and its credit "B"; headlines and
standfirsts are never split and are flagged by content; a dateline belongs to its lead sentence; a
speaker is the full name as first given without titles (a pronoun, later surname, given name or "the
judge" resolves to it); "according to X" gives X as written; a quote over several sentences carries
its speaker and cue in each; a named person acting without a verb of saying carries no speaker
("Justice ... issued the conservatory orders", "Judge ... ordered her to pay"); sport data lines are
"" and their box title "B".

Conventions this set had to settle, in the same spirit:

* A later generic noun for a DOCUMENT or an ORGANISATION is kept as written ("The report", "the
  summary", "The union", "The company", "the council", "The SES", "The bureau", "The municipal
  council"), while a later "The spokesperson" for an unnamed PERSON resolves, like a pronoun, to the
  description as first given ("A Welsh Government spokesperson"); a descriptor before a proper name
  is dropped ("Electricity distributor Ulwenna Networks" -> "Ulwenna Networks").
* A headline or standfirst with "X says" carries X as the story first names it ("Furniture maker
  says ..." -> "Haverlin Casegoods Inc.", the lead's own "the company said" kept as written); a
  standfirst's bare "Traders say" carries "Traders"; a standfirst with no verb of saying carries no
  speaker.
* "could not be reached for comment", "would not say", "urged", "added", "has announced" and "has
  forecast" are cues; "welcomed the seizures but said" carries the cue "said"; "the order shows"
  carries "the order"; "said in a sworn affidavit", "said in her ruling", "said in a victim impact
  statement" and "said in a statement" are kept whole.
* A quote continued after an "asked" attribution keeps the cue "asked" ("How do you scrutinise ...?"
  he asked. / "We will not be part of a rubber stamp.").
* A member of the public's own bills, fares, fences and routines are "" (a pensioner's taxi fare, a
  father's fees, a homeowner's tax bill, a farmer's fencing); an official's or organisation's figure
  is "W" even inside a quote ("Of the 46, only nine submitted their accounts on time.", "Fertiliser
  alone went up by 18 per cent this year.").
* Plans, schedules, forecasts and hedges are "" even with a date or figure (timetables before
  Christmas, tax notices in May, a job fair on Dec. 9, purchases from December 1, arrears by
  December 15, a top of 33 degrees); a date fixed by a court or a law, a vote, an adjournment and a
  fixture are "W" (a mention on December 14, "The budget takes effect Jan. 1.", a quarter-final on
  December 6).
* A police appeal with a phone number at the end of a story is "" (story, not furniture); a wire
  sign-off ("-- SERIPERTIWI", "- NZN") and a portal's carried-in-full note are "B".
* A copyright line with a second sentence is split ("© 2026 Tarenni Newspapers Ltd." / "All rights
  reserved."); "Fergusmore Voice Newspapers DAC, Registered in Ireland No. 488217." is one sentence.
* Titles and roles dropped from speakers: Cllr, Coun., Mayor, Justice, Judge, County Executive
  Committee Member for Trade, Senior Superintendent, Member of Parliament, Dr., Dr, Datuk Dr, Rt.
  Hon., Hon., Mr., Mr, Ms, State Sen., President and CEO, Economic Development Director, Deputy
  Director of Education (Pune region), Crown prosecutor, Defence lawyer, SES Hunter zone commander,
  senior meteorologist, retired district judge, managers', captain's and chairman's roles.

`HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of two
or three consecutive sentences of one paragraph of these pages joined by single spaces, chosen where
splitting is hard: "Ltd." before "Its", "p.m." before "The", "a.m." before "Residents", "Sask."
before a name, "Va." before "About", "Sdn. Bhd." before "The company", "Dr." and "Ave." and "Fr."
and "Rt. Hon." and "Mr." mid-sentence, initials, "4.52pm." and "7am" before a quote or "It said",
quotes with "?" or "!" before their attribution, quotes opened without closing and continued after
their attribution: what a reviewer wants, not what the engine does.
"""

STYLES = [
    'Welsh REGIONAL DAILY\'s site (Cwm Tarenni, Caerwenlli), transport: the county borough\'s cabinet votes 6-1 to withdraw seven subsidised bus routes to save £1.3m: headline and standfirst "W"; the lead and the vote "W"; the cabinet member with "Cllr" dropped (a budget gap "W", a two-sentence quote, the first "" and the second with a cost per passenger "W", a plan ""); "Ltd." ending a sentence before "Its managing director ..." (jobs kept ""); an Independent councillor ("400 older residents" "W", a question quote "?" she asked." "", a motion "" with "Cllr" and surname only); "According to a report to cabinet" and "The report says" "W"; a pensioner with a three-sentence quote about her own bus and taxi ""; "A Welsh Government spokesperson" as written and later "The spokesperson" resolved to it; the list of routes "W" and "the council said" "" (masthead in capitals, menu with wide spaces, section path with ›, byline and role on two lines, date line in capitals with "Updated", share line with a comment count, caption "" and bracketed image credit, READ MORE link, Advertisement, newsletter box with email field, button and a two-sentence consent line, More On tags, a numbered Most Read list with numbers on their own lines, copyright split at "Ltd." before "All rights reserved.", footer links)',
    'Kenyan NATIONAL DAILY\'s county page (Nakuru), courts: the High Court suspends a new Sh120 daily market levy: headline "W" and a standfirst with "Traders say" "W"; the court\'s orders and the judge issuing them with no speaker "W"; the petition "says" carried by the traders\' association as the story names it; the association chairman "said in a sworn affidavit" "W"; the judge "said in her ruling" and "She said" (a ruling and a mention date "W"); the county trade executive with his role dropped (obeying and defending the levy "", a quote told to the paper "", money collected "W"); counsel who "told the court" "W"; a tomato seller\'s quote over three sentences ending "?" she asked." ""; "according to the county\'s budget estimates" "W"; a vote count, a boycott and a mention date "W" (masthead in capitals, menu with pipes, section path with a slash, byline and place on two lines, date line with "Updated 3 hrs ago", share line, caption "" and a PHOTO credit line with pipes, ALSO READ link, ADVERTISEMENT, ePaper prompt in two sentences, Related Stories, tags line, copyright split at "PLC." before "All rights reserved.", footer links)',
    'Canadian LOCAL NEWS SITE (Brackensford, Saskatchewan), city hall: council passes its 2027 budget with a 5.4 per cent tax rise: a two-sentence cookie notice and buttons at the head; headline "W"; the vote "at 11:40 p.m." ending a sentence before "The meeting had begun at 9 a.m. on Monday." "W"; "according to city administration" "W"; budget lines and a fare freeze "W"; the mayor with "Mayor" dropped (opinions and a two-sentence quote ""); a councillor with "Coun." who voted against (his motion with "Stanbridgeworth Ave." mid-sentence "W", the motion failing "W", a quote and a continued question ""); the chief financial officer who "told council" and "She said" "W"; a resident with "Dr." in his street name (his own tax bill and quote ""); "Sask." ending a sentence before the other city\'s increase "W"; the date the budget takes effect "W" and a mailing plan "" (site name, weather strip, menu with wide spaces, section label, byline name alone, Posted and Last Updated lines with CST, share line, caption "" and credit in brackets, ADVERTISEMENT, RELATED link, a news-tip line split at "?", comments chrome, copyright, footer links)',
    'Indian NATIONAL DAILY\'s city page (Pune), education: a fee regulatory committee caps fee rises at 9% for 46 private schools and orders refunds: headline "W", standfirst without a speaker ""; the order and its deadline "according to the order" and "the order shows" "W"; the committee chairman with initials "R. V." and his role dropped (a finding "W", a quote "" continued by a count of accounts "W", a later surname cue ""); a parents\' forum president (complaints "W", a quote over two sentences and a plan ""); a school managements\' association secretary (salary costs "W", a two-sentence quote ""); the law "W"; a deputy director of education with her title dropped (complaints "W", a could-hedge ""); a father\'s fees and a two-sentence quote "" (masthead in capitals, menu with pipes, section path with ›, byline, place-and-time line with IST, Updated line, listen line, caption "" and "Photo Credit" line, ALSO READ label and link, Published line, share strip, Related Topics and tags, Related Stories, copyright split at "Pvt. Ltd. 2026." before "All rights reserved.", footer links)',
    'Jamaican BROADCASTER\'s news site (St Catherine), crime: police seize four guns and 260 rounds: headline "W"; a Published line and a newsroom byline; caption "" and a "Contributed photo" credit; the seizure and arrests "W", "the police said" "W"; "5:30 a.m." ending a sentence before "Residents said ..." ""; a division head with "Senior Superintendent" dropped (weapons, a wanted count and murder figures "W", two quotes "", a surname cue "told YBN News"); "Police said" where the guns were found "W"; a third seizure "W"; "According to police statistics" "W"; the area MP with "Dr." (welcomed but said "", a quote ending "!" she said." and its continuation "", an unbuilt centre "W"); "A resident who asked not to be named" as written ("" and "?" she asked."); charges expected "" and an appeal with a phone number "" (masthead in capitals, menu in capitals with pipes, section label, share button, ADVERTISEMENT, a WATCH video line and its running time, an app prompt in two sentences, Related Posts, copyright split at "Ltd." before "All Rights Reserved.", footer links)',
    'Australian REGIONAL BROADCASTER\'s site (the Hunter, New South Wales), weather: hailstorms bring 480 calls for help: a skip link; headline "W"; Posted/updated line and byline; caption "" and a "(Supplied: ...)" credit; "The State Emergency Service (SES) says" "W", later "The SES says" (advice ""); damage, injuries ("ambulance officers said") and power outages "W"; the SES zone commander ("W" counts and a rescue with "Ms", a two-sentence quote ""); the electricity distributor with its descriptor dropped ("at 7am" ending a sentence before "It said ..." with a might-hedge ""); a meteorologist with "Mr" (rain and a gust "at 4.52pm." "W", a forecast quote and a could-hedge ""); "The bureau has forecast" ""; a resident (the hail ""; a quote over two sentences ""); the shire mayor (a recovery centre "W"); a school closed "W"; insurers\' claims "according to figures from the insurers\' industry body" "W"; a cattle farmer (his fences "" and a quote ending "!" he said." "") (masthead in capitals, menu with pipes, section path with ›, Advertisement, app line, Related stories, an acknowledgement of Traditional Custodians, copyright line and ABN line as two paragraphs, footer links)',
    'United States NONPROFIT LOCAL NEWS SITE (a North Carolina county), business: a furniture maker will close its plant and cut 340 jobs: headline "W"; a standfirst "Furniture maker says ..." carrying the company as the lead first names it (a plan ""); a lead with "the company said" kept as written; the layoff notice through according to "W"; the plant\'s history "W"; the chief executive "said in a statement" ("W", then his quote ""); a company spokeswoman (severance "" and "would not say" ""); the county economic development director (payroll "W", a two-sentence quote "", a job fair with "Dec. 9 from 10 a.m. to 3 p.m." ending a sentence before "Workers can register ..." ""); the mayor with "Mayor" dropped (lost revenue "W", a quote ""); a worker of 31 years ("" and "Facebook?" he asked." then "He said ..." ""); a state senator with "State Sen." dropped (a request ""); "Va." ending a sentence before "About 180 people ..." "W" (masthead in capitals, tagline with "N.C.", menu with pipes, section label in capitals, byline, date line and Updated line with "p.m.", share line, caption "" and photo credit with a slash, ADVERTISEMENT, a donation appeal in two sentences and a button, More in Business, an author bio in two sentences, copyright split before "All rights reserved.")',
    'Nigerian NATIONAL DAILY\'s politics page (Ilorin, Kwara State), politics: the state assembly passes a N612.4bn budget as minority lawmakers walk out: headline "W"; the passage, the capital vote with "55.3 per cent" and the walkout "W"; the Speaker with "Rt. Hon." dropped (added sums "W", a quote "", a later surname cue "told journalists" ""); the minority leader with "Hon." dropped (why they walked out "W", a question quote "?" he asked." and its continuation "", a plan ""); the majority leader with "Hon." (dismissed as "theatre" and said copies were distributed "W"); "According to the budget document" "W" and sector figures "W"; the finance commissioner with "Dr." dropped (funding "W", an expectation ""); the governor\'s press secretary with "Mr." dropped ("said in a statement" ""); a fiscal think tank\'s review ("W") and its executive director ("told" with a partial quote ""); the 2026 budget and an adjournment "W", assent "" (masthead in capitals, menu with wide spaces, section label, byline with place, date line, read time, caption "" and photo credit, ADVERTISEMENT, WhatsApp channel line, RELATED NEWS, a comments disclaimer, copyright split at "Ltd." before "All rights reserved.", footer links)',
    'Irish REGIONAL PAPER\'s site (a county hurling final), sport: Ballycrevane beat Kilmurrough Gaels 2-19 to 1-17: headline "W"; byline name alone and a date line; caption "" with "Fr. Breslagh Park" and photo credit; the result ending at "Fr. Breslagh Park." before "A crowd of 6,420 ..." "W"; scores, goals, a stoppage and past finals "W"; colour ""; the winning manager (a dedication "", a two-sentence quote "", training indoors "W"); the losing manager ("nothing to be ashamed of" "", a question quote "?" he asked." and its continuation "", injuries ""); the captain (a 2019 under-21 title "W" in the sentence about a school visit, a quote ""); the next fixture "W"; a SCORERS label "B", two scorer lines and "Referee: J. P. Moylurgagh (Cloonfearagh)." as "" data (masthead in capitals, menu with pipes, section path with ›, share line, Advertisement, subscription line with "€1.99", Most Read list, registration line with "DAC" and "No. 488217.", copyright split before "All rights reserved.")',
    'Malaysian NEWS PORTAL carrying a national wire story (Shah Alam, Selangor), health: dengue cases up 31 pct: portal name, bilingual menu, section path with >, headline "W", the agency as byline, a date line with "AM", share line and a carried-in-full note; a "SHAH ALAM, Nov 26 (Seripertiwi) --" lead carrying the state exco chairman named after her figures with "Datuk Dr" dropped; her figures "W" through "She said", "she said" and "she added", a told-reporters quote "", spending and hiring plans ("Noraini said" resolved to the full name) ""; the state health director with "Datuk Dr" dropped (hotspots "W", "urged" "", a two-sentence quote "Don\'t wait ..." "", clinic hours ""); "According to the Health Ministry\'s weekly dengue bulletin" "W" and 2023 cases "W"; a residents\' association chairman with the initial "S." (complaints "W", a quote and his street\'s children ""); "The municipal council said" a plan ""; "Sdn. Bhd." ending a sentence before "The company could not be reached for comment." (the company as written) (wire sign-off, ADVERTISEMENT, follow line, tags, Related list, a registration line with "Sdn. Bhd. (201801044417).", copyright split before a Malay rights line)',
    'New Zealand NEWS PORTAL carrying a wire story (Manawatū), courts: a former rugby club treasurer who stole $186,000 gets home detention: portal name, menu with wide spaces, section path with ›, headline "W", the wire as byline, date line, read time and share button; the sentence and the charges "W" with no speaker; "According to the summary of facts" and "the summary said" "W"; the discovery with "$6,312.08." and the club\'s members "W"; the Crown prosecutor ("gutted" "", a cancelled tour "W"); a junior co-ordinator "said in a victim impact statement" ("W", then her quote ""); the defence lawyer (shame "", repayment "W", a quote with a surname cue ""); the judge ordering reparation with no speaker "W", then "the judge said" (a quote ""), "She said" (the starting point "W", two remarks ""); the club president\'s statement read outside court ("said in a statement", a two-sentence quote: the first "", the second a procedure "W"); community work "W" (wire sign-off, Advertisement, Related articles, Sponsored label, app line, copyright, footer links)',
    'Zambian NATIONAL DAILY\'s business page (Lusaka), business: the grain agency will buy maize at K310 a bag: headline "W"; byline in capitals and date line; caption "" and a "Picture by" credit; the lead carrying the minister with "has announced" "W"; "Mr Kalunganshi told a media briefing" "W" and his quote ""; purchase and payment plans (one with "the minister said") ""; the harvest "W"; the growers\' union said ("W") and "The union says" kept as written "W"; the union president (a forecast "", a two-sentence quote "...this year." "W" and "?" he asked." "", a later "Mr" surname cue ""); "according to the statistics agency" "W"; a miller with "Ltd.," mid-sentence (a forecast and a quote "") and meal prices "W"; an economist with "Dr." (a hedge "", debts owed "W", a later "Dr." surname cue ""); "according to the 2027 budget estimates" "W"; last season\'s purchases "W"; the agency\'s acting executive director with "Mr." dropped (a deadline and a quote "") (masthead in capitals, menu with pipes, section label, ADVERT, Share this strip, Related list, a reply form with two sentences, copyright with a powered-by line)',
]

ARTICLES = [
    # wales
    [
        [
            ("THE CAERWENLLI LEADER", "", "", "B"),
        ],
        [
            (
                "Home   News   Sport   What's On   Property   Jobs   Notices   Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Cwm Tarenni › Transport", "", "", "B"),
        ],
        [
            (
                "Seven bus routes to be scrapped in Cwm Tarenni as council looks to save £1.3m",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Upper valley villages will lose their only Sunday service from January", "", "", "W"),
        ],
        [
            ("By Gwenllian Cefnhiraethog", "", "", "B"),
        ],
        [
            ("Senior Reporter", "", "", "B"),
        ],
        [
            ("06:00, 25 NOV 2026 · Updated 09:41, 25 NOV 2026", "", "", "B"),
        ],
        [
            ("Share   ·   Comments (41)", "", "", "B"),
        ],
        [
            ("The 38 service waiting at Heol y Gof bus station in Caerwenlli.", "", "", ""),
        ],
        [
            ("(Image: Caerwenlli Leader)", "", "", "B"),
        ],
        [
            (
                "Seven subsidised bus routes in Cwm Tarenni will be withdrawn from 4 January after the county borough's cabinet agreed to cut £1.3 million from its transport budget.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The cabinet voted 6-1 for the cuts at the civic centre in Caerwenlli on Tuesday.",
                "",
                "",
                "W",
            ),
            (
                "The routes, which carry about 2,100 passengers a week between them, are run by two private operators under contracts paid for by the council.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                'Cllr Hywel Penrhiwgoch, cabinet member for transport, said the authority had "no room left" in a budget facing a gap of £14.6m next year.',
                "Hywel Penrhiwgoch",
                "said",
                "W",
            ),
        ],
        [
            (
                '"Nobody goes into local government to cut bus services," he said.',
                "Hywel Penrhiwgoch",
                "said",
                "",
            ),
            (
                '"But every one of these routes costs us more than £9 a passenger, and on some Sunday journeys it\'s closer to £30."',
                "Hywel Penrhiwgoch",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said the council would ask the Welsh Government for help to keep two of the routes, the 38 and the 41, running on weekdays.",
                "Hywel Penrhiwgoch",
                "said",
                "",
            ),
        ],
        [
            (
                "The 38 links the villages of Cwmllyfni and Pentre Eiddwen with Caerwenlli and Ysbyty Tarenni.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("READ MORE: Park-and-ride fares to go up by 50p from April", "", "", "B"),
        ],
        [
            ("Tarenni Valley Coaches Ltd. runs five of the seven routes.", "", "", "W"),
            (
                "Its managing director, Meirion Arbellwyn, said drivers on those routes would be moved to school contracts and that no jobs would be lost.",
                "Meirion Arbellwyn",
                "said",
                "",
            ),
        ],
        [
            (
                "\"We've had a good run with the council on these contracts and I understand the pressure they're under,\" Mr Arbellwyn said.",
                "Meirion Arbellwyn",
                "said",
                "",
            ),
        ],
        [
            (
                "Sioned Garthewin, the Independent councillor for Pentre Eiddwen, said the cuts would leave about 400 older residents in her ward with no bus to the surgery in Caerwenlli.",
                "Sioned Garthewin",
                "said",
                "W",
            ),
        ],
        [
            (
                '"What are they meant to do, walk four miles down the valley in February?" she asked.',
                "Sioned Garthewin",
                "asked",
                "",
            ),
            (
                "Cllr Garthewin said she would put a motion to full council on 10 December asking for the decision to be called in.",
                "Sioned Garthewin",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "According to a report to cabinet, passenger numbers on the seven routes have fallen by 37 per cent since 2019.",
                "a report to cabinet",
                "According to",
                "W",
            ),
            (
                "The report says the council spent £2.84m on subsidised bus services in 2025-26, up from £1.9m five years earlier.",
                "The report",
                "says",
                "W",
            ),
        ],
        [
            (
                "Outside the post office in Cwmllyfni, Glenys Rhydwenallt, 78, said she took the 38 three times a week to visit her husband in a care home in Caerwenlli.",
                "Glenys Rhydwenallt",
                "said",
                "",
            ),
        ],
        [
            ('"I don\'t drive, I never have," she said.', "Glenys Rhydwenallt", "said", ""),
            ('"A taxi is £22 each way.', "Glenys Rhydwenallt", "said", ""),
            ('You tell me how that works on a pension."', "Glenys Rhydwenallt", "said", ""),
        ],
        [
            (
                "A Welsh Government spokesperson said it had given councils £46m for bus services this year and would begin bringing routes under public control in 2027.",
                "A Welsh Government spokesperson",
                "said",
                "W",
            ),
            (
                "The spokesperson said it could not comment on decisions about individual routes.",
                "A Welsh Government spokesperson",
                "said",
                "",
            ),
        ],
        [
            (
                "The routes being withdrawn are the 38, 41, 44A, 52, 57, 61 and the Sunday-only S3.",
                "",
                "",
                "W",
            ),
            (
                "New timetables for the services that remain will be posted at stops before Christmas, the council said.",
                "the council",
                "said",
                "",
            ),
        ],
        [
            ("Get the biggest Cwm Tarenni stories sent straight to your inbox", "", "", "B"),
        ],
        [
            ("Enter your email", "", "", "B"),
        ],
        [
            ("Sign up", "", "", "B"),
        ],
        [
            (
                "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you.",
                "",
                "",
                "B",
            ),
            ("You can unsubscribe at any time.", "", "", "B"),
        ],
        [
            ("More On", "", "", "B"),
        ],
        [
            ("Buses", "", "", "B"),
        ],
        [
            ("Cwm Tarenni County Borough Council", "", "", "B"),
        ],
        [
            ("Most Read", "", "", "B"),
        ],
        [
            ("1", "", "", "B"),
        ],
        [
            ("Man charged after crash on Heol Bryncethin in Brynhelygen", "", "", "B"),
        ],
        [
            ("2", "", "", "B"),
        ],
        [
            ("Christmas lights switch-on moved indoors after wind warning", "", "", "B"),
        ],
        [
            ("3", "", "", "B"),
        ],
        [
            ("Caerwenlli RFC names new head coach", "", "", "B"),
        ],
        [
            ("© 2026 Tarenni Newspapers Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Contact us · Privacy notice · Cookie settings · Terms · Advertise", "", "", "B"),
        ],
    ],
    # kenya
    [
        [
            ("THE MSAFARA TIMES", "", "", "B"),
        ],
        [
            ("News | Counties | Business | Politics | Sports | Opinion | ePaper", "", "", "B"),
        ],
        [
            ("Counties / Nakuru", "", "", "B"),
        ],
        [
            ("Court suspends new Sh120 daily levy at three Nakuru markets", "", "", "W"),
        ],
        [
            (
                "Traders say the fee, more than double the old rate, was imposed without public participation",
                "Traders",
                "say",
                "W",
            ),
        ],
        [
            ("By Wanjiku Nderemogo", "", "", "B"),
        ],
        [
            ("Nakuru", "", "", "B"),
        ],
        [
            ("Wednesday, November 25, 2026 | Updated 3 hrs ago", "", "", "B"),
        ],
        [
            ("Share on Facebook | Share on X | Share on WhatsApp", "", "", "B"),
        ],
        [
            ("Traders at Kiambogoya market in Nakuru town on Wednesday.", "", "", ""),
        ],
        [
            ("| PHOTO: ODHIAMBO KISERENGE | MSAFARA TIMES", "", "", "B"),
        ],
        [
            (
                "The High Court in Nakuru has suspended a new daily levy on traders at three county markets until a petition filed by a traders' association is heard.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Justice Philomena Chepkoilelgat issued the conservatory orders on Tuesday and directed the county government to file its response within 14 days.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The levy, introduced under the county's Finance Act, 2026, raised the daily charge for a stall at Kiambogoya, Gitaru and Mbogoine markets from Sh50 to Sh120.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In its petition, the Kiambogoya Traders' Welfare Association says the county assembly passed the Act in August without holding a single public hearing in the three markets.",
                "the Kiambogoya Traders' Welfare Association",
                "says",
                "W",
            ),
        ],
        [
            (
                "The county assembly passed the Finance Act on August 19 by 38 votes to 21.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The association's chairman, Joseph Mwendabeti, said in a sworn affidavit that about 3,400 traders pay the levy every day.",
                "Joseph Mwendabeti",
                "said in a sworn affidavit",
                "W",
            ),
            (
                "He said most of them earned less than Sh600 a day.",
                "Joseph Mwendabeti",
                "said",
                "W",
            ),
        ],
        [
            (
                '"The applicants have demonstrated a prima facie case with a probability of success," the judge said in her ruling.',
                "Philomena Chepkoilelgat",
                "said in her ruling",
                "W",
            ),
            (
                "She said the orders would remain in force until December 14, when the petition will be mentioned.",
                "Philomena Chepkoilelgat",
                "said",
                "W",
            ),
        ],
        [
            ("ALSO READ: MCAs approve Sh18bn budget after stormy session", "", "", "B"),
        ],
        [
            (
                "County Executive Committee Member for Trade Timothy Lang'atiro said the county would obey the orders but would defend the levy in court.",
                "Timothy Lang'atiro",
                "said",
                "",
            ),
        ],
        [
            (
                '"The markets need new roofs, toilets and lighting, and that money has to come from somewhere," he told the Msafara Times by phone.',
                "Timothy Lang'atiro",
                "told",
                "",
            ),
            (
                "He said the county had collected Sh18.7 million from the three markets since the levy took effect on September 1.",
                "Timothy Lang'atiro",
                "said",
                "W",
            ),
        ],
        [
            (
                "Counsel for the association, Beatrice Anyangoro, told the court on Tuesday that the county had already raised the fee once, in 2024, from Sh30 to Sh50.",
                "Beatrice Anyangoro",
                "told the court",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "At Kiambogoya on Wednesday, tomato seller Rose Gichandi said she had stopped paying since the orders were issued.",
                "Rose Gichandi",
                "said",
                "",
            ),
        ],
        [
            ('"I was paying Sh50.', "Rose Gichandi", "asked", ""),
            ("Now they want Sh120.", "Rose Gichandi", "asked", ""),
            ('For what?" she asked.', "Rose Gichandi", "asked", ""),
        ],
        [
            (
                "Market fees were expected to bring in Sh212 million in the 2026/27 financial year, according to the county's budget estimates.",
                "the county's budget estimates",
                "according to",
                "W",
            ),
            (
                "Nakuru has 41 public markets, and the new rate applies only at the three.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Traders at Gitaru market boycotted the market for two days in October over the same levy, leaving most stalls empty.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The matter will be mentioned before Justice Chepkoilelgat on December 14.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Subscribe to the Msafara Times ePaper for as little as Sh20 a day.", "", "", "B"),
            ("Read the full paper on any device.", "", "", "B"),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            ("County unveils plan to move hawkers out of the CBD", "", "", "B"),
        ],
        [
            ("Boda boda riders protest over new parking fees", "", "", "B"),
        ],
        [
            ("Tags: Nakuru County | Markets | Courts | Levies", "", "", "B"),
        ],
        [
            ("© 2026 Msafara Media Group PLC.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About Us | Contact Us | Advertise | Privacy Policy | Terms of Use", "", "", "B"),
        ],
    ],
    # canada
    [
        [
            ("We use cookies to give you the best experience on our website.", "", "", "B"),
            ("By continuing to browse, you agree to our use of cookies.", "", "", "B"),
        ],
        [
            ("Accept   Learn more", "", "", "B"),
        ],
        [
            ("BrackensfordNow", "", "", "B"),
        ],
        [
            ("-14°C   Light snow", "", "", "B"),
        ],
        [
            ("News   Sports   Weather   Obituaries   Contests   Contact", "", "", "B"),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            ("Brackensford council passes 2027 budget with 5.4 per cent tax hike", "", "", "W"),
        ],
        [
            ("Kyle Deschambreau", "", "", "B"),
        ],
        [
            ("Posted Nov 25, 2026 7:02 am CST", "", "", "B"),
        ],
        [
            ("Last Updated Nov 25, 2026 8:15 am CST", "", "", "B"),
        ],
        [
            ("Share   Facebook   X   Email   Copy link", "", "", "B"),
        ],
        [
            (
                "Brackensford city council chambers during budget deliberations on Tuesday, Nov. 24, 2026.",
                "",
                "",
                "",
            ),
        ],
        [
            ("(Kyle Deschambreau/BrackensfordNow)", "", "", "B"),
        ],
        [
            (
                "Brackensford homeowners will pay 5.4 per cent more in municipal property taxes next year after city council approved its 2027 operating budget late Tuesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Council voted 8-3 in favour at 11:40 p.m.", "", "", "W"),
            ("The meeting had begun at 9 a.m. on Monday.", "", "", "W"),
        ],
        [
            (
                "For the owner of an average home assessed at $342,000, the increase works out to about $148 a year, according to city administration.",
                "city administration",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The $412-million operating budget includes $6.2 million more for the Brackensford Police Service and $3.1 million to hire 14 more transit drivers.",
                "",
                "",
                "W",
            ),
            ("Transit fares stay frozen at $3.25 for adults.", "", "", "W"),
        ],
        [
            (
                "Mayor Corinne Vallancourt said the increase was the lowest council could responsibly pass.",
                "Corinne Vallancourt",
                "said",
                "",
            ),
        ],
        [
            (
                '"Nobody up here enjoys raising taxes," Vallancourt said.',
                "Corinne Vallancourt",
                "said",
                "",
            ),
            (
                '"But the buses were running late, the snow routes weren\'t getting cleared, and people were telling us so, loudly."',
                "Corinne Vallancourt",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Coun. Dwayne Okeluchi-Lessard, one of three councillors who voted against the budget, said he had proposed holding the increase to 3.9 per cent by delaying a new fire hall on Stanbridgeworth Ave. by a year.",
                "Dwayne Okeluchi-Lessard",
                "said",
                "W",
            ),
            ("That motion failed 4-7.", "", "", "W"),
        ],
        [
            (
                '"We\'re asking seniors on fixed incomes to find another $150 a year," he said.',
                "Dwayne Okeluchi-Lessard",
                "said",
                "",
            ),
            ('"Did anybody ask them?"', "Dwayne Okeluchi-Lessard", "said", ""),
        ],
        [
            (
                "The city's chief financial officer, Priyanka Deshmore, told council the city faced $9.8 million in higher costs this year, most of it from wages and insurance.",
                "Priyanka Deshmore",
                "told council",
                "W",
            ),
            (
                "She said each one per cent of property tax raises about $2.3 million.",
                "Priyanka Deshmore",
                "said",
                "W",
            ),
        ],
        [
            ("Nineteen residents spoke to council during the two-day debate.", "", "", "W"),
        ],
        [
            (
                "One of them, Harold Quistenbury, said his tax bill on a bungalow on Fiddlerow Dr. had gone up by $1,100 since 2021.",
                "Harold Quistenbury",
                "said",
                "",
            ),
            (
                '"I\'m not made of money, and neither is anybody on my street," he said.',
                "Harold Quistenbury",
                "said",
                "",
            ),
        ],
        [
            ("RELATED: Council votes to keep outdoor rinks open until March", "", "", "B"),
        ],
        [
            (
                "The increase is the second-highest approved by a city in the province this year, behind Lindqvale, Sask.",
                "",
                "",
                "W",
            ),
            ("Lindqvale approved a 6.1 per cent increase on Nov. 17.", "", "", "W"),
        ],
        [
            ("The budget takes effect Jan. 1.", "", "", "W"),
            ("Property tax notices will be mailed in May.", "", "", ""),
        ],
        [
            ("Have a news tip?", "", "", "B"),
            ("Email us at news@brackensfordnow.ca.", "", "", "B"),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("You must be logged in to post a comment.", "", "", "B"),
        ],
        [
            ("© 2026 Prairie Dawnmere Broadcasting Ltd.", "", "", "B"),
        ],
        [
            ("About Us | Advertise | Privacy | Terms of Service", "", "", "B"),
        ],
    ],
    # india
    [
        [
            ("THE DECCAN VARTAHAR", "", "", "B"),
        ],
        [
            (
                "Home | India | Cities | Business | Sport | Education | Opinion | e-Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Cities › Pune", "", "", "B"),
        ],
        [
            (
                "Fee panel caps hikes at 9% for 46 private schools in Pune, orders refunds",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Parents' groups welcome the order; school managements plan to appeal", "", "", ""),
        ],
        [
            ("Gauravi Kolhatkarni", "", "", "B"),
        ],
        [
            ("Pune, November 26, 2026 06:10 IST", "", "", "B"),
        ],
        [
            ("Updated - November 26, 2026 09:32 IST", "", "", "B"),
        ],
        [
            ("Listen to this article", "", "", "B"),
        ],
        [
            ("Parents wait outside a private school in Pune on Wednesday.", "", "", ""),
        ],
        [
            ("| Photo Credit: Special Arrangement", "", "", "B"),
        ],
        [
            (
                "The divisional fee regulatory committee for Pune has capped fee increases for the 2026-27 academic year at 9% for 46 private unaided schools and ordered them to refund any amount collected above the limit.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The committee's order, issued on Tuesday, covers schools that had raised fees by between 12% and 35% this year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "According to the order, the schools must refund the excess or adjust it against next year's fees by January 31, 2027.",
                "the order",
                "According to",
                "W",
            ),
            ("About 38,000 students are enrolled in the 46 schools.", "", "", "W"),
        ],
        [
            (
                "The committee heard the schools over 11 hearings between August and October.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The committee's chairman, retired district judge R. V. Salunkhedkar, said the schools had failed to produce audited accounts to justify the increases.",
                "R. V. Salunkhedkar",
                "said",
                "W",
            ),
            (
                '"A school is free to charge what its costs require, but it must show us the costs," he said.',
                "R. V. Salunkhedkar",
                "said",
                "",
            ),
            (
                '"Of the 46, only nine submitted their accounts on time."',
                "R. V. Salunkhedkar",
                "said",
                "W",
            ),
        ],
        [
            (
                "Salunkhedkar said the committee would take up complaints against another 23 schools in December.",
                "R. V. Salunkhedkar",
                "said",
                "",
            ),
        ],
        [
            (
                "Mrudula Kanhere-Bhoskarni, president of the Pune Parents' Forum, said the group had filed complaints against 31 of the schools in April.",
                "Mrudula Kanhere-Bhoskarni",
                "said",
                "W",
            ),
        ],
        [
            (
                '"Parents have been paying under protest since June.',
                "Mrudula Kanhere-Bhoskarni",
                "said",
                "",
            ),
            ('Many took loans," she said.', "Mrudula Kanhere-Bhoskarni", "said", ""),
            (
                "She said the forum would ask the committee to publish the names of the schools on its website.",
                "Mrudula Kanhere-Bhoskarni",
                "said",
                "",
            ),
        ],
        [
            (
                "Anand Dhepekarni, secretary of the Pune unit of the Independent Schools' Managements Association, said salary costs at member schools had risen by 18% after teachers were moved to a new pay scale.",
                "Anand Dhepekarni",
                "said",
                "W",
            ),
        ],
        [
            (
                '"We will challenge this order before the revision committee," he said.',
                "Anand Dhepekarni",
                "said",
                "",
            ),
            ('"Schools cannot run on 2019 fees."', "Anand Dhepekarni", "said", ""),
        ],
        [
            ("ALSO READ", "", "", "B"),
        ],
        [
            ("Class 10, 12 board exams to begin Feb. 17; timetable out", "", "", "B"),
        ],
        [
            (
                "Under the State's fee regulation law, a school may raise fees only with the approval of an executive committee that includes elected parent members.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Deputy Director of Education (Pune region) Shailaja Parvatkarne said her office had received 212 complaints about fees this year, up from 140 in 2025.",
                "Shailaja Parvatkarne",
                "said",
                "W",
            ),
            (
                "She said schools that did not comply by the deadline could lose their recognition.",
                "Shailaja Parvatkarne",
                "said",
                "",
            ),
        ],
        [
            (
                "The 46 schools include 11 affiliated to the CBSE and four to the ICSE board, the order shows.",
                "the order",
                "shows",
                "W",
            ),
        ],
        [
            (
                "Nikhil Zanwarkande, whose two children study at one of the schools, said he had paid ₹1.46 lakh in fees this year against ₹1.12 lakh last year.",
                "Nikhil Zanwarkande",
                "said",
                "",
            ),
            ('"If the refund comes, good.', "Nikhil Zanwarkande", "said", ""),
            (
                'But I will believe it when I see it in my account," he said.',
                "Nikhil Zanwarkande",
                "said",
                "",
            ),
        ],
        [
            ("Published - November 26, 2026 06:10 am IST", "", "", "B"),
        ],
        [
            ("Copy link   Email   Facebook   X   Telegram   WhatsApp", "", "", "B"),
        ],
        [
            ("Related Topics", "", "", "B"),
        ],
        [
            ("Pune / education / schools / fees", "", "", "B"),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            ("School bus operators raise fares by 15% from December", "", "", "B"),
        ],
        [
            ("University exam results delayed after software glitch", "", "", "B"),
        ],
        [
            ("© Deccan Vartahar Publishing Pvt. Ltd. 2026.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Terms & Conditions | Privacy Policy | Grievance Redressal | Contact Us", "", "", "B"),
        ],
    ],
    # jamaica
    [
        [
            ("YBN NEWS", "", "", "B"),
        ],
        [
            ("LIVE TV | NEWS | SPORTS | ENTERTAINMENT | WEATHER | SHOWS", "", "", "B"),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            ("Police seize four guns, 260 rounds in St Catherine operation", "", "", "W"),
        ],
        [
            ("Published on November 24, 2026 at 6:45 pm", "", "", "B"),
        ],
        [
            ("By YBN News", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            (
                "Some of the firearms and ammunition seized in Quashiebrook, St Catherine, on Tuesday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Contributed photo", "", "", "B"),
        ],
        [
            (
                "Four firearms and 260 rounds of ammunition were seized during a joint police-military operation in Quashiebrook, St Catherine, on Tuesday.",
                "",
                "",
                "W",
            ),
            ("Three men were taken into custody.", "", "", "W"),
            (
                "The men, aged 19, 23 and 27, have not been named, the police said.",
                "the police",
                "said",
                "W",
            ),
        ],
        [
            ("Police and soldiers entered the community at about 5:30 a.m.", "", "", "W"),
            (
                "Residents said they were woken by the sound of a helicopter overhead.",
                "Residents",
                "said",
                "",
            ),
        ],
        [
            (
                "Head of the St Catherine South Police Division, Senior Superintendent Lloyd Malcolmbe, said the weapons included an M16 rifle and three pistols, one of which had been reported stolen from a licensed firearm holder in 2024.",
                "Lloyd Malcolmbe",
                "said",
                "W",
            ),
            (
                "He said two of the men were wanted for questioning in connection with a double murder in the community in September.",
                "Lloyd Malcolmbe",
                "said",
                "W",
            ),
        ],
        [
            (
                "Police said the rifle was found wrapped in plastic in a water tank behind a board house, and the pistols in a drum buried in a yard nearby.",
                "Police",
                "said",
                "W",
            ),
        ],
        [
            (
                '"This is a community that has been held hostage by a handful of young men, and we are not leaving," Malcolmbe told YBN News.',
                "Lloyd Malcolmbe",
                "told",
                "",
            ),
        ],
        [
            (
                "He said murders in the division were down 14 per cent this year, with 61 recorded up to November 21, compared with 71 over the same period last year.",
                "Lloyd Malcolmbe",
                "said",
                "W",
            ),
            ('"We have more work to do, and we know it," he said.', "Lloyd Malcolmbe", "said", ""),
        ],
        [
            (
                "It was the division's third major seizure since August, when 11 guns were found in an abandoned house in the same area.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("WATCH: Police display guns seized in Quashiebrook", "", "", "B"),
        ],
        [
            ("1:42", "", "", "B"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "According to police statistics, 1,038 people have been murdered across Jamaica this year, a decline of 9 per cent.",
                "police statistics",
                "According to",
                "W",
            ),
        ],
        [
            (
                "Member of Parliament for the area, Dr. Andrea Leckiston, welcomed the seizures but said the community needed jobs as much as it needed police.",
                "Andrea Leckiston",
                "said",
                "",
            ),
        ],
        [
            ('"You can\'t arrest your way out of this!" she said.', "Andrea Leckiston", "said", ""),
            (
                '"These young men need training, they need work, they need somebody to give them a reason to stay in school."',
                "Andrea Leckiston",
                "said",
                "",
            ),
        ],
        [
            (
                "She said a skills training centre promised for Quashiebrook in 2023 had still not been built.",
                "Andrea Leckiston",
                "said",
                "W",
            ),
        ],
        [
            (
                "A resident who asked not to be named said the community had been calm since a curfew was lifted last week.",
                "A resident who asked not to be named",
                "said",
                "",
            ),
            ('"But for how long?" she asked.', "A resident who asked not to be named", "asked", ""),
        ],
        [
            (
                "The men are being processed, and the police said charges are expected to be laid later this week.",
                "the police",
                "said",
                "",
            ),
        ],
        [
            (
                "Anyone with information is asked to contact the Spanish Town Police at 876-555-0184.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Download the YBN News app for breaking news alerts.", "", "", "B"),
            ("Available on iOS and Android.", "", "", "B"),
        ],
        [
            ("Related Posts", "", "", "B"),
        ],
        [
            ("Two dead in crash on main road near Lignumvale", "", "", "B"),
        ],
        [
            ("Bus company to add 40 new buses to fleet in January", "", "", "B"),
        ],
        [
            ("© 2026 Yallahswood Broadcasting Network Ltd.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
        [
            ("About | Advertise | Careers | Contact", "", "", "B"),
        ],
    ],
    # australia
    [
        [
            ("Skip to main content", "", "", "B"),
        ],
        [
            ("KURRAWOLLAN NEWS", "", "", "B"),
        ],
        [
            ("Listen Live | News | Sport | Rural | Weather | Podcasts | Community", "", "", "B"),
        ],
        [
            ("News › Weather", "", "", "B"),
        ],
        [
            (
                "Hail up to 6cm smashes Wollungarra as storms bring 480 calls for help across the Hunter",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Posted Wed 25 Nov 2026 at 6:12am, updated 8:40am", "", "", "B"),
        ],
        [
            ("By Tamsin Quarrinby", "", "", "B"),
        ],
        [
            (
                "Hailstones the size of golf balls collected in a backyard in Wollungarra on Tuesday afternoon.",
                "",
                "",
                "",
            ),
        ],
        [
            ("(Supplied: Dale Ferntrigg)", "", "", "B"),
        ],
        [
            (
                "The State Emergency Service (SES) says it received more than 480 calls for help across the Hunter overnight after a line of severe thunderstorms brought hail up to 6 centimetres across to Wollungarra on Tuesday afternoon.",
                "The State Emergency Service",
                "says",
                "W",
            ),
        ],
        [
            (
                "Most of the calls were for damaged roofs and fallen trees, with the worst damage in Wollungarra, Kerrawang and Tillabrook.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Two people were taken to hospital with minor injuries from flying glass, ambulance officers said.",
                "ambulance officers",
                "said",
                "W",
            ),
        ],
        [
            (
                "SES Hunter zone commander Jodie Marrabeck said 67 volunteers were still working through jobs on Wednesday morning.",
                "Jodie Marrabeck",
                "said",
                "W",
            ),
            (
                "Ms Marrabeck said crews had also rescued a driver whose car was caught in floodwater on Kerrawang Road at about 6pm.",
                "Jodie Marrabeck",
                "said",
                "W",
            ),
        ],
        [
            ('"We\'re asking people to be patient," she said.', "Jodie Marrabeck", "said", ""),
            (
                '"If your roof is leaking but nobody\'s in danger, we will get to you, it just might not be today."',
                "Jodie Marrabeck",
                "said",
                "",
            ),
        ],
        [
            (
                "About 9,400 homes and businesses lost power at the height of the storm.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Electricity distributor Ulwenna Networks said 2,100 were still without power at 7am on Wednesday.",
                "Ulwenna Networks",
                "said",
                "W",
            ),
            (
                "It said most would be reconnected by the end of the day, but some customers in rural areas might wait until Friday.",
                "Ulwenna Networks",
                "said",
                "",
            ),
        ],
        [
            (
                "Weather bureau senior meteorologist Nathaniel Brannowicz said the gauge at Kerrawang recorded 58mm of rain in 40 minutes, the heaviest burst there since records began in 1971.",
                "Nathaniel Brannowicz",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said a wind gust of 104km/h was recorded at Wollungarra aerodrome at 4.52pm.",
                "Nathaniel Brannowicz",
                "said",
                "W",
            ),
            (
                "\"There's another round of storms possible on Thursday afternoon, though we don't expect them to be as intense,\" Mr Brannowicz said.",
                "Nathaniel Brannowicz",
                "said",
                "",
            ),
        ],
        [
            (
                "He said a severe thunderstorm warning could be issued for the Upper Hunter on Thursday morning.",
                "Nathaniel Brannowicz",
                "said",
                "",
            ),
            (
                "The bureau has forecast a top of 33 degrees for Wollungarra on Thursday.",
                "The bureau",
                "has forecast",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Wollungarra resident Dale Ferntrigg, who took the photo above, said the hail lasted about 10 minutes.",
                "Dale Ferntrigg",
                "said",
                "",
            ),
        ],
        [
            (
                '"It sounded like someone was throwing rocks at the house.',
                "Dale Ferntrigg",
                "said",
                "",
            ),
            ("The car's a write-off, I reckon,\" he said.", "Dale Ferntrigg", "said", ""),
        ],
        [
            (
                "Kerrawang Shire mayor Maree Pallengarra said the council had opened a recovery centre at the Kerrawang Memorial Hall and would waive tip fees for storm debris until December 6.",
                "Maree Pallengarra",
                "said",
                "W",
            ),
            (
                "Wollungarra Public School was closed on Wednesday after hail broke skylights in two classrooms.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Insurers had received more than 1,200 claims by Wednesday morning, according to figures from the insurers' industry body.",
                "figures from the insurers' industry body",
                "according to",
                "W",
            ),
        ],
        [
            (
                "At Tillabrook, cattle farmer Russell Hanrivell said he had lost about three kilometres of fencing and the roof of a hay shed.",
                "Russell Hanrivell",
                "said",
                "",
            ),
            (
                '"Mate, we needed the rain, just not like that!" he said.',
                "Russell Hanrivell",
                "said",
                "",
            ),
        ],
        [
            (
                "The SES says people should stay away from fallen powerlines and never drive through floodwater.",
                "The SES",
                "says",
                "",
            ),
        ],
        [
            ("Get the Kurrawollan News app for local alerts", "", "", "B"),
        ],
        [
            ("Related stories", "", "", "B"),
        ],
        [
            ("Upper Hunter roads reopen after weekend flooding", "", "", "B"),
        ],
        [
            ("Bushfire danger period starts early in Kerrawang Shire", "", "", "B"),
        ],
        [
            (
                "Kurrawollan News acknowledges the Wonnarua people, the Traditional Custodians of the land on which we live and work.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Kurrawollan Community Media Inc.", "", "", "B"),
            ("ABN 61 558 204 917", "", "", "B"),
        ],
        [
            ("Privacy | Terms of use | Contact us | Complaints", "", "", "B"),
        ],
    ],
    # us
    [
        [
            ("PELLBURY TODAY", "", "", "B"),
        ],
        [
            ("Local news for Cassaway County, N.C.", "", "", "B"),
        ],
        [
            ("News | Business | Schools | Sports | Obituaries | Events | Donate", "", "", "B"),
        ],
        [
            ("BUSINESS", "", "", "B"),
        ],
        [
            ("Haverlin Casegoods to close Pellbury plant, cutting 340 jobs", "", "", "W"),
        ],
        [
            (
                "Furniture maker says it will move the work to plants in Virginia and Mexico",
                "Haverlin Casegoods Inc.",
                "says",
                "",
            ),
        ],
        [
            ("By Marla Vosskuhler", "", "", "B"),
        ],
        [
            ("Nov. 24, 2026", "", "", "B"),
        ],
        [
            ("Updated Nov. 24, 2026, 5:48 p.m.", "", "", "B"),
        ],
        [
            ("Share: Facebook · X · Email · Print", "", "", "B"),
        ],
        [
            (
                "Haverlin Casegoods' plant on Old Mill Road in Pellbury, seen Tuesday afternoon.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Marla Vosskuhler/Pellbury Today", "", "", "B"),
        ],
        [
            (
                "Haverlin Casegoods Inc. will close its furniture plant in Pellbury by early March, eliminating 340 jobs, the company said Tuesday.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Layoffs will begin Jan. 22 and continue in stages through March 5, according to a notice the company filed with the state Commerce Department.",
                "a notice the company filed with the state Commerce Department",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The plant, which makes dressers and bedroom sets, opened in 1968 and is the county's third-largest private employer.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "President and CEO Garrett Wendholme said in a statement that demand for wood furniture had fallen 22% since 2022 and that the Pellbury plant was the company's oldest and most expensive to run.",
                "Garrett Wendholme",
                "said in a statement",
                "W",
            ),
            (
                '"This was the hardest decision we have made as a company, and it was not made lightly," Wendholme said.',
                "Garrett Wendholme",
                "said",
                "",
            ),
        ],
        [
            (
                "Haverlin, based in Greensboro, employs about 2,600 people at five plants in North Carolina, Virginia and Mexico.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A company spokeswoman, Tricia Hollendane, said workers would receive severance based on years of service and help finding new jobs.",
                "Tricia Hollendane",
                "said",
                "",
            ),
            (
                "She would not say how much the severance would be.",
                "Tricia Hollendane",
                "would not say",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Cassaway County Economic Development Director Dennis Kowalcheck said the plant's annual payroll was about $14.6 million.",
                "Dennis Kowalcheck",
                "said",
                "W",
            ),
        ],
        [
            (
                '"Every one of those paychecks gets spent at a grocery store or a gas station or a church here," he said.',
                "Dennis Kowalcheck",
                "said",
                "",
            ),
            ('"This will be felt."', "Dennis Kowalcheck", "said", ""),
        ],
        [
            (
                "He said the county would hold a job fair for Haverlin workers at Cassaway Community College on Dec. 9 from 10 a.m. to 3 p.m.",
                "Dennis Kowalcheck",
                "said",
                "",
            ),
            ("Workers can register in advance on the county's website.", "", "", ""),
        ],
        [
            (
                "Pellbury Mayor Jolene Crabtrey-Vance said the town would lose about $210,000 a year in water and sewer revenue when the plant closes.",
                "Jolene Crabtrey-Vance",
                "said",
                "W",
            ),
            (
                '"We\'ll figure it out, we always have," she said.',
                "Jolene Crabtrey-Vance",
                "said",
                "",
            ),
        ],
        [
            (
                "Outside the plant at the 3:30 p.m. shift change, Lonnie Maybrick, who has worked there for 31 years, said he had heard the news on a co-worker's phone.",
                "Lonnie Maybrick",
                "said",
                "",
            ),
        ],
        [
            (
                '"Thirty-one years, and I find out from Facebook?" he asked.',
                "Lonnie Maybrick",
                "asked",
                "",
            ),
            (
                "He said he planned to apply for a job at a cabinet plant across the state line in Virginia.",
                "Lonnie Maybrick",
                "said",
                "",
            ),
        ],
        [
            (
                "State Sen. Loretta Pruessdale, a Republican whose district includes Pellbury, said she had asked the Commerce Department whether retraining money was available.",
                "Loretta Pruessdale",
                "said",
                "",
            ),
        ],
        [
            ("Haverlin last closed a plant in 2023, in Sallowmede Forks, Va.", "", "", "W"),
            ("About 180 people lost their jobs there.", "", "", "W"),
        ],
        [
            ("Pellbury Today is a nonprofit newsroom.", "", "", "B"),
            ("Your donation keeps local news free for everyone.", "", "", "B"),
        ],
        [
            ("Donate now", "", "", "B"),
        ],
        [
            ("More in Business", "", "", "B"),
        ],
        [
            ("Cassaway County approves incentives for solar panel plant", "", "", "B"),
        ],
        [
            ("Downtown bakery to reopen three months after fire", "", "", "B"),
        ],
        [
            ("Marla Vosskuhler covers business and the economy for Pellbury Today.", "", "", "B"),
            ("Reach her at marla@pellburytoday.org.", "", "", "B"),
        ],
        [
            ("© 2026 Pellbury Today.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # nigeria
    [
        [
            ("THE ORIKI CHRONICLE", "", "", "B"),
        ],
        [
            (
                "Home   News   Politics   Business   Sports   Opinion   Columns   Editorial",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Politics", "", "", "B"),
        ],
        [
            (
                "Kwara Assembly passes N612.4bn 2027 budget as minority lawmakers walk out",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Abdulrazaq Olaniyonbe, Ilorin", "", "", "B"),
        ],
        [
            ("November 26, 2026", "", "", "B"),
        ],
        [
            ("3 min read", "", "", "B"),
        ],
        [
            (
                "Members of the Kwara State House of Assembly during plenary in Ilorin on Wednesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Oriki Chronicle", "", "", "B"),
        ],
        [
            (
                "The Kwara State House of Assembly on Wednesday passed the state's 2027 Appropriation Bill of N612.4bn, about N41.7bn more than the N570.7bn proposal the governor presented in October.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lawmakers raised the capital vote to N338.9bn, or 55.3 per cent of the budget.",
                "",
                "",
                "W",
            ),
            (
                "Five members of the minority caucus walked out before the bill was read the third time.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Speaker, Rt. Hon. Yakubu Adetorogun, said the House added the N41.7bn mostly for rural roads and primary health centres after public hearings in all 16 local government areas.",
                "Yakubu Adetorogun",
                "said",
                "W",
            ),
            (
                '"This is a people\'s budget, and the people spoke to us in every local government," he said after plenary.',
                "Yakubu Adetorogun",
                "said",
                "",
            ),
        ],
        [
            (
                "Minority Leader, Hon. Habeeb Mustaphadeen, said his caucus walked out because members did not receive copies of the amended bill until 9.45am, less than an hour before it was considered.",
                "Habeeb Mustaphadeen",
                "said",
                "W",
            ),
        ],
        [
            (
                '"How do you scrutinise N612bn in 45 minutes?" he asked.',
                "Habeeb Mustaphadeen",
                "asked",
                "",
            ),
            ('"We will not be part of a rubber stamp."', "Habeeb Mustaphadeen", "asked", ""),
        ],
        [
            (
                "He said the caucus would write to the governor asking him to withhold assent until members had studied the bill.",
                "Habeeb Mustaphadeen",
                "said",
                "",
            ),
        ],
        [
            (
                'The Majority Leader, Hon. Sikiru Oyewumidade, dismissed the walkout as "theatre" and said copies had been distributed to all members on Tuesday evening.',
                "Sikiru Oyewumidade",
                "said",
                "W",
            ),
            (
                '"Nobody was denied a copy," Adetorogun told journalists.',
                "Yakubu Adetorogun",
                "told",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "According to the budget document, recurrent expenditure will take N273.5bn, including N118.2bn for salaries and pensions.",
                "the budget document",
                "According to",
                "W",
            ),
            (
                "The health sector got N61.3bn, or 10 per cent of the budget, up from 7.8 per cent in 2026.",
                "",
                "",
                "W",
            ),
            ("Education received N87.5bn.", "", "", "W"),
        ],
        [
            (
                "The Commissioner for Finance, Dr. Kehinde Fasoyinbo-Akintewe, said the budget would be funded from internally generated revenue of N96.3bn, federal allocations and N74bn in loans.",
                "Kehinde Fasoyinbo-Akintewe",
                "said",
                "W",
            ),
            (
                "She said the state expected its internally generated revenue to grow by about 20 per cent next year.",
                "Kehinde Fasoyinbo-Akintewe",
                "said",
                "",
            ),
        ],
        [
            (
                'In a statement on Wednesday evening, the governor\'s Chief Press Secretary, Mr. Ibrahim Gbadegesinu, said the governor would sign the bill into law "within days".',
                "Ibrahim Gbadegesinu",
                "said in a statement",
                "",
            ),
        ],
        [
            (
                "The Ilorin-based Centre for Fiscal Openness said in a review of the proposal last month that the state had implemented only 46 per cent of its 2025 capital budget.",
                "The Ilorin-based Centre for Fiscal Openness",
                "said",
                "W",
            ),
            (
                'Its executive director, Toyin Aberuagba, told The Oriki Chronicle that a bigger budget meant little "if the roads in it are never built".',
                "Toyin Aberuagba",
                "told",
                "",
            ),
        ],
        [
            ("The state's 2026 budget of N498.6bn was passed in December last year.", "", "", "W"),
            ("The bill now goes to the governor for assent.", "", "", ""),
        ],
        [
            ("The Assembly adjourned plenary to January 12.", "", "", "W"),
        ],
        [
            ("Join The Oriki Chronicle WhatsApp channel for breaking news.", "", "", "B"),
        ],
        [
            ("RELATED NEWS", "", "", "B"),
        ],
        [
            ("Governor swears in 12 new commissioners", "", "", "B"),
        ],
        [
            ("Traders count losses as fire razes Ilorin market", "", "", "B"),
        ],
        [
            (
                "Disclaimer: Comments expressed here do not reflect the opinions of The Oriki Chronicle or any employee thereof.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Copyright © 2026 Oriki Chronicle Newspapers Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About Us | Advertise With Us | Contact | Privacy Policy", "", "", "B"),
        ],
    ],
    # ireland
    [
        [
            ("THE FERGUSMORE VOICE", "", "", "B"),
        ],
        [
            (
                "News | Sport | GAA | Soccer | Rugby | Community | Notices | Digital Edition",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sport › GAA › Hurling", "", "", "B"),
        ],
        [
            ("Ballycrevane end 14-year wait for county senior hurling title", "", "", "W"),
        ],
        [
            ("Donnacha Mulkeenahan", "", "", "B"),
        ],
        [
            ("Mon, 23 Nov 2026 at 19:20", "", "", "B"),
        ],
        [
            ("Share on Facebook | Share on X | Email", "", "", "B"),
        ],
        [
            (
                "Ballycrevane captain Eoin Tarrafagh lifts the cup at Fr. Breslagh Park on Sunday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Seán Kilbarragh", "", "", "B"),
        ],
        [
            (
                "Ballycrevane won their first county senior hurling title since 2012 on Sunday, beating Kilmurrough Gaels 2-19 to 1-17 in the final at Fr. Breslagh Park.",
                "",
                "",
                "W",
            ),
            ("A crowd of 6,420 watched the game in wet, blustery conditions.", "", "", "W"),
        ],
        [
            (
                "Corner-forward Fiachra Dunnerleavy scored 1-9, six of the points from frees, and was named man of the match.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Kilmurrough led by 1-9 to 0-10 at half-time after a goal from full-forward Pádraig Ó Caoinleáin in the 24th minute.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dunnerleavy's goal came from a penalty in the 38th minute after Rathglassan was pulled down.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ballycrevane's second goal came in the 51st minute, when substitute Cillian Rathglassan flicked the ball past the goalkeeper from close range.",
                "",
                "",
                "W",
            ),
            ("From there, the Gaels never looked like catching them.", "", "", ""),
        ],
        [
            (
                "The game was held up for four minutes in the second half while a Kilmurrough player was treated for a head injury.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ballycrevane manager Mossie Tallerhan said the win was for the club's older supporters.",
                "Mossie Tallerhan",
                "said",
                "",
            ),
        ],
        [
            (
                '"There are men here today who were at the 2012 final and wondered if they\'d ever see another one," he said.',
                "Mossie Tallerhan",
                "said",
                "",
            ),
            ('"Well, they have."', "Mossie Tallerhan", "said", ""),
        ],
        [
            (
                "Tallerhan said his side had trained indoors twice last week because the club's own pitch was waterlogged.",
                "Mossie Tallerhan",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                'Kilmurrough manager Ger Scanlevy said his players had "nothing to be ashamed of".',
                "Ger Scanlevy",
                "said",
                "",
            ),
        ],
        [
            (
                '"We were in it for 50 minutes, and then what?" he asked.',
                "Ger Scanlevy",
                "asked",
                "",
            ),
            ('"One bad ball and it\'s gone."', "Ger Scanlevy", "asked", ""),
        ],
        [
            (
                "Scanlevy said two of his starting backs had played through injuries.",
                "Ger Scanlevy",
                "said",
                "",
            ),
            ("It was Kilmurrough's third final defeat in five years.", "", "", "W"),
        ],
        [
            ("Ballycrevane had lost the 2022 and 2024 finals.", "", "", "W"),
        ],
        [
            (
                "Tarrafagh, who also captained the club's under-21 side to a county title in 2019, said the players would bring the cup to Ballycrevane National School on Tuesday morning.",
                "Eoin Tarrafagh",
                "said",
                "W",
            ),
            (
                '"The kids are the ones who\'ll be out here in ten years," he said.',
                "Eoin Tarrafagh",
                "said",
                "",
            ),
        ],
        [
            (
                "Ballycrevane will now represent the county in the Munster club championship, with a quarter-final away to the Limerick champions on Sunday, December 6.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("SCORERS", "", "", "B"),
        ],
        [
            (
                "Ballycrevane: F Dunnerleavy 1-9 (6f), C Rathglassan 1-1, D Mac Giollarnáith 0-4, E Tarrafagh 0-3, S Ó Briainnín 0-2.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Kilmurrough Gaels: P Ó Caoinleáin 1-3, T Hessigan-Mongavan 0-8 (7f, 1 65), M Quigleagh 0-3, R Fennessey 0-2, J Bourcheley 0-1.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Referee: J. P. Moylurgagh (Cloonfearagh).", "", "", ""),
        ],
        [
            ("Subscribe to the Fergusmore Voice digital edition from €1.99 a week", "", "", "B"),
        ],
        [
            ("Most Read", "", "", "B"),
        ],
        [
            ("Road closures announced for Fergusmore Christmas market", "", "", "B"),
        ],
        [
            ("Gardaí appeal for witnesses after van stolen from farmyard", "", "", "B"),
        ],
        [
            ("Fergusmore Voice Newspapers DAC, Registered in Ireland No. 488217.", "", "", "B"),
        ],
        [
            ("© 2026 Fergusmore Voice.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # malaysia
    [
        [
            ("MyLensa", "", "", "B"),
        ],
        [
            ("Terkini | Nasional | Dunia | Bisnes | Sukan | English", "", "", "B"),
        ],
        [
            ("Home > English > Nation", "", "", "B"),
        ],
        [
            ("Dengue cases in Selangor up 31 pct, two deaths this year", "", "", "W"),
        ],
        [
            ("Seripertiwi", "", "", "B"),
        ],
        [
            ("26/11/2026 11:48 AM", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | WhatsApp | Telegram", "", "", "B"),
        ],
        [
            ("This article is carried in full from the Seripertiwi news agency.", "", "", "B"),
        ],
        [
            (
                "SHAH ALAM, Nov 26 (Seripertiwi) -- Selangor recorded 18,642 dengue cases from January to Nov 21 this year, up 31 pct from 14,231 cases in the same period last year, said state health and environment committee chairman Datuk Dr Noraini Kassimuddin.",
                "Noraini Kassimuddin",
                "said",
                "W",
            ),
        ],
        [
            (
                "She said two deaths had been recorded, both of patients with diabetes, compared with five deaths in 2025.",
                "Noraini Kassimuddin",
                "said",
                "W",
            ),
        ],
        [
            (
                "Petaling district recorded the most cases with 6,904, followed by Hulu Langat with 3,871 and Klang with 3,105, she said.",
                "Noraini Kassimuddin",
                "said",
                "W",
            ),
        ],
        [
            (
                '"The numbers usually climb after the monsoon starts, but this year they began climbing in August," she told reporters after launching a clean-up campaign at Taman Bukit Lengkuasa here today.',
                "Noraini Kassimuddin",
                "told",
                "",
            ),
        ],
        [
            (
                "She said health officers had inspected 214,500 premises since January and issued 3,120 compounds to owners of premises found with Aedes larvae.",
                "Noraini Kassimuddin",
                "said",
                "W",
            ),
            (
                "Aedes larvae were found at 38 per cent of the construction sites inspected, she added.",
                "Noraini Kassimuddin",
                "added",
                "W",
            ),
        ],
        [
            (
                "Noraini said the state would spend RM4.5 million next year on fogging, larvicide and community clean-ups, up from RM3.2 million this year.",
                "Noraini Kassimuddin",
                "said",
                "",
            ),
            (
                "She said the state would also hire 45 contract workers to help local councils clear clogged drains.",
                "Noraini Kassimuddin",
                "said",
                "",
            ),
        ],
        [
            (
                "Meanwhile, state health director Datuk Dr Azhar Fikriyuddin said the number of hotspot localities in Selangor had risen to 112 from 74 a month earlier.",
                "Azhar Fikriyuddin",
                "said",
                "W",
            ),
            (
                "He urged the public to seek treatment early if they had a fever lasting more than two days.",
                "Azhar Fikriyuddin",
                "urged",
                "",
            ),
        ],
        [
            ("\"Don't wait until the third or fourth day.", "Azhar Fikriyuddin", "said", ""),
            (
                "That's when the warning signs appear, and by then some patients are already in shock,\" he said.",
                "Azhar Fikriyuddin",
                "said",
                "",
            ),
            (
                "He said all government health clinics in the state would extend their hours on Saturdays until the end of January.",
                "Azhar Fikriyuddin",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the Health Ministry's weekly dengue bulletin, 101,288 cases were recorded nationwide up to epidemiological week 46, with Selangor accounting for 18.4 pct.",
                "the Health Ministry's weekly dengue bulletin",
                "According to",
                "W",
            ),
            ("At the same point in 2023, the state had recorded 9,850 cases.", "", "", "W"),
        ],
        [
            (
                "Taman Bukit Lengkuasa residents' association chairman S. Pavithrakumar said the association had lodged three complaints with the municipal council since July about an abandoned housing project next to the neighbourhood, where water collects in open foundations.",
                "S. Pavithrakumar",
                "said",
                "W",
            ),
            (
                '"Every time it rains, it becomes a breeding ground," he said.',
                "S. Pavithrakumar",
                "said",
                "",
            ),
            (
                "He said two children on his street had been admitted to hospital with dengue in October.",
                "S. Pavithrakumar",
                "said",
                "",
            ),
        ],
        [
            (
                "The municipal council said it would order the developer to drain the site within seven days.",
                "The municipal council",
                "said",
                "",
            ),
        ],
        [
            (
                "The project was started in 2019 by Lengkuasa Jaya Development Sdn. Bhd.",
                "",
                "",
                "W",
            ),
            (
                "The company could not be reached for comment.",
                "The company",
                "could not be reached for comment",
                "",
            ),
        ],
        [
            ("-- SERIPERTIWI", "", "", "B"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Follow MyLensa on Telegram and WhatsApp for the latest updates.", "", "", "B"),
        ],
        [
            ("Tags: dengue, Selangor, health", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Flash flood warning for five districts as monsoon rains persist", "", "", "B"),
        ],
        [
            ("Hospital waiting times to be cut with new appointment system", "", "", "B"),
        ],
        [
            (
                "MyLensa is a registered news portal under MyLensa Media Sdn. Bhd. (201801044417).",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 MyLensa.", "", "", "B"),
            ("Hak cipta terpelihara.", "", "", "B"),
        ],
    ],
    # nz
    [
        [
            ("Kōtukuroa News", "", "", "B"),
        ],
        [
            (
                "Home   NZ   World   Business   Sport   Entertainment   Lifestyle   Weather",
                "",
                "",
                "B",
            ),
        ],
        [
            ("NZ › Crime & Justice", "", "", "B"),
        ],
        [
            (
                "Former rugby club treasurer who stole $186,000 sentenced to home detention",
                "",
                "",
                "W",
            ),
        ],
        [
            ("NZN", "", "", "B"),
        ],
        [
            ("25 Nov, 2026 04:17 PM", "", "", "B"),
        ],
        [
            ("3 mins to read", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            (
                "A former treasurer of a Manawatū rugby club who stole more than $186,000 from it over six years has been sentenced to 11 months' home detention.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lorraine Whinbury-Tekaha, 58, appeared for sentence in the Palmerston North District Court on Wednesday after earlier pleading guilty to 14 charges of theft by a person in a special relationship.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "According to the summary of facts, she made 412 transfers from the Tokaruhe Rugby Football Club's accounts to her own between March 2019 and April 2025.",
                "the summary of facts",
                "According to",
                "W",
            ),
            (
                "The money was spent on online gambling, household bills and a car, the summary said.",
                "the summary",
                "said",
                "W",
            ),
        ],
        [
            (
                "The theft was discovered in May 2025, when a new treasurer found the club could not pay its insurance premium of $6,312.08.",
                "",
                "",
                "W",
            ),
            (
                "Whinbury-Tekaha, who had been treasurer since 2016, resigned in June 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The club has about 240 playing members, including 130 juniors.", "", "", "W"),
        ],
        [
            (
                'Crown prosecutor Hamish Drummondsley said the offending had "gutted" a small club run by volunteers.',
                "Hamish Drummondsley",
                "said",
                "",
            ),
            (
                "He said the club had cancelled its under-13 tour to Australia in 2024 because it believed it could not afford the airfares.",
                "Hamish Drummondsley",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a victim impact statement, the club's junior co-ordinator, Aroha Penvelloe, said some parents had paid their children's subscriptions twice after being told the first payments had not arrived.",
                "Aroha Penvelloe",
                "said in a victim impact statement",
                "W",
            ),
            ('"I had to look those families in the eye," she said.', "Aroha Penvelloe", "said", ""),
        ],
        [
            (
                "Defence lawyer Mere Tauwhareroa said her client was deeply ashamed and was being treated for a gambling addiction.",
                "Mere Tauwhareroa",
                "said",
                "",
            ),
            (
                "She said Whinbury-Tekaha had already repaid $22,500 after selling her car.",
                "Mere Tauwhareroa",
                "said",
                "W",
            ),
        ],
        [
            (
                '"She has lost her marriage, her house and her standing in the community," Tauwhareroa said.',
                "Mere Tauwhareroa",
                "said",
                "",
            ),
        ],
        [
            (
                "Judge Annaliese Korowhiti-Barr ordered her to pay a further $40,000 in reparation at $150 a week.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                '"You were trusted with the money of children and their parents, and you treated it like your own bank account," the judge said.',
                "Annaliese Korowhiti-Barr",
                "said",
                "",
            ),
        ],
        [
            (
                "She said a starting point of three years and three months' imprisonment had been reduced for the guilty pleas, remorse and reparation, bringing the sentence within the range for home detention.",
                "Annaliese Korowhiti-Barr",
                "said",
                "W",
            ),
            (
                'She said the gambling had been "a cause, not an excuse".',
                "Annaliese Korowhiti-Barr",
                "said",
                "",
            ),
            (
                "She said she had considered a prison sentence but found home detention would allow the reparation to be paid.",
                "Annaliese Korowhiti-Barr",
                "said",
                "",
            ),
        ],
        [
            (
                "Whinbury-Tekaha will serve the sentence at an address in Palmerston North.",
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
                'In a statement read outside court, club president Grant Okawhero-Finch said the club had survived "only because the community stood by us".',
                "Grant Okawhero-Finch",
                "said in a statement",
                "",
            ),
        ],
        [
            (
                "\"We've changed how we do things so this can never happen again.",
                "Grant Okawhero-Finch",
                "said in a statement",
                "",
            ),
            (
                'Two signatures on every payment, and a report to members every month."',
                "Grant Okawhero-Finch",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "Whinbury-Tekaha was also ordered to complete 150 hours of community work.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("- NZN", "", "", "B"),
        ],
        [
            ("Related articles", "", "", "B"),
        ],
        [
            ("Manawatū man jailed for stealing from elderly neighbour", "", "", "B"),
        ],
        [
            ("Sports clubs urged to tighten money controls after string of thefts", "", "", "B"),
        ],
        [
            ("Sponsored", "", "", "B"),
        ],
        [
            ("Get the Kōtukuroa News app", "", "", "B"),
        ],
        [
            ("© 2026 Kōtukuroa Media Limited", "", "", "B"),
        ],
        [
            ("Privacy Policy | Terms | Contact | Advertise", "", "", "B"),
        ],
    ],
    # zambia
    [
        [
            ("THE MUNYAMADZI STAR", "", "", "B"),
        ],
        [
            ("Home | News | Business | Politics | Sport | Columns | Letters", "", "", "B"),
        ],
        [
            ("BUSINESS", "", "", "B"),
        ],
        [
            ("Grain agency to buy maize at K310 per 50kg bag", "", "", "W"),
        ],
        [
            ("By MWILA CHISENGALUMBWE", "", "", "B"),
        ],
        [
            ("November 27, 2026", "", "", "B"),
        ],
        [
            (
                "A farmer loads bags of maize onto a truck at a satellite depot in Central Province.",
                "",
                "",
                "",
            ),
        ],
        [
            ("– Picture by CHOLA MUSONDAPILI", "", "", "B"),
        ],
        [
            (
                "The National Grain Reserve Agency will buy maize from farmers at K310 per 50kg bag this marketing season, up from K270 last year, Agriculture Minister Reuben Kalunganshi has announced.",
                "Reuben Kalunganshi",
                "has announced",
                "W",
            ),
        ],
        [
            (
                "Mr Kalunganshi told a media briefing in Lusaka yesterday that the agency would buy up to 600,000 tonnes, at a cost of about K3.72 billion.",
                "Reuben Kalunganshi",
                "told",
                "W",
            ),
            (
                '"We have set a price that is fair to the farmer and fair to the consumer," he said.',
                "Reuben Kalunganshi",
                "said",
                "",
            ),
        ],
        [
            (
                "He said purchases would begin on December 1 at 1,140 satellite depots across the country.",
                "Reuben Kalunganshi",
                "said",
                "",
            ),
            (
                "Farmers would be paid by mobile money or bank transfer within 14 days of delivery, the minister said.",
                "Reuben Kalunganshi",
                "said",
                "",
            ),
        ],
        [
            (
                "The minister said the country harvested 3.1 million tonnes of maize in the 2025/26 season, against national needs of about 2.4 million tonnes.",
                "Reuben Kalunganshi",
                "said",
                "W",
            ),
        ],
        [
            (
                "But the Smallholder Growers' Union of Zambia said the price was below the cost of production, which it put at K345 a bag.",
                "the Smallholder Growers' Union of Zambia",
                "said",
                "W",
            ),
            (
                "The union says it has about 210,000 members in all 10 provinces.",
                "The union",
                "says",
                "W",
            ),
        ],
        [
            (
                "Union president Chilekwa Mwansabemba said many farmers would sell to private traders instead.",
                "Chilekwa Mwansabemba",
                "said",
                "",
            ),
        ],
        [
            (
                '"Fertiliser alone went up by 18 per cent this year.',
                "Chilekwa Mwansabemba",
                "asked",
                "W",
            ),
            (
                'Who is going to grow maize at a loss?" he asked.',
                "Chilekwa Mwansabemba",
                "asked",
                "",
            ),
        ],
        [
            (
                '"We are asking the minister to meet us halfway, at K330," Mr Mwansabemba said.',
                "Chilekwa Mwansabemba",
                "said",
                "",
            ),
        ],
        [
            (
                "Annual inflation stood at 11.6 per cent in October, according to the statistics agency.",
                "the statistics agency",
                "according to",
                "W",
            ),
        ],
        [
            ("ADVERT", "", "", "B"),
        ],
        [
            (
                "Chanda Mwenyalubwe, managing director of Lubwe Milling Company Ltd., said mealie-meal prices were unlikely to fall before March.",
                "Chanda Mwenyalubwe",
                "said",
                "",
            ),
            (
                '"When the agency buys at K310, our grain costs go up, and the consumer pays," he said.',
                "Chanda Mwenyalubwe",
                "said",
                "",
            ),
            (
                "A 25kg bag of breakfast mealie-meal costs between K285 and K320 in Lusaka shops.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Economist Dr. Natasha Siamulenga of the Institute for Agrarian Policy Studies said the agency's budget would be stretched.",
                "Natasha Siamulenga",
                "said",
                "",
            ),
            (
                "She said the agency still owed farmers K412 million for maize bought last season.",
                "Natasha Siamulenga",
                "said",
                "W",
            ),
        ],
        [
            (
                "The agency has been allocated K2.9 billion for crop purchases next year, according to the 2027 budget estimates.",
                "the 2027 budget estimates",
                "according to",
                "W",
            ),
            (
                "Dr. Siamulenga said the government would either have to find more money or buy less maize than it plans.",
                "Natasha Siamulenga",
                "said",
                "",
            ),
        ],
        [
            ("Last season the agency bought 480,000 tonnes.", "", "", "W"),
        ],
        [
            (
                "The agency's acting executive director, Mr. Gift Mumbuluma, said all arrears would be paid by December 15.",
                "Gift Mumbuluma",
                "said",
                "",
            ),
            (
                '"Farmers will not be kept waiting this year," he said.',
                "Gift Mumbuluma",
                "said",
                "",
            ),
        ],
        [
            ("Share this:", "", "", "B"),
        ],
        [
            ("Facebook   Twitter   WhatsApp   Print", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Kwacha weakens against dollar for third week", "", "", "B"),
        ],
        [
            ("Copper output rises 9% in third quarter", "", "", "B"),
        ],
        [
            ("Leave a Reply", "", "", "B"),
        ],
        [
            ("Your email address will not be published.", "", "", "B"),
            ("Required fields are marked *", "", "", "B"),
        ],
        [
            ("© 2026 Munyamadzi Star Newspapers Ltd. | Powered by NewsPress", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h75-wal-ltd-its",
        "Tarenni Valley Coaches Ltd. runs five of the seven routes. Its managing director, Meirion Arbellwyn, said drivers on those routes would be moved to school contracts and that no jobs would be lost.",
        [
            "Tarenni Valley Coaches Ltd. runs five of the seven routes.",
            "Its managing director, Meirion Arbellwyn, said drivers on those routes would be moved to school contracts and that no jobs would be lost.",
        ],
    ),
    (
        "h75-wal-question-asked",
        '"What are they meant to do, walk four miles down the valley in February?" she asked. Cllr Garthewin said she would put a motion to full council on 10 December asking for the decision to be called in.',
        [
            '"What are they meant to do, walk four miles down the valley in February?" she asked.',
            "Cllr Garthewin said she would put a motion to full council on 10 December asking for the decision to be called in.",
        ],
    ),
    (
        "h75-wal-taxi-pension",
        '"I don\'t drive, I never have," she said. "A taxi is £22 each way. You tell me how that works on a pension."',
        [
            '"I don\'t drive, I never have," she said.',
            '"A taxi is £22 each way.',
            'You tell me how that works on a pension."',
        ],
    ),
    (
        "h75-ken-ruling-said",
        '"The applicants have demonstrated a prima facie case with a probability of success," the judge said in her ruling. She said the orders would remain in force until December 14, when the petition will be mentioned.',
        [
            '"The applicants have demonstrated a prima facie case with a probability of success," the judge said in her ruling.',
            "She said the orders would remain in force until December 14, when the petition will be mentioned.",
        ],
    ),
    (
        "h75-ken-sh-question",
        '"I was paying Sh50. Now they want Sh120. For what?" she asked.',
        ['"I was paying Sh50.', "Now they want Sh120.", 'For what?" she asked.'],
    ),
    (
        "h75-can-pm-am",
        "Council voted 8-3 in favour at 11:40 p.m. The meeting had begun at 9 a.m. on Monday.",
        ["Council voted 8-3 in favour at 11:40 p.m.", "The meeting had begun at 9 a.m. on Monday."],
    ),
    (
        "h75-can-dr-street",
        'One of them, Harold Quistenbury, said his tax bill on a bungalow on Fiddlerow Dr. had gone up by $1,100 since 2021. "I\'m not made of money, and neither is anybody on my street," he said.',
        [
            "One of them, Harold Quistenbury, said his tax bill on a bungalow on Fiddlerow Dr. had gone up by $1,100 since 2021.",
            '"I\'m not made of money, and neither is anybody on my street," he said.',
        ],
    ),
    (
        "h75-can-sask",
        "The increase is the second-highest approved by a city in the province this year, behind Lindqvale, Sask. Lindqvale approved a 6.1 per cent increase on Nov. 17.",
        [
            "The increase is the second-highest approved by a city in the province this year, behind Lindqvale, Sask.",
            "Lindqvale approved a 6.1 per cent increase on Nov. 17.",
        ],
    ),
    (
        "h75-ind-initials",
        'The committee\'s chairman, retired district judge R. V. Salunkhedkar, said the schools had failed to produce audited accounts to justify the increases. "A school is free to charge what its costs require, but it must show us the costs," he said. "Of the 46, only nine submitted their accounts on time."',
        [
            "The committee's chairman, retired district judge R. V. Salunkhedkar, said the schools had failed to produce audited accounts to justify the increases.",
            '"A school is free to charge what its costs require, but it must show us the costs," he said.',
            '"Of the 46, only nine submitted their accounts on time."',
        ],
    ),
    (
        "h75-ind-loans",
        '"Parents have been paying under protest since June. Many took loans," she said. She said the forum would ask the committee to publish the names of the schools on its website.',
        [
            '"Parents have been paying under protest since June.',
            'Many took loans," she said.',
            "She said the forum would ask the committee to publish the names of the schools on its website.",
        ],
    ),
    (
        "h75-ind-good-but",
        '"If the refund comes, good. But I will believe it when I see it in my account," he said.',
        [
            '"If the refund comes, good.',
            'But I will believe it when I see it in my account," he said.',
        ],
    ),
    (
        "h75-jam-am-residents",
        "Police and soldiers entered the community at about 5:30 a.m. Residents said they were woken by the sound of a helicopter overhead.",
        [
            "Police and soldiers entered the community at about 5:30 a.m.",
            "Residents said they were woken by the sound of a helicopter overhead.",
        ],
    ),
    (
        "h75-jam-exclaim",
        '"You can\'t arrest your way out of this!" she said. "These young men need training, they need work, they need somebody to give them a reason to stay in school."',
        [
            '"You can\'t arrest your way out of this!" she said.',
            '"These young men need training, they need work, they need somebody to give them a reason to stay in school."',
        ],
    ),
    (
        "h75-jam-how-long",
        'A resident who asked not to be named said the community had been calm since a curfew was lifted last week. "But for how long?" she asked.',
        [
            "A resident who asked not to be named said the community had been calm since a curfew was lifted last week.",
            '"But for how long?" she asked.',
        ],
    ),
    (
        "h75-aus-7am-it-said",
        "Electricity distributor Ulwenna Networks said 2,100 were still without power at 7am on Wednesday. It said most would be reconnected by the end of the day, but some customers in rural areas might wait until Friday.",
        [
            "Electricity distributor Ulwenna Networks said 2,100 were still without power at 7am on Wednesday.",
            "It said most would be reconnected by the end of the day, but some customers in rural areas might wait until Friday.",
        ],
    ),
    (
        "h75-aus-452pm",
        "He said a wind gust of 104km/h was recorded at Wollungarra aerodrome at 4.52pm. \"There's another round of storms possible on Thursday afternoon, though we don't expect them to be as intense,\" Mr Brannowicz said.",
        [
            "He said a wind gust of 104km/h was recorded at Wollungarra aerodrome at 4.52pm.",
            "\"There's another round of storms possible on Thursday afternoon, though we don't expect them to be as intense,\" Mr Brannowicz said.",
        ],
    ),
    (
        "h75-aus-rocks-reckon",
        '"It sounded like someone was throwing rocks at the house. The car\'s a write-off, I reckon," he said.',
        [
            '"It sounded like someone was throwing rocks at the house.',
            "The car's a write-off, I reckon,\" he said.",
        ],
    ),
    (
        "h75-aus-mate",
        'At Tillabrook, cattle farmer Russell Hanrivell said he had lost about three kilometres of fencing and the roof of a hay shed. "Mate, we needed the rain, just not like that!" he said.',
        [
            "At Tillabrook, cattle farmer Russell Hanrivell said he had lost about three kilometres of fencing and the roof of a hay shed.",
            '"Mate, we needed the rain, just not like that!" he said.',
        ],
    ),
    (
        "h75-us-pm-workers",
        "He said the county would hold a job fair for Haverlin workers at Cassaway Community College on Dec. 9 from 10 a.m. to 3 p.m. Workers can register in advance on the county's website.",
        [
            "He said the county would hold a job fair for Haverlin workers at Cassaway Community College on Dec. 9 from 10 a.m. to 3 p.m.",
            "Workers can register in advance on the county's website.",
        ],
    ),
    (
        "h75-us-facebook-asked",
        '"Thirty-one years, and I find out from Facebook?" he asked. He said he planned to apply for a job at a cabinet plant across the state line in Virginia.',
        [
            '"Thirty-one years, and I find out from Facebook?" he asked.',
            "He said he planned to apply for a job at a cabinet plant across the state line in Virginia.",
        ],
    ),
    (
        "h75-us-va-about",
        "Haverlin last closed a plant in 2023, in Sallowmede Forks, Va. About 180 people lost their jobs there.",
        [
            "Haverlin last closed a plant in 2023, in Sallowmede Forks, Va.",
            "About 180 people lost their jobs there.",
        ],
    ),
    (
        "h75-nga-rt-hon",
        'The Speaker, Rt. Hon. Yakubu Adetorogun, said the House added the N41.7bn mostly for rural roads and primary health centres after public hearings in all 16 local government areas. "This is a people\'s budget, and the people spoke to us in every local government," he said after plenary.',
        [
            "The Speaker, Rt. Hon. Yakubu Adetorogun, said the House added the N41.7bn mostly for rural roads and primary health centres after public hearings in all 16 local government areas.",
            '"This is a people\'s budget, and the people spoke to us in every local government," he said after plenary.',
        ],
    ),
    (
        "h75-nga-question-asked",
        '"How do you scrutinise N612bn in 45 minutes?" he asked. "We will not be part of a rubber stamp."',
        [
            '"How do you scrutinise N612bn in 45 minutes?" he asked.',
            '"We will not be part of a rubber stamp."',
        ],
    ),
    (
        "h75-irl-fr-park",
        "Ballycrevane won their first county senior hurling title since 2012 on Sunday, beating Kilmurrough Gaels 2-19 to 1-17 in the final at Fr. Breslagh Park. A crowd of 6,420 watched the game in wet, blustery conditions.",
        [
            "Ballycrevane won their first county senior hurling title since 2012 on Sunday, beating Kilmurrough Gaels 2-19 to 1-17 in the final at Fr. Breslagh Park.",
            "A crowd of 6,420 watched the game in wet, blustery conditions.",
        ],
    ),
    (
        "h75-irl-then-what",
        '"We were in it for 50 minutes, and then what?" he asked. "One bad ball and it\'s gone."',
        [
            '"We were in it for 50 minutes, and then what?" he asked.',
            '"One bad ball and it\'s gone."',
        ],
    ),
    (
        "h75-mys-dont-wait",
        "\"Don't wait until the third or fourth day. That's when the warning signs appear, and by then some patients are already in shock,\" he said. He said all government health clinics in the state would extend their hours on Saturdays until the end of January.",
        [
            "\"Don't wait until the third or fourth day.",
            "That's when the warning signs appear, and by then some patients are already in shock,\" he said.",
            "He said all government health clinics in the state would extend their hours on Saturdays until the end of January.",
        ],
    ),
    (
        "h75-mys-sdn-bhd",
        "The project was started in 2019 by Lengkuasa Jaya Development Sdn. Bhd. The company could not be reached for comment.",
        [
            "The project was started in 2019 by Lengkuasa Jaya Development Sdn. Bhd.",
            "The company could not be reached for comment.",
        ],
    ),
    (
        "h75-nz-two-signatures",
        '"We\'ve changed how we do things so this can never happen again. Two signatures on every payment, and a report to members every month."',
        [
            "\"We've changed how we do things so this can never happen again.",
            'Two signatures on every payment, and a report to members every month."',
        ],
    ),
    (
        "h75-zmb-fertiliser",
        '"Fertiliser alone went up by 18 per cent this year. Who is going to grow maize at a loss?" he asked.',
        [
            '"Fertiliser alone went up by 18 per cent this year.',
            'Who is going to grow maize at a loss?" he asked.',
        ],
    ),
    (
        "h75-zmb-mr-gift",
        'The agency\'s acting executive director, Mr. Gift Mumbuluma, said all arrears would be paid by December 15. "Farmers will not be kept waiting this year," he said.',
        [
            "The agency's acting executive director, Mr. Gift Mumbuluma, said all arrears would be paid by December 15.",
            '"Farmers will not be kept waiting this year," he said.',
        ],
    ),
]
