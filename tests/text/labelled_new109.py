"""Hundred-and-ninth set of new hand-labelled pages for the hint engines (tuning set, round forty-five):
twelve WHOLE pages, head to tail, from twelve kinds of news site in twelve countries the sets are thin
on, where each site's own FURNITURE is the hard part: a farming weekly's markets page (Namibia,
weaner prices at an auction yard), a regional TV station's page (Jamaica, water three days a week
after a pump burns out), a student newspaper (Wales, halls rents up 7.9%), an NGO's news blog (Papua
New Guinea, a river boat clinic on the Sepik), a business wire release (Bermuda, a reinsurer's
quarterly results), a diaspora community paper (Guyana, from Queens: a scanning fee on barrels sent
home), a news-aggregator app page pasted from a phone (Mauritius, a reservoir at 38% and longer
water cuts), a government agency's press-release page (the Isle of Man, storm repairs to a harbour
breakwater), a podcast episode page with a transcript excerpt (Cyprus, desalination and who pays), a
sports club's official site (the Bahamas, a women's league title and a floodlights grant), an apparel
trade-press site (Lesotho, garment exports down 22% and 1,100 job cuts) and a city magazine
(Gibraltar, an old fish market reopened as a food hall). The furniture is worded afresh on every page
and sits at the head, in the middle of the story and at the tail: mastheads and taglines, menus,
price, currency, commodity and news tickers, a weather strip, breadcrumbs, bylines and datelines,
share rows, captions and credits, video player chrome ("▶ 2:51 · Camera: ...", "Up next", "Autoplay:
on"), audio player chrome and episode metadata, chapters, a transcript note and credits, phone status
bar, app tabs, a source line with "Translated from French", reaction counts and a "Why you're seeing
this" line, a metered-paywall notice, a KEY TAKEAWAYS box, webinar, auction-calendar, community-
calendar, next-fixture and "IF YOU GO" boxes, donation, membership, listener-funding, volunteering,
app, newsletter and price-report asks, a correction note, a funding note and a consent note, release
fields ("Release date:", "Issued by:"), a restrictions label, notes to editors, a results table,
conference-call dial-in lines, "About" boilerplate, a forward-looking statements note, contacts and a
source line, an embedded post with its chrome, comment sections, tags, "related", "more from" and
"you might also like" lists written as headlines, and legal, registration, contact and footer lines.
The story sentences carry figures, quotes, hedges and plans as usual, with abbreviations, times,
decimals, initials and quotes split across sentences. The pages hold 529 sentences: 274 "B", 124 "W"
and 131 ""; 167 sentences carry a speaker (73 distinct speakers). `STYLES` describes each page, its
story, its speakers and its furniture in order.

Written from scratch for issue 13 in round forty-five, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README was opened; `claimreview` was never imported, and no test, scorer,
engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied from
anywhere. What was read: the brief (`/tmp/brief` was listed; it held only the brief); of `/tmp/sets`
only a count of its entries was printed at the start (`ls | wc -l`, 0), and no file there was
opened; the module docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with
`ast.get_docstring`); `def build` in `tests/text/labelled_articles.py` (printed alone by an `ast`
script with `get_source_segment`); the `[tool.ruff]` tables of `pyproject.toml` (a `sed` address
range from `[tool.ruff` to the next non-ruff table); from `labelled_new107.py` and
`labelled_new108.py`, the output of a script of my own using `ast` that prints the module docstring,
`STYLES`, the first two pages of `ARTICLES` and the first eight `CASES` of each: printed once (the
tool cut its middle, so only the docstring of `labelled_new107.py`, the first item of its `STYLES`,
the end of the first page of `labelled_new108.py`, its second page and its cases were seen then),
then saved to a scratch file, of which `grep -n` listed the section markers and `sed` printed some
ranges: the `STYLES` of `labelled_new107.py` (lines cut at 3,000 characters), its first page, its
eight cases, the docstring of `labelled_new108.py` (the tool cut about ten of its lines, printed
afterwards by a `grep -n` and a `sed` range), its `STYLES`, and five lines of its first page; so the
second page of `labelled_new107.py` and most of the first page of `labelled_new108.py` were never
seen. No other page, case or docstring of any file under `tests/` was read. What was run: a Python
one-liner printing the calendars of January to March 2027 and one printing the weekday of 5 December
2026, to check weekdays; scripts of my own in a scratch folder that turn a small line format (flag,
speaker, cue and text separated by a tilde, one line a paragraph unless it starts with "+") into the
literals below, apply renames, cut the split cases out of the pages by a prefix and a count, list
sentences with an inner full stop, question mark or exclamation mark before a capital, a quote mark
or a digit (to catch lines holding two sentences), and count sentences, flags and speakers;
whole-word, case-insensitive per-word file counts (`grep -rliwF --include='*.py' -- WORD
/work/main/tests | wc -l`) for every capitalised word of these pages and for every candidate
replacement; an import of this file with `labelled_articles.build` on every page and a check of four
string fields, flags, no "B" with a speaker, a cue for every speaker and a speaker for every cue, 30
distinct case ids, every case text in a built page and equal to its sentences joined by single
spaces, each expected sentence one labelled sentence of one paragraph, in order, and the counts
above; and `ruff format` and `ruff check` (the project's `.venv`) with the project's `pyproject.toml`
as config, the check also through `--stdin-filename tests/text/labelled_new109.py` so that the
per-file ignores for `tests/**` apply. Only counts were read from the word searches, never the matched
lines or file names; they ran through every file under `tests/`, including ones this set must not
open. The first draft's coined people, outlets, firms, places, a song, a hurricane and a boat hit
about eighty words of other files, many in exactly one file (such as Halvergate, Yalumbi,
Glanhesgyn, Trevaskell, Carnwennan, Ashburne, Quarrington, Fernhallow, Tidewater, Tidemark,
Sapodilla, Ilsabet, Cordwainer and Riverbed); each was renamed, and about 55 of about 125
candidate replacements, counted in four rounds, hit as well and were renamed again; only replacements with no hit were kept
for surnames, outlets, firms, clubs, teams, grounds, streets, villages and the like. What still hits
is real places and regions (Namibia, Windhoek, Gobabis, Omaheke, Witvlei, Jamaica's Manchester,
Mandeville, Kingston, Montego Bay, St. Elizabeth, Wales, the Sepik, Angoram, Cairns, Bermuda,
Hamilton, Zurich, Guyana, Georgetown, Berbice, Queens, Richmond Hill, New Jersey, Toronto, Brampton,
Mauritius, Curepipe, Floréal, Vacoas-Phoenix, Plaines Wilhems, Port Louis, Moka, the Isle of Man,
Peel, Douglas, Cyprus, Nicosia, Limassol, Nassau, New Providence, Lesotho, Maseru, Kenya, Madagascar,
Mombasa, Shanghai, Gibraltar and the like), common given names kept on purpose (Andre, Anne, Clive,
Dario, Ellery, Ffion, Gerrit, Gethin, Gwenllian, Henrietta, Imogen, Iolo, Joseph, Mpho, Priyanka,
Quentin, Rohan, Rosalind, Ruth, Tobias, Yusuf), common words (Apparel, Auctioneer, Barrel, Boulevard,
Bottling, Convent, Cruise, Developments, Explicit, Harbours, Knitwear, Lounge, Recipes, Solidarity,
Sourcing, Spur, Underwriting, Vox and the like), tokens such as FY, MP3, NYSE, SAST, SU, VHF, K60 and
M2, and Welsh, Tok Pisin and Manx words kept on purpose (Darllenwch, Gymraeg, Cymraeg, Pisin, Gaelg).

Every person, outlet, station, channel, app, newswire, podcast, network, trust, foundation, charity,
union, forum, association, council, board, agency, company, firm, bank, feedlot, co-op, club, team,
ground, fund, hall, quarry, reservoir, relift station, desalination plant, boat, hurricane, street,
village, district, handle and figure is invented. Real countries, regions, cities and institutions
appear only as settings: those listed above, Tynwald, the Crown (in a copyright line), the New York
Stock Exchange (a listing), the U.S. Private Securities Litigation Reform Act of 1995 (its name only),
the Convent (as a building), Apple Podcasts, Spotify, Pocket Casts, Facebook, X and WhatsApp (as
channels).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, menu, ticker, byline, date, share row, caption, credit, player line,
box line, list item, embed line, button row, comment line and legal line is a paragraph of its own);
each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the
recent sets: furniture "B" line by line, whatever it says (reader comments too); a caption by its
content and its credit "B"; headlines and standfirsts never split and flagged by content; a dateline
belongs to its lead sentence; a pronoun, a later surname or title resolves to the full name as first
given, without titles; "it said" after an organisation resolves to it as first given, and a later
generic noun is kept as written ("The company", "the board", "The union", "The council", "The
authority", "The agency", "The services", "the university"); "according to X" gives X as written; a
quote over several sentences carries its speaker and cue in each; a named person acting without a
verb of saying carries no speaker; sport data lines "" and a box's title "B"; interview turns with
name prefixes as in `labelled_new2.py`.

Conventions on FURNITURE this set had to settle, in the same spirit:

* Tickers of prices, rates, commodities and freight, a weather strip and a "JUST IN" news ticker are
  "B", whatever they say; so are phone status bars, app tabs, feed tabs, source lines ("... · 2h ·
  Translated from French · See original"), listen lines, "Tap to read more", reaction counts, "Why
  you're seeing this" lines, "Open in ..." links and source cards under "More on this story".
* Video: the description is labelled like a caption (""), the running time with the camera credit,
  the "Up next" line and "Autoplay: on" are "B". Audio: the player line, episode metadata (season,
  date, running time), platform links, chapter lines, the transcript note, credits and a sources list
  are "B"; the episode title is flagged by content, like a headline; show-notes sentences are the
  page's own text, flagged by content with no speaker.
* Boxes set in the story (AUCTION CALENDAR, COMMUNITY CALENDAR, IF YOU GO, NEXT FIXTURE, WEBINAR)
  are "B" line by line, even where a line holds a date and a place; a KEY TAKEAWAYS label is "B" and
  its items are labelled like a standfirst, by content (with a speaker when one is named).
* Asks of every kind (donation, membership, listener funding, volunteering for the paper, sending
  prices, events or tips, app downloads, letters, subscriptions, a metered-paywall notice) are "B",
  as are a correction note (although it states figures), a funding note, a consent note about
  photographs and patients' names, and an obituary teaser.
* Press releases: a company's "today reported" is a cue, carried by the company as the lead names it
  ("Quarlestone Re Ltd."); highlight bullets are flagged by content; the "About ..." boilerplate,
  the forward-looking statements note, contacts, the "Source:" line and the dial-in and replay lines
  are "B", while the sentence announcing the conference call is "" (a plan); a results table's title
  and header row are "B" and its rows "" (data). A government release's "Release date:", "Issued
  by:" and "Topics:" lines, its "Restrictions for harbour users" and "Notes to editors" labels, a note
  offering photographs, media enquiries and the "Was this page useful?" widget are "B"; a
  restriction and a numbered note of record are flagged by content ("W" for a closure, free
  moorings and the year the breakwater was built, "" for an instruction to skippers).
* An NGO writing in its own voice ("Our boat clinic ...", "We will need a second boat ...") carries
  no speaker, like a newsroom's own sentences; its figures are "W" and its plans "".
* An embedded post's name, handle, date and reaction lines are "B"; its text carries no speaker and
  is flagged by content.
* A podcast host's turns carry no speaker unless they cite a source ("The water department says"),
  as in `labelled_new2.py`; the guest asking himself a question ("Should it rise?") and answering it
  carries his name and prefix like the rest of his answer.
* A magazine's present-tense "says" and "asks" are cues like "said"; a later short form of a firm's
  name ("Kameelhaak expects") resolves to the name as first given ("Kameelhaak Afslaers"); a
  Chinese name is given surname first and "Ms Hsieh" resolves to it ("Hsieh Pao-Hsiang").
* A member of the public's account of record with a figure is "W" (a farmer's 45 weaners, a
  pensioner's J$2,500 tank, a student's £3,760 loan, a baker's Rs 18,500 tank, a grandmother's four
  barrels); feelings, complaints and hopes are "".

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of two or three
consecutive sentences of one paragraph of these pages joined by single spaces: legal lines split at
"(Pty) Ltd.", "Co. Ltd." and "Ltd., 14 Gunmaker Yard, London." before "Reg. No.", "All rights" and
"Registered in England No."; "2 Feb." before a firm's name; "Inc." mid-sentence and "No. 5-48109." before "Donations"; a photo
credit split before a consent note; quotes split inside before "But ...", "Now they must pay ...?”
he said.", "Nobody,” she said.", "Nothing was done!” he said.", "We're asking ...,” he said.", "It
was not enough,” Ms Hsieh said.", "When margins ...,” she said." and "Residents should expect ...,”
he said."; questions and exclamations inside quotes followed by their attribution ("?” she asked.",
"!” said head coach ...") and then a new quote; "Dr. Ashvellyn said:" and "Dr. Ellery" mid-sentence;
"3 p.m." inside quotes and "5 a.m. to 3 p.m." in a lead; "U.S." and "vs." mid-sentence;
a "(Pty) Ltd." mid-sentence; "Ltd." ending a sentence before "The firm holds ..."; a
transcript's name prefix and its self-answered question; podcast credits in three sentences; and a
reader comment ending in "!": what a reviewer wants, not what the engine does.
"""

