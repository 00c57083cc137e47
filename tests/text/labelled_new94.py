"""Ninety-fourth set of new hand-labelled pages for the hint engines (tuning set, round forty-one):
twelve WHOLE pages, head to tail, from twelve kinds of site whose FURNITURE is hard to tell from
story and is worded in ways other sets rarely use, each set in its own country: a regional TV
station's website (the United States, Nebraska), a community radio station's news page (Wales), an
agriculture trade magazine (Kenya), a university's newsroom (Canada, Nova Scotia), a government
ministry's press room (Jamaica), a football club's own website (England), a wire service's client
page (Chile), a newspaper's printer-friendly text-only view (India, Pune), an AMP / app-share page
(Singapore), a news site's syndicated copy of a partner paper's story (Zambia), a hyperlocal blog
(Australia, Melbourne) and a magazine long read (Portugal, the Algarve). Every page carries, at
its head, in its middle and at its tail, the furniture of its kind of site in fresh wording:
cookie and consent notices of two or three sentences with their buttons, subscriber, member and
registration walls in several lines, menus, breadcrumb strips and section labels, share, save and
comment strips, newsletter, WhatsApp and app prompts, skip links, text-size controls and language
links, audio and video player lines, read times, time stamps, bylines and author bios, media
contacts, corrections, editor's notes, an update note, a wire advisory and correction line, a
slug, priority and licence block, print-view and text-only notices, an image placeholder, page
markers, republication notes, land acknowledgements, a pull quote, Roman-numbered section heads,
related, trending, most-read and latest lists, tags and hashtags, and copyright, charity, company
and registration lines. The stories have several speakers each and real checkable claims. The
pages hold 536 sentences: 293 "B", 136 "W" and 107 ""; 179 sentences carry a speaker (79 distinct
speakers). `STYLES` describes each page, its story, its speakers and its furniture in order.

Written from scratch for issue 13 in round forty-one, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/` or `docs/` was opened or
listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing
under `tests/benchmarks/`, and no README of the project was read; `claimreview` was never imported,
and no test, scorer, engine or `pytest` was run. The search and fetch tools were not used, and
nothing was copied from anywhere. What was read: the brief (`/tmp/brief` was listed; it held only
the brief); the module docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with
`ast.get_docstring`); from `labelled_new93.py` and `labelled_new92.py`, the output of a script of my
own using `ast` that prints the module docstring, `STYLES`, the first two pages of `ARTICLES` and
the first eight `CASES`, saved to files in a scratch folder -- for `labelled_new93.py` the file was
printed with `sed` in two ranges and the part the tool cut from the first was printed again with
`sed`, so all of it was seen; for `labelled_new92.py` its first 140 lines (the docstring, whole)
were printed, then the rest through a `grep -v` that dropped lines holding only `""` or brackets,
and the tool cut the middle of that, so part of its `STYLES` and of its first page were not seen;
`def build` in `tests/text/labelled_articles.py` (a `sed` range); and the `[tool.ruff]` tables of
`pyproject.toml` (a `grep -n -A25`). A `which ruff`, a `pip list | grep ruff`, an `ls` of the
project's `.venv` and of its `bin` folder were run to find `ruff`. No other page, case or docstring
of any file under `tests/` was read. `/tmp/sets` was listed at the start (empty), before the final
checks and at the end; other helpers' files seen there were seen as names only and never opened.
What was run: a Python one-liner printing the weekdays of the dates used; scripts of my own in a
scratch folder that turn a small line format (flag|speaker|cue|text, blank lines between
paragraphs, a marker before a case's paragraph) into the literals below, apply renames, cut the
split cases out of the pages, and count sentences, flags and speakers; a check that imports this
file, runs `build` on every page and checks four string fields, flags, that every speaker has a
cue and every cue a speaker, that no "B" line has a speaker, that each cue occurs in its sentence
or in the quote it continues, 30 distinct case ids, and that every case text is in a built page,
equals its sentences joined by single spaces and is a run of consecutive labelled sentences of one
paragraph; per-word, whole-word, case-insensitive file counts (`grep -rilwF ... | wc -l`, Python
files under `tests/` only) first for candidate names and then for every capitalised word of these
pages (one such pass, run with its options in the wrong order, printed only grep's own errors and
was run again); and `ruff format` and `ruff check` on this file with `--config` pointing at the
project's `pyproject.toml` (the check also through `--stdin-filename
tests/text/labelled_new94.py` so the project's per-file ignores for `tests/**` apply). Only counts
were read from the searches, never the matched lines. Of the first candidate names about a
hundred and forty words hit other files (given names such as Rhodri, Idris, Catrin, Ffion,
Rosalind, Marguerite, Hollis, Tobiah, Teodoro and Sunniva, surnames such as Munroe, Pike, Cole,
Nash, Holloway, Soto and Ndlovu, and odd coinages such as Tenbrook, Solvane, Thwaitesby and
Wadgaonkar); only words with no hit were used. The pass over the drafted pages found about thirty
more (Ashmeadow, Atieno, Ayub, Barlavento, Chishimba, Clarabelle, Claudette, Corbridge, Corrie,
Evanthe, Hollowmere, Margarethe, Meridiana, Millrace, Mulvane, Mwaka, Mwiinga, Namakau, Nduta,
Nesta, Ngoi, Pelletreau, Plainsong, Raymond, Toh, Rosamund, Haq and Cae); each was renamed and
every replacement had no hit. What still hits is real places, regions and rivers, common words
(Bean, Infra, Gully, Vale, Coastline, Hawker, Trust and the like, some inside a coined name),
outlet words (Dispatch, Sentinel, Mail, Review), the Spanish and Malay words Cerro, Minera and
Binte, the Welsh words of the language link and the show name, titles and abbreviations kept on
purpose (Dr, Mr, Mrs, Ms, Madam, Hon, Sen, Cllr, Cr, Eng, PhD, LB, Lda, Ltd, Pvt, Pte, Corp, LLC,
Regn, Co, No, St, Neb) and acronyms of furniture (FCC, EEO, CPF, COE, MRT, NITF, JSON, TXT).

Every person, outlet, station, wire service, magazine, blog, website, firm, club, ground, stand,
terrace, supporters' trust, union, association, federation, campaign group, ministry, agency,
council body, hospital, university, institute, research centre, fund, reservoir, dam, well field,
community, street and figure is invented. Real countries, regions, cities, towns, rivers and
roads appear only as settings: the United States, Nebraska, Grand Island, Hall, Buffalo and Adams
counties, Kearney, Columbus, St. Paul, Hastings, Alda, the Platte River, Interstate 80 and
Medicaid; Wales, Carmarthenshire's Amman and Gwendraeth valleys, Ammanford, Swansea, Glanaman,
Garnant, Brynamman, Llandeilo and Carmarthen, the Welsh Government (one unnamed spokesperson) and
the UK's broadcasting regulator (unnamed); Kenya, Nairobi, Mombasa, Kandara, Murang'a County,
Kenol, Naivasha, Nyeri and Rotterdam; Canada, Nova Scotia, Truro, Antigonish, Cape Breton, the
Minas Basin and Mi'kma'ki; Jamaica, Kingston, St. Catherine, Clarendon, St. Elizabeth and the Rio
Minho; England, Kendal and Cumbria; Chile, Santiago, Antofagasta, Toronto, Japan and London;
India, Pune, Kothrud and Karvenagar; Singapore and Tengah; Zambia, Lusaka, Mtendere, Kabwe, Lake
Kariba, the Copperbelt and Namibia; Australia, Brunswick East, Coburg, Lygon Street, the Upfield
line and the Wurundjeri Woi-wurrung people; Portugal, the Algarve, Silves, Albufeira, Faro,
Lisbon, the Querença-Silves aquifer and Europe. Facebook, X, WhatsApp, LinkedIn, Bluesky, iPhone
and Android appear only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py`
(see their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W",
"B" or "". The points the recent sets state hold too: furniture "B" line by line, whatever it says;
a caption by its content and its credit "B"; headlines and standfirsts never split; a dateline
belongs to its lead sentence; a pronoun, a later surname, a role or a title resolved to the full
name as first given, without titles; an organisation's later generic noun kept as written ("the
company") and "It" resolved to the name as first given; a quote over several sentences carrying
its speaker and cue; a colon-introduced quote carrying the verb before the colon; standfirsts whose
subject is a kind ("Passengers", "Exporters", "Housing societies", "Small businesses") kept as
written through "say".

Conventions this set had to settle, in the same spirit (FURNITURE):

* A furniture line that holds more than one sentence is split like story text, each part "B": a
  consent notice and its reason, a donation appeal and its ask, a paywall's notice and its offer,
  a SPONSORED line and its call to action, an app prompt and "It's free to download.", a weather
  advisory and its road warning, copyright and its permission line, a republication note and "It
  has been lightly edited for length.", an update note and its new date. A question in furniture
  followed by a sentence is its own sentence ("Got a tip or photo?" / "Text the 8 Newsroom ...",
  "Not registered yet?" / "Create a free Helm ID ...", "🎧 Prefer to listen?" / "This story is
  narrated ...", "Something to tell us?", "Have a view on this story?", "Want to republish
  ZedPulse stories?"); a strip of buttons or links stays one sentence whatever its punctuation
  ("Okay, continue | Customize | Reject optional", "OPEN ›", "View the full article").
* Corrections, editor's notes, amendment notes, the blog's update note and the wire's correction
  line are "B" even when they state a figure or a date ("An earlier version gave it as $690.", "it
  is 32 cubic hectometres, not 23.", "It will now be heard on 8 December."): they are the page's
  notes about itself, not the story's claims.
* Wire client page: the desk name, sign-in and licence strip, browsing path, session notice,
  URGENT, the SLUG line, the priority and word-count line, the EDITORS note, the correction
  advisory, PHOTOS, SEE ALSO, the next-on-slug line, the download strip, the licence block and the
  trust-principles line are "B"; "Filed by F. Ocarvelo in Santiago and T. Lanquín-Arrate in
  Antofagasta; desk editor H. Brightwaterson." is ONE sentence (initials never end one). The
  dateline "SANTIAGO, Nov 24 (Merivane) -" belongs to the lead.
* Government press room: PRESS RELEASE, FOR IMMEDIATE RELEASE, the date line, the end mark "-30-",
  contact lines, the page-rating widget and the last-reviewed line are "B"; the release's own
  service lines (delivery schedules posted every Friday, residents asked to store water) are ""
  without a speaker; the dateline "KINGSTON, Jamaica —" belongs to the lead.
* Print view: "[Image not shown in text-only view: ...]" is one "B" sentence, the caption inside
  the brackets included (a placeholder of the print view, not a caption on the page); "Page 1 of
  2", "Printed from:", "Printed on:" and the numbered link list are "B".
* Long read: the Roman-numbered section heads ("I. The tank", "IV. The sea") are one "B" sentence
  each (the numeral never ends a sentence); the pull quote, which repeats the farmer's quote, is
  "B" with no speaker; the headline "The last wet winter" is "" (nothing to check) and the
  standfirst, one sentence with a colon and a question mark, is "W" (reservoirs at their lowest
  on record).
* University newsroom: the land acknowledgement, the media-contact heading and line, the journal
  reference (one sentence, as in `labelled_new2.py`) and the funding note are "B"; the
  Acknowledgement of Country on the blog is "B" likewise.
* The club statement is written in the club's own voice: its capacity, inspection findings, terrace
  closure, all-ticket rule and the 2009 precedent are "W" without a speaker; the instructions to
  season-ticket holders are service information (""). "#UpTheHelm" is "B".

Conventions (SPEAKERS AND CLAIMS):

* Titles and descriptors go: President and CEO, Dr., State Sen., Managing director, Cllr, Board
  director general, chief executive, P.Eng. after a name, Permanent Secretary Mrs., Hon. with a
  ministerial title, PWSA President, Mr., Chairman, Manager, Union president, Deputy Labor
  Minister, Additional municipal commissioner Dr., Madam, Ms, Associate Professor, Energy Minister,
  ZPSC managing director and Cr. The Malay particle "Binte" stays ("Norsyafiqah Binte
  Amaruddin"); a hawker named with a Western given name before his Chinese name, later "Mr Ngeow",
  is "Rayden Ngeow Kenghwee". "The Minister", "the Minister" and "He" resolve to the minister named
  in the lead.
* Organisations as first given, article and acronym dropped after a proper name: "Zambia Power
  Supply Corporation" (and "It said"), "Ventaluz Water Company", "HawkerHeart" (after "its operator
  HawkerHeart"), "Minera Tolvaya", "Union No. 2 at Minera Tolvaya", "Pentregarn Motor Services"
  ("the company said" in its first sentence), "Keswarren Resources Corp." (cue "declined to
  comment", ""), "the company" (cue "reported", kept as written); "hospital officials" (cue
  "announced"); unnamed spokespeople as written ("A Welsh Government spokesperson", "A
  spokesperson for the district council", later "The spokesperson"). Sources after "according to"
  as written ("board figures", "company reports", "corporation records", "labor ministry
  records", "provincial figures", "the meeting agenda", "the environment agency", "the
  Meteorological Office", "the authority that manages the lake", "the regional water authority's
  weekly bulletin"); "ZPSC figures show" carries "ZPSC figures" with cue "show". Cues as written:
  "told Tonfedd", "told Helm TV", "told Merivane by phone", "told parliament", "wrote on
  Facebook", "said in a statement", "urged", "appealed", "added", "asked".
* Check-worthiness as in the recent sets: figures, dates, decisions, rules, records, scheduled
  events (a tender on Dec 1, a fee waiver to a date), causal claims by those in charge or by
  experts (fruit picked too early shrivels; output fell because of ore grades), comparisons with a
  measure (the lowest level for November since 2014, the first stoppage this year) and a group's
  record (a petition count, a trust's fundraising) are "W"; hedges ("could", "may", "expected"),
  hopes, plans, intentions, forecasts, advice, opinions, feelings, questions and scene-setting are
  "". A private person's own life with numbers is "": a mother's 90-minute labour, a student's
  timetable, a pensioner's £46 taxi, a farmer's broker price, a homeowner's oil bill, hawkers'
  plates and takings, a welder's generator and fuel, a cafe owner's takings, a farmer's dried
  hectares. The blogger's own measurement of a footpath is "W"; her walk is "".

Splits. "6 a.m. CST Thursday." before "Slick", "Jan. 31," in a headline, "GRAND ISLAND, Neb.
(KVRT) —", "Dr. Corlinda ... St. Paul, Neb., said", "Jan. 31." before a quoted question, "LB
614,", "Feb. 1", "Dr. Banterfield’s", "LLC." before "Not", "7.10am and 4.45pm.", "2027-28.",
"no. 1187452." and "No. 09934417.", "p. 22", "Ltd." before "It", "US$11 million", "Dr. Akinyiro",
"Ltd. 2026." before "No part", "P.Eng., an assistant professor", "Feb. 3, 2025,", "et al." and
"Energy Build Res. 2026;58:101442." in one reference, "Nov. 6" and "$690.", "St. Catherine,
Clarendon and St. Elizabeth ..., Hon. Lascellin Brammerton, announced today.", "January 31,
2027.", "7 a.m. or after 5 p.m." at a paragraph's end, "Mrs. Claudvine", "(PWSA)." before a new
paragraph, "Mr. Ezejiofor", "v" and "3pm" in a strip, a colon-introduced quote over two
sentences, "Ltd." before "Registered ... No. 04418726.", "Union No. 2 at", "$15,600", "Corp. and",
"Corp. declined", "U.S. dollars.)", "F. ... T. ... H." in one line, "Nov. 30", "Dr. Vikramaditya",
"Pvt. Ltd." before "It" and before "This copy", "Ward No. 41", "approx. ₹1,500", "Pte. Ltd., said",
"Pte. Ltd." before "Co. Regn. No. 201533417K.", "Mr Ngeow said.", "Dec 1.", "US$0.19", "K14,500",
"9.40pm:", "Lda., which", "I." to "IV." in section heads, and quotes running on after "he said."
and "she said." never split a sentence wrongly; a quoted question followed by its attribution
("“... and now we’re asking them to drive an hour in February?” she said.", "“What am I supposed
to do, ask my mam to drive me every day?” she said.", "“Are we going to ration bath water for our
grandparents now?” he asked.") is one sentence. `CASES` holds 30 sentence-split cases (id, text,
expected sentences), each a run of consecutive sentences of one paragraph of these pages joined
by single spaces: what a reviewer wants, not what the engine does.
"""

