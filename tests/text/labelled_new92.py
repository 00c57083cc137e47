"""Ninety-second set of new hand-labelled pages for the hint engines (tuning set, round forty):
twelve WHOLE pages, head to tail, of everyday news from twelve countries (Ghana, Bangladesh,
Trinidad and Tobago, Malaysia, Northern Ireland, Ireland, South Africa, the Philippines, New
Zealand, the United States (Georgia), Canada (Manitoba) and Scotland), where SPEAKERS are the hard
part: pronoun chains across paragraphs; two people of the same gender alternating (two women in
Ghana, two men in Bangladesh, two men and then two women in Northern Ireland, two women in
Scotland); spokespeople and unnamed officials; roles and titles before and after names, with local
honorifics (Hon., Madam, Md, Engr, Datuk, Encik, a/p, Alderman, Garda, Mme, Ntate, Atty., Ma.,
Whaea, Reeve, Chief, Insp, Pastor); speakers named only after the quote; quotes continuing over
several sentences and paragraphs; statements, posts on Facebook and X, and letters; "according
to"; colon-introduced quotes; a short Q&A block (New Zealand); reported speech in a court report
("told the court that", Ireland); and surnames shared by two people (two brothers and their mother
in Ireland, a husband and wife in Georgia, a married couple of doctors in New Zealand). Each page
carries its site's own furniture at the head, in the middle and at the tail, each worded its own
way. The pages hold 521 sentences: 209 "B", 162 "W" and 150 ""; 269 sentences carry a speaker.
`STYLES` describes each page, its story, its speakers and its furniture in order.

Written from scratch for issue 13 in round forty, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/` or `docs/` was opened or
listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing
under `tests/benchmarks/`, and no README of the project was read; `claimreview` was never imported,
and no test, scorer, engine or `pytest` was run. The search and fetch tools were not used, and
nothing was copied from anywhere. What was read: the brief (`/tmp/brief` was listed; it held only
the brief); `/tmp/sets` was listed at the start (empty) and again at the end (it then held another
helper's `labelled_new91.py`, seen as a name only and never opened, and this file; a last
whole-word pass over every capitalised word of these pages, run after that file appeared and
leaving this file out, found no coined name of this set elsewhere); the module docstrings of
`labelled_new.py` and `labelled_new2.py` (printed whole with `ast.get_docstring`); from
`labelled_new90.py`, a script of my own using `ast` printing its docstring, `STYLES`, first two
pages and first eight `CASES` (the tool cut the middle of that listing, so it was saved to a file
in /tmp and the cut part printed with `sed`, so that all of it was seen); from `labelled_new89.py`,
the same listing saved to a file and printed with `sed` in two ranges, the second with every line
cut to 400 characters (so its `STYLES` entries were seen only in part); a one-liner over
`labelled_new90.py` with `ast` printing the first 200 characters of each top-level statement that
is not an assignment (the docstring's opening and the import line) and the names and line numbers
of its assignments, and a `tail -3 | cut -c1-100` of that file (three lines of closing brackets);
`def build` in `tests/text/labelled_articles.py` (a `sed` range); the `[tool.ruff]` tables of
`pyproject.toml` (a `grep -n -A15`); and a listing of `/work/main` itself (`ls -la`, which names
its top-level folders and files, none of them opened). No other page, case or docstring of any file
under `tests/` was read. What was run: a Python one-liner printing the calendars of October and
November 2026 to check weekdays; `pip download` of the `ruff` wheel from the configured package
index and its installation into a scratch virtual environment (the project's `.venv` was absent);
scripts of my own in /tmp that turn a small line format (flags|speaker|cue|text, blank lines
between paragraphs, aliases for speakers) into the literals below, apply renames, cut the split
cases out of the pages, and count sentences, flags and speakers while checking that every speaker
has a cue and every cue a speaker, no "B" line has a speaker, and each cue occurs in its sentence
or in the quote it continues; an import of this file with `build` on every page and a check of four
string fields, flags, 30 distinct case ids, every case text in a built page and equal to its
sentences joined by single spaces, and the counts above; whole-word, case-insensitive searches over
`tests/` and /tmp/sets (Python files only) for every capitalised word of these pages (each part of
a hyphenated name on its own) with `grep -rhoiwF -f`, whose output was only the matched words of my
own lists, then for candidate replacements with the same pass; phrase counts (`grep -rilF ... | wc
-l`) of coined multi-word names and per-word file counts (`grep -rilwF ... | wc -l`) for a last
few; and `ruff format` and `ruff check` on this file with `--config` pointing at the project's
`pyproject.toml` (the check also through `--stdin-filename tests/text/labelled_new92.py` so the
project's per-file ignores for `tests/**` apply). The first draft's coined people, places and
outlets hit about a hundred and twenty words of other files (given names and surnames of every
country, even unusual ones such as Ealasaid, Kilbrannagh, Mothibedi, Dalumpines and Quenneville, an
island, a townland, a village word, three Malay place words and four outlet words), and three
coined multi-word names hit a phrase elsewhere (a swimming club's name, a drivers' federation's and
a practice's); each was renamed, about a hundred and ten candidate replacements hit as well over
five rounds of checks (and one bird name chosen for the club), and only replacements with no hit
were kept. What still hits is real places and regions, common words (Trace, Ridge, Lake, Landfill,
Joy and the like, some inside a coined name), outlet words (Post, Standard, Telegraph, Clarion,
Express, Star, Sentinel, Bulletin, Record, Daily), titles, honorifics and name particles kept or
dropped on purpose (Hon, Madam, Md, Mohd, Engr, Datuk, Encik, Alderman, Garda, Ní, Mme, Atty, Ma,
Reeve, Insp, Dr, Mr, Mrs, Ms) and Filipino and Malay words inside quotes and names (Ang, Kami,
Taman, Lorong).

Every person, outlet, firm, assembly, council, corporation, authority, federation, association,
club, school, church, practice, landfill, bridge, ferry, street, road, market, village, township,
townland, island and figure is invented. Real countries, regions, cities and institutions appear
only as settings or in furniture headlines: Ghana, Kumasi, Ashanti, Ejisu and Mampong; Bangladesh,
Chattogram, Agrabad and Khatunganj; Trinidad and Tobago, Port of Spain, Couva, Chaguanas and
Florida; Malaysia, Johor Baru, Penang, Muar and Kota Tinggi; Northern Ireland, Belfast, Newry and
Stormont; Ireland, Co Limerick, Croom, Kilfinane, Adare and the river Maigue (in an outlet's name);
South Africa, the Free State, Bloemfontein, Gauteng, Mangaung and Thaba Nchu; the Philippines,
Bacolod, Negros Occidental, Silay and Talisay, and the Sangguniang Panlungsod; New Zealand,
Palmerston North, Auckland and Feilding; the United States and Georgia; Canada, Manitoba and
Winnipeg; Scotland, Oban, Mull, Skye, Holyrood and the Scottish Government; the GAA only as a menu
word. Facebook, X, WhatsApp,
Telegram, Messenger, Viber, Instagram, LinkedIn, Reddit, Twitter and Google News appear only as
channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W",
"B" or "". The points the recent sets state hold too: furniture "B" line by line, whatever it says;
a caption by its content and its credit "B"; headlines and standfirsts never split; a dateline
belongs to its lead sentence; a pronoun, a later surname, a role or a title resolved to the full
name as first given, without titles; an organisation's later generic noun kept as written ("The
company", "The power company", "The weather office", "the council") and "It" resolved to the name
as first given; "the statement" of a quoted line kept as written; a quote over several sentences
carrying its speaker and cue; a named person acting without a verb of saying carries no speaker;
standfirsts whose subject is a kind carry what the body names, groups without a proper name kept
as written; a note introducing a transcript part "B".

Conventions this set had to settle, in the same spirit (SPEAKERS):

* Titles and honorifics go, name parts stay. Dropped: Hon., Madam, Engr, Datuk, Encik, Alderman,
  Councillor, Councilor, Garda, Inspector, Insp, Judge, Mme and Ntate (Sesotho for Mrs and Mr),
  Vice Mayor, Atty., Barangay Captain, Whaea (a Māori form of address for an older woman), Mayor,
  Reeve, Chief, Pastor, Commission Chairman, Commissioner, Dr, Mr, Mrs. and Ms, and a role in
  brackets after the name ("(MCE)"). Kept: Md (Mohammad, part of a Bangladeshi name: "Md
  Ashrafuzzaman Pathowari"), Mohd (part of a Malay name), a/p (part of an Indian Malaysian name:
  "Kalaiselvy a/p Veerapathran"), Ma. (part of a Filipino name), Ní and Ó (parts of Irish names),
  Jr. ("Eustaquio Dalumbayan Jr.", "Lamarcus Tatterfield Jr."). A Chinese Malaysian surname comes
  first ("Giam said" is "Giam Yiew Tatt"); Malay given names stand for the person ("Rusydi
  Afiqullah said", "Mohd Hazmirul said", "Syahmirul Nizwan said").
* Shared surnames: a later surname-only cue is resolved by what the sentence says (Mr and surname
  for the defendant when his solicitor speaks of him is not a speaker at all; Mrs. and surname is
  the wife; a full name is given whenever the other brother or spouse speaks); a person named with
  a shared surname who does not speak ("Their mother, ..., was in court") carries no speaker.
* Pronouns follow the story, not the nearest name: when two women or two men alternate, each "She"
  or "He" is the person the paragraph is about ("The MCE replied ... / She said the market's two
  water tanks ..." is the MCE although the market queen spoke just before).
* Quotes: a quote running over paragraphs (the federation president's, the community council
  chair's, the mayor's colon-introduced quote) carries its speaker and the cue of its attribution
  in every sentence; in the Philippine quote, whose last paragraph ends "he added", that paragraph
  carries "added" and the paragraph between carries "said"; a colon-introduced quote carries the
  verb before the colon ("He said: ...", "he said: ...", "Madam ... said: ..."); "Asked ..., she
  said: ..." is a cue "said".
* Cues as written: "announced", "replied", "told the gathering", "told reporters", "told a
  community meeting", "told the court", "told the Telegraph", "told the Bulletin", "said in a
  statement", "said in an email", "said when contacted", "wrote on Facebook", "wrote" (a post, a
  letter), "posted on X", "posted" (after a quoted post), "posted on its Facebook page", "accused",
  "agreed", "saying", "says", "say", "tells", "asked", "added", "forecast", "according to", "A:",
  "did not say" and "did not respond to a question" (both like "declined to comment": speaker as
  written, flags ""). "In a letter ..., X said" carries the cue "said". An unnamed source is kept as
  written ("a police spokesperson", "A spokesperson for the National Water Company", "An official
  of the corporation's conservancy department", "A Stormont department spokesperson", "A
  spokesperson for the regional health authority", "A spokeswoman for Brushwick", "A provincial
  spokesperson", "A Scottish Government spokesperson") and its later "the spokesperson", "the
  official", "The spokeswoman" or "the NWC spokesperson" carries it as first given.
* Check-worthiness as in the recent sets: figures, dates, decisions, rules, records, an admission
  in court, a meeting fixed for a date and hour, an allegation of fact ("saying residents had
  counted three trucks") "W"; hopes, intentions, forecasts, hedges ("could", "expected"),
  opinions, feelings and questions ""; a private person's own circumstances (a grocer's losses, a
  commuter's fares, a pensioner's queue, a farmer's loads) ""; a caption stating a closing date "W".

Splits. "Hon. Ewuraesi", "GH¢9.2 million", "10 November." then "She said", "© 2026 Abrempong
Post." before "All Rights Reserved.", "Md Ashrafuzzaman", "Engr Tofazzul", a question inside a
quote followed by more of the quote ("“If they removed the earth, where did it go?" / "Go to ...,”
Pathowari told reporters ..."), "Tk 1.5 lakh", "9:00am", "8.30am," mid-sentence, "TT$350", a quoted
question followed by "she said.", "Co. Ltd." before "All rights reserved.", "RM6.8mil",
"(Nov 19).", "He said: “...", "Sdn Bhd (198701004412)." before "All Rights Reserved.", "£610,000",
"8.15pm", "(47)", "“I lost the head, Judge.", "600mm", "R41.6 million", "(Pty) Ltd.", "Jr.,",
"P1.50.", "Atty. Policarpio", "Ma. Socorro", "A:" answers over three sentences, "6 a.m." before a
quote, "$3.10", "Nov. 20", "7 p.m. on Dec. 2." before "Asked", "11:59 p.m. CT.", "Sept. 30",
"Want to join the conversation?" before "Subscribe to comment." and "Ltd." before "Registered in
Scotland No. SC611284." never split a sentence wrongly. `CASES` holds 30 sentence-split cases (id,
text, expected sentences), each a stretch of consecutive sentences of one paragraph of these pages
joined by single spaces: what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401

STYLES = [
    "Ghanaian news portal's regional page (Ahenkofie, a suburb of Kumasi, Ashanti), a municipal assembly gives traders 14 days to move from an old lorry park market to a new one, where SPEAKERS alternate between two women: the Municipal Chief Executive named with Hon. and the role before and (MCE) after (later She, The MCE replied, Hon. and surname, the MCE said after a two-sentence quote) and the market queen named with Madam after a role (later She, Madam and surname acting without a verb of saying, she said after her quote, Madam and surname said with a colon-introduced quote), with pronoun chains crossing paragraphs; the standfirst's Market women kept as written through say; the assembly's PRO named after his role in a statement and then The statement said; an assembly member with Hon. who wrote on Facebook, his post quoted over two sentences with he wrote; a cloth trader with a quoted question; according to the assembly's budget (site name in capitals, menu with pipes, section label with a middle dot, headline, standfirst, Written by byline with the town, date and time line, share line, caption and Image credit line, ADVERTISEMENT and ALSO READ mid-story, Source line, a WhatsApp newsroom line, tags, You may also like list, copyright in two sentences)",
    "Bangladeshi English daily's Chattogram page, the port city floods after 212mm of rain and the city corporation's mayor and the works authority's chairman blame each other, two men ALTERNATING by pronoun, surname and role across paragraphs: the mayor named with the particle Md kept as part of the name (later He, and Pathowari told reporters after a quote whose first sentence is a question inside the quote), the chairman with Engr dropped (later He, Mirdhabari said in a statement, He); Residents of low-lying wards kept as written in the standfirst; according to the port city's weather office and planning ministry documents; an unnamed official of the conservancy department (later the official said); a ward councillor (later she); The power company and The weather office kept as written (the latter's forecast \"\"); a headmaster; a grocer whose losses and loan are his own (\"\"); Tk with crore, lakh and 9:00am (masthead in capitals, date strip with Bengali calendar date and pipes, menu, section label with a slash, headline, standfirst, Staff Correspondent byline, published and updated line, share line, caption and Photo: Collected credit, Advertisement and Read more mid-story, topics line, a Google News follow line, Related News list, editor line, copyright)",
    "Trinidad and Tobago daily's local news page (Caco Trace, Couva), villagers block a road after 19 days without pipe-borne water: Caco Trace residents through saying in the lead and Residents in the standfirst; an unnamed police spokesperson named only after the claim (later the spokesperson said); a retired teacher (later she, and surname said) with a quote whose second sentence is a question with she said; the MP who wrote on Facebook, her post quoted over three sentences with she wrote, and later surname disputed ... saying; a councillor (later He and he said); A spokesperson for the National Water Company (later The spokesperson, The company said kept as written, and the NWC spokesperson); according to the company's website; a pastor with Pastor dropped; a police inspector with Insp dropped; TT$ and 8.30am (masthead in capitals, date and weather strip, menu in capitals, section label, headline, standfirst, byline name alone, Posted line, share line, caption and PHOTO credit, ADVERTISEMENT and RELATED mid-story, newsroom contact line, comments moderation line, Instagram follow line, MOST READ numbered list, copyright with Co. Ltd. and All rights reserved)",
    "Malaysian English daily's Metro page (Johor Baru), hawkers are paid to move from a fire lane to a food court: the state committee chairman named with Datuk AFTER the claim through says (later He, he told reporters after a two-sentence quote, Malay given names Rusydi Afiqullah said, he added), the city mayor with Datuk (later He said: with a colon-introduced quote running on into the next paragraph, and Mohd Hazmirul said by given names), a Chinese Malaysian association chairman whose surname comes first (later Giam said, he said, Giam, when contacted later, said), an Indian Malaysian trader named with a/p who said when contacted and asked a question, a Malay trader with Encik dropped (later given names), traders kept as written in the standfirst, according to budget documents; RM with mil, (Nov 19) and Nov 6 (masthead in capitals, date and language strip, menu, section label with ›, headline, standfirst, byline in capitals, published line, share line, caption and a dash credit, ADVERTISEMENT and Related mid-story, tags and keywords line, a story-tips email line, related stories list, copyright with a company registration number in brackets and All Rights Reserved)",
    "Northern Ireland regional daily's local page, a borough council votes 21-18 to shut a leisure centre pool, with two men ALTERNATING (an alderman with Alderman and committee chairman before his name, later He, Mr and surname, He said: with a colon-introduced quote over two sentences, Alderman and surname told the Telegraph, he said after a quoted question; and a councillor, later He accused and he said) and then two women ALTERNATING (the swimming club's head coach who signed its letter, later she, Ms and surname, She; and the local MLA who posted on X, her post quoted over two sentences with she posted); the council said in a statement and It said resolving to the council's full name; the club through In a letter ... said and the standfirst's Swimming club says; according to a report to the committee; A Stormont department spokesperson; £ with m (site name, menu, section label with slashes, headline, standfirst, byline name alone, date and time line, share line with Gift this article, caption with a closing date and Picture by credit, Advertisement and a Read more heading with one link mid-story, newsletter line and Sign up, topics line, Most Read list, copyright)",
    "Irish regional weekly's court page (Co Limerick), a man admits smashing his brother's tractor in a row over a farm gate, where SURNAMES ARE SHARED by two brothers and their mother: REPORTED SPEECH through told the court that from a garda named with Garda dropped and the Irish particle Ní kept (later She said, Garda and surname said), the injured brother named in full each time (later He said, agreed under cross-examination, He told the court that), the defendant named in full when he speaks and as Mr Kilmurrane or the defendant otherwise (Asked by the judge ..., with a two-sentence quote addressed to the Judge), the defence solicitor with the particle Ó (later Mr and surname and He), a prosecuting inspector, the judge named with Judge dropped (later She acting without a verb of saying and The judge said); the mother present without a speaker; €, (47) and 8.15pm (site name, menu with pipes, COURT label, headline with court hears, standfirst, byline with role, date line, share line, Advertisement and Read More mid-story, a court-reports note, news-tip and letters lines, More Court News list, copyright in two sentences)",
    "South African regional daily's local page (a township outside Bloemfontein, Free State), nine days without tap water after a bulk pipe bursts: a LETTER to residents from the municipal manager (said, then She wrote, she wrote after a quote), the standfirst carrying her through tells, the ward councillor who told a community meeting (later He said: with a colon-introduced quote over two sentences, and surname said), a pensioner named with the Sesotho honorific Mme (dropped; later surname and she said: after Asked ...), a ward committee member named with Ntate (dropped; later He and surname), the municipal spokesperson (later surname after a quote, and He), according to the municipality's annual report, The provincial department of co-operative governance said in a statement and It said; R with million, 600mm, 4am and 2pm (masthead in capitals, date and weather strip, menu with pipes, section label, headline, standfirst, byline, date and time line, share line, caption and Picture: credit, ADVERTISEMENT and ALSO READ with a pipe mid-story, a WhatsApp tip-off line, Related Articles list, copyright with (Pty) Ltd. in two sentences, a legal links line)",
    "Philippine regional daily's local page (Bacolod, Negros Occidental), the city council raises the minimum tricycle fare to P15: a councilor with Councilor dropped and Jr. kept (later He, he said after a rule, surname said), the drivers' federation president named only AFTER his quote (said Remegio ..., president of ...) whose quote CONTINUES over two more paragraphs, the first without attribution and the last with he added, with Hiligaynon in the quotes and translations in brackets, and who later speaks by surname and He; the federation through the standfirst's Drivers' federation says; a commuter whose own costs are \"\"; the vice mayor with Vice Mayor and Atty. dropped (later he said after a rule); a barangay captain with the name part Ma. kept (later she said and a quote continuing in a new sentence); according to the city's transport and traffic office; P with decimals and kilometers (masthead in capitals, date and weather strip, menu with middle dots, section label with a slash, headline, standfirst, byline, date and time line, share line, ADVERTISEMENT and an article-continues line mid-story, a READ link, a Facebook and Viber follow line, tags, More Local News list, copyright with Inc. and All Rights Reserved)",
    "New Zealand provincial weekly's local news page (Waikōpiro, Manawatū), the town's only GP practice will close in March: a married couple of doctors SHARING a SURNAME, the husband named with Dr in the lead (later he said and by full name) and the wife answering a short Q&A BLOCK (the introduction two \"B\" sentences, questions with Q: and no speaker, answers with A: carried over every sentence of the answer), A spokesperson for the regional health authority (later The spokesperson said), the mayor (a woman, later she said), a kuia named with the Māori honorific Whaea dropped with a two-sentence quote, figures of patients, staff and per cent (site name in capitals with macrons, menu with pipes, section label, headline, standfirst, byline name alone, date and time line, share line, caption and Photo / credit, Advertisement and RELATED mid-story, contact line, More local news list, copyright)",
    "US local daily's local government page (a county in Georgia), commissioners approve a landfill expansion 3-2, with speakers NAMED ONLY AFTER THE QUOTE (said Commission Chairman ... Jr., said Commissioner ..., whose ...), later by surname and She; a second commissioner who voted no (later he said); a husband and wife SHARING a SURNAME (the wife named in full with her husband's first name, the husband in full, later Mrs. and surname), the operator named after a descriptor through says and in the standfirst through Company says, A spokeswoman for Brushwick said in an email (later She), Brushwick did not respond to a question, a LETTER from the state's environmental division, The county posted on its Facebook page, according to the county's solid waste plan; $ with decimals, a.m., p.m., Sept. 30 and Nov. 3 (site name, account strip, menu with middle dots, section label in capitals, headline, standfirst, byline with an email, date and updated line, share strip, caption and credit, Advertisement and Related mid-story, a subscription ask in two sentences, reporter bio and phone in two sentences, tags, Most Popular list, copyright with the owning company, terms line)",
    "Canadian online news site's Manitoba page, a rural municipality closes its only bridge over a creek after cracked beams are found: the reeve named with Reeve dropped (later he said, surname said, He, The reeve said, he said: with a colon-introduced quote after Asked ...) and the standfirst's reeve says; the school division superintendent named only AFTER her quote (later surname, she said after a figure, surname after a quote); A provincial spokesperson said in an email and The spokesperson did not say; the local MLA who told the Bulletin (later he said); a First Nation chief with Chief dropped (later He and surname after a quote); a farmer whose own hauling is \"\" with a two-sentence quote; according to the engineer's report; $ with millions, per cent, Nov. 20, Dec. 2 and 7 p.m. (site name, date and weather strip with a minus sign, menu with pipes, section label, headline, standfirst, byline with outlet after a middle dot, Posted and Last Updated line with CT, share line, caption and bracketed credit, ADVERTISEMENT, RELATED STORIES with one link and Article continues below mid-story, With files from line, corrections and news-tip line, Comments heading and a two-sentence comments note with p.m. CT., copyright)",
    "Scottish regional weekly's Islands page, an island ferry was cancelled on 41 of 212 sailings in October: the community council chair (a woman) whose quote CONTINUES over THREE paragraphs, each opening with a quotation mark and only the last closed, later surname welcomed ... but said and She, ALTERNATING with the local MSP (a woman, later She and surname), the ferry operator's managing director who said in a statement and then wrote in a LETTER to every household (he wrote, later surname and He), A Scottish Government spokesperson, a councillor with Councillor dropped, the island's shopkeeper (later she and Ms and surname), Islanders kept as written in the standfirst, according to the operator's own figures; £ with m (site name, menu with middle dots, section label in capitals, headline, standfirst, byline, date and time line, share line, caption and Photo: credit, Advertisement and Read more mid-story, newsletter line, letters line, Comments heading, a comment prompt in two sentences, More from Islands list, copyright and a registration line with No.)",
]

ARTICLES = [
    [
        [
            ("ABREMPONG POST", "", "", "B"),
        ],
        [
            (
                "Home | News | Politics | Business | Regions | Sports | Entertainment | Opinion | Obituaries",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Regional News · Ashanti", "", "", "B"),
        ],
        [
            ("Traders given 14 days to leave old Ahenkofie lorry park market", "", "", "W"),
        ],
        [
            (
                "Market women say they will not move until the new stores have light and water",
                "Market women",
                "say",
                "",
            ),
        ],
        [
            ("Written by Akosombowaa Owusuansah-Dompreh, Ahenkofie", "", "", "B"),
        ],
        [
            ("Monday, 2 November 2026 · 6:12 pm", "", "", "B"),
        ],
        [
            ("Share on: Facebook · X · WhatsApp · Telegram", "", "", "B"),
        ],
        [
            (
                "Traders and shoppers at the old lorry park market in Ahenkofie on Monday morning.",
                "",
                "",
                "",
            ),
            ("Image credit: Abrempong Post/Akosombowaa Owusuansah-Dompreh", "", "", "B"),
        ],
        [
            (
                "Traders at the old lorry park market in Ahenkofie, a suburb of Kumasi, have been given 14 days to move to the new Abrafokrom market, the Municipal Chief Executive (MCE), Hon. Ewuraesi Obenewaa Odurokwaa-Boamah, has announced.",
                "Ewuraesi Obenewaa Odurokwaa-Boamah",
                "announced",
                "W",
            ),
        ],
        [
            (
                "Speaking at a durbar with the traders on Monday, she said the assembly had spent GH¢9.2 million on the new market, which has 640 stores and 1,100 tables.",
                "Ewuraesi Obenewaa Odurokwaa-Boamah",
                "said",
                "W",
            ),
            (
                "She said the municipal fire office had declared the old market a fire risk in a report issued in July.",
                "Ewuraesi Obenewaa Odurokwaa-Boamah",
                "said",
                "W",
            ),
        ],
        [
            (
                "But the market queen, Madam Dufiewaa Nyarkowaa-Safo, told the gathering that 370 of the stores at Abrafokrom still had no electricity.",
                "Dufiewaa Nyarkowaa-Safo",
                "told the gathering",
                "W",
            ),
            (
                "She said the traders were not against the move but wanted the work finished first.",
                "Dufiewaa Nyarkowaa-Safo",
                "said",
                "",
            ),
        ],
        [
            ("“We are not fighting anybody.", "Dufiewaa Nyarkowaa-Safo", "said", ""),
            (
                "We only want light and water before we carry our goods there,” she said.",
                "Dufiewaa Nyarkowaa-Safo",
                "said",
                "",
            ),
        ],
        [
            (
                "The MCE replied that the power distributor had promised in writing to connect the remaining stores by 10 November.",
                "Ewuraesi Obenewaa Odurokwaa-Boamah",
                "replied",
                "W",
            ),
            (
                "She said the market’s two water tanks, which hold 20,000 litres each, were filled last Thursday.",
                "Ewuraesi Obenewaa Odurokwaa-Boamah",
                "said",
                "W",
            ),
        ],
        [
            ("Madam Nyarkowaa-Safo was not convinced.", "", "", ""),
            (
                "“They told us the same thing in June,” she said, to loud applause from the traders.",
                "Dufiewaa Nyarkowaa-Safo",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("ALSO READ: Police arrest three over sale of fake fertiliser at Ejisu", "", "", "B"),
        ],
        [
            (
                "In a statement issued after the durbar, the assembly’s Public Relations Officer, Boaponsem Oduroagyei-Wiafe, said goods left at the old market after 16 November would be seized.",
                "Boaponsem Oduroagyei-Wiafe",
                "said",
                "W",
            ),
            (
                "The statement said the old site would be handed to a private developer to build a lorry terminal.",
                "The statement",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Assembly Member for the Abrafokrom Electoral Area, Hon. Kwasiafo Gyekyeboah-Dansoah, wrote on Facebook on Sunday night that the deadline was “rushed and unfair”.",
                "Kwasiafo Gyekyeboah-Dansoah",
                "wrote on Facebook",
                "",
            ),
            (
                "“I have written to the MCE to ask for an extension to 31 December.",
                "Kwasiafo Gyekyeboah-Dansoah",
                "wrote",
                "W",
            ),
            (
                "Our mothers cannot be pushed out in the middle of the Christmas season,” he wrote.",
                "Kwasiafo Gyekyeboah-Dansoah",
                "wrote",
                "",
            ),
        ],
        [
            (
                "Obrempomaa Brefowaa-Kissiedu, who sells wax prints, said she had traded at the old market for 22 years.",
                "Obrempomaa Brefowaa-Kissiedu",
                "said",
                "",
            ),
            (
                "“Where will my customers find me?” she asked.",
                "Obrempomaa Brefowaa-Kissiedu",
                "asked",
                "",
            ),
        ],
        [
            (
                "Asked whether the traders would obey the deadline, Madam Nyarkowaa-Safo said: “We will see on the 16th.”",
                "Dufiewaa Nyarkowaa-Safo",
                "said",
                "",
            ),
        ],
        [
            (
                "Hon. Odurokwaa-Boamah said 212 traders had already collected keys to stores at Abrafokrom.",
                "Ewuraesi Obenewaa Odurokwaa-Boamah",
                "said",
                "W",
            ),
        ],
        [
            (
                "She added that the assembly had hired four buses to run free between the lorry park and the new market from Monday, 9 November.",
                "Ewuraesi Obenewaa Odurokwaa-Boamah",
                "added",
                "W",
            ),
            (
                "According to the assembly’s 2026 budget, the shuttle will cost GH¢180,000 over three months.",
                "the assembly’s 2026 budget",
                "according to",
                "W",
            ),
        ],
        [
            ("“Nobody is being pushed out.", "Ewuraesi Obenewaa Odurokwaa-Boamah", "said", ""),
            (
                "We have built them a better market, and we want them in it,” the MCE said.",
                "Ewuraesi Obenewaa Odurokwaa-Boamah",
                "said",
                "",
            ),
        ],
        [
            ("Source: Abrempong Post", "", "", "B"),
        ],
        [
            ("Have a story for us? WhatsApp the newsroom on 0244 190 772.", "", "", "B"),
        ],
        [
            ("Tags: Ahenkofie · Markets · Local Government · Ashanti", "", "", "B"),
        ],
        [
            ("You may also like", "", "", "B"),
        ],
        [
            ("Nurses at Mampong hospital call off strike after talks", "", "", "B"),
        ],
        [
            ("Ashanti cocoa farmers count losses as prices fall", "", "", "B"),
        ],
        [
            ("© 2026 Abrempong Post.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE DAILY NODIBONDOR", "", "", "B"),
        ],
        [
            ("Tuesday, November 3, 2026 | Kartik 19, 1433 BS | ePaper | বাংলা", "", "", "B"),
        ],
        [
            (
                "Home   Bangladesh   Politics   Economy   World   Opinion   Sports   Entertainment",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Bangladesh / Chattogram", "", "", "B"),
        ],
        [
            (
                "Chattogram under water after 212mm of rain as mayor and works authority chief trade blame",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Residents of low-lying wards say water entered their homes for the third time since June",
                "Residents of low-lying wards",
                "say",
                "W",
            ),
        ],
        [
            ("Staff Correspondent, Chattogram", "", "", "B"),
        ],
        [
            ("Published: 03 Nov 2026, 10:40 AM | Last updated: 03 Nov 2026, 02:15 PM", "", "", "B"),
        ],
        [
            ("Share: Facebook  Messenger  WhatsApp  Copy link", "", "", "B"),
        ],
        [
            (
                "Rickshaws wade through waist-deep water on Mishrichar Road yesterday afternoon.",
                "",
                "",
                "",
            ),
            ("Photo: Collected", "", "", "B"),
        ],
        [
            (
                "Large parts of Chattogram went under knee- to waist-deep water yesterday after 212 millimetres of rain fell in the 24 hours to 9:00am, according to the port city’s weather office.",
                "the port city’s weather office",
                "according to",
                "W",
            ),
            (
                "Water had not receded from at least 11 of the city’s 41 wards by evening, and schools in those wards were closed today.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "City Corporation Mayor Md Ashrafuzzaman Pathowari said earth dumped at canal-digging sites of the Chattogram Urban Works Authority (CUWA) had blocked at least 18 drains.",
                "Md Ashrafuzzaman Pathowari",
                "said",
                "W",
            ),
            (
                "He said the corporation had cleaned 96 kilometres of drains since April and had written to the local government ministry about the earth twice this year.",
                "Md Ashrafuzzaman Pathowari",
                "said",
                "W",
            ),
        ],
        [
            (
                "CUWA Chairman Engr Tofazzul Karimdad Mirdhabari said the mayor’s claim was “baseless”.",
                "Tofazzul Karimdad Mirdhabari",
                "said",
                "",
            ),
            (
                "He said the authority’s contractors had removed all the earth from its sites by the end of September, and that cleaning the city’s 57 canals was the corporation’s job.",
                "Tofazzul Karimdad Mirdhabari",
                "said",
                "W",
            ),
        ],
        [
            (
                "“If they removed the earth, where did it go?",
                "Md Ashrafuzzaman Pathowari",
                "told reporters",
                "",
            ),
            (
                "Go to Mishrichar and see it with your own eyes,” Pathowari told reporters at his office.",
                "Md Ashrafuzzaman Pathowari",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "In the evening, Mirdhabari said in a statement that the authority had handed 22 completed canal sections to the corporation in 2025 and none had been dredged since.",
                "Tofazzul Karimdad Mirdhabari",
                "said in a statement",
                "W",
            ),
            (
                "He said the two bodies should “stop pointing fingers and sit together”.",
                "Tofazzul Karimdad Mirdhabari",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Read more: Onion prices fall Tk 20 a kg in a week at Khatunganj", "", "", "B"),
        ],
        [
            (
                "The Tk 8,626 crore canal project was approved in 2017 and its deadline has been extended four times, according to planning ministry documents.",
                "planning ministry documents",
                "according to",
                "W",
            ),
            ("The latest deadline is June 2027.", "", "", "W"),
        ],
        [
            (
                "An official of the corporation’s conservancy department, who asked not to be named, said 800 of its 2,100 cleaners were sent to clear drains during the rain.",
                "An official of the corporation’s conservancy department",
                "said",
                "W",
            ),
            (
                "“We clear a drain in the morning, and by afternoon the rain has brought everything back,” the official said.",
                "An official of the corporation’s conservancy department",
                "said",
                "",
            ),
        ],
        [
            (
                "Ward 19 Councillor Kamrunnesa Doulotpuri said about 3,000 families in her ward had been without electricity since 5:00am, when the power company switched off two flooded substations.",
                "Kamrunnesa Doulotpuri",
                "said",
                "W",
            ),
            (
                "“Children could not even reach the school gate,” she said.",
                "Kamrunnesa Doulotpuri",
                "said",
                "",
            ),
            (
                "The power company said supply would return once the water fell below the substations’ floors.",
                "The power company",
                "said",
                "",
            ),
        ],
        [
            (
                "Shahidunnabi Arefin Kaptaiwala, headmaster of Mishrichar Government Primary School, said water had entered five of its eight classrooms and the half-yearly examinations had been put back to November 10.",
                "Shahidunnabi Arefin Kaptaiwala",
                "said",
                "W",
            ),
            (
                "“We will need at least two days to dry the benches,” he said.",
                "Shahidunnabi Arefin Kaptaiwala",
                "said",
                "",
            ),
        ],
        [
            (
                "Mokhlesur Absar Kotwaliya, a grocer in Mishrichar, said water entered his shop before dawn and ruined rice and lentils worth Tk 1.5 lakh.",
                "Mokhlesur Absar Kotwaliya",
                "said",
                "",
            ),
            (
                "He said he had borrowed Tk 60,000 from a local samity to restock after the last flood in August.",
                "Mokhlesur Absar Kotwaliya",
                "said",
                "",
            ),
            (
                "“Every year they promise, and every year we lose,” he said.",
                "Mokhlesur Absar Kotwaliya",
                "said",
                "",
            ),
        ],
        [
            (
                "The weather office forecast moderate to heavy rain in Chattogram division until Thursday.",
                "The weather office",
                "forecast",
                "",
            ),
        ],
        [
            ("Topics: Chattogram, waterlogging, City Corporation, canal project", "", "", "B"),
        ],
        [
            ("Follow The Daily Nodibondor on Google News", "", "", "B"),
        ],
        [
            ("Related News", "", "", "B"),
        ],
        [
            ("Dengue: 212 hospitalised in 24 hours in Chattogram division", "", "", "B"),
        ],
        [
            ("Port’s container backlog eases as 14 ships berth", "", "", "B"),
        ],
        [
            (
                "Editor: Ekramul Rajibuddin Chakladhar | Published from Agrabad, Chattogram",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 The Daily Nodibondor | All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE CARONI STANDARD", "", "", "B"),
        ],
        [
            ("Thursday 12 November 2026 · Port of Spain 31°C · e-Edition · Subscribe", "", "", "B"),
        ],
        [
            ("NEWS   LOCAL   POLITICS   CRIME   BUSINESS   SPORT   TOBAGO   LETTERS", "", "", "B"),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            ("Caco Trace residents block road after 19 days without pipe-borne water", "", "", "W"),
        ],
        [
            (
                "Residents say truck-borne supplies have reached only a few streets in the village",
                "Residents",
                "say",
                "W",
            ),
        ],
        [
            ("Sherlene Dookhiesingh-Mollineau", "", "", "B"),
        ],
        [
            ("Posted Nov 12, 2026 at 5:55am", "", "", "B"),
        ],
        [
            ("Share this: WhatsApp · Facebook · X · Email", "", "", "B"),
        ],
        [
            ("A resident fills buckets from a church tank in Caco Trace on Wednesday.", "", "", ""),
            ("PHOTO: SHERLENE DOOKHIESINGH-MOLLINEAU", "", "", "B"),
        ],
        [
            (
                "Caco Trace residents burned tyres and placed debris across Caracol Road from 5am yesterday, saying they had been without a pipe-borne supply for 19 days.",
                "Caco Trace residents",
                "saying",
                "W",
            ),
        ],
        [
            (
                "Officers from the Couva station cleared the road by 8.30am, a police spokesperson said.",
                "a police spokesperson",
                "said",
                "W",
            ),
            ("No one was arrested, the spokesperson said.", "a police spokesperson", "said", "W"),
        ],
        [
            (
                "Dhanpatie Harrinarine-Ramsubhag, 63, a retired teacher who lives on Caracol Road, said she had been buying water from a private truck at TT$350 a load.",
                "Dhanpatie Harrinarine-Ramsubhag",
                "said",
                "",
            ),
            (
                "“I have to decide between water and medicine.",
                "Dhanpatie Harrinarine-Ramsubhag",
                "said",
                "",
            ),
            (
                "Is that what we’ve come to?” she said.",
                "Dhanpatie Harrinarine-Ramsubhag",
                "said",
                "",
            ),
        ],
        [
            (
                "The MP for the area, Anjanie Rambharosa, wrote on Facebook on Tuesday night that she had written twice to the Minister of Public Utilities since October 28.",
                "Anjanie Rambharosa",
                "wrote on Facebook",
                "W",
            ),
            (
                "“I first reported the fault to the water company on October 24.",
                "Anjanie Rambharosa",
                "wrote",
                "W",
            ),
            (
                "I have been told every day since then that the pump is being repaired.",
                "Anjanie Rambharosa",
                "wrote",
                "",
            ),
            (
                "The people of Caco Trace cannot drink promises,” she wrote.",
                "Anjanie Rambharosa",
                "wrote",
                "",
            ),
        ],
        [
            (
                "Councillor Deokienand Bissoondatt said the regional corporation had sent two water trucks a day to the village since November 2 but needed at least ten.",
                "Deokienand Bissoondatt",
                "said",
                "W",
            ),
            (
                "He said the corporation had asked the water company to install a standpipe at the recreation ground.",
                "Deokienand Bissoondatt",
                "said",
                "W",
            ),
            (
                "“The corporation is doing what it can with what it has,” he said.",
                "Deokienand Bissoondatt",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "RELATED: Chaguanas vendors get two more weeks to leave Main Road pavement",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "A spokesperson for the National Water Company (NWC) said a motor at its Caracol pump station burned out on October 24 and a replacement had been ordered from Florida.",
                "A spokesperson for the National Water Company",
                "said",
                "W",
            ),
            (
                "The spokesperson said the motor was expected to arrive on November 16 and supply would return within 48 hours of its installation.",
                "A spokesperson for the National Water Company",
                "said",
                "",
            ),
            (
                "The company said 14 trucks were serving Caco Trace and three nearby communities.",
                "The company",
                "said",
                "W",
            ),
            (
                "According to the company’s website, the Caracol station serves about 9,400 customers.",
                "the company’s website",
                "according to",
                "W",
            ),
            (
                "Asked about the MP’s post, the NWC spokesperson said the company did not comment on social media.",
                "A spokesperson for the National Water Company",
                "said",
                "",
            ),
        ],
        [
            (
                "Rambharosa disputed the figure, saying residents had counted three trucks in the village on Wednesday.",
                "Anjanie Rambharosa",
                "saying",
                "W",
            ),
        ],
        [
            (
                "Pastor Cleveon Mohansingh-Greaux, of the Caco Trace Open Bible Church, said the church had opened its 5,000-gallon tank to residents on Sunday.",
                "Cleveon Mohansingh-Greaux",
                "said",
                "W",
            ),
            ("“We share what God gives,” he said.", "Cleveon Mohansingh-Greaux", "said", ""),
        ],
        [
            (
                "Insp Rondell Boodhansingh, of the Couva station, said officers would remain in the area today.",
                "Rondell Boodhansingh",
                "said",
                "",
            ),
        ],
        [
            (
                "Harrinarine-Ramsubhag said residents planned a second protest on Friday if the taps stayed dry.",
                "Dhanpatie Harrinarine-Ramsubhag",
                "said",
                "",
            ),
        ],
        [
            (
                "Have a story? Call our newsroom at 868-631-0972 or email newsroom@caronistandard.tt.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments are moderated and may take up to 24 hours to appear.", "", "", "B"),
        ],
        [
            ("Follow us on Instagram @caronistandard", "", "", "B"),
        ],
        [
            ("MOST READ", "", "", "B"),
        ],
        [
            ("1. Two held after Chaguanas jewellery store robbery", "", "", "B"),
        ],
        [
            ("2. Carnival bands register early for 2027", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Caroni Standard Publishing Co. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("TEMBESU DAILY", "", "", "B"),
        ],
        [
            ("Friday, 20 Nov 2026 | Subscribe | Log In | BM | 中文", "", "", "B"),
        ],
        [
            (
                "Home   News   Nation   Metro   Business   Sport   Lifestyle   Food   Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Metro › Southern Region", "", "", "B"),
        ],
        [
            ("JB hawkers to get RM2,000 each to move to new food court by January", "", "", "W"),
        ],
        [
            (
                "But traders say the Taman Pulasan Damai site is too far from their regular customers",
                "traders",
                "say",
                "",
            ),
        ],
        [
            ("By NURFATEHAH NABIHAH ROSLAINI", "", "", "B"),
        ],
        [
            ("Published: 20 Nov 2026 · 07:30 AM", "", "", "B"),
        ],
        [
            ("Share: f   X   WhatsApp   Telegram   Email", "", "", "B"),
        ],
        [
            (
                "The 96-stall food court at Taman Pulasan Damai, photographed on Thursday.",
                "",
                "",
                "",
            ),
            ("— NURFATEHAH NABIHAH ROSLAINI/Tembesu Daily", "", "", "B"),
        ],
        [
            (
                "JOHOR BARU: Some 84 hawkers at Lorong Belatuk will receive RM2,000 each to move to a new council-built food court in Taman Pulasan Damai by Jan 15, says state local government committee chairman Datuk Rusydi Afiqullah Zainorddin.",
                "Rusydi Afiqullah Zainorddin",
                "says",
                "W",
            ),
        ],
        [
            (
                "He said the RM6.8mil food court had 96 stalls, each with its own sink, gas line and grease trap.",
                "Rusydi Afiqullah Zainorddin",
                "said",
                "W",
            ),
            ("“This is not an eviction.", "Rusydi Afiqullah Zainorddin", "told reporters", ""),
            (
                "We are giving them a cleaner and safer place to trade,” he told reporters after visiting the site on Thursday (Nov 19).",
                "Rusydi Afiqullah Zainorddin",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "City mayor Datuk Mohd Hazmirul Syafuan Jemain said the lane was a designated fire lane and the council had received 27 complaints about blocked access in the past year.",
                "Mohd Hazmirul Syafuan Jemain",
                "said",
                "W",
            ),
            (
                "He said: “We have been patient with the traders for eight years.",
                "Mohd Hazmirul Syafuan Jemain",
                "said",
                "",
            ),
            (
                "The fire department has told us in writing that its engines cannot get into the lane when the stalls are open.",
                "Mohd Hazmirul Syafuan Jemain",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We do not want to wait for a fire to prove them right.”",
                "Mohd Hazmirul Syafuan Jemain",
                "said",
                "",
            ),
        ],
        [
            (
                "When asked about the petition, Mohd Hazmirul said the council had received it on Nov 12 and would reply in writing.",
                "Mohd Hazmirul Syafuan Jemain",
                "said",
                "W",
            ),
        ],
        [
            (
                "Johor Baru Hawkers and Petty Traders Association chairman Giam Yiew Tatt said 61 of the 84 hawkers had signed a petition asking to stay at the lane until the food court’s access road was finished.",
                "Giam Yiew Tatt",
                "said",
                "W",
            ),
            (
                "Giam said the council had promised the road would be ready in October, but work had not started.",
                "Giam Yiew Tatt",
                "said",
                "W",
            ),
            (
                "“Our customers are office workers who walk over at lunch.",
                "Giam Yiew Tatt",
                "said",
                "",
            ),
            (
                "They will not drive 6km for a plate of noodles,” he said.",
                "Giam Yiew Tatt",
                "said",
                "",
            ),
            (
                "Giam, when contacted later, said the association would ask to meet the mayor on Monday.",
                "Giam Yiew Tatt",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Related: Flash floods hit three villages in Kota Tinggi", "", "", "B"),
        ],
        [
            (
                "Kalaiselvy a/p Veerapathran, 52, who has sold thosai at the lane for 19 years, said when contacted that she had not decided whether to take the RM2,000.",
                "Kalaiselvy a/p Veerapathran",
                "said when contacted",
                "",
            ),
            (
                "“Who is going to drive to Taman Pulasan for thosai?” she asked.",
                "Kalaiselvy a/p Veerapathran",
                "asked",
                "",
            ),
        ],
        [
            (
                "Another hawker, Encik Syahmirul Nizwan Yusrizal, 38, said he would support the move if the council built a covered walkway to the nearest bus stop.",
                "Syahmirul Nizwan Yusrizal",
                "said",
                "",
            ),
            (
                "Syahmirul Nizwan said he had sold nasi lemak at the lane since 2014, taking over from his mother.",
                "Syahmirul Nizwan Yusrizal",
                "said",
                "",
            ),
        ],
        [
            (
                "Rusydi Afiqullah said the state would spend RM1.2mil on the access road, and the tender had been awarded on Nov 6.",
                "Rusydi Afiqullah Zainorddin",
                "said",
                "W",
            ),
            (
                "“The road will be ready before the traders move in.",
                "Rusydi Afiqullah Zainorddin",
                "said",
                "",
            ),
            ("I give my word,” he said.", "Rusydi Afiqullah Zainorddin", "said", ""),
            (
                "The council will clear the lane on Jan 16, he added.",
                "Rusydi Afiqullah Zainorddin",
                "added",
                "W",
            ),
        ],
        [
            (
                "The food court was paid for under the state’s 2025 budget, according to budget documents tabled in the state assembly last year.",
                "budget documents tabled in the state assembly last year",
                "according to",
                "W",
            ),
        ],
        [
            ("Tags / Keywords: Johor Baru, hawkers, Lorong Belatuk, food court", "", "", "B"),
        ],
        [
            ("Got a story? E-mail us at metro@tembesudaily.my", "", "", "B"),
        ],
        [
            ("Related stories", "", "", "B"),
        ],
        [
            ("Penang ferry fares unchanged for 2027", "", "", "B"),
        ],
        [
            ("Muar fishermen to receive RM500 diesel aid", "", "", "B"),
        ],
        [
            ("Copyright © 1998-2026 Tembesu Daily Sdn Bhd (198701004412).", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("The Loughside Telegraph", "", "", "B"),
        ],
        [
            (
                "News   Sport   Business   Opinion   Life   Obituaries   Puzzles   Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News / Local / Down", "", "", "B"),
        ],
        [
            ("Council votes 21-18 to shut Drumnaquill pool at end of month", "", "", "W"),
        ],
        [
            (
                "Swimming club says 340 children will have nowhere to train after decision",
                "Drumnaquill Grebes Swimming Club",
                "says",
                "W",
            ),
        ],
        [
            ("Seanán McAvennie", "", "", "B"),
        ],
        [
            ("Tue 24 Nov 2026 at 17:48", "", "", "B"),
        ],
        [
            ("Share  ·  Save  ·  Gift this article", "", "", "B"),
        ],
        [
            (
                "The 1974 pool at Drumnaquill Leisure Centre, which will close on Monday 30 November.",
                "",
                "",
                "W",
            ),
            ("Picture by Caolán Feenaghty-Rooney", "", "", "B"),
        ],
        [
            (
                "Councillors on Carnbarragh and Lisnafane Borough Council have voted 21-18 to close the swimming pool at Drumnaquill Leisure Centre on Monday 30 November, after a report put the cost of repairing its roof at £2.4m.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The pool lost £412,000 in the last financial year, according to a report to the council’s leisure and community committee.",
                "a report to the council’s leisure and community committee",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Proposing the closure, committee chairman Alderman Gilmour Corkhurst said the roof had been patched three times since 2019.",
                "Gilmour Corkhurst",
                "said",
                "W",
            ),
            (
                "He said the money would be better spent on the new pool planned for Carnbarragh, due to open in 2028.",
                "Gilmour Corkhurst",
                "said",
                "",
            ),
        ],
        [
            (
                "Councillor Dáithí McGlade said the Carnbarragh site was 14 miles away and there was no direct bus from Drumnaquill.",
                "Dáithí McGlade",
                "said",
                "W",
            ),
            (
                "He accused the council of “running down” the centre for a decade.",
                "Dáithí McGlade",
                "accused",
                "",
            ),
            ("“The roof didn’t fall in overnight,” he said.", "Dáithí McGlade", "said", ""),
        ],
        [
            (
                "Mr Corkhurst said that was “simply not true” and that the council had spent £610,000 on the centre since 2016.",
                "Gilmour Corkhurst",
                "said",
                "W",
            ),
            (
                "He said: “Nobody on this council wants to close a pool.",
                "Gilmour Corkhurst",
                "said",
                "",
            ),
            (
                "But we were elected to make hard choices, not easy ones.”",
                "Gilmour Corkhurst",
                "said",
                "",
            ),
        ],
        [
            (
                "In a statement after the meeting, the council said the gym, sports hall and all-weather pitch at Drumnaquill would stay open.",
                "the council",
                "said",
                "W",
            ),
            (
                "It said the pool’s nine staff would be offered posts at other centres.",
                "Carnbarragh and Lisnafane Borough Council",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Read more", "", "", "B"),
        ],
        [
            ("Belfast bus lane cameras to go live in January", "", "", "B"),
        ],
        [
            (
                "In a letter to councillors before the vote, Drumnaquill Grebes Swimming Club said 340 children aged five to 17 trained at the pool every week.",
                "Drumnaquill Grebes Swimming Club",
                "said",
                "W",
            ),
            (
                "Head coach Blathnaid Magennity, who signed the letter, said no other pool in the borough had lane space on weekday evenings.",
                "Blathnaid Magennity",
                "said",
                "W",
            ),
            (
                "“Some of these kids will simply stop swimming,” she said.",
                "Blathnaid Magennity",
                "said",
                "",
            ),
        ],
        [
            (
                "Local MLA Doireann Fearonby-Kearns posted on X that she would ask the Communities Minister to fund the repairs.",
                "Doireann Fearonby-Kearns",
                "posted on X",
                "",
            ),
            (
                "“This is a 21-18 decision on a building that 3,000 people use every week.",
                "Doireann Fearonby-Kearns",
                "posted",
                "W",
            ),
            ("Stormont must step in,” she posted.", "Doireann Fearonby-Kearns", "posted", ""),
        ],
        [
            (
                "Ms Magennity said the club had already written to three pools in Belfast.",
                "Blathnaid Magennity",
                "said",
                "W",
            ),
            (
                "She said the club would hold a sponsored swim on Saturday, the pool’s last weekend, to raise money for lane hire.",
                "Blathnaid Magennity",
                "said",
                "",
            ),
        ],
        [
            (
                "Alderman Corkhurst told the Telegraph after the meeting that he had learned to swim in the Drumnaquill pool himself.",
                "Gilmour Corkhurst",
                "told the Telegraph",
                "",
            ),
            ("“Do you think I enjoyed that vote?” he said.", "Gilmour Corkhurst", "said", ""),
        ],
        [
            (
                "A Stormont department spokesperson said it had not received a request for funding from the council.",
                "A Stormont department spokesperson",
                "said",
                "W",
            ),
        ],
        [
            ("Get the day’s local headlines in your inbox every morning at 7.", "", "", "B"),
        ],
        [
            ("Sign up", "", "", "B"),
        ],
        [
            ("Topics: Carnbarragh · Leisure · Councils", "", "", "B"),
        ],
        [
            ("Most Read", "", "", "B"),
        ],
        [
            ("Man charged after lorry overturns on Newry road", "", "", "B"),
        ],
        [
            ("Hospital car park charges to rise from April", "", "", "B"),
        ],
        [
            ("© Loughside Media Group Limited 2026", "", "", "B"),
        ],
    ],
    [
        [
            ("Maigue Valley Clarion", "", "", "B"),
        ],
        [
            (
                "Home | News | Sport | GAA | Court | Business | Community Notes | Death Notices",
                "",
                "",
                "B",
            ),
        ],
        [
            ("COURT", "", "", "B"),
        ],
        [
            (
                "Man took sledgehammer to brother’s tractor in row over farm gate, court hears",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Judge adjourns case to February for a probation report", "", "", "W"),
        ],
        [
            ("Créde Tuohilly, Court Reporter", "", "", "B"),
        ],
        [
            ("Wednesday, 4 November 2026", "", "", "B"),
        ],
        [
            ("Share on Facebook | Share on X | Email this article", "", "", "B"),
        ],
        [
            (
                "A Co Limerick man who took a sledgehammer to his brother’s tractor during a row over a farm gate has been remanded on continuing bail for a probation report.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Cormán Kilmurrane (47), of Gortnadrehy, Croom, pleaded guilty at Ballyvorane District Court on Tuesday to criminal damage to a tractor and a steel gate on June 14 last.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Garda Caomhe Ní Bhreacháin told the court that she was called to the farm at about 8.15pm and found the tractor’s windscreen and both wing mirrors smashed.",
                "Caomhe Ní Bhreacháin",
                "told the court",
                "W",
            ),
            (
                "She said the defendant’s brother, Cuán Kilmurrane, had locked the gate between their two farms that morning.",
                "Caomhe Ní Bhreacháin",
                "said",
                "W",
            ),
        ],
        [
            (
                "Garda Ní Bhreacháin said the defendant admitted the damage at the scene and was “fully co-operative”.",
                "Caomhe Ní Bhreacháin",
                "said",
                "W",
            ),
            (
                "She said she had seized the sledgehammer from the back of the defendant’s jeep.",
                "Caomhe Ní Bhreacháin",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cuán Kilmurrane told the court that repairs to the tractor cost €6,850 and he had been unable to cut silage for three weeks.",
                "Cuán Kilmurrane",
                "told the court",
                "W",
            ),
            ("He said he had not spoken to his brother since.", "Cuán Kilmurrane", "said", ""),
            (
                "“It’s a sad thing when it comes to this between brothers,” he said.",
                "Cuán Kilmurrane",
                "said",
                "",
            ),
        ],
        [
            (
                "Under cross-examination by Mr Ó Leocháin, Cuán Kilmurrane agreed that he had not told his brother he was locking the gate.",
                "Cuán Kilmurrane",
                "agreed",
                "W",
            ),
            (
                "He told the court that the gate had been left open at night and cattle had strayed onto the road twice in May.",
                "Cuán Kilmurrane",
                "told the court",
                "W",
            ),
            (
                "Their mother, Damhnait Kilmurrane, was in court but did not give evidence.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Read More: Publican fined €400 for after-hours trading in Kilfinane", "", "", "B"),
        ],
        [
            (
                "Defence solicitor Barra Ó Leocháin said his client had been under severe financial strain since their late father’s land was divided between the two brothers in 2023.",
                "Barra Ó Leocháin",
                "said",
                "W",
            ),
            (
                "Mr Ó Leocháin said Mr Kilmurrane was “deeply ashamed” and had brought €3,000 to court as a gesture towards compensation.",
                "Barra Ó Leocháin",
                "said",
                "W",
            ),
            ("He said his client had no previous convictions.", "Barra Ó Leocháin", "said", "W"),
        ],
        [
            (
                "Prosecuting, Inspector Éanna Glanworthy said the State had no objection to the matter being dealt with in the District Court.",
                "Éanna Glanworthy",
                "said",
                "W",
            ),
        ],
        [
            (
                "Asked by the judge if he had anything to say, Cormán Kilmurrane said he was sorry.",
                "Cormán Kilmurrane",
                "said",
                "",
            ),
            ("“I lost the head, Judge.", "Cormán Kilmurrane", "said", ""),
            ("It won’t happen again,” he said.", "Cormán Kilmurrane", "said", ""),
        ],
        [
            (
                "Judge Fainche Cashmanagh said it was “a very unfortunate case” and that the court could not overlook the value of the damage.",
                "Fainche Cashmanagh",
                "said",
                "",
            ),
            (
                "She adjourned the case to February 9 next for a probation report and ordered the defendant to stay away from his brother’s farmyard in the meantime.",
                "",
                "",
                "W",
            ),
            (
                "The judge said the €3,000 would be paid to Cuán Kilmurrane whatever the outcome.",
                "Fainche Cashmanagh",
                "said",
                "W",
            ),
            (
                "“Families fall out over land all over this county, but this is not the way to settle it,” the judge said.",
                "Fainche Cashmanagh",
                "said",
                "",
            ),
            ("Recognisances were fixed in the defendant’s own bond of €500.", "", "", "W"),
        ],
        [
            (
                "Court reports in the Clarion are a record of proceedings in open court on the day.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Got a news tip? Email newsdesk@maiguevalleyclarion.ie", "", "", "B"),
        ],
        [
            (
                "Have your say: letters to the editor can be sent to letters@maiguevalleyclarion.ie.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("More Court News", "", "", "B"),
        ],
        [
            ("Driver banned for four years after Adare checkpoint", "", "", "B"),
        ],
        [
            ("Teenager given probation for shop theft", "", "", "B"),
        ],
        [
            ("© 2026 Maigue Valley Clarion.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE DIKGORONG EXPRESS", "", "", "B"),
        ],
        [
            ("Monday 16 November 2026 | Bloemfontein 29°C | E-edition | Subscribe", "", "", "B"),
        ],
        [
            (
                "News | Local | Politics | Courts | Sport | Business | Opinion | Classifieds",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            ("Reitumetseng enters ninth day without water", "", "", "W"),
        ],
        [
            (
                "Municipal manager tells residents in a letter that repairs will be finished by Wednesday",
                "Nthabeleng Lekgotlane-Ramolahloane",
                "tells",
                "",
            ),
        ],
        [
            ("By Olebogeng Mokgatswana-Phatedi", "", "", "B"),
        ],
        [
            ("16 Nov 2026, 06:05", "", "", "B"),
        ],
        [
            ("Share: WhatsApp | Facebook | X | LinkedIn | Email", "", "", "B"),
        ],
        [
            (
                "Residents fill containers from a municipal tanker in Reitumetseng on Sunday.",
                "",
                "",
                "",
            ),
            ("Picture: Olebogeng Mokgatswana-Phatedi", "", "", "B"),
        ],
        [
            (
                "Residents of Reitumetseng, outside Bloemfontein, have been without tap water for nine days after a bulk pipeline burst near the Sekgotla pump station on Saturday, 7 November.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In a letter to residents dated 13 November, Tsholofelong Local Municipality’s municipal manager, Nthabeleng Lekgotlane-Ramolahloane, said a 600mm section of the pipe had cracked and a replacement had to be made in Gauteng.",
                "Nthabeleng Lekgotlane-Ramolahloane",
                "said",
                "W",
            ),
            (
                "She wrote that contractors were working “day and night” and that water would be restored by Wednesday, 18 November.",
                "Nthabeleng Lekgotlane-Ramolahloane",
                "wrote",
                "",
            ),
            (
                "“Eleven tankers have been deployed to the area and will remain until supply is restored,” she wrote.",
                "Nthabeleng Lekgotlane-Ramolahloane",
                "wrote",
                "W",
            ),
        ],
        [
            (
                "Ward 14 councillor Tumisang Ramatsoele-Khunou told a community meeting on Sunday that residents had “every right to be angry”.",
                "Tumisang Ramatsoele-Khunou",
                "told a community meeting",
                "",
            ),
            (
                "He said: “I raised the condition of that pipe in council in March.",
                "Tumisang Ramatsoele-Khunou",
                "said",
                "W",
            ),
            ("I have the minutes.”", "Tumisang Ramatsoele-Khunou", "said", ""),
        ],
        [
            (
                "Mme Matshidiso Sefularo, 71, said she had been waking at 4am to queue for water with two 25-litre containers.",
                "Matshidiso Sefularo",
                "said",
                "",
            ),
            ("“At my age I cannot carry 50 litres.", "Matshidiso Sefularo", "said", ""),
            (
                "My grandson carries them for me before school,” she said.",
                "Matshidiso Sefularo",
                "said",
                "",
            ),
        ],
        [
            (
                "Ntate Rethabile Mothusiemang, a ward committee member, said the tankers reached only six of the area’s 11 sections on Saturday.",
                "Rethabile Mothusiemang",
                "said",
                "W",
            ),
            (
                "He said the tankers left by 2pm, before many people came home from work.",
                "Rethabile Mothusiemang",
                "said",
                "W",
            ),
            (
                "Mothusiemang said the ward committee had counted 214 households with elderly or sick members who could not walk to the tankers.",
                "Rethabile Mothusiemang",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "ALSO READ | Taxi drivers end two-day strike over new rank in city centre",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Municipal spokesperson Oageng Tlhakanelo-Moepeng said the tankers followed a schedule posted on the municipality’s Facebook page every evening.",
                "Oageng Tlhakanelo-Moepeng",
                "said",
                "W",
            ),
            (
                "“We hear the residents, and we have asked the contractor to add a night shift,” Tlhakanelo-Moepeng said.",
                "Oageng Tlhakanelo-Moepeng",
                "said",
                "",
            ),
            (
                "He said the municipality owed its bulk water supplier R41.6 million, but that the debt had “nothing to do” with the burst.",
                "Oageng Tlhakanelo-Moepeng",
                "said",
                "W",
            ),
        ],
        [
            (
                "The municipality lost 47% of the water it bought in the 2025/26 financial year to leaks and illegal connections, according to the municipality’s 2025/26 annual report.",
                "the municipality’s 2025/26 annual report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The provincial department of co-operative governance said in a statement that it had sent two engineers to help with the repairs.",
                "The provincial department of co-operative governance",
                "said in a statement",
                "W",
            ),
            (
                "It said the province would also pay for 10 more water tankers until 20 November.",
                "The provincial department of co-operative governance",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ramatsoele-Khunou said he would table a motion on the pipeline at the next council sitting.",
                "Tumisang Ramatsoele-Khunou",
                "said",
                "",
            ),
        ],
        [
            (
                "Sefularo said her church had started collecting bottled water for elderly residents.",
                "Matshidiso Sefularo",
                "said",
                "",
            ),
            (
                "Asked what she would tell the municipality, she said: “Fix it and tell us the truth.”",
                "Matshidiso Sefularo",
                "said",
                "",
            ),
        ],
        [
            ("Have a tip-off? WhatsApp us on 072 418 3395.", "", "", "B"),
        ],
        [
            ("Related Articles", "", "", "B"),
        ],
        [
            ("Mangaung clinic reopens after three-month closure", "", "", "B"),
        ],
        [
            ("Farmers count losses after hailstorm near Thaba Nchu", "", "", "B"),
        ],
        [
            ("© 2026 Dikgorong Media (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Privacy Policy | Terms & Conditions | PAIA Manual", "", "", "B"),
        ],
    ],
    [
        [
            ("PANUBLI DAILY", "", "", "B"),
        ],
        [
            ("Thursday, October 29, 2026 · Bacolod · 30°C · Today’s Paper", "", "", "B"),
        ],
        [
            (
                "Home · Local · Nation · Business · Opinion · Sports · Lifestyle · Entertainment",
                "",
                "",
                "B",
            ),
        ],
        [
            ("LOCAL NEWS / Negros Occidental", "", "", "B"),
        ],
        [
            ("Bacolod council approves P15 tricycle fare, first hike since 2018", "", "", "W"),
        ],
        [
            (
                "Drivers’ federation says the increase is “still not enough” as fuel prices climb",
                "Bacolod Tricycle Drivers and Operators Federation",
                "says",
                "",
            ),
        ],
        [
            ("By Shaizel Joy Tabudlo-Esmeña", "", "", "B"),
        ],
        [
            ("October 29, 2026 | 3:18 PM", "", "", "B"),
        ],
        [
            ("Facebook · X · Viber · Copy Link", "", "", "B"),
        ],
        [
            (
                "BACOLOD CITY – The Sangguniang Panlungsod on Wednesday approved an ordinance raising the minimum tricycle fare from P12 to P15 for the first two kilometers, the first increase since 2018.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Councilor Eustaquio Dalumbayan Jr., who chairs the committee on transportation, said the ordinance passed with 11 votes in favor and two abstentions.",
                "Eustaquio Dalumbayan Jr.",
                "said",
                "W",
            ),
            (
                "He said each additional kilometer would cost P2, up from P1.50.",
                "Eustaquio Dalumbayan Jr.",
                "said",
                "W",
            ),
            (
                "The new fares take effect 15 days after the ordinance is published in a local newspaper, he said.",
                "Eustaquio Dalumbayan Jr.",
                "said",
                "W",
            ),
            (
                "Dalumbayan said the last increase, in 2018, raised the fare from P10 to P12.",
                "Eustaquio Dalumbayan Jr.",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Fifteen pesos is still not enough,” said Remegio Bantugan-Sorolla, president of the Bacolod Tricycle Drivers and Operators Federation.",
                "Remegio Bantugan-Sorolla",
                "said",
                "",
            ),
        ],
        [
            (
                "“A liter of gasoline cost P58 in March, when we first asked for P18.",
                "Remegio Bantugan-Sorolla",
                "said",
                "W",
            ),
            ("Today it is P64.", "Remegio Bantugan-Sorolla", "said", "W"),
        ],
        [
            ("“Our drivers are not asking to get rich.", "Remegio Bantugan-Sorolla", "added", ""),
            (
                "Ang amon lang, makauli sa pamilya nga may dala (All we want is to go home to our families with something),” he added.",
                "Remegio Bantugan-Sorolla",
                "added",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("— Article continues after this advertisement —", "", "", "B"),
        ],
        [
            (
                "Lovelyn Ganancial-Teruel, a call center agent who takes two tricycle rides to work, said she would spend about P240 more a month.",
                "Lovelyn Ganancial-Teruel",
                "said",
                "",
            ),
            ("“The pay is the same, the fare is higher.", "Lovelyn Ganancial-Teruel", "said", ""),
            (
                "Kami gid ang ga-adjust (We are always the ones who adjust),” she said.",
                "Lovelyn Ganancial-Teruel",
                "said",
                "",
            ),
        ],
        [
            (
                "Vice Mayor Atty. Policarpio Ledesmarin, who presided over the session, said the council had asked the city’s transport and traffic office to print fare matrices for all franchised tricycles.",
                "Policarpio Ledesmarin",
                "said",
                "W",
            ),
            (
                "Drivers caught overcharging will be fined P1,000 for a first offense and P2,500 for a second, he said.",
                "Policarpio Ledesmarin",
                "said",
                "W",
            ),
        ],
        [
            (
                "Bacolod has 6,200 franchised tricycles and about 1,500 operating without a franchise, according to the city’s transport and traffic office.",
                "the city’s transport and traffic office",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Asked about the federation’s complaint, Dalumbayan said the council had to weigh drivers’ costs against commuters earning the regional minimum wage of P480 a day.",
                "Eustaquio Dalumbayan Jr.",
                "said",
                "W",
            ),
            (
                "“We cannot give everyone everything,” he said.",
                "Eustaquio Dalumbayan Jr.",
                "said",
                "",
            ),
        ],
        [
            (
                "Barangay Captain Ma. Socorro Lumabao-Pinedo of Barangay Sumagpao said residents of its three interior puroks had no jeepney route and depended on tricycles.",
                "Ma. Socorro Lumabao-Pinedo",
                "said",
                "W",
            ),
            (
                "“For them, this is not a small thing,” she said.",
                "Ma. Socorro Lumabao-Pinedo",
                "said",
                "",
            ),
            (
                "“A mother with two children going to the market pays for three.”",
                "Ma. Socorro Lumabao-Pinedo",
                "said",
                "",
            ),
        ],
        [
            (
                "Bantugan-Sorolla said the federation would file a new petition in January if gasoline prices kept rising.",
                "Remegio Bantugan-Sorolla",
                "said",
                "W",
            ),
            (
                "He said its 2,300 members would not hold a transport strike “for now.”",
                "Remegio Bantugan-Sorolla",
                "said",
                "",
            ),
        ],
        [
            ("READ: Negros sugar planters seek P2,800 floor price per bag", "", "", "B"),
        ],
        [
            ("Follow Panubli Daily on Facebook and Viber for more Negros news.", "", "", "B"),
        ],
        [
            ("Tags: Bacolod, tricycle fare, Sangguniang Panlungsod", "", "", "B"),
        ],
        [
            ("More Local News", "", "", "B"),
        ],
        [
            ("Silay heritage houses open for Christmas tours", "", "", "B"),
        ],
        [
            ("Talisay fishers get 40 new fiberglass boats", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Panubli Daily Publishing Inc.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE ŌTĀWHIRI STAR", "", "", "B"),
        ],
        [
            (
                "Home | Local News | Farming | Sport | Opinion | Community | Notices | Contact",
                "",
                "",
                "B",
            ),
        ],
        [
            ("LOCAL NEWS", "", "", "B"),
        ],
        [
            (
                "Waikōpiro’s only GP practice to close in March, leaving 3,100 patients looking for a doctor",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Enrolled patients have until 31 March to find a new practice", "", "", "W"),
        ],
        [
            ("Tallulah Pīwai", "", "", "B"),
        ],
        [
            ("Friday, 6 November 2026, 11:30am", "", "", "B"),
        ],
        [
            ("Share: Facebook · Email · Print", "", "", "B"),
        ],
        [
            (
                "Merewen and Alberic Marshbrook outside their practice on Puhitea Street.",
                "",
                "",
                "",
            ),
            ("Photo / Tallulah Pīwai", "", "", "B"),
        ],
        [
            (
                "Waikōpiro Medical Rooms, the only general practice in the town, will close on 31 March after its owners failed to find a buyer or a doctor to take it over.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dr Alberic Marshbrook, who has run the practice with his wife, Dr Merewen Marshbrook, since 2000, said they had advertised it for 22 months and received two inquiries.",
                "Alberic Marshbrook",
                "said",
                "W",
            ),
            ("Neither led to an offer, he said.", "Alberic Marshbrook", "said", "W"),
            ("“We are 67 and 64.", "Alberic Marshbrook", "said", ""),
            (
                "We always said we would not leave the town without a doctor, and we have failed at that,” he said.",
                "Alberic Marshbrook",
                "said",
                "",
            ),
        ],
        [
            ("The Star asked Dr Merewen Marshbrook what happens now.", "", "", "B"),
            ("Her answers have been edited for length.", "", "", "B"),
        ],
        [
            ("Q: What happens to patients’ records?", "", "", ""),
        ],
        [
            (
                "A: They go to whichever practice the patient enrols with next.",
                "Merewen Marshbrook",
                "A:",
                "W",
            ),
            (
                "We will transfer every file electronically, and nobody will be charged for it.",
                "Merewen Marshbrook",
                "A:",
                "",
            ),
        ],
        [
            ("Q: Will anyone take new patients?", "", "", ""),
        ],
        [
            (
                "A: Two practices in Palmerston North have told us they can take about 1,400 of our patients between them.",
                "Merewen Marshbrook",
                "A:",
                "W",
            ),
            ("That leaves about 1,700 people.", "Merewen Marshbrook", "A:", "W"),
            ("I lose sleep over that.", "Merewen Marshbrook", "A:", ""),
        ],
        [
            ("Q: Why not sell to a corporate chain?", "", "", ""),
        ],
        [
            ("A: We spoke to one last year.", "Merewen Marshbrook", "A:", "W"),
            (
                "They wanted the building but would only staff it two days a week, and Alberic and I didn’t think that was a practice.",
                "Merewen Marshbrook",
                "A:",
                "",
            ),
        ],
        [
            ("Q: Would you stay on part-time?", "", "", ""),
        ],
        [
            (
                "A: If someone bought the practice tomorrow, we would both work for them for a year for nothing.",
                "Merewen Marshbrook",
                "A:",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("RELATED: Rural fire brigade gets new tanker after 30 years", "", "", "B"),
        ],
        [
            (
                "A spokesperson for the regional health authority said it had agreed to fund a nurse-led clinic in the town two days a week from April.",
                "A spokesperson for the regional health authority",
                "said",
                "W",
            ),
            (
                "The spokesperson said 94 per cent of the region’s practices had closed their books to new patients at some point this year.",
                "A spokesperson for the regional health authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mayor Isolda Pettenger-Rāwhiti said the council had offered the practice building rent-free for three years to any doctor who would take it on.",
                "Isolda Pettenger-Rāwhiti",
                "said",
                "W",
            ),
            (
                "“We will knock on every door we can find,” she said.",
                "Isolda Pettenger-Rāwhiti",
                "said",
                "",
            ),
        ],
        [
            (
                "Whaea Ngāpera Tūtaki-Paerau, 78, who has been a patient at the practice since it opened, said she had diabetes and saw a nurse there every month.",
                "Ngāpera Tūtaki-Paerau",
                "said",
                "",
            ),
            ("“I don’t drive any more.", "Ngāpera Tūtaki-Paerau", "said", ""),
            (
                "Palmerston North might as well be Auckland,” she said.",
                "Ngāpera Tūtaki-Paerau",
                "said",
                "",
            ),
        ],
        [
            (
                "Alberic Marshbrook said the practice’s seven staff had been told in October and two nurses had already found jobs in Feilding.",
                "Alberic Marshbrook",
                "said",
                "W",
            ),
            (
                "He said he and his wife would keep living in the town.",
                "Alberic Marshbrook",
                "said",
                "",
            ),
        ],
        [
            ("Got a story? Email news@otawhiristar.co.nz or phone 06 357 2281.", "", "", "B"),
        ],
        [
            ("More local news", "", "", "B"),
        ],
        [
            ("Waikōpiro school pool reopens after $90,000 upgrade", "", "", "B"),
        ],
        [
            ("Ratepayers to have their say on water rates", "", "", "B"),
        ],
        [
            ("© 2026 Ōtāwhiri Star Ltd", "", "", "B"),
        ],
    ],
    [
        [
            ("The Oconochee Sentinel", "", "", "B"),
        ],
        [
            ("Subscribe | e-Edition | Obituaries | Classifieds | Sign In", "", "", "B"),
        ],
        [
            ("News · Local · Schools · Sports · Opinion · Obituaries · Weather", "", "", "B"),
        ],
        [
            ("LOCAL GOVERNMENT", "", "", "B"),
        ],
        [
            (
                "Oconochee commissioners approve landfill expansion 3-2 despite neighbors’ objections",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Company says the 46-acre cell will add 19 years of capacity",
                "Brushwick Environmental",
                "says",
                "W",
            ),
        ],
        [
            ("By Delphinia Oldfield | doldfield@oconocheesentinel.com", "", "", "B"),
        ],
        [
            ("Oct 21, 2026 Updated 8 hrs ago", "", "", "B"),
        ],
        [
            ("Facebook   Twitter   WhatsApp   SMS   Email   Print   Save", "", "", "B"),
        ],
        [
            (
                "Trucks line up at the gate of the Sapling Ridge Landfill on Tuesday morning.",
                "",
                "",
                "",
            ),
            ("Delphinia Oldfield/The Oconochee Sentinel", "", "", "B"),
        ],
        [
            (
                "Oconochee County commissioners voted 3-2 Tuesday night to let a private company expand the Sapling Ridge Landfill by 46 acres, ending a fight that packed the commission chambers for three meetings.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The operator, Brushwick Environmental, says the new cell will add 19 years to the landfill’s life.",
                "Brushwick Environmental",
                "says",
                "W",
            ),
        ],
        [
            (
                "“We either expand what we have, or we truck our garbage two counties away and pay three times as much,” said Commission Chairman Lamarcus Tatterfield Jr., who voted for the expansion.",
                "Lamarcus Tatterfield Jr.",
                "said",
                "W",
            ),
            (
                "Tatterfield said the county would receive a host fee of $3.10 a ton, or about $1.4 million a year.",
                "Lamarcus Tatterfield Jr.",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I don’t know a single person in District 4 who asked for this,” said Commissioner Jacquetta Dunnaway, whose district includes the landfill.",
                "Jacquetta Dunnaway",
                "said",
                "",
            ),
            (
                "She said state regulators had cited the landfill twice for stormwater runoff since 2022.",
                "Jacquetta Dunnaway",
                "said",
                "W",
            ),
            (
                "Dunnaway said she would ask the county attorney whether the vote could be reconsidered.",
                "Jacquetta Dunnaway",
                "said",
                "",
            ),
        ],
        [
            (
                "Commissioner Berrien Sowellford, who also voted no, said he had wanted an independent study of the groundwater before any vote.",
                "Berrien Sowellford",
                "said",
                "",
            ),
            (
                "“We’re taking the company’s word for it, and I don’t think that’s good enough,” he said.",
                "Berrien Sowellford",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Related: Oconochee schools add 2 bus routes after hiring spree", "", "", "B"),
        ],
        [
            (
                "Ardetha Pelsmore, who lives about half a mile from the landfill gate with her husband, Alvis, said trucks start lining up on their road before 6 a.m.",
                "Ardetha Pelsmore",
                "said",
                "",
            ),
            ("“We moved out here for the quiet,” she said.", "Ardetha Pelsmore", "said", ""),
        ],
        [
            (
                "Alvis Pelsmore said the couple had their well water tested in August and were still waiting on the results.",
                "Alvis Pelsmore",
                "said",
                "",
            ),
            (
                "“If something shows up in that water, this county is going to hear from us,” he said.",
                "Alvis Pelsmore",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokeswoman for Brushwick said in an email that the company tests groundwater at 14 monitoring wells every six months and files the results with the state.",
                "A spokeswoman for Brushwick",
                "said in an email",
                "W",
            ),
            (
                "She said the company would build a second entrance so trucks no longer use Sapling Ridge Road.",
                "A spokeswoman for Brushwick",
                "said",
                "",
            ),
            (
                "Brushwick did not respond to a question about the state citations.",
                "Brushwick",
                "did not respond to a question",
                "",
            ),
        ],
        [
            ("Get unlimited access to local news for $1 a month for three months.", "", "", "B"),
            ("Subscribe now.", "", "", "B"),
        ],
        [
            (
                "In a letter to the county dated Sept. 30, the state’s environmental division said the new cell could not take waste until its liner had been inspected.",
                "the state’s environmental division",
                "said",
                "W",
            ),
        ],
        [
            (
                "The current landfill has about 14 months of space left, according to the county’s 2025 solid waste plan.",
                "the county’s 2025 solid waste plan",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The county posted on its Facebook page Wednesday morning that the contract would be signed at the Nov. 3 meeting, at 6 p.m. in the courthouse annex.",
                "The county",
                "posted on its Facebook page",
                "W",
            ),
        ],
        [
            (
                "Mrs. Pelsmore said she and her husband would be at that meeting too.",
                "Ardetha Pelsmore",
                "said",
                "",
            ),
            ("“They haven’t heard the last of us,” she said.", "Ardetha Pelsmore", "said", ""),
        ],
        [
            (
                "Tatterfield said after the vote that the host fee would go into a road fund for District 4.",
                "Lamarcus Tatterfield Jr.",
                "said",
                "W",
            ),
        ],
        [
            ("Delphinia Oldfield covers local government for The Sentinel.", "", "", "B"),
            ("Reach her at 478-555-0143.", "", "", "B"),
        ],
        [
            ("Tags: Oconochee County, landfill, county commission", "", "", "B"),
        ],
        [
            ("Most Popular", "", "", "B"),
        ],
        [
            ("Sheriff’s office warns of phone scam targeting seniors", "", "", "B"),
        ],
        [
            ("Fall festival returns to downtown square Saturday", "", "", "B"),
        ],
        [
            ("© 2026 The Oconochee Sentinel, a Lantrey Media company.", "", "", "B"),
        ],
        [
            ("Terms of Use | Privacy Policy | Your Privacy Choices", "", "", "B"),
        ],
    ],
    [
        [
            ("The Boissevale Bulletin", "", "", "B"),
        ],
        [
            ("Wednesday, November 25, 2026 · Winnipeg −8°C · Subscribe", "", "", "B"),
        ],
        [
            (
                "Home | News | Manitoba | Canada | Farm | Sports | Opinion | Obituaries | Jobs",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Manitoba", "", "", "B"),
        ],
        [
            ("RM closes Grosbeak Crossing bridge after inspectors find cracked beams", "", "", "W"),
        ],
        [
            (
                "School buses face 38-kilometre detour until temporary bridge is in place, reeve says",
                "Orvel Kindrachuk-Szwaluk",
                "says",
                "W",
            ),
        ],
        [
            ("Solenne Thibodière-Sark · The Bulletin", "", "", "B"),
        ],
        [
            ("Posted: Nov 25, 2026 4:00 AM CT | Last Updated: 9 hours ago", "", "", "B"),
        ],
        [
            ("Share · Facebook · X · Email · Reddit", "", "", "B"),
        ],
        [
            (
                "Concrete barriers block the Grosbeak Crossing bridge over Sturgeonwood Creek on Tuesday.",
                "",
                "",
                "",
            ),
            ("(Solenne Thibodière-Sark/The Bulletin)", "", "", "B"),
        ],
        [
            (
                "The Rural Municipality of Tarrowbank has closed the Grosbeak Crossing bridge over Sturgeonwood Creek to all traffic after an inspection found cracks in two of its steel beams.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Reeve Orvel Kindrachuk-Szwaluk said the bridge, built in 1961, carried about 400 vehicles a day, including grain trucks and three school buses.",
                "Orvel Kindrachuk-Szwaluk",
                "said",
                "W",
            ),
            (
                "“Nobody wanted to close it in the middle of harvest hauling, but the engineer’s report left us no choice,” he said.",
                "Orvel Kindrachuk-Szwaluk",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the engineer’s report, presented to council on Monday, two of the bridge’s six beams had lost more than 30 per cent of their section to corrosion.",
                "the engineer’s report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“Our youngest riders are now on the bus for an hour and 10 minutes each way,” said Irmgard Brenckmann, superintendent of the Sturgeonwood School Division.",
                "Irmgard Brenckmann",
                "said",
                "W",
            ),
            (
                "Brenckmann said the division had added a fourth bus and two drivers to shorten the routes, at a cost of about $1,900 a day.",
                "Irmgard Brenckmann",
                "said",
                "W",
            ),
            (
                "The division’s transportation budget for the whole year is $2.3 million, she said.",
                "Irmgard Brenckmann",
                "said",
                "W",
            ),
            (
                "“We’re asking parents for patience,” Brenckmann said.",
                "Irmgard Brenckmann",
                "said",
                "",
            ),
        ],
        [
            (
                "A provincial spokesperson said in an email that the municipality had applied for emergency funding on Nov. 20 and the application was being reviewed.",
                "A provincial spokesperson",
                "said in an email",
                "W",
            ),
            (
                "The spokesperson did not say when a decision would be made.",
                "A provincial spokesperson",
                "did not say",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("RELATED STORIES", "", "", "B"),
        ],
        [
            ("Winnipeg council approves 3.5% property tax increase", "", "", "B"),
        ],
        [
            ("Article continues below", "", "", "B"),
        ],
        [
            (
                "Local MLA Sandford Vogtmann-Gilroy told the Bulletin he had raised the bridge with the transportation minister in the legislature in April.",
                "Sandford Vogtmann-Gilroy",
                "told the Bulletin",
                "W",
            ),
            (
                "“This isn’t a surprise to anybody who drives it,” he said.",
                "Sandford Vogtmann-Gilroy",
                "said",
                "",
            ),
        ],
        [
            (
                "Chief Leonidas Tettaweskum of Kaskitew Lake First Nation said about 60 people from the community crossed the bridge every day to jobs at a hog barn and a seed plant.",
                "Leonidas Tettaweskum",
                "said",
                "W",
            ),
            (
                "He said the detour added about $25 a day in fuel for each of them.",
                "Leonidas Tettaweskum",
                "said",
                "W",
            ),
            (
                "“For a family on one income, that’s the grocery money,” Tettaweskum said.",
                "Leonidas Tettaweskum",
                "said",
                "",
            ),
        ],
        [
            (
                "Kindrachuk-Szwaluk said a temporary bridge could be in place by January if the province approved the money.",
                "Orvel Kindrachuk-Szwaluk",
                "said",
                "",
            ),
            (
                "He said the RM’s entire annual road budget was $1.1 million, while a new bridge would cost an estimated $6.8 million.",
                "Orvel Kindrachuk-Szwaluk",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kolby Wiebrandt, who farms 1,400 acres on the north side of the creek, said he now hauled his canola to the elevator by the detour, adding 40 minutes to each trip.",
                "Kolby Wiebrandt",
                "said",
                "",
            ),
            ("“I did 31 loads this fall.", "Kolby Wiebrandt", "said", ""),
            ("You do the math,” he said.", "Kolby Wiebrandt", "said", ""),
        ],
        [
            (
                "The reeve said council would hold a public meeting at the Tarrowbank community hall at 7 p.m. on Dec. 2.",
                "Orvel Kindrachuk-Szwaluk",
                "said",
                "W",
            ),
            (
                "Asked whether the bridge could reopen to light vehicles, he said: “Not on my watch, not with those beams.”",
                "Orvel Kindrachuk-Szwaluk",
                "said",
                "",
            ),
        ],
        [
            ("With files from Karsyn Delaronde-Huttner", "", "", "B"),
        ],
        [
            ("Corrections and clarifications | Submit a news tip", "", "", "B"),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            (
                "To encourage thoughtful and respectful conversations, first and last names will appear with each submission.",
                "",
                "",
                "B",
            ),
            ("Comments are open until 11:59 p.m. CT.", "", "", "B"),
        ],
        [
            ("©2026 Boissevale Bulletin Media Inc.", "", "", "B"),
        ],
    ],
    [
        [
            ("The Sgeirvore Record", "", "", "B"),
        ],
        [
            ("News · Sport · Islands · Business · Letters · What’s On · Notices", "", "", "B"),
        ],
        [
            ("ISLANDS", "", "", "B"),
        ],
        [
            ("Luchray ferry cancelled on 41 sailings in October", "", "", "W"),
        ],
        [
            (
                "Islanders say they have missed hospital appointments, exams and a funeral",
                "Islanders",
                "say",
                "W",
            ),
        ],
        [
            ("By Beitidh Strathcoil-Meiklem", "", "", "B"),
        ],
        [
            ("Saturday 7 November 2026, 08:00", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | Email | Copy link", "", "", "B"),
        ],
        [
            ("The MV Gleann Ròin at Luchray pier on Thursday.", "", "", ""),
            ("Photo: Beitidh Strathcoil-Meiklem/Sgeirvore Record", "", "", "B"),
        ],
        [
            (
                "The ferry between Luchray and the mainland was cancelled on 41 of its 212 scheduled sailings in October, according to Sruthan Ferries’ own figures.",
                "Sruthan Ferries’ own figures",
                "according to",
                "W",
            ),
            (
                "Most were called off because of high winds, but 11 followed a fault in the vessel’s steering gear that kept it in port from 19 to 22 October.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ceitidh Drumbuie, who chairs Luchray Community Council, said the island had “run out of patience”.",
                "Ceitidh Drumbuie",
                "said",
                "",
            ),
            (
                "“We had a funeral on the island on the 21st, and half the family could not get across.",
                "Ceitidh Drumbuie",
                "said",
                "",
            ),
        ],
        [
            (
                "“We have children sitting prelims in Oban who are sleeping on friends’ floors because they cannot trust the boat.",
                "Ceitidh Drumbuie",
                "said",
                "",
            ),
        ],
        [
            (
                "“And every time we ask for a second vessel, we are told there isn’t one to be had.”",
                "Ceitidh Drumbuie",
                "said",
                "",
            ),
        ],
        [
            (
                "Sruthan Ferries’ managing director, Raghnall Baxtergill, said in a statement that a new steering pump had been fitted and the vessel had sailed without a fault since 23 October.",
                "Raghnall Baxtergill",
                "said in a statement",
                "W",
            ),
            (
                "In a letter sent to every household on the island last week, he wrote that the company had asked the Scottish Government for money to charter a relief vessel for the winter.",
                "Raghnall Baxtergill",
                "wrote",
                "W",
            ),
            (
                "“We know how much islanders rely on this service, and we are sorry,” he wrote.",
                "Raghnall Baxtergill",
                "wrote",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Read more: Oban harbour works to finish a year late", "", "", "B"),
        ],
        [
            (
                "The local MSP, Sìne Bellingair, said she had raised the ferry at Holyrood three times this year.",
                "Sìne Bellingair",
                "said",
                "W",
            ),
            (
                "She said the relief vessel “must be in place before the worst of the winter weather, not after it”.",
                "Sìne Bellingair",
                "said",
                "",
            ),
            (
                "Bellingair said she had written to the transport secretary on Friday asking for a decision within a fortnight.",
                "Sìne Bellingair",
                "said",
                "W",
            ),
            ("“Islanders cannot wait until spring,” she said.", "Sìne Bellingair", "said", ""),
        ],
        [
            (
                "Drumbuie welcomed the letter but said islanders had heard promises before.",
                "Ceitidh Drumbuie",
                "said",
                "",
            ),
            (
                "She said the community council would hold a public meeting in Luchray village hall at 7pm on Thursday 12 November.",
                "Ceitidh Drumbuie",
                "said",
                "W",
            ),
        ],
        [
            (
                "A Scottish Government spokesperson said the request had been received and would be “considered carefully”.",
                "A Scottish Government spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                "Councillor Iomhar Maclaverty, who represents the islands ward, said the council had paid £38,000 since August to put pupils up in Oban when sailings were cancelled.",
                "Iomhar Maclaverty",
                "said",
                "W",
            ),
            (
                "“That is money that should be in classrooms,” he said.",
                "Iomhar Maclaverty",
                "said",
                "",
            ),
        ],
        [
            (
                "Ealag Nicdhòmhnallan, who runs the island’s shop and post office, said she had thrown out £600 of fresh food in October when deliveries did not arrive.",
                "Ealag Nicdhòmhnallan",
                "said",
                "",
            ),
            (
                "“You can’t sell milk that came over on Tuesday’s boat on Saturday,” she said.",
                "Ealag Nicdhòmhnallan",
                "said",
                "",
            ),
            (
                "Ms Nicdhòmhnallan said she would be at the meeting, and so would most of the island.",
                "Ealag Nicdhòmhnallan",
                "said",
                "",
            ),
        ],
        [
            (
                "Baxtergill said a second vessel of the right size would cost about £9m to build and could not be delivered before 2029.",
                "Raghnall Baxtergill",
                "said",
                "W",
            ),
            (
                "He said the company would publish its December timetable on Monday.",
                "Raghnall Baxtergill",
                "said",
                "",
            ),
        ],
        [
            ("Sign up to The Record’s free Islands newsletter, sent every Friday.", "", "", "B"),
        ],
        [
            (
                "Letters on this story are welcome: write to letters@sgeirvorerecord.co.uk.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("Want to join the conversation?", "", "", "B"),
            ("Subscribe to comment.", "", "", "B"),
        ],
        [
            ("More from Islands", "", "", "B"),
        ],
        [
            ("Mull distillery to create 12 jobs", "", "", "B"),
        ],
        [
            ("Skye GP surgery extends opening hours", "", "", "B"),
        ],
        [
            ("© 2026 Sgeirvore Record Ltd.", "", "", "B"),
            ("Registered in Scotland No. SC611284.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n92-gh-cedi-decimal-she",
        "Speaking at a durbar with the traders on Monday, she said the assembly had spent GH¢9.2 million on the new market, which has 640 stores and 1,100 tables. She said the municipal fire office had declared the old market a fire risk in a report issued in July.",
        [
            "Speaking at a durbar with the traders on Monday, she said the assembly had spent GH¢9.2 million on the new market, which has 640 stores and 1,100 tables.",
            "She said the municipal fire office had declared the old market a fire risk in a report issued in July.",
        ],
    ),
    (
        "n92-gh-mce-replied-date",
        "The MCE replied that the power distributor had promised in writing to connect the remaining stores by 10 November. She said the market’s two water tanks, which hold 20,000 litres each, were filled last Thursday.",
        [
            "The MCE replied that the power distributor had promised in writing to connect the remaining stores by 10 November.",
            "She said the market’s two water tanks, which hold 20,000 litres each, were filled last Thursday.",
        ],
    ),
    (
        "n92-gh-copyright-two",
        "© 2026 Abrempong Post. All Rights Reserved.",
        ["© 2026 Abrempong Post.", "All Rights Reserved."],
    ),
    (
        "n92-bd-question-inside-quote",
        "“If they removed the earth, where did it go? Go to Mishrichar and see it with your own eyes,” Pathowari told reporters at his office.",
        [
            "“If they removed the earth, where did it go?",
            "Go to Mishrichar and see it with your own eyes,” Pathowari told reporters at his office.",
        ],
    ),
    (
        "n92-bd-engr-chairman",
        "CUWA Chairman Engr Tofazzul Karimdad Mirdhabari said the mayor’s claim was “baseless”. He said the authority’s contractors had removed all the earth from its sites by the end of September, and that cleaning the city’s 57 canals was the corporation’s job.",
        [
            "CUWA Chairman Engr Tofazzul Karimdad Mirdhabari said the mayor’s claim was “baseless”.",
            "He said the authority’s contractors had removed all the earth from its sites by the end of September, and that cleaning the city’s 57 canals was the corporation’s job.",
        ],
    ),
    (
        "n92-bd-tk-lakh-grocer",
        "Mokhlesur Absar Kotwaliya, a grocer in Mishrichar, said water entered his shop before dawn and ruined rice and lentils worth Tk 1.5 lakh. He said he had borrowed Tk 60,000 from a local samity to restock after the last flood in August. “Every year they promise, and every year we lose,” he said.",
        [
            "Mokhlesur Absar Kotwaliya, a grocer in Mishrichar, said water entered his shop before dawn and ruined rice and lentils worth Tk 1.5 lakh.",
            "He said he had borrowed Tk 60,000 from a local samity to restock after the last flood in August.",
            "“Every year they promise, and every year we lose,” he said.",
        ],
    ),
    (
        "n92-tt-am-spokesperson",
        "Officers from the Couva station cleared the road by 8.30am, a police spokesperson said. No one was arrested, the spokesperson said.",
        [
            "Officers from the Couva station cleared the road by 8.30am, a police spokesperson said.",
            "No one was arrested, the spokesperson said.",
        ],
    ),
    (
        "n92-tt-ttd-question-said",
        "Dhanpatie Harrinarine-Ramsubhag, 63, a retired teacher who lives on Caracol Road, said she had been buying water from a private truck at TT$350 a load. “I have to decide between water and medicine. Is that what we’ve come to?” she said.",
        [
            "Dhanpatie Harrinarine-Ramsubhag, 63, a retired teacher who lives on Caracol Road, said she had been buying water from a private truck at TT$350 a load.",
            "“I have to decide between water and medicine.",
            "Is that what we’ve come to?” she said.",
        ],
    ),
    (
        "n92-tt-co-ltd",
        "Copyright © 2026 Caroni Standard Publishing Co. Ltd. All rights reserved.",
        ["Copyright © 2026 Caroni Standard Publishing Co. Ltd.", "All rights reserved."],
    ),
    (
        "n92-my-rm-mil-nov-brackets",
        "He said the RM6.8mil food court had 96 stalls, each with its own sink, gas line and grease trap. “This is not an eviction. We are giving them a cleaner and safer place to trade,” he told reporters after visiting the site on Thursday (Nov 19).",
        [
            "He said the RM6.8mil food court had 96 stalls, each with its own sink, gas line and grease trap.",
            "“This is not an eviction.",
            "We are giving them a cleaner and safer place to trade,” he told reporters after visiting the site on Thursday (Nov 19).",
        ],
    ),
    (
        "n92-my-colon-quote-runs-on",
        "He said: “We have been patient with the traders for eight years. The fire department has told us in writing that its engines cannot get into the lane when the stalls are open.",
        [
            "He said: “We have been patient with the traders for eight years.",
            "The fire department has told us in writing that its engines cannot get into the lane when the stalls are open.",
        ],
    ),
    (
        "n92-my-sdn-bhd-reg-no",
        "Copyright © 1998-2026 Tembesu Daily Sdn Bhd (198701004412). All Rights Reserved.",
        ["Copyright © 1998-2026 Tembesu Daily Sdn Bhd (198701004412).", "All Rights Reserved."],
    ),
    (
        "n92-ni-mr-colon-quote",
        "Mr Corkhurst said that was “simply not true” and that the council had spent £610,000 on the centre since 2016. He said: “Nobody on this council wants to close a pool. But we were elected to make hard choices, not easy ones.”",
        [
            "Mr Corkhurst said that was “simply not true” and that the council had spent £610,000 on the centre since 2016.",
            "He said: “Nobody on this council wants to close a pool.",
            "But we were elected to make hard choices, not easy ones.”",
        ],
    ),
    (
        "n92-ni-post-on-x",
        "Local MLA Doireann Fearonby-Kearns posted on X that she would ask the Communities Minister to fund the repairs. “This is a 21-18 decision on a building that 3,000 people use every week. Stormont must step in,” she posted.",
        [
            "Local MLA Doireann Fearonby-Kearns posted on X that she would ask the Communities Minister to fund the repairs.",
            "“This is a 21-18 decision on a building that 3,000 people use every week.",
            "Stormont must step in,” she posted.",
        ],
    ),
    (
        "n92-ie-garda-pm-she",
        "Garda Caomhe Ní Bhreacháin told the court that she was called to the farm at about 8.15pm and found the tractor’s windscreen and both wing mirrors smashed. She said the defendant’s brother, Cuán Kilmurrane, had locked the gate between their two farms that morning.",
        [
            "Garda Caomhe Ní Bhreacháin told the court that she was called to the farm at about 8.15pm and found the tractor’s windscreen and both wing mirrors smashed.",
            "She said the defendant’s brother, Cuán Kilmurrane, had locked the gate between their two farms that morning.",
        ],
    ),
    (
        "n92-ie-judge-address-quote",
        "Asked by the judge if he had anything to say, Cormán Kilmurrane said he was sorry. “I lost the head, Judge. It won’t happen again,” he said.",
        [
            "Asked by the judge if he had anything to say, Cormán Kilmurrane said he was sorry.",
            "“I lost the head, Judge.",
            "It won’t happen again,” he said.",
        ],
    ),
    (
        "n92-za-councillor-colon",
        "Ward 14 councillor Tumisang Ramatsoele-Khunou told a community meeting on Sunday that residents had “every right to be angry”. He said: “I raised the condition of that pipe in council in March. I have the minutes.”",
        [
            "Ward 14 councillor Tumisang Ramatsoele-Khunou told a community meeting on Sunday that residents had “every right to be angry”.",
            "He said: “I raised the condition of that pipe in council in March.",
            "I have the minutes.”",
        ],
    ),
    (
        "n92-za-pty-ltd",
        "© 2026 Dikgorong Media (Pty) Ltd. All rights reserved.",
        ["© 2026 Dikgorong Media (Pty) Ltd.", "All rights reserved."],
    ),
    (
        "n92-ph-jr-decimal-peso",
        "Councilor Eustaquio Dalumbayan Jr., who chairs the committee on transportation, said the ordinance passed with 11 votes in favor and two abstentions. He said each additional kilometer would cost P2, up from P1.50. The new fares take effect 15 days after the ordinance is published in a local newspaper, he said.",
        [
            "Councilor Eustaquio Dalumbayan Jr., who chairs the committee on transportation, said the ordinance passed with 11 votes in favor and two abstentions.",
            "He said each additional kilometer would cost P2, up from P1.50.",
            "The new fares take effect 15 days after the ordinance is published in a local newspaper, he said.",
        ],
    ),
    (
        "n92-ph-vice-mayor-atty",
        "Vice Mayor Atty. Policarpio Ledesmarin, who presided over the session, said the council had asked the city’s transport and traffic office to print fare matrices for all franchised tricycles. Drivers caught overcharging will be fined P1,000 for a first offense and P2,500 for a second, he said.",
        [
            "Vice Mayor Atty. Policarpio Ledesmarin, who presided over the session, said the council had asked the city’s transport and traffic office to print fare matrices for all franchised tricycles.",
            "Drivers caught overcharging will be fined P1,000 for a first offense and P2,500 for a second, he said.",
        ],
    ),
    (
        "n92-ph-ma-barangay-quotes",
        "Barangay Captain Ma. Socorro Lumabao-Pinedo of Barangay Sumagpao said residents of its three interior puroks had no jeepney route and depended on tricycles. “For them, this is not a small thing,” she said. “A mother with two children going to the market pays for three.”",
        [
            "Barangay Captain Ma. Socorro Lumabao-Pinedo of Barangay Sumagpao said residents of its three interior puroks had no jeepney route and depended on tricycles.",
            "“For them, this is not a small thing,” she said.",
            "“A mother with two children going to the market pays for three.”",
        ],
    ),
    (
        "n92-nz-qa-answer",
        "A: Two practices in Palmerston North have told us they can take about 1,400 of our patients between them. That leaves about 1,700 people. I lose sleep over that.",
        [
            "A: Two practices in Palmerston North have told us they can take about 1,400 of our patients between them.",
            "That leaves about 1,700 people.",
            "I lose sleep over that.",
        ],
    ),
    (
        "n92-nz-dr-shared-surname",
        "Dr Alberic Marshbrook, who has run the practice with his wife, Dr Merewen Marshbrook, since 2000, said they had advertised it for 22 months and received two inquiries. Neither led to an offer, he said. “We are 67 and 64.",
        [
            "Dr Alberic Marshbrook, who has run the practice with his wife, Dr Merewen Marshbrook, since 2000, said they had advertised it for 22 months and received two inquiries.",
            "Neither led to an offer, he said.",
            "“We are 67 and 64.",
        ],
    ),
    (
        "n92-ga-jr-after-quote",
        "“We either expand what we have, or we truck our garbage two counties away and pay three times as much,” said Commission Chairman Lamarcus Tatterfield Jr., who voted for the expansion. Tatterfield said the county would receive a host fee of $3.10 a ton, or about $1.4 million a year.",
        [
            "“We either expand what we have, or we truck our garbage two counties away and pay three times as much,” said Commission Chairman Lamarcus Tatterfield Jr., who voted for the expansion.",
            "Tatterfield said the county would receive a host fee of $3.10 a ton, or about $1.4 million a year.",
        ],
    ),
    (
        "n92-ga-am-then-quote",
        "Ardetha Pelsmore, who lives about half a mile from the landfill gate with her husband, Alvis, said trucks start lining up on their road before 6 a.m. “We moved out here for the quiet,” she said.",
        [
            "Ardetha Pelsmore, who lives about half a mile from the landfill gate with her husband, Alvis, said trucks start lining up on their road before 6 a.m.",
            "“We moved out here for the quiet,” she said.",
        ],
    ),
    (
        "n92-mb-nov-email-did-not-say",
        "A provincial spokesperson said in an email that the municipality had applied for emergency funding on Nov. 20 and the application was being reviewed. The spokesperson did not say when a decision would be made.",
        [
            "A provincial spokesperson said in an email that the municipality had applied for emergency funding on Nov. 20 and the application was being reviewed.",
            "The spokesperson did not say when a decision would be made.",
        ],
    ),
    (
        "n92-mb-pm-dec-asked",
        "The reeve said council would hold a public meeting at the Tarrowbank community hall at 7 p.m. on Dec. 2. Asked whether the bridge could reopen to light vehicles, he said: “Not on my watch, not with those beams.”",
        [
            "The reeve said council would hold a public meeting at the Tarrowbank community hall at 7 p.m. on Dec. 2.",
            "Asked whether the bridge could reopen to light vehicles, he said: “Not on my watch, not with those beams.”",
        ],
    ),
    (
        "n92-mb-comments-pm-ct",
        "To encourage thoughtful and respectful conversations, first and last names will appear with each submission. Comments are open until 11:59 p.m. CT.",
        [
            "To encourage thoughtful and respectful conversations, first and last names will appear with each submission.",
            "Comments are open until 11:59 p.m. CT.",
        ],
    ),
    (
        "n92-sc-question-furniture",
        "Want to join the conversation? Subscribe to comment.",
        ["Want to join the conversation?", "Subscribe to comment."],
    ),
    (
        "n92-sc-ltd-registered-no",
        "© 2026 Sgeirvore Record Ltd. Registered in Scotland No. SC611284.",
        ["© 2026 Sgeirvore Record Ltd.", "Registered in Scotland No. SC611284."],
    ),
]
