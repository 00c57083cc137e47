"""Seventy-seventh held-out set of hand-labelled pages for the hint engines (held out, round forty-six): never tuned on.
Theme: twelve WHOLE ordinary pages, head to tail, from twelve English-language news sites in twelve different countries, the kinds a newsroom reviewer pastes every day (national daily, regional paper, broadcaster, wire story on a portal, local news site, business site, sport page, magazine, live blog, Q&A interview, press release reposted, opinion column), each with its site's usual furniture at head, mid-story and tail, stories with quoted speakers, figures, opinions and scene-setting. Vary countries and styles widely; do not aim at any one difficulty — this set measures the engine on typical copy.

The pages, in order: an Irish national daily's housing page (average new rent passes €2,000 a month,
from a property website's quarterly report, with the housing minister, an opposition spokeswoman, a
nurse in Galway and a landlords' forum); an English regional evening paper (eleven evening bus
services axed in County Durham villages, with the operator, its managing director, a county cabinet
member, a sixth-form student and a councillor); a Canadian broadcaster's news site (a New Brunswick
pulp mill cuts 180 jobs, with the general manager's statement, the union local, the mayor, the
provincial minister and a worker); a Philippine news portal carrying a wire story (January inflation
eases to 2.7%, with the statistics agency, an economist, analysts' note, the central bank, a deputy
governor and a rice retailer); a United States nonprofit local news site (a Wisconsin city council
raises water rates 14%, with the utilities director, a dissenting council member, the mayor and two
residents at public comment); a UAE business site (a Dubai developer's annual results, with the
chief executive, the chief financial officer on the analysts' call and a broker's head of research);
an Australian regional daily's sport page (a local mare wins a country racing cup in record time,
with the trainer, the jockey, the syndicate manager, the club's secretary-manager and a results
box); a Kenyan magazine feature (young farmers return to coffee around Nyeri, with a grower, an
agronomist, the cooperative's chairman and manager and a French buyer, and long scene-setting); a New
Zealand regional paper's live blog (heavy rain and a state of emergency in Tairāwhiti, entries
newest first, with a lines company, the mayor, the education ministry, the weather service, the
transport agency and Civil Defence); an Indian daily's Q&A interview (a state university's
vice-chancellor on a fee rise, hostels and placements, "Q:" and "A:" turns); a Ghanaian news site
reposting a water company's press release (a 48-hour plant shutdown, with the managing director and
a project engineer); and a Sri Lankan Sunday paper's opinion column (late A/L examination results,
with official figures, a teachers' union, an unnamed marker, the minister and the columnist's own
argument).

The furniture is each site's own and ordinary: subscribe and sign-in rows, a cookie notice with an
OK row, a donation banner, a registration wall, mastheads, date strips, menus, section paths with
"›" and "|", market and currency strips (PSEi, DFM and ADX, a cedi rate in a BREAKING ticker), a
"Listen | 5 minutes" audio line, bylines with roles, Published, Posted, Updated and Last updated
lines, share rows, captions with photograph, image, picture and wire credits, video chrome with a
running time, Read more, READ MORE, RELATED and ALSO LIKE lines, newsletter boxes, "Advertisement",
a Key points box, live-blog time stamps, "Key event" labels and entry bylines, a magazine pull quote
and crosshead, a results box, an "Edited excerpts" note, press-release labels, an "About ..."
boilerplate block, a media contact block and "-END-", a site's disclaimer for press releases, tags
and topics lines, More from, Most Read, MOST POPULAR, More Features and Related lists of headline
sentences (many with figures), comment bars, a reader comment, author notes and bios, a column's
views disclaimer, republication notes, publisher, registration and ABN lines, copyright lines and
footer links. What is typical rather than hard in them: quotes over two or three sentences, a
quote's attribution after a question or exclamation, speakers named only after their quote ("said
Ramon Tiongsalvo", "says Dr Miriam Nyabundi", "said the Managing Director of NWSL, Ing. Mrs Abena
Serwaa Boatengmaa"), pronoun chains, organisations and documents as sources ("the report found",
"the agency's data showed", "A rate study by the consulting firm ... found", "according to the
club's records"), headlines and standfirsts naming a speaker by role ("Operator says", "Union says",
"Trainer Bev Harkinsale says", "says vice-chancellor"), and splits at "N.B.,", "a.m.", "No. 2",
"Jan. 31", "Feb. 9", "Dh", "Rs.", "Ing. Mrs", "Dr", "Coun", "Ltd.", "Pty Ltd.", "(Pvt) Ltd.",
"Pvt. Ltd.", "Corp.", "DAC.", "Inc." and "FZ-LLC." The pages hold 534 sentences: 265 "B", 136 "W"
and 133 ""; 162 sentences carry a speaker (73 distinct speaker strings). `STYLES` describes each page,
its story, its speakers and its furniture in order.

Written from scratch for issue 13 in round forty-six, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README was opened; `claimreview` was never imported, and no test, scorer,
engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied from
anywhere. What was read: the brief (`/tmp/brief` was listed with `ls -la`; it held only the brief);
`/tmp/sets` was listed in the same command at the start, when it was empty, and not listed again;
the module docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with
`ast.get_docstring`); `def build` in `tests/text/labelled_articles.py` (its source segment printed by
an `ast` script of my own); the `[tool.ruff]` tables of `pyproject.toml` (a `sed` address range from
`[tool.ruff` to the next other `[tool.` table); and, from `labelled_new111.py` and
`labelled_new112.py`, the output of a script of my own using `ast` that prints the module docstring,
`STYLES`, the first two pages of `ARTICLES` and the first eight `CASES` of each. It was printed once
(the tool cut its middle, so that the docstring of `labelled_new111.py`, the start of its `STYLES`,
the end of the first page and the second page of `labelled_new112.py` and its cases were seen),
then saved to a scratch file, of which `grep -n` showed the section markers and `sed` showed four
ranges: the `STYLES` of `labelled_new111.py` (lines cut at 2,500 characters), its first page
(bracket-only lines dropped, lines cut at 250 characters), its cases (lines cut at 250 characters)
and the docstring of `labelled_new112.py` (lines cut at 400 characters); so the second page of
`labelled_new111.py` and the `STYLES` and the start of the first page of `labelled_new112.py` were
never seen. A further `ast` script printed only the kinds, names and line numbers of the top-level
statements of `labelled_new111.py`. No other page, case or docstring of any file under `tests/` was
read. What was run: a Python one-liner printing the calendars of January to March 2027 (to check
weekdays); scripts of my own in a scratch folder that turn a small line format (flag, speaker, cue
and text separated by a tilde, one line a paragraph unless it starts with "+", aliases for speakers,
case marks) into the literals below, delete and insert lines, apply renames, cut the split cases out
of the pages, and count sentences, flags and speakers; substring, case-insensitive per-word file
counts (`grep -rliF -- WORD /work/main/tests/text | wc -l`) for every capitalised word of the pages
and every capitalised part of a hyphenated word (about 830 words) and for every candidate
replacement; an import of this file with `labelled_articles.build` on every page and a check of four
string fields, the flags, no "B" with a speaker, a cue for every speaker and a speaker for every
cue, 30 distinct case ids, every case text in a built page and equal to its sentences joined by
single spaces, each expected sentence one labelled sentence of one paragraph, in order, and the
counts above; and `ruff format` and `ruff check` (the project's `.venv`) with the project's
`pyproject.toml` as config, the check also through `--stdin-filename
tests/text/labelled_heldout77.py` so that the per-file ignores for `tests/**` apply. Only counts were
read from the word searches, never the matched lines or file names; they ran through every file
under `tests/text`, including ones this set must not open. Of the first draft's coined words, about
eighty hit other files: surnames and parts of hyphenated surnames (Aalto, Arsenault, Pratt, Ashworth,
Keld, Bagumbayan, Bastarache, Lyle, Blake, Bramwick, Ngata, Brooks, Ratnaweera, Perera, Dahl, Fenn,
Whitlock, Ruttledge, Ormsby, Fonseka, Doucelin, Dunkerley, Treloar, Dunne, Gachanja, Whitcombe,
Haddad, Hegdekar, Holt, Venkataraman, Hōhepa, Tuck, Iyer, Lowe, Mayes, Kerehoma, Lutz, Kettleby,
Robichaud, Kibe, Oduro, Mensah, Whitby, Thibodelle, McAlindon, Menon, Sethi, Mwaniki, Ngatia,
Muriuki, Olufsen, Reyes, Ouma, Pettigrew, Qureshi, Tanvir, Roos, Ofosuhene, Thwaite, Achieng,
Obuya), outlet, firm and place names (Harbinger, Kalinaw, Kaveri, Kelani, Mwangaza, Eastland,
Northshore, Northmoor, Riverbend, Tidewater, Kilele, Orrindale, Pellham, Hallowfield, Hillcrest,
Birchwood, Marlow, Kpodzi, Tāwharau, Tūranga, Tungabhadra, Halvorsen, Pike, Tradewind), a horse (Quillon) and
an organisation of common words ("Small Landlords"). Each was renamed or dropped, the replacements
that hit as well (Whitlaker, Venn, Norvale, Whitlingham, Brekkestad, Quaile, Lodestar, Venkatadri,
Kettlewick, Quarrow, Sethumadhavan, Kipepeo, Pettigarth, Quellabrook, Mendenholtz, Craddonby,
Tidemark, Yarrabend, Ofosukrom, Quince, Venkatapathy, Kettlebourne, Marrowgate, Pettingale,
Tidewell, Quorley, Tidereach, Strandquist, Ostergaard, Gidgee, Achola, Norbrecken, Larchmere,
Fennimore, Ofosuwaa) were renamed again, and only replacements
with no hit were kept. What still hits is real countries, regions, cities, towns and rivers
(Ireland, Galway, Leitrim, Longford, Limerick, Cork, Dublin, Perth, Durham, Bishop Auckland, Crook,
Canada, New Brunswick, Fredericton, Manila, Quezon City, Nueva Ecija, Wisconsin, Dubai, Abu Dhabi,
Saudi, Albury, Hay, Holbrook, Wagga, Riverina, Kenya, Nairobi, Mombasa, Nyeri, Ruiru, River Road,
Lyon, Brazil, Russia, Tairāwhiti, Karnataka, Accra, Tema, Ga East, Sri Lanka, Colombo, Kurunegala,
Moratuwa, Asia and the like), common given names kept on purpose (Aoife, Ciarán, Declan, Deirdre,
Fionnuala, Lorraine, Alan, Ellie, Mags, Ryan, Gilles, Renée, Yvette, Arnold, Kevin, Julie,
Marc-André, Ramon, Corazon, Leticia, Joaquin, Marisol, Graham, Dana, Sharon, Tom, Lupe, Jenna, Gary,
Priya, Aarav, Khalid, Mirela, Rashid, Tess, Jye, Bev, Phil, Karen, Stuart, Peter, Miriam, Samuel,
Anaïs, Lucy, Wairimu, Njeri, Otieno, Anaru, Ngaire, Rawiri, Miriama, Mereana, Shalini, Rahul, Abena,
Serwaa, Kwabena, Chaminda, Dilrukshi, Nimal), common and outlet words (Beacon, Evening, Express,
Daily, Current, Ledger, Telegram, Wire, Fibre, Dawn, Turf, Wolves, Cup, Ironbark, Salt, Pan, Sally,
Atlantic, Maritime, Premium and the like) and acronyms, units and currency tokens (DFM, ADX, PSEi,
PHP, USD, GMT, IST, AST, DAC, LLC, ABN, KSh, GH, Rs, Dh, TD, UAE, UK, GDP, ECG, NHIS, NRL).

Every person, outlet, firm, union, council, cooperative, club, horse, school, street, park, hall,
plant, town, village and figure is invented. Real countries, regions, cities and institutions appear
only as settings: those listed above, and the Department for Transport (figures), the Dubai
Financial Market (where a statement is filed and an index), the World Bank (data), the Parliament of
Sri Lanka (where a minister speaks), the Monetary Board (a deputy governor's quote), Civil Defence
(New Zealand), State Highway 35, the Advanced Level examinations, Creative Commons, ECG, NHIS, the NRL
and Group 9 (list items), and Facebook, X, LinkedIn, Instagram, WhatsApp, Telegram and Twitter (as
channels).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, strip, menu, byline, date, share line, caption, credit, list item,
time stamp, label, button row and legal line is a paragraph of its own); each paragraph a list of
sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent sets: furniture "B"
line by line, whatever it says; a caption by its content and its credit "B"; headlines and
standfirsts never split and flagged by content; a dateline belongs to its lead sentence; a speaker
is the full name as first given without titles or roles ("Coun", "TD", "Mr", "Dr", "Ing. Mrs",
"Mayor", "Deputy Governor", "Chief executive", "Chief financial officer", "Utilities Director",
"general manager", "the economist", "Syndicate manager", "secretary-manager", "Project engineer",
"Civil Defence controller", "The Education Minister" dropped); a pronoun, a later surname or a role
resolves to it; an organisation's or a document's generic noun is kept as written ("the company",
"The company", "the report", "the agency's data", "The central bank", "The education ministry",
"The weather service", "the transport agency"), while "It said" and "It called for" resolve to the
organisation as first given; "according to X" gives X as written; a quote over several sentences
carries its speaker and cue in each; a named person acting without a verb of saying carries no
speaker; sport data lines are "" and a box's title "B"; a speaker's own plan, promise or forecast is
"" even with a figure, a first-person statement of record "W".

Conventions this set had to settle, in the same spirit:

* Live blog: a "Key points" box has a "B" title and its point lines labelled by content ("W" here);
  the blog's welcome entry ("Kia ora and welcome to our live coverage ...") is "B", like other
  furniture that speaks to the reader.
* Magazine: a pull quote that repeats a quote of the story is "B" with no speaker (a display element,
  not a second statement); a crosshead is labelled like a headline, by content ("" here).
* Press release: the release's own sentences without a cue carry no speaker (the reposting site and
  the reader know who issued it, but nothing in the sentence attributes it); its labels ("PRESS
  RELEASE", "FOR IMMEDIATE RELEASE"), its "About ..." block, contact block and "-END-" are "B".
* Q&A: a question stating a fact is "W" with no speaker, a question citing a source carries that
  source ("The students' union says ..."); every sentence of an answer carries the interviewee with
  the cue "A:".
* An unnamed person is kept as written, like an organisation without a proper name ("a chemistry
  teacher in Kurunegala", cue "told me"); "Officials blame" and "Farmers blamed" carry the group as
  written, the verb as cue.
* A sentence "He has worked on the No. 2 line for 19 years, he said." is "W" (a checkable fact of
  record), while the scene around it is "".

`HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of two
or three consecutive sentences of one paragraph of these pages joined by single spaces: quotes
continued after their attribution ("she said." before a closing quote), a question or exclamation
inside a quote, a question asked with no attribution after it, "he says, laughing.", "It plans ...,
she said.", "N.B.," "No. 2", "February 1st," "4.30pm," and "6:00 a.m. on Saturday" mid-sentence,
"6.10pm." and "2pm." ending sentences, "Dh7.9 billion," "fils", "2.4 times.", "₹2.5 lakh", "Rs. 38",
"Ing. Mrs", a wire dateline "MANILA, Feb 5 (Asterline) -", "Q:" and "A:" turns, and footer lines
split at "Pty Ltd." before "ABN 51 604 338 912." and at "(Pvt) Ltd." before "All rights reserved.":
what a reviewer wants, not what the engine does.
"""

