"""Hundred-and-fifth set of new hand-labelled pages for the hint engines (tuning set, round forty-four):
twelve WHOLE pages, head to tail, from twelve kinds of news site in twelve countries the sets are
thin on, where each site's own FURNITURE -- at the head, in the middle of the story and at the tail
-- is the hard part: a Scottish REGIONAL DAILY (island ferry cancellations), a Ghanaian PUBLIC
BROADCASTER (water rationing in Accra), a Singaporean TV STATION (a rail power fault), a South
African BUSINESS DAILY (platinum job cuts), a Fijian SPORTS SITE (a provincial rugby final), a
Trinidadian HYPERLOCAL BLOG (a village box drain), a Maltese local council's PRESS ROOM (a residents'
parking scheme), a Zambian UNIVERSITY NEWS OFFICE (a solar irrigation study), a Sri Lankan WIRE
STORY on a news PORTAL (tea auction prices), a Canadian North MAGAZINE feature (Nunavut food
prices), an Icelandic English-language NEWSLETTER POST (hot water tariffs, a volcano, tourists) and
a Botswana COMMUNITY RADIO station's page (boreholes and rationing in Maun). The furniture is worded
afresh for each site: mastheads, menus, breadcrumbs, language switches, radio and TV switchers,
market tickers, issue lines, release numbers and "For immediate release" lines, bylines with and
without roles, date lines in each country's style, audio and video player chrome, "READ MORE:",
"ALSO READ:", "SEE ALSO:", "Read also:", "Also on ..." and "ALSO WATCH" lines, advertisement slots,
in-story newsletter, WhatsApp and radio-frequency promos, a donation ask between tildes, a
subscription ask, a forwarded-email ask, a key-findings box, pull quotes, photo and video credits,
tags and topics, author bios and an "About the writer" box, related, "Most Viewed", "Keep reading"
and "More rugby" lists, comment chrome with moderation notes, reply forms, names, handles and times,
a wire's reporting and copyright lines with a portal's syndication disclaimer, notes to editors,
media contacts, downloads with file sizes, office hours, community and death notices, app prompts,
unsubscribe lines, press-code and funding lines, registered-office lines and copyright lines. The
stories are ordinary news with figures and named speakers. The pages hold 510 sentences: 281 "B",
132 "W" and 97 ""; 151 sentences carry a speaker (72 distinct speakers). `STYLES` describes each
page, its story, its speakers and its furniture in order.

Written from scratch for issue 13 in round forty-four, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py`
file and no `hint_scores.py` was opened, and no README of the project was read; `claimreview` was
never imported, and no test, scorer, engine or `pytest` was run. The search and fetch tools were not
used, and nothing was copied from anywhere. What was read: the brief (`/tmp/brief` was listed; it
held only the brief); `/tmp/sets` was listed at the start, when it was empty, and again at the end,
when it also held other helpers' `labelled_new106.py` and `labelled_new108.py`, seen as names only
and never opened; the module docstrings
of `labelled_new.py` and `labelled_new2.py` (printed whole with `ast.get_docstring`); from
`labelled_new103.py` and `labelled_new104.py`, the output of a script of my own using `ast` that
prints the module docstring, `STYLES`, the first two pages of `ARTICLES` and the first eight `CASES`
of each: printed once (the tool cut its middle, so that the docstring of `labelled_new103.py`, the
opening of its first style, the end of the first page of `labelled_new104.py`, its second page and
its cases were seen), then saved to a file in a scratch folder of which some ranges were printed
with `sed` (the docstring and `STYLES` of `labelled_new104.py`, with a few lines of that docstring
cut by the tool and seen again only in their first 300 characters through `cut`; the first 600
characters of each style of `labelled_new103.py` through `cut`; about the first half of its first
page), `grep -n` of its section markers and `head`; the rest (the second half of the first
page of `labelled_new103.py`, its second page and its cases, and the first part of the
first page of `labelled_new104.py`) was never printed. Also read: `def build` in
`tests/text/labelled_articles.py` (its line number by `grep -n`, then a `sed` range that also showed
the last three lines of the page literal before it: a "Skip to main content" line and closing
brackets), and the `[tool.ruff]` tables of `pyproject.toml` (a `grep -n -A25` cut by `head`). No
other page, case or docstring of any file under `tests/` was read. What was run: a Python one-liner
printing the calendars of November and December 2026 to check weekdays; a listing of the project's
`.venv/bin` filtered for ruff; scripts of my own in a scratch folder that turn a small line format
(flag, optional speaker alias and cue in braces, text; one line a paragraph, sentences joined by a
pilcrow; case marks) into the literals below, apply renames and patches, cut the split cases out of
the pages, and count sentences, flags and speakers while checking that every speaker has a cue and
every cue a speaker, no "B" line has a speaker, and each cue occurs in its sentence or in the quote
it continues; whole-word, case-insensitive per-word file counts (`grep -rilwF --include='*.py' --
WORD tests | wc -l`) over `tests/` for every capitalised word of these pages, of `STYLES` and of
this docstring (each part of a hyphenated or underscored name on its own) and for every candidate
replacement; an import of this file with `build` (its few lines copied into my script) on every page
and a check of four string fields, flags, 30 distinct case ids, every case text in a built page and
equal to its sentences joined by single spaces, each expected sentence one labelled sentence, and
the counts above; and `ruff format` and `ruff check` on this file with `--config` pointing at the
project's `pyproject.toml` (the check also through `--stdin-filename tests/text/labelled_new105.py`
so the per-file ignores for `tests/**` apply; run on the file itself it reports only the long-line
rule those ignores lift). Only counts were read from the word searches, never
the matched lines or file names; they ran through every file under `tests/`, including ones this set
must not open. The first draft's coined people, outlets, firms and places hit about a hundred words
of other files (given names and surnames such as Ruaraidh, Seonaid, Josianne, Clayton, Boitumelo,
Tumelo, Onalenna, Mothusi, Lesego, Apenisa, Asenaca, Josateki, Peni, Bwalya, Mwansa, Kalaluka,
Riaan, Jocelyn, Elijah, Mattias, Ingibjörg, Thandiwe, Kumudini and Dilrukshi; surname parts such as
Ankrah, Tetteh, Sithole, Tembo, Mutale, Persad, Perera, Lund, Breen, Brennan, Drury and Quill;
nearly every Chinese syllable of the Singapore names; outlet and place words such as Reefline,
Highveld, Meridian, Northbound, Kafubu, Qarbun, Kappillan, Nsuokrom and Kgalagadi, and the surnames
of the Fijian line-ups); each was renamed, and about sixty first-choice replacements hit as well
(such as Ealasaid, Ofosuhene, Kyerematen, Amponsah, Kheng, Syafiqah, Kallang, Tembusu, Vaalrand,
Litiana, Joeli, Isikeli, Peceli, Mosese, Ramcharitar, Marthese, Jurgen, Mwila, Mumba, Tremblett,
Torvald, Ashdown, Wessel, Kgomotso, Kelebogile and Nomathemba, and Chinese surnames and syllables
such as Ang, Poh, Tiong, Toh, Heng, Koh, Chng, Oon, Ng and Wee) and were renamed again; only
replacements with no hit were kept. What still hits is real countries, regions, cities, islands,
rivers and districts (Scotland, Oban, Mull, Coll, Craignure, Greenock, Tobermory, Kerrera, Port
Ellen, Inverness, Edinburgh, Moray, Accra, Greater Accra, Kasoa, Mallam, Gbawe, Weija, Ga South,
Kumasi, Tema, Singapore, Rustenburg, Fiji, Nadroga, Naitasiri, Sigatoka, Caparo, Malta, Zambia,
Southern Province, Choma, Mazabuka, Sri Lanka, Colombo, Uva, Ratnapura, the Red Sea, Nunavut,
Iqaluit, Arviat, Grise Fiord, Rankin Inlet, Kinngait, Ottawa, Winnipeg, Yellowknife, Iceland,
Reykjavík, Reykjanes, Keflavík, Akureyri, Vogar, the Blue Lagoon, Maun and the like), common words
and outlet words (Courant, Ledger, Coastline, Trace, Wynd, Quay, Notebook, Platinum, Crofter and the
like), common first names kept on purpose (Morag, Calum, Kwabena, Kofi, Akosua, Nana, Adwoa,
Ebenezer, Nurul, Nokuthula, Roderick, Pieter, Louis, Gloria, Precious, Rishi and Darren), Malay,
Maltese and Setswana words (Tanjong, Pasir, Triq, San, Pjazza, Kunsill, Lokali, Kgosi, Ke),
currency, unit and market tokens (GH, FJ, TT, ISK, USD, ZAR, ALSI, JSE, Rs, K, P, R, GMT, MB, KB),
acronyms (MRT, PTA, PAIA, LBW, CEO, CC, HD, PR, RSS) and titles and abbreviations kept or dropped on
purpose (Cllr, Mr, Dr, Prof, Ing, Co, Ltd, Pte, Pty, Pvt, Inc, No).

Every person, outlet, broadcaster, station, portal, wire service, newsletter, magazine, ferry firm,
ship, water company, rail operator, mining company, union, asset manager, brokerage, federation,
institute, consumers' alliance, water board, council, university, trust, sponsor, village, trace,
street, ground, handle and figure is invented. Real countries, regions, cities and institutions
appear only as settings: those listed above, and ministers in Edinburgh, the Minister for
Sanitation and Water Resources of Ghana, the JSE, the mineral resources department, the Labour
Relations Act and its section 189A (only its name and number), the Press Code and Press Ombud, the
Met Office of Iceland, the Legislative Assembly of Nunavut, the Government of Canada and Parliament
in Ghana. Facebook, X, TikTok, WhatsApp, Viber, Instagram, LinkedIn, Google Play and the App Store
appear only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, menu, byline, date, player line, box line, caption, credit, list
item, button row, comment line and legal line is a paragraph of its own); each paragraph a list of
sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points the recent sets state hold
too: furniture "B" line by line, whatever it says (a reader's comment, a notice, a tally);
captions by content and credits "B"; headlines and standfirsts never split and flagged by content,
carrying the source of a "says" or "finds"; a dateline belongs to its lead sentence; a pronoun, a
later surname ("Mr Bannochie", "Mr Kiew", "Mr Sookbirsingh", "Vunidakua", "Galefele-Motshwari") or a
title resolves to the full name as first given, without titles ("Cllr", "Ing.", "Dr.", "Prof.",
"Associate Professor", "Kgosi", "Managing director", "Corporation chairman", "Council
chairperson", "Executive Secretary", "Vice-Chancellor", "The Mayor", "Member of Parliament",
"Spokeswoman", "Store manager", "Financial director", "CEO", "Co-author", "Lead author");
"the company said", "the operator said", "The group said", "The company said", "The regulator
said" and "The utility said" kept as written; "it said" and "It said" resolved to the organisation
as first given; "according to X" with X as written; a quote over several sentences carries its
speaker and cue; a pull quote "B" with its attribution line; sport line-ups, the referee and the
man of the match "" as data and the TEAMS label "B"; a journal reference line one "B" sentence; the
wire's reporting line one "B" sentence.

Conventions this set had to settle, in the same spirit:

* A press release's own furniture: the release number, "For immediate release", "- Ends -", the
  "Notes to editors" label, the media-contact, downloads, back, print-share, alerts, follow,
  page-updated and office-hours lines are "B"; a numbered note that states a fact of the scheme
  ("1. The zone covers ...", "3. The scheme was first proposed ...") is "W", and one that only
  speaks about the release ("2. A map of the zone is attached.") is "B".
* A newsletter post: the post title is the headline ("W" by content); the issue number, author,
  date, reaction strip, "In this issue:" and its list, the reader-supported note, forwarded-email
  ask, sign-off, signature, paid-tier promo, buttons, photo-of-the-week ask, unsubscribe lines and
  company footer are "B"; the writer's own greeting and asides ("Good morning from Reykjavík, where
  the sun rose at 11:05 ...", "Honestly?", "I checked.") are "" (prose, not furniture), while "Here's
  what happened this week." is "B"; a numbered section head is labelled by content ("1. Heating
  bills are going up" "W", the others "").
* A hyperlocal blog: the blogger's exclamation ("Eh-eh, it finish!"), memories, advice and meeting
  notice are ""; a source who "told me" carries the cue "told me"; the donation ask between tildes
  is "B" in both its sentences.
* A community radio page: the on-air line, the first-broadcast note, the bulletin player, the
  Setswana greeting, the WhatsApp line, community and death notices, the thank-you to callers and
  the ownership note are "B"; a line of advice to residents is "".
* A magazine feature: a scene-setting opening and closing are ""; the headline is "" (a title, not
  a claim) and the dek "W"; the issue-and-subscription promo is "B".
* A university release: a "Key findings" box has its title "B" and its points "W"; a study
  participant's harvest figure is "W", as the study's result in her own field.
* A quoted figure is "W" even when private in tone ("Gas here is $2.14 a litre.", a union's
  dividend figure, an analyst's quoted price drop); private people's own lives without a wider
  claim (an accountant's trip, a hunter's caribou, a chop-bar owner's tap, a resident's flooded
  house, a mother's walk to a standpipe) are "".

Splits, as a reviewer wants them: "Ltd. cancelled" mid-sentence; "3 November" and "26 days after it
went in."; a quote whose second sentence runs on without a verb ("... isn't a timetable.”", "...
not negligence.”", "How can a business survive like this?”"); "Ltd." before "Registered in Scotland
No. SC241187." and the postcode "IV1 1QX."; "Ing. Kwabena" and "Ing. Asamfoh-Kyeremfowaa" mid- and
sentence-initial; "GH¢2.4 million"; "Corporation." before "All rights reserved."; "Pte. Ltd. said"
mid-sentence and "7.42am" before "Full service resumed at 10.22am."; "Mr Kiew said." after a quote;
"Pte. Ltd." before "All rights reserved."; "412c", "R24,180" and "R11.6bn."; "section 189A of the
Labour Relations Act." before "Consultations"; "(Pty) Ltd." before "Copyright © 2026."; "20-20."
before "Flyhalf"; "“Did we play well enough to win?" before "Probably not.”"; initials in line-ups;
"Co. —" in a sponsor line; "Limited." before "No reproduction"; "Eh-eh, it finish!" before the
drain sentence; "No. 14" mid-sentence; "7 p.m. at" and "Bring your questions!"; "Loading..."; "©
2026." before "Theme: Simple Notebook."; "7 p.m. and 7 a.m. every day."; "€25 a year."; "the Mayor
said." before a quote; "8.00 a.m. to 1.30 p.m." before "Closed on public holidays."; "Dr. Namukonda"
and "Dr. Chibwela-Shamfuti"; "(approx. US$690)"; "Prof. Kashimba"; "et al." inside the journal
reference; "Act No. 11 of 2008." before "© 2026 Luswishi University." before "All rights
reserved."; "COLOMBO, Dec 1 (LBW) -"; "Rs. 1,182" and "Rs. 80 to Rs. 120"; "(Pvt) Ltd., said" and
"(Pvt) Ltd." before "Unauthorised"; "11%." before a sentence ending "she said."; "$612.40" and
"$271.85"; "$2.14 a litre." before "You do the math.”"; "N.W.T." before "We acknowledge"; "ohf.,
said" mid-sentence; "Honestly?" before an aside; "ehf." before the street address; "P4.2
million." before a quote; "P38,000 a week." `CASES` holds 30 sentence-split cases (id, text,
expected sentences), each a stretch of two or three consecutive sentences of one paragraph of these
pages joined by single spaces: what a reviewer wants, not what the engine does.
"""

