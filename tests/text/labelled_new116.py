"""Hundred-and-sixteenth set of new hand-labelled pages for the hint engines (tuning set, round forty-six):
twelve WHOLE pages, head to tail, from twelve countries (England, Kenya, Ghana, Australia, New
Zealand, the United States, Ireland, Canada, South Africa, India, Fiji and Singapore), one for each
genre issue 13 names and five more: a pasted regional-daily page with cookie, paywall and newsletter
blocks (England, nine rural bus routes cut); wire copy on an agency's site with its caption credit,
currency line and "(Reporting by ...; Editing by ...)" credit (Kenya, tea prices at auction); local
news on a news site (Ghana, 140 kiosks pulled down for a road); sport on a regional paper's site
(Australia, a basketball grand final won 88-86); science on a regional daily's site (New Zealand,
algae blooms three times as long); a live blog with time stamps and entry bylines (the United
States, a state Senate passes a school phone ban 27-13); an interview in Q&A (Ireland, the clinical
director of an emergency department); a court report (Canada, a minor hockey treasurer jailed for
taking $186,400); an explainer with question subheadings (South Africa, a 12.7% electricity tariff
proposal); a business results story (India, a drug maker's quarterly profit up 18.2%); a
weather/disaster story (Fiji, a Category 3 cyclone); and an opinion column (Singapore, hawker
prices). What is hard is CHECK-WORTHINESS and SENTENCE SPLITS together: factual, checkable
statements (figures, dates, quantities, comparisons, causal claims, results and records, statements
of record by officials, first-person statements of record) stand beside opinions with numbers ("At
28 times earnings the stock isn't cheap", "round up by a dollar when 30 cents would have done"),
feelings in quotes, predictions and plans with dates and figures, hedges ("might", "could", "likely
but not yet proven", "remain likely"), rhetorical questions, colour and scene-setting; and the
splits fall around abbreviations that END a sentence before a capital ("etc.", "Ltd.", "St.",
"Inc.", "U.S.", "a.m.", "p.m.", "Jr.", "Ont.", "No." as an answer, "(Pty) Ltd.", "Pvt. Ltd.", "Pte.
Ltd.") and designations and abbreviations that do NOT ("S.B. 114", "H.B. 2231", "the No. 7", "No.
14", "Art. 5 of", "Reg. No.", "Company Registration No.", "Hon.", "Dr.", "Sen.", "Jan. 19", "Feb.
9", "U.S. college", "U.K. and", "earbuds etc. to be", "the 8 a.m. fight", "Tillwistle St. arena",
"Jr., 52,"), decimals ("$2.14", "0.9°C", "0.41 to 0.78", "14.6 seconds", "₹1,862.35", "1.30 a.m."),
initials ("T.J.", "T. Ambervoss Jr. 31" in a box score kept as one sentence), ellipses before lower
case, quotes whose "?" or "!" is followed by the attribution ("?” he asked.", "!” she said.", "!”
said ..."), questions inside quotes with no attribution after them ("“Will they come back next
month?" / "Probably, ...”", "“Honestly?" / "I couldn't feel it ...,” Ambervoss said."), a quoted
question followed by a new sentence ("..., for 50 years?”" / "I didn't have an answer."), and
parentheses inside and at the end of sentences ("($1.41 billion)", "(OHFRI)", "(about 14,300
hectares).", "(VAT included).", "(EBITDA)"). Each page has its furniture at the head (cookie block,
score ticker, weather strip, market strip, cyclone-warning banner, mastheads, menus, breadcrumbs,
labels, bylines, date and Updated lines, share strips, captions and credits), in the middle
(paywall, Advertisement, Read more / READ ALSO / RELATED links, "Story continues below", live-blog
time stamps and entry bylines, a Q&A editing note, a scoreboard title) and at the tail (related and
trending lists, newsletter blocks, comments lines, reporter and author bios, wire credits, a journal
reference, a funding note, disclaimers, publisher, registration and address lines, copyright lines,
footers). The pages hold 537 sentences: 243 "B", 154 "W" and 140 ""; 175 sentences carry a speaker
(79 distinct speakers). `STYLES` describes each page, its story, its speakers and its furniture in
order.

Written from scratch for issue 13 in round forty-six, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README was opened; `claimreview` was never imported, and no test, scorer,
engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied from
anywhere. What was read: the brief (`/tmp/brief` was listed; it held only the brief); `/tmp/sets`
was listed once at the start, when it was empty; the module docstrings of `labelled_new.py` and
`labelled_new2.py` (printed whole with `ast.get_docstring`); `def build` in
`tests/text/labelled_articles.py` (its source segment printed by an `ast` script of my own, that
function only); the `[tool.ruff]` tables of `pyproject.toml` (a `sed` address range from
`[tool.ruff` to the next other `[tool.` table); and, from `labelled_new111.py` and
`labelled_new112.py`, the output of a script of my own using `ast` that prints the module docstring,
`STYLES`, the first two pages of `ARTICLES` and the first eight `CASES` of each. It was printed once
(the tool cut its middle, so that the docstring of `labelled_new111.py` and the start of its
`STYLES`, and the end of the first page, the second page and the cases of `labelled_new112.py` were
seen), then saved to a scratch file, of which `grep -n` showed the section markers and `sed` showed
four ranges: the `STYLES` of `labelled_new111.py` (lines cut at 2,500 characters), the docstring and
`STYLES` of `labelled_new112.py` (lines cut at 2,500 characters, the tool again cutting a dozen
lines of the docstring, which a second, narrower range then showed), and the first page of
`labelled_new111.py` (bracket-only lines dropped, lines cut at 220 characters); so the second page
and the cases of `labelled_new111.py` and the start of the first page of `labelled_new112.py` were
never seen. No other page, case or docstring of any file under `tests/` was read. What was run: a
Python one-liner printing the calendars of January to March 2027 (to check weekdays); scripts of my
own in a scratch folder that turn a small line format (flag, speaker, cue and text separated by a
tilde, one line a paragraph unless it starts with "+", aliases for speakers, case marks) into the
literals below, apply renames and count sentences, flags and speakers; substring, case-insensitive
per-word file counts (`grep -rliF -- WORD /work/main/tests/text | wc -l`) for every capitalised
word, every part of a hyphenated name, every full speaker string and every candidate replacement; an
import of this file with `labelled_articles.build` on every page and a check of four string fields,
the flags, no "B" with a speaker, a cue for every speaker and a speaker for every cue, 30 distinct
case ids, every case text in a built page and equal to its sentences joined by single spaces, each
expected sentence one labelled sentence of one paragraph, in order, and the counts above; and `ruff
format` and `ruff check` (the project's `.venv`) with the project's `pyproject.toml` as config, the
check also through `--stdin-filename tests/text/labelled_new116.py` so that the per-file ignores for
`tests/**` apply. Only counts were read from the word searches, never the matched lines or file
names. Of the first draft's coined words, about ninety hit other files: outlets and sites (Ahwenepa,
Tallowgum, Cottonwood, Morningline), towns, streets and places (Nkwantanum, Abrewaso, Merrindale,
Yarrabeen, Coorabel, Tarrabool, Fennimore, Dunvarrow, Tillbury, Wharepapa), teams (Kestrels,
Drovers), a league acronym (CBL), a fund (Ferncliff), an institute acronym (OFRI), a guild ("Hawker
Stallholders' Guild"), a hospital (Brennock), a media firm (Pellerin), surnames and parts of
hyphenated surnames (Amankwaa, Boadu, Ansomah, Brempong, Tetteh, Ankomah, Frimpomaa, Nyarko, Ofori,
Boakye, Sarfo, Ambergate, Costigan, Ricketson, Corrowong, Papadakis, Eltham, Hoyle, Ayre, Rackstraw,
Maddock, Kamathi, Otieno, Wambugu, Ngatia, Mwaura, Chepkoech, Langat, Kiprotich, Pollexfen,
Ferrabee, Moncrieff, Throssell, Mair, Pemberton, Ruatapu, Halloway, Fonoti, Quenneville, Vantreese,
Ocampo, Kinnaird, Osei, Kinsellagh, Byrne, Mullarkey, Tighe, Ashwick, Pryce, Okafor, Lisle,
Thibodeau, Mkhabela, Steyn, Ngcobo, Venter, Kotzé, Radebe, Kolhatkar, Menon, Sabharwal, Iyer,
Nacola, Lomu, Quek, Tora) and a few given names (Narelle, Damien, Sinead, Aroha, Mele, Asenaca);
each was renamed, and the replacements that hit as well (about fifty, among them Quarmby, Dwomo,
Nyamekyewa, Papadrakou, Ironbarks, Brolgas, Mallowbank, Fernhallow, Brennoch, Tillerby, Pellowan,
Dawnline, Quillfoss, Ashwendle, Teoh, Quah, Tweneboa, Ashcombe, Menezes, Iyengar, Steenkamp, Lyle
and the given names Roslyn, Lachie, Niamh, Hinewai, Losana, Tavita, Ailbhe, Litia, Salote, Asinate
and Unaisi) were renamed again or dropped; only replacements with no hit were kept. What still hits
is real countries, regions, cities and islands (Kenya, Nairobi, Mombasa, Kericho, Pakistan, Egypt,
Iran, Uganda, Rwanda, Ohio, Florida, Parry Sound, Kansas, Topeka, Hutchinson, Wichita, Westmeath,
Ontario, North Carolina, Pithampur, Vanua Levu, Taveuni, Labasa, Savusavu, Bedok and the like),
common given names kept on purpose (Philippa, Colin, Judith, Edwin, Sandra, Danielle, Wanjiru,
Samuel, Joel, Esther, Duncan, Harriet, Kwabena, Yaw, Gifty, Kofi, Ebenezer, Akosua, Dominic, Imogen,
Brodie, Tyrese, Bronwyn, Warrick, Kirsty, Grant, Seini, Marisol, Trent, Dorothy, Luis, Roberta,
Orla, Ciarán, Ronan, Gordon, Deepa, Wendell, Raymond, Marguerite, Jenna, Lindiwe, Sibusiso,
Annemarie, Ravindra, Neha, Josefa, Mereoni, Jone), short common surnames that stand only inside
hyphenated or three-part names whose whole form has no hit (Lowe, Dale, Hay, Rowe, Brooke, Weir,
Vale, Kerr, Pene, Gray, Hart, Bly, Strand, Holt, Carr, Marsh, Ward, Lim, Tay, Sze, Min, Seng),
common and outlet words (Herald, Courier, Examiner, Ledger, Pilot, Express, Standard, Online, Swans,
Guild, Coaches, Beverages, Therapeutics, Pharmaceuticals, Educators, Ratepayers and the like) and
tokens (T.J., CST, IST, SGT, GMT, EBITDA, NSE, NIFTY, SENSEX, PAIA, VAT, USD, INR).

Every person, outlet, agency, firm, broker, blender, council, assembly, association, union, forum,
guild, club, team, league, stadium, hospital, institute, fund, court building, street, lake, stream,
bay, village, town, cyclone and figure is invented. Real countries, regions, cities and institutions
appear only as settings: those listed above, the Kansas Senate and House and the Senate Education
Committee, the Ontario Court of Justice, the working time directive (its Art. 5, on weekly rest),
the NSE, the Sensex, the Nifty and the Nifty Pharma index (a strip and a share price), the Fiji
Meteorological Service (an invented bulletin), the National Disaster Management Office, the Ministry
of Education and the Prime Minister's Office of Fiji, Kenya's agriculture ministry (an invented
statement), and Facebook, X, WhatsApp and Google News (as channels).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, strip, ticker, menu, label, byline, date, share line, caption,
credit, button row, list item, time stamp, entry byline and legal line is a paragraph of its own);
each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the
recent sets: furniture "B" line by line, whatever it says; a caption by its content and its credit
"B"; headlines and standfirsts never split and flagged by content; a dateline belongs to its lead
sentence; a speaker is the full name as first given without titles ("Cllr", "Hon.", "Madam", "Dr",
"Dr.", "Sen.", party-and-town tags such as "R-Hutchinson", "Justice", "Assistant Crown attorney",
"Defence lawyer", "Commissioner Northern", "managing director", "Lead author" dropped; "Jr." kept);
a pronoun or later surname resolves to it; a generic noun for an organisation or a document is kept
as written ("The company", "The association", "the assembly", "the guild", "The service", "the
survey", "The paper", "The fiscal note", "the draft budget"), while "It said" and "It says" resolve
to the organisation or document as first given; "according to X" gives X as written; a quote over
several sentences carries its speaker and cue in each; a named person acting without a verb of
saying carries no speaker (a judge ordering and rejecting, an offender apologizing, a senator
closing a debate with a story).

Conventions this set had to settle, in the same spirit:

* Wire copy: the agency credit printed in the same paragraph as the caption ("KESTRAWIRE/.../File
  Photo") is its own "B" sentence after the caption; the currency line "($1 = ... Kenyan
  shillings)", the "(Reporting by ...; Editing by ...)" credit and the agency's standards line are
  "B".
* Live blog: an intro line "Follow along as ..." is "" (scene-setting), the bill's content after it
  "W"; an entry headline "Sponsor: ..." carries the sponsor with the cue "Sponsor:" and is flagged
  by content; "What the bill does" is "".
* Q&A: an interviewer's question that cites a source carries it ("Hospital figures" with "show", "A
  review commissioned by the hospital group last year" with "said") and is "W"; the question that
  follows it in the same turn has no speaker; a one-word answer "A: No." is a sentence of its own
  (""), and so is "A: Honestly?"; a question the interviewee reports in quotes ("His daughter asked
  me, “...?”") stays with the interviewee, "".
* Explainer: question subheadings are "" sentences of their own; the page's own answers are flagged
  by content ("Not necessarily." "", a rule "W", procedure and deadlines "").
* Opinion column: the columnist's own sentences carry no speaker (her stall's price rise and a
  post's comment count "W", opinions ""); a standfirst "..., says food writer X" carries the
  columnist with "says"; her bio is "B".
* A box-score line with initials and "Jr. 31" is one "" sentence (data), like the line-ups of
  earlier sets; a quarters line likewise.
* A journal reference with "et al." and the paper's title is one "B" sentence, as in
  `labelled_new2.py`; a funding note is "B".

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of two to four
consecutive sentences of one paragraph of these pages joined by single spaces: "etc." before "You
can"; "Ltd." before "The firm", "Wharf St." before "Its managing director"; "Already a subscriber?"
before "Sign in"; "?” he asked." and an ellipsis before lower case; "7 a.m." before "Unsubscribe"; a
question inside a quote with its answer; "the U.S." and "Inc." before capitals; "Hon." mid-sentence;
"Ltd." before "The contract"; "Jr." before "He finished"; "No. 7" and "T.J." mid-sentence; "!” said
..." before a quote over two sentences; "“Honestly?" before "I couldn't ..."; decimals and a
parenthesis at a sentence end; an ellipsis before "well"; "2:30 p.m." before "It now goes" with
"H.B. 2231" and "Jan. 19."; "the U.S." before an opening quote; "S.B. 114" and "etc. to be"; "the 8
a.m. fight" and three questions in one quote; "A: No." before "We have"; "Art. 5 of" after a
sentence end; a quoted question followed by "I didn't"; "Ont." before "He pleaded"; "Ontario Inc."
before "She said"; "etc." before "The schedule"; "(Pty) Ltd." before "Reg. No."; "the U.S." before
"Domestic"; "Inc." before "The unit"; "1.30 a.m." before "The power utility"; and "4 a.m." inside a
quote before "You think I'm getting rich?” asked ...": what a reviewer wants, not what the engine
does.
"""

