"""Seventy-eighth held-out set of hand-labelled pages for the hint engines (held out, round forty-six): never tuned on.
Theme: twelve WHOLE pages, head to tail, as a newsroom's reviewers meet them most often: pasted from
the commonest styles of English-language news web pages (US metro daily with metered paywall, UK
national with cookie banner and comments, Australian and Canadian broadcasters, Indian and Nigerian
portals, Irish and New Zealand regionals, a South African site, a wire story with credits, a
tech/business news site, a sports site), with everyday stories (politics, crime, courts, health,
economy, weather, sport, culture), quoted speakers of all kinds, figures and opinions, and the
furniture each site really carries. Vary styles widely; do not aim at one difficulty — this set
measures the engine on typical copy.

The pages, in order: a United States metro daily with a metered paywall (county commissioners put a
bus sales tax on the May ballot); a United Kingdom national newspaper's health page with a cookie
banner and a comment section (a record for 12-hour waits in A&E); an Australian public broadcaster
(a river flood in northern New South Wales); a Canadian broadcaster's local page (two men charged
over nine pharmacy robberies in Ontario); an Indian news portal's politics page (a by-election in
Karnataka); a Nigerian news portal's economy story (January inflation); an Irish regional weekly's
court report (a doorman headbutted, a fine and compensation); a New Zealand regional daily's local
news (a museum reopens after earthquake strengthening); a South African news site's crime story (a
cash-in-transit heist in Mpumalanga); a wire story with its credits line (a strike at a Chilean
copper mine); a tech and business news site (a payments startup's layoffs); and a sports site's
football match report with line-ups and a table. Each page carries its site's own furniture at the
head, in the middle and at the tail: mastheads, menus, breadcrumbs, Trending and ticker strips, an
exchange-rate strip, weather and tide strips, a load-shedding strip, a consent banner with a button
row, a metered paywall with "Already a subscriber?" and "Log in", bylines, roles, Published/Updated
lines, share strips, captions with their credits as second sentences, key points, video chrome,
ADVERTISEMENT and Read more links, an events promo, related and most-popular lists, reporter bios
with emails and phone numbers, newsletter and tip lines, comments and a comments-off note, emergency
numbers, an acknowledgement of Traditional Custodians, press-council lines, a gambling notice, and
copyright and registration lines split at "plc.", "Ltd.", "Pvt. Ltd.", "(Pty) Ltd." and "Inc.".

What is ordinary but not trivial in them: speakers named in full and then by surname, title or
pronoun, with titles and roles dropped (Commissioner, Dr, Dr., Ms, Mrs, Mr, Alhaja, Comrade, Garda,
Judge, Kaumātua, Brigadier, Staff Sgt., Mayor, Museum director, Chief Minister); speakers named only
after their quote ("said Ingrid Hasselvik, a metals analyst ...", "said her daughter, Bryony
Ellerthwaite"); quotes running over two or three sentences, continued after their attribution,
opened after "said:" and closed sentences later, with a nested quote, or ending in a question;
organisations and documents as sources, kept as written ("police", "Police", "The bureau", "The
letter", "the memo", "The figures", "the latest SAPS crime statistics", "Election Commission data",
"Quillamet's annual report"); an anonymous source ("A former employee" ... "they said"); "the
company said" kept as written and "It said" resolved to the company as first given; a headline
"Police say ..." and "..., says NBS" carried by the body the lead names; a video caption "A ...
pharmacist ... says ..." carried by the pharmacist the story names next; people acting without a
verb of saying (a chamber opposing in a letter, a judge fining) with no speaker; statements of
record beside opinions, hedges, forecasts and plans; and splits at "p.m.", "a.m.", "Oct. 1", "No.
12", "Dec. 3", "Feb. 24.", "Dr.", "Staff Sgt.", initials ("H. M.", "K."), "U.S.", "U.K. and U.S.",
"C$48.15", decimals, times, emails and a dateline with "Feb 24 (Vantorell) -".

The pages hold 536 sentences: 269 "B", 149 "W" and 118 ""; 186 sentences carry a speaker (82
distinct speakers). `STYLES` describes each page, its story, its speakers and its furniture in
order.

Written from scratch for issue 13 in round forty-six as a HELD-OUT set, never to be tuned on,
without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py`
file, no `hint_scores.py` and no README was opened; `claimreview` was never imported, and no test,
scorer, engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied
from anywhere. What was read: the brief (`/tmp/brief` was listed; it held only the brief);
`/tmp/sets` was listed once at the start, when it was empty, and was not listed again; the module
docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with `ast.get_docstring`);
`def build` in `tests/text/labelled_articles.py` (printed with `ast.get_source_segment`, that
function only); the `[tool.ruff]` tables of `pyproject.toml` (a `sed` address range from
`[tool.ruff` to the next other `[tool.` table); and, from `labelled_new111.py` and
`labelled_new112.py`, the output of a script of my own using `ast` that prints the module docstring,
`STYLES`, the first two pages of `ARTICLES` and the first eight `CASES` of each. That output was
printed once (the tool cut its middle, so that only the docstring of `labelled_new111.py` and the
first two entries of its `STYLES`, and the end of the first page, the second page and the cases of
`labelled_new112.py` were seen then), then saved to a scratch file, of which `grep -n` showed the
section markers and `sed` showed four ranges: the `STYLES` of `labelled_new111.py` (lines cut at
2,500 characters), its first page (bracket-only lines dropped, lines cut at 250 characters), the
docstring and `STYLES` of `labelled_new112.py` (lines cut at 3,000 characters; the tool cut the
middle of that output too), the rest of that docstring and the start of its `STYLES` (lines cut at
1,500 characters); so the second page and the cases of `labelled_new111.py` and the start of the
first page of `labelled_new112.py` were never seen. No other page, case or docstring of any file
under `tests/` was read. What was run: Python one-liners printing the calendars of January to March
2027 and the weekdays of a few dates (to check weekdays); scripts of my own in a scratch folder that
turn a small line format (flag, speaker, cue and text separated by a tilde, one line a paragraph
unless it starts with "+", aliases for speakers) into the literals below, delete and rename lines,
cut the split cases out of the pages by their first sentence and length, and count sentences, flags
and speakers; substring, case-insensitive per-word file counts (`grep -rliF -- WORD
/work/main/tests/text | wc -l`) for every capitalised word, hyphenated compound and part of a
compound of the pages (about 860 in the first draft, 770 after renaming) and for every candidate
replacement; an import of this file with `labelled_articles.build` on every page and a check of four
string fields, the flags, no "B" with a speaker, a cue for every speaker and a speaker for every
cue, 30 distinct case ids, every case text in a built page and equal to its sentences joined by
single spaces, each expected sentence one labelled sentence of one paragraph, in order, and the
counts above; and `ruff format` and `ruff check` (the project's `.venv`) with the project's
`pyproject.toml` as config, the check also through `--stdin-filename
tests/text/labelled_heldout78.py` so that the per-file ignores for `tests/**` apply. Only counts
were read from the word searches, never the matched lines or file names. The first draft's coined
names hit other files in well over a hundred words: towns, rivers, grounds, streets and outlets
(Ardcullen, Bellingrove, Coorabel, Corrowdale, Hensby, Haverlock, Kwelanga, Ogbenta, Wrenfield,
Stallingford, Fenwood, Orrington, Dallow, Reese, Linnet, Kinsale, Marlow, Lakeshore, Ninefold,
Carvelle, Solvane, Ventisca, Cerro, Minera, Vuselela, Jana, Paksha, Rashtriya), and surnames and
parts of hyphenated surnames (Ferrowby, Quenneville, Lanchester, Whitby, Penhallow, Marchbank,
Tillingham, Aldric, Dunstall, Webb, Nguyen, Marchetti, Holcroft, Ruiz, Caddigan, Forbes, Ainsworth,
Prosser, Gault, Achterberg, Lalonde, Sandhawalia, Varga, Rao, Kallur, Okafor, Ebube, Adebanjo,
Nnaji, Omowunmi, Bakare, Aderibigbe, Sanni, Ugwuoke, Ibekwe, Bhraonáin, Garrahy, Dunne, Fennelly,
Rourke, Giollarnáth, Tautahi, Grieve, Collard, Pike, Pōtaka, Hira, Oosterbaan, Lyle, Dube, Ngwenya,
Kheswa, Dlamini, Nkadimeng, Mathe, Urrejola, Baeza, Palma, Quezada, Holt, Olanrewaju, Finch,
Vandermolen, Achebe, Ferreira, Lindqvist, Achterlonie, Adeyemo, Lund, Orritt-Shaw, Hale, Asante,
Kilbracken, Weatherstone, Quarrington, Pennyfeather, Threlkeld, Halvorsrud, Bellamy, Essien, Tate,
Hart, Amponsah, Greig, Ogundipe, Vance, Bray, Obi, Wray and the like); each was renamed or the
compound cut to a part with no hit, and the replacements that hit as well (Drumcashel, Ebbleton,
Holmbrigg, Brisbeck, Wexbridge, Lorrimer, Thwaitesby, Hollinsgate, Stannerby, Tamblyn, Quorvane,
Carrowgate, Vedike, Sangha, Raitha, Sene, Vikas, NNP, NKP, Oxenbould, Pennycastle, Halvorsbakk,
Halvorsgaard, Quillbrook, Ferrensby, Treverrow, Marchwell, Tillerby, Achterbosch, Achtenhagen,
Nwabuisi, Ezeanyika, Anyaegbunam, Oyeladun, Chonghaile, Garrahane, Conmara, Fennerty, Fenlonagh,
Whakarongo, Oosterbroek, Mthembeni, Irarrázabal, Vandermolenaar, Ferreirinha, Auchterbrae,
Ofosuhene, Kilbrackney, Kilbrannock, Kilbraddan, Kilgarrow, Ogundimu, Marchettino, Marchesotti,
Marcheselli) were dropped; only replacements with no hit were kept. What still hits is real
countries, regions, cities and institutions (England, Wales, Ireland, Derby, New South Wales,
Ontario, Ottawa, Toronto, Karnataka, Bengaluru, Mysuru, Lagos, Kogi, Kwara, Ebonyi, Mpumalanga,
Ekurhuleni, Chile, Santiago, Atacama, Peru, London, Austin, San Francisco, Phoenix, Amsterdam and
the like), common given names kept on purpose (Ruthanne, Lyle, Deshawn, Corbin, Marisol, Danica,
Orla, Imogen, Gideon, Roswitha, Bryony, Margaret, Tobias, Priya, Joss, Brett, Noelene, Carmel,
Kirra, Lachie, Simone, Guy, Harpreet, Rakesh, Ananya, Chinedu, Ifeyinwa, Emeka, Eimear, Colm,
Siobhán, Pádraig, Eamonn, Talia, Grant, Hemi, Jessamy, Wiremu, Ferdinand, Tshepiso, Mandla,
Sibusiso, Valentina, Dominic, Héctor, Rodrigo, Ingrid, Marguerite, Dario, Renske, Okonkwo, Fergus,
Tobi, Callum, Marek, Jaden, Kwabena, Lewis, Stellan, Desmond, Declan), and common, outlet, title and
unit words (Ledger, Standard, Champion, Copper, Eastern, Alhaja, Comrade, Garda, Kaumātua,
Brigadier, Sgt, GAA, NOTA, MLA, CIT, SES, NSW, NBS, NHS, PAIA, GMT, UTC, EST, PST, IST and the
like).

Every person, outlet, council, party, constituency, trust, association, institute, forum, company,
startup, fund, data firm, union branch, museum, gallery, hospital, college, pharmacy, nightclub,
club, ground, street, road, river, stream, town and figure is invented. Real countries, regions,
cities and institutions appear only as settings: those listed above, and NHS England and the
Department of Health and Social Care (figures and a spokesperson's statement), the Bureau of
Meteorology, the State Emergency Service and Transport for NSW, the Election Commission (data), the
National Bureau of Statistics (a report) and the Central Bank of Nigeria's Monetary Policy Committee
(a rate and a meeting date), Mile 12 market, SAPS and the Hawks, the London Metal Exchange, Chile's
labor ministry, the Press Council of Ireland and the Media Council (complaint lines), Crime Stoppers
and Crime Stop (tip lines), Triple Zero, BMW and Toyota (vehicles), and Google News, Facebook, X,
WhatsApp, LinkedIn, Telegram, Instagram and Signal (as channels).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, menu, strip, byline, date, share line, caption, credit, key point,
link, list item, button, score line, table row and legal line is a paragraph of its own); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent
sets: furniture "B" line by line, whatever it says; a caption by its content and its credit "B",
also when the credit follows the caption on the same line; headlines, standfirsts and key points
never split and flagged by content; a dateline belongs to its lead sentence; a pronoun, a later
surname or a title resolves to the full name as first given, without titles; "according to X" gives
X as written; a quote over several sentences carries its speaker and cue in each; a named person or
body acting without a verb of saying carries no speaker; sport data lines (line-ups, "Booked:",
"Referee:", "Attendance:", table rows) are "" and a box's title and header row "B".

Conventions this set had to settle, in the same spirit:

* "police said", "Police said", "Police say" and "according to police" are kept as written, like
  "the bureau"; the headline "Police say ..." carries the police service as the lead names it ("the
  Ravensmouth Police Service"), and "..., says NBS" the bureau as the lead names it ("the National
  Bureau of Statistics").
* "The letter said" after "The ... Chamber of Commerce opposed the measure in a letter ..." (no
  speaker) is carried by "The letter" as written; "according to the memo", "Dealcrest data shows"
  and "according to Dealcrest" likewise as written.
* "Byteharbor has learned" (the outlet itself) gives no speaker; "Billowpay was founded in 2019 and
  says ..." is carried by Billowpay.
* An anonymous source is kept as written ("A former employee"), and "they said" resolves to it.
* "the company said" after the company is named is kept as written ("the company"); "It said"
  resolves to the company as first given.
* A video caption "A ... pharmacist whose store was robbed twice ... says ..." is carried by the
  pharmacist the story names next, cue "says" ("W": two robberies of record).
* Key points are labelled like a standfirst, by content: a forecast ("is expected to peak") "", a
  rainfall total "W", advice "".
* A sentence that states a measured fact and a forecast together ("reached 8.6 metres at 7:00am and
  was expected to peak ...") is "W"; a forecast or expectation alone ("She expected about 30,000
  visitors", "the government expected inflation to fall below 18%") is "".
* An allegation of a specific checkable fact ("police had stopped his party's workers from
  campaigning in at least six villages") is "W"; a verdict ("this was not a fair fight") is "".
* A metered-paywall line "Already a subscriber?" followed by "Log in" is two "B" sentences;
  emergency-number lines at the foot of a flood story ("For emergency help ..., call the SES on 132
  500.") are "B" like other contact lines; a wire's "(Reporting by ...; Additional reporting by ...;
  Editing by ...)" line is one "B" sentence.

`HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of two
or three consecutive sentences of one paragraph of these pages joined by single spaces: Published
and Updated lines split after "p.m.", a metered paywall, "Oct. 1 and" mid-sentence, a question
continuing a quote after "he said.", bios ending in an email or a phone number, a quote opened after
"said:", "plc." before "Registered in England and Wales No. 02871604.", a caption before
"Photograph:", "We lost 40 head in 2022." inside a quote, "Triple Zero (000).", "according to
police.", "Feb. 24.", "8 a.m." and "2:15 p.m.", the initial "K.", margins in a three-sentence quote,
"Pvt. Ltd.", a base-effect quote ending in a could-hedge, a question after "she said.", "Judge."
inside a quote, "Ltd." before "Registered in Ireland No. 127744.", "10am on Saturday", "Have a
story?", a quote with the speaker named after it, "C$48.15", "U.K. and U.S." before "The company",
"10 a.m.," inside a quote, a nested quote and "Are we disappointed?" / "Of course.": what a reviewer
wants, not what the engine does.
"""

