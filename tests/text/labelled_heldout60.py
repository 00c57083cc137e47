"""Held-out hand-labelled pages for the hint engines (round thirty-seven): a sixtieth held-out set,
never tuned on.

Twelve WHOLE pages, head to tail, as a news-checking tool's users paste them from a browser, each
from a named kind of site with that site's own furniture in its own wording: three pages pasted
with their navigation, a cookie or consent block and a paywall (a US regional daily in Ohio, an
Indian business daily on Tiruppur's knitwear exporters, an Australian metro site on Brisbane's
council budget); wire copy on a news agency's site from Santiago with its "(Reporting by ...;
Editing by ...)" credits; a small-town weekly in Nova Scotia; a Welsh rugby match report; a science
news site's story on a study of Norwegian glacier-fed streams with its journal reference; a
Jamaican daily's live blog of a tropical storm with time stamps; a Kenyan weekend magazine's
interview in Q&A form; a press release on a distribution site (a Dutch battery recycler); an
opinion column on a Portuguese English-language site; and a business story with quarterly figures
from Tokyo. `STYLES` describes each page, its speakers and its furniture in order. The pages hold
543 sentences: 259 "B", 158 "W" and 126 ""; 178 sentences carry a speaker. `HELDOUT_CASES` holds 30
sentence-split cases.

How it was written. Written from scratch in round thirty-seven for issue 13 as a held-out set,
before any rule was tuned on it and without seeing the engine's code or output: nothing under
`claimreview/` was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py`, nothing under `docs/` or `tests/benchmarks/`, and no README; `claimreview` was
never imported, and no engine, scorer, test or `pytest` was run. The search and fetch tools were
not used, and nothing was copied from anywhere. The brief's folder and the (then empty) output
folder were listed and the brief read. What was read for the format: the module docstrings of
`labelled_new.py` and `labelled_new2.py` (printed whole with `ast.get_docstring`); of
`labelled_new82.py` the module docstring, the import line, `STYLES`, the first two pages and the
first eight `CASES`, printed by a script of mine to a file in /tmp of which only the first 20,000
characters (`STYLES` and most of the first page) and the last 3,500 characters (the last four of
those eight cases) were shown, the rest never seen; of `labelled_new81.py` only its import line (a
`grep` for import lines in the two files); `build` in `labelled_articles.py` (`grep -n "def build"
-A15`); and the `[tool.ruff]` tables of `pyproject.toml` (printed with `sed`). Nothing else under
`tests/` was read. What was run: a Python one-liner printing the calendars of June and July 2026 to
check weekdays; a check that the ruff binary exists; scripts of my own in /tmp that turn a small
line format into the literals below, rename coined names, cut the split cases out of the pages and
count sentences, flags and speakers; an import of this file with `build` on every page and a
checking script of my own (four fields, flags, a cue for every speaker and a speaker for every cue,
no speaker on "B" lines, the counts, every split case occurring in a built page and equal to its
sentences joined by single spaces); whole-word case-insensitive counts (`grep -rilw ... | wc -l`)
over `tests/` and /tmp/sets of every capitalised word of the pages, speakers and cues (each part of
a hyphenated name on its own) and of every candidate replacement, and counts of the outlet, firm
and place names as phrases (`grep -rilF ... | wc -l`); and `ruff format` / `ruff check` on this
file. The first draft hit about a hundred and fifty coined surnames, given names, towns, clubs,
firms and outlets used in other files under `tests/`. Puzzled that so many rare coinages hit
exactly one file each, I ran, for the names of that draft, a few commands that printed no file
names and opened no file for reading by me: a count of symbolic links under `tests/` (none), `stat`
of the hitting files (modification time and size only), a `cmp` of one hitting file against this
file (printing only "differs"), counts of how many hitting file names contain "heldout" or
"tests/text/", and once the name of one hitting file with its digits removed
(`labelled_heldout.py`): the hits were other sets' independent coinages. Every coined name was then
renamed, and only replacements with no hit were kept; a last count pass found three given names of
this set (Icilda, Siwan, Wangari) newly used elsewhere, and they were renamed to names with no hit.
A last `ls /tmp/sets` showed three other sets' files there by name (`labelled_heldout59.py`,
`labelled_new83.py`, `labelled_new84.py`), never opened, and a read-only `git status --short | wc
-l` in the project printed a count only. What still hits is real places, bodies, roads and
parishes, common and outlet words (Clarion, Dispatch, Courier, Ledger, Newswire, Crest, Knit),
Spanish and Kenyan common words (Sindicato, Trabajadores, Minera, Valores, Matatu, Sacco), rugby
terms, and titles; none of the outlet, firm or place names as a phrase.

Everything else is invented: every person, town, school, street, club, ground, firm, brokerage,
investor, outlet, agency, photographer, storm name, journal, quote and number. Real places and
bodies appear only as settings, with invented figures and invented people in their offices: the
United States, Ohio, Dayton, Montgomery, Greene and Miami counties, Kettering, Dorothy Lane, Xenia
and U.S. 35 (in related headlines), the Montgomery County Auditor's office and the county boards of
elections; India, Tiruppur, Avinashi Road, Palladam, the Directorate General of Foreign Trade, the
Ministry of Textiles, the Finance and Union Commerce ministries, the Apparel Export Promotion
Council, the Cotton Corporation (in a related headline), the BSE, the Sensex and the Nifty;
Australia, Brisbane, south-east Queensland, Moggill Road, Aspley, Zillmere, Chermside West and
Bulimba and the Queensland government; Chile, Santiago, the Antofagasta region, Chile's labour
ministry, Cochilco, the London Metal Exchange, London, Peru and Zambia (in related headlines);
Canada, Nova Scotia, Ontario, Route 215, the province's Department of Municipal Affairs and the
Legion; Wales, the Welsh Premiership and the WRU; Norway, Vestland, the Sognefjord and the
Norwegian Water Resources and Energy Directorate; Jamaica, Kingston, Morant Point, the parishes of
St. Thomas, St. Catherine, St. Andrew, St. Elizabeth and Portland, Bog Walk, Linstead, Bath,
Harbour View, the Palisadoes, the Chalky and Yallahs rivers, Montego Bay, Norman Manley and
Sangster International airports, the Meteorological Service of Jamaica, the Jamaica Public Service
Company, the Office of Disaster Preparedness and Emergency Management, the Airports Authority of
Jamaica, the US National Hurricane Center and the Cayman Islands; Kenya, Nairobi, Eastlands, Accra
Road, Jogoo Road, Kencom and Umoja, the county government and the National Transport and Safety
Authority; the Netherlands, Rotterdam, Maasvlakte, Delft, the Port of Rotterdam Authority, Belgium,
Germany and the EU; Portugal, Lisbon, Graça, Alfama, the Algarve (in a related headline) and
Statistics Portugal (INE); Japan, Tokyo, Setagaya, the Topix and the Nikkei 225, the Japan
Franchise Association, Vietnam, Thailand and the U.S. West Coast. X, Facebook, LinkedIn, WhatsApp
and Instagram appear only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page a list of paragraphs (a pasted
page's lines), each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or
"". Furniture is "B" line by line; a caption by its content and its credit (and a video's running
time) "B"; a headline or standfirst is never split and carries a speaker when it names one by a
verb ("District says", "Opposition councillors say", "Union says", "Mine operator says",
"Researchers warn", the interviewee's "says", the operator's "warns"); a pronoun, a later surname,
a title with a surname ("Mr. Sengottaiyan", "Cr Corbould-Truswell", "Ms. Pavalakodi") or a role
resolves to the full name as first given (with the middle initial: "Claudine J.
Tarkington-Moncrief", "Dorsel T. Zielke"); an organisation's later generic noun is kept as written
("The company", "The centre", "The council", "the report") and "It" or a short form ("JPS", "The
Met Service") resolves to the name as first given; a quote over several sentences carries its
speaker and cue; decisions, votes, dates fixed, figures of record and an institution's expected
date are "W"; hedges, forecasts, hopes, intentions, opinions, feelings and questions ""; a private
person's own circumstances "" and that person's account of what an institution did "W".

Conventions this set had to settle, in the same spirit:

* Press release. Sentences in the release's own voice carry no speaker (no verb of saying names a
  source); "Voltavia Recycling B.V. ... today announced" carries the company with cue "announced";
  quotes carry their speakers ("said Dr. Sietske de Kruijf-Atmodjo", "she added"). The "About ..."
  block, the forward-looking-statements disclaimer, the media contact, "SOURCE ..." and the
  service's own lines are "B". * Interview. Every sentence of an answer carries the interviewee
  with cue "A:"; a question that cites a source carries it ("County figures" with cue "show", "W"
  for its figure; "Commuters we spoke to" with cue "say"); a pull quote repeating an answer is "B"
  (furniture), as is the edited-for-length note. * Science. "a new study has found" carries "a new
  study"; "Myklebust-Kvamme et al. also found" carries "Myklebust-Kvamme et al." as written; "the
  authors write" carries "the authors"; a figure caption ("Fig. 2: ...") is "" and its credit "B";
  the journal reference and the "More information" and "Citation" lines are one "B" sentence each;
  a p-value in brackets stays inside its sentence. * Wire. "the mine's largest union said" in the
  lead is kept as written; "The union, Sindicato de Trabajadores No. 2, said" drops the descriptor
  and "It said" after it carries the union's name; "told Caravel by phone" is one cue; the credits
  line in brackets and the standards, licensing and data-delay lines are "B". * Sport. The score
  narrative in the writer's voice is "W"; "Glyngwernen had started much the brighter." is "";
  scorer lines ("Cons: ...", "Pens: ...") and the man-of-the-match and referee lines are "" data
  lines, the "MATCH FACTS" heading "B"; “What a finish by the boys!” said ... is one sentence. *
  Business. The key-figures box rows (revenue, profit, store counts) are "W" figures of record, its
  heading "B"; "ahead of the ... average forecast in a poll of seven analysts" stays in the
  company's sentence; an analyst's forecast is "". * Column. The columnist's own opinions and
  rhetorical questions carry no speaker and are ""; her checkable statements ("I have looked for
  that number ... and I cannot find it", the enforcement team's nine inspectors, the legal rent
  cap) are "W"; "A friend of mine, Gonçalo, ... put it plainly over coffee." carries him with cue
  "put it plainly". * Live blog. Time stamps, "Pinned", "Key update", "Live   Updated ..." and
  entry bylines ("— Name") are "B"; an entry headline is labelled like any headline. * Paywall and
  consent blocks are "B" sentence by sentence, with "Already a subscriber?" and "Log in" / "Sign
  In" as two sentences.

Splits. "TWP. —", "Nov. 3", "Dr. Claudine J. Tarkington-Moncrief", "Dorsel T. Zielke", "6:15 a.m.
EDT | Originally published ... 10:48 p.m. EDT" (one sentence), "7 p.m. July 14", "the U.S." and
"Dec. 31" mid-sentence, "M. Sengottaiyan", "Mr. Sengottaiyan", "R. Pavalakodi Ilamaran", "Ms.
Pavalakodi", "Ltd. closed", "Pvt. Ltd. 2026." before "All rights reserved.", "No. 2" mid-sentence,
"8 a.m. local time (1200 GMT)", "Vol. 115, No. 27", "112 Himmelman St." ending a sentence before
"Council also agreed", "St. Osyth's", "N.S.", "No. 8" as a position, "Ltd." before "Registered in
Wales, No. 05550412.", "St. Illtyd's", "Dr. Aslaug Myklebust-Kvamme", "approx. 22%", "Prof.
Ingebjørg M. Fjeldstad", "Fig. 2:", "et al." in a credit, in the journal reference and
mid-sentence, "St. Thomas", "St. Andrew." and "4:30 a.m." ending sentences, "No. 58", "B.V.",
"N.V.", "approx. 95 per cent", "e.g." and "i.e." mid-sentence, "Inc." before "All Rights
Reserved.", "Co." mid-sentence, "vs." and "11:30 a.m." ending a sentence never split a sentence
wrongly; a quoted question or exclamation followed by its attribution (“Would any of us ... first?”
she asked., “Why would I ... €2,000?” he said., “Can we keep ... open?” Hirabayashi said., “What a
finish by the boys!” said Griffiths-Parry.) is one sentence, while an exclamation ending an answer
("A: This is the question nobody asks!", "They are right!", "Nine!") ends one.

`HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected sentences), each taken word for
word from one paragraph of these pages (consecutive sentences joined by single spaces): what a
reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "US regional daily's local news page (Dayton, Ohio), a suburban school board votes 4-1 to put "
    "a 5.9-mill operating levy on the November ballot, with a treasurer who told the board and "
    "then He and a surname, a superintendent with Dr. and a middle initial, a dissenting board "
    "member with a middle initial whose vote is stated in the writer's voice, a parent and a "
    "retired machinist as private people, according to estimates from the county auditor's office "
    "and to filings with county boards of elections, Nov. 3 and Twp. in a dateline, a.m. and p.m. "
    "in the published line and a forum date (cookie consent block in three sentences and its "
    "buttons, masthead, subscribe and weather strip with pipes, menu, section crumb with a slash, "
    "headline with a vote count, dek carrying the district through says, byline, updated and "
    "originally-published line with EDT and a pipe, share strip with a comment count, caption and "
    "staff credit, paywall block mid-story with a question, related list, contact line, copyright "
    "in two sentences, legal links)",
    "Indian business daily's economy page (Tiruppur, Tamil Nadu), knitwear exporters report "
    "autumn orders down about 12% and ask the Centre to restore an interest subvention on export "
    "credit, with Tamil names given with an initial (M. Sengottaiyan later Mr. Sengottaiyan and "
    "He, R. Pavalakodi Ilamaran later Ms. Pavalakodi and She), two men (the forum president and "
    "an unnamed textiles ministry official) alternating by He, Knitwear exporters in Tiruppur say "
    "in the lead, according to a trade notice, to traders and to provisional data of an export "
    "promotion council, analysts said in a note with a forecast, a unit owner's own shift cut "
    "beside her account of a bank's decision, Dec. 31, U.S., Ltd. and ₹ figures with crore and "
    "lakh (cookie consent in two sentences and its buttons, masthead, market ticker with arrows, "
    "menu, Premium label and section crumb with ›, headline with a figure, standfirst, byline "
    "with a pipe and city, last-updated line with IST, listen and share strip, caption and File "
    "Photo credit, Premium paywall box mid-story in four lines with a price, Also Read link, app "
    "prompt in two sentences, topics with pipes, first-published line, copyright with Pvt. Ltd. "
    "in two sentences)",
    "Australian metro news site's Brisbane page, the city council's 2026-27 budget lifts average "
    "general rates for owner-occupiers by 4.9 per cent, with Cr before the names of two women "
    "councillors (the finance chair and the opposition finance spokeswoman) alternating by She "
    "and Cr surname, a quote split into two sentences inside the marks, according to the budget "
    "papers and to a council fact sheet, a figure in dispute answered by the chair, a retiree "
    "named before her quote and then She, an unnamed spokesman for the state water retailer who "
    "said in a statement, a vote date as the writer's fact, $ figures with m and per cent, 5.30am "
    "(cookie banner in two sentences with an OK button, masthead, weather and subscribe strip "
    "with pipes, menu, section label, Exclusive label, headline with a figure, standfirst, byline "
    "with a role, time line with am and a dash, share strip, caption and credit, subscriber "
    "paywall block in four lines, Read more link, newsletter sign-up in three lines, license "
    "line, related list, comments-closed line, copyright and ABN line)",
    "News agency's website, wire copy from Santiago: about 1,180 workers at a northern Chilean "
    "copper mine walk out after wage talks fail, with the mine's largest union said in the lead "
    "and then named (The union, Sindicato de Trabajadores No. 2, said) and It said, its president "
    "who told the agency by phone and then He and his surname, the operating company said in a "
    "statement and then The company, the London-listed owner which said in a filing and then It "
    "with a guidance expectation, a London-based spokesman, the labour ministry said, according "
    "to data from Chile's state copper commission and to the union, an analyst's forecast and "
    "then he said, two men alternating by He and surname, No. 2 mid-sentence, a time with a.m. "
    "and GMT, Plc mid-sentence, summary bullets carrying the union and the operator through says "
    "(agency name, menu, section crumb with a slash, headline, Summary label and three bullets, "
    "byline with two names, date line with GMT and a relative update, share strip, dateline with "
    "the agency name in brackets, Advertisement · Scroll to continue, reporting and editing "
    "credits in one line, standards line, purchase-licensing line, read-next list, copyright and "
    "two data-delay sentences)",
    "Small-town weekly's site in Nova Scotia, Canada, the town council votes 5-2 to buy a used "
    "pumper truck for $189,000 from an Ontario fire department, with a volunteer fire chief and a "
    "deputy mayor as two men alternating by He and surname, a councillor who voted against and "
    "the mayor as two women alternating by She and surname, according to the chief's report to "
    "council and to the town's audited statements, the report said, a question in a quote with "
    "she asked, a vote in the writer's voice, a fire hall address with St. before the next "
    "sentence, the provincial department named once, a.m. and p.m., a volunteer's own hours "
    "(masthead with a motto, issue line with Vol. and No., menu, section label, headline with a "
    "vote count and a figure, byline with a role, date line, share strip, caption and "
    "submitted-photo credit, community calendar entries, submit-your-news line with an email, "
    "print-subscription prompt in two sentences, letters policy in two sentences, publisher line, "
    "copyright in two sentences)",
    "Welsh regional news site's rugby page, a semi-professional league match report: Nantyrhydd "
    "beat Glyngwernen 27-19 to reach the play-off final, with tries, conversions, penalties and a "
    "yellow card by the minute in the writer's voice, the home coach and the visiting captain as "
    "two men alternating by He and surname, a quote with an exclamation followed by its "
    "attribution, a player named man of the match, a club statement on an injury, according to "
    "league figures, St. in a club's name, No. 8 as a position, a man-of-the-match line, scorers "
    "and referee lines as data (brand, sign-in strip, menu, sport menu, section label, headline "
    "with a score, standfirst, byline with a role, date and time line with BST, share strip, "
    "caption and credit with a slash, Advertisement, Match facts heading, Most read list with "
    "numbers, follow prompt, copyright with company and registration number)",
    "Science news site's earth-science page, a study of 31 glacier-fed streams in western Norway "
    "finds July water temperatures rose by about 1.4°C over 28 years, with the lead author given "
    "with Dr. and later called by surname, She and the researcher, a co-author with Prof. and a "
    "middle initial, two women alternating, an independent scientist not involved in the study "
    "who said in an email and He, according to the paper and to the Norwegian Water Resources and "
    "Energy Directorate, a new study has found, Myklebust-Kvamme et al. also found and the "
    "authors write, et al. mid-sentence, p < 0.01, approx., a figure caption with Fig. and its "
    "credit, a journal reference line and a DOI (site name, menu, section crumb with an angle, "
    "headline with a figure, standfirst, byline with date in one line, reading time, share strip, "
    "figure caption and credit, Advertisement, More information and journal reference lines, "
    "provided-by line, citation line, related stories, newsletter prompt, copyright and "
    "reproduction notice in two sentences)",
    "Caribbean daily's live blog (Jamaica), Tropical Storm Marisabel crosses the island "
    "overnight, with time stamps with a.m. and p.m., Pinned and Key update labels, entry "
    "headlines, entry bylines with a dash, the Meteorological Service said and then It said and "
    "The Met Service said, the power company said in a post on X and then JPS said and It said, "
    "the disaster office's director general with Mr and then He and he told the paper, a "
    "municipal chief executive with Mrs and then She, according to the airports authority, a US "
    "hurricane centre said in its advisory and then The centre said, a resident's own flooding "
    "beside her account of what the fire brigade did, the parish names St. Thomas, St. Catherine, "
    "St. Andrew and St. Elizabeth mid-sentence and at the end of sentences (masthead, date strip "
    "with pipes, menu, LIVE label, headline with a figure, standfirst, live-updated line, share "
    "strip, Pinned, entry times, Advertisement, Key update, a photo caption and a reader credit, "
    "a video caption with its running time, WhatsApp follow line, related list, copyright in two "
    "sentences)",
    "Kenyan weekend magazine's interview page, a Q&A with the chair of a Nairobi matatu owners' "
    "association about cashless fares and a new route-licensing rule, with an introduction naming "
    "her in full, questions with Q: and answers with A: (every sentence of an answer carrying the "
    "interviewee and the cue A:), questions that cite a source (County figures show, Commuters we "
    "spoke to say), a pull quote as furniture, an answer that quotes a regulator and a figure of "
    "record, an answer with a question and an exclamation inside it, a note that the interview "
    "was edited, the National Transport and Safety Authority (NTSA) and the county government "
    "named as bodies, KSh figures, a.m. and p.m., No. before a route number, a private person's "
    "own double charge (masthead, menu, section label, headline with a quotation, standfirst, "
    "byline, date line, share strip, portrait caption and credit, edited-for-length note, pull "
    "quote, Advertisement, author bio line, related interviews, comment prompt, copyright in two "
    "sentences)",
    "Press-release distribution site, a Dutch battery recycler announces the opening of its first "
    "full-scale plant near Rotterdam, with a dateline carrying the city, country, date and the "
    "service's name between slashes, the company announced, its chief executive with Dr. and "
    "later by surname and she, an investor's managing partner, a port authority director quoted "
    "in the release, a customer's head of procurement, said and added, figures with €, tonnes and "
    "per cent, B.V., N.V., Inc., e.g., approx. and a.m. CET (site name, menu, NEWS PROVIDED BY "
    "line with the company and date, share strip, headline, subheadline, multimedia caption and "
    "credit, About the company block, forward-looking statements disclaimer, media contact lines, "
    "SOURCE line, related releases, site copyright and cookie line)",
    "English-language Portuguese news site's opinion column, a Lisbon columnist argues that the "
    "city's short-let rules have failed to bring down rents, with a columnist's byline and bio, "
    "figures from Statistics Portugal (INE) through according to and INE's figures show, The "
    "council said when it approved the rules, a tenants' association's survey found, a landlord "
    "friend named by his first name only who put it plainly and then he said, rhetorical "
    "questions and an exclamation, the columnist's own rent, e.g. and i.e. mid-sentence, a quote "
    "with a question followed by its attribution, € figures (site name, menu, OPINION label, "
    "headline, standfirst, byline with a pipe and a date, reading time, share strip, photo "
    "caption and credit, Advertisement, views disclaimer, author bio in two sentences, "
    "more-opinion list, comment count and rules in two sentences, copyright)",
    "Asian business news site's companies page (Tokyo, Japan), a convenience-store operator's "
    "quarterly profit beats forecasts on higher overseas sales while its domestic store count "
    "shrinks, with the company said in a filing and then It and The company, its president named "
    "without a title, then He and later Mr. with his surname, a chief financial officer who told "
    "analysts, two men alternating by He and surname, an analyst at a brokerage who said and "
    "wrote in a note with a forecast, a poll of analysts inside the lead, according to figures "
    "from an industry association, figures with ¥, bn, tn, %, yr/yr and a.m., vs. and Co. "
    "mid-sentence, a share move in the writer's voice, a question in a quote followed by its "
    "attribution (brand, markets ticker strip with pipes, menu, section crumb, headline with "
    "figures, standfirst carrying the company through warns, byline with a pipe and city, date "
    "line with JST, share strip, key-figures box with a heading and rows, caption and credit, "
    "Advertisement, free-article meter line, related list, newsletter prompt, copyright with Ltd. "
    "in two sentences, data disclaimer)",
]

ARTICLES = [
    [
        [
            (
                "We care about your privacy",
                "",
                "",
                "B",
            ),
            (
                "We and our 143 partners store and access information on your device, such as "
                "cookies, to measure traffic, personalize ads and improve our services.",
                "",
                "",
                "B",
            ),
            (
                "Select “Accept all” to agree, or “Manage options” to choose which purposes you "
                "allow.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Accept all   Reject all   Manage options",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Miami Valley Ledger-Post",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Subscribe   |   Log in   |   e-Edition   |   Dayton, OH 81°",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "News   Local   Sports   Business   Opinion   Obituaries   Things to Do   Weather "
                "Jobs",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "LOCAL NEWS / EDUCATION",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Pennimore board puts 5.9-mill levy on November ballot after 4-1 vote",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "District says it would face a $6.8 million deficit by 2028 without new money",
                "the Pennimore Local School District",
                "says",
                "W",
            ),
        ],
        [
            (
                "By Twyla Matuszak-Renfroe, Staff Writer",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Updated June 23, 2026 at 6:15 a.m. EDT | Originally published June 22, 2026 at "
                "10:48 p.m. EDT",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share   Gift this article   Comments (37)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Pennimore Local Schools Treasurer Lyman Vanscoy-Harrod presents the district's "
                "five-year forecast to the board of education on Monday.",
                "",
                "",
                "",
            ),
            (
                "Twyla Matuszak-Renfroe/Staff",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "PENNIMORE TWP. — Voters in the Pennimore Local School District will decide Nov. "
                "3 whether to approve a 5.9-mill operating levy, after the board of education "
                "voted 4-1 on Monday night to put the issue on the ballot.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The levy would raise about $4.1 million a year for five years and cost the owner "
                "of a $200,000 home about $413 a year, according to estimates from the Montgomery "
                "County Auditor's office.",
                "estimates from the Montgomery County Auditor's office",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Treasurer Lyman Vanscoy-Harrod told the board the district would spend about "
                "$6.8 million more than it takes in by fiscal year 2028 if the levy fails.",
                "Lyman Vanscoy-Harrod",
                "told the board",
                "W",
            ),
            (
                "He said voters last approved new operating money for the district in 2016, and "
                "that its state funding had been flat in three of the past four years.",
                "Lyman Vanscoy-Harrod",
                "said",
                "W",
            ),
            (
                "“We've cut what we can cut without touching classrooms,” he said.",
                "Lyman Vanscoy-Harrod",
                "said",
                "",
            ),
        ],
        [
            (
                "Superintendent Dr. Claudine J. Tarkington-Moncrief said the board would publish "
                "in August a list of cuts that would take effect in the 2027-28 school year if "
                "the levy fails, including busing for high school students who live within two "
                "miles of the school.",
                "Claudine J. Tarkington-Moncrief",
                "said",
                "W",
            ),
            (
                "“Nobody on this board wants to put that list in front of families,” she said.",
                "Claudine J. Tarkington-Moncrief",
                "said",
                "",
            ),
            (
                "“But we owe them the truth about the numbers.”",
                "Claudine J. Tarkington-Moncrief",
                "said",
                "",
            ),
        ],
        [
            (
                "Board member Dorsel T. Zielke cast the only no vote.",
                "",
                "",
                "W",
            ),
            (
                "He said he supported the schools but that a five-year levy was too much to ask "
                "after property values in the township rose by an average of 31% in last year's "
                "county reappraisal.",
                "Dorsel T. Zielke",
                "said",
                "W",
            ),
            (
                "“Our seniors on fixed incomes just got hit with that reappraisal,” Zielke said.",
                "Dorsel T. Zielke",
                "said",
                "",
            ),
            (
                "“Now we're asking them to do it again?”",
                "Dorsel T. Zielke",
                "said",
                "",
            ),
        ],
        [
            (
                "Keep reading with a subscription",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "You've reached your limit of free articles this month.",
                "",
                "",
                "B",
            ),
            (
                "Get unlimited digital access for $1 a week for your first 12 weeks.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Subscribe now",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Already a subscriber?",
                "",
                "",
                "B",
            ),
            (
                "Log in",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "About 60 people attended Monday's meeting at Pennimore Middle School, and 14 of "
                "them spoke during public comment.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Parent Shaquanda Eskridge-Truax, who has two children at Yoakum Road Elementary, "
                "said her daughter's third-grade class had grown from 22 to 27 students since "
                "2023.",
                "Shaquanda Eskridge-Truax",
                "said",
                "W",
            ),
            (
                "“I'll vote yes, and I'll knock on doors,” she said.",
                "Shaquanda Eskridge-Truax",
                "said",
                "",
            ),
        ],
        [
            (
                "Retired machinist Burl P. Vukasinovic, 71, said he had voted for every school "
                "levy since 1989 but would vote against this one.",
                "Burl P. Vukasinovic",
                "said",
                "",
            ),
            (
                "“They built a new stadium in 2022 and now they say they're broke,” he said.",
                "Burl P. Vukasinovic",
                "said",
                "W",
            ),
        ],
        [
            (
                "Vanscoy-Harrod said the stadium was paid for with a private gift of $2.3 million "
                "and money from a 2019 permanent improvement levy, which under Ohio law cannot be "
                "spent on salaries or day-to-day costs.",
                "Lyman Vanscoy-Harrod",
                "said",
                "W",
            ),
        ],
        [
            (
                "Pennimore is one of 11 districts in Montgomery, Greene and Miami counties asking "
                "voters for new operating money in November, according to filings with the county "
                "boards of elections.",
                "filings with the county boards of elections",
                "according to",
                "W",
            ),
        ],
        [
            (
                "A community forum on the levy is scheduled for 7 p.m. July 14 in the Pennimore "
                "High School auditorium, 4410 Yoakum Road.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "MORE LOCAL NEWS",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Kettering council delays vote on Dorothy Lane bike lanes",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Two hurt in U.S. 35 crash near Xenia",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Contact Twyla Matuszak-Renfroe at 937-555-0186 or "
                "tmatuszakrenfroe@mvledgerpost.com.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2026 Miami Valley Ledger-Post.",
                "",
                "",
                "B",
            ),
            (
                "All rights reserved.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Terms of Use   Privacy Policy   Your Privacy Choices   Cookie Settings",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            (
                "This site uses cookies to improve your experience and to show you relevant "
                "advertising.",
                "",
                "",
                "B",
            ),
            (
                "By continuing to browse, you agree to our use of cookies as described in our "
                "Cookie Policy.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "I Agree   Customise",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "THE MERCANTILE STANDARD",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "SENSEX 81,204.33 ▲ 0.42%   NIFTY 24,736.10 ▲ 0.39%   GOLD ₹98,410 ▼ 0.21%   "
                "USD/INR 85.62",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Markets   Economy   Companies   Mutual Funds   Personal Finance   Opinion   "
                "ePaper   Premium",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Premium   ›   Economy   ›   Trade",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Tiruppur knitwear exporters see autumn orders fall 12%, seek return of "
                "export-credit subvention",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Smaller units are cutting shifts as buyers in Europe and the U.S. order later "
                "and in smaller lots",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "M. Saravana Pandiyan   |   Tiruppur",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Last Updated: Jun 24 2026 | 07:05 AM IST",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Listen to this article   Share   Save",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Workers at a knitwear unit on Avinashi Road in Tiruppur.",
                "",
                "",
                "",
            ),
            (
                "File Photo: M. Saravana Pandiyan",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Knitwear exporters in Tiruppur say fresh orders from Europe and the U.S. for the "
                "autumn-winter season are down about 12% from a year earlier, and have asked the "
                "Centre to restore an interest subvention on export credit that lapsed on Dec. "
                "31.",
                "Knitwear exporters in Tiruppur",
                "say",
                "W",
            ),
        ],
        [
            (
                "M. Sengottaiyan, president of the Tiruppur Knit Exporters' Forum, said member "
                "units had shipped goods worth ₹14,820 crore in 2025-26, against ₹15,930 crore a "
                "year earlier, a fall of about 7%.",
                "M. Sengottaiyan",
                "said",
                "W",
            ),
            (
                "He said the forum's 940-odd member units employed about 3.1 lakh workers, a "
                "majority of them women.",
                "M. Sengottaiyan",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Buyers are placing orders late and in smaller lots,” Mr. Sengottaiyan said.",
                "M. Sengottaiyan",
                "said",
                "",
            ),
            (
                "“A buyer who took 60,000 pieces from one unit last year has taken 38,000 this "
                "year.”",
                "M. Sengottaiyan",
                "said",
                "W",
            ),
        ],
        [
            (
                "The subvention, under which exporters in labour-intensive sectors were paid 3% "
                "of the interest on pre- and post-shipment rupee credit, was not extended beyond "
                "Dec. 31, 2025, according to a trade notice from the Directorate General of "
                "Foreign Trade (DGFT).",
                "a trade notice from the Directorate General of Foreign Trade (DGFT)",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Premium",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "This story is for Premium subscribers.",
                "",
                "",
                "B",
            ),
            (
                "Subscribe to read the full story and get ad-free access to all Premium stories, "
                "the ePaper and market data.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Start your subscription at ₹99 for the first month",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Already a subscriber?",
                "",
                "",
                "B",
            ),
            (
                "Sign In",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Prices of 30s count combed cotton yarn in Tiruppur have fallen to ₹248 a kg from "
                "₹276 a kg in March, according to traders.",
                "traders",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Analysts at Noyyal Crest Securities said in a note on Tuesday that listed "
                "garment makers could see operating margins narrow by 150-200 basis points in the "
                "April-June quarter.",
                "Analysts at Noyyal Crest Securities",
                "said in a note",
                "",
            ),
        ],
        [
            (
                "A senior official of the Ministry of Textiles, who did not wish to be named, "
                "said a proposal to bring back the subvention for MSME exporters was “under "
                "active consideration” with the Finance Ministry.",
                "A senior official of the Ministry of Textiles",
                "said",
                "",
            ),
            (
                "He said a decision could come before the Union Budget for 2027-28.",
                "A senior official of the Ministry of Textiles",
                "said",
                "",
            ),
        ],
        [
            (
                "Also Read | Cotton Corporation raises floor price for kapas auctions by ₹150 a "
                "quintal",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "R. Pavalakodi Ilamaran, who runs a 400-worker unit in Palladam, said she had cut "
                "one of her two shifts in May.",
                "R. Pavalakodi Ilamaran",
                "said",
                "",
            ),
            (
                "She said her bank had turned down a request in April to extend the repayment "
                "period on a ₹2.4 crore working-capital loan.",
                "R. Pavalakodi Ilamaran",
                "said",
                "W",
            ),
            (
                "“If the orders don't come by August, the second shift also goes,” Ms. Pavalakodi "
                "said.",
                "R. Pavalakodi Ilamaran",
                "said",
                "",
            ),
        ],
        [
            (
                "Mr. Sengottaiyan said the forum had written to the Union Commerce Ministry on "
                "June 9 and again on June 19 but had not received a reply.",
                "M. Sengottaiyan",
                "said",
                "W",
            ),
        ],
        [
            (
                "India's exports of knitted garments fell 4.6% to $8.94 billion in 2025-26, "
                "according to provisional data from the Apparel Export Promotion Council.",
                "provisional data from the Apparel Export Promotion Council",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Shares of Tiruppur-based Vellamalai Knit Fab Ltd. closed 3.2% lower at ₹412.60 "
                "on the BSE on Tuesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Get the day's market moves and company news on The Mercantile Standard app.",
                "",
                "",
                "B",
            ),
            (
                "Download now.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Topics: Tiruppur | textile exports | MSME | cotton yarn",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "First Published: Jun 24 2026 | 6:52 AM IST",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© Mercantile Media Pvt. Ltd. 2026.",
                "",
                "",
                "B",
            ),
            (
                "All rights reserved.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            (
                "We use cookies to give you the best experience on our site, including "
                "personalised ads and content.",
                "",
                "",
                "B",
            ),
            (
                "See our Privacy Policy to find out more.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "OK",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "THE BRISBANE DISPATCH",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Brisbane 24°   |   Today's Paper   |   Subscribe   |   Log in",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Brisbane   Queensland   National   World   Business   Sport   Lifestyle   "
                "Property   Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Brisbane",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Exclusive",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Brisbane homeowners face $96 rates rise as council unveils $4.2b budget",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Opposition councillors say the average hides much steeper increases in the "
                "city's north, where land values have jumped.",
                "Opposition councillors",
                "say",
                "W",
            ),
        ],
        [
            (
                "By Dagny Wyborn-Abbo, City Hall reporter",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "June 25, 2026 — 5.30am",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share   Save   Gift",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Finance committee chair Cr Marcelline Corbould-Truswell at City Hall on "
                "Wednesday.",
                "",
                "",
                "",
            ),
            (
                "Photo: Orson Fotheringham",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Brisbane ratepayers who live in their own homes will pay an average of $96 more "
                "in general rates next financial year, after the city council's $4.2 billion "
                "budget for 2026-27 was tabled on Wednesday with a 4.9 per cent rise.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Finance committee chair Cr Marcelline Corbould-Truswell said the increase was "
                "below the 5.4 per cent rise in the council's cost index over the past year.",
                "Marcelline Corbould-Truswell",
                "said",
                "W",
            ),
            (
                "She said the budget included $412 million for road resurfacing and $38 million "
                "to finish a dedicated bus corridor on Moggill Road.",
                "Marcelline Corbould-Truswell",
                "said",
                "W",
            ),
            (
                "“Every council in south-east Queensland is dealing with the same construction "
                "costs,” Cr Corbould-Truswell said.",
                "Marcelline Corbould-Truswell",
                "said",
                "",
            ),
            (
                "“We've kept the rise as low as we responsibly can.”",
                "Marcelline Corbould-Truswell",
                "said",
                "",
            ),
        ],
        [
            (
                "Opposition finance spokeswoman Cr Zsuzsanna Farkas-Ardleigh said the average hid "
                "bigger increases in suburbs where land valuations had jumped, and that some "
                "owner-occupiers in the city's north would pay more than $200 extra.",
                "Zsuzsanna Farkas-Ardleigh",
                "said",
                "W",
            ),
            (
                "She said the budget allowed 11 per cent more for consultants than last year's.",
                "Zsuzsanna Farkas-Ardleigh",
                "said",
                "W",
            ),
            (
                "“This is a budget that asks families in Aspley and Zillmere to carry the load,” "
                "Cr Farkas-Ardleigh said.",
                "Zsuzsanna Farkas-Ardleigh",
                "said",
                "",
            ),
        ],
        [
            (
                "Cr Corbould-Truswell said the consultants figure included engineering design "
                "work for flood-recovery projects that had previously been counted as capital "
                "works.",
                "Marcelline Corbould-Truswell",
                "said",
                "W",
            ),
        ],
        [
            (
                "Subscribe to keep reading",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "You've read your last free article for this month.",
                "",
                "",
                "B",
            ),
            (
                "Subscribe for $1 a week for the first 12 weeks, then $7 a week, billed every "
                "four weeks.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "See subscription options",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Already a subscriber?",
                "",
                "",
                "B",
            ),
            (
                "Log in",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The pensioner rates remission will rise from $1,125 to $1,180 a year, according "
                "to the budget papers.",
                "the budget papers",
                "according to",
                "W",
            ),
        ],
        [
            (
                "About 61 per cent of residential properties will see a general rates rise of "
                "less than $2 a week, according to a council fact sheet released with the budget.",
                "a council fact sheet",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Read more: Inner-city bus network overhaul pushed back to 2027",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Chermside West retiree Noelene Boatwright, 74, said she welcomed the bigger "
                "remission but was more worried about her water bill.",
                "Noelene Boatwright",
                "said",
                "",
            ),
            (
                "“The rates I can plan for,” she said.",
                "Noelene Boatwright",
                "said",
                "",
            ),
            (
                "“It's everything else that keeps going up.”",
                "Noelene Boatwright",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesman for the state-owned water retailer said in a statement that its "
                "charges were set by the Queensland government and would rise by 3.1 per cent "
                "from July 1.",
                "A spokesman for the state-owned water retailer",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "The budget will be debated over four sessions, and councillors will vote on it "
                "on July 2.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Get the morning's top stories in your inbox",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Sign up to the Brisbane Briefing, delivered every weekday at 6am.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Enter your email   Sign up",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "License this article",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "More from Brisbane",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Ferry terminal at Bulimba to close for eight weeks of repairs",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Comments are closed for this article.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2026 The Brisbane Dispatch Pty Ltd.",
                "",
                "",
                "B",
            ),
            (
                "ABN 55 555 014 271",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            (
                "CARAVEL NEWS",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "World   Business   Markets   Sustainability   Legal   Analysis   Technology   "
                "More",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Business   /   Commodities",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Workers strike at Chile's Pampalinda copper mine after wage talks collapse",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Summary",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Union says 1,180 workers walked out at 8 a.m.",
                "Sindicato de Trabajadores No. 2",
                "says",
                "W",
            ),
        ],
        [
            (
                "Mine produced 312,000 metric tons of copper last year",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mine operator says contingency plan in place",
                "Minera Pampalinda",
                "says",
                "W",
            ),
        ],
        [
            (
                "By Rayén Fuentealba-Mellado and Winfried Wardle",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "June 26, 2026 1:14 PM GMT   Updated 2 hours ago",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share   X   Facebook   LinkedIn   Email   Link",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "SANTIAGO, June 26 (Caravel) - About 1,180 workers at the Pampalinda copper mine "
                "in northern Chile walked off the job on Friday after talks on a new three-year "
                "contract broke down, the mine's largest union said.",
                "the mine's largest union",
                "said",
                "W",
            ),
        ],
        [
            (
                "The union, Sindicato de Trabajadores No. 2, said the strike began at 8 a.m. "
                "local time (1200 GMT) and that workers were blocking the main access road to the "
                "site in the Antofagasta region.",
                "Sindicato de Trabajadores No. 2",
                "said",
                "W",
            ),
            (
                "It said the company's final offer included a 2.1% raise above inflation and a "
                "signing bonus of 4.5 million pesos ($4,800) per worker, against the union's "
                "demand of 4% and 9 million pesos.",
                "Sindicato de Trabajadores No. 2",
                "said",
                "W",
            ),
        ],
        [
            (
                "Minera Pampalinda, the operating company, said in a statement that its offer was "
                "“the best in the region this year” and that it had activated a contingency plan "
                "to keep the plant running with supervisors and contractors.",
                "Minera Pampalinda",
                "said in a statement",
                "W",
            ),
            (
                "The company said output had not yet been affected.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Advertisement · Scroll to continue",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Pampalinda is 74% owned by London-listed Gresley Resources Plc, which said in a "
                "filing on Friday that the mine produced 312,000 metric tons of copper last year, "
                "about 45% of the group's output.",
                "Gresley Resources Plc",
                "said in a filing",
                "W",
            ),
            (
                "It said it did not expect the strike to change its full-year guidance for now.",
                "Gresley Resources Plc",
                "said",
                "",
            ),
        ],
        [
            (
                "Union president Osvaldo Huenchumil-Barraza told Caravel by phone that workers "
                "were prepared to stay out “as long as it takes.”",
                "Osvaldo Huenchumil-Barraza",
                "told Caravel by phone",
                "",
            ),
            (
                "He said the company had reported record profits at the mine in 2025 while "
                "offering workers less than it did in the last contract talks in 2023.",
                "Osvaldo Huenchumil-Barraza",
                "said",
                "W",
            ),
            (
                "“They tell us copper is at a good price, and then they tell us there is no "
                "money,” Huenchumil-Barraza said.",
                "Osvaldo Huenchumil-Barraza",
                "said",
                "",
            ),
        ],
        [
            (
                "A London-based spokesman for Gresley said the 2023 agreement had included a "
                "one-off payment linked to the end of the pandemic and could not be compared "
                "directly.",
                "A London-based spokesman for Gresley",
                "said",
                "W",
            ),
        ],
        [
            (
                "Chile's labour ministry said it had offered to mediate and would invite both "
                "sides to talks on Monday.",
                "Chile's labour ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "Benchmark copper on the London Metal Exchange rose 0.8% to $9,912 a ton by 1300 "
                "GMT, its highest in three weeks.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chile, the world's largest copper producer, mined 5.47 million tons of the metal "
                "in 2025, according to data from Chilean copper commission Cochilco.",
                "data from Chilean copper commission Cochilco",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Gervasio Letelier-Carrasco, a mining analyst at Santiago brokerage Loncomilla "
                "Valores, said a strike of more than two weeks could cut Pampalinda's output by "
                "about 20,000 tons this year.",
                "Gervasio Letelier-Carrasco",
                "said",
                "",
            ),
            (
                "“The market is tight enough that every lost ton counts,” he said.",
                "Gervasio Letelier-Carrasco",
                "said",
                "",
            ),
        ],
        [
            (
                "The last strike at the mine, in 2019, lasted 33 days, according to the union.",
                "the union",
                "according to",
                "W",
            ),
        ],
        [
            (
                "(Reporting by Rayén Fuentealba-Mellado in Santiago; Additional reporting by "
                "Winfried Wardle in London; Editing by Loreen Azan)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Our Standards: The Caravel News Editorial Principles.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Purchase Licensing Rights",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Read Next",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Peru's copper output rises 6% in May on new mine ramp-up",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Zambia approves expansion of Kansanshi-area smelter",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2026 Caravel News.",
                "",
                "",
                "B",
            ),
            (
                "All quotes delayed a minimum of 15 minutes.",
                "",
                "",
                "B",
            ),
            (
                "See here for a full list of exchanges and delays.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            (
                "The Wyvern Harbour Clarion",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Serving Wyvern Harbour, Belliveaux Point and the Cobequid Shore since 1911",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Thursday, July 2, 2026   |   Vol. 115, No. 27",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Home   Local News   Sports   Community   Obituaries   Letters   Classifieds   "
                "E-Edition   Contact",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "LOCAL NEWS",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Council votes 5-2 to buy used pumper truck for $189,000",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "By Hermas Amero-MacNeil, Clarion reporter",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Published July 2, 2026",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share   Email   Print",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Fire Chief Euclide Maillet-Rankin stands beside the department's 1998 pumper at "
                "the fire hall on Himmelman Street.",
                "",
                "",
                "",
            ),
            (
                "Submitted photo",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Wyvern Harbour town council voted 5-2 on Monday night to buy a 2012 pumper truck "
                "from a fire department in eastern Ontario for $189,000, after the fire chief "
                "told councillors the department's main truck had failed its annual pump test in "
                "May.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The truck, which has about 41,000 kilometres on it, would replace a 1998 pumper "
                "that has needed $27,400 in repairs since 2023, according to the chief's report "
                "to council.",
                "the chief's report to council",
                "according to",
                "W",
            ),
            (
                "A new pumper of the same size would cost at least $850,000 and take up to three "
                "years to build, the report said.",
                "the report",
                "said",
                "W",
            ),
        ],
        [
            (
                "Fire Chief Euclide Maillet-Rankin said the department's 26 volunteers answered "
                "143 calls last year, 38 of them on the highway between Wyvern Harbour and "
                "Belliveaux Point.",
                "Euclide Maillet-Rankin",
                "said",
                "W",
            ),
            (
                "“I can't tell a family on Route 215 that we're coming, as long as the truck "
                "starts,” he said.",
                "Euclide Maillet-Rankin",
                "said",
                "",
            ),
        ],
        [
            (
                "Deputy Mayor Archibald Beaton-Walton said the purchase would be paid for from "
                "the town's equipment reserve, which held $312,000 on March 31, 2025, according "
                "to the town's audited statements for 2024-25.",
                "Archibald Beaton-Walton",
                "said",
                "W",
            ),
            (
                "He said no tax increase would be needed to cover it.",
                "Archibald Beaton-Walton",
                "said",
                "W",
            ),
            (
                "“This is exactly what that reserve is for,” Beaton-Walton said.",
                "Archibald Beaton-Walton",
                "said",
                "",
            ),
        ],
        [
            (
                "Councillors Germaine Hirtle-Knickle and Clotaire Wambolt voted against the "
                "motion.",
                "",
                "",
                "W",
            ),
            (
                "Hirtle-Knickle said the town had not asked for a second inspection of the truck "
                "by an independent mechanic before agreeing to buy it.",
                "Germaine Hirtle-Knickle",
                "said",
                "W",
            ),
            (
                "“Would any of us buy a 14-year-old car without taking it to a garage first?” she "
                "asked.",
                "Germaine Hirtle-Knickle",
                "asked",
                "",
            ),
        ],
        [
            (
                "Maillet-Rankin said a mechanic from the seller had certified the pump and the "
                "brakes in June and that he had driven the truck himself on a visit to Ontario on "
                "June 12.",
                "Euclide Maillet-Rankin",
                "said",
                "W",
            ),
            (
                "He said the deal included a 90-day warranty on the engine and transmission.",
                "Euclide Maillet-Rankin",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mayor Leopoldine Veinot-Meisner said she understood the concerns but that the "
                "town could not wait for the next budget.",
                "Leopoldine Veinot-Meisner",
                "said",
                "",
            ),
            (
                "She said the province's Department of Municipal Affairs had approved the use of "
                "the reserve in a letter dated June 24.",
                "Leopoldine Veinot-Meisner",
                "said",
                "W",
            ),
        ],
        [
            (
                "The truck is expected to arrive in Wyvern Harbour by the end of August and will "
                "be housed at the fire hall at 112 Himmelman St.",
                "",
                "",
                "W",
            ),
            (
                "Council also agreed to sell the old pumper by public tender.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Volunteer firefighter Télesphore Fitzell-Crowe, who has served with the "
                "department for 19 years, said he spends about six hours a week at the hall on "
                "training and maintenance.",
                "Télesphore Fitzell-Crowe",
                "said",
                "",
            ),
            (
                "“Most of us have day jobs,” he said.",
                "Télesphore Fitzell-Crowe",
                "said",
                "",
            ),
            (
                "“We just want a truck we can trust.”",
                "Télesphore Fitzell-Crowe",
                "said",
                "",
            ),
        ],
        [
            (
                "COMMUNITY CALENDAR",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Saturday, July 4 — Strawberry tea at St. Osyth's Anglican Church hall, 2 p.m. to "
                "4 p.m.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Wednesday, July 8 — Wyvern Harbour Legion cribbage night, 7 p.m.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Have news from your corner of the county?",
                "",
                "",
                "B",
            ),
            (
                "Send it to news@whclarion.ca by noon Monday.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Not getting the Clarion at home?",
                "",
                "",
                "B",
            ),
            (
                "A year's print subscription is $52 in the county and includes the e-edition.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Letters to the editor must be signed and include a phone number for verification.",
                "",
                "",
                "B",
            ),
            (
                "We do not print letters longer than 300 words.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Clarion is published every Thursday by Cobequid Shore Publishing Ltd., 40 "
                "Water St., Wyvern Harbour, N.S.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2026 The Wyvern Harbour Clarion.",
                "",
                "",
                "B",
            ),
            (
                "All rights reserved.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            (
                "WALESLINE",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Sign in   |   Newsletters   |   Jobs",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "News   Sport   What's On   Cymraeg   Business   Opinion   Weather",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Rugby   Football   Cricket   Boxing   Golf   Results",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "RUGBY",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Nantyrhydd 27-19 Glyngwernen: Quarrymen book final place with late double",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Two tries in the last nine minutes sink Glyngwernen at a packed Dôl y Felin",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "By Gwallter Beynon, Rugby correspondent",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Saturday, 27 June 2026, 6:41pm BST",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share   Facebook   X   WhatsApp   Email",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Nantyrhydd No. 8 Tecwyn Harries-Wogan powers over for the decisive try.",
                "",
                "",
                "",
            ),
            (
                "Picture: Gwerful Gittins / Walesline",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Nantyrhydd will face Abertrinant in the Welsh Premiership play-off final next "
                "Saturday after two tries in the last nine minutes gave them a 27-19 win over "
                "Glyngwernen at Dôl y Felin.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Glyngwernen led 19-13 with 71 minutes gone, but No. 8 Tecwyn Harries-Wogan drove "
                "over from a five-metre scrum and scrum-half Dyfrig Eynon-Tuckett sniped through "
                "a tired defence four minutes later.",
                "",
                "",
                "W",
            ),
            (
                "Fly-half Carwyn Jenkin-Laugharne converted both.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Glyngwernen had started much the brighter.",
                "",
                "",
                "",
            ),
            (
                "Wing Gwydion Morgans-Picton finished in the corner after six minutes, and his "
                "side were 8-3 up at the break after a penalty from full-back Arwel "
                "Meredudd-Howells.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Nantyrhydd lost flanker Macsen Gethings to the sin-bin for a high tackle on 44 "
                "minutes, and Morgans-Picton added his second try while they were a man short.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Advertisement",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Jenkin-Laugharne kept the hosts in touch with a second penalty, and centre Iwan "
                "Trefor-Watkins crossed on 58 minutes after a break down the left by "
                "Eynon-Tuckett to level the scores at 13-13.",
                "",
                "",
                "W",
            ),
            (
                "Two Meredudd-Howells penalties then put the visitors back in front.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Nantyrhydd head coach Elwyn Griffiths-Parry said his side had “found something "
                "from somewhere” in the final quarter.",
                "Elwyn Griffiths-Parry",
                "said",
                "",
            ),
            (
                "“What a finish by the boys!” said Griffiths-Parry.",
                "Elwyn Griffiths-Parry",
                "said",
                "",
            ),
            (
                "“We were poor for an hour, but we haven't lost at home since October and they "
                "didn't want that to end.”",
                "Elwyn Griffiths-Parry",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said Harries-Wogan had played with a strapped shoulder after missing training "
                "on Tuesday and Thursday.",
                "Elwyn Griffiths-Parry",
                "said",
                "W",
            ),
        ],
        [
            (
                "Glyngwernen captain Glanmor Mostyn-Scourfield said the result was “brutal” for a "
                "squad that had topped the table in March.",
                "Glanmor Mostyn-Scourfield",
                "said",
                "",
            ),
            (
                "He said his side had conceded 14 penalties, eight of them at the breakdown.",
                "Glanmor Mostyn-Scourfield",
                "said",
                "W",
            ),
            (
                "“You can't give a side like that so much ball and expect to hold them,” "
                "Mostyn-Scourfield said.",
                "Glanmor Mostyn-Scourfield",
                "said",
                "",
            ),
        ],
        [
            (
                "Glyngwernen said in a statement after the game that lock Brychan Caron had been "
                "taken to hospital with a suspected broken ankle.",
                "Glyngwernen",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "A crowd of 3,870 watched the game, the biggest at Dôl y Felin since it reopened "
                "in 2019, according to league figures.",
                "league figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Abertrinant beat St. Illtyd's Wanderers 31-24 in the other semi-final on Friday "
                "night.",
                "",
                "",
                "W",
            ),
            (
                "The final will be played at Abertrinant's Ffynnonlas ground on Saturday, July 4, "
                "kick-off 3pm.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Man of the match: Dyfrig Eynon-Tuckett (Nantyrhydd)",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "MATCH FACTS",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Nantyrhydd: Tries: Trefor-Watkins, Harries-Wogan, Eynon-Tuckett.",
                "",
                "",
                "",
            ),
            (
                "Cons: Jenkin-Laugharne 3.",
                "",
                "",
                "",
            ),
            (
                "Pens: Jenkin-Laugharne 2.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Glyngwernen: Tries: Morgans-Picton 2.",
                "",
                "",
                "",
            ),
            (
                "Pens: Meredudd-Howells 3.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Referee: Llinos Goronwy (WRU)",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "MOST READ",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "1",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Valleys club fined after pitch invasion at cup tie",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "2",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Former Wales prop to coach Abertrinant's academy",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Follow Walesline Sport on X and Instagram for every score from the play-offs.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2026 Walesline Media Ltd.",
                "",
                "",
                "B",
            ),
            (
                "Registered in Wales, No. 05550412.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            (
                "ScienceRidge",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Earth   Space   Health   Technology   Biology   Physics   Newsletter",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Earth › Climate",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Glacier-fed streams in western Norway have warmed by 1.4°C in summer since 1998",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Researchers warn the change could push cold-water insects out of rivers that "
                "salmon and trout depend on.",
                "Researchers",
                "warn",
                "",
            ),
        ],
        [
            (
                "By Tordis Grünwald | June 29, 2026",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "4 min read",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share   Tweet   Email   Print",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Streams fed by melting glaciers in western Norway were about 1.4°C warmer in "
                "July last year than in 1998, a new study has found, the largest rise recorded "
                "for Scandinavian glacial rivers over that period.",
                "a new study",
                "has found",
                "W",
            ),
        ],
        [
            (
                "The researchers analysed daily water temperature records from 31 streams in "
                "Vestland county between 1998 and 2025, according to the paper, published on "
                "Monday in the journal Freshwater Arctic Letters.",
                "the paper",
                "according to",
                "W",
            ),
            (
                "Mean July temperatures rose from 4.9°C to 6.3°C on average across the streams (p "
                "< 0.01), with the biggest increases in streams whose glaciers had shrunk the "
                "most.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lead author Dr. Aslaug Myklebust-Kvamme, a hydrologist at the Sognefjord "
                "Institute for Freshwater Research, said the glaciers feeding the streams had "
                "lost approx. 22% of their area since 1998.",
                "Aslaug Myklebust-Kvamme",
                "said",
                "W",
            ),
            (
                "“As a glacier shrinks, there is less cold meltwater in July, and the stream "
                "below it warms faster,” she said.",
                "Aslaug Myklebust-Kvamme",
                "said",
                "W",
            ),
            (
                "“That is simple physics, but we did not expect to see it so clearly in under "
                "three decades.”",
                "Aslaug Myklebust-Kvamme",
                "said",
                "",
            ),
        ],
        [
            (
                "Fig. 2: Mean July water temperature in the 31 study streams, 1998–2025.",
                "",
                "",
                "",
            ),
            (
                "Credit: Myklebust-Kvamme et al., Freshwater Arctic Letters (2026)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Norway has about 2,500 glaciers, and their total area shrank by 15% between the "
                "late 1990s and 2020, according to the Norwegian Water Resources and Energy "
                "Directorate.",
                "the Norwegian Water Resources and Energy Directorate",
                "according to",
                "W",
            ),
        ],
        [
            (
                "In the 12 warmest streams, the number of stonefly and mayfly larvae found in "
                "samples fell by about a third over the study period, the authors write.",
                "the authors",
                "write",
                "W",
            ),
            (
                "Co-author Prof. Ingebjørg M. Fjeldstad said those insects were a main source of "
                "food for young salmon and brown trout.",
                "Ingebjørg M. Fjeldstad",
                "said",
                "W",
            ),
            (
                "She said the team now wanted to test whether the fish themselves were growing "
                "more slowly.",
                "Ingebjørg M. Fjeldstad",
                "said",
                "",
            ),
        ],
        [
            (
                "Advertisement",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Myklebust-Kvamme said the temperature loggers had been replaced twice during the "
                "period and were checked against hand measurements each summer.",
                "Aslaug Myklebust-Kvamme",
                "said",
                "W",
            ),
            (
                "The researcher said she was confident the trend was not an artefact of the "
                "equipment.",
                "Aslaug Myklebust-Kvamme",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr. Reinhold Kaltenbrunner, a freshwater ecologist at an Austrian university who "
                "was not involved in the study, said in an email that the result was “a clean and "
                "important record.”",
                "Reinhold Kaltenbrunner",
                "said in an email",
                "",
            ),
            (
                "He said 31 streams was still a small sample, and that it would be useful to know "
                "how much of the warming came from warmer air rather than from the loss of ice.",
                "Reinhold Kaltenbrunner",
                "said",
                "",
            ),
        ],
        [
            (
                "Myklebust-Kvamme et al. also found that the streams now reach their summer peak "
                "temperature about 11 days earlier than they did in 1998.",
                "Myklebust-Kvamme et al.",
                "also found",
                "W",
            ),
        ],
        [
            (
                "More information: Aslaug Myklebust-Kvamme et al, Summer warming of glacier-fed "
                "streams in western Norway, Freshwater Arctic Letters (2026).",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Journal reference: Myklebust-Kvamme V, Fjeldstad IM, Vindenes T, et al. Summer "
                "warming of glacier-fed streams in western Norway, 1998–2025. Freshw Arct Lett. "
                "2026;9(2):114-129. DOI: 10.5555/fal.2026.0412",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Provided by Sognefjord Institute for Freshwater Research",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Citation: Glacier-fed streams in western Norway have warmed by 1.4°C in summer "
                "since 1998 (2026, June 29) retrieved 30 June 2026",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Related Stories",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Meltwater from Alpine glaciers peaks earlier each decade, study finds",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Sign up for the ScienceRidge weekly newsletter.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2026 ScienceRidge.",
                "",
                "",
                "B",
            ),
            (
                "This document is subject to copyright and may not be reproduced without written "
                "permission.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            (
                "THE KINGSTONIAN",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Wednesday, July 1, 2026   |   ePaper   |   Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "News   Live   Business   Sports   Entertainment   Letters   Commentary   "
                "Obituaries",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "LIVE",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Tropical Storm Marisabel: heavy rain across eastern parishes, 148,000 customers "
                "without power",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Marisabel made landfall near Morant Point before dawn and is moving west at 13 "
                "mph; flash flood warning remains in effect for all 14 parishes.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Live   Updated 2:47 p.m.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share   Refresh",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Pinned",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Meteorological Service of Jamaica said the tropical storm warning for "
                "Jamaica remains in effect, and that a flash flood warning is in effect for all "
                "parishes until 6 a.m. Thursday.",
                "the Meteorological Service of Jamaica",
                "said",
                "W",
            ),
            (
                "It said residents in low-lying and flood-prone areas should stay indoors.",
                "the Meteorological Service of Jamaica",
                "said",
                "",
            ),
        ],
        [
            (
                "2:47 p.m.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Mrs Joscelyn Morrison-Clunie, chief executive of the St. Catherine Municipal "
                "Corporation, said crews had cleared 23 of the 31 roads blocked by landslides or "
                "fallen trees in the parish by 2 p.m.",
                "Joscelyn Morrison-Clunie",
                "said",
                "W",
            ),
            (
                "She said the road from Bog Walk to Linstead was open to light vehicles only.",
                "Joscelyn Morrison-Clunie",
                "said",
                "W",
            ),
            (
                "— Keneisha Brathwaite-Duhaney",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "1:58 p.m.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Airport to reopen at 5 p.m.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Norman Manley International Airport in Kingston will reopen to arriving flights "
                "at 5 p.m., according to the Airports Authority of Jamaica.",
                "the Airports Authority of Jamaica",
                "according to",
                "W",
            ),
            (
                "Sangster International in Montego Bay did not close.",
                "",
                "",
                "W",
            ),
            (
                "— Keneisha Brathwaite-Duhaney",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Advertisement",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "12:35 p.m.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Key update",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Jamaica Public Service Company (JPS) said in a post on X that 148,000 "
                "customers, about 22 per cent of its customer base, were without electricity at "
                "noon.",
                "the Jamaica Public Service Company (JPS)",
                "said in a post on X",
                "W",
            ),
            (
                "JPS said most of the outages were in St. Thomas, Portland and St. Andrew.",
                "the Jamaica Public Service Company (JPS)",
                "said",
                "W",
            ),
            (
                "It said crews would not go up poles until winds dropped below 40 mph.",
                "the Jamaica Public Service Company (JPS)",
                "said",
                "",
            ),
            (
                "— Courtney Seymour",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "11:10 a.m.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Mr Carlington Ricketts-Barnswell, director general of the Office of Disaster "
                "Preparedness and Emergency Management (ODPEM), said 62 shelters were open across "
                "the island and housed 1,340 people at 10 a.m.",
                "Carlington Ricketts-Barnswell",
                "said",
                "W",
            ),
            (
                "He said most of the people in shelters were from communities along the Yallahs "
                "River in St. Thomas.",
                "Carlington Ricketts-Barnswell",
                "said",
                "W",
            ),
            (
                "“If you are in a shelter, stay there until we tell you the road home is safe,” "
                "he told the Kingstonian.",
                "Carlington Ricketts-Barnswell",
                "told the Kingstonian",
                "",
            ),
            (
                "— Courtney Seymour",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "9:42 a.m.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Water on the road at Harbour View.",
                "",
                "",
                "",
            ),
            (
                "Residents in Harbour View, St. Andrew, woke to knee-deep water on several "
                "streets after the Chalky River burst its banks.",
                "",
                "",
                "",
            ),
            (
                "Photo submitted by a reader",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Merline Matalon, 63, said the water reached her front step at about 4 a.m.",
                "Merline Matalon",
                "said",
                "",
            ),
            (
                "“I moved the fridge up on blocks and I'm sitting on the verandah waiting,” she "
                "said.",
                "Merline Matalon",
                "said",
                "",
            ),
            (
                "She said the fire brigade had come by at 7 a.m. and taken two elderly neighbours "
                "to a shelter at the Harbour View Primary School.",
                "Merline Matalon",
                "said",
                "W",
            ),
            (
                "— Keneisha Brathwaite-Duhaney",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "8:05 a.m.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The US National Hurricane Center said in its 8 a.m. advisory that Marisabel had "
                "maximum sustained winds near 60 mph and was centred about 25 miles "
                "east-north-east of Kingston.",
                "the US National Hurricane Center",
                "said",
                "W",
            ),
            (
                "The centre said the storm was expected to reach the Cayman Islands on Thursday "
                "afternoon.",
                "The centre",
                "said",
                "",
            ),
            (
                "Video: Waves breaking over the Palisadoes road before dawn.",
                "",
                "",
                "",
            ),
            (
                "0:42",
                "",
                "",
                "B",
            ),
            (
                "— Courtney Seymour",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "6:20 a.m.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Storm makes landfall",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Met Service said Marisabel made landfall near Morant Point, St. Thomas, at "
                "about 4:30 a.m.",
                "the Meteorological Service of Jamaica",
                "said",
                "W",
            ),
            (
                "It said rainfall of 150 mm had been recorded at Bath, in St. Thomas, in the six "
                "hours to 6 a.m. and that up to 250 mm more could fall in eastern parishes by "
                "Thursday morning.",
                "the Meteorological Service of Jamaica",
                "said",
                "W",
            ),
            (
                "— Courtney Seymour",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Follow The Kingstonian on WhatsApp for storm alerts as they happen.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "RELATED",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Schools in eastern parishes closed until Friday, ministry says",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Farmers in St. Elizabeth count losses after Marisabel' outer bands",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2026 Kingstonian Media Ltd.",
                "",
                "",
                "B",
            ),
            (
                "All rights reserved.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            (
                "THE NAIROBI WEEKENDER",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Home   News   Counties   Business   Lifestyle   The Weekender Conversation   "
                "Sports   Podcasts",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "THE WEEKENDER CONVERSATION",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "‘If the card machine fails, the passenger walks free’ — matatu owners' chair "
                "Nyakio Kagwe-Namasaka says cashless fares can work",
                "Nyakio Kagwe-Namasaka",
                "says",
                "",
            ),
        ],
        [
            (
                "As the county prepares to make cashless payment compulsory on 40 routes, we "
                "asked the woman who speaks for 2,300 matatu owners what it will mean for the "
                "crew, the passenger and the boss.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "By Kimani Murage-Ndung'u",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Saturday, June 27, 2026",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share   Facebook   X   WhatsApp   Email",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Nyakio Kagwe-Namasaka at the association's offices on Accra Road, Nairobi.",
                "",
                "",
                "",
            ),
            (
                "Photo: Wahu Kabura",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Nyakio Kagwe-Namasaka has chaired the Eastlands Matatu Owners' Association since "
                "2021.",
                "",
                "",
                "W",
            ),
            (
                "The association's members own about 3,100 of the 14-seater and 33-seater "
                "vehicles that run between the city centre and the estates east of Jogoo Road.",
                "",
                "",
                "W",
            ),
            (
                "From September 1, the county government will require operators on 40 routes to "
                "accept fares only by card or mobile money.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "This interview has been edited for length and clarity.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Q: Your members fought cashless fares the last time it was tried.",
                "",
                "",
                "",
            ),
            (
                "What has changed?",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "A: The last time, in 2014, the machines were bought by the owners and the banks "
                "took a big cut.",
                "Nyakio Kagwe-Namasaka",
                "A:",
                "W",
            ),
            (
                "This time the county has agreed that the fee on a fare of KSh100 will not be "
                "more than KSh1.",
                "Nyakio Kagwe-Namasaka",
                "A:",
                "W",
            ),
            (
                "That is in the agreement we signed on May 14.",
                "Nyakio Kagwe-Namasaka",
                "A:",
                "W",
            ),
            (
                "If they keep that promise, our members will not fight it.",
                "Nyakio Kagwe-Namasaka",
                "A:",
                "",
            ),
        ],
        [
            (
                "Q: County figures show that only about one in five matatus on those routes has a "
                "working card reader today.",
                "County figures",
                "show",
                "W",
            ),
            (
                "Can you be ready by September?",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "A: In our association it is more than that — 1,270 of our vehicles had a reader "
                "fitted when we counted at the end of May.",
                "Nyakio Kagwe-Namasaka",
                "A:",
                "W",
            ),
            (
                "The rest will not all be ready.",
                "Nyakio Kagwe-Namasaka",
                "A:",
                "",
            ),
            (
                "So we have asked for a grace period of 60 days where a conductor can still take "
                "cash if the machine fails, and we are still waiting for an answer.",
                "Nyakio Kagwe-Namasaka",
                "A:",
                "",
            ),
        ],
        [
            (
                "Q: What happens to the conductor?",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "A: This is the question nobody asks!",
                "Nyakio Kagwe-Namasaka",
                "A:",
                "",
            ),
            (
                "The conductor is not only collecting money.",
                "Nyakio Kagwe-Namasaka",
                "A:",
                "",
            ),
            (
                "He is calling passengers, he is helping the mother with the child, he is telling "
                "the driver when to stop.",
                "Nyakio Kagwe-Namasaka",
                "A:",
                "",
            ),
            (
                "No owner in our association is planning to remove conductors.",
                "Nyakio Kagwe-Namasaka",
                "A:",
                "",
            ),
        ],
        [
            (
                "“If the card machine fails, the passenger walks free.”",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Advertisement",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Q: Commuters we spoke to say they worry about being charged twice when the "
                "network is down.",
                "Commuters we spoke to",
                "say",
                "",
            ),
        ],
        [
            (
                "A: That happened to me also, on the No. 58 to Umoja, when a payment went through "
                "twice in March.",
                "Nyakio Kagwe-Namasaka",
                "A:",
                "",
            ),
            (
                "The National Transport and Safety Authority (NTSA) told us in a meeting on June "
                "3 that every reader approved for use must show the conductor a confirmation "
                "within 30 seconds.",
                "Nyakio Kagwe-Namasaka",
                "A:",
                "W",
            ),
            (
                "Our rule to the crews is simple: if the machine fails, the passenger walks free.",
                "Nyakio Kagwe-Namasaka",
                "A:",
                "",
            ),
        ],
        [
            (
                "Q: The NTSA also wants every route licence to name a single operator by next "
                "year.",
                "",
                "",
                "",
            ),
            (
                "Is that fair to small owners?",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "A: Most of our members own one or two vehicles.",
                "Nyakio Kagwe-Namasaka",
                "A:",
                "W",
            ),
            (
                "If the licence goes to one big company on each route, who protects the man with "
                "one matatu?",
                "Nyakio Kagwe-Namasaka",
                "A:",
                "",
            ),
            (
                "We want owners to be able to join as a cooperative and hold the licence "
                "together, the way the Sacco rules already allow.",
                "Nyakio Kagwe-Namasaka",
                "A:",
                "",
            ),
        ],
        [
            (
                "Q: Fares went up twice last year.",
                "",
                "",
                "",
            ),
            (
                "Will cashless payment push them up again?",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "A: Fares go up when fuel goes up.",
                "Nyakio Kagwe-Namasaka",
                "A:",
                "",
            ),
            (
                "Diesel in Nairobi was KSh171 a litre in January and it is KSh184 now.",
                "Nyakio Kagwe-Namasaka",
                "A:",
                "W",
            ),
            (
                "Cashless will not change that, but it will stop the money going missing between "
                "6 a.m. and 10 p.m., and an owner who sees all his money can keep the fare "
                "steady.",
                "Nyakio Kagwe-Namasaka",
                "A:",
                "",
            ),
        ],
        [
            (
                "Q: Last question.",
                "",
                "",
                "",
            ),
            (
                "What is your message to the commuter standing at Kencom at 7 p.m.?",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "A: Be patient with us for two months.",
                "Nyakio Kagwe-Namasaka",
                "A:",
                "",
            ),
            (
                "And keep a little cash for now, just in case!",
                "Nyakio Kagwe-Namasaka",
                "A:",
                "",
            ),
        ],
        [
            (
                "Kimani Murage-Ndung'u is a senior writer at The Nairobi Weekender.",
                "",
                "",
                "B",
            ),
            (
                "He covers transport and city affairs.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "More from The Weekender Conversation",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The boda boda rider who became a county road-safety officer",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Have your say: leave a comment below.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2026 Weekender Media Group.",
                "",
                "",
                "B",
            ),
            (
                "All rights reserved.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            (
                "Talaria Newswire",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "News   Browse by Industry   Browse by Region   Multimedia   For Journalists   "
                "Send a Release",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "NEWS PROVIDED BY",
                "",
                "",
                "B",
            ),
            (
                "Voltavia Recycling B.V.",
                "",
                "",
                "B",
            ),
            (
                "30 Jun, 2026, 03:00 ET",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share this article",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Voltavia opens 24,000-tonne lithium-ion battery recycling plant in the Port of "
                "Rotterdam",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Plant will recover lithium, nickel and cobalt from the equivalent of about "
                "60,000 electric-car batteries a year; €142 million investment backed by Dutch "
                "and Nordic investors",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "ROTTERDAM, Netherlands, June 30, 2026 /Talaria Newswire/ -- Voltavia Recycling "
                'B.V. ("Voltavia"), a Dutch battery-materials recycler, today announced the '
                "opening of its first full-scale plant in the Maasvlakte area of the Port of "
                "Rotterdam.",
                "Voltavia Recycling B.V.",
                "announced",
                "W",
            ),
        ],
        [
            (
                "The plant can process up to 24,000 tonnes of end-of-life batteries and "
                "production scrap a year, equivalent to about 60,000 electric-car batteries.",
                "",
                "",
                "W",
            ),
            (
                "It uses a hydrometallurgical process to recover lithium, nickel, cobalt and "
                "manganese at a purity suitable for new battery cells, with recovery rates of "
                "approx. 95 per cent for nickel and cobalt and 90 per cent for lithium.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The €142 million plant was financed by a group of investors led by Noordkaap "
                "Capital, together with Skagerrak Green Infrastructure Fund, and by a loan of €48 "
                "million from Havenstad Bank N.V. and two other Dutch lenders.",
                "",
                "",
                "W",
            ),
            (
                "It employs 165 people and will run 24 hours a day from the fourth quarter of "
                "2026.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                '"Europe throws away the raw materials it will need for the next generation of '
                'batteries," said Dr. Sietske de Kruijf-Atmodjo, co-founder and Chief Executive '
                "Officer of Voltavia.",
                "Sietske de Kruijf-Atmodjo",
                "said",
                "",
            ),
            (
                '"With this plant, we can return them to the European supply chain within weeks, '
                'not years."',
                "Sietske de Kruijf-Atmodjo",
                "said",
                "",
            ),
        ],
        [
            (
                "De Kruijf-Atmodjo said the company had signed supply agreements covering about "
                "70 per cent of the plant's first-year capacity, with car makers, battery "
                "producers and collection schemes in the Netherlands, Belgium and Germany.",
                "Sietske de Kruijf-Atmodjo",
                "said",
                "W",
            ),
            (
                '"We have built this plant to be copied," she added.',
                "Sietske de Kruijf-Atmodjo",
                "added",
                "",
            ),
            (
                '"Our next step is a second site in southern Europe, and we are already talking '
                'to partners there."',
                "Sietske de Kruijf-Atmodjo",
                "added",
                "",
            ),
        ],
        [
            (
                '"Voltavia has shown that battery recycling can be done at industrial scale in '
                'Europe, at a cost that works for customers," said Gerbrand Wierenga-Aarflot, '
                "Managing Partner at Noordkaap Capital.",
                "Gerbrand Wierenga-Aarflot",
                "said",
                "",
            ),
        ],
        [
            (
                '"The port already handles about a third of all battery materials imported into '
                'the Netherlands, so recycling them here is a logical step," said Baukje '
                "Tuinstra-Riedl, director of energy and industry at the Port of Rotterdam "
                "Authority.",
                "Baukje Tuinstra-Riedl",
                "said",
                "W",
            ),
        ],
        [
            (
                '"Recycled nickel and cobalt from Voltavia will help us meet the EU '
                'recycled-content targets that apply to new batteries from 2031," said Thorsten '
                "Weidemeyer-Kahl, head of procurement at Elbgrund Cell Systems GmbH, one of the "
                "plant's first customers.",
                "Thorsten Weidemeyer-Kahl",
                "said",
                "W",
            ),
        ],
        [
            (
                "Photo: Aerial view of the Voltavia plant at Maasvlakte, Rotterdam.",
                "",
                "",
                "",
            ),
            (
                "Credit: Voltavia Recycling B.V.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Voltavia will hold an open day for customers and press at the plant on September "
                "17, 2026, starting at 10:00 a.m. CET.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "About Voltavia Recycling B.V.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Voltavia Recycling B.V. is a Dutch company founded in 2020 that recovers "
                "battery-grade metals from used lithium-ion batteries and manufacturing scrap.",
                "",
                "",
                "B",
            ),
            (
                "The company is headquartered in Delft and employs 210 people.",
                "",
                "",
                "B",
            ),
            (
                "For more information, visit www.voltavia.eu.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Forward-looking statements",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "This press release contains forward-looking statements, e.g. statements about "
                "the plant's capacity, output and expansion plans.",
                "",
                "",
                "B",
            ),
            (
                "Such statements are based on current expectations and are subject to risks and "
                "uncertainties, and actual results may differ materially.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Media contact:",
                "",
                "",
                "B",
            ),
            (
                "Hiltje Schuitema-Saïdi, Voltavia Recycling B.V.",
                "",
                "",
                "B",
            ),
            (
                "press@voltavia.eu | +31 10 555 0174",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "SOURCE Voltavia Recycling B.V.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Related Links",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "http://www.voltavia.eu",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "MORE NEWS FROM THIS SOURCE",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Voltavia signs supply deal with Scandinavian bus maker",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2026 Talaria Newswire Inc.",
                "",
                "",
                "B",
            ),
            (
                "All Rights Reserved.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "This site uses cookies.",
                "",
                "",
                "B",
            ),
            (
                "Read our cookie policy.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            (
                "The Tagus Courier",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Portugal   Lisbon   Algarve   Porto   Business   Opinion   Property   Lifestyle",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "OPINION",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Lisbon's short-let crackdown was meant to free up homes — so where are they?",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Two years on, rents are still climbing and the flats that came off the short-let "
                "platforms have mostly not come back to people who live here.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "By Guiomar Quaresma-Meireles   |   28 June 2026",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "5 min read",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share   Facebook   X   LinkedIn   Email",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Tourists and residents on a street in the Graça neighbourhood.",
                "",
                "",
                "",
            ),
            (
                "Photo: Tagus Courier archive",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "When the city council voted to freeze new short-let licences in most of central "
                "Lisbon, I wrote in this column that it was the right decision and that it would "
                "take time.",
                "",
                "",
                "",
            ),
            (
                "I still think it was the right decision.",
                "",
                "",
                "",
            ),
            (
                "But two years is long enough to ask an honest question: where are the homes?",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The council said when it approved the rules in June 2024 that it expected "
                "between 4,000 and 6,000 flats to return to the long-term rental market within "
                "two years.",
                "The council",
                "said",
                "W",
            ),
            (
                "I have looked for that number in every report the council has published since, "
                "and I cannot find it.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "What I can find is this: the median rent for new leases in the Lisbon "
                "municipality rose to €17.40 per square metre in the first quarter of this year, "
                "up 9.4 per cent on a year earlier, according to Statistics Portugal (INE).",
                "Statistics Portugal (INE)",
                "according to",
                "W",
            ),
            (
                "INE's figures also show that the number of new leases signed in the city fell by "
                "6 per cent over the same period.",
                "INE's figures",
                "show",
                "W",
            ),
        ],
        [
            (
                "Rents up, new leases down.",
                "",
                "",
                "",
            ),
            (
                "That is not what a city looks like when thousands of flats come back onto the "
                "market.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "A survey of 1,200 tenants by the Lisbon Tenants' Association, published last "
                "month, found that 41 per cent were spending more than half of their income on "
                "rent.",
                "the Lisbon Tenants' Association",
                "found",
                "W",
            ),
            (
                "I am one of the lucky ones — my landlady has raised my rent by only the legal "
                "maximum, i.e. the 2.3 per cent the government set for this year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Advertisement",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "So where did the flats go?",
                "",
                "",
                "",
            ),
            (
                "Some, I suspect, are simply empty, waiting for the rules to change again.",
                "",
                "",
                "",
            ),
            (
                "Others have become medium-term lets, e.g. three to eleven months for digital "
                "nomads and visiting students, which the licence freeze does not cover.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "A friend of mine, Gonçalo, who owns two flats in Alfama, put it plainly over "
                "coffee.",
                "Gonçalo",
                "put it plainly",
                "",
            ),
            (
                "“Why would I sign a five-year lease with a family at €1,100 when I can let to a "
                "German engineer for six months at €2,000?” he said.",
                "Gonçalo",
                "said",
                "",
            ),
            (
                "I did not have a good answer for him.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The council's defenders will say the freeze was never meant to work alone.",
                "",
                "",
                "",
            ),
            (
                "They are right!",
                "",
                "",
                "",
            ),
            (
                "It was supposed to come with a programme of public rental housing, tax breaks "
                "for long leases and proper enforcement against illegal lets.",
                "",
                "",
                "",
            ),
            (
                "Of those three, only the tax breaks have arrived, and the council's own "
                "enforcement team has nine inspectors for a city of more than half a million "
                "people.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Nine!",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "If Lisbon is serious, it needs to count the empty flats, close the medium-term "
                "gap and hire the inspectors.",
                "",
                "",
                "",
            ),
            (
                "Otherwise the next column I write on this will be the same as this one, only "
                "angrier.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The views expressed in this column are those of the author and do not "
                "necessarily reflect those of The Tagus Courier.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Guiomar Quaresma-Meireles is a Lisbon-based journalist and writes a fortnightly "
                "column on housing and city life.",
                "",
                "",
                "B",
            ),
            (
                "She has rented in the city for 19 years.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "More Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Algarve's water problem will not wait for the next election",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Comments (86)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Comments are reviewed before publication.",
                "",
                "",
                "B",
            ),
            (
                "Personal attacks will be removed.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2026 The Tagus Courier.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            (
                "ASIA LEDGER",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "NIKKEI 225 39,814.27 +0.6%   |   TOPIX 2,781.05 +0.4%   |   USD/JPY 152.18",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Markets   Companies   Economy   Tech   Politics   Opinion   Data",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Companies   /   Retail",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Sakuramichi profit rises 11% as overseas stores offset shrinking Japan network",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Operator of Komichi Mart beats forecasts but warns of higher labour costs at home",
                "Sakuramichi Holdings Co.",
                "warns",
                "W",
            ),
        ],
        [
            (
                "By Sayaka Tominaga-Hetherington   |   Tokyo",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "July 10, 2026 12:05 JST",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share   Save   Gift article",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Sakuramichi Holdings Co., which runs the Komichi Mart convenience-store chain, "
                "said in a filing on Thursday that net profit for the March-May quarter rose "
                "11.2% to ¥48.6bn, ahead of the ¥44.1bn average forecast in a poll of seven "
                "analysts.",
                "Sakuramichi Holdings Co.",
                "said in a filing",
                "W",
            ),
        ],
        [
            (
                "It said revenue rose 4.8% to ¥1.27tn, while operating profit climbed 9.6% to "
                "¥71.3bn.",
                "Sakuramichi Holdings Co.",
                "said",
                "W",
            ),
        ],
        [
            (
                "KEY FIGURES (March-May, yr/yr)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Revenue: ¥1.27tn (+4.8%)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Operating profit: ¥71.3bn (+9.6%)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Net profit: ¥48.6bn (+11.2%)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Stores at end-May: 21,140 (Japan 13,962; overseas 7,178)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The company said sales at its overseas stores, mainly in Vietnam, Thailand and "
                "the U.S. West Coast, rose 18% in yen terms, helped by 412 new openings over the "
                "past year and a weaker yen.",
                "The company",
                "said",
                "W",
            ),
            (
                "In Japan, it said same-store sales rose 1.9% vs. a year earlier, but it closed "
                "87 more stores than it opened in the quarter.",
                "Sakuramichi Holdings Co.",
                "said",
                "W",
            ),
        ],
        [
            (
                "A Komichi Mart store in Tokyo's Setagaya ward.",
                "",
                "",
                "",
            ),
            (
                "Photo: Asia Ledger",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Chief financial officer Tsuneo Hirabayashi told analysts on a call that wages "
                "for part-time store staff in Japan had risen by about 6% from a year earlier "
                "after increases to regional minimum wages.",
                "Tsuneo Hirabayashi",
                "told analysts",
                "W",
            ),
            (
                "He said labour costs would rise by ¥22bn in the current fiscal year, which ends "
                "in February.",
                "Tsuneo Hirabayashi",
                "said",
                "W",
            ),
            (
                "“Can we keep every store in every small town open?” Hirabayashi said.",
                "Tsuneo Hirabayashi",
                "said",
                "",
            ),
            (
                "“Honestly, not at these wages.”",
                "Tsuneo Hirabayashi",
                "said",
                "",
            ),
        ],
        [
            (
                "Advertisement",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "President Masaki Oyamada said the company would keep its full-year net profit "
                "forecast of ¥182bn unchanged, and would not raise it before the results for the "
                "June-August quarter.",
                "Masaki Oyamada",
                "said",
                "W",
            ),
            (
                "He said he wanted to see how shoppers reacted to price rises on rice balls and "
                "boxed lunches that took effect on July 1.",
                "Masaki Oyamada",
                "said",
                "",
            ),
            (
                "Mr. Oyamada said the company had bought back ¥15bn of its own shares since April "
                "and would announce a new buyback plan in October.",
                "Masaki Oyamada",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The overseas business is now doing the heavy lifting,” Kiyomi "
                "Nakadate-Stanhope, an analyst at Hokuto Shinwa Securities Co. in Tokyo, wrote in "
                "a note.",
                "Kiyomi Nakadate-Stanhope",
                "wrote in a note",
                "",
            ),
            (
                "She said overseas stores could make up more than 40% of the group's operating "
                "profit by 2028, up from about 31% in the latest quarter.",
                "Kiyomi Nakadate-Stanhope",
                "said",
                "",
            ),
        ],
        [
            (
                "Shares of Sakuramichi rose as much as 4.1% in early trading on Friday to ¥3,212, "
                "and were up 2.7% when the morning session ended at 11:30 a.m.",
                "",
                "",
                "W",
            ),
            (
                "They have gained 14% so far this year, against an 8% rise in the Topix index.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Japan's convenience-store operators ran 55,620 stores at the end of May, down "
                "0.7% from a year earlier, according to figures from the Japan Franchise "
                "Association.",
                "figures from the Japan Franchise Association",
                "according to",
                "W",
            ),
        ],
        [
            (
                "You have read 2 of 5 free articles this month.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "RELATED",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Japan's supermarkets raise rice prices for third time this year",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Get our Asia Markets Morning note in your inbox.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2026 Asia Ledger Media Ltd.",
                "",
                "",
                "B",
            ),
            (
                "All rights reserved.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Market data delayed by at least 20 minutes.",
                "",
                "",
                "B",
            ),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h60-us-am-edt-pipe",
        "Updated June 23, 2026 at 6:15 a.m. EDT | Originally published June 22, 2026 at 10:48 "
        "p.m. EDT",
        [
            "Updated June 23, 2026 at 6:15 a.m. EDT | Originally published June 22, 2026 at 10:48 "
            "p.m. EDT",
        ],
    ),
    (
        "h60-us-dr-initial-quote",
        "Superintendent Dr. Claudine J. Tarkington-Moncrief said the board would publish in "
        "August a list of cuts that would take effect in the 2027-28 school year if the levy "
        "fails, including busing for high school students who live within two miles of the "
        "school. “Nobody on this board wants to put that list in front of families,” she said. "
        "“But we owe them the truth about the numbers.”",
        [
            "Superintendent Dr. Claudine J. Tarkington-Moncrief said the board would publish in "
            "August a list of cuts that would take effect in the 2027-28 school year if the levy "
            "fails, including busing for high school students who live within two miles of the "
            "school.",
            "“Nobody on this board wants to put that list in front of families,” she said.",
            "“But we owe them the truth about the numbers.”",
        ],
    ),
    (
        "h60-us-initial-vote-question",
        "Board member Dorsel T. Zielke cast the only no vote. He said he supported the schools "
        "but that a five-year levy was too much to ask after property values in the township rose "
        "by an average of 31% in last year's county reappraisal. “Our seniors on fixed incomes "
        "just got hit with that reappraisal,” Zielke said. “Now we're asking them to do it "
        "again?”",
        [
            "Board member Dorsel T. Zielke cast the only no vote.",
            "He said he supported the schools but that a five-year levy was too much to ask after "
            "property values in the township rose by an average of 31% in last year's county "
            "reappraisal.",
            "“Our seniors on fixed incomes just got hit with that reappraisal,” Zielke said.",
            "“Now we're asking them to do it again?”",
        ],
    ),
    (
        "h60-in-us-dec-lead",
        "Knitwear exporters in Tiruppur say fresh orders from Europe and the U.S. for the "
        "autumn-winter season are down about 12% from a year earlier, and have asked the Centre "
        "to restore an interest subvention on export credit that lapsed on Dec. 31.",
        [
            "Knitwear exporters in Tiruppur say fresh orders from Europe and the U.S. for the "
            "autumn-winter season are down about 12% from a year earlier, and have asked the "
            "Centre to restore an interest subvention on export credit that lapsed on Dec. 31.",
        ],
    ),
    (
        "h60-in-initial-crore-ms",
        "R. Pavalakodi Ilamaran, who runs a 400-worker unit in Palladam, said she had cut one of "
        "her two shifts in May. She said her bank had turned down a request in April to extend "
        "the repayment period on a ₹2.4 crore working-capital loan. “If the orders don't come by "
        "August, the second shift also goes,” Ms. Pavalakodi said.",
        [
            "R. Pavalakodi Ilamaran, who runs a 400-worker unit in Palladam, said she had cut one "
            "of her two shifts in May.",
            "She said her bank had turned down a request in April to extend the repayment period "
            "on a ₹2.4 crore working-capital loan.",
            "“If the orders don't come by August, the second shift also goes,” Ms. Pavalakodi "
            "said.",
        ],
    ),
    (
        "h60-in-pvt-ltd-year",
        "© Mercantile Media Pvt. Ltd. 2026. All rights reserved.",
        [
            "© Mercantile Media Pvt. Ltd. 2026.",
            "All rights reserved.",
        ],
    ),
    (
        "h60-au-cr-split-quote",
        "Finance committee chair Cr Marcelline Corbould-Truswell said the increase was below the "
        "5.4 per cent rise in the council's cost index over the past year. She said the budget "
        "included $412 million for road resurfacing and $38 million to finish a dedicated bus "
        "corridor on Moggill Road. “Every council in south-east Queensland is dealing with the "
        "same construction costs,” Cr Corbould-Truswell said. “We've kept the rise as low as we "
        "responsibly can.”",
        [
            "Finance committee chair Cr Marcelline Corbould-Truswell said the increase was below "
            "the 5.4 per cent rise in the council's cost index over the past year.",
            "She said the budget included $412 million for road resurfacing and $38 million to "
            "finish a dedicated bus corridor on Moggill Road.",
            "“Every council in south-east Queensland is dealing with the same construction "
            "costs,” Cr Corbould-Truswell said.",
            "“We've kept the rise as low as we responsibly can.”",
        ],
    ),
    (
        "h60-au-retiree-split-quote",
        "Chermside West retiree Noelene Boatwright, 74, said she welcomed the bigger remission "
        "but was more worried about her water bill. “The rates I can plan for,” she said. “It's "
        "everything else that keeps going up.”",
        [
            "Chermside West retiree Noelene Boatwright, 74, said she welcomed the bigger "
            "remission but was more worried about her water bill.",
            "“The rates I can plan for,” she said.",
            "“It's everything else that keeps going up.”",
        ],
    ),
    (
        "h60-cl-no-am-gmt",
        "The union, Sindicato de Trabajadores No. 2, said the strike began at 8 a.m. local time "
        "(1200 GMT) and that workers were blocking the main access road to the site in the "
        "Antofagasta region. It said the company's final offer included a 2.1% raise above "
        "inflation and a signing bonus of 4.5 million pesos ($4,800) per worker, against the "
        "union's demand of 4% and 9 million pesos.",
        [
            "The union, Sindicato de Trabajadores No. 2, said the strike began at 8 a.m. local "
            "time (1200 GMT) and that workers were blocking the main access road to the site in "
            "the Antofagasta region.",
            "It said the company's final offer included a 2.1% raise above inflation and a "
            "signing bonus of 4.5 million pesos ($4,800) per worker, against the union's demand "
            "of 4% and 9 million pesos.",
        ],
    ),
    (
        "h60-cl-quote-period-inside",
        "Union president Osvaldo Huenchumil-Barraza told Caravel by phone that workers were "
        "prepared to stay out “as long as it takes.” He said the company had reported record "
        "profits at the mine in 2025 while offering workers less than it did in the last contract "
        "talks in 2023. “They tell us copper is at a good price, and then they tell us there is "
        "no money,” Huenchumil-Barraza said.",
        [
            "Union president Osvaldo Huenchumil-Barraza told Caravel by phone that workers were "
            "prepared to stay out “as long as it takes.”",
            "He said the company had reported record profits at the mine in 2025 while offering "
            "workers less than it did in the last contract talks in 2023.",
            "“They tell us copper is at a good price, and then they tell us there is no money,” "
            "Huenchumil-Barraza said.",
        ],
    ),
    (
        "h60-ca-vol-no",
        "Thursday, July 2, 2026   |   Vol. 115, No. 27",
        [
            "Thursday, July 2, 2026   |   Vol. 115, No. 27",
        ],
    ),
    (
        "h60-ca-st-end",
        "The truck is expected to arrive in Wyvern Harbour by the end of August and will be "
        "housed at the fire hall at 112 Himmelman St. Council also agreed to sell the old pumper "
        "by public tender.",
        [
            "The truck is expected to arrive in Wyvern Harbour by the end of August and will be "
            "housed at the fire hall at 112 Himmelman St.",
            "Council also agreed to sell the old pumper by public tender.",
        ],
    ),
    (
        "h60-ca-question-asked",
        "Councillors Germaine Hirtle-Knickle and Clotaire Wambolt voted against the motion. "
        "Hirtle-Knickle said the town had not asked for a second inspection of the truck by an "
        "independent mechanic before agreeing to buy it. “Would any of us buy a 14-year-old car "
        "without taking it to a garage first?” she asked.",
        [
            "Councillors Germaine Hirtle-Knickle and Clotaire Wambolt voted against the motion.",
            "Hirtle-Knickle said the town had not asked for a second inspection of the truck by "
            "an independent mechanic before agreeing to buy it.",
            "“Would any of us buy a 14-year-old car without taking it to a garage first?” she "
            "asked.",
        ],
    ),
    (
        "h60-wl-exclamation-said",
        "Nantyrhydd head coach Elwyn Griffiths-Parry said his side had “found something from "
        "somewhere” in the final quarter. “What a finish by the boys!” said Griffiths-Parry. “We "
        "were poor for an hour, but we haven't lost at home since October and they didn't want "
        "that to end.”",
        [
            "Nantyrhydd head coach Elwyn Griffiths-Parry said his side had “found something from "
            "somewhere” in the final quarter.",
            "“What a finish by the boys!” said Griffiths-Parry.",
            "“We were poor for an hour, but we haven't lost at home since October and they didn't "
            "want that to end.”",
        ],
    ),
    (
        "h60-wl-ltd-registered-no",
        "© 2026 Walesline Media Ltd. Registered in Wales, No. 05550412.",
        [
            "© 2026 Walesline Media Ltd.",
            "Registered in Wales, No. 05550412.",
        ],
    ),
    (
        "h60-wl-st-semi",
        "Abertrinant beat St. Illtyd's Wanderers 31-24 in the other semi-final on Friday night. "
        "The final will be played at Abertrinant's Ffynnonlas ground on Saturday, July 4, "
        "kick-off 3pm.",
        [
            "Abertrinant beat St. Illtyd's Wanderers 31-24 in the other semi-final on Friday "
            "night.",
            "The final will be played at Abertrinant's Ffynnonlas ground on Saturday, July 4, "
            "kick-off 3pm.",
        ],
    ),
    (
        "h60-no-dr-approx",
        "Lead author Dr. Aslaug Myklebust-Kvamme, a hydrologist at the Sognefjord Institute for "
        "Freshwater Research, said the glaciers feeding the streams had lost approx. 22% of their "
        "area since 1998. “As a glacier shrinks, there is less cold meltwater in July, and the "
        "stream below it warms faster,” she said. “That is simple physics, but we did not expect "
        "to see it so clearly in under three decades.”",
        [
            "Lead author Dr. Aslaug Myklebust-Kvamme, a hydrologist at the Sognefjord Institute "
            "for Freshwater Research, said the glaciers feeding the streams had lost approx. 22% "
            "of their area since 1998.",
            "“As a glacier shrinks, there is less cold meltwater in July, and the stream below it "
            "warms faster,” she said.",
            "“That is simple physics, but we did not expect to see it so clearly in under three "
            "decades.”",
        ],
    ),
    (
        "h60-no-fig-et-al",
        "Fig. 2: Mean July water temperature in the 31 study streams, 1998–2025. Credit: "
        "Myklebust-Kvamme et al., Freshwater Arctic Letters (2026)",
        [
            "Fig. 2: Mean July water temperature in the 31 study streams, 1998–2025.",
            "Credit: Myklebust-Kvamme et al., Freshwater Arctic Letters (2026)",
        ],
    ),
    (
        "h60-no-journal-ref",
        "Journal reference: Myklebust-Kvamme V, Fjeldstad IM, Vindenes T, et al. Summer warming "
        "of glacier-fed streams in western Norway, 1998–2025. Freshw Arct Lett. "
        "2026;9(2):114-129. DOI: 10.5555/fal.2026.0412",
        [
            "Journal reference: Myklebust-Kvamme V, Fjeldstad IM, Vindenes T, et al. Summer "
            "warming of glacier-fed streams in western Norway, 1998–2025. Freshw Arct Lett. "
            "2026;9(2):114-129. DOI: 10.5555/fal.2026.0412",
        ],
    ),
    (
        "h60-jm-st-parishes",
        "The Jamaica Public Service Company (JPS) said in a post on X that 148,000 customers, "
        "about 22 per cent of its customer base, were without electricity at noon. JPS said most "
        "of the outages were in St. Thomas, Portland and St. Andrew. It said crews would not go "
        "up poles until winds dropped below 40 mph.",
        [
            "The Jamaica Public Service Company (JPS) said in a post on X that 148,000 customers, "
            "about 22 per cent of its customer base, were without electricity at noon.",
            "JPS said most of the outages were in St. Thomas, Portland and St. Andrew.",
            "It said crews would not go up poles until winds dropped below 40 mph.",
        ],
    ),
    (
        "h60-jm-am-st-thomas",
        "The Met Service said Marisabel made landfall near Morant Point, St. Thomas, at about "
        "4:30 a.m. It said rainfall of 150 mm had been recorded at Bath, in St. Thomas, in the "
        "six hours to 6 a.m. and that up to 250 mm more could fall in eastern parishes by "
        "Thursday morning.",
        [
            "The Met Service said Marisabel made landfall near Morant Point, St. Thomas, at about "
            "4:30 a.m.",
            "It said rainfall of 150 mm had been recorded at Bath, in St. Thomas, in the six "
            "hours to 6 a.m. and that up to 250 mm more could fall in eastern parishes by "
            "Thursday morning.",
        ],
    ),
    (
        "h60-jm-am-quote",
        "Merline Matalon, 63, said the water reached her front step at about 4 a.m. “I moved the "
        "fridge up on blocks and I'm sitting on the verandah waiting,” she said. She said the "
        "fire brigade had come by at 7 a.m. and taken two elderly neighbours to a shelter at the "
        "Harbour View Primary School.",
        [
            "Merline Matalon, 63, said the water reached her front step at about 4 a.m.",
            "“I moved the fridge up on blocks and I'm sitting on the verandah waiting,” she said.",
            "She said the fire brigade had come by at 7 a.m. and taken two elderly neighbours to "
            "a shelter at the Harbour View Primary School.",
        ],
    ),
    (
        "h60-ke-exclamation-answer",
        "A: This is the question nobody asks! The conductor is not only collecting money. He is "
        "calling passengers, he is helping the mother with the child, he is telling the driver "
        "when to stop. No owner in our association is planning to remove conductors.",
        [
            "A: This is the question nobody asks!",
            "The conductor is not only collecting money.",
            "He is calling passengers, he is helping the mother with the child, he is telling the "
            "driver when to stop.",
            "No owner in our association is planning to remove conductors.",
        ],
    ),
    (
        "h60-ke-no-route",
        "A: That happened to me also, on the No. 58 to Umoja, when a payment went through twice "
        "in March. The National Transport and Safety Authority (NTSA) told us in a meeting on "
        "June 3 that every reader approved for use must show the conductor a confirmation within "
        "30 seconds. Our rule to the crews is simple: if the machine fails, the passenger walks "
        "free.",
        [
            "A: That happened to me also, on the No. 58 to Umoja, when a payment went through "
            "twice in March.",
            "The National Transport and Safety Authority (NTSA) told us in a meeting on June 3 "
            "that every reader approved for use must show the conductor a confirmation within 30 "
            "seconds.",
            "Our rule to the crews is simple: if the machine fails, the passenger walks free.",
        ],
    ),
    (
        "h60-nl-bv-dateline",
        "ROTTERDAM, Netherlands, June 30, 2026 /Talaria Newswire/ -- Voltavia Recycling B.V. "
        '("Voltavia"), a Dutch battery-materials recycler, today announced the opening of its '
        "first full-scale plant in the Maasvlakte area of the Port of Rotterdam.",
        [
            "ROTTERDAM, Netherlands, June 30, 2026 /Talaria Newswire/ -- Voltavia Recycling B.V. "
            '("Voltavia"), a Dutch battery-materials recycler, today announced the opening of '
            "its first full-scale plant in the Maasvlakte area of the Port of Rotterdam.",
        ],
    ),
    (
        "h60-nl-nv-lenders",
        "The €142 million plant was financed by a group of investors led by Noordkaap Capital, "
        "together with Skagerrak Green Infrastructure Fund, and by a loan of €48 million from "
        "Havenstad Bank N.V. and two other Dutch lenders. It employs 165 people and will run 24 "
        "hours a day from the fourth quarter of 2026.",
        [
            "The €142 million plant was financed by a group of investors led by Noordkaap "
            "Capital, together with Skagerrak Green Infrastructure Fund, and by a loan of €48 "
            "million from Havenstad Bank N.V. and two other Dutch lenders.",
            "It employs 165 people and will run 24 hours a day from the fourth quarter of 2026.",
        ],
    ),
    (
        "h60-pt-quote-question-said",
        "A friend of mine, Gonçalo, who owns two flats in Alfama, put it plainly over coffee. "
        "“Why would I sign a five-year lease with a family at €1,100 when I can let to a German "
        "engineer for six months at €2,000?” he said. I did not have a good answer for him.",
        [
            "A friend of mine, Gonçalo, who owns two flats in Alfama, put it plainly over coffee.",
            "“Why would I sign a five-year lease with a family at €1,100 when I can let to a "
            "German engineer for six months at €2,000?” he said.",
            "I did not have a good answer for him.",
        ],
    ),
    (
        "h60-pt-exclamation-short",
        "The council's defenders will say the freeze was never meant to work alone. They are "
        "right! It was supposed to come with a programme of public rental housing, tax breaks for "
        "long leases and proper enforcement against illegal lets. Of those three, only the tax "
        "breaks have arrived, and the council's own enforcement team has nine inspectors for a "
        "city of more than half a million people.",
        [
            "The council's defenders will say the freeze was never meant to work alone.",
            "They are right!",
            "It was supposed to come with a programme of public rental housing, tax breaks for "
            "long leases and proper enforcement against illegal lets.",
            "Of those three, only the tax breaks have arrived, and the council's own enforcement "
            "team has nine inspectors for a city of more than half a million people.",
        ],
    ),
    (
        "h60-jp-question-quote",
        "Chief financial officer Tsuneo Hirabayashi told analysts on a call that wages for "
        "part-time store staff in Japan had risen by about 6% from a year earlier after increases "
        "to regional minimum wages. He said labour costs would rise by ¥22bn in the current "
        "fiscal year, which ends in February. “Can we keep every store in every small town open?” "
        "Hirabayashi said. “Honestly, not at these wages.”",
        [
            "Chief financial officer Tsuneo Hirabayashi told analysts on a call that wages for "
            "part-time store staff in Japan had risen by about 6% from a year earlier after "
            "increases to regional minimum wages.",
            "He said labour costs would rise by ¥22bn in the current fiscal year, which ends in "
            "February.",
            "“Can we keep every store in every small town open?” Hirabayashi said.",
            "“Honestly, not at these wages.”",
        ],
    ),
    (
        "h60-jp-us-vs",
        "The company said sales at its overseas stores, mainly in Vietnam, Thailand and the U.S. "
        "West Coast, rose 18% in yen terms, helped by 412 new openings over the past year and a "
        "weaker yen. In Japan, it said same-store sales rose 1.9% vs. a year earlier, but it "
        "closed 87 more stores than it opened in the quarter.",
        [
            "The company said sales at its overseas stores, mainly in Vietnam, Thailand and the "
            "U.S. West Coast, rose 18% in yen terms, helped by 412 new openings over the past "
            "year and a weaker yen.",
            "In Japan, it said same-store sales rose 1.9% vs. a year earlier, but it closed 87 "
            "more stores than it opened in the quarter.",
        ],
    ),
]