STYLES = [
    'US regional TV station\'s website (Grand Island, Nebraska), a hospital will stop delivering babies on Jan. 31, with hospital officials announced in a GRAND ISLAND, Neb. (KVRT) dateline lead, the president and CEO (later She, she and surname) whose births, vacancies, losses, nurses\' jobs and standby ambulance are "W" and whose feeling and may-hedge are "", a family physician with Dr. in St. Paul, Neb. whose patient count is "W", whose quoted question with she said is "" and whose advice with urged is "", a mother\'s own labour "", a state senator with State Sen. whose bill, its number LB 614 and its fate are "W" and whose plan is "", a hospital council through according to, a Kearney hospital\'s spokesperson (later The spokesperson) whose capacity is "W" and whose hiring plan is "", the standfirst with could and no speaker, a patient line "" (call letters masthead, weather advisory in two sentences, menu with bullets, a privacy heading, a two-sentence consent notice and its buttons, breadcrumb with slashes, headline with Jan. 31, standfirst, byline, Published and Updated line with CST, a WATCH line with running time and a muted-video note, share strip with Save to my list, a tip prompt split at its question mark, a MORE ON THIS STORY link, a second WATCH line, a CORRECTION line with Dr., copyright split at LLC., Trending list, an app prompt in two sentences, an FCC and accessibility line)',
    'Welsh community radio station\'s news page (Ammanford, Carmarthenshire), the hourly 129 bus to Swansea ends as a council subsidy runs out, with the company said and It said (subsidy, fares) "W", the replacement timetable with 7.10am and 4.45pm and the route\'s history in the writer\'s voice, the managing director whose passenger figures and routes are "W" and whose feeling (told Tonfedd) and hope are "", a councillor with Cllr whose savings figure is "W" and whose hedge is "", A Welsh Government spokesperson with a grant figure, a student\'s own timetable and quoted question with she said "", a pensioner\'s own taxi fare "", a petition count "W", a community transport chair whose minibuses are "W" and whose need is "", the standfirst carrying Passengers through say (skip link, station line, language switch, live-player line with the presenter, menu with middle dots, cookie heading, a two-sentence cookie notice and its buttons, breadcrumb, headline, standfirst, reporter line, Posted line with read time, a read-aloud audio line, a two-sentence donation appeal and an audio clip line mid-story, a contact prompt split at its question mark, a Welsh-language link, More from the valleys list, a licence and registration block split at "no." and "No." before numbers, a footer line)',
    'Kenyan agriculture trade magazine\'s export-markets page, avocado exports restart after a five-week maturity ban, with the lift and the ban\'s dates in the writer\'s voice, the regulator\'s director general (later She and surname) whose dry-matter rule, rejected containers and licensed pack houses are "W" and whose feeling and hedge with could are "", export totals through according to board figures, an exporters\' association chief whose lost orders and equipment cost (said after the figure) are "W" and whose warning is "", a farmer\'s own broker prices "" and her feeling, a cold store built by a firm ending in Ltd. before It, its managing director whose tonnage is "W" and whose expectation is "", a post-harvest scientist with Dr. whose causal claim is "W" and whose may-hedge is "", the standfirst carrying Exporters through say (masthead in capitals, tagline, account strip with pipes, section menu, a market-board ticker, a three-line cookie notice, breadcrumb with », headline, standfirst, byline, date line with read time and print page p. 22, a subscriber wall in a heading, two sentences and a price strip mid-story, a SPONSORED notice split before its call to action, a See also link, topics line, a two-sentence writer\'s bio, a letters prompt split at its question mark, an event notice, Most read list with numbers, a price disclaimer, copyright split at "Ltd. 2026.")',
    'Canadian university\'s newsroom (Tallisford University, Nova Scotia), a study finds heat pumps cut heating bills by 38% in 212 homes, with the study\'s finding through according to, the study period in the writer\'s voice, oil-heated homes through according to provincial figures, the lead author with P.Eng. after her name (later She, she and surname) whose savings and finding on old houses are "W" and whose quote over two sentences, hope and wish are "", a PhD candidate whose coldest day (Feb. 3, 2025) and backup count are "W", a homeowner\'s own bills and quote "", A spokesperson for the province\'s efficiency agency (later The spokesperson) with rebates paid "W" and a plan "", a standfirst with no speaker that states the finding (skip link, French link, university name in capitals, menu with pipes, newsroom name, faculty breadcrumb, headline, standfirst, Posted by line, reading-time line, share line, caption and bracketed photo credit, a captioned video line mid-story, a journal reference as one sentence with et al. and an abbreviated journal name, a funding note, a two-sentence editor\'s note with Nov. 6 and a figure, media contact heading and line, land acknowledgement, Related stories list, a digest sign-up, footer with copyright)',
    'Jamaican government ministry\'s press room, $312 million to truck water to 46 drought-hit communities, with a KINGSTON, Jamaica dateline lead naming the Minister with Hon. and his ministerial title through announced (St. Catherine and St. Elizabeth mid-sentence), rainfall through according to the Meteorological Office, the Minister (later The Minister, He and the Minister) whose tanks, deliveries, fee waiver and repair money are "W", whose quote is "" and whose appeal to farmers with 7 a.m. and 5 p.m. is "", the permanent secretary with Mrs. whose approval date and contracts are "W", the water agency\'s president (later He and Mr. and surname) whose dam level and fines are "W" and whose may-hedge and expectation with added are "", schedules and a request to residents without a speaker "" (accessibility strip with text-size controls, ministry name in capitals, menu, a two-sentence cookie note, breadcrumb with », PRESS RELEASE and FOR IMMEDIATE RELEASE labels, headline, date line, caption and Photo credit in brackets, the -30- end mark, contact lines, a page-rating widget, a last-reviewed line, Related releases list, an email-alert prompt, copyright in two sentences, footer links)',
    'English football club\'s own website (Helmside Athletic, Kendal, Cumbria), a club statement cuts the ground\'s capacity to 1,850 after corroded crush barriers are found, in the club\'s own voice: capacity, inspection findings, terrace closure, an all-ticket match and the 2009 precedent "W" without a speaker and season-ticket holders\' instructions "", the chairman with a colon-introduced quote over two sentences (cue said) "", his quote figure "W" and his could-hedge with he said after it "", the manager (told Helm TV, later He and he) whose record is "W" and whose boast is "", the supporters\' trust chair whose fundraiser plan and quote are "" and whose 2023 total is "W", A spokesperson for the district council (later The spokesperson) with the amended certificate "W" and a promise "" (club name line, partner strip, next-match strip with v and 3pm, menu, privacy heading, cookie sentence and buttons, breadcrumb, Club statement headline, date and author line, a club-TV line and a registration prompt split at its question mark mid-statement, hashtag, share line, LATEST NEWS list, registration block split at Ltd. and No., footer links)',
    'Wire service\'s client page (Chile), copper miners at an invented mine walk out after rejecting a wage offer, with a SANTIAGO, Nov 24 (Merivane) dateline lead in the writer\'s voice, Union No. 2 at the mine said (voting figures) "W", output through according to company reports, the union president whose offer figures are "W" and whose quote (told Merivane by phone) and plan are "", the company said in a statement (a record claim) "W", ownership ending in Corp. mid-sentence and the owner\'s share fall "W", the owner declined to comment with Corp. before declined "", an analyst named only after her quote with could "", the copper price, a deputy labor minister whose record is "W" and whose promise is "", a past strike, the company reported (output and a causal claim) and according to labor ministry records (a comparison) "W" (desk name in capitals, sign-in and licence strip, menu, browsing path, a two-sentence session notice, URGENT label, SLUG line, priority and word-count line, EDITORS note, headline, byline, a correction advisory ending in U.S. dollars.), a Filed by line with three initials in one sentence, PHOTOS, SEE ALSO with Nov. 30, next-on-slug line, download strip, a three-sentence licence block, trust-principles line)',
    'Indian daily\'s printer-friendly text-only page (Pune), the city will bill water by the litre from April 1, 2027, with the committee\'s approval, the dams and the slab tariff in the writer\'s voice, the additional municipal commissioner with Dr. (later He and surname) whose meter count in lakh, cost in crore and leakage are "W" and whose quote and forecast are "", the contractor ending in Pvt. Ltd. before It and its fine through according to corporation records, a housing federation president whose survey is "W" and whose hedge and quoted question with he asked are "", a water-rights activist whose villages and Ward No. 41 payment with approx. are "W" and whose quote is "", an objection deadline "", the standfirst carrying Housing societies through say (a printer-friendly heading, print and close strip, a two-sentence text-only notice, section path in capitals, headline, standfirst, byline with news service, place and time line with IST, a bracketed image placeholder and Page 1 of 2 mid-story, Page 2 of 2, a comments note, Printed from and Printed on lines, copyright block split at Pvt. Ltd., links list)',
    'Singaporean news site\'s AMP / app-share page (Tengah), 18 of 42 stalls at a new hawker centre still empty, with a SINGAPORE dateline lead carrying its operator HawkerHeart said, the operator (registered as a firm ending in Pte. Ltd. mid-sentence) whose departures, rents, third tender and the centre\'s cost are "W", its chief executive whose rent cut is "W" and whose forecast is "", a scene "", a hawker with Madam and the particle Binte whose own plates and quote are "", a hawker named in the Western-given-name-then-Chinese-name order, later Mr and surname, whose own takings and quote are "", an MP with Ms who wrote on Facebook (a letter of record, "W"), the centre model and rents through according to the environment agency, an associate professor whose may-hedge is "" and whose survey is "W" (back arrow, a lighter-version notice split before its link, a shared-from-app line, a two-sentence app prompt and an OPEN button, a two-sentence cookie prompt, section and updated line, headline, audio line, byline, Sponsored and a tap-to-read line and a two-sentence registration wall mid-story, Read next link, topics line, save strip, Top stories in the app list, copyright split at Pte. Ltd. before Co. Regn. No., footer)',
    'Zambian news site\'s syndicated copy of a partner paper\'s story (Lusaka), scheduled power cuts fall from 17 hours a day to eight, with a LUSAKA dateline lead carrying the Zambia Power Supply Corporation (ZPSC) said and It said (lake level, solar plant), the managing director whose imports are "W" and whose could-hedge is "", ZPSC figures show and according to the authority that manages the lake "W", the energy minister (told parliament, later she told parliament and She said) whose payments and duty waiver are "W" and whose quote is "", a welder\'s own generator, fuel, quote and plan "", an economist whose survey is "W" and whose forecast is "", a timetable notice "", the standfirst carrying Small businesses through say (site name in capitals, menu, a two-sentence cookie notice and buttons, breadcrumb, a two-sentence republication note, headline, standfirst, byline with the original paper, first-published and republished line with read time, an ALSO ON link and a WhatsApp prompt mid-story, a two-sentence republication tail, a two-sentence views and corrections note, a syndication prompt split at its question mark, Trending list, copyright in two sentences)',
    'Australian hyperlocal blog (Brunswick East, Melbourne), the council will vote on felling 11 plane trees for a protected bike lane, with the plan and parking through according to the meeting agenda, tree ratings through according to an arborist\'s report, the council\'s transport manager whose replacements, budget and submissions are "W" and whose could-hedge is "", the blogger\'s own walk "" and measurement "W" in the first person, a residents\' group convener whose petition count is "W" and whose plan and quote are "", a cafe owner\'s own takings and quote "", a bicycle user group spokeswoman whose crash data is "W" and whose quote is "", a councillor with Cr whose intention is "" (blog name, tagline, menu, an Acknowledgement of Country, a three-line cookie notice, a Posted on and Filed under line with a comment count, headline, a post-continues line and a three-line email sign-up mid-post, a two-sentence update note, share line, Related list, comments heading with the post title in quotes, Leave a reply, a two-sentence comment-moderation note, a two-sentence reader-funding appeal, theme and hosting line)',
    'Magazine LONG READ on drought in Portugal\'s Algarve, with Roman-numbered section heads, a citrus farmer\'s own scene, history and feelings in quotes running over two sentences "" (said, one hand on the rim), the reservoir\'s level through according to the regional water authority\'s weekly bulletin and a record low "W", the irrigation association\'s halved allowance "W", the farmer\'s own dried hectares "", scene-setting "", avocado area through according to regional agriculture statistics and boreholes "W", an agronomist and spokesperson for a firm ending in Lda., mid-sentence whose water use and sensors are "W" and whose quotes over two sentences are "", a hydrogeologist with Dr. whose well readings are "W", whose quote and opinion are "", the aquifer the largest in the south "W", a mayor whose night-pressure cut and plant output are "W" and whose quote over two sentences is "", a water company said in a statement (tender, cost) "W", a closing scene and quotes "" (magazine name in capitals, menu, account strip, a three-line cookie notice, THE LONG READ label, headline "", standfirst in one sentence with a colon and a question mark "W", words and photographs line, published and issue line with read time, a three-sentence narration note split at its question mark, section heads I. to IV., a pull quote "B", a membership wall in a heading and three lines mid-story, caption and Image credit, a two-sentence amendment note with a figure, a two-sentence grant note, a two-sentence bio, More long reads list, copyright and registration line with No)',
]