STYLES = [
    'United States METRO DAILY with a METERED PAYWALL (Kestermont County, Tennessee), commissioners vote 3-2 to put a 0.25% sales tax for buses on the May ballot: a subscribe/log-in strip, masthead in capitals, menu and a breadcrumb with slashes; headline "W" and a standfirst with "supporters say" carried as written ("W", the vote); byline; Published and Updated lines in one paragraph split after "p.m."; share strip; a metered paywall of three sentences, a button and "Already a subscriber?" / "Log in" split in two; caption "" with its bracketed credit as a second sentence; a "KESTERMONT —" lead "W"; an estimate through according to and the ballot language through according to with "Oct. 1 and" mid-sentence "W"; the commissioner who proposed it with "Commissioner" dropped (a plan "", a quote over two sentences "", ridership figures and their cause "W"); the commissioner against (a tax rate "W", a quote and a question continued after "he said." ""); the meeting ("11:20 p.m." ending a sentence before "Most of the speakers ..." "W"); a nursing assistant who "told commissioners" (his commute "W" and a two-sentence quote "") with "No. 12" mid-sentence; the chamber opposing in a letter (no speaker, "W") and "The letter said" as written ""; its president who "did not respond to a request for comment"; a state cap "W"; the transit director "said in an interview" (a need "", a shortage "W", a hedge and a hiring plan ""); a past vote and the election date "W" (ADVERTISEMENT, RELATED link, reporter bio with an email and a phone number, MOST POPULAR list, newsletter promo with "6 a.m.,", copyright split before "All rights reserved.", footer links)',
    'United Kingdom NATIONAL NEWSPAPER\'s health page with a COOKIE BANNER and COMMENTS (England), a record 71,400 patients wait more than 12 hours in A&E: a consent banner of a title line, three sentences and a button row; masthead, menu and a section path with ›; headline "W" and a standfirst "Health leaders warn of ..." carried as written ""; byline and role on two lines, date line with GMT, comment count, share line; a caption "" and its "Photograph:" credit split as two sentences; figures through "according to NHS England figures published on Thursday", "The figures show" and "the figures show" "W"; the president of a consultants\' association with "Dr" dropped (a verdict "", "the worst winter in a decade" "she said." then the quote continued "", a may-hedge "suggested" ""); the health secretary, named after his role (beds "W", "he told broadcasters" "" and a record claim continuing the quote "W"); the shadow health secretary (a jibe "" and beds "W"); a patient\'s daughter named after the account she gives ("said her daughter, ..." "W", then "Ms ..." "" and a record "W"); the NHS trust "said in a statement" ("") and "It said" ("W"); a think-tank fellow (months "W", an image "", a bed count in a quote "W"); NHS England said "W"; a department spokesperson quoted after "said:" over two sentences ("" then "W") (Advertisement, Read more link, More on this story list, comments with handle, time, a two-sentence comment and a reply/share/report row, a publisher line split at "plc." before "Registered in England and Wales No. 02871604." and the registered office, footer links)',
    'Australian PUBLIC BROADCASTER\'s news site (northern New South Wales), a river heads for a 10-metre peak and 2,300 homes are evacuated: masthead, menu, a live-coverage link; headline "W"; region label, a byline of two reporters, a Posted/updated line; a caption "W" with a "(Supplied: ...)" credit as a second sentence; a "Key points:" label "B" and three key points by content (a forecast "", a rainfall total "W", advice ""); a lead with "(SES) says." carried by the State Emergency Service "W"; the Bureau of Meteorology said and "It said" (rainfall and a river height with a forecast "W"); a record peak "W"; a senior meteorologist with her role dropped (a could-hedge "", an image "", past floods "W"); an SES deputy zone commander (rescues "W", a plea over two sentences "", an evacuation centre "W"); video chrome (Watch, duration) "B", the caption "" and its credit; a dairy farmer (cows moved "W", a quote "", then a quote split into a record "We lost 40 head in 2022." "W" and a resolve ""); the emergency services minister named after her role (a declaration and grants "W", "she told reporters in Grafton" ""); Transport for NSW said (a road closure "W") and school closures "W" (emergency numbers in two sentences, a Posted/updated line, Topics, Related stories, an acknowledgement of Traditional Custodians, the corporation\'s name, footer links, copyright)',
    'Canadian BROADCASTER\'s local news page (Ontario), two men charged over nine armed pharmacy robberies: skip link, masthead in capitals, menu, region label; headline "Police say ..." carrying the police service as the lead names it "W" and a standfirst "W"; Social Sharing, a byline with a middle dot, a Posted/Last Updated line with "AM EST |"; a caption "" and its bracketed credit as a second sentence; the lead "..., the Ravensmouth Police Service says." "W"; "police said", "Police said" and "according to police" kept as written (arrests, charges, weapons "W"); a staff sergeant with "Staff Sgt." dropped (a belief "", a quote "said in an interview" "", totals "W"); video chrome (WATCH title, duration, age) "B" with a caption "A ... pharmacist ... says ..." carried by the pharmacist the story names next "W"; the pharmacist (dates with "Dec. 3" and "Dec. 19." "W", a quote over two sentences "", spending "W"); a pharmacy owners\' association "said in a statement" ("W") and "It called on" (""); court appearances and "Feb. 24." "W"; "Police say" a may-hedge ""; a call for information "" (standards and about line, RELATED STORIES, ABOUT THE AUTHOR bio in three sentences with an email, newsletter promo in two sentences, a button, copyright split before "All rights reserved.")',
    'Indian NEWS PORTAL\'s politics page (Karnataka), the ruling party holds a by-election seat by 8,412 votes: app link, a Trending strip, masthead, menu and a breadcrumb with slashes; headline and standfirst "W"; Edited By, Reported By and Last Updated lines with IST, a Google News line and share strip; a caption "" with "(Image: ...)" as a second sentence; results with the initials "H. M." and "K." mid-sentence, "according to Election Commission data", NOTA, turnout in lakh, "8 a.m." mid-sentence and "2:15 p.m." ending a sentence before "About 300 police personnel ..." "W"; the winner "told reporters" (a victory claim "") and "She said" (a priority ""); a project through "according to the state water resources department" "W"; the chief minister who "called" the result a stamp of approval with a count "W" and "said in a post on X" over two sentences ""; the opposition state president who "alleged" (blocked campaigning in six villages "W", a verdict "", a vote share "W"); a political analyst with "Dr." dropped (a should-worry ""), her quote over three sentences with margins "W" and "That is not a wave." "" (ALSO READ link, Advertisement, Tags, First Published line, a comments disclaimer, Trending News list, footer links, copyright split at "Pvt. Ltd." before "All rights reserved.")',
    'Nigerian NEWS PORTAL\'s economy story (Lagos), inflation eases to 21.3%: a BREAKING ticker, masthead in capitals, menu, an exchange-rate strip; headline "..., says NBS" carrying the bureau as the lead names it "W"; byline, date line, reading time; caption "" with "Photo: File"; the National Bureau of Statistics said, "The bureau said", "according to the report" and "The report showed" "W"; a chief economist with "Mrs" dropped (a verdict "", a base-effect quote over two sentences ending in a could-hedge "", and "She noted" a currency fall "W"); "traders said" kept as written ""; a trader with "Alhaja" dropped (tomato prices "W", a complaint and a question continued after "she said." ""); the finance minister with "Mr" dropped "said in a statement" (imports "W") and an expectation ""; the central bank committee\'s rate and meeting dates "W" (no speaker); a labour leader with "Comrade" dropped (the minimum wage\'s value "W", a slogan and a two-sentence explanation "") (Advertisement, READ ALSO link, a share prompt and share strip, Related News list, a comments note in two lines, copyright split before "All rights reserved.", a reproduction notice, a contact email)',
    'Irish REGIONAL WEEKLY\'s court report (a County court town), a man fined for headbutting a doorman: a date/sign-in strip, masthead, menu and section path with ›; headline with "(42)" "W"; byline in Irish, date line, share; caption "" and "Photo: File"; the lead and the plea with "St Stephen\'s Night" and "December 26, 2025." "W"; a garda with "Garda" dropped who "told the court" (times with "2.15am", CCTV, injuries and previous convictions "W", later "Garda ... said"); the defending solicitor (drinking and remorse "W", "Mr ..." resolved to him, a quote split after "Judge." into "" and a letter "W"); a scene ""; the judge with "Judge" dropped (a verdict and a quote ""), then acting without a verb of saying (the fine "W", no speaker), money handed in "W", and a would-have-considered remark "" (Advertisement, Read More link, newsletter line and button, social line, Related Stories, a press-council line in two sentences, copyright split at "Ltd." before "Registered in Ireland No. 127744.", footer links)',
    'New Zealand REGIONAL DAILY\'s local news (a district museum), the museum reopens after $14.2m earthquake strengthening: sign-in strip with "Kia ora", masthead in capitals, a weather and tide strip, menu, section label; headline and standfirst "W"; byline and a Local Democracy Reporter line, date line, reading time, PREMIUM; caption "" and "Photo / ..." credit; the closure and costs "according to Ōrangirua District Council figures" "W"; the museum director with "Museum director" dropped (a phrase "", a first-person record of 41,000 objects "W", "She expected" visitor numbers ""); a council vote "W" (no speaker); the mayor with "Mayor" dropped (a change of heart "" and a quote over two sentences ""); a returned canoe prow "W"; an elder with "Kaumātua" dropped (feelings "" and "He said" the hapū paid nothing "W"); the collections manager (frames and anchors "W", a quote ""); entry prices "W" and the opening programme "" (a scheme note in two sentences, Latest from Local News list, masthead line, footer links, a complaints line, copyright)',
    'South African NEWS SITE\'s crime story (Mpumalanga), a cash-in-transit van blown open and R3.4m taken: a load-shedding strip, masthead in capitals, menu and a breadcrumb with slashes; headline "W"; byline, date line with "| 14:18", share line; caption "" with "(Photo: Supplied/SAPS)" as a second sentence; the lead with "police said" kept as written "W"; a provincial police spokesperson with "Brigadier" dropped (the route and "07:40", a quote over two sentences, the guards\' condition "W"; a manhunt and an appeal ""); the security company "said in a statement" (the sum "W"), "the company said" kept as written (gratitude "") and "It said" resolved to the company as first given (a third attack "W"); "according to the latest SAPS crime statistics" "W"; an industry forum chief executive (explosives "W", a quote over two sentences ""); a taxi driver named after his role who "told Igugu News" (explosions "W", a scene over two sentences ""); a road closure "W" (ADVERTISEMENT, READ link, a "Have a story?" line split before "WhatsApp us on ...", Related Articles, a comments-off note in two sentences, copyright split at "(Pty) Ltd." before "All rights reserved.", footer links with a PAIA Manual and the Press Code)',
    'WIRE STORY with credits on a news agency\'s site (Chile), copper miners strike over a bonus: masthead, menu, section label; headline "W"; byline of two reporters, a date line with UTC and an Updated line; caption "" with the agency credit as a second sentence and a licensing line; a "SANTIAGO, Feb 24 (Vantorell) -" dateline in the lead carried by "the workers\' union" as written "W"; the union president (a demand with a peso sum and its dollar value "W", "told Vantorell by phone" a claim of record "W" and a continued quote ""); the mining company "said in a statement" (its offer "W") and "It said" (stockpiles ""); "according to Quillamet\'s annual report" "W"; "Chile\'s labor ministry said" "W"; a market figure "by 1700 GMT" "W"; an analyst named after her quote (a forecast "") and "She said" (a supply share "W"); a share price with "C$48.15" "W"; a spokesperson who "declined to comment"; "The union said" a rally plan ""; a past strike "W" (a credits line with semicolons as one "B" sentence, a standards line, Read Next list, a market-data note in two sentences, copyright split before "All rights reserved.")',
    'TECH and BUSINESS NEWS SITE (a London- and Austin-based payments startup), Billowpay lays off 18% of staff: masthead in capitals, menu, section label; headline "W"; author, a time line with "AM PST ·", Image Credits; the lead "Byteharbor has learned" with no speaker "W"; the CEO who "wrote" in a memo (talks of record "W", a quote "", a runway plan "") and "according to the memo" (revenue "W"); "A Billowpay spokesperson confirmed ... and said" with "U.S." mid-sentence "W"; "according to Dealcrest" and "Dealcrest data shows" "W"; an anonymous former employee kept as written, "they said" with "10 a.m.," mid-quote (teams hit "" and a record "W"); an events promo of a label, title, place and date, two sentences and a button "B"; competitors "W" (no speaker); a venture partner named after his quote ("" and an expectation ""); "Billowpay ... says" with "U.K. and U.S." ending a sentence before "The company also laid off ..." "W" (a tip line in two sentences with a Signal handle and an email, author name, role and a two-sentence bio, Newsletters, Most Popular list, copyright split at "Inc." before "All rights reserved.", footer links)',
    'SPORTS SITE football match report (English league football), a late header sends the visitors top: a live score ticker (a title and two FT lines), masthead, menu, section path with ›; headline and standfirst "W"; byline, date line, share; the result, goals, the penalty, the equaliser, the winner and the record crowd "W" with stoppage-time colour ""; the winning manager named after his quote and "told Sidelinepost" (a quote over two sentences ""), then "Brightcombe said:" with a quote over three sentences holding a nested quote ""; the losing manager (a verdict "", a quote continued after "he said." and a question, "Of course." and a record "we\'ve lost two league games since October,” he added." "W"); form and table position "W"; the scorer (a feeling over two sentences ""); Advertisement; Line-ups: team lines, "Booked:", "Referee:" and "Attendance:" as "" data; a "Top of the table" title and header row "B" and three table rows ""; a gambling notice in two sentences, More from Football list, copyright split at "Ltd." before a disclaimer, footer links)',
]

