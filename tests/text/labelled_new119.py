"""Hundred-and-nineteenth set of new hand-labelled pages for the hint engines (tuning set, round forty-seven):
twelve WHOLE pages of everyday news from twelve countries where FINDING THE ATTRIBUTION and NAMING
THE SPEAKER are hard: pronoun chains across paragraphs with two or three people of the same gender,
speakers named after the quote, quotes running over several paragraphs, long appositions and
relative clauses between a name and its verb, titles and ranks of many house styles (military,
police, clerical, judicial, chiefs, academic, engineering, civic), organisations and unnamed
sources, groups of people, documents and data as sources, judges writing opinions and dissents,
posts on social media, a Q&A interview, statements read out by someone other than their author,
reporters sharing a surname with a speaker, and "declined to comment" / "did not respond" lines.

The pages, head to tail as a reader's paste gives them: a Scottish regional daily (an island's only
car ferry off for 19 days in dry dock), a Nigerian news site (police arrest 14 after a clash over a
market's relocation in Osun State), a Philippine news site's regional page (a bridge in Iloilo closed
for 45 days after cracks are found), a Jamaican weekly's Q&A interview (a farmers' leader in
Manchester parish on praedial larceny), a Zambian daily's provinces page (a senior chief and 312
households in the way of a copper mine), a Pakistani daily's city page (a Peshawar university raises
its semester fee by 38 per cent), a United States local newspaper (the Montana Supreme Court upholds
a city's cap on short-term rentals 5-2, with a dissent and a concurrence), an Australian regional
paper (an airline drops a Queensland town's only route to Brisbane), a Canadian town daily (a
Catholic diocese in Nova Scotia closes a 142-year-old church), an Irish regional weekly's court
report (a judge refuses a Tipperary pub's late-opening orders after a Garda objection), a
Singaporean business site (a listed retail trust sells two malls for S$1.12 billion) and a New
Zealand regional daily's rural page (the army nearly doubles live-firing days at a training area).

What is hard, page after page, is the attribution. Statements read out by someone other than their
author: a ferry operator's statement read at a village hall by its area manager, a police
commissioner's statement read to journalists by the command's spokesperson, a senior chief's
statement read by his retainer, a bishop's letter read at mass by the parish priest; the author
carries "the statement said", "the statement read", "the bishop wrote" and "the chief said", while
the reader carries only what he says for himself ("who told about 70 islanders that ...", "Mr
Kachinkumbi told the Daybreak ...", "Father Aucoinette ... told the Shoreline ..."). Pronoun chains
with people of one gender: two men at a ferry meeting ("He asked Mr Strathgorran ..." is the
chairman's, "He said the yard ..." the manager's, who answers); a council chairman, a market women's
leader, a monarch and a police spokesperson; three women in the Philippines (engineer, barangay
captain, senator); a chief, his retainer and a district commissioner ("But the chief, through Mr
Kachinkumbi, said" and "He said Mr Musondelo had then promised ..." are the chief's); a vice
chancellor and a minister; two women justices and a chief justice; a mayor and her deputy; a bishop
and a priest ("He said the bishop had replied ..." is still the priest's); a sergeant, a solicitor
and a publican, and a judge, a resident and an inspector; two analysts ("Another analyst, ..., was
less sure." carries no speaker, the "She said" after it is hers); a colonel and a councillor.
Speakers named after the quote ("asked Morven Aldcastle, who crofts at ...", "said Kehinde Oyeromi,
54", "said Gerardo Tumabini, a fish dealer ...", "said Esnart Mwelwashi, 47, who is not related to
this reporter", "said Hina Gulbahari, ...", "Stellfield said.", "said Glenys Ardrossick, of ...",
"said Agnes Kilbranniffe, who has sung ...", "said Karen Whitlowby, who farms ..."). Quotes over
several sentences and paragraphs with the cue only in the first. Long appositions and relative
clauses between a name and its verb ("Donald Marrowfoyle, who runs ... and has chaired ... since
2019, said", "The Commissioner of Police, CP ..., in a statement read to journalists ... by the
command's spokesperson, SP ..., said", "The Olu of Ikotunbo, Oba ... II, who met both sides ...,
said", "Vice Chancellor Prof Dr ..., who took charge ... after eight years as dean ..., told",
"Terence Lauwrenz, who has been chief executive ... since it listed in 2014, said", "Lieutenant
Colonel ..., who took command ... after two years at Army headquarters ..., said"). Titles and ranks
dropped from speakers: Cllr, CP, SP, Hon., Chief (Mrs), the Iyaloja of ..., The Olu of ..., Oba
("II" kept), Barr., Engr., P/Col., Brgy. Capt., Sen., Gov., SENIOR Chief (the chiefly name kept),
Mr, District Commissioner, Vice Chancellor Prof Dr, Mian, Prof, Dr, Registrar Engr, Justice, Chief
Justice, City Attorney, Mayor, Cr, Deputy Mayor Cr, Queensland Senator, the Most Rev., Bishop,
Father, Rev., Msgr., Judge, Sergeant, Sgt, Solicitor for the applicant, Mr, retired teacher,
Inspector, Lieutenant Colonel, Lt Col, Regional councillor. Organisations and unnamed sources ("the
company said", "A Scottish Government spokesperson", "A person familiar with the charter talks", "A
DPWH engineer who asked not to be named because ...", "An HEC official, who requested anonymity,"
-> "An HEC official", "People familiar with the deal", "A person familiar with the alliance's
plans"). Groups ("Islanders at the meeting", "Residents", "Police", "Motorists interviewed by the
Tribune on Monday" -> "Motorists interviewed by the Tribune", "Villagers", "Students who gathered
outside the VC's office", "Office-bearers of the Warsakpur Students Federation", "Travellers at the
terminal", "Parishioners leaving mass", "Traders", "Farmers at the meeting", "Analysts",
"Neighbours"). Documents and data ("According to figures from ...", "the figures show", "Figures
from the council's revenue department, seen by the Gazette, show", "According to a 2025 resettlement
agreement seen by the Daybreak", "The agreement, signed by ..., says", "according to a notification
issued by the registrar's office", "The opinion says", "Court records show", "The letter says",
"according to a letter from the bishop read at Sunday's mass", "the filing says", "which the filing
says", "according to its website", "Documents released to the Times under the Official Information
Act show", "The modelling, by ..., estimated", "The law says" in an interviewer's turn). Judges: "...,
writing for the majority, said", "Maddlestrom wrote.", "answered that point in a footnote, saying",
"In a dissent joined by Justice ..., Justice ... wrote" (the dissenter, not the justice who joined),
a concurrence written with no verb of saying (no speaker) and its "He said"; a district judge who
"said" and "She said". Posts ("said in a Facebook post" and "?” she wrote.", "she wrote" for a
mayor's post, "said on X", "said on his Facebook page"). Reporters sharing a surname with a speaker
(a Scottish byline and a community council chairman "who is no relation of this reporter"; a Zambian
byline and a villager "who is not related to this reporter"): the byline is "B", the speaker keeps
her or his own full name. Lines that carry their subject as written with the cue as written, "":
"The company declined to comment on ...", "declined to comment on the monarch's account", "did not
respond to a message", "did not respond to questions", "She declined to comment ...", "declined to
comment, saying", "did not respond to phone and email messages", "The airline declined to comment
further.", "did not respond to a request for comment", "did not respond to an interview request",
"declined to comment when approached", "Corsevane Capital declined to comment.", and "It declined to
give the amounts, citing privacy." (the Defence Force as first given). The pages hold 520 sentences:
223 "B", 177 "W" and 120 ""; 251 sentences carry a speaker (124 distinct speakers). `STYLES`
describes each page, its story, its speakers and its furniture in order.

Written from scratch for issue 13 in round forty-seven, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py`
file, no `hint_scores.py` and no project README was opened; `claimreview` was never imported, and no
test, scorer, engine or `pytest` was run. The search and fetch tools were not used, and nothing was
copied from anywhere. What was read: the brief; in one command at the start, `/tmp/brief` and
`/tmp/sets` were listed (the first held only the brief, the second was empty) and then, in a second
command, the first five lines of the search tool's notes at `/work/.library/search/README.md` were
printed and `/tmp/brief` listed again (that file is outside the project; nothing in it was used);
the module docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with
`ast.get_docstring`); `def build` in `tests/text/labelled_articles.py` (its source segment printed by
an `ast` script of my own, that function only); the `[tool.ruff]` tables of `pyproject.toml` (an
`awk` range from `[tool.ruff` to the next other table); and, from `labelled_new115.py` and
`labelled_new116.py`, the output of a script of my own using `ast` that prints the module docstring,
`STYLES`, the first two pages of `ARTICLES` and the first eight `CASES` of each. It was printed once
(the tool cut its middle, so that the start of the docstring of `labelled_new115.py`, and the end of
the first page, the second page and the cases of `labelled_new116.py` were seen), then saved to a
scratch file, of which `grep -n` showed the section markers and `sed` showed three ranges: the rest
of the docstring and the `STYLES` of `labelled_new115.py` (lines cut at 2,500 characters), its first
page (lines cut at 400 characters), and the docstring and `STYLES` of `labelled_new116.py` (lines cut
at 1,800 characters; the tool cut a dozen lines from the end of its docstring and the start of its
`STYLES`); so the second page and the cases of `labelled_new115.py` and most of the first page of
`labelled_new116.py` were never seen. No other page, case or docstring of any file under `tests/`
was read. What was run: a Python one-liner printing the calendars of March and April 2027 (to check
weekdays and the 19 days from 22 March); scripts of my own in a scratch folder that turn a small line
format (flag, speaker, cue and text separated by a tilde, one line a paragraph unless it starts with
"+") into the literals below, cut the split cases out of the pages and count sentences, flags and
speakers; case-insensitive substring file counts (`grep -rliF -- WORD /work/main/tests/text | wc
-l`) for every capitalised word and every part of a hyphenated word of the pages (657 words, then
the words of the sentences added later), for every replacement and for the monarch's full speaker
string; an import of this file with `labelled_articles.build` on every page and a check of four
string fields, the flags, no "B" with a speaker, a cue for every speaker and a speaker for every
cue, 30 distinct case ids, every case text in a built page and equal to its sentences joined by
single spaces, each expected sentence one labelled sentence of one paragraph, in order, and the
counts above; and `ruff format` and `ruff check` (the project's `.venv`) with the project's
`pyproject.toml` as config, the check through `--stdin-filename tests/text/labelled_new119.py` so
that the per-file ignores for `tests/**` apply. Only counts were read from the word searches, never
the matched lines or file names. Of the first draft's coined words, twenty hit other files and were
renamed: a monarch's surname (Arowosegbe), an outlet (Lagoonside), an outlet and two surnames of the
Philippine page (Baybayon, Dalisayon, Sumagaysay), a Jamaican district and road (Brackwater,
Cedarvane), a spokesperson's surname (Chisangano), a city, a street and a chief justice's surname of
the Montana page (Quenmoor, Tamblin, Thackwray), an Australian locality (Pellory), a Nova Scotia cove
and a chorister's surname (Kelloway, Kilbrannagh), a judge's and a sergeant's surnames (Mulcreevy,
Dunlavin), a business site and a mall (Straitside, Serindah), a training area (Kahuwera), a ferry
operator (Tornsay), and a trust's acronym (KRT), which was dropped; one replacement that hit as well
(a camp name, Rangiwhetū) was replaced again; only replacements with no hit were kept. What still
hits is real countries, regions, cities, towns and rivers (Scotland, Oban, the Clyde, Osun, Osogbo,
Ogun, Iloilo, Capiz, Roxas, Manchester, Mandeville, Solwezi, Lusaka, Peshawar, Charsadda, Montana,
Queensland, Brisbane, Nenagh, Tipperary, Limerick, Auckland, Wellington, Napier, Singapore, Japan
and the like), common given names kept on purpose (Eilidh, Kenneth, Donald, Rhoda, Morven, Adewale,
Babatunde, Folasade, Rasheed, Abosede, Adeyinka, Kehinde, Chukwudi, Cristina, Jerome, Maricel,
Arnel, Leonora, Gerardo, Imelda, Ramon, Hyacinth, Rohan, Chanda, Mutale, Bernard, Lombe, Gift,
Tariq, Nighat, Hina, Corinne, Ruth, Paul, Leonard, Marcus, Bryce, Margo, Dale, Janelle, Keelan,
Tahlia, Bronagh, Troy, Glenys, Damian, Gerard, Shauna, Maureen, Agnes, Hugh, Siobhán, Áine, Cathal,
Tadhg, Nóirín, Gráinne, Rachelle, Terence, Sharmila, Jocelyn, Hemi, Tamati, Barry, Karen, Ngaire),
titles and tokens (Iyaloja, Olu, Oba, CP, SP, Barr, Engr, Brgy, Capt, Msgr, Sgt, Lt, Col, Cr, Hon,
Mian, MV, CID, CCTV, DPWH, HEC, PHC, NZDF, ABN, DAC, STI, SGD, MT, Pte, Pty, Pvt, Plc) and common and
outlet words (Courant, Gazette, Tribune, Echo, Daybreak, Register, Star, Shoreline, Examiner, Times,
Thatched, Gable, Wharf, Marine, Retail, Capital, Securities, Research and the like).

Every person, outlet, firm, airline, trust, fund, council, union, association, diocese, parish,
church, pub, school, university, village, town, street, camp, training area, island, ferry, bridge
and figure is invented. Real countries, regions, cities and institutions appear only as settings:
those listed above, the Scottish Government (a spokesperson), the Osun State Police Command and the
State CID (an invented arrest), a State High Court (a suit), the Department of Public Works and
Highways, the Philippine Senate and the Iloilo provincial government (invented statements), a
Ministry of Agriculture (a plan), the Chamber of Mines, the Ministry of Lands and the Minister of
Mines (figures, a visit, letters), the Higher Education Commission and the Peshawar Press Club, the
Montana Supreme Court and the U.S. Supreme Court (an invented case), the Roman Catholic Church (as a
denomination), Nenagh District Court, the Garda Síochána's ranks and the Courts Service (figures),
the Monetary Authority of Singapore (a gearing cap), the Urban Redevelopment Authority (rents), the
New Zealand Army and Defence Force and the Official Information Act (an invented release), and
Facebook, X, Twitter, WhatsApp, Telegram, Viber and LinkedIn (as channels).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, strip, menu, section path, byline, role, date, share line, caption,
credit, link, list item, paywall line, button row, note and legal line is a paragraph of its own);
each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the
recent sets: furniture "B" line by line, whatever it says; a caption by its content and its credit
"B"; headlines and standfirsts never split and flagged by content, a headline's or standfirst's
"says", "say" or "told" carrying the speaker the story names, as it first gives the name; a dateline
belongs to its lead sentence; a pronoun, a later surname or a title with a surname resolves to the
full name as first given, without titles; a generic noun for an organisation or a document is kept
as written ("the company", "The company", "the statement", "The airline", "The diocese", "The
letter", "The opinion", "the filing", "the figures"), while a later short name or "It" resolves to
the organisation as first given ("Coralwing said" -> "Coralwing Airlines"); "according to X" gives X
as written; a quote over several sentences or paragraphs carries its speaker and cue in each; a
named person acting without a verb of saying carries no speaker.

Conventions this set had to settle, in the same spirit:

* A statement, letter or post read out by someone else is carried by its author with the cue as
  written ("..., in a statement read to journalists ... by the command's spokesperson, ..., said";
  "In a statement read at a meeting ... by his retainer, ..., the chief said"; "the statement
  read"; "the bishop wrote"); the reading itself is an event with no speaker ("The letter, signed
  by ..., was read to about 150 people by the parish priest, ..."), and the reader carries only
  what he says in his own name, in the same sentence or later ("..., by its area manager, ..., who
  told about 70 islanders that ..." -> the manager, cue "told").
* "X, through Y, said" is X's. "X, asked about ..., said" is X's. "He asked Y ..." is the asker's
  (cue "asked", ""), and the next "He said ..." the one who answers.
* A byline that shares a surname with a speaker stays "B"; "who is no relation of this reporter"
  and "who is not related to this reporter" do not change the speaker.
* Judges: "..., writing for the majority, said" has the cue "said"; "X wrote" and "She wrote"
  carry the justice; "In a dissent joined by Justice A, Justice B wrote" carries B; "answered that
  point in a footnote, saying" has the cue "saying"; "wrote a separate concurrence" alone carries no
  speaker; "The opinion says" carries "The opinion".
* Q&A with an outlet's prefix ("ECHO:") for the interviewer: as in `labelled_new2.py`, the answers
  carry the interviewee with the prefix as written as cue ("HYACINTH BRADDENSHAW:", later
  "BRADDENSHAW:"), every sentence of the answer, including a reported exchange in quotes ("I told
  him, “...?”" / "He said, “...”"); the interviewer's sentences carry no speaker unless they cite a
  source ("Police figures" with "show", "The Manchester police" with "say", "The law" with "says",
  "The Ministry of Agriculture" with "has said").
* Court: "put it to the sergeant that" has the cue "put it to the sergeant"; "agreed, but said" has
  "said"; "Two residents ... gave evidence ..." is an event with no speaker, and "One of them,
  retired teacher X, said" is X's.
* A caption's "where the city says" carries "the city"; "which the filing says will be held by
  June" carries "the filing"; "the trust's manager said in a filing" keeps "the trust's manager" as
  written with the cue "said in a filing".
* "X announced ... hours before ..., according to a person familiar with ..." carries the unnamed
  source, who is the source of the sentence's checkable claim.
* Chiefs: "SENIOR Chief Kalubemwa" -> "Kalubemwa" (the chiefly name is the name); "Oba Adeyinka
  Arowoleyinde II" -> "Adeyinka Arowoleyinde II"; "Chief (Mrs)" before a name is a title.
* "She estimated" and "The modelling ... estimated" are cues; "It declined to give the amounts,
  citing privacy." carries the organisation with the cue "declined to give the amounts".

Check-worthiness as in the recent sets: statements of record by officials, judges, documents and
data, figures, dates and first-person records ("I reported ...", "I have been selling pepper here
since 1998", "We raised $212,000 in two years for that roof", "I lost 63 lambs in one week that
spring") are "W"; opinions, feelings, rhetorical questions, refusals to comment, plans, promises,
forecasts and estimates with or without figures (a relief sailing, a charge date kept with a fact
of record as "W", a detour for heavy trucks, a Senate inquiry, a protest, a heritage listing, a
shuttle bus, a special distribution, a second public meeting) are "".

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of two or
three consecutive sentences of one paragraph of these pages joined by single spaces: "Ltd." before
"Registered in Scotland No. SC418273.", "Corp." and "(Pvt.) Ltd." before "All ... reserved.", "Pte.
Ltd." before "Co. Regn. No. 201718493K." before "All rights reserved.", "Got a story?" before an
email line, "Hon.", "Chief (Mrs)", "Barr.", "Engr.", "Sen." and "Mr" mid-sentence, "6 a.m. on
Tuesday" mid-sentence and "10 a.m." ending a sentence before "Police said", "7 a.m. in Roxas" and "3
a.m.,” said" inside one sentence, "?” asked ..." and "?” she wrote." as one sentence, a quote
continued after its attribution, interview answers with a question, an ellipsis before lower case
and a reported exchange in quotes, "the U.S. Supreme Court" mid-sentence, "6 a.m. every weekday", a
paywall in three sentences, a bio with a phone number, "Lt Col" and "Sgt" with no full stop: what a
reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Scottish REGIONAL DAILY\'s site (Argyll), an island\'s only car ferry off for 19 days in dry dock: masthead in capitals, a subscribe/sign-in strip, menu with wide spaces, section path with ›; headline "..., operator says" carrying the operator as the lead names it "W"; a standfirst "Islanders say ..." "W"; byline and role on two lines, a Published/Updated line, share strip; caption "" and archive credit; "has confirmed" and "the company said" kept as written "W"; the operator\'s statement read out at a meeting by its area manager ("who told about 70 islanders" carried by the manager "W") and "the statement said" carried by the operator, not by the reader ("" then "W"); the community council chairman, who shares a surname with the reporter ("who is no relation of this reporter"), named after a long relative clause ("W"), then "he said" and a quote continued without attribution ""; "He asked Mr Strathgorran ..." (the chairman, "") and "He said the yard ..." (the manager who answers, "W"): two men alternating by surname and "he"; "According to figures from ..." and "the figures show" "W"; ADVERTISEMENT and Read more; a councillor with "Cllr" dropped ("W", "She said" "W"); "A Scottish Government spokesperson" ""; "A person familiar with the charter talks" "W"; "Islanders at the meeting said" "W" and a crofter named after "?” asked ..." ""; a plan "" and "The company declined to comment ..." ""; an earlier outage with no speaker "W" (More from list, a news-tip line in two sentences, a moderation note, copyright split at "Ltd." before "Registered in Scotland No. SC418273.", footer links with middle dots)',
    'Nigerian NEWS SITE (Osun State), police arrest 14 after a clash over a market\'s relocation: masthead in capitals, menu with wide spaces, breadcrumb with a slash; headline with no speaker "W"; byline with place, date line, read time, share line with pipes; caption "" and photo credit; "OSOGBO —" lead with "The Osun State Police Command says" "W"; the commissioner\'s statement read to journalists by the command\'s spokesperson, carried by the commissioner with "CP" dropped (a long interruption between name and verb, "W"; "the statement said" "" and "W"); "According to the statement" kept as written "W"; the local government council "..., saying" "W"; its chairman with "Hon." dropped ("told the Gazette" "W", "he said" with a figure "W", a continued quote ""); the market women\'s leader with "the Iyaloja of ..., Chief (Mrs)" dropped ("W", "6 a.m. on Tuesday" mid-sentence "W"); the monarch with "The Olu of ..., Oba" dropped and "II" kept, named before a relative clause ("W"), "He said the chairman had agreed." carried by the monarch "W"; the chairman by surname alone "declined to comment" "" and "He said only ..." ""; three men alternating; ADVERTISEMENT; "Residents told the Gazette" with "10 a.m." ending a sentence before "Police said ..." "W"; a pepper seller named after her quote "W" and its continuation ""; ALSO READ link; "Figures from the council\'s revenue department, seen by the Gazette, show" with the participle clause dropped "W"; the spokesperson speaking for herself with "SP" dropped "W"; the traders\' lawyer with "Barr." dropped "W"; a suit with no speaker "W" (tags, Related News list, reply form in three sentences, copyright split at "Limited.", footer links)',
    'Philippine NEWS SITE\'s regional page (Iloilo), a bridge closed for 45 days after cracks are found: masthead in capitals, menu with pipes, section path with >; headline "..., DPWH says" carrying the department as the lead names it "W"; byline with "Ma." as a given name, date line, share line; caption "" and a bracketed photo credit; "ILOILO CITY —" lead "W"; the district engineer with "Engr." dropped ("W", "She said" "W", "told reporters" after a quote with a figure "W" and its continuation ""); "According to figures from the DPWH regional office" "W"; the provincial police director with "P/Col." dropped "W"; a barangay captain with "Brgy. Capt." dropped "W" and "she said" ""; three women (engineer, captain, senator) alternating by surname and "she"; ADVERTISEMENT; "Motorists interviewed by the Tribune on Monday said" with the time adverb dropped "W" and a fish dealer named after a quote with "7 a.m. in Roxas" and "3 a.m.,” said" "W"; a senator with "Sen." dropped "said in a Facebook post" "" and "?” she wrote." ""; READ link; "A DPWH engineer who asked not to be named because ..." kept with its restrictive clause "W"; "did not respond to a message" ""; the police director again by surname (turned-back trucks "W", a warning ""); "In a statement, the Iloilo provincial government said" "W" and "The statement, signed by Gov. ..., did not say ..." with no speaker ""; the bridge\'s place with no speaker "W" (Related Stories list, a follow line, copyright split at "Corp." before "All Rights Reserved.", footer links)',
    'Jamaican weekly\'s INTERVIEW IN Q&A (Manchester parish), a farmers\' leader on praedial larceny: masthead in capitals, menu with pipes, section path with ›; headline "Farmers\' leader says ..." carrying the interviewee ""; a standfirst naming her with no speaker ""; interviewer byline, date line, share strip; caption "" and photo credit; a two-sentence introduction "W"; an "edited for length and clarity" note "B"; the interviewer\'s turns with the prefix "ECHO:" carry no speaker and are "" unless they cite a source ("ECHO: Police figures show ..." "W", "The Manchester police say ..." "W", "The law says ..." "W", "The Ministry of Agriculture has said it will ..." ""); the answers carry the interviewee with the prefix as written as cue ("HYACINTH BRADDENSHAW:" for the first, "BRADDENSHAW:" after): losses, reports and roadblocks of record "W", opinions, a one-word answer, a question "Forty for the whole island?", an ellipsis before lower case and a reported exchange in quotes ("I told him, “...?”" / "He said, “...”" both hers) ""; Read more link; "The Manchester police division did not respond to questions ..." "" (a correspondent bio and email line, More in list, publisher line with "Co. Ltd.," mid-sentence, copyright split at "Co. Ltd." before "All rights reserved.", footer links)',
    'Zambian DAILY\'s provinces page (North-Western Province), a senior chief says 312 households will not make way for a copper mine until compensation is paid: masthead in capitals, menu with pipes, section path with »; headline "Chief says ..." carrying the chief ""; byline, place and date on three lines, share line; caption stating a location "W" and picture credit; "SENIOR Chief Kalubemwa says" (the chiefly name kept, "Senior Chief" dropped) "W"; a statement read at a meeting by his retainer carried by the chief ("the chief said" "W", "the statement read" over two paragraphs, figures "W", a vow ""); the retainer speaking for himself ("told the Daybreak" "W", "He said" "W"); the district commissioner with "District Commissioner" dropped (a plan "", "He said" ""), "But the chief, through Mr Kachinkumbi, said" carried by the chief and "He said Mr Musondelo had then promised ..." carried by the chief "W"; the commissioner answering ("W", a quote ""): four men alternating by title, surname and "he"; Advertisement; "According to a 2025 resettlement agreement seen by the Daybreak" kept with its participle "W" and "The agreement, signed by ..., says" "W"; the company spokesperson named with a long appositive before her name ("W", "She declined to comment ..." ""); "Villagers told the Daybreak" "W" and a villager who shares the reporter\'s surname, named after her quote ("who is not related to this reporter", "W"), a question ""; READ ALSO link; "Figures from the Chamber of Mines show" "W"; the MP with "Hon." dropped "said on his Facebook page" ""; a deadline with no speaker "W" (tags, You may also like list, a comments note, copyright split at "Limited.", footer links)',
    'Pakistani DAILY\'s city page (Peshawar), a university raises its semester fee by 38 per cent: masthead in capitals, an e-paper/login strip, menu with wide spaces, section path with a slash; headline "W"; a standfirst "VC says ...; students plan ..." carrying the vice chancellor ""; "Our Correspondent", date line, share line; a "PESHAWAR:" lead ending "according to a notification issued by the registrar\'s office" "W"; the vice chancellor with "Vice Chancellor Prof Dr" dropped, named before a long relative clause ("told Khyberside" "W", "He said" "W", a two-sentence quote ""); the provincial minister with "Mian" dropped ("W", "He said" "W"); "Prof Kamranzai disputed that, saying" "W" and "He showed reporters a copy of the letter." with no speaker; the minister again, "asked about the letter by reporters ..." ("", a quote ""): two men alternating by title, surname and "he"; the staff association president with "Dr" dropped ("", a December proposal "W"); Advertisement; "According to HEC data" "W" and "An HEC official, who requested anonymity, said" with the clause dropped "W"; "Students who gathered outside the VC\'s office on Saturday said" with the time adverb dropped ""; a student named after her quote "W" and a question ""; "Office-bearers of the Warsakpur Students Federation said" a protest at "11 a.m. on Monday" ""; Also Read link; the registrar with "Registrar Engr" dropped "declined to comment, saying" ""; a start date with no speaker "W" (a Published in line, tags, a comment count and a moderation note, copyright split at "(Pvt.) Ltd." before "All rights reserved.", footer links)',
    'United States LOCAL NEWSPAPER\'s site (Montana), the state supreme court upholds a city\'s cap on short-term rentals 5-2: masthead in capitals, subscribe/log-in strip, menu with pipes, section label; headline "W"; byline and role, a Published/Updated line with "p.m. MT", share line; a caption with "where the city says" carrying "the city" "W" and file-photo credit; the ruling with no speaker "W"; the majority author with "Justice" dropped ("writing for the majority, said" "W", "Maddlestrom wrote." "" and its continuation "W", a footnote "..., saying" "" and "She wrote" ""); the ordinance and the challenge with no speaker "W"; "The opinion says" "W"; "In a dissent joined by Justice ..., Justice ... wrote" carrying the dissenter, not the one who joined ("", "She wrote" a drawing and its numbers "W"); two women justices alternating by surname and "she"; the chief justice writing a concurrence with no speaker "W" and "He said" "W"; Advertisement; the city attorney with "City Attorney" dropped ("said in a statement" "", "He said" a count "W"); "According to figures from the city\'s planning department" "W"; the alliance\'s lawyer "did not respond to phone and email messages" ""; "A person familiar with the alliance\'s plans" with "the U.S. Supreme Court" mid-sentence ""; an owner ("W", "Stellfield said." "" and a continuation ""); "Court records show" "W" (RELATED list, a reporter bio in two sentences with a phone number, a subscription appeal in two sentences with ¢, copyright split before "All rights reserved.", footer links)',
    'Australian REGIONAL PAPER\'s site (Queensland), an airline drops a town\'s only route to Brisbane: masthead, a weather and fire-danger strip, menu with wide spaces, section path with ›; headline "..., mayor says" carrying the mayor as the lead names her "W"; byline, an Updated/first published line, share line; caption "" and picture credit; a lead with "Mayor Janelle Pattercombe says" at the end "W"; "Cr Pattercombe announced ..., according to a person familiar with the airline\'s plans" carried by the unnamed source "W"; her Facebook post ("she wrote" "W", its continuation ""); "In a statement, Coralwing said" carried by the airline as first given "W" and "the statement said" "W"; "The airline declined to comment further." ""; "According to figures from the federal transport statistics bureau" and "the figures show" "W"; a paywall in three sentences and a button row "B"; the deputy mayor with "Deputy Mayor Cr" dropped ("W", "She said" "W"); the mayor again by title and surname ("W", "She said" "W"): two women alternating; "Gullfoil Air did not respond to a request for comment." ""; the airport manager (a forecast "", "he said" a head tax "W"); "Travellers at the terminal on Wednesday told the Star" with the time adverb dropped ""; a traveller named after her quote "W" and a rhetorical question ""; Read more link; a senator with "Queensland Senator" dropped "said on X" ""; an earlier cut with no speaker "W" (a journalist bio, More from list, an acknowledgement of Country, copyright split at "Pty Ltd." before an ABN line, footer links)',
    'Canadian TOWN DAILY\'s site (Nova Scotia), a Catholic diocese closes a 142-year-old church: masthead in capitals, sign-in strip, menu, section label; headline "W"; byline, a Published/Last updated/read-time line, share line; caption with "N.S., on" mid-sentence "" and a credit in capitals; "PORT HAZELMOUNT, N.S. —" lead ending "according to a letter from the bishop read at Sunday\'s mass" "W"; the letter signed by "the Most Rev. ..., Bishop of ..." and read by the parish priest with "Rev." mid-sentence, no speaker "W"; the bishop\'s letter quoted over two paragraphs with "the bishop wrote" only in the first, carried by the bishop, not the priest who read it ("", figures "W", ""); "The letter says" "W"; the priest with "Father" dropped ("told the Shoreline" "W", two "He said" "W", the second reporting the bishop\'s reply, still the priest\'s); "Bishop Forthergill did not respond to an interview request" "" and the diocese\'s communications director "said in an email" ""; two clerics alternating by title, surname and "he"; ADVERTISEMENT and Story continues below; "According to the diocese\'s 2026 financial statements" "W"; the heritage society president named first ("W", a plan ""); "Parishioners leaving mass on Sunday said" "W" and a chorister named after her quote "W" and a question ""; the vicar general with "Msgr." dropped ""; a distance "W" and "The diocese says" a shuttle plan "" (RELATED list, a briefing line with "6 a.m. every weekday", a conversation box in three sentences, copyright split at "Inc.", footer links)',
    'Irish REGIONAL WEEKLY\'s COURT REPORT (Tipperary), a judge refuses a pub\'s late-opening orders after a Garda objection: masthead in capitals, menu with pipes, section label; headline "W"; byline, date line with "PM", share line; the result with no speaker "W"; the judge with "Judge" dropped ("said" "", later "Judge Mulcreevagh said" "" and "She said" "W"); the sergeant with "Sergeant" dropped ("told the court" "W", "He said" "W", then "Sgt Dunlorcan agreed, but said" "W"); the applicant\'s solicitor named after "Solicitor for the applicant, Mr" ("put it to the sergeant" "W", "said his client, ..., had spent" "W", "He said" "W"); the publican ("told the court" "W", "He said" ""): three men alternating by title, surname and "he"; ADVERTISEMENT; two residents with no speaker "W" and "One of them, retired teacher ..., said" "W" with "she said" ""; the inspector with "Inspector" dropped, named before a relative clause ("said outside court" "W", "She said" "W"): three women; Read More link; "According to figures from the Courts Service" "W"; "declined to comment when approached" "" (Most Read list, a legal note and a comments line, copyright split at "DAC." before "All rights reserved.", footer links)',
    'Singaporean BUSINESS SITE, a listed retail trust sells two suburban malls for S$1.12 billion: masthead in capitals, a market strip with decimals, menu with pipes, section path with ›; headline "W"; standfirst "Analysts say ..." ""; byline, a Published line with "PM", share line; lead "..., the trust\'s manager said in a filing" kept as written "W"; "the filing says" "W" and a valuation with "as at Dec 31, 2026." and no speaker "W"; the chief executive named before a long relative clause ("said on a call with analysts" a plan "", "He said" occupancy "W", a quote "" with a continuation of record "W"); a regulatory cap with no speaker "W"; "People familiar with the deal said" "W" and "Corsevane Capital declined to comment." ""; "according to its website" kept as written "W"; Advertisement; an analyst "wrote in a note to clients" "" and "She estimated" ""; "Another analyst, ..., was less sure." with no speaker "" and "She said" carried by that second analyst "W": two women; a unit price with no speaker "W" and "Traders said" "W"; "According to figures from the Urban Redevelopment Authority" "W"; "which the filing says" mid-sentence carried by the filing "W" (Read more list, newsletter line in two sentences with "7.30am", copyright split at "Pte. Ltd." and "Co. Regn. No. 201718493K." before "All rights reserved.", footer links)',
    'New Zealand REGIONAL DAILY\'s rural page, the army nearly doubles live-firing days at a training area: masthead in capitals, a weather and tide strip, menu with wide spaces, section path with ›; headline "..., residents told" carrying the camp commander the story names "W"; standfirst "Neighbours say ..." ""; byline and role, a time-and-date line, share line; caption "" and NZDF credit; a lead naming the commander by role ("told residents" "W") and the next paragraph by name with "Lieutenant Colonel" dropped and a long relative clause ("W", "He said" a plan ""); the regional councillor with "Regional councillor" dropped, named before a relative clause ("W", "He said" "W"); "Lt Col Rewanuiwa said that was not correct." "" and "He said" letters and replies "W"; "Mr Stoddingham said" "" and his quote "W" with a continuation "": two men alternating by rank, surname and "he"; Advertisement; "Documents released to the Times under the Official Information Act show" kept with its restrictive qualifiers "W" and "The modelling, by ..., estimated" "W"; "Farmers at the meeting said" "W" and a farmer named after her quote "W" and a question ""; "In a statement, the New Zealand Defence Force said" "W" and "It declined to give the amounts, citing privacy." carried by the Defence Force ""; the iwi trust chair named after a long appositive ("W", "She said" ""); "A person familiar with the army\'s planning" ""; "According to figures from the NZDF" "W"; Related link; a meeting date "" (More in list, newsletter line in two sentences, copyright line, footer links)',
]

ARTICLES = [
    [
        [("THE ARDVULIN COURANT", "", "", "B")],
        [("Subscribe | Sign in", "", "", "B")],
        [
            (
                "News   Sport   Islands   Business   Community   Obituaries   Puzzles",
                "",
                "",
                "B",
            )
        ],
        [("Home › News › Islands", "", "", "B")],
        [
            (
                "Inchcorrach ferry to be off for 19 days while only vessel is in dry dock, operator says",
                "Tornasgeir Marine",
                "says",
                "W",
            )
        ],
        [
            (
                "Islanders say they learned of the suspension from a notice pinned to a waiting-room door",
                "Islanders",
                "say",
                "W",
            )
        ],
        [("By Eilidh Marrowfoyle", "", "", "B")],
        [("Islands reporter", "", "", "B")],
        [("Published 14:06, 9 March 2027 | Updated 17:40, 9 March 2027", "", "", "B")],
        [("Share this article   Facebook   X   Email   Copy link", "", "", "B")],
        [("The MV Glenvarrich at the slipway in Inchcorrach last summer.", "", "", "")],
        [("Photo: Courant archive", "", "", "B")],
        [
            (
                "The only ferry serving Inchcorrach will be taken out of service for 19 days from 22 March for its annual overhaul, Tornasgeir Marine has confirmed, leaving the island's 212 residents without a car ferry until 10 April.",
                "Tornasgeir Marine",
                "has confirmed",
                "W",
            ),
            (
                "A passenger-only boat will run twice a day in its place, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "The company's statement was read out at a meeting in Inchcorrach village hall on Monday night by its area manager, Kenneth Strathgorran, who told about 70 islanders that the dry-dock slot had been booked in November.",
                "Kenneth Strathgorran",
                "told",
                "W",
            )
        ],
        [
            (
                "“We recognise the timing is poor, coming as it does just before the spring lamb sales,” the statement said.",
                "Tornasgeir Marine",
                "the statement said",
                "",
            ),
            (
                "“The Glenvarrich is 31 years old and her overhaul cannot be deferred again without putting her passenger certificate at risk.”",
                "Tornasgeir Marine",
                "the statement said",
                "W",
            ),
        ],
        [
            (
                "Mr Strathgorran said the overhaul had already been put back once, from October, because no relief vessel could be found.",
                "Kenneth Strathgorran",
                "said",
                "W",
            ),
            (
                "He said the company had asked two other operators for a boat and both had refused.",
                "Kenneth Strathgorran",
                "said",
                "W",
            ),
        ],
        [
            (
                "Donald Marrowfoyle, who runs a salmon smolt unit at the north end of the island and has chaired the Inchcorrach Community Council since 2019, said islanders had learned of the suspension from a notice pinned to the waiting-room door at the slip.",
                "Donald Marrowfoyle",
                "said",
                "W",
            )
        ],
        [
            (
                "Mr Marrowfoyle, who is no relation of this reporter, said the notice went up on 3 March.",
                "Donald Marrowfoyle",
                "said",
                "W",
            ),
            (
                "“Nobody phoned the community council, nobody emailed,” he said.",
                "Donald Marrowfoyle",
                "said",
                "",
            ),
            (
                "“We found out the way you'd find out the chip shop was shut.”",
                "Donald Marrowfoyle",
                "said",
                "",
            ),
        ],
        [
            (
                "He asked Mr Strathgorran at the meeting why the work could not be done in the quiet weeks of January.",
                "Donald Marrowfoyle",
                "asked",
                "",
            ),
            (
                "He said the yard on the Clyde had no slot before March.",
                "Kenneth Strathgorran",
                "said",
                "W",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "According to figures from Tornasgeir Marine, the Glenvarrich carried 18,406 passengers and 6,931 vehicles on the Inchcorrach route in 2026.",
                "figures from Tornasgeir Marine",
                "according to",
                "W",
            ),
            (
                "Livestock lorries made up about one crossing in nine, the figures show.",
                "the figures",
                "show",
                "W",
            ),
        ],
        [
            (
                "Read more: Harbour dues at Ardvulin pier to rise by 6% from April",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "The council's islands spokeswoman, Cllr Rhoda Quennachan, said the council had written to the Scottish Government on 5 March asking for money to charter a relief vessel.",
                "Rhoda Quennachan",
                "said",
                "W",
            ),
            ("She said she had not yet had a reply.", "Rhoda Quennachan", "said", "W"),
        ],
        [
            (
                "A Scottish Government spokesperson said ministers were “aware of the concerns” and that officials were in contact with the operator.",
                "A Scottish Government spokesperson",
                "said",
                "",
            )
        ],
        [
            (
                "A person familiar with the charter talks said the only suitable vessel on offer, a landing craft based in Oban, would cost about £9,500 a day.",
                "A person familiar with the charter talks",
                "said",
                "W",
            )
        ],
        [
            (
                "Islanders at the meeting said the passenger boat could not take feed, fuel or livestock.",
                "Islanders at the meeting",
                "said",
                "W",
            ),
            (
                "“What am I meant to do with 40 ewes, swim them over?” asked Morven Aldcastle, who crofts at Baileveg.",
                "Morven Aldcastle",
                "asked",
                "",
            ),
        ],
        [
            (
                "Tornasgeir Marine said it would run an extra freight sailing on 21 March, the day before the ferry leaves for the yard.",
                "Tornasgeir Marine",
                "said",
                "",
            ),
            (
                "The company declined to comment on the cost of the overhaul.",
                "The company",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "The Glenvarrich was last out of service for 26 days in 2024, when a gearbox failed.",
                "",
                "",
                "W",
            )
        ],
        [("More from Islands", "", "", "B")],
        [("Bid to reopen Baileveg school as roll climbs to nine", "", "", "B")],
        [("Community buyout of Inchcorrach estate passes first stage", "", "", "B")],
        [
            ("Got a story?", "", "", "B"),
            (
                "Email newsdesk@ardvulincourant.co.uk or call 01631 559 204.",
                "",
                "",
                "B",
            ),
        ],
        [("Comments are moderated and may take some time to appear.", "", "", "B")],
        [
            ("© 2027 Ardvulin Courant Ltd.", "", "", "B"),
            ("Registered in Scotland No. SC418273.", "", "", "B"),
        ],
        [("Privacy · Cookies · Terms · Accessibility", "", "", "B")],
    ],
    [
        [("THE LAGOONWATCH GAZETTE", "", "", "B")],
        [
            (
                "Home   News   Politics   Metro   Business   Sports   Entertainment   Opinion",
                "",
                "",
                "B",
            )
        ],
        [("News / South West", "", "", "B")],
        [
            (
                "Police arrest 14 after clash over relocation of Ikotunbo market",
                "",
                "",
                "W",
            )
        ],
        [("By Adewale Fasoranmi, Osogbo", "", "", "B")],
        [("March 11, 2027", "", "", "B")],
        [("3 min read", "", "", "B")],
        [("Share: Facebook | Twitter | WhatsApp | Telegram", "", "", "B")],
        [("Traders at the old Ikotunbo market on Tuesday.", "", "", "")],
        [("Photo: Lagoonwatch Gazette", "", "", "B")],
        [
            (
                "OSOGBO — The Osun State Police Command says it has arrested 14 people after a clash on Tuesday between traders and local government officials over the relocation of the Ikotunbo market, in which two people were injured.",
                "The Osun State Police Command",
                "says",
                "W",
            )
        ],
        [
            (
                "The Commissioner of Police, CP Babatunde Olajuwonlo, in a statement read to journalists on Wednesday by the command's spokesperson, SP Folasade Adekoyejo, said those arrested were being held at the State CID in Osogbo and would be charged to court on Friday.",
                "Babatunde Olajuwonlo",
                "said",
                "W",
            )
        ],
        [
            (
                "“The command will not fold its arms while anybody takes the law into his own hands,” the statement said.",
                "Babatunde Olajuwonlo",
                "the statement said",
                "",
            ),
            (
                "“Two of our officers were also attacked with stones, and one of them is receiving treatment at the state hospital.”",
                "Babatunde Olajuwonlo",
                "the statement said",
                "W",
            ),
        ],
        [
            (
                "According to the statement, a machete and four bottles of petrol were recovered at the scene.",
                "the statement",
                "according to",
                "W",
            )
        ],
        [
            (
                "The Ikotunbo Local Government Council moved the market's 600 traders to a new site on the Ibokun road in February, saying the old market had blocked the town's main drainage channel.",
                "The Ikotunbo Local Government Council",
                "saying",
                "W",
            )
        ],
        [
            (
                "The council chairman, Hon. Rasheed Adegbamiro, told the Gazette that the council had given the traders eight months' notice.",
                "Rasheed Adegbamiro",
                "told the Gazette",
                "W",
            ),
            (
                "“We built 420 lock-up shops at the new site with our own money,” he said.",
                "Rasheed Adegbamiro",
                "said",
                "W",
            ),
            ("“Nobody is being sent into the bush.”", "Rasheed Adegbamiro", "said", ""),
        ],
        [
            (
                "But the Iyaloja of Ikotunbo, Chief (Mrs) Abosede Olamilekanwa, said only 260 of the shops had roofs and that the site had no water.",
                "Abosede Olamilekanwa",
                "said",
                "W",
            ),
            (
                "She said council officials had arrived with a bulldozer at 6 a.m. on Tuesday.",
                "Abosede Olamilekanwa",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Olu of Ikotunbo, Oba Adeyinka Arowoleyinde II, who met both sides at his palace on Wednesday afternoon, said he had asked the council to suspend the relocation for 30 days.",
                "Adeyinka Arowoleyinde II",
                "said",
                "W",
            )
        ],
        [("He said the chairman had agreed.", "Adeyinka Arowoleyinde II", "said", "W")],
        [
            (
                "Adegbamiro, reached by telephone on Wednesday evening, declined to comment on the monarch's account.",
                "Rasheed Adegbamiro",
                "declined to comment",
                "",
            ),
            (
                "He said only that the council would “continue to engage” the traders.",
                "Rasheed Adegbamiro",
                "said",
                "",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Residents told the Gazette that gunshots were heard near the market at about 10 a.m.",
                "Residents",
                "told the Gazette",
                "W",
            ),
            ("Police said no shots were fired by officers.", "Police", "said", "W"),
        ],
        [
            (
                "“I have been selling pepper here since 1998 and my mother sold here before me,” said Kehinde Oyeromi, 54.",
                "Kehinde Oyeromi",
                "said",
                "W",
            ),
            (
                "“Where they are taking us, there is no road, no light, nothing.”",
                "Kehinde Oyeromi",
                "said",
                "",
            ),
        ],
        [("ALSO READ: Osun Assembly passes bill on market levies", "", "", "B")],
        [
            (
                "Figures from the council's revenue department, seen by the Gazette, show that the old market paid ₦38.6m in levies in 2026.",
                "Figures from the council's revenue department",
                "show",
                "W",
            )
        ],
        [
            (
                "SP Adekoyejo said the injured were a trader and a council revenue officer, both of whom had been discharged.",
                "Folasade Adekoyejo",
                "said",
                "W",
            )
        ],
        [
            (
                "The traders' lawyer, Barr. Chukwudi Emenogharu, said he had filed a suit at the State High Court in Osogbo on March 2 seeking to stop the relocation.",
                "Chukwudi Emenogharu",
                "said",
                "W",
            ),
            ("The suit has not yet been listed for hearing.", "", "", "W"),
        ],
        [("Tags: Ikotunbo, Osun, markets, police", "", "", "B")],
        [("Related News", "", "", "B")],
        [("Osun begins enumeration of market traders", "", "", "B")],
        [("Ogun, Osun police hold joint patrol on border road", "", "", "B")],
        [("Leave a Reply", "", "", "B")],
        [
            ("Your email address will not be published.", "", "", "B"),
            ("Required fields are marked *", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Lagoonwatch Gazette Media Limited.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("About Us | Advertise | Contact | Privacy Policy", "", "", "B")],
    ],
    [
        [("BAYBAYLUNAN TRIBUNE", "", "", "B")],
        [
            (
                "Latest | Nation | Regions | Business | Sports | Lifestyle | Opinion",
                "",
                "",
                "B",
            )
        ],
        [("Regions > Western Visayas", "", "", "B")],
        [
            (
                "Tambuhan bridge closed for 45 days after cracks found in pier, DPWH says",
                "the Department of Public Works and Highways",
                "says",
                "W",
            )
        ],
        [("By Ma. Cristina Dalisaypuno", "", "", "B")],
        [("March 15, 2027 | 5:42 PM", "", "", "B")],
        [("Share on Facebook · Share on X · Copy link", "", "", "B")],
        [
            (
                "Motorists queue at a checkpoint before the Tambuhan bridge on Monday morning.",
                "",
                "",
                "",
            )
        ],
        [("(Tribune photo by Jerome Pagsanhanon)", "", "", "B")],
        [
            (
                "ILOILO CITY — The Tambuhan bridge on the Iloilo-Capiz road will be closed to all vehicles for 45 days from Wednesday after engineers found cracks in one of its piers, the Department of Public Works and Highways said on Monday.",
                "the Department of Public Works and Highways",
                "said",
                "W",
            )
        ],
        [
            (
                "Engr. Maricel Buenalagos, the district engineer, said the cracks were found during a routine inspection on March 9.",
                "Maricel Buenalagos",
                "said",
                "W",
            ),
            (
                "She said divers had since found that the riverbed around the pier had been scoured to a depth of 2.4 meters.",
                "Maricel Buenalagos",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We cannot gamble with a bridge that carries 11,000 vehicles a day,” Buenalagos told reporters.",
                "Maricel Buenalagos",
                "told reporters",
                "W",
            ),
            (
                "“Forty-five days is the minimum.”",
                "Maricel Buenalagos",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "According to figures from the DPWH regional office, the bridge was built in 1978 and was last retrofitted in 2009 at a cost of ₱27.5 million.",
                "figures from the DPWH regional office",
                "according to",
                "W",
            )
        ],
        [
            (
                "P/Col. Arnel Sumagaylan, the provincial police director, said 60 officers had been assigned to checkpoints on a 19-kilometer detour through Barangay Lanipao.",
                "Arnel Sumagaylan",
                "said",
                "W",
            )
        ],
        [
            (
                "Brgy. Capt. Leonora Capinpuyan of Lanipao said the detour road had a 10-tonne load limit.",
                "Leonora Capinpuyan",
                "said",
                "W",
            ),
            (
                "“Half the trucks on that highway are heavier than that,” she said.",
                "Leonora Capinpuyan",
                "said",
                "",
            ),
        ],
        [
            (
                "Buenalagos said trucks over 10 tonnes would be sent on a longer route through Calinog.",
                "Maricel Buenalagos",
                "said",
                "",
            ),
            (
                "She said the district office had asked the provincial government for ₱4 million to repair the barangay road before Wednesday.",
                "Maricel Buenalagos",
                "said",
                "W",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Motorists interviewed by the Tribune on Monday said the checkpoints had added up to an hour to the trip to Roxas City.",
                "Motorists interviewed by the Tribune",
                "said",
                "W",
            ),
            (
                "“I have deliveries at 7 a.m. in Roxas and I left at 3 a.m.,” said Gerardo Tumabini, a fish dealer from Estancia.",
                "Gerardo Tumabini",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sen. Imelda Quisumbingo said in a Facebook post on Monday night that she would ask the Senate to look into the DPWH's inspection records.",
                "Imelda Quisumbingo",
                "said in a Facebook post",
                "",
            ),
            (
                "“How does a bridge go from passing inspection in 2025 to nearly failing in 2027?” she wrote.",
                "Imelda Quisumbingo",
                "wrote",
                "",
            ),
        ],
        [("READ: Capiz farmers count losses as rice trucks take detour", "", "", "B")],
        [
            (
                "A DPWH engineer who asked not to be named because he was not authorized to speak to the media said the 2025 inspection had been done from the riverbank, without divers.",
                "A DPWH engineer who asked not to be named",
                "said",
                "W",
            )
        ],
        [
            (
                "Buenalagos did not respond to a message asking about the 2025 inspection.",
                "Maricel Buenalagos",
                "did not respond to a message",
                "",
            )
        ],
        [
            (
                "Sumagaylan said two trucks had been turned back at the Lanipao checkpoint on Monday for exceeding the load limit.",
                "Arnel Sumagaylan",
                "said",
                "W",
            ),
            (
                "He said drivers who ignored the detour signs would be fined “without exception.”",
                "Arnel Sumagaylan",
                "said",
                "",
            ),
        ],
        [
            (
                "In a statement, the Iloilo provincial government said it had approved the release of ₱4 million from its calamity fund for the barangay road.",
                "the Iloilo provincial government",
                "said",
                "W",
            ),
            (
                "The statement, signed by Gov. Ramon Dilaganon, did not say when the work would start.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The Tambuhan bridge is the only crossing of the Tambuhan River between the town of Sara-ay and the coast.",
                "",
                "",
                "W",
            )
        ],
        [("Related Stories", "", "", "B")],
        [("DPWH orders inspection of 212 bridges in Western Visayas", "", "", "B")],
        [("Iloilo town declares state of calamity over water shortage", "", "", "B")],
        [
            (
                "Follow the Baybaylunan Tribune on Facebook and Viber for the latest news.",
                "",
                "",
                "B",
            )
        ],
        [
            ("Copyright © 2027 Baybaylunan Tribune Publishing Corp.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
        [("About | Contact | Advertise | Terms of Use", "", "", "B")],
    ],
    [
        [("THE PIMENTOSIDE ECHO", "", "", "B")],
        [
            (
                "News | Parish News | Business | Sports | Entertainment | Letters | E-Paper",
                "",
                "",
                "B",
            )
        ],
        [("Parish News › Manchester", "", "", "B")],
        [
            (
                "Farmers' leader says thieves now come for yam with trucks, not crocus bags",
                "Hyacinth Braddenshaw",
                "says",
                "",
            )
        ],
        [
            (
                "The Sunday Echo speaks to Hyacinth Braddenshaw, president of the Gingerbrook Farmers' Collective, about praedial larceny, the police and what a receipt book can do",
                "",
                "",
                "",
            )
        ],
        [("Interview by Oneika Pottinshaw", "", "", "B")],
        [("Sunday, March 14, 2027", "", "", "B")],
        [("Share   Facebook   X   WhatsApp", "", "", "B")],
        [
            (
                "Hyacinth Braddenshaw at her yam field in Gingerbrook, Manchester, last Tuesday.",
                "",
                "",
                "",
            )
        ],
        [("Photo by Rohan Ellispond", "", "", "B")],
        [
            (
                "Hyacinth Braddenshaw, 61, has farmed yam, sweet potato and Irish potato on 14 acres in Gingerbrook for 37 years.",
                "",
                "",
                "W",
            ),
            (
                "Since 2022 she has led the Gingerbrook Farmers' Collective, which has 212 members in south Manchester.",
                "",
                "",
                "W",
            ),
        ],
        [("The interview has been edited for length and clarity.", "", "", "B")],
        [("ECHO: How bad is it this season?", "", "", "")],
        [
            (
                "HYACINTH BRADDENSHAW: This is the worst I have seen.",
                "Hyacinth Braddenshaw",
                "HYACINTH BRADDENSHAW:",
                "",
            ),
            (
                "Between January and now, 31 of our members have reported losses, and I myself lost about 2,000 lb of yam in one night in February.",
                "Hyacinth Braddenshaw",
                "HYACINTH BRADDENSHAW:",
                "W",
            ),
            (
                "They come with trucks now, not crocus bags.",
                "Hyacinth Braddenshaw",
                "HYACINTH BRADDENSHAW:",
                "",
            ),
        ],
        [
            (
                "ECHO: Police figures show 186 reports of praedial larceny in Manchester last year, down from 241 in 2025.",
                "Police figures",
                "show",
                "W",
            ),
            ("Are farmers simply not reporting?", "", "", ""),
        ],
        [
            (
                "BRADDENSHAW: Most don't, no.",
                "Hyacinth Braddenshaw",
                "BRADDENSHAW:",
                "",
            ),
            (
                "You go to the station, you wait three hours, and nobody comes to the field.",
                "Hyacinth Braddenshaw",
                "BRADDENSHAW:",
                "",
            ),
            (
                "Of the 31 members I mentioned, only nine made a report.",
                "Hyacinth Braddenshaw",
                "BRADDENSHAW:",
                "W",
            ),
        ],
        [
            (
                "ECHO: The Manchester police say every report is investigated.",
                "The Manchester police",
                "say",
                "W",
            ),
            ("What happened when you reported?", "", "", ""),
        ],
        [
            (
                "BRADDENSHAW: A constable came two days later and took a statement.",
                "Hyacinth Braddenshaw",
                "BRADDENSHAW:",
                "W",
            ),
            ("He was polite.", "Hyacinth Braddenshaw", "BRADDENSHAW:", ""),
            (
                "But the yam was long gone by then, sold in some market by the Saturday, I am sure of it.",
                "Hyacinth Braddenshaw",
                "BRADDENSHAW:",
                "",
            ),
        ],
        [
            (
                "ECHO: The law says anyone moving produce by road must carry a receipt from the farmer who sold it.",
                "The law",
                "says",
                "W",
            ),
            ("Is that enforced?", "", "", ""),
        ],
        [
            ("BRADDENSHAW: Sometimes.", "Hyacinth Braddenshaw", "BRADDENSHAW:", ""),
            (
                "Last year the police set up roadblocks on the hill for two weekends and they held three trucks.",
                "Hyacinth Braddenshaw",
                "BRADDENSHAW:",
                "W",
            ),
            ("Then it stopped.", "Hyacinth Braddenshaw", "BRADDENSHAW:", ""),
        ],
        [
            (
                "ECHO: The Ministry of Agriculture has said it will put 40 more rural wardens on the roads by June.",
                "The Ministry of Agriculture",
                "has said",
                "",
            ),
            ("Will that help?", "", "", ""),
        ],
        [
            (
                "BRADDENSHAW: Forty for the whole island?",
                "Hyacinth Braddenshaw",
                "BRADDENSHAW:",
                "",
            ),
            (
                "Manchester alone has more than 9,000 registered farmers.",
                "Hyacinth Braddenshaw",
                "BRADDENSHAW:",
                "W",
            ),
            (
                "I am not saying it won't help... but a warden without a vehicle is a man standing at a gate.",
                "Hyacinth Braddenshaw",
                "BRADDENSHAW:",
                "",
            ),
        ],
        [
            ("ECHO: Some farmers have started sleeping in their fields.", "", "", ""),
            ("Do you?", "", "", ""),
        ],
        [
            (
                "BRADDENSHAW: My son does, in reaping time.",
                "Hyacinth Braddenshaw",
                "BRADDENSHAW:",
                "",
            ),
            (
                "I told him, “Is a yam worth your life?”",
                "Hyacinth Braddenshaw",
                "BRADDENSHAW:",
                "",
            ),
            (
                "He said, “Mummy, it is our life.”",
                "Hyacinth Braddenshaw",
                "BRADDENSHAW:",
                "",
            ),
        ],
        [("ECHO: What would you ask of the divisional commander?", "", "", "")],
        [
            (
                "BRADDENSHAW: A phone number that somebody answers at night.",
                "Hyacinth Braddenshaw",
                "BRADDENSHAW:",
                "",
            ),
            (
                "And a receipt check at every market on a Saturday morning, not once a year.",
                "Hyacinth Braddenshaw",
                "BRADDENSHAW:",
                "",
            ),
        ],
        [("Read more: Yam prices up 22% as dry spell cuts supply", "", "", "B")],
        [
            (
                "The Manchester police division did not respond to questions sent by the Echo on Thursday.",
                "The Manchester police division",
                "did not respond to questions",
                "",
            )
        ],
        [
            ("Oneika Pottinshaw is the Echo's agriculture correspondent.", "", "", "B"),
            ("Email: o.pottinshaw@pimentosideecho.com", "", "", "B"),
        ],
        [("More in Parish News", "", "", "B")],
        [("Mandeville market vendors get new stalls", "", "", "B")],
        [("Water supply restored to Gingerbrook district after 11 days", "", "", "B")],
        [
            (
                "Published by Echo Media Co. Ltd., 12 Guinepvale Road, Mandeville, Manchester.",
                "",
                "",
                "B",
            )
        ],
        [
            ("© 2027 Echo Media Co. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("Privacy Policy | Terms | Contact", "", "", "B")],
    ],
    [
        [("ZAMBEZI DAYBREAK", "", "", "B")],
        [
            (
                "Home | National | Provinces | Business | Sport | Features | Columns",
                "",
                "",
                "B",
            )
        ],
        [("Provinces » North-Western", "", "", "B")],
        [
            (
                "Chief says 312 families will not move until mine pays compensation",
                "Kalubemwa",
                "says",
                "",
            )
        ],
        [("By Chanda Mwelwashi", "", "", "B")],
        [("Solwezi", "", "", "B")],
        [("Thursday, March 18, 2027", "", "", "B")],
        [("Share: Facebook · WhatsApp · X", "", "", "B")],
        [
            (
                "Houses in Chimbelenga village, which lies inside the mine's planned tailings area.",
                "",
                "",
                "W",
            )
        ],
        [("Picture by Mutale Chibwelonga", "", "", "B")],
        [
            (
                "SENIOR Chief Kalubemwa says the 312 households of Chimbelenga village will not leave their land until Nkulumbwe Copper Mines Plc pays the compensation agreed in 2025.",
                "Kalubemwa",
                "says",
                "W",
            )
        ],
        [
            (
                "In a statement read at a meeting with villagers on Tuesday by his retainer, Mr Oswell Kachinkumbi, the chief said the company had paid only 94 of the households.",
                "Kalubemwa",
                "said",
                "W",
            )
        ],
        [
            (
                "“My people were promised K85,000 per household and a new house with a borehole,” the statement read.",
                "Kalubemwa",
                "the statement read",
                "W",
            ),
            (
                "“Three years later, some have received K12,000 and nothing else.”",
                "Kalubemwa",
                "the statement read",
                "W",
            ),
        ],
        [
            (
                "“I will not allow a single family to be moved by force, and I have told the company so.”",
                "Kalubemwa",
                "the statement read",
                "",
            )
        ],
        [
            (
                "Mr Kachinkumbi told the Daybreak after the meeting that the chief had written to the Minister of Mines twice since October.",
                "Oswell Kachinkumbi",
                "told the Daybreak",
                "W",
            ),
            (
                "He said neither letter had been answered.",
                "Oswell Kachinkumbi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Solwezi District Commissioner Bernard Musondelo said the Government was aware of the matter and that a team from the Ministry of Lands would visit the village next week.",
                "Bernard Musondelo",
                "said",
                "",
            ),
            (
                "He said compensation was a matter between the company and the families.",
                "Bernard Musondelo",
                "said",
                "",
            ),
        ],
        [
            (
                "But the chief, through Mr Kachinkumbi, said that was not what the district commissioner had told him in January.",
                "Kalubemwa",
                "said",
                "W",
            ),
            (
                "He said Mr Musondelo had then promised to “sort it out within a month”.",
                "Kalubemwa",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mr Musondelo, asked about the January meeting, said he had told the chief only that he would pass his concerns to Lusaka.",
                "Bernard Musondelo",
                "said",
                "W",
            ),
            (
                "“I am not the one holding the money,” he said.",
                "Bernard Musondelo",
                "said",
                "",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "According to a 2025 resettlement agreement seen by the Daybreak, the company undertook to pay each household K85,000 and to build 312 houses by December 2026.",
                "a 2025 resettlement agreement seen by the Daybreak",
                "according to",
                "W",
            ),
            (
                "The agreement, signed by the company and the district lands officer, says disputes will go to an arbitrator in Lusaka.",
                "The agreement",
                "says",
                "W",
            ),
        ],
        [
            (
                "Nkulumbwe Copper Mines spokesperson Lombe Chisangalumbo said the company had paid K4.2 million in compensation so far and that the remaining payments depended on a valuation by the Government Valuation Department.",
                "Lombe Chisangalumbo",
                "said",
                "W",
            ),
            (
                "She declined to comment on the chief's statement.",
                "Lombe Chisangalumbo",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "Villagers told the Daybreak that the company had already fenced off two of their maize fields.",
                "Villagers",
                "told the Daybreak",
                "W",
            ),
            (
                "“We planted in November and in January we found a fence,” said Esnart Mwelwashi, 47, who is not related to this reporter.",
                "Esnart Mwelwashi",
                "said",
                "W",
            ),
            ("“Who will pay for that maize?”", "Esnart Mwelwashi", "said", ""),
        ],
        [
            (
                "READ ALSO: North-Western chiefs ask for share of mineral royalties",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Figures from the Chamber of Mines show copper output in North-Western Province rose 14 percent last year to 612,000 tonnes.",
                "Figures from the Chamber of Mines",
                "show",
                "W",
            )
        ],
        [
            (
                "Area member of Parliament Hon. Gift Chitambalo said on his Facebook page that he would raise the matter in Parliament next week.",
                "Gift Chitambalo",
                "said on his Facebook page",
                "",
            )
        ],
        [("The chief has given the company until April 30 to pay.", "", "", "W")],
        [("Tags: Chiefs | Mining | North-Western", "", "", "B")],
        [("You may also like", "", "", "B")],
        [("Mine trucks damage Solwezi road, say motorists", "", "", "B")],
        [("Chiefs' council elects new chairperson", "", "", "B")],
        [("Have your say", "", "", "B")],
        [("Comments that are abusive or defamatory will be removed.", "", "", "B")],
        [
            ("© 2027 Daybreak Newspapers Limited.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("Contact | Advertise | Privacy", "", "", "B")],
    ],
    [
        [("DAILY KHYBERSIDE", "", "", "B")],
        [("E-Paper | Login", "", "", "B")],
        [
            (
                "Home   Pakistan   Peshawar   Business   Education   Sports   Opinion",
                "",
                "",
                "B",
            )
        ],
        [("Peshawar / Education", "", "", "B")],
        [("University raises semester fee by 38pc as HEC grant shrinks", "", "", "W")],
        [
            (
                "VC says the university has no other way to pay salaries; students plan protest on Monday",
                "Zahoorullah Kamranzai",
                "says",
                "",
            )
        ],
        [("Our Correspondent", "", "", "B")],
        [("March 20, 2027", "", "", "B")],
        [("Share   Tweet   WhatsApp", "", "", "B")],
        [
            (
                "PESHAWAR: The University of Warsakpur has raised its semester fee for undergraduate programmes by 38 per cent, from Rs42,000 to Rs58,000, according to a notification issued by the registrar's office on Friday.",
                "a notification issued by the registrar's office",
                "according to",
                "W",
            )
        ],
        [
            (
                "Vice Chancellor Prof Dr Zahoorullah Kamranzai, who took charge of the university in 2024 after eight years as dean of its engineering faculty, told Khyberside that the university's recurring grant from the Higher Education Commission (HEC) had fallen from Rs1.9 billion to Rs1.4bn in three years.",
                "Zahoorullah Kamranzai",
                "told Khyberside",
                "W",
            ),
            (
                "He said salaries and pensions alone cost Rs2.3bn a year.",
                "Zahoorullah Kamranzai",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I did not take this decision happily,” he said.",
                "Zahoorullah Kamranzai",
                "said",
                "",
            ),
            (
                "“But I cannot tell 1,100 employees that there is no salary next month.”",
                "Zahoorullah Kamranzai",
                "said",
                "",
            ),
        ],
        [
            (
                "The provincial minister for higher education, Mian Tariq Bangashwal, said the province had released Rs400 million to public universities in February and that Warsakpur's share was Rs62m.",
                "Tariq Bangashwal",
                "said",
                "W",
            ),
            (
                "He said the vice chancellor had not consulted the government before raising the fee.",
                "Tariq Bangashwal",
                "said",
                "W",
            ),
        ],
        [
            (
                "Prof Kamranzai disputed that, saying he had written to the department on January 11.",
                "Zahoorullah Kamranzai",
                "disputed that, saying",
                "W",
            ),
            ("He showed reporters a copy of the letter.", "", "", ""),
        ],
        [
            (
                "Mian Bangashwal, asked about the letter by reporters at the provincial assembly, said he had not seen it.",
                "Tariq Bangashwal",
                "said",
                "",
            ),
            (
                "“If it was sent, it did not reach my desk,” he said.",
                "Tariq Bangashwal",
                "said",
                "",
            ),
        ],
        [
            (
                "The president of the Academic Staff Association, Dr Nighat Sulemanzai, said teachers supported the vice chancellor on salaries but not on fees.",
                "Nighat Sulemanzai",
                "said",
                "",
            ),
            (
                "She said the association had proposed in December that the university sell 14 of its vehicles instead.",
                "Nighat Sulemanzai",
                "said",
                "W",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "According to HEC data, the commission's recurrent budget for universities was Rs65bn in 2026-27, unchanged from the year before.",
                "HEC data",
                "according to",
                "W",
            ),
            (
                "An HEC official, who requested anonymity, said the commission had asked the federal government for Rs104bn.",
                "An HEC official",
                "said",
                "W",
            ),
        ],
        [
            (
                "Students who gathered outside the VC's office on Saturday said many of their classmates would drop out.",
                "Students who gathered outside the VC's office",
                "said",
                "",
            ),
            (
                "“My father is a schoolteacher in Charsadda,” said Hina Gulbahari, a fourth-semester chemistry student.",
                "Hina Gulbahari",
                "said",
                "W",
            ),
            (
                "“Where does he find Rs16,000 more every six months?”",
                "Hina Gulbahari",
                "said",
                "",
            ),
        ],
        [
            (
                "Office-bearers of the Warsakpur Students Federation said a protest would be held outside the Peshawar Press Club at 11 a.m. on Monday.",
                "Office-bearers of the Warsakpur Students Federation",
                "said",
                "",
            )
        ],
        [("Also Read: Fee rise at medical colleges challenged in PHC", "", "", "B")],
        [
            (
                "Registrar Engr Fazal Mahboobkhel declined to comment, saying the notification “speaks for itself”.",
                "Fazal Mahboobkhel",
                "declined to comment, saying",
                "",
            )
        ],
        [
            (
                "The new fee applies from the spring semester, which began on March 8.",
                "",
                "",
                "W",
            )
        ],
        [("Published in Daily Khyberside, March 21st, 2027", "", "", "B")],
        [("Tags: Peshawar, higher education, fees", "", "", "B")],
        [("Comments (7)", "", "", "B")],
        [
            (
                "Comments are moderated and generally will be approved if they are on-topic and not abusive.",
                "",
                "",
                "B",
            )
        ],
        [
            ("Copyright © 2027 Khyberside Publications (Pvt.) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("About | Contact | Advertise | Privacy", "", "", "B")],
    ],
    [
        [("THE QUENNBRAKE REGISTER", "", "", "B")],
        [("Subscribe   Log in", "", "", "B")],
        [
            (
                "News | Local | Montana | Business | Sports | Obituaries | Opinion | e-Edition",
                "",
                "",
                "B",
            )
        ],
        [("LOCAL NEWS", "", "", "B")],
        [
            (
                "Montana Supreme Court upholds Quennbrake's cap on short-term rentals, 5-2",
                "",
                "",
                "W",
            )
        ],
        [("By Dale Hornbeckwith", "", "", "B")],
        [("Register staff writer", "", "", "B")],
        [
            (
                "Published 6:15 p.m. MT March 23, 2027 | Updated 9:02 p.m. MT March 23, 2027",
                "",
                "",
                "B",
            )
        ],
        [("Share   Email   Print", "", "", "B")],
        [
            (
                "Houses on Tamblinshaw Street in Quennbrake, where the city says nearly a third of homes were rented to visitors in 2025.",
                "the city",
                "says",
                "W",
            )
        ],
        [("Register file photo", "", "", "B")],
        [
            (
                "The Montana Supreme Court on Tuesday upheld the city of Quennbrake's cap on short-term rentals, ruling 5-2 that the 2025 ordinance does not take property from homeowners without compensation.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Justice Corinne Maddlestrom, writing for the majority, said the city had shown “a legitimate and well-documented interest” in keeping homes available to people who work in Quennbrake.",
                "Corinne Maddlestrom",
                "said",
                "W",
            )
        ],
        [
            (
                "The ordinance limits short-term rentals to 120 permits citywide and bars anyone from holding more than one.",
                "",
                "",
                "W",
            ),
            (
                "It was challenged in 2025 by the Quennbrake Homeshare Alliance and four owners who had been renting out houses on Tamblinshaw Street.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“A property owner has no constitutional right to the most profitable use of a house,” Maddlestrom wrote.",
                "Corinne Maddlestrom",
                "wrote",
                "",
            ),
            (
                "“The owners here may still live in their homes, sell them or rent them for 30 days or more.”",
                "Corinne Maddlestrom",
                "wrote",
                "W",
            ),
        ],
        [
            (
                "The opinion says the city's own survey found that 31% of the homes in the Tamblinshaw Street neighborhood were listed as short-term rentals in 2025, up from 9% in 2018.",
                "The opinion",
                "says",
                "W",
            )
        ],
        [
            (
                "In a dissent joined by Justice Paul Varnemoor, Justice Ruth Ellinghausen wrote that the cap “rations a lawful use of private property by lottery.”",
                "Ruth Ellinghausen",
                "wrote",
                "",
            ),
            (
                "She wrote that the permits had been handed out in a drawing in March 2025, and that 212 owners had applied for 120 places.",
                "Ruth Ellinghausen",
                "wrote",
                "W",
            ),
        ],
        [
            (
                "Maddlestrom answered that point in a footnote, saying the drawing was “a neutral rule applied to everyone alike.”",
                "Corinne Maddlestrom",
                "saying",
                "",
            ),
            (
                "She wrote that the dissent's reasoning “would forbid every waiting list in Montana.”",
                "Corinne Maddlestrom",
                "wrote",
                "",
            ),
        ],
        [
            (
                "Chief Justice Leonard Thackwraithe wrote a separate concurrence.",
                "",
                "",
                "W",
            ),
            (
                "He said the court had not been asked to decide whether the lottery itself was fair.",
                "Leonard Thackwraithe",
                "said",
                "W",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "City Attorney Marcus Oldenstaff said in a statement that the ruling “confirms what we have said since day one.”",
                "Marcus Oldenstaff",
                "said in a statement",
                "",
            ),
            (
                "He said 41 long-term rentals had come back onto the market since the cap took effect.",
                "Marcus Oldenstaff",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to figures from the city's planning department, median rent for a two-bedroom unit in Quennbrake rose 6% in 2026, compared with 14% in 2024.",
                "figures from the city's planning department",
                "according to",
                "W",
            )
        ],
        [
            (
                "The alliance's lawyer, Bryce Tolliverson, did not respond to phone and email messages Tuesday.",
                "Bryce Tolliverson",
                "did not respond to phone and email messages",
                "",
            ),
            (
                "A person familiar with the alliance's plans said the group was weighing whether to ask the U.S. Supreme Court to take the case.",
                "A person familiar with the alliance's plans",
                "said",
                "",
            ),
        ],
        [
            (
                "Margo Stellfield, one of the four owners, said she had rented her late mother's house on Tamblinshaw Street to visitors for seven summers.",
                "Margo Stellfield",
                "said",
                "W",
            ),
            (
                "“I'm disappointed, but I'm not surprised,” Stellfield said.",
                "Margo Stellfield",
                "said",
                "",
            ),
            ("“Two of the justices saw it my way.”", "Margo Stellfield", "said", ""),
        ],
        [
            (
                "Court records show the case cost the city $186,000 in outside legal fees.",
                "Court records",
                "show",
                "W",
            )
        ],
        [("RELATED", "", "", "B")],
        [("Quennbrake council weighs second round of rental permits", "", "", "B")],
        [
            (
                "Housing board: 1 in 4 Quennbrake workers commutes from out of county",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Dale Hornbeckwith covers courts and local government for the Register.",
                "",
                "",
                "B",
            ),
            ("Reach him at 406-555-0143.", "", "", "B"),
        ],
        [
            ("Support local journalism.", "", "", "B"),
            ("Subscribe today for just 99¢ for your first month.", "", "", "B"),
        ],
        [
            ("© 2027 The Quennbrake Register.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "Terms of Service | Privacy Policy | Your Privacy Choices | Contact Us",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [("Wirranbee Star", "", "", "B")],
        [("Today 31°  Partly cloudy  |  Fire danger: High", "", "", "B")],
        [
            (
                "News   Sport   Community   Business   Property   Jobs   Classifieds",
                "",
                "",
                "B",
            )
        ],
        [("News › Local News", "", "", "B")],
        [
            (
                "Coralwing to axe Wirranbee–Brisbane flights from June, mayor says",
                "Janelle Pattercombe",
                "says",
                "W",
            )
        ],
        [("Keelan Brockworth", "", "", "B")],
        [("Updated March 24 2027 - 4:31pm, first published 12:05pm", "", "", "B")],
        [("Share: Facebook, X, Email", "", "", "B")],
        [("A Coralwing turboprop on the tarmac at Wirranbee airport.", "", "", "")],
        [("Picture by Tahlia Norgrenson", "", "", "B")],
        [
            (
                "Coralwing Airlines will stop flying between Wirranbee and Brisbane on June 30, ending a service that has run for 22 years, Mayor Janelle Pattercombe says.",
                "Janelle Pattercombe",
                "says",
                "W",
            )
        ],
        [
            (
                "Cr Pattercombe announced the decision in a post on the council's Facebook page on Tuesday morning, hours before the airline told its own staff, according to a person familiar with the airline's plans.",
                "a person familiar with the airline's plans",
                "according to",
                "W",
            )
        ],
        [
            (
                "“I am gutted to tell you that Coralwing has confirmed it will withdraw from Wirranbee,” she wrote.",
                "Janelle Pattercombe",
                "wrote",
                "W",
            ),
            (
                "“We will fight this with everything we've got.”",
                "Janelle Pattercombe",
                "wrote",
                "",
            ),
        ],
        [
            (
                "In a statement, Coralwing said the route had lost $3.1 million over the past two financial years.",
                "Coralwing Airlines",
                "said",
                "W",
            ),
            (
                "“Passenger numbers have not recovered to where they were before 2020, and our aircraft are needed on routes where demand is growing,” the statement said.",
                "Coralwing Airlines",
                "the statement said",
                "W",
            ),
        ],
        [
            (
                "The airline declined to comment further.",
                "The airline",
                "declined to comment further",
                "",
            )
        ],
        [
            (
                "According to figures from the federal transport statistics bureau, the route carried 61,400 passengers in 2026, down from 88,900 in 2019.",
                "figures from the federal transport statistics bureau",
                "according to",
                "W",
            ),
            (
                "Seats were 58 per cent full on average, the figures show.",
                "the figures",
                "show",
                "W",
            ),
        ],
        [
            ("Subscribe to keep reading.", "", "", "B"),
            ("Get unlimited digital access from $1 a week.", "", "", "B"),
            ("Cancel anytime.", "", "", "B"),
        ],
        [("Subscribe   |   Log in", "", "", "B")],
        [
            (
                "Deputy Mayor Cr Bronagh Tillicombe said the council had offered Coralwing a 40 per cent cut in landing fees in November.",
                "Bronagh Tillicombe",
                "said",
                "W",
            ),
            (
                "She said the airline had not replied.",
                "Bronagh Tillicombe",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cr Pattercombe said she had since written to the federal Transport Minister.",
                "Janelle Pattercombe",
                "said",
                "W",
            ),
            (
                "She said a second airline, Gullfoil Air, had been in talks with the council about the route since February but “was not yet in a position to commit”.",
                "Janelle Pattercombe",
                "said",
                "W",
            ),
        ],
        [
            (
                "Gullfoil Air did not respond to a request for comment.",
                "Gullfoil Air",
                "did not respond to a request for comment",
                "",
            )
        ],
        [
            (
                "The airport's manager, Troy Ballingarth, said the airport's income would fall by about a third without Coralwing.",
                "Troy Ballingarth",
                "said",
                "",
            ),
            (
                "“Every departing passenger pays an $18.40 head tax to the council,” he said.",
                "Troy Ballingarth",
                "said",
                "W",
            ),
        ],
        [
            (
                "Travellers at the terminal on Wednesday told the Star they would have to drive 4½ hours to Brisbane or take the coach.",
                "Travellers at the terminal",
                "told the Star",
                "",
            ),
            (
                "“My husband has chemo in Brisbane every three weeks,” said Glenys Ardrossick, of Mount Pellorack.",
                "Glenys Ardrossick",
                "said",
                "W",
            ),
            (
                "“What do they want us to do, hitchhike?”",
                "Glenys Ardrossick",
                "said",
                "",
            ),
        ],
        [("Read more: Council approves $2.6m runway resurfacing", "", "", "B")],
        [
            (
                "Queensland Senator Callum Rudderford said on X that the withdrawal was “a kick in the guts for the bush”.",
                "Callum Rudderford",
                "said on X",
                "",
            )
        ],
        [
            (
                "The Coralwing service was last cut, from 12 flights a week to eight, in 2023.",
                "",
                "",
                "W",
            )
        ],
        [("Keelan Brockworth is a journalist at the Wirranbee Star.", "", "", "B")],
        [("More from Local News", "", "", "B")],
        [("Showgrounds upgrade to go ahead after grant", "", "", "B")],
        [("Water restrictions eased as dam reaches 71pc", "", "", "B")],
        [
            (
                "We acknowledge the Traditional Custodians of the land on which we work, and pay our respects to Elders past and present.",
                "",
                "",
                "B",
            )
        ],
        [
            ("© 2027 Wirranbee Star Pty Ltd.", "", "", "B"),
            ("ABN 41 118 552 907", "", "", "B"),
        ],
        [("Privacy | Terms | Conditions of use | Contact", "", "", "B")],
    ],
    [
        [("HAZELMOUNT SHORELINE", "", "", "B")],
        [("Sign In | Subscribe", "", "", "B")],
        [
            (
                "Local News   Opinion   Sports   Arts   Obituaries   Classifieds",
                "",
                "",
                "B",
            )
        ],
        [("Local News", "", "", "B")],
        [
            (
                "Diocese to close Port Hazelmount's Our Lady of the Wharf church after 142 years",
                "",
                "",
                "W",
            )
        ],
        [("Liam Querrendon", "", "", "B")],
        [
            (
                "Published Mar 22, 2027  •  Last updated 10 hours ago  •  4 minute read",
                "",
                "",
                "B",
            )
        ],
        [("Share this Story : Facebook  X  LinkedIn  Email", "", "", "B")],
        [
            (
                "Parishioners leave Our Lady of the Wharf after Sunday mass in Port Hazelmount, N.S., on March 21, 2027.",
                "",
                "",
                "",
            )
        ],
        [("LIAM QUERRENDON / SHORELINE", "", "", "B")],
        [
            (
                "PORT HAZELMOUNT, N.S. — The Roman Catholic Diocese of Strathbrack will close Our Lady of the Wharf church on June 27 and merge its parish with Holy Cross in Kelpmoor Cove, according to a letter from the bishop read at Sunday's mass.",
                "a letter from the bishop read at Sunday's mass",
                "according to",
                "W",
            )
        ],
        [
            (
                "The letter, signed by the Most Rev. Damian Forthergill, Bishop of Strathbrack, was read to about 150 people by the parish priest, Rev. Gerard Aucoinette.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "“I know that many of you were baptized and married in this church, and that your parents and grandparents are buried beside it,” the bishop wrote.",
                "Damian Forthergill",
                "wrote",
                "",
            ),
            (
                "“But we now have 11 priests for 34 churches, and the youngest of them is 58.”",
                "Damian Forthergill",
                "wrote",
                "W",
            ),
        ],
        [
            (
                "“I ask you to receive this decision in charity, as I have tried to make it.”",
                "Damian Forthergill",
                "wrote",
                "",
            )
        ],
        [
            (
                "The letter says Sunday attendance at Our Lady of the Wharf fell from 410 in 2009 to 96 last year, and that the church needs about $780,000 in roof and foundation work.",
                "The letter",
                "says",
                "W",
            )
        ],
        [
            (
                "Father Aucoinette, who has served the parish since 2019, told the Shoreline after mass that he had learned of the decision on Thursday.",
                "Gerard Aucoinette",
                "told the Shoreline",
                "W",
            ),
            (
                "He said he had asked the bishop in January to wait until a parish fundraising campaign ended.",
                "Gerard Aucoinette",
                "said",
                "W",
            ),
            (
                "He said the bishop had replied that the diocese could not wait.",
                "Gerard Aucoinette",
                "said",
                "W",
            ),
        ],
        [
            (
                "Bishop Forthergill did not respond to an interview request on Monday.",
                "Damian Forthergill",
                "did not respond to an interview request",
                "",
            ),
            (
                "The diocese's communications director, Shauna Kinellary, said in an email that the bishop had “nothing to add to his letter.”",
                "Shauna Kinellary",
                "said in an email",
                "",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [("Story continues below", "", "", "B")],
        [
            (
                "According to the diocese's 2026 financial statements, its 34 parishes together ran a deficit of $1.9 million last year.",
                "the diocese's 2026 financial statements",
                "according to",
                "W",
            )
        ],
        [
            (
                "Maureen Tabbercroft, president of the Hazelmount Heritage Society, said the church, built by shipwrights in 1885, was the oldest wooden church on that stretch of the coast.",
                "Maureen Tabbercroft",
                "said",
                "W",
            ),
            (
                "She said the society would ask the province to register it as a heritage property.",
                "Maureen Tabbercroft",
                "said",
                "",
            ),
        ],
        [
            (
                "Parishioners leaving mass on Sunday said they had not been consulted.",
                "Parishioners leaving mass",
                "said",
                "W",
            ),
            (
                "“We raised $212,000 in two years for that roof,” said Agnes Kilbranniffe, who has sung in the choir since 1971.",
                "Agnes Kilbranniffe",
                "said",
                "W",
            ),
            ("“Was that all for nothing?”", "Agnes Kilbranniffe", "said", ""),
        ],
        [
            (
                "Msgr. Hugh Callerstone, the diocese's vicar general, said parishes would be told “well before” any decision on selling the building.",
                "Hugh Callerstone",
                "said",
                "",
            )
        ],
        [
            ("Kelpmoor Cove is 17 kilometres from Port Hazelmount.", "", "", "W"),
            (
                "The diocese says it will run a shuttle bus for parishioners without cars.",
                "The diocese",
                "says",
                "",
            ),
        ],
        [("RELATED", "", "", "B")],
        [("Diocese lists nine churches for possible sale", "", "", "B")],
        [("Letter: Small parishes are the heart of our towns", "", "", "B")],
        [
            ("Sign up for the Shoreline's morning briefing.", "", "", "B"),
            ("Delivered to your inbox at 6 a.m. every weekday.", "", "", "B"),
        ],
        [("Join the Conversation", "", "", "B")],
        [
            ("Comments are reviewed before they appear.", "", "", "B"),
            ("Please keep it civil.", "", "", "B"),
        ],
        [
            ("© 2027 Shoreline Media Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("Contact · Privacy · Terms · Advertise", "", "", "B")],
    ],
    [
        [("THE ORMONDSIDE EXAMINER", "", "", "B")],
        [
            (
                "Home | News | Sport | Court | Farming | Community Notes | Death Notices",
                "",
                "",
                "B",
            )
        ],
        [("Court", "", "", "B")],
        [
            (
                "Judge refuses late opening for Borrisbeg pub after Garda objection",
                "",
                "",
                "W",
            )
        ],
        [("Siobhán Clarevaughan", "", "", "B")],
        [("Wednesday, 24 March 2027 at 7:20 PM", "", "", "B")],
        [("Share   Facebook   X   Email", "", "", "B")],
        [
            (
                "A judge at Nenagh District Court has refused a Borrisbeg publican's application for 26 special exemption orders to open until 2.30am on Friday and Saturday nights, after gardaí objected on public order grounds.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Judge Áine Mulcreevagh said she was not satisfied that the premises, the Thatched Gable on Main Street, could be run late without disturbing the neighbours.",
                "Áine Mulcreevagh",
                "said",
                "",
            )
        ],
        [
            (
                "Sergeant Fergal Dunlorcan told the court that gardaí had been called to the pub or to the street outside it 19 times between June and December last year.",
                "Fergal Dunlorcan",
                "told the court",
                "W",
            ),
            (
                "He said four of those calls involved assaults.",
                "Fergal Dunlorcan",
                "said",
                "W",
            ),
        ],
        [
            (
                "Solicitor for the applicant, Mr Cathal Ruddenbrook, put it to the sergeant that only two of the 19 calls had led to a prosecution.",
                "Cathal Ruddenbrook",
                "put it to the sergeant",
                "W",
            ),
            (
                "Sgt Dunlorcan agreed, but said gardaí were often not called until a fight had ended.",
                "Fergal Dunlorcan",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mr Ruddenbrook said his client, Tadhg Foskerley, had spent €48,000 on CCTV, door staff and a smoking area at the back of the premises since 2025.",
                "Cathal Ruddenbrook",
                "said",
                "W",
            ),
            (
                "He said the late opening was needed because the pub's food trade had fallen by 40%.",
                "Cathal Ruddenbrook",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mr Foskerley told the court he employed 14 people, nine of them part-time.",
                "Tadhg Foskerley",
                "told the court",
                "W",
            ),
            (
                "He said that without late opening “some of those jobs will go”.",
                "Tadhg Foskerley",
                "said",
                "",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Two residents of Main Street gave evidence in support of the Garda objection.",
                "",
                "",
                "W",
            ),
            (
                "One of them, retired teacher Nóirín Haldaway, said she had been woken after 2am on 31 nights since the summer and had kept a diary of each occasion.",
                "Nóirín Haldaway",
                "said",
                "W",
            ),
            (
                "“I'm 74 and I'd like to sleep,” she said.",
                "Nóirín Haldaway",
                "said",
                "",
            ),
        ],
        [
            (
                "Judge Mulcreevagh said the diary was “careful and credible”.",
                "Áine Mulcreevagh",
                "said",
                "",
            ),
            (
                "She said the applicant was free to apply again in six months with a plan for managing the street at closing time.",
                "Áine Mulcreevagh",
                "said",
                "W",
            ),
        ],
        [
            (
                "Inspector Gráinne Tobarmore, who prosecuted the objection for the State, said outside court that gardaí had no objection to the pub's ordinary licence.",
                "Gráinne Tobarmore",
                "said",
                "W",
            ),
            (
                "She said the Garda objection related only to the late-opening hours, and that the pub had had no licensing prosecution since it changed hands in 2023.",
                "Gráinne Tobarmore",
                "said",
                "W",
            ),
        ],
        [("Read More: Nenagh bypass plans go on display next month", "", "", "B")],
        [
            (
                "According to figures from the Courts Service, district courts in Tipperary granted 1,812 special exemption orders in 2026 and refused 37.",
                "figures from the Courts Service",
                "according to",
                "W",
            )
        ],
        [
            (
                "Mr Foskerley declined to comment when approached after the hearing.",
                "Tadhg Foskerley",
                "declined to comment",
                "",
            )
        ],
        [("Most Read", "", "", "B")],
        [("1. Tributes paid to former county hurler", "", "", "B")],
        [("2. Cattle prices hold firm at Nenagh mart", "", "", "B")],
        [("3. Plans lodged for 40 homes on the Limerick Road", "", "", "B")],
        [
            (
                "Court reports are published in accordance with the laws of defamation and contempt of court.",
                "",
                "",
                "B",
            ),
            ("Comments on this article are disabled.", "", "", "B"),
        ],
        [
            ("© 2027 Ormondside Examiner Media DAC.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("Advertise | Contact | Privacy | Cookie Policy", "", "", "B")],
    ],
    [
        [("STRAITSQUAY BUSINESS", "", "", "B")],
        [("STI 3,912.48 ▲0.6%   SGD/USD 0.7441   Brent US$78.10", "", "", "B")],
        [
            (
                "Home | Companies & Markets | Property | Economy | Opinion | Tech | Wealth",
                "",
                "",
                "B",
            )
        ],
        [("Companies & Markets › Real Estate", "", "", "B")],
        [
            (
                "Kallangrove Retail Trust to sell two suburban malls for S$1.12 billion",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Analysts say the deal, at 4.1% above book value, clears the way for a special payout",
                "Analysts",
                "say",
                "",
            )
        ],
        [("Rachelle Vasudevram", "", "", "B")],
        [("Published Fri, Mar 26, 2027 · 07:45 PM", "", "", "B")],
        [("Share: LinkedIn   X   Facebook   WhatsApp", "", "", "B")],
        [
            (
                "KALLANGROVE Retail Trust has agreed to sell Pelangiwood Mall and Serindahwan Point for S$1.12 billion, the trust's manager said in a filing on Friday.",
                "the trust's manager",
                "said in a filing",
                "W",
            )
        ],
        [
            (
                "The buyer is a fund managed by Corsevane Capital, the filing says.",
                "the filing",
                "says",
                "W",
            ),
            (
                "The price is 4.1% above the malls' combined valuation of S$1.076 billion as at Dec 31, 2026.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Terence Lauwrenz, who has been chief executive of the trust's manager since it listed in 2014, said on a call with analysts that the trust would use S$640 million of the proceeds to repay loans.",
                "Terence Lauwrenz",
                "said on a call with analysts",
                "",
            ),
            (
                "He said the two malls' occupancy had fallen to 91.2% in 2026 from 96.8% in 2019.",
                "Terence Lauwrenz",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Suburban malls are a good business, but not at the cost of debt,” he said.",
                "Terence Lauwrenz",
                "said",
                "",
            ),
            (
                "“We were at 41.7% gearing at the end of the year.”",
                "Terence Lauwrenz",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Monetary Authority of Singapore caps gearing for listed real estate investment trusts at 50%.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "People familiar with the deal said Corsevane had outbid two other funds, one of them from Japan.",
                "People familiar with the deal",
                "said",
                "W",
            ),
            (
                "Corsevane Capital declined to comment.",
                "Corsevane Capital",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "Corsevane Capital manages about US$9.4 billion in property across Asia, according to its website.",
                "its website",
                "according to",
                "W",
            )
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Sharmila Vadivelan, an analyst at Telokbay Securities, wrote in a note to clients that the sale “removes the overhang” on the units.",
                "Sharmila Vadivelan",
                "wrote in a note to clients",
                "",
            ),
            (
                "She estimated a special distribution of 4.8 Singapore cents a unit.",
                "Sharmila Vadivelan",
                "estimated",
                "",
            ),
        ],
        [
            (
                "Another analyst, Jocelyn Ferrandez of Orchardvane Research, was less sure.",
                "",
                "",
                "",
            ),
            (
                "She said the two malls had produced 18% of the trust's net property income in 2026 and that the sale would cut next year's payout by about 6%.",
                "Jocelyn Ferrandez",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kallangrove units closed up 3.4% at S$1.52 on Friday, after the filing.",
                "",
                "",
                "W",
            ),
            (
                "Traders said much of the buying came from retail investors.",
                "Traders",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to figures from the Urban Redevelopment Authority, suburban retail rents rose 2.2% in 2026, while rents in the Orchard Road area rose 4.9%.",
                "figures from the Urban Redevelopment Authority",
                "according to",
                "W",
            )
        ],
        [
            (
                "The sale needs the approval of unitholders at an extraordinary general meeting, which the filing says will be held by June.",
                "the filing",
                "says",
                "W",
            )
        ],
        [("Read more", "", "", "B")],
        [
            (
                "Suburban mall rents outpace city centre for third straight year",
                "",
                "",
                "B",
            )
        ],
        [("S-Reit payouts fall 5.2% on higher borrowing costs", "", "", "B")],
        [
            ("Get the Straitsquay Business newsletter.", "", "", "B"),
            ("Market-moving news, every weekday at 7.30am.", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Straitsquay Media Pte. Ltd.", "", "", "B"),
            ("Co. Regn. No. 201718493K.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("Terms & Conditions | Data Protection Policy | Advertise", "", "", "B")],
    ],
    [
        [("KŌWHAIMERE TIMES", "", "", "B")],
        [("Today 17°  Fine spells  |  High tide 4:12pm", "", "", "B")],
        [("Home   Local   Rural   Sport   Business   Opinion   Puzzles", "", "", "B")],
        [("Local › Rural", "", "", "B")],
        [
            (
                "Army to nearly double live-firing days at Kahuwerangi range, residents told",
                "Tamati Rewanuiwa",
                "told",
                "W",
            )
        ],
        [
            (
                "Neighbours say nobody asked them before the schedule was set",
                "Neighbours",
                "say",
                "",
            )
        ],
        [("By Hemi Potaeroa", "", "", "B")],
        [("Rural reporter", "", "", "B")],
        [("6:00am Saturday, 27 March 2027", "", "", "B")],
        [("Share   Facebook   X   Email", "", "", "B")],
        [
            (
                "A light armoured vehicle crosses Kahuwerangi Road during an exercise in 2025.",
                "",
                "",
                "",
            )
        ],
        [("Photo / NZDF", "", "", "B")],
        [
            (
                "The New Zealand Army will fire live rounds at its Kahuwerangi training area on up to 140 days a year from July, almost double the current 72, the commander of the nearby Rangiwhaiora Camp told residents on Thursday night.",
                "Tamati Rewanuiwa",
                "told residents",
                "W",
            )
        ],
        [
            (
                "Lieutenant Colonel Tamati Rewanuiwa, who took command of Rangiwhaiora Camp in January after two years at Army headquarters in Wellington, said the extra days were needed because two new infantry companies were being trained.",
                "Tamati Rewanuiwa",
                "said",
                "W",
            ),
            (
                "He said night firing would be limited to 20 nights a year and would end by 11pm.",
                "Tamati Rewanuiwa",
                "said",
                "",
            ),
        ],
        [
            (
                "Regional councillor Barry Stoddingham, who chaired the meeting at the Kahuwerangi hall, said about 90 people attended.",
                "Barry Stoddingham",
                "said",
                "W",
            ),
            (
                "He said the army had not consulted anyone before setting the schedule.",
                "Barry Stoddingham",
                "said",
                "W",
            ),
        ],
        [
            (
                "Lt Col Rewanuiwa said that was not correct.",
                "Tamati Rewanuiwa",
                "said",
                "",
            ),
            (
                "He said the camp had written to 46 neighbouring landowners in November and received four replies.",
                "Tamati Rewanuiwa",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mr Stoddingham said he had seen the letter.",
                "Barry Stoddingham",
                "said",
                "",
            ),
            (
                "“It was one page, and it said ‘increased training activity’,” he said.",
                "Barry Stoddingham",
                "said",
                "W",
            ),
            (
                "“Nobody reading that would think 140 days.”",
                "Barry Stoddingham",
                "said",
                "",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Documents released to the Times under the Official Information Act show the army asked for noise modelling in August 2026, three months before the letters went out.",
                "Documents released to the Times under the Official Information Act",
                "show",
                "W",
            ),
            (
                "The modelling, by an Auckland acoustics firm, estimated peak noise of 112 decibels at the nearest house, 1.8km from the range.",
                "The modelling",
                "estimated",
                "W",
            ),
        ],
        [
            (
                "Farmers at the meeting said ewes had aborted lambs after night firing in 2024.",
                "Farmers at the meeting",
                "said",
                "W",
            ),
            (
                "“I lost 63 lambs in one week that spring,” said Karen Whitlowby, who farms 420 hectares on Kahuwerangi Road.",
                "Karen Whitlowby",
                "said",
                "W",
            ),
            ("“Is the army going to pay for that?”", "Karen Whitlowby", "said", ""),
        ],
        [
            (
                "In a statement, the New Zealand Defence Force said it had paid compensation for stock losses near the range “on three occasions since 2019”.",
                "the New Zealand Defence Force",
                "said",
                "W",
            ),
            (
                "It declined to give the amounts, citing privacy.",
                "the New Zealand Defence Force",
                "declined to give the amounts",
                "",
            ),
        ],
        [
            (
                "The chair of the local iwi trust, Ngaire Tuhiwaitapu, said the trust had asked in 2025 for two burial grounds inside the training area to be fenced off.",
                "Ngaire Tuhiwaitapu",
                "said",
                "W",
            ),
            (
                "She said the trust was “not against the army being here” but wanted the same notice as everyone else.",
                "Ngaire Tuhiwaitapu",
                "said",
                "",
            ),
        ],
        [
            (
                "A person familiar with the army's planning said the 140-day figure was “a ceiling, not a target”.",
                "A person familiar with the army's planning",
                "said",
                "",
            )
        ],
        [
            (
                "According to figures from the NZDF, the Kahuwerangi area covers 11,600 hectares and has been used for training since 1941.",
                "figures from the NZDF",
                "according to",
                "W",
            )
        ],
        [("Related: Rangiwhaiora Camp to get $38m barracks upgrade", "", "", "B")],
        [("The camp will hold a second public meeting on April 15.", "", "", "")],
        [("More in Rural", "", "", "B")],
        [("Wool prices lift at Napier sale", "", "", "B")],
        [("Drought declared for eastern districts", "", "", "B")],
        [
            ("Get the Times in your inbox.", "", "", "B"),
            ("Sign up for our free daily newsletter.", "", "", "B"),
        ],
        [("© Copyright 2027 Kōwhaimere Times Ltd.", "", "", "B")],
        [("Terms | Privacy | Contact", "", "", "B")],
    ],
]

CASES = [
    (
        "n119-sco-relation-chip",
        "Mr Marrowfoyle, who is no relation of this reporter, said the notice went up on 3 March. “Nobody phoned the community council, nobody emailed,” he said. “We found out the way you'd find out the chip shop was shut.”",
        [
            "Mr Marrowfoyle, who is no relation of this reporter, said the notice went up on 3 March.",
            "“Nobody phoned the community council, nobody emailed,” he said.",
            "“We found out the way you'd find out the chip shop was shut.”",
        ],
    ),
    (
        "n119-sco-swim-asked",
        "Islanders at the meeting said the passenger boat could not take feed, fuel or livestock. “What am I meant to do with 40 ewes, swim them over?” asked Morven Aldcastle, who crofts at Baileveg.",
        [
            "Islanders at the meeting said the passenger boat could not take feed, fuel or livestock.",
            "“What am I meant to do with 40 ewes, swim them over?” asked Morven Aldcastle, who crofts at Baileveg.",
        ],
    ),
    (
        "n119-sco-statement-quotes",
        "“We recognise the timing is poor, coming as it does just before the spring lamb sales,” the statement said. “The Glenvarrich is 31 years old and her overhaul cannot be deferred again without putting her passenger certificate at risk.”",
        [
            "“We recognise the timing is poor, coming as it does just before the spring lamb sales,” the statement said.",
            "“The Glenvarrich is 31 years old and her overhaul cannot be deferred again without putting her passenger certificate at risk.”",
        ],
    ),
    (
        "n119-sco-story-email",
        "Got a story? Email newsdesk@ardvulincourant.co.uk or call 01631 559 204.",
        ["Got a story?", "Email newsdesk@ardvulincourant.co.uk or call 01631 559 204."],
    ),
    (
        "n119-sco-ltd-registered-no",
        "© 2027 Ardvulin Courant Ltd. Registered in Scotland No. SC418273.",
        ["© 2027 Ardvulin Courant Ltd.", "Registered in Scotland No. SC418273."],
    ),
    (
        "n119-ng-hon-he-said",
        "The council chairman, Hon. Rasheed Adegbamiro, told the Gazette that the council had given the traders eight months' notice. “We built 420 lock-up shops at the new site with our own money,” he said. “Nobody is being sent into the bush.”",
        [
            "The council chairman, Hon. Rasheed Adegbamiro, told the Gazette that the council had given the traders eight months' notice.",
            "“We built 420 lock-up shops at the new site with our own money,” he said.",
            "“Nobody is being sent into the bush.”",
        ],
    ),
    (
        "n119-ng-mrs-am-tuesday",
        "But the Iyaloja of Ikotunbo, Chief (Mrs) Abosede Olamilekanwa, said only 260 of the shops had roofs and that the site had no water. She said council officials had arrived with a bulldozer at 6 a.m. on Tuesday.",
        [
            "But the Iyaloja of Ikotunbo, Chief (Mrs) Abosede Olamilekanwa, said only 260 of the shops had roofs and that the site had no water.",
            "She said council officials had arrived with a bulldozer at 6 a.m. on Tuesday.",
        ],
    ),
    (
        "n119-ng-am-police",
        "Residents told the Gazette that gunshots were heard near the market at about 10 a.m. Police said no shots were fired by officers.",
        [
            "Residents told the Gazette that gunshots were heard near the market at about 10 a.m.",
            "Police said no shots were fired by officers.",
        ],
    ),
    (
        "n119-ng-barr-suit",
        "The traders' lawyer, Barr. Chukwudi Emenogharu, said he had filed a suit at the State High Court in Osogbo on March 2 seeking to stop the relocation. The suit has not yet been listed for hearing.",
        [
            "The traders' lawyer, Barr. Chukwudi Emenogharu, said he had filed a suit at the State High Court in Osogbo on March 2 seeking to stop the relocation.",
            "The suit has not yet been listed for hearing.",
        ],
    ),
    (
        "n119-ph-engr-meters",
        "Engr. Maricel Buenalagos, the district engineer, said the cracks were found during a routine inspection on March 9. She said divers had since found that the riverbed around the pier had been scoured to a depth of 2.4 meters.",
        [
            "Engr. Maricel Buenalagos, the district engineer, said the cracks were found during a routine inspection on March 9.",
            "She said divers had since found that the riverbed around the pier had been scoured to a depth of 2.4 meters.",
        ],
    ),
    (
        "n119-ph-am-said-dealer",
        "Motorists interviewed by the Tribune on Monday said the checkpoints had added up to an hour to the trip to Roxas City. “I have deliveries at 7 a.m. in Roxas and I left at 3 a.m.,” said Gerardo Tumabini, a fish dealer from Estancia.",
        [
            "Motorists interviewed by the Tribune on Monday said the checkpoints had added up to an hour to the trip to Roxas City.",
            "“I have deliveries at 7 a.m. in Roxas and I left at 3 a.m.,” said Gerardo Tumabini, a fish dealer from Estancia.",
        ],
    ),
    (
        "n119-ph-sen-wrote",
        "Sen. Imelda Quisumbingo said in a Facebook post on Monday night that she would ask the Senate to look into the DPWH's inspection records. “How does a bridge go from passing inspection in 2025 to nearly failing in 2027?” she wrote.",
        [
            "Sen. Imelda Quisumbingo said in a Facebook post on Monday night that she would ask the Senate to look into the DPWH's inspection records.",
            "“How does a bridge go from passing inspection in 2025 to nearly failing in 2027?” she wrote.",
        ],
    ),
    (
        "n119-ph-corp-rights",
        "Copyright © 2027 Baybaylunan Tribune Publishing Corp. All Rights Reserved.",
        [
            "Copyright © 2027 Baybaylunan Tribune Publishing Corp.",
            "All Rights Reserved.",
        ],
    ),
    (
        "n119-jm-figures-question",
        "ECHO: Police figures show 186 reports of praedial larceny in Manchester last year, down from 241 in 2025. Are farmers simply not reporting?",
        [
            "ECHO: Police figures show 186 reports of praedial larceny in Manchester last year, down from 241 in 2025.",
            "Are farmers simply not reporting?",
        ],
    ),
    (
        "n119-jm-island-ellipsis",
        "BRADDENSHAW: Forty for the whole island? Manchester alone has more than 9,000 registered farmers. I am not saying it won't help... but a warden without a vehicle is a man standing at a gate.",
        [
            "BRADDENSHAW: Forty for the whole island?",
            "Manchester alone has more than 9,000 registered farmers.",
            "I am not saying it won't help... but a warden without a vehicle is a man standing at a gate.",
        ],
    ),
    (
        "n119-jm-yam-mummy",
        "BRADDENSHAW: My son does, in reaping time. I told him, “Is a yam worth your life?” He said, “Mummy, it is our life.”",
        [
            "BRADDENSHAW: My son does, in reaping time.",
            "I told him, “Is a yam worth your life?”",
            "He said, “Mummy, it is our life.”",
        ],
    ),
    (
        "n119-zm-statement-read",
        "“My people were promised K85,000 per household and a new house with a borehole,” the statement read. “Three years later, some have received K12,000 and nothing else.”",
        [
            "“My people were promised K85,000 per household and a new house with a borehole,” the statement read.",
            "“Three years later, some have received K12,000 and nothing else.”",
        ],
    ),
    (
        "n119-zm-villagers-reporter",
        "Villagers told the Daybreak that the company had already fenced off two of their maize fields. “We planted in November and in January we found a fence,” said Esnart Mwelwashi, 47, who is not related to this reporter. “Who will pay for that maize?”",
        [
            "Villagers told the Daybreak that the company had already fenced off two of their maize fields.",
            "“We planted in November and in January we found a fence,” said Esnart Mwelwashi, 47, who is not related to this reporter.",
            "“Who will pay for that maize?”",
        ],
    ),
    (
        "n119-pk-students-rs",
        "Students who gathered outside the VC's office on Saturday said many of their classmates would drop out. “My father is a schoolteacher in Charsadda,” said Hina Gulbahari, a fourth-semester chemistry student. “Where does he find Rs16,000 more every six months?”",
        [
            "Students who gathered outside the VC's office on Saturday said many of their classmates would drop out.",
            "“My father is a schoolteacher in Charsadda,” said Hina Gulbahari, a fourth-semester chemistry student.",
            "“Where does he find Rs16,000 more every six months?”",
        ],
    ),
    (
        "n119-pk-pvt-ltd",
        "Copyright © 2027 Khyberside Publications (Pvt.) Ltd. All rights reserved.",
        [
            "Copyright © 2027 Khyberside Publications (Pvt.) Ltd.",
            "All rights reserved.",
        ],
    ),
    (
        "n119-us-dissent-she",
        "In a dissent joined by Justice Paul Varnemoor, Justice Ruth Ellinghausen wrote that the cap “rations a lawful use of private property by lottery.” She wrote that the permits had been handed out in a drawing in March 2025, and that 212 owners had applied for 120 places.",
        [
            "In a dissent joined by Justice Paul Varnemoor, Justice Ruth Ellinghausen wrote that the cap “rations a lawful use of private property by lottery.”",
            "She wrote that the permits had been handed out in a drawing in March 2025, and that 212 owners had applied for 120 places.",
        ],
    ),
    (
        "n119-us-us-supreme",
        "The alliance's lawyer, Bryce Tolliverson, did not respond to phone and email messages Tuesday. A person familiar with the alliance's plans said the group was weighing whether to ask the U.S. Supreme Court to take the case.",
        [
            "The alliance's lawyer, Bryce Tolliverson, did not respond to phone and email messages Tuesday.",
            "A person familiar with the alliance's plans said the group was weighing whether to ask the U.S. Supreme Court to take the case.",
        ],
    ),
    (
        "n119-us-bio-phone",
        "Dale Hornbeckwith covers courts and local government for the Register. Reach him at 406-555-0143.",
        [
            "Dale Hornbeckwith covers courts and local government for the Register.",
            "Reach him at 406-555-0143.",
        ],
    ),
    (
        "n119-au-paywall",
        "Subscribe to keep reading. Get unlimited digital access from $1 a week. Cancel anytime.",
        [
            "Subscribe to keep reading.",
            "Get unlimited digital access from $1 a week.",
            "Cancel anytime.",
        ],
    ),
    (
        "n119-au-hitchhike",
        "Travellers at the terminal on Wednesday told the Star they would have to drive 4½ hours to Brisbane or take the coach. “My husband has chemo in Brisbane every three weeks,” said Glenys Ardrossick, of Mount Pellorack. “What do they want us to do, hitchhike?”",
        [
            "Travellers at the terminal on Wednesday told the Star they would have to drive 4½ hours to Brisbane or take the coach.",
            "“My husband has chemo in Brisbane every three weeks,” said Glenys Ardrossick, of Mount Pellorack.",
            "“What do they want us to do, hitchhike?”",
        ],
    ),
    (
        "n119-ca-email-letter",
        "Bishop Forthergill did not respond to an interview request on Monday. The diocese's communications director, Shauna Kinellary, said in an email that the bishop had “nothing to add to his letter.”",
        [
            "Bishop Forthergill did not respond to an interview request on Monday.",
            "The diocese's communications director, Shauna Kinellary, said in an email that the bishop had “nothing to add to his letter.”",
        ],
    ),
    (
        "n119-ca-am-weekday",
        "Sign up for the Shoreline's morning briefing. Delivered to your inbox at 6 a.m. every weekday.",
        [
            "Sign up for the Shoreline's morning briefing.",
            "Delivered to your inbox at 6 a.m. every weekday.",
        ],
    ),
    (
        "n119-ie-mr-sgt",
        "Solicitor for the applicant, Mr Cathal Ruddenbrook, put it to the sergeant that only two of the 19 calls had led to a prosecution. Sgt Dunlorcan agreed, but said gardaí were often not called until a fight had ended.",
        [
            "Solicitor for the applicant, Mr Cathal Ruddenbrook, put it to the sergeant that only two of the 19 calls had led to a prosecution.",
            "Sgt Dunlorcan agreed, but said gardaí were often not called until a fight had ended.",
        ],
    ),
    (
        "n119-sg-pte-regn",
        "Copyright © 2027 Straitsquay Media Pte. Ltd. Co. Regn. No. 201718493K. All rights reserved.",
        [
            "Copyright © 2027 Straitsquay Media Pte. Ltd.",
            "Co. Regn. No. 201718493K.",
            "All rights reserved.",
        ],
    ),
    (
        "n119-nz-lt-col",
        "Lt Col Rewanuiwa said that was not correct. He said the camp had written to 46 neighbouring landowners in November and received four replies.",
        [
            "Lt Col Rewanuiwa said that was not correct.",
            "He said the camp had written to 46 neighbouring landowners in November and received four replies.",
        ],
    ),
]
