"""Seventy-third set of new hand-labelled pages for the hint engines (tuning set, round thirty-two): twelve WHOLE pages, head to tail, from twelve kinds of site whose furniture the sets are still thin on, each site's furniture worded its own way and placed at the head, inside the story and at the tail, around ordinary news with ordinary speakers and a fair share of checkable facts.

Written from scratch for issue 13 in round thirty-two, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under
`docs/`, no README and no benchmark was read, `claimreview` was never imported, and no test, scorer,
engine or `pytest` was run (the brief's folder also held a review note and a scoring script; neither
was opened). The format and the conventions were read from the module docstrings of
`labelled_new.py` and `labelled_new2.py` (printed whole), the module docstrings of
`labelled_new71.py` and `labelled_new72.py` (printed together, which the terminal cut in the middle,
then saved to files in /tmp and printed again with `sed` in parts; a few lines of the second one's
description of its seventh page fell in neither listing), the `STYLES` of those two files (each
line cut to 400 characters), their first two pages and their split cases (every line cut to 300 or
400 characters), `build` in `labelled_articles.py` (a `grep -n "def build" -A15` listing) and the
`[tool.ruff]` tables of `pyproject.toml` (a `grep -A20` listing). No other page, case or docstring
of any file under `tests/` was read. What was run: `ls tests/text | wc -l` and a listing of the file
names matching `labelled_new7*` and `labelled_heldout49/50`, `grep -n` for the line numbers of
`STYLES`, `ARTICLES`, `CASES` and the page brackets in the two recent files, read-only `git status
--short` runs (the first printed nothing, a later one listed four files under `claimreview/` as
modified by someone else, names only, none of them opened, and the last listed only this file and
one sibling set file as untracked), a Python one-liner printing the calendar of 2026 to check weekdays,
scripts of my own in /tmp that turn a small line format into the literals below and cut the split
cases out of the pages, a renaming script, an import of this file with `build` on every page, a
checking script of my own (four fields, flags, a cue for every speaker and a speaker for every cue,
no speaker on furniture, the sentence count, every split case occurring in a built page and joining
back to its text), whole-word case-insensitive searches of every capitalised word of these pages and
styles (each part of a hyphenated name on its own, and the lower-case brand and mail domains) over
`tests/` that printed file counts only, one run of such searches over eight coined names piped into
`sort | uniq -c` that printed only how many files each hit (to see whether the hits sat in one file;
they did not), and `ruff format` / `ruff check` on this file. The files the other writers are drafting at the
same time (`labelled_new74.py`, `labelled_heldout49.py`, `labelled_heldout50.py`) were never
opened; the last count-only pass over `tests/` covered the one of them that existed by then and
found none of this set's invented names in it.

Every person, small place, street, lane, pike, ridge, river, lake, ward, landfill site, school,
community centre, depot, weather station, ground, stand, retail park, club, supporters' trust,
partner, bookmaker, association, struggle committee, forum, society, charity, pub, outlet, station,
portal, newswire, newsletter platform, broker, data firm, company, mine, university, institute,
journal, song and number is invented (a first draft hit about seventy-five invented surnames, towns,
streets, outlets and companies of other files under `tests/`, and about forty-five of the replacements
tried next hit too; only replacements with no hit were used, and the whole list was searched
again). Real countries, regions, big cities, roads and public bodies appear only as settings, with
invented figures: the United States, Tennessee, Knoxville (in a weather widget), I-40 (in a traffic
ticker), the Tennessee Department of Environment and Conservation, the FCC (in a footer) and
Wisconsin; Chile, Santiago, Antofagasta, the CMF, Chile's Labor Ministry, Cochilco, the London Metal
Exchange and Toronto; England, London, the FTSE 250 and the Ministry of Housing, Communities and
Local Government; Nepal, Kathmandu, the Kathmandu Valley, Kathmandu Metropolitan City (KMC), Nuwakot,
Koshi and Bagmati provinces (in a headline), the Ministry of Federal Affairs and General
Administration, the Epidemiology and Disease Control Division (EDCD) and the Department of
Information and Broadcasting (in a registration line); Ireland, Co. Roscommon, Roscommon County
Council, the Office of Public Works (OPW) and Coimisiún na Meán (in a licensing line); the Football
Foundation; the Environment Act 2021; Finland, Lapland, the Finnish Environment Institute (Syke),
Ontario, North America and the Baltic Sea (in a related headline); Canada, Nova Scotia, Fisheries and Oceans Canada (DFO), Lobster Fishing
Areas 33 and 34, the Canadian Coast Guard, Environment Canada, Yarmouth and Shelburne counties and
China; Australia, Western Australia, Perth, DFES, Main Roads WA, Albany Highway and the Bureau of
Meteorology; Wales, Gwynedd, Cardiff, the Dee and the Financial Conduct Authority. Facebook, X,
WhatsApp, LinkedIn, the App Store and Google Play appear only as channels. No surname, town,
street, outlet, company, school, club or union of any file under `tests/` is reused (given names,
titles, real settings and common words such as "Courant", "Ledger", "Herald", "Review", "Mill",
"Cove", "Pike", "Rovers", "Seafoods" and "Minera" recur).

Each page is a WHOLE page as a new user pastes it after selecting all in a browser (one of them from
a print view saved as a PDF), so every furniture line is a paragraph of its own and "B", worded in
that site's way: a station brand, a watch-live strip, a weather widget and a heat advisory, a
traffic ticker, a video player, an app prompt with store badges, a sponsored strip and an FCC
footer; a portal's brand, menu, partner-content line, republishing note, reactions strip, a copper
price widget with its delay notice and a video strip; a gifted-article banner, a gift prompt that
ends in a question, a chart source and a copying-and-gift-rights notice; a Nepali-edition switch, a
date strip with the Bikram Sambat date, a forex and gold strip, Related News, a registration line
and an editor-in-chief line; a listen-live button, on-air and now-playing lines, a listen-back line
with an audio player, a text-the-show line, death notices and a competition; a next-match strip, a
season-ticket promo, a club TV link, a hashtag, partner and betting lines and a company number; a
cookie banner, a skip link, a press-release reference line, ENDS, notes to editors, media enquiries,
related pages and a was-this-page-helpful question; Date:, Source:, Summary:, FULL STORY, Story
Source:, Journal Reference: and a how-to-cite line; a newsletter's subscribe box, share and comment
strips, likes and reshares, a reader's comment and the platform's footer; a browser's print header,
a personal-use notice and URL footers with page counts between paragraphs; key events, an
emergency-information box, a pinned what-we-know box, time stamps, share-this-post lines, entry
bylines and an acknowledgement of country; a subscription offer, a read-time and listen line, an
in-this-issue line, three pull quotes and a bio. Every page also holds story sentences that LOOK
like furniture (a map note, a bottled-water site and its hours, a text-alert sign-up, a dividend
record date, a results date, a sandbag depot's hours, a text-alert tip, named-seat prices and a
shop's hours, a postcode look-up, a P.S. with a hearing time, a pets tip), labelled as story.
`STYLES` names the site, the story and the stresses of each page, in order.

(1) A US regional TV station in Tennessee: a water main break puts 14,000 customers under a
boil-water advisory. The widgets ("Knoxville   88°   Feels like 96°   Scattered storms", "Heat
Advisory until 8 p.m. EDT   ·   2 alerts ›" and a traffic ticker with "Rudder Mill Pk. at Stebbins
Rd. –") are "B" and do not split; the standfirst's "City says" carries "the City of Caddell
Springs", the name as the lead gives it with "said in a news release"; the video player's controls
and running time are "B" and its now-playing caption is scene, ""; "Water Director" is dropped, his
"two clean samples, 24 hours apart" is a testing rule of record inside a quote ("W") and the earliest
lifting date a forecast (""); the app prompt and store badges between paragraphs are "B"; "the
city said" is kept as written; the map note is a service tip ("") and the state department's boil
guidance is advice (""), while the bottled-water site ("1400 Ferrandle Ave., and") and its hours
are "W"; "city spokesperson" is dropped; a mother's private account and her question carry her;
the alert system's 9,200 numbers are "W" and the sign-up tip ("") carries the spokesperson; the
superintendent's "said in a message to families" is a cue as written; "according to the Crandle
County Health Department" (a rule, "W"); the council member's pledge and opinion are ""; "A
spokesperson for Mayor ..." is kept as written; "This story will be updated." and the tail are "B".

(2) A wire story republished on a web portal: a strike halts a Chilean copper mine. The portal's
furniture, its two-sentence republishing note (the second opening with the brand in lower case)
and its reactions strip are "B"; "SANTIAGO, June 9 (Verran) - ..." carries "the mine's largest
union" as the lead describes it; "Union No. 2, ..., said in a statement" and "It said" carry "Union
No. 2" ("4.5 million pesos ($4,780)" unsplit); the union president's quote "told Verran by phone" is
""; the copper widget and its delay notice are "B"; "said in a filing with Chile's market
regulator, the CMF," carries the company; the general manager's comparison of costs and price in a
statement is "W"; the video strip, "1:32" and "Advertisement" are "B"; "Analysts at Puertoseco
Capital estimated in a note" is an estimate (""); "by 1040 GMT," and "Metals Corp., fell" do not
split; "Chile's Labor Ministry said" is kept as written; "according to a Verran witness" (scene,
""); the assembly is a meeting of record ("W"); "state copper commission Cochilco" drops its
descriptor; the reporting line in brackets with semicolons is one "B" sentence.

(3) A UK paywalled business daily: a housebuilder cuts its profit forecast. The gifted-article
banner ("This article was gifted to you by a Ledger subscriber." / "Subscribe to read everything,
from £1 for your first four weeks.") is "B"; the standfirst's "group blames" carries "Marlstead
Homes"; "Marlstead, which builds ..., said in a trading update" and "It said" carry "Marlstead
Homes"; the chart title states a fact ("W") and its source is "B"; "Chief executive" is dropped with
"told analysts on a call"; the finance director's site cut is a decision ("W") and her net cash a
forecast (""); "Enjoying this gifted article?" / "Subscribe for full access from £1." are "B";
"Analysts at Vantrell Securities wrote in a note"; the analyst's "third downgrade in 12 months" is a
figure of record inside an opinion ("W"); the dividend's record date and the results date look like
furniture but are "W"; an unnamed shareholder and his "he said" carry "One of Marlstead's 20
largest shareholders"; "Marlstead declined to comment" carries the company; the copying notice in
three sentences, topics and the comment line are "B".

(4) An English-language daily in Nepal: garbage piles up as villagers block a landfill road. The
two-script strip, the date strip with "Jestha 4, 2083", the forex and gold strip ("Rs 137.42", "Rs
189,400 per tola") are "B"; the standfirst's "says metropolis" carries "Kathmandu Metropolitan City
(KMC)", as the lead names it with "according to"; "The metropolis said" keeps the later generic
noun; the villagers' demands are "W" without a source and "The Kholsidanda Landfill Affected
Struggle Committee ... says" carries the committee; the coordinator and the KMC spokesperson are
two men who speak in turn ("told the Herald over the phone", "said", "He said", "he said",
"Rijal-Ghimdal said", "Bastakoti-Aryal said ..., but declined to name it" as one sentence); the
ministry's statement and "It said" carry the ministry; a shopkeeper's question is ""; the EDCD's
risk statement and the operators' forum's suspension are "W"; "according to KMC records"; "Will
Tuesday's talks be the last?" has no speaker; the bio, tags, most read, "Regd. No. 412/073-74 at
the Department of Information and Broadcasting" and "Pvt. Ltd." before "All rights reserved." are
"B".

(5) An Irish local radio station: a town's flood relief scheme slips to 2029. The on-air line
("· 7am–10am"), the now-playing line, the listen-back line, "▶  0:00 / 8:14", the text-the-show line,
death notices and the licensing line are "B"; "according to the Office of Public Works", "The OPW
confirmed" (kept as written) and "It said" (the office's full name); "Speaking on The Eskerline
Morning Show, Cllr ... said" drops "Cllr" with the cue "said"; a shop owner's uninsurable shop is
private, ""; "An OPW spokesperson said" and "She said" carry the spokesperson (barriers from
November 1, "W"); the county council's sandbag hours and text-alert tip are service tips (""), with
"it said" resolved to "Roscommon County Council"; the rainfall reading is "W"; "So what happens if
this winter is like 2015?" has no speaker; the councillor's motion is a pledge ("").

(6) An English non-league football club's own site: planning permission for a new stand. The
next-match strip, the promo, the club TV link, the hashtag, partner and betting lines and "Company
No. 00487126" are "B"; the club's own voice without a verb of saying carries no speaker (capacity,
funding, start date, conditions, objections, park-and-ride: "W"), while "Threlmoor Town Football
Club is delighted to confirm" carries the club ("W") and "The club expects" is a forecast (""); the
chairman's "said:" opens a quote that runs over three paragraphs, its 1962 and its 1,486 letters
"W"; the manager is first named in an act and then quoted (""); the trust chair's "said:" is ""; the
named-seat price and count are "W" and the shop's hours a service tip (""); the club's thanks are "".

(7) An English district council's online newsroom: three-weekly black-bin collections. The cookie
banner in two sentences with its buttons, the skip link, "Press release   ·   Published: 3 March
2026   ·   Ref: PR26/041", "ENDS", media enquiries and the was-this-page-helpful question are "B";
the release's own voice carries no speaker ("Monday (2 March)." ends a sentence); "The council
expects" is a forecast (""); "An analysis of black bins carried out for the council in 2025 found"
keeps "An analysis of black bins"; the cabinet member's "said:" quote runs over three paragraphs
(the 4,212 residents and the six in ten "W", the half-empty bin ""); the postcode look-up is a
service tip (""); the contractor's manager's fleet figures are "W"; notes to editors have their
title "B", pointer notes "B" and notes stating facts "W".

(8) A science-news site: a study finds Finnish lakes' ice season has shortened by almost four
weeks. "Date:", "Source:", "Summary:" and "FULL STORY" are "B" and the summary sentence states the
result ("W"); "according to a study of ice records from 31 lakes published this week in ..." keeps
the study whole; "They found" carries "The researchers"; the caption is scene and its credit ("/ J.
Peltomaa-Rinne") "B"; "lead author Dr." and "Co-author Prof." are dropped; "The team ... found" ("1
°C" unsplit); "He noted"; "The authors wrote" a possibility (""); the outside expert's "every one of
them tells the same story" restates a result ("W"); the Story Source: block, the journal reference
with "et al." as one sentence and the how-to-cite line are "B".

(9) A local-politics newsletter on a publishing platform in Wisconsin: a library cut found on page
214 of a city budget. The platform's subscribe box, share and comment strip, counts, the comment
with its user line and the footer are "B"; the subtitle splits after "plan." and "Here's what the
numbers say." is a teaser (""); the writer's own claims carry no speaker, labelled by content ("I
checked, and that's true for ..." "W", "I'll say what I think: ..." ""); "which says library funding
is “stable.”" carries "the mayor's budget message" with "says"; "According to the table";
"Library director" is dropped with "told me"; her data claim inside a quote is "W"; "So why
Wolfsberry?" has no speaker; the council member's amendment is a pledge (""); "A spokesperson for
the mayor, Lena Thorsdottir-Kuehn, said in an email" carries her; "P.S. The budget hearing is
Tuesday, Oct. 6, at 6 p.m. in ..., 200 W. Muskellunge Ave., and ..." is one "W" sentence.

(10) A Canadian community newspaper's article printed from its print view: a storm delays the
lobster season. The print header ("11/30/2026, 7:52 AM   ... | The Saltspray Courant"), the
personal-use notice, the URL footers with "1/2" and "2/2" and the header of the second page between
paragraphs are "B"; the standfirst's "Fisheries department says" carries "Fisheries and Oceans
Canada (DFO)"; "Nov. 29, 2026 6:41 p.m." and "N.S. —" do not split; "DFO said in a statement" keeps
"DFO" and "It said" goes to the full name; the association's vote is "W" and its president's quotes
""; "according to the Atlantic Fishing Safety Council"; the buyer's expected price with last year's
price of record and her market claim are "W"; a fisher is described in an act and his own costs are
private (""); "And if the wind doesn't drop by Wednesday?" has no speaker; "A DFO spokesperson said".

(11) An Australian broadcaster's live page: an emergency warning as a bushfire crosses a road. Key
events with relative times, the emergency-information box, "Pinned", the box title, time stamps,
entry bylines, share-this-post lines and the reporter's self-introduction are "B"; the box's three
bullets of fact are "W" and its wind forecast ""; entry headlines are labelled like headlines, and
"‘It's the worst I've seen it,’ says incident controller" and "‘We just grabbed the dog and the
photos,’ says Jarrahdene resident" carry the people the entries name; "DFES says" ("3:15pm and"
unsplit); "the emergency warning says" keeps the warning (advice, ""); "told reporters" and a
quote with 140 firefighters ("W"); "the shire said" (a pets tip, ""); "Shire president" dropped;
"Main Roads WA says" and "Drivers are asked to avoid the area." without a source (""); a resident
described in an act and then quoted over two paragraphs with "told Ninecoast News", the question
inside it hers; "The Bureau of Meteorology says" ("41.6C", "65km/h") and "the bureau says" a
forecast ("").

(12) A UK magazine's long-read feature in north Wales: a village's community-owned pub two years on.
The subscription offer, read time, in-this-issue and listen lines, three pull quotes (each repeating
a line of the story), "Advertisement", the newsletter sign-up, the two-sentence bio and the tail
are "B"; the dek's two sentences are "W"; scene in the present tense is ""; the buy-out's figures
are "W" without a speaker; "says Huw Pennal-Roberts, the society's treasurer, ..." after a quote
with a break-even sum ("W"); "according to the society's accounts, which are filed with ..." keeps
"the society's accounts"; "according to an analysis of licensing records by the charity Tafarnau
Byw" is kept whole and "the charity says" as written; a farmer is named in an act and then speaks
with "he says"; the manager, first named in the scene, later "says Gwaenydd"; "Pennal-Roberts says"
in the middle of a sentence with the electricity bill and the vote ("W"); the minutes shown to the
writer are "W" without a speaker; "Would the village manage without it now?" has no speaker.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py`, `labelled_new71.py` and `labelled_new72.py` hold too, as their
docstrings state them (furniture "B" line by line, gates, asks, widgets, players, recirculation
strips and provider credits included; captions by content and credits "B"; standfirsts labelled
like headlines, never split at a semicolon, a verb of saying in them carrying the source as the body
names it; titles, ranks, honorifics and roles dropped from speakers; a pronoun, a later surname or a
role resolved to the full name as first given; organisations, documents and data kept as written,
"according to X" -> X, "It" resolved to the name as first given, a later generic noun kept as
written; a quote over several sentences or paragraphs carrying its speaker and cue, a question inside
it too; "declined to comment" and the like labelled like speech with flags ""; plans, votes,
decisions and figures of record "W"; forecasts, estimates, hopes, pledges, opinions, feelings,
scene, private circumstances, questions and advice ""; a figure of record inside an opinion or a
quote "W"; a named person acting or described, with no verb of saying, carries no speaker; boxes
with their titles "B"; live-blog time stamps "B" and entry headlines labelled like headlines; story
that looks like furniture labelled as story).

Conventions this set had to settle, in the same spirit:

* An organisation's own page. On a club's site or in a council's press release the page is the
  organisation's own voice: its sentences carry no speaker unless they have a verb of saying; when
  they do, the organisation is the speaker as written ("Threlmoor Town Football Club is delighted to
  confirm" with that cue, "The club expects", "The council expects", both forecasts, "").
* "said:" before a quote. "Chairman Geoffrey Pannifer said: “...." is one sentence carrying him with
  the cue "said", and the quote's further paragraphs carry him too.
* Notes to editors. "ENDS", the "Notes to editors" title and the media-enquiries lines are "B"; a
  numbered note that only points somewhere ("... are available on the council's website", "...
  available on request") is "B", one that states a fact of record is "W" without a speaker, like a
  bullet of a box; the number and its full stop open the sentence and never stand alone.
* Pull quotes are "B" even when they repeat a sentence of the story word for word or nearly.
* Print views. The browser's print header (date, time, page title), the personal-use notice and a
  URL footer with its page count are "B" wherever the page break puts them, between paragraphs
  included.
* Newsletters. The writer's own sentences carry no speaker and are labelled by content; "told me" is
  a cue as written; a "P.S." sentence is story; the platform's boxes, counts and reader comments are
  "B".
* Science news. "Summary:" is "B" and the summary sentence is labelled by content; "Story Source:"
  and its two sentences are "B"; "They found" resolves to "The researchers" as the sentence before
  names them (without the clause set off by commas).
* Live pages. A key-events list is "B" line by line (each line is a link); a standing
  emergency-information box is "B"; the reporter's self-introduction in the first entry is "B", like
  an entry byline; "the emergency warning says" keeps the warning, a document, as written; a headline
  quote with "says <role>" carries the person the entry names.
* Radio. On-air and now-playing lines, the listen-back line and its audio player, a text-the-show
  line and death notices are "B"; "Speaking on <show>, X said" takes the cue "said".
* Unnamed people. "An OPW spokesperson said" followed by "She said", and "One of Marlstead's 20
  largest shareholders ..., said" followed by "he said", carry the description as first given.
* Short names. A later short form of a company's name ("Marlstead said") resolves to the name as
  first given ("Marlstead Homes"), like a surname; initials written as the subject ("The OPW",
  "DFO", "KMC records") are kept as written, and "It" goes to the full name as first given.
* "is delighted to confirm", "expects", "estimated in a note", "wrote in a note", "told analysts on
  a call", "said in a trading update", "said in a filing", "said in a message to families", "said in
  a news release", "said in an email", "told me", "told Verran", "told the Herald", "told reporters",
  "told Ninecoast News", "noted", "found", "confirmed" and "blames" are cues as written; "says" in
  the present tense of a magazine feature is a cue like "said".

Splits. "8 p.m. EDT", "Rudder Mill Pk. at Stebbins Rd. –", "Tenn. (WHNQ) —", "4:10 a.m. and", "9:30
a.m. but", "1400 Ferrandle Ave., and", "June 9 (Verran) -", "Union No. 2,", "4.5 million pesos
($4,780)", "140 km (87 miles)", "1040 GMT,", "Metals Corp., fell", "212.4p", "£265mn", "Rs 137.42",
"Rs 189,400", "KATHMANDU, May 18 -", "07:45", "Regd. No. 412/073-74", "7am–10am", "▶  0:00 / 8:14",
"(2 March).", "1. The", "2. Sedgeworth", "Dr. Aino", "Prof. Mikko", "/ J. Peltomaa-Rinne", "1 °C",
"et al. Six decades", "9 (2): 114 DOI: 10.5521/crll.2026.0114", "P.S. The", "Oct. 6, at 6 p.m. in",
"200 W. Muskellunge Ave., and", "11/30/2026, 7:52 AM", "Nov. 29, 2026 6:41 p.m.", "N.S. —", "90
km/h,", "/The Saltspray Courant", "3:15pm and", "41.6C" and "24:10" never split a sentence; nor do
"Company No. 00487126" or "Ref: PR26/041". "by 11 a.m." before "Marisol", "at 6:45 a.m." before "He said",
"after 10pm." before "It also", "from 9am to 4pm." before "Residents", "2024/25." at the end of a
line, "Pvt. Ltd." and "Inc." before "All rights reserved.", "plan." before "Here's", a question in
furniture before a capital ("Enjoying this gifted article?" / "Subscribe ...", "Was this page
helpful?" / "Yes   No") and a question inside a quote before a capital ("“Is the house still there?"
/ "Nobody can tell us.”") end one.

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each taken word for word from
these pages (consecutive lines joined by a newline, sentences of one line by a space) and written
the same way as in `labelled_new71.py` and `labelled_new72.py`: what a reviewer wants, not what the
engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "US regional TV station's news page in Tennessee, a 24-inch water main break puts 14,000 customers under a boil-water advisory (station brand with channel number, a watch-live, app and sign-in strip, a weather widget with a feels-like temperature, a heat advisory line, a traffic ticker with Hwy., Pk. and Rd., menu, section label, headline with a figure, standfirst carrying the city through says, byline with the station, published line with AM EDT and a relative update, share strip, a video player with a now-playing scene, running time and controls, a Tenn. (WHNQ) dateline carrying the city through said in a news release, according to the city's water department, a role dropped and a quote with a testing rule of record, an app prompt with store badges between paragraphs, the city kept as written, a map note and boil guidance by the state department as advice, a bottled-water site with Ave. in mid-sentence and its hours as a fact of record, a spokesperson named after her role, ADVERTISEMENT, scene at a community center, a mother's private account and a question, an alert system's count of record and a sign-up tip in the story, a superintendent's message to families, the county health department's rule, the third break and a budget vote of record, a council member's pledge and opinion, a spokesperson for the mayor kept as written with a news conference time, an update note, copyright in two sentences, report-a-typo, related coverage, a sponsored strip and the station's footer)",
    "wire story republished on a web portal's money section, a strike halts output at a Chilean copper mine as wage talks collapse (portal brand in lower case, search line, mail, weather and sign-in strip, portal menu, crumb, a partner-content line with the wire's name, headline, byline and a date line with GMT+2 and a read time, the portal's republishing note in two sentences with its brand in lower case, a reactions strip, a SANTIAGO, June 9 (Verran) - dateline carrying the union as the lead describes it, Union No. 2 with a designation, pesos with dollars in brackets, It resolved to Union No. 2, a filing with the CMF carrying the company, a quote told to the wire by phone and a quote in a statement with a comparison of record, a copper price widget with a delay notice, a portal video strip with a running time, Advertisement, analysts' estimate in a note, the LME price at 1040 GMT, Corp. in mid-sentence, the ministry kept as written, a wire witness, a descriptor dropped before Cochilco, an assembly of record, the wire's reporting line with semicolons, the wire copyright, a reactions poll, more-for-you list and the portal footer)",
    "UK paywalled business daily's site, a listed housebuilder cuts its profit forecast and its shares fall 18 per cent (masthead, subscribe and sign-in strip, menu, crumb, a gifted-article banner in two sentences with a price, headline with a percentage, standfirst carrying the company through blames, byline with the city, published line, save, share and print strip, lead with p and FTSE 250, a later short name resolved to the company's full name with said in a trading update, mn and a per-outlet sales rate, a recommended strip, a chart title stating a fact with its source credit, a chief executive told analysts on a call and a quote with a semicolon, a finance director's decision of record and a forecast, a gift prompt that ends in a question before a capital, analysts wrote in a note, an analyst at the broker with a figure of record inside an opinion, data from a mortgage-data firm, rivals' falls, a dividend record date and a results date that look like furniture, a ministry's figures, an unnamed shareholder with a pronoun, declined to comment, copyright, the copying and gift-rights notice in three sentences, topics and a comment line for gifted readers)",
    "English-language daily in Nepal, garbage piles up in the Kathmandu Valley as villagers block the road to a landfill for a sixth day (a Nepali-edition, e-paper and sign-in strip in two scripts, masthead, date strip with the Bikram Sambat and the Gregorian date, a forex, gold and weather strip with Rs and a tola, menu, section label, headline, standfirst carrying the metropolis through says, byline, published and updated line with a space before the colon, share strip, caption and photo credit, a KATHMANDU, May 18 - dateline with according to Kathmandu Metropolitan City (KMC), a later generic noun kept as written, a struggle committee through says, Rs in millions, told the Herald over the phone with a figure of record inside a quote, two men in turn, advice inside a quote, an inline Related News strip, a ministry's statement and It resolved, Advertisement, scene in the old city, a shopkeeper's question, a health division with initials, a private operators' forum, KMC records, the paper's question, declined to name it inside a said sentence, a bio, tags, most read, a registration line with Regd. No., an editor-in-chief line and copyright with Pvt. Ltd.)",
    "Irish local radio station's news page in Co. Roscommon, a town's flood relief scheme is pushed back to 2029 and its cost more than doubles (station brand with frequency, a listen-live button, an on-air-now line with the show, presenter and hours, a now-playing line with artist and song, menu with death notices and competitions, section label, headline with a year, byline, date line with a 24-hour time, share strip, according to the Office of Public Works, The OPW confirmed and It resolved to the office's name, € in millions, a councillor speaking on the station's show with Cllr dropped, a listen-back line with an audio player and its running time, a shop owner's private account, An OPW spokesperson and She resolved to the spokesperson, Roscommon County Council with a sandbag service tip and a text-alert tip in the story, a text-the-show line between paragraphs, Advertisement, a rainfall reading with mm, the paper's question, a motion as a pledge, a public exhibition date of record, more local news, a death notices list, a competition, a licensing line, copyright and a footer)",
    "English non-league football club's own site, the club announces planning permission for a new 1,200-seat stand (club name in capitals, club menu with tickets, shop and club TV, a next-match strip with KO and a ticket link, news menu with the table, section label, headline with Club statement: and a figure, date and Club Media line, share line, the club's own voice with is delighted to confirm carrying the club, capacity and funding figures of record without a speaker, a chairman said: with a quote opening after the colon and a figure of record inside it, a season-ticket promo with an emoji between paragraphs, a start date of record and The club expects as a forecast, a manager's scene and opinion, conditions with 10pm, objections of record, a park-and-ride plan, a club TV link in two sentences, the supporters' trust chair's request, a named-seat price and count and a shop's opening hours in the story, the club's thanks, a hashtag line, latest news, partner and betting lines with 18+, copyright and a registration line with Company No.)",
    "English district council's online newsroom, a press release on three-weekly black-bin collections and a weekly food waste service (a cookie banner in two sentences with its buttons, skip link, council name, search line, service menu, crumb with >, headline with a date, press-release label with Published: and a reference number, a caption and its credit in brackets, the council's own voice without a speaker, dates with a weekday and a bracketed date, litres, a recycling rate with a year range, The council expects as a forecast, an analysis named by its head with found, a cabinet member said: with a quote over three paragraphs carrying a consultation count and result of record, an exemption and an opening date of record, a postcode look-up as a service tip, a contractor's manager said: with a fleet figure, ENDS, notes to editors with numbered notes by content, a media-enquiries block with an out-of-hours number, a related-pages box, a share line, a was-this-page-helpful question and the footer)",
    "science-news site, a study of ice records from 31 Finnish lakes finds the ice season has shortened by almost four weeks since the 1960s (site brand with a tagline, topic menu, search and subscribe strip, crumb, headline with figures, a Date: line, a Source: line naming the institution, a Summary: label with its summary sentence stating the result, share line, a FULL STORY label, according to a study kept whole as written, an institute with its initials in brackets, a pronoun resolved to the researchers, a year range with an en dash, a caption with a credit that has an initial after a slash, lead author Dr. dropped with said after the quote, figures per decade, The team found with °C, Advertisement, Prof. dropped with said and noted, The authors wrote as a possibility, an outside expert with Dr. dropped and a quote with a figure of record, the study's limits, a Story Source: block in two sentences, a Journal Reference: line with et al. and a DOI, a how-to-cite line, related topics, related stories, a newsletter line and the footer)",
    "local-politics newsletter post on a publishing platform in Wisconsin, a city budget's library cut is found in a table on page 214 (newsletter name, subscribe and sign-in strip, title stating the cut, a two-sentence subtitle with a teaser, author line, date line, a likes, comments and reshares strip, the writer's own claims in the first person with no speaker, a budget message through says with a one-word quote, the writer's aside, the platform's subscribe box in three lines between paragraphs, according to the table and the library's annual report, a director told me with a data claim inside her quote, the writer's own check of her figures, the writer's question, a share and comment strip, a council member's amendment as a pledge, a spokesperson named after her role said in an email with a figure of record, the writer's opinion, a P.S. with Oct., p.m., W. and Ave. that looks like furniture but states a hearing of record, a forward-and-schedule line, likes and reshares, a comment header, a comment with its user line and reply strip, copyright, legal links and the platform's footer)",
    "Canadian community newspaper's article printed to PDF from its print view, a storm delays the opening of the lobster season in southwest Nova Scotia (the browser's print header with a date, time and page title, masthead, a personal-use notice in two sentences with a reprints address, crumb, headline, standfirst carrying the department through says, byline, published and last-updated line with Nov. and p.m., a caption and a Photo by credit with a slash, an N.S. — dateline carrying Fisheries and Oceans Canada (DFO), Lobster Fishing Areas with numbers, DFO said in a statement and It resolved to the full name, the print footer with the URL and 1/2 and the next page's header between paragraphs, an association president's count of record and quotes with feet, traps and metres, according to a safety council, a buyer's opening price with last year's price of record and a market claim, a fisher described on the wharf and his private costs, the paper's question, a wind warning of record with km/h, A DFO spokesperson with a closing date of record, according to provincial figures, copyright with Inc. and the last print footer)",
    "Australian broadcaster's live page in Western Australia, an emergency warning as a bushfire crosses a road towards a town (broadcaster brand, watch, listen and sign-in strip, menu with an emergency item, LIVE label, headline, a key-events list with relative times, an emergency-information box, share strip, a pinned what-we-know box with its title, three bullets of fact and a forecast bullet, entry bylines, time stamps with pm and am, entry headlines labelled like headlines, DFES says, the emergency warning says as advice, share-this-post lines, a headline quote carrying the incident controller through says, told reporters with a figure of record inside a quote, the shire with a pets tip, a shire president's count, Main Roads WA says and advice without a source, a resident's headline quote through says, her scene and quotes told to the broadcaster with a question inside, The Bureau of Meteorology says with C and km/h and the bureau kept as written for a forecast, a fire danger rating, the opening entry with the reporter's self-introduction, show-more and back-to-top lines, top stories, an acknowledgement of country and the footer)",
    "UK magazine's long-read feature in north Wales, two years after 412 villagers bought and reopened their last pub (masthead in capitals, a subscription offer with a price, menu, section and long-read labels, headline stating a fact, a two-sentence dek with a figure, byline and photographs credit, date and read-time line, an in-this-issue line, a listen line with a running time, scene-setting in the present tense, facts of record without a speaker, three pull quotes between paragraphs repeating lines of the story, says in the present tense with the speaker named after the quote, a break-even sum of record inside a quote, according to the society's accounts with a clause after it, according to an analysis kept whole as written, the charity says, Advertisement, a newsletter sign-up, a named farmer who acts and then speaks, a post office counter of record, a manager's private background, an electricity bill and a vote of record in a says sentence, minutes shown without speech, the writer's question, a two-sentence bio, more from the issue, topics and copyright)",
]

ARTICLES = [
    [  # 1. US regional TV station's news page in Tennessee, a 24-inch water main break puts 14,000 customers under a boil-water advisory
        [("WHNQ 9 News", "", "", "B")],
        [("Watch Live: WHNQ 9 News at Noon   |   Get the App   |   Sign In", "", "", "B")],
        [("Knoxville   88°   Feels like 96°   Scattered storms", "", "", "B")],
        [("Heat Advisory until 8 p.m. EDT   ·   2 alerts ›", "", "", "B")],
        [("TRAFFIC   ·   I-40 W near Exit 398 – crash, two left lanes blocked   ·   Rudder Mill Pk. at Stebbins Rd. – signal out", "", "", "B")],
        [("News   Weather   Traffic   Sports   9 Investigates   Community   Contests", "", "", "B")],
        [("LOCAL NEWS", "", "", "B")],
        [("Boil-water advisory for 14,000 Caddell Springs customers after 24-inch main breaks", "", "", "W")],
        [("City says tests may not clear the water before Friday; bottled water handed out at two sites", "the City of Caddell Springs", "says", "W")],
        [("By Kendra Quarnvale-Troutt, WHNQ 9 News Reporter", "", "", "B")],
        [("Published: Aug. 12, 2026 at 11:42 AM EDT   |   Updated: 2 hours ago", "", "", "B")],
        [("Share   Facebook   X   Email   Copy Link", "", "", "B")],
        [("▶ Play", "", "", "B")],
        [("Now playing: Crews dig out the broken main under Rudder Mill Pike on Wednesday morning", "", "", "")],
        [("1:47", "", "", "B")],
        [("Captions   Settings   Full Screen", "", "", "B")],
        [("CADDELL SPRINGS, Tenn. (WHNQ) — About 14,000 water customers in Caddell Springs are under a boil-water advisory after a 24-inch main broke early Wednesday, the City of Caddell Springs said in a news release.", "the City of Caddell Springs", "said in a news release", "W"),
         ("The break, under Rudder Mill Pike near Stebbins Road, was reported at 4:10 a.m. and drained the Cobbin Ridge storage tank to about a third of its level by sunrise, according to the city's water department.", "the city's water department", "according to", "W")],
        [("Water Director Lyle Pennebrook said crews had isolated the break by 9:30 a.m. but that pressure had dropped below 20 psi across much of the system, which can let contaminants into the lines.", "Lyle Pennebrook", "said", "W"),
         ("“Once the pressure drops that low, we have to assume the water isn't safe until the lab tells us it is,” he said.", "Lyle Pennebrook", "said", ""),
         ("“That takes two clean samples, 24 hours apart.”", "Lyle Pennebrook", "said", "W")],
        [("He said the earliest the advisory could be lifted was Friday afternoon.", "Lyle Pennebrook", "said", "")],
        [("Get breaking news alerts on your phone: download the free WHNQ 9 News app.", "", "", "B")],
        [("Download on the App Store   |   Get it on Google Play", "", "", "B")],
        [("The advisory covers all customers east of the Cumbrook River and the Cobbin Ridge and Sadler Cove neighborhoods, the city said.", "the city", "said", "W"),
         ("A map of the affected area is posted on the city's website and its Facebook page.", "", "", "")],
        [("Customers should bring tap water to a rolling boil for one minute before drinking it, making ice or brushing teeth, according to the Tennessee Department of Environment and Conservation.", "the Tennessee Department of Environment and Conservation", "according to", "")],
        [("Bottled water is being handed out until 7 p.m. at Caddell Springs High School, 1400 Ferrandle Ave., and at the Sadler Cove Community Center.", "", "", "W"),
         ("Each household can take two cases, city spokesperson Dana Wedderly-Irby said.", "Dana Wedderly-Irby", "said", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("At the community center, volunteers from two churches loaded cases of water into the trunks of cars that were lined up along Scoggin Lane by 11 a.m.", "", "", ""),
         ("Marisol Ochoterena-Bly, who has a 4-month-old daughter, said she had already used the last of the bottled water she keeps for the baby's formula.", "Marisol Ochoterena-Bly", "said", ""),
         ("“I found out from a neighbor's Facebook post at 7 o'clock,” she said.", "Marisol Ochoterena-Bly", "said", ""),
         ("“Why didn't anybody call us?”", "Marisol Ochoterena-Bly", "said", "")],
        [("Pennebrook said the city's emergency notification system sent a text and a recorded call to 9,200 phone numbers at 6:45 a.m.", "Lyle Pennebrook", "said", "W"),
         ("He said customers who had not signed up for the system, or who had changed numbers, would not have received either.", "Lyle Pennebrook", "said", ""),
         ("Residents can sign up for the alerts by texting CSWATER to 67283 or on the city's website, Wedderly-Irby said.", "Dana Wedderly-Irby", "said", "")],
        [("Three schools in the advisory area will dismiss students at noon Wednesday and stay closed Thursday, Superintendent Rhonda Druvey-Kemmerlin said in a message to families.", "Rhonda Druvey-Kemmerlin", "said in a message to families", "W"),
         ("Restaurants inside the area must use bottled or boiled water for cooking, ice and drinks until the advisory is lifted, according to the Crandle County Health Department.", "the Crandle County Health Department", "according to", "W")],
        [("It is the third main break in Caddell Springs since March.", "", "", "W"),
         ("The city council approved $6.8 million in January to replace about 4 miles of cast-iron pipe laid in the 1950s, including the section that broke Wednesday, but the work is not scheduled to start until October.", "", "", "W")],
        [("Council member Troy Gaddeston-Mulkerrin said he would ask the council on Monday to move the start date up.", "Troy Gaddeston-Mulkerrin", "said", ""),
         ("“We knew this pipe was bad,” he said.", "Troy Gaddeston-Mulkerrin", "said", ""),
         ("“We voted to fix it, and then we put it in a line.”", "Troy Gaddeston-Mulkerrin", "said", "")],
        [("A spokesperson for Mayor Glenda Fourtney-Zabrocki said the mayor would speak to reporters at the site of the break at 3 p.m.", "A spokesperson for Mayor Glenda Fourtney-Zabrocki", "said", "W")],
        [("This story will be updated.", "", "", "B")],
        [("Copyright 2026 WHNQ.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Report a typo or error", "", "", "B")],
        [("RELATED COVERAGE", "", "", "B")],
        [("Caddell Springs council approves $6.8 million to replace aging water pipes", "", "", "B")],
        [("Sponsored by Tidewick", "", "", "B")],
        [("Tennessee homeowners are switching to this roof coating before winter", "", "", "B")],
        [("About Us   |   Contact Us   |   FCC Public File   |   EEO Report   |   Closed Captioning", "", "", "B")],
    ],
    [  # 2. wire story republished on a web portal's money section, a strike halts output at a Chilean copper mine as wage talks collapse
        [("orbitly", "", "", "B")],
        [("Search the web", "", "", "B")],
        [("Mail   Weather 14°C   Sign in", "", "", "B")],
        [("Home   News   Money   Sport   Entertainment   Lifestyle   Travel   Autos   Video", "", "", "B")],
        [("Money  ›  Markets", "", "", "B")],
        [("Partner content from Verran", "", "", "B")],
        [("Strike halts output at Chile's Alcones copper mine as wage talks collapse", "", "", "W")],
        [("By Tomás Ilabaca-Renner", "", "", "B")],
        [("Tue, June 9, 2026 at 1:12 PM GMT+2  ·  4 min read", "", "", "B")],
        [("This article was republished from a partner feed.", "", "", "B"),
         ("orbitly editors have not changed its text, only its headline.", "", "", "B")],
        [("👍 Like   💬 Comment   ↗ Share", "", "", "B")],
        [("SANTIAGO, June 9 (Verran) - Workers at the Alcones copper mine in northern Chile walked off the job on Tuesday after wage talks with operator Minera Ruqalto broke down, halting a pit that produced 312,000 metric tons of copper last year, the mine's largest union said.", "the mine's largest union", "said", "W")],
        [("Union No. 2, which represents 1,140 of the mine's 1,650 permanent workers, said in a statement that the company's final offer of a 2.1% real wage rise and a one-off bonus of 4.5 million pesos ($4,780) per worker fell far short of its demands.", "Union No. 2", "said in a statement", "W"),
         ("It said workers had asked for a 4.8% raise and a bonus of 9 million pesos.", "Union No. 2", "said", "W")],
        [("“We are not going back to work for a bonus our members would spend in a month,” union president Rodrigo Alcaíno-Vergara told Verran by phone.", "Rodrigo Alcaíno-Vergara", "told Verran", ""),
         ("The mine lies about 140 km (87 miles) east of the port city of Antofagasta.", "", "", "W")],
        [("COPPER   9,742.50   +115.50 (+1.20%)", "", "", "B")],
        [("Quote data delayed at least 15 minutes.", "", "", "B")],
        [("Minera Ruqalto said in a filing with Chile's market regulator, the CMF, that it had started a contingency plan under which about 400 contractors and supervisors would keep the concentrator running at reduced rates.", "Minera Ruqalto", "said in a filing", "W")],
        [("“We have made our best offer, in a year in which costs at the operation have risen faster than the copper price,” general manager Ingrid Valdebenito-Hoch said in a statement.", "Ingrid Valdebenito-Hoch", "said in a statement", "W"),
         ("“The door remains open.”", "Ingrid Valdebenito-Hoch", "said in a statement", "")],
        [("Related video: What a copper strike means for the price of your next phone (Verran Video)", "", "", "B")],
        [("1:32", "", "", "B")],
        [("Advertisement", "", "", "B")],
        [("Analysts at Puertoseco Capital estimated in a note that a two-week stoppage would cut about 12,000 tons from Chile's output, roughly 0.2% of the country's annual production.", "Analysts at Puertoseco Capital", "estimated in a note", ""),
         ("Benchmark three-month copper on the London Metal Exchange rose 1.2% to $9,742.50 a metric ton by 1040 GMT, its highest since April 22.", "", "", "W")],
        [("Shares in the mine's Toronto-listed majority owner, Ardentine Metals Corp., fell 3.4% in premarket trading.", "", "", "W")],
        [("Chile's Labor Ministry said it had offered to mediate and that both sides had agreed to meet again on Thursday.", "Chile's Labor Ministry", "said", "W"),
         ("The mine's last strike, in 2021, lasted 19 days.", "", "", "W")],
        [("At the mine's gate, about 300 workers stood around braziers on Tuesday morning under a banner reading “A fair share of the copper,” according to a Verran witness.", "a Verran witness", "according to", "")],
        [("Alcaíno-Vergara said the union would hold an assembly on Wednesday to vote on whether to block the mine's access road.", "Rodrigo Alcaíno-Vergara", "said", "W")],
        [("Chile, the world's biggest copper producer, mined 5.3 million tons of the metal in 2025, according to state copper commission Cochilco.", "Cochilco", "according to", "W")],
        [("(Reporting by Tomás Ilabaca-Renner in Santiago; additional reporting by Darío Yévenes-Montecinos in Antofagasta; editing by Harriet Olusanmi-Cradock)", "", "", "B")],
        [("© Verran 2026", "", "", "B")],
        [("What's your reaction?", "", "", "B")],
        [("👍 12   😮 4   😡 2", "", "", "B")],
        [("More for you", "", "", "B")],
        [("Gold slips as dollar firms ahead of US jobs data", "", "", "B")],
        [("Airline shares fall after fuel bill warning", "", "", "B")],
        [("orbitly   Privacy & Cookies   Terms of Use   Advertise   © 2026 orbitly", "", "", "B")],
    ],
    [  # 3. UK paywalled business daily's site, a listed housebuilder cuts its profit forecast and its shares fall 18 per cent
        [("The Tallystone Ledger", "", "", "B")],
        [("Subscribe   Sign in", "", "", "B")],
        [("Home   World   UK   Companies   Markets   Opinion   Work & Careers   Life & Arts", "", "", "B")],
        [("Companies  ›  Housebuilding", "", "", "B")],
        [("This article was gifted to you by a Ledger subscriber.", "", "", "B"),
         ("Subscribe to read everything, from £1 for your first four weeks.", "", "", "B")],
        [("Marlstead Homes shares slump 18% after housebuilder cuts profit forecast", "", "", "W")],
        [("FTSE 250 group blames weak spring bookings and higher mortgage rates for shortfall in sales", "Marlstead Homes", "blames", "W")],
        [("Imogen Strathcarrow in London", "", "", "B")],
        [("Published March 19 2026", "", "", "B")],
        [("Save   Share   Print", "", "", "B")],
        [("Shares in Marlstead Homes fell as much as 18.3 per cent to 212.4p on Thursday after the FTSE 250 housebuilder cut its profit forecast for the year.", "", "", "W")],
        [("Marlstead, which builds about 7,000 homes a year from 14 regional offices, said in a trading update that it now expected adjusted pre-tax profit of about £265mn for 2026, down from the £340mn to £355mn it forecast in January.", "Marlstead Homes", "said in a trading update", "W"),
         ("It said net private reservations per outlet per week, a measure of sales closely watched by investors, fell to 0.51 in the 11 weeks to March 15 from 0.68 a year earlier.", "Marlstead Homes", "said", "W")],
        [("Recommended", "", "", "B")],
        [("Housebuilders face a spring of smaller deposits and longer chains", "", "", "B")],
        [("Chart: Marlstead's shares have lost more than a third of their value this year", "", "", "W")],
        [("Source: Ledger Markets Data", "", "", "B")],
        [("Chief executive Nicholas Fairburn told analysts on a call that buyers were “taking longer to commit” and that the share of reservations later cancelled had risen to 19 per cent, from 14 per cent last spring.", "Nicholas Fairburn", "told analysts on a call", "W"),
         ("“The demand is there; people still want a new home,” he said.", "Nicholas Fairburn", "said", ""),
         ("“What has changed is how much the bank will lend them.”", "Nicholas Fairburn", "said", "")],
        [("Finance director Ruth Tannadice said the group would open 38 new sites this year instead of 52 and would hold back about £120mn of spending on land.", "Ruth Tannadice", "said", "W"),
         ("She said net cash at the end of the year should be between £180mn and £220mn.", "Ruth Tannadice", "said", "")],
        [("Enjoying this gifted article?", "", "", "B"),
         ("Subscribe for full access from £1.", "", "", "B")],
        [("Analysts at Vantrell Securities wrote in a note that the new forecast was about 22 per cent below the average of brokers' estimates before the update.", "Analysts at Vantrell Securities", "wrote in a note", "W"),
         ("“This is the third downgrade in 12 months, and the market will struggle to believe there won't be a fourth,” said Priyanka Dolaghan-Reis, an analyst at the broker.", "Priyanka Dolaghan-Reis", "said", "W")],
        [("The average two-year fixed mortgage rate for a buyer with a 10 per cent deposit rose to 5.41 per cent in March from 4.97 per cent in January, according to data from Hearthstat.", "data from Hearthstat", "according to", "W"),
         ("Shares in rivals Polgrean Group and Stannerfield fell 4.2 per cent and 3.7 per cent respectively.", "", "", "W")],
        [("Marlstead said it would keep its final dividend at 14.6p a share, payable on May 29 to shareholders on the register on April 24.", "Marlstead Homes", "said", "W"),
         ("The company will publish full-year results on July 23.", "", "", "W")],
        [("Planning permissions for new homes in England fell 9 per cent last year, according to figures published by the Ministry of Housing, Communities and Local Government in February.", "figures published by the Ministry of Housing, Communities and Local Government in February", "according to", "W")],
        [("One of Marlstead's 20 largest shareholders, who asked not to be named, said the board had been “too slow” to cut spending on land.", "One of Marlstead's 20 largest shareholders", "said", ""),
         ("“They were buying land last summer as if it was 2021,” he said.", "One of Marlstead's 20 largest shareholders", "said", ""),
         ("Marlstead declined to comment on the shareholder's remarks.", "Marlstead Homes", "declined to comment", "")],
        [("Copyright The Tallystone Ledger Ltd 2026.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Copying this article to share with others breaks our terms of use and copyright policy.", "", "", "B"),
         ("Subscribers may send up to 10 gift articles a month with the gift button.", "", "", "B"),
         ("To buy extra rights, email licensing@tallystoneledger.co.uk.", "", "", "B")],
        [("Follow the topics in this article", "", "", "B")],
        [("Housebuilding   Mortgages   UK companies   Marlstead Homes PLC", "", "", "B")],
        [("Comments (41)", "", "", "B")],
        [("Comments are open to subscribers only.", "", "", "B")],
    ],
    [  # 4. English-language daily in Nepal, garbage piles up in the Kathmandu Valley as villagers block the road to a landfill for a sixth day
        [("नेपाली संस्करण   |   E-paper   |   Sign in", "", "", "B")],
        [("The Rastriya Herald", "", "", "B")],
        [("Monday, May 18, 2026   |   Jestha 4, 2083", "", "", "B")],
        [("Forex: USD Rs 137.42   ·   Gold: Rs 189,400 per tola   ·   Kathmandu 27°C", "", "", "B")],
        [("National   Politics   Valley   Money   Opinion   Sports   World   Photo Feature", "", "", "B")],
        [("Valley", "", "", "B")],
        [("Garbage piles up across Kathmandu as villagers block landfill road for sixth day", "", "", "W")],
        [("About 1,200 tonnes of waste left uncollected, says metropolis; villagers demand Rs 450 million package", "Kathmandu Metropolitan City (KMC)", "says", "W")],
        [("Sushmita Rajbhandari-Kaji", "", "", "B")],
        [("Published at : May 18, 2026   Updated at : May 18, 2026 07:45", "", "", "B")],
        [("Facebook   X   WhatsApp   Copy link", "", "", "B")],
        [("Sacks of waste stacked along the river corridor at Bhimtole on Sunday.", "", "", ""),
         ("Herald Photo: Ramesh Lamsangu", "", "", "B")],
        [("KATHMANDU, May 18 - About 1,200 tonnes of household waste had piled up on the streets of the Kathmandu Valley by Sunday evening as villagers in Kholsidanda blocked the only road to the valley's landfill site for the sixth straight day, according to Kathmandu Metropolitan City (KMC).", "Kathmandu Metropolitan City (KMC)", "according to", "W"),
         ("The metropolis said its trucks had not been able to unload since Tuesday.", "The metropolis", "said", "W")],
        [("Residents of wards 3 and 4 of Dhunibesi-Kholsi Rural Municipality in Nuwakot district are demanding a compensation package of Rs 450 million, a drinking water scheme and a health post.", "", "", "W"),
         ("The Kholsidanda Landfill Affected Struggle Committee, which is leading the blockade, says all three were promised when the landfill opened in 2019.", "The Kholsidanda Landfill Affected Struggle Committee", "says", "W")],
        [("“We have given the government nine deadlines since 2021, and nine times we were told to wait,” the committee's coordinator, Tek Bahadur Rijal-Ghimdal, told the Herald over the phone.", "Tek Bahadur Rijal-Ghimdal", "told the Herald", "W"),
         ("“This time we will not open the road until we have the agreement in writing.”", "Tek Bahadur Rijal-Ghimdal", "told the Herald", "")],
        [("KMC spokesperson Nabin Prasad Bastakoti-Aryal said the metropolis had paid Rs 112 million into a development fund for the area since 2019, and that the remaining demands were for the federal government to meet.", "Nabin Prasad Bastakoti-Aryal", "said", "W"),
         ("He said the metropolis had asked ward offices on Friday to stop door-to-door collection for now to keep waste off the streets.", "Nabin Prasad Bastakoti-Aryal", "said", "W"),
         ("“Please keep your waste at home, separate the kitchen waste, and put it out only when the trucks come back,” he said.", "Nabin Prasad Bastakoti-Aryal", "said", "")],
        [("Related News", "", "", "B")],
        [("Metropolis writes to home ministry as landfill blockade enters fourth day", "", "", "B")],
        [("Valley's waste-to-energy plant: eight years, three contractors, no plant", "", "", "B")],
        [("In a statement issued on Sunday, the Ministry of Federal Affairs and General Administration said a team led by a joint secretary would hold talks with the committee in Nuwakot on Tuesday.", "the Ministry of Federal Affairs and General Administration", "said", "W"),
         ("It said the government had approved Rs 280 million for the area in the current fiscal year, of which Rs 96 million had been released.", "the Ministry of Federal Affairs and General Administration", "said", "W"),
         ("Rijal-Ghimdal said the committee would attend the talks but would not lift the blockade while they went on.", "Tek Bahadur Rijal-Ghimdal", "said", "")],
        [("Advertisement", "", "", "B")],
        [("In the lanes of the old city, shopkeepers burned piles of plastic and paper outside their shutters on Sunday morning to keep the smell down.", "", "", ""),
         ("“The smell comes inside the shop,” said Sabita Maharjan-Sthapit, who sells brass utensils near the old bazaar.", "Sabita Maharjan-Sthapit", "said", ""),
         ("“Who will buy anything here?”", "Sabita Maharjan-Sthapit", "said", "")],
        [("The Epidemiology and Disease Control Division (EDCD) said burning waste in the open and flies from uncollected garbage raised the risk of respiratory infections and diarrhoeal disease, with the monsoon only weeks away.", "The Epidemiology and Disease Control Division (EDCD)", "said", "W")],
        [("The Valley Private Waste Operators' Forum said its 64 member companies, which collect from about a third of the valley's households, had suspended collection because their trucks had nowhere to go.", "The Valley Private Waste Operators' Forum", "said", "W")],
        [("The landfill at Kholsidanda, about 25 km north-west of Kathmandu, has taken the valley's waste since 2019.", "", "", "W"),
         ("Blockades by local residents have shut it at least 14 times since then, according to KMC records.", "KMC records", "according to", "W"),
         ("A waste-to-energy plant at the site, first announced in 2018, has not been built.", "", "", "W")],
        [("Will Tuesday's talks be the last?", "", "", ""),
         ("Bastakoti-Aryal said the metropolis had found a temporary site inside Kathmandu to store sorted waste for up to 10 days, but declined to name it.", "Nabin Prasad Bastakoti-Aryal", "said", "W")],
        [("Sushmita Rajbhandari-Kaji is a reporter at The Rastriya Herald covering the Kathmandu Valley and urban affairs.", "", "", "B")],
        [("Related Tags", "", "", "B")],
        [("Kathmandu Metropolitan City   Kholsidanda   Waste management   Nuwakot", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("1", "", "", "B")],
        [("Fuel prices cut by Rs 3 a litre from midnight", "", "", "B")],
        [("2", "", "", "B")],
        [("Pre-monsoon rain likely in Koshi and Bagmati provinces from Wednesday", "", "", "B")],
        [("Regd. No. 412/073-74 at the Department of Information and Broadcasting", "", "", "B")],
        [("Editor-in-Chief: Umesh Raj Thapaliya-Marasini", "", "", "B")],
        [("© 2026 Himalsagar Publications Pvt. Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 5. Irish local radio station's news page in Co. Roscommon, a town's flood relief scheme is pushed back to 2029 and its cost more than doubles
        [("Eskerline FM 101.4", "", "", "B")],
        [("▶ LISTEN LIVE", "", "", "B")],
        [("On air now: The Eskerline Morning Show with Ciarán Maddigan  ·  7am–10am", "", "", "B")],
        [("Now playing: Bernadette Quinlisk – Harbour Lights", "", "", "B")],
        [("News   Sport   Death Notices   Podcasts   What's On   Competitions   Schedule", "", "", "B")],
        [("Local News", "", "", "B")],
        [("Ballyfarnagh flood relief scheme pushed back to 2029 as cost more than doubles", "", "", "W")],
        [("By Orla Mulvihane", "", "", "B")],
        [("Thursday, 15 October 2026 08:14", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Email", "", "", "B")],
        [("Work on a flood relief scheme for Ballyfarnagh will not start until 2029, two years later than planned, and its estimated cost has risen from €9.6 million to €21.4 million, according to the Office of Public Works.", "the Office of Public Works", "according to", "W")],
        [("The OPW confirmed the new timeline in a reply to a parliamentary question this week.", "The OPW", "confirmed", "W"),
         ("It said the scheme's design had to be changed after ground investigations last year found softer soils than expected along the River Fallagh at Mill Street.", "the Office of Public Works", "said", "W")],
        [("The scheme is meant to protect 164 homes and 38 businesses in the town, many of which flooded in December 2015 and again in January 2024.", "", "", "W")],
        [("Speaking on The Eskerline Morning Show, Cllr Gráinne Tollervey said people in the town had been told in 2019 that work would start by 2025.", "Gráinne Tollervey", "said", "W"),
         ("“Every winter we're told to hold on for one more winter,” she said.", "Gráinne Tollervey", "said", ""),
         ("“People on Mill Street have sandbags in their halls from October to March.”", "Gráinne Tollervey", "said", "")],
        [("You can listen back to Cllr Tollervey's interview with Ciarán Maddigan below:", "", "", "B")],
        [("▶  0:00 / 8:14", "", "", "B")],
        [("Download   Share", "", "", "B")],
        [("Pádraig Oulton-Grehan, who runs a hardware shop on Mill Street that has flooded three times since 2015, said his insurer had stopped covering him for flood damage in 2017.", "Pádraig Oulton-Grehan", "said", ""),
         ("“I've a shop I can't insure and a scheme I can't see,” he said.", "Pádraig Oulton-Grehan", "said", "")],
        [("An OPW spokesperson said the higher cost also reflected construction inflation of about 35 per cent since the first estimate was made in 2019.", "An OPW spokesperson", "said", "W"),
         ("She said temporary barriers would be put up along Mill Street again this winter from November 1.", "An OPW spokesperson", "said", "W")],
        [("Have your say: text the Morning Show on 51505 or WhatsApp 087 555 0199.", "", "", "B")],
        [("Roscommon County Council said sandbags were available from its Ballyfarnagh depot on weekdays from 9am to 4pm.", "Roscommon County Council", "said", ""),
         ("Residents can also sign up for flood warnings by text through the council's alert system, it said.", "Roscommon County Council", "said", "")],
        [("Advertisement", "", "", "B")],
        [("The weather station at Fallagh Bridge recorded 41mm of rain on Wednesday, the wettest October day there since 2019.", "", "", "W")],
        [("So what happens if this winter is like 2015?", "", "", ""),
         ("Cllr Tollervey said she would put a motion to next month's meeting of the municipal district calling on the council to buy 20 more flood barriers.", "Gráinne Tollervey", "said", ""),
         ("The OPW said the scheme would go on public exhibition in the spring of 2027.", "The OPW", "said", "W")],
        [("More Local News", "", "", "B")],
        [("Roscommon hospital's minor injuries unit to open at weekends from November", "", "", "B")],
        [("Ballyfarnagh Tidy Towns group wins regional award", "", "", "B")],
        [("Latest Death Notices", "", "", "B")],
        [("Bridget (Bríd) Conlavey, Mill Street, Ballyfarnagh", "", "", "B")],
        [("Thomas (Tom) Toolan, Cloonkeelan, Ballyfarnagh", "", "", "B")],
        [("Win a family pass to the Ballyfarnagh Agricultural Show – enter now", "", "", "B")],
        [("Eskerline FM is licensed by Coimisiún na Meán.", "", "", "B")],
        [("© 2026 Eskerline Broadcasting Ltd.", "", "", "B")],
        [("Privacy   Cookies   Contact   Advertise with us", "", "", "B")],
    ],
    [  # 6. English non-league football club's own site, the club announces planning permission for a new 1,200-seat stand
        [("THRELMOOR TOWN FC", "", "", "B")],
        [("Tickets   Shop   Hospitality   Club TV   Academy   Community Trust", "", "", "B")],
        [("NEXT MATCH   Threlmoor Town v Collington Rovers   ·   Sat 18 Apr   ·   3pm KO   ·   Buy tickets ›", "", "", "B")],
        [("Latest News   Fixtures & Results   Table   First Team   Women   Club", "", "", "B")],
        [("Club News", "", "", "B")],
        [("Club statement: Planning permission granted for new 1,200-seat Limeworks Stand", "", "", "W")],
        [("14 April 2026   ·   Club Media", "", "", "B")],
        [("Share this article", "", "", "B")],
        [("Threlmoor Town Football Club is delighted to confirm that Quenmarsh Borough Council's planning committee approved plans for a new 1,200-seat stand at the Limeworks end of Gorsedale Park on Monday evening.", "Threlmoor Town Football Club", "is delighted to confirm", "W")],
        [("The stand, which will replace the open terrace behind the goal, will raise the ground's capacity from 3,100 to 4,050 and is expected to cost £2.4 million.", "", "", "W"),
         ("It will be paid for with a £1.1 million grant from the Football Foundation, £600,000 from the club's reserves and a £700,000 loan, which the club's board approved in February.", "", "", "W")],
        [("Chairman Geoffrey Pannifer said: “This is the biggest day for this club since we moved to Gorsedale Park in 1962.", "Geoffrey Pannifer", "said", "W")],
        [("“For sixty-odd years our supporters have stood in the rain at the Limeworks end, and from the 2027/28 season they won't have to.", "Geoffrey Pannifer", "said", "")],
        [("“I want to thank everyone who wrote to the council in support – all 1,486 of you.”", "Geoffrey Pannifer", "said", "W")],
        [("🎟 2026/27 season tickets are on sale now – early-bird prices end 31 May.", "", "", "B"),
         ("Buy now ›", "", "", "B")],
        [("Work is due to start on 1 June.", "", "", "W"),
         ("The club expects the stand to be open for the first home game of the 2027/28 season.", "The club", "expects", ""),
         ("While it is built, the Limeworks terrace will be closed and away supporters will be housed in the north-east corner of the ground, cutting capacity to 2,650 for the 2026/27 season.", "", "", "W")],
        [("First-team manager Kelvin Tredwell and his players followed the committee meeting on a live stream in the dressing room after training.", "", "", ""),
         ("“The lads were cheering like we'd scored a late winner,” he said.", "Kelvin Tredwell", "said", ""),
         ("“A proper stand makes a difference when you're trying to bring players here.”", "Kelvin Tredwell", "said", "")],
        [("The committee attached 14 conditions to its approval, including a ban on using the floodlights after 10pm.", "", "", "W"),
         ("It also requires the club to publish a travel plan for matchdays.", "", "", "W")],
        [("The council received 212 objections, most of them from residents of Gorsedale Road and Fellmonger Close concerned about parking.", "", "", "W"),
         ("From the start of next season the club will run a free park-and-ride bus on matchdays from the Quenmarsh Retail Park, at a cost of about £18,000 a year.", "", "", "W")],
        [("WATCH: Geoffrey Pannifer on what the new stand means for the club ▶", "", "", "B"),
         ("Club TV subscribers can watch the full interview now.", "", "", "B")],
        [("Supporters' Trust chair Amanda Gaunt said: “We've asked for safe standing to be looked at in the final design, and the board has promised us it will be.”", "Amanda Gaunt", "said", "")],
        [("Supporters can buy a named seat in the new stand for £150, with all the money going to the build, and 320 had been sold by midday on Tuesday.", "", "", "W"),
         ("Named seats can be bought online or at the club shop, which is open from 10am to 4pm on weekdays.", "", "", "")],
        [("The club would like to thank Quenmarsh Borough Council's planning officers, our partners at the Football Foundation and every supporter who has backed the project.", "", "", "")],
        [("#TogetherThrelmoor", "", "", "B")],
        [("Latest News", "", "", "B")],
        [("Match preview: Threlmoor Town v Collington Rovers", "", "", "B")],
        [("Academy: Under-18s reach county cup final after penalties", "", "", "B")],
        [("Principal Partner: Greystock Plant Hire", "", "", "B")],
        [("Official Betting Partner: Swiftodds   ·   18+   ·   Please gamble responsibly", "", "", "B")],
        [("© Threlmoor Town Football Club 2026", "", "", "B")],
        [("Threlmoor Town Football Club Ltd, registered in England and Wales, Company No. 00487126", "", "", "B")],
    ],
    [  # 7. English district council's online newsroom, a press release on three-weekly black-bin collections and a weekly food waste service
        [("We use some essential cookies to make this website work.", "", "", "B"),
         ("We'd also like to set analytics cookies to understand how you use the site.", "", "", "B")],
        [("Accept analytics cookies   Reject analytics cookies   View cookies", "", "", "B")],
        [("Skip to main content", "", "", "B")],
        [("Sedgeworth District Council", "", "", "B")],
        [("Search this site", "", "", "B")],
        [("Bins and recycling   Council tax   Planning   Housing   Parking   Jobs", "", "", "B")],
        [("Home  >  Your council  >  Newsroom  >  Press releases", "", "", "B")],
        [("Three-weekly black bin collections to start on 1 June as weekly food waste service is rolled out", "", "", "W")],
        [("Press release   ·   Published: 3 March 2026   ·   Ref: PR26/041", "", "", "B")],
        [("Cllr Hattie Marlbrook with one of the new food waste caddies.", "", "", ""),
         ("(Photo: Sedgeworth District Council)", "", "", "B")],
        [("Black-bin collections across Sedgeworth will change from every two weeks to every three weeks from Monday 1 June, after the council's cabinet approved the change on Monday (2 March).", "", "", "W"),
         ("At the same time, every household will get a weekly food waste collection for the first time, with a 23-litre outdoor caddy and a 5-litre kitchen caddy delivered free during May.", "", "", "W")],
        [("About 53,600 households will be affected.", "", "", "W"),
         ("The district's recycling rate was 41.2 per cent in 2024/25.", "", "", "W"),
         ("The council expects the changes to save about £640,000 a year and to lift the rate above 50 per cent by 2028.", "The council", "expects", "")],
        [("An analysis of black bins carried out for the council in 2025 found that 37 per cent of their contents by weight was food waste and a further 22 per cent could have been recycled.", "An analysis of black bins", "found", "W")],
        [("Cllr Hattie Marlbrook, Cabinet Member for Environment and Waste, said: “Nobody likes a change to their bin day, and we have listened to the 4,212 residents who took part in our consultation last autumn.", "Hattie Marlbrook", "said", "W")],
        [("“Almost six in ten of them told us they would support three-weekly collections if food waste was collected every week, and that is exactly what we are doing.", "Hattie Marlbrook", "said", "W")],
        [("“Once food waste goes in the caddy, most families will find their black bin is half empty.”", "Hattie Marlbrook", "said", "")],
        [("Households of six or more people, and those who use nappies or continence products, can apply for a larger 240-litre black bin free of charge.", "", "", "W"),
         ("Applications open on 1 April.", "", "", "W")],
        [("Residents can check their new collection day by entering their postcode on the council's website from 1 May, and a printed calendar will come with the caddies.", "", "", "")],
        [("Sarah Wrathmell, contract manager at Clearmoor Environmental, which collects the district's waste, said: “We are adding 11 food waste vehicles to the fleet and recruiting 24 crew members, and every one of them will be trained before the first collection.”", "Sarah Wrathmell", "said", "W")],
        [("ENDS", "", "", "B")],
        [("Notes to editors", "", "", "B")],
        [("1. The cabinet report and the consultation results are available on the council's website.", "", "", "B")],
        [("2. Sedgeworth District Council collected 21,480 tonnes of household waste in 2024/25.", "", "", "W")],
        [("3. Under the Environment Act 2021, councils in England must collect food waste from households every week from 31 March 2026.", "", "", "W")],
        [("4. Photographs of Cllr Marlbrook with the new caddies are available on request.", "", "", "B")],
        [("Media enquiries", "", "", "B")],
        [("Communications team: 01632 555 214 or press@sedgeworth.gov.uk", "", "", "B")],
        [("Out of hours (journalists only): 07700 555 318", "", "", "B")],
        [("Related pages", "", "", "B")],
        [("Food waste collections", "", "", "B")],
        [("Apply for a larger bin", "", "", "B")],
        [("Share this page   Facebook   X   LinkedIn   Email", "", "", "B")],
        [("Was this page helpful?", "", "", "B"),
         ("Yes   No", "", "", "B")],
        [("Page last updated: 3 March 2026", "", "", "B")],
        [("Accessibility statement   Privacy notice   Cookies   Contact us   © Sedgeworth District Council", "", "", "B")],
    ],
    [  # 8. science-news site, a study of ice records from 31 Finnish lakes finds the ice season has shortened by almost four weeks since the 1960s
        [("Researchwire Daily", "", "", "B")],
        [("Research news, explained", "", "", "B")],
        [("Health   Tech   Environment   Society   Space", "", "", "B")],
        [("Search   |   Newsletters   |   Follow", "", "", "B")],
        [("Environment  ›  Lakes and Ponds", "", "", "B")],
        [("Finnish lakes now freeze 17 days later and thaw 9 days earlier than in 1961", "", "", "W")],
        [("Date: February 11, 2026", "", "", "B")],
        [("Source: Tavastia Institute of Technology", "", "", "B")],
        [("Summary:", "", "", "B")],
        [("Ice records from 31 lakes show the ice season has shortened by almost four weeks in six decades, with most of the change since 2000.", "", "", "W")],
        [("Share:   Facebook   X   LinkedIn   Email", "", "", "B")],
        [("FULL STORY", "", "", "B")],
        [("Lakes in southern and central Finland freeze on average 17 days later and lose their ice 9 days earlier than they did in the early 1960s, according to a study of ice records from 31 lakes published this week in Cold-Region Limnology Letters.", "a study of ice records from 31 lakes published this week in Cold-Region Limnology Letters", "according to", "W"),
         ("The researchers, from the Tavastia Institute of Technology, used daily ice observations made by local observers for the Finnish Environment Institute (Syke) since 1961.", "", "", "W")],
        [("They found that the average ice season on the lakes fell from 162 days in 1961–1970 to 136 days in 2015–2024.", "The researchers", "found", "W"),
         ("Two-thirds of that change happened after 2000.", "", "", "W")],
        [("Ice fishers on Lake Routasalmi in February 2024.", "", "", ""),
         ("Credit: Tavastia Institute of Technology / J. Peltomaa-Rinne", "", "", "B")],
        [("“Ice is a very honest thermometer,” said lead author Dr. Aino Rautavesi, a limnologist at the institute.", "Aino Rautavesi", "said", ""),
         ("“A lake does not care about one warm week, but it keeps a record of the whole winter.”", "Aino Rautavesi", "said", "")],
        [("Rautavesi said the ice season on the 31 lakes shortened by about 2.7 days per decade before 2000 and by about 7.9 days per decade since.", "Aino Rautavesi", "said", "W"),
         ("The team compared the ice dates with air temperatures from 14 nearby weather stations and found that each 1 °C rise in the average November-to-April temperature shortened the ice season by about 8 days.", "The team", "found", "W")],
        [("Advertisement", "", "", "B")],
        [("Co-author Prof. Mikko Harjuvaara said thinner ice also meant fewer days of safe travel on lakes that some island communities use as winter roads.", "Mikko Harjuvaara", "said", "W"),
         ("He noted that the number of days with ice thick enough to drive a car on had fallen by almost half at the most northerly lakes in the study.", "Mikko Harjuvaara", "noted", "W")],
        [("The authors wrote that shorter ice seasons could harm fish such as vendace, whose eggs need a long, stable period under the ice to develop.", "The authors", "wrote", "")],
        [("Dr. Helen Kilminster, a lake ecologist at Carrowbrook University in Ontario who was not involved in the research, said the results matched long ice records from North American lakes.", "Helen Kilminster", "said", "W"),
         ("“What stands out is how consistent it is,” she said.", "Helen Kilminster", "said", ""),
         ("“Thirty-one lakes, big and small, deep and shallow, and every one of them tells the same story.”", "Helen Kilminster", "said", "W")],
        [("The study has limits: observation methods changed at six of the lakes during the period, and the researchers left out years with gaps of more than ten days in the records.", "", "", "W"),
         ("The team has begun adding records from lakes in Lapland, some of which go back to the 1890s.", "", "", "W")],
        [("Story Source:", "", "", "B")],
        [("This story is based on a news release from the Tavastia Institute of Technology.", "", "", "B"),
         ("It has been edited for length and house style.", "", "", "B")],
        [("Journal Reference:", "", "", "B")],
        [("Aino Rautavesi, Mikko Harjuvaara, Jussi Peltomaa-Rinne, et al. Six decades of shrinking lake ice in southern and central Finland. Cold-Region Limnology Letters, 2026; 9 (2): 114 DOI: 10.5521/crll.2026.0114", "", "", "B")],
        [("How to cite this article:   MLA   APA   Chicago", "", "", "B")],
        [("RELATED TOPICS", "", "", "B")],
        [("Earth & Climate:   Lakes and Ponds   Snow and Ice   Climate", "", "", "B")],
        [("Related Stories", "", "", "B")],
        [("Baltic Sea ice cover at its smallest since records began, satellite data show", "", "", "B")],
        [("Warmer winters let invasive mussels spread north, study finds", "", "", "B")],
        [("Get the Researchwire Daily environment newsletter, free, every Friday.", "", "", "B")],
        [("© 2026 Researchwire Daily   ·   About   ·   Privacy   ·   Contact", "", "", "B")],
    ],
    [  # 9. local-politics newsletter post on a publishing platform in Wisconsin, a city budget's library cut is found in a table on page 214
        [("Ferrisport Civic Notes", "", "", "B")],
        [("Subscribe   Sign in", "", "", "B")],
        [("The library cuts hiding on page 214 of the city budget", "", "", "W")],
        [("Three branches would lose their Saturday hours under the mayor's plan.", "", "", "W"),
         ("Here's what the numbers say.", "", "", "")],
        [("Marguerite Stelmach", "", "", "B")],
        [("Sep 22, 2026", "", "", "B")],
        [("♡ 38   💬 6   ↻ 4   Share", "", "", "B")],
        [("Mayor Dennis Mickelberg's proposed 2027 budget, released last Tuesday, cuts the Ferrisport Public Library's operating budget by $412,000, or 6.8%, compared with this year.", "", "", "W"),
         ("You won't find that number in the mayor's budget message, which says library funding is “stable.”", "the mayor's budget message", "says", "W"),
         ("It's on page 214, in a table most people will never open.", "", "", "W"),
         ("I opened it, so you don't have to.", "", "", "")],
        [("Ferrisport Civic Notes is a reader-supported publication.", "", "", "B"),
         ("To get new posts and support my work, become a free or paid subscriber.", "", "", "B")],
        [("Type your email…   Subscribe", "", "", "B")],
        [("According to the table, the cut comes mostly from closing the Wolfsberry, Kinnickbrook and Sumachill branches on Saturdays and leaving five librarian positions vacant.", "the table", "according to", "W"),
         ("Those three branches had 61,400 Saturday visits last year, about a quarter of their total, according to the library's annual report.", "the library's annual report", "according to", "W")],
        [("Library director Constance Thorncroft told me the library board had been asked to find savings of 7% and had chosen the option that closed the fewest hours.", "Constance Thorncroft", "told me", "W"),
         ("“Nobody on the board wanted to do this,” she said.", "Constance Thorncroft", "said", ""),
         ("“We picked Saturdays because the data showed those branches were quieter on Saturdays than on weekday evenings.”", "Constance Thorncroft", "said", "W")],
        [("I checked, and that's true for Kinnickbrook and Sumachill, but not for Wolfsberry, which had more visits on Saturdays than on any weekday evening in 2025.", "", "", "W")],
        [("So why Wolfsberry?", "", "", ""),
         ("Thorncroft said Wolfsberry's building is also the most expensive to staff on a weekend because it has no self-service checkout.", "Constance Thorncroft", "said", "W")],
        [("Share   Leave a comment", "", "", "B")],
        [("Council member Theo Skarsgaard, whose district includes Wolfsberry, said he would propose an amendment at the budget hearing to restore the Saturday hours, paid for by delaying the purchase of two parking enforcement vehicles.", "Theo Skarsgaard", "said", ""),
         ("“Wolfsberry is where kids go to do homework on the weekend because there's no quiet place at home,” he said.", "Theo Skarsgaard", "said", "")],
        [("A spokesperson for the mayor, Lena Thorsdottir-Kuehn, said in an email that the budget “protects core services” and that the main library would stay open 58 hours a week.", "Lena Thorsdottir-Kuehn", "said in an email", "W"),
         ("That part is accurate: the main library's hours don't change.", "", "", "W"),
         ("The library's share of the city's general fund has fallen from 4.1% in 2019 to 3.3% in the proposed budget.", "", "", "W")],
        [("I'll say what I think: a 6.8% cut is a choice, not a rounding error.", "", "", "")],
        [("P.S. The budget hearing is Tuesday, Oct. 6, at 6 p.m. in the council chambers at City Hall, 200 W. Muskellunge Ave., and anyone can sign up to speak.", "", "", "W")],
        [("If this was useful, forward it to a neighbor.", "", "", "B"),
         ("New posts arrive by email every Tuesday.", "", "", "B")],
        [("38 likes   ·   4 reshares", "", "", "B")],
        [("Comments on this post", "", "", "B")],
        [("Gary Tellfjord   Sep 22", "", "", "B")],
        [("Wolfsberry on a Saturday is packed.", "", "", "B"),
         ("Every table.", "", "", "B")],
        [("Reply   Like (3)", "", "", "B")],
        [("© 2026 Marguerite Stelmach", "", "", "B")],
        [("Privacy   ·   Terms   ·   Collection notice", "", "", "B")],
        [("Start your own newsletter on Postwell", "", "", "B")],
    ],
    [  # 10. Canadian community newspaper's article printed to PDF from its print view, a storm delays the opening of the lobster season in southwest Nova Scotia
        [("11/30/2026, 7:52 AM   Storm pushes back start of lobster season in southwest Nova Scotia | The Saltspray Courant", "", "", "B")],
        [("The Saltspray Courant", "", "", "B")],
        [("This printout is for your personal, non-commercial use.", "", "", "B"),
         ("To order copies for distribution, email reprints@saltspraycourant.ca.", "", "", "B")],
        [("News  /  Local News", "", "", "B")],
        [("Storm pushes back start of lobster season in southwest Nova Scotia", "", "", "W")],
        [("Fisheries department says Monday's opening postponed for at least two days; 1,600 boats wait in port", "Fisheries and Oceans Canada (DFO)", "says", "W")],
        [("Jillian Belliveau", "", "", "B")],
        [("Published Nov. 29, 2026  •  Last updated Nov. 29, 2026 6:41 p.m.", "", "", "B")],
        [("Lobster traps stacked on the wharf at Port Allery on Sunday.", "", "", ""),
         ("Photo by Jillian Belliveau /The Saltspray Courant", "", "", "B")],
        [("PORT ALLERY, N.S. — The opening of the lobster season in southwest Nova Scotia, set for Monday, has been postponed for at least two days because of a storm forecast to bring winds of up to 90 km/h, Fisheries and Oceans Canada (DFO) said Sunday.", "Fisheries and Oceans Canada (DFO)", "said", "W"),
         ("The delay affects about 1,600 licence holders in Lobster Fishing Areas 33 and 34.", "", "", "W")],
        [("DFO said in a statement that it would decide by noon on Tuesday whether boats could leave on Wednesday morning.", "DFO", "said in a statement", "W"),
         ("It said the decision followed a conference call with fishing associations and the Canadian Coast Guard on Sunday morning.", "Fisheries and Oceans Canada (DFO)", "said", "W")],
        [("https://www.saltspraycourant.ca/news/local/storm-pushes-back-start-of-lobster-season   1/2", "", "", "B")],
        [("11/30/2026, 7:52 AM   Storm pushes back start of lobster season in southwest Nova Scotia | The Saltspray Courant", "", "", "B")],
        [("Clifford Nickerson-Amiro, president of the Port Allery Fishermen's Association, said the association's 212 members had voted unanimously on Saturday night to ask DFO for the delay.", "Clifford Nickerson-Amiro", "said", "W"),
         ("“Nobody wants to lose the first day, because that's when the price is best,” he said.", "Clifford Nickerson-Amiro", "said", ""),
         ("“But you don't take a 45-foot boat with 375 traps on deck out into a five-metre sea.”", "Clifford Nickerson-Amiro", "said", "")],
        [("Three fishermen have died on opening day in the two areas since 2000, according to the Atlantic Fishing Safety Council.", "the Atlantic Fishing Safety Council", "according to", "W")],
        [("Renée Boudrot, who owns Kelpcove Seafoods in Port Allery, said she expected shore prices to open at about $8 a pound, down from $9.50 on opening day last year.", "Renée Boudrot", "said", "W"),
         ("She said demand from China had been weaker this fall than last.", "Renée Boudrot", "said", "W")],
        [("On the wharf at Port Allery on Sunday afternoon, Darrell Amirault, 34, and his two deckhands were lashing down the last of his traps.", "", "", ""),
         ("“We've got bait in the freezer, fuel in the tanks and a crew on wages,” he said.", "Darrell Amirault", "said", ""),
         ("“Every day we sit here costs me about $1,200.”", "Darrell Amirault", "said", "")],
        [("And if the wind doesn't drop by Wednesday?", "", "", ""),
         ("Environment Canada had a wind warning in effect Sunday for Yarmouth and Shelburne counties, with gusts of 90 km/h expected on Monday and seas of up to six metres offshore.", "", "", "W")],
        [("A DFO spokesperson said the season would still close on May 31, as set in the fishery's management plan, whatever the date of the opening.", "A DFO spokesperson", "said", "W")],
        [("The fall lobster fishery in the two areas was worth about $610 million at the wharf last season, according to provincial figures.", "provincial figures", "according to", "W")],
        [("© 2026 The Saltspray Courant, a division of Eelgrass Media Inc.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("https://www.saltspraycourant.ca/news/local/storm-pushes-back-start-of-lobster-season   2/2", "", "", "B")],
    ],
    [  # 11. Australian broadcaster's live page in Western Australia, an emergency warning as a bushfire crosses a road towards a town
        [("Ninecoast News", "", "", "B")],
        [("Watch live   |   Listen   |   Sign in", "", "", "B")],
        [("Just In   Australia   World   Business   Sport   Weather   Emergency", "", "", "B")],
        [("LIVE", "", "", "B")],
        [("Emergency warning for Jarrahdene as bushfire crosses Wollabine Road", "", "", "W")],
        [("Key events", "", "", "B")],
        [("1h ago   Fire crosses Wollabine Road, heads towards Jarrahdene townsite", "", "", "B")],
        [("2h ago   Evacuation centre opens in Marribup", "", "", "B")],
        [("Emergency information: For the latest warnings, go to the state's emergency website or call the DFES information line.", "", "", "B")],
        [("Share   Facebook   X   Email   Copy link", "", "", "B")],
        [("Pinned", "", "", "B")],
        [("What we know so far", "", "", "B")],
        [("• An emergency warning is in place for Jarrahdene and parts of Wollabine in the Shire of Marribup", "", "", "W")],
        [("• The fire has burnt more than 2,400 hectares since it started on Tuesday afternoon", "", "", "W")],
        [("• An evacuation centre is open at the Marribup Recreation Centre on Karri Street", "", "", "W")],
        [("• Strong easterly winds are forecast until at least 6pm", "", "", "")],
        [("By Tessa Wyndeham", "", "", "B")],
        [("3:42pm", "", "", "B")],
        [("Fire crosses Wollabine Road, heads towards Jarrahdene townsite", "", "", "W")],
        [("DFES says the fire crossed Wollabine Road at about 3:15pm and is moving west towards the Jarrahdene townsite at up to 2 kilometres an hour.", "DFES", "says", "W"),
         ("“If you are not prepared to defend your home, leave now if the way is clear,” the emergency warning says.", "the emergency warning", "says", "")],
        [("Share this post", "", "", "B")],
        [("3:05pm", "", "", "B")],
        [("‘It's the worst I've seen it,’ says incident controller", "Grant Tzannes", "says", "")],
        [("Incident controller Grant Tzannes told reporters in Marribup the fire was burning through heavy jarrah forest that had not burnt since 2009.", "Grant Tzannes", "told reporters", "W"),
         ("“It's the worst I've seen it in 22 years of doing this job,” he said.", "Grant Tzannes", "said", ""),
         ("“We've got 140 firefighters on the ground and four water bombers, and it's still getting away from us.”", "Grant Tzannes", "said", "W")],
        [("He said crews were concentrating on protecting homes rather than stopping the fire's spread.", "Grant Tzannes", "said", "W")],
        [("2:20pm", "", "", "B")],
        [("Evacuation centre opens in Marribup", "", "", "W")],
        [("The Shire of Marribup has opened an evacuation centre at the Marribup Recreation Centre on Karri Street.", "", "", "W"),
         ("Pets can be taken to the showgrounds next door, the shire said.", "the shire", "said", ""),
         ("Shire president Lorraine Hoad said about 60 people had registered at the centre by 2pm.", "Lorraine Hoad", "said", "W")],
        [("View this post on Facebook", "", "", "B")],
        [("Share this post", "", "", "B")],
        [("1:48pm", "", "", "B")],
        [("Roads closed around the fire ground", "", "", "W")],
        [("Main Roads WA says Wollabine Road is closed between Albany Highway and Bellcarra Road.", "Main Roads WA", "says", "W"),
         ("Drivers are asked to avoid the area.", "", "", "")],
        [("1:10pm", "", "", "B")],
        [("‘We just grabbed the dog and the photos,’ says Jarrahdene resident", "Kylie Pannowitz", "says", "")],
        [("Kylie Pannowitz left her house on Tuart Close at about noon with her two children.", "", "", ""),
         ("“The sky went orange and then it went black,” she told Ninecoast News at the evacuation centre.", "Kylie Pannowitz", "told Ninecoast News", ""),
         ("“We just grabbed the dog and the photos.", "Kylie Pannowitz", "told Ninecoast News", "")],
        [("“Is the house still there?", "Kylie Pannowitz", "told Ninecoast News", ""),
         ("Nobody can tell us.”", "Kylie Pannowitz", "told Ninecoast News", "")],
        [("Reporting by Daniel Wunderley", "", "", "B")],
        [("Share this post", "", "", "B")],
        [("12:30pm", "", "", "B")],
        [("Fire danger rating raised to Extreme", "", "", "W")],
        [("The Bureau of Meteorology says the temperature in Marribup reached 41.6C at midday, with easterly winds gusting to 65km/h.", "The Bureau of Meteorology", "says", "W"),
         ("A cool change is forecast to reach the area around 9pm, the bureau says.", "the bureau", "says", ""),
         ("The fire danger rating for the district has been raised to Extreme for the rest of Thursday.", "", "", "W")],
        [("Share this post", "", "", "B")],
        [("11:55am", "", "", "B")],
        [("Welcome to our live coverage", "", "", "")],
        [("Good morning and welcome to our live coverage of the bushfire near Jarrahdene.", "", "", ""),
         ("The town is about 190 kilometres south-east of Perth.", "", "", "W"),
         ("I'm Tessa Wyndeham and I'll be bringing you the latest updates throughout the day.", "", "", "B")],
        [("Share this post", "", "", "B")],
        [("Back to top", "", "", "B")],
        [("Top Stories", "", "", "B")],
        [("Heatwave to break on Friday as cool change sweeps across the south-west", "", "", "B")],
        [("Ninecoast News acknowledges the Traditional Custodians of the lands on which we live and work.", "", "", "B")],
        [("© 2026 Ninecoast Broadcasting Pty Ltd", "", "", "B")],
    ],
    [  # 12. UK magazine's long-read feature in north Wales, two years after 412 villagers bought and reopened their last pub
        [("THE QUARTO REVIEW", "", "", "B")],
        [("Subscribe: 3 issues for £5", "", "", "B")],
        [("Culture   Politics   Features   Books   Food   Travel   The Archive", "", "", "B")],
        [("Features   ·   Long read", "", "", "B")],
        [("The pub that a village bought back", "", "", "W")],
        [("When the last pub in Llanddeufor closed, 412 people put up the money to reopen it.", "", "", "W"),
         ("Two years on, it is still pouring.", "", "", "W")],
        [("By Eluned Hopcyn", "", "", "B")],
        [("Photographs by Osian Eifion", "", "", "B")],
        [("2 May 2026   ·   19 min read", "", "", "B")],
        [("This article appears in the May 2026 issue of The Quarto Review.", "", "", "B")],
        [("Listen to this article   ▶ 24:10", "", "", "B")],
        [("At half past five on a wet Thursday in March, the bar of Tafarn yr Efail is already three deep.", "", "", ""),
         ("Someone has lit the fire, someone else's dog is asleep in front of it, and behind the bar Mererid Gwaenydd is pulling pints with one hand and answering the phone with the other.", "", "", "")],
        [("The pub closed in October 2019, when its last tenants gave up the lease, and for four years the village of Llanddeufor, population 640, had nowhere to drink, to meet or to hold a wake.", "", "", "W")],
        [("In 2023 a group of residents formed a community benefit society, sold shares at £50 each and raised £318,000 from 412 shareholders, most of them from the village or within ten miles of it.", "", "", "W"),
         ("With a £90,000 grant and a loan of £60,000, they bought the building for £325,000 and reopened it on 1 March 2024.", "", "", "W")],
        [("“For four years the village had nowhere to drink, to meet or to hold a wake.”", "", "", "B")],
        [("“We worked out that if everyone in the village spent £4 a week here, we'd break even,” says Huw Pennal-Roberts, the society's treasurer, a retired accountant who keeps the figures in a ring binder behind the bar.", "Huw Pennal-Roberts", "says", "W"),
         ("“Most weeks they spend a lot more than that.”", "Huw Pennal-Roberts", "says", "")],
        [("In its first full year, the pub took £412,600 and made a surplus of £21,300, according to the society's accounts, which are filed with the Financial Conduct Authority.", "the society's accounts", "according to", "W"),
         ("It employs nine people, four of them full-time.", "", "", "W")],
        [("“If everyone in the village spent £4 a week here, we'd break even.”", "", "", "B")],
        [("About 400 pubs closed in Wales between 2014 and 2024, according to an analysis of licensing records by the charity Tafarnau Byw.", "an analysis of licensing records by the charity Tafarnau Byw", "according to", "W"),
         ("There are now 31 community-owned pubs in Wales, up from 9 in 2015, the charity says.", "the charity", "says", "W")],
        [("Advertisement", "", "", "B")],
        [("Sign up to The Long Weekend, our Saturday newsletter of essays and reviews", "", "", "B")],
        [("Not everyone was convinced.", "", "", ""),
         ("Gareth Bodfean, who farms sheep on the hill above the village, refused to buy a share.", "", "", "")],
        [("“I said it would last a year,” he says, leaning on the bar with a pint of bitter that he has, by his own account, paid full price for.", "Gareth Bodfean", "says", ""),
         ("“I was wrong, and I've said so in here, in front of witnesses.”", "Gareth Bodfean", "says", "")],
        [("Upstairs, in what used to be the landlord's flat, the society runs a post office counter three mornings a week, replacing the one the village lost in 2017.", "", "", "W")],
        [("“People come in for a stamp and stay for a coffee, and then they're back at night for the quiz,” says Gwaenydd, who ran a hotel bar in Cardiff for eleven years before moving back to the village where she grew up.", "Mererid Gwaenydd", "says", ""),
         ("“That's the whole business model, really.”", "Mererid Gwaenydd", "says", "")],
        [("“People come in for a stamp and stay for a coffee.”", "", "", "B")],
        [("Costs are rising, too: the pub's electricity bill went from £9,800 in its first year to £14,200 in its second, Pennal-Roberts says, and the committee voted in January to put 30p on the price of a pint.", "Huw Pennal-Roberts", "says", "W"),
         ("In the minutes of that meeting, which he takes out of the ring binder to show me, the vote is recorded as 7-2.", "", "", "W")],
        [("Would the village manage without it now?", "", "", ""),
         ("“We managed for four years,” says Gwaenydd, wiping down the bar.", "Mererid Gwaenydd", "says", ""),
         ("“I wouldn't call that living.”", "Mererid Gwaenydd", "says", "")],
        [("Eluned Hopcyn is a writer and translator who lives in Gwynedd.", "", "", "B"),
         ("Her last piece for the Review was on Welsh-language community radio.", "", "", "B")],
        [("More from the May issue", "", "", "B")],
        [("The last ferryman on the Dee", "", "", "B")],
        [("Why Britain's village halls are running out of volunteers", "", "", "B")],
        [("Topics:   Wales   Pubs   Rural life   Community ownership", "", "", "B")],
        [("© The Quarto Review 2026", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    ("n73-tv-widgets-traffic-menu", "Knoxville   88°   Feels like 96°   Scattered storms\nHeat Advisory until 8 p.m. EDT   ·   2 alerts ›\nTRAFFIC   ·   I-40 W near Exit 398 – crash, two left lanes blocked   ·   Rudder Mill Pk. at Stebbins Rd. – signal out\nNews   Weather   Traffic   Sports   9 Investigates   Community   Contests",
     ["Knoxville   88°   Feels like 96°   Scattered storms", "Heat Advisory until 8 p.m. EDT   ·   2 alerts ›", "TRAFFIC   ·   I-40 W near Exit 398 – crash, two left lanes blocked   ·   Rudder Mill Pk. at Stebbins Rd. – signal out", "News   Weather   Traffic   Sports   9 Investigates   Community   Contests"]),
    ("n73-tv-tenn-dateline-am-quote", "CADDELL SPRINGS, Tenn. (WHNQ) — About 14,000 water customers in Caddell Springs are under a boil-water advisory after a 24-inch main broke early Wednesday, the City of Caddell Springs said in a news release. The break, under Rudder Mill Pike near Stebbins Road, was reported at 4:10 a.m. and drained the Cobbin Ridge storage tank to about a third of its level by sunrise, according to the city's water department.\nWater Director Lyle Pennebrook said crews had isolated the break by 9:30 a.m. but that pressure had dropped below 20 psi across much of the system, which can let contaminants into the lines. “Once the pressure drops that low, we have to assume the water isn't safe until the lab tells us it is,” he said. “That takes two clean samples, 24 hours apart.”",
     ["CADDELL SPRINGS, Tenn. (WHNQ) — About 14,000 water customers in Caddell Springs are under a boil-water advisory after a 24-inch main broke early Wednesday, the City of Caddell Springs said in a news release.", "The break, under Rudder Mill Pike near Stebbins Road, was reported at 4:10 a.m. and drained the Cobbin Ridge storage tank to about a third of its level by sunrise, according to the city's water department.", "Water Director Lyle Pennebrook said crews had isolated the break by 9:30 a.m. but that pressure had dropped below 20 psi across much of the system, which can let contaminants into the lines.", "“Once the pressure drops that low, we have to assume the water isn't safe until the lab tells us it is,” he said.", "“That takes two clean samples, 24 hours apart.”"]),
    ("n73-tv-ave-advert-question", "Bottled water is being handed out until 7 p.m. at Caddell Springs High School, 1400 Ferrandle Ave., and at the Sadler Cove Community Center. Each household can take two cases, city spokesperson Dana Wedderly-Irby said.\nADVERTISEMENT\nAt the community center, volunteers from two churches loaded cases of water into the trunks of cars that were lined up along Scoggin Lane by 11 a.m. Marisol Ochoterena-Bly, who has a 4-month-old daughter, said she had already used the last of the bottled water she keeps for the baby's formula. “I found out from a neighbor's Facebook post at 7 o'clock,” she said. “Why didn't anybody call us?”",
     ["Bottled water is being handed out until 7 p.m. at Caddell Springs High School, 1400 Ferrandle Ave., and at the Sadler Cove Community Center.", "Each household can take two cases, city spokesperson Dana Wedderly-Irby said.", "ADVERTISEMENT", "At the community center, volunteers from two churches loaded cases of water into the trunks of cars that were lined up along Scoggin Lane by 11 a.m.", "Marisol Ochoterena-Bly, who has a 4-month-old daughter, said she had already used the last of the bottled water she keeps for the baby's formula.", "“I found out from a neighbor's Facebook post at 7 o'clock,” she said.", "“Why didn't anybody call us?”"]),
    ("n73-tv-am-end-signup-superintendent", "Pennebrook said the city's emergency notification system sent a text and a recorded call to 9,200 phone numbers at 6:45 a.m. He said customers who had not signed up for the system, or who had changed numbers, would not have received either. Residents can sign up for the alerts by texting CSWATER to 67283 or on the city's website, Wedderly-Irby said.\nThree schools in the advisory area will dismiss students at noon Wednesday and stay closed Thursday, Superintendent Rhonda Druvey-Kemmerlin said in a message to families.",
     ["Pennebrook said the city's emergency notification system sent a text and a recorded call to 9,200 phone numbers at 6:45 a.m.", "He said customers who had not signed up for the system, or who had changed numbers, would not have received either.", "Residents can sign up for the alerts by texting CSWATER to 67283 or on the city's website, Wedderly-Irby said.", "Three schools in the advisory area will dismiss students at noon Wednesday and stay closed Thursday, Superintendent Rhonda Druvey-Kemmerlin said in a message to families."]),
    ("n73-wire-portal-note-dateline", "Tue, June 9, 2026 at 1:12 PM GMT+2  ·  4 min read\nThis article was republished from a partner feed. orbitly editors have not changed its text, only its headline.\n👍 Like   💬 Comment   ↗ Share\nSANTIAGO, June 9 (Verran) - Workers at the Alcones copper mine in northern Chile walked off the job on Tuesday after wage talks with operator Minera Ruqalto broke down, halting a pit that produced 312,000 metric tons of copper last year, the mine's largest union said.",
     ["Tue, June 9, 2026 at 1:12 PM GMT+2  ·  4 min read", "This article was republished from a partner feed.", "orbitly editors have not changed its text, only its headline.", "👍 Like   💬 Comment   ↗ Share", "SANTIAGO, June 9 (Verran) - Workers at the Alcones copper mine in northern Chile walked off the job on Tuesday after wage talks with operator Minera Ruqalto broke down, halting a pit that produced 312,000 metric tons of copper last year, the mine's largest union said."]),
    ("n73-wire-union-no-pesos-widget", "Union No. 2, which represents 1,140 of the mine's 1,650 permanent workers, said in a statement that the company's final offer of a 2.1% real wage rise and a one-off bonus of 4.5 million pesos ($4,780) per worker fell far short of its demands. It said workers had asked for a 4.8% raise and a bonus of 9 million pesos.\n“We are not going back to work for a bonus our members would spend in a month,” union president Rodrigo Alcaíno-Vergara told Verran by phone. The mine lies about 140 km (87 miles) east of the port city of Antofagasta.\nCOPPER   9,742.50   +115.50 (+1.20%)\nQuote data delayed at least 15 minutes.",
     ["Union No. 2, which represents 1,140 of the mine's 1,650 permanent workers, said in a statement that the company's final offer of a 2.1% real wage rise and a one-off bonus of 4.5 million pesos ($4,780) per worker fell far short of its demands.", "It said workers had asked for a 4.8% raise and a bonus of 9 million pesos.", "“We are not going back to work for a bonus our members would spend in a month,” union president Rodrigo Alcaíno-Vergara told Verran by phone.", "The mine lies about 140 km (87 miles) east of the port city of Antofagasta.", "COPPER   9,742.50   +115.50 (+1.20%)", "Quote data delayed at least 15 minutes."]),
    ("n73-wire-gmt-corp", "Analysts at Puertoseco Capital estimated in a note that a two-week stoppage would cut about 12,000 tons from Chile's output, roughly 0.2% of the country's annual production. Benchmark three-month copper on the London Metal Exchange rose 1.2% to $9,742.50 a metric ton by 1040 GMT, its highest since April 22.\nShares in the mine's Toronto-listed majority owner, Ardentine Metals Corp., fell 3.4% in premarket trading.",
     ["Analysts at Puertoseco Capital estimated in a note that a two-week stoppage would cut about 12,000 tons from Chile's output, roughly 0.2% of the country's annual production.", "Benchmark three-month copper on the London Metal Exchange rose 1.2% to $9,742.50 a metric ton by 1040 GMT, its highest since April 22.", "Shares in the mine's Toronto-listed majority owner, Ardentine Metals Corp., fell 3.4% in premarket trading."]),
    ("n73-wire-reporting-line-reactions", "(Reporting by Tomás Ilabaca-Renner in Santiago; additional reporting by Darío Yévenes-Montecinos in Antofagasta; editing by Harriet Olusanmi-Cradock)\n© Verran 2026\nWhat's your reaction?\n👍 12   😮 4   😡 2",
     ["(Reporting by Tomás Ilabaca-Renner in Santiago; additional reporting by Darío Yévenes-Montecinos in Antofagasta; editing by Harriet Olusanmi-Cradock)", "© Verran 2026", "What's your reaction?", "👍 12   😮 4   😡 2"]),
    ("n73-biz-gift-banner-standfirst", "This article was gifted to you by a Ledger subscriber. Subscribe to read everything, from £1 for your first four weeks.\nMarlstead Homes shares slump 18% after housebuilder cuts profit forecast\nFTSE 250 group blames weak spring bookings and higher mortgage rates for shortfall in sales\nImogen Strathcarrow in London\nPublished March 19 2026",
     ["This article was gifted to you by a Ledger subscriber.", "Subscribe to read everything, from £1 for your first four weeks.", "Marlstead Homes shares slump 18% after housebuilder cuts profit forecast", "FTSE 250 group blames weak spring bookings and higher mortgage rates for shortfall in sales", "Imogen Strathcarrow in London", "Published March 19 2026"]),
    ("n73-biz-gift-question-analysts", "She said net cash at the end of the year should be between £180mn and £220mn.\nEnjoying this gifted article? Subscribe for full access from £1.\nAnalysts at Vantrell Securities wrote in a note that the new forecast was about 22 per cent below the average of brokers' estimates before the update.",
     ["She said net cash at the end of the year should be between £180mn and £220mn.", "Enjoying this gifted article?", "Subscribe for full access from £1.", "Analysts at Vantrell Securities wrote in a note that the new forecast was about 22 per cent below the average of brokers' estimates before the update."]),
    ("n73-biz-copyright-copying-notice", "Copyright The Tallystone Ledger Ltd 2026. All rights reserved.\nCopying this article to share with others breaks our terms of use and copyright policy. Subscribers may send up to 10 gift articles a month with the gift button. To buy extra rights, email licensing@tallystoneledger.co.uk.\nFollow the topics in this article",
     ["Copyright The Tallystone Ledger Ltd 2026.", "All rights reserved.", "Copying this article to share with others breaks our terms of use and copyright policy.", "Subscribers may send up to 10 gift articles a month with the gift button.", "To buy extra rights, email licensing@tallystoneledger.co.uk.", "Follow the topics in this article"]),
    ("n73-np-forex-standfirst-published", "Monday, May 18, 2026   |   Jestha 4, 2083\nForex: USD Rs 137.42   ·   Gold: Rs 189,400 per tola   ·   Kathmandu 27°C\nNational   Politics   Valley   Money   Opinion   Sports   World   Photo Feature\nValley\nGarbage piles up across Kathmandu as villagers block landfill road for sixth day\nAbout 1,200 tonnes of waste left uncollected, says metropolis; villagers demand Rs 450 million package\nSushmita Rajbhandari-Kaji\nPublished at : May 18, 2026   Updated at : May 18, 2026 07:45",
     ["Monday, May 18, 2026   |   Jestha 4, 2083", "Forex: USD Rs 137.42   ·   Gold: Rs 189,400 per tola   ·   Kathmandu 27°C", "National   Politics   Valley   Money   Opinion   Sports   World   Photo Feature", "Valley", "Garbage piles up across Kathmandu as villagers block landfill road for sixth day", "About 1,200 tonnes of waste left uncollected, says metropolis; villagers demand Rs 450 million package", "Sushmita Rajbhandari-Kaji", "Published at : May 18, 2026   Updated at : May 18, 2026 07:45"]),
    ("n73-np-dateline-kmc-committee", "KATHMANDU, May 18 - About 1,200 tonnes of household waste had piled up on the streets of the Kathmandu Valley by Sunday evening as villagers in Kholsidanda blocked the only road to the valley's landfill site for the sixth straight day, according to Kathmandu Metropolitan City (KMC). The metropolis said its trucks had not been able to unload since Tuesday.\nResidents of wards 3 and 4 of Dhunibesi-Kholsi Rural Municipality in Nuwakot district are demanding a compensation package of Rs 450 million, a drinking water scheme and a health post. The Kholsidanda Landfill Affected Struggle Committee, which is leading the blockade, says all three were promised when the landfill opened in 2019.",
     ["KATHMANDU, May 18 - About 1,200 tonnes of household waste had piled up on the streets of the Kathmandu Valley by Sunday evening as villagers in Kholsidanda blocked the only road to the valley's landfill site for the sixth straight day, according to Kathmandu Metropolitan City (KMC).", "The metropolis said its trucks had not been able to unload since Tuesday.", "Residents of wards 3 and 4 of Dhunibesi-Kholsi Rural Municipality in Nuwakot district are demanding a compensation package of Rs 450 million, a drinking water scheme and a health post.", "The Kholsidanda Landfill Affected Struggle Committee, which is leading the blockade, says all three were promised when the landfill opened in 2019."]),
    ("n73-np-most-read-regd-pvt-ltd", "Most Read\n1\nFuel prices cut by Rs 3 a litre from midnight\n2\nPre-monsoon rain likely in Koshi and Bagmati provinces from Wednesday\nRegd. No. 412/073-74 at the Department of Information and Broadcasting\nEditor-in-Chief: Umesh Raj Thapaliya-Marasini\n© 2026 Himalsagar Publications Pvt. Ltd. All rights reserved.",
     ["Most Read", "1", "Fuel prices cut by Rs 3 a litre from midnight", "2", "Pre-monsoon rain likely in Koshi and Bagmati provinces from Wednesday", "Regd. No. 412/073-74 at the Department of Information and Broadcasting", "Editor-in-Chief: Umesh Raj Thapaliya-Marasini", "© 2026 Himalsagar Publications Pvt. Ltd.", "All rights reserved."]),
    ("n73-radio-listen-live-now-playing", "▶ LISTEN LIVE\nOn air now: The Eskerline Morning Show with Ciarán Maddigan  ·  7am–10am\nNow playing: Bernadette Quinlisk – Harbour Lights\nNews   Sport   Death Notices   Podcasts   What's On   Competitions   Schedule\nLocal News\nBallyfarnagh flood relief scheme pushed back to 2029 as cost more than doubles\nBy Orla Mulvihane",
     ["▶ LISTEN LIVE", "On air now: The Eskerline Morning Show with Ciarán Maddigan  ·  7am–10am", "Now playing: Bernadette Quinlisk – Harbour Lights", "News   Sport   Death Notices   Podcasts   What's On   Competitions   Schedule", "Local News", "Ballyfarnagh flood relief scheme pushed back to 2029 as cost more than doubles", "By Orla Mulvihane"]),
    ("n73-radio-listen-back-player", "“Every winter we're told to hold on for one more winter,” she said. “People on Mill Street have sandbags in their halls from October to March.”\nYou can listen back to Cllr Tollervey's interview with Ciarán Maddigan below:\n▶  0:00 / 8:14\nDownload   Share\nPádraig Oulton-Grehan, who runs a hardware shop on Mill Street that has flooded three times since 2015, said his insurer had stopped covering him for flood damage in 2017.",
     ["“Every winter we're told to hold on for one more winter,” she said.", "“People on Mill Street have sandbags in their halls from October to March.”", "You can listen back to Cllr Tollervey's interview with Ciarán Maddigan below:", "▶  0:00 / 8:14", "Download   Share", "Pádraig Oulton-Grehan, who runs a hardware shop on Mill Street that has flooded three times since 2015, said his insurer had stopped covering him for flood damage in 2017."]),
    ("n73-club-said-colon-quote-promo", "Chairman Geoffrey Pannifer said: “This is the biggest day for this club since we moved to Gorsedale Park in 1962.\n“For sixty-odd years our supporters have stood in the rain at the Limeworks end, and from the 2027/28 season they won't have to.\n“I want to thank everyone who wrote to the council in support – all 1,486 of you.”\n🎟 2026/27 season tickets are on sale now – early-bird prices end 31 May. Buy now ›\nWork is due to start on 1 June. The club expects the stand to be open for the first home game of the 2027/28 season.",
     ["Chairman Geoffrey Pannifer said: “This is the biggest day for this club since we moved to Gorsedale Park in 1962.", "“For sixty-odd years our supporters have stood in the rain at the Limeworks end, and from the 2027/28 season they won't have to.", "“I want to thank everyone who wrote to the council in support – all 1,486 of you.”", "🎟 2026/27 season tickets are on sale now – early-bird prices end 31 May.", "Buy now ›", "Work is due to start on 1 June.", "The club expects the stand to be open for the first home game of the 2027/28 season."]),
    ("n73-club-10pm-objections", "The committee attached 14 conditions to its approval, including a ban on using the floodlights after 10pm. It also requires the club to publish a travel plan for matchdays.\nThe council received 212 objections, most of them from residents of Gorsedale Road and Fellmonger Close concerned about parking.",
     ["The committee attached 14 conditions to its approval, including a ban on using the floodlights after 10pm.", "It also requires the club to publish a travel plan for matchdays.", "The council received 212 objections, most of them from residents of Gorsedale Road and Fellmonger Close concerned about parking."]),
    ("n73-council-ends-numbered-notes", "Sarah Wrathmell, contract manager at Clearmoor Environmental, which collects the district's waste, said: “We are adding 11 food waste vehicles to the fleet and recruiting 24 crew members, and every one of them will be trained before the first collection.”\nENDS\nNotes to editors\n1. The cabinet report and the consultation results are available on the council's website.\n2. Sedgeworth District Council collected 21,480 tonnes of household waste in 2024/25.\n3. Under the Environment Act 2021, councils in England must collect food waste from households every week from 31 March 2026.\n4. Photographs of Cllr Marlbrook with the new caddies are available on request.\nMedia enquiries\nCommunications team: 01632 555 214 or press@sedgeworth.gov.uk",
     ["Sarah Wrathmell, contract manager at Clearmoor Environmental, which collects the district's waste, said: “We are adding 11 food waste vehicles to the fleet and recruiting 24 crew members, and every one of them will be trained before the first collection.”", "ENDS", "Notes to editors", "1. The cabinet report and the consultation results are available on the council's website.", "2. Sedgeworth District Council collected 21,480 tonnes of household waste in 2024/25.", "3. Under the Environment Act 2021, councils in England must collect food waste from households every week from 31 March 2026.", "4. Photographs of Cllr Marlbrook with the new caddies are available on request.", "Media enquiries", "Communications team: 01632 555 214 or press@sedgeworth.gov.uk"]),
    ("n73-sci-summary-full-story", "Date: February 11, 2026\nSource: Tavastia Institute of Technology\nSummary:\nIce records from 31 lakes show the ice season has shortened by almost four weeks in six decades, with most of the change since 2000.\nShare:   Facebook   X   LinkedIn   Email\nFULL STORY\nLakes in southern and central Finland freeze on average 17 days later and lose their ice 9 days earlier than they did in the early 1960s, according to a study of ice records from 31 lakes published this week in Cold-Region Limnology Letters.",
     ["Date: February 11, 2026", "Source: Tavastia Institute of Technology", "Summary:", "Ice records from 31 lakes show the ice season has shortened by almost four weeks in six decades, with most of the change since 2000.", "Share:   Facebook   X   LinkedIn   Email", "FULL STORY", "Lakes in southern and central Finland freeze on average 17 days later and lose their ice 9 days earlier than they did in the early 1960s, according to a study of ice records from 31 lakes published this week in Cold-Region Limnology Letters."]),
    ("n73-sci-credit-initial-dr-quote", "Ice fishers on Lake Routasalmi in February 2024. Credit: Tavastia Institute of Technology / J. Peltomaa-Rinne\n“Ice is a very honest thermometer,” said lead author Dr. Aino Rautavesi, a limnologist at the institute. “A lake does not care about one warm week, but it keeps a record of the whole winter.”\nRautavesi said the ice season on the 31 lakes shortened by about 2.7 days per decade before 2000 and by about 7.9 days per decade since. The team compared the ice dates with air temperatures from 14 nearby weather stations and found that each 1 °C rise in the average November-to-April temperature shortened the ice season by about 8 days.",
     ["Ice fishers on Lake Routasalmi in February 2024.", "Credit: Tavastia Institute of Technology / J. Peltomaa-Rinne", "“Ice is a very honest thermometer,” said lead author Dr. Aino Rautavesi, a limnologist at the institute.", "“A lake does not care about one warm week, but it keeps a record of the whole winter.”", "Rautavesi said the ice season on the 31 lakes shortened by about 2.7 days per decade before 2000 and by about 7.9 days per decade since.", "The team compared the ice dates with air temperatures from 14 nearby weather stations and found that each 1 °C rise in the average November-to-April temperature shortened the ice season by about 8 days."]),
    ("n73-sci-story-source-journal-ref", "Story Source:\nThis story is based on a news release from the Tavastia Institute of Technology. It has been edited for length and house style.\nJournal Reference:\nAino Rautavesi, Mikko Harjuvaara, Jussi Peltomaa-Rinne, et al. Six decades of shrinking lake ice in southern and central Finland. Cold-Region Limnology Letters, 2026; 9 (2): 114 DOI: 10.5521/crll.2026.0114\nHow to cite this article:   MLA   APA   Chicago",
     ["Story Source:", "This story is based on a news release from the Tavastia Institute of Technology.", "It has been edited for length and house style.", "Journal Reference:", "Aino Rautavesi, Mikko Harjuvaara, Jussi Peltomaa-Rinne, et al. Six decades of shrinking lake ice in southern and central Finland. Cold-Region Limnology Letters, 2026; 9 (2): 114 DOI: 10.5521/crll.2026.0114", "How to cite this article:   MLA   APA   Chicago"]),
    ("n73-letter-subtitle-author-counts", "The library cuts hiding on page 214 of the city budget\nThree branches would lose their Saturday hours under the mayor's plan. Here's what the numbers say.\nMarguerite Stelmach\nSep 22, 2026\n♡ 38   💬 6   ↻ 4   Share\nMayor Dennis Mickelberg's proposed 2027 budget, released last Tuesday, cuts the Ferrisport Public Library's operating budget by $412,000, or 6.8%, compared with this year.",
     ["The library cuts hiding on page 214 of the city budget", "Three branches would lose their Saturday hours under the mayor's plan.", "Here's what the numbers say.", "Marguerite Stelmach", "Sep 22, 2026", "♡ 38   💬 6   ↻ 4   Share", "Mayor Dennis Mickelberg's proposed 2027 budget, released last Tuesday, cuts the Ferrisport Public Library's operating budget by $412,000, or 6.8%, compared with this year."]),
    ("n73-letter-ps-oct-w-ave", "I'll say what I think: a 6.8% cut is a choice, not a rounding error.\nP.S. The budget hearing is Tuesday, Oct. 6, at 6 p.m. in the council chambers at City Hall, 200 W. Muskellunge Ave., and anyone can sign up to speak.\nIf this was useful, forward it to a neighbor. New posts arrive by email every Tuesday.",
     ["I'll say what I think: a 6.8% cut is a choice, not a rounding error.", "P.S. The budget hearing is Tuesday, Oct. 6, at 6 p.m. in the council chambers at City Hall, 200 W. Muskellunge Ave., and anyone can sign up to speak.", "If this was useful, forward it to a neighbor.", "New posts arrive by email every Tuesday."]),
    ("n73-print-byline-updated-photo-dateline", "Jillian Belliveau\nPublished Nov. 29, 2026  •  Last updated Nov. 29, 2026 6:41 p.m.\nLobster traps stacked on the wharf at Port Allery on Sunday. Photo by Jillian Belliveau /The Saltspray Courant\nPORT ALLERY, N.S. — The opening of the lobster season in southwest Nova Scotia, set for Monday, has been postponed for at least two days because of a storm forecast to bring winds of up to 90 km/h, Fisheries and Oceans Canada (DFO) said Sunday.",
     ["Jillian Belliveau", "Published Nov. 29, 2026  •  Last updated Nov. 29, 2026 6:41 p.m.", "Lobster traps stacked on the wharf at Port Allery on Sunday.", "Photo by Jillian Belliveau /The Saltspray Courant", "PORT ALLERY, N.S. — The opening of the lobster season in southwest Nova Scotia, set for Monday, has been postponed for at least two days because of a storm forecast to bring winds of up to 90 km/h, Fisheries and Oceans Canada (DFO) said Sunday."]),
    ("n73-print-footer-header-mid-story", "DFO said in a statement that it would decide by noon on Tuesday whether boats could leave on Wednesday morning. It said the decision followed a conference call with fishing associations and the Canadian Coast Guard on Sunday morning.\nhttps://www.saltspraycourant.ca/news/local/storm-pushes-back-start-of-lobster-season   1/2\n11/30/2026, 7:52 AM   Storm pushes back start of lobster season in southwest Nova Scotia | The Saltspray Courant\nClifford Nickerson-Amiro, president of the Port Allery Fishermen's Association, said the association's 212 members had voted unanimously on Saturday night to ask DFO for the delay.",
     ["DFO said in a statement that it would decide by noon on Tuesday whether boats could leave on Wednesday morning.", "It said the decision followed a conference call with fishing associations and the Canadian Coast Guard on Sunday morning.", "https://www.saltspraycourant.ca/news/local/storm-pushes-back-start-of-lobster-season   1/2", "11/30/2026, 7:52 AM   Storm pushes back start of lobster season in southwest Nova Scotia | The Saltspray Courant", "Clifford Nickerson-Amiro, president of the Port Allery Fishermen's Association, said the association's 212 members had voted unanimously on Saturday night to ask DFO for the delay."]),
    ("n73-live-pinned-box-stamp", "Pinned\nWhat we know so far\n• An emergency warning is in place for Jarrahdene and parts of Wollabine in the Shire of Marribup\n• The fire has burnt more than 2,400 hectares since it started on Tuesday afternoon\n• An evacuation centre is open at the Marribup Recreation Centre on Karri Street\n• Strong easterly winds are forecast until at least 6pm\nBy Tessa Wyndeham\n3:42pm\nFire crosses Wollabine Road, heads towards Jarrahdene townsite\nDFES says the fire crossed Wollabine Road at about 3:15pm and is moving west towards the Jarrahdene townsite at up to 2 kilometres an hour.",
     ["Pinned", "What we know so far", "• An emergency warning is in place for Jarrahdene and parts of Wollabine in the Shire of Marribup", "• The fire has burnt more than 2,400 hectares since it started on Tuesday afternoon", "• An evacuation centre is open at the Marribup Recreation Centre on Karri Street", "• Strong easterly winds are forecast until at least 6pm", "By Tessa Wyndeham", "3:42pm", "Fire crosses Wollabine Road, heads towards Jarrahdene townsite", "DFES says the fire crossed Wollabine Road at about 3:15pm and is moving west towards the Jarrahdene townsite at up to 2 kilometres an hour."]),
    ("n73-live-quote-question-two-paragraphs", "Kylie Pannowitz left her house on Tuart Close at about noon with her two children. “The sky went orange and then it went black,” she told Ninecoast News at the evacuation centre. “We just grabbed the dog and the photos.\n“Is the house still there? Nobody can tell us.”\nReporting by Daniel Wunderley",
     ["Kylie Pannowitz left her house on Tuart Close at about noon with her two children.", "“The sky went orange and then it went black,” she told Ninecoast News at the evacuation centre.", "“We just grabbed the dog and the photos.", "“Is the house still there?", "Nobody can tell us.”", "Reporting by Daniel Wunderley"]),
    ("n73-mag-dek-byline-listen-scene", "The pub that a village bought back\nWhen the last pub in Llanddeufor closed, 412 people put up the money to reopen it. Two years on, it is still pouring.\nBy Eluned Hopcyn\nPhotographs by Osian Eifion\n2 May 2026   ·   19 min read\nThis article appears in the May 2026 issue of The Quarto Review.\nListen to this article   ▶ 24:10\nAt half past five on a wet Thursday in March, the bar of Tafarn yr Efail is already three deep.",
     ["The pub that a village bought back", "When the last pub in Llanddeufor closed, 412 people put up the money to reopen it.", "Two years on, it is still pouring.", "By Eluned Hopcyn", "Photographs by Osian Eifion", "2 May 2026   ·   19 min read", "This article appears in the May 2026 issue of The Quarto Review.", "Listen to this article   ▶ 24:10", "At half past five on a wet Thursday in March, the bar of Tafarn yr Efail is already three deep."]),
    ("n73-mag-pull-quote-says", "With a £90,000 grant and a loan of £60,000, they bought the building for £325,000 and reopened it on 1 March 2024.\n“For four years the village had nowhere to drink, to meet or to hold a wake.”\n“We worked out that if everyone in the village spent £4 a week here, we'd break even,” says Huw Pennal-Roberts, the society's treasurer, a retired accountant who keeps the figures in a ring binder behind the bar. “Most weeks they spend a lot more than that.”",
     ["With a £90,000 grant and a loan of £60,000, they bought the building for £325,000 and reopened it on 1 March 2024.", "“For four years the village had nowhere to drink, to meet or to hold a wake.”", "“We worked out that if everyone in the village spent £4 a week here, we'd break even,” says Huw Pennal-Roberts, the society's treasurer, a retired accountant who keeps the figures in a ring binder behind the bar.", "“Most weeks they spend a lot more than that.”"]),
]  # fmt: skip
