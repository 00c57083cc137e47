"""Hundred-and-thirteenth set of new hand-labelled pages for the hint engines (tuning set, round forty-six):
twelve WHOLE pages, head to tail, from twelve kinds of news site in twelve countries the sets are
thin on: a regional broadcaster in Botswana (a community FM station's news page), a court-reporting
site in Sri Lanka, a trade union bulletin in Bangladesh, a port authority's news page in Papua New
Guinea, a sports federation's site in Belize, a government information service in Guyana, an
agricultural co-operative's newsletter in Zambia, a business wire carried on a news portal in
Mauritius, a diaspora weekly of Samoans in Auckland, a church circuit's community paper in Fiji, a
university's student paper in Cyprus and a cooperative news site in Hong Kong. The stories are
ordinary news with quoted speakers, figures and opinions: foot-and-mouth vaccination and a cattle
movement ban, two finance company directors remanded, three months' wages unpaid at a knitwear
factory, a port's record container year and a second crane, a women's league final won after extra
time, a drainage pump station commissioned, maize payments owed to a co-operative, a listed group's
half-year results, the price of shipping a household box home, a church school's new classroom
block after a cyclone, student rents up 18% and a credit union's dividend. What is hard is each
site's own FURNITURE, worded the site's own way rather than in the common English phrases: at the
head, mastheads and taglines, language switchers (Setswana, Sinhala and Tamil, Bangla, Tok Pisin,
Español, Chitonga, French, Gagana Sāmoa, Vosa Vakaviti, Greek and Turkish, 繁/简), menus in two
languages, a LISTEN LIVE line with frequencies and an On air now line, price, currency, arrears,
rainfall, tide, vessel-movement, weather and market strips, BREAKING, PUBLIC NOTICE and
union-election strips, a cause-list line, a Notice to Mariners, a verse for the week and worship
times; in the middle, advert slots of several sentences, see-also links worded "ALSO ON LETSOMO ▸",
"Related ▸", "SEE ALSO IN THIS ISSUE:", "Also read:", "Read also ▸", "Faitau fo'i ▸", "Read more ▸"
and "SEE ALSO ›", an embedded X post and an embedded Facebook video with handles, running time and
counts, galleries with photo counts, audio players and listen lines, a reader-funding ask, a
donation ask and a giving block with account numbers, a koha ask, a reporting note, a case box, a
voice-note line, notices of an AGM, of branch elections and of a training day, a Match facts box;
and at the tail, tags and topics, case trackers, sub judice and moderation notes, related and "In
this issue" lists, tender lists, fa'alavelave notices and events, comments with handles and times,
author boxes, a methodology note, forward-looking statements, About blocks and media contacts, a
portal's disclaimer, and footers with licence, registration and company numbers, addresses, P.O.
boxes and phone lines, split at "(Pvt) Ltd.", "Ltd.", "Ltée.", "Reg. No. ...", "Ba." and the like.
Splits to watch: initials ("K. M.", "W. A.", "R. P."), "Md.", "Capt.", "Prof.", "Rev.", "Ms.",
"Mon.–Sat.", "N.R.C.s.", "Rs.", "Rs. 640 mn", "Tk 7.4 crore", "HK$1.1 million", "No. 3 of 2027:",
"Account No.", "5.30 a.m.", "7 a.m. and", "9 a.m." before a capital, "C.A.", "12/F" and questions
inside quotes with and without an attribution after them. The pages hold 534 sentences: 335 "B",
106 "W" and 93 ""; 158 sentences carry a speaker (74 distinct speakers). `STYLES` describes each
page, its story, its speakers and its furniture in order.

Written from scratch for issue 13 in round forty-six, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README was opened; `claimreview` was never imported, and no test, scorer,
engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied from
anywhere. What was read: the brief (`/tmp/brief` was listed; it held only the brief); `/tmp/sets`
was listed once at the start, in the same command, when it was empty, and a later listing of it had
its output thrown away (`| head -0`); nothing there but this file was opened; the module docstrings
of `labelled_new.py` and `labelled_new2.py` (printed whole with `ast.get_docstring`); `def build` in
`tests/text/labelled_articles.py` (printed with `ast.get_source_segment`, that function only); the
`[tool.ruff]` tables of `pyproject.toml` (a `sed` address range from `[tool.ruff` to the next other
`[tool.` table); and, from `labelled_new111.py` and `labelled_new112.py`, the output of a script of
my own using `ast` that saves the module docstring, `STYLES`, the first two pages of `ARTICLES` and
the first eight `CASES` of each to a scratch file, of which two stretches were printed: its first
50,000 characters (the tool cut their middle, so that the docstring of `labelled_new111.py`, the
first two entries of its `STYLES`, the end of its first page, its second page, its eight cases and
the first half of the docstring of `labelled_new112.py` were seen) and 22,000 characters starting
50,200 characters from its end (the rest of that docstring and the first six entries of its `STYLES`
and part of the seventh); so the rest of both `STYLES`, the start of the first page of
`labelled_new111.py` and the pages and cases of `labelled_new112.py` were never seen. No other page,
case or docstring of any file under `tests/` was read. What was run: a Python one-liner printing the
calendars of January to March 2027 (to check weekdays); scripts of my own in a scratch folder that
turn a small line format (flag, speaker, cue and text separated by a tilde, one line a paragraph
unless it starts with "+", speaker aliases, case marks) into the literals below, apply renames, pick
the split cases, and count sentences, flags and speakers; substring, case-insensitive per-word file
counts (`grep -rliF -- WORD /work/main/tests/text | wc -l`) for every capitalised word and every part
of a hyphenated name of these pages (about 960 words, run twice) and for every candidate replacement;
an import of this file with `labelled_articles.build` on every page and a check of four string
fields, the flags, no "B" with a speaker, a cue for every speaker and a speaker for every cue, 30
distinct case ids, every case text in a built page and equal to its sentences joined by single
spaces, each expected sentence one labelled sentence of one paragraph, in order, and the counts
above; and `ruff format` and `ruff check` (the project's `.venv`) with the project's `pyproject.toml`
as config, the check also through `--stdin-filename tests/text/labelled_new113.py` so that the
per-file ignores for `tests/**` apply. Only counts were read from the word searches, never the
matched lines or file names. Of the first draft's coined words, about seventy hit other files:
surnames and parts of hyphenated surnames (Adhikari, Gurung, Akter, Amsterdam, Boyce, Ioannou,
Ramdin, Gentle, Arzú, Lewin, Hadjikyriakou, Bhuiyan, Talukdar, Bissessar, Lall, Castellanos, Drau,
Espat, Fraser, Setlhare, Tikoisuva, Kaluba, Sichone, Usher, Pou, Lafleurette, Tuimavave, Leiataua,
Mulitalo, Ratuvou, Nawaqa, Ntsima, Pouono, Prasad, Sultana), given names (Chandrawathie, Chileshe,
Deoraj, Dilrukshi, Gaone, Hamweemba, Iosefa, Isikeli, Itzel, Jone, Kelebogile, Lagi, Lombe, Mereoni,
Mothusi, Onalenna, Ravu, Rokeya, Salote, Sione, Tavita, Thilini, Tlotlego, Malia), outlets, firms,
bodies and places (Kam Fung, Harbourline, Sapodilla, Vaifale, Aiga, Mwiinga, Mulanga, Punta Yeso,
Mmamosadi, Na Vosa, Barta, Loloma, Shorobe, Pop, Ka-lok, Tau); each was renamed or dropped, and the
replacements that hit as well (Mwenya, Semesa, Vilikesa, Naqarase, Keneilwe, Lemalu, Mwaka, Unaisi,
Goitseone, Akanisi, Fuimaono, Oratile) were replaced again; only replacements with no hit were kept.
What still hits is real countries, regions, towns and districts (Botswana, Maun, Ngamiland, Sri
Lanka, Colombo, Kandy, Galle, Gazipur, Dhaka, Papua New Guinea, Belize, Dangriga, Toledo, Orange
Walk, San Ignacio, Benque Viejo, Guyana, Georgetown, Berbice, Zambia, Choma, Lusaka, Mazabuka,
Livingstone, Mauritius, Port Louis, Moka, Samoa, Apia, Savai'i, Auckland, Ōtara, Aotearoa, Fiji,
Ba, Lautoka, Cyprus, Nicosia, Nepal, Pokhara, Hong Kong, Kowloon, Kwun Tong, Ngau Tau Kok, Tai Po,
Yuen Long and the like), common given names (Abul, Kalam, Rashid, Andreas, Stavros, Eleni, Niki,
Anne, Sophie, Kevin, Corinne, Josephine, Gabriel, Desmond, Clement, Marisol, Annelise, Natasha,
Augustine, Kenrick), short Cantonese name and street syllables (Mok, Siu, Tsang, Ho, Lui, Chun,
Hing, Mei, Wai, Kin, Wah, Hoi, Tak, and Ah and Sue of "Ah-Sue"), common words in Setswana, Bangla,
Fijian and Samoan (Dikgang, Temo, Sramik, Bula, Vinaka, Vakaviti, Vosa, Lotu, Siva, Fa'afetai),
common and outlet words (Voice, Weekly, Star, Pride, Trader, Polder, Riche, Kauri, Gazette,
Harbour, Freight, Knitwear and the like), and titles, currency, unit and register tokens (Md, Capt,
Prof, Rev, Dr, Mr, Mrs, Ms, Pvt, Ltd, Ltée, PLC, CID, TEU, SEM, BRN, CSR, PV, MUR, WST, NZD, HKT,
Tk, BZ, FJ, HK).

Every person, outlet, station, site, firm, union, federation, co-operative, credit union, trust,
authority, port, club, team, stadium, school, university, church circuit, village, street, building,
ship, handle and figure is invented. Real countries, regions, towns and institutions appear only as
settings: those listed above, the Central Bank of Sri Lanka, the Criminal Investigation Department,
the Registrar of Companies and the Gazette (in Sri Lanka), the Ministry of Agriculture (in Guyana),
the Treasury (in Zambia), the Co-operative Societies Act, the Stock Exchange of Mauritius, its
Official Market and the SEMDEX (a strip), Samoa's central bank (a source of figures), the Registrar
of Credit Unions (in Hong Kong), the House of Representatives' education committee (in Cyprus), a
Cold Weather Warning and HIBOR (a strip), Galatians (a verse), and Facebook, X, WhatsApp, Viber and
bKash (as channels).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, switcher, menu, strip, ticker, byline, date, share line, caption,
credit, link, list item, widget line, notice, button row, comment line and legal line is a
paragraph of its own); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W",
"B" or "". As in the recent sets: furniture "B" line by line and sentence by sentence, whatever it
says; a caption by its content and its credit "B"; headlines and standfirsts never split and
flagged by content; a dateline belongs to its lead sentence; a speaker is the full name as first
given without titles or roles (Dr, Dr., Inspector, President's Counsel, Additional Magistrate, Capt.,
Harbour master, Prof., Vice-Rector for Student Affairs, Rev., Mrs, Mr, Ms, Ms., Chairwoman,
Treasurer, Regional Chairman, Minister of Agriculture, Group Chief Executive Officer, Chief
Financial Officer, Chief executive officer, Head teacher, Secretary-manager, board chairperson,
Students' Union president, BFFU president, Manatees coach, Orchids coach and the like dropped); a
pronoun, a later surname or a role ("the minister", "The magistrate") resolves to it; an
organisation's later generic noun is kept as written ("the authority", "The authority", "the
ministry", "The veterinary office", "The union", "the company"), while "it said" resolves to the
organisation as first given; "according to X" gives X as written; a document as the subject of
"says" or "found" is kept as written ("The notice", "An inspection report dated January 27", "The
survey"); a quote over several sentences carries its speaker and cue in each; a named person acting
without a verb of saying (a magistrate ordering, a board declaring a dividend) carries no speaker;
sport data lines are "" and a box's title "B".

Conventions this set had to settle, in the same spirit:

* Embedded social posts: the display name, the handle, the running time, the date, the counts row
  and "View on X" are "B" line by line; the post's own text (or the embedded video's caption) is
  labelled by its content like a photo caption, with no speaker, since the widget carries no verb of
  saying ("Champions again 🏆" "", "Two titles in three seasons, ..." "W").
* Audio players and listen lines ("▶ Listen to this report   3:12", "🔊 Listen to this story in
  Gagana Sāmoa (4 min)"), download and podcast lines, gallery counts and gallery links are "B".
* See-also links however worded, and in whatever language, are one "B" line each, their headline
  included; so are items of related, "In this issue", "Plus de communiqués" and "More member
  stories" lists, tender lists and a "Latest results" sidebar (its rows are treated like ticker
  lines, unlike the rows of the Match facts box inside the story, which are data "").
* Notices are "B" sentence by sentence, even when they state dates, times and figures: AGM notices,
  branch-election notices, circuit notices, a training-day notice, fa'alavelave notices, a Notice to
  Mariners, a public notice, a reporting note, a sub judice notice, a case box and case tracker, a
  methodology note, forward-looking statements, a press release's About block and distribution
  note, and a portal's disclaimer; so are donation, koha, giving and reader-funding asks (account
  numbers included), voice-note and SMS lines, slogans, a verse for the week and a benediction.
* A press release run on a portal: "X Ltd. ... today reported" carries the issuer as written in the
  lead with the cue "reported"; a cluster that "reported a loss" carries the cluster as written;
  the results sentences without a verb of saying carry no speaker.
* Headlines and standfirsts: "..., district vet says" carries the vet the lead names; "...,
  federation says" and "..., freight firm says" the organisation's name as the lead gives it; "...,
  union survey finds" the survey as the story first gives it ("a survey of 1,214 students published
  by the Students' Union on Monday"); "Board says ..." the board as the story writes it ("the
  union's board"); "CID tells court ..." the Criminal Investigation Department; "Families who ship
  ... say ..." that group as written; "..., members told" (passive) no speaker.
* Name forms: initials stay part of the name ("R. P. Gunathilakarachchi"); "Md." stays part of a
  Bangladeshi name ("Md. Harunur Rashid Patwarighar"), as "Jr." does; Cantonese names keep their
  order and given name in full ("Mok Siu-fan", "Augustine Tsang Ho-yin") and resolve from "Ms Mok".
* "did not respond to calls and messages" is a cue like "did not respond to a request for comment";
  "urged" and "told members", "told court", "told the meeting", "told the circuit's quarterly
  meeting", "told Letsomo FM" and "told The Troodian" are cues; "asked for bail ..., saying ..." and
  "refused bail, saying ..." carry counsel and magistrate with the cue "saying" ("W": statements of
  record in court).
* Check-worthiness as in the recent sets: a first-person statement of record is "W" ("We played 120
  minutes with 13 fit players", "I have taken my two children out of boarding school", "My
  part-time job at the café pays €7 an hour"); a plan, promise or forecast of a speaker or a body is
  "" even with a date or a figure, while a board resolution, a sum requested in a letter and a
  declared dividend are "W"; opinions, questions and scene-setting "".

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of one to three
consecutive sentences of one paragraph of these pages joined by single spaces: initials, "Md.",
"Capt.", "Prof.", "Rev.", "Ms." and "Ltd. in" that do not end a sentence, "Mon.–Sat.", "N.R.C.s.",
"9 a.m." and "Reg. No. CSR/SP/4471." that do, "Rs. 640 mn", "5.30 a.m." mid-sentence, "Account No."
in a giving block, questions inside quotes with and without an attribution after them, a speaker
named after the quote, and footer lines split at "(Pvt) Ltd." before "No. 44/2,", at "Ltd." before
"The content" and "Company No.", at "Ltée." before "BRN" and at "Ba." before "P.O. Box": what a
reviewer wants, not what the engine does.
"""

