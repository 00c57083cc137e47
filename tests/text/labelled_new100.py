"""Hundredth set of new hand-labelled pages for the hint engines (tuning set, round forty-two):
twelve WHOLE pages, head to tail, pasted from the browser as a newsroom reviewer would paste them,
from twelve countries and twelve ordinary kinds of site, where the FURNITURE is the hard part: a
NATIONAL DAILY (Ghana, Accra), a REGIONAL PAPER (Scotland, Dundee), a BROADCASTER (Malaysia,
Penang), a WIRE SERVICE's own site (Japan, Osaka), a BUSINESS SITE (South Africa, Johannesburg), a
SPORTS SITE (Trinidad and Tobago, San Fernando), a LOCAL WEEKLY (Canada, a rural municipality in
Manitoba), a MAGAZINE (the United States, the Oregon coast), a GOVERNMENT NEWS PAGE (Australia,
Queensland), an NGO's news page (Bangladesh, Sirajganj and Kurigram), a STUDENT PAPER (Ireland,
Galway) and a BLOG (Sri Lanka, Kandy). Every page carries, each worded its own way: a cookie-consent
block of several sentences; a paywall, subscription, membership, sign-in, donation or supporters
block caught in the paste; a newsletter sign-up in the middle of the story; inline "read more" or
"related" links; captions and credits; an author bio (or the minister's "About" line) at the foot;
comment-section chrome (on two pages with a pasted reader comment); an app prompt; a social embed's
chrome (the quoted post's handle or page line and its date line); a live-update timestamp strip;
and a footer with legal lines. Some furniture reads like a sentence of the story (a bio with an
award year, a minister's record in "About the Minister", "Notes to editors" on an NGO's history, a
donation line "Tk 600 a month pays one girl's stipend, books and boat fare.", "Printing costs us
€1,100 an issue.", a pull quote, "READ ALSO" headlines, a comment line repeating the headline), and
some story lines look like furniture (a rationing timetable of abbreviated weekdays, "Key findings"
lines, a "Cost:" line, match-facts lines, short embedded posts, a story subhead). The stories are
ordinary ones with speakers and figures. The pages hold 537 sentences: 329 "B", 112 "W" and 96
""; 123 sentences carry a speaker (62 distinct speakers). `STYLES` describes each page, its
story, its speakers and its furniture in order.

Written from scratch for issue 13 in round forty-two, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/` or `docs/` was opened or
listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file and no `hint_scores.py` was
opened, nothing under `tests/benchmarks/` was opened or listed, and no README of the project was
read; `claimreview` was never imported, and no test, scorer, engine or `pytest` was run. The search
and fetch tools were not used, and nothing was copied from anywhere. What was read: the brief
(`/tmp/brief` was listed; it held only the brief); `/tmp/sets` was listed once at the start, when it
held other helpers' `labelled_heldout69.py`, `labelled_heldout70.py`, `labelled_new97.py`,
`labelled_new98.py` and `labelled_new99.py`, seen as names only and never opened; the module
docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with `ast.get_docstring`);
from `labelled_new95.py` and `labelled_new96.py`, the output of a script of my own using `ast` that
prints the module docstring, `STYLES`, the first two pages of `ARTICLES` and the first eight
`CASES`: printed once (the tool cut its middle), then saved to a file in a scratch folder and
printed with `sed` in ranges, the cut parts again, so that all of it was seen except the tail of
the one long line holding `labelled_new95.py`'s `STYLES` (printed through `cut -c1-3000`, so only
its first 3,000 characters were seen); `def build` in `tests/text/labelled_articles.py` (its line
number by `grep -n`, then a `sed` range); and the `[tool.ruff]` tables of `pyproject.toml` (a `grep
-n -A20`). No other page, case or docstring of any file under `tests/` was read. What was run: a
Python one-liner printing the calendars of November and December 2026 and another printing the
weekdays of a dozen dates; a listing of the project's `.venv/bin` filtered for ruff; scripts of my
own in a scratch folder that turn a small line format (flag|speaker|cue|text, one line a paragraph
unless it starts with "+", aliases for speakers) into the literals below, move and cut lines, apply
renames, cut the split cases out of the pages, and count sentences, flags and speakers while
checking that every speaker has a cue and every cue a speaker, no "B" line has a speaker, and each
cue occurs in its sentence or in the quote it continues; whole-word, case-insensitive per-word file
counts (`grep -rilwF --include='*.py' -- WORD tests | wc -l`) over `tests/` for every capitalised
word of these pages (each part of a hyphenated name on its own), for every candidate replacement
and for the lower-case handles and e-mail names; an import of this file with `build` on every page
and a check of four string fields, flags, 30 distinct case ids, every case text in a built page and
equal to its sentences joined by single spaces, each expected sentence one labelled sentence, and
the counts above; and `ruff format` and `ruff check` on this file with `--config` pointing at the
project's `pyproject.toml` (the check also through `--stdin-filename tests/text/labelled_new100.py`
so the per-file ignores for `tests/**` apply). Only counts were read from the searches, never the
matched lines or file names. The first draft's coined people, outlets, firms and places hit about
a hundred and thirty words of other files (given names and surnames of every country, even odd
ones such as Sarpomaa, Mensimah, Strachey, Kwelera, Vukani, Moneyveld, Tessen, Tamarack,
Tayglen, Ruaridh, Bhagwansingh, Gopeesingh, Amarakoon, Mahbubul and Okonkwo); each was renamed,
about forty first-choice replacements hit as well (such as Halvorine, Lindquell, Quenbridge,
Balquharn, Kelvon, and four short Chinese surnames in a row), and only replacements with no hit
were kept; a second pass found seven more (Ann in a boat's name, Benjamin, Mc and Lall in a
line-up, Bhreasláin, Dunmarra and the bend name Pelorus), renamed the same way. The renaming
script also changed "Brent" in the market ticker and "Fernando" in San Fernando, both restored by
hand. What still hits is real places
and regions (Accra, Dansoman, Mallam, Dundee, Angus, Tayside, the Carse of Gowrie, Penang, Paya
Terubong, Jalan, Osaka, Kansai, Johannesburg, Couva, Point Fortin, Marabella, Diego Martin, Caroni,
Cairns, Mulgrave, the Tablelands, Dhaka, Sirajganj, Kurigram, Kazipur, the Jamuna, the
Brahmaputra, Galway, Salthill, Kandy and the like), common words and outlet words (Herald, Crier,
Coulee, Spark, Waterworks, Concourse, Cassowary, Harriers, Rangers, Swifts, Stars, Insider,
Bundles, Plugin, Sembilan, Nasional, Seberang and the like), market and currency labels (JSE, ALSI,
ZAR, Tk, Rs, GH), and titles and abbreviations kept or dropped on purpose (Datuk, Ir, Cllr, Coun,
Reeve, Dr, Mr, Ms, Md, Upazila Nirbahi, Ltd, Pty, Sdn, Bhd, Inc, LLC, Reg, No, Vol, Est, Hwy, St).

Every person, outlet, broadcaster, wire service, magazine, blog, student paper, trust, utility, bus
operator, railway, mobile operator, developer, securities firm, consumer group, guild, union,
association, cooperative, club, league, cup, stadium, municipality, village, publisher, fund, road,
bend, street, handle, e-mail address and figure is invented. Real countries, regions, cities and
places appear only as settings: Ghana, Accra, Nyanyano, Weija, Kasoa, Gbawe, Ablekuma, Mallam,
Dansoman and the other suburbs of the timetable; Scotland, Dundee, Angus, Perth, Perthshire, Fife,
Tayside, Invergowrie, Longforgan and the Carse of Gowrie; Malaysia, Penang, George Town and Paya
Terubong; Japan, Osaka, Umeda, Takarazuka, Tokyo and the Kansai region; South Africa, Johannesburg,
Sandton, Nigeria and the JSE; Trinidad and Tobago, San Fernando, Claxton Bay, Marabella, Couva,
Point Fortin, Diego Martin and Caroni; Canada, Manitoba and Hwy. 12; the United States, Oregon,
Newport, Astoria, Warrenton, Waldport, Portland, the Yaquina, the Columbia, Alaska and Canada;
Australia, Queensland, Cairns, Far North Queensland and Barron River; Bangladesh, Dhaka, Sirajganj,
Kurigram, Kazipur, Bogura, the Jamuna and the Brahmaputra; Ireland and Galway; Sri Lanka and Kandy
with its lake, Clock Tower and Temple. Facebook, X, Twitter, Instagram, WhatsApp, LinkedIn, iOS,
Android, the App Store and Google Play appear only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, menu, byline, date, share line, caption, credit, link, list item,
box line, button row and legal line is a paragraph of its own); each paragraph a list of sentences
`(text, speaker, cue, flags)`, flags "W", "B" or "". The points the recent sets state hold too:
furniture "B" line by line, whatever it says; a caption by its content and its credit "B";
headlines and standfirsts never split and flagged by content; a dateline belongs to its lead
sentence; a pronoun, a later surname, a role or a title resolved to the full name as first given,
without titles; an organisation's later generic noun kept as written ("The company", "the company",
"The guild", "The city council"); "according to X" with X as written; a quote over several
sentences carrying its speaker and cue; a named person acting without a verb of saying carries no
speaker; sport data lines "" and a box's title "B"; "declined to comment" "".

Conventions this set had to settle, in the same spirit (FURNITURE):

* Cookie-consent blocks: every sentence "B" however much it reads like prose ("Hi there.", "That's
  it.", "We don't sell your information."), and the button row one "B" line.
* Paywalls, sign-in walls, memberships, donations and supporters' blocks: every sentence "B", also
  those that state a figure or read like a claim ("You have read 4 of your 5 free stories this
  month.", "Printing costs us €1,100 an issue.", "Tk 600 a month pays one girl's stipend, books and
  boat fare."); prices with "p/m" and "$7.99/mo." never split.
* Newsletter sign-ups, app prompts, share lines, "READ ALSO", "Read more", "RELATED", "ALSO ON",
  "You might also like", "Related statements" and report links: "B", even when the linked headline
  reads like a claim of fact.
* Author bios and their kin: "B" even with checkable facts (a reporting award in 2024, a
  sports writer at "all four" finals, a minister's election year under "About the Minister", an
  NGO's founding year and reach under "Notes to editors", a student editor's beat).
* A pull quote repeating a sentence of the story is "B" (a second copy set in large type, not a
  second statement); the quote in the body carries the label.
* Comment chrome (counts, sort and moderation lines, "Join the debate", "Leave a comment", "Was this
  page helpful?", "Facebook Comments Plugin", "6 thoughts on “...”") is "B", and so is a reader
  comment pasted with it, its handle and time line ("Sikafuor_K · 3h", "Harshadeva P. says:") and
  every sentence of its text: a reader's comment is page furniture, not the story, and a "says:"
  in it is no cue.
* Social embeds: the handle or page-name line, the date line, the reaction and view counts and the
  "View ... on Instagram" line are "B"; the post's own text is labelled by its content ("W" for a
  result, an order or a date of record, "" for thanks, prayers or notices) and carries NO speaker,
  since no verb of saying stands in it; the story sentence that introduces the post carries the cue
  ("wrote on X").
* Timestamp strips ("Updated 2:52 PM GMT · First published ...", "Last updated: 18 minutes ago",
  "RESULTS LIVE · Updated 11:42pm · ...", "Page last updated: ...", "Posted on ... · Updated ...")
  and live score and market tickers are "B".
* Footers: every legal line "B", split where a reviewer would: "Ltd." and "K.K." and "LLC." before
  "All rights reserved."; "(Pty) Ltd." before "Reg. No. 2011/004417/07." before "All rights
  reserved."; "Ltd 2026." before the trading-name line, which ends "No. SC412873." before the
  registered office; "Inc." before a street address with "St. N.,"; "Sdn. Bhd. (201001023456).".
* Government statement furniture: "Joint statement", the minister's and member's name and
  portfolio lines, the date line, "Image supplied", "ENDS", the media contact and the
  acknowledgement line are "B"; the statement's own sentences are story text.
* Story lines that look like furniture are story text: a rationing timetable ("Mon., Wed. and
  Fri.: ...") and "Key findings" lines and a "Cost:" line are "W" (decisions and figures of
  record), a schedule with "weather permitting" and traffic advice are "", match-facts lines are
  "" data; a subhead inside the story ("Which areas get water, and when") is "" while a box's
  title ("Key findings", "Project at a glance", "MATCH FACTS") is "B".

Conventions this set had to settle (SPEAKERS and FLAGS):

* "X will ..., the company said/has confirmed" in a lead that names the firm keeps "the company" as
  written (as in `labelled_new95.py`); "it said" after "The company said" is a pronoun and resolves
  to the organisation as first given ("The Odumase Water Company"); a developer introduced as "The
  developer, Rimbaterang Properties Sdn. Bhd.," is "Rimbaterang Properties Sdn. Bhd." (the
  descriptor goes).
* Standfirsts carry what the body names ("Utility says" = the utility, "Firm says" = the bus
  operator) or a group as written ("Consumer groups say", "Flat owners ask", both "").
* Titles and role words go ("Datuk Ir.", "Cllr", "Coun.", "Reeve", "Fire Chief", "Dr.", "Mr",
  "Ms", "Operating director", "Chief executive", "Municipal Commissioner", "Upazila Nirbahi
  Officer", "Member for Barron River", "Students' Union president"); "Md." stays, as the
  abbreviation of a given name and not a title ("Md. Tanzilur Hasnatuzzaman-Bhuiyanpur"); Irish
  particles stay ("Tadhgánach Ó Fiachrach-Beglan").
* Cues as written: "told journalists", "told reporters", "told a news conference", "told analysts
  on a call", "told council", "told me" (the blogger), "wrote on X", "said in a statement", "said in
  a note", "said in a letter to members", "has confirmed", "according to", "found" ("the report
  found"), "asked" (both sentences of a two-question quote), "declined to comment", and "said" for
  a quoted sentence standing after its attribution ("“Nobody likes ...,” she said. "But our data
  prices ..."").
* Check-worthiness as in the recent sets: figures, dates, votes, decisions, orders, findings,
  comparisons and causal claims by those in charge "W" (a resident's report of cracks to the council
  and a student's count of gym machines too); plans, forecasts, hedges ("would", "expected",
  "likely", "could", "hopes"), opinions, feelings, thanks, advice and questions ""; private people's
  own lives (a trader's dry tap, a pensioner's taxi fare, a commuter's pass, a farmer's taxes, a
  crabber's loan, a mother's story, a driver's fares) "" while a business's, a cooperative's, a
  union's or a guesthouse's figures are "W".

Splits, as a reviewer wants them: "3 a.m. on Sunday." before "The pipe"; "Mon., Wed. and Fri.:"
and "Tue., Thu. and Sat.:" never split; "Four buckets!” she said." one sentence; "Ltd." before "All
rights reserved."; "Ltd 2026.", "No. SC412873." and "DD1 4QT."; "Got a story?" before an e-mail
address; "Datuk Ir. Halimatun" and "Sdn. Bhd.," mid-sentence and "Sdn. Bhd. (201001023456)." at a
sentence's end; "6.20pm after"; "“We sent photos. We sent letters. Nobody came,” she said." as
three; "Sept. 2 and"; "Jan 31." and "Nov 24 (Kurogasa) -"; "Co. said"; "K.K."; "(Pty) Ltd." and
"Reg. No. 2011/004417/07."; a quoted sentence after its attribution; "18+ only." and "Bet
responsibly."; "Fifteen years!” he said."; "Nov. 24 meeting", "Main St. in", "Hwy. 12." before a
quote with "3 a.m.,", "$7.99/mo. or", "Jan. 15." before "Council hopes", "Inc." before "33 Main St.
N.,"; "Hi there."; "Dec. 16, because", "Dec. 1, 2026 ·"; "LLC, Portland," and "LLC." before "All
rights reserved."; "Mr Tarrangower-Fitchmorrow said." and "Ms ... said."; "7 a.m. and 5 p.m."
before "Motorists"; "Dr. Shaheenara", "Md. Tanzilur", "Reg. No. DS-1187/96."; "Where would she
sleep? On the boat?” she asked." as two; "7pm on Thursday." before "Turnout"; "Vol. 39, Issue 6";
"Rs. 120" and "Rs. 100"; "Rs. 220." before "I am not"; "9.30 a.m. at"; "Harshadeva P. says:";
"Finally!" before "Hope". `CASES` holds 30 sentence-split cases (id, text, expected sentences),
each a stretch of two to four consecutive sentences of one paragraph of these pages joined by
single spaces: what a reviewer wants, not what the engine does.
"""

