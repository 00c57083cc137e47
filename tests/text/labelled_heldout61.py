"""Sixty-first held-out set of hand-labelled pages for the hint engines (held out, round thirty-eight):
twelve WHOLE pages, head to tail, of the everyday copy a reviewer meets, as a newsroom user would
paste them from ordinary news sites in twelve countries on six continents, one beat each: a New
Zealand regional daily's council story (a district's annual plan and rates rise), an Irish regional
weekly's court report (a suspended sentence for a diesel theft), a Nigerian daily's health story
(cholera in Ibadan), a Canadian online news site's schools story (portable classrooms in Nova
Scotia), a Philippine regional daily's transport story (a bus-route trial in Cebu City), a Malaysian
English daily's business story (a chip-testing plant in Penang), a US local paper's police story
(catalytic converter thefts in a New Mexico city), a Chilean English-language portal's environment
story (a burning ban in the Valparaíso region), an English regional evening paper's sport report (a
non-league football match), a South Korean English daily's science story (lithium recovery from used
batteries in Daejeon), a Tanzanian English daily's farming story (coffee prices in Kilimanjaro) and
a Mexican English-language site's culture story (a theater reopening in Guadalajara). Each page has
normal site furniture at the head, in the middle of the story and at the tail, worded the site's own
way; the stories have ordinary speakers (named in full, then by surname, role or pronoun), ordinary
figures and quotes, and nothing deliberately exotic. The pages hold 520 sentences: 232 "B", 188 "W"
and 100 ""; 212 sentences carry a speaker. `STYLES` describes each page, its story, its speakers and
its furniture in order. This is a HELD-OUT set: its split cases are in `HELDOUT_CASES` (ids prefixed
"h61-"), and the engine's authors see only its totals.

Written from scratch for issue 13 in round thirty-eight, without looking at the engine's code or
output: nothing under `claimreview/` was opened, listed or grepped, no `labelled_heldout*.py`,
`train_*.py` or `test_*.py` file was opened, no `hint_scores.py`, nothing under `docs/` or
`tests/benchmarks/` and no README was read; `claimreview` was never imported, and no test, scorer,
engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied from
anywhere. The brief was read; `/tmp/brief` was listed (it held only the brief) and `/tmp/sets` was
listed (empty at first; later it held other helpers' `labelled_new85.py`, `labelled_new86.py` and
`labelled_heldout62.py`, seen as names only and never opened). What was read for the format: the
module docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with
`ast.get_docstring`); the module docstring, `STYLES`, the first two pages of `ARTICLES` and the
first eight `CASES` of `labelled_new83.py` and `labelled_new84.py`, printed by a script of my own
that imported the two modules (a first try, run from `tests/text`, failed on the import of
`tests.text.labelled_articles` before printing anything; the second, run from the project root,
worked) into a file in /tmp, which was printed in parts with `head -c` and `sed` (the tool cut the
middle of the first printing, lines were cut to 1,500-3,000 characters, and a few lines of
`labelled_new84.py`'s `STYLES` were never seen whole); `build` in `labelled_articles.py` (a `grep -n
"def build" -A15` listing); the `[tool.ruff]` tables of `pyproject.toml` (a `grep -A25` listing that
also showed the per-file ignores); and a `grep -n` of the import and `noqa` lines of
`labelled_new83.py` (it showed the import line below and one docstring line). No other page, case or
docstring of any file under `tests/` was read. What was run: a check that the ruff binary exists;
`ls -t tests/text | head -5` (it printed the names of five test modules, names only); a Python
one-liner printing the calendars of October and November 2026 to check weekdays; `locale -a`;
scripts of my own in /tmp that turn a small line format into the literals below, insert sentences,
rename coined names, cut the split cases out of the pages and count sentences, flags and speakers;
an import of this file with `build` on every page; a checking script of my own (four string fields,
flags, a cue for every speaker and a speaker for every cue, no speaker on furniture, the counts
above, 30 distinct case ids, every split case occurring verbatim in a built page and equal to its
sentences joined by single spaces); whole-word, case-insensitive counts over `tests/` and /tmp/sets
of every capitalised word of these pages, speakers and cues (each part of a hyphenated or slashed
name on its own) and of candidate replacements, printing file counts only (`grep -rilw
--include='*.py' ... | wc -l`; the first pass ran without a UTF-8 locale, so words with accented
letters were cut at the accent, and it was run again under `C.utf8`); a probe of `ruff format` on a
scratch file in /tmp (how it treats a docstring whose opening quotes stand alone); and `ruff format`
and `ruff check` on this file, with `--no-cache` (at its /tmp path the only finding is E501 on the
docstring's first line, which had to open with the set's name; read as
`tests/text/labelled_heldout61.py` through `--stdin-filename`, where the project's per-file ignores
for `tests/**` apply, it passes), and checks that no ruff cache or bytecode folder was left behind.
The name counts skip this file itself. The first draft's coined people, outlets, firms, streets,
towns, clubs and players hit about 140 words of other files (even rare-looking surnames and given
names); each was renamed to a candidate with no hit, and two later passes found eight of the
replacements (six given names, a syllable of a Chinese given name and an outlet's name) newly used
in the files other helpers were writing at the same time, and they were renamed again. What still
hits is real places, regions and bodies (Halifax, Nova Scotia, New Brunswick, Ibadan, Oyo, Ogun,
Lagos, Cebu, Mandaue, Pardo, Visayas, Penang, Batu, Bayan, Albuquerque, Las Cruces, Santiago, Seoul,
Guadalajara, Jalisco and the countries), common words, titles and abbreviations kept on purpose (Dr,
Hon, Engr, Datuk, Lt, Rev, Det, BL, Ma, Sdn, Bhd, Av), market names in a ticker (FBM KLCI, Brent), a
species (Vibrio), the Māori article Te, a journal abbreviation (Lett) and currency tokens.

Every person, outlet, council, district, town named Te Awanui, Derrymoyle or Holmsworth, street,
school, regional centre for education, firm, union, research house, church, club, ground, institute,
journal, cooperative union, theater, collective, reporter and number is invented. Real countries,
regions, cities and a few neighbourhoods appear only as settings, with invented people in their
offices: New Zealand; Ireland; Nigeria, Oyo State and its government, Ibadan and its local
government areas (Ibadan North-East, Ibadan South-East, Lagelu), Ogun and Lagos (in links); Canada,
Nova Scotia, Halifax and New Brunswick; the Philippines, Cebu City, Talamban, Pardo, Mabolo and
Mandaue (in a link); Malaysia, Penang, George Town, Batu Kawan and Bayan Lepas; the United States,
New Mexico, Albuquerque and Las Cruces; Chile, the Valparaíso region, Viña del Mar, Quilpué and
Santiago; England and Wales; South Korea, Daejeon, Sejong, Seoul, North Chungcheong Province and
Jeju (in a link); Tanzania, Kilimanjaro Region, Moshi, Uru, Kibosho, Arusha and Njombe (in links);
Mexico, Jalisco, Guadalajara and its Plaza de la Liberación (in a link). Facebook, X, Twitter,
WhatsApp, Telegram and LinkedIn appear only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or
"". The points the recent sets state, as far as their docstrings were read, hold too: furniture "B"
line by line, whatever it says (a funding note, a subscription pitch, a listen prompt and its note
on the computer voice, an editor's note, bios, an error prompt with a question, comment rules, a
membership ask, an app prompt, a ticker); a caption by its content and its credit "B"; headlines and
standfirsts never split; a dateline belongs to its lead sentence; a pronoun, a later surname or a
role ("The garda", "the judge", "The commissioner") resolved to the full name as first given,
without titles; an organisation's later generic noun kept as written ("the department", "The
department", "The report", "The complaint", "The decree", "The agency", "the company", "the team")
and "it" resolved to the name as first given; a channel after the verb kept in the cue ("said in a
statement", "said in an interview", "told a media briefing", "said in a note to clients", "said in a
filing with the stock exchange", "said in an open letter", "said in the statement") and a channel
before the subject left out of it ("In an emailed statement, the province’s education department
said": cue "said"); decisions, votes, dates fixed, figures of record, an institution's expected date
and an official's account of fact or causal claim "W"; hedges, estimates, forecasts, hopes,
intentions, advice, opinions, feelings and questions ""; a private person's own circumstances "" and
that person's account of what an institution did "W"; sport data lines ""; a journal reference one
"B" sentence; a most-popular list's numbers "B".

Conventions this set had to settle, in the same spirit:

* Names. Titles, roles and post-nominals go: Mayor, Councillor, Councilor, Chief financial officer,
  Prosecuting counsel, Defence counsel and "BL" after a barrister's name, Det. Gda., Judge, Dr, Dr.,
  Hon., Mrs, Mr, Ms, Principal, Regional centre spokesperson, MLA, Engr., Datuk, Police Chief, Lt.,
  The Rev., District spokesman, Prof., Town manager, Rovers boss. Name parts stay: "Ma." (for Maria)
  in "Ma. Milagrosa Dagatanon-Estopa", "a/p" in "Saraswathy a/p Marimuthu", and Korean and Malaysian
  Chinese names in the order first given ("Bae Seul-gi" for "Bae said", "Cheon Geon-u" for "Cheon
  said", "Cheang Soong Aik" for "Cheang said").
* Courts. "The court heard that ..." names no source and carries no speaker ("W"); the detective's
  "agreed" under cross-examination is a cue ("W"); a victim impact statement carries the director
  ("said", then "said in the statement"); the judge's findings with "said" are "W", and her orders
  ("She suspended ...", "She also directed ...") and the listing for mention are acts without a verb
  of saying, "W" with no speaker; defence counsel's account of her client's gambling debts and job
  is his private circumstances (""), his repayments a matter of record for the sentence ("W").
* Standfirsts and headlines: "Commissioner says", "says CEO" and "Cooperative union says" carry the
  commissioner, the chief executive and the union as the body names them; "Parents say", "Jeepney
  drivers on the same corridor say", "Police say", "Forestry officials count" and "researchers say"
  are kept as written. "The Oyo State Government has confirmed" carries the government with the cue
  "has confirmed".
* Acts and sources: analysts who "kept their “buy” call ... with a target price" act without a verb
  of saying ("W", no speaker); "court records show", "The complaint says" and "The decree says" keep
  the record as written; "The agency asked residents to report smoke ..." carries the agency with
  "asked" (""); "He urged residents ..." and "Solórzano-Pickrell urged vehicle owners ..." carry the
  speaker with "urged" (""); "He added:" carries "added".
* Check-worthiness: a fact inside a quote is "W" ("Te Awanui has had three boil-water notices in two
  years.", "Most of the patients ... rely on shallow wells", "We were told three years ago there
  would be an addition ...", "Last season some farmers waited two months for their money.", "Nine
  goals now, and he’s only 20.", "Two years ago our recovery rate was 61 percent.", "But the price
  of fertiliser has also gone up.", smelting losing lithium in the slag, Penang chosen over two
  other sites), while the feeling or boast beside it is "" ("in and out from under a car in 90
  seconds"); service lines for readers ("Ratepayers who are struggling can apply ...", ticket hours
  and a web address) are ""; an institution's commitments with a date are "W" (the open house on
  Nov. 3, the weekly ridership figures, the call for productions in January, the rates instalment
  date); the regional centre's enrolment projection, a ministry's estimate of retired batteries and
  the analysts' capacity figure are forecasts (""); a commuter's, a pepper seller's, a survivor's, a
  violinist's, a taxi driver's and a farmer's own circumstances are "", while the farmer's late
  payment by his society and the survivor's account of a municipal promise are "W"; the pastor's
  account of his church's losses and the drivers' association's counts are an institution's own
  record ("W").

Splits. "2026/27", "7-3", "1,146", "$2,297 a year, up from $2,113.", "$14.6m", "42km", "Kōkihi St",
"Det. Gda." (twice), "(41), of", "BL said" (twice), "Ms Garavan said.", "(29)", "€23,600 at €400",
"Dr Olayemi", "₦50 for one,", "Hon. Raufu", "10:50 a.m." at a sentence's end, "Nov. 3 from 6 p.m. to
7:30 p.m.,", the email "clemmie.langthorne@tallmastnews.ca." at a sentence's end, "Oct 20, 2026 6:00
AM ADT", "Ma. Dulcinea", "MA. DULCINEA", "Engr. Florencio", "5 a.m. to 10 p.m.", "Ma. Milagrosa",
"₱1.2-B", "7 to 9 a.m. peak", "Nov. 18,", "GEORGE TOWN:", "RM1.2bil", "12ha", "Aug 31", "RM84.6mil",
"22.3%", "RM612.3mil", "RM7.85.", "a/p", "Sdn Bhd (199401012345).", "2:40 a.m. Tuesday", "N. Main
St. rented", "Lt. Lisandro", "The Rev. Eliab", "505-555-0187", "UF (about 800,000 to 8 million
pesos),", "Dr. Amancio", "2 km", "7.45pm.", "Ltd." before "Registered in England and Wales No.
04419237.", "Oct. 21, 2026 - 15:42", "Prof. Bae", "Oct. 19." before "The institute", "94.2 percent",
"($1.7 million)", "et al." and "Lett. 2026;8(4):211-219.", "Moshi. Coffee farmers" (a dateline
inside the lead's one sentence), "Sh7,400", "2025/26", "$5.62", "Av. Tepehuaje", "(about US $11.6
million),", "Nov. 29 at 12:30 p.m." at a sentence's end, "10 a.m. to 7 p.m.," and
"boletos.teatrocanteradorada.mx." at a page's last story sentence never split a sentence wrongly; a
quote split inside the marks ("“But the reservoir is not optional." / "Te Awanui has had ...”",
"“Every spring we say ..." / "This year it really has,” she said.", "“Last season ..." / "That will
not happen again,” he said.") and lines without a stop (strips, list lines, headlines, standfirsts,
data lines) each end one; a quoted question or exclamation followed by its attribution ("But if they
stay, where will 140 drivers go?” Abadiano-Lauron asked.", "Maybe that is nostalgia, maybe it is the
new wood!” she said, laughing.") is one sentence, while "“Where else will we get water?”" and "Who
will help us with that?”" stand alone; a quote continuing into a new paragraph without a closing
mark ("... lucky to be only one down." / "“But the lad ...") ends its sentence at the full stop.

`HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected sentences), each taken word for
word from one paragraph of these pages (consecutive sentences joined by single spaces): what a
reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    (
        "New Zealand regional daily's local democracy page, Raukawa District Council adopts "
        "its annual plan with an 8.7% rates rise after a 7-3 vote, with the vote, the "
        "draft's figure and the consultation count without a speaker, the mayor named once "
        "and then by surname and She with figures and a quote split inside the marks whose "
        "second sentence is a fact, three rate lines without stops under a subhead that are "
        "story, a councillor's opinion and quote, a chief financial officer's figures, "
        "according to the finance report, a ratepayers' association that said in a "
        "statement and its chairwoman with a staff count, a quote and an intention, the "
        "mayor by surname, dates of record without a speaker and a phone number (masthead, "
        "sign-in strip with pipes, menu with middle dots, section label, headline with a "
        "percentage, standfirst with a figure, byline and role on two lines, time and date "
        "line with pm, share strip, caption and a Photo / credit, Advertisement and a Read "
        "more: link mid-story, a funding note, topics, a more-from heading and two "
        "headlines, comment count and a closing note, copyright with Ltd)"
    ),
    (
        "Irish regional weekly's courts page, a fuel depot worker who stole €48,600 of "
        "diesel gets a two-year suspended sentence, with the charge and plea without a "
        "speaker and an age in brackets, prosecuting counsel with BL, a detective garda "
        "with Det. Gda. who told the court, then He, said after the claim, The garda and "
        "agreed under cross-examination, a victim impact statement with he said in the "
        "statement, defence counsel with BL and then She and Ms over the accused's private "
        "circumstances, his repayments and a quote, The court heard without a speaker, the "
        "judge named once and then She and the judge over findings of record and a quote, "
        "her orders and a mention date without a verb of saying, a courtroom scene "
        "(masthead, subscribe strip with pipes, menu, section label, headline with a "
        "figure, standfirst of fact, byline name alone, date and time line, share line with "
        "middle dots, Advertisement and a Read more: link mid-story, a subscription pitch "
        "and its button, Read Next and two headlines, one with an age in brackets, tags, "
        "legal links with pipes, copyright in two sentences)"
    ),
    (
        "Nigerian daily's health page, Oyo State confirms 63 suspected cholera cases and "
        "two deaths in Ibadan, with the state government that has confirmed, the "
        "commissioner carried by the standfirst's Commissioner says and named with Dr after "
        "her title, then She and she said over figures, a quote of fact and advice over two "
        "sentences, according to a situation report and The report said, the state "
        "epidemiologist with Dr, He with a causal claim and a figure and a hedge with his "
        "surname, a pepper seller with Mrs, her private circumstances with a naira figure "
        "and a quoted question standing alone, a local government chairman with Hon. and He "
        "urged, national and past figures through according to, the commissioner's advice "
        "with advised and a phone number (masthead in capitals, date line, menu with pipes, "
        "section label, headline with a colon, standfirst, By line, date line with an "
        "ordinal, share prompt, caption and Photo: credit, ALSO READ: link and "
        "Advertisement mid-story, the share prompt again, WhatsApp channel prompt, a "
        "reproduction notice, a tips email, Related News and two headlines, a comments "
        "disclaimer in two sentences)"
    ),
    (
        "Canadian online news site's education page in Nova Scotia, a crowded Halifax-area "
        "elementary school gets four portable classrooms, with the standfirst carrying "
        "Parents as written, the regional centre for education says at the end of the lead, "
        "enrolment figures without a speaker, a spokesperson named once and then She and by "
        "surname with costs and a quote, a principal with 10:50 a.m. and a quote, a home "
        "and school association chair with a quote over two sentences whose second is an "
        "account of a promise, the province's education department said after In an emailed "
        "statement and The department with a record enrolment rise, the area MLA who said "
        "in an interview, then She with a count and a quote, a forecast through according "
        "to an outlook, an open-house date with Nov. 3 and p.m. times said by the "
        "spokesperson (brand, weather strip with °C, menu, section label, headline with a "
        "figure, standfirst, byline with a middle dot, posted and last-updated line with "
        "ADT, a listen prompt, its length and a note on the computer voice, caption and a "
        "bracketed credit with a slash, Advertisement and a newsletter prompt in two "
        "sentences with an email box and a button mid-story, corrections strip with pipes, "
        "ABOUT THE AUTHOR and a bio in two sentences ending in an email address, a "
        "with-files-from line, Related Stories and two headlines, copyright with Inc.)"
    ),
    (
        "Philippine regional daily's Cebu page, a 30-day trial of a ₱15 air-conditioned bus "
        "route begins and jeepney drivers count their losses, with the standfirst carrying "
        "Jeepney drivers on the same corridor as written, a CEBU CITY, Philippines — "
        "dateline lead without a speaker, the mayor with a spending figure and an intention "
        "in a quote, a transport office head with Engr. and then He and by surname, "
        "according to the route plan with a.m. and p.m., a drivers' association president "
        "with a count, a loan figure and a quote split inside the marks that ends in a "
        "question with asked, a councilor with Ma. in her name, her intention and then She "
        "with a hiring count, a call center agent's private trip time and a quote with a "
        "Cebuano phrase glossed in brackets, according to traffic counts with 7 to 9 a.m., "
        "a franchising board that said in a statement with Nov. 18, a publication promise "
        "said after the claim (masthead in capitals, city and date strip with pipes, menu, "
        "section label in capitals, headline with a peso figure, standfirst, By line with "
        "Ma., date and time line, share strip, caption and a credit in capitals with a "
        "slash, READ: link and ADVERTISEMENT mid-story, ADVERTISEMENT, newsletter prompt "
        "and subscribe line, Read Next and two headlines, TAGS:, comment rules in two "
        "sentences, copyright in two sentences)"
    ),
    (
        "Malaysian English daily's business page, a chip-testing firm will build a RM1.2bil "
        "plant in Penang with 1,400 jobs, with a GEORGE TOWN: dateline lead and the company "
        "said kept as written, a chief executive with Dr who told a media briefing and then "
        "He and by surname over figures, a causal claim in a quote and a quote with he "
        "added, the standfirst carrying him through says CEO, a state executive with Datuk "
        "with a record and an intention, according to investment agency figures, a parent "
        "company's quarterly results without a speaker and then it said in a filing with "
        "the stock exchange, analysts at a research house with a hedge and a risk and their "
        "target price without a verb of saying, a share-price line, a union secretary with "
        "a/p in her name, a wage demand, a membership figure and a quote (masthead, market "
        "ticker with arrows and pipes, menu, crumb with ›, headline with RM1.2bil, "
        "standfirst, By line in capitals, date line with MYT, share line with pipes, "
        "caption and — Handout, Read more: link and ADVERTISEMENT mid-story, app prompt, "
        "Related and two headlines, tags and keywords, an error prompt with a question and "
        "an answer line, copyright with Sdn Bhd, a company number in brackets and a second "
        "sentence)"
    ),
    (
        "US local newspaper's crime page in New Mexico, police arrest two men over 14 "
        "catalytic converter thefts, with the standfirst carrying Police as written, the "
        "department said after the lead, according to a criminal complaint and The "
        "complaint says, the police chief with 2:40 a.m. Tuesday and N. Main St., two She "
        "sentences, a quote and an appeal with urged, a lieutenant with Lt. over a price "
        "range, a quote and a causal decline, the school district said and its spokesman "
        "with a cost, a pastor with The Rev. over the church's costs and a quote, court "
        "records show twice, a records check without a speaker, according to a monthly "
        "crime report (masthead, e-edition strip with pipes, menu, section label, headline, "
        "standfirst, By line, Staff writer, date and updated line, share strip, caption and "
        "a credit with a slash, ADVERTISEMENT, a Related: link and an alerts sign-up in two "
        "sentences mid-story, an editor's note in two sentences, the reporter's contact "
        "line in two sentences with a phone number and an email, Most Popular and three "
        "headlines, copyright with the owner's name)"
    ),
    (
        "Chilean English-language portal's environment page, the Valparaíso region bans "
        "farm burning from October 15 to April 30 after an early start to the wildfire "
        "season, with the standfirst carrying Forestry officials as written through count, "
        "a ban of record without a speaker, the forestry agency's regional director named "
        "after her role and then She over figures, a causal count, the agency's resources "
        "said after the claim and a quote split inside the marks, according to the decree "
        "with UF and pesos in brackets and The decree says, a past fire without a speaker, "
        "a municipal emergency director with km figures and a quote split inside the marks, "
        "a survivor's private spending, a quote and her account of a municipal promise, a "
        "fire ecologist with Dr. over a causal claim, a figure, an opinion and a quote, "
        "according to the agency's figures, The agency asked with an emergency number "
        "(brand, tagline, menu with pipes, section label in capitals, headline, standfirst "
        "with a figure, By line, date and read time with a middle dot, caption and a Photo: "
        "credit with a slash, Related: link mid-story, a membership ask in two sentences "
        "and a Join us button, Advertisement, tags with middle dots, More in Environment "
        "and two headlines, copyright with a city and an email)"
    ),
    (
        "English regional evening paper's football report, a National League North side "
        "stays top with a late winner, with the score in the headline, match events and a "
        "team selection without a speaker, a first-half verdict without a speaker, the "
        "manager with said: and a quote over two paragraphs in the British style whose last "
        "sentence is a goal count, then He added:, the visiting manager's intention, a "
        "quote of opinion and a count, a table position, a crowd record and the next "
        "fixture with 7.45pm, line-ups with semicolons and bracketed substitutions, Subs "
        "not used:, Booked:, Referee: and Attendance: data lines (masthead, scores strip "
        "with pipes, menu, crumb with ›, headline with a score and a colon, standfirst with "
        "a crowd figure, reporter's name and title on two lines, date and time line with "
        "pm, Share, Advertisement, a newsletter prompt with an en dash and a Sign up button "
        "mid-story, Most Read and two headlines, comment count, a community-rules line, a "
        "publisher line with Ltd. and a company number with No.)"
    ),
    (
        "South Korean English daily's science page, a Daejeon university team recovers "
        "94.2% of the lithium from used EV batteries at room temperature, with the "
        "standfirst carrying researchers as written, a DAEJEON — dateline lead with the "
        "team said Wednesday kept as written, a publication with Prof. and Oct. 19 without "
        "a verb of saying, an institute's history without a speaker, the lead author with a "
        "Korean name in the order first given and then by surname and She over the method, "
        "figures, a causal claim in a quote and a quote over two sentences that opens with "
        "a figure, her hope, an estimate by a ministry through according to (a forecast), "
        "figures cited in the paper, an outside professor with Prof. and a lab-scale claim, "
        "a quote and a price comparison, funding without a speaker, patents and talks said "
        "by the lead author, an industry association that said in a statement (brand, menu, "
        "section label, headline, standfirst with a semicolon, By line, published and "
        "updated line with Oct. and 24-hour times, font-size strip, a diagram caption and a "
        "bracketed credit mid-story, Advertisement, a journal reference with et al., the "
        "reporter's email, Related Articles and two headlines, Most Popular with numbers on "
        "their own lines, copyright in two sentences with ⓒ)"
    ),
    (
        "Tanzanian English daily's agriculture page, Kilimanjaro coffee farmers will get "
        "Sh7,400 a kilo as auction prices rise, with the standfirst carrying the "
        "cooperative union through says, a Moshi. dateline inside the lead's sentence, "
        "according to the auction's weekly report, the union's general manager with Mr "
        "after his role, then He over sales, membership, payment and auction figures and a "
        "quote split inside the marks, a regional agricultural adviser with Dr over "
        "production figures, a hiring count, a target and advice with advised, a farmer "
        "with Mr, his private delivery, his account of his society's late payment, a quote "
        "of feeling, a price claim and a quoted question standing alone, farm-gate prices "
        "said by farmers kept as written, according to the national coffee regulator, a "
        "district cooperative officer with an investigation of record, an intention and "
        "advice (masthead in capitals, date and e-paper strip with pipes, menu with pipes, "
        "section label, headline with a Sh figure, standfirst, By line, a more-by-author "
        "link, caption and PHOTO | FILE, two ALSO READ: links and Advertisement mid-story, "
        "share line with pipes, READ MORE and two headlines, a story-tip prompt on two "
        "lines with a phone number, copyright with Ltd)"
    ),
    (
        "Mexican English-language news site's culture page, a 19th-century Guadalajara "
        "theater reopens after a 212-million-peso restoration, with Av. mid-sentence and a "
        "dollar figure in brackets in the lead, the state culture secretary named once and "
        "then she said over works of record, a quote over two sentences, a hope and a call "
        "for productions said by surname, the theater's history and closure without a "
        "speaker, according to the state culture department, the theater's director with "
        "season figures, a free-concert date with Nov. 29 at 12:30 p.m., ticket sales and a "
        "quote, a violinist's private history and a quote ending in an exclamation with she "
        "said, laughing, a taxi driver's private takings and a quote split inside the "
        "marks, a theater collective that said in an open letter with its descriptor "
        "dropped, the letter's signatures without a speaker, ticket hours with a.m., p.m. "
        "and a web address at the end (brand, tagline, menu, section label, headline with a "
        "figure, standfirst with a semicolon, Written by line, Posted on line, caption and "
        "Photo: credit, Advertisement and a membership ask in three sentences, one a "
        "question, mid-story, a one-sentence bio, share strip with middle dots, Related and "
        "two headlines, a comments note with a semicolon, copyright with middle dots)"
    ),
]

ARTICLES = [
    [
        [
            ("The Pukenui Press", "", "", "B"),
        ],
        [
            ("Sign in | Subscribe | Today’s Paper", "", "", "B"),
        ],
        [
            ("News · Local · Rural · Business · Sport · Opinion · Life · Puzzles", "", "", "B"),
        ],
        [
            ("Local Democracy", "", "", "B"),
        ],
        [
            (
                "Rates to rise 8.7% in Raukawa district as council signs off annual plan",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Average household will pay $184 more a year, with most of the increase "
                    "going to water and roads"
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Marwenna Margrave", "", "", "B"),
        ],
        [
            ("Local Democracy Reporter", "", "", "B"),
        ],
        [
            ("5:12pm, Thursday 15 October 2026", "", "", "B"),
        ],
        [
            ("Share · Save · Gift this article", "", "", "B"),
        ],
        [
            (
                (
                    "Councillors debate the annual plan at Wednesday’s meeting in the council "
                    "chamber in Te Awanui."
                ),
                "",
                "",
                "",
            ),
            ("Photo / Marwenna Margrave", "", "", "B"),
        ],
        [
            (
                (
                    "Raukawa District Council has adopted its 2026/27 annual plan with an "
                    "average rates rise of 8.7 per cent, after councillors voted 7-3 on "
                    "Wednesday to keep a $14.6 million reservoir upgrade on schedule."
                ),
                "",
                "",
                "W",
            ),
            (
                (
                    "The rise is lower than the 11.2 per cent proposed in the draft plan that "
                    "went out for consultation in August."
                ),
                "",
                "",
                "W",
            ),
            (
                (
                    "Submissions on the draft closed on 14 September, and councillors heard 63 "
                    "people speak in person over two days of hearings."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Mayor Corlette Pelleray said the council had cut $2.1m from its operating "
                    "budget after reading 1,146 public submissions, the most it had ever "
                    "received on an annual plan."
                ),
                "Corlette Pelleray",
                "said",
                "W",
            ),
            (
                (
                    "“People told us very clearly that they are hurting, and we listened,” "
                    "Pelleray said."
                ),
                "Corlette Pelleray",
                "said",
                "",
            ),
            ("“But the reservoir is not optional.", "Corlette Pelleray", "said", ""),
            (
                "Te Awanui has had three boil-water notices in two years.”",
                "Corlette Pelleray",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "She said the average residential ratepayer would pay $2,297 a year, up "
                    "from $2,113."
                ),
                "Corlette Pelleray",
                "said",
                "W",
            ),
            (
                (
                    "Rural ratepayers face a smaller rise of 5.9 per cent because most of the "
                    "new water spending is on the town supply, she said."
                ),
                "Corlette Pelleray",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Read more: Te Awanui boil-water notice lifted after six days", "", "", "B"),
        ],
        [
            ("Where your rates go", "", "", ""),
        ],
        [
            (
                (
                    "$14.6m for the reservoir and treatment upgrade at Te Awanui, due to be "
                    "finished by mid-2028"
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            ("$3.8m to reseal 42km of rural roads", "", "", "W"),
        ],
        [
            ("$950,000 to replace the roof of the Kōkihi St library", "", "", "W"),
        ],
        [
            (
                (
                    "Councillor Ramsay Oakbridge, who voted against the plan with councillors "
                    "Inge Talvier and Mereti Tautara, said the council should have spread the "
                    "reservoir loan over 30 years rather than 20."
                ),
                "Ramsay Oakbridge",
                "said",
                "",
            ),
            (
                (
                    "“We are asking today’s ratepayers to pay the whole bill for an asset their "
                    "grandchildren will use,” he said."
                ),
                "Ramsay Oakbridge",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Chief financial officer Aurélise Dunstane said a 30-year loan would have "
                    "cut the rates rise by about 1.4 percentage points but added $5.2m in "
                    "interest."
                ),
                "Aurélise Dunstane",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The council’s debt will rise to $96m by June 2027 under the plan, within "
                    "its self-imposed limit of $120m, according to the finance report tabled at "
                    "the meeting."
                ),
                "the finance report tabled at the meeting",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    "The Raukawa Ratepayers’ Association, whose members made 212 of the "
                    "submissions, said in a statement that the council had turned down its call "
                    "for a freeze on hiring."
                ),
                "The Raukawa Ratepayers’ Association",
                "said in a statement",
                "W",
            ),
            (
                (
                    "Its chairwoman, Merrilyn Cheshunt, said the number of council staff had "
                    "grown from 188 to 231 in five years."
                ),
                "Merrilyn Cheshunt",
                "said",
                "W",
            ),
            (
                "“Households have tightened their belts, and so should the council,” she said.",
                "Merrilyn Cheshunt",
                "said",
                "",
            ),
            (
                (
                    "She said the association would ask the council to review staff numbers "
                    "before next year’s long-term plan."
                ),
                "Merrilyn Cheshunt",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Pelleray said 19 of the new roles were paid for by government grants tied "
                    "to the water reforms."
                ),
                "Corlette Pelleray",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Rates notices will be posted in the first week of November, and the first "
                    "instalment is due on 20 November."
                ),
                "",
                "",
                "W",
            ),
            (
                (
                    "Ratepayers who are struggling can apply for a rates rebate or ask about a "
                    "payment plan by calling the council on 0800 555 718."
                ),
                "",
                "",
                "",
            ),
        ],
        [
            (
                (
                    "This story was produced through Local Democracy Reporting, a public "
                    "interest news service paid for by the Tauwhenua News Fund."
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            ("Topics: Raukawa District Council · Rates · Local Democracy", "", "", "B"),
        ],
        [
            ("More from Local", "", "", "B"),
        ],
        [
            ("Kōkihi St library to close for six weeks during roof work", "", "", "B"),
        ],
        [
            ("Fire crews called to hay barn blaze near Ōpūroa", "", "", "B"),
        ],
        [
            ("6 comments", "", "", "B"),
        ],
        [
            ("Comments close 48 hours after publication.", "", "", "B"),
        ],
        [
            ("© Pukenui Press Ltd 2026", "", "", "B"),
        ],
    ],
    [
        [
            ("The Bealcarra Observer", "", "", "B"),
        ],
        [
            ("Subscribe   |   E-paper   |   Sign in", "", "", "B"),
        ],
        [
            ("News   Sport   Farming   Property   Lifestyle   Death Notices   Jobs", "", "", "B"),
        ],
        [
            ("Courts", "", "", "B"),
        ],
        [
            (
                "Fuel depot worker who stole €48,600 worth of diesel gets suspended sentence",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Father of three had repaid €20,000 before the case came to court", "", "", "W"),
        ],
        [
            ("Donnchú Cassiley", "", "", "B"),
        ],
        [
            ("Friday, 16 October 2026, 06:00", "", "", "B"),
        ],
        [
            ("Share: Facebook · X · WhatsApp · Email", "", "", "B"),
        ],
        [
            (
                (
                    "A fuel depot worker who stole diesel worth €48,600 from his employer over "
                    "18 months has been given a two-year suspended sentence at Bealcarra "
                    "Circuit Criminal Court."
                ),
                "",
                "",
                "W",
            ),
            (
                (
                    "Cillín Quillinane (41), of Fenlough Road, Derrymoyle, pleaded guilty to 22 "
                    "counts of theft between March 2024 and September 2025."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Prosecuting counsel Eimhear Rathcline BL said the maximum sentence for "
                    "theft on indictment is 10 years’ imprisonment."
                ),
                "Eimhear Rathcline",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Det. Gda. Fearghal Dunnigar told the court that Quillinane filled a "
                    "company tanker with diesel after hours and sold the fuel at a discount to "
                    "farmers and hauliers in the area."
                ),
                "Fearghal Dunnigar",
                "told the court",
                "W",
            ),
            (
                (
                    "He said the thefts came to light when a stock check at the Derrymoyle "
                    "depot in September 2025 found a shortfall of almost 39,000 litres."
                ),
                "Fearghal Dunnigar",
                "said",
                "W",
            ),
            (
                (
                    "Most of the diesel was sold in 1,000-litre loads at about 90 cent a litre, "
                    "well below the pump price at the time, he said."
                ),
                "Fearghal Dunnigar",
                "said",
                "W",
            ),
            (
                (
                    "The garda said Quillinane made full admissions when he was interviewed on "
                    "4 November 2025 and had no previous convictions."
                ),
                "Fearghal Dunnigar",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Under cross-examination, Det. Gda. Dunnigar agreed that the accused had "
                    "co-operated fully and had shown gardaí where the fuel was sold."
                ),
                "Fearghal Dunnigar",
                "agreed",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Read more: Bealcarra publican fined €1,200 over after-hours trading", "", "", "B"),
        ],
        [
            (
                (
                    "In a victim impact statement handed in to the court, the depot’s managing "
                    "director, Lorcán Ebbitt, said the losses had forced the family firm to put "
                    "off hiring two drivers last year."
                ),
                "Lorcán Ebbitt",
                "said",
                "W",
            ),
            (
                "“We trusted him with the keys to everything,” he said in the statement.",
                "Lorcán Ebbitt",
                "said in the statement",
                "",
            ),
        ],
        [
            (
                (
                    "Defence counsel Sláine Garavan BL said her client had built up gambling "
                    "debts of more than €30,000 on his phone and had been attending addiction "
                    "counselling since January."
                ),
                "Sláine Garavan",
                "said",
                "",
            ),
            (
                (
                    "She said he had repaid €20,000 from the sale of a car and a loan from his "
                    "parents, and had brought a further €5,000 to court."
                ),
                "Sláine Garavan",
                "said",
                "W",
            ),
            (
                (
                    "She said he lost his job at the depot when the thefts were discovered and "
                    "now works three days a week on a relative’s farm."
                ),
                "Sláine Garavan",
                "said",
                "",
            ),
            (
                (
                    "“He is deeply ashamed, and he knows he has let down an employer who was "
                    "good to him,” Ms Garavan said."
                ),
                "Sláine Garavan",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The court heard that the depot has since fitted cameras and electronic "
                    "meters to all of its tankers."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Judge Órnait Breslaun said the thefts were a serious breach of trust "
                    "carried out over a long period, and that the headline sentence would have "
                    "been three years in prison."
                ),
                "Órnait Breslaun",
                "said",
                "W",
            ),
            (
                (
                    "She said she had taken into account the guilty plea, his lack of previous "
                    "convictions and the money repaid, and she reduced the sentence to two "
                    "years."
                ),
                "Órnait Breslaun",
                "said",
                "W",
            ),
            (
                (
                    "She said she was satisfied, on the basis of a probation report, that he "
                    "was at low risk of reoffending."
                ),
                "Órnait Breslaun",
                "said",
                "W",
            ),
            (
                (
                    "“Had you not come to court with money in your hand, Mr Quillinane, you "
                    "would be going to prison today,” the judge said."
                ),
                "Órnait Breslaun",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "She suspended the sentence in full for two years on condition that he pays "
                    "the remaining €23,600 at €400 a month and keeps the peace."
                ),
                "",
                "",
                "W",
            ),
            (
                (
                    "She also directed that he continue to attend counselling and stay out of "
                    "betting shops for the period of the bond."
                ),
                "",
                "",
                "W",
            ),
            (
                (
                    "The case was listed for mention on 12 January 2027 so that the court can "
                    "review the repayments."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Quillinane, who wore a navy suit and sat beside his father throughout the "
                    "hearing, nodded as the sentence was read out."
                ),
                "",
                "",
                "",
            ),
        ],
        [
            ("Get every court report, death notice and the full weekly paper online.", "", "", "B"),
        ],
        [
            ("Subscribe from €1 for your first month", "", "", "B"),
        ],
        [
            ("Read Next", "", "", "B"),
        ],
        [
            ("Derrymoyle man (29) fined €750 for driving without insurance", "", "", "B"),
        ],
        [
            ("Two-day District Court sitting adjourned over staff shortage", "", "", "B"),
        ],
        [
            ("Tags: Courts · Derrymoyle · Theft", "", "", "B"),
        ],
        [
            (
                "Cookie settings   |   Privacy statement   |   Terms of use   |   Contact us",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© The Bealcarra Observer 2026.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("OFOMA CHRONICLE", "", "", "B"),
        ],
        [
            ("Monday, October 19, 2026", "", "", "B"),
        ],
        [
            (
                (
                    "Home | News | Politics | Metro | Business | Health | Sports | "
                    "Entertainment | Opinion | Columns"
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            ("Health", "", "", "B"),
        ],
        [
            ("Cholera: Oyo records 63 suspected cases, two deaths in Ibadan", "", "", "W"),
        ],
        [
            (
                "Commissioner says treatment centres opened in three LGAs",
                "Olayemi Adegborioye-Fashoranti",
                "says",
                "W",
            ),
        ],
        [
            ("By Adedamola Adebusuyi-Kuye", "", "", "B"),
        ],
        [
            ("19th October 2026", "", "", "B"),
        ],
        [
            ("Share this story:", "", "", "B"),
        ],
        [
            (
                (
                    "Health workers attend to a patient at a cholera treatment centre in Ibadan "
                    "on Sunday."
                ),
                "",
                "",
                "",
            ),
            ("Photo: Ofoma Chronicle", "", "", "B"),
        ],
        [
            (
                (
                    "The Oyo State Government has confirmed 63 suspected cases of cholera and "
                    "two deaths in three local government areas of Ibadan since October 9."
                ),
                "The Oyo State Government",
                "has confirmed",
                "W",
            ),
        ],
        [
            (
                (
                    "The Commissioner for Health, Dr Olayemi Adegborioye-Fashoranti, said this "
                    "on Sunday while briefing journalists at the ministry in Ibadan."
                ),
                "Olayemi Adegborioye-Fashoranti",
                "said",
                "",
            ),
            (
                (
                    "She said 41 of the cases were recorded in Ibadan North-East, 15 in Ibadan "
                    "South-East and seven in Lagelu."
                ),
                "Olayemi Adegborioye-Fashoranti",
                "said",
                "W",
            ),
            (
                (
                    "She said the ministry had requested 20,000 doses of oral cholera vaccine "
                    "for the worst-hit wards."
                ),
                "Olayemi Adegborioye-Fashoranti",
                "said",
                "W",
            ),
            (
                (
                    "She added that the two people who died, a 67-year-old woman and a boy aged "
                    "nine, reached hospital late, after several days of vomiting and diarrhoea."
                ),
                "Olayemi Adegborioye-Fashoranti",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "“Most of the patients we are seeing came from the same few streets where "
                    "people rely on shallow wells,” she said."
                ),
                "Olayemi Adegborioye-Fashoranti",
                "said",
                "W",
            ),
            (
                ("“If you have watery stooling, please go to the nearest health facility at once."),
                "Olayemi Adegborioye-Fashoranti",
                "said",
                "",
            ),
            (
                "Do not wait, and do not take herbal mixtures at home.”",
                "Olayemi Adegborioye-Fashoranti",
                "said",
                "",
            ),
        ],
        [
            ("ALSO READ: Ogun begins house-to-house polio vaccination in 20 LGAs", "", "", "B"),
        ],
        [
            (
                (
                    "Samples from 12 patients tested positive for Vibrio cholerae at the "
                    "state’s public health laboratory, according to a situation report issued "
                    "by the ministry on Saturday."
                ),
                "a situation report issued by the ministry on Saturday",
                "according to",
                "W",
            ),
            (
                (
                    "The report said treatment centres had been opened at three general "
                    "hospitals and that 38 patients had been treated and discharged."
                ),
                "The report",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The State Epidemiologist, Dr Babafemi Olumodeji, said health workers had "
                    "visited 2,400 households and chlorinated 180 wells in the affected wards "
                    "since Wednesday."
                ),
                "Babafemi Olumodeji",
                "said",
                "W",
            ),
            (
                (
                    "He said heavy rainfall in the first two weeks of October had washed refuse "
                    "from blocked drains into open wells."
                ),
                "Babafemi Olumodeji",
                "said",
                "W",
            ),
            (
                "He said 71 per cent of the patients were aged under 30.",
                "Babafemi Olumodeji",
                "said",
                "W",
            ),
            (
                (
                    "“We expect to see more cases this week, because people who drank the water "
                    "last week may only fall sick now,” Olumodeji said."
                ),
                "Babafemi Olumodeji",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                (
                    "A pepper seller at Oje market, Mrs Sekinat Adisoye-Oyelami, said her "
                    "14-year-old son was admitted to hospital for two days last week."
                ),
                "Sekinat Adisoye-Oyelami",
                "said",
                "",
            ),
            (
                (
                    "“We buy sachet water to drink now, ₦50 for one, but for cooking and "
                    "washing we still use the well in our compound,” she said."
                ),
                "Sekinat Adisoye-Oyelami",
                "said",
                "",
            ),
            ("“Where else will we get water?”", "Sekinat Adisoye-Oyelami", "said", ""),
        ],
        [
            (
                (
                    "The Chairman of Ibadan North-East Local Government, Hon. Raufu "
                    "Akinbode-Bamiduro, said the council had begun clearing 14 blocked drains "
                    "in the area and would distribute water purification tablets to households "
                    "from Tuesday."
                ),
                "Raufu Akinbode-Bamiduro",
                "said",
                "W",
            ),
            (
                (
                    "He urged residents to stop dumping refuse in drains, warning that "
                    "offenders would be prosecuted."
                ),
                "Raufu Akinbode-Bamiduro",
                "urged",
                "",
            ),
        ],
        [
            (
                (
                    "Nigeria recorded more than 4,000 suspected cholera cases in the first nine "
                    "months of the year, according to figures from the national disease control "
                    "centre."
                ),
                "figures from the national disease control centre",
                "according to",
                "W",
            ),
            (
                (
                    "Oyo recorded 312 suspected cases and 11 deaths in its last major outbreak, "
                    "in 2024, according to the ministry’s records."
                ),
                "the ministry’s records",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    "The commissioner advised residents to boil or treat drinking water, wash "
                    "hands with soap and report any case of watery diarrhoea to the nearest "
                    "health facility or call the state emergency line, 0800 555 2231."
                ),
                "Olayemi Adegborioye-Fashoranti",
                "advised",
                "",
            ),
        ],
        [
            ("Share this story:", "", "", "B"),
        ],
        [
            ("Get breaking news on WhatsApp: follow the Ofoma Chronicle channel.", "", "", "B"),
        ],
        [
            (
                (
                    "No part of this website may be copied, republished or rebroadcast without "
                    "written permission from Ofoma Chronicle Media Ltd."
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            ("Send stories and tips to newsdesk@ofomachronicle.ng", "", "", "B"),
        ],
        [
            ("Related News", "", "", "B"),
        ],
        [
            ("Lagos begins screening at motor parks as cholera cases rise", "", "", "B"),
        ],
        [
            ("Oyo nurses suspend strike after meeting with government", "", "", "B"),
        ],
        [
            (
                "Readers’ comments are the views of their writers, not of the Ofoma Chronicle.",
                "",
                "",
                "B",
            ),
            ("Abusive or defamatory comments will be removed.", "", "", "B"),
        ],
    ],
    [
        [
            ("Tallmast News", "", "", "B"),
        ],
        [
            ("Halifax   11°C   Cloudy", "", "", "B"),
        ],
        [
            (
                "Local   Politics   Business   Education   Health   Sports   Arts   Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Education", "", "", "B"),
        ],
        [
            (
                (
                    "Four portable classrooms coming to crowded Cowlishaw Road Elementary as "
                    "enrolment hits 612"
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Parents say lunch is now served in three shifts at a school built for 450",
                "Parents",
                "say",
                "W",
            ),
        ],
        [
            ("Clemmie Langthorne · Tallmast News", "", "", "B"),
        ],
        [
            (
                "Posted: Oct 20, 2026 6:00 AM ADT | Last Updated: Oct 20, 2026 9:14 AM ADT",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Listen to this article", "", "", "B"),
        ],
        [
            ("Estimated 4 minutes", "", "", "B"),
        ],
        [
            ("This audio is read by a computer-generated voice.", "", "", "B"),
        ],
        [
            (
                (
                    "Students leave Cowlishaw Road Elementary in Fairhaven Heights on Monday "
                    "afternoon."
                ),
                "",
                "",
                "",
            ),
            ("(Clemmie Langthorne/Tallmast News)", "", "", "B"),
        ],
        [
            (
                (
                    "Four portable classrooms will be in place at Cowlishaw Road Elementary in "
                    "Fairhaven Heights by January, the Mirrabay Regional Centre for Education "
                    "says."
                ),
                "the Mirrabay Regional Centre for Education",
                "says",
                "W",
            ),
        ],
        [
            (
                (
                    "The school in Halifax’s western suburbs has 612 students this fall, up "
                    "from 471 five years ago, in a building designed for 450."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Regional centre spokesperson Perpetue Marcheterre said the portables will "
                    "cost about $1.1 million, including foundations, ramps and a covered "
                    "walkway, and will hold up to 24 students each."
                ),
                "Perpetue Marcheterre",
                "said",
                "W",
            ),
            (
                ("She said the units were ordered in August and are being built in New Brunswick."),
                "Perpetue Marcheterre",
                "said",
                "W",
            ),
            (
                (
                    "She said two other elementary schools in the same family of schools are "
                    "also above 110 per cent of capacity."
                ),
                "Perpetue Marcheterre",
                "said",
                "W",
            ),
            (
                (
                    "“We know the school is tight, and this is the fastest way we can add space "
                    "while a longer-term plan is worked out,” Marcheterre said."
                ),
                "Perpetue Marcheterre",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Principal Peveril Wrenholme said the school turned its library and music "
                    "room into classrooms last year and now serves lunch in three shifts, the "
                    "first starting at 10:50 a.m."
                ),
                "Peveril Wrenholme",
                "said",
                "W",
            ),
            (
                (
                    "“The kids are resilient, but eating lunch before 11 is nobody’s idea of a "
                    "good day,” he said."
                ),
                "Peveril Wrenholme",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Start your day with the stories Nova Scotians are talking about.", "", "", "B"),
            ("Sign up for our free morning newsletter.", "", "", "B"),
        ],
        [
            ("Email address", "", "", "B"),
        ],
        [
            ("Subscribe", "", "", "B"),
        ],
        [
            (
                (
                    "Philomène Harcus-Kealan, who chairs the school’s home and school "
                    "association, said parents first raised the crowding with the regional "
                    "centre in the spring of 2023."
                ),
                "Philomène Harcus-Kealan",
                "said",
                "W",
            ),
            ("“Portables are a bandage,” she said.", "Philomène Harcus-Kealan", "said", ""),
            (
                (
                    "“We were told three years ago there would be an addition, and we still "
                    "don’t have a date.”"
                ),
                "Philomène Harcus-Kealan",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "In an emailed statement, the province’s education department said an "
                    "addition to the school is on its list of capital projects but has not been "
                    "funded."
                ),
                "the province’s education department",
                "said",
                "W",
            ),
            (
                (
                    "The department said public school enrolment in Nova Scotia rose by 3,900 "
                    "students this year, the largest one-year increase in more than two decades."
                ),
                "The department",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Fairhaven Heights MLA Rosanagh Vassmer said in an interview Monday that "
                    "she has asked the education minister to visit the school before the end of "
                    "November."
                ),
                "Rosanagh Vassmer",
                "said in an interview",
                "",
            ),
            (
                (
                    "She said at least 300 new homes have been approved in the school’s "
                    "catchment area since 2024."
                ),
                "Rosanagh Vassmer",
                "said",
                "W",
            ),
            (
                "“When the portables arrive, the playground gets smaller too,” she said.",
                "Rosanagh Vassmer",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Enrolment at Cowlishaw Road could reach 700 by 2029, according to the "
                    "regional centre’s long-range outlook, published in June."
                ),
                "the regional centre’s long-range outlook, published in June",
                "according to",
                "",
            ),
        ],
        [
            (
                (
                    "Families can tour one of the new units at an open house on Nov. 3 from 6 "
                    "p.m. to 7:30 p.m., Marcheterre said."
                ),
                "Perpetue Marcheterre",
                "said",
                "W",
            ),
        ],
        [
            ("Corrections and clarifications | Submit a news tip | Report error", "", "", "B"),
        ],
        [
            ("ABOUT THE AUTHOR", "", "", "B"),
        ],
        [
            ("Clemmie Langthorne covers education for Tallmast News.", "", "", "B"),
            ("She can be reached at clemmie.langthorne@tallmastnews.ca.", "", "", "B"),
        ],
        [
            ("With files from Aurèle Dallaire-Hovde", "", "", "B"),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            (
                "Bus driver shortage leaves 11 Halifax-area routes without a regular driver",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Province promises 14 new schools by 2030, but few have a site yet", "", "", "B"),
        ],
        [
            ("©2026 Tallmast News Inc.", "", "", "B"),
        ],
    ],
    [
        [
            ("SIDLAKAN DAILY", "", "", "B"),
        ],
        [
            ("Cebu   |   Tuesday, October 20, 2026   |   E-Paper", "", "", "B"),
        ],
        [
            (
                "News   Cebu   Visayas   Nation   Business   Sports   Lifestyle   Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("CEBU", "", "", "B"),
        ],
        [
            (
                "Cebu City begins 30-day trial of ₱15 bus route linking Talamban and Pardo",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Jeepney drivers on the same corridor say they are losing up to ₱600 a day",
                "Jeepney drivers on the same corridor",
                "say",
                "W",
            ),
        ],
        [
            ("By Ma. Dulcinea Villacaram-Obra", "", "", "B"),
        ],
        [
            ("October 20, 2026 | 7:45 AM", "", "", "B"),
        ],
        [
            ("Share   Tweet   Email   Print", "", "", "B"),
        ],
        [
            (
                (
                    "Passengers board one of the 20 air-conditioned buses at a loading bay in "
                    "Talamban on Monday morning."
                ),
                "",
                "",
                "",
            ),
            ("SIDLAKAN DAILY PHOTO / MA. DULCINEA VILLACARAM-OBRA", "", "", "B"),
        ],
        [
            (
                (
                    "CEBU CITY, Philippines — Twenty air-conditioned buses began carrying "
                    "passengers on an 18-kilometer route between Talamban and Pardo on Monday, "
                    "the first day of a 30-day trial run by the city’s transportation office."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Mayor Teofredo Cabatingan-Sytangco said the city spent ₱38 million on the "
                    "loading bays, signs and painted bus lanes for the trial."
                ),
                "Teofredo Cabatingan-Sytangco",
                "said",
                "W",
            ),
            (
                (
                    "“If the numbers are good after 30 days, we will ask for a permanent "
                    "franchise and open a second route to Mabolo,” he said."
                ),
                "Teofredo Cabatingan-Sytangco",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Engr. Florencio Paguntalan-Ypanto, head of the city transportation office, "
                    "said the buses made 146 trips and carried 5,380 passengers on the first "
                    "day."
                ),
                "Florencio Paguntalan-Ypanto",
                "said",
                "W",
            ),
            (
                (
                    "He said the fare is fixed at ₱15 for the whole route, with a 20 percent "
                    "discount for students, senior citizens and persons with disabilities."
                ),
                "Florencio Paguntalan-Ypanto",
                "said",
                "W",
            ),
            (
                (
                    "He said 14 of the 20 buses are electric and are charged overnight at a "
                    "depot in Pardo."
                ),
                "Florencio Paguntalan-Ypanto",
                "said",
                "W",
            ),
            (
                (
                    "“We want to see if people will leave their cars and motorcycles at home "
                    "when the bus is cool, clean and on time,” Paguntalan-Ypanto said."
                ),
                "Florencio Paguntalan-Ypanto",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The buses run every 12 minutes from 5 a.m. to 10 p.m. and stop only at 24 "
                    "marked loading bays, according to the city’s route plan."
                ),
                "the city’s route plan",
                "according to",
                "W",
            ),
        ],
        [
            ("READ: Cebu City Council approves ₱1.2-B loan for drainage works", "", "", "B"),
        ],
        [
            (
                (
                    "Jonel Abadiano-Lauron, president of the Talamban-Pardo Drivers and "
                    "Operators Association, said about 140 traditional jeepneys ply the same "
                    "corridor, and their drivers have lost ₱400 to ₱600 a day since Monday."
                ),
                "Jonel Abadiano-Lauron",
                "said",
                "W",
            ),
            (
                (
                    "He said 52 of the association’s members took out loans in 2024 to buy "
                    "modern jeepneys that meet the national phase-out rules."
                ),
                "Jonel Abadiano-Lauron",
                "said",
                "W",
            ),
            ("“We are not against the buses.", "Jonel Abadiano-Lauron", "asked", ""),
            (
                "But if they stay, where will 140 drivers go?” Abadiano-Lauron asked.",
                "Jonel Abadiano-Lauron",
                "asked",
                "",
            ),
        ],
        [
            (
                (
                    "Councilor Ma. Milagrosa Dagatanon-Estopa, who chairs the city council’s "
                    "committee on transportation, said she would file a resolution asking that "
                    "displaced jeepney drivers be given first priority when the bus operator "
                    "hires."
                ),
                "Ma. Milagrosa Dagatanon-Estopa",
                "said",
                "",
            ),
            (
                (
                    "She said the operator, a consortium of two local firms, has hired 46 "
                    "drivers so far."
                ),
                "Ma. Milagrosa Dagatanon-Estopa",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                (
                    "Call center agent Joanalyn Tumapon-Rosales, 27, said her trip from "
                    "Talamban to her office took 41 minutes on the bus, compared with more than "
                    "an hour by jeepney."
                ),
                "Joanalyn Tumapon-Rosales",
                "said",
                "",
            ),
            (
                "“Bugnaw kaayo (very cool), and I could sit down the whole way,” she said.",
                "Joanalyn Tumapon-Rosales",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Travel time on the corridor’s busiest stretch during the 7 to 9 a.m. peak "
                    "fell from 38 minutes to 31 minutes on Monday, according to the office’s "
                    "traffic counts."
                ),
                "the office’s traffic counts",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    "The regional franchising board said in a statement that the trial permit "
                    "allows the buses to run until Nov. 18, and that any permanent franchise "
                    "will need a public hearing."
                ),
                "The regional franchising board",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                (
                    "The city will post ridership figures on its Facebook page every Monday "
                    "during the trial, Paguntalan-Ypanto said."
                ),
                "Florencio Paguntalan-Ypanto",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Get Cebu’s top stories in your inbox every weekday morning.", "", "", "B"),
        ],
        [
            ("Subscribe to the Sidlakan Daily newsletter", "", "", "B"),
        ],
        [
            ("Read Next", "", "", "B"),
        ],
        [
            ("Mandaue to widen two bridges before the holiday rush", "", "", "B"),
        ],
        [
            ("Cebu port traffic up 8 percent in third quarter", "", "", "B"),
        ],
        [
            ("TAGS: Cebu City, transport, buses, jeepneys", "", "", "B"),
        ],
        [
            ("Comments are moderated.", "", "", "B"),
            ("Keep them civil and on topic.", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Sidlakan Daily.", "", "", "B"),
            ("Reproduction in any form without permission is prohibited.", "", "", "B"),
        ],
    ],
    [
        [
            ("The Serindik Post", "", "", "B"),
        ],
        [
            (
                "FBM KLCI 1,618.27 ▲4.06   |   USD/MYR 4.2135   |   Brent US$71.40 ▼0.35",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Nation   Business   World   Sport   Lifestyle   Opinion   Tech   Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Business › Corporate News", "", "", "B"),
        ],
        [
            (
                ("Varnex to build RM1.2bil chip-testing plant in Batu Kawan, creating 1,400 jobs"),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "First phase to start operations in the third quarter of 2027, says CEO",
                "Cheang Soong Aik",
                "says",
                "W",
            ),
        ],
        [
            ("By HAZWANI ILYANI HAMDEL", "", "", "B"),
        ],
        [
            ("Wednesday, 21 Oct 2026 7:15 AM MYT", "", "", "B"),
        ],
        [
            ("Share: WhatsApp | Telegram | Facebook | X | LinkedIn", "", "", "B"),
        ],
        [
            ("An artist’s impression of the Varnex plant in Batu Kawan, Penang.", "", "", ""),
            ("— Handout", "", "", "B"),
        ],
        [
            (
                (
                    "GEORGE TOWN: Varnex Microsystems will build a RM1.2bil semiconductor "
                    "testing and packaging plant in Batu Kawan that will create about 1,400 "
                    "jobs when it is fully running, the company said yesterday."
                ),
                "the company",
                "said",
                "W",
            ),
            (
                (
                    "Building the first phase is expected to create about 900 temporary "
                    "construction jobs, the company said."
                ),
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Chief executive officer Dr Cheang Soong Aik told a media briefing that "
                    "construction on the 12ha site would begin in January, with the first phase "
                    "of 600 jobs due to start operations in the third quarter of 2027."
                ),
                "Cheang Soong Aik",
                "told a media briefing",
                "W",
            ),
            (
                (
                    "He said about 70% of the new positions would be for engineers and "
                    "technicians, and the rest for production operators."
                ),
                "Cheang Soong Aik",
                "said",
                "W",
            ),
            (
                (
                    "“Penang has the engineers and the suppliers we need within a 20-minute "
                    "drive, which is why we chose it over two other sites in the region,” "
                    "Cheang said."
                ),
                "Cheang Soong Aik",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "He said the company now employs 2,300 people at its two existing plants in "
                    "Bayan Lepas."
                ),
                "Cheang Soong Aik",
                "said",
                "W",
            ),
            (
                (
                    "He said rooftop solar panels would supply about 40% of the new plant’s "
                    "electricity."
                ),
                "Cheang Soong Aik",
                "said",
                "W",
            ),
            (
                "“We will need every good technician we can find,” he added.",
                "Cheang Soong Aik",
                "added",
                "",
            ),
        ],
        [
            (
                (
                    "State investment, trade and industry committee chairman Datuk Piong Thean "
                    "Hoay said the project was the third semiconductor investment of more than "
                    "RM1bil approved for Penang this year."
                ),
                "Piong Thean Hoay",
                "said",
                "W",
            ),
            (
                (
                    "He said the state government would help the company recruit local "
                    "graduates through its technical training centres."
                ),
                "Piong Thean Hoay",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Malaysia approved RM41.3bil in manufacturing investments in the first half "
                    "of 2026, according to figures from the national investment agency."
                ),
                "figures from the national investment agency",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    "The announcement came a day after Varnex’s parent, Varnex Holdings Bhd, "
                    "reported a net profit of RM84.6mil for the first quarter ended Aug 31, up "
                    "22.3% from RM69.2mil a year earlier."
                ),
                "",
                "",
                "W",
            ),
            (
                (
                    "Revenue rose 18.4% to RM612.3mil on stronger demand for automotive and "
                    "data-centre chips, it said in a filing with the stock exchange."
                ),
                "Varnex Holdings Bhd",
                "said in a filing with the stock exchange",
                "W",
            ),
        ],
        [
            ("Read more: Ringgit opens higher against US dollar on export data", "", "", "B"),
        ],
        [
            (
                (
                    "Analysts at Murai Research said in a note to clients that the new plant "
                    "could lift the group’s testing capacity by about 40% from 2028."
                ),
                "Analysts at Murai Research",
                "said in a note to clients",
                "",
            ),
            (
                "They said the main risk to the plan was slower car sales in China and Europe.",
                "Analysts at Murai Research",
                "said",
                "",
            ),
            (
                "They kept their “buy” call on the stock, with a target price of RM7.85.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Varnex Holdings shares closed 14 sen, or 2.1%, higher at RM6.82 yesterday, "
                    "giving the company a market value of about RM3.4bil."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                (
                    "Saraswathy a/p Marimuthu, secretary of the Northern Electronics Employees "
                    "Union, said the union welcomed the jobs but wanted production operators to "
                    "be paid at least RM2,200 a month, above the national minimum wage of "
                    "RM1,700."
                ),
                "Saraswathy a/p Marimuthu",
                "said",
                "W",
            ),
            (
                (
                    "She said the union represents about 8,500 workers at 19 factories on the "
                    "island and the mainland."
                ),
                "Saraswathy a/p Marimuthu",
                "said",
                "W",
            ),
            (
                (
                    "“New factories are good news, but the cost of living in Penang is not the "
                    "same as in a small town,” she said."
                ),
                "Saraswathy a/p Marimuthu",
                "said",
                "",
            ),
        ],
        [
            (
                "Download the Serindik Post app for breaking business news wherever you are.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Chip exports rise 9% in September on data-centre orders", "", "", "B"),
        ],
        [
            ("Penang approves two more industrial parks in the south of the mainland", "", "", "B"),
        ],
        [
            ("Tags / Keywords: Varnex, Semiconductor, Penang, Batu Kawan, Investment", "", "", "B"),
        ],
        [
            ("Found a mistake in this article?", "", "", "B"),
            ("Report it to us.", "", "", "B"),
        ],
        [
            ("Copyright © 1995-2026 Serindik Media Sdn Bhd (199401012345).", "", "", "B"),
            ("No part of this site may be reproduced without our consent.", "", "", "B"),
        ],
    ],
    [
        [
            ("The Piñon Springs Register", "", "", "B"),
        ],
        [
            ("e-Edition | Obituaries | Classifieds | Subscribe | Log In", "", "", "B"),
        ],
        [
            (
                "News   Crime & Courts   Politics   Sports   Outdoors   Opinion   Obituaries",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Crime & Courts", "", "", "B"),
        ],
        [
            (
                "Two men arrested in string of catalytic converter thefts across Piñon Springs",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Police say the pair took converters from 14 vehicles in three weeks, most "
                    "of them in church and school parking lots"
                ),
                "Police",
                "say",
                "W",
            ),
        ],
        [
            ("By Evangelina Quintaro-Buell", "", "", "B"),
        ],
        [
            ("Staff writer", "", "", "B"),
        ],
        [
            ("Oct 22, 2026 Updated 4 hrs ago", "", "", "B"),
        ],
        [
            ("Facebook   Twitter   Email   Print   Save", "", "", "B"),
        ],
        [
            (
                (
                    "A van sits on blocks outside Malpais Community Church on Tuesday after its "
                    "catalytic converter was cut out."
                ),
                "",
                "",
                "",
            ),
            ("Evangelina Quintaro-Buell/The Register", "", "", "B"),
        ],
        [
            (
                (
                    "Piñon Springs police arrested two men early Tuesday in connection with a "
                    "string of catalytic converter thefts that hit 14 vehicles across the city "
                    "over three weeks, the department said."
                ),
                "the department",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Darian Spohrer, 31, and Colt Maybury, 26, both of Piñon Springs, each face "
                    "14 counts of larceny and one count of conspiracy, according to a criminal "
                    "complaint filed in Magistrate Court."
                ),
                "a criminal complaint filed in Magistrate Court",
                "according to",
                "W",
            ),
            (
                (
                    "The complaint says Maybury told detectives the two men sold the converters "
                    "to a buyer in Albuquerque for $120 to $250 each."
                ),
                "The complaint",
                "says",
                "W",
            ),
        ],
        [
            (
                (
                    "Police Chief Graciela Solórzano-Pickrell said an officer on patrol saw a "
                    "pickup idling behind Malpais Community Church at about 2:40 a.m. Tuesday "
                    "and found two men under a parked church van with a battery-powered saw."
                ),
                "Graciela Solórzano-Pickrell",
                "said",
                "W",
            ),
            (
                (
                    "She said officers later found 11 converters in a storage unit on N. Main "
                    "St. rented in Spohrer’s name."
                ),
                "Graciela Solórzano-Pickrell",
                "said",
                "W",
            ),
            (
                (
                    "She said eight of the 14 vehicles were church or school vans, which sit "
                    "higher off the ground and are easier to crawl under."
                ),
                "Graciela Solórzano-Pickrell",
                "said",
                "W",
            ),
            (
                (
                    "“This was a patrol officer paying attention at 2:40 in the morning, and I "
                    "could not be prouder of him,” Solórzano-Pickrell said."
                ),
                "Graciela Solórzano-Pickrell",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Lt. Lisandro Rentería-Lindemark, who supervises the department’s property "
                    "crimes unit, said a converter can sell for $150 to $400 to scrap buyers, "
                    "depending on the metals inside."
                ),
                "Lisandro Rentería-Lindemark",
                "said",
                "W",
            ),
            (
                (
                    "“Somebody who knows what they’re doing can be in and out from under a car "
                    "in 90 seconds,” he said."
                ),
                "Lisandro Rentería-Lindemark",
                "said",
                "",
            ),
            (
                (
                    "He said converter thefts in the city fell from 61 in 2023 to 23 last year "
                    "after the state began requiring scrap dealers to record each seller’s ID "
                    "and vehicle details."
                ),
                "Lisandro Rentería-Lindemark",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Related: City council approves two new patrol officer positions", "", "", "B"),
        ],
        [
            ("Get breaking public safety news sent straight to your inbox.", "", "", "B"),
            ("Sign up for Register Alerts.", "", "", "B"),
        ],
        [
            (
                (
                    "The Piñon Springs school district said two of its activity buses were "
                    "damaged, forcing it to rent buses for a volleyball team’s trip to Las "
                    "Cruces."
                ),
                "The Piñon Springs school district",
                "said",
                "W",
            ),
            (
                "District spokesman Thurman Quellmalz said the rentals cost $1,150.",
                "Thurman Quellmalz",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The Rev. Eliab Hallock-Rodarte, pastor of Malpais Community Church, said "
                    "the church’s two vans were hit twice in 10 days and replacing the "
                    "converters cost $3,800."
                ),
                "Eliab Hallock-Rodarte",
                "said",
                "W",
            ),
            (
                "“We had to cancel our senior lunch runs for a week,” he said.",
                "Eliab Hallock-Rodarte",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Both men were booked into the county detention center and were being held "
                    "pending a detention hearing set for Thursday, court records show."
                ),
                "court records",
                "show",
                "W",
            ),
            ("Online court records did not list an attorney for either man.", "", "", "W"),
            (
                (
                    "Spohrer was convicted of receiving stolen property in 2021 and completed "
                    "18 months of probation, court records show."
                ),
                "court records",
                "show",
                "W",
            ),
        ],
        [
            (
                (
                    "Property crime reports in Piñon Springs are down 9% this year through "
                    "September, according to the department’s monthly crime report."
                ),
                "the department’s monthly crime report",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    "Solórzano-Pickrell urged vehicle owners to park in well-lit areas and to "
                    "have their license plate number etched on their converters, which the "
                    "department does free at its west side substation on the first Saturday of "
                    "each month."
                ),
                "Graciela Solórzano-Pickrell",
                "urged",
                "",
            ),
        ],
        [
            ("Editor’s note: Criminal charges are only accusations.", "", "", "B"),
            (
                (
                    "Everyone charged with a crime is presumed innocent until proven guilty in "
                    "court."
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            ("Evangelina Quintaro-Buell covers public safety for the Register.", "", "", "B"),
            ("Reach her at 505-555-0187 or equintaro@pinonspringsregister.com.", "", "", "B"),
        ],
        [
            ("Most Popular", "", "", "B"),
        ],
        [
            ("Fire crews contain 40-acre grass fire east of town", "", "", "B"),
        ],
        [
            ("School board to vote on new start times for 2027-28", "", "", "B"),
        ],
        [
            ("Piñon Springs High names new football coach", "", "", "B"),
        ],
        [
            ("© 2026 The Piñon Springs Register, a Cobreline Media newspaper", "", "", "B"),
        ],
    ],
    [
        [
            ("Pehuenlaf Daily", "", "", "B"),
        ],
        [
            ("Chile’s news, in English", "", "", "B"),
        ],
        [
            (
                "Home | Chile | Politics | Economy | Environment | Culture | Travel | Podcast",
                "",
                "",
                "B",
            ),
        ],
        [
            ("ENVIRONMENT", "", "", "B"),
        ],
        [
            (
                "Valparaíso region bans farm burning until April as fire season starts early",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Forestry officials count 212 wildfires since July, almost double the same "
                    "period last year"
                ),
                "Forestry officials",
                "count",
                "W",
            ),
        ],
        [
            ("By Ignacia Recabarren-Anwandter", "", "", "B"),
        ],
        [
            ("October 22, 2026 · 4 min read", "", "", "B"),
        ],
        [
            (
                "Brigade workers cut a firebreak in the hills above Viña del Mar on Wednesday.",
                "",
                "",
                "",
            ),
            ("Photo: Ignacia Recabarren-Anwandter / Pehuenlaf Daily", "", "", "B"),
        ],
        [
            (
                (
                    "Authorities in the Valparaíso region have banned all agricultural and "
                    "forestry burning from October 15 until April 30, a month earlier than "
                    "usual, after a dry winter left the hillsides covered in dead grass and "
                    "brush."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "The regional director of the national forestry agency, Pascuala "
                    "Icaza-Berroeta, said 212 wildfires had been recorded in the region since "
                    "July 1, compared with 109 in the same period of 2025."
                ),
                "Pascuala Icaza-Berroeta",
                "said",
                "W",
            ),
            (
                (
                    "She said rainfall in Valparaíso between May and September was 41 percent "
                    "below the long-term average."
                ),
                "Pascuala Icaza-Berroeta",
                "said",
                "W",
            ),
            (
                (
                    "She said 94 of the fires were started by people burning rubbish or "
                    "clearing land, and 31 are being investigated as deliberate."
                ),
                "Pascuala Icaza-Berroeta",
                "said",
                "W",
            ),
            (
                (
                    "The agency will have 58 brigades and 11 aircraft in the region this "
                    "season, up from 49 brigades last year, she said."
                ),
                "Pascuala Icaza-Berroeta",
                "said",
                "W",
            ),
            (
                "“Every spring we say the season is coming early.",
                "Pascuala Icaza-Berroeta",
                "said",
                "",
            ),
            ("This year it really has,” she said.", "Pascuala Icaza-Berroeta", "said", ""),
        ],
        [
            (
                (
                    "Fines for illegal burning range from 20 to 200 UF (about 800,000 to 8 "
                    "million pesos), and repeat offenders can face criminal charges, according "
                    "to the decree."
                ),
                "the decree",
                "according to",
                "W",
            ),
            (
                (
                    "The decree says angle grinders and welding gear may not be used outdoors "
                    "near vegetation on days with a high fire-risk alert."
                ),
                "The decree",
                "says",
                "W",
            ),
        ],
        [
            (
                (
                    "Related: How the megafires of 2024 changed the way Chilean cities plan for "
                    "smoke"
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "The fires of February 2024 destroyed whole hillside neighborhoods in Viña "
                    "del Mar and nearby Quilpué."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "In Viña del Mar, municipal emergency director Segismundo "
                    "Inostroza-Rivadeneira said crews had cleared 38 km of firebreaks around 14 "
                    "hillside neighborhoods since August and would finish another 22 km by "
                    "mid-November."
                ),
                "Segismundo Inostroza-Rivadeneira",
                "said",
                "W",
            ),
            (
                "“The firebreaks give the brigades a place to stand.",
                "Segismundo Inostroza-Rivadeneira",
                "said",
                "",
            ),
            (
                "On a windy day they will not stop a fire on their own,” he said.",
                "Segismundo Inostroza-Rivadeneira",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Herminda Carvacho-Mera, 58, whose house was one of the few on her street "
                    "to survive the 2024 fires, said neighbors had paid a contractor 350,000 "
                    "pesos to clear a vacant lot behind their homes."
                ),
                "Herminda Carvacho-Mera",
                "said",
                "",
            ),
            (
                "“We did not wait for anyone this time,” she said.",
                "Herminda Carvacho-Mera",
                "said",
                "",
            ),
            (
                (
                    "She said the municipality had promised in March to cut down the dry "
                    "eucalyptus in the ravine below her street but had not yet done so."
                ),
                "Herminda Carvacho-Mera",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Dr. Amancio Ruminot-Haverbeck, a fire ecologist at a university in "
                    "Valparaíso, said eucalyptus and pine plantations close to homes remain the "
                    "biggest risk, because they burn hotter and throw embers hundreds of meters "
                    "ahead of the flames."
                ),
                "Amancio Ruminot-Haverbeck",
                "said",
                "W",
            ),
            (
                (
                    "He said more than 60 percent of the area burned last season was plantation "
                    "or scrub within 2 km of houses."
                ),
                "Amancio Ruminot-Haverbeck",
                "said",
                "W",
            ),
            (
                (
                    "He said the burning ban was necessary but would not be enough without "
                    "inspections."
                ),
                "Amancio Ruminot-Haverbeck",
                "said",
                "",
            ),
            (
                "“A ban on paper does not put anyone on the hillsides to check,” he said.",
                "Amancio Ruminot-Haverbeck",
                "said",
                "",
            ),
        ],
        [
            ("Pehuenlaf Daily is funded by its readers.", "", "", "B"),
            (
                (
                    "Become a member from US$5 a month and help keep Chile’s news in English "
                    "free for everyone."
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            ("Join us", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                (
                    "Last season, wildfires burned 38,400 hectares in the region, according to "
                    "the forestry agency’s figures."
                ),
                "the forestry agency’s figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The agency asked residents to report smoke or illegal burning by calling 130.",
                "The agency",
                "asked",
                "",
            ),
        ],
        [
            ("Tags: wildfires · Valparaíso · Viña del Mar · drought", "", "", "B"),
        ],
        [
            ("More in Environment", "", "", "B"),
        ],
        [
            ("Humboldt penguin numbers stable on two northern islands, survey finds", "", "", "B"),
        ],
        [
            ("Santiago adds 40 electric buses to its eastern routes", "", "", "B"),
        ],
        [
            ("© 2026 Pehuenlaf Daily · Santiago, Chile · contacto@pehuenlaf.cl", "", "", "B"),
        ],
    ],
    [
        [
            ("Holmsworth Evening Star", "", "", "B"),
        ],
        [
            ("Live Scores | Fixtures | Tables | Transfers | Sign in", "", "", "B"),
        ],
        [
            ("News   Sport   What’s On   Property   Jobs   Announcements", "", "", "B"),
        ],
        [
            ("Sport › Football › Holmsworth Town", "", "", "B"),
        ],
        [
            ("Holmsworth Town 2 Oxleigh Rovers 1: Fenmarsh double keeps Town top", "", "", "W"),
        ],
        [
            (
                (
                    "Late header from 20-year-old striker settles derby in front of 3,412 at "
                    "Moorgarth Lane"
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            ("Eldon Wrentmore", "", "", "B"),
        ],
        [
            ("Holmsworth Town reporter", "", "", "B"),
        ],
        [
            ("Saturday 24 October 2026, 5:41 pm", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            (
                (
                    "Holmsworth Town stayed top of the National League North with a 2-1 win "
                    "over Oxleigh Rovers at Moorgarth Lane, thanks to two goals from "
                    "20-year-old Jaden Fenmarsh, the second in the 88th minute."
                ),
                "",
                "",
                "W",
            ),
            (
                (
                    "Town manager Kenelm Bradgate made two changes from last week’s goalless "
                    "draw at Hatchford, with Kiplow and Quarriston coming in."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Rovers went ahead in the 14th minute when Tristram Rookhurst headed in a "
                    "corner from the right."
                ),
                "",
                "",
                "W",
            ),
            (
                (
                    "Town were second best for most of the first half and might have been two "
                    "down had goalkeeper Cedric Priddoe not tipped a 25-yard shot onto the bar "
                    "on 31 minutes."
                ),
                "",
                "",
                "",
            ),
        ],
        [
            (
                (
                    "Fenmarsh levelled four minutes after the break, turning inside his marker "
                    "and finishing low into the far corner."
                ),
                "",
                "",
                "W",
            ),
            (
                (
                    "Priddoe made two more saves in the second half, the best of them a diving "
                    "stop from Cattermoor’s free kick on 67 minutes."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "The winner came two minutes from time, when substitute Ieuan Sealey "
                    "crossed from the left and Fenmarsh stooped to head in at the back post."
                ),
                "",
                "",
                "W",
            ),
            (
                (
                    "Rovers thought they had snatched a point in stoppage time, but Gerwyn "
                    "Marbeck’s header was ruled out for offside."
                ),
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
                (
                    "Get every Town story in your inbox – sign up for our free Holmsworth Town "
                    "newsletter."
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sign up", "", "", "B"),
        ],
        [
            (
                (
                    "Bradgate said: “It wasn’t pretty, and I told them at half-time we were "
                    "lucky to be only one down."
                ),
                "Kenelm Bradgate",
                "said",
                "",
            ),
            ("“But the lad has been brilliant all season.", "Kenelm Bradgate", "said", ""),
            ("Nine goals now, and he’s only 20.”", "Kenelm Bradgate", "said", "W"),
        ],
        [
            (
                (
                    "He added: “Cedric kept us in it before half-time, and the crowd dragged us "
                    "over the line.”"
                ),
                "Kenelm Bradgate",
                "added",
                "",
            ),
        ],
        [
            (
                (
                    "Rovers boss Algar Pemwick said he would be asking the league to look again "
                    "at the disallowed goal."
                ),
                "Algar Pemwick",
                "said",
                "",
            ),
            (
                "“I’ve watched it back three times and he’s onside by a yard,” he said.",
                "Algar Pemwick",
                "said",
                "",
            ),
            (
                ("He said his side had now had three goals ruled out in their last four matches."),
                "Algar Pemwick",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The win takes Town to 31 points from 14 games, three clear of "
                    "second-placed Hatchford United."
                ),
                "",
                "",
                "W",
            ),
            (
                (
                    "The crowd was Town’s biggest at Moorgarth Lane since the main stand was "
                    "rebuilt in 2019."
                ),
                "",
                "",
                "W",
            ),
            ("Town are at home to Farrowcliffe Athletic on Tuesday, kick-off 7.45pm.", "", "", "W"),
        ],
        [
            (
                (
                    "Holmsworth Town: Priddoe; Dunscombe, Prideham, Ellerthorpe, Tanhurst; "
                    "Mottersley, Quarriston (Bennison 71); Hatherall, Lowthian, Kiplow (Sealey "
                    "64); Fenmarsh."
                ),
                "",
                "",
                "",
            ),
        ],
        [
            ("Subs not used: Ashdowne, Rastrick, Yardwick.", "", "", ""),
        ],
        [
            (
                (
                    "Oxleigh Rovers: Brandrick; Coyston, Stanier, Marbeck, Eddleston; "
                    "Rookhurst, Thwaitham (Lupton 78); Cattermoor, Birtle, Osgodby; Faircliffe."
                ),
                "",
                "",
                "",
            ),
        ],
        [
            ("Booked: Quarriston, Rookhurst, Birtle.", "", "", ""),
        ],
        [
            ("Referee: Nathanael Strugnell.", "", "", ""),
        ],
        [
            ("Attendance: 3,412.", "", "", ""),
        ],
        [
            ("Most Read", "", "", "B"),
        ],
        [
            ("Town sign former academy defender on loan until January", "", "", "B"),
        ],
        [
            ("Moorgarth Lane to get new 600-seat stand by next season", "", "", "B"),
        ],
        [
            ("Comments (14)", "", "", "B"),
        ],
        [
            ("Join the conversation, but please stick to our community rules.", "", "", "B"),
        ],
        [
            ("Holmsworth Evening Star is published by Northstead Regional Media Ltd.", "", "", "B"),
            ("Registered in England and Wales No. 04419237.", "", "", "B"),
        ],
    ],
    [
        [
            ("The Garam Herald", "", "", "B"),
        ],
        [
            ("National   Business   Science   Culture   Sports   Opinion   Korean", "", "", "B"),
        ],
        [
            ("Science", "", "", "B"),
        ],
        [
            (
                "Daejeon team recovers 94% of lithium from used EV batteries without smelting",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Method cuts energy use by about two-thirds, researchers say; pilot plant "
                    "planned for 2028"
                ),
                "researchers",
                "say",
                "W",
            ),
        ],
        [
            ("By Pyeon Ye-rin", "", "", "B"),
        ],
        [
            ("Published : Oct. 21, 2026 - 15:42   Updated : Oct. 21, 2026 - 18:05", "", "", "B"),
        ],
        [
            ("Font size   A+   A-   |   Print   |   Share", "", "", "B"),
        ],
        [
            (
                (
                    "DAEJEON — Researchers at a state-funded science university in Daejeon have "
                    "found a way to recover 94.2 percent of the lithium from used electric "
                    "vehicle batteries at room temperature, cutting the energy needed for "
                    "recycling by about two-thirds, the team said Wednesday."
                ),
                "the team",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The team, led by Prof. Bae Seul-gi of the department of materials science "
                    "and engineering at the Hanseol Institute of Science and Technology, "
                    "published its findings in the journal Green Process Letters on Oct. 19."
                ),
                "",
                "",
                "W",
            ),
            (
                (
                    "The institute, founded in 1996, is one of four state-funded science and "
                    "technology universities in the country."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Bae said the method uses a water-based solution made from citric acid and "
                    "a weak electric current to pull lithium out of crushed battery material, "
                    "instead of melting the material at more than 1,400 degrees Celsius."
                ),
                "Bae Seul-gi",
                "said",
                "W",
            ),
            (
                "She said the process also recovers about 89 percent of the nickel and cobalt.",
                "Bae Seul-gi",
                "said",
                "W",
            ),
            (
                (
                    "She said the team tested the process on 40 battery packs collected from "
                    "scrapyards in Daejeon and Sejong over eight months."
                ),
                "Bae Seul-gi",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "A diagram shows how the process separates lithium from crushed battery "
                    "material."
                ),
                "",
                "",
                "",
            ),
            ("(Hanseol Institute of Science and Technology)", "", "", "B"),
        ],
        [
            (
                (
                    "“Smelting is fast, but it uses a great deal of energy and loses most of "
                    "the lithium in the slag,” Bae said."
                ),
                "Bae Seul-gi",
                "said",
                "W",
            ),
            (
                "“We wanted a process that a mid-sized recycler could actually afford to run.”",
                "Bae Seul-gi",
                "said",
                "",
            ),
        ],
        [
            ("“Two years ago our recovery rate was 61 percent.", "Bae Seul-gi", "said", "W"),
            ("Every month the students found something new,” Bae said.", "Bae Seul-gi", "said", ""),
        ],
        [
            (
                (
                    "She said she hoped to see recycled lithium from the process in new "
                    "batteries within five years."
                ),
                "Bae Seul-gi",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                (
                    "South Korea is expected to retire about 100,000 electric vehicle batteries "
                    "a year by 2030, according to an estimate by the environment ministry."
                ),
                "an estimate by the environment ministry",
                "according to",
                "",
            ),
            (
                (
                    "Most Korean recyclers use smelting or acid leaching, which recover 50 to "
                    "70 percent of the lithium, according to figures cited in the paper."
                ),
                "figures cited in the paper",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    "Prof. Cheon Geon-u, a chemical engineer at a Seoul university who was not "
                    "involved in the study, said the results were promising but had so far been "
                    "shown only at laboratory scale, on 5 kilograms of battery material a day."
                ),
                "Cheon Geon-u",
                "said",
                "W",
            ),
            (
                (
                    "“The real test is whether it still works at one ton a day, with batteries "
                    "of many different makes mixed together,” Cheon said."
                ),
                "Cheon Geon-u",
                "said",
                "",
            ),
            (
                (
                    "He said citric acid costs about a tenth as much as the sulfuric acid used "
                    "in most leaching plants."
                ),
                "Cheon Geon-u",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The research was funded by a 2.4 billion won ($1.7 million) grant from the "
                    "science ministry."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Bae said the team has applied for two patents and is in talks with a "
                    "recycling company in North Chungcheong Province about a pilot plant that "
                    "could process one ton a day from 2028."
                ),
                "Bae Seul-gi",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "A recycling industry association said in a statement that its 23 member "
                    "companies processed 31,000 tons of battery waste last year."
                ),
                "A recycling industry association",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                (
                    "Journal reference: Bae S, Hwang J, Yoo D, et al. Room-temperature "
                    "electrochemical leaching of lithium from spent cathode material. Green "
                    "Process Lett. 2026;8(4):211-219."
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            ("pyeonyerin@garamherald.co.kr", "", "", "B"),
        ],
        [
            ("Related Articles", "", "", "B"),
        ],
        [
            ("Battery makers’ exports fall for third month", "", "", "B"),
        ],
        [
            ("Seoul to fund 30 research labs in regional universities", "", "", "B"),
        ],
        [
            ("Most Popular", "", "", "B"),
        ],
        [
            ("1", "", "", "B"),
        ],
        [
            ("Subway fares to rise by 150 won from January", "", "", "B"),
        ],
        [
            ("2", "", "", "B"),
        ],
        [
            ("Typhoon remnants bring heavy rain to Jeju", "", "", "B"),
        ],
        [
            ("ⓒ The Garam Herald.", "", "", "B"),
            ("Unauthorized reproduction and redistribution prohibited.", "", "", "B"),
        ],
    ],
    [
        [
            ("KIPAWA DAILY", "", "", "B"),
        ],
        [
            ("Tuesday, October 20, 2026 | ePaper | Advertise with us", "", "", "B"),
        ],
        [
            (
                (
                    "News | Business | Agriculture | Politics | Sport | Features | Opinion | "
                    "Kiswahili"
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            ("Agriculture", "", "", "B"),
        ],
        [
            (
                "Kilimanjaro coffee farmers to get Sh7,400 a kilo as auction prices climb",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Cooperative union says payments will reach farmers within 14 days of sale",
                "the Kilemande Farmers Cooperative Union",
                "says",
                "W",
            ),
        ],
        [
            ("By Anyesi Mwasalyanda", "", "", "B"),
        ],
        [
            ("More by this Author", "", "", "B"),
        ],
        [
            (
                (
                    "A farmer sorts coffee cherries at a primary society in Uru, Moshi "
                    "District, last month."
                ),
                "",
                "",
                "",
            ),
            ("PHOTO | FILE", "", "", "B"),
        ],
        [
            (
                (
                    "Moshi. Coffee farmers in Kilimanjaro Region will be paid Sh7,400 for every "
                    "kilo of arabica parchment sold through their cooperative union this "
                    "season, up from Sh5,900 last season, after prices rose at the weekly "
                    "coffee auction in Moshi."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "The average price for mild arabica at the auction rose from $4.10 a kilo "
                    "in July to $5.62 last week, according to the auction’s weekly report."
                ),
                "the auction’s weekly report",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    "The general manager of the Kilemande Farmers Cooperative Union, Mr "
                    "Elisante Mrosso-Kimaro, said the union sold 412 tonnes of parchment at "
                    "last Thursday’s auction at an average of $5.62 a kilo."
                ),
                "Elisante Mrosso-Kimaro",
                "said",
                "W",
            ),
            (
                (
                    "He said the union has 38 primary societies with about 14,600 registered "
                    "members."
                ),
                "Elisante Mrosso-Kimaro",
                "said",
                "W",
            ),
            (
                (
                    "He said farmers would be paid through their primary cooperative societies "
                    "within 14 days of each sale, after the union deducts Sh350 a kilo for "
                    "processing, transport and levies."
                ),
                "Elisante Mrosso-Kimaro",
                "said",
                "W",
            ),
            (
                "He said the union’s next lot, about 260 tonnes, goes to auction on Thursday.",
                "Elisante Mrosso-Kimaro",
                "said",
                "W",
            ),
            (
                "“Last season some farmers waited two months for their money.",
                "Elisante Mrosso-Kimaro",
                "said",
                "W",
            ),
            ("That will not happen again,” he said.", "Elisante Mrosso-Kimaro", "said", ""),
        ],
        [
            ("ALSO READ: Arusha growers turn to avocado as maize prices fall", "", "", "B"),
        ],
        [
            (
                (
                    "Kilimanjaro Regional Agricultural Adviser Dr Rahabu Lyimo-Kessy said "
                    "coffee production in the region rose to 9,800 tonnes in the 2025/26 season "
                    "from 8,100 tonnes a year earlier, helped by the distribution of 1.2 "
                    "million free seedlings."
                ),
                "Rahabu Lyimo-Kessy",
                "said",
                "W",
            ),
            (
                (
                    "She said 68 extension officers had been hired in the region’s seven "
                    "districts since January."
                ),
                "Rahabu Lyimo-Kessy",
                "said",
                "W",
            ),
            (
                "She said the region aims to produce 15,000 tonnes a year by 2030.",
                "Rahabu Lyimo-Kessy",
                "said",
                "",
            ),
            (
                (
                    "She advised farmers to prune old trees and apply manure before the short "
                    "rains begin in November."
                ),
                "Rahabu Lyimo-Kessy",
                "advised",
                "",
            ),
        ],
        [
            (
                (
                    "Mr Anaeli Mallya-Swai, 64, a farmer in Uru Kaskazini, said he had "
                    "delivered 380 kilos of parchment this season from his 600 trees."
                ),
                "Anaeli Mallya-Swai",
                "said",
                "",
            ),
            (
                "He said his primary society paid him for last season’s coffee only in March.",
                "Anaeli Mallya-Swai",
                "said",
                "W",
            ),
            (
                (
                    "“With this price I can pay school fees for my grandchildren without "
                    "selling a cow,” he said."
                ),
                "Anaeli Mallya-Swai",
                "said",
                "",
            ),
            ("“But the price of fertiliser has also gone up.", "Anaeli Mallya-Swai", "said", "W"),
            ("Who will help us with that?”", "Anaeli Mallya-Swai", "said", ""),
        ],
        [
            (
                (
                    "Private buyers at the farm gate were offering between Sh5,500 and Sh6,000 "
                    "a kilo this week, farmers in Uru and Kibosho said."
                ),
                "farmers in Uru and Kibosho",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("ALSO READ: Moshi airport cargo shed to handle fresh produce exports", "", "", "B"),
        ],
        [
            (
                (
                    "Tanzania exported 71,300 tonnes of coffee worth $296 million in the "
                    "2025/26 season, according to the national coffee regulator."
                ),
                "the national coffee regulator",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    "Moshi District Cooperative Officer Yusuph Nkwabi-Minja said three primary "
                    "societies are under investigation over the loss of Sh46 million of "
                    "farmers’ money last season."
                ),
                "Yusuph Nkwabi-Minja",
                "said",
                "W",
            ),
            (
                "He said the results of the audit would be made public once it is complete.",
                "Yusuph Nkwabi-Minja",
                "said",
                "",
            ),
            (
                "“Farmers should ask for a receipt every time they deliver coffee,” he said.",
                "Yusuph Nkwabi-Minja",
                "said",
                "",
            ),
        ],
        [
            ("Share on: Facebook | X | WhatsApp | Email", "", "", "B"),
        ],
        [
            ("READ MORE", "", "", "B"),
        ],
        [
            ("Tea pickers in Njombe demand new rates", "", "", "B"),
        ],
        [
            ("Government to import 200,000 tonnes of fertiliser before short rains", "", "", "B"),
        ],
        [
            ("Got a story?", "", "", "B"),
            ("WhatsApp us on +255 754 555 019", "", "", "B"),
        ],
        [
            ("© 2026 Kipawa Communications Ltd", "", "", "B"),
        ],
    ],
    [
        [
            ("The Arrayán Post", "", "", "B"),
        ],
        [
            ("News from Guadalajara and western Mexico, in English", "", "", "B"),
        ],
        [
            ("Home   News   Culture   Food   Travel   Expat Life   Opinion   Events", "", "", "B"),
        ],
        [
            ("Culture", "", "", "B"),
        ],
        [
            (
                (
                    "Guadalajara’s Teatro Cantera Dorada reopens after four-year, "
                    "212-million-peso restoration"
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "First season of 46 performances includes free Sunday concerts; tickets "
                    "start at 150 pesos"
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            ("Written by Xóchitl Ocotlán-Barrón", "", "", "B"),
        ],
        [
            ("Posted on October 26, 2026", "", "", "B"),
        ],
        [
            (
                (
                    "The restored ceiling of the Teatro Cantera Dorada, photographed during a "
                    "press tour on Thursday."
                ),
                "",
                "",
                "",
            ),
            ("Photo: Xóchitl Ocotlán-Barrón", "", "", "B"),
        ],
        [
            (
                (
                    "The Teatro Cantera Dorada, the 19th-century theater on Av. Tepehuaje in "
                    "the historic center, reopened to the public on Saturday night after a "
                    "four-year restoration that cost 212 million pesos (about US $11.6 "
                    "million), paid for by the state and federal governments."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Jalisco’s culture secretary, Eréndira Berenguer-Tapiero, said workers "
                    "repaired the roof, replaced 1,100 seats, restored the painted ceiling and "
                    "installed a new fire-safety system and an elevator, the building’s first."
                ),
                "Eréndira Berenguer-Tapiero",
                "said",
                "W",
            ),
            (
                (
                    "“For four years people walked past a building covered in scaffolding and "
                    "wondered if it would ever open again,” she said."
                ),
                "Eréndira Berenguer-Tapiero",
                "said",
                "",
            ),
            ("“Tonight they have their answer.”", "Eréndira Berenguer-Tapiero", "said", ""),
            (
                (
                    "She said the state hoped to restore two more historic theaters in Jalisco "
                    "by 2030."
                ),
                "Eréndira Berenguer-Tapiero",
                "said",
                "",
            ),
        ],
        [
            (
                "The theater opened in 1881 and was declared a historic monument in 1972.",
                "",
                "",
                "W",
            ),
            (
                (
                    "It closed in September 2022 after engineers found cracks in two of the "
                    "beams that hold up the roof."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "About 180 workers and restorers took part in the project, including a team "
                    "of 14 who cleaned the ceiling’s murals by hand, according to the state "
                    "culture department."
                ),
                "the state culture department",
                "according to",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                (
                    "The theater’s director, Ulises Marroquín-Jalife, said the first season, "
                    "which runs until June, includes 46 performances of opera, dance, theater "
                    "and music, and that 40 percent of the tickets will cost 300 pesos or less."
                ),
                "Ulises Marroquín-Jalife",
                "said",
                "W",
            ),
            (
                (
                    "He said the city’s philharmonic orchestra will give free concerts on the "
                    "last Sunday of every month, starting Nov. 29 at 12:30 p.m."
                ),
                "Ulises Marroquín-Jalife",
                "said",
                "W",
            ),
            (
                "He said 9,000 tickets for the first month’s shows had been sold by Friday.",
                "Ulises Marroquín-Jalife",
                "said",
                "W",
            ),
            (
                "“People have been waiting, and it shows,” he said.",
                "Ulises Marroquín-Jalife",
                "said",
                "",
            ),
        ],
        [
            ("Enjoying our coverage?", "", "", "B"),
            ("The Arrayán Post is paid for by its readers, not by advertisers alone.", "", "", "B"),
            ("Become a member for 90 pesos a month.", "", "", "B"),
        ],
        [
            (
                (
                    "Violinist Amaranta Santillán-Mireles, 34, who played in the orchestra at "
                    "the opening gala, said she first performed on the stage at age 11, in a "
                    "children’s choir."
                ),
                "Amaranta Santillán-Mireles",
                "said",
                "",
            ),
            ("“The sound is warmer than I remember.", "Amaranta Santillán-Mireles", "said", ""),
            (
                "Maybe that is nostalgia, maybe it is the new wood!” she said, laughing.",
                "Amaranta Santillán-Mireles",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Eusebio Zamacona-Lara, a taxi driver who has worked the rank outside the "
                    "theater for 20 years, said business on the street had been slow since it "
                    "closed."
                ),
                "Eusebio Zamacona-Lara",
                "said",
                "",
            ),
            ("“On Saturday I took six fares in an hour.", "Eusebio Zamacona-Lara", "said", ""),
            (
                "Before, I could wait all night for one,” he said.",
                "Eusebio Zamacona-Lara",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Not everyone was celebrating: the independent theater group Colectivo "
                    "Telón Suelto said in an open letter published Friday that only three of "
                    "the season’s 46 performances are by local independent companies."
                ),
                "Colectivo Telón Suelto",
                "said in an open letter",
                "W",
            ),
            (
                (
                    "The letter was signed by 31 theater companies and 140 actors, dancers and "
                    "technicians."
                ),
                "",
                "",
                "W",
            ),
            (
                (
                    "Berenguer-Tapiero said the state will open a call for local productions "
                    "for the second half of the season in January."
                ),
                "Eréndira Berenguer-Tapiero",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Tickets are sold at the box office from 10 a.m. to 7 p.m., Tuesday to "
                    "Sunday, and online at boletos.teatrocanteradorada.mx."
                ),
                "",
                "",
                "",
            ),
        ],
        [
            (
                (
                    "Xóchitl Ocotlán-Barrón is a journalist in Guadalajara who writes about the "
                    "arts."
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            ("Share this: Facebook · WhatsApp · Email", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Guadalajara’s book fair to honor Chilean poets this year", "", "", "B"),
        ],
        [
            ("Mariachi festival draws record crowds to the Plaza de la Liberación", "", "", "B"),
        ],
        [
            (
                (
                    "We publish comments that are civil and on topic; your email address stays "
                    "private."
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 The Arrayán Post · Guadalajara, Jalisco", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h61-nz-quote-split-inside-marks",
        (
            "“People told us very clearly that they are hurting, and we listened,” Pelleray "
            "said. “But the reservoir is not optional. Te Awanui has had three boil-water "
            "notices in two years.”"
        ),
        [
            (
                "“People told us very clearly that they are hurting, and we listened,” "
                "Pelleray said."
            ),
            "“But the reservoir is not optional.",
            "Te Awanui has had three boil-water notices in two years.”",
        ],
    ),
    (
        "h61-nz-dollar-commas-she-said",
        (
            "She said the average residential ratepayer would pay $2,297 a year, up from "
            "$2,113. Rural ratepayers face a smaller rise of 5.9 per cent because most of "
            "the new water spending is on the town supply, she said."
        ),
        [
            ("She said the average residential ratepayer would pay $2,297 a year, up from $2,113."),
            (
                "Rural ratepayers face a smaller rise of 5.9 per cent because most of the "
                "new water spending is on the town supply, she said."
            ),
        ],
    ),
    (
        "h61-ie-det-gda-told-the-court",
        (
            "Det. Gda. Fearghal Dunnigar told the court that Quillinane filled a company "
            "tanker with diesel after hours and sold the fuel at a discount to farmers and "
            "hauliers in the area. He said the thefts came to light when a stock check at "
            "the Derrymoyle depot in September 2025 found a shortfall of almost 39,000 "
            "litres."
        ),
        [
            (
                "Det. Gda. Fearghal Dunnigar told the court that Quillinane filled a "
                "company tanker with diesel after hours and sold the fuel at a discount to "
                "farmers and hauliers in the area."
            ),
            (
                "He said the thefts came to light when a stock check at the Derrymoyle "
                "depot in September 2025 found a shortfall of almost 39,000 litres."
            ),
        ],
    ),
    (
        "h61-ie-age-in-brackets",
        (
            "A fuel depot worker who stole diesel worth €48,600 from his employer over 18 "
            "months has been given a two-year suspended sentence at Bealcarra Circuit "
            "Criminal Court. Cillín Quillinane (41), of Fenlough Road, Derrymoyle, pleaded "
            "guilty to 22 counts of theft between March 2024 and September 2025."
        ),
        [
            (
                "A fuel depot worker who stole diesel worth €48,600 from his employer over "
                "18 months has been given a two-year suspended sentence at Bealcarra "
                "Circuit Criminal Court."
            ),
            (
                "Cillín Quillinane (41), of Fenlough Road, Derrymoyle, pleaded guilty to 22 "
                "counts of theft between March 2024 and September 2025."
            ),
        ],
    ),
    (
        "h61-ie-bl-then-ms-quote",
        (
            "Defence counsel Sláine Garavan BL said her client had built up gambling debts "
            "of more than €30,000 on his phone and had been attending addiction counselling "
            "since January. She said he had repaid €20,000 from the sale of a car and a "
            "loan from his parents, and had brought a further €5,000 to court. She said he "
            "lost his job at the depot when the thefts were discovered and now works three "
            "days a week on a relative’s farm. “He is deeply ashamed, and he knows he has "
            "let down an employer who was good to him,” Ms Garavan said."
        ),
        [
            (
                "Defence counsel Sláine Garavan BL said her client had built up gambling "
                "debts of more than €30,000 on his phone and had been attending addiction "
                "counselling since January."
            ),
            (
                "She said he had repaid €20,000 from the sale of a car and a loan from his "
                "parents, and had brought a further €5,000 to court."
            ),
            (
                "She said he lost his job at the depot when the thefts were discovered and "
                "now works three days a week on a relative’s farm."
            ),
            (
                "“He is deeply ashamed, and he knows he has let down an employer who was "
                "good to him,” Ms Garavan said."
            ),
        ],
    ),
    (
        "h61-ng-quote-fact-then-advice",
        (
            "“Most of the patients we are seeing came from the same few streets where "
            "people rely on shallow wells,” she said. “If you have watery stooling, please "
            "go to the nearest health facility at once. Do not wait, and do not take herbal "
            "mixtures at home.”"
        ),
        [
            (
                "“Most of the patients we are seeing came from the same few streets where "
                "people rely on shallow wells,” she said."
            ),
            ("“If you have watery stooling, please go to the nearest health facility at once."),
            "Do not wait, and do not take herbal mixtures at home.”",
        ],
    ),
    (
        "h61-ng-naira-quoted-question",
        (
            "“We buy sachet water to drink now, ₦50 for one, but for cooking and washing we "
            "still use the well in our compound,” she said. “Where else will we get water?”"
        ),
        [
            (
                "“We buy sachet water to drink now, ₦50 for one, but for cooking and "
                "washing we still use the well in our compound,” she said."
            ),
            "“Where else will we get water?”",
        ],
    ),
    (
        "h61-ng-hon-then-urged",
        (
            "The Chairman of Ibadan North-East Local Government, Hon. Raufu "
            "Akinbode-Bamiduro, said the council had begun clearing 14 blocked drains in "
            "the area and would distribute water purification tablets to households from "
            "Tuesday. He urged residents to stop dumping refuse in drains, warning that "
            "offenders would be prosecuted."
        ),
        [
            (
                "The Chairman of Ibadan North-East Local Government, Hon. Raufu "
                "Akinbode-Bamiduro, said the council had begun clearing 14 blocked drains "
                "in the area and would distribute water purification tablets to households "
                "from Tuesday."
            ),
            (
                "He urged residents to stop dumping refuse in drains, warning that "
                "offenders would be prosecuted."
            ),
        ],
    ),
    (
        "h61-ca-am-time-quote",
        (
            "Principal Peveril Wrenholme said the school turned its library and music room "
            "into classrooms last year and now serves lunch in three shifts, the first "
            "starting at 10:50 a.m. “The kids are resilient, but eating lunch before 11 is "
            "nobody’s idea of a good day,” he said."
        ),
        [
            (
                "Principal Peveril Wrenholme said the school turned its library and music "
                "room into classrooms last year and now serves lunch in three shifts, the "
                "first starting at 10:50 a.m."
            ),
            (
                "“The kids are resilient, but eating lunch before 11 is nobody’s idea of a "
                "good day,” he said."
            ),
        ],
    ),
    (
        "h61-ca-nov-pm-times",
        (
            "Families can tour one of the new units at an open house on Nov. 3 from 6 p.m. "
            "to 7:30 p.m., Marcheterre said."
        ),
        [
            (
                "Families can tour one of the new units at an open house on Nov. 3 from 6 "
                "p.m. to 7:30 p.m., Marcheterre said."
            ),
        ],
    ),
    (
        "h61-ca-email-at-end",
        (
            "Clemmie Langthorne covers education for Tallmast News. She can be reached at "
            "clemmie.langthorne@tallmastnews.ca."
        ),
        [
            "Clemmie Langthorne covers education for Tallmast News.",
            "She can be reached at clemmie.langthorne@tallmastnews.ca.",
        ],
    ),
    (
        "h61-ph-engr-title",
        (
            "Engr. Florencio Paguntalan-Ypanto, head of the city transportation office, "
            "said the buses made 146 trips and carried 5,380 passengers on the first day. "
            "He said the fare is fixed at ₱15 for the whole route, with a 20 percent "
            "discount for students, senior citizens and persons with disabilities."
        ),
        [
            (
                "Engr. Florencio Paguntalan-Ypanto, head of the city transportation office, "
                "said the buses made 146 trips and carried 5,380 passengers on the first "
                "day."
            ),
            (
                "He said the fare is fixed at ₱15 for the whole route, with a 20 percent "
                "discount for students, senior citizens and persons with disabilities."
            ),
        ],
    ),
    (
        "h61-ph-quote-question-asked",
        (
            "“We are not against the buses. But if they stay, where will 140 drivers go?” "
            "Abadiano-Lauron asked."
        ),
        [
            "“We are not against the buses.",
            "But if they stay, where will 140 drivers go?” Abadiano-Lauron asked.",
        ],
    ),
    (
        "h61-ph-ma-councilor",
        (
            "Councilor Ma. Milagrosa Dagatanon-Estopa, who chairs the city council’s "
            "committee on transportation, said she would file a resolution asking that "
            "displaced jeepney drivers be given first priority when the bus operator hires. "
            "She said the operator, a consortium of two local firms, has hired 46 drivers "
            "so far."
        ),
        [
            (
                "Councilor Ma. Milagrosa Dagatanon-Estopa, who chairs the city council’s "
                "committee on transportation, said she would file a resolution asking that "
                "displaced jeepney drivers be given first priority when the bus operator "
                "hires."
            ),
            (
                "She said the operator, a consortium of two local firms, has hired 46 "
                "drivers so far."
            ),
        ],
    ),
    (
        "h61-my-dateline-said",
        (
            "GEORGE TOWN: Varnex Microsystems will build a RM1.2bil semiconductor testing "
            "and packaging plant in Batu Kawan that will create about 1,400 jobs when it is "
            "fully running, the company said yesterday. Building the first phase is "
            "expected to create about 900 temporary construction jobs, the company said."
        ),
        [
            (
                "GEORGE TOWN: Varnex Microsystems will build a RM1.2bil semiconductor "
                "testing and packaging plant in Batu Kawan that will create about 1,400 "
                "jobs when it is fully running, the company said yesterday."
            ),
            (
                "Building the first phase is expected to create about 900 temporary "
                "construction jobs, the company said."
            ),
        ],
    ),
    (
        "h61-my-decimals-filing",
        (
            "The announcement came a day after Varnex’s parent, Varnex Holdings Bhd, "
            "reported a net profit of RM84.6mil for the first quarter ended Aug 31, up "
            "22.3% from RM69.2mil a year earlier. Revenue rose 18.4% to RM612.3mil on "
            "stronger demand for automotive and data-centre chips, it said in a filing with "
            "the stock exchange."
        ),
        [
            (
                "The announcement came a day after Varnex’s parent, Varnex Holdings Bhd, "
                "reported a net profit of RM84.6mil for the first quarter ended Aug 31, up "
                "22.3% from RM69.2mil a year earlier."
            ),
            (
                "Revenue rose 18.4% to RM612.3mil on stronger demand for automotive and "
                "data-centre chips, it said in a filing with the stock exchange."
            ),
        ],
    ),
    (
        "h61-my-ap-name-union",
        (
            "Saraswathy a/p Marimuthu, secretary of the Northern Electronics Employees "
            "Union, said the union welcomed the jobs but wanted production operators to be "
            "paid at least RM2,200 a month, above the national minimum wage of RM1,700. She "
            "said the union represents about 8,500 workers at 19 factories on the island "
            "and the mainland."
        ),
        [
            (
                "Saraswathy a/p Marimuthu, secretary of the Northern Electronics Employees "
                "Union, said the union welcomed the jobs but wanted production operators to "
                "be paid at least RM2,200 a month, above the national minimum wage of "
                "RM1,700."
            ),
            (
                "She said the union represents about 8,500 workers at 19 factories on the "
                "island and the mainland."
            ),
        ],
    ),
    (
        "h61-my-question-furniture",
        "Found a mistake in this article? Report it to us.",
        [
            "Found a mistake in this article?",
            "Report it to us.",
        ],
    ),
    (
        "h61-us-am-and-n-main-st",
        (
            "Police Chief Graciela Solórzano-Pickrell said an officer on patrol saw a "
            "pickup idling behind Malpais Community Church at about 2:40 a.m. Tuesday and "
            "found two men under a parked church van with a battery-powered saw. She said "
            "officers later found 11 converters in a storage unit on N. Main St. rented in "
            "Spohrer’s name. She said eight of the 14 vehicles were church or school vans, "
            "which sit higher off the ground and are easier to crawl under."
        ),
        [
            (
                "Police Chief Graciela Solórzano-Pickrell said an officer on patrol saw a "
                "pickup idling behind Malpais Community Church at about 2:40 a.m. Tuesday "
                "and found two men under a parked church van with a battery-powered saw."
            ),
            (
                "She said officers later found 11 converters in a storage unit on N. Main "
                "St. rented in Spohrer’s name."
            ),
            (
                "She said eight of the 14 vehicles were church or school vans, which sit "
                "higher off the ground and are easier to crawl under."
            ),
        ],
    ),
    (
        "h61-us-lt-quote",
        (
            "Lt. Lisandro Rentería-Lindemark, who supervises the department’s property "
            "crimes unit, said a converter can sell for $150 to $400 to scrap buyers, "
            "depending on the metals inside. “Somebody who knows what they’re doing can be "
            "in and out from under a car in 90 seconds,” he said."
        ),
        [
            (
                "Lt. Lisandro Rentería-Lindemark, who supervises the department’s property "
                "crimes unit, said a converter can sell for $150 to $400 to scrap buyers, "
                "depending on the metals inside."
            ),
            (
                "“Somebody who knows what they’re doing can be in and out from under a car "
                "in 90 seconds,” he said."
            ),
        ],
    ),
    (
        "h61-us-editors-note",
        (
            "Editor’s note: Criminal charges are only accusations. Everyone charged with a "
            "crime is presumed innocent until proven guilty in court."
        ),
        [
            "Editor’s note: Criminal charges are only accusations.",
            ("Everyone charged with a crime is presumed innocent until proven guilty in court."),
        ],
    ),
    (
        "h61-cl-uf-pesos-brackets",
        (
            "Fines for illegal burning range from 20 to 200 UF (about 800,000 to 8 million "
            "pesos), and repeat offenders can face criminal charges, according to the "
            "decree. The decree says angle grinders and welding gear may not be used "
            "outdoors near vegetation on days with a high fire-risk alert."
        ),
        [
            (
                "Fines for illegal burning range from 20 to 200 UF (about 800,000 to 8 "
                "million pesos), and repeat offenders can face criminal charges, according "
                "to the decree."
            ),
            (
                "The decree says angle grinders and welding gear may not be used outdoors "
                "near vegetation on days with a high fire-risk alert."
            ),
        ],
    ),
    (
        "h61-cl-dr-ecologist",
        (
            "Dr. Amancio Ruminot-Haverbeck, a fire ecologist at a university in Valparaíso, "
            "said eucalyptus and pine plantations close to homes remain the biggest risk, "
            "because they burn hotter and throw embers hundreds of meters ahead of the "
            "flames. He said more than 60 percent of the area burned last season was "
            "plantation or scrub within 2 km of houses."
        ),
        [
            (
                "Dr. Amancio Ruminot-Haverbeck, a fire ecologist at a university in "
                "Valparaíso, said eucalyptus and pine plantations close to homes remain the "
                "biggest risk, because they burn hotter and throw embers hundreds of meters "
                "ahead of the flames."
            ),
            (
                "He said more than 60 percent of the area burned last season was plantation "
                "or scrub within 2 km of houses."
            ),
        ],
    ),
    (
        "h61-gb-ltd-company-no",
        (
            "Holmsworth Evening Star is published by Northstead Regional Media Ltd. "
            "Registered in England and Wales No. 04419237."
        ),
        [
            "Holmsworth Evening Star is published by Northstead Regional Media Ltd.",
            "Registered in England and Wales No. 04419237.",
        ],
    ),
    (
        "h61-kr-prof-oct-date",
        (
            "The team, led by Prof. Bae Seul-gi of the department of materials science and "
            "engineering at the Hanseol Institute of Science and Technology, published its "
            "findings in the journal Green Process Letters on Oct. 19. The institute, "
            "founded in 1996, is one of four state-funded science and technology "
            "universities in the country."
        ),
        [
            (
                "The team, led by Prof. Bae Seul-gi of the department of materials science "
                "and engineering at the Hanseol Institute of Science and Technology, "
                "published its findings in the journal Green Process Letters on Oct. 19."
            ),
            (
                "The institute, founded in 1996, is one of four state-funded science and "
                "technology universities in the country."
            ),
        ],
    ),
    (
        "h61-kr-journal-reference",
        (
            "Journal reference: Bae S, Hwang J, Yoo D, et al. Room-temperature "
            "electrochemical leaching of lithium from spent cathode material. Green Process "
            "Lett. 2026;8(4):211-219."
        ),
        [
            (
                "Journal reference: Bae S, Hwang J, Yoo D, et al. Room-temperature "
                "electrochemical leaching of lithium from spent cathode material. Green "
                "Process Lett. 2026;8(4):211-219."
            ),
        ],
    ),
    (
        "h61-tz-moshi-dateline",
        (
            "Moshi. Coffee farmers in Kilimanjaro Region will be paid Sh7,400 for every "
            "kilo of arabica parchment sold through their cooperative union this season, up "
            "from Sh5,900 last season, after prices rose at the weekly coffee auction in "
            "Moshi."
        ),
        [
            (
                "Moshi. Coffee farmers in Kilimanjaro Region will be paid Sh7,400 for every "
                "kilo of arabica parchment sold through their cooperative union this "
                "season, up from Sh5,900 last season, after prices rose at the weekly "
                "coffee auction in Moshi."
            ),
        ],
    ),
    (
        "h61-mx-av-and-us-dollars",
        (
            "The Teatro Cantera Dorada, the 19th-century theater on Av. Tepehuaje in the "
            "historic center, reopened to the public on Saturday night after a four-year "
            "restoration that cost 212 million pesos (about US $11.6 million), paid for by "
            "the state and federal governments."
        ),
        [
            (
                "The Teatro Cantera Dorada, the 19th-century theater on Av. Tepehuaje in "
                "the historic center, reopened to the public on Saturday night after a "
                "four-year restoration that cost 212 million pesos (about US $11.6 "
                "million), paid for by the state and federal governments."
            ),
        ],
    ),
    (
        "h61-mx-exclamation-laughing",
        (
            "“The sound is warmer than I remember. Maybe that is nostalgia, maybe it is the "
            "new wood!” she said, laughing."
        ),
        [
            "“The sound is warmer than I remember.",
            "Maybe that is nostalgia, maybe it is the new wood!” she said, laughing.",
        ],
    ),
    (
        "h61-mx-nov-pm-then-he-said",
        (
            "He said the city’s philharmonic orchestra will give free concerts on the last "
            "Sunday of every month, starting Nov. 29 at 12:30 p.m. He said 9,000 tickets "
            "for the first month’s shows had been sold by Friday."
        ),
        [
            (
                "He said the city’s philharmonic orchestra will give free concerts on the "
                "last Sunday of every month, starting Nov. 29 at 12:30 p.m."
            ),
            "He said 9,000 tickets for the first month’s shows had been sold by Friday.",
        ],
    ),
]
