"""Eighty-fifth held-out set of hand-labelled pages for the hint engines (never tuned on, round fifty):
twelve WHOLE typical pages, head to tail as a reader pastes them from a desktop browser, from
mainstream national and regional news sites of twelve countries, one ordinary daily story each, with
no particular focus. THIS IS A HELD-OUT SET: it measures the engine and must never be tuned on --
no rule, threshold, word list or fixture may be changed because of what the engine does on these
pages or cases. The pages: a Canadian regional news site (politics: Nova Scotia caps rent increases
at 4.5% as a bill passes 31-22); a Welsh regional newspaper site (health: a community hospital's
minor injuries unit to close overnight); an Indian national daily's city page (courts: the High
Court of Karnataka gives Bengaluru's civic body 30 days to fill 2,812 potholes); an Australian
regional news site (weather: a hailstorm smashes cars and roofs across Toowoomba); a Ghanaian
national news site (business: a poultry firm to build a GH¢186m feed mill in Techiman); a Singapore
national daily (transport: a Circle Line power fault halts trains for nearly three hours); an Irish
national daily (education: Leaving Certificate results day); a South African news site (crime: a
cash-in-transit heist on the N1 near Polokwane); a New Zealand regional news site (sport: a
provincial rugby final won 29-26 with a penalty after the siren); a United States local daily
(culture: a 1928 movie palace in Rochester, N.Y., reopens after a $38.5 million restoration); a
Kenyan national daily's science page (science: intercropping cuts fall armyworm damage in a
three-year trial); and a Philippine national broadsheet's metro page (local government: Quezon City
bans single-use plastic in public markets from 2028).

Each page carries its own site's furniture, worded its own way, at the head (mastheads, subscribe
and sign-in strips, date-and-weather strips, menus with pipes or wide spaces, section paths and
labels, bylines with and without "By", roles, Published/Updated and date lines, read times, listen
and share lines, captions and credits), in the middle (ADVERTISEMENT, RELATED and ALSO READ lines, a
"Scoring" title) and at the tail (reporter bios and contact lines, tag and topic lines, related,
read-more, more-from and you-may-also-like lists, newsletter, push-alert, WhatsApp and tip lines, a
comment form, a journal reference, copyright and registration lines, footers); ordinary speakers
(ministers, officials, spokespeople, lawyers, a forecaster, executives, union and association
heads, academics, residents, a student, a retiree, a farmer, coaches and a kicker) and quotes; and
ordinary check-worthy statements beside opinions, plans, forecasts, advice, questions and colour.
The sentence splits fall around abbreviations, initials, decimals, times, ellipses and quotes
ending in "?" or "!" followed by an attribution. The pages hold 533 sentences (41 to 48 a page): 223
"B", 171 "W" and 139 ""; 208 sentences carry a speaker (98 distinct speakers). `STYLES`
describes each page, its story, its speakers and its furniture in order.

Written from scratch for issue 13 in round fifty, without looking at the engine's code or output:
nothing under `claimreview/`, `docs/` or `tests/benchmarks/` was opened or listed, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no README was
opened; `claimreview` was never imported, and no test, scorer, engine or `pytest` was run. The
search and fetch tools were not used, and nothing was copied from anywhere. What was read: the brief
`/tmp/brief/common.md` (printed whole with `cat`, in the same command as listings of `/tmp/brief`,
which held only that file, and of `/tmp/sets`, which was empty); the module docstrings of
`labelled_new.py` and `labelled_new2.py` (printed whole with `ast.get_docstring`) and `def build` in
`tests/text/labelled_articles.py` (its source segment printed by an `ast` script of my own, that
function only), in one command; then, in one command, the output of a script of my own using `ast`
that prints the module docstring, `STYLES`, the first two pages of `ARTICLES` and the first eight
cases of `labelled_new127.py` and `labelled_new128.py` (and the first 200 characters of their
non-assignment statements, the docstring and the import line), followed by a `sed` of the
`[tool.ruff]` tables of `/work/main/pyproject.toml`. The tool cut the middle of that output, so the
script was run again into a scratch file, of which `grep -n` showed the section markers and `sed`
showed four line ranges: the end of the docstring, the `STYLES` (one of them cut short by the tool)
and the first page of `labelled_new127.py`; its cases, the start of the docstring of
`labelled_new128.py` and, after a stretch the tool cut, the end of its `STYLES`; the cut stretch
(the rest of that docstring); and the first lines of its first page. So most of the second page of
`labelled_new127.py`, the first entry or two of the `STYLES` of `labelled_new128.py` and the middle
of its first page were never seen. No other page, case or docstring of any file under `tests/`
was read. What was run: Python one-liners printing the calendar of 2027 (with a listing of the project's `ruff` binary) and the weekdays of 17
dates of 2027 (to check weekdays); scripts of my own in a scratch folder that turn a small line
format (flag, speaker, cue and text separated by a tilde, one line a paragraph unless it starts with
"+", short keys for speakers' full names, case marks naming a first sentence and a length) into the
literals below, apply renames, count sentences, flags and speakers, list every labelled sentence
that holds a full stop, "?", "!" or "…" followed by a capital or a digit (all of them abbreviations,
initials, titles, dates or a registration number kept inside on purpose) and cut the split cases
out of the pages; case-insensitive substring file counts (`grep -rliF -- WORD /work/main/tests/text
| wc -l`) for every capitalised word of three letters or more, hyphenated words taken part by part,
of the first draft (766 words), for about 200 candidate replacements and again for every new word
after the renames; an import of this file by path with `labelled_articles.build` on every page and
a check of the four string fields, the flags, the text at each label's offsets, no "B" with a
speaker, a cue for every speaker and a speaker for every cue, 30 distinct case ids with the `h85-`
prefix, every case text in a built page and equal to its sentences joined by single spaces, each
expected sentence one labelled sentence of one paragraph, in order, and the counts above; and `ruff
format` and `ruff check` from the project's virtual environment with the project's
`pyproject.toml` as config, the check through `--stdin-filename tests/text/labelled_heldout85.py`
so that the per-file ignores for `tests/**` apply. Only counts were read from the word searches,
never the matched lines or file names. Of the first draft's coined words, these hit more than two
files and were renamed: outlets and their words (Fundy, Deccan, Courant, Erne, Flower City,
Highlands, Sentry, Darling Downs), a media group (Tidewater), an architects' firm (Brisbane, Tull),
a university (Mau), a school's saint (Fintan), and surnames and parts of hyphenated surnames
(Ashwick, Marchbanks, Vantassel, Lloyd, Gwilym, Bevan, Rao, Bhat, Quansah, Arthur, Ampofo, Mumuni,
Dankwah, Nkansah, Boadu, Frimpomaa, Seah, Koh, Seow, Quek, Lui, Ismail, Drumm, Hurst, Sithole,
Wallace, Osgood, Moore, Doyle, Brandt, Grey, Hart, Scott, Vanderkolk, Oyelaran, Finch, Pruitt,
Wambugu, Mbeki, Simiyu, Tarus, Chelagat, Yap, Ocampo, Villaflor, Cole) and the Welsh health board's
river names (Tywi, Teifi); only replacements with at most two hits were kept. What still hits is
real countries, regions, cities, towns, rivers, roads, stations and grounds (Carmarthen,
Carmarthenshire, the Tywi valley, Bengaluru, Karnataka, Halifax, Dartmouth, Darling Downs,
Toowoomba, Ruthven St., Bono, Limpopo, Polokwane, Esplanade, Promenade, Paya Lebar, Plymouth,
Taranaki, Canterbury, Yarrow Stadium, Toledo, Njoro, Uasin Gishu, Quezon, Pasig, Commonwealth and
the like), common given names kept on purpose (Issah, Hidayah, Ricardo, Srinivas, Tshepo, Bridie,
Charmaine, Nerys, Orlaith, Donna, Geoffrey, Isaia, Aoibheann, Danielle, Lakshmi, Rommel, Theresa,
Njeri, Glenn, Ffion, Jomar, Roderick, Trent, Danilo, Esther, Gethin, Kevin, Kirra, Serwaa, Rawiri,
Sione, Tama, Hemi and others) and ordinary words, titles and tokens (Ysbyty, Senedd, Cymraeg,
Tenancies, Hailstones, Sachets, Agribusiness, Realty, Institutional, Architects, Engr, Regn, SAPS,
MRT, NPC, CBD, ADT, IST and the like).

Every person, outlet, firm, association, campaign, school, university, theatre, trust, federation,
network and figure is invented. Real countries, regions, cities and institutions appear only as
settings, with invented statements and figures: those listed above, Province House and the Nova
Scotia legislature, Canada Mortgage and Housing Corporation and the Halifax Regional Municipality,
Llandeilo, Glangwili General Hospital, NHS 111 Wales, the Senedd, the Welsh Government and the Welsh
Ambulance Services University NHS Trust, the High Court of Karnataka, the BBMP, the India
Meteorological Department, Koramangala and Hosur Road, the Bureau of Meteorology, the Queensland
State Emergency Service, Queensland Health and the Insurance Council of Australia, Techiman,
Kintampo and Tuobodom, the Ghana Statistical Service, the Bank of Ghana and the University of Ghana,
SMRT, the Land Transport Authority and the Singapore University of Social Sciences, the State
Examinations Commission, the ASTI, the CAO and the Irish Second-Level Students' Union, Ballinode and
University College Dublin, the SAPS, the Hawks, Seshego, Mokopane and Crime Stop, the National
Provincial Championship and New Plymouth, Rochester's East Main Street and Gibbs Street, Trans
Nzoia, Bungoma, Kakamega, Kitale, Machakos and Makueni, the Ministry of Agriculture, KALRO, the
University of Nairobi and the National Research Fund, the Quezon City Council, the Local Government
Code, Manila Bay, the Tullahan River and the Metropolitan Manila Development Authority; and
Facebook, X, WhatsApp, Viber and LinkedIn as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, strip, menu, label, byline, role, date, share line, caption,
credit, list item, data line, bio line, appeal and legal line is a paragraph of its own); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent
sets: furniture "B" line by line, whatever it says; a caption by its content ("" for a scene, "W"
for a caption stating a fact) and its credit "B"; headlines and standfirsts never split and flagged
by content, a headline's or standfirst's "says" or "say" carrying the speaker as the story first
gives it; a dateline belongs to its lead sentence; a speaker is the full name as first given without
titles, roles or post-nominals ("Housing Minister", "Dr", "Dr.", "Mr", "Mr.", "Ms", "MS", "Col.
(retd.)", "Senior advocate", "Advocate", "BBMP Chief Commissioner", "Mayor", "Alhaji", "Hon.",
"Managing Director", "Associate Professor", "Minister for Education", "Brig.", "Lt-Col.", "MEC for
...", "Prof.", "Councilor", "Engr." dropped; initials, "Jr." and Chinese and Malay name order kept
as given: "Lorraine P. Whitacre", "Dennis R. Castellucci Jr.", "Seto Siong Woon", "Nur Hidayah
Jumaat"); a pronoun, a surname ("Mr Seto", "Whitacre", "Amirault"), a title with a surname ("Dr
Caradog", "Brig. Matsimela", "Alhaji Tahiru-Sulemana") or "the mayor" for a named mayor resolves to
it; "according to X" gives X as written ("LTA figures", "its annual report", "data submitted to the
court"); a descriptor before a proper name is dropped ("operator SMRT", "the security company
Bophelo Cash Services", "The environmental group Zero Basura Network", "Poultry producer"); a
generic noun is kept as written ("the company", "The board", "The commission", "the group", "the
figures", "Figures published by the commission", "The electricity network operator"), while "It
said" resolves to the body as first given and an abbreviation too ("the LTA said" -> "The Land
Transport Authority", "The SES urged" -> "The State Emergency Service"); an anonymous source keeps a
restrictive clause ("A truck driver who asked not to be named for his safety"); a quote over
several sentences carries its speaker and cue in each; plans, schedules, forecasts, advice,
opinions and questions are "", statements of record, figures, rulings, fines, statutory deadlines
and first-person records with a figure "W"; data lines (scoring, half-time, referee, crowd) are "".

Conventions this set had to settle, in the same spirit:

* A court's remark with a verb of saying carries the court as written ("the Bench observed" ->
  "the Bench", cue "observed"); its orders and directions ("directed", "asked the State government
  to explain", "turned down a request") carry no speaker, like a judge acting without a verb of
  saying.
* A cue that names the outlet is kept whole ("told The Nandidurga Ledger"), like "told reporters".
* "X said: “...” over two sentences of one paragraph carries X in both, the colon form being an
  ordinary verb of saying.
* A person first introduced in a framing sentence with no verb of saying ("For Lakshmi
  Narayanappa, 63, ..., the order is long overdue.", "At the Commonwealth Market, Nenita
  Balagtas-Ordoñez, 56, carries her vegetables home in a bayong") carries no speaker there; her
  quotes that follow carry her.
* "the company announced" in a lead is kept as written ("the company"), and a later "it said"
  resolves to the firm as first given ("Akuaba Farms Ltd.", its descriptor dropped).
* A Published/Updated line with "p.m. ADT |" or "a.m. ET Sept. 24," is one "B" sentence; a
  registration line between "Pte. Ltd." and "All rights reserved." ("Co. Regn. No. ...") is a "B"
  sentence of its own; a newsletter consent line pasted as "By providing an email address. I agree
  ..." is split at its full stop into two "B" sentences, as a reviewer would split the text on the
  page.
* "Police asked anyone with information to call ..." is an appeal: "Police", cue "asked", "".
* "Referee: M. T. Kauwhata." is data "" and one sentence (initials do not end it).

`HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of one
to four consecutive sentences of one paragraph of these pages joined by single spaces: "p.m. ADT |
Updated Oct." in one sentence; "Jan. 1." before "New buildings"; "?” he asked." after a figure;
"?” said Dr Caradog."; a colon quote over two sentences; "Ltd." before "Registered in Wales No.
..."; "Justice M. R." and "Anitha S." initials; "Col. (retd.)" before a two-sentence quote; "?” she
asked." after a quote; "Ruthven St.," mid-sentence; "Pty Ltd." before an ABN line; "Farms Ltd. will"
mid-sentence; a three-sentence quote ending "?” he said."; "!” said retiree ..., 71." before "Mr
Seto said"; "Pte. Ltd.", "Co. Regn. No. ..." and "All rights reserved."; decimals "11.2", "12.4",
"15.8" and "8.2"; a mid-sentence ellipsis before "and"; "Brig." and "6.45am"; "“I stopped my truck
..." before "What else could I do?” he said."; "“Was I nervous?” he said." before "“Mate, ...!”";
"Referee: M. T. Kauwhata."; "a.m. ET Sept. 24," in one sentence; "Dennis R. Castellucci Jr." before
"He said"; "!” she said.", "“Will it be the same?", "No." and "But it'll be ours again.”"; "10 a.m.
Monday" with no split; a journal reference with "et al." as one sentence; "push and pull … the
plants"; "Jan. 1, 2028." before "Ordinance No. SP-3412, S-2027,"; "Oct. 21." before a quote; and
"“It's easy for vegetables." before "But how ...?” she said.": what a reviewer wants, not what the
engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Canadian REGIONAL NEWS SITE (Nova Scotia), POLITICS, a rent-increase cap of 4.5% passes third reading 31-22: masthead in capitals, subscribe strip, menu with wide spaces, section path with ›; headline of record "W"; standfirst "Landlords\' group says ..." carrying the owners\' association as the story first gives it ""; byline, role, a Published/Updated line with "p.m. ADT" and "Oct. 7," kept as one sentence, share strip; caption "" and a bracketed credit; "HALIFAX —" lead "W" and "Dec. 31," mid-sentence "W"; the housing minister with his title dropped (a count "W", "told reporters" a two-sentence quote "", a rent rise "W", a review plan ""); "according to Canada Mortgage and Housing Corporation figures" "W"; a subhead "", the bill\'s terms "W", "take effect Jan. 1." ending a sentence "" before an exemption "W"; the opposition critic ("a start" "", a defeated amendment "W", "?” she said." ""); ADVERTISEMENT; the owners\' association "said in a statement" a forecast "" and its director ("W", "?” he asked." ""); "according to the Halifax Regional Municipality" "W"; a tenant with age and relative clause ("W", "Amirault said" "", a quote continued ""); a RELATED line; "according to its annual report" "W" (reporter bio and e-mail line, report-an-error line, More from Politics list with "N.S.", copyright split at "Inc." before "All rights reserved.", footer)',
    'Welsh REGIONAL NEWSPAPER SITE (Carmarthenshire), HEALTH, a community hospital\'s minor injuries unit to close overnight: masthead in capitals, sign-in strip, menu with wide spaces, section path with >; headline of record "W"; standfirst "Health board says ..." carrying the board "W"; byline, role, a time-and-date line and an Updated line, share strip; a caption stating a fact "W" and an "(Image: ...)" credit; the board "confirmed on Monday" "W"; "according to board figures" "W"; opening hours ""; the director of operations (staffing and cost "W", a two-sentence quote "", the posts\' move "W", later "Mr Probert-Huws said: “...”" ""); "Local campaigners say" "W"; a quoted subhead ""; a campaign chair (a petition "W", a quote with a mid-sentence ellipsis ""); Advertisement; a board vote "W"; a GP with "Dr" dropped ("W", "?” said Dr Caradog." ""); the MS with the post-nominal dropped "W"; "A Welsh Government spokesperson said: “...” over two sentences ""; "according to the Welsh Ambulance Services University NHS Trust" "W"; "The board said" kept as written "" and "It said" resolving to the board as first given "W" (Read more list, newsletter ask in two sentences, comments lines, copyright split at "Ltd." before "Registered in Wales No. ...", footer)',
    'Indian NATIONAL DAILY\'s city page (Bengaluru), COURTS, the High Court gives the civic body 30 days to fill 2,812 potholes: masthead in capitals, ePaper strip, menu with pipes, section path with a slash; headline of record "W"; a "Legal Correspondent" byline, a place-and-Updated line with IST, follow/share line; caption "" and a "| Photo Credit:" line with an initial; the order with no speaker "W"; the Bench with "Justice M. R." and "Anitha S." initials "W"; "the Bench observed" kept as written ("" twice); further orders "W"; the petitioners\' senior advocate with an initial ("told the court" "W", an undertaking "W", a quote ""); the association secretary with "Col. (retd.)" dropped (complaints "W", a two-sentence quote ""); the civic body\'s advocate with an initial "W"; "according to the India Meteorological Department" "W"; a refused request "W"; ADVERTISEMENT; the chief commissioner "told The Nandidurga Ledger" "W", a forecast "" and a quote with a mid-sentence ellipsis ""; budget lines "W"; a tailor introduced without a verb of saying "", her son\'s fall "W" and "?” she asked." ""; "according to data submitted to the court" "W"; the next hearing "" (ALSO READ line, Published line, comments and topics lines, copyright, footer)',
    'Australian REGIONAL NEWS SITE (Queensland), WEATHER, a hailstorm smashes cars and roofs across Toowoomba: masthead in capitals, subscribe strip, menu with wide spaces, section path with ›; headline of record "W"; standfirst forecast ""; byline with no "By", read time, a date line with "6:30AM", save/share strip; caption "" and "Picture: Supplied"; the storm "W"; "an SES spokeswoman said" "W"; the bureau forecaster ("4.52pm" "W", a storm type "W", a general remark "", a forecast ""); a quoted subhead ""; a resident ("W", "!” he said." "", a quote continued ""); the mayor with "Mayor" dropped ("W", a plan "", advice ""); Advertisement; "The electricity network operator said" kept as written "W"; the Insurance Council "W"; "according to bureau records" "W"; a car-yard manager after "Ruthven St.," mid-sentence ("W", a joke ""); "A Queensland Health spokesman" "W" and "he said" "W"; "The SES urged" resolving to the service as first given ""; an advice box subhead and three tips with "e.g." mid-sentence "" (reporter bio, More Coverage list, a tip line in two sentences, copyright split at "Pty Ltd." before an ABN line, footer)',
    'Ghanaian NATIONAL NEWS SITE\'s business page (Accra), BUSINESS, a poultry firm to build a GH¢186m feed mill in Techiman: masthead in capitals, menu with pipes, section label; headline of record "W"; "Written by" byline, date line, comments count; caption "" and "Photo Credit:"; lead with "Farms Ltd. will" mid-sentence and "the company announced" kept as written "W"; financing "the company said" "W"; the managing director ("W", "told journalists" a two-sentence quote "", farmer contracts "W"); "according to the Ghana Statistical Service" and "according to Bank of Ghana data" "W"; a subhead ""; the poultry farmers\' president with "Alhaji" dropped ("W", a three-sentence quote "W", "", "?” he said." "", later "Alhaji Tahiru-Sulemana ... said" ""); ADVERTISEMENT; the minister with "Hon." dropped ("W", a slogan "", a credit line "W"); an economist with "Dr." dropped ("i.e." mid-sentence forecast "", a drought record "W"); a maize farmer ("W", a quote ""); "it said" resolving to the firm as first given "W"; a construction plan "" (tags, You may also like list, a comment form in three lines, copyright split at "Ltd." before "All Rights Reserved.", footer)',
    'Singapore NATIONAL DAILY\'s site, TRANSPORT, a Circle Line power fault halts trains for nearly three hours: masthead in capitals, subscribe strip, menu with pipes, section path with >; headline of record "W"; standfirst "..., SMRT says; LTA orders ..." carrying SMRT "W"; byline, role, a Published/Updated line with "AM" and "PM", listen line, share line; caption "" and a credit in capitals; "SINGAPORE –" lead ending "operator SMRT said" with the descriptor dropped "W"; "In a Facebook post at 10.55am, SMRT said" with "said" as cue "W" and "It said" "W"; the LTA as first given "W" and "the LTA said" resolving to it ""; the train operator\'s president with "Mr" dropped ("told reporters" "W", two quotes ""); a quoted subhead ""; a commuter ("W", a quote "" and a question ""); a retiree named after "!” said retiree ..., 71." "W" and "Mr Seto said" "W"; ADVERTISEMENT; an MP "wrote on Facebook" "W" and "she wrote" ""; records of earlier disruptions, the law and fines "W" ("according to LTA figures"); an academic with "Associate Professor" dropped ("W", a question of inspection "") (a WhatsApp channel line, Read next list, copyright with "Pte. Ltd." and "Co. Regn. No. ..." before "All rights reserved.", footer)',
    'Irish NATIONAL DAILY\'s site, EDUCATION, Leaving Certificate results day: masthead in capitals, subscriber strip, menu with wide spaces, section path with ›; headline of record "W"; byline with no "By", role, a date-and-time line, share line; caption "" and "Photograph:" credit; lead "W"; "Figures published by the commission show" kept as written "W" and a 2019 figure "W"; portal times "" in two sentences; the minister with her title dropped ("W", praise "", a plan ""); "the figures show" "W"; maths and new-specification records "W"; "according to an analysis by The Shannonside Review" "W"; a quoted subhead ""; a student named after "!” said ..., 18, ..., who got 589 points." "W", her hope "" and a course\'s points "W"; her principal ("W", a quote with a mid-sentence ellipsis ""); Advertisement; the ASTI president named after her union\'s name and abbreviation ("W", a quote ""); an appeal deadline "W"; "The commission said" "W"; CAO offers ""; a students\' union helpline ""; "Guidance counsellors advise" "" (a live-coverage line, Read More list, push-alert line, copyright, footer)',
    'South African NEWS SITE\'s crime page (Limpopo), CRIME, a cash-in-transit heist on the N1 near Polokwane: masthead in capitals, login strip, menu with wide spaces, section path with a slash; headline of record "W"; standfirst "..., police say" carrying "police" "W"; byline with no "By", a date-and-time line, share line; caption "" and a SUPPLIED/SAPS credit; lead ending "police said" "W"; the provincial spokesperson with "Brig." dropped ("6.45am" "W", "She said" "W", "she said" at the end "W", later "Brig. Matsimela said" "W" and "She said" "W"); an arrest and recovery record with no speaker "W"; two quotes, one with a mid-sentence ellipsis ""; ADVERTISEMENT; "In a statement, the security company ... said" with the descriptor dropped "W" and "It said it would not disclose" ""; "According to the latest SAPS quarterly crime statistics," and "according to police" "W"; the MEC with his title dropped ("W", a quote ""); "A truck driver who asked not to be named for his safety" kept with its clause ("W", "“I stopped my truck ..." "" and "What else could I do?” he said." ""); "according to the traffic authorities" "W"; the court appearance and charges "W"; "said spokesperson Lt-Col. ..." with the title dropped "W"; "Police asked" "" (Related list, newsletter lines, copyright split at "(Pty) Ltd." before "All rights reserved.", footer)',
    'New Zealand REGIONAL NEWS SITE (Taranaki), SPORT, a provincial rugby final won 29-26 with a penalty after the siren: masthead in capitals, subscribe strip, menu with wide spaces, section path with ›; headline with the score "W"; byline, role, a time-and-date line with "pm", share line; a caption stating a fact "W" and "Photo / Supplied"; the result, crowd, equaliser and penalty of record "W"; the kicker ("..., Penitani, 22, said." "", "“Was I nervous?” he said." and "“Mate, my legs were shaking!”" ""); the home coach ("W", two quotes ""); the visiting coach "was unhappy" with no speaker "" and a quote with a mid-sentence ellipsis ""; records of earlier titles and of the first and second halves "W"; Advertisement; the captain named after his quote "" and his 100th game "W"; the union chief executive ("W", an estimate ""); a "Scoring" title "B", two scoring lines, half-time, "Referee: M. T. Kauwhata." and crowd lines "" data (More rugby list, a newsletter ask in two sentences, copyright split before "All rights reserved.", footer)',
    'United States LOCAL DAILY\'s site (Rochester, N.Y.), CULTURE, a 1928 movie palace reopens after a $38.5 million restoration: masthead in capitals, subscribe strip, menu with pipes, section label; headline of record "W"; byline name and outlet lines, a Published/Updated line with "a.m. ET Sept. 24," kept as one sentence, share line; caption "" and a slash credit; "ROCHESTER, N.Y. —" lead "W"; a gala ""; the executive director with an initial ("W", a two-sentence quote "", the organ "W", later "Whitacre said" "W"); a subhead ""; "according to the theater\'s archives" with "Oct. 12, 1928," mid-sentence "W"; history with "Realty Corp.," mid-sentence "W"; the mayor with "Mayor" dropped and "Jr." kept ("called" a phrase "", "He said" a count "W"); ADVERTISEMENT; the architect with an initial and "P.C.," mid-sentence ("W", a quote ""); a former usher ("W", "!” she said." "", "“Will it be the same?", "No." and "But it\'ll be ours again.”" ""); tickets "at 10 a.m. Monday" with no split ""; an agreement with "Trust Inc. pays" mid-sentence "W"; a council member ("W", a comparison "W"); gala times "7:30 p.m." ending a sentence before "The doors open at 6." "" (reporter bio and contact line, Related list, copyright split at "Co." before "All rights reserved.", footer)',
    'Kenyan NATIONAL DAILY\'s science page, SCIENCE, intercropping cuts fall armyworm damage in a three-year trial: masthead in capitals, e-paper strip, menu with wide spaces, section label; headline of record "W"; standfirst "Farmers say ..." carrying "Farmers" ""; byline in capitals, role, date line, read time, share line; caption "" and a bracketed credit; "a three-year study has found" "W"; the study\'s authors and sample "W"; the lead author with "Dr." dropped (losses "W", a mechanism "W", "It\'s push and pull … the plants do the work." "", costs "W", "She cautioned" ""); first detection and national production ("according to the Ministry of Agriculture") "W"; ADVERTISEMENT; a farmer ("W", two quotes ""); the county executive member with "Mr." dropped ("W", a plan ""); an entomologist with "Prof." dropped ("" and ""); funding "W"; a journal reference with "et al." and the title\'s full stop as one "B" sentence (tags, YOU MAY ALSO LIKE list, a tip line in two sentences, copyright split at "Ltd." before "All rights reserved.", footer)',
    'Philippine NATIONAL BROADSHEET\'s metro page (Quezon City), LOCAL GOVERNMENT, the council bans single-use plastic in public markets from 2028: masthead in capitals, a date-and-weather strip, menu with pipes, section label; headline of record "W"; byline with "Ma.", a date-and-time line, share line; caption "" and a credit in capitals; "MANILA, Philippines —" lead ending "Jan. 1, 2028." "W" and "Ordinance No. SP-3412, S-2027," "W"; the principal author with "Councilor" dropped and an initial kept ("W", a comparison "", "?” he asked during the session." ""); fines and exemption "W"; a subhead ""; the vendors\' federation president ("W", a quote "", a rejected request "on Oct. 21." "W" and a quote ""); the mayor with "Mayor" dropped and "Jr." kept "said in a statement" "W" and "the mayor said" resolving to him ""; ADVERTISEMENT; the department head with "Engr." dropped and an initial kept ("W", "He said" "W"); "The environmental group Zero Basura Network" with the descriptor dropped "W" and "the group said" kept as written "W"; a shopper introduced without a verb of saying "", "“It\'s easy for vegetables." and "But how ...?” she said." ""; the signing deadline "W"; "according to the Metropolitan Manila Development Authority" "W" (RELATED STORIES list, a newsletter box with a two-sentence consent line, copyright split at "Corp." before "All Rights Reserved.", footer)',
]

ARTICLES = [
    [
        [("THE CHIGNECTO DISPATCH", "", "", "B")],
        [("Subscribe | Newsletters | Log in", "", "", "B")],
        [("Home   News   Politics   Business   Sports   Arts   Opinion   Obituaries", "", "", "B")],
        [("News › Politics › Nova Scotia", "", "", "B")],
        [
            (
                "Nova Scotia caps rent increases at 4.5% for three years as bill passes 31-22",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Landlords' group says cap will choke off new rental construction",
                "The Property Owners' Association of Nova Scotia",
                "says",
                "",
            ),
        ],
        [("By Colleen Gaudreault", "", "", "B")],
        [("Provincial Affairs Reporter", "", "", "B")],
        [
            (
                "Published Oct. 7, 2027 at 6:15 p.m. ADT | Updated Oct. 7, 2027 at 9:02 p.m. ADT",
                "",
                "",
                "B",
            ),
        ],
        [("Share on Facebook | Share on X | Share by Email | Print", "", "", "B")],
        [
            (
                "Housing Minister Roderick Brindamour speaks to reporters outside Province House in Halifax after Thursday's vote.",
                "",
                "",
                "",
            ),
        ],
        [("(Colleen Gaudreault/Chignecto Dispatch)", "", "", "B")],
        [
            (
                "HALIFAX — Nova Scotia will cap annual rent increases at 4.5 per cent for the next three years after the government's Bill 47 passed third reading in the legislature on Thursday by a vote of 31-22.",
                "",
                "",
                "W",
            ),
            (
                "The cap replaces the current 5 per cent limit, which expires on Dec. 31, and applies to fixed-term leases as well as month-to-month tenancies.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Housing Minister Roderick Brindamour said the cap would cover about 118,000 renter households, roughly three in 10 households in the province.",
                "Roderick Brindamour",
                "said",
                "W",
            ),
            (
                "“Nobody should open a letter in November and find out their rent is going up $300 a month,” he told reporters after the vote.",
                "Roderick Brindamour",
                "told reporters",
                "",
            ),
            ("“This gives people some certainty.”", "Roderick Brindamour", "told reporters", ""),
        ],
        [
            (
                "He said the average rent for a two-bedroom apartment in the province rose 9.2 per cent last year, to $1,847 a month.",
                "Roderick Brindamour",
                "said",
                "W",
            ),
        ],
        [
            (
                "The vacancy rate in Halifax was 1.3 per cent last October, according to Canada Mortgage and Housing Corporation figures.",
                "Canada Mortgage and Housing Corporation figures",
                "according to",
                "W",
            ),
        ],
        [("What the bill changes", "", "", "")],
        [
            (
                "Under the bill, landlords who raise rents by more than the cap face fines of up to $10,000 for a first offence and $25,000 for each later one.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Landlords must also give tenants four months' written notice of an increase, up from three.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The changes take effect Jan. 1.", "", "", ""),
            (
                "New buildings first occupied after that date are exempt from the cap for five years.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Opposition housing critic Danielle Petitpas-Ouellet said the cap was “a start” but came three years too late.",
                "Danielle Petitpas-Ouellet",
                "said",
                "",
            ),
            (
                "She said her party had proposed a 2.5 per cent cap in an amendment that the government voted down on Tuesday.",
                "Danielle Petitpas-Ouellet",
                "said",
                "W",
            ),
            (
                "“Why should tenants carry the whole load?” she said.",
                "Danielle Petitpas-Ouellet",
                "said",
                "",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "The Property Owners' Association of Nova Scotia said in a statement that the cap would “choke off” new rental construction at a time when the province needs more homes, not fewer.",
                "The Property Owners' Association of Nova Scotia",
                "said in a statement",
                "",
            ),
        ],
        [
            (
                "Its executive director, Kevin Szabados, said 41 of the association's 620 members had sold buildings since the current cap took effect in 2024.",
                "Kevin Szabados",
                "said",
                "W",
            ),
            (
                "“If you're a retiree with a fourplex and your property tax went up 11 per cent, what do you do?” he asked.",
                "Kevin Szabados",
                "asked",
                "",
            ),
        ],
        [
            (
                "Residential property tax bills in Halifax rose by an average of 6.8 per cent this year, according to the Halifax Regional Municipality.",
                "the Halifax Regional Municipality",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Jolene Amirault, 58, who has rented the same apartment in Dartmouth since 2009, said her rent went from $1,120 to $1,290 a month in August.",
                "Jolene Amirault",
                "said",
                "W",
            ),
            (
                "“I watched the vote on my phone on my lunch break,” Amirault said.",
                "Jolene Amirault",
                "said",
                "",
            ),
            (
                "“I'm relieved, but I'll believe it when I see my next letter.”",
                "Jolene Amirault",
                "said",
                "",
            ),
        ],
        [("RELATED: Halifax vacancy rate ticks up to 1.3%, still near record low", "", "", "B")],
        [
            (
                "The province's Residential Tenancies Program received 3,412 applications from tenants in the 12 months to March 31, up 27 per cent on the year before, according to its annual report.",
                "its annual report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Brindamour said his department had hired six more tenancy officers since April to cut the wait for a hearing, which is now about nine weeks.",
                "Roderick Brindamour",
                "said",
                "W",
            ),
            (
                "He said the government would review the cap in the spring of 2029.",
                "Roderick Brindamour",
                "said",
                "",
            ),
        ],
        [
            (
                "Colleen Gaudreault covers provincial politics for the Chignecto Dispatch.",
                "",
                "",
                "B",
            ),
            ("Reach her at cgaudreault@chignectodispatch.ca.", "", "", "B"),
        ],
        [("Report a typo or error", "", "", "B")],
        [("More from Politics", "", "", "B")],
        [("Halifax council delays vote on Spring Garden Road bike lanes to November", "", "", "B")],
        [("N.S. doctor wait list falls below 100,000 for first time since 2021", "", "", "B")],
        [
            ("© 2027 The Chignecto Dispatch, a division of Kestrelwood Media Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("Terms of Use | Privacy Policy | Accessibility | Contact Us", "", "", "B")],
    ],
    [
        [("TOWY EXAMINER", "", "", "B")],
        [("Sign in | Subscribe | Jobs | Announcements", "", "", "B")],
        [("News   Sport   What's On   Business   Health   Opinion   Cymraeg", "", "", "B")],
        [("Home > News > Health", "", "", "B")],
        [("Llandeilo minor injuries unit to close overnight from 1 November", "", "", "W")],
        [
            (
                "Health board says only 1.7 patients a night used the unit last year",
                "Dinefwr and Cothi University Health Board",
                "says",
                "W",
            ),
        ],
        [("By Rhiannon Pughsley", "", "", "B")],
        [("Health Reporter", "", "", "B")],
        [("06:00, Tuesday, 12 October 2027", "", "", "B")],
        [("Updated 11:47, Tuesday, 12 October 2027", "", "", "B")],
        [("Share: Facebook   X   WhatsApp   Email", "", "", "B")],
        [
            (
                "The minor injuries unit at Ysbyty Pantglas in Llandeilo has been open 24 hours a day since 1998.",
                "",
                "",
                "W",
            ),
        ],
        [("(Image: Towy Examiner)", "", "", "B")],
        [
            (
                "The minor injuries unit at Llandeilo's community hospital will close between 8pm and 8am from 1 November, Dinefwr and Cothi University Health Board confirmed on Monday.",
                "Dinefwr and Cothi University Health Board",
                "confirmed",
                "W",
            ),
        ],
        [
            (
                "The unit at Ysbyty Pantglas treated 624 patients between 8pm and 8am in the year to March, an average of 1.7 a night, according to board figures.",
                "board figures",
                "according to",
                "W",
            ),
        ],
        [("It will stay open from 8am to 8pm seven days a week.", "", "", "")],
        [
            (
                "The board's director of operations, Gethin Probert-Huws, said the unit had been staffed overnight by one emergency nurse practitioner and one healthcare support worker at a cost of £412,000 a year.",
                "Gethin Probert-Huws",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We cannot justify keeping two highly skilled clinicians waiting for a patient who, on average, arrives less than twice a night,” he said.",
                "Gethin Probert-Huws",
                "said",
                "",
            ),
            (
                "“Those staff will be far more use to patients in our emergency department in Carmarthen.”",
                "Gethin Probert-Huws",
                "said",
                "",
            ),
        ],
        [
            (
                "He said both posts would move to the emergency department at Glangwili General Hospital in Carmarthen, 15 miles away.",
                "Gethin Probert-Huws",
                "said",
                "W",
            ),
        ],
        [
            (
                "Local campaigners say the nearest alternative at night is a 35-minute drive for most people in the Tywi valley.",
                "Local campaigners",
                "say",
                "W",
            ),
        ],
        [("‘It's a slippery slope’", "", "", "")],
        [
            (
                "Ffion Garmon-Jenkins, who chairs the Save Pantglas Hospital campaign, said a petition against the change had collected 4,180 signatures in three weeks.",
                "Ffion Garmon-Jenkins",
                "said",
                "W",
            ),
        ],
        [
            (
                "“First it's nights, then it's weekends, then it's gone,” she said.",
                "Ffion Garmon-Jenkins",
                "said",
                "",
            ),
            (
                "“We've seen it happen in other towns … and nobody ever gave those hours back.”",
                "Ffion Garmon-Jenkins",
                "said",
                "",
            ),
        ],
        [
            (
                "Asked whether the board planned to cut daytime hours as well, Mr Probert-Huws said: “There are no plans to do that.”",
                "Gethin Probert-Huws",
                "said",
                "",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "The change was approved at a board meeting on 30 September by nine votes to two.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dr Elin Caradog, a GP in Llandeilo for 22 years, said her practice had no out-of-hours service of its own and that calls at night went to the NHS 111 Wales service.",
                "Elin Caradog",
                "said",
                "W",
            ),
            (
                "“Where is a farmer with a crushed hand supposed to go at 2am?” said Dr Caradog.",
                "Elin Caradog",
                "said",
                "",
            ),
        ],
        [
            (
                "Nerys Tudur-Gwilliam MS, who represents the area in the Senedd, said she had written to the Welsh Government's Cabinet Secretary for Health asking him to review the decision.",
                "Nerys Tudur-Gwilliam",
                "said",
                "W",
            ),
        ],
        [
            (
                "A Welsh Government spokesperson said: “Decisions on local services are a matter for health boards.",
                "A Welsh Government spokesperson",
                "said",
                "",
            ),
            (
                "We expect boards to engage fully with their communities.”",
                "A Welsh Government spokesperson",
                "said",
                "",
            ),
        ],
        [
            (
                "In September, the average response to the most serious “red” calls in Carmarthenshire was 9 minutes 41 seconds, against a target of 8 minutes, according to the Welsh Ambulance Services University NHS Trust.",
                "the Welsh Ambulance Services University NHS Trust",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The board said it would review the change after six months.",
                "The board",
                "said",
                "",
            ),
            (
                "It said 1,306 calls were made to NHS 111 Wales from the Llandeilo area last year.",
                "Dinefwr and Cothi University Health Board",
                "said",
                "W",
            ),
        ],
        [("Read more", "", "", "B")],
        [("Carmarthen A&E waits among longest in Wales for third month", "", "", "B")],
        [("‘We were never told’: parents angry as Llandeilo school bus route is cut", "", "", "B")],
        [
            ("Sign up to the Towy Examiner newsletter.", "", "", "B"),
            ("Get the day's top stories in your inbox every morning.", "", "", "B"),
        ],
        [("Comments", "", "", "B")],
        [("Our community guidelines | Report this comment", "", "", "B")],
        [
            ("© 2027 Towy Examiner Ltd.", "", "", "B"),
            ("Registered in Wales No. 04418273.", "", "", "B"),
        ],
        [("Privacy Notice | Cookie Settings | Terms | Contact Us", "", "", "B")],
    ],
    [
        [("THE NANDIDURGA LEDGER", "", "", "B")],
        [("ePaper | Subscribe | Sign In", "", "", "B")],
        [
            (
                "Home | India | Karnataka | Bengaluru | Business | Sport | Opinion | Videos",
                "",
                "",
                "B",
            ),
        ],
        [("Bengaluru / Courts", "", "", "B")],
        [
            (
                "HC gives BBMP 30 days to fill 2,812 potholes, warns officials of contempt",
                "",
                "",
                "W",
            ),
        ],
        [("Legal Correspondent", "", "", "B")],
        [("Bengaluru, Updated - September 15, 2027 09:48 pm IST", "", "", "B")],
        [("Follow Us | Share", "", "", "B")],
        [
            (
                "A two-wheeler rider negotiates a pothole-ridden stretch of Hosur Road on Tuesday.",
                "",
                "",
                "",
            ),
        ],
        [("| Photo Credit: K. Murali Srinath", "", "", "B")],
        [
            (
                "The High Court of Karnataka on Wednesday directed the Bruhat Bengaluru Mahanagara Palike (BBMP) to fill all 2,812 potholes identified by its own engineers within 30 days and to file a compliance report by October 18.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A Division Bench of Justice M. R. Thimmegowda and Justice Anitha S. Kulkarni passed the order on a public interest litigation filed in 2025 by the Koramangala 6th Block Residents' Welfare Association.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Citizens of this city pay taxes to travel on roads, not on craters,” the Bench observed.",
                "the Bench",
                "observed",
                "",
            ),
            (
                "“If the roads are not fixed by the next date of hearing, the officers concerned will have to explain why they should not be punished for contempt.”",
                "the Bench",
                "observed",
                "",
            ),
        ],
        [
            (
                "The court also directed the civic body to publish on its website, within a week, a ward-wise list of the potholes and the date on which each is filled.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Separately, the Bench asked the State government to explain by the next hearing why it had not released ₹420 crore sanctioned for city roads in the 2026-27 Budget.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Senior advocate Prasanna K. Hegdekatte, appearing for the petitioners, told the court that seven people had died in accidents caused by potholes in the city since January.",
                "Prasanna K. Hegdekatte",
                "told the court",
                "W",
            ),
            (
                "He said the BBMP had given the court an undertaking in March that all potholes would be filled by May 31.",
                "Prasanna K. Hegdekatte",
                "said",
                "W",
            ),
            (
                "“They have missed every deadline they gave themselves,” he said.",
                "Prasanna K. Hegdekatte",
                "said",
                "",
            ),
        ],
        [
            (
                "The association's secretary, Col. (retd.) Arvind Menezes-Karkera, said members had filed 1,640 complaints about potholes on the civic body's grievance app since April, and 1,102 were marked “resolved” without any work being done.",
                "Arvind Menezes-Karkera",
                "said",
                "W",
            ),
            ("“We are not asking for new roads.", "Arvind Menezes-Karkera", "said", ""),
            (
                "We are asking for the old ones to be repaired.”",
                "Arvind Menezes-Karkera",
                "said",
                "",
            ),
        ],
        [
            (
                "Advocate V. Srinivas Shanbhag, appearing for the BBMP, said the civic body had filled 9,406 potholes since April but that heavy rain in August had opened up new ones.",
                "V. Srinivas Shanbhag",
                "said",
                "W",
            ),
        ],
        [
            (
                "August rainfall in Bengaluru was 46% above normal, according to the India Meteorological Department.",
                "the India Meteorological Department",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Bench turned down a request from the BBMP for 60 days to complete the work.",
                "",
                "",
                "W",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "BBMP Chief Commissioner Tushar Gopalaswamy told The Nandidurga Ledger that 214 road-repair teams were working in two shifts.",
                "Tushar Gopalaswamy",
                "told The Nandidurga Ledger",
                "W",
            ),
            ("He said the court's deadline would be met.", "Tushar Gopalaswamy", "said", ""),
            (
                "“We will use cold mix where it is raining and hot mix where it is dry … whatever it takes,” he said.",
                "Tushar Gopalaswamy",
                "said",
                "",
            ),
        ],
        [
            (
                "The civic body's budget for 2027-28 sets aside ₹1,150 crore for road maintenance, up from ₹690 crore last year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "For Lakshmi Narayanappa, 63, who runs a tailoring shop on 80 Feet Road, the order is long overdue.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“My son fell off his scooter in the pothole in front of my shop in July and broke his collarbone,” she said.",
                "Lakshmi Narayanappa",
                "said",
                "W",
            ),
            (
                "“Who will pay his hospital bill, the BBMP?” she asked.",
                "Lakshmi Narayanappa",
                "asked",
                "",
            ),
        ],
        [
            (
                "The Bengaluru Traffic Police registered 1,148 road accidents in the city between January and August, of which 512 involved two-wheelers, according to data submitted to the court.",
                "data submitted to the court",
                "according to",
                "W",
            ),
        ],
        [("The matter will next be heard on October 20.", "", "", "")],
        [("ALSO READ | Bengaluru's white-topping project: 41 km done, 118 km to go", "", "", "B")],
        [("Published - September 15, 2027 09:48 pm IST", "", "", "B")],
        [("Read Comments", "", "", "B")],
        [("Related Topics", "", "", "B")],
        [("Bengaluru / judiciary (system) / roads and highways / Karnataka", "", "", "B")],
        [("Copyright© 2027, THE NANDIDURGA LEDGER", "", "", "B")],
        [("Terms & Conditions | Institutional Subscriber | Contact Us", "", "", "B")],
    ],
    [
        [("TOOWOOMBA TRIBUNE", "", "", "B")],
        [("Subscribe now | Log in | Today's Paper", "", "", "B")],
        [("News   Sport   Weather   Rural   Business   Lifestyle   Opinion", "", "", "B")],
        [("News › Weather", "", "", "B")],
        [
            (
                "Hailstones up to 7cm smash cars and roofs across Toowoomba as SES fields 1240 calls",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "More storms forecast for Tuesday as insurers brace for thousands of claims",
                "",
                "",
                "",
            ),
        ],
        [("Bridie Tonkinson", "", "", "B")],
        [("5 min read", "", "", "B")],
        [("November 15, 2027 - 6:30AM", "", "", "B")],
        [("Share   Save   Comment", "", "", "B")],
        [("Hail covers a street in Harristown on Sunday afternoon.", "", "", "")],
        [("Picture: Supplied", "", "", "B")],
        [
            (
                "Hailstones up to 7cm across smashed windscreens, skylights and roof tiles across Toowoomba on Sunday afternoon as a severe thunderstorm swept through the city in less than 20 minutes.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The State Emergency Service received 1240 calls for help between 4pm Sunday and 6am Monday, most of them for damaged roofs, an SES spokeswoman said.",
                "an SES spokeswoman",
                "said",
                "W",
            ),
        ],
        [
            (
                "Bureau of Meteorology senior forecaster Kirra Maddigan said the storm's hail core passed over the CBD at 4.52pm and the bureau's instruments recorded a wind gust of 96km/h at Toowoomba Airport.",
                "Kirra Maddigan",
                "said",
                "W",
            ),
            (
                "“It was a classic supercell, and it built very quickly over the range,” she said.",
                "Kirra Maddigan",
                "said",
                "W",
            ),
            (
                "“Storms like that can go from nothing to severe in half an hour.”",
                "Kirra Maddigan",
                "said",
                "",
            ),
        ],
        [
            (
                "She said another band of storms could reach the Darling Downs on Tuesday afternoon, with large hail and damaging winds possible.",
                "Kirra Maddigan",
                "said",
                "",
            ),
        ],
        [("‘Like someone firing rocks at the house’", "", "", "")],
        [
            (
                "Harristown resident Trent Merrigan-Toohey said four of the six skylights in his family's home were broken and water poured into two bedrooms.",
                "Trent Merrigan-Toohey",
                "said",
                "W",
            ),
            (
                "“It sounded like someone was firing rocks at the house!” he said.",
                "Trent Merrigan-Toohey",
                "said",
                "",
            ),
            (
                "“The kids were under the dining table with the dog.”",
                "Trent Merrigan-Toohey",
                "said",
                "",
            ),
        ],
        [
            (
                "Toowoomba Regional Council Mayor Graeme Lutwyche said council crews had cleared 46 fallen trees from roads overnight.",
                "Graeme Lutwyche",
                "said",
                "W",
            ),
            (
                "He said the Glenvale and Highfields waste facilities would take storm debris free of charge until Sunday.",
                "Graeme Lutwyche",
                "said",
                "",
            ),
            (
                "“If you're not a tradie, please stay off your roof and leave it to the SES,” he said.",
                "Graeme Lutwyche",
                "said",
                "",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "The electricity network operator said 7800 homes lost power at the height of the storm and 1100 were still without power at 6am.",
                "The electricity network operator",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Insurance Council of Australia said it had received 2600 claims by 9pm Sunday and had declared the storm a catastrophe, a move that fast-tracks the handling of claims.",
                "The Insurance Council of Australia",
                "said",
                "W",
            ),
        ],
        [
            (
                "Hail of 7cm or larger has been recorded in Toowoomba only four times since 1990, according to bureau records.",
                "bureau records",
                "according to",
                "W",
            ),
        ],
        [
            (
                "At a used-car yard on Ruthven St., sales manager Cassidy Ormesher said 63 of the 80 cars on the lot had hail damage.",
                "Cassidy Ormesher",
                "said",
                "W",
            ),
            (
                "“We'll be selling a lot of hail specials this summer,” she said with a laugh.",
                "Cassidy Ormesher",
                "said",
                "",
            ),
        ],
        [
            (
                "A Queensland Health spokesman said Toowoomba Hospital's emergency department treated 11 people for storm-related injuries, including two men who fell from roofs.",
                "A Queensland Health spokesman",
                "said",
                "W",
            ),
            (
                "Neither man was seriously hurt, he said.",
                "A Queensland Health spokesman",
                "said",
                "W",
            ),
        ],
        [
            (
                "The SES urged residents to call 132 500 for help and to photograph all damage before starting repairs.",
                "The State Emergency Service",
                "urged",
                "",
            ),
        ],
        [("What to do if your home is damaged", "", "", "")],
        [
            (
                "Take photos of all damage before you clean up, e.g. broken tiles, stained ceilings and dented cars.",
                "",
                "",
                "",
            ),
        ],
        [("Contact your insurer as soon as possible.", "", "", "")],
        [
            (
                "Stay well away from fallen power lines and report them to the network operator.",
                "",
                "",
                "",
            ),
        ],
        [("Bridie Tonkinson is a reporter with the Toowoomba Tribune.", "", "", "B")],
        [("More Coverage", "", "", "B")],
        [("Toowoomba's dams reach 71 per cent after wet spring", "", "", "B")],
        [("Hail damage: How to tell if your car is a write-off", "", "", "B")],
        [
            ("Have a story?", "", "", "B"),
            ("Email news@toowoombatribune.com.au", "", "", "B"),
        ],
        [
            ("© 2027 Toowoomba Tribune Pty Ltd.", "", "", "B"),
            ("ABN 61 004 281 337", "", "", "B"),
        ],
        [("Privacy Policy | Terms of Use | Editorial Code of Conduct", "", "", "B")],
    ],
    [
        [("ACCRA SENTINEL", "", "", "B")],
        [
            (
                "Home | News | Business | Politics | Sports | Entertainment | Opinion | E-Paper",
                "",
                "",
                "B",
            ),
        ],
        [("Business News", "", "", "B")],
        [("Akuaba Farms to build GH¢186m feed mill in Techiman, create 420 jobs", "", "", "W")],
        [("Written by Efua Kyerewaa Yeboah", "", "", "B")],
        [("August 19, 2027", "", "", "B")],
        [("0 Comments", "", "", "B")],
        [("Workers at Akuaba Farms' broiler unit near Kintampo.", "", "", "")],
        [("Photo Credit: Akuaba Farms", "", "", "B")],
        [
            (
                "Poultry producer Akuaba Farms Ltd. will build a GH¢186 million feed mill in Techiman, in the Bono East Region, creating 420 permanent jobs, the company announced on Wednesday.",
                "the company",
                "announced",
                "W",
            ),
        ],
        [
            (
                "The mill will be financed with a GH¢120 million loan from a group of three local banks and GH¢66 million of the company's own funds, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Managing Director Kwabena Anokye-Twumasi said the company spent GH¢312 million on imported feed ingredients last year, more than half of its operating costs.",
                "Kwabena Anokye-Twumasi",
                "said",
                "W",
            ),
            (
                "“Every time the cedi falls, our feed costs go up, and the price of chicken in the market goes up with it,” he told journalists at a sod-cutting ceremony in Techiman.",
                "Kwabena Anokye-Twumasi",
                "told journalists",
                "",
            ),
            (
                "“If we grow the maize here and mill it here, we can break that chain.”",
                "Kwabena Anokye-Twumasi",
                "told journalists",
                "",
            ),
        ],
        [
            (
                "He said the company had signed contracts with 2,300 maize farmers in the Bono East and Bono regions to supply 45,000 tonnes in the first year.",
                "Kwabena Anokye-Twumasi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ghana imported 312,000 tonnes of frozen chicken in 2026, worth about US$420 million, according to the Ghana Statistical Service.",
                "the Ghana Statistical Service",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The cedi has lost 9.6 per cent of its value against the US dollar this year, according to Bank of Ghana data.",
                "Bank of Ghana data",
                "according to",
                "W",
            ),
        ],
        [("Industry reaction", "", "", "")],
        [
            (
                "The President of the Poultry Farmers Association of Ghana, Alhaji Issah Tahiru-Sulemana, said the price of a 50kg bag of layer feed had risen from GH¢380 to GH¢545 since January.",
                "Issah Tahiru-Sulemana",
                "said",
                "W",
            ),
            (
                "“Half of our members have reduced their flocks.",
                "Issah Tahiru-Sulemana",
                "said",
                "W",
            ),
            ("Some have closed.", "Issah Tahiru-Sulemana", "said", ""),
            (
                "How long can a farmer sell eggs at a loss?” he said.",
                "Issah Tahiru-Sulemana",
                "said",
                "",
            ),
        ],
        [
            (
                "Alhaji Tahiru-Sulemana welcomed the investment but said smaller farmers needed cheap credit to survive until the mill opens.",
                "Issah Tahiru-Sulemana",
                "said",
                "",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "The Minister for Trade, Agribusiness and Industry, Hon. Abena Serwaa Ansong, said the project was part of the government's plan to cut poultry imports by 40 per cent by 2030.",
                "Abena Serwaa Ansong",
                "said",
                "W",
            ),
            (
                "“This is what import substitution looks like,” she said.",
                "Abena Serwaa Ansong",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the government had approved a GH¢500 million credit line for poultry farmers in June, of which GH¢212 million had been disbursed.",
                "Abena Serwaa Ansong",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dr. Yaw Obeng-Baffour, an agricultural economist at the University of Ghana, Legon, said the mill could lower feed prices in the middle belt by 10 to 15 per cent, i.e. about GH¢60 a bag, if it ran at full capacity.",
                "Yaw Obeng-Baffour",
                "said",
                "",
            ),
            (
                "He said maize yields in Bono East fell 22 per cent in 2024 because of a long dry spell.",
                "Yaw Obeng-Baffour",
                "said",
                "W",
            ),
        ],
        [
            (
                "Akosua Frimpong, who farms 12 acres of maize near Tuobodom, said the company had offered GH¢4,100 a tonne, about GH¢600 more than traders paid her last season.",
                "Akosua Frimpong",
                "said",
                "W",
            ),
            ("“At that price, I will plant everything,” she said.", "Akosua Frimpong", "said", ""),
        ],
        [
            (
                "The company, founded in Kintampo in 2009, has 1.4 million birds and supplies about 8 per cent of the chicken sold in Ghana, it said.",
                "Akuaba Farms Ltd.",
                "said",
                "W",
            ),
        ],
        [("Construction is expected to begin in October.", "", "", "")],
        [("Tags: Akuaba Farms | Poultry | Techiman | Agribusiness", "", "", "B")],
        [("You may also like", "", "", "B")],
        [("Cedi ends week at GH¢15.42 to the dollar on interbank market", "", "", "B")],
        [("Cocoa farmers welcome new producer price of GH¢3,228 per bag", "", "", "B")],
        [("Leave a Reply", "", "", "B")],
        [
            ("Your email address will not be published.", "", "", "B"),
            ("Required fields are marked *", "", "", "B"),
        ],
        [
            ("© 2027 Accra Sentinel Media Ltd.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
        [("About | Advertise | Contact | Privacy", "", "", "B")],
    ],
    [
        [("THE STRAITSMAN", "", "", "B")],
        [("Subscribe | Log in | e-paper", "", "", "B")],
        [("Singapore | Asia | World | Business | Tech | Sport | Life | Opinion", "", "", "B")],
        [("Singapore > Transport", "", "", "B")],
        [
            (
                "Circle Line fault halts trains at 9 stations for nearly 3 hours during morning peak",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Damaged power cable to blame, SMRT says; LTA orders full report within a week",
                "SMRT",
                "says",
                "W",
            ),
        ],
        [("Charmaine Yeow", "", "", "B")],
        [("Transport Correspondent", "", "", "B")],
        [("Published Jul 13, 2027, 11:05 AM | Updated Jul 13, 2027, 08:40 PM", "", "", "B")],
        [("Listen to this article  4 min", "", "", "B")],
        [("Share", "", "", "B")],
        [
            (
                "Commuters queue for bridging buses outside Paya Lebar MRT station on July 13.",
                "",
                "",
                "",
            ),
        ],
        [("PHOTO: CHARMAINE YEOW", "", "", "B")],
        [
            (
                "SINGAPORE – Train services on the Circle Line were halted between Dhoby Ghaut and Paya Lebar, a stretch of nine stations, for 2 hours and 48 minutes on the morning of July 13 after a power fault, operator SMRT said.",
                "SMRT",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a Facebook post at 10.55am, SMRT said the fault was traced to a damaged power cable in the tunnel near Stadium station.",
                "SMRT",
                "said",
                "W",
            ),
            (
                "It said the fault began at 6.53am and full train service resumed at 9.41am.",
                "SMRT",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Land Transport Authority (LTA) said about 118,000 journeys were affected and that it had directed SMRT to submit a full report within a week.",
                "The Land Transport Authority",
                "said",
                "W",
            ),
            (
                "“We take a serious view of this incident,” the LTA said.",
                "The Land Transport Authority",
                "said",
                "",
            ),
        ],
        [
            (
                "Mr Gerald Kuek, president of SMRT Trains, told reporters at Stadium station that the cable had been installed in 2009 and had passed its last inspection in March.",
                "Gerald Kuek",
                "told reporters",
                "W",
            ),
            (
                "“We will replace the whole section tonight after engineering hours,” he said.",
                "Gerald Kuek",
                "said",
                "",
            ),
            (
                "“We are sorry to everyone who was late for work, school or a medical appointment.”",
                "Gerald Kuek",
                "said",
                "",
            ),
        ],
        [("‘The aircon was on, so nobody panicked’", "", "", "")],
        [
            (
                "Financial analyst Nur Hidayah Jumaat, 29, said she was stuck on a train between Esplanade and Promenade stations for 35 minutes before it crawled into Promenade.",
                "Nur Hidayah Jumaat",
                "said",
                "W",
            ),
            (
                "“The aircon was on and there were announcements every few minutes, so nobody panicked,” she said.",
                "Nur Hidayah Jumaat",
                "said",
                "",
            ),
            ("“But why did the bridging buses take so long?”", "Nur Hidayah Jumaat", "said", ""),
        ],
        [
            (
                "“I walked 40 minutes from Mountbatten to Paya Lebar!” said retiree Seto Siong Woon, 71.",
                "Seto Siong Woon",
                "said",
                "W",
            ),
            (
                "Mr Seto said he missed a 9am eye appointment at a polyclinic in Geylang.",
                "Seto Siong Woon",
                "said",
                "W",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Ms Priscilla Kuah, an MP for the area, wrote on Facebook that she had asked the LTA why bridging buses took more than 40 minutes to arrive at some stations.",
                "Priscilla Kuah",
                "wrote on Facebook",
                "W",
            ),
            (
                "“Residents deserve answers, not just apologies,” she wrote.",
                "Priscilla Kuah",
                "wrote",
                "",
            ),
        ],
        [
            (
                "It was the second major disruption on the Circle Line this year, after a signalling fault on March 3 affected about 46,000 journeys.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Under the law, rail operators can be fined up to $1 million for each breach of the operating performance standards.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In 2025, SMRT was fined $620,000 over two disruptions on the North-South Line, according to LTA figures.",
                "LTA figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Associate Professor Terence Foong of the Singapore University of Social Sciences said power cables in rail tunnels typically last 25 to 30 years, so a failure after 18 years was unusual.",
                "Terence Foong",
                "said",
                "W",
            ),
            (
                "“The question is whether the inspection regime picked up any early signs of wear,” he said.",
                "Terence Foong",
                "said",
                "",
            ),
        ],
        [
            (
                "Join the Straitsman's WhatsApp channel and get the latest news and must-reads.",
                "",
                "",
                "B",
            ),
        ],
        [("Read next", "", "", "B")],
        [("Thomson-East Coast Line stage 5 to open in 2029: LTA", "", "", "B")],
        [("More than 90% of public buses to be electric by 2030", "", "", "B")],
        [
            ("Copyright © 2027 Straitsman Media Pte. Ltd.", "", "", "B"),
            ("Co. Regn. No. 198403812K.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("Terms & Conditions | Data Protection Policy | Advertise | Contact", "", "", "B")],
    ],
    [
        [("THE SHANNONSIDE REVIEW", "", "", "B")],
        [("Subscriber Only | Sign In | Subscribe", "", "", "B")],
        [("News   Sport   Business   Opinion   Life & Style   Culture   Podcasts", "", "", "B")],
        [("News › Education", "", "", "B")],
        [
            (
                "Leaving Cert 2027: 61,940 students get results as share of top grades falls for third year",
                "",
                "",
                "W",
            ),
        ],
        [("Orlaith Kinnealy", "", "", "B")],
        [("Education Correspondent", "", "", "B")],
        [("Fri Aug 27 2027 - 06:00", "", "", "B")],
        [("Share on Facebook | Share on X | Share via Email", "", "", "B")],
        [
            (
                "Students at St Dallan's Community College, Ballinode, Co Monaghan, open their results on Friday morning.",
                "",
                "",
                "",
            ),
        ],
        [("Photograph: Ciarán Delargy", "", "", "B")],
        [
            (
                "Some 61,940 students receive their Leaving Certificate results on Friday, with the proportion of H1 grades at higher level falling for the third year in a row as the State Examinations Commission brings grades back towards pre-pandemic levels.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Figures published by the commission show that 11.2 per cent of higher-level grades were H1s (90-100 per cent), down from 12.4 per cent last year and 15.8 per cent in 2021.",
                "Figures published by the commission",
                "show",
                "W",
            ),
            (
                "In 2019, the last year before the pandemic, the figure was 8.2 per cent.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Results are available on the candidate self-service portal from 10am.", "", "", ""),
            ("Schools will also hand out printed statements.", "", "", ""),
        ],
        [
            (
                "Minister for Education Norma Fitzhenry-Casey said the “careful and gradual” return to normal grading had been signalled to schools since 2023.",
                "Norma Fitzhenry-Casey",
                "said",
                "W",
            ),
            (
                "“Students should be very proud of what they have achieved, whatever the number on the page,” she said.",
                "Norma Fitzhenry-Casey",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the department would publish an evaluation of the new senior-cycle specifications “by early next year”.",
                "Norma Fitzhenry-Casey",
                "said",
                "",
            ),
        ],
        [
            (
                "In higher-level maths, 8.1 per cent of students got a H1, while 4.6 per cent failed (a H7 or H8), the figures show.",
                "the figures",
                "show",
                "W",
            ),
        ],
        [
            (
                "A record 38,712 students, or 62.5 per cent, sat higher-level maths, up from 36,904 last year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Some 6,217 students sat at least one subject under the new specifications, which include coursework worth 40 per cent of the marks, for the first time.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Girls outperformed boys at higher level in 24 of the 32 subjects with more than 1,000 candidates, according to an analysis by The Shannonside Review.",
                "an analysis by The Shannonside Review",
                "according to",
                "W",
            ),
        ],
        [("‘It took me three goes to open the email’", "", "", "")],
        [
            (
                "“It took me three goes to open the email, my hands were shaking that much!” said Aoibheann Gildea, 18, from Ballinode, who got 589 points.",
                "Aoibheann Gildea",
                "said",
                "W",
            ),
        ],
        [
            ("She hopes to study veterinary medicine at University College Dublin.", "", "", ""),
            ("The course required 601 points last year.", "", "", "W"),
        ],
        [
            (
                "Her principal, Fergal Tansey-Mulrooney, said 14 of the school's 96 Leaving Cert students had got 550 points or more.",
                "Fergal Tansey-Mulrooney",
                "said",
                "W",
            ),
            (
                "“Every year people say this is the toughest Leaving Cert ever … and every year the kids prove they can handle it,” he said.",
                "Fergal Tansey-Mulrooney",
                "said",
                "",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "The president of the Association of Secondary Teachers, Ireland (ASTI), Siobhán Keavney-Slattery, said teachers were concerned that the new coursework had added up to 20 hours of extra work per subject for some students.",
                "Siobhán Keavney-Slattery",
                "said",
                "W",
            ),
            (
                "“Nobody asked whether students had the time,” she said.",
                "Siobhán Keavney-Slattery",
                "said",
                "",
            ),
        ],
        [
            (
                "Students who wish to appeal a grade must apply through the portal by 5pm on Wednesday, September 1.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The commission said 9,412 students had appealed at least one grade last year and that 18 per cent of the 21,305 scripts reviewed were upgraded.",
                "The commission",
                "said",
                "W",
            ),
        ],
        [("First-round CAO offers will issue on Thursday, September 2, at 2pm.", "", "", "")],
        [
            (
                "The Irish Second-Level Students' Union said its results helpline would be open from 9am to 7pm until Sunday.",
                "The Irish Second-Level Students' Union",
                "said",
                "",
            ),
        ],
        [
            (
                "Guidance counsellors advise students not to make any rash decisions on results day.",
                "Guidance counsellors",
                "advise",
                "",
            ),
        ],
        [("Follow our live coverage of Leaving Cert results day", "", "", "B")],
        [("Read More", "", "", "B")],
        [("Leaving Cert 2027: full breakdown of results by subject", "", "", "B")],
        [("CAO points: what to expect in round one", "", "", "B")],
        [
            (
                "Sign up for push alerts and have the best news, analysis and comment delivered directly to your phone",
                "",
                "",
                "B",
            ),
        ],
        [("© 2027 Shannonside Review Group DAC", "", "", "B")],
        [("Our Journalism | Contact Us | Privacy Statement | Cookie Settings", "", "", "B")],
    ],
    [
        [("THE BUSHVELD TIMES", "", "", "B")],
        [("Login | Subscribe | Newsletters", "", "", "B")],
        [
            (
                "News    Limpopo    Crime & Courts    Politics    Business    Sport    Opinion",
                "",
                "",
                "B",
            ),
        ],
        [("News / Crime & Courts", "", "", "B")],
        [
            (
                "Four arrested, two suspects shot dead after cash-in-transit heist on N1 near Polokwane",
                "",
                "",
                "W",
            ),
        ],
        [("Guard in hospital with gunshot wound to leg, police say", "police", "say", "W")],
        [("Lerato Mphahlele-Ramaboa", "", "", "B")],
        [("22 October 2027 | 14:35", "", "", "B")],
        [("Share this article", "", "", "B")],
        [
            (
                "Police and forensic teams at the scene on the N1 north of Polokwane on Friday morning.",
                "",
                "",
                "",
            ),
        ],
        [("Image: SUPPLIED/SAPS", "", "", "B")],
        [
            (
                "Four men were arrested and two others were shot dead by police after a cash-in-transit van was ambushed on the N1 about 12km north of Polokwane on Friday morning, police said.",
                "police",
                "said",
                "W",
            ),
        ],
        [
            (
                "Limpopo police spokesperson Brig. Hlulani Matsimela said the van was forced off the road by two vehicles at about 6.45am and the guards were fired on with rifles.",
                "Hlulani Matsimela",
                "said",
                "W",
            ),
            (
                "She said one guard was shot in the leg and was taken to hospital in Polokwane, where he was in a stable condition.",
                "Hlulani Matsimela",
                "said",
                "W",
            ),
        ],
        [
            (
                "The robbers blew open the van's safe with explosives and fled with an undisclosed amount of cash, she said.",
                "Hlulani Matsimela",
                "said",
                "W",
            ),
        ],
        [
            (
                "Police tracked one of the getaway vehicles, a white double-cab bakkie, to an informal settlement near Seshego, where a shoot-out followed at about 9.30am, Brig. Matsimela said.",
                "Hlulani Matsimela",
                "said",
                "W",
            ),
            (
                "She said the bakkie had been stolen in Mokopane on October 9.",
                "Hlulani Matsimela",
                "said",
                "W",
            ),
        ],
        [
            (
                "Two suspects were killed and four were arrested, and police recovered two AK-47 rifles, a pistol and R1.2 million in cash.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“The swift response of our officers prevented this gang from disappearing with the money,” she said.",
                "Hlulani Matsimela",
                "said",
                "",
            ),
            ("“We are not done yet … more arrests are expected.”", "Hlulani Matsimela", "said", ""),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "In a statement, the security company Bophelo Cash Services said one of its employees had been wounded and was “recovering well”.",
                "Bophelo Cash Services",
                "said",
                "W",
            ),
            (
                "It said it would not disclose how much money had been in the van.",
                "Bophelo Cash Services",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the latest SAPS quarterly crime statistics, there were 41 cash-in-transit robberies nationally between April and June, nine of them in Limpopo.",
                "the latest SAPS quarterly crime statistics",
                "According to",
                "W",
            ),
        ],
        [
            (
                "The attack was the third on a cash van in Limpopo since August, according to police.",
                "police",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Limpopo MEC for Transport and Community Safety Tinyiko Mahlaule-Ngobe visited the scene and said the province had asked the national police commissioner for 60 more highway patrol officers.",
                "Tinyiko Mahlaule-Ngobe",
                "said",
                "W",
            ),
            (
                "“Our national roads cannot become a hunting ground for criminals,” he said.",
                "Tinyiko Mahlaule-Ngobe",
                "said",
                "",
            ),
        ],
        [
            (
                "A truck driver who asked not to be named for his safety said he heard at least 20 shots.",
                "A truck driver who asked not to be named for his safety",
                "said",
                "W",
            ),
            (
                "“I stopped my truck and lay on the floor.",
                "A truck driver who asked not to be named for his safety",
                "said",
                "",
            ),
            (
                "What else could I do?” he said.",
                "A truck driver who asked not to be named for his safety",
                "said",
                "",
            ),
        ],
        [
            (
                "The northbound lanes of the N1 were closed for about five hours and reopened at 11.50am, according to the traffic authorities.",
                "the traffic authorities",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The four arrested men, aged between 27 and 44, are expected to appear in the Polokwane Magistrate's Court on Monday on charges of robbery with aggravating circumstances, attempted murder and possession of unlicensed firearms.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Directorate for Priority Crime Investigation, known as the Hawks, has taken over the investigation, said spokesperson Lt-Col. Tshepo Maake-Phasha.",
                "Tshepo Maake-Phasha",
                "said",
                "W",
            ),
        ],
        [
            (
                "Police asked anyone with information to call Crime Stop on 08600 10111.",
                "Police",
                "asked",
                "",
            ),
        ],
        [("Related", "", "", "B")],
        [("Three guards wounded in CIT attack outside Mokopane mall", "", "", "B")],
        [("Hawks arrest former police officer over 2026 Tzaneen heist", "", "", "B")],
        [("Sign up for our daily newsletter", "", "", "B")],
        [("Sign up", "", "", "B")],
        [
            ("© 2027 Bushveld Times (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("About | Advertise | Press Code | Privacy | Contact", "", "", "B")],
    ],
    [
        [("THE EGMONT GAZETTE", "", "", "B")],
        [("Subscribe | Log in | Puzzles", "", "", "B")],
        [("News   Sport   Business   Rural   Entertainment   Opinion   Video", "", "", "B")],
        [("Sport › Rugby", "", "", "B")],
        [
            (
                "Taranaki beat Canterbury 29-26 to win NPC title with penalty after the siren",
                "",
                "",
                "W",
            ),
        ],
        [("Hemi Rangitoheriri", "", "", "B")],
        [("Sports reporter", "", "", "B")],
        [("10:12pm, Oct 23, 2027", "", "", "B")],
        [("Share", "", "", "B")],
        [
            (
                "Taranaki first five-eighth Jaxon Penitani kicks the winning penalty at Yarrow Stadium on Saturday night.",
                "",
                "",
                "W",
            ),
        ],
        [("Photo / Supplied", "", "", "B")],
        [
            (
                "Taranaki won the National Provincial Championship for the first time since 2014 when Jaxon Penitani kicked a penalty from 42 metres after the fulltime siren to beat Canterbury 29-26 in New Plymouth on Saturday night.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A sell-out crowd of 18,400 saw the home side trail 26-19 with eight minutes left.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Winger Tama Reweti-Hughes scored in the corner in the 74th minute and Penitani converted from the sideline to level the scores.",
                "",
                "",
                "W",
            ),
            (
                "Canterbury were then penalised for not releasing at a ruck on the stroke of fulltime.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“I just tried to keep my head down and hit it like any other kick,” Penitani, 22, said.",
                "Jaxon Penitani",
                "said",
                "",
            ),
        ],
        [
            ("“Was I nervous?” he said.", "Jaxon Penitani", "said", ""),
            ("“Mate, my legs were shaking!”", "Jaxon Penitani", "said", ""),
        ],
        [
            (
                "Taranaki coach Glenn Ngarimu-Reardon said the side had lost six players to Super Rugby contracts before the season and had used 41 players across the campaign.",
                "Glenn Ngarimu-Reardon",
                "said",
                "W",
            ),
            (
                "“Nobody gave us a chance in August, and that's fine,” he said.",
                "Glenn Ngarimu-Reardon",
                "said",
                "",
            ),
            ("“This group just kept turning up.”", "Glenn Ngarimu-Reardon", "said", ""),
        ],
        [
            ("Canterbury coach Marty Quellington was unhappy with the final penalty.", "", "", ""),
            (
                "“From where I was sitting he had both hands on the ball … but it's the ref's call,” he said.",
                "Marty Quellington",
                "said",
                "",
            ),
        ],
        [("Canterbury had won the title in four of the previous six seasons.", "", "", "W")],
        [
            (
                "Canterbury led 16-9 at halftime through a converted try to hooker Isaia Faleolo and three penalties from first five-eighth Connor Wyllie.",
                "",
                "",
                "W",
            ),
            ("Taranaki's only first-half points came from three Penitani penalties.", "", "", "W"),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Lock Sione Vaipulu scored a converted try for Taranaki in the 47th minute and Penitani added a penalty, but Canterbury replied with a converted try to winger Finn Arbuthnott and another Wyllie penalty.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“This one's for the whole province, from Waverley to Mōkau,” said captain Rawiri Kereama.",
                "Rawiri Kereama",
                "said",
                "",
            ),
            ("Kereama was playing his 100th game for Taranaki.", "", "", "W"),
        ],
        [
            (
                "Taranaki Rugby Football Union chief executive Donna Hapimana said all 18,400 tickets had sold within 90 minutes of going on sale on Monday.",
                "Donna Hapimana",
                "said",
                "W",
            ),
            (
                "She said the final was likely to be worth about $2.4 million to the region's economy.",
                "Donna Hapimana",
                "said",
                "",
            ),
        ],
        [("Scoring", "", "", "B")],
        [
            (
                "Taranaki 29 (Sione Vaipulu, Tama Reweti-Hughes tries; Jaxon Penitani 2 con, 5 pen)",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Canterbury 26 (Isaia Faleolo, Finn Arbuthnott tries; Connor Wyllie 2 con, 4 pen)",
                "",
                "",
                "",
            ),
        ],
        [("HT: Canterbury 16-9", "", "", "")],
        [("Referee: M. T. Kauwhata.", "", "", "")],
        [("Crowd: 18,400", "", "", "")],
        [("More rugby", "", "", "B")],
        [("Penitani named in All Blacks XV squad for Japan tour", "", "", "B")],
        [("NPC 2028: Who's in, who's out for Taranaki", "", "", "B")],
        [
            ("Get the Egmont Gazette sport newsletter.", "", "", "B"),
            ("Sign up now.", "", "", "B"),
        ],
        [
            ("© Copyright 2027 Egmont Gazette.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("Contact Us | Privacy | Terms of Use | Advertise", "", "", "B")],
    ],
    [
        [("THE GENESEE COURIER", "", "", "B")],
        [("Subscribe | e-Edition | Sign In", "", "", "B")],
        [
            (
                "News | Sports | Business | Entertainment | Opinion | Obituaries | Classifieds",
                "",
                "",
                "B",
            ),
        ],
        [("ENTERTAINMENT", "", "", "B")],
        [
            (
                "Belvedere Theatre reopens Saturday after $38.5M restoration and 14 years dark",
                "",
                "",
                "W",
            ),
        ],
        [("Mallory Brzezinski", "", "", "B")],
        [("Genesee Courier", "", "", "B")],
        [
            (
                "Published 5:02 a.m. ET Sept. 24, 2027 | Updated 9:15 a.m. ET Sept. 24, 2027",
                "",
                "",
                "B",
            ),
        ],
        [("Facebook | X | Email | Save", "", "", "B")],
        [
            (
                "Workers polish brass railings in the Belvedere Theatre's lobby on East Main Street on Wednesday.",
                "",
                "",
                "",
            ),
        ],
        [("Tina MacBride-Ohls / Genesee Courier", "", "", "B")],
        [
            (
                "ROCHESTER, N.Y. — The Belvedere Theatre, a 1928 movie palace on East Main Street that closed in 2013 after part of its roof collapsed, will reopen Saturday after a $38.5 million restoration.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The 1,870-seat theater will open with a sold-out gala concert by the Lakeside Symphony.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Executive director Lorraine P. Whitacre said the project was paid for with $14.2 million in state grants, $9.8 million in federal historic tax credits, $6.1 million from the city and $8.4 million from 2,140 private donors.",
                "Lorraine P. Whitacre",
                "said",
                "W",
            ),
            (
                "“When I started here, there was a tarp where the ceiling should be and pigeons in the balcony,” she said.",
                "Lorraine P. Whitacre",
                "said",
                "",
            ),
            ("“Now look at it.”", "Lorraine P. Whitacre", "said", ""),
        ],
        [
            (
                "She said the theater's original Wurlitzer organ, sold in 1972 to a collector in Toledo, Ohio, had been bought back for $310,000 and restored.",
                "Lorraine P. Whitacre",
                "said",
                "W",
            ),
        ],
        [("A long intermission", "", "", "")],
        [
            (
                "The Belvedere opened on Oct. 12, 1928, with a silent film and a live orchestra of 22 musicians, according to the theater's archives.",
                "the theater's archives",
                "according to",
                "W",
            ),
        ],
        [
            (
                "It became a concert hall in 1981 and closed in March 2013 after heavy snow brought down part of the roof over the stage.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The city bought the building for $1 in 2016 from its previous owner, Irondequoit Crossing Realty Corp., which owed $412,000 in back taxes.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mayor Dennis R. Castellucci Jr. called the reopening “the best thing to happen to East Main in a generation.”",
                "Dennis R. Castellucci Jr.",
                "called",
                "",
            ),
            (
                "He said 11 new businesses had opened within two blocks of the theater since construction began in 2024, including three restaurants.",
                "Dennis R. Castellucci Jr.",
                "said",
                "W",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Architect Samuel K. Adebowale of Hollenbeck & Wyckoff Architects, P.C., said crews had recast 1,400 pieces of plaster ornament from molds taken from surviving pieces.",
                "Samuel K. Adebowale",
                "said",
                "W",
            ),
            (
                "“Some of those angels on the proscenium were in 40 pieces,” he said.",
                "Samuel K. Adebowale",
                "said",
                "",
            ),
        ],
        [
            (
                "Dolores Ricciardelli, 84, who worked as an usher at the Belvedere from 1959 to 1966, said she bought tickets for opening night the day they went on sale.",
                "Dolores Ricciardelli",
                "said",
                "W",
            ),
            (
                "“I wore white gloves and a little red hat, and I knew every seat in the balcony!” she said.",
                "Dolores Ricciardelli",
                "said",
                "",
            ),
            ("“Will it be the same?", "Dolores Ricciardelli", "said", ""),
            ("No.", "Dolores Ricciardelli", "said", ""),
            ("But it'll be ours again.”", "Dolores Ricciardelli", "said", ""),
        ],
        [
            (
                "Tickets for the season's 64 other events, which include Broadway tours, comedy nights and a film series, go on sale at 10 a.m. Monday.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The City Council in August approved a 10-year operating agreement under which the nonprofit Belvedere Theatre Trust Inc. pays the city $1 a year and covers all running costs.",
                "",
                "",
                "W",
            ),
        ],
        [("Not everyone is convinced the numbers add up.", "", "", "")],
        [
            (
                "Council member Yvette Sadowski, who voted against the agreement, said the trust's business plan assumed it would sell 180,000 tickets a year.",
                "Yvette Sadowski",
                "said",
                "W",
            ),
            (
                "“That's more than any theater this size in upstate New York sells,” she said.",
                "Yvette Sadowski",
                "said",
                "W",
            ),
        ],
        [
            (
                "Whitacre said the trust had $2.3 million in reserve to cover early losses.",
                "Lorraine P. Whitacre",
                "said",
                "W",
            ),
        ],
        [
            ("Saturday's gala begins at 7:30 p.m.", "", "", ""),
            ("The doors open at 6.", "", "", ""),
        ],
        [
            ("Mallory Brzezinski is the Courier's arts and culture reporter.", "", "", "B"),
            (
                "Contact her at mbrzezinski@geneseecourier.com or follow her on X @MalloryB_GC.",
                "",
                "",
                "B",
            ),
        ],
        [("Related", "", "", "B")],
        [("Gibbs Street jazz club to close after 31 years", "", "", "B")],
        [
            (
                "Review: Lakeside Symphony's season opener finds new fire in old favorites",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Genesee Courier Co.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("Terms of Service | Privacy Policy | Your Privacy Choices | Site Map", "", "", "B")],
    ],
    [
        [("THE CHERANGANI OBSERVER", "", "", "B")],
        [("E-Paper | Subscribe | Log In", "", "", "B")],
        [
            (
                "Home   News   Counties   Business   Sports   Science & Health   Opinion   Videos",
                "",
                "",
                "B",
            ),
        ],
        [("SCIENCE & HEALTH", "", "", "B")],
        [
            (
                "Grass between maize rows cuts armyworm damage by 63% in western Kenya trial",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Farmers say the method is cheap but needs more labour in the first season",
                "Farmers",
                "say",
                "",
            ),
        ],
        [("By NJERI WANJOHI-OTARA", "", "", "B")],
        [("Science Writer", "", "", "B")],
        [("Monday, June 14, 2027", "", "", "B")],
        [("4 min read", "", "", "B")],
        [("Share: Facebook | X | WhatsApp | LinkedIn", "", "", "B")],
        [
            (
                "A farmer inspects maize intercropped with desmodium at a trial plot in Kitale, Trans Nzoia County.",
                "",
                "",
                "",
            ),
        ],
        [("[PHOTO | NJERI WANJOHI-OTARA]", "", "", "B")],
        [
            (
                "Maize farmers in western Kenya who planted a fodder legume between their rows and a border of grass around their plots lost 63 per cent less of their crop to fall armyworm than neighbours who relied on pesticides, a three-year study has found.",
                "a three-year study",
                "has found",
                "W",
            ),
        ],
        [
            (
                "The study, led by scientists at Kinangop Ridge University in Njoro and published on Thursday in the journal Crop Protection Africa, followed 1,214 smallholder farms in Trans Nzoia, Bungoma and Kakamega counties from 2024 to 2026.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lead author Dr. Wanjiru Gakuo-Ndirangu said crop losses on farms using the method averaged 9.4 per cent, compared with 25.6 per cent on farms that sprayed.",
                "Wanjiru Gakuo-Ndirangu",
                "said",
                "W",
            ),
            (
                "“The moth doesn't like the smell of the legume, and the grass at the edge pulls it away from the maize,” she said.",
                "Wanjiru Gakuo-Ndirangu",
                "said",
                "W",
            ),
            (
                "“It's push and pull … the plants do the work.”",
                "Wanjiru Gakuo-Ndirangu",
                "said",
                "",
            ),
        ],
        [
            (
                "She said farmers using the method spent an average of Sh2,300 per acre per season, against Sh6,800 for those who bought pesticides.",
                "Wanjiru Gakuo-Ndirangu",
                "said",
                "W",
            ),
            (
                "She cautioned that the method needed extra labour in the first season, when the legume has to be planted and weeded by hand.",
                "Wanjiru Gakuo-Ndirangu",
                "cautioned",
                "",
            ),
        ],
        [
            (
                "Fall armyworm, a moth native to the Americas, was first detected in Kenya in 2017.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Kenya produced 44.6 million 90kg bags of maize in 2026, according to the Ministry of Agriculture.",
                "the Ministry of Agriculture",
                "according to",
                "W",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Rose Nasimiyu Khaemba, a farmer in Bungoma who took part in the trial, said she harvested 22 bags from her two acres last season, up from 13 in 2023.",
                "Rose Nasimiyu Khaemba",
                "said",
                "W",
            ),
            (
                "“My neighbours laughed at me for planting grass,” she said.",
                "Rose Nasimiyu Khaemba",
                "said",
                "",
            ),
            (
                "“Now they come to my gate asking for cuttings!”",
                "Rose Nasimiyu Khaemba",
                "said",
                "",
            ),
        ],
        [
            (
                "Trans Nzoia County Executive Committee Member for Agriculture Mr. Geoffrey Kiptum said the county had set aside Sh18 million in its 2027/28 budget to buy legume seed for 5,000 farmers.",
                "Geoffrey Kiptum",
                "said",
                "W",
            ),
            (
                "He said the seed would be handed out through ward agriculture offices from September.",
                "Geoffrey Kiptum",
                "said",
                "",
            ),
        ],
        [
            (
                "Prof. Esther Muthoni-Kariuki, an entomologist at the University of Nairobi who was not involved in the study, said the results were “very encouraging” but that the trial had not tested the method in drier counties such as Machakos and Makueni.",
                "Esther Muthoni-Kariuki",
                "said",
                "",
            ),
            (
                "“What works in Kitale with 1,200mm of rain a year may not work in Makueni,” she said.",
                "Esther Muthoni-Kariuki",
                "said",
                "",
            ),
        ],
        [
            (
                "The study was funded by a Sh94 million grant from the National Research Fund.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Journal reference: Gakuo-Ndirangu W, Chepkwony R, Wafukho P, et al. Push-pull intercropping and fall armyworm damage in smallholder maize: a three-year field study. Crop Prot Afr. 2027;9(2):114-128.",
                "",
                "",
                "B",
            ),
        ],
        [("TAGS: Maize | Fall armyworm | Agriculture | Research", "", "", "B")],
        [("YOU MAY ALSO LIKE", "", "", "B")],
        [
            (
                "Farmers in Uasin Gishu count losses as maize prices fall to Sh2,800 a bag",
                "",
                "",
                "B",
            ),
        ],
        [("KALRO releases two drought-tolerant bean varieties", "", "", "B")],
        [
            ("Have a story?", "", "", "B"),
            ("Email: news@cheranganiobserver.co.ke", "", "", "B"),
        ],
        [
            ("© 2027 Cherangani Observer Media Group Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("About Us | Contact | Advertise | Privacy Policy | Terms", "", "", "B")],
    ],
    [
        [("THE MANILA ARBITER", "", "", "B")],
        [("Tuesday, November 9, 2027 | Manila 31°C", "", "", "B")],
        [
            (
                "News | Nation | Metro | Business | Sports | Entertainment | Opinion | Lifestyle",
                "",
                "",
                "B",
            ),
        ],
        [("METRO", "", "", "B")],
        [
            (
                "QC council bans single-use plastic bags, cups in public markets starting 2028",
                "",
                "",
                "W",
            ),
        ],
        [("By Ma. Theresa Dumaguing-Salvacion", "", "", "B")],
        [("November 9, 2027 | 5:41 PM", "", "", "B")],
        [("Share: Facebook | X | Viber | Email", "", "", "B")],
        [
            (
                "A vendor packs fish in plastic bags at a public market in Quezon City on Monday.",
                "",
                "",
                "",
            ),
        ],
        [("PHOTO BY JOMAR TOLENTINO", "", "", "B")],
        [
            (
                "MANILA, Philippines — The Quezon City Council on Monday approved an ordinance banning single-use plastic bags, cups, straws and styrofoam containers in the city's 23 public markets starting Jan. 1, 2028.",
                "",
                "",
                "W",
            ),
            (
                "The measure, Ordinance No. SP-3412, S-2027, was passed on third and final reading with 31 votes in favor, two against and one abstention.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Councilor Rommel B. Villaraza, the ordinance's principal author, said a waste audit commissioned by the council in 2026 found that the city's public markets threw away about 46 tons of plastic a week.",
                "Rommel B. Villaraza",
                "said",
                "W",
            ),
            (
                "“That is roughly the weight of four garbage trucks, every single week,” he said.",
                "Rommel B. Villaraza",
                "said",
                "",
            ),
            (
                "“Where do you think it all goes?” he asked during the session.",
                "Rommel B. Villaraza",
                "asked",
                "",
            ),
        ],
        [
            (
                "Under the ordinance, vendors caught using banned items will be fined P1,000 for a first offense, P3,000 for a second, and P5,000 and a one-month suspension of their stall permit for a third.",
                "",
                "",
                "W",
            ),
            ("Shoppers will not be penalized.", "", "", "W"),
        ],
        [("Vendors ask for more time", "", "", "")],
        [
            (
                "The president of the Federation of Quezon City Market Vendors, Carmelita Sanglay-Bitanga, said paper bags cost vendors three to four times as much as plastic ones.",
                "Carmelita Sanglay-Bitanga",
                "said",
                "W",
            ),
            (
                "“A fish vendor who earns P800 a day cannot suddenly spend P150 a day on paper bags,” she said.",
                "Carmelita Sanglay-Bitanga",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the federation had asked the council to delay the ban to 2029, but the request was rejected at a committee hearing on Oct. 21.",
                "Carmelita Sanglay-Bitanga",
                "said",
                "W",
            ),
            ("“We will comply, but we need help.”", "Carmelita Sanglay-Bitanga", "said", ""),
        ],
        [
            (
                "Mayor Danilo T. Macaraeg Jr. said in a statement that the city government had set aside P28.5 million in its 2028 budget for free reusable bags and containers for the 7,800 registered market vendors.",
                "Danilo T. Macaraeg Jr.",
                "said in a statement",
                "W",
            ),
            (
                "“We are not doing this to punish anyone,” the mayor said.",
                "Danilo T. Macaraeg Jr.",
                "said",
                "",
            ),
            ("“Manila Bay does not need more plastic.”", "Danilo T. Macaraeg Jr.", "said", ""),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "The head of the city's Environmental Protection and Waste Management Department, Engr. Ricardo P. Anonuevo, said the department's 112 enforcers issued 2,406 tickets under the city's 2012 plastic bag ordinance last year, most of them to supermarkets and malls.",
                "Ricardo P. Anonuevo",
                "said",
                "W",
            ),
            (
                "He said public markets had been left out of the earlier ordinance because of objections from vendors at the time.",
                "Ricardo P. Anonuevo",
                "said",
                "W",
            ),
        ],
        [
            (
                "The environmental group Zero Basura Network welcomed the ordinance but said the ban should also cover sachets, which make up most of the plastic found along the city's creeks.",
                "Zero Basura Network",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sachets made up 52 percent of the 18,630 pieces of plastic its volunteers collected along the Tullahan River in 2026, the group said.",
                "the group",
                "said",
                "W",
            ),
        ],
        [
            (
                "At the Commonwealth Market, Nenita Balagtas-Ordoñez, 56, carries her vegetables home in a bayong, a woven basket.",
                "",
                "",
                "",
            ),
            ("“It's easy for vegetables.", "Nenita Balagtas-Ordoñez", "said", ""),
            (
                "But how will I carry fish and meat without plastic?” she said.",
                "Nenita Balagtas-Ordoñez",
                "said",
                "",
            ),
        ],
        [
            (
                "The ordinance still needs the mayor's signature, which he has 10 days to give under the Local Government Code.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "At least five other Metro Manila cities already restrict plastic bags in public markets, according to the Metropolitan Manila Development Authority.",
                "the Metropolitan Manila Development Authority",
                "according to",
                "W",
            ),
        ],
        [("RELATED STORIES", "", "", "B")],
        [("Pasig to charge P5 for every plastic bag in supermarkets", "", "", "B")],
        [("Tullahan River cleanup hauls 3 tons of trash in one morning", "", "", "B")],
        [("Subscribe to our daily newsletter", "", "", "B")],
        [
            ("By providing an email address.", "", "", "B"),
            (
                "I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© Copyright 1997-2027 Manila Arbiter Media Corp.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
        [("About Us | Advertise | Privacy Policy | Terms of Use | Contact", "", "", "B")],
    ],
]  # fmt: skip

HELDOUT_CASES = [
    (
        "h85-ca-published-adt",
        "Published Oct. 7, 2027 at 6:15 p.m. ADT | Updated Oct. 7, 2027 at 9:02 p.m. ADT",
        ["Published Oct. 7, 2027 at 6:15 p.m. ADT | Updated Oct. 7, 2027 at 9:02 p.m. ADT"],
    ),
    (
        "h85-ca-jan-1-new",
        "The changes take effect Jan. 1. New buildings first occupied after that date are exempt from the cap for five years.",
        [
            "The changes take effect Jan. 1.",
            "New buildings first occupied after that date are exempt from the cap for five years.",
        ],
    ),
    (
        "h85-ca-q-he-asked",
        "Its executive director, Kevin Szabados, said 41 of the association's 620 members had sold buildings since the current cap took effect in 2024. “If you're a retiree with a fourplex and your property tax went up 11 per cent, what do you do?” he asked.",
        [
            "Its executive director, Kevin Szabados, said 41 of the association's 620 members had sold buildings since the current cap took effect in 2024.",
            "“If you're a retiree with a fourplex and your property tax went up 11 per cent, what do you do?” he asked.",
        ],
    ),
    (
        "h85-wa-dr-q-said",
        "Dr Elin Caradog, a GP in Llandeilo for 22 years, said her practice had no out-of-hours service of its own and that calls at night went to the NHS 111 Wales service. “Where is a farmer with a crushed hand supposed to go at 2am?” said Dr Caradog.",
        [
            "Dr Elin Caradog, a GP in Llandeilo for 22 years, said her practice had no out-of-hours service of its own and that calls at night went to the NHS 111 Wales service.",
            "“Where is a farmer with a crushed hand supposed to go at 2am?” said Dr Caradog.",
        ],
    ),
    (
        "h85-wa-spokesperson-colon",
        "A Welsh Government spokesperson said: “Decisions on local services are a matter for health boards. We expect boards to engage fully with their communities.”",
        [
            "A Welsh Government spokesperson said: “Decisions on local services are a matter for health boards.",
            "We expect boards to engage fully with their communities.”",
        ],
    ),
    (
        "h85-wa-ltd-registered",
        "© 2027 Towy Examiner Ltd. Registered in Wales No. 04418273.",
        ["© 2027 Towy Examiner Ltd.", "Registered in Wales No. 04418273."],
    ),
    (
        "h85-in-initials-bench",
        "A Division Bench of Justice M. R. Thimmegowda and Justice Anitha S. Kulkarni passed the order on a public interest litigation filed in 2025 by the Koramangala 6th Block Residents' Welfare Association.",
        [
            "A Division Bench of Justice M. R. Thimmegowda and Justice Anitha S. Kulkarni passed the order on a public interest litigation filed in 2025 by the Koramangala 6th Block Residents' Welfare Association."
        ],
    ),
    (
        "h85-in-col-retd",
        "The association's secretary, Col. (retd.) Arvind Menezes-Karkera, said members had filed 1,640 complaints about potholes on the civic body's grievance app since April, and 1,102 were marked “resolved” without any work being done. “We are not asking for new roads. We are asking for the old ones to be repaired.”",
        [
            "The association's secretary, Col. (retd.) Arvind Menezes-Karkera, said members had filed 1,640 complaints about potholes on the civic body's grievance app since April, and 1,102 were marked “resolved” without any work being done.",
            "“We are not asking for new roads.",
            "We are asking for the old ones to be repaired.”",
        ],
    ),
    (
        "h85-in-q-she-asked",
        "“My son fell off his scooter in the pothole in front of my shop in July and broke his collarbone,” she said. “Who will pay his hospital bill, the BBMP?” she asked.",
        [
            "“My son fell off his scooter in the pothole in front of my shop in July and broke his collarbone,” she said.",
            "“Who will pay his hospital bill, the BBMP?” she asked.",
        ],
    ),
    (
        "h85-au-ruthven-st",
        "At a used-car yard on Ruthven St., sales manager Cassidy Ormesher said 63 of the 80 cars on the lot had hail damage. “We'll be selling a lot of hail specials this summer,” she said with a laugh.",
        [
            "At a used-car yard on Ruthven St., sales manager Cassidy Ormesher said 63 of the 80 cars on the lot had hail damage.",
            "“We'll be selling a lot of hail specials this summer,” she said with a laugh.",
        ],
    ),
    (
        "h85-au-pty-abn",
        "© 2027 Toowoomba Tribune Pty Ltd. ABN 61 004 281 337",
        ["© 2027 Toowoomba Tribune Pty Ltd.", "ABN 61 004 281 337"],
    ),
    (
        "h85-gh-ltd-will",
        "Poultry producer Akuaba Farms Ltd. will build a GH¢186 million feed mill in Techiman, in the Bono East Region, creating 420 permanent jobs, the company announced on Wednesday.",
        [
            "Poultry producer Akuaba Farms Ltd. will build a GH¢186 million feed mill in Techiman, in the Bono East Region, creating 420 permanent jobs, the company announced on Wednesday."
        ],
    ),
    (
        "h85-gh-half-some",
        "“Half of our members have reduced their flocks. Some have closed. How long can a farmer sell eggs at a loss?” he said.",
        [
            "“Half of our members have reduced their flocks.",
            "Some have closed.",
            "How long can a farmer sell eggs at a loss?” he said.",
        ],
    ),
    (
        "h85-sg-excl-said-retiree",
        "“I walked 40 minutes from Mountbatten to Paya Lebar!” said retiree Seto Siong Woon, 71. Mr Seto said he missed a 9am eye appointment at a polyclinic in Geylang.",
        [
            "“I walked 40 minutes from Mountbatten to Paya Lebar!” said retiree Seto Siong Woon, 71.",
            "Mr Seto said he missed a 9am eye appointment at a polyclinic in Geylang.",
        ],
    ),
    (
        "h85-sg-pte-regn",
        "Copyright © 2027 Straitsman Media Pte. Ltd. Co. Regn. No. 198403812K. All rights reserved.",
        [
            "Copyright © 2027 Straitsman Media Pte. Ltd.",
            "Co. Regn. No. 198403812K.",
            "All rights reserved.",
        ],
    ),
    (
        "h85-ie-decimals-h1",
        "Figures published by the commission show that 11.2 per cent of higher-level grades were H1s (90-100 per cent), down from 12.4 per cent last year and 15.8 per cent in 2021. In 2019, the last year before the pandemic, the figure was 8.2 per cent.",
        [
            "Figures published by the commission show that 11.2 per cent of higher-level grades were H1s (90-100 per cent), down from 12.4 per cent last year and 15.8 per cent in 2021.",
            "In 2019, the last year before the pandemic, the figure was 8.2 per cent.",
        ],
    ),
    (
        "h85-ie-ellipsis-every",
        "“Every year people say this is the toughest Leaving Cert ever … and every year the kids prove they can handle it,” he said.",
        [
            "“Every year people say this is the toughest Leaving Cert ever … and every year the kids prove they can handle it,” he said."
        ],
    ),
    (
        "h85-za-brig-645am",
        "Limpopo police spokesperson Brig. Hlulani Matsimela said the van was forced off the road by two vehicles at about 6.45am and the guards were fired on with rifles. She said one guard was shot in the leg and was taken to hospital in Polokwane, where he was in a stable condition.",
        [
            "Limpopo police spokesperson Brig. Hlulani Matsimela said the van was forced off the road by two vehicles at about 6.45am and the guards were fired on with rifles.",
            "She said one guard was shot in the leg and was taken to hospital in Polokwane, where he was in a stable condition.",
        ],
    ),
    (
        "h85-za-q-he-said",
        "“I stopped my truck and lay on the floor. What else could I do?” he said.",
        [
            "“I stopped my truck and lay on the floor.",
            "What else could I do?” he said.",
        ],
    ),
    (
        "h85-nz-q-he-said-mate",
        "“Was I nervous?” he said. “Mate, my legs were shaking!”",
        ["“Was I nervous?” he said.", "“Mate, my legs were shaking!”"],
    ),
    (
        "h85-nz-referee-initials",
        "Referee: M. T. Kauwhata.",
        ["Referee: M. T. Kauwhata."],
    ),
    (
        "h85-us-published-et",
        "Published 5:02 a.m. ET Sept. 24, 2027 | Updated 9:15 a.m. ET Sept. 24, 2027",
        ["Published 5:02 a.m. ET Sept. 24, 2027 | Updated 9:15 a.m. ET Sept. 24, 2027"],
    ),
    (
        "h85-us-jr-called",
        "Mayor Dennis R. Castellucci Jr. called the reopening “the best thing to happen to East Main in a generation.” He said 11 new businesses had opened within two blocks of the theater since construction began in 2024, including three restaurants.",
        [
            "Mayor Dennis R. Castellucci Jr. called the reopening “the best thing to happen to East Main in a generation.”",
            "He said 11 new businesses had opened within two blocks of the theater since construction began in 2024, including three restaurants.",
        ],
    ),
    (
        "h85-us-excl-q-no",
        "“I wore white gloves and a little red hat, and I knew every seat in the balcony!” she said. “Will it be the same? No. But it'll be ours again.”",
        [
            "“I wore white gloves and a little red hat, and I knew every seat in the balcony!” she said.",
            "“Will it be the same?",
            "No.",
            "But it'll be ours again.”",
        ],
    ),
    (
        "h85-us-am-monday",
        "Tickets for the season's 64 other events, which include Broadway tours, comedy nights and a film series, go on sale at 10 a.m. Monday.",
        [
            "Tickets for the season's 64 other events, which include Broadway tours, comedy nights and a film series, go on sale at 10 a.m. Monday."
        ],
    ),
    (
        "h85-ke-journal-ref",
        "Journal reference: Gakuo-Ndirangu W, Chepkwony R, Wafukho P, et al. Push-pull intercropping and fall armyworm damage in smallholder maize: a three-year field study. Crop Prot Afr. 2027;9(2):114-128.",
        [
            "Journal reference: Gakuo-Ndirangu W, Chepkwony R, Wafukho P, et al. Push-pull intercropping and fall armyworm damage in smallholder maize: a three-year field study. Crop Prot Afr. 2027;9(2):114-128."
        ],
    ),
    (
        "h85-ke-ellipsis-plants",
        "“It's push and pull … the plants do the work.”",
        ["“It's push and pull … the plants do the work.”"],
    ),
    (
        "h85-ph-jan-2028-no",
        "MANILA, Philippines — The Quezon City Council on Monday approved an ordinance banning single-use plastic bags, cups, straws and styrofoam containers in the city's 23 public markets starting Jan. 1, 2028. The measure, Ordinance No. SP-3412, S-2027, was passed on third and final reading with 31 votes in favor, two against and one abstention.",
        [
            "MANILA, Philippines — The Quezon City Council on Monday approved an ordinance banning single-use plastic bags, cups, straws and styrofoam containers in the city's 23 public markets starting Jan. 1, 2028.",
            "The measure, Ordinance No. SP-3412, S-2027, was passed on third and final reading with 31 votes in favor, two against and one abstention.",
        ],
    ),
    (
        "h85-ph-oct-21-we",
        "She said the federation had asked the council to delay the ban to 2029, but the request was rejected at a committee hearing on Oct. 21. “We will comply, but we need help.”",
        [
            "She said the federation had asked the council to delay the ban to 2029, but the request was rejected at a committee hearing on Oct. 21.",
            "“We will comply, but we need help.”",
        ],
    ),
    (
        "h85-ph-q-carry",
        "“It's easy for vegetables. But how will I carry fish and meat without plastic?” she said.",
        [
            "“It's easy for vegetables.",
            "But how will I carry fish and meat without plastic?” she said.",
        ],
    ),
]