STYLES = [
    'Scottish REGIONAL DAILY\'s islands page (Oban, Coll and Mull), a ferry firm cancels 318 sailings in November while its oldest ship spends 26 days in dry dock: masthead in capitals, a sign-in and £1 offer line, a menu spaced with blanks, section label with ›, headline and a standfirst of record "W", byline and role on two lines, a weekday date line, a comment count, a caption "" and an "Image:" credit; the lead with "Ltd." mid-sentence and "the company said" kept as written "W", a two-sentence paragraph with "3 November" "W"; the managing director (title dropped) on the corrosion "W", his regret "" and He said on the ship\'s return "W"; ADVERTISEMENT and a "READ MORE:" line "B"; the community council chair named first (nine days "W", a two-sentence quote the second of which runs on without a verb ""); a councillor with Cllr dropped (hotel bookings "W", a plan ""); an Island Edition newsletter block of three lines "B"; a reliability report through According to "W"; "Mr Bannochie said" with a hope ""; A spokeswoman for the ferry agency said (contract cost "W"); an inline caption "" and "Photograph:" credit "B"; the contract term "W"; a Tags line, an About-the-author label and a two-sentence bio with an e-mail address, a comment count, a two-sentence moderation note, a handle-and-time line, a reader\'s comment, Reply and Report, a More-from list, the footer split at "Ltd." before "Registered in Scotland No. SC241187." and the registered office, and footer links, all "B"',
    'Ghanaian PUBLIC BROADCASTER\'s regional page (Accra), an algae bloom cuts a treatment plant\'s output and 23 communities go on water rationing: site name, a radio-and-TV switcher with pipes, a breadcrumb with ›, headline "W", byline with the broadcaster\'s name, a Published line with GMT, an audio player line "LISTEN ▶ ... 02:41" and a share strip "B"; an "ACCRA —" dateline lead with "the company said" kept as written "W"; the chief manager with "Ing." dropped who told the broadcaster (schedule "W") and He said (chemical bill "W"); his two-sentence quote, the second running on ""; two "ALSO READ:" lines "B"; his causal account "W" and a forecast ""; "it said" resolving to the water company as first given "W"; ADVERTISEMENT, a video line with its running time and the photo credit "B", the caption ""; the minister (tankers "W", She urged ""); a consumers\' alliance said (tanker prices "W") and "The group said" kept as written (""); a radio-frequency promo "B"; a chop-bar owner\'s own taps and her three-sentence quote ending in a question ""; the municipal chief executive (schools sent home "W"); background "W"; Source, Tags, RELATED STORIES list, a two-sentence app-and-follow line, copyright split at "Corporation." before "All rights reserved." and footer links "B"',
    'Singaporean TV STATION\'s news page, a power fault halts nine stations of a rail line for 2 hours 40 minutes: station name, WATCH LIVE, menu, section label, headline "W", a date line with "(Updated: ...)", Bookmark, player chrome ("▶ 2:31", "CC | HD | Auto-play next") and a "(Video: ...)" credit "B", the video\'s caption ""; a "SINGAPORE:" dateline lead with "the operator said" kept as written "W"; "SeraRail Pte. Ltd. said" mid-sentence and "7.42am." before "Full service resumed at 10.22am." "W"; the chief executive told reporters (cause "W"), "Mr Kiew said" after an apology "", He said (first fault "W"); Advertisement; the transport regulator said (buses "W"), It said (investigation ""), a fine with "it said" "W"; ALSO WATCH and Autoplay-next lines "B"; an accountant\'s own trip and quote "", a retiree\'s account and quote ""; a WhatsApp promo; an MP (messages "W", a question he will ask ""); an associate professor with the title dropped (a causal claim "W", a judgement ""); the regulator\'s annual report through According to "W"; Source line with initials in brackets, Topics, Advertisement, Continue reading, app line, copyright split at "Pte. Ltd." before "All rights reserved." and footer links "B"',
    'South African BUSINESS DAILY\'s mining page (Rustenburg), a platinum miner cuts 1,850 jobs as interim earnings fall 38%: masthead, a market ticker with arrows, subscribe line, section label, PREMIUM label, headline "W" and a standfirst "The miner says ..." carrying The miner as written "W", byline with role, a dated and UPDATED line, a listen-to-article line; the lead with said "W"; "The group said" kept as written (basket price "W") and revenue "W"; "It said" resolving to the miner (output "W"); headcount "W"; the CEO (shaft losses "W", a quote ""); a SEE ALSO line; the share price "W"; "The company said" kept as written (section 189A notice "W") and the consultation period "W"; Advertisement and a two-sentence subscription ask "B"; a union\'s regional secretary (membership "W", a quoted dividend figure "W", a vow ""); the financial director (net debt "W", no dividend ""); a portfolio manager (an opinion and a could-hedge ""); the metal\'s fall "W"; a two-sentence comment prompt, the Comment Policy line, RELATED ARTICLES with a podcast line, a Press Code line, a publisher line split at "(Pty) Ltd." before "Copyright © 2026." and footer links "B"',
    'Fijian SPORTS SITE, a provincial rugby final (Nadroga 27, Naitasiri 20): site name in capitals, a sports menu with pipes, section label with ›, headline "W", byline, date line, a share-and-comments strip, caption "" and a "PHOTO:" credit with a slash; the result, the crowd and the tries with "20-20." before "Flyhalf ..." "W"; half-time score and a bid for a third title "W"; the winning coach\'s feeling and quote ""; a WATCH line with a running time and Advertisement "B"; the captain\'s dedication and quote ""; the losing coach (missed kicks "W") and a quote split after the question "Did we play well enough to win?" before "Probably not.”" (all ""); the union\'s chief executive (record takings "W"); TEAMS label "B" and the line-ups with initials, the referee and the man of the match "" as data; Tags, a sponsor line with "Co.", More rugby list, UP NEXT, comment count, a comment with name and time, and a copyright split at "Limited." before "No reproduction ..." "B"',
    'Trinidadian HYPERLOCAL BLOG (a village in central Trinidad), a regional corporation finishes a TT$2.8 million box drain: blog name in capitals, a tagline, menu, headline "W" (the drain finished, with "but residents still worried"), a posted-by line with category and comment count "B"; an exclamation in Trinidadian English "" before the completion "W"; the corporation chairman who "told me" (cost "W") and He said (a water line "W"); August\'s flood and 2024\'s "W"; the blogger\'s memory and a caption ""; a bracketed photo credit "B"; the councillor (clearing "W", a plan ""); a two-sentence donation ask between tildes "B"; a resident at "No. 14" (her own flooded house, a quote and a question in dialect, all ""); an engineer (design capacity "W", a judgement ""); "Mr Sookbirsingh said" (spending "W"); the blogger\'s advice and a meeting notice with "7 p.m. at" and "Bring your questions!" ""; share and like strips with "Loading...", Related, a related post, the comments heading, two comments with names and times and their Reply lines, the reply form\'s two-sentence note and a footer split at "© 2026." before "Theme: ..." "B"',
    'Maltese CITY HALL PRESS ROOM (a local council), a residents\' parking scheme for 14 streets: council name in Maltese and English, language switch, breadcrumb, release number "PR 087/26" and a For-immediate-release line "B"; headline "W"; the council said in a statement "W" (kept as first given); the vote and "7 p.m. and 7 a.m. every day." "W"; permits and the second-permit fee "W"; the Mayor named with her title dropped (survey "W"), a two-sentence quote, the first with "the Mayor said", the second running on ""; budget "W"; the executive secretary (opening date "W"); a councillor against, said in a separate statement (displaced cars "W") and He said (consultation ""); the Mayor said (fine "W"); the council\'s review through according to "W"; "- Ends -" and Notes to editors "B", notes 1 and 3 of record "W" and note 2 (an attachment) "B"; media contact, downloads with file sizes, back link, print-share, e-mail alerts, follow line, page-updated line, office hours split at "1.30 p.m." before "Closed on public holidays.", and a copyright and links line "B"',
    'Zambian UNIVERSITY NEWS OFFICE release (Southern Province), solar drip irrigation lifts maize yields 41 per cent: university name, menu, breadcrumb, headline "..., LU study finds" carrying the study, date-and-office line and reading time "B"; a Key findings box (title "B", three points of record "W"); caption "" and credit "B"; the lead with "has found" carrying the study as written, and "the study found" "W"; the lead author with "Dr." dropped (a season\'s gap "W", a quote ""), her costs with "K18,500 (approx. US$690)" "W" and a plan ""; a "Read also:" line "B"; the co-author with "Prof." dropped (fertiliser "W", a could-hedge ""); dry spells "W"; a farmer in the study (her own harvest "W" as the study\'s result, a quote ""); the vice-chancellor with "Prof." dropped (funding "W", an opinion ""); a journal reference line with "et al." as one "B" sentence; funding note, media enquiries, share line, related list, keywords, a was-this-helpful line, a subscribe line and a footer split at "Act No. 11 of 2008." and "© 2026 Luswishi University." before "All rights reserved." "B"',
    'Sri Lankan WIRE STORY on a news PORTAL (Colombo), tea auction prices slip 4.6% and October exports fall: portal name, language switch in three scripts, breadcrumb, a menu with middle dots, headline "W", date-and-views line, Advertisement; a "COLOMBO, Dec 1 (LBW) -" dateline lead with "Rs. 1,182" and brokers said "W"; exports through according to "W"; an analyst at a firm ending "(Pvt) Ltd., said" (Uva teas "W", a quoted price drop "W"); an "Also on ..." line "B"; She said (dry weather "W") and a reason with "she said" at the end ""; the export markets "W"; the planters\' secretary-general (costs "W", a quote ""); "The regulator said" kept as written (earnings "W") and "It said" resolving to the regulator as first given (a forecast ""); an estate manager (overtime for 410 workers "W", a quote ""); the quantity on offer "W"; the "(Reporting by ...; Editing by ...)" line, the wire\'s copyright split at "(Pvt) Ltd." before "Unauthorised reproduction prohibited.", the portal\'s two-sentence disclaimer, a numbered Most Viewed list, share line, comment form lines, Related News, app line and footer "B"',
    'Canadian North MAGAZINE feature (Arviat and 13 other Nunavut communities), a staples basket costs more than twice what it does in Ottawa: magazine name, menu, issue line, FEATURE label "B"; a headline "" and a dek of record "W"; story-and-photography credit, date with read time, share line "B"; a caption with the milk price "W" and photo credit "B"; a scene-setting opening ""; the store manager (weekly sales "W", a feeling "", and a quoted freight share running on "W"); the survey found (basket costs "W", Ottawa "W") and "It found" resolving to the survey "W"; a PULL QUOTE repeating the manager\'s words with its attribution line "B"; ADVERTISEMENT; the survey\'s lead researcher (subsidy "W", a quote "", skipped meals "W"); a transition ""; a hunter\'s own caribou, his quote, and a quoted gas price "W" before "You do the math.”" ""; a two-sentence issue-and-subscription promo "B"; caption "" and credit "B"; the MLA (a request "W", and "she said" after the territory\'s freezers "W"); closing scene ""; Tagged line, About the writer with a two-sentence bio, Keep reading, newsletter line, publisher line split at "N.W.T." before the funding acknowledgement, and copyright "B"',
    'Icelandic English-language NEWSLETTER POST (Reykjavík), hot water tariff up 9.5%, a quiet volcano and tourist numbers: newsletter name, tagline, subscribe line "B"; a post title "W"; issue number, author, date and a likes-comments-share strip "B"; a greeting with the day\'s sunrise "" and "Here\'s what happened this week." "B"; a two-sentence reader-supported note, "In this issue:" and its arrow list "B"; a numbered section head of record "W"; the utility with "ohf." mid-sentence said (tariff "W") and "The utility said" kept as written (drilling "W"); the spokeswoman who "told me" (bill "W", a quote ""); "Honestly?" and an aside ""; She said (pool closures "W"); a two-sentence forwarded-email ask "B"; a section head ""; the Met Office said (uplift "W") and It said (a likely-hedge ""); lagoon closures "W" and a wish ""; a mayor (families back "W"); a section head ""; arrivals through according to the association\'s director "W" and She said (a comparison ""); a hot-dog price aside and "I checked." ""; sign-off lines, the author\'s dash signature, paid-subscriber promo, Upgrade button, a photo-of-the-week ask, the like-comment-restack strip, the why-you-got-this and unsubscribe line and the company footer split at "ehf." before the street address "B"',
    'Botswana COMMUNITY RADIO STATION\'s news page (Maun), boreholes fail and 11,400 households go on rationing: station name with frequency, LISTEN LIVE, an on-air-now line with a time range, menu with pipes, NEWS label "B"; headline "W"; posted-by line, a first-broadcast note and a bulletin player line "B"; the water board says (rationing "W"); the regional manager (supply and demand "W", She said drilling date and cost "W", an appeal ""); a Setswana greeting and a WhatsApp news line "B"; the schedule "W"; the council chairperson who told the station (bowsers "W"), He said (priorities "") and an appeal ""; a chief with "Kgosi" dropped at a kgotla (a complaint and a quote ""); a caption "" and credit "B"; a mother\'s own walk to a standpipe and her quote ""; census figures through according to "W"; the manager\'s surname alone said (a causal claim "W"); a fault-line advice ""; a share line, next-programme line, Community notices with a PTA notice, Death notices with a two-sentence funeral notice ending in Setswana, a thank-you to callers, a two-sentence ownership note and copyright split at "Trust." before "All rights reserved." "B"',
]

