"""Sixty-fourth held-out set of hand-labelled pages for the hint engines (round thirty-nine): twelve
WHOLE pages, head to tail, one in each of the styles a fact-checking desk meets most, set in twelve
countries. This set is held out: the engine's authors are to see only its totals (the scores it
yields), never its pages, labels or split cases, and no rule may be tuned on it.

The pages: (1) an Australian metro news website pasted whole, with nav, byline, Published and
Updated lines, a paywall mid-story, related headlines and a cookie banner (Adelaide, a train line's
summer closure); (2) an international agency's wire copy with a LUSAKA, Nov 17 (agency) - dateline,
summary bullets, agency photo credits and a "(Reporting by ...; Editing by ...)" line (Zambian
copper output); (3) an English local weekly (a Somerset market town's recycling centre); (4) a
Kenyan sports site's football match report; (5) a science and health story about a Norwegian cohort
study, with a funding note, a competing-interests note and a journal reference; (6) an Indian news
site's live blog with IST time stamps and "Posted by" entry bylines (a Hyderabad bus strike); (7) a
Jamaican Sunday Q&A interview with name prefixes (a fishers' co-operative and sargassum); (8) a
Pakistani opinion column (Karachi's water tankers); (9) US politics ("H.B. 2207", "S.B. 1182", "S.
1447", "Rep. ..., R-Yuma", "Rep. ..., D-Tucson, a member of ...", "Sen. ..., D-Ariz., a member of
...", "told reporters"); (10) Canadian business and markets (Inc., Corp., Ltd., a.m./p.m.,
"Mississauga, Ont." and "Guelph, Ont." ending sentences); (11) a Singapore court report; and (12) a
Fijian cyclone story. The pages hold 523 sentences: 244 "B", 158 "W" and 121 ""; 167 sentences carry
a speaker. `STYLES` describes each page, its story, its speakers and its furniture in order.

Written from scratch for issue 13 in round thirty-nine, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/` was opened, listed or
searched, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file was opened, no
`hint_scores.py`, nothing under `docs/` or `tests/benchmarks/`, and no README of the project was
read; `claimreview` was never imported, and no test, scorer, engine or `pytest` was run. The search
and fetch tools were not used, and nothing was copied from anywhere: every word was written for this
set. What was read: the brief (`/tmp/brief/common.md`; the folder was listed with it and held only
that file); `/tmp/sets` was listed (empty before this file was written; at the end it held another
helper's `labelled_new88.py`, seen as a name only and never opened). For the format: the module
docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with `ast.get_docstring`); the
module docstrings of `labelled_new85.py` and `labelled_new86.py` (saved with `ast.get_docstring` to
files in /tmp; the first printing cut the middle, so the cut stretches were printed with `sed` and
both were read whole); a listing, written by a script of my own that parses those two files with
`ast` (never imports them), of their import line, `STYLES`, first two pages and first eight `CASES`
(the tool cut a stretch of the `labelled_new86.py` listing's first page from the printout); a `grep
-n` of the top-level names and `noqa` lines of `labelled_new85.py`, which with an `awk` of its lines
215-240 (cut to 150 characters) also showed the tail of its `STYLES` and the head of its `ARTICLES`,
both already seen in the listing; `def build` in `labelled_articles.py` (a `grep -n "def build"
-A20` listing); and the `[tool.ruff]` tables of `pyproject.toml` (a `grep -A15` listing). No other
page, case or docstring under `tests/` was read.

What was run: a Python one-liner printing the calendars of November and December 2026 to check
weekdays; scripts of my own in /tmp/heldout64-scratch that turn a small line format
("flags|speaker|cue|text", blank lines between paragraphs, a marker line before each split case)
into the literals below, rename coined names, cut the split cases out of the pages and count
sentences, flags and speakers; whole-word, case-insensitive searches over `/work/main/tests` and
`/tmp/sets` (Python files) for every capitalised word of these pages, styles, speakers and cues,
done in batches with `grep -rhoiwF -f` whose output was reduced to the matched words from my own
list, then per-word `grep -rilw ... | wc -l` file counts for replacements and phrase counts (`grep
-rilF ... | wc -l`) for outlet and organisation names made of common words; for one batch of five
coined names with hits, the paths of the hit files were printed (names of files only, never opened:
six different files); an import of this file with `build` on every page; a checking script of my own
(four string fields, flags, a cue for every speaker and a speaker for every cue, no speaker on "B",
each speaker occurring in its page, the counts above, 30 distinct case ids, every split case
occurring verbatim in one paragraph of a built page and equal to its sentences joined by single
spaces); and `ruff format` and `ruff check` with `--config /work/main/pyproject.toml` and
`--no-cache`. The first draft's coined people, outlets, firms, clubs, streets and villages hit about
a hundred and forty words of other files (even long syllable-built surnames and most given names);
each was renamed, some twice, and only replacements with no hit were kept. What still hits is real
places, regions and bodies of water, common words, outlet words kept on purpose in coined outlet
names whose full phrases have no hit (Courier, Gazette, Pulse, Report, Observer, Clarion,
Statehouse, Wire, Daybook, Ledger, Straits, News), titles (Cllr, Dr, Prof, Mr, Ms, Rep, Sen, Gov,
Miss), "St" of a real parish, abbreviations and market tokens, and the iTaukei word "Sa". A last
pass over every capitalised word of this file, run after `labelled_new88.py` had appeared (this file
left out of the search), found one new hit only: Labasa, a real town of this set, in another file;
it was kept.

Every person, outlet, agency, firm, club, stadium, co-operative, institute, foundation, alliance,
consortium, law firm, suburb, station, train line, street, lane, road, village, settlement,
industrial park, bus depot, bus stop, cyclone name and figure is invented. Real countries, states,
provinces, regions, cities and bodies of water appear only as settings: Australia, South Australia
and Adelaide; Zambia, Lusaka, Kitwe, Ndola, Kabwe, the Copperbelt, the Zambezi basin, London, China,
Congo and Zimbabwe (in headlines); England and Somerset; Kenya and Nairobi; Norway, Bergen and
London; India, Telangana and Hyderabad; Jamaica, Portland and St. Thomas (parishes); Pakistan, Sindh
and Karachi; the United States, Arizona, Phoenix, Yuma, Tucson, Cochise County, the Colorado River,
Washington and Capitol Hill; Canada, Ontario, Toronto, Mississauga, Guelph, Calgary, Quebec and the
Atlantic provinces; Singapore; Fiji, Vanua Levu, Taveuni, the Lau Group, Macuata, Labasa, Suva, Nadi
and Auckland (in a headline). Offices appear without their real holders (a transport minister, a
mines minister, a state governor, a district judge); public bodies appear only generically ("the
state government", "the transport department", "the county council", "the river authority", "the
city police", "the provincial high court", "The High Court", "the national disaster office", "The
weather service", "The education ministry", "the federal competition watchdog"); the House and
Senate committees of Arizona and the US Senate, the Penal Code and Section 420 are named as
settings. Facebook, X, WhatsApp, Android and iOS appear only as channels and platforms.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or
"". The points `labelled_new85.py` and `labelled_new86.py` state hold too: furniture "B" line by
line, whatever it says; a caption by its content and its credit "B"; headlines and standfirsts never
split; a dateline belongs to its lead sentence; a pronoun, a later surname or a title resolved to
the full name as first given, without titles; "The department", "The corporation", "The company",
"The club", "the police", "The weather service", "The power utility" and "The education ministry"
kept as written, and "It said" resolved to the organisation as first given; a quote over several
sentences carrying its speaker and cue; sport data lines ""; a journal reference one "B" sentence;
decisions, votes, dates fixed and figures of record "W"; hedges, estimates, intentions, forecasts,
advice, opinions, feelings and questions "".

Conventions this set had to settle, in the same spirit:

* Furniture. A wire story's "Summary" label is "B" but its bullets are story (three "W" and one
  forecast carrying the power company named in the body, cue "says"); the "(Reporting by ...;
  additional reporting by ...; Editing by ...)" line is one "B" sentence; agency credits with
  slashes and "Licensing rights" are "B". A paywall's "Already a subscriber?" and "Log in to keep
  reading." are two "B" sentences, as are "Got a story?" and its contact sentence, "18+ only." and
  its gambling line, and a sponsor box's question and its "Find out more" sentence. A Q&A pull quote
  that repeats an answer is "B"; the editing note is "B". A live blog's IST time stamps and "Posted
  by" lines are "B", its Key highlights label "B" and the highlights "W"; its welcome entry "". A
  WEATHER WARNING box is "B"; an Emergency contacts heading is "" and its hotline lines "W" (story
  lines that look like furniture). A funding note, a competing-interests note, a not-medical-advice
  disclaimer, a views disclaimer, a comment policy, a regulator line, a poll and a market-data delay
  line are "B".
* Speakers. "the country's mining producers' chamber" (lead), "project documents released on
  Tuesday", "a report to the cabinet", "the river authority", "state data", "court documents", "the
  city police", "the paper" and "the utility's own figures" (after "according to") are kept as
  written; so are "A spokeswoman for the transport department", "A county council spokesman",
  "Analysts at Gorsethwaite Capital" (cue "said in a note"), "A registered dietitian who advises the
  institute", "A spokesperson for Local 1187 of the warehouse workers' union", "One victim" (cue
  "wrote in an impact statement"), "Fisheries ministry officials" (cue "say", in a question), "A
  2025 survey by the Karachi-based Urban Nala Research Collective" (cue "found"), "a tanker operator
  in Qasimkot Chowrangi" (cues "told me", "asked", "said"), "The office of Gov. ..." (as in
  `labelled_new2.py`) and "The utility" (cue "did not respond to questions sent for this column").
  Standfirsts carry what the body names ("Transport Minister says", "County says", "Wholesaler
  says", "Researchers say", "Lawmakers say"). "saying" after a vote, "told Tellamark", "told
  journalists", "told the meeting", "told a provincial assembly committee", "said in the Assembly",
  "said in a post on X", "said on a conference call", "said in submissions", "said in mitigation",
  "asked for", "said in written testimony" and "expects" are cues as written; "In a statement on
  Sunday evening, Kiborowa Rangers said" has the cue "said". Names keep their suffix ("Tobiyo
  Obwayo-Kimanthi Jnr.") and Chinese names their order (the offender "Tiaw Weiquan Marvell", the
  prosecutor "Charmelle Lioh Huiyan", the judge "Bernaleth Loo Suqin"); Dr., Prof., Cllr, Rep.,
  Sen., Gov., Mr, Ms and "Miss" go. In the Q&A every sentence of an answer carries the interviewee
  with the prefix as written as the cue ("MARVETTE DELVANTY-GOURZONGH:" for the first answer,
  "DELVANTY-GOURZONGH:" after), her father's memory and a member's remark quoted inside an answer
  too. The quoted headline of the Q&A carries no speaker (no cue on the line). A person acting
  without a verb of saying carries no speaker (the judge's compensation order, the town clerk who
  signed a statement, the power company's cuts, the supplier's company's size).
* Check-worthiness. The writer's own figures in the opinion column and its court-order record are
  "W", its scene, rhetoric and demands ""; an official's fault count, budget hole or federal figure
  inside a quote is "W" beside the feeling next to it; a sponsor's statement of a meter date, a
  failed amendment and a vote with "saying" are "W"; "would reintroduce", "would sign ... if",
  "would seek a meeting", "hoped", forecasts of a cyclone's track and of power restoration, a
  minister's "would end the tanker business" and an analyst's "unlikely" are ""; a farmer's pumping
  and a villager's 24-mile round trip are "W" while a nurse's added minutes and a tanker operator's
  payment are "".

Splits. "5.40am", "11.02am", "6.52am", "“My shift starts at 7.30am." before a quoted question with
"she said.", "Pty Ltd." before "ABN ...", "Aug. 6, 2025." before a credit with slashes, "Nov 17
(Tellamark) -", "Jan. 15.", "0915 GMT.", "© 2026 Tellamark." before "All rights reserved.",
"£186,000", "£38 million", "Cllr ... (Independent, Wellowby North)", a quoted question with "he
asked.", "8am.", "The No. 10," opening a sentence, "19'; Lekaroi 71',", "Jnr. 88'", "Jnr. said",
"18+ only.", "Dr. Sigvora", "Dr. Ingrun Vossholm, MD", "Prof. Crispian", "et al." and "Eur J Prev
Nutr. 2026;31(11):1402-1411." inside one reference, "14:52 IST", "₹2,100", "6.1 lakh", "12.30 am",
"11 am,", "10.30 am.", "5 a.m." ending a sentence before "That costs us J$180,000 a month.", "St.
Thomas", "J$25 million.", "Rs4,800", "H.B. 2207,", "Jan. 1, 2029, said its sponsor, Rep. ...,
R-Yuma.", "D-Tucson,", "D-Ariz.,", "6 a.m.", "S. 1447,", "Gov. Lorivel", "Dec. 3.", "S.B. 1182,",
"Corp. has", "Inc. for", "Mississauga, Ont." ending a sentence before "Brackenwater said", "10:40
a.m. and ... 4 p.m.", "Ltd., said", "Jan. 27,", "Guelph, Ont." ending a sentence, "Pte. Ltd.,
which", "Mr Ravindrakumar", "Pathmalingam & Queh LLC,", "Dec 9.", "Pte. Ltd." before "Co. Regn. No.
200611894K." before "All rights reserved.", "165km/h", "11.30pm", "212mm", "9am" and "6pm." never
split a sentence wrongly; quotes split inside the marks ("“Nobody ...” / "“But the wiring ...”",
"“The ball hit his chest, not his hand." / "Everybody ... he told journalists after the match.",
"“This is a large, careful study." / "But diet questionnaires ...,” he said.", "“The north took the
full force of it." / "We expect ...,” Mr ... told reporters in Suva.", "“Sa rui levu na cagi." /
"The wind was too strong, we could only pray,” he said.") each end one; and a quoted question
followed by its attribution ("What am I meant to do, leave home at five?” she said.", "“Who is going
to pay to clear that up?” he asked.", "“If I don’t pay, does the water stop?” he asked.", "Who can
pay that every day?” she said.") is one sentence.

`HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of
consecutive sentences of one paragraph of these pages joined by single spaces: what a reviewer
wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Australian metro news website pasted whole (Adelaide, South Australia), a suburban train line closes for 11 weeks over summer for a $412m rewiring: a standfirst carrying the transport minister through says, a lead with the state government has announced, the minister named in full and then She and Ms with her surname, a quote over two sentences whose second (a fault count) is "W", a mid-story paywall (a free-article limit, a price line with two dollar prices, Subscribe now, and a question and an instruction on one line), according to project documents, an opposition spokesman and then he, a nurse whose own trip is "" with a quote of a time in am and a quoted question, A spokeswoman for the transport department kept as written, The department kept as written and It said resolved to the transport department, a record without a speaker (brand, nav with pipes, Subscribe | Sign in, section crumb with ›, headline, byline, role line, Published and Updated lines with dashes and am times, share strip, caption and Picture: credit, Advertisement and a RELATED: link, a bio, an email line, More in Transport and two headlines, a comments-closed line, a cookie banner of a heading, two sentences and a button row, copyright with Pty Ltd. and an ABN)',
    "International news agency's wire story pasted whole (Lusaka, Zambia), third-quarter copper output falls 9% as power rationing idles smelters: a Summary label and four bullets (three of fact, one carrying the state power company through says, a forecast), a two-name byline, read time, a date and time line with middle dots and GMT+2, a caption ending in a date with Aug. and a credit with slashes, Licensing rights, a LUSAKA, Nov 17 (agency) - dateline lead with the mining producers' chamber kept as written, the chamber named in full with its initials and then It said, according to the river authority, the power company named in full without a verb of saying, its spokesperson with told the agency and a Jan. date, and then she with a forecast, a mid-story sign-up line in two sentences, the mines minister with told reporters and a target and then He with a quoted phrase, a second agency photo with a Nov. date, a company in a statement and then The company kept as written, Analysts at a brokerage with said in a note, a price line with GMT, a record without a speaker, a bracketed reporting and editing credit with semicolons, an Our standards line, Request reprint rights, Read next and two headlines, a data-delay line and copyright in two sentences",
    'English local weekly\'s website (a Somerset market town), the county council cuts the town\'s recycling centre to four days a week from January: brand with a tagline, weather strip, nav with pipes, section label, headline, standfirst carrying the county council through says, byline with a Local Democracy Reporter title, date and time line, share strip with middle dots, caption and Photo: credit, a lead of the cabinet\'s 6-2 vote without a speaker, the cabinet member with Cllr and then She and a quote over two sentences with told the meeting whose second (a budget figure) is "W", according to a report to the cabinet, a newsletter box (a heading, a sentence with 8am and a button), a Read more: link, a ward councillor with Cllr and a bracket of party and ward, then He with figures and a quoted question with he asked, the town council with said in a statement and an opinion, the signatory without a speaker, a villager\'s distance "W" and his quote "", A county council spokesman with fines and prosecutions, a petition count without a speaker, a poll (heading, question, options, Vote), a news-tip question and a contact sentence on one line, a Most read list with numbers, a regulator line in two sentences and copyright',
    'Kenyan sports website\'s football match report (Nairobi), the league leaders come from behind to win 2-1 away: site brand, nav in capitals, a crumb with slashes, headline with a score, a standfirst, byline, date line with EAT, share strip, a caption with Jnr. and a Photo: credit with a slash, a scoreline line that is "W", goals and cautions lines with minutes and apostrophes that are data (""), a narrative with The No. 10 opening a sentence and minutes, a betting advert with odds and a responsible-gambling line in two sentences mid-story, the home coach with said, then a quote over two sentences with told journalists, then He with a letter of record, the visiting coach with said after her quote and a second quote sentence, then her surname, the match-winner with Jnr. in his name and then he, the home club\'s statement (In a statement ..., X said) and then The club kept as written, a table record without a speaker, a Match stats strip, attendance, line-ups and referee lines that are data, a comment count, Also on list, an app prompt in two sentences and copyright in two sentences',
    'Science and health news site\'s story about a study (Bergen, Norway), adults who ate oily fish twice a week had a 21% lower risk of heart failure in a cohort of 48,112: brand, nav, section crumb with ›, headline, standfirst carrying Researchers through say, byline with a title, a medically-reviewed-by line with Dr. and MD, date, read time, caption and Image credit with a slash, a Key points box whose lines are story (two "W", one caution ""), a lead with according to a study, the lead author with Dr. and then She and by surname, according to the paper, a newsletter prompt mid-story, a How this study was done subhead ("") and its lines of method without a speaker, the author\'s limitation "", an independent cardiologist with Prof. and a quote split inside the marks and then He with earlier trials "W", an unnamed dietitian kept as written, a funding note and a competing-interests note in two sentences each, a journal reference with et al. and abbreviated journal title that is one "B" sentence, a not-medical-advice disclaimer, Related coverage and two headlines, copyright with AS',
    'Indian English news site\'s live blog (Hyderabad, Telangana), day two of a state bus strike: brand, nav, LIVE label, section label, a live headline of fact, a standfirst "", a Last updated line with IST, an Auto-update toggle, Share, Key highlights with three lines of fact, eight time stamps with IST and eight Posted by entry bylines, the union leader with told reporters and then He and by surname, an entry headline of fact, the transport minister with said in the Assembly and rupee figures and a quote over two sentences, Advertisement, the city\'s metro operator kept as written with said in a post on X and lakh figures and then It said, an Also Read link, a commuter whose own wait is "" with a quote of fares and a quoted question, according to the city police, The corporation kept as written with said in a statement and crore and It said, a WhatsApp follow line, a court hearing with a time in am without a speaker, a welcome entry in two sentences that is "", a second Also Read link and copyright with Pvt. Ltd.',
    'Jamaican daily\'s Sunday Q&A interview (Portland parish), the new president of a fishers\' co-operative on sargassum seaweed and lost catches: brand, nav, section label, a SUNDAY CONVERSATION label, a quoted headline without an attribution (""), a standfirst of fact, Story by line, date line with a pipe, caption and Contributed credit, an introduction in the writer\'s voice with the co-op\'s figures, a note on editing ("B"), questions with the paper\'s name prefix that carry no speaker except one citing Fisheries ministry officials through say, answers with the interviewee\'s full name prefix in capitals and then her surname prefix, every sentence of an answer carrying her with the prefix as cue, figures of her co-op\'s record "W" beside feelings and wishes "", her father\'s memory relayed by her, a pull quote repeating an answer ("B"), an answer with a.m. ending a sentence and St. in a parish name, a question stating a figure, a member\'s remark quoted inside an answer kept on her, a letters prompt with a question and an email, a length rule and copyright with Limited',
    'Pakistani English daily\'s opinion column (Karachi, Sindh), the writer argues that the city\'s water tanker trade feeds on a utility that loses a third of its water: brand, nav with pipes, OPINION label, a headline and a standfirst of opinion (""), the columnist\'s name alone, a Published line, share strip, the writer\'s scene-setting "", her own figures "W" and opinions and rhetorical questions "", according to the utility\'s own figures, the utility\'s chief executive with told a provincial assembly committee and then He also said, The utility with did not respond to questions sent for this column, a 2025 survey kept as written with found, Advertisement and a Read more link mid-story, an unnamed tanker operator kept as written with told me, a quoted question with he asked and a reply with he said, a provincial minister quoted with a forecast, a court order of record and its follow-up without a speaker, a list of three demands that is opinion, a bio in two sentences with an X handle, a views disclaimer, a comment policy line and copyright',
    'US political news site\'s states page (Phoenix, Arizona), the state House passes H.B. 2207, requiring meters on large wells in five rural basins, 33-27: brand, nav, crumb in capitals with ›, headline, standfirst carrying Lawmakers through say, byline with a role, date line with Nov. and a.m. MST, a Listen line with a running time, caption with Ariz., and a credit with a slash, a PHOENIX — dateline lead of record, the sponsor with Rep. and R-Yuma after the claim (said its sponsor) with Jan. 1, 2029, then a quote with told reporters and then She, a vote count without a speaker, according to state data, a related-coverage box, an opponent with Rep., D-Tucson, a member of the House Natural Resources Committee whose vote is "W" (cue saying), then She with a failed amendment, a growers\' group with said in written testimony, a farmer\'s own pumping "W" and his quote over two sentences "", a newsletter prompt in two sentences with 6 a.m., a U.S. senator with Sen., D-Ariz., a member of a Senate committee, and a quote split inside the marks whose first sentence (a federal figure) is "W", then He with S. 1447 and an intention, the office of the governor kept as written with an intention and her spokesman named after his quote, a Senate president\'s referral and S.B. 1182 without a speaker, tags, a two-sentence bio, Most popular and two headlines, copyright in two sentences',
    "Canadian national business paper's markets page (Toronto, Ontario), a Mississauga grocery wholesaler agrees to a $1.3-billion takeover by a Calgary investment firm: brand, nav, a ticker strip with arrows and percentages, Markets label, headline, standfirst carrying the wholesaler through says, byline name alone, Published and Updated lines with a.m. and p.m. ET, a For subscribers label, caption with Ont., and a credit with a slash, a lead of record with Corp. and Inc. mid-sentence and Ont. ending the sentence, the target's board recommendation (Brackenwater said, resolved to the company as first given), share moves with a.m. and p.m. times, the chief executive with said on a conference call and then He, the buyer with said in a statement and its managing partner named after a quote over two sentences, a sponsor box with a question and a sentence, an analyst with Ltd. in her firm's name and then She with a forecast and a feeling, a break fee without a speaker, a meeting date and closing target of record, a supplier's president with Ltd. and a hope, his company's size and base ending in Guelph, Ont. without a speaker and a sales share with he said after it, a union local's spokesperson kept as written, a share record without a speaker, an error-report line, a portfolio prompt, Trending and two headlines, copyright in two sentences",
    "Singapore English news site's court report, a renovation contractor is jailed for cheating 23 home owners of $418,000 in deposits: brand, nav with pipes, crumb with ›, headline with a figure, a standfirst of fact, byline, role line, date line, a gift-article line in two sentences, caption of fact and a file-photo credit in capitals, a SINGAPORE – lead of record, the offender with a Chinese name family name first and an English name after it, Pte. Ltd. mid-sentence, Section 420 of the Penal Code, according to court documents, a READ MORE link, the deputy public prosecutor with said in submissions, then she said and She asked for, the defence lawyer with Mr and his LLC with said in mitigation and then He, a WhatsApp prompt, the district judge with a quote over two sentences ending with she said, the judge's compensation order without a verb of saying (no speaker), a maximum penalty, a victim with wrote in an impact statement, a bail and start date, Related Topics and copyright with Pte. Ltd., Co. Regn. No. and All rights reserved.",
    'Fijian news site\'s weather and disaster story (Vanua Levu), a Category 3 tropical cyclone crosses the north, two people die and more than 4,100 spend the night in evacuation centres: brand, nav with pipes, BREAKING label, section label with a slash, headline, standfirst of fact, byline, date line with a middle dot and am FJT, share strip, caption and Picture: credit with a slash, a WEATHER WARNING box ("B"), a SUVA – dateline lead with the national disaster office kept as written, its director named after his role and then Mr with his surname and a quote split inside the marks whose first sentence is "W", then He with advice, the police kept as written with deaths and a time with pm and then They said, Advertisement, The weather service kept as written with km/h and then It said with mm and It expects with a forecast, a Latest: link, a village headman with a quote in iTaukei and English about his village "" and his roof count "W", The power utility kept as written and then It said with a hope, The education ministry kept as written with closures of record, an aid consortium with a pledge and a flight date, a flight cancellation without a speaker, an Emergency contacts heading ("") and three hotline lines ("W"), a livestream prompt, Trending and two headlines, copyright with Pte Limited',
]

ARTICLES = [
    [
        [
            ("THE COORABYNE COURIER", "", "", "B"),
        ],
        [
            (
                "News | Politics | Business | Sport | Lifestyle | Property | Puzzles | Podcasts",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Subscribe | Sign in", "", "", "B"),
        ],
        [
            ("South Australia › Transport", "", "", "B"),
        ],
        [
            (
                "Tarrabellin train line to shut for 11 weeks over summer for $412m rewiring",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Commuters face replacement buses from December 5 while wiring installed in 1988 is torn out, Transport Minister says",
                "Delvene Araucot",
                "says",
                "W",
            ),
        ],
        [
            ("By Rorsby Prewhitt-Oakvellow", "", "", "B"),
        ],
        [
            ("State Political Reporter", "", "", "B"),
        ],
        [
            ("Published November 18, 2026 — 5.40am", "", "", "B"),
        ],
        [
            ("Updated November 18, 2026 — 11.02am", "", "", "B"),
        ],
        [
            ("Share | Save | Gift this article", "", "", "B"),
        ],
        [
            (
                "Passengers step off a Tarrabellin line train at Mullenby station on Tuesday morning.",
                "",
                "",
                "",
            ),
            ("Picture: Bartle Ferrocott", "", "", "B"),
        ],
        [
            (
                "Trains on Adelaide’s Tarrabellin line will stop running for 11 weeks from December 5 while the line’s overhead wiring and signals are replaced, the state government has announced.",
                "the state government",
                "has announced",
                "W",
            ),
        ],
        [
            (
                "Transport Minister Delvene Araucot said about 27,000 passengers a weekday would move to 64 replacement buses, which would run every five minutes in the morning and evening peaks.",
                "Delvene Araucot",
                "said",
                "W",
            ),
            (
                "She said the buses would stop at all 14 stations and at two extra stops near the Brenmarsh shopping centre.",
                "Delvene Araucot",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Nobody likes losing their train in the middle of summer,” Ms Araucot said.",
                "Delvene Araucot",
                "said",
                "",
            ),
            (
                "“But the wiring on this line went up in 1988, and it failed 41 times last financial year.”",
                "Delvene Araucot",
                "said",
                "W",
            ),
        ],
        [
            ("You’ve reached your limit of free articles for this month.", "", "", "B"),
        ],
        [
            (
                "Keep reading for $1 a week for the first 12 weeks, then $6.50 a week, billed every four weeks.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Subscribe now", "", "", "B"),
        ],
        [
            ("Already a subscriber?", "", "", "B"),
            ("Log in to keep reading.", "", "", "B"),
        ],
        [
            (
                "The $412 million upgrade, funded equally by the state and federal governments, is due to finish by February 20, according to project documents released on Tuesday.",
                "project documents released on Tuesday",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Opposition transport spokesman Corwynn Waddiloe said the government had been told of the wiring faults in a report four years ago.",
                "Corwynn Waddiloe",
                "said",
                "W",
            ),
            (
                "“They waited until the wires started falling on the tracks,” he said.",
                "Corwynn Waddiloe",
                "said",
                "",
            ),
            (
                "He said the closure would hit students at the Tarrabellin TAFE campus, where summer classes begin on January 12.",
                "Corwynn Waddiloe",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("RELATED: Bus fares to rise 3.5 per cent from January 1", "", "", "B"),
        ],
        [
            (
                "Nurse Pippa Holcroyde-Ries, who catches the 6.52am train from Mullenby to the city, said the replacement bus would add at least 40 minutes to her trip each way.",
                "Pippa Holcroyde-Ries",
                "said",
                "",
            ),
            ("“My shift starts at 7.30am.", "Pippa Holcroyde-Ries", "said", ""),
            (
                "What am I meant to do, leave home at five?” she said.",
                "Pippa Holcroyde-Ries",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokeswoman for the transport department said more buses would be added if queues at the Mullenby interchange grew longer than 15 minutes.",
                "A spokeswoman for the transport department",
                "said",
                "",
            ),
        ],
        [
            (
                "The department said parking at the line’s three park-and-ride car parks would stay free during the closure.",
                "The department",
                "said",
                "W",
            ),
            (
                "It said trains on the neighbouring Quarrin line would run every 10 minutes instead of every 15 from December 5.",
                "the transport department",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Tarrabellin line last closed for a whole summer in 2014, when its tracks were lowered at Brenmarsh.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Rorsby Prewhitt-Oakvellow is the Courier’s state political reporter.", "", "", "B"),
        ],
        [
            ("Email: r.prewhitt-oakvellow@coorabynecourier.com.au", "", "", "B"),
        ],
        [
            ("More in Transport", "", "", "B"),
        ],
        [
            ("Council approves 24-hour bus lane on Gilmarsh Road", "", "", "B"),
        ],
        [
            ("Why your travel card top-up now takes three days", "", "", "B"),
        ],
        [
            ("Comments are closed for this article.", "", "", "B"),
        ],
        [
            ("We value your privacy", "", "", "B"),
        ],
        [
            (
                "We and our partners use cookies to personalise content and ads and to measure how our site is used.",
                "",
                "",
                "B",
            ),
            ("You can change your choices at any time by visiting Privacy settings.", "", "", "B"),
        ],
        [
            ("Accept all   Reject all   Manage choices", "", "", "B"),
        ],
        [
            ("© 2026 Coorabyne Media Pty Ltd.", "", "", "B"),
            ("ABN 44 102 887 316", "", "", "B"),
        ],
    ],
    [
        [
            ("TELLAMARK", "", "", "B"),
        ],
        [
            (
                "World   Business   Markets   Commodities   Africa   Sustainability   More",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Africa", "", "", "B"),
        ],
        [
            (
                "Zambia’s copper output falls 9% in third quarter as power cuts idle smelters",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Summary", "", "", "B"),
        ],
        [
            ("Q3 production 182,400 T, down 9% from a year earlier", "", "", "W"),
        ],
        [
            ("Three of five smelters ran below half capacity in September", "", "", "W"),
        ],
        [
            ("Hydropower dam at 9% of usable storage in October", "", "", "W"),
        ],
        [
            (
                "Power utility says rationing to ease once solar plant starts in January",
                "Nkhwazi Power Corporation (NPC)",
                "says",
                "",
            ),
        ],
        [
            ("By Chimwemba Mwanakatwe-Bandawe and Daviel Feldmoss", "", "", "B"),
        ],
        [
            ("3 minute read", "", "", "B"),
        ],
        [
            ("November 17, 2026 · 9:14 AM GMT+2 · Updated 41 mins ago", "", "", "B"),
        ],
        [
            (
                "A worker walks past stacked copper cathodes at a refinery outside Kitwe, Zambia, Aug. 6, 2025.",
                "",
                "",
                "",
            ),
            ("TELLAMARK/Mwiluka Chandasi/File photo", "", "", "B"),
            ("Licensing rights", "", "", "B"),
        ],
        [
            (
                "LUSAKA, Nov 17 (Tellamark) - Zambia’s copper production fell 9% in the third quarter from a year earlier to 182,400 metric tons, as power rationing cut output at smelters on the Copperbelt, the country’s mining producers’ chamber said on Tuesday.",
                "the country’s mining producers’ chamber",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Zambia Mineral Producers Chamber (ZMPC) said in its quarterly report that three of the country’s five smelters had run at less than half of capacity for most of September.",
                "The Zambia Mineral Producers Chamber (ZMPC)",
                "said",
                "W",
            ),
            (
                "It said members had lost about $310 million in sales in the quarter because of the power cuts.",
                "The Zambia Mineral Producers Chamber (ZMPC)",
                "said",
                "W",
            ),
        ],
        [
            (
                "Rainfall in the Zambezi basin last season was the lowest in at least 40 years, leaving the country’s main hydropower reservoir at 9% of usable storage in October, according to the river authority.",
                "the river authority",
                "according to",
                "W",
            ),
        ],
        [
            (
                "State-owned Nkhwazi Power Corporation (NPC) has cut supply to mines by about a third since May, and many households go up to 17 hours a day without electricity.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "NPC spokesperson Mwapalo Kaseketi-Ngoma told Tellamark that a 300-megawatt solar plant near Kabwe was due to begin feeding the grid on Jan. 15.",
                "Mwapalo Kaseketi-Ngoma",
                "told Tellamark",
                "W",
            ),
            (
                "“Once it is running, we expect to give back about 200 megawatts to the mines,” she said.",
                "Mwapalo Kaseketi-Ngoma",
                "said",
                "",
            ),
        ],
        [
            ("Get our weekly Africa briefing in your inbox.", "", "", "B"),
            ("Sign up here.", "", "", "B"),
        ],
        [
            (
                "Mines Minister Chibamba Lwenje-Sakalwe told reporters in Lusaka on Monday that the government still aimed to produce 1 million tons of copper a year by 2031, up from about 760,000 tons in 2025.",
                "Chibamba Lwenje-Sakalwe",
                "told reporters",
                "W",
            ),
            (
                "He said the target was “tough but within reach” if the power supply recovered.",
                "Chibamba Lwenje-Sakalwe",
                "said",
                "",
            ),
        ],
        [
            (
                "Workers repair a power line on the outskirts of Ndola, Zambia, Nov. 2, 2026.",
                "",
                "",
                "",
            ),
            ("TELLAMARK/Mwiluka Chandasi", "", "", "B"),
        ],
        [
            (
                "Kanshala Copper Plc, which runs the country’s second-largest smelter, said in a statement that its third-quarter sales fell 14% to 41,200 tons.",
                "Kanshala Copper Plc",
                "said in a statement",
                "W",
            ),
            (
                "The company said it had kept all 3,900 of its workers on full pay.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Analysts at Gorsethwaite Capital said in a note that the shortfall in Zambia was unlikely to move prices much, because demand from China had also slowed.",
                "Analysts at Gorsethwaite Capital",
                "said in a note",
                "",
            ),
        ],
        [
            ("Benchmark copper was up 0.6% at $10,412 a metric ton by 0915 GMT.", "", "", "W"),
        ],
        [
            (
                "The southern African country, the continent’s second-biggest copper producer, relies on the metal for about 70% of its export earnings.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "(Reporting by Chimwemba Mwanakatwe-Bandawe in Lusaka; additional reporting by Daviel Feldmoss in London; Editing by Rosamel Quenbrigg-Lowenthorpe and Tadeus Verrell)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Our standards: How Tellamark reports the news", "", "", "B"),
        ],
        [
            ("Request reprint rights", "", "", "B"),
        ],
        [
            ("Read next", "", "", "B"),
        ],
        [
            ("Congo’s cobalt exports rise 12% after quota ends", "", "", "B"),
        ],
        [
            ("Zimbabwe lithium miner seeks $90 million to expand plant", "", "", "B"),
        ],
        [
            ("All market data delayed at least 15 minutes.", "", "", "B"),
            ("© 2026 Tellamark.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("Wellowby & District Gazette — Your town, your paper", "", "", "B"),
        ],
        [
            ("Wellowby 9°C Light rain", "", "", "B"),
        ],
        [
            (
                "Home | News | Sport | What’s On | Property | Jobs | Announcements | Contact us",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News", "", "", "B"),
        ],
        [
            ("Wellowby tip to open only four days a week from January", "", "", "W"),
        ],
        [
            (
                "County says cut will save £186,000 a year as it closes Mondays, Tuesdays and Wednesdays",
                "the county council",
                "says",
                "W",
            ),
        ],
        [
            ("By Imrelle Farthrop, Local Democracy Reporter", "", "", "B"),
        ],
        [
            ("Thursday 19 November 2026, 4:15 pm", "", "", "B"),
        ],
        [
            ("Share: Facebook · WhatsApp · Email", "", "", "B"),
        ],
        [
            (
                "Cars queue outside the Draybrook Lane recycling centre on a Saturday in October.",
                "",
                "",
                "",
            ),
            ("Photo: Wellowby & District Gazette", "", "", "B"),
        ],
        [
            (
                "The recycling centre on Draybrook Lane will close on Mondays, Tuesdays and Wednesdays from January 4 after the county council’s cabinet voted 6-2 on Wednesday to cut its opening days.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Cllr Rosavel Ketterholme-Vaylesford, the cabinet member for environment, said the change would save £186,000 a year.",
                "Rosavel Ketterholme-Vaylesford",
                "said",
                "W",
            ),
            (
                "She said visits to the centre on those three days had averaged 94 cars a day this year, against 610 on a Saturday.",
                "Rosavel Ketterholme-Vaylesford",
                "said",
                "W",
            ),
            (
                "“Nobody on this cabinet wanted to do this.",
                "Rosavel Ketterholme-Vaylesford",
                "told the meeting",
                "",
            ),
            (
                "We have a £38 million hole in next year’s budget, and every service has to play its part,” Cllr Ketterholme-Vaylesford told the meeting.",
                "Rosavel Ketterholme-Vaylesford",
                "told the meeting",
                "W",
            ),
        ],
        [
            (
                "The county runs 16 recycling centres, and nine of them will move to shorter weeks by April, according to a report to the cabinet.",
                "a report to the cabinet",
                "according to",
                "W",
            ),
        ],
        [
            ("Get the Gazette’s morning briefing", "", "", "B"),
            (
                "Sign up to our free daily newsletter and get the top stories from Wellowby and the villages before 8am.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sign me up", "", "", "B"),
        ],
        [
            ("Read more: Plans for 140 homes off Crendle Road go to appeal", "", "", "B"),
        ],
        [
            (
                "Cllr Hervald Onsloe (Independent, Wellowby North) said the decision would lead to more fly-tipping in the lanes around the town.",
                "Hervald Onsloe",
                "said",
                "",
            ),
            (
                "He said the district had recorded 212 fly-tipping incidents in the year to September, up from 171 the year before.",
                "Hervald Onsloe",
                "said",
                "W",
            ),
            ("“Who is going to pay to clear that up?” he asked.", "Hervald Onsloe", "asked", ""),
        ],
        [
            (
                "Wellowby Town Council said in a statement that it was “deeply disappointed” and would ask the county to review the decision after six months.",
                "Wellowby Town Council",
                "said in a statement",
                "",
            ),
            ("The statement was signed by the town clerk, Moyra Pendlecott.", "", "", "W"),
        ],
        [
            (
                "Garath Allwick, 67, who lives in the village of Sturmcombe Hennard, said the next nearest centre was a 24-mile round trip.",
                "Garath Allwick",
                "said",
                "W",
            ),
            (
                "“I’m not driving to Aldercombe Regis with a car full of hedge clippings,” he said.",
                "Garath Allwick",
                "said",
                "",
            ),
        ],
        [
            (
                "A county council spokesman said fly-tipping fines had been raised to £1,000 in April and that 38 people had been prosecuted since then.",
                "A county council spokesman",
                "said",
                "W",
            ),
        ],
        [
            (
                "A petition against the cut, started by residents in October, had 2,417 signatures on Thursday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Have your say", "", "", "B"),
        ],
        [
            ("Should the county have cut the tip’s opening days?", "", "", "B"),
        ],
        [
            (
                "Yes, savings have to be made   No, it will cause more fly-tipping   Don’t know",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Vote", "", "", "B"),
        ],
        [
            ("Got a story?", "", "", "B"),
            ("Email news@wellowbygazette.co.uk or call 01823 555 014.", "", "", "B"),
        ],
        [
            ("Most read", "", "", "B"),
        ],
        [
            ("1", "", "", "B"),
        ],
        [
            ("Wellowby butcher closes after 91 years on Guildcross Street", "", "", "B"),
        ],
        [
            ("2", "", "", "B"),
        ],
        [
            ("Road closed for three weeks as gas main replaced", "", "", "B"),
        ],
        [
            ("This newspaper is regulated by the Press Standards Panel.", "", "", "B"),
            ("To complain about a story, see our complaints page.", "", "", "B"),
        ],
        [
            ("© 2026 Hennard Valley Newspapers Ltd", "", "", "B"),
        ],
    ],
    [
        [
            ("UWANJA PULSE", "", "", "B"),
        ],
        [
            (
                "FOOTBALL   ATHLETICS   RUGBY   BASKETBALL   BOXING   VIDEOS   FIXTURES & RESULTS",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Football / Premier League / Match report", "", "", "B"),
        ],
        [
            (
                "Kiborowa Rangers 1-2 Gatundoro FC: Obwayo-Kimanthi seals comeback as leaders stretch lead to five points",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Late header keeps Gatundoro unbeaten at the top after Rangers had led for an hour",
                "",
                "",
                "",
            ),
        ],
        [
            ("By Wanjirema Nderemo-Oyugah", "", "", "B"),
        ],
        [
            ("Sunday, November 22, 2026 at 6:48 PM EAT", "", "", "B"),
        ],
        [
            ("Share on Facebook   Share on X   Copy link", "", "", "B"),
        ],
        [
            (
                "Gatundoro FC forward Tobiyo Obwayo-Kimanthi Jnr. celebrates his 88th-minute winner at Kasarini Stadium on Sunday.",
                "",
                "",
                "",
            ),
            ("Photo: Uwanja Pulse/Kamauri Thigiti", "", "", "B"),
        ],
        [
            ("Kiborowa Rangers 1-2 Gatundoro FC", "", "", "W"),
        ],
        [
            ("Goals: Ndurumwe 19'; Lekaroi 71', Obwayo-Kimanthi Jnr. 88'", "", "", ""),
        ],
        [
            (
                "Cautions: Ndurumwe 34', Musindet 62' (Kiborowa); Achiengo-Odera 55' (Gatundoro)",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Gatundoro FC stretched their lead at the top of the table to five points on Sunday, coming from a goal down to beat Kiborowa Rangers 2-1 at Kasarini Stadium.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The No. 10, Dennoh Ndurumwe, gave the hosts the lead in the 19th minute, curling a free kick over the wall from 25 metres.",
                "",
                "",
                "W",
            ),
            (
                "Rangers should have doubled their lead before the break, but Ezrahel Musindet’s shot hit the post in the 41st minute.",
                "",
                "",
                "W",
            ),
            (
                "Gatundoro equalised through Lemayiani Lekaroi in the 71st minute after the referee awarded a penalty for a handball by Musindet.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Substitute Tobiyo Obwayo-Kimanthi Jnr. headed in the winner from a corner two minutes from time, his seventh goal of the season.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Gatundoro to win the league: 2.10 | Kiborowa top six: 3.75 | Bet now", "", "", "B"),
        ],
        [
            ("18+ only.", "", "", "B"),
            ("Gambling can be addictive; play responsibly.", "", "", "B"),
        ],
        [
            (
                "Rangers coach Rashido Ongwae-Mbithwe said his side had been “robbed” by the penalty decision.",
                "Rashido Ongwae-Mbithwe",
                "said",
                "",
            ),
            (
                "“The ball hit his chest, not his hand.",
                "Rashido Ongwae-Mbithwe",
                "told journalists",
                "",
            ),
            (
                "Everybody in this stadium saw it except one man,” he told journalists after the match.",
                "Rashido Ongwae-Mbithwe",
                "told journalists",
                "",
            ),
        ],
        [
            (
                "He said his club would write to the league’s referees committee on Monday to ask for a review.",
                "Rashido Ongwae-Mbithwe",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We were not good in the first half, and I told them so,” Gatundoro coach Filomeena Wachirai-Tolle said.",
                "Filomeena Wachirai-Tolle",
                "said",
                "",
            ),
            (
                "“But this team does not know how to give up.”",
                "Filomeena Wachirai-Tolle",
                "said",
                "",
            ),
        ],
        [
            (
                "Wachirai-Tolle said Obwayo-Kimanthi had been on the bench because he arrived back from national team duty only on Friday.",
                "Filomeena Wachirai-Tolle",
                "said",
                "W",
            ),
        ],
        [
            (
                "Obwayo-Kimanthi Jnr. said he had practised the same header “a hundred times” in training this week.",
                "Tobiyo Obwayo-Kimanthi Jnr.",
                "said",
                "",
            ),
            (
                "“When the corner came, I knew where to go,” he said.",
                "Tobiyo Obwayo-Kimanthi Jnr.",
                "said",
                "",
            ),
        ],
        [
            (
                "In a statement on Sunday evening, Kiborowa Rangers said two supporters had been taken to hospital after a barrier collapsed behind the north goal in the 75th minute.",
                "Kiborowa Rangers",
                "said",
                "W",
            ),
            (
                "The club said both were treated for minor injuries and discharged.",
                "The club",
                "said",
                "W",
            ),
        ],
        [
            (
                "Gatundoro have 31 points from 13 matches, five more than second-placed Meru Ndovuni, who drew 0-0 at home on Saturday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Match stats", "", "", "B"),
        ],
        [
            (
                "Possession: 54% – 46% | Shots: 11 – 14 | On target: 4 – 6 | Corners: 3 – 8",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Attendance: 9,412", "", "", ""),
        ],
        [
            (
                "Kiborowa Rangers: Gacherwa; Otienyo-Lumbasi, Kiplagatt, Musindet, Wekesera; Achuka, Ndurumwe (Mwarangi 80’), Omolo; Rutoyo-Chemwenoi, Kidake, Simiyuo.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Gatundoro FC: Njogu; Achiengo-Odera, Lomuriat, Kipronoi, Mbalukwe; Lekaroi, Wanyoikei, Oduory-Amisi (Obwayo-Kimanthi Jnr. 63’); Mutheu, Okinyo, Barasai.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Referee: Silasi Kamothwe-Wawerue", "", "", ""),
        ],
        [
            ("14 comments", "", "", "B"),
        ],
        [
            ("Also on Uwanja Pulse", "", "", "B"),
        ],
        [
            ("National team coach names 26 for December qualifiers", "", "", "B"),
        ],
        [
            ("Nairobi marathon course changed after road works", "", "", "B"),
        ],
        [
            ("Get live scores on the Uwanja Pulse app.", "", "", "B"),
            ("Download it free on Android and iOS.", "", "", "B"),
        ],
        [
            ("© 2026 Uwanja Pulse Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE LUMENWICK REPORT", "", "", "B"),
        ],
        [
            ("Health   Science   Nutrition   Mind   Environment   Newsletters", "", "", "B"),
        ],
        [
            ("Health › Heart", "", "", "B"),
        ],
        [
            (
                "Eating oily fish twice a week tied to 21% lower heart failure risk in Norwegian study",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Researchers say adults who kept the habit for 14 years fared best, but the study cannot prove the fish was the cause",
                "Researchers",
                "say",
                "W",
            ),
        ],
        [
            ("By Hallvor Steinsrud-Lyngvik, Health Correspondent", "", "", "B"),
        ],
        [
            ("Medically reviewed by Dr. Ingrun Vossholm, MD", "", "", "B"),
        ],
        [
            ("November 24, 2026", "", "", "B"),
        ],
        [
            ("6 min read", "", "", "B"),
        ],
        [
            ("A fishmonger sets out mackerel at a harbour market in Bergen.", "", "", ""),
            ("Image credit: Ørjan Fjellbakk/Lumenwick Report", "", "", "B"),
        ],
        [
            ("Key points", "", "", "B"),
        ],
        [
            ("The study followed 48,112 adults in western Norway from 2010 to 2024.", "", "", "W"),
        ],
        [
            (
                "Those who ate oily fish at least twice a week were 21% less likely to develop heart failure than those who ate it less than once a month.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The study was observational and cannot show cause and effect.", "", "", ""),
        ],
        [
            (
                "People who eat oily fish at least twice a week are less likely to develop heart failure than those who rarely eat it, according to a study of more than 48,000 Norwegian adults published on Monday.",
                "a study of more than 48,000 Norwegian adults published on Monday",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Dr. Sigvora Aalvold-Dornheim, an epidemiologist at the Vestbryggen Heart Institute in Bergen who led the study, said the participants had answered questions about their diet in 2010 and again in 2017.",
                "Sigvora Aalvold-Dornheim",
                "said",
                "W",
            ),
            (
                "She said 3,406 of them were diagnosed with heart failure by the end of 2024.",
                "Sigvora Aalvold-Dornheim",
                "said",
                "W",
            ),
            (
                "The group who ate oily fish twice a week or more had 21% fewer cases, after the researchers took account of age, smoking, weight, exercise and income, according to the paper.",
                "the paper",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“What surprised us was how steady the effect was in men and women, in smokers and non-smokers,” Aalvold-Dornheim said.",
                "Sigvora Aalvold-Dornheim",
                "said",
                "",
            ),
        ],
        [
            ("Sign up for Heart Matters, our free weekly newsletter on heart health.", "", "", "B"),
        ],
        [
            ("How this study was done", "", "", "B"),
        ],
        [
            (
                "The researchers used data from a long-running health survey of adults aged 40 to 69 in two western Norwegian counties.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "They linked the participants’ answers to hospital records through the end of 2024.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Aalvold-Dornheim said about one in five participants who ate fish twice a week also took fish oil capsules, and leaving them out did not change the result.",
                "Sigvora Aalvold-Dornheim",
                "said",
                "W",
            ),
        ],
        [
            (
                "She said people who ate a lot of fish may have had other healthy habits that the survey did not measure.",
                "Sigvora Aalvold-Dornheim",
                "said",
                "",
            ),
        ],
        [
            (
                "Prof. Crispian Brixworth-Halecroft, a cardiologist at a London teaching hospital who was not involved in the study, said the findings were “reassuring but not a reason to panic-buy salmon”.",
                "Crispian Brixworth-Halecroft",
                "said",
                "",
            ),
            ("“This is a large, careful study.", "Crispian Brixworth-Halecroft", "said", ""),
            (
                "But diet questionnaires are blunt tools, and people are not always honest about what they eat,” he said.",
                "Crispian Brixworth-Halecroft",
                "said",
                "",
            ),
        ],
        [
            (
                "He said two earlier trials of fish oil capsules, published in 2019 and 2022, had found no effect on heart failure.",
                "Crispian Brixworth-Halecroft",
                "said",
                "W",
            ),
        ],
        [
            (
                "A registered dietitian who advises the institute said people who do not eat fish could get similar fats from walnuts and flaxseed.",
                "A registered dietitian who advises the institute",
                "said",
                "",
            ),
        ],
        [
            (
                "Funding: The study was funded by the Vestbryggen Heart Institute and the Hallstrand Foundation for Cardiovascular Research.",
                "",
                "",
                "B",
            ),
            ("The funders had no role in the design of the study or the analysis.", "", "", "B"),
        ],
        [
            (
                "Competing interests: Dr. Aalvold-Dornheim has received speaker fees from a seafood producers’ association.",
                "",
                "",
                "B",
            ),
            ("The other authors declared none.", "", "", "B"),
        ],
        [
            (
                "Journal reference: Aalvold-Dornheim S, Teigland M, Rosvold K, et al. Oily fish intake and incident heart failure in the Vestbryggen cohort. Eur J Prev Nutr. 2026;31(11):1402-1411.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "This article is for information only and is not a substitute for advice from your doctor.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related coverage", "", "", "B"),
        ],
        [
            ("Walking 7,000 steps a day linked to fewer falls in older women", "", "", "B"),
        ],
        [
            ("Why your blood pressure reading may be wrong in winter", "", "", "B"),
        ],
        [
            ("© 2026 Lumenwick Media AS", "", "", "B"),
        ],
    ],
    [
        [
            ("THE DECCAN SIGNALPOST", "", "", "B"),
        ],
        [
            (
                "Home   India   Cities   Politics   Business   Sports   Opinion   E-Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("LIVE", "", "", "B"),
        ],
        [
            ("Hyderabad", "", "", "B"),
        ],
        [
            (
                "Hyderabad bus strike Day 2 LIVE: 3,400 buses off the roads, metro adds late-night trains",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Follow our live coverage of the second day of the indefinite strike by state bus workers across Telangana.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Last updated: November 24, 2026 | 14:52 IST", "", "", "B"),
        ],
        [
            ("Auto-update ON", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            ("Key highlights", "", "", "B"),
        ],
        [
            (
                "About 3,400 of the corporation’s 3,900 buses in Greater Hyderabad did not leave depots on Tuesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Talks between the union and the transport department ended without agreement at 11 pm on Monday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The metro is running trains until 12.30 am this week.", "", "", "W"),
        ],
        [
            ("14:52 IST", "", "", "B"),
        ],
        [
            ("Posted by Aniruddhan Velamuri-Tallam", "", "", "B"),
        ],
        [
            (
                "Union leader Ramulu Kothapallem-Reddy told reporters outside the Rathnagiri bus depot that the strike would go on until the government agreed to merge the corporation’s staff into the state service.",
                "Ramulu Kothapallem-Reddy",
                "told reporters",
                "W",
            ),
            (
                "He said 41,000 workers had joined the strike across the state.",
                "Ramulu Kothapallem-Reddy",
                "said",
                "W",
            ),
            (
                "“We have waited six years for this promise,” Kothapallem-Reddy said.",
                "Ramulu Kothapallem-Reddy",
                "said",
                "",
            ),
        ],
        [
            ("14:20 IST", "", "", "B"),
        ],
        [
            ("Posted by Sravani Dommeti", "", "", "B"),
        ],
        [
            ("Minister tells Assembly 1,200 private buses hired", "", "", "W"),
        ],
        [
            (
                "Transport Minister Venkatadri Chandramouli Suravaram said in the Assembly that the government had hired 1,200 private buses and 1,800 temporary drivers at ₹2,100 a day each.",
                "Venkatadri Chandramouli Suravaram",
                "said in the Assembly",
                "W",
            ),
            ("“The doors for talks are open.", "Venkatadri Chandramouli Suravaram", "said", ""),
            (
                "But the demand for a merger cannot be settled in one night,” he said.",
                "Venkatadri Chandramouli Suravaram",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("13:35 IST", "", "", "B"),
        ],
        [
            ("Posted by Aniruddhan Velamuri-Tallam", "", "", "B"),
        ],
        [
            (
                "The city’s metro operator said in a post on X that it had carried 6.1 lakh passengers on Monday, about 1.4 lakh more than on a normal weekday.",
                "the city’s metro operator",
                "said in a post on X",
                "W",
            ),
            (
                "It said trains would run until 12.30 am from Tuesday to Friday.",
                "the city’s metro operator",
                "said",
                "W",
            ),
        ],
        [
            ("Also Read: Telangana to open 22 new degree colleges next year", "", "", "B"),
        ],
        [
            ("12:48 IST", "", "", "B"),
        ],
        [
            ("Posted by Sravani Dommeti", "", "", "B"),
        ],
        [
            (
                "At the Kavadipally bus stop, software tester Lakshmikanthi Narasimhulu-Peddi, 29, said she had waited 50 minutes for a private bus that never came.",
                "Lakshmikanthi Narasimhulu-Peddi",
                "said",
                "",
            ),
            (
                "“The autos are asking ₹400 for a ride that costs ₹35 on the bus.",
                "Lakshmikanthi Narasimhulu-Peddi",
                "said",
                "",
            ),
            (
                "Who can pay that every day?” she said.",
                "Lakshmikanthi Narasimhulu-Peddi",
                "said",
                "",
            ),
        ],
        [
            ("11:55 IST", "", "", "B"),
        ],
        [
            ("Posted by Aniruddhan Velamuri-Tallam", "", "", "B"),
        ],
        [
            (
                "Sixteen strikers were detained near the corporation’s head office on Tuesday morning and released by 11 am, according to the city police.",
                "the city police",
                "according to",
                "W",
            ),
        ],
        [
            ("10:40 IST", "", "", "B"),
        ],
        [
            ("Posted by Sravani Dommeti", "", "", "B"),
        ],
        [
            (
                "The corporation said in a statement that it was losing about ₹14 crore a day in fares.",
                "The corporation",
                "said in a statement",
                "W",
            ),
            (
                "It said workers who did not report for duty by Thursday would lose a day’s pay for each day of absence.",
                "The corporation",
                "said",
                "W",
            ),
        ],
        [
            ("Follow us on WhatsApp for live updates.", "", "", "B"),
        ],
        [
            ("09:30 IST", "", "", "B"),
        ],
        [
            ("Posted by Aniruddhan Velamuri-Tallam", "", "", "B"),
        ],
        [
            (
                "The High Court will hear a petition by a commuters’ forum against the strike on Wednesday at 10.30 am.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("08:05 IST", "", "", "B"),
        ],
        [
            ("Posted by Sravani Dommeti", "", "", "B"),
        ],
        [
            (
                "Good morning and welcome to our live coverage of day two of the bus strike.",
                "",
                "",
                "",
            ),
            (
                "We will bring you updates from depots, bus stops and the Assembly through the day.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Also Read: Hyderabad’s air quality dips to ‘poor’ for first time this winter",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Signalpost Media Pvt. Ltd.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE HARBOURGLOW OBSERVER", "", "", "B"),
        ],
        [
            ("News   Business   Sport   Entertainment   Letters   Commentary   Jobs", "", "", "B"),
        ],
        [
            ("Lead Stories", "", "", "B"),
        ],
        [
            ("SUNDAY CONVERSATION", "", "", "B"),
        ],
        [
            ("‘The sea is giving us weed instead of fish’", "", "", ""),
        ],
        [
            (
                "Marvette Delvanty-Gourzongh took over the Orrisvane Bay Fishers’ Co-operative in September, in its worst season in 30 years",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Story by Kadarius Ashpoole-Ruddocke", "", "", "B"),
        ],
        [
            ("Sunday | November 22, 2026", "", "", "B"),
        ],
        [
            (
                "Marvette Delvanty-Gourzongh on the beach at Orrisvane Bay, Portland, where sargassum has piled up since July.",
                "",
                "",
                "",
            ),
            ("Contributed", "", "", "B"),
        ],
        [
            (
                "Marvette Delvanty-Gourzongh, 52, was elected president of the Orrisvane Bay Fishers’ Co-operative in September, the first woman to lead the 140-member group in its 61-year history.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The co-op’s landed catch fell from 212,000 pounds in 2024 to about 88,000 pounds in the first ten months of this year.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The interview was edited for length and clarity.", "", "", "B"),
        ],
        [
            ("HARBOURGLOW OBSERVER: How bad is it out there right now?", "", "", ""),
        ],
        [
            (
                "MARVETTE DELVANTY-GOURZONGH: Since July, we have lost 47 fishing days to the weed.",
                "Marvette Delvanty-Gourzongh",
                "MARVETTE DELVANTY-GOURZONGH:",
                "W",
            ),
            (
                "The boats cannot get out of the bay when it piles up two feet deep, and the engines choke on it.",
                "Marvette Delvanty-Gourzongh",
                "MARVETTE DELVANTY-GOURZONGH:",
                "W",
            ),
            (
                "Some mornings you can smell it from the main road.",
                "Marvette Delvanty-Gourzongh",
                "MARVETTE DELVANTY-GOURZONGH:",
                "",
            ),
        ],
        [
            (
                "HARBOURGLOW OBSERVER: Fisheries ministry officials say this year’s sargassum season is the heaviest on record.",
                "Fisheries ministry officials",
                "say",
                "W",
            ),
            ("Do your members believe that?", "", "", ""),
        ],
        [
            (
                "DELVANTY-GOURZONGH: We don’t need a record to tell us.",
                "Marvette Delvanty-Gourzongh",
                "DELVANTY-GOURZONGH:",
                "",
            ),
            (
                "My father fished here for 40 years, and the first time he saw weed like this was 2011.",
                "Marvette Delvanty-Gourzongh",
                "DELVANTY-GOURZONGH:",
                "W",
            ),
            (
                "He says it was a few clumps on the sand then.",
                "Marvette Delvanty-Gourzongh",
                "DELVANTY-GOURZONGH:",
                "",
            ),
        ],
        [
            (
                "“We are paying to clean a beach that the sea fills up again by morning.”",
                "",
                "",
                "B",
            ),
        ],
        [
            ("HARBOURGLOW OBSERVER: What has the co-op done about it?", "", "", ""),
        ],
        [
            (
                "DELVANTY-GOURZONGH: We hired six young men from the district to rake the landing site every day at 5 a.m.",
                "Marvette Delvanty-Gourzongh",
                "DELVANTY-GOURZONGH:",
                "W",
            ),
            (
                "That costs us J$180,000 a month.",
                "Marvette Delvanty-Gourzongh",
                "DELVANTY-GOURZONGH:",
                "W",
            ),
            (
                "We moved four boats to St. Thomas in October, and they land their catch there now.",
                "Marvette Delvanty-Gourzongh",
                "DELVANTY-GOURZONGH:",
                "W",
            ),
            (
                "It is not ideal, but it keeps them fishing.",
                "Marvette Delvanty-Gourzongh",
                "DELVANTY-GOURZONGH:",
                "",
            ),
            (
                "We are paying to clean a beach that the sea fills up again by morning.",
                "Marvette Delvanty-Gourzongh",
                "DELVANTY-GOURZONGH:",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "HARBOURGLOW OBSERVER: You wrote to the ministry in October asking for J$25 million.",
                "",
                "",
                "",
            ),
            ("What did they say?", "", "", ""),
        ],
        [
            (
                "DELVANTY-GOURZONGH: They wrote back on November 3 and offered J$4 million for fuel and a barrier trial.",
                "Marvette Delvanty-Gourzongh",
                "DELVANTY-GOURZONGH:",
                "W",
            ),
            ("We are grateful.", "Marvette Delvanty-Gourzongh", "DELVANTY-GOURZONGH:", ""),
            (
                "But one of my members said to me, “Miss Marvette, four million will not buy the rope for that barrier.”",
                "Marvette Delvanty-Gourzongh",
                "DELVANTY-GOURZONGH:",
                "",
            ),
        ],
        [
            ("HARBOURGLOW OBSERVER: Are young people still going into fishing?", "", "", ""),
        ],
        [
            (
                "DELVANTY-GOURZONGH: Eleven of our members have left for construction jobs or farm work overseas since January.",
                "Marvette Delvanty-Gourzongh",
                "DELVANTY-GOURZONGH:",
                "W",
            ),
            ("I cannot blame them.", "Marvette Delvanty-Gourzongh", "DELVANTY-GOURZONGH:", ""),
            (
                "When a man has three children, he cannot wait for the sea to change its mind.",
                "Marvette Delvanty-Gourzongh",
                "DELVANTY-GOURZONGH:",
                "",
            ),
        ],
        [
            (
                "HARBOURGLOW OBSERVER: What would you tell the Government if you had five minutes?",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "DELVANTY-GOURZONGH: Put the barrier in before the next season, not after.",
                "Marvette Delvanty-Gourzongh",
                "DELVANTY-GOURZONGH:",
                "",
            ),
            (
                "And count fishermen as people whose work is hurt by the climate, because that is what we are.",
                "Marvette Delvanty-Gourzongh",
                "DELVANTY-GOURZONGH:",
                "",
            ),
        ],
        [
            ("HARBOURGLOW OBSERVER: Thank you.", "", "", ""),
        ],
        [
            ("More Sunday Conversations", "", "", "B"),
        ],
        [
            (
                "Have something to say about this story? Write to letters@harbourglowobserver.com.jm.",
                "",
                "",
                "B",
            ),
            ("Letters should be no longer than 300 words.", "", "", "B"),
        ],
        [
            ("© 2026 Harbourglow Media Company Limited.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE SINDH CLARION", "", "", "B"),
        ],
        [
            ("Pakistan | World | Business | Sport | Opinion | Magazine | Multimedia", "", "", "B"),
        ],
        [
            ("OPINION", "", "", "B"),
        ],
        [
            ("Karachi’s thirst is a choice", "", "", ""),
        ],
        [
            (
                "The tanker mafia did not invent the shortage; it just learned to sell it",
                "",
                "",
                "",
            ),
        ],
        [
            ("Noorulain Baqarzai", "", "", "B"),
        ],
        [
            ("Published November 21, 2026", "", "", "B"),
        ],
        [
            ("Facebook   X   WhatsApp   Email", "", "", "B"),
        ],
        [
            (
                "Every evening on my street in Gulnarabad-e-Nooristan, the same blue tanker backs into the lane and a queue of buckets forms before the driver has even switched off the engine.",
                "",
                "",
                "",
            ),
        ],
        [
            ("A 1,000-gallon load now costs Rs4,800, up from Rs2,600 two years ago.", "", "", "W"),
        ],
        [
            (
                "Nobody on my street thinks this is normal any more, but nobody expects it to change either.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Karachi needs about 1,200 million gallons of water a day, and the city’s water utility supplies roughly 650 million, according to the utility’s own figures.",
                "the utility’s own figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Of what it does pump, about a third never reaches a tap, lost to leaking mains and illegal connections.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "That is not a drought; that is a plumbing problem with a political address.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "In October, the utility’s chief executive, Shahzorain Tirmazey-Gulab, told a provincial assembly committee that 118 illegal hydrants had been demolished since January.",
                "Shahzorain Tirmazey-Gulab",
                "told a provincial assembly committee",
                "W",
            ),
            (
                "He also said 74 had reopened within a month.",
                "Shahzorain Tirmazey-Gulab",
                "said",
                "W",
            ),
            ("One wonders who reopened them, and who was paid.", "", "", ""),
            (
                "The utility did not respond to questions sent for this column.",
                "The utility",
                "did not respond to questions sent for this column",
                "",
            ),
        ],
        [
            (
                "A 2025 survey by the Karachi-based Urban Nala Research Collective found that households in the city’s poorest districts spent up to 14% of their income on water, against 3% in the richest.",
                "A 2025 survey by the Karachi-based Urban Nala Research Collective",
                "found",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Read more: The sea is eating the delta’s villages, and no one is counting",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Last week, a tanker operator in Qasimkot Chowrangi, who would not give his name, told me he paid “a weekly amount” to keep his hydrant open.",
                "a tanker operator in Qasimkot Chowrangi",
                "told me",
                "",
            ),
            (
                "“If I don’t pay, does the water stop?” he asked.",
                "a tanker operator in Qasimkot Chowrangi",
                "asked",
                "",
            ),
            (
                "“No, only my water stops,” he said.",
                "a tanker operator in Qasimkot Chowrangi",
                "said",
                "",
            ),
        ],
        [
            (
                "Last month, the province’s local government minister, Jahanara Khuhrani-Wassan, said a new 260-million-gallon bulk supply line would “end the tanker business for good” when it opened.",
                "Jahanara Khuhrani-Wassan",
                "said",
                "",
            ),
            (
                "That line was first promised in 2007, and its completion date has been moved six times.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In March, the provincial high court ordered the utility to publish the location of every licensed hydrant within 60 days.",
                "",
                "",
                "W",
            ),
            ("It has not done so.", "", "", "W"),
        ],
        [
            ("So here is what the city should demand, and soon.", "", "", ""),
        ],
        [
            ("First, a public map of every hydrant, licensed or not, updated monthly.", "", "", ""),
        ],
        [
            (
                "Second, meters on the bulk mains, so that we know where the missing third goes.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Third, an independent audit of the utility, with its findings tabled in the assembly rather than in a drawer.",
                "",
                "",
                "",
            ),
        ],
        [
            ("None of this needs a new dam or a foreign loan.", "", "", ""),
            (
                "It needs someone in charge who would rather fix a pipe than cut a ribbon.",
                "",
                "",
                "",
            ),
        ],
        [
            ("The writer is a journalist who covers urban affairs in Karachi.", "", "", "B"),
            ("She posts on X as @noorbaqarzai.", "", "", "B"),
        ],
        [
            (
                "Views expressed in this article are the writer’s own and do not necessarily reflect those of the newspaper.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Comments are moderated and generally will be posted if they are on-topic and not abusive.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 The Sindh Clarion Group of Newspapers", "", "", "B"),
        ],
    ],
    [
        [
            ("THE STATEHOUSE WIRE", "", "", "B"),
        ],
        [
            ("Politics   Congress   States   Courts   Elections   Policy   Podcasts", "", "", "B"),
        ],
        [
            ("STATES › ARIZONA", "", "", "B"),
        ],
        [
            (
                "Arizona House passes rural well-meter bill 33-27 after four-hour debate",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lawmakers say H.B. 2207 would cover about 9,000 wells in five basins; farm groups vow to fight it in the Senate",
                "Lawmakers",
                "say",
                "W",
            ),
        ],
        [
            ("By Colinette Marrabesque, State Politics Reporter", "", "", "B"),
        ],
        [
            ("Nov. 19, 2026, 7:05 a.m. MST", "", "", "B"),
        ],
        [
            ("Listen · 5:12", "", "", "B"),
        ],
        [
            ("Farmworkers check an irrigation pump near Yuma, Ariz., in September.", "", "", ""),
            ("Dariel Ostwicke/The Statehouse Wire", "", "", "B"),
        ],
        [
            (
                "PHOENIX — The Arizona House voted 33-27 on Wednesday to require meters on large wells in five rural groundwater basins, sending the bill to a state Senate where it faces a narrower path.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The measure, H.B. 2207, would require any well pumping more than 35 gallons a minute to have a meter by Jan. 1, 2029, said its sponsor, Rep. Evanthe Torvasco, R-Yuma.",
                "Evanthe Torvasco",
                "said",
                "W",
            ),
            (
                "“We can’t manage what we don’t measure,” Torvasco told reporters after the vote.",
                "Evanthe Torvasco",
                "told reporters",
                "",
            ),
            (
                "She said the state would pay up to $4,000 toward each meter from a $36 million fund set up in last year’s budget.",
                "Evanthe Torvasco",
                "said",
                "W",
            ),
        ],
        [
            (
                "Six Republicans joined all 27 Democrats present in voting for the bill.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Water levels in the Sotolvista basin have dropped by more than 100 feet since 1990 in some wells, according to state data.",
                "state data",
                "according to",
                "W",
            ),
        ],
        [
            ("RELATED COVERAGE", "", "", "B"),
        ],
        [
            ("Arizona’s rural water fight, explained in five charts", "", "", "B"),
        ],
        [
            ("How a 1980 law left most of the state’s groundwater unmeasured", "", "", "B"),
        ],
        [
            (
                "Rep. Maricelda Achterbeck-Pena, D-Tucson, a member of the House Natural Resources Committee, voted against the bill, saying it “measures the problem and does nothing to fix it.”",
                "Maricelda Achterbeck-Pena",
                "saying",
                "W",
            ),
            (
                "She said an amendment to cap new wells in the basins failed 29-31 on Tuesday.",
                "Maricelda Achterbeck-Pena",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Arizona Growers Alliance said in written testimony that the meters would be “the first step toward taking water from families who have farmed here for four generations.”",
                "The Arizona Growers Alliance",
                "said in written testimony",
                "",
            ),
        ],
        [
            (
                "Holliver Brankamp, who grows alfalfa on 1,400 acres east of Sotolvista, said his two wells pumped about 2,100 acre-feet last year.",
                "Holliver Brankamp",
                "said",
                "W",
            ),
            ("“I don’t mind a meter,” he said.", "Holliver Brankamp", "said", ""),
            ("“I mind what comes after the meter.”", "Holliver Brankamp", "said", ""),
        ],
        [
            ("Sign up for the Capitol Daybook.", "", "", "B"),
            ("Our reporters’ best state politics stories, every weekday at 6 a.m.", "", "", "B"),
        ],
        [
            (
                "In Washington, Sen. Rensford Quintavelli, D-Ariz., a member of the Senate Energy and Natural Resources Committee, said the vote showed that the state could act on groundwater without waiting for Congress.",
                "Rensford Quintavelli",
                "said",
                "",
            ),
            (
                "“The federal government has put $1.1 billion into Colorado River conservation since 2023.",
                "Rensford Quintavelli",
                "told reporters",
                "W",
            ),
            (
                "None of that helps a rancher in Cochise County whose well went dry in July,” Quintavelli told reporters on Capitol Hill.",
                "Rensford Quintavelli",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "He said he would reintroduce S. 1447, a bill to fund rural well monitoring, in January.",
                "Rensford Quintavelli",
                "said",
                "",
            ),
        ],
        [
            (
                "The office of Gov. Lorivel Vasquel-Thornbery said she would sign H.B. 2207 if it reached her desk unchanged.",
                "The office of Gov. Lorivel Vasquel-Thornbery",
                "said",
                "",
            ),
            (
                "“The governor has been clear that rural Arizona can’t wait,” said her spokesman, Ignatz Beldowe.",
                "Ignatz Beldowe",
                "said",
                "",
            ),
        ],
        [
            (
                "Senate President Darwell Holtzclave-Meyering has assigned the bill to the Senate Natural Resources Committee, which meets Dec. 3.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("A Senate companion bill, S.B. 1182, has not had a hearing.", "", "", "W"),
        ],
        [
            ("Tags: Arizona, groundwater, H.B. 2207, water policy", "", "", "B"),
        ],
        [
            ("Colinette Marrabesque covers state legislatures from Phoenix.", "", "", "B"),
            ("She previously reported for two Arizona daily newspapers.", "", "", "B"),
        ],
        [
            ("Most popular", "", "", "B"),
        ],
        [
            ("Shutdown talks stall over border funding", "", "", "B"),
        ],
        [
            ("Three states move to ban phones in classrooms", "", "", "B"),
        ],
        [
            ("© 2026 Statehouse Wire LLC.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE PORTLAKE LEDGER", "", "", "B"),
        ],
        [
            (
                "Business   Investing   Markets   Real Estate   Careers   Personal Finance",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "TSX composite 24,118.62 ▲ 0.41%   CAD/USD 0.7214 ▼ 0.12%   WTI $71.08 ▲ 0.9%   Gold $2,611.40 ▼ 0.3%",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Markets", "", "", "B"),
        ],
        [
            (
                "Brackenwater Foods agrees to $1.3-billion takeover by Calgary’s Ostravane Capital",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Wholesaler says offer of $24.75 a share is 31% above Friday’s close; board recommends shareholders vote for it",
                "Brackenwater Foods Inc.",
                "says",
                "W",
            ),
        ],
        [
            ("Priyanvitha Ananthakesh-Mowbrayne", "", "", "B"),
        ],
        [
            ("Published November 23, 2026 at 8:12 a.m. ET", "", "", "B"),
        ],
        [
            ("Updated November 23, 2026 at 4:47 p.m. ET", "", "", "B"),
        ],
        [
            ("For subscribers", "", "", "B"),
        ],
        [
            (
                "A Brackenwater distribution centre in Mississauga, Ont., in a 2024 file photo.",
                "",
                "",
                "",
            ),
            ("Fenwray Dorringford-Shawcombe/The Portlake Ledger", "", "", "B"),
        ],
        [
            (
                "Ostravane Capital Corp. has agreed to buy Brackenwater Foods Inc. for $1.3-billion in cash, taking private one of the country’s largest independent grocery wholesalers, which is based in Mississauga, Ont.",
                "",
                "",
                "W",
            ),
            (
                "Brackenwater said on Monday its board had unanimously recommended the offer of $24.75 a share, 31 per cent above Friday’s closing price.",
                "Brackenwater Foods Inc.",
                "said",
                "W",
            ),
            (
                "Shares of Brackenwater rose 28.6 per cent to $24.10 by 10:40 a.m. and closed at $24.22 at 4 p.m.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Brackenwater chief executive Osmer Trembley-Haasberg said on a conference call with analysts that the company supplied about 2,300 independent grocers in Ontario, Quebec and the Atlantic provinces.",
                "Osmer Trembley-Haasberg",
                "said on a conference call",
                "W",
            ),
            (
                "He said private ownership would let Brackenwater spend on new warehouses “without worrying about the next quarter.”",
                "Osmer Trembley-Haasberg",
                "said",
                "",
            ),
        ],
        [
            (
                "Ostravane, which manages about $14-billion for pension funds and endowments, said in a statement that it would keep Brackenwater’s head office and all 4,100 of its employees.",
                "Ostravane Capital Corp.",
                "said in a statement",
                "W",
            ),
            (
                "“Brackenwater has the best network of independent grocers in Eastern Canada.",
                "Anniqa Sorvaldt-Beaulivre",
                "said",
                "",
            ),
            (
                "We intend to grow it, not strip it,” said Anniqa Sorvaldt-Beaulivre, Ostravane’s managing partner.",
                "Anniqa Sorvaldt-Beaulivre",
                "said",
                "",
            ),
        ],
        [
            ("Sponsor content", "", "", "B"),
        ],
        [
            ("Is your business ready for the new GST/HST e-invoicing rules?", "", "", "B"),
            ("Find out more from Tallowmerrin Advisory.", "", "", "B"),
        ],
        [
            (
                "Renalda Volkonsky-Amesford, an analyst at Harbrisk Securities Ltd., said the price was about 9.5 times Brackenwater’s expected earnings before interest, taxes, depreciation and amortization for 2026.",
                "Renalda Volkonsky-Amesford",
                "said",
                "W",
            ),
            (
                "She said a rival bid was unlikely because the two other large wholesalers in the country were already under review by the federal competition watchdog.",
                "Renalda Volkonsky-Amesford",
                "said",
                "",
            ),
            (
                "“I’d be surprised to see anyone top this,” she said.",
                "Renalda Volkonsky-Amesford",
                "said",
                "",
            ),
        ],
        [
            (
                "The deal includes a $52-million break fee payable to Ostravane if Brackenwater accepts a better offer.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Brackenwater said shareholders would vote on the deal at a special meeting on Jan. 27, and it expected the sale to close by the end of March, subject to court and regulatory approval.",
                "Brackenwater Foods Inc.",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dalbir Sekhwal-Marchesotti, president of Quellhurst Preserves Ltd., a supplier that sells jams and pickles through Brackenwater, said he hoped the new owner would keep paying suppliers within 30 days.",
                "Dalbir Sekhwal-Marchesotti",
                "said",
                "",
            ),
            ("His company, which employs 64 people, is based in Guelph, Ont.", "", "", "W"),
            (
                "About 40 per cent of its sales go through Brackenwater, he said.",
                "Dalbir Sekhwal-Marchesotti",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for Local 1187 of the warehouse workers’ union, which represents 1,650 Brackenwater employees, said the union would seek a meeting with Ostravane before the vote.",
                "A spokesperson for Local 1187 of the warehouse workers’ union",
                "said",
                "",
            ),
        ],
        [
            (
                "Brackenwater’s shares had fallen 22 per cent this year before Monday’s announcement, after the company cut its profit forecast twice.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Report an editorial error", "", "", "B"),
        ],
        [
            ("Add Brackenwater Foods to Your Portfolio to follow its shares.", "", "", "B"),
        ],
        [
            ("Trending", "", "", "B"),
        ],
        [
            ("Central bank seen holding rates in December", "", "", "B"),
        ],
        [
            ("Condo presales in Toronto hit 15-year low", "", "", "B"),
        ],
        [
            ("© Copyright 2026 The Portlake Ledger Inc.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE STRAITS MORNINGTIDE", "", "", "B"),
        ],
        [
            ("Singapore | Asia | World | Business | Tech | Sport | Life | Opinion", "", "", "B"),
        ],
        [
            ("Singapore › Courts & Crime", "", "", "B"),
        ],
        [
            (
                "Renovation contractor jailed 4 years 9 months for cheating 23 home owners of $418k",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "He took deposits for kitchens and flooring, then stopped answering calls; only $31,000 has been repaid",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Vernham Soay Kaizhen", "", "", "B"),
        ],
        [
            ("Court Correspondent", "", "", "B"),
        ],
        [
            ("Nov 25, 2026, 05:40 PM", "", "", "B"),
        ],
        [
            ("Gift this article.", "", "", "B"),
            ("Subscribers can share up to 10 articles a month.", "", "", "B"),
        ],
        [
            (
                "Tiaw Weiquan Marvell was convicted of 12 cheating charges, with 11 more taken into consideration for sentencing.",
                "",
                "",
                "W",
            ),
            ("ST MORNINGTIDE FILE PHOTO", "", "", "B"),
        ],
        [
            (
                "SINGAPORE – A former renovation contractor who took $418,000 in deposits from 23 home owners and did no work was sentenced on Nov 25 to four years and nine months’ jail.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Tiaw Weiquan Marvell, 41, was the sole director of Keelhaven Interior Works Pte. Ltd., which he ran from a shared office in Kelidang Industrial Park.",
                "",
                "",
                "W",
            ),
            (
                "He pleaded guilty in October to 12 counts of cheating under Section 420 of the Penal Code.",
                "",
                "",
                "W",
            ),
            ("Another 11 charges were taken into consideration for sentencing.", "", "", "W"),
        ],
        [
            (
                "Between March 2023 and August 2024, Tiaw took deposits of between $6,500 and $38,000 from owners of new Housing Board flats in two new estates in the north-east, according to court documents.",
                "court documents",
                "according to",
                "W",
            ),
        ],
        [
            (
                "In most cases he sent a designer to measure the flat, then stopped replying to messages once the deposit was paid.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("READ MORE: Couple who sold fake branded bags online jailed", "", "", "B"),
        ],
        [
            (
                "Deputy Public Prosecutor Charmelle Lioh Huiyan said in submissions that Tiaw had continued to take deposits for five months after he knew the company could not pay its suppliers.",
                "Charmelle Lioh Huiyan",
                "said in submissions",
                "W",
            ),
            (
                "“These were young couples spending their savings on their first home,” she said.",
                "Charmelle Lioh Huiyan",
                "said",
                "",
            ),
            (
                "She asked for a jail term of at least five years.",
                "Charmelle Lioh Huiyan",
                "asked for",
                "W",
            ),
        ],
        [
            (
                "One couple paid $38,000 and moved into a flat with no kitchen cabinets for seven months.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Tiaw’s lawyer, Mr Ravindrakumar Pathmalingam of Pathmalingam & Queh LLC, said in mitigation that his client had been overwhelmed by debts after a supplier sued him in 2023.",
                "Ravindrakumar Pathmalingam",
                "said in mitigation",
                "W",
            ),
        ],
        [
            (
                "He said Tiaw had repaid $31,000 to four victims before the case came to court.",
                "Ravindrakumar Pathmalingam",
                "said",
                "W",
            ),
        ],
        [
            ("Join our WhatsApp channel for the latest court cases.", "", "", "B"),
        ],
        [
            (
                "District Judge Bernaleth Loo Suqin said Tiaw had “exploited the trust of buyers at the most stressful point in their lives”.",
                "Bernaleth Loo Suqin",
                "said",
                "",
            ),
            ("“The offences were planned and repeated.", "Bernaleth Loo Suqin", "said", ""),
            (
                "A substantial term is needed to deter others in this trade,” she said.",
                "Bernaleth Loo Suqin",
                "said",
                "",
            ),
        ],
        [
            (
                "She also ordered him to pay $96,000 in compensation to the 12 victims named in the proceeded charges, or serve another 180 days in default.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "For each count of cheating, Tiaw could have been jailed for up to 10 years and fined.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "One victim wrote in an impact statement that she and her husband had “lost the money we saved for our wedding”.",
                "One victim",
                "wrote in an impact statement",
                "",
            ),
        ],
        [
            ("Tiaw’s bail was extended, and he will begin his sentence on Dec 9.", "", "", "W"),
        ],
        [
            ("Related Topics: Courts & crime | Home renovation | Scams", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Straits Morningtide Media Pte. Ltd.", "", "", "B"),
            ("Co. Regn. No. 200611894K.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("VATUKAI NEWS", "", "", "B"),
        ],
        [
            ("Home | Fiji | Pacific | Business | Sport | Weather | Watch", "", "", "B"),
        ],
        [
            ("BREAKING", "", "", "B"),
        ],
        [
            ("Fiji / Weather", "", "", "B"),
        ],
        [
            (
                "Two dead, 4,100 in evacuation centres as Cyclone Tuvaka crosses Vanua Levu",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Winds of up to 165km/h flattened homes in Macuata and cut power to most of Labasa overnight",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Salomeli Vakalolomai", "", "", "B"),
        ],
        [
            ("Monday 30 November 2026 · 9:26am FJT", "", "", "B"),
        ],
        [
            ("Share   Tweet   Email   Print", "", "", "B"),
        ],
        [
            (
                "Residents of Nakorovatu village in Macuata clear a fallen breadfruit tree from the road on Monday morning.",
                "",
                "",
                "",
            ),
            ("Picture: Salomeli Vakalolomai/Vatukai News", "", "", "B"),
        ],
        [
            (
                "WEATHER WARNING: A heavy rain warning remains in force for Vanua Levu, Taveuni and the Lau Group until 6pm today.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "SUVA – Two people died and more than 4,100 spent the night in 96 evacuation centres after Tropical Cyclone Tuvaka crossed the north of Vanua Levu late on Sunday, the national disaster office said on Monday.",
                "the national disaster office",
                "said",
                "W",
            ),
        ],
        [
            (
                "The office’s director, Josateki Nacewa-Tuivakano, said teams had reached 41 of the 58 villages in Macuata province by 8am, and at least 230 homes had been destroyed or badly damaged.",
                "Josateki Nacewa-Tuivakano",
                "said",
                "W",
            ),
            (
                "“The north took the full force of it.",
                "Josateki Nacewa-Tuivakano",
                "told reporters",
                "W",
            ),
            (
                "We expect those numbers to rise once we reach the villages along the coast,” Mr Nacewa-Tuivakano told reporters in Suva.",
                "Josateki Nacewa-Tuivakano",
                "told reporters",
                "",
            ),
            (
                "He said people in evacuation centres should stay there until they were told it was safe to return home.",
                "Josateki Nacewa-Tuivakano",
                "said",
                "",
            ),
        ],
        [
            (
                "A 67-year-old man died when a tree fell on his house at Vunisalato settlement at about 11.30pm on Sunday, the police said.",
                "the police",
                "said",
                "W",
            ),
            (
                "They said a woman, 34, was swept away while crossing a flooded creek near Korovatu settlement on Sunday afternoon, and her body was found on Monday.",
                "the police",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The weather service said the cyclone, which peaked at Category 3 with winds of up to 165km/h near its centre, had weakened to Category 2 and was moving south-east at 18km/h.",
                "The weather service",
                "said",
                "W",
            ),
            (
                "It said 212mm of rain fell at Labasa in the 24 hours to 9am on Monday.",
                "The weather service",
                "said",
                "W",
            ),
            (
                "It expects the system to pass south of the Lau Group by Tuesday night and weaken further.",
                "The weather service",
                "expects",
                "",
            ),
        ],
        [
            ("Latest: Taveuni ferry sailings cancelled until Wednesday", "", "", "B"),
        ],
        [
            (
                "Viliamoni Ratubalavu, the headman of Nakorovatu, said the sea came up to the steps of the village church.",
                "Viliamoni Ratubalavu",
                "said",
                "",
            ),
            ("“Sa rui levu na cagi.", "Viliamoni Ratubalavu", "said", ""),
            (
                "The wind was too strong, we could only pray,” he said.",
                "Viliamoni Ratubalavu",
                "said",
                "",
            ),
            (
                "He said 11 of the village’s 34 houses had lost their roofs.",
                "Viliamoni Ratubalavu",
                "said",
                "W",
            ),
        ],
        [
            (
                "The power utility said 38,000 customers in the Northern Division were without electricity on Monday morning.",
                "The power utility",
                "said",
                "W",
            ),
            (
                "It said it hoped to restore supply to Labasa town by Wednesday but rural lines could take two weeks.",
                "The power utility",
                "said",
                "",
            ),
        ],
        [
            (
                "The education ministry said all 148 schools in the Northern Division would stay closed until Thursday, and 22 schools being used as evacuation centres would remain closed until further notice.",
                "The education ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Pacific Relief Consortium, a group of 14 aid agencies, said it had released $1.5 million in emergency aid and a plane carrying tarpaulins and water containers would arrive in Labasa on Tuesday.",
                "The Pacific Relief Consortium",
                "said",
                "W",
            ),
        ],
        [
            ("All domestic flights to and from Labasa were cancelled on Monday.", "", "", "W"),
        ],
        [
            ("Emergency contacts", "", "", ""),
        ],
        [
            ("National disaster hotline: 913", "", "", "W"),
        ],
        [
            ("Police: 917", "", "", "W"),
        ],
        [
            ("Fire and ambulance: 911", "", "", "W"),
        ],
        [
            ("Watch our live coverage on Vatukai TV from 6pm.", "", "", "B"),
        ],
        [
            ("Trending", "", "", "B"),
        ],
        [
            ("Sugar cane harvest in the north could fall 20 per cent, growers warn", "", "", "B"),
        ],
        [
            ("National carrier adds second daily Nadi–Auckland flight", "", "", "B"),
        ],
        [
            ("© 2026 Vatukai Media Group Pte Limited", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h64-au-question-then-login",
        "Already a subscriber? Log in to keep reading.",
        ["Already a subscriber?", "Log in to keep reading."],
    ),
    (
        "h64-au-opp-spokesman-he",
        "Opposition transport spokesman Corwynn Waddiloe said the government had been told of the wiring faults in a report four years ago. “They waited until the wires started falling on the tracks,” he said. He said the closure would hit students at the Tarrabellin TAFE campus, where summer classes begin on January 12.",
        [
            "Opposition transport spokesman Corwynn Waddiloe said the government had been told of the wiring faults in a report four years ago.",
            "“They waited until the wires started falling on the tracks,” he said.",
            "He said the closure would hit students at the Tarrabellin TAFE campus, where summer classes begin on January 12.",
        ],
    ),
    (
        "h64-au-am-time-question",
        "Nurse Pippa Holcroyde-Ries, who catches the 6.52am train from Mullenby to the city, said the replacement bus would add at least 40 minutes to her trip each way. “My shift starts at 7.30am. What am I meant to do, leave home at five?” she said.",
        [
            "Nurse Pippa Holcroyde-Ries, who catches the 6.52am train from Mullenby to the city, said the replacement bus would add at least 40 minutes to her trip each way.",
            "“My shift starts at 7.30am.",
            "What am I meant to do, leave home at five?” she said.",
        ],
    ),
    (
        "h64-au-pty-ltd-abn",
        "© 2026 Coorabyne Media Pty Ltd. ABN 44 102 887 316",
        ["© 2026 Coorabyne Media Pty Ltd.", "ABN 44 102 887 316"],
    ),
    (
        "h64-zm-caption-date-credit",
        "A worker walks past stacked copper cathodes at a refinery outside Kitwe, Zambia, Aug. 6, 2025. TELLAMARK/Mwiluka Chandasi/File photo Licensing rights",
        [
            "A worker walks past stacked copper cathodes at a refinery outside Kitwe, Zambia, Aug. 6, 2025.",
            "TELLAMARK/Mwiluka Chandasi/File photo",
            "Licensing rights",
        ],
    ),
    (
        "h64-zm-delay-copyright",
        "All market data delayed at least 15 minutes. © 2026 Tellamark. All rights reserved.",
        [
            "All market data delayed at least 15 minutes.",
            "© 2026 Tellamark.",
            "All rights reserved.",
        ],
    ),
    (
        "h64-uk-cllr-quote-over-two",
        "Cllr Rosavel Ketterholme-Vaylesford, the cabinet member for environment, said the change would save £186,000 a year. She said visits to the centre on those three days had averaged 94 cars a day this year, against 610 on a Saturday. “Nobody on this cabinet wanted to do this. We have a £38 million hole in next year’s budget, and every service has to play its part,” Cllr Ketterholme-Vaylesford told the meeting.",
        [
            "Cllr Rosavel Ketterholme-Vaylesford, the cabinet member for environment, said the change would save £186,000 a year.",
            "She said visits to the centre on those three days had averaged 94 cars a day this year, against 610 on a Saturday.",
            "“Nobody on this cabinet wanted to do this.",
            "We have a £38 million hole in next year’s budget, and every service has to play its part,” Cllr Ketterholme-Vaylesford told the meeting.",
        ],
    ),
    (
        "h64-uk-party-brackets-asked",
        "Cllr Hervald Onsloe (Independent, Wellowby North) said the decision would lead to more fly-tipping in the lanes around the town. He said the district had recorded 212 fly-tipping incidents in the year to September, up from 171 the year before. “Who is going to pay to clear that up?” he asked.",
        [
            "Cllr Hervald Onsloe (Independent, Wellowby North) said the decision would lead to more fly-tipping in the lanes around the town.",
            "He said the district had recorded 212 fly-tipping incidents in the year to September, up from 171 the year before.",
            "“Who is going to pay to clear that up?” he asked.",
        ],
    ),
    (
        "h64-ke-no10-minute",
        "The No. 10, Dennoh Ndurumwe, gave the hosts the lead in the 19th minute, curling a free kick over the wall from 25 metres. Rangers should have doubled their lead before the break, but Ezrahel Musindet’s shot hit the post in the 41st minute. Gatundoro equalised through Lemayiani Lekaroi in the 71st minute after the referee awarded a penalty for a handball by Musindet.",
        [
            "The No. 10, Dennoh Ndurumwe, gave the hosts the lead in the 19th minute, curling a free kick over the wall from 25 metres.",
            "Rangers should have doubled their lead before the break, but Ezrahel Musindet’s shot hit the post in the 41st minute.",
            "Gatundoro equalised through Lemayiani Lekaroi in the 71st minute after the referee awarded a penalty for a handball by Musindet.",
        ],
    ),
    (
        "h64-ke-coach-told-journalists",
        "Rangers coach Rashido Ongwae-Mbithwe said his side had been “robbed” by the penalty decision. “The ball hit his chest, not his hand. Everybody in this stadium saw it except one man,” he told journalists after the match.",
        [
            "Rangers coach Rashido Ongwae-Mbithwe said his side had been “robbed” by the penalty decision.",
            "“The ball hit his chest, not his hand.",
            "Everybody in this stadium saw it except one man,” he told journalists after the match.",
        ],
    ),
    (
        "h64-ke-jnr-quote",
        "Obwayo-Kimanthi Jnr. said he had practised the same header “a hundred times” in training this week. “When the corner came, I knew where to go,” he said.",
        [
            "Obwayo-Kimanthi Jnr. said he had practised the same header “a hundred times” in training this week.",
            "“When the corner came, I knew where to go,” he said.",
        ],
    ),
    (
        "h64-no-dr-et-al-she",
        "Dr. Sigvora Aalvold-Dornheim, an epidemiologist at the Vestbryggen Heart Institute in Bergen who led the study, said the participants had answered questions about their diet in 2010 and again in 2017. She said 3,406 of them were diagnosed with heart failure by the end of 2024. The group who ate oily fish twice a week or more had 21% fewer cases, after the researchers took account of age, smoking, weight, exercise and income, according to the paper.",
        [
            "Dr. Sigvora Aalvold-Dornheim, an epidemiologist at the Vestbryggen Heart Institute in Bergen who led the study, said the participants had answered questions about their diet in 2010 and again in 2017.",
            "She said 3,406 of them were diagnosed with heart failure by the end of 2024.",
            "The group who ate oily fish twice a week or more had 21% fewer cases, after the researchers took account of age, smoking, weight, exercise and income, according to the paper.",
        ],
    ),
    (
        "h64-no-prof-quote-split",
        "Prof. Crispian Brixworth-Halecroft, a cardiologist at a London teaching hospital who was not involved in the study, said the findings were “reassuring but not a reason to panic-buy salmon”. “This is a large, careful study. But diet questionnaires are blunt tools, and people are not always honest about what they eat,” he said.",
        [
            "Prof. Crispian Brixworth-Halecroft, a cardiologist at a London teaching hospital who was not involved in the study, said the findings were “reassuring but not a reason to panic-buy salmon”.",
            "“This is a large, careful study.",
            "But diet questionnaires are blunt tools, and people are not always honest about what they eat,” he said.",
        ],
    ),
    (
        "h64-no-journal-ref",
        "Journal reference: Aalvold-Dornheim S, Teigland M, Rosvold K, et al. Oily fish intake and incident heart failure in the Vestbryggen cohort. Eur J Prev Nutr. 2026;31(11):1402-1411.",
        [
            "Journal reference: Aalvold-Dornheim S, Teigland M, Rosvold K, et al. Oily fish intake and incident heart failure in the Vestbryggen cohort. Eur J Prev Nutr. 2026;31(11):1402-1411."
        ],
    ),
    (
        "h64-in-minister-assembly-rs",
        "Transport Minister Venkatadri Chandramouli Suravaram said in the Assembly that the government had hired 1,200 private buses and 1,800 temporary drivers at ₹2,100 a day each. “The doors for talks are open. But the demand for a merger cannot be settled in one night,” he said.",
        [
            "Transport Minister Venkatadri Chandramouli Suravaram said in the Assembly that the government had hired 1,200 private buses and 1,800 temporary drivers at ₹2,100 a day each.",
            "“The doors for talks are open.",
            "But the demand for a merger cannot be settled in one night,” he said.",
        ],
    ),
    (
        "h64-in-commuter-question",
        "At the Kavadipally bus stop, software tester Lakshmikanthi Narasimhulu-Peddi, 29, said she had waited 50 minutes for a private bus that never came. “The autos are asking ₹400 for a ride that costs ₹35 on the bus. Who can pay that every day?” she said.",
        [
            "At the Kavadipally bus stop, software tester Lakshmikanthi Narasimhulu-Peddi, 29, said she had waited 50 minutes for a private bus that never came.",
            "“The autos are asking ₹400 for a ride that costs ₹35 on the bus.",
            "Who can pay that every day?” she said.",
        ],
    ),
    (
        "h64-jm-name-prefix-answer",
        "MARVETTE DELVANTY-GOURZONGH: Since July, we have lost 47 fishing days to the weed. The boats cannot get out of the bay when it piles up two feet deep, and the engines choke on it. Some mornings you can smell it from the main road.",
        [
            "MARVETTE DELVANTY-GOURZONGH: Since July, we have lost 47 fishing days to the weed.",
            "The boats cannot get out of the bay when it piles up two feet deep, and the engines choke on it.",
            "Some mornings you can smell it from the main road.",
        ],
    ),
    (
        "h64-jm-st-am-end",
        "DELVANTY-GOURZONGH: We hired six young men from the district to rake the landing site every day at 5 a.m. That costs us J$180,000 a month. We moved four boats to St. Thomas in October, and they land their catch there now. It is not ideal, but it keeps them fishing.",
        [
            "DELVANTY-GOURZONGH: We hired six young men from the district to rake the landing site every day at 5 a.m.",
            "That costs us J$180,000 a month.",
            "We moved four boats to St. Thomas in October, and they land their catch there now.",
            "It is not ideal, but it keeps them fishing.",
        ],
    ),
    (
        "h64-pk-ceo-committee",
        "In October, the utility’s chief executive, Shahzorain Tirmazey-Gulab, told a provincial assembly committee that 118 illegal hydrants had been demolished since January. He also said 74 had reopened within a month. One wonders who reopened them, and who was paid.",
        [
            "In October, the utility’s chief executive, Shahzorain Tirmazey-Gulab, told a provincial assembly committee that 118 illegal hydrants had been demolished since January.",
            "He also said 74 had reopened within a month.",
            "One wonders who reopened them, and who was paid.",
        ],
    ),
    (
        "h64-pk-operator-quote-question",
        "Last week, a tanker operator in Qasimkot Chowrangi, who would not give his name, told me he paid “a weekly amount” to keep his hydrant open. “If I don’t pay, does the water stop?” he asked. “No, only my water stops,” he said.",
        [
            "Last week, a tanker operator in Qasimkot Chowrangi, who would not give his name, told me he paid “a weekly amount” to keep his hydrant open.",
            "“If I don’t pay, does the water stop?” he asked.",
            "“No, only my water stops,” he said.",
        ],
    ),
    (
        "h64-us-rep-r-yuma-told",
        "The measure, H.B. 2207, would require any well pumping more than 35 gallons a minute to have a meter by Jan. 1, 2029, said its sponsor, Rep. Evanthe Torvasco, R-Yuma. “We can’t manage what we don’t measure,” Torvasco told reporters after the vote. She said the state would pay up to $4,000 toward each meter from a $36 million fund set up in last year’s budget.",
        [
            "The measure, H.B. 2207, would require any well pumping more than 35 gallons a minute to have a meter by Jan. 1, 2029, said its sponsor, Rep. Evanthe Torvasco, R-Yuma.",
            "“We can’t manage what we don’t measure,” Torvasco told reporters after the vote.",
            "She said the state would pay up to $4,000 toward each meter from a $36 million fund set up in last year’s budget.",
        ],
    ),
    (
        "h64-us-d-tucson-member",
        "Rep. Maricelda Achterbeck-Pena, D-Tucson, a member of the House Natural Resources Committee, voted against the bill, saying it “measures the problem and does nothing to fix it.” She said an amendment to cap new wells in the basins failed 29-31 on Tuesday.",
        [
            "Rep. Maricelda Achterbeck-Pena, D-Tucson, a member of the House Natural Resources Committee, voted against the bill, saying it “measures the problem and does nothing to fix it.”",
            "She said an amendment to cap new wells in the basins failed 29-31 on Tuesday.",
        ],
    ),
    (
        "h64-us-sen-d-ariz-committee",
        "In Washington, Sen. Rensford Quintavelli, D-Ariz., a member of the Senate Energy and Natural Resources Committee, said the vote showed that the state could act on groundwater without waiting for Congress. “The federal government has put $1.1 billion into Colorado River conservation since 2023. None of that helps a rancher in Cochise County whose well went dry in July,” Quintavelli told reporters on Capitol Hill.",
        [
            "In Washington, Sen. Rensford Quintavelli, D-Ariz., a member of the Senate Energy and Natural Resources Committee, said the vote showed that the state could act on groundwater without waiting for Congress.",
            "“The federal government has put $1.1 billion into Colorado River conservation since 2023.",
            "None of that helps a rancher in Cochise County whose well went dry in July,” Quintavelli told reporters on Capitol Hill.",
        ],
    ),
    (
        "h64-ca-ont-end-then-inc",
        "Ostravane Capital Corp. has agreed to buy Brackenwater Foods Inc. for $1.3-billion in cash, taking private one of the country’s largest independent grocery wholesalers, which is based in Mississauga, Ont. Brackenwater said on Monday its board had unanimously recommended the offer of $24.75 a share, 31 per cent above Friday’s closing price. Shares of Brackenwater rose 28.6 per cent to $24.10 by 10:40 a.m. and closed at $24.22 at 4 p.m.",
        [
            "Ostravane Capital Corp. has agreed to buy Brackenwater Foods Inc. for $1.3-billion in cash, taking private one of the country’s largest independent grocery wholesalers, which is based in Mississauga, Ont.",
            "Brackenwater said on Monday its board had unanimously recommended the offer of $24.75 a share, 31 per cent above Friday’s closing price.",
            "Shares of Brackenwater rose 28.6 per cent to $24.10 by 10:40 a.m. and closed at $24.22 at 4 p.m.",
        ],
    ),
    (
        "h64-ca-ltd-analyst-she",
        "Renalda Volkonsky-Amesford, an analyst at Harbrisk Securities Ltd., said the price was about 9.5 times Brackenwater’s expected earnings before interest, taxes, depreciation and amortization for 2026. She said a rival bid was unlikely because the two other large wholesalers in the country were already under review by the federal competition watchdog. “I’d be surprised to see anyone top this,” she said.",
        [
            "Renalda Volkonsky-Amesford, an analyst at Harbrisk Securities Ltd., said the price was about 9.5 times Brackenwater’s expected earnings before interest, taxes, depreciation and amortization for 2026.",
            "She said a rival bid was unlikely because the two other large wholesalers in the country were already under review by the federal competition watchdog.",
            "“I’d be surprised to see anyone top this,” she said.",
        ],
    ),
    (
        "h64-ca-guelph-ont-end",
        "Dalbir Sekhwal-Marchesotti, president of Quellhurst Preserves Ltd., a supplier that sells jams and pickles through Brackenwater, said he hoped the new owner would keep paying suppliers within 30 days. His company, which employs 64 people, is based in Guelph, Ont. About 40 per cent of its sales go through Brackenwater, he said.",
        [
            "Dalbir Sekhwal-Marchesotti, president of Quellhurst Preserves Ltd., a supplier that sells jams and pickles through Brackenwater, said he hoped the new owner would keep paying suppliers within 30 days.",
            "His company, which employs 64 people, is based in Guelph, Ont.",
            "About 40 per cent of its sales go through Brackenwater, he said.",
        ],
    ),
    (
        "h64-sg-director-of-ltd",
        "Tiaw Weiquan Marvell, 41, was the sole director of Keelhaven Interior Works Pte. Ltd., which he ran from a shared office in Kelidang Industrial Park. He pleaded guilty in October to 12 counts of cheating under Section 420 of the Penal Code. Another 11 charges were taken into consideration for sentencing.",
        [
            "Tiaw Weiquan Marvell, 41, was the sole director of Keelhaven Interior Works Pte. Ltd., which he ran from a shared office in Kelidang Industrial Park.",
            "He pleaded guilty in October to 12 counts of cheating under Section 420 of the Penal Code.",
            "Another 11 charges were taken into consideration for sentencing.",
        ],
    ),
    (
        "h64-sg-dpp-submissions",
        "Deputy Public Prosecutor Charmelle Lioh Huiyan said in submissions that Tiaw had continued to take deposits for five months after he knew the company could not pay its suppliers. “These were young couples spending their savings on their first home,” she said. She asked for a jail term of at least five years.",
        [
            "Deputy Public Prosecutor Charmelle Lioh Huiyan said in submissions that Tiaw had continued to take deposits for five months after he knew the company could not pay its suppliers.",
            "“These were young couples spending their savings on their first home,” she said.",
            "She asked for a jail term of at least five years.",
        ],
    ),
    (
        "h64-sg-pte-ltd-regn",
        "Copyright © 2026 Straits Morningtide Media Pte. Ltd. Co. Regn. No. 200611894K. All rights reserved.",
        [
            "Copyright © 2026 Straits Morningtide Media Pte. Ltd.",
            "Co. Regn. No. 200611894K.",
            "All rights reserved.",
        ],
    ),
    (
        "h64-fj-director-mr-quote",
        "The office’s director, Josateki Nacewa-Tuivakano, said teams had reached 41 of the 58 villages in Macuata province by 8am, and at least 230 homes had been destroyed or badly damaged. “The north took the full force of it. We expect those numbers to rise once we reach the villages along the coast,” Mr Nacewa-Tuivakano told reporters in Suva. He said people in evacuation centres should stay there until they were told it was safe to return home.",
        [
            "The office’s director, Josateki Nacewa-Tuivakano, said teams had reached 41 of the 58 villages in Macuata province by 8am, and at least 230 homes had been destroyed or badly damaged.",
            "“The north took the full force of it.",
            "We expect those numbers to rise once we reach the villages along the coast,” Mr Nacewa-Tuivakano told reporters in Suva.",
            "He said people in evacuation centres should stay there until they were told it was safe to return home.",
        ],
    ),
]
