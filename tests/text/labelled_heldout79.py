"""Seventy-ninth held-out set of hand-labelled pages for the hint engines (never tuned on, round forty-seven):
twelve TYPICAL whole pages, head to tail, of twelve kinds from twelve countries, as a reviewer would
paste them from a browser. Written as a HELD-OUT set: it must never be tuned on, and no rule may be
changed to fit it; it measures the engines only.

The pages, one of each kind: a Scottish regional daily (councillors approve a £4.2m rebuild of a
storm-hit harbour wall), a Canadian national broadcaster (Manitoba to hire 120 paramedics and reopen
four rural ambulance stations), Philippine wire copy on a web portal (rice prices at a near two-year
low), a New Zealand local weekly (a town pool reopens after a $1.8m upgrade), a Jamaican sports site
(a 9.94 win in a 100m final), a Nigerian business daily (a cement maker raises its bag price as
profit climbs 31%), a United States tech site (a doorbell maker left 240,000 customers' clips open),
an Australian science news site (native bees and unmown verges), a South African court report (a
municipal clerk granted R10,000 bail in a R2.3m fraud case), a Kenyan live blog (the budget statement
in the National Assembly), an Irish opinion column (rents in a midlands town) and a Singaporean
interview in Q&A (the new chief executive of a bike-share operator). Nothing is contrived: each page
is an ordinary story with the commonest things real pages do, told through officials, residents,
experts, traders, athletes and documents, with figures, opinions, plans and colour side by side, and
each page carries its site's own furniture, worded its own way: at the head mastheads, taglines,
market and live strips, menus, breadcrumbs and section labels, headlines and standfirsts, bylines and
roles, date, Posted/Updated and read-time lines, listen and text-to-speech lines, affiliate notes,
share strips, captions and their credits; in the middle ADVERTISEMENT and "Story continues below",
Read more / Also read / READ MORE / Related links, a WATCH line with a duration, community notices,
live-blog time stamps, "Key event" labels and entry bylines, an interview's editing note, a results
title; at the tail wire, reporting and "With files from" credits, a currency line, updates and
corrections, a journal reference, a funding note, a republish box, author bios, comment counts and
closed-comments lines, newsletter, WhatsApp and contact boxes, related, most-read and recommended
lists, disclaimers, publisher and registration lines, copyright lines and footers.

What is hard is what is hard on every ordinary page. Check-worthiness: statements of record by
officials, documents and data, figures, dates, votes, court steps and first-person records ("He
said he had fished out of Portcraigie for 34 years ...", "I understand that, and my own mother asked
me, ...", "We lost three days' fishing in January alone ...") are "W"; opinions, feelings,
rhetorical questions, colour, hedges ("could", "expects", "I'd like to"), plans and forecasts with or
without figures are ""; the columnist's and the interviewer's own lines are flagged by content. The
speaker: names without titles and roles ("Committee convener", "Health Minister", "Reeve", "Pool
manager", "Chief financial officer", "Engr.", "Prosecutor Adv.", "Minority Leader Hon.", "Lead author
Dr", "Dr", "Ms"), pronouns and later surnames resolved to the full name as first given, speakers
named after their quotes, quotes over two or three sentences with the cue only in the first,
documents and data as subjects ("A report to the committee by harbour officers says", "It says",
"Scottish Government figures show", "Council papers show", "customs figures show", "government data
showed", "The study found", "the team found"), "according to X" as written, groups and generic nouns
kept as written ("Fishermen", "farmers", "Dealers", "Prosecutors", "Analysts at Lekki Crest
Securities", "Several customers who posted on Stoopcam's community forum", the time adverb dropped,
"one user", "the province", "The company", "the statistics agency"), "declined to comment", a
standfirst naming the speaker by role ("Health minister says", "A researcher says") carrying the
person the story names, a columnist's "writes", and Q&A answers carrying the interviewee with the
prefix as written as the cue. Sentence splits: abbreviations that END a sentence before a capital
("7 a.m.", "Ltd.", "Man.", "U.S.", "Plc.", "etc.", "Matipowood St.") and designations and titles that
do not ("No. SC418226", "No. 603318", "Co. Regn. No.", "St. Catherine", "Clermont, Fla.,", "Feb. 22",
"Inc. in 2025", "Engr.", "Adv.", "Hon.", "Pte. Ltd."), decimals ("9.94", "44.50", "₦612.00",
"Sh702.3 billion", "3.30pm"), ellipses before lower case, quotes with "?" or "!" then their
attribution, questions inside quotes with no attribution followed by their answer, a quote's last
sentence carrying the attribution ("Now I feel like I was on TV,” one user wrote."), one-word answers
("Yes.", "Partly ours.") and parentheses ("(Pty) Ltd,", "(Sulyapress)", "($1 = 56.80 pesos)").

The pages hold 530 sentences: 253 "B", 133 "W" and 144 ""; 183 sentences carry a speaker (74
distinct speakers). `STYLES` describes each page, its story, its speakers and its furniture in order.
`HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected sentences), each a run of two or
three consecutive sentences of one paragraph of these pages joined by single spaces, chosen where
splitting is hard (the abbreviations, designations, decimals, ellipses, quotes and one-word answers
above): what a reviewer wants, not what the engine does.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, strip, menu, label, byline, date, share line, credit, link, list
item, time stamp, entry byline, notice and legal line is a paragraph of its own); each paragraph a
list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent sets:
furniture "B" line by line, whatever it says; a caption by its content and its credit "B" (in the
caption's paragraph when the page prints them together); headlines and standfirsts never split and
flagged by content; a dateline belongs to its lead sentence; results rows are "" data under a "B"
title; a named person acting without a verb of saying (a magistrate granting bail, a CS closing his
statement) carries no speaker; "It did not say why ..." says what a source did not say and has no
speaker.

Written from scratch for issue 13 in round forty-seven as a held-out set, before any rule was tuned
on it and without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py`
file, no `hint_scores.py` and no README was opened; `claimreview` was never imported, and no test,
scorer, engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied
from anywhere. What was read: the brief (`/tmp/brief` and `/tmp/sets` were listed once at the
start, when the first held only the brief and the second was empty; `/tmp/sets` was not listed
again); the module docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with
`ast.get_docstring`); `def build` in `tests/text/labelled_articles.py` (its source segment printed by
an `ast` script of my own, that function only); the `[tool.ruff]` tables of `pyproject.toml` (a
`sed` address range from `[tool.ruff` to the next other `[tool.` table); and, from
`labelled_new115.py` and `labelled_new116.py`, the output of a script of my own using `ast` that
prints the module docstring, `STYLES`, the first two pages of `ARTICLES` and the first eight `CASES`
of each. It was printed once (the tool cut its middle, so that the start of the docstring of
`labelled_new115.py`, and the end of the first page, the second page and the eight cases of
`labelled_new116.py` were seen), then saved to a scratch file, of which `grep -n` showed the section
markers and `sed` showed two ranges: the rest of the docstring, the `STYLES` and the first lines of
the first page of `labelled_new115.py` (lines cut at 2,500 characters), and the docstring and
`STYLES` of `labelled_new116.py` (lines cut at 3,000 characters, the tool cutting a dozen lines in
the middle, the end of the docstring and the first styles, which were not printed again); so most of
the first page, the second page and the cases of `labelled_new115.py`, and the start of the first
page of `labelled_new116.py`, were never seen. No other page, case or docstring of any file under
`tests/` was read. What was run: a Python one-liner printing the calendars of March and April 2027
and another printing the weekday of 10 June 2027 (to check weekdays); scripts of my own in a scratch
folder that turn a small line format (flag, speaker, cue and text separated by a tilde, one line a
sentence, "+" continuing a paragraph, aliases for speakers, case marks) into the literals below,
apply renames, cut the split cases out of the pages and count sentences, flags and speakers;
case-insensitive per-word file counts (`grep -rliF -- WORD /work/main/tests/text | wc -l`) for every
capitalised word of three letters or more (about 650), every lower-case site name in an address,
every full speaker string and every candidate replacement; an import of this file (loaded with
`importlib` beside `tests.text.labelled_articles`) with `build` on every page and a check of four
string fields, the flags, no "B" with a speaker, a cue for every speaker and a speaker for every cue,
30 distinct case ids, every case text in a built page and equal to its sentences joined by single
spaces, each expected sentence one labelled sentence of one paragraph, in order, and the counts
above; and `ruff format` and `ruff check` (the project's `.venv`) with the project's
`pyproject.toml` as config, the check through `--stdin-filename tests/text/labelled_heldout79.py` so
that the per-file ignores for `tests/**` apply. Only counts were read from the word searches, never
the matched lines or file names. Of the first draft's coined words, about twenty hit other files: an
agency (Archipel), outlets (Maplewave, Nyota), a publisher (Tayglen), a company (Ogbara), a parent
group (Larchmont), surnames (Balquharn, Rennieston, MacAulish, Hollinsgate, Lindqvale, Marchbanks,
Chambersley), parts of hyphenated surnames (Bassey, Kloof, Quist), places (Tarawhiti, Vermeil) and a
street (Kowhai); each was renamed or the hyphenated part dropped, and the three replacements that
hit as well (Kapuluan, Kahikatea, Larchwick) were dropped for others; only replacements with no hit
were kept. On review, four real names were also changed before any search (a municipality, a town
with a cement plant, a municipality a company was named after and a surname of history), and two
list headlines naming a real athlete and a real company were reworded. What still hits is real countries, regions, cities, towns and parishes (Scotland, Manitoba,
Brandon, Manila, Quezon, Nueva Ecija, Luzon, Negros, Kingston, St. Catherine, St. Elizabeth,
Manchester, Clermont, Onitsha, Lekki, Chicago, Brisbane, Adelaide, Perth, Nairobi, Dublin,
Singapore, Bedok, Tampines, Punggol, Gaborone and the like), common given names kept on purpose
(Alasdair, Fiona, Morag, Ewan, Kirsty, Donnie, Garth, Yvonne, Rhonda, Nadia, Tara, Jordan, Ramon,
Dale, Liza, Rodel, Marites, Jerome, Brent, Jolene, Bevan, Marama, Tessa, Hollie, Tajay, Odane,
Ricardo, Sharlene, Delroy, Andre, Chinonso, Kelechi, Ikechukwu, Babatunde, Temitope, Devin,
Marguerite, Priya, Kirrily, Liam, Phil, Ruth, Nomvula, Lwazi, Thabiso, Johan, Refilwe, Mpho, Andile,
Lerato, Sipho, Josephat, Barasa, Wairimu, Peter, Wanjiru, Kevin, Aoife, Ciarán, Priscilla, Jonathan,
Hadi), common and outlet words (Courier, Herald, Gazette, Examiner, Digest, Daily, Cockpit, Classic,
Harriers, Lions, Creel, Tern, Palay, Mowing, Crest, Vantage, Surfaces, Cement and the like) and
tokens (PSEi, PBA, NGX, NGN, ASI, USD, GMT, CST, EST, EAT, LTA, MRT, FTC, NDP, GDP, PAIA, LLP, Plc,
Pty, Pte, Regn, Engr, Adv, Hon).

Every person, outlet, agency, portal, publisher, council, committee, union, federation, association,
institution of builders, alliance, club, meet, company, bank, brokerage, law firm, website,
municipality, court building, street, harbour, town, village and figure is invented. Real countries,
regions, cities and institutions appear only as settings: those listed above, the Scottish
Government (invented figures), the University of Manitoba and the University of Queensland (as
employers), the Department of Agriculture (an invented price monitor), the Nigerian Exchange
(filings), the Federal Trade Commission (a spokesperson who declined to comment), the Australian
Research Council (a funding note), the National Prosecuting Authority (an invented spokesperson),
the National Assembly and Parliament Buildings in Nairobi, the Residential Tenancies Board and the
Land Transport Authority (invented figures), the National Stadium in Kingston, the Penn Relays and
the World Relays (in list headlines), and Facebook, X, WhatsApp, LinkedIn and Signal (as channels).
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Scottish REGIONAL DAILY\'s site (Corranshire), councillors approve a £4.2m rebuild of a storm-hit harbour wall: masthead in capitals, menu with pipes, breadcrumb with ›; headline "W" and a standfirst "Fishermen say ..." kept as written ""; byline and role on two lines, date line with "pm", share strip; caption "" with its image credit in the same paragraph; a lead and a 9-3 committee vote with no speaker "W"; "A report to the committee by harbour officers says" and "It says" "W"; the convener with "Committee convener" dropped (an opinion and a quote "", temporary repair costs "W"); "Three Conservative members voted against, arguing" "W"; a councillor ("writing a blank cheque" with an overspend "W", a quote split after "he said." with a question and its answer ""); Read more link; a creel fisherman in colour "" and his years and lost days of record "W", an ellipsis before lower case ""; the harbour master (a weight limit "W", a tender plan ""); "Scottish Government figures show" "W"; a report asked for "W" (Most read list with numbers on their own lines, a briefing box split at "7 a.m." before "Sign up ...", comments-closed line, a publisher line split at "Ltd." before "Registered in Scotland No. SC418226.", copyright split at "Ltd.", footer links)',
    'Canadian NATIONAL BROADCASTER\'s site (Manitoba), the province will hire 120 paramedics and reopen four rural ambulance stations: masthead, menu with middle dots, section label; headline "W" and a standfirst "Health minister says ..." carrying the minister the story names ""; byline with outlet, Posted/Last Updated line; caption "" with "Man.," mid-sentence and a bracketed credit; listen, read-time and text-to-speech lines; "the province said Wednesday" "W"; the minister with "Health Minister" dropped ("announced", with "Brandon, Man." ending a sentence before an opening quote "W", a quote "", response times "W"); four towns "W"; a union president (vacancies "W", a quote of two sentences with a question ""); ADVERTISEMENT and "Story continues below"; a reeve with "Reeve" dropped (waits of record "W", a quote split after "Olinsky said." ""); a WATCH line, a duration and a video caption "Paramedics in western Manitoba say ..." "W"; the NDP critic ("W", an opinion ""); an academic (training numbers "W", a could-hedge "", a quote ""); "The province said" a reopening plan "" (With files from line, Related Stories list, corrections line, copyright split at "Corporation." before "All rights reserved.", a French-language link, footer links)',
    'Philippine WIRE COPY on a web PORTAL, rice prices fall to a near two-year low: portal masthead, menu with pipes, sign-in and a trending strip, section label; headline "W"; agency credit, a date/read-time line, "In this article:" and share line; a "MANILA (Sulyapress) -" lead with "government data showed" and decimals "W"; "according to the Department of Agriculture\'s weekly price monitor" "W"; an assistant secretary with her title dropped (a causal claim "W", "she told reporters" ""); "customs figures show" "W"; Advertisement; "farmers say" a causal claim "W"; a growers\' federation chairman (farmgate prices "W", a prediction ""); a vendor (sales "W", an ellipsis before lower case and a continued quote ""); "the statistics agency said" inflation "W"; an economist named after his quote "" and "He expects" a rate cut ""; the currency line, the "(Reporting by ...; Editing by ...)" credit, the portal\'s terms and privacy lines, Recommended Stories list, a group line, copyright split at "Inc." before "All rights reserved.", footer links',
    'New Zealand LOCAL WEEKLY\'s site (Ruakiri), the town pool reopens after a $1.8m upgrade: masthead in capitals, a tagline, menu with pipes, section label; headline "W"; "Words:" byline, date line; caption "" and "Photo: Supplied"; a lead "W"; the pool manager with "Pool manager" and later "Ms" dropped (first-day visitors "W", a two-sentence quote "", an extra-hours cost "W", an annual-plan date ""); "Council papers show" and its next sentence "W"; Advertisement; the community board chairman (nine years of lobbying "W", a two-sentence quote "", winter closing times "W"); the swim club\'s coach (an opinion "", members lost "W", a three-sentence quote opening with a question ""); a parent ("warm as a bath" "", "!” she said." ""); community notices with "10am." and a phone number, each split into two "B" sentences; an also-in-this-week list; a contact box in three sentences with "Matipowood St." ending a sentence; a delivery line, copyright, footer links',
    'Jamaican SPORTS SITE\'s athletics report, a 9.94 win in a 100m final: a live strip with "8:05 p.m." and "8:40 p.m." at the head; masthead in capitals, menu with pipes, section path with ›; headline "W" and a standfirst "... says there is more to come" carrying the winner ""; byline, date line, share strip; caption "" and a bracketed photo credit; the result with decimals "W"; the wind and qualifying standard "W", "Old Harbour, St. Catherine," and "Clermont, Fla.," mid-sentence "W", places "W"; the winner ("Wellesborne said." after a quote and an exclamation continued without attribution "", his changed start "W", an ellipsis before lower case ""); ADVERTISEMENT; the coach (a time a year ago "W", a quote ""); the runner-up (feelings "", an injury "W", a quote ""); crowd colour ""; the meet director (ticket record "W", a plan ""); Read also link; a RESULTS title and event title "B" and three result rows "" (data), with "St. Elizabeth AC" mid-row (More Track & Field list with "U.S." mid-headline, copyright split at "Ltd.", footer links)',
    'Nigerian BUSINESS DAILY\'s companies page, a cement maker raises its bag price and reports a 31% profit rise: masthead, a market strip with decimals, menu with pipes, section label; headline "W" and a standfirst "Dealers warn ..." kept as written ""; byline, date line, share line; "according to filings with the Nigerian Exchange" "W"; "The company said" and "It said" results "W"; a dividend with "Plc." ending a sentence before "Chief financial officer ..." "W"; the CFO with her role dropped (energy costs "W", a quote "", kiln spending "W"); ADVERTISEMENT; a dealer in Onitsha (retail prices "W", a quote and a question ""); an association president with "Engr." mid-sentence and dropped (a cost share "W", a plan ""); Also read link; "Analysts at Lekki Crest Securities said" "" and their head of research named after her quote "" with "She noted" "W"; the share price "W" (a disclaimer line, Related list, copyright split at "Limited.", footer links)',
    'United States TECH SITE\'s security story, a doorbell maker left 240,000 customers\' clips exposed: masthead in capitals, menu with pipes, section label; headline "W" and a standfirst "A researcher says ..." carrying the researcher the story names ""; a byline with a role in one sentence, a date line with EST, a comment count, an affiliate note in two sentences; caption "" and image credit; "the company confirmed" "W"; "according to Priya Valdermoot, the independent security researcher ..." "W"; "told Wirebench" with "Feb. 22" mid-sentence "W", a quote "" and what she did not do "W"; "said in a statement" "W" and "The company said" a plan ""; "It did not say why ..." with no speaker "W"; "the U.S." ending a sentence before "The company says ..." "W" and "Inc." mid-sentence "W"; Related link; a privacy lawyer with "LLP" mid-sentence ("" opinion and a two-sentence quote ""); a past fine "W"; "A spokesperson for the Federal Trade Commission declined to comment." ""; "Several customers who posted on Stoopcam\'s community forum on Thursday said" (the time adverb dropped) "W"; "one user wrote" after a two-sentence quote ""; an Update line, an author bio in three sentences, Most Popular list, copyright split at "Inc.", footer links',
    'Australian SCIENCE NEWS site\'s ecology story, native bees and unmown verges: masthead in capitals, menu with pipes, section label; headline "W" and a standfirst "..., the researchers say" with a could-hedge ""; byline and role, Published line, reading time; caption "" and image credit; "according to a study published on Thursday" with "2.1 times" "W"; the method "W" and "the team found" "W"; the lead author with "Lead author Dr" dropped (timing "W", a quote over two sentences with its second checkable "W", an opinion ""); Advertisement; "The study found" "W" and complaints with no speaker "W"; a co-author\'s plan ""; Related link; a council parks manager (kilometres mowed "W", a trial plan "", a two-sentence quote ""); an outside entomologist (an opinion and an ellipsis before lower case ""); a journal reference with "et al." and the paper\'s title as one "B" sentence, a funding note, a correction in two sentences, a republish box in three sentences, copyright with "Pty Ltd.", footer links',
    'South African COURT REPORT on a regional news site, a municipal clerk granted R10,000 bail in a R2.3m fraud case: masthead in capitals, menu with pipes, section path with a slash; headline "W" and a standfirst "Prosecutors say ..." kept as written "W"; byline and role on two lines, date line, share strip; caption "" and credit; the bail and charges "W"; the accused\'s age and charge "W"; the NPA spokesperson with his title dropped and "(Pty) Ltd," mid-sentence "W", then "He said" a referral "W"; the prosecutor with "Prosecutor Adv." mid-sentence and dropped ("told the court" bank records "W", "He said" a position ""); the defence attorney ("told the court" a record "W", a quote "", a passport "W"); ADVERTISEMENT; the magistrate granting bail with no speaker "W" and a postponement "W"; colour ""; READ MORE link; the municipal spokesperson (suspension "W", a quote ""); placards "" and a community leader (potholes "W", a quote "") (a WhatsApp channel line in two sentences, Related Articles list, copyright split at "(Pty) Ltd." before "All rights reserved.", footer links with a PAIA manual)',
    'Kenyan LIVE BLOG on a daily\'s site, the budget statement in the National Assembly: masthead in capitals, menu with pipes, LIVE label; headline "W"; reporters\' byline, an Updated line with EAT, share strip, a refresh line; entries newest first, each with a time stamp ("4:52pm" etc.), "Key event" labels and entry bylines with a dash, all "B"; entry headlines flagged by content ("Budget reading ends ..." "W", "Mobile money excise stays at 15%" "W", "Opposition MPs walk out" "W", "CS arrives at Parliament" ""); the Treasury CS named with his title in a no-speaker sentence, later "the CS said" and "Mr Mwakirunge said" (figures "W", "he told the House" "", a growth expectation ""); a walkout "W"; the minority leader with "Hon." mid-sentence and dropped ("told reporters" an opinion "", "he asked." "", allocations "W"); "according to the budget statement" "W" and a follow-on figure "W"; an economist with "Dr" dropped (opinions ""); arrival colour ""; a welcome line "" and a start time with "3.30pm" "W"; a traders\' alliance chairman (tax paid "W", a quote with a question ""); an ended-blog line in two sentences, Related list, a follow line, copyright with "Ltd.", footer links',
    'Irish OPINION COLUMN on a regional paper\'s site, rents in a midlands town: masthead in capitals, menu with pipes, section path with ›; headline "" and a standfirst "..., writes Aoife Drennaghan" carrying the columnist ""; author line, date line, listen line, read time; the columnist\'s own sentences carry no speaker: a viewing queue in colour "", rents then and now "W", "according to the Residential Tenancies Board\'s latest report" "W" and a comparison "W", "according to one property website\'s count" "W", opinions, a rhetorical question and its answer ""; Advertisement; a letting agent who "told me" an estimate "" and a two-sentence quote ""; "etc." ending a sentence before "None of them ..."; council building figures "W"; Read more link; an author bio in two sentences, a views line, a comment count, a letters line, Most Read list, copyright split at "Ltd." before "Registered in Ireland No. 603318.", footer links',
    'Singaporean INTERVIEW in Q&A on a news site, the new chief executive of a bike-share operator: masthead in capitals, menu with pipes, section path with ›, a BIG INTERVIEW label; a quote headline with a figure "W" and a standfirst "Bike-share boss ... says" carrying her ""; interviewer byline, Published and Updated lines with "AM", a gift/share line; caption "" with "Ms" and a photo credit; an introduction (fleet and tenure "W", a scene-setting line ""); an editing note "B"; the interviewer\'s turns with "BD:" carry no speaker and are "" unless they cite a source ("BD: Land Transport Authority figures show ..." "W", "BD: Some residents say ..." ""); every answer sentence carries the interviewee with the prefix as written as its cue, "PRISCILLA VANDERSTRAATEN:" first and "VANDERSTRAATEN:" after: "Yes." and "Partly ours." as sentences of their own "", trips, losses, costs, parking boxes, prices and a profit of record "W", plans and opinions "", an ellipsis before lower case, a reported question in quotes ending a sentence, an exclamation; ADVERTISEMENT; Read more list, a newsletter line in two sentences, copyright split at "Pte. Ltd." and "Co. Regn. No. 201711498K." before "All rights reserved.", footer links',
]

ARTICLES = [
    [
        [("THE CORRANSHIRE COURIER", "", "", "B")],
        [("News | Sport | Business | Opinion | Farming | Obituaries | Jobs", "", "", "B")],
        [("Home › News › Portcraigie", "", "", "B")],
        [
            (
                "£4.2m rebuild of storm-hit Portcraigie harbour wall approved by councillors",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Fishermen say the work cannot come soon enough for a harbour that has lost boats to bigger ports",
                "Fishermen",
                "say",
                "",
            )
        ],
        [("By Morag Tullibardie", "", "", "B")],
        [("Local Democracy Reporter", "", "", "B")],
        [("Wednesday 10 March 2027, 5:47 pm", "", "", "B")],
        [("Share this article   Facebook   X   Email   Copy link", "", "", "B")],
        [
            ("Creel boats tied up inside Portcraigie harbour last week.", "", "", ""),
            ("Image: Courier / Ewan Drummorrie", "", "", "B"),
        ],
        [
            (
                "Councillors have approved a £4.2 million plan to rebuild Portcraigie's east harbour wall, two months after a winter storm punched a hole in it.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Members of Corranshire Council's infrastructure committee voted 9-3 on Tuesday to pay for the work from the council's capital budget.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "A report to the committee by harbour officers says the storm of 14 January removed about 30 metres of the wall's outer face and left the inner quay unsafe for lorries.",
                "A report to the committee by harbour officers",
                "says",
                "W",
            ),
            (
                "It says 23 boats now land their catch at Portcraigie regularly, down from 41 in 2005.",
                "A report to the committee by harbour officers",
                "says",
                "W",
            ),
        ],
        [
            (
                "Committee convener Fiona Kilbarchanton said the harbour was “not a nice-to-have” for the town.",
                "Fiona Kilbarchanton",
                "said",
                "",
            ),
            (
                "“If that wall goes, the harbour goes, and if the harbour goes, a good part of Portcraigie goes with it,” she said.",
                "Fiona Kilbarchanton",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the council had spent £310,000 on temporary repairs since January, including 1,800 tonnes of rock armour.",
                "Fiona Kilbarchanton",
                "said",
                "W",
            )
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Three Conservative members voted against, arguing the council should wait to hear whether it would get money from a national coastal fund.",
                "Three Conservative members",
                "arguing",
                "W",
            ),
            (
                "Councillor Alasdair Renniesburn said the authority was “writing a blank cheque” while its roads budget was already £2.6m overspent.",
                "Alasdair Renniesburn",
                "said",
                "W",
            ),
        ],
        [
            ("“Nobody here is against the harbour,” he said.", "Alasdair Renniesburn", "said", ""),
            (
                "“But who is going to fill the potholes this year?",
                "Alasdair Renniesburn",
                "said",
                "",
            ),
            ("Not the coastal fund.”", "Alasdair Renniesburn", "said", ""),
        ],
        [
            (
                "Read more: Bypass roadworks to close Glenvathie Road for three weekends in April",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "At the quayside on Wednesday morning, Donnie MacAulinnie was landing boxes of langoustines from his creel boat, the Morning Tern.",
                "",
                "",
                "",
            ),
            (
                "He said he had fished out of Portcraigie for 34 years and had never seen the harbour in such a state.",
                "Donnie MacAulinnie",
                "said",
                "W",
            ),
            (
                "“We lost three days' fishing in January alone because the lorries couldn't get down to the quay,” he said.",
                "Donnie MacAulinnie",
                "said",
                "W",
            ),
        ],
        [
            (
                "“It's a good day for the town... but I'll believe it when I see the diggers.”",
                "Donnie MacAulinnie",
                "said",
                "",
            )
        ],
        [
            (
                "The harbour master, Kirsty Drumlathie, said the quay would stay closed to vehicles over 7.5 tonnes until the work was finished.",
                "Kirsty Drumlathie",
                "said",
                "W",
            ),
            (
                "She said the contract would go out to tender in April and she hoped work would start by June.",
                "Kirsty Drumlathie",
                "said",
                "",
            ),
        ],
        [
            (
                "Scottish Government figures show landings at Corranshire's six harbours were worth £18.9m in 2025, up 4% on the year before.",
                "Scottish Government figures",
                "show",
                "W",
            )
        ],
        [
            (
                "The committee also asked officers for a report on raising harbour dues by 2.5% from next April.",
                "",
                "",
                "W",
            )
        ],
        [("Most read", "", "", "B")],
        [("1", "", "", "B")],
        [("Farmer fined after cattle stray on to bypass for second time", "", "", "B")],
        [("2", "", "", "B")],
        [("Glenvathie Academy pupils raise £12,000 for hospice", "", "", "B")],
        [("3", "", "", "B")],
        [("Lifeboat called out twice in one night off Portcraigie", "", "", "B")],
        [("Get the Courier's morning briefing", "", "", "B")],
        [
            (
                "Local news, sport and the weather for the week ahead, every weekday at 7 a.m.",
                "",
                "",
                "B",
            ),
            ("Sign up with your email address below.", "", "", "B"),
        ],
        [("Comments on this story are now closed.", "", "", "B")],
        [
            ("The Corranshire Courier is published by Tayburnie Media Ltd.", "", "", "B"),
            ("Registered in Scotland No. SC418226.", "", "", "B"),
        ],
        [("© 2027 Tayburnie Media Ltd.", "", "", "B"), ("All rights reserved.", "", "", "B")],
        [("Contact us | Advertise | Privacy | Cookies | Terms and conditions", "", "", "B")],
    ],
    [
        [("BOREALWAVE", "", "", "B")],
        [("News · Sports · Radio · TV · Listen Live · Weather", "", "", "B")],
        [("Manitoba", "", "", "B")],
        [
            (
                "Manitoba to hire 120 paramedics, reopen 4 rural ambulance stations closed in 2019",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Health minister says rural response times are 'unacceptable,' but union asks who will staff the stations",
                "Yvonne Trasselbeck",
                "says",
                "",
            )
        ],
        [("Tara Lindqvarne · Borealwave News", "", "", "B")],
        [("Posted: Mar 11, 2027 4:05 AM CST | Last Updated: 2 hours ago", "", "", "B")],
        [
            (
                "An ambulance leaves the station in Tolberry, Man., one of four the province says it will reopen.",
                "",
                "",
                "",
            ),
            ("(Jordan Pelletrude/Borealwave)", "", "", "B"),
        ],
        [("Listen to this article", "", "", "B")],
        [("Estimated 4 minutes", "", "", "B")],
        [
            (
                "The audio version of this article is generated by text-to-speech, a technology based on artificial intelligence.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Manitoba will hire 120 more paramedics over the next two years and reopen four rural ambulance stations that were closed in 2019, the province said Wednesday.",
                "the province",
                "said",
                "W",
            )
        ],
        [
            (
                "Health Minister Yvonne Trasselbeck announced the plan, which will cost $38.6 million, at a news conference in Brandon, Man.",
                "Yvonne Trasselbeck",
                "announced",
                "W",
            ),
            (
                "“People in rural Manitoba have waited too long for an ambulance, and that ends now,” she said.",
                "Yvonne Trasselbeck",
                "said",
                "",
            ),
            (
                "She said the average rural response time rose from 17 minutes in 2018 to 26 minutes last year.",
                "Yvonne Trasselbeck",
                "said",
                "W",
            ),
        ],
        [
            (
                "The four stations are in Arnstead, Lac Vermillard, Tolberry and Grassholm.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Rhonda Kessavich, president of the Prairie Paramedics Union, said the announcement was welcome but came “years late.”",
                "Rhonda Kessavich",
                "said",
                "",
            ),
            (
                "She said 61 paramedic positions were vacant across the province as of January.",
                "Rhonda Kessavich",
                "said",
                "W",
            ),
        ],
        [
            ("“You can build all the stations you like.", "Rhonda Kessavich", "said", ""),
            ("Who's going to work in them?”", "Rhonda Kessavich", "said", ""),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [("Story continues below", "", "", "B")],
        [
            (
                "In Tolberry, Reeve Garth Olinsky said the town's station closed in March 2019 and residents had since waited up to an hour for an ambulance.",
                "Garth Olinsky",
                "said",
                "W",
            ),
            (
                "He said a farmer who broke his leg in a grain bin last fall waited 58 minutes for paramedics to arrive.",
                "Garth Olinsky",
                "said",
                "W",
            ),
        ],
        [
            ("“We're pleased, don't get me wrong,” Olinsky said.", "Garth Olinsky", "said", ""),
            ("“But we've heard promises before.”", "Garth Olinsky", "said", ""),
        ],
        [("WATCH | Rural paramedics describe long drives between calls:", "", "", "B")],
        [("Duration 2:14", "", "", "B")],
        [
            (
                "Paramedics in western Manitoba say they regularly drive more than 100 kilometres between calls.",
                "Paramedics in western Manitoba",
                "say",
                "W",
            )
        ],
        [
            (
                "NDP health critic Dale Feverstone said the same government had closed the four stations it was now promising to reopen.",
                "Dale Feverstone",
                "said",
                "W",
            ),
            (
                "“This is a government putting out a fire it started,” he said.",
                "Dale Feverstone",
                "said",
                "",
            ),
        ],
        [
            (
                "Nadia Quarringbourne, who studies emergency services at the University of Manitoba, said the province trains about 90 primary care paramedics a year.",
                "Nadia Quarringbourne",
                "said",
                "W",
            ),
            (
                "She said it could take until 2030 to fill every new position.",
                "Nadia Quarringbourne",
                "said",
                "",
            ),
            (
                "“A hundred and twenty is a real number, and that's not nothing.”",
                "Nadia Quarringbourne",
                "said",
                "",
            ),
        ],
        [
            (
                "The province said the first two stations would reopen in the fall, with the other two to follow in 2028.",
                "The province",
                "said",
                "",
            )
        ],
        [("With files from Ramon Akerstell", "", "", "B")],
        [("Related Stories", "", "", "B")],
        [("Brandon hospital emergency room to close overnight for 3 weeks", "", "", "B")],
        [("Paramedics in Manitoba ratify new contract with 11% raise over 4 years", "", "", "B")],
        [("Corrections and clarifications | Submit a news tip | Report error", "", "", "B")],
        [
            ("©2027 Borealwave Broadcasting Corporation.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("Visitez Borealwave Nouvelles", "", "", "B")],
        [("About Borealwave | Accessibility | Privacy | Terms of use | Jobs", "", "", "B")],
    ],
    [
        [("bayanlink", "", "", "B")],
        [("Mail | News | Finance | Sports | Entertainment | Lifestyle | Weather", "", "", "B")],
        [("Sign in", "", "", "B")],
        [("Trending: Metro traffic advisory | PBA scores | Peso today", "", "", "B")],
        [("Finance", "", "", "B")],
        [("Philippine rice prices fall to near two-year low as imports surge", "", "", "W")],
        [("Sulyapress", "", "", "B")],
        [("Thu, March 11, 2027, 2:40 PM GMT+8 · 2 min read", "", "", "B")],
        [("In this article:", "", "", "B")],
        [("Share   Facebook   X   Email", "", "", "B")],
        [
            (
                "MANILA (Sulyapress) - Retail prices of regular milled rice in Metro Manila fell to an average of 44.50 pesos a kilogram last week, the lowest in nearly two years, government data showed on Thursday.",
                "government data",
                "showed",
                "W",
            )
        ],
        [
            (
                "The average was 47.20 pesos a month earlier, according to the Department of Agriculture's weekly price monitor.",
                "the Department of Agriculture's weekly price monitor",
                "according to",
                "W",
            )
        ],
        [
            (
                "Agriculture Assistant Secretary Liza Montecarral said the drop reflected lower import costs and a harvest that was 6% bigger than expected.",
                "Liza Montecarral",
                "said",
                "W",
            ),
            (
                "“Consumers are finally feeling it in the market,” she told reporters.",
                "Liza Montecarral",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "Imports reached 1.1 million tonnes in January and February, up from 870,000 tonnes a year earlier, customs figures show.",
                "customs figures",
                "show",
                "W",
            )
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "But farmers say the cheaper imports are pushing down what mills pay for unhusked rice, known as palay.",
                "farmers",
                "say",
                "W",
            ),
            (
                "Rodel Mabansag, chairman of the Central Luzon Palay Growers Federation, said farmgate prices in Nueva Ecija had fallen to 17 pesos a kilo from 21 pesos in December.",
                "Rodel Mabansag",
                "said",
                "W",
            ),
            (
                "“If this continues, many of our members will not plant next season,” he said.",
                "Rodel Mabansag",
                "said",
                "",
            ),
        ],
        [
            (
                "At a market in Quezon City, rice vendor Marites Olandesca said her sales had picked up by about a fifth since February.",
                "Marites Olandesca",
                "said",
                "W",
            )
        ],
        [
            (
                "“People were buying by the half-kilo before... now they buy five kilos again,” she said.",
                "Marites Olandesca",
                "said",
                "",
            ),
            ("“Even the jeepney drivers are smiling.”", "Marites Olandesca", "said", ""),
        ],
        [
            (
                "Inflation slowed to 2.4% in February from 2.9% in January, largely because of cheaper rice, the statistics agency said last week.",
                "the statistics agency",
                "said",
                "W",
            )
        ],
        [
            (
                "“Rice has been doing a lot of the heavy lifting on inflation,” said Jerome Tanbucay, chief economist at Kalindaw Bank.",
                "Jerome Tanbucay",
                "said",
                "",
            ),
            (
                "He expects the central bank to cut its policy rate by 25 basis points in April.",
                "Jerome Tanbucay",
                "expects",
                "",
            ),
        ],
        [("($1 = 56.80 pesos)", "", "", "B")],
        [("(Reporting by Carmina Velasquello; Editing by Brent Holdenmoor)", "", "", "B")],
        [("Terms and Privacy Policy", "", "", "B")],
        [("Privacy Dashboard", "", "", "B")],
        [("Recommended Stories", "", "", "B")],
        [("Sugar millers in Negros seek delay in import plan", "", "", "B")],
        [("PSEi ends higher for third day on bank gains", "", "", "B")],
        [("Peso closes at 56.80 to the dollar", "", "", "B")],
        [
            ("Bayanlink is part of the Kalindaw Media Group.", "", "", "B"),
            ("© 2027 Kalindaw Media Group Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("About our ads | Help | Feedback | Sitemap", "", "", "B")],
    ],
    [
        [("THE RUAKIRI GAZETTE", "", "", "B")],
        [("Your free community paper since 1978", "", "", "B")],
        [("Home | Local News | Sport | Community Notices | Classifieds | Contact", "", "", "B")],
        [("Local News", "", "", "B")],
        [("Ruakiri pool reopens after $1.8m upgrade, but winter hours stay short", "", "", "W")],
        [("Words: Hollie Marchtreuil", "", "", "B")],
        [("Friday, 12 March 2027", "", "", "B")],
        [
            ("Swimmers try out the new learners' pool on Saturday morning.", "", "", ""),
            ("Photo: Supplied", "", "", "B"),
        ],
        [
            (
                "The Ruakiri Community Pool reopened on Saturday after a seven-month, $1.8 million upgrade that added a heated learners' pool, new changing rooms and a ramp into the main pool.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Pool manager Jolene Parewhaiti said 412 people came through the doors on the first day, more than on any day last summer.",
                "Jolene Parewhaiti",
                "said",
                "W",
            ),
            (
                "“We had kids lined up outside at ten to six in the morning, which I've never seen,” she said.",
                "Jolene Parewhaiti",
                "said",
                "",
            ),
            ("“It was lovely.”", "Jolene Parewhaiti", "said", ""),
        ],
        [
            (
                "Council papers show the project came in $140,000 over its original budget, mainly because asbestos was found in the old changing block.",
                "Council papers",
                "show",
                "W",
            ),
            (
                "The extra money came from the district council's reserves.",
                "Council papers",
                "show",
                "W",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Community board chairman Bevan Hollinsbrae said the board had lobbied for the upgrade for nine years.",
                "Bevan Hollinsbrae",
                "said",
                "W",
            )
        ],
        [
            ("“It's a great result for the town,” he said.", "Bevan Hollinsbrae", "said", ""),
            ("“Now we need the hours to match.”", "Bevan Hollinsbrae", "said", ""),
            (
                "He said the pool would close at 6pm on weekdays from May, as it did last winter.",
                "Bevan Hollinsbrae",
                "said",
                "W",
            ),
        ],
        [
            (
                "Marama Kotuiti, head coach of the Ruakiri Swim Club, said the new pool was a big step but the club's 68 members would still need lanes after work.",
                "Marama Kotuiti",
                "said",
                "",
            ),
            (
                "She said the club had lost 15 swimmers to the pool in Tarawhenga since 2024 because of the early winter closing.",
                "Marama Kotuiti",
                "said",
                "W",
            ),
        ],
        [
            ("“Where do we go in winter?", "Marama Kotuiti", "said", ""),
            ("Forty minutes in the car, twice a week.", "Marama Kotuiti", "said", ""),
            ("That's what families are doing.”", "Marama Kotuiti", "said", ""),
        ],
        [
            (
                "Ms Parewhaiti said staying open until 8pm would cost about $62,000 a year, mostly in lifeguard wages.",
                "Jolene Parewhaiti",
                "said",
                "W",
            ),
            (
                "She said the council would consider longer hours when it sets its annual plan in June.",
                "Jolene Parewhaiti",
                "said",
                "",
            ),
        ],
        [
            (
                "Tessa Rawnsbury, who brought her two daughters for their first lesson on Saturday, said the learners' pool was “warm as a bath” and much less scary for little ones.",
                "Tessa Rawnsbury",
                "said",
                "",
            ),
            ("“They didn't want to get out!” she said.", "Tessa Rawnsbury", "said", ""),
        ],
        [("Gazette Notices", "", "", "B")],
        [
            ("Ruakiri Bowling Club open day, Sunday 21 March, 10am.", "", "", "B"),
            ("All welcome.", "", "", "B"),
        ],
        [
            ("Lost: grey cat, answers to Muffin, Tarawhenga Road area.", "", "", "B"),
            ("Phone 027 418 3306.", "", "", "B"),
        ],
        [("Also in this week's Gazette", "", "", "B")],
        [("Volunteers wanted for Anzac Day parade marshals", "", "", "B")],
        [("Fire brigade's new tanker arrives after 18-month wait", "", "", "B")],
        [
            ("Have a story for us?", "", "", "B"),
            ("Email news@ruakirigazette.co.nz or drop in to 14 Matipowood St.", "", "", "B"),
            ("We're open weekdays 9am to 3pm.", "", "", "B"),
        ],
        [("The Ruakiri Gazette is delivered free to 6,200 homes every Friday.", "", "", "B")],
        [("© 2027 Ruakiri Gazette Ltd.", "", "", "B")],
        [("Privacy | Advertise with us | Delivery problems", "", "", "B")],
    ],
    [
        [
            (
                "LIVE: Cockpit Classic day two   |   Women's 200m final 8:05 p.m.   |   Men's 4x100m relay 8:40 p.m.",
                "",
                "",
                "B",
            )
        ],
        [("TRACKYARD", "", "", "B")],
        [("Athletics | Football | Cricket | Netball | Schoolboy | Results", "", "", "B")],
        [("Track & Field › Local meets", "", "", "B")],
        [
            (
                "Wellesborne runs 9.94 to win Cockpit Classic 100m, world championships qualifier",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The 22-year-old beat a stacked field at the National Stadium and says there is more to come",
                "Tajay Wellesborne",
                "says",
                "",
            )
        ],
        [("By Delroy Maxfieldton", "", "", "B")],
        [("Saturday, March 13, 2027", "", "", "B")],
        [("Share   WhatsApp   Facebook   X", "", "", "B")],
        [
            (
                "Tajay Wellesborne celebrates after crossing the line in the men's 100m final.",
                "",
                "",
                "",
            ),
            ("(Photo: Trackyard/Andre Kemblestone)", "", "", "B"),
        ],
        [
            (
                "Tajay Wellesborne ran a personal best of 9.94 seconds to win the men's 100 metres at the Cockpit Classic at the National Stadium in Kingston on Friday night.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The time, run into a legal tailwind of 1.4 metres per second, is inside the qualifying standard for this year's world championships.",
                "",
                "",
                "W",
            ),
            (
                "Wellesborne, who grew up in Old Harbour, St. Catherine, took 0.05 off the best he set in Clermont, Fla., last May.",
                "",
                "",
                "W",
            ),
            (
                "Odane Brissford was second in 9.99 and Ricardo Ellisthorpe third in 10.08.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“I'm not going to lie to you, I thought it was 10-flat when I crossed the line,” Wellesborne said.",
                "Tajay Wellesborne",
                "said",
                "",
            ),
            (
                "“Then I looked up at the board and I just started screaming!”",
                "Tajay Wellesborne",
                "said",
                "",
            ),
        ],
        [
            (
                "He said he had changed his start in January after watching slow-motion video of his races from last season.",
                "Tajay Wellesborne",
                "said",
                "W",
            ),
            (
                "“The work is paying off... and there's more in the tank.”",
                "Tajay Wellesborne",
                "said",
                "",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "His coach, Glenmore Pattersall, said Wellesborne had run 10.11 at the same meet a year ago.",
                "Glenmore Pattersall",
                "said",
                "W",
            ),
            (
                "“Now we go and get ready for trials, that's the only thing that matters,” Pattersall said.",
                "Glenmore Pattersall",
                "said",
                "",
            ),
        ],
        [
            (
                "Brissford, the national champion, said he was happy with his race but his legs felt heavy in the last 20 metres.",
                "Odane Brissford",
                "said",
                "",
            ),
            (
                "He said he had only come back from a hamstring injury in February.",
                "Odane Brissford",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Watch me at trials, that's all I'm going to say,” he said.",
                "Odane Brissford",
                "said",
                "",
            ),
            (
                "The crowd, many of them schoolchildren in their team colours, stayed on their feet until the results went up.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Meet director Sharlene Vassington said 11,400 tickets were sold for the two days, a record for the meet.",
                "Sharlene Vassington",
                "said",
                "W",
            ),
            (
                "She said organisers would ask the sports ministry to help bring in more overseas athletes next year.",
                "Sharlene Vassington",
                "said",
                "",
            ),
        ],
        [("Read also: Chambersmoor pulls out of 200m with tight calf, eyes trials", "", "", "B")],
        [("RESULTS", "", "", "B")],
        [("Men's 100m final (wind: +1.4 m/s)", "", "", "B")],
        [("1. Tajay Wellesborne (Kingston Harriers) 9.94 PB", "", "", "")],
        [("2. Odane Brissford (Manchester Lions TC) 9.99", "", "", "")],
        [("3. Ricardo Ellisthorpe (St. Elizabeth AC) 10.08", "", "", "")],
        [("More Track & Field", "", "", "B")],
        [("Schoolboy sprint star signs with U.S. college ahead of Penn Relays", "", "", "B")],
        [("Relay squads named for World Relays in Gaborone", "", "", "B")],
        [
            ("Copyright © 2027 Trackyard Sports Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("About | Advertise | Privacy Policy | Contact", "", "", "B")],
    ],
    [
        [("EKOBIZ DAILY", "", "", "B")],
        [
            (
                "NGX ASI 118,442.61 ▲0.84%   |   Brent $81.20   |   USD/NGN ₦1,512.40   |   Gold $2,940",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Home | Markets | Companies | Economy | Energy | Banking | Opinion | e-Paper",
                "",
                "",
                "B",
            )
        ],
        [("Companies", "", "", "B")],
        [
            (
                "Ogbaraku Cement raises bag price to ₦9,800 as full-year profit climbs 31%",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Dealers warn builders will bear the cost as rainy season approaches",
                "Dealers",
                "warn",
                "",
            )
        ],
        [("By Kelechi Nwadiugwu", "", "", "B")],
        [("March 12, 2027 | 6:15 am", "", "", "B")],
        [("Share on: Facebook | X | LinkedIn | WhatsApp", "", "", "B")],
        [
            (
                "Ogbaraku Cement Plc will raise the ex-factory price of a 50kg bag of cement to ₦9,800 from Monday, up from ₦8,900, according to filings with the Nigerian Exchange.",
                "filings with the Nigerian Exchange",
                "according to",
                "W",
            )
        ],
        [
            (
                "The company said its profit after tax for the year to December rose 31% to ₦214.6bn, on revenue of ₦1.38tn.",
                "The company",
                "said",
                "W",
            ),
            ("It said sales volumes fell 4% to 9.2 million tonnes.", "The company", "said", "W"),
        ],
        [
            (
                "The board has proposed a final dividend of ₦12.50 per share, to be paid to shareholders on the register of Ogbaraku Cement Plc.",
                "",
                "",
                "W",
            ),
            (
                "Chief financial officer Chinonso Aghadiuno said on an investor call on Thursday that energy made up 46% of the company's production costs last year, up from 38% in 2025.",
                "Chinonso Aghadiuno",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We have held prices for as long as we responsibly could,” she said.",
                "Chinonso Aghadiuno",
                "said",
                "",
            ),
            (
                "She said the company had spent ₦71bn converting two kilns at its Odoluwa plant to run on gas.",
                "Chinonso Aghadiuno",
                "said",
                "W",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "In Onitsha, cement dealer Ikechukwu Obiakornwa said retail prices had already reached ₦10,500 a bag in some markets by Thursday evening.",
                "Ikechukwu Obiakornwa",
                "said",
                "W",
            ),
            (
                "“By the time it gets to the site, the builder will be paying eleven thousand,” he said.",
                "Ikechukwu Obiakornwa",
                "said",
                "",
            ),
            ("“Who is going to build a house at that price?”", "Ikechukwu Obiakornwa", "said", ""),
        ],
        [
            (
                "The president of the Nigerian Institution of Site Builders, Engr. Babatunde Olaniwere, said cement accounted for about a quarter of the cost of a typical bungalow.",
                "Babatunde Olaniwere",
                "said",
                "W",
            ),
            (
                "He said the association would write to the federal government to ask for a review of import duties on cement.",
                "Babatunde Olaniwere",
                "said",
                "",
            ),
        ],
        [("Also read: Naira firms at official window as reserves rise to $41.2bn", "", "", "B")],
        [
            (
                "Analysts at Lekki Crest Securities said the price increase “looks aggressive” but would protect margins.",
                "Analysts at Lekki Crest Securities",
                "said",
                "",
            )
        ],
        [
            (
                "“We expect the company to pass on most of its energy costs in the first half,” Temitope Falodunmi, head of research at the firm, wrote in a note.",
                "Temitope Falodunmi",
                "wrote",
                "",
            ),
            (
                "She noted that the shares had gained 18% since January, against 6% for the exchange's all-share index.",
                "Temitope Falodunmi",
                "noted",
                "W",
            ),
        ],
        [("Shares of Ogbaraku Cement closed at ₦612.00 on Thursday, up 2.3%.", "", "", "W")],
        [
            (
                "Disclaimer: This article is for information only and is not investment advice.",
                "",
                "",
                "B",
            )
        ],
        [("Related", "", "", "B")],
        [("Flour millers raise bread prices for second time this year", "", "", "B")],
        [("Explainer: why cement costs more in Nigeria than in Ghana", "", "", "B")],
        [("© 2027 Ekobiz Media Limited.", "", "", "B"), ("All rights reserved.", "", "", "B")],
        [("About Us | Advertise | Terms of Use | Privacy Policy | Contact", "", "", "B")],
    ],
    [
        [("WIREBENCH", "", "", "B")],
        [("Reviews | Gadgets | Security | AI | Deals | Podcasts", "", "", "B")],
        [("Security", "", "", "B")],
        [
            (
                "Stoopcam left 240,000 customers' doorbell clips open on the web for six weeks",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "A researcher says she could scroll through strangers' porches “like a photo album”",
                "Priya Valdermoot",
                "says",
                "",
            )
        ],
        [
            (
                "By Devin Sorrellbrook, a senior security reporter who covers privacy and data breaches.",
                "",
                "",
                "B",
            )
        ],
        [("Mar 11, 2027, 3:12 PM EST", "", "", "B")],
        [("Comments (214)", "", "", "B")],
        [
            ("If you buy something from a Wirebench link, we may earn a commission.", "", "", "B"),
            ("See our ethics statement.", "", "", "B"),
        ],
        [
            ("A Stoopcam video doorbell mounted beside a front door.", "", "", ""),
            ("Image: Stoopcam", "", "", "B"),
        ],
        [
            (
                "Stoopcam left about 240,000 customers' doorbell clips open to anyone on the internet for at least six weeks, the company confirmed on Thursday.",
                "Stoopcam",
                "confirmed",
                "W",
            )
        ],
        [
            (
                "The clips, stored on a misconfigured cloud server, showed front porches, driveways and, in some cases, the inside of homes, according to Priya Valdermoot, the independent security researcher who found the exposure.",
                "Priya Valdermoot",
                "according to",
                "W",
            )
        ],
        [
            (
                "Valdermoot told Wirebench she found the server on Feb. 22 and reported it to the company the same day.",
                "Priya Valdermoot",
                "told Wirebench",
                "W",
            ),
            (
                "“I could scroll through people's front doors like a photo album,” she said.",
                "Priya Valdermoot",
                "said",
                "",
            ),
            (
                "She said she did not download any of the footage beyond a small sample to confirm the problem.",
                "Priya Valdermoot",
                "said",
                "W",
            ),
        ],
        [
            (
                "Stoopcam said in a statement that the server had been secured on March 5 and that it had “no evidence” that anyone other than the researcher had accessed the clips.",
                "Stoopcam",
                "said in a statement",
                "W",
            ),
            (
                "The company said it would email affected customers this week and offer them two years of free cloud storage.",
                "The company",
                "said",
                "",
            ),
            (
                "It did not say why it took 11 days to lock down the server after the report.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Stoopcam sells its doorbells for $89 at big-box stores across the U.S.", "", "", "W"),
            (
                "The company says it has more than 1.6 million active devices.",
                "The company",
                "says",
                "W",
            ),
            (
                "It was bought by the home-security group Larchfordham Vantage Inc. in 2025.",
                "",
                "",
                "W",
            ),
        ],
        [("Related", "", "", "B")],
        [("The best video doorbells for 2027, tested on a very windy porch", "", "", "B")],
        [
            (
                "Marguerite Tolhaven, a privacy lawyer at Brightcastle LLP in Chicago, said companies that store video from people's homes have a “special duty” to get the basics right.",
                "Marguerite Tolhaven",
                "said",
                "",
            )
        ],
        [
            ("“This wasn't a sophisticated hack.", "Marguerite Tolhaven", "said", ""),
            (
                "Somebody left the door open, which is a little ironic for a doorbell company.”",
                "Marguerite Tolhaven",
                "said",
                "",
            ),
        ],
        [
            (
                "Federal regulators fined another camera maker $5.8 million in 2023 over a similar failure to protect customer video.",
                "",
                "",
                "W",
            ),
            (
                "A spokesperson for the Federal Trade Commission declined to comment.",
                "A spokesperson for the Federal Trade Commission",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "Several customers who posted on Stoopcam's community forum on Thursday said they had not yet received any email.",
                "Several customers who posted on Stoopcam's community forum",
                "said",
                "W",
            )
        ],
        [
            ("“I bought this thing to feel safer.", "one user", "wrote", ""),
            ("Now I feel like I was on TV,” one user wrote.", "one user", "wrote", ""),
        ],
        [("Update, March 11th, 2027, 5:40PM ET: Added comment from the FTC.", "", "", "B")],
        [
            ("Devin Sorrellbrook", "", "", "B"),
            ("Devin covers security and privacy for Wirebench.", "", "", "B"),
            ("Send tips securely on Signal at devin.41 or by email.", "", "", "B"),
        ],
        [("Most Popular", "", "", "B")],
        [("Your smart fridge is listening less than you think", "", "", "B")],
        [("We tried every budget robot vacuum so you don't have to", "", "", "B")],
        [("© 2027 Wirebench Media, Inc.", "", "", "B"), ("All rights reserved.", "", "", "B")],
        [
            (
                "Terms of Use | Privacy Notice | Cookie Policy | Do Not Sell or Share My Personal Information",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [("SCIENCESHED", "", "", "B")],
        [("Environment | Health | Space | Tech | Earth | Animals", "", "", "B")],
        [("Ecology", "", "", "B")],
        [
            (
                "Native bees visit city verges twice as often when the grass is left to grow",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Mowing less could be one of the cheapest things councils do for pollinators, the researchers say",
                "the researchers",
                "say",
                "",
            )
        ],
        [("By Georgie Hallbrand", "", "", "B")],
        [("Science reporter", "", "", "B")],
        [("Published 12 March 2027", "", "", "B")],
        [("Reading time: 4 minutes", "", "", "B")],
        [
            (
                "A blue-banded bee feeds on a flowering weed on an unmown verge in Brisbane.",
                "",
                "",
                "",
            ),
            ("Image: Kirrily Wandermoot", "", "", "B"),
        ],
        [
            (
                "Native bees visited roadside verges in Brisbane 2.1 times as often when the grass was mown once a season rather than once a fortnight, according to a study published on Thursday.",
                "a study published on Thursday",
                "according to",
                "W",
            )
        ],
        [
            (
                "The researchers counted insects on 48 verges over two springs, leaving half of them unmown between September and December.",
                "",
                "",
                "W",
            ),
            (
                "On the longer verges they recorded 37 species of native bee, compared with 22 on the short ones, the team found.",
                "the team",
                "found",
                "W",
            ),
        ],
        [
            (
                "Lead author Dr Kirrily Wandermoot, an ecologist at the University of Queensland, said the difference showed up within about three weeks of the mowers stopping.",
                "Kirrily Wandermoot",
                "said",
                "W",
            ),
            ("“We honestly expected a small effect,” she said.", "Kirrily Wandermoot", "said", ""),
        ],
        [
            ("“Instead the bees came back almost straight away.", "Kirrily Wandermoot", "said", ""),
            (
                "Clover, dandelions and flatweed flowered on the verges we left, and that's what they were feeding on.”",
                "Kirrily Wandermoot",
                "said",
                "W",
            ),
            (
                "She said it was “the cheapest conservation measure you'll ever see”.",
                "Kirrily Wandermoot",
                "said",
                "",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "The study found no difference in the number of snakes or ticks reported by residents living next to the unmown verges.",
                "The study",
                "found",
                "W",
            ),
            (
                "Residents made 14 complaints about the long grass over the two seasons, most of them in the first month.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Co-author Liam Osterbye said the team now wanted to repeat the work in hotter, drier cities such as Adelaide and Perth.",
                "Liam Osterbye",
                "said",
                "",
            )
        ],
        [("Related: Why your backyard lawn is a food desert for insects", "", "", "B")],
        [
            (
                "Phil Cantlemore, who manages parks for a council in Brisbane's south, said his crews mowed about 1,900 kilometres of verge every fortnight in summer.",
                "Phil Cantlemore",
                "said",
                "W",
            ),
            (
                "He said the council would trial longer mowing intervals on 60 streets from September.",
                "Phil Cantlemore",
                "said",
                "",
            ),
        ],
        [
            (
                "“Some people love a neat verge and they'll ring us about it, no question.",
                "Phil Cantlemore",
                "said",
                "",
            ),
            (
                "But if we can explain why, I think most people will come round.”",
                "Phil Cantlemore",
                "said",
                "",
            ),
        ],
        [
            (
                "Ruth Dellaquist, an entomologist who was not involved in the study, said it was well designed but only covered two springs.",
                "Ruth Dellaquist",
                "said",
                "",
            ),
            (
                "“One good spring can flatter the results... I'd want to see five years of data before anyone rewrites their mowing contracts.”",
                "Ruth Dellaquist",
                "said",
                "",
            ),
        ],
        [
            (
                "Journal reference: Wandermoot K, Osterbye L, Tranmere-Quillondt A, et al. Mow less, see more: verge management and native bee visitation in a subtropical city. Urban Ecol Lett. 2027;9(2):114-127.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Funding: The research was funded by an Australian Research Council Discovery Project grant.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Correction, 12 March: An earlier version of this article gave the wrong number of verges.",
                "",
                "",
                "B",
            ),
            ("It was 48.", "", "", "B"),
        ],
        [("Republish this article", "", "", "B")],
        [
            ("We believe in the free flow of information.", "", "", "B"),
            (
                "Republish our articles for free, online or in print, under a Creative Commons licence.",
                "",
                "",
                "B",
            ),
        ],
        [("© 2027 Scienceshed Pty Ltd.", "", "", "B")],
        [("About | Contact | Privacy | Editorial policy", "", "", "B")],
    ],
    [
        [("VAALSTROOM HERALD", "", "", "B")],
        [("News | Courts | Politics | Sport | Lifestyle | Motoring | Property", "", "", "B")],
        [("News / Courts", "", "", "B")],
        [("Municipal clerk granted R10,000 bail in R2.3m fraud case", "", "", "W")],
        [
            (
                "Prosecutors say payments for road repairs went to a company linked to her husband",
                "Prosecutors",
                "say",
                "W",
            )
        ],
        [("Lerato Mashinini", "", "", "B")],
        [("Court reporter", "", "", "B")],
        [("13 March 2027 | 10:48", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Email", "", "", "B")],
        [
            ("Nomvula Zikhalani leaves the Vaalstroom Magistrate's Court on Friday.", "", "", ""),
            ("Image: Herald / Sipho Nkwelamanzi", "", "", "B"),
        ],
        [
            (
                "A senior clerk in the Lekwadi Local Municipality's finance department was granted R10,000 bail in the Vaalstroom Magistrate's Court on Friday on charges of fraud and theft involving R2.3 million.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Nomvula Zikhalani, 44, is accused of approving 37 payments for pothole repairs between 2023 and 2025 for work that was never done.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "National Prosecuting Authority regional spokesperson Lwazi Mkhondwana said the payments went to Mosetlho Road Surfaces (Pty) Ltd, a company whose sole director is Zikhalani's husband.",
                "Lwazi Mkhondwana",
                "said",
                "W",
            ),
            (
                "He said the matter was referred to the police by the municipality in August last year after an internal audit.",
                "Lwazi Mkhondwana",
                "said",
                "W",
            ),
        ],
        [
            (
                "Prosecutor Adv. Thabiso Radikgomo told the court the State had bank records showing that about R1.4 million was moved from the company's account to Zikhalani's personal account within days of each payment.",
                "Thabiso Radikgomo",
                "told the court",
                "W",
            ),
            (
                "He said the State did not oppose bail but asked that she be barred from the municipal offices.",
                "Thabiso Radikgomo",
                "said",
                "",
            ),
        ],
        [
            (
                "Her attorney, Johan Kleinhoutsen, told the court that his client had worked for the municipality for 19 years without a disciplinary record.",
                "Johan Kleinhoutsen",
                "told the court",
                "W",
            ),
            (
                "“My client will plead not guilty and intends to clear her name,” he said.",
                "Johan Kleinhoutsen",
                "said",
                "",
            ),
            (
                "He said she had handed in her passport to the investigating officer on Thursday.",
                "Johan Kleinhoutsen",
                "said",
                "W",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Magistrate Refilwe Matlapeng granted bail on condition that Zikhalani report to the Vaalstroom police station every Monday and not contact any witnesses.",
                "",
                "",
                "W",
            ),
            ("The case was postponed to 22 April for further investigation.", "", "", "W"),
        ],
        [
            (
                "Zikhalani, who wore a navy coat and kept her head down, did not speak to reporters as she left court with family members.",
                "",
                "",
                "",
            )
        ],
        [("READ MORE: Auditor flags R48m in irregular spending at Lekwadi", "", "", "B")],
        [
            (
                "Municipal spokesperson Mpho Seletswane said Zikhalani was suspended with full pay in September.",
                "Mpho Seletswane",
                "said",
                "W",
            ),
            (
                "“The municipality will co-operate fully with the investigation and will not comment further while the matter is before court,” she said.",
                "Mpho Seletswane",
                "said",
                "",
            ),
        ],
        [
            (
                "Outside court, about 20 residents from Extension 4 held placards reading “Fix our roads first”.",
                "",
                "",
                "",
            ),
            (
                "Andile Bhekithemba, a community leader, said the street outside his house had 11 potholes and had not been repaired since 2022.",
                "Andile Bhekithemba",
                "said",
                "W",
            ),
            (
                "“They paid for it on paper, but on the ground nothing came,” he said.",
                "Andile Bhekithemba",
                "said",
                "",
            ),
        ],
        [
            ("Want to stay informed?", "", "", "B"),
            ("Join our WhatsApp channel for the latest news.", "", "", "B"),
        ],
        [("Related Articles", "", "", "B")],
        [("Councillor in court for tender rigging case granted R5,000 bail", "", "", "B")],
        [("Police hunt gang behind cable theft in Extension 9", "", "", "B")],
        [
            ("© 2027 Vaalstroom Herald (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "Contact Us | Terms and Conditions | Privacy Policy | PAIA Manual | Complaints",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [("KIANGAZI DAILY", "", "", "B")],
        [("News | Politics | Business | Counties | Sports | Opinion | Video", "", "", "B")],
        [("LIVE", "", "", "B")],
        [
            (
                "Budget 2027/28 live: Treasury CS reads Sh4.6 trillion spending plan in Parliament",
                "",
                "",
                "W",
            )
        ],
        [("By Kiangazi Daily Reporters", "", "", "B")],
        [("Updated 4:52pm EAT, Thursday, June 10, 2027", "", "", "B")],
        [("Share   WhatsApp   X   Facebook", "", "", "B")],
        [("Refresh for the latest updates", "", "", "B")],
        [("4:52pm", "", "", "B")],
        [("Key event", "", "", "B")],
        [("Budget reading ends after 2 hours and 14 minutes", "", "", "W")],
        [
            (
                "Treasury Cabinet Secretary Josephat Mwakirunge closed his statement at 4:49pm to loud applause from the government side of the House.",
                "",
                "",
                "W",
            ),
            ("The Speaker adjourned the sitting until Tuesday.", "", "", "W"),
        ],
        [("— Wanjiru Kamaukiru", "", "", "B")],
        [("4:40pm", "", "", "B")],
        [("Mobile money excise stays at 15%", "", "", "W")],
        [
            (
                "Excise duty on mobile money transfer fees will remain at 15%, the CS said, dropping a proposal floated in April to raise it to 20%.",
                "Josephat Mwakirunge",
                "said",
                "W",
            ),
            (
                "“We have listened to Kenyans,” he told the House.",
                "Josephat Mwakirunge",
                "said",
                "",
            ),
        ],
        [("— Wanjiru Kamaukiru", "", "", "B")],
        [("4:21pm", "", "", "B")],
        [("Opposition MPs walk out", "", "", "W")],
        [
            (
                "About 30 opposition MPs walked out of the chamber as the CS began reading the tax measures.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Minority Leader Hon. Barasa Okumbiro told reporters outside the chamber that the budget was “a tax plan dressed up as a development plan”.",
                "Barasa Okumbiro",
                "told reporters",
                "",
            ),
            ("“Where is the money for the farmers?” he asked.", "Barasa Okumbiro", "asked", ""),
            (
                "He said allocations to agriculture had fallen from Sh81.2 billion to Sh74.6 billion.",
                "Barasa Okumbiro",
                "said",
                "W",
            ),
        ],
        [("— Kevin Otwomaa", "", "", "B")],
        [("3:58pm", "", "", "B")],
        [("Key event", "", "", "B")],
        [("Total spending set at Sh4.6 trillion", "", "", "W")],
        [
            (
                "Mr Mwakirunge said total spending for the year starting July 1 would be Sh4.61 trillion, up from Sh4.29 trillion this year.",
                "Josephat Mwakirunge",
                "said",
                "W",
            ),
            (
                "He said the deficit would narrow to 4.3% of GDP from 5.1%.",
                "Josephat Mwakirunge",
                "said",
                "W",
            ),
            (
                "He said the government expected the economy to grow 5.4% next year.",
                "Josephat Mwakirunge",
                "said",
                "",
            ),
        ],
        [("— Wanjiru Kamaukiru", "", "", "B")],
        [("3:30pm", "", "", "B")],
        [("Education gets the biggest share", "", "", "W")],
        [
            (
                "Education will receive Sh702.3 billion, the largest single allocation, according to the budget statement.",
                "the budget statement",
                "according to",
                "W",
            ),
            (
                "Of that, Sh38.5 billion is set aside to hire 20,000 intern teachers on permanent terms.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dr Wairimu Gachanjira, an economist at a Nairobi think tank, said the deficit target was “ambitious but not impossible”.",
                "Wairimu Gachanjira",
                "said",
                "",
            ),
            (
                "“The question is whether revenue collection will hit the numbers, and it hasn't for three years,” she said.",
                "Wairimu Gachanjira",
                "said",
                "",
            ),
        ],
        [("— Kevin Otwomaa", "", "", "B")],
        [("3:05pm", "", "", "B")],
        [("CS arrives at Parliament", "", "", "")],
        [
            (
                "Mr Mwakirunge arrived at Parliament Buildings shortly after 3pm, holding up the budget briefcase for photographers on the steps.",
                "",
                "",
                "",
            ),
            (
                "He was accompanied by the Principal Secretary and a small group of Treasury officials.",
                "",
                "",
                "",
            ),
        ],
        [("2:45pm", "", "", "B")],
        [
            (
                "Good afternoon and welcome to our live coverage of the budget statement.",
                "",
                "",
                "",
            ),
            ("The CS is due to start reading at 3.30pm in the National Assembly.", "", "", "W"),
        ],
        [
            (
                "Ahead of the reading, Peter Kinyanjoroge, chairman of the Kenya Small Traders Alliance, said its members paid Sh12.8 billion in turnover tax last year.",
                "Peter Kinyanjoroge",
                "said",
                "W",
            ),
            ("“We are asking for relief, not handouts.", "Peter Kinyanjoroge", "said", ""),
            ("Is that too much to ask?”", "Peter Kinyanjoroge", "said", ""),
        ],
        [("This blog has now ended.", "", "", "B"), ("Thank you for following.", "", "", "B")],
        [("Related", "", "", "B")],
        [("How the 2026/27 budget was spent: the numbers", "", "", "B")],
        [("Fuel prices unchanged in monthly review", "", "", "B")],
        [("Follow us on X @kiangazidaily for breaking news.", "", "", "B")],
        [("© 2027 Kiangazi Media Group Ltd.", "", "", "B")],
        [("About Us | Contact | Advertise | Privacy Policy | Terms of Service", "", "", "B")],
    ],
    [
        [("THE SHANNONVALE EXAMINER", "", "", "B")],
        [
            (
                "News | Sport | Business | Opinion | Farming | Property | Lifestyle | Death Notices",
                "",
                "",
                "B",
            )
        ],
        [("Opinion › Columnists", "", "", "B")],
        [
            (
                "Renters in our towns are being told to wait for a market that isn't coming",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Every new scheme promises relief, but tenants in the midlands keep paying more, writes Aoife Drennaghan",
                "Aoife Drennaghan",
                "writes",
                "",
            )
        ],
        [("Aoife Drennaghan", "", "", "B")],
        [("Sat 13 Mar 2027 at 06:00", "", "", "B")],
        [("Listen to this article", "", "", "B")],
        [("5 min read", "", "", "B")],
        [
            (
                "Last Sunday I stood in a queue of 23 people outside a two-bedroom house in Shannonvale.",
                "",
                "",
                "",
            ),
            (
                "It was raining, it was the first viewing of the day, and nobody in that queue expected to get the house.",
                "",
                "",
                "",
            ),
        ],
        [("The rent was €1,650 a month.", "", "", "W")],
        [
            (
                "Ten years ago, a house like it on the same street would have rented for about €800.",
                "",
                "",
                "W",
            ),
            ("I don't say that to be nostalgic.", "", "", ""),
        ],
        [
            (
                "Average new rents in the county rose 8.4% in the year to December, according to the Residential Tenancies Board's latest report.",
                "the Residential Tenancies Board's latest report",
                "according to",
                "W",
            ),
            ("That is faster than in Dublin, where they rose 5.9%.", "", "", "W"),
        ],
        [
            ("We are used to thinking of the rent crisis as a city problem.", "", "", ""),
            ("It isn't, and it hasn't been for a long time.", "", "", ""),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "The number of homes available to rent in the county on the first day of February was 61, according to one property website's count.",
                "one property website's count",
                "according to",
                "W",
            )
        ],
        [("Sixty-one, for a county of more than 70,000 people.", "", "", "")],
        [
            (
                "A letting agent in the town, Ciarán Moylecross, told me he now gets more than 100 emails for every house he advertises.",
                "Ciarán Moylecross",
                "told me",
                "",
            ),
            ("“I hate telling people no,” he said.", "Ciarán Moylecross", "said", ""),
            ("“Most days that's all I do.”", "Ciarán Moylecross", "said", ""),
        ],
        [("The Government's answer, year after year, is a new scheme.", "", "", "")],
        [
            (
                "There have been tax credits, rent pressure zones, grants for landlords who stay in the market etc.",
                "",
                "",
                "W",
            ),
            ("None of them has added a single house to the street I stood on.", "", "", ""),
            ("What would?", "", "", ""),
        ],
        [
            (
                "Building, mostly, and the kind of building that the market won't do on its own.",
                "",
                "",
                "",
            ),
            (
                "The local authority built 42 homes in the county in 2025, the last year for which figures are available.",
                "",
                "",
                "W",
            ),
            ("That is not a plan; it's a rounding error.", "", "", ""),
        ],
        [("Read more: Council to sell derelict Mill Street site for housing", "", "", "B")],
        [
            (
                "I don't think landlords are villains, and I don't think tenants are saints.",
                "",
                "",
                "",
            ),
            (
                "But if a nurse and a guard together can't rent a family home in a midlands town, something has gone badly wrong.",
                "",
                "",
                "",
            ),
        ],
        [
            ("The people in that queue last Sunday were not asking for much.", "", "", ""),
            ("They were asking for a place to live.", "", "", ""),
        ],
        [
            ("Aoife Drennaghan is a housing researcher based in Shannonvale.", "", "", "B"),
            ("Her column appears every Saturday.", "", "", "B"),
        ],
        [("The views expressed are the author's own.", "", "", "B")],
        [("Comments (87)", "", "", "B")],
        [("Have your say: email letters@shannonvaleexaminer.ie", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("Gardaí appeal for witnesses after overnight break-in at pharmacy", "", "", "B")],
        [("Two new GP practices to open in town by summer", "", "", "B")],
        [
            ("© 2027 Shannonvale Examiner Ltd.", "", "", "B"),
            ("Registered in Ireland No. 603318.", "", "", "B"),
        ],
        [("Privacy | Cookies | Terms | Contact", "", "", "B")],
    ],
    [
        [("THE BUKIT DIGEST", "", "", "B")],
        [("Singapore | Asia | World | Business | Tech | Life | Opinion", "", "", "B")],
        [("Singapore › Transport", "", "", "B")],
        [("THE BIG INTERVIEW", "", "", "B")],
        [
            (
                "“We lose about 300 bikes a month to bad parking, and it's not the bikes' fault”",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Bike-share boss Priscilla Vanderstraaten says e-bikes are coming to the heartlands, but riders will have to park properly first",
                "Priscilla Vanderstraaten",
                "says",
                "",
            )
        ],
        [("Interview by Jonathan Faizulsyah", "", "", "B")],
        [("Published Mar 14, 2027, 05:00 AM", "", "", "B")],
        [("Updated Mar 14, 2027, 09:12 AM", "", "", "B")],
        [("Gift this article   Share", "", "", "B")],
        [
            ("Ms Priscilla Vanderstraaten at Cyclenest's depot in Tampines.", "", "", ""),
            ("PHOTO: The Bukit Digest/Hadi Ramlanoor", "", "", "B"),
        ],
        [
            (
                "Cyclenest, the largest of Singapore's three licensed bike-share operators, runs about 14,000 bicycles across 17 towns.",
                "",
                "",
                "W",
            ),
            (
                "Its chief executive, Priscilla Vanderstraaten, 41, took over in January after six years as its operations director.",
                "",
                "",
                "W",
            ),
            (
                "We spoke to her about e-bikes, fines and why people still leave bikes in drains.",
                "",
                "",
                "",
            ),
        ],
        [("This interview has been edited for length and clarity.", "", "", "B")],
        [
            ("BD: You've been in the job two months.", "", "", ""),
            ("What surprised you?", "", "", ""),
        ],
        [
            (
                "PRISCILLA VANDERSTRAATEN: How many trips are short.",
                "Priscilla Vanderstraaten",
                "PRISCILLA VANDERSTRAATEN:",
                "W",
            ),
            (
                "Our average ride is 11 minutes, and two-thirds of trips end at an MRT station or a bus interchange.",
                "Priscilla Vanderstraaten",
                "PRISCILLA VANDERSTRAATEN:",
                "W",
            ),
            (
                "People use us for the last kilometre, and that's exactly what we should be.",
                "Priscilla Vanderstraaten",
                "PRISCILLA VANDERSTRAATEN:",
                "",
            ),
        ],
        [
            (
                "BD: Land Transport Authority figures show operators impounded 9,200 wrongly parked bikes last year.",
                "Land Transport Authority figures",
                "show",
                "W",
            ),
            ("Is bad parking still the big problem?", "", "", ""),
        ],
        [
            ("VANDERSTRAATEN: Yes.", "Priscilla Vanderstraaten", "VANDERSTRAATEN:", ""),
            (
                "We lose about 300 bikes a month, some in drains, some thrown down void decks, some just left in the middle of a footpath.",
                "Priscilla Vanderstraaten",
                "VANDERSTRAATEN:",
                "W",
            ),
            (
                "Each one costs us about $45 to recover and repair.",
                "Priscilla Vanderstraaten",
                "VANDERSTRAATEN:",
                "W",
            ),
            (
                "It's not the bikes' fault, and honestly it's not most riders' fault either.",
                "Priscilla Vanderstraaten",
                "VANDERSTRAATEN:",
                "",
            ),
        ],
        [("BD: Whose fault is it?", "", "", "")],
        [
            ("VANDERSTRAATEN: Partly ours.", "Priscilla Vanderstraaten", "VANDERSTRAATEN:", ""),
            (
                "We had too few parking boxes in some estates, so people gave up looking.",
                "Priscilla Vanderstraaten",
                "VANDERSTRAATEN:",
                "W",
            ),
            (
                "Since September we've added 640 boxes with the town councils, and complaints in those estates have dropped by about a third.",
                "Priscilla Vanderstraaten",
                "VANDERSTRAATEN:",
                "W",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            ("BD: You're putting e-bikes on the road in Punggol and Tampines.", "", "", ""),
            ("Why now?", "", "", ""),
        ],
        [
            (
                "VANDERSTRAATEN: Because the towns are bigger than they were and people are riding further.",
                "Priscilla Vanderstraaten",
                "VANDERSTRAATEN:",
                "",
            ),
            (
                "We'll start with 800 e-bikes in June, with a top speed of 25 km/h, which is the legal limit on paths.",
                "Priscilla Vanderstraaten",
                "VANDERSTRAATEN:",
                "W",
            ),
            (
                "If the trial goes well, I'd like to have e-bikes in every town by the end of 2028.",
                "Priscilla Vanderstraaten",
                "VANDERSTRAATEN:",
                "",
            ),
        ],
        [("BD: What will a ride cost?", "", "", "")],
        [
            (
                "VANDERSTRAATEN: About 50 cents for the first 10 minutes, then 8 cents a minute.",
                "Priscilla Vanderstraaten",
                "VANDERSTRAATEN:",
                "W",
            ),
            (
                "Nobody is going to get rich on that... certainly not us.",
                "Priscilla Vanderstraaten",
                "VANDERSTRAATEN:",
                "",
            ),
            (
                "We made our first operating profit last year, a small one, $1.2 million.",
                "Priscilla Vanderstraaten",
                "VANDERSTRAATEN:",
                "W",
            ),
        ],
        [
            (
                "BD: Some residents say e-bikes will make footpaths more dangerous for older people.",
                "Some residents",
                "say",
                "",
            )
        ],
        [
            (
                "VANDERSTRAATEN: I understand that, and my own mother asked me, “Are you going to knock me over at the bus stop?”",
                "Priscilla Vanderstraaten",
                "VANDERSTRAATEN:",
                "",
            ),
            (
                "So the bikes will slow down automatically to 10 km/h near bus stops and hawker centres.",
                "Priscilla Vanderstraaten",
                "VANDERSTRAATEN:",
                "",
            ),
        ],
        [("BD: Last question.", "", "", ""), ("What do you ride yourself?", "", "", "")],
        [
            (
                "VANDERSTRAATEN: One of ours, every morning, from Bedok to the office.",
                "Priscilla Vanderstraaten",
                "VANDERSTRAATEN:",
                "",
            ),
            (
                "If it's raining I take the bus, like everyone else!",
                "Priscilla Vanderstraaten",
                "VANDERSTRAATEN:",
                "",
            ),
        ],
        [("Read more", "", "", "B")],
        [
            (
                "Bike-share operators must cut fleets by 10% if parking rules broken, says LTA",
                "",
                "",
                "B",
            )
        ],
        [("Motorists fined record $2.1m for illegal parking last year", "", "", "B")],
        [
            ("Sign up for our Transport Digest newsletter.", "", "", "B"),
            ("Delivered every Friday.", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Bukit Digest Media Pte. Ltd.", "", "", "B"),
            ("Co. Regn. No. 201711498K.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("Terms & Conditions | Data Protection Policy | Advertise | Contact Us", "", "", "B")],
    ],
]

HELDOUT_CASES = [
    (
        "h79-sco-pothole-q",
        "“Nobody here is against the harbour,” he said. “But who is going to fill the potholes this year? Not the coastal fund.”",
        [
            "“Nobody here is against the harbour,” he said.",
            "“But who is going to fill the potholes this year?",
            "Not the coastal fund.”",
        ],
    ),
    (
        "h79-sco-7am-sign",
        "Local news, sport and the weather for the week ahead, every weekday at 7 a.m. Sign up with your email address below.",
        [
            "Local news, sport and the weather for the week ahead, every weekday at 7 a.m.",
            "Sign up with your email address below.",
        ],
    ),
    (
        "h79-sco-ltd-no",
        "The Corranshire Courier is published by Tayburnie Media Ltd. Registered in Scotland No. SC418226.",
        [
            "The Corranshire Courier is published by Tayburnie Media Ltd.",
            "Registered in Scotland No. SC418226.",
        ],
    ),
    (
        "h79-can-man-people",
        "Health Minister Yvonne Trasselbeck announced the plan, which will cost $38.6 million, at a news conference in Brandon, Man. “People in rural Manitoba have waited too long for an ambulance, and that ends now,” she said.",
        [
            "Health Minister Yvonne Trasselbeck announced the plan, which will cost $38.6 million, at a news conference in Brandon, Man.",
            "“People in rural Manitoba have waited too long for an ambulance, and that ends now,” she said.",
        ],
    ),
    (
        "h79-can-build-staff",
        "“You can build all the stations you like. Who's going to work in them?”",
        ["“You can build all the stations you like.", "Who's going to work in them?”"],
    ),
    (
        "h79-can-olinsky-promises",
        "“We're pleased, don't get me wrong,” Olinsky said. “But we've heard promises before.”",
        [
            "“We're pleased, don't get me wrong,” Olinsky said.",
            "“But we've heard promises before.”",
        ],
    ),
    (
        "h79-ph-halfkilo",
        "“People were buying by the half-kilo before... now they buy five kilos again,” she said. “Even the jeepney drivers are smiling.”",
        [
            "“People were buying by the half-kilo before... now they buy five kilos again,” she said.",
            "“Even the jeepney drivers are smiling.”",
        ],
    ),
    (
        "h79-ph-tanbucay-apr",
        "“Rice has been doing a lot of the heavy lifting on inflation,” said Jerome Tanbucay, chief economist at Kalindaw Bank. He expects the central bank to cut its policy rate by 25 basis points in April.",
        [
            "“Rice has been doing a lot of the heavy lifting on inflation,” said Jerome Tanbucay, chief economist at Kalindaw Bank.",
            "He expects the central bank to cut its policy rate by 25 basis points in April.",
        ],
    ),
    (
        "h79-nz-pool-hours",
        "“It's a great result for the town,” he said. “Now we need the hours to match.” He said the pool would close at 6pm on weekdays from May, as it did last winter.",
        [
            "“It's a great result for the town,” he said.",
            "“Now we need the hours to match.”",
            "He said the pool would close at 6pm on weekdays from May, as it did last winter.",
        ],
    ),
    (
        "h79-nz-winter-coach",
        "“Where do we go in winter? Forty minutes in the car, twice a week. That's what families are doing.”",
        [
            "“Where do we go in winter?",
            "Forty minutes in the car, twice a week.",
            "That's what families are doing.”",
        ],
    ),
    (
        "h79-jm-wind-stcath",
        "The time, run into a legal tailwind of 1.4 metres per second, is inside the qualifying standard for this year's world championships. Wellesborne, who grew up in Old Harbour, St. Catherine, took 0.05 off the best he set in Clermont, Fla., last May. Odane Brissford was second in 9.99 and Ricardo Ellisthorpe third in 10.08.",
        [
            "The time, run into a legal tailwind of 1.4 metres per second, is inside the qualifying standard for this year's world championships.",
            "Wellesborne, who grew up in Old Harbour, St. Catherine, took 0.05 off the best he set in Clermont, Fla., last May.",
            "Odane Brissford was second in 9.99 and Ricardo Ellisthorpe third in 10.08.",
        ],
    ),
    (
        "h79-jm-tell-you",
        "“I'm not going to lie to you, I thought it was 10-flat when I crossed the line,” Wellesborne said. “Then I looked up at the board and I just started screaming!”",
        [
            "“I'm not going to lie to you, I thought it was 10-flat when I crossed the line,” Wellesborne said.",
            "“Then I looked up at the board and I just started screaming!”",
        ],
    ),
    (
        "h79-jm-brissford-watch",
        "“Watch me at trials, that's all I'm going to say,” he said. The crowd, many of them schoolchildren in their team colours, stayed on their feet until the results went up.",
        [
            "“Watch me at trials, that's all I'm going to say,” he said.",
            "The crowd, many of them schoolchildren in their team colours, stayed on their feet until the results went up.",
        ],
    ),
    (
        "h79-ng-plc-chinonso",
        "The board has proposed a final dividend of ₦12.50 per share, to be paid to shareholders on the register of Ogbaraku Cement Plc. Chief financial officer Chinonso Aghadiuno said on an investor call on Thursday that energy made up 46% of the company's production costs last year, up from 38% in 2025.",
        [
            "The board has proposed a final dividend of ₦12.50 per share, to be paid to shareholders on the register of Ogbaraku Cement Plc.",
            "Chief financial officer Chinonso Aghadiuno said on an investor call on Thursday that energy made up 46% of the company's production costs last year, up from 38% in 2025.",
        ],
    ),
    (
        "h79-ng-engr-review",
        "The president of the Nigerian Institution of Site Builders, Engr. Babatunde Olaniwere, said cement accounted for about a quarter of the cost of a typical bungalow. He said the association would write to the federal government to ask for a review of import duties on cement.",
        [
            "The president of the Nigerian Institution of Site Builders, Engr. Babatunde Olaniwere, said cement accounted for about a quarter of the cost of a typical bungalow.",
            "He said the association would write to the federal government to ask for a review of import duties on cement.",
        ],
    ),
    (
        "h79-us-us-company",
        "Stoopcam sells its doorbells for $89 at big-box stores across the U.S. The company says it has more than 1.6 million active devices. It was bought by the home-security group Larchfordham Vantage Inc. in 2025.",
        [
            "Stoopcam sells its doorbells for $89 at big-box stores across the U.S.",
            "The company says it has more than 1.6 million active devices.",
            "It was bought by the home-security group Larchfordham Vantage Inc. in 2025.",
        ],
    ),
    (
        "h79-us-sophisticated",
        "“This wasn't a sophisticated hack. Somebody left the door open, which is a little ironic for a doorbell company.”",
        [
            "“This wasn't a sophisticated hack.",
            "Somebody left the door open, which is a little ironic for a doorbell company.”",
        ],
    ),
    (
        "h79-us-tv-user",
        "“I bought this thing to feel safer. Now I feel like I was on TV,” one user wrote.",
        ["“I bought this thing to feel safer.", "Now I feel like I was on TV,” one user wrote."],
    ),
    (
        "h79-au-bees-flowers",
        "“Instead the bees came back almost straight away. Clover, dandelions and flatweed flowered on the verges we left, and that's what they were feeding on.” She said it was “the cheapest conservation measure you'll ever see”.",
        [
            "“Instead the bees came back almost straight away.",
            "Clover, dandelions and flatweed flowered on the verges we left, and that's what they were feeding on.”",
            "She said it was “the cheapest conservation measure you'll ever see”.",
        ],
    ),
    (
        "h79-au-neat-ask",
        "“Some people love a neat verge and they'll ring us about it, no question. But if we can explain why, I think most people will come round.”",
        [
            "“Some people love a neat verge and they'll ring us about it, no question.",
            "But if we can explain why, I think most people will come round.”",
        ],
    ),
    (
        "h79-za-pty-referred",
        "National Prosecuting Authority regional spokesperson Lwazi Mkhondwana said the payments went to Mosetlho Road Surfaces (Pty) Ltd, a company whose sole director is Zikhalani's husband. He said the matter was referred to the police by the municipality in August last year after an internal audit.",
        [
            "National Prosecuting Authority regional spokesperson Lwazi Mkhondwana said the payments went to Mosetlho Road Surfaces (Pty) Ltd, a company whose sole director is Zikhalani's husband.",
            "He said the matter was referred to the police by the municipality in August last year after an internal audit.",
        ],
    ),
    (
        "h79-za-adv-zikhalani",
        "Prosecutor Adv. Thabiso Radikgomo told the court the State had bank records showing that about R1.4 million was moved from the company's account to Zikhalani's personal account within days of each payment. He said the State did not oppose bail but asked that she be barred from the municipal offices.",
        [
            "Prosecutor Adv. Thabiso Radikgomo told the court the State had bank records showing that about R1.4 million was moved from the company's account to Zikhalani's personal account within days of each payment.",
            "He said the State did not oppose bail but asked that she be barred from the municipal offices.",
        ],
    ),
    (
        "h79-ke-hon-shame",
        "Minority Leader Hon. Barasa Okumbiro told reporters outside the chamber that the budget was “a tax plan dressed up as a development plan”. “Where is the money for the farmers?” he asked. He said allocations to agriculture had fallen from Sh81.2 billion to Sh74.6 billion.",
        [
            "Minority Leader Hon. Barasa Okumbiro told reporters outside the chamber that the budget was “a tax plan dressed up as a development plan”.",
            "“Where is the money for the farmers?” he asked.",
            "He said allocations to agriculture had fallen from Sh81.2 billion to Sh74.6 billion.",
        ],
    ),
    (
        "h79-ke-sme-quote",
        "Ahead of the reading, Peter Kinyanjoroge, chairman of the Kenya Small Traders Alliance, said its members paid Sh12.8 billion in turnover tax last year. “We are asking for relief, not handouts. Is that too much to ask?”",
        [
            "Ahead of the reading, Peter Kinyanjoroge, chairman of the Kenya Small Traders Alliance, said its members paid Sh12.8 billion in turnover tax last year.",
            "“We are asking for relief, not handouts.",
            "Is that too much to ask?”",
        ],
    ),
    (
        "h79-ie-ten-dont",
        "Ten years ago, a house like it on the same street would have rented for about €800. I don't say that to be nostalgic.",
        [
            "Ten years ago, a house like it on the same street would have rented for about €800.",
            "I don't say that to be nostalgic.",
        ],
    ),
    (
        "h79-ie-etc-none",
        "There have been tax credits, rent pressure zones, grants for landlords who stay in the market etc. None of them has added a single house to the street I stood on. What would?",
        [
            "There have been tax credits, rent pressure zones, grants for landlords who stay in the market etc.",
            "None of them has added a single house to the street I stood on.",
            "What would?",
        ],
    ),
    (
        "h79-sg-yes-three",
        "VANDERSTRAATEN: Yes. We lose about 300 bikes a month, some in drains, some thrown down void decks, some just left in the middle of a footpath. Each one costs us about $45 to recover and repair.",
        [
            "VANDERSTRAATEN: Yes.",
            "We lose about 300 bikes a month, some in drains, some thrown down void decks, some just left in the middle of a footpath.",
            "Each one costs us about $45 to recover and repair.",
        ],
    ),
    (
        "h79-sg-partly-ours",
        "VANDERSTRAATEN: Partly ours. We had too few parking boxes in some estates, so people gave up looking. Since September we've added 640 boxes with the town councils, and complaints in those estates have dropped by about a third.",
        [
            "VANDERSTRAATEN: Partly ours.",
            "We had too few parking boxes in some estates, so people gave up looking.",
            "Since September we've added 640 boxes with the town councils, and complaints in those estates have dropped by about a third.",
        ],
    ),
    (
        "h79-sg-cents-nobody",
        "VANDERSTRAATEN: About 50 cents for the first 10 minutes, then 8 cents a minute. Nobody is going to get rich on that... certainly not us. We made our first operating profit last year, a small one, $1.2 million.",
        [
            "VANDERSTRAATEN: About 50 cents for the first 10 minutes, then 8 cents a minute.",
            "Nobody is going to get rich on that... certainly not us.",
            "We made our first operating profit last year, a small one, $1.2 million.",
        ],
    ),
    (
        "h79-sg-aunty-asked",
        "VANDERSTRAATEN: I understand that, and my own mother asked me, “Are you going to knock me over at the bus stop?” So the bikes will slow down automatically to 10 km/h near bus stops and hawker centres.",
        [
            "VANDERSTRAATEN: I understand that, and my own mother asked me, “Are you going to knock me over at the bus stop?”",
            "So the bikes will slow down automatically to 10 km/h near bus stops and hawker centres.",
        ],
    ),
]