STYLES = [
    'Namibian FARMING WEEKLY\'s markets page (Omaheke, an auction yard near Gobabis), weaner prices climb at the year\'s first big sale: masthead in capitals, a tagline with the cover price, a menu with pipes, a price ticker with arrows and "YELLOW MAIZE N$5,940/t", a "You are here" path, headline and standfirst "W", a "Words and pictures:" byline, date line, read time with a "Pass it on:" share row, caption "" and photo credit; an "OKANDUVI –" dateline lead carrying the auctioneering firm (descriptor dropped) and a later short form ("Kameelhaak expects") resolved to it; the auctioneer (counts "W", a quote continued after its attribution ""); a farmers\' union\'s records through according to and "The union said" kept as written; a farmer (his 45 weaners "W", a quote split at "yes." before "But ...”, he said."); an ADVERTISEMENT line and a co-op advert; a feedlot buyer with "Ltd.," mid-sentence (a price "W", "She warned" and a quote with an ellipsis ""); an export council through according to and "The council said" (a hedge ""); an AUCTION CALENDAR box with "approx." lines; a bank economist (a hedge "", lending "W", a quote split before "Do they all have a plan B?” he said."); state veterinarians "W"; "2 Feb." ending a sentence before "Kameelhaak expects ..."; tail: a price-report ask split at the question, tags, More from Markets, a letters line in two sentences, copyright split at "(Pty) Ltd." before "Reg. No. 87/0412.", footer links',
    'Jamaican REGIONAL TV STATION\'s page (Manchester parish), water only three days a week after a pump burns out: station name with channel, a WATCH LIVE menu, a weather strip, a JUST IN ticker, a Parish Desk path; headline "..., utility says" carrying the water company as the lead names it; "Reporting by" line, Published/Updated line with "p.m."; video description "" and a running time with camera credit, an "Up next" line and "Autoplay: on" "B"; the company said (a schedule "W", a burned-out pump "W"), "The company said" kept as written and "it said" resolved to the company; its communications manager (a schedule "", "told SHTV News" "", trucks from "6 a.m." "W"); an annual report through according to; ADVERTISEMENT; a scene sentence ""; a councillor (a meeting date "W" in a quote opened in one sentence and closed after "Nothing was done!” he said."); the company "did not respond" before "the 7 p.m. newscast" and a hedge ""; a pensioner (J$2,500 "W", "?” she asked." and a two-sentence quote ""); an app prompt; "The parish\'s municipal corporation" as written (a plan ""); a past rate rise "W"; tail: RELATED list with a "WATCH:" item, a tip line split at the question, a tonight-on line with three times, copyright split at "Co. Ltd." before "All rights reserved.", footer links',
    'Welsh STUDENT NEWSPAPER\'s site (a university town), halls rents to rise 7.9%: Welsh-language masthead and a bilingual tagline, menu with pipes, section path with ›, headline "W" and a standfirst "Students\' union calls ..." carrying the union\'s full name, byline with role, photographer line, Posted line with read time, a "read this in Welsh" link, caption "W" and credit; "the university confirmed" and "The university says" kept as written, "It says" resolved to the university\'s full name; a university spokesperson (bills "W", a record of rents in a quote "W"); the union president (a survey figure "W", a quote split at "luxury." before "We\'re asking ...,” he said.", a ballot plan ""); a volunteers\' ask in three "B" lines with "6 p.m." and "room 2.14."; a nursing student (her loan "W", quotes ""); a lecturer with "Dr." dropped, later "Dr. Ashvellyn said:" before a quote in two sentences; governors\' minutes "show" (a 14-3 vote "W"); a charity\'s survey through according to; tail: a two-sentence correction note "B" although it states figures, comments chrome and a reader comment as "B" lines, More from Campus, an independence note in two sentences, an email line',
    'Papua New Guinea NGO\'s NEWS BLOG ("Field notes"), a river boat clinic on the Sepik: the trust\'s name in capitals, a menu ending in DONATE, the blog label, headline "W", a "Posted by ... in" line with categories and date, a Tok Pisin note, caption "" and a credit in two sentences ("Photo: ... ." / "Shared with ..."); the trust\'s own voice ("Our boat clinic ...", "We will need ...") with no speaker, figures of record "W", a plan ""; the programme manager (a record "W", quotes ""); the nurse in charge (tests "W", a quote split before "What do you say ...?” she said."); a donation ask in two "B" sentences in mid-story; a ward member who "told us" ("W", then quotes ""); a provincial authority through according to, "The authority said" (a hope ""); a fundraising figure "W"; the next patrol ""; tail: a funding note, a consent note in two sentences, tags, a share line, earlier and later note links, a reply form in two sentences, an incorporation line with "Inc." and "No. 5-48109." before a donations line, footer links',
    'Bermudian BUSINESS WIRE RELEASE on a newswire\'s site (Hamilton), a reinsurer\'s fourth-quarter results: wire name, menu, category strip, headline in title case "W", a date-time line in Atlantic Standard Time; a "HAMILTON, Bermuda--(PEMBROKELINE NEWSWIRE)--" lead with "Ltd. (NYSE: ...)" mid-sentence carrying the firm with "today reported"; a highlights label "B" and four bullet items "W"; the chief executive named after her quote with her title after the name (records "W", an intention ""); segment figures with "U.S." mid-sentence and "(average book yield 4.9% vs. 4.1%)." "W"; reserves and a capital ratio "W"; the chief financial officer (a buyback "W", an expectation ""); "The Company expects" ""; a dividend of record "W" with no speaker; a data table (title and header "B", rows "" data); a conference-call notice "" with dial-in and replay lines "B"; tail: "About" boilerplate, a forward-looking statements note in three sentences with "U.S." and quoted words, contacts, source line, more releases from the company, copyright split before a no-endorsement line, footer links',
    'Guyanese DIASPORA COMMUNITY PAPER\'s site (published in Queens, the story in Georgetown), a new scanning fee on barrels: masthead, a tagline for three cities, a menu with an E-edition, a currency strip with "Tue. close", a section path, headline "W", byline, date line with a print page "p. 3", share row, caption "" and a slash credit; a wharf operators\' council "said in a notice dated ..." ("W"), "The council" kept as written and "It said" resolved to its full name (a review plan ""); a shipper with "Inc." mid-sentence (volumes "W", a quote split before "Now they must pay ... too?” he said."); a grandmother (her four barrels "W", a quote split at "more." ""); a COMMUNITY CALENDAR box with "Sat. Feb. 20, 7 p.m." and a submission line; a customs brokers\' association president (a letter of record "W", a complaint "", a quote split after a question before "Nobody,” she said."); "Ministry officials did not respond to questions"; central bank figures through according to; "Shippers in Queens say" "W"; the shipper again by surname (a plan and a quote split at "companies." ""); tail: an advertising line, a free-pickup line, an obituaries label and teaser, More Back Home, copyright split before "All rights reserved.", footer links',
    'Mauritian NEWS-AGGREGATOR APP page pasted from a phone, reservoir at 38% and longer water cuts (Plaines Wilhems): status bar, back link with the app\'s name, feed tabs, a source line with "Translated from French · See original", headline "W", a listen line, a "Text:" byline; a "CUREPIPE –" lead carrying the water board, "the board said" kept as written (a schedule with "5 a.m. to 3 p.m." ""), "It said" resolved to the board\'s full name (a hedge ""); the meteorological services through according to and "The services said" (a hedge ""); a sponsored card "B"; the minister (boreholes "W", "told reporters" "", a plan ""); an opposition MP (a leak claim "W", "?” she asked." "") and "The board\'s own annual report puts" "W"; a "Tap to read more" line; a scene sentence ""; a baker (his tank "W", two quotes ""); a record "according to the board" and a no-speaker follow-up "W"; tail: a developing-story note in two sentences, reaction counts, a "Why you\'re seeing this" line, an open-in-source link, "More on this story" with two source cards, Top comments with a handle and a two-sentence comment ending "!", a reply line, the app\'s tab bar',
    'Isle of Man GOVERNMENT AGENCY\'s PRESS-RELEASE page, storm repairs to a harbour breakwater: skip link, agency name, service menu, breadcrumb with >, headline "W", "Release date:", "Issued by:" and "Topics:" lines; the agency "announced" (an estimate "W"), a completion plan ""; waves and damage "W"; the minister named after her quote with "MHK" and her portfolio after the name (moorings "W", thanks and a hedge over a quote continued for two sentences ""); the chief harbour engineer (rock and a start date as plans "", a quote split at "3 p.m." before "Residents should expect ...,” he said."); budget and a parliamentary vote "W"; earlier damage "W"; "The agency said" (a hedge ""); a "Restrictions for harbour users" label "B" with a closure "W", an instruction "" and free moorings "W"; "Notes to editors" label "B" with a numbered note of record "W" and a photographs note "B"; tail: media enquiries, a follow line, a Manx Gaelic link, a "Was this page useful?" widget in two sentences, Last updated line, Related news, Crown copyright before the footer links',
    'Cypriot PODCAST EPISODE PAGE with a transcript excerpt, desalination and who pays for it: network name, menu, show title and strapline, season and episode line, episode title "" with "Ep. 87 —", a metadata line with running time, AUDIO PLAYER chrome with "00:00 / 41:06", "1×" and a download size, platform links; show notes with no speaker (a share of supply "W", a description ""); a Chapters label and five time-coded chapters "B"; a transcript note in two sentences "B"; the host\'s turns with her name prefix in capitals, then her surname, with no speaker (questions ""), except "The water department says" ("W"); the guest\'s answers carried by him with the prefix as written as cue ("ANDREAS VASILAKKAS:", then "VASILAKKAS:"): costs, shares and records "W", opinions, a question he asks himself ("Should it rise?") and its answer ""; tail: a listener-funding ask in three sentences, a supporters-only transcript line, credits in three sentences ("Hosted by ... ." / "Produced by ... ." / "Music: ..."), a sources list, More episodes with two titles, copyright split at "Ltd., Nicosia." before a registration line',
    'Bahamian SPORTS CLUB\'s OFFICIAL SITE (Nassau), the women\'s team wins the league: club name, "official website" line with "Est. 1978", menu with a members\' lounge, a kit and ground partners strip with "Ltd.", a Club News path, headline "W", "Posted by Club Media" line, match report byline, caption "" and a slash credit; result, record and goals "W" with no speaker; colour ""; the head coach named after "“Two games to spare!” said ..." and a continued quote "", then his record "He said ..." "W"; the captain named after her quote by surname "" and her appearances "W" with no speaker; a MATCH CENTRE label "B" with a score line, a line-up split at "Knowleston." before "Subs: ...", and "Referee: L. M. Brathwellyn." as "" data; a membership ask in three "B" sentences; "The club also confirmed" a grant "W"; the chairman with "Dr." dropped (a plan "", a quote split at "2024." with "3 p.m." "W" then ""); an embedded post from the club\'s account (name, handle and date line "B", its two sentences with no speaker, "W" and "", its reaction line "B"); a NEXT FIXTURE box; tail: share line, More club news, partners line, copyright split before "Registered non-profit organisation No. 3391.", footer links',
    'Lesotho story on an apparel TRADE-PRESS site (Maseru), garment exports fall 22% and a knitwear plant cuts 1,100 jobs: masthead, subscriber-edition strap, menu, a commodities-and-freight ticker with "¢/lb" and "$/FEU", a metered-paywall notice in two sentences, a topics strip, headline and standfirst "W", byline with role, date and read time; a KEY TAKEAWAYS label "B" with three items by content (two "W", one "..., sourcing agents say." ""); trade data compiled by an exporters\' forum through according to; the general manager of a knitwear firm, a Chinese name given surname first, with "(Pty) Ltd. in Maseru," mid-sentence (job cuts "W", a quote split at "year." "W" then "It was not enough,” Ms Hsieh said." "", an order book "W"), later "Ms Hsieh said" resolved to the full name; the forum chair (a hedge "", employment "W"); a WEBINAR box in three sentences and a "Continue reading below" line; a sourcing adviser (an opinion and a quote with "vs." split before "When margins ...,” she said." ""); a union general secretary (a request of record "W", a two-sentence quote ""); the trade ministry said ""; a minimum wage "W"; tail: topics, Related analysis, a publisher line with "Ltd.," mid-sentence before "Registered in England No. 11842077.", footer links',
    'Gibraltar CITY MAGAZINE\'s site, an old fish market reopens as a food hall: masthead, issue line, menu with pipes, a section path with a slash, headline "W" and standfirst "", a "Words ... · Photographs ..." credit line, reading time, caption "" and photo credit; colour with "8 a.m." "" in present tense; the hall\'s history with "Ltd." ending a sentence before "The firm holds ..., according to a lease summary ..." "W"; the managing director with present-tense "says" named after her quote (a first sentence "", covers "W"), then "she says" inside a sentence (rents "W"); a bakery stallholder with "& Co.," (loaves "W", a two-sentence quote ""); an IF YOU GO box (hours with "8 a.m.–11 p.m.", music, card only) "B"; cruise figures through according to "W"; a heritage group\'s spokesman (an opinion "", a planning vote "W" with no speaker, "?” he asks." ""); the director again by surname (a reason "" and a two-sentence quote ""); a closing scene and "he says" ""; tail: a print-issue line in two sentences, You might also like list, a fortnightly-letter ask and an email box, a publisher line with "Ltd." before "© 2027." and a reproduction line',
]