ARTICLES = [
    [
        [
            ("Subscribe   Log in   e-Edition   Obituaries   Puzzles", "", "", "B"),
        ],
        [
            ("THE KESTERMONT LEDGER", "", "", "B"),
        ],
        [
            (
                "News   Local   Politics   Crime & Courts   Business   Sports   Opinion   Weather",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home / News / Local Politics", "", "", "B"),
        ],
        [
            (
                "Kestermont County voters will decide on a 0.25% sales tax for buses in May",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Commissioners split 3-2 after four hours of public comment; supporters say the money would bring 15-minute service to eight routes",
                "supporters",
                "say",
                "W",
            ),
        ],
        [
            ("By Danica Ferrisworth", "", "", "B"),
        ],
        [
            ("Published Feb. 9, 2027 at 10:52 p.m.", "", "", "B"),
            ("Updated Feb. 10, 2027 at 6:15 a.m.", "", "", "B"),
        ],
        [
            ("Share on Facebook   Share on X   Email   Print   Gift this article", "", "", "B"),
        ],
        [
            ("You have 2 free articles remaining this month.", "", "", "B"),
            (
                "Subscribe for $1 a week for 12 weeks and get unlimited access to local news you can't find anywhere else.",
                "",
                "",
                "B",
            ),
            ("Cancel anytime.", "", "", "B"),
        ],
        [
            ("Subscribe now", "", "", "B"),
        ],
        [
            ("Already a subscriber?", "", "", "B"),
            ("Log in", "", "", "B"),
        ],
        [
            (
                "A Kestermont Area Transit Authority bus leaves the Garrity Street transit center on Tuesday afternoon.",
                "",
                "",
                "",
            ),
            ("(Orla Vinterhus / The Kestermont Ledger)", "", "", "B"),
        ],
        [
            (
                "KESTERMONT — Voters in Kestermont County will decide in May whether to raise the sales tax by a quarter of a cent to pay for more frequent buses, after county commissioners voted 3-2 late Tuesday to put the question on the ballot.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The tax would raise about $38 million a year, according to an estimate by the county budget office.",
                "an estimate by the county budget office",
                "according to",
                "W",
            ),
            (
                "If voters approve it, the tax would take effect Oct. 1 and expire after 20 years, according to the ballot language.",
                "the ballot language",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Commissioner Ruthanne Ebberly, who proposed the measure, said the money would let the Kestermont Area Transit Authority run its eight busiest routes every 15 minutes instead of every 40.",
                "Ruthanne Ebberly",
                "said",
                "",
            ),
        ],
        [
            (
                '"Right now, if you miss the bus, you miss your shift," Ebberly said.',
                "Ruthanne Ebberly",
                "said",
                "",
            ),
            (
                '"Nobody in this county should lose a job over a bus schedule."',
                "Ruthanne Ebberly",
                "said",
                "",
            ),
        ],
        [
            (
                "She said ridership fell to 6.1 million trips in fiscal 2025, down from 9.4 million a decade earlier, as the authority cut routes to balance its budget.",
                "Ruthanne Ebberly",
                "said",
                "W",
            ),
        ],
        [
            (
                "Commissioner Lyle Prentiswood, who voted against the measure, said the combined sales tax in the county was already 9.5%, the highest in the region.",
                "Lyle Prentiswood",
                "said",
                "W",
            ),
        ],
        [
            (
                '"We keep asking the people who shop at the dollar store to pay for everything," he said.',
                "Lyle Prentiswood",
                "said",
                "",
            ),
            ('"Is that really the fairest way to do this?"', "Lyle Prentiswood", "said", ""),
        ],
        [
            (
                "More than 140 people signed up to speak, and the meeting ran until 11:20 p.m.",
                "",
                "",
                "W",
            ),
            ("Most of the speakers backed the tax.", "", "", "W"),
        ],
        [
            (
                "Deshawn Apperthwaite, 34, a nursing assistant who rides the No. 12 bus to Quintard Regional Medical Center, told commissioners he spends nearly three hours a day getting to work and back.",
                "Deshawn Apperthwaite",
                "told commissioners",
                "W",
            ),
        ],
        [
            ('"I\'m not asking for a limo," he said.', "Deshawn Apperthwaite", "said", ""),
            ('"I\'m asking for a bus that shows up."', "Deshawn Apperthwaite", "said", ""),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "RELATED: Transit authority cuts Sunday service on five routes as driver shortage drags on",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Kestermont Area Chamber of Commerce opposed the measure in a letter to commissioners last week.",
                "",
                "",
                "W",
            ),
            (
                "The letter said a higher tax would push shoppers to stores in neighboring Haddix and Yarbrow counties.",
                "The letter",
                "said",
                "",
            ),
        ],
        [
            (
                "The chamber's president, Corbin Oakesbury, did not respond to a request for comment Wednesday.",
                "Corbin Oakesbury",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "A state law passed in 2023 caps local sales taxes for transit at half a cent.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Transit authority director Marisol Quennardet said in an interview Wednesday that the agency would need about 60 more drivers to run the new schedule.",
                "Marisol Quennardet",
                "said in an interview",
                "",
            ),
        ],
        [
            ('"We\'re short 23 drivers today," she said.', "Marisol Quennardet", "said", "W"),
            ('"So, no, this doesn\'t happen overnight."', "Marisol Quennardet", "said", ""),
        ],
        [
            (
                "She said the authority would start hiring in the fall if the measure passed.",
                "Marisol Quennardet",
                "said",
                "",
            ),
        ],
        [
            ("A similar measure failed in 2019, when 46% of voters supported it.", "", "", "W"),
            ("The election is May 4.", "", "", "W"),
        ],
        [
            ("Danica Ferrisworth covers county government for The Kestermont Ledger.", "", "", "B"),
            ("Reach her at dferrisworth@kestermontledger.com or 615-555-0148.", "", "", "B"),
        ],
        [
            ("MOST POPULAR", "", "", "B"),
        ],
        [
            ("1. Man charged with murder in shooting outside Tremarchi Avenue bar", "", "", "B"),
        ],
        [
            ("2. Snow, then ice: What to expect Thursday night in Kestermont", "", "", "B"),
        ],
        [
            ("Sign up for The Ledger's Morning Report.", "", "", "B"),
            (
                "The day's top local stories in your inbox by 6 a.m., Monday through Saturday.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 The Kestermont Ledger.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "Terms of Service   Privacy Policy   Your Privacy Choices   Contact Us   Careers",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("We value your privacy", "", "", "B"),
        ],
        [
            (
                "We and our 212 partners use cookies and similar technologies to store and access information on your device.",
                "",
                "",
                "B",
            ),
            (
                "We use this information to show you personalised adverts and content, to measure how our journalism is read and to improve our products.",
                "",
                "",
                "B",
            ),
            (
                "You can accept all, reject all or choose which purposes you allow, and you can change your choice at any time.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("ACCEPT ALL   REJECT ALL   MANAGE PREFERENCES", "", "", "B"),
        ],
        [
            ("The Brantingley Standard", "", "", "B"),
        ],
        [
            (
                "UK   World   Politics   Business   Health   Science   Sport   Culture   Opinion   Lifestyle",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › UK › Health", "", "", "B"),
        ],
        [
            ("Record 71,400 patients waited more than 12 hours in A&E in January", "", "", "W"),
        ],
        [
            (
                "Health leaders warn of ‘the worst winter in a decade’ as flu admissions peak",
                "Health leaders",
                "warn",
                "",
            ),
        ],
        [
            ("Priya Lanchmoor", "", "", "B"),
        ],
        [
            ("Health correspondent", "", "", "B"),
        ],
        [
            ("Thursday 11 February 2027 14:32 GMT", "", "", "B"),
        ],
        [
            ("214 comments", "", "", "B"),
        ],
        [
            ("Share   Email   Copy link", "", "", "B"),
        ],
        [
            (
                "Ambulances queue outside the emergency department at St Ethelmund’s Hospital in Wellingborough on Monday evening.",
                "",
                "",
                "",
            ),
            ("Photograph: Joss Pendarvick/The Brantingley Standard", "", "", "B"),
        ],
        [
            (
                "A record 71,400 patients waited more than 12 hours in A&E departments in England in January, up from 54,900 in December, according to NHS England figures published on Thursday.",
                "NHS England figures published on Thursday",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The figures show that 68.2% of patients were seen, admitted or discharged within four hours, against an interim target of 78%.",
                "The figures",
                "show",
                "W",
            ),
        ],
        [
            (
                "Flu admissions peaked in the final week of January, when an average of 5,870 flu patients were in hospital each day, the figures show.",
                "the figures",
                "show",
                "W",
            ),
        ],
        [
            (
                "Dr Imogen Fairlesham, president of the Association of Acute Medicine Consultants, said the numbers were “a disgrace for one of the richest countries on earth”.",
                "Imogen Fairlesham",
                "said",
                "",
            ),
        ],
        [
            ("“This is the worst winter in a decade,” she said.", "Imogen Fairlesham", "said", ""),
            (
                "“Every one of those 71,400 is a person on a trolley, often for a whole night, often elderly and often frightened.”",
                "Imogen Fairlesham",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the association’s own analysis suggested that long waits were linked to about 300 excess deaths a month.",
                "Imogen Fairlesham",
                "said",
                "",
            ),
        ],
        [
            (
                "The health secretary, Gideon Ashmarlow, said 1,900 extra beds had been opened in English hospitals since October.",
                "Gideon Ashmarlow",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We are not where we want to be, and I’m not going to stand here and pretend otherwise,” he told broadcasters during a visit to a hospital in Derby.",
                "Gideon Ashmarlow",
                "told broadcasters",
                "",
            ),
            (
                "“But the NHS has treated more people in A&E this winter than in any winter before.”",
                "Gideon Ashmarlow",
                "told broadcasters",
                "W",
            ),
        ],
        [
            (
                "Roswitha Tillbrooke, the shadow health secretary, said ministers had “run out of excuses”.",
                "Roswitha Tillbrooke",
                "said",
                "",
            ),
            (
                "She said the number of general and acute beds in England was still 2,300 lower than in 2019.",
                "Roswitha Tillbrooke",
                "said",
                "W",
            ),
        ],
        [
            (
                "Margaret Ellerthwaite, 81, spent 19 hours on a trolley in a corridor at St Ethelmund’s after a fall at her home on 18 January, said her daughter, Bryony Ellerthwaite.",
                "Bryony Ellerthwaite",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The staff were wonderful, but there was simply nowhere to put her,” Ms Ellerthwaite said.",
                "Bryony Ellerthwaite",
                "said",
                "",
            ),
            (
                "“She was next to the toilets for most of the night, with a broken hip.”",
                "Bryony Ellerthwaite",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Read more: Flu vaccine uptake among over-65s lowest since 2019", "", "", "B"),
        ],
        [
            (
                "North Nenvale Hospitals NHS Trust, which runs St Ethelmund’s, said in a statement that it was facing “unprecedented demand” and apologised to Mrs Ellerthwaite’s family.",
                "North Nenvale Hospitals NHS Trust",
                "said in a statement",
                "",
            ),
            (
                "It said its emergency department treated 11,240 patients in January, 14% more than a year earlier.",
                "North Nenvale Hospitals NHS Trust",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tobias Renwarden, a senior fellow at the Colbrook Institute, a health think tank, said January was the fourth month in a row in which more than 50,000 patients had waited 12 hours or longer.",
                "Tobias Renwarden",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Flu is the spark, but the fuel is the thousands of patients who are well enough to leave hospital and have nowhere to go,” he said.",
                "Tobias Renwarden",
                "said",
                "",
            ),
            (
                "“On an average day in January, about 13,000 beds were taken by people who were medically fit for discharge.”",
                "Tobias Renwarden",
                "said",
                "W",
            ),
        ],
        [
            (
                "NHS England said the number of ambulance handovers that took longer than an hour had fallen by a fifth since December.",
                "NHS England",
                "said",
                "W",
            ),
        ],
        [
            (
                "A Department of Health and Social Care spokesperson said: “We know how hard this winter has been for patients and for staff.",
                "A Department of Health and Social Care spokesperson",
                "said",
                "",
            ),
            (
                "That is why we have put an extra £1.2bn into urgent and emergency care and opened 1,900 more beds.”",
                "A Department of Health and Social Care spokesperson",
                "said",
                "W",
            ),
        ],
        [
            ("More on this story", "", "", "B"),
        ],
        [
            ("Nurses’ union to ballot members over pay offer in March", "", "", "B"),
        ],
        [
            ("Comments (214)", "", "", "B"),
        ],
        [
            ("Tynesider_1958", "", "", "B"),
        ],
        [
            ("1 hour ago", "", "", "B"),
        ],
        [
            ("My dad waited 22 hours at our local hospital last month.", "", "", "B"),
            ("Nobody is blaming the nurses, but something has to give.", "", "", "B"),
        ],
        [
            ("Reply   Share   Report   87 recommends", "", "", "B"),
        ],
        [
            ("© 2027 Brantingley Standard Media Group plc.", "", "", "B"),
            ("Registered in England and Wales No. 02871604.", "", "", "B"),
            ("Registered office: 9 Cardmaker Lane, London EC2A 4PN.", "", "", "B"),
        ],
        [
            (
                "About us   Contact us   Complaints & corrections   Terms & conditions   Privacy policy   Cookie settings",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("BROLGAN NEWS", "", "", "B"),
        ],
        [
            (
                "Just In   For You   Local   Australia   World   Business   Sport   Weather   Watch Live",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Live: Flood warnings are current for 11 rivers in NSW — follow our live coverage",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Evacuation orders for 2,300 homes as Mirrigang River heads for 10-metre peak",
                "",
                "",
                "W",
            ),
        ],
        [
            ("NSW North Coast", "", "", "B"),
        ],
        [
            ("By Kirra Dunstallen and Thanh Lecomber", "", "", "B"),
        ],
        [
            ("Posted Sat 6 Feb 2027 at 5:41am, updated Sat 6 Feb 2027 at 11:02am", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            (
                "Floodwater covers the main street of Wollumbarra on Saturday morning, when the river reached 8.6 metres.",
                "",
                "",
                "W",
            ),
            ("(Supplied: Wollumbarra SES)", "", "", "B"),
        ],
        [
            ("Key points:", "", "", "B"),
        ],
        [
            (
                "The Mirrigang River is expected to peak at about 10 metres at Wollumbarra on Sunday morning",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "More than 240 millimetres of rain fell at Yarrabundie in the 24 hours to 9am",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Residents are being urged not to drive through floodwater", "", "", ""),
        ],
        [
            (
                "Residents of about 2,300 homes in Wollumbarra and nearby Yarrabundie have been told to leave before dark as the Mirrigang River heads for its highest peak in 13 years, the State Emergency Service (SES) says.",
                "the State Emergency Service",
                "says",
                "W",
            ),
        ],
        [
            (
                "The Bureau of Meteorology said 241 millimetres of rain fell at Yarrabundie in the 24 hours to 9:00am on Saturday, the most in a single day at the gauge since records began in 1962.",
                "The Bureau of Meteorology",
                "said",
                "W",
            ),
        ],
        [
            (
                "It said the river at Wollumbarra reached 8.6 metres at 7:00am and was expected to peak at about 10 metres on Sunday morning.",
                "The Bureau of Meteorology",
                "said",
                "W",
            ),
        ],
        [
            (
                "The highest recorded peak at the town was 10.4 metres, in January 2014.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Senior meteorologist Deanna Holcrofton said another 100 to 150 millimetres could fall on the ranges west of the town before the rain eased on Monday.",
                "Deanna Holcrofton",
                "said",
                "",
            ),
        ],
        [
            (
                '"The catchment is already full, so pretty much everything that falls now ends up in the river," she said.',
                "Deanna Holcrofton",
                "said",
                "",
            ),
        ],
        [
            (
                "She said it was the river's third major flood since 2022, after peaks of 9.3 metres in February 2022 and 8.9 metres in March 2025.",
                "Deanna Holcrofton",
                "said",
                "W",
            ),
        ],
        [
            (
                "SES deputy zone commander Brett Caddimore said crews had carried out 64 flood rescues since Friday night, most of them of people who had driven into floodwater.",
                "Brett Caddimore",
                "said",
                "W",
            ),
        ],
        [
            ('"Please, if it\'s flooded, forget it," he said.', "Brett Caddimore", "said", ""),
            (
                '"We should not be pulling people out of cars in 2027."',
                "Brett Caddimore",
                "said",
                "",
            ),
        ],
        [
            (
                "He said an evacuation centre had opened at the Wollumbarra Showground and that pets were welcome there.",
                "Brett Caddimore",
                "said",
                "W",
            ),
        ],
        [
            ("Watch", "", "", "B"),
        ],
        [
            ("Duration: 1 minute 12 seconds", "", "", "B"),
        ],
        [
            ("Drone vision shows the extent of the flooding around Wollumbarra.", "", "", ""),
            ("(Brolgan News: Lachie Forbeswood)", "", "", "B"),
        ],
        [
            (
                "At the showground, dairy farmer Noelene Prossington said she had moved 180 cows to higher ground overnight.",
                "Noelene Prossington",
                "said",
                "W",
            ),
        ],
        [
            (
                '"You just get them up the hill and hope the fences hold," she said.',
                "Noelene Prossington",
                "said",
                "",
            ),
            ('"We lost 40 head in 2022.', "Noelene Prossington", "said", "W"),
            ("I'm not doing that again.\"", "Noelene Prossington", "said", ""),
        ],
        [
            (
                "The state's Emergency Services Minister, Carmel Vosperini, said a natural disaster declaration had been made for the Wollumbarra, Yarrabundie and Tindervale local government areas, unlocking recovery grants of up to $75,000 for farmers and small businesses.",
                "Carmel Vosperini",
                "said",
                "W",
            ),
        ],
        [
            (
                '"We\'ve been here before, and this community knows what to do," she told reporters in Grafton.',
                "Carmel Vosperini",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "The Mirrigang Highway was closed in both directions between Yarrabundie and Tindervale on Saturday, Transport for NSW said.",
                "Transport for NSW",
                "said",
                "W",
            ),
            ("Eleven schools in the area will be closed on Monday.", "", "", "W"),
        ],
        [
            ("For emergency help in floods and storms, call the SES on 132 500.", "", "", "B"),
            ("In a life-threatening emergency, call Triple Zero (000).", "", "", "B"),
        ],
        [
            ("Posted 6 Feb 2027 · updated 11:02am", "", "", "B"),
        ],
        [
            ("Topics: Floods, Weather, Emergency Incidents, Wollumbarra, Yarrabundie", "", "", "B"),
        ],
        [
            ("Related stories", "", "", "B"),
        ],
        [
            (
                "'It came up so fast': Residents count the cost as second flood in a year hits Yarrabundie",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Brolgan News acknowledges the Traditional Custodians of the Country on which we gather and report the news, and pays its respects to their Elders.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Brolgan Broadcasting Corporation", "", "", "B"),
        ],
        [
            ("Contact   Accessibility   Privacy   Terms of use   Editorial policies", "", "", "B"),
        ],
        [
            ("© 2027 Brolgan Broadcasting Corporation", "", "", "B"),
        ],
    ],
    [
        [
            ("Skip to Main Content", "", "", "B"),
        ],
        [
            ("LARCHVALE NEWS", "", "", "B"),
        ],
        [
            ("News   Sports   Radio   Music   Listen Live   TV   Watch", "", "", "B"),
        ],
        [
            ("Ottawa Valley", "", "", "B"),
        ],
        [
            (
                "Police say 2 men charged in string of 9 armed pharmacy robberies in Ravensmouth",
                "the Ravensmouth Police Service",
                "say",
                "W",
            ),
        ],
        [
            (
                "Robbers took opioids and cash at knifepoint from stores across the city between November and February",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Social Sharing", "", "", "B"),
        ],
        [
            ("Simone Lalibertain · Larchvale News", "", "", "B"),
        ],
        [
            ("Posted: Feb 16, 2027 4:00 AM EST | Last Updated: 3 hours ago", "", "", "B"),
        ],
        [
            (
                "A police cruiser outside a pharmacy on Ellisfield Road in Ravensmouth's east end.",
                "",
                "",
                "",
            ),
            ("(Guy-Noël Beaupréau/Larchvale News)", "", "", "B"),
        ],
        [
            (
                "Two men have been charged in connection with nine armed robberies at Ravensmouth pharmacies since November, the Ravensmouth Police Service says.",
                "the Ravensmouth Police Service",
                "says",
                "W",
            ),
        ],
        [
            (
                "In a news release Monday, police said the men, aged 27 and 31, were arrested Saturday at a home on Cullivane Crescent when officers executed a search warrant.",
                "police",
                "said",
                "W",
            ),
        ],
        [
            (
                "They face a combined 41 charges, including robbery with a weapon, disguise with intent and possession of a controlled substance for the purpose of trafficking, police said.",
                "police",
                "said",
                "W",
            ),
        ],
        [
            (
                "Police said the robbers threatened staff with a knife or a hammer and demanded oxycodone, hydromorphone and cash.",
                "Police",
                "said",
                "W",
            ),
            (
                "No one was physically hurt, but several employees have been off work since, according to police.",
                "police",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Staff Sgt. Rhéaume Tessendier of the robbery unit said investigators believe the pair sold much of what they took on the street.",
                "Rhéaume Tessendier",
                "said",
                "",
            ),
        ],
        [
            (
                '"These are people who go to work to help sick people, and they had a knife put in their face for a bottle of pills," Tessendier said in an interview.',
                "Rhéaume Tessendier",
                "said in an interview",
                "",
            ),
        ],
        [
            (
                "He said about $14,000 in cash and more than 6,200 pills were taken in total.",
                "Rhéaume Tessendier",
                "said",
                "W",
            ),
        ],
        [
            ("WATCH | Pharmacist describes being robbed at knifepoint:", "", "", "B"),
        ],
        [
            ("Duration 2:03", "", "", "B"),
        ],
        [
            (
                "A Ravensmouth pharmacist whose store was robbed twice in December says she now keeps the dispensary door locked during the day.",
                "Harpreet Grewalpur",
                "says",
                "W",
            ),
        ],
        [
            ("2 days ago", "", "", "B"),
        ],
        [
            (
                "Harpreet Grewalpur, who owns Eastbrook Family Pharmacy, said her store was robbed on Dec. 3 and again on Dec. 19.",
                "Harpreet Grewalpur",
                "said",
                "W",
            ),
        ],
        [
            (
                '"The second time, he knew exactly where everything was," she said.',
                "Harpreet Grewalpur",
                "said",
                "",
            ),
            ('"That\'s what scared me the most."', "Harpreet Grewalpur", "said", ""),
        ],
        [
            (
                "She said she has since spent $9,500 on cameras and a reinforced door, and has asked her insurer about panic buttons.",
                "Harpreet Grewalpur",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Eastern Ontario Pharmacy Owners' Association said in a statement that robberies at its members' stores had more than doubled since 2022, to 38 last year.",
                "The Eastern Ontario Pharmacy Owners' Association",
                "said in a statement",
                "W",
            ),
            (
                "It called on the province to help small pharmacies pay for security upgrades.",
                "The Eastern Ontario Pharmacy Owners' Association",
                "called on",
                "",
            ),
        ],
        [
            (
                "Both men appeared in bail court on Monday and were remanded in custody.",
                "",
                "",
                "W",
            ),
            ("They are due back in court on Feb. 24.", "", "", "W"),
        ],
        [
            (
                "Police say they are still looking for a third person who may have driven the pair to and from some of the robberies.",
                "Police",
                "say",
                "",
            ),
        ],
        [
            (
                "Anyone with information is asked to call investigators at 613-555-0199 or Crime Stoppers.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Larchvale News' Journalistic Standards and Practices | About Larchvale News",
                "",
                "",
                "B",
            ),
        ],
        [
            ("RELATED STORIES", "", "", "B"),
        ],
        [
            ("Ravensmouth man, 44, charged after break-in at east-end pharmacy", "", "", "B"),
        ],
        [
            (
                "Pharmacies say thefts of weight-loss drugs are on the rise across Ontario",
                "",
                "",
                "B",
            ),
        ],
        [
            ("ABOUT THE AUTHOR", "", "", "B"),
        ],
        [
            ("Simone Lalibertain is a reporter with Larchvale News in Ravensmouth.", "", "", "B"),
            ("She covers crime, courts and city hall.", "", "", "B"),
            ("You can reach her at simone.lalibertain@larchvale.ca.", "", "", "B"),
        ],
        [
            ("Start your day with the stories the Valley is talking about.", "", "", "B"),
            ("Sign up for the Larchvale Morning newsletter.", "", "", "B"),
        ],
        [
            ("Sign up", "", "", "B"),
        ],
        [
            ("©2027 Larchvale Broadcasting Corporation.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("Download App", "", "", "B"),
        ],
        [
            (
                "Trending:   Karnataka Budget 2027   Cricket Live Score   Gold Rate Today   Bengaluru Weather",
                "",
                "",
                "B",
            ),
        ],
        [
            ("KHABARSETU", "", "", "B"),
        ],
        [
            (
                "Home   India   Politics   Cities   Business   Sports   Entertainment   Tech   Videos   Photos",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home / Politics / Karnataka", "", "", "B"),
        ],
        [
            (
                "Kembalur bypoll: Ruling SJP retains seat as Sharadamma Gowdanahalli wins by 8,412 votes",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The result comes two months after the party lost the Hiremallur town municipal council to the opposition NVP",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Edited By: Rakesh Venkatramaiah", "", "", "B"),
        ],
        [
            ("Reported By: Ananya Shivalingappa", "", "", "B"),
        ],
        [
            ("Last Updated: February 23, 2027, 19:42 IST", "", "", "B"),
        ],
        [
            ("Follow us on Google News", "", "", "B"),
        ],
        [
            ("Share   WhatsApp   Facebook   X   Copy link", "", "", "B"),
        ],
        [
            (
                "SJP candidate Sharadamma Gowdanahalli celebrates with supporters outside the counting centre in Kembalur on Tuesday.",
                "",
                "",
                "",
            ),
            ("(Image: Khabarsetu)", "", "", "B"),
        ],
        [
            (
                "The ruling Samagra Janashakti Party (SJP) retained the Kembalur Assembly seat in Karnataka's Chitradurga district on Tuesday, with its candidate Sharadamma Gowdanahalli defeating Navodaya Vikasa Party (NVP) candidate H. M. Thippeswamy by 8,412 votes.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Gowdanahalli polled 71,906 votes against Thippeswamy's 63,494, according to Election Commission data.",
                "Election Commission data",
                "according to",
                "W",
            ),
            ("NOTA (None of the Above) received 1,208 votes.", "", "", "W"),
        ],
        [
            (
                "Turnout was 74.8% in the constituency, which has about 1.86 lakh voters, down from 79.1% in the 2023 Assembly election.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Counting began at 8 a.m. at the Government First Grade College in Kembalur and the result was declared at 2:15 p.m.",
                "",
                "",
                "W",
            ),
            ("About 300 police personnel were deployed around the centre.", "", "", "W"),
        ],
        [
            (
                "The bypoll was necessitated by the death of sitting MLA K. Basavarajappa in November.",
                "",
                "",
                "W",
            ),
            ("Gowdanahalli, 58, a former zilla panchayat member, is his widow.", "", "", "W"),
        ],
        [
            (
                '"This is a victory for the work Basavarajappa did for twenty years, and for the people of Kembalur who did not fall for money and liquor," Gowdanahalli told reporters after collecting her certificate.',
                "Sharadamma Gowdanahalli",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "She said her first priority would be to finish the Kembalur lift irrigation project.",
                "Sharadamma Gowdanahalli",
                "said",
                "",
            ),
        ],
        [
            (
                "The ₹640-crore project was sanctioned in 2016 and is about 40% complete, according to the state water resources department.",
                "the state water resources department",
                "according to",
                "W",
            ),
        ],
        [
            (
                'Chief Minister Siddalingaiah Hebbalkere called the result "a stamp of approval" for the government\'s guarantee schemes, which he said reach 1.2 crore families in the state.',
                "Siddalingaiah Hebbalkere",
                "called",
                "W",
            ),
        ],
        [
            (
                '"The opposition spent three weeks in Kembalur telling people the schemes would stop after the bypoll.',
                "Siddalingaiah Hebbalkere",
                "said in a post on X",
                "",
            ),
            (
                'People have given them their answer," he said in a post on X.',
                "Siddalingaiah Hebbalkere",
                "said in a post on X",
                "",
            ),
        ],
        [
            (
                "ALSO READ | Karnataka Budget 2027: State to raise guarantee scheme outlay to ₹58,000 crore",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                'NVP state president Chikkanna Malavalli alleged that the government had "misused the official machinery" and that police had stopped his party\'s workers from campaigning in at least six villages.',
                "Chikkanna Malavalli",
                "alleged",
                "W",
            ),
        ],
        [
            (
                '"We accept the people\'s verdict, but this was not a fair fight," he said.',
                "Chikkanna Malavalli",
                "said",
                "",
            ),
            (
                "He said the NVP had increased its vote share in the seat from 38.2% in 2023 to 45.7%.",
                "Chikkanna Malavalli",
                "said",
                "W",
            ),
        ],
        [
            (
                "Political analyst Dr. Veena Kadambari of the Mysuru-based Institute for Electoral Studies said the narrowing margin should worry the ruling party ahead of the 2028 Assembly election.",
                "Veena Kadambari",
                "said",
                "",
            ),
        ],
        [
            (
                '"In 2023, Basavarajappa won by more than 21,000 votes.',
                "Veena Kadambari",
                "said",
                "W",
            ),
            ('Today the margin is 8,412," she said.', "Veena Kadambari", "said", "W"),
            ('"That is not a wave."', "Veena Kadambari", "said", ""),
        ],
        [
            ("Tags:   Karnataka   Bypoll   SJP   NVP   Kembalur   Chitradurga", "", "", "B"),
        ],
        [
            ("First Published: February 23, 2027, 17:05 IST", "", "", "B"),
        ],
        [
            (
                "Disclaimer: Comments reflect the views of users, not those of Khabarsetu.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Trending News", "", "", "B"),
        ],
        [
            ("Gold price today: 24-carat gold rises ₹320 per 10 grams in Bengaluru", "", "", "B"),
        ],
        [
            (
                "Bengaluru Metro Pink Line: Trial runs to begin on 7.5-km stretch next week",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "About Us   Contact Us   Privacy Policy   Terms of Use   Advertise With Us   Careers",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Copyright © 2027 Khabarsetu Digital Media Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            (
                "BREAKING: Senate confirms 12 ambassadorial nominees after three-hour screening",
                "",
                "",
                "B",
            ),
        ],
        [
            ("ADAURE POST", "", "", "B"),
        ],
        [
            (
                "Home   News   Politics   Business   Economy   Sports   Entertainment   Opinion   Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Dollar  ₦1,612.40   |   Pound  ₦2,018.75   |   Brent  $79.20   |   Gold  $2,941",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Inflation eases to 21.3% in January as food prices slow, says NBS",
                "the National Bureau of Statistics",
                "says",
                "W",
            ),
        ],
        [
            ("By Chinedu Okwuobasi", "", "", "B"),
        ],
        [
            ("February 15, 2027", "", "", "B"),
        ],
        [
            ("4 min read", "", "", "B"),
        ],
        [
            ("Traders at Mile 12 market in Lagos.", "", "", ""),
            ("Photo: File", "", "", "B"),
        ],
        [
            (
                "Nigeria's headline inflation rate eased to 21.3% in January from 22.7% in December, the National Bureau of Statistics (NBS) said on Monday.",
                "the National Bureau of Statistics",
                "said",
                "W",
            ),
        ],
        [
            (
                "The bureau said food inflation slowed to 24.9% from 26.6%, the fourth monthly decline in a row.",
                "The bureau",
                "said",
                "W",
            ),
        ],
        [
            (
                "On a month-on-month basis, prices rose 1.6% in January, compared with 2.1% in December, according to the report.",
                "the report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The report showed that Kogi, Bauchi and Ebonyi recorded the highest year-on-year food inflation, while Kwara recorded the lowest at 17.2%.",
                "The report",
                "showed",
                "W",
            ),
        ],
        [
            (
                "Mrs Ifeyinwa Nwokedigwe, chief economist at Lagos-based Tolumide Capital, said the figures were “encouraging but fragile”.",
                "Ifeyinwa Nwokedigwe",
                "said",
                "",
            ),
        ],
        [
            (
                "“A lot of the easing is a base effect from last January’s spike.",
                "Ifeyinwa Nwokedigwe",
                "said",
                "",
            ),
            (
                "If the naira slips again, we could be back above 23% by mid-year,” she said.",
                "Ifeyinwa Nwokedigwe",
                "said",
                "",
            ),
        ],
        [
            (
                "She noted that the naira had weakened by about 4% against the dollar since the start of the year.",
                "Ifeyinwa Nwokedigwe",
                "noted",
                "W",
            ),
        ],
        [
            (
                "At Mile 12 market, traders said the slowdown had yet to reach their customers’ pockets.",
                "traders",
                "said",
                "",
            ),
        ],
        [
            (
                "Alhaja Risikat Adeyinkaola, who sells tomatoes and peppers, said a big basket of tomatoes now sells for ₦38,000, down from ₦55,000 in November.",
                "Risikat Adeyinkaola",
                "said",
                "W",
            ),
        ],
        [
            (
                "“But rice, beans, garri, everything else is still up,” she said.",
                "Risikat Adeyinkaola",
                "said",
                "",
            ),
            ("“How can anybody say prices are coming down?”", "Risikat Adeyinkaola", "said", ""),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "READ ALSO: Petrol price: Marketers cut pump price to ₦915 per litre in Lagos",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Minister of Finance and Coordinating Minister of the Economy, Mr Olugbenga Aderinokun, said in a statement that the government’s food import waiver had brought 1.4 million tonnes of wheat, maize and rice into the country since July.",
                "Olugbenga Aderinokun",
                "said in a statement",
                "W",
            ),
            (
                "He said the government expected inflation to fall below 18% by December.",
                "Olugbenga Aderinokun",
                "said",
                "",
            ),
        ],
        [
            (
                "The Central Bank of Nigeria’s Monetary Policy Committee, which held its benchmark rate at 26.75% in January, meets again on March 23 and 24.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The general secretary of the Federated Workers’ Congress, Comrade Emeka Ugwuokpe, said the ₦85,000 minimum wage approved in 2025 had lost more than a third of its value.",
                "Emeka Ugwuokpe",
                "said",
                "W",
            ),
        ],
        [
            ("“Workers are not eating percentages,” he said.", "Emeka Ugwuokpe", "said", ""),
            (
                "“When the bureau says inflation is falling, it means prices are rising a little more slowly.",
                "Emeka Ugwuokpe",
                "said",
                "",
            ),
            ("It does not mean anything is cheaper.”", "Emeka Ugwuokpe", "said", ""),
        ],
        [
            ("Kindly share this story:", "", "", "B"),
        ],
        [
            ("Facebook   X   WhatsApp   LinkedIn   Telegram   Email", "", "", "B"),
        ],
        [
            ("Related News", "", "", "B"),
        ],
        [
            ("Naira falls to ₦1,640 at parallel market as demand for dollars rises", "", "", "B"),
        ],
        [
            (
                "FG to begin payment of ₦50,000 grant to 2.1 million households — Minister",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Join the conversation", "", "", "B"),
        ],
        [
            ("Opinions expressed in comments are those of readers.", "", "", "B"),
        ],
        [
            ("Copyright Adaure Post", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "No part of this story may be copied, rewritten, broadcast or republished without written permission from Adaure Post.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Contact: editor@adaurepost.ng", "", "", "B"),
        ],
    ],
    [
        [
            ("Saturday 13 February 2027   |   Sign in   |   Subscribe", "", "", "B"),
        ],
        [
            ("The Ballykinnard Champion", "", "", "B"),
        ],
        [
            (
                "News   Sport   GAA   Community   Business   Property   Death Notices   Jobs",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Courts", "", "", "B"),
        ],
        [
            (
                "Ballykinnard man (42) who headbutted doorman fined €800 and ordered to pay €1,500 compensation",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Eimear Ní Dhubhlainn", "", "", "B"),
        ],
        [
            ("Saturday 13 February 2027, 07:00 AM", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            ("Ballykinnard Courthouse.", "", "", ""),
            ("Photo: File", "", "", "B"),
        ],
        [
            (
                "A 42-year-old Ballykinnard man who headbutted a doorman outside a nightclub on St Stephen’s Night has been fined €800 and ordered to pay €1,500 in compensation at Ballykinnard District Court.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Colm Gorrahill, of Knockbrack Park, Ballykinnard, pleaded guilty to assault causing harm and to being intoxicated in a public place on Bridge Street on December 26, 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Garda Siobhán Fenlonbury told the court that she was called to Hennigan’s nightclub at about 2.15am and found the injured man, a 29-year-old doorman, bleeding heavily from the nose.",
                "Siobhán Fenlonbury",
                "told the court",
                "W",
            ),
        ],
        [
            (
                "She said CCTV footage showed the defendant being refused entry and then striking the doorman with his head.",
                "Siobhán Fenlonbury",
                "said",
                "W",
            ),
            (
                "She said the doorman suffered a broken nose and needed surgery in January 2026.",
                "Siobhán Fenlonbury",
                "said",
                "W",
            ),
        ],
        [
            (
                "The defendant had two previous convictions, both for public order offences in 2011, Garda Fenlonbury said.",
                "Siobhán Fenlonbury",
                "said",
                "W",
            ),
        ],
        [
            (
                "Defending solicitor Pádraig Mac Giolladhuibh said his client had been drinking since the early afternoon at a family gathering and had “very little memory” of the night.",
                "Pádraig Mac Giolladhuibh",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mr Mac Giolladhuibh said his client, a father of three who works as a forklift driver, had brought €1,500 to court as a token of his remorse.",
                "Pádraig Mac Giolladhuibh",
                "said",
                "W",
            ),
        ],
        [
            ("“He’s mortified, Judge.", "Pádraig Mac Giolladhuibh", "said", ""),
            (
                "He has written a letter of apology to the man and he would like it handed in,” the solicitor said.",
                "Pádraig Mac Giolladhuibh",
                "said",
                "W",
            ),
        ],
        [
            ("The injured man was not in court.", "", "", ""),
        ],
        [
            (
                "Judge Eamonn Brasilagh said it was “a nasty, cowardly assault on a man who was doing his job”.",
                "Eamonn Brasilagh",
                "said",
                "",
            ),
        ],
        [
            (
                "“Doormen are entitled to go home at the end of the night with the same face they came to work with,” he said.",
                "Eamonn Brasilagh",
                "said",
                "",
            ),
        ],
        [
            (
                "He fined Gorrahill €800 on the assault charge, gave him three months to pay and struck out the public order charge.",
                "",
                "",
                "W",
            ),
            ("The €1,500 was handed into court for the injured man.", "", "", "W"),
        ],
        [
            (
                "Judge Brasilagh said he would have considered a custodial sentence if the defendant had not pleaded guilty at the first opportunity.",
                "Eamonn Brasilagh",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Read More", "", "", "B"),
        ],
        [
            (
                "Two men charged after €48,000 cannabis seizure at Ballykinnard checkpoint",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Get the latest Ballykinnard news straight to your inbox every morning.", "", "", "B"),
        ],
        [
            ("Sign up", "", "", "B"),
        ],
        [
            ("Follow The Ballykinnard Champion on Facebook and Instagram.", "", "", "B"),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            ("Woman who stole €3,200 from employer given suspended sentence", "", "", "B"),
        ],
        [
            ("Court hears of ‘reign of terror’ on Knockbrack estate", "", "", "B"),
        ],
        [
            ("The Ballykinnard Champion is a member of the Press Council of Ireland.", "", "", "B"),
            (
                "If you have a complaint about our coverage, please contact the editor first.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Ballykinnard Champion Ltd.", "", "", "B"),
            ("Registered in Ireland No. 127744.", "", "", "B"),
        ],
        [
            ("Contact   Advertise   Privacy Statement   Cookie Policy   Terms", "", "", "B"),
        ],
    ],
    [
        [
            ("Kia ora   |   Sign in   |   Subscribe", "", "", "B"),
        ],
        [
            ("ŌRANGIRUA STANDARD", "", "", "B"),
        ],
        [
            ("Ōrangirua 24°C   Fine spells, westerly winds   High tide 3.41pm", "", "", "B"),
        ],
        [
            (
                "News   Sport   Business   Entertainment   Life & Style   Opinion   Rural   Puzzles",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            (
                "Museum reopens after $14.2m quake strengthening, four years and a funding row",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ōrangirua Museum opens its doors on Saturday with a new wing and a carved prow returned from England after 112 years",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Hemi Tautoroa", "", "", "B"),
        ],
        [
            ("Local Democracy Reporter", "", "", "B"),
        ],
        [
            ("5 Mar, 2027 04:00 PM", "", "", "B"),
        ],
        [
            ("4 mins to read", "", "", "B"),
        ],
        [
            ("PREMIUM", "", "", "B"),
        ],
        [
            ("Director Talia Ruawhare-Bonnington in the museum's new Tūhono Gallery.", "", "", ""),
            ("Photo / Jessamy Collardine", "", "", "B"),
        ],
        [
            (
                "Ōrangirua Museum will reopen to the public on Saturday, four years after it closed when an engineering report found parts of the 1928 building met only 15% of the national building standard.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Strengthening and a new two-storey wing cost $14.2 million, $2.9m more than budgeted, according to Ōrangirua District Council figures.",
                "Ōrangirua District Council figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                'Museum director Talia Ruawhare-Bonnington said staff had been counting down "not in days but in crates".',
                "Talia Ruawhare-Bonnington",
                "said",
                "",
            ),
        ],
        [
            (
                '"We packed 41,000 objects in 2023 and every single one of them has come back, which I\'m frankly still amazed by," she said.',
                "Talia Ruawhare-Bonnington",
                "said",
                "W",
            ),
        ],
        [
            (
                "She expected about 30,000 visitors in the first year, up from 21,500 in the last full year before the closure.",
                "Talia Ruawhare-Bonnington",
                "expected",
                "",
            ),
        ],
        [
            (
                "The project became a flashpoint in the 2025 local body election after the council voted 7-5 to borrow the extra $2.9m rather than delay the work.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                'Mayor Grant Hollingrake, who voted against the loan as a councillor, said he was now "genuinely delighted" with the result.',
                "Grant Hollingrake",
                "said",
                "",
            ),
        ],
        [
            (
                '"I still think we could have done it cheaper, and I said so at the time," he said.',
                "Grant Hollingrake",
                "said",
                "",
            ),
            (
                '"But you walk in there and you can see where the money went."',
                "Grant Hollingrake",
                "said",
                "",
            ),
        ],
        [
            (
                "Among the objects on show is a carved tauihu, or canoe prow, that was returned to the district in December after 112 years in a private collection in England.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                'Kaumātua Wiremu Rangitauira, who led the delegation that brought the tauihu home, said it had been "a long time away from its people".',
                "Wiremu Rangitauira",
                "said",
                "",
            ),
        ],
        [
            (
                '"Now he is home, and that matters more to us than any building," he said.',
                "Wiremu Rangitauira",
                "said",
                "",
            ),
            (
                "He said the hapū had paid nothing for the return, which was arranged by the collector's great-granddaughter.",
                "Wiremu Rangitauira",
                "said",
                "W",
            ),
        ],
        [
            (
                "Collections manager Ferdinand Oosterwijkel said the strengthening involved 68 steel frames and 212 ground anchors drilled up to 14 metres into the hill behind the museum.",
                "Ferdinand Oosterwijkel",
                "said",
                "W",
            ),
        ],
        [
            (
                '"You won\'t see any of it, which is the point," he said.',
                "Ferdinand Oosterwijkel",
                "said",
                "",
            ),
        ],
        [
            (
                "Entry will remain free for residents of the district, while visitors from outside it will pay $15.",
                "",
                "",
                "W",
            ),
            (
                "The official opening is at 10am on Saturday and will be followed by a community day with kapa haka, food stalls and tours of the stores.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "This story was produced by a Local Democracy Reporter under a public-interest journalism scheme.",
                "",
                "",
                "B",
            ),
            (
                "The scheme pays for the reporter's time; it has no say in what is written.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Latest from Local News", "", "", "B"),
        ],
        [
            ("Ōrangirua woman, 71, wins national quilting title for third time", "", "", "B"),
        ],
        [
            ("Water restrictions lifted after 3 weeks as Rauhine Stream recovers", "", "", "B"),
        ],
        [
            ("Ōrangirua Standard", "", "", "B"),
        ],
        [
            ("Contact us   Advertise   Privacy   Terms   Complaints", "", "", "B"),
        ],
        [
            (
                "Complaints about our coverage can be made to the editor and, if you are not satisfied, to the Media Council.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© Copyright 2027 Ōrangirua Standard Ltd.", "", "", "B"),
        ],
    ],
    [
        [
            ("Load shedding: Stage 2 from 16:00 to 22:00 today", "", "", "B"),
        ],
        [
            ("IGUGU NEWS", "", "", "B"),
        ],
        [
            (
                "News   Politics   Business   Sport   Lifestyle   Motoring   Opinion   Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News / South Africa / Mpumalanga", "", "", "B"),
        ],
        [
            (
                "Guards wounded as gang blows open cash van on Mpumalanga road, R3.4m taken",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Tshepiso Mahlatjie", "", "", "B"),
        ],
        [
            ("Tuesday, 2 February 2027 | 14:18", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | WhatsApp | Email", "", "", "B"),
        ],
        [
            ("The cash van lies on its side after the robbery on Tuesday morning.", "", "", ""),
            ("(Photo: Supplied/SAPS)", "", "", "B"),
        ],
        [
            (
                "Two security guards were wounded when at least eight armed men forced a cash-in-transit van off the road and blew it open with explosives near Sekhunelo in Mpumalanga on Tuesday morning, police said.",
                "police",
                "said",
                "W",
            ),
        ],
        [
            (
                "Provincial police spokesperson Brigadier Selaelo Makhubedu said the van was travelling from Sekhunelo to a bank in Mokgwane when it was rammed by a bakkie at about 07:40.",
                "Selaelo Makhubedu",
                "said",
                "W",
            ),
        ],
        [
            (
                '"The suspects opened fire on the guards, dragged them out of the vehicle and used explosives to open the cash compartment," Makhubedu said.',
                "Selaelo Makhubedu",
                "said",
                "W",
            ),
            (
                '"They fled in two vehicles, a white BMW and a silver Toyota Fortuner, with an undisclosed amount of money."',
                "Selaelo Makhubedu",
                "said",
                "W",
            ),
        ],
        [
            (
                "She said the guards, aged 34 and 41, were taken to hospital with gunshot wounds and were in a stable condition.",
                "Selaelo Makhubedu",
                "said",
                "W",
            ),
        ],
        [
            (
                "Security company Ezimbiwa Cash Logistics said in a statement that about R3.4 million had been taken.",
                "Ezimbiwa Cash Logistics",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                '"We are deeply grateful that our colleagues survived this cowardly attack," the company said.',
                "the company",
                "said",
                "",
            ),
            (
                "It said it was the third attack on its vehicles on the same route since October.",
                "Ezimbiwa Cash Logistics",
                "said",
                "W",
            ),
        ],
        [
            (
                "Makhubedu said a multidisciplinary team, including the Hawks, had been activated and a manhunt was under way.",
                "Selaelo Makhubedu",
                "said",
                "",
            ),
        ],
        [
            (
                '"We urge anyone with information to call Crime Stop on 08600 10111 or to use the MySAPSApp," she said.',
                "Selaelo Makhubedu",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("READ | Three arrested after R1.2m ATM bombing in eMalahleni", "", "", "B"),
        ],
        [
            (
                "Cash-in-transit robberies rose to 214 in the 2025/26 financial year, up from 187 the year before, according to the latest SAPS crime statistics.",
                "the latest SAPS crime statistics",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Mandla Kheswane, chief executive of the Cash Industry Risk Forum, said gangs were increasingly using commercial explosives stolen from mines.",
                "Mandla Kheswane",
                "said",
                "W",
            ),
        ],
        [
            ('"These are not amateurs.', "Mandla Kheswane", "said", ""),
            (
                'These are organised syndicates with inside information, and until we close those leaks, the guards are sitting ducks," he said.',
                "Mandla Kheswane",
                "said",
                "",
            ),
        ],
        [
            (
                'A taxi driver who was stopped behind the van, Sibusiso Ngcobozane, told Igugu News he heard "at least three" explosions.',
                "Sibusiso Ngcobozane",
                "told Igugu News",
                "W",
            ),
        ],
        [
            (
                '"Everyone was lying flat on the floor of the taxi.',
                "Sibusiso Ngcobozane",
                "said",
                "",
            ),
            ('The children were crying," he said.', "Sibusiso Ngcobozane", "said", ""),
        ],
        [
            (
                "The road was closed for about five hours while the bomb squad cleared the scene.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Have a story?", "", "", "B"),
            ("WhatsApp us on 060 555 0182.", "", "", "B"),
        ],
        [
            ("Related Articles", "", "", "B"),
        ],
        [
            ("Two CIT robbery suspects killed in shootout with police in Ekurhuleni", "", "", "B"),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("Igugu News has switched off comments on crime stories.", "", "", "B"),
            ("Join the conversation on our Facebook page instead.", "", "", "B"),
        ],
        [
            ("© 2027 Igugu Media (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "Terms & Conditions | Privacy Policy | PAIA Manual | Press Code | Contact us",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("VANTORELL", "", "", "B"),
        ],
        [
            (
                "World   Business   Markets   Sustainability   Legal   Technology   Investigations",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Commodities", "", "", "B"),
        ],
        [
            (
                "Workers at Chile's Llanquihuasi copper mine strike over bonus, halting output",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Valentina Urrutigoity and Dominic Frettsome", "", "", "B"),
        ],
        [
            ("February 24, 2027 6:47 PM UTC", "", "", "B"),
        ],
        [
            ("Updated 2 hours ago", "", "", "B"),
        ],
        [
            (
                "Trucks stand idle at the Llanquihuasi copper mine in the Atacama region, Chile, February 24, 2027.",
                "",
                "",
                "",
            ),
            ("VANTORELL/Rodrigo Quelopana", "", "", "B"),
        ],
        [
            ("Purchase Licensing Rights", "", "", "B"),
        ],
        [
            (
                "SANTIAGO, Feb 24 (Vantorell) - About 2,300 workers at the Llanquihuasi copper mine in northern Chile walked off the job on Wednesday after talks on a new labor contract collapsed, halting production at a mine that supplies about 1.4% of the world's copper, the workers' union said.",
                "the workers' union",
                "said",
                "W",
            ),
        ],
        [
            (
                "Union president Héctor Saavedra-Lillo said workers were demanding a one-off bonus of 28 million pesos ($29,800) each after record profits at the mine last year.",
                "Héctor Saavedra-Lillo",
                "said",
                "W",
            ),
        ],
        [
            (
                '"The company made more money than ever in 2026, and it wants to pay us less than in 2023," Saavedra-Lillo told Vantorell by phone.',
                "Héctor Saavedra-Lillo",
                "told Vantorell",
                "W",
            ),
            (
                '"We are ready to talk, but not to be insulted."',
                "Héctor Saavedra-Lillo",
                "told Vantorell",
                "",
            ),
        ],
        [
            (
                'Llanquihuasi Copper, which is 70% owned by Canada-based Quillamet Resources, said in a statement it had offered a bonus of 19 million pesos and a 4.5% real wage increase, which it called "the best offer in the industry this year."',
                "Llanquihuasi Copper",
                "said in a statement",
                "W",
            ),
            (
                "It said contingency plans would allow it to keep processing ore from stockpiles for about 10 days.",
                "Llanquihuasi Copper",
                "said",
                "",
            ),
        ],
        [
            (
                "The mine produced 318,000 metric tons of copper in 2026, according to Quillamet's annual report.",
                "Quillamet's annual report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Chile's labor ministry said it had called both sides to a mediation session on Friday.",
                "Chile's labor ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "Benchmark copper on the London Metal Exchange rose 1.8% to $10,940 a ton by 1700 GMT, its highest in three weeks.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                '"The market is already tight, so a long stoppage at a mine this size will show up in prices quickly," said Ingrid Hasselvik, a metals analyst at Brenmark Securities in London.',
                "Ingrid Hasselvik",
                "said",
                "",
            ),
            (
                "She said Chile accounted for about a quarter of global mined copper supply.",
                "Ingrid Hasselvik",
                "said",
                "W",
            ),
        ],
        [
            ("Quillamet's shares fell 3.2% to C$48.15 in Toronto.", "", "", "W"),
            (
                "A Quillamet spokesperson in Toronto declined to comment beyond the statement.",
                "A Quillamet spokesperson in Toronto",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "The union said it would hold a rally outside the company's offices in Copiapó on Thursday.",
                "The union",
                "said",
                "",
            ),
        ],
        [
            ("Workers at Llanquihuasi last went on strike in 2021, for 19 days.", "", "", "W"),
        ],
        [
            (
                "(Reporting by Valentina Urrutigoity in Santiago and Dominic Frettsome in London; Additional reporting by Kasia Wrześniewska in Toronto; Editing by Marguerite Olanrewajo and Tobias Kellenbrook)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Our Standards: How Vantorell reports the news.", "", "", "B"),
        ],
        [
            ("Read Next", "", "", "B"),
        ],
        [
            ("Chile's copper output fell 2.3% in December, government agency says", "", "", "B"),
        ],
        [
            ("Peru's lithium exploration bill clears congressional committee", "", "", "B"),
        ],
        [
            ("Market data is delayed by at least 15 minutes.", "", "", "B"),
            ("A full list of exchanges and delays is available here.", "", "", "B"),
        ],
        [
            ("© 2027 Vantorell.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("BYTEHARBOR", "", "", "B"),
        ],
        [
            (
                "Latest   Startups   Venture   AI   Security   Apps   Transportation   Events   Podcasts   Newsletters",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Fintech", "", "", "B"),
        ],
        [
            ("Payments startup Billowpay cuts 18% of staff after funding talks stall", "", "", "W"),
        ],
        [
            ("Renske Oosthoekstra", "", "", "B"),
        ],
        [
            ("8:14 AM PST · February 17, 2027", "", "", "B"),
        ],
        [
            ("Image Credits: Billowpay", "", "", "B"),
        ],
        [
            (
                "Billowpay, the London- and Austin-based startup that sells payment software to restaurants, is laying off 112 employees, or about 18% of its workforce, Byteharbor has learned.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                'In a memo sent to staff on Tuesday and seen by Byteharbor, co-founder and CEO Dario Felsenthorpe wrote that the company had been "in advanced talks" to raise new funding but that the round "did not come together on terms that made sense for us."',
                "Dario Felsenthorpe",
                "wrote",
                "W",
            ),
        ],
        [
            (
                '"I want to be direct: this is my decision, and it would be wrong to pretend otherwise," Felsenthorpe wrote.',
                "Dario Felsenthorpe",
                "wrote",
                "",
            ),
        ],
        [
            (
                'He wrote that the cuts would let the company operate "well into 2029" without raising more money.',
                "Dario Felsenthorpe",
                "wrote",
                "",
            ),
            (
                "Annual recurring revenue grew 64% in 2026, to $41 million, according to the memo.",
                "the memo",
                "according to",
                "W",
            ),
        ],
        [
            (
                "A Billowpay spokesperson confirmed the layoffs and said affected employees in the U.S. would receive 12 weeks of severance and health coverage through June.",
                "A Billowpay spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                "Billowpay last raised money in March 2024, a $60 million Series B round led by Sennacott Ventures that valued it at $540 million, according to Dealcrest.",
                "Dealcrest",
                "according to",
                "W",
            ),
        ],
        [
            (
                "A former employee, who asked not to be named because they signed a severance agreement, said the sales and support teams were hit hardest.",
                "A former employee",
                "said",
                "",
            ),
            ('"Half of my team was gone by 10 a.m.," they said.', "A former employee", "said", "W"),
        ],
        [
            ("Byteharbor Event", "", "", "B"),
        ],
        [
            ("Byteharbor Sessions: Fintech", "", "", "B"),
        ],
        [
            ("San Francisco | April 14, 2027", "", "", "B"),
        ],
        [
            ("Hear from the founders and investors reshaping how money moves.", "", "", "B"),
            ("Early-bird tickets end Friday.", "", "", "B"),
        ],
        [
            ("Register Now", "", "", "B"),
        ],
        [
            (
                "Venture funding for fintech startups fell to $9.8 billion globally in the fourth quarter of 2026, the lowest quarterly total since 2017, Dealcrest data shows.",
                "Dealcrest data",
                "shows",
                "W",
            ),
        ],
        [
            (
                "Billowpay competes with larger rivals such as Servora and Checkwise, both of which have cut prices for small restaurants in the past year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                '"Restaurant payments is a knife fight on price, and the investors who were happy to fund growth at any cost in 2021 now want to see a path to profit," said Okonkwo Fairbairnes, a partner at venture firm Vesterholm Capital, which is not an investor in Billowpay.',
                "Okonkwo Fairbairnes",
                "said",
                "",
            ),
            (
                "He said he expected more consolidation in the sector this year.",
                "Okonkwo Fairbairnes",
                "said",
                "",
            ),
        ],
        [
            (
                "Billowpay was founded in 2019 and says its software is used in about 14,000 restaurants in the U.K. and U.S.",
                "Billowpay",
                "says",
                "W",
            ),
            ("The company also laid off 40 people in 2023.", "", "", "W"),
        ],
        [
            ("Got a tip?", "", "", "B"),
            (
                "Contact Renske Oosthoekstra securely on Signal at renske.42 or by email at renske@byteharbor.com.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Renske Oosthoekstra", "", "", "B"),
        ],
        [
            ("Senior Reporter, Fintech", "", "", "B"),
        ],
        [
            (
                "Renske Oosthoekstra is a senior reporter at Byteharbor covering fintech and payments.",
                "",
                "",
                "B",
            ),
            ("She was previously a business reporter in Amsterdam.", "", "", "B"),
        ],
        [
            ("Newsletters", "", "", "B"),
        ],
        [
            ("Subscribe for the industry's biggest tech news", "", "", "B"),
        ],
        [
            ("Most Popular", "", "", "B"),
        ],
        [
            ("Robotaxi startup Drivenza pauses service in Phoenix after two crashes", "", "", "B"),
        ],
        [
            ("Chipmaker Tessarix raises $300M to build cheaper inference chips", "", "", "B"),
        ],
        [
            ("© 2027 Byteharbor Media, Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Privacy Policy   Terms of Service   Code of Conduct   Cookie Settings", "", "", "B"),
        ],
    ],
    [
        [
            ("Scores", "", "", "B"),
        ],
        [
            ("FT   Thurnleigh 1-2 Corvingham", "", "", "B"),
        ],
        [
            ("FT   Quernsey Athletic 3-1 Bracklow", "", "", "B"),
        ],
        [
            ("SIDELINEPOST", "", "", "B"),
        ],
        [
            (
                "Football   Cricket   Rugby   Tennis   F1   Golf   Boxing   Racing   More",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Football › Match reports", "", "", "B"),
        ],
        [
            ("Thurnleigh 1-2 Corvingham: Late Akinwunmiro header sends visitors top", "", "", "W"),
        ],
        [
            (
                "Substitute scores in 89th minute as Corvingham end Thurnleigh's 11-game unbeaten home run",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Fergus Auchenlochan", "", "", "B"),
        ],
        [
            ("Saturday 20 February 2027, 17:21", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            (
                "Substitute Tobi Akinwunmiro headed an 89th-minute winner as Corvingham United came from behind to beat Thurnleigh Town 2-1 and go top of the table on goal difference.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Thurnleigh had led through Callum Orritt's 23rd-minute penalty, awarded after Corvingham goalkeeper Marek Zbrojewski brought down Jaden Pemblecote.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Kwabena Appiahkubi equalised for the visitors seven minutes after half-time, sweeping in from 12 yards when Thurnleigh failed to clear a corner.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Akinwunmiro, on for only six minutes, then met Lewis Dellacourt's cross at the far post for his first goal since joining from Brockwen in January.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Thurnleigh pressed for an equaliser through six minutes of stoppage time, but Zbrojewski saved well from Pemblecote's low drive.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The defeat ended Thurnleigh's run of 11 league games unbeaten at the Gwenlock Ground, and a crowd of 14,862 was the biggest there this season.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“I thought we deserved it, if I’m honest,” Corvingham manager Stellan Brightcombe told Sidelinepost.",
                "Stellan Brightcombe",
                "told Sidelinepost",
                "",
            ),
            (
                "“We were poor for half an hour, we sorted a couple of things out at the break, and after that there was only one team trying to win it.”",
                "Stellan Brightcombe",
                "told Sidelinepost",
                "",
            ),
        ],
        [
            (
                "Asked about Akinwunmiro, Brightcombe said: “He’s been training like a man possessed.",
                "Stellan Brightcombe",
                "said",
                "",
            ),
            (
                "I told him before he went on: ‘It’ll come to you at the back post.’",
                "Stellan Brightcombe",
                "said",
                "",
            ),
            ("And it did.”", "Stellan Brightcombe", "said", ""),
        ],
        [
            (
                "Thurnleigh manager Desmond Kilbardy said his side had “switched off” for both goals.",
                "Desmond Kilbardy",
                "said",
                "",
            ),
        ],
        [
            (
                "“You can’t concede from a corner and from a cross in the last minute and expect to win football matches,” he said.",
                "Desmond Kilbardy",
                "said",
                "",
            ),
            ("“Are we disappointed?", "Desmond Kilbardy", "added", ""),
            ("Of course.", "Desmond Kilbardy", "added", ""),
            (
                "But we’ve lost two league games since October,” he added.",
                "Desmond Kilbardy",
                "added",
                "W",
            ),
        ],
        [
            (
                "Corvingham have won seven of their past nine league games, while Thurnleigh drop to third, three points off the top.",
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
                "Akinwunmiro said afterwards that he had “never felt a header like it”.",
                "Tobi Akinwunmiro",
                "said",
                "",
            ),
            ("“I just closed my eyes and hoped,” he said.", "Tobi Akinwunmiro", "said", ""),
        ],
        [
            ("Line-ups", "", "", "B"),
        ],
        [
            (
                "Thurnleigh: Dobrescu; Ashpitel, Lindqvard, Mayhewson, Corcombe; Orritt, Feldmarsh (Braddonfield 78); Pemblecote, Amankwaah, Kovačević; Mellowby.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Booked: Orritt, Feldmarsh.", "", "", ""),
        ],
        [
            (
                "Corvingham: Zbrojewski; Dellacourt, Amponsahene, Threlfallow, Bayliffe; Appiahkubi, Ogunbiyide, Marchelotti (Akinwunmiro 83); Stennick, Halvorsmoen (Pennyholme 70), Courtenage.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Booked: Ogunbiyide.", "", "", ""),
        ],
        [
            ("Referee: Declan Wethercombe.", "", "", ""),
        ],
        [
            ("Attendance: 14,862.", "", "", ""),
        ],
        [
            ("Top of the table", "", "", "B"),
        ],
        [
            ("Pos   Team   P   W   D   L   GD   Pts", "", "", "B"),
        ],
        [
            ("1   Corvingham United   31   19   6   6   +24   63", "", "", ""),
        ],
        [
            ("2   Quernsey Athletic   30   19   6   5   +21   63", "", "", ""),
        ],
        [
            ("3   Thurnleigh Town   31   17   9   5   +17   60", "", "", ""),
        ],
        [
            ("18+ only.", "", "", "B"),
            ("Please gamble responsibly.", "", "", "B"),
        ],
        [
            ("More from Football", "", "", "B"),
        ],
        [
            ("Brockwen sack manager after six straight defeats", "", "", "B"),
        ],
        [
            ("© 2027 Sidelinepost Ltd.", "", "", "B"),
            ("Sidelinepost is not responsible for the content of external sites.", "", "", "B"),
        ],
        [
            ("About   Contact   Privacy   Cookies   Accessibility   Terms", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h78-us-pm-updated",
        "Published Feb. 9, 2027 at 10:52 p.m. Updated Feb. 10, 2027 at 6:15 a.m.",
        ["Published Feb. 9, 2027 at 10:52 p.m.", "Updated Feb. 10, 2027 at 6:15 a.m."],
    ),
    (
        "h78-us-paywall-three",
        "You have 2 free articles remaining this month. Subscribe for $1 a week for 12 weeks and get unlimited access to local news you can't find anywhere else. Cancel anytime.",
        [
            "You have 2 free articles remaining this month.",
            "Subscribe for $1 a week for 12 weeks and get unlimited access to local news you can't find anywhere else.",
            "Cancel anytime.",
        ],
    ),
    (
        "h78-us-oct-mid",
        "The tax would raise about $38 million a year, according to an estimate by the county budget office. If voters approve it, the tax would take effect Oct. 1 and expire after 20 years, according to the ballot language.",
        [
            "The tax would raise about $38 million a year, according to an estimate by the county budget office.",
            "If voters approve it, the tax would take effect Oct. 1 and expire after 20 years, according to the ballot language.",
        ],
    ),
    (
        "h78-us-question-after",
        '"We keep asking the people who shop at the dollar store to pay for everything," he said. "Is that really the fairest way to do this?"',
        [
            '"We keep asking the people who shop at the dollar store to pay for everything," he said.',
            '"Is that really the fairest way to do this?"',
        ],
    ),
    (
        "h78-us-bio-email",
        "Danica Ferrisworth covers county government for The Kestermont Ledger. Reach her at dferrisworth@kestermontledger.com or 615-555-0148.",
        [
            "Danica Ferrisworth covers county government for The Kestermont Ledger.",
            "Reach her at dferrisworth@kestermontledger.com or 615-555-0148.",
        ],
    ),
    (
        "h78-uk-colon-quote",
        "A Department of Health and Social Care spokesperson said: “We know how hard this winter has been for patients and for staff. That is why we have put an extra £1.2bn into urgent and emergency care and opened 1,900 more beds.”",
        [
            "A Department of Health and Social Care spokesperson said: “We know how hard this winter has been for patients and for staff.",
            "That is why we have put an extra £1.2bn into urgent and emergency care and opened 1,900 more beds.”",
        ],
    ),
    (
        "h78-uk-plc-registered",
        "© 2027 Brantingley Standard Media Group plc. Registered in England and Wales No. 02871604. Registered office: 9 Cardmaker Lane, London EC2A 4PN.",
        [
            "© 2027 Brantingley Standard Media Group plc.",
            "Registered in England and Wales No. 02871604.",
            "Registered office: 9 Cardmaker Lane, London EC2A 4PN.",
        ],
    ),
    (
        "h78-uk-caption-photograph",
        "Ambulances queue outside the emergency department at St Ethelmund’s Hospital in Wellingborough on Monday evening. Photograph: Joss Pendarvick/The Brantingley Standard",
        [
            "Ambulances queue outside the emergency department at St Ethelmund’s Hospital in Wellingborough on Monday evening.",
            "Photograph: Joss Pendarvick/The Brantingley Standard",
        ],
    ),
    (
        "h78-au-head-2022",
        '"You just get them up the hill and hope the fences hold," she said. "We lost 40 head in 2022. I\'m not doing that again."',
        [
            '"You just get them up the hill and hope the fences hold," she said.',
            '"We lost 40 head in 2022.',
            "I'm not doing that again.\"",
        ],
    ),
    (
        "h78-au-triple-zero",
        "For emergency help in floods and storms, call the SES on 132 500. In a life-threatening emergency, call Triple Zero (000).",
        [
            "For emergency help in floods and storms, call the SES on 132 500.",
            "In a life-threatening emergency, call Triple Zero (000).",
        ],
    ),
    (
        "h78-ca-according-police",
        "Police said the robbers threatened staff with a knife or a hammer and demanded oxycodone, hydromorphone and cash. No one was physically hurt, but several employees have been off work since, according to police.",
        [
            "Police said the robbers threatened staff with a knife or a hammer and demanded oxycodone, hydromorphone and cash.",
            "No one was physically hurt, but several employees have been off work since, according to police.",
        ],
    ),
    (
        "h78-ca-feb-24",
        "Both men appeared in bail court on Monday and were remanded in custody. They are due back in court on Feb. 24.",
        [
            "Both men appeared in bail court on Monday and were remanded in custody.",
            "They are due back in court on Feb. 24.",
        ],
    ),
    (
        "h78-ca-bio-email",
        "Simone Lalibertain is a reporter with Larchvale News in Ravensmouth. She covers crime, courts and city hall. You can reach her at simone.lalibertain@larchvale.ca.",
        [
            "Simone Lalibertain is a reporter with Larchvale News in Ravensmouth.",
            "She covers crime, courts and city hall.",
            "You can reach her at simone.lalibertain@larchvale.ca.",
        ],
    ),
    (
        "h78-in-pm-about",
        "Counting began at 8 a.m. at the Government First Grade College in Kembalur and the result was declared at 2:15 p.m. About 300 police personnel were deployed around the centre.",
        [
            "Counting began at 8 a.m. at the Government First Grade College in Kembalur and the result was declared at 2:15 p.m.",
            "About 300 police personnel were deployed around the centre.",
        ],
    ),
    (
        "h78-in-initial-mla",
        "The bypoll was necessitated by the death of sitting MLA K. Basavarajappa in November. Gowdanahalli, 58, a former zilla panchayat member, is his widow.",
        [
            "The bypoll was necessitated by the death of sitting MLA K. Basavarajappa in November.",
            "Gowdanahalli, 58, a former zilla panchayat member, is his widow.",
        ],
    ),
    (
        "h78-in-margin-wave",
        '"In 2023, Basavarajappa won by more than 21,000 votes. Today the margin is 8,412," she said. "That is not a wave."',
        [
            '"In 2023, Basavarajappa won by more than 21,000 votes.',
            'Today the margin is 8,412," she said.',
            '"That is not a wave."',
        ],
    ),
    (
        "h78-in-pvt-ltd",
        "Copyright © 2027 Khabarsetu Digital Media Pvt. Ltd. All rights reserved.",
        ["Copyright © 2027 Khabarsetu Digital Media Pvt. Ltd.", "All rights reserved."],
    ),
    (
        "h78-ng-base-effect",
        "“A lot of the easing is a base effect from last January’s spike. If the naira slips again, we could be back above 23% by mid-year,” she said.",
        [
            "“A lot of the easing is a base effect from last January’s spike.",
            "If the naira slips again, we could be back above 23% by mid-year,” she said.",
        ],
    ),
    (
        "h78-ng-how-can",
        "“But rice, beans, garri, everything else is still up,” she said. “How can anybody say prices are coming down?”",
        [
            "“But rice, beans, garri, everything else is still up,” she said.",
            "“How can anybody say prices are coming down?”",
        ],
    ),
    (
        "h78-ie-mortified-judge",
        "“He’s mortified, Judge. He has written a letter of apology to the man and he would like it handed in,” the solicitor said.",
        [
            "“He’s mortified, Judge.",
            "He has written a letter of apology to the man and he would like it handed in,” the solicitor said.",
        ],
    ),
    (
        "h78-ie-ltd-registered",
        "© 2027 Ballykinnard Champion Ltd. Registered in Ireland No. 127744.",
        ["© 2027 Ballykinnard Champion Ltd.", "Registered in Ireland No. 127744."],
    ),
    (
        "h78-nz-entry-opening",
        "Entry will remain free for residents of the district, while visitors from outside it will pay $15. The official opening is at 10am on Saturday and will be followed by a community day with kapa haka, food stalls and tours of the stores.",
        [
            "Entry will remain free for residents of the district, while visitors from outside it will pay $15.",
            "The official opening is at 10am on Saturday and will be followed by a community day with kapa haka, food stalls and tours of the stores.",
        ],
    ),
    (
        "h78-za-amateurs",
        '"These are not amateurs. These are organised syndicates with inside information, and until we close those leaks, the guards are sitting ducks," he said.',
        [
            '"These are not amateurs.',
            'These are organised syndicates with inside information, and until we close those leaks, the guards are sitting ducks," he said.',
        ],
    ),
    (
        "h78-za-story-whatsapp",
        "Have a story? WhatsApp us on 060 555 0182.",
        ["Have a story?", "WhatsApp us on 060 555 0182."],
    ),
    (
        "h78-wire-said-name-after",
        '"The market is already tight, so a long stoppage at a mine this size will show up in prices quickly," said Ingrid Hasselvik, a metals analyst at Brenmark Securities in London. She said Chile accounted for about a quarter of global mined copper supply.',
        [
            '"The market is already tight, so a long stoppage at a mine this size will show up in prices quickly," said Ingrid Hasselvik, a metals analyst at Brenmark Securities in London.',
            "She said Chile accounted for about a quarter of global mined copper supply.",
        ],
    ),
    (
        "h78-wire-c-dollar",
        "Quillamet's shares fell 3.2% to C$48.15 in Toronto. A Quillamet spokesperson in Toronto declined to comment beyond the statement.",
        [
            "Quillamet's shares fell 3.2% to C$48.15 in Toronto.",
            "A Quillamet spokesperson in Toronto declined to comment beyond the statement.",
        ],
    ),
    (
        "h78-tech-us-end",
        "Billowpay was founded in 2019 and says its software is used in about 14,000 restaurants in the U.K. and U.S. The company also laid off 40 people in 2023.",
        [
            "Billowpay was founded in 2019 and says its software is used in about 14,000 restaurants in the U.K. and U.S.",
            "The company also laid off 40 people in 2023.",
        ],
    ),
    (
        "h78-tech-am-quote",
        'A former employee, who asked not to be named because they signed a severance agreement, said the sales and support teams were hit hardest. "Half of my team was gone by 10 a.m.," they said.',
        [
            "A former employee, who asked not to be named because they signed a severance agreement, said the sales and support teams were hit hardest.",
            '"Half of my team was gone by 10 a.m.," they said.',
        ],
    ),
    (
        "h78-sp-back-post",
        "Asked about Akinwunmiro, Brightcombe said: “He’s been training like a man possessed. I told him before he went on: ‘It’ll come to you at the back post.’ And it did.”",
        [
            "Asked about Akinwunmiro, Brightcombe said: “He’s been training like a man possessed.",
            "I told him before he went on: ‘It’ll come to you at the back post.’",
            "And it did.”",
        ],
    ),
    (
        "h78-sp-disappointed",
        "“Are we disappointed? Of course. But we’ve lost two league games since October,” he added.",
        [
            "“Are we disappointed?",
            "Of course.",
            "But we’ve lost two league games since October,” he added.",
        ],
    ),
]
