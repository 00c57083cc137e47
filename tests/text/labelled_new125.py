"""Hundred-and-twenty-fifth set of new hand-labelled pages for the hint engines (tuning set, round forty-nine):
twelve WHOLE pages, head to tail, from twelve kinds of site whose FURNITURE is hard to tell from the
story, each site's furniture worded its own way, at the head, in the middle of the story and at the
tail: a United States local TV station (Kansas, a 1961 water main breaks and puts 14,200 customers
under a boil advisory), an Indian regional news portal (coastal Karnataka, 214 mm of rain in 24
hours), an English regional daily with a metered paywall and a consent block (Cumbria, a market
town's last bank to close), a Canadian public broadcaster (Prince Edward Island, 11,400 tonnes of
seed potatoes ordered destroyed), a Filipino broadsheet (Benguet, a landslide buries nine houses in
a mining village), a United States trade magazine (cold-chain logistics, a $184 million automated
cold store in Georgia), an English non-league football club's own site (a play-off final win brings
promotion), an English university news office (a 20-year study of wild bees on farmland), a British
charity's news page (northern Kenya, drought leaves 410,000 people facing crisis hunger), a news
aggregator page (Tasmania, a harbour ferry to run every 20 minutes), a Nigerian daily (Benue, 3,400
people displaced as a river overflows) and a United States newsletter's web view (Portland, Maine, a
rental registry with a $45 fee per unit).

What is hard is FURNITURE THAT READS LIKE STORY, worded the site's own way rather than with the
stock "Share | Facebook" lines: weather, traffic and alert bars ("TRAFFIC: 2 crashes · 1 lane
closure · Delays on Gellerton Ave. westbound", "ALERT: Boil water advisory in effect for parts of
Mendenport." / "Tap for the map."), "WATCH LIVE", "Watch ... full report in the player above.", an
app prompt with an emoji; inline "Also Read |" links whose headlines hold "says", a WhatsApp channel
prompt worded as a sentence, an app prompt in two sentences, ePaper and First Published lines; a
free-article counter ("You have 2 free articles left this month." / "Register to keep reading."), a
consent block in the middle of the story ("This video is hosted by Vidstrand, which may use cookies
and similar technologies." / "To view it, we need your consent to those cookies.") and a paywall
prompt ("Keep reading: subscribe ..." / "Cancel any time."); audio player lines ("Listen to this
article · 4 min", "Narrated by an automated voice.", "0:00 / 4:12"), "Report a typo or error", an
author box; the leftovers of a social embed ("See this post on Facebook", a hashtag line, "— Itogon
MDRRMO (@ItogonDRRM) May 23, 2027", "Like Comment Share", "1.4K reactions · 312 shares"),
ADVERTISEMENT three times, a Trending line of hashtags; an event ad ("COLDLINK SUMMIT 2027 · Atlanta
· Sept. 14–16." / "Early-bird registration closes June 30." / "Book your pass"), a webinar promo, a
sponsored-content block and an author bio; a fixtures strip, shop, club-TV and season-ticket promos,
a match sponsor, a match-ball sponsor and a sponsored Player of the Match line; an embargo line, a
video line, a funding note, a journal reference, a media contact block and an "About the University"
boilerplate with figures ("Larchfield University was founded in 1963 and has more than 21,000
students from 140 countries."); donation asks worded as sentences ("Your gift today can reach a
family in Marsabit within days.", "£30 could provide a family with clean water for a month.", "Your
gift will go twice as far: ...", "£15 buys a week of therapeutic food for a malnourished child.");
source lines ("The Sullivans Cove Standard · 3h ago"), an automatic summary label and its warning,
"Read full story at ...", a full-coverage list with a snippet; "Kindly share this story:" at head
and tail, "Read Also:" links, a disclaimer and a no-copying line; a newsletter's browser line,
greeting, weather line, section labels in capitals, a sponsor read with figures ("Tidewright members
earn 4.10% APY on savings with no minimum balance."), "Forwarded this email?", "Forward this to a
friend who'd like it.", a reply prompt ("Got a tip, a question or a complaint?" / "Just hit reply: a
real person reads every email."), a sign-off and an unsubscribe row. Beside them the story sentences
are ordinary news: records of what happened with figures ("W"), quotes, colour and plans (""), with
real speakers (officials, residents, a farmer, a barangay captain, a chief executive, a manager, a
lead author, a herder, a minister, a traditional ruler, a councilor), bodies and documents ("city
officials", "the agency", "The bank", "a copy of the map posted at the barangay hall", "a city staff
memo"). Headlines, standfirsts, captions and the key-points lines are flagged by content; section
headlines inside a newsletter likewise.

The pages hold 525 sentences: 245 "B" (46.7%), 181 "W" and 99 ""; 198 sentences carry a speaker (99
distinct speakers). `STYLES` describes each page, its story, its speakers and its furniture in
order.

Written from scratch for issue 13 in round forty-nine, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README was opened; `claimreview` was never imported, and no test, scorer,
engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied from
anywhere. What was read: the brief `/tmp/brief/common.md` (printed whole, in the same command as a
listing of `/tmp/brief`, which held only the brief, and of `/tmp/sets`, which was empty); the module
docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with `ast.get_docstring`);
`def build` in `tests/text/labelled_articles.py` (its source segment printed by an `ast` script of
my own, that function only); the `[tool.ruff]` tables of `pyproject.toml` (loaded with `tomllib`,
the `tool.ruff` key only); and, from `labelled_new123.py` and `labelled_new124.py`, the output of a
script of my own using `ast` that prints the module docstring, `STYLES`, the first two pages of
`ARTICLES` and the first eight `CASES` of each. It was printed once (the tool cut its middle, so
that the start of the docstring of `labelled_new123.py` and, of `labelled_new124.py`, the end of the
first page, the second page and the cases were seen), then saved to a scratch file, of which `grep
-n` showed the section markers and `sed` showed five ranges: the rest of the docstring, the `STYLES`
(the tool cut two of them) and the start of the first page of `labelled_new123.py`; its cases, the
start of the docstring of `labelled_new124.py` (the tool cut a middle part) and its `STYLES`; the
end of that docstring (lines cut at 1,500 characters); the rest of the first page and the start of
the second page of `labelled_new123.py` (lines cut at 300 characters, 150 lines); and the middle of
the docstring of `labelled_new124.py` (lines cut at 1,500 characters). So the end of the second page
of `labelled_new123.py` and most of the first page of `labelled_new124.py` (all but its first three
lines and its end) were never seen. No other page, case or docstring of any file under `tests/` was
read. What was run: a Python one-liner printing the calendars of May and June 2027 and another
printing the weekdays of six dates from May to September 2027 (to check weekdays); scripts of my own
in a scratch folder that turn a small line format (flag, speaker, cue and text separated by a tilde,
one line a paragraph unless it starts with "+") into the literals below, edit and rename, count
sentences, flags and speakers, and cut the split cases out of the pages; substring, case-insensitive
per-word file counts (`grep -rliF -- WORD /work/main/tests/text | wc -l`) for every capitalised word
of three letters or more and every part of a hyphenated word of the pages (804 words, then the 28
new words after the renames), and for the candidate replacements; an import of this file by path
with `labelled_articles.build` on every page and a check of four string fields, the flags, the text
at each label's offsets, no "B" with a speaker, a cue for every speaker and a speaker for every cue,
30 distinct case ids, every case text in a built page and equal to its sentences joined by single
spaces, each expected sentence one labelled sentence of one paragraph, in order, and the counts
above; and `ruff format` and `ruff check` (the project's `.venv`) with the project's
`pyproject.toml` as config, the check through `--stdin-filename tests/text/labelled_new125.py` so
that the per-file ignores for `tests/**` apply. Only counts were read from the word searches, never
the matched lines or file names. Of the first draft's coined words, these hit more than two files
and were renamed: surnames and parts of hyphenated surnames (Osterbaan, Pruett-Haskins, Brisco,
Halvard, Delahunt, Pennicott, Whitlock-Daye, Barbary-Oakes, Marchetti-Brown, Kerrigan-Pace,
Oduya-Reeve, Lund, Rudd, Ashbridge-Tull, Morrisby-Hale, Askwith-Tau, Crowdis-Veer, Pal-ecan,
Ashi-Tyokase, Boru, Dida; hyphenated names were cut to one coined word), a reporter's given name
(Tessaly), streets and grounds (Brannock, Tolliver, Hesketh, Quayside Park), a village (Tse-Gwaza),
an outlet (Lodestar), firms and funds (Dunmere, Harbourside Motors, Marbrook & Vane, Ridings
Pollinator Fund); only replacements with no more than two hits were kept. What still hits is real
countries, regions, cities, towns, rivers and places (Kansas, Wichita, Karnataka, Udupi, Kundapur,
Byndoor, Mangaluru, Dakshina Kannada, Kodagu, Cumbria, Penrith, Prince Edward Island, Charlottetown,
Ottawa, Benguet, Itogon, Baguio, La Trinidad, Aurora, Manila, Savannah, Atlanta, Reno, Ontario,
Yorkshire, Lincolnshire, Malton, the Vale of Pickering, Marsabit, Isiolo, North Horr, Dukana,
Turkana, Nairobi, Hobart, Bellerive, Tasmania, the Tasman Bridge, Benue, Makurdi, Katsina-Ala, Logo,
Portland, Maine and the like), common given names kept on purpose (Annabel, Edna, Lorna, Gareth,
Ainsley, Corliss, Danilo, Jomar, Marites, Rowena, Seren, Ruairi, Dario, Joanne, Derek, Colin,
Harold, Rhea, Tanner, Dwayne, Jonah, Lewis, Rory, Marcus, Callum, Glenn, Gwendolyn, Imogen, Anwen,
Mercy, Halima, Ibrahim, Ramesh, Srinivas, Priya, Corinne, Terrence, Martin, Peter, Declan, Brendon,
Ilona, Hollis, Marisol, Marguerite, Rosalind, Harriet, Fiona, Nell, Lindsay) and ordinary, outlet
and token words (Relief, Dispatch, Gazette, Herald, Courier, Standard, Wire, Crossings, Capital,
Controls, Motors, Rangers, Athletic, Mariners, Harbour, Cove, Vale, Summit, Webinar, Pollinator,
Hydrological, Zonal, Absentee, MDRRMO, SEMA, Brgy, LPA, APY, EEO, FCC, CDT, ADT, BST, IST, GmbH,
LLC, Pvt, Pty, Ltd, Inc, Corp).

Every person, outlet, station, network, portal, app, firm, authority, bank, building society,
charity, foundation, trust, fund, union, association, club, ground, school, hospital, church,
street, park, village and figure is invented. Real countries, regions, cities and institutions
appear only as settings: those listed above, the State Disaster Monitoring Cell, the Fisheries and
Public Works departments of Karnataka, the Canadian Food Inspection Agency, the Mines and
Geosciences Bureau, the Benguet Provincial Police Office, the Port of Savannah, the Tasmanian
Government, the Benue State Emergency Management Agency and SEMA records, the National Emergency
Management Agency, the Nigeria Hydrological Services Agency, Treasury ministers, and Facebook,
Google News and WhatsApp (as channels) -- all with invented statements, figures and people.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, bar, strip, menu, label, byline, date, share line, caption, credit,
prompt, ask, button row, list item, contact line and legal line is a paragraph of its own); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent
sets: furniture "B" line by line, whatever it says; a caption by its content and its credit "B";
headlines and standfirsts never split and flagged by content, a standfirst's "says" carrying the
speaker the story names as first given; a dateline belongs to its lead sentence; a speaker is the
full name as first given without titles ("Dr.", "Dr", "Mr", "Mrs", "Mrs.", "Chief", "Professor",
"Governor", "Superintendent", "Councilor", "Reader", "Manager", "Captain", "Barangay captain",
"Deputy Commissioner" dropped; initials and "Ma." kept); a pronoun or a later surname resolves to
it; a generic noun for a body or a document is kept as written ("the agency", "The agency", "The
bank", "the bank", "the company", "the council", "the city", "The charity"), while "It said" and a
later short name ("Northfold said", "Frostline said", "Derwent Crossings said", "Camelthorn said")
resolve to the body as first given; "according to X" gives X as written; a quote over several
sentences or paragraphs carries its speaker and cue in each; a named person or body acting without a
verb of saying ("has ordered", "ordered", "withheld", "equalised") carries no speaker.

Conventions this set had to settle, in the same spirit:

* Bars and strips at the head (weather, traffic, ALERT, WATCH LIVE, fixtures) are "B" whatever they
  state, even a checkable alert; an ALERT strip holding two sentences is split like any text.
* Prompts worded as sentences are "B" wherever they sit: app and WhatsApp channel prompts, "Watch
  ... in the player above.", paywall counters and prompts, consent text, shop, club-TV and
  season-ticket promos, event ads and webinar promos (each sentence of them), donation asks with
  figures ("£30 could provide ...", "£15 buys ..."), match-funding lines, a sponsor read with
  figures, email sign-ups, newsletter greetings, "Forwarded this email?", reply prompts and
  sign-offs.
* Inline links ("Also Read | ...", "Read Also: ...", "RELATED: ...", "Read more: ...", "Related:
  ...") are "B" even when the linked headline holds "says" or a figure.
* A KEY POINTS box ("At a glance"): its label is "B" and each line is flagged by content like a
  standfirst ("Growers say ..." carries "Growers" and is "" as an opinion).
* AUDIO PLAYER lines (running time, the automated-voice note, the time counter) are "B"; so are a
  VIDEO line with a running time and "Report a typo or error".
* A SOCIAL EMBED: the leftovers ("See this post on Facebook", the hashtag line, the signature line
  with handle and date, the reactions row and the counts line) are "B"; the embedded post's own text
  is labelled by content and carries the account as the signature names it ("Itogon MDRRMO"), with
  the signature's dash as cue.
* An AGGREGATOR page: source lines, the automatic-summary label and its warning, "Read full story at
  ...", report and save/share/hide rows, full-coverage lists with their snippets and "More from"
  lists are "B"; the summary itself is labelled as the story it summarises.
* A press release's "About the University" boilerplate is "B" although it states figures, like an
  author bio; so are the embargo line, the funding note, the journal reference (one sentence) and
  the media contact block.
* A charity's own account of its work in the story ("The charity said ...", "Camelthorn's ... appeal
  has raised £1.9 million ...") is story and labelled by content; the same figures worded as an ask
  to the reader are "B".
* A newsletter's section labels in capitals ("THE BIG STORY", "QUICK HITS", "YOU WROTE BACK") are
  "B"; its section headlines are flagged by content; its own view ("Expect the fee to come back at
  budget time ...") is "", and its answer to a reader ("Yes: the city says ...") carries "the city".
* A sports club's team lists and "Attendance: 2,384" are "" data lines, as in the recent sets; a
  caption stating a checkable fact (a winner's minute) is "W".
* "said this on Wednesday while ..." has the cue "said this" and is "W", as in the recent sets;
  "called the fee “...”" has the cue "called"; "In its ... Flood Outlook, the ... Agency had listed"
  carries the agency with the cue "had listed", like "The assessment lists".
* Schedules and plans ("Polls are open from 7 a.m. to 8 p.m.", "Construction is set to begin in
  October", a closure "through Sept. 4, the city said.") are "".

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of two or three
consecutive sentences of one paragraph of these pages joined by single spaces: an ALERT strip; a
quote, its continuation and "She said"; a tip line's question; "4:20" and "after 5,” she said." in a
quote; "8.30 a.m." mid-sentence; "Dr. K." before a name; "Ltd. said" mid-sentence before "It said";
"Pvt. Ltd." before "All Rights Reserved."; "said A. Prashanth ..." before "He said"; a paywall
counter; consent text; "10 a.m. to 1 p.m. after the closure." before a quote; "Ltd." before
"Registered in England No. ..."; a question closing a quote after "she said."; "the P.E.I. Seed
Potato Growers' Council"; a bio ending "rural P.E.I."; "the agency said", "It said" and "The agency
said"; "by 10 a.m." before "The houses"; "Ma. Lourdes"; an event ad with "Sept. 14–16." and "Book
your pass"; "Inc. will"; "“Did we deserve it?" before its continuation; a quote broken after
"work."; a donation ask; "9 a.m. to 5 p.m." mid-sentence; "Mr ... said this"; "Mrs. Nguveren"; "?”
she asked." before "“I borrowed ...”"; "Jan. 1, 2028." before "The fee"; "7 a.m. to 8 p.m." before
"Absentee": what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'United States LOCAL TV STATION\'s site (Kansas), a 1961 water main breaks and puts 14,200 customers under a boil advisory: call letters in capitals, a WATCH LIVE bar, a WEATHER BAR with degrees and middle dots, a TRAFFIC BAR with "Ave." mid-line, an ALERT STRIP in two sentences ("Tap for the map."), menu with wide spaces; headline of record "W"; a lower-case "by" byline, a day-and-date line with "th", an Updated line with CDT, a SHARE THIS STORY line; caption "" and a bracketed station photo credit with a slash; a "MENDENPORT, Kan. (KRVB) —" lead carried by "city officials said" "W" and a second lead sentence "W"; a resident ("W", "she said" with "4:20" "W", a quote continued ""); a "Watch ... full report in the player above." line "B"; the utilities director ("said crews had shut off ... by 6:15 a.m. and expected ..." "W", a quote with the pipe\'s age and mileage "W" continued "", "She said" the plant\'s output "W"; "She said" boiling advice "" and an advisory duration "she said" "W"); a RELATED: link; "according to a map posted by the city" "W"; an APP PROMPT with an emoji mid-story "B"; the school district "said in an email to parents" "W" and its spokesperson named after her quote ""; closures with no speaker "W" and a restaurant owner named after his quote ("W", continued ""); a medical center as written "W"; Advertisement; a water handout with "at 4 p.m." mid-sentence "W" and "the city said" an instruction ""; a council member ("W", "she said" ""); an earlier break with no speaker "W"; the director by surname ("W", "She said" a plan "") (a tip line in two sentences, copyright split before "All rights reserved.", footer links)',
    'Indian REGIONAL NEWS PORTAL\'s district page (coastal Karnataka), 214 mm of rain in 24 hours shuts schools in three taluks: masthead in capitals, an ePaper/Kannada-script/Login strip, menu with pipes, section path with a slash; headline of record "W" and a standfirst with an advisory and a count "W"; a news-service byline, a place-date-time line with IST; caption "" and a "Special Arrangement" credit; a lead "according to the State Disaster Monitoring Cell" with "8.30 a.m." mid-sentence "W" and station totals "W"; the Deputy Commissioner with "Dr." dropped and the initial kept ("W", "she said" advice ""); an inline "Also Read |" link with "says" inside "B"; "According to the district administration," "W", an injured woman and her condition with no speaker "W"; "officials said" in the next district "W"; a WHATSAPP CHANNEL PROMPT worded as a sentence "B"; a scientist at the cell ("W", "He said" an alert "", a forecast ""); a fishing ban with no speaker "W" and the fishermen\'s leader in the same paragraph ("W", a loss figure "W", a question in his quote ""); Advertisement and a second "Also Read |" link; a power company first given as "The Coastal Power Distribution Company Ltd." with "Ltd. said" mid-sentence "W" and "It said" resolving to it "W"; a road cave-in "W" and an engineer with an initial named after his quote ("", "He said" a cost "W"); a shopkeeper named after her quote "" (an APP PROMPT in two sentences, tags, a First Published line, Recommended Stories, copyright split at "Pvt. Ltd." before "All Rights Reserved.", footer links)',
    'English REGIONAL DAILY\'s site (Cumbria) with a METERED PAYWALL and a CONSENT BLOCK, a market town\'s last bank to close: masthead in capitals, a FREE-ARTICLE COUNTER in two sentences, menu with wide spaces, section path with ›; headline of record "W" and a standfirst "Traders say ..." carrying "Traders" ""; byline, a time-first date line in capitals; caption "" and an "(Image: ...)" credit; the lead "Northfold Bank has confirmed" "W", "The bank said" kept as written "W", "Northfold said" resolving to the bank as first given "W"; the nearest branch with no speaker "W", "who the bank said" as written "W", an earlier closure "W"; a Read more link; the CONSENT BLOCK in the middle of the story (a title, two sentences about cookies, a button row) "B"; the town council chairwoman ("W", "she said" "", a question inside her quote ""); a petition count "W"; "A Northfold Bank spokesperson said" "W" and "the spokesperson said" carrying the same words, with "10 a.m. to 1 p.m. after the closure." ending the sentence before the quote ""; a PAYWALL PROMPT in two sentences mid-story; a post office arrangement "W"; a hardware shop owner ("W", "he said" ""); a pensioner ("W", "she said" ""); the MP ("W", "She said" a plan ""); Advertisement; "according to figures from the campaign group ..." as written "W"; a branch count "W" and "The bank said" a sale "W" (a tip line in two sentences, copyright split at "Ltd." before "Registered in England No. ...", footer links)',
    'Canadian PUBLIC BROADCASTER\'s site (Prince Edward Island), 11,400 tonnes of seed potatoes ordered destroyed after potato wart: network name in capitals, menu with wide spaces, a region label; headline of record "W" with "P.E.I." mid-line and a standfirst "Farmer says ...: \'...\'" carrying the farmer ""; byline with the network after a middle dot, a Posted/Last Updated line with ADT, AUDIO PLAYER LINES (listen and running time, an automated-voice note, a time counter) "B"; an "At a glance" KEY POINTS BOX whose label is "B" and whose three lines are flagged by content ("W", "W", "Growers say ..." ""); caption with "P.E.I., on" mid-sentence "" and a bracketed credit with a slash; the order with no speaker "W" (an agency acting, no verb of saying), "the agency said" kept as written "W", "It said" resolving to the agency as first given "W", "The agency said" as written "W"; a seed grower ("W", "he said" "", "Mackessy said" "W"); his son named after his quote ""; the grower\'s quote over a new paragraph ("" then "W"); ADVERTISEMENT; the provincial minister ("W", "Bouchardine said" "", "She said" "W"); "according to the agency\'s website" "W"; the growers\' council chair with "P.E.I." mid-sentence ("W", "He said" a plan "", a quote ""); a fact about the disease "W"; "according to the council" and "according to provincial figures" "W" (a "Report a typo or error | Send us a news tip" line, an author box with the bio split after "Charlottetown." and ending "rural P.E.I.", Related Stories, copyright split before "All rights reserved.", footer links)',
    'Filipino BROADSHEET\'s nation page (Benguet), a landslide buries nine houses in a mining village: masthead in capitals, a date-and-weather strip, menu with wide spaces, section label; headline of record "W"; byline with a double surname, a date-and-time line; ADVERTISEMENT before the caption; caption "" and a credit in capitals; a "BAGUIO CITY —" lead carried by "the municipal disaster office said" "W"; the disaster office head ("W", "She said" with "by 10 a.m." ending the sentence "W", "Palecan said" "W", "she added" ""); SOCIAL EMBED LEFTOVERS (a "See this post on Facebook" line, the post\'s text with "Brgy." carried by the account as the embed names it, with the signature dash as cue, "W", a hashtag line, the signature line with handle and date, a reactions row, a counts line, all but the text "B"); the provincial police office ("W", "It withheld ..." an act with no speaker ""); a survivor named after his quote ("", continued ""); the barangay captain ("W", a question in his quote followed by "he said" as one sentence "", "Residents said" "W"); ADVERTISEMENT; "according to a copy of the map posted at the barangay hall" "W"; the governor with "Ma." kept as part of her name ("W", "She also ordered ..." an act with no speaker "W", "she said" ""); an earlier landslide "W"; "The regional civil defense office said" "W" and "the municipal government announced" "W"; the weather bureau ("W", "It said" a forecast "") (RELATED STORIES, ADVERTISEMENT, a Trending line of hashtags, a subscription prompt with ₱, copyright split at "Corp." before "All rights reserved.", footer links)',
    'United States TRADE MAGAZINE\'s site (cold-chain logistics, Georgia), a $184 million automated cold store at a port: masthead in capitals, menu with wide spaces, section label; headline of record "W" and a standfirst "... group says ..." carrying the company as the lead names it "W"; byline with a role after a pipe, date line; an EVENT AD in three sentences ("Sept. 14–16." ending the first, "Book your pass" with no full stop) "B"; caption "" and an "Image courtesy of ..." credit; the lead with "Inc. will" mid-sentence carried by "the company announced" as written "W", "Frostline said" resolving to the company as first given "W", a construction start with no speaker ""; the chief executive ("W", a quote "" continued with a vacancy figure "W"); "the company said" as written "W" and "Aldersby said" a forecast ""; a WEBINAR PROMO with "2 p.m. ET:" mid-line and a "Register free →" line "B"; equipment with "GmbH of Germany" mid-sentence "W"; the development authority ("W"), its chairman named after his quote "" and a land price "W"; "according to port figures" "W"; a SPONSORED CONTENT block (label, "Presented by ...", the sponsored headline, "Learn more") "B"; an adviser with "U.S." mid-sentence ("W", "She said" a forecast "", "she said" ""); company facts with no speaker "W"; the chief executive again (an undecided second building "", "she said" "") (an AUTHOR BIO in two sentences after its label, copyright split at "LLC." before "All rights reserved.", footer links)',
    'English SPORTS CLUB\'s own site (a non-league football club), a play-off final win brings promotion: club name in capitals, a nickname-and-founding line, a FIXTURES STRIP with last and next matches, a Tickets/Club Shop strip, menu with wide spaces, section label; headline of record "W"; date line, "By Town Media"; a SHOP PROMO worded as a sentence "B"; caption stating a checkable fact "W" and a photo credit with a slash; the report with no speaker (promotion, a crowd figure and an opening goal "W", a judgment ""); a MATCH SPONSOR line ending "Ltd." and a match-ball sponsor line "B"; an equaliser (the captain acting, no speaker), the winner and season facts "W"; a club TV PROMO in two sentences "B"; the manager ("W", "he said" "", a question in his quote and its continuation ""); the captain by surname and age, "Gallimore, 34, said" resolving to him ("W", "he said" ""); a sponsored Player of the Match line "B"; the chairman (league payments "W", "He said" a grading rule "W"); the opposing manager ("", "he said" ""); a SEASON-TICKET PROMO in two sentences "B"; team lists and the attendance as "" data lines (a company line split at "Ltd." before "Registered in England No. ...", a copyright line split before "Site by ...")',
    'English UNIVERSITY NEWS OFFICE\'s press release (Yorkshire), a 20-year study finds wild bee numbers on farmland fell 38%: university name, menu with pipes, section path with ›, a PRESS RELEASE label; headline "..., 20-year study finds" carrying the study as the lead names it "W"; a Published line and an embargo line with BST; caption "" and a credit with a slash; the lead "a 20-year study led by ... has found" "W"; the method, species, the decline by group, the margins finding, a recovery and the programme with no speaker "W"; the lead author with "Professor" dropped ("W", a quote "" ""); a VIDEO line with a running time "B"; the lead author again in a new paragraph (a quote "" continued with a checkable finding "W", "She said" an opinion ""); the co-author with "Dr" dropped ("W", "She said" a plan ""); a farmer in the study ("W", "he said" "", "Farrowdale said" a payment "W"); an outside ecologist ("", "he said" ""); a FUNDING NOTE "B"; a journal reference line with "et al." as one sentence "B"; a MEDIA CONTACT block (label, name and role, phone line, email line) "B"; an "About the University" BOILERPLATE label and two sentences with figures "B" (a Related research list, a one-line footer with pipes)',
    'British CHARITY\'s news page (northern Kenya), drought leaves 410,000 people facing crisis hunger: charity name in capitals, a Donate/Get involved menu with pipes, section path with ›; headline of record "W"; date line, a byline with role and place; a DONATION ASK worded as a sentence at the head and a "Donate now" button "B"; caption "" and a © credit with a slash; "according to figures from the county drought coordination offices" "W" and a comparison "W"; the long rains with no speaker "W"; the country director named after an apposition ("W", a two-sentence quote "", "She said" a forecast ""); DONATION ASKS mid-story ("£30 could provide ...", "Please give what you can.") "B"; a herder ("W", a quote over two sentences ""); the county drought coordinator (prices "W", a request of record "W"); a clinic nurse ("W", "he said" "") and "The charity said" as written "W"; a county water officer named at the end of the sentence ("W", "he said" ""); a MATCH-FUNDING line worded as a sentence "B"; the appeal\'s total and the charity\'s years with no speaker "W"; "Camelthorn said it would ..." resolving to the charity as first given, a plan "" (a "How your donation helps" label and three "£N buys ..." lines "B", an email sign-up sentence, a registered-charity line with "(No. ...)", copyright, footer links)',
    'NEWS AGGREGATOR page (Tasmania), a harbour ferry to run every 20 minutes after an $11.6 million state deal: app name in lower case, a tab row, a place path with ›; a SOURCE LINE with a middle dot and an age "B"; the source\'s headline "W"; an AUTOMATIC SUMMARY LABEL and an accuracy warning "B"; the summary: "Pty Ltd $11.6 million" mid-sentence with the minister named at the end of the lead "W", "she said" and "the minister said" "W", "Ms Korstjens said" an opinion "", an opposition spokesman ""; "Derwent Crossings said" resolving to the company as first given (a plan ""), "it said" and "It said" resolving to it "W"; a union official named before his quote ("W", "", "He said" a meeting ""); "according to the Derwent Harbour Trust" "W"; a "Read full story at ..." line, a report-a-problem line, a save/share/hide row "B"; FULL COVERAGE (a count line, a source line, a headline and a snippet) "B"; a second item from another source with its own source line, headline "W", summary label, summary ("the council said" as written "W", "9 a.m. to 5 p.m." mid-sentence "W", the mayor "", "She said" "W", "Vettorazzi said" "") and its own Read-full-story line; MORE FROM THIS SOURCE list, a Follow prompt, footer links',
    'Nigerian DAILY\'s news page (Benue), 3,400 people displaced as a river overflows: masthead in capitals, date line, menu with pipes, a WHATSAPP CHANNEL PROMPT at the head, section label; headline of record "W"; byline with a place, a date line with "10th", "Kindly share this story:" at the head "B"; caption "" and photo credit; the lead "the Benue State Emergency Management Agency has said" "W"; "The Executive Secretary of the agency, Mr ..., said this on Wednesday while ..." with "Mr" dropped and the cue "said this" "W", "He said" twice "W" and an appeal ""; "according to a gauge reading ... cited by the agency" "W" and "Residents said" "W"; a "Read Also:" link and Advertisement; a traditional ruler with "Chief" dropped ("W", a quote "" continued "", "He said" in a new paragraph "W"); a federal agency\'s zonal office as written ("W") and its coordinator with "Mrs." dropped (a plan ""); "In its 2027 Annual Flood Outlook, the ... Agency had listed" carried by the agency "W"; Advertisement; a displaced farmer with "Mrs" dropped ("W", her question in the quote followed by "she asked" as one sentence "", a loan "she said" "W"); "according to SEMA records" "W" and no compensation "W" (a "Read Also:" link, "Kindly share this story:" again, a WhatsApp channel prompt again, a Disclaimer label and line, copyright split at "Ltd." before a no-copying line)',
    'United States NEWSLETTER\'s WEB VIEW (Portland, Maine), a city council approves a rental registry with a $45 fee per unit: a "View this email in your browser" line, newsletter name in capitals, an issue line with pipes and "No.", a greeting, a weather line, section labels in capitals ("B"); section headlines flagged by content ("W"); the lead story with "Jan. 1, 2028." ending a sentence before "The fee ..." ("W", "according to a city staff memo" "W", a hearing "W"); a councilor named after her quote ("", "She said" "W"); a landlords\' group "said in a statement" a prediction ""; a councilor who "called the fee ..." ""; the ordinance\'s terms "W" and the newsletter\'s own expectation ""; a SPONSOR READ (label and three sentences, with "4.10% APY" and "ten minutes") "B"; the school budget with no speaker "W", the superintendent with "Dr." dropped "W", "according to the city\'s finance office" "W", polls "7 a.m. to 8 p.m." ending a sentence before "Absentee ..." "" ""; QUICK HITS with "the city said" a schedule "", "state regulators said" a landing figure "W", a pier reopening "W"; a READER REPLY section ("YOU WROTE BACK") quoting a reader by name ("wrote" "W", "she asked" "") and the newsletter\'s answer "the city says" "W"; a "Forwarded this email?" prompt in two sentences, "Forward this to a friend", a REPLY PROMPT in two sentences, a sign-off with a dash signature, a publisher line with an address, an UNSUBSCRIBE row',
]

ARTICLES = [
    [
        [
            ("KRVB 6 NEWS", "", "", "B"),
        ],
        [
            ("WATCH LIVE: 6 News at Noon", "", "", "B"),
        ],
        [
            ("Wichita 68° Cloudy · H 74° L 55°", "", "", "B"),
        ],
        [
            (
                "TRAFFIC: 2 crashes · 1 lane closure · Delays on Gellerton Ave. westbound",
                "",
                "",
                "B",
            ),
        ],
        [
            ("ALERT: Boil water advisory in effect for parts of Mendenport.", "", "", "B"),
            ("Tap for the map.", "", "", "B"),
        ],
        [
            ("News   Weather   Traffic   Sports   6 On Your Side   Contests   Watch", "", "", "B"),
        ],
        [
            (
                "Boil advisory for 14,200 Mendenport customers after 1961 water main breaks",
                "",
                "",
                "W",
            ),
        ],
        [
            ("by Tesmara Vornholt", "", "", "B"),
        ],
        [
            ("Tuesday, May 11th 2027", "", "", "B"),
        ],
        [
            ("Updated 11:48 AM CDT", "", "", "B"),
        ],
        [
            ("SHARE THIS STORY", "", "", "B"),
        ],
        [
            (
                "Water pours from a broken main near Gellerton Avenue and Pollwick Street early Tuesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("(KRVB Photo/Jace Ambrefield)", "", "", "B"),
        ],
        [
            (
                "MENDENPORT, Kan. (KRVB) — About 14,200 homes and businesses in Mendenport are under a boil water advisory after a 36-inch water main broke under Gellerton Avenue shortly after 4 a.m. Tuesday, city officials said.",
                "city officials",
                "said",
                "W",
            ),
        ],
        [
            (
                "The break flooded four blocks and cut water pressure to two elementary schools, which canceled classes for the day.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lorna Pruell, who lives on Pollwick Street, said water ran down her driveway for about two hours before crews arrived.",
                "Lorna Pruell",
                "said",
                "W",
            ),
            (
                "“I called the city at 4:20 and nobody picked up until after 5,” she said.",
                "Lorna Pruell",
                "said",
                "W",
            ),
            (
                "“I've lived here 40 years and I've never seen the street look like that.”",
                "Lorna Pruell",
                "said",
                "",
            ),
        ],
        [
            (
                "Watch 6 News reporter Tesmara Vornholt's full report in the player above.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Mendenport utilities director Marguerite Ostenbrugge said crews had shut off the broken section by 6:15 a.m. and expected to finish repairs by Wednesday night.",
                "Marguerite Ostenbrugge",
                "said",
                "W",
            ),
            (
                "“It's a 1961 cast-iron line, and we still have about 40 miles of that pipe in the ground,” Ostenbrugge said.",
                "Marguerite Ostenbrugge",
                "said",
                "W",
            ),
            (
                "“We're replacing it as fast as the budget lets us.”",
                "Marguerite Ostenbrugge",
                "said",
                "",
            ),
            (
                "She said the city's plant pumps about 11 million gallons a day.",
                "Marguerite Ostenbrugge",
                "said",
                "W",
            ),
        ],
        [
            (
                "She said residents in the advisory area should bring water to a rolling boil for one minute before drinking it, cooking with it or brushing their teeth.",
                "Marguerite Ostenbrugge",
                "said",
                "",
            ),
            (
                "The advisory will last at least 48 hours after repairs are finished, because the city must collect two rounds of clean samples, she said.",
                "Marguerite Ostenbrugge",
                "said",
                "W",
            ),
        ],
        [
            (
                "RELATED: Mendenport council delays vote on $212 million water rate plan",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The advisory covers the area bounded by Hethersby Road, Pollwick Street, Gellerton Avenue and Quarry Lane, according to a map posted by the city.",
                "a map posted by the city",
                "according to",
                "W",
            ),
        ],
        [
            (
                "📲 Get boil advisory updates sent straight to your phone: download the free KRVB 6 News app.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Lindvale Elementary and Corwell Elementary will stay closed Wednesday, Mendenport Public Schools said in an email to parents.",
                "Mendenport Public Schools",
                "said in an email to parents",
                "W",
            ),
            (
                "“Families should check their inbox tonight for an update on Thursday,” district spokesperson Carly Dunsworth said.",
                "Carly Dunsworth",
                "said",
                "",
            ),
        ],
        [
            ("Several restaurants along Quarry Lane closed for the morning.", "", "", "W"),
            (
                "“We had 60 pounds of brisket on the smoker and no water to wash a single plate,” said Dwayne Kittleby, who owns Smokestack Annie's.",
                "Dwayne Kittleby",
                "said",
                "W",
            ),
            (
                "“So it's takeout on paper plates today, and people have been real patient.”",
                "Dwayne Kittleby",
                "said",
                "",
            ),
        ],
        [
            (
                "Mendenport Regional Medical Center said it was drawing on a 20,000-gallon backup tank and had not canceled any procedures.",
                "Mendenport Regional Medical Center",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The city handed out 9,000 bottles of water at the Mendenport Community Center on Tuesday, and a second site opens at 4 p.m. at Gracehollow Baptist Church.",
                "",
                "",
                "W",
            ),
            (
                "Residents need to bring a photo ID showing an address in the advisory area, the city said.",
                "the city",
                "said",
                "",
            ),
        ],
        [
            (
                "City council member Rosalind Achebury said the same main broke in March 2024 and was patched rather than replaced.",
                "Rosalind Achebury",
                "said",
                "W",
            ),
            ("“Patching it twice is not a plan,” she said.", "Rosalind Achebury", "said", ""),
        ],
        [
            (
                "The city's last major break, in January 2026, left 3,100 customers under an advisory for three days.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ostenbrugge said replacing the line had been scheduled for 2028 at a cost of about $6.3 million.",
                "Marguerite Ostenbrugge",
                "said",
                "W",
            ),
            (
                "She said the council could move that date up when it takes up the rate plan on June 1.",
                "Marguerite Ostenbrugge",
                "said",
                "",
            ),
        ],
        [
            ("Have a news tip?", "", "", "B"),
            ("Email newsdesk@krvb6.com or call the 6 News tip line at 316-555-0146.", "", "", "B"),
        ],
        [
            ("Copyright 2027 KRVB-TV.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "EEO Report | FCC Public File | Closings & Delays | Careers | Privacy Policy",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("KARAVALI DISPATCH", "", "", "B"),
        ],
        [
            ("ePaper | ಕನ್ನಡ | Login", "", "", "B"),
        ],
        [
            (
                "Home | Mangaluru | Udupi | Karnataka | India | Sports | Videos | Web Stories",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home / Udupi", "", "", "B"),
        ],
        [
            ("Udupi records 214 mm rain in 24 hours; schools shut in three taluks", "", "", "W"),
        ],
        [
            (
                "Fishermen told not to venture into sea till May 20; 61 houses damaged in Kundapur taluk",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Dispatch News Service", "", "", "B"),
        ],
        [
            ("Udupi, May 17, 2027 18:06 IST", "", "", "B"),
        ],
        [
            ("Waterlogged road at Bailkere junction in Udupi on Monday.", "", "", ""),
        ],
        [
            ("Photo: Special Arrangement", "", "", "B"),
        ],
        [
            (
                "Udupi district received 214 mm of rain in the 24 hours ending 8.30 a.m. on Monday, the highest in the State, according to the State Disaster Monitoring Cell.",
                "the State Disaster Monitoring Cell",
                "according to",
                "W",
            ),
            ("Byndoor recorded 251 mm and Kundapur 238 mm.", "", "", "W"),
        ],
        [
            (
                "Deputy Commissioner Dr. K. Vidyashree Bhatnavar said holidays had been declared for schools and anganwadis in Kundapur, Byndoor and Brahmavar taluks on Tuesday.",
                "K. Vidyashree Bhatnavar",
                "said",
                "W",
            ),
            (
                "“Parents should not send children near streams or rivulets even after the rain eases,” she said.",
                "K. Vidyashree Bhatnavar",
                "said",
                "",
            ),
        ],
        [
            (
                "Also Read | Mangaluru: Pre-monsoon drain works only 40% complete, says corporation engineer",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "According to the district administration, 61 houses were partially damaged and four were fully destroyed in Kundapur taluk.",
                "the district administration",
                "according to",
                "W",
            ),
            (
                "Sarojamma Naikavadi, 68, of Hosangadi was injured when a compound wall collapsed on her house on Sunday night.",
                "",
                "",
                "W",
            ),
            ("She was shifted to the district hospital and is stable.", "", "", "W"),
        ],
        [
            (
                "In neighbouring Dakshina Kannada, Mangaluru city recorded 162 mm and 23 houses were damaged, officials said.",
                "officials",
                "said",
                "W",
            ),
        ],
        [
            (
                "Follow the Karavali Dispatch channel on WhatsApp for rain alerts from the coast.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Srinivas Hegdekar, scientist at the State Disaster Monitoring Cell, said the coastal districts had received 86 per cent more rain than normal since May 1.",
                "Srinivas Hegdekar",
                "said",
                "W",
            ),
            (
                "He said an orange alert would remain in force for Udupi and Dakshina Kannada till Thursday.",
                "Srinivas Hegdekar",
                "said",
                "",
            ),
            (
                "“The monsoon itself is likely to reach the coast in the first week of June,” he said.",
                "Srinivas Hegdekar",
                "said",
                "",
            ),
        ],
        [
            (
                "The Fisheries department has barred boats from going to sea till May 20.",
                "",
                "",
                "W",
            ),
            (
                "Ramesh Karkeravi, president of the Malpe Nadadoni Fishermen's Association, said nearly 1,100 boats had been anchored at Malpe and Gangolli harbours since Saturday.",
                "Ramesh Karkeravi",
                "said",
                "W",
            ),
            (
                "“Every day the boats sit idle, each family loses ₹3,000 to ₹4,000,” he said.",
                "Ramesh Karkeravi",
                "said",
                "W",
            ),
            ("“Who will compensate us for these days?”", "Ramesh Karkeravi", "said", ""),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Also Read | Karnataka: Power cuts in 14 districts as transmission towers collapse",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Coastal Power Distribution Company Ltd. said 212 electric poles and 19 transformers had been damaged in the district.",
                "The Coastal Power Distribution Company Ltd.",
                "said",
                "W",
            ),
            (
                "It said supply had been restored to 74 per cent of affected consumers by Monday evening.",
                "The Coastal Power Distribution Company Ltd.",
                "said",
                "W",
            ),
        ],
        [
            (
                "On the Udupi–Karkala road, a 40-metre stretch near Hirebettu caved in on Monday morning, forcing buses to take a detour.",
                "",
                "",
                "W",
            ),
            (
                "“We are waiting for the rain to stop to begin work,” said A. Prashanth Kamathiya, executive engineer of the Public Works Department.",
                "A. Prashanth Kamathiya",
                "said",
                "",
            ),
            (
                "He said the stretch had been relaid in 2019 at a cost of ₹4.6 crore.",
                "A. Prashanth Kamathiya",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Every year the same drain overflows and every year they come and take photographs,” said Vasanthi Poojarike, who runs a provision store at Bailkere junction.",
                "Vasanthi Poojarike",
                "said",
                "",
            ),
        ],
        [
            (
                "Get the latest Karnataka news, rain updates and more on the Karavali Dispatch app.",
                "",
                "",
                "B",
            ),
            ("Download now.", "", "", "B"),
        ],
        [
            ("Tags: Udupi rain | Kundapur | Orange alert | Fishermen", "", "", "B"),
        ],
        [
            ("First Published: May 17, 2027, 18:06 IST", "", "", "B"),
        ],
        [
            ("Recommended Stories", "", "", "B"),
        ],
        [
            ("Heavy rain lashes Kodagu, Bhagamandala bridge submerged", "", "", "B"),
        ],
        [
            ("© 2027 Karavali Dispatch Media Pvt. Ltd.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
        [
            ("About Us | Contact | Advertise | Privacy Policy | Grievance Officer", "", "", "B"),
        ],
    ],
    [
        [
            ("THE FELLSIDE GAZETTE", "", "", "B"),
        ],
        [
            ("You have 2 free articles left this month.", "", "", "B"),
            ("Register to keep reading.", "", "", "B"),
        ],
        [
            ("News   Sport   What's On   Property   Jobs   Announcements   Puzzles", "", "", "B"),
        ],
        [
            ("News › Ashbeck", "", "", "B"),
        ],
        [
            (
                "Ashbeck's last bank to shut in August, leaving 9,000 residents 14 miles from a branch",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Traders say the closure will push customers out of town", "Traders", "say", ""),
        ],
        [
            ("By Harriet Quellbrook", "", "", "B"),
        ],
        [
            ("11:02, 13 MAY 2027", "", "", "B"),
        ],
        [
            ("The Northfold Bank branch on Bridgegate, Ashbeck.", "", "", ""),
        ],
        [
            ("(Image: Fellside Gazette)", "", "", "B"),
        ],
        [
            (
                "The last bank in Ashbeck will close on August 20, Northfold Bank has confirmed, leaving the Cumbrian market town of about 9,000 people without a branch for the first time since 1867.",
                "Northfold Bank",
                "has confirmed",
                "W",
            ),
        ],
        [
            (
                "The bank said transactions at the Bridgegate branch had fallen by 63 per cent since 2021 and that 91 per cent of its Ashbeck customers now banked online or by phone.",
                "The bank",
                "said",
                "W",
            ),
            (
                "Northfold said the branch had served an average of 140 customers a week in 2026, down from 520 in 2019.",
                "Northfold Bank",
                "said",
                "W",
            ),
        ],
        [
            ("The nearest remaining branch will be in Penrith, 14 miles away.", "", "", "W"),
            (
                "The branch employs six people, who the bank said would be offered roles elsewhere.",
                "the bank",
                "said",
                "W",
            ),
            (
                "Ashbeck's only other bank, a branch of Selcombe Building Society, closed in 2023.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Read more: Ashbeck post office to move into Crossways newsagent", "", "", "B"),
        ],
        [
            ("We need your permission to load this content", "", "", "B"),
        ],
        [
            (
                "This video is hosted by Vidstrand, which may use cookies and similar technologies.",
                "",
                "",
                "B",
            ),
            ("To view it, we need your consent to those cookies.", "", "", "B"),
        ],
        [
            ("Accept and show content | Manage my choices", "", "", "B"),
        ],
        [
            (
                "Ashbeck Town Council chairwoman Joanne Thwaitely said the council had written to the bank in March asking it to keep the branch open three days a week.",
                "Joanne Thwaitely",
                "said",
                "W",
            ),
            (
                "“They have treated this town as a spreadsheet,” she said.",
                "Joanne Thwaitely",
                "said",
                "",
            ),
            (
                "“Who is going to drive an 84-year-old to Penrith to pay in a cheque?”",
                "Joanne Thwaitely",
                "said",
                "",
            ),
        ],
        [
            (
                "A petition against the closure, started by the council, had 2,140 signatures by Thursday afternoon.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A Northfold Bank spokesperson said a mobile banking van would visit the town every Wednesday from 10 a.m. to 1 p.m. after the closure.",
                "A Northfold Bank spokesperson",
                "said",
                "W",
            ),
            (
                "“We know this is disappointing news for some of our customers,” the spokesperson said.",
                "A Northfold Bank spokesperson",
                "said",
                "",
            ),
        ],
        [
            ("Keep reading: subscribe for unlimited access from £1 a week.", "", "", "B"),
            ("Cancel any time.", "", "", "B"),
        ],
        [
            (
                "Customers will still be able to pay in cash and cheques at the post office under an industry agreement.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Colin Aspinwray, who has run the hardware shop on Bridgegate since 1994, said about a third of his takings were still in cash.",
                "Colin Aspinwray",
                "said",
                "W",
            ),
            (
                "“When the bank goes, people go to Penrith to bank, and while they're there they shop there,” he said.",
                "Colin Aspinwray",
                "said",
                "",
            ),
        ],
        [
            (
                "Edna Rowbotham, 81, who was paying in her pension at the counter on Thursday, said she had never used online banking.",
                "Edna Rowbotham",
                "said",
                "W",
            ),
            (
                "“I've never had a computer and I'm not starting now,” she said.",
                "Edna Rowbotham",
                "said",
                "",
            ),
        ],
        [
            (
                "The MP for the area, Fiona Lathersby, said she had asked the bank to attend a public meeting at Ashbeck Market Hall on May 27.",
                "Fiona Lathersby",
                "said",
                "W",
            ),
            (
                "She said she would also raise the closure with Treasury ministers.",
                "Fiona Lathersby",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Cumbria has lost 41 bank branches since 2015, according to figures from the campaign group Cash Access Now.",
                "figures from the campaign group Cash Access Now",
                "according to",
                "W",
            ),
        ],
        [
            ("Northfold Bank closed 112 branches across the UK last year.", "", "", "W"),
            (
                "The bank said the Bridgegate building, which it owns, would be put up for sale.",
                "The bank",
                "said",
                "W",
            ),
        ],
        [
            ("Do you have a story for us?", "", "", "B"),
            ("Email newsdesk@fellsidegazette.co.uk.", "", "", "B"),
        ],
        [
            ("© 2027 Fellside Gazette Ltd.", "", "", "B"),
            ("Registered in England No. 04417725.", "", "", "B"),
        ],
        [
            ("Privacy notice | Cookie settings | Terms | Contact us", "", "", "B"),
        ],
    ],
    [
        [
            ("TCPN NEWS", "", "", "B"),
        ],
        [
            (
                "Top Stories   Local   Climate   World   Canada   Politics   Indigenous   Business",
                "",
                "",
                "B",
            ),
        ],
        [
            ("PEI", "", "", "B"),
        ],
        [
            (
                "11,400 tonnes of P.E.I. seed potatoes ordered destroyed after wart found in 2 fields",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Farmer says he will lose most of his seed crop: 'That's 40 years of work going into a pit'",
                "Gordie Mackessy",
                "says",
                "",
            ),
        ],
        [
            ("Lindsay Crowdis · TCPN News", "", "", "B"),
        ],
        [
            ("Posted: May 19, 2027 5:00 AM ADT | Last Updated: 3 hours ago", "", "", "B"),
        ],
        [
            ("Listen to this article · 4 min", "", "", "B"),
        ],
        [
            ("Narrated by an automated voice.", "", "", "B"),
        ],
        [
            ("0:00 / 4:12", "", "", "B"),
        ],
        [
            ("At a glance", "", "", "B"),
        ],
        [
            (
                "The Canadian Food Inspection Agency confirmed potato wart in two fields near Dunmarra in April.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "About 11,400 tonnes of stored seed potatoes from three farms must be destroyed by June 30.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Growers say federal compensation has not kept up with their costs.",
                "Growers",
                "say",
                "",
            ),
        ],
        [
            (
                "Gordie Mackessy stands in an empty storage shed at his farm near Dunmarra, P.E.I., on Tuesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("(Ainsley Trouvenet/TCPN)", "", "", "B"),
        ],
        [
            (
                "The Canadian Food Inspection Agency has ordered the destruction of about 11,400 tonnes of seed potatoes from three Prince Edward Island farms after potato wart was confirmed in two fields near Dunmarra.",
                "",
                "",
                "W",
            ),
            (
                "In a statement Tuesday, the agency said the fungus was found in soil samples taken on April 14 and April 22.",
                "the agency",
                "said",
                "W",
            ),
            (
                "It said the stored potatoes came from fields that shared machinery with the infested ones.",
                "The Canadian Food Inspection Agency",
                "said",
                "W",
            ),
            (
                "The agency said the three farms would be under movement restrictions for at least 10 years.",
                "The agency",
                "said",
                "W",
            ),
        ],
        [
            (
                "Gordie Mackessy, who grows 420 acres of seed potatoes near Dunmarra with his two sons, said 2,900 tonnes of his crop were on the list.",
                "Gordie Mackessy",
                "said",
                "W",
            ),
            ("“That's 40 years of work going into a pit,” he said.", "Gordie Mackessy", "said", ""),
            (
                "Mackessy said his fields had tested clean in 2022 and again in 2024.",
                "Gordie Mackessy",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We'll plant something this year, maybe soybeans, but not potatoes,” said his son, Tanner Mackessy.",
                "Tanner Mackessy",
                "said",
                "",
            ),
        ],
        [
            ("“I don't blame the inspectors.", "Gordie Mackessy", "said", ""),
            (
                "But somebody in Ottawa has to understand that the compensation is still based on 2019 prices.”",
                "Gordie Mackessy",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Rhea Bouchardine, the province's agriculture minister, said the province would cover storage and disposal costs for the three farms, estimated at $1.8 million.",
                "Rhea Bouchardine",
                "said",
                "W",
            ),
            (
                "“We will not leave these families alone with this,” Bouchardine said.",
                "Rhea Bouchardine",
                "said",
                "",
            ),
            (
                "She said she had spoken to the federal agriculture minister on Monday.",
                "Rhea Bouchardine",
                "said",
                "W",
            ),
        ],
        [
            (
                "Under the federal program, growers receive up to $310 a tonne for destroyed seed, according to the agency's website.",
                "the agency's website",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Harold Ennisgale, chair of the P.E.I. Seed Potato Growers' Council, said it cost growers about $460 a tonne to produce seed potatoes this year.",
                "Harold Ennisgale",
                "said",
                "W",
            ),
            (
                "He said the council would ask Ottawa to raise the rate before the fall.",
                "Harold Ennisgale",
                "said",
                "",
            ),
            (
                "“Nobody on the Island is out of the woods until every field is tested,” he said.",
                "Harold Ennisgale",
                "said",
                "",
            ),
        ],
        [
            (
                "Potato wart does not harm people or animals, but it cuts yields and its spores can survive in soil for decades.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Island seed growers shipped 71,000 tonnes to other provinces last year, according to the council.",
                "the council",
                "according to",
                "W",
            ),
            (
                "Growers planted about 83,000 acres of potatoes on the Island last year, according to provincial figures.",
                "provincial figures",
                "according to",
                "W",
            ),
        ],
        [
            ("Report a typo or error | Send us a news tip", "", "", "B"),
        ],
        [
            ("About the author", "", "", "B"),
        ],
        [
            ("Lindsay Crowdis is a reporter with TCPN News in Charlottetown.", "", "", "B"),
            ("She covers agriculture and rural P.E.I.", "", "", "B"),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            ("Island seed growers brace for stricter soil testing", "", "", "B"),
        ],
        [
            ("©2027 Trans-Canada Public Network.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Terms of Use | Privacy | Accessibility | Reuse and Permission", "", "", "B"),
        ],
    ],
    [
        [
            ("THE DAYLINE", "", "", "B"),
        ],
        [
            ("Sunday, May 23, 2027 | Manila 31°C", "", "", "B"),
        ],
        [
            (
                "News   Nation   Metro   World   Business   Sports   Lifestyle   Opinion   Dayline Plus",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Nation", "", "", "B"),
        ],
        [
            (
                "3 dead, 5 missing as landslide buries 9 homes in Benguet mining village",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Marites Balagtayo-Culangen", "", "", "B"),
        ],
        [
            ("May 23, 2027 | 2:14 PM", "", "", "B"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Rescuers dig through mud at Sitio Dangwasen, Barangay Kalinggawan, Itogon, Benguet, on Sunday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PHOTO COURTESY OF ITOGON MDRRMO", "", "", "B"),
        ],
        [
            (
                "BAGUIO CITY — Three people were killed and five others are missing after a landslide buried nine houses in a small-scale mining village in Itogon, Benguet, before dawn on Sunday, the municipal disaster office said.",
                "the municipal disaster office",
                "said",
                "W",
            ),
        ],
        [
            (
                "Rowena Palecan, head of the Itogon Municipal Disaster Risk Reduction and Management Office, said the slope above Sitio Dangwasen gave way at about 3:40 a.m. after 19 hours of continuous rain.",
                "Rowena Palecan",
                "said",
                "W",
            ),
            (
                "She said 27 residents had been pulled out alive by 10 a.m.",
                "Rowena Palecan",
                "said",
                "W",
            ),
            (
                "The houses stood on a slope of about 40 degrees, directly below the entrance to an abandoned tunnel, Palecan said.",
                "Rowena Palecan",
                "said",
                "W",
            ),
            (
                "“We are still hearing from families who cannot find their relatives,” she added.",
                "Rowena Palecan",
                "she added",
                "",
            ),
        ],
        [
            ("See this post on Facebook", "", "", "B"),
        ],
        [
            (
                "As of 11:00 AM: 27 rescued, 3 dead and 5 still missing at Sitio Dangwasen, Brgy. Kalinggawan.",
                "Itogon MDRRMO",
                "—",
                "W",
            ),
        ],
        [
            ("#ItogonLandslide #BantayPanahon", "", "", "B"),
        ],
        [
            ("— Itogon MDRRMO (@ItogonDRRM) May 23, 2027", "", "", "B"),
        ],
        [
            ("Like   Comment   Share", "", "", "B"),
        ],
        [
            ("1.4K reactions · 312 shares", "", "", "B"),
        ],
        [
            (
                "The Benguet Provincial Police Office said two of the dead were brothers, aged 14 and 17, and the third was their 41-year-old neighbor.",
                "The Benguet Provincial Police Office",
                "said",
                "W",
            ),
            ("It withheld their names until relatives had been told.", "", "", ""),
        ],
        [
            (
                "“I heard a sound like a truck, then the wall of our house was gone,” said Jomar Lagwedan, 22, who escaped with his mother.",
                "Jomar Lagwedan",
                "said",
                "",
            ),
            ("“We ran to the chapel in the dark.”", "Jomar Lagwedan", "said", ""),
        ],
        [
            (
                "Barangay captain Danilo Bagtangan said 62 families had been moved to the Kalinggawan elementary school and a chapel in the next sitio.",
                "Danilo Bagtangan",
                "said",
                "W",
            ),
            (
                "“Many of them dig for gold in small tunnels under that same mountain, so they know the ground is weak, but where else will they go?” he said.",
                "Danilo Bagtangan",
                "said",
                "",
            ),
            (
                "Residents said small-scale miners had dug at least six new tunnels on the slope since January.",
                "Residents",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "The Mines and Geosciences Bureau had rated Sitio Dangwasen highly susceptible to landslides in a 2025 geohazard assessment, according to a copy of the map posted at the barangay hall.",
                "a copy of the map posted at the barangay hall",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Benguet Governor Ma. Lourdes Dacawi-Sagun said the provincial government had released ₱2.5 million for food packs and sent two backhoes from La Trinidad.",
                "Ma. Lourdes Dacawi-Sagun",
                "said",
                "W",
            ),
            (
                "She also ordered a stop to all small-scale mining in the village until geologists inspect the slope.",
                "",
                "",
                "W",
            ),
            (
                "“We cannot keep burying people every rainy season,” she said.",
                "Ma. Lourdes Dacawi-Sagun",
                "said",
                "",
            ),
        ],
        [
            (
                "It was the second deadly landslide in Itogon this year; in February, two miners died when a tunnel collapsed in a neighboring barangay.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The regional civil defense office said 1,240 families in Benguet had been evacuated as of noon.",
                "The regional civil defense office",
                "said",
                "W",
            ),
            (
                "Classes in all public schools in Itogon were suspended for Monday, the municipal government announced.",
                "the municipal government",
                "announced",
                "W",
            ),
        ],
        [
            (
                "The state weather bureau said Baguio recorded 287 millimeters of rain from Saturday morning to Sunday morning.",
                "The state weather bureau",
                "said",
                "W",
            ),
            (
                "It said a low-pressure area east of Aurora could become a tropical depression within 48 hours.",
                "The state weather bureau",
                "said",
                "",
            ),
        ],
        [
            ("RELATED STORIES", "", "", "B"),
        ],
        [
            ("Benguet folk urged to leave danger zones as rains continue", "", "", "B"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Trending: #ItogonLandslide #WalangPasok #LPA", "", "", "B"),
        ],
        [
            (
                "Unlock Dayline Plus: ad-free reading and the digital edition for ₱99 a month.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Copyright © 2027 The Dayline Publishing Corp.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About | Contact | Terms of Use | Privacy Policy | Advertise with us", "", "", "B"),
        ],
    ],
    [
        [
            ("COLDSTORE WEEK", "", "", "B"),
        ],
        [
            (
                "Warehousing   Transport   Technology   Food & Pharma   People   Research",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Warehousing", "", "", "B"),
        ],
        [
            ("Frostline to build $184M automated cold store at Savannah port", "", "", "W"),
        ],
        [
            (
                "Refrigerated logistics group says 38-meter-high facility will be its largest",
                "Frostline Logistics Inc.",
                "says",
                "W",
            ),
        ],
        [
            ("Martin Vehrenkamp | Senior Editor", "", "", "B"),
        ],
        [
            ("June 7, 2027", "", "", "B"),
        ],
        [
            ("COLDLINK SUMMIT 2027 · Atlanta · Sept. 14–16.", "", "", "B"),
            ("Early-bird registration closes June 30.", "", "", "B"),
            ("Book your pass", "", "", "B"),
        ],
        [
            (
                "A rendering of Frostline's planned cold store at the Brantley Point logistics park.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Image courtesy of Frostline Logistics", "", "", "B"),
        ],
        [
            (
                "Frostline Logistics Inc. will build a $184 million automated cold storage warehouse at the Brantley Point logistics park near the Port of Savannah, the company announced Monday.",
                "the company",
                "announced",
                "W",
            ),
            (
                "The 38-meter-high building will hold 92,000 pallet positions at minus 23 degrees Celsius and is due to open in the third quarter of 2029, Frostline said.",
                "Frostline Logistics Inc.",
                "said",
                "W",
            ),
            (
                "Construction is set to begin in October, with Brayfield Constructors as general contractor.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Chief executive Corinne Aldersby said the site would employ about 240 people and double the company's capacity in the Southeast.",
                "Corinne Aldersby",
                "said",
                "W",
            ),
            (
                "“Importers of frozen protein and produce are running out of places to put it,” Aldersby said.",
                "Corinne Aldersby",
                "said",
                "",
            ),
            (
                "“Vacancy in cold storage along the Southeast coast is under 3%, and that is not a number anyone can run a business on.”",
                "Corinne Aldersby",
                "said",
                "W",
            ),
        ],
        [
            (
                "Frostline's existing Savannah-area warehouse, a conventional 18,000-pallet building opened in 2014, is full, the company said.",
                "the company",
                "said",
                "W",
            ),
            (
                "Aldersby said automation would cut energy use per pallet by about a third compared with that building.",
                "Corinne Aldersby",
                "said",
                "",
            ),
        ],
        [
            (
                "WEBINAR | Thursday, June 24, 2 p.m. ET: Automation payback in high-bay freezers",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Register free →", "", "", "B"),
        ],
        [
            (
                "The warehouse will use 14 stacker cranes supplied by Hollerbach Intralogistik GmbH of Germany, and its refrigeration will run on a transcritical CO2 system rather than ammonia.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Coastal Empire Development Authority said it had approved a 15-year property tax abatement worth an estimated $21 million for the project.",
                "The Coastal Empire Development Authority",
                "said",
                "W",
            ),
            (
                "“This is the kind of project we built the park for,” authority chairman Terrence Waddicombe said.",
                "Terrence Waddicombe",
                "said",
                "",
            ),
            ("The authority bought the 46-acre site in 2023 for $7.9 million.", "", "", "W"),
        ],
        [
            (
                "The Port of Savannah handled 212,000 refrigerated containers last year, up 9% from 2025, according to port figures.",
                "port figures",
                "according to",
                "W",
            ),
        ],
        [
            ("SPONSORED CONTENT", "", "", "B"),
        ],
        [
            ("Presented by Glaciant Controls", "", "", "B"),
        ],
        [
            (
                "Why leading 3PLs are retrofitting evaporator defrost controls, and what they're saving",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Learn more", "", "", "B"),
        ],
        [
            (
                "Priya Hallenbeck, a principal at the real estate advisory firm Tollgate Cold Partners, said U.S. cold storage construction costs had risen to about $310 per square foot, from $190 in 2019.",
                "Priya Hallenbeck",
                "said",
                "W",
            ),
            (
                "She said she expected more operators to build automated high-bay facilities because land near ports was scarce.",
                "Priya Hallenbeck",
                "said",
                "",
            ),
            (
                "“Every operator I talk to wants to be within a 30-minute drive of a reefer terminal,” she said.",
                "Priya Hallenbeck",
                "said",
                "",
            ),
        ],
        [
            (
                "Frostline operates 31 warehouses in the United States and Canada and reported revenue of $1.26 billion in 2026.",
                "",
                "",
                "W",
            ),
            ("The company is owned by the private equity firm Marbrook Capital.", "", "", "W"),
            (
                "It bought the Ontario-based Pemberline Cold Storage in 2025 for $420 million.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Aldersby said the company had not decided whether to add a second building on the 46-acre site.",
                "Corinne Aldersby",
                "said",
                "",
            ),
            (
                "“Let's build the first one and see how fast it fills,” she said.",
                "Corinne Aldersby",
                "said",
                "",
            ),
        ],
        [
            ("About the author", "", "", "B"),
        ],
        [
            (
                "Martin Vehrenkamp is senior editor of ColdStore Week and has covered warehousing and logistics since 2009.",
                "",
                "",
                "B",
            ),
            ("Reach him at mvehrenkamp@coldstoreweek.com.", "", "", "B"),
        ],
        [
            ("© 2027 Kestridge Trade Media LLC.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Privacy | Terms | Advertise | Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("HADDONMERE TOWN FC", "", "", "B"),
        ],
        [
            ("The Mariners · Est. 1889", "", "", "B"),
        ],
        [
            (
                "LAST: Town 2-1 Ashvale Athletic (FT) | NEXT: Pre-season v Wexcombe Rangers · Tue 13 Jul · 7.45pm (H)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tickets | Club Shop | Membership | Hospitality | Town TV", "", "", "B"),
        ],
        [
            ("News   Fixtures   Results   Table   Squad   Academy   Community   Club", "", "", "B"),
        ],
        [
            ("First Team News", "", "", "B"),
        ],
        [
            ("Scarrowby header sends Town up after 2-1 play-off final win", "", "", "W"),
        ],
        [
            ("Saturday 15 May 2027", "", "", "B"),
        ],
        [
            ("By Town Media", "", "", "B"),
        ],
        [
            ("Pre-order the 2027/28 home shirt now in the Club Shop and online.", "", "", "B"),
        ],
        [
            (
                "Jonah Scarrowby celebrates his 88th-minute winner in front of the Harbour End.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Photo: Ellis Parnaby / HTFC", "", "", "B"),
        ],
        [
            (
                "Haddonmere Town won promotion to the Premier Division for the first time in 31 years on Saturday as Jonah Scarrowby's 88th-minute header gave the Mariners a 2-1 win over Ashvale Athletic in the play-off final at Saltquay Park.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A crowd of 2,384, the biggest at the ground since 1996, saw Ashvale take the lead in the 23rd minute through Dario Feltwell.",
                "",
                "",
                "W",
            ),
            ("Feltwell's opener came after a back-pass from Lundquill fell short.", "", "", "W"),
        ],
        [
            (
                "Town were second best for most of the first half and could have been two down at the break.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Today's match sponsor: Brackley Marine Engineering Ltd.", "", "", "B"),
        ],
        [
            ("Match ball sponsored by The Anchor Inn, Ferry Street.", "", "", "B"),
        ],
        [
            (
                "Captain Lewis Gallimore equalised from the penalty spot in the 61st minute after Ashvale goalkeeper Rory Pennivault brought down Scarrowby.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Scarrowby's winner, a header from a Callum Oduyemi corner, was his 27th goal of the season.",
                "",
                "",
                "W",
            ),
            (
                "Town finished the regular season third, nine points behind champions Felsham Vale, and were last promoted in 1996.",
                "",
                "",
                "W",
            ),
            ("Scarrowby, 23, joined Town from Wexcombe Rangers last summer.", "", "", "W"),
        ],
        [
            ("Every goal is on Town TV now.", "", "", "B"),
            ("Subscribe for £3.99 a month.", "", "", "B"),
        ],
        [
            (
                "Manager Marcus Ellenthorpe said it was the club's first promotion since he arrived in 2022, when Town finished 19th.",
                "Marcus Ellenthorpe",
                "said",
                "W",
            ),
            (
                "“I told the lads at half-time that nobody remembers the first half of a final,” he said.",
                "Marcus Ellenthorpe",
                "said",
                "",
            ),
        ],
        [
            ("“Did we deserve it?", "Marcus Ellenthorpe", "said", ""),
            (
                "Not for 45 minutes, but we were the better side after the break, and that's the half they'll remember.”",
                "Marcus Ellenthorpe",
                "said",
                "",
            ),
        ],
        [
            (
                "Gallimore, 34, said he had played 412 games for the club since making his debut at 17.",
                "Lewis Gallimore",
                "said",
                "W",
            ),
            ("“I've waited half my life for this,” he said.", "Lewis Gallimore", "said", ""),
        ],
        [
            ("Player of the Match, sponsored by Kelpmoor Motors: Jonah Scarrowby", "", "", "B"),
        ],
        [
            (
                "Club chairman Derek Ostlethwaite said the Premier Division paid each club £42,000 a season from central funds, against £9,000 in Division One North.",
                "Derek Ostlethwaite",
                "said",
                "W",
            ),
            (
                "He said the ground would need new floodlights before August to meet the league's grading rules.",
                "Derek Ostlethwaite",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ashvale manager Glenn Ashbridge said his side had been “robbed” by the penalty decision.",
                "Glenn Ashbridge",
                "said",
                "",
            ),
            (
                "“That's never a penalty in a month of Sundays,” he said.",
                "Glenn Ashbridge",
                "said",
                "",
            ),
        ],
        [
            ("Season tickets for 2027/28 go on sale on Monday 24 May.", "", "", "B"),
            ("Early-bird price £145 for adults until 30 June.", "", "", "B"),
        ],
        [
            (
                "Town: Pyecroft; Lundquill, Gallimore (c), Barbary, Brandwick; Oduyemi, Thrupp, Anstey (Mowle 70); Threlkind, Scarrowby, Dilnott.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Ashvale: Pennivault; Hoyle, Marchbold, Sowerbutts, Agyekum; Feltwell, Tamsett, Catterall (Imrie 78); Lonsbrough, Vasey, Tullin.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Attendance: 2,384", "", "", ""),
        ],
        [
            ("Haddonmere Town Football Club Ltd.", "", "", "B"),
            ("Registered in England No. 01935562.", "", "", "B"),
        ],
        [
            ("© 2027 Haddonmere Town FC.", "", "", "B"),
            ("Site by Pitchside Digital.", "", "", "B"),
        ],
    ],
    [
        [
            ("Larchfield University", "", "", "B"),
        ],
        [
            ("Study | Research | International | About | Alumni | Staff intranet", "", "", "B"),
        ],
        [
            ("News and events › Press releases", "", "", "B"),
        ],
        [
            ("PRESS RELEASE", "", "", "B"),
        ],
        [
            (
                "Wild bee numbers on farmland fell by 38% in a decade, 20-year study finds",
                "a 20-year study led by Larchfield University",
                "finds",
                "W",
            ),
        ],
        [
            ("Published: 2 June 2027", "", "", "B"),
        ],
        [
            ("Embargoed until 00:01 BST Wednesday 2 June 2027", "", "", "B"),
        ],
        [
            (
                "A red-tailed bumblebee on field scabious at one of the study sites in the Vale of Pickering.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Credit: Larchfield University / Anwen Stelling", "", "", "B"),
        ],
        [
            (
                "Wild bee numbers on farmland in northern England fell by 38% between 2015 and 2025, a 20-year study led by Larchfield University has found.",
                "a 20-year study led by Larchfield University",
                "has found",
                "W",
            ),
            (
                "The researchers counted bees along 146 fixed walking routes on 73 farms in Yorkshire and Lincolnshire every summer from 2006.",
                "",
                "",
                "W",
            ),
            (
                "They recorded 41 species of wild bee over the 20 years, including three not seen in Yorkshire since the 1970s.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The decline was steepest among ground-nesting solitary bees, whose numbers fell by 52%, while bumblebee numbers fell by 21%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Farms that kept at least 8% of their land as flower-rich margins or hedgerows lost about half as many bees as those that did not.",
                "",
                "",
                "W",
            ),
            ("On farms with the widest margins, counts rose again in 2022 and 2023.", "", "", "W"),
            (
                "The study is part of the university's Farmland Futures programme, which monitors 120 farms across the north of England.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lead author Professor Gwendolyn Tarrasby, of the university's School of Biosciences, said the study was one of the longest continuous records of wild bees in Europe.",
                "Gwendolyn Tarrasby",
                "said",
                "W",
            ),
            ("“These are not rare species,” she said.", "Gwendolyn Tarrasby", "said", ""),
            (
                "“They are the everyday bees that pollinate our crops, and they are quietly disappearing.”",
                "Gwendolyn Tarrasby",
                "said",
                "",
            ),
        ],
        [
            ("Watch: Professor Tarrasby explains the findings (2:14)", "", "", "B"),
        ],
        [
            ("“The good news is that the margins work.", "Gwendolyn Tarrasby", "said", ""),
            (
                "Where farmers left room for flowers, the losses were halved.”",
                "Gwendolyn Tarrasby",
                "said",
                "W",
            ),
        ],
        [
            (
                "She said the findings should shape how the government pays farmers for environmental work.",
                "Gwendolyn Tarrasby",
                "said",
                "",
            ),
        ],
        [
            (
                "Co-author Dr Seren Maddicott said wetter springs since 2016 had cut the number of days on which bees could forage by about a fifth.",
                "Seren Maddicott",
                "said",
                "W",
            ),
            (
                "She said the team would now test whether sowing margins with native wildflower seed speeds up recovery.",
                "Seren Maddicott",
                "said",
                "",
            ),
        ],
        [
            (
                "Gareth Farrowdale, who farms 340 hectares near Malton and took part in the study, said he had doubled the area of his margins since 2018.",
                "Gareth Farrowdale",
                "said",
                "W",
            ),
            (
                "“You notice the bees before you notice anything else,” he said.",
                "Gareth Farrowdale",
                "said",
                "",
            ),
            (
                "Farrowdale said he received about £640 per hectare a year for the margins under a government scheme.",
                "Gareth Farrowdale",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ruairi Delacoombe, an ecologist at Corranmore University who was not involved in the study, said the length of the record made its findings unusually strong.",
                "Ruairi Delacoombe",
                "said",
                "",
            ),
            (
                "“Twenty years of counts on the same routes is rare anywhere,” he said.",
                "Ruairi Delacoombe",
                "said",
                "",
            ),
        ],
        [
            (
                "The research was funded by the Wendmoor Trust and the Dalesway Pollinator Fund.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Journal reference: Tarrasby G, Maddicott S, Penwarden J, et al. Two decades of decline and partial recovery of wild bees on English farmland. J Appl Field Ecol. 2027;64(6):1123-1139.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Media contact", "", "", "B"),
        ],
        [
            ("Imogen Quarrendon, Press and Media Relations Officer", "", "", "B"),
        ],
        [
            ("Tel: +44 (0)1904 555 218 | Mobile: 07700 900 431", "", "", "B"),
        ],
        [
            ("Email: press@larchfield.ac.uk", "", "", "B"),
        ],
        [
            ("About Larchfield University", "", "", "B"),
        ],
        [
            (
                "Larchfield University was founded in 1963 and has more than 21,000 students from 140 countries.",
                "",
                "",
                "B",
            ),
            ("It is ranked among the top 20 UK universities for research impact.", "", "", "B"),
        ],
        [
            ("Related research", "", "", "B"),
        ],
        [
            ("Hedgerow age predicts beetle diversity on arable farms", "", "", "B"),
        ],
        [
            (
                "© Larchfield University 2027 | Freedom of information | Accessibility | Privacy and cookies",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("CAMELTHORN RELIEF", "", "", "B"),
        ],
        [
            ("Donate | Get involved | Our work | Where we work | News | About us", "", "", "B"),
        ],
        [
            ("News › East Africa", "", "", "B"),
        ],
        [
            ("Drought leaves 410,000 people in northern Kenya facing crisis hunger", "", "", "W"),
        ],
        [
            ("8 June 2027", "", "", "B"),
        ],
        [
            ("By Nasieku Lemarkoiyan, Communications Officer, Nairobi", "", "", "B"),
        ],
        [
            ("Your gift today can reach a family in Marsabit within days.", "", "", "B"),
        ],
        [
            ("Donate now", "", "", "B"),
        ],
        [
            (
                "Halima Galgalo with her remaining goats at a dry water pan near Dukana, Marsabit County.",
                "",
                "",
                "",
            ),
        ],
        [
            ("© Camelthorn Relief / Peter Lokorio", "", "", "B"),
        ],
        [
            (
                "About 410,000 people in Marsabit and Isiolo counties are now facing crisis or worse levels of hunger, according to figures from the county drought coordination offices.",
                "figures from the county drought coordination offices",
                "according to",
                "W",
            ),
            ("That is nearly double the number a year ago.", "", "", "W"),
        ],
        [
            (
                "The long rains, which normally fall from March to May, brought less than a third of the usual rainfall to much of the region this year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Camelthorn Relief's Kenya country director, Mercy Nyawira Kathambi, said the charity had trucked water to 38 villages since April and was treating 2,600 children for acute malnutrition at 14 clinics.",
                "Mercy Nyawira Kathambi",
                "said",
                "W",
            ),
            (
                "“Families have already sold the animals they can spare,” she said.",
                "Mercy Nyawira Kathambi",
                "said",
                "",
            ),
            (
                "“What comes next is mothers skipping meals so that their children can eat.”",
                "Mercy Nyawira Kathambi",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the charity expected the number in crisis to rise further before the short rains in October.",
                "Mercy Nyawira Kathambi",
                "said",
                "",
            ),
        ],
        [
            ("£30 could provide a family with clean water for a month.", "", "", "B"),
            ("Please give what you can.", "", "", "B"),
        ],
        [
            (
                "Halima Galgalo, a mother of five in Dukana, said she had lost 40 of her 55 goats since January.",
                "Halima Galgalo",
                "said",
                "W",
            ),
            (
                "“We used to move with the animals to the hills near the border, but even there the grass is finished,” she said.",
                "Halima Galgalo",
                "said",
                "",
            ),
            (
                "“If the rain fails again in October, I don't know what we will do.”",
                "Halima Galgalo",
                "said",
                "",
            ),
        ],
        [
            (
                "Ibrahim Denge Jillo, the drought coordinator for Marsabit County, said the price of a goat at the Marsabit livestock market had fallen from Sh6,500 in January to Sh2,800 in May, while a 2kg packet of maize flour had risen to Sh240.",
                "Ibrahim Denge Jillo",
                "said",
                "W",
            ),
            (
                "He said the county had asked the national government for 4,000 tonnes of relief food.",
                "Ibrahim Denge Jillo",
                "said",
                "W",
            ),
        ],
        [
            (
                "Abdub Guyo Halake, a nurse at Camelthorn's clinic in North Horr, said admissions of children with severe acute malnutrition had risen from 31 in March to 87 in May.",
                "Abdub Guyo Halake",
                "said",
                "W",
            ),
            (
                "“Some of the mothers walk for two days to reach us,” he said.",
                "Abdub Guyo Halake",
                "said",
                "",
            ),
            (
                "The charity said nine of its 14 clinics had run out of ready-to-use therapeutic food at least once in May.",
                "The charity",
                "said",
                "W",
            ),
        ],
        [
            (
                "In Isiolo, 62 of the 70 water pans monitored by the county had dried up by the end of May, the county's water officer, Hussein Gollo Wario, said.",
                "Hussein Gollo Wario",
                "said",
                "W",
            ),
            (
                "“The boreholes cannot carry the whole county,” he said.",
                "Hussein Gollo Wario",
                "said",
                "",
            ),
        ],
        [
            (
                "Your gift will go twice as far: every donation made before 30 June will be matched by the Harrowdene Family Foundation.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Camelthorn's East Africa drought appeal has raised £1.9 million of its £4.5 million target.",
                "",
                "",
                "W",
            ),
            ("The charity has worked in Marsabit since 2011.", "", "", "W"),
            (
                "Camelthorn said it would use the money to extend water trucking to 20 more villages and to buy animal feed for 3,000 households.",
                "Camelthorn Relief",
                "said",
                "",
            ),
        ],
        [
            ("How your donation helps", "", "", "B"),
        ],
        [
            ("£15 buys a week of therapeutic food for a malnourished child.", "", "", "B"),
        ],
        [
            ("£50 pays for 5,000 litres of water trucked to a village.", "", "", "B"),
        ],
        [
            ("£120 keeps a mobile clinic on the road for a day.", "", "", "B"),
        ],
        [
            ("Sign up for emails to hear how your support is making a difference.", "", "", "B"),
        ],
        [
            (
                "Camelthorn Relief is a registered charity in England and Wales (No. 1188402) and Scotland (SC051877).",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Camelthorn Relief", "", "", "B"),
        ],
        [
            ("Privacy | Cookies | Our fundraising promise | Contact us", "", "", "B"),
        ],
    ],
    [
        [
            ("skimwire", "", "", "B"),
        ],
        [
            (
                "For you   Top stories   Following   Local   Tasmania   Business   Sport",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Local › Hobart", "", "", "B"),
        ],
        [
            ("The Sullivans Cove Standard · 3h ago", "", "", "B"),
        ],
        [
            (
                "Bellerive ferry to run every 20 minutes from July after $11.6m state deal",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Quick summary · generated automatically", "", "", "B"),
        ],
        [
            ("Summaries are written by software and may contain errors.", "", "", "B"),
        ],
        [
            (
                "The Tasmanian Government will pay Derwent Crossings Pty Ltd $11.6 million over four years to run ferries between Bellerive and Hobart every 20 minutes on weekdays from July 5, Transport Minister Annabel Korstjens said on Tuesday.",
                "Annabel Korstjens",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sailings now run every 40 minutes, and weekly passenger trips have grown from 1,900 in 2024 to 5,300 this year, she said.",
                "Annabel Korstjens",
                "said",
                "W",
            ),
            (
                "The state will also spend $2.4 million on a 90-space park-and-ride at Bellerive, the minister said.",
                "Annabel Korstjens",
                "said",
                "W",
            ),
            (
                "The ferry's operating subsidy was $1.9 million last year, she said.",
                "Annabel Korstjens",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ms Korstjens said the ferry was “the cheapest congestion fix we have” for the Tasman Bridge.",
                "Annabel Korstjens",
                "said",
                "",
            ),
        ],
        [
            (
                "Opposition transport spokesman Declan Morrisby said the deal was “welcome but four years late”.",
                "Declan Morrisby",
                "said",
                "",
            ),
        ],
        [
            (
                "Derwent Crossings said it would lease two more catamarans and hire 14 crew before the new timetable starts.",
                "Derwent Crossings Pty Ltd",
                "said",
                "",
            ),
            ("Adult fares will stay at $3.20, it said.", "Derwent Crossings Pty Ltd", "said", "W"),
            (
                "It said it carried 268,000 passengers in 2026, its busiest year since the service began in 2019.",
                "Derwent Crossings Pty Ltd",
                "said",
                "W",
            ),
        ],
        [
            (
                "Brendon Askwith, Tasmanian organiser for the Maritime Crew Union, said the operator had cancelled 212 sailings last year because of crew shortages.",
                "Brendon Askwith",
                "said",
                "W",
            ),
            (
                "“Twenty-minute ferries are great on paper, but you need people to sail them,” he said.",
                "Brendon Askwith",
                "said",
                "",
            ),
            (
                "He said the union would meet the company next week to discuss rosters.",
                "Brendon Askwith",
                "said",
                "",
            ),
        ],
        [
            (
                "The Bellerive terminal's pontoon, built in 1989, will be replaced next year at a cost of $3.2 million, according to the Derwent Harbour Trust.",
                "the Derwent Harbour Trust",
                "according to",
                "W",
            ),
        ],
        [
            ("Read full story at sullivanscovestandard.com.au", "", "", "B"),
        ],
        [
            ("Report a problem with this summary", "", "", "B"),
        ],
        [
            ("Save   Share   Hide stories from The Sullivans Cove Standard", "", "", "B"),
        ],
        [
            ("Full coverage: 4 sources", "", "", "B"),
        ],
        [
            ("Tasman Wire · 2h ago", "", "", "B"),
        ],
        [
            ("Ferry boost for Eastern Shore commuters, but crew shortage looms", "", "", "B"),
        ],
        [
            (
                "Union warns cancellations could rise unless more deckhands are trained.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Wedgeport Courier · 6h ago", "", "", "B"),
        ],
        [
            ("Wedgeport beach carpark to charge $2 an hour from August", "", "", "W"),
        ],
        [
            ("Quick summary · generated automatically", "", "", "B"),
        ],
        [
            (
                "Wedgeport Council voted 7-3 on Monday to introduce paid parking at the Wedgeport Beach foreshore carpark, which has 184 spaces, the council said.",
                "the council",
                "said",
                "W",
            ),
            (
                "The fee will apply from 9 a.m. to 5 p.m. daily, and residents with a council permit will park free.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mayor Ilona Vettorazzi said the money would fund the foreshore's upkeep.",
                "Ilona Vettorazzi",
                "said",
                "",
            ),
            (
                "She said the carpark had been full on 41 weekend days last summer.",
                "Ilona Vettorazzi",
                "said",
                "W",
            ),
            (
                "“Nobody likes paying to park at the beach,” Vettorazzi said.",
                "Ilona Vettorazzi",
                "said",
                "",
            ),
        ],
        [
            ("Read full story at wedgeportcourier.com.au", "", "", "B"),
        ],
        [
            ("More from The Sullivans Cove Standard", "", "", "B"),
        ],
        [
            ("Hobart's median rent rises to $590 a week", "", "", "B"),
        ],
        [
            ("Follow Hobart to see more local stories", "", "", "B"),
        ],
        [
            ("About skimwire | Publishers | Help | Privacy | Terms", "", "", "B"),
        ],
    ],
    [
        [
            ("THE KWARARAFA HERALD", "", "", "B"),
        ],
        [
            ("Thursday, June 10, 2027", "", "", "B"),
        ],
        [
            (
                "Home | News | Politics | Business | Metro | Sports | Entertainment | Opinion | Columnists",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Follow the Kwararafa Herald channel on WhatsApp for breaking news as it happens.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News", "", "", "B"),
        ],
        [
            (
                "Flood: 3,400 displaced as River Katsina-Ala overflows in Benue communities",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Terkaa Akpehembe, Makurdi", "", "", "B"),
        ],
        [
            ("10th June 2027", "", "", "B"),
        ],
        [
            ("Kindly share this story:", "", "", "B"),
        ],
        [
            (
                "Residents wade through floodwater at Tsegwaza, Katsina-Ala Local Government Area, on Tuesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Kwararafa Herald", "", "", "B"),
        ],
        [
            (
                "About 3,400 people have been displaced after the River Katsina-Ala overflowed its banks and submerged parts of seven communities in Katsina-Ala and Logo local government areas, the Benue State Emergency Management Agency has said.",
                "the Benue State Emergency Management Agency",
                "has said",
                "W",
            ),
        ],
        [
            (
                "The Executive Secretary of the agency, Mr Aondona Tersoo Iorkighir, said this on Wednesday while receiving relief materials from the state government in Makurdi.",
                "Aondona Tersoo Iorkighir",
                "said this",
                "W",
            ),
            (
                "He said about 1,100 hectares of rice, yam and cassava farms had been washed away and 214 houses had collapsed.",
                "Aondona Tersoo Iorkighir",
                "said",
                "W",
            ),
            (
                "He said the agency had opened two camps, at Tsegwaza and Mbaterem, holding 1,860 people.",
                "Aondona Tersoo Iorkighir",
                "said",
                "W",
            ),
            (
                "“We are also appealing to residents of riverine communities to move to higher ground immediately,” he said.",
                "Aondona Tersoo Iorkighir",
                "said",
                "",
            ),
        ],
        [
            (
                "The river rose by 3.2 metres in 48 hours, according to a gauge reading at the Katsina-Ala bridge cited by the agency.",
                "a gauge reading at the Katsina-Ala bridge cited by the agency",
                "according to",
                "W",
            ),
            (
                "Residents said the water began rising on Monday evening after three days of heavy rain.",
                "Residents",
                "said",
                "W",
            ),
        ],
        [
            ("Read Also: Tiv farmers count losses as rain destroys yam barns", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The traditional ruler of Tsegwaza, Chief Iordye Gbaaondo, said the flood was the worst the community had seen since 2012.",
                "Iordye Gbaaondo",
                "said",
                "W",
            ),
            (
                "“The water came in the night, and by morning our houses were under water up to the windows,” he said.",
                "Iordye Gbaaondo",
                "said",
                "",
            ),
            (
                "“We are appealing to the government to come to our aid before the rains of August.”",
                "Iordye Gbaaondo",
                "said",
                "",
            ),
        ],
        [
            (
                "He said fishermen in canoes had rescued two children from the roof of a house on Tuesday morning.",
                "Iordye Gbaaondo",
                "said",
                "W",
            ),
        ],
        [
            (
                "The North Central zonal office of the National Emergency Management Agency said it had delivered 1,500 bags of rice, 800 mattresses and 600 blankets to the displaced persons' camp at the LGEA Primary School, Tsegwaza.",
                "The North Central zonal office of the National Emergency Management Agency",
                "said",
                "W",
            ),
            (
                "The Zonal Coordinator, Mrs. Nguveren Tyokasebe, said more items would be distributed on Saturday.",
                "Nguveren Tyokasebe",
                "said",
                "",
            ),
        ],
        [
            (
                "In its 2027 Annual Flood Outlook, the Nigeria Hydrological Services Agency had listed Katsina-Ala and Logo among 148 local government areas at high risk of flooding this year.",
                "the Nigeria Hydrological Services Agency",
                "had listed",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "A displaced farmer, Mrs Mwuese Kpamor, said she had lost her two-hectare rice farm and all the seed she had saved for next season.",
                "Mwuese Kpamor",
                "said",
                "W",
            ),
            (
                "“Where will my children sleep tonight, and what will we plant next year?” she asked.",
                "Mwuese Kpamor",
                "asked",
                "",
            ),
            ("“I borrowed N350,000 to plant that rice,” she said.", "Mwuese Kpamor", "said", "W"),
        ],
        [
            (
                "In 2024, floods displaced more than 12,000 people in the same two local government areas, according to SEMA records.",
                "SEMA records",
                "according to",
                "W",
            ),
            (
                "The state government has not announced compensation for affected farmers.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Read Also: Benue assembly passes N4.2bn supplementary budget for flood relief",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Kindly share this story:", "", "", "B"),
        ],
        [
            ("Join our WhatsApp channel: get breaking news on your phone first.", "", "", "B"),
        ],
        [
            ("Disclaimer", "", "", "B"),
        ],
        [
            (
                "Comments expressed under this story are those of the readers and not of the Kwararafa Herald or its staff.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Kwararafa Herald Ltd.", "", "", "B"),
            (
                "No part of this story may be copied, republished or broadcast without written permission from the publisher.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("View this email in your browser", "", "", "B"),
        ],
        [
            ("THE QUAYWARD", "", "", "B"),
        ],
        [
            ("Portland's morning newsletter | Friday, June 11, 2027 | No. 812", "", "", "B"),
        ],
        [
            ("Good morning, Portland.", "", "", "B"),
        ],
        [
            ("Today's weather: fog early, then sun, high 71, low 56.", "", "", "B"),
        ],
        [
            ("THE BIG STORY", "", "", "B"),
        ],
        [
            ("Council approves rental registry, with a $45 fee per unit", "", "", "W"),
        ],
        [
            (
                "The City Council voted 6-3 on Thursday night to require landlords to register every rental unit in the city and pay a $45 annual fee per unit, starting Jan. 1, 2028.",
                "",
                "",
                "W",
            ),
            (
                "The fee is expected to raise about $590,000 a year, according to a city staff memo.",
                "a city staff memo",
                "according to",
                "W",
            ),
            (
                "The vote came after a public hearing that ran past 11 p.m., with 47 people signed up to speak.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“We can't enforce safety codes on buildings we don't know exist,” said Councilor Marisol Dembecki, who sponsored the measure.",
                "Marisol Dembecki",
                "said",
                "",
            ),
            (
                "She said inspectors had found about 1,800 units in the past two years that were rented without a certificate of occupancy.",
                "Marisol Dembecki",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Greater Portland Property Owners Group said in a statement that the fee “will be passed on to tenants, full stop.”",
                "The Greater Portland Property Owners Group",
                "said in a statement",
                "",
            ),
        ],
        [
            (
                "Councilor Abram Tuttlebee, who voted no, called the fee “a tax dressed up as a safety program.”",
                "Abram Tuttlebee",
                "called",
                "",
            ),
        ],
        [
            (
                "Under the ordinance, owner-occupied buildings with two units or fewer are exempt, and landlords who fail to register face fines of up to $250 per unit.",
                "",
                "",
                "W",
            ),
            (
                "Expect the fee to come back at budget time, when the council sets next year's rates.",
                "",
                "",
                "",
            ),
        ],
        [
            ("A WORD FROM OUR SPONSOR", "", "", "B"),
        ],
        [
            ("Today's Quayward is brought to you by Tidewright Credit Union.", "", "", "B"),
            ("Tidewright members earn 4.10% APY on savings with no minimum balance.", "", "", "B"),
            ("Open an account in ten minutes at tidewright.org/quayward.", "", "", "B"),
        ],
        [
            ("SCHOOLS", "", "", "B"),
        ],
        [
            ("School budget heads to voters at $143.2 million", "", "", "W"),
        ],
        [
            (
                "The proposed school budget for 2027-28 is $143.2 million, up 4.6% from this year, and goes to a citywide referendum on Tuesday.",
                "",
                "",
                "W",
            ),
            (
                "Superintendent Dr. Hollis Ferrantino said most of the increase paid for a new three-year teachers' contract and 11 special education positions.",
                "Hollis Ferrantino",
                "said",
                "W",
            ),
            (
                "The budget would raise the school share of the property tax rate by 38 cents per $1,000 of assessed value, according to the city's finance office.",
                "the city's finance office",
                "according to",
                "W",
            ),
            ("Polls are open from 7 a.m. to 8 p.m.", "", "", ""),
            ("Absentee ballots can be returned to the clerk's office until Monday.", "", "", ""),
        ],
        [
            ("QUICK HITS", "", "", "B"),
        ],
        [
            (
                "Chandler Row will close to cars from 5 p.m. to midnight on Fridays and Saturdays through Sept. 4, the city said.",
                "the city",
                "said",
                "",
            ),
        ],
        [
            (
                "Maine's lobster landings fell 12% last year to 81 million pounds, state regulators said Thursday.",
                "state regulators",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Eastbank Pier reopened Thursday after an $8.4 million rebuild that took 19 months.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("YOU WROTE BACK", "", "", "B"),
        ],
        [
            (
                "Reader Corliss Vantongeren wrote in about the pier: “I walked it every morning for 30 years before it closed.”",
                "Corliss Vantongeren",
                "wrote",
                "W",
            ),
            (
                "“Is there going to be a bench at the end again?” she asked.",
                "Corliss Vantongeren",
                "asked",
                "",
            ),
        ],
        [
            ("Yes: the city says four benches are in the plan.", "the city", "says", "W"),
        ],
        [
            ("Forwarded this email?", "", "", "B"),
            ("Sign up free at quayward.news.", "", "", "B"),
        ],
        [
            ("Forward this to a friend who'd like it.", "", "", "B"),
        ],
        [
            ("Got a tip, a question or a complaint?", "", "", "B"),
            ("Just hit reply: a real person reads every email.", "", "", "B"),
        ],
        [
            ("See you Monday. — Nell Varricchio", "", "", "B"),
        ],
        [
            (
                "The Quayward is an independent newsletter published by Quayward Media LLC, 112 Wharfside Lane, Portland, ME 04101.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Unsubscribe | Update your preferences | Privacy policy", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n125-us-alert-strip",
        "ALERT: Boil water advisory in effect for parts of Mendenport. Tap for the map.",
        ["ALERT: Boil water advisory in effect for parts of Mendenport.", "Tap for the map."],
    ),
    (
        "n125-us-quote-she-said-plant",
        "“It's a 1961 cast-iron line, and we still have about 40 miles of that pipe in the ground,” Ostenbrugge said. “We're replacing it as fast as the budget lets us.” She said the city's plant pumps about 11 million gallons a day.",
        [
            "“It's a 1961 cast-iron line, and we still have about 40 miles of that pipe in the ground,” Ostenbrugge said.",
            "“We're replacing it as fast as the budget lets us.”",
            "She said the city's plant pumps about 11 million gallons a day.",
        ],
    ),
    (
        "n125-us-tip-line-question",
        "Have a news tip? Email newsdesk@krvb6.com or call the 6 News tip line at 316-555-0146.",
        [
            "Have a news tip?",
            "Email newsdesk@krvb6.com or call the 6 News tip line at 316-555-0146.",
        ],
    ),
    (
        "n125-us-420-after-5",
        "Lorna Pruell, who lives on Pollwick Street, said water ran down her driveway for about two hours before crews arrived. “I called the city at 4:20 and nobody picked up until after 5,” she said. “I've lived here 40 years and I've never seen the street look like that.”",
        [
            "Lorna Pruell, who lives on Pollwick Street, said water ran down her driveway for about two hours before crews arrived.",
            "“I called the city at 4:20 and nobody picked up until after 5,” she said.",
            "“I've lived here 40 years and I've never seen the street look like that.”",
        ],
    ),
    (
        "n125-in-830-am-mid",
        "Udupi district received 214 mm of rain in the 24 hours ending 8.30 a.m. on Monday, the highest in the State, according to the State Disaster Monitoring Cell. Byndoor recorded 251 mm and Kundapur 238 mm.",
        [
            "Udupi district received 214 mm of rain in the 24 hours ending 8.30 a.m. on Monday, the highest in the State, according to the State Disaster Monitoring Cell.",
            "Byndoor recorded 251 mm and Kundapur 238 mm.",
        ],
    ),
    (
        "n125-in-dr-k-initial",
        "Deputy Commissioner Dr. K. Vidyashree Bhatnavar said holidays had been declared for schools and anganwadis in Kundapur, Byndoor and Brahmavar taluks on Tuesday. “Parents should not send children near streams or rivulets even after the rain eases,” she said.",
        [
            "Deputy Commissioner Dr. K. Vidyashree Bhatnavar said holidays had been declared for schools and anganwadis in Kundapur, Byndoor and Brahmavar taluks on Tuesday.",
            "“Parents should not send children near streams or rivulets even after the rain eases,” she said.",
        ],
    ),
    (
        "n125-in-ltd-said-it-said",
        "The Coastal Power Distribution Company Ltd. said 212 electric poles and 19 transformers had been damaged in the district. It said supply had been restored to 74 per cent of affected consumers by Monday evening.",
        [
            "The Coastal Power Distribution Company Ltd. said 212 electric poles and 19 transformers had been damaged in the district.",
            "It said supply had been restored to 74 per cent of affected consumers by Monday evening.",
        ],
    ),
    (
        "n125-in-pvt-ltd-rights",
        "© 2027 Karavali Dispatch Media Pvt. Ltd. All Rights Reserved.",
        ["© 2027 Karavali Dispatch Media Pvt. Ltd.", "All Rights Reserved."],
    ),
    (
        "n125-in-a-prashanth-he",
        "“We are waiting for the rain to stop to begin work,” said A. Prashanth Kamathiya, executive engineer of the Public Works Department. He said the stretch had been relaid in 2019 at a cost of ₹4.6 crore.",
        [
            "“We are waiting for the rain to stop to begin work,” said A. Prashanth Kamathiya, executive engineer of the Public Works Department.",
            "He said the stretch had been relaid in 2019 at a cost of ₹4.6 crore.",
        ],
    ),
    (
        "n125-uk-meter-counter",
        "You have 2 free articles left this month. Register to keep reading.",
        ["You have 2 free articles left this month.", "Register to keep reading."],
    ),
    (
        "n125-uk-consent-block",
        "This video is hosted by Vidstrand, which may use cookies and similar technologies. To view it, we need your consent to those cookies.",
        [
            "This video is hosted by Vidstrand, which may use cookies and similar technologies.",
            "To view it, we need your consent to those cookies.",
        ],
    ),
    (
        "n125-uk-1-pm-quote",
        "A Northfold Bank spokesperson said a mobile banking van would visit the town every Wednesday from 10 a.m. to 1 p.m. after the closure. “We know this is disappointing news for some of our customers,” the spokesperson said.",
        [
            "A Northfold Bank spokesperson said a mobile banking van would visit the town every Wednesday from 10 a.m. to 1 p.m. after the closure.",
            "“We know this is disappointing news for some of our customers,” the spokesperson said.",
        ],
    ),
    (
        "n125-uk-ltd-registered",
        "© 2027 Fellside Gazette Ltd. Registered in England No. 04417725.",
        ["© 2027 Fellside Gazette Ltd.", "Registered in England No. 04417725."],
    ),
    (
        "n125-uk-she-said-question",
        "“They have treated this town as a spreadsheet,” she said. “Who is going to drive an 84-year-old to Penrith to pay in a cheque?”",
        [
            "“They have treated this town as a spreadsheet,” she said.",
            "“Who is going to drive an 84-year-old to Penrith to pay in a cheque?”",
        ],
    ),
    (
        "n125-ca-pei-council-he",
        "Harold Ennisgale, chair of the P.E.I. Seed Potato Growers' Council, said it cost growers about $460 a tonne to produce seed potatoes this year. He said the council would ask Ottawa to raise the rate before the fall.",
        [
            "Harold Ennisgale, chair of the P.E.I. Seed Potato Growers' Council, said it cost growers about $460 a tonne to produce seed potatoes this year.",
            "He said the council would ask Ottawa to raise the rate before the fall.",
        ],
    ),
    (
        "n125-ca-bio-rural-pei",
        "Lindsay Crowdis is a reporter with TCPN News in Charlottetown. She covers agriculture and rural P.E.I.",
        [
            "Lindsay Crowdis is a reporter with TCPN News in Charlottetown.",
            "She covers agriculture and rural P.E.I.",
        ],
    ),
    (
        "n125-ca-agency-it-agency",
        "In a statement Tuesday, the agency said the fungus was found in soil samples taken on April 14 and April 22. It said the stored potatoes came from fields that shared machinery with the infested ones. The agency said the three farms would be under movement restrictions for at least 10 years.",
        [
            "In a statement Tuesday, the agency said the fungus was found in soil samples taken on April 14 and April 22.",
            "It said the stored potatoes came from fields that shared machinery with the infested ones.",
            "The agency said the three farms would be under movement restrictions for at least 10 years.",
        ],
    ),
    (
        "n125-ph-10-am-houses",
        "She said 27 residents had been pulled out alive by 10 a.m. The houses stood on a slope of about 40 degrees, directly below the entrance to an abandoned tunnel, Palecan said. “We are still hearing from families who cannot find their relatives,” she added.",
        [
            "She said 27 residents had been pulled out alive by 10 a.m.",
            "The houses stood on a slope of about 40 degrees, directly below the entrance to an abandoned tunnel, Palecan said.",
            "“We are still hearing from families who cannot find their relatives,” she added.",
        ],
    ),
    (
        "n125-ph-ma-lourdes",
        "Benguet Governor Ma. Lourdes Dacawi-Sagun said the provincial government had released ₱2.5 million for food packs and sent two backhoes from La Trinidad. She also ordered a stop to all small-scale mining in the village until geologists inspect the slope.",
        [
            "Benguet Governor Ma. Lourdes Dacawi-Sagun said the provincial government had released ₱2.5 million for food packs and sent two backhoes from La Trinidad.",
            "She also ordered a stop to all small-scale mining in the village until geologists inspect the slope.",
        ],
    ),
    (
        "n125-trade-event-ad",
        "COLDLINK SUMMIT 2027 · Atlanta · Sept. 14–16. Early-bird registration closes June 30. Book your pass",
        [
            "COLDLINK SUMMIT 2027 · Atlanta · Sept. 14–16.",
            "Early-bird registration closes June 30.",
            "Book your pass",
        ],
    ),
    (
        "n125-trade-inc-will",
        "Frostline Logistics Inc. will build a $184 million automated cold storage warehouse at the Brantley Point logistics park near the Port of Savannah, the company announced Monday. The 38-meter-high building will hold 92,000 pallet positions at minus 23 degrees Celsius and is due to open in the third quarter of 2029, Frostline said.",
        [
            "Frostline Logistics Inc. will build a $184 million automated cold storage warehouse at the Brantley Point logistics park near the Port of Savannah, the company announced Monday.",
            "The 38-meter-high building will hold 92,000 pallet positions at minus 23 degrees Celsius and is due to open in the third quarter of 2029, Frostline said.",
        ],
    ),
    (
        "n125-club-question-quote",
        "“Did we deserve it? Not for 45 minutes, but we were the better side after the break, and that's the half they'll remember.”",
        [
            "“Did we deserve it?",
            "Not for 45 minutes, but we were the better side after the break, and that's the half they'll remember.”",
        ],
    ),
    (
        "n125-uni-quote-break",
        "“The good news is that the margins work. Where farmers left room for flowers, the losses were halved.”",
        [
            "“The good news is that the margins work.",
            "Where farmers left room for flowers, the losses were halved.”",
        ],
    ),
    (
        "n125-ngo-donation-ask",
        "£30 could provide a family with clean water for a month. Please give what you can.",
        ["£30 could provide a family with clean water for a month.", "Please give what you can."],
    ),
    (
        "n125-agg-council-9-am",
        "Wedgeport Council voted 7-3 on Monday to introduce paid parking at the Wedgeport Beach foreshore carpark, which has 184 spaces, the council said. The fee will apply from 9 a.m. to 5 p.m. daily, and residents with a council permit will park free.",
        [
            "Wedgeport Council voted 7-3 on Monday to introduce paid parking at the Wedgeport Beach foreshore carpark, which has 184 spaces, the council said.",
            "The fee will apply from 9 a.m. to 5 p.m. daily, and residents with a council permit will park free.",
        ],
    ),
    (
        "n125-ng-mr-said-this",
        "The Executive Secretary of the agency, Mr Aondona Tersoo Iorkighir, said this on Wednesday while receiving relief materials from the state government in Makurdi. He said about 1,100 hectares of rice, yam and cassava farms had been washed away and 214 houses had collapsed.",
        [
            "The Executive Secretary of the agency, Mr Aondona Tersoo Iorkighir, said this on Wednesday while receiving relief materials from the state government in Makurdi.",
            "He said about 1,100 hectares of rice, yam and cassava farms had been washed away and 214 houses had collapsed.",
        ],
    ),
    (
        "n125-ng-mrs-zonal",
        "The North Central zonal office of the National Emergency Management Agency said it had delivered 1,500 bags of rice, 800 mattresses and 600 blankets to the displaced persons' camp at the LGEA Primary School, Tsegwaza. The Zonal Coordinator, Mrs. Nguveren Tyokasebe, said more items would be distributed on Saturday.",
        [
            "The North Central zonal office of the National Emergency Management Agency said it had delivered 1,500 bags of rice, 800 mattresses and 600 blankets to the displaced persons' camp at the LGEA Primary School, Tsegwaza.",
            "The Zonal Coordinator, Mrs. Nguveren Tyokasebe, said more items would be distributed on Saturday.",
        ],
    ),
    (
        "n125-ng-asked-said",
        "“Where will my children sleep tonight, and what will we plant next year?” she asked. “I borrowed N350,000 to plant that rice,” she said.",
        [
            "“Where will my children sleep tonight, and what will we plant next year?” she asked.",
            "“I borrowed N350,000 to plant that rice,” she said.",
        ],
    ),
    (
        "n125-nl-jan-fee",
        "The City Council voted 6-3 on Thursday night to require landlords to register every rental unit in the city and pay a $45 annual fee per unit, starting Jan. 1, 2028. The fee is expected to raise about $590,000 a year, according to a city staff memo.",
        [
            "The City Council voted 6-3 on Thursday night to require landlords to register every rental unit in the city and pay a $45 annual fee per unit, starting Jan. 1, 2028.",
            "The fee is expected to raise about $590,000 a year, according to a city staff memo.",
        ],
    ),
    (
        "n125-nl-budget-polls",
        "The budget would raise the school share of the property tax rate by 38 cents per $1,000 of assessed value, according to the city's finance office. Polls are open from 7 a.m. to 8 p.m. Absentee ballots can be returned to the clerk's office until Monday.",
        [
            "The budget would raise the school share of the property tax rate by 38 cents per $1,000 of assessed value, according to the city's finance office.",
            "Polls are open from 7 a.m. to 8 p.m.",
            "Absentee ballots can be returned to the clerk's office until Monday.",
        ],
    ),
]