STYLES = [
    'Ghanaian NATIONAL DAILY\'s Greater Accra page: a water utility rations supply to 19 western Accra communities for three weeks after a transmission main bursts; the utility said in an ACCRA — dateline lead, its managing director after Its managing director with told journalists and a two-sentence quote ending "3 a.m. on Sunday." before "The pipe", a timetable of abbreviated weekdays (Mon., Wed. and Fri.:) as story lines "W" under a story subhead "", a tanker union chairman (figures "W", quote ""), the sanitation minister who wrote on X, her embedded post (handle line and date-and-views line "B", the post\'s text by content with no speaker), a trader\'s own tap and a quote with an exclamation before she said, an engineers\' guild said in a statement and The guild said, The company said and it said (the utility); furniture: masthead in capitals, date-weather-e-paper strip with middle dots, a two-sentence cookie block, menu with pipes, section label with ›, headline and a standfirst "Utility says" carrying the utility, byline with role, an Updated/First published strip, share line, caption "" and PHOTO credit in capitals with a pipe, a MORNING BRIEF newsletter line mid-story, READ ALSO link that reads like a headline, a premium paywall block with a free-story count and a price, an app prompt, a two-sentence author bio with an award year, a comment count, a moderation note, a pasted reader comment with handle and time (two "B" sentences, one a question), footer links and copyright split at Ltd.',
    'Scottish REGIONAL PAPER\'s Dundee page: a bus operator withdraws six routes; a caption of record "W" and credit "B", the lead\'s "the company has confirmed" kept as written, routes in the writer\'s voice, the operating director after her role (vacancies and cancellations "W", quote ""), the transport convener with Cllr after a long role (talks requested "W"; a two-sentence quote, subsidy "W", opinion ""), the operator\'s Facebook post embedded (page name and date line "B", post text "" with no speaker), a newsletter line, the MSP after her name with an apposition (a letter and a pilot of record "W"), a pensioner\'s own bus and taxi fare "", a subscription block, The company said (pay and trainees "W"), A spokesperson for the regional transport partnership declined to comment; furniture: masthead in capitals, three-sentence cookie block, menu, section label with ›, headline, standfirst "Firm says" carrying the operator, byline name alone, Last updated strip, share line, Read more link that reads like a headline, bio with an email address, app prompt, comment chrome in two lines, footer of three sentences split at "Ltd 2026." and "No. SC412873." before the registered office.',
    'Malaysian BROADCASTER\'s Penang page with video: a hillside landslide kills two workers and the state orders an audit of 48 sites; a GEORGE TOWN: dateline lead whose speaker (the state committee chairman) is named last with Datuk Ir. dropped and told reporters, then She said and a two-sentence quote, the fire and rescue director (recovery at 6.20pm "W", He said), the developer ending "Sdn. Bhd.," with said in a statement and The company said, a resident\'s complaint to the council "W" and a quote of three short sentences ending she said, the chairman\'s Instagram post (handle line, likes-and-date line "B"; a prayer "" and an order "W"), The city council said (an inspection on Sept. 2 "W"); furniture: channel name in capitals, WATCH LIVE and radio strip, three-sentence cookie block, menu, section label, headline, standfirst with Flat owners ask kept as written, byline, two-time strip with MYT and Updated, video duration line, video caption "" and Video: credit, ALSO ON S9 link, a sign-in wall with a Premium price, a WhatsApp briefing line, app prompt, bio, comment chrome (a question, a log-in line, a disclaimer), copyright split at "Sdn. Bhd. (201001023456)." before All rights reserved.',
    'Japanese WIRE SERVICE\'s own site (Osaka): a private railway raises fares 9.2% from April; an OSAKA, Nov 24 (Kurogasa) - dateline lead carrying the operator ending in Co. through said, fares in the writer\'s voice "W", the president who told a news conference (ridership and power costs "W", straight-quoted quote "", He said with a revenue forecast ""), A transport ministry official said (approval and a hearing count "W"), an analyst said in a note (a likely-hedge "") and She said (a margin "W"), the operator\'s X post (handle and date lines "B", text by content), a share price of record, a commuter\'s own pass and her quote ""; furniture: agency name in capitals, menu with pipes, three-sentence cookie block opening "This site uses cookies.", section label, headline, byline, date line with GMT+9 and Updated, file-photo caption "" and credit with slashes, a register-or-subscribe wall with a yen price, a newsletter line mid-story, the credits line in brackets as one "B", app prompt, bio and contact line, a comments-closed line, More from list, copyright split at "K.K." and a data-delay line with a links strip.',
    'South African BUSINESS SITE\'s telecoms page (Johannesburg): a mobile operator raises prepaid data prices and scraps a streaming "subscription" bundle (the word belongs to the story here); the lead "..., the company said on Wednesday," kept as written ("the company"), bundle prices "W", the company said again as written, the chief executive who told analysts on a call (spending and diesel costs "W"; a quote "" and a second quoted sentence AFTER its attribution carrying said, "W" as a comparison), an analyst said in a note (a share "W") and He said (a likely-hedge ""), a consumer group director (an opinion "" and complaints "W"), The communications regulator said (a notice rule "W"), the operator\'s X post (handle and date lines "B", text ""), a share price "W"; furniture: site name in capitals, market ticker strip, three-sentence cookie block, menu, section label with a slash, headline, standfirst with Consumer groups say kept as written, byline, Published/Updated strip, caption "" and Picture: credit, a PREMIUM paywall with "p/m", ALSO READ link, a newsletter line, a two-sentence investment disclaimer, bio with an X handle, app prompt, comment count and a premium-only line, copyright in three sentences split at "(Pty) Ltd." and "Reg. No. 2011/004417/07.".',
    'Trinidad and Tobago SPORTS SITE\'s football page: a cup final won in extra time; the match in the writer\'s voice (result, minutes, scorers "W"), a caption of record "W" and PHOTO credit, the winning head coach (an instruction "", a quote with an exclamation before he said, a budget figure "W"), the league chief executive (prize money "W"), the losing coach (a penalty claim of record "W" and a quote ""), The referees\' association declined to comment, the club\'s Instagram post (handle and date lines "B", text ""), a MATCH FACTS box (title "B", line-up, goals and attendance lines "" data); furniture: site name in capitals, a live score ticker, two-sentence cookie block, menu, section label with ›, headline and standfirst of record, byline, date strip with AST and Updated, an INSIDER membership block with prices, a newsletter line mid-story, READ MORE link, ADVERTISEMENT and a three-sentence betting notice opening "18+ only.", app prompt, a bio of record "B", FAN ZONE comment chrome with two rules, copyright with links.',
    'Canadian LOCAL WEEKLY\'s page (a rural municipality in Manitoba): council passes a 4.9% tax rise and a $3.2M fire hall; a caption of record "W" naming the fire chief, the vote in the writer\'s voice with "Nov. 24 meeting", the chief administrative officer who told council, the reeve with Reeve dropped (a hall on "Main St. in" "W"; a quote ending with the surname and said, its second sentence "W"), a councillor with Coun. dropped (an opinion "" and a reserve figure "W"), the fire chief with Fire Chief dropped (calls "W", "Hwy. 12." before a quote with "3 a.m.,"), a farmer\'s own taxes told council and a two-sentence quote "", the RM\'s Facebook post (page name, date line and counts "B"; adoption "W", mailing plan ""), A spokesperson for the province\'s municipal relations department said (an application of record "W"), tenders closing "Jan. 15." "W" before "Council hopes ..., the reeve said." ""; furniture: masthead in capitals, serving-since strip, three-sentence cookie block, menu, a print-subscriber note with a question, section label, headline, byline with role, Posted/Last edited strip with a.m., photo credit, a newsletter line, RELATED link, a paywall with "$7.99/mo.", a letters note, app prompt, bio with phone and email, Facebook comments chrome, publisher line split at "Inc." before a street address with "St. N.,", copyright with links.',
    'American MAGAZINE\'s feature (Oregon coast), from a monthly issue: the Dungeness crab season is delayed again; scene-setting "", the delay to "Dec. 16," and the meat-fill rule with percent "W", a crabber named only AFTER his quote (said X, who has fished ...) whose gear and loan are his own "", a caption "" and photograph credit, a PULL QUOTE repeating his words "B", a state biologist (on-time openings and a causal claim "W"), a cooperative said in a letter to members (lost orders "W"), a processor\'s hiring cut "W" (a business\'s record), the cooperative\'s Instagram post (handle, view-on line and date "B"; the new date "W", thanks ""), a closing scene ""; furniture: magazine name in capitals, a four-sentence cookie block opening "Hi there.", menu, FROM THE ... ISSUE label, headline "" and standfirst "", written-by/photographs-by line, published-online strip with read time, a newsletter line, a subscription block opening with a question, a You might also like link, a funding note, a two-sentence bio, app prompt, comment chrome, publisher line with "LLC, Portland," and copyright split at "LLC." before All rights reserved, a privacy link.',
    'Australian GOVERNMENT NEWS PAGE (Queensland ministerial media statement): $18.6 million to fix three bends on a range road west of Cairns; Joint statement, minister and member lines and the date "B", a caption "" with Image supplied, the works and scope in the writer\'s voice "W", the minister after his portfolio (crashes "W"; a quote ending "Mr ... said."; jobs and completion forecasts ""), the local member after her seat (a rollover of record "W", a quote ending "Ms ... said."), a road-safety group chair (a count "W"), a Project at a glance box (title "B", cost "W", construction window "" and traffic advice "" with "7 a.m. and 5 p.m." before "Motorists"), the minister\'s Facebook video post (page name, date and view lines "B"; text "" and "W"); furniture: site title, menu, three-sentence cookie block, headline, a roadworks alerts sign-up mid-statement, ENDS, media contact, Related statements link, a Subscribe to media statements block, app prompt, an About the Minister bio of record "B", feedback chrome (Was this page helpful? and an anonymity note), Page last updated strip, an acknowledgement line, legal links and copyright.',
    'Bangladeshi NGO\'s news page (a trust working on river islands, Sirajganj and Kurigram): a press release on child marriage; a DHAKA, 26 November 2026 — dateline lead through according to a survey published on Thursday by the trust, a survey in the writer\'s voice and "the report found", a Key findings box (title "B", three finding lines "W"), a caption "" and credit, the executive director with Dr. dropped (a stipend programme "W", a quote ""), the survey lead (a comparison "W"), a mother\'s own story with a two-sentence question quote ending she asked "", the upazila officer with his role dropped and Md. kept (stopped marriages "W"), the trust\'s X post (handle and date lines "B"; a finding "W" and "Full report below." ""); furniture: name in capitals, menu, three-sentence cookie block, section label with ›, PRESS RELEASE label, headline, Published/Last updated strip with BST, share line, a donation block whose price line reads like a fact "B", a newsletter line, a report link with PDF size, Notes to editors with an organisational history of record "B", media enquiries line, app prompt, author bio, comment chrome, registration line with "Reg. No." and copyright.',
    'Irish STUDENT PAPER\'s news page (Galway): students vote for a €40 sports centre levy; a RESULTS LIVE strip "B", the result and turnout in the writer\'s voice ("7pm on Thursday." before Turnout), the students\' union president (levy start and centre cost "W"; a quote whose first sentence is a record "W" and second ""), the No campaign leader (fees and rent "W", quote ""), A university spokesperson said (a meeting and a could-plan ""), a student who voted Yes "" and his gym figure "W", the union\'s Instagram post (handle and date "B"; result "W", thanks ""); furniture: masthead in capitals, tagline with Est., three-sentence cookie block ending "That\'s it.", menu, section label, headline, byline with role, date, caption "" and credit, a newsletter line, READ MORE link, a donation block stating printing costs "B", a print-edition note opening "Vol. 39, Issue 6", a home-screen prompt, a two-sentence bio, comment chrome, an independence line and copyright.',
    'Sri Lankan BLOG post (Kandy), first person: the municipal council makes three-wheeler meters compulsory from January 1, 2027; the blogger\'s own experience and plan "", the vote and fares with "Rs. 120" and "Rs. 100" "W", a caption "" and credit, the municipal commissioner who told me (registrations and meters "W", a two-sentence quote ""), the drivers\' association president (meter price "W", a grace-period plan ""), a driver\'s own fares and a quote with "Rs. 220." before "I am not crying about it,” he said, laughing." "", the association\'s Facebook post (page name and date "B"; a meeting at "9.30 a.m. at" and an instruction ""), a guesthouse owner\'s guests\' fares "W"; furniture: blog name in capitals, three-sentence cookie note, menu with middle dots, Posted on ... by ... · Updated strip, Filed under line, a supporters-only block with a rupee price, an email sign-up in two sentences, Related link, app prompt, a two-sentence "About" bio, a comment count line repeating the headline, a reader comment with "P. says:" and a time line and its two sentences "B", a reply prompt, a required-fields note, copyright in two sentences.',
]

