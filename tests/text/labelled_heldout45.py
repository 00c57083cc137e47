"""Forty-fifth held-out set of hand-labelled pages for the hint engines (held-out, round thirty): twelve ordinary whole pages, head to tail as pasted after select-all, from twelve kinds of news site in several countries, as a newsroom reviewer would meet them on an ordinary day.
HELD-OUT: never to be tuned on; only its summary figures are to be looked at.

Written from scratch for issue 13 in round thirty, blind: nothing under `claimreview/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under `docs/`,
no README and no benchmark was read, `claimreview` was never imported, and no test, scorer, engine or
`pytest` was run; the only git command was one `git status`. The format and the conventions were read from the module
docstrings of `labelled_new.py` and `labelled_new2.py` (in full), and from the module docstrings,
`STYLES`, first two pages and first fifteen split cases of `labelled_new66.py`, `labelled_new67.py` and
`labelled_new68.py` (printed by a small `ast` script of mine into a scratch file and read in parts; the
listing of `labelled_new67.py`'s `STYLES` and of the new68 docstring was seen only in part), `build` in
`labelled_articles.py` and the ruff settings in `pyproject.toml` (a `grep -A` that also showed a few
neighbouring lines of the dependency list). A listing of `tests/text/` showed file names only. What was
run: a Python one-liner printing the calendar of 2026 to check weekdays; a converter of my own in /tmp
that turns a small line format into the literals below and cuts the split cases out of the pages;
renaming scripts; whole-word, case-insensitive greps of every capitalised word of these pages and
styles (each part of a hyphenated name on its own) over `tests/`, printing file counts only, and for
one surprising single hit the name of the matching file; an import of this file with `build` on every
page and a checking script of my own in /tmp (four fields, flags, a cue for every speaker and a
speaker for every cue, the sentence count, every split case occurring in a built page and joining back
to its text); and `ruff format` / `ruff check` on this file. `labelled_new69.py`, `labelled_new70.py` and `labelled_heldout46.py`, drafted by other writers at
the same time, appeared while this set was being finished and fell under the same greps, the last
of them over the whole `tests/` tree once all three existed (their content was not read).

Every person, small place, street, island, ferry, pool, park, school, surgery, diner, club, league,
medal, association, trust, charity, union, company, outlet, wire, portal, app, product and number is
invented (a first draft reused some ninety invented surnames, places, outlets and companies of
earlier sets, and some forty of their replacements hit again; all were renamed and grepped once more).
Real countries, regions, cities, neighbourhoods and public bodies appear only as settings, with
invented figures: the United States, Wisconsin's Milwaukee and Milwaukee County, Ohio, Indiana,
Columbus, Indianapolis, Wall Street, Seattle and the Seattle Department of Transportation (SDOT),
Pennsylvania, Pittsburgh, its South Side and Lawrenceville and the Allegheny County Health Department;
England, Devon, Devon County Council and the Independent Press Standards Organisation; Canada, Nova
Scotia, its Eastern Shore, Halifax, Dartmouth and Lunenburg, Nova Scotia's Department of Public Works,
Transport Canada and DFO; India, Karnataka, Bengaluru, Whitefield, Mahadevapura and Hoodi, the
Bengaluru Water Supply and Sewerage Board (BWSSB) and the India Meteorological Department; Australia,
Victoria's Wimmera, Horsham and the Western Highway; Wales, London, the National Institute for Health
and Care Research and the Welsh government; Scotland, Highland Council, Inverness, Holyrood,
Westminster, the Scottish Government, the BBC and the Local Democracy Reporting Service; Japan, Niigata,
Nagano and Akita prefectures, JR East and the Ministry of Land, Infrastructure, Transport and Tourism;
South Africa, the Eastern Cape, Gqeberha, Nelson Mandela Bay, Motherwell, KwaZakhele, Walmer,
Greenacres and Njoli Square, the provincial Department of Transport and the Department of Mineral
Resources and Energy. Facebook, X, WhatsApp, LinkedIn and LINE appear only as channels, a Toyota
Quantum as a vehicle. No surname, town, street, outlet, company, school, club or union of any file
under `tests/` is reused; given names, titles, real settings and common words (such as "Gazette",
"Lantern", "Coaches", "Grill", "Guild", "Transit", "Carriers", "Seafoods", "Cove" and "Flat") recur.

Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after selecting all in
a browser, so every furniture line (masthead, tagline, account strip, menu, crumb, section label,
byline, date line, listen and share strips, caption credit, ad slots, read-more and related lines,
newsletter boxes, video lines, tips prompts, bios, most-popular lists, tags, comments and comment
forms, disclaimers and footers) is a paragraph of its own, worded in that site's own way, and "B".
The stories are ordinary news with ordinary speakers, figures and quotes. `STYLES` names the site, the
story and the stresses of each page, in order.

(1) A US metro daily in Milwaukee: only four of seven city pools will open for want of lifeguards.
The standfirst "Parks department says ...; Quarrenbrook and Tillburn pools will stay closed" carries
"the Milwaukee Department of Parks and Pools" as the lead names it with "said" at its end ("MILWAUKEE
—" opens the lead) and is not split at its semicolon; "Updated 5:42 p.m. CT May 12, 2026" is one "B"
line; the caption's 38,400 swimmers are "W" and the slash credit shares its line; "according to the
department's hiring records" keeps them as written; "Deputy director" and "Ald." are dropped; the pay
rise and failed swim tests are "W", the deputy's opinion and his hope to reopen "by the Fourth of July"
""; the "Read more:" teaser is two "B" sentences; a former lifeguard's water-park pay is private, "";
a union steward's complaint is "" and "Every suburb around us went to $20 last year" "W" (a checkable
claim in a quote); "“Where are 600 kids a day supposed to go when it's 94 degrees?” she asked." is one
"" sentence; the newsletter box ends "at 4 p.m." on its line; "according to a county spokeswoman"
keeps her as written; "A spokesman for the mayor, Wendell Sarkisian, did not respond ..." carries him,
""; the two-name bio is three "B" sentences, the most-popular numbers and headlines "B", and "Inc."
ends a sentence before "All rights reserved.".

(2) An English local weekly's website in Devon: a village bus loses its county subsidy. "7th May 2026
· 4.00pm" is "B"; the caption is scene, "", and its credit "B"; the closure and the route's timetable
are "W" without a speaker; "Devon County Council said in a statement" and "it said" carry the council;
"Cllr" is dropped from the cabinet member, whose £3.4m is "W" and regret ""; the operator said its
passenger figures ("W") and the managing director's "7.05am" and "5.40pm" do not split; the operator is
the standfirst's source ("Operator says ..."), as the body names it; the parish council's petition is
an act, "W", without a speaker, and "Its chairman, ..., said" carries her, "Mrs" inside her sentence not
splitting; a pensioner's trips and her dislike of asking for lifts are private, ""; the surgery
manager's 38 missed appointments are "W"; a charity's 14 drivers "W" and its coordinator's colon quote
one "" sentence with "said"; the consultation and scrutiny dates are "W", "Residents can respond ..."
""; the tips prompt ("Got a story for us?" / "Email ..."), the comment count, the commenters' names
with their times, their comments (two sentences in one) and "Report this comment" are "B"; the IPSO
line and "Ltd." before "All rights reserved." are "B".

(3) A Canadian national broadcaster's page: a Nova Scotia island ferry is out for six weeks. The
listen strip and its text-to-speech note, "Posted: May 18, 2026 6:00 AM ADT | Last Updated: 3 hours
ago" and "Social Sharing" are "B"; the standfirst states a fact with no speaker, "W"; the caption's
"Fallow Harbour, N.S., and" does not split, while "... between the island and Fallow Harbour, N.S."
ends a sentence before "About 420 people ..."; "In a statement, Nova Scotia's Department of Public
Works said" keeps the department as written, "Keelmarsh Marine Ltd., which has" does not split, "it
said" resolves to the department and "the department said" keeps "the department"; the Transport
Canada rule is "W"; a fish plant owner's trucking is "W", his weekly loss (a private figure in a quote)
and his complaint ""; "Capt." is dropped and her 71 days out of service are "W"; the "WATCH |" line
and "Duration 2:14" are "B", the video caption scene, ""; "RELATED STORIES: ..." inside the story is
"B"; the MLA's letter is "W" and her question, closing with "?” she said.", one "" sentence;
"Department spokesperson" is dropped, the barge's need for a ramp "W", the hoped-for return "" (a
hedge); a nurse's "4:45 a.m." commute is private; "With files from ...", the corrections strip, the bio
(two sentences), the related list and "P.O. Box 500, Halifax, N.S." are "B".

(4) An Indian news portal republishing a wire story: Bengaluru's water board caps tanker prices. The
crumb repeating the headline, the wire's name "NWI", the first-published line, the follow prompt and
the bracketed auto-generated-feed note are "B"; "Bengaluru, May 8 (NWI): The Bengaluru Water Supply and
Sewerage Board (BWSSB) on Friday capped ..." is an act, "W", without a speaker; "chairman Dr." and
", IAS," are dropped; the rule on fines is "W" without a speaker; the suppliers' association is kept as
written, "Pvt. Ltd. and other" does not split, its 640 members "W"; its president's pledge and quote
are ""; an RWA secretary's Rs 4.6 lakh is private, and her question with "Gate No. 2" one ""
sentence; "e.g. the one at Mahadevapura, the board said." and "from 6 a.m. to 10 p.m. in" do not split,
"the board said" / "the board added" keep "the board"; a tanker driver's trips are private; rainfall
"according to the India Meteorological Department" and a GPS deadline "according to the order" are
"W"; "Also Read", the second feed note, the two-sentence disclaimer, trending topics and "Pvt. Ltd."
before "All rights reserved." are "B".

(5) A US business news site: a grocery chain beats estimates and will close 14 stores. The index
strip, "KEY POINTS" and the published/updated line with "AM EDT" are "B"; the three key-point bullets
are labelled like standfirsts, "W" without a speaker; "Pellcroft Markets Inc. on Wednesday" does not
split; "Here's how the company did ..., according to a survey of analysts by Datavere Data:" is the
site's lead-in, "B", and the two "vs." bullets after it are "W" lines of record with no speaker of
their own; "Chief executive" is dropped, "said on a call with analysts" is the cue, the stores' losses
and the five new stores "W", his opinion ""; "Finance chief" dropped with a cost of record; "VIDEO
2:41" and its title are "B"; "the company said" keeps "the company"; "The union that represents about
800 of them" is kept as written and its statement ("said in a statement") ""; an analyst "at Hatchbury
& Co. who covers the company" (not split) gives opinions, "", and "The U.S. grocery business" does not
split; "according to research firm Tallowcrest Retail Research" drops the descriptor; the quote box,
both data notes, the disclosure, the tips prompt ("Got a confidential news tip?" / "We want to hear
from you."), related links and the footer are "B".

(6) An Australian regional daily's sport page: a country football grand final won by a late goal. The
live strip ("FT  Dunbraikie 12.11 (83) d Yarrabeen 11.13 (79)") is one "B" line; the headline and the
standfirst are "W"; "Updated September 13 2026 - 7:45pm, first published 6:30pm" is "B"; the caption
states the winning goal, "W", and "Picture by ..." is "B"; scores such as "12.11 (83) to 11.13 (79)"
and "10.9 (69) to 7.9 (51)" never split; the crowd "the league said" keeps "the league"; the coach's
instruction and pride are "" and "Half of them weren't born the last time this club won one." "W" (the
19 years of record); the captain's memory is ""; the medal's 14 votes are "W"; "according to the
umpires' report" keeps it as written; the rival coach's contest of the charge is "W" and his hurt "";
"MORE:" and the subscriber video line are "B"; the scoreboard's title lines are "B" and its quarter
rows, goals, best and umpires lines are data, "", one sentence each except where a team's list ends
with a full stop before the next team's ("F. Amoroso." / "Yarrabeen: C. Vennardsley 3, ..."), the
initials ("B. Calthorpe") never splitting.

(7) A UK national newspaper's health and science page: extra outdoor time at school cut new cases of
short-sightedness. "Wed 13 May 2026 00.01 BST" is "B"; the standfirst "Researchers say ..." carries the
lead author, through whom the body gives the results and the winter warning; "according to a trial in
62 primary schools in Wales" and "according to the paper, published on Wednesday in ..." are kept as
written, "(relative risk 0.74, 95% CI 0.61–0.89)" not splitting; "Prof." and "Dr" are dropped, and
"(p=0.003)" does not split; the lead author's second quote sentence is "W" (a checkable statement of
the trial's winter sessions) and her first ""; "the paper says" keeps "the paper" and "The authors
said" keeps "The authors"; the outside expert's "largest trial of its kind in Europe" is "W" and his
advice on screens ""; "The charity Llygaid Clir" loses its descriptor; a headteacher's timetable change
is "W" and her quote ""; the funding line is "W" without a speaker; "A Welsh government spokesperson"
is kept as written; "Related: ...", the journal reference ("Aberfawr G, Petherwyn R, et al. ... J
Paediatr Eye Res. 2026;11(5):204–213.", one "B" sentence), the topics, "Reuse this content", the
most-viewed list and "Ltd." before "All rights reserved." are "B".

(8) A Scottish regional daily's politics page: Highland Council sets an 8.5 per cent council tax rise.
"Published: 14:32, 26 February 2026 | Updated: ..." is "B"; the vote "by 36 votes to 33" is "W"; "A
Band D home will pay £1,512.40." ends before "Last year the figure was £1,393.92."; "Council leader
Cllr" and "Opposition leader" are dropped; "Ms Marwhinnie ..." and "The council leader said" resolve to
"Morag Marwhinnie"; the abstaining councillor's position is ""; "according to a council finance paper"
keeps it as written and "Its head of finance, ..., warned" carries her with "warned"; "Mr Feorlig's
group said" keeps the group as written, "Mr" inside it; the MSP "said in a statement" with a grant
figure "W", his jibe ""; "A Scottish Government spokesperson" and "The largest trade union at the
council" are kept as written; the LDRS note, the letters prompt (a question, then "Write to ..."), the
newsletter box, the politics list and the footer are "B".

(9) A Seattle hyperlocal blog: the city promises a signal after a pedestrian is hit. The post title
is the page's headline, "W" (a promise of record); "Posted by ... at 9:12 am" and the category line are
"B"; "UPDATE 2:35 pm: SDOT says ..." states a later fact, "W", carrying SDOT; "Dunnockfield Ave. N. at
N. 97th St., Seattle police said." does not split, and "police said" in the next sentence keeps
"police"; "SDOT spokesperson" is dropped, "said in an email" is the cue; "according to SDOT's 2025
annual report" and "according to the city's crash data" are kept as written; "at 9400 Dunnockfield Ave.
N." ends a sentence before "About 120 students ..., the school district said."; a neighbour's petition
count is "W" and her memory of the crash ""; the principal's advice and worry are "" ("N. 95th St.
until" not splitting); "The office of Council Member ..." is kept as written; the sponsor lines, the
tags, the reply count, the commenters' names and times, their comments and the comment form are "B",
"Ted D. says:" one sentence; the meeting at "7 p.m." ends a sentence before "All are welcome.".

(10) A Pittsburgh city magazine's feature: a 24-hour diner closes after 58 years. The headline "The
Last Booth at the Culvane" states nothing, ""; the dek's first sentence is "W" and its second carries
the owner with "says"; the opening scene ("At 3:10 a.m. on a Saturday, ...") is ""; "a.k.a. “the
Culvane”" and "Mt. Tarrowden Avenue" do not split; the owner's rent figures are "W" with "says", her
napkin and eggs ""; "according to a copy of the lease offer seen by Riverlantern" keeps it as
written; "Kestrow Urban Partners, the company that bought the building in 2024, did not respond to
messages." carries the company, ""; the pull quote is "B" though it repeats the owner's sentence; a
regular's booth ("No. 4"), told with no verb of saying, carries nobody and his jokes carry him with "says", all private, ""; county inspection records and a trade guild's 40
closed diners are "W"; "City Councilwoman" is dropped and her bill "W", her quote ""; "until 2 p.m. on
Sunday, June 7," does not split; "Her 11 employees have been told, she says, ..." is "W"; "“Maybe at
2:01.”" is its own "" sentence; newsletter, print note, more-in-section list, "Subscribe to
Riverlantern: 12 issues for $18." and the footer are "B".

(11) An English-language news site in Japan: a snow-country town replaces its last bus route with
shared taxis. "May 21, 2026 | 11:30 JST" and "By ..., with reporting by Inaho Press" are "B"; the lead
"will end its last fixed-route bus service on Sept. 30 ..., the town said Wednesday." carries "the
town", "Sept. 30" not splitting; "run by Yukiwari Transit Co. under contract" does not split; "according
to town figures" keeps them as written; "Mayor" is dropped, the costs "W", his colon-less quote over
three sentences "" ("“This is not a cut." / "It is a different shape of service.”"); the operator's
president's drivers are "W"; "Related: ..., JR East says" is "B"; an 84-year-old's "8:40 a.m." bus is
private and her question one "" sentence; the fares and "by 5 p.m. the day before" / "from 7 a.m. to 7
p.m." are "W" without a speaker; "Prof." is dropped from a researcher, ""; "The town said" keeps "The
town"; the comment notice (two sentences), the popular list and "Inc." before "All rights reserved."
are "B".

(12) A South African news app's web view: minibus taxi fares in Gqeberha rise by R3. The open-in-app
bar, the controls, the date line "02 May 2026, 07:15" and "3 min read" are "B"; the standfirst carries
"the Nelson Mandela Bay Taxi Alliance" as the lead names it; "The alliance" is kept as written; "New
fares from 4 May:" is a table title, "B", and its three rows ("Motherwell to the city centre: R21 (was
R18)") data, ""; "Alliance spokesperson Mr" is dropped; "Umhlaba Cover (Pty) Ltd, had raised" does not
split; "0.05% diesel" and "R19.34 a litre" do not split; the department's rule on displaying fares is
"W", its follow-up ""; a commuter's R36 is private and "“Where must I find R36?” she asked." one ""
sentence; the consumer group's R924 is "W"; a rank marshal's report is ""; "SPONSORED", "READ NEXT",
the notification prompt (two sentences), the share line, "Next article  ›", "Tap to load comments
(27)", the download prompt (two sentences) and "(Pty) Ltd." before "All rights reserved." are "B".

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points settled
in `labelled_new2.py` to `labelled_new68.py` hold as far as their docstrings were read: furniture "B"
line by line and furniture in prose "B" sentence by sentence; captions by content and credits "B";
standfirsts and key points labelled like headlines, never split at a semicolon, a "says" in them
carrying the source as the body first names it with a verb of saying; titles, ranks and roles dropped
from speakers; a pronoun, a later surname or a role resolved to the full name as first given;
organisations, documents and data kept as written, "according to X" -> X, "It" for an organisation
resolved to its name as first given, "the board" / "the department" / "the town" kept as written; a
quote over several sentences carrying its speaker and cue; "did not respond" labelled like speech,
""; plans, votes, decisions, rules, results and figures of record "W"; hopes, hedges, opinions,
feelings, scene, private circumstances, questions and advice ""; a checkable figure inside a quote
"W"; data rows "" and their titles "B"; teasers, pull quotes, players, widgets and comments "B". Reader
comments are furniture, "B", sentence by sentence, whatever they say; a scoreboard's goals and best
lines are data, "", split only where a full stop ends one team's list before the next team's name.

Splits. "5:42 p.m. CT May 12", "Ald. Rosalind", "at 4 p.m." ending a line, "7.05am", "5.40pm", "Mrs
Jennifer", "Fallow Harbour, N.S., and", "Keelmarsh Marine Ltd., which", "Capt. Abigail", "4:45 a.m. to",
"P.O. Box 500, Halifax, N.S.", "May 8 (NWI):", "Dr. Ramesh", ", IAS,", "Pvt. Ltd. and", "Gate No. 2",
"e.g. the one", "6 a.m. to 10 p.m. in", "Inc. on Wednesday", "$1.12 vs. $1.04", "Hatchbury & Co. who",
"The U.S. grocery", "12.11 (83) to 11.13 (79)", "B. Calthorpe 3", "00.01 BST", "95% CI 0.61–0.89",
"(p=0.003)", "et al.", "J Paediatr Eye Res. 2026;11(5):204–213.", "£1.3m", "Dunnockfield Ave. N. at N.
97th St., Seattle police said.", "N. 95th St. until", "Ted D. says:", "a.k.a. “the Culvane”", "Mt.
Tarrowden Avenue", "No. 4,", "2 p.m. on Sunday", "Sept. 30", "Yukiwari Transit Co. under", "8:40 a.m.
bus", "by 5 p.m. the day before", "(Pty) Ltd, had" and "0.05% diesel" never split a sentence; nor does
a "?" closing a quote before a lower-case attribution ("?” she asked.", "?” she said."). "£1,512.40."
before "Last year ...", "Fallow Harbour, N.S." before "About 420 ...", "9400 Dunnockfield Ave. N."
before "About 120 ...", "at 7 p.m." before "All are welcome.", "F. Amoroso." before "Yarrabeen: ...",
"Inc.", "Ltd.", "Pvt. Ltd." and "(Pty) Ltd." before "All rights reserved.", a "?" in furniture before a
capital ("Got a story for us?" / "Email ...", "Got a confidential news tip?" / "We want ...", "Do you
want to respond to this article?" / "Write to ..."), a commenter's "Finally." and "Hope she's okay."
and a quote's "“This is not a cut." end one.

`HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected sentences), each taken word for word
from these pages (consecutive lines joined by a newline, sentences of one line by a space) and written
the same way as the split cases of `labelled_new66.py` to `labelled_new68.py`: what a reviewer wants,
not what the engine does. They run from two to seventeen sentences and cover the traps above: the
metro daily's standfirst and updated line, its alderwoman's question and newsletter box, its bio and
footer; the weekly's date line and caption, its am/pm times and "Mrs", its tips prompt and comments;
the broadcaster's "N.S.", "Ltd., which" and "Capt."; the portal's feed note and wire dateline, "Dr." and
", IAS,", "Gate No. 2" and "e.g."; the business site's ticker and key points, "Inc." and "vs.", "& Co."
and "U.S."; the sport page's scores and scoreboard; the science page's BST line, confidence interval,
p value and journal reference; the politics page's Band D figures; the blog's update line, "Ave. N."
and "St.", and its comments; the magazine's "a.k.a." and "Mt." with its pull quote and its closing
times; the Japanese site's "Sept." and "Co." and its a.m./p.m. times; and the app's fare table and
"(Pty) Ltd".
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "US metro daily in Milwaukee, the city will open only four of its seven outdoor pools for want of lifeguards (masthead with a tagline, account strip, menu, crumb, headline, semicolon standfirst carrying the parks department as the body names it with says, byline with two names, updated line with p.m. CT, listen line with a running time, share strip, caption with a checkable fact and a slash credit on the same line, a dateline with an em dash and the department's figures with said at the end, closures of record without a speaker, hiring records via according to, a deputy director's pay rise and test results of record against his opinion and hope, an ADVERTISEMENT slot, a Read more teaser in two sentences, a former lifeguard's private pay and joke, a union steward's opinion then a checkable claim in his quote, Ald. dropped with an ordinance request of record and a question closing a quote before she asked, a newsletter box with 4 p.m. ending a line, a parent's private plans, a county's opening date via according to a spokeswoman, prices of record, did not respond, a dated plan, a two-name bio with an email, a most-popular list with numbers, footer with Inc.)",
    "English local weekly's website in Devon, a village bus route loses its county subsidy and will stop running in June (masthead, menu, crumb, headline, standfirst carrying the operator with says, byline with role, date line with a dot time, share strip, caption and credit, figures of record without a speaker, Devon County Council said in a statement then it said, Cllr dropped from a cabinet member with a figure of record and her opinion, the operator's managing director with am and pm times that do not split, the operator's passenger count, a parish council chairman with Mrs in a sentence, a pensioner's private trips and her feelings, a GP surgery manager's appointment figure, a Read more teaser, an advert slot, a petition count of record, a consultation date, a tips prompt with a question, comments count and two reader comments with their times, the press regulator line, footer with Ltd)",
    "Canadian national broadcaster's news page, a Nova Scotia island ferry is out of service for six weeks after a mechanical failure (broadcaster brand, menu, province label, headline, standfirst without a verb of saying, listen strip with an estimated time and a text-to-speech note in one sentence, byline with a unit, posted and last-updated line with AM ADT and a relative time, social sharing label, caption with a checkable fact and a credit in brackets, N.S. followed by a comma mid-sentence and N.S. ending a sentence, the province's transportation department said in a statement then it said, Ltd. mid-sentence, a fish plant owner's losses against his opinion, a water-taxi rule of record, a ferry captain's 22 years, an MLA's letter of record with her question, a Related stories line inside the story, the department's spokesperson with a dated estimate and a hedge, a nurse's private commute, With files from credit, a corrections-and-clarifications strip, an about-the-author bio, related stories list, footer)",
    "Indian news portal republishing a wire story, Bengaluru's water board caps private tanker prices for the summer (portal brand, sign-in and edition strip, menu, crumb with slashes, headline, a wire line, first-published and updated lines with PM IST, follow prompt, share strip, an auto-generated-feed note in brackets, the dateline with the wire's name in brackets and a colon, the board's order of record, Rs and lakh figures, Dr. and IAS dropped from the chairman with said, an order's rule without a speaker, a tanker owners' association with Pvt. Ltd. mid-sentence and its count of record, its president's complaint, an RWA secretary's private bills and her question, No. and e.g. mid-sentence, a helpline of record, an Also Read line, the wire's note in brackets, a disclaimer in two sentences, trending topics, catch-all line, footer)",
    "US business news site, a regional grocery chain beats first-quarter estimates but will close 14 stores (brand, ticker strip with index moves, menu, section label, headline, key points box with three bullets labelled like standfirsts, byline, published and updated lines with AM EDT, share strip, results of record with Inc. mid-sentence, a share price move, per-share figures vs. analysts' estimates via according to, the chief executive on a call with analysts with an opinion and a dated plan, a finance chief's cost figure, a video line with its running time, a union's count and its objection, Co. mid-sentence in an analyst's name line and his opinion, U.S. mid-sentence, a market-share figure via according to a research firm, a quote-box widget with delayed data and its note, a disclosure line, a tips prompt with a question, related links, footer with LLC)",
    "Australian regional daily's sport page, a country football grand final won by a late goal (masthead, subscribe strip with a price, live-scores strip with quarters, menu, crumb, headline, standfirst without a verb of saying, byline with role, date line with a dot time, share strip, caption with a checkable result and a picture credit, scores with points in brackets whose full stops do not split, the league's crowd figure via said, a coach's opinion and a fact of record in his quote, a captain's private feelings, a medal count of record, the umpires' report via according to, an injury update with said, a teaser line, a subscriber-only video line, a scoreboard block with its title, quarter rows, goals and best lines as data, an umpires line, a most-read list, footer with Pty Ltd)",
    "UK national newspaper's health and science page, a school trial finds extra outdoor time cut new cases of short-sightedness (masthead, menu, section labels, headline, standfirst carrying the researchers with say, byline with role, date line with a dot time and BST, share strip, caption and credit, the trial's design and results of record, et al. inside a sentence, Prof. and Dr dropped, a percentage and a confidence interval in brackets, a lead author's figures and her opinion, p= figure mid-sentence, an independent expert via the Science Media Centre-like body said, a charity's count of record, a headteacher's timetable change of record and her opinion, a funding line in prose without a speaker, an advert slot, a journal reference line, an explore-more-on-these-topics list, reuse-this-content line, most-viewed list, footer)",
    "Scottish regional daily's politics page, Highland Council sets a council tax rise after a late amendment (masthead, account strip, menu, politics sub-menu, headline, standfirst without a verb of saying, byline with role, published and updated lines with 24-hour times, share and comment strip, caption and credit, a vote of record, Band D figures ending a sentence with pence, the administration's leader with Cllr dropped and a figure of record against her opinion, the opposition group leader's amendment and his quote, Mr mid-sentence, a council finance paper via according to, an MSP who said in a statement with a figure and his opinion, the Scottish Government spokesperson's figure, a trade union branch's count, a Local Democracy Reporting Service note, a letters prompt, a newsletter box, more-from-politics list, footer with Ltd)",
    "Seattle hyperlocal neighbourhood blog, the city will put a signal at a crossing where a pedestrian was hit (blog name and tagline, menu, post title, posted-by line with am, category line, an UPDATE line with pm that states a later fact with SDOT says, St. and Ave. N. mid-sentence and Ave. N. ending a sentence, a school district's count with said, the crash via police said, SDOT's plan of record, a spokesperson with said in an email, counts from the city's crash data, a neighbor's petition count and her feelings, a school principal's private worry, a council member's office, a sponsor message, a meeting date with p.m. ending a sentence, tags, reply count, two reader comments with their names and times, reply prompt, comment form lines, footer)",
    "Pittsburgh city magazine's long feature, a 24-hour diner closes after 58 years when its rent nearly doubles (masthead, account strip, menu, section label, headline without a claim, dek in two sentences, byline with a pipe and a photographer, date line, read time, caption with a checkable fact and its credit, a scene with a time, a.m. and p.m. inside sentences, the diner's history of record, a.k.a. mid-sentence, Mt. in a street name, the owner's rent figures and her feelings, a lease via according to, a landlord company that did not respond to messages, a regular's private habit and his joke, a pull quote that repeats a sentence, the county's restaurant data via according to, a restaurant association's count, a city councilwoman's bill of record and her opinion, the last day of business, an advertisement slot, a newsletter box, a print-issue note, more-in-section list, subscribe line with a price, footer)",
    "English-language news site in Japan, a snow-country town replaces its last bus route with shared on-demand taxis (masthead, language and login strip, menu, section crumb with a pipe, headline, standfirst without a verb of saying, byline with a wire credit, date line with JST, share strip, caption and credit, yen figures, Co. mid-sentence, the town's decision of record, ridership figures of record, the mayor's figures and his opinion, the operator's president with a driver count, a p.m. time inside a sentence, an elderly resident's private trips and her question, a ministry survey via according to, a researcher with Prof. dropped, a Related teaser, an ad slot, the fare rule without a speaker, a JR station name, a trial-run date, a comment-policy notice in two sentences, popular list, footer with Inc.)",
    "South African news app's web view, minibus taxi fares in Gqeberha rise by R3 after a diesel price increase (back arrow and open-in-app bar, text-size and listen controls, section label, headline, standfirst carrying the taxi alliance with says, byline, date line with a 24-hour time, a reading-time and listen line, caption and credit, the alliance's fare table as data rows with its title, Mr dropped with figures of record, Pty Ltd mid-sentence, the diesel price via according to, the transport department's spokesperson with a rule of record, commuters' private costs and a question, a consumer group's calculation, a Sponsored card, a Read next card, a push-notification prompt, a share-via line, a next-article line, a tap-to-load-comments line, a download-the-app prompt, footer with Ltd)",
]

ARTICLES = [
    [  # 1. US metro daily in Milwaukee, the city will open only four of its seven outdoor pools for want of lifeguards
        [("THE HARBORLIGHT", "", "", "B")],
        [("Milwaukee's newspaper since 1911", "", "", "B")],
        [("Subscribe   Sign In   Today's Paper", "", "", "B")],
        [
            (
                "News   Sports   Business   Opinion   Food & Drink   Things to Do   Obituaries   Puzzles",
                "",
                "",
                "B",
            )
        ],
        [("Local News  ›  Milwaukee", "", "", "B")],
        [
            (
                "Milwaukee will open only four of its seven outdoor pools this summer because it can't hire enough lifeguards",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Parks department says it has hired 61 of the 104 guards it needs; Quarrenbrook and Tillburn pools will stay closed",
                "the Milwaukee Department of Parks and Pools",
                "says",
                "W",
            )
        ],
        [("Delphine Ostrovsky and Joel Braithewick", "", "", "B")],
        [("Milwaukee Harborlight", "", "", "B")],
        [("Updated 5:42 p.m. CT May 12, 2026", "", "", "B")],
        [("🔊 Listen to this article   4:36", "", "", "B")],
        [("Share   Facebook   X   Email   Copy link", "", "", "B")],
        [
            (
                "The pool at Quarrenbrook Park, shown in July 2025, drew 38,400 swimmers last summer, the most of any city pool.",
                "",
                "",
                "W",
            ),
            ("Ansel Drumlevin / Milwaukee Harborlight", "", "", "B"),
        ],
        [
            (
                "MILWAUKEE — Only four of the city's seven outdoor pools will open this summer because the city has hired 61 of the 104 lifeguards it needs, the Milwaukee Department of Parks and Pools said Tuesday.",
                "the Milwaukee Department of Parks and Pools",
                "said",
                "W",
            )
        ],
        [
            (
                "Quarrenbrook and Tillburn pools on the north side and Vennersby Pool on the south side will stay closed through Labor Day.",
                "",
                "",
                "W",
            ),
            (
                "The department had 97 lifeguards on staff in the summer of 2019, according to the department's hiring records.",
                "the department's hiring records",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Deputy director Cormac Illingsby said the department raised lifeguard pay from $15.50 to $18 an hour in March and ran three certification classes, but 22 of the 58 trainees did not pass the swim test.",
                "Cormac Illingsby",
                "said",
                "W",
            ),
            (
                "“We'd rather open four pools safely than seven pools with a guard on every other chair,” he said.",
                "Cormac Illingsby",
                "said",
                "",
            ),
            (
                "He said he hoped to reopen Tillburn by the Fourth of July if enough trainees pass a make-up class in June.",
                "Cormac Illingsby",
                "said",
                "",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            ("Read more: Milwaukee's splash pads open Memorial Day weekend.", "", "", "B"),
            ("Here's the full list, with hours.", "", "", "B"),
        ],
        [
            (
                "Nyla Fairbrook, 19, who guarded at Quarrenbrook for two summers, said she took a job this year at a water park in the suburbs that pays $21 an hour.",
                "Nyla Fairbrook",
                "said",
                "",
            ),
            (
                "“It's the same job with more sunscreen and three more dollars,” she said.",
                "Nyla Fairbrook",
                "said",
                "",
            ),
        ],
        [
            (
                "Hank Duvessant, a steward for the union local that represents the city's seasonal workers, said the city waited too long to raise pay.",
                "Hank Duvessant",
                "said",
                "",
            ),
            (
                "“Every suburb around us went to $20 last year,” he said.",
                "Hank Duvessant",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ald. Rosalind Skellerton, whose district includes Quarrenbrook Park, said she had asked the city attorney's office to draft an ordinance that would let the city hire 15-year-olds as junior guards at wading pools.",
                "Rosalind Skellerton",
                "said",
                "W",
            ),
            (
                "“Where are 600 kids a day supposed to go when it's 94 degrees?” she asked.",
                "Rosalind Skellerton",
                "asked",
                "",
            ),
        ],
        [("Get Milwaukee's best weekend plans", "", "", "B")],
        [("Our Weekend Pass newsletter lands in your inbox every Thursday at 4 p.m.", "", "", "B")],
        [("Enter your email   Sign up", "", "", "B")],
        [
            (
                "Marisol Tedeschi-Orford, who lives four blocks from Tillburn Pool, said all three of her children learned to swim there.",
                "Marisol Tedeschi-Orford",
                "said",
                "",
            ),
            (
                "“Now I'll be driving them across town and paying $6 to park,” she said.",
                "Marisol Tedeschi-Orford",
                "said",
                "",
            ),
        ],
        [
            (
                "Milwaukee County, which runs its own pools, expects to open all five of its outdoor pools on June 13, according to a county spokeswoman.",
                "a county spokeswoman",
                "according to",
                "W",
            )
        ],
        [
            (
                "City pools will again charge $3 for adults this summer and stay free for children under 12.",
                "",
                "",
                "W",
            ),
            (
                "A spokesman for the mayor, Wendell Sarkisian, did not respond to a request for comment Tuesday.",
                "Wendell Sarkisian",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "Illingsby said the department would post the hours of the four open pools on its website by May 22.",
                "Cormac Illingsby",
                "said",
                "W",
            )
        ],
        [
            ("Delphine Ostrovsky covers City Hall.", "", "", "B"),
            ("Joel Braithewick covers parks and recreation.", "", "", "B"),
            ("Reach them at metro@harborlight.com.", "", "", "B"),
        ],
        [("MOST POPULAR", "", "", "B")],
        [("1", "", "", "B")],
        [("Fire guts vacant warehouse near the harbor; no one hurt", "", "", "B")],
        [("2", "", "", "B")],
        [("What to know about downtown's new parking meters", "", "", "B")],
        [("3", "", "", "B")],
        [("Restaurant inspections: 11 places cited in April", "", "", "B")],
        [("© 2026 Harborlight Media Inc.", "", "", "B"), ("All rights reserved.", "", "", "B")],
        [("Terms of Service   Privacy Policy   Your Privacy Choices   Site Map", "", "", "B")],
    ],
    [  # 2. English local weekly's website in Devon, a village bus route loses its county subsidy and will stop running in June
        [("The Tamarwick Valley Gazette", "", "", "B")],
        [
            (
                "News   Sport   What's On   Announcements   Jobs   Motors   Property   Subscribe",
                "",
                "",
                "B",
            )
        ],
        [("News  >  Local News", "", "", "B")],
        [
            (
                "Village bus that runs six days a week will stop in June after county council ends £84,000 subsidy",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Operator says route 87 carries about 240 passengers a week and cannot pay its way without the money",
                "Trevanniock Coaches",
                "says",
                "W",
            )
        ],
        [("By Kerenza Tregorrick", "", "", "B")],
        [("Local democracy reporter", "", "", "B")],
        [("7th May 2026  ·  4.00pm", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Email", "", "", "B")],
        [
            (
                "The route 87 bus at the stop outside Saint Morwenna's church in Kestlemoor Cross.",
                "",
                "",
                "",
            ),
            ("Picture: Tamarwick Valley Gazette", "", "", "B"),
        ],
        [
            (
                "A bus that links four villages in the Tamarwick valley with the market town of Quenhallow will stop running on June 27 after Devon County Council decided not to renew its subsidy.",
                "",
                "",
                "W",
            ),
            (
                "The route 87 service runs between Kestlemoor Cross and Quenhallow six times a day, Monday to Saturday, and is the only public transport for three of the four villages.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Devon County Council said in a statement that it had to find £2.1m of savings from its supported bus budget this year and that routes costing more than £6 a passenger journey had been reviewed first.",
                "Devon County Council",
                "said in a statement",
                "W",
            ),
            ("The 87 costs about £6.90 a journey, it said.", "Devon County Council", "said", "W"),
        ],
        [
            (
                "Cllr Penhallow Treganowan, the cabinet member for highways and transport, said the council still spent £3.4m a year on 41 subsidised routes across the county.",
                "Penhallow Treganowan",
                "said",
                "W",
            ),
            (
                "“Nobody wants to see a village lose its bus, and I don't take these decisions lightly,” she said.",
                "Penhallow Treganowan",
                "said",
                "",
            ),
        ],
        [
            (
                "Trevanniock Coaches, which has run the route since 2014, said passenger numbers had fallen from about 390 a week before the pandemic to about 240 now.",
                "Trevanniock Coaches",
                "said",
                "W",
            ),
            (
                "Managing director Gideon Trevanniock said the first bus leaves Kestlemoor Cross at 7.05am and the last returns from Quenhallow at 5.40pm, and that the company would keep its two drivers on other routes.",
                "Gideon Trevanniock",
                "said",
                "W",
            ),
            (
                "“We'd run it tomorrow if someone would pay for it,” he said.",
                "Gideon Trevanniock",
                "said",
                "",
            ),
        ],
        [
            (
                "Read more: Quenhallow market hall to close for six weeks for roof repairs",
                "",
                "",
                "B",
            )
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Kestlemoor Cross Parish Council has collected 1,126 signatures on a petition asking the county to keep the service.",
                "",
                "",
                "W",
            ),
            (
                "Its chairman, Morwenna Pascalle-Gorvane, said the parish had offered to pay £5,000 a year towards the route but had been told by Mrs Jennifer Merrick at County Hall that the gap was too big to close.",
                "Morwenna Pascalle-Gorvane",
                "said",
                "W",
            ),
            (
                "“Five thousand pounds is a lot of money for a parish our size, and it still wasn't enough,” she said.",
                "Morwenna Pascalle-Gorvane",
                "said",
                "",
            ),
        ],
        [
            (
                "Doreen Hockridge, 81, who gave up driving two years ago, said she takes the 87 into town every Tuesday and Friday for her shopping and the bank.",
                "Doreen Hockridge",
                "said",
                "",
            ),
            (
                "“After June I shall be asking my neighbours for lifts, and I hate asking,” she said.",
                "Doreen Hockridge",
                "said",
                "",
            ),
        ],
        [
            (
                "Sorrel Kinvarra, practice manager at the Tamarwick Valley Surgery, said 38 patients had missed appointments in 2025 because they could not get a lift, and she expected that number to rise.",
                "Sorrel Kinvarra",
                "said",
                "W",
            )
        ],
        [
            (
                "Quenhallow Community Transport, a charity that runs a volunteer car scheme from the village hall, said it had 14 drivers and was already turning down about 10 requests a week.",
                "Quenhallow Community Transport",
                "said",
                "W",
            ),
            (
                "Its coordinator, Bryony Chynoweth, said: “We can fill some of the gaps, but we can't be a bus.”",
                "Bryony Chynoweth",
                "said",
                "",
            ),
        ],
        [
            (
                "A public consultation on the county's supported bus network closes on May 31.",
                "",
                "",
                "W",
            ),
            ("Residents can respond online or at any library in Devon.", "", "", ""),
        ],
        [
            (
                "The council's scrutiny committee is due to discuss the decision on June 2.",
                "",
                "",
                "W",
            )
        ],
        [
            ("Got a story for us?", "", "", "B"),
            ("Email newsdesk@tamarwickgazette.co.uk or call 01409 555 214.", "", "", "B"),
        ],
        [("Comments: 3", "", "", "B")],
        [("Trelawnybus · 2 hours ago", "", "", "B")],
        [
            ("Same story every year.", "", "", "B"),
            ("They cut the bus and then wonder why the young ones leave.", "", "", "B"),
        ],
        [("MaggieF_1958 · 1 hour ago", "", "", "B")],
        [
            (
                "Does anyone know if the community car scheme is still running from the village hall?",
                "",
                "",
                "B",
            )
        ],
        [("Report this comment", "", "", "B")],
        [
            (
                "This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice.",
                "",
                "",
                "B",
            )
        ],
        [
            ("© 2026 Tamarwick Valley Newspapers Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [  # 3. Canadian national broadcaster's news page, a Nova Scotia island ferry is out of service for six weeks after a mechanical failure
        [("MAPLEWAVE NEWS", "", "", "B")],
        [
            (
                "Top Stories   Local   Climate   World   Canada   Politics   Indigenous   Business   Health   Watch",
                "",
                "",
                "B",
            )
        ],
        [("Nova Scotia", "", "", "B")],
        [
            (
                "Ferry to Wrackley Island out of service until mid-June after propeller shaft fails",
                "",
                "",
                "W",
            )
        ],
        [("Islanders have only a water taxi that carries 12 people and no vehicles", "", "", "W")],
        [("🔊 Listen to this article   Estimated 4 minutes", "", "", "B")],
        [
            (
                "The audio version of this article is generated by text-to-speech, a technology based on artificial intelligence.",
                "",
                "",
                "B",
            )
        ],
        [("Ellery Maccready · Maplewave News", "", "", "B")],
        [("Posted: May 18, 2026 6:00 AM ADT | Last Updated: 3 hours ago", "", "", "B")],
        [("Social Sharing", "", "", "B")],
        [
            (
                "The MV Harrowmire has carried vehicles and passengers between Fallow Harbour, N.S., and Wrackley Island since 1996.",
                "",
                "",
                "W",
            ),
            ("(Ellery Maccready/Maplewave)", "", "", "B"),
        ],
        [
            (
                "The only car ferry to Wrackley Island, off Nova Scotia's Eastern Shore, will be out of service until at least mid-June after a propeller shaft failed during a crossing last Tuesday.",
                "",
                "",
                "W",
            ),
            (
                "The MV Harrowmire normally makes 14 round trips a day between the island and Fallow Harbour, N.S.",
                "",
                "",
                "W",
            ),
            ("About 420 people live on the island year-round.", "", "", "W"),
        ],
        [
            (
                "In a statement, Nova Scotia's Department of Public Works said the shaft would be replaced at a shipyard in Lunenburg by Keelmarsh Marine Ltd., which has the only dry dock in the region free before July.",
                "Nova Scotia's Department of Public Works",
                "said in a statement",
                "W",
            ),
            (
                "The repair is expected to cost about $640,000, it said.",
                "Nova Scotia's Department of Public Works",
                "said",
                "W",
            ),
        ],
        [
            (
                "Until the ferry returns, a contracted water taxi will make eight crossings a day for foot passengers only, the department said.",
                "the department",
                "said",
                "W",
            ),
            (
                "Under Transport Canada rules, the water taxi can carry no more than 12 passengers at a time.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Cyril Dunlorrie, who owns Wrackley Island Seafoods, said he had been trucking his lobster off the island twice a day until the breakdown and now had to land it at Fallow Harbour by boat and rent a refrigerated truck there.",
                "Cyril Dunlorrie",
                "said",
                "W",
            ),
            (
                "“It's costing me about $1,800 a week I don't have, in the busiest six weeks of the season,” he said.",
                "Cyril Dunlorrie",
                "said",
                "",
            ),
            (
                "“The province has known that boat was tired for years.”",
                "Cyril Dunlorrie",
                "said",
                "",
            ),
        ],
        [
            (
                "Capt. Abigail Strandwater, who has skippered the Harrowmire for 22 years, said the ferry was 30 years old this spring and had been out of service for a total of 71 days in 2025.",
                "Abigail Strandwater",
                "said",
                "W",
            )
        ],
        [("WATCH | Wrackley Islanders on life without the ferry:", "", "", "B")],
        [("Islanders line up for the water taxi at Fallow Harbour on Friday morning.", "", "", "")],
        [("Duration 2:14", "", "", "B")],
        [("RELATED STORIES: Province promises new ferry for Wrackley Island by 2029", "", "", "B")],
        [
            (
                "Fenella Gorrenby, the MLA for the Eastern Shore, said she had written to the minister asking for a second water taxi and for vehicle crossings on a leased barge.",
                "Fenella Gorrenby",
                "said",
                "W",
            ),
            (
                "“How is a senior supposed to get to a cancer appointment in Halifax with a suitcase and a walker on a water taxi?” she said.",
                "Fenella Gorrenby",
                "said",
                "",
            ),
        ],
        [
            (
                "Department spokesperson Damian Ruckworth said a leased barge was being considered but would need a new ramp at the island wharf, which could not be built before June.",
                "Damian Ruckworth",
                "said",
                "W",
            ),
            (
                "He said the department hoped to have the Harrowmire back “sometime in the week of June 15, if the parts arrive on time.”",
                "Damian Ruckworth",
                "said",
                "",
            ),
        ],
        [
            (
                "Lorna Hasketh-Bui, a nurse who lives on the island and works in Dartmouth, said she was now leaving home at 4:45 a.m. to catch the first water taxi and had moved her car to the mainland.",
                "Lorna Hasketh-Bui",
                "said",
                "",
            ),
            ("“I don't mind the early start,” she said.", "Lorna Hasketh-Bui", "said", ""),
            ("“I mind not knowing when it ends.”", "Lorna Hasketh-Bui", "said", ""),
        ],
        [("With files from Maplewave Mornings Nova Scotia", "", "", "B")],
        [("Corrections and clarifications  |  Submit a news tip  |  Report error", "", "", "B")],
        [("ABOUT THE AUTHOR", "", "", "B")],
        [
            ("Ellery Maccready is a reporter with Maplewave News in Halifax.", "", "", "B"),
            (
                "She covers rural Nova Scotia and can be reached at ellery.maccready@maplewave.ca.",
                "",
                "",
                "B",
            ),
        ],
        [("RELATED STORIES", "", "", "B")],
        [("Tarbot Cove ambulance base to close overnight, union says", "", "", "B")],
        [("Lobster landings up 9 per cent on Eastern Shore, DFO figures show", "", "", "B")],
        [
            (
                "Audience Relations, Maplewave News, P.O. Box 500, Halifax, N.S.   ·   ©2026 Maplewave",
                "",
                "",
                "B",
            )
        ],
        [("Terms of Use   Privacy   Accessibility   Contact Us", "", "", "B")],
    ],
    [  # 4. Indian news portal republishing a wire story, Bengaluru's water board caps private tanker prices for the summer
        [("KhabarKosh", "", "", "B")],
        [("Sign in   |   English ▾   |   e-Paper", "", "", "B")],
        [
            (
                "Home   India   World   Cities   Business   Cricket   Entertainment   Tech   Web Stories",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Home / Cities / Bengaluru News / Bengaluru water board caps tanker prices at Rs 750 for 6,000 litres",
                "",
                "",
                "B",
            )
        ],
        [("Bengaluru water board caps tanker prices at Rs 750 for 6,000 litres", "", "", "W")],
        [("NWI", "", "", "B")],
        [
            (
                "First Published: 08 May 2026, 02:32 PM IST   |   Updated: 08 May 2026, 03:10 PM IST",
                "",
                "",
                "B",
            )
        ],
        [("Follow us on KhabarKosh for the latest news", "", "", "B")],
        [("Share   WhatsApp   Facebook   X   Copy link", "", "", "B")],
        [
            (
                "(This story has not been edited by KhabarKosh staff and is auto-generated from a syndicated feed.)",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Bengaluru, May 8 (NWI): The Bengaluru Water Supply and Sewerage Board (BWSSB) on Friday capped the price of a private water tanker at Rs 750 for 6,000 litres within 5 km of its filling point, up to Rs 1,150 for 12,000 litres beyond 10 km.",
                "",
                "",
                "W",
            ),
            ("The order comes into force on Monday and will remain until June 30.", "", "", "W"),
        ],
        [
            (
                "BWSSB chairman Dr. Ramesh Nanjegowda, IAS, said tanker operators had been charging residents of the city's eastern wards between Rs 1,800 and Rs 2,400 for a 6,000-litre load since the end of March.",
                "Ramesh Nanjegowda",
                "said",
                "W",
            ),
            (
                "He said 3,412 private tankers had registered with the board by Thursday evening, and unregistered tankers would be seized.",
                "Ramesh Nanjegowda",
                "said",
                "W",
            ),
            (
                "“Water is not a luxury item to be auctioned in summer,” he said.",
                "Ramesh Nanjegowda",
                "said",
                "",
            ),
        ],
        [
            (
                "Under the order, an operator charging more than the capped rate can be fined Rs 25,000 for a first offence and have the tanker's registration cancelled for a second.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The Bengaluru Private Water Suppliers' Association, whose 640 members include Varthur Jalasetu Carriers Pvt. Ltd. and other large fleet operators, said the capped rates did not cover the cost of diesel, drivers and borewell water.",
                "the Bengaluru Private Water Suppliers' Association",
                "said",
                "W",
            ),
            (
                "Its president, Siddaramu Kempahonnaiah, said members would “follow the order under protest” and meet the board next week.",
                "Siddaramu Kempahonnaiah",
                "said",
                "",
            ),
            (
                "“We are not the villains here; the borewells are drying up and the board's pipes don't reach these layouts,” he said.",
                "Siddaramu Kempahonnaiah",
                "said",
                "",
            ),
        ],
        [
            (
                "Pallavi Ramachandrappa, secretary of the Hoodi Palmgrove Residents' Welfare Association, said her 240-flat apartment complex had spent more than Rs 4.6 lakh on tankers in April alone.",
                "Pallavi Ramachandrappa",
                "said",
                "",
            ),
            (
                "“Who will check whether the tanker that comes to Gate No. 2 at six in the morning is charging Rs 750 or Rs 1,800?” she asked.",
                "Pallavi Ramachandrappa",
                "asked",
                "",
            ),
        ],
        [
            (
                "Residents can report overcharging on the board's helpline, 1916, or at any of its ward offices, e.g. the one at Mahadevapura, the board said.",
                "the board",
                "said",
                "W",
            ),
            (
                "Inspection teams will work from 6 a.m. to 10 p.m. in the 24 eastern and southern wards with the most complaints, the board added.",
                "the board",
                "added",
                "W",
            ),
        ],
        [
            (
                "Manjunath Gowdru-Pattanshetti, who drives a 6,000-litre tanker in Whitefield, said he made six trips a day and paid a borewell owner Rs 300 for every load he filled.",
                "Manjunath Gowdru-Pattanshetti",
                "said",
                "",
            ),
            (
                "“At Rs 750 I will be working for free by the fourth trip,” he said.",
                "Manjunath Gowdru-Pattanshetti",
                "said",
                "",
            ),
        ],
        [
            (
                "Bengaluru received 4 mm of rain in April against a normal of 41 mm, according to the India Meteorological Department.",
                "the India Meteorological Department",
                "according to",
                "W",
            ),
            (
                "Tankers registered under the order must carry a GPS device by May 31, according to the order.",
                "the order",
                "according to",
                "W",
            ),
        ],
        [("Also Read: Karnataka reservoirs at 18% of capacity, lowest since 2017", "", "", "B")],
        [
            (
                "(Only the headline and picture of this report may have been reworked by the KhabarKosh staff; the rest of the content is auto-generated from a syndicated feed.)",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Disclaimer: KhabarKosh is not responsible for the accuracy of syndicated content.",
                "",
                "",
                "B",
            ),
            ("Views expressed are those of the wire agency.", "", "", "B"),
        ],
        [("Trending Topics", "", "", "B")],
        [("IPL Points Table   Gold Rate Today   Bengaluru Weather   Monsoon Update", "", "", "B")],
        [("Catch all the City News and Breaking News updates on KhabarKosh.", "", "", "B")],
        [
            ("Copyright © 2026 Kosh Digital Media Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [  # 5. US business news site, a regional grocery chain beats first-quarter estimates but will close 14 stores
        [("LEDGERCRESTE", "", "", "B")],
        [
            (
                "DOW 41,208.33 ▲ 0.42%   S&P 500 5,912.07 ▲ 0.31%   NASDAQ 19,044.61 ▼ 0.08%   10-YR 4.21%",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Markets   Business   Investing   Tech   Politics   Video   Watchlist   Pro",
                "",
                "",
                "B",
            )
        ],
        [("Retail", "", "", "B")],
        [
            (
                "Pellcroft Markets beats first-quarter estimates, will close 14 stores in Ohio and Indiana",
                "",
                "",
                "W",
            )
        ],
        [("KEY POINTS", "", "", "B")],
        [
            (
                "Pellcroft Markets earned $1.12 a share in the first quarter, above the $1.04 analysts expected.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Same-store sales rose 2.8%, helped by higher prices and a bigger pharmacy business.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The company will close 14 of its 212 stores by the end of August, most of them in small towns.",
                "",
                "",
                "W",
            )
        ],
        [("Gretchen Vantongel", "", "", "B")],
        [
            (
                "Published Wed, May 13 2026 7:02 AM EDT   Updated Wed, May 13 2026 10:48 AM EDT",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Share   Share Article via Facebook   Share Article via X   Share Article via LinkedIn   Share Article via Email",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Pellcroft Markets Inc. on Wednesday reported first-quarter earnings above Wall Street's expectations and said it would close 14 underperforming stores in Ohio and Indiana by the end of August.",
                "",
                "",
                "W",
            ),
            ("Shares of the Columbus-based grocer rose 6.4% in morning trading.", "", "", "W"),
        ],
        [
            (
                "Here's how the company did, compared with what Wall Street expected, according to a survey of analysts by Datavere Data:",
                "",
                "",
                "B",
            )
        ],
        [("Earnings per share: $1.12 vs. $1.04 expected", "", "", "W")],
        [("Revenue: $4.31 billion vs. $4.27 billion expected", "", "", "W")],
        [
            (
                "Net income for the quarter ended April 25 was $41.8 million, up from $33.5 million a year earlier.",
                "",
                "",
                "W",
            ),
            (
                "Same-store sales, a key measure that strips out stores opened or closed in the past year, rose 2.8%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chief executive Lionel Saldaño said on a call with analysts that the 14 stores to be closed lost a combined $19 million last year and that most were within 10 miles of a larger Pellcroft store.",
                "Lionel Saldaño",
                "said on a call with analysts",
                "W",
            ),
            (
                "“These were hard calls, but we can't keep subsidizing stores our own customers have already left,” he said.",
                "Lionel Saldaño",
                "said",
                "",
            ),
            (
                "He said the company would open five new stores in the Columbus and Indianapolis suburbs in 2027.",
                "Lionel Saldaño",
                "said",
                "W",
            ),
        ],
        [
            (
                "Finance chief Priyanka Hollinsworth-Madu said the closures would cost about $36 million, mostly in lease payments and severance, to be booked in the second quarter.",
                "Priyanka Hollinsworth-Madu",
                "said",
                "W",
            )
        ],
        [("VIDEO   2:41", "", "", "B")],
        [("Why grocers are leaning on their pharmacies to grow", "", "", "B")],
        [
            (
                "About 1,150 employees work at the 14 stores, and all will be offered jobs at other Pellcroft stores, the company said.",
                "the company",
                "said",
                "W",
            ),
            (
                "The union that represents about 800 of them said it had not been consulted before the announcement.",
                "the union that represents about 800 of them",
                "said",
                "W",
            ),
            (
                "“A job 40 miles away is not a job for a cashier making $16 an hour,” the union said in a statement.",
                "the union that represents about 800 of them",
                "said in a statement",
                "",
            ),
        ],
        [
            (
                "Desmond Okonwa-Hartlebow, an analyst at Hatchbury & Co. who covers the company, said the closures were “overdue” and would make Pellcroft an easier company to sell if it ever chose to.",
                "Desmond Okonwa-Hartlebow",
                "said",
                "",
            ),
            (
                "“The U.S. grocery business is a game of scale now, and Pellcroft is a midsize player,” he said.",
                "Desmond Okonwa-Hartlebow",
                "said",
                "",
            ),
        ],
        [
            (
                "Pellcroft has about 9% of the grocery market in Ohio, third behind two national chains, according to research firm Tallowcrest Retail Research.",
                "Tallowcrest Retail Research",
                "according to",
                "W",
            )
        ],
        [("PLMT   Pellcroft Markets Inc.   $58.14   +3.52 (+6.44%)", "", "", "B")],
        [
            ("Data is a real-time snapshot.", "", "", "B"),
            ("*Data is delayed at least 15 minutes.", "", "", "B"),
        ],
        [
            (
                "Disclosure: Ledgercreste's parent company has no position in Pellcroft Markets.",
                "",
                "",
                "B",
            )
        ],
        [("Got a confidential news tip?", "", "", "B"), ("We want to hear from you.", "", "", "B")],
        [("Related", "", "", "B")],
        [("Why grocery prices are still rising faster than wages", "", "", "B")],
        [("Dollar stores slow openings as rural shoppers pull back", "", "", "B")],
        [
            ("© 2026 Ledgercreste Publishing LLC.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
            ("Market data provided by Datavere Data.", "", "", "B"),
        ],
    ],
    [  # 6. Australian regional daily's sport page, a country football grand final won by a late goal
        [("The Wimmera Plainswatch", "", "", "B")],
        [("Subscribe now: $1 a week for the first 12 weeks", "", "", "B")],
        [
            (
                "LIVE   KFNL GF  FT  Dunbraikie 12.11 (83) d Yarrabeen 11.13 (79)   ·   KNL GF  FT  Dunbraikie 51 d Yallanbee Flat 44",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "News   Sport   Local Footy   Netball   Racing   Cricket   Opinion   Obituaries   Puzzles",
                "",
                "",
                "B",
            )
        ],
        [("Sport  /  Local Footy", "", "", "B")],
        [
            (
                "Brodie Calthorpe goal with 41 seconds left gives Dunbraikie its first flag in 19 years",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Plovers overturn a 20-point three-quarter-time deficit in front of 6,214 at Nullawirra Park",
                "",
                "",
                "W",
            )
        ],
        [("Tegan Wollaston", "", "", "B")],
        [("Sports reporter", "", "", "B")],
        [("Updated September 13 2026 - 7:45pm, first published 6:30pm", "", "", "B")],
        [("Share   Facebook   X   Email   Copy link", "", "", "B")],
        [
            (
                "Dunbraikie's Brodie Calthorpe kicks the winning goal in Saturday's Kiallaburn Football Netball League grand final.",
                "",
                "",
                "W",
            ),
            ("Picture by Callum Lindt", "", "", "B"),
        ],
        [
            (
                "Dunbraikie kicked five goals to two in the last quarter to beat Yarrabeen 12.11 (83) to 11.13 (79) in the Kiallaburn Football Netball League grand final at Nullawirra Park in Horsham on Saturday.",
                "",
                "",
                "W",
            ),
            ("It is the Plovers' first premiership since 2007.", "", "", "W"),
        ],
        [
            (
                "Yarrabeen led 10.9 (69) to 7.9 (51) at the last change and kicked the first goal of the final quarter.",
                "",
                "",
                "W",
            ),
            (
                "Dunbraikie then kicked the next five, the last of them from Calthorpe, 19, who marked 35 metres out on a slight angle with 41 seconds left on the clock.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The crowd of 6,214 was the biggest at a KFNL grand final since 2012, the league said.",
                "the league",
                "said",
                "W",
            )
        ],
        [
            (
                "Dunbraikie coach Rhys Tandergrove said he had told his players at three-quarter time to “stop looking at the scoreboard”.",
                "Rhys Tandergrove",
                "said",
                "",
            ),
            (
                "“I've never been so proud of a group of blokes,” he said.",
                "Rhys Tandergrove",
                "said",
                "",
            ),
            (
                "“Half of them weren't born the last time this club won one.”",
                "Rhys Tandergrove",
                "said",
                "W",
            ),
        ],
        [
            (
                "Plovers captain Jarrah Bellingham, who played with a strapped shoulder, said he couldn't remember the last minute.",
                "Jarrah Bellingham",
                "said",
                "",
            ),
            (
                "“I just heard the siren and then I was on the ground with 20 blokes on top of me,” he said.",
                "Jarrah Bellingham",
                "said",
                "",
            ),
        ],
        [
            (
                "Yarrabeen ruckman Cody Vennardsley was named best on ground and won the Brian Sandilow Medal with 14 votes from the three umpires.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Yarrabeen's Tom Faulkhurst was reported for striking in the second quarter, according to the umpires' report, and will face the tribunal on Tuesday night.",
                "the umpires' report",
                "according to",
                "W",
            )
        ],
        [
            (
                "Yarrabeen coach Mick Gallagan-Sheard said Faulkhurst had not been cited on video and his team would contest the charge.",
                "Mick Gallagan-Sheard",
                "said",
                "W",
            ),
            (
                "“We had our chances, and it's going to hurt for a long time,” he said.",
                "Mick Gallagan-Sheard",
                "said",
                "",
            ),
        ],
        [
            (
                "MORE: Dunbraikie's netballers complete the double with a seven-goal win over Yallanbee Flat",
                "",
                "",
                "B",
            )
        ],
        [("▶ Subscriber video: watch the final two minutes   3:12", "", "", "B")],
        [("SCOREBOARD", "", "", "B")],
        [("KFNL SENIOR GRAND FINAL", "", "", "B")],
        [("DUNBRAIKIE   2.3   5.6   7.9   12.11 (83)", "", "", "")],
        [("YARRABEEN   4.2   7.5   10.9   11.13 (79)", "", "", "")],
        [
            (
                "GOALS: Dunbraikie: B. Calthorpe 3, L. Nuttgens 2, S. Oduwaye 2, J. Bellingham, T. Reddacliffe, M. Wenborne, H. Duigan, F. Amoroso.",
                "",
                "",
                "",
            ),
            (
                "Yarrabeen: C. Vennardsley 3, T. Faulkhurst 3, D. Obioha 2, R. Mensima, N. Ferramosca, K. Gorvane.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "BEST: Dunbraikie: J. Bellingham, L. Nuttgens, B. Calthorpe, S. Oduwaye, M. Wenborne.",
                "",
                "",
                "",
            ),
            ("Yarrabeen: C. Vennardsley, D. Obioha, T. Faulkhurst, K. Gorvane.", "", "", ""),
        ],
        [("UMPIRES: G. Lynchmere, P. Ilsford, A. Konstantinidou.", "", "", "")],
        [("MOST READ", "", "", "B")],
        [("Truck rolls on Western Highway near Dadswells Bridge, driver uninjured", "", "", "B")],
        [("Horsham council adopts budget with 3 per cent rate rise", "", "", "B")],
        [("Sign up for our sport newsletter", "", "", "B")],
        [("© 2026 Plainswatch Regional Media Pty Ltd", "", "", "B")],
    ],
    [  # 7. UK national newspaper's health and science page, a school trial finds extra outdoor time cut new cases of short-sightedness
        [("The Northern Lantern", "", "", "B")],
        [("News   Opinion   Sport   Culture   Lifestyle", "", "", "B")],
        [
            (
                "UK   World   Climate crisis   Science   Health   Education   Global development",
                "",
                "",
                "B",
            )
        ],
        [("Science  ›  Health", "", "", "B")],
        [
            (
                "Extra 40 minutes outdoors a day cut short-sightedness in primary pupils by a quarter, trial finds",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Researchers say the results from 62 Welsh schools make a case for longer breaktimes, but warn the effect was smaller in winter",
                "Gwenllian Aberfawr",
                "say",
                "W",
            )
        ],
        [("Hywel Trefgarn", "", "", "B")],
        [("Health editor", "", "", "B")],
        [("Wed 13 May 2026 00.01 BST", "", "", "B")],
        [("Share", "", "", "B")],
        [
            ("Pupils at one of the schools in the trial during an outdoor lesson.", "", "", ""),
            ("Photograph: Anwen Bruckley/The Northern Lantern", "", "", "B"),
        ],
        [
            (
                "Children who spent an extra 40 minutes a day outdoors at school were about a quarter less likely to become short-sighted over three years than classmates who did not, according to a trial in 62 primary schools in Wales.",
                "a trial in 62 primary schools in Wales",
                "according to",
                "W",
            ),
            (
                "The schools were assigned at random either to add a daily outdoor session to the timetable or to carry on as normal, and 4,118 children aged six and seven were followed from September 2022 to July 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "By the end of the trial, 9.1% of children in the outdoor group had developed myopia, the medical term for short-sightedness, compared with 12.3% in the comparison group (relative risk 0.74, 95% CI 0.61–0.89), according to the paper, published on Wednesday in the Journal of Paediatric Eye Research.",
                "the paper",
                "according to",
                "W",
            )
        ],
        [
            (
                "Prof. Gwenllian Aberfawr, an optometrist at Prifysgol Bryncelyn and the trial's lead author, said children in the outdoor group also had slower growth in the length of the eyeball, the main physical change behind myopia, with a difference of 0.07mm (p=0.003) after three years.",
                "Gwenllian Aberfawr",
                "said",
                "W",
            ),
            (
                "“It's a simple, cheap thing for a school to do, and the children enjoyed it,” she said.",
                "Gwenllian Aberfawr",
                "said",
                "",
            ),
            (
                "“But the effect almost vanished between November and February, when many sessions were cut short or moved inside.”",
                "Gwenllian Aberfawr",
                "said",
                "W",
            ),
        ],
        [
            (
                "The trial did not find a difference in reading or maths scores between the two groups.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "About 40 per cent of sessions in the outdoor group were cut short or moved indoors between November and February because of rain, the paper says.",
                "the paper",
                "says",
                "W",
            ),
            (
                "The authors said the trial could not show whether the benefit lasts into secondary school, and that they would follow the children until 2029.",
                "The authors",
                "said",
                "W",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Dr Tobias Lindewall, a consultant ophthalmologist at a London eye hospital who was not involved in the study, said it was “the largest trial of its kind in Europe” and backed earlier results from east Asia.",
                "Tobias Lindewall",
                "said",
                "W",
            ),
            (
                "He said parents should not read it as a reason to ban screens, since the children in both groups used them about as much.",
                "Tobias Lindewall",
                "said",
                "",
            ),
        ],
        [
            (
                "The charity Llygaid Clir said about one in five 12-year-olds in Wales now needed glasses for distance vision, up from about one in eight in 2005.",
                "Llygaid Clir",
                "said",
                "W",
            )
        ],
        [
            (
                "Ffion Caerwenog, head of Ysgol Pen-y-Ffridd, one of the schools in the outdoor group, said the extra session had been fitted in by starting afternoon lessons 20 minutes later.",
                "Ffion Caerwenog",
                "said",
                "W",
            ),
            (
                "“The staff were sceptical at first, and now nobody wants to give it up,” she said.",
                "Ffion Caerwenog",
                "said",
                "",
            ),
        ],
        [
            (
                "The study was funded by the National Institute for Health and Care Research and the Welsh government, which did not take part in the analysis.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "A Welsh government spokesperson said schools were already free to set the length of breaktimes and that ministers would “consider the findings carefully”.",
                "A Welsh government spokesperson",
                "said",
                "W",
            )
        ],
        [
            (
                "Related: Screen time is not the main cause of rising myopia, review finds",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Journal reference: Aberfawr G, Petherwyn R, et al. Daily outdoor time and incident myopia in primary schoolchildren: a cluster randomised trial. J Paediatr Eye Res. 2026;11(5):204–213.",
                "",
                "",
                "B",
            )
        ],
        [("Explore more on these topics", "", "", "B")],
        [("Health   Eyesight   Children   Schools   Wales   Medical research", "", "", "B")],
        [("Reuse this content", "", "", "B")],
        [("Most viewed", "", "", "B")],
        [("Ambulance handover delays at record high in March, NHS figures show", "", "", "B")],
        [("The 10 best walks in Snowdonia, chosen by readers", "", "", "B")],
        [
            ("© 2026 Northern Lantern News & Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [  # 8. Scottish regional daily's politics page, Highland Council sets a council tax rise after a late amendment
        [("The Inverness Strathmore", "", "", "B")],
        [("Sign in   Subscribe   Newsletters   Notices", "", "", "B")],
        [("News   Politics   Business   Sport   Community   Opinion   Jobs", "", "", "B")],
        [("Politics   Holyrood   Westminster   Highland Council", "", "", "B")],
        [
            (
                "Highland council tax to rise by 8.5 per cent after late amendment saves two swimming pools",
                "",
                "",
                "W",
            )
        ],
        [("Band D bill will pass £1,500 for the first time", "", "", "W")],
        [("By Ruaridh Tormachan", "", "", "B")],
        [("Local Democracy Reporter", "", "", "B")],
        [
            (
                "Published: 14:32, 26 February 2026   |   Updated: 16:05, 26 February 2026",
                "",
                "",
                "B",
            )
        ],
        [("Share   Comment   Save", "", "", "B")],
        [
            (
                "Councillors debating the budget in the council chamber in Inverness on Thursday.",
                "",
                "",
                "",
            ),
            ("Picture: Strathmore Photographic", "", "", "B"),
        ],
        [
            (
                "Highland Council has voted to raise council tax by 8.5 per cent from April, after an opposition amendment to keep two swimming pools open was carried by 36 votes to 33, with two abstentions.",
                "",
                "",
                "W",
            ),
            ("A Band D home will pay £1,512.40.", "", "", "W"),
            ("Last year the figure was £1,393.92.", "", "", "W"),
        ],
        [
            (
                "Council leader Cllr Morag Marwhinnie said the rise would raise about £9.6 million and that the council still faced a gap of £41m over the next three years.",
                "Morag Marwhinnie",
                "said",
                "W",
            ),
            (
                "“Nobody in this chamber came into politics to put up council tax, but the alternative was cutting services people rely on every day,” she said.",
                "Morag Marwhinnie",
                "said",
                "",
            ),
        ],
        [
            (
                "Opposition leader Alasdair Feorlig, whose group tabled the amendment, said it moved £1.3m from the council's reserves to keep the pools at Dalvorrich and Strathlinnie open for another year.",
                "Alasdair Feorlig",
                "said",
                "W",
            ),
            (
                "“A pool is where a child in this region learns not to drown, and that's not a luxury,” he said.",
                "Alasdair Feorlig",
                "said",
                "",
            ),
        ],
        [
            (
                "Ms Marwhinnie said the administration had opposed the amendment because the pools had cost £2.2m to run in 2025 and needed £6m of repairs.",
                "Morag Marwhinnie",
                "said",
                "W",
            ),
            (
                "Catriona Balnagowan, one of the two councillors who abstained, said she could support neither a cut to the pools nor a raid on reserves.",
                "Catriona Balnagowan",
                "said",
                "",
            ),
        ],
        [
            (
                "The council's general reserves stood at £27.8m at the end of January, according to a council finance paper published before the meeting.",
                "a council finance paper",
                "according to",
                "W",
            ),
            (
                "Its head of finance, Eilidh Meldreth-Vass, warned councillors that reserves should not fall below 2 per cent of the budget, about £17m.",
                "Eilidh Meldreth-Vass",
                "warned",
                "W",
            ),
        ],
        [
            (
                "The budget also includes a 10 per cent rise in parking charges and cuts 46 posts, most of them by not filling vacancies.",
                "",
                "",
                "W",
            ),
            (
                "Mr Feorlig's group said 19 of those posts were in roads maintenance.",
                "Mr Feorlig's group",
                "said",
                "W",
            ),
        ],
        [
            (
                "The council leader said a list of the 46 posts would be published by the end of March.",
                "Morag Marwhinnie",
                "said",
                "W",
            )
        ],
        [
            (
                "Torquil Ardmeanach, the MSP for the area, said in a statement that the council's core grant from Holyrood had risen by 3.1 per cent this year.",
                "Torquil Ardmeanach",
                "said in a statement",
                "W",
            ),
            (
                "“The council has been handed more money and has still chosen to ask residents for more,” he said.",
                "Torquil Ardmeanach",
                "said",
                "",
            ),
        ],
        [
            (
                "A Scottish Government spokesperson said councils across Scotland would receive £14.9 billion in 2026-27, “a real-terms increase”.",
                "A Scottish Government spokesperson",
                "said",
                "W",
            )
        ],
        [
            (
                "The largest trade union at the council said 210 of its members had signed a letter asking councillors to protect school support staff, and that none of the 46 posts cut were in schools.",
                "The largest trade union at the council",
                "said",
                "W",
            )
        ],
        [
            (
                "This article was written by a Local Democracy Reporter, funded by the BBC and published by The Inverness Strathmore under the Local Democracy Reporting Service.",
                "",
                "",
                "B",
            )
        ],
        [
            ("Do you want to respond to this article?", "", "", "B"),
            (
                "Write to letters@invernessstrathmore.co.uk and your views may be published in print.",
                "",
                "",
                "B",
            ),
        ],
        [("Politics newsletter", "", "", "B")],
        [("A weekly round-up from Holyrood and the council chamber, every Friday.", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("More from Politics", "", "", "B")],
        [("MSPs back bill on short-term let licences at first stage", "", "", "B")],
        [("Ferry contract: what the Holyrood committee found", "", "", "B")],
        [("© 2026 Strathmore Newspapers Ltd.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [  # 9. Seattle hyperlocal neighbourhood blog, the city will put a signal at a crossing where a pedestrian was hit
        [("SADDLEBACK BLOG", "", "", "B")],
        [("News for the Saddleback neighborhood since 2009", "", "", "B")],
        [("Home   About   Events   Classifieds   Advertise   Send a Tip", "", "", "B")],
        [("City promises a signal at N. 97th and Dunnockfield after Monday's crash", "", "", "W")],
        [("Posted by Wren Haldimand on May 20, 2026 at 9:12 am", "", "", "B")],
        [("Filed under Traffic & Safety", "", "", "B")],
        [
            (
                "UPDATE 2:35 pm: SDOT says crews will put up temporary “yield to pedestrians” signs at the crossing on Friday, ahead of the signal.",
                "SDOT",
                "says",
                "W",
            )
        ],
        [
            (
                "A 71-year-old woman was taken to a hospital with a broken leg on Monday evening after she was hit by a pickup while crossing Dunnockfield Ave. N. at N. 97th St., Seattle police said.",
                "Seattle police",
                "said",
                "W",
            ),
            (
                "The driver stayed at the scene and was not cited, police said.",
                "police",
                "said",
                "W",
            ),
        ],
        [
            (
                "On Tuesday, the Seattle Department of Transportation said it would install a full traffic signal at the crossing by the end of the year.",
                "the Seattle Department of Transportation",
                "said",
                "W",
            ),
            (
                "SDOT spokesperson Cassius Brightholm-Amah said in an email that the signal had been on the department's list since a 2024 study and would cost about $410,000.",
                "Cassius Brightholm-Amah",
                "said in an email",
                "W",
            ),
            (
                "He said the department would “look at whether we can move it up.”",
                "Cassius Brightholm-Amah",
                "said",
                "",
            ),
        ],
        [
            (
                "The department installed 11 new signals across the city in 2025, according to SDOT's 2025 annual report.",
                "SDOT's 2025 annual report",
                "according to",
                "W",
            )
        ],
        [
            (
                "There have been nine reported crashes at N. 97th and Dunnockfield since 2020, three of them involving people on foot, according to the city's crash data.",
                "the city's crash data",
                "according to",
                "W",
            ),
            (
                "The crossing is two blocks north of Saddleback Elementary, at 9400 Dunnockfield Ave. N.",
                "",
                "",
                "W",
            ),
            (
                "About 120 students walk through it on their way to school, the school district said.",
                "the school district",
                "said",
                "W",
            ),
        ],
        [
            (
                "Odalys Fernhaven, who lives on the corner, started an online petition for a signal in March and said it had 842 signatures by Tuesday night.",
                "Odalys Fernhaven",
                "said",
                "W",
            ),
            (
                "“I heard the brakes and then I heard her,” she said.",
                "Odalys Fernhaven",
                "said",
                "",
            ),
            ("“I've been waiting for that sound for two years.”", "Odalys Fernhaven", "said", ""),
        ],
        [
            (
                "Beatrix Stotfold, the principal at Saddleback Elementary, said she had asked families to use the crossing at N. 95th St. until the signs go up.",
                "Beatrix Stotfold",
                "said",
                "",
            ),
            (
                "“Our fifth graders walk home on their own, and I worry about them every afternoon,” she said.",
                "Beatrix Stotfold",
                "said",
                "",
            ),
        ],
        [
            (
                "The office of Council Member Tamsin Greave-Laurent, who represents the neighborhood, said she would ask SDOT at a committee meeting next week for a date.",
                "the office of Council Member Tamsin Greave-Laurent",
                "said",
                "W",
            )
        ],
        [
            ("This post is brought to you by Dunnockfield Ave. Hardware.", "", "", "B"),
            ("Open seven days a week since 1962.", "", "", "B"),
        ],
        [
            (
                "The Saddleback Community Council will talk about the crossing at its monthly meeting, Thursday, May 28, at 7 p.m.",
                "",
                "",
                "W",
            ),
            ("All are welcome.", "", "", ""),
        ],
        [("Tags: crosswalk, Dunnockfield Ave. N., SDOT, Saddleback Elementary", "", "", "B")],
        [
            (
                "14 Replies to “City promises a signal at N. 97th and Dunnockfield after Monday's crash”",
                "",
                "",
                "B",
            )
        ],
        [("jules_on_97th says:", "", "", "B")],
        [("May 20, 2026 at 10:04 am", "", "", "B")],
        [
            ("Finally.", "", "", "B"),
            ("I've watched people floor it through there every morning for years.", "", "", "B"),
        ],
        [("Reply", "", "", "B")],
        [("Ted D. says:", "", "", "B")],
        [("May 20, 2026 at 11:21 am", "", "", "B")],
        [("Hope she's okay.", "", "", "B"), ("Anyone know if she's a neighbor?", "", "", "B")],
        [("Reply", "", "", "B")],
        [("Leave a Reply", "", "", "B")],
        [
            ("Your email address will not be published.", "", "", "B"),
            ("Required fields are marked *", "", "", "B"),
        ],
        [("© 2026 Saddleback Blog   ·   Powered by neighbors and too much coffee", "", "", "B")],
    ],
    [  # 10. Pittsburgh city magazine's long feature, a 24-hour diner closes after 58 years when its rent nearly doubles
        [("RIVERLANTERN", "", "", "B")],
        [("Subscribe   Give a Gift   Sign In", "", "", "B")],
        [("Eat & Drink   Arts   Home   Style   Things To Do   Best Of   Magazine", "", "", "B")],
        [("EAT & DRINK", "", "", "B")],
        [("The Last Booth at the Culvane", "", "", "")],
        [
            (
                "After 58 years and roughly 4 million cups of coffee, the Culvane Street Grill will serve its last breakfast on June 7.",
                "",
                "",
                "W",
            ),
            (
                "Owner Loretta Vanstavoren says a new lease would have nearly doubled her rent.",
                "Loretta Vanstavoren",
                "says",
                "W",
            ),
        ],
        [("By Theodora Willcocks   |   Photography by Emeka Foxworth-Lylesby", "", "", "B")],
        [("May 4, 2026", "", "", "B")],
        [("12 min read", "", "", "B")],
        [
            (
                "Loretta Vanstavoren, 66, has worked at the grill since she was 15 and has owned it since 1997.",
                "",
                "",
                "W",
            ),
            ("Photo by Emeka Foxworth-Lylesby", "", "", "B"),
        ],
        [
            ("At 3:10 a.m. on a Saturday, every stool at the counter is taken.", "", "", ""),
            (
                "Two nurses coming off a shift at the hospital up the hill share a plate of fries with a man in a tuxedo who will not say where he has been.",
                "",
                "",
                "",
            ),
            ("The grill hisses.", "", "", ""),
        ],
        [
            (
                "The Culvane Street Grill, a.k.a. “the Culvane” to three generations of South Side regulars, opened in 1968 at the corner of Culvane Street and Mt. Tarrowden Avenue and has closed its doors only twice since: for the blizzard of 1993 and for six weeks in 2020.",
                "",
                "",
                "W",
            ),
            (
                "It has 14 stools, six booths and one grill, and it has never taken a reservation or a credit card under $10.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Vanstavoren says she pays $4,200 a month for the building and was offered a new 10-year lease in January at $8,000 a month, rising 3 percent a year.",
                "Loretta Vanstavoren",
                "says",
                "W",
            ),
            (
                "“I did the math on a napkin, because that's what we have here,” she says.",
                "Loretta Vanstavoren",
                "says",
                "",
            ),
            ("“There's no number of eggs that covers that.”", "Loretta Vanstavoren", "says", ""),
        ],
        [
            (
                "The offer also required her to pay the building's property taxes and insurance, according to a copy of the lease offer seen by Riverlantern.",
                "a copy of the lease offer seen by Riverlantern",
                "according to",
                "W",
            ),
            (
                "Kestrow Urban Partners, the company that bought the building in 2024, did not respond to messages.",
                "Kestrow Urban Partners",
                "did not respond to messages",
                "",
            ),
        ],
        [("“There's no number of eggs that covers that.”", "", "", "B")],
        [
            (
                "Walt Pemberdale, 79, a retired bus driver, has eaten at the same booth, No. 4, nearly every morning since 1983.",
                "",
                "",
                "",
            ),
            (
                "“I've outlived two wives and three waitresses,” he says.",
                "Walt Pemberdale",
                "says",
                "",
            ),
            ("“I don't plan to outlive the Culvane.”", "Walt Pemberdale", "says", ""),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "The number of restaurants in the city open around the clock has fallen from 23 in 2015 to seven this spring, according to Allegheny County Health Department inspection records.",
                "Allegheny County Health Department inspection records",
                "according to",
                "W",
            ),
            (
                "The Allegheny Counter Guild, a trade group, says at least 40 independent diners in western Pennsylvania have closed since 2019.",
                "The Allegheny Counter Guild",
                "says",
                "W",
            ),
        ],
        [
            (
                "City Councilwoman Danielle Orrickson-Mbaye said she introduced a bill in March that would give businesses open 40 years or more first refusal on a sale of their building and six months' notice of a rent increase above 25 percent.",
                "Danielle Orrickson-Mbaye",
                "said",
                "W",
            ),
            (
                "“We put up plaques for buildings,” she said.",
                "Danielle Orrickson-Mbaye",
                "said",
                "",
            ),
            (
                "“We should be able to do something for the people inside them.”",
                "Danielle Orrickson-Mbaye",
                "said",
                "",
            ),
            ("The bill has not yet had a committee hearing.", "", "", "W"),
        ],
        [
            (
                "Vanstavoren says the grill will stay open around the clock until 2 p.m. on Sunday, June 7, and that she will give the counter stools to anyone who asks for one.",
                "Loretta Vanstavoren",
                "says",
                "W",
            ),
            (
                "Her 11 employees have been told, she says, and four have already found other jobs.",
                "Loretta Vanstavoren",
                "says",
                "W",
            ),
            ("“I keep waiting for it to feel real,” she says.", "Loretta Vanstavoren", "says", ""),
            ("“Maybe at 2:01.”", "Loretta Vanstavoren", "says", ""),
        ],
        [("The Dish", "", "", "B")],
        [
            (
                "Our weekly dining newsletter, with openings, closings and where to eat now.",
                "",
                "",
                "B",
            )
        ],
        [("Email address   SUBSCRIBE", "", "", "B")],
        [("This story appears in the May 2026 issue of Riverlantern.", "", "", "B")],
        [("More in Eat & Drink", "", "", "B")],
        [("The 25 best sandwiches in Pittsburgh, ranked", "", "", "B")],
        [("A Lawrenceville bakery's bread is worth the 7 a.m. line", "", "", "B")],
        [("Subscribe to Riverlantern: 12 issues for $18.", "", "", "B")],
        [("© 2026 Riverlantern Media LLC.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [  # 11. English-language news site in Japan, a snow-country town replaces its last bus route with shared on-demand taxis
        [("SAKURADAWN JAPAN", "", "", "B")],
        [("日本語   |   Log in   |   Newsletter", "", "", "B")],
        [
            (
                "Top   National   Politics   Business   Tech   Travel   Food   Sports   Opinion",
                "",
                "",
                "B",
            )
        ],
        [("National  |  Transport", "", "", "B")],
        [
            (
                "Niigata town to end its last bus route, replace it with shared taxis booked by phone",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Kamiyuzawa's route carried an average of 1.8 passengers per trip last year",
                "",
                "",
                "W",
            )
        ],
        [("By Kenji Obunai, with reporting by Inaho Press", "", "", "B")],
        [("May 21, 2026 | 11:30 JST", "", "", "B")],
        [("Share   Facebook   X   LINE   Email", "", "", "B")],
        [
            ("A bus waits at the Kamiyuzawa town hall stop on May 19.", "", "", ""),
            ("Photo: Inaho Press", "", "", "B"),
        ],
        [
            (
                "Kamiyuzawa, a town of about 7,300 people in the mountains of Niigata Prefecture, will end its last fixed-route bus service on Sept. 30 and replace it with shared taxis that residents book by phone or app, the town said Wednesday.",
                "the town",
                "said",
                "W",
            ),
            (
                "The bus, run by Yukiwari Transit Co. under contract to the town, has linked eight hamlets to the town center and JR Echigo-Okawa Station since 1974, the town said.",
                "the town",
                "said",
                "W",
            ),
        ],
        [
            (
                "The route carried 61,400 passengers in fiscal 2015 and 9,870 in fiscal 2025, when its buses averaged 1.8 passengers per trip, according to town figures.",
                "town figures",
                "according to",
                "W",
            ),
            (
                "The town paid the operator ¥38 million last fiscal year to keep the route running.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mayor Tadashi Morikubo said the shared taxis would cost the town about ¥24 million a year and would pick residents up at their homes rather than at a stop.",
                "Tadashi Morikubo",
                "said",
                "W",
            ),
            (
                "“A big bus driving around empty in the snow helps nobody,” he said at a press conference.",
                "Tadashi Morikubo",
                "said",
                "",
            ),
            ("“This is not a cut.", "Tadashi Morikubo", "said", ""),
            ("It is a different shape of service.”", "Tadashi Morikubo", "said", ""),
        ],
        [
            (
                "Morikubo said the town would ask the prefecture to cover half the cost of the new service for its first three years.",
                "Tadashi Morikubo",
                "said",
                "W",
            )
        ],
        [
            (
                "Hiroaki Nishiyabu, president of Yukiwari Transit, said the company now had five bus drivers, down from 14 in 2010, and that the youngest was 58.",
                "Hiroaki Nishiyabu",
                "said",
                "W",
            ),
            (
                "He said three of them would move to driving the new taxis.",
                "Hiroaki Nishiyabu",
                "said",
                "W",
            ),
        ],
        [("Related: Rural rail lines losing money at record pace, JR East says", "", "", "B")],
        [("Advertisement", "", "", "B")],
        [
            (
                "Fumiko Tagayasu, 84, who lives alone in the hamlet of Shimo-Agatsu, said she rides the 8:40 a.m. bus into town every Monday to see her doctor and buy groceries.",
                "Fumiko Tagayasu",
                "said",
                "",
            ),
            (
                "“If I call and the taxi is full, do I wait for the next one, or do I just go without?” she asked.",
                "Fumiko Tagayasu",
                "asked",
                "",
            ),
        ],
        [
            (
                "Under the town's plan, a ride anywhere within the town will cost ¥300, the same as the bus fare, and residents over 75 will ride for ¥100.",
                "",
                "",
                "W",
            ),
            (
                "Rides must be booked by 5 p.m. the day before, and the service will run from 7 a.m. to 7 p.m.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In winter, the taxis will be four-wheel-drive vans with room for nine passengers, the town said.",
                "the town",
                "said",
                "W",
            )
        ],
        [
            (
                "About 60 percent of municipalities in Japan now run some form of on-demand transport, according to a survey by the Ministry of Land, Infrastructure, Transport and Tourism.",
                "a survey by the Ministry of Land, Infrastructure, Transport and Tourism",
                "according to",
                "W",
            )
        ],
        [
            (
                "Prof. Naoko Shiraume, who studies rural transport at a university in Nagano, said on-demand services worked well for trips to clinics but badly for high school students, who all need to travel at the same time.",
                "Naoko Shiraume",
                "said",
                "",
            ),
            (
                "“A taxi with four seats cannot replace a school bus,” she said.",
                "Naoko Shiraume",
                "said",
                "",
            ),
        ],
        [
            (
                "The town said it would keep a separate school bus for junior high and high school students.",
                "The town",
                "said",
                "W",
            ),
            ("A trial run with three vehicles will begin on July 1.", "", "", "W"),
        ],
        [
            ("Comments on this story are moderated.", "", "", "B"),
            ("Please read our community guidelines before posting.", "", "", "B"),
        ],
        [("POPULAR", "", "", "B")],
        [("Bear sightings in Akita hit record for April", "", "", "B")],
        [("Rice prices fall for third straight month", "", "", "B")],
        [("© 2026 Sakuradawn Media Inc.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [  # 12. South African news app's web view, minibus taxi fares in Gqeberha rise by R3 after a diesel price increase
        [("←   Open in the Isibane Wire app", "", "", "B")],
        [("Aa   🔊 Listen   ⤴ Share", "", "", "B")],
        [("Eastern Cape", "", "", "B")],
        [("Gqeberha taxi fares go up by R3 from Monday", "", "", "W")],
        [
            (
                "Taxi alliance says the increase follows a R1.87 a litre rise in the price of diesel since January",
                "the Nelson Mandela Bay Taxi Alliance",
                "says",
                "W",
            )
        ],
        [("Sipho Mahlangeni-Brooks", "", "", "B")],
        [("02 May 2026, 07:15", "", "", "B")],
        [("3 min read", "", "", "B")],
        [
            ("Commuters queue for taxis at the Njoli Square rank on Friday morning.", "", "", ""),
            ("Image: Isibane Wire / Thandeka Vilakhulu-Pearce", "", "", "B"),
        ],
        [
            (
                "Minibus taxi fares on most routes in Gqeberha will rise by R3 from Monday, the Nelson Mandela Bay Taxi Alliance said on Friday.",
                "the Nelson Mandela Bay Taxi Alliance",
                "said",
                "W",
            ),
            (
                "The alliance, which represents 14 taxi associations and about 2,600 vehicles in the metro, said it had last raised fares in February 2025.",
                "The alliance",
                "said",
                "W",
            ),
        ],
        [("New fares from 4 May:", "", "", "B")],
        [("Motherwell to the city centre: R21 (was R18)", "", "", "")],
        [("KwaZakhele to the city centre: R19 (was R16)", "", "", "")],
        [("Walmer to Greenacres: R17 (was R14)", "", "", "")],
        [
            (
                "Alliance spokesperson Mr Lwazi Ndamase said a driver who filled a Toyota Quantum twice a day was now paying about R1,100 a week more for diesel than in January.",
                "Lwazi Ndamase",
                "said",
                "W",
            ),
            (
                "“We held on for as long as we could, but an owner cannot pay the bank with sympathy,” he said.",
                "Lwazi Ndamase",
                "said",
                "",
            ),
        ],
        [
            (
                "He said owners also faced higher insurance premiums, and that one association's insurer, Umhlaba Cover (Pty) Ltd, had raised its rate by 11% in March.",
                "Lwazi Ndamase",
                "said",
                "W",
            )
        ],
        [
            (
                "The wholesale price of 0.05% diesel at the coast rose from R19.34 a litre in January to R21.21 in May, according to the Department of Mineral Resources and Energy.",
                "the Department of Mineral Resources and Energy",
                "according to",
                "W",
            )
        ],
        [
            (
                "Nomvula Jasperse, spokesperson for the provincial Department of Transport, said associations were not required to seek the department's approval for fare increases, but must display the new fares at ranks for seven days before they take effect.",
                "Nomvula Jasperse",
                "said",
                "W",
            ),
            (
                "She said the department would ask the alliance whether that had been done.",
                "Nomvula Jasperse",
                "said",
                "",
            ),
        ],
        [
            (
                "Ayanda Kwetana, who cleans offices in the city centre and travels from Motherwell six days a week, said the increase would cost her about R36 more a week.",
                "Ayanda Kwetana",
                "said",
                "",
            ),
            ("“Where must I find R36?” she asked.", "Ayanda Kwetana", "asked", ""),
            ("“My wages did not go up by R3 a day.”", "Ayanda Kwetana", "said", ""),
        ],
        [
            (
                "Coastal Household Budget Watch, a consumer group, said a worker commuting 22 days a month on the Motherwell route would now spend R924 a month on taxis, about 17% of the national minimum wage for a full-time worker.",
                "Coastal Household Budget Watch",
                "said",
                "W",
            )
        ],
        [
            (
                "Xolani Booi-Matthee, a marshal at the Njoli Square rank, said drivers had been told to carry enough change for the new fares from Monday.",
                "Xolani Booi-Matthee",
                "said",
                "",
            ),
            (
                "“People will complain for a week and then they will pay, because there is no other way to get to work,” he said.",
                "Xolani Booi-Matthee",
                "said",
                "",
            ),
        ],
        [("SPONSORED", "", "", "B")],
        [("Switch your home loan and save: see what you qualify for in 2 minutes", "", "", "B")],
        [("READ NEXT", "", "", "B")],
        [("Bus operator warns of route cuts as subsidy talks stall", "", "", "B")],
        [
            ("🔔 Get notified when we publish breaking news in Eastern Cape.", "", "", "B"),
            ("Turn on notifications", "", "", "B"),
        ],
        [("Share via   WhatsApp   Facebook   X   Copy link", "", "", "B")],
        [("Next article  ›", "", "", "B")],
        [("Tap to load comments (27)", "", "", "B")],
        [
            ("Get the full Isibane Wire experience.", "", "", "B"),
            ("Download the app for free.", "", "", "B"),
        ],
        [
            ("© 2026 Isibane Wire Digital (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h45-metro-semicolon-standfirst-byline-pm-ct",
        "Parks department says it has hired 61 of the 104 guards it needs; Quarrenbrook and Tillburn pools will stay closed\nDelphine Ostrovsky and Joel Braithewick\nMilwaukee Harborlight\nUpdated 5:42 p.m. CT May 12, 2026\n🔊 Listen to this article   4:36",
        [
            "Parks department says it has hired 61 of the 104 guards it needs; Quarrenbrook and Tillburn pools will stay closed",
            "Delphine Ostrovsky and Joel Braithewick",
            "Milwaukee Harborlight",
            "Updated 5:42 p.m. CT May 12, 2026",
            "🔊 Listen to this article   4:36",
        ],
    ),
    (
        "h45-metro-ald-question-newsletter-pm",
        "Ald. Rosalind Skellerton, whose district includes Quarrenbrook Park, said she had asked the city attorney's office to draft an ordinance that would let the city hire 15-year-olds as junior guards at wading pools. “Where are 600 kids a day supposed to go when it's 94 degrees?” she asked.\nGet Milwaukee's best weekend plans\nOur Weekend Pass newsletter lands in your inbox every Thursday at 4 p.m.\nEnter your email   Sign up\nMarisol Tedeschi-Orford, who lives four blocks from Tillburn Pool, said all three of her children learned to swim there. “Now I'll be driving them across town and paying $6 to park,” she said.",
        [
            "Ald. Rosalind Skellerton, whose district includes Quarrenbrook Park, said she had asked the city attorney's office to draft an ordinance that would let the city hire 15-year-olds as junior guards at wading pools.",
            "“Where are 600 kids a day supposed to go when it's 94 degrees?” she asked.",
            "Get Milwaukee's best weekend plans",
            "Our Weekend Pass newsletter lands in your inbox every Thursday at 4 p.m.",
            "Enter your email   Sign up",
            "Marisol Tedeschi-Orford, who lives four blocks from Tillburn Pool, said all three of her children learned to swim there.",
            "“Now I'll be driving them across town and paying $6 to park,” she said.",
        ],
    ),
    (
        "h45-metro-bio-email-most-popular-inc",
        "Delphine Ostrovsky covers City Hall. Joel Braithewick covers parks and recreation. Reach them at metro@harborlight.com.\nMOST POPULAR\n1\nFire guts vacant warehouse near the harbor; no one hurt\n2\nWhat to know about downtown's new parking meters\n3\nRestaurant inspections: 11 places cited in April\n© 2026 Harborlight Media Inc. All rights reserved.\nTerms of Service   Privacy Policy   Your Privacy Choices   Site Map",
        [
            "Delphine Ostrovsky covers City Hall.",
            "Joel Braithewick covers parks and recreation.",
            "Reach them at metro@harborlight.com.",
            "MOST POPULAR",
            "1",
            "Fire guts vacant warehouse near the harbor; no one hurt",
            "2",
            "What to know about downtown's new parking meters",
            "3",
            "Restaurant inspections: 11 places cited in April",
            "© 2026 Harborlight Media Inc.",
            "All rights reserved.",
            "Terms of Service   Privacy Policy   Your Privacy Choices   Site Map",
        ],
    ),
    (
        "h45-weekly-dot-time-caption-credit-lead",
        "7th May 2026  ·  4.00pm\nShare   Facebook   X   WhatsApp   Email\nThe route 87 bus at the stop outside Saint Morwenna's church in Kestlemoor Cross. Picture: Tamarwick Valley Gazette\nA bus that links four villages in the Tamarwick valley with the market town of Quenhallow will stop running on June 27 after Devon County Council decided not to renew its subsidy. The route 87 service runs between Kestlemoor Cross and Quenhallow six times a day, Monday to Saturday, and is the only public transport for three of the four villages.",
        [
            "7th May 2026  ·  4.00pm",
            "Share   Facebook   X   WhatsApp   Email",
            "The route 87 bus at the stop outside Saint Morwenna's church in Kestlemoor Cross.",
            "Picture: Tamarwick Valley Gazette",
            "A bus that links four villages in the Tamarwick valley with the market town of Quenhallow will stop running on June 27 after Devon County Council decided not to renew its subsidy.",
            "The route 87 service runs between Kestlemoor Cross and Quenhallow six times a day, Monday to Saturday, and is the only public transport for three of the four villages.",
        ],
    ),
    (
        "h45-weekly-am-pm-read-more-mrs",
        "Trevanniock Coaches, which has run the route since 2014, said passenger numbers had fallen from about 390 a week before the pandemic to about 240 now. Managing director Gideon Trevanniock said the first bus leaves Kestlemoor Cross at 7.05am and the last returns from Quenhallow at 5.40pm, and that the company would keep its two drivers on other routes. “We'd run it tomorrow if someone would pay for it,” he said.\nRead more: Quenhallow market hall to close for six weeks for roof repairs\nAdvertisement\nKestlemoor Cross Parish Council has collected 1,126 signatures on a petition asking the county to keep the service. Its chairman, Morwenna Pascalle-Gorvane, said the parish had offered to pay £5,000 a year towards the route but had been told by Mrs Jennifer Merrick at County Hall that the gap was too big to close. “Five thousand pounds is a lot of money for a parish our size, and it still wasn't enough,” she said.\nDoreen Hockridge, 81, who gave up driving two years ago, said she takes the 87 into town every Tuesday and Friday for her shopping and the bank. “After June I shall be asking my neighbours for lifts, and I hate asking,” she said.",
        [
            "Trevanniock Coaches, which has run the route since 2014, said passenger numbers had fallen from about 390 a week before the pandemic to about 240 now.",
            "Managing director Gideon Trevanniock said the first bus leaves Kestlemoor Cross at 7.05am and the last returns from Quenhallow at 5.40pm, and that the company would keep its two drivers on other routes.",
            "“We'd run it tomorrow if someone would pay for it,” he said.",
            "Read more: Quenhallow market hall to close for six weeks for roof repairs",
            "Advertisement",
            "Kestlemoor Cross Parish Council has collected 1,126 signatures on a petition asking the county to keep the service.",
            "Its chairman, Morwenna Pascalle-Gorvane, said the parish had offered to pay £5,000 a year towards the route but had been told by Mrs Jennifer Merrick at County Hall that the gap was too big to close.",
            "“Five thousand pounds is a lot of money for a parish our size, and it still wasn't enough,” she said.",
            "Doreen Hockridge, 81, who gave up driving two years ago, said she takes the 87 into town every Tuesday and Friday for her shopping and the bank.",
            "“After June I shall be asking my neighbours for lifts, and I hate asking,” she said.",
        ],
    ),
    (
        "h45-weekly-tip-question-comments-ltd",
        "Got a story for us? Email newsdesk@tamarwickgazette.co.uk or call 01409 555 214.\nComments: 3\nTrelawnybus · 2 hours ago\nSame story every year. They cut the bus and then wonder why the young ones leave.\nMaggieF_1958 · 1 hour ago\nDoes anyone know if the community car scheme is still running from the village hall?\nReport this comment\nThis website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice.\n© 2026 Tamarwick Valley Newspapers Ltd. All rights reserved.",
        [
            "Got a story for us?",
            "Email newsdesk@tamarwickgazette.co.uk or call 01409 555 214.",
            "Comments: 3",
            "Trelawnybus · 2 hours ago",
            "Same story every year.",
            "They cut the bus and then wonder why the young ones leave.",
            "MaggieF_1958 · 1 hour ago",
            "Does anyone know if the community car scheme is still running from the village hall?",
            "Report this comment",
            "This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice.",
            "© 2026 Tamarwick Valley Newspapers Ltd.",
            "All rights reserved.",
        ],
    ),
    (
        "h45-broadcaster-ns-comma-and-ns-end",
        "The MV Harrowmire has carried vehicles and passengers between Fallow Harbour, N.S., and Wrackley Island since 1996. (Ellery Maccready/Maplewave)\nThe only car ferry to Wrackley Island, off Nova Scotia's Eastern Shore, will be out of service until at least mid-June after a propeller shaft failed during a crossing last Tuesday. The MV Harrowmire normally makes 14 round trips a day between the island and Fallow Harbour, N.S. About 420 people live on the island year-round.",
        [
            "The MV Harrowmire has carried vehicles and passengers between Fallow Harbour, N.S., and Wrackley Island since 1996.",
            "(Ellery Maccready/Maplewave)",
            "The only car ferry to Wrackley Island, off Nova Scotia's Eastern Shore, will be out of service until at least mid-June after a propeller shaft failed during a crossing last Tuesday.",
            "The MV Harrowmire normally makes 14 round trips a day between the island and Fallow Harbour, N.S.",
            "About 420 people live on the island year-round.",
        ],
    ),
    (
        "h45-broadcaster-statement-ltd-it-said",
        "In a statement, Nova Scotia's Department of Public Works said the shaft would be replaced at a shipyard in Lunenburg by Keelmarsh Marine Ltd., which has the only dry dock in the region free before July. The repair is expected to cost about $640,000, it said.\nUntil the ferry returns, a contracted water taxi will make eight crossings a day for foot passengers only, the department said. Under Transport Canada rules, the water taxi can carry no more than 12 passengers at a time.\nCyril Dunlorrie, who owns Wrackley Island Seafoods, said he had been trucking his lobster off the island twice a day until the breakdown and now had to land it at Fallow Harbour by boat and rent a refrigerated truck there. “It's costing me about $1,800 a week I don't have, in the busiest six weeks of the season,” he said. “The province has known that boat was tired for years.”",
        [
            "In a statement, Nova Scotia's Department of Public Works said the shaft would be replaced at a shipyard in Lunenburg by Keelmarsh Marine Ltd., which has the only dry dock in the region free before July.",
            "The repair is expected to cost about $640,000, it said.",
            "Until the ferry returns, a contracted water taxi will make eight crossings a day for foot passengers only, the department said.",
            "Under Transport Canada rules, the water taxi can carry no more than 12 passengers at a time.",
            "Cyril Dunlorrie, who owns Wrackley Island Seafoods, said he had been trucking his lobster off the island twice a day until the breakdown and now had to land it at Fallow Harbour by boat and rent a refrigerated truck there.",
            "“It's costing me about $1,800 a week I don't have, in the busiest six weeks of the season,” he said.",
            "“The province has known that boat was tired for years.”",
        ],
    ),
    (
        "h45-broadcaster-capt-watch-duration-related",
        "Capt. Abigail Strandwater, who has skippered the Harrowmire for 22 years, said the ferry was 30 years old this spring and had been out of service for a total of 71 days in 2025.\nWATCH | Wrackley Islanders on life without the ferry:\nIslanders line up for the water taxi at Fallow Harbour on Friday morning.\nDuration 2:14\nRELATED STORIES: Province promises new ferry for Wrackley Island by 2029",
        [
            "Capt. Abigail Strandwater, who has skippered the Harrowmire for 22 years, said the ferry was 30 years old this spring and had been out of service for a total of 71 days in 2025.",
            "WATCH | Wrackley Islanders on life without the ferry:",
            "Islanders line up for the water taxi at Fallow Harbour on Friday morning.",
            "Duration 2:14",
            "RELATED STORIES: Province promises new ferry for Wrackley Island by 2029",
        ],
    ),
    (
        "h45-portal-feed-note-wire-dateline",
        "(This story has not been edited by KhabarKosh staff and is auto-generated from a syndicated feed.)\nBengaluru, May 8 (NWI): The Bengaluru Water Supply and Sewerage Board (BWSSB) on Friday capped the price of a private water tanker at Rs 750 for 6,000 litres within 5 km of its filling point, up to Rs 1,150 for 12,000 litres beyond 10 km. The order comes into force on Monday and will remain until June 30.",
        [
            "(This story has not been edited by KhabarKosh staff and is auto-generated from a syndicated feed.)",
            "Bengaluru, May 8 (NWI): The Bengaluru Water Supply and Sewerage Board (BWSSB) on Friday capped the price of a private water tanker at Rs 750 for 6,000 litres within 5 km of its filling point, up to Rs 1,150 for 12,000 litres beyond 10 km.",
            "The order comes into force on Monday and will remain until June 30.",
        ],
    ),
    (
        "h45-portal-dr-ias-quote-pvt-ltd",
        "BWSSB chairman Dr. Ramesh Nanjegowda, IAS, said tanker operators had been charging residents of the city's eastern wards between Rs 1,800 and Rs 2,400 for a 6,000-litre load since the end of March. He said 3,412 private tankers had registered with the board by Thursday evening, and unregistered tankers would be seized. “Water is not a luxury item to be auctioned in summer,” he said.\nUnder the order, an operator charging more than the capped rate can be fined Rs 25,000 for a first offence and have the tanker's registration cancelled for a second.\nThe Bengaluru Private Water Suppliers' Association, whose 640 members include Varthur Jalasetu Carriers Pvt. Ltd. and other large fleet operators, said the capped rates did not cover the cost of diesel, drivers and borewell water. Its president, Siddaramu Kempahonnaiah, said members would “follow the order under protest” and meet the board next week. “We are not the villains here; the borewells are drying up and the board's pipes don't reach these layouts,” he said.",
        [
            "BWSSB chairman Dr. Ramesh Nanjegowda, IAS, said tanker operators had been charging residents of the city's eastern wards between Rs 1,800 and Rs 2,400 for a 6,000-litre load since the end of March.",
            "He said 3,412 private tankers had registered with the board by Thursday evening, and unregistered tankers would be seized.",
            "“Water is not a luxury item to be auctioned in summer,” he said.",
            "Under the order, an operator charging more than the capped rate can be fined Rs 25,000 for a first offence and have the tanker's registration cancelled for a second.",
            "The Bengaluru Private Water Suppliers' Association, whose 640 members include Varthur Jalasetu Carriers Pvt. Ltd. and other large fleet operators, said the capped rates did not cover the cost of diesel, drivers and borewell water.",
            "Its president, Siddaramu Kempahonnaiah, said members would “follow the order under protest” and meet the board next week.",
            "“We are not the villains here; the borewells are drying up and the board's pipes don't reach these layouts,” he said.",
        ],
    ),
    (
        "h45-portal-gate-no-question-eg-am-pm",
        "Pallavi Ramachandrappa, secretary of the Hoodi Palmgrove Residents' Welfare Association, said her 240-flat apartment complex had spent more than Rs 4.6 lakh on tankers in April alone. “Who will check whether the tanker that comes to Gate No. 2 at six in the morning is charging Rs 750 or Rs 1,800?” she asked.\nResidents can report overcharging on the board's helpline, 1916, or at any of its ward offices, e.g. the one at Mahadevapura, the board said. Inspection teams will work from 6 a.m. to 10 p.m. in the 24 eastern and southern wards with the most complaints, the board added.\nManjunath Gowdru-Pattanshetti, who drives a 6,000-litre tanker in Whitefield, said he made six trips a day and paid a borewell owner Rs 300 for every load he filled. “At Rs 750 I will be working for free by the fourth trip,” he said.",
        [
            "Pallavi Ramachandrappa, secretary of the Hoodi Palmgrove Residents' Welfare Association, said her 240-flat apartment complex had spent more than Rs 4.6 lakh on tankers in April alone.",
            "“Who will check whether the tanker that comes to Gate No. 2 at six in the morning is charging Rs 750 or Rs 1,800?” she asked.",
            "Residents can report overcharging on the board's helpline, 1916, or at any of its ward offices, e.g. the one at Mahadevapura, the board said.",
            "Inspection teams will work from 6 a.m. to 10 p.m. in the 24 eastern and southern wards with the most complaints, the board added.",
            "Manjunath Gowdru-Pattanshetti, who drives a 6,000-litre tanker in Whitefield, said he made six trips a day and paid a borewell owner Rs 300 for every load he filled.",
            "“At Rs 750 I will be working for free by the fourth trip,” he said.",
        ],
    ),
    (
        "h45-biz-ticker-key-points-bullets",
        "DOW 41,208.33 ▲ 0.42%   S&P 500 5,912.07 ▲ 0.31%   NASDAQ 19,044.61 ▼ 0.08%   10-YR 4.21%\nMarkets   Business   Investing   Tech   Politics   Video   Watchlist   Pro\nRetail\nPellcroft Markets beats first-quarter estimates, will close 14 stores in Ohio and Indiana\nKEY POINTS\nPellcroft Markets earned $1.12 a share in the first quarter, above the $1.04 analysts expected.\nSame-store sales rose 2.8%, helped by higher prices and a bigger pharmacy business.\nThe company will close 14 of its 212 stores by the end of August, most of them in small towns.",
        [
            "DOW 41,208.33 ▲ 0.42%   S&P 500 5,912.07 ▲ 0.31%   NASDAQ 19,044.61 ▼ 0.08%   10-YR 4.21%",
            "Markets   Business   Investing   Tech   Politics   Video   Watchlist   Pro",
            "Retail",
            "Pellcroft Markets beats first-quarter estimates, will close 14 stores in Ohio and Indiana",
            "KEY POINTS",
            "Pellcroft Markets earned $1.12 a share in the first quarter, above the $1.04 analysts expected.",
            "Same-store sales rose 2.8%, helped by higher prices and a bigger pharmacy business.",
            "The company will close 14 of its 212 stores by the end of August, most of them in small towns.",
        ],
    ),
    (
        "h45-biz-inc-colon-vs-bullets",
        "Pellcroft Markets Inc. on Wednesday reported first-quarter earnings above Wall Street's expectations and said it would close 14 underperforming stores in Ohio and Indiana by the end of August. Shares of the Columbus-based grocer rose 6.4% in morning trading.\nHere's how the company did, compared with what Wall Street expected, according to a survey of analysts by Datavere Data:\nEarnings per share: $1.12 vs. $1.04 expected\nRevenue: $4.31 billion vs. $4.27 billion expected",
        [
            "Pellcroft Markets Inc. on Wednesday reported first-quarter earnings above Wall Street's expectations and said it would close 14 underperforming stores in Ohio and Indiana by the end of August.",
            "Shares of the Columbus-based grocer rose 6.4% in morning trading.",
            "Here's how the company did, compared with what Wall Street expected, according to a survey of analysts by Datavere Data:",
            "Earnings per share: $1.12 vs. $1.04 expected",
            "Revenue: $4.31 billion vs. $4.27 billion expected",
        ],
    ),
    (
        "h45-biz-co-us-ticker-data-notes",
        "Desmond Okonwa-Hartlebow, an analyst at Hatchbury & Co. who covers the company, said the closures were “overdue” and would make Pellcroft an easier company to sell if it ever chose to. “The U.S. grocery business is a game of scale now, and Pellcroft is a midsize player,” he said.\nPellcroft has about 9% of the grocery market in Ohio, third behind two national chains, according to research firm Tallowcrest Retail Research.\nPLMT   Pellcroft Markets Inc.   $58.14   +3.52 (+6.44%)\nData is a real-time snapshot. *Data is delayed at least 15 minutes.\nDisclosure: Ledgercreste's parent company has no position in Pellcroft Markets.",
        [
            "Desmond Okonwa-Hartlebow, an analyst at Hatchbury & Co. who covers the company, said the closures were “overdue” and would make Pellcroft an easier company to sell if it ever chose to.",
            "“The U.S. grocery business is a game of scale now, and Pellcroft is a midsize player,” he said.",
            "Pellcroft has about 9% of the grocery market in Ohio, third behind two national chains, according to research firm Tallowcrest Retail Research.",
            "PLMT   Pellcroft Markets Inc.   $58.14   +3.52 (+6.44%)",
            "Data is a real-time snapshot.",
            "*Data is delayed at least 15 minutes.",
            "Disclosure: Ledgercreste's parent company has no position in Pellcroft Markets.",
        ],
    ),
    (
        "h45-sport-scores-with-points-brackets",
        "Dunbraikie kicked five goals to two in the last quarter to beat Yarrabeen 12.11 (83) to 11.13 (79) in the Kiallaburn Football Netball League grand final at Nullawirra Park in Horsham on Saturday. It is the Plovers' first premiership since 2007.\nYarrabeen led 10.9 (69) to 7.9 (51) at the last change and kicked the first goal of the final quarter. Dunbraikie then kicked the next five, the last of them from Calthorpe, 19, who marked 35 metres out on a slight angle with 41 seconds left on the clock.",
        [
            "Dunbraikie kicked five goals to two in the last quarter to beat Yarrabeen 12.11 (83) to 11.13 (79) in the Kiallaburn Football Netball League grand final at Nullawirra Park in Horsham on Saturday.",
            "It is the Plovers' first premiership since 2007.",
            "Yarrabeen led 10.9 (69) to 7.9 (51) at the last change and kicked the first goal of the final quarter.",
            "Dunbraikie then kicked the next five, the last of them from Calthorpe, 19, who marked 35 metres out on a slight angle with 41 seconds left on the clock.",
        ],
    ),
    (
        "h45-sport-scoreboard-initials-goals-best",
        "SCOREBOARD\nKFNL SENIOR GRAND FINAL\nDUNBRAIKIE   2.3   5.6   7.9   12.11 (83)\nYARRABEEN   4.2   7.5   10.9   11.13 (79)\nGOALS: Dunbraikie: B. Calthorpe 3, L. Nuttgens 2, S. Oduwaye 2, J. Bellingham, T. Reddacliffe, M. Wenborne, H. Duigan, F. Amoroso. Yarrabeen: C. Vennardsley 3, T. Faulkhurst 3, D. Obioha 2, R. Mensima, N. Ferramosca, K. Gorvane.\nBEST: Dunbraikie: J. Bellingham, L. Nuttgens, B. Calthorpe, S. Oduwaye, M. Wenborne. Yarrabeen: C. Vennardsley, D. Obioha, T. Faulkhurst, K. Gorvane.\nUMPIRES: G. Lynchmere, P. Ilsford, A. Konstantinidou.\nMOST READ",
        [
            "SCOREBOARD",
            "KFNL SENIOR GRAND FINAL",
            "DUNBRAIKIE   2.3   5.6   7.9   12.11 (83)",
            "YARRABEEN   4.2   7.5   10.9   11.13 (79)",
            "GOALS: Dunbraikie: B. Calthorpe 3, L. Nuttgens 2, S. Oduwaye 2, J. Bellingham, T. Reddacliffe, M. Wenborne, H. Duigan, F. Amoroso.",
            "Yarrabeen: C. Vennardsley 3, T. Faulkhurst 3, D. Obioha 2, R. Mensima, N. Ferramosca, K. Gorvane.",
            "BEST: Dunbraikie: J. Bellingham, L. Nuttgens, B. Calthorpe, S. Oduwaye, M. Wenborne.",
            "Yarrabeen: C. Vennardsley, D. Obioha, T. Faulkhurst, K. Gorvane.",
            "UMPIRES: G. Lynchmere, P. Ilsford, A. Konstantinidou.",
            "MOST READ",
        ],
    ),
    (
        "h45-health-bst-caption-according-lead",
        "Wed 13 May 2026 00.01 BST\nShare\nPupils at one of the schools in the trial during an outdoor lesson. Photograph: Anwen Bruckley/The Northern Lantern\nChildren who spent an extra 40 minutes a day outdoors at school were about a quarter less likely to become short-sighted over three years than classmates who did not, according to a trial in 62 primary schools in Wales. The schools were assigned at random either to add a daily outdoor session to the timetable or to carry on as normal, and 4,118 children aged six and seven were followed from September 2022 to July 2025.",
        [
            "Wed 13 May 2026 00.01 BST",
            "Share",
            "Pupils at one of the schools in the trial during an outdoor lesson.",
            "Photograph: Anwen Bruckley/The Northern Lantern",
            "Children who spent an extra 40 minutes a day outdoors at school were about a quarter less likely to become short-sighted over three years than classmates who did not, according to a trial in 62 primary schools in Wales.",
            "The schools were assigned at random either to add a daily outdoor session to the timetable or to carry on as normal, and 4,118 children aged six and seven were followed from September 2022 to July 2025.",
        ],
    ),
    (
        "h45-health-ci-prof-p-value-quote",
        "By the end of the trial, 9.1% of children in the outdoor group had developed myopia, the medical term for short-sightedness, compared with 12.3% in the comparison group (relative risk 0.74, 95% CI 0.61–0.89), according to the paper, published on Wednesday in the Journal of Paediatric Eye Research.\nProf. Gwenllian Aberfawr, an optometrist at Prifysgol Bryncelyn and the trial's lead author, said children in the outdoor group also had slower growth in the length of the eyeball, the main physical change behind myopia, with a difference of 0.07mm (p=0.003) after three years. “It's a simple, cheap thing for a school to do, and the children enjoyed it,” she said. “But the effect almost vanished between November and February, when many sessions were cut short or moved inside.”",
        [
            "By the end of the trial, 9.1% of children in the outdoor group had developed myopia, the medical term for short-sightedness, compared with 12.3% in the comparison group (relative risk 0.74, 95% CI 0.61–0.89), according to the paper, published on Wednesday in the Journal of Paediatric Eye Research.",
            "Prof. Gwenllian Aberfawr, an optometrist at Prifysgol Bryncelyn and the trial's lead author, said children in the outdoor group also had slower growth in the length of the eyeball, the main physical change behind myopia, with a difference of 0.07mm (p=0.003) after three years.",
            "“It's a simple, cheap thing for a school to do, and the children enjoyed it,” she said.",
            "“But the effect almost vanished between November and February, when many sessions were cut short or moved inside.”",
        ],
    ),
    (
        "h45-health-related-journal-reference-et-al",
        "A Welsh government spokesperson said schools were already free to set the length of breaktimes and that ministers would “consider the findings carefully”.\nRelated: Screen time is not the main cause of rising myopia, review finds\nJournal reference: Aberfawr G, Petherwyn R, et al. Daily outdoor time and incident myopia in primary schoolchildren: a cluster randomised trial. J Paediatr Eye Res. 2026;11(5):204–213.\nExplore more on these topics",
        [
            "A Welsh government spokesperson said schools were already free to set the length of breaktimes and that ministers would “consider the findings carefully”.",
            "Related: Screen time is not the main cause of rising myopia, review finds",
            "Journal reference: Aberfawr G, Petherwyn R, et al. Daily outdoor time and incident myopia in primary schoolchildren: a cluster randomised trial. J Paediatr Eye Res. 2026;11(5):204–213.",
            "Explore more on these topics",
        ],
    ),
    (
        "h45-politics-band-d-pence-cllr",
        "Highland Council has voted to raise council tax by 8.5 per cent from April, after an opposition amendment to keep two swimming pools open was carried by 36 votes to 33, with two abstentions. A Band D home will pay £1,512.40. Last year the figure was £1,393.92.\nCouncil leader Cllr Morag Marwhinnie said the rise would raise about £9.6 million and that the council still faced a gap of £41m over the next three years. “Nobody in this chamber came into politics to put up council tax, but the alternative was cutting services people rely on every day,” she said.",
        [
            "Highland Council has voted to raise council tax by 8.5 per cent from April, after an opposition amendment to keep two swimming pools open was carried by 36 votes to 33, with two abstentions.",
            "A Band D home will pay £1,512.40.",
            "Last year the figure was £1,393.92.",
            "Council leader Cllr Morag Marwhinnie said the rise would raise about £9.6 million and that the council still faced a gap of £41m over the next three years.",
            "“Nobody in this chamber came into politics to put up council tax, but the alternative was cutting services people rely on every day,” she said.",
        ],
    ),
    (
        "h45-blog-update-pm-ave-n-st",
        "UPDATE 2:35 pm: SDOT says crews will put up temporary “yield to pedestrians” signs at the crossing on Friday, ahead of the signal.\nA 71-year-old woman was taken to a hospital with a broken leg on Monday evening after she was hit by a pickup while crossing Dunnockfield Ave. N. at N. 97th St., Seattle police said. The driver stayed at the scene and was not cited, police said.",
        [
            "UPDATE 2:35 pm: SDOT says crews will put up temporary “yield to pedestrians” signs at the crossing on Friday, ahead of the signal.",
            "A 71-year-old woman was taken to a hospital with a broken leg on Monday evening after she was hit by a pickup while crossing Dunnockfield Ave. N. at N. 97th St., Seattle police said.",
            "The driver stayed at the scene and was not cited, police said.",
        ],
    ),
    (
        "h45-blog-sponsor-pm-comments-initial",
        "This post is brought to you by Dunnockfield Ave. Hardware. Open seven days a week since 1962.\nThe Saddleback Community Council will talk about the crossing at its monthly meeting, Thursday, May 28, at 7 p.m. All are welcome.\nTags: crosswalk, Dunnockfield Ave. N., SDOT, Saddleback Elementary\n14 Replies to “City promises a signal at N. 97th and Dunnockfield after Monday's crash”\njules_on_97th says:\nMay 20, 2026 at 10:04 am\nFinally. I've watched people floor it through there every morning for years.\nReply\nTed D. says:\nMay 20, 2026 at 11:21 am\nHope she's okay. Anyone know if she's a neighbor?\nReply\nLeave a Reply",
        [
            "This post is brought to you by Dunnockfield Ave. Hardware.",
            "Open seven days a week since 1962.",
            "The Saddleback Community Council will talk about the crossing at its monthly meeting, Thursday, May 28, at 7 p.m.",
            "All are welcome.",
            "Tags: crosswalk, Dunnockfield Ave. N., SDOT, Saddleback Elementary",
            "14 Replies to “City promises a signal at N. 97th and Dunnockfield after Monday's crash”",
            "jules_on_97th says:",
            "May 20, 2026 at 10:04 am",
            "Finally.",
            "I've watched people floor it through there every morning for years.",
            "Reply",
            "Ted D. says:",
            "May 20, 2026 at 11:21 am",
            "Hope she's okay.",
            "Anyone know if she's a neighbor?",
            "Reply",
            "Leave a Reply",
        ],
    ),
    (
        "h45-mag-aka-mt-pull-quote-no",
        "The Culvane Street Grill, a.k.a. “the Culvane” to three generations of South Side regulars, opened in 1968 at the corner of Culvane Street and Mt. Tarrowden Avenue and has closed its doors only twice since: for the blizzard of 1993 and for six weeks in 2020. It has 14 stools, six booths and one grill, and it has never taken a reservation or a credit card under $10.\nVanstavoren says she pays $4,200 a month for the building and was offered a new 10-year lease in January at $8,000 a month, rising 3 percent a year. “I did the math on a napkin, because that's what we have here,” she says. “There's no number of eggs that covers that.”\nThe offer also required her to pay the building's property taxes and insurance, according to a copy of the lease offer seen by Riverlantern. Kestrow Urban Partners, the company that bought the building in 2024, did not respond to messages.\n“There's no number of eggs that covers that.”\nWalt Pemberdale, 79, a retired bus driver, has eaten at the same booth, No. 4, nearly every morning since 1983. “I've outlived two wives and three waitresses,” he says. “I don't plan to outlive the Culvane.”",
        [
            "The Culvane Street Grill, a.k.a. “the Culvane” to three generations of South Side regulars, opened in 1968 at the corner of Culvane Street and Mt. Tarrowden Avenue and has closed its doors only twice since: for the blizzard of 1993 and for six weeks in 2020.",
            "It has 14 stools, six booths and one grill, and it has never taken a reservation or a credit card under $10.",
            "Vanstavoren says she pays $4,200 a month for the building and was offered a new 10-year lease in January at $8,000 a month, rising 3 percent a year.",
            "“I did the math on a napkin, because that's what we have here,” she says.",
            "“There's no number of eggs that covers that.”",
            "The offer also required her to pay the building's property taxes and insurance, according to a copy of the lease offer seen by Riverlantern.",
            "Kestrow Urban Partners, the company that bought the building in 2024, did not respond to messages.",
            "“There's no number of eggs that covers that.”",
            "Walt Pemberdale, 79, a retired bus driver, has eaten at the same booth, No. 4, nearly every morning since 1983.",
            "“I've outlived two wives and three waitresses,” he says.",
            "“I don't plan to outlive the Culvane.”",
        ],
    ),
    (
        "h45-mag-pm-sunday-time-newsletter",
        "Vanstavoren says the grill will stay open around the clock until 2 p.m. on Sunday, June 7, and that she will give the counter stools to anyone who asks for one. Her 11 employees have been told, she says, and four have already found other jobs. “I keep waiting for it to feel real,” she says. “Maybe at 2:01.”\nThe Dish\nOur weekly dining newsletter, with openings, closings and where to eat now.",
        [
            "Vanstavoren says the grill will stay open around the clock until 2 p.m. on Sunday, June 7, and that she will give the counter stools to anyone who asks for one.",
            "Her 11 employees have been told, she says, and four have already found other jobs.",
            "“I keep waiting for it to feel real,” she says.",
            "“Maybe at 2:01.”",
            "The Dish",
            "Our weekly dining newsletter, with openings, closings and where to eat now.",
        ],
    ),
    (
        "h45-japan-sept-co-jr-according",
        "Kamiyuzawa, a town of about 7,300 people in the mountains of Niigata Prefecture, will end its last fixed-route bus service on Sept. 30 and replace it with shared taxis that residents book by phone or app, the town said Wednesday. The bus, run by Yukiwari Transit Co. under contract to the town, has linked eight hamlets to the town center and JR Echigo-Okawa Station since 1974, the town said.\nThe route carried 61,400 passengers in fiscal 2015 and 9,870 in fiscal 2025, when its buses averaged 1.8 passengers per trip, according to town figures. The town paid the operator ¥38 million last fiscal year to keep the route running.",
        [
            "Kamiyuzawa, a town of about 7,300 people in the mountains of Niigata Prefecture, will end its last fixed-route bus service on Sept. 30 and replace it with shared taxis that residents book by phone or app, the town said Wednesday.",
            "The bus, run by Yukiwari Transit Co. under contract to the town, has linked eight hamlets to the town center and JR Echigo-Okawa Station since 1974, the town said.",
            "The route carried 61,400 passengers in fiscal 2015 and 9,870 in fiscal 2025, when its buses averaged 1.8 passengers per trip, according to town figures.",
            "The town paid the operator ¥38 million last fiscal year to keep the route running.",
        ],
    ),
    (
        "h45-japan-am-question-yen-pm",
        "Fumiko Tagayasu, 84, who lives alone in the hamlet of Shimo-Agatsu, said she rides the 8:40 a.m. bus into town every Monday to see her doctor and buy groceries. “If I call and the taxi is full, do I wait for the next one, or do I just go without?” she asked.\nUnder the town's plan, a ride anywhere within the town will cost ¥300, the same as the bus fare, and residents over 75 will ride for ¥100. Rides must be booked by 5 p.m. the day before, and the service will run from 7 a.m. to 7 p.m.",
        [
            "Fumiko Tagayasu, 84, who lives alone in the hamlet of Shimo-Agatsu, said she rides the 8:40 a.m. bus into town every Monday to see her doctor and buy groceries.",
            "“If I call and the taxi is full, do I wait for the next one, or do I just go without?” she asked.",
            "Under the town's plan, a ride anywhere within the town will cost ¥300, the same as the bus fare, and residents over 75 will ride for ¥100.",
            "Rides must be booked by 5 p.m. the day before, and the service will run from 7 a.m. to 7 p.m.",
        ],
    ),
    (
        "h45-app-fare-table-rows",
        "Minibus taxi fares on most routes in Gqeberha will rise by R3 from Monday, the Nelson Mandela Bay Taxi Alliance said on Friday. The alliance, which represents 14 taxi associations and about 2,600 vehicles in the metro, said it had last raised fares in February 2025.\nNew fares from 4 May:\nMotherwell to the city centre: R21 (was R18)\nKwaZakhele to the city centre: R19 (was R16)\nWalmer to Greenacres: R17 (was R14)",
        [
            "Minibus taxi fares on most routes in Gqeberha will rise by R3 from Monday, the Nelson Mandela Bay Taxi Alliance said on Friday.",
            "The alliance, which represents 14 taxi associations and about 2,600 vehicles in the metro, said it had last raised fares in February 2025.",
            "New fares from 4 May:",
            "Motherwell to the city centre: R21 (was R18)",
            "KwaZakhele to the city centre: R19 (was R16)",
            "Walmer to Greenacres: R17 (was R14)",
        ],
    ),
    (
        "h45-app-pty-ltd-percent-decimal",
        "He said owners also faced higher insurance premiums, and that one association's insurer, Umhlaba Cover (Pty) Ltd, had raised its rate by 11% in March.\nThe wholesale price of 0.05% diesel at the coast rose from R19.34 a litre in January to R21.21 in May, according to the Department of Mineral Resources and Energy.\nNomvula Jasperse, spokesperson for the provincial Department of Transport, said associations were not required to seek the department's approval for fare increases, but must display the new fares at ranks for seven days before they take effect. She said the department would ask the alliance whether that had been done.",
        [
            "He said owners also faced higher insurance premiums, and that one association's insurer, Umhlaba Cover (Pty) Ltd, had raised its rate by 11% in March.",
            "The wholesale price of 0.05% diesel at the coast rose from R19.34 a litre in January to R21.21 in May, according to the Department of Mineral Resources and Energy.",
            "Nomvula Jasperse, spokesperson for the provincial Department of Transport, said associations were not required to seek the department's approval for fare increases, but must display the new fares at ranks for seven days before they take effect.",
            "She said the department would ask the alliance whether that had been done.",
        ],
    ),
    (
        "h45-blog-ave-n-end-district-said",
        "There have been nine reported crashes at N. 97th and Dunnockfield since 2020, three of them involving people on foot, according to the city's crash data. The crossing is two blocks north of Saddleback Elementary, at 9400 Dunnockfield Ave. N. About 120 students walk through it on their way to school, the school district said.\nOdalys Fernhaven, who lives on the corner, started an online petition for a signal in March and said it had 842 signatures by Tuesday night. “I heard the brakes and then I heard her,” she said. “I've been waiting for that sound for two years.”",
        [
            "There have been nine reported crashes at N. 97th and Dunnockfield since 2020, three of them involving people on foot, according to the city's crash data.",
            "The crossing is two blocks north of Saddleback Elementary, at 9400 Dunnockfield Ave. N.",
            "About 120 students walk through it on their way to school, the school district said.",
            "Odalys Fernhaven, who lives on the corner, started an online petition for a signal in March and said it had 842 signatures by Tuesday night.",
            "“I heard the brakes and then I heard her,” she said.",
            "“I've been waiting for that sound for two years.”",
        ],
    ),
]