ARTICLES = [
    [
        [
            ("THE STRATHMORY COURANT", "", "", "B"),
        ],
        [
            ("Sign in | Subscribe: your first three months for £1", "", "", "B"),
        ],
        [
            (
                "News   Highlands & Islands   Moray   Farming   Sport   Opinion   Notices",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Highlands & Islands", "", "", "B"),
        ],
        [
            (
                "Ferry firm cancelled 318 island sailings in November as its oldest ship sat in dry dock for 26 days",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Oban routes lost more crossings last month than in any month since the operator took them over in 2019",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Calum Drennoch", "", "", "B"),
        ],
        [
            ("Transport Correspondent", "", "", "B"),
        ],
        [
            ("Tuesday, 1 December 2026, 6:48 am", "", "", "B"),
        ],
        [
            ("💬 14 comments", "", "", "B"),
        ],
        [
            (
                "Foot passengers wait at the Oban terminal last Thursday after the morning sailing to Craignure was called off.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Image: Courant Picture Desk", "", "", "B"),
        ],
        [
            (
                "Skerrivane Ferries Ltd. cancelled 318 sailings on its five Oban routes in November, the company said in figures published on Monday.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "The total is more than twice the 141 sailings it lost in November last year.",
                "",
                "",
                "W",
            ),
            (
                "Of the cancellations, 209 followed the withdrawal of the MV Glenfiachrach, the oldest of its four ships, which went into dry dock at Greenock on 3 November for what was planned as a nine-day overhaul.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Managing director Tormailt Bannochie said engineers had found corrosion in the ship's propeller shaft housing that inspectors would not pass.",
                "Tormailt Bannochie",
                "said",
                "W",
            ),
            (
                "“Nobody is sorrier about November than the crews are,” he said.",
                "Tormailt Bannochie",
                "said",
                "",
            ),
            (
                "He said the ship returned to service on Sunday, 26 days after it went in.",
                "Tormailt Bannochie",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("READ MORE: Harbour trust backs £4.1m repair of Tobermory's north pier", "", "", "B"),
        ],
        [
            (
                "Morag Feithlinn, who chairs the community council on Coll, said the island went without a ferry for nine days in a row from 12 November.",
                "Morag Feithlinn",
                "said",
                "W",
            ),
            (
                "“The shop ran out of milk by the Tuesday and the vet couldn't get across for a calving,” she said.",
                "Morag Feithlinn",
                "said",
                "",
            ),
            (
                "“People here are patient, but patience isn't a timetable.”",
                "Morag Feithlinn",
                "said",
                "",
            ),
        ],
        [
            (
                "Cllr Fionnghal Grianach, who represents the islands on the council, said three hotels on Mull had reported cancelling a combined 412 room bookings.",
                "Fionnghal Grianach",
                "said",
                "W",
            ),
            (
                "She said she would ask ministers in Edinburgh to pay for a relief vessel next winter.",
                "Fionnghal Grianach",
                "said",
                "",
            ),
        ],
        [
            (
                "Get the Island Edition: ferry news, weather warnings and what's on, in your inbox every Thursday.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Your email address", "", "", "B"),
        ],
        [
            ("Sign me up", "", "", "B"),
        ],
        [
            (
                "According to the ferry agency's annual reliability report, 96.2% of the firm's sailings ran within 10 minutes of the timetable in the year to March.",
                "the ferry agency's annual reliability report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Mr Bannochie said the company hoped to charter a second-hand vessel from Norway before the worst of the winter weather.",
                "Tormailt Bannochie",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokeswoman for the ferry agency said the contract for a new ship for the Oban routes, signed in 2022 for £48.6m, had since risen to £71.3m.",
                "A spokeswoman for the ferry agency",
                "said",
                "W",
            ),
        ],
        [
            ("The Glenfiachrach in dry dock at Greenock on 18 November.", "", "", ""),
        ],
        [
            ("Photograph: Skerrivane Ferries", "", "", "B"),
        ],
        [
            ("The operator's contract with ministers runs until September 2029.", "", "", "W"),
        ],
        [
            ("Tags: Ferries | Coll | Mull | Oban | Transport", "", "", "B"),
        ],
        [
            ("About the author", "", "", "B"),
        ],
        [
            (
                "Calum Drennoch has covered transport and the islands for the Courant since 2018.",
                "",
                "",
                "B",
            ),
            ("Email him at calum.drennoch@courantnews.scot or follow him on X.", "", "", "B"),
        ],
        [
            ("Comments (14)", "", "", "B"),
        ],
        [
            ("Our community rules apply.", "", "", "B"),
            ("Every comment is read by a moderator before it appears.", "", "", "B"),
        ],
        [
            ("Coll_Crofter  ·  3 hours ago", "", "", "B"),
        ],
        [
            ("Nine days without a boat and not a word from them until day six.", "", "", "B"),
        ],
        [
            ("Reply  ·  Report", "", "", "B"),
        ],
        [
            ("More from Highlands & Islands", "", "", "B"),
        ],
        [
            ("Distillery plans 40 new jobs in Port Ellen expansion", "", "", "B"),
        ],
        [
            ("Coastguard called to yacht aground off Kerrera", "", "", "B"),
        ],
        [
            ("© 2026 Strathmory Newspapers Ltd.", "", "", "B"),
            ("Registered in Scotland No. SC241187.", "", "", "B"),
            ("Registered office: 40 Harbour Wynd, Inverness IV1 1QX.", "", "", "B"),
        ],
        [
            ("Privacy · Cookies · Terms · Contact us · Advertise with us", "", "", "B"),
        ],
    ],
    [
        [
            ("GyBC ONLINE", "", "", "B"),
        ],
        [
            ("📻 GyBC Radio 1   |   GyBC Twi FM   |   GyBC 24 TV   |   LIVE", "", "", "B"),
        ],
        [
            ("Home › News › Regions › Greater Accra", "", "", "B"),
        ],
        [
            (
                "Water rationing for 23 Accra West communities as algae cuts Weija output by 40 per cent",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Nana Adwoa Boahemaa-Sarpomah, GyBC News", "", "", "B"),
        ],
        [
            ("Published: 01 Dec 2026, 7:15 PM GMT", "", "", "B"),
        ],
        [
            ("🎧 LISTEN ▶  Audio report  |  02:41", "", "", "B"),
        ],
        [
            ("Share:  Facebook  X  WhatsApp  Copy link", "", "", "B"),
        ],
        [
            (
                "ACCRA — The Nsuobrebi Water Company has started rationing supplies to 23 communities in western Accra after an algae bloom cut output at its Weija treatment plant from 48 million gallons a day to 29 million, the company said on Tuesday.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "The company's chief manager for Accra West, Ing. Kwabena Asamfoh-Kyeremfowaa, told GyBC News that affected areas, including Kasoa, Mallam and Gbawe, would receive water on three days a week under a schedule published on Monday night.",
                "Kwabena Asamfoh-Kyeremfowaa",
                "told",
                "W",
            ),
            (
                "He said chemicals to treat the bloom cost the company GH¢2.4 million in November, four times the usual monthly bill.",
                "Kwabena Asamfoh-Kyeremfowaa",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We are asking customers to store water safely and to bear with us,” he said.",
                "Kwabena Asamfoh-Kyeremfowaa",
                "said",
                "",
            ),
            ("“This is nature, not negligence.”", "Kwabena Asamfoh-Kyeremfowaa", "said", ""),
        ],
        [
            ("ALSO READ: Cedi ends November 3.1% stronger against the dollar", "", "", "B"),
        ],
        [
            ("ALSO READ: Kumasi traders protest new market tolls", "", "", "B"),
        ],
        [
            (
                "Ing. Asamfoh-Kyeremfowaa said the bloom had been caused by high temperatures and by nutrients washing into the reservoir from farms upstream.",
                "Kwabena Asamfoh-Kyeremfowaa",
                "said",
                "W",
            ),
            (
                "He said the company expected full output to be restored “within two to three weeks”.",
                "Kwabena Asamfoh-Kyeremfowaa",
                "said",
                "",
            ),
        ],
        [
            (
                "The company has about 186,000 customer accounts in the affected communities, it said.",
                "The Nsuobrebi Water Company",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("▶ VIDEO: Queues at a water tanker in Kasoa on Tuesday morning (01:58)", "", "", "B"),
        ],
        [
            ("Residents of Kasoa fill buckets from a tanker on Tuesday.", "", "", ""),
        ],
        [
            ("Photo credit: GyBC/Kofi Asantewfo-Kwatengbe", "", "", "B"),
        ],
        [
            (
                "The Minister for Sanitation and Water Resources, Akosua Nyarkobea-Adjeteyfio, said the ministry had released GH¢6.5 million for 40 extra water tankers to serve schools and health facilities in the affected areas.",
                "Akosua Nyarkobea-Adjeteyfio",
                "said",
                "W",
            ),
            (
                "She urged residents not to buy water from unregistered vendors.",
                "Akosua Nyarkobea-Adjeteyfio",
                "urged",
                "",
            ),
        ],
        [
            (
                "The Alliance of Urban Water Consumers said tanker operators in Kasoa had raised the price of a 500-gallon load from GH¢180 to GH¢350 since Friday.",
                "The Alliance of Urban Water Consumers",
                "said",
                "W",
            ),
            (
                "The group said the rationing timetable had come too late for many households.",
                "The group",
                "said",
                "",
            ),
        ],
        [
            (
                "Listen to GyBC Radio 1 on 94.7 MHz across Greater Accra, or stream live on the GyBC app.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "At Gbawe, chop bar owner Yaa Dwomowaa Abrefadwen said she had not had water from her tap since Thursday.",
                "Yaa Dwomowaa Abrefadwen",
                "said",
                "",
            ),
            (
                "“Every morning I spend two hours looking for water before I can cook,” she said.",
                "Yaa Dwomowaa Abrefadwen",
                "said",
                "",
            ),
            ("“How can a business survive like this?”", "Yaa Dwomowaa Abrefadwen", "said", ""),
        ],
        [
            (
                "Ebenezer Larteyquaye-Odoifio, the municipal chief executive for Ga South, said 11 basic schools in the district had sent pupils home early on Monday because they had no water for their toilets.",
                "Ebenezer Larteyquaye-Odoifio",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Weija plant supplies about 45 per cent of the water used in Greater Accra.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Source: GyBC News", "", "", "B"),
        ],
        [
            ("Tags: #Water #Accra #Weija #Kasoa", "", "", "B"),
        ],
        [
            ("RELATED STORIES", "", "", "B"),
        ],
        [
            ("Tema residents count cost of three-week supply cut", "", "", "B"),
        ],
        [
            ("Parliament approves GH¢1.2bn loan for northern water projects", "", "", "B"),
        ],
        [
            ("Download the GyBC app on Google Play and the App Store.", "", "", "B"),
            ("Follow GyBC News on Facebook, X and TikTok.", "", "", "B"),
        ],
        [
            ("© 2026 Gyedua Broadcasting Corporation.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About GyBC  |  Advertise  |  Complaints  |  Privacy Policy", "", "", "B"),
        ],
    ],
    [
        [
            ("S8 NEWS", "", "", "B"),
        ],
        [
            ("● WATCH LIVE", "", "", "B"),
        ],
        [
            ("Singapore   Asia   World   Business   Sport   Lifestyle   Videos", "", "", "B"),
        ],
        [
            ("Singapore", "", "", "B"),
        ],
        [
            (
                "Train fault halts Coastline service for 2 hours 40 minutes, affecting about 86,000 commuters",
                "",
                "",
                "W",
            ),
        ],
        [
            ("02 Dec 2026 12:41PM (Updated: 02 Dec 2026 06:18PM)", "", "", "B"),
        ],
        [
            ("Bookmark", "", "", "B"),
        ],
        [
            ("▶ 2:31", "", "", "B"),
        ],
        [
            ("CC  |  HD  |  Auto-play next", "", "", "B"),
        ],
        [
            (
                "Commuters queue for free bridging buses outside Tanjong Kapur station on Wednesday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            ("(Video: S8 News)", "", "", "B"),
        ],
        [
            (
                "SINGAPORE: A power fault stopped trains on nine stations of the Coastline on Wednesday morning, affecting about 86,000 commuters, the operator said.",
                "the operator",
                "said",
                "W",
            ),
        ],
        [
            (
                "SeraRail Pte. Ltd. said trains stopped at 7.42am between Tanjong Kapur and Pasir Mandai stations.",
                "SeraRail Pte. Ltd.",
                "said",
                "W",
            ),
            ("Full service resumed at 10.22am.", "", "", "W"),
        ],
        [
            (
                "SeraRail chief executive Kiew Puay Hian told reporters that a cable joint on the third rail near Pasir Mandai had failed and tripped a section of the power supply.",
                "Kiew Puay Hian",
                "told",
                "W",
            ),
            (
                "“We are very sorry to everyone whose morning was disrupted,” Mr Kiew said.",
                "Kiew Puay Hian",
                "said",
                "",
            ),
            (
                "He said it was the first fault of its kind on the line since it opened in 2021.",
                "Kiew Puay Hian",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "In a statement at 1.10pm, the transport regulator said it had deployed 142 bridging buses and free regular bus services along the affected stretch.",
                "the transport regulator",
                "said",
                "W",
            ),
            (
                "It said it would investigate the fault together with the operator and take action “if lapses are found”.",
                "the transport regulator",
                "said",
                "",
            ),
        ],
        [
            (
                "The regulator fined the operator S$1.9 million for a separate signalling fault on the line in 2024, it said.",
                "the transport regulator",
                "said",
                "W",
            ),
        ],
        [
            (
                "ALSO WATCH: Night works to replace 14km of Coastline cables to start next month",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Autoplay next: Coastline disruption: what commuters told us (1:48)", "", "", "B"),
        ],
        [
            (
                "Nurul Izzatul Rahmattulla, a 29-year-old accountant, said her trip from Tanjong Kapur to her office in the city took 2 hours and 15 minutes instead of the usual 50.",
                "Nurul Izzatul Rahmattulla",
                "said",
                "",
            ),
            (
                "“The platform was packed and nobody knew what was going on,” she said.",
                "Nurul Izzatul Rahmattulla",
                "said",
                "",
            ),
        ],
        [
            (
                "Onn Tuay Jhun, 67, said staff at Pasir Mandai station handed out bottled water to those waiting.",
                "Onn Tuay Jhun",
                "said",
                "",
            ),
            ("“They did their best,” he said.", "Onn Tuay Jhun", "said", ""),
        ],
        [
            ("Get S8 News on WhatsApp: breaking news, straight to your phone.", "", "", "B"),
        ],
        [
            (
                "Member of Parliament Devan Ponnusamy-Thevar, whose constituency is served by four of the affected stations, said he had received more than 300 messages from residents by noon.",
                "Devan Ponnusamy-Thevar",
                "said",
                "W",
            ),
            (
                "“I will be asking how a single joint can take out nine stations,” he said.",
                "Devan Ponnusamy-Thevar",
                "said",
                "",
            ),
        ],
        [
            (
                "Associate Professor Tung Wuan Chiat, a rail engineering specialist at a local university, said joint failures of this kind were usually caused by heat and moisture entering the insulation.",
                "Tung Wuan Chiat",
                "said",
                "W",
            ),
            (
                "He said a full inspection of every joint on the line was worth the cost.",
                "Tung Wuan Chiat",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the regulator's annual report, the Coastline averaged 1.8 million train-km between delays of more than five minutes last year, the best of any line.",
                "the regulator's annual report",
                "according to",
                "W",
            ),
        ],
        [
            ("Source: S8 News/kw(tl)", "", "", "B"),
        ],
        [
            ("Topics: MRT, SeraRail, Public transport, Coastline", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Continue reading", "", "", "B"),
        ],
        [
            ("Get the S8 News app, now with audio bulletins.", "", "", "B"),
        ],
        [
            ("Copyright© Serapine Quay Media Pte. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Terms of Use | Privacy Policy | Cookie Settings | Contact S8", "", "", "B"),
        ],
    ],
    [
        [
            ("THE RANDREEF BUSINESS DAY", "", "", "B"),
        ],
        [
            (
                "JSE ALSI 84 112 ▲0.4%  |  USD/ZAR 17.62 ▼0.3%  |  Brent $71.40  |  Gold $2 414/oz",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Subscribe  |  Sign in", "", "", "B"),
        ],
        [
            ("Companies › Mining", "", "", "B"),
        ],
        [
            ("PREMIUM", "", "", "B"),
        ],
        [
            ("Ngwetsana Platinum to cut 1,850 jobs as interim earnings fall 38%", "", "", "W"),
        ],
        [
            (
                "The miner says two Rustenburg shafts are losing money at current metal prices",
                "The miner",
                "says",
                "W",
            ),
        ],
        [
            ("Nomathembeko Moloisane  Mining Editor", "", "", "B"),
        ],
        [
            ("01 December 2026 - 18:05  ·  UPDATED 02 December 2026 - 06:10", "", "", "B"),
        ],
        [
            ("🔊 Listen to article  ·  4 min", "", "", "B"),
        ],
        [
            (
                "Ngwetsana Platinum said on Tuesday it would cut 1,850 jobs at two shafts near Rustenburg after headline earnings a share fell 38% to 412c in the six months to September.",
                "Ngwetsana Platinum",
                "said",
                "W",
            ),
        ],
        [
            (
                "The group said its average basket price fell 17% to R24,180 an ounce in the period, while unit costs rose 9%.",
                "The group",
                "said",
                "W",
            ),
            ("Revenue fell 14% to R11.6bn.", "", "", "W"),
        ],
        [
            (
                "It said output of platinum group metals at its four shafts fell 4% to 286,000 ounces.",
                "Ngwetsana Platinum",
                "said",
                "W",
            ),
        ],
        [
            ("Ngwetsana employs about 21,500 people, including contractors.", "", "", "W"),
        ],
        [
            (
                "CEO Nokuthula Mabuyakazi-Zungwini said the two shafts had lost R640m between them in the half-year.",
                "Nokuthula Mabuyakazi-Zungwini",
                "said",
                "W",
            ),
            (
                "“We cannot keep asking the healthy parts of the business to carry shafts that lose money every month,” she said.",
                "Nokuthula Mabuyakazi-Zungwini",
                "said",
                "",
            ),
        ],
        [
            ("SEE ALSO: Rand firms as US inflation cools", "", "", "B"),
        ],
        [
            (
                "Ngwetsana's shares fell 6.4% to R48.20 on the JSE on Tuesday, taking their decline this year to 31%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The company said it had notified the mineral resources department and organised labour under section 189A of the Labour Relations Act.",
                "The company",
                "said",
                "W",
            ),
            ("Consultations will run for at least 60 days.", "", "", "W"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Support independent business journalism.", "", "", "B"),
            ("Subscribe from R109 a month, cancel any time.", "", "", "B"),
        ],
        [
            (
                "Tshepang Mokgatlhane, regional secretary of the Platinum Belt Workers' Union, said the union represented about 1,400 of the workers at the affected shafts.",
                "Tshepang Mokgatlhane",
                "said",
                "W",
            ),
            (
                "“The company paid R1.1bn in dividends only two years ago, and now the workers must pay for the bad times,” he said.",
                "Tshepang Mokgatlhane",
                "said",
                "W",
            ),
            (
                "He said the union would oppose the cuts “at every step”.",
                "Tshepang Mokgatlhane",
                "said",
                "",
            ),
        ],
        [
            (
                "Financial director Pieter-Louis Odendaalrust said net debt stood at R3.9bn at the end of September, up from R2.2bn in March.",
                "Pieter-Louis Odendaalrust",
                "said",
                "W",
            ),
            (
                "He said the board had decided not to declare an interim dividend.",
                "Pieter-Louis Odendaalrust",
                "said",
                "",
            ),
        ],
        [
            (
                "Stiaan Vermaakshoek, a portfolio manager at Tswelopele Asset Managers, said the cuts were “overdue but sensible”.",
                "Stiaan Vermaakshoek",
                "said",
                "",
            ),
            (
                "He said a further fall in palladium prices could force the company to review a third shaft.",
                "Stiaan Vermaakshoek",
                "said",
                "",
            ),
        ],
        [
            ("Platinum has fallen 12% in dollar terms since January.", "", "", "W"),
        ],
        [
            ("Would you like to comment on this article?", "", "", "B"),
            ("Register (it's quick and free) or sign in now.", "", "", "B"),
        ],
        [
            ("Please read our Comment Policy before commenting.", "", "", "B"),
        ],
        [
            ("RELATED ARTICLES", "", "", "B"),
        ],
        [
            ("🎧 Mining Week podcast: The platinum squeeze (28 min)", "", "", "B"),
        ],
        [
            ("Rustenburg traders brace for another round of mine layoffs", "", "", "B"),
        ],
        [
            ("Smelter power deal under review", "", "", "B"),
        ],
        [
            (
                "We subscribe to the Press Code and accept the rulings of the Press Ombud.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Published by Witsrandt Ledger Media (Pty) Ltd.", "", "", "B"),
            ("Copyright © 2026.", "", "", "B"),
        ],
        [
            ("Terms  |  Privacy  |  PAIA Manual  |  Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("VITISPORTS", "", "", "B"),
        ],
        [
            (
                "LIVE  |  Scores  |  Fixtures  |  Tables  |  7s  |  15s  |  Netball  |  Soccer",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Rugby › Provincial Cup", "", "", "B"),
        ],
        [
            (
                "Nadroga end 11-year wait with 27-20 Provincial Cup final win over Naitasiri",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Jovilisi Radrodrokula", "", "", "B"),
        ],
        [
            ("Sunday 29 November 2026 · 8:34pm", "", "", "B"),
        ],
        [
            ("🏉 Share  ·  💬 22", "", "", "B"),
        ],
        [
            (
                "Nadroga captain Ilisoni Vunidakua lifts the cup at Vunimoli Oval on Saturday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PHOTO: VITISPORTS/Losalini Qiolevu", "", "", "B"),
        ],
        [
            (
                "Nadroga won the Provincial Cup for the first time since 2015 after beating Naitasiri 27-20 in front of about 9,400 people at Vunimoli Oval in Sigatoka on Saturday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Winger Waisea Naiqamurua scored two of Nadroga's three tries, the second in the 74th minute after Naitasiri had levelled at 20-20.",
                "",
                "",
                "W",
            ),
            ("Flyhalf Semi Koroisavou added two conversions and a penalty.", "", "", "W"),
        ],
        [
            ("Naitasiri led 13-10 at half-time.", "", "", "W"),
        ],
        [
            ("Naitasiri had been bidding for a third title in four years.", "", "", "W"),
        ],
        [
            (
                "Nadroga coach Sevanaia Raqilomaiwai said his side had been “hungry for this one since January”.",
                "Sevanaia Raqilomaiwai",
                "said",
                "",
            ),
            (
                "“We lost two finals in three years, and the boys did not want to feel that again,” he said.",
                "Sevanaia Raqilomaiwai",
                "said",
                "",
            ),
        ],
        [
            ("▶ WATCH: All the tries from Sigatoka (4:12)", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Vunidakua said he would dedicate the win to the village of Cuvu, where 14 of the squad grew up.",
                "Ilisoni Vunidakua",
                "said",
                "",
            ),
            (
                "“Tonight we sing, tomorrow we go to church,” he said.",
                "Ilisoni Vunidakua",
                "said",
                "",
            ),
        ],
        [
            (
                "Naitasiri coach Pauliasi Tamanisau-Vuki said his team had missed three kicks at goal worth eight points.",
                "Pauliasi Tamanisau-Vuki",
                "said",
                "W",
            ),
            ("“That's the final, right there,” he said.", "Pauliasi Tamanisau-Vuki", "said", ""),
            ("“Did we play well enough to win?", "Pauliasi Tamanisau-Vuki", "said", ""),
            ("Probably not.”", "Pauliasi Tamanisau-Vuki", "said", ""),
        ],
        [
            (
                "The national union's chief executive, Maika Nawaqaliva-Bukarau, said gate takings of FJ$186,000 were a record for a provincial final.",
                "Maika Nawaqaliva-Bukarau",
                "said",
                "W",
            ),
        ],
        [
            ("TEAMS", "", "", "B"),
        ],
        [
            (
                "Nadroga: 15 S. Balenaivalu, 14 W. Naiqamurua, 13 T. Rokobiau, 12 A. Sovasova, 11 M. Mataitoga, 10 S. Koroisavou, 9 E. Vuetasau.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Naitasiri: 15 L. Qaranivalu, 14 V. Ketenilagi, 13 N. Dawai, 12 K. Ravouvou, 11 P. Volitikoro, 10 J. Volavola-Tinai, 9 R. Drodrolagi.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Referee: Apolosi Druavesi.", "", "", ""),
        ],
        [
            ("Man of the match: Waisea Naiqamurua (Nadroga).", "", "", ""),
        ],
        [
            ("Tags: Provincial Cup · Nadroga · Naitasiri · Rugby", "", "", "B"),
        ],
        [
            ("Sponsored by Bilo Kava Co. — proud partner of local rugby", "", "", "B"),
        ],
        [
            ("More rugby", "", "", "B"),
        ],
        [
            ("West coast side names 11 new faces for 2027 season", "", "", "B"),
        ],
        [
            ("Netball: national squad named for Pacific series", "", "", "B"),
        ],
        [
            ("UP NEXT: Premier division fixtures for December", "", "", "B"),
        ],
        [
            ("Comments (22)", "", "", "B"),
        ],
        [
            ("Maciu T. · 1 day ago", "", "", "B"),
        ],
        [
            ("Well done Nadroga, the whole of Sigatoka is awake tonight!", "", "", "B"),
        ],
        [
            ("© 2026 VitiSports Media Pte Limited.", "", "", "B"),
            ("No reproduction without written permission.", "", "", "B"),
        ],
    ],
    [
        [
            ("DOWN D TRACE", "", "", "B"),
        ],
        [
            ("a little blog about Mon Jolibeau and the villages around it", "", "", "B"),
        ],
        [
            ("Home   About   Community notices   Support the blog", "", "", "B"),
        ],
        [
            (
                "Box drain on Pierreville Trace finished at last — but residents still worried about the river",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Posted on 30 November 2026 by Tricia  ·  Category: Around the village  ·  4 Comments",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Eh-eh, it finish!", "", "", ""),
            (
                "The regional corporation's crew poured the last section of the box drain along Pierreville Trace on Friday, nine months after work started in February.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Corporation chairman Deokienanan Sookbirsingh told me on Saturday that the 640-metre drain cost TT$2.8 million, about TT$400,000 more than the contract price.",
                "Deokienanan Sookbirsingh",
                "told me",
                "W",
            ),
            (
                "He said the extra money went on moving a water line that nobody knew was there.",
                "Deokienanan Sookbirsingh",
                "said",
                "W",
            ),
        ],
        [
            (
                "In August, floodwater from the Caparo River got into 64 homes on Pierreville Trace and the two streets behind it.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The river also came over its banks twice in 2024, in June and in November.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("I still remember Mr Bholai's chickens on the roof of his shed.", "", "", ""),
        ],
        [
            ("A drain crew at the corner by the Hindu school on Friday.", "", "", ""),
        ],
        [
            ("(photo: me, from the gallery of the community centre)", "", "", "B"),
        ],
        [
            (
                "Our councillor, Anessa Joseph-Lutchmedial, said the corporation had also cleared 2.1 kilometres of the watercourse behind the recreation ground in October.",
                "Anessa Joseph-Lutchmedial",
                "said",
                "W",
            ),
            (
                "She said she would push for money in the 2027 budget to raise the river wall by the bridge.",
                "Anessa Joseph-Lutchmedial",
                "said",
                "",
            ),
        ],
        [
            ("~ This blog is done on my own time.", "", "", "B"),
            (
                "If it helps you, you can buy me a coffee or send a few dollars by bank transfer: details on the Support page. ~",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Gloria Mohess-Ramkisundar, who has lived at No. 14 for 38 years, said water reached 60 cm inside her house in August.",
                "Gloria Mohess-Ramkisundar",
                "said",
                "",
            ),
            (
                "“Drain good, yes, but the river is the real problem,” she said.",
                "Gloria Mohess-Ramkisundar",
                "said",
                "",
            ),
            (
                "“When the river come down, where that water going?”",
                "Gloria Mohess-Ramkisundar",
                "said",
                "",
            ),
        ],
        [
            (
                "Rishi Bhagaloosingh, an engineer who lives on the trace and sits on the village council, said the drain was built to carry about 4.5 cubic metres of water a second.",
                "Rishi Bhagaloosingh",
                "said",
                "W",
            ),
            (
                "He said that should be enough for most storms, but not for one like August's.",
                "Rishi Bhagaloosingh",
                "said",
                "",
            ),
        ],
        [
            (
                "Mr Sookbirsingh said the corporation had spent TT$11.6 million on drainage across the region this year.",
                "Deokienanan Sookbirsingh",
                "said",
                "W",
            ),
        ],
        [
            (
                "Anyhow, drive slow on the trace this week: the crew still have to put back the fence posts.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Next meeting of the village council is Thursday 10 December at 7 p.m. at the community centre.",
                "",
                "",
                "",
            ),
            ("Bring your questions!", "", "", ""),
        ],
        [
            ("Share this:  WhatsApp  Facebook  Email", "", "", "B"),
        ],
        [
            ("Like this:  ★ Like  Loading...", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Potholes on Moriah Road: a photo diary", "", "", "B"),
        ],
        [
            (
                "4 thoughts on “Box drain on Pierreville Trace finished at last — but residents still worried about the river”",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Kamla R.  says:  30 November 2026 at 9:12 pm", "", "", "B"),
        ],
        [
            ("Thank you Tricia, nobody else does report on we.", "", "", "B"),
        ],
        [
            ("Reply", "", "", "B"),
        ],
        [
            ("Darren M.  says:  1 December 2026 at 7:40 am", "", "", "B"),
        ],
        [
            ("Drain nice but who going to clean it when it full up with bamboo?", "", "", "B"),
        ],
        [
            ("Reply", "", "", "B"),
        ],
        [
            ("Leave a Reply", "", "", "B"),
        ],
        [
            ("Your email address will not be published.", "", "", "B"),
            ("Required fields are marked *", "", "", "B"),
        ],
        [
            ("Down D Trace © 2026.", "", "", "B"),
            ("Theme: Simple Notebook.", "", "", "B"),
        ],
    ],
    [
        [
            ("KUNSILL LOKALI ĦAL QARWIŻA  |  Ħal Qarwiża Local Council", "", "", "B"),
        ],
        [
            ("English  |  Malti", "", "", "B"),
        ],
        [
            ("Home › Press Room › Media releases 2026", "", "", "B"),
        ],
        [
            ("PR 087/26", "", "", "B"),
        ],
        [
            ("For immediate release  ·  2 December 2026", "", "", "B"),
        ],
        [
            (
                "Council approves residents' parking scheme for 14 streets from 1 February 2027",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Ħal Qarwiża Local Council approved a residents' parking scheme covering 14 streets in the village core at its meeting on Monday evening, the council said in a statement.",
                "The Ħal Qarwiża Local Council",
                "said",
                "W",
            ),
        ],
        [
            ("The motion passed by five votes to two.", "", "", "W"),
            (
                "Under the scheme, spaces in the zone will be reserved for permit holders between 7 p.m. and 7 a.m. every day.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The scheme provides one free permit for each registered household in the zone, about 1,240 in all.",
                "",
                "",
                "W",
            ),
            ("A second permit will cost €25 a year.", "", "", "W"),
        ],
        [
            (
                "The Mayor, Rozanne Vellabrinċa, said a council survey in June found that 71% of the 880 households that replied supported the scheme.",
                "Rozanne Vellabrinċa",
                "said",
                "W",
            ),
            (
                "“Residents have told us for years that they cannot park near their own front door after a day's work,” the Mayor said.",
                "Rozanne Vellabrinċa",
                "said",
                "",
            ),
            (
                "“This is a modest step, and we will review it after six months.”",
                "Rozanne Vellabrinċa",
                "said",
                "",
            ),
        ],
        [
            (
                "The scheme's budget of €86,500 covers signage, road markings and an online permit system.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Executive Secretary Roderick Grixtiżan said applications will open on 5 January 2027 at the council office and online.",
                "Roderick Grixtiżan",
                "said",
                "W",
            ),
        ],
        [
            (
                "Councillor Eman Mifsudarr, who voted against the motion, said in a separate statement that the scheme would push about 300 cars into neighbouring streets.",
                "Eman Mifsudarr",
                "said",
                "W",
            ),
            (
                "He said shop owners on the main square had not been consulted.",
                "Eman Mifsudarr",
                "said",
                "",
            ),
        ],
        [
            (
                "The Mayor said the scheme would be enforced by the regional wardens, and that parking in a permit space without a permit would carry a fine of €31.",
                "Rozanne Vellabrinċa",
                "said",
                "W",
            ),
        ],
        [
            (
                "A similar scheme introduced in the neighbouring locality of Ħal Brixa in 2024 cut night-time parking by non-residents by 38%, according to the council's review of the scheme.",
                "the council's review of the scheme",
                "according to",
                "W",
            ),
        ],
        [
            ("- Ends -", "", "", "B"),
        ],
        [
            ("Notes to editors", "", "", "B"),
        ],
        [
            (
                "1. The zone covers Triq il-Fidila, Triq San Ġwann, Pjazza tal-Knisja and 11 streets around them.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("2. A map of the zone is attached.", "", "", "B"),
        ],
        [
            (
                "3. The scheme was first proposed in the council's business plan for 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Media contact: Office of the Mayor  ·  T: +356 2144 8701  ·  E: media.halqarwiza@lc.example.mt",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Downloads: Press release (PDF, 184 KB)  |  Zone map (PDF, 1.2 MB)", "", "", "B"),
        ],
        [
            ("← Back to all media releases", "", "", "B"),
        ],
        [
            ("Print  ·  Share", "", "", "B"),
        ],
        [
            ("Get our media releases by email: subscribe here.", "", "", "B"),
        ],
        [
            ("Follow the council:  Facebook  ·  Instagram", "", "", "B"),
        ],
        [
            ("Page last updated: 2 December 2026, 11:42", "", "", "B"),
        ],
        [
            ("Office hours: Monday to Friday, 8.00 a.m. to 1.30 p.m.", "", "", "B"),
            ("Closed on public holidays.", "", "", "B"),
        ],
        [
            ("© 2026 Kunsill Lokali Ħal Qarwiża.", "", "", "B"),
            ("Accessibility  ·  Privacy  ·  Freedom of information", "", "", "B"),
        ],
    ],
    [
        [
            ("LUSWISHI UNIVERSITY", "", "", "B"),
        ],
        [
            ("About   Study   Research   Newsroom   Alumni   Give", "", "", "B"),
        ],
        [
            ("Newsroom › Research news", "", "", "B"),
        ],
        [
            (
                "Solar-powered drip irrigation lifted maize yields by 41 per cent on smallholder farms, LU study finds",
                "LU study",
                "finds",
                "W",
            ),
        ],
        [
            ("2 December 2026  |  Office of Communications and Marketing", "", "", "B"),
        ],
        [
            ("Reading time: 4 minutes", "", "", "B"),
        ],
        [
            ("Key findings", "", "", "B"),
        ],
        [
            (
                "Average maize yield: 3.4 t/ha with solar drip irrigation, 2.4 t/ha without.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Fertiliser used per tonne of maize: down 23 per cent.", "", "", "W"),
        ],
        [
            ("Payback time per kit: about two seasons.", "", "", "W"),
        ],
        [
            ("A farmer checks drip lines on a maize plot near Choma in September.", "", "", ""),
        ],
        [
            ("Photo: LU Communications/Mubanga Kapumpe", "", "", "B"),
        ],
        [
            (
                "A three-season study led by researchers at Luswishi University has found that solar-powered drip irrigation raised maize yields by an average of 41 per cent on 320 smallholder farms in Southern Province.",
                "A three-season study led by researchers at Luswishi University",
                "has found",
                "W",
            ),
        ],
        [
            (
                "The farms in the study harvested an average of 3.4 tonnes a hectare, against 2.4 tonnes on 310 comparable farms that relied on rain alone, the study found.",
                "the study",
                "found",
                "W",
            ),
        ],
        [
            (
                "Lead author Dr. Namukonda Chibwela-Shamfuti, of the School of Agricultural Sciences, said the gap was widest in the 2024-25 season, when rains ended about five weeks early.",
                "Namukonda Chibwela-Shamfuti",
                "said",
                "W",
            ),
            (
                "“In a dry year the difference between a full granary and an empty one is a few litres of water at the right time,” she said.",
                "Namukonda Chibwela-Shamfuti",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr. Chibwela-Shamfuti said each kit cost about K18,500 (approx. US$690) and paid for itself in about two seasons at current maize prices.",
                "Namukonda Chibwela-Shamfuti",
                "said",
                "W",
            ),
            (
                "She said the next stage would test whether farmers could share kits between households.",
                "Namukonda Chibwela-Shamfuti",
                "said",
                "",
            ),
        ],
        [
            ("Read also: LU opens new soil-testing laboratory in Choma", "", "", "B"),
        ],
        [
            (
                "Co-author Prof. Kashimba Nkhuwa-Chisangano said the irrigated farms also used 23 per cent less fertiliser per tonne of maize, because nutrients were applied through the drip lines.",
                "Kashimba Nkhuwa-Chisangano",
                "said",
                "W",
            ),
            (
                "He said the findings could help the country plan for more frequent droughts.",
                "Kashimba Nkhuwa-Chisangano",
                "said",
                "",
            ),
        ],
        [
            (
                "Southern Province has recorded a major dry spell in four of the last seven growing seasons.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Precious Hachoongwe-Siabunkwe, who farms 2 hectares near Choma and took part in the study, said she harvested 96 bags of maize last season, up from 58 the year before.",
                "Precious Hachoongwe-Siabunkwe",
                "said",
                "W",
            ),
            (
                "“My children are in school because of that harvest,” she said.",
                "Precious Hachoongwe-Siabunkwe",
                "said",
                "",
            ),
        ],
        [
            (
                "Vice-Chancellor Prof. Kalombo Mwanakatwenda-Simbeye said the university had secured K4.2 million to extend the study to 1,000 farms in three provinces from 2027.",
                "Kalombo Mwanakatwenda-Simbeye",
                "said",
                "W",
            ),
            (
                "“This is exactly the research a public university should be doing,” he said.",
                "Kalombo Mwanakatwenda-Simbeye",
                "said",
                "",
            ),
        ],
        [
            (
                "Journal reference: Chibwela-Shamfuti N, Nkhuwa-Chisangano K, et al. Solar drip irrigation and maize yield on smallholder farms in southern Zambia. Afr J Dryland Agric. 2026;9(4):211-229.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The study was funded by the university's Research and Innovation Fund and a grant from the Lunsemfwa Agricultural Trust.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Media enquiries: Office of Communications and Marketing  ·  +260 211 290 418  ·  newsroom@luswishi.example.zm",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Share this story:  Facebook  X  LinkedIn  WhatsApp", "", "", "B"),
        ],
        [
            ("Related stories", "", "", "B"),
        ],
        [
            ("LU engineers test low-cost water pumps in Mazabuka", "", "", "B"),
        ],
        [
            ("Keywords: Agriculture, Climate, Research, Southern Province", "", "", "B"),
        ],
        [
            ("Was this story helpful?  Yes  ·  No", "", "", "B"),
        ],
        [
            ("Subscribe to LU News  |  RSS", "", "", "B"),
        ],
        [
            (
                "Luswishi University is a public university established by Act No. 11 of 2008.",
                "",
                "",
                "B",
            ),
            ("© 2026 Luswishi University.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("DINAPATH.LK", "", "", "B"),
        ],
        [
            ("සිංහල  |  தமிழ்  |  English", "", "", "B"),
        ],
        [
            ("Home > Business > Economy", "", "", "B"),
        ],
        [
            (
                "Breaking News  ·  Cricket  ·  Business  ·  Gossip  ·  Videos  ·  e-Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tea prices slip 4.6% at Colombo auction as October exports fall", "", "", "W"),
        ],
        [
            ("Tuesday, 1 December 2026 - 16:22 | 👁 1,962 views", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "COLOMBO, Dec 1 (LBW) - The average price at the weekly Colombo tea auction fell 4.6% to Rs. 1,182 a kilogramme on Tuesday, brokers said, as buyers from the Middle East held back.",
                "brokers",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sri Lanka exported 21.4 million kilogrammes of tea in October, down 6.2% from a year earlier, according to figures released by the tea export regulator on Monday.",
                "the tea export regulator",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Dilrukshika Wickramathunge, a research analyst at Mahawelith Brokers (Pvt) Ltd., said high-grown teas from the Uva district fell the most.",
                "Dilrukshika Wickramathunge",
                "said",
                "W",
            ),
            (
                "“Prices for good Uva BOPs came down by Rs. 80 to Rs. 120 a kilo in one sale,” she said.",
                "Dilrukshika Wickramathunge",
                "said",
                "W",
            ),
        ],
        [
            ("Also on Dinapath: Rupee closes firmer at 298.40 to the dollar", "", "", "B"),
        ],
        [
            (
                "She said dry weather in September had cut the crop in low-country estates by about 11%.",
                "Dilrukshika Wickramathunge",
                "said",
                "W",
            ),
            (
                "Buyers were also waiting for clarity on freight rates through the Red Sea, she said.",
                "Dilrukshika Wickramathunge",
                "said",
                "",
            ),
        ],
        [
            (
                "The Russian and Turkish markets, which together bought 28% of Sri Lanka's tea last year, were steady, she said.",
                "Dilrukshika Wickramathunge",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ranjith Abeykoonwela, secretary-general of the Planters' Federation of Ceylon, said wages, fertiliser and electricity now made up about 74% of an estate's costs.",
                "Ranjith Abeykoonwela",
                "said",
                "W",
            ),
            (
                "“At Rs. 1,182, many estates in the low-country are producing at a loss,” he said.",
                "Ranjith Abeykoonwela",
                "said",
                "",
            ),
        ],
        [
            (
                "The regulator said export earnings for the first 10 months of the year were Rs. 348.6 billion, up 2.1%, because of the weaker rupee.",
                "The regulator",
                "said",
                "W",
            ),
            (
                "It said it expected production to recover in the first quarter of 2027.",
                "the tea export regulator",
                "said",
                "",
            ),
        ],
        [
            (
                "Kumudinie Ratnaweerage, who manages a 220-hectare estate near Ratnapura, said she had cut overtime for 410 workers this month.",
                "Kumudinie Ratnaweerage",
                "said",
                "W",
            ),
            (
                "“We cannot keep paying more than we are getting for the leaf,” she said.",
                "Kumudinie Ratnaweerage",
                "said",
                "",
            ),
        ],
        [
            (
                "About 6.4 million kilogrammes were on offer at Tuesday's sale, the largest quantity since June, brokers said.",
                "brokers",
                "said",
                "W",
            ),
        ],
        [
            (
                "(Reporting by Sanjeewa Gunathileka-Wanasundera; Editing by Mahesh Rodrigopulle)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Copyright 2026 Lanka Business Wire (Pvt) Ltd.", "", "", "B"),
            ("Unauthorised reproduction prohibited.", "", "", "B"),
        ],
        [
            (
                "Disclaimer: This story was published from a syndicated wire feed and has not been edited by Dinapath.",
                "",
                "",
                "B",
            ),
            ("Dinapath is not responsible for its content.", "", "", "B"),
        ],
        [
            ("Most Viewed", "", "", "B"),
        ],
        [
            ("1. Gold prices drop for third day", "", "", "B"),
        ],
        [
            ("2. Heavy rain warning for four provinces", "", "", "B"),
        ],
        [
            ("3. Lanka Premier cricket auction date set", "", "", "B"),
        ],
        [
            ("Share this news:  Facebook  |  WhatsApp  |  Viber", "", "", "B"),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("Your comment will appear after it is approved.", "", "", "B"),
            ("Dinapath may remove comments that break our rules.", "", "", "B"),
        ],
        [
            ("Name *", "", "", "B"),
        ],
        [
            ("Post comment", "", "", "B"),
        ],
        [
            ("Related News", "", "", "B"),
        ],
        [
            ("Rubber prices steady at latest Colombo sale", "", "", "B"),
        ],
        [
            ("Download the Dinapath app for breaking news alerts.", "", "", "B"),
        ],
        [
            ("© Dinapath Media (Pvt) Ltd. 2026  |  Privacy  |  Contact  |  Advertise", "", "", "B"),
        ],
    ],
    [
        [
            ("AURORUS", "", "", "B"),
        ],
        [
            ("Features   Land   People   Food   Current Issue   Subscribe", "", "", "B"),
        ],
        [
            ("ISSUE 71  ·  WINTER 2026", "", "", "B"),
        ],
        [
            ("FEATURE", "", "", "B"),
        ],
        [
            ("The price of a pantry", "", "", ""),
        ],
        [
            (
                "A survey of store shelves in 14 Nunavut communities found a basket of staples costs more than twice what it does in Ottawa",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Story by Reidar Ikkidluak-Ryburn  |  Photography by Leetia Qulaut", "", "", "B"),
        ],
        [
            ("December 1, 2026  ·  12 min read", "", "", "B"),
        ],
        [
            ("Share:  Facebook  ·  Email  ·  Print", "", "", "B"),
        ],
        [
            (
                "A four-litre jug of milk sells for $14.29 at the co-op store in Arviat.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Photo: Leetia Qulaut/Aurorus", "", "", "B"),
        ],
        [
            (
                "On a Thursday afternoon in Arviat, the line at the co-op checkout runs past the frozen fish and into the hardware aisle.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Store manager Eilonwy Akpaliapik-Drouillet said the store sells about 900 jugs of milk a week, most of it flown in from Winnipeg.",
                "Eilonwy Akpaliapik-Drouillet",
                "said",
                "W",
            ),
            (
                "“People think we set the prices,” she said.",
                "Eilonwy Akpaliapik-Drouillet",
                "said",
                "",
            ),
            (
                "“Freight is a third of what you pay for anything that comes in by plane.”",
                "Eilonwy Akpaliapik-Drouillet",
                "said",
                "W",
            ),
        ],
        [
            (
                "The survey, run by researchers at the Aqsarniit Food Policy Institute in Iqaluit in September, found that a basket of 46 staple foods cost an average of $612.40 across the 14 communities.",
                "The survey",
                "found",
                "W",
            ),
            ("The same basket cost $271.85 in Ottawa.", "", "", "W"),
        ],
        [
            (
                "It found the gap was widest in communities without a summer sealift by barge, such as Grise Fiord, where the basket cost $788.10.",
                "The survey",
                "found",
                "W",
            ),
        ],
        [
            (
                "“Freight is a third of what you pay for anything that comes in by plane.”",
                "",
                "",
                "B",
            ),
            ("— Eilonwy Akpaliapik-Drouillet", "", "", "B"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Thérèse Marchandeau-Quellet, who led the survey, said the federal retail subsidy took an average of $58 off the basket in September, down from $71 in the same month in 2024.",
                "Thérèse Marchandeau-Quellet",
                "said",
                "W",
            ),
            (
                "“The subsidy is real, but it isn't keeping up,” she said.",
                "Thérèse Marchandeau-Quellet",
                "said",
                "",
            ),
        ],
        [
            (
                "She said 37% of the Arviat households surveyed reported skipping meals in the month before.",
                "Thérèse Marchandeau-Quellet",
                "said",
                "W",
            ),
        ],
        [
            ("For many families, the gap is filled by the land.", "", "", ""),
        ],
        [
            (
                "Joanasie Kilabuk-Nowdluk, a hunter, said he brought home 11 caribou last winter and shared most of the meat with four households.",
                "Joanasie Kilabuk-Nowdluk",
                "said",
                "",
            ),
            (
                "“When the snowmobile breaks down, that's when it gets hard,” he said.",
                "Joanasie Kilabuk-Nowdluk",
                "said",
                "",
            ),
            ("“Gas here is $2.14 a litre.", "Joanasie Kilabuk-Nowdluk", "said", "W"),
            ("You do the math.”", "Joanasie Kilabuk-Nowdluk", "said", ""),
        ],
        [
            ("This story appears in our Winter 2026 issue.", "", "", "B"),
            ("Get four issues a year delivered anywhere in Canada for $29.95.", "", "", "B"),
        ],
        [
            ("Joanasie Kilabuk-Nowdluk on the sea ice outside Arviat in November.", "", "", ""),
        ],
        [
            ("Photo: Leetia Qulaut/Aurorus", "", "", "B"),
        ],
        [
            (
                "Annie Qaunaq-Pitseolak, who represents Arviat in the Legislative Assembly, said she had asked the territory to fund community freezers in eight more communities.",
                "Annie Qaunaq-Pitseolak",
                "said",
                "W",
            ),
            (
                "The territory funded six in 2025, at a cost of $1.3 million, she said.",
                "Annie Qaunaq-Pitseolak",
                "said",
                "W",
            ),
        ],
        [
            ("Back at the co-op, the line has thinned.", "", "", ""),
            ("The milk is nearly gone.", "", "", ""),
        ],
        [
            ("Tagged: Food security  ·  Nunavut  ·  Cost of living  ·  Arviat", "", "", "B"),
        ],
        [
            ("About the writer", "", "", "B"),
        ],
        [
            (
                "Reidar Ikkidluak-Ryburn is a freelance writer based in Rankin Inlet, Nunavut.",
                "",
                "",
                "B",
            ),
            ("This is his first story for Aurorus.", "", "", "B"),
        ],
        [
            ("Keep reading", "", "", "B"),
        ],
        [
            ("The last tailor of Kinngait", "", "", "B"),
        ],
        [
            (
                "Get the North in your inbox: our newsletter goes out every second Friday.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Aurorus is published four times a year by Tundrawise Media Inc. in Yellowknife, N.W.T.",
                "",
                "",
                "B",
            ),
            ("We acknowledge the financial support of the Government of Canada.", "", "", "B"),
        ],
        [
            ("© 2026 Tundrawise Media Inc.  ·  Privacy  ·  Advertise  ·  Masthead", "", "", "B"),
        ],
    ],
    [
        [
            ("The Kólga Letter", "", "", "B"),
        ],
        [
            ("Iceland in English, every Tuesday", "", "", "B"),
        ],
        [
            ("Subscribe  ·  Sign in", "", "", "B"),
        ],
        [
            ("Hot water bills up 9.5%, a quiet volcano and the price of a hot dog", "", "", "W"),
        ],
        [
            ("Issue #143", "", "", "B"),
        ],
        [
            ("Ásta Kolfinnsdóttir-Aldrington", "", "", "B"),
        ],
        [
            ("Dec 1, 2026", "", "", "B"),
        ],
        [
            ("♡ 211    💬 38    ↗ Share", "", "", "B"),
        ],
        [
            (
                "Good morning from Reykjavík, where the sun rose at 11:05 today and set before 3:40.",
                "",
                "",
                "",
            ),
            ("Here's what happened this week.", "", "", "B"),
        ],
        [
            ("This newsletter is free and reader-supported.", "", "", "B"),
            ("If you value it, consider a paid subscription.", "", "", "B"),
        ],
        [
            ("In this issue:", "", "", "B"),
        ],
        [
            ("→ Heating bills  ·  → Reykjanes update  ·  → Tourism numbers", "", "", "B"),
        ],
        [
            ("1. Heating bills are going up", "", "", "W"),
        ],
        [
            (
                "The capital area's district heating utility, Varmadalsveitur ohf., said on Friday it would raise its hot water tariff by 9.5% from 1 January.",
                "Varmadalsveitur ohf.",
                "said",
                "W",
            ),
            (
                "The utility said it had spent ISK 4.3 billion this year drilling four new wells at its Mosfell fields.",
                "The utility",
                "said",
                "W",
            ),
        ],
        [
            (
                "Spokeswoman Hrafnkatla Steinþórsdóttir told me the average household will pay about ISK 1,150 more a month.",
                "Hrafnkatla Steinþórsdóttir",
                "told me",
                "W",
            ),
            (
                "“Demand has grown faster than the fields,” she said.",
                "Hrafnkatla Steinþórsdóttir",
                "said",
                "",
            ),
        ],
        [
            ("Honestly?", "", "", ""),
            ("For most of the world, that's still a bargain.", "", "", ""),
        ],
        [
            (
                "She said the utility's reservoir temperatures fell by 2°C during last January's cold spell, which forced it to close 17 public pools for two days.",
                "Hrafnkatla Steinþórsdóttir",
                "said",
                "W",
            ),
        ],
        [
            ("📬 Forwarded this email?", "", "", "B"),
            ("Join 14,200 readers and get The Kólga Letter every Tuesday.", "", "", "B"),
        ],
        [
            ("2. Reykjanes: still quiet", "", "", ""),
        ],
        [
            (
                "The Met Office said uplift under Svartsengi continued at about 5 mm a week, and that the magma stored there had passed the volume seen before the eruption in August.",
                "the Met Office",
                "said",
                "W",
            ),
            (
                "It said another eruption in the coming weeks was “likely”.",
                "the Met Office",
                "said",
                "",
            ),
        ],
        [
            ("The Blue Lagoon has closed nine times since 2023.", "", "", "W"),
            ("Fingers crossed for its staff.", "", "", ""),
        ],
        [
            (
                "Bjarnólfur Gíslason-Vídal, mayor of the town of Vogar, said 46 families had moved back to homes in the town's eastern district since the summer.",
                "Bjarnólfur Gíslason-Vídal",
                "said",
                "W",
            ),
        ],
        [
            ("3. The tourists kept coming", "", "", ""),
        ],
        [
            (
                "Arrivals at Keflavík in November were 162,400, up 3.8% on last year, according to the tourism association's director, Sigurlaug Hafþórsdóttir-Vesterlund.",
                "Sigurlaug Hafþórsdóttir-Vesterlund",
                "according to",
                "W",
            ),
            (
                "She said hotels in the north had a better month than those in the capital.",
                "Sigurlaug Hafþórsdóttir-Vesterlund",
                "said",
                "",
            ),
        ],
        [
            ("A hot dog at the stand by the harbour is now ISK 790, by the way.", "", "", ""),
            ("I checked.", "", "", ""),
        ],
        [
            ("That's it for this week.", "", "", "B"),
            ("Takk fyrir og sjáumst!", "", "", "B"),
        ],
        [
            ("— Ásta", "", "", "B"),
        ],
        [
            ("Paid subscribers get a Friday audio edition and the full archive.", "", "", "B"),
        ],
        [
            ("Upgrade to paid", "", "", "B"),
        ],
        [
            ("Photo of the week: a reader's snowbound car in Akureyri.", "", "", "B"),
            ("Send yours by replying to this email.", "", "", "B"),
        ],
        [
            ("Like  ·  Comment  ·  Restack", "", "", "B"),
        ],
        [
            ("You're receiving this because you subscribed to The Kólga Letter.", "", "", "B"),
            ("Unsubscribe  ·  Manage your email settings", "", "", "B"),
        ],
        [
            ("Kólga Miðlun ehf.", "", "", "B"),
            ("Grandagarður 19, 101 Reykjavík, Iceland", "", "", "B"),
        ],
    ],
    [
        [
            ("THAMALAKANE FM 97.4  ·  Maun's community voice", "", "", "B"),
        ],
        [
            ("▶ LISTEN LIVE", "", "", "B"),
        ],
        [
            ("On air now: Mmamosadi Radio Breakfast with Kenaleone  ·  06:00–09:00", "", "", "B"),
        ],
        [
            ("Home | News | Programmes | Community Notices | Death Notices | Contact", "", "", "B"),
        ],
        [
            ("NEWS", "", "", "B"),
        ],
        [
            ("Six new boreholes for Maun as 11,400 households go on water rationing", "", "", "W"),
        ],
        [
            ("Posted by Thamalakane FM Newsroom  ·  2 December 2026, 08:05", "", "", "B"),
        ],
        [
            (
                "This story was first broadcast in our 7am Setswana and English bulletin.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("🎧 Listen to the bulletin  ·  3:12", "", "", "B"),
        ],
        [
            (
                "The Ngamiland Water Board says it has started rationing water to about 11,400 households in Maun after four of the village's main boreholes failed last month.",
                "The Ngamiland Water Board",
                "says",
                "W",
            ),
        ],
        [
            (
                "The board's regional manager, Bontshetse Galefele-Motshwari, said supply has dropped to about 6.1 megalitres a day, against daily demand of 9.8 megalitres.",
                "Bontshetse Galefele-Motshwari",
                "said",
                "W",
            ),
            (
                "She said drilling of six new boreholes near Shorobe will start on 14 December and cost P4.2 million.",
                "Bontshetse Galefele-Motshwari",
                "said",
                "W",
            ),
            (
                "“We ask residents to fill containers on their supply days and to report leaks,” she said.",
                "Bontshetse Galefele-Motshwari",
                "said",
                "",
            ),
        ],
        [
            ("Dumelang bagaetsho!", "", "", "B"),
            ("Send us your news on WhatsApp: 71 440 974.", "", "", "B"),
        ],
        [
            (
                "Under the schedule, wards east of the Thamalakane River receive water on Mondays, Wednesdays and Fridays, and wards to the west on the other days.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Council chairperson Thapelo Serakgoane told Thamalakane FM that the district council has hired 12 water bowsers at a cost of P38,000 a week.",
                "Thapelo Serakgoane",
                "told Thamalakane FM",
                "W",
            ),
            (
                "He said the bowsers will prioritise clinics, schools and the primary hospital.",
                "Thapelo Serakgoane",
                "said",
                "",
            ),
            (
                "“We are asking people to be patient and to share with their neighbours,” he said.",
                "Thapelo Serakgoane",
                "said",
                "",
            ),
        ],
        [
            (
                "Kgosi Phetogo Mmaphuthi-Setlhare said at a kgotla meeting in Boyei ward on Monday that residents were tired of promises.",
                "Phetogo Mmaphuthi-Setlhare",
                "said",
                "",
            ),
            (
                "“Every dry season it is the same story,” he said.",
                "Phetogo Mmaphuthi-Setlhare",
                "said",
                "",
            ),
        ],
        [
            ("Residents at Monday's kgotla meeting in Boyei ward.", "", "", ""),
        ],
        [
            ("Photo: Thamalakane FM", "", "", "B"),
        ],
        [
            (
                "Tsaone Ramotswa-Keakile, a mother of three in Disaneng ward, said she walks to a standpipe twice a day.",
                "Tsaone Ramotswa-Keakile",
                "said",
                "",
            ),
            (
                "“Sometimes the tap is dry when we get there,” she said.",
                "Tsaone Ramotswa-Keakile",
                "said",
                "",
            ),
        ],
        [
            (
                "Maun's population grew from about 60,000 in 2011 to more than 85,000 in 2022, according to census figures.",
                "census figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Galefele-Motshwari said the four boreholes failed because groundwater levels had fallen by about 3 metres since 2023.",
                "Bontshetse Galefele-Motshwari",
                "said",
                "W",
            ),
        ],
        [
            (
                "Residents who see a burst pipe can call the board's fault line on 686 0121.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Share this story:  WhatsApp  |  Facebook", "", "", "B"),
        ],
        [
            ("Next on Thamalakane FM: Lunchtime Requests, 12:00–14:00", "", "", "B"),
        ],
        [
            ("Community notices", "", "", "B"),
        ],
        [
            (
                "The PTA of Boseja Junior Secondary meets on Thursday at 17:30 in the school hall.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Death notices", "", "", "B"),
        ],
        [
            (
                "The funeral of the late Rre Ontiretse Moagi-Bakwena will be held on Saturday at Boseja ward.",
                "",
                "",
                "B",
            ),
            ("Robala ka kagiso.", "", "", "B"),
        ],
        [
            (
                "Ke a leboga to all our listeners who called in during this morning's water phone-in.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Thamalakane FM is a licensed community broadcaster owned by the Thamalakane Community Radio Trust.",
                "",
                "",
                "B",
            ),
            ("Supported by listeners and local businesses.", "", "", "B"),
        ],
        [
            ("© 2026 Thamalakane Community Radio Trust.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n105-sco-dry-dock",
        "The total is more than twice the 141 sailings it lost in November last year. Of the cancellations, 209 followed the withdrawal of the MV Glenfiachrach, the oldest of its four ships, which went into dry dock at Greenock on 3 November for what was planned as a nine-day overhaul.",
        [
            "The total is more than twice the 141 sailings it lost in November last year.",
            "Of the cancellations, 209 followed the withdrawal of the MV Glenfiachrach, the oldest of its four ships, which went into dry dock at Greenock on 3 November for what was planned as a nine-day overhaul.",
        ],
    ),
    (
        "n105-sco-sorrier",
        "Managing director Tormailt Bannochie said engineers had found corrosion in the ship's propeller shaft housing that inspectors would not pass. “Nobody is sorrier about November than the crews are,” he said. He said the ship returned to service on Sunday, 26 days after it went in.",
        [
            "Managing director Tormailt Bannochie said engineers had found corrosion in the ship's propeller shaft housing that inspectors would not pass.",
            "“Nobody is sorrier about November than the crews are,” he said.",
            "He said the ship returned to service on Sunday, 26 days after it went in.",
        ],
    ),
    (
        "n105-sco-coll-milk",
        "Morag Feithlinn, who chairs the community council on Coll, said the island went without a ferry for nine days in a row from 12 November. “The shop ran out of milk by the Tuesday and the vet couldn't get across for a calving,” she said. “People here are patient, but patience isn't a timetable.”",
        [
            "Morag Feithlinn, who chairs the community council on Coll, said the island went without a ferry for nine days in a row from 12 November.",
            "“The shop ran out of milk by the Tuesday and the vet couldn't get across for a calving,” she said.",
            "“People here are patient, but patience isn't a timetable.”",
        ],
    ),
    (
        "n105-sco-footer",
        "© 2026 Strathmory Newspapers Ltd. Registered in Scotland No. SC241187. Registered office: 40 Harbour Wynd, Inverness IV1 1QX.",
        [
            "© 2026 Strathmory Newspapers Ltd.",
            "Registered in Scotland No. SC241187.",
            "Registered office: 40 Harbour Wynd, Inverness IV1 1QX.",
        ],
    ),
    (
        "n105-gha-ing-chemicals",
        "The company's chief manager for Accra West, Ing. Kwabena Asamfoh-Kyeremfowaa, told GyBC News that affected areas, including Kasoa, Mallam and Gbawe, would receive water on three days a week under a schedule published on Monday night. He said chemicals to treat the bloom cost the company GH¢2.4 million in November, four times the usual monthly bill.",
        [
            "The company's chief manager for Accra West, Ing. Kwabena Asamfoh-Kyeremfowaa, told GyBC News that affected areas, including Kasoa, Mallam and Gbawe, would receive water on three days a week under a schedule published on Monday night.",
            "He said chemicals to treat the bloom cost the company GH¢2.4 million in November, four times the usual monthly bill.",
        ],
    ),
    (
        "n105-gha-chop-bar",
        "At Gbawe, chop bar owner Yaa Dwomowaa Abrefadwen said she had not had water from her tap since Thursday. “Every morning I spend two hours looking for water before I can cook,” she said. “How can a business survive like this?”",
        [
            "At Gbawe, chop bar owner Yaa Dwomowaa Abrefadwen said she had not had water from her tap since Thursday.",
            "“Every morning I spend two hours looking for water before I can cook,” she said.",
            "“How can a business survive like this?”",
        ],
    ),
    (
        "n105-sgp-pte-ltd",
        "SeraRail Pte. Ltd. said trains stopped at 7.42am between Tanjong Kapur and Pasir Mandai stations. Full service resumed at 10.22am.",
        [
            "SeraRail Pte. Ltd. said trains stopped at 7.42am between Tanjong Kapur and Pasir Mandai stations.",
            "Full service resumed at 10.22am.",
        ],
    ),
    (
        "n105-sgp-kiew-sorry",
        "SeraRail chief executive Kiew Puay Hian told reporters that a cable joint on the third rail near Pasir Mandai had failed and tripped a section of the power supply. “We are very sorry to everyone whose morning was disrupted,” Mr Kiew said. He said it was the first fault of its kind on the line since it opened in 2021.",
        [
            "SeraRail chief executive Kiew Puay Hian told reporters that a cable joint on the third rail near Pasir Mandai had failed and tripped a section of the power supply.",
            "“We are very sorry to everyone whose morning was disrupted,” Mr Kiew said.",
            "He said it was the first fault of its kind on the line since it opened in 2021.",
        ],
    ),
    (
        "n105-sgp-copyright",
        "Copyright© Serapine Quay Media Pte. Ltd. All rights reserved.",
        ["Copyright© Serapine Quay Media Pte. Ltd.", "All rights reserved."],
    ),
    (
        "n105-zaf-basket",
        "The group said its average basket price fell 17% to R24,180 an ounce in the period, while unit costs rose 9%. Revenue fell 14% to R11.6bn.",
        [
            "The group said its average basket price fell 17% to R24,180 an ounce in the period, while unit costs rose 9%.",
            "Revenue fell 14% to R11.6bn.",
        ],
    ),
    (
        "n105-zaf-union",
        "Tshepang Mokgatlhane, regional secretary of the Platinum Belt Workers' Union, said the union represented about 1,400 of the workers at the affected shafts. “The company paid R1.1bn in dividends only two years ago, and now the workers must pay for the bad times,” he said. He said the union would oppose the cuts “at every step”.",
        [
            "Tshepang Mokgatlhane, regional secretary of the Platinum Belt Workers' Union, said the union represented about 1,400 of the workers at the affected shafts.",
            "“The company paid R1.1bn in dividends only two years ago, and now the workers must pay for the bad times,” he said.",
            "He said the union would oppose the cuts “at every step”.",
        ],
    ),
    (
        "n105-fji-tries",
        "Winger Waisea Naiqamurua scored two of Nadroga's three tries, the second in the 74th minute after Naitasiri had levelled at 20-20. Flyhalf Semi Koroisavou added two conversions and a penalty.",
        [
            "Winger Waisea Naiqamurua scored two of Nadroga's three tries, the second in the 74th minute after Naitasiri had levelled at 20-20.",
            "Flyhalf Semi Koroisavou added two conversions and a penalty.",
        ],
    ),
    (
        "n105-fji-kicks",
        "“That's the final, right there,” he said. “Did we play well enough to win? Probably not.”",
        [
            "“That's the final, right there,” he said.",
            "“Did we play well enough to win?",
            "Probably not.”",
        ],
    ),
    (
        "n105-tto-eh-eh",
        "Eh-eh, it finish! The regional corporation's crew poured the last section of the box drain along Pierreville Trace on Friday, nine months after work started in February.",
        [
            "Eh-eh, it finish!",
            "The regional corporation's crew poured the last section of the box drain along Pierreville Trace on Friday, nine months after work started in February.",
        ],
    ),
    (
        "n105-tto-chairman",
        "Corporation chairman Deokienanan Sookbirsingh told me on Saturday that the 640-metre drain cost TT$2.8 million, about TT$400,000 more than the contract price. He said the extra money went on moving a water line that nobody knew was there.",
        [
            "Corporation chairman Deokienanan Sookbirsingh told me on Saturday that the 640-metre drain cost TT$2.8 million, about TT$400,000 more than the contract price.",
            "He said the extra money went on moving a water line that nobody knew was there.",
        ],
    ),
    (
        "n105-tto-no14",
        "Gloria Mohess-Ramkisundar, who has lived at No. 14 for 38 years, said water reached 60 cm inside her house in August. “Drain good, yes, but the river is the real problem,” she said. “When the river come down, where that water going?”",
        [
            "Gloria Mohess-Ramkisundar, who has lived at No. 14 for 38 years, said water reached 60 cm inside her house in August.",
            "“Drain good, yes, but the river is the real problem,” she said.",
            "“When the river come down, where that water going?”",
        ],
    ),
    (
        "n105-mlt-five-votes",
        "The motion passed by five votes to two. Under the scheme, spaces in the zone will be reserved for permit holders between 7 p.m. and 7 a.m. every day.",
        [
            "The motion passed by five votes to two.",
            "Under the scheme, spaces in the zone will be reserved for permit holders between 7 p.m. and 7 a.m. every day.",
        ],
    ),
    (
        "n105-mlt-mayor",
        "The Mayor, Rozanne Vellabrinċa, said a council survey in June found that 71% of the 880 households that replied supported the scheme. “Residents have told us for years that they cannot park near their own front door after a day's work,” the Mayor said. “This is a modest step, and we will review it after six months.”",
        [
            "The Mayor, Rozanne Vellabrinċa, said a council survey in June found that 71% of the 880 households that replied supported the scheme.",
            "“Residents have told us for years that they cannot park near their own front door after a day's work,” the Mayor said.",
            "“This is a modest step, and we will review it after six months.”",
        ],
    ),
    (
        "n105-zmb-approx",
        "Dr. Chibwela-Shamfuti said each kit cost about K18,500 (approx. US$690) and paid for itself in about two seasons at current maize prices. She said the next stage would test whether farmers could share kits between households.",
        [
            "Dr. Chibwela-Shamfuti said each kit cost about K18,500 (approx. US$690) and paid for itself in about two seasons at current maize prices.",
            "She said the next stage would test whether farmers could share kits between households.",
        ],
    ),
    (
        "n105-zmb-act-no",
        "Luswishi University is a public university established by Act No. 11 of 2008. © 2026 Luswishi University. All rights reserved.",
        [
            "Luswishi University is a public university established by Act No. 11 of 2008.",
            "© 2026 Luswishi University.",
            "All rights reserved.",
        ],
    ),
    (
        "n105-lka-freight",
        "She said dry weather in September had cut the crop in low-country estates by about 11%. Buyers were also waiting for clarity on freight rates through the Red Sea, she said.",
        [
            "She said dry weather in September had cut the crop in low-country estates by about 11%.",
            "Buyers were also waiting for clarity on freight rates through the Red Sea, she said.",
        ],
    ),
    (
        "n105-lka-pvt-ltd",
        "Copyright 2026 Lanka Business Wire (Pvt) Ltd. Unauthorised reproduction prohibited.",
        ["Copyright 2026 Lanka Business Wire (Pvt) Ltd.", "Unauthorised reproduction prohibited."],
    ),
    (
        "n105-can-freight",
        "Store manager Eilonwy Akpaliapik-Drouillet said the store sells about 900 jugs of milk a week, most of it flown in from Winnipeg. “People think we set the prices,” she said. “Freight is a third of what you pay for anything that comes in by plane.”",
        [
            "Store manager Eilonwy Akpaliapik-Drouillet said the store sells about 900 jugs of milk a week, most of it flown in from Winnipeg.",
            "“People think we set the prices,” she said.",
            "“Freight is a third of what you pay for anything that comes in by plane.”",
        ],
    ),
    (
        "n105-can-gas",
        "“When the snowmobile breaks down, that's when it gets hard,” he said. “Gas here is $2.14 a litre. You do the math.”",
        [
            "“When the snowmobile breaks down, that's when it gets hard,” he said.",
            "“Gas here is $2.14 a litre.",
            "You do the math.”",
        ],
    ),
    (
        "n105-can-nwt",
        "Aurorus is published four times a year by Tundrawise Media Inc. in Yellowknife, N.W.T. We acknowledge the financial support of the Government of Canada.",
        [
            "Aurorus is published four times a year by Tundrawise Media Inc. in Yellowknife, N.W.T.",
            "We acknowledge the financial support of the Government of Canada.",
        ],
    ),
    (
        "n105-isl-ohf",
        "The capital area's district heating utility, Varmadalsveitur ohf., said on Friday it would raise its hot water tariff by 9.5% from 1 January. The utility said it had spent ISK 4.3 billion this year drilling four new wells at its Mosfell fields.",
        [
            "The capital area's district heating utility, Varmadalsveitur ohf., said on Friday it would raise its hot water tariff by 9.5% from 1 January.",
            "The utility said it had spent ISK 4.3 billion this year drilling four new wells at its Mosfell fields.",
        ],
    ),
    (
        "n105-isl-honestly",
        "Honestly? For most of the world, that's still a bargain.",
        ["Honestly?", "For most of the world, that's still a bargain."],
    ),
    (
        "n105-isl-ehf",
        "Kólga Miðlun ehf. Grandagarður 19, 101 Reykjavík, Iceland",
        ["Kólga Miðlun ehf.", "Grandagarður 19, 101 Reykjavík, Iceland"],
    ),
    (
        "n105-bwa-boreholes",
        "The board's regional manager, Bontshetse Galefele-Motshwari, said supply has dropped to about 6.1 megalitres a day, against daily demand of 9.8 megalitres. She said drilling of six new boreholes near Shorobe will start on 14 December and cost P4.2 million. “We ask residents to fill containers on their supply days and to report leaks,” she said.",
        [
            "The board's regional manager, Bontshetse Galefele-Motshwari, said supply has dropped to about 6.1 megalitres a day, against daily demand of 9.8 megalitres.",
            "She said drilling of six new boreholes near Shorobe will start on 14 December and cost P4.2 million.",
            "“We ask residents to fill containers on their supply days and to report leaks,” she said.",
        ],
    ),
    (
        "n105-bwa-bowsers",
        "Council chairperson Thapelo Serakgoane told Thamalakane FM that the district council has hired 12 water bowsers at a cost of P38,000 a week. He said the bowsers will prioritise clinics, schools and the primary hospital. “We are asking people to be patient and to share with their neighbours,” he said.",
        [
            "Council chairperson Thapelo Serakgoane told Thamalakane FM that the district council has hired 12 water bowsers at a cost of P38,000 a week.",
            "He said the bowsers will prioritise clinics, schools and the primary hospital.",
            "“We are asking people to be patient and to share with their neighbours,” he said.",
        ],
    ),
]