STYLES = [
    'Irish NATIONAL DAILY, housing page (Dublin, Galway): average rent for a new tenancy passes €2,000: subscribe/sign-in row, masthead in capitals, date strip, menu and section path with ›; headline "W" and standfirst "W"; byline and role on two lines, a "Tue Feb 09 2027 - 05:00" line, a "Listen | 5 minutes" audio line and share line; caption "" and photograph credit; the property website\'s report through "according to a report published on Tuesday by ..." as written and "the report found" "W"; county figures "W"; the report\'s author with "the economist" dropped (a count "W", a two-sentence quote ""); a Read more item; the housing minister ("Minister for Housing" dropped; delivered homes "W", a plan "", "Mr ... told reporters" ""); the opposition spokeswoman with "TD" dropped (a quoted verdict "", a count of children "W", a jibe ""); a nurse in Galway (her rent "W", two quotes ""); a landlords\' forum "said in a statement" "W" and "It called for" ""; the report\'s base "W" (topics line, More from list of full headline sentences with figures, newsletter box of two sentences, subscribers-only comments note, copyright with "DAC.", footer links)',
    'English REGIONAL PAPER, an evening daily\'s local news (County Durham): eleven evening bus services axed: a one-sentence cookie notice and OK row; masthead; menu and section path; headline "W" and standfirst "Operator says ..." carrying the operator as the story names it "W"; byline, role, time-first date line and Updated line in capitals; share row; caption "" and image credit in brackets; "the operator Cragholme Travel has confirmed" with the descriptor dropped "W"; "The company said" and "according to the company" kept as written "W"; its managing director (a quoted word "", a two-sentence quote ""); a newsletter box; the county cabinet member with "Coun" dropped (funding "W", a meeting plan ""); a 17-year-old student ("6.10pm" "W", "half seven" quotes ""); a READ MORE line with figures; a councillor with "Coun" (a petition "W", two quotes ""); the operator again (a job pledge ""); Department for Transport figures through according to "W"; a drop-in session "" (reader call-out in two sentences with an email address, Comments, Most Read list, social row, group line split at "Ltd." before "Registered in England No. 04417236.", copyright, footer links)',
    'Canadian BROADCASTER\'s news site (New Brunswick): a pulp mill cuts 180 jobs: skip link, station name, menu and region label; headline "W" and standfirst "Union says ..." carrying the union local as named "W"; Social Sharing; byline with middle dots; a Posted/Last Updated line with "AM AST |"; video chrome (title with ▶ and running time) "B"; caption "" and credit; a lead with "Miramont, N.B., when" mid-sentence and "the company said" kept as written "W"; the mill\'s headcount "W"; the general manager "In a statement" (demand and losses "W", a two-sentence quote with "No. 2" mid-sentence ""); the union local president ("7 a.m." mid-sentence "W", quotes and a plan ""); the mayor (taxes "W", a town population in a quote "W", a quote ""); the natural resources minister ("told reporters" "W", a conditional quote ""); a worker (scene "", his years on the line "He has worked ..., he said." "W", two quotes ""); a woodlots council through according to "W"; "The company said" (severance plans ""); an earlier layoff "W" ("With files from" line, corrections strip, Related Stories list, footer links, copyright split before "All rights reserved.")',
    'Philippine WIRE STORY on a news PORTAL (Manila): January inflation eases to 2.7%: portal name, market strip with PSEi, peso and gold, menu and section path; headline "W"; wire name, date line with "| 10:42 AM", share strip; caption "" and wire photo credit; a "MANILA, Feb 5 (Asterline) -" lead with "the statistics agency said" "W"; a poll and target range "W"; "the agency\'s data showed" "W"; core, food, transport and housing figures "W"; an economist named after his quote ("said Ramon ...", a forecast "") and "He expects" ""; "Others were more cautious." ""; "Analysts at Lakambini Capital said in a note" (a could-forecast ""); "The central bank said in a statement" (its forecast of record "W"); a deputy governor ("told reporters", a quoted phrase ""); a rice retailer (prices "W", two quotes ""); "statistics agency data showed" "W"; the peso at "0230 GMT" "W" (currency note in brackets, "(Reporting by ...; Editing by ...)", a republication note of two sentences, tags, YOU MAY ALSO LIKE list of headline sentences with figures, comment bar, footer links, copyright split at "Corp.")',
    'United States LOCAL NEWS SITE, a nonprofit newsroom (Wisconsin): a city council approves a 14% water rate rise: a donation banner of two sentences with "Jan. 31" mid-sentence and a Donate/Close row; masthead; menu and section label; headline "W" and standfirst "W"; "by" byline, date line, Republish line, share row; the 5-2 vote "W"; utility figures through according to "W"; the treatment plant order "W"; the utilities director with her title dropped ("told the council" "W", a safety claim in a quote "W" and "a stopgap" ""); a council member who voted no (a view "" and a quote closed by his surname ""); the mayor (a loan application "W", a pledge ""); a RELATED line; public comment "W"; a retiree on "Birchknoll Lane" (his bill "W", two quotes ""); a mother (support and two quotes "", an opinion with a number ""); a membership promo of two sentences; "A rate study by the consulting firm ... found" as written "W"; a future increase "" (author note of two sentences with an email and phone, Creative Commons line, More from list with "Feb. 9", mission line, copyright with "Inc.", footer links)',
    'UAE BUSINESS SITE, real-estate desk (Dubai): a developer\'s 2026 profit up 23%: market strip with DFM, ADX, Brent and gold; masthead; menu and section label; headline "W" and standfirst "W"; byline with role, Published and Last updated lines; share row; the developer with its descriptor after the name "said" "W"; "the company said in a statement to the Dubai Financial Market" "W"; bookings and the dividend with "Dh" and "fils" figures "W"; the chief executive with his title dropped ("said in the statement" "W", two quotes ""); a registration wall of three sentences ("Already registered?" and "Log in"); the chief financial officer ("told analysts on a call" "W", units launched "W", "It plans ..., she said." "", a quote ""); READ MORE line and Advertisement; a broker\'s head of research (the dividend against forecasts "W", a handover count with "since 2008" in a quote "W", a hedge ""); share price, market value and index "W"; land department data through according to "W" (disclaimer, tags, MOST POPULAR list of headline sentences with figures, newsletter line, publisher line with "FZ-LLC", copyright split before "All rights reserved.", footer links)',
    'Australian SPORT PAGE of a regional daily (Riverina, New South Wales): a local mare wins a $150,000 country cup in record time: subscribe/log-in row; masthead; menu and section path; headline "W" and standfirst "Trainer Bev Harkinsale says ..." ""; byline, date line with "6:30am", share row; caption "" and picture credit; the win, the margins and the record "according to the club\'s records" "W"; the starting price and form "W"; the trainer (a quote closed by her surname "", her stable of record "W" with no speaker, a quote ""); the jockey (a quoted phrase "", "At the 300" and a quote ending "!”" ""); the syndicate "W"; the syndicate manager (the prize "W", a quote ""); the club\'s secretary-manager with her role dropped (crowd and bar takings "W", a roof plan ""); a results box (title "B", three placings with initials and prices, "Margins: 1.25L, HH." and "Time: 1:35.82." as sport data ""); the next start "" (a RELATED line, author box with name and a two-sentence bio, More from Sport list of headline sentences with figures, publisher line split at "Pty Ltd." before "ABN 51 604 338 912.", copyright, footer links)',
    'Kenyan MAGAZINE feature on a monthly\'s website (Nyeri): young farmers return to coffee: masthead; menu; section label with "|"; a feature headline "" and a standfirst "W"; words and photographs credits, date line and reading time; an opening scene "" and a grower\'s biography "W"; the grower ("he says, laughing" "", a price of record in a quote "W"); the cooperative\'s annual report through according to "W"; his acreage "W"; a photo caption "" and credit; a PULL QUOTE repeating his words "B" without a speaker; a crosshead ""; national output through according to "W"; "Farmers blamed" ""; an agronomist named after her quote with "Dr" dropped (two quotes "", three causes "W"); the cooperative chairman (membership "W", an age in a quote "W", a quote ""); a buyer (scene "", tonnes "W", a tasting note ""); world prices "W"; the society\'s manager (a likely payment ""); a closing scene and two quotes "" (issue note, print subscription line, More Features list, publisher line, copyright split before "All rights reserved.", footer links)',
    'New Zealand LIVE BLOG on a regional paper\'s site (Tairāwhiti): heavy rain, a state of emergency and power cuts: masthead; menu; LIVE label; a live headline "W"; a Key points box (title "B", three point lines "W"); an Updated line; entries newest first, each with its time stamp "B", "Key event" labels "B", entry headlines "W" and entry bylines with a dash "B": a lines company (customers off "W", "It said" a limit ""); the mayor ("told a press conference" "W", advice "" and "slips on every route" "W"); "The education ministry said" "W"; "The weather service said" (a rainfall total "W", "it said" a forecast ""); a reader photo caption "" and credit; "the transport agency says" "W" and "There is no detour." "W"; "Civil Defence says" "W" and the count "W", advice ""; the declaration "W" and the controller (powers "W", a quote ""); a welcome entry of two sentences "B" (photo call-out with an email address, publisher line and copyright with "Ltd.", footer links)',
    'Indian Q&A INTERVIEW on a daily\'s site (Karnataka): a state university\'s vice-chancellor on a 12% fee rise, hostels and placements: masthead; menu; section path; INTERVIEW label; headline "..., says vice-chancellor" carrying her name "" and an intro standfirst ""; byline, a "BALLARI, ... IST" line and an Updated line; share row; caption "" and "Photo: Special Arrangement"; the syndicate\'s decision "W" and "Edited excerpts from an interview:" "B"; questions with "Q:" (a fact "W", questions ""; "The students\' union says ..." carrying the union ""); answers with "A:" carrying the interviewee in every sentence (fees and salary bill, budget share, income threshold, waivers, hostel places, placements, her term "W"; feelings, a plan for July and an expectation "") (edited-for-length note, RELATED list, comment rules of two sentences, copyright with "Pvt. Ltd. 2027", footer links)',
    'Ghanaian PRESS RELEASE reposted on a news site (Greater Accra): a water company\'s 48-hour plant shutdown: a BREAKING ticker with a cedi rate; masthead; menu; section label; the release\'s headline "W"; "By Press Release", date line, share row; "PRESS RELEASE" and "FOR IMMEDIATE RELEASE"; an "Accra, March 2, 2027 –" lead with "6:00 a.m." twice mid-sentence "W" (the release\'s own sentences carry no speaker); customers, areas, pipeline cost and length "W"; the managing director named after her quote with "Ing. Mrs" dropped (two quotes "" and "she added" a tanker plan ""); a project engineer (stages and a quote ""); advice to customers and a toll-free line ""; investment "W"; the "About ..." boilerplate "B" line by line (For more information, contact line, unit, phone and email, -END-, a site disclaimer of two sentences, tags, Related Posts list, Leave a Reply, copyright split before "All Rights Reserved.", footer links)',
    'Sri Lankan OPINION COLUMN in a Sunday paper\'s site: late A/L exam results: masthead; menu; section path; column name in capitals; headline and standfirst "" (the column\'s argument); byline, a Published line with "12:01 AM", share row; the columnist\'s niece (dates "W", a scene ""); department figures through a leading "According to ..." "W" and candidates "W"; "Officials blame" "W"; "a teachers\' union says" with "Rs. 38" mid-sentence "W" and a quip ""; Advertisement; an unnamed marker kept as written ("told me", a quote and a question ""); the education minister with his title dropped ("told Parliament", a promise ""); the writer\'s hope "" and a predecessor\'s promise of record "W"; her prescriptions ""; World Bank data through according to "W"; her own costing "" and a warning ""; passport applications "according to the immigration department" "W"; a close "" (author bio of two sentences, views disclaimer, a comment section with handle, time, a two-sentence comment and like row, MOST READ list with "Rs. 20", copyright split at "(Pvt) Ltd." before "All rights reserved.", footer links)',
]