ARTICLES = [
    [
        [
            ("THE ROOIPAN FARM COURIER", "", "", "B"),
        ],
        [
            (
                "Namibia's farming weekly, on the co-op counter every Thursday since 1987 · N$18",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Livestock | Crops | Game & Hunting | Water | Machinery | Markets | Classifieds",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "WEANERS N$38.50/kg ▲4.1% · A2 CARCASS N$61.20/kg ▼0.8% · LAMBS N$82.00/kg ▲2.5% · YELLOW MAIZE N$5,940/t ▬",
                "",
                "",
                "B",
            ),
        ],
        [
            ("You are here: Markets / Livestock auctions", "", "", "B"),
        ],
        [
            (
                "Weaner prices climb to N$38.50 a kilogram as rain-soaked Omaheke farmers restock",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Buyers paid 4.1% more than in December at the year's first big sale east of Windhoek",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Words and pictures: Ueripura Tjikaruo-Hoveka", "", "", "B"),
        ],
        [
            ("Thursday, 21 January 2027", "", "", "B"),
        ],
        [
            ("4 min read · Pass it on: WhatsApp | Facebook | Email | Print", "", "", "B"),
        ],
        [
            (
                "Weaner calves wait in the pens at the Okanduvi auction yard before Tuesday's sale.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Rooipan Farm Courier", "", "", "B"),
        ],
        [
            (
                "OKANDUVI – Weaner calves fetched an average of N$38.50 a kilogram at the Okanduvi auction yard on Tuesday, up from N$36.98 at the last sale before Christmas, the auctioneering firm Kameelhaak Afslaers said.",
                "Kameelhaak Afslaers",
                "said",
                "W",
            ),
            (
                "A total of 1,412 head went under the hammer, the biggest January offering at the yard since 2021.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Auctioneer Gerrit Verhoogland said buyers from three feedlots and at least 20 farmers restocking after the rains had bid against each other “from the first pen”.",
                "Gerrit Verhoogland",
                "said",
                "W",
            ),
            (
                "“Two years ago I couldn't give a heifer away in this yard,” he said.",
                "Gerrit Verhoogland",
                "said",
                "",
            ),
            (
                "“Today people drive 300 kilometres with an empty trailer and go home full.”",
                "Gerrit Verhoogland",
                "said",
                "",
            ),
        ],
        [
            (
                "The Omaheke region received 412 mm of rain between October and mid-January, more than twice what fell in the same months a year earlier, according to the records of the Eastern Omaheke Farmers' Union.",
                "the records of the Eastern Omaheke Farmers' Union",
                "according to",
                "W",
            ),
            (
                "The union said 61 of its 240 members had sold more than half their herds during the 2024–25 drought.",
                "The union",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ndjiverua Kahorongo, who runs about 380 cattle on a farm near Okanduvi, said he had bought 45 weaners on Tuesday to rebuild a herd he had cut to 90 animals in 2025.",
                "Ndjiverua Kahorongo",
                "said",
                "W",
            ),
            ("“I am paying more than I sold for, yes.", "Ndjiverua Kahorongo", "said", ""),
            (
                "But grass doesn't wait for the price to come down,” he said.",
                "Ndjiverua Kahorongo",
                "said",
                "",
            ),
        ],
        [
            ("— ADVERTISEMENT —", "", "", "B"),
        ],
        [
            (
                "Lick blocks, mineral premix and dip at winter prices: Boskraal Co-op, Gobabis, phone 062 56 3310.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Elsabé Duvenhage-Ilonga, procurement manager at Otjirumbu Feedlots Ltd., said the feedlot had paid up to N$41 a kilogram for heavier weaners.",
                "Elsabé Duvenhage-Ilonga",
                "said",
                "W",
            ),
            (
                "She warned that prices could slip by March once the restocking buyers had filled their camps.",
                "Elsabé Duvenhage-Ilonga",
                "warned",
                "",
            ),
            (
                "“A feedlot can't pay N$40 for a calf and sell the carcass at N$61 for very long... somebody loses,” she said.",
                "Elsabé Duvenhage-Ilonga",
                "said",
                "",
            ),
        ],
        [
            (
                "Namibia exported 21,800 tonnes of beef in 2026, according to the Livestock Export Council of Namibia.",
                "the Livestock Export Council of Namibia",
                "according to",
                "W",
            ),
            (
                "The council said it expected a similar volume this year, but warned that a shortage of slaughter-ready oxen could cut it by about 10%.",
                "The council",
                "said",
                "",
            ),
        ],
        [
            ("AUCTION CALENDAR", "", "", "B"),
        ],
        [
            (
                "Sat 30 Jan · Witvlei · 09:30 · approx. 600 head (weaners, cows with calves)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tue 2 Feb · Okanduvi · 10:00 · approx. 1,100 head", "", "", "B"),
        ],
        [
            (
                "Elifas Shindondola-Rusch, an agricultural economist at Omatako Bank, said the restocking wave would probably peak in February.",
                "Elifas Shindondola-Rusch",
                "said",
                "",
            ),
            (
                "He said the bank's lending to livestock farmers had grown by N$62 million, or 18%, in the three months to December.",
                "Elifas Shindondola-Rusch",
                "said",
                "W",
            ),
            (
                "“Farmers who borrow at prime plus 3 to buy calves at the top of the market need a good winter.",
                "Elifas Shindondola-Rusch",
                "said",
                "",
            ),
            ("Do they all have a plan B?” he said.", "Elifas Shindondola-Rusch", "said", ""),
        ],
        [
            (
                "State veterinarians said every animal leaving the yard on Tuesday had been inspected and ear-tagged under the national traceability scheme.",
                "State veterinarians",
                "said",
                "W",
            ),
        ],
        [
            ("The next sale at Okanduvi is on 2 Feb.", "", "", ""),
            ("Kameelhaak expects about 1,100 head.", "Kameelhaak Afslaers", "expects", ""),
        ],
        [
            ("Got figures from your local sale?", "", "", "B"),
            (
                "SMS the yard, the date and the average price to 081 400 2271 and we'll print them next week.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tags: weaners · Omaheke · auctions · feedlots · restocking", "", "", "B"),
        ],
        [
            ("More from Markets", "", "", "B"),
        ],
        [
            ("Karakul pelt auction draws buyers from three continents", "", "", "B"),
        ],
        [
            ("Letters to the editor: letters@rooipancourier.com.na.", "", "", "B"),
            (
                "Keep them under 300 words; we cut for length and never print anonymous letters.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Rooipan Farm Courier (Pty) Ltd.", "", "", "B"),
            ("Reg. No. 87/0412.", "", "", "B"),
        ],
        [
            ("Advertise · Print subscriptions · Privacy · Contact the newsroom", "", "", "B"),
        ],
    ],
    [
        [
            ("SHELDRAKE HILL TELEVISION · SHTV 11", "", "", "B"),
        ],
        [
            (
                "▶ WATCH LIVE | News | Parish Desk | Sports | Entertainment | Weather | Shows | Schedule",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Mandeville 23°C, passing showers · Kingston 29°C · Montego Bay 28°C", "", "", "B"),
        ],
        [
            (
                "JUST IN: One lane open on Spur Hollow main road after overnight landslip",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Parish Desk › Manchester", "", "", "B"),
        ],
        [
            (
                "Three Manchester districts to get water only three days a week until March after pump burns out, utility says",
                "the Southern Parishes Water Company",
                "says",
                "W",
            ),
        ],
        [
            ("Reporting by Tashane Brevitt-Hazelby", "", "", "B"),
        ],
        [
            ("Published Tuesday, February 9, 2027, 6:48 p.m. · Updated 10:12 p.m.", "", "", "B"),
        ],
        [
            (
                "Residents of Tamboline Gap line up at a truck-borne water point on Tuesday afternoon.",
                "",
                "",
                "",
            ),
        ],
        [
            ("▶ 2:51 · Camera: Andre Pettifield", "", "", "B"),
        ],
        [
            ("Up next: Mandeville vendors march against new stall fees (1:58)", "", "", "B"),
        ],
        [
            ("Autoplay: on", "", "", "B"),
        ],
        [
            (
                "Residents of Tamboline Gap, Cedar Ridge and Porus Heights in Manchester will get piped water only on Mondays, Wednesdays and Fridays until at least the end of March, the Southern Parishes Water Company said on Tuesday.",
                "the Southern Parishes Water Company",
                "said",
                "W",
            ),
        ],
        [
            (
                "The company said one of two pumps at its Tanglewood relift station burned out on January 28 and that a replacement, ordered from a supplier in Florida, was not expected before March 15.",
                "The company",
                "said",
                "W",
            ),
            (
                "About 6,400 customer accounts are affected, it said.",
                "the Southern Parishes Water Company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Corporate communications manager Annakay Drelincourt said the supply days would run from 5 a.m. to 7 p.m. and would be posted on the company's social media pages every Sunday evening.",
                "Annakay Drelincourt",
                "said",
                "",
            ),
            (
                "“We know this is hard, and we are not pretending otherwise,” she told SHTV News.",
                "Annakay Drelincourt",
                "told SHTV News",
                "",
            ),
            (
                "“Two trucks are on the road from 6 a.m. every day, and a third one joins them from Thursday.”",
                "Annakay Drelincourt",
                "told SHTV News",
                "W",
            ),
        ],
        [
            (
                "The Tanglewood station pumps about 4.2 million gallons a day, according to the company's most recent annual report.",
                "the company's most recent annual report",
                "according to",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "At the Tamboline Gap square on Tuesday, children filled juice bottles from a standpipe while adults argued over places in the queue.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Lloydell Mowbridge, the councillor for the Cedar Ridge division, said the company had known since November that the pump was failing.",
                "Lloydell Mowbridge",
                "said",
                "W",
            ),
            (
                "“They told us at a meeting on November 19 that the pump was on its last legs.",
                "Lloydell Mowbridge",
                "said",
                "W",
            ),
            ("Nothing was done!” he said.", "Lloydell Mowbridge", "said", ""),
        ],
        [
            (
                "The company did not respond to SHTV's question about the November meeting before the 7 p.m. newscast.",
                "The company",
                "did not respond",
                "",
            ),
        ],
        [
            (
                "It said it could not rule out further cuts if the second pump, which is 19 years old, also failed.",
                "the Southern Parishes Water Company",
                "said",
                "",
            ),
        ],
        [
            (
                "Hermina Tullamorrow, 71, of Tamboline Gap, said she had paid J$2,500 on Sunday to have a 400-gallon tank filled by a private truck.",
                "Hermina Tullamorrow",
                "said",
                "W",
            ),
            (
                "“Who can afford that every week on a pension?” she asked.",
                "Hermina Tullamorrow",
                "asked",
                "",
            ),
            ("“I carry buckets up the hill at my age, sir.", "Hermina Tullamorrow", "said", ""),
            ("Look at my hands.”", "Hermina Tullamorrow", "said", ""),
        ],
        [
            (
                "Get alerts for your parish: download the SHTV 11 app and pick Manchester.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The parish's municipal corporation said it would ask the company to waive fixed charges for the affected months.",
                "The parish's municipal corporation",
                "said",
                "",
            ),
        ],
        [
            ("The company last raised its rates by 6.2% in April 2026.", "", "", "W"),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("WATCH: St. Elizabeth farmers count losses after dry spell (3:12)", "", "", "B"),
        ],
        [
            ("Water company names new chief engineer for southern parishes", "", "", "B"),
        ],
        [
            ("Seen something in your district?", "", "", "B"),
            ("Send video to the Parish Desk on WhatsApp at 876-555-0143.", "", "", "B"),
        ],
        [
            (
                "Tonight on SHTV 11: Prime Time News at 7 p.m. · The Vox Pop at 8:30 p.m. · Late Edition at 11 p.m.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Sheldrake Hill Broadcasting Co. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "Terms of use · Privacy · Broadcasting Commission complaints · Careers at SHTV",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("Y FFRWD", "", "", "B"),
        ],
        [
            (
                "Papur myfyrwyr annibynnol · Independent student press since 1964 · Free, and it always will be",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News | Comment | Culture | Sport | Puzzles | Cymraeg | Write for us", "", "", "B"),
        ],
        [
            ("News › Campus › Housing", "", "", "B"),
        ],
        [
            (
                "Halls rents to rise 7.9% from September as university points to £4.1m energy bill",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Students' union calls the rise “indefensible” and will ballot residents on a rent strike",
                "Llanferwig Students' Union",
                "calls",
                "",
            ),
        ],
        [
            ("Words by Ffion Trevethoe, News Editor", "", "", "B"),
        ],
        [
            ("Photographs by Iolo Penmarchog", "", "", "B"),
        ],
        [
            ("Posted 3 February 2027 · 6 min read", "", "", "B"),
        ],
        [
            ("Darllenwch yr erthygl hon yn Gymraeg", "", "", "B"),
        ],
        [
            (
                "Tŷ Hebog, the university's largest hall, houses 612 first-years on the Bryncaerau campus.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Photo: Iolo Penmarchog for Y Ffrwd", "", "", "B"),
        ],
        [
            (
                "Rents in Llanferwig University's halls of residence will rise by 7.9% from September, the university confirmed on Tuesday, taking the cheapest en-suite room at Tŷ Hebog to £168.40 a week.",
                "the university",
                "confirmed",
                "W",
            ),
            (
                "A standard room with a shared bathroom at Gwernol Hall will cost £131.15, up from £121.55.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A university spokesperson said the energy bill for halls had grown from £2.6m in 2022–23 to £4.1m last year.",
                "A university spokesperson",
                "said",
                "W",
            ),
            (
                "“We have kept rents below inflation for three years running, and we cannot do that a fourth time without cutting services to residents,” the spokesperson said.",
                "A university spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                "Students' union president Deiniol Trefgarnog said the rise was “indefensible” when 38% of the 1,904 students who answered the union's housing survey in November had said they skipped meals to pay rent.",
                "Deiniol Trefgarnog",
                "said",
                "W",
            ),
            ("“Nobody here is asking for luxury.", "Deiniol Trefgarnog", "said", ""),
            (
                "We're asking not to have to choose between the radiator and dinner,” he said.",
                "Deiniol Trefgarnog",
                "said",
                "",
            ),
        ],
        [
            (
                "Llanferwig Students' Union will ballot halls residents on a rent strike between 15 and 19 February, he said.",
                "Deiniol Trefgarnog",
                "said",
                "",
            ),
        ],
        [
            ("Y FFRWD NEEDS YOU", "", "", "B"),
        ],
        [
            (
                "We're a newsroom of 40 volunteers and we're always short of sub-editors.",
                "",
                "",
                "B",
            ),
            (
                "Come to a news meeting: Tuesdays at 6 p.m., SU media room, Adeilad Penrhiwgoch room 2.14.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Second-year nursing student Gwenllian Oakbyrne said her maintenance loan of £3,760 a term went almost entirely on rent.",
                "Gwenllian Oakbyrne",
                "said",
                "W",
            ),
            (
                "“By week six it's pasta and whatever has a yellow sticker on it,” she said.",
                "Gwenllian Oakbyrne",
                "said",
                "",
            ),
            ("“Is that what a degree is meant to cost?”", "Gwenllian Oakbyrne", "said", ""),
        ],
        [
            (
                "Dr. Gethin Ashvellyn, who chairs the campus branch of the lecturers' union, said the branch would back students “in any lawful action they choose”.",
                "Gethin Ashvellyn",
                "said",
                "",
            ),
        ],
        [
            (
                "The Board of Governors approved the rise by 14 votes to 3 at its meeting on 27 January, minutes seen by Y Ffrwd show.",
                "minutes seen by Y Ffrwd",
                "show",
                "W",
            ),
            ("Two of the three votes against came from the student governors.", "", "", "W"),
        ],
        [
            (
                "Across Wales, the average weekly rent for purpose-built student rooms rose 6.3% last year, according to a survey by the accommodation charity Nestfield Trust.",
                "a survey by the accommodation charity Nestfield Trust",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The university says it will raise its hardship fund from £600,000 to £750,000 and freeze rents for care leavers and estranged students.",
                "The university",
                "says",
                "",
            ),
            (
                "It says more details will follow “before the end of term”.",
                "Llanferwig University",
                "says",
                "",
            ),
        ],
        [
            (
                "Asked whether staff pay talks were linked to the rent decision, Dr. Ashvellyn said: “You'd have to ask the Vice-Chancellor.",
                "Gethin Ashvellyn",
                "said",
                "",
            ),
            ("I'm told they're not.”", "Gethin Ashvellyn", "said", ""),
        ],
        [
            (
                "Correction, 4 February 2027: an earlier version of this article gave the weekly rent for the cheapest Tŷ Hebog room as £186.40.",
                "",
                "",
                "B",
            ),
            ("The correct figure is £168.40.", "", "", "B"),
        ],
        [
            (
                "4 comments · The editors moderate comments, so yours may take a day to appear.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("TeifiTom · 3 Feb 2027, 21:14", "", "", "B"),
        ],
        [
            ("Strike.", "", "", "B"),
            ("It's the only language they understand.", "", "", "B"),
        ],
        [
            ("Reply · 11 ▲", "", "", "B"),
        ],
        [
            ("More from Campus", "", "", "B"),
        ],
        [
            ("Library to stay open 24 hours through exam season after petition", "", "", "B"),
        ],
        [
            (
                "Y Ffrwd is published by Llanferwig Students' Union but is editorially independent of it.",
                "",
                "",
                "B",
            ),
            ("Opinions are the writers' own.", "", "", "B"),
        ],
        [
            ("Tip-offs and complaints: editor@yffrwd.cymru", "", "", "B"),
        ],
    ],
    [
        [
            ("WOSOMBURI HEALTH TRUST", "", "", "B"),
        ],
        [
            (
                "Who we are | Where we work | Field notes | Reports | Get involved | DONATE",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Field notes", "", "", "B"),
        ],
        [
            (
                "River clinic reaches 14 Sepik villages in 19 days, and finds malaria in almost a third of those tested",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Posted by Rosalind Kembuan in Field notes, Immunisation, Sepik · 11 February 2027",
                "",
                "",
                "B",
            ),
        ],
        [
            ("A Tok Pisin version of this note will be posted next week.", "", "", "B"),
        ],
        [
            (
                "Nurse Clementia Waigonu checks a baby's arm before a measles shot at Yambiri village.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Joseph Akunai.", "", "", "B"),
            ("Shared with the family's permission.", "", "", "B"),
        ],
        [
            (
                "Our boat clinic, the MV Pukpuk Meri, came back to its base at Angoram on 6 February after 19 days on the Sepik River and its side channels.",
                "",
                "",
                "W",
            ),
            (
                "The team of two nurses, a community health worker and a skipper visited 14 villages, nine of which had not seen a health worker since mid-2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "They gave 1,286 children their routine vaccinations, including 412 first doses of measles vaccine.",
                "",
                "",
                "W",
            ),
            (
                "They also tested 903 people with fever for malaria, and 281 tests, or 31%, were positive.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Programme manager Rosalind Kembuan said the malaria figure was the highest the trust had recorded on a river patrol since it began them in 2019.",
                "Rosalind Kembuan",
                "said",
                "W",
            ),
            (
                "“We expected high numbers after the floods in December, but not this high,” she said.",
                "Rosalind Kembuan",
                "said",
                "",
            ),
            (
                "“In two villages almost every second child with a fever tested positive.”",
                "Rosalind Kembuan",
                "said",
                "",
            ),
        ],
        [
            (
                "Clementia Waigonu, the nurse in charge on the trip, said the team ran out of rapid tests on day 17 and had to send eight patients on to the health centre at Angoram.",
                "Clementia Waigonu",
                "said",
                "W",
            ),
            (
                "“A mother paddled four hours with her son on her lap.",
                "Clementia Waigonu",
                "said",
                "",
            ),
            (
                "What do you say to her when the box is empty?” she said.",
                "Clementia Waigonu",
                "said",
                "",
            ),
        ],
        [
            ("K60 buys fuel for 20 kilometres of river.", "", "", "B"),
            ("Keep the boat moving →", "", "", "B"),
        ],
        [
            (
                "Tobias Sangumbri, the ward member for Yambiri, told us the village's aid post had been closed since its health worker retired in March 2025.",
                "Tobias Sangumbri",
                "told us",
                "W",
            ),
            (
                "“When the boat comes, people come from the bush camps too,” he said.",
                "Tobias Sangumbri",
                "said",
                "",
            ),
            ("“We want it every three months, not once a year.”", "Tobias Sangumbri", "said", ""),
        ],
        [
            (
                "Measles vaccination coverage in the district was 46% in 2026, according to the provincial health authority.",
                "the provincial health authority",
                "according to",
                "W",
            ),
            (
                "The authority said it hoped to reopen four aid posts along the river this year, depending on staff.",
                "The authority",
                "said",
                "",
            ),
        ],
        [
            (
                "We will need a second boat if we are to visit every village along our stretch of the river four times a year.",
                "",
                "",
                "",
            ),
            (
                "A second-hand hull and engine cost about K240,000, and we have raised K96,500 so far.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The next patrol leaves Angoram on 8 March, if the river allows.", "", "", ""),
        ],
        [
            (
                "This patrol was paid for by our donors and by a grant from the Quenlaw Foundation (NZ) Inc.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Patients' names have been left out of this note.", "", "", "B"),
            ("Everyone photographed agreed to be photographed.", "", "", "B"),
        ],
        [
            ("Tags: malaria · measles · immunisation · river clinic · Sepik", "", "", "B"),
        ],
        [
            (
                "Share this note with someone who'd want to read it: Facebook · WhatsApp · Email",
                "",
                "",
                "B",
            ),
        ],
        [
            ("← Earlier note: Midwife training in the Wahgi valley, week two", "", "", "B"),
        ],
        [
            ("Later note: What 300 mosquito nets looked like in the back of a ute →", "", "", "B"),
        ],
        [
            ("Leave a reply", "", "", "B"),
            ("Your email address stays private.", "", "", "B"),
        ],
        [
            (
                "Wosomburi Health Trust Inc. is an association incorporated in Papua New Guinea, No. 5-48109.",
                "",
                "",
                "B",
            ),
            ("Donations from Australia are processed by our partner in Cairns.", "", "", "B"),
        ],
        [
            ("Contact · Annual reports · Safeguarding policy · Privacy", "", "", "B"),
        ],
    ],
    [
        [
            ("PEMBROKELINE NEWSWIRE", "", "", "B"),
        ],
        [
            ("Newsroom | Send a release | Industries | Regions | Media log-in", "", "", "B"),
        ],
        [
            ("Press release · Insurance · Reinsurance · Earnings · Bermuda", "", "", "B"),
        ],
        [
            (
                "Quarlestone Re Reports Fourth-Quarter Net Income of $118.6 Million and a Full-Year Combined Ratio of 84.2%",
                "",
                "",
                "W",
            ),
        ],
        [
            ("February 10, 2027 07:00 AM Atlantic Standard Time", "", "", "B"),
        ],
        [
            (
                "HAMILTON, Bermuda--(PEMBROKELINE NEWSWIRE)--Quarlestone Re Ltd. (NYSE: QSRE) (“Quarlestone” or “the Company”) today reported net income of $118.6 million, or $3.41 per diluted share, for the fourth quarter of 2026, compared with $74.2 million, or $2.09 per diluted share, a year earlier.",
                "Quarlestone Re Ltd.",
                "reported",
                "W",
            ),
        ],
        [
            ("Fourth-quarter and full-year highlights", "", "", "B"),
        ],
        [
            (
                "• Gross premiums written of $1.94 billion for the full year, up 12.7% from 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("• Combined ratio of 84.2% for the year, against 91.6% in 2025.", "", "", "W"),
        ],
        [
            (
                "• Catastrophe losses of $61.3 million, net of reinsurance, mostly from Hurricane Orlenna in September.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• Book value per diluted common share of $68.15 at December 31, 2026, up 17.9% for the year, including dividends.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“2026 was the best underwriting year in our history, and we earned it by walking away from business that didn't pay,” said Corwenna Ledsham, Chief Executive Officer.",
                "Corwenna Ledsham",
                "said",
                "W",
            ),
            (
                "“We go into 2027 with more capital than at any time since we listed in 2013.",
                "Corwenna Ledsham",
                "said",
                "W",
            ),
            (
                "We intend to use it where the pricing is right, and nowhere else.”",
                "Corwenna Ledsham",
                "said",
                "",
            ),
        ],
        [
            (
                "Property catastrophe premiums rose 9.4% to $688.0 million, while casualty premiums rose 21.3% to $512.9 million as the Company grew its U.S. casualty book.",
                "",
                "",
                "W",
            ),
            (
                "Net investment income was $64.8 million in the quarter, up from $49.5 million, on higher yields on the fixed-income portfolio (average book yield 4.9% vs. 4.1%).",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Favourable development on prior-year loss reserves was $22.4 million in the quarter, mainly in property lines.",
                "",
                "",
                "W",
            ),
            (
                "The Company's Bermuda solvency capital ratio was estimated at 241% at year-end.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chief Financial Officer Quentin Quarnsby said the Company had bought back 1.1 million common shares in the quarter at an average price of $61.80.",
                "Quentin Quarnsby",
                "said",
                "W",
            ),
            (
                "“We expect to keep returning capital whenever our shares trade below what we think they are worth,” he said.",
                "Quentin Quarnsby",
                "said",
                "",
            ),
        ],
        [
            (
                "The Company expects gross premiums written to grow by a high single-digit percentage in 2027, subject to market conditions.",
                "The Company",
                "expects",
                "",
            ),
        ],
        [
            (
                "The Board of Directors declared a quarterly cash dividend of $0.40 per common share, payable on March 17, 2027, to shareholders of record on March 3, 2027.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Selected financial data (unaudited; in millions of U.S. dollars, except per-share amounts)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("| Q4 2026 | Q4 2025 | FY 2026 | FY 2025", "", "", "B"),
        ],
        [
            ("Gross premiums written | 402.7 | 351.9 | 1,941.5 | 1,722.6", "", "", ""),
        ],
        [
            ("Net income | 118.6 | 74.2 | 401.3 | 266.8", "", "", ""),
        ],
        [
            ("Diluted EPS ($) | 3.41 | 2.09 | 11.52 | 7.48", "", "", ""),
        ],
        [
            ("Conference call", "", "", "B"),
        ],
        [
            (
                "Quarlestone will hold a conference call to discuss the results at 9:00 a.m. Eastern Time on Thursday, February 11, 2027.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Dial-in: +1 441 555 0190 (international) or 1 888 555 0117 (toll-free), passcode 448203.",
                "",
                "",
                "B",
            ),
            (
                "A replay will stay on the Investors page of www.quarlestonere.bm until February 25, 2027.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("About Quarlestone Re Ltd.", "", "", "B"),
        ],
        [
            (
                "Quarlestone Re Ltd. is a Bermuda-based reinsurer writing property catastrophe, specialty and casualty reinsurance from offices in Hamilton, London and Zurich.",
                "",
                "",
                "B",
            ),
            ("For more information, visit www.quarlestonere.bm.", "", "", "B"),
        ],
        [
            ("Cautionary note regarding forward-looking statements", "", "", "B"),
        ],
        [
            (
                "This release contains forward-looking statements within the meaning of the U.S. Private Securities Litigation Reform Act of 1995.",
                "",
                "",
                "B",
            ),
            ("Words such as “expects,” “intends” and “believes” identify them.", "", "", "B"),
            (
                "Actual results may differ materially, and the Company undertakes no duty to update them.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Contacts", "", "", "B"),
        ],
        [
            ("Investors: Priyanka Oddingley, +1 441 555 0166, ir@quarlestonere.bm", "", "", "B"),
        ],
        [
            ("Media: Tobias Kennerleigh, +1 441 555 0172, press@quarlestonere.bm", "", "", "B"),
        ],
        [
            ("Source: Quarlestone Re Ltd.", "", "", "B"),
        ],
        [
            ("More releases from this company", "", "", "B"),
        ],
        [
            (
                "Quarlestone Re Names Ilse Brunnwald Chief Underwriting Officer for Casualty",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Quarlestone Re Completes $300 Million Catastrophe Bond, Stormtide Re 2026-1",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Pembrokeline Newswire Ltd.", "", "", "B"),
            (
                "Distribution of this release does not imply endorsement by Pembrokeline.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Terms of use · Privacy · Editorial guidelines for issuers", "", "", "B"),
        ],
    ],
    [
        [
            ("GREENHEART GAZETTE", "", "", "B"),
        ],
        [
            (
                "News from home for Guyanese in New York, New Jersey and Toronto · since 1991",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Back Home | Community | Business | Cricket | Faith | Obituaries | Recipes | Classifieds | E-edition",
                "",
                "",
                "B",
            ),
        ],
        [
            ("US$1 = G$209.40 · CA$1 = G$153.85 · rates at Tue. close", "", "", "B"),
        ],
        [
            ("BACK HOME / ECONOMY", "", "", "B"),
        ],
        [
            (
                "Barrel senders face new G$4,500 scanning fee at Georgetown wharves from March 1",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Rohan Baichandeen, Gazette staff", "", "", "B"),
        ],
        [
            ("Wednesday, February 17, 2027 · In print on p. 3", "", "", "B"),
        ],
        [
            ("Facebook · WhatsApp · X · Email this story", "", "", "B"),
        ],
        [
            (
                "Barrels stacked for shipping at a consolidator's yard on Pomeroon Boulevard, Queens.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Gazette photo / Rasheeda Kowlessar", "", "", "B"),
        ],
        [
            (
                "Every barrel or box landing at Georgetown's private wharves will be charged a G$4,500 (about US$21.50) scanning fee from March 1, the Tidemoor Wharf Operators' Council said in a notice dated February 12.",
                "the Tidemoor Wharf Operators' Council",
                "said in a notice dated February 12",
                "W",
            ),
        ],
        [
            (
                "The council, which speaks for the five wharves that handle most personal cargo, said X-ray scanners costing US$3.2 million had been installed at two of them.",
                "The council",
                "said",
                "W",
            ),
            (
                "It said the fee would “recover the cost of faster, safer clearance” and would be reviewed after a year.",
                "the Tidemoor Wharf Operators' Council",
                "said",
                "",
            ),
        ],
        [
            (
                "Shamdeo Gobindram, who owns Kanuku Star Shipping Inc. on Pomeroon Boulevard, said his firm shipped about 900 barrels in an ordinary month and up to 2,600 in November and December.",
                "Shamdeo Gobindram",
                "said",
                "W",
            ),
            (
                "“People send rice, soap, school shoes for the grandchildren.",
                "Shamdeo Gobindram",
                "said",
                "",
            ),
            (
                "Now they must pay to have it looked at too?” he said.",
                "Shamdeo Gobindram",
                "said",
                "",
            ),
        ],
        [
            (
                "Parbattie Finney, 68, of Southbrook Gardens, said she sent four barrels a year to relatives in Berbice.",
                "Parbattie Finney",
                "said",
                "W",
            ),
            ("“Four barrels is G$18,000 more.", "Parbattie Finney", "said", ""),
            (
                "That is a month of pension for my sister back home,” she said.",
                "Parbattie Finney",
                "said",
                "",
            ),
        ],
        [
            ("COMMUNITY CALENDAR", "", "", "B"),
        ],
        [
            (
                "Mashramani Fete & Cook-Up · Sat. Feb. 20, 7 p.m. · Saffronhall Banquets · tickets $35",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Send your event to calendar@greenheartgazette.com by Monday noon.", "", "", "B"),
        ],
        [
            (
                "Vidyawattie Nandlall, president of the Guyana Customs Brokers' Association, said the association had written to the public works ministry on February 15 asking for the fee to be suspended for six months.",
                "Vidyawattie Nandlall",
                "said",
                "W",
            ),
            (
                "She said brokers had not been consulted and that many senders would simply pay more for shipping by air.",
                "Vidyawattie Nandlall",
                "said",
                "",
            ),
            (
                "“Who checked with the people who actually fill these barrels?",
                "Vidyawattie Nandlall",
                "said",
                "",
            ),
            ("Nobody,” she said.", "Vidyawattie Nandlall", "said", ""),
        ],
        [
            (
                "Ministry officials did not respond to questions the Gazette sent on Monday.",
                "Ministry officials",
                "did not respond to questions",
                "",
            ),
        ],
        [
            (
                "Remittances to Guyana reached US$612 million in 2026, up 9% on the year before, according to central bank figures.",
                "central bank figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Shippers in Queens say barrels, which once took three weeks to clear, now take about 11 days.",
                "Shippers in Queens",
                "say",
                "W",
            ),
        ],
        [
            (
                "Gobindram said he would hold his prices until April “and then we'll see”.",
                "Shamdeo Gobindram",
                "said",
                "",
            ),
            ("“My customers are not companies.", "Shamdeo Gobindram", "said", ""),
            ("They are grandmothers,” he said.", "Shamdeo Gobindram", "said", ""),
        ],
        [
            (
                "Advertise in the Gazette, print and online: 718-555-0190 · ads@greenheartgazette.com",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Pick up the Gazette free at 85 groceries, roti shops and mandirs from Queens to Brampton.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("OBITUARIES & REMEMBRANCES", "", "", "B"),
        ],
        [
            ("Sookdai Bhagwandin, 1939–2027, of Rose Hall and Richmond Hill", "", "", "B"),
        ],
        [
            ("More Back Home", "", "", "B"),
        ],
        [
            ("Georgetown's new four-lane bridge opens to traffic a month early", "", "", "B"),
        ],
        [
            ("© 2027 Greenheart Publishing Corp.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About us · Contact · Place a notice · Privacy", "", "", "B"),
        ],
    ],
    [
        [
            ("9:41 ▮▮▮ 4G 87%", "", "", "B"),
        ],
        [
            ("← Feedlagoon", "", "", "B"),
        ],
        [
            ("For You · Mauritius · Following · Saved", "", "", "B"),
        ],
        [
            ("L'Horizon de Curepipe · 2h · Translated from French · See original", "", "", "B"),
        ],
        [
            (
                "Bassin Vrillac reservoir falls to 38%: water cuts extended to 14 hours a day in Plaines Wilhems",
                "",
                "",
                "W",
            ),
        ],
        [
            ("🔊 Listen · 4 min", "", "", "B"),
        ],
        [
            ("Text: Anne-Laure Pitchaya-Mottet", "", "", "B"),
        ],
        [
            (
                "CUREPIPE – The Bassin Vrillac reservoir, which supplies about 180,000 people in Curepipe, Floréal and Vacoas-Phoenix, was 38.2% full on Monday morning, against 71.5% on the same date last year, the Water Distribution Board said.",
                "the Water Distribution Board",
                "said",
                "W",
            ),
            (
                "From Wednesday, homes in the affected areas will get water from 5 a.m. to 3 p.m. only, instead of 5 a.m. to 7 p.m., the board said.",
                "the board",
                "said",
                "",
            ),
        ],
        [
            (
                "Rainfall over the central plateau in December and January was 46% of the long-term average, according to the meteorological services.",
                "the meteorological services",
                "according to",
                "W",
            ),
            (
                "The services said they expected “near-normal” rain in March but could not promise it.",
                "The services",
                "said",
                "",
            ),
        ],
        [
            (
                "Sponsored · Solar water heaters from Rs 24,990, installed in a day · Île Lumière Énergie Ltée",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Energy and Public Utilities Minister Jayendra Ramsaha-Bouchet said the government had approved Rs 240 million for 30 new boreholes, 11 of which were already being drilled.",
                "Jayendra Ramsaha-Bouchet",
                "said",
                "W",
            ),
            (
                "“We will not ration hospitals, schools or dialysis centres, whatever happens,” he told reporters in Port Louis.",
                "Jayendra Ramsaha-Bouchet",
                "told reporters",
                "",
            ),
            (
                "He said he would ask the board to publish reservoir levels every morning.",
                "Jayendra Ramsaha-Bouchet",
                "said",
                "",
            ),
        ],
        [
            (
                "Opposition MP Kamini Cothias said the board was still losing “about half” of its treated water through leaking pipes.",
                "Kamini Cothias",
                "said",
                "W",
            ),
            (
                "The board's own annual report puts the figure at 49.3% for 2025.",
                "The board's own annual report",
                "puts",
                "W",
            ),
            (
                "“Why dig boreholes to fill pipes that leak like a sieve?” she asked.",
                "Kamini Cothias",
                "asked",
                "",
            ),
        ],
        [
            (
                "Water trucks made 1,240 deliveries in the affected areas in January, up from 310 a year earlier, the board said.",
                "the board",
                "said",
                "W",
            ),
            (
                "It said the cuts could be eased if the reservoir rose above 45%.",
                "the Water Distribution Board",
                "said",
                "",
            ),
        ],
        [
            ("Tap to read more ⌄", "", "", "B"),
        ],
        [
            (
                "On Monday, a queue had formed at the standpipe outside Floréal market before 6 a.m.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Gérard Poonoosamy, who runs a bakery in Floréal, said he had bought a 2,000-litre tank for Rs 18,500 in January.",
                "Gérard Poonoosamy",
                "said",
                "W",
            ),
            ("“Without it I would close at noon,” he said.", "Gérard Poonoosamy", "said", ""),
            (
                "“With it I close at two, because the tank is empty.”",
                "Gérard Poonoosamy",
                "said",
                "",
            ),
        ],
        [
            (
                "The last time the reservoir fell below 40% in February was in 2017, according to the board.",
                "the board",
                "according to",
                "W",
            ),
            ("That year the cuts lasted until late April.", "", "", "W"),
        ],
        [
            ("This is a developing story.", "", "", "B"),
            ("Feedlagoon will update it when L'Horizon de Curepipe does.", "", "", "B"),
        ],
        [
            ("👍 312 · 💬 48 · ↗ Share · 🔖 Save", "", "", "B"),
        ],
        [
            ("Why you're seeing this: you follow Curepipe and Water & utilities.", "", "", "B"),
        ],
        [
            ("Open in L'Horizon de Curepipe ↗", "", "", "B"),
        ],
        [
            ("More on this story", "", "", "B"),
        ],
        [
            ("La Voix de Moka · 5h · Three villages in Moka get a tanker rota", "", "", "B"),
        ],
        [
            ("Radio Kaskad FM · yesterday · Minister: “No ration for hospitals”", "", "", "B"),
        ],
        [
            ("Top comments", "", "", "B"),
        ],
        [
            ("Kavish_R · 1h", "", "", "B"),
        ],
        [
            ("Every February the same story.", "", "", "B"),
            ("Fix the pipes first!", "", "", "B"),
        ],
        [
            ("Reply · 27 likes", "", "", "B"),
        ],
        [
            ("Home · Discover · Alerts · Profile", "", "", "B"),
        ],
    ],
    [
        [
            ("Skip to main content", "", "", "B"),
        ],
        [
            ("Highways and Harbours Agency", "", "", "B"),
        ],
        [
            (
                "Roads · Harbours · Ferries and sea travel · Permits and licences · News · Contact us",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home > News > 2027 > February", "", "", "B"),
        ],
        [
            ("Peel breakwater repairs to cost £3.4m after January storms", "", "", "W"),
        ],
        [
            ("Release date: Tuesday 9 February 2027", "", "", "B"),
        ],
        [
            ("Issued by: Highways and Harbours Agency", "", "", "B"),
        ],
        [
            ("Topics: Harbours, Coastal defence", "", "", "B"),
        ],
        [
            (
                "Repairs to the western breakwater at Peel, damaged in the storms of 14 and 15 January, will cost an estimated £3.4 million, the Highways and Harbours Agency announced today.",
                "the Highways and Harbours Agency",
                "announced",
                "W",
            ),
            ("The work is due to be finished by the end of October.", "", "", ""),
        ],
        [
            (
                "Waves of up to 7.8 metres were recorded at the harbour's wave buoy on the night of 14 January, the highest since the buoy was installed in 1994.",
                "",
                "",
                "W",
            ),
            (
                "An 85-metre length of the breakwater's outer face lost its armour stone, and the parapet wall collapsed along 31 metres.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“The breakwater shelters 140 moorings and the homes along East Quay, and we will not leave it half-mended through another winter,” said Ealish Quilleash MHK, Minister for Infrastructure and Harbours.",
                "Ealish Quilleash",
                "said",
                "W",
            ),
            (
                "“I want to thank the harbour staff who worked through the night of the 14th to move boats to safety.",
                "Ealish Quilleash",
                "said",
                "",
            ),
            ("Without them, the damage bill would be far higher.”", "Ealish Quilleash", "said", ""),
        ],
        [
            (
                "The agency's chief harbour engineer, Illiam Kinvigley, said the work would use about 9,000 tonnes of rock from the Ballakeeig quarry.",
                "Illiam Kinvigley",
                "said",
                "",
            ),
            (
                "He said the first phase, replacing armour stone on the most exposed 40 metres, would start on 1 March.",
                "Illiam Kinvigley",
                "said",
                "",
            ),
            (
                "“We'll work with the tides, so some days start at 5 a.m. and some at 3 p.m.",
                "Illiam Kinvigley",
                "said",
                "",
            ),
            (
                "Residents should expect lorries on Mill Road in both cases,” he said.",
                "Illiam Kinvigley",
                "said",
                "",
            ),
        ],
        [
            (
                "The cost will be met from the agency's capital budget for 2026-27 and 2027-28.",
                "",
                "",
                "W",
            ),
            ("Tynwald approved a supplementary vote of £1.9 million on 26 January.", "", "", "W"),
        ],
        [
            (
                "It is the third time in ten years that the breakwater has been damaged; repairs in 2017 cost £820,000.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The agency said further damage could not be ruled out if another storm struck before the outer face was rebuilt.",
                "The agency",
                "said",
                "",
            ),
        ],
        [
            ("Restrictions for harbour users", "", "", "B"),
        ],
        [
            (
                "The outer breakwater walkway is closed to the public until further notice.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Vessels over 12 m should call the harbour office on VHF channel 12 before entering.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Temporary moorings for 20 boats are available in the inner harbour free of charge until 31 March.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Notes to editors", "", "", "B"),
        ],
        [
            (
                "1. The western breakwater was built in 1883 and last strengthened in 1998.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "2. Photographs and drone footage of the damage are available from the press office.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Media enquiries: press office, Highways and Harbours Agency, 01624 555 410, press@hha.gov.im",
                "",
                "",
                "B",
            ),
        ],
        [
            ("For live ferry and road updates, follow @HHAgencyIoM.", "", "", "B"),
        ],
        [
            ("Read this release in Manx Gaelic (Gaelg)", "", "", "B"),
        ],
        [
            ("Was this page useful?", "", "", "B"),
            ("Yes · No · Report a problem with this page", "", "", "B"),
        ],
        [
            ("Last updated: 9 February 2027, 15:20", "", "", "B"),
        ],
        [
            ("Related news", "", "", "B"),
        ],
        [
            ("Douglas promenade lanes to close overnight for resurfacing", "", "", "B"),
        ],
        [
            ("© Crown copyright, Isle of Man.", "", "", "B"),
            ("Accessibility · Cookies · Privacy notice · Terms and conditions", "", "", "B"),
        ],
    ],
    [
        [
            ("PENDASKALI MEDIA · Podcasts", "", "", "B"),
        ],
        [
            ("Shows | Newsletter | Live events | Support us | Sign in", "", "", "B"),
        ],
        [
            ("Carob Street: conversations about how Cyprus actually works", "", "", "B"),
        ],
        [
            ("Season 4 · Episode 87", "", "", "B"),
        ],
        [
            ("Ep. 87 — Drinking the sea: who pays for Cyprus's desalination boom", "", "", ""),
        ],
        [
            ("Published 3 February 2027 · 41 min · Explicit: no", "", "", "B"),
        ],
        [
            ("▶ Play 00:00 / 41:06 · 1× · ⤓ Download MP3 (38.4 MB) · ⋯", "", "", "B"),
        ],
        [
            ("Follow on Apple Podcasts · Spotify · Pocket Casts · RSS feed", "", "", "B"),
        ],
        [
            (
                "This week Myrto talks to hydrologist Andreas Vasilakkas, who spent 20 years at the state water department, about how desalination plants came to supply about 70% of the water in Cyprus's taps.",
                "",
                "",
                "W",
            ),
            (
                "We also hear from a Limassol hotelier who now budgets for water the way she budgets for electricity, and ask whether households should pay more.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Chapters", "", "", "B"),
        ],
        [
            ("00:00 Cold open", "", "", "B"),
        ],
        [
            ("02:40 Why the dams are empty", "", "", "B"),
        ],
        [
            ("14:15 What a cubic metre of sea costs", "", "", "B"),
        ],
        [
            ("27:30 The hotelier's bill", "", "", "B"),
        ],
        [
            ("35:50 Should we pay more?", "", "", "B"),
        ],
        [
            (
                "Transcript excerpt (14:15–17:40), generated automatically and corrected by our producer.",
                "",
                "",
                "B",
            ),
            ("It may still contain errors.", "", "", "B"),
        ],
        [
            ("MYRTO HADJILAMBROU-WEST: So give me the number.", "", "", ""),
            (
                "What does it cost to turn a cubic metre of seawater into drinking water here?",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "ANDREAS VASILAKKAS: At the newest plant, the one at Kourisia, it's about €0.93 a cubic metre, electricity included.",
                "Andreas Vasilakkas",
                "ANDREAS VASILAKKAS:",
                "W",
            ),
            (
                "The electricity is roughly 60% of that.",
                "Andreas Vasilakkas",
                "ANDREAS VASILAKKAS:",
                "W",
            ),
            (
                "So when oil goes up, water goes up, whether anyone admits it or not.",
                "Andreas Vasilakkas",
                "ANDREAS VASILAKKAS:",
                "",
            ),
        ],
        [
            ("HADJILAMBROU-WEST: And a household pays what?", "", "", ""),
        ],
        [
            (
                "VASILAKKAS: In Nicosia a family using 15 cubic metres a month pays about €1.10 a cubic metre, so on paper it's covered.",
                "Andreas Vasilakkas",
                "VASILAKKAS:",
                "W",
            ),
            (
                "But that tariff hasn't changed since 2018, and the state covers the gap when the plants run flat out.",
                "Andreas Vasilakkas",
                "VASILAKKAS:",
                "W",
            ),
            ("Should it rise?", "Andreas Vasilakkas", "VASILAKKAS:", ""),
            ("For the heaviest users, yes.", "Andreas Vasilakkas", "VASILAKKAS:", ""),
        ],
        [
            (
                "HADJILAMBROU-WEST: The water department says the dams were 9.8% full in January, the lowest January level it has recorded.",
                "The water department",
                "says",
                "W",
            ),
            ("Is that a freak year?", "", "", ""),
        ],
        [
            ("VASILAKKAS: No, and I wish it were.", "Andreas Vasilakkas", "VASILAKKAS:", ""),
            (
                "We've had six dry winters in the last nine.",
                "Andreas Vasilakkas",
                "VASILAKKAS:",
                "W",
            ),
            (
                "If I were the minister, I'd be building the next plant now, not in 2030.",
                "Andreas Vasilakkas",
                "VASILAKKAS:",
                "",
            ),
        ],
        [
            ("Carob Street is paid for by its listeners.", "", "", "B"),
            ("From €4 a month you get every episode a day early, with no ads.", "", "", "B"),
            ("Become a supporter →", "", "", "B"),
        ],
        [
            ("The full transcript is for supporters: log in to read it.", "", "", "B"),
        ],
        [
            ("Hosted by Myrto Hadjilambrou-West.", "", "", "B"),
            ("Produced by Kyriakos Tembrios.", "", "", "B"),
            ("Music: “Cisterns” by the Pomegranate Quartet.", "", "", "B"),
        ],
        [
            ("Sources mentioned in this episode", "", "", "B"),
        ],
        [
            ("State water department, monthly reservoir bulletin, January 2027", "", "", "B"),
        ],
        [
            ("More episodes", "", "", "B"),
        ],
        [
            ("Ep. 86 — The great Nicosia parking war", "", "", "B"),
        ],
        [
            ("Ep. 85 — Why is halloumi so expensive?", "", "", "B"),
        ],
        [
            ("© 2027 Pendaskali Media Ltd., Nicosia.", "", "", "B"),
            ("Registered in the Republic of Cyprus, HE 418220.", "", "", "B"),
        ],
    ],
    [
        [
            ("BONEFISH CAY FOOTBALL CLUB", "", "", "B"),
        ],
        [
            ("The official website · Nassau, The Bahamas · Est. 1978", "", "", "B"),
        ],
        [
            (
                "Club | Teams | Fixtures & Results | Academy | Tickets | Shop | Members' Lounge",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Kit partner: Conchline Apparel · Ground partner: Keyhaven Insurance Agency Ltd.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Club News › Women's First Team", "", "", "B"),
        ],
        [
            (
                "Bonefish women clinch the league title with a 3-1 win over Jumbay Rovers",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Posted by Club Media · Sunday 14 February 2027", "", "", "B"),
        ],
        [
            ("Match report: Kendrea Saunderley", "", "", "B"),
        ],
        [
            (
                "Captain Delvaria Kemperly lifts the trophy in front of the clubhouse stand.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Jadon Fernander / BCFC Media", "", "", "B"),
        ],
        [
            (
                "Bonefish Cay won the New Providence Women's League title with two games to spare on Saturday, beating Jumbay Rovers 3-1 at Cascarilla Park in front of 1,180 spectators.",
                "",
                "",
                "W",
            ),
            ("It is the club's first league title since 2019 and its fourth in all.", "", "", "W"),
        ],
        [
            (
                "Captain Delvaria Kemperly headed the opening goal in the 11th minute from a corner by Anaya Pindlemore.",
                "",
                "",
                "W",
            ),
            (
                "Rovers drew level a minute before half-time when Jolette Culbreath turned in a low cross at the far post.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Pindlemore restored the lead in the 58th minute with a shot from 20 yards, and substitute Zarielle Ondrabyne made it 3-1 with 13 minutes left.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("For the last ten minutes the clubhouse stand sang without a break.", "", "", ""),
        ],
        [
            (
                "“Two games to spare!” said head coach Osbert Wrangleby.",
                "Osbert Wrangleby",
                "said",
                "",
            ),
            (
                "“I told them in August we could do this, and nobody laughed at me, which I appreciated.”",
                "Osbert Wrangleby",
                "said",
                "",
            ),
            (
                "He said the squad had lost only one of its 16 league games, 2-1 away to Old Fort United on 5 December.",
                "Osbert Wrangleby",
                "said",
                "W",
            ),
        ],
        [
            (
                "“This is for everyone who washed kit in a bucket back when we didn't have a machine,” said Kemperly.",
                "Delvaria Kemperly",
                "said",
                "",
            ),
            ("Kemperly has played 146 league games for the club since 2014.", "", "", "W"),
        ],
        [
            ("MATCH CENTRE", "", "", "B"),
        ],
        [
            (
                "Bonefish Cay 3 (Kemperly 11', Pindlemore 58', Ondrabyne 77') Jumbay Rovers 1 (Culbreath 44')",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Bonefish Cay: Gladsteyn; Adderleigh, Kemperly, Mortimer-Deal, Sweeting-Oake; Pindlemore, Farrowmede, Bastian; Roxburgh-Dames, Vossborne, Knowleston.",
                "",
                "",
                "",
            ),
            ("Subs: Ondrabyne for Vossborne (70').", "", "", ""),
        ],
        [
            ("Referee: L. M. Brathwellyn.", "", "", ""),
        ],
        [
            ("Not a member yet?", "", "", "B"),
            (
                "Adult membership is B$60 a season and gets you into every league game free.",
                "",
                "",
                "B",
            ),
            ("Join online or at the clubhouse bar.", "", "", "B"),
        ],
        [
            (
                "The club also confirmed on Friday that it has been awarded a B$180,000 grant from the Sports Facilities Fund towards new floodlights at Cascarilla Park.",
                "The club",
                "confirmed",
                "W",
            ),
        ],
        [
            (
                "Club chairman Dr. Ellery Munsgrove said installation should begin in May so that evening kick-offs can return in the autumn.",
                "Ellery Munsgrove",
                "said",
                "",
            ),
            (
                "“We've played every home game at 3 p.m. since the old lights failed in 2024.",
                "Ellery Munsgrove",
                "said",
                "W",
            ),
            (
                "That's hard on players who work Saturdays, and most of ours do.”",
                "Ellery Munsgrove",
                "said",
                "",
            ),
        ],
        [
            ("Bonefish Cay FC @BonefishCayFC · Feb 13", "", "", "B"),
        ],
        [
            ("Champions with two games to spare.", "", "", "W"),
            ("Thank you to all 1,180 of you at Cascarilla Park today 🏆", "", "", ""),
        ],
        [
            ("♥ 2.4K · ↻ 311 · Read 96 replies", "", "", "B"),
        ],
        [
            ("NEXT FIXTURE", "", "", "B"),
        ],
        [
            (
                "Sat 20 Feb · Bonefish Cay v Old Fort United · Cascarilla Park · 3:00 p.m.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Adults B$10 · Under-16s B$3 · Members free", "", "", "B"),
        ],
        [
            ("Share this story: Facebook · X · WhatsApp · Copy link", "", "", "B"),
        ],
        [
            ("More club news", "", "", "B"),
        ],
        [
            ("Under-14 boys reach cup semi-final after penalty shoot-out", "", "", "B"),
        ],
        [
            (
                "Our partners: Conchline Apparel · Keyhaven Insurance Agency Ltd. · Starfruit Bottling Co.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Bonefish Cay Football Club.", "", "", "B"),
            ("Registered non-profit organisation No. 3391.", "", "", "B"),
        ],
        [
            ("Contact the club · Safeguarding · Privacy", "", "", "B"),
        ],
    ],
    [
        [
            ("STITCHLINE", "", "", "B"),
        ],
        [
            ("Intelligence for apparel sourcing · Subscriber edition", "", "", "B"),
        ],
        [
            ("News | Analysis | Markets | Sourcing map | Events | Podcast | Jobs", "", "", "B"),
        ],
        [
            (
                "COTTON (Mar) 71.4¢/lb ▼0.6% · POLYESTER STAPLE $1.02/kg ▬ · BOX RATE SHANGHAI–LA $2,310/FEU ▲3.2%",
                "",
                "",
                "B",
            ),
        ],
        [
            ("You have 2 free articles left this month.", "", "", "B"),
            ("Subscribe for unlimited access and the weekly sourcing data pack.", "", "", "B"),
        ],
        [
            ("Analysis | Africa | Knitwear | Trade policy", "", "", "B"),
        ],
        [
            (
                "Lesotho's garment makers shed orders as US buyers reprice Southern Africa",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Exports fell 22% last year; one of Maseru's biggest knitwear plants is cutting a third of its jobs",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Henrietta Okwuonye, Africa correspondent", "", "", "B"),
        ],
        [
            ("18 February 2027 · 7 min read", "", "", "B"),
        ],
        [
            ("KEY TAKEAWAYS", "", "", "B"),
        ],
        [
            ("Lesotho's garment exports fell 22% to US$312 million in 2026.", "", "", "W"),
        ],
        [
            (
                "Lekhalong Knitwear will cut 1,100 of its 3,400 jobs by the end of April.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Buyers are moving basics orders to Kenya and Madagascar, sourcing agents say.",
                "sourcing agents",
                "say",
                "",
            ),
        ],
        [
            (
                "Lesotho's garment and textile exports fell 22% to US$312 million in 2026, according to trade data compiled by the Lesotho Apparel Exporters' Forum.",
                "trade data compiled by the Lesotho Apparel Exporters' Forum",
                "according to",
                "W",
            ),
            (
                "Shipments to the United States, which took 71% of the total in 2025, fell by almost a third.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Hsieh Pao-Hsiang, general manager of Lekhalong Knitwear (Pty) Ltd. in Maseru, said the plant would cut 1,100 of its 3,400 jobs by the end of April after two US customers moved their spring orders elsewhere.",
                "Hsieh Pao-Hsiang",
                "said",
                "W",
            ),
            ("“We quoted the same price as last year.", "Hsieh Pao-Hsiang", "said", "W"),
            ("It was not enough,” Ms Hsieh said.", "Hsieh Pao-Hsiang", "said", ""),
            (
                "She said the plant's order book for the second half of 2027 was 38% below a year earlier.",
                "Hsieh Pao-Hsiang",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mpho Letlatsa, who chairs the forum, said at least three other factories were “looking at the same numbers” and could announce cuts by mid-year.",
                "Mpho Letlatsa",
                "said",
                "",
            ),
            (
                "She said the sector employed about 36,000 people at the end of 2026, down from 44,500 two years earlier.",
                "Mpho Letlatsa",
                "said",
                "W",
            ),
        ],
        [
            ("WEBINAR · 4 March 2027, 14:00 SAST", "", "", "B"),
            (
                "Africa's apparel exporters after the tariff reset: which countries keep the orders?",
                "",
                "",
                "B",
            ),
            ("Register free →", "", "", "B"),
        ],
        [
            ("Continue reading below", "", "", "B"),
        ],
        [
            (
                "Ruth Ansbacher, a partner at Wendmark Sourcing Advisory, said buyers were paying for speed as much as for price.",
                "Ruth Ansbacher",
                "said",
                "",
            ),
            (
                "“A T-shirt from Maseru takes 45 days to reach a warehouse in New Jersey, vs. about 32 from Mombasa.",
                "Ruth Ansbacher",
                "said",
                "",
            ),
            (
                "When margins are this thin, two weeks decides it,” she said.",
                "Ruth Ansbacher",
                "said",
                "",
            ),
        ],
        [
            (
                "Tšepo Mohlakeng, general secretary of the Factory Workers' Solidarity Union, said the union had asked the government on 10 February to pay laid-off workers M1,500 a month for six months.",
                "Tšepo Mohlakeng",
                "said",
                "W",
            ),
            (
                "“Most of these workers are women who send money to the villages.",
                "Tšepo Mohlakeng",
                "said",
                "",
            ),
            ("When the factory stops, the village stops,” he said.", "Tšepo Mohlakeng", "said", ""),
        ],
        [
            (
                "The trade ministry said in a statement that it was “in talks with buyers and partners” but gave no figures.",
                "The trade ministry",
                "said",
                "",
            ),
        ],
        [
            (
                "Lesotho's minimum wage for machinists rose to M2,960 a month in October 2026.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ms Hsieh said Lekhalong would keep its dye house running and hoped to win back one of the two lost customers before the autumn season.",
                "Hsieh Pao-Hsiang",
                "said",
                "",
            ),
        ],
        [
            ("Topics: Lesotho · Southern Africa · Knitwear · Jobs · Tariffs", "", "", "B"),
        ],
        [
            ("Related analysis", "", "", "B"),
        ],
        [
            ("Madagascar's knitters win spring orders on speed, not price", "", "", "B"),
        ],
        [
            (
                "Stitchline is published by Stitchline Media Ltd., 14 Gunmaker Yard, London.",
                "",
                "",
                "B",
            ),
            ("Registered in England No. 11842077.", "", "", "B"),
        ],
        [
            ("Editorial standards · Corrections · Advertise with us · Privacy", "", "", "B"),
        ],
    ],
    [
        [
            ("RAMPARTS & ROOFTOPS", "", "", "B"),
        ],
        [
            ("The Gibraltar city magazine · Issue 42 · Spring 2027", "", "", "B"),
        ],
        [
            (
                "Eat & Drink | See & Do | Neighbourhoods | Homes | People | Listings | The Print Issue",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Eat & Drink / Openings", "", "", "B"),
        ],
        [
            ("The Old Fish Market reopens, and this time it sells lunch", "", "", "W"),
        ],
        [
            (
                "Eighteen stalls, one long counter and a rent that made some traders think twice",
                "",
                "",
                "",
            ),
        ],
        [
            ("Words Imogen Zarraquino · Photographs Dario Mercadell", "", "", "B"),
        ],
        [
            ("Reading time: 6 minutes", "", "", "B"),
        ],
        [
            ("The restored iron roof of the Old Fish Market, lit up after dark.", "", "", ""),
        ],
        [
            ("Photograph: Dario Mercadell", "", "", "B"),
        ],
        [
            (
                "At 8 a.m. on a Saturday, the smell in the Old Fish Market is coffee, not fish.",
                "",
                "",
                "",
            ),
            ("A man in a rugby shirt is queuing for a bacon roll behind two nuns.", "", "", ""),
        ],
        [
            (
                "The market hall on Flaxdressers' Lane, built in 1884 and empty since 2016, reopened on 30 January after a £6.2 million restoration by Bastion Yard Developments Ltd.",
                "",
                "",
                "W",
            ),
            (
                "The firm holds a 25-year lease on the building at a rent of £48,000 a year, according to a lease summary published by the government.",
                "a lease summary published by the government",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“People told us nobody would walk up from Main Street for lunch.",
                "Mercè Gavarrone",
                "says",
                "",
            ),
            (
                "We've served 21,000 covers in three weeks,” says Mercè Gavarrone, the firm's managing director.",
                "Mercè Gavarrone",
                "says",
                "W",
            ),
            (
                "Stall rents start at £1,150 a month for the smallest of the 18 units, she says, and all but two are let.",
                "Mercè Gavarrone",
                "says",
                "W",
            ),
        ],
        [
            (
                "Yusuf Benhammi-Otero, who runs a bakery stall called Kesra & Co., says he sells about 400 loaves on a busy day.",
                "Yusuf Benhammi-Otero",
                "says",
                "W",
            ),
            ("“The rent is the rent.", "Yusuf Benhammi-Otero", "says", ""),
            (
                "What worries me is July, when the cruise passengers walk straight past us to Main Street,” he says.",
                "Yusuf Benhammi-Otero",
                "says",
                "",
            ),
        ],
        [
            ("IF YOU GO", "", "", "B"),
        ],
        [
            (
                "The Old Fish Market, Flaxdressers' Lane · Tue–Sun, 8 a.m.–11 p.m. · closed Mondays",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Live music on Friday nights from 8 p.m.; entry free.", "", "", "B"),
        ],
        [
            ("Card only: no stall takes cash.", "", "", "B"),
        ],
        [
            (
                "Cruise calls brought 1.24 million passengers to Gibraltar in 2026, according to the port's figures.",
                "the port's figures",
                "according to",
                "W",
            ),
        ],
        [
            ("Not everyone is charmed.", "", "", ""),
        ],
        [
            (
                "Clive Massetti of the Upper Town Heritage Circle says the new glass extension on the hall's north side “turns its back on the old walls”.",
                "Clive Massetti",
                "says",
                "",
            ),
            (
                "The group objected to the planning application in 2024; the planning commission approved it by 6 votes to 2.",
                "",
                "",
                "W",
            ),
            (
                "“Would anyone put a glass box on the Convent?” he asks.",
                "Clive Massetti",
                "asks",
                "",
            ),
        ],
        [
            (
                "Gavarrone says the extension was the only way to fit a kitchen that meets today's fire rules.",
                "Mercè Gavarrone",
                "says",
                "",
            ),
            ("“We argued about it for months.", "Mercè Gavarrone", "says", ""),
            (
                "Believe me, the old walls won a lot of those arguments.”",
                "Mercè Gavarrone",
                "says",
                "",
            ),
        ],
        [
            (
                "By half past two the bakery queue has gone, and Benhammi-Otero is sweeping flour off the counter.",
                "",
                "",
                "",
            ),
            ("“Ask me again in August,” he says.", "Yusuf Benhammi-Otero", "says", ""),
        ],
        [
            (
                "This piece appears in the Spring 2027 issue of Ramparts & Rooftops, free at 140 cafés, shops and hotels across the Rock.",
                "",
                "",
                "B",
            ),
            ("Pick up a copy, or read the whole issue online →", "", "", "B"),
        ],
        [
            ("You might also like", "", "", "B"),
        ],
        [
            ("Ten terraces for a long lunch, ranked by how much shade they give", "", "", "B"),
        ],
        [
            ("A Saturday on the Upper Rock without the crowds", "", "", "B"),
        ],
        [
            (
                "Stay in the loop: our fortnightly letter on what's opening, closing and worth queuing for.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Your email · Count me in", "", "", "B"),
        ],
        [
            ("Ramparts & Rooftops is published by Gallivant Press Ltd.", "", "", "B"),
            ("© 2027.", "", "", "B"),
            ("Nothing in this magazine may be reproduced without written permission.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n109-na-pty-ltd-reg",
        "© 2027 Rooipan Farm Courier (Pty) Ltd. Reg. No. 87/0412.",
        ["© 2027 Rooipan Farm Courier (Pty) Ltd.", "Reg. No. 87/0412."],
    ),
    (
        "n109-na-feb-before-name",
        "The next sale at Okanduvi is on 2 Feb. Kameelhaak expects about 1,100 head.",
        ["The next sale at Okanduvi is on 2 Feb.", "Kameelhaak expects about 1,100 head."],
    ),
    (
        "n109-na-yes-but-quote",
        "“I am paying more than I sold for, yes. But grass doesn't wait for the price to come down,” he said.",
        [
            "“I am paying more than I sold for, yes.",
            "But grass doesn't wait for the price to come down,” he said.",
        ],
    ),
    (
        "n109-na-plan-b-question",
        "He said the bank's lending to livestock farmers had grown by N$62 million, or 18%, in the three months to December. “Farmers who borrow at prime plus 3 to buy calves at the top of the market need a good winter. Do they all have a plan B?” he said.",
        [
            "He said the bank's lending to livestock farmers had grown by N$62 million, or 18%, in the three months to December.",
            "“Farmers who borrow at prime plus 3 to buy calves at the top of the market need a good winter.",
            "Do they all have a plan B?” he said.",
        ],
    ),
    (
        "n109-jm-open-quote-exclaim",
        "“They told us at a meeting on November 19 that the pump was on its last legs. Nothing was done!” he said.",
        [
            "“They told us at a meeting on November 19 that the pump was on its last legs.",
            "Nothing was done!” he said.",
        ],
    ),
    (
        "n109-jm-asked-then-quote",
        "“Who can afford that every week on a pension?” she asked. “I carry buckets up the hill at my age, sir. Look at my hands.”",
        [
            "“Who can afford that every week on a pension?” she asked.",
            "“I carry buckets up the hill at my age, sir.",
            "Look at my hands.”",
        ],
    ),
    (
        "n109-jm-co-ltd-rights",
        "© 2027 Sheldrake Hill Broadcasting Co. Ltd. All rights reserved.",
        ["© 2027 Sheldrake Hill Broadcasting Co. Ltd.", "All rights reserved."],
    ),
    (
        "n109-wal-dr-said-colon",
        "Asked whether staff pay talks were linked to the rent decision, Dr. Ashvellyn said: “You'd have to ask the Vice-Chancellor. I'm told they're not.”",
        [
            "Asked whether staff pay talks were linked to the rent decision, Dr. Ashvellyn said: “You'd have to ask the Vice-Chancellor.",
            "I'm told they're not.”",
        ],
    ),
    (
        "n109-wal-quote-split-he-said",
        "“Nobody here is asking for luxury. We're asking not to have to choose between the radiator and dinner,” he said.",
        [
            "“Nobody here is asking for luxury.",
            "We're asking not to have to choose between the radiator and dinner,” he said.",
        ],
    ),
    (
        "n109-pg-photo-credit-consent",
        "Photo: Joseph Akunai. Shared with the family's permission.",
        ["Photo: Joseph Akunai.", "Shared with the family's permission."],
    ),
    (
        "n109-pg-lap-question-said",
        "Clementia Waigonu, the nurse in charge on the trip, said the team ran out of rapid tests on day 17 and had to send eight patients on to the health centre at Angoram. “A mother paddled four hours with her son on her lap. What do you say to her when the box is empty?” she said.",
        [
            "Clementia Waigonu, the nurse in charge on the trip, said the team ran out of rapid tests on day 17 and had to send eight patients on to the health centre at Angoram.",
            "“A mother paddled four hours with her son on her lap.",
            "What do you say to her when the box is empty?” she said.",
        ],
    ),
    (
        "n109-pg-inc-no-donations",
        "Wosomburi Health Trust Inc. is an association incorporated in Papua New Guinea, No. 5-48109. Donations from Australia are processed by our partner in Cairns.",
        [
            "Wosomburi Health Trust Inc. is an association incorporated in Papua New Guinea, No. 5-48109.",
            "Donations from Australia are processed by our partner in Cairns.",
        ],
    ),
    (
        "n109-bm-said-ceo-quote-on",
        "“2026 was the best underwriting year in our history, and we earned it by walking away from business that didn't pay,” said Corwenna Ledsham, Chief Executive Officer. “We go into 2027 with more capital than at any time since we listed in 2013. We intend to use it where the pricing is right, and nowhere else.”",
        [
            "“2026 was the best underwriting year in our history, and we earned it by walking away from business that didn't pay,” said Corwenna Ledsham, Chief Executive Officer.",
            "“We go into 2027 with more capital than at any time since we listed in 2013.",
            "We intend to use it where the pricing is right, and nowhere else.”",
        ],
    ),
    (
        "n109-bm-us-vs-decimal",
        "Property catastrophe premiums rose 9.4% to $688.0 million, while casualty premiums rose 21.3% to $512.9 million as the Company grew its U.S. casualty book. Net investment income was $64.8 million in the quarter, up from $49.5 million, on higher yields on the fixed-income portfolio (average book yield 4.9% vs. 4.1%).",
        [
            "Property catastrophe premiums rose 9.4% to $688.0 million, while casualty premiums rose 21.3% to $512.9 million as the Company grew its U.S. casualty book.",
            "Net investment income was $64.8 million in the quarter, up from $49.5 million, on higher yields on the fixed-income portfolio (average book yield 4.9% vs. 4.1%).",
        ],
    ),
    (
        "n109-bm-us-act-quotes",
        "This release contains forward-looking statements within the meaning of the U.S. Private Securities Litigation Reform Act of 1995. Words such as “expects,” “intends” and “believes” identify them. Actual results may differ materially, and the Company undertakes no duty to update them.",
        [
            "This release contains forward-looking statements within the meaning of the U.S. Private Securities Litigation Reform Act of 1995.",
            "Words such as “expects,” “intends” and “believes” identify them.",
            "Actual results may differ materially, and the Company undertakes no duty to update them.",
        ],
    ),
    (
        "n109-gy-quote-question-said",
        "“People send rice, soap, school shoes for the grandchildren. Now they must pay to have it looked at too?” he said.",
        [
            "“People send rice, soap, school shoes for the grandchildren.",
            "Now they must pay to have it looked at too?” he said.",
        ],
    ),
    (
        "n109-gy-question-nobody",
        "She said brokers had not been consulted and that many senders would simply pay more for shipping by air. “Who checked with the people who actually fill these barrels? Nobody,” she said.",
        [
            "She said brokers had not been consulted and that many senders would simply pay more for shipping by air.",
            "“Who checked with the people who actually fill these barrels?",
            "Nobody,” she said.",
        ],
    ),
    (
        "n109-mu-am-pm-board",
        "CUREPIPE – The Bassin Vrillac reservoir, which supplies about 180,000 people in Curepipe, Floréal and Vacoas-Phoenix, was 38.2% full on Monday morning, against 71.5% on the same date last year, the Water Distribution Board said. From Wednesday, homes in the affected areas will get water from 5 a.m. to 3 p.m. only, instead of 5 a.m. to 7 p.m., the board said.",
        [
            "CUREPIPE – The Bassin Vrillac reservoir, which supplies about 180,000 people in Curepipe, Floréal and Vacoas-Phoenix, was 38.2% full on Monday morning, against 71.5% on the same date last year, the Water Distribution Board said.",
            "From Wednesday, homes in the affected areas will get water from 5 a.m. to 3 p.m. only, instead of 5 a.m. to 7 p.m., the board said.",
        ],
    ),
    (
        "n109-mu-comment-exclaim",
        "Every February the same story. Fix the pipes first!",
        ["Every February the same story.", "Fix the pipes first!"],
    ),
    (
        "n109-im-pm-residents",
        "He said the first phase, replacing armour stone on the most exposed 40 metres, would start on 1 March. “We'll work with the tides, so some days start at 5 a.m. and some at 3 p.m. Residents should expect lorries on Mill Road in both cases,” he said.",
        [
            "He said the first phase, replacing armour stone on the most exposed 40 metres, would start on 1 March.",
            "“We'll work with the tides, so some days start at 5 a.m. and some at 3 p.m.",
            "Residents should expect lorries on Mill Road in both cases,” he said.",
        ],
    ),
    (
        "n109-cy-prefix-question",
        "MYRTO HADJILAMBROU-WEST: So give me the number. What does it cost to turn a cubic metre of seawater into drinking water here?",
        [
            "MYRTO HADJILAMBROU-WEST: So give me the number.",
            "What does it cost to turn a cubic metre of seawater into drinking water here?",
        ],
    ),
    (
        "n109-cy-should-it-rise",
        "But that tariff hasn't changed since 2018, and the state covers the gap when the plants run flat out. Should it rise? For the heaviest users, yes.",
        [
            "But that tariff hasn't changed since 2018, and the state covers the gap when the plants run flat out.",
            "Should it rise?",
            "For the heaviest users, yes.",
        ],
    ),
    (
        "n109-cy-credits-music",
        "Hosted by Myrto Hadjilambrou-West. Produced by Kyriakos Tembrios. Music: “Cisterns” by the Pomegranate Quartet.",
        [
            "Hosted by Myrto Hadjilambrou-West.",
            "Produced by Kyriakos Tembrios.",
            "Music: “Cisterns” by the Pomegranate Quartet.",
        ],
    ),
    (
        "n109-bs-dr-pm-quote",
        "Club chairman Dr. Ellery Munsgrove said installation should begin in May so that evening kick-offs can return in the autumn. “We've played every home game at 3 p.m. since the old lights failed in 2024. That's hard on players who work Saturdays, and most of ours do.”",
        [
            "Club chairman Dr. Ellery Munsgrove said installation should begin in May so that evening kick-offs can return in the autumn.",
            "“We've played every home game at 3 p.m. since the old lights failed in 2024.",
            "That's hard on players who work Saturdays, and most of ours do.”",
        ],
    ),
    (
        "n109-bs-exclaim-said-coach",
        "“Two games to spare!” said head coach Osbert Wrangleby. “I told them in August we could do this, and nobody laughed at me, which I appreciated.”",
        [
            "“Two games to spare!” said head coach Osbert Wrangleby.",
            "“I told them in August we could do this, and nobody laughed at me, which I appreciated.”",
        ],
    ),
    (
        "n109-ls-ltd-ms-hsieh",
        "Hsieh Pao-Hsiang, general manager of Lekhalong Knitwear (Pty) Ltd. in Maseru, said the plant would cut 1,100 of its 3,400 jobs by the end of April after two US customers moved their spring orders elsewhere. “We quoted the same price as last year. It was not enough,” Ms Hsieh said.",
        [
            "Hsieh Pao-Hsiang, general manager of Lekhalong Knitwear (Pty) Ltd. in Maseru, said the plant would cut 1,100 of its 3,400 jobs by the end of April after two US customers moved their spring orders elsewhere.",
            "“We quoted the same price as last year.",
            "It was not enough,” Ms Hsieh said.",
        ],
    ),
    (
        "n109-ls-vs-mombasa",
        "“A T-shirt from Maseru takes 45 days to reach a warehouse in New Jersey, vs. about 32 from Mombasa. When margins are this thin, two weeks decides it,” she said.",
        [
            "“A T-shirt from Maseru takes 45 days to reach a warehouse in New Jersey, vs. about 32 from Mombasa.",
            "When margins are this thin, two weeks decides it,” she said.",
        ],
    ),
    (
        "n109-ls-ltd-registered-england",
        "Stitchline is published by Stitchline Media Ltd., 14 Gunmaker Yard, London. Registered in England No. 11842077.",
        [
            "Stitchline is published by Stitchline Media Ltd., 14 Gunmaker Yard, London.",
            "Registered in England No. 11842077.",
        ],
    ),
    (
        "n109-gi-ltd-the-firm",
        "The market hall on Flaxdressers' Lane, built in 1884 and empty since 2016, reopened on 30 January after a £6.2 million restoration by Bastion Yard Developments Ltd. The firm holds a 25-year lease on the building at a rent of £48,000 a year, according to a lease summary published by the government.",
        [
            "The market hall on Flaxdressers' Lane, built in 1884 and empty since 2016, reopened on 30 January after a £6.2 million restoration by Bastion Yard Developments Ltd.",
            "The firm holds a 25-year lease on the building at a rent of £48,000 a year, according to a lease summary published by the government.",
        ],
    ),
    (
        "n109-gi-says-inverted",
        "“People told us nobody would walk up from Main Street for lunch. We've served 21,000 covers in three weeks,” says Mercè Gavarrone, the firm's managing director. Stall rents start at £1,150 a month for the smallest of the 18 units, she says, and all but two are let.",
        [
            "“People told us nobody would walk up from Main Street for lunch.",
            "We've served 21,000 covers in three weeks,” says Mercè Gavarrone, the firm's managing director.",
            "Stall rents start at £1,150 a month for the smallest of the 18 units, she says, and all but two are let.",
        ],
    ),
]