ARTICLES = [
    [
        [
            ("KVRT 8 NEWS | Your Central Nebraska Station", "", "", "B"),
        ],
        [
            (
                "WINTER WEATHER ADVISORY for Hall, Buffalo and Adams counties until 6 a.m. CST Thursday.",
                "",
                "",
                "B",
            ),
            ("Slick spots likely on untreated roads.", "", "", "B"),
        ],
        [
            (
                "Watch Live  •  Newscasts  •  First Alert Forecast  •  School Closings  •  Contests  •  Work at KVRT",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Your privacy choices", "", "", "B"),
        ],
        [
            (
                "KVRT and 143 advertising partners store and read small files on your device so we can show you relevant ads and see how our newscasts do online.",
                "",
                "",
                "B",
            ),
            (
                "You can change your mind any time through the “Do Not Sell or Share” link at the bottom of every page.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Okay, continue   |   Customize   |   Reject optional", "", "", "B"),
        ],
        [
            ("News / Local / Health Watch", "", "", "B"),
        ],
        [
            (
                "Grand Island hospital to stop delivering babies Jan. 31, citing doctor shortage and falling births",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mothers in five counties could face drives of an hour or more to give birth",
                "",
                "",
                "",
            ),
        ],
        [
            ("By Tessaleigh Vorhagenn", "", "", "B"),
        ],
        [
            ("Published: Nov. 12, 2026 at 5:14 PM CST | Updated: 39 minutes ago", "", "", "B"),
        ],
        [
            ("▶ WATCH: Hospital leaders explain the decision (2:41)", "", "", "B"),
            ("Video is muted — tap for sound.", "", "", "B"),
        ],
        [
            ("Facebook   X   Email   Save to my list", "", "", "B"),
        ],
        [
            (
                "GRAND ISLAND, Neb. (KVRT) — Sandmoorow Regional Medical Center will close its labor and delivery unit on Jan. 31, hospital officials announced Thursday.",
                "hospital officials",
                "announced",
                "W",
            ),
        ],
        [
            (
                "President and CEO Marisolde Tenbroeke-Adewumiola said the hospital delivered 231 babies in the 2025 fiscal year, down from 412 in 2019.",
                "Marisolde Tenbroeke-Adewumiola",
                "said",
                "W",
            ),
            (
                "She said three of the unit’s five obstetrician positions have been vacant since March.",
                "Marisolde Tenbroeke-Adewumiola",
                "said",
                "W",
            ),
            (
                "“This is the hardest call I’ve made in 22 years here,” she said.",
                "Marisolde Tenbroeke-Adewumiola",
                "said",
                "",
            ),
        ],
        [
            (
                "The closure will leave no hospital offering births along a 95-mile stretch of Interstate 80 between Kearney and Columbus.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Got a tip or photo?", "", "", "B"),
            ("Text the 8 Newsroom at 308-555-0127.", "", "", "B"),
        ],
        [
            (
                "The unit lost $2.3 million in the 2025 fiscal year, Tenbroeke-Adewumiola said.",
                "Marisolde Tenbroeke-Adewumiola",
                "said",
                "W",
            ),
            (
                "Tenbroeke-Adewumiola said the unit’s 14 nurses will be offered jobs elsewhere in the hospital at the same pay.",
                "Marisolde Tenbroeke-Adewumiola",
                "said",
                "W",
            ),
            (
                "She said the hospital may reopen the unit if it can recruit two more obstetricians, but she gave no timeline.",
                "Marisolde Tenbroeke-Adewumiola",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr. Corlinda Banterfield, a family physician in St. Paul, Neb., said 38 of her patients are due to give birth after Jan. 31.",
                "Corlinda Banterfield",
                "said",
                "W",
            ),
            (
                "“Some of these moms don’t have a reliable car, and now we’re asking them to drive an hour in February?” she said.",
                "Corlinda Banterfield",
                "said",
                "",
            ),
        ],
        [
            (
                "Jaylenne Ostrakova, who gave birth to her son at Sandmoorow in August, said her labor lasted 90 minutes from the first contraction.",
                "Jaylenne Ostrakova",
                "said",
                "",
            ),
            (
                "“If I’d had to go to Kearney, I would have had him in the truck,” she said.",
                "Jaylenne Ostrakova",
                "said",
                "",
            ),
        ],
        [
            (
                "MORE ON THIS STORY ▸ Rural hospitals across the state trim services as Medicaid payments lag costs",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "State Sen. Wendric Wesselbrook of Grand Island said he introduced a bill last session that would have raised Medicaid payments to rural hospitals for births by 15%.",
                "Wendric Wesselbrook",
                "said",
                "W",
            ),
            (
                "The bill, LB 614, did not advance out of committee, he said.",
                "Wendric Wesselbrook",
                "said",
                "W",
            ),
            ("He said he plans to bring it back in January.", "Wendric Wesselbrook", "said", ""),
        ],
        [
            (
                "At least nine rural Nebraska hospitals have stopped delivering babies since 2015, according to the Nebraska Rural Hospital Council.",
                "the Nebraska Rural Hospital Council",
                "according to",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for Ravenmoor Plains Health in Kearney said its birth center has 18 rooms and can take about 300 more births a year.",
                "A spokesperson for Ravenmoor Plains Health",
                "said",
                "W",
            ),
            (
                "The spokesperson said it plans to hire two more labor nurses in January.",
                "A spokesperson for Ravenmoor Plains Health",
                "said",
                "",
            ),
        ],
        [
            (
                "WATCH: A Kearney paramedic on what to do if labor starts on the highway (1:58)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Tenbroeke-Adewumiola said the hospital will keep an ambulance crew on standby at its emergency room around the clock from Feb. 1 for women in active labor.",
                "Marisolde Tenbroeke-Adewumiola",
                "said",
                "W",
            ),
        ],
        [
            (
                "Banterfield urged expectant mothers to register with another hospital as early as possible.",
                "Corlinda Banterfield",
                "urged",
                "",
            ),
            (
                "Patients with questions can call the hospital’s patient line at 308-555-0160.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "CORRECTION: An earlier version of this story misspelled Dr. Banterfield’s first name.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Copyright 2026 Vorlandt Broadcasting of Nebraska, LLC.", "", "", "B"),
            ("Not for rebroadcast or redistribution without written permission.", "", "", "B"),
        ],
        [
            ("Trending on KVRT", "", "", "B"),
        ],
        [
            ("Crews pull driver from icy Platte River backwater near Alda", "", "", "B"),
        ],
        [
            ("Hastings council approves 4% water rate increase", "", "", "B"),
        ],
        [
            ("KVRT 8 News app: breaking alerts, live radar and every newscast.", "", "", "B"),
            ("Free on iPhone and Android.", "", "", "B"),
        ],
        [
            (
                "FCC Public Inspection File  |  EEO Report  |  Closed Captioning Help  |  Accessibility  |  Terms of Service",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("Skip to main content", "", "", "B"),
        ],
        [
            ("Tonfedd 97.4 FM — community radio for the Amman and Gwendraeth valleys", "", "", "B"),
        ],
        [
            ("Cymraeg | English", "", "", "B"),
        ],
        [
            (
                "▶ Listen live   On air now: Bore Da’r Cwm with Nestwen Tegeirian (until 10am)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home · News · Schedule · Podcasts · Volunteer · Donate", "", "", "B"),
        ],
        [
            ("About cookies on this site", "", "", "B"),
        ],
        [
            (
                "We use a handful of cookies to keep the live player running and to count visitors.",
                "",
                "",
                "B",
            ),
            ("We don’t sell your data and we don’t run targeted adverts.", "", "", "B"),
        ],
        [
            ("Allow analytics   /   Essential only", "", "", "B"),
        ],
        [
            ("News › Local › Getting about", "", "", "B"),
        ],
        [
            (
                "Hourly 129 bus to Swansea to end on 2 January as council funding runs out",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Passengers say the two-a-day replacement will cut them off from college and hospital appointments",
                "Passengers",
                "say",
                "",
            ),
        ],
        [
            ("Reporter: Gwenwyfar Prydderchley · Volunteer news team", "", "", "B"),
        ],
        [
            ("Posted Monday 9 November 2026, 4.20pm · about a 4-minute read", "", "", "B"),
        ],
        [
            ("🎧 Hear this story read aloud by one of our volunteers (4 min 05 s)", "", "", "B"),
        ],
        [
            (
                "Pentregarn Motor Services will stop running its hourly 129 bus between Ammanford and Swansea on 2 January, the company said on Monday.",
                "Pentregarn Motor Services",
                "said",
                "W",
            ),
        ],
        [
            (
                "It said the county council’s £212,000-a-year subsidy for the route ends on 31 December, and fares cover only about 40% of what the service costs to run.",
                "Pentregarn Motor Services",
                "said",
                "W",
            ),
            (
                "From 4 January, a community transport group will run two journeys each weekday instead, leaving Ammanford at 7.10am and 4.45pm.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The 129 has run between the two towns under one number since 1986.", "", "", "W"),
        ],
        [
            (
                "Managing director Idrisyn Penhallowes said passenger journeys on the 129 fell from 188,000 in 2019 to 121,500 last year.",
                "Idrisyn Penhallowes",
                "said",
                "W",
            ),
            (
                "“Nobody in this depot wanted this, believe me,” he told Tonfedd.",
                "Idrisyn Penhallowes",
                "told Tonfedd",
                "",
            ),
            (
                "He said the company would keep its Llandeilo and Carmarthen routes, which receive no council money.",
                "Idrisyn Penhallowes",
                "said",
                "W",
            ),
            (
                "He said he hoped the council would “find a way back” for the 129 in a future budget.",
                "Idrisyn Penhallowes",
                "said",
                "",
            ),
        ],
        [
            (
                "Cllr Caerwenna Trefnant, the council’s cabinet member for transport, said the authority must find £18.6 million of savings in 2027-28.",
                "Caerwenna Trefnant",
                "said",
                "W",
            ),
            (
                "She said the council would “keep talking” to the operator but could not promise new money.",
                "Caerwenna Trefnant",
                "said",
                "",
            ),
        ],
        [
            (
                "A Welsh Government spokesperson said its bus grant to councils had risen by 7% this year.",
                "A Welsh Government spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ffionwy Dyfrwen, 17, who takes the 129 to college in Swansea four days a week, said the new timetable would get her there an hour late.",
                "Ffionwy Dyfrwen",
                "said",
                "",
            ),
            (
                "“What am I supposed to do, ask my mam to drive me every day?” she said.",
                "Ffionwy Dyfrwen",
                "said",
                "",
            ),
        ],
        [
            ("Tonfedd FM is run by 60 volunteers and paid for by listeners like you.", "", "", "B"),
            ("Give £3 a month and keep local news on air.", "", "", "B"),
        ],
        [
            (
                "Maelor Coedpryddin, 81, of Glanaman, said he takes the bus to hospital appointments in Swansea twice a month.",
                "Maelor Coedpryddin",
                "said",
                "",
            ),
            (
                "He said a taxi there and back costs him about £46.",
                "Maelor Coedpryddin",
                "said",
                "",
            ),
        ],
        [
            (
                "A petition to keep the hourly service had 2,314 signatures by Sunday evening.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Audio: Cllr Trefnant on Tuesday’s Drive Time (6 min 12 s)", "", "", "B"),
        ],
        [
            (
                "Bethelwyn Garnswyllt, who chairs Gwaunfelin Community Transport, said its three 16-seat minibuses will accept free bus passes from January.",
                "Bethelwyn Garnswyllt",
                "said",
                "W",
            ),
            (
                "She said the group still needs eight more volunteer drivers.",
                "Bethelwyn Garnswyllt",
                "said",
                "",
            ),
        ],
        [
            ("Something to tell us?", "", "", "B"),
            ("Email newyddion@tonfedd.cymru or leave a message on 01269 555 318.", "", "", "B"),
        ],
        [
            ("Darllenwch y stori hon yn Gymraeg", "", "", "B"),
        ],
        [
            ("More from the valleys", "", "", "B"),
        ],
        [
            ("Brynamman rugby club raises £9,000 for new floodlights", "", "", "B"),
        ],
        [
            ("Garnant library to open Saturdays from January", "", "", "B"),
        ],
        [
            (
                "Tonfedd FM is a not-for-profit community radio service licensed by the UK’s broadcasting regulator.",
                "",
                "",
                "B",
            ),
            ("Registered charity no. 1187452.", "", "", "B"),
            ("Company limited by guarantee, registered in Wales, No. 09934417.", "", "", "B"),
        ],
        [
            ("Privacy · Complaints · Accessibility · Presenter log-in", "", "", "B"),
        ],
    ],
    [
        [
            ("SHAMBANI TRADE REVIEW", "", "", "B"),
        ],
        [
            ("The business magazine for Kenya’s growers, exporters and agro-dealers", "", "", "B"),
        ],
        [
            ("Sign in | Subscribe | Advertise | Print edition | Price sheets", "", "", "B"),
        ],
        [
            ("Crops | Livestock | Inputs | Markets | Policy | Agritech | Events", "", "", "B"),
        ],
        [
            (
                "MARKET BOARD (Nairobi wholesale, KSh): Hass avocado, 4kg carton 520 ▲ · Macadamia in-shell, per kg 95 ▼ · Red onions, 13kg net 1,450 ▬",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "This website uses cookies to remember your sign-in and to measure readership.",
                "",
                "",
                "B",
            ),
            ("By carrying on you agree to this, as set out in our cookie statement.", "", "", "B"),
            ("OK, got it", "", "", "B"),
        ],
        [
            ("Home » Crops » Horticulture » Export markets", "", "", "B"),
        ],
        [
            (
                "Avocado exports restart after five-week maturity ban, with dry-matter tests now required at every pack house",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Exporters say the stricter checks could cost smaller growers up to a fifth of their crop this season",
                "Exporters",
                "say",
                "",
            ),
        ],
        [
            ("By Nyokabia Gathirwa", "", "", "B"),
        ],
        [
            (
                "18 November 2026 · 6 min read · Also in the December 2026 print edition, p. 22",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Kenya’s avocado exports resumed on Monday, 16 November, after the Horticulture Export Board lifted a five-week ban it had imposed on 12 October to stop immature fruit being shipped.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Board director general Pendoline Makwaro said every consignment must now carry a dry-matter reading of at least 21% for Hass and 19% for Fuerte, taken at the pack house.",
                "Pendoline Makwaro",
                "said",
                "W",
            ),
            (
                "She said inspectors rejected 46 containers at Mombasa between March and September because of immature fruit, up from 17 in the same months of 2025.",
                "Pendoline Makwaro",
                "said",
                "W",
            ),
            (
                "“One bad container in Rotterdam hurts every grower in this country,” she said.",
                "Pendoline Makwaro",
                "said",
                "",
            ),
        ],
        [
            (
                "Makwaro said 212 pack houses had been licensed for the season, 37 fewer than in 2025, after the board struck off those without testing equipment.",
                "Pendoline Makwaro",
                "said",
                "W",
            ),
            (
                "She said the board could bring the ban back if rejections rose again.",
                "Pendoline Makwaro",
                "said",
                "",
            ),
        ],
        [
            (
                "Kenya shipped 131,400 tonnes of avocados in 2025, worth KSh 19.8 billion, according to board figures.",
                "board figures",
                "according to",
                "W",
            ),
        ],
        [
            ("This article is for subscribers", "", "", "B"),
        ],
        [
            ("You have read your three free articles for this month.", "", "", "B"),
            (
                "Subscribers get every issue in print and online, our weekly price sheet and the annual exporters’ directory.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Subscribe from KSh 450 a month   ·   Subscriber log-in", "", "", "B"),
        ],
        [
            (
                "Lemayan Sironka, chief executive of the Avocado Shippers’ Association of Kenya, said its members lost about US$11 million in orders during the ban.",
                "Lemayan Sironka",
                "said",
                "W",
            ),
            (
                "He said the new tests were “fair in principle” but warned that small pack houses could struggle to afford the equipment.",
                "Lemayan Sironka",
                "said",
                "",
            ),
            (
                "A drying oven and precision scale cost about KSh 380,000, he said.",
                "Lemayan Sironka",
                "said",
                "W",
            ),
        ],
        [
            (
                "Nyambeki Kirathimo, who grows 340 Hass trees in Kandara, Murang’a County, said brokers paid her KSh 9 a fruit during the ban, against KSh 16 before it.",
                "Nyambeki Kirathimo",
                "said",
                "",
            ),
            ("“The brokers knew we were desperate,” she said.", "Nyambeki Kirathimo", "said", ""),
        ],
        [
            ("SPONSORED | Cut post-harvest losses with solar-powered cold rooms.", "", "", "B"),
            ("Talk to our agronomists today →", "", "", "B"),
        ],
        [
            (
                "A new 1,200-tonne cold store near Kenol was built by Tindikai Cold Chain Ltd.",
                "",
                "",
                "W",
            ),
            (
                "It opened in September at a cost of KSh 640 million and can pre-cool 40 tonnes of fruit a day.",
                "",
                "",
                "W",
            ),
            (
                "Abdikher Kasiwa, the firm’s managing director, said it had handled 3,800 tonnes of avocados for 26 exporters by the end of October.",
                "Abdikher Kasiwa",
                "said",
                "W",
            ),
            (
                "He said he expected volumes to double once the ban was forgotten.",
                "Abdikher Kasiwa",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr. Akinyiro Ogwangire, a post-harvest scientist at Mwihokani University, said fruit picked below the dry-matter threshold does not ripen properly and shrivels in transit.",
                "Akinyiro Ogwangire",
                "said",
                "W",
            ),
            (
                "She said this year’s early short rains may push maturity back by up to two weeks in higher-altitude farms.",
                "Akinyiro Ogwangire",
                "said",
                "",
            ),
        ],
        [
            (
                "See also: Macadamia prices slide as buyers hold back ahead of Chinese New Year",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Topics: Avocado · Exports · Post-harvest · Regulation", "", "", "B"),
        ],
        [
            (
                "Nyokabia Gathirwa covers horticulture and trade policy for Shambani Trade Review.",
                "",
                "",
                "B",
            ),
            (
                "She previously worked as a market analyst at a Nairobi commodities brokerage.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Have a view on this story?", "", "", "B"),
            (
                "Write to letters@shambanitrade.co.ke; letters may be edited for length.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "COMING UP: Shambani Horticulture Forum, Naivasha, 4–5 March 2027 · Early-bird registration closes 31 January",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Most read this week", "", "", "B"),
        ],
        [
            ("1. Fertiliser subsidy: how to register for the next e-voucher round", "", "", "B"),
        ],
        [
            ("2. Why dairy farmers in Nyeri are switching to silage", "", "", "B"),
        ],
        [
            (
                "Prices quoted are indicative and were correct at the time of going to press.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© Shambani Media Ltd. 2026.", "", "", "B"),
            (
                "No part of this publication may be reproduced without the publisher’s written permission.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("Skip to main content", "", "", "B"),
        ],
        [
            ("Français", "", "", "B"),
        ],
        [
            ("TALLISFORD UNIVERSITY", "", "", "B"),
        ],
        [
            ("Study  |  Research  |  Campus Life  |  Alumni & Friends  |  Give", "", "", "B"),
        ],
        [
            ("Tallisford Newsroom", "", "", "B"),
        ],
        [
            ("Research & Innovation  /  Faculty of Engineering", "", "", "B"),
        ],
        [
            (
                "Heat pumps cut heating bills by more than a third in 212 Nova Scotia homes, Tallisford study finds",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Oil-heated homes saved the most, uninsulated older houses the least", "", "", "W"),
        ],
        [
            ("Posted by University Communications and Marketing on November 5, 2026", "", "", "B"),
        ],
        [
            ("Estimated reading time: 5 minutes", "", "", "B"),
        ],
        [
            ("Pass it on: LinkedIn · Bluesky · Facebook · Email", "", "", "B"),
        ],
        [
            (
                "Researcher Ingrith Solvanek checks a temperature logger in a study home in Truro.",
                "",
                "",
                "",
            ),
            ("(Photo: Drennick Holloquay / Tallisford University)", "", "", "B"),
        ],
        [
            (
                "Households that switched from oil furnaces to air-source heat pumps cut their heating costs by an average of 38%, or $1,410 a year, according to a study published this week by Tallisford University engineers.",
                "a study published this week by Tallisford University engineers",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The team tracked energy use in 212 homes across Nova Scotia for two full heating seasons, from October 2023 to April 2025.",
                "",
                "",
                "W",
            ),
            (
                "About 120,000 Nova Scotia homes still heat mainly with oil, according to provincial figures.",
                "provincial figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Halvorine Brammington, P.Eng., an assistant professor of mechanical engineering who led the study, said homes that had burned oil saved the most, an average of $1,890 a year, while homes that had used electric baseboards saved $960.",
                "Halvorine Brammington",
                "said",
                "W",
            ),
            (
                "She said savings fell sharply in houses built before 1950 that had never been insulated, where the heat pumps ran near full power on cold days.",
                "Halvorine Brammington",
                "said",
                "W",
            ),
        ],
        [
            ("“A heat pump is not magic,” she said.", "Halvorine Brammington", "said", ""),
            (
                "“Put one in a draughty farmhouse and you’ll still be cold in January.”",
                "Halvorine Brammington",
                "said",
                "",
            ),
        ],
        [
            (
                "Ingrith Solvanek, a PhD candidate who installed the data loggers, said the coldest day of the study, Feb. 3, 2025, reached −24°C in Truro.",
                "Ingrith Solvanek",
                "said",
                "W",
            ),
            (
                "She said 19 of the 212 homes had to switch on a backup furnace that day.",
                "Ingrith Solvanek",
                "said",
                "W",
            ),
        ],
        [
            (
                "Watch: How the team wired 212 homes with sensors (video, 3:20, with captions)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Dunstavin Pelletrand, who enrolled his 1962 bungalow in Antigonish, said his yearly oil bill of about $3,200 was replaced by about $1,150 in extra electricity.",
                "Dunstavin Pelletrand",
                "said",
                "",
            ),
            (
                "“My wife says the house is quieter too,” he said.",
                "Dunstavin Pelletrand",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesperson for HomeWarm Nova Scotia, the province’s energy-efficiency agency, said it has paid rebates on 31,800 heat pumps since 2020.",
                "A spokesperson for HomeWarm Nova Scotia",
                "said",
                "W",
            ),
            (
                "The spokesperson said rebate levels for 2027 would be announced in the spring.",
                "A spokesperson for HomeWarm Nova Scotia",
                "said",
                "",
            ),
        ],
        [
            (
                "Brammington said the team hopes to follow another 100 homes in Cape Breton next winter.",
                "Halvorine Brammington",
                "said",
                "",
            ),
            (
                "She said she would like to see rebates weighted toward older homes, where the insulation matters as much as the heat pump.",
                "Halvorine Brammington",
                "said",
                "",
            ),
        ],
        [
            (
                "Journal reference: Brammington H, Solvanek I, et al. Measured performance of cold-climate heat pumps in 212 Atlantic Canadian homes. Energy Build Res. 2026;58:101442.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The study was funded by the Atlantic Clean Heat Research Fund and the Tallisford Centre for Energy Futures.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Editor’s note: This story was updated on Nov. 6 to correct the average saving for homes that previously used electric baseboards.",
                "",
                "",
                "B",
            ),
            ("An earlier version gave it as $690.", "", "", "B"),
        ],
        [
            ("Media contact", "", "", "B"),
        ],
        [
            (
                "Rosmilde Quackenbury  |  Senior Communications Advisor  |  902-555-0184  |  r.quackenbury@tallisford.ca",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Tallisford University is located in Mi’kma’ki, the ancestral and unceded territory of the Mi’kmaq.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related stories", "", "", "B"),
        ],
        [
            ("Engineering students design a cheaper snow-load sensor for barn roofs", "", "", "B"),
        ],
        [
            ("New lab will test tidal turbine blades in Minas Basin currents", "", "", "B"),
        ],
        [
            (
                "Subscribe to the Tallisford Research Digest: one email a month, no spam.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Accessibility  |  Privacy  |  Website feedback  |  © Tallisford University",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("Skip to content   |   Text size: A–  A  A+   |   High contrast", "", "", "B"),
        ],
        [
            ("MINISTRY OF WATER, LAND AND RURAL WORKS — Government of Jamaica", "", "", "B"),
        ],
        [
            (
                "About the Ministry | Agencies | Services | Media Centre | Procurement | Contact Us",
                "",
                "",
                "B",
            ),
        ],
        [
            ("This site uses essential cookies only.", "", "", "B"),
            ("No personal information is collected unless you submit a form.", "", "", "B"),
        ],
        [
            ("Home » Media Centre » Press Releases", "", "", "B"),
        ],
        [
            ("PRESS RELEASE", "", "", "B"),
        ],
        [
            ("FOR IMMEDIATE RELEASE", "", "", "B"),
        ],
        [
            (
                "Government allocates $312 million to truck water to 46 drought-hit communities",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Tuesday, November 10, 2026", "", "", "B"),
        ],
        [
            (
                "KINGSTON, Jamaica — The Government has allocated $312 million to truck potable water to 46 communities in St. Catherine, Clarendon and St. Elizabeth until the end of February 2027, Minister of Water, Land and Rural Works, Hon. Lascellin Brammerton, announced today.",
                "Lascellin Brammerton",
                "announced",
                "W",
            ),
        ],
        [
            (
                "Rainfall in the three parishes between August and October was 38 per cent of the 30-year average, according to the Meteorological Office.",
                "the Meteorological Office",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Minister said 14 new 5,000-gallon storage tanks have been installed at schools and health centres since September, and 11 more will be in place by December 15.",
                "Lascellin Brammerton",
                "said",
                "W",
            ),
            (
                "He said contracted trucks will make 210 deliveries a week, each of 4,000 gallons.",
                "Lascellin Brammerton",
                "said",
                "W",
            ),
            (
                "“No family in these communities should have to choose between water for drinking and water for washing a child’s school uniform,” the Minister said.",
                "Lascellin Brammerton",
                "said",
                "",
            ),
        ],
        [
            (
                "The Minister also announced that the PWSA will waive reconnection fees for households in the affected communities until January 31, 2027.",
                "Lascellin Brammerton",
                "announced",
                "W",
            ),
            (
                "He said a further $48 million has been approved for repairs to 19 community catchment tanks.",
                "Lascellin Brammerton",
                "said",
                "W",
            ),
            (
                "He appealed to farmers in the three parishes to water crops only before 7 a.m. or after 5 p.m.",
                "Lascellin Brammerton",
                "appealed",
                "",
            ),
        ],
        [
            (
                "Minister Lascellin Brammerton (centre) speaks with residents of Cassavon Pen, St. Catherine, during a tour of a truck-filling station on Monday.",
                "",
                "",
                "",
            ),
            ("(Photo: Ministry Communications Unit)", "", "", "B"),
        ],
        [
            (
                "Permanent Secretary Mrs. Claudvine Ashmevale said the funds were drawn from the Contingencies Fund and approved by Cabinet on November 2.",
                "Claudvine Ashmevale",
                "said",
                "W",
            ),
            (
                "She said the Ministry has signed contracts with 23 private truck operators, each registered with the Parish Water Supply Agency (PWSA).",
                "Claudvine Ashmevale",
                "said",
                "W",
            ),
        ],
        [
            (
                "PWSA President Tavarez Ezejiofor said the Penhurstvale Dam was at 41 per cent of capacity on Monday, its lowest level for November since 2014.",
                "Tavarez Ezejiofor",
                "said",
                "W",
            ),
            (
                "He said the Agency had issued 312 warnings and 27 fines of $15,000 each for illegal connections since July.",
                "Tavarez Ezejiofor",
                "said",
                "W",
            ),
            (
                "Mr. Ezejiofor said restrictions on the Penhurstvale system may be tightened if significant rain does not fall before mid-December.",
                "Tavarez Ezejiofor",
                "said",
                "",
            ),
            (
                "He added that three new wells at Bannister Gully were expected to add 1.2 million gallons a day by March.",
                "Tavarez Ezejiofor",
                "added",
                "",
            ),
        ],
        [
            (
                "Delivery schedules will be posted at community centres and on the Ministry’s social media pages every Friday.",
                "",
                "",
                "",
            ),
            (
                "Residents are asked to store water in clean, covered containers and to report leaks to the PWSA toll-free line, 1-888-555-0199.",
                "",
                "",
                "",
            ),
        ],
        [
            ("-30-", "", "", "B"),
        ],
        [
            (
                "Contact: Corporate Communications Unit, Ministry of Water, Land and Rural Works",
                "",
                "",
                "B",
            ),
            ("Tel: (876) 555-0142  |  Email: communications@mwlrw.gov.jm", "", "", "B"),
        ],
        [
            ("Rate this page:   Helpful   Not helpful", "", "", "B"),
        ],
        [
            ("Page last reviewed: 10 November 2026", "", "", "B"),
        ],
        [
            ("Related releases", "", "", "B"),
        ],
        [
            ("Minister breaks ground for Rio Minho pipeline extension", "", "", "B"),
        ],
        [
            ("Public notice: water restrictions for the Penhurstvale supply area", "", "", "B"),
        ],
        [
            ("Get press releases by email — enter your address to subscribe.", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Government of Jamaica.", "", "", "B"),
            (
                "Material on this site may be reproduced with attribution unless otherwise stated.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Privacy Notice | Accessibility Statement | Access to Information | Sitemap",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("HELMSIDE ATHLETIC FC — The Official Website of the Helm", "", "", "B"),
        ],
        [
            (
                "Principal Partner: Lowfell Plant Hire   |   Kit Partner: Tenterbeck Sports",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "NEXT MATCH: Helmside Athletic v Harthorpe Town | Sat 21 Nov, 3pm | Cragthorne Park | BUY TICKETS",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "News | Fixtures & Results | Tickets | Club Shop | Helm TV | Community Trust | Hospitality",
                "",
                "",
                "B",
            ),
        ],
        [
            ("We value your privacy", "", "", "B"),
        ],
        [
            (
                "This site uses cookies to run the shop basket and your ticketing account and, with your permission, to count visits and show offers from our partners.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Accept all     Reject all     Manage settings", "", "", "B"),
        ],
        [
            ("Club News › Club Statement", "", "", "B"),
        ],
        [
            (
                "Club statement: Cragthorne Park capacity reduced to 1,850 with immediate effect",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Thursday 19 November 2026 · By Club Media", "", "", "B"),
        ],
        [
            (
                "Helmside Athletic can confirm that the capacity of Cragthorne Park has been reduced from 3,100 to 1,850 following an inspection of the ground’s terraces on Tuesday 17 November.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The inspection, carried out by the district council’s safety advisory group, found corrosion on nine of the 14 crush barriers on the Becksyde Terrace.",
                "",
                "",
                "W",
            ),
            ("The Becksyde Terrace will be closed until further notice.", "", "", "W"),
        ],
        [
            (
                "Saturday’s league match against Harthorpe Town will be all-ticket, and no tickets will be sold at the turnstiles.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Season-ticket holders who stand on the Becksyde should collect a seat card for the Millgarth Stand from the club shop, which opens at 10am on Friday.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Chairman Alderon Thwaitling said: “Safety comes first, and we accept the findings in full.",
                "Alderon Thwaitling",
                "said",
                "",
            ),
            (
                "We know how hard this is on our Becksyde regulars, some of whom have stood in the same spot for 40 years.”",
                "Alderon Thwaitling",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the club had received a quote of £385,000 to replace all 14 barriers.",
                "Alderon Thwaitling",
                "said",
                "W",
            ),
            (
                "Work could start in January if the club wins a ground-improvement grant, he said.",
                "Alderon Thwaitling",
                "said",
                "",
            ),
        ],
        [
            ("▶ HELM TV | The chairman on what happens next (4:12) — free to watch", "", "", "B"),
        ],
        [
            ("Not registered yet?", "", "", "B"),
            (
                "Create a free Helm ID to watch full interviews and get priority ticket access.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Manager Tobiahs Lanchesterby told Helm TV the players would miss “the Becksyde noise” but would not use it as an excuse.",
                "Tobiahs Lanchesterby",
                "told Helm TV",
                "",
            ),
            (
                "He said the side had won seven of its last nine home league games.",
                "Tobiahs Lanchesterby",
                "said",
                "W",
            ),
            ("“We’ll make 1,850 sound like 3,000,” he said.", "Tobiahs Lanchesterby", "said", ""),
        ],
        [
            (
                "The Becksyde Terrace held 1,250 of the 1,934 supporters at last season’s final home game.",
                "",
                "",
                "W",
            ),
            (
                "The ground’s capacity was last cut in 2009, when the Millgarth Stand roof was replaced, and full capacity was restored 11 months later.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Maudry Brackenmire, chair of the Helmside Supporters’ Trust, said the trust would open a fundraiser for the barriers on Friday.",
                "Maudry Brackenmire",
                "said",
                "",
            ),
            (
                "She said the trust raised £62,000 towards the club’s new floodlights in 2023.",
                "Maudry Brackenmire",
                "said",
                "W",
            ),
            (
                "“Our fans have done it before and they’ll do it again,” she said.",
                "Maudry Brackenmire",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesperson for the district council said the ground’s general safety certificate was amended on Wednesday and the 1,850 limit applies to every event at Cragthorne Park.",
                "A spokesperson for the district council",
                "said",
                "W",
            ),
            (
                "The spokesperson said the council would “work constructively” with the club towards a return to full capacity.",
                "A spokesperson for the district council",
                "said",
                "",
            ),
        ],
        [
            ("#UpTheHelm", "", "", "B"),
        ],
        [
            ("Pass this on:   Facebook   X   WhatsApp   Email a friend", "", "", "B"),
        ],
        [
            ("LATEST NEWS", "", "", "B"),
        ],
        [
            ("Match preview: Harthorpe Town (H)", "", "", "B"),
        ],
        [
            ("Under-18s reach county cup semi-final", "", "", "B"),
        ],
        [
            ("Helm Lottery: week 46 winners", "", "", "B"),
        ],
        [
            ("Helmside Athletic Football Club Ltd.", "", "", "B"),
            ("Registered in England and Wales No. 04418726.", "", "", "B"),
            ("Registered office: Cragthorne Park, Tenterbeck Lane, Kendal, Cumbria.", "", "", "B"),
        ],
        [
            (
                "Accessibility · Privacy · Safeguarding · Ticket terms · Ground regulations",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("MERIVANE NEWSWIRE — CLIENT DESK", "", "", "B"),
        ],
        [
            (
                "Signed in: Night Desk, Regional Dailies Group  |  Licence: Text + Photos (Latin America)  |  Help  |  Sign out",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Wires  |  Photos  |  Video  |  Daybook  |  Advisories  |  Archive", "", "", "B"),
        ],
        [
            ("Browsing: Business › Commodities › Metals", "", "", "B"),
        ],
        [
            ("Session notice: this terminal records downloads for licence reporting.", "", "", "B"),
            (
                "By continuing you accept the subscriber terms and our use of essential cookies.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("URGENT", "", "", "B"),
        ],
        [
            ("SLUG: CHILE-COPPER/STRIKE (UPDATE 2)", "", "", "B"),
        ],
        [
            (
                "Priority: 2  |  Words: 640  |  Filed: 2026-11-24 14:52 GMT  |  Version: 3",
                "",
                "",
                "B",
            ),
        ],
        [
            ("EDITORS: Adds company statement, analyst comment in paragraphs 6-9.", "", "", "B"),
        ],
        [
            (
                "Workers at Chile’s Cerro Tolvaya copper mine walk out after rejecting wage offer",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Fermina Ocarvelo", "", "", "B"),
        ],
        [
            (
                "SANTIAGO, Nov 24 (Merivane) - Workers at the Cerro Tolvaya copper mine in northern Chile went on strike on Tuesday after rejecting the company’s final wage offer.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Union No. 2 at Minera Tolvaya, which represents 1,630 of the mine’s 2,200 workers, said 1,412 members voted to strike, or 87% of those eligible.",
                "Union No. 2 at Minera Tolvaya",
                "said",
                "W",
            ),
            (
                "Cerro Tolvaya produced 287,000 tonnes of copper in 2025, about 5% of Chile’s output, according to company reports.",
                "company reports",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Union president Baudilio Quinchamán said the company offered a 3.2% raise and a one-off bonus of 14.5 million pesos ($15,600) per worker, against the union’s demand for 5% and 24 million pesos.",
                "Baudilio Quinchamán",
                "said",
                "W",
            ),
            (
                "“They can afford to pay, and they know it,” Quinchamán told Merivane by phone from the mine.",
                "Baudilio Quinchamán",
                "told Merivane by phone",
                "",
            ),
            (
                "He said the union would hold an assembly on Thursday to decide whether to block the mine’s access road.",
                "Baudilio Quinchamán",
                "said",
                "",
            ),
        ],
        [
            (
                "Minera Tolvaya said in a statement that its offer was “the highest in the history of the operation” and that it had started a contingency plan to keep the concentrator running with supervisors.",
                "Minera Tolvaya",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "Minera Tolvaya is 70% owned by Toronto-listed Keswarren Resources Corp. and 30% by a group of Japanese trading houses.",
                "",
                "",
                "W",
            ),
            ("Keswarren shares were down 3.8% in Toronto by midday.", "", "", "W"),
            (
                "Keswarren Resources Corp. declined to comment beyond the mine’s statement.",
                "Keswarren Resources Corp.",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "“A strike that lasts more than two weeks could take about 1% off Chile’s November output,” said Damaris Echeniquez, a metals analyst at Valdeorra Securities in Santiago.",
                "Damaris Echeniquez",
                "said",
                "",
            ),
            ("Benchmark three-month copper rose 1.1% to $10,940 a tonne in London.", "", "", "W"),
        ],
        [
            (
                "Deputy Labor Minister Gracia Mellafe said the labor inspectorate had received no request for mediation as of Tuesday afternoon.",
                "Gracia Mellafe",
                "said",
                "W",
            ),
            (
                "She said the government would “respect the autonomy of both parties.”",
                "Gracia Mellafe",
                "said",
                "",
            ),
        ],
        [
            ("Workers at the mine last went on strike in 2021, for 12 days.", "", "", "W"),
            (
                "Output at the mine fell 4% in the first nine months of 2026 because of lower ore grades, the company reported in October.",
                "the company",
                "reported",
                "W",
            ),
            (
                "The stoppage is the first at a large Chilean copper mine this year, according to labor ministry records.",
                "labor ministry records",
                "according to",
                "W",
            ),
        ],
        [
            (
                "(Corrects paragraph 5 of UPDATE 1 to show the bonus in pesos, not U.S. dollars.)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Filed by F. Ocarvelo in Santiago and T. Lanquín-Arrate in Antofagasta; desk editor H. Brightwaterson.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("PHOTOS: 4 images on this story — search CHILE-COPPER/STRIKE in Photos.", "", "", "B"),
        ],
        [
            ("SEE ALSO: CHILE-COPPER/OUTPUT (October production data due Nov. 30)", "", "", "B"),
        ],
        [
            (
                "Next on this slug: UPDATE 3 expected by 1900 GMT with comment from Keswarren’s Toronto office.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Download: TXT  |  NITF  |  JSON      Add to basket      Refer to legal", "", "", "B"),
        ],
        [
            ("© 2026 Merivane Newswire.", "", "", "B"),
            (
                "Licensed to the subscriber for print and online publication in its licensed territory only.",
                "",
                "",
                "B",
            ),
            (
                "Resale, third-party archiving and use to train AI systems are not permitted.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Merivane Trust Principles on independence, integrity and freedom from bias apply to everything we file.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("The Mutha Mail — printer-friendly version", "", "", "B"),
        ],
        [
            ("Print this page  |  Close window  |  Back to full article", "", "", "B"),
        ],
        [
            ("You are viewing a text-only version of this article.", "", "", "B"),
            ("Photographs, videos and interactive graphics are not shown.", "", "", "B"),
        ],
        [
            ("CITY › PUNE › CIVIC", "", "", "B"),
        ],
        [
            (
                "Pune’s new water tariff to charge by the litre from April 1; meters fitted in two of every three connections",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Housing societies say bills could double for large families",
                "Housing societies",
                "say",
                "",
            ),
        ],
        [
            ("Mrunmayee Rajopadhye | Mutha Mail News Service", "", "", "B"),
        ],
        [
            ("Pune, Wednesday, 18 November 2026, 06:12 IST", "", "", "B"),
        ],
        [
            (
                "PUNE: Residents will pay for water by volume from April 1, 2027, after the municipal corporation’s standing committee approved a metered tariff on Tuesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The corporation draws about 1,450 million litres a day for the city from four dams west of Pune.",
                "",
                "",
                "W",
            ),
            (
                "Under the tariff, households will pay ₹8 per 1,000 litres for the first 15,000 litres a month, ₹14 per 1,000 litres for the next 15,000 and ₹22 beyond that.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Additional municipal commissioner Dr. Vikramaditya Salunkhepatil said 2.11 lakh of the 3.18 lakh meters planned under the 24x7 water supply scheme had been installed by October 31.",
                "Vikramaditya Salunkhepatil",
                "said",
                "W",
            ),
            (
                "He said the scheme, begun in 2018, had cost ₹2,818 crore so far, against an original estimate of ₹2,300 crore.",
                "Vikramaditya Salunkhepatil",
                "said",
                "W",
            ),
            (
                "“Nobody should pay for water that their neighbour wastes,” Salunkhepatil said.",
                "Vikramaditya Salunkhepatil",
                "said",
                "",
            ),
        ],
        [
            (
                "Salunkhepatil said leakage losses in the old network were about 35%, and that 640 km of the 1,600 km of new pipelines had been laid.",
                "Vikramaditya Salunkhepatil",
                "said",
                "W",
            ),
            (
                "He said the corporation expected consumption to fall by 10-15% once the first metered bills arrived.",
                "Vikramaditya Salunkhepatil",
                "said",
                "",
            ),
        ],
        [
            (
                "[Image not shown in text-only view: A worker fits a water meter at a housing society in Kothrud.]",
                "",
                "",
                "B",
            ),
        ],
        [
            ("The meters are being fitted by Kesnand Infra Projects Pvt. Ltd.", "", "", "W"),
            (
                "It was fined ₹1.2 crore in 2024 for missing installation deadlines, according to corporation records.",
                "corporation records",
                "according to",
                "W",
            ),
        ],
        [
            ("Page 1 of 2", "", "", "B"),
        ],
        [
            (
                "Kaustubh Pethe, president of the Kothrud-Karvenagar Housing Societies’ Federation, said a federation survey of 140 societies found the average household used 19,000 litres a month.",
                "Kaustubh Pethe",
                "said",
                "W",
            ),
            (
                "He said bills could double for joint families of six or more.",
                "Kaustubh Pethe",
                "said",
                "",
            ),
            (
                "“Are we going to ration bath water for our grandparents now?” he asked.",
                "Kaustubh Pethe",
                "asked",
                "",
            ),
        ],
        [
            (
                "Shubhalata Dhamurkar of the Pani Adhikar Sangathan said 23 villages merged into the city in 2021 still get most of their water by tanker, and the tariff will not apply to them.",
                "Shubhalata Dhamurkar",
                "said",
                "W",
            ),
            (
                "She said residents of Ward No. 41 in those areas pay approx. ₹1,500 a month to private tankers.",
                "Shubhalata Dhamurkar",
                "said",
                "W",
            ),
            ("“You cannot meter a tanker,” she said.", "Shubhalata Dhamurkar", "said", ""),
        ],
        [
            (
                "Salunkhepatil said the corporation would take the first tanker-fed villages onto piped supply by December 2027.",
                "Vikramaditya Salunkhepatil",
                "said",
                "",
            ),
            (
                "Citizens can file objections to the tariff at ward offices or on the corporation’s website until December 15.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Page 2 of 2", "", "", "B"),
        ],
        [
            (
                "Comments and reader polls are not shown in the printer-friendly version.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Printed from: www.muthamail.in/pune/civic/water-meter-tariff-april-2027-5581203",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Printed on: 18/11/2026 09:47 AM", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Mutha Mail Publications Pvt. Ltd.", "", "", "B"),
            ("This copy is for your personal, non-commercial use only.", "", "", "B"),
            (
                "To order copies for colleagues or clients, write to syndication@muthamail.in.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Links in this article:", "", "", "B"),
        ],
        [
            ("[1] www.muthamail.in/pune/civic/24x7-water-scheme-cost-overrun-4410987", "", "", "B"),
        ],
    ],
    [
        [
            ("← Straitsline", "", "", "B"),
        ],
        [
            ("You’re on a lighter, faster version of this page.", "", "", "B"),
            ("View the full article", "", "", "B"),
        ],
        [
            ("Shared with you from the Straitsline app", "", "", "B"),
        ],
        [
            ("Straitsline works best in the app.", "", "", "B"),
            ("It’s free to download.", "", "", "B"),
        ],
        [
            ("OPEN ›", "", "", "B"),
        ],
        [
            ("We use cookies to understand how our pages load on your phone.", "", "", "B"),
            ("Tap OK to accept or Settings to choose.", "", "", "B"),
        ],
        [
            ("SINGAPORE  ·  Updated 21 Nov 2026, 11:05 pm", "", "", "B"),
        ],
        [
            (
                "Six months on, 18 of 42 stalls at Tengah’s newest hawker centre still empty",
                "",
                "",
                "W",
            ),
        ],
        [
            ("🔊 Play audio version · 4 min", "", "", "B"),
        ],
        [
            ("Clarivelle Thamsin", "", "", "B"),
        ],
        [
            (
                "SINGAPORE – Eighteen of the 42 cooked-food stalls at Garden Vale Hawker Centre in Tengah remain vacant six months after it opened in May, despite two rounds of tenders, its operator HawkerHeart said.",
                "HawkerHeart",
                "said",
                "W",
            ),
        ],
        [
            (
                "HawkerHeart, a social enterprise registered as HawkerHeart Pte. Ltd., said 11 stallholders have left since the centre opened, most of them within three months.",
                "HawkerHeart",
                "said",
                "W",
            ),
            (
                "Its chief executive Lucivan Jumahat said monthly rents were cut from S$2,450 to S$1,600 in September and the table-cleaning fee was waived for new tenants.",
                "Lucivan Jumahat",
                "said",
                "W",
            ),
            (
                "“The crowds will come once the MRT station opens next door,” he said.",
                "Lucivan Jumahat",
                "said",
                "",
            ),
        ],
        [
            ("Sponsored", "", "", "B"),
        ],
        [
            ("Tap to keep reading ▾", "", "", "B"),
        ],
        [
            ("Registered readers get five premium stories a month free.", "", "", "B"),
            ("Log in or sign up with your email to carry on.", "", "", "B"),
        ],
        [
            ("The centre cost S$16.8 million to build and has 880 seats.", "", "", "W"),
            (
                "On a weekday lunchtime this week, fewer than a third of them were taken.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Madam Norsyafiqah Binte Amaruddin, 54, who sells nasi lemak at S$3.80 a plate, said she sells about 60 plates on a weekday and needs 120 to break even.",
                "Norsyafiqah Binte Amaruddin",
                "said",
                "",
            ),
            (
                "“By 2pm, you can hear the fans spinning,” she said.",
                "Norsyafiqah Binte Amaruddin",
                "said",
                "",
            ),
        ],
        [
            (
                "Rayden Ngeow Kenghwee, 31, who left an office job to sell fishball noodles at the centre in June, said his stall takes about S$9,000 a month before rent, ingredients and gas.",
                "Rayden Ngeow Kenghwee",
                "said",
                "",
            ),
            (
                "“I’m not giving up yet, but I’m counting the weeks,” Mr Ngeow said.",
                "Rayden Ngeow Kenghwee",
                "said",
                "",
            ),
        ],
        [
            (
                "Ms Evalind Thangarasu, an MP for the area, wrote on Facebook on Thursday that she had written to the environment agency asking it to extend a rent rebate for new stallholders from six months to 12.",
                "Evalind Thangarasu",
                "wrote on Facebook",
                "W",
            ),
        ],
        [
            (
                "Garden Vale is one of three hawker centres opened in new towns since 2024 under a model in which a social enterprise runs the centre for the government.",
                "",
                "",
                "W",
            ),
            (
                "The average monthly rent for a cooked-food stall at government-built hawker centres was S$1,440 in 2025, according to the environment agency.",
                "the environment agency",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Associate Professor Priyamvadha Kerichelvan of the Serangoon Institute of Policy Studies said young hawkers without a following may struggle in new towns for their first two years.",
                "Priyamvadha Kerichelvan",
                "said",
                "",
            ),
            (
                "She said a 2025 survey by the institute found that 64% of diners in new towns ate at hawker centres within walking distance of their homes.",
                "Priyamvadha Kerichelvan",
                "said",
                "W",
            ),
        ],
        [
            (
                "HawkerHeart said it will call a third tender for the empty stalls on Dec 1.",
                "HawkerHeart",
                "said",
                "W",
            ),
        ],
        [
            ("Read next: COE premiums for small cars dip for third round in a row", "", "", "B"),
        ],
        [
            ("Topics: Hawker centres · Tengah · Cost of living", "", "", "B"),
        ],
        [
            ("Save   ·   Send   ·   Gift   ·   Report an error", "", "", "B"),
        ],
        [
            ("Top stories in the app", "", "", "B"),
        ],
        [
            ("Heavy rain to continue until end-November, forecasters say", "", "", "B"),
        ],
        [
            ("Five things to know about the new CPF top-up rules", "", "", "B"),
        ],
        [
            ("© 2026 Straitsline Media Pte. Ltd.", "", "", "B"),
            ("Co. Regn. No. 201533417K.", "", "", "B"),
        ],
        [
            ("Privacy · Terms · Lite version", "", "", "B"),
        ],
    ],
    [
        [
            ("ZEDPULSE", "", "", "B"),
        ],
        [
            (
                "News  ·  Business  ·  Politics  ·  Sport  ·  Entertainment  ·  Partner Content",
                "",
                "",
                "B",
            ),
        ],
        [
            ("ZedPulse uses cookies to personalise adverts and to analyse traffic.", "", "", "B"),
            ("Click “Agree” to continue or “Options” to manage your settings.", "", "", "B"),
        ],
        [
            ("Agree   Options", "", "", "B"),
        ],
        [
            ("Partner Content  ›  Business  ›  Energy", "", "", "B"),
        ],
        [
            (
                "This story was first published by The Chambishi Sentinel and is republished by ZedPulse under a content-sharing agreement.",
                "",
                "",
                "B",
            ),
            ("It has been lightly edited for length.", "", "", "B"),
        ],
        [
            ("Daily power cuts to fall from 17 hours to eight from Monday", "", "", "W"),
        ],
        [
            (
                "Small businesses say a year of long outages has done damage that will take months to repair",
                "Small businesses",
                "say",
                "",
            ),
        ],
        [
            ("By Mwaketa Sichilongo-Hamweene, The Chambishi Sentinel", "", "", "B"),
        ],
        [
            (
                "First published Thursday 26 November 2026 · Republished Friday 27 November 2026 · 5 min read",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "LUSAKA — Scheduled power cuts for households will fall from 17 hours a day to eight from Monday, the Zambia Power Supply Corporation (ZPSC) said on Thursday.",
                "Zambia Power Supply Corporation",
                "said",
                "W",
            ),
        ],
        [
            (
                "It said water levels in Lake Kariba had risen 1.4 metres since early October and a 100-megawatt solar plant near Kabwe had started feeding the grid on 16 November.",
                "Zambia Power Supply Corporation",
                "said",
                "W",
            ),
            (
                "ZPSC managing director Chimwendo Lwendo said the utility was importing 310 megawatts from neighbouring countries at an average of US$0.19 a kilowatt-hour.",
                "Chimwendo Lwendo",
                "said",
                "W",
            ),
            (
                "He said longer cuts could return in March if the rains are poor.",
                "Chimwendo Lwendo",
                "said",
                "",
            ),
        ],
        [
            (
                "In August, cuts lasted up to 21 hours a day in parts of Lusaka, ZPSC figures show.",
                "ZPSC figures",
                "show",
                "W",
            ),
            (
                "The lake fell to 475.9 metres that month, just 0.4 metres above the minimum level for generating power, according to the authority that manages the lake.",
                "the authority that manages the lake",
                "according to",
                "W",
            ),
        ],
        [
            (
                "ALSO ON ZEDPULSE: Fuel pump prices unchanged for December, regulator says",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Energy Minister Namakwenda Nkausu told parliament on Tuesday that the government had paid US$46 million of the utility’s import bills since January.",
                "Namakwenda Nkausu",
                "told parliament",
                "W",
            ),
            (
                "“Relief is here, but it is not yet the end of the story,” she told parliament.",
                "Namakwenda Nkausu",
                "told parliament",
                "",
            ),
            (
                "She said the government had also waived import duty on solar panels and inverters until the end of 2027.",
                "Namakwenda Nkausu",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mwiimbe Chisakula, who runs a welding workshop in Lusaka’s Mtendere township, said he bought a diesel generator for K14,500 in March and spends about K600 a day on fuel.",
                "Mwiimbe Chisakula",
                "said",
                "",
            ),
            ("“Eight hours is still eight hours,” he said.", "Mwiimbe Chisakula", "said", ""),
            (
                "He said he would wait a month before letting go of the generator.",
                "Mwiimbe Chisakula",
                "said",
                "",
            ),
        ],
        [
            ("Get ZedPulse headlines on WhatsApp: send JOIN to +260 97 555 0143.", "", "", "B"),
        ],
        [
            (
                "Inonge Sitali-Muyendekwa, an economist at the Copperbelt Institute for Economic Research, said the institute’s survey of 380 small firms in June found 41 per cent had cut staff since the long cuts began in 2024.",
                "Inonge Sitali-Muyendekwa",
                "said",
                "W",
            ),
            (
                "She said manufacturing would take “at least two quarters” to recover even with eight-hour cuts.",
                "Inonge Sitali-Muyendekwa",
                "said",
                "",
            ),
        ],
        [
            (
                "The utility’s new load-shedding timetable, by area, is on its website and will be read on radio every evening at 7pm.",
                "",
                "",
                "",
            ),
        ],
        [
            ("This article is republished from The Chambishi Sentinel.", "", "", "B"),
            ("Read the original on chambishisentinel.co.zm.", "", "", "B"),
        ],
        [
            ("ZedPulse does not necessarily share the views of its content partners.", "", "", "B"),
            ("Corrections to partner stories are made by the original publisher.", "", "", "B"),
        ],
        [
            ("Want to republish ZedPulse stories?", "", "", "B"),
            ("Contact partnerships@zedpulse.co.zm.", "", "", "B"),
        ],
        [
            ("Trending", "", "", "B"),
        ],
        [
            ("National team squad named for Namibia friendly", "", "", "B"),
        ],
        [
            ("Maize meal prices ease in Copperbelt towns", "", "", "B"),
        ],
        [
            ("© 2026 ZedPulse.", "", "", "B"),
            ("Partner content © the original publisher.", "", "", "B"),
        ],
    ],
    [
        [
            ("Merri Creek Dispatch", "", "", "B"),
        ],
        [
            (
                "Local news for Brunswick East and Coburg, written by neighbours since 2014",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home   About us   Tip-offs   Advertise   Chip in   Archive", "", "", "B"),
        ],
        [
            (
                "We acknowledge the Wurundjeri Woi-wurrung people, the Traditional Owners of the land where this blog is written, and pay our respects to Elders past and present.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Privacy and cookies: this blog uses a couple of cookies for visitor stats and the email sign-up box.",
                "",
                "",
                "B",
            ),
            ("Keep scrolling if that’s fine by you, or read our policy.", "", "", "B"),
            ("Close and accept", "", "", "B"),
        ],
        [
            (
                "Posted on 23 November 2026 by Oonaverre Fitzallan  |  Filed under Streets & Transport, Council Watch  |  27 comments",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Council to vote Tuesday on felling 11 plane trees in Tollarin Street for a protected bike lane",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Council officers will ask councillors on Tuesday night to approve a 1.3-kilometre separated bike lane on Tollarin Street that would mean removing 11 of the street’s 34 London plane trees, according to the meeting agenda.",
                "the meeting agenda",
                "according to",
                "W",
            ),
            ("The plan also removes 26 of the street’s 61 parking spaces.", "", "", "W"),
        ],
        [
            (
                "Four of the 11 trees are rated “poor” or “dead”, according to an arborist’s report attached to the agenda.",
                "an arborist’s report attached to the agenda",
                "according to",
                "W",
            ),
            ("The other seven are rated “fair” or “good”.", "", "", "W"),
        ],
        [
            (
                "The council’s manager of transport strategy, Demetrios Vasilakopoulou, said each tree removed would be replaced with two new ones on the same street, and the project budget was $4.7 million, $3.1 million of it from the state.",
                "Demetrios Vasilakopoulou",
                "said",
                "W",
            ),
            (
                "He said the lane could be finished by the end of 2027 if councillors approve it this week.",
                "Demetrios Vasilakopoulou",
                "said",
                "",
            ),
            (
                "He said the council had received 412 submissions during consultation, 57 per cent of them in favour.",
                "Demetrios Vasilakopoulou",
                "said",
                "W",
            ),
        ],
        [
            (
                "I walked the street on Saturday morning with a tape measure, which is the sort of thing you end up doing when you run a local news blog.",
                "",
                "",
                "",
            ),
            (
                "The footpath outside the primary school is 1.6 metres wide at its narrowest point, and three of the trees marked for removal lean hard over the road.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("— Post continues below the sign-up box —", "", "", "B"),
        ],
        [
            ("Never miss a post.", "", "", "B"),
            (
                "Pop your email in and we’ll send new stories once a week, nothing else.",
                "",
                "",
                "B",
            ),
            ("[ your@email ]   [ Count me in ]", "", "", "B"),
        ],
        [
            (
                "Margrethild Appleyard-Thinh, convener of the residents’ group Save Tollarin’s Trees, said the group’s petition had 1,870 signatures by Sunday night.",
                "Margrethild Appleyard-Thinh",
                "said",
                "W",
            ),
            (
                "She said the group would hold a picnic under the trees on Sunday afternoon.",
                "Margrethild Appleyard-Thinh",
                "said",
                "",
            ),
            (
                "“These trees were planted in the 1920s, and you can’t replace a hundred years of shade with two saplings in a plastic guard,” she said.",
                "Margrethild Appleyard-Thinh",
                "said",
                "",
            ),
        ],
        [
            (
                "Rafferlin Mulvarrey, who owns the Bentwood & Bean cafe on the corner of Tollarin and Lygon streets, said his takings would suffer without the parking out front.",
                "Rafferlin Mulvarrey",
                "said",
                "",
            ),
            (
                "“Half my regulars are tradies who pull up for a flat white,” he said.",
                "Rafferlin Mulvarrey",
                "said",
                "",
            ),
        ],
        [
            (
                "Hollivan Tremarra of the Brunswick East Bicycle User Group said state crash data showed 14 cyclists were injured on Tollarin Street between 2019 and 2024, two of them seriously.",
                "Hollivan Tremarra",
                "said",
                "W",
            ),
            (
                "“Nobody wants to lose trees, but nobody wants to scrape a kid off the road either,” she said.",
                "Hollivan Tremarra",
                "said",
                "",
            ),
        ],
        [
            (
                "Cr Sunnevie Karalis said she would move an amendment to keep the four trees at the school end and narrow the lane there.",
                "Sunnevie Karalis",
                "said",
                "",
            ),
        ],
        [
            (
                "Update, 24 November, 9.40pm: The meeting was adjourned before this item was reached.",
                "",
                "",
                "B",
            ),
            ("It will now be heard on 8 December.", "", "", "B"),
        ],
        [
            ("Share this:   Email   Facebook   WhatsApp   Print", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Upfield line level-crossing works: which streets close and when", "", "", "B"),
        ],
        [
            (
                "27 thoughts on “Council to vote Tuesday on felling 11 plane trees in Tollarin Street for a protected bike lane”",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Leave a reply", "", "", "B"),
        ],
        [
            ("We won’t publish your email address.", "", "", "B"),
            (
                "Comments from first-time commenters are held until one of us has a look.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Merri Creek Dispatch is independent and reader-funded.", "", "", "B"),
            ("If you found this useful, chip in $5.", "", "", "B"),
        ],
        [
            ("Theme: Tinplate by a neighbour · Hosted in Coburg", "", "", "B"),
        ],
    ],
    [
        [
            ("FARROWLINE", "", "", "B"),
        ],
        [
            ("Essays · Reportage · Fiction · Photography · Archive · Shop", "", "", "B"),
        ],
        [
            ("Member sign-in   |   Give Farrowline as a gift", "", "", "B"),
        ],
        [
            ("Cookies help us count readers and remember where you stopped reading.", "", "", "B"),
            ("We never use them to sell you anything.", "", "", "B"),
            ("Fine by me   ·   Let me choose", "", "", "B"),
        ],
        [
            ("THE LONG READ", "", "", "B"),
        ],
        [
            ("The last wet winter", "", "", ""),
        ],
        [
            (
                "In Portugal’s far south the reservoirs have fallen to their lowest levels on record, and the orchards are still spreading: who gets the water that is left?",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Words by Ottilde Vasconcellos-Reyne   ·   Photographs by Teodrin Amaralinho",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Published 2 December 2026   ·   From issue 38, Winter 2026   ·   34-minute read",
                "",
                "",
                "B",
            ),
        ],
        [
            ("🎧 Prefer to listen?", "", "", "B"),
            ("This story is narrated by Inesita Calhau (41 min).", "", "", "B"),
            ("Audio is available to members.", "", "", "B"),
        ],
        [
            ("I. The tank", "", "", "B"),
        ],
        [
            (
                "The water tank on Aurélio Barradinhas’s farm sits on a concrete plinth above the citrus rows, and every morning he climbs the ladder to look inside.",
                "",
                "",
                "",
            ),
            (
                "It is a habit he picked up from his father, who planted the first orange trees here in 1968.",
                "",
                "",
                "",
            ),
            (
                "“When I was a boy, you could hear it from the house, the water coming in,” he said, one hand on the rusted rim.",
                "Aurélio Barradinhas",
                "said",
                "",
            ),
            ("“Now I listen and there is nothing.”", "Aurélio Barradinhas", "said", ""),
        ],
        [
            (
                "The Vale Fundo reservoir, which supplies his irrigation block and 31 others, held 14 per cent of its capacity at the end of September, according to the regional water authority’s weekly bulletin.",
                "the regional water authority’s weekly bulletin",
                "according to",
                "W",
            ),
            ("That was the lowest figure since the dam was filled in 1984.", "", "", "W"),
        ],
        [
            (
                "In October, the irrigation association that shares out the reservoir’s water cut each farm’s allowance by half for the 2026-27 season.",
                "",
                "",
                "W",
            ),
            (
                "Barradinhas, who is 71, said he had already let two hectares of his oldest trees go dry.",
                "Aurélio Barradinhas",
                "said",
                "",
            ),
        ],
        [
            (
                "“You choose which ones to save, like a doctor in a war,” he said.",
                "Aurélio Barradinhas",
                "said",
                "",
            ),
        ],
        [
            ("“You choose which ones to save, like a doctor in a war.”", "", "", "B"),
        ],
        [
            ("II. The green hills", "", "", "B"),
        ],
        [
            ("Drive 20 minutes inland and the hills change colour.", "", "", ""),
            (
                "Where there was scrub and cork oak a decade ago, there are now terraces of young avocado trees, each with its own black drip line.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The area planted with avocados in the Algarve rose from about 1,200 hectares in 2015 to 2,900 hectares in 2025, according to regional agriculture statistics.",
                "regional agriculture statistics",
                "according to",
                "W",
            ),
            (
                "Most of the new orchards draw water from boreholes rather than from reservoirs.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Leonide Serrazina, an agronomist and spokesperson for Verdalgar Frutas, Lda., which farms 410 hectares of avocados near Silves, said its orchards used 6,200 cubic metres of water per hectare last year, about the same as the region’s citrus groves.",
                "Leonide Serrazina",
                "said",
                "W",
            ),
            (
                "She said the company had installed soil-moisture sensors on every block since 2022 and cut its water use per tonne of fruit by 18 per cent.",
                "Leonide Serrazina",
                "said",
                "W",
            ),
            ("“We are an easy villain,” she said.", "Leonide Serrazina", "said", ""),
            (
                "“Oranges have been drinking this water for sixty years and nobody wrote an article about them.”",
                "Leonide Serrazina",
                "said",
                "",
            ),
        ],
        [
            ("Become a member to keep reading", "", "", "B"),
        ],
        [
            ("You’ve reached the end of your two free long reads this month.", "", "", "B"),
            (
                "Members get every story, the print quarterly and our audio editions, from €4 a month.",
                "",
                "",
                "B",
            ),
            ("Members can sign in here", "", "", "B"),
        ],
        [
            ("III. What is underground", "", "", "B"),
        ],
        [
            (
                "Dr. Eduvina Palmeirim, a hydrogeologist at the Faro Institute of Water Sciences, said groundwater levels in the Querença-Silves aquifer had fallen by an average of 9 metres since 2019 in the monitoring wells her team reads every month.",
                "Eduvina Palmeirim",
                "said",
                "W",
            ),
            (
                "She said 43 of the aquifer’s 120 monitoring wells had recorded salt water intrusion at least once since 2023.",
                "Eduvina Palmeirim",
                "said",
                "W",
            ),
            (
                "“An aquifer is a savings account, and we have been living off the principal,” she said.",
                "Eduvina Palmeirim",
                "said",
                "",
            ),
        ],
        [
            (
                "The Querença-Silves aquifer, under the hills between Albufeira and Silves, is the largest in the south.",
                "",
                "",
                "W",
            ),
            ("For decades it was the region’s reserve for dry years.", "", "", ""),
        ],
        [
            (
                "Palmeirim said the licences for new boreholes should be frozen until the aquifer recovers.",
                "Eduvina Palmeirim",
                "said",
                "",
            ),
        ],
        [
            ("A farmer checks the drip line in a young avocado orchard above Silves.", "", "", ""),
            ("Image: Teodrin Amaralinho for Farrowline", "", "", "B"),
        ],
        [
            ("IV. The sea", "", "", "B"),
        ],
        [
            (
                "Vitorino Murtinheira, the mayor of a coastal municipality that doubles its population every August, said his council cut mains pressure at night from June to September and reduced its water use by 15 per cent.",
                "Vitorino Murtinheira",
                "said",
                "W",
            ),
            (
                "He said a desalination plant planned near Albufeira would produce 16 cubic hectometres of water a year once it opens, about a quarter of the region’s public supply.",
                "Vitorino Murtinheira",
                "said",
                "W",
            ),
            ("“We were told the sea would save us,” he said.", "Vitorino Murtinheira", "said", ""),
            ("“The sea costs money.”", "Vitorino Murtinheira", "said", ""),
        ],
        [
            (
                "The Ventaluz Water Company, which will run the plant, said in a statement that the tender for its construction had been awarded in July and that water would cost about €0.95 per cubic metre to produce.",
                "Ventaluz Water Company",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "Back at the tank, Barradinhas climbed down the ladder and wiped his hands on his trousers.",
                "",
                "",
                "",
            ),
            ("“My son lives in Lisbon,” he said.", "Aurélio Barradinhas", "said", ""),
            (
                "“He asks me every Christmas why I keep doing this.”",
                "Aurélio Barradinhas",
                "said",
                "",
            ),
        ],
        [
            ("This article was amended on 4 December 2026.", "", "", "B"),
            (
                "An earlier version gave the wrong capacity for the Vale Fundo reservoir; it is 32 cubic hectometres, not 23.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "This reporting was supported by a grant from the Coastline Fund for Environmental Journalism.",
                "",
                "",
                "B",
            ),
            ("The funder had no say over what we published.", "", "", "B"),
        ],
        [
            ("Ottilde Vasconcellos-Reyne is a writer based in Lisbon.", "", "", "B"),
            ("Her book about Iberian rivers is out in the spring.", "", "", "B"),
        ],
        [
            ("More long reads", "", "", "B"),
        ],
        [
            ("The night shift at Europe’s biggest flower market", "", "", "B"),
        ],
        [
            ("How a fishing town learned to live without the fish", "", "", "B"),
        ],
        [
            (
                "© Farrowline Publishing Ltd 2026 · Registered in England No 12098817 · Editorial enquiries: desk@farrowline.co.uk",
                "",
                "",
                "B",
            ),
        ],
    ],
]

CASES = [
    (
        "n94-us-consent",
        "KVRT and 143 advertising partners store and read small files on your device so we can show you relevant ads and see how our newscasts do online. You can change your mind any time through the “Do Not Sell or Share” link at the bottom of every page.",
        [
            "KVRT and 143 advertising partners store and read small files on your device so we can show you relevant ads and see how our newscasts do online.",
            "You can change your mind any time through the “Do Not Sell or Share” link at the bottom of every page.",
        ],
    ),
    (
        "n94-us-tip-question",
        "Got a tip or photo? Text the 8 Newsroom at 308-555-0127.",
        ["Got a tip or photo?", "Text the 8 Newsroom at 308-555-0127."],
    ),
    (
        "n94-us-st-paul-neb-question",
        "Dr. Corlinda Banterfield, a family physician in St. Paul, Neb., said 38 of her patients are due to give birth after Jan. 31. “Some of these moms don’t have a reliable car, and now we’re asking them to drive an hour in February?” she said.",
        [
            "Dr. Corlinda Banterfield, a family physician in St. Paul, Neb., said 38 of her patients are due to give birth after Jan. 31.",
            "“Some of these moms don’t have a reliable car, and now we’re asking them to drive an hour in February?” she said.",
        ],
    ),
    (
        "n94-us-llc-not",
        "Copyright 2026 Vorlandt Broadcasting of Nebraska, LLC. Not for rebroadcast or redistribution without written permission.",
        [
            "Copyright 2026 Vorlandt Broadcasting of Nebraska, LLC.",
            "Not for rebroadcast or redistribution without written permission.",
        ],
    ),
    (
        "n94-wa-it-said-am",
        "It said the county council’s £212,000-a-year subsidy for the route ends on 31 December, and fares cover only about 40% of what the service costs to run. From 4 January, a community transport group will run two journeys each weekday instead, leaving Ammanford at 7.10am and 4.45pm.",
        [
            "It said the county council’s £212,000-a-year subsidy for the route ends on 31 December, and fares cover only about 40% of what the service costs to run.",
            "From 4 January, a community transport group will run two journeys each weekday instead, leaving Ammanford at 7.10am and 4.45pm.",
        ],
    ),
    (
        "n94-wa-charity-no",
        "Tonfedd FM is a not-for-profit community radio service licensed by the UK’s broadcasting regulator. Registered charity no. 1187452. Company limited by guarantee, registered in Wales, No. 09934417.",
        [
            "Tonfedd FM is a not-for-profit community radio service licensed by the UK’s broadcasting regulator.",
            "Registered charity no. 1187452.",
            "Company limited by guarantee, registered in Wales, No. 09934417.",
        ],
    ),
    (
        "n94-ke-sponsored",
        "SPONSORED | Cut post-harvest losses with solar-powered cold rooms. Talk to our agronomists today →",
        [
            "SPONSORED | Cut post-harvest losses with solar-powered cold rooms.",
            "Talk to our agronomists today →",
        ],
    ),
    (
        "n94-ke-ltd-it",
        "A new 1,200-tonne cold store near Kenol was built by Tindikai Cold Chain Ltd. It opened in September at a cost of KSh 640 million and can pre-cool 40 tonnes of fruit a day. Abdikher Kasiwa, the firm’s managing director, said it had handled 3,800 tonnes of avocados for 26 exporters by the end of October. He said he expected volumes to double once the ban was forgotten.",
        [
            "A new 1,200-tonne cold store near Kenol was built by Tindikai Cold Chain Ltd.",
            "It opened in September at a cost of KSh 640 million and can pre-cool 40 tonnes of fruit a day.",
            "Abdikher Kasiwa, the firm’s managing director, said it had handled 3,800 tonnes of avocados for 26 exporters by the end of October.",
            "He said he expected volumes to double once the ban was forgotten.",
        ],
    ),
    (
        "n94-ke-ltd-2026",
        "© Shambani Media Ltd. 2026. No part of this publication may be reproduced without the publisher’s written permission.",
        [
            "© Shambani Media Ltd. 2026.",
            "No part of this publication may be reproduced without the publisher’s written permission.",
        ],
    ),
    (
        "n94-ca-peng-he",
        "Halvorine Brammington, P.Eng., an assistant professor of mechanical engineering who led the study, said homes that had burned oil saved the most, an average of $1,890 a year, while homes that had used electric baseboards saved $960. She said savings fell sharply in houses built before 1950 that had never been insulated, where the heat pumps ran near full power on cold days.",
        [
            "Halvorine Brammington, P.Eng., an assistant professor of mechanical engineering who led the study, said homes that had burned oil saved the most, an average of $1,890 a year, while homes that had used electric baseboards saved $960.",
            "She said savings fell sharply in houses built before 1950 that had never been insulated, where the heat pumps ran near full power on cold days.",
        ],
    ),
    (
        "n94-ca-journal-ref",
        "Journal reference: Brammington H, Solvanek I, et al. Measured performance of cold-climate heat pumps in 212 Atlantic Canadian homes. Energy Build Res. 2026;58:101442.",
        [
            "Journal reference: Brammington H, Solvanek I, et al. Measured performance of cold-climate heat pumps in 212 Atlantic Canadian homes. Energy Build Res. 2026;58:101442."
        ],
    ),
    (
        "n94-ca-editors-note",
        "Editor’s note: This story was updated on Nov. 6 to correct the average saving for homes that previously used electric baseboards. An earlier version gave it as $690.",
        [
            "Editor’s note: This story was updated on Nov. 6 to correct the average saving for homes that previously used electric baseboards.",
            "An earlier version gave it as $690.",
        ],
    ),
    (
        "n94-jm-st-catherine",
        "KINGSTON, Jamaica — The Government has allocated $312 million to truck potable water to 46 communities in St. Catherine, Clarendon and St. Elizabeth until the end of February 2027, Minister of Water, Land and Rural Works, Hon. Lascellin Brammerton, announced today.",
        [
            "KINGSTON, Jamaica — The Government has allocated $312 million to truck potable water to 46 communities in St. Catherine, Clarendon and St. Elizabeth until the end of February 2027, Minister of Water, Land and Rural Works, Hon. Lascellin Brammerton, announced today."
        ],
    ),
    (
        "n94-jm-also-announced",
        "The Minister also announced that the PWSA will waive reconnection fees for households in the affected communities until January 31, 2027. He said a further $48 million has been approved for repairs to 19 community catchment tanks. He appealed to farmers in the three parishes to water crops only before 7 a.m. or after 5 p.m.",
        [
            "The Minister also announced that the PWSA will waive reconnection fees for households in the affected communities until January 31, 2027.",
            "He said a further $48 million has been approved for repairs to 19 community catchment tanks.",
            "He appealed to farmers in the three parishes to water crops only before 7 a.m. or after 5 p.m.",
        ],
    ),
    (
        "n94-jm-mrs-contingencies",
        "Permanent Secretary Mrs. Claudvine Ashmevale said the funds were drawn from the Contingencies Fund and approved by Cabinet on November 2. She said the Ministry has signed contracts with 23 private truck operators, each registered with the Parish Water Supply Agency (PWSA).",
        [
            "Permanent Secretary Mrs. Claudvine Ashmevale said the funds were drawn from the Contingencies Fund and approved by Cabinet on November 2.",
            "She said the Ministry has signed contracts with 23 private truck operators, each registered with the Parish Water Supply Agency (PWSA).",
        ],
    ),
    (
        "n94-en-chairman-quote",
        "Chairman Alderon Thwaitling said: “Safety comes first, and we accept the findings in full. We know how hard this is on our Becksyde regulars, some of whom have stood in the same spot for 40 years.”",
        [
            "Chairman Alderon Thwaitling said: “Safety comes first, and we accept the findings in full.",
            "We know how hard this is on our Becksyde regulars, some of whom have stood in the same spot for 40 years.”",
        ],
    ),
    (
        "n94-en-ltd-registered",
        "Helmside Athletic Football Club Ltd. Registered in England and Wales No. 04418726. Registered office: Cragthorne Park, Tenterbeck Lane, Kendal, Cumbria.",
        [
            "Helmside Athletic Football Club Ltd.",
            "Registered in England and Wales No. 04418726.",
            "Registered office: Cragthorne Park, Tenterbeck Lane, Kendal, Cumbria.",
        ],
    ),
    (
        "n94-cl-union-no-2",
        "Union No. 2 at Minera Tolvaya, which represents 1,630 of the mine’s 2,200 workers, said 1,412 members voted to strike, or 87% of those eligible. Cerro Tolvaya produced 287,000 tonnes of copper in 2025, about 5% of Chile’s output, according to company reports.",
        [
            "Union No. 2 at Minera Tolvaya, which represents 1,630 of the mine’s 2,200 workers, said 1,412 members voted to strike, or 87% of those eligible.",
            "Cerro Tolvaya produced 287,000 tonnes of copper in 2025, about 5% of Chile’s output, according to company reports.",
        ],
    ),
    (
        "n94-cl-corp-and",
        "Minera Tolvaya is 70% owned by Toronto-listed Keswarren Resources Corp. and 30% by a group of Japanese trading houses. Keswarren shares were down 3.8% in Toronto by midday. Keswarren Resources Corp. declined to comment beyond the mine’s statement.",
        [
            "Minera Tolvaya is 70% owned by Toronto-listed Keswarren Resources Corp. and 30% by a group of Japanese trading houses.",
            "Keswarren shares were down 3.8% in Toronto by midday.",
            "Keswarren Resources Corp. declined to comment beyond the mine’s statement.",
        ],
    ),
    (
        "n94-cl-filed-by-initials",
        "Filed by F. Ocarvelo in Santiago and T. Lanquín-Arrate in Antofagasta; desk editor H. Brightwaterson.",
        [
            "Filed by F. Ocarvelo in Santiago and T. Lanquín-Arrate in Antofagasta; desk editor H. Brightwaterson."
        ],
    ),
    (
        "n94-in-dr-lakh-crore",
        "Additional municipal commissioner Dr. Vikramaditya Salunkhepatil said 2.11 lakh of the 3.18 lakh meters planned under the 24x7 water supply scheme had been installed by October 31. He said the scheme, begun in 2018, had cost ₹2,818 crore so far, against an original estimate of ₹2,300 crore. “Nobody should pay for water that their neighbour wastes,” Salunkhepatil said.",
        [
            "Additional municipal commissioner Dr. Vikramaditya Salunkhepatil said 2.11 lakh of the 3.18 lakh meters planned under the 24x7 water supply scheme had been installed by October 31.",
            "He said the scheme, begun in 2018, had cost ₹2,818 crore so far, against an original estimate of ₹2,300 crore.",
            "“Nobody should pay for water that their neighbour wastes,” Salunkhepatil said.",
        ],
    ),
    (
        "n94-in-pvt-ltd-it",
        "The meters are being fitted by Kesnand Infra Projects Pvt. Ltd. It was fined ₹1.2 crore in 2024 for missing installation deadlines, according to corporation records.",
        [
            "The meters are being fitted by Kesnand Infra Projects Pvt. Ltd.",
            "It was fined ₹1.2 crore in 2024 for missing installation deadlines, according to corporation records.",
        ],
    ),
    (
        "n94-in-approx-no",
        "Shubhalata Dhamurkar of the Pani Adhikar Sangathan said 23 villages merged into the city in 2021 still get most of their water by tanker, and the tariff will not apply to them. She said residents of Ward No. 41 in those areas pay approx. ₹1,500 a month to private tankers. “You cannot meter a tanker,” she said.",
        [
            "Shubhalata Dhamurkar of the Pani Adhikar Sangathan said 23 villages merged into the city in 2021 still get most of their water by tanker, and the tariff will not apply to them.",
            "She said residents of Ward No. 41 in those areas pay approx. ₹1,500 a month to private tankers.",
            "“You cannot meter a tanker,” she said.",
        ],
    ),
    (
        "n94-in-pvt-ltd-copy",
        "Copyright © 2026 Mutha Mail Publications Pvt. Ltd. This copy is for your personal, non-commercial use only. To order copies for colleagues or clients, write to syndication@muthamail.in.",
        [
            "Copyright © 2026 Mutha Mail Publications Pvt. Ltd.",
            "This copy is for your personal, non-commercial use only.",
            "To order copies for colleagues or clients, write to syndication@muthamail.in.",
        ],
    ),
    (
        "n94-sg-pte-co-regn",
        "© 2026 Straitsline Media Pte. Ltd. Co. Regn. No. 201533417K.",
        ["© 2026 Straitsline Media Pte. Ltd.", "Co. Regn. No. 201533417K."],
    ),
    (
        "n94-sg-mr-ngeow",
        "Rayden Ngeow Kenghwee, 31, who left an office job to sell fishball noodles at the centre in June, said his stall takes about S$9,000 a month before rent, ingredients and gas. “I’m not giving up yet, but I’m counting the weeks,” Mr Ngeow said.",
        [
            "Rayden Ngeow Kenghwee, 31, who left an office job to sell fishball noodles at the centre in June, said his stall takes about S$9,000 a month before rent, ingredients and gas.",
            "“I’m not giving up yet, but I’m counting the weeks,” Mr Ngeow said.",
        ],
    ),
    (
        "n94-zm-republished",
        "This story was first published by The Chambishi Sentinel and is republished by ZedPulse under a content-sharing agreement. It has been lightly edited for length.",
        [
            "This story was first published by The Chambishi Sentinel and is republished by ZedPulse under a content-sharing agreement.",
            "It has been lightly edited for length.",
        ],
    ),
    (
        "n94-au-arborist",
        "Four of the 11 trees are rated “poor” or “dead”, according to an arborist’s report attached to the agenda. The other seven are rated “fair” or “good”.",
        [
            "Four of the 11 trees are rated “poor” or “dead”, according to an arborist’s report attached to the agenda.",
            "The other seven are rated “fair” or “good”.",
        ],
    ),
    (
        "n94-pt-narrated",
        "🎧 Prefer to listen? This story is narrated by Inesita Calhau (41 min). Audio is available to members.",
        [
            "🎧 Prefer to listen?",
            "This story is narrated by Inesita Calhau (41 min).",
            "Audio is available to members.",
        ],
    ),
    (
        "n94-pt-lda-said",
        "Leonide Serrazina, an agronomist and spokesperson for Verdalgar Frutas, Lda., which farms 410 hectares of avocados near Silves, said its orchards used 6,200 cubic metres of water per hectare last year, about the same as the region’s citrus groves. She said the company had installed soil-moisture sensors on every block since 2022 and cut its water use per tonne of fruit by 18 per cent. “We are an easy villain,” she said. “Oranges have been drinking this water for sixty years and nobody wrote an article about them.”",
        [
            "Leonide Serrazina, an agronomist and spokesperson for Verdalgar Frutas, Lda., which farms 410 hectares of avocados near Silves, said its orchards used 6,200 cubic metres of water per hectare last year, about the same as the region’s citrus groves.",
            "She said the company had installed soil-moisture sensors on every block since 2022 and cut its water use per tonne of fruit by 18 per cent.",
            "“We are an easy villain,” she said.",
            "“Oranges have been drinking this water for sixty years and nobody wrote an article about them.”",
        ],
    ),
]