STYLES = [
    'English PASTED WEB PAGE of a regional daily (Ostleshire), nine rural bus routes to end after a county subsidy is withdrawn: a cookie block of a title line and three sentences with "etc." ending a sentence before "You can ..." and a button row at the head; masthead in capitals, menu with pipes, breadcrumb with ›; headline "W" and a standfirst "Operator says ..." carrying the operator as the lead names it ("the operator Tarrowmead Coaches", descriptor dropped) "W"; byline and role on two lines, date and Updated lines, share strip; caption "" and picture credit; the lead "has confirmed" "W" and "The company said" kept as written "W"; "according to notices filed ... by Tarrowmead Coaches Ltd." with "Ltd." ending a sentence, "Wharf St." ending the next before "Its managing director, ..." (passenger numbers "W", a first-person loss of record "W" and a rhetorical question continued without attribution ""); a paywall of two sentences and "Already a subscriber?" / "Sign in" as one paragraph; the cabinet member with "Cllr" dropped (a grant cut "W", a two-sentence quote "", a might-hedge ""); a pensioner with "the No. 7" mid-sentence (his use of record "W", "?” he asked." and an ellipsis before lower case ""); ADVERTISEMENT; a council survey through according to and "the survey shows" "W"; Read more link; a parish clerk named at the end of a plan "" (volunteers and money "W", an opinion ""); More on this story list, a newsletter block split at "7 a.m." before "Unsubscribe ...", sign-up row, comments-closed line, publisher line split at "Ltd." before a registered office with "St.," mid-sentence, copyright split at "Ltd.", footer links',
    'Kenyan WIRE COPY on a news agency\'s site, tea prices at the Mombasa auction fall to $2.14 a kg: masthead, menu with wide spaces, section path; headline "W"; byline, a date/Updated line and a read time; a wire caption "" with its agency credit in the same paragraph and a licensing line; a "NAIROBI, Feb 4 (Kestrawire) -" lead with "brokers said" "W"; "according to data from Tembeza Tea Brokers" "W" and an unsold share "W"; a trader named after his opinion "", his market share "W" and a question inside a quote with no attribution followed by its answer ""; the agriculture ministry "said in a statement" (earnings with a parenthesised dollar figure "W", "It said" a plan ""); "the U.K." mid-sentence, "the U.S." ending a sentence before "Shipments to the U.S. ...", "Inc." ending one before "The company did not respond to a request for comment." (as written, ""); a smallholder (pay "W", "!” she said." "", her bushes "W"); "industry data showed" a causal output rise "W"; "Brokers expect" ""; the currency line, the "(Reporting by ...; Editing by ...)" credit, a standards line, a Read Next list, a briefing sign-up in two sentences, copyright split before "All rights reserved.", footer links, all "B"',
    'Ghanaian LOCAL NEWS on a news site (Asuboase, Eastern Region), an assembly demolishes 140 kiosks for a road: masthead, menu, a "Regional News of Monday, ..." line and a source line; headline "W"; listen line, contributor byline, comment count; caption "" and photo credit; the lead "W" with "6 a.m." ending a sentence before "Traders said ..." ("Traders" as written, "W"); the municipal chief executive with "Hon." mid-sentence and later "Madam" dropped (notices "W", a quote "" and its continuation of record "W", a relocation plan and a completion date ""); "Ltd." ending a sentence before "The contract, ..., according to the assembly." "W"; the traders\' association chairman (permit fees "W", "?” he asked." and its continuation "", a plan ""); the assembly\'s public relations officer (a rule "W"); Read also link; a shopkeeper (her loss "W", an ellipsis inside a question before "she said." ""); "Traffic counts by the assembly\'s works department show" and "The assembly\'s 2026 annual report lists" "W" (news-tip line, disclaimer, Related Articles list, copyright split before "All Rights Reserved.", footer links)',
    'Australian SPORT report on a regional paper\'s site, a basketball grand final won 88-86: a live score ticker and a weather strip with fire danger at the head; masthead in capitals, menu with pipes, section path; headline "W" and a colour standfirst ""; byline, Updated/first published line, share strip; caption "" and picture credit; the result, the last-break score and the top scorer "W" with "Jr." ending a sentence before "He finished ..."; the winning shot with "14.6 seconds" and "No. 7" mid-sentence, and "T.J." initials mid-sentence "W"; colour with a distance ""; a crowd record "the league said" "W"; the winning coach named after her exclamation "!” said ...", a quote over two sentences (lost finals "W", a feeling ""), an import\'s college program with "U.S." mid-sentence "W"; the import ("“Honestly?" as a sentence of its own, then "... ,” Ambervoss said." ""), his name carried with "Jr."; the losing coach (an opinion, an ellipsis before lower case "", flu in the squad "W"); ADVERTISEMENT; the ladder "W"; a contract plan ""; a SCOREBOARD title "B" and a box-score line with initials and "Jr. 31" kept as one sentence and a quarters line, both "" data (More sport list, a results line in two sentences with "9 a.m. on Monday", copyright split at "Pty Ltd.", footer links)',
    'New Zealand SCIENCE story on a regional daily\'s site, cyanobacteria blooms on a lake now last 71 days a year: masthead, menu with pipes, section path; headline "W" and a standfirst "The researchers say ..." with a likely-hedge ""; byline and role, date line, listen line, share; caption "" and institute credit; "according to a study published on Wednesday" "W"; the authors\' data with a parenthesised acronym "W"; the lead author with "Dr." dropped (warming of "0.9°C" "W", a causal quote "W" and a joke ""); "the study found" with decimals "W" and "The researchers estimate" with a parenthesised area at the end of the sentence "W"; "The paper says" a likely-but-not-proven hedge ""; Advertisement and Related link; a farmers\' group chairman (cuts "W", "“Are we part of the problem?" as its own sentence, "Of course we are,” he said." and a prediction ""); a council scientist with "Dr." dropped (monitoring "W", a could-forecast ""); "according to council records" "W"; the lead author again (a plan and an ellipsis before lower case "") and "according to the council" (dog deaths "W"); a journal reference with "et al." as one "B" sentence, a funding note, Latest list, newsletter in two sentences, copyright split at "Ltd.", footer links',
    'United States LIVE BLOG on a newspaper\'s site (Kansas Senate), a school phone ban passes 27-13: masthead, menu, LIVE label; headline "W"; a two-name byline, an Updated line with "p.m. CST Feb. 16, 2027", share strip; an intro "Follow along as the Senate debates S.B. 114." "" and the bill\'s content "W"; then entries newest first, each with a time stamp and an entry byline "B" ("Pinned" too): the vote ("2:30 p.m." ending a sentence before "It now goes to the House, where ... H.B. 2231, ... since Jan. 19." "W"), the vote split "W", the governor\'s office "said in a statement" ""; an entry headline "Sponsor: 31 states ..." carrying the sponsor "W", the sponsor with "Sen." and "R-Hutchinson" dropped (her closing story with no verb of saying "", an anecdote quote "", "the U.S." ending a sentence before an opening quote mark, a rhetorical question ""); an amendment adopted "W" with its sponsor (diabetes figures "W", "a fix, not an endorsement" ""); "What the bill does" "" with "earbuds etc. to be stored" mid-sentence, a fiscal note through according to and "The fiscal note estimates" "W"; the teachers\' union president "told reporters" (a survey "W", "the 8 a.m. fight" mid-sentence and three questions in one quote ""); "Good morning from Topeka." "", "9 a.m." ending a sentence before "Debate ... is expected ..." "", a committee vote "W" (Related list, reporter bio and contact in two sentences, copyright split before "All rights reserved.", footer links)',
    'Irish INTERVIEW IN Q&A on a regional weekly\'s site (a hospital emergency department): masthead, menu, section path and a PREMIUM label; headline "" with "St. Brendrick\'s" and a standfirst "..., Dr Orla Kinsalvey says ..." "" ("Dr" dropped); interviewer byline, date line, share line; caption "" and photo credit; an introduction of two facts "W" and a plan ""; an "edited for length and clarity" note "B"; questions with "Q:" carry no speaker and are "" unless they cite a source ("Q: Hospital figures show ..." "W", "Q: A review commissioned by the hospital group last year said ..." "W"); every answer sentence carries the interviewee with cue "A:": "A: No." ending a sentence before "We have 38 cubicles ..." "W", "Art. 5 of the working time directive ..." after a sentence end "W", staff and trolley figures of record "W", opinions, plans, a causal opinion, an exclamation, a reported question in quotes followed by "I didn\'t have an answer." and "A: Honestly?" as a sentence of its own "" , an ellipsis before lower case (Read more list, a newsletter line in two sentences, publisher address with "Ltd.," "Market St.," and "Co. Westmeath.", copyright split at "Ltd.", footer links)',
    'Canadian COURT REPORT on a town paper\'s site (Ontario), a minor hockey treasurer jailed for taking $186,400: masthead in capitals, menu with middle dots, section label; headline "W" and a standfirst "Association says ..." carrying the association\'s full name "W"; byline, a Published/Last updated/read-time line, a join line; caption "" with "Tillwistle St." mid-sentence and photo credit; the sentence "W"; "Ont." ending a sentence before "He pleaded guilty ..." and "Jr.," mid-sentence "W"; the judge ordering with no speaker "W"; the assistant Crown attorney "told the court" ("Ontario Inc." ending a sentence before "She said ..." "W", a two-sentence quote ""); the discovery "W"; Advertisement and Story continues below; the association president\'s victim impact statement read by himself ("W", "?” he asked." ""); defence counsel "told the court" "W" and "asked ..., saying ..." with cue "saying" "W"; the judge rejecting (no speaker "W") and her two-sentence quote ""; the offender apologizing with no speaker "" and his quote ""; custody "W"; "The association said" kept as written (recovery and rules "W", "It said" a meeting with "7 p.m." and "Tillwistle St. arena" mid-sentence "") (share line, Trending list, comment lines, an address line with "Queen St. E.," and "Ont." mid-line, copyright split at "Inc.", footer links)',
    'South African EXPLAINER on a local paper\'s site (Rietvallei), what a proposed 12.7% electricity tariff increase means: masthead, menu with pipes, breadcrumb with slashes, EXPLAINER label; headline "W" (a published proposal) and a standfirst ""; byline, date line, share line, listen line; question subheadings all ""; the proposal "W" and a comment deadline ""; "the draft budget says" and "It says" carried by "the draft budget" "W"; tariff decimals with a parenthesis closing a sentence "(VAT included)." and computed bills "W"; the network charge "W"; the mayoral committee member with "Cllr" dropped (losses "W", an opinion ""); READ ALSO link; free basic electricity "W"; a ratepayers\' forum "said" an opinion "" and its chairperson who "asked:" a quoted question "" and objections of record "W"; ADVERTISEMENT; objection rules "W", procedure "" with "etc." ending a sentence before "The schedule ..."; "Not necessarily." "", "according to council minutes" "W", a rule "W", a forecast "" (Related list, newsletter line, a publisher line split at "(Pty) Ltd." before "Reg. No. 2009/018834/07.", copyright split before "All rights reserved.", footer links)',
    'Indian BUSINESS RESULTS story on a markets site, a drug maker\'s quarterly profit up 18.2%: a market strip with decimals at the head; masthead, menu with pipes, section path; headline "W" with "U.S." mid-headline and a standfirst "Management expects ..." as written ""; bureau byline, an Updated line with IST, listen and Google News lines; results with "Ltd." mid-sentence and decimals "W"; "the company said in an exchange filing" "W"; EBITDA with a parenthesised acronym "W"; "the U.S." ending a sentence before "Domestic formulations ..." "W"; "The company also said" with "Inc." ending a sentence before "The unit runs ..." "W"; a dividend "W"; Also Read link; the managing director "said on a call with analysts" (an opinion, a margin forecast with quoted figures "", an inspection of record "W"); "Analysts at Kavachi Securities wrote in a note" a could-hedge "" and "They noted" net cash "W"; Advertisement; the share price with "₹1,862.35" and nine-month profit "W"; a research head named after her opinion with numbers "" and a question inside her quote with no attribution followed by "That\'s the whole question.”" ""; a two-sentence disclaimer, app line, topics, copyright split at "Pvt. Ltd.", footer links',
    'Fijian WEATHER/DISASTER story on a daily\'s site, a Category 3 cyclone crosses Vanua Levu: a cyclone-warning banner at the head; masthead, menu, section path; headline "W"; byline, date line with "am", share; caption "" and photo credit; the disaster management office said "W"; the meteorological service "In Special Weather Bulletin No. 14, issued at 4 a.m. on Tuesday, ..." "W" and "It said" (winds "W"), an unattributed expectation ""; "1.30 a.m." ending a sentence before "The power utility said ..." (a plan ""); the Commissioner Northern with the title dropped (damage counts "W", a two-sentence quote with a prediction ""); "police said" "W"; RELATED link; an evacuee (her night "W", an ellipsis before lower case in an exclamation "!” she said." ""); school closures "W" and cancelled flights "W"; Advertisement; "the U.S." ending a sentence before "The Prime Minister\'s Office said ..." (a plan ""); "according to the meteorological service\'s records" "W"; "The service said" as written, a likely-hedge "" (emergency-contacts line, a tip line in two sentences, copyright split at "Ltd.", footer links)',
    'Singaporean OPINION COLUMN on a news site\'s Commentary section, hawker prices: masthead, menu, section label; headline "" (an opinion with a number) and a standfirst "..., says food writer Lim Sze Min" carrying the columnist ""; byline, Published line with "am SGT", bookmark/share line; the columnist\'s own text carries no speaker: her stall\'s price rise and a post\'s comment count "W", scene and opinions ""; "according to a survey by the Stallkeepers\' Guild", a computed rise and "the guild found" "W"; a rhetorical question and its answer ""; the stall owner with "4 a.m." ending a sentence inside his quote before "You think I\'m getting rich?” asked ..." (his hours "W", the question "", his years and supplier "W"); ADVERTISEMENT; tender results through according to "W"; opinions with numbers and a prediction ""; Read more link; "according to the guild\'s survey" mid-sentence "W", a rhetorical question and two imperatives "" (an author bio in two sentences, a source line, topics, newsletter in two sentences, copyright split at "Pte. Ltd." and "Company Registration No. 201904417K." before "All rights reserved.", footer links)',
]

