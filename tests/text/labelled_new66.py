"""Sixty-sixth set of new hand-labelled pages for the hint engines (tuning set, round twenty-nine): twelve whole pages from twelve kinds of site whose furniture is hard to tell from story, with furniture cut into the story as well as around it.

Written from scratch for issue 13 in round twenty-nine, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under `docs/`,
no README and no benchmark was read, `claimreview` was never imported, and no test, scorer, engine or
`pytest` was run. The format and the conventions were read from the module docstrings of
`labelled_new.py` and `labelled_new2.py` (in full), the module docstrings, the first two pages and the
split cases of `labelled_new63.py`, the module docstrings and first two pages of `labelled_new64.py`
and `labelled_new65.py` (of their split cases only the last two of `labelled_new64.py` were seen, cut
to 200 characters a line), `build` in `labelled_articles.py` and the ruff settings in
`pyproject.toml`; `sed` and `grep -n` listings of those files were used to find them, a listing of
`tests/text/` and of `tests/` showed file names only, and `git status` was run. What was run: a Python
one-liner printing the calendar of 2026 to check weekdays, a converter of my own in /tmp that turns a small line format into the literals below and cuts the split
cases out of the pages, an import of this file with `build` on every page, a small checking script of
my own in /tmp (four fields, flags, a cue for every speaker, the sentence count, every split case
joining back to its text and occurring in a built page), whole-word checks of every capitalised word
(each part of a hyphenated name apart) against the words of every file under `tests/`, done by grep
printing file counts or file names only and by a script of mine that printed only which of my words
clashed, and `ruff format` / `ruff check`. The files the other writers are drafting at the same time
(`labelled_new67.py`, `labelled_new68.py`, `labelled_heldout43.py`, `labelled_heldout44.py`) were
never opened; the same whole-word checks covered them as far as they existed when this set was
finished.

Every person, small place, street, road, brook, county, township, school, hospital, market, team,
league, club, trust, association, union branch, organisation, outlet, broadcaster, newswire, portal,
company, product and number is invented (a first draft reused some ninety invented surnames, towns,
streets, outlets, teams and companies of earlier sets, all renamed and checked again). Real countries,
states, regions and big cities appear only as settings: the United States, Maine and Bangor; England,
Worcestershire, Worcester, the Midlands and Cumbria; Vermont and Montpelier; Iowa, Kansas and
Wichita; South Dakota; Canada, British Columbia, Vancouver, Ontario and Thunder Bay; Portugal, Porto
and Lisbon; Jamaica, St Elizabeth, Kingston and Montego Bay; Massachusetts; Malaysia, Penang and George
Town; Colorado, Denver, Pueblo and the Front Range. Real public bodies, courts, offices, rules and
schemes appear only as settings, with invented figures: the Maine Department of Health and Human
Services; Worcester Crown Court, the Environment Agency, Ofwat, the Treasury and the Liberal
Democrats; the Vermont Department of Health; Iowa Workforce Development, WARN notices and the FCC; the
TSX Venture Exchange and National Instrument 43-101; Porto City Council and the 2011 and 2021
censuses; the St Elizabeth Municipal Corporation, the Ministry of Local Government and Community
Development and the Jamaica Fire Brigade; the Penang Island City Council (MBPP); Medicare, in an
advert. Facebook, X, LinkedIn, WhatsApp and email appear only as channels. No surname, town, street,
outlet, company, school, club or union of any file under `tests/` is reused (given names, titles, real
settings, Malay and Portuguese common nouns such as "Jalan", "Lorong" and "Rua", and common words such
as "Herald", "Courier", "Post", "Record", "Dispatch", "Foods", "Active", "Trust", "Hardware",
"Bakery", "Creek", "Falls" and "Vale" recur).

Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after selecting all in a
browser, so every furniture line (masthead, menu, crumb, section label, byline, date line, share strip,
caption credit, ad slot, related and most-read lists, prompts, bios, comments furniture and footer) is
a paragraph of its own, worded in that site's own way, and "B"; the furniture that sits INSIDE the
story is kept where the paste leaves it: a metered paywall, inline "Read more:", "Related:", "Also
read:" and "Leia também / Read also:" teasers that read like sentences, "Story continues below
advertisement", "Story continues after advertisement", "PUB" slots, newsletter sign-ups cut into
lines, video and audio players with their fallback lines, running times and transcript prompts, pull
quotes, odds boxes, table notes, "On this page:" strips, app banners, photo captions and credits,
corrections and editor's notes. The stories are everyday news that mix statements of record with
opinions and quotes. `STYLES` names the site, the story and the stresses of each page, in order.

(1) A US regional daily in Maine behind a metered paywall: a hospital will stop delivering babies.
The standfirst "Hospital says ...; 212 babies were born there last year" carries "Wyndhollow Valley
Hospital", the name as the body first gives it with "said"; the caption states the unit's four rooms,
"W", and its credit shares its line; "CALDERMOSS —" opens the lead; "according to state birth records"
and "according to minutes posted on the hospital's website" carry the documents as written; "Hospital
president Dr." is dropped; the "Read more:" teaser ("Maine has lost six hospital birthing units since
2015." / "Here's where they were.") is two "B" sentences though it reads like story, and so is the
"Related:" teaser; the paywall ("You've read 3 of your 4 free articles this month.", the offer,
"SUBSCRIBE NOW", "Already a subscriber?" / "Log in to keep reading.") is "B" line by line and the story
goes on after it; "a hospital spokeswoman" and "a department spokesman" (cue "confirmed") are kept as
written; the midwife's account of when staff were told is "W" and her complaint ""; the newsletter
sign-up in four lines is "B" ("by 6 a.m." ends its line); the patient's due date, drive and question
are ""; "State Rep." and ", D-Caldermoss," are dropped; the EMS director's 31 women is "W" with his
hedge riding on it; "Board chair Eleanor Pommerleigh did not respond ..." is "" with that cue; the
correction ("... gave the wrong number of births at the unit in 2015." / "It was 301.") is "B", since
the story states 301 itself; "LLC." ends a sentence before "All rights reserved.".

(2) An English regional broadcaster's page: a water company is fined for sewage spills. The
broadcaster's short and full names, "🔴 LIVE" radio strip, "6 hours ago", "Share" and "Save", the
byline in two lines and the player's fallback ("This video can't play in your browser." / "Try the
BRTV app, ...") are "B"; the video caption without a full stop ("Anglers filmed grey water pouring
... in August 2023") is "W" and its running time "1:48" "B"; the plea and "The court heard that ..."
are "W" without a speaker; "Sentencing, Judge ..." is dropped, "“a casual disregard”" is "" and "She
said the fine would have been £4.8m ..." "W"; "In a statement, the Environment Agency said" keeps the
agency as written; the area manager's colon quote ("... said: “This was not one bad night." / "It was
a pattern, ...”") is two "" sentences; "Video: What happens when a sewage works overflows?  2:31" is one
"B" sentence (the "?" before a running time does not end it); "Hollinbrook Water said", "A Hollinbrook
spokesperson said" and "The company said" are kept as written; the angler's 23 reports are "W", his
"We did their monitoring" "" and "it goes to the Treasury, not to the brook" "W" (a checkable claim in
a quote); the audio player's title, "Duration: 6 minutes", "Show transcript" and the transcripts-on-
demand prompt ("Prefer to read?" / "Any BRTV audio clip can be sent to you ...") are "B"; the MP's
letter to Ofwat is "W" and her opinion ""; the external-links notice is two "B" sentences.

(3) A New England magazine's long feature on a Vermont volunteer ambulance squad down to four
members. The headline "Who Comes When You Call" states nothing checkable, ""; the dek's two sentences
are "W"; "Words by", "Photographs by", the date and "14 min read" are "B"; the opening scene ("2:14 on
a Tuesday morning") is ""; membership and call figures without a speaker are "W"; "according to the
Vermont Department of Health" carries its next sentence too; "Ruth Ambley, the squad's captain, has
been a member since 1991, ..." has no verb of saying, "W" without a speaker, and "she said" after it
carries her; the pull quotes ("“Now I lie awake ...”", "“An ambulance with nobody to drive it ...”")
are "B" though each repeats a quoted sentence, which is labelled in the body as usual; "Colby Sund
joined the squad at 19 and left at 31, ..." is private and without a speaker, and "at 4 a.m. and then
at the mill at 6" does not split; the town manager's $186,000 and the town meeting vote are "W";
"according to Quenbyford Ambulance's own figures" carries the 27 minutes only; the paramedic's
comparison is "" (opinion); the print note ("This article appears in the June 2026 issue ... with the
headline “The Last Crew.”" / "Subscribe to the print edition.") is "B"; the editor's note ("Editor's
note: After this article went to press, the Elverston select board signed a two-year contract ... on
May 6, and the town's volunteer squad will stop answering calls on July 1.") is ONE sentence, "W"
without a speaker, because it states a later fact the story relies on.

(4) An Iowa local TV station's page: a frozen-food plant will lay off 186 workers. The watch-live
strip, the weather widget ("29°   Snow showers   Hi 33° Lo 21°"), the advisory banner with "6 PM" and
the closings ticker with "(14)" are "B"; "Published: Feb. 12, 2026 at 4:31 PM CST" does not split; the
video caption states a checkable fact, "W", and "Video runtime 2:05" is "B"; "OSSINGBROOK, Iowa
(KINGFISHER 12) - Harrowmeade Foods Inc. has filed a notice with Iowa Workforce Development ..." is an
act, "W" without a speaker ("Inc. has" does not split), then "according to the notice"; "In a
statement, the company said" keeps "the company" and the two "it said" sentences after it resolve to
"Harrowmeade Foods Inc.", the name as first given (the boilerplate "not a reflection of the hard work"
""); the wages "according to the company's most recent state filing" are "W"; the line worker's 16
years, mortgage and note on the time clock are private, "" (cue "told Kingfisher 12"); the mayor's
$1.2 million and 380 jobs are "W", his talks and hope ""; "from 10 a.m. to 6 p.m. at" does not split;
"Harrowmeade Foods did not respond to questions ..." is "" with that cue; "See something newsworthy?"
ends a "B" sentence; "Inc." ends one before "All rights reserved.".

(5) A US minor-league baseball site: a pitcher is suspended 60 games for betting. The scores strip
("FINAL", "B7", "7:05 PM"), the odds strip and its notice ("21+ only." / "Gambling problem?" / "Call
1-800-555-0191.") are "B"; the standfirst "League says ..." carries "The Northern Prairie Baseball
League", the name as first given; "CORRISTON, S.D. —" opens the lead and the suspension is an act,
"W"; "The league said in a statement" keeps "The league" with that cue and "it said" resolves to the
full name; the integrity policy and "4-2 with a 3.41 ERA" are "W" without a speaker; the player's
statement over two sentences is ""; the sponsored odds box ("SPONSORED", "Stakeline Sportsbook:
Tonight's NPBL moneyline." / "Jackrabbits win   57%   ·   Bullsnakes win   43%", "Bet responsibly." /
"Terms apply.") and "Story continues below" are "B"; the manager's opinions are "", the call-up "W";
the players association's appeal is "W" and "It said the 60-game ban was “far out of line” ..." "";
"according to a spokesperson for the sportsbook" is kept as written; the fan's question ending "?”
said Jerrod Tamworthy, ..." is one "" sentence; the responsible-gambling lines, "LLC." before "All
rights reserved." and the two-sentence odds disclaimer are "B".

(6) A Canadian business wire page: a junior explorer's drill results and private placement.
"NOT FOR DISTRIBUTION ..." and the company-and-ticker line are "B"; the headline and subhead are "W";
"VANCOUVER, BC, May 5, 2026 /Larchway Newswire/ - Brackenhollow Resources Corp. (TSXV: BKHR)
("Brackenhollow" or the "Company") is pleased to announce ..." is one sentence carrying the company
with the cue "is pleased to announce"; the release's statements without a verb of saying ("Hole
VT-26-031 intersected 14.2 metres grading 3.87 grams per tonne ("g/t") gold ...") carry no speaker,
"W"; straight double quotes close the chief executive's quote ("... than we thought," said ...) and
her dated 6,000-metre program is "W"; "Table 1: ...", its header and its note line are "B" and its rows
"" ("including   219.4   ..." one sentence); "Teodric Hallvard, P.Geo., the Company's Vice
President, Exploration, who said samples were sent ..." carries him, "P.Geo." dropped and not split;
the "Private Placement" subheading is "B" and the placement's terms "W"; the Qualified Person
statement, the "About" paragraph, "ON BEHALF OF THE BOARD OF DIRECTORS", the quoted signature, the
contact line, the forward-looking heading and three sentences, the exchange disclaimer in two
sentences, "SOURCE ...", the issuer line and the wire's footer are "B".

(7) An English district council's own newsroom page: the council will run its leisure centres
itself. The council's statements on its own page carry no speaker, "W"; the cabinet vote is "W";
"according to the cabinet report" carries the £410,000; "Council leader Cllr" is dropped, her visit
figures are "W", her "most loved buildings" "" and her "keep £410,000 a year in Thursgill" "W" (a
saving of record restated in a quote); "On this page: Staff   Prices   What happens next" and
"Related: Low Keswold pool reopens after £1.6m roof repair" inside the release are "B"; "Moorfold
Active Trust said in a statement that it was “disappointed but not surprised”" is "" and "It said it
would work with the council ... and that its other contracts ... were not affected" "W", resolved to
the trust; the union branch secretary's demand and quote are ""; the call-in rule is "W"; the
opposition leader's £3.9 million is "W" and her quote ""; "Notes to editors" with three numbered
notes, the "Media enquiries" block (team, telephone, email, out-of-hours line) and the two-sentence
journalists-only line are "B"; "Was this page useful?" and "Yes   No" are "B".

(8) The English edition of a Portuguese daily: Porto freezes new short-term rental licences. "PT |
EN", "Assinar / Subscribe", the byline with its translation credit, "14 May 2026 · 09h40", the
translation note in two sentences and "🔊 Ouvir / Listen   5:02" are "B"; the standfirst "City council
says ...; owners' association calls the freeze “a blunt instrument”" carries "Porto City Council" and
is "W" (a share of record) and not split at its semicolon; "PORTO –" opens the lead, the approval and
the vote are acts, "W"; "the council said, citing its own register" keeps "the council"; "according
to the 2021 census" is kept as written; "Eng.ª", "Arq." and "Dr." are dropped and both surnames kept
("Catarina Louredo Sequeira", "Álvaro Mendanha Teixeira", "Inês Rebocho Valente"); the dated
consultation is "W"; the "PUB" slots and "Leia também / Read also: ..." are "B"; "The owners'
association Associação dos Anfitriões do Norte (AANorte)" loses its descriptor and keeps its acronym,
its €180 million is "W", its president's "empty and derelict" and quotes ""; "“Why stop at four?” she
asked." is one "" sentence; a tenant's rent and a landlord's flats are private, ""; "S.A." ends a
sentence before "Todos os direitos reservados.".

(9) A Jamaican news site: a market rebuilt after a fire reopens with 91 vendors left out. The weather
and exchange-rate strip ("US$1 = J$158.42") is "B"; "Saturday · March 14, 2026" is "B"; the caption
and its credit share a line; "according to the St Elizabeth Municipal Corporation" carries J$214
million and 160 stalls, and "The old market had 250." has no speaker; "Municipal corporation chairman
Councillor" is dropped, his ballot figures and second phase are "W" and his reassurance ""; "The
Ministry of Local Government and Community Development said in a statement" and "It said" carry the
ministry; the vendors' association's 91 is "W", its president's quotes in Jamaican English are "";
a vendor's handcart and lost customers are private, ""; "Story continues after advertisement" and
"Also read: Vendors say roadside trading on Coopersgate Street is costing them more than the fire did"
(a teaser that reads like news) are "B"; "according to the Jamaica Fire Brigade's report" is kept as
written; the opposition councillor's J$9 million and "The chairman said the ceremony cost J$2.6
million" are both "W", her question ""; "at 10 a.m. at" does not split; the correction ("... said the
new market has 150 stalls." / "It has 160.") is "B", the story stating 160 itself; "Have something to
say?" ends a "B" sentence; "Ltd." ends one before "All rights reserved.".

(10) A Massachusetts town's hyperlocal email newsletter read from its web archive. "Issue #187: Town
meeting says yes to the fire station (for now)" is the page's headline, "W"; "View this email in your
browser", the forwarded-this prompt ("Forwarded this by a neighbor?" / "Sign up free ..."), "Posted by
... · Apr 23, 2026", the counts line, the sponsor line, "In this issue:" and the section headers in
capitals are "B"; the town meeting's vote and its two-thirds rule are "W"; "Fire Chief" is dropped
with "told the meeting", his station's 1954 and its engine outside are "W", his hope ""; "Town
moderator" and "Select Board member" are dropped; the library's hours, the bakery's opening and the
road closure are "W", the owner's "non-negotiable" buns "" (cue "says"); the reader's letter under
"YOUR LETTERS" carries its writer on both sentences with the sign-off dash as the cue, "", and the
sign-off line "— Agnes Pelsworthy, Tanbark Square" is "B"; the paid-subscription appeal is "B"; the
correction ("Last week we said the transfer station closes at 3 p.m. on Saturdays." / "It closes at
2 p.m.") has its first sentence "B" (a note about the copy, "3 p.m. on" not splitting) and its second
"W", a fact the issue states nowhere else and readers rely on; "CALENDAR" is "B" and its event lines
("Sat., Apr 25 · Spring cleanup at Linwood Common, 9 a.m.–noon · Bring gloves") are data rows, "",
one sentence each; the sign-off ("See you at the polls on May 19." / "—Hollis"), the unsubscribe lines,
"P.O. Box 44" (not split), "6 Comments" and the archive's footer are "B".

(11) A Malaysian English daily read on a phone: Penang's island council moves a night market. The
"☰" and "🔍" icons, the app banner and its "OPEN" button, "Continue in browser", the cookie notice in
two sentences and "OK", "Tap to read full story", "▶ Tap to unmute", "VIDEO  1:52", "ALSO READ: ...",
the follow prompt ending in "!", "Swipe for next story  →", "▲ Back to top" and the bottom tab bar
pasted as one line are "B"; the standfirst "City council says ...; hawkers say ..." carries "the
Penang Island City Council (MBPP)" as the lead names it; the caption's market "since 1998" is "W" and
the credit starts with a dash; "GEORGE TOWN:" opens the lead, its colon not a split; "MBPP councillor
Datuk" and "Encik" are dropped, Chinese names are kept family name first ("Beh Chee Wah", "Sooi Mei
Ling") and the Malay and Tamil names whole; the 214 complaints, the RM1.4 million and "RM120 a month"
are "W"; the hawkers' and residents' associations are kept as written with "said"; a hawker's RM600
and her question are private, ""; the video caption is scene, ""; the executive councillor's review
in December is "W" and his meeting ""; the unlinked related line is "B".

(12) A news portal carrying a partner's Colorado story: a school district moves to a four-day week.
The portal's brand, sign-in, weather chip and menu, the partner's name line and "Follow", "Story by
...  •  2d  •  4 min read", "This story was originally published by The Sangrefield Courier." /
"Zephlo may earn revenue from this content.", "AI summary" and its disclaimer are "B"; the two
summary bullets are labelled like standfirsts, "W" without a speaker (neither has a verb of saying);
the caption is "W" and its credit "B"; "CHOKECHERRY BEND —" opens the lead, the vote and schedule are
"W"; "according to the district's budget proposal" and "according to a district survey" are kept as
written; "Superintendent" is dropped, her 19 of 96 teachers "W" and "We can win on Fridays." "";
"Read more from the Courier: Four-day weeks have spread to more than a third of Colorado districts."
/ "Here's what the research says." are "B"; "Sponsored Content" and both adverts are "B"; a nurse's
shifts and her question are private, ""; "from 7:30 a.m. to 4 p.m. for $25 a day" does not split and
the program is "W"; "Colorado requires ..., the district said." carries "the district"; a teacher's
51-mile commute has no verb of saying, "", and her quote carries her; "Board member" is dropped, his
claim about two districts' scores "W" and "I hope I'm wrong" ""; the bio, "More from The Sangrefield
Courier", its headlines, "Is this story helpful?" with its thumbs and the comments notice are "B".

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built with
`labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each paragraph a
list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points settled in
`labelled_new2.py` to `labelled_new65.py` hold too, as far as their docstrings and pages were read
(furniture "B" line by line and furniture in prose "B" sentence by sentence, whatever figures it holds;
captions by content and credits "B"; standfirsts and key points labelled like headlines, carrying the
first source named with a verb of saying as the body names it; titles, ranks and roles dropped from
speakers; a pronoun, a later surname or a role resolved to the full name as first given;
organisations, documents and data kept as written, "according to X" -> X, "It" for an organisation
resolved to its name as first given; a quote over several sentences carrying its speaker and cue;
"did not respond" labelled like speech with flags ""; plans, votes, decisions, rules, results and
figures of record "W"; hopes, pledges, opinions, feelings, scene, private circumstances, questions and
advice ""; a checkable figure inside an opinion "W"; data rows of a table "", its title, header and
notes "B"; a colon never ends a sentence before a quote; polls, odds, tickers and strips "B").

Conventions this set had to settle, in the same spirit:

* Corrections and editor's notes are furniture unless they state a fact the story relies on and
  states nowhere else. A correction whose corrected fact the story itself states ("It was 301.", "It
  has 160.") is "B" in both sentences; an editor's note reporting what happened after the story was
  written is "W" (page 3); in the newsletter, "Last week we said ..." is "B" and "It closes at 2 p.m."
  "W" (page 10).
* Teasers that read like sentences are still links: "Read more:", "Related:", "Also read:", "Leia
  também / Read also:", "Read more from the Courier:" and an unlinked related headline are "B" sentence
  by sentence, whatever they claim.
* Paywalls and sign-ups cut into the story are "B" line by line; the story resumes after them and
  keeps its labels.
* Pull quotes are "B" even when they repeat a sentence of the story word for word; the sentence in
  the story is labelled as usual.
* Players: fallback lines, running times ("1:48", "Video runtime 2:05", "VIDEO  1:52"), "Duration: 6
  minutes", "Show transcript", "▶ Tap to unmute" and the transcripts-on-demand prompt are "B"; a video
  caption is labelled by content.
* Widgets, banners and tickers (weather, advisories, closings, scores, odds, exchange rates) and
  responsible-gambling and odds notices are "B", each one sentence per line or per full stop.
* A letter in a newsletter carries its writer named in the sign-off under it, with the sign-off dash
  as the cue; the sign-off line itself is "B". Calendar lines are data rows, "".
* A wire release's "is pleased to announce" is the company's cue; its Qualified Person statement,
  "About", signature, forward-looking and exchange-disclaimer blocks are "B", and its statements
  without a verb of saying carry no speaker.
* Phone pastes: icons, app banners and buttons, cookie notices, tap and swipe prompts, "Back to top"
  and the bottom tab bar are "B"; a portal's story line, originally-published note, revenue note, AI
  summary label and disclaimer are "B", the summary's bullets labelled like standfirsts.

Splits. "11:42 a.m.", "Dr. Lucian", "State Rep.
Margery", "D-Caldermoss,", "£3.2m", "1.4km", "P.Geo.,", "Corp. (TSXV: BKHR)", "/Larchway Newswire/ -",
"3.87 g/t", "C$0.40", "Feb. 12, 2026 at 4:31 PM CST", "Inc. has filed", "10 a.m. to 6 p.m. at",
"Feb. 24", "5:47 p.m. CT", "CORRISTON, S.D. —", "3.41 ERA", "7:05 p.m. Wednesday", "Eng.ª Catarina",
"Arq. Álvaro", "Dr. Inês", "09h40", "US$1 = J$158.42", "J$214 million", "at 10 a.m. at", "3 p.m. on",
"Sat., Apr 25", "9 a.m.–noon", "P.O. Box 44", "GEORGE TOWN:", "Datuk Rozaimi", "Encik Beh",
"RM1.4 million", "Aug. 17", "7:30 a.m. to 4 p.m. for" and a "?" before a running time never split a
sentence. "LLC." (before "All rights reserved."), "Inc." (before "All rights reserved."), "Ltd."
(before "All rights reserved."), "S.A." (before "Todos os direitos reservados."), "6 a.m." and "2 p.m."
at the end of a paragraph, a caption's full stop before its credit on the same line, "?" in furniture before a
capital ("Already a subscriber?" / "Log in ...", "Gambling problem?" / "Call ...", "Prefer to read?" /
"Any BRTV ...", "See something newsworthy?" / "Send ...", "Have something to say?" / "Write ...",
"Forwarded this by a neighbor?" / "Sign up ...", "Is this story helpful?" / "👍   👎") and "May 19."
before "—Hollis" end one. A "?" closing a quote before a lower-case attribution ("?” she asked.", "?”
said Jerrod Tamworthy, ...", "?” she said.") does not end the sentence.

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each taken word for word from
these pages (consecutive lines joined by a newline, sentences of one line by a space) and written the
same way as in `labelled_new63.py`: what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "US regional daily in Maine behind a metered paywall, a hospital will stop delivering babies (masthead, account strip, menu, crumb, headline, semicolon standfirst carrying the hospital as the body names it with says, byline with role, published and updated line with a.m., share strip with a gift link, caption with a checkable fact and a slash credit, a dateline with an em dash and the hospital said, according to state birth records, Dr. dropped with vacancies and spending of record against his opinion, a Read more teaser in two sentences that reads like story, a metered paywall cut into the story with a question before Log in, a hospital spokeswoman's plan of record, a midwife's account of record against her complaint, Story continues below advertisement, a newsletter sign-up cut into four lines, a patient's private circumstances, State Rep. and D- dropped with a request of record, a department spokesman confirmed a filing date, a Related teaser in two sentences, an EMS director's count with a hedge riding on it, minutes via according to, did not respond, a two-sentence correction whose fact the story states, contact line in two sentences, address and LLC. footer)",
    "English regional broadcaster's news page, a water company is fined £3.2m for sewage spills into a brook (broadcaster's short name and full name, menu, a live-radio strip, crumb, headline, relative time, share and save labels, byline with role and a bureau line, a video player's fallback line, a video caption with a checkable fact and its running time, the court heard without a speaker, pleaded guilty, Judge dropped with an opinion then she said with a figure of record, In a statement the Environment Agency said, a colon quote over two sentences from an area manager, a related-video line with its running time, the company said with a figure riding on an apology, a company spokesperson, an angler group's count of record against his opinions and a checkable claim in a quote, an audio player's title and duration, a transcripts-on-demand prompt with a question before a capital, an MP's letter of record and her opinion, figures via according to Environment Agency data, a pipes-replaced plan with a date, more on this story list, a two-sentence external-links notice, footer)",
    "New England magazine's long feature, a Vermont town's volunteer ambulance squad is down to four members (masthead, account strip, menu, section label, a headline that states nothing checkable, a dek in two checkable sentences, byline and photographer lines, date and read-time lines, caption with a fact of record and its credit, a scene-setting opening with a time, figures of record without a speaker, the state's figures via according to, a squad captain introduced with a fact and no verb of saying, then her figures against her feelings, a pull quote that repeats a line from the story, a second pull quote, a photo caption that states a private scene, the town manager's cost of record, a town meeting vote of record, a neighbouring service's response times via according to, a paramedic's opinion, an ex-member's private reason, a print note naming the issue and print headline, an editor's note that states a later fact the story relies on, tags, a You might also like list, footer)",
    "Iowa local TV station's news page, a frozen-food plant will close a line and lay off 186 workers (station brand, watch-live strip, a weather widget with degrees, a weather-alert banner, a closings and delays ticker with a count, menu, section label, headline, byline with two names, published and updated lines with PM and CST, share strip, a video caption with a checkable fact, its running time, a WARN notice filed as an act then according to the notice, Inc. has mid-sentence, In a statement, the company said with it said, the plant's wages via according to, a line worker's private circumstances and feelings, a mayor's figure of record against his hope, a development director's count, a Read more teaser, a state program's date of record, Story continues below advertisement, an app prompt, a news-tip prompt with a question, a report-a-typo line, trending list, footer with Inc. before All rights reserved.)",
    "US minor-league baseball site, a pitcher is suspended 60 games for betting on league games (brand, a live scores strip with FINAL, an inning and a PM start, a sportsbook odds strip with its age and help-line notice ending in a question before Call, menu, crumb, headline, standfirst carrying the league as the body names it with says, byline, date line with p.m. and CT, share strip, caption with a checkable fact and a slash credit, S.D. with a dash in the dateline, the league's suspension as an act, the league said in a statement then it said, the league's integrity policy without a speaker, the player's season figures of record, the player's apology in a statement over two sentences, a sponsored odds box mid-story with percentages, Story continues below, a manager's opinion against a roster move of record, a general manager's count, a players' association's appeal of record, a Read more teaser, a sportsbook's voided bets via according to, a fan's question, responsible-gambling footer lines, footer with LLC.)",
    "Canadian business wire page, a junior explorer reports drill results and a private placement (wire masthead, menu, crumb, a not-for-distribution line, headline with g/t, a subhead, company and ticker line, date line with ET, share strip, a dateline with the wire's name between slashes and a dash, Corp. before a bracketed ticker with is pleased to announce, intercepts of record with g/t and m, the chief executive's opinion against a dated plan, Table 1 with its title, header, rows and a note line, P.Geo. in the name of the qualified person with a method of record, a Private Placement subheading, a placement of record with C$ and per-share figures, a finder's fee, hold period of record, a QP statement, an About paragraph with a URL, ON BEHALF OF THE BOARD with a signature line, contact lines, a Forward-Looking Information heading and three sentences, the exchange's disclaimer in two sentences, an issuer-responsibility line, the wire's footer)",
    "English district council's own newsroom page, cabinet votes to run three leisure centres itself (skip link, council name, search and account strip, service menu, crumb, a newsroom sub-menu, headline, Press release label, published date line, share strip, the council's statements without a speaker, a cabinet vote of record, Cllr dropped from the leader with visits of record, her opinion and a saving of record in her quote, a cabinet report via according to, a trust's statement with said in a statement and it said, staff transfer of record, a union branch secretary's worry, a scrutiny call-in rule, an opposition councillor's figure against her opinion, price freeze of record, On this page and a Related link inside the release, Notes to editors with three numbered notes, Media enquiries block with phone, email and an out-of-hours line, a press-office line in prose, a was-this-useful widget, footer)",
    "English edition of a Portuguese daily, Porto suspends new short-term rental licences in four parishes (masthead, language switch PT and EN, subscribe strip, menu, crumb, headline, semicolon standfirst carrying the council as the body names it with says, byline with a translation credit, date line with h and a dot time, a translation note in two sentences, a listen line, caption and credit, PORTO with a dash in the dateline, the council's approval as an act, a vote of record, the council said citing its register, the census via according to, Eng.ª and Arq. dropped with a figure of record and a pledge, PUB ad slots, a Leia também / Read also line, the descriptor dropped from an association with an acronym and its figures of record, its president with called and said and his opinions, Dr. dropped from an opposition councillor with a vote of record and a question, a resident's private rent and her opinion, a landlord's private flats, appeal rule without a speaker, a dated public consultation, an English-edition newsletter prompt, most-read list with numbers, tags, footer with S.A. before Todos os direitos reservados.)",
    "Jamaican news site, a market rebuilt after a fire reopens with fewer stalls than vendors want (masthead, a weather and exchange-rate strip, menu, crumb, headline, byline with role and town, date line with a dot, share strip, caption and credit, the reopening as an act, the cost of record via according to, a chairman's role and Councillor dropped with stall figures and a pledge, the ministry said in a statement then it said, a vendors' association's count of record against its president's complaint in patois-tinged English, a vendor's private losses, Story continues after advertisement, a related teaser that reads like news, a fire brigade report via according to, stall fees of record, an opposition councillor's figure against her question, the chairman's rival figure, a dated allocation meeting, a two-sentence correction whose fact the story states, a WhatsApp prompt, a letters prompt with a question, related list, footer with Ltd.)",
    "Massachusetts town's hyperlocal email newsletter read from its web archive, town meeting backs a fire station and other items (archive header with subscribe, issue title and number labelled like a headline, a view-in-browser line, a forwarded-this prompt with a question, author line with a date, like, comment and share counts, a sponsor line, an In this issue list, section headers in capitals, a town meeting vote of record with a two-thirds rule, a fire chief's figures against his hope, a moderator's count, a selectman's opinion, a debt exclusion vote date, a BRIEFLY section with a library's hours, a bakery's opening date and a road closure, a reader's letter with its sign-off, a mid-issue subscribe box with a price, a correction that states a fact not in the issue, a CALENDAR header with event lines as data, a sign-off, a footer with unsubscribe and postal address, comments count, the archive's own footer)",
    "Malaysian English daily read on a phone, Penang's island council moves a night market to a car park (hamburger and search icons, masthead, an open-in-app banner with its button and a continue-in-browser link, a cookie notice with OK, section label, headline, standfirst carrying the council as the body names it with says, byline, date line with a slash and time, a tap-to-read-more line, caption with a checkable fact and credit, GEORGE TOWN with a colon opening the lead, the council's decision of record via said, Datuk dropped from a councillor with figures of record, RM figures, a hawkers' association's count of record, its chairman with Encik dropped and his complaint, a hawker's private takings and her question, a video with tap-to-unmute and its running time, a residents' association's noise complaints of record, a state executive councillor's dated plan, Also read line, a related teaser, follow prompt, a swipe prompt, back to top, and a bottom tab bar pasted as one line)",
    "news portal carrying a partner's story, a rural Colorado school district will move to a four-day week (portal brand, sign-in, a weather chip, portal menu, the partner's name line and a follow button, headline, a story line with a bullet, a relative time and read time, an originally-published line, a portal AI-summary box with its disclaimer and two points, caption and credit, a board vote of record, savings via according to, a superintendent's figures against her opinion, a teachers' survey of record via according to a district survey, a partner's inline Read more line, a Sponsored content block with two ad teasers, a parent's private child care and her question, a child care program's price of record, a state rule the district said its schedule meets, a teacher's private commute and her opinion, a board member's vote and worry, a dated community meeting, a partner bio line, More from the partner block with two headlines, a feedback widget, comments notice, portal footer)",
]

ARTICLES = [
    [  # 1. US regional daily in Maine behind a metered paywall, a hospital will stop delivering babies
        [("The Tallowbridge Daily Record", "", "", "B")],
        [("e-Edition   |   Subscribe   |   Log In", "", "", "B")],
        [("Local   State   Sports   Business   Opinion   Obituaries   Classifieds   Jobs   Puzzles", "", "", "B")],
        [("Local News › Health", "", "", "B")],
        [("Wyndhollow Valley Hospital to stop delivering babies June 30, sending births 58 miles away", "", "", "W")],
        [("Hospital says it cannot staff the unit around the clock; 212 babies were born there last year", "Wyndhollow Valley Hospital", "says", "W")],
        [("By Corinna Tremlowe-Dacresford   Staff Writer", "", "", "B")],
        [("Published: April 8, 2026, 6:00 a.m.   Updated: April 8, 2026, 11:42 a.m.", "", "", "B")],
        [("Share   Facebook   X   Email   🎁 Gift this article", "", "", "B")],
        [("The birthing unit at Wyndhollow Valley Hospital in Caldermoss, photographed Monday, has four labor and delivery rooms.", "", "", "W"),
         ("Jesse Orkneyfield / Daily Record", "", "", "B")],
        [("CALDERMOSS — Wyndhollow Valley Hospital said Tuesday it will stop delivering babies on June 30, closing the only birthing unit in Hathercombe County.", "Wyndhollow Valley Hospital", "said", "W")],
        [("The unit delivered 212 babies in 2025, down from 301 in 2015, according to state birth records.", "state birth records", "according to", "W"),
         ("From July 1, the nearest hospital that delivers babies will be Penwardine Regional Medical Center in Bangor, 58 miles away.", "", "", "W")],
        [("Hospital president Dr. Lucian Brathwell-Ogunsanmi said five of the unit's nine nursing positions have been vacant since October, and the hospital has spent $1.9 million on traveling nurses in the past 12 months to keep it open.", "Lucian Brathwell-Ogunsanmi", "said", "W")],
        [("“We looked at every option we could think of, and we kept coming back to the same place,” he said.", "Lucian Brathwell-Ogunsanmi", "said", ""),
         ("“A birthing unit has to be safe at 3 in the morning, not just at noon.”", "Lucian Brathwell-Ogunsanmi", "said", "")],
        [("Read more: Maine has lost six hospital birthing units since 2015.", "", "", "B"),
         ("Here's where they were.", "", "", "B")],
        [("You've read 3 of your 4 free articles this month.", "", "", "B")],
        [("Subscribe for $1 a week for 12 weeks and read the Daily Record without limits.", "", "", "B")],
        [("SUBSCRIBE NOW", "", "", "B")],
        [("Already a subscriber?", "", "", "B"),
         ("Log in to keep reading.", "", "", "B")],
        [("Brathwell-Ogunsanmi said the hospital will keep its emergency department open around the clock and will go on offering prenatal and postpartum care at its clinic on Fernhythe Street.", "Lucian Brathwell-Ogunsanmi", "said", "W")],
        [("All 14 nurses and two midwives on the unit will be offered other jobs at the hospital, a hospital spokeswoman said.", "a hospital spokeswoman", "said", "W")],
        [("Tamsin Ollerbyke, a nurse midwife who has worked on the unit for 11 years, said staff were told of the decision at a meeting on Tuesday morning, an hour before the public announcement.", "Tamsin Ollerbyke", "said", "W"),
         ("“Nobody asked the people who actually do this work what it would take to stay open,” she said.", "Tamsin Ollerbyke", "said", "")],
        [("Story continues below advertisement", "", "", "B")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Sign up for The Morning Record", "", "", "B")],
        [("The day's top local stories, in your inbox by 6 a.m.", "", "", "B")],
        [("Enter your email address   SIGN UP", "", "", "B")],
        [("By signing up, you agree to our Terms of Use and acknowledge our Privacy Policy.", "", "", "B")],
        [("Kaylee Drummerfield, 27, of Wescott Mills, who is due in August, said she had planned to have her second child at Wyndhollow, where her first was born in 2023.", "Kaylee Drummerfield", "said", ""),
         ("“Now I'm looking at an hour and 10 minutes in the car, and that's if it's not snowing,” she said.", "Kaylee Drummerfield", "said", ""),
         ("“What am I supposed to do, pull over?”", "Kaylee Drummerfield", "said", "")],
        [("State Rep. Margery Quilmore, D-Caldermoss, said she wrote to the Maine Department of Health and Human Services on Tuesday asking it to review the closure.", "Margery Quilmore", "said", "W"),
         ("“Women in this county should not have to give birth on the shoulder of a highway,” she said.", "Margery Quilmore", "said", "")],
        [("The hospital filed its notice of the closure with the department on March 2, a department spokesman confirmed.", "a department spokesman", "confirmed", "W")],
        [("Related: Hathercombe County's only pediatric practice closed in 2024.", "", "", "B"),
         ("Families are still driving to Bangor for checkups.", "", "", "B")],
        [("Hathercombe County EMS Director Darnell Wenlowe-Wanjohini said his crews took 31 women in labor to hospitals outside the county last year, and he expected that number to at least double.", "Darnell Wenlowe-Wanjohini", "said", "W"),
         ("“We'll be ready, but an ambulance is not a delivery room,” he said.", "Darnell Wenlowe-Wanjohini", "said", "")],
        [("The hospital's board of trustees voted 9-2 on April 6 to close the unit, according to minutes posted on the hospital's website.", "minutes posted on the hospital's website", "according to", "W"),
         ("Board chair Eleanor Pommerleigh did not respond to a request for comment Tuesday.", "Eleanor Pommerleigh", "did not respond to a request for comment", "")],
        [("Correction: An earlier version of this story gave the wrong number of births at the unit in 2015.", "", "", "B"),
         ("It was 301.", "", "", "B")],
        [("Corinna Tremlowe-Dacresford covers health and Hathercombe County.", "", "", "B"),
         ("Reach her at ctremlowe@tallowbridgerecord.com or 207-555-0118.", "", "", "B")],
        [("The Tallowbridge Daily Record   ·   40 Larkhurst Street, Tallowbridge, ME 04999", "", "", "B")],
        [("© 2026 Hollowfen Media Group LLC.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 2. English regional broadcaster's news page with players, a water company fined for sewage spills
        [("BRTV", "", "", "B")],
        [("Brindlecotte Radio & Television", "", "", "B")],
        [("Home   News   Sport   Weather   Watch   Listen   Local Radio   Sign in", "", "", "B")],
        [("🔴 LIVE  BRTV Radio Wychcombe – Afternoons with Dev Tillotsby-Marr", "", "", "B")],
        [("News  ›  Worcestershire", "", "", "B")],
        [("Water company fined £3.2m for sewage spills into Quelbrook", "", "", "W")],
        [("6 hours ago", "", "", "B")],
        [("Share", "", "", "B")],
        [("Save", "", "", "B")],
        [("Imogen Stirrup-Balogun", "", "", "B")],
        [("Environment correspondent, BRTV News Worcester", "", "", "B")],
        [("This video can't play in your browser.", "", "", "B"),
         ("Try the BRTV app, or check your settings.", "", "", "B")],
        [("Anglers filmed grey water pouring from an outfall into Quelbrook in August 2023", "", "", "W")],
        [("1:48", "", "", "B")],
        [("A water company has been fined £3.2m after admitting it let untreated sewage run into a Worcestershire brook on 58 days over two years.", "", "", "W")],
        [("Hollinbrook Water Ltd pleaded guilty at Worcester Crown Court to six charges brought by the Environment Agency over discharges from its Stannockby treatment works in 2022 and 2023.", "", "", "W")],
        [("The court heard that pumps at the works failed repeatedly and that alarms warning of the failures went unanswered on 19 occasions.", "", "", "W")],
        [("Sentencing, Judge Rosalind Aberdare-Nketiah said the company had shown “a casual disregard” for a brook it was paid to protect.", "Rosalind Aberdare-Nketiah", "said", ""),
         ("She said the fine would have been £4.8m without its early guilty plea.", "Rosalind Aberdare-Nketiah", "said", "W")],
        [("In a statement, the Environment Agency said its officers found 340 dead fish along a 1.4km stretch of the brook after a spill on 11 August 2023.", "the Environment Agency", "said", "W")],
        [("Environment Agency area manager Priya Solloway said: “This was not one bad night.", "Priya Solloway", "said", ""),
         ("It was a pattern, and the company knew about it.”", "Priya Solloway", "said", "")],
        [("Video: What happens when a sewage works overflows?  2:31", "", "", "B")],
        [("Hollinbrook Water said it was “deeply sorry” and had spent £11m since 2023 replacing the pumps and alarms at Stannockby.", "Hollinbrook Water", "said", "W"),
         ("A Hollinbrook spokesperson said the works was now monitored remotely 24 hours a day.", "A Hollinbrook spokesperson", "said", "W")],
        [("Gethin Pryddereth, secretary of the Stannockby Angling Association, said members reported spills to the company 23 times before anyone came out.", "Gethin Pryddereth", "said", "W"),
         ("“We did their monitoring for them, with our phones,” he said.", "Gethin Pryddereth", "said", ""),
         ("“The fine is welcome, but it goes to the Treasury, not to the brook.”", "Gethin Pryddereth", "said", "W")],
        [("🎧 Listen: Gethin Pryddereth on Afternoons with Dev Tillotsby-Marr", "", "", "B")],
        [("Duration: 6 minutes", "", "", "B")],
        [("Show transcript", "", "", "B")],
        [("Prefer to read?", "", "", "B"),
         ("Any BRTV audio clip can be sent to you as a written transcript: email access@brtv.co.uk with the programme and date and we'll reply within five working days.", "", "", "B")],
        [("Cressida Hallsteadt, the Liberal Democrat MP for Wychcombe Vale, said she had written to the water regulator Ofwat asking it to block any bonus for Hollinbrook's directors this year.", "Cressida Hallsteadt", "said", "W"),
         ("“People who swim and fish in that brook have paid for this twice, once in their bills and once in their health,” she said.", "Cressida Hallsteadt", "said", "")],
        [("Hollinbrook's storm overflows discharged for a total of 41,200 hours in 2025, more than any other company in the Midlands, according to Environment Agency data.", "Environment Agency data", "according to", "W")],
        [("The company said all of the overflows at Stannockby would have new storage tanks by March 2028.", "The company", "said", "W")],
        [("More on this story", "", "", "B")],
        [("Why your local river may not be safe for swimming this summer", "", "", "B")],
        [("'I've fished here 40 years and never seen it this bad'", "", "", "B")],
        [("BRTV is not responsible for the content of external sites.", "", "", "B"),
         ("Find out how we link to other sites.", "", "", "B")],
        [("Terms of Use   About BRTV   Privacy   Cookies   Accessibility Help   Contact BRTV", "", "", "B")],
        [("Copyright © 2026 BRTV.", "", "", "B")],
    ],
    [  # 3. New England magazine feature with pull quotes and a print note, a volunteer ambulance squad runs out of volunteers
        [("THE SAPBUCKET REVIEW", "", "", "B")],
        [("Subscribe   Give a Gift   Sign In", "", "", "B")],
        [("Features   Food & Drink   Outdoors   Culture   Home   Travel   Shop", "", "", "B")],
        [("FEATURES", "", "", "B")],
        [("Who Comes When You Call", "", "", "")],
        [("For 61 years, the Elverston Volunteer Rescue Squad answered every 911 call in town.", "", "", "W"),
         ("Now it has four members, and the youngest is 58.", "", "", "W")],
        [("Words by Ansel Morrowby-Kite", "", "", "B")],
        [("Photographs by Wren Talmadge", "", "", "B")],
        [("May 12, 2026", "", "", "B")],
        [("14 min read", "", "", "B")],
        [("Harlan Pettibridge, 74, has driven the squad's ambulance since 1987.", "", "", "W"),
         ("Wren Talmadge for The Sapbucket Review", "", "", "B")],
        [("The pager went off at 2:14 on a Tuesday morning in February.", "", "", ""),
         ("Harlan Pettibridge found his boots by feel, kissed his sleeping wife and drove the two miles to the station on Sheepfold Lane with the heater roaring.", "", "", "")],
        [("The call was a fall, an 88-year-old woman on Gannetside Hill Road who had gone to the bathroom in the dark.", "", "", ""),
         ("By the time the ambulance reached her, her neighbor had covered her with a quilt.", "", "", "")],
        [("The Elverston Volunteer Rescue Squad had 38 members in 1998.", "", "", "W"),
         ("It has four today.", "", "", "W"),
         ("Last year it answered 247 calls, and on 41 of them no crew could be found, so a paid service from the next town over came instead.", "", "", "W")],
        [("Of the 176 licensed ambulance services in Vermont, 109 rely mainly on volunteers, according to the Vermont Department of Health.", "the Vermont Department of Health", "according to", "W"),
         ("Seventeen have closed or merged since 2019.", "the Vermont Department of Health", "according to", "W")],
        [("Ruth Ambley, the squad's captain, has been a member since 1991, and she keeps the call log in a green ledger on her kitchen table.", "", "", "W")],
        [("“In 2005 we had a crew for every call but two,” she said.", "Ruth Ambley", "said", "W"),
         ("“Now I lie awake on the nights I know nobody's covering.”", "Ruth Ambley", "said", "")],
        [("“Now I lie awake on the nights I know nobody's covering.”", "", "", "B")],
        [("The state's emergency medical technician course takes 190 hours, and the nearest one this spring met in Montpelier two nights a week.", "", "", "W")],
        [("Colby Sund joined the squad at 19 and left at 31, when his second daughter was born.", "", "", ""),
         ("“I'd be on a call at 4 a.m. and then at the mill at 6,” he said.", "Colby Sund", "said", ""),
         ("“Something had to give, and it wasn't going to be my kids.”", "Colby Sund", "said", "")],
        [("Ruth Ambley restocks the ambulance after a call in March.", "", "", ""),
         ("Wren Talmadge for The Sapbucket Review", "", "", "B")],
        [("The town manager, Miriam Vosberg-Lindovale, said a contract with Quenbyford Ambulance, a paid service 23 minutes away, would cost Elverston $186,000 a year, about 9% of the town's budget.", "Miriam Vosberg-Lindovale", "said", "W")],
        [("At town meeting in March, voters approved the money by 214 votes to 97.", "", "", "W")],
        [("Quenbyford crews reached calls in Elverston in an average of 27 minutes last year, according to Quenbyford Ambulance's own figures.", "Quenbyford Ambulance's own figures", "according to", "W"),
         ("The Elverston squad's average, when it had a crew, was 11 minutes.", "", "", "W")],
        [("“An ambulance with nobody to drive it is just a very expensive garage.”", "", "", "B")],
        [("Teodora Lindqvell, a paramedic who runs Quenbyford, said she does not like the arithmetic either.", "Teodora Lindqvell", "said", ""),
         ("“An ambulance with nobody to drive it is just a very expensive garage,” she said.", "Teodora Lindqvell", "said", ""),
         ("“But twenty-seven minutes is a long time to hold somebody's hand on a kitchen floor.”", "Teodora Lindqvell", "said", "")],
        [("On the last call of the night, Harlan Pettibridge backed the ambulance into the bay and sat for a while with the engine off.", "", "", ""),
         ("“I'll keep going as long as they let me,” he said.", "Harlan Pettibridge", "said", "")],
        [("This article appears in the June 2026 issue of The Sapbucket Review with the headline “The Last Crew.”", "", "", "B"),
         ("Subscribe to the print edition.", "", "", "B")],
        [("Editor's note: After this article went to press, the Elverston select board signed a two-year contract with Quenbyford Ambulance on May 6, and the town's volunteer squad will stop answering calls on July 1.", "", "", "W")],
        [("Tags: Vermont · Emergency Medical Services · Rural Life · Volunteers", "", "", "B")],
        [("You might also like", "", "", "B")],
        [("The Last Dairy in Ambrith Corners", "", "", "B")],
        [("© 2026 Sapbucket Media Co.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 4. Iowa local TV station's news page with a weather widget and closings ticker, a food plant will lay off 186 workers
        [("KINGFISHER 12 NEWS", "", "", "B")],
        [("▶ WATCH LIVE: Kingfisher 12 News at Noon", "", "", "B")],
        [("Ossingbrook, IA   29°   Snow showers   Hi 33° Lo 21°", "", "", "B")],
        [("⚠ WINTER WEATHER ADVISORY until 6 PM for Corland, Harlbury and Wapsicon Bend counties", "", "", "B")],
        [("CLOSINGS & DELAYS (14)   ·   Ossingbrook Community Schools – 2 Hours Late   ·   Linmere-Dacorah CSD – Closed   ·   Emmaus Creek Lutheran School – Closed   ·   See all", "", "", "B")],
        [("News   Weather   First Alert Traffic   Sports   Community   Contests   Watch", "", "", "B")],
        [("LOCAL NEWS", "", "", "B")],
        [("Harrowmeade Foods to close pizza line at Ossingbrook plant, lay off 186 workers", "", "", "W")],
        [("By Marisa Quesnay-Toth and Jonah Marchwood", "", "", "B")],
        [("Published: Feb. 12, 2026 at 4:31 PM CST", "", "", "B")],
        [("Updated: 6 hours ago", "", "", "B")],
        [("Share on Facebook   Share on X   Email This Link", "", "", "B")],
        [("Harrowmeade Foods workers leave the Ossingbrook plant after the second shift on Thursday, hours after the company filed its layoff notice.", "", "", "W")],
        [("Video runtime 2:05", "", "", "B")],
        [("OSSINGBROOK, Iowa (KINGFISHER 12) - Harrowmeade Foods Inc. has filed a notice with Iowa Workforce Development saying it will close the frozen pizza line at its Ossingbrook plant and lay off 186 workers.", "", "", "W")],
        [("The layoffs will take effect on April 17, according to the notice.", "the notice", "according to", "W"),
         ("The plant on Industrial Parkway employs 412 people.", "", "", "W")],
        [("In a statement, the company said it was moving pizza production to its plant in Wichita, Kansas, which has newer ovens and room to grow.", "the company", "said", "W"),
         ("“This decision is not a reflection of the hard work and dedication of our Ossingbrook team members,” it said.", "Harrowmeade Foods Inc.", "said", ""),
         ("Workers who lose their jobs will be paid through April 17 and can apply for open positions at the company's other plants, it said.", "Harrowmeade Foods Inc.", "said", "W")],
        [("Line workers at the plant earn between $19.40 and $23.15 an hour, according to the company's most recent state filing.", "the company's most recent state filing", "according to", "W")],
        [("Deb Sorrelberg-Wyant, who has worked on the pizza line for 16 years, told Kingfisher 12 she found out from a note taped to the time clock.", "Deb Sorrelberg-Wyant", "told Kingfisher 12", ""),
         ("“I've got a mortgage and a kid starting college in the fall,” she said.", "Deb Sorrelberg-Wyant", "said", ""),
         ("“Sixteen years and you find out from a piece of paper.”", "Deb Sorrelberg-Wyant", "said", "")],
        [("Read more: Ossingbrook approved $1.2 million in tax breaks for Harrowmeade's expansion in 2019", "", "", "B")],
        [("Ossingbrook Mayor Gil Pardewell said the city gave the company $1.2 million in property tax abatements in 2019 to add a second line, and that the agreement requires the plant to keep at least 380 jobs until 2029.", "Gil Pardewell", "said", "W"),
         ("“We'll be sitting down with Harrowmeade to talk about what that agreement means now,” he said.", "Gil Pardewell", "said", ""),
         ("“I'm hopeful we can find a buyer for that line.”", "Gil Pardewell", "said", "")],
        [("Story continues below advertisement", "", "", "B")],
        [("Renata Schuyler, director of the Ossingbrook Area Development Corporation, said 23 local employers had already told her they were hiring.", "Renata Schuyler", "said", "W"),
         ("A job fair for the laid-off workers will be held March 4 from 10 a.m. to 6 p.m. at the Corland County Fairgrounds, she said.", "Renata Schuyler", "said", "W")],
        [("Iowa Workforce Development will hold on-site sessions at the plant on Feb. 24 and 25 to help workers file for unemployment benefits.", "", "", "W")],
        [("Harrowmeade Foods did not respond to questions Thursday about whether the tax agreement would be repaid.", "Harrowmeade Foods", "did not respond to questions", "")],
        [("Download the Kingfisher 12 First Alert Weather app for live radar and alerts.", "", "", "B")],
        [("See something newsworthy?", "", "", "B"),
         ("Send us your tips, photos and videos.", "", "", "B")],
        [("Report a typo or error", "", "", "B")],
        [("Copyright 2026 Kingfisher Broadcasting Group, Inc.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Trending", "", "", "B")],
        [("Semi slides into ditch north of Ossingbrook, closes highway for three hours", "", "", "B")],
        [("Ossingbrook police ask for help finding missing 15-year-old", "", "", "B")],
        [("Public File   ·   EEO Report   ·   FCC Applications   ·   Closed Captioning   ·   Terms of Service   ·   Privacy Policy", "", "", "B")],
    ],
    [  # 5. US sports site with a live scores strip and betting-odds notices, a minor-league pitcher is suspended for betting
        [("BASEPATH PRAIRIE", "", "", "B")],
        [("SCORES   FINAL  Corriston 6, Marlham Bend 2   ·   B7  Tillerby Falls 3, Henfield 3   ·   7:05 PM  Skerrinbrook at Pemberwick Lakes", "", "", "B")],
        [("ODDS   Jackrabbits -135   Bullsnakes +115   O/U 9.5   ·   Odds via Stakeline Sportsbook", "", "", "B")],
        [("21+ only.", "", "", "B"),
         ("Gambling problem?", "", "", "B"),
         ("Call 1-800-555-0191.", "", "", "B")],
        [("NPBL   Teams   Scores   Standings   Stats   Transactions   Betting   Podcasts", "", "", "B")],
        [("Home › NPBL › Corriston Jackrabbits", "", "", "B")],
        [("Jackrabbits pitcher Ty Brennaghan suspended 60 games for betting on league games", "", "", "W")],
        [("League says investigation found 41 bets, including two on games the Jackrabbits played", "The Northern Prairie Baseball League", "says", "W")],
        [("By Dusty Kallenberger-Mora", "", "", "B")],
        [("May 19, 2026 · 5:47 p.m. CT", "", "", "B")],
        [("Share   Post   Copy link", "", "", "B")],
        [("Ty Brennaghan pitched six innings against Henfield at Brambling Field on May 2, his last start before he was placed on leave.", "", "", "W"),
         ("Photo: Nadine Olmsbury / Basepath Prairie", "", "", "B")],
        [("CORRISTON, S.D. — The Northern Prairie Baseball League suspended Corriston Jackrabbits pitcher Ty Brennaghan for 60 games on Tuesday after an investigation found he had bet on league games.", "", "", "W")],
        [("The league said in a statement that Brennaghan placed 41 bets totaling $3,860 through a sportsbook app between April 4 and May 6, including two bets on games the Jackrabbits played.", "The league", "said in a statement", "W"),
         ("He did not pitch in either of those games, and investigators found no evidence that he tried to affect the result of any game, it said.", "The Northern Prairie Baseball League", "said", "W")],
        [("Under the league's integrity policy, adopted in 2024, players and staff may not bet on any professional baseball game.", "", "", "W"),
         ("A first violation carries a suspension of 30 to 80 games.", "", "", "W")],
        [("Brennaghan, 24, was 4-2 with a 3.41 ERA in nine starts before he was placed on leave on May 8.", "", "", "W")],
        [("“I made a stupid decision and I own it completely,” Brennaghan said in a statement released by the team.", "Ty Brennaghan", "said in a statement", ""),
         ("“I owe an apology to my teammates, to the Jackrabbits and to every kid who has ever asked me for an autograph.”", "Ty Brennaghan", "said in a statement", "")],
        [("SPONSORED", "", "", "B")],
        [("Stakeline Sportsbook: Tonight's NPBL moneyline.", "", "", "B"),
         ("Jackrabbits win   57%   ·   Bullsnakes win   43%", "", "", "B")],
        [("Bet responsibly.", "", "", "B"),
         ("Terms apply.", "", "", "B")],
        [("Story continues below", "", "", "B")],
        [("Manager Luis Ferraday-Kvist said he found out about the investigation the same morning as the players.", "Luis Ferraday-Kvist", "said", ""),
         ("“Ty's a good kid who did a dumb thing,” he said.", "Luis Ferraday-Kvist", "said", ""),
         ("“We'll miss his arm, but rules are rules.”", "Luis Ferraday-Kvist", "said", "")],
        [("The Jackrabbits called up left-hander Mateo Sterkhuis from their developmental squad to take Brennaghan's spot on the roster.", "", "", "W")],
        [("Jackrabbits general manager Shannon Valderrey-Kurtz said every player on the roster had attended a two-hour integrity session in March, the second the club has run since 2024.", "Shannon Valderrey-Kurtz", "said", "W")],
        [("The NPBL Players Association said it had filed an appeal on Brennaghan's behalf on Tuesday night.", "The NPBL Players Association", "said", "W"),
         ("It said the 60-game ban was “far out of line” with suspensions for similar violations in other leagues.", "The NPBL Players Association", "said", "")],
        [("Read more: How one sports betting app changed the way minor leaguers spend their off days", "", "", "B")],
        [("The two bets on Jackrabbits games, worth $120 in all, were voided and refunded by Stakeline, according to a spokesperson for the sportsbook.", "a spokesperson for the sportsbook", "according to", "W")],
        [("“If he's betting on us, who's to say he isn't betting against us next?” said Jerrod Tamworthy, a season-ticket holder since 2011, outside Brambling Field on Tuesday.", "Jerrod Tamworthy", "said", "")],
        [("The Jackrabbits play the Bullsnakes at home at 7:05 p.m. Wednesday.", "", "", "W")],
        [("If you or someone you know has a gambling problem, help is available 24/7.", "", "", "B"),
         ("Call or text 1-800-555-0191.", "", "", "B")],
        [("© 2026 Basepath Media LLC.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Odds and lines are for informational purposes and may change.", "", "", "B"),
         ("Basepath Prairie does not accept wagers.", "", "", "B")],
    ],
    [  # 6. Canadian business wire page, a junior gold explorer reports drill results
        [("LARCHWAY NEWSWIRE", "", "", "B")],
        [("News   Industries   Regions   Send a Release   Log In", "", "", "B")],
        [("Home › Mining & Metals › Exploration", "", "", "B")],
        [("NOT FOR DISTRIBUTION TO U.S. NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES", "", "", "B")],
        [("Brackenhollow Resources Intersects 14.2 m of 3.87 g/t Gold at Vantorra, Announces C$4.5 Million Private Placement", "", "", "W")],
        [("Step-out hole VT-26-031 extends the Vantorra zone 160 metres to the north-east", "", "", "W")],
        [("Brackenhollow Resources Corp.   TSXV: BKHR", "", "", "B")],
        [("May 5, 2026, 07:30 ET", "", "", "B")],
        [("Share   Email   Print   LinkedIn   X", "", "", "B")],
        [("VANCOUVER, BC, May 5, 2026 /Larchway Newswire/ - Brackenhollow Resources Corp. (TSXV: BKHR) (\"Brackenhollow\" or the \"Company\") is pleased to announce results from the first 12 holes of its 2026 winter drill program at the Vantorra gold project in northwestern Ontario.", "Brackenhollow Resources Corp.", "is pleased to announce", "W")],
        [("Hole VT-26-031 intersected 14.2 metres grading 3.87 grams per tonne (\"g/t\") gold from 212.0 metres, including 3.1 metres of 11.40 g/t gold.", "", "", "W"),
         ("The hole was drilled 160 metres north-east of the previously known limit of the Vantorra zone.", "", "", "W"),
         ("The Company completed 4,860 metres of diamond drilling in 12 holes between January 19 and April 2, 2026.", "", "", "W")],
        [("\"VT-26-031 is the best hole we have drilled at Vantorra, and it tells us the Vantorra zone is a lot bigger than we thought,\" said Marisol Quesnelle-Afriyie, President and CEO of Brackenhollow.", "Marisol Quesnelle-Afriyie", "said", ""),
         ("\"We will start a 6,000-metre summer program in June, focused on the north-east extension.\"", "Marisol Quesnelle-Afriyie", "said", "W")],
        [("Table 1: Selected drill intercepts, Vantorra project", "", "", "B")],
        [("Hole ID   From (m)   To (m)   Length (m)   Au (g/t)", "", "", "B")],
        [("VT-26-031   212.0   226.2   14.2   3.87", "", "", "")],
        [("including   219.4   222.5   3.1   11.40", "", "", "")],
        [("VT-26-035   301.2   304.8   3.6   5.02", "", "", "")],
        [("Lengths are core lengths; true widths are not yet known.", "", "", "B")],
        [("Core was logged and sampled at the Company's camp on Vantorra Lake by staff under the supervision of Teodric Hallvard, P.Geo., the Company's Vice President, Exploration, who said samples were sent to an independent laboratory in Thunder Bay for fire assay.", "Teodric Hallvard", "said", "W")],
        [("Private Placement", "", "", "B")],
        [("The Company also announces a non-brokered private placement of up to 11,250,000 units at a price of C$0.40 per unit for gross proceeds of up to C$4.5 million.", "", "", "W"),
         ("Each unit consists of one common share and one-half of one share purchase warrant, and each whole warrant entitles the holder to buy one common share at C$0.60 for 24 months.", "", "", "W"),
         ("The Company may pay finders' fees of up to 6% in cash on part of the placement.", "", "", "W"),
         ("All securities issued will be subject to a hold period of four months and one day.", "", "", "W")],
        [("Proceeds will be used for the summer drill program and for general working capital.", "", "", "W")],
        [("Qualified Person", "", "", "B")],
        [("The technical content of this news release has been reviewed and approved by Teodric Hallvard, P.Geo., a Qualified Person as defined by National Instrument 43-101.", "", "", "B")],
        [("About Brackenhollow Resources Corp.", "", "", "B")],
        [("Brackenhollow is a gold exploration company focused on the Vantorra project, 100% owned, covering 9,420 hectares in northwestern Ontario.", "", "", "B"),
         ("For more information, visit www.brackenhollow.ca.", "", "", "B")],
        [("ON BEHALF OF THE BOARD OF DIRECTORS", "", "", "B")],
        [("\"Marisol Quesnelle-Afriyie\"", "", "", "B")],
        [("President and CEO", "", "", "B")],
        [("For further information: Ines Dalvanie-Tew, Investor Relations, 604-555-0172, ir@brackenhollow.ca", "", "", "B")],
        [("Forward-Looking Information", "", "", "B")],
        [("This news release contains forward-looking information, including statements about the size of the Vantorra zone, the timing and scope of future drilling and the completion and use of proceeds of the private placement.", "", "", "B"),
         ("Such information is based on assumptions that may prove to be wrong and is subject to risks, including those described in the Company's continuous disclosure filings.", "", "", "B"),
         ("The Company does not undertake to update forward-looking information except as required by law.", "", "", "B")],
        [("The TSX Venture Exchange has neither approved nor disapproved the contents of this news release.", "", "", "B"),
         ("Neither the Exchange nor its regulation services provider takes responsibility for its adequacy or accuracy.", "", "", "B")],
        [("SOURCE Brackenhollow Resources Corp.", "", "", "B")],
        [("The issuer is solely responsible for the content of this announcement.", "", "", "B")],
        [("© 2026 Larchway Newswire Inc.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 7. English district council's own newsroom page, the council will take its leisure centres back in-house
        [("Skip to main content", "", "", "B")],
        [("Thursgill District Council", "", "", "B")],
        [("Search   |   My Account   |   Report it   |   Pay it   |   Apply for it", "", "", "B")],
        [("Bins and recycling   Council tax   Planning   Housing   Parking   Leisure   Jobs   Your council", "", "", "B")],
        [("Home  >  Your council  >  News and media  >  Press releases", "", "", "B")],
        [("Newsroom:   Latest news   Press releases   Public notices   Media enquiries   Social media", "", "", "B")],
        [("Council to run Thursgill's leisure centres itself from April 2027", "", "", "W")],
        [("Press release", "", "", "B")],
        [("Published: 21 May 2026", "", "", "B")],
        [("Share this page:   Facebook   X   LinkedIn   Email", "", "", "B")],
        [("Thursgill District Council will take its three leisure centres back under its own management from 1 April 2027, ending a contract with Moorfold Active Trust that has run them since 2012.", "", "", "W")],
        [("The council's cabinet voted 6-1 on Wednesday evening to bring the Thursgill, Low Keswold and Brakewell leisure centres in-house when the contract expires.", "", "", "W")],
        [("The change will save the council about £410,000 a year, mainly in management fees and VAT, according to the cabinet report.", "the cabinet report", "according to", "W")],
        [("Council leader Cllr Anwen Drysgolwen said the three centres had 486,000 visits in 2025, 14% more than in 2019.", "Anwen Drysgolwen", "said", "W"),
         ("“Our leisure centres are some of the most loved buildings in the district, and residents have told us they want the council to be answerable for them,” she said.", "Anwen Drysgolwen", "said", ""),
         ("“Bringing them home will keep £410,000 a year in Thursgill instead of paying it out in fees.”", "Anwen Drysgolwen", "said", "W")],
        [("All 138 staff employed by the trust at the three centres will transfer to the council on their current terms and conditions.", "", "", "W"),
         ("Prices for swimming, gym and class memberships will be frozen until at least 31 March 2028.", "", "", "W")],
        [("On this page: Staff   Prices   What happens next", "", "", "B")],
        [("Related: Low Keswold pool reopens after £1.6m roof repair", "", "", "B")],
        [("Moorfold Active Trust said in a statement that it was “disappointed but not surprised” by the decision.", "Moorfold Active Trust", "said in a statement", ""),
         ("It said it would work with the council on a “smooth handover” and that its other contracts, with two councils in Cumbria, were not affected.", "Moorfold Active Trust", "said", "W")],
        [("Kieran Ashmeadow-Chirwamba, branch secretary of the union representing most of the trust's staff, said members wanted written guarantees on their pensions before they would welcome the move.", "Kieran Ashmeadow-Chirwamba", "said", ""),
         ("“A promise in a press release is not the same as a promise in a contract,” he said.", "Kieran Ashmeadow-Chirwamba", "said", "")],
        [("Under the council's constitution, the decision can be called in by any five non-executive councillors within five working days of the cabinet meeting.", "", "", "W")],
        [("Opposition group leader Cllr Fenella Rownham, who voted against the plan, said the council's own report put the cost of the pools' maintenance backlog at £3.9 million.", "Fenella Rownham", "said", "W"),
         ("“The trust has been carrying that risk for us, and from 2027 the taxpayer will carry it,” she said.", "Fenella Rownham", "said", "")],
        [("A report on the transfer will go to full council on 15 July.", "", "", "W")],
        [("Notes to editors", "", "", "B")],
        [("1. The cabinet report and its appendices are available on the council's website under Cabinet, 20 May 2026, item 7.", "", "", "B")],
        [("2. Photographs of the three leisure centres are available on request.", "", "", "B")],
        [("3. Cllr Drysgolwen is available for interview on Thursday 21 May between 10am and 12pm.", "", "", "B")],
        [("Media enquiries", "", "", "B")],
        [("Communications team, Thursgill District Council", "", "", "B")],
        [("Telephone: 01254 555 309", "", "", "B")],
        [("Email: media@thursgill.gov.uk", "", "", "B")],
        [("Out of hours (journalists only): 07700 900 418", "", "", "B")],
        [("This service is for journalists only.", "", "", "B"),
         ("Members of the public should contact the council through the Contact us page.", "", "", "B")],
        [("Was this page useful?", "", "", "B")],
        [("Yes   No", "", "", "B")],
        [("Thursgill District Council, Town Hall, Mardlowe Street, Thursgill BB99 7QZ", "", "", "B")],
        [("© Thursgill District Council 2026", "", "", "B")],
        [("Accessibility statement   Cookies   Privacy notice   Contact us", "", "", "B")],
    ],
    [  # 8. English edition of a Portuguese daily, Porto suspends new short-term rental licences
        [("DIÁRIO DAS MARÉS", "", "", "B")],
        [("PT   |   EN", "", "", "B")],
        [("Assinar / Subscribe   ·   Entrar / Sign in", "", "", "B")],
        [("Portugal   World   Economy   Porto   Lisbon   Culture   Sport   Opinion   Marés in English", "", "", "B")],
        [("Marés in English  ›  Porto", "", "", "B")],
        [("Porto freezes new holiday-let licences in four parishes for a year", "", "", "W")],
        [("City council says short-term rentals now make up more than a third of homes in the historic centre; owners' association calls the freeze “a blunt instrument”", "Porto City Council", "says", "W")],
        [("By Beatriz Salgueiro Antunes · English version by Rowan Dellamore-Sá", "", "", "B")],
        [("14 May 2026 · 09h40", "", "", "B")],
        [("This article was first published in Portuguese and translated by the Marés English desk.", "", "", "B"),
         ("Read the original here.", "", "", "B")],
        [("🔊 Ouvir / Listen   5:02", "", "", "B")],
        [("Tourists with suitcases climb Rua das Escadinhas do Anjo in the historic centre on Tuesday.", "", "", ""),
         ("Foto: Henrique Valadouro Pinto / Diário das Marés", "", "", "B")],
        [("PORTO – Porto City Council on Tuesday approved a 12-month suspension of new short-term rental licences in four parishes of the historic centre, starting on 1 June.", "", "", "W")],
        [("The vote in the executive was seven to four, with the ruling coalition in favour and the opposition against.", "", "", "W")],
        [("The four parishes have 6,840 registered short-term rental units, 37% of all homes, the council said, citing its own register.", "the council", "said", "W"),
         ("In 2011 they had 18,900 permanent residents, and in 2021 they had 14,200, according to the 2021 census.", "the 2021 census", "according to", "W")],
        [("Housing councillor Eng.ª Catarina Louredo Sequeira said the city had received 1,120 applications for new licences in the four parishes in 2025, twice as many as in 2022.", "Catarina Louredo Sequeira", "said", "W"),
         ("“We are not against tourism,” she said.", "Catarina Louredo Sequeira", "said", ""),
         ("“We are for neighbours.”", "Catarina Louredo Sequeira", "said", "")],
        [("PUB", "", "", "B")],
        [("Existing licences are not affected, and owners who applied before 14 May will have their applications decided under the old rules.", "", "", "W")],
        [("Urban planning adviser Arq. Álvaro Mendanha Teixeira said the city would use the year to draw up a permanent quota for each parish, which will go out to public consultation in January 2027.", "Álvaro Mendanha Teixeira", "said", "W")],
        [("Leia também / Read also: Five things to check before you rent a flat in Porto", "", "", "B")],
        [("The owners' association Associação dos Anfitriões do Norte (AANorte) said its 2,300 members had invested more than €180 million in restoring old buildings in the centre since 2012.", "Associação dos Anfitriões do Norte (AANorte)", "said", "W"),
         ("Its president, Vasco Lameirinhas, called the freeze “a blunt instrument” and said many of the flats had been empty and derelict before their owners turned them into holiday lets.", "Vasco Lameirinhas", "said", ""),
         ("“Nobody was living in them,” he said.", "Vasco Lameirinhas", "said", ""),
         ("“Now nobody will restore them either.”", "Vasco Lameirinhas", "said", "")],
        [("PUB", "", "", "B")],
        [("Opposition councillor Dr. Inês Rebocho Valente said her party had voted against because the suspension did not cover the parishes along the river, where 1,400 new licences were issued last year.", "Inês Rebocho Valente", "said", "W"),
         ("“Why stop at four?” she asked.", "Inês Rebocho Valente", "said", "")],
        [("Margarida Cerveira Lopes, 68, who has rented a flat on the same street for 41 years, said her rent had gone up by €150 a month since January.", "Margarida Cerveira Lopes", "said", ""),
         ("“Half of my building is suitcases now,” she said.", "Margarida Cerveira Lopes", "said", "")],
        [("Duarte Fonsequinha, who owns three holiday flats in the area, said he had been planning to license a fourth.", "Duarte Fonsequinha", "said", ""),
         ("“I will rent it to a student instead and see what happens in a year,” he said.", "Duarte Fonsequinha", "said", "")],
        [("Owners can appeal a refused application to the council within 30 working days.", "", "", "W")],
        [("Newsletter: Marés in English arrives every Friday with the week's top stories from Portugal, in English.", "", "", "B"),
         ("Sign up free.", "", "", "B")],
        [("Mais lidas / Most read", "", "", "B")],
        [("1.", "", "", "B")],
        [("Heat warning for the north as temperatures near 38C this weekend", "", "", "B")],
        [("2.", "", "", "B")],
        [("What the new IRS tables mean for your payslip", "", "", "B")],
        [("Tags: Porto · Housing · Short-term rentals · Tourism", "", "", "B")],
        [("© 2026 Marés Media, S.A.", "", "", "B"),
         ("Todos os direitos reservados.", "", "", "B")],
    ],
    [  # 9. Jamaican news site, a rebuilt public market reopens 20 months after a fire
        [("THE YABBA POST", "", "", "B")],
        [("Kingston 31°C  ·  Montego Bay 30°C   |   US$1 = J$158.42", "", "", "B")],
        [("News   Parish News   Business   Sport   Entertainment   Diaspora   Letters   Epaper", "", "", "B")],
        [("News  /  Parish News  /  St Elizabeth", "", "", "B")],
        [("Cassiawood Market reopens, but 91 vendors still without stalls", "", "", "W")],
        [("Shernette Goffeby, Parish Correspondent, Cassiawood", "", "", "B")],
        [("Saturday · March 14, 2026", "", "", "B")],
        [("Share:   Facebook   WhatsApp   X   Email", "", "", "B")],
        [("Vendors set out produce in the rebuilt Cassiawood Market on Friday, the first market day since fire destroyed the old building in July 2024.", "", "", "W"),
         ("Photo: Garfield Ennisworth", "", "", "B")],
        [("The rebuilt Cassiawood Market in St Elizabeth reopened on Friday, 20 months after a fire destroyed the old wooden market building.", "", "", "W")],
        [("The new concrete building cost J$214 million and has 160 stalls, according to the St Elizabeth Municipal Corporation.", "the St Elizabeth Municipal Corporation", "according to", "W"),
         ("The old market had 250.", "", "", "W")],
        [("Municipal corporation chairman Councillor Desmond Pitterbrook said 160 vendors were chosen by ballot from 251 applicants, and that the corporation would build 60 more stalls in a second phase.", "Desmond Pitterbrook", "said", "W"),
         ("“Nobody is being left behind,” he said.", "Desmond Pitterbrook", "said", ""),
         ("“It is a matter of money, and we are going after the money.”", "Desmond Pitterbrook", "said", "")],
        [("The Ministry of Local Government and Community Development said in a statement that it had provided J$150 million of the cost.", "The Ministry of Local Government and Community Development", "said in a statement", "W"),
         ("It said a further J$38 million for the second phase had been included in the ministry's budget for 2026-27.", "The Ministry of Local Government and Community Development", "said", "W")],
        [("Story continues after advertisement", "", "", "B")],
        [("The Cassiawood Vendors' Association said 91 of its members had not been given a stall.", "The Cassiawood Vendors' Association", "said", "W")],
        [("Its president, Yvonne McFarquharson, said the ballot had shut out women who had sold in the old market for decades.", "Yvonne McFarquharson", "said", ""),
         ("“Miss Lurline sell yam in this market 40 years, and her name never come out of the box,” she said.", "Yvonne McFarquharson", "said", ""),
         ("“A ballot is not fairness.”", "Yvonne McFarquharson", "said", "")],
        [("Lurline Spawforth, 71, said she had been selling from a handcart on the roadside since the fire and had lost most of her regular customers.", "Lurline Spawforth", "said", ""),
         ("“Every day I push the cart, I pray for no rain,” she said.", "Lurline Spawforth", "said", "")],
        [("Also read: Vendors say roadside trading on Coopersgate Street is costing them more than the fire did", "", "", "B")],
        [("The July 2024 fire started in an electrical panel at the back of the old building, according to the Jamaica Fire Brigade's report.", "the Jamaica Fire Brigade's report", "according to", "W"),
         ("No one was hurt.", "", "", "W")],
        [("Stall fees in the new market are J$3,500 a month, up from J$2,000 in the old one.", "", "", "W"),
         ("Vendors who sold in the old market get the first three months free.", "", "", "W")],
        [("Opposition councillor Natalie Gayleforth said the corporation had spent J$9 million on the opening ceremony and signage.", "Natalie Gayleforth", "said", "W"),
         ("“How many stalls is that?” she asked.", "Natalie Gayleforth", "said", "")],
        [("The chairman said the ceremony cost J$2.6 million, most of it paid by sponsors.", "Desmond Pitterbrook", "said", "W")],
        [("The corporation will hold a meeting with vendors who were not given stalls on March 24 at 10 a.m. at the Cassiawood Parish Church hall.", "", "", "W")],
        [("CORRECTION: An earlier version of this story said the new market has 150 stalls.", "", "", "B"),
         ("It has 160.", "", "", "B")],
        [("📲 Follow The Yabba Post on WhatsApp for breaking news from every parish.", "", "", "B")],
        [("Have something to say?", "", "", "B"),
         ("Write to letters@yabbapost.com.jm.", "", "", "B")],
        [("RELATED STORIES", "", "", "B")],
        [("Fire destroys Cassiawood Market; vendors count losses", "", "", "B")],
        [("St Elizabeth farmers brace for dry season as wells drop", "", "", "B")],
        [("© 2026 Yabba Post Media Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("About Us  |  Advertise  |  Terms  |  Privacy", "", "", "B")],
    ],
    [  # 10. Hyperlocal email newsletter archived on the web, a town votes on a new fire station
        [("The Quabbet Falls Dispatch", "", "", "B")],
        [("Subscribe   Sign in", "", "", "B")],
        [("Issue #187: Town meeting says yes to the fire station (for now)", "", "", "W")],
        [("View this email in your browser", "", "", "B")],
        [("Forwarded this by a neighbor?", "", "", "B"),
         ("Sign up free and get the Dispatch every Thursday.", "", "", "B")],
        [("Posted by Hollis Brenneman-Ukaegbuna · Apr 23, 2026", "", "", "B")],
        [("♡ 48   💬 6   ↗ Share", "", "", "B")],
        [("This week's Dispatch is brought to you by Ledgeworth Hardware, on Cooperage Street since 1961.", "", "", "B")],
        [("In this issue: the fire station vote · library hours · a new bakery · Hobblebush Hill Road closure · your letters · calendar", "", "", "B")],
        [("TOWN MEETING", "", "", "B")],
        [("After almost three hours and two failed amendments, Monday's special town meeting voted 412 to 168 to borrow up to $9.8 million to build a new fire station on Pratwell Road.", "", "", "W"),
         ("The article needed a two-thirds majority and got 71%.", "", "", "W")],
        [("Fire Chief Wendell Ugwumbara told the meeting the current station on Tanbark Square was built in 1954, has no separate decontamination area and cannot fit the department's newest engine, which is parked outside all winter.", "Wendell Ugwumbara", "told the meeting", "W"),
         ("He said he hoped the new station could open by the fall of 2028.", "Wendell Ugwumbara", "said", "")],
        [("Town moderator Philippa Garrowbyne said 580 voters checked in, the most at a special town meeting since 2009.", "Philippa Garrowbyne", "said", "W")],
        [("Select Board member Stuart Maybree-Kilonzo, who voted no, said the town should have looked harder at renovating the old station.", "Stuart Maybree-Kilonzo", "said", ""),
         ("“We're going to be paying for this building long after the engine inside it is scrap,” he said.", "Stuart Maybree-Kilonzo", "said", "")],
        [("The borrowing still has to pass as a debt exclusion at the ballot on May 19, when it needs a simple majority.", "", "", "W")],
        [("BRIEFLY", "", "", "B")],
        [("The Quabbet Falls Free Library is adding Wednesday evening hours, open until 8 p.m. starting May 6.", "", "", "W"),
         ("It's the first time since 2020 the library has been open past 6 on a weeknight.", "", "", "W")],
        [("Ovenbird Bakery, the bakery in the old post office at 3 Cooperage Street, opens on Saturday, May 2.", "", "", "W"),
         ("Owner Marguerite Tibbetson says the morning buns are “non-negotiable.”", "Marguerite Tibbetson", "says", "")],
        [("Hobblebush Hill Road will be closed between Pratwell Road and the town line from April 27 to May 8 for culvert replacement.", "", "", "W"),
         ("Detour signs will send traffic along Linwood Road.", "", "", "W")],
        [("YOUR LETTERS", "", "", "B")],
        [("I've lived on Tanbark Square for 52 years, and I've watched the firefighters back that engine out into traffic every time the whistle blows.", "Agnes Pelsworthy", "—", ""),
         ("Build them a proper station and let's stop arguing.", "Agnes Pelsworthy", "—", "")],
        [("— Agnes Pelsworthy, Tanbark Square", "", "", "B")],
        [("The Dispatch is free, and always will be, but it isn't free to make.", "", "", "B"),
         ("For $6 a month, paid subscribers keep it going and get our monthly long read.", "", "", "B")],
        [("Upgrade to paid", "", "", "B")],
        [("Last week we said the transfer station closes at 3 p.m. on Saturdays.", "", "", "B"),
         ("It closes at 2 p.m.", "", "", "W")],
        [("CALENDAR", "", "", "B")],
        [("Sat., Apr 25 · Spring cleanup at Linwood Common, 9 a.m.–noon · Bring gloves", "", "", "")],
        [("Tue., Apr 28 · Select Board, Town Hall, 7 p.m.", "", "", "")],
        [("Thu., Apr 30 · Book sale, Free Library, 3–7 p.m.", "", "", "")],
        [("That's it for this week.", "", "", "B"),
         ("See you at the polls on May 19. —Hollis", "", "", "B")],
        [("You're receiving this because you signed up at quabbetfallsdispatch.com.", "", "", "B"),
         ("Unsubscribe or update your preferences.", "", "", "B")],
        [("The Quabbet Falls Dispatch, P.O. Box 44, Quabbet Falls, MA 01999", "", "", "B")],
        [("6 Comments", "", "", "B")],
        [("Start writing   Get the app   Privacy   Terms   Collection notice", "", "", "B")],
    ],
    [  # 11. Malaysian English daily read on a phone, Penang moves a night market
        [("☰", "", "", "B")],
        [("🔍", "", "", "B")],
        [("THE BAHARI HERALD", "", "", "B")],
        [("Read this story in the Bahari Herald app", "", "", "B")],
        [("OPEN", "", "", "B")],
        [("Continue in browser", "", "", "B")],
        [("We use cookies to improve your experience.", "", "", "B"),
         ("By continuing, you agree to our cookie policy.", "", "", "B")],
        [("OK", "", "", "B")],
        [("METRO  ›  PENANG", "", "", "B")],
        [("Lorong Seruntun night market to move to Jalan Kemunting car park from June 1", "", "", "W")],
        [("City council says 118 stalls will move; hawkers say the new site is too far from the tourists", "the Penang Island City Council (MBPP)", "says", "W")],
        [("By Phuah Siew Lan", "", "", "B")],
        [("Wed, 13 May 2026 / 7:45 PM MYT", "", "", "B")],
        [("Tap to read full story", "", "", "B")],
        [("Hawkers at the Lorong Seruntun night market, which has run on the same street every Wednesday and Saturday since 1998.", "", "", "W"),
         ("— Photo: CHUAH KHENG HOCK / The Bahari Herald", "", "", "B")],
        [("GEORGE TOWN: The Lorong Seruntun night market will move to the open-air car park on Jalan Kemunting from June 1, the Penang Island City Council (MBPP) said.", "the Penang Island City Council (MBPP)", "said", "W")],
        [("MBPP councillor Datuk Rozaimi Fadzil said all 118 licensed stalls would be given a place at the new site, which is 650 metres from the present one.", "Rozaimi Fadzil", "said", "W"),
         ("He said the council had received 214 complaints about traffic and blocked fire lanes on Lorong Seruntun in 2025.", "Rozaimi Fadzil", "said", "W"),
         ("“The night market is part of George Town, and we want it to stay part of George Town,” he said.", "Rozaimi Fadzil", "said", ""),
         ("“But an ambulance must be able to get down the road.”", "Rozaimi Fadzil", "said", "")],
        [("The council will spend RM1.4 million on lighting, toilets and a drainage upgrade at the car park, and stall rental will stay at RM120 a month.", "", "", "W")],
        [("The Lorong Seruntun Hawkers' Association said 87 of the 118 stallholders had signed a letter to the council asking it to keep the market where it is.", "The Lorong Seruntun Hawkers' Association", "said", "W")],
        [("Its chairman, Encik Beh Chee Wah, said the car park was “behind the shophouses where no tourist will find it.”", "Beh Chee Wah", "said", ""),
         ("“The council did not ask us once,” he said.", "Beh Chee Wah", "said", "")],
        [("Siti Norhaliza Sabarudin, who has sold apam balik at the market for 17 years, said she takes about RM600 on a good Saturday night.", "Siti Norhaliza Sabarudin", "said", ""),
         ("“If the tourists cannot find us, who will buy?” she said.", "Siti Norhaliza Sabarudin", "said", "")],
        [("▶ Tap to unmute", "", "", "B")],
        [("VIDEO  1:52", "", "", "B")],
        [("Hawkers at Lorong Seruntun set up their stalls on Saturday evening.", "", "", "")],
        [("ALSO READ: Penang to restore 12 heritage shophouses on Lebuh Cintamani", "", "", "B")],
        [("The Lorong Seruntun Residents' Association said it had lodged 36 written complaints about noise and rubbish with the council since January 2024.", "The Lorong Seruntun Residents' Association", "said", "W"),
         ("Its secretary, Sooi Mei Ling, said residents were “happy for the hawkers to stay in George Town, just not under our windows at midnight.”", "Sooi Mei Ling", "said", "")],
        [("State local government executive councillor Navaneetham Thiruchelvam said the move would be reviewed after six months, in December.", "Navaneetham Thiruchelvam", "said", "W"),
         ("He said he would meet the hawkers' association next week.", "Navaneetham Thiruchelvam", "said", "")],
        [("Mainland night market hawkers say new rules have halved their takings", "", "", "B")],
        [("Follow us on our official WhatsApp channel for breaking news alerts and key updates!", "", "", "B")],
        [("Swipe for next story  →", "", "", "B")],
        [("▲ Back to top", "", "", "B")],
        [("Home     Latest     Penang     Video     Saved     Menu", "", "", "B")],
    ],
    [  # 12. News portal carrying a syndicated Colorado story, a rural school district moves to a four-day week
        [("zephlo", "", "", "B")],
        [("Sign in", "", "", "B")],
        [("Denver  54°F", "", "", "B")],
        [("News   Weather   Money   Sports   Play   Shopping   Watch", "", "", "B")],
        [("The Sangrefield Courier", "", "", "B")],
        [("Follow", "", "", "B")],
        [("Chokecherry Bend schools will move to a four-day week this fall", "", "", "W")],
        [("Story by Bexley Ortmann-Haile  •  2d  •  4 min read", "", "", "B")],
        [("This story was originally published by The Sangrefield Courier.", "", "", "B"),
         ("Zephlo may earn revenue from this content.", "", "", "B")],
        [("AI summary", "", "", "B")],
        [("Generated by AI from the article text; may contain errors.", "", "", "B")],
        [("• The Chokecherry Bend School District RE-3 board voted 4-1 to adopt a Monday-to-Thursday schedule starting Aug. 17.", "", "", "W")],
        [("• The change is expected to save about $640,000 a year, mostly in transportation and substitute costs.", "", "", "W")],
        [("Students board a bus outside Chokecherry Bend Elementary School, one of the district's three schools, on Tuesday.", "", "", "W"),
         ("Marisela Tollerdene / The Sangrefield Courier", "", "", "B")],
        [("CHOKECHERRY BEND — The Chokecherry Bend School District RE-3 board voted 4-1 on Monday night to move its 1,140 students to a four-day school week starting Aug. 17.", "", "", "W"),
         ("Classes will run Monday through Thursday, and each school day will be 52 minutes longer.", "", "", "W")],
        [("The change will save the district about $640,000 a year, mostly in bus fuel, drivers' wages and substitute teachers, according to the district's budget proposal.", "the district's budget proposal", "according to", "W")],
        [("Superintendent Renata Albrook-Yazzie said the district lost 19 of its 96 teachers last year, most of them to districts in the Front Range that pay up to $14,000 more.", "Renata Albrook-Yazzie", "said", "W"),
         ("“We can't win on salary,” she said.", "Renata Albrook-Yazzie", "said", ""),
         ("“We can win on Fridays.”", "Renata Albrook-Yazzie", "said", "")],
        [("Of the 88 teachers who answered a survey in January, 71 said they would be more likely to stay with a four-day week, according to a district survey.", "a district survey", "according to", "W")],
        [("Read more from the Courier: Four-day weeks have spread to more than a third of Colorado districts.", "", "", "B"),
         ("Here's what the research says.", "", "", "B")],
        [("Sponsored Content", "", "", "B")],
        [("Seniors in Colorado are switching to this little-known Medicare perk", "", "", "B")],
        [("This $49 gadget keeps mice out of your garage all winter", "", "", "B")],
        [("Daniela Ferracini, a nurse whose two sons attend Chokecherry Bend Elementary, said she works three 12-hour shifts a week, including most Fridays.", "Daniela Ferracini", "said", ""),
         ("“Who is supposed to watch a 7-year-old every Friday?” she said.", "Daniela Ferracini", "said", "")],
        [("The district will run a Friday program for students in kindergarten through fifth grade at the elementary school from 7:30 a.m. to 4 p.m. for $25 a day, with free places for families who qualify for free school meals.", "", "", "W")],
        [("Colorado requires 1,080 hours of instruction a year for high school students and 990 for elementary students, and the new schedule meets both, the district said.", "the district", "said", "W")],
        [("Kaya Bellingrath, who teaches eighth-grade science, drives 51 miles each way from Pueblo.", "", "", ""),
         ("“One less day on that road is worth more to me than a raise,” she said.", "Kaya Bellingrath", "said", "")],
        [("Board member Travis Dunlarrow, who cast the only no vote, said test scores in two neighboring districts had fallen after they made the same switch.", "Travis Dunlarrow", "said", "W"),
         ("“I hope I'm wrong,” he said.", "Travis Dunlarrow", "said", "")],
        [("The district will hold a community meeting on the Friday program on April 30 at 6 p.m. in the high school gym.", "", "", "W")],
        [("Bexley Ortmann-Haile covers education and rural communities for The Sangrefield Courier.", "", "", "B")],
        [("More from The Sangrefield Courier", "", "", "B")],
        [("Sangrefield County commissioners approve new jail medical contract", "", "", "B")],
        [("Drought forces early end to irrigation season on the Marrowbone Ditch", "", "", "B")],
        [("Is this story helpful?", "", "", "B"),
         ("👍   👎", "", "", "B")],
        [("Comments are turned off for this story.", "", "", "B")],
        [("© 2026 Zephlo   Privacy & Cookies   Terms of Use   Advertise   Feedback", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    ("n66-daily-read-more-paywall-question", "Read more: Maine has lost six hospital birthing units since 2015. Here's where they were.\nYou've read 3 of your 4 free articles this month.\nSubscribe for $1 a week for 12 weeks and read the Daily Record without limits.\nSUBSCRIBE NOW\nAlready a subscriber? Log in to keep reading.\nBrathwell-Ogunsanmi said the hospital will keep its emergency department open around the clock and will go on offering prenatal and postpartum care at its clinic on Fernhythe Street.\nAll 14 nurses and two midwives on the unit will be offered other jobs at the hospital, a hospital spokeswoman said.",
     ["Read more: Maine has lost six hospital birthing units since 2015.", "Here's where they were.", "You've read 3 of your 4 free articles this month.", "Subscribe for $1 a week for 12 weeks and read the Daily Record without limits.", "SUBSCRIBE NOW", "Already a subscriber?", "Log in to keep reading.", "Brathwell-Ogunsanmi said the hospital will keep its emergency department open around the clock and will go on offering prenatal and postpartum care at its clinic on Fernhythe Street.", "All 14 nurses and two midwives on the unit will be offered other jobs at the hospital, a hospital spokeswoman said."]),
    ("n66-daily-continues-newsletter-am", "Story continues below advertisement\nADVERTISEMENT\nSign up for The Morning Record\nThe day's top local stories, in your inbox by 6 a.m.\nEnter your email address   SIGN UP\nBy signing up, you agree to our Terms of Use and acknowledge our Privacy Policy.\nKaylee Drummerfield, 27, of Wescott Mills, who is due in August, said she had planned to have her second child at Wyndhollow, where her first was born in 2023. “Now I'm looking at an hour and 10 minutes in the car, and that's if it's not snowing,” she said. “What am I supposed to do, pull over?”",
     ["Story continues below advertisement", "ADVERTISEMENT", "Sign up for The Morning Record", "The day's top local stories, in your inbox by 6 a.m.", "Enter your email address   SIGN UP", "By signing up, you agree to our Terms of Use and acknowledge our Privacy Policy.", "Kaylee Drummerfield, 27, of Wescott Mills, who is due in August, said she had planned to have her second child at Wyndhollow, where her first was born in 2023.", "“Now I'm looking at an hour and 10 minutes in the car, and that's if it's not snowing,” she said.", "“What am I supposed to do, pull over?”"]),
    ("n66-daily-correction-llc-reserved", "Correction: An earlier version of this story gave the wrong number of births at the unit in 2015. It was 301.\nCorinna Tremlowe-Dacresford covers health and Hathercombe County. Reach her at ctremlowe@tallowbridgerecord.com or 207-555-0118.\nThe Tallowbridge Daily Record   ·   40 Larkhurst Street, Tallowbridge, ME 04999\n© 2026 Hollowfen Media Group LLC. All rights reserved.",
     ["Correction: An earlier version of this story gave the wrong number of births at the unit in 2015.", "It was 301.", "Corinna Tremlowe-Dacresford covers health and Hathercombe County.", "Reach her at ctremlowe@tallowbridgerecord.com or 207-555-0118.", "The Tallowbridge Daily Record   ·   40 Larkhurst Street, Tallowbridge, ME 04999", "© 2026 Hollowfen Media Group LLC.", "All rights reserved."]),
    ("n66-brtv-fallback-caption-runtime-lead", "This video can't play in your browser. Try the BRTV app, or check your settings.\nAnglers filmed grey water pouring from an outfall into Quelbrook in August 2023\n1:48\nA water company has been fined £3.2m after admitting it let untreated sewage run into a Worcestershire brook on 58 days over two years.",
     ["This video can't play in your browser.", "Try the BRTV app, or check your settings.", "Anglers filmed grey water pouring from an outfall into Quelbrook in August 2023", "1:48", "A water company has been fined £3.2m after admitting it let untreated sewage run into a Worcestershire brook on 58 days over two years."]),
    ("n66-brtv-colon-quote-related-video-ltd", "In a statement, the Environment Agency said its officers found 340 dead fish along a 1.4km stretch of the brook after a spill on 11 August 2023.\nEnvironment Agency area manager Priya Solloway said: “This was not one bad night. It was a pattern, and the company knew about it.”\nVideo: What happens when a sewage works overflows?  2:31\nHollinbrook Water said it was “deeply sorry” and had spent £11m since 2023 replacing the pumps and alarms at Stannockby. A Hollinbrook spokesperson said the works was now monitored remotely 24 hours a day.\nGethin Pryddereth, secretary of the Stannockby Angling Association, said members reported spills to the company 23 times before anyone came out. “We did their monitoring for them, with our phones,” he said. “The fine is welcome, but it goes to the Treasury, not to the brook.”",
     ["In a statement, the Environment Agency said its officers found 340 dead fish along a 1.4km stretch of the brook after a spill on 11 August 2023.", "Environment Agency area manager Priya Solloway said: “This was not one bad night.", "It was a pattern, and the company knew about it.”", "Video: What happens when a sewage works overflows?  2:31", "Hollinbrook Water said it was “deeply sorry” and had spent £11m since 2023 replacing the pumps and alarms at Stannockby.", "A Hollinbrook spokesperson said the works was now monitored remotely 24 hours a day.", "Gethin Pryddereth, secretary of the Stannockby Angling Association, said members reported spills to the company 23 times before anyone came out.", "“We did their monitoring for them, with our phones,” he said.", "“The fine is welcome, but it goes to the Treasury, not to the brook.”"]),
    ("n66-brtv-listen-transcript-prompt-mp", "🎧 Listen: Gethin Pryddereth on Afternoons with Dev Tillotsby-Marr\nDuration: 6 minutes\nShow transcript\nPrefer to read? Any BRTV audio clip can be sent to you as a written transcript: email access@brtv.co.uk with the programme and date and we'll reply within five working days.\nCressida Hallsteadt, the Liberal Democrat MP for Wychcombe Vale, said she had written to the water regulator Ofwat asking it to block any bonus for Hollinbrook's directors this year. “People who swim and fish in that brook have paid for this twice, once in their bills and once in their health,” she said.",
     ["🎧 Listen: Gethin Pryddereth on Afternoons with Dev Tillotsby-Marr", "Duration: 6 minutes", "Show transcript", "Prefer to read?", "Any BRTV audio clip can be sent to you as a written transcript: email access@brtv.co.uk with the programme and date and we'll reply within five working days.", "Cressida Hallsteadt, the Liberal Democrat MP for Wychcombe Vale, said she had written to the water regulator Ofwat asking it to block any bonus for Hollinbrook's directors this year.", "“People who swim and fish in that brook have paid for this twice, once in their bills and once in their health,” she said."]),
    ("n66-mag-dek-byline-caption-credit", "Who Comes When You Call\nFor 61 years, the Elverston Volunteer Rescue Squad answered every 911 call in town. Now it has four members, and the youngest is 58.\nWords by Ansel Morrowby-Kite\nPhotographs by Wren Talmadge\nMay 12, 2026\n14 min read\nHarlan Pettibridge, 74, has driven the squad's ambulance since 1987. Wren Talmadge for The Sapbucket Review",
     ["Who Comes When You Call", "For 61 years, the Elverston Volunteer Rescue Squad answered every 911 call in town.", "Now it has four members, and the youngest is 58.", "Words by Ansel Morrowby-Kite", "Photographs by Wren Talmadge", "May 12, 2026", "14 min read", "Harlan Pettibridge, 74, has driven the squad's ambulance since 1987.", "Wren Talmadge for The Sapbucket Review"]),
    ("n66-mag-quote-pull-quote-am", "“In 2005 we had a crew for every call but two,” she said. “Now I lie awake on the nights I know nobody's covering.”\n“Now I lie awake on the nights I know nobody's covering.”\nThe state's emergency medical technician course takes 190 hours, and the nearest one this spring met in Montpelier two nights a week.\nColby Sund joined the squad at 19 and left at 31, when his second daughter was born. “I'd be on a call at 4 a.m. and then at the mill at 6,” he said. “Something had to give, and it wasn't going to be my kids.”",
     ["“In 2005 we had a crew for every call but two,” she said.", "“Now I lie awake on the nights I know nobody's covering.”", "“Now I lie awake on the nights I know nobody's covering.”", "The state's emergency medical technician course takes 190 hours, and the nearest one this spring met in Montpelier two nights a week.", "Colby Sund joined the squad at 19 and left at 31, when his second daughter was born.", "“I'd be on a call at 4 a.m. and then at the mill at 6,” he said.", "“Something had to give, and it wasn't going to be my kids.”"]),
    ("n66-mag-print-note-editors-note-tags", "This article appears in the June 2026 issue of The Sapbucket Review with the headline “The Last Crew.” Subscribe to the print edition.\nEditor's note: After this article went to press, the Elverston select board signed a two-year contract with Quenbyford Ambulance on May 6, and the town's volunteer squad will stop answering calls on July 1.\nTags: Vermont · Emergency Medical Services · Rural Life · Volunteers\nYou might also like",
     ["This article appears in the June 2026 issue of The Sapbucket Review with the headline “The Last Crew.”", "Subscribe to the print edition.", "Editor's note: After this article went to press, the Elverston select board signed a two-year contract with Quenbyford Ambulance on May 6, and the town's volunteer squad will stop answering calls on July 1.", "Tags: Vermont · Emergency Medical Services · Rural Life · Volunteers", "You might also like"]),
    ("n66-tv-widget-advisory-closings-menu", "Ossingbrook, IA   29°   Snow showers   Hi 33° Lo 21°\n⚠ WINTER WEATHER ADVISORY until 6 PM for Corland, Harlbury and Wapsicon Bend counties\nCLOSINGS & DELAYS (14)   ·   Ossingbrook Community Schools – 2 Hours Late   ·   Linmere-Dacorah CSD – Closed   ·   Emmaus Creek Lutheran School – Closed   ·   See all\nNews   Weather   First Alert Traffic   Sports   Community   Contests   Watch",
     ["Ossingbrook, IA   29°   Snow showers   Hi 33° Lo 21°", "⚠ WINTER WEATHER ADVISORY until 6 PM for Corland, Harlbury and Wapsicon Bend counties", "CLOSINGS & DELAYS (14)   ·   Ossingbrook Community Schools – 2 Hours Late   ·   Linmere-Dacorah CSD – Closed   ·   Emmaus Creek Lutheran School – Closed   ·   See all", "News   Weather   First Alert Traffic   Sports   Community   Contests   Watch"]),
    ("n66-tv-dateline-inc-has-notice-statement", "OSSINGBROOK, Iowa (KINGFISHER 12) - Harrowmeade Foods Inc. has filed a notice with Iowa Workforce Development saying it will close the frozen pizza line at its Ossingbrook plant and lay off 186 workers.\nThe layoffs will take effect on April 17, according to the notice. The plant on Industrial Parkway employs 412 people.\nIn a statement, the company said it was moving pizza production to its plant in Wichita, Kansas, which has newer ovens and room to grow. “This decision is not a reflection of the hard work and dedication of our Ossingbrook team members,” it said. Workers who lose their jobs will be paid through April 17 and can apply for open positions at the company's other plants, it said.\nLine workers at the plant earn between $19.40 and $23.15 an hour, according to the company's most recent state filing.",
     ["OSSINGBROOK, Iowa (KINGFISHER 12) - Harrowmeade Foods Inc. has filed a notice with Iowa Workforce Development saying it will close the frozen pizza line at its Ossingbrook plant and lay off 186 workers.", "The layoffs will take effect on April 17, according to the notice.", "The plant on Industrial Parkway employs 412 people.", "In a statement, the company said it was moving pizza production to its plant in Wichita, Kansas, which has newer ovens and room to grow.", "“This decision is not a reflection of the hard work and dedication of our Ossingbrook team members,” it said.", "Workers who lose their jobs will be paid through April 17 and can apply for open positions at the company's other plants, it said.", "Line workers at the plant earn between $19.40 and $23.15 an hour, according to the company's most recent state filing."]),
    ("n66-tv-am-pm-tip-question-inc-reserved", "Renata Schuyler, director of the Ossingbrook Area Development Corporation, said 23 local employers had already told her they were hiring. A job fair for the laid-off workers will be held March 4 from 10 a.m. to 6 p.m. at the Corland County Fairgrounds, she said.\nIowa Workforce Development will hold on-site sessions at the plant on Feb. 24 and 25 to help workers file for unemployment benefits.\nHarrowmeade Foods did not respond to questions Thursday about whether the tax agreement would be repaid.\nDownload the Kingfisher 12 First Alert Weather app for live radar and alerts.\nSee something newsworthy? Send us your tips, photos and videos.\nReport a typo or error\nCopyright 2026 Kingfisher Broadcasting Group, Inc. All rights reserved.\nTrending",
     ["Renata Schuyler, director of the Ossingbrook Area Development Corporation, said 23 local employers had already told her they were hiring.", "A job fair for the laid-off workers will be held March 4 from 10 a.m. to 6 p.m. at the Corland County Fairgrounds, she said.", "Iowa Workforce Development will hold on-site sessions at the plant on Feb. 24 and 25 to help workers file for unemployment benefits.", "Harrowmeade Foods did not respond to questions Thursday about whether the tax agreement would be repaid.", "Download the Kingfisher 12 First Alert Weather app for live radar and alerts.", "See something newsworthy?", "Send us your tips, photos and videos.", "Report a typo or error", "Copyright 2026 Kingfisher Broadcasting Group, Inc.", "All rights reserved.", "Trending"]),
    ("n66-sports-scores-odds-question-call", "SCORES   FINAL  Corriston 6, Marlham Bend 2   ·   B7  Tillerby Falls 3, Henfield 3   ·   7:05 PM  Skerrinbrook at Pemberwick Lakes\nODDS   Jackrabbits -135   Bullsnakes +115   O/U 9.5   ·   Odds via Stakeline Sportsbook\n21+ only. Gambling problem? Call 1-800-555-0191.\nNPBL   Teams   Scores   Standings   Stats   Transactions   Betting   Podcasts\nHome › NPBL › Corriston Jackrabbits",
     ["SCORES   FINAL  Corriston 6, Marlham Bend 2   ·   B7  Tillerby Falls 3, Henfield 3   ·   7:05 PM  Skerrinbrook at Pemberwick Lakes", "ODDS   Jackrabbits -135   Bullsnakes +115   O/U 9.5   ·   Odds via Stakeline Sportsbook", "21+ only.", "Gambling problem?", "Call 1-800-555-0191.", "NPBL   Teams   Scores   Standings   Stats   Transactions   Betting   Podcasts", "Home › NPBL › Corriston Jackrabbits"]),
    ("n66-sports-sd-dash-statement-it-said", "CORRISTON, S.D. — The Northern Prairie Baseball League suspended Corriston Jackrabbits pitcher Ty Brennaghan for 60 games on Tuesday after an investigation found he had bet on league games.\nThe league said in a statement that Brennaghan placed 41 bets totaling $3,860 through a sportsbook app between April 4 and May 6, including two bets on games the Jackrabbits played. He did not pitch in either of those games, and investigators found no evidence that he tried to affect the result of any game, it said.\nUnder the league's integrity policy, adopted in 2024, players and staff may not bet on any professional baseball game. A first violation carries a suspension of 30 to 80 games.",
     ["CORRISTON, S.D. — The Northern Prairie Baseball League suspended Corriston Jackrabbits pitcher Ty Brennaghan for 60 games on Tuesday after an investigation found he had bet on league games.", "The league said in a statement that Brennaghan placed 41 bets totaling $3,860 through a sportsbook app between April 4 and May 6, including two bets on games the Jackrabbits played.", "He did not pitch in either of those games, and investigators found no evidence that he tried to affect the result of any game, it said.", "Under the league's integrity policy, adopted in 2024, players and staff may not bet on any professional baseball game.", "A first violation carries a suspension of 30 to 80 games."]),
    ("n66-sports-era-sponsored-odds-box", "Brennaghan, 24, was 4-2 with a 3.41 ERA in nine starts before he was placed on leave on May 8.\n“I made a stupid decision and I own it completely,” Brennaghan said in a statement released by the team. “I owe an apology to my teammates, to the Jackrabbits and to every kid who has ever asked me for an autograph.”\nSPONSORED\nStakeline Sportsbook: Tonight's NPBL moneyline. Jackrabbits win   57%   ·   Bullsnakes win   43%\nBet responsibly. Terms apply.\nStory continues below\nManager Luis Ferraday-Kvist said he found out about the investigation the same morning as the players. “Ty's a good kid who did a dumb thing,” he said. “We'll miss his arm, but rules are rules.”",
     ["Brennaghan, 24, was 4-2 with a 3.41 ERA in nine starts before he was placed on leave on May 8.", "“I made a stupid decision and I own it completely,” Brennaghan said in a statement released by the team.", "“I owe an apology to my teammates, to the Jackrabbits and to every kid who has ever asked me for an autograph.”", "SPONSORED", "Stakeline Sportsbook: Tonight's NPBL moneyline.", "Jackrabbits win   57%   ·   Bullsnakes win   43%", "Bet responsibly.", "Terms apply.", "Story continues below", "Manager Luis Ferraday-Kvist said he found out about the investigation the same morning as the players.", "“Ty's a good kid who did a dumb thing,” he said.", "“We'll miss his arm, but rules are rules.”"]),
    ("n66-wire-dateline-slashes-corp-ticker", "VANCOUVER, BC, May 5, 2026 /Larchway Newswire/ - Brackenhollow Resources Corp. (TSXV: BKHR) (\"Brackenhollow\" or the \"Company\") is pleased to announce results from the first 12 holes of its 2026 winter drill program at the Vantorra gold project in northwestern Ontario.\nHole VT-26-031 intersected 14.2 metres grading 3.87 grams per tonne (\"g/t\") gold from 212.0 metres, including 3.1 metres of 11.40 g/t gold. The hole was drilled 160 metres north-east of the previously known limit of the Vantorra zone. The Company completed 4,860 metres of diamond drilling in 12 holes between January 19 and April 2, 2026.\n\"VT-26-031 is the best hole we have drilled at Vantorra, and it tells us the Vantorra zone is a lot bigger than we thought,\" said Marisol Quesnelle-Afriyie, President and CEO of Brackenhollow. \"We will start a 6,000-metre summer program in June, focused on the north-east extension.\"",
     ["VANCOUVER, BC, May 5, 2026 /Larchway Newswire/ - Brackenhollow Resources Corp. (TSXV: BKHR) (\"Brackenhollow\" or the \"Company\") is pleased to announce results from the first 12 holes of its 2026 winter drill program at the Vantorra gold project in northwestern Ontario.", "Hole VT-26-031 intersected 14.2 metres grading 3.87 grams per tonne (\"g/t\") gold from 212.0 metres, including 3.1 metres of 11.40 g/t gold.", "The hole was drilled 160 metres north-east of the previously known limit of the Vantorra zone.", "The Company completed 4,860 metres of diamond drilling in 12 holes between January 19 and April 2, 2026.", "\"VT-26-031 is the best hole we have drilled at Vantorra, and it tells us the Vantorra zone is a lot bigger than we thought,\" said Marisol Quesnelle-Afriyie, President and CEO of Brackenhollow.", "\"We will start a 6,000-metre summer program in June, focused on the north-east extension.\""]),
    ("n66-wire-table-rows-note-pgeo", "Table 1: Selected drill intercepts, Vantorra project\nHole ID   From (m)   To (m)   Length (m)   Au (g/t)\nVT-26-031   212.0   226.2   14.2   3.87\nincluding   219.4   222.5   3.1   11.40\nVT-26-035   301.2   304.8   3.6   5.02\nLengths are core lengths; true widths are not yet known.\nCore was logged and sampled at the Company's camp on Vantorra Lake by staff under the supervision of Teodric Hallvard, P.Geo., the Company's Vice President, Exploration, who said samples were sent to an independent laboratory in Thunder Bay for fire assay.",
     ["Table 1: Selected drill intercepts, Vantorra project", "Hole ID   From (m)   To (m)   Length (m)   Au (g/t)", "VT-26-031   212.0   226.2   14.2   3.87", "including   219.4   222.5   3.1   11.40", "VT-26-035   301.2   304.8   3.6   5.02", "Lengths are core lengths; true widths are not yet known.", "Core was logged and sampled at the Company's camp on Vantorra Lake by staff under the supervision of Teodric Hallvard, P.Geo., the Company's Vice President, Exploration, who said samples were sent to an independent laboratory in Thunder Bay for fire assay."]),
    ("n66-wire-fls-exchange-source-inc", "Forward-Looking Information\nThis news release contains forward-looking information, including statements about the size of the Vantorra zone, the timing and scope of future drilling and the completion and use of proceeds of the private placement. Such information is based on assumptions that may prove to be wrong and is subject to risks, including those described in the Company's continuous disclosure filings. The Company does not undertake to update forward-looking information except as required by law.\nThe TSX Venture Exchange has neither approved nor disapproved the contents of this news release. Neither the Exchange nor its regulation services provider takes responsibility for its adequacy or accuracy.\nSOURCE Brackenhollow Resources Corp.\nThe issuer is solely responsible for the content of this announcement.\n© 2026 Larchway Newswire Inc. All rights reserved.",
     ["Forward-Looking Information", "This news release contains forward-looking information, including statements about the size of the Vantorra zone, the timing and scope of future drilling and the completion and use of proceeds of the private placement.", "Such information is based on assumptions that may prove to be wrong and is subject to risks, including those described in the Company's continuous disclosure filings.", "The Company does not undertake to update forward-looking information except as required by law.", "The TSX Venture Exchange has neither approved nor disapproved the contents of this news release.", "Neither the Exchange nor its regulation services provider takes responsibility for its adequacy or accuracy.", "SOURCE Brackenhollow Resources Corp.", "The issuer is solely responsible for the content of this announcement.", "© 2026 Larchway Newswire Inc.", "All rights reserved."]),
    ("n66-council-on-this-page-related-trust", "On this page: Staff   Prices   What happens next\nRelated: Low Keswold pool reopens after £1.6m roof repair\nMoorfold Active Trust said in a statement that it was “disappointed but not surprised” by the decision. It said it would work with the council on a “smooth handover” and that its other contracts, with two councils in Cumbria, were not affected.\nKieran Ashmeadow-Chirwamba, branch secretary of the union representing most of the trust's staff, said members wanted written guarantees on their pensions before they would welcome the move. “A promise in a press release is not the same as a promise in a contract,” he said.",
     ["On this page: Staff   Prices   What happens next", "Related: Low Keswold pool reopens after £1.6m roof repair", "Moorfold Active Trust said in a statement that it was “disappointed but not surprised” by the decision.", "It said it would work with the council on a “smooth handover” and that its other contracts, with two councils in Cumbria, were not affected.", "Kieran Ashmeadow-Chirwamba, branch secretary of the union representing most of the trust's staff, said members wanted written guarantees on their pensions before they would welcome the move.", "“A promise in a press release is not the same as a promise in a contract,” he said."]),
    ("n66-council-notes-media-enquiries", "Notes to editors\n1. The cabinet report and its appendices are available on the council's website under Cabinet, 20 May 2026, item 7.\n2. Photographs of the three leisure centres are available on request.\n3. Cllr Drysgolwen is available for interview on Thursday 21 May between 10am and 12pm.\nMedia enquiries\nCommunications team, Thursgill District Council\nTelephone: 01254 555 309\nEmail: media@thursgill.gov.uk\nOut of hours (journalists only): 07700 900 418\nThis service is for journalists only. Members of the public should contact the council through the Contact us page.",
     ["Notes to editors", "1. The cabinet report and its appendices are available on the council's website under Cabinet, 20 May 2026, item 7.", "2. Photographs of the three leisure centres are available on request.", "3. Cllr Drysgolwen is available for interview on Thursday 21 May between 10am and 12pm.", "Media enquiries", "Communications team, Thursgill District Council", "Telephone: 01254 555 309", "Email: media@thursgill.gov.uk", "Out of hours (journalists only): 07700 900 418", "This service is for journalists only.", "Members of the public should contact the council through the Contact us page."]),
    ("n66-pt-byline-h-translation-listen-dash", "By Beatriz Salgueiro Antunes · English version by Rowan Dellamore-Sá\n14 May 2026 · 09h40\nThis article was first published in Portuguese and translated by the Marés English desk. Read the original here.\n🔊 Ouvir / Listen   5:02\nTourists with suitcases climb Rua das Escadinhas do Anjo in the historic centre on Tuesday. Foto: Henrique Valadouro Pinto / Diário das Marés\nPORTO – Porto City Council on Tuesday approved a 12-month suspension of new short-term rental licences in four parishes of the historic centre, starting on 1 June.",
     ["By Beatriz Salgueiro Antunes · English version by Rowan Dellamore-Sá", "14 May 2026 · 09h40", "This article was first published in Portuguese and translated by the Marés English desk.", "Read the original here.", "🔊 Ouvir / Listen   5:02", "Tourists with suitcases climb Rua das Escadinhas do Anjo in the historic centre on Tuesday.", "Foto: Henrique Valadouro Pinto / Diário das Marés", "PORTO – Porto City Council on Tuesday approved a 12-month suspension of new short-term rental licences in four parishes of the historic centre, starting on 1 June."]),
    ("n66-pt-pub-arq-leia-association", "Existing licences are not affected, and owners who applied before 14 May will have their applications decided under the old rules.\nUrban planning adviser Arq. Álvaro Mendanha Teixeira said the city would use the year to draw up a permanent quota for each parish, which will go out to public consultation in January 2027.\nLeia também / Read also: Five things to check before you rent a flat in Porto\nThe owners' association Associação dos Anfitriões do Norte (AANorte) said its 2,300 members had invested more than €180 million in restoring old buildings in the centre since 2012. Its president, Vasco Lameirinhas, called the freeze “a blunt instrument” and said many of the flats had been empty and derelict before their owners turned them into holiday lets. “Nobody was living in them,” he said. “Now nobody will restore them either.”\nPUB",
     ["Existing licences are not affected, and owners who applied before 14 May will have their applications decided under the old rules.", "Urban planning adviser Arq. Álvaro Mendanha Teixeira said the city would use the year to draw up a permanent quota for each parish, which will go out to public consultation in January 2027.", "Leia também / Read also: Five things to check before you rent a flat in Porto", "The owners' association Associação dos Anfitriões do Norte (AANorte) said its 2,300 members had invested more than €180 million in restoring old buildings in the centre since 2012.", "Its president, Vasco Lameirinhas, called the freeze “a blunt instrument” and said many of the flats had been empty and derelict before their owners turned them into holiday lets.", "“Nobody was living in them,” he said.", "“Now nobody will restore them either.”", "PUB"]),
    ("n66-jm-byline-dot-date-caption-lead", "Shernette Goffeby, Parish Correspondent, Cassiawood\nSaturday · March 14, 2026\nShare:   Facebook   WhatsApp   X   Email\nVendors set out produce in the rebuilt Cassiawood Market on Friday, the first market day since fire destroyed the old building in July 2024. Photo: Garfield Ennisworth\nThe rebuilt Cassiawood Market in St Elizabeth reopened on Friday, 20 months after a fire destroyed the old wooden market building.",
     ["Shernette Goffeby, Parish Correspondent, Cassiawood", "Saturday · March 14, 2026", "Share:   Facebook   WhatsApp   X   Email", "Vendors set out produce in the rebuilt Cassiawood Market on Friday, the first market day since fire destroyed the old building in July 2024.", "Photo: Garfield Ennisworth", "The rebuilt Cassiawood Market in St Elizabeth reopened on Friday, 20 months after a fire destroyed the old wooden market building."]),
    ("n66-jm-chairman-quote-ministry-it-said", "Municipal corporation chairman Councillor Desmond Pitterbrook said 160 vendors were chosen by ballot from 251 applicants, and that the corporation would build 60 more stalls in a second phase. “Nobody is being left behind,” he said. “It is a matter of money, and we are going after the money.”\nThe Ministry of Local Government and Community Development said in a statement that it had provided J$150 million of the cost. It said a further J$38 million for the second phase had been included in the ministry's budget for 2026-27.\nStory continues after advertisement",
     ["Municipal corporation chairman Councillor Desmond Pitterbrook said 160 vendors were chosen by ballot from 251 applicants, and that the corporation would build 60 more stalls in a second phase.", "“Nobody is being left behind,” he said.", "“It is a matter of money, and we are going after the money.”", "The Ministry of Local Government and Community Development said in a statement that it had provided J$150 million of the cost.", "It said a further J$38 million for the second phase had been included in the ministry's budget for 2026-27.", "Story continues after advertisement"]),
    ("n66-news-forwarded-question-counts-sponsor", "View this email in your browser\nForwarded this by a neighbor? Sign up free and get the Dispatch every Thursday.\nPosted by Hollis Brenneman-Ukaegbuna · Apr 23, 2026\n♡ 48   💬 6   ↗ Share\nThis week's Dispatch is brought to you by Ledgeworth Hardware, on Cooperage Street since 1961.\nIn this issue: the fire station vote · library hours · a new bakery · Hobblebush Hill Road closure · your letters · calendar",
     ["View this email in your browser", "Forwarded this by a neighbor?", "Sign up free and get the Dispatch every Thursday.", "Posted by Hollis Brenneman-Ukaegbuna · Apr 23, 2026", "♡ 48   💬 6   ↗ Share", "This week's Dispatch is brought to you by Ledgeworth Hardware, on Cooperage Street since 1961.", "In this issue: the fire station vote · library hours · a new bakery · Hobblebush Hill Road closure · your letters · calendar"]),
    ("n66-news-correction-pm-calendar-rows", "Upgrade to paid\nLast week we said the transfer station closes at 3 p.m. on Saturdays. It closes at 2 p.m.\nCALENDAR\nSat., Apr 25 · Spring cleanup at Linwood Common, 9 a.m.–noon · Bring gloves\nTue., Apr 28 · Select Board, Town Hall, 7 p.m.\nThu., Apr 30 · Book sale, Free Library, 3–7 p.m.",
     ["Upgrade to paid", "Last week we said the transfer station closes at 3 p.m. on Saturdays.", "It closes at 2 p.m.", "CALENDAR", "Sat., Apr 25 · Spring cleanup at Linwood Common, 9 a.m.–noon · Bring gloves", "Tue., Apr 28 · Select Board, Town Hall, 7 p.m.", "Thu., Apr 30 · Book sale, Free Library, 3–7 p.m."]),
    ("n66-phone-icons-open-app-cookies", "☰\n🔍\nTHE BAHARI HERALD\nRead this story in the Bahari Herald app\nOPEN\nContinue in browser\nWe use cookies to improve your experience. By continuing, you agree to our cookie policy.\nOK\nMETRO  ›  PENANG",
     ["☰", "🔍", "THE BAHARI HERALD", "Read this story in the Bahari Herald app", "OPEN", "Continue in browser", "We use cookies to improve your experience.", "By continuing, you agree to our cookie policy.", "OK", "METRO  ›  PENANG"]),
    ("n66-phone-colon-lead-datuk-he-said", "GEORGE TOWN: The Lorong Seruntun night market will move to the open-air car park on Jalan Kemunting from June 1, the Penang Island City Council (MBPP) said.\nMBPP councillor Datuk Rozaimi Fadzil said all 118 licensed stalls would be given a place at the new site, which is 650 metres from the present one. He said the council had received 214 complaints about traffic and blocked fire lanes on Lorong Seruntun in 2025. “The night market is part of George Town, and we want it to stay part of George Town,” he said. “But an ambulance must be able to get down the road.”\nThe council will spend RM1.4 million on lighting, toilets and a drainage upgrade at the car park, and stall rental will stay at RM120 a month.",
     ["GEORGE TOWN: The Lorong Seruntun night market will move to the open-air car park on Jalan Kemunting from June 1, the Penang Island City Council (MBPP) said.", "MBPP councillor Datuk Rozaimi Fadzil said all 118 licensed stalls would be given a place at the new site, which is 650 metres from the present one.", "He said the council had received 214 complaints about traffic and blocked fire lanes on Lorong Seruntun in 2025.", "“The night market is part of George Town, and we want it to stay part of George Town,” he said.", "“But an ambulance must be able to get down the road.”", "The council will spend RM1.4 million on lighting, toilets and a drainage upgrade at the car park, and stall rental will stay at RM120 a month."]),
    ("n66-portal-originally-ai-summary-bullets", "The Sangrefield Courier\nFollow\nChokecherry Bend schools will move to a four-day week this fall\nStory by Bexley Ortmann-Haile  •  2d  •  4 min read\nThis story was originally published by The Sangrefield Courier. Zephlo may earn revenue from this content.\nAI summary\nGenerated by AI from the article text; may contain errors.\n• The Chokecherry Bend School District RE-3 board voted 4-1 to adopt a Monday-to-Thursday schedule starting Aug. 17.\n• The change is expected to save about $640,000 a year, mostly in transportation and substitute costs.",
     ["The Sangrefield Courier", "Follow", "Chokecherry Bend schools will move to a four-day week this fall", "Story by Bexley Ortmann-Haile  •  2d  •  4 min read", "This story was originally published by The Sangrefield Courier.", "Zephlo may earn revenue from this content.", "AI summary", "Generated by AI from the article text; may contain errors.", "• The Chokecherry Bend School District RE-3 board voted 4-1 to adopt a Monday-to-Thursday schedule starting Aug. 17.", "• The change is expected to save about $640,000 a year, mostly in transportation and substitute costs."]),
    ("n66-portal-am-pm-district-said-private", "The district will run a Friday program for students in kindergarten through fifth grade at the elementary school from 7:30 a.m. to 4 p.m. for $25 a day, with free places for families who qualify for free school meals.\nColorado requires 1,080 hours of instruction a year for high school students and 990 for elementary students, and the new schedule meets both, the district said.\nKaya Bellingrath, who teaches eighth-grade science, drives 51 miles each way from Pueblo. “One less day on that road is worth more to me than a raise,” she said.",
     ["The district will run a Friday program for students in kindergarten through fifth grade at the elementary school from 7:30 a.m. to 4 p.m. for $25 a day, with free places for families who qualify for free school meals.", "Colorado requires 1,080 hours of instruction a year for high school students and 990 for elementary students, and the new schedule meets both, the district said.", "Kaya Bellingrath, who teaches eighth-grade science, drives 51 miles each way from Pueblo.", "“One less day on that road is worth more to me than a raise,” she said."]),
]  # fmt: skip