ARTICLES = [
    # gh
    [
        [
            ("THE ASANTEWOSO HERALD", "", "", "B"),
        ],
        [
            ("Monday, November 23, 2026 · Accra 31°C · E-Paper · Sign in", "", "", "B"),
        ],
        [
            (
                "The Herald and its 214 partners use cookies to keep you signed in, remember your settings and show adverts that suit your interests.",
                "",
                "",
                "B",
            ),
            (
                'You can withdraw consent at any time from "Cookie settings" at the foot of every page.',
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Home | News | Politics | Business | Regions | Sports | Showbiz | Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("NEWS › GREATER ACCRA", "", "", "B"),
        ],
        [
            (
                "19 western Accra communities put on water rationing after main bursts at Nyanyano",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Utility says full supply should be back by December 14 as tanker prices climb to GH₵450 a load",
                "The Odumase Water Company",
                "says",
                "W",
            ),
        ],
        [
            ("By Ekuaba Brempomaa-Nkansabea, Environment Correspondent", "", "", "B"),
        ],
        [
            ("Updated 2:52 PM GMT · First published 6:10 AM GMT, Nov. 23, 2026", "", "", "B"),
        ],
        [
            ("Share   Facebook   X   WhatsApp   Email", "", "", "B"),
        ],
        [
            ("Residents fill jerrycans from a private tanker at Gbawe on Sunday.", "", "", ""),
        ],
        [
            ("PHOTO: EKOWBA BAIDENKYI-ANSAFULO | HERALD", "", "", "B"),
        ],
        [
            (
                "ACCRA — The Odumase Water Company said on Monday it would ration supply to 19 communities in western Accra for three weeks after a 1,200mm transmission main burst at Nyanyano late on Saturday.",
                "The Odumase Water Company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Its managing director, Afrakomaa Kumapem-Asiedua, told journalists at the company's head office that the burst had cut output to the western network by about 42 per cent, from 31 million gallons a day to 18 million.",
                "Afrakomaa Kumapem-Asiedua",
                "told journalists",
                "W",
            ),
        ],
        [
            (
                "“Our engineers have been on site since 3 a.m. on Sunday.",
                "Afrakomaa Kumapem-Asiedua",
                "said",
                "W",
            ),
            (
                "The pipe is 38 years old, and it failed at a joint that was already on our replacement list for March,” she said.",
                "Afrakomaa Kumapem-Asiedua",
                "said",
                "W",
            ),
        ],
        [
            ("Which areas get water, and when", "", "", ""),
        ],
        [
            (
                "Mon., Wed. and Fri.: Ablekuma, Mallam, Gbawe, Sakaman, Dansoman and four smaller areas",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Tue., Thu. and Sat.: Kasoa, Old Barrier, McCarthy Hill, Weija, Tetegu and three smaller areas",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "THE HERALD MORNING BRIEF: five stories Accra is talking about, in your inbox before you leave the house.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Kwadjoba Bentum-Asareyeh, chairman of the Greater Accra Water Tanker Operators Union, said members were charging GH₵380 to GH₵450 for a 2,000-gallon load, up from about GH₵250 last week.",
                "Kwadjoba Bentum-Asareyeh",
                "said",
                "W",
            ),
            (
                "“Every tanker is doing double trips, and the queue at the filling point is four hours,” he said.",
                "Kwadjoba Bentum-Asareyeh",
                "said",
                "",
            ),
        ],
        [
            ("READ ALSO: Tanker operators deny fixing prices as Accra taps run dry", "", "", "B"),
        ],
        [
            (
                "The Minister for Sanitation and Water Resources, Owusuakwa Dedeiwaa Ampratwum-Sefenu, wrote on X that she had ordered the company to send 60 tankers to schools, clinics and markets in the affected areas.",
                "Owusuakwa Dedeiwaa Ampratwum-Sefenu",
                "wrote on X",
                "W",
            ),
        ],
        [
            ("Owusuakwa Dedeiwaa Ampratwum-Sefenu ✓ @OwusuaaAmpratwum", "", "", "B"),
        ],
        [
            (
                "I have directed OWC to deploy 60 tankers to schools, clinics and markets in the affected communities from today.",
                "",
                "",
                "W",
            ),
            ("Please store water safely and report any leaks you see.", "", "", ""),
        ],
        [
            ("8:14 AM · Nov 23, 2026 · 41.7K Views", "", "", "B"),
        ],
        [
            (
                "At Gbawe, trader Adjoabea Mensikwaa-Quaynorfo said her tap had been dry since Saturday morning.",
                "Adjoabea Mensikwaa-Quaynorfo",
                "said",
                "",
            ),
            (
                "“I paid GH₵40 for four buckets this morning.",
                "Adjoabea Mensikwaa-Quaynorfo",
                "said",
                "",
            ),
            ("Four buckets!” she said.", "Adjoabea Mensikwaa-Quaynorfo", "said", ""),
        ],
        [
            (
                "The Coastal Waterworks Engineers' Guild said in a statement that at least 40 per cent of the company's mains in Accra were more than 30 years old.",
                "The Coastal Waterworks Engineers' Guild",
                "said in a statement",
                "W",
            ),
            (
                "The guild said it had warned the company about the Nyanyano line in a report submitted in March 2024.",
                "The guild",
                "said",
                "W",
            ),
        ],
        [
            ("HERALD PREMIUM", "", "", "B"),
        ],
        [
            ("You have read 4 of your 5 free stories this month.", "", "", "B"),
            (
                "Subscribe from GH₵25 a month to keep reading, and cancel whenever you like.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The company said the repair would cost about GH₵6.8 million, to be paid from its own maintenance budget.",
                "The company",
                "said",
                "W",
            ),
            (
                "Welding was expected to finish by December 12, with full supply back by December 14, it said.",
                "The Odumase Water Company",
                "said",
                "",
            ),
        ],
        [
            (
                "Get the Herald app: water schedules, power cuts and breaking news on your phone the minute we publish.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Ekuaba Brempomaa-Nkansabea covers environment, water and sanitation for the Herald.",
                "",
                "",
                "B",
            ),
            ("She was named Ghana's environment reporter of the year in 2024.", "", "", "B"),
        ],
        [
            ("57 comments", "", "", "B"),
        ],
        [
            ("Comments are checked by a moderator before they appear.", "", "", "B"),
        ],
        [
            ("Sikafuor_K · 3h", "", "", "B"),
        ],
        [
            ("Same story every dry season.", "", "", "B"),
            ("When will they replace those pipes?", "", "", "B"),
        ],
        [
            (
                "About Us | Contact | Advertise | Terms of Use | Privacy Notice | Cookie settings",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Asantewoso Herald Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # sc
    [
        [
            ("THE CARSEBRAE PRESS", "", "", "B"),
        ],
        [
            (
                "We use essential cookies to make this site work, and we would like to set optional analytics and advertising cookies too.",
                "",
                "",
                "B",
            ),
            ("Advertising cookies help pay for the local journalism you are reading.", "", "", "B"),
            ("We will not set optional cookies unless you switch them on.", "", "", "B"),
        ],
        [
            (
                "News  Sport  Business  Politics  Past Times  Property  Jobs  Obituaries",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Dundee", "", "", "B"),
        ],
        [
            (
                "Six Dundee and Angus bus routes to go in January as operator blames driver shortage",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Firm says it is 41 drivers short, as convener calls for emergency talks over £1.9m subsidy",
                "Tarrowmuir Buses",
                "says",
                "W",
            ),
        ],
        [
            ("Torcuilean Pettigallow", "", "", "B"),
        ],
        [
            ("Last updated: 18 minutes ago", "", "", "B"),
        ],
        [
            ("Facebook  Twitter/X  WhatsApp  Email  Copy link", "", "", "B"),
        ],
        [
            (
                "The 14 bus at Invergowrie, one of six routes to be withdrawn on January 10.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Image: Murdinella Morlaggan/Carsebrae Press", "", "", "B"),
        ],
        [
            (
                "Tarrowmuir Buses will withdraw six routes in Dundee and Angus on Sunday January 10, the company has confirmed, leaving three villages in the Carse of Gowrie without a daily bus.",
                "the company",
                "has confirmed",
                "W",
            ),
        ],
        [
            (
                "The routes, which carry about 2,300 passengers a day between them, are the 14, 14A, 27, 31, 39 and the X9 to Perth.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Operating director Seonagh Aikenhallow-Balgrummoch said the firm had 41 driver vacancies out of 318 posts and had cancelled 1,140 journeys in October alone.",
                "Seonagh Aikenhallow-Balgrummoch",
                "said",
                "W",
            ),
            (
                "“We would rather run a smaller timetable properly than a bigger one that lets people down every morning,” she said.",
                "Seonagh Aikenhallow-Balgrummoch",
                "said",
                "",
            ),
        ],
        [
            (
                "Read more: Dundee bus users ‘paying more for less’, passenger survey finds",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The city council's climate, environment and transport convener, Cllr Eoghanrick Dunbennet-Kilspindie, said he had asked the company and the regional transport partnership for emergency talks.",
                "Eoghanrick Dunbennet-Kilspindie",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Tarrowmuir took £1.9 million in public subsidy last year.",
                "Eoghanrick Dunbennet-Kilspindie",
                "said",
                "W",
            ),
            (
                "The people of Longforgan deserve better than a Facebook post,” he said.",
                "Eoghanrick Dunbennet-Kilspindie",
                "said",
                "",
            ),
        ],
        [
            ("Tarrowmuir Buses", "", "", "B"),
        ],
        [
            ("19 November at 17:42 · 🌐", "", "", "B"),
        ],
        [
            (
                "We know these changes will be hard for some of our customers, and we are sorry.",
                "",
                "",
                "",
            ),
            (
                "Full details of the new timetable from 10 January are on our website and at our Dundee travel centre.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Tayside Today: the day's local news, free in your inbox at 7am.", "", "", "B"),
        ],
        [
            (
                "Mhairead Corbreckie-Auchtermair, the MSP for the area, said she had written to the transport secretary asking for the routes to be included in a £4 million rural bus pilot announced in September.",
                "Mhairead Corbreckie-Auchtermair",
                "said",
                "W",
            ),
        ],
        [
            (
                "Gilleasbaigh Tullochardie-Bowse, 78, from Longforgan, said the 14 was his only way of getting to hospital appointments in Dundee.",
                "Gilleasbaigh Tullochardie-Bowse",
                "said",
                "",
            ),
            (
                "“It's a taxi or nothing now, and a taxi is £22 each way,” he said.",
                "Gilleasbaigh Tullochardie-Bowse",
                "said",
                "",
            ),
        ],
        [
            ("Support The Carsebrae Press", "", "", "B"),
        ],
        [
            (
                "Our reporters sit through council meetings, court cases and community council AGMs so you don't have to.",
                "",
                "",
                "B",
            ),
            ("Subscribe today for 3 months for £3, then £6.99 a month.", "", "", "B"),
        ],
        [
            (
                "The company said it had raised starting pay for drivers to £15.40 an hour in September and had 26 trainees due to qualify in February.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the regional transport partnership declined to comment before the talks.",
                "A spokesperson for the regional transport partnership",
                "declined to comment",
                "",
            ),
        ],
        [
            ("Torcuilean Pettigallow is our transport and infrastructure reporter.", "", "", "B"),
            ("Got a story? Email torcuilean.pettigallow@carsebraepress.co.uk", "", "", "B"),
        ],
        [
            (
                "Get The Carsebrae Press app for breaking news alerts from across Tayside.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Join the debate", "", "", "B"),
        ],
        [
            (
                "Comments are open for 48 hours and are moderated in line with our community guidelines.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© Carsebrae Press Ltd 2026.", "", "", "B"),
            (
                "The Carsebrae Press is a trading name of Taymorrach Media Ltd, registered in Scotland No. SC412873.",
                "",
                "",
                "B",
            ),
            ("Registered office: 12 Brollochan Wynd, Dundee DD1 4QT.", "", "", "B"),
        ],
    ],
    # my
    [
        [
            ("SEBERANG 9 NEWS", "", "", "B"),
        ],
        [
            ("● WATCH LIVE: Seberang 9 | Radio S9 FM 97.4", "", "", "B"),
        ],
        [
            (
                "Seberang 9 uses cookies and similar technologies to stream video, remember where you stopped watching and learn which programmes you like.",
                "",
                "",
                "B",
            ),
            ("Some of these cookies are set by our advertising and video partners.", "", "", "B"),
            (
                'Select "Customise" to choose which ones we may use, or "Agree" to accept them all.',
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home  Nasional  Penang  Business  World  Sports  Programmes  Podcasts", "", "", "B"),
        ],
        [
            ("PENANG", "", "", "B"),
        ],
        [
            (
                "State orders safety audit of 48 hillside sites after Paya Terubong landslide kills two",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Flat owners ask who approved the slope works above their homes",
                "Flat owners",
                "ask",
                "",
            ),
        ],
        [
            ("Wanadlina Faziyah Kamarulsyukri", "", "", "B"),
        ],
        [
            ("24 Nov 2026 09:41 PM MYT · Updated 25 Nov 2026 07:15 AM MYT", "", "", "B"),
        ],
        [
            ("▶ 2:41", "", "", "B"),
        ],
        [
            ("Rescuers search the debris on Jalan Paya Terubong on Tuesday afternoon.", "", "", ""),
        ],
        [
            ("Video: Seberang 9 / Khooi Suatliang Ruibang", "", "", "B"),
        ],
        [
            (
                "GEORGE TOWN: The Penang government has ordered a safety audit of 48 hillside construction sites after a landslide at Paya Terubong on Tuesday killed two workers and buried three cars, state infrastructure and transport committee chairman Datuk Ir. Halimatun Sa'diah Marzukhairi told reporters.",
                "Halimatun Sa'diah Marzukhairi",
                "told reporters",
                "W",
            ),
        ],
        [
            (
                "She said the audit would be carried out by 12 engineers from the state works department and two universities, with a report due by Jan 31.",
                "Halimatun Sa'diah Marzukhairi",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Stop-work orders have been issued to the developer and the main contractor.",
                "Halimatun Sa'diah Marzukhairi",
                "said",
                "W",
            ),
            (
                "Nobody should think a permit from 2019 protects them if the slope is not safe,” she said.",
                "Halimatun Sa'diah Marzukhairi",
                "said",
                "",
            ),
        ],
        [
            (
                "State fire and rescue department director Muzaffarul Ikhram Sazaliaksa said the bodies of the two workers, both in their 30s, were recovered at 6.20pm after a nine-hour search.",
                "Muzaffarul Ikhram Sazaliaksa",
                "said",
                "W",
            ),
            (
                "He said about 3,500 cubic metres of earth had slid onto the road from a cut slope 40m above it.",
                "Muzaffarul Ikhram Sazaliaksa",
                "said",
                "W",
            ),
        ],
        [
            ("ALSO ON S9: What Penang's 2019 hillside guidelines actually say", "", "", "B"),
        ],
        [
            ("Sign in to keep watching", "", "", "B"),
        ],
        [
            (
                "Create a free Seberang 9 account to keep watching our videos and reading our reports.",
                "",
                "",
                "B",
            ),
            (
                "S9 Premium members get ad-free live TV and full-length replays from RM12.90 a month.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The developer, Rimbaterang Properties Sdn. Bhd., said in a statement that it had complied with every condition of its planning permission and was cooperating with the authorities.",
                "Rimbaterang Properties Sdn. Bhd.",
                "said in a statement",
                "W",
            ),
            (
                "The company said it had appointed an independent geotechnical consultant on Wednesday.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Thevamalar Ramalingham-Pereirasamy, who lives in Block C of the flats below the slope, said residents had reported cracks in the retaining wall to the city council in August.",
                "Thevamalar Ramalingham-Pereirasamy",
                "said",
                "W",
            ),
        ],
        [
            ("“We sent photos.", "Thevamalar Ramalingham-Pereirasamy", "said", ""),
            ("We sent letters.", "Thevamalar Ramalingham-Pereirasamy", "said", ""),
            ("Nobody came,” she said.", "Thevamalar Ramalingham-Pereirasamy", "said", ""),
        ],
        [
            ("halimatun.marzukhairi • Follow", "", "", "B"),
        ],
        [
            ("Praying for the families of the two workers we lost today.", "", "", ""),
            (
                "I have ordered an audit of all 48 active hillside sites in the state, effective immediately.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("2,184 likes · 24 November 2026", "", "", "B"),
        ],
        [
            ("Get the S9 Morning Briefing on WhatsApp every day at 7am.", "", "", "B"),
        ],
        [
            (
                "The city council said it had sent an officer to inspect the wall on Sept. 2 and found no sign of movement.",
                "The city council",
                "said",
                "W",
            ),
        ],
        [
            ("Watch Seberang 9 anywhere with the S9+ app, free on iOS and Android.", "", "", "B"),
        ],
        [
            (
                "Wanadlina Faziyah Kamarulsyukri reports on Penang and the northern states for Seberang 9.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("What do you think?", "", "", "B"),
            ("Log in to leave a comment.", "", "", "B"),
        ],
        [
            ("Comments reflect the views of our viewers, not those of Seberang 9.", "", "", "B"),
        ],
        [
            ("© Rangkaian Sembilan Media Sdn. Bhd. (201001023456).", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # jp
    [
        [
            ("KUROGASA NEWS AGENCY", "", "", "B"),
        ],
        [
            ("Markets | Companies | Japan | Asia | Technology | Equities", "", "", "B"),
        ],
        [
            ("This site uses cookies.", "", "", "B"),
            (
                "Necessary cookies keep the service secure and let you sign in, and optional ones let us and our vendors measure traffic and tailor ads.",
                "",
                "",
                "B",
            ),
            (
                "See our Cookie Notice for the list of vendors and how long each cookie lasts.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Companies", "", "", "B"),
        ],
        [
            (
                "Osaka's Hanshu Railway to raise fares 9.2% from April, first general increase in 29 years",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Eriko Kageyoshi", "", "", "B"),
        ],
        [
            ("November 24, 2026, 3:05 PM GMT+9 · Updated 2 hours ago", "", "", "B"),
        ],
        [
            (
                "Passengers board a Hanshu Railway train at Umeda station in Osaka, Japan, March 3, 2026.",
                "",
                "",
                "",
            ),
        ],
        [
            ("KUROGASA/Kaoru Nishibayama-Thorncote/File Photo", "", "", "B"),
        ],
        [
            (
                "OSAKA, Nov 24 (Kurogasa) - Hanshu Electric Railway Co. said on Tuesday it would raise its fares by an average of 9.2% from April 1, its first general increase in 29 years, after the transport ministry approved its application.",
                "Hanshu Electric Railway Co.",
                "said",
                "W",
            ),
        ],
        [
            (
                "The base adult fare will rise to 190 yen from 170 yen, and a one-month commuter pass between Umeda and Takarazuka will cost 18,460 yen, up from 16,980 yen.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "President Hisanobu Tarumizawa told a news conference that ridership on the company's 142-km network was still 11% below its 2019 level, while electricity costs had risen by about 38% over the same period.",
                "Hisanobu Tarumizawa",
                "told a news conference",
                "W",
            ),
            (
                '"We have cut costs for five years, but we cannot keep stations safe and trains on time at these prices," he said.',
                "Hisanobu Tarumizawa",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the increase would bring in about 6.1 billion yen a year, most of which would pay for platform screen doors at 23 stations by 2031.",
                "Hisanobu Tarumizawa",
                "said",
                "",
            ),
        ],
        [
            (
                "Register free to read 10 stories a month, or subscribe for ¥1,980 a month for unlimited access and market data.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "A transport ministry official said the application was approved on Monday after a public hearing at which 214 written opinions were submitted, most of them opposed.",
                "A transport ministry official",
                "said",
                "W",
            ),
        ],
        [
            (
                "Akemi Sorogawara, an analyst at Futaba Ridge Securities, said in a note that other private railways in the Kansai region were likely to follow within a year.",
                "Akemi Sorogawara",
                "said in a note",
                "",
            ),
            (
                "She said Hanshu's operating margin on rail fell to 4.8% in the year to March from 12.6% in fiscal 2018.",
                "Akemi Sorogawara",
                "said",
                "W",
            ),
        ],
        [
            ("Hanshu Railway (@hanshu_rail_en)", "", "", "B"),
        ],
        [
            ("From April 1, 2027, our fares will change.", "", "", ""),
            (
                "The adult base fare will be ¥190, and children's fares will rise to ¥100.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("10:02 AM · Nov 24, 2026", "", "", "B"),
        ],
        [
            (
                "Hanshu shares closed down 1.4% at 3,412 yen, while the benchmark index rose 0.3%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Get the Japan Markets Daily newsletter at 7 a.m. Tokyo time on weekdays.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Sawako Kanzashiro, 44, who commutes daily from Takarazuka to Umeda, said her pass would cost almost 18,000 yen more a year.",
                "Sawako Kanzashiro",
                "said",
                "",
            ),
            (
                '"My company pays for it, but it pays less every year," she said.',
                "Sawako Kanzashiro",
                "said",
                "",
            ),
        ],
        [
            (
                "(Reporting by Eriko Kageyoshi; additional reporting by Tomonari Ishizuyama in Tokyo; editing by Anscombeth Challowfield)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Follow Japan's markets as they move with the Kurogasa app.", "", "", "B"),
        ],
        [
            (
                "Eriko Kageyoshi reports on railways, airlines and consumer companies from Kurogasa's Osaka bureau.",
                "",
                "",
                "B",
            ),
            ("Contact: +81 6 5550 1874", "", "", "B"),
        ],
        [
            ("Comments are closed for this story.", "", "", "B"),
        ],
        [
            ("More from Companies", "", "", "B"),
        ],
        [
            ("Kansai airport operator raises passenger fee on international flights", "", "", "B"),
        ],
        [
            ("© 2026 Kurogasa News Agency K.K.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Market data delayed by at least 20 minutes.", "", "", "B"),
            ("Terms of Use | Privacy Statement | Accessibility", "", "", "B"),
        ],
    ],
    # za
    [
        [
            ("BEURSKOP", "", "", "B"),
        ],
        [
            (
                "JSE ALSI 98 412 ▲0.41% · USD/ZAR 17.62 ▼0.2% · Gold $2 418 ▲ · Brent $71.40 ▼",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Beurskop uses cookies.", "", "", "B"),
            (
                "Some are essential for logins and subscriptions; others, from us and from third parties, help us analyse readership and sell advertising.",
                "",
                "",
                "B",
            ),
            ('Click "Accept" to allow them all, or "Settings" to choose.', "", "", "B"),
        ],
        [
            (
                "Markets | Companies | Economy | Tech | Personal Finance | Opinion | Premium",
                "",
                "",
                "B",
            ),
        ],
        [
            ("COMPANIES / TELECOMS", "", "", "B"),
        ],
        [
            (
                "Umbono raises prepaid data prices by up to 8% and scraps its R149 StreamPass bundle",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Consumer groups say the timing, weeks before the festive season, is cynical",
                "Consumer groups",
                "say",
                "",
            ),
        ],
        [
            ("Lwandisile Mabhenxile-Rooikloof", "", "", "B"),
        ],
        [
            (
                "Published: 25 November 2026 - 11:20 | Updated: 25 November 2026 - 16:05",
                "",
                "",
                "B",
            ),
        ],
        [
            ("An Umbono Mobile store in Sandton, Johannesburg.", "", "", ""),
        ],
        [
            ("Picture: Beurskop/Jabulile Ntombelaan-Smit", "", "", "B"),
        ],
        [
            (
                'Umbono Mobile will raise the price of its prepaid data bundles by between 5% and 8% from 1 December, the company said on Wednesday, and will stop selling its R149 "StreamPass" subscription bundle.',
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "A 1GB 30-day bundle will rise to R99 from R92, and a 10GB bundle to R399 from R379.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "StreamPass subscribers will be moved to a 20GB bundle at R249 a month unless they opt out before 1 December, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Chief executive Nomaxabiso Nqabazinto-Kriekhof told analysts on a call that Umbono had spent R11.2 billion on its network in the year to September, and that load-shedding had added R640 million in diesel and battery costs.",
                "Nomaxabiso Nqabazinto-Kriekhof",
                "told analysts on a call",
                "W",
            ),
        ],
        [
            (
                '"Nobody likes a price increase, and we don\'t either," she said.',
                "Nomaxabiso Nqabazinto-Kriekhof",
                "said",
                "",
            ),
            (
                '"But our data prices are still 18% lower in real terms than they were in 2020."',
                "Nomaxabiso Nqabazinto-Kriekhof",
                "said",
                "W",
            ),
        ],
        [
            ("PREMIUM", "", "", "B"),
        ],
        [
            ("You've reached the end of the free preview.", "", "", "B"),
            (
                "Beurskop Premium subscribers get unlimited articles, the full results archive and our daily market-close report.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Subscribe from R95 p/m   Log in", "", "", "B"),
        ],
        [
            (
                "Gerbrandus Xikundu-Klipfontand, a telecoms analyst at Tsitsikop Capital, said in a note that prepaid customers make up 61% of Umbono's 38.4 million subscribers.",
                "Gerbrandus Xikundu-Klipfontand",
                "said in a note",
                "W",
            ),
            (
                "He said a bigger rival was likely to follow with its own increase in January.",
                "Gerbrandus Xikundu-Klipfontand",
                "said",
                "",
            ),
        ],
        [
            (
                "ALSO READ: Why SA's data prices fell faster than Nigeria's, and why that may be over",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                'Nolufefe Ntsikazana-Dlamvuyana, director of the consumer group Zibuzeni Consumer Watch, said raising prices weeks before the festive season was "cynical".',
                "Nolufefe Ntsikazana-Dlamvuyana",
                "said",
                "",
            ),
            (
                "She said the group had received 1,340 complaints about expired data in the past year.",
                "Nolufefe Ntsikazana-Dlamvuyana",
                "said",
                "W",
            ),
        ],
        [
            (
                "The communications regulator said it had not yet been notified of the change, and that operators must give subscribers 30 days' notice of a tariff increase.",
                "The communications regulator",
                "said",
                "W",
            ),
        ],
        [
            (
                "Morning Markets: the numbers and news that move SA money, at 6:30am on weekdays.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Umbono Mobile @UmbonoSA", "", "", "B"),
        ],
        [
            ("From 1 Dec some prepaid data bundle prices will change.", "", "", ""),
            ("Bundles you have already bought are not affected.", "", "", ""),
        ],
        [
            ("9:00 AM · 25 Nov 2026", "", "", "B"),
        ],
        [
            (
                "Umbono's shares fell 3.2% to R41.87 on the JSE by 3pm, their lowest close since March.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Beurskop does not give financial advice.", "", "", "B"),
            (
                "Nothing in this article is a recommendation to buy or sell any security.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Lwandisile Mabhenxile-Rooikloof has written about telecoms and technology since 2015.",
                "",
                "",
                "B",
            ),
            ("Follow her on X: @LwandiMR", "", "", "B"),
        ],
        [
            (
                "Live JSE prices and breaking company news, in your pocket: get the Beurskop app.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments (31)", "", "", "B"),
        ],
        [
            ("Only Premium subscribers can comment.", "", "", "B"),
        ],
        [
            ("© 2026 Beurskop Media (Pty) Ltd.", "", "", "B"),
            ("Reg. No. 2011/004417/07.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # tt
    [
        [
            ("SAVANNAHLINE TT", "", "", "B"),
        ],
        [
            (
                "FT  Navigators 2–1 Stars (aet)  ·  FT  Couva Harriers 0–0 Point Fortin Rangers  ·  Sat 7pm  Tobago Swifts v Diego Martin United",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "We use cookies and similar tech to run live scores, remember your favourite team and serve ads, including betting ads where the law allows.",
                "",
                "",
                "B",
            ),
            ("You can say no to ad cookies and still follow every score.", "", "", "B"),
        ],
        [
            (
                "Football | Cricket | Athletics | Netball | Cycling | Scores | Fixtures | Tables",
                "",
                "",
                "B",
            ),
        ],
        [
            ("FOOTBALL › CARONI CUP", "", "", "B"),
        ],
        [
            (
                "Navigators win Caroni Cup in extra time as Ferrabosque-Lezamaal volley sinks Stars",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Claxton Bay side lift first trophy since 2011 in front of 6,104 at Ravinebank Stadium",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Kerron Aldabaran-Pierrelouis", "", "", "B"),
        ],
        [
            ("Sunday 29 November 2026 · 11:48 pm AST · Updated 12:20 am", "", "", "B"),
        ],
        [
            (
                "Claxton Bay Navigators won their first trophy since 2011 on Saturday night, beating Marabella Stars 2–1 after extra time in the Caroni Cup final at Ravinebank Stadium in San Fernando.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Substitute Jael Ferrabosque-Lezamaal volleyed the winner in the 109th minute, six minutes after coming on, after Stars' Dwaynell Pitchaycoo had cancelled out Jabarri Sabeeny-Lendoré's 38th-minute header in the 77th.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Jael Ferrabosque-Lezamaal celebrates his 109th-minute winner at Ravinebank Stadium.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("PHOTO: Sherezade Bhagwanpersad-Ollivierron/Savannahline TT", "", "", "B"),
        ],
        [
            (
                'Navigators head coach Kelvondre Wallcott-Anaboyo said he had told Ferrabosque-Lezamaal to "stay on the shoulder and wait".',
                "Kelvondre Wallcott-Anaboyo",
                "said",
                "",
            ),
        ],
        [
            ("“Fifteen years this club waited.", "Kelvondre Wallcott-Anaboyo", "said", ""),
            ("Fifteen years!” he said.", "Kelvondre Wallcott-Anaboyo", "said", ""),
        ],
        [
            (
                "He said the club's budget this season was TT$410,000, “less than what some teams spend on their bus”.",
                "Kelvondre Wallcott-Anaboyo",
                "said",
                "W",
            ),
        ],
        [
            ("SAVANNAHLINE INSIDER", "", "", "B"),
        ],
        [
            ("Highlights, player ratings and our transfer tracker are for Insiders.", "", "", "B"),
            (
                "Join for TT$30 a month or TT$300 a year and back independent sports journalism in T&T.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "League chief executive Ornaline Pierrepoint-Bootansingh said the winners would receive TT$250,000 and a place in the regional club shield in March.",
                "Ornaline Pierrepoint-Bootansingh",
                "said",
                "W",
            ),
        ],
        [
            (
                "Stars coach Ulric Archibong-Dookeran said his side should have had a penalty in the 95th minute, when Kirwin Delaforce-Seebaransingh was pulled down by two defenders.",
                "Ulric Archibong-Dookeran",
                "said",
                "W",
            ),
            (
                "“Everybody in the stadium saw it except one man,” he said.",
                "Ulric Archibong-Dookeran",
                "said",
                "",
            ),
        ],
        [
            (
                "The referees' association declined to comment.",
                "The referees' association",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "The Final Whistle: every weekend result and talking point, in your inbox on Monday mornings.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("navigatorsfc_tt ✓", "", "", "B"),
        ],
        [
            ("Caroni Cup champions!", "", "", ""),
            ("Thank you to every one of you who came to Ravinebank tonight.", "", "", ""),
        ],
        [
            ("November 28, 2026", "", "", "B"),
        ],
        [
            ("READ MORE: Stars' unbeaten run ends at 14 as title race tightens", "", "", "B"),
        ],
        [
            ("MATCH FACTS", "", "", "B"),
        ],
        [
            (
                "Navigators: Jaglalsingh-Oduyanwa; Baptistine, Felicienne-Worrell, Gopaulchandra, Quilkinson; Sabeeny-Lendoré, Thadeux, Roopchansingh-Balgobinath; Quaminaux-Duberrie (Ferrabosque-Lezamaal 103), Nurse-Alcantar, Ochoabenne",
                "",
                "",
                "",
            ),
        ],
        [
            ("Goals: Sabeeny-Lendoré 38, Ferrabosque-Lezamaal 109; Pitchaycoo 77", "", "", ""),
        ],
        [
            ("Attendance: 6,104", "", "", ""),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("18+ only.", "", "", "B"),
            ("Bet responsibly.", "", "", "B"),
            (
                "If gambling is affecting you or someone close to you, call the free helpline on 800-4357.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Goals, red cards and final whistles from every Caroni Cup game, straight to your phone: download the Savannahline TT app.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Kerron Aldabaran-Pierrelouis has covered T&T football since 2009 and was at all four of Navigators' Caroni Cup finals.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("FAN ZONE (88)", "", "", "B"),
        ],
        [
            ("Keep it clean, keep it football.", "", "", "B"),
            ("Posts that abuse players or match officials are removed.", "", "", "B"),
        ],
        [
            ("© 2026 Savannahline TT Ltd. | Terms | Privacy | Responsible gambling", "", "", "B"),
        ],
    ],
    # ca
    [
        [
            ("THE WAPASKEW COULEE CRIER", "", "", "B"),
        ],
        [
            (
                "Serving Tannenfeld, Ridgeholm and the RM of Wapaskew Coulee since 1952 | Thursday, November 26, 2026",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Cookies help us run this website.", "", "", "B"),
            (
                "We use them to count visitors, keep print subscribers logged in and show ads from local businesses.",
                "",
                "",
                "B",
            ),
            (
                "Clicking “I agree” accepts all cookies; “Decline” keeps only the ones the site needs to work.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News | Sports | Ag | Opinion | Obituaries | Classifieds | e-Edition", "", "", "B"),
        ],
        [
            ("Print subscriber?", "", "", "B"),
            ("Your subscription includes full digital access.", "", "", "B"),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            (
                "RM council passes 4.9% tax hike, green-lights $3.2M fire hall for Tannenfeld",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Liesbethe Kornelsohn-Toewsfeld | Reporter", "", "", "B"),
        ],
        [
            (
                "Posted Nov. 26, 2026 at 6:00 a.m. | Last edited Nov. 26, 2026 at 10:31 a.m.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Fire Chief Tyce Wiebenfeld in the bay of the Tannenfeld fire hall, built in 1974, which has room for only two of the department's four trucks.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Crier photo by Liesbethe Kornelsohn-Toewsfeld", "", "", "B"),
        ],
        [
            (
                "Ratepayers in the RM of Wapaskew Coulee will pay 4.9 per cent more in municipal property taxes next year after council passed its 2027 financial plan 4-3 at its Nov. 24 meeting.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chief administrative officer Odelia Funkhaus-Ravenscarth told council the increase works out to about $96 a year on a home assessed at $300,000.",
                "Odelia Funkhaus-Ravenscarth",
                "told council",
                "W",
            ),
        ],
        [
            (
                "Reeve Isbrand Heppner-Vandall said most of the increase would pay for the new fire hall, which will replace a 52-year-old building on Main St. in Tannenfeld.",
                "Isbrand Heppner-Vandall",
                "said",
                "W",
            ),
        ],
        [
            ("“We've put this off for three councils.", "Isbrand Heppner-Vandall", "said", ""),
            (
                "The trucks don't fit, and the roof leaks onto the breathing apparatus,” Heppner-Vandall said.",
                "Isbrand Heppner-Vandall",
                "said",
                "W",
            ),
        ],
        [
            (
                "Coun. Gretje Rempfer-Oosting, one of the three councillors who voted against the plan, said the RM should have waited for a decision on a provincial grant before committing to the full cost.",
                "Gretje Rempfer-Oosting",
                "said",
                "",
            ),
            (
                "She said the RM had $1.1 million in its fire reserve, “enough to start the work without a tax increase this size.”",
                "Gretje Rempfer-Oosting",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Crier Weekly: this week's headlines, obituaries and classifieds, every Thursday in your inbox.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Fire Chief Tyce Wiebenfeld said the department's 26 volunteers answered 143 calls in 2025, up from 97 in 2021, including 38 on Hwy. 12.",
                "Tyce Wiebenfeld",
                "said",
                "W",
            ),
            (
                "“When the pager goes at 3 a.m., the last thing a volunteer needs is to back one truck out around another,” he said.",
                "Tyce Wiebenfeld",
                "said",
                "",
            ),
        ],
        [
            (
                "RELATED: Tannenfeld fire hall roof ‘beyond repair’, engineer's report says",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Wendelinus Janzig-Wolloston, who farms 1,900 acres near Ridgeholm, told council during the delegation period that his taxes had gone up 31 per cent in five years.",
                "Wendelinus Janzig-Wolloston",
                "told council",
                "",
            ),
            ("“I'm not against a fire hall.", "Wendelinus Janzig-Wolloston", "said", ""),
            (
                "I'm against paying for it all in one year,” he said.",
                "Wendelinus Janzig-Wolloston",
                "said",
                "",
            ),
        ],
        [
            ("You've read 4 of your 5 free stories this month.", "", "", "B"),
            (
                "Subscribe now: digital access is $7.99/mo. or $79 a year, and print subscribers read free.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("RM of Wapaskew Coulee", "", "", "B"),
        ],
        [
            ("Nov 25 at 9:15 AM · 🌎", "", "", "B"),
        ],
        [
            (
                "Council adopted the 2027 Financial Plan at its regular meeting of November 24.",
                "",
                "",
                "W",
            ),
            ("Tax notices will be mailed in late May.", "", "", ""),
        ],
        [
            ("41 likes · 67 comments · 12 shares", "", "", "B"),
        ],
        [
            (
                "A spokesperson for the province's municipal relations department said the RM's application to a provincial fire-hall fund was received on Oct. 2 and is still under review.",
                "A spokesperson for the province's municipal relations department",
                "said",
                "W",
            ),
        ],
        [
            ("Tenders for the 7,800-square-foot hall close on Jan. 15.", "", "", "W"),
            (
                "Council hopes to open it in the spring of 2028, the reeve said.",
                "Isbrand Heppner-Vandall",
                "said",
                "",
            ),
        ],
        [
            (
                "Have your say: letters to the editor must be under 300 words and include your name and community.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Read the full e-Edition on your phone or tablet with the Crier app.", "", "", "B"),
        ],
        [
            (
                "Liesbethe Kornelsohn-Toewsfeld covers council, schools and agriculture for the Crier.",
                "",
                "",
                "B",
            ),
            ("Reach her at 204-555-0148 or news@wapaskewcrier.ca.", "", "", "B"),
        ],
        [
            ("5 Comments", "", "", "B"),
        ],
        [
            ("Facebook Comments Plugin", "", "", "B"),
        ],
        [
            ("Published every Thursday by Kinnikinnick Prairie Publishing Inc.", "", "", "B"),
            ("33 Main St. N., Tannenfeld, MB R0A 1X0.", "", "", "B"),
        ],
        [
            ("© 2026 · Privacy · Terms of Use", "", "", "B"),
        ],
    ],
    # us
    [
        [
            ("OREGON LONGSHORE", "", "", "B"),
        ],
        [
            ("Hi there.", "", "", "B"),
            (
                "Longshore uses cookies so the site remembers you, and so we can see which stories readers finish.",
                "",
                "",
                "B",
            ),
            ("We don't sell your information.", "", "", "B"),
            ("Tap “Fine by me” to carry on, or “Options” to switch some off.", "", "", "B"),
        ],
        [
            (
                "Features   Food & Drink   Outdoors   Coastal Life   The Magazine   Shop",
                "",
                "",
                "B",
            ),
        ],
        [
            ("FROM THE DECEMBER 2026 ISSUE", "", "", "B"),
        ],
        [
            ("Waiting on the crab", "", "", ""),
        ],
        [
            (
                "On the Yaquina, a fleet that counts on December's first haul is tied up again, and the reasons run deeper than the meat in the shell.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Written by Briallenna Ambervane-Mudge · Photographs by Evaristino Lindquellen-Ybarrondoa",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Published online Dec. 1, 2026 · Updated Dec. 2, 2026, 9:10 a.m. · 11 min read",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "At 4:30 on a Tuesday morning the bay front in Newport is dark except for the lights over the hoists, and the boats are not going anywhere.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "For the third time in four years, the state has pushed back the opening of Oregon's commercial Dungeness crab season, this time to Dec. 16, because test crabs caught off Newport and Astoria in November did not carry enough meat.",
                "",
                "",
                "W",
            ),
            (
                "Under the fishery's rules, crabs sampled before the season must average at least 25 percent meat by weight; November's samples averaged 21.8 percent.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“You've got $40,000 of gear stacked on the dock and a crew that needs Christmas money,” said Arvel Osterhollow-Pruettland, who has fished the 58-foot Halvorinda out of Newport since 1991.",
                "Arvel Osterhollow-Pruettland",
                "said",
                "",
            ),
            (
                "He said he had borrowed $18,000 against the boat in October to pay for new pots.",
                "Arvel Osterhollow-Pruettland",
                "said",
                "",
            ),
        ],
        [
            (
                "Arvel Osterhollow-Pruettland checks pots stacked on the dock at Newport in late November.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photograph by Evaristino Lindquellen-Ybarrondoa", "", "", "B"),
        ],
        [
            (
                "“You've got $40,000 of gear stacked on the dock and a crew that needs Christmas money.”",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Ingebjorg Trabuco-Hennessen, a shellfish biologist with the state's fish and wildlife department, said the season had opened on time in only four of the last 10 years.",
                "Ingebjorg Trabuco-Hennessen",
                "said",
                "W",
            ),
            (
                "“Warmer water in late summer means the crabs molt later, and a crab that has just molted is mostly water,” she said.",
                "Ingebjorg Trabuco-Hennessen",
                "said",
                "W",
            ),
        ],
        [
            ("The Catch: the best of the coast, in your inbox every Friday.", "", "", "B"),
        ],
        [
            (
                "The Yaquina Crabbers' Cooperative, which sells crab for 63 boats, said in a letter to members that it lost about $1.2 million in holiday orders to Alaskan and Canadian suppliers in 2024, the last time the season slipped past mid-December.",
                "The Yaquina Crabbers' Cooperative",
                "said in a letter to members",
                "W",
            ),
        ],
        [
            (
                "Thurlowen Abernackie-Sotomarin, who runs a processing plant in Warrenton, said he had cut his seasonal hiring from 140 workers to 90.",
                "Thurlowen Abernackie-Sotomarin",
                "said",
                "W",
            ),
        ],
        [
            ("yaquinacrabcoop", "", "", "B"),
        ],
        [
            ("Season opener moved to December 16.", "", "", "W"),
            ("Thanks for your patience, crab lovers.", "", "", ""),
        ],
        [
            ("View this post on Instagram", "", "", "B"),
        ],
        [
            ("NOVEMBER 24, 2026", "", "", "B"),
        ],
        [
            ("Love stories like this?", "", "", "B"),
            (
                "Subscribe to Oregon Longshore: 10 issues a year for $24.95, delivered to your door.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("You might also like: The last cannery on the Columbia", "", "", "B"),
        ],
        [
            (
                "By 6 a.m. the fog had lifted off the bar, and Osterhollow-Pruettland was back on the dock, coiling line he would not need for another two weeks.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "This story was supported by a grant from the Sitka Shore Fund for Coastal Reporting, which has no say over what we publish.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Briallenna Ambervane-Mudge is a writer in Waldport.", "", "", "B"),
            ("Her book on the Oregon fishing fleet comes out next spring.", "", "", "B"),
        ],
        [
            ("Read every issue, back to 2009, in the Longshore app.", "", "", "B"),
        ],
        [
            ("Join the conversation", "", "", "B"),
        ],
        [
            (
                "We read every comment, and the best find their way onto our Letters page.",
                "",
                "",
                "B",
            ),
            ("Comments are moderated and may take a day to appear.", "", "", "B"),
        ],
        [
            ("Oregon Longshore is published by Fogline Press, LLC, Portland, Oregon.", "", "", "B"),
        ],
        [
            ("©2026 Fogline Press, LLC.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Do Not Sell or Share My Personal Information", "", "", "B"),
        ],
    ],
    # au
    [
        [
            ("Ministerial Media Statements", "", "", "B"),
        ],
        [
            ("Premier and Ministers | Search statements | Subscribe", "", "", "B"),
        ],
        [
            (
                "This website uses cookies and web analytics to understand how visitors use our pages.",
                "",
                "",
                "B",
            ),
            (
                "The analytics do not collect information that identifies you personally.",
                "",
                "",
                "B",
            ),
            ("You can turn off non-essential cookies at any time in Cookie settings.", "", "", "B"),
        ],
        [
            ("Joint statement", "", "", "B"),
        ],
        [
            ("The Honourable Trevannock Tarrangower-Fitchmorrow", "", "", "B"),
        ],
        [
            ("Minister for Transport and Main Roads", "", "", "B"),
        ],
        [
            ("Merindah Dunmurrawee-Coolabine MP, Member for Barron River", "", "", "B"),
        ],
        [
            ("Tuesday, 01 December 2026", "", "", "B"),
        ],
        [
            ("$18.6 million to straighten deadly Kuranbeen Range bends", "", "", "W"),
        ],
        [
            ("The Cassowary Creek bend on the Kuranbeen Range Road, west of Cairns.", "", "", ""),
        ],
        [
            ("Image supplied", "", "", "B"),
        ],
        [
            (
                "Work to fix three of the most dangerous bends on the Kuranbeen Range Road west of Cairns will begin in March 2027, after the Queensland Government committed $18.6 million to the upgrade.",
                "",
                "",
                "W",
            ),
            (
                "The project will widen the road at the Pelorrane, Tinaroo View and Cassowary Creek bends, add two overtaking lanes and install 1.4 kilometres of wire rope barrier.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Transport and Main Roads Minister Trevannock Tarrangower-Fitchmorrow said 42 crashes, three of them fatal, had been recorded on the 9-kilometre stretch in the five years to June 2026.",
                "Trevannock Tarrangower-Fitchmorrow",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Anyone who drives the range knows those bends.",
                "Trevannock Tarrangower-Fitchmorrow",
                "said",
                "",
            ),
            (
                "We're not waiting for another fatality before we fix them,” Mr Tarrangower-Fitchmorrow said.",
                "Trevannock Tarrangower-Fitchmorrow",
                "said",
                "",
            ),
        ],
        [
            (
                "Mr Tarrangower-Fitchmorrow said the project would support 120 jobs during construction and was expected to be finished by late 2028.",
                "Trevannock Tarrangower-Fitchmorrow",
                "said",
                "",
            ),
        ],
        [
            (
                "Stay across roadworks in Far North Queensland: get alerts by email or SMS.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Member for Barron River Merindah Dunmurrawee-Coolabine said locals had been calling for the upgrade since a tour bus rolled on the range in April 2019, injuring 17 people.",
                "Merindah Dunmurrawee-Coolabine",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I've stood at those bends with families who lost someone.",
                "Merindah Dunmurrawee-Coolabine",
                "said",
                "",
            ),
            (
                "Today is for them,” Ms Dunmurrawee-Coolabine said.",
                "Merindah Dunmurrawee-Coolabine",
                "said",
                "",
            ),
        ],
        [
            (
                "Tablelands Road Safety Alliance chair Orianthe Quenthorne-Marshwood said the group had counted 11 serious-injury crashes on the range since 2023.",
                "Orianthe Quenthorne-Marshwood",
                "said",
                "W",
            ),
        ],
        [
            ("Project at a glance", "", "", "B"),
        ],
        [
            (
                "Cost: $18.6 million, jointly funded 80:20 by the federal and state governments",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Construction: March 2027 to late 2028, weather permitting", "", "", ""),
        ],
        [
            (
                "Traffic control will be in place during construction, with delays of up to 20 minutes expected on weekdays between 7 a.m. and 5 p.m.",
                "",
                "",
                "",
            ),
            ("Motorists should check conditions before they travel.", "", "", ""),
        ],
        [
            ("Trevannock Tarrangower-Fitchmorrow MP", "", "", "B"),
        ],
        [
            ("1 December at 10:14 am · 🌏", "", "", "B"),
        ],
        [
            ("Good news for everyone who drives the Kuranbeen Range.", "", "", ""),
            ("$18.6 million, three bends fixed, two new overtaking lanes.", "", "", "W"),
        ],
        [
            ("▶ 1:12 · 3.1K views", "", "", "B"),
        ],
        [
            ("ENDS", "", "", "B"),
        ],
        [
            ("Media contact: Jordie Pelligarth-Saxmundy 0438 555 901", "", "", "B"),
        ],
        [
            ("Related statements: New Cairns bus interchange opens to commuters", "", "", "B"),
        ],
        [
            ("Subscribe to media statements", "", "", "B"),
        ],
        [
            (
                "Choose the ministers, portfolios and regions you want, and we'll email statements to you as they're released.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Check road conditions before you travel with the RoadAhead Qld app.", "", "", "B"),
        ],
        [
            ("About the Minister", "", "", "B"),
        ],
        [
            (
                "Trevannock Tarrangower-Fitchmorrow was elected Member for Mulgrave Plains in 2017 and has been Minister for Transport and Main Roads since October 2024.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Was this page helpful?", "", "", "B"),
        ],
        [
            ("Feedback is anonymous, and we can't reply to individual comments.", "", "", "B"),
        ],
        [
            ("Page last updated: 1 December 2026 10:05am", "", "", "B"),
        ],
        [
            (
                "We pay our respects to Aboriginal and Torres Strait Islander peoples, the first custodians of the land and sea across Queensland.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Copyright | Disclaimer | Privacy | Right to information | Accessibility",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© State of Queensland 2026", "", "", "B"),
        ],
    ],
    # bd
    [
        [
            ("CHARLATA TRUST", "", "", "B"),
        ],
        [
            ("About | Our work | Stories | Reports | Get involved | Donate", "", "", "B"),
        ],
        [
            (
                "We use a small number of cookies to see how people find our website and to process donations securely.",
                "",
                "",
                "B",
            ),
            ("We never share your data with other organisations for marketing.", "", "", "B"),
            ("Choose “Allow all” or “Only necessary”.", "", "", "B"),
        ],
        [
            ("News › Press releases", "", "", "B"),
        ],
        [
            ("PRESS RELEASE", "", "", "B"),
        ],
        [
            (
                "Nearly a third of girls in Sirajganj and Kurigram chars married before 18, survey finds",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Published 26 November 2026 | Last updated 27 November 2026, 10:40 BST", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | LinkedIn | Email", "", "", "B"),
        ],
        [
            (
                "DHAKA, 26 November 2026 — Nearly one in three girls aged 15 to 19 living on river islands in Sirajganj and Kurigram districts was married before her 18th birthday, according to a survey published on Thursday by Charlata Trust.",
                "a survey published on Thursday by Charlata Trust",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Researchers interviewed 1,040 girls in 46 char villages between March and July.",
                "",
                "",
                "W",
            ),
            (
                "Of those, 312 had married before 18, and 204 of them had left school within a year of their wedding, the report found.",
                "the report",
                "found",
                "W",
            ),
        ],
        [
            ("Key findings", "", "", "B"),
        ],
        [
            ("30% of girls surveyed were married before 18 (312 of 1,040)", "", "", "W"),
        ],
        [
            ("65% of them left school within a year of marriage", "", "", "W"),
        ],
        [
            (
                "Flooding was the reason families gave most often for an early marriage (41%)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Girls walk to a secondary school on a char in Kazipur upazila, Sirajganj, in September.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Charlata Trust/Ishraq Mahfuzullah-Raiyanpuri", "", "", "B"),
        ],
        [
            (
                "Executive director Dr. Shaheenara Ishtiaquezzaman-Morshed said the trust would pay a monthly stipend of Tk 600 to 2,500 girls who stay in school, starting in January.",
                "Shaheenara Ishtiaquezzaman-Morshed",
                "said",
                "W",
            ),
            (
                "“When the river takes a family's land, a daughter's marriage is often the first thing they feel they can control.",
                "Shaheenara Ishtiaquezzaman-Morshed",
                "said",
                "",
            ),
            (
                "We want to give them a second thing,” she said.",
                "Shaheenara Ishtiaquezzaman-Morshed",
                "said",
                "",
            ),
        ],
        [
            ("Keep a girl in school", "", "", "B"),
        ],
        [
            ("Tk 600 a month pays one girl's stipend, books and boat fare.", "", "", "B"),
        ],
        [
            (
                "Aminurzzaman Rahmatbari Tarafdarpur, who led the survey for the trust, said families that had lost land to erosion in the past five years were almost twice as likely to marry a daughter before 18.",
                "Aminurzzaman Rahmatbari Tarafdarpur",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sahartaj Khanombibi Chalanbil, 38, a mother of four on Natuar char, said she had arranged her eldest daughter's marriage at 16 after the family's house was washed away in 2022.",
                "Sahartaj Khanombibi Chalanbil",
                "said",
                "",
            ),
            ("“Where would she sleep?", "Sahartaj Khanombibi Chalanbil", "asked", ""),
            ("On the boat?” she asked.", "Sahartaj Khanombibi Chalanbil", "asked", ""),
        ],
        [
            (
                "Stories from the chars: one email a month about the people we work with.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Kazipur Upazila Nirbahi Officer Md. Tanzilur Hasnatuzzaman-Bhuiyanpur said 14 child marriages had been stopped in the upazila this year after calls to the government's helpline.",
                "Md. Tanzilur Hasnatuzzaman-Bhuiyanpur",
                "said",
                "W",
            ),
        ],
        [
            ("Charlata Trust @CharlataTrust", "", "", "B"),
        ],
        [
            (
                "New survey: 312 of the 1,040 girls we spoke to on the chars of Sirajganj and Kurigram were married before 18.",
                "",
                "",
                "W",
            ),
            ("Full report below.", "", "", ""),
        ],
        [
            ("11:02 AM · Nov 26, 2026", "", "", "B"),
        ],
        [
            ("Read the full report (PDF, 2.4 MB)", "", "", "B"),
        ],
        [
            ("Notes to editors", "", "", "B"),
        ],
        [
            (
                "Charlata Trust was founded in 1996 and works with about 180,000 people in 11 districts along the Jamuna and the Brahmaputra.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Media enquiries: Shampurna Rouf-Chowdhurani, +880 1711 555 210, media@charlata.org",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Follow your gift from Dhaka to the char: download the Charlata app.", "", "", "B"),
        ],
        [
            (
                "Shampurna Rouf-Chowdhurani is Charlata Trust's communications officer and a former reporter in Bogura.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("2 comments", "", "", "B"),
        ],
        [
            ("Comments are reviewed by our team before they are published.", "", "", "B"),
            ("We do not publish comments that identify children.", "", "", "B"),
        ],
        [
            (
                "Charlata Trust is a registered non-profit organisation, Reg. No. DS-1187/96.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Charlata Trust", "", "", "B"),
        ],
    ],
    # ie
    [
        [
            ("THE SALTHILL SPARK", "", "", "B"),
        ],
        [
            ("Ardnacreagh University's independent student newspaper · Est. 1987", "", "", "B"),
        ],
        [
            ("We're a student paper, so we keep cookies to a minimum.", "", "", "B"),
            (
                "One analytics cookie tells us how many people read each story, and our donations page sets a payment cookie.",
                "",
                "",
                "B",
            ),
            ("That's it.", "", "", "B"),
        ],
        [
            ("News | Comment | Features | Arts | Sport | Satire | Print Edition", "", "", "B"),
        ],
        [
            ("RESULTS LIVE · Updated 11:42pm · All 6 ballot boxes counted", "", "", "B"),
        ],
        [
            ("NEWS", "", "", "B"),
        ],
        [
            ("Students vote Yes to €40 sports centre levy on 14% turnout", "", "", "W"),
        ],
        [
            ("By Sadhbhínne Ní Bhreasaille-Cuirrín, News Editor", "", "", "B"),
        ],
        [
            ("27 November 2026", "", "", "B"),
        ],
        [
            ("Count staff sort ballots in the Concourse on Thursday night.", "", "", ""),
        ],
        [
            ("Photo: Fiachnán Mullagheen-Quinlevane for The Spark", "", "", "B"),
        ],
        [
            (
                "Students at Ardnacreagh University have voted to pay a €40 annual levy towards a new sports centre, by 2,418 votes to 1,903 in a referendum that closed at 7pm on Thursday.",
                "",
                "",
                "W",
            ),
            (
                "Turnout was 14.2% of the university's 30,400 registered students, above the 10% needed for the result to stand.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Students' Union president Tadhgánach Ó Fiachrach-Beglan said the levy, which starts in September 2027, would raise about €1.2 million a year towards the €24 million centre.",
                "Tadhgánach Ó Fiachrach-Beglan",
                "said",
                "W",
            ),
            (
                "“This is the biggest vote in the union's history.",
                "Tadhgánach Ó Fiachrach-Beglan",
                "said",
                "W",
            ),
            (
                "Students have backed a building some of them will never use, and that says something,” he said.",
                "Tadhgánach Ó Fiachrach-Beglan",
                "said",
                "",
            ),
        ],
        [
            ("Get The Spark in your inbox every Monday during term.", "", "", "B"),
            ("Sign up, it's free", "", "", "B"),
        ],
        [
            (
                "Ailbhíona Tuohiggan-Morrissane, who led the Vote No campaign, said students were already paying €3,000 in fees and up to €850 a month for a room in Galway.",
                "Ailbhíona Tuohiggan-Morrissane",
                "said",
                "W",
            ),
            (
                "“Forty euro is a week's shopping for a lot of people here,” she said.",
                "Ailbhíona Tuohiggan-Morrissane",
                "said",
                "",
            ),
        ],
        [
            (
                "READ MORE: What the sports centre plans include, and what they leave out",
                "",
                "",
                "B",
            ),
        ],
        [
            ("The Spark is written, edited and designed by unpaid students.", "", "", "B"),
            ("Printing costs us €1,100 an issue.", "", "", "B"),
            ("Chip in €5 to keep the print edition going.", "", "", "B"),
        ],
        [
            (
                "A university spokesperson said the governing authority would consider the result at its meeting on December 9, and that construction could begin in 2028 if planning permission is granted.",
                "A university spokesperson",
                "said",
                "",
            ),
        ],
        [
            (
                "Third-year engineering student Fionnbharra Okonkwagu-Dervan said he voted Yes.",
                "Fionnbharra Okonkwagu-Dervan",
                "said",
                "",
            ),
            (
                "“The gym we have now has 40 machines for 30,000 students,” he said.",
                "Fionnbharra Okonkwagu-Dervan",
                "said",
                "W",
            ),
        ],
        [
            ("ardnacreaghsu", "", "", "B"),
        ],
        [
            ("Referendum result: YES 2,418, NO 1,903.", "", "", "W"),
            ("Thank you to everyone who voted!", "", "", ""),
        ],
        [
            ("27 November", "", "", "B"),
        ],
        [
            ("Vol. 39, Issue 6 is on stands across campus now.", "", "", "B"),
            ("Pick up a copy at the library, the Concourse or the SU shop.", "", "", "B"),
        ],
        [
            (
                "Add The Spark to your home screen for results alerts on election nights.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Sadhbhínne Ní Bhreasaille-Cuirrín is a third-year Law and Arts student and The Spark's news editor.",
                "",
                "",
                "B",
            ),
            ("She has covered the Students' Union since 2024.", "", "", "B"),
        ],
        [
            ("9 Comments", "", "", "B"),
        ],
        [
            ("Comments are moderated by the editors.", "", "", "B"),
            ("Anonymous comments will not be published.", "", "", "B"),
        ],
        [
            (
                "The Salthill Spark is editorially independent of Ardnacreagh University and of the Students' Union.",
                "",
                "",
                "B",
            ),
            ("Opinions are those of the writers.", "", "", "B"),
        ],
        [
            ("© 2026 The Salthill Spark", "", "", "B"),
        ],
    ],
    # lk
    [
        [
            ("LAKEROUND KANDY", "", "", "B"),
        ],
        [
            (
                "Quick note: this blog uses cookies from my hosting service and from the ad network that pays for it.",
                "",
                "",
                "B",
            ),
            ("If you click “Okay”, you're fine with that.", "", "", "B"),
            ("The cookie page explains how to block them.", "", "", "B"),
        ],
        [
            ("Home · About · Kandy Guides · Food · Transport · Contact", "", "", "B"),
        ],
        [
            (
                "Meters for every three-wheeler in Kandy from January 1, council decides",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Posted on 27 November 2026 by Thilinikara · Updated 28 November 2026", "", "", "B"),
        ],
        [
            ("Filed under: Kandy, Transport, Local politics", "", "", "B"),
        ],
        [
            (
                "I've lived in Kandy for eleven years, and I still can't tell you what a three-wheeler ride from the lake to the railway station should cost.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "On Wednesday the municipal council voted 17-6 to make fare meters compulsory for every three-wheeler working inside city limits from January 1, 2027.",
                "",
                "",
                "W",
            ),
            (
                "The approved fares are Rs. 120 for the first kilometre and Rs. 100 for each kilometre after that.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Three-wheelers wait for fares near the Clock Tower on Tuesday.", "", "", ""),
        ],
        [
            ("Photo: Thilinikara Ambagahawatte-Wattegedara", "", "", "B"),
        ],
        [
            (
                "Municipal Commissioner Sashiprabha Weerasuriyage-Mallawarachchige told me 4,312 three-wheelers were registered to work in the city, and only about 900 had working meters.",
                "Sashiprabha Weerasuriyage-Mallawarachchige",
                "told me",
                "W",
            ),
            (
                "“Visitors tell us the first thing they remember about Kandy is being overcharged.",
                "Sashiprabha Weerasuriyage-Mallawarachchige",
                "said",
                "",
            ),
            (
                "We want the second thing to be the Temple,” she said.",
                "Sashiprabha Weerasuriyage-Mallawarachchige",
                "said",
                "",
            ),
        ],
        [
            (
                "Upul Ranasoorige-Dissawa, president of the Kandy City Three-Wheeler Drivers' Association, said his members were not against meters but could not afford them at Rs. 18,500 each.",
                "Upul Ranasoorige-Dissawa",
                "said",
                "W",
            ),
            (
                "He said the association would ask the council for a six-month grace period.",
                "Upul Ranasoorige-Dissawa",
                "said",
                "",
            ),
        ],
        [
            (
                "This post is free, but the full fare table for the 14 routes I rode this week is for supporters.",
                "",
                "",
                "B",
            ),
            ("Supporters also get my monthly Kandy food guide.", "", "", "B"),
        ],
        [
            ("Become a supporter from Rs. 500 a month", "", "", "B"),
        ],
        [
            (
                "Kasunmadhu Pathirawasam-Kobbekaduwa, 52, who has driven a three-wheeler from the Kandy bus stand for 19 years, said he usually charges tourists Rs. 600 for the lake-to-station run.",
                "Kasunmadhu Pathirawasam-Kobbekaduwa",
                "said",
                "",
            ),
            (
                "“With the meter it will be Rs. 220.",
                "Kasunmadhu Pathirawasam-Kobbekaduwa",
                "said",
                "",
            ),
            (
                "I am not crying about it,” he said, laughing.",
                "Kasunmadhu Pathirawasam-Kobbekaduwa",
                "said",
                "",
            ),
        ],
        [
            ("Kandy City Three-Wheeler Drivers' Association", "", "", "B"),
        ],
        [
            ("27 November at 20:05 ·", "", "", "B"),
        ],
        [
            (
                "Emergency meeting for all members this Sunday at 9.30 a.m. at the association hall.",
                "",
                "",
                "",
            ),
            ("Bring your registration book.", "", "", ""),
        ],
        [
            ("Get new posts by email.", "", "", "B"),
            ("Join 1,284 other subscribers.", "", "", "B"),
        ],
        [
            (
                "Shiromali Kotagederage-Fonsekaara, whose guesthouse looks over the lake, said three of her guests had paid more than Rs. 1,000 for short rides in October.",
                "Shiromali Kotagederage-Fonsekaara",
                "said",
                "W",
            ),
        ],
        [
            ("I'll ride the same route in January and tell you what the meter says.", "", "", ""),
        ],
        [
            ("Related: Kandy's one-way system, three months on", "", "", "B"),
        ],
        [
            (
                "Read Lakeround Kandy in the Feedwell app, with new posts sent straight to your phone.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("I'm a teacher, a bad cook and Kandy's most stubborn walker.", "", "", "B"),
            ("I've written this blog since 2016.", "", "", "B"),
        ],
        [
            (
                "6 thoughts on “Meters for every three-wheeler in Kandy from January 1, council decides”",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Harshadeva P. says:", "", "", "B"),
        ],
        [
            ("28 November 2026 at 7:14 am", "", "", "B"),
        ],
        [
            ("Finally!", "", "", "B"),
            ("Hope they enforce it at the station.", "", "", "B"),
        ],
        [
            ("Leave a comment", "", "", "B"),
        ],
        [
            ("Your email stays private; fields marked * are required.", "", "", "B"),
        ],
        [
            ("© 2026 Lakeround Kandy.", "", "", "B"),
            ("Words and photos may not be reused without asking first.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n100-gh-am-sunday-quote",
        "“Our engineers have been on site since 3 a.m. on Sunday. The pipe is 38 years old, and it failed at a joint that was already on our replacement list for March,” she said.",
        [
            "“Our engineers have been on site since 3 a.m. on Sunday.",
            "The pipe is 38 years old, and it failed at a joint that was already on our replacement list for March,” she said.",
        ],
    ),
    (
        "n100-gh-exclaim-attribution",
        "At Gbawe, trader Adjoabea Mensikwaa-Quaynorfo said her tap had been dry since Saturday morning. “I paid GH₵40 for four buckets this morning. Four buckets!” she said.",
        [
            "At Gbawe, trader Adjoabea Mensikwaa-Quaynorfo said her tap had been dry since Saturday morning.",
            "“I paid GH₵40 for four buckets this morning.",
            "Four buckets!” she said.",
        ],
    ),
    (
        "n100-gh-ltd-rights",
        "© 2026 Asantewoso Herald Ltd. All rights reserved.",
        ["© 2026 Asantewoso Herald Ltd.", "All rights reserved."],
    ),
    (
        "n100-sc-footer-no-sc",
        "© Carsebrae Press Ltd 2026. The Carsebrae Press is a trading name of Taymorrach Media Ltd, registered in Scotland No. SC412873. Registered office: 12 Brollochan Wynd, Dundee DD1 4QT.",
        [
            "© Carsebrae Press Ltd 2026.",
            "The Carsebrae Press is a trading name of Taymorrach Media Ltd, registered in Scotland No. SC412873.",
            "Registered office: 12 Brollochan Wynd, Dundee DD1 4QT.",
        ],
    ),
    (
        "n100-sc-bio-email",
        "Torcuilean Pettigallow is our transport and infrastructure reporter. Got a story? Email torcuilean.pettigallow@carsebraepress.co.uk",
        [
            "Torcuilean Pettigallow is our transport and infrastructure reporter.",
            "Got a story? Email torcuilean.pettigallow@carsebraepress.co.uk",
        ],
    ),
    (
        "n100-sc-subscribe-price",
        "Our reporters sit through council meetings, court cases and community council AGMs so you don't have to. Subscribe today for 3 months for £3, then £6.99 a month.",
        [
            "Our reporters sit through council meetings, court cases and community council AGMs so you don't have to.",
            "Subscribe today for 3 months for £3, then £6.99 a month.",
        ],
    ),
    (
        "n100-my-three-short",
        "“We sent photos. We sent letters. Nobody came,” she said.",
        ["“We sent photos.", "We sent letters.", "Nobody came,” she said."],
    ),
    (
        "n100-my-sdn-bhd-company",
        "The developer, Rimbaterang Properties Sdn. Bhd., said in a statement that it had complied with every condition of its planning permission and was cooperating with the authorities. The company said it had appointed an independent geotechnical consultant on Wednesday.",
        [
            "The developer, Rimbaterang Properties Sdn. Bhd., said in a statement that it had complied with every condition of its planning permission and was cooperating with the authorities.",
            "The company said it had appointed an independent geotechnical consultant on Wednesday.",
        ],
    ),
    (
        "n100-my-sdn-bhd-footer",
        "© Rangkaian Sembilan Media Sdn. Bhd. (201001023456). All rights reserved.",
        ["© Rangkaian Sembilan Media Sdn. Bhd. (201001023456).", "All rights reserved."],
    ),
    (
        "n100-jp-kk-rights",
        "© 2026 Kurogasa News Agency K.K. All rights reserved.",
        ["© 2026 Kurogasa News Agency K.K.", "All rights reserved."],
    ),
    (
        "n100-jp-note-she",
        "Akemi Sorogawara, an analyst at Futaba Ridge Securities, said in a note that other private railways in the Kansai region were likely to follow within a year. She said Hanshu's operating margin on rail fell to 4.8% in the year to March from 12.6% in fiscal 2018.",
        [
            "Akemi Sorogawara, an analyst at Futaba Ridge Securities, said in a note that other private railways in the Kansai region were likely to follow within a year.",
            "She said Hanshu's operating margin on rail fell to 4.8% in the year to March from 12.6% in fiscal 2018.",
        ],
    ),
    (
        "n100-za-quote-after-attribution",
        '"Nobody likes a price increase, and we don\'t either," she said. "But our data prices are still 18% lower in real terms than they were in 2020."',
        [
            '"Nobody likes a price increase, and we don\'t either," she said.',
            '"But our data prices are still 18% lower in real terms than they were in 2020."',
        ],
    ),
    (
        "n100-za-pty-reg-no",
        "© 2026 Beurskop Media (Pty) Ltd. Reg. No. 2011/004417/07. All rights reserved.",
        ["© 2026 Beurskop Media (Pty) Ltd.", "Reg. No. 2011/004417/07.", "All rights reserved."],
    ),
    (
        "n100-tt-eighteen-plus",
        "18+ only. Bet responsibly. If gambling is affecting you or someone close to you, call the free helpline on 800-4357.",
        [
            "18+ only.",
            "Bet responsibly.",
            "If gambling is affecting you or someone close to you, call the free helpline on 800-4357.",
        ],
    ),
    (
        "n100-tt-exclaim-he-said",
        "“Fifteen years this club waited. Fifteen years!” he said.",
        ["“Fifteen years this club waited.", "Fifteen years!” he said."],
    ),
    (
        "n100-ca-inc-address",
        "Published every Thursday by Kinnikinnick Prairie Publishing Inc. 33 Main St. N., Tannenfeld, MB R0A 1X0.",
        [
            "Published every Thursday by Kinnikinnick Prairie Publishing Inc.",
            "33 Main St. N., Tannenfeld, MB R0A 1X0.",
        ],
    ),
    (
        "n100-ca-paywall-mo",
        "You've read 4 of your 5 free stories this month. Subscribe now: digital access is $7.99/mo. or $79 a year, and print subscribers read free.",
        [
            "You've read 4 of your 5 free stories this month.",
            "Subscribe now: digital access is $7.99/mo. or $79 a year, and print subscribers read free.",
        ],
    ),
    (
        "n100-ca-jan-reeve",
        "Tenders for the 7,800-square-foot hall close on Jan. 15. Council hopes to open it in the spring of 2028, the reeve said.",
        [
            "Tenders for the 7,800-square-foot hall close on Jan. 15.",
            "Council hopes to open it in the spring of 2028, the reeve said.",
        ],
    ),
    (
        "n100-ca-hwy-am",
        "Fire Chief Tyce Wiebenfeld said the department's 26 volunteers answered 143 calls in 2025, up from 97 in 2021, including 38 on Hwy. 12. “When the pager goes at 3 a.m., the last thing a volunteer needs is to back one truck out around another,” he said.",
        [
            "Fire Chief Tyce Wiebenfeld said the department's 26 volunteers answered 143 calls in 2025, up from 97 in 2021, including 38 on Hwy. 12.",
            "“When the pager goes at 3 a.m., the last thing a volunteer needs is to back one truck out around another,” he said.",
        ],
    ),
    (
        "n100-us-hi-there",
        "Hi there. Longshore uses cookies so the site remembers you, and so we can see which stories readers finish. We don't sell your information. Tap “Fine by me” to carry on, or “Options” to switch some off.",
        [
            "Hi there.",
            "Longshore uses cookies so the site remembers you, and so we can see which stories readers finish.",
            "We don't sell your information.",
            "Tap “Fine by me” to carry on, or “Options” to switch some off.",
        ],
    ),
    (
        "n100-us-dec-percent",
        "For the third time in four years, the state has pushed back the opening of Oregon's commercial Dungeness crab season, this time to Dec. 16, because test crabs caught off Newport and Astoria in November did not carry enough meat. Under the fishery's rules, crabs sampled before the season must average at least 25 percent meat by weight; November's samples averaged 21.8 percent.",
        [
            "For the third time in four years, the state has pushed back the opening of Oregon's commercial Dungeness crab season, this time to Dec. 16, because test crabs caught off Newport and Astoria in November did not carry enough meat.",
            "Under the fishery's rules, crabs sampled before the season must average at least 25 percent meat by weight; November's samples averaged 21.8 percent.",
        ],
    ),
    (
        "n100-us-llc-rights",
        "©2026 Fogline Press, LLC. All rights reserved.",
        ["©2026 Fogline Press, LLC.", "All rights reserved."],
    ),
    (
        "n100-au-mr-quote",
        "“Anyone who drives the range knows those bends. We're not waiting for another fatality before we fix them,” Mr Tarrangower-Fitchmorrow said.",
        [
            "“Anyone who drives the range knows those bends.",
            "We're not waiting for another fatality before we fix them,” Mr Tarrangower-Fitchmorrow said.",
        ],
    ),
    (
        "n100-au-pm-motorists",
        "Traffic control will be in place during construction, with delays of up to 20 minutes expected on weekdays between 7 a.m. and 5 p.m. Motorists should check conditions before they travel.",
        [
            "Traffic control will be in place during construction, with delays of up to 20 minutes expected on weekdays between 7 a.m. and 5 p.m.",
            "Motorists should check conditions before they travel.",
        ],
    ),
    (
        "n100-bd-report-found",
        "Researchers interviewed 1,040 girls in 46 char villages between March and July. Of those, 312 had married before 18, and 204 of them had left school within a year of their wedding, the report found.",
        [
            "Researchers interviewed 1,040 girls in 46 char villages between March and July.",
            "Of those, 312 had married before 18, and 204 of them had left school within a year of their wedding, the report found.",
        ],
    ),
    (
        "n100-bd-question-asked",
        "Sahartaj Khanombibi Chalanbil, 38, a mother of four on Natuar char, said she had arranged her eldest daughter's marriage at 16 after the family's house was washed away in 2022. “Where would she sleep? On the boat?” she asked.",
        [
            "Sahartaj Khanombibi Chalanbil, 38, a mother of four on Natuar char, said she had arranged her eldest daughter's marriage at 16 after the family's house was washed away in 2022.",
            "“Where would she sleep?",
            "On the boat?” she asked.",
        ],
    ),
    (
        "n100-ie-vol-issue",
        "Vol. 39, Issue 6 is on stands across campus now. Pick up a copy at the library, the Concourse or the SU shop.",
        [
            "Vol. 39, Issue 6 is on stands across campus now.",
            "Pick up a copy at the library, the Concourse or the SU shop.",
        ],
    ),
    (
        "n100-ie-pm-turnout",
        "Students at Ardnacreagh University have voted to pay a €40 annual levy towards a new sports centre, by 2,418 votes to 1,903 in a referendum that closed at 7pm on Thursday. Turnout was 14.2% of the university's 30,400 registered students, above the 10% needed for the result to stand.",
        [
            "Students at Ardnacreagh University have voted to pay a €40 annual levy towards a new sports centre, by 2,418 votes to 1,903 in a referendum that closed at 7pm on Thursday.",
            "Turnout was 14.2% of the university's 30,400 registered students, above the 10% needed for the result to stand.",
        ],
    ),
    (
        "n100-lk-rs-quote",
        "“With the meter it will be Rs. 220. I am not crying about it,” he said, laughing.",
        ["“With the meter it will be Rs. 220.", "I am not crying about it,” he said, laughing."],
    ),
    (
        "n100-lk-am-bring",
        "Emergency meeting for all members this Sunday at 9.30 a.m. at the association hall. Bring your registration book.",
        [
            "Emergency meeting for all members this Sunday at 9.30 a.m. at the association hall.",
            "Bring your registration book.",
        ],
    ),
]