STYLES = [
    'Botswanan REGIONAL BROADCASTER\'s news page (a community FM station in Ngamiland), foot-and-mouth vaccination of 61,000 cattle and a movement ban: headline "..., district vet says" carrying the principal veterinary officer ("Dr" dropped) named at the end of the lead; standfirst "W" with no speaker; her claims of record "W", a quote over two sentences with "she told Letsomo FM" ""; "according to a notice issued by the district veterinary office" and "The notice says" "W"; a farmer (a loan and his herd "W", a question "he asked." and its continuation ""); the council chairperson (a request for P4.6 million and a letter "W", an opinion ""); an earlier outbreak "W", a plan with "7 a.m. and" mid-sentence ""; an instruction with no speaker ""; "The veterinary office said" kept as written (furniture: a LISTEN LIVE line with three frequencies, an On air now line, a language switcher, a pula/rand/diesel/weaner price strip, a menu in Setswana and English, a BREAKING strip, breadcrumb, "Reported by" byline, newsroom line, date line, an audio player with running time and download line, photo credit, "— Advertisement —" with a three-sentence advert split at "Mon.–Sat.", an "ALSO ON LETSOMO ▸" link, a "Have your say ▸" voice-note line, tags, a More from the newsroom list, a two-sentence reporter note, moderation note, a comment with handle, time, two sentences and a reply row, licence line, address split before "Private Bag", studio and email line, copyright split before "All rights reserved.")',
    'Sri Lankan COURT-REPORTING SITE (a magistrate\'s court in Kandy), two finance company directors remanded: a Sinhala/Tamil/English switcher, masthead and tagline, court menu and a cause-list line with "8.10 a.m."; headline "W" with no speaker and a standfirst "CID tells court ..." carrying the Criminal Investigation Department as the lead names it; a two-sentence reporting note and a case box (furniture); the lead "told court" "W"; the suspects with initials ("K. M.", "W. A.") "W" with no speaker; a CID inspector with initials ("Inspector" dropped) "told court" and "He said" with "Rs. 640 mn" "W", a quote ""; the defence with "President\'s Counsel" dropped (a claim of record "W", a quote "", a bail plea through "saying" with "Ms." mid-sentence "W"); the magistrate ("Additional Magistrate" dropped) refusing bail "saying" "W", then ordering with no speaker "W"; a depositor (her deposit "W", a quote with "5.30 a.m." mid-sentence, a question "she asked." and its continuation ""); "Police said" with "9 a.m." ending a sentence before "Vehicles ..." "W"; "according to a notice published in the Gazette" "W"; "A Central Bank spokesman declined to comment" "" (furniture: "Related ▸" link, a three-sentence reader-funding ask with "Contribute →", case tracker, next-date line, filed-under line, a two-sentence sub judice notice, corrections line, publisher lines split at "(Pvt) Ltd." before "No. 44/2," and "Reg. No.", copyright split)',
    'Bangladeshi TRADE UNION BULLETIN (a garment workers\' federation, Gazipur), three months\' wages unpaid at a knitwear factory: headline "..., federation says" carrying the federation as the lead names it; standfirst "W" with no speaker; lead with "Ltd. in" mid-sentence "W"; the general secretary (arrears in crore "W", a quote over two sentences ""); "An inspection report dated January 27 found" "W"; the factory\'s HR head "told the meeting" "W" and "did not respond to calls and messages" ""; a sewing operator (a debt "W", a quote followed by two questions inside quotes with no attribution after them ""); a labour officer whose name begins "Md." (kept as part of the name) with a plan "" and a claim of record "W"; the federation\'s plan with no speaker "" (furniture: Bangla/English switcher, masthead, issue line, menu, helpline line, an arrears-tracker strip, section label, desk and date lines, a "SEE ALSO IN THIS ISSUE" line, an embedded Facebook video widget with page name, handle, running time, caption "" and a reactions row, a three-sentence donation ask with "Account No." and "Ltd., Tongi Branch", a notice to members in two sentences with "9 a.m. to 5 p.m.", topics, Read next list, registration line split before the address, email and slogan)',
    'Papua New Guinean PORT AUTHORITY\'s news page (a coined port), a record 214,600 TEU and a second harbour crane: headline "W" with no speaker; lead "the authority said" kept as written and "it said" resolved to the authority as first given; the chief executive ("Chief executive officer" dropped; turnaround times "W", a quote over two sentences with "Mr Tamakonai said." ""); "according to the authority\'s engineering division" "W"; the harbour master with "Capt." dropped (ship calls "W", a dredging plan ""); a scene line ""; a truck owners\' association "W" and its president (a partial quote "", a quote and a rhetorical question "she asked." ""); "The authority said" kept as written (a plan "") (furniture: masthead, Tok Pisin/English switcher, menu, a vessel-movements ticker, a tide and wind strip, a Notice to Mariners line with "No. 3 of 2027:", section path, release number, date, photo gallery count, caption "" and credit, a Related releases list, "— ENDS —", an About block (a title and two sentences), media contact and phone lines, a Current tenders list, an SMS alerts line in two sentences, address line, copyright split before the footer links)',
    'Belizean SPORTS FEDERATION site (a futsal and football union), a women\'s league final won 2-1 after extra time: English/Español switcher, masthead, menu, a LIVE score ticker, an official partners line; headline and standfirst "W" with no speaker; byline, Published line, share line, gallery count, caption "" and credit; result, scorers and the course of the match "W" with no speaker; the winning coach named after his quote ("Manatees coach" dropped) ""; an embedded X post: display name, handle, date, counts and "View on X" "B", the post\'s text labelled by content with no speaker ("" and "W"); the scorer by surname (told on Friday "W", a quote ""); the losing coach (an opinion "", a first-person statement of record with figures "W"); the federation president (prize money "W", a plan "", a statement of record in a quote "W" and its continuation ""); "according to federation figures" "W"; a Match facts box (title "B", score, referee and attendance lines "") (furniture at the tail: tags, a Latest results sidebar of two rows "B" like a ticker, WhatsApp alerts line, address line with "C.A.", copyright split)',
    'Guyanese GOVERNMENT INFORMATION SERVICE news item, a G$1.9 billion drainage pump station commissioned: masthead lines, menu, an exchange-rate strip, a PUBLIC NOTICE strip, section label; headline "W"; "By:" byline, date, reading time; caption "" and bracketed credit; "the Ministry of Agriculture said" and a later "the ministry said" kept as written "W"; the agriculture minister ("Minister of Agriculture" dropped): a loss of paddy "W", a quote over two sentences with "the minister said" "", homes protected "W" and a plan with figures ""; the regional chairman ("Regional Chairman" dropped): running costs "W" and "She urged" ""; a rice farmer (19 days of standing water "W", creole quotes ""); "according to figures from the ministry" "W" (furniture: a gallery link with a photo count, an "Also read:" link, "-END-", a two-sentence republication note, a Related news list, a share line, an address split before "Tel:", copyright)',
    'Zambian AGRICULTURAL CO-OPERATIVE NEWSLETTER (a farmers\' co-operative union in Southern Province), K4.3 million unpaid for maize: masthead, newsletter line, English/Chitonga switcher, menu, a buying-price board in kwacha, a rainfall strip, section path; headline "..., members told" "W" with no speaker; standfirst "Board says ..." carrying "the union\'s board" as the story writes it (a plan ""); issue and posted lines; the board chairperson ("board chairperson", "Mrs" dropped) "told members" "W", letters "W", a quote over two sentences "", a board resolution "W"; a member farmer (deliveries and a first-person statement of record "W", a question inside the quote with no attribution ""); the secretary-manager ("Secretary-manager", "Mr" dropped): advances and reserve "W", a quote ""; the union agronomist named after her finding "W"; "A spokesperson for the agency" as written "" (furniture: a NOTICE of the AGM in three sentences with "N.R.C.s." ending a sentence, an SMS status line in two sentences, an In this issue list, a call for news, registration line split at "Reg. No. CSR/SP/4471." before "Plot 88" and "P.O. Box", cell line)',
    'Mauritian BUSINESS WIRE ON A PORTAL (a press release as a news portal runs it), a listed group\'s half-year profit up 18%: FR/EN switcher, masthead, French menu, a SEMDEX and currency strip, a Météo cyclone line, section path, a bilingual PRESS RELEASE label and a two-sentence distribution note split at "Ltd." before "The content"; headline "W" with no speaker; a dateline lead "PORT LOUIS, 16 February 2027 – ... Ltd. (SEM: VALM) today reported" carried by the group "W"; figures with no speaker "W"; "The sugar and energy cluster reported" "W"; the CEO named after her quote ("Group Chief Executive Officer" dropped): a record season "W" and an option ""; the CFO (net debt "W", a forecast ""); a cluster\'s profit "W"; the CEO\'s plan ""; a dividend declared by the board with no speaker "W" (furniture: "— Publicité —", a "Read also ▸" link, a Forward-looking statements block, an About block with "Ltd. is" mid-sentence, a media contact line ending "Ltd." and a phone line, a French comment prompt and moderation note, a two-sentence portal disclaimer, a Plus de communiqués list, copyright split at "Ltée." before "BRN C10099471." and the address)',
    'Samoan DIASPORA WEEKLY (a Samoan community paper in Auckland), the price of shipping a household box to Samoa up $45: Gagana Sāmoa/English switcher, masthead and slogan, a Talofa date line, menu, a tālā currency, weather and ferry strip, section path; headline "..., freight firm says" carrying the firm as the lead names it; standfirst "Families ... say" carrying that group as written ""; byline, date, an audio line, caption "" and credit; lead "the company said" kept as written "W"; the owner (costs and a held price "W", an aside ""); a mother (her boxes "W", a question "she asked." and its continuation ""); a trust chairman with "Rev." dropped (a plan "", a partial quote and a quote in two parts ""); "according to figures published by Samoa\'s central bank" "W"; the owner\'s old-price offer "" (furniture: a Samoan share line, a "Faitau fo\'i ▸" see-also link, a three-sentence koha ask, fa\'alavelave notices split into two sentences, an events line, a comment section with count, handle, time, two sentences and a reply row, publisher line with address, copyright split before a thanks line)',
    'Fijian CHURCH AND COMMUNITY PAPER (a Methodist circuit\'s newsletter, Ba), a school\'s new classroom block 14 months after a cyclone: a Bula greeting, masthead, circuit line, English/Vosa Vakaviti switcher, menu, a verse-for-the-week strip, worship times, section label; headline "W"; byline and date; caption "" and credit; the school manager "told the circuit\'s quarterly meeting" "W", costs "W", a quote ""; the head teacher ("Head teacher" dropped; pupils in a hall and tents "W", a quote ""); the circuit minister with "Rev." dropped (sums raised "W", a quote over two sentences ""); a parent (a hope "", a question "she asked." ""); "A divisional education officer in Lautoka" as written ""; "according to the circuit\'s building committee" "W" (furniture: a four-sentence giving ask with "Account No." mid-sentence and "Vinaka vakalevu.", circuit notices of one and two sentences, a Viber prayer line, an Also in this issue list, publisher line, address split at "Ba." before "P.O. Box 314, Ba, Fiji." and a phone and email line, a closing benediction)',
    'Cypriot UNIVERSITY PAPER (a student newspaper in Nicosia), student rents up 18% in two years: Greek/English/Turkish switcher, masthead and independence line, menu, a red union-elections strip, section path; headline "..., union survey finds" carrying the survey as the story first gives it; standfirst "W" with no speaker; byline with role, date and read time, caption "" and credit; "according to a survey of 1,214 students published by the Students\' Union on Monday" and "The survey found" "W"; the union president ("Students\' Union president" dropped; an opinion, a quote and a question inside the quote with no attribution ""); the vice-rector with "Prof." dropped ("told The Troodian" a plan "", beds "W", a quote "", a request of record "W"); "A spokesman for the Nicosia Property Owners\' Association" as written "W"; a nursing student (rent and pay "W", "You do the maths." ""); "The union said" kept as written (a plan "") (furniture: a "Read more ▸ Opinion |" link, Advertisement with a one-line student offer, a two-sentence methodology note, tags, an About the author box of two sentences, comments with count, handle, relative time, two sentences and a like row, a two-sentence publisher and views note, address and email line, copyright)',
    'Hong Kong COOPERATIVE NEWS SITE (credit unions, housing and consumer co-ops), a credit union\'s 3.2% dividend and a new shop fit-out loan: 繁/简/EN switcher, masthead and tagline, menu, a weather-warning and HIBOR strip, section path; headline and standfirst "W" with no speaker; reporter, posted line with HKT and read time, photo count, caption "" and credit; dividend and vote "W" with no speaker; "according to the union\'s annual report" "W"; the chairwoman (Cantonese name in full, "Chairwoman" and "Ms" dropped): new members "W", a quote over two sentences with "Ms Mok said." "", a plan ""; the treasurer (arrears and provisions with "HK$1.1 million" "W", a quote ""); a member (a loan after a fire "W", a question "he asked." and its answer ""); "according to the latest figures from the Registrar of Credit Unions" "W" (furniture: a "SEE ALSO ›" link, a two-sentence training-day notice, tags, a two-sentence AGM-listing call, a More member stories list, a two-sentence about note, an address line with "12/F", copyright split at "Ltd." before "Company No. 3184402.")',
]

