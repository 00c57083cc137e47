"""Eighty-fifth set of new hand-labelled pages for the hint engines (tuning set, round thirty-eight):
twelve WHOLE pages, head to tail, from twelve kinds of site whose FURNITURE is hard to tell from
story, each worded the site's own way and with furniture at the head, in the middle of the story
and at the tail: a Philippine broadsheet's regional page (Bacolod City); a Nigerian daily with
"READ ALSO" links and a comment policy (Ilorin, Kwara State); an Irish local weekly with a paywall
ask mid-story (Nenagh, Co Tipperary); a New Zealand regional site with a live-updates strip
(Tairāwhiti); a US local TV station's site with a weather alert bar, video timestamps and app
prompts (Des Moines, Iowa); a Canadian public broadcaster's regional page with an audio player and
"Corrections and clarifications" (Saskatchewan); a Singapore English daily with a gift-article line
and a "Join our Telegram" prompt (Bedok); a Turkish English-language news site with a currency
ticker and a cookie banner (Bursa); a US state-politics non-profit newsroom with a republishing box
and a donor disclosure (Topeka, Kansas); a UK farming trade magazine with event adverts and a
registration wall (milk prices); a football club's official site with a match-centre strip and
sponsor lines (a League One match report); and a Scottish regional daily's live blog with time
stamps and entry bylines (Perthshire floods). The story lines are ordinary news with speakers
(named once, then by surname, role or pronoun), figures, dates and quotes. Some furniture reads
like sentences (a subscription ask, a comment policy and a reader comment, a paywall ask, a funding
note, an app prompt, a computer-voice note, a correction, a gift-article line, a Telegram prompt, a
cookie notice, a republishing box, a donor disclosure and a donation ask, a registration wall,
event adverts, bios, a highlights ask, a rights notice, a call for pictures and a complaints line),
and some story lines look like furniture (subheads, a zone schedule, a charges box, road-closure
lists, a price list of stalls, a districts line, a box of a bill's changes, a list of milk prices,
a scoreline, a live blog's welcome entry). The pages hold 522 sentences: 256 "B", 168 "W" and 98
""; 179 sentences carry a speaker. `STYLES` describes each page, its story, its speakers and its
furniture in order.

Written from scratch for issue 13 in round thirty-eight, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/` was opened or listed,
no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under
`docs/` or `tests/benchmarks/`, and no README of the project was read; `claimreview` was never
imported, and no test, scorer, engine or `pytest` was run. The search and fetch tools were not
used, and nothing was copied from anywhere. The brief was read; `/tmp/brief` was listed (it held
only the brief) and `/tmp/sets` was listed three times (empty the first two times; at the end it
held another helper's `labelled_heldout62.py` and `labelled_new86.py`, seen as names only and never
opened). What was read for the format: the module docstrings of `labelled_new.py` and
`labelled_new2.py` (printed whole with `ast.get_docstring`); the module docstrings of
`labelled_new83.py` and `labelled_new84.py` (printed with `ast.get_docstring` in one listing whose
middle the tool cut, then saved to a file in /tmp and the cut stretch printed with `sed`, so both
were seen whole); a listing written by a script of my own (using `ast`) of the import line,
`STYLES`, the first two pages and the first eight `CASES` of `labelled_new83.py` and of
`labelled_new84.py` to files in /tmp, of which only the `labelled_new83.py` listing was printed, in
parts (its `STYLES`, its first page, its second page up to the middle, and its eight cases through
a `grep -A12`); the `labelled_new84.py` listing was only counted (`wc -l`) and searched for its
import line, never printed; a `grep -n` of the top-level names, import lines and `noqa` lines of
those two files (line numbers and lines cut to 200 characters); `build` in `labelled_articles.py`
(a `grep -n "def build" -A15` listing); and the `[tool.ruff]` tables of `pyproject.toml` (a `grep
-A25` listing). No other page, case or docstring of any file under `tests/` was read. What was run:
a Python one-liner printing the calendars of September and October 2026 to check weekdays; a count
of the `labelled` names in `tests/text` and a `grep -E` of those names for `new8[5-9]` or `new9`
(it printed one name, `labelled_new9.py`, never opened); scripts of my own in /tmp that turn a
small line format into the literals below, rename coined names, cut the split cases out of the
pages and count sentences, flags and speakers; an import of this file with `build` on every page; a
checking script of my own (four string fields, flags, a cue for every speaker and a speaker for
every cue, no speaker on "B" lines, each speaker occurring in its page and each cue in its sentence
or in the quote it belongs to, spans, the sentence counts above, 30 distinct case ids, every split
case occurring verbatim in a built page and equal to its sentences joined by single spaces);
whole-word, case-insensitive counts over `tests/` and `/tmp/sets` (Python files only) of every
capitalised word of these pages and of candidate replacements, printing file counts only (`grep
-rilw ... | wc -l`), and for batches of candidates a `grep -rhoiwF -f` pass whose matches (my own
words) were reduced to the candidates with no hit; and, when a first pass found single hits for
coined names such as the Canadian town and the football club, file counts split between `tests/`
and `/tmp/sets` for five of them and the md5 of the hit path list of eight of them (no name or
content printed: they were different files); and `ruff format` and `ruff check` on this file (with
`--no-cache`, the check reading the file as `tests/text/labelled_new85.py` through
`--stdin-filename` so that the project's per-file ignores for `tests/**` apply). The first draft's
coined people, outlets, firms, streets, villages, roads and players hit about a hundred and fifty
words of other files (even long Yoruba, Māori and Irish names and common given names); each was
renamed, mostly to syllable-built surnames and checked given names, and only replacements with no
hit were kept; a last pass over every capitalised word of this file, run after those two files had
appeared (this file itself left out of the search), found none of this set's coined names
elsewhere. What still hits is real places, regions and bodies, common words, outlet words (Daily,
Tribune, Lantern, Post, Record, Weekly, News), titles and name particles kept on purpose (Engr, Ma,
Dr, Mrs, Mr, Madam, Cllr, Lt, Sen, Rep, Prof, Ní, Ó), abbreviations (Brgy, Sask, Regn), the tokens
of the currency ticker and Filipino and Malay common words (Barangay, Calle, Jalan, Kopi).

Every person, outlet, station call sign, firm, co-op, consultancy, foundation, group, apartment
complex, street, barangay, river named Magsungay or Ilayan, road named Kahuroa or Matawera, village
named Drumcaldie, Dunkirran or Kinnochtry, town named Sedgeholm, food centre, club, stadium, show
name, sponsor, player, referee, reporter, photographer, commenter and number is invented. Real
countries, regions, cities and public bodies appear only as settings, with invented figures and
invented people in their offices: the Philippines, Bacolod City, Negros Occidental, the Visayas,
Iloilo City and Dumaguete (in related headlines) and the state weather bureau; Nigeria, Kwara
State, Ilorin, Offa (in a headline) and the United Kingdom; Ireland, Nenagh, north Tipperary, the
Nenagh Municipal District, Lough Derg (in a headline) and the GAA; New Zealand, Tairāwhiti,
Gisborne and Gisborne District Council, Tolaga Bay, Tokomaru Bay, Ruatoria, the Uawa River, State
Highway 35, NZ Transport Agency Waka Kotahi and Tairāwhiti Emergency Management; the United States,
Iowa, Des Moines, West Des Moines and Ankeny, Polk, Dallas and Warren counties and the Des Moines
Fire Department; Canada, Saskatchewan, Saskatoon, Wadena and the Saskatchewan Health Authority
(SHA); Singapore, Bedok and the National Environment Agency (NEA); Türkiye, Bursa and nine of its
districts, the Doğancı Dam, Istanbul (in a headline), the Bursa Water and Sewerage Administration
(BUSKİ) and the BIST 100 index; Kansas, Topeka, Hays, Lawrence, Salina, Dodge City, Nebraska, the
Kansas Department of Health and Environment and the Kansas statutes (K.S.A.); England, Wales,
Harrogate, Nantwich and Cheshire; League One; Scotland, Perth and Kinross and its council,
Perthshire, Tayside, Perth, Pitlochry, Dunkeld, Forteviot, the Tay and the Earn, Police Scotland,
SEPA, the Met Office and the Editors' Code of Practice. Facebook, X, WhatsApp, Telegram and Viber
appear only as channels, and iPhone and Android only as app platforms.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W",
"B" or "". The points the recent sets state, as far as their docstrings were read, hold too:
furniture "B" line by line, whatever it says; a caption by its content and its credit (and a
video's or audio clip's timestamp or running time) "B"; headlines and standfirsts never split; a
dateline belongs to its lead sentence; a pronoun, a later surname or a title resolved to the full
name as first given, without titles; an organisation's later generic noun kept as written and "It"
resolved to the name as first given; an abbreviation after the full name labelled with the name as
first given; a channel after the verb kept in the cue; a quote over several sentences carrying its
speaker and cue; decisions, votes, dates fixed, figures of record and an institution's expected
date "W"; hedges, estimates, intentions, forecasts, advice, opinions, feelings and questions ""; a
private person's own circumstances "" and what an institution did to that person "W"; a business
owner's account of her or his own business's record "W".

Conventions this set had to settle, in the same spirit:

* Furniture that reads like prose is "B" sentence by sentence: the Philippine subscription ask
  ("... before 5 a.m." / "Cancel anytime."), the Nigerian reprint notice, tips line, comment policy
  (four sentences) and the reader comment (two sentences), the Irish free-article counter,
  subscription ask (two sentences) and "Already a subscriber?" / "Log in", the New Zealand Local
  Democracy Reporting funding note and "Got a news tip?", the US station's app prompt and
  weather-app prompt, the Canadian computer-voice note and the appended correction ("Correction: An
  earlier version of this story said the closures would begin Oct. 5." / "They begin Oct. 6."),
  whose second sentence states a fact but belongs to the editor's note, the Singapore gift-article
  line (two sentences), Telegram prompt and newsletter prompt, the Turkish cookie notice and rights
  notice, the Kansas republishing box (three sentences), bio, donor disclosure (three sentences)
  and donation ask (two sentences), the trade magazine's registration wall, event adverts, "Have
  your say" line and bio, the club's highlights ask with a price and "NEXT UP" promo, and the live
  blog's call for pictures and complaints line.
* Strips, widgets and sponsor lines are "B": the live-updates strip, the weather alert bar and "Tap
  for details", "VIDEO:" titles (their descriptions are story), "0:00 / 2:14" and "1:38", "Listen
  to this article" / "Estimated 4 minutes", the audio clip's show name and "7:42", the currency and
  stock ticker, the match-centre strip, "Official Principal Partner: ...", "Player of the Match,
  sponsored by ...: Kofitse Quelworth" (the award is named inside a sponsor line), "Matchball
  sponsor: ...", the kit and sleeve partner line, live-blog time stamps, entry bylines, "Key
  event", "Share", "Refresh for the latest" and "Back to top".
* Story lines that look like furniture keep their story labels: subheads and lead-ins
  ("Interruption schedule", "How the charges will work", "Road closures as at 11am:", "What some
  stalls will charge at the temporary market", "Districts affected", "What the draft bill would
  change", "November milk prices announced so far (standard litre)", "Here are the roads closed so
  far:") are ""; the lines under them (zones with hours, charges, closures, stall prices, the
  districts, the bill's changes, processors' prices, closed roads) are "W"; the scoreline
  "Hollcroft Town 3-1 Pellmere United" is "W", while the goals line, attendance, line-ups and
  referee are sport data (""); the live blog's welcome entry (two sentences) is "".
* Speakers. "Traders fear", "Providers say" (the standfirst's second clause, "parent groups warn
  about safety", is not split off), "Producers say", "Tenants say" (a video description) and
  "Analysts at Tillersby" (then "they said", "They said") are kept as written; "the city's water
  concessionaire said" in a lead, "The agency said", "the authority said", "the administration
  said", "The company said", "the group said in written testimony", "the department" (according
  to), "the notice said", "the school said", "the rail operator says" and "A council spokesperson
  said" are kept as written; "It said" resolves to Kalumbay Water Inc., Corrindale Dairies,
  Gisborne District Council and the office of the health minister, "it said" and "it added" to the
  National Environment Agency (NEA) and "It says" to the Met Office. "City records show" carries
  "City records" with the cue "show", "according to authority data" carries "authority data".
  Standfirsts carry what the body names ("Water firm says" Kalumbay Water Inc.; "Transport agency
  says" NZ Transport Agency Waka Kotahi; "Health authority says" the Saskatchewan Health Authority;
  "utility says" the Bursa Water and Sewerage Administration (BUSKİ)), and an audio clip's
  "Sedgeholm's mayor says" carries the mayor named later. Name parts stay and titles go: "Mayor Ma.
  Cristeta Habawel" is "Ma. Cristeta Habawel" ("Ma." is part of the name), "Engr.", "Dr", "Mrs",
  "Cllr", "Lt.", "Sen.", "Rep.", "Prof. Dr.", "Mr" and "Madam" go, the Irish "Ní" stays ("Ber Ní
  Chuileáin"), Singapore names keep the order first given ("Mr Darryl Chong Zhenhao", "Madam Liak
  Sufen", and "Mr Lua" resolves to "Tavin Lua Weijie"). "She described the strike as “ill-timed”,
  adding that ..." carries the cue "described"; "told The Aroyeku Tribune", "told the meeting",
  "told the committee", "told TownTV+", "said in Mandarin", "said in an interview", "said in a
  statement" and "told its suppliers in a letter" are cues as written; "urged" carries advice ("").
  A quoted question standing alone after "she said." ("“Who is responsible when something goes
  wrong?”") carries the speaker and cue of the quote it continues.
* Check-worthiness. The reporter's own observation of the outpatient department is "W" without a
  speaker; "The cause is under investigation, he said." is "W" (a statement of record); a manager's
  "the interruptions would follow a fixed schedule", a property manager's refund, a co-op's date, a
  ministry's Monday meeting, a committee's vote date and a utility's pipe target are "W"; "would
  apply to the Government for more emergency funding", "would table a motion", "would not call off
  the strike until ..." and "had not taken a position ... but would need two more inspectors" are
  ""; a farmer's moving of ewes and a vendor's waking at 2 a.m. are "" while the price the vendor
  pays for water, a hawker's rent and price rise, a farmer's cost of production and a child care
  owner's waiting list are "W"; a quote's factual sentence beside an opinion is "W" ("The river is
  simply not giving us the water", "This is the third time in four years this stretch has gone.",
  "Costs on farm have not come down by 1.5p.", a hydrologist's population figure, a comparison with
  2020 river levels); forecasts of a river's peak, rain, dam recovery and milk prices are "".

Splits. "Sept. 29." before a credit line, "cu. m. a day", "Engr. Marciano", "Brgys." and "Brgy." in
zone lines and mid-sentence, "8 p.m. to 8 a.m.", "P8.5 million", "Ma. Cristeta", "(034) 708-1180",
"2 a.m. to fill", "Oct. 7 to explain", "P120-million", "5 a.m." before "Cancel anytime.", "Co.,
Inc." before "All rights reserved.", "N1.4bn", "N350,000", "Ltd." before an email ending a
sentence, "€1.20", "6.05am", "11.40am", "10.30pm", "162mm", "9 a.m. Saturday." before "Tap for
details", "Lt. Lathrop", "E. Trellick Ave. at 1:47 p.m.", "3:20 p.m.", "KQWT-TV." before "All
Rights Reserved.", "Sask., will", "7 p.m. to 8 a.m.", "Oct. 6, the", "10 p.m., where", "Oct. 5."
before "They begin Oct. 6.", "Nov 2" and "Oct 1" without stops, "$6.8 million", "700m", "#01-14",
"t.me/belimbingpost", "Ltd." before "Co. Regn. No. 198402268E." before "All rights reserved.",
"10,412.35", "Sept. 30, 2026,", "11 p.m. and 5 a.m.", "Oct. 5," and "Oct. 1." ending a sentence,
"11.4 percent", "Prof. Dr. Nurettin", "A.Ş." before "They may not", "Sept. 24.", "S.B. 318",
"K.S.A. 65-508", "R-Hays,", "D-Lawrence,", "Sept. 1,", "Oct. 22", "rosalee@statehallks.org.",
"501(c)(3)", "1.5p/litre", "38.25p/litre", "38.25ppl (-1.5p)", "3.2%", "No. 04418762.", "The No. 9"
opening a sentence, "12', 67'", "£4.99", "Ltd." before "All rights reserved." before "Registered in
England No. 00184422.", "4.1 metres", "4.6 metres", "3.2 metres at 1pm.", "10.15am" and "12.30pm"
never split a sentence wrongly; a quote split inside the marks ("“We are not rationing because we
want to." / "The river is simply ...,” Talubad told reporters ...", "“People out here are farmers."
/ "Harvest is on." / "If somebody rolls a combine at 10 p.m., where do they go?” he said.") and
lines without a stop (strips, list lines, a video title before its description, a timestamp after
it, "Published: ..." before "Updated: ...", "Listen to this article" before "Estimated 4 minutes",
"READ MORE:" and its bulleted links) each end one; a quoted question followed by its attribution
("What else can we do?” she said.", "“Where will we find N350,000 for an operation in a private
hospital?” she asked.", "Can you blame them?” she said.") is one sentence, and "“Who is responsible
when something goes wrong?”" after "she said." is one on its own.

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of consecutive
sentences of one paragraph of these pages joined by single spaces: what a reviewer wants, not what
the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Philippine broadsheet's regional page (Visayas), Bacolod City's water concessionaire cuts piped water to 12 hours a day in 41 barangays until the end of November, with the standfirst carrying the water firm through says, a BACOLOD CITY— dateline lead with the concessionaire said kept as written, the firm and then It said with cu. m. mid-sentence, a general manager with Engr. and a quote split in two inside the marks, a schedule of three zone lines with Brgys. and a.m./p.m. that are story under a subhead that is story, according to the state weather bureau, a mayor with Ma. in her name, a quote in two sentences and a phone line with she added, a vendor with Brgy. and 2 a.m. whose own circumstances are \"\" and a quoted question, a councilor with Oct. 7 and a P120-million figure, a contract date without a speaker (masthead in capitals, date and e-edition strip with pipes, menu, section label with a slash, headline, standfirst, By: line, bureau and time line, caption with Sept. 29. and PHOTO BY credit in capitals, ADVERTISEMENT and a READ: link mid-story, a subscription ask in two sentences with 5 a.m., READ NEXT and two headlines, tags, a follow prompt, copyright with Co., Inc. in two sentences)",
    "Nigerian daily's health page, resident doctors in Kwara State begin an indefinite strike over N1.4bn of arrears, with the association's president named with Dr and a long title and then He and by surname, a quote over two sentences with told The Aroyeku Tribune, the health commissioner with Dr and then She with described and said in a statement, the reporter's own account of the outpatient department without a speaker, a patient's relative with Mrs whose account of the hospital is \"W\" and a quoted question with she asked, the association's secretary with figures and a quoted question, a strike history without a speaker (masthead in capitals, date line, menu with pipes, section label, headline, byline with place, date line with 2nd, caption and File photo credit, two READ ALSO: links mid-story, Kindly share this story and a share strip, a reprint notice with Ltd. and a tips email, a COMMENT POLICY heading and four policy sentences, a comment count, a comment with name and time, its two-sentence body and Reply, LATEST NEWS and two headlines)",
    "Irish local weekly's page, councillors vote to bring €1.20-an-hour pay parking to a Nenagh car park from January, with a paywall ask mid-story, the standfirst carrying Traders kept as written through fear, a vote of record without a speaker, a senior executive engineer who told the meeting and then he said and Mr with a surname, a charges box of three lines without stops that are story under a subhead that is story, two councillors with Cllr and a party in brackets and then He and She, a traders' group with In a statement, a pharmacist with an Irish name whose quote ends in a quoted question with she said, according to the council's draft bye-laws, a council spokesperson after the claim (masthead, utility strip with pipes, menu, section label, headline with a euro figure, standfirst, byline name alone, date line with a dash, caption of fact and PIC: credit in capitals, a free-article counter, a two-sentence subscription ask, Subscribe now, Already a subscriber? and Log in, a two-sentence reporter bio with an email and a phone number, More from Nenagh and two headlines, copyright and group line)",
    'New Zealand regional news site\'s Tairāwhiti page, a slip closes State Highway 35 north of Tolaga Bay, with a live-updates strip in the masthead, the transport agency carrying the standfirst through says and the lead, The agency said kept as written, its regional maintenance manager named and then She and by surname with a hedge, road closures under a lead-in that is story and three closure lines without stops, an emergency management controller with figures, a plan of record and advice, a farmer whose own moves are "" and whose count of closures is "W" in a quote split in two inside the marks, the school said, a district council and then It said with an intention (brand, LIVE UPDATES strip with bullets, greeting and sign-in strip, menu, section label with a slash, headline, standfirst, reporter line with a middle dot, Published: and Updated: stamps with am times, Share this article, caption of fact and Photo / credit, READ MORE: with two bulleted links mid-story, a Local Democracy Reporting funding note that reads like a sentence, a news-tip question and email line, More Local News and two headlines, copyright)',
    'US local TV station\'s site in Des Moines, Iowa, an apartment fire displaces 38 residents, with a frost-advisory alert bar, a video title, its description and a 0:00 / 2:14 timestamp at the head, the fire department said after a DES MOINES, Iowa — dateline lead, a spokesperson with Lt. and then He and by surname with E. Trellick Ave. and p.m. times, a statement of record on the cause, a resident whose own circumstances and quote are "", a relief group and then The group said with advice, a property manager with In a statement, a second video with Tenants say kept as written and a 1:38 running time, according to the department, City records show, advice with urged (station brand in capitals, WEATHER ALERT bar with a.m. and a Tap for details line, menu, section label, headline with a figure, Author: line, Published: and Updated: lines with PM CDT, VIDEO: title, an app prompt with an emoji and a RELATED: link mid-story, Advertisement, copyright with KQWT-TV. in two sentences, a weather-app prompt, TRENDING ON and two headlines)',
    "Canadian public broadcaster's Saskatchewan page, a rural hospital's emergency department will close overnight for six weeks for want of nurses, with an audio player at the head and an audio clip mid-story, the health authority carrying the standfirst and the lead through says with Sask., and Oct. 6, the authority said kept as written, advice with the notice said, according to authority data, an audio clip's description with the mayor through says, the authority's executive director with figures and a quote over two sentences with said in an interview, the mayor with a record of closures and a quote over three sentences ending in a question with 10 p.m., a farmer's private circumstances, an opposition critic's figure, the office of the health minister as written with In an emailed statement and then It said with a quoted phrase (brand and city, menu, section label, headline, standfirst, Social Sharing, Listen to this article and Estimated 4 minutes, a computer-voice note that reads like a sentence, byline with a middle dot, Posted/Last Updated line with CST, caption of fact and bracketed credit with a slash, the audio clip's show name and its 7:42 running time, a two-sentence correction with Oct. 5. and Oct. 6., With files from, Corrections and clarifications strip, related stories, copyright strip)",
    'Singapore English daily\'s Singapore page, a Bedok hawker centre closes for four months of upgrading, with a gift-article line at the head and a Telegram prompt mid-story, a standfirst of fact, a SINGAPORE – lead with the National Environment Agency (NEA) said and Nov 2 and Oct 1 without stops, NEA said, it said and it added resolved to the agency as first given, an MP with Mr and a Chinese name after an English one and a quote over two sentences, a scene line, a price list of three stall lines with #01-14 and dollar prices that are story under a subhead that is story, a hawker with Madam whose feelings are "" and a quote with said in Mandarin, a chicken rice seller whose rent and price rise are "W" and then Mr with his surname, an upgrading programme without a speaker (masthead in capitals, section strip with pipes, section label, headline, standfirst, byline and title, UPDATED stamp, a two-sentence gift-article line, caption of fact and a photo credit in capitals, a Telegram prompt with a t.me address, an evening newsletter prompt, MORE ON THIS TOPIC and two headlines, copyright with Ltd., Co. Regn. No. and All rights reserved.)',
    "Turkish English-language news site's Türkiye page, Bursa begins nightly water cuts as its dams fall to 11 percent, with a currency ticker at the head and a cookie banner mid-story, the water utility carrying the standfirst through says and the lead through announced with Oct. 5 and Oct. 1., the administration said kept as written, the utility's general manager with figures, an expected date and a quote with told reporters, a districts line that is story under a subhead that is story, an opposition council member with according to the utility's own report kept under said, an intention and an opinion quote, a hydrologist with Prof. Dr. and a forecast and a quote of figures, a retired teacher's private circumstances, a 2014 precedent without a speaker (masthead in capitals, currency and stock ticker with arrows and decimals, menu in capitals, section label with a slash, headline, standfirst, dateline line in capitals, Published/Last Updated line, caption with Sept. 30 and Photo: credit, cookie heading, two consent sentences and a button row, Advertisement, a compiled-from-agencies line, keywords, MOST READ and two headlines, rights notice with A.Ş. in two sentences)",
    "US state-politics non-profit newsroom's legislature page in Kansas, an interim committee hears a draft bill letting child care centers count 17-year-old aides toward ratios, with a republishing box mid-story and a donor disclosure at the tail, the standfirst carrying Providers kept as written through say, a TOPEKA — dateline lead of record, a bill line with S.B. 318 and K.S.A. 65-508 without a speaker, a senator with Sen. and R-Hays and then a surname with told the committee and He, a three-line box of the bill's changes that are story under a subhead that is story, a rule of record without a speaker, an agency program director and then She with Sept. 1, a representative with Rep. and D-Lawrence and a quote split around she said with a standalone quoted question, a parent group and then the group said in written testimony, a child care owner's account of her center and her quote, the committee chair with Oct. 22 (brand, tagline, menu with pipes, section label in capitals, headline, standfirst, By line, date and time line, caption with Sept. 24. and a bracketed credit with a slash, REPUBLISH THIS STORY and three republishing sentences, a two-sentence bio with an email, a three-sentence donor disclosure, a two-sentence donation ask with a match, DONATE, MORE FROM THE LEGISLATURE and a headline, copyright with 501(c)(3))",
    "UK farming trade magazine's dairy page, a milk processor cuts its price by 1.5p a litre from November, with an event advert at the head and mid-story and a registration wall, the standfirst carrying Producers kept as written through say, the processor told its suppliers in a letter and then The company said kept as written and It said resolved to the processor, a supplier count without a speaker, a price list of three processor lines with ppl that are story under a heading that is story, a co-op's date of record, a farmers' group dairy chairman with a calculation, a quote of two factual sentences and advice with urged, a farmer's cost of production and her hedge, Analysts at a consultancy kept as written and then they said and They said with a forecast (brand, menu with pipes, event banner with middle dots, section label with ›, headline, standfirst, byline and title, date line, a registration wall of two sentences, Register now, Already registered? and Sign in, ADVERTISEMENT and a two-sentence event ad mid-story, a have-your-say email line, Related articles and two headlines, an awards ad with dashes, a one-sentence bio with a year, a publisher line with No.)",
    'Football club\'s official site, a League One match report, the home side win 3-1, with a match-centre strip and sponsor lines at the head, mid-story and tail, a scoreline line that is "W" and a goals line that is data (""), a match narrative with No. 9 and minutes, a captain\'s 50th goal and his quote with said after it, the head coach with a quote over two sentences with told TownTV+ and then He with an injury and a suspension, the scorer\'s quote with said after it and his transfer without a speaker, a form line and a record without a speaker, attendance, line-ups and referee lines that are data (club name in capitals, utility strip with pipes, MATCH CENTRE strip with FT, NEXT and Buy tickets, principal partner line, crumb with ›, headline with a score, date line with a middle dot, Words: line, caption and Photo: credit with a slash, Player of the Match sponsor line, a two-sentence highlights ask with a price, matchball sponsor line, a two-sentence NEXT UP promo, kit and sleeve partner line, copyright with Ltd. and All rights reserved., Registered in England No. and a registered office with a postcode)',
    'Scottish regional daily\'s live blog, heavy rain floods Perthshire, with time stamps and entry bylines on every entry and Key event labels, a live headline of fact and a standfirst of fact, the council says and a council spokesperson with a Sunday date, a road-closure list under a lead-in that is story with road numbers, Police Scotland said, a resident whose feelings are "" in a quote split inside the marks and whose account of the council\'s sandbags is "W", SEPA figures without a speaker, its duty manager with a forecast of 4.1 metres and a comparison and a peak of record, the rail operator says and a replacement-bus line without a speaker, a chief inspector with a rescue and advice in a quote, the Met Office\'s warning without a speaker and It says with a forecast, a rest centre the council said it opened, a welcome entry in two sentences that is "" (masthead in capitals, menu, section label, headline, standfirst, date line, Updated 3 minutes ago, Refresh for the latest, eight time stamps and eight entry bylines, Share, two Key event labels, Back to top, a two-sentence call for pictures with an email, a two-sentence complaints line with an email, copyright)',
]

ARTICLES = [
    [
        [
            ("THE DAILY KALIWAT", "", "", "B"),
        ],
        [
            ("Thursday, October 1, 2026 | Today’s Paper | E-Edition | Subscribe", "", "", "B"),
        ],
        [
            (
                "News   Regions   Nation   Business   Opinion   Sports   Lifestyle   Kaliwat+",
                "",
                "",
                "B",
            ),
        ],
        [
            ("REGIONS / VISAYAS", "", "", "B"),
        ],
        [
            (
                "Bacolod water cuts to last until end-November as river intake hits 14-year low",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Water firm says 41 of the city’s 61 barangays will get water for only 12 hours a day",
                "Kalumbay Water Inc.",
                "says",
                "W",
            ),
        ],
        [
            ("By: Rhealyn Mabanglo-Lumaktod", "", "", "B"),
        ],
        [
            ("Visayas Bureau / 05:12 AM October 01, 2026", "", "", "B"),
        ],
        [
            (
                "Residents of Barangay Sampinit line up with containers beside a city fire truck delivering water on Tuesday, Sept. 29.",
                "",
                "",
                "",
            ),
            ("PHOTO BY RHEALYN MABANGLO-LUMAKTOD", "", "", "B"),
        ],
        [
            (
                "BACOLOD CITY—Households in 41 of this city’s 61 barangays will get piped water for only 12 hours a day until the end of November because the river that feeds the main intake has dropped to its lowest level in 14 years, the city’s water concessionaire said on Wednesday.",
                "the city’s water concessionaire",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kalumbay Water Inc., the joint venture that has run the city’s water system since 2019, said its intake on the Magsungay River was producing 38,000 cubic meters a day, down from a normal 65,000.",
                "Kalumbay Water Inc.",
                "said",
                "W",
            ),
            (
                "It said the city needs at least 58,000 cu. m. a day to keep water flowing around the clock.",
                "Kalumbay Water Inc.",
                "said",
                "W",
            ),
        ],
        [
            (
                "Engr. Marciano Talubad, Kalumbay’s general manager, said the interruptions would follow a fixed schedule so that households could store water before their supply is cut.",
                "Marciano Talubad",
                "said",
                "W",
            ),
            ("“We are not rationing because we want to.", "Marciano Talubad", "told reporters", ""),
            (
                "The river is simply not giving us the water,” Talubad told reporters at the company’s office on Calle Tinagong.",
                "Marciano Talubad",
                "told reporters",
                "W",
            ),
        ],
        [
            ("Interruption schedule", "", "", ""),
        ],
        [
            ("Zone A (Brgys. Sampinit, Dayhagan and Kalambuan): 8 p.m. to 8 a.m.", "", "", "W"),
        ],
        [
            ("Zone B (Brgys. Tubodan, Panalsan and Lunhawan): 6 a.m. to 6 p.m.", "", "", "W"),
        ],
        [
            ("Zone C (Brgy. Ilayan and the reclamation area): 10 a.m. to 10 p.m.", "", "", "W"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "He said the 20 barangays served by deep wells in the city’s eastern half would not be affected.",
                "Marciano Talubad",
                "said",
                "W",
            ),
        ],
        [
            (
                "Rainfall in Bacolod from June to September was 41 percent below normal, according to the state weather bureau.",
                "the state weather bureau",
                "according to",
                "W",
            ),
        ],
        [
            ("READ: Negros Occidental sugar planters seek P2 billion in drought aid", "", "", "B"),
        ],
        [
            (
                "Mayor Ma. Cristeta Habawel said the city government had released P8.5 million from its quick response fund to rent six more water tankers, bringing the fleet serving the affected barangays to 14.",
                "Ma. Cristeta Habawel",
                "said",
                "W",
            ),
            (
                "“No household in Bacolod will go without drinking water.",
                "Ma. Cristeta Habawel",
                "said",
                "",
            ),
            (
                "If your barangay hall has not seen a tanker by noon, call us,” she said.",
                "Ma. Cristeta Habawel",
                "said",
                "",
            ),
            (
                "The city’s disaster office can be reached at (034) 708-1180 or 0917 555 0142, she added.",
                "Ma. Cristeta Habawel",
                "added",
                "",
            ),
        ],
        [
            (
                "At a refilling station in Brgy. Sampinit, vendor Gloriosa Alibangbang, 58, said she now wakes at 2 a.m. to fill six drums before the water stops.",
                "Gloriosa Alibangbang",
                "said",
                "",
            ),
            ("“My children take turns staying up.", "Gloriosa Alibangbang", "said", ""),
            ("What else can we do?” she said.", "Gloriosa Alibangbang", "said", ""),
            (
                "She said a 20-liter container of purified water at the stations near her home now costs P35, up from P25 in August.",
                "Gloriosa Alibangbang",
                "said",
                "W",
            ),
        ],
        [
            (
                "Councilor Jerwin Tuburan, who chairs the city council’s committee on public utilities, said the council would summon Kalumbay officials on Oct. 7 to explain why a P120-million second intake promised in the company’s 2019 contract had not been completed.",
                "Jerwin Tuburan",
                "said",
                "W",
            ),
            (
                "“Five years is a long time to build one intake,” he said.",
                "Jerwin Tuburan",
                "said",
                "",
            ),
        ],
        [
            (
                "Talubad said the second intake, on the Ilayan River, was 60 percent complete and would be finished by March 2027.",
                "Marciano Talubad",
                "said",
                "W",
            ),
        ],
        [
            ("Kalumbay’s contract with the city’s water district runs until 2044.", "", "", "W"),
        ],
        [
            (
                "Subscribe to Kaliwat+ for P99 a month to read every story without ads and get the e-paper before 5 a.m.",
                "",
                "",
                "B",
            ),
            ("Cancel anytime.", "", "", "B"),
        ],
        [
            ("READ NEXT", "", "", "B"),
        ],
        [
            (
                "Iloilo City to reopen Calle Dagatdagat to vehicles after six-month closure",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Dumaguete fishers get P3,000 fuel subsidy", "", "", "B"),
        ],
        [
            (
                "TAGS: Bacolod City, Kalumbay Water, Negros Occidental, water interruption",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Follow The Daily Kaliwat on Facebook and Viber for breaking news from the Visayas.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 1994-2026 Kaliwat Publishing Co., Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE AROYEKU TRIBUNE", "", "", "B"),
        ],
        [
            ("Friday, October 2, 2026", "", "", "B"),
        ],
        [
            (
                "Home | News | Politics | Metro | Business | Health | Sports | Opinion | Columns",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Health", "", "", "B"),
        ],
        [
            ("Kwara resident doctors begin indefinite strike over N1.4bn arrears", "", "", "W"),
        ],
        [
            ("Adetutu Olamipeju, Ilorin", "", "", "B"),
        ],
        [
            ("2nd October 2026", "", "", "B"),
        ],
        [
            ("Resident doctors at a rally in Ilorin during an earlier dispute.", "", "", ""),
            ("File photo", "", "", "B"),
        ],
        [
            (
                "Resident doctors at the State Specialist Hospital, Ilorin, and four general hospitals across Kwara State on Thursday began an indefinite strike over unpaid salary arrears and allowances.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The President of the Association of Resident Doctors, Kwara State chapter, Dr Oluwatimilehin Adetokunboh, said the state government owed members N1.4bn, made up of 14 months of the residency training fund and five months of arrears from the 2024 salary review.",
                "Oluwatimilehin Adetokunboh",
                "said",
                "W",
            ),
            (
                "He said the association had issued a 21-day ultimatum on August 28, which expired on September 18 without a response from the government.",
                "Oluwatimilehin Adetokunboh",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Our members are not on holiday.",
                "Oluwatimilehin Adetokunboh",
                "told The Aroyeku Tribune",
                "",
            ),
            (
                "We have been patient for two years, and patience has limits,” Adetokunboh told The Aroyeku Tribune.",
                "Oluwatimilehin Adetokunboh",
                "told The Aroyeku Tribune",
                "",
            ),
        ],
        [
            ("READ ALSO: Kwara Assembly passes N612bn supplementary budget", "", "", "B"),
        ],
        [
            (
                "But the state Commissioner for Health, Dr Aminat Bolajoko, said the government had paid N620m of the arrears in July and would pay the balance in three monthly instalments from November.",
                "Aminat Bolajoko",
                "said",
                "W",
            ),
            (
                "She described the strike as “ill-timed”, adding that the state had approved the recruitment of 85 doctors in August.",
                "Aminat Bolajoko",
                "described",
                "W",
            ),
        ],
        [
            (
                "“The door of the ministry remains open.",
                "Aminat Bolajoko",
                "said in a statement",
                "",
            ),
            (
                "We urge the doctors to return to their duty posts while discussions continue,” she said in a statement on Thursday night.",
                "Aminat Bolajoko",
                "said in a statement",
                "",
            ),
        ],
        [
            (
                "The strike affects outpatient, emergency and surgical services at the five hospitals, but not the state’s primary health centres.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "On Friday morning, only consultants and house officers were attending to patients at the hospital’s outpatient department, and the emergency unit had stopped admitting new cases.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A patient’s relative, Mrs Morolake Ajiborisha, said her husband, who was admitted with a broken leg on Tuesday, had been told by nurses to seek surgery at a private hospital.",
                "Morolake Ajiborisha",
                "said",
                "W",
            ),
            (
                "“Where will we find N350,000 for an operation in a private hospital?” she asked.",
                "Morolake Ajiborisha",
                "asked",
                "",
            ),
        ],
        [
            ("READ ALSO: Ilorin traders count losses as tanker fire razes 11 shops", "", "", "B"),
        ],
        [
            (
                "The association’s Secretary, Dr Iretiolu Gbadegesin-Ajilore, said the five hospitals had 212 resident doctors against an approved establishment of 340.",
                "Iretiolu Gbadegesin-Ajilore",
                "said",
                "W",
            ),
            (
                "She said at least 31 resident doctors had left the state’s service since January 2025, most of them for jobs in the United Kingdom.",
                "Iretiolu Gbadegesin-Ajilore",
                "said",
                "W",
            ),
            (
                "“If you are short of hands and you still do not pay the hands you have, what do you expect?” she said.",
                "Iretiolu Gbadegesin-Ajilore",
                "said",
                "",
            ),
        ],
        [
            (
                "Adetokunboh said the association would not call off the strike until the first instalment reached members’ accounts.",
                "Oluwatimilehin Adetokunboh",
                "said",
                "",
            ),
        ],
        [
            (
                "Resident doctors in the state last went on strike in March 2025, for 19 days.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Bolajoko said the ministry would meet the association’s leaders on Monday.",
                "Aminat Bolajoko",
                "said",
                "W",
            ),
        ],
        [
            ("Kindly share this story", "", "", "B"),
        ],
        [
            ("Facebook | X | WhatsApp | Telegram | Email", "", "", "B"),
        ],
        [
            (
                "No part of this report may be reprinted, rewritten or broadcast without the written permission of Aroyeku Media Ltd.",
                "",
                "",
                "B",
            ),
            ("Send tips to newsdesk@aroyekutribune.ng.", "", "", "B"),
        ],
        [
            ("COMMENT POLICY", "", "", "B"),
        ],
        [
            (
                "The Aroyeku Tribune welcomes debate on its stories, but comments must stay on the subject of the article.",
                "",
                "",
                "B",
            ),
            (
                "Insults, ethnic or religious slurs and unproven allegations against named persons will be removed without notice.",
                "",
                "",
                "B",
            ),
            ("Repeat offenders will be blocked.", "", "", "B"),
            (
                "Views expressed below are those of readers and not of The Aroyeku Tribune.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("3 Comments", "", "", "B"),
        ],
        [
            ("Abdulwaheed O. · 2 hours ago", "", "", "B"),
        ],
        [
            ("This is the third strike in two years.", "", "", "B"),
            ("Pay them and let them work.", "", "", "B"),
        ],
        [
            ("Reply", "", "", "B"),
        ],
        [
            ("LATEST NEWS", "", "", "B"),
        ],
        [
            ("Kwara begins payment of N70,000 minimum wage arrears", "", "", "B"),
        ],
        [
            ("Offa residents protest three-week power outage", "", "", "B"),
        ],
    ],
    [
        [
            ("The Tipperary Lantern", "", "", "B"),
        ],
        [
            ("Search | Subscribe | Log in | Digital Edition", "", "", "B"),
        ],
        [
            ("News   Sport   GAA   Community Notes   Death Notices   Property   Jobs", "", "", "B"),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            (
                "Pay parking to come to Nenagh’s Clonbrenagh Square car park from January",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Traders fear the €1.20-an-hour charge will drive shoppers to the retail park on the edge of town",
                "Traders",
                "fear",
                "",
            ),
        ],
        [
            ("Niamhán Ní Bhraonacháin", "", "", "B"),
        ],
        [
            ("Tue, 29 Sep, 2026 - 16:45", "", "", "B"),
        ],
        [
            (
                "The car park at Clonbrenagh Square has been free since it opened in 2009.",
                "",
                "",
                "W",
            ),
            ("PIC: TIPPERARY LANTERN", "", "", "B"),
        ],
        [
            (
                "Motorists will have to pay €1.20 an hour to park in Nenagh’s Clonbrenagh Square car park from January 4, after councillors voted to approve the charge at a meeting of the Nenagh Municipal District on Monday.",
                "",
                "",
                "W",
            ),
            ("The proposal was carried by five votes to three, with one abstention.", "", "", "W"),
        ],
        [
            (
                "Senior executive engineer Fionnbarr Cuddihey told the meeting the charge was expected to raise €96,000 a year, which would be spent on resurfacing the 140-space car park and installing lighting and CCTV.",
                "Fionnbarr Cuddihey",
                "told the meeting",
                "W",
            ),
            (
                "“The surface is breaking up, and we have had three claims from people who tripped there in the last two years,” he said.",
                "Fionnbarr Cuddihey",
                "said",
                "W",
            ),
        ],
        [
            ("You’ve read 2 of your 3 free articles this month.", "", "", "B"),
        ],
        [
            ("Local news costs money to make.", "", "", "B"),
            (
                "For €1 a week for your first three months, you get every story, the digital edition and our death notices email.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Subscribe now", "", "", "B"),
        ],
        [
            ("Already a subscriber?", "", "", "B"),
            ("Log in", "", "", "B"),
        ],
        [
            ("How the charges will work", "", "", ""),
        ],
        [
            ("€1.20 an hour, with a maximum stay of three hours", "", "", "W"),
        ],
        [
            ("First 15 minutes free", "", "", "W"),
        ],
        [
            ("Season ticket: €40 a month", "", "", "W"),
        ],
        [
            (
                "Mr Cuddihey said drivers would be able to pay at two new machines on the square or through the council’s parking app.",
                "Fionnbarr Cuddihey",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cllr Flann Meldrick (FG), who proposed the motion, said Nenagh was one of only two towns of its size in the county where parking in the centre was still free.",
                "Flann Meldrick",
                "said",
                "W",
            ),
            (
                "“Free parking sounds great until you realise the same cars sit there from nine till six,” he said.",
                "Flann Meldrick",
                "said",
                "",
            ),
            (
                "He said a survey by council staff in May found that 61 per cent of cars in the car park stayed for more than four hours.",
                "Flann Meldrick",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cllr Nollaig Keogheen (SF), who voted against, said the charge would “finish off” the smaller shops on the square.",
                "Nollaig Keogheen",
                "said",
                "",
            ),
            (
                "She said three shops on Clonbrenagh Lane had closed since Easter.",
                "Nollaig Keogheen",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a statement, the Nenagh Traders’ Alliance said it had asked the council to allow the first hour free and would now take the matter to the full county council.",
                "the Nenagh Traders’ Alliance",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ber Ní Chuileáin, who has run a pharmacy on the square for 22 years, said older customers already stayed away on wet days.",
                "Ber Ní Chuileáin",
                "said",
                "",
            ),
            ("“People will go to the retail park where it’s free.", "Ber Ní Chuileáin", "said", ""),
            ("Can you blame them?” she said.", "Ber Ní Chuileáin", "said", ""),
        ],
        [
            (
                "Blue badge holders will park free, and parking will remain free on Sundays and bank holidays, according to the council’s draft bye-laws.",
                "the council’s draft bye-laws",
                "according to",
                "W",
            ),
            (
                "A public consultation on the bye-laws drew 212 submissions, 188 of them opposed, a council spokesperson said.",
                "a council spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                "Niamhán Ní Bhraonacháin is a reporter with The Tipperary Lantern, covering Nenagh and north Tipperary.",
                "",
                "",
                "B",
            ),
            ("She can be contacted at niamhan@tipplantern.ie or on 067 30 214.", "", "", "B"),
        ],
        [
            ("More from Nenagh", "", "", "B"),
        ],
        [
            ("Nenagh GAA club unveils €2.2m pitch development", "", "", "B"),
        ],
        [
            ("Lough Derg water quality ‘stable’, report finds", "", "", "B"),
        ],
        [
            ("© The Tipperary Lantern 2026.", "", "", "B"),
            ("Part of the Iarmhumhain Media group.", "", "", "B"),
        ],
    ],
    [
        [
            ("The Eastlander", "", "", "B"),
        ],
        [
            (
                "LIVE UPDATES ● Heavy rain watch for Tairāwhiti until 9am Sunday ● Tap for the latest",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Kia ora | Sign in | Subscribe", "", "", "B"),
        ],
        [
            ("Home   Local   Rural   Sport   Opinion   Weather   Puzzles", "", "", "B"),
        ],
        [
            ("Local News / Tairāwhiti", "", "", "B"),
        ],
        [
            (
                "Slip closes State Highway 35 north of Tolaga Bay, leaving 1900 people with one way out",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Transport agency says clearing the road will take at least a fortnight",
                "NZ Transport Agency Waka Kotahi",
                "says",
                "W",
            ),
        ],
        [
            ("Hamiora Tuhoro-Blakely · Local Democracy Reporter", "", "", "B"),
        ],
        [
            ("Published: 3 Oct 2026, 6.05am", "", "", "B"),
            ("Updated: 11.40am", "", "", "B"),
        ],
        [
            ("Share this article", "", "", "B"),
        ],
        [
            (
                "The slip came down across both lanes about 2km north of the Uawa River bridge late on Thursday.",
                "",
                "",
                "W",
            ),
            ("Photo / Hamiora Tuhoro-Blakely", "", "", "B"),
        ],
        [
            (
                "A large slip has closed State Highway 35 north of Tolaga Bay, and NZ Transport Agency Waka Kotahi says clearing it will take at least two weeks.",
                "NZ Transport Agency Waka Kotahi",
                "says",
                "W",
            ),
        ],
        [
            (
                "The agency said about 40,000 cubic metres of earth and rock came down at about 10.30pm on Thursday, after 162mm of rain fell in 24 hours at its nearest gauge.",
                "The agency",
                "said",
                "W",
            ),
        ],
        [
            (
                "Its regional maintenance manager, Huhana Whakatiki, said geotechnical engineers flew over the site on Friday afternoon and found a crack about 60m long above the slip face.",
                "Huhana Whakatiki",
                "said",
                "W",
            ),
            (
                "She said the same stretch was closed for 11 days in February 2023 and for three weeks in 2025.",
                "Huhana Whakatiki",
                "said",
                "W",
            ),
            (
                "“We are not putting people and machinery under that face until we know it will stay put,” she said.",
                "Huhana Whakatiki",
                "said",
                "",
            ),
        ],
        [
            (
                "Whakatiki said a temporary road around the slip was one option being looked at.",
                "Huhana Whakatiki",
                "said",
                "",
            ),
        ],
        [
            ("Road closures as at 11am:", "", "", ""),
        ],
        [
            (
                "SH35: closed between Tolaga Bay and Tokomaru Bay, no detour for heavy vehicles",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Kahuroa Rd: closed at the ford", "", "", "W"),
        ],
        [
            ("Matawera Valley Rd: residents only, one lane open", "", "", "W"),
        ],
        [
            ("READ MORE:", "", "", "B"),
            (
                "• Tairāwhiti roading bill hits $180m as councils wait for Government help",
                "",
                "",
                "B",
            ),
            ("• Tolaga Bay wharf repairs to start in spring", "", "", "B"),
        ],
        [
            (
                "Tairāwhiti Emergency Management controller Tamahana Pakanui said the roughly 1900 people living north of the slip could still leave by the inland route through Ruatoria, which adds about 90 minutes to a trip to Gisborne.",
                "Tamahana Pakanui",
                "said",
                "W",
            ),
            (
                "He said a supermarket truck got through on Friday evening and a fuel tanker reached Tokomaru Bay on Saturday morning.",
                "Tamahana Pakanui",
                "said",
                "W",
            ),
            (
                "“Nobody is cut off, but it’s a long way round, and we’d ask people to only travel if they have to,” he said.",
                "Tamahana Pakanui",
                "said",
                "",
            ),
        ],
        [
            (
                "Sheep and beef farmer Hineana Tamahaere-Foote, whose 600ha farm sits beside the slip, said she moved 300 ewes off the lower paddocks on Friday.",
                "Hineana Tamahaere-Foote",
                "said",
                "",
            ),
            (
                "“This is the third time in four years this stretch has gone.",
                "Hineana Tamahaere-Foote",
                "said",
                "W",
            ),
            (
                "You start to wonder how many more times they can patch it,” she said.",
                "Hineana Tamahaere-Foote",
                "said",
                "",
            ),
        ],
        [
            (
                "Tolaga Bay Area School will stay open, with buses for northern pupils taking the inland route, the school said.",
                "the school",
                "said",
                "W",
            ),
        ],
        [
            (
                "Gisborne District Council said it had spent $4.2 million on emergency repairs to local roads since June.",
                "Gisborne District Council",
                "said",
                "W",
            ),
            (
                "It said it would apply to the Government for more emergency funding next week.",
                "Gisborne District Council",
                "said",
                "",
            ),
        ],
        [
            (
                "Local Democracy Reporting is paid for by a public fund for regional news and shared with outlets across the country; The Eastlander decides where its stories run, but not what its reporters cover.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Got a news tip?", "", "", "B"),
            ("Email newsroom@eastlander.co.nz", "", "", "B"),
        ],
        [
            ("More Local News", "", "", "B"),
        ],
        [
            ("Gisborne pool reopens after $7m upgrade", "", "", "B"),
        ],
        [
            ("Ruatoria school roll climbs to 140", "", "", "B"),
        ],
        [
            ("© 2026 Eastlander Media Limited", "", "", "B"),
        ],
    ],
    [
        [
            ("KQWT 8 NEWS", "", "", "B"),
        ],
        [
            (
                "⚠ WEATHER ALERT: Frost Advisory for Polk, Dallas and Warren counties from 1 a.m. to 9 a.m. Saturday.",
                "",
                "",
                "B",
            ),
            ("Tap for details", "", "", "B"),
        ],
        [
            (
                "News   Weather   Sports   8 Investigates   Community   Watch Live   Contests",
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
                "38 residents displaced after fire tears through east Des Moines apartment building",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Author: Kolton Haavik-Mims", "", "", "B"),
        ],
        [
            ("Published: 6:12 PM CDT October 2, 2026", "", "", "B"),
        ],
        [
            ("Updated: 10:47 PM CDT October 2, 2026", "", "", "B"),
        ],
        [
            ("VIDEO: Crews battle apartment fire on Trellick Ave.", "", "", "B"),
        ],
        [
            (
                "Flames broke through the roof of the three-story building about 30 minutes after crews arrived.",
                "",
                "",
                "W",
            ),
            ("0:00 / 2:14", "", "", "B"),
        ],
        [
            (
                "DES MOINES, Iowa — Thirty-eight people are without a home after a fire tore through a three-story apartment building on the city’s east side Friday afternoon, the Des Moines Fire Department said.",
                "the Des Moines Fire Department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Fire department spokesperson Lt. Lathrop Zelenka said crews were called to the Larrowby Court Apartments at 2700 E. Trellick Ave. at 1:47 p.m. and found flames coming from a third-floor unit.",
                "Lathrop Zelenka",
                "said",
                "W",
            ),
            (
                "He said the fire spread through the attic and was brought under control at about 3:20 p.m.",
                "Lathrop Zelenka",
                "said",
                "W",
            ),
        ],
        [
            (
                "Two residents were taken to a hospital with minor injuries, and one firefighter was treated at the scene for heat exhaustion, Zelenka said.",
                "Lathrop Zelenka",
                "said",
                "W",
            ),
            ("The cause is under investigation, he said.", "Lathrop Zelenka", "said", "W"),
        ],
        [
            (
                "Zelenka said the building, which went up in 1968, had no sprinklers, and none were required under the code in force when it was built.",
                "Lathrop Zelenka",
                "said",
                "W",
            ),
        ],
        [
            (
                "📱 Get breaking news alerts on your phone: download the free KQWT 8 app for iPhone or Android.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("RELATED: Des Moines council approves $2.1M for fire station upgrades", "", "", "B"),
        ],
        [
            (
                "Xiomara Quackenbos, who has lived in the building for six years, said she was at work when a neighbor called her.",
                "Xiomara Quackenbos",
                "said",
                "",
            ),
            ("“By the time I got here, the whole roof was gone.", "Xiomara Quackenbos", "said", ""),
            ("My cat is still in there somewhere,” she said.", "Xiomara Quackenbos", "said", ""),
            (
                "She said she would stay with her sister in Ankeny for now.",
                "Xiomara Quackenbos",
                "said",
                "",
            ),
        ],
        [
            (
                "Hearthline Relief, a nonprofit disaster relief group, said it had placed 21 households in hotel rooms for at least three nights.",
                "Hearthline Relief",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a statement, Trevane Residential, which manages the 24-unit building, said it would refund October rent to all tenants and offer them vacant units at its other properties.",
                "Trevane Residential",
                "said",
                "W",
            ),
        ],
        [
            (
                "The group said cash donations, not clothing, were the most useful way to help.",
                "Hearthline Relief",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("VIDEO: Residents describe escaping the fire", "", "", "B"),
        ],
        [
            ("Tenants say smoke filled the only stairwell within minutes.", "Tenants", "say", ""),
            ("1:38", "", "", "B"),
        ],
        [
            (
                "Crews from four stations, with 11 trucks and 46 firefighters, responded, according to the department.",
                "the department",
                "according to",
                "W",
            ),
        ],
        [
            (
                "City records show the building passed a fire inspection in March 2025.",
                "City records",
                "show",
                "W",
            ),
        ],
        [
            (
                "Zelenka urged residents to test their smoke alarms once a month and to keep hallways clear.",
                "Lathrop Zelenka",
                "urged",
                "",
            ),
        ],
        [
            ("Copyright 2026 KQWT-TV.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
        [
            ("Stay weather-aware: turn on push alerts in the KQWT 8 Weather app.", "", "", "B"),
        ],
        [
            ("TRENDING ON KQWT8.COM", "", "", "B"),
        ],
        [
            ("Ankeny police investigate string of catalytic converter thefts", "", "", "B"),
        ],
        [
            ("West Des Moines pumpkin patch opens for the season", "", "", "B"),
        ],
    ],
    [
        [
            ("Nordlight News | Saskatoon", "", "", "B"),
        ],
        [
            ("Menu   Search   Sign In   Listen Live", "", "", "B"),
        ],
        [
            ("Saskatchewan", "", "", "B"),
        ],
        [
            (
                "Sedgeholm emergency department to close overnight for 6 weeks as nurses leave",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Health authority says only 9 of the 17 nursing positions at the hospital are filled",
                "the Saskatchewan Health Authority",
                "says",
                "W",
            ),
        ],
        [
            ("Social Sharing", "", "", "B"),
        ],
        [
            ("Listen to this article", "", "", "B"),
            ("Estimated 4 minutes", "", "", "B"),
        ],
        [
            ("The audio for this story is read by a computer-generated voice.", "", "", "B"),
        ],
        [
            ("Daviana Kreutzweiler · Nordlight News", "", "", "B"),
        ],
        [
            ("Posted: Oct 01, 2026 5:00 AM CST | Last Updated: 3 hours ago", "", "", "B"),
        ],
        [
            (
                "The Sedgeholm Union Hospital serves about 6,000 people in the town and surrounding rural municipalities.",
                "",
                "",
                "W",
            ),
            ("(Daviana Kreutzweiler/Nordlight News)", "", "", "B"),
        ],
        [
            (
                "The emergency department at the hospital in Sedgeholm, Sask., will close every night from 7 p.m. to 8 a.m. for six weeks starting Oct. 6, the Saskatchewan Health Authority says.",
                "the Saskatchewan Health Authority",
                "says",
                "W",
            ),
        ],
        [
            (
                "In a notice posted Wednesday, the authority said nine of the 17 registered nurse positions at the hospital are filled, and agency nurses it had booked for October had cancelled.",
                "the authority",
                "said",
                "W",
            ),
            (
                "People needing emergency care overnight should call 911 or go to the hospital in Wadena, about 70 kilometres away, the notice said.",
                "the notice",
                "said",
                "",
            ),
        ],
        [
            (
                "Sedgeholm’s emergency department had 4,870 visits in 2025, about a fifth of them overnight, according to authority data.",
                "authority data",
                "according to",
                "W",
            ),
        ],
        [
            ("Dawnbreak", "", "", "B"),
            (
                "Sedgeholm’s mayor says the overnight closures put lives at risk.",
                "Virgil Wiebenga",
                "says",
                "",
            ),
            ("7:42", "", "", "B"),
        ],
        [
            (
                "Adelheid Okonkwor, the authority’s executive director for rural east-central Saskatchewan, said it had offered incentives of up to $50,000 to nurses who sign on for two years, but had hired only two since April.",
                "Adelheid Okonkwor",
                "said",
                "W",
            ),
            (
                "“We know how hard this is for the community.",
                "Adelheid Okonkwor",
                "said in an interview",
                "",
            ),
            (
                "Closing overnight is the last thing we want to do,” she said in an interview.",
                "Adelheid Okonkwor",
                "said in an interview",
                "",
            ),
        ],
        [
            (
                "She said the hospital’s lab and X-ray services would keep their daytime hours during the closures.",
                "Adelheid Okonkwor",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mayor Virgil Wiebenga said the emergency department had closed overnight for a total of 58 days in 2025.",
                "Virgil Wiebenga",
                "said",
                "W",
            ),
            ("“People out here are farmers.", "Virgil Wiebenga", "said", ""),
            ("Harvest is on.", "Virgil Wiebenga", "said", ""),
            (
                "If somebody rolls a combine at 10 p.m., where do they go?” he said.",
                "Virgil Wiebenga",
                "said",
                "",
            ),
        ],
        [
            (
                "Alden Reimer, 71, who farms north of town, said he drove himself to Wadena twice last winter with chest pains.",
                "Alden Reimer",
                "said",
                "",
            ),
            ("“The second time I didn’t think I’d make it,” he said.", "Alden Reimer", "said", ""),
        ],
        [
            (
                "Opposition health critic Wioletta Szpunarski said 21 rural emergency departments in the province had at least one temporary closure in September.",
                "Wioletta Szpunarski",
                "said",
                "W",
            ),
        ],
        [
            (
                "In an emailed statement, the office of Health Minister Rorke Olsavsky said the province had added 250 nursing seats at post-secondary schools since 2023.",
                "the office of Health Minister Rorke Olsavsky",
                "said",
                "W",
            ),
            (
                "It said the government “will keep working with the SHA to keep rural emergency rooms open.”",
                "the office of Health Minister Rorke Olsavsky",
                "said",
                "",
            ),
        ],
        [
            (
                "Correction: An earlier version of this story said the closures would begin Oct. 5.",
                "",
                "",
                "B",
            ),
            ("They begin Oct. 6.", "", "", "B"),
        ],
        [
            ("With files from Dawnbreak", "", "", "B"),
        ],
        [
            ("Corrections and clarifications | Submit a news tip | Report error", "", "", "B"),
        ],
        [
            ("RELATED STORIES", "", "", "B"),
        ],
        [
            ("Sask. nursing union says province is short 1,000 RNs", "", "", "B"),
        ],
        [
            ("Wadena hospital adds four acute-care beds", "", "", "B"),
        ],
        [
            (
                "©2026 Nordlight Public Broadcasting | Accessibility | Privacy | Terms of Use",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("THE BELIMBING POST", "", "", "B"),
        ],
        [
            ("SINGAPORE | ASIA | WORLD | OPINION | LIFE | BUSINESS | SPORT | E-PAPER", "", "", "B"),
        ],
        [
            ("Singapore", "", "", "B"),
        ],
        [
            (
                "Bedok hawker centre to close for 4 months from November for upgrading; 52 stalls to move",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Stallholders will get a rental waiver for the four months and a $5,000 moving grant",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Clarinda Cheow Xinyi", "", "", "B"),
        ],
        [
            ("Community Correspondent", "", "", "B"),
        ],
        [
            ("UPDATED Oct 02, 2026, 05:00 AM", "", "", "B"),
        ],
        [
            ("Gift this story to anyone, even if they don’t subscribe.", "", "", "B"),
            ("You have 5 gift articles left this month.", "", "", "B"),
        ],
        [
            (
                "Jalan Senduduk Food Centre, built in 1979, will get a new roof, ceiling fans, drains and toilets.",
                "",
                "",
                "W",
            ),
            ("BELIMBING POST PHOTO: BEK JIAHUI", "", "", "B"),
        ],
        [
            (
                "SINGAPORE – The 52 cooked-food stalls at Jalan Senduduk Food Centre in Bedok will close for four months from Nov 2 for upgrading works, the National Environment Agency (NEA) said on Oct 1.",
                "the National Environment Agency (NEA)",
                "said",
                "W",
            ),
        ],
        [
            (
                "The works, which will cost $6.8 million, include replacing the roof and rebuilding the centre’s drains and toilets, NEA said.",
                "the National Environment Agency (NEA)",
                "said",
                "W",
            ),
            (
                "Stallholders will pay no rent for the four months and get a one-off $5,000 grant to move to a temporary market on an open-air car park off Jalan Senduduk, about 700m away, it said.",
                "the National Environment Agency (NEA)",
                "said",
                "W",
            ),
        ],
        [
            (
                "It said a shuttle bus would run between the food centre and the temporary market every 20 minutes from 7am to 2pm daily.",
                "the National Environment Agency (NEA)",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mr Darryl Chong Zhenhao, MP for the area, said at a dialogue with stallholders on Sept 27 that the centre had not been upgraded since 2006.",
                "Darryl Chong Zhenhao",
                "said",
                "W",
            ),
            (
                "“Our residents have been patient with the leaking roof for a long time.",
                "Darryl Chong Zhenhao",
                "said",
                "",
            ),
            (
                "When we come back, it will be a better centre,” he said.",
                "Darryl Chong Zhenhao",
                "said",
                "",
            ),
        ],
        [
            (
                "Regulars were queueing for breakfast at 7am on Oct 1 as news of the closure spread among the stalls.",
                "",
                "",
                "",
            ),
        ],
        [
            ("What some stalls will charge at the temporary market", "", "", ""),
        ],
        [
            ("Fishball noodles (Stall #01-14): $4, unchanged", "", "", "W"),
        ],
        [
            ("Chicken rice (Stall #01-22): $4.50, up from $4", "", "", "W"),
        ],
        [
            ("Kopi-O (Stall #01-03): $1.40, unchanged", "", "", "W"),
        ],
        [
            (
                "Join The Belimbing Post’s Telegram channel for our morning briefing and breaking news alerts: t.me/belimbingpost",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Madam Liak Sufen, 67, who has sold fishball noodles at the centre since 1988, said she was worried her elderly regulars would not walk to the temporary site.",
                "Liak Sufen",
                "said",
                "",
            ),
            (
                "“Some of them come every morning with their walking sticks.",
                "Liak Sufen",
                "said in Mandarin",
                "",
            ),
            (
                "For them, 700m is very far,” she said in Mandarin.",
                "Liak Sufen",
                "said in Mandarin",
                "",
            ),
        ],
        [
            (
                "Chicken rice seller Tavin Lua Weijie, 52, said his rent at the temporary market would be $1,180 a month, the same as now, but his supplier would charge $60 a week more to deliver there.",
                "Tavin Lua Weijie",
                "said",
                "W",
            ),
            (
                "Mr Lua said that was why he had raised his price by 50 cents.",
                "Tavin Lua Weijie",
                "said",
                "W",
            ),
        ],
        [
            (
                "NEA said 46 of the 52 stallholders had agreed to move to the temporary market, while six had chosen to take a break or retire.",
                "the National Environment Agency (NEA)",
                "said",
                "W",
            ),
        ],
        [
            (
                "The centre is due to reopen on March 1, 2027, it added.",
                "the National Environment Agency (NEA)",
                "added",
                "W",
            ),
        ],
        [
            (
                "Jalan Senduduk Food Centre is one of 14 hawker centres scheduled for upgrading under a programme announced in 2021.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Sign up for our Evening Brief, sent to your inbox at 6pm every weekday.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("MORE ON THIS TOPIC", "", "", "B"),
        ],
        [
            ("Hawker centre upgrades: 3 things stallholders should know", "", "", "B"),
        ],
        [
            ("Fewer young hawkers sign up for incubation scheme, NEA data shows", "", "", "B"),
        ],
        [
            ("Copyright 2026 Belimbing Press Holdings Ltd.", "", "", "B"),
            ("Co. Regn. No. 198402268E.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("TÜRKİYE MERIDYEN", "", "", "B"),
        ],
        [
            (
                "USD/TRY 41.87 ▲ 0.14%   EUR/TRY 48.92 ▼ 0.09%   GBP/TRY 56.10 ▲ 0.21%   GRAM GOLD 4,618 TL ▲ 0.35%   BIST 100 10,412.35 ▲ 1.02%",
                "",
                "",
                "B",
            ),
        ],
        [
            ("TÜRKİYE   ECONOMY   WORLD   OPINION   LIFE   SPORTS   PHOTOS", "", "", "B"),
        ],
        [
            ("Türkiye / Local", "", "", "B"),
        ],
        [
            ("Bursa begins nightly water cuts as dam occupancy falls to 11 percent", "", "", "W"),
        ],
        [
            (
                "Water will be shut off between 11 p.m. and 5 a.m. in nine districts, utility says",
                "the Bursa Water and Sewerage Administration (BUSKİ)",
                "says",
                "W",
            ),
        ],
        [
            ("BURSA", "", "", "B"),
        ],
        [
            ("Published October 02 2026 09:41 | Last Updated October 02 2026 12:15", "", "", "B"),
        ],
        [
            (
                "The Doğancı Dam is seen on Sept. 30, 2026, with large parts of its bed exposed.",
                "",
                "",
                "",
            ),
            ("Photo: Meridyen Photo Desk", "", "", "B"),
        ],
        [
            (
                "Residents in nine districts of the northwestern province of Bursa will have their water cut every night between 11 p.m. and 5 a.m. starting Oct. 5, the Bursa Water and Sewerage Administration (BUSKİ) announced on Oct. 1.",
                "the Bursa Water and Sewerage Administration (BUSKİ)",
                "announced",
                "W",
            ),
            (
                "The combined occupancy of the two dams that supply the city stood at 11.4 percent on Oct. 1, down from 38 percent a year earlier, the administration said.",
                "the administration",
                "said",
                "W",
            ),
        ],
        [
            (
                "BUSKİ General Manager Erdinç Tuncalp said the cuts were needed to make the remaining 14.2 million cubic meters of water last until the winter rains.",
                "Erdinç Tuncalp",
                "said",
                "W",
            ),
            (
                "He said the utility had replaced 212 km of old pipes since 2024 and was due to replace another 90 km by the end of 2027.",
                "Erdinç Tuncalp",
                "said",
                "W",
            ),
            (
                "“If every household saves 20 percent, we can get through this without longer cuts,” Tuncalp told reporters.",
                "Erdinç Tuncalp",
                "told reporters",
                "",
            ),
        ],
        [
            ("Districts affected", "", "", ""),
        ],
        [
            (
                "Osmangazi, Yıldırım, Nilüfer, Gürsu, Kestel, Mudanya, Gemlik, İnegöl and Karacabey",
                "",
                "",
                "W",
            ),
        ],
        [
            ("We value your privacy", "", "", "B"),
        ],
        [
            (
                "This site uses cookies and similar tools to remember your settings, measure traffic and show ads that suit your interests.",
                "",
                "",
                "B",
            ),
            (
                "You can withdraw your consent at any time from the Privacy Center link at the foot of every page.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("ACCEPT ALL   REJECT   SETTINGS", "", "", "B"),
        ],
        [
            (
                "Opposition council member Zeynep Akbulutoğlu said the utility lost 34 percent of the water it pumped through leaks last year, according to its own 2025 activity report.",
                "Zeynep Akbulutoğlu",
                "said",
                "W",
            ),
            (
                "She said her group would table a motion at the municipal council’s Oct. 7 meeting calling for an outside audit of the network.",
                "Zeynep Akbulutoğlu",
                "said",
                "",
            ),
            (
                "“Asking people to save water while a third of it leaks into the ground is not fair,” she said.",
                "Zeynep Akbulutoğlu",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Prof. Dr. Nurettin Kayabaşı, a hydrologist at a Bursa university, said rainfall in the province between January and September was 46 percent below the long-term average.",
                "Nurettin Kayabaşı",
                "said",
                "W",
            ),
            (
                "He said the dams would not recover unless the region got a wet winter.",
                "Nurettin Kayabaşı",
                "said",
                "",
            ),
            (
                "“Bursa’s population has grown by 400,000 in 15 years, and not one new dam has been built in that time,” he said.",
                "Nurettin Kayabaşı",
                "said",
                "W",
            ),
        ],
        [
            (
                "Hülya Sarıkamışlı, a retired teacher in the Osmangazi district, said she had bought four 19-liter jugs of drinking water on Oct. 1 alone.",
                "Hülya Sarıkamışlı",
                "said",
                "",
            ),
            (
                "“We filled the bathtub last night, just like in 2014,” she said.",
                "Hülya Sarıkamışlı",
                "said",
                "",
            ),
        ],
        [
            (
                "The province last imposed rotating cuts in the summer of 2014, when the dams fell below 10 percent.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("BURSA - Compiled from news agency reports", "", "", "B"),
        ],
        [
            ("Keywords: Bursa, water cuts, drought, dams, BUSKİ", "", "", "B"),
        ],
        [
            ("MOST READ", "", "", "B"),
        ],
        [
            ("Central bank holds policy rate at 38.5 percent", "", "", "B"),
        ],
        [
            ("Istanbul ferry fares to rise 25 percent from Nov. 1", "", "", "B"),
        ],
        [
            (
                "All rights to the news, photographs and images published on this site belong to Meridyen Medya A.Ş.",
                "",
                "",
                "B",
            ),
            ("They may not be quoted without citing and linking to the source.", "", "", "B"),
        ],
    ],
    [
        [
            ("Statehall Kansas", "", "", "B"),
        ],
        [
            ("Nonprofit, nonpartisan news about Kansas government and politics", "", "", "B"),
        ],
        [
            ("Legislature | Governor | Courts | Elections | Data | Donate", "", "", "B"),
        ],
        [
            ("LEGISLATURE", "", "", "B"),
        ],
        [
            (
                "Kansas lawmakers weigh letting child care centers count 17-year-olds toward staffing ratios",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Providers say the change would open hundreds of slots; parent groups warn about safety",
                "Providers",
                "say",
                "",
            ),
        ],
        [
            ("By Rosalee Fayerweather-Orr", "", "", "B"),
        ],
        [
            ("October 1, 2026 | 4:55 PM", "", "", "B"),
        ],
        [
            ("Children play at a licensed child care center in Topeka on Sept. 24.", "", "", ""),
            ("(Rosalee Fayerweather-Orr/Statehall Kansas)", "", "", "B"),
        ],
        [
            (
                "TOPEKA — A legislative interim committee on Wednesday heard testimony on a proposal that would let licensed child care centers in Kansas count 17-year-old aides toward staff-to-child ratios, as long as an adult is in the room.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The proposal, drafted as S.B. 318 for the 2027 session, would amend K.S.A. 65-508 and would also raise the maximum group size for 4-year-olds from 20 to 24.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Its sponsor, Sen. Stetson Voskuijl, R-Hays, said 38 of the state’s 105 counties have no licensed child care center at all.",
                "Stetson Voskuijl",
                "said",
                "W",
            ),
            (
                "“We have parents turning down jobs because there is nowhere to put their kids,” Voskuijl told the committee.",
                "Stetson Voskuijl",
                "told the committee",
                "",
            ),
        ],
        [
            (
                "He said a similar rule adopted in Nebraska in 2024 had added about 900 slots in its first year.",
                "Stetson Voskuijl",
                "said",
                "W",
            ),
        ],
        [
            ("What the draft bill would change", "", "", ""),
        ],
        [
            (
                "Aides aged 17 could count toward ratios if an adult is in the same room",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The maximum group size for 4-year-olds would rise from 20 to 24", "", "", "W"),
        ],
        [
            (
                "Centers would have to tell parents about a ratio violation within 48 hours",
                "",
                "",
                "W",
            ),
        ],
        [
            ("REPUBLISH THIS STORY", "", "", "B"),
        ],
        [
            (
                "Newsrooms can run this story for free, in print or online, as long as they credit the reporter and Statehall Kansas and link back to the original.",
                "",
                "",
                "B",
            ),
            (
                "Edits are limited to style, length and local references, and headlines may be rewritten.",
                "",
                "",
                "B",
            ),
            (
                "Copy the HTML below to paste the story and its tracking code into your site.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Kansas now requires one adult for every 12 children aged 4 in a center, under rules last changed in 2016.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ljubica Vranesic, who directs the child care licensing program at the Kansas Department of Health and Environment, said the department had 4,112 licensed child care facilities on its books as of Sept. 1, down from 4,690 in 2019.",
                "Ljubica Vranesic",
                "said",
                "W",
            ),
            (
                "She said the agency had not taken a position on the bill but would need two more inspectors if group sizes grew.",
                "Ljubica Vranesic",
                "said",
                "",
            ),
        ],
        [
            (
                "Rep. Jolanda Renfro, D-Lawrence, said the department’s own inspection reports listed 212 ratio violations in 2025.",
                "Jolanda Renfro",
                "said",
                "W",
            ),
            ("“A 17-year-old is a kid watching kids,” she said.", "Jolanda Renfro", "said", ""),
            ("“Who is responsible when something goes wrong?”", "Jolanda Renfro", "said", ""),
        ],
        [
            (
                "Safe Start Kansas Parents, a parent group that opposes the change, said more than 1,300 people had signed its petition against it.",
                "Safe Start Kansas Parents",
                "said",
                "W",
            ),
            (
                "“Ratios exist because children got hurt,” the group said in written testimony.",
                "the group",
                "said in written testimony",
                "",
            ),
        ],
        [
            (
                "Esperanza Pawlowicz, who runs a 60-child center in Dodge City, said she has 14 children on her waiting list and two classrooms sitting empty for lack of staff.",
                "Esperanza Pawlowicz",
                "said",
                "W",
            ),
            (
                "“I have 17-year-olds asking me for work every summer, and I have to turn them away,” she said.",
                "Esperanza Pawlowicz",
                "said",
                "",
            ),
        ],
        [
            (
                "The committee’s chair, Rep. Lavern Ketterlin, R-Salina, said the panel would vote Oct. 22 on whether to recommend the bill to the full Legislature.",
                "Lavern Ketterlin",
                "said",
                "W",
            ),
        ],
        [
            (
                "Rosalee Fayerweather-Orr covers health and human services for Statehall Kansas.",
                "",
                "",
                "B",
            ),
            ("Reach her at rosalee@statehallks.org.", "", "", "B"),
        ],
        [
            (
                "Disclosure: The Kessendine Foundation, which gives to Statehall Kansas, also funds a coalition of child care providers that testified in favor of the proposal.",
                "",
                "",
                "B",
            ),
            ("Donors have no role in our editorial decisions.", "", "", "B"),
            ("See a full list of our supporters here.", "", "", "B"),
        ],
        [
            ("Statehouse reporting like this depends on readers.", "", "", "B"),
            ("Give today, and your gift will be matched up to $25,000.", "", "", "B"),
        ],
        [
            ("DONATE", "", "", "B"),
        ],
        [
            ("MORE FROM THE LEGISLATURE", "", "", "B"),
        ],
        [
            ("Kansas House panel rejects sales tax holiday for school supplies", "", "", "B"),
        ],
        [
            (
                "© 2026 Statehall Kansas, a project of Statehall Civic Media Inc., a 501(c)(3) nonprofit.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("Furrowmark Weekly", "", "", "B"),
        ],
        [
            (
                "Dairy | Arable | Livestock | Machinery | Business | Events | Jobs | Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "FURROWMARK DAIRY SUMMIT 2026 · 18 November · Harrogate · Book your place now",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Business › Milk prices", "", "", "B"),
        ],
        [
            ("Corrindale Dairies to cut milk price by 1.5p/litre from November", "", "", "W"),
        ],
        [
            (
                "Producers say the cut will push many herds below the cost of production",
                "Producers",
                "say",
                "",
            ),
        ],
        [
            ("Orabelle Kincraig, Dairy Editor", "", "", "B"),
        ],
        [
            ("30 September 2026", "", "", "B"),
        ],
        [
            ("This article is for registered users.", "", "", "B"),
            (
                "Register free to read up to six articles a month and get our Dairy Bulletin email every Thursday.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Register now", "", "", "B"),
        ],
        [
            ("Already registered?", "", "", "B"),
            ("Sign in", "", "", "B"),
        ],
        [
            (
                "Corrindale Dairies will cut its standard litre price by 1.5p to 38.25p/litre from 1 November, it told its suppliers in a letter on Tuesday.",
                "Corrindale Dairies",
                "told its suppliers in a letter",
                "W",
            ),
            (
                "The company said wholesale cream and butter prices had fallen by 18% since July.",
                "The company",
                "said",
                "W",
            ),
            ("It said its price would remain under review.", "Corrindale Dairies", "said", ""),
        ],
        [
            (
                "Corrindale Dairies collects milk from about 1,150 farms in England and Wales.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("November milk prices announced so far (standard litre)", "", "", ""),
        ],
        [
            ("Corrindale Dairies: 38.25ppl (-1.5p)", "", "", "W"),
        ],
        [
            ("Swaledown Farmers’ Co-op: 39ppl (hold)", "", "", "W"),
        ],
        [
            ("Ashmarsh Creamery: 37.75ppl (-1p)", "", "", "W"),
        ],
        [
            (
                "Swaledown Farmers’ Co-op, which is holding its price for November, said it would confirm its December price on 20 November.",
                "Swaledown Farmers’ Co-op",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Meet the buyers at the Furrowmark Dairy Summit in Harrogate on 18 November.",
                "",
                "",
                "B",
            ),
            ("Tickets are free for farmers who book before 31 October.", "", "", "B"),
        ],
        [
            (
                "Meirion Prytheroe, who chairs the dairy board of the Tenant Farmers’ Federation, said the cut would take about £30,000 a year off the milk cheque of an average 200-cow herd.",
                "Meirion Prytheroe",
                "said",
                "W",
            ),
            ("“Costs on farm have not come down by 1.5p.", "Meirion Prytheroe", "said", "W"),
            (
                "Feed, fuel and labour are all dearer than a year ago,” he said.",
                "Meirion Prytheroe",
                "said",
                "W",
            ),
        ],
        [
            (
                "He urged farmers to check the notice period in their contracts before making decisions about their herds.",
                "Meirion Prytheroe",
                "urged",
                "",
            ),
        ],
        [
            (
                "Heulwen Ashcroft, who milks 240 cows near Nantwich in Cheshire, said her cost of production was about 39p/litre.",
                "Heulwen Ashcroft",
                "said",
                "W",
            ),
            (
                "“We will get through November, but if there is another cut in December, I will have to look hard at the herd,” she said.",
                "Heulwen Ashcroft",
                "said",
                "",
            ),
        ],
        [
            (
                "Analysts at Tillersby said UK milk deliveries in August were 3.2% higher than a year earlier, which had added to a surplus of milk on the spot market.",
                "Analysts at Tillersby",
                "said",
                "W",
            ),
            (
                "Spot milk traded at 31p/litre last week, down from 42p in July, they said.",
                "Analysts at Tillersby",
                "said",
                "W",
            ),
            (
                "They said prices could start to recover in the spring if output slowed.",
                "Analysts at Tillersby",
                "said",
                "",
            ),
        ],
        [
            ("Have your say: email dairy@furrowmarkweekly.co.uk", "", "", "B"),
        ],
        [
            ("Related articles", "", "", "B"),
        ],
        [
            ("Swaledown Farmers’ Co-op holds October price as members vote on merger", "", "", "B"),
        ],
        [
            ("Bluetongue zone extended to three more counties", "", "", "B"),
        ],
        [
            (
                "FURROWMARK MACHINERY AWARDS 2027 — Entries now open — Enter by 15 January",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Orabelle Kincraig has reported on the dairy industry for Furrowmark Weekly since 2014.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Furrowmark Weekly is published by Tillage House Media Ltd, registered in England and Wales No. 04418762.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("HOLLCROFT TOWN FC", "", "", "B"),
        ],
        [
            ("Tickets | Shop | TownTV+ | Hospitality | Membership | Foundation", "", "", "B"),
        ],
        [
            (
                "MATCH CENTRE   FT   Hollcroft Town 3-1 Pellmere United   |   NEXT: Sat 10 Oct, 3pm   Tarnford City (A)   |   Buy tickets",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Official Principal Partner: Brindlecoat Energy", "", "", "B"),
        ],
        [
            ("News › First Team › Match Reports", "", "", "B"),
        ],
        [
            ("Report: Hollcroft 3-1 Pellmere", "", "", "W"),
        ],
        [
            ("Saturday 3 October 2026 · 5:41pm", "", "", "B"),
        ],
        [
            ("Words: Club Media", "", "", "B"),
        ],
        [
            (
                "Kofitse Quelworth celebrates his second goal in front of the Tanhouse End.",
                "",
                "",
                "",
            ),
            ("Photo: Cadell Tarncote / Hollcroft Town", "", "", "B"),
        ],
        [
            ("Hollcroft Town 3-1 Pellmere United", "", "", "W"),
        ],
        [
            ("Goals: Quelworth 12', 67', Lettsome 54'; Caskwell 81'", "", "", ""),
        ],
        [
            (
                "Kofitse Quelworth scored twice as Hollcroft Town beat Pellmere United 3-1 at the Tanhouse on Saturday to climb to fourth in League One.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The No. 9 opened the scoring in the 12th minute, heading in Deklan Reidy’s corner at the near post.",
                "",
                "",
                "W",
            ),
            (
                "Town doubled their lead nine minutes after the break when captain Ruari Lettsome’s low shot from 20 yards went in off the post.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Lettsome’s goal was his 50th for the club in all competitions.", "", "", "W"),
        ],
        [
            (
                "“Fifty is a nice number, but the three points matter more,” said Lettsome.",
                "Ruari Lettsome",
                "said",
                "",
            ),
        ],
        [
            (
                "Quelworth added a third on 67 minutes, before substitute Dapo Caskwell pulled one back for the visitors with nine minutes left.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“The first half-hour was as good as we’ve played this season.",
                "Radek Skelwick",
                "told TownTV+",
                "",
            ),
            (
                "We got a bit sloppy at the end, and that’s something we’ll look at,” head coach Radek Skelwick told TownTV+.",
                "Radek Skelwick",
                "told TownTV+",
                "",
            ),
            (
                "He said left-back Tobiel Wyncote came off at half-time with a tight hamstring and would be assessed on Monday.",
                "Radek Skelwick",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said winger Solan Trevennick would be available against Tarnford after serving a three-match ban.",
                "Radek Skelwick",
                "said",
                "W",
            ),
        ],
        [
            ("Player of the Match, sponsored by Marlcastle Motors: Kofitse Quelworth", "", "", "B"),
        ],
        [
            (
                "“It’s my first brace for the club, so I’m keeping the ball,” said Quelworth.",
                "Kofitse Quelworth",
                "said",
                "",
            ),
            ("Quelworth joined Town from Pellmere on a three-year deal in June.", "", "", "W"),
        ],
        [
            ("Watch extended highlights on TownTV+ from 7pm tonight.", "", "", "B"),
            ("Passes start at £4.99 a month.", "", "", "B"),
        ],
        [
            ("Matchball sponsor: Tannerscroft Glazing", "", "", "B"),
        ],
        [
            (
                "Hollcroft have now won four of their last five league games and are two points off the automatic promotion places.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Town’s only previous league win over Pellmere at the Tanhouse came in March 2019.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Attendance: 8,214 (1,037 away)", "", "", ""),
        ],
        [
            (
                "Hollcroft Town: Thelby; Reidy, Velholm, Galholm, Wyncote (Kelcote 46); Lettsome (c), Ormcroft, Tamwick; Frobley, Quelworth (Brinhope 84), Calsall.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Pellmere United: Caskholm; Ormthwaite, Selbury, Martcroft, Penhope; Radcote, Linwick (Caskwell 70), Tandridge; Skelby, Wendhope, Fenthwaite.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Referee: Peregrin Quelbury.", "", "", ""),
        ],
        [
            ("NEXT UP: Tarnford City v Hollcroft Town, Saturday 10 October, 3pm.", "", "", "B"),
            ("Away tickets are on sale now.", "", "", "B"),
        ],
        [
            (
                "Official Kit Partner: Calverhay Sportswear | Official Sleeve Partner: Wendgate Loans",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Hollcroft Town Football Club Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
            ("Registered in England No. 00184422.", "", "", "B"),
            ("Registered office: The Tanhouse, Barkpits Lane, Hollcroft QX9 2JZ.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE TAYGLEN RECORD", "", "", "B"),
        ],
        [
            (
                "News   Sport   Business   Politics   Lifestyle   What’s On   Obituaries",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Perth & Kinross", "", "", "B"),
        ],
        [
            ("LIVE: Roads shut and schools closed as heavy rain floods Perthshire", "", "", "W"),
        ],
        [
            (
                "A yellow warning for rain is in force until 6pm, with SEPA issuing 17 flood warnings across Tayside",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Friday, 2 October 2026", "", "", "B"),
        ],
        [
            ("Updated 3 minutes ago", "", "", "B"),
        ],
        [
            ("Refresh for the latest", "", "", "B"),
        ],
        [
            ("15:42", "", "", "B"),
        ],
        [
            ("Beathag Craigallan", "", "", "B"),
        ],
        [
            (
                "Perth and Kinross Council says 11 schools will stay closed on Monday while staff check buildings for water damage.",
                "Perth and Kinross Council",
                "says",
                "W",
            ),
            (
                "A council spokesperson said parents would be told by text message by 6pm on Sunday if any more closures were needed.",
                "A council spokesperson",
                "said",
                "W",
            ),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            ("15:10", "", "", "B"),
        ],
        [
            ("Uisdean Crae", "", "", "B"),
        ],
        [
            ("Key event", "", "", "B"),
        ],
        [
            ("Here are the roads closed so far:", "", "", ""),
        ],
        [
            ("A984 between Drumcaldie and Dunkirran", "", "", "W"),
        ],
        [
            ("B9143 at Kinnochtry Bridge", "", "", "W"),
        ],
        [
            ("Kirkbrae, Drumcaldie, both directions", "", "", "W"),
        ],
        [
            (
                "Police Scotland said all three closures would stay in place overnight.",
                "Police Scotland",
                "said",
                "W",
            ),
        ],
        [
            ("14:36", "", "", "B"),
        ],
        [
            ("Beathag Craigallan", "", "", "B"),
        ],
        [
            (
                "In Drumcaldie, Ailidh Morrisburn said water came in through her back door at about 11am.",
                "Ailidh Morrisburn",
                "said",
                "",
            ),
            (
                "“We’ve lived here 30 years and it’s never been this bad.",
                "Ailidh Morrisburn",
                "said",
                "",
            ),
            ("The sandbags came too late,” she said.", "Ailidh Morrisburn", "said", ""),
            (
                "She said council staff delivered 20 sandbags to the street at 12.30pm, an hour and a half after it flooded.",
                "Ailidh Morrisburn",
                "said",
                "W",
            ),
        ],
        [
            ("13:55", "", "", "B"),
        ],
        [
            ("Uisdean Crae", "", "", "B"),
        ],
        [
            (
                "SEPA now has 17 flood warnings and nine flood alerts in force across Tayside.",
                "",
                "",
                "W",
            ),
            (
                "Its duty manager, Murchadh Strathardle, said the River Tay at Perth was expected to peak at about 4.1 metres around midnight.",
                "Murchadh Strathardle",
                "said",
                "",
            ),
            (
                "“That is high, but it is below the 4.6 metres we saw in 2020,” he said.",
                "Murchadh Strathardle",
                "said",
                "W",
            ),
            (
                "He said the River Earn at Forteviot peaked at 3.2 metres at 1pm.",
                "Murchadh Strathardle",
                "said",
                "W",
            ),
        ],
        [
            ("13:20", "", "", "B"),
        ],
        [
            ("Beathag Craigallan", "", "", "B"),
        ],
        [
            (
                "Trains between Perth and Pitlochry are cancelled for the rest of the day because of flooding on the line near Dunkeld, the rail operator says.",
                "the rail operator",
                "says",
                "W",
            ),
            ("Replacement buses are running every hour from Perth station.", "", "", "W"),
        ],
        [
            ("12:45", "", "", "B"),
        ],
        [
            ("Uisdean Crae", "", "", "B"),
        ],
        [
            ("Key event", "", "", "B"),
        ],
        [
            (
                "Chief Inspector Eoghann MacIlleathain said officers rescued two people from a car stuck in floodwater near Kinnochtry at about 10.15am.",
                "Eoghann MacIlleathain",
                "said",
                "W",
            ),
            (
                "“Please, do not drive into water you cannot see the bottom of,” he said.",
                "Eoghann MacIlleathain",
                "said",
                "",
            ),
        ],
        [
            ("12:10", "", "", "B"),
        ],
        [
            ("Beathag Craigallan", "", "", "B"),
        ],
        [
            ("The Met Office has extended its yellow warning for rain until 6pm.", "", "", "W"),
            (
                "It says a further 30 to 40mm could fall on high ground this afternoon.",
                "the Met Office",
                "says",
                "",
            ),
        ],
        [
            ("11:58", "", "", "B"),
        ],
        [
            ("Uisdean Crae", "", "", "B"),
        ],
        [
            (
                "Perth and Kinross Council said it had opened a rest centre at Drumcaldie Community Hall for anyone who has had to leave their home.",
                "Perth and Kinross Council",
                "said",
                "W",
            ),
        ],
        [
            ("11:30", "", "", "B"),
        ],
        [
            ("Beathag Craigallan", "", "", "B"),
        ],
        [
            (
                "Good morning and welcome to our live coverage of the flooding across Perthshire.",
                "",
                "",
                "",
            ),
            (
                "We’ll bring you the latest on roads, schools and travel throughout the day.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Back to top", "", "", "B"),
        ],
        [
            ("Have you been affected by the flooding?", "", "", "B"),
            ("Send us your pictures and videos at news@tayglenrecord.co.uk.", "", "", "B"),
        ],
        [
            ("We follow the Editors’ Code of Practice.", "", "", "B"),
            ("To complain about this article, email readers@tayglenrecord.co.uk.", "", "", "B"),
        ],
        [
            ("© Tayglen Newspapers Ltd 2026", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n85-ph-sept-caption-credit",
        "Residents of Barangay Sampinit line up with containers beside a city fire truck delivering water on Tuesday, Sept. 29. PHOTO BY RHEALYN MABANGLO-LUMAKTOD",
        [
            "Residents of Barangay Sampinit line up with containers beside a city fire truck delivering water on Tuesday, Sept. 29.",
            "PHOTO BY RHEALYN MABANGLO-LUMAKTOD",
        ],
    ),
    (
        "n85-ph-cu-m-it-said",
        "Kalumbay Water Inc., the joint venture that has run the city’s water system since 2019, said its intake on the Magsungay River was producing 38,000 cubic meters a day, down from a normal 65,000. It said the city needs at least 58,000 cu. m. a day to keep water flowing around the clock.",
        [
            "Kalumbay Water Inc., the joint venture that has run the city’s water system since 2019, said its intake on the Magsungay River was producing 38,000 cubic meters a day, down from a normal 65,000.",
            "It said the city needs at least 58,000 cu. m. a day to keep water flowing around the clock.",
        ],
    ),
    (
        "n85-ph-engr-quote-split",
        "Engr. Marciano Talubad, Kalumbay’s general manager, said the interruptions would follow a fixed schedule so that households could store water before their supply is cut. “We are not rationing because we want to. The river is simply not giving us the water,” Talubad told reporters at the company’s office on Calle Tinagong.",
        [
            "Engr. Marciano Talubad, Kalumbay’s general manager, said the interruptions would follow a fixed schedule so that households could store water before their supply is cut.",
            "“We are not rationing because we want to.",
            "The river is simply not giving us the water,” Talubad told reporters at the company’s office on Calle Tinagong.",
        ],
    ),
    (
        "n85-ph-ma-mayor-phone",
        "Mayor Ma. Cristeta Habawel said the city government had released P8.5 million from its quick response fund to rent six more water tankers, bringing the fleet serving the affected barangays to 14. “No household in Bacolod will go without drinking water. If your barangay hall has not seen a tanker by noon, call us,” she said. The city’s disaster office can be reached at (034) 708-1180 or 0917 555 0142, she added.",
        [
            "Mayor Ma. Cristeta Habawel said the city government had released P8.5 million from its quick response fund to rent six more water tankers, bringing the fleet serving the affected barangays to 14.",
            "“No household in Bacolod will go without drinking water.",
            "If your barangay hall has not seen a tanker by noon, call us,” she said.",
            "The city’s disaster office can be reached at (034) 708-1180 or 0917 555 0142, she added.",
        ],
    ),
    (
        "n85-ph-brgy-question-in-quote",
        "At a refilling station in Brgy. Sampinit, vendor Gloriosa Alibangbang, 58, said she now wakes at 2 a.m. to fill six drums before the water stops. “My children take turns staying up. What else can we do?” she said. She said a 20-liter container of purified water at the stations near her home now costs P35, up from P25 in August.",
        [
            "At a refilling station in Brgy. Sampinit, vendor Gloriosa Alibangbang, 58, said she now wakes at 2 a.m. to fill six drums before the water stops.",
            "“My children take turns staying up.",
            "What else can we do?” she said.",
            "She said a 20-liter container of purified water at the stations near her home now costs P35, up from P25 in August.",
        ],
    ),
    (
        "n85-ph-co-inc-rights",
        "© 1994-2026 Kaliwat Publishing Co., Inc. All rights reserved.",
        [
            "© 1994-2026 Kaliwat Publishing Co., Inc.",
            "All rights reserved.",
        ],
    ),
    (
        "n85-ng-dr-n14bn-ultimatum",
        "The President of the Association of Resident Doctors, Kwara State chapter, Dr Oluwatimilehin Adetokunboh, said the state government owed members N1.4bn, made up of 14 months of the residency training fund and five months of arrears from the 2024 salary review. He said the association had issued a 21-day ultimatum on August 28, which expired on September 18 without a response from the government.",
        [
            "The President of the Association of Resident Doctors, Kwara State chapter, Dr Oluwatimilehin Adetokunboh, said the state government owed members N1.4bn, made up of 14 months of the residency training fund and five months of arrears from the 2024 salary review.",
            "He said the association had issued a 21-day ultimatum on August 28, which expired on September 18 without a response from the government.",
        ],
    ),
    (
        "n85-ng-ltd-tips-email",
        "No part of this report may be reprinted, rewritten or broadcast without the written permission of Aroyeku Media Ltd. Send tips to newsdesk@aroyekutribune.ng.",
        [
            "No part of this report may be reprinted, rewritten or broadcast without the written permission of Aroyeku Media Ltd.",
            "Send tips to newsdesk@aroyekutribune.ng.",
        ],
    ),
    (
        "n85-ie-euro-decimal-vote",
        "Motorists will have to pay €1.20 an hour to park in Nenagh’s Clonbrenagh Square car park from January 4, after councillors voted to approve the charge at a meeting of the Nenagh Municipal District on Monday. The proposal was carried by five votes to three, with one abstention.",
        [
            "Motorists will have to pay €1.20 an hour to park in Nenagh’s Clonbrenagh Square car park from January 4, after councillors voted to approve the charge at a meeting of the Nenagh Municipal District on Monday.",
            "The proposal was carried by five votes to three, with one abstention.",
        ],
    ),
    (
        "n85-ie-paywall-question",
        "Already a subscriber? Log in",
        [
            "Already a subscriber?",
            "Log in",
        ],
    ),
    (
        "n85-ie-quoted-question-she-said",
        "Ber Ní Chuileáin, who has run a pharmacy on the square for 22 years, said older customers already stayed away on wet days. “People will go to the retail park where it’s free. Can you blame them?” she said.",
        [
            "Ber Ní Chuileáin, who has run a pharmacy on the square for 22 years, said older customers already stayed away on wet days.",
            "“People will go to the retail park where it’s free.",
            "Can you blame them?” she said.",
        ],
    ),
    (
        "n85-nz-published-updated",
        "Published: 3 Oct 2026, 6.05am Updated: 11.40am",
        [
            "Published: 3 Oct 2026, 6.05am",
            "Updated: 11.40am",
        ],
    ),
    (
        "n85-nz-read-more-bullets",
        "READ MORE: • Tairāwhiti roading bill hits $180m as councils wait for Government help • Tolaga Bay wharf repairs to start in spring",
        [
            "READ MORE:",
            "• Tairāwhiti roading bill hits $180m as councils wait for Government help",
            "• Tolaga Bay wharf repairs to start in spring",
        ],
    ),
    (
        "n85-us-alert-am-saturday",
        "⚠ WEATHER ALERT: Frost Advisory for Polk, Dallas and Warren counties from 1 a.m. to 9 a.m. Saturday. Tap for details",
        [
            "⚠ WEATHER ALERT: Frost Advisory for Polk, Dallas and Warren counties from 1 a.m. to 9 a.m. Saturday.",
            "Tap for details",
        ],
    ),
    (
        "n85-us-lt-e-ave-pm",
        "Fire department spokesperson Lt. Lathrop Zelenka said crews were called to the Larrowby Court Apartments at 2700 E. Trellick Ave. at 1:47 p.m. and found flames coming from a third-floor unit. He said the fire spread through the attic and was brought under control at about 3:20 p.m.",
        [
            "Fire department spokesperson Lt. Lathrop Zelenka said crews were called to the Larrowby Court Apartments at 2700 E. Trellick Ave. at 1:47 p.m. and found flames coming from a third-floor unit.",
            "He said the fire spread through the attic and was brought under control at about 3:20 p.m.",
        ],
    ),
    (
        "n85-us-video-desc-timestamp",
        "Flames broke through the roof of the three-story building about 30 minutes after crews arrived. 0:00 / 2:14",
        [
            "Flames broke through the roof of the three-story building about 30 minutes after crews arrived.",
            "0:00 / 2:14",
        ],
    ),
    (
        "n85-ca-sask-oct-says",
        "The emergency department at the hospital in Sedgeholm, Sask., will close every night from 7 p.m. to 8 a.m. for six weeks starting Oct. 6, the Saskatchewan Health Authority says.",
        [
            "The emergency department at the hospital in Sedgeholm, Sask., will close every night from 7 p.m. to 8 a.m. for six weeks starting Oct. 6, the Saskatchewan Health Authority says.",
        ],
    ),
    (
        "n85-ca-pm-question-he-said",
        "Mayor Virgil Wiebenga said the emergency department had closed overnight for a total of 58 days in 2025. “People out here are farmers. Harvest is on. If somebody rolls a combine at 10 p.m., where do they go?” he said.",
        [
            "Mayor Virgil Wiebenga said the emergency department had closed overnight for a total of 58 days in 2025.",
            "“People out here are farmers.",
            "Harvest is on.",
            "If somebody rolls a combine at 10 p.m., where do they go?” he said.",
        ],
    ),
    (
        "n85-ca-correction-oct",
        "Correction: An earlier version of this story said the closures would begin Oct. 5. They begin Oct. 6.",
        [
            "Correction: An earlier version of this story said the closures would begin Oct. 5.",
            "They begin Oct. 6.",
        ],
    ),
    (
        "n85-sg-regn-no-rights",
        "Copyright 2026 Belimbing Press Holdings Ltd. Co. Regn. No. 198402268E. All rights reserved.",
        [
            "Copyright 2026 Belimbing Press Holdings Ltd.",
            "Co. Regn. No. 198402268E.",
            "All rights reserved.",
        ],
    ),
    (
        "n85-sg-nea-700m-it-said",
        "The works, which will cost $6.8 million, include replacing the roof and rebuilding the centre’s drains and toilets, NEA said. Stallholders will pay no rent for the four months and get a one-off $5,000 grant to move to a temporary market on an open-air car park off Jalan Senduduk, about 700m away, it said.",
        [
            "The works, which will cost $6.8 million, include replacing the roof and rebuilding the centre’s drains and toilets, NEA said.",
            "Stallholders will pay no rent for the four months and get a one-off $5,000 grant to move to a temporary market on an open-air car park off Jalan Senduduk, about 700m away, it said.",
        ],
    ),
    (
        "n85-tr-pm-oct-dates",
        "Residents in nine districts of the northwestern province of Bursa will have their water cut every night between 11 p.m. and 5 a.m. starting Oct. 5, the Bursa Water and Sewerage Administration (BUSKİ) announced on Oct. 1. The combined occupancy of the two dams that supply the city stood at 11.4 percent on Oct. 1, down from 38 percent a year earlier, the administration said.",
        [
            "Residents in nine districts of the northwestern province of Bursa will have their water cut every night between 11 p.m. and 5 a.m. starting Oct. 5, the Bursa Water and Sewerage Administration (BUSKİ) announced on Oct. 1.",
            "The combined occupancy of the two dams that supply the city stood at 11.4 percent on Oct. 1, down from 38 percent a year earlier, the administration said.",
        ],
    ),
    (
        "n85-tr-prof-dr-hydrologist",
        "Prof. Dr. Nurettin Kayabaşı, a hydrologist at a Bursa university, said rainfall in the province between January and September was 46 percent below the long-term average. He said the dams would not recover unless the region got a wet winter. “Bursa’s population has grown by 400,000 in 15 years, and not one new dam has been built in that time,” he said.",
        [
            "Prof. Dr. Nurettin Kayabaşı, a hydrologist at a Bursa university, said rainfall in the province between January and September was 46 percent below the long-term average.",
            "He said the dams would not recover unless the region got a wet winter.",
            "“Bursa’s population has grown by 400,000 in 15 years, and not one new dam has been built in that time,” he said.",
        ],
    ),
    (
        "n85-tr-as-rights",
        "All rights to the news, photographs and images published on this site belong to Meridyen Medya A.Ş. They may not be quoted without citing and linking to the source.",
        [
            "All rights to the news, photographs and images published on this site belong to Meridyen Medya A.Ş.",
            "They may not be quoted without citing and linking to the source.",
        ],
    ),
    (
        "n85-ks-sb-ksa-designations",
        "The proposal, drafted as S.B. 318 for the 2027 session, would amend K.S.A. 65-508 and would also raise the maximum group size for 4-year-olds from 20 to 24.",
        [
            "The proposal, drafted as S.B. 318 for the 2027 session, would amend K.S.A. 65-508 and would also raise the maximum group size for 4-year-olds from 20 to 24.",
        ],
    ),
    (
        "n85-ks-quote-question-standalone",
        "Rep. Jolanda Renfro, D-Lawrence, said the department’s own inspection reports listed 212 ratio violations in 2025. “A 17-year-old is a kid watching kids,” she said. “Who is responsible when something goes wrong?”",
        [
            "Rep. Jolanda Renfro, D-Lawrence, said the department’s own inspection reports listed 212 ratio violations in 2025.",
            "“A 17-year-old is a kid watching kids,” she said.",
            "“Who is responsible when something goes wrong?”",
        ],
    ),
    (
        "n85-uk-ppl-letter-company",
        "Corrindale Dairies will cut its standard litre price by 1.5p to 38.25p/litre from 1 November, it told its suppliers in a letter on Tuesday. The company said wholesale cream and butter prices had fallen by 18% since July. It said its price would remain under review.",
        [
            "Corrindale Dairies will cut its standard litre price by 1.5p to 38.25p/litre from 1 November, it told its suppliers in a letter on Tuesday.",
            "The company said wholesale cream and butter prices had fallen by 18% since July.",
            "It said its price would remain under review.",
        ],
    ),
    (
        "n85-fc-no9-minutes",
        "The No. 9 opened the scoring in the 12th minute, heading in Deklan Reidy’s corner at the near post. Town doubled their lead nine minutes after the break when captain Ruari Lettsome’s low shot from 20 yards went in off the post.",
        [
            "The No. 9 opened the scoring in the 12th minute, heading in Deklan Reidy’s corner at the near post.",
            "Town doubled their lead nine minutes after the break when captain Ruari Lettsome’s low shot from 20 yards went in off the post.",
        ],
    ),
    (
        "n85-fc-ltd-registered-office",
        "© 2026 Hollcroft Town Football Club Ltd. All rights reserved. Registered in England No. 00184422. Registered office: The Tanhouse, Barkpits Lane, Hollcroft QX9 2JZ.",
        [
            "© 2026 Hollcroft Town Football Club Ltd.",
            "All rights reserved.",
            "Registered in England No. 00184422.",
            "Registered office: The Tanhouse, Barkpits Lane, Hollcroft QX9 2JZ.",
        ],
    ),
    (
        "n85-sc-decimal-metres-pm",
        "SEPA now has 17 flood warnings and nine flood alerts in force across Tayside. Its duty manager, Murchadh Strathardle, said the River Tay at Perth was expected to peak at about 4.1 metres around midnight. “That is high, but it is below the 4.6 metres we saw in 2020,” he said. He said the River Earn at Forteviot peaked at 3.2 metres at 1pm.",
        [
            "SEPA now has 17 flood warnings and nine flood alerts in force across Tayside.",
            "Its duty manager, Murchadh Strathardle, said the River Tay at Perth was expected to peak at about 4.1 metres around midnight.",
            "“That is high, but it is below the 4.6 metres we saw in 2020,” he said.",
            "He said the River Earn at Forteviot peaked at 3.2 metres at 1pm.",
        ],
    ),
]