ARTICLES = [
    [
        [
            ("Subscribe   Sign in", "", "", "B"),
        ],
        [
            ("THE IRISH WAYMARK", "", "", "B"),
        ],
        [
            ("Tue, Feb 9, 2027", "", "", "B"),
        ],
        [
            (
                "News   Business   Sport   Opinion   Life & Style   Culture   Podcasts   Epaper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Ireland › Housing & Planning", "", "", "B"),
        ],
        [
            (
                "Average rent for a new tenancy passes €2,000 a month for the first time",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Rents rose in 24 of 26 counties last year, with Galway city up 11.2 per cent",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Aoife Drennacombe", "", "", "B"),
        ],
        [
            ("Housing Correspondent", "", "", "B"),
        ],
        [
            ("Tue Feb 09 2027 - 05:00", "", "", "B"),
        ],
        [
            ("Listen | 5 minutes", "", "", "B"),
        ],
        [
            ("Share: Facebook   X   LinkedIn   Email", "", "", "B"),
        ],
        [
            ("Apartments under construction at Tolkamore Quay in Dublin's docklands.", "", "", ""),
        ],
        [
            ("Photograph: Ciarán Mulhollagan", "", "", "B"),
        ],
        [
            (
                "The average rent for a new tenancy in Ireland passed €2,000 a month for the first time at the end of last year, according to a report published on Tuesday by the property website Letfinder.",
                "a report published on Tuesday by the property website Letfinder",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The average new rent nationally was €2,041 in the fourth quarter of 2026, up 6.8 per cent on a year earlier, the report found.",
                "the report",
                "found",
                "W",
            ),
            ("Only Leitrim and Longford recorded small falls.", "", "", "W"),
        ],
        [
            (
                "Rents rose in 24 of the 26 counties, with the sharpest increase in Galway city, at 11.2 per cent, followed by Limerick city at 9.7 per cent and Cork city at 8.4 per cent.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The report's author, the economist Fionnuala Kestreven, said there were 1,874 homes available to rent nationwide on February 1st, against an average of about 4,300 in the five years before the pandemic.",
                "Fionnuala Kestreven",
                "said",
                "W",
            ),
            (
                "“Every quarter we say the same thing, and every quarter the number of homes on the market goes the wrong way,” she said.",
                "Fionnuala Kestreven",
                "said",
                "",
            ),
            ("“Until that changes, nothing else will.”", "Fionnuala Kestreven", "said", ""),
        ],
        [
            ("Read more", "", "", "B"),
        ],
        [
            ("Cost-rental tenants in Cork get first rent review since scheme began", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The Minister for Housing, Declan Ruthvenmore, said the Government had delivered 8,612 social and cost-rental homes in 2026, more than in any year since 1975.",
                "Declan Ruthvenmore",
                "said",
                "W",
            ),
            (
                "He said a further 2,500 cost-rental homes would be finished by the end of this year.",
                "Declan Ruthvenmore",
                "said",
                "",
            ),
        ],
        [
            (
                "“We are turning the corner on supply, and I think people will see that in these reports by the autumn,” Mr Ruthvenmore told reporters at Government Buildings.",
                "Declan Ruthvenmore",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "The Opposition's housing spokeswoman, Deirdre Callanbrook TD, said the figures were “a verdict on a decade of drift”.",
                "Deirdre Callanbrook",
                "said",
                "",
            ),
        ],
        [
            (
                "“There are 4,162 children in emergency accommodation tonight,” she said.",
                "Deirdre Callanbrook",
                "said",
                "W",
            ),
            (
                "“The Minister can turn all the corners he likes.”",
                "Deirdre Callanbrook",
                "said",
                "",
            ),
        ],
        [
            (
                "In Galway, Maebh Tullyglass, a 31-year-old nurse, said her rent rose from €1,450 to €1,690 a month when her lease was renewed in November.",
                "Maebh Tullyglass",
                "said",
                "W",
            ),
            (
                "“I'm on a decent wage and I still share a kitchen with two other adults,” she said.",
                "Maebh Tullyglass",
                "said",
                "",
            ),
            ("“Half the girls I trained with are in Perth now.”", "Maebh Tullyglass", "said", ""),
        ],
        [
            (
                "The Property Lessors' Forum said in a statement that 3,900 of its members had sold up or left the rental market since 2022.",
                "The Property Lessors' Forum",
                "said in a statement",
                "W",
            ),
            (
                "It called for a tax credit for landlords who sign leases of six years or more.",
                "The Property Lessors' Forum",
                "called for",
                "",
            ),
        ],
        [
            (
                "The Letfinder report is based on 11,240 advertisements placed on the website between October and December.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Topics: Housing | Rents | Galway | Limerick | Cost-rental", "", "", "B"),
        ],
        [
            ("More from Housing & Planning", "", "", "B"),
        ],
        [
            ("Planning appeals board clears 742 homes at former Rathkillane barracks", "", "", "B"),
        ],
        [
            (
                "Councils spent €96m on emergency accommodation in January, figures show",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sign up to The Morning Briefing.", "", "", "B"),
            ("The day's main stories in your inbox at 6am, Monday to Friday.", "", "", "B"),
        ],
        [
            ("Commenting on this article is available to subscribers only.", "", "", "B"),
        ],
        [
            ("© 2027 The Irish Waymark DAC.", "", "", "B"),
        ],
        [
            (
                "About us   Contact   Privacy   Cookie settings   Terms & conditions   Accessibility",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("We use cookies to give you the best experience on our website.", "", "", "B"),
        ],
        [
            ("OK   Find out more", "", "", "B"),
        ],
        [
            ("DALESIDE EVENING BEACON", "", "", "B"),
        ],
        [
            (
                "News   Sport   What's On   Business   Jobs   Announcements   Motors   Puzzles",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Local News › Durham", "", "", "B"),
        ],
        [
            (
                "Eleven evening bus services to be axed across County Durham villages next month",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Operator says the routes are losing £8,000 a week and it cannot find enough drivers to run them",
                "Cragholme Travel",
                "says",
                "W",
            ),
        ],
        [
            ("By Ryan Ashgillby", "", "", "B"),
        ],
        [
            ("Senior Reporter", "", "", "B"),
        ],
        [
            ("07:00, 16 FEB 2027", "", "", "B"),
        ],
        [
            ("Updated 11:38, 16 FEB 2027", "", "", "B"),
        ],
        [
            ("Share   Comments   Bookmark", "", "", "B"),
        ],
        [
            ("A Cragholme Travel double-decker waits at Brandersby bus station.", "", "", ""),
        ],
        [
            ("(Image: Daleside Evening Beacon)", "", "", "B"),
        ],
        [
            (
                "Eleven evening and Sunday bus services linking villages in west Durham with Bishop Auckland and Durham city will stop running after 27 March, the operator Cragholme Travel has confirmed.",
                "Cragholme Travel",
                "has confirmed",
                "W",
            ),
        ],
        [
            (
                "The company said the routes had lost a combined £8,000 a week since single fares were capped at £2, and that it had 14 driver vacancies at its Brandersby depot.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "The services being withdrawn include the 46 and 46A between Hallowgarth and Bishop Auckland, which carried about 310 passengers a week in January, according to the company.",
                "the company",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Its managing director, Lorraine Hepplestall, said the decision had been “the hardest in our 41 years”.",
                "Lorraine Hepplestall",
                "said",
                "",
            ),
        ],
        [
            (
                "“We have kept these journeys going through two winters on goodwill and reserves, and both have run out,” she said.",
                "Lorraine Hepplestall",
                "said",
                "",
            ),
            (
                "“If the council can find the money, we'll run them again tomorrow.”",
                "Lorraine Hepplestall",
                "said",
                "",
            ),
        ],
        [
            (
                "Get the biggest stories from across the region sent straight to your inbox with our free daily newsletter.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sign up here", "", "", "B"),
        ],
        [
            (
                "Coun Alan Pettinghurst, the county council's cabinet member for transport, said the authority had received £3.1m in bus funding for 2027/28 but that all of it was already committed to existing contracts.",
                "Alan Pettinghurst",
                "said",
                "W",
            ),
            (
                "He said officers would meet the company “within days” to see whether any of the routes could be saved.",
                "Alan Pettinghurst",
                "said",
                "",
            ),
        ],
        [
            (
                "Ellie Craddonhurst, 17, who travels from Hallowgarth to a sixth-form college in Durham three evenings a week, said the last bus home would now leave at 6.10pm.",
                "Ellie Craddonhurst",
                "said",
                "W",
            ),
            ("“My class finishes at half seven,” she said.", "Ellie Craddonhurst", "said", ""),
            (
                "“Mum works nights, so that's it, I'll have to drop the course.”",
                "Ellie Craddonhurst",
                "said",
                "",
            ),
        ],
        [
            ("READ MORE: Council tax to rise by 4.99% as county sets £612m budget", "", "", "B"),
        ],
        [
            (
                "Coun Mags Hildersley, who represents Upper Weardale, said a petition against the cuts had gathered 2,214 signatures in four days.",
                "Mags Hildersley",
                "said",
                "W",
            ),
            (
                "“These buses are people's lifelines to work, to the hospital and to the shops,” she said.",
                "Mags Hildersley",
                "said",
                "",
            ),
            (
                "“Take them away at teatime and you've told a village it doesn't matter after dark.”",
                "Mags Hildersley",
                "said",
                "",
            ),
        ],
        [
            (
                "Cragholme Travel said none of its drivers would lose their jobs, as they would be moved to daytime routes.",
                "Cragholme Travel",
                "said",
                "",
            ),
        ],
        [
            (
                "Bus journeys in the North East fell by 18% between 2019 and 2025, according to Department for Transport figures.",
                "Department for Transport figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "A drop-in session on the changes will be held at Brandersby Community Centre on 3 March, from 2pm to 7pm.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Do you rely on one of the routes being cut?", "", "", "B"),
            ("Email us at newsdesk@dalesidebeacon.co.uk.", "", "", "B"),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("Most Read", "", "", "B"),
        ],
        [
            ("Man, 46, charged after three cars damaged in Crook village", "", "", "B"),
        ],
        [
            ("Popular Durham café to close after 28 years as owners retire", "", "", "B"),
        ],
        [
            ("Facebook   X   Instagram   WhatsApp", "", "", "B"),
        ],
        [
            ("Daleside Evening Beacon is part of Wearholm Media Group Ltd.", "", "", "B"),
            ("Registered in England No. 04417236.", "", "", "B"),
        ],
        [
            ("© 2027 Wearholm Media Group Ltd.", "", "", "B"),
        ],
        [
            (
                "Contact us   How to complain   Corrections and clarifications   Privacy notice   Cookie notice",
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
            ("TPB NEWS", "", "", "B"),
        ],
        [
            (
                "Home   Local   Canada   World   Business   Politics   Health   Watch   Listen",
                "",
                "",
                "B",
            ),
        ],
        [
            ("New Brunswick", "", "", "B"),
        ],
        [
            (
                "Pulp mill in Miramont to cut 180 jobs as it shuts one of its two production lines",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Union says workers heard about the layoffs at a 7 a.m. meeting, two hours before the public did",
                "Papermakers Local 1187",
                "says",
                "W",
            ),
        ],
        [
            ("Social Sharing", "", "", "B"),
        ],
        [
            ("Marc-André Thibodoret · TPB News ·", "", "", "B"),
        ],
        [
            ("Posted: Jan 21, 2027 4:00 AM AST | Last Updated: 2 hours ago", "", "", "B"),
        ],
        [
            ("▶ Watch | Workers react to the layoff news outside the Miramont mill", "", "", "B"),
        ],
        [
            ("2:14", "", "", "B"),
        ],
        [
            (
                "Workers leave the Norquay Fibre mill in Miramont at shift change on Wednesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("(Julie Cormierville/TPB)", "", "", "B"),
        ],
        [
            (
                "Norquay Fibre will cut 180 jobs at its pulp mill in Miramont, N.B., when it shuts one of the mill's two production lines in April, the company said Wednesday.",
                "the company",
                "said",
                "W",
            ),
            ("The mill employs about 410 people.", "", "", "W"),
        ],
        [
            (
                "In a statement, general manager Renée Vautrinelle said demand for the kraft pulp made on the older line had fallen by a third since 2023 and that the line had lost money in 11 of the last 12 quarters.",
                "Renée Vautrinelle",
                "said",
                "W",
            ),
        ],
        [
            (
                "“This is not a decision anyone here wanted to make,” she said.",
                "Renée Vautrinelle",
                "said",
                "",
            ),
            (
                "“But the market for what the No. 2 line makes is not coming back, and we can't pretend otherwise.”",
                "Renée Vautrinelle",
                "said",
                "",
            ),
        ],
        [
            (
                "Gilles Boudreaumont, president of Papermakers Local 1187, said workers were told at a 7 a.m. meeting on Wednesday, two hours before the company issued its news release.",
                "Gilles Boudreaumont",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Some of these guys have 30 years in that mill,” he said.",
                "Gilles Boudreaumont",
                "said",
                "",
            ),
            ("“They found out the same morning the radio did.”", "Gilles Boudreaumont", "said", ""),
            (
                "He said the union would ask the company to offer early retirement to workers aged 55 and over before anyone is laid off.",
                "Gilles Boudreaumont",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Miramont Mayor Yvette Doucelaire said the mill paid about $2.3 million a year in property taxes, roughly a fifth of the town's revenue.",
                "Yvette Doucelaire",
                "said",
                "W",
            ),
            ("“We're a town of 9,800 people,” she said.", "Yvette Doucelaire", "said", "W"),
            (
                "“When 180 families lose a paycheque, every business on Water Street feels it.”",
                "Yvette Doucelaire",
                "said",
                "",
            ),
        ],
        [
            (
                "Natural Resources Minister Arnold Kettlesmere told reporters in Fredericton that the company had not asked the province for financial help.",
                "Arnold Kettlesmere",
                "told reporters",
                "W",
            ),
            (
                "“If Norquay comes to us with a plan that keeps that line running, we'll look at it seriously,” he said.",
                "Arnold Kettlesmere",
                "said",
                "",
            ),
        ],
        [
            (
                "Kevin Robichaudeau, 48, was waiting for his wife in the mill's parking lot when the day shift let out on Wednesday afternoon.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "He has worked on the No. 2 line for 19 years, he said.",
                "Kevin Robichaudeau",
                "said",
                "W",
            ),
            ("“I figured it was coming,” he said.", "Kevin Robichaudeau", "said", ""),
            ("“You don't run a machine that old forever.”", "Kevin Robichaudeau", "said", ""),
        ],
        [
            (
                "New Brunswick's forestry sector employed about 22,000 people in 2025, according to the Atlantic Woodlots Council.",
                "the Atlantic Woodlots Council",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The company said affected workers would receive severance under their collective agreement and could use a job transition centre it plans to open in the town in March.",
                "The company",
                "said",
                "",
            ),
        ],
        [
            (
                "It is the second round of layoffs at the mill since 2024, when 60 jobs were cut from the woodroom.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("With files from Julie Cormierville", "", "", "B"),
        ],
        [
            ("Corrections and clarifications | Submit a news tip | Report error", "", "", "B"),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            ("Miramont council freezes hiring as mill talks drag on", "", "", "B"),
        ],
        [
            ("Forestry companies cut 1,100 Maritime jobs in 2026, report says", "", "", "B"),
        ],
        [
            ("Audience Relations   Terms of Use   Privacy   Accessibility   Jobs", "", "", "B"),
        ],
        [
            ("©2027 Tidecrest Public Broadcasting.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("LIWAYANAG.PH", "", "", "B"),
        ],
        [
            ("PSEi 6,842.15 ▲ 0.62%   USD/PHP 57.84   Gold $2,918.40", "", "", "B"),
        ],
        [
            ("News   Business   Sports   Entertainment   Lifestyle   Tech   Videos", "", "", "B"),
        ],
        [
            ("Business › Economy", "", "", "B"),
        ],
        [
            ("Philippine inflation eases to 2.7% in January on cheaper rice", "", "", "W"),
        ],
        [
            ("Asterline Wire", "", "", "B"),
        ],
        [
            ("February 5, 2027 | 10:42 AM", "", "", "B"),
        ],
        [
            ("Share on Facebook   Share on X   Copy link", "", "", "B"),
        ],
        [
            ("A vendor arranges sacks of rice at a public market in Quezon City.", "", "", ""),
        ],
        [
            ("Asterline Wire/Joaquin Perez-Madrona", "", "", "B"),
        ],
        [
            (
                "MANILA, Feb 5 (Asterline) - Philippine annual inflation slowed to 2.7% in January from 3.1% in December as rice and fuel prices fell, the statistics agency said on Friday.",
                "the statistics agency",
                "said",
                "W",
            ),
            (
                "The reading was below the 3.0% median forecast in an Asterline poll of 14 economists and within the central bank's 2%-4% target range for a 21st straight month.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Rice inflation, which peaked at 24.4% in 2024, was minus 6.1% in January, the agency's data showed.",
                "the agency's data",
                "showed",
                "W",
            ),
            (
                "Core inflation, which strips out volatile food and energy prices, eased to 2.4% from 2.6%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Food inflation slowed to 1.8% from 2.5%, while transport costs fell 1.2% from a year earlier, their biggest drop since 2020.",
                "",
                "",
                "W",
            ),
            ("Housing and utility costs rose 3.9%.", "", "", "W"),
        ],
        [
            (
                "“The disinflation story is intact, and it gives the central bank room to cut again at its February 18 meeting,” said Ramon Tiongsalvo, chief economist at Hiraya Securities in Manila.",
                "Ramon Tiongsalvo",
                "said",
                "",
            ),
            (
                "He expects a cut of 25 basis points, which would bring the policy rate to 4.75%.",
                "Ramon Tiongsalvo",
                "expects",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Others were more cautious.", "", "", ""),
        ],
        [
            (
                "Analysts at Lakambini Capital said in a note that a weaker peso and higher electricity rates from March could push inflation back above 3% by mid-year.",
                "Analysts at Lakambini Capital",
                "said in a note",
                "",
            ),
        ],
        [
            (
                "The central bank said in a statement that January's figure was consistent with its forecast that inflation would average 3.1% this year.",
                "The central bank",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "Deputy Governor Corazon Maglipon-Estrada told reporters the Monetary Board would “look at the full picture, not one month”.",
                "Corazon Maglipon-Estrada",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "At the Nepamart public market in Quezon City, rice retailer Leticia Bagumbuhay said regular milled rice was selling for 42 pesos a kilo this week, down from 48 pesos a year ago.",
                "Leticia Bagumbuhay",
                "said",
                "W",
            ),
            (
                "“People are buying a little more again,” she said.",
                "Leticia Bagumbuhay",
                "said",
                "",
            ),
            (
                "“But pork and fish are still too expensive for many of my customers.”",
                "Leticia Bagumbuhay",
                "said",
                "",
            ),
        ],
        [
            (
                "Inflation averaged 3.3% in 2026, statistics agency data showed.",
                "statistics agency data",
                "showed",
                "W",
            ),
        ],
        [
            (
                "The peso was at 57.84 to the dollar at 0230 GMT, little changed after the data.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("($1 = 57.84 Philippine pesos)", "", "", "B"),
        ],
        [
            ("(Reporting by Marisol Dantuglao; Editing by Graham Whitgravel)", "", "", "B"),
        ],
        [
            (
                "This story was originally published by Asterline Wire and is republished by Liwayanag.ph under a licensing agreement.",
                "",
                "",
                "B",
            ),
            ("Liwayanag.ph does not edit wire copy except for style.", "", "", "B"),
        ],
        [
            ("Tags: Inflation, Rice, Central bank, Economy", "", "", "B"),
        ],
        [
            ("YOU MAY ALSO LIKE", "", "", "B"),
        ],
        [
            ("Jeepney drivers get ₱6,500 fuel subsidy starting next week", "", "", "B"),
        ],
        [
            ("Remittances hit record $38.9 billion in 2026", "", "", "B"),
        ],
        [
            ("Onion prices fall 40% as harvest peaks in Nueva Ecija", "", "", "B"),
        ],
        [
            ("0 Comments   Sort by Oldest", "", "", "B"),
        ],
        [
            (
                "About Us   Advertise   Careers   Privacy Policy   Terms of Use   Contact",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Liwayanag Digital Media Corp.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("Support independent local news.", "", "", "B"),
            ("Every dollar you give through Jan. 31 is matched up to $25,000.", "", "", "B"),
        ],
        [
            ("Donate now   Close", "", "", "B"),
        ],
        [
            ("WENNERHOLT CURRENT", "", "", "B"),
        ],
        [
            (
                "Local Government   Schools   Environment   Business   Community   Events   About",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Local Government", "", "", "B"),
        ],
        [
            (
                "Lake Wennerholt council approves 14% water rate increase, the first since 2019",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The average household will pay about $9 more a month from April to help cover a $22 million treatment plant upgrade",
                "",
                "",
                "W",
            ),
        ],
        [
            ("by Dana Whitmarden", "", "", "B"),
        ],
        [
            ("January 13, 2027", "", "", "B"),
        ],
        [
            ("Republish this story", "", "", "B"),
        ],
        [
            ("Facebook   X   Email   Print", "", "", "B"),
        ],
        [
            (
                "The Lake Wennerholt City Council voted 5-2 on Tuesday night to raise water rates by 14%, the city's first increase since 2019.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The increase takes effect April 1 and will add about $9.20 a month to the bill of a typical household using 4,000 gallons, according to figures from the city's utility department.",
                "figures from the city's utility department",
                "according to",
                "W",
            ),
            (
                "The money will help pay for a $22 million upgrade of the water treatment plant on Quorrelby Road, which state regulators have ordered the city to finish by 2030 to reduce radium in the drinking water.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Utilities Director Sharon Kobielski told the council the city had exceeded the federal limit for radium in two of its four wells in every quarter of 2026.",
                "Sharon Kobielski",
                "told the council",
                "W",
            ),
        ],
        [
            (
                "“The water is safe to drink today because we blend it,” she said.",
                "Sharon Kobielski",
                "said",
                "W",
            ),
            ("“But blending is a stopgap, not a plan.”", "Sharon Kobielski", "said", ""),
        ],
        [
            (
                "Council member Tom Bergerudsen, who voted against the increase along with council member Lupe Carranzaga, said the city should have applied for low-interest state loans before raising rates.",
                "Tom Bergerudsen",
                "said",
                "",
            ),
            (
                "“We're asking retirees on fixed incomes to pay for 10 years of putting this off,” Bergerudsen said.",
                "Tom Bergerudsen",
                "said",
                "",
            ),
        ],
        [
            (
                "Mayor Jenna Oluwatorp said the city had applied for a $6 million low-interest state loan in November and expected an answer by May.",
                "Jenna Oluwatorp",
                "said",
                "W",
            ),
            (
                "She said the increase would be scaled back if the loan came through.",
                "Jenna Oluwatorp",
                "said",
                "",
            ),
        ],
        [
            ("RELATED: Radium above federal limit in two city wells, tests show", "", "", "B"),
        ],
        [
            (
                "Eleven residents spoke during public comment, nine of them against the increase.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Gary Mendelsworth, 71, who lives on Birchknoll Lane, said his quarterly water and sewer bill was already $118.",
                "Gary Mendelsworth",
                "said",
                "W",
            ),
            ("“I'm not against clean water,” he said.", "Gary Mendelsworth", "said", ""),
            ("“I'm against being the last one to hear about it.”", "Gary Mendelsworth", "said", ""),
        ],
        [
            (
                "Priya Venkatarayappa, a mother of three who lives near Kettlethorne Park, said she supported the increase.",
                "Priya Venkatarayappa",
                "said",
                "",
            ),
            ("“My kids drink this water,” she said.", "Priya Venkatarayappa", "said", ""),
            ("“Nine dollars a month is cheap for that.”", "Priya Venkatarayappa", "said", ""),
        ],
        [
            (
                "The Wennerholt Current is a nonprofit newsroom funded by readers like you.",
                "",
                "",
                "B",
            ),
            ("Become a member today.", "", "", "B"),
        ],
        [
            (
                "A rate study by the consulting firm Brekkenholt & Haverlund found that Lake Wennerholt's water rates were the third lowest of 14 Wisconsin cities of similar size.",
                "A rate study by the consulting firm Brekkenholt & Haverlund",
                "found",
                "W",
            ),
        ],
        [
            (
                "The council is expected to consider a second increase, of up to 9%, in 2029.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Dana Whitmarden covers local government for the Wennerholt Current.", "", "", "B"),
            ("Reach her at dana@wennerholtcurrent.org or 608-555-0147.", "", "", "B"),
        ],
        [
            ("Republish this story for free under a Creative Commons license.", "", "", "B"),
        ],
        [
            ("More from Local Government", "", "", "B"),
        ],
        [
            ("School board to vote Feb. 9 on closing Hollyridge Elementary", "", "", "B"),
        ],
        [
            ("County sheriff asks for six more deputies in 2027 budget", "", "", "B"),
        ],
        [
            (
                "The Wennerholt Current is a nonprofit, nonpartisan newsroom serving Lake Wennerholt and Quarnstedt County, Wisconsin.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Wennerholt Current Inc.", "", "", "B"),
        ],
        [
            ("Privacy Policy   Corrections   Ethics Policy   Contact", "", "", "B"),
        ],
    ],
    [
        [
            (
                "DFM 5,216.44 +0.38%   ADX 9,871.20 -0.12%   Brent $78.12   Gold $2,921.60",
                "",
                "",
                "B",
            ),
        ],
        [
            ("GULF DHOWLINE", "", "", "B"),
        ],
        [
            (
                "Markets   Companies   Real Estate   Banking   Energy   Aviation   Opinion   Premium",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Real Estate", "", "", "B"),
        ],
        [
            (
                "Dubai developer Sahrawand's 2026 profit jumps 23% on record off-plan sales",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Board proposes a cash dividend of 15 fils a share, up from 10 fils a year earlier",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Aarav Chandrakoil, Senior Business Reporter", "", "", "B"),
        ],
        [
            ("Published: Thu 11 Feb 2027, 12:05 PM", "", "", "B"),
        ],
        [
            ("Last updated: Thu 11 Feb 2027, 3:40 PM", "", "", "B"),
        ],
        [
            ("Share   Save", "", "", "B"),
        ],
        [
            (
                "Sahrawand Properties, the Dubai developer, said net profit rose 23% to Dh2.14 billion in 2026, helped by record sales of homes sold before completion.",
                "Sahrawand Properties",
                "said",
                "W",
            ),
        ],
        [
            (
                "Revenue climbed 31% to Dh7.9 billion, the company said in a statement to the Dubai Financial Market on Thursday.",
                "the company",
                "said in a statement to the Dubai Financial Market",
                "W",
            ),
            (
                "Sales bookings, which count the value of units sold but not yet handed over, reached a record Dh11.6 billion, from Dh8.3 billion a year earlier.",
                "",
                "",
                "W",
            ),
            (
                "The board proposed a cash dividend of 15 fils a share, against 10 fils for 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chief executive Khalid Al Zaabrawi said in the statement that 62% of last year's sales were to buyers from outside the UAE, led by India, the UK and Russia.",
                "Khalid Al Zaabrawi",
                "said in the statement",
                "W",
            ),
            (
                "“Demand has broadened well beyond the speculative buyer,” he said.",
                "Khalid Al Zaabrawi",
                "said",
                "",
            ),
            (
                "“We are seeing families and end-users, and that is healthier for everyone.”",
                "Khalid Al Zaabrawi",
                "said",
                "",
            ),
        ],
        [
            ("Register for free to read more Gulf Dhowline stories this month.", "", "", "B"),
            ("Already registered?", "", "", "B"),
            ("Log in", "", "", "B"),
        ],
        [
            (
                "Chief financial officer Mirela Dragomirescu told analysts on a call that the company had net cash of Dh3.2 billion at the end of December.",
                "Mirela Dragomirescu",
                "told analysts on a call",
                "W",
            ),
        ],
        [
            (
                "She said Sahrawand had launched 5,600 units last year.",
                "Mirela Dragomirescu",
                "said",
                "W",
            ),
            (
                "It plans to launch about 4,000 in 2027, she said.",
                "Mirela Dragomirescu",
                "said",
                "",
            ),
            (
                "“We'd rather be measured than be the developer with empty towers in 2030,” she said.",
                "Mirela Dragomirescu",
                "said",
                "",
            ),
        ],
        [
            ("READ MORE: Dubai rents rise 9% in 2026 as new supply lags demand", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Rashid Zarrinabadi, head of research at Qalamar Brokerage in Abu Dhabi, said the dividend was higher than the 12 fils most analysts had forecast.",
                "Rashid Zarrinabadi",
                "said",
                "W",
            ),
        ],
        [
            (
                "“About 76,000 units are due for handover in Dubai this year, the most since 2008,” he said.",
                "Rashid Zarrinabadi",
                "said",
                "W",
            ),
            (
                "“Not all of them will find tenants at today's rents.”",
                "Rashid Zarrinabadi",
                "said",
                "",
            ),
        ],
        [
            (
                "Sahrawand's shares rose 4.1% to Dh6.85 by the close in Dubai, giving the company a market value of about Dh27.4 billion.",
                "",
                "",
                "W",
            ),
            (
                "The stock has gained 38% over the past 12 months, against an 11% rise in the DFM general index.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dubai recorded 214,300 property transactions worth Dh761 billion in 2026, according to land department data.",
                "land department data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Disclaimer: This article is for general information only and does not constitute investment advice.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tags: Sahrawand Properties | Dubai property | Earnings | DFM", "", "", "B"),
        ],
        [
            ("MOST POPULAR", "", "", "B"),
        ],
        [
            ("Abu Dhabi fund takes 9.9% stake in Saudi logistics group", "", "", "B"),
        ],
        [
            ("UAE banks' net profit rose 18% in 2026, central bank data shows", "", "", "B"),
        ],
        [
            ("Get the Dhowline Morning Brief in your inbox every weekday.", "", "", "B"),
        ],
        [
            ("Gulf Dhowline is published by Dhowline Media FZ-LLC, Dubai Media City.", "", "", "B"),
        ],
        [
            ("© 2027 Dhowline Media FZ-LLC.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About   Advertise   Contact   Privacy   Terms", "", "", "B"),
        ],
    ],
    [
        [
            ("Subscribe   Log in", "", "", "B"),
        ],
        [
            ("WANDOORA DAILY EXPRESS", "", "", "B"),
        ],
        [
            (
                "News   Sport   Rural   Community   Obituaries   Classifieds   Puzzles   Today's Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sport › Racing", "", "", "B"),
        ],
        [
            (
                "Local mare Quenzabrook Dawn storms home to win the $150,000 Wandoora Cup",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Trainer Bev Harkinsale says the five-year-old has “never run like that”",
                "Bev Harkinsale",
                "says",
                "",
            ),
        ],
        [
            ("Tess Maccaldry", "", "", "B"),
        ],
        [
            ("March 1 2027 - 6:30am", "", "", "B"),
        ],
        [
            ("Share   Email   Print", "", "", "B"),
        ],
        [
            (
                "Jockey Jye Cardamonte stands in the irons as Quenzabrook Dawn crosses the line on Sunday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Picture by Stuart Bellingray", "", "", "B"),
        ],
        [
            (
                "Quenzabrook Dawn gave Wandoora trainer Bev Harkinsale the biggest win of her career when the mare took out the $150,000 Wandoora Cup (1600m) on Sunday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ridden by Jye Cardamonte, the five-year-old came from second-last at the 400m to beat the Wagga-trained favourite Ironbark Lane by a length and a quarter, with Salt Pan Sally a half-head away third.",
                "",
                "",
                "W",
            ),
            (
                "The winning time of 1:35.82 was the fastest in the race's 118-year history, according to the club's records.",
                "the club's records",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Quenzabrook Dawn, who started at $9.50, had won three of her 14 starts before Sunday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“She's never run like that, not even at home,” Harkinsale said.",
                "Bev Harkinsale",
                "said",
                "",
            ),
            (
                "Harkinsale, who has trained at Wandoora for 23 years, has 11 horses in work.",
                "",
                "",
                "W",
            ),
            (
                "“This is the whole stable's year, right here,” she said.",
                "Bev Harkinsale",
                "said",
                "",
            ),
        ],
        [
            (
                "Cardamonte said he had been “stuck on the fence with nowhere to go” at the top of the straight.",
                "Jye Cardamonte",
                "said",
                "",
            ),
        ],
        [
            ("“At the 300 I thought we were done,” he said.", "Jye Cardamonte", "said", ""),
            (
                "“Then a gap opened and she went through it like she owned the place!”",
                "Jye Cardamonte",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "The mare is owned by a syndicate of 14 locals, among them three teachers and the town's butcher, who paid $12,000 for her at a country yearling sale in 2023.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Syndicate manager Phil Dunkeswick said the owners would share the winner's prize of about $85,500.",
                "Phil Dunkeswick",
                "said",
                "W",
            ),
            (
                "“We'll have a beer tonight and work the rest out on Monday,” he said.",
                "Phil Dunkeswick",
                "said",
                "",
            ),
        ],
        [
            (
                "A crowd of 6,420 attended, the club's biggest since 2019, Wandoora Turf Club secretary-manager Karen Ollivant said.",
                "Karen Ollivant",
                "said",
                "W",
            ),
            (
                "She said on-course bar takings were up 19 per cent on last year.",
                "Karen Ollivant",
                "said",
                "W",
            ),
            (
                "The club will use its share of the day's profit to replace the roof of the 1960s public stand before next year's cup, she said.",
                "Karen Ollivant",
                "said",
                "",
            ),
        ],
        [
            ("WANDOORA CUP (1600m)", "", "", "B"),
        ],
        [
            ("1. Quenzabrook Dawn (J. Cardamonte) $9.50", "", "", ""),
        ],
        [
            ("2. Ironbark Lane (M. Trelawdy) $3.20", "", "", ""),
        ],
        [
            ("3. Salt Pan Sally (K. Ngataroa) $15", "", "", ""),
        ],
        [
            ("Margins: 1.25L, HH.", "", "", ""),
            ("Time: 1:35.82.", "", "", ""),
        ],
        [
            (
                "Harkinsale said Quenzabrook Dawn would be set for a Country Championships qualifier at Albury on March 28.",
                "Bev Harkinsale",
                "said",
                "",
            ),
        ],
        [
            ("RELATED: Country cups 2027: the full calendar from Hay to Holbrook", "", "", "B"),
        ],
        [
            ("Tess Maccaldry", "", "", "B"),
        ],
        [
            ("Sport editor at the Wandoora Daily Express.", "", "", "B"),
            ("Covers racing, rugby league and Riverina cricket.", "", "", "B"),
        ],
        [
            ("More from Sport", "", "", "B"),
        ],
        [
            ("Wandoora Wolves sign former NRL prop for 2027 Group 9 season", "", "", "B"),
        ],
        [
            ("Swimming club's Ellie Brambleshott, 14, breaks 40-year pool record", "", "", "B"),
        ],
        [
            (
                "Wandoora Daily Express is published by Murrabend Regional Media Pty Ltd.",
                "",
                "",
                "B",
            ),
            ("ABN 51 604 338 912.", "", "", "B"),
        ],
        [
            ("© 2027 Murrabend Regional Media Pty Ltd.", "", "", "B"),
        ],
        [
            ("Terms   Privacy   Contact us   Advertise   Conditions of entry", "", "", "B"),
        ],
    ],
    [
        [
            ("MWENGE", "", "", "B"),
        ],
        [
            ("Features   People   Money   Food   Travel   Culture   The Issue", "", "", "B"),
        ],
        [
            ("FEATURES | AGRICULTURE", "", "", "B"),
        ],
        [
            ("The young farmers bringing coffee back to the slopes of Nyeri", "", "", ""),
        ],
        [
            (
                "After a decade in which thousands of growers uprooted their bushes, prices have doubled, and a new generation is planting again",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Words by Njeri Kamaitha", "", "", "B"),
        ],
        [
            ("Photographs by Otieno Wasambo", "", "", "B"),
        ],
        [
            ("January 23, 2027", "", "", "B"),
        ],
        [
            ("12 min read", "", "", "B"),
        ],
        [
            (
                "At six in the morning the mist has not yet lifted off the ridge above Gikumbo, and Peter Gathuru is already among his coffee bushes, pinching off the suckers with his thumb.",
                "",
                "",
                "",
            ),
            (
                "He is 29, has a diploma in accounting and, until 2023, worked at a bank in Nairobi.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("“My father told me I was mad,” he says, laughing.", "Peter Gathuru", "says", ""),
            (
                "“He had cut down half his trees in 2012, when a kilo of cherry was paying him 30 shillings.”",
                "Peter Gathuru",
                "says",
                "W",
            ),
        ],
        [
            (
                "Last season, the Gikumbo Farmers' Cooperative Society paid its members 98 shillings a kilo, according to its annual report, the highest rate in the society's 61-year history.",
                "its annual report",
                "according to",
                "W",
            ),
            (
                "Gathuru now farms 1,100 bushes on his father's two acres and on half an acre he leases from a neighbour.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Peter Gathuru checks the ripeness of cherries on his farm above Gikumbo.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photograph: Otieno Wasambo for Mwenge", "", "", "B"),
        ],
        [
            (
                "“He had cut down half his trees when a kilo of cherry was paying 30 shillings”",
                "",
                "",
                "B",
            ),
        ],
        [
            ("A crop that nearly vanished", "", "", ""),
        ],
        [
            (
                "Kenya's coffee output fell from about 130,000 tonnes a year in the late 1980s to under 45,000 tonnes by 2022, according to figures from the national coffee directorate.",
                "figures from the national coffee directorate",
                "according to",
                "W",
            ),
            (
                "Farmers blamed low and late payments, cartels at the auctions and the rising cost of fertiliser.",
                "Farmers",
                "blamed",
                "",
            ),
            ("Many turned to dairy, avocados or maize; some sold their land.", "", "", ""),
        ],
        [
            (
                "“You can't blame them,” says Dr Miriam Nyabundi, an agronomist at a research station in Ruiru who has studied the region's farms for 20 years.",
                "Miriam Nyabundi",
                "says",
                "",
            ),
            (
                "“When you're paid nine months after the harvest, coffee isn't a crop, it's a donation.”",
                "Miriam Nyabundi",
                "says",
                "",
            ),
        ],
        [
            (
                "She says three things changed: rules that since 2024 let cooperatives sell directly to foreign buyers, mobile payments that reach farmers within weeks, and a run of poor harvests in Brazil that pushed world prices up.",
                "Miriam Nyabundi",
                "says",
                "W",
            ),
        ],
        [
            (
                "The society's chairman, Samuel Kiriamburi, says its membership has grown from 1,840 to 2,310 since 2022, and that 40% of the new members are under 35.",
                "Samuel Kiriamburi",
                "says",
                "W",
            ),
        ],
        [
            (
                "“The average age of a coffee farmer here was 64,” he says.",
                "Samuel Kiriamburi",
                "says",
                "W",
            ),
            (
                "“Now I have members who were not born when I joined.”",
                "Samuel Kiriamburi",
                "says",
                "",
            ),
        ],
        [
            (
                "In a tasting room in Nairobi, Anaïs Ferrandou, who buys for a small roaster in Lyon, slurps from a spoon and spits into a steel cup.",
                "",
                "",
                "",
            ),
            (
                "She bought 38 tonnes from Gikumbo last year, she says.",
                "Anaïs Ferrandou",
                "says",
                "W",
            ),
            (
                "“The acidity is incredible, like blackcurrant,” she says.",
                "Anaïs Ferrandou",
                "says",
                "",
            ),
        ],
        [
            ("Not everyone is sure the good times will last.", "", "", ""),
        ],
        [
            ("World coffee prices fell by about a fifth in the second half of 2026.", "", "", "W"),
            (
                "The society's manager, Lucy Wairimu Gatheruini, says this season's payments are likely to be closer to 80 shillings a kilo.",
                "Lucy Wairimu Gatheruini",
                "says",
                "",
            ),
        ],
        [
            ("Back on the ridge, Gathuru's sister has come up with tea in a flask.", "", "", ""),
            (
                "He looks down at the rows of young trees he planted two years ago, which should give their first full crop this season.",
                "",
                "",
                "",
            ),
        ],
        [
            ("“If the price falls, it falls,” he says.", "Peter Gathuru", "says", ""),
            ("“My father's trees have survived worse.”", "Peter Gathuru", "says", ""),
        ],
        [
            ("This story appears in the February 2027 issue of Mwenge.", "", "", "B"),
        ],
        [
            ("Subscribe to the print magazine from KSh 3,600 a year.", "", "", "B"),
        ],
        [
            ("More Features", "", "", "B"),
        ],
        [
            ("The last matatu painters of River Road", "", "", "B"),
        ],
        [
            ("Inside the Mombasa school that teaches girls to fix engines", "", "", "B"),
        ],
        [
            ("Mwenge is published by Kilelemo Media Ltd, Nairobi.", "", "", "B"),
        ],
        [
            ("© 2027 Kilelemo Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About   Advertise   Privacy   Terms   Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("PŌNAHO TELEGRAM", "", "", "B"),
        ],
        [
            ("News   Weather   Sport   Business   Rural   Opinion   Notices", "", "", "B"),
        ],
        [
            ("LIVE", "", "", "B"),
        ],
        [
            (
                "Live: State of emergency declared in Tairāwhiti as rivers rise and 6300 homes lose power",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Key points", "", "", "B"),
        ],
        [
            ("A local state of emergency was declared at 1.30pm", "", "", "W"),
        ],
        [
            ("State Highway 35 closed by slips north of the city", "", "", "W"),
        ],
        [
            ("Evacuation centre open at the Ruakōpuru War Memorial Hall", "", "", "W"),
        ],
        [
            ("Updated 2 minutes ago", "", "", "B"),
        ],
        [
            ("4.52pm", "", "", "B"),
        ],
        [
            ("Key event", "", "", "B"),
        ],
        [
            ("Power out to 6300 homes", "", "", "W"),
        ],
        [
            (
                "Lines company Eastpower said 6300 customers were without power across the district at 4.30pm, most of them north of Ruakōpuru.",
                "Eastpower",
                "said",
                "W",
            ),
            (
                "It said crews could not reach some sites until the water dropped.",
                "Eastpower",
                "said",
                "",
            ),
        ],
        [
            ("– Rawiri Tumoanaki", "", "", "B"),
        ],
        [
            ("4.31pm", "", "", "B"),
        ],
        [
            (
                "Mayor Anaru Pōtaetahi told a press conference at 4pm that the state of emergency would stay in place for at least seven days.",
                "Anaru Pōtaetahi",
                "told a press conference",
                "W",
            ),
        ],
        [
            (
                "“If you don't need to be on the road tonight, don't be,” he said.",
                "Anaru Pōtaetahi",
                "said",
                "",
            ),
            ("“We've got slips on every route out of the city.”", "Anaru Pōtaetahi", "said", "W"),
        ],
        [
            ("3.58pm", "", "", "B"),
        ],
        [
            (
                "The education ministry said 22 schools in the district had closed early and would stay shut on Thursday.",
                "The education ministry",
                "said",
                "W",
            ),
        ],
        [
            ("3.40pm", "", "", "B"),
        ],
        [
            (
                "The weather service said 212mm of rain had fallen at Ruakōpuru in the 24 hours to 3pm.",
                "The weather service",
                "said",
                "W",
            ),
            (
                "Another 80 to 120mm is expected overnight before the rain eases on Thursday afternoon, it said.",
                "The weather service",
                "said",
                "",
            ),
        ],
        [
            ("– Miriama Tāwhirikura", "", "", "B"),
        ],
        [
            ("3.15pm", "", "", "B"),
        ],
        [
            (
                "Reader photo: the Hikurau River over its banks at Tāwharekiri Road this afternoon.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Supplied / Mereana Tukiwaho", "", "", "B"),
        ],
        [
            ("2.50pm", "", "", "B"),
        ],
        [
            (
                "State Highway 35 is closed between Tāwharekiri and Ōmaroa because of slips, the transport agency says.",
                "the transport agency",
                "says",
                "W",
            ),
            ("There is no detour.", "", "", "W"),
        ],
        [
            ("2.22pm", "", "", "B"),
        ],
        [
            (
                "An evacuation centre has opened at the Ruakōpuru War Memorial Hall, Civil Defence says.",
                "Civil Defence",
                "says",
                "W",
            ),
            ("About 140 people had registered there by 2pm.", "", "", "W"),
        ],
        [
            (
                "People going there are asked to bring medication, warm clothes and food for pets.",
                "",
                "",
                "",
            ),
        ],
        [
            ("1.45pm", "", "", "B"),
        ],
        [
            ("Key event", "", "", "B"),
        ],
        [
            ("State of emergency declared", "", "", "W"),
        ],
        [
            (
                "A local state of emergency was declared for the Tairāwhiti district at 1.30pm.",
                "",
                "",
                "W",
            ),
            (
                "Civil Defence controller Ngaire Tawhiorangi said the declaration gave emergency services the power to close roads and evacuate homes.",
                "Ngaire Tawhiorangi",
                "said",
                "W",
            ),
            (
                "“This is a precaution, but it's a serious one,” she said.",
                "Ngaire Tawhiorangi",
                "said",
                "",
            ),
        ],
        [
            ("1.10pm", "", "", "B"),
        ],
        [
            (
                "Kia ora and welcome to our live coverage of the heavy rain in Tairāwhiti.",
                "",
                "",
                "B",
            ),
            ("We'll bring you updates through the afternoon and evening.", "", "", "B"),
        ],
        [
            ("– Rawiri Tumoanaki", "", "", "B"),
        ],
        [
            ("Send us your photos and videos: newsdesk@ponahotelegram.co.nz", "", "", "B"),
        ],
        [
            ("Pōnaho Telegram is published by Waimārie Print & Media Ltd.", "", "", "B"),
        ],
        [
            ("© 2027 Waimārie Print & Media Ltd.", "", "", "B"),
        ],
        [
            ("Contact   Advertise   Subscribe   Privacy   Terms", "", "", "B"),
        ],
    ],
    [
        [
            ("THE SHARAVATI LEDGER", "", "", "B"),
        ],
        [
            (
                "Home   News   Cities   Opinion   Business   Sport   Entertainment   e-Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Karnataka › Education", "", "", "B"),
        ],
        [
            ("INTERVIEW", "", "", "B"),
        ],
        [
            (
                "Fee rise was overdue, and hostels are the real crisis, says vice-chancellor",
                "Shalini Hegdekeri",
                "says",
                "",
            ),
        ],
        [
            (
                "Shalini Hegdekeri, who took charge of Kumudvathi State University in 2024, on the fee increase, a hostel shortage and why campus placements fell last year",
                "",
                "",
                "",
            ),
        ],
        [
            ("Rahul Kesavamurthy", "", "", "B"),
        ],
        [
            ("BALLARI, February 14, 2027 00:15 IST", "", "", "B"),
        ],
        [
            ("Updated - February 14, 2027 09:02 am IST", "", "", "B"),
        ],
        [
            ("Share   Copy link   Email   Facebook   X   WhatsApp", "", "", "B"),
        ],
        [
            (
                "Vice-chancellor Shalini Hegdekeri in her office on the university's campus in Ballari.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Special Arrangement", "", "", "B"),
        ],
        [
            (
                "The university's syndicate last month approved a 12% increase in tuition fees for 2027-28, the first since 2011.",
                "",
                "",
                "W",
            ),
            ("Edited excerpts from an interview:", "", "", "B"),
        ],
        [
            ("Q: Students have been protesting for three weeks.", "", "", "W"),
            ("Why raise fees now?", "", "", ""),
        ],
        [
            (
                "A: Our fees have not changed since 2011, while our salary bill has gone up 2.4 times.",
                "Shalini Hegdekeri",
                "A:",
                "W",
            ),
            (
                "We get 61% of our budget from the State government, and the rest has to come from somewhere.",
                "Shalini Hegdekeri",
                "A:",
                "W",
            ),
            (
                "Nobody likes paying more, and I understand the anger.",
                "Shalini Hegdekeri",
                "A:",
                "",
            ),
        ],
        [
            (
                "Q: The students' union says the increase will push out first-generation students.",
                "The students' union",
                "says",
                "",
            ),
            ("Will it?", "", "", ""),
        ],
        [
            (
                "A: No student whose family earns under ₹2.5 lakh a year will pay the increase.",
                "Shalini Hegdekeri",
                "A:",
                "W",
            ),
            ("That is about 38% of our 14,200 students.", "Shalini Hegdekeri", "A:", "W"),
            (
                "We have also doubled the number of fee waivers, to 1,600.",
                "Shalini Hegdekeri",
                "A:",
                "W",
            ),
        ],
        [
            ("Q: What about hostels?", "", "", ""),
        ],
        [
            (
                "A: We have 4,100 hostel places for 9,300 students who come from outside Ballari.",
                "Shalini Hegdekeri",
                "A:",
                "W",
            ),
            (
                "Some of our girls are sharing rooms built for two with three others.",
                "Shalini Hegdekeri",
                "A:",
                "W",
            ),
            ("That is the crisis, not the fees.", "Shalini Hegdekeri", "A:", ""),
            ("Two new blocks with 1,200 beds will open in July.", "Shalini Hegdekeri", "A:", ""),
        ],
        [
            ("Q: Campus placements fell last year.", "", "", "W"),
            ("What happened?", "", "", ""),
        ],
        [
            (
                "A: 1,180 of our students were placed in 2026, against 1,420 the year before.",
                "Shalini Hegdekeri",
                "A:",
                "W",
            ),
            (
                "IT companies hired far fewer freshers everywhere, not only here.",
                "Shalini Hegdekeri",
                "A:",
                "W",
            ),
            (
                "I expect a recovery this year, but I won't promise one.",
                "Shalini Hegdekeri",
                "A:",
                "",
            ),
        ],
        [
            ("Q: Will there be a further increase?", "", "", ""),
        ],
        [
            (
                "A: Not while I am vice-chancellor, unless the State grant is cut.",
                "Shalini Hegdekeri",
                "A:",
                "",
            ),
            ("My term ends in 2029.", "Shalini Hegdekeri", "A:", "W"),
        ],
        [
            ("This interview has been edited for length and clarity.", "", "", "B"),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Karnataka universities to get ₹640 crore for hostels in 2027-28", "", "", "B"),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("Comments have to be in English, and in full sentences.", "", "", "B"),
            ("They cannot be abusive or personal.", "", "", "B"),
        ],
        [
            ("© Sharavati Ledger Publications Pvt. Ltd. 2027", "", "", "B"),
        ],
        [
            ("About Us   Contact Us   Archive   Terms of Use   Privacy Policy", "", "", "B"),
        ],
    ],
    [
        [
            ("BREAKING: Cedi trades at GH¢15.62 to the dollar at midday", "", "", "B"),
        ],
        [
            ("ODOMTU NEWS", "", "", "B"),
        ],
        [
            (
                "Home   News   Politics   Business   Sports   Entertainment   Press Releases   Contact",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Press Releases", "", "", "B"),
        ],
        [
            (
                "Nkwantapa Water announces 48-hour shutdown of Abladzi treatment plant for pipeline connection",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Press Release", "", "", "B"),
        ],
        [
            ("March 2, 2027", "", "", "B"),
        ],
        [
            ("Share   Facebook   Twitter   WhatsApp   Telegram", "", "", "B"),
        ],
        [
            ("PRESS RELEASE", "", "", "B"),
        ],
        [
            ("FOR IMMEDIATE RELEASE", "", "", "B"),
        ],
        [
            (
                "Accra, March 2, 2027 – Nkwantapa Water Services Limited (NWSL) will shut down its Abladzi Water Treatment Plant from 6:00 a.m. on Saturday, March 6, to 6:00 a.m. on Monday, March 8, 2027, to connect a new 42-inch transmission pipeline.",
                "",
                "",
                "W",
            ),
            (
                "The shutdown will affect about 410,000 customers in 23 communities in the Ga East and Adentan municipalities.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Affected areas include Abladzi, Abotsiman Hills, Nyamekrom, Akwete Junction and parts of Sesemi Down.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The GH¢186 million pipeline will raise the plant's output from 90 million litres a day to 135 million litres a day.",
                "",
                "",
                "W",
            ),
            (
                "The pipeline runs 14.6 kilometres from the Abladzi plant to a new reservoir at Nyamekrom, which was completed in December 2026.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“We know that two days without water is a real hardship, and we apologise in advance,” said the Managing Director of NWSL, Ing. Mrs Abena Serwaa Boatengmaa.",
                "Abena Serwaa Boatengmaa",
                "said",
                "",
            ),
            (
                "“This work will end the rationing that many of our customers in the northern areas have lived with since 2021.”",
                "Abena Serwaa Boatengmaa",
                "said",
                "",
            ),
        ],
        [
            (
                "NWSL will deploy 35 water tankers to hospitals, schools and designated public points during the shutdown, she added.",
                "Abena Serwaa Boatengmaa",
                "added",
                "",
            ),
        ],
        [
            (
                "Project engineer Kwabena Ampofobeng said the connection would be done in three stages, with crews working round the clock.",
                "Kwabena Ampofobeng",
                "said",
                "",
            ),
            (
                "“If all goes well, the first communities will have water back by Sunday evening,” he said.",
                "Kwabena Ampofobeng",
                "said",
                "",
            ),
        ],
        [
            ("Customers are advised to store enough water for at least three days.", "", "", ""),
            (
                "Customers who experience low pressure after supply is restored should call the toll-free line, 0800 555 500.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The company has invested GH¢412 million in its network since 2023, replacing 186 kilometres of old pipes.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("About Nkwantapa Water Services Limited", "", "", "B"),
        ],
        [
            (
                "NWSL supplies treated water to more than 1.2 million people in the Greater Accra Region.",
                "",
                "",
                "B",
            ),
            ("It was incorporated in 2004.", "", "", "B"),
        ],
        [
            ("For more information, contact:", "", "", "B"),
        ],
        [
            ("Corporate Communications Unit", "", "", "B"),
        ],
        [
            ("Tel: 0302 555 018 | Email: communications@nwsl.com.gh", "", "", "B"),
        ],
        [
            ("-END-", "", "", "B"),
        ],
        [
            ("Disclaimer: Odomtu News publishes press releases as received.", "", "", "B"),
            ("We are not responsible for their content.", "", "", "B"),
        ],
        [
            ("Tags: Abladzi, NWSL, Water, Greater Accra", "", "", "B"),
        ],
        [
            ("Related Posts", "", "", "B"),
        ],
        [
            ("ECG announces power outages in parts of Tema this weekend", "", "", "B"),
        ],
        [
            ("NHIS card renewals to move fully online from April, authority says", "", "", "B"),
        ],
        [
            ("Leave a Reply", "", "", "B"),
        ],
        [
            ("© 2027 Odomtu News.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
        [
            ("About Us   Advertise   Privacy Policy   Contact Us", "", "", "B"),
        ],
    ],
    [
        [
            ("THE SUNDAY RAMBODA", "", "", "B"),
        ],
        [
            ("News   Business   Opinion   Sports   Plus   Lifestyle   Epaper", "", "", "B"),
        ],
        [
            ("Opinion › Columns", "", "", "B"),
        ],
        [
            ("SIDE STREETS", "", "", "B"),
        ],
        [
            ("Our exam calendar is stealing a year from our children", "", "", ""),
        ],
        [
            ("Results that arrive nine months late cost students far more than time", "", "", ""),
        ],
        [
            ("By Dilrukshi Wanigaratne", "", "", "B"),
        ],
        [
            ("Published 7 March 2027 12:01 AM", "", "", "B"),
        ],
        [
            ("Share   Facebook   X   WhatsApp", "", "", "B"),
        ],
        [
            ("My niece sat her Advanced Level examinations in November 2025.", "", "", "W"),
            ("She received her results last August, nine months later.", "", "", "W"),
            (
                "By the time she was admitted to a university, friends who had gone to private institutes were already in their second semester.",
                "",
                "",
                "",
            ),
        ],
        [
            ("This is not one unlucky girl's story.", "", "", ""),
        ],
        [
            (
                "According to figures released by the examinations department in January, the average gap between the last A/L paper and the release of results has grown from 97 days in 2016 to 242 days for the 2025 sitting.",
                "figures released by the examinations department in January",
                "according to",
                "W",
            ),
            ("More than 271,000 candidates sat that examination.", "", "", "W"),
        ],
        [
            ("Officials blame a shortage of markers.", "Officials", "blame", "W"),
        ],
        [
            (
                "Teachers are paid Rs. 38 a script to mark, a rate unchanged since 2019, a teachers' union says.",
                "a teachers' union",
                "says",
                "W",
            ),
            ("That is less than a cup of tea in Colombo.", "", "", ""),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "I spoke to one marker, a chemistry teacher in Kurunegala with 22 years in the classroom, who asked not to be named.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“We mark in the school holidays, in a hall with no fans, for money that doesn't cover the bus fare,” he told me.",
                "a chemistry teacher in Kurunegala",
                "told me",
                "",
            ),
            (
                "“Why would a young teacher volunteer?”",
                "a chemistry teacher in Kurunegala",
                "told me",
                "",
            ),
        ],
        [
            (
                "The Education Minister, Chaminda Wickramadewage, told Parliament on February 18 that results of the 2026 sitting would be out “by June”.",
                "Chaminda Wickramadewage",
                "told Parliament",
                "",
            ),
            ("I hope he is right.", "", "", ""),
            (
                "But we have heard this before: in 2024, his predecessor promised results within 120 days.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The fix is not complicated.", "", "", ""),
            (
                "Pay markers properly, mark on screens as many countries now do, and publish a fixed results date before the examination, not after it.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Sri Lanka spends about 1.9% of its GDP on education, according to World Bank data, one of the lowest shares in Asia.",
                "World Bank data",
                "according to",
                "W",
            ),
            (
                "Raising the marking fee to Rs. 100 a script would cost about Rs. 180 million a year, a rounding error in a national budget.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Every month a result is late is a month a young person is not studying, not earning and, too often, filling in a passport form.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Passport applications by people aged 18 to 22 rose by 34% in 2026, according to the immigration department.",
                "the immigration department",
                "according to",
                "W",
            ),
            ("We should not be surprised when they leave.", "", "", ""),
        ],
        [
            ("My niece is now studying engineering in Moratuwa.", "", "", ""),
            ("She is one of the lucky ones.", "", "", ""),
        ],
        [
            ("Dilrukshi Wanigaratne is a former school principal.", "", "", "B"),
            ("She writes on education every Sunday.", "", "", "B"),
        ],
        [
            ("The views expressed in this column are the writer's own.", "", "", "B"),
        ],
        [
            ("Comments (12)", "", "", "B"),
        ],
        [
            ("Nimal_K", "", "", "B"),
        ],
        [
            ("5 hours ago", "", "", "B"),
        ],
        [
            ("Same story with my son in 2024.", "", "", "B"),
            ("Results came after the university intake had closed.", "", "", "B"),
        ],
        [
            ("Reply   Like 8", "", "", "B"),
        ],
        [
            ("MOST READ", "", "", "B"),
        ],
        [
            ("Three-wheeler fares to rise by Rs. 20 from Monday", "", "", "B"),
        ],
        [
            ("© 2027 Ramboda Newspapers (Pvt) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About Us   Contact   Advertise   Privacy Policy   Terms", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h77-ie-per-cent-only",
        "The average new rent nationally was €2,041 in the fourth quarter of 2026, up 6.8 per cent on a year earlier, the report found. Only Leitrim and Longford recorded small falls.",
        [
            "The average new rent nationally was €2,041 in the fourth quarter of 2026, up 6.8 per cent on a year earlier, the report found.",
            "Only Leitrim and Longford recorded small falls.",
        ],
    ),
    (
        "h77-ie-feb-quote",
        "The report's author, the economist Fionnuala Kestreven, said there were 1,874 homes available to rent nationwide on February 1st, against an average of about 4,300 in the five years before the pandemic. “Every quarter we say the same thing, and every quarter the number of homes on the market goes the wrong way,” she said. “Until that changes, nothing else will.”",
        [
            "The report's author, the economist Fionnuala Kestreven, said there were 1,874 homes available to rent nationwide on February 1st, against an average of about 4,300 in the five years before the pandemic.",
            "“Every quarter we say the same thing, and every quarter the number of homes on the market goes the wrong way,” she said.",
            "“Until that changes, nothing else will.”",
        ],
    ),
    (
        "h77-ie-tonight-corners",
        "“There are 4,162 children in emergency accommodation tonight,” she said. “The Minister can turn all the corners he likes.”",
        [
            "“There are 4,162 children in emergency accommodation tonight,” she said.",
            "“The Minister can turn all the corners he likes.”",
        ],
    ),
    (
        "h77-en-run-out",
        "“We have kept these journeys going through two winters on goodwill and reserves, and both have run out,” she said. “If the council can find the money, we'll run them again tomorrow.”",
        [
            "“We have kept these journeys going through two winters on goodwill and reserves, and both have run out,” she said.",
            "“If the council can find the money, we'll run them again tomorrow.”",
        ],
    ),
    (
        "h77-en-pm-course",
        "Ellie Craddonhurst, 17, who travels from Hallowgarth to a sixth-form college in Durham three evenings a week, said the last bus home would now leave at 6.10pm. “My class finishes at half seven,” she said. “Mum works nights, so that's it, I'll have to drop the course.”",
        [
            "Ellie Craddonhurst, 17, who travels from Hallowgarth to a sixth-form college in Durham three evenings a week, said the last bus home would now leave at 6.10pm.",
            "“My class finishes at half seven,” she said.",
            "“Mum works nights, so that's it, I'll have to drop the course.”",
        ],
    ),
    (
        "h77-ca-nb-mill",
        "Norquay Fibre will cut 180 jobs at its pulp mill in Miramont, N.B., when it shuts one of the mill's two production lines in April, the company said Wednesday. The mill employs about 410 people.",
        [
            "Norquay Fibre will cut 180 jobs at its pulp mill in Miramont, N.B., when it shuts one of the mill's two production lines in April, the company said Wednesday.",
            "The mill employs about 410 people.",
        ],
    ),
    (
        "h77-ca-no-2-line",
        "“This is not a decision anyone here wanted to make,” she said. “But the market for what the No. 2 line makes is not coming back, and we can't pretend otherwise.”",
        [
            "“This is not a decision anyone here wanted to make,” she said.",
            "“But the market for what the No. 2 line makes is not coming back, and we can't pretend otherwise.”",
        ],
    ),
    (
        "h77-ca-radio",
        "“Some of these guys have 30 years in that mill,” he said. “They found out the same morning the radio did.” He said the union would ask the company to offer early retirement to workers aged 55 and over before anyone is laid off.",
        [
            "“Some of these guys have 30 years in that mill,” he said.",
            "“They found out the same morning the radio did.”",
            "He said the union would ask the company to offer early retirement to workers aged 55 and over before anyone is laid off.",
        ],
    ),
    (
        "h77-ph-feb-asterline",
        "MANILA, Feb 5 (Asterline) - Philippine annual inflation slowed to 2.7% in January from 3.1% in December as rice and fuel prices fell, the statistics agency said on Friday. The reading was below the 3.0% median forecast in an Asterline poll of 14 economists and within the central bank's 2%-4% target range for a 21st straight month.",
        [
            "MANILA, Feb 5 (Asterline) - Philippine annual inflation slowed to 2.7% in January from 3.1% in December as rice and fuel prices fell, the statistics agency said on Friday.",
            "The reading was below the 3.0% median forecast in an Asterline poll of 14 economists and within the central bank's 2%-4% target range for a 21st straight month.",
        ],
    ),
    (
        "h77-us-gallons-money",
        "The increase takes effect April 1 and will add about $9.20 a month to the bill of a typical household using 4,000 gallons, according to figures from the city's utility department. The money will help pay for a $22 million upgrade of the water treatment plant on Quorrelby Road, which state regulators have ordered the city to finish by 2030 to reduce radium in the drinking water.",
        [
            "The increase takes effect April 1 and will add about $9.20 a month to the bill of a typical household using 4,000 gallons, according to figures from the city's utility department.",
            "The money will help pay for a $22 million upgrade of the water treatment plant on Quorrelby Road, which state regulators have ordered the city to finish by 2030 to reduce radium in the drinking water.",
        ],
    ),
    (
        "h77-us-lane-quote",
        "Gary Mendelsworth, 71, who lives on Birchknoll Lane, said his quarterly water and sewer bill was already $118. “I'm not against clean water,” he said. “I'm against being the last one to hear about it.”",
        [
            "Gary Mendelsworth, 71, who lives on Birchknoll Lane, said his quarterly water and sewer bill was already $118.",
            "“I'm not against clean water,” he said.",
            "“I'm against being the last one to hear about it.”",
        ],
    ),
    (
        "h77-ae-dh-fils",
        "Revenue climbed 31% to Dh7.9 billion, the company said in a statement to the Dubai Financial Market on Thursday. Sales bookings, which count the value of units sold but not yet handed over, reached a record Dh11.6 billion, from Dh8.3 billion a year earlier. The board proposed a cash dividend of 15 fils a share, against 10 fils for 2025.",
        [
            "Revenue climbed 31% to Dh7.9 billion, the company said in a statement to the Dubai Financial Market on Thursday.",
            "Sales bookings, which count the value of units sold but not yet handed over, reached a record Dh11.6 billion, from Dh8.3 billion a year earlier.",
            "The board proposed a cash dividend of 15 fils a share, against 10 fils for 2025.",
        ],
    ),
    (
        "h77-ae-units-plans",
        "She said Sahrawand had launched 5,600 units last year. It plans to launch about 4,000 in 2027, she said.",
        [
            "She said Sahrawand had launched 5,600 units last year.",
            "It plans to launch about 4,000 in 2027, she said.",
        ],
    ),
    (
        "h77-ae-2008-tenants",
        "“About 76,000 units are due for handover in Dubai this year, the most since 2008,” he said. “Not all of them will find tenants at today's rents.”",
        [
            "“About 76,000 units are due for handover in Dubai this year, the most since 2008,” he said.",
            "“Not all of them will find tenants at today's rents.”",
        ],
    ),
    (
        "h77-au-length-record",
        "Ridden by Jye Cardamonte, the five-year-old came from second-last at the 400m to beat the Wagga-trained favourite Ironbark Lane by a length and a quarter, with Salt Pan Sally a half-head away third. The winning time of 1:35.82 was the fastest in the race's 118-year history, according to the club's records.",
        [
            "Ridden by Jye Cardamonte, the five-year-old came from second-last at the 400m to beat the Wagga-trained favourite Ironbark Lane by a length and a quarter, with Salt Pan Sally a half-head away third.",
            "The winning time of 1:35.82 was the fastest in the race's 118-year history, according to the club's records.",
        ],
    ),
    (
        "h77-au-home-years",
        "“She's never run like that, not even at home,” Harkinsale said. Harkinsale, who has trained at Wandoora for 23 years, has 11 horses in work.",
        [
            "“She's never run like that, not even at home,” Harkinsale said.",
            "Harkinsale, who has trained at Wandoora for 23 years, has 11 horses in work.",
        ],
    ),
    (
        "h77-au-pty-abn",
        "Wandoora Daily Express is published by Murrabend Regional Media Pty Ltd. ABN 51 604 338 912.",
        [
            "Wandoora Daily Express is published by Murrabend Regional Media Pty Ltd.",
            "ABN 51 604 338 912.",
        ],
    ),
    (
        "h77-ke-mad-cherry",
        "“My father told me I was mad,” he says, laughing. “He had cut down half his trees in 2012, when a kilo of cherry was paying him 30 shillings.”",
        [
            "“My father told me I was mad,” he says, laughing.",
            "“He had cut down half his trees in 2012, when a kilo of cherry was paying him 30 shillings.”",
        ],
    ),
    (
        "h77-ke-64-born",
        "“The average age of a coffee farmer here was 64,” he says. “Now I have members who were not born when I joined.”",
        [
            "“The average age of a coffee farmer here was 64,” he says.",
            "“Now I have members who were not born when I joined.”",
        ],
    ),
    (
        "h77-nz-pm-crews",
        "Lines company Eastpower said 6300 customers were without power across the district at 4.30pm, most of them north of Ruakōpuru. It said crews could not reach some sites until the water dropped.",
        [
            "Lines company Eastpower said 6300 customers were without power across the district at 4.30pm, most of them north of Ruakōpuru.",
            "It said crews could not reach some sites until the water dropped.",
        ],
    ),
    (
        "h77-nz-road-slips",
        "“If you don't need to be on the road tonight, don't be,” he said. “We've got slips on every route out of the city.”",
        [
            "“If you don't need to be on the road tonight, don't be,” he said.",
            "“We've got slips on every route out of the city.”",
        ],
    ),
    (
        "h77-nz-hall-2pm",
        "An evacuation centre has opened at the Ruakōpuru War Memorial Hall, Civil Defence says. About 140 people had registered there by 2pm.",
        [
            "An evacuation centre has opened at the Ruakōpuru War Memorial Hall, Civil Defence says.",
            "About 140 people had registered there by 2pm.",
        ],
    ),
    (
        "h77-in-times-somewhere",
        "A: Our fees have not changed since 2011, while our salary bill has gone up 2.4 times. We get 61% of our budget from the State government, and the rest has to come from somewhere. Nobody likes paying more, and I understand the anger.",
        [
            "A: Our fees have not changed since 2011, while our salary bill has gone up 2.4 times.",
            "We get 61% of our budget from the State government, and the rest has to come from somewhere.",
            "Nobody likes paying more, and I understand the anger.",
        ],
    ),
    (
        "h77-in-union-will",
        "Q: The students' union says the increase will push out first-generation students. Will it?",
        [
            "Q: The students' union says the increase will push out first-generation students.",
            "Will it?",
        ],
    ),
    (
        "h77-in-lakh-waivers",
        "A: No student whose family earns under ₹2.5 lakh a year will pay the increase. That is about 38% of our 14,200 students. We have also doubled the number of fee waivers, to 1,600.",
        [
            "A: No student whose family earns under ₹2.5 lakh a year will pay the increase.",
            "That is about 38% of our 14,200 students.",
            "We have also doubled the number of fee waivers, to 1,600.",
        ],
    ),
    (
        "h77-gh-am-shutdown",
        "Accra, March 2, 2027 – Nkwantapa Water Services Limited (NWSL) will shut down its Abladzi Water Treatment Plant from 6:00 a.m. on Saturday, March 6, to 6:00 a.m. on Monday, March 8, 2027, to connect a new 42-inch transmission pipeline. The shutdown will affect about 410,000 customers in 23 communities in the Ga East and Adentan municipalities.",
        [
            "Accra, March 2, 2027 – Nkwantapa Water Services Limited (NWSL) will shut down its Abladzi Water Treatment Plant from 6:00 a.m. on Saturday, March 6, to 6:00 a.m. on Monday, March 8, 2027, to connect a new 42-inch transmission pipeline.",
            "The shutdown will affect about 410,000 customers in 23 communities in the Ga East and Adentan municipalities.",
        ],
    ),
    (
        "h77-gh-mrs-hardship",
        "“We know that two days without water is a real hardship, and we apologise in advance,” said the Managing Director of NWSL, Ing. Mrs Abena Serwaa Boatengmaa. “This work will end the rationing that many of our customers in the northern areas have lived with since 2021.”",
        [
            "“We know that two days without water is a real hardship, and we apologise in advance,” said the Managing Director of NWSL, Ing. Mrs Abena Serwaa Boatengmaa.",
            "“This work will end the rationing that many of our customers in the northern areas have lived with since 2021.”",
        ],
    ),
    (
        "h77-lk-rs-tea",
        "Teachers are paid Rs. 38 a script to mark, a rate unchanged since 2019, a teachers' union says. That is less than a cup of tea in Colombo.",
        [
            "Teachers are paid Rs. 38 a script to mark, a rate unchanged since 2019, a teachers' union says.",
            "That is less than a cup of tea in Colombo.",
        ],
    ),
    (
        "h77-lk-fare-volunteer",
        "“We mark in the school holidays, in a hall with no fans, for money that doesn't cover the bus fare,” he told me. “Why would a young teacher volunteer?”",
        [
            "“We mark in the school holidays, in a hall with no fans, for money that doesn't cover the bus fare,” he told me.",
            "“Why would a young teacher volunteer?”",
        ],
    ),
    (
        "h77-lk-pvt-rights",
        "© 2027 Ramboda Newspapers (Pvt) Ltd. All rights reserved.",
        [
            "© 2027 Ramboda Newspapers (Pvt) Ltd.",
            "All rights reserved.",
        ],
    ),
]