ARTICLES = [
    [
        [
            ("LISTEN LIVE ▶   Letsomo FM 97.4 Maun · 101.2 Gumare · 88.6 Shakawe", "", "", "B"),
        ],
        [
            ("On air now: Mosadinyana Mornings with Mpaphi Tshwaragano (06:00–09:00)", "", "", "B"),
        ],
        [
            ("English | Setswana", "", "", "B"),
        ],
        [
            (
                "P1 = US$0.0731 · P1 = R1.342 · Diesel P16.85/l · Weaner steers P24.10/kg at Maun sale pens",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Dikgang   Ngamiland   Temo-thuo   Metshameko   Mmino   Podcasts   Programme guide   Call the studio",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "BREAKING ▸ Sehithwa–Tsau road closed at the Nxaraga drift after overnight rains ▸ Council asks motorists to use the Toteng detour",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home › Dikgang › Temo-thuo", "", "", "B"),
        ],
        [
            (
                "Vaccination teams to reach 61,000 cattle in three Ngamiland extension areas before movement ban can lift, district vet says",
                "Boitshwarelo Mokgatlhanyane",
                "says",
                "W",
            ),
        ],
        [
            (
                "Farmers at Xhobe, Sankwasa and Dikgatlhe will not be able to sell to the abattoir until at least late April.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Reported by Onthatile Kgwatalala", "", "", "B"),
        ],
        [
            ("Letsomo FM Newsroom, Maun", "", "", "B"),
        ],
        [
            ("Tuesday 9 February 2027 · 07:45", "", "", "B"),
        ],
        [
            ("▶ Listen to this report   3:12", "", "", "B"),
        ],
        [
            ("Download MP3 · Hear it again in the 13:00 bulletin", "", "", "B"),
        ],
        [
            ("Cattle wait at a crush pen at Xhobe ahead of the vaccination round.", "", "", ""),
        ],
        [
            ("Photo: Letsomo FM / Kgalalelo Ramorokaswe", "", "", "B"),
        ],
        [
            (
                "MAUN — Vaccination teams will inoculate about 61,000 head of cattle in three extension areas of Ngamiland over the next five weeks after foot-and-mouth disease was confirmed at two cattle posts near Xhobe, the district's principal veterinary officer, Dr Boitshwarelo Mokgatlhanyane, said on Monday.",
                "Boitshwarelo Mokgatlhanyane",
                "said",
                "W",
            ),
        ],
        [
            (
                "She said samples from 14 animals at the two posts had tested positive at the national laboratory on 3 February.",
                "Boitshwarelo Mokgatlhanyane",
                "said",
                "W",
            ),
            (
                "“We caught it early, and that is the good news,” she told Letsomo FM.",
                "Boitshwarelo Mokgatlhanyane",
                "told Letsomo FM",
                "",
            ),
            (
                "“The bad news is that nothing moves until we are sure.”",
                "Boitshwarelo Mokgatlhanyane",
                "told Letsomo FM",
                "",
            ),
        ],
        [
            (
                "Movement of cattle, goats and sheep out of the three extension areas has been suspended since 4 February, according to a notice issued by the district veterinary office.",
                "a notice issued by the district veterinary office",
                "according to",
                "W",
            ),
            (
                "The notice says the ban will stay in place for at least 42 days after the last animal in the zone is vaccinated.",
                "The notice",
                "says",
                "W",
            ),
        ],
        [
            ("— Advertisement —", "", "", "B"),
        ],
        [
            (
                "Tsodilo Agri Supplies: ear tags, drenches and lick blocks at farmer prices.",
                "",
                "",
                "B",
            ),
            ("Open Mon.–Sat. on the Sehithwa road.", "", "", "B"),
            ("Call 686 0417.", "", "", "B"),
        ],
        [
            (
                "At Sankwasa, farmer Kgosietsile Marumoagae said he had 230 head ready for the abattoir and a loan repayment due at the end of March.",
                "Kgosietsile Marumoagae",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Who is going to pay the bank while my cattle stand in the kraal?” he asked.",
                "Kgosietsile Marumoagae",
                "asked",
                "",
            ),
            (
                "“I am not angry with the vets, but somebody must come and talk to us about compensation.”",
                "Kgosietsile Marumoagae",
                "asked",
                "",
            ),
        ],
        [
            (
                "ALSO ON LETSOMO ▸ Farmers' committee wants weekly kgotla briefings on disease control",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The council chairperson for the district, Ketlhaetse Sebego-Ntshimologo, said the council had asked the ministry for P4.6 million to buy feed for animals held back from market.",
                "Ketlhaetse Sebego-Ntshimologo",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said the request was sent in a letter on 5 February and had not yet been answered.",
                "Ketlhaetse Sebego-Ntshimologo",
                "said",
                "W",
            ),
            (
                "“Our farmers cannot be the only ones carrying the cost of protecting the national herd,” he said.",
                "Ketlhaetse Sebego-Ntshimologo",
                "said",
                "",
            ),
        ],
        [
            (
                "Have your say ▸ Send a voice note to our WhatsApp line 7140 2286, or phone the studio on 686 3390 during Mosadinyana Mornings.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Dr Mokgatlhanyane said the last outbreak in the district, in 2022, had kept the abattoir closed to Ngamiland cattle for 11 weeks.",
                "Boitshwarelo Mokgatlhanyane",
                "said",
                "W",
            ),
            (
                "She said teams would start at Xhobe on Wednesday at 7 a.m. and work westwards.",
                "Boitshwarelo Mokgatlhanyane",
                "said",
                "",
            ),
        ],
        [
            (
                "Farmers have been asked to bring every animal to the crush pens, including calves older than four months, and to carry their herd registration books.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The veterinary office said a second round of vaccination would follow in late March.",
                "The veterinary office",
                "said",
                "",
            ),
        ],
        [
            ("Tags: foot-and-mouth · cattle · Ngamiland · Xhobe · abattoir", "", "", "B"),
        ],
        [
            ("More from the newsroom", "", "", "B"),
        ],
        [
            ("Gumare clinic to open on Saturdays from March, health team confirms", "", "", "B"),
        ],
        [
            ("Shakawe ferry back in service after nine-day engine repair", "", "", "B"),
        ],
        [
            (
                "Onthatile Kgwatalala covers farming and local government for Letsomo FM.",
                "",
                "",
                "B",
            ),
            ("Find her reports every weekday at 07:00 and 13:00.", "", "", "B"),
        ],
        [
            ("Comments are moderated.", "", "", "B"),
            ("Please write in English or Setswana and be respectful.", "", "", "B"),
        ],
        [
            ("Kenosi_Xhobe", "", "", "B"),
        ],
        [
            ("9 Feb 2027, 08:12", "", "", "B"),
        ],
        [
            ("Pray the rains don't carry it further.", "", "", "B"),
            ("Our calves are already thin.", "", "", "B"),
        ],
        [
            ("Reply · 👍 14", "", "", "B"),
        ],
        [
            (
                "Letsomo FM is a community broadcaster run by the Letsomo Community Broadcasting Trust, Licence No. CB/NW/0117.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Plot 2291, Moeti Road, Maun.", "", "", "B"),
            ("Private Bag 0419, Maun, Botswana.", "", "", "B"),
        ],
        [
            ("Studio: +267 686 3390 | News desk: newsdesk@letsomofm.co.bw", "", "", "B"),
        ],
        [
            ("© 2027 Letsomo Community Broadcasting Trust.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("සිංහල | தமிழ் | English", "", "", "B"),
        ],
        [
            ("SABHAWA COURT REPORTS", "", "", "B"),
        ],
        [
            ("Reporting Sri Lanka's courts, one case at a time", "", "", "B"),
        ],
        [
            (
                "Supreme Court   Court of Appeal   High Courts   Magistrates' Courts   Labour Tribunals   Cause lists   Judgments",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Today's cause lists: Colombo Fort MC · Kandy HC · Galle MC — last updated 8.10 a.m.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Magistrates' Courts / Kandy", "", "", "B"),
        ],
        [
            (
                "Ranmihira Finance directors remanded until February 24 as depositors crowd Kandy court",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "CID tells court Rs. 2.1 billion in deposits cannot be traced",
                "the Criminal Investigation Department",
                "tells court",
                "W",
            ),
        ],
        [
            ("Sabhawa correspondent, Kandy", "", "", "B"),
        ],
        [
            ("Wednesday, 10 February 2027 — 6.42 p.m.", "", "", "B"),
        ],
        [
            ("Reporting note: This report is based on proceedings in open court.", "", "", "B"),
            ("The suspects have not been charged and are presumed innocent.", "", "", "B"),
        ],
        [
            (
                "Case: B.R. No. 4412/26 · Magistrate's Court, Kandy · Before: Additional Magistrate Hiruni Wijekoonpathirana",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Two directors of Ranmihira Finance PLC were remanded until February 24 by Kandy Additional Magistrate Hiruni Wijekoonpathirana on Wednesday after the Criminal Investigation Department told court that Rs. 2.1 billion collected from about 9,400 depositors could not be traced.",
                "the Criminal Investigation Department",
                "told court",
                "W",
            ),
        ],
        [
            (
                "The suspects, managing director K. M. Sumanadasa Ratnawibhushana and finance director W. A. Dilumini Peramunugama, were arrested on February 3 on charges of criminal breach of trust and cheating.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Inspector R. P. Gunathilakarachchi of the CID's Commercial Crimes Unit told court that the company had taken fixed deposits at up to 21% a year while its loan book had shrunk by half since 2024.",
                "R. P. Gunathilakarachchi",
                "told court",
                "W",
            ),
            (
                "He said investigators had traced transfers of Rs. 640 mn to three companies linked to the managing director's relatives.",
                "R. P. Gunathilakarachchi",
                "said",
                "W",
            ),
            (
                "“These are not loans, Your Honour, they are an exit,” he said.",
                "R. P. Gunathilakarachchi",
                "said",
                "",
            ),
        ],
        [
            (
                "Appearing for the suspects, President's Counsel Lakdasa Welikandagama said the money had been lent out in good faith and that the company's books had been handed to the Central Bank in December.",
                "Lakdasa Welikandagama",
                "said",
                "W",
            ),
        ],
        [
            (
                "“My clients did not run away; they walked into the CID themselves,” he said.",
                "Lakdasa Welikandagama",
                "said",
                "",
            ),
            (
                "He asked for bail for Ms. Peramunugama, saying she had a three-year-old son and a heart condition.",
                "Lakdasa Welikandagama",
                "saying",
                "W",
            ),
        ],
        [
            (
                "Related ▸ Ranmihira depositors' forum to meet Central Bank officials on Friday",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The magistrate refused bail, saying the investigation was at an early stage and that the suspects could interfere with witnesses.",
                "Hiruni Wijekoonpathirana",
                "saying",
                "W",
            ),
            (
                "She ordered the CID to file a further report on February 24 and directed the Registrar of Companies to stop share transfers in the three companies.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("⚖ Sabhawa is funded by its readers.", "", "", "B"),
            (
                "A monthly contribution of Rs. 500 keeps a reporter in the magistrates' courts.",
                "",
                "",
                "B",
            ),
            ("Contribute →", "", "", "B"),
        ],
        [
            (
                "Outside court, retired teacher Wimalawathie Ekanayakagedara, 71, said she had placed Rs. 3.4 million, her entire gratuity, in a two-year deposit in 2025.",
                "Wimalawathie Ekanayakagedara",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I came by bus at 5.30 a.m. to see their faces,” she said.",
                "Wimalawathie Ekanayakagedara",
                "said",
                "",
            ),
            (
                "“Will we get anything back?” she asked.",
                "Wimalawathie Ekanayakagedara",
                "asked",
                "",
            ),
            ("“Nobody in there can tell us.”", "Wimalawathie Ekanayakagedara", "asked", ""),
        ],
        [
            (
                "Police said about 300 depositors had gathered at the court premises by 9 a.m.",
                "Police",
                "said",
                "W",
            ),
            (
                "Vehicles were diverted away from the court complex for about two hours.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Central Bank suspended Ranmihira Finance's licence to accept deposits on December 19, according to a notice published in the Gazette.",
                "a notice published in the Gazette",
                "according to",
                "W",
            ),
        ],
        [
            (
                "A Central Bank spokesman declined to comment on the case.",
                "A Central Bank spokesman",
                "declined to comment",
                "",
            ),
        ],
        [
            ("Case tracker", "", "", "B"),
        ],
        [
            ("B.R. No. 4412/26 — Ranmihira Finance PLC directors", "", "", "B"),
        ],
        [
            ("Next date: 24.02.2027 · Further report from CID", "", "", "B"),
        ],
        [
            ("Filed under: Financial crime · Kandy · Remand · Deposits", "", "", "B"),
        ],
        [
            ("Sub judice notice: Comments are closed on reports of pending cases.", "", "", "B"),
            ("Sabhawa will not publish material that may prejudice proceedings.", "", "", "B"),
        ],
        [
            (
                "Spotted an error? Write to corrections@sabhawa.lk, quoting the case number.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sabhawa Court Reports is published by Nītiyata Media (Pvt) Ltd.", "", "", "B"),
            ("No. 44/2, Siripala Mawatha, Colombo 05.", "", "", "B"),
            ("Reg. No. PV 00219841.", "", "", "B"),
        ],
        [
            ("© 2027 Sabhawa.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("বাংলা | English", "", "", "B"),
        ],
        [
            ("SHONALI SRAMIK KHOBOR", "", "", "B"),
        ],
        [
            (
                "Bulletin of the Shonali Garment Sramik Federation · Issue 37 · February 2027",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home   Campaigns   Wages   Safety   Legal aid   Branches   Join us", "", "", "B"),
        ],
        [
            (
                "Members' helpline (free from any operator): 09612-448071, 9 a.m. to 9 p.m., Saturday to Thursday",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Arrears tracker ▸ Reported to us this month: Tk 9.6 crore unpaid at 11 factories ▸ Grade 7 minimum wage: Tk 12,500",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Wages", "", "", "B"),
        ],
        [
            (
                "Three months' wages unpaid at Meghlaboti Knitwear, 1,860 workers still waiting, federation says",
                "the Shonali Garment Sramik Federation",
                "says",
                "W",
            ),
        ],
        [
            (
                "Tripartite talks at the labour office end without a date; workers to gather at the factory gate on Tuesday",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Khobor desk", "", "", "B"),
        ],
        [
            ("Sunday, 14 February 2027", "", "", "B"),
        ],
        [
            (
                "GAZIPUR — About 1,860 workers at Meghlaboti Knitwear Ltd. in Bharaliya have not been paid for November, December or January, the Shonali Garment Sramik Federation said on Saturday after talks at the divisional labour office ended without agreement.",
                "the Shonali Garment Sramik Federation",
                "said",
                "W",
            ),
        ],
        [
            (
                "The federation's general secretary, Hosneara Mridhakhan, said the arrears came to about Tk 7.4 crore, including overtime for 46 nights in December.",
                "Hosneara Mridhakhan",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The owner keeps telling us the buyer has not paid,” she said.",
                "Hosneara Mridhakhan",
                "said",
                "",
            ),
            (
                "“The workers' landlords and grocers have not been paid either, and they are not waiting for any buyer.”",
                "Hosneara Mridhakhan",
                "said",
                "",
            ),
        ],
        [
            (
                "An inspection report dated January 27 found that the factory had not deposited workers' provident fund contributions since August 2026.",
                "An inspection report dated January 27",
                "found",
                "W",
            ),
        ],
        [
            (
                "The factory's head of human resources, Abul Kalam Sarderbari, told the meeting that a European buyer owed the company $3.1 million and that November's salaries would be paid by February 20.",
                "Abul Kalam Sarderbari",
                "told the meeting",
                "W",
            ),
            (
                "He did not respond to calls and messages from Khobor on Saturday.",
                "Abul Kalam Sarderbari",
                "did not respond to calls and messages",
                "",
            ),
        ],
        [
            (
                "▌ SEE ALSO IN THIS ISSUE: How to file a claim at the labour court without a lawyer (page 4)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Shonali Garment Sramik Federation", "", "", "B"),
        ],
        [
            ("@ShonaliSramik · Facebook", "", "", "B"),
        ],
        [
            ("▶ Video · 2:48", "", "", "B"),
        ],
        [
            (
                "Workers of Meghlaboti Knitwear wait at the factory gate on Saturday evening.",
                "",
                "",
                "",
            ),
        ],
        [
            ("👍 1.2K   💬 214   ↗ 387 shares", "", "", "B"),
        ],
        [
            (
                "Sewing operator Moriom Shefali Dewanbari, 26, said she had borrowed Tk 18,000 from a neighbour since December to pay rent and her son's school fees.",
                "Moriom Shefali Dewanbari",
                "said",
                "W",
            ),
        ],
        [
            (
                "“My son asked me if we are poor now,” she said.",
                "Moriom Shefali Dewanbari",
                "said",
                "",
            ),
            ("“What do I tell him?”", "Moriom Shefali Dewanbari", "said", ""),
            ("“That his mother sews shirts for Europe?”", "Moriom Shefali Dewanbari", "said", ""),
        ],
        [
            (
                "The deputy inspector general at the Gazipur office, Md. Harunur Rashid Patwarighar, said a second meeting would be called “as soon as the owner confirms he can attend”.",
                "Md. Harunur Rashid Patwarighar",
                "said",
                "",
            ),
        ],
        [
            (
                "He said workers could claim arrears at the labour court, and that his office had filed three cases against the factory since 2025.",
                "Md. Harunur Rashid Patwarighar",
                "said",
                "W",
            ),
        ],
        [
            (
                "The federation plans a gathering at the factory gate on Tuesday at 10 a.m. and will ask members at nearby factories to join.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Support the arrears fund.", "", "", "B"),
            (
                "Send contributions to the federation's bKash merchant number 01894-220617 or to Account No. 2047-0031-8812, Sonamukhi Bank Ltd., Tongi Branch.",
                "",
                "",
                "B",
            ),
            ("Every taka is listed in the next bulletin.", "", "", "B"),
        ],
        [
            ("Notice to members", "", "", "B"),
        ],
        [
            (
                "Branch committee elections at Tongi and Kashimpur will be held on 26 February.",
                "",
                "",
                "B",
            ),
            (
                "Nomination forms are available at the branch offices from 9 a.m. to 5 p.m. on working days.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Topics: arrears · provident fund · Gazipur · tripartite talks", "", "", "B"),
        ],
        [
            ("Read next", "", "", "B"),
        ],
        [
            (
                "Fire drill at Ashulia dyeing unit finds two locked exits, inspectors say",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Maternity leave: what the law says and what you can claim", "", "", "B"),
        ],
        [
            ("Shonali Garment Sramik Federation", "", "", "B"),
        ],
        [
            ("Registered trade union federation, Reg. No. B-2218.", "", "", "B"),
            ("House 61, Road 7, Sector 3, Uttara, Dhaka-1230.", "", "", "B"),
        ],
        [
            ("Email: khobor@shonalisramik.org", "", "", "B"),
        ],
        [
            ("Workers of every factory, one wage, one voice.", "", "", "B"),
        ],
    ],
    [
        [
            ("MARKOMA BAY PORT AUTHORITY", "", "", "B"),
        ],
        [
            ("Tok Pisin | English", "", "", "B"),
        ],
        [
            (
                "About us   Port users   Tariffs   Vessel schedule   Tenders   Media centre   Careers",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Vessel movements ▸ At berth: MV Kalowena Star (Berth 2) ▸ Due 14:30: MV Siboga Trader ▸ Sailed 06:10: MV Lakatoi Pride",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Tide, Markoma Bay: High 1.42 m at 06:18 · Low 0.31 m at 12:47 · Wind SE 12 kn",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Notice to Mariners No. 3 of 2027: Channel marker B4 unlit until further notice — mariners to proceed with caution.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Media centre › News releases", "", "", "B"),
        ],
        [
            (
                "Markoma Bay handles record 214,600 TEU in 2026 as second harbour crane enters service",
                "",
                "",
                "W",
            ),
        ],
        [
            ("News release · MBPA/MR/2027/06", "", "", "B"),
        ],
        [
            ("Friday, 5 February 2027", "", "", "B"),
        ],
        [
            ("Photo gallery (18 images)", "", "", "B"),
        ],
        [
            (
                "The new mobile harbour crane lifts its first container at Berth 3 on Wednesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: MBPA Corporate Affairs", "", "", "B"),
        ],
        [
            (
                "The Markoma Bay Port Authority handled 214,600 twenty-foot equivalent units (TEU) in 2026, up 11.8% on 2025 and the most in the port's 52-year history, the authority said on Friday.",
                "the authority",
                "said",
                "W",
            ),
            (
                "Bulk cargo fell 3% to 1.36 million tonnes, mainly because of lower fuel imports in the second half, it said.",
                "The Markoma Bay Port Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "Chief executive officer Sisiwa Tamakonai said the average time a ship spent in port had dropped from 3.4 days to 2.1 days since the authority's first mobile crane went into service in April.",
                "Sisiwa Tamakonai",
                "said",
                "W",
            ),
        ],
        [
            (
                "“That is time that ship owners pay for, and that our importers pay for at the end of the day,” Mr Tamakonai said.",
                "Sisiwa Tamakonai",
                "said",
                "",
            ),
            (
                "“With two cranes we are no longer one breakdown away from a queue of ships in the bay.”",
                "Sisiwa Tamakonai",
                "said",
                "",
            ),
        ],
        [
            (
                "The second crane, bought from a Finnish manufacturer for K38 million, lifted its first container on Wednesday and can make 28 moves an hour, according to the authority's engineering division.",
                "the authority's engineering division",
                "according to",
                "W",
            ),
        ],
        [
            ("Related releases", "", "", "B"),
        ],
        [
            ("2027 tariff schedule now available for download (PDF, 1.2 MB)", "", "", "B"),
        ],
        [
            (
                "Port closed to small craft on 20 February for the Markoma Bay canoe regatta",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Harbour master Capt. Gabriel Vagikila-Taumeru said 612 ships called at the port in 2026, up from 571 the year before.",
                "Gabriel Vagikila-Taumeru",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said dredging of the inner channel to 12.5 m would begin in the dry season, subject to funding.",
                "Gabriel Vagikila-Taumeru",
                "said",
                "",
            ),
        ],
        [
            ("Not everyone is celebrating.", "", "", ""),
        ],
        [
            (
                "The Markoma Truck Owners Association said trucks still waited up to nine hours at the container yard gate on busy days.",
                "The Markoma Truck Owners Association",
                "said",
                "W",
            ),
        ],
        [
            (
                "Its president, Josephine Kaupawemin, said the port had fixed the ship side “and forgotten the road side”.",
                "Josephine Kaupawemin",
                "said",
                "",
            ),
            (
                "“Our drivers sleep in their cabs outside the gate,” she said.",
                "Josephine Kaupawemin",
                "said",
                "",
            ),
            (
                "“Is that what a record year looks like?” she asked.",
                "Josephine Kaupawemin",
                "asked",
                "",
            ),
        ],
        [
            (
                "The authority said a truck booking system would go live on March 1 and limit gate arrivals to 40 trucks an hour.",
                "The authority",
                "said",
                "",
            ),
        ],
        [
            ("— ENDS —", "", "", "B"),
        ],
        [
            ("About the Markoma Bay Port Authority", "", "", "B"),
        ],
        [
            (
                "The Markoma Bay Port Authority is a statutory body set up in 1975 to run and develop the port of Markoma Bay.",
                "",
                "",
                "B",
            ),
            ("It handles about a quarter of the country's containerised imports.", "", "", "B"),
        ],
        [
            ("Media enquiries: Delilah Sirigumali, Corporate Affairs Manager", "", "", "B"),
        ],
        [
            ("Tel: +675 472 1180 | Email: media@markomaport.com.pg", "", "", "B"),
        ],
        [
            ("Current tenders", "", "", "B"),
        ],
        [
            ("MBPA/T/2027/02 — Supply of mooring lines (closes 26 February 2027)", "", "", "B"),
        ],
        [
            (
                "MBPA/T/2027/03 — Security services for Berths 1 to 4 (closes 5 March 2027)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Port user alerts by SMS: text MBPA ON to 16777.", "", "", "B"),
            ("Standard rates apply.", "", "", "B"),
        ],
        [
            (
                "Markoma Bay Port Authority · Section 14, Allotment 9, Wharf Road, Markoma Bay · PO Box 377, Markoma Bay, Papua New Guinea",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Markoma Bay Port Authority.", "", "", "B"),
            ("Disclaimer · Privacy · Site map", "", "", "B"),
        ],
    ],
    [
        [
            ("English | Español", "", "", "B"),
        ],
        [
            ("BFFU · Belize Futsal and Football Union", "", "", "B"),
        ],
        [
            (
                "Home   Competitions   National teams   Fixtures   Results   Standings   Clubs   Development   Media",
                "",
                "",
                "B",
            ),
        ],
        [
            ("LIVE ▸ U-17 Boys: Orange Walk Pelicanos 1–0 Toledo Caribeños (63')", "", "", "B"),
        ],
        [
            (
                "Official partners: Zericote Mobile · Cayo Rice Mills · Jabirú Insurance",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Media › News › Women's League", "", "", "B"),
        ],
        [
            (
                "Punta Caracolito Manatees win Women's League title 2-1 after extra time in Dangriga",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Jaydeen Cuellar-Thurton heads the winner in the 112th minute; champions take home BZ$15,000",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By BFFU Media", "", "", "B"),
        ],
        [
            ("Published: Sunday, February 7, 2027 · 9:40 PM", "", "", "B"),
        ],
        [
            ("Share:  Facebook  ·  X  ·  WhatsApp  ·  Copy link", "", "", "B"),
        ],
        [
            ("📷 Gallery: Women's League Final (32 photos)", "", "", "B"),
        ],
        [
            (
                "Manatees captain Nayeli Arzola-Chiquin lifts the trophy at the Gwabaiga Stadium on Sunday night.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: BFFU Media / Kenrick Valerio-Bodden", "", "", "B"),
        ],
        [
            (
                "DANGRIGA — The Punta Caracolito Manatees won the 2026-27 Women's League on Sunday, beating the Benque Viejo Orchids 2-1 after extra time at the Gwabaiga Stadium in front of about 2,300 spectators.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Cuellar-Thurton headed in the winner in the 112th minute from a corner by Nayeli Arzola-Chiquin.",
                "",
                "",
                "W",
            ),
            (
                "The Orchids had led from the 34th minute through Yazmin Canul-Poot, and the Manatees equalised with six minutes of normal time left.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“I told them at half-time that nobody remembers the team that played well and lost,” Manatees coach Desmond Arnold-Pascasio said.",
                "Desmond Arnold-Pascasio",
                "said",
                "",
            ),
            ("“They remembered.”", "Desmond Arnold-Pascasio", "said", ""),
        ],
        [
            ("Punta Caracolito Manatees FC ⚽", "", "", "B"),
        ],
        [
            ("@ManateesPCFC", "", "", "B"),
        ],
        [
            ("Champions again 🏆", "", "", ""),
            ("Two titles in three seasons, and this one took 120 minutes.", "", "", "W"),
        ],
        [
            ("8:14 PM · Feb 7, 2027", "", "", "B"),
        ],
        [
            ("♥ 1,284   🔁 311   💬 96", "", "", "B"),
        ],
        [
            ("View on X", "", "", "B"),
        ],
        [
            (
                "Cuellar-Thurton, 19, said she had been told only on Friday that she would start.",
                "Jaydeen Cuellar-Thurton",
                "said",
                "W",
            ),
            (
                "“My mom drove from Corozal with my little sister, so I had to score for them,” she said.",
                "Jaydeen Cuellar-Thurton",
                "said",
                "",
            ),
        ],
        [
            (
                "Orchids coach Marisol Tzib-Ochaeta said her side had simply run out of legs.",
                "Marisol Tzib-Ochaeta",
                "said",
                "",
            ),
            (
                "“We played 120 minutes with 13 fit players, because three of our girls are writing exams in Belmopan this week,” she said.",
                "Marisol Tzib-Ochaeta",
                "said",
                "W",
            ),
        ],
        [
            (
                "ALSO FROM THE BFFU ▸ U-20 women's training camp list to be named on February 15",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "BFFU president Clement Noralez-Ysaguirre said the champions would receive BZ$15,000 and the runners-up BZ$7,500, paid from the league's new sponsorship with Zericote Mobile.",
                "Clement Noralez-Ysaguirre",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said the league would grow from eight to ten teams next season, with entries expected from Toledo and the Cayo District.",
                "Clement Noralez-Ysaguirre",
                "said",
                "",
            ),
        ],
        [
            (
                "“Five years ago we had four women's teams and no sponsor,” he said.",
                "Clement Noralez-Ysaguirre",
                "said",
                "W",
            ),
            ("“Now we have a waiting list.”", "Clement Noralez-Ysaguirre", "said", ""),
        ],
        [
            (
                "The crowd for the final was the biggest for a women's club match in Belize, according to federation figures.",
                "federation figures",
                "according to",
                "W",
            ),
        ],
        [
            ("Match facts", "", "", "B"),
        ],
        [
            (
                "Punta Caracolito Manatees 2 (Arzola-Chiquin 84', Cuellar-Thurton 112') Benque Viejo Orchids 1 (Canul-Poot 34')",
                "",
                "",
                "",
            ),
        ],
        [
            ("Referee: Annelise Gongora-Welch", "", "", ""),
        ],
        [
            ("Attendance: 2,300", "", "", ""),
        ],
        [
            ("Tags: Women's League · Final · Manatees · Orchids · Dangriga", "", "", "B"),
        ],
        [
            ("Latest results", "", "", "B"),
        ],
        [
            ("Premier League: Belmopan Kinkajous 3–1 Ladyville Tapirs", "", "", "B"),
        ],
        [
            ("Premier League: San Ignacio Toucans 0–0 Corozal Sugar Boys", "", "", "B"),
        ],
        [
            ("Get BFFU match alerts on WhatsApp: +501 622-0418", "", "", "B"),
        ],
        [
            (
                "Belize Futsal and Football Union · Mile 47½, George Price Highway, Belmopan, Belize, C.A.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 BFFU.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("GOVERNMENT OF GUYANA", "", "", "B"),
        ],
        [
            ("Public Information Service", "", "", "B"),
        ],
        [
            (
                "Home   News   Press releases   Speeches   Photo galleries   GPIS TV   Public notices   Contact",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Bank average selling rate: US$1 = G$213.40 · Updated 9:00 am", "", "", "B"),
        ],
        [
            (
                "PUBLIC NOTICE ▸ Passport applications can now be tracked online with your receipt number",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Agriculture", "", "", "B"),
        ],
        [
            (
                "G$1.9B pump station at Kortbraak to drain 6,400 acres of rice land in Region Five",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By: Shondelle Hinckson-Marslowe", "", "", "B"),
        ],
        [
            ("February 12, 2027", "", "", "B"),
        ],
        [
            ("Reading time: 3 min", "", "", "B"),
        ],
        [
            (
                "Residents and officials at the commissioning of the Kortbraak pump station on Thursday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("(Photo: GPIS)", "", "", "B"),
        ],
        [
            (
                "The Government on Thursday commissioned a G$1.9 billion drainage pump station at Kortbraak, Mahaica-Berbice, that will drain about 6,400 acres of rice and cash-crop land, the Ministry of Agriculture said.",
                "the Ministry of Agriculture",
                "said",
                "W",
            ),
        ],
        [
            (
                "The station has three pumps, each able to move 150 cubic feet of water a second, and was built in 22 months by a local contractor, the ministry said.",
                "the ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "Speaking at the ceremony, Minister of Agriculture Vickram Jagdeo-Sukhlall said farmers in the area had lost an estimated 1,100 acres of paddy to flooding in the 2025 autumn crop.",
                "Vickram Jagdeo-Sukhlall",
                "said",
                "W",
            ),
        ],
        [
            (
                "“No farmer should have to watch his crop drown while a pump sits broken or never comes,” the minister said.",
                "Vickram Jagdeo-Sukhlall",
                "said",
                "",
            ),
            (
                "“This is how we make the price of rice on the world market mean something to the man in the field.”",
                "Vickram Jagdeo-Sukhlall",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the station would also protect about 900 homes in Kortbraak and two neighbouring villages from flooding.",
                "Vickram Jagdeo-Sukhlall",
                "said",
                "W",
            ),
            (
                "He said 14 more pump stations would be built across the country by the end of 2028 at a cost of about G$22 billion.",
                "Vickram Jagdeo-Sukhlall",
                "said",
                "",
            ),
        ],
        [
            (
                "Regional Chairman Vilma DeAbreu-Fredericks said the region's drainage and irrigation board would take over running costs, which she put at G$46 million a year.",
                "Vilma DeAbreu-Fredericks",
                "said",
                "W",
            ),
            (
                "She urged residents to stop dumping garbage in the canals that feed the station.",
                "Vilma DeAbreu-Fredericks",
                "urged",
                "",
            ),
        ],
        [
            ("View gallery: Kortbraak pump station commissioning (24 photos)", "", "", "B"),
        ],
        [
            (
                "Rice farmer Bhojnarine Persaudsingh, who plants 85 acres near the station, said water stood in his fields for 19 days after rains in June 2025.",
                "Bhojnarine Persaudsingh",
                "said",
                "W",
            ),
        ],
        [
            ("“Whole crop gone,” he said.", "Bhojnarine Persaudsingh", "said", ""),
            (
                "“If this pump work like how they say, I will plant both crops this year.”",
                "Bhojnarine Persaudsingh",
                "said",
                "",
            ),
        ],
        [
            (
                "Also read: Farmers in Region Two to receive 3,000 bags of fertiliser this month",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Region Five produced 118,000 tonnes of paddy in 2026, about 12% of the national crop, according to figures from the ministry.",
                "figures from the ministry",
                "according to",
                "W",
            ),
        ],
        [
            ("-END-", "", "", "B"),
        ],
        [
            (
                "The Public Information Service is the Government's official news agency.",
                "",
                "",
                "B",
            ),
            ("Reports may be republished with credit to GPIS.", "", "", "B"),
        ],
        [
            ("Related news", "", "", "B"),
        ],
        [
            ("Pump station at Bloemhof Polder back in service after repairs", "", "", "B"),
        ],
        [
            ("Cabinet approves G$640M for hinterland farm-to-market roads", "", "", "B"),
        ],
        [
            ("Share this: Facebook | X | WhatsApp | Email", "", "", "B"),
        ],
        [
            ("Public Information Service, Lot 9, Kingsland Road, Georgetown, Guyana.", "", "", "B"),
            ("Tel: 226-4418.", "", "", "B"),
        ],
        [
            ("© 2027 Public Information Service, Government of Guyana.", "", "", "B"),
        ],
    ],
    [
        [
            ("SIAMVUNDA HARVEST NOTES", "", "", "B"),
        ],
        [
            (
                "Newsletter of the Siamvunda Farmers' Co-operative Union · Choma, Southern Province",
                "",
                "",
                "B",
            ),
        ],
        [
            ("English | Chitonga", "", "", "B"),
        ],
        [
            (
                "Home   Market prices   Members' corner   Inputs   Field days   Loans   Write to the secretariat",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Today's buying prices at Siamvunda depots (per 50 kg bag): White maize K370 · Soya beans K690 · Groundnuts (shelled) K1,150 · Sunflower K410",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Rain at Siamvunda depot this season: 612 mm (normal to date: 655 mm)", "", "", "B"),
        ],
        [
            ("Members' corner › Marketing", "", "", "B"),
        ],
        [
            (
                "Union still owed K4.3 million for maize delivered in October, members told",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Board says it will sell the next 2,000 tonnes to a private miller if the agency has not paid by March 15",
                "the union's board",
                "says",
                "",
            ),
        ],
        [
            ("Written by the Secretariat", "", "", "B"),
        ],
        [
            ("Issue No. 12 · February 2027 · Posted on 18 February 2027", "", "", "B"),
        ],
        [
            (
                "The Siamvunda Farmers' Co-operative Union is still waiting for K4.3 million from the national grain reserve agency for 580 tonnes of white maize delivered to its Choma shed in October, board chairperson Nalukui Hanyama-Siakasa told members at a meeting in Siamvunda on Tuesday.",
                "Nalukui Hanyama-Siakasa",
                "told members",
                "W",
            ),
        ],
        [
            (
                "Mrs Hanyama-Siakasa said the union had written to the agency three times, most recently on February 2.",
                "Nalukui Hanyama-Siakasa",
                "said",
                "W",
            ),
            (
                "“Our members have school fees, fertiliser loans and funerals to pay for, and they delivered on time,” she said.",
                "Nalukui Hanyama-Siakasa",
                "said",
                "",
            ),
            (
                "“We are asking for nothing more than what was agreed.”",
                "Nalukui Hanyama-Siakasa",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the union's board had resolved that if payment was not received by March 15, the union would sell its next 2,000 tonnes to a private miller in Lusaka at K385 a bag.",
                "Nalukui Hanyama-Siakasa",
                "said",
                "W",
            ),
        ],
        [
            (
                "Bbuku Siamoonga-Munsaka, who farms nine hectares at Siakapeshi, said he had delivered 160 bags in October and been paid for none of them.",
                "Bbuku Siamoonga-Munsaka",
                "said",
                "W",
            ),
            (
                "“I have taken my two children out of boarding school this term,” he said.",
                "Bbuku Siamoonga-Munsaka",
                "said",
                "W",
            ),
            (
                "“When the agency pays, will it pay for the term they have lost?”",
                "Bbuku Siamoonga-Munsaka",
                "said",
                "",
            ),
        ],
        [
            ("📢 NOTICE: Annual General Meeting", "", "", "B"),
        ],
        [
            (
                "The 2026 AGM will be held at the Siamvunda depot hall on Saturday, 27 March 2027, from 09:00 hours.",
                "",
                "",
                "B",
            ),
            ("Members must bring their share certificates and N.R.C.s.", "", "", "B"),
            ("Transport will leave the Choma shed at 07:00.", "", "", "B"),
        ],
        [
            (
                "Secretary-manager Luyando Mudendankata said the union's own cash was stretched because it had advanced K1.1 million to 212 members from its reserve fund.",
                "Luyando Mudendankata",
                "said",
                "W",
            ),
            (
                "He said the reserve had been built up over six seasons and was now down to about K260,000.",
                "Luyando Mudendankata",
                "said",
                "W",
            ),
            (
                "“We cannot carry the agency for another season,” Mr Mudendankata said.",
                "Luyando Mudendankata",
                "said",
                "",
            ),
        ],
        [
            (
                "Fall armyworm has been found in three camps, and members should scout their fields twice a week, union agronomist Natasha Mwansabombwe said.",
                "Natasha Mwansabombwe",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the agency said payments to co-operatives in Southern Province would be made “in the coming weeks” once the Treasury released funds.",
                "A spokesperson for the agency",
                "said",
                "",
            ),
        ],
        [
            (
                "Check your delivery and payment status: SMS your member number to 5477.",
                "",
                "",
                "B",
            ),
            ("Each message costs K0.50.", "", "", "B"),
        ],
        [
            ("In this issue", "", "", "B"),
        ],
        [
            ("Soya contract with Mazabuka processor renewed at K690 a bag", "", "", "B"),
        ],
        [
            ("Input loans: repayment dates for the 2026/27 season", "", "", "B"),
        ],
        [
            ("Farewell to Mr Haluuma Cheelo-Simaata, founding member (1946–2027)", "", "", "B"),
        ],
        [
            (
                "Send your news and photos for the next issue to the secretariat by 10 March.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Siamvunda Farmers' Co-operative Union Ltd", "", "", "B"),
        ],
        [
            ("Registered under the Co-operative Societies Act, Reg. No. CSR/SP/4471.", "", "", "B"),
            ("Plot 88, Livingstone Road, Choma.", "", "", "B"),
            ("P.O. Box 630071, Choma, Zambia.", "", "", "B"),
        ],
        [
            ("Cell: +260 977 410 225", "", "", "B"),
        ],
    ],
    [
        [
            ("FR | EN", "", "", "B"),
        ],
        [
            ("SIRANDANES.MU", "", "", "B"),
        ],
        [
            (
                "Actualités   Business   Communiqués   Bourse   Emploi   Météo   Petites annonces",
                "",
                "",
                "B",
            ),
        ],
        [
            ("SEMDEX 2,418.62 ▲0.41% · EUR/MUR 49.87 · USD/MUR 45.92 · Brent $78.15", "", "", "B"),
        ],
        [
            ("Météo: no cyclone warning in force for Mauritius · Port Louis 31°C", "", "", "B"),
        ],
        [
            ("Business › Communiqués", "", "", "B"),
        ],
        [
            ("COMMUNIQUÉ DE PRESSE / PRESS RELEASE", "", "", "B"),
        ],
        [
            ("Distributed by MoriWire on behalf of Valmorin Group Ltd.", "", "", "B"),
            ("The content of this release is the sole responsibility of the issuer.", "", "", "B"),
        ],
        [
            (
                "Valmorin Group posts 18% rise in half-year profit on hotel occupancy; interim dividend of Rs 1.25 declared",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "PORT LOUIS, 16 February 2027 – Valmorin Group Ltd. (SEM: VALM) today reported profit after tax of Rs 1.42 billion for the six months ended 31 December 2026, up 18% from Rs 1.20 billion a year earlier.",
                "Valmorin Group Ltd.",
                "reported",
                "W",
            ),
        ],
        [
            (
                "Group revenue rose 9% to Rs 11.6 billion, led by the hospitality cluster, where occupancy across its six resorts averaged 81% against 74% in the same period of 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The sugar and energy cluster reported a loss of Rs 96 million after a 14% fall in cane yields caused by a dry spell in October and November.",
                "The sugar and energy cluster",
                "reported",
                "W",
            ),
        ],
        [
            (
                "“Our hotels had their best summer season on record, and the two properties we renovated in the north paid back faster than we planned,” said Group Chief Executive Officer Anne-Sophie Lagessière-Ramkhelawon.",
                "Anne-Sophie Lagessière-Ramkhelawon",
                "said",
                "W",
            ),
            (
                "“Sugar remains a difficult business, and we will keep every option open for the Riche-Étang estate.”",
                "Anne-Sophie Lagessière-Ramkhelawon",
                "said",
                "",
            ),
        ],
        [
            ("— Publicité —", "", "", "B"),
        ],
        [
            (
                "Read also ▸ Tourist arrivals up 6.2% in January, statistics office says",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Chief Financial Officer Kevin Ah-Sue Narainsamy said net debt had fallen to Rs 7.9 billion from Rs 8.6 billion at 30 June 2026, and gearing to 38%.",
                "Kevin Ah-Sue Narainsamy",
                "said",
                "W",
            ),
            (
                "He said the group expected full-year revenue growth “in the high single digits”, provided tourist arrivals held up.",
                "Kevin Ah-Sue Narainsamy",
                "said",
                "",
            ),
        ],
        [
            (
                "Profit from the property cluster rose 31% to Rs 212 million after the sale of 46 residential plots at the group's development in the north.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ms Lagessière-Ramkhelawon said the board would decide by June whether to turn part of the Riche-Étang estate over to solar farms.",
                "Anne-Sophie Lagessière-Ramkhelawon",
                "said",
                "",
            ),
        ],
        [
            (
                "The Board of Directors declared an interim dividend of Rs 1.25 per share, payable on 26 March 2027 to shareholders registered at the close of business on 5 March 2027.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Forward-looking statements", "", "", "B"),
        ],
        [
            (
                "This release contains forward-looking statements that involve risks and uncertainties.",
                "",
                "",
                "B",
            ),
            ("Actual results may differ materially from those expressed or implied.", "", "", "B"),
        ],
        [
            ("About Valmorin Group Ltd.", "", "", "B"),
        ],
        [
            (
                "Valmorin Group Ltd. is a diversified group with interests in hospitality, sugar and energy, property and financial services.",
                "",
                "",
                "B",
            ),
            (
                "It employs about 6,800 people and is listed on the Official Market of the Stock Exchange of Mauritius.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Media contact", "", "", "B"),
        ],
        [
            ("Corinne Bhujun-Mootoosamy, Head of Communications, Valmorin Group Ltd.", "", "", "B"),
            ("Tel: +230 206 4118 · communications@valmorin.mu", "", "", "B"),
        ],
        [
            ("Ajouter un commentaire", "", "", "B"),
        ],
        [
            ("Les commentaires sont modérés avant publication.", "", "", "B"),
        ],
        [
            (
                "Disclaimer: Sirandanes.mu publishes press releases as received and is not responsible for their content.",
                "",
                "",
                "B",
            ),
            ("Communiqués are not edited by our newsroom.", "", "", "B"),
        ],
        [
            ("Plus de communiqués", "", "", "B"),
        ],
        [
            ("Quaywright Shipping Ltd. appoints new chief executive", "", "", "B"),
        ],
        [
            ("Moka Rise Properties completes Rs 640 million office block", "", "", "B"),
        ],
        [
            ("© 2027 Sirandanes Média Ltée.", "", "", "B"),
            ("BRN C10099471.", "", "", "B"),
            ("14, rue des Flamboyants, Port Louis.", "", "", "B"),
        ],
    ],
    [
        [
            ("Gagana Sāmoa | English", "", "", "B"),
        ],
        [
            ("LE FETŪ WEEKLY", "", "", "B"),
        ],
        [
            ("The voice of Samoan families in Aotearoa since 1998", "", "", "B"),
        ],
        [
            ("Talofa lava! Today is Thursday, 11 February 2027.", "", "", "B"),
        ],
        [
            (
                "Home   Community   Samoa news   Lotu   Sports   Fa'alavelave notices   Events   Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "NZD 1 = WST 1.62 · AUD 1 = WST 1.77 · Apia 29°C, showers · Salelologa ferry: on schedule",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Community › Money", "", "", "B"),
        ],
        [
            (
                "Sending a box to Apia to cost $45 more from March, freight firm says",
                "Lealatele Freight",
                "says",
                "W",
            ),
        ],
        [
            (
                "Families who ship food, clothes and building supplies home say the rise will bite before White Sunday",
                "Families who ship food, clothes and building supplies home",
                "say",
                "",
            ),
        ],
        [
            ("By Lagimaina Sooalo-Etuale", "", "", "B"),
        ],
        [
            ("Thursday 11 February 2027", "", "", "B"),
        ],
        [
            ("🔊 Listen to this story in Gagana Sāmoa (4 min)", "", "", "B"),
        ],
        [
            ("Boxes wait to be loaded at a freight depot in Ōtāhuhu.", "", "", ""),
        ],
        [
            ("Photo: Le Fetū / Filipo Sooaemalelagi-Ward", "", "", "B"),
        ],
        [
            (
                "Lealatele Freight, one of the biggest carriers of household boxes from Auckland to Samoa, will raise the price of a standard tea-chest box from $185 to $230 on March 1, the company said on Wednesday.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Owner Peniamina Aumua-Sagapolutele said fuel surcharges, higher wharf charges in Apia and a 22% rise in container rental had pushed up his costs.",
                "Peniamina Aumua-Sagapolutele",
                "said",
                "W",
            ),
            (
                "“We held our prices for three years, but we cannot keep carrying the difference,” he said.",
                "Peniamina Aumua-Sagapolutele",
                "said",
                "W",
            ),
            (
                "“Nobody likes this, least of all me, because some of these boxes are my own aunties'.”",
                "Peniamina Aumua-Sagapolutele",
                "said",
                "",
            ),
        ],
        [
            ("Fa'asoa lenei tala · Share this story", "", "", "B"),
        ],
        [
            (
                "Māngere mother Faafetai Salave'a said she sends a box every two months to her parents in Savai'i, mostly rice, tinned fish, soap and school shoes.",
                "Faafetai Salave'a",
                "said",
                "W",
            ),
        ],
        [
            (
                "“What am I supposed to do, send half a box?” she asked.",
                "Faafetai Salave'a",
                "asked",
                "",
            ),
            (
                "“The family is counting on it, and White Sunday is not cheap.”",
                "Faafetai Salave'a",
                "asked",
                "",
            ),
        ],
        [
            (
                "Faitau fo'i ▸ Church choirs from Māngere head to Apia for the Easter festival",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The chairman of the Matāfaga Families Trust, Rev. Leauanae Ioane-Leaupepega, said the trust would ask the three main freight firms to meet community leaders before the new prices take effect.",
                "Leauanae Ioane-Leaupepega",
                "said",
                "",
            ),
        ],
        [
            (
                "He said boxes and remittances together were “the real lifeline” for many villages.",
                "Leauanae Ioane-Leaupepega",
                "said",
                "",
            ),
            ("“A box is not a luxury.”", "Leauanae Ioane-Leaupepega", "said", ""),
            (
                "“It is how a grandmother in Falealupo knows her children in Auckland have not forgotten her,” he said.",
                "Leauanae Ioane-Leaupepega",
                "said",
                "",
            ),
        ],
        [
            (
                "People in New Zealand sent about NZ$310 million in cash remittances to Samoa in 2026, according to figures published by Samoa's central bank.",
                "figures published by Samoa's central bank",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Mr Aumua-Sagapolutele said customers who booked and paid before February 28 would be charged the old price.",
                "Peniamina Aumua-Sagapolutele",
                "said",
                "",
            ),
        ],
        [
            ("Le Fetū is free to read.", "", "", "B"),
            (
                "If you can, support our community journalism with a koha of $5 a month.",
                "",
                "",
                "B",
            ),
            ("Lagolago mai · Support Le Fetū →", "", "", "B"),
        ],
        [
            ("Fa'alavelave notices", "", "", "B"),
        ],
        [
            (
                "FAUOLO, Ketiliano Mata'afa-Sagaga — passed away peacefully on 6 February 2027, aged 84.",
                "",
                "",
                "B",
            ),
            ("Service at the Ōtara church hall on Saturday 13 February at 10am.", "", "", "B"),
        ],
        [
            ("Events this week", "", "", "B"),
        ],
        [
            (
                "Sat 13 Feb · Siva afi workshop for youth · Māngere community hall · 2pm",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments (3)", "", "", "B"),
        ],
        [
            ("Fiaola_T", "", "", "B"),
        ],
        [
            ("11 Feb 2027, 6:04pm", "", "", "B"),
        ],
        [
            (
                "We pay for the whole container anyway when the family sends the tin roofing.",
                "",
                "",
                "B",
            ),
            ("Fa'afetai for the story.", "", "", "B"),
        ],
        [
            ("Reply · Like (7)", "", "", "B"),
        ],
        [
            (
                "Le Fetū Weekly is published by Fetū Media Trust, Unit 4, 22 Kauri Loop, Māngere East, Auckland 2024.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Fetū Media Trust.", "", "", "B"),
            ("Fa'afetai tele lava for reading.", "", "", "B"),
        ],
    ],
    [
        [
            ("Bula vinaka and welcome to our circuit's pages", "", "", "B"),
        ],
        [
            ("NA RARAMA", "", "", "B"),
        ],
        [
            ("Newsletter of the Wainisavu Methodist Circuit · Ba, Fiji", "", "", "B"),
        ],
        [
            ("English | Vosa Vakaviti", "", "", "B"),
        ],
        [
            (
                "Home   Circuit news   Worship times   Youth   Women's fellowship   Schools   Giving   Contact",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Verse for the week: “Let us not become weary in doing good.” — Galatians 6:9",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Sunday worship: 10am Vakaviti · 5pm English · Youth service Fridays 7pm",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Circuit news", "", "", "B"),
        ],
        [
            (
                "Wainisavu school's new classroom block to open in May, 14 months after the cyclone",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By the Na Rarama editorial team", "", "", "B"),
        ],
        [
            ("Published Saturday, 20 February 2027", "", "", "B"),
        ],
        [
            (
                "Builders fix roofing iron on the new block at Wainisavu District School last week.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Vasemaca Koroitamudu", "", "", "B"),
        ],
        [
            (
                "Pupils at Wainisavu District School will move into a new four-classroom block in May, 14 months after Tropical Cyclone Vaiola tore the roof off the old building, the school manager, Ropate Rokotuibau, told the circuit's quarterly meeting on Sunday.",
                "Ropate Rokotuibau",
                "told the circuit's quarterly meeting",
                "W",
            ),
        ],
        [
            (
                "He said the block had cost FJ$412,000, of which FJ$250,000 came from a government grant and the rest from church members, old scholars and two congregations overseas.",
                "Ropate Rokotuibau",
                "said",
                "W",
            ),
            (
                "“Every dollar is in the building committee's books, and the books are open to any member,” he said.",
                "Ropate Rokotuibau",
                "said",
                "",
            ),
        ],
        [
            (
                "Head teacher Alumeci Koroivuetanisi said the school's 186 pupils had been taught in the church hall and two tents since March 2026.",
                "Alumeci Koroivuetanisi",
                "said",
                "W",
            ),
            (
                "“The children have been wonderful, but you cannot teach Year 8 maths with the Year 3 choir practising behind a curtain,” she said.",
                "Alumeci Koroivuetanisi",
                "said",
                "",
            ),
        ],
        [
            ("🙏 Give to the school building fund", "", "", "B"),
        ],
        [
            (
                "Deposits can be made to the Wainisavu Circuit Building Fund, Account No. 9800 2217 4401, at any branch.",
                "",
                "",
                "B",
            ),
            ("Please write your name and “School” as the reference.", "", "", "B"),
            ("Vinaka vakalevu.", "", "", "B"),
        ],
        [
            (
                "The circuit minister, Rev. Waisake Vuetanavanua-Drekeni, said the congregations had raised FJ$96,300 through the soli (church collections) and a lovo fundraiser in November.",
                "Waisake Vuetanavanua-Drekeni",
                "said",
                "W",
            ),
            (
                "“When the wind came, people here lost their own roofs too, and still they gave,” he said.",
                "Waisake Vuetanavanua-Drekeni",
                "said",
                "",
            ),
            (
                "“That is what this school means to Wainisavu.”",
                "Waisake Vuetanavanua-Drekeni",
                "said",
                "",
            ),
        ],
        [
            (
                "Parent Mohini Narayansamy-Tuinamata, whose two daughters attend the school, said she was glad they would be back in a proper classroom before the Year 8 examinations.",
                "Mohini Narayansamy-Tuinamata",
                "said",
                "",
            ),
            (
                "“Can you imagine doing your exams in a tent in the hot season?” she asked.",
                "Mohini Narayansamy-Tuinamata",
                "asked",
                "",
            ),
        ],
        [
            (
                "A divisional education officer in Lautoka said the ministry's engineers would inspect the building in April before it could be used.",
                "A divisional education officer in Lautoka",
                "said",
                "",
            ),
        ],
        [
            (
                "Thirty-one of the 40 roof trusses had been fixed by last Friday, according to the circuit's building committee.",
                "the circuit's building committee",
                "according to",
                "W",
            ),
        ],
        [
            ("Circuit notices", "", "", "B"),
        ],
        [
            (
                "Women's fellowship: Bible study every Wednesday at 3pm in the church hall.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Youth camp at Nabuliwai, 2 to 4 April.", "", "", "B"),
            ("Bring a mat, a Bible and a plate.", "", "", "B"),
        ],
        [
            (
                "Prayer requests can be left with the circuit steward or sent by Viber to 927 4410.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Also in this issue", "", "", "B"),
        ],
        [
            ("Old scholars' reunion set for Easter Monday", "", "", "B"),
        ],
        [
            ("Choir brings home second place from the divisional competition", "", "", "B"),
        ],
        [
            ("Na Rarama is published by the Wainisavu Methodist Circuit.", "", "", "B"),
        ],
        [
            ("Circuit Office, Wainisavu Road, Ba.", "", "", "B"),
            ("P.O. Box 314, Ba, Fiji.", "", "", "B"),
            ("Ph: 667 4102 · narama@wainisavucircuit.org.fj", "", "", "B"),
        ],
        [
            ("“Go in peace to love and serve the Lord.”", "", "", "B"),
        ],
    ],
    [
        [
            ("Ελληνικά | English | Türkçe", "", "", "B"),
        ],
        [
            ("THE TROODIAN", "", "", "B"),
        ],
        [
            (
                "Student newspaper of Troodia University · Est. 2011 · Editorially independent",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News   Campus   Opinion   Culture   Sport   Podcast   Write for us", "", "", "B"),
        ],
        [
            (
                "🔴 UNION ELECTIONS ▸ Online voting closes Thursday at 17:00 ▸ Turnout so far: 23%",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Housing", "", "", "B"),
        ],
        [
            (
                "Student rents up 18% in two years, union survey finds",
                "a survey of 1,214 students published by the Students' Union on Monday",
                "finds",
                "W",
            ),
        ],
        [
            (
                "An average room within walking distance of campus now costs €540 a month",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Eleni Charalambidou-Price, News Editor", "", "", "B"),
        ],
        [
            ("3 March 2027 · 5 min read", "", "", "B"),
        ],
        [
            ("A to-let sign on a block of flats near the campus's east gate.", "", "", ""),
        ],
        [
            ("Photo: The Troodian / Stavros Hadjiloizou", "", "", "B"),
        ],
        [
            (
                "The average rent for a room within walking distance of Troodia University has risen to €540 a month, up 18% since early 2025, according to a survey of 1,214 students published by the Students' Union on Monday.",
                "a survey of 1,214 students published by the Students' Union on Monday",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The survey found that 41% of respondents spend more than half of their income on rent, and that one in eight has moved at least twice since September.",
                "The survey",
                "found",
                "W",
            ),
        ],
        [
            (
                "Students' Union president Niki Papakyriakou-Demetriou said the figures confirmed what students had been telling the union for two years.",
                "Niki Papakyriakou-Demetriou",
                "said",
                "",
            ),
            (
                "“We have students sleeping on friends' sofas in week six of the semester,” she said.",
                "Niki Papakyriakou-Demetriou",
                "said",
                "",
            ),
            (
                "“Is that a university that takes its students seriously?”",
                "Niki Papakyriakou-Demetriou",
                "said",
                "",
            ),
        ],
        [
            (
                "Read more ▸ Opinion | Why the union should stop asking and start organising",
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
                "Students get 15% off all printing at CopyKouti with a valid student card.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Vice-Rector for Student Affairs Prof. Andreas Michaelides-Vrondou told The Troodian that the university would open a 300-bed residence on the site of the old bus depot by September 2028.",
                "Andreas Michaelides-Vrondou",
                "told The Troodian",
                "",
            ),
        ],
        [
            (
                "He said the university now has 640 beds for about 7,900 students.",
                "Andreas Michaelides-Vrondou",
                "said",
                "W",
            ),
            (
                "“We know 300 beds will not solve the problem, but a university cannot build a city,” he said.",
                "Andreas Michaelides-Vrondou",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the university had also asked the district housing office to register student flats and publish fair-rent guidance, and was “still waiting for a reply”.",
                "Andreas Michaelides-Vrondou",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesman for the Nicosia Property Owners' Association said higher electricity costs and property taxes had pushed rents up across the city, not only near the university.",
                "A spokesman for the Nicosia Property Owners' Association",
                "said",
                "W",
            ),
        ],
        [
            (
                "Third-year nursing student Pratiksha Rijalmagar, from Pokhara in Nepal, said she pays €480 for a room she shares with another student.",
                "Pratiksha Rijalmagar",
                "said",
                "W",
            ),
            (
                "“My part-time job at the café pays €7 an hour,” she said.",
                "Pratiksha Rijalmagar",
                "said",
                "W",
            ),
            ("“You do the maths.”", "Pratiksha Rijalmagar", "said", ""),
        ],
        [
            (
                "The union said it would hold a housing assembly on March 18 and present the survey to the House education committee in April.",
                "The union",
                "said",
                "",
            ),
        ],
        [
            (
                "Methodology: The survey was run online between 18 January and 12 February 2027.",
                "",
                "",
                "B",
            ),
            ("Responses were not weighted.", "", "", "B"),
        ],
        [
            ("Tags: housing · rent · Students' Union · survey", "", "", "B"),
        ],
        [
            ("About the author", "", "", "B"),
        ],
        [
            (
                "Eleni Charalambidou-Price is a second-year journalism student and The Troodian's news editor.",
                "",
                "",
                "B",
            ),
            ("She has covered housing since 2025.", "", "", "B"),
        ],
        [
            ("Comments (12)", "", "", "B"),
        ],
        [
            ("k.antoniou", "", "", "B"),
        ],
        [
            ("2 days ago", "", "", "B"),
        ],
        [
            ("My landlord put the rent up by €90 in January with two weeks' notice.", "", "", "B"),
            ("Is that even legal?", "", "", "B"),
        ],
        [
            ("Reply · 18 likes", "", "", "B"),
        ],
        [
            ("The Troodian is published by the Troodia University Students' Union.", "", "", "B"),
            (
                "Views expressed are those of the writers and not of the university or the union.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Editorial office: Student Centre, Room B-114, Troodia University, 14 Aglantzia Avenue, 2109 Nicosia, Cyprus · editor@thetroodian.ac.cy",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 The Troodian.", "", "", "B"),
        ],
    ],
    [
        [
            ("繁 | 简 | EN", "", "", "B"),
        ],
        [
            ("CO-OP VOICE HONG KONG", "", "", "B"),
        ],
        [
            (
                "News from Hong Kong's credit unions, housing co-ops and consumer co-operatives",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Home   Credit unions   Housing co-ops   Consumer co-ops   Events   Member stories   About us",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Hong Kong 14°C · Cold Weather Warning in force · HIBOR 1M 3.41%", "", "", "B"),
        ],
        [
            ("Credit unions › Annual meetings", "", "", "B"),
        ],
        [
            ("Hing Mei Credit Union pays 3.2% dividend as membership passes 4,000", "", "", "W"),
        ],
        [
            (
                "Members at the annual general meeting in Kwun Tong also approve loans of up to HK$60,000 for small shop fit-outs",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Co-op Voice reporter", "", "", "B"),
        ],
        [
            ("Posted 22 February 2027, 10:15 HKT · 4 min read", "", "", "B"),
        ],
        [
            ("AGM photos (9)", "", "", "B"),
        ],
        [
            ("Members vote by a show of hands at the Hing Mei AGM on Saturday.", "", "", ""),
        ],
        [
            ("Photo: Co-op Voice", "", "", "B"),
        ],
        [
            (
                "Members of Hing Mei Credit Union approved a dividend of 3.2% on their shares for 2026 at the union's annual general meeting in Kwun Tong on Saturday, up from 2.7% a year earlier.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The union had 4,118 members at the end of December, up from 3,652 a year earlier, and share savings of HK$186.4 million, according to the union's annual report.",
                "the union's annual report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Chairwoman Mok Siu-fan said most of the new members were young workers in retail and catering who had joined through their employers' payroll deduction schemes.",
                "Mok Siu-fan",
                "said",
                "W",
            ),
        ],
        [
            (
                "“They come to us because a bank will not lend them HK$20,000 without a stack of paperwork,” Ms Mok said.",
                "Mok Siu-fan",
                "said",
                "",
            ),
            (
                "“We know their bosses, we know their shifts, and we know who pays back.”",
                "Mok Siu-fan",
                "said",
                "",
            ),
        ],
        [
            (
                "Treasurer Augustine Tsang Ho-yin said loans more than 90 days in arrears had risen to 2.9% of the loan book from 1.8%, mostly among members who lost their jobs when two restaurant chains closed in the autumn.",
                "Augustine Tsang Ho-yin",
                "said",
                "W",
            ),
            (
                "He said the board had set aside HK$1.1 million for bad loans.",
                "Augustine Tsang Ho-yin",
                "said",
                "W",
            ),
            (
                "“It is not a crisis, but it is a warning,” he said.",
                "Augustine Tsang Ho-yin",
                "said",
                "",
            ),
        ],
        [
            (
                "Members voted 211 to 14 to create a shop fit-out loan of up to HK$60,000, repayable over four years.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("SEE ALSO › Housing co-op in Tai Wai marks 10 years with an open day", "", "", "B"),
        ],
        [
            (
                "📣 Notice: The credit union league's training day for new directors is on 13 March.",
                "",
                "",
                "B",
            ),
            ("Places are limited to 40.", "", "", "B"),
        ],
        [
            (
                "Member Lui Chun-hei, who runs a noodle stall in Ngau Tau Kok, said a credit union loan of HK$35,000 had kept the stall open after a fire in 2024.",
                "Lui Chun-hei",
                "said",
                "W",
            ),
            ("“Will a bank give a hawker a loan?” he asked.", "Lui Chun-hei", "asked", ""),
            ("“No chance.”", "Lui Chun-hei", "asked", ""),
        ],
        [
            (
                "Hong Kong had 39 registered credit unions with about 79,000 members at the end of 2025, according to the latest figures from the Registrar of Credit Unions.",
                "the latest figures from the Registrar of Credit Unions",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Ms Mok said the union hoped to launch a mobile app for balance checks by the end of the year.",
                "Mok Siu-fan",
                "said",
                "",
            ),
        ],
        [
            ("Tags: credit unions · dividends · Kwun Tong · AGM", "", "", "B"),
        ],
        [
            ("Is your co-op holding its AGM?", "", "", "B"),
            (
                "Send the date, place and a contact name to news@coopvoice.hk and we will list it.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("More member stories", "", "", "B"),
        ],
        [
            ("How a Tai Po housing co-op cut its management fee by a third", "", "", "B"),
        ],
        [
            ("Consumer co-op opens second store in Yuen Long", "", "", "B"),
        ],
        [
            ("Co-op Voice Hong Kong is an independent, non-profit news site.", "", "", "B"),
            ("It does not give financial advice.", "", "", "B"),
        ],
        [
            (
                "Room 1207, 12/F, Kin Wah Commercial Building, 88 Hoi Tak Street, Kwun Tong, Kowloon.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Co-op Voice Hong Kong Ltd.", "", "", "B"),
            ("Company No. 3184402.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n113-bw-ad-sat",
        "Tsodilo Agri Supplies: ear tags, drenches and lick blocks at farmer prices. Open Mon.–Sat. on the Sehithwa road. Call 686 0417.",
        [
            "Tsodilo Agri Supplies: ear tags, drenches and lick blocks at farmer prices.",
            "Open Mon.–Sat. on the Sehithwa road.",
            "Call 686 0417.",
        ],
    ),
    (
        "n113-bw-question-asked",
        "“Who is going to pay the bank while my cattle stand in the kraal?” he asked. “I am not angry with the vets, but somebody must come and talk to us about compensation.”",
        [
            "“Who is going to pay the bank while my cattle stand in the kraal?” he asked.",
            "“I am not angry with the vets, but somebody must come and talk to us about compensation.”",
        ],
    ),
    (
        "n113-bw-dr-am",
        "Dr Mokgatlhanyane said the last outbreak in the district, in 2022, had kept the abattoir closed to Ngamiland cattle for 11 weeks. She said teams would start at Xhobe on Wednesday at 7 a.m. and work westwards.",
        [
            "Dr Mokgatlhanyane said the last outbreak in the district, in 2022, had kept the abattoir closed to Ngamiland cattle for 11 weeks.",
            "She said teams would start at Xhobe on Wednesday at 7 a.m. and work westwards.",
        ],
    ),
    (
        "n113-lk-initials",
        "The suspects, managing director K. M. Sumanadasa Ratnawibhushana and finance director W. A. Dilumini Peramunugama, were arrested on February 3 on charges of criminal breach of trust and cheating.",
        [
            "The suspects, managing director K. M. Sumanadasa Ratnawibhushana and finance director W. A. Dilumini Peramunugama, were arrested on February 3 on charges of criminal breach of trust and cheating.",
        ],
    ),
    (
        "n113-lk-rs-mn",
        "Inspector R. P. Gunathilakarachchi of the CID's Commercial Crimes Unit told court that the company had taken fixed deposits at up to 21% a year while its loan book had shrunk by half since 2024. He said investigators had traced transfers of Rs. 640 mn to three companies linked to the managing director's relatives. “These are not loans, Your Honour, they are an exit,” he said.",
        [
            "Inspector R. P. Gunathilakarachchi of the CID's Commercial Crimes Unit told court that the company had taken fixed deposits at up to 21% a year while its loan book had shrunk by half since 2024.",
            "He said investigators had traced transfers of Rs. 640 mn to three companies linked to the managing director's relatives.",
            "“These are not loans, Your Honour, they are an exit,” he said.",
        ],
    ),
    (
        "n113-lk-ms-saying",
        "“My clients did not run away; they walked into the CID themselves,” he said. He asked for bail for Ms. Peramunugama, saying she had a three-year-old son and a heart condition.",
        [
            "“My clients did not run away; they walked into the CID themselves,” he said.",
            "He asked for bail for Ms. Peramunugama, saying she had a three-year-old son and a heart condition.",
        ],
    ),
    (
        "n113-lk-am-question",
        "“I came by bus at 5.30 a.m. to see their faces,” she said. “Will we get anything back?” she asked. “Nobody in there can tell us.”",
        [
            "“I came by bus at 5.30 a.m. to see their faces,” she said.",
            "“Will we get anything back?” she asked.",
            "“Nobody in there can tell us.”",
        ],
    ),
    (
        "n113-lk-9am",
        "Police said about 300 depositors had gathered at the court premises by 9 a.m. Vehicles were diverted away from the court complex for about two hours.",
        [
            "Police said about 300 depositors had gathered at the court premises by 9 a.m.",
            "Vehicles were diverted away from the court complex for about two hours.",
        ],
    ),
    (
        "n113-lk-pvt-ltd-no",
        "Sabhawa Court Reports is published by Nītiyata Media (Pvt) Ltd. No. 44/2, Siripala Mawatha, Colombo 05. Reg. No. PV 00219841.",
        [
            "Sabhawa Court Reports is published by Nītiyata Media (Pvt) Ltd.",
            "No. 44/2, Siripala Mawatha, Colombo 05.",
            "Reg. No. PV 00219841.",
        ],
    ),
    (
        "n113-bd-ltd-in",
        "GAZIPUR — About 1,860 workers at Meghlaboti Knitwear Ltd. in Bharaliya have not been paid for November, December or January, the Shonali Garment Sramik Federation said on Saturday after talks at the divisional labour office ended without agreement.",
        [
            "GAZIPUR — About 1,860 workers at Meghlaboti Knitwear Ltd. in Bharaliya have not been paid for November, December or January, the Shonali Garment Sramik Federation said on Saturday after talks at the divisional labour office ended without agreement.",
        ],
    ),
    (
        "n113-bd-question-noattr",
        "“My son asked me if we are poor now,” she said. “What do I tell him?” “That his mother sews shirts for Europe?”",
        [
            "“My son asked me if we are poor now,” she said.",
            "“What do I tell him?”",
            "“That his mother sews shirts for Europe?”",
        ],
    ),
    (
        "n113-bd-md",
        "The deputy inspector general at the Gazipur office, Md. Harunur Rashid Patwarighar, said a second meeting would be called “as soon as the owner confirms he can attend”.",
        [
            "The deputy inspector general at the Gazipur office, Md. Harunur Rashid Patwarighar, said a second meeting would be called “as soon as the owner confirms he can attend”.",
        ],
    ),
    (
        "n113-bd-account-ltd",
        "Send contributions to the federation's bKash merchant number 01894-220617 or to Account No. 2047-0031-8812, Sonamukhi Bank Ltd., Tongi Branch. Every taka is listed in the next bulletin.",
        [
            "Send contributions to the federation's bKash merchant number 01894-220617 or to Account No. 2047-0031-8812, Sonamukhi Bank Ltd., Tongi Branch.",
            "Every taka is listed in the next bulletin.",
        ],
    ),
    (
        "n113-pg-capt",
        "Harbour master Capt. Gabriel Vagikila-Taumeru said 612 ships called at the port in 2026, up from 571 the year before.",
        [
            "Harbour master Capt. Gabriel Vagikila-Taumeru said 612 ships called at the port in 2026, up from 571 the year before.",
        ],
    ),
    (
        "n113-pg-road-side",
        "Its president, Josephine Kaupawemin, said the port had fixed the ship side “and forgotten the road side”. “Our drivers sleep in their cabs outside the gate,” she said. “Is that what a record year looks like?” she asked.",
        [
            "Its president, Josephine Kaupawemin, said the port had fixed the ship side “and forgotten the road side”.",
            "“Our drivers sleep in their cabs outside the gate,” she said.",
            "“Is that what a record year looks like?” she asked.",
        ],
    ),
    (
        "n113-bz-coach-named-after",
        "“I told them at half-time that nobody remembers the team that played well and lost,” Manatees coach Desmond Arnold-Pascasio said. “They remembered.”",
        [
            "“I told them at half-time that nobody remembers the team that played well and lost,” Manatees coach Desmond Arnold-Pascasio said.",
            "“They remembered.”",
        ],
    ),
    (
        "n113-zm-nrc",
        "The 2026 AGM will be held at the Siamvunda depot hall on Saturday, 27 March 2027, from 09:00 hours. Members must bring their share certificates and N.R.C.s. Transport will leave the Choma shed at 07:00.",
        [
            "The 2026 AGM will be held at the Siamvunda depot hall on Saturday, 27 March 2027, from 09:00 hours.",
            "Members must bring their share certificates and N.R.C.s.",
            "Transport will leave the Choma shed at 07:00.",
        ],
    ),
    (
        "n113-zm-reg-plot",
        "Registered under the Co-operative Societies Act, Reg. No. CSR/SP/4471. Plot 88, Livingstone Road, Choma. P.O. Box 630071, Choma, Zambia.",
        [
            "Registered under the Co-operative Societies Act, Reg. No. CSR/SP/4471.",
            "Plot 88, Livingstone Road, Choma.",
            "P.O. Box 630071, Choma, Zambia.",
        ],
    ),
    (
        "n113-mu-ltd-the",
        "Distributed by MoriWire on behalf of Valmorin Group Ltd. The content of this release is the sole responsibility of the issuer.",
        [
            "Distributed by MoriWire on behalf of Valmorin Group Ltd.",
            "The content of this release is the sole responsibility of the issuer.",
        ],
    ),
    (
        "n113-mu-dateline-ltd",
        "PORT LOUIS, 16 February 2027 – Valmorin Group Ltd. (SEM: VALM) today reported profit after tax of Rs 1.42 billion for the six months ended 31 December 2026, up 18% from Rs 1.20 billion a year earlier.",
        [
            "PORT LOUIS, 16 February 2027 – Valmorin Group Ltd. (SEM: VALM) today reported profit after tax of Rs 1.42 billion for the six months ended 31 December 2026, up 18% from Rs 1.20 billion a year earlier.",
        ],
    ),
    (
        "n113-mu-about-ltd",
        "Valmorin Group Ltd. is a diversified group with interests in hospitality, sugar and energy, property and financial services. It employs about 6,800 people and is listed on the Official Market of the Stock Exchange of Mauritius.",
        [
            "Valmorin Group Ltd. is a diversified group with interests in hospitality, sugar and energy, property and financial services.",
            "It employs about 6,800 people and is listed on the Official Market of the Stock Exchange of Mauritius.",
        ],
    ),
    (
        "n113-mu-ltee-brn",
        "© 2027 Sirandanes Média Ltée. BRN C10099471. 14, rue des Flamboyants, Port Louis.",
        [
            "© 2027 Sirandanes Média Ltée.",
            "BRN C10099471.",
            "14, rue des Flamboyants, Port Louis.",
        ],
    ),
    (
        "n113-ws-half-box",
        "“What am I supposed to do, send half a box?” she asked. “The family is counting on it, and White Sunday is not cheap.”",
        [
            "“What am I supposed to do, send half a box?” she asked.",
            "“The family is counting on it, and White Sunday is not cheap.”",
        ],
    ),
    (
        "n113-ws-rev",
        "The chairman of the Matāfaga Families Trust, Rev. Leauanae Ioane-Leaupepega, said the trust would ask the three main freight firms to meet community leaders before the new prices take effect.",
        [
            "The chairman of the Matāfaga Families Trust, Rev. Leauanae Ioane-Leaupepega, said the trust would ask the three main freight firms to meet community leaders before the new prices take effect.",
        ],
    ),
    (
        "n113-fj-account-no",
        "Deposits can be made to the Wainisavu Circuit Building Fund, Account No. 9800 2217 4401, at any branch. Please write your name and “School” as the reference.",
        [
            "Deposits can be made to the Wainisavu Circuit Building Fund, Account No. 9800 2217 4401, at any branch.",
            "Please write your name and “School” as the reference.",
        ],
    ),
    (
        "n113-fj-ba-po",
        "Circuit Office, Wainisavu Road, Ba. P.O. Box 314, Ba, Fiji. Ph: 667 4102 · narama@wainisavucircuit.org.fj",
        [
            "Circuit Office, Wainisavu Road, Ba.",
            "P.O. Box 314, Ba, Fiji.",
            "Ph: 667 4102 · narama@wainisavucircuit.org.fj",
        ],
    ),
    (
        "n113-cy-prof",
        "Vice-Rector for Student Affairs Prof. Andreas Michaelides-Vrondou told The Troodian that the university would open a 300-bed residence on the site of the old bus depot by September 2028.",
        [
            "Vice-Rector for Student Affairs Prof. Andreas Michaelides-Vrondou told The Troodian that the university would open a 300-bed residence on the site of the old bus depot by September 2028.",
        ],
    ),
    (
        "n113-cy-euro-maths",
        "Third-year nursing student Pratiksha Rijalmagar, from Pokhara in Nepal, said she pays €480 for a room she shares with another student. “My part-time job at the café pays €7 an hour,” she said. “You do the maths.”",
        [
            "Third-year nursing student Pratiksha Rijalmagar, from Pokhara in Nepal, said she pays €480 for a room she shares with another student.",
            "“My part-time job at the café pays €7 an hour,” she said.",
            "“You do the maths.”",
        ],
    ),
    (
        "n113-hk-hk-dollar",
        "Treasurer Augustine Tsang Ho-yin said loans more than 90 days in arrears had risen to 2.9% of the loan book from 1.8%, mostly among members who lost their jobs when two restaurant chains closed in the autumn. He said the board had set aside HK$1.1 million for bad loans. “It is not a crisis, but it is a warning,” he said.",
        [
            "Treasurer Augustine Tsang Ho-yin said loans more than 90 days in arrears had risen to 2.9% of the loan book from 1.8%, mostly among members who lost their jobs when two restaurant chains closed in the autumn.",
            "He said the board had set aside HK$1.1 million for bad loans.",
            "“It is not a crisis, but it is a warning,” he said.",
        ],
    ),
    (
        "n113-hk-ltd-company",
        "© 2027 Co-op Voice Hong Kong Ltd. Company No. 3184402.",
        [
            "© 2027 Co-op Voice Hong Kong Ltd.",
            "Company No. 3184402.",
        ],
    ),
]