ARTICLES = [
    [
        [
            ("We value your privacy", "", "", "B"),
        ],
        [
            (
                "We and our 212 partners store and access information on your device, such as cookies, unique identifiers and browsing data.",
                "",
                "",
                "B",
            ),
            (
                "We use it to measure audiences, show personalised adverts, remember your log-in details etc.",
                "",
                "",
                "B",
            ),
            (
                "You can accept, reject or choose your settings below, and change them at any time from “Cookie settings” at the foot of every page.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("ACCEPT ALL     REJECT ALL     MANAGE SETTINGS", "", "", "B"),
        ],
        [
            ("OSTLEBRIDGE HERALD", "", "", "B"),
        ],
        [
            ("News | Sport | Business | Opinion | What's On | Jobs | Subscribe", "", "", "B"),
        ],
        [
            ("Home › News › Transport", "", "", "B"),
        ],
        [
            (
                "Nine rural bus routes to end on 1 March after county pulls £640,000 subsidy",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Operator says fares on the nine routes covered barely a fifth of what it cost to run them",
                "Tarrowmead Coaches",
                "says",
                "W",
            ),
        ],
        [
            ("By Philippa Grenvoy-Haddlesey", "", "", "B"),
        ],
        [
            ("Transport Correspondent", "", "", "B"),
        ],
        [
            ("Tuesday, 9 February 2027, 6:05am", "", "", "B"),
        ],
        [
            ("Updated: 11:32am", "", "", "B"),
        ],
        [
            ("Share     Post     WhatsApp     Email", "", "", "B"),
        ],
        [
            (
                "A Tarrowmead Coaches single-decker waits at the stop outside the post office in Lower Fennicombe.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Picture: Danielle Orkwright", "", "", "B"),
        ],
        [
            (
                "Nine rural bus routes in south Ostleshire will stop running on 1 March after Ostleshire County Council withdrew a £640,000 annual subsidy, the operator Tarrowmead Coaches has confirmed.",
                "Tarrowmead Coaches",
                "has confirmed",
                "W",
            ),
            (
                "The company said fares collected on the nine routes covered about 21% of their running costs in 2026.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "None of the routes will be taken over by another operator, according to notices filed with the traffic commissioner by Tarrowmead Coaches Ltd.",
                "notices filed with the traffic commissioner by Tarrowmead Coaches Ltd.",
                "according to",
                "W",
            ),
            ("The firm runs 34 routes across the county from its depot on Wharf St.", "", "", "W"),
            (
                "Its managing director, Colin Aberthwaite, said the nine routes carried 118,400 passengers in 2026, down from 151,000 in 2019.",
                "Colin Aberthwaite",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We lost money on every one of those routes in every month of last year,” he said.",
                "Colin Aberthwaite",
                "said",
                "W",
            ),
            ("“What business carries on like that?”", "Colin Aberthwaite", "said", ""),
        ],
        [
            ("You've read 3 of your 4 free articles this month.", "", "", "B"),
            ("Subscribe today from just £1 for three months, then £7.99 a month.", "", "", "B"),
        ],
        [
            ("Already a subscriber?", "", "", "B"),
            ("Sign in", "", "", "B"),
        ],
        [
            (
                "Ostleshire County Council's cabinet member for transport, Cllr Judith Pennefold-Ascroft, said the council's core grant from central government had fallen by £38m since 2020.",
                "Judith Pennefold-Ascroft",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Nobody on this council wanted to lose a single route,” she said.",
                "Judith Pennefold-Ascroft",
                "said",
                "",
            ),
            (
                "“But I will not close a care home to keep a half-empty bus on the road.”",
                "Judith Pennefold-Ascroft",
                "said",
                "",
            ),
        ],
        [
            (
                "She said some of the routes might return if a new government bus fund was confirmed in the spring.",
                "Judith Pennefold-Ascroft",
                "said",
                "",
            ),
        ],
        [
            (
                "In Lower Fennicombe, where the No. 7 is the only bus, Edwin Rackmoorley, 81, said he had used it three times a week for 11 years to reach his GP surgery in Ostlebridge.",
                "Edwin Rackmoorley",
                "said",
                "W",
            ),
            (
                "“Am I supposed to walk six miles with a stick?” he asked.",
                "Edwin Rackmoorley",
                "asked",
                "",
            ),
            (
                "“I'll manage somehow... but plenty round here won't.”",
                "Edwin Rackmoorley",
                "asked",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Bus journeys in Ostleshire fell by 17% between 2019 and 2025, according to the council's own transport survey.",
                "the council's own transport survey",
                "according to",
                "W",
            ),
            (
                "Over the same period the number of subsidised routes in the county went from 41 to 26, the survey shows.",
                "the survey",
                "shows",
                "W",
            ),
        ],
        [
            (
                "Read more: Ostlebridge station car park to shut for six weeks of resurfacing",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Lower Fennicombe Parish Council plans to run a volunteer minibus to Ostlebridge twice a week from April, its clerk, Sandra Oultwhistle, said.",
                "Sandra Oultwhistle",
                "said",
                "",
            ),
            (
                "She said 14 drivers had volunteered so far and the parish had set aside £12,500 for the first year.",
                "Sandra Oultwhistle",
                "said",
                "W",
            ),
        ],
        [
            (
                "“It won't replace a proper bus service, and nobody should pretend it will,” she said.",
                "Sandra Oultwhistle",
                "said",
                "",
            ),
        ],
        [
            ("More on this story", "", "", "B"),
        ],
        [
            ("Campaigners hand in 4,000-name petition to save village buses", "", "", "B"),
        ],
        [
            ("County council confirms £38m budget gap for 2027/28", "", "", "B"),
        ],
        [
            ("Sign up to the Herald Daily", "", "", "B"),
        ],
        [
            ("Our free newsletter lands in your inbox at 7 a.m.", "", "", "B"),
            ("Unsubscribe at any time.", "", "", "B"),
        ],
        [
            ("Enter your email     Sign up", "", "", "B"),
        ],
        [
            ("Comments are closed on this article.", "", "", "B"),
        ],
        [
            ("Ostlebridge Herald is published by Fennbrook News Ltd.", "", "", "B"),
            ("Registered office: 22 Tanner St., Ostlebridge OS4 2LP.", "", "", "B"),
        ],
        [
            ("© 2027 Fennbrook News Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About us | Contact | Privacy notice | Cookie settings | Terms", "", "", "B"),
        ],
    ],
    [
        [
            ("KESTRAWIRE", "", "", "B"),
        ],
        [
            ("World     Business     Markets     Sustainability     Legal     More", "", "", "B"),
        ],
        [
            ("Business › Commodities", "", "", "B"),
        ],
        [
            (
                "Kenyan tea prices slide to near three-year low as Pakistani buyers hold off",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Wanjiru Kamaritho-Odenyi", "", "", "B"),
        ],
        [
            ("February 4, 2027 4:18 PM GMT+3 · Updated 2 hours ago", "", "", "B"),
        ],
        [
            ("3 minute read", "", "", "B"),
        ],
        [
            (
                "A worker plucks tea at a farm in Kericho County, Kenya, January 28, 2027.",
                "",
                "",
                "",
            ),
            ("KESTRAWIRE/Samuel Ochwandere-Mbutu/File Photo", "", "", "B"),
        ],
        [
            ("Purchase Licensing Rights, opens new tab", "", "", "B"),
        ],
        [
            (
                "NAIROBI, Feb 4 (Kestrawire) - Average prices for Kenyan tea at the weekly Mombasa auction fell to $2.14 a kilogram this week, the lowest since March 2024, as buyers from Pakistan held back ahead of a currency review, brokers said.",
                "brokers",
                "said",
                "W",
            ),
        ],
        [
            (
                "The average was $2.31 a week earlier, according to data from Tembeza Tea Brokers, one of nine brokers that sell at the auction.",
                "data from Tembeza Tea Brokers",
                "according to",
                "W",
            ),
            (
                "Of the 142,600 packages offered, 38% went unsold, the highest share since October.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Pakistan is simply not buying at these levels,” said Joel Ngatirwa-Mbaure, a trader at Tembeza.",
                "Joel Ngatirwa-Mbaure",
                "said",
                "",
            ),
            (
                "He said Pakistani importers had bought about 41% of the tea sold at the auction in 2026.",
                "Joel Ngatirwa-Mbaure",
                "said",
                "W",
            ),
            ("“Will they come back next month?", "Joel Ngatirwa-Mbaure", "said", ""),
            ("Probably, but not at last year's prices.”", "Joel Ngatirwa-Mbaure", "said", ""),
        ],
        [
            (
                "Kenya's agriculture ministry said in a statement on Wednesday that tea earned the country 182.4 billion shillings ($1.41 billion) in 2026, making it the largest agricultural export.",
                "Kenya's agriculture ministry",
                "said in a statement",
                "W",
            ),
            (
                "It said it would open talks with buyers in Egypt and Iran to widen the market.",
                "Kenya's agriculture ministry",
                "said",
                "",
            ),
        ],
        [
            (
                "Pakistan, Egypt and the U.K. were the largest buyers of Kenyan tea last year, followed by the United Arab Emirates and the U.S.",
                "",
                "",
                "W",
            ),
            (
                "Shipments to the U.S. rose 6% by volume, largely on orders from the Ohio-based blender Brackenvale Beverages Inc.",
                "",
                "",
                "W",
            ),
            (
                "The company did not respond to a request for comment.",
                "The company",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "In Kericho, smallholder Esther Chepkuresi-Lelgo said the factory she supplies was paying 19 shillings per kg of green leaf, down from 24 shillings a year ago.",
                "Esther Chepkuresi-Lelgo",
                "said",
                "W",
            ),
            (
                "“We pick every day in the rain and this is what they give us!” she said.",
                "Esther Chepkuresi-Lelgo",
                "said",
                "",
            ),
            (
                "She said she had 2,300 tea bushes on just under an acre.",
                "Esther Chepkuresi-Lelgo",
                "said",
                "W",
            ),
        ],
        [
            (
                "Output in January rose 12% from a year earlier to 51.3 million kg after heavy rains, adding to the glut, industry data showed.",
                "industry data",
                "showed",
                "W",
            ),
        ],
        [
            (
                "Brokers expect prices to stay below $2.30 until at least April, when most of the first-quarter crop will have been sold.",
                "Brokers",
                "expect",
                "",
            ),
        ],
        [
            ("($1 = 129.20 Kenyan shillings)", "", "", "B"),
        ],
        [
            (
                "(Reporting by Wanjiru Kamaritho-Odenyi in Nairobi and Duncan Kipsurrat-Semeiyo in Kericho; Editing by Harriet Pollenvane-Ward)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Our Standards: The Kestrawire Trust Principles.", "", "", "B"),
        ],
        [
            ("Read Next", "", "", "B"),
        ],
        [
            ("Uganda coffee exports hit record 8.1 million bags in 2026", "", "", "B"),
        ],
        [
            ("Rwanda's central bank holds rate at 6.5%, sees inflation easing", "", "", "B"),
        ],
        [
            ("Get our Africa business briefing in your inbox every weekday.", "", "", "B"),
            ("Sign up here.", "", "", "B"),
        ],
        [
            ("© 2027 Kestrawire.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Terms of Use | Privacy | Accessibility | Corrections | Site Feedback", "", "", "B"),
        ],
    ],
    [
        [
            ("BOSOMKESE ONLINE", "", "", "B"),
        ],
        [
            (
                "Home     News     Politics     Business     Sports     Regional     Opinion     Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Regional News of Monday, 1 February 2027", "", "", "B"),
        ],
        [
            ("Source: Bosomkese Online", "", "", "B"),
        ],
        [
            (
                "Asuboase Assembly pulls down 140 kiosks to make way for road dualisation",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Listen to article", "", "", "B"),
        ],
        [
            ("Kwabena Asafoatse-Dwenfuo, Contributor", "", "", "B"),
        ],
        [
            ("Comments (12)", "", "", "B"),
        ],
        [
            (
                "Traders salvage roofing sheets from demolished kiosks along the Asuboase–Nkwantabisaso road on Saturday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo credit: Yaw Bonsratu-Kyeame", "", "", "B"),
        ],
        [
            (
                "The Asuboase Municipal Assembly on Saturday demolished 140 kiosks and sheds built on the road reserve along the Asuboase–Nkwantabisaso road, to make way for the dualisation of a 6.2-kilometre stretch.",
                "",
                "",
                "W",
            ),
            ("Demolition began at 6 a.m.", "", "", "W"),
            (
                "Traders said most of them had been able to remove only part of their goods before the bulldozers arrived.",
                "Traders",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Municipal Chief Executive, Hon. Gifty Adwubea-Sekyerewa, said notices were served on all the kiosk owners on January 11, giving them 14 days to move.",
                "Gifty Adwubea-Sekyerewa",
                "said",
                "W",
            ),
            (
                "“We did not wake up one morning and bring bulldozers,” she said.",
                "Gifty Adwubea-Sekyerewa",
                "said",
                "",
            ),
            (
                "“Every owner had a notice in hand for almost three weeks.”",
                "Gifty Adwubea-Sekyerewa",
                "said",
                "W",
            ),
        ],
        [
            ("The stretch is being built by Oboadaka Civil Works Ltd.", "", "", "W"),
            (
                "The contract, worth GH₵184 million, was signed in October 2026 and is funded by the central government, according to the assembly.",
                "the assembly",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The chairman of the Asuboase Central Traders' Association, Kofi Nkansaburo, said 63 of the 140 structures belonged to members who had paid the assembly's annual business operating permit fee of GH₵350 for 2026.",
                "Kofi Nkansaburo",
                "said",
                "W",
            ),
            (
                "“If the land was never ours, why did the assembly collect money from us?” he asked.",
                "Kofi Nkansaburo",
                "asked",
                "",
            ),
            ("“Somebody must answer that.”", "Kofi Nkansaburo", "asked", ""),
        ],
        [
            (
                "He said the association would write to the regional minister this week to ask for compensation.",
                "Kofi Nkansaburo",
                "said",
                "",
            ),
        ],
        [
            (
                "The assembly's public relations officer, Ebenezer Quarshiefio-Aidoofio, said the permit fee was charged on businesses, not on land, and did not give anyone the right to build on a road reserve.",
                "Ebenezer Quarshiefio-Aidoofio",
                "said",
                "W",
            ),
        ],
        [
            (
                "Read also: Eastern Regional Minister inspects Nkwantabisaso lorry station project",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Akosua Frempongsah-Nyamedua, who sold provisions from a container on the roadside for nine years, said she lost goods worth about GH₵4,000 on Saturday.",
                "Akosua Frempongsah-Nyamedua",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Where do I start from now... with three children in school?” she said.",
                "Akosua Frempongsah-Nyamedua",
                "said",
                "",
            ),
        ],
        [
            (
                "Madam Adwubea-Sekyerewa said the assembly would allocate 200 stalls at the new Nkwantabisaso lorry station to the affected traders by the end of March.",
                "Gifty Adwubea-Sekyerewa",
                "said",
                "",
            ),
            (
                "She said the road would be completed by December 2028.",
                "Gifty Adwubea-Sekyerewa",
                "said",
                "",
            ),
        ],
        [
            (
                "Traffic counts by the assembly's works department show that about 18,000 vehicles use the road every day, nearly three times the 2015 figure.",
                "Traffic counts by the assembly's works department",
                "show",
                "W",
            ),
            (
                "The assembly's 2026 annual report lists 2,870 registered traders in the municipality, up from 2,310 in 2022.",
                "The assembly's 2026 annual report",
                "lists",
                "W",
            ),
        ],
        [
            (
                "Send your news stories to news@bosomkese.com.gh and via WhatsApp on +233 20 555 0163.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Disclaimer: Opinions expressed here are those of the writers and do not reflect those of Bosomkese Online.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related Articles", "", "", "B"),
        ],
        [
            (
                "Nkwantabisaso: Assembly to begin registration of commercial motorbike riders",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Asuboase residents appeal for desilting of Abrefosuo drain after floods",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Copyright © 2027 Bosomkese Online.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
        [
            ("About     Advertise     Contact     Privacy", "", "", "B"),
        ],
    ],
    [
        [
            (
                "LIVE · TDBL Women semi-final: Gullamerri Swans 61 Wonnabri Redgums 58 · Q4 2:40",
                "",
                "",
                "B",
            ),
        ],
        [
            ("THE MALLOWREACH STANDARD", "", "", "B"),
        ],
        [
            ("Mallowreach 31° · Fire danger: High", "", "", "B"),
        ],
        [
            ("News | Sport | Community | Business | Opinion | Obituaries | Subscribe", "", "", "B"),
        ],
        [
            ("Sport › Basketball", "", "", "B"),
        ],
        [
            (
                "Bluegums snatch first TDBL title in 22 years with 88-86 grand final win",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A corner three, a charge taken with four seconds left and a season's worth of heartbreak undone",
                "",
                "",
                "",
            ),
        ],
        [
            ("By Dominic Ferranbeck-Lowe", "", "", "B"),
        ],
        [
            (
                "Updated February 14 2027 - 9:41am, first published February 13 2027 - 11:58pm",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Share     Facebook     X     Email     Copy link", "", "", "B"),
        ],
        [
            (
                "Quillabrae captain Brodie Waddell-Ongley cuts down the net after Saturday night's grand final at Brindabrook Stadium.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Picture by Imogen Mondrellan-Dale", "", "", "B"),
        ],
        [
            (
                "The Quillabrae Bluegums have won their first Tindarrup District Basketball League championship since 2005, beating the Wonnabri Redgums 88-86 in Saturday night's grand final at Brindabrook Stadium.",
                "",
                "",
                "W",
            ),
            ("The Redgums led 71-62 at the final break.", "", "", "W"),
        ],
        [
            ("The Bluegums' top scorer was import guard Tyrese Ambervoss Jr.", "", "", "W"),
            (
                "He finished with 31 points, nine rebounds and six assists, and made 11 of his 19 shots from the field.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The winning basket came with 14.6 seconds left, a corner three from Waddell-Ongley, the Bluegums' No. 7, who had missed his first five attempts from long range.",
                "",
                "",
                "W",
            ),
            (
                "At the other end, T.J. Corrandeen-Hay drove the lane for the Redgums and was called for a charge with 4.1 seconds on the clock.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Half of Quillabrae seemed to have made the 140-kilometre drive, and most of them were on the court before the siren had finished.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The crowd of 2,318 was a record for a TDBL grand final, the league said.",
                "the league",
                "said",
                "W",
            ),
        ],
        [
            (
                "“What a way to finish a season!” said Bluegums coach Bronwyn Costivane-Weir.",
                "Bronwyn Costivane-Weir",
                "said",
                "",
            ),
            (
                "“We lost the 2023 and 2025 grand finals to this lot.",
                "Bronwyn Costivane-Weir",
                "said",
                "W",
            ),
            (
                "I'm not going to pretend this one doesn't feel better.”",
                "Bronwyn Costivane-Weir",
                "said",
                "",
            ),
        ],
        [
            (
                "She said Ambervoss, who joined from a U.S. college program in May, had played the final with a strapped left ankle.",
                "Bronwyn Costivane-Weir",
                "said",
                "W",
            ),
        ],
        [
            ("“Honestly?", "Tyrese Ambervoss Jr.", "said", ""),
            (
                "I couldn't feel it after the first quarter,” Ambervoss said.",
                "Tyrese Ambervoss Jr.",
                "said",
                "",
            ),
        ],
        [
            (
                "Redgums coach Warrick Rickerbeck-Vale said the charge was the right call.",
                "Warrick Rickerbeck-Vale",
                "said",
                "",
            ),
            (
                "“Nine points up with ten minutes to go... you have to close that out,” he said.",
                "Warrick Rickerbeck-Vale",
                "said",
                "",
            ),
            (
                "He said three of his five starters had played through flu during the week.",
                "Warrick Rickerbeck-Vale",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "The Bluegums finished the regular season on top of the ladder with 17 wins from 20 games.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Costivane-Weir said she would sit down with the club's board “in a week or two” to talk about a new contract.",
                "Bronwyn Costivane-Weir",
                "said",
                "",
            ),
        ],
        [
            ("SCOREBOARD", "", "", "B"),
        ],
        [
            (
                "Quillabrae Bluegums 88 (T. Ambervoss Jr. 31, B. Waddell-Ongley 17, K. Papandrelou-Rowe 12) d Wonnabri Redgums 86 (T.J. Corrandeen-Hay 24, M. Elthorrick-Brooke 19).",
                "",
                "",
                "",
            ),
        ],
        [
            ("Quarters: 22-19, 40-44, 62-71, 88-86.", "", "", ""),
        ],
        [
            ("More sport", "", "", "B"),
        ],
        [
            ("Mallowreach Cricket Club names 14-year-old in first XI for semi-final", "", "", "B"),
        ],
        [
            ("Trots: Quillabrae Cup field drawn, favourite starts from barrier 9", "", "", "B"),
        ],
        [
            ("Got a sports result?", "", "", "B"),
            ("Send it to sport@mallowreachstandard.com.au by 9 a.m. on Monday.", "", "", "B"),
        ],
        [
            ("© 2027 Mallowreach Standard Pty Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Contact us | Terms | Privacy | Conditions of use", "", "", "B"),
        ],
    ],
    [
        [
            ("THE WAIMOANA COURIER", "", "", "B"),
        ],
        [
            ("Home | News | Science | Environment | Business | Sport | Life", "", "", "B"),
        ],
        [
            ("Science › Environment", "", "", "B"),
        ],
        [
            (
                "Toxic algae blooms on Lake Tūrehu now last three times as long as in the 2000s",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The researchers say warmer water and nitrogen from farms are the likely causes",
                "The researchers",
                "say",
                "",
            ),
        ],
        [
            ("By Kirsty Throstlegate-Kerr", "", "", "B"),
        ],
        [
            ("Science Reporter", "", "", "B"),
        ],
        [
            ("5:00am Thursday, 11 February 2027", "", "", "B"),
        ],
        [
            ("Listen to this article · 5 min", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            (
                "Green scum along the shore of Lake Tūrehu near Whareroimata Bay last February.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo / Ohinemoa Freshwater Research Institute", "", "", "B"),
        ],
        [
            (
                "Blooms of toxic cyanobacteria on Lake Tūrehu now last an average of 71 days a year, up from 23 days in 2002-2007, according to a study published on Wednesday.",
                "a study published on Wednesday",
                "according to",
                "W",
            ),
            (
                "The seven authors, from the Ohinemoa Freshwater Research Institute (OHFRI) and two regional councils, used 22 years of weekly water samples taken at four sites on the lake.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lead author Dr. Hinemarama Pembrevale-Kaui said the lake's surface water had warmed by an average of 0.9°C over the period.",
                "Hinemarama Pembrevale-Kaui",
                "said",
                "W",
            ),
            (
                "“Warmer water gives the cyanobacteria a head start every spring,” she said.",
                "Hinemarama Pembrevale-Kaui",
                "said",
                "W",
            ),
            (
                "“Add nitrogen and you've given them dinner as well.”",
                "Hinemarama Pembrevale-Kaui",
                "said",
                "",
            ),
        ],
        [
            (
                "Nitrate concentrations in the Waiherehere Stream, the lake's main inflow, rose from 0.41 to 0.78 milligrams per litre between 2004 and 2025, the study found.",
                "the study",
                "found",
                "W",
            ),
            (
                "The researchers estimate that about 62% of the nitrogen reaching the lake comes from dairy farming in the catchment (about 14,300 hectares).",
                "The researchers",
                "estimate",
                "W",
            ),
        ],
        [
            (
                "The paper says the link between warming and bloom length is “likely but not yet proven”, because the lake also became shallower after a weir was repaired in 2011.",
                "The paper",
                "says",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Related: Swimmers warned off three Waimoana lakes as summer heat lingers",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Grant Hallowbrook-Pene, who chairs the Tūrehu Catchment Farmers' Group, said its 86 member farms had cut their use of nitrogen fertiliser by a third since 2018.",
                "Grant Hallowbrook-Pene",
                "said",
                "W",
            ),
            ("“Are we part of the problem?", "Grant Hallowbrook-Pene", "said", ""),
            ("Of course we are,” he said.", "Grant Hallowbrook-Pene", "said", ""),
            (
                "“But the lake didn't get like this in five years, and it won't come right in five either.”",
                "Grant Hallowbrook-Pene",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr. Seini Fonotaua-Gray, a freshwater scientist at the regional council who was not involved in the study, said the council's own monitoring showed the same trend at two other lakes in the district.",
                "Seini Fonotaua-Gray",
                "said",
                "W",
            ),
            (
                "She said the study's forecast that bloom days could fall by half within ten years if nitrogen inputs dropped by 30% was “optimistic, but not silly”.",
                "Seini Fonotaua-Gray",
                "said",
                "",
            ),
        ],
        [
            (
                "The council issued 19 health warnings for Lake Tūrehu in the 2025-26 summer, compared with four in 2005-06, according to council records.",
                "council records",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Pembrevale-Kaui said the team planned to put two real-time sensors on the lake in March.",
                "Hinemarama Pembrevale-Kaui",
                "said",
                "",
            ),
            (
                "“If the numbers we see in March look like last year's... well, we'll be telling people to keep their dogs out of the water again,” she said.",
                "Hinemarama Pembrevale-Kaui",
                "said",
                "",
            ),
            (
                "Toxins from cyanobacteria have killed at least 11 dogs in the region since 2019, according to the council.",
                "the council",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Journal reference: Pembrevale-Kaui A, Rauwhero-Simms D, et al. Twenty-two years of cyanobacterial bloom duration in a warming lake. Lake Catchment Sci. 2027;9(2):114-131.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "This story was produced with support from the Kerrowdene Science Reporting Fund.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Latest in Science", "", "", "B"),
        ],
        [
            (
                "Weta count in Waimoana reserve doubles after rat trapping, volunteers say",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Why the sea off the west coast was 3°C warmer than usual in January", "", "", "B"),
        ],
        [
            ("Get the Courier's science newsletter every Friday.", "", "", "B"),
            ("Sign up", "", "", "B"),
        ],
        [
            ("© 2027 Waimoana Courier Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Contact us | Complaints | Privacy | Terms of use", "", "", "B"),
        ],
    ],
    [
        [
            ("THE SANDPLUM LEDGER", "", "", "B"),
        ],
        [
            (
                "Politics | Education | Business | Sports | Opinion | Obituaries | e-Edition",
                "",
                "",
                "B",
            ),
        ],
        [
            ("LIVE", "", "", "B"),
        ],
        [
            ("Kansas Senate passes school phone ban 27-13; bill heads to House", "", "", "W"),
        ],
        [
            ("By Marisol Quennebray-Hart and Trent Olafsdottir-Bly", "", "", "B"),
        ],
        [
            ("Updated 2:47 p.m. CST Feb. 16, 2027", "", "", "B"),
        ],
        [
            ("Share     Email     Print", "", "", "B"),
        ],
        [
            ("Follow along as the Senate debates S.B. 114.", "", "", ""),
            (
                "The bill would require every public school district in Kansas to lock away students' phones from the first bell to the last.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Pinned", "", "", "B"),
        ],
        [
            ("2:41 p.m.", "", "", "B"),
        ],
        [
            ("Senate passes S.B. 114, 27-13", "", "", "W"),
        ],
        [
            ("The Senate voted 27-13 to pass the bill shortly after 2:30 p.m.", "", "", "W"),
            (
                "It now goes to the House, where a companion bill, H.B. 2231, has been stuck in the education committee since Jan. 19.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Nine Democrats voted against it, joined by four Republicans.", "", "", "W"),
        ],
        [
            (
                "The governor's office said in a statement that it would “review the bill carefully” if it reaches her desk.",
                "The governor's office",
                "said in a statement",
                "",
            ),
        ],
        [
            ("— Trent Olafsdottir-Bly", "", "", "B"),
        ],
        [
            ("1:58 p.m.", "", "", "B"),
        ],
        [
            (
                "Sponsor: 31 states already restrict phones in class",
                "Dorothy Vanstrellen",
                "Sponsor:",
                "W",
            ),
        ],
        [
            (
                "Sen. Dorothy Vanstrellen, R-Hutchinson, the bill's sponsor, closed the debate with a story about her granddaughter's eighth-grade class.",
                "",
                "",
                "",
            ),
            (
                "“Twenty-six kids, twenty-six screens and one teacher talking to the wall,” she said.",
                "Dorothy Vanstrellen",
                "said",
                "",
            ),
            (
                "She said 31 states had passed some form of school phone restriction since 2023, more than half the states in the U.S.",
                "Dorothy Vanstrellen",
                "said",
                "W",
            ),
            (
                "“Is Kansas really going to be the last one to notice?”",
                "Dorothy Vanstrellen",
                "said",
                "",
            ),
        ],
        [
            ("— Marisol Quennebray-Hart", "", "", "B"),
        ],
        [
            ("1:12 p.m.", "", "", "B"),
        ],
        [
            ("Medical exemption added", "", "", "W"),
        ],
        [
            (
                "Senators adopted by voice vote an amendment from Sen. Luis Ocampeira-Strand, D-Wichita, that exempts students who use a phone to monitor diabetes or another medical condition.",
                "",
                "",
                "W",
            ),
            (
                "Ocampeira-Strand said about 2,400 Kansas students have Type 1 diabetes, citing figures from the state's education department.",
                "Luis Ocampeira-Strand",
                "said",
                "W",
            ),
            ("“This is a fix, not an endorsement,” he said.", "Luis Ocampeira-Strand", "said", ""),
        ],
        [
            ("— Trent Olafsdottir-Bly", "", "", "B"),
        ],
        [
            ("11:36 a.m.", "", "", "B"),
        ],
        [
            ("What the bill does", "", "", ""),
        ],
        [
            (
                "Under S.B. 114, districts would have to adopt a policy by July 1, 2028, requiring phones, smartwatches, earbuds etc. to be stored in lockers or locked pouches during the school day.",
                "",
                "",
                "W",
            ),
            (
                "The bill does not pay for the pouches, which cost about $25 per student, according to a fiscal note from the state budget division.",
                "a fiscal note from the state budget division",
                "according to",
                "W",
            ),
            (
                "The fiscal note estimates the statewide cost at up to $12.3 million if every district chose pouches.",
                "The fiscal note",
                "estimates",
                "W",
            ),
        ],
        [
            ("— Marisol Quennebray-Hart", "", "", "B"),
        ],
        [
            ("10:20 a.m.", "", "", "B"),
        ],
        [
            ("Teachers' union backs the bill, with a worry", "", "", ""),
        ],
        [
            (
                "Roberta Kinnelburn-Odoomfi, president of the Prairie Educators Association, told reporters outside the chamber that 71% of the union's members backed a ban in a survey last fall.",
                "Roberta Kinnelburn-Odoomfi",
                "told reporters",
                "W",
            ),
            (
                "“Our worry is the 8 a.m. fight at the door,” she said.",
                "Roberta Kinnelburn-Odoomfi",
                "said",
                "",
            ),
            (
                "“Who takes the phone off a 17-year-old who won't hand it over?",
                "Roberta Kinnelburn-Odoomfi",
                "said",
                "",
            ),
            ("The principal?", "Roberta Kinnelburn-Odoomfi", "said", ""),
            ("The bus driver?”", "Roberta Kinnelburn-Odoomfi", "said", ""),
        ],
        [
            ("— Trent Olafsdottir-Bly", "", "", "B"),
        ],
        [
            ("9:04 a.m.", "", "", "B"),
        ],
        [
            ("Good morning from Topeka.", "", "", ""),
            ("The Senate gaveled in at 9 a.m.", "", "", "W"),
            ("Debate on S.B. 114 is expected after the consent calendar.", "", "", ""),
            ("The bill cleared the Senate Education Committee 7-4 on Feb. 9.", "", "", "W"),
        ],
        [
            ("— Marisol Quennebray-Hart", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Kansas House panel advances bill to cap property tax increases at 3%", "", "", "B"),
        ],
        [
            (
                "Suburban district to test phone pouches in two middle schools this spring",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Marisol Quennebray-Hart covers the Kansas Legislature.", "", "", "B"),
            ("Reach her at mquennebrayhart@sandplumledger.com or 785-555-0142.", "", "", "B"),
        ],
        [
            ("© 2027 The Sandplum Ledger.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "Terms of Service | Privacy Policy | Your Privacy Choices | Accessibility",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("THE DRUMCARROW EXAMINER", "", "", "B"),
        ],
        [
            (
                "News     Sport     Farming     Business     Opinion     Death Notices     Podcasts",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Health", "", "", "B"),
        ],
        [
            ("PREMIUM", "", "", "B"),
        ],
        [
            (
                "Q&A: The doctor running St. Brendrick's emergency department on trolleys, rotas and the 31-hour wait",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Six months into the job, Dr Orla Kinsalvey says the department's problems start upstairs, not at the front door",
                "Orla Kinsalvey",
                "says",
                "",
            ),
        ],
        [
            ("Interview by Ciarán Mullarvey-Tierbrack", "", "", "B"),
        ],
        [
            ("Sat, 20 Feb 2027 at 07:00", "", "", "B"),
        ],
        [
            ("Share: Facebook · X · Email", "", "", "B"),
        ],
        [
            (
                "Dr Orla Kinsalvey in the emergency department at St. Brendrick's University Hospital.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Ronan Gilsenagh", "", "", "B"),
        ],
        [
            (
                "Dr Orla Kinsalvey took over as clinical director of the emergency department at St. Brendrick's University Hospital in Drumcarrow last August.",
                "",
                "",
                "W",
            ),
            (
                "The department treated 61,240 patients in 2026, the third-highest number of any emergency department in the country.",
                "",
                "",
                "W",
            ),
            (
                "We asked her about trolleys, rotas and what would actually make a difference.",
                "",
                "",
                "",
            ),
        ],
        [
            ("This interview has been edited for length and clarity.", "", "", "B"),
        ],
        [
            (
                "Q: Hospital figures show 1,412 patients spent more than 24 hours in your department in January.",
                "Hospital figures",
                "show",
                "W",
            ),
            ("Why is it getting worse?", "", "", ""),
        ],
        [
            ("A: It isn't getting worse at the front door.", "Orla Kinsalvey", "A:", ""),
            (
                "Attendances in January were 5,230, almost exactly what they were in January 2025.",
                "Orla Kinsalvey",
                "A:",
                "W",
            ),
            (
                "The problem is upstairs: on an average day last month, 41 of our inpatient beds were taken by people who were medically fit to go home but had nowhere to go.",
                "Orla Kinsalvey",
                "A:",
                "W",
            ),
            (
                "Until that changes, the queue backs up into my department.",
                "Orla Kinsalvey",
                "A:",
                "",
            ),
        ],
        [
            ("Q: Is the department big enough?", "", "", ""),
        ],
        [
            ("A: No.", "Orla Kinsalvey", "A:", ""),
            ("We have 38 cubicles and, on a bad night, 90 patients.", "Orla Kinsalvey", "A:", "W"),
            (
                "The building was designed in 2004 for 35,000 attendances a year.",
                "Orla Kinsalvey",
                "A:",
                "W",
            ),
        ],
        [
            ("Q: Are doctors in your department working illegal hours?", "", "", ""),
        ],
        [
            ("A: Some weeks, yes, and I won't pretend otherwise.", "Orla Kinsalvey", "A:", ""),
            (
                "Art. 5 of the working time directive gives every doctor at least 24 hours of unbroken rest in each seven-day period.",
                "Orla Kinsalvey",
                "A:",
                "W",
            ),
            (
                "Last month, 11 of our 46 non-consultant hospital doctors went without it at least once.",
                "Orla Kinsalvey",
                "A:",
                "W",
            ),
        ],
        [
            ("Q: What would you do with an extra €10 million?", "", "", ""),
        ],
        [
            ("A: I'd spend none of it in the emergency department.", "Orla Kinsalvey", "A:", ""),
            (
                "I'd put it into home-care packages and step-down beds, so that the 41 people I mentioned can go home.",
                "Orla Kinsalvey",
                "A:",
                "",
            ),
            (
                "Every one of them who leaves frees a bed for somebody on a trolley downstairs.",
                "Orla Kinsalvey",
                "A:",
                "",
            ),
        ],
        [
            (
                "Q: A review commissioned by the hospital group last year said the department needed 12 more nurses.",
                "A review commissioned by the hospital group last year",
                "said",
                "W",
            ),
            ("Has that happened?", "", "", ""),
        ],
        [
            ("A: We've hired seven since September.", "Orla Kinsalvey", "A:", "W"),
            ("Two more start in March.", "Orla Kinsalvey", "A:", ""),
            (
                "The other three posts have been advertised twice with no applicants.",
                "Orla Kinsalvey",
                "A:",
                "W",
            ),
            (
                "That tells you something about rents in Drumcarrow... and maybe about us.",
                "Orla Kinsalvey",
                "A:",
                "",
            ),
        ],
        [
            ("Q: Do patients complain to you directly?", "", "", ""),
        ],
        [
            ("A: All the time, and they're right to!", "Orla Kinsalvey", "A:", ""),
            (
                "In January I had a man of 84 on a trolley for 31 hours.",
                "Orla Kinsalvey",
                "A:",
                "W",
            ),
            (
                "His daughter asked me, “Is this what he paid tax for, for 50 years?”",
                "Orla Kinsalvey",
                "A:",
                "",
            ),
            ("I didn't have an answer.", "Orla Kinsalvey", "A:", ""),
        ],
        [
            ("Q: Where will the department be in a year?", "", "", ""),
        ],
        [
            ("A: Honestly?", "Orla Kinsalvey", "A:", ""),
            (
                "Better, if the 60 community beds promised for Drumcarrow open on time in October.",
                "Orla Kinsalvey",
                "A:",
                "",
            ),
            ("If they don't, ask me again next winter.", "Orla Kinsalvey", "A:", ""),
        ],
        [
            ("Read more", "", "", "B"),
        ],
        [
            ("Drumcarrow trolley count hits record 67 on Monday morning", "", "", "B"),
        ],
        [
            ("Minister promises 60 community beds for the midlands by autumn", "", "", "B"),
        ],
        [
            ("Get the Examiner's health newsletter every Thursday.", "", "", "B"),
            ("Sign up now", "", "", "B"),
        ],
        [
            ("Drumcarrow Examiner Ltd., 4 Market St., Drumcarrow, Co. Westmeath.", "", "", "B"),
        ],
        [
            ("© 2027 Drumcarrow Examiner Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Contact | Advertise | Privacy | Cookie Policy | Terms & Conditions", "", "", "B"),
        ],
    ],
    [
        [
            ("THE BRELLINGFORD PILOT", "", "", "B"),
        ],
        [
            ("LOCAL NEWS · SPORTS · OPINION · OBITUARIES · CLASSIFIEDS · E-EDITION", "", "", "B"),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            (
                "Former minor hockey treasurer jailed 20 months for taking $186,400 from association",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Association says it has recovered $41,000 so far and has tightened its rules on cheques",
                "Brellingford Minor Hockey Association",
                "says",
                "W",
            ),
        ],
        [
            ("Jenna Thibaudin-Marsh", "", "", "B"),
        ],
        [
            ("Published Feb 17, 2027  •  Last updated 6 hours ago  •  3 minute read", "", "", "B"),
        ],
        [
            ("Join the conversation", "", "", "B"),
        ],
        [
            ("The courthouse on Tillwistle St. in Brellingford on Tuesday.", "", "", ""),
        ],
        [
            ("Photo by Jenna Thibaudin-Marsh /The Brellingford Pilot", "", "", "B"),
        ],
        [
            (
                "A former treasurer of the Brellingford Minor Hockey Association was sentenced Tuesday to 20 months in jail for taking $186,400 from the association's accounts between 2019 and 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The sentence was handed to Gordon Ashbrindle-Prothick Jr., 52, of Dunvorrick Mills, Ont.",
                "",
                "",
                "W",
            ),
            (
                "He pleaded guilty in November to one count of theft over $5,000 and one count of fraud over $5,000.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Justice Marguerite Olinski-Favreau of the Ontario Court of Justice also ordered him to repay the full amount and to serve two years of probation after his release.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Assistant Crown attorney Deepa Ramcharran-Holt told the court that Ashbrindle-Prothick wrote 214 cheques to himself and to a numbered company he controlled, 2417785 Ontario Inc.",
                "Deepa Ramcharran-Holt",
                "told the court",
                "W",
            ),
            (
                "She said the money paid for a boat, two family trips to Florida and the mortgage on a cottage near Parry Sound.",
                "Deepa Ramcharran-Holt",
                "said",
                "W",
            ),
        ],
        [
            ("“This was not a moment of weakness,” she said.", "Deepa Ramcharran-Holt", "said", ""),
            (
                "“It was six years of choices, one cheque at a time.”",
                "Deepa Ramcharran-Holt",
                "said",
                "",
            ),
        ],
        [
            (
                "The theft came to light in August 2025, when a bank called the association's president, Wendell Ogunlesi, about a $9,800 cheque that had been signed twice by the same person.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Story continues below", "", "", "B"),
        ],
        [
            (
                "In a victim impact statement he read in court, Ogunlesi said the association had raised fees by $140 per player for two seasons to cover the loss, and that 37 families had left.",
                "Wendell Ogunlesi",
                "said",
                "W",
            ),
            (
                "“How do you explain to an eight-year-old that there's no more ice time because the treasurer bought a boat?” he asked.",
                "Wendell Ogunlesi",
                "asked",
                "",
            ),
        ],
        [
            (
                "Defence lawyer Raymond Bissonette-Carr told the court his client had sold the boat and the cottage and had already paid back $41,000.",
                "Raymond Bissonette-Carr",
                "told the court",
                "W",
            ),
            (
                "He asked for a conditional sentence to be served at home, saying Ashbrindle-Prothick had no criminal record and cares for his mother, who has dementia.",
                "Raymond Bissonette-Carr",
                "saying",
                "W",
            ),
        ],
        [
            ("Olinski-Favreau rejected a conditional sentence.", "", "", "W"),
            (
                "“Volunteers who handle children's money hold a trust that a whole town relies on,” she said.",
                "Marguerite Olinski-Favreau",
                "said",
                "",
            ),
            (
                "“Breaking it for six years is not something a sentence served at home can answer.”",
                "Marguerite Olinski-Favreau",
                "said",
                "",
            ),
        ],
        [
            (
                "Ashbrindle-Prothick, in a grey suit, stood and apologized to the association before the sentence was read.",
                "",
                "",
                "",
            ),
            (
                "“I am ashamed of what I did every single day,” he said.",
                "Gordon Ashbrindle-Prothick Jr.",
                "said",
                "",
            ),
        ],
        [
            ("He was taken into custody after the hearing.", "", "", "W"),
        ],
        [
            (
                "The association said Wednesday that it has recovered $41,000 and now requires two signatures on every cheque over $500.",
                "The association",
                "said",
                "W",
            ),
            (
                "It said it will hold a meeting for parents at 7 p.m. on March 3 at the Tillwistle St. arena.",
                "The association",
                "said",
                "",
            ),
        ],
        [
            (
                "Share this Story: Former minor hockey treasurer jailed 20 months for taking $186,400 from association",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Trending", "", "", "B"),
        ],
        [
            ("Two hurt in Highway 21 crash near Dunvorrick Mills", "", "", "B"),
        ],
        [
            ("Council delays vote on downtown parking rates to March", "", "", "B"),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("You must be logged in to join the discussion or read more comments.", "", "", "B"),
        ],
        [
            ("The Brellingford Pilot, 88 Queen St. E., Brellingford, Ont. N0M 1S4", "", "", "B"),
        ],
        [
            ("© 2027 Pellovane Community Media Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Terms of Use | Privacy Policy | Accessibility | Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("KRANSFONTEIN EXPRESS", "", "", "B"),
        ],
        [
            ("News | Business | Sport | Lifestyle | Opinion | Property | Notices", "", "", "B"),
        ],
        [
            ("Home / News / Local", "", "", "B"),
        ],
        [
            ("EXPLAINER", "", "", "B"),
        ],
        [
            (
                "What the proposed 12.7% electricity tariff increase means for your bill",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "From prepaid units to the fixed monthly charge, here is what changes, and what you can still do about it",
                "",
                "",
                "",
            ),
        ],
        [
            ("By Lindiwe Mqhayisa", "", "", "B"),
        ],
        [
            ("22 Feb 2027 | 06:00", "", "", "B"),
        ],
        [
            ("Share: WhatsApp | Facebook | X | Email", "", "", "B"),
        ],
        [
            ("Listen to this article · 4 min", "", "", "B"),
        ],
        [
            (
                "The Rietvallei Local Municipality has proposed raising household electricity tariffs by 12.7% from 1 July, in a draft budget tabled in council on Thursday.",
                "",
                "",
                "W",
            ),
            ("Residents have until 24 March to comment.", "", "", ""),
        ],
        [
            ("Why is the municipality raising prices?", "", "", ""),
        ],
        [
            (
                "The municipality buys most of its power in bulk from the national utility, whose tariff to municipalities is due to rise by 11.3% from 1 July, the draft budget says.",
                "the draft budget",
                "says",
                "W",
            ),
            (
                "It says the remaining 1.4 percentage points would pay for replacing about 60km of ageing underground cable in Rietvallei, Mooiplaas and Doornhoek.",
                "the draft budget",
                "says",
                "W",
            ),
        ],
        [
            ("How much more will I pay?", "", "", ""),
        ],
        [
            (
                "A household on prepaid electricity now pays R2.87 per kWh for the first 350kWh each month and R3.24 for every unit above that (VAT included).",
                "",
                "",
                "W",
            ),
            ("Under the proposal, those prices would rise to R3.23 and R3.65.", "", "", "W"),
            (
                "A home using 500kWh a month, roughly what a family of four with an electric geyser uses, would pay about R1,680 instead of about R1,490.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("What about the fixed charge?", "", "", ""),
        ],
        [
            (
                "Customers on credit meters also pay a monthly network charge, which would go up from R245 to R276.",
                "",
                "",
                "W",
            ),
            ("Prepaid customers do not pay it.", "", "", "W"),
        ],
        [
            (
                "The mayoral committee member for energy, Cllr Sibusiso Mncwabe-Verhoefsen, said the municipality lost R214 million to electricity theft and unpaid bills in 2025/26.",
                "Sibusiso Mncwabe-Verhoefsen",
                "said",
                "W",
            ),
            (
                "“Every honest customer is paying for the ones who don't, and that has to stop,” he said.",
                "Sibusiso Mncwabe-Verhoefsen",
                "said",
                "",
            ),
        ],
        [
            (
                "READ ALSO: Rietvallei water outages: these suburbs will be affected this week",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Is there help for poor households?", "", "", ""),
        ],
        [
            (
                "Registered indigent households get 50kWh of free basic electricity a month, and the draft budget keeps it at 50kWh.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Rietvallei Ratepayers' Forum, which has about 3,100 members, said that was not nearly enough.",
                "The Rietvallei Ratepayers' Forum",
                "said",
                "",
            ),
            (
                "Its chairperson, Annemarie Kriegsvelt-Ramabu, asked: “How is a pensioner on R2,315 a month meant to find another R190 for lights?”",
                "Annemarie Kriegsvelt-Ramabu",
                "asked",
                "",
            ),
            (
                "She said the forum had collected 1,860 written objections in 2026, when the council last raised tariffs.",
                "Annemarie Kriegsvelt-Ramabu",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Can I object?", "", "", ""),
        ],
        [
            (
                "Yes, and the municipality must consider every written comment before the final budget is adopted in May.",
                "",
                "",
                "W",
            ),
            (
                "Comments can be emailed, handed in at any of the six municipal pay points or made at ward meetings from 1 to 18 March.",
                "",
                "",
                "",
            ),
            ("The ward meetings will also cover water, refuse, property rates etc.", "", "", ""),
            ("The schedule is on the municipality's website.", "", "", ""),
        ],
        [
            ("Will it definitely happen?", "", "", ""),
        ],
        [
            ("Not necessarily.", "", "", ""),
            (
                "Last year the council proposed 14.1% and adopted 11.8% after objections, according to council minutes.",
                "council minutes",
                "according to",
                "W",
            ),
            ("The national energy regulator must also approve the final figure.", "", "", "W"),
        ],
        [
            (
                "Mncwabe-Verhoefsen said he did not expect the increase to be cut by more than a percentage point.",
                "Sibusiso Mncwabe-Verhoefsen",
                "said",
                "",
            ),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Rietvallei council tables R4.2bn draft budget", "", "", "B"),
        ],
        [
            ("Cable theft leaves Doornhoek without power for third night", "", "", "B"),
        ],
        [
            ("Subscribe to our free daily newsletter.", "", "", "B"),
        ],
        [
            ("Kransfontein Express is published by Highmoor Media (Pty) Ltd.", "", "", "B"),
            ("Reg. No. 2009/018834/07.", "", "", "B"),
        ],
        [
            ("© 2027 Kransfontein Express.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Privacy | PAIA Manual | Terms | Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("SENSEX 81,204.55 ▲ 0.42%     NIFTY 24,688.10 ▲ 0.38%     USD/INR 86.92", "", "", "B"),
        ],
        [
            ("RUPEELINE", "", "", "B"),
        ],
        [
            (
                "Markets | Companies | Economy | Tech | Personal Finance | Mutual Funds | IPO",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Companies › Earnings", "", "", "B"),
        ],
        [
            (
                "Sarovhan Pharma Q3 profit rises 18.2% to ₹412.6 crore on U.S. launches; shares gain 3.4%",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Management expects margins to hold above 24% next year despite price erosion in America",
                "Management",
                "expects",
                "",
            ),
        ],
        [
            ("Rupeeline Bureau", "", "", "B"),
        ],
        [
            ("Updated: Feb 5, 2027, 07:42 PM IST", "", "", "B"),
        ],
        [
            ("Listen to this article", "", "", "B"),
        ],
        [
            ("Follow us on Google News", "", "", "B"),
        ],
        [
            (
                "Sarovhan Pharmaceuticals Ltd. reported an 18.2% rise in consolidated net profit for the October-December quarter on Thursday, to ₹412.6 crore from ₹349.1 crore a year earlier.",
                "",
                "",
                "W",
            ),
            (
                "Revenue from operations grew 11.4% to ₹3,118.7 crore, the company said in an exchange filing.",
                "the company",
                "said in an exchange filing",
                "W",
            ),
        ],
        [
            (
                "Earnings before interest, tax, depreciation and amortisation (EBITDA) rose 14.9% to ₹781.2 crore, and the EBITDA margin widened to 25.1% from 24.3%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Sales in North America, its largest market, rose 16.8% to $148 million, helped by two new generic launches in the U.S.",
                "",
                "",
                "W",
            ),
            ("Domestic formulations revenue rose 7.2% to ₹1,204.5 crore.", "", "", "W"),
        ],
        [
            (
                "The company also said its board had approved an investment of $40 million in its U.S. subsidiary, Sarovhan Therapeutics Inc.",
                "The company",
                "also said",
                "W",
            ),
            ("The unit runs the group's injectables plant in North Carolina.", "", "", "W"),
        ],
        [
            (
                "The board declared an interim dividend of ₹6.50 per share, with February 16 as the record date.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Also Read: Pharma exports rise 9% in April-December, trade data show", "", "", "B"),
        ],
        [
            (
                "“We are not chasing volume for the sake of it,” managing director Ravindra Kolhapurkar said on a call with analysts.",
                "Ravindra Kolhapurkar",
                "said on a call with analysts",
                "",
            ),
            (
                "He said the company expected EBITDA margins to stay “in the 24-26% band” in 2027-28, even as price erosion in the U.S. generics market continued at “high single digits”.",
                "Ravindra Kolhapurkar",
                "said",
                "",
            ),
            (
                "He said the company's plant at Pithampur had been inspected by U.S. regulators in December and received no observations.",
                "Ravindra Kolhapurkar",
                "said",
                "W",
            ),
        ],
        [
            (
                "Analysts at Kavachi Securities wrote in a note that the two launches “could add ₹900-1,000 crore to FY28 revenue” if no rival enters the market.",
                "Analysts at Kavachi Securities",
                "wrote in a note",
                "",
            ),
            (
                "They noted that the company's net cash stood at ₹2,146 crore at the end of December.",
                "Analysts at Kavachi Securities",
                "noted",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Shares of Sarovhan closed 3.4% higher at ₹1,862.35 on the NSE on Friday, while the Nifty Pharma index rose 0.9%.",
                "",
                "",
                "W",
            ),
            (
                "For the nine months to December, net profit rose 15.6% to ₹1,134.8 crore.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“At 28 times earnings the stock isn't cheap, but it isn't expensive for a company growing like this either,” said Neha Sabhrawani, head of research at Tarangam Capital.",
                "Neha Sabhrawani",
                "said",
                "",
            ),
            (
                "“Can they keep 16% growth in America for two more years?",
                "Neha Sabhrawani",
                "said",
                "",
            ),
            ("That's the whole question.”", "Neha Sabhrawani", "said", ""),
        ],
        [
            (
                "Disclaimer: The views and investment tips expressed by experts are their own and not those of Rupeeline.",
                "",
                "",
                "B",
            ),
            (
                "Users are advised to check with certified experts before taking any investment decisions.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Download the Rupeeline app for real-time market updates.", "", "", "B"),
        ],
        [
            ("Topics: Sarovhan Pharmaceuticals | Q3 results | Pharma stocks", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Rupeeline Digital Media Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "About Us | Contact | Privacy Policy | Terms of Use | Grievance Redressal",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            (
                "⚠ TROPICAL CYCLONE WARNING IN FORCE FOR VANUA LEVU, TAVEUNI AND THE LAU GROUP",
                "",
                "",
                "B",
            ),
        ],
        [
            ("THE KALAVESI POST", "", "", "B"),
        ],
        [
            ("Home | News | Nation | Business | Sports | Pacific | Opinion | E-paper", "", "", "B"),
        ],
        [
            ("News › Nation", "", "", "B"),
        ],
        [
            (
                "Cyclone Ravula: 2,140 people in 61 evacuation centres as Category 3 storm crosses Vanua Levu",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Vasemaca Vuniwaqa-Tokalau", "", "", "B"),
        ],
        [
            ("Tuesday, 26 January 2027, 11:15 am", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            (
                "Villagers in Korovuni clear fallen breadfruit trees from the road on Tuesday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Jone Ratumaitavuki", "", "", "B"),
        ],
        [
            (
                "About 2,140 people spent Monday night in 61 evacuation centres across Vanua Levu as Tropical Cyclone Ravula crossed the island as a Category 3 system, the National Disaster Management Office said.",
                "the National Disaster Management Office",
                "said",
                "W",
            ),
        ],
        [
            (
                "In Special Weather Bulletin No. 14, issued at 4 a.m. on Tuesday, the Fiji Meteorological Service said the cyclone's centre was 60 kilometres east of Labasa and moving south-east at 15 km/h.",
                "the Fiji Meteorological Service",
                "said",
                "W",
            ),
            (
                "It said sustained winds near the centre were estimated at 130 km/h, with gusts of up to 180 km/h.",
                "the Fiji Meteorological Service",
                "said",
                "W",
            ),
            (
                "The system is expected to weaken to Category 2 by Wednesday morning as it moves over cooler water.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Power was cut to most of Labasa at 1.30 a.m.", "", "", "W"),
            (
                "The power utility said its crews would not start repairs until the wind dropped below 60 km/h.",
                "The power utility",
                "said",
                "",
            ),
        ],
        [
            (
                "The Commissioner Northern, Josefa Nacovuli-Bainivalu, said 38 homes had been destroyed and 212 damaged in the first reports from village headmen.",
                "Josefa Nacovuli-Bainivalu",
                "said",
                "W",
            ),
            (
                "“The assessment teams go out the moment the wind drops,” he said.",
                "Josefa Nacovuli-Bainivalu",
                "said",
                "",
            ),
            ("“We expect those numbers to rise.”", "Josefa Nacovuli-Bainivalu", "said", ""),
        ],
        [
            ("No deaths had been reported by 10 a.m. Tuesday, police said.", "police", "said", "W"),
        ],
        [
            ("RELATED: Live updates: Cyclone Ravula", "", "", "B"),
        ],
        [
            (
                "At the Korovuni village hall, Mereoni Tavakecevu-Lomanikoro, 63, said she had sheltered there with 40 others since 6 p.m. on Monday.",
                "Mereoni Tavakecevu-Lomanikoro",
                "said",
                "W",
            ),
            (
                "“The roof was singing all night... we thought it would go!” she said.",
                "Mereoni Tavakecevu-Lomanikoro",
                "said",
                "",
            ),
        ],
        [
            (
                "Schools in the Northern Division will stay closed on Wednesday, the Ministry of Education said.",
                "the Ministry of Education",
                "said",
                "W",
            ),
            (
                "Domestic carrier Koroiva Air cancelled all 14 of its Tuesday flights to Labasa and Savusavu.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "By Tuesday afternoon, offers of help had come from Australia, New Zealand, France and the U.S.",
                "",
                "",
                "W",
            ),
            (
                "The Prime Minister's Office said a damage assessment would be finished before any request for aid was made.",
                "The Prime Minister's Office",
                "said",
                "",
            ),
        ],
        [
            (
                "Ravula is the first cyclone of Category 3 or stronger to cross Vanua Levu since 2021, according to the meteorological service's records.",
                "the meteorological service's records",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The service said heavy rain and flooding of low-lying areas “remain likely” in the Northern and Eastern divisions until Thursday.",
                "The service",
                "said",
                "",
            ),
        ],
        [
            (
                "Emergency contacts for the Northern Division are listed on our Cyclone Ravula page.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Have photos or video of the cyclone?", "", "", "B"),
            ("WhatsApp them to our newsroom on +679 555 0187.", "", "", "B"),
        ],
        [
            ("© 2027 Kalavesi Post Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About | Contact | Advertise | Privacy | E-paper", "", "", "B"),
        ],
    ],
    [
        [
            ("SG DUSKLINE", "", "", "B"),
        ],
        [
            ("Singapore | Asia | World | Business | Commentary | Lifestyle | Sport", "", "", "B"),
        ],
        [
            ("Commentary", "", "", "B"),
        ],
        [
            (
                "Commentary: A S$5 plate of chicken rice is not a scandal — it may even be a bargain",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Hawkers are being squeezed from three sides, and our anger at every 50-cent rise is aimed at the wrong people, says food writer Lim Sze Min",
                "Lim Sze Min",
                "says",
                "",
            ),
        ],
        [
            ("By Lim Sze Min", "", "", "B"),
        ],
        [
            ("Published February 27, 2027 at 6:00 am SGT", "", "", "B"),
        ],
        [
            ("Bookmark     Share", "", "", "B"),
        ],
        [
            (
                "Last Sunday, my usual chicken rice stall in Bedok raised its price from S$4.50 to S$5.",
                "",
                "",
                "W",
            ),
            ("The queue, I noticed, was just as long the next morning.", "", "", ""),
        ],
        [
            ("Online, though, you would think the stall had committed a crime.", "", "", ""),
            (
                "One post about it drew more than 2,000 comments in a day, most of them furious.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The median price of a plate of chicken rice at Singapore's hawker centres rose from S$3.50 in 2020 to S$4.40 in 2026, according to a survey by the Stallkeepers' Guild, which checks prices at 120 stalls every January.",
                "a survey by the Stallkeepers' Guild",
                "according to",
                "W",
            ),
            ("That is a rise of about 26% in six years.", "", "", "W"),
            (
                "Over the same period, the wholesale price of fresh chicken went up 41% and the rent on a typical stall rose by S$380 a month, the guild found.",
                "the guild",
                "found",
                "W",
            ),
        ],
        [
            ("So who, exactly, is getting rich?", "", "", ""),
            ("Not the hawker.", "", "", ""),
        ],
        [
            ("“I start at 4 a.m.", "Tay Ah Seng", "asked", "W"),
            (
                "You think I'm getting rich?” asked Tay Ah Seng, 58, the stall's owner.",
                "Tay Ah Seng",
                "asked",
                "",
            ),
            (
                "He said he had run the stall for 31 years and his chicken supplier had raised prices four times since 2024.",
                "Tay Ah Seng",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "At the older centres, stalls are still let by open tender, and in 2026 the highest winning bid for a single stall was S$6,210 a month, according to tender results published online.",
                "tender results published online",
                "according to",
                "W",
            ),
        ],
        [
            ("I am not saying every price rise is fair.", "", "", ""),
            (
                "Some stalls have clearly used the noise to round up by a dollar when 30 cents would have done.",
                "",
                "",
                "",
            ),
            (
                "But if we want hawker food to exist in 2040, somebody has to be willing to cook it.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Read more: Hawker centre tender rules to be reviewed this year, says minister",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The median age of a stallholder is 60, according to the guild's survey, and fewer than one in ten stalls has a successor lined up.",
                "the guild's survey",
                "according to",
                "W",
            ),
            ("Will we still be complaining about 50 cents when the last one closes?", "", "", ""),
        ],
        [
            ("Pay the extra 50 cents.", "", "", ""),
            ("And say thank you, too.", "", "", ""),
        ],
        [
            (
                "Lim Sze Min is a food writer and the author of two books on hawker cooking.",
                "",
                "",
                "B",
            ),
            ("The views expressed are her own.", "", "", "B"),
        ],
        [
            ("Source: SG Duskline/kl", "", "", "B"),
        ],
        [
            ("Topics: Hawker centres · Cost of living · Food", "", "", "B"),
        ],
        [
            ("Get our Commentary newsletter every Saturday.", "", "", "B"),
            ("Sign up", "", "", "B"),
        ],
        [
            ("© 2027 Duskline Media Pte. Ltd.", "", "", "B"),
            ("Company Registration No. 201904417K.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Terms & Conditions | Privacy Statement | Contact Us", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n116-eng-etc-you",
        "We use it to measure audiences, show personalised adverts, remember your log-in details etc. You can accept, reject or choose your settings below, and change them at any time from “Cookie settings” at the foot of every page.",
        [
            "We use it to measure audiences, show personalised adverts, remember your log-in details etc.",
            "You can accept, reject or choose your settings below, and change them at any time from “Cookie settings” at the foot of every page.",
        ],
    ),
    (
        "n116-eng-ltd-st-its",
        "None of the routes will be taken over by another operator, according to notices filed with the traffic commissioner by Tarrowmead Coaches Ltd. The firm runs 34 routes across the county from its depot on Wharf St. Its managing director, Colin Aberthwaite, said the nine routes carried 118,400 passengers in 2026, down from 151,000 in 2019.",
        [
            "None of the routes will be taken over by another operator, according to notices filed with the traffic commissioner by Tarrowmead Coaches Ltd.",
            "The firm runs 34 routes across the county from its depot on Wharf St.",
            "Its managing director, Colin Aberthwaite, said the nine routes carried 118,400 passengers in 2026, down from 151,000 in 2019.",
        ],
    ),
    (
        "n116-eng-subscriber-sign",
        "Already a subscriber? Sign in",
        [
            "Already a subscriber?",
            "Sign in",
        ],
    ),
    (
        "n116-eng-stick-ellipsis",
        "“Am I supposed to walk six miles with a stick?” he asked. “I'll manage somehow... but plenty round here won't.”",
        [
            "“Am I supposed to walk six miles with a stick?” he asked.",
            "“I'll manage somehow... but plenty round here won't.”",
        ],
    ),
    (
        "n116-eng-am-unsubscribe",
        "Our free newsletter lands in your inbox at 7 a.m. Unsubscribe at any time.",
        [
            "Our free newsletter lands in your inbox at 7 a.m.",
            "Unsubscribe at any time.",
        ],
    ),
    (
        "n116-ke-he-will-probably",
        "He said Pakistani importers had bought about 41% of the tea sold at the auction in 2026. “Will they come back next month? Probably, but not at last year's prices.”",
        [
            "He said Pakistani importers had bought about 41% of the tea sold at the auction in 2026.",
            "“Will they come back next month?",
            "Probably, but not at last year's prices.”",
        ],
    ),
    (
        "n116-ke-us-inc-company",
        "Pakistan, Egypt and the U.K. were the largest buyers of Kenyan tea last year, followed by the United Arab Emirates and the U.S. Shipments to the U.S. rose 6% by volume, largely on orders from the Ohio-based blender Brackenvale Beverages Inc. The company did not respond to a request for comment.",
        [
            "Pakistan, Egypt and the U.K. were the largest buyers of Kenyan tea last year, followed by the United Arab Emirates and the U.S.",
            "Shipments to the U.S. rose 6% by volume, largely on orders from the Ohio-based blender Brackenvale Beverages Inc.",
            "The company did not respond to a request for comment.",
        ],
    ),
    (
        "n116-gh-hon-bulldozers",
        "The Municipal Chief Executive, Hon. Gifty Adwubea-Sekyerewa, said notices were served on all the kiosk owners on January 11, giving them 14 days to move. “We did not wake up one morning and bring bulldozers,” she said.",
        [
            "The Municipal Chief Executive, Hon. Gifty Adwubea-Sekyerewa, said notices were served on all the kiosk owners on January 11, giving them 14 days to move.",
            "“We did not wake up one morning and bring bulldozers,” she said.",
        ],
    ),
    (
        "n116-gh-ltd-contract",
        "The stretch is being built by Oboadaka Civil Works Ltd. The contract, worth GH₵184 million, was signed in October 2026 and is funded by the central government, according to the assembly.",
        [
            "The stretch is being built by Oboadaka Civil Works Ltd.",
            "The contract, worth GH₵184 million, was signed in October 2026 and is funded by the central government, according to the assembly.",
        ],
    ),
    (
        "n116-au-jr-he",
        "The Bluegums' top scorer was import guard Tyrese Ambervoss Jr. He finished with 31 points, nine rebounds and six assists, and made 11 of his 19 shots from the field.",
        [
            "The Bluegums' top scorer was import guard Tyrese Ambervoss Jr.",
            "He finished with 31 points, nine rebounds and six assists, and made 11 of his 19 shots from the field.",
        ],
    ),
    (
        "n116-au-no7-tj",
        "The winning basket came with 14.6 seconds left, a corner three from Waddell-Ongley, the Bluegums' No. 7, who had missed his first five attempts from long range. At the other end, T.J. Corrandeen-Hay drove the lane for the Redgums and was called for a charge with 4.1 seconds on the clock.",
        [
            "The winning basket came with 14.6 seconds left, a corner three from Waddell-Ongley, the Bluegums' No. 7, who had missed his first five attempts from long range.",
            "At the other end, T.J. Corrandeen-Hay drove the lane for the Redgums and was called for a charge with 4.1 seconds on the clock.",
        ],
    ),
    (
        "n116-au-what-we-lost",
        "“What a way to finish a season!” said Bluegums coach Bronwyn Costivane-Weir. “We lost the 2023 and 2025 grand finals to this lot. I'm not going to pretend this one doesn't feel better.”",
        [
            "“What a way to finish a season!” said Bluegums coach Bronwyn Costivane-Weir.",
            "“We lost the 2023 and 2025 grand finals to this lot.",
            "I'm not going to pretend this one doesn't feel better.”",
        ],
    ),
    (
        "n116-au-honestly",
        "“Honestly? I couldn't feel it after the first quarter,” Ambervoss said.",
        [
            "“Honestly?",
            "I couldn't feel it after the first quarter,” Ambervoss said.",
        ],
    ),
    (
        "n116-nz-decimals-estimate",
        "Nitrate concentrations in the Waiherehere Stream, the lake's main inflow, rose from 0.41 to 0.78 milligrams per litre between 2004 and 2025, the study found. The researchers estimate that about 62% of the nitrogen reaching the lake comes from dairy farming in the catchment (about 14,300 hectares).",
        [
            "Nitrate concentrations in the Waiherehere Stream, the lake's main inflow, rose from 0.41 to 0.78 milligrams per litre between 2004 and 2025, the study found.",
            "The researchers estimate that about 62% of the nitrogen reaching the lake comes from dairy farming in the catchment (about 14,300 hectares).",
        ],
    ),
    (
        "n116-nz-sensors-dogs",
        "“If the numbers we see in March look like last year's... well, we'll be telling people to keep their dogs out of the water again,” she said. Toxins from cyanobacteria have killed at least 11 dogs in the region since 2019, according to the council.",
        [
            "“If the numbers we see in March look like last year's... well, we'll be telling people to keep their dogs out of the water again,” she said.",
            "Toxins from cyanobacteria have killed at least 11 dogs in the region since 2019, according to the council.",
        ],
    ),
    (
        "n116-us-pm-it",
        "The Senate voted 27-13 to pass the bill shortly after 2:30 p.m. It now goes to the House, where a companion bill, H.B. 2231, has been stuck in the education committee since Jan. 19.",
        [
            "The Senate voted 27-13 to pass the bill shortly after 2:30 p.m.",
            "It now goes to the House, where a companion bill, H.B. 2231, has been stuck in the education committee since Jan. 19.",
        ],
    ),
    (
        "n116-us-twentysix",
        "“Twenty-six kids, twenty-six screens and one teacher talking to the wall,” she said. She said 31 states had passed some form of school phone restriction since 2023, more than half the states in the U.S. “Is Kansas really going to be the last one to notice?”",
        [
            "“Twenty-six kids, twenty-six screens and one teacher talking to the wall,” she said.",
            "She said 31 states had passed some form of school phone restriction since 2023, more than half the states in the U.S.",
            "“Is Kansas really going to be the last one to notice?”",
        ],
    ),
    (
        "n116-us-etc-lower",
        "Under S.B. 114, districts would have to adopt a policy by July 1, 2028, requiring phones, smartwatches, earbuds etc. to be stored in lockers or locked pouches during the school day. The bill does not pay for the pouches, which cost about $25 per student, according to a fiscal note from the state budget division.",
        [
            "Under S.B. 114, districts would have to adopt a policy by July 1, 2028, requiring phones, smartwatches, earbuds etc. to be stored in lockers or locked pouches during the school day.",
            "The bill does not pay for the pouches, which cost about $25 per student, according to a fiscal note from the state budget division.",
        ],
    ),
    (
        "n116-us-8am-questions",
        "“Our worry is the 8 a.m. fight at the door,” she said. “Who takes the phone off a 17-year-old who won't hand it over? The principal? The bus driver?”",
        [
            "“Our worry is the 8 a.m. fight at the door,” she said.",
            "“Who takes the phone off a 17-year-old who won't hand it over?",
            "The principal?",
            "The bus driver?”",
        ],
    ),
    (
        "n116-ie-no-we",
        "A: No. We have 38 cubicles and, on a bad night, 90 patients. The building was designed in 2004 for 35,000 attendances a year.",
        [
            "A: No.",
            "We have 38 cubicles and, on a bad night, 90 patients.",
            "The building was designed in 2004 for 35,000 attendances a year.",
        ],
    ),
    (
        "n116-ie-art5",
        "A: Some weeks, yes, and I won't pretend otherwise. Art. 5 of the working time directive gives every doctor at least 24 hours of unbroken rest in each seven-day period. Last month, 11 of our 46 non-consultant hospital doctors went without it at least once.",
        [
            "A: Some weeks, yes, and I won't pretend otherwise.",
            "Art. 5 of the working time directive gives every doctor at least 24 hours of unbroken rest in each seven-day period.",
            "Last month, 11 of our 46 non-consultant hospital doctors went without it at least once.",
        ],
    ),
    (
        "n116-ie-daughter",
        "A: All the time, and they're right to! In January I had a man of 84 on a trolley for 31 hours. His daughter asked me, “Is this what he paid tax for, for 50 years?” I didn't have an answer.",
        [
            "A: All the time, and they're right to!",
            "In January I had a man of 84 on a trolley for 31 hours.",
            "His daughter asked me, “Is this what he paid tax for, for 50 years?”",
            "I didn't have an answer.",
        ],
    ),
    (
        "n116-ca-ont-he",
        "The sentence was handed to Gordon Ashbrindle-Prothick Jr., 52, of Dunvorrick Mills, Ont. He pleaded guilty in November to one count of theft over $5,000 and one count of fraud over $5,000.",
        [
            "The sentence was handed to Gordon Ashbrindle-Prothick Jr., 52, of Dunvorrick Mills, Ont.",
            "He pleaded guilty in November to one count of theft over $5,000 and one count of fraud over $5,000.",
        ],
    ),
    (
        "n116-ca-inc-she",
        "Assistant Crown attorney Deepa Ramcharran-Holt told the court that Ashbrindle-Prothick wrote 214 cheques to himself and to a numbered company he controlled, 2417785 Ontario Inc. She said the money paid for a boat, two family trips to Florida and the mortgage on a cottage near Parry Sound.",
        [
            "Assistant Crown attorney Deepa Ramcharran-Holt told the court that Ashbrindle-Prothick wrote 214 cheques to himself and to a numbered company he controlled, 2417785 Ontario Inc.",
            "She said the money paid for a boat, two family trips to Florida and the mortgage on a cottage near Parry Sound.",
        ],
    ),
    (
        "n116-za-etc-schedule",
        "The ward meetings will also cover water, refuse, property rates etc. The schedule is on the municipality's website.",
        [
            "The ward meetings will also cover water, refuse, property rates etc.",
            "The schedule is on the municipality's website.",
        ],
    ),
    (
        "n116-za-pty-reg",
        "Kransfontein Express is published by Highmoor Media (Pty) Ltd. Reg. No. 2009/018834/07.",
        [
            "Kransfontein Express is published by Highmoor Media (Pty) Ltd.",
            "Reg. No. 2009/018834/07.",
        ],
    ),
    (
        "n116-in-us-domestic",
        "Sales in North America, its largest market, rose 16.8% to $148 million, helped by two new generic launches in the U.S. Domestic formulations revenue rose 7.2% to ₹1,204.5 crore.",
        [
            "Sales in North America, its largest market, rose 16.8% to $148 million, helped by two new generic launches in the U.S.",
            "Domestic formulations revenue rose 7.2% to ₹1,204.5 crore.",
        ],
    ),
    (
        "n116-in-inc-unit",
        "The company also said its board had approved an investment of $40 million in its U.S. subsidiary, Sarovhan Therapeutics Inc. The unit runs the group's injectables plant in North Carolina.",
        [
            "The company also said its board had approved an investment of $40 million in its U.S. subsidiary, Sarovhan Therapeutics Inc.",
            "The unit runs the group's injectables plant in North Carolina.",
        ],
    ),
    (
        "n116-fj-130am",
        "Power was cut to most of Labasa at 1.30 a.m. The power utility said its crews would not start repairs until the wind dropped below 60 km/h.",
        [
            "Power was cut to most of Labasa at 1.30 a.m.",
            "The power utility said its crews would not start repairs until the wind dropped below 60 km/h.",
        ],
    ),
    (
        "n116-sg-am-my",
        "“I start at 4 a.m. You think I'm getting rich?” asked Tay Ah Seng, 58, the stall's owner. He said he had run the stall for 31 years and his chicken supplier had raised prices four times since 2024.",
        [
            "“I start at 4 a.m.",
            "You think I'm getting rich?” asked Tay Ah Seng, 58, the stall's owner.",
            "He said he had run the stall for 31 years and his chicken supplier had raised prices four times since 2024.",
        ],
    ),
]
