"""
Eighty-sixth set of new hand-labelled pages for the hint engines (tuning set, round thirty-eight):
twelve WHOLE pages, head to tail, of everyday news from twelve countries (Ghana, Nigeria, the
Philippines, Malaysia, New Zealand, Ireland, Canada (Manitoba), Trinidad and Tobago, Bangladesh,
Nepal, South Africa and Australia (Queensland)), where ATTRIBUTION and SPEAKERS are the hard part
and CHECK-WORTHINESS is hard too: people named once in full and then by surname, by role ("the
headmistress", "The commissioner", "The UNO", "The CDO", "The DSP", "the MEC", "The Secretary",
"The TD", "The mayor", "The PTA chairman"), by honorific with a given name ("Madam
Keklie-Wotordzi", "Matua Hēmi", "Aunty Dulcie", "Rudzaini said" for a Malay mayor) or by pronoun,
with two people of the same gender alternating on every page; roles and titles before and after
names in each country's traditions (Mrs, Madam, Hon., Togbe with a regnal numeral, Engr., Dr.,
Chief, Atty., the Filipino Ma., Mrs., Engr., Councilor, Datuk, Madam, an Indian initial, Kaumātua,
Matua, Dr, Fr., Cllr, TD, Deputy, MLA, Mayor, Reeve, Ms, Dr, Assemblyman, A.K.M., Md., Mst., Begum,
Er., DSP, Ward Chair, MEC, Inkosi, Gogo, Cr, Aunty); quotes split around the attribution; quotes
running over two paragraphs with no closing mark at the end of the first; speakers named after the
quote; "according to" an assessment, a tariff schedule, an ordinance, data, figures, a sailing
schedule, a relief office, a road office's log, invoices and sighting records; reported speech
without quotation marks; statements posted on Facebook, emailed, given in a press release, signed
by a press secretary or a PRO, read out by a linguist, a parish priest and a communications
adviser; unnamed officials, employees, a paramedic, a crew member, a principal and spokespeople;
organisations that said something and later "It said"; a short Q&A block on the New Zealand page;
statements of record beside opinions, hopes, plans and forecasts; figures beside feelings in
quotes. The pages hold 520 sentences: 199 "B", 188 "W" and 133 ""; 284 sentences carry a speaker.
`STYLES` describes each page, its speakers and its furniture in order.

Written from scratch for issue 13 in round thirty-eight, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under
`docs/` or `tests/benchmarks/`, and no README of the project was read; `claimreview` was never
imported, and no test, scorer, engine or `pytest` was run. The search and fetch tools were not
used, and nothing was copied from anywhere. The brief's folder was listed (it held only the brief)
and the brief was read; /tmp/sets was listed (empty). What was read for the format: the module
docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with `ast.get_docstring`);
the module docstrings of `labelled_new83.py` and `labelled_new84.py` (printed with
`ast.get_docstring` in one listing whose middle the tool cut; the listing was saved to a file in
/tmp and the cut stretch printed from it with `sed`, so both were read whole); from
`labelled_new84.py`, written by a script of my own that uses `ast` to files in /tmp: the import
line, `STYLES` (whole), and the first two pages and first eight `CASES` printed one sentence tuple
a line, lines cut to 700 characters; from `labelled_new83.py`: the first two pages and first eight
`CASES` printed the same way (lines cut to 600 characters) and the first three `STYLES` entries (a
`grep -A3` of the listing; the other nine were not seen); `build` in `labelled_articles.py` (a
`grep -n "def build" -A15` listing); the `[tool.ruff]` tables of `pyproject.toml` (a `grep -A12`
listing); and, from `labelled_new84.py`, its first five lines and a `grep -n` of its top-level
names and `noqa` lines. No other page, case or docstring of any file under `tests/` was read. What
was run: a Python one-liner printing the calendars of August and September 2026 to check weekdays;
scripts of my own in /tmp that turn a small line format into the literals below, rename coined
names, cut the split cases out of the pages and count sentences, flags and speakers; an import of
this file with `build` on every page; a checking script of my own (four string fields, flags, a cue
for every speaker and a speaker for every cue, no speaker on furniture, the counts above, 30
distinct case ids, every split case occurring verbatim in a built page and equal to its sentences
joined by single spaces); whole-word, case-insensitive searches over `tests/` and /tmp/sets (Python
files) for every capitalised word of these pages, styles, speakers and cues (each part of a
hyphenated name on its own) and for candidate replacements, done in batches with `grep -rhoiwF -f`
whose output was only the matched words from my own lists, followed by a per-word `grep -rilw ... |
wc -l` file count (all 0) for every word without a batch hit; phrase counts of the outlet names and
other coined multi-word names (`grep -rilF ... | wc -l`, all 0); and `ruff format` and `ruff check`
on this file, with `--no-cache` and `--config` pointing at the project's `pyproject.toml` (the very
first run, without `--config`, used ruff's defaults; a `ruff check` through `--stdin-filename
tests/text/labelled_new86.py` passed too), followed by a listing that showed no `.ruff_cache`
folder left behind; and a read-only `git status --short` in the project (it listed three files
under `claimreview/text/` as modified by someone else, names only, never opened). A last per-word
count, run after the file was written and excluding it, found three real place names of this set
(Tairāwhiti, Tolaga, Tokomaru) in one other file, apparently written meanwhile; they are places and
were kept. The first draft's coined people, outlets and a market hit about a hundred and ten words
of other files (even rare-looking surnames and given names: Irish, Filipino, Nepali, Bangladeshi
and Chinese names especially); each was renamed and only replacements with no hit were kept. What
still hits is real places, rivers, regions and bodies, common words, outlet words (Herald,
Observer, Ledger, Times, Post, Voice, Current, Daily), titles and name parts kept on purpose (Mrs,
Ms, Mr, Dr, Hon, Engr, Atty, Datuk, Madam, Matua, Kaumātua, Aunty, Gogo, Inkosi, Cllr, Cr, Fr, Md,
Mst, Begum, Er, DSP, Ma, Mac, Ní, Ó, the numeral V) and currency amounts.

Every person, outlet, school, house, market, food court, street, marae, village, vessel, firm,
association, app, reader and figure is invented. Real countries, regions, cities, towns, rivers,
roads and public bodies appear only as settings, with invented figures and invented people in their
offices: Ghana, Accra, Ho, the Volta Region, the Ghana Education Service, the Ministry of
Education, the District Assemblies Common Fund, Hohoe, Keta, Fuveme and Aflao (in links); Nigeria,
Enugu and the Enugu State Water Corporation, Abakpa Nike, Emene, Ninth Mile, Nsukka, Lagos and Coal
City (a nickname, in a link); the Philippines, Iloilo City, the City Council, the City Mayor's
Office, Manila, Jaro and Guimaras (in links); Malaysia, Perak, Ipoh and the Ipoh City Council
(MBI), Pasir Pinji, Buntong, Kampar and Batu Gajah (in links); New Zealand, Tairāwhiti, Gisborne
and the Gisborne District Council, Tolaga Bay, Tokomaru Bay, Whatatutu, State Highway 35, the NZ
Transport Agency Waka Kotahi (NZTA) and MetService; Ireland, Leitrim, Cavan, Carrick,
Sligo-Leitrim, the Dáil, the Health Service Executive (HSE), Leitrim County Council, Manorhamilton,
Glenfarne and the N16 (in links); Canada, Manitoba, Dauphin and the Rural Municipality of Dauphin,
Swan River, Brandon, Gilbert Plains (in a link) and Prairie Mountain Health; Trinidad and Tobago,
Scarborough, Port of Spain, the Tobago House of Assembly (THA), the Port Authority of Trinidad and
Tobago (PATT), Scarborough/Calder Hall, Grenada, Crown Point, Mt Irvine and Plymouth (in links);
Bangladesh, Dhaka, Sirajganj, Kazipur, the Jamuna, the Bangladesh Water Development Board (BWDB),
the Planning Commission, the Bangladesh Meteorological Department, and the Teesta, Lalmonirhat,
Kurigram and the Dharla (in links); Nepal, Kathmandu, Dhading, Nuwakot, the Prithvi Highway,
Jogimara, Malekhu, Galchhi, Pokhara, Bagmati and Gandaki, the Nepal Army, the Department of
Hydrology and Meteorology, and Melamchi and the Koshi barrage (in links); South Africa, the Eastern
Cape, the Amathole district, the R63, Keiskammahoek, the provincial department of transport,
Buffalo City, Mdantsane and Mthatha (in links) and the Press Council; Australia, Queensland, the
Capricorn Coast, Yeppoon, Kinka Beach, Emu Park, Livingstone Shire, Gladstone, Rockhampton, Byfield
and Waterpark Creek (in links), Queensland Police and the Darumbal people (in the acknowledgement
of country and an elder's description). Facebook, X, Twitter, WhatsApp, Telegram, Instagram,
LinkedIn and Viber appear only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W",
"B" or "". The points `labelled_new83.py` and `labelled_new84.py` state hold too: furniture "B"
line by line, whatever it says; a caption by its content and its credit "B"; headlines and
standfirsts never split; a dateline belongs to its lead sentence; a pronoun, a later surname, a
given name with an honorific or a role resolved to the full name as first given, without titles; an
organisation's later generic noun kept as written and "It" resolved to the name as first given; a
channel after the verb kept in the cue and a channel before the subject left out of it; a quote
over several sentences or paragraphs carrying its speaker and cue; a statement read out by someone
else: the reading carries no speaker, "In the statement/letter, X said" carries X and "the
statement said" the statement; a named person acting without a verb of saying carries no speaker;
decisions, votes, dates fixed, figures of record, an institution's expected date and an official's
account of fact or causal claim "W"; hedges, estimates, hopes, intentions, forecasts, advice,
opinions, feelings and questions ""; a private person's own circumstances "" and what an
institution did to that person "W"; headlines whose subject is a kind carry what the body names,
while groups without a proper name ("Residents", "Vendors", "Hawkers", "Villagers", "Operators",
"Transport entrepreneurs") are kept as written.

Conventions this set had to settle, in the same spirit:

* Names. Titles and roles go (Mrs, Madam, Hon., Togbe, Engr., Dr., Chief, Atty., Mrs., Councilor,
  Datuk, Madam, Kaumātua, Matua, Dr, Cllr, Deputy, TD before a name, Fr., MLA, Mayor, Reeve, Ms,
  Assemblyman, Er., DSP, Ward Chair, MEC, Inkosi, Gogo, Cr, Aunty, Union Parishad Chairman, Upazila
  Nirbahi Officer (UNO)); name parts stay: a regnal numeral ("Adzatsa Kodzovi V", also where "V."
  ends a sentence), the Filipino "Ma." for Maria ("Ma. Fidelina Ledesmo-Sunico" for "Atty.
  Ledesmo-Sunico"), a Malaysian Indian initial ("K. Vasanthamalar" for "Vasanthamalar said"), a
  Chinese name given family name first ("Gnoh Teik Seang" for "Gnoh said"; "Tnay Gaik Suat" after
  "Madam"), a Malay mayor named later by his given name ("Rudzaini said" -> "Rudzaini
  Kamarulzahid"), Bangladeshi "A.K.M.", "Md." and "Mst." ("A.K.M. Mahmudul Hasanuzzaman" for "Mr
  Hasanuzzaman"; "Md. Anisuzzaman Akanda" for "Md. Akanda said"; "Mst. Nargisun Nesa"), "Begum"
  ("Sufiya Begum"), Irish "Ó", "Ní" and "Mac" ("Deirbhile Ní Bhreasláin" for "Deputy Ní Bhreasláin"
  and "The TD"), and a Māori given name after an honorific ("Matua Hēmi said" -> "Hēmi Taiapa";
  "Aunty Dulcie said" -> "Dulcie Carrabin"). * Statements and channels. "In a statement signed by
  the Chief Press Secretary to the Governor, Mr ..., the government said" carries "the government"
  as written and the press secretary is no speaker; "In a statement signed by its Public Relations
  Officer, the Ghana Education Service said" carries the service; "the chief said in a message read
  to the students by his linguist" carries the chief with that cue, while "Forty bags of cement
  were presented ... on behalf of ... Togbe Adzatsa Kodzovi V." carries no speaker; "said in a post
  on its Facebook page", "said in a Facebook post", "said in a statement on its Facebook page",
  "said in a statement posted on its Facebook page", "said in an emailed statement", "said in an
  emailed response", "said in an email", "said in a press release" and "said in a statement" are
  cues as written; "In an emailed statement, the region's civil defence team said" and "In a news
  release, the health authority said" have the cue "said"; "told The Herald", "told The
  Pathfinder", "told The Pamantalaan", "told reporters", "described", "urged" and "asked" (a quoted
  question) are cues. "It also said" after the mayor's office carries "The City Mayor's Office",
  and "It said" after "The corporation said" carries "the Enugu State Water Corporation", after
  "The board said" "the Bangladesh Water Development Board (BWDB)", after "The council said" "the
  Ipoh City Council (MBI)". "The statement said" (the HSE's and the PATT's) carries "The
  statement"; a parish priest reading the GP's letter at Masses carries no speaker, and "In the
  letter, Dr ... said" carries the GP. * Unnamed and kept as written: "An engineer at the
  corporation who asked not to be named", "A market administration employee who asked not to be
  named", "A council official who declined to be named", "A spokesperson for the health minister"
  (also for "The spokesperson said"), "A Dauphin paramedic who spoke on condition she not be
  named", "A crew member on the Galera Swift who spoke on condition of anonymity", "An official of
  the board who asked not to be named", "A traffic police official who asked not to be named", "A
  principal at one of the affected schools who did not want to be named", "A Queensland Police
  spokeswoman", "A form two student" (the reason clause between commas left out), "the Chief
  Secretary" (unnamed, "In the statement, the Chief Secretary said"). "Prairie Mountain Health said
  Friday" and later "the health authority said" keep each as written; "the state government has
  said" and later "the government said" likewise. * Sources as written: "the works department's
  assessment" and then "The assessment said", "the ordinance approved on Monday", "HSE figures
  published in June", "data the health authority published in March", "the authority's published
  sailing schedule", "the district relief office" (in a Sirajganj dateline lead), "the Division
  Road Office's log", "invoices seen by Kei Valley Voice", "the department's sighting records";
  "according to MetService", "according to the Bangladesh Meteorological Department" and "according
  to the Department of Hydrology and Meteorology" are forecasts (""). A person's sentence ending
  "according to the corporation's new tariff schedule" carries the person with the cue "said". *
  Q&A. The two-sentence note before it ("The mayor spoke to Pōhutu News on Thursday evening." /
  "This exchange has been shortened and lightly edited.") is "B"; the questions ("Q: ...") carry no
  speaker and are "", except "Q: Residents say the detour is dangerous after dark.", which cites
  "Residents" (cue "say"); every sentence of an answer carries the mayor with the cue "A:", its
  second sentence too; an answer's account of the road ("no lighting and no barriers for 14
  kilometres, and we have asked NZTA ...") and of what NZTA told the council are "W", "They are
  right." and "I would love to give you a date." are "". * Check-worthiness beside feelings. An
  official's figure or fact inside a quote ("It moved 30 millimetres in the whole of last year, and
  it has moved 11 centimetres this week.", "We have filled 212 overnight shifts with agency nurses
  since April ...", "It rose 35 centimetres in 24 hours last week.", "We have asked for Rs 1.2
  billion to build a rock-shed ..., and the design was finished in March.", "We had a smaller one
  in the same creek in March, and it took 11 days to trap.", "The columns in the fish section are
  cracked right through", "But the water is there now, and it is treated water.", a GP's "not one
  person rang me" about his own practice) is "W", the feeling next to it "". Scheduled meetings and
  visits with a date (an association meeting the city administrator on Friday at 2 p.m., a TD
  meeting HSE officials on August 24, an MLA's public meeting on Thursday, hawkers meeting on
  Sunday, an Inkosi's meeting called for Saturday, geologists visiting on Thursday) are "W"; "would
  raise the matter", "would write to the health minister", "would ask the government for
  compensation", "hoped", "feared", "regretted" and "would keep paying the drivers for two weeks"
  are "". Private people's own circumstances ("I have sold dried fish here for 31 years", "She said
  she earned about RM120 a day", a family's sale of two cows, a grandmother's walk) are "", but a
  patient's statement that "the bus to Carrick ran twice a week" and a head teacher's and a union
  chairman's accounts are "W". Losses stated as facts by those who bore them ("members had lost
  about TT$1.3 million", "each stranded bus lost about Rs 40,000 a day") are "W"; a paramedic's
  "would spend about three hours on every round trip" (an estimate) and a landlord's "about a third
  of the houses" are "". An elder's family memory of crocodiles in the 1940s is "". * Story lines
  that look like furniture keep story labels: the subhead "Three days a week" and the safety box
  heading "Staying safe in crocodile country" are "", the box's fact line "W" and its advice lines
  "". Furniture that reads like prose is "B": a WhatsApp tip line, a follow prompt, an app prompt,
  a reader-funding ask in two sentences, an e-paper prompt, a reporter bio line, a newsletter
  prompt in two sentences, an acknowledgement of country, a press-code line, "Story continues
  below", and reproduction notices.

Splits. "Hon. Senyo", "Togbe Adzatsa Kodzovi V." at a sentence's end, "Ltd., 2026.", "Engr.
Ikechiamaka", "Dr. Somadina", "Dr. Okwuchelu-Anyaoha", "₦18.6 billion", "Atty. Ma. Fidelina", "Mrs.
Lucresia", "Mrs. Pandaguila-Pabalinas said.", "Engr. Hermogenes", "2 p.m. at City Hall.",
"P86-million", "RM4.2mil", "Sept 1", "K. Vasanthamalar", "Sdn. Bhd.", "Fr. Naoise", "No. 448159.",
"Dauphin, Man.", "Aug. 16, 2026", "7 p.m. to 7 a.m.", "Sept. 27", "10:40 a.m. Friday.", "5:30 a.m.
CDT", "Inc.", "6.30 am and 2.30 pm.", "A.K.M. Mahmudul", "Md. Anisuzzaman", "Md. Akanda said.",
"Mst. Nargisun", "Tk 3.4 crore", "Tk 1.1 lakh", "Er. Rojina", "Rs 1.2 billion", "5:40 pm", "10:30
am", "Pvt. Ltd.", "R14.50 and R17.80", "3.20pm" and "5.45pm" never split a sentence wrongly; "“On
Sunday it stopped, and I went back to the tanker man.", "“It moved 30 millimetres ... this week.",
"“I’m not leaving because I want to.", "“They go to Grenada.", "“It rose 35 centimetres in 24 hours
last week.", "“Scholar transport is in the budget." and "“We had a smaller one in the same creek in
March, and it took 11 days to trap." each end one at a paragraph's end inside an open quotation; a
quote split around its attribution ("“The girls have been brave,” Madam Keklie-Wotordzi said, “but
...”", "“We understand the fear of losing customers,” she said, “and ...”", "“It’s not just the
doctor,” Cllr Mac Fhearghusa said, “it’s ...”", "“We know how much Tobago depends on this boat,”
she said, “and ...”", "“I apologise to every parent,” the MEC said, “because ...”", "“The kids are
disappointed,” she said, “but ...”") and a quoted question followed by its attribution ("“Who is
checking these prices?” she asked.") are one sentence each.

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of consecutive
sentences of one paragraph of these pages joined by single spaces: what a reviewer wants, not what
the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    (
        "Ghanaian daily's regional page (Ho, Volta Region), a girls' senior "
        "high school shuts its oldest dormitory after cracks and moves 212 "
        "students into classrooms, with the headmistress named after her role "
        "at the end of the lead (the headmistress, Mrs ..., has said) and "
        "then Mrs and surname, She and the headmistress, the municipal "
        "director of education with Madam (later Madam and surname and She) "
        "as two women alternating, a quote split around said, according to "
        "the works department's assessment and The assessment said, the "
        "Municipal Chief Executive with Hon. and the PTA chairman with Mr as "
        "two men alternating by He, surname and role, the Ghana Education "
        "Service said in a statement signed by its PRO and It said, a chief "
        "with Togbe and a regnal numeral at a sentence's end in a sentence "
        "without a verb of saying, then his quote said in a message read by "
        "his linguist, an unnamed student, the standfirst carrying the "
        "director through says, GH¢ figures (masthead in capitals, date, "
        "weather and e-paper strip with pipes, menu with pipes, section label "
        "with ›, headline with figures, standfirst, byline with a town, date "
        "and time line with a middle dot, share line with middle dots, "
        "caption and PHOTO: credit in capitals with a slash, ADVERTISEMENT "
        "and a READ ALSO: link mid-story, tags with middle dots, WhatsApp tip "
        "line, more-from list, copyright with Ltd., and a reproduction "
        "notice)"
    ),
    (
        "Nigerian daily's South East page (Enugu), the state water "
        "corporation restores pipe-borne water to two districts after eight "
        "years, with the state government has said in the lead and then a "
        "statement signed by the governor's Chief Press Secretary that "
        "carries the government (the government said), the Commissioner for "
        "Water Resources with Engr. and the corporation's managing director "
        "with Dr. as two men alternating by He, surname and role (The "
        "commissioner, speaking after him, said), a person's sentence ending "
        "according to a tariff schedule, a market woman with Mrs whose quote "
        "runs over two paragraphs with no closing mark, a landlords' "
        "association chairman with Chief, an unnamed engineer, The "
        "corporation said in a post on its Facebook page and It said, a "
        "subhead, the standfirst carrying Residents through say, naira "
        "figures and a phone number (masthead in capitals, date and "
        "digital-edition strip with dashes, menu, section label, headline, "
        "standfirst, From ... byline, published line with read time, share "
        "line, caption and Photo: credit, ADVERTISEMENT and an ALSO READ: "
        "link mid-story, follow prompt, tags with pipes, You may also like "
        "list, copyright and a reproduction notice)"
    ),
    (
        "Philippine regional daily's local page (Iloilo City), the city will "
        "demolish 118 market stalls for a P86-million rebuild, with the "
        "council's vote in the writer's voice under an ILOILO CITY — "
        "dateline, the city administrator with Atty. and the Filipino "
        "abbreviation Ma. for Maria (later Atty. and surname and She) and the "
        "vendors' association president with Mrs. (later Mrs. and surname and "
        "She) as two women alternating, according to the ordinance, a quote "
        "split around she said, the city engineer with Engr. and a councilor "
        "who voted against as two men, The City Mayor’s Office said in a "
        "Facebook post and It also said, an unnamed market employee, a fish "
        "vendor named after her quote and then She, 2 p.m. mid-sentence, the "
        "standfirst carrying Vendors through say, P figures with million and "
        "a hyphen (masthead in capitals, date, city and weather strip with "
        "bullets, menu, section label, headline with figures, standfirst, "
        "byline, published and updated line, share line, caption and (Photo "
        "by ...) credit, ADVERTISEMENT and a RELATED: link mid-story, tags, "
        "newsletter prompt, most-read list with numbers, copyright in two "
        "sentences)"
    ),
    (
        "Malaysian English daily's metro page (Ipoh, Perak), the city council "
        "shuts a 30-year-old food court for a five-month upgrade and moves 86 "
        "hawkers to a car park, with an IPOH: dateline lead in the writer's "
        "voice, the mayor with Datuk (later by his Malay given name, "
        "Rudzaini, and He) and the state exco member with a Chinese name "
        "given family name first (later Gnoh and He) as two men alternating, "
        "said when contacted later, told reporters, the hawkers' association "
        "chairman with an Indian initial (K. Vasanthamalar, later "
        "Vasanthamalar and She) and an older hawker with Madam named after "
        "her quote as two women alternating, an unnamed council official, The "
        "council said in a statement on its Facebook page and It said, the "
        "standfirst carrying Hawkers through say, Sept 1 without a stop, RM "
        "figures with mil and m (masthead in capitals, date, city and sign-in "
        "strip with pipes, menu, section label with ›, headline with a "
        "figure, standfirst, byline in capitals, published line, share line "
        "with pipes, caption and a dash-led photo credit, ADVERTISEMENT and "
        "an Also read: link mid-story, tags, app prompt, related-news list, "
        "copyright with Sdn. Bhd. and a company number, legal links)"
    ),
    (
        "New Zealand regional news site (Tairāwhiti, Gisborne district), a "
        "slip closes State Highway 35 north of Tolaga Bay for at least three "
        "weeks, with the NZ Transport Agency Waka Kotahi (NZTA) said after "
        "the claim in the lead and then The agency said twice, the agency's "
        "regional manager (later surname and She) and the district mayor with "
        "a Māori name (later the mayor, She and A: in a Q&A) as two women "
        "alternating, a quote over two paragraphs with no closing mark, "
        "according to MetService (a forecast), In an emailed statement, the "
        "civil defence team said, a kaumātua (later Matua and his given name) "
        "and a logging contractor as two men alternating by He, a short Q&A "
        "block with the mayor after a two-sentence note, a question citing "
        "Residents through say, answers with A:, the standfirst carrying the "
        "mayor through says, macrons, metres, tonnes and $ (site name, "
        "tagline and date strip with pipes, menu, section label, headline "
        "with figures, standfirst, byline with a role, time and date line, "
        "share line with middle dots, caption and Photo / Supplied credit, "
        "Advertisement mid-story, reader-funding ask in two sentences, "
        "more-from list, copyright with Limited)"
    ),
    (
        "Irish regional weekly's website (Co Leitrim), a village's only GP "
        "practice will close when its doctor retires, leaving 1,900 patients, "
        "with the closure in the writer's voice, the retiring GP with Dr "
        "(later Dr and surname and He) quoted on his own practice's record, "
        "the Health Service Executive (HSE) said in an emailed statement, It "
        "said and The statement said, the Sligo-Leitrim TD with an "
        "Irish-language surname and TD before the name (later Deputy and "
        "surname, the TD and She, who described a reply as) and a county "
        "councillor with Cllr (later Cllr and surname and She) as two women "
        "alternating, a quote split around Cllr ... said, according to HSE "
        "figures, a parish priest with Fr. who read out the GP's letter at "
        "Masses (the reading without a speaker; In the letter, Dr ... said), "
        "a pharmacist and the GP as two men alternating, a patient named "
        "after her quote, Co. Leitrim with a stop in a headline link, the "
        "standfirst carrying the HSE through says, per cent and euro "
        "(masthead in capitals, tagline and date strip with pipes, menu, "
        "section label, headline with a figure, standfirst, byline, date and "
        "24-hour time line, share line, caption and Photo: credit, "
        "Advertisement and a Read more: link mid-story, news-tip line with a "
        "phone number, most-read list, copyright with a registered number)"
    ),
    (
        "Canadian community paper's local page (Dauphin, Manitoba), the "
        "hospital's emergency department will close overnight for six weeks "
        "for lack of nurses, with Prairie Mountain Health said Friday after "
        "the claim in the lead and then In a news release, the health "
        "authority said, the authority's executive director (later surname "
        "and she) and the area MLA (later surname and she) as two women "
        "alternating, a quote in two sentences with a figure beside a "
        "feeling, according to data the health authority published, the mayor "
        "and the reeve of the rural municipality as two men alternating by He "
        "and role (The mayor said), a spokesperson for the health minister "
        "who said in an email and later The spokesperson, a paramedic who is "
        "not named, Aug. and Sept. and p.m., a.m. and CDT, the standfirst "
        "carrying the health authority through says, kilometres (masthead in "
        "capitals, place with Man., date and weather strip with middle dots, "
        "menu, section label, headline, standfirst, byline, posted and "
        "last-updated line, share line with pipes, caption and a credit in "
        "brackets with a slash, ADVERTISEMENT and Story continues below "
        "mid-story, news-tip line with an email and phone number, related "
        "list, copyright with Inc.)"
    ),
    (
        "Trinidad and Tobago daily's Tobago page, the inter-island fast ferry "
        "is out of service for two weeks after a water jet fails, with the "
        "Port Authority of Trinidad and Tobago (PATT) said in a statement "
        "after the claim, The statement said and It said, the authority's "
        "general manager with Ms (later Ms and surname and She) and the THA "
        "Secretary of Tourism with Dr (later the Secretary, Dr and surname "
        "and She) as two women alternating, a quote split around she said, a "
        "quote over two paragraphs with no closing mark, the THA Chief "
        "Secretary's statement read at a news conference by his "
        "communications adviser (the reading without a speaker; In the "
        "statement, the Chief Secretary said), an Assemblyman and the "
        "hoteliers' association president as two men alternating by He and "
        "surname, according to the authority's sailing schedule, an unnamed "
        "crew member, a vendor named after her quote, the standfirst carrying "
        "the Port Authority through says, TT$ figures (masthead in capitals, "
        "tagline, date and e-edition strip with middle dots, menu, section "
        "label, headline, standfirst, byline, posted line, share line, "
        "caption and a credit with a slash, ADVERTISEMENT and a SEE ALSO link "
        "mid-story, tags, letters prompt, most-viewed list, copyright in two "
        "sentences)"
    ),
    (
        "Bangladeshi English daily's country page (Sirajganj), Jamuna erosion "
        "swallows 86 homes and a primary school in ten days, with a "
        "correspondent's byline and a dateline with a comma, the Upazila "
        "Nirbahi Officer (UNO) named after his role with the initials A.K.M. "
        "(later Mr and surname, the UNO, surname and He) and the Water "
        "Development Board's executive engineer with Md. (later Md. and "
        "surname and He) as two men alternating, a union parishad chairman, "
        "according to the district relief office, the board said in a press "
        "release and It said, a quote over two paragraphs with no closing "
        "mark, a homeowner with Begum named after her quote and then She, a "
        "head teacher (woman) with Mst. and She, the Meteorological "
        "Department's forecast through according to, an unnamed board "
        "official, the standfirst carrying Villagers through say, Tk figures "
        "with crore and lakh and bigha (masthead in capitals, date strip with "
        "Bangla date and pipes, menu, section label, headline with figures, "
        "standfirst, byline, date line, share line, caption and Photo: "
        "credit, Advertisement and a Read more link mid-story, e-paper "
        "prompt, related list, copyright and an editor-and-publisher line)"
    ),
    (
        "Nepali English daily's national page (Dhading), a landslide blocks "
        "the Prithvi Highway for 31 hours and strands about 1,800 vehicles, "
        "with the Chief District Officer (CDO) named after his role (later "
        "the CDO, surname and He) and a police deputy superintendent with DSP "
        "(later DSP and surname and He) as two men alternating, the Division "
        "Road Office chief with Er. (an engineer's title, later surname and "
        "She) and a ward chair (later She and the ward chair) as two women "
        "alternating, a quote over two paragraphs with no closing mark, "
        "according to the Division Road Office's log, according to the "
        "Department of Hydrology and Meteorology (a forecast), the Nepal Army "
        "said in a statement and It said, a passenger with didi in a quote "
        "named after her quote, an unnamed traffic police official, a "
        "question inside a quote followed by she asked, the standfirst "
        "carrying Transport entrepreneurs through say, Rs figures with lakh "
        "and million, 24-hour and am/pm times, a Bikram Sambat date in the "
        "strip (masthead in capitals, date strip with BS and AD dates and "
        "pipes, menu, section label, headline with a figure, standfirst, "
        "byline with a place, published and updated line with NST, share "
        "line, caption and Photo: credit, Advertisement and a Related: link "
        "mid-story, tags, a reporter bio line, more-in-National list, "
        "copyright line with pipes)"
    ),
    (
        "South African news site's Eastern Cape page (Amathole district), 23 "
        "scholar-transport buses stop running over unpaid operators and about "
        "4,100 learners walk or stay home, with the provincial transport "
        "department said after the claim, its spokesperson who said in an "
        "emailed response and later He and the spokesperson, the MEC for "
        "Transport with MEC before her name (later the MEC and surname and "
        "She) and a school governing body chairperson with Ms (later Ms and "
        "surname and She) as two women alternating, a quote split around the "
        "MEC said, a quote over two paragraphs with no closing mark, "
        "according to invoices seen by the site, the operators' association "
        "said in a statement posted on Facebook and It said, an Inkosi (a "
        "traditional leader, later Inkosi and his name and He) and a bus "
        "operator as two men alternating, an unnamed principal, a grandmother "
        "(Gogo) named after her quote, the standfirst carrying Operators "
        "through say, R figures with m and million and km (site name, edition "
        "and load-shedding strip with pipes, menu, section label with ›, "
        "headline with a figure, standfirst, byline with a role, date and "
        "read-time line, share line, caption and a credit in brackets, "
        "Advertisement and a Read: link mid-story, WhatsApp prompt, related "
        "list, copyright and a press-code line)"
    ),
    (
        "Australian regional news site (Capricorn Coast, Queensland), a "
        "3.8-metre crocodile sighted off a patrolled beach closes it for a "
        "week and wildlife officers set a trap, with the state's environment "
        "department said in a statement after the claim and then It said, its "
        "senior wildlife officer (later surname and He) and the shire mayor "
        "with Cr (later Cr and surname, the mayor and He) as two men "
        "alternating, a quote over two paragraphs with no closing mark, "
        "according to the department's sighting records, a surf life saving "
        "club president (later surname and She) and a Darumbal-country elder "
        "with Aunty (later Aunty and her given name and She) as two women "
        "alternating, a quote split around said, a police spokeswoman who is "
        "not named, a swimmer named after his quote, the standfirst carrying "
        "the department through says, metres, km and times with am and pm "
        "(site name, region and date strip with pipes, menu, section label, "
        "headline with a figure, standfirst, byline, published and updated "
        "line with AEST, share line, caption and Picture: credit, "
        "ADVERTISEMENT and a READ MORE link mid-story, a safety box whose "
        "heading and lines are story, newsletter prompt in two sentences, "
        "acknowledgement of country, more-stories list, copyright with Pty "
        "Ltd and an ABN line)"
    ),
]

ARTICLES = [
    [
        [
            (
                "THE AKOMA HERALD",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Monday, August 10, 2026  |  Accra 27°C  |  E-Paper  |  Log in",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Home  |  News  |  Regions  |  Politics  |  Business  |  Sports  |  "
                    "Showbiz  |  Opinion"
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "REGIONAL NEWS › VOLTA",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Ho girls’ school shuts 60-year-old dormitory after cracks, moves 212 "
                    "students into classrooms"
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Rebuilding the block will cost GH¢1.4 million, municipal education "
                    "director says"
                ),
                "Sefakor Keklie-Wotordzi",
                "says",
                "W",
            ),
        ],
        [
            (
                "By Edinam Sroda-Kumahor, Ho",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "August 10, 2026 · 6:14 am",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share this story: Facebook · X · WhatsApp · LinkedIn",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Students carry their trunks out of Yevuvi House at Avenorkpe Girls’ "
                    "Senior High School on Saturday."
                ),
                "",
                "",
                "",
            ),
            (
                "PHOTO: EDINAM SRODA-KUMAHOR/THE AKOMA HERALD",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "The authorities at Avenorkpe Girls’ Senior High School in Ho have "
                    "closed the school’s oldest dormitory after engineers found cracks in "
                    "two of its load-bearing walls, and have moved its 212 students into "
                    "classrooms, the headmistress, Mrs Mawusi Akpedonu-Dzramedo, has "
                    "said."
                ),
                "Mawusi Akpedonu-Dzramedo",
                "has said",
                "W",
            ),
        ],
        [
            (
                (
                    "Mrs Akpedonu-Dzramedo told The Herald on Saturday that the block, "
                    "Yevuvi House, was built in 1966 and last renovated in 2004."
                ),
                "Mawusi Akpedonu-Dzramedo",
                "told The Herald",
                "W",
            ),
            (
                (
                    "She said a housemistress first noticed the cracks on July 28, and "
                    "the block was emptied two days later."
                ),
                "Mawusi Akpedonu-Dzramedo",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We did not wait for anybody to tell us,” the headmistress said.",
                "Mawusi Akpedonu-Dzramedo",
                "said",
                "",
            ),
            (
                ("“When you have 212 girls sleeping under one roof, you do not gamble.”"),
                "Mawusi Akpedonu-Dzramedo",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The Ho Municipal Director of Education, Madam Sefakor "
                    "Keklie-Wotordzi, said a structural assessment by the municipal works "
                    "department had recommended that the block be pulled down and rebuilt "
                    "rather than repaired."
                ),
                "Sefakor Keklie-Wotordzi",
                "said",
                "W",
            ),
            (
                (
                    "She said rebuilding would cost about GH¢1.4 million, and that the "
                    "Ghana Education Service had asked the Ministry of Education to fund "
                    "it from this year’s budget."
                ),
                "Sefakor Keklie-Wotordzi",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "According to the works department’s assessment, dated August 3, two "
                    "walls on the ground floor had shifted by up to 18 millimetres and "
                    "termites had eaten through several roof trusses."
                ),
                "the works department’s assessment",
                "according to",
                "W",
            ),
            (
                (
                    "The assessment said the block should not be used “under any "
                    "circumstances” until it was rebuilt."
                ),
                "The assessment",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Mrs Akpedonu-Dzramedo said the students were sleeping on mattresses "
                    "in six classrooms of the science block, and lessons for the affected "
                    "classes had moved to the assembly hall."
                ),
                "Mawusi Akpedonu-Dzramedo",
                "said",
                "W",
            ),
            (
                "She said the arrangement was “not ideal, but safe”.",
                "Mawusi Akpedonu-Dzramedo",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "“The girls have been brave,” Madam Keklie-Wotordzi said, “but a "
                    "classroom is not a dormitory, and we cannot keep them there beyond "
                    "this term.”"
                ),
                "Sefakor Keklie-Wotordzi",
                "said",
                "",
            ),
        ],
        [
            (
                "ADVERTISEMENT",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "READ ALSO: Hohoe hospital opens maternity block after six-year wait",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "The Ho Municipal Chief Executive, Hon. Senyo Fiagbenu-Kpodzro, said "
                    "the assembly would release GH¢150,000 from its share of the District "
                    "Assemblies Common Fund to build temporary washrooms near the science "
                    "block."
                ),
                "Senyo Fiagbenu-Kpodzro",
                "said",
                "W",
            ),
            (
                "He said work on the washrooms would begin on Wednesday.",
                "Senyo Fiagbenu-Kpodzro",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The chairman of the school’s Parent-Teacher Association, Mr Kwasivi "
                    "Hlomador-Sefe, said parents had agreed at an emergency meeting on "
                    "Friday to pay a levy of GH¢200 per student towards the rebuilding."
                ),
                "Kwasivi Hlomador-Sefe",
                "said",
                "W",
            ),
            (
                "“Some of us cannot afford it, but these are our daughters,” he said.",
                "Kwasivi Hlomador-Sefe",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Mr Fiagbenu-Kpodzro said the levy was voluntary and no student would "
                    "be sent home for failing to pay it."
                ),
                "Senyo Fiagbenu-Kpodzro",
                "said",
                "W",
            ),
            (
                ("He said he would raise the matter with the Volta Regional Minister this week."),
                "Senyo Fiagbenu-Kpodzro",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The PTA chairman said 140 of the school’s 1,236 students had paid "
                    "the levy by Sunday evening."
                ),
                "Kwasivi Hlomador-Sefe",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "In a statement signed by its Public Relations Officer, the Ghana "
                    "Education Service said it had directed all regional directors to "
                    "inspect dormitories built before 1980 and submit reports by "
                    "September 30."
                ),
                "the Ghana Education Service",
                "said",
                "W",
            ),
            (
                "It said 37 such blocks had been listed in the Volta Region alone.",
                "the Ghana Education Service",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Forty bags of cement were presented to the school on Sunday on "
                    "behalf of the paramount chief of the Ho traditional area, Togbe "
                    "Adzatsa Kodzovi V."
                ),
                "",
                "",
                "W",
            ),
            (
                (
                    "“This school trained my mother and my daughters, and it will not "
                    "fall while I sit on this stool,” the chief said in a message read to "
                    "the students by his linguist."
                ),
                "Adzatsa Kodzovi V",
                "said in a message read to the students by his linguist",
                "",
            ),
        ],
        [
            (
                (
                    "A form two student, who asked not to be named because students may "
                    "not speak to the press without permission, said the classrooms were "
                    "hot at night and the mosquitoes kept her awake."
                ),
                "A form two student",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Madam Keklie-Wotordzi said the directorate expected a reply from the "
                    "ministry by the end of August."
                ),
                "Sefakor Keklie-Wotordzi",
                "said",
                "W",
            ),
            (
                (
                    "She said the school would reopen for the new academic year on "
                    "September 15 as planned."
                ),
                "Sefakor Keklie-Wotordzi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tags: Ho · Volta Region · Education · Dormitories",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Got a story from your area? WhatsApp our newsroom on 059 555 0181.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "More from Regional News",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Keta fishermen count losses after tidal waves hit Fuveme",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Aflao traders complain of delays at new border scanner",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© Akoma Herald Media Ltd., 2026.",
                "",
                "",
                "B",
            ),
            (
                "Reproduction in whole or in part without permission is prohibited.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            (
                "THE EASTERN PATHFINDER",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Tuesday, 11 August 2026 — Digital Edition — Sign In / Register",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "News   Metro   South East   Politics   Business   Sports   "
                    "Entertainment   Columns"
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "South East",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Taps run again in Abakpa, Emene as Enugu restores public water after "
                    "eight years"
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Residents say supply still comes only three days a week",
                "Residents",
                "say",
                "W",
            ),
        ],
        [
            (
                "From Adaugo Ebubedike-Ozor, Enugu",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Published 11 August 2026 | 4 min read",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share on:  Facebook  X  WhatsApp  Telegram",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "A resident fills jerrycans from a tap on Ogbaraoto Street, Abakpa "
                    "Nike, on Friday."
                ),
                "",
                "",
                "",
            ),
            (
                "Photo: Adaugo Ebubedike-Ozor",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Pipe-borne water has returned to homes in Abakpa Nike and Emene for "
                    "the first time since 2018, after the Enugu State Water Corporation "
                    "completed a 42-kilometre pipeline from its treatment plant at Ninth "
                    "Mile, the state government has said."
                ),
                "the state government",
                "has said",
                "W",
            ),
        ],
        [
            (
                (
                    "In a statement signed by the Chief Press Secretary to the Governor, "
                    "Mr Kenechi Obianwuzo-Edeh, the government said the pipeline cost "
                    "₦18.6 billion and would serve about 240,000 people."
                ),
                "the government",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The Commissioner for Water Resources, Engr. Ikechiamaka "
                    "Umeadiro-Ogbuagu, told The Pathfinder that water was pumped into the "
                    "Abakpa network on Thursday and reached Emene on Saturday morning."
                ),
                "Ikechiamaka Umeadiro-Ogbuagu",
                "told The Pathfinder",
                "W",
            ),
            (
                (
                    "He said the corporation would supply the two districts on Mondays, "
                    "Wednesdays and Fridays until a second pump arrives from Lagos in "
                    "October."
                ),
                "Ikechiamaka Umeadiro-Ogbuagu",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "“Eight years is a long time, and nobody is going to pretend "
                    "otherwise,” the commissioner said."
                ),
                "Ikechiamaka Umeadiro-Ogbuagu",
                "said",
                "",
            ),
            (
                "“But the water is there now, and it is treated water.”",
                "Ikechiamaka Umeadiro-Ogbuagu",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The Managing Director of the corporation, Dr. Somadina "
                    "Okwuchelu-Anyaoha, said samples taken from the new line had passed "
                    "tests at the corporation’s laboratory and at an independent "
                    "laboratory in Nsukka."
                ),
                "Somadina Okwuchelu-Anyaoha",
                "said",
                "W",
            ),
            (
                ("He said 3,870 households had applied for metered connections since June."),
                "Somadina Okwuchelu-Anyaoha",
                "said",
                "W",
            ),
            (
                (
                    "He said the corporation had also replaced 14 kilometres of old "
                    "asbestos pipes inside the two districts."
                ),
                "Somadina Okwuchelu-Anyaoha",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Dr. Okwuchelu-Anyaoha said a metered household would pay ₦4,500 a "
                    "month, according to the corporation’s new tariff schedule."
                ),
                "Somadina Okwuchelu-Anyaoha",
                "said",
                "W",
            ),
            (
                (
                    "The commissioner, speaking after him at the briefing, said the "
                    "tariff was lower than what most families paid water vendors."
                ),
                "Ikechiamaka Umeadiro-Ogbuagu",
                "said",
                "W",
            ),
            (
                ("He said a 25-litre jerrycan from a tanker cost ₦150 in Abakpa in July."),
                "Ikechiamaka Umeadiro-Ogbuagu",
                "said",
                "W",
            ),
        ],
        [
            (
                "ADVERTISEMENT",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Three days a week",
                "",
                "",
                "",
            ),
        ],
        [
            (
                (
                    "Mrs Ijeamaka Nwadinobi-Odoemelam, who sells foodstuff at Abakpa "
                    "market, said water came out of her tap on Friday for about four "
                    "hours."
                ),
                "Ijeamaka Nwadinobi-Odoemelam",
                "said",
                "",
            ),
            (
                "“I filled every bucket and every pot in the house,” she said.",
                "Ijeamaka Nwadinobi-Odoemelam",
                "said",
                "",
            ),
            (
                "“On Sunday it stopped, and I went back to the tanker man.",
                "Ijeamaka Nwadinobi-Odoemelam",
                "said",
                "",
            ),
        ],
        [
            (
                "“I am happy, but I will believe it when it comes every day.”",
                "Ijeamaka Nwadinobi-Odoemelam",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The chairman of the Emene Landlords’ Association, Chief Onyebuchi "
                    "Ezeanolue-Nnabugwu, said the association had written to the "
                    "corporation in 2021, in 2023 and again in March asking for the "
                    "broken pipes to be replaced."
                ),
                "Onyebuchi Ezeanolue-Nnabugwu",
                "said",
                "W",
            ),
            (
                ("He said about a third of the houses on his street still had no connection."),
                "Onyebuchi Ezeanolue-Nnabugwu",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "An engineer at the corporation who asked not to be named said "
                    "vandals had cut the old line in at least nine places between 2018 "
                    "and 2020."
                ),
                "An engineer at the corporation who asked not to be named",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The corporation said in a post on its Facebook page on Monday that "
                    "it would publish a supply timetable for each street by August 20."
                ),
                "The corporation",
                "said in a post on its Facebook page",
                "W",
            ),
            (
                ("It said residents should report leaks to its hotline on 0809 555 0276."),
                "the Enugu State Water Corporation",
                "said",
                "",
            ),
        ],
        [
            (
                "ALSO READ: Nsukka traders protest new market gate fees",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Dr. Okwuchelu-Anyaoha said the second pump would raise the plant’s "
                    "output from 18 million to 30 million litres a day."
                ),
                "Somadina Okwuchelu-Anyaoha",
                "said",
                "W",
            ),
            (
                ("“When it comes, we can give Abakpa water five days a week, maybe six,” he said."),
                "Somadina Okwuchelu-Anyaoha",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Follow The Eastern Pathfinder on WhatsApp, X and Instagram for more "
                    "news from the South East."
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Tags: Enugu | Water supply | Abakpa Nike | Emene",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "You may also like",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Enugu to recruit 2,000 teachers for rural schools, says commissioner",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Coal City marathon: 4,500 runners register for October race",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Copyright © 2026 Eastern Pathfinder Newspapers.",
                "",
                "",
                "B",
            ),
            (
                ("No part of this material may be reproduced without written permission."),
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            (
                "THE ILOILO PAMANTALAAN",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Wednesday, August 12, 2026  •  Iloilo City  •  29°C, partly cloudy",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                ("Home  Local  Visayas  Nation  Business  Sports  Lifestyle  Opinion  Videos"),
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
                (
                    "Iloilo City to tear down 118 stalls at Tinagongan market for "
                    "P86-million rebuild"
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Vendors say temporary site is too far from jeepney routes",
                "Vendors",
                "say",
                "",
            ),
        ],
        [
            (
                "By Maricor Almazan-Gaspe",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                ("Published: August 12, 2026 8:05 AM  |  Updated: August 12, 2026 11:40 AM"),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share:  Facebook   X   Viber   Email",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Vendors rearrange their goods at Tinagongan Public Market in Iloilo "
                    "City on Tuesday."
                ),
                "",
                "",
                "",
            ),
            (
                "(Photo by Maricor Almazan-Gaspe/The Pamantalaan)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "ILOILO CITY — The city government will demolish 118 stalls at "
                    "Tinagongan Public Market starting September 1 to make way for a new "
                    "two-storey building, after the City Council approved a P86-million "
                    "loan for the project on Monday."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "City Administrator Atty. Ma. Fidelina Ledesmo-Sunico said the "
                    "affected vendors would move to a temporary market on a city-owned "
                    "lot in Barangay Tanzada, about 800 meters away."
                ),
                "Ma. Fidelina Ledesmo-Sunico",
                "said",
                "W",
            ),
            (
                (
                    "She said the temporary stalls, built of steel with corrugated "
                    "roofing, would be ready by August 28."
                ),
                "Ma. Fidelina Ledesmo-Sunico",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "According to the ordinance approved on Monday, the loan will be "
                    "repaid over 15 years, and vendors will keep paying the same daily "
                    "fee of P45 until the new building opens."
                ),
                "the ordinance approved on Monday",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    "The president of the Tinagongan Market Vendors’ Association, Mrs. "
                    "Lucresia Pandaguila-Pabalinas, said the association was not against "
                    "the new building but the temporary site was too far from the jeepney "
                    "routes."
                ),
                "Lucresia Pandaguila-Pabalinas",
                "said",
                "",
            ),
            (
                (
                    "She said 74 of the 118 vendors had signed a petition asking the city "
                    "to put the temporary market on the parking lot beside the old one."
                ),
                "Lucresia Pandaguila-Pabalinas",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "“Our suki will not walk 800 meters in the rain to buy fish,” Mrs. "
                    "Pandaguila-Pabalinas said."
                ),
                "Lucresia Pandaguila-Pabalinas",
                "said",
                "",
            ),
            (
                "“They will go to the mall.”",
                "Lucresia Pandaguila-Pabalinas",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Atty. Ledesmo-Sunico said the parking lot could fit only 60 stalls "
                    "and fire trucks needed access to it during construction."
                ),
                "Ma. Fidelina Ledesmo-Sunico",
                "said",
                "W",
            ),
            (
                (
                    "“We understand the fear of losing customers,” she said, “and that is "
                    "why the fee stays at P45 and the first month at the temporary market "
                    "is free.”"
                ),
                "Ma. Fidelina Ledesmo-Sunico",
                "said",
                "W",
            ),
        ],
        [
            (
                "ADVERTISEMENT",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "RELATED: Jaro plaza reopens after six-month facelift",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "City Engineer Engr. Hermogenes Tayoto-Lamigo told The Pamantalaan "
                    "the new building would have 164 stalls, a cold room for fish vendors "
                    "and a rainwater tank, and was due to be finished by December 2027."
                ),
                "Hermogenes Tayoto-Lamigo",
                "told The Pamantalaan",
                "W",
            ),
            (
                (
                    "He said the old structure, built in 1971, had failed a structural "
                    "inspection in 2024."
                ),
                "Hermogenes Tayoto-Lamigo",
                "said",
                "W",
            ),
            (
                ("“The columns in the fish section are cracked right through,” he said."),
                "Hermogenes Tayoto-Lamigo",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Councilor Rustico Gensaya-Quimpao, one of three council members who "
                    "voted against the loan, said the city had not applied for a national "
                    "government grant before borrowing."
                ),
                "Rustico Gensaya-Quimpao",
                "said",
                "W",
            ),
            (
                (
                    "“We are borrowing P86 million for a market, and we have not even "
                    "asked Manila for help,” he said."
                ),
                "Rustico Gensaya-Quimpao",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The City Mayor’s Office said in a Facebook post on Tuesday night "
                    "that vendors who register before August 20 will get first choice of "
                    "stalls in the new building."
                ),
                "The City Mayor’s Office",
                "said in a Facebook post",
                "W",
            ),
            (
                "It also said no vendor would lose a stall because of the move.",
                "The City Mayor’s Office",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "A market administration employee who asked not to be named because "
                    "she was not authorized to speak to the media said daily fee "
                    "collections at the market had fallen by about a third since 2024."
                ),
                "A market administration employee who asked not to be named",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "“I have sold dried fish here for 31 years, since I was a teenager,” "
                    "said Editha Panugaling-Lumawag, 49, whose stall is beside the main "
                    "gate."
                ),
                "Editha Panugaling-Lumawag",
                "said",
                "",
            ),
            (
                (
                    "She said she would decide next week whether to move to the temporary "
                    "market or sell from her house in Barangay Tanzada."
                ),
                "Editha Panugaling-Lumawag",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Mrs. Pandaguila-Pabalinas said the association would meet the city "
                    "administrator on Friday at 2 p.m. at City Hall."
                ),
                "Lucresia Pandaguila-Pabalinas",
                "said",
                "W",
            ),
            (
                (
                    "She said she hoped the city would at least put a roof over the "
                    "walkway from the jeepney stop."
                ),
                "Lucresia Pandaguila-Pabalinas",
                "said",
                "",
            ),
        ],
        [
            (
                "Tags: Iloilo City, public market, vendors, City Council",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                ("Get the Pamantalaan Morning Brief in your inbox before 7 a.m. every weekday."),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Most Read",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "1. Guimaras mango growers see bigger harvest after dry spell",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "2. Two Iloilo City barangays placed under water rationing",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Iloilo Pamantalaan © 2026.",
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
    ],
    [
        [
            (
                "KINTAVALE POST",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Thursday, 13 Aug 2026  |  Ipoh  |  Subscribe  |  Sign in",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                ("Nation   Metro   Perak   Business   Sport   Lifestyle   Food   Opinion"),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "METRO › PERAK",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "86 hawkers to move out as Ipoh council shuts Taman Sriandam food "
                    "court for five-month upgrade"
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Hawkers say temporary site in car park has no shade or running water",
                "Hawkers",
                "say",
                "W",
            ),
        ],
        [
            (
                "By PHEH YOKE KOOI",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Published 13 Aug 2026, 7:45 am",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share  |  WhatsApp  |  Facebook  |  Telegram  |  Copy link",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Hawkers prepare food at the Taman Sriandam food court in Ipoh on "
                    "Wednesday, two weeks before it closes for renovation."
                ),
                "",
                "",
                "",
            ),
            (
                "— Photo: PHEH YOKE KOOI/Kintavale Post",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "IPOH: Eighty-six hawkers at the Taman Sriandam food court will move "
                    "to a temporary site in a nearby car park from Sept 1, when the Ipoh "
                    "City Council (MBI) closes the 30-year-old building for a RM4.2mil "
                    "upgrade."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Ipoh mayor Datuk Rudzaini Kamarulzahid said the upgrade would "
                    "replace the leaking roof, rewire the building and add 24 stalls, "
                    "raising the total to 110."
                ),
                "Rudzaini Kamarulzahid",
                "said",
                "W",
            ),
            (
                (
                    "He said the work was expected to take five months and the food court "
                    "would reopen in February next year."
                ),
                "Rudzaini Kamarulzahid",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "State housing and local government committee chairman Gnoh Teik "
                    "Seang, who visited the site on Wednesday, told reporters the state "
                    "had approved the RM4.2mil in its mid-year budget review."
                ),
                "Gnoh Teik Seang",
                "told reporters",
                "W",
            ),
            (
                (
                    "He said the council had also agreed to waive the hawkers’ monthly "
                    "rental of RM180 for the five months of the renovation."
                ),
                "Gnoh Teik Seang",
                "said",
                "W",
            ),
        ],
        [
            (
                ("“We know five months is long for people who earn day to day,” Rudzaini said."),
                "Rudzaini Kamarulzahid",
                "said",
                "",
            ),
            (
                ("“But if we only patch the roof again, we will be back here in two years.”"),
                "Rudzaini Kamarulzahid",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Taman Sriandam Hawkers’ Association chairman K. Vasanthamalar said "
                    "the temporary site, a council car park about 300m away, had no "
                    "shade, no running water and only one drain."
                ),
                "K. Vasanthamalar",
                "said",
                "W",
            ),
            (
                ("“You cannot wash a wok with a bucket of water for eight hours,” she said."),
                "K. Vasanthamalar",
                "said",
                "",
            ),
            (
                (
                    "She said the association had written to the council on July 20 "
                    "asking for tents and a water connection, but had not received a "
                    "reply."
                ),
                "K. Vasanthamalar",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Gnoh said the council would put up canopy tents and connect two "
                    "water points at the car park before Sept 1."
                ),
                "Gnoh Teik Seang",
                "said",
                "W",
            ),
            (
                (
                    "Rudzaini, when contacted later, said a contractor had been appointed "
                    "on Tuesday to do the work at a cost of RM38,000."
                ),
                "Rudzaini Kamarulzahid",
                "said",
                "W",
            ),
        ],
        [
            (
                "ADVERTISEMENT",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Also read: Kampar night market traders get new trading hours",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "“Thirty years I have fried noodles here, and my mother before me,” "
                    "said Madam Tnay Gaik Suat, 68, who runs a char kuey teow stall near "
                    "the entrance."
                ),
                "Tnay Gaik Suat",
                "said",
                "",
            ),
            (
                ("She said she earned about RM120 a day on weekdays and twice that on weekends."),
                "Tnay Gaik Suat",
                "said",
                "",
            ),
            (
                "“If the customers follow us to the car park, we survive,” she said.",
                "Tnay Gaik Suat",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Gnoh said the state would also spend RM1.1mil this year on upgrading "
                    "two other food courts in Ipoh, in Pasir Pinji and Buntong."
                ),
                "Gnoh Teik Seang",
                "said",
                "W",
            ),
            (
                (
                    "“We will put the plans on display in the council lobby from Monday "
                    "so the hawkers can see where their stalls will be,” Rudzaini said."
                ),
                "Rudzaini Kamarulzahid",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Vasanthamalar said the hawkers would meet on Sunday to decide "
                    "whether to ask the council to delay the closure until after "
                    "Deepavali."
                ),
                "K. Vasanthamalar",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "A council official who declined to be named said the building’s roof "
                    "leaked at 14 points during a downpour on July 30."
                ),
                "A council official who declined to be named",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The council said in a statement on its Facebook page that the 140 "
                    "regular users of the car park would be given free parking at the "
                    "multi-storey car park on Jalan Kerawang until the work is finished."
                ),
                "The council",
                "said in a statement on its Facebook page",
                "W",
            ),
            (
                ("It said the public could send feedback through the council’s MBI Sedia app."),
                "the Ipoh City Council (MBI)",
                "said",
                "",
            ),
        ],
        [
            (
                "Tags: Ipoh, MBI, hawkers, food court, Perak",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Download the Kintavale Post app for breaking news alerts.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Related News",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Batu Gajah wet market to get new drains by year-end",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Perak to add 40 electric buses on Ipoh routes in 2027",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Copyright © 2026 Kintavale Post Sdn. Bhd. (198701005533)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Privacy Statement  |  Terms of Use  |  Advertise With Us",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            (
                "PŌHUTU NEWS",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Tairāwhiti’s independent newsroom  |  Friday 14 August 2026",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                ("Latest   Local   Roads   Rural   Te Ao Māori   Sport   Weather   Podcasts"),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Roads",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "State Highway 35 north of Tolaga Bay to stay shut for at least three "
                    "weeks after 40,000-cubic-metre slip"
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mayor says the coast will not be left to fend for itself",
                "Ripeka Rangiāwhio-Mōrehu",
                "says",
                "",
            ),
        ],
        [
            (
                "Atareta Pōtaka, East Coast reporter",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "5:52am, 14 August 2026",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share  ·  Facebook  ·  X  ·  Email  ·  Copy link",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Diggers work below the slip at Mangakōrero on Thursday.",
                "",
                "",
                "",
            ),
            (
                "Photo / Supplied, NZTA",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "State Highway 35 between Tolaga Bay and Tokomaru Bay will stay "
                    "closed for at least three weeks after a slip of about 40,000 cubic "
                    "metres came down on Tuesday night, the NZ Transport Agency Waka "
                    "Kotahi (NZTA) said on Thursday."
                ),
                "the NZ Transport Agency Waka Kotahi (NZTA)",
                "said",
                "W",
            ),
            (
                (
                    "The agency said engineers had found a second crack 60 metres above "
                    "the road, which had widened by 11 centimetres since Wednesday."
                ),
                "The agency",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "NZTA’s regional manager for the East Coast, Marlise Hallaby, said "
                    "crews could not begin clearing the road until the hillside above it "
                    "stopped moving."
                ),
                "Marlise Hallaby",
                "said",
                "W",
            ),
            (
                (
                    "She said the inland detour through Whatatutu added about two and a "
                    "half hours to a trip from Gisborne to Tokomaru Bay and was closed to "
                    "trucks heavier than 44 tonnes."
                ),
                "Marlise Hallaby",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Gisborne District mayor Ripeka Rangiāwhio-Mōrehu said about 1,400 "
                    "people lived north of the slip, and the council had opened a welfare "
                    "centre at Te Kōpuatea Marae on Wednesday."
                ),
                "Ripeka Rangiāwhio-Mōrehu",
                "said",
                "W",
            ),
            (
                "She said the council would not let the coast “fend for itself”.",
                "Ripeka Rangiāwhio-Mōrehu",
                "said",
                "",
            ),
        ],
        [
            (
                ("“We have had this hill on our watch list since the cyclone,” Hallaby said."),
                "Marlise Hallaby",
                "said",
                "",
            ),
            (
                (
                    "“It moved 30 millimetres in the whole of last year, and it has moved "
                    "11 centimetres this week."
                ),
                "Marlise Hallaby",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I won’t put a digger under that until I know it has stopped.”",
                "Marlise Hallaby",
                "said",
                "",
            ),
        ],
        [
            (
                ("More rain is forecast for Tairāwhiti from Sunday, according to MetService."),
                "MetService",
                "according to",
                "",
            ),
        ],
        [
            (
                (
                    "In an emailed statement, the region’s civil defence team said it had "
                    "flown 300 kilograms of medicines and 2,000 litres of diesel to "
                    "Tokomaru Bay by helicopter on Wednesday."
                ),
                "the region’s civil defence team",
                "said",
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
                (
                    "Kaumātua Hēmi Taiapa, who chairs the marae committee, said the marae "
                    "had fed about 90 people on Wednesday night."
                ),
                "Hēmi Taiapa",
                "said",
                "W",
            ),
            (
                "“This is what a marae is for,” he said.",
                "Hēmi Taiapa",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Logging contractor Brenton Karaitau-Skelly said his firm had parked "
                    "11 trucks and stood down 23 drivers since the slip."
                ),
                "Brenton Karaitau-Skelly",
                "said",
                "W",
            ),
            (
                ("He said he would keep paying the drivers for two weeks “and then we’ll see”."),
                "Brenton Karaitau-Skelly",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Matua Hēmi said the last time the road was closed this long was in "
                    "2023, when the marae was cut off for 19 days."
                ),
                "Hēmi Taiapa",
                "said",
                "W",
            ),
        ],
        [
            (
                "The mayor spoke to Pōhutu News on Thursday evening.",
                "",
                "",
                "B",
            ),
            (
                "This exchange has been shortened and lightly edited.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Q: How long can the coast manage on its own?",
                "",
                "",
                "",
            ),
        ],
        [
            (
                (
                    "A: The shops in Tokomaru Bay told us on Wednesday they had about a "
                    "week of stock."
                ),
                "Ripeka Rangiāwhio-Mōrehu",
                "A:",
                "W",
            ),
            (
                ("We are flying in what runs short, and the marae are doing what marae do."),
                "Ripeka Rangiāwhio-Mōrehu",
                "A:",
                "",
            ),
        ],
        [
            (
                "Q: Residents say the detour is dangerous after dark.",
                "Residents",
                "say",
                "",
            ),
        ],
        [
            (
                "A: They are right.",
                "Ripeka Rangiāwhio-Mōrehu",
                "A:",
                "",
            ),
            (
                (
                    "The inland road has no lighting and no barriers for 14 kilometres, "
                    "and we have asked NZTA to close it to everyone but locals at night."
                ),
                "Ripeka Rangiāwhio-Mōrehu",
                "A:",
                "W",
            ),
        ],
        [
            (
                "Q: When will the highway reopen?",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "A: I would love to give you a date.",
                "Ripeka Rangiāwhio-Mōrehu",
                "A:",
                "",
            ),
            (
                (
                    "NZTA has told us three weeks at the earliest, and I’m not going to "
                    "promise anyone more than that."
                ),
                "Ripeka Rangiāwhio-Mōrehu",
                "A:",
                "W",
            ),
        ],
        [
            (
                "Pōhutu News is funded by the people who read it.",
                "",
                "",
                "B",
            ),
            (
                "Become a supporter from $5 a month.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "More from Roads",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Bridge on Wharekōpae Road reopens to logging trucks",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Council to spend $2.1m sealing Pōtikirua gravel roads",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© Pōhutu News Limited 2026",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            (
                "THE SHANNONBANK OBSERVER",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                ("Serving Leitrim and west Cavan since 1911  |  Saturday, 15 August 2026"),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                ("News   Sport   Farming   Community Notes   Death Notices   Property  Jobs"),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "NEWS",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Drumcaorach’s only GP to retire in October, leaving 1,900 patients "
                    "looking for a doctor"
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                ("HSE says it is ‘actively recruiting’ but gives no date for a replacement"),
                "the Health Service Executive (HSE)",
                "says",
                "",
            ),
        ],
        [
            (
                "Blánaid Ní Mhaoilmhichíl",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Saturday, 15 August 2026, 07:00",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share:  Facebook  Twitter  WhatsApp  Email",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Dr Feidhlim Ó Coinnealáin outside his surgery on Main Street, "
                    "Drumcaorach, on Wednesday."
                ),
                "",
                "",
                "",
            ),
            (
                "Photo: Blánaid Ní Mhaoilmhichíl",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "The only GP practice in Drumcaorach, Co Leitrim, will close on "
                    "October 31 when its doctor retires after 34 years, leaving about "
                    "1,900 patients without a family doctor in the village."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Dr Feidhlim Ó Coinnealáin, who took over the practice from his "
                    "father in 1992, said he had spent two years trying to find a doctor "
                    "to take it on."
                ),
                "Feidhlim Ó Coinnealáin",
                "said",
                "W",
            ),
            (
                (
                    "“I advertised in every medical journal in Ireland and two in "
                    "Britain, and not one person rang me,” he said."
                ),
                "Feidhlim Ó Coinnealáin",
                "said",
                "W",
            ),
            (
                "“I’m not leaving because I want to.",
                "Feidhlim Ó Coinnealáin",
                "said",
                "",
            ),
        ],
        [
            (
                "“I’m leaving because my knees have decided for me.”",
                "Feidhlim Ó Coinnealáin",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The Health Service Executive (HSE) said in an emailed statement on "
                    "Thursday that it had advertised the post twice since March and was "
                    "“actively recruiting”."
                ),
                "the Health Service Executive (HSE)",
                "said in an emailed statement",
                "W",
            ),
            (
                (
                    "It said every patient would be told by letter before October 1 which "
                    "practices in the area could take them."
                ),
                "the Health Service Executive (HSE)",
                "said",
                "W",
            ),
            (
                (
                    "The statement said the HSE could not “give a definitive date” for a "
                    "new GP in the village."
                ),
                "The statement",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Sligo-Leitrim TD Deirbhile Ní Bhreasláin said she raised the closure "
                    "with the Minister for Health in the Dáil on July 9 and received a "
                    "written reply on July 30."
                ),
                "Deirbhile Ní Bhreasláin",
                "said",
                "W",
            ),
            (
                "She described the reply as “three paragraphs of nothing”.",
                "Deirbhile Ní Bhreasláin",
                "described",
                "",
            ),
        ],
        [
            (
                (
                    "Cllr Meadhbh Mac Fhearghusa said Leitrim County Council passed a "
                    "motion at its July meeting calling on the HSE to offer a rent-free "
                    "surgery and a housing grant to any GP who moves to the village."
                ),
                "Meadhbh Mac Fhearghusa",
                "said",
                "W",
            ),
            (
                (
                    "“It’s not just the doctor,” Cllr Mac Fhearghusa said, “it’s the "
                    "pharmacy, the post office and the shop, because people who drive to "
                    "Carrick for a prescription do their shopping in Carrick too.”"
                ),
                "Meadhbh Mac Fhearghusa",
                "said",
                "",
            ),
            (
                (
                    "She said the council owned a vacant building on Main Street that "
                    "could be fitted out as a surgery within three months."
                ),
                "Meadhbh Mac Fhearghusa",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "According to HSE figures published in June, 14 GP practices in the "
                    "north-west have closed or merged since 2021."
                ),
                "HSE figures published in June",
                "according to",
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
                "Read more: Manorhamilton mart sees record prices for weanlings",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Pharmacist Tiarnán Carrowen-Duffin said about 70 per cent of the "
                    "prescriptions his pharmacy filled came from the village practice."
                ),
                "Tiarnán Carrowen-Duffin",
                "said",
                "W",
            ),
            (
                ("He said he had not decided whether the pharmacy could stay open after October."),
                "Tiarnán Carrowen-Duffin",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "At both Masses in the parish church last Sunday, the parish priest, "
                    "Fr. Naoise Ó Gealbháin, read out a letter from Dr Ó Coinnealáin to "
                    "his patients."
                ),
                "",
                "",
                "",
            ),
            (
                (
                    "In the letter, Dr Ó Coinnealáin said the practice’s records would be "
                    "transferred free of charge to whichever practice each patient chose."
                ),
                "Feidhlim Ó Coinnealáin",
                "said",
                "W",
            ),
            (
                "He said he would miss “the people more than the work”.",
                "Feidhlim Ó Coinnealáin",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "“My husband has a heart condition, and the nearest GP taking "
                    "patients is in Carrick, 40 minutes away,” said Íde Flannelley, 76, "
                    "who has been a patient at the practice since 1979."
                ),
                "Íde Flannelley",
                "said",
                "",
            ),
            (
                "She said she did not drive and the bus to Carrick ran twice a week.",
                "Íde Flannelley",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Deputy Ní Bhreasláin said she would meet HSE officials on August 24 "
                    "and would bring the council’s motion with her."
                ),
                "Deirbhile Ní Bhreasláin",
                "said",
                "W",
            ),
            (
                ("The TD said the village had “done everything right” and deserved an answer."),
                "Deirbhile Ní Bhreasláin",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Do you have a story? Call the newsroom on 071 555 4416 or email "
                    "news@shannonbankobserver.ie."
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Most Read",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Two injured in collision on the N16 near Glenfarne",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Co. Leitrim farmers urged to test silage after wet July",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© The Shannonbank Observer 2026.",
                "",
                "",
                "B",
            ),
            (
                ("Published by Shannonbank Newspapers Ltd, registered in Ireland, No. 448159."),
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            (
                "PARKLAND PRAIRIE LEDGER",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Dauphin, Man.  ·  Sunday, Aug. 16, 2026  ·  14°C",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Local   Region   Ag   Sports   Obituaries   Classifieds   E-Edition",
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
                ("Dauphin ER to close overnight for six weeks as nurse shortage deepens"),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Emergency department will shut from 7 p.m. to 7 a.m. starting "
                    "Monday, health authority says"
                ),
                "Prairie Mountain Health",
                "says",
                "W",
            ),
        ],
        [
            (
                "By Lesia Zabolotniuk-Hatt",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                ("Posted Aug. 16, 2026 5:30 a.m. CDT  |  Last updated Aug. 16, 2026 9:12 a.m. CDT"),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share: Facebook | X | Email | Print",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The emergency entrance of the hospital in Dauphin on Saturday.",
                "",
                "",
                "",
            ),
            (
                "(Lesia Zabolotniuk-Hatt / Parkland Prairie Ledger)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "The emergency department at the hospital in Dauphin will close every "
                    "night from 7 p.m. to 7 a.m. for six weeks starting Monday, Prairie "
                    "Mountain Health said Friday."
                ),
                "Prairie Mountain Health",
                "said",
                "W",
            ),
            (
                (
                    "In a news release, the health authority said the department needs 14 "
                    "full-time registered nurses to stay open around the clock and has "
                    "seven."
                ),
                "the health authority",
                "said",
                "W",
            ),
            (
                (
                    "During the closures, ambulances will take overnight patients to Swan "
                    "River or Brandon, the health authority said."
                ),
                "the health authority",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Ingunn Ochuba-Croft, the health authority’s executive director for "
                    "the north, said the overnight closures would run until Sept. 27 and "
                    "would be reviewed every two weeks."
                ),
                "Ingunn Ochuba-Croft",
                "said",
                "W",
            ),
            (
                "“This is the last thing we wanted to do,” she said.",
                "Ingunn Ochuba-Croft",
                "said",
                "",
            ),
            (
                (
                    "“We have filled 212 overnight shifts with agency nurses since April, "
                    "and the agencies have told us they cannot fill the rest of August.”"
                ),
                "Ingunn Ochuba-Croft",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Dauphin MLA Khrystyna Perepeliuk said she learned of the closure "
                    "from a constituent’s Facebook post on Friday morning, about three "
                    "hours before the health authority announced it."
                ),
                "Khrystyna Perepeliuk",
                "said",
                "W",
            ),
            (
                (
                    "“People in this region deserve better than finding out about their "
                    "emergency room on Facebook,” Perepeliuk said."
                ),
                "Khrystyna Perepeliuk",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Ochuba-Croft said staff were told on Thursday and the authority "
                    "notified the MLA’s office by email at 10:40 a.m. Friday."
                ),
                "Ingunn Ochuba-Croft",
                "said",
                "W",
            ),
            (
                (
                    "She said she regretted that the MLA had heard the news first from a "
                    "constituent."
                ),
                "Ingunn Ochuba-Croft",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The emergency department saw an average of 41 patients a day last "
                    "year, 11 of them between 7 p.m. and 7 a.m., according to data the "
                    "health authority published in March."
                ),
                "data the health authority published in March",
                "according to",
                "W",
            ),
        ],
        [
            (
                "ADVERTISEMENT",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Story continues below",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Mayor Bohdan Szewchyshyn said the nearest emergency department open "
                    "overnight would be in Swan River, about 130 kilometres north."
                ),
                "Bohdan Szewchyshyn",
                "said",
                "W",
            ),
            (
                (
                    "He said town council would write to the health minister on Monday to "
                    "ask for the closures to be shortened."
                ),
                "Bohdan Szewchyshyn",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Reeve Taras Melnychenko of the Rural Municipality of Dauphin said "
                    "the RM’s volunteer firefighters responded to 31 medical calls last "
                    "year, most of them at night."
                ),
                "Taras Melnychenko",
                "said",
                "W",
            ),
            (
                (
                    "“When the ambulance is on a run to Swan River, it is our guys who "
                    "show up,” he said."
                ),
                "Taras Melnychenko",
                "said",
                "",
            ),
            (
                (
                    "Melnychenko said the RM had asked its firefighters to take extra "
                    "first-aid training this fall."
                ),
                "Taras Melnychenko",
                "said",
                "W",
            ),
            (
                (
                    "The mayor said he feared the overnight closures would become "
                    "permanent, as they had in two smaller towns in the region."
                ),
                "Bohdan Szewchyshyn",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "A spokesperson for the health minister said in an email that the "
                    "province had hired 1,100 nurses since 2023 and had offered Prairie "
                    "Mountain Health a $15,000 signing bonus for every nurse who moves to "
                    "a rural hospital."
                ),
                "A spokesperson for the health minister",
                "said in an email",
                "W",
            ),
            (
                ("The spokesperson said the minister would visit Dauphin “in the coming weeks”."),
                "A spokesperson for the health minister",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "A Dauphin paramedic who spoke on condition she not be named said the "
                    "town’s two overnight ambulances would spend about three hours on "
                    "every round trip to Swan River."
                ),
                "A Dauphin paramedic who spoke on condition she not be named",
                "said",
                "",
            ),
            (
                ("“If we get two bad calls in one night, there is no one left here,” she said."),
                "A Dauphin paramedic who spoke on condition she not be named",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Perepeliuk said she would hold a public meeting at the Dauphin "
                    "legion hall on Thursday at 7 p.m."
                ),
                "Khrystyna Perepeliuk",
                "said",
                "W",
            ),
            (
                ("She urged residents to come and “tell the health authority what this means”."),
                "Khrystyna Perepeliuk",
                "urged",
                "",
            ),
        ],
        [
            (
                ("Have a news tip? Email newsroom@parklandledger.ca or call 204-555-0119."),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Related",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Gilbert Plains arena gets $400,000 for new ice plant",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Harvest running two weeks late after wet July, Parkland growers say",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                ("© 2026 Parkland Prairie Ledger, a division of Vermilion Valley Media Inc."),
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            (
                "THE TOBAGO CHANTUELLE",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Tobago’s paper of record  ·  Monday 17 August 2026  ·  e-Edition",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                ("Home   News   Tobago   Business   Sport   Carnival   Features   Letters"),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "TOBAGO",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                ("Fast ferry out for two weeks as Tobago hotels brace for cancellations"),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Port Authority says replacement part is on its way from Australia",
                "the Port Authority of Trinidad and Tobago (PATT)",
                "says",
                "W",
            ),
        ],
        [
            (
                "By Kerelle Bisnauth",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Posted: Aug 17, 2026, 6:02 am",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Facebook   X   WhatsApp   Email",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                ("Passengers wait at the Scarborough ferry terminal on Saturday morning."),
                "",
                "",
                "",
            ),
            (
                "Kerelle Bisnauth / Tobago Chantuelle",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "The fast ferry Galera Swift will be out of service until at least "
                    "August 31 after one of its four water jets failed on Friday, the "
                    "Port Authority of Trinidad and Tobago (PATT) said in a statement on "
                    "Saturday."
                ),
                "the Port Authority of Trinidad and Tobago (PATT)",
                "said in a statement",
                "W",
            ),
            (
                (
                    "The statement said a replacement part had been ordered from the "
                    "manufacturer in Australia and was due in Port of Spain on August 26."
                ),
                "The statement",
                "said",
                "W",
            ),
            (
                (
                    "It said the cargo vessel Arnos Trader would carry passengers on the "
                    "route until then, with 310 seats a sailing instead of the fast "
                    "ferry’s 700."
                ),
                "the Port Authority of Trinidad and Tobago (PATT)",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "PATT general manager Ms Annalicia Teelucksingh-Duberry said 2,140 "
                    "passengers had been moved to other sailings or refunded by Sunday "
                    "night."
                ),
                "Annalicia Teelucksingh-Duberry",
                "said",
                "W",
            ),
            (
                (
                    "“We know how much Tobago depends on this boat,” she said, “and we "
                    "are not going to put it back in the water until it is safe.”"
                ),
                "Annalicia Teelucksingh-Duberry",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The THA Secretary of Tourism, Culture and Transportation, Dr Ornella "
                    "Fortuné, said the Division had counted 86 cancelled hotel bookings "
                    "on the island since Friday."
                ),
                "Ornella Fortuné",
                "said",
                "W",
            ),
            (
                (
                    "She said she was “disappointed but not surprised”, because the "
                    "Galera Swift was 19 years old."
                ),
                "Ornella Fortuné",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "According to the authority’s published sailing schedule, the Arnos "
                    "Trader makes two return trips a day, leaving Port of Spain at 6.30 "
                    "am and 2.30 pm."
                ),
                "the authority’s published sailing schedule",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    "Ms Teelucksingh-Duberry said the authority had also chartered a "
                    "second cargo vessel for the weekend of August 22, adding four "
                    "sailings."
                ),
                "Annalicia Teelucksingh-Duberry",
                "said",
                "W",
            ),
            (
                "The Secretary said that was “a start”.",
                "Ornella Fortuné",
                "said",
                "",
            ),
        ],
        [
            (
                "ADVERTISEMENT",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "SEE ALSO: Crown Point airport car park to close for resurfacing",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "At the post-Executive Council news conference on Sunday, the Chief "
                    "Secretary’s communications adviser, Mr Darnley Hosang, read a "
                    "statement on the ferry."
                ),
                "",
                "",
                "",
            ),
            (
                (
                    "In the statement, the Chief Secretary said the Tobago House of "
                    "Assembly had written to the Minister of Works and Transport on July "
                    "14 asking for the fast ferry’s dry-dock inspection to be brought "
                    "forward."
                ),
                "the Chief Secretary",
                "said",
                "W",
            ),
            (
                ("“Tobago cannot be left to wait on one water jet,” the statement said."),
                "the statement",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Assemblyman for Scarborough/Calder Hall Akil Shurland said at least "
                    "three schools’ football teams had cancelled trips to Trinidad for "
                    "the weekend."
                ),
                "Akil Shurland",
                "said",
                "W",
            ),
            (
                ("He said the island’s sea bridge had been “running on prayer” for years."),
                "Akil Shurland",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The president of the island’s hoteliers’ association, Carlyle "
                    "Dookie, said members had lost about TT$1.3 million in bookings since "
                    "Friday."
                ),
                "Carlyle Dookie",
                "said",
                "W",
            ),
            (
                "“The guests who cancel do not come back next month,” Dookie said.",
                "Carlyle Dookie",
                "said",
                "",
            ),
            (
                "“They go to Grenada.",
                "Carlyle Dookie",
                "said",
                "",
            ),
        ],
        [
            (
                "“And they tell their friends.”",
                "Carlyle Dookie",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "A crew member on the Galera Swift who spoke on condition of "
                    "anonymity said the same water jet had been repaired in March and "
                    "again in June."
                ),
                ("A crew member on the Galera Swift who spoke on condition of anonymity"),
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "“Every Friday I take my pepper sauce and tamarind balls across on "
                    "the fast ferry, and now I cannot get a seat on anything,” said "
                    "Jenelle Calliste-Belgrove, who sells Tobago preserves at a weekend "
                    "stall in Port of Spain."
                ),
                "Jenelle Calliste-Belgrove",
                "said",
                "",
            ),
            (
                "She said she had lost three days of sales.",
                "Jenelle Calliste-Belgrove",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Dr Fortuné said the Division would offer hotels TT$500,000 in "
                    "marketing support once the ferry returns."
                ),
                "Ornella Fortuné",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tags: Tobago, sea bridge, Galera Swift, PATT, tourism",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Write to us: letters@tobagochantuelle.tt",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Most Viewed",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Mt Irvine beach facility to reopen in September",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Plymouth fishermen get new ice machine",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2026 Tobago Chantuelle Publishing Company Limited.",
                "",
                "",
                "B",
            ),
            (
                "Content may not be republished without permission.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            (
                "THE DAILY NODIPATH",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Tuesday, August 18, 2026  |  3 Bhadra 1433 BS  |  Dhaka 31°C",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Home   National   Politics   Country   Business   World   Sports   "
                    "Opinion   Entertainment"
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Country",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                ("Jamuna erosion swallows 86 homes, primary school in Kazipur in 10 days"),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Villagers say geo-bags came too late",
                "Villagers",
                "say",
                "",
            ),
        ],
        [
            (
                "Our Correspondent, Sirajganj",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Published: 18 Aug 2026, 09:20 AM",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share  Facebook  X  LinkedIn  WhatsApp",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Villagers dismantle a tin-roofed house on the bank of the Jamuna in "
                    "Kazipur upazila of Sirajganj on Sunday."
                ),
                "",
                "",
                "",
            ),
            (
                "Photo: Our Correspondent",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Sirajganj, Aug 17 — River erosion by the Jamuna has washed away 86 "
                    "houses, a government primary school and about 140 bighas of cropland "
                    "in three villages of Kazipur upazila in the past 10 days, according "
                    "to the district relief office."
                ),
                "the district relief office",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    "Kazipur Upazila Nirbahi Officer (UNO) A.K.M. Mahmudul Hasanuzzaman "
                    "said 412 families had been affected and 126 of them were staying at "
                    "a cyclone shelter and two school buildings."
                ),
                "A.K.M. Mahmudul Hasanuzzaman",
                "said",
                "W",
            ),
            (
                (
                    "He said each affected family had received 20 kg of rice and Tk 2,000 "
                    "in cash, and a list of families who had lost their houses had been "
                    "sent to the deputy commissioner’s office for house-building grants."
                ),
                "A.K.M. Mahmudul Hasanuzzaman",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Md. Anisuzzaman Akanda, executive engineer of the Bangladesh Water "
                    "Development Board (BWDB) in Sirajganj, said the board had dumped "
                    "38,000 geo-bags along a 1.2-kilometre stretch since August 9."
                ),
                "Md. Anisuzzaman Akanda",
                "said",
                "W",
            ),
            (
                (
                    "He said the work cost Tk 3.4 crore and was paid from the board’s "
                    "emergency fund."
                ),
                "Md. Anisuzzaman Akanda",
                "said",
                "W",
            ),
            (
                (
                    "He said the board had asked the ministry for another Tk 2.6 crore to "
                    "extend the dumping by 800 metres."
                ),
                "Md. Anisuzzaman Akanda",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The UNO said the erosion had slowed since Saturday, but the "
                    "administration was keeping watch round the clock."
                ),
                "A.K.M. Mahmudul Hasanuzzaman",
                "said",
                "W",
            ),
            (
                (
                    "“The river is still high, and the current is hitting the same bend,” "
                    "Md. Akanda said."
                ),
                "Md. Anisuzzaman Akanda",
                "said",
                "",
            ),
            (
                "“It rose 35 centimetres in 24 hours last week.",
                "Md. Anisuzzaman Akanda",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We cannot say the danger is over.”",
                "Md. Anisuzzaman Akanda",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The board said in a press release on Monday that a permanent "
                    "embankment for the area, estimated at Tk 612 crore, had been "
                    "included in a project sent to the Planning Commission in May."
                ),
                "The board",
                "said in a press release",
                "W",
            ),
            (
                ("It said work could begin in the next dry season if the project was approved."),
                "the Bangladesh Water Development Board (BWDB)",
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
                "Read more: Teesta water rises above danger mark in Lalmonirhat",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "“We moved our house three times in six years, and now there is no "
                    "land left to move it to,” said Sufiya Begum, 52, of Char Golanda "
                    "village."
                ),
                "Sufiya Begum",
                "said",
                "",
            ),
            (
                ("She said her family had sold two cows for Tk 1.1 lakh to pay for the move."),
                "Sufiya Begum",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Union Parishad Chairman Golam Bashar Mondol said villagers had asked "
                    "the board for geo-bags in early July, when the water first started "
                    "cutting into the bank."
                ),
                "Golam Bashar Mondol",
                "said",
                "W",
            ),
            (
                ("He said the bags arrived “when half of Char Golanda was already in the river”."),
                "Golam Bashar Mondol",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "An official of the board who asked not to be named said the first "
                    "batch of geo-bags was approved on August 6, three days before "
                    "dumping began."
                ),
                "An official of the board who asked not to be named",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Mst. Nargisun Nesa, head teacher of the Char Golanda Government "
                    "Primary School, said the school’s 174 pupils were taking classes in "
                    "a mosque compound for now."
                ),
                "Mst. Nargisun Nesa",
                "said",
                "W",
            ),
            (
                (
                    "She said the books and furniture had been saved, but the school "
                    "building was lost on Friday night."
                ),
                "Mst. Nargisun Nesa",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Mr Hasanuzzaman said a temporary school would be built on khas land "
                    "at Natuarpara by September 15."
                ),
                "A.K.M. Mahmudul Hasanuzzaman",
                "said",
                "W",
            ),
            (
                ("“Nobody in Kazipur will be left without a roof this monsoon,” he said."),
                "A.K.M. Mahmudul Hasanuzzaman",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Heavy rain is likely in the upstream areas over the next three days, "
                    "according to the Bangladesh Meteorological Department."
                ),
                "the Bangladesh Meteorological Department",
                "according to",
                "",
            ),
        ],
        [
            (
                "Read the full print edition on our e-paper.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Related News",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Kurigram: 1,200 families marooned as Dharla swells",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Sirajganj jute farmers get lower prices this season",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Copyright © 2026 The Daily Nodipath.",
                "",
                "",
                "B",
            ),
            (
                "Editor & Publisher: Shamsunnahar Rahmatullah.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            (
                "THE SADAKPATH TIMES",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Wednesday, August 19, 2026  |  Bhadra 3, 2083  |  Kathmandu 26°C",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                ("National   Politics   Valley   Money   Sports   Culture   Opinion   Photo"),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "National",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                ("Prithvi Highway reopens after 31 hours; 1,800 vehicles were stuck near Jogimara"),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Transport entrepreneurs say losses run into millions as monsoon "
                    "blockades pile up"
                ),
                "Transport entrepreneurs",
                "say",
                "",
            ),
        ],
        [
            (
                "Pashupati Dhakal-Gyawali, Dhading",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Published at: August 19, 2026 07:10 NST  |  Updated at: August 19, "
                    "2026 10:25 NST"
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share: Facebook  X  Viber  Email",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "An excavator clears debris from the Prithvi Highway near Jogimara in "
                    "Dhading on Tuesday afternoon."
                ),
                "",
                "",
                "",
            ),
            (
                "Photo: Pashupati Dhakal-Gyawali",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "The Prithvi Highway, the main road link between Kathmandu and the "
                    "rest of the country, reopened for one-way traffic at 5:40 pm on "
                    "Tuesday, 31 hours after a landslide buried about 120 metres of the "
                    "road near Jogimara in Dhading, Chief District Officer (CDO) "
                    "Bhabindra Mani Ghimire said."
                ),
                "Bhabindra Mani Ghimire",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The CDO said around 1,800 vehicles, including 460 passenger buses, "
                    "had been stuck on both sides of the slide."
                ),
                "Bhabindra Mani Ghimire",
                "said",
                "W",
            ),
            (
                (
                    "He said no one was hurt, as a police team had stopped traffic about "
                    "15 minutes before the hillside gave way at 10:30 am on Monday."
                ),
                "Bhabindra Mani Ghimire",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "DSP Lokendra Jung Bohara, chief of the District Police Office, "
                    "Dhading, said police had been watching the slope since a crack "
                    "appeared on Sunday evening."
                ),
                "Lokendra Jung Bohara",
                "said",
                "W",
            ),
            (
                (
                    "“My men saw stones rolling and they did not wait for an order,” DSP "
                    "Bohara said."
                ),
                "Lokendra Jung Bohara",
                "said",
                "",
            ),
            (
                "“They just stood in the road and put their hands up.”",
                "Lokendra Jung Bohara",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "According to the Division Road Office’s log, four excavators and two "
                    "loaders worked through the night, removing about 9,000 cubic metres "
                    "of debris."
                ),
                "the Division Road Office’s log",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    "Er. Rojina Kharel-Basnyat, chief of the Division Road Office, "
                    "Dhading, said the clearing had cost Rs 38 lakh so far."
                ),
                "Rojina Kharel-Basnyat",
                "said",
                "W",
            ),
            (
                (
                    "She said the same stretch had been blocked five times since the "
                    "monsoon began in June."
                ),
                "Rojina Kharel-Basnyat",
                "said",
                "W",
            ),
            (
                "“Every time we clear it, the hill sends more,” she said.",
                "Rojina Kharel-Basnyat",
                "said",
                "",
            ),
            (
                (
                    "“We have asked for Rs 1.2 billion to build a rock-shed over this "
                    "section, and the design was finished in March."
                ),
                "Rojina Kharel-Basnyat",
                "said",
                "W",
            ),
        ],
        [
            (
                "“What we are missing is the money.”",
                "Rojina Kharel-Basnyat",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Mr Ghimire said two-way traffic would resume once the road office "
                    "had cleared the second lane, which he expected by Wednesday evening."
                ),
                "Bhabindra Mani Ghimire",
                "said",
                "W",
            ),
            (
                (
                    "The DSP said night travel on the highway between Malekhu and Galchhi "
                    "would remain banned from 8 pm to 5 am until the end of Bhadra."
                ),
                "Lokendra Jung Bohara",
                "said",
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
                "Related: Landslide risk maps for Gandaki highways published",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "The Nepal Army said in a statement that a team of 40 soldiers had "
                    "helped clear the road and had distributed drinking water and noodles "
                    "to about 3,000 stranded passengers."
                ),
                "the Nepal Army",
                "said in a statement",
                "W",
            ),
            (
                ("It said the team would stay in the area until the end of the monsoon."),
                "the Nepal Army",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "“We sat in the bus for 22 hours with two small children, and the "
                    "hotel didi charged Rs 100 for a bottle of water that costs Rs 25 in "
                    "Kathmandu,” said Sarmila Thakuri-Rokka, who was travelling to "
                    "Pokhara."
                ),
                "Sarmila Thakuri-Rokka",
                "said",
                "",
            ),
            (
                "“Who is checking these prices?” she asked.",
                "Sarmila Thakuri-Rokka",
                "asked",
                "",
            ),
        ],
        [
            (
                (
                    "A traffic police official who asked not to be named said 11 shops "
                    "near the site had been warned for overcharging on Tuesday."
                ),
                "A traffic police official who asked not to be named",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Ward Chair Dilmaya Pudasaini said 14 houses above the road had been "
                    "evacuated and their 63 residents moved to a school in the village."
                ),
                "Dilmaya Pudasaini",
                "said",
                "W",
            ),
            (
                (
                    "She said the families were afraid to return until geologists "
                    "inspected the slope."
                ),
                "Dilmaya Pudasaini",
                "said",
                "",
            ),
            (
                ("Kharel-Basnyat said a team of geologists would visit the site on Thursday."),
                "Rojina Kharel-Basnyat",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Dambar Dhoj Chaulagain, president of a federation of transport "
                    "entrepreneurs, said each stranded bus lost about Rs 40,000 a day in "
                    "fares and driver costs."
                ),
                "Dambar Dhoj Chaulagain",
                "said",
                "W",
            ),
            (
                "He said the federation would ask the government for compensation.",
                "Dambar Dhoj Chaulagain",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "More heavy rain is likely in Bagmati and Gandaki provinces until "
                    "Friday, according to the Department of Hydrology and Meteorology."
                ),
                "the Department of Hydrology and Meteorology",
                "according to",
                "",
            ),
        ],
        [
            (
                "Tags: Prithvi Highway | Landslide | Dhading | Monsoon",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                ("Pashupati Dhakal-Gyawali covers Dhading and Nuwakot for The Sadakpath Times."),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "More in National",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Melamchi supply to resume in Kathmandu after tunnel repair",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Koshi barrage gates opened as water level rises",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "© 2026 The Sadakpath Times  |  All content copyright of Sadakpath "
                    "Media Pvt. Ltd."
                ),
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            (
                "KEI VALLEY VOICE",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Eastern Cape edition  |  Thursday 20 August 2026  |  Load shedding: "
                    "none scheduled today"
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                ("News   Eastern Cape   Politics   Business   Sport   Lifestyle   Opinion   Jobs"),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "News › Eastern Cape",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "4,100 Amathole learners without transport as 23 scholar buses stop "
                    "over unpaid bills"
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Operators say they have not been paid since May",
                "Operators",
                "say",
                "W",
            ),
        ],
        [
            (
                "Lwandiso Qwesha, Eastern Cape Reporter",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "20 August 2026  ·  5 min read",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share  |  Facebook  |  X  |  WhatsApp  |  Email",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Learners walk along the R63 near Keiskammahoek on Wednesday morning.",
                "",
                "",
                "",
            ),
            (
                "(Lwandiso Qwesha/Kei Valley Voice)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "About 4,100 learners at 31 schools in the Amathole district have "
                    "been without scholar transport since Monday after 23 contracted "
                    "buses stopped running, the provincial department of transport said "
                    "on Wednesday."
                ),
                "the provincial department of transport",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Department spokesperson Siyabulela Sigcawu said in an emailed "
                    "response to questions that the operators were owed R18.4 million for "
                    "May, June and July, and that payments had been delayed by “a "
                    "verification process”."
                ),
                "Siyabulela Sigcawu",
                "said in an emailed response",
                "W",
            ),
            (
                (
                    "He said R6.1 million had been paid into the operators’ accounts on "
                    "Wednesday afternoon."
                ),
                "Siyabulela Sigcawu",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "According to invoices seen by Kei Valley Voice, the department pays "
                    "the operators between R14.50 and R17.80 a kilometre, depending on "
                    "the size of the bus."
                ),
                "invoices seen by Kei Valley Voice",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    "Transport MEC Nomakhaya Mantyi-Gqamana, who visited two of the "
                    "schools on Wednesday, said the rest of the money would be paid by "
                    "August 28."
                ),
                "Nomakhaya Mantyi-Gqamana",
                "said",
                "W",
            ),
            (
                (
                    "“I apologise to every parent,” the MEC said, “because no child "
                    "should lose a week of school over a payment that is sitting in an "
                    "office.”"
                ),
                "Nomakhaya Mantyi-Gqamana",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The chairperson of the school governing body at Ndindwa Senior "
                    "Secondary School, Ms Thembisa Boqwana, said only 96 of the school’s "
                    "388 learners came to school on Tuesday."
                ),
                "Thembisa Boqwana",
                "said",
                "W",
            ),
            (
                (
                    "She said the matric class was “four weeks away from trial exams and "
                    "losing days”."
                ),
                "Thembisa Boqwana",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Mantyi-Gqamana said she had asked the department’s head to explain "
                    "why the verification had taken three months."
                ),
                "Nomakhaya Mantyi-Gqamana",
                "said",
                "W",
            ),
            (
                (
                    "She said 2,900 learners in the province had been affected by a "
                    "similar delay in 2025."
                ),
                "Nomakhaya Mantyi-Gqamana",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Ms Boqwana said parents had been told nothing until a driver posted "
                    "a voice note on a community WhatsApp group on Sunday night."
                ),
                "Thembisa Boqwana",
                "said",
                "W",
            ),
            (
                "“We are not asking for a favour,” she said.",
                "Thembisa Boqwana",
                "said",
                "",
            ),
            (
                "“Scholar transport is in the budget.",
                "Thembisa Boqwana",
                "said",
                "",
            ),
        ],
        [
            (
                "“Somebody must just press the button.”",
                "Thembisa Boqwana",
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
                "Read: Buffalo City water outage enters third day in Mdantsane",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "The Amathole Scholar Transport Operators’ Association said in a "
                    "statement posted on its Facebook page that its members had borrowed "
                    "money to pay drivers and buy diesel since June."
                ),
                "the Amathole Scholar Transport Operators’ Association",
                "said in a statement posted on its Facebook page",
                "W",
            ),
            (
                (
                    "It said buses would return to the roads only when the full amount "
                    "had been paid."
                ),
                "the Amathole Scholar Transport Operators’ Association",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Operator Xolile Dlamkile-Ngxowa, who runs four of the buses, said he "
                    "had paid his drivers’ July wages with a R250,000 loan from his "
                    "brother."
                ),
                "Xolile Dlamkile-Ngxowa",
                "said",
                "W",
            ),
            (
                "“The banks do not care that the government owes me,” he said.",
                "Xolile Dlamkile-Ngxowa",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Inkosi Mthunzi Zwelonke-Tshiwula, whose traditional council covers "
                    "11 of the affected villages, said he had called a meeting of parents "
                    "and operators for Saturday."
                ),
                "Mthunzi Zwelonke-Tshiwula",
                "said",
                "W",
            ),
            (
                "He said children should not be used “as a rope in a tug of war”.",
                "Mthunzi Zwelonke-Tshiwula",
                "said",
                "",
            ),
            (
                ("Dlamkile-Ngxowa said his buses covered 212 kilometres every school day."),
                "Xolile Dlamkile-Ngxowa",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "A principal at one of the affected schools who did not want to be "
                    "named said two Grade 9 learners had been injured in a fall from a "
                    "bakkie that gave them a lift on Tuesday."
                ),
                ("A principal at one of the affected schools who did not want to be named"),
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "“My grandchildren left home at half past five and walked 9km, and at "
                    "school the teacher told them to go home because there were only 12 "
                    "of them,” said Gogo Nomathemba Mgolodela-Sotyato, 71, of Ndindwa "
                    "village."
                ),
                "Nomathemba Mgolodela-Sotyato",
                "said",
                "",
            ),
            (
                "She said she would keep them at home until the buses came back.",
                "Nomathemba Mgolodela-Sotyato",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The spokesperson said the department had not received a report of "
                    "any learner being injured."
                ),
                "Siyabulela Sigcawu",
                "said",
                "W",
            ),
        ],
        [
            (
                "Get Eastern Cape news on WhatsApp: tap here to join our channel.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Related",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Mthatha taxi rank upgrade delayed to 2027",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Eastern Cape matric pass rate target set at 85%",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2026 Kei Valley Voice.",
                "",
                "",
                "B",
            ),
            (
                ("We subscribe to the Press Code and the Press Council’s complaints process."),
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            (
                "CAPRICORN COAST CURRENT",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Central Queensland  |  Friday, 21 August 2026  |  Yeppoon 24°C",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                ("News   Local   Rural   Sport   What’s On   Real Estate   Jobs   Notices"),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Local News",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                ("Kinka Beach closed for a week after 3.8-metre crocodile seen off the flags"),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                ("Wildlife officers set trap as department says it will remove the animal"),
                "the state environment department",
                "says",
                "W",
            ),
        ],
        [
            (
                "Kalani Bode",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                ("Published: 21 Aug 2026, 6:00am AEST  |  Updated: 21 Aug 2026, 10:48am AEST"),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share  |  Facebook  |  X  |  Email  |  Copy link",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "A sign warns swimmers at Kinka Beach on Thursday.",
                "",
                "",
                "",
            ),
            (
                "Picture: Kalani Bode",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Kinka Beach will stay closed to swimmers until at least next Friday "
                    "after a crocodile estimated at 3.8 metres was seen about 40 metres "
                    "off the patrolled area on Wednesday afternoon, the state environment "
                    "department said in a statement."
                ),
                "the state environment department",
                "said in a statement",
                "W",
            ),
            (
                (
                    "It said the animal had been classed as a problem crocodile because "
                    "it was seen in a patrolled swimming area, and would be removed."
                ),
                "the state environment department",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Senior wildlife officer Athol Radford said officers set a floating "
                    "trap baited with pork near the mouth of Kinka Creek on Thursday "
                    "morning."
                ),
                "Athol Radford",
                "said",
                "W",
            ),
            (
                (
                    "He said the crocodile was seen by two lifeguards at 3.20pm and again "
                    "by a fisherman at 5.45pm, both times within 100 metres of the beach."
                ),
                "Athol Radford",
                "said",
                "W",
            ),
        ],
        [
            (
                ("“A crocodile that size in the flags is not something we wait on,” Radford said."),
                "Athol Radford",
                "said",
                "",
            ),
            (
                ("“We had a smaller one in the same creek in March, and it took 11 days to trap."),
                "Athol Radford",
                "said",
                "W",
            ),
        ],
        [
            (
                "“This one might be quicker, or it might be smarter.”",
                "Athol Radford",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "According to the department’s sighting records, there have been 14 "
                    "confirmed crocodile sightings on the Capricorn Coast this year, up "
                    "from six in the same period of 2025."
                ),
                "the department’s sighting records",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    "Livingstone Shire mayor Cr Ivor Ostrovic said the council had closed "
                    "the beach’s two car parks and put signs at all six access tracks."
                ),
                "Ivor Ostrovic",
                "said",
                "W",
            ),
            (
                (
                    "He said the closure was “a blow for the businesses on the foreshore "
                    "in the middle of the whale-watching season” but was the right call."
                ),
                "Ivor Ostrovic",
                "said",
                "",
            ),
            (
                "Radford said the trap would be checked every morning and evening.",
                "Athol Radford",
                "said",
                "W",
            ),
            (
                (
                    "Cr Ostrovic said he hoped the beach could reopen before the "
                    "September school holidays."
                ),
                "Ivor Ostrovic",
                "said",
                "",
            ),
        ],
        [
            (
                "ADVERTISEMENT",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "READ MORE: Emu Park jetty repairs to begin in October",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Emu Park Surf Life Saving Club president Tarnee Kindred said the "
                    "club had moved its Nippers training, which usually draws about 70 "
                    "children on Sunday mornings, to the Yeppoon lagoon pool."
                ),
                "Tarnee Kindred",
                "said",
                "W",
            ),
            (
                "“The kids are disappointed,” she said, “but their parents are not.”",
                "Tarnee Kindred",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Darumbal elder Aunty Dulcie Carrabin said crocodiles had always been "
                    "part of the coast and people had to learn to share it."
                ),
                "Dulcie Carrabin",
                "said",
                "",
            ),
            (
                (
                    "Aunty Dulcie said her grandfather had told her of crocodiles at the "
                    "mouth of the same creek in the 1940s."
                ),
                "Dulcie Carrabin",
                "said",
                "",
            ),
            (
                ("Kindred said she agreed, but a patrolled beach was a different thing."),
                "Tarnee Kindred",
                "said",
                "",
            ),
            (
                (
                    "She said lifeguards would keep the tower staffed all week “to keep "
                    "people out, not in”."
                ),
                "Tarnee Kindred",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "A Queensland Police spokeswoman said officers had been called to the "
                    "beach twice on Thursday to ask swimmers to leave the water."
                ),
                "A Queensland Police spokeswoman",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "“I have swum here every morning for 20 years and never seen one,” "
                    "said Clancy Winton, 63, who was walking his dog on the sand on "
                    "Thursday."
                ),
                "Clancy Winton",
                "said",
                "",
            ),
            (
                "He said he would swim at the lagoon until the trap was pulled out.",
                "Clancy Winton",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The mayor said the council would pay for an extra lifeguard at the "
                    "lagoon on weekends while the beach is closed."
                ),
                "Ivor Ostrovic",
                "said",
                "W",
            ),
        ],
        [
            (
                "Staying safe in crocodile country",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Crocodiles live in waterways from Gladstone north.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Obey warning signs and stay well back from the water’s edge.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                (
                    "Report every sighting to the department on 1300 555 372, even if the "
                    "animal looks small."
                ),
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Get the Current’s morning headlines in your inbox.",
                "",
                "",
                "B",
            ),
            (
                "Sign up free below.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "We acknowledge the Darumbal people, the Traditional Owners of the "
                    "land on which we work, and pay our respects to Elders past and "
                    "present."
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "More stories",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Rockhampton saleyards record best cattle prices since 2022",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Byfield roadworks to close Waterpark Creek crossing",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2026 Capricorn Coast Current Pty Ltd",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "ABN 48 611 505 077  |  Terms  |  Privacy",
                "",
                "",
                "B",
            ),
        ],
    ],
]

CASES = [
    (
        "n86-gh-quote-two-after-role",
        (
            "“We did not wait for anybody to tell us,” the headmistress said. "
            "“When you have 212 girls sleeping under one roof, you do not "
            "gamble.”"
        ),
        [
            "“We did not wait for anybody to tell us,” the headmistress said.",
            ("“When you have 212 girls sleeping under one roof, you do not gamble.”"),
        ],
    ),
    (
        "n86-gh-hon-mce-he-said",
        (
            "The Ho Municipal Chief Executive, Hon. Senyo Fiagbenu-Kpodzro, said "
            "the assembly would release GH¢150,000 from its share of the District "
            "Assemblies Common Fund to build temporary washrooms near the science "
            "block. He said work on the washrooms would begin on Wednesday."
        ),
        [
            (
                "The Ho Municipal Chief Executive, Hon. Senyo Fiagbenu-Kpodzro, said "
                "the assembly would release GH¢150,000 from its share of the District "
                "Assemblies Common Fund to build temporary washrooms near the science "
                "block."
            ),
            "He said work on the washrooms would begin on Wednesday.",
        ],
    ),
    (
        "n86-gh-regnal-numeral-end",
        (
            "Forty bags of cement were presented to the school on Sunday on "
            "behalf of the paramount chief of the Ho traditional area, Togbe "
            "Adzatsa Kodzovi V. “This school trained my mother and my daughters, "
            "and it will not fall while I sit on this stool,” the chief said in a "
            "message read to the students by his linguist."
        ),
        [
            (
                "Forty bags of cement were presented to the school on Sunday on "
                "behalf of the paramount chief of the Ho traditional area, Togbe "
                "Adzatsa Kodzovi V."
            ),
            (
                "“This school trained my mother and my daughters, and it will not "
                "fall while I sit on this stool,” the chief said in a message read to "
                "the students by his linguist."
            ),
        ],
    ),
    (
        "n86-gh-ltd-comma-year",
        (
            "© Akoma Herald Media Ltd., 2026. Reproduction in whole or in part "
            "without permission is prohibited."
        ),
        [
            "© Akoma Herald Media Ltd., 2026.",
            "Reproduction in whole or in part without permission is prohibited.",
        ],
    ),
    (
        "n86-ng-engr-told-paper",
        (
            "The Commissioner for Water Resources, Engr. Ikechiamaka "
            "Umeadiro-Ogbuagu, told The Pathfinder that water was pumped into the "
            "Abakpa network on Thursday and reached Emene on Saturday morning. He "
            "said the corporation would supply the two districts on Mondays, "
            "Wednesdays and Fridays until a second pump arrives from Lagos in "
            "October."
        ),
        [
            (
                "The Commissioner for Water Resources, Engr. Ikechiamaka "
                "Umeadiro-Ogbuagu, told The Pathfinder that water was pumped into the "
                "Abakpa network on Thursday and reached Emene on Saturday morning."
            ),
            (
                "He said the corporation would supply the two districts on Mondays, "
                "Wednesdays and Fridays until a second pump arrives from Lagos in "
                "October."
            ),
        ],
    ),
    (
        "n86-ng-dr-according-to-tariff",
        (
            "Dr. Okwuchelu-Anyaoha said a metered household would pay ₦4,500 a "
            "month, according to the corporation’s new tariff schedule. The "
            "commissioner, speaking after him at the briefing, said the tariff "
            "was lower than what most families paid water vendors. He said a "
            "25-litre jerrycan from a tanker cost ₦150 in Abakpa in July."
        ),
        [
            (
                "Dr. Okwuchelu-Anyaoha said a metered household would pay ₦4,500 a "
                "month, according to the corporation’s new tariff schedule."
            ),
            (
                "The commissioner, speaking after him at the briefing, said the "
                "tariff was lower than what most families paid water vendors."
            ),
            ("He said a 25-litre jerrycan from a tanker cost ₦150 in Abakpa in July."),
        ],
    ),
    (
        "n86-ng-quote-open-at-para-end",
        (
            "Mrs Ijeamaka Nwadinobi-Odoemelam, who sells foodstuff at Abakpa "
            "market, said water came out of her tap on Friday for about four "
            "hours. “I filled every bucket and every pot in the house,” she said. "
            "“On Sunday it stopped, and I went back to the tanker man."
        ),
        [
            (
                "Mrs Ijeamaka Nwadinobi-Odoemelam, who sells foodstuff at Abakpa "
                "market, said water came out of her tap on Friday for about four "
                "hours."
            ),
            "“I filled every bucket and every pot in the house,” she said.",
            "“On Sunday it stopped, and I went back to the tanker man.",
        ],
    ),
    (
        "n86-ph-atty-ma-abbrev",
        (
            "City Administrator Atty. Ma. Fidelina Ledesmo-Sunico said the "
            "affected vendors would move to a temporary market on a city-owned "
            "lot in Barangay Tanzada, about 800 meters away. She said the "
            "temporary stalls, built of steel with corrugated roofing, would be "
            "ready by August 28."
        ),
        [
            (
                "City Administrator Atty. Ma. Fidelina Ledesmo-Sunico said the "
                "affected vendors would move to a temporary market on a city-owned "
                "lot in Barangay Tanzada, about 800 meters away."
            ),
            (
                "She said the temporary stalls, built of steel with corrugated "
                "roofing, would be ready by August 28."
            ),
        ],
    ),
    (
        "n86-ph-mrs-dot-quote-after",
        (
            "“Our suki will not walk 800 meters in the rain to buy fish,” Mrs. "
            "Pandaguila-Pabalinas said. “They will go to the mall.”"
        ),
        [
            (
                "“Our suki will not walk 800 meters in the rain to buy fish,” Mrs. "
                "Pandaguila-Pabalinas said."
            ),
            "“They will go to the mall.”",
        ],
    ),
    (
        "n86-ph-split-around-she-said",
        (
            "Atty. Ledesmo-Sunico said the parking lot could fit only 60 stalls "
            "and fire trucks needed access to it during construction. “We "
            "understand the fear of losing customers,” she said, “and that is why "
            "the fee stays at P45 and the first month at the temporary market is "
            "free.”"
        ),
        [
            (
                "Atty. Ledesmo-Sunico said the parking lot could fit only 60 stalls "
                "and fire trucks needed access to it during construction."
            ),
            (
                "“We understand the fear of losing customers,” she said, “and that is "
                "why the fee stays at P45 and the first month at the temporary market "
                "is free.”"
            ),
        ],
    ),
    (
        "n86-ph-2pm-at-city-hall",
        (
            "Mrs. Pandaguila-Pabalinas said the association would meet the city "
            "administrator on Friday at 2 p.m. at City Hall. She said she hoped "
            "the city would at least put a roof over the walkway from the jeepney "
            "stop."
        ),
        [
            (
                "Mrs. Pandaguila-Pabalinas said the association would meet the city "
                "administrator on Friday at 2 p.m. at City Hall."
            ),
            (
                "She said she hoped the city would at least put a roof over the "
                "walkway from the jeepney stop."
            ),
        ],
    ),
    (
        "n86-my-dateline-sept-rm-mil",
        (
            "IPOH: Eighty-six hawkers at the Taman Sriandam food court will move "
            "to a temporary site in a nearby car park from Sept 1, when the Ipoh "
            "City Council (MBI) closes the 30-year-old building for a RM4.2mil "
            "upgrade."
        ),
        [
            (
                "IPOH: Eighty-six hawkers at the Taman Sriandam food court will move "
                "to a temporary site in a nearby car park from Sept 1, when the Ipoh "
                "City Council (MBI) closes the 30-year-old building for a RM4.2mil "
                "upgrade."
            ),
        ],
    ),
    (
        "n86-my-k-initial-chairman",
        (
            "Taman Sriandam Hawkers’ Association chairman K. Vasanthamalar said "
            "the temporary site, a council car park about 300m away, had no "
            "shade, no running water and only one drain. “You cannot wash a wok "
            "with a bucket of water for eight hours,” she said. She said the "
            "association had written to the council on July 20 asking for tents "
            "and a water connection, but had not received a reply."
        ),
        [
            (
                "Taman Sriandam Hawkers’ Association chairman K. Vasanthamalar said "
                "the temporary site, a council car park about 300m away, had no "
                "shade, no running water and only one drain."
            ),
            ("“You cannot wash a wok with a bucket of water for eight hours,” she said."),
            (
                "She said the association had written to the council on July 20 "
                "asking for tents and a water connection, but had not received a "
                "reply."
            ),
        ],
    ),
    (
        "n86-nz-two-para-quote-open",
        (
            "“We have had this hill on our watch list since the cyclone,” Hallaby "
            "said. “It moved 30 millimetres in the whole of last year, and it has "
            "moved 11 centimetres this week."
        ),
        [
            ("“We have had this hill on our watch list since the cyclone,” Hallaby said."),
            (
                "“It moved 30 millimetres in the whole of last year, and it has moved "
                "11 centimetres this week."
            ),
        ],
    ),
    (
        "n86-nz-qa-answer-two",
        (
            "A: I would love to give you a date. NZTA has told us three weeks at "
            "the earliest, and I’m not going to promise anyone more than that."
        ),
        [
            "A: I would love to give you a date.",
            (
                "NZTA has told us three weeks at the earliest, and I’m not going to "
                "promise anyone more than that."
            ),
        ],
    ),
    (
        "n86-nz-qa-question-cites",
        (
            "A: They are right. The inland road has no lighting and no barriers "
            "for 14 kilometres, and we have asked NZTA to close it to everyone "
            "but locals at night."
        ),
        [
            "A: They are right.",
            (
                "The inland road has no lighting and no barriers for 14 kilometres, "
                "and we have asked NZTA to close it to everyone but locals at night."
            ),
        ],
    ),
    (
        "n86-ie-fr-dot-reading",
        (
            "At both Masses in the parish church last Sunday, the parish priest, "
            "Fr. Naoise Ó Gealbháin, read out a letter from Dr Ó Coinnealáin to "
            "his patients. In the letter, Dr Ó Coinnealáin said the practice’s "
            "records would be transferred free of charge to whichever practice "
            "each patient chose. He said he would miss “the people more than the "
            "work”."
        ),
        [
            (
                "At both Masses in the parish church last Sunday, the parish priest, "
                "Fr. Naoise Ó Gealbháin, read out a letter from Dr Ó Coinnealáin to "
                "his patients."
            ),
            (
                "In the letter, Dr Ó Coinnealáin said the practice’s records would be "
                "transferred free of charge to whichever practice each patient chose."
            ),
            "He said he would miss “the people more than the work”.",
        ],
    ),
    (
        "n86-ie-split-around-cllr",
        (
            "“It’s not just the doctor,” Cllr Mac Fhearghusa said, “it’s the "
            "pharmacy, the post office and the shop, because people who drive to "
            "Carrick for a prescription do their shopping in Carrick too.” She "
            "said the council owned a vacant building on Main Street that could "
            "be fitted out as a surgery within three months."
        ),
        [
            (
                "“It’s not just the doctor,” Cllr Mac Fhearghusa said, “it’s the "
                "pharmacy, the post office and the shop, because people who drive to "
                "Carrick for a prescription do their shopping in Carrick too.”"
            ),
            (
                "She said the council owned a vacant building on Main Street that "
                "could be fitted out as a surgery within three months."
            ),
        ],
    ),
    (
        "n86-ie-ltd-registered-no",
        (
            "© The Shannonbank Observer 2026. Published by Shannonbank Newspapers "
            "Ltd, registered in Ireland, No. 448159."
        ),
        [
            "© The Shannonbank Observer 2026.",
            ("Published by Shannonbank Newspapers Ltd, registered in Ireland, No. 448159."),
        ],
    ),
    (
        "n86-ca-man-dot-strip",
        "Dauphin, Man.  ·  Sunday, Aug. 16, 2026  ·  14°C",
        [
            "Dauphin, Man.  ·  Sunday, Aug. 16, 2026  ·  14°C",
        ],
    ),
    (
        "n86-ca-pm-am-said-friday",
        (
            "The emergency department at the hospital in Dauphin will close every "
            "night from 7 p.m. to 7 a.m. for six weeks starting Monday, Prairie "
            "Mountain Health said Friday. In a news release, the health authority "
            "said the department needs 14 full-time registered nurses to stay "
            "open around the clock and has seven. During the closures, ambulances "
            "will take overnight patients to Swan River or Brandon, the health "
            "authority said."
        ),
        [
            (
                "The emergency department at the hospital in Dauphin will close every "
                "night from 7 p.m. to 7 a.m. for six weeks starting Monday, Prairie "
                "Mountain Health said Friday."
            ),
            (
                "In a news release, the health authority said the department needs 14 "
                "full-time registered nurses to stay open around the clock and has "
                "seven."
            ),
            (
                "During the closures, ambulances will take overnight patients to Swan "
                "River or Brandon, the health authority said."
            ),
        ],
    ),
    (
        "n86-ca-sept-quote-figures",
        (
            "Ingunn Ochuba-Croft, the health authority’s executive director for "
            "the north, said the overnight closures would run until Sept. 27 and "
            "would be reviewed every two weeks. “This is the last thing we wanted "
            "to do,” she said. “We have filled 212 overnight shifts with agency "
            "nurses since April, and the agencies have told us they cannot fill "
            "the rest of August.”"
        ),
        [
            (
                "Ingunn Ochuba-Croft, the health authority’s executive director for "
                "the north, said the overnight closures would run until Sept. 27 and "
                "would be reviewed every two weeks."
            ),
            "“This is the last thing we wanted to do,” she said.",
            (
                "“We have filled 212 overnight shifts with agency nurses since April, "
                "and the agencies have told us they cannot fill the rest of August.”"
            ),
        ],
    ),
    (
        "n86-ca-am-friday-she-said",
        (
            "Ochuba-Croft said staff were told on Thursday and the authority "
            "notified the MLA’s office by email at 10:40 a.m. Friday. She said "
            "she regretted that the MLA had heard the news first from a "
            "constituent."
        ),
        [
            (
                "Ochuba-Croft said staff were told on Thursday and the authority "
                "notified the MLA’s office by email at 10:40 a.m. Friday."
            ),
            ("She said she regretted that the MLA had heard the news first from a constituent."),
        ],
    ),
    (
        "n86-tt-statement-read-out",
        (
            "At the post-Executive Council news conference on Sunday, the Chief "
            "Secretary’s communications adviser, Mr Darnley Hosang, read a "
            "statement on the ferry. In the statement, the Chief Secretary said "
            "the Tobago House of Assembly had written to the Minister of Works "
            "and Transport on July 14 asking for the fast ferry’s dry-dock "
            "inspection to be brought forward. “Tobago cannot be left to wait on "
            "one water jet,” the statement said."
        ),
        [
            (
                "At the post-Executive Council news conference on Sunday, the Chief "
                "Secretary’s communications adviser, Mr Darnley Hosang, read a "
                "statement on the ferry."
            ),
            (
                "In the statement, the Chief Secretary said the Tobago House of "
                "Assembly had written to the Minister of Works and Transport on July "
                "14 asking for the fast ferry’s dry-dock inspection to be brought "
                "forward."
            ),
            ("“Tobago cannot be left to wait on one water jet,” the statement said."),
        ],
    ),
    (
        "n86-bd-akm-initials",
        (
            "Kazipur Upazila Nirbahi Officer (UNO) A.K.M. Mahmudul Hasanuzzaman "
            "said 412 families had been affected and 126 of them were staying at "
            "a cyclone shelter and two school buildings. He said each affected "
            "family had received 20 kg of rice and Tk 2,000 in cash, and a list "
            "of families who had lost their houses had been sent to the deputy "
            "commissioner’s office for house-building grants."
        ),
        [
            (
                "Kazipur Upazila Nirbahi Officer (UNO) A.K.M. Mahmudul Hasanuzzaman "
                "said 412 families had been affected and 126 of them were staying at "
                "a cyclone shelter and two school buildings."
            ),
            (
                "He said each affected family had received 20 kg of rice and Tk 2,000 "
                "in cash, and a list of families who had lost their houses had been "
                "sent to the deputy commissioner’s office for house-building grants."
            ),
        ],
    ),
    (
        "n86-bd-md-dot-quote-open",
        (
            "The UNO said the erosion had slowed since Saturday, but the "
            "administration was keeping watch round the clock. “The river is "
            "still high, and the current is hitting the same bend,” Md. Akanda "
            "said. “It rose 35 centimetres in 24 hours last week."
        ),
        [
            (
                "The UNO said the erosion had slowed since Saturday, but the "
                "administration was keeping watch round the clock."
            ),
            (
                "“The river is still high, and the current is hitting the same bend,” "
                "Md. Akanda said."
            ),
            "“It rose 35 centimetres in 24 hours last week.",
        ],
    ),
    (
        "n86-bd-mst-head-teacher",
        (
            "Mst. Nargisun Nesa, head teacher of the Char Golanda Government "
            "Primary School, said the school’s 174 pupils were taking classes in "
            "a mosque compound for now. She said the books and furniture had been "
            "saved, but the school building was lost on Friday night."
        ),
        [
            (
                "Mst. Nargisun Nesa, head teacher of the Char Golanda Government "
                "Primary School, said the school’s 174 pupils were taking classes in "
                "a mosque compound for now."
            ),
            (
                "She said the books and furniture had been saved, but the school "
                "building was lost on Friday night."
            ),
        ],
    ),
    (
        "n86-np-er-dot-lakh",
        (
            "Er. Rojina Kharel-Basnyat, chief of the Division Road Office, "
            "Dhading, said the clearing had cost Rs 38 lakh so far. She said the "
            "same stretch had been blocked five times since the monsoon began in "
            "June. “Every time we clear it, the hill sends more,” she said. “We "
            "have asked for Rs 1.2 billion to build a rock-shed over this "
            "section, and the design was finished in March."
        ),
        [
            (
                "Er. Rojina Kharel-Basnyat, chief of the Division Road Office, "
                "Dhading, said the clearing had cost Rs 38 lakh so far."
            ),
            (
                "She said the same stretch had been blocked five times since the "
                "monsoon began in June."
            ),
            "“Every time we clear it, the hill sends more,” she said.",
            (
                "“We have asked for Rs 1.2 billion to build a rock-shed over this "
                "section, and the design was finished in March."
            ),
        ],
    ),
    (
        "n86-np-question-she-asked",
        (
            "“We sat in the bus for 22 hours with two small children, and the "
            "hotel didi charged Rs 100 for a bottle of water that costs Rs 25 in "
            "Kathmandu,” said Sarmila Thakuri-Rokka, who was travelling to "
            "Pokhara. “Who is checking these prices?” she asked."
        ),
        [
            (
                "“We sat in the bus for 22 hours with two small children, and the "
                "hotel didi charged Rs 100 for a bottle of water that costs Rs 25 in "
                "Kathmandu,” said Sarmila Thakuri-Rokka, who was travelling to "
                "Pokhara."
            ),
            "“Who is checking these prices?” she asked.",
        ],
    ),
    (
        "n86-au-pm-times-he-said",
        (
            "Senior wildlife officer Athol Radford said officers set a floating "
            "trap baited with pork near the mouth of Kinka Creek on Thursday "
            "morning. He said the crocodile was seen by two lifeguards at 3.20pm "
            "and again by a fisherman at 5.45pm, both times within 100 metres of "
            "the beach."
        ),
        [
            (
                "Senior wildlife officer Athol Radford said officers set a floating "
                "trap baited with pork near the mouth of Kinka Creek on Thursday "
                "morning."
            ),
            (
                "He said the crocodile was seen by two lifeguards at 3.20pm and again "
                "by a fisherman at 5.45pm, both times within 100 metres of the beach."
            ),
        ],
    ),
]
