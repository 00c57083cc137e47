"""Hundred-and-twenty-seventh set of new hand-labelled pages for the hint engines (tuning set, round forty-nine):
twelve WHOLE pages of everyday news, head to tail as a reader's paste gives them, from twelve
countries where the SPEAKER is the hard part. The pages: a Nigerian daily's metro page (Lagos
traders of a burnt market reject an order to move to a lorry park), a Malaysian news portal (a
diesel spill cuts water to 86,000 accounts in Kulai, Johor), an English-language daily in the
United Arab Emirates (paid parking on the Fujairah Corniche), a Belgian English-language news site
(a Mechelen bridge to close for 14 months), a Philippine daily's metro page (a Malabon barangay
flooded after its pump fails), a Kenyan regional daily's courts page (a matatu sacco sues Uasin
Gishu county over a new Eldoret terminus), an Irish regional weekly (a town's last bank branch to
close, with a Q&A block), a United States local TV station's site (an Ohio boil advisory, with a
press-conference excerpt), a South African news site (refuse piles up in Durban as waste workers
refuse overtime), a Pakistani English daily's city page (the price of a roti in Karachi to rise to
Rs30), a New Zealand regional news site (a district council's 11.4 per cent rates rise) and a
Jamaican daily (St Catherine residents block a road after nine days without water).

What is hard is naming the speaker. Pronoun chains across paragraphs with two people of the same
gender, page after page (a market chairman and a commissioner; a roads director and a sheikh; an
alderman and an opposition councillor; a barangay captain and a city engineer; a sacco chairman
and a county executive; a pharmacist and a councillor; a union secretary and a city spokeswoman; a
tandoor owners' president and a commissioner; a mayor and a councillor; a pastor and a
councillor), where "He said" or "She said" belongs to the person named in the sentence before,
not to the one named in the same paragraph. Speakers named only after a long quote that opens a
paragraph earlier ("“I had 1.6 million naira of lace in that shop ..." / "“Now they want me ...,”
said Mrs ..., 47, who ..."), with "?" and "!" inside the quote before the attribution ("How many
more times can I do that?” said Ng Siew Lan, ...", "“Nine o'clock!” said ..."). Roles and ages
after names and surnames later ("Siobhán Mulqueeny, 52, who runs a pharmacy ...," then "Ms
Mulqueeny said"; "Tebbetts, 61, said"; "Councillor Margot Stannard, 52, a sheep and beef farmer
...,"; "Mr Kuttikkadan said", "Mrs Cassim-Moosa said", "Rev Ashmeade said", "Sheikh Rashid said",
"Zainal Rashid said"). Unnamed spokespeople and officials ("A police spokeswoman, who asked not to
be named because ...,", "A spokeswoman for the Lagos State Fire and Rescue Service", "A senior
municipal official who asked not to be named", "A barangay councilman who asked not to be named",
"A senior county official who requested anonymity", "An official of the food department who spoke
on condition of anonymity", "A council spokeswoman", "A city spokeswoman") and their later "The
official", "the official" and "The councilman". Organisations speaking ("The Lagos State Ministry
of Commerce and Trade said in a statement", "It added", "it said", "The operator said in a
statement", "The municipality said", "the city announced", "In a statement, the bank said", "The
county health department said in a post on Facebook" and "It urged", "The Sindh Food Department
said in a statement", "the department said", "The forum said", "The city said in a statement").
Statements posted, emailed, filed, written and read out ("wrote in a post on X", "In a post on X on
Monday evening, Van der Meulebroeck wrote", "said in an emailed statement", "said in court papers
filed at ...", "In an affidavit, its chairman, ..., said", "In a letter to the governor dated April
30 and seen by the Gazette, the Uasin Gishu Traders' Forum wrote", "wrote on Facebook", "In a
statement read to residents ... by its community relations manager, ..., the Southern Parishes
Water Company said"). Quotes spanning paragraphs, colon quotes ("Her message to the government was
simple: “...”", "Her answer ... was short: “...”", "His plea from the pulpit on Sunday had been
simple: “...”"), reported speech with "according to" (the fire service, data from a regulator,
the municipality's figures, city figures, the state weather bureau, court papers, a millers'
forum, a service-delivery dashboard, a long-term plan, the utility's figures), titles and particles
in names (Alhaji, Chief (Mrs), Hon., Datuk Haji, Datuk Ir., Puan, Assistant Commissioner, Eng.,
Sheikh, Barangay Captain, Engr., Justice, Haji, The Reverend, Rev, Dr; bin, binti, Wan, Al, Van
der, Van den, van der, de la, Ma., Te, Ó, Mac), a Q&A block ("Q:" / "A:") and a press-conference
excerpt with name prefixes ("REPORTER:", "SCARBROUGH:", "TEBBETTS:"). Beside them the ordinary
check-worthiness labels: statements of record, figures and first-person records "W"; opinions,
feelings, questions, plans, forecasts, schedules, advice and refusals "". The pages hold 525
sentences: 217 "B", 192 "W" and 116 ""; 271 sentences carry a speaker (103 distinct speakers).
`STYLES` describes each page, its story, its speakers and its furniture in order.

Written from scratch for issue 13 in round forty-nine, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README of the project was opened; `claimreview` was never imported, and no
test, scorer, engine or `pytest` was run. The search and fetch tools were not used, and nothing was
copied from anywhere. What was read: the brief (`/tmp/brief/common.md`, printed whole, with
`/tmp/brief` and `/tmp/sets` listed in the same command: the first held only the brief, the second
was empty); the module docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with
`ast.get_docstring`), `def build` in `tests/text/labelled_articles.py` (its source segment printed
by an `ast` script of my own, that function only) and the `[tool.ruff]` tables of `pyproject.toml`
(loaded with `tomllib` and printed), all in one command; then the output of a script of my own using
`ast` that prints the module docstring, `STYLES`, the first two pages of `ARTICLES` and the first
eight `CASES` of `labelled_new123.py` and `labelled_new124.py`. The tool cut the middle of that
output, so the start of the docstring of `labelled_new123.py` and the end of the first page, the
second page and the cases of `labelled_new124.py` were seen; the output was saved to a scratch file,
of which `grep -n` showed the section markers and `sed` showed three ranges covering the rest of it
up to the first lines of the first page of `labelled_new124.py` (the tool cut about fourteen lines
of that file's settled conventions); so the middle of the first page of `labelled_new124.py` was
never seen. No other page, case or docstring of any file under `tests/` was read. The project's
`.venv` did not exist, so `grep -n ruff` on `pyproject.toml` showed its development pin
("ruff>=0.14,<1"), the first forty lines of `/work/.library/env/README.md` and a `grep` of its
package lists for ruff were read, and ruff 0.17.6 was installed with `pip` from PyPI into a scratch
virtual environment of my own. What was run: a Python one-liner printing the calendars of April, May
and June 2027 (to check weekdays); scripts of my own in a scratch folder that turn a small line
format (flag, speaker, cue and text separated by a tilde, one line a sentence, a leading "+"
continuing the paragraph, short keys for speakers' full names, case marks naming a first sentence
and a length) into the literals below, apply renames, count sentences, flags and speakers and cut
the split cases out of the pages; case-insensitive substring file counts (`grep -rliF -- WORD
/work/main/tests/text | wc -l`) for every capitalised word of three letters or more and every part
of a hyphenated word of the pages (645 words), for about 100 candidate replacements and again for
all words after the renames; an import of this file by path with `labelled_articles.build` on every
page and a check of the offsets, the flags, no "B" with a speaker, a cue for every speaker and a
speaker for every cue, 30 distinct case ids, every case text in a built page and equal to its
sentences joined by single spaces, each expected sentence one labelled sentence of one paragraph, in
order, and the counts above; and `ruff format` and `ruff check` from that scratch environment with
the project's `pyproject.toml` as config, the check through `--stdin-filename
tests/text/labelled_new127.py` so that the per-file ignores for `tests/**` apply (a check of the
file at its own path, outside `tests/`, reports only E501 long lines, which those ignores cover, as
for the earlier sets); a scan of the labelled sentences for a full stop, question or exclamation
mark followed by a capital inside one sentence (it found only the titles "Hon.", "Datuk Ir.",
"Eng.", "Ma." and "Engr.", "Sdn. Bhd." before a company number, two list numbers and one question
inside a quote before its attribution, all as intended); and a final `ls -la /tmp/sets`, which
listed other writers' files there, none of which was opened. Only counts were read from the word
searches, never the matched lines or file names. Of the first draft's coined words, 34 hit more than
two files and were renamed: outlets (Trumpet, Berea, Kerio, Sahil, Shannon Clarion), a town and a
county in Ohio (Dunmere, Kettering), a street (Harmon), a bank (Corrib Allied), a barangay (Bagong
Tanglaw) and surnames and parts of double-barrelled surnames (Fashakin, Lawal, Adeyinka, Kelloway,
Fairbrass, Kiptanui, Samoei, Teague, Dagohoy, Dlamini, Ellacott, Mthembu, Sewell, Tuhiwai, Lawes,
Platt, Rennie, Giolla, Awhe, Duma, Hunt, Blackwood and Brissett) and a given name (Consolacion);
only replacements that hit at most two files were kept. What still hits is real countries, regions,
cities, towns, suburbs and roads (Lagos, Ogun, Johor, Johor Bahru, Kota Tinggi, Sharjah, Brussels,
Flanders, Belgium, Manila, Eldoret, Iten, Turbo, Nandi, Uganda Road, Roscommon, Ohio, Durban, KZN,
Karachi, Sindh, St Catherine, Spanish Town and the like), common given names kept on purpose
(Temitope, Kunle, Adewale, Afiqah, Hafiz, Muhammad, Ibrahim, Rahmat, Hisham, Harun, Chong, Siew,
Meng, Salem, Obaid, Rashid, Jeroen, Marieke, Koen, Jonas, Kristine, Rowena, Chepkoech, Joel,
Ezekiel, Felix, Dominic, Janet, Siobhán, Bernadette, Gráinne, Tomás, Colm, Pádraig, Donna, Tasha,
Marcus, Dwayne, Reshma, Zanele, Siyabonga, Sattar, Abdul, Iqbal, Rukhsana, Nawaz, Jocelyn, Kate,
Wiremu, Hamish, Clive, Andrea, Dwight), common words and tokens (Iyaloja, Alhaji, Sheikh, Datuk,
Puan, Haji, Mohd, Taman, Baru, Bahasa, Engr, Tandoor, Roti, Matatu, Dáil, Anchor, Allied, Mobility,
Chapel, Millers, Gardens, Parishes, MYT, EDT, KMC, PAIA, EEO, FCC, Sdn, Bhd, Pvt, Pty, LLC and the
like).

Every person, outlet, firm, market, association, plant, council, union, forum, sacco, bank, credit
union, chapel, school, estate, bridge, street and figure is invented. Real countries, regions,
cities and institutions appear only as settings, with invented statements and figures: those
listed above, Lagos Island, Oyingbo and Alausa, the Lagos State Government, its House of Assembly
and its fire and rescue service, Kulai, Senai and a Johor Department of Environment, the Water
Services Industry Act, Fujairah, Al Faseel, Ajman, Al Nuaimiya, Fujairah Police and the emirate's
Executive Council, Mechelen, the Dijle, Antwerp, Ghent, Wallonia and the Flemish government,
Malabon, Metro Manila and Navotas, Uasin Gishu, Kapsabet, Kapseret and the Eldoret High Court,
Athlone and Strokestown, Overport, Sydenham and Reservoir Hills, Saddar, Lyari and the Sindh Food
Department, Ferry Pen and Portmore; and X, Facebook, WhatsApp, Telegram, Viber, Messenger and
LinkedIn as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, strip, menu, section path, byline, date, share line, caption,
credit, link, list item, note and legal line is a paragraph of its own); each paragraph a list of
sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent sets: furniture "B"
line by line, whatever it says; a caption by its content and its credit "B"; headlines and
standfirsts never split and flagged by content, a headline's "says" or "say" carrying the speaker as
the story first gives it; a dateline belongs to its lead sentence; a person is named in full as
first given, without titles or roles, and a pronoun, a surname or a title with a surname resolves to
that name; "according to X" gives X as written; a quote over several sentences or paragraphs
carries its speaker and cue in each; a judge acting without a verb of saying carries no speaker;
an anonymous source keeps a restrictive clause ("who asked not to be named") and drops a
non-restrictive one set off by commas; a descriptor before a proper name is dropped ("the water
operator Syarikat Air Tebrau Bhd", "The contractor, Brugmans & Teirlinck NV,"); a generic noun for a
body is kept as written ("The ministry", "The operator", "The municipality", "the bank", "the
department", "The forum", "The city"), while "It said", "It added" and "It urged" resolve to the
body as first given.

Conventions this set had to settle, in the same spirit:

* A colon quote with no verb of saying ("Her message to the government was simple: “...”", "Her
  answer to residents' calls for her resignation was short: “...”", "His plea from the pulpit on
  Sunday had been simple: “...”") carries the person whose words they are, with the noun that
  introduces the quote as cue ("message", "answer", "plea").
* The medium stays in the cue when it follows the verb ("wrote in a post on X", "said in a post on
  Facebook", "said in court papers", "said in an emailed statement", "wrote on Facebook", "said in a
  statement"); when it is fronted ("In a post on X ..., ... wrote", "In an affidavit, ..., said",
  "In a letter ... seen by ..., ... wrote", "In an emailed statement, ... said", "In a statement, it
  said") the cue is the verb alone. A later sentence of the same post or statement carries "he
  wrote", "she wrote" or "the statement said" as written.
* A statement read out by a named employee carries its author (the company), not the reader; the
  reader's own remarks afterwards carry the reader, first named in that statement's sentence.
* "did not say when ..." and "could not say why ..." are refusals like "declined to say": the
  person, the cue as written, "". "She declined to name the company" likewise, with "declined to
  name".
* Press-conference excerpt: each turn's first sentence holds its prefix; a turn carries the person
  the prefix names, as first given in the story, with the prefix as cue ("SCARBROUGH:",
  "TEBBETTS:"), every sentence of the turn alike; "REPORTER:" turns carry no speaker unless they
  cite a source ("REPORTER: Residents say ..." -> "Residents", "say"). The line introducing the
  excerpt ("..., edited for length and clarity.") is "B".
* Q&A block: "A:" answers carry the interviewee with "A:" as cue, every sentence of the answer
  alike; "Q:" questions carry no speaker unless they cite a source ("Q: The bank says ..." -> "The
  bank", "says"); the block's subhead ("Q&A: the credit union manager") is "", and the note
  introducing the interview in two sentences "B", as in `labelled_new2.py`.
* Honorifics and titles dropped: "Alhaji", "Chief (Mrs)", "Hon.", "Mr", "Mrs", "Ms", "Datuk Haji",
  "Datuk Ir.", "Puan", "Assistant Commissioner", "Eng.", "Sheikh", "Barangay Captain", "Engr.",
  "Justice", "Haji", "The Reverend", "Rev", "Dr", "Mayor", "Councillor"; "Ma." (for Maria) is part
  of the given name as first given and kept; "bin", "binti", "Wan", "Al", "Van der" and "Van den"
  (Belgian, capitalised), "van der" (Dutch, lower case), "de la", "Te", "Ó" and "Mac" are part of
  the name and kept as first given, even when a later cue starts a sentence with the particle ("De
  la Rama-Buenviaje said"). A Malay short form ("Zainal Rashid said") and a title with a given name
  ("Sheikh Rashid said") resolve to the full name.
* Ages and descriptions after a name ("Siobhán Mulqueeny, 52, who runs a pharmacy ...,", "Tebbetts,
  61,") are not part of it.
* A long quote opened in one paragraph and attributed only at the end of the next ("“... said Mrs
  Bukola Ajanaku-Sowemimo, 47, ...") carries that speaker in every sentence of both paragraphs.

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of one to
three consecutive sentences of one paragraph of these pages joined by single spaces: "Chief (Mrs)"
and a colon quote; "2.40 a.m. on" mid-sentence; "Hon." with a post on X and a two-sentence post;
"Datuk Haji ... bin" before a short-form cue; "9.15 p.m. and" mid-sentence; "“I am 61." before a
question with its attribution; a sheikh's short form before "He said"; "Eng." and a quote after
"he said."; "Van der" starting sentences; a quote
opened without attribution; "BV" before "All rights reserved."; "Ma." and "1:30 p.m.,"; "“We wrote
twice." and "?” she said."; "City engineer Engr."; "Mr ..., who was speaking ..., said" before "He
said"; "Justice" before "She barred"; "?” Ms Mulqueeny
said."; "A: Yes."; "Q: The bank says ..." before "Do you see the same?"; "5:52 a.m." before "The
public alert"; "“Nine o'clock!” said"; "REPORTER:" citing residents; "SCARBROUGH: Not before
Friday."; two women by surname and pronoun; "?” said" at the end of a long quote; an organisation's
statement, "It added" and "the department said"; "?” said" after three quoted sentences; "Ms ...
said that was “not the point”." before "She said"; a statement read out by a named employee; "The
Reverend" and "His plea ...: “...”": what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Nigerian DAILY\'s metro page (Lagos), traders of a burnt market reject an order to move to a lorry park: masthead in capitals, e-paper strip, menu with wide spaces, section path with a slash; headline of record with no speaker "W"; standfirst "We were never consulted, says market association chairman" carrying the chairman as the story names him "W"; byline in capitals, date line, share line; caption "" and photo credit; "LAGOS —" lead with no speaker "W"; "The Lagos State Ministry of Commerce and Trade said in a statement" and "the statement said" "W"; "It added" and "it said" carried by the ministry as first given ("W", ""); the association chairman with "Alhaji" dropped ("W", "he said" "", a quote continued in its own paragraph ""); the commissioner with "Mr" dropped ("told reporters" "W", "He said" a plan ""); two men across paragraphs ("Alhaji Ajibolade said" "W", "He said" "W" his, "Mr Adegbesan, asked about the letters, said" "W", "He said" "W" his); the Iyaloja with "Chief (Mrs)" dropped ("W") and a colon quote "Her message to the government was simple: ..." with "message" as cue ""; ADVERTISEMENT; a fire-service spokeswoman ("2.40 a.m. on" mid-sentence "W", "She said" "W"); "A police spokeswoman, who asked not to be named because ...," with the clause dropped "W"; ALSO READ link; a lawmaker with "Hon." dropped "wrote in a post on X" "W" and a two-sentence post ""; a trader named only after a quote opened in the paragraph before ("W", "", ""); "The ministry said" kept as written "W"; "according to the fire service" "W" (tags, RELATED NEWS list, a tip line in two sentences, copyright split at "Ltd." before "All rights reserved.", footer links)',
    'Malaysian NEWS PORTAL (Johor), a diesel spill cuts water to 86,000 accounts: masthead in capitals, an edition strip, menu with pipes, section path with ›; headline "..., operator says" carrying the operator as the lead names it "W"; lower-case "by" byline, date line with "AM MYT", listen/share line; caption "" and a dash credit; "KULAI, May 20 —" lead ending "the water operator Syarikat Air Tebrau Bhd said" with the descriptor dropped "W", "It said" with "9.15 p.m. and" mid-sentence "W"; "The operator said in a statement" kept as written "W" and "It added" resolving to the operator as first given ""; the state exco with "Datuk Haji" dropped and "bin" kept ("W", "Zainal Rashid said" resolving to the full name "W", "he told reporters" "W" and its continuation ""); the environment director with "Puan" dropped and "binti" and "Wan" kept ("W", "She said" "W", "She declined to name" ""); the district police chief with "Assistant Commissioner" dropped "W"; ADVERTISEMENT; a resident named only after a quote over two paragraphs ("4 p.m. and by 4.20 p.m." "W", "", "“I am 61." "", "How many more times can I do that?” said ..." one sentence ""), "Ng said" "W"; "An official at the state water regulatory body who asked not to be named" kept with its clause "W" and "The official said" kept as written ""; the operator\'s chief executive with "Datuk Ir." dropped ("W", "he said" ""); "Zainal Rashid said" "W" and "He said he expected" his ""; "according to data from the state water regulatory body" "W" (READ MORE link, related list, an app line, copyright with "Sdn. Bhd." and a company number before "All rights reserved.", footer links)',
    'United Arab Emirates ENGLISH DAILY (Fujairah), paid parking on the Corniche: masthead in capitals, a date-and-weather strip, menu with pipes, section path with >; headline "..., municipality says" carrying "Fujairah Municipality" "W"; "By a Staff Reporter", Published and Last updated lines, share line; caption "" and a dash credit; "Fujairah:" lead with the municipality "W", "The municipality said" kept as written "W", "In a statement, it said" "W" and "It added" "" carried by the municipality as first given; the roads director with "Eng." dropped ("W", a two-sentence quote ""); a neighbourhood council head with "Sheikh" dropped and "bin" and "Al" kept ("W", "He said" a plan ""); two men alternating ("Al Marqabi said" "W", "Sheikh Rashid said" "" and "He said" his "W", "Asked about the council\'s request, Al Marqabi said" "" and "He did not say when ..." with "did not say" as cue ""); ADVERTISEMENT; a grocer named only after a quote over two paragraphs ("", "", "W", "Who is going to pay that ...?” said ..., 52, who runs ..." one sentence ""), "Mr Kuttikkadan said" "W"; "A senior municipal official who asked not to be named" "W" and "The official said" a plan ""; a police spokeswoman "W"; "according to the municipality\'s figures" "W" (tags, Also read list, a WhatsApp line in two sentences, copyright split at "FZ-LLC." before "All rights reserved.", footer links)',
    'Belgian ENGLISH-LANGUAGE NEWS SITE (Mechelen), a bridge to close for 14 months: masthead in capitals, tagline, menu with pipes, section path with ›; headline of record "W" and a standfirst "Traders say ..." carrying "Traders" "W"; byline with no "By", date line, share line; caption "" and a © credit; lead ending "the city announced on Monday" and "it said" carried by "the city" "W"; the alderman with "Mobility alderman" dropped and the Belgian capitalised particle "Van der" kept ("W", "he said" ""), "In a post on X ..., Van der Meulebroeck wrote" with "wrote" as cue "W"; the traders\' chair "Van den Abeele" named before a relative clause ("W", "She said" "W"); "In a letter to the association seen by The Belfry, Van der Meulebroeck wrote" "W"; "The contractor, Brugmans & Teirlinck NV, said in an emailed statement" with the descriptor dropped "W"; its project director with the Dutch lower-case "van der" (a plan "", "she said" ""); two men across paragraphs (the opposition councillor "W" and "He said" his "", "Van der Meulebroeck said" "W" and "He said" his "W"); Advertisement; "A spokesman for the regional bus company" "W"; a café owner named only after a quote opened in the paragraph before ("", "", ""), "Scheerlinckx said" "W"; "according to city figures" "W" (Read also link, a numbered Most read list, a membership appeal in two sentences, copyright split at "BV" before "All rights reserved.", footer links)',
    'Philippine DAILY\'s metro page (Malabon), a barangay flooded after its pump fails: masthead in capitals, menu with pipes, section label; headline of record "W"; byline, date-and-time line, share line; caption "" and a photo credit in capitals; "MANILA, Philippines —" lead carrying "city and barangay officials" "W"; the barangay captain with "Barangay Captain" dropped and "Ma." and the particle "de la" kept ("1:30 p.m.," mid-sentence "W", "She said" "W", a three-sentence quote ending "What more do they want from us?” she said." "W", "W", ""); the city engineer with "City engineer Engr." dropped ("W", "She said" "W"); two women alternating ("De la Rama-Buenviaje said" "W", "She said" hers "", "Tiongco-Dimaculangan, asked about the receipt, said" "" and a colon quote "Her answer ... was short: ..." with "answer" as cue ""); "according to the state weather bureau" "W"; "The Malabon city government said in a Facebook post" and "It added" "W"; ADVERTISEMENT; "A barangay councilman who asked not to be named" "W" and "The councilman said" kept as written "W"; a police station spokeswoman "W"; a tricycle driver named only after a quote opened in the paragraph before ("", "", ""), "Catacutan said" "W" (RELATED STORIES list, Read Next, newsletter box lines, copyright split at "Inc." before "All rights reserved.", footer links)',
    'Kenyan REGIONAL DAILY\'s courts page (Eldoret), a matatu sacco sues the county over a new terminus: masthead in capitals, e-paper strip, menu with wide spaces, section label; headline of record "W"; byline in capitals, date line, read time, share line; caption "" and a photo credit with a pipe; lead with no speaker "W" and "Kipkaren Line Sacco said in court papers filed at ..." "W"; "In an affidavit, its chairman, ..., said" with "said" as cue "W" and "He said" a cost ""; "Mr Bargoria told the Gazette" "W", "he said" "" and the quote continued in its own paragraph ""; the county executive with "Mr" dropped ("W", "He said" "W"); two men across paragraphs ("Mr Bargoria said" "W", "He said" his "W", "Mr Lelmengit, who was speaking at the county assembly on Tuesday, said" "W", "He said" his ""); the judge with "Justice" dropped, acting with no verb of saying ("W", "She barred ..." "W"); the county\'s advocate "told the court" "W" and "He said" ""; "In a letter to the governor dated April 30 and seen by the Gazette, the Uasin Gishu Traders\' Forum wrote" "W"; ADVERTISEMENT; "A senior county official who requested anonymity" "W" and "the official said" kept as written ""; "According to court papers," "W"; a commuter named only after a quote opened in the paragraph before ("W", "", "“Who will pay that for me?” asked ..." one sentence ""), "Ms Chebichii said" "W" (tags, YOU MAY ALSO LIKE list, a tip line in two sentences, copyright split at "Ltd." before "All rights reserved.", footer links)',
    'Irish REGIONAL WEEKLY\'s site (Roscommon), a town\'s last bank branch to close, with a Q&A block: masthead in capitals, a subscribe/death-notices strip, menu with wide spaces, section path with ›; headline of record "W" and a standfirst "Credit union manager says ..." carrying the manager, a plan ""; byline, date line, share line; caption "" and credit; lead ending "Cullagh Provincial Bank confirmed on Tuesday" "W", "In a statement, the bank said" kept as written "W" and "It said" carried by the bank as first given "W"; a pharmacist "Siobhán Mulqueeny, 52, who runs ..." ("W", "“Where do we bring the takings now, Athlone?” Ms Mulqueeny said." one sentence ""); a councillor with "Independent councillor" dropped ("W", "She said" "W"); two women across paragraphs ("Ms Mulqueeny said" "W", "She said" hers ""); a bank spokeswoman ("W", "She declined to say" ""); a TD with "Local TD" dropped and the particle "Ó" kept, "said in an emailed statement" "W"; Advertisement; a "Q&A: ..." subhead "" and an introducing note in two sentences "B"; "Q:" turns with no speaker "", "A:" answers carrying the manager with "A:" as cue (figures "W", "A: Yes." and plans ""), and "Q: The bank says ..." carrying "The bank" "W" before "Do you see the same?" "" (Read more list, a newsletter ask in two sentences, copyright, footer links)',
    'United States LOCAL TV STATION\'s site (Ohio), a boil advisory after a water main break, with a press-conference excerpt: masthead in capitals, a watch-live strip, menu with pipes, a weather strip, section label; headline "..., mayor says" carrying the mayor "W"; byline, Published and Updated lines with "PM EDT", share line; a video caption "", a video credit and a running time "B"; "BRACKENHURST, Ohio (RV11) —" lead ending "Mayor ... said" "W"; the utilities director named with a comma role, "5:11 a.m. and" mid-sentence "W" and "Tebbetts, 61, said" "W"; "The county health department said in a post on Facebook" "W" and "It urged" carried by it ""; a line introducing the excerpt "B"; "REPORTER:" turns with no speaker "", except "REPORTER: Residents say ..." carrying "Residents" "W"; "SCARBROUGH:" and "TEBBETTS:" turns carrying the mayor and the director as first given, the prefix as cue ("W", "Not before Friday." "", "5:52 a.m." ending a sentence "W", a cost forecast ""); "A city spokeswoman" "W"; ADVERTISEMENT; a day-care owner named only after a quote opened in the paragraph before ("", "W", "“Nine o\'clock!” said ..." one sentence ""), "Pettibone said" "W"; a council member "wrote on Facebook" a plan "" and "He wrote" "W" (copyright split before "All rights reserved.", an app line, Related Stories list, footer links)',
    'South African NEWS SITE (Durban), refuse piles up as waste workers refuse overtime: masthead in capitals, subscribe strip, menu with pipes, section path with a slash; headline of record "W"; byline with a double-barrelled surname, date-and-time line, share line; caption "" and credit; lead with no speaker "W"; the union\'s regional secretary named before an apposition ("W", "She said" "W") and "In a letter to the city manager dated May 14 and seen by the Tribune, Mkhwanazi-Zondeki wrote" "W"; the city spokeswoman with "City spokeswoman" dropped ("W", "She said" "W"); two women across paragraphs ("Mkhwanazi-Zondeki said" "W", "She said" hers "", "Ndwandwe said" "W", "She said" hers "W"); a ward councillor ("W", "he said" ""); "A senior manager in the cleansing unit who asked not to be named" "W"; ADVERTISEMENT; a retired teacher named only after a quote over two paragraphs ("W", "", "W", "Is this what I pay for?” said ..." one sentence ""), "Mrs Cassim-Moosa said" "W"; "according to the city\'s service-delivery dashboard" "W"; "The city said in a statement" and "It said" a schedule and advice "" (Related Topics, Read Next list, a newsletter ask in two sentences, a press-code line, copyright split at "(Pty) Ltd." before "All rights reserved.", footer links)',
    'Pakistani ENGLISH DAILY\'s city page (Karachi), the price of a roti to rise to Rs30: masthead in capitals, date strip, menu with pipes, section label; headline "..., tandoor owners say" carrying the association as the lead names it "W"; "Our Staff Reporter", a Published/Updated line, share line; caption "" and a dash credit; "KARACHI:" lead with the association "W"; its president with "Haji" dropped ("W", "he told a press conference" "" and the quote continued in its own paragraph ""); "The Sindh Food Department said in a statement" "W", "It added" "W" and "the department said" kept as written ""; the commissioner with "Karachi Commissioner" dropped ("W", "He said" ""); two men across paragraphs ("Bhurgari said" "W", "He said" his "", "Soomro said" "W", "He said" his "W"); "In a post on X on Thursday night, provincial food minister ... said" with "said" as cue ""; "An official of the food department who spoke on condition of anonymity" kept with its clause "W"; ADVERTISEMENT; "According to the Karachi Flour Millers\' Forum," "W" and "The forum said" kept as written "W"; a rickshaw driver named only after a three-sentence quote ("W", "W", "Where will it come from, my rickshaw?” said ..." one sentence ""), "Nawaz said" "W" (a Published-in line, a comments line, Related stories list, copyright split at "(Pvt) Ltd." before "All rights reserved.", footer links)',
    'New Zealand REGIONAL NEWS SITE (a district council), rates up 11.4 per cent after a 6-5 vote: masthead in capitals, subscribe strip, menu with wide spaces, section path with ›; headline of record "W"; byline with a Local Democracy Reporter role, date line with "4:35pm", share line; caption "" and a "Photo /" credit; lead with no speaker "W"; the mayor with "Mayor" dropped and the Māori particle "Te" kept ("W", "she said" "", a quote continued in its own paragraph ""); "Councillor Margot Stannard, 52, a sheep and beef farmer elected in 2025, said" ("W", "She said" "W"); two women across paragraphs ("Te Rangiawha-Barclay said" "W", "She said" hers "W", "Ms Stannard said" "", "She said" hers "W"); the deputy mayor named before a relative clause "W"; "In an emailed statement, council chief executive ... said" with "said" as cue "W"; "A council spokeswoman" "W"; Advertisement; the ratepayers\' chairman ("W", "He said" a hedge ""); a farmer named only after a quote opened in the paragraph before ("W", "", ""), "Crosbie-Tennent said" "W"; "according to its long-term plan" "W" (a reporting-scheme note, More from list, copyright split at "Ltd." before "All rights reserved.", footer links)',
    'Jamaican DAILY (St Catherine), residents block a road after nine days without water: masthead in capitals, a classifieds/subscribe strip, menu with pipes, section label; headline of record "W"; byline with "/Staff Reporter", a Published line with pipes, share line; caption "" and a "Contributed" credit; lead with no speaker "W"; "A police spokeswoman said ... by 11 a.m. and ..." "W"; "In a statement read to residents ... by its community relations manager, ..., the Southern Parishes Water Company said" carried by the company, not the reader ("W"), "the statement said" a forecast "" and its continuation in its own paragraph ""; the reader named later for her own remarks ("W", "She could not say" ""); a pastor with "The Reverend" dropped ("W") and a colon quote "His plea from the pulpit on Sunday had been simple: ..." with "plea" as cue ""; the MP with "Dr" dropped "said in a post on X" "W" and "she wrote" ""; two men across paragraphs (the councillor with "Councillor for the Redbrook division" dropped "W", "Rev Ashmeade said" "W", "He said" his "W", "Samuda-Beckles, asked about the hillside, said" "W", "He said" his "W"); ADVERTISEMENT; a young mother named only after a quote opened in the paragraph before ("", "W", ""), "Heslop-Wedderburn said" "W"; "according to the utility\'s figures" "W" and a record with no speaker "W" (Related Stories list, a tip line in two sentences, copyright split at "Ltd." before "All rights reserved.", footer links)',
]

ARTICLES = [
    [
        [
            ("THE OWODUNNI HERALD", "", "", "B"),
        ],
        [
            ("E-Paper | Subscribe | Sign In", "", "", "B"),
        ],
        [
            ("Home   News   Metro   Politics   Business   Sports   Opinion   Video", "", "", "B"),
        ],
        [
            ("Metro / Lagos", "", "", "B"),
        ],
        [
            ("Igbomola fire: Traders reject order to move to Oyingbo lorry park", "", "", "W"),
        ],
        [
            (
                "We were never consulted, says market association chairman",
                "Kamoru Ajibolade",
                "says",
                "W",
            ),
        ],
        [
            ("By TEMITOPE ADEKUNBI-OSHIN", "", "", "B"),
        ],
        [
            ("Monday, May 10, 2027", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | WhatsApp | Email", "", "", "B"),
        ],
        [
            (
                "Traders sort salvaged goods in the burnt section of Igbomola Market, Lagos Island, on Saturday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PHOTO: KUNLE BADEJO-ARIGBE", "", "", "B"),
        ],
        [
            (
                "LAGOS — Traders at Igbomola Market on Lagos Island have rejected an order by the Lagos State Government to move to a temporary site in Oyingbo within 14 days, eleven days after a fire destroyed 212 shops in the market.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Lagos State Ministry of Commerce and Trade said in a statement on Sunday that the burnt section of the market was unsafe and would be demolished from May 24.",
                "The Lagos State Ministry of Commerce and Trade",
                "said in a statement",
                "W",
            ),
            (
                "“An integrity test carried out by the ministry's engineers found that 38 of the 41 buildings in the affected section can no longer bear load,” the statement said.",
                "The Lagos State Ministry of Commerce and Trade",
                "the statement said",
                "W",
            ),
        ],
        [
            (
                "It added that the temporary site at the old Oyingbo lorry park had space for 260 stalls, and that traders with receipts for their shops would be allocated stalls first.",
                "The Lagos State Ministry of Commerce and Trade",
                "added",
                "W",
            ),
            (
                "“Government will not wait for another fire to kill someone,” it said.",
                "The Lagos State Ministry of Commerce and Trade",
                "said",
                "",
            ),
        ],
        [
            (
                "But the chairman of the Igbomola Market Traders' Association, Alhaji Kamoru Ajibolade, said the association had not been consulted and that the Oyingbo site had no roof, no toilets and no water supply.",
                "Kamoru Ajibolade",
                "said",
                "W",
            ),
            (
                "“Our fathers traded here and we are not going anywhere,” he said.",
                "Kamoru Ajibolade",
                "said",
                "",
            ),
        ],
        [
            ("“Let them bring the roof and the water first.", "Kamoru Ajibolade", "said", ""),
            ("Then we can talk.”", "Kamoru Ajibolade", "said", ""),
        ],
        [
            (
                "The Commissioner for Commerce and Trade, Mr Olatunbosun Adegbesan, told reporters at the market on Saturday that the state had set aside N450 million to rebuild it.",
                "Olatunbosun Adegbesan",
                "told reporters",
                "W",
            ),
            (
                "He said work on a four-storey building with 640 shops would begin in September.",
                "Olatunbosun Adegbesan",
                "said",
                "",
            ),
        ],
        [
            (
                "Alhaji Ajibolade said the association had written to the commissioner twice since the fire, on May 1 and May 5, without a reply.",
                "Kamoru Ajibolade",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said Saturday's visit was the first by any state official and had lasted about 20 minutes.",
                "Kamoru Ajibolade",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mr Adegbesan, asked about the letters, said his office had received both and had replied on Friday.",
                "Olatunbosun Adegbesan",
                "said",
                "W",
            ),
            (
                "He said the association's executives had been invited to a meeting at the ministry in Alausa on Tuesday.",
                "Olatunbosun Adegbesan",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Iyaloja of the market, Chief (Mrs) Abosede Oyerinde-Akinsete, said 74 of the traders who lost shops were women who sold fabrics bought on credit.",
                "Abosede Oyerinde-Akinsete",
                "said",
                "W",
            ),
            (
                "Her message to the government was simple: “Rebuild where we are, and rebuild fast.”",
                "Abosede Oyerinde-Akinsete",
                "message",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "A spokeswoman for the Lagos State Fire and Rescue Service said the fire began at about 2.40 a.m. on April 29 in a shop selling generators and burned for six hours.",
                "A spokeswoman for the Lagos State Fire and Rescue Service",
                "said",
                "W",
            ),
            (
                "She said two of the service's three engines on Lagos Island had been under repair that night.",
                "A spokeswoman for the Lagos State Fire and Rescue Service",
                "said",
                "W",
            ),
        ],
        [
            (
                "A police spokeswoman, who asked not to be named because she was not authorised to speak on the investigation, said detectives had ruled out arson.",
                "A police spokeswoman",
                "said",
                "W",
            ),
        ],
        [
            (
                "ALSO READ: Lagos Island traders count losses as second market fire in a year guts 90 shops",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The lawmaker representing Lagos Island I in the State House of Assembly, Hon. Adewale Oduwaiye, wrote in a post on X on Sunday night that he had asked the governor to suspend the order.",
                "Adewale Oduwaiye",
                "wrote in a post on X",
                "W",
            ),
            (
                "“Our people lost everything in one night,” he wrote.",
                "Adewale Oduwaiye",
                "wrote",
                "",
            ),
            (
                "“You cannot ask them to lose their customers as well.”",
                "Adewale Oduwaiye",
                "wrote",
                "",
            ),
        ],
        [
            (
                "“I had 1.6 million naira of lace in that shop, and I borrowed half of it from my cooperative.",
                "Bukola Ajanaku-Sowemimo",
                "said",
                "W",
            ),
            ("Every week they call me for the money.", "Bukola Ajanaku-Sowemimo", "said", ""),
        ],
        [
            (
                "“Now they want me to start again in a lorry park where nobody comes to buy lace,” said Mrs Bukola Ajanaku-Sowemimo, 47, who has sold lace in the market for 22 years.",
                "Bukola Ajanaku-Sowemimo",
                "said",
                "",
            ),
        ],
        [
            (
                "The ministry said traders would pay no rent at the temporary site for the first six months.",
                "The ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "The market, built in 1968, has burned three times since 2019, according to the fire service.",
                "the fire service",
                "according to",
                "W",
            ),
        ],
        [
            ("Tags: Lagos | Igbomola Market | Fire | Traders", "", "", "B"),
        ],
        [
            ("RELATED NEWS", "", "", "B"),
        ],
        [
            ("Third Mainland Bridge to close for 48 hours from Friday", "", "", "B"),
        ],
        [
            ("Ogun traders protest new levy at Sango market", "", "", "B"),
        ],
        [
            ("Got a story?", "", "", "B"),
            ("WhatsApp: 0803 417 2290", "", "", "B"),
        ],
        [
            ("© 2027 Owodunni Herald Newspapers Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About Us | Contact | Advertise | Privacy Policy | Terms", "", "", "B"),
        ],
    ],
    [
        [
            ("SELATAN DAILY", "", "", "B"),
        ],
        [
            ("Edition: English | Bahasa Melayu | 中文", "", "", "B"),
        ],
        [
            ("News | Nation | Johor | Business | Sport | Lifestyle | Videos", "", "", "B"),
        ],
        [
            ("Nation › Johor", "", "", "B"),
        ],
        [
            (
                "Water cut to 86,000 accounts in Kulai after diesel spill, operator says",
                "Syarikat Air Tebrau Bhd",
                "says",
                "W",
            ),
        ],
        [
            ("by NUR AFIQAH ROSLANI", "", "", "B"),
        ],
        [
            ("Thursday, 20 May 2027 10:42 AM MYT", "", "", "B"),
        ],
        [
            ("Listen to this article | Share | Comments", "", "", "B"),
        ],
        [
            (
                "A water tanker supplies residents of Taman Sri Kenanga Baru in Kulai on Wednesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("— Picture by Hafiz Zamrudin", "", "", "B"),
        ],
        [
            (
                "KULAI, May 20 — Water supply to about 86,000 accounts in Kulai and Senai was cut off on Tuesday night after diesel was detected at the intake of the Sedenak Barat treatment plant, the water operator Syarikat Air Tebrau Bhd said.",
                "Syarikat Air Tebrau Bhd",
                "said",
                "W",
            ),
            (
                "It said the plant, which produces 310 million litres a day, was shut down at 9.15 p.m. and would stay closed until the river was clean.",
                "Syarikat Air Tebrau Bhd",
                "said",
                "W",
            ),
        ],
        [
            (
                "The operator said in a statement that 42 tankers and 18 static tanks had been sent to hospitals, schools and the worst-hit housing estates.",
                "The operator",
                "said in a statement",
                "W",
            ),
            (
                "It added that supply was expected to be restored in stages from Saturday.",
                "Syarikat Air Tebrau Bhd",
                "added",
                "",
            ),
        ],
        [
            (
                "State public works, transport and infrastructure committee chairman Datuk Haji Zainal Rashid bin Mohd Yazid said the diesel came from a drain behind a lorry workshop in an industrial area about 4km upstream.",
                "Zainal Rashid bin Mohd Yazid",
                "said",
                "W",
            ),
            (
                "Zainal Rashid said the workshop had been issued two compounds for illegal discharge in 2025.",
                "Zainal Rashid bin Mohd Yazid",
                "said",
                "W",
            ),
        ],
        [
            (
                "“This is the third time in three years that a few people have cut off water to a whole district,” he told reporters at the plant on Wednesday.",
                "Zainal Rashid bin Mohd Yazid",
                "told reporters",
                "W",
            ),
            (
                "“I have asked the state legal adviser whether the owners can be made to pay for the tankers.”",
                "Zainal Rashid bin Mohd Yazid",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "Johor Department of Environment director Puan Wan Nur Azreen binti Wan Harun said samples taken at the intake on Tuesday showed 14 milligrams of oil and grease per litre, against a limit of one milligram.",
                "Wan Nur Azreen binti Wan Harun",
                "said",
                "W",
            ),
            (
                "She said the workshop's owner, a 52-year-old man, had been called in to give a statement.",
                "Wan Nur Azreen binti Wan Harun",
                "said",
                "W",
            ),
            (
                "She declined to name the company, saying investigations were ongoing.",
                "Wan Nur Azreen binti Wan Harun",
                "declined to name",
                "",
            ),
        ],
        [
            (
                "Kulai district police chief Assistant Commissioner Rahmat Hisham bin Ibrahim said police had opened an investigation under the Water Services Industry Act and seized a pump and two drums.",
                "Rahmat Hisham bin Ibrahim",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "“The tanker came at 4 p.m. and by 4.20 p.m. it was empty.",
                "Ng Siew Lan",
                "said",
                "W",
            ),
            ("My neighbours and I carried buckets up three floors.", "Ng Siew Lan", "said", ""),
        ],
        [
            ("“I am 61.", "Ng Siew Lan", "said", ""),
            (
                "How many more times can I do that?” said Ng Siew Lan, a retired clerk who lives in a flat in Taman Sri Kenanga Baru.",
                "Ng Siew Lan",
                "said",
                "",
            ),
        ],
        [
            (
                "Ng said she had bought 48 bottles of water since Tuesday.",
                "Ng Siew Lan",
                "said",
                "W",
            ),
        ],
        [
            (
                "An official at the state water regulatory body who asked not to be named said the operator had been told in 2024 to build a second intake further upstream but had not done so.",
                "An official at the state water regulatory body who asked not to be named",
                "said",
                "W",
            ),
            (
                "The official said the regulator would “look at all options”, including a fine.",
                "The official",
                "said",
                "",
            ),
        ],
        [
            (
                "Syarikat Air Tebrau chief executive Datuk Ir. Chong Kah Meng said the second intake was in the design stage and would cost RM190 million.",
                "Chong Kah Meng",
                "said",
                "W",
            ),
            (
                "“We will not cut corners to finish it faster,” he said.",
                "Chong Kah Meng",
                "said",
                "",
            ),
        ],
        [
            (
                "Zainal Rashid said the state had approved the intake's funding in March.",
                "Zainal Rashid bin Mohd Yazid",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said he expected work to start before the end of the year.",
                "Zainal Rashid bin Mohd Yazid",
                "said",
                "",
            ),
        ],
        [
            (
                "Kulai has had 11 unscheduled water cuts since 2024, according to data from the state water regulatory body.",
                "data from the state water regulatory body",
                "according to",
                "W",
            ),
        ],
        [
            ("READ MORE: Johor to gazette river buffer zones in Kota Tinggi", "", "", "B"),
        ],
        [
            ("Related Articles", "", "", "B"),
        ],
        [
            ("Senai airport expansion to add 2,000 jobs, says MB", "", "", "B"),
        ],
        [
            ("Johor Bahru flat residents complain of lift breakdowns", "", "", "B"),
        ],
        [
            ("Download our app for breaking news alerts.", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Selatan Media Sdn. Bhd. (201301023456)", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Terms | Privacy | Advertise | Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("THE HAJAR COURIER", "", "", "B"),
        ],
        [
            ("Monday, April 26, 2027 | Fujairah 31°C", "", "", "B"),
        ],
        [
            ("UAE | Gulf | World | Business | Sport | Opinion | Life", "", "", "B"),
        ],
        [
            ("UAE > Fujairah", "", "", "B"),
        ],
        [
            (
                "Fujairah Corniche parking to cost Dh2 an hour from June 1, municipality says",
                "Fujairah Municipality",
                "says",
                "W",
            ),
        ],
        [
            ("By a Staff Reporter", "", "", "B"),
        ],
        [
            ("Published: Mon 26 Apr 2027, 9:30 PM", "", "", "B"),
        ],
        [
            ("Last updated: Mon 26 Apr 2027, 11:05 PM", "", "", "B"),
        ],
        [
            ("Share   WhatsApp   X   Facebook   Email", "", "", "B"),
        ],
        [
            ("Cars parked along the Fujairah Corniche on Sunday evening.", "", "", ""),
        ],
        [
            ("— Photo: Shihab Kolathuparambil", "", "", "B"),
        ],
        [
            (
                "Fujairah: Motorists will pay Dh2 an hour to park along a 3.2km stretch of the Fujairah Corniche from June 1, Fujairah Municipality said on Monday.",
                "Fujairah Municipality",
                "said",
                "W",
            ),
            (
                "The municipality said 1,140 spaces would be covered by the scheme, and parking would stay free on Fridays and public holidays.",
                "The municipality",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a statement, it said the charges would apply from 8am to 10pm, Saturday to Thursday.",
                "Fujairah Municipality",
                "said",
                "W",
            ),
            (
                "It added that the revenue would be used to maintain the Corniche and its public toilets.",
                "Fujairah Municipality",
                "added",
                "",
            ),
        ],
        [
            (
                "Eng. Salem Obaid Al Marqabi, the municipality's director of roads and parking, said a survey last year found that 63 per cent of cars on the Corniche at peak times stayed for more than five hours.",
                "Salem Obaid Al Marqabi",
                "said",
                "W",
            ),
            (
                "“Many of them belong to people who work nearby and use the Corniche as a free car park,” he said.",
                "Salem Obaid Al Marqabi",
                "said",
                "",
            ),
            ("“The beach is for everyone.”", "Salem Obaid Al Marqabi", "said", ""),
        ],
        [
            (
                "Sheikh Rashid bin Humaid Al Saqlawi, who heads the Al Faseel neighbourhood council, said residents of the 14 buildings facing the Corniche had not been told about the plan before it was announced.",
                "Rashid bin Humaid Al Saqlawi",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said the council would ask for free permits for residents and would put the request in writing this week.",
                "Rashid bin Humaid Al Saqlawi",
                "said",
                "",
            ),
        ],
        [
            (
                "Al Marqabi said residents would be able to buy an annual permit for Dh600.",
                "Salem Obaid Al Marqabi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sheikh Rashid said that was more than many families in the area could afford.",
                "Rashid bin Humaid Al Saqlawi",
                "said",
                "",
            ),
            (
                "He said about 40 per cent of the flats facing the Corniche were rented by families earning less than Dh8,000 a month.",
                "Rashid bin Humaid Al Saqlawi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Asked about the council's request, Al Marqabi said discounts for low-income residents were “being studied”.",
                "Salem Obaid Al Marqabi",
                "said",
                "",
            ),
            (
                "He did not say when a decision would be made.",
                "Salem Obaid Al Marqabi",
                "did not say",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "“My customers stop for ten minutes, buy their tea and their newspaper, and go.",
                "Anil Kuttikkadan",
                "said",
                "",
            ),
            (
                "If they have to find a machine and pay Dh2 for ten minutes, they will go to the petrol station instead.",
                "Anil Kuttikkadan",
                "said",
                "",
            ),
        ],
        [
            (
                "“I have been here since 2009 and I pay Dh94,000 a year in rent.",
                "Anil Kuttikkadan",
                "said",
                "W",
            ),
            (
                "Who is going to pay that if the customers stop coming?” said Anil Kuttikkadan, 52, who runs a grocery on the ground floor of one of the Corniche buildings.",
                "Anil Kuttikkadan",
                "said",
                "",
            ),
        ],
        [
            (
                "Mr Kuttikkadan said four of the eleven shops in his block had closed since 2025.",
                "Anil Kuttikkadan",
                "said",
                "W",
            ),
        ],
        [
            (
                "A senior municipal official who asked not to be named said the scheme had been approved by the emirate's Executive Council in February and would not be delayed.",
                "A senior municipal official who asked not to be named",
                "said",
                "W",
            ),
            (
                "The official said 18 inspectors would be hired to enforce it.",
                "The official",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokeswoman for Fujairah Police said the fine for not paying would be Dh150, the same as in neighbouring emirates.",
                "A spokeswoman for Fujairah Police",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Corniche draws about 22,000 visitors on a typical weekend, according to the municipality's figures.",
                "the municipality's figures",
                "according to",
                "W",
            ),
        ],
        [
            ("Tags: Fujairah | Parking | Corniche", "", "", "B"),
        ],
        [
            ("Also read", "", "", "B"),
        ],
        [
            ("Ajman to add 800 paid parking spaces in Al Nuaimiya", "", "", "B"),
        ],
        [
            ("Sharjah beach barbecue fines explained", "", "", "B"),
        ],
        [
            ("Stay up to date with the latest news.", "", "", "B"),
            ("Follow us on WhatsApp.", "", "", "B"),
        ],
        [
            ("© 2027 Hajar Courier Publishing FZ-LLC.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Privacy Policy | Terms of Use | Advertise | Contact Us", "", "", "B"),
        ],
    ],
    [
        [
            ("THE BELFRY", "", "", "B"),
        ],
        [
            ("News from Belgium, in English", "", "", "B"),
        ],
        [
            ("News | Brussels | Flanders | Wallonia | Business | Culture | Sport", "", "", "B"),
        ],
        [
            ("Home › Flanders › Mechelen", "", "", "B"),
        ],
        [
            ("Mechelen's Lijsterbrug to close for 14 months from July", "", "", "W"),
        ],
        [
            (
                "Traders say the city turned down their plea for a temporary footbridge during the works",
                "Traders",
                "say",
                "W",
            ),
        ],
        [
            ("Eline Vermassche", "", "", "B"),
        ],
        [
            ("Tuesday 11 May 2027", "", "", "B"),
        ],
        [
            ("Share | Email | Print", "", "", "B"),
        ],
        [
            ("The Lijsterbrug over the Dijle in central Mechelen.", "", "", ""),
        ],
        [
            ("Photo © The Belfry / Jonas Verstraeten", "", "", "B"),
        ],
        [
            (
                "The Lijsterbrug, the busiest of the three bridges over the Dijle in the centre of Mechelen, will close to all traffic from July 5 for at least 14 months, the city announced on Monday.",
                "the city",
                "announced",
                "W",
            ),
            (
                "About 9,400 cyclists and 3,100 pedestrians cross the bridge on a weekday, it said.",
                "the city",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mobility alderman Jeroen Van der Meulebroeck said the concrete deck, built in 1936, had corroded so badly that lorries had been banned from it since 2025.",
                "Jeroen Van der Meulebroeck",
                "said",
                "W",
            ),
            (
                "“We are not closing it because we want to, we are closing it because in ten years there would be nothing left to close,” he said.",
                "Jeroen Van der Meulebroeck",
                "said",
                "",
            ),
        ],
        [
            (
                "In a post on X on Monday evening, Van der Meulebroeck wrote that the renovation would cost €11.8 million, of which the Flemish government would pay €4.2 million.",
                "Jeroen Van der Meulebroeck",
                "wrote",
                "W",
            ),
        ],
        [
            (
                "Griet Van den Abeele, who chairs the traders' association of the Lijsterstraat and runs a bakery at the foot of the bridge, said 38 shops and cafés depended on people crossing it.",
                "Griet Van den Abeele",
                "said",
                "W",
            ),
            (
                "She said the association had asked the city in March to build a temporary footbridge, and had been refused in April.",
                "Griet Van den Abeele",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a letter to the association seen by The Belfry, Van der Meulebroeck wrote that a temporary footbridge would cost €690,000 and would block the tourist boats that use the river in summer.",
                "Jeroen Van der Meulebroeck",
                "wrote",
                "W",
            ),
        ],
        [
            (
                "The contractor, Brugmans & Teirlinck NV, said in an emailed statement that it had won the contract in February with a bid of €11.1 million.",
                "Brugmans & Teirlinck NV",
                "said in an emailed statement",
                "W",
            ),
        ],
        [
            (
                "Its project director, Marieke van der Gaarden, said the firm would work six days a week, and at night during the three weeks when the new deck is lifted into place.",
                "Marieke van der Gaarden",
                "said",
                "",
            ),
            (
                "“We know every day counts for the shops,” she said.",
                "Marieke van der Gaarden",
                "said",
                "",
            ),
        ],
        [
            (
                "Opposition councillor Koen Dewaelheyns said the city had known the state of the bridge since an inspection in 2019 and had postponed the works twice.",
                "Koen Dewaelheyns",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said the city should have built the footbridge “whatever it costs”.",
                "Koen Dewaelheyns",
                "said",
                "",
            ),
        ],
        [
            (
                "Van der Meulebroeck said the 2019 inspection had rated the bridge as “fair” and the deck had deteriorated faster than expected.",
                "Jeroen Van der Meulebroeck",
                "said",
                "W",
            ),
            (
                "He said the city had spent €380,000 on emergency repairs since 2022.",
                "Jeroen Van der Meulebroeck",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "A spokesman for the regional bus company said four lines would be diverted, adding about six minutes to journeys.",
                "A spokesman for the regional bus company",
                "said",
                "W",
            ),
        ],
        [
            ("“The bridge is our front door.", "Tom Scheerlinckx", "said", ""),
            (
                "People come over it from the station, they see the terrace, they sit down.",
                "Tom Scheerlinckx",
                "said",
                "",
            ),
        ],
        [
            (
                "“For fourteen months the front door will be locked,” said Tom Scheerlinckx, 58, who has run the Café Lijster on the corner since 1997.",
                "Tom Scheerlinckx",
                "said",
                "",
            ),
        ],
        [
            (
                "Scheerlinckx said his takings had fallen by a third when the bridge was closed for four weeks in 2024.",
                "Tom Scheerlinckx",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mechelen has closed four bridges for repairs since 2015, according to city figures.",
                "city figures",
                "according to",
                "W",
            ),
        ],
        [
            ("Read also: Antwerp Ring works: what changes for drivers from June", "", "", "B"),
        ],
        [
            ("Most read", "", "", "B"),
        ],
        [
            ("1. Ghent to ban wood stoves in new homes", "", "", "B"),
        ],
        [
            ("2. Rail strike: which trains run on Thursday", "", "", "B"),
        ],
        [
            ("Support independent journalism in English.", "", "", "B"),
            ("Become a member.", "", "", "B"),
        ],
        [
            ("© 2027 Belfry Media BV", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About | Contact | Advertise | Privacy | Cookies", "", "", "B"),
        ],
    ],
    [
        [
            ("METRO DIARIO", "", "", "B"),
        ],
        [
            ("Nation | Metro | Regions | Business | Sports | Opinion | Lifestyle", "", "", "B"),
        ],
        [
            ("Metro", "", "", "B"),
        ],
        [
            ("Malabon village flooded as pump fails; barangay, city hall trade blame", "", "", "W"),
        ],
        [
            ("By Kristine Mae Balagtasin", "", "", "B"),
        ],
        [
            ("June 08, 2027 05:12 AM", "", "", "B"),
        ],
        [
            ("Share   Facebook   X   Viber   Messenger", "", "", "B"),
        ],
        [
            (
                "Residents wade through floodwater on a street in Barangay Hiyas Tubigan, Malabon City, on Sunday afternoon.",
                "",
                "",
                "",
            ),
        ],
        [
            ("DIARIO PHOTO / ARNEL BAUTISTA-RIVERA", "", "", "B"),
        ],
        [
            (
                "MANILA, Philippines — About 2,300 houses in Barangay Hiyas Tubigan in Malabon City were flooded up to waist level on Sunday after the village's only flood pump broke down during a downpour, city and barangay officials said.",
                "city and barangay officials",
                "said",
                "W",
            ),
        ],
        [
            (
                "Barangay Captain Ma. Socorro de la Rama-Buenviaje said the pump's engine stopped at about 1:30 p.m., less than an hour after the rain began.",
                "Ma. Socorro de la Rama-Buenviaje",
                "said",
                "W",
            ),
            (
                "She said her office had reported a fault in the same engine to the city engineering office on May 20 and again on June 1.",
                "Ma. Socorro de la Rama-Buenviaje",
                "said",
                "W",
            ),
        ],
        [
            ("“We wrote twice.", "Ma. Socorro de la Rama-Buenviaje", "said", "W"),
            (
                "We have the receiving copies with their stamp.",
                "Ma. Socorro de la Rama-Buenviaje",
                "said",
                "W",
            ),
            (
                "What more do they want from us?” she said.",
                "Ma. Socorro de la Rama-Buenviaje",
                "said",
                "",
            ),
        ],
        [
            (
                "City engineer Engr. Rowena Tiongco-Dimaculangan said her office had received only one letter, dated June 1, and had sent a mechanic on June 3.",
                "Rowena Tiongco-Dimaculangan",
                "said",
                "W",
            ),
            (
                "She said the mechanic found that the engine's fuel line had been disconnected and its tank was nearly empty.",
                "Rowena Tiongco-Dimaculangan",
                "said",
                "W",
            ),
        ],
        [
            (
                "De la Rama-Buenviaje said the barangay had refuelled the pump on Saturday, a day before the storm, and had kept the receipt.",
                "Ma. Socorro de la Rama-Buenviaje",
                "said",
                "W",
            ),
        ],
        [
            (
                "She said the engineer should “come and see the water line on our walls” before blaming the barangay.",
                "Ma. Socorro de la Rama-Buenviaje",
                "said",
                "",
            ),
        ],
        [
            (
                "Tiongco-Dimaculangan, asked about the receipt, said she had not seen it.",
                "Rowena Tiongco-Dimaculangan",
                "said",
                "",
            ),
            (
                "Her answer to residents' calls for her resignation was short: “I will not resign over one engine.”",
                "Rowena Tiongco-Dimaculangan",
                "answer",
                "",
            ),
        ],
        [
            (
                "About 94 millimetres of rain fell on northern Metro Manila in three hours on Sunday afternoon, according to the state weather bureau.",
                "the state weather bureau",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Malabon city government said in a Facebook post on Monday that it had sent 12 trucks and 40 workers to clear drains in the village.",
                "The Malabon city government",
                "said in a Facebook post",
                "W",
            ),
            (
                "It added that families who lost belongings could apply for assistance of P5,000 each at the city social welfare office.",
                "The Malabon city government",
                "added",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "A barangay councilman who asked not to be named said the pump had broken down at least four times since it was installed in 2021.",
                "A barangay councilman who asked not to be named",
                "said",
                "W",
            ),
            (
                "The councilman said the barangay and city hall had been “fighting over who owns it” for two years.",
                "The councilman",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokeswoman for the Malabon City Police Station said 146 residents had been taken to two evacuation centres on Sunday night and a 67-year-old man had been treated for a leg wound.",
                "A spokeswoman for the Malabon City Police Station",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The water came in so fast that we could only save the rice and the children's school bags.",
                "Rodelio Catacutan",
                "said",
                "",
            ),
            (
                "The refrigerator, the television, the battery of the tricycle, all gone.",
                "Rodelio Catacutan",
                "said",
                "",
            ),
        ],
        [
            (
                "“Every year they tell us it will be fixed next year,” said Rodelio Catacutan, 39, a tricycle driver who has lived in the village since 2008.",
                "Rodelio Catacutan",
                "said",
                "",
            ),
        ],
        [
            (
                "Catacutan said the water in his house reached 1.1 metres.",
                "Rodelio Catacutan",
                "said",
                "W",
            ),
        ],
        [
            ("RELATED STORIES", "", "", "B"),
        ],
        [
            ("Navotas pumping stations get new engines", "", "", "B"),
        ],
        [
            ("Rainy season has started, weather bureau declares", "", "", "B"),
        ],
        [
            ("Read Next", "", "", "B"),
        ],
        [
            ("Subscribe to our daily newsletter", "", "", "B"),
        ],
        [
            ("Enter your email", "", "", "B"),
        ],
        [
            ("I agree to the Terms of Use and Privacy Policy.", "", "", "B"),
        ],
        [
            ("© Copyright 2027 Metro Diario Publishing Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About Us | Advertise | Privacy | Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("THE TULWOPKEI GAZETTE", "", "", "B"),
        ],
        [
            ("ePaper | Subscribe | Login", "", "", "B"),
        ],
        [
            ("News   Counties   Courts   Business   Sports   Opinion", "", "", "B"),
        ],
        [
            ("Courts", "", "", "B"),
        ],
        [
            ("Matatu sacco sues Uasin Gishu county over move to new Eldoret terminus", "", "", "W"),
        ],
        [
            ("By CHEPKOECH MARITIMBA", "", "", "B"),
        ],
        [
            ("Wednesday, May 12, 2027", "", "", "B"),
        ],
        [
            ("4 min read", "", "", "B"),
        ],
        [
            ("Share via: Facebook | X | WhatsApp | Telegram", "", "", "B"),
        ],
        [
            ("Matatus at the old stage on Uganda Road in Eldoret on Tuesday.", "", "", ""),
        ],
        [
            ("PHOTO | JOEL KIPRUTO TUWEIYA", "", "", "B"),
        ],
        [
            (
                "A matatu sacco with 214 vehicles has gone to court to stop Uasin Gishu County from moving its matatus to a new terminus 6km outside Eldoret town.",
                "",
                "",
                "W",
            ),
            (
                "Kipkaren Line Sacco said in court papers filed at the Eldoret High Court on Monday that the county had given it seven days' notice and held no public participation forum on the move.",
                "Kipkaren Line Sacco",
                "said in court papers",
                "W",
            ),
        ],
        [
            (
                "In an affidavit, its chairman, Ezekiel Kimutai Bargoria, said the sacco's matatus carried about 18,000 passengers a day between Eldoret and Iten, Kapsabet and Turbo.",
                "Ezekiel Kimutai Bargoria",
                "said",
                "W",
            ),
            (
                "He said passengers would have to pay an extra Sh50 for a boda boda ride from the new terminus into town.",
                "Ezekiel Kimutai Bargoria",
                "said",
                "",
            ),
        ],
        [
            (
                "Mr Bargoria told the Gazette on Tuesday that the sacco had paid the county Sh3.8 million in parking fees last year.",
                "Ezekiel Kimutai Bargoria",
                "told the Gazette",
                "W",
            ),
            (
                "“We are not against order in town,” he said.",
                "Ezekiel Kimutai Bargoria",
                "said",
                "",
            ),
        ],
        [
            (
                "“But you cannot move 18,000 people a day with a notice stuck on a lamp post.”",
                "Ezekiel Kimutai Bargoria",
                "said",
                "",
            ),
        ],
        [
            (
                "The county executive committee member for roads and transport, Mr Dominic Kipngeno Lelmengit, said the new terminus at Kapseret had cost Sh420 million and had space for 600 vehicles.",
                "Dominic Kipngeno Lelmengit",
                "said",
                "W",
            ),
            (
                "He said the county had held three public participation forums on the terminus, in 2024, 2025 and February this year.",
                "Dominic Kipngeno Lelmengit",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mr Bargoria said none of the forums had discussed moving matatus out of town.",
                "Ezekiel Kimutai Bargoria",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said the sacco learned of the move from a notice at the old stage on April 28.",
                "Ezekiel Kimutai Bargoria",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mr Lelmengit, who was speaking at the county assembly on Tuesday, said the notice had been published in a local daily on April 2.",
                "Dominic Kipngeno Lelmengit",
                "said",
                "W",
            ),
            (
                "He said the county would “not be blackmailed by cartels”.",
                "Dominic Kipngeno Lelmengit",
                "said",
                "",
            ),
        ],
        [
            (
                "Justice Wilfrida Jebet Sambuli certified the case as urgent on Tuesday and ordered the county to respond within 14 days.",
                "",
                "",
                "W",
            ),
            (
                "She barred the county from impounding the sacco's vehicles at the old stage until the case is heard on May 27.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "County advocate Felix Nyamweya Onyancha told the court the terminus had been built with a Sh180 million grant from a development partner that required it to be in use by June 30.",
                "Felix Nyamweya Onyancha",
                "told the court",
                "W",
            ),
            (
                "He said any delay would put the grant at risk.",
                "Felix Nyamweya Onyancha",
                "said",
                "",
            ),
        ],
        [
            (
                "In a letter to the governor dated April 30 and seen by the Gazette, the Uasin Gishu Traders' Forum wrote that business at the 40 shops around the old stage had fallen by half since the notice went up.",
                "the Uasin Gishu Traders' Forum",
                "wrote",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "A senior county official who requested anonymity said two other saccos had already moved to the new terminus and a third would move on Monday.",
                "A senior county official who requested anonymity",
                "said",
                "W",
            ),
            (
                "“This one sacco is holding the whole plan hostage,” the official said.",
                "the official",
                "said",
                "",
            ),
        ],
        [
            (
                "According to court papers, the county issued the relocation notice under a 2019 by-law that the sacco says was never gazetted.",
                "court papers",
                "according to",
                "W",
            ),
        ],
        [
            ("“From Iten I pay Sh150 to town.", "Janet Chebichii", "said", "W"),
            (
                "Now they want me to pay another Sh50 from the terminus to my work, every day, morning and evening.",
                "Janet Chebichii",
                "said",
                "",
            ),
        ],
        [
            (
                "“Who will pay that for me?” asked Janet Chebichii, 34, a cleaner at a hospital in town.",
                "Janet Chebichii",
                "asked",
                "",
            ),
        ],
        [
            ("Ms Chebichii said she earned Sh12,000 a month.", "Janet Chebichii", "said", "W"),
        ],
        [
            ("Tags: Eldoret | Matatu | Uasin Gishu | Courts", "", "", "B"),
        ],
        [
            ("YOU MAY ALSO LIKE", "", "", "B"),
        ],
        [
            ("Kapseret residents block road over land compensation", "", "", "B"),
        ],
        [
            ("Nandi tea farmers get Sh1.2bn bonus", "", "", "B"),
        ],
        [
            ("Have a story?", "", "", "B"),
            ("Email newsdesk@tulwopkeigazette.co.ke", "", "", "B"),
        ],
        [
            ("© 2027 Tulwopkei Gazette Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Privacy | Terms | Contact | Careers", "", "", "B"),
        ],
    ],
    [
        [
            ("THE BALLYNAGORE ANCHOR", "", "", "B"),
        ],
        [
            ("Subscribe | Sign in | Death notices", "", "", "B"),
        ],
        [
            ("News   Sport   Farming   Community   Opinion   Jobs", "", "", "B"),
        ],
        [
            ("News › Local", "", "", "B"),
        ],
        [
            ("Kilcorrigan to lose its last bank branch in September", "", "", "W"),
        ],
        [
            (
                "Credit union manager says it will open on Saturdays to fill the gap",
                "Pádraig Mac Cormaic",
                "says",
                "",
            ),
        ],
        [
            ("Gráinne Mulrennan", "", "", "B"),
        ],
        [
            ("Wednesday, 19 May 2027", "", "", "B"),
        ],
        [
            ("Share on Facebook | Share on X | Email", "", "", "B"),
        ],
        [
            ("The Cullagh Provincial Bank branch on Main Street, Kilcorrigan.", "", "", ""),
        ],
        [
            ("Picture: Tomás Ó Fearghaile", "", "", "B"),
        ],
        [
            (
                "Kilcorrigan will lose its only bank branch on September 24, leaving the town of 3,100 people without a bank for the first time since 1911, Cullagh Provincial Bank confirmed on Tuesday.",
                "Cullagh Provincial Bank",
                "confirmed",
                "W",
            ),
            (
                "In a statement, the bank said the number of counter transactions at the branch had fallen by 71 per cent since 2019.",
                "the bank",
                "said",
                "W",
            ),
        ],
        [
            (
                "It said customers could use the post office on Church Street for cash and lodgements, and that a mobile branch would visit the town every Thursday.",
                "Cullagh Provincial Bank",
                "said",
                "W",
            ),
        ],
        [
            (
                "Siobhán Mulqueeny, 52, who runs a pharmacy two doors from the branch, said 14 businesses on Main Street lodged cash there every day.",
                "Siobhán Mulqueeny",
                "said",
                "W",
            ),
            (
                "“Where do we bring the takings now, Athlone?” Ms Mulqueeny said.",
                "Siobhán Mulqueeny",
                "said",
                "",
            ),
        ],
        [
            (
                "Independent councillor Bernadette Fennelly-Groarke said she had written to the bank's chief executive in April asking for the branch to be kept open.",
                "Bernadette Fennelly-Groarke",
                "said",
                "W",
            ),
            (
                "She said the bank had told her the branch made a loss of €240,000 last year.",
                "Bernadette Fennelly-Groarke",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ms Mulqueeny said the letter the bank sent its customers in May gave no such figure.",
                "Siobhán Mulqueeny",
                "said",
                "W",
            ),
        ],
        [
            (
                "She said she would move her business account to the credit union.",
                "Siobhán Mulqueeny",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokeswoman for Cullagh Provincial Bank said 38 of the bank's 112 branches would close this year, and all staff in Kilcorrigan would be offered jobs in Roscommon town.",
                "A spokeswoman for Cullagh Provincial Bank",
                "said",
                "W",
            ),
            (
                "She declined to say how much the closures would save.",
                "A spokeswoman for Cullagh Provincial Bank",
                "declined to say",
                "",
            ),
        ],
        [
            (
                "Local TD Colm Ó Dubhthaigh said in an emailed statement that he had raised the closure in the Dáil on May 12.",
                "Colm Ó Dubhthaigh",
                "said in an emailed statement",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Q&A: the credit union manager", "", "", ""),
        ],
        [
            (
                "Kilcorrigan Credit Union manager Pádraig Mac Cormaic spoke to the Anchor on Tuesday.",
                "",
                "",
                "B",
            ),
            ("The interview has been edited for length.", "", "", "B"),
        ],
        [
            ("Q: How many members does the credit union have?", "", "", ""),
        ],
        [
            (
                "A: About 6,800, and 420 of them joined in the last year.",
                "Pádraig Mac Cormaic",
                "A:",
                "W",
            ),
        ],
        [
            ("Q: Can you take the bank's business customers?", "", "", ""),
        ],
        [
            ("A: We can take most of them.", "Pádraig Mac Cormaic", "A:", ""),
            (
                "We already hold accounts for 61 businesses in the town.",
                "Pádraig Mac Cormaic",
                "A:",
                "W",
            ),
            (
                "What we can't do yet is a full current account with a debit card, and that's coming in October.",
                "Pádraig Mac Cormaic",
                "A:",
                "",
            ),
        ],
        [
            ("Q: Will you open longer hours?", "", "", ""),
        ],
        [
            ("A: Yes.", "Pádraig Mac Cormaic", "A:", ""),
            (
                "From June 5 we'll open on Saturday mornings, from 10 to 1.",
                "Pádraig Mac Cormaic",
                "A:",
                "",
            ),
        ],
        [
            (
                "Q: The bank says counter transactions have fallen by 71 per cent.",
                "The bank",
                "says",
                "W",
            ),
            ("Do you see the same?", "", "", ""),
        ],
        [
            ("A: No, ours are up 9 per cent on last year.", "Pádraig Mac Cormaic", "A:", "W"),
            (
                "But we're a different animal: people come in to talk.",
                "Pádraig Mac Cormaic",
                "A:",
                "",
            ),
        ],
        [
            ("Read more", "", "", "B"),
        ],
        [
            ("Strokestown mart prices hold firm", "", "", "B"),
        ],
        [
            ("County council approves €2m for town centre works", "", "", "B"),
        ],
        [
            ("Keep up with local news.", "", "", "B"),
            ("Sign up for our free newsletter.", "", "", "B"),
        ],
        [
            ("© The Ballynagore Anchor 2027", "", "", "B"),
        ],
        [
            ("Contact us | Advertise | Privacy | Terms", "", "", "B"),
        ],
    ],
    [
        [
            ("RIVERLANDS 11 NEWS", "", "", "B"),
        ],
        [
            ("Watch Live | Weather | Traffic | Contests", "", "", "B"),
        ],
        [
            ("Local News | Weather | Sports | Investigations | Community", "", "", "B"),
        ],
        [
            ("72° Partly cloudy", "", "", "B"),
        ],
        [
            ("LOCAL NEWS", "", "", "B"),
        ],
        [
            (
                "Boil advisory for 23,000 Brackenhurst customers to last until at least Friday, mayor says",
                "Donna Rae Scarbrough",
                "says",
                "W",
            ),
        ],
        [
            ("By Tasha Vandergriff", "", "", "B"),
        ],
        [
            ("Published: May 26, 2027 at 7:14 PM EDT", "", "", "B"),
        ],
        [
            ("Updated: May 26, 2027 at 9:40 PM EDT", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | Email | Copy link", "", "", "B"),
        ],
        [
            (
                "Crews work at the site of the water main break on Stellwood Avenue on Wednesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Video: Riverlands 11", "", "", "B"),
        ],
        [
            ("1:58", "", "", "B"),
        ],
        [
            (
                "BRACKENHURST, Ohio (RV11) — About 23,000 water customers in Brackenhurst will have to boil their water until at least Friday after a 30-inch main broke under Stellwood Avenue early Wednesday, Mayor Donna Rae Scarbrough said.",
                "Donna Rae Scarbrough",
                "said",
                "W",
            ),
        ],
        [
            (
                "The city's utilities director, Marcus Tebbetts, said the main, installed in 1958, split along about 14 feet at 5:11 a.m. and dropped pressure across the east side of the city.",
                "Marcus Tebbetts",
                "said",
                "W",
            ),
            (
                "Tebbetts, 61, said it was the fourth break on that line since 2023.",
                "Marcus Tebbetts",
                "said",
                "W",
            ),
        ],
        [
            (
                "The county health department said in a post on Facebook that it had received no reports of illness linked to the water.",
                "The county health department",
                "said in a post on Facebook",
                "W",
            ),
            (
                "It urged residents to boil water for at least one minute before drinking it, brushing teeth or making baby formula.",
                "The county health department",
                "urged",
                "",
            ),
        ],
        [
            (
                "Here is part of Wednesday afternoon's news conference at City Hall, edited for length and clarity.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("REPORTER: Mayor, how many people have no water at all?", "", "", ""),
        ],
        [
            (
                "SCARBROUGH: About 600 homes on the hill above Bexley Road have no pressure.",
                "Donna Rae Scarbrough",
                "SCARBROUGH:",
                "W",
            ),
            (
                "We've put water buffaloes at Fire Station 3 and at Ridgemont Elementary.",
                "Donna Rae Scarbrough",
                "SCARBROUGH:",
                "W",
            ),
        ],
        [
            ("REPORTER: When will the advisory be lifted?", "", "", ""),
        ],
        [
            ("SCARBROUGH: Not before Friday.", "Donna Rae Scarbrough", "SCARBROUGH:", ""),
            (
                "We need two clean rounds of samples, 24 hours apart, and the first round can't be taken until the line is back under pressure.",
                "Donna Rae Scarbrough",
                "SCARBROUGH:",
                "W",
            ),
        ],
        [
            (
                "REPORTER: Residents say the alert came hours after the break.",
                "Residents",
                "say",
                "W",
            ),
            ("Why the delay?", "", "", ""),
        ],
        [
            (
                "TEBBETTS: There was no delay in the alert to hospitals and nursing homes, which went out at 5:52 a.m.",
                "Marcus Tebbetts",
                "TEBBETTS:",
                "W",
            ),
            (
                "The public alert needed the state's sign-off, and we had that at 8:40.",
                "Marcus Tebbetts",
                "TEBBETTS:",
                "W",
            ),
        ],
        [
            ("REPORTER: Is the line going to be replaced?", "", "", ""),
        ],
        [
            ("TEBBETTS: It's in the capital plan for 2029.", "Marcus Tebbetts", "TEBBETTS:", "W"),
            ("It'll cost about $19 million.", "Marcus Tebbetts", "TEBBETTS:", ""),
        ],
        [
            (
                "SCARBROUGH: And I've asked council to move it up.",
                "Donna Rae Scarbrough",
                "SCARBROUGH:",
                "W",
            ),
        ],
        [
            (
                "A city spokeswoman said 1,800 cases of bottled water had been handed out at three sites by 4 p.m.",
                "A city spokeswoman",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("“I run a day care out of my house.", "LaToya Pettibone", "said", ""),
            (
                "Eleven kids, and I found out from a neighbor's Facebook post at 9 o'clock.",
                "LaToya Pettibone",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Nine o'clock!” said LaToya Pettibone, 44, who lives on Bexley Road.",
                "LaToya Pettibone",
                "said",
                "",
            ),
        ],
        [
            (
                "Pettibone said she had called the city's hotline three times and was on hold for about 40 minutes each time.",
                "LaToya Pettibone",
                "said",
                "W",
            ),
        ],
        [
            (
                "City Council member Dwayne Hollenbeck wrote on Facebook that he would ask for an independent review of the city's alert system.",
                "Dwayne Hollenbeck",
                "wrote on Facebook",
                "",
            ),
            (
                "He wrote that the same line had broken in February and the council had been told then that it would last “another five years.”",
                "Dwayne Hollenbeck",
                "wrote",
                "W",
            ),
        ],
        [
            ("Copyright 2027 Riverlands 11.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Download the Riverlands 11 app for breaking news alerts.", "", "", "B"),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            ("Brackenhurst council approves 6% water rate increase", "", "", "B"),
        ],
        [
            ("Storms knock out power to 9,000 in Bilbrough County", "", "", "B"),
        ],
        [
            (
                "Contact Us | EEO Report | FCC Public File | Closed Captioning | Privacy",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("THE GLENWOLD TRIBUNE", "", "", "B"),
        ],
        [
            ("Subscribe | Sign in | e-Edition", "", "", "B"),
        ],
        [
            ("News | KZN | Business | Sport | Opinion | Lifestyle", "", "", "B"),
        ],
        [
            ("News / Durban", "", "", "B"),
        ],
        [
            ("Rubbish piles up in 11 Durban suburbs as waste workers refuse overtime", "", "", "W"),
        ],
        [
            ("Reshma Nundlall-Govender", "", "", "B"),
        ],
        [
            ("Wednesday, 2 June 2027 | 06:00", "", "", "B"),
        ],
        [
            ("Share this article: Facebook | X | WhatsApp | LinkedIn", "", "", "B"),
        ],
        [
            ("Refuse bags on a pavement in Overport on Tuesday.", "", "", ""),
        ],
        [
            ("Picture: Siyabonga Mnyandu-Ngidi", "", "", "B"),
        ],
        [
            (
                "Refuse has not been collected in 11 suburbs in the north and west of Durban for up to 16 days after waste workers stopped working overtime in a dispute over unpaid allowances.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Zanele Mkhwanazi-Zondeki, the regional secretary of the Municipal and Allied Workers' Federation (Mawfed), said 740 workers in the city's cleansing unit had not been paid overtime for March and April.",
                "Zanele Mkhwanazi-Zondeki",
                "said",
                "W",
            ),
            (
                "She said the union had told members on May 17 to work only their normal hours until the money was paid.",
                "Zanele Mkhwanazi-Zondeki",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a letter to the city manager dated May 14 and seen by the Tribune, Mkhwanazi-Zondeki wrote that the amount owed was R23.6 million.",
                "Zanele Mkhwanazi-Zondeki",
                "wrote",
                "W",
            ),
        ],
        [
            (
                "City spokeswoman Nonhlanhla Ndwandwe said R9.1 million had been paid on Friday and the rest would be paid by June 15.",
                "Nonhlanhla Ndwandwe",
                "said",
                "W",
            ),
            (
                "She said the city had hired private contractors for the worst-affected areas.",
                "Nonhlanhla Ndwandwe",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mkhwanazi-Zondeki said no worker had received the Friday payment.",
                "Zanele Mkhwanazi-Zondeki",
                "said",
                "W",
            ),
        ],
        [
            (
                "She said the union would not call off the action “on the strength of a promise”.",
                "Zanele Mkhwanazi-Zondeki",
                "said",
                "",
            ),
        ],
        [
            (
                "Ndwandwe said the payment had been made on Friday afternoon and would reflect in workers' accounts by Tuesday.",
                "Nonhlanhla Ndwandwe",
                "said",
                "W",
            ),
            (
                "She said 312 of the 740 workers had been paid so far.",
                "Nonhlanhla Ndwandwe",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ward 29 councillor Vusumuzi Mbokazi-Hlongwa said rats had been seen in the grounds of two primary schools in his ward.",
                "Vusumuzi Mbokazi-Hlongwa",
                "said",
                "W",
            ),
            (
                "“We are one heavy rain away from a cholera outbreak,” he said.",
                "Vusumuzi Mbokazi-Hlongwa",
                "said",
                "",
            ),
        ],
        [
            (
                "A senior manager in the cleansing unit who asked not to be named said the overtime had not been budgeted because the unit's budget was cut by 14 per cent in the 2026/27 financial year.",
                "A senior manager in the cleansing unit who asked not to be named",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "“On Monday I counted 31 bags on the corner of our street.",
                "Fathima Cassim-Moosa",
                "said",
                "W",
            ),
            (
                "The dogs tear them open at night and in the morning the children walk through it to school.",
                "Fathima Cassim-Moosa",
                "said",
                "",
            ),
        ],
        [
            ("“I have paid my rates for 40 years.", "Fathima Cassim-Moosa", "said", "W"),
            (
                "Is this what I pay for?” said Fathima Cassim-Moosa, 67, a retired teacher who lives in Overport.",
                "Fathima Cassim-Moosa",
                "said",
                "",
            ),
        ],
        [
            (
                "Mrs Cassim-Moosa said she had reported the bags to the city's call centre four times.",
                "Fathima Cassim-Moosa",
                "said",
                "W",
            ),
        ],
        [
            (
                "The cleansing unit has 1,950 permanent workers and 214 refuse trucks, of which 61 were out of service last week, according to the city's service-delivery dashboard.",
                "the city's service-delivery dashboard",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The city said in a statement on Tuesday that collections in Overport, Sydenham and Reservoir Hills would resume on Thursday.",
                "The city",
                "said in a statement",
                "",
            ),
            (
                "It said residents should not leave bags on pavements before their collection day.",
                "The city",
                "said",
                "",
            ),
        ],
        [
            ("Related Topics: Durban | Refuse | Municipal workers", "", "", "B"),
        ],
        [
            ("Read Next", "", "", "B"),
        ],
        [
            ("Durban beaches closed after sewage spill", "", "", "B"),
        ],
        [
            ("Taxi fares to rise 8% from July", "", "", "B"),
        ],
        [
            ("Get the news that matters.", "", "", "B"),
            ("Sign up for our newsletter.", "", "", "B"),
        ],
        [
            ("The Glenwold Tribune subscribes to the Press Code.", "", "", "B"),
        ],
        [
            ("© 2027 Glenwold Media (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About | Contact | Advertise | Privacy | PAIA", "", "", "B"),
        ],
    ],
    [
        [
            ("DAILY SAMUNDAR", "", "", "B"),
        ],
        [
            ("Friday, May 28, 2027", "", "", "B"),
        ],
        [
            ("Home | Pakistan | Karachi | Business | Sport | World | Opinion", "", "", "B"),
        ],
        [
            ("Karachi", "", "", "B"),
        ],
        [
            (
                "Roti to cost Rs30 from Monday, tandoor owners say",
                "The Karachi Tandoor Owners' Association",
                "say",
                "W",
            ),
        ],
        [
            ("Our Staff Reporter", "", "", "B"),
        ],
        [
            ("Published May 28, 2027 | Updated 10:12am", "", "", "B"),
        ],
        [
            ("Facebook | X | WhatsApp | Email", "", "", "B"),
        ],
        [
            ("A man prepares rotis at a tandoor in Saddar on Thursday.", "", "", ""),
        ],
        [
            ("— Photo by Shakeel Memonani", "", "", "B"),
        ],
        [
            (
                "KARACHI: The Karachi Tandoor Owners' Association said on Thursday that its members would raise the price of a 120-gram roti from Rs25 to Rs30 from Monday, blaming a 22 per cent rise in the price of fine flour since March.",
                "The Karachi Tandoor Owners' Association",
                "said",
                "W",
            ),
        ],
        [
            (
                "Its president, Haji Abdul Sattar Bhurgari, said a 50kg bag of fine flour now cost Rs6,850, against Rs5,600 in March.",
                "Abdul Sattar Bhurgari",
                "said",
                "W",
            ),
            (
                "“We are not making profits, we are trying to survive,” he told a press conference at the press club.",
                "Abdul Sattar Bhurgari",
                "told a press conference",
                "",
            ),
        ],
        [
            (
                "“Gas is up, rent is up, flour is up.",
                "Abdul Sattar Bhurgari",
                "told a press conference",
                "",
            ),
            (
                "Only the roti has stayed the same.”",
                "Abdul Sattar Bhurgari",
                "told a press conference",
                "",
            ),
        ],
        [
            (
                "The Sindh Food Department said in a statement that the official price of a roti in Karachi remained Rs25 and any tandoor charging more would be fined.",
                "The Sindh Food Department",
                "said in a statement",
                "W",
            ),
            (
                "It added that it had released 40,000 tonnes of wheat from government stocks to flour mills since May 1.",
                "The Sindh Food Department",
                "added",
                "W",
            ),
            ("“Profiteers will not be spared,” the department said.", "the department", "said", ""),
        ],
        [
            (
                "Karachi Commissioner Farrukh Iqbal Soomro said magistrates had fined 186 tandoors a total of Rs2.4 million in May for overcharging.",
                "Farrukh Iqbal Soomro",
                "said",
                "W",
            ),
            ("He said the crackdown would continue.", "Farrukh Iqbal Soomro", "said", ""),
        ],
        [
            (
                "Bhurgari said many of the fined tandoors had charged the official price but sold rotis below the official weight.",
                "Abdul Sattar Bhurgari",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said the association would challenge the fines in court.",
                "Abdul Sattar Bhurgari",
                "said",
                "",
            ),
        ],
        [
            (
                "Soomro said the official weight of a roti had been fixed at 120 grams in 2024 and had not changed.",
                "Farrukh Iqbal Soomro",
                "said",
                "W",
            ),
            (
                "He said inspectors had found rotis weighing as little as 90 grams.",
                "Farrukh Iqbal Soomro",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a post on X on Thursday night, provincial food minister Rukhsana Kalhoro said the government would “not allow anyone to take bread from the poor”.",
                "Rukhsana Kalhoro",
                "said",
                "",
            ),
        ],
        [
            (
                "An official of the food department who spoke on condition of anonymity said the department had 23 price inspectors for a city of more than 20 million people.",
                "An official of the food department who spoke on condition of anonymity",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "According to the Karachi Flour Millers' Forum, the price of wheat on the open market rose from Rs3,900 to Rs4,700 per 40kg between March and May.",
                "the Karachi Flour Millers' Forum",
                "according to",
                "W",
            ),
            (
                "The forum said the wheat released by the government covered less than a week of the city's needs.",
                "The forum",
                "said",
                "W",
            ),
        ],
        [
            ("“Five people at home, and we eat 20 rotis a day.", "Muhammad Nawaz", "said", "W"),
            ("That is Rs100 more every day.", "Muhammad Nawaz", "said", "W"),
            (
                "Where will it come from, my rickshaw?” said Muhammad Nawaz, 38, a rickshaw driver in Lyari.",
                "Muhammad Nawaz",
                "said",
                "",
            ),
        ],
        [
            ("Nawaz said he earned about Rs1,800 on a good day.", "Muhammad Nawaz", "said", "W"),
        ],
        [
            ("Published in Daily Samundar, May 28th, 2027", "", "", "B"),
        ],
        [
            ("Comments are moderated.", "", "", "B"),
        ],
        [
            ("Related stories", "", "", "B"),
        ],
        [
            ("KMC raises parking fees at 14 sites", "", "", "B"),
        ],
        [
            ("Cabinet approves wheat support price of Rs4,000", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Samundar Media Group (Pvt) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About | Contact | Advertise | Privacy | Terms", "", "", "B"),
        ],
    ],
    [
        [
            ("MAROHURI TODAY", "", "", "B"),
        ],
        [
            ("Subscribe | Log in", "", "", "B"),
        ],
        [
            ("Home   News   Rural   Sport   Business   Opinion   Weather", "", "", "B"),
        ],
        [
            ("News › Local Government", "", "", "B"),
        ],
        [
            ("Marohuri rates to rise 11.4 per cent after split council vote", "", "", "W"),
        ],
        [
            ("Kate Ollivier-Hardacre, Local Democracy Reporter", "", "", "B"),
        ],
        [
            ("Thursday, 24 June 2027, 4:35pm", "", "", "B"),
        ],
        [
            ("Share this story   Facebook   X   Email", "", "", "B"),
        ],
        [
            ("Marohuri District Council members at Wednesday's meeting.", "", "", ""),
        ],
        [
            ("Photo / Ben Huriwai-Grice", "", "", "B"),
        ],
        [
            (
                "Marohuri District Council has voted 6-5 to raise rates by an average of 11.4 per cent from July 1, its third double-digit rise in four years.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mayor Jocelyn Te Rangiawha-Barclay said the council had no choice after the cost of repairing roads damaged in the 2025 floods rose to $38 million.",
                "Jocelyn Te Rangiawha-Barclay",
                "said",
                "W",
            ),
            (
                "“Nobody around this table wanted to do this,” she said.",
                "Jocelyn Te Rangiawha-Barclay",
                "said",
                "",
            ),
        ],
        [
            (
                "“We could have pushed it out another year and borrowed.",
                "Jocelyn Te Rangiawha-Barclay",
                "said",
                "",
            ),
            (
                "But our grandchildren would be paying for roads we fixed in 2027.”",
                "Jocelyn Te Rangiawha-Barclay",
                "said",
                "",
            ),
        ],
        [
            (
                "Councillor Margot Stannard, 52, a sheep and beef farmer elected in 2025, said she had voted against the rise because the council had not cut its own spending.",
                "Margot Stannard",
                "said",
                "W",
            ),
            (
                "She said staff costs at the council had risen by 19 per cent in two years.",
                "Margot Stannard",
                "said",
                "W",
            ),
        ],
        [
            (
                "Te Rangiawha-Barclay said most of that rise came from 14 roading engineers hired after the floods.",
                "Jocelyn Te Rangiawha-Barclay",
                "said",
                "W",
            ),
        ],
        [
            (
                "She said the council's staff numbers were still lower than in 2019.",
                "Jocelyn Te Rangiawha-Barclay",
                "said",
                "W",
            ),
        ],
        [
            ("Ms Stannard said that was “not the point”.", "Margot Stannard", "said", ""),
            (
                "She said the average farm rates bill in the district would rise by $1,140 to $9,860.",
                "Margot Stannard",
                "said",
                "W",
            ),
        ],
        [
            (
                "Deputy mayor Paora Whaanga-Trotter, who voted for the rise, said a 9 per cent option would have meant delaying the repair of 23 bridges.",
                "Paora Whaanga-Trotter",
                "said",
                "W",
            ),
        ],
        [
            (
                "In an emailed statement, council chief executive Wiremu Kerehoma-Voyle said the council's debt would reach $96 million by 2028, within the limit set by its lenders.",
                "Wiremu Kerehoma-Voyle",
                "said",
                "W",
            ),
        ],
        [
            (
                "A council spokeswoman said ratepayers who were struggling could apply to postpone their rates, and 212 households had done so last year.",
                "A council spokeswoman",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Marohuri Ratepayers' Association chairman Grant Haybittle said more than 900 people had signed a petition against the rise.",
                "Grant Haybittle",
                "said",
                "W",
            ),
            (
                "He said the association was considering a legal challenge.",
                "Grant Haybittle",
                "said",
                "",
            ),
        ],
        [
            ("“My rates were $6,200 in 2023.", "Hamish Crosbie-Tennent", "said", "W"),
            ("This year they'll be over ten grand.", "Hamish Crosbie-Tennent", "said", ""),
        ],
        [
            (
                "“I'm not getting a better road for it, I'm getting the same potholes with a bigger bill,” said Hamish Crosbie-Tennent, 61, who farms 480 hectares south of the town.",
                "Hamish Crosbie-Tennent",
                "said",
                "",
            ),
        ],
        [
            (
                "Crosbie-Tennent said the road to his farm had been closed for 11 days after the floods and was still down to one lane in two places.",
                "Hamish Crosbie-Tennent",
                "said",
                "W",
            ),
        ],
        [
            (
                "The council expects rates to rise by a further 8.9 per cent next year, according to its long-term plan.",
                "its long-term plan",
                "according to",
                "W",
            ),
        ],
        [
            ("This story was produced under the Local Democracy Reporting scheme.", "", "", "B"),
        ],
        [
            ("More from Local Government", "", "", "B"),
        ],
        [
            ("Council to sell Marohuri airport land", "", "", "B"),
        ],
        [
            ("Water services: what the new entity means for you", "", "", "B"),
        ],
        [
            ("© 2027 Marohuri Today Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Contact | Advertise | Privacy | Terms & Conditions", "", "", "B"),
        ],
    ],
    [
        [
            ("RIO COBRE TIMES", "", "", "B"),
        ],
        [
            ("E-Paper | Classifieds | Obituaries | Subscribe", "", "", "B"),
        ],
        [
            ("News | Lead Stories | Business | Sports | Entertainment | Commentary", "", "", "B"),
        ],
        [
            ("News", "", "", "B"),
        ],
        [
            ("Redbrook Gardens residents block road after nine days without water", "", "", "W"),
        ],
        [
            ("Tanesha Quillery/Staff Reporter", "", "", "B"),
        ],
        [
            ("Published: Wednesday | June 16, 2027 | 12:10 AM", "", "", "B"),
        ],
        [
            ("Share: Facebook X WhatsApp Email", "", "", "B"),
        ],
        [
            (
                "Residents of Redbrook Gardens block the main road with debris on Tuesday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Contributed", "", "", "B"),
        ],
        [
            (
                "Residents of Redbrook Gardens in St Catherine blocked the main road into the community with old fridges, tyres and tree branches on Tuesday morning, after nine days without piped water.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A police spokeswoman said the road was cleared by 11 a.m. and no one was arrested.",
                "A police spokeswoman",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a statement read to residents at the Redbrook Basic School on Tuesday night by its community relations manager, Sharmaine Blackmoor-Ferron, the Southern Parishes Water Company said a pump at its Ferry Pen station had failed on June 6 and a replacement had arrived on Monday.",
                "the Southern Parishes Water Company",
                "said",
                "W",
            ),
            (
                "“The new pump is being installed and we expect supply to be restored to all 1,400 customers in Redbrook Gardens and Windsor Mews by Thursday evening,” the statement said.",
                "the Southern Parishes Water Company",
                "the statement said",
                "",
            ),
        ],
        [
            (
                "“We apologise for the hardship our customers have endured.”",
                "the Southern Parishes Water Company",
                "the statement said",
                "",
            ),
        ],
        [
            (
                "Blackmoor-Ferron, who was heckled as she read the statement, said three trucks had delivered water to the community every day since June 8.",
                "Sharmaine Blackmoor-Ferron",
                "said",
                "W",
            ),
            (
                "She could not say why residents had not been told about the pump earlier.",
                "Sharmaine Blackmoor-Ferron",
                "could not say",
                "",
            ),
        ],
        [
            (
                "The Reverend Clive Ashmeade, pastor of the Redbrook Gardens Gospel Chapel, said 38 elderly members of his congregation had been relying on neighbours to carry water to them.",
                "Clive Ashmeade",
                "said",
                "W",
            ),
            (
                "His plea from the pulpit on Sunday had been simple: “Give us water first, then give us speeches.”",
                "Clive Ashmeade",
                "plea",
                "",
            ),
        ],
        [
            (
                "The area's Member of Parliament, Dr Andrea Minott-Sealy, said in a post on X on Tuesday that she had spoken to the utility's president twice since Friday.",
                "Andrea Minott-Sealy",
                "said in a post on X",
                "W",
            ),
            ("“Nine days is unacceptable in 2027,” she wrote.", "Andrea Minott-Sealy", "wrote", ""),
        ],
        [
            (
                "Councillor for the Redbrook division Dwight Samuda-Beckles said the municipal corporation had sent two of its own water trucks to the community on Saturday and Sunday.",
                "Dwight Samuda-Beckles",
                "said",
                "W",
            ),
        ],
        [
            (
                "Rev Ashmeade said the trucks had come only as far as the main road and elderly residents on the hillside had received nothing.",
                "Clive Ashmeade",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said the chapel had bought 60 drums of water with its own money.",
                "Clive Ashmeade",
                "said",
                "W",
            ),
        ],
        [
            (
                "Samuda-Beckles, asked about the hillside, said the trucks could not climb the road because it had not been repaired since 2024.",
                "Dwight Samuda-Beckles",
                "said",
                "W",
            ),
            (
                "He said he had asked the corporation for a smaller truck.",
                "Dwight Samuda-Beckles",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("“I have a baby of four months.", "Monique Heslop-Wedderburn", "said", ""),
            (
                "I have been buying water at $1,500 a drum, and I am not working.",
                "Monique Heslop-Wedderburn",
                "said",
                "W",
            ),
        ],
        [
            (
                "“When the pipe is dry, the bill still comes,” said Monique Heslop-Wedderburn, 26, who lives with her mother and two children in the community.",
                "Monique Heslop-Wedderburn",
                "said",
                "",
            ),
        ],
        [
            (
                "Heslop-Wedderburn said her last water bill, for May, was $4,860.",
                "Monique Heslop-Wedderburn",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ferry Pen supplies about 22,000 customers in southern St Catherine, according to the utility's figures.",
                "the utility's figures",
                "according to",
                "W",
            ),
            ("It is the third time since January that the station has failed.", "", "", "W"),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            ("Spanish Town market vendors protest relocation", "", "", "B"),
        ],
        [
            ("Portmore residents complain of low water pressure", "", "", "B"),
        ],
        [
            ("Have a story?", "", "", "B"),
            ("WhatsApp the newsroom at 876-948-2271.", "", "", "B"),
        ],
        [
            ("© 2027 Rio Cobre Times Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Privacy Policy | Terms of Service | Contact Us", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n127-ng-chief-mrs-colon",
        "The Iyaloja of the market, Chief (Mrs) Abosede Oyerinde-Akinsete, said 74 of the traders who lost shops were women who sold fabrics bought on credit. Her message to the government was simple: “Rebuild where we are, and rebuild fast.”",
        [
            "The Iyaloja of the market, Chief (Mrs) Abosede Oyerinde-Akinsete, said 74 of the traders who lost shops were women who sold fabrics bought on credit.",
            "Her message to the government was simple: “Rebuild where we are, and rebuild fast.”",
        ],
    ),
    (
        "n127-ng-am-on",
        "A spokeswoman for the Lagos State Fire and Rescue Service said the fire began at about 2.40 a.m. on April 29 in a shop selling generators and burned for six hours. She said two of the service's three engines on Lagos Island had been under repair that night.",
        [
            "A spokeswoman for the Lagos State Fire and Rescue Service said the fire began at about 2.40 a.m. on April 29 in a shop selling generators and burned for six hours.",
            "She said two of the service's three engines on Lagos Island had been under repair that night.",
        ],
    ),
    (
        "n127-ng-hon-post-x",
        "The lawmaker representing Lagos Island I in the State House of Assembly, Hon. Adewale Oduwaiye, wrote in a post on X on Sunday night that he had asked the governor to suspend the order. “Our people lost everything in one night,” he wrote. “You cannot ask them to lose their customers as well.”",
        [
            "The lawmaker representing Lagos Island I in the State House of Assembly, Hon. Adewale Oduwaiye, wrote in a post on X on Sunday night that he had asked the governor to suspend the order.",
            "“Our people lost everything in one night,” he wrote.",
            "“You cannot ask them to lose their customers as well.”",
        ],
    ),
    (
        "n127-my-datuk-haji-bin",
        "State public works, transport and infrastructure committee chairman Datuk Haji Zainal Rashid bin Mohd Yazid said the diesel came from a drain behind a lorry workshop in an industrial area about 4km upstream. Zainal Rashid said the workshop had been issued two compounds for illegal discharge in 2025.",
        [
            "State public works, transport and infrastructure committee chairman Datuk Haji Zainal Rashid bin Mohd Yazid said the diesel came from a drain behind a lorry workshop in an industrial area about 4km upstream.",
            "Zainal Rashid said the workshop had been issued two compounds for illegal discharge in 2025.",
        ],
    ),
    (
        "n127-my-pm-clean",
        "KULAI, May 20 — Water supply to about 86,000 accounts in Kulai and Senai was cut off on Tuesday night after diesel was detected at the intake of the Sedenak Barat treatment plant, the water operator Syarikat Air Tebrau Bhd said. It said the plant, which produces 310 million litres a day, was shut down at 9.15 p.m. and would stay closed until the river was clean.",
        [
            "KULAI, May 20 — Water supply to about 86,000 accounts in Kulai and Senai was cut off on Tuesday night after diesel was detected at the intake of the Sedenak Barat treatment plant, the water operator Syarikat Air Tebrau Bhd said.",
            "It said the plant, which produces 310 million litres a day, was shut down at 9.15 p.m. and would stay closed until the river was clean.",
        ],
    ),
    (
        "n127-my-q-said-after",
        "“I am 61. How many more times can I do that?” said Ng Siew Lan, a retired clerk who lives in a flat in Taman Sri Kenanga Baru.",
        [
            "“I am 61.",
            "How many more times can I do that?” said Ng Siew Lan, a retired clerk who lives in a flat in Taman Sri Kenanga Baru.",
        ],
    ),
    (
        "n127-ae-sheikh-chain",
        "Sheikh Rashid said that was more than many families in the area could afford. He said about 40 per cent of the flats facing the Corniche were rented by families earning less than Dh8,000 a month.",
        [
            "Sheikh Rashid said that was more than many families in the area could afford.",
            "He said about 40 per cent of the flats facing the Corniche were rented by families earning less than Dh8,000 a month.",
        ],
    ),
    (
        "n127-ae-eng-quote-end",
        "Eng. Salem Obaid Al Marqabi, the municipality's director of roads and parking, said a survey last year found that 63 per cent of cars on the Corniche at peak times stayed for more than five hours. “Many of them belong to people who work nearby and use the Corniche as a free car park,” he said. “The beach is for everyone.”",
        [
            "Eng. Salem Obaid Al Marqabi, the municipality's director of roads and parking, said a survey last year found that 63 per cent of cars on the Corniche at peak times stayed for more than five hours.",
            "“Many of them belong to people who work nearby and use the Corniche as a free car park,” he said.",
            "“The beach is for everyone.”",
        ],
    ),
    (
        "n127-be-van-der-chain",
        "Van der Meulebroeck said the 2019 inspection had rated the bridge as “fair” and the deck had deteriorated faster than expected. He said the city had spent €380,000 on emergency repairs since 2022.",
        [
            "Van der Meulebroeck said the 2019 inspection had rated the bridge as “fair” and the deck had deteriorated faster than expected.",
            "He said the city had spent €380,000 on emergency repairs since 2022.",
        ],
    ),
    (
        "n127-be-quote-open",
        "“The bridge is our front door. People come over it from the station, they see the terrace, they sit down.",
        [
            "“The bridge is our front door.",
            "People come over it from the station, they see the terrace, they sit down.",
        ],
    ),
    (
        "n127-be-bv-rights",
        "© 2027 Belfry Media BV All rights reserved.",
        ["© 2027 Belfry Media BV", "All rights reserved."],
    ),
    (
        "n127-ph-ma-pm",
        "Barangay Captain Ma. Socorro de la Rama-Buenviaje said the pump's engine stopped at about 1:30 p.m., less than an hour after the rain began. She said her office had reported a fault in the same engine to the city engineering office on May 20 and again on June 1.",
        [
            "Barangay Captain Ma. Socorro de la Rama-Buenviaje said the pump's engine stopped at about 1:30 p.m., less than an hour after the rain began.",
            "She said her office had reported a fault in the same engine to the city engineering office on May 20 and again on June 1.",
        ],
    ),
    (
        "n127-ph-quote-q-she",
        "“We wrote twice. We have the receiving copies with their stamp. What more do they want from us?” she said.",
        [
            "“We wrote twice.",
            "We have the receiving copies with their stamp.",
            "What more do they want from us?” she said.",
        ],
    ),
    (
        "n127-ph-engr-she",
        "City engineer Engr. Rowena Tiongco-Dimaculangan said her office had received only one letter, dated June 1, and had sent a mechanic on June 3. She said the mechanic found that the engine's fuel line had been disconnected and its tank was nearly empty.",
        [
            "City engineer Engr. Rowena Tiongco-Dimaculangan said her office had received only one letter, dated June 1, and had sent a mechanic on June 3.",
            "She said the mechanic found that the engine's fuel line had been disconnected and its tank was nearly empty.",
        ],
    ),
    (
        "n127-ke-mr-who-he",
        "Mr Lelmengit, who was speaking at the county assembly on Tuesday, said the notice had been published in a local daily on April 2. He said the county would “not be blackmailed by cartels”.",
        [
            "Mr Lelmengit, who was speaking at the county assembly on Tuesday, said the notice had been published in a local daily on April 2.",
            "He said the county would “not be blackmailed by cartels”.",
        ],
    ),
    (
        "n127-ke-justice-she",
        "Justice Wilfrida Jebet Sambuli certified the case as urgent on Tuesday and ordered the county to respond within 14 days. She barred the county from impounding the sacco's vehicles at the old stage until the case is heard on May 27.",
        [
            "Justice Wilfrida Jebet Sambuli certified the case as urgent on Tuesday and ordered the county to respond within 14 days.",
            "She barred the county from impounding the sacco's vehicles at the old stage until the case is heard on May 27.",
        ],
    ),
    (
        "n127-ie-age-q-said",
        "Siobhán Mulqueeny, 52, who runs a pharmacy two doors from the branch, said 14 businesses on Main Street lodged cash there every day. “Where do we bring the takings now, Athlone?” Ms Mulqueeny said.",
        [
            "Siobhán Mulqueeny, 52, who runs a pharmacy two doors from the branch, said 14 businesses on Main Street lodged cash there every day.",
            "“Where do we bring the takings now, Athlone?” Ms Mulqueeny said.",
        ],
    ),
    (
        "n127-ie-qa-yes",
        "A: Yes. From June 5 we'll open on Saturday mornings, from 10 to 1.",
        ["A: Yes.", "From June 5 we'll open on Saturday mornings, from 10 to 1."],
    ),
    (
        "n127-ie-qa-says-q",
        "Q: The bank says counter transactions have fallen by 71 per cent. Do you see the same?",
        [
            "Q: The bank says counter transactions have fallen by 71 per cent.",
            "Do you see the same?",
        ],
    ),
    (
        "n127-us-am-pressconf",
        "TEBBETTS: There was no delay in the alert to hospitals and nursing homes, which went out at 5:52 a.m. The public alert needed the state's sign-off, and we had that at 8:40.",
        [
            "TEBBETTS: There was no delay in the alert to hospitals and nursing homes, which went out at 5:52 a.m.",
            "The public alert needed the state's sign-off, and we had that at 8:40.",
        ],
    ),
    (
        "n127-us-excl-said",
        "“Nine o'clock!” said LaToya Pettibone, 44, who lives on Bexley Road.",
        ["“Nine o'clock!” said LaToya Pettibone, 44, who lives on Bexley Road."],
    ),
    (
        "n127-us-reporter-cites",
        "REPORTER: Residents say the alert came hours after the break. Why the delay?",
        ["REPORTER: Residents say the alert came hours after the break.", "Why the delay?"],
    ),
    (
        "n127-us-scarbrough-not",
        "SCARBROUGH: Not before Friday. We need two clean rounds of samples, 24 hours apart, and the first round can't be taken until the line is back under pressure.",
        [
            "SCARBROUGH: Not before Friday.",
            "We need two clean rounds of samples, 24 hours apart, and the first round can't be taken until the line is back under pressure.",
        ],
    ),
    (
        "n127-za-two-women",
        "Ndwandwe said the payment had been made on Friday afternoon and would reflect in workers' accounts by Tuesday. She said 312 of the 740 workers had been paid so far.",
        [
            "Ndwandwe said the payment had been made on Friday afternoon and would reflect in workers' accounts by Tuesday.",
            "She said 312 of the 740 workers had been paid so far.",
        ],
    ),
    (
        "n127-za-q-said",
        "“I have paid my rates for 40 years. Is this what I pay for?” said Fathima Cassim-Moosa, 67, a retired teacher who lives in Overport.",
        [
            "“I have paid my rates for 40 years.",
            "Is this what I pay for?” said Fathima Cassim-Moosa, 67, a retired teacher who lives in Overport.",
        ],
    ),
    (
        "n127-pk-org-it-dept",
        "The Sindh Food Department said in a statement that the official price of a roti in Karachi remained Rs25 and any tandoor charging more would be fined. It added that it had released 40,000 tonnes of wheat from government stocks to flour mills since May 1. “Profiteers will not be spared,” the department said.",
        [
            "The Sindh Food Department said in a statement that the official price of a roti in Karachi remained Rs25 and any tandoor charging more would be fined.",
            "It added that it had released 40,000 tonnes of wheat from government stocks to flour mills since May 1.",
            "“Profiteers will not be spared,” the department said.",
        ],
    ),
    (
        "n127-pk-q-said-three",
        "“Five people at home, and we eat 20 rotis a day. That is Rs100 more every day. Where will it come from, my rickshaw?” said Muhammad Nawaz, 38, a rickshaw driver in Lyari.",
        [
            "“Five people at home, and we eat 20 rotis a day.",
            "That is Rs100 more every day.",
            "Where will it come from, my rickshaw?” said Muhammad Nawaz, 38, a rickshaw driver in Lyari.",
        ],
    ),
    (
        "n127-nz-te-chain",
        "Ms Stannard said that was “not the point”. She said the average farm rates bill in the district would rise by $1,140 to $9,860.",
        [
            "Ms Stannard said that was “not the point”.",
            "She said the average farm rates bill in the district would rise by $1,140 to $9,860.",
        ],
    ),
    (
        "n127-jm-read-statement",
        "In a statement read to residents at the Redbrook Basic School on Tuesday night by its community relations manager, Sharmaine Blackmoor-Ferron, the Southern Parishes Water Company said a pump at its Ferry Pen station had failed on June 6 and a replacement had arrived on Monday. “The new pump is being installed and we expect supply to be restored to all 1,400 customers in Redbrook Gardens and Windsor Mews by Thursday evening,” the statement said.",
        [
            "In a statement read to residents at the Redbrook Basic School on Tuesday night by its community relations manager, Sharmaine Blackmoor-Ferron, the Southern Parishes Water Company said a pump at its Ferry Pen station had failed on June 6 and a replacement had arrived on Monday.",
            "“The new pump is being installed and we expect supply to be restored to all 1,400 customers in Redbrook Gardens and Windsor Mews by Thursday evening,” the statement said.",
        ],
    ),
    (
        "n127-jm-rev-colon",
        "The Reverend Clive Ashmeade, pastor of the Redbrook Gardens Gospel Chapel, said 38 elderly members of his congregation had been relying on neighbours to carry water to them. His plea from the pulpit on Sunday had been simple: “Give us water first, then give us speeches.”",
        [
            "The Reverend Clive Ashmeade, pastor of the Redbrook Gardens Gospel Chapel, said 38 elderly members of his congregation had been relying on neighbours to carry water to them.",
            "His plea from the pulpit on Sunday had been simple: “Give us water first, then give us speeches.”",
        ],
    ),
]
