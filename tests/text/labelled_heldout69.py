"""Sixty-ninth held-out set of hand-labelled pages for the hint engines (round forty-two): scored,
never tuned on. Twelve ORDINARY WHOLE news pages, head to tail, one beat each, as a newsroom
reviewer meets them day to day on twelve countries' mainstream sites: POLITICS (Ghana, a
by-election result), HEALTH (Scotland, A&E waiting-time figures), CRIME (South Africa, a mall
jewellery robbery and four arrests), TRANSPORT (Malaysia, an express-bus fare rise), BUSINESS
(Canada, Manitoba, a snack plant closing with 340 jobs), COURTS (Australia, Queensland, a builder
sentenced for deposit fraud), WEATHER (the United States, Michigan, a lake-effect snowstorm),
EDUCATION (India, Tamil Nadu, teacher vacancies shown by an RTI reply), ENVIRONMENT (New Zealand,
Canterbury, nitrate in groundwater wells), HOUSING (Ireland, Galway, a rent report), SPORT (Kenya,
a half marathon with a course record) and CULTURE (the Philippines, Iloilo City, a restored
theater reopening). Each page is pasted whole from the browser with its site's own furniture,
worded as that site would: masthead, date and weather strips, menus, section labels, bylines,
published and updated lines, share strips, captions and credits, advertisements and "read more"
links mid-story, newsletter and comment prompts, tags, related and most-read lists, bios and
contact lines, copyright and legal links. The speakers are ordinary ones (officials,
spokespeople, residents, patients, workers, experts, athletes), with figures and dates
throughout. The pages hold 518 sentences: 225 "B", 162 "W" and 131 ""; 215 sentences carry a
speaker (101 distinct speakers). `STYLES` describes each page, its story, its speakers and its
furniture in order. `HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected
sentences), each two or three consecutive sentences of one paragraph of these pages joined by
single spaces, chosen where splitting is hard: what a reviewer wants, not what the engine does.

Written from scratch for issue 13 in round forty-two, blind: nothing under `claimreview/` or
`docs/` was opened or listed, nothing under `tests/benchmarks/` was opened or listed, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file and no `hint_scores.py` was opened, and no
README of the project was read; `claimreview` was never imported, and no test, scorer, engine or
`pytest` was run. The search and fetch tools were not used, and nothing was copied from anywhere.
What was read: the brief (`/tmp/brief` was listed at the start; it held only the brief);
`/tmp/sets` was listed twice before this file was written and was empty both times, and once
near the end, when it also held other helpers' `labelled_heldout70.py`, `labelled_new97.py` and
`labelled_new98.py`, seen as names only and never opened; the module
docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with `ast.get_docstring`);
from `labelled_new95.py` and `labelled_new96.py`, the output of a script of my own using `ast`
that prints the module docstring, `STYLES`, the first two pages of `ARTICLES` and the first eight
`CASES`, saved to a file in a scratch folder and printed with `sed` in ranges (two ranges the tool
had cut were printed again, so all of it was seen); `def build` in
`tests/text/labelled_articles.py` (a `grep -n -A20` for its `def` line, which showed the function
to its end); and the `[tool.ruff]` table of `pyproject.toml` (a `sed` range that also showed the
next table's header line). No other page, case or docstring of any file under `tests/` was read.
What was run: a Python one-liner printing the calendars of November and December 2026 to check
weekdays; `ls tests/text | wc -l` once (a count only); scripts of my own in the scratch folder
that turn a small line format (flag, speaker, cue and text, blank lines between paragraphs,
aliases for speakers, markers for split cases) into the literals below, apply renames, cut the
split cases out of the pages, and count sentences, flags and speakers; whole-word,
case-insensitive per-word file counts (`grep -rilwF --include='*.py' -- WORD tests | wc -l`) over
`tests/` for every capitalised word of these pages (each part of a hyphenated name on its own)
and for every candidate replacement, and phrase file counts (`grep -rilF`) for about forty coined
multi-word names (outlets, firms, bodies, streets, the race and the theater), none of which hit.
Only counts were read from these searches, never the matched lines; once, for a coined word that
hit a single file, that file's path was kept in a shell variable (only its length was printed)
to count whether fourteen other hitting words were in the same file (none was). The whole-word
counts ran through every file under `tests/`, including files this set must not open; only their
counts were read. Then an import of this file with `build` on every page and a check of four
string fields, flags, the pairing rules (every speaker has a cue and every cue a speaker, no "B"
sentence has a speaker, each cue occurs in its sentence or in a sentence of the quote it
continues), 30 distinct case ids, every case text in a built page and equal to its sentences
joined by single spaces, each expected sentence one labelled sentence, and the counts above; and
`ruff format` and `ruff check` on this file with the project's `.venv` and its `pyproject.toml`
(checked by path, only E501 for the long sentence strings is reported; checked through
`--stdin-filename tests/text/labelled_heldout69.py`, so that the project's per-file ignores for
`tests/**` apply, all checks pass).

The first draft's names hit about a hundred and sixty words of other files: given names of every
country (even rarer ones such as Euphemia, Struan, Fenella, Benedikta, Barnaba, Consolacion,
Teodulo, Elkana and Ailbhe), most invented surnames and surname parts (Balquharn, Corstorphan,
Ardgowrie, Nomakhaya, Gcabashe, Aldenbrook, Brackenholt, Westmarch, Tallgrass, Vasanthamalar,
Tauwhare, Kosgeiwa, Valdemoro and the like), the party acronym PUC, the store word Ivory, the
university word Volta and the outlet words Lantaw, Ellesmere, Corrib and Noyyal; each was renamed
(so were the place words Kinta, Moreton and Kerio, used in an outlet's and a race's name),
many second-choice replacements hit as well (Brackenhythe, Lembayung, Cianán, Tadhgán, Fergal and
the like), and only replacements with no hit were kept; a last pass over the finished pages, run
after other helpers' files had been added to `tests/`, found three replacements (the given names
Iseabail, Yoofi and Fionntán) hitting one file each, and all three were renamed again to names
with no hit. What still hits is real places and
regions used as settings (Accra, Dundee, Tayside, Broughty Ferry, Gqeberha, Walmer, Motherwell,
Kwazakhele, Ipoh, Kampar, Meru, Kuala Lumpur, Penang, Winnipeg, Transcona, Findlay, Ohio,
Toronto, Brisbane, Holland, Ottawa, Grand Haven, Grand Rapids, Coimbatore, Tiruppur, Salem,
Chennai, Christchurch, Canterbury, Selwyn, Galway, Knocknacarra, Oranmore, Salthill, Connacht,
Eldoret, Iten, Nandi, Iloilo, Jaro and the like), common words (Crossing, Coastal, Guild, Renters,
Plains, Hills, Dairies, Lakeshore, Jaya, Rose, United, Democratic and the like), outlet words
(Times, Record, Sentinel, Herald, Courier, Bulletin, Dispatch, Chronicle, Tribune, Observer,
Bugle), titles and abbreviations kept in the text and dropped from speakers on purpose (Dr, Ms,
Mr, Alhaji, MSP, MP, Colonel, Datuk, Seri, Judge, Sgt, Cllr, Arch, Ma, Sr, Ltd, Pty, Sdn, Bhd,
Inc, Corp, Co, No, St), the acronyms RTI, ABN, PAIA and CR, and the Tagalog article Ang.

Every person, outlet, party, firm, store, mall, union, association, guild, network, forum, trust,
credit union, hospital, university, health board, building commission, agency, school, community
center, street, avenue, race, showground, theater, ordinance figure and number is invented. Real
countries, regions, cities, suburbs, rivers and roads appear only as settings: Ghana, Accra, the
Eastern Region and Suhum; Scotland, Dundee, Tayside, Broughty Ferry, Lochee and the Tay road
bridge; South Africa, the Eastern Cape, Gqeberha, Walmer, Motherwell NU 11, Kwazakhele, Kariega,
Uitenhage, Colchester and the N2; Malaysia, Perak, Ipoh, Meru, Taiping, Kampar, Kuala Lumpur and
Penang; Canada, Manitoba, Winnipeg, Transcona, Toronto, the U.S., Findlay and Ohio; Australia,
Queensland, Brisbane, the Sunshine Coast, Kawana Waters, the Gold Coast and Logan; the United
States, Michigan, Lake Michigan, Holland, Saugatuck, Grand Haven, Muskegon, Zeeland, Grand Rapids,
Ottawa and Allegan counties, U.S. 31 and Ottawa Beach Road; India, Tamil Nadu, Coimbatore,
Singanallur, Sulur, Chennai, the eight western districts named on the page, and the Right to
Information Act (its name only); New Zealand, Canterbury, Christchurch, Selwyn, Ashburton,
Dunsandel, Leeston, Halswell and Arthur's Pass; Ireland, Galway, Co Galway, Knocknacarra, Renmore,
Mervue, Salthill, Oranmore and Connacht; Kenya, Iten, Eldoret, Kapsabet, Kapcherop, Nandi and
the North Rift; the Philippines, Iloilo City, Calle Real, J.M. Basa Street, Jaro and World War
II. Facebook, X, WhatsApp, Telegram, LinkedIn, Messenger and Viber appear only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py`
(see their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags
"W", "B" or "". The points the recent sets state hold too: furniture "B" line by line, whatever it
says; a caption by its content and its credit "B"; headlines and standfirsts never split and
flagged by content; a dateline belongs to its lead sentence; a pronoun, a later surname, a role
or a title resolved to the full name as first given, without titles; an organisation's later
generic noun kept as written ("The agency", "The company", "The commission", "The centre", "The
utility", "The reply", "The report", "The figures"); "according to X" with X as written; a quote
over several sentences carrying its speaker and cue in each; a named person acting without a
verb of saying carries no speaker ("Judge Aldenbrae-Tye also ordered him to pay ..."); "B"
sentences never carry a speaker; sport data lines "" and a box's label "B".

Conventions this set had to settle, in the same spirit:

* Titles and post-nominals go, initials stay: "Ms Boakyem-Nti", "Alhaji", "Dr", "Dr.", "... MSP",
  "Colonel", "Datuk Seri", "Judge", "Crown prosecutor", "Defence barrister", "Sgt.", "Chief
  Educational Officer Dr. K. Vasanthamallika" (speaker "K. Vasanthamallika"), "Cllr" after
  "Independent councillor", "Arch.", "Mayor", "Race director", "Meteorologist", "Student",
  "Pensioner", "Soprano" and "Leeston resident" all carry the name alone.
* A pronoun for an organisation resolves to the organisation as first given, while its later
  generic noun is kept as written: "It said" and "..., it said." carry "the land public transport
  agency", "The agency said" carries "The agency". A person first met by surname in a quote
  paragraph ("Kipsieleng-Oroni, who won the race in 2025, said") carries the full name the page
  gave earlier; a runner later called by the first of her two names ("Cheptanui, a police
  constable ...") carries her full name.
* A quoted sentence that follows "she said." or "he said." and continues the same quote keeps that
  cue ("“They are people’s mothers and grandfathers.”", "“One suspect, aged 27, ...”").
* Groups and unnamed sources as written: "police", "Families" (standfirst, "told the court"),
  "Regional council scientists" ("say"), "Public health officials" ("advise"), "A spokeswoman
  for the health secretary", "A spokesperson for the Minister for Housing", "The headmistress of
  a government high school in Sulur", "Walmer Crossing’s centre management", "The electoral
  commission’s regional office", "The national heritage agency"; documents as written
  ("official figures published yesterday", "figures released by the electoral commission", "a
  reply under the Right to Information Act", "a report released by the regional council on
  Wednesday" with "found", "its annual report", "the agency’s website", "federation records",
  "the city’s tourism office", "Lettely.ie’s quarterly report"). "called for" and "told them" are
  cues.
* Check-worthiness: figures, dates, counts, results, charges, rulings, findings, sentences and
  orders, company and association records, and decisions announced with a figure or a date ("we
  will open 24 extra beds on Ward 9 on Monday", a job fair "on Jan. 14", student tickets at P150)
  are "W"; intentions, hopes, forecasts, "expected" and "could" sentences, advice, feelings,
  opinions and quoted colour are ""; private people's own lives (a mother's night on a trolley, a
  voter's moved polling station, a renter's room, a bore owner's test, a victim's deposit, a
  commuter's fare) are "", while a business's own record (a store robbed before, bookings, a
  headmistress's staffing) is "W". Service information (a helpline, opening hours, a warming
  center's address and hours, box-office hours) is "".
* Sport: the RESULTS label is "B" and each results line with "1.", "2.", "3." is ONE "" sentence.

Splits, as a reviewer wants them: "9.15 p.m. on Sunday" and "4.40 a.m. on Sunday" never split;
"3am." before a capital does; "Dr Tamhas ..., who chairs" and "Dr Kojoe ..." do not;
"Ltd 2026." before "Registered in Scotland No. SC118204." and "Wynd, Dundee DD1 4QP." split only
at their ends; "Colonel Yonela ..." and "2.15pm," and "6pm." do not split mid-sentence; "Datuk
Seri Rozaimin ..."; "Sdn Bhd, which runs"; "Snacks Ltd." before "It employs" and "the U.S.,
according to"; "Jan. 14." before a quote; "9 a.m. Monday,"; "Pty Ltd." before "He will"; "17.8 in.
and" and "9.1 in." at the end; "Sgt. Kristel Ploegsma said." before "She said" with "U.S. 31";
"210 W. Ninth St., is open from 8 a.m. to 10 p.m. daily." before "Pets are allowed."; "(P.G.)",
"B.T. Assistants" and "Classes VI to X." before "The remaining"; "Dr. K. Vasanthamallika";
"₹15,000 and can leave any day." inside a quote; "11.3mg" and "2020-21."; "13.6mg/L." before a
quote; "Cllr Derval ..."; "1:07:19." before "She was"; "Kapkoros Dairies Ltd., was"; "Sr. and
opened on Oct. 2, 1926,"; "Arch. Maricelle ..."; "Dr. Aureliano ..." and "J.M. Basa Street".
"""

STYLES = [
    'Ghanaian national daily\'s politics page (Abrekuma, Eastern Region), a BY-ELECTION RESULT: the returning officer named after the result with announced in an ABREKUMA, Eastern Region — dateline lead (later Mr and surname told journalists, He said), the runner-up\'s votes and two independents in the writer\'s voice, turnout through according to figures released by the electoral commission, the dead MP\'s tenure; the winner after Ms and surname with told them and a quote over two sentences (her 11 years "W", her pledge ""); the losing candidate\'s campaign manager named after his concession with told the Times (later She said on irregularities "W", she added ""); a lecturer with Dr and a relative university apposition; the party chairman with Alhaji dropped and The NRP said in a separate statement (both ""); a yam seller whose own missed vote is "" with a quote continuing after she said; the commission\'s regional office said ("W"); the sworn-in expectation "" and the seat count "W"; the standfirst\'s electoral commission figures show (masthead in capitals, date, weather and paper strip, menu with pipes, section label, headline with figures, standfirst, byline, date and read-time line, share strip, caption and Photo credit with a slash, ADVERTISEMENT and READ ALSO mid-story, tags, comment count, More from Politics list, copyright split at Ltd. before All Rights Reserved.)',
    'Scottish regional daily\'s health page (Dundee), A&E WAITING-TIME FIGURES: official figures published yesterday through according to, the national target and The figures show in the writer\'s voice, attendances; the medical director with Dr after her role (said, she said, a two-sentence quote whose extra beds on a named ward and day are "W"); a patient\'s daughter whose mother\'s night is "" and whose quote runs over 3am before a capital and ends Ms and surname said; an emergency clinicians\' body chair with Dr and a relative clause (excess deaths "W", then a quote continuing after he said); the opposition spokeswoman with MSP dropped (a record since July 2020 "W", then wrote on X with a colon quote ""); A spokeswoman for the health secretary kept as written (money "W", She said ministers expected ""); a union organiser (vacancies and agency cost "W"); phone-first advice and opening hours "" (masthead in capitals, date, weather and account strip, menu with pipes, section label with ›, headline and standfirst of record, byline and correspondent lines, Published and Updated line, share strip, caption and Picture: credit, Advertisement and Read more mid-story, a two-sentence newsletter prompt, Comments label and two-sentence moderation note, Most read list, copyright in three sentences with Ltd 2026., Registered in Scotland No. and a registered office with a postcode)',
    'South African regional daily\'s crime page (Gqeberha, Eastern Cape), an ARMED ROBBERY at a mall jewellery store and four arrests: police said in the lead; the police spokesperson with Colonel dropped after her role (2.15pm, 6pm, then a quote with surname said and a quoted sentence continuing after it, She said, and a figure with surname said at the end, all "W"); the charges "W" and the court appearance expected ""; the prosecutions spokesperson (bail opposed "", accused out on bail "W"); the store owner in apposition (a previous robbery "W" as a business\'s record, a two-sentence quote ""); the centre management said in a statement ("W") and The centre said (""); a shopper with a relative clause (""); the policing forum chair (third robbery "W", called for and a quote ""); an appeal "" (masthead in capitals, date, city, weather and e-edition strip, menu in capitals with middle dots, section label with a slash, headline and standfirst of record, byline and role lines, date line, share strip, caption and Picture: credit in capitals, ADVERTISEMENT and ALSO READ with a pipe mid-story, a WhatsApp tip-off line, Related list, copyright split at (Pty) Ltd. before All rights reserved., legal links)',
    'Malaysian English daily\'s state page (Ipoh, Perak), a TRANSPORT FARE RISE for express buses: the land public transport agency said in a statement in an IPOH: dateline lead, the agency\'s website through according to, fares in RM in the writer\'s voice, The agency said kept as written while It said and it said carry the agency as first given; the operators\' association president with Datuk Seri dropped (costs, tolls, wages, night services and seven years "W", told the Herald over a two-sentence quote); a student and a pensioner whose own fares are ""; the consumers\' guild said ("W") and its president with Dr (advice ""); a bus company ending in Sdn Bhd with a relative clause (bookings "W") and its operations manager surname first (a plan ""); the state committee chairman (a request and a quote "") (masthead in capitals, date, weather and account strip, menu with pipes, section label in capitals, headline and standfirst with figures, byline in capitals, email line, Published line, share strip, caption with a dash credit, ADVERTISEMENT and ALSO READ mid-story, keywords, Related stories list, copyright with Sdn Bhd and a company number, then All Rights Reserved.)',
    'Canadian metro daily\'s business page (Winnipeg, Manitoba), a PLANT CLOSURE with 340 jobs lost: the company said Monday in a WINNIPEG — dateline lead carrying the firm as first given (Inc.), The company said in a news release kept as written, ownership ending in Ltd. before It and the U.S. through according to its annual report; the spokesperson In an email (upgrades "W", severance and a job fair on Jan. 14. "W", she wrote ""); the union local president (a 9 a.m. meeting and notice weeks "W", a plan ""); a line operator whose own household is "" with a quote continuing after he said; the provincial minister after her role in apposition (a refused loan "W", retraining and disappointment ""); a credit-union economist (jobs "W", ripples ""); a closure count and share price of record; the standfirst\'s company says carrying the firm (masthead in capitals, date, weather and account strip, menu with pipes, section label in capitals, headline and standfirst, byline and role lines, Published line with Dec. and p.m. CST, share strip with read time, caption and a bracketed credit, ADVERTISEMENT and RELATED mid-story, a two-sentence newsletter prompt, bio and email lines, comment count, Trending list, copyright split at Inc. before All rights reserved.)',
    'Australian metro site\'s courts page (Brisbane, Queensland), a SENTENCING for deposit fraud by a builder: the sentence, plea, company ending in Pty Ltd. and parole date in the writer\'s voice after a BRISBANE: dateline; the judge with Judge dropped (findings and a discount "W", a quote continuing after she said ""); the Crown prosecutor who told the court (sums "W", then He said and a figure ending he said); the defence barrister (client\'s losses "W", a reported claim of intent ""); a victim impact statement read to the court (her own deposit "", a two-sentence quote); a retiree outside court who told reporters (""); the state\'s building commission said and The commission said (payments and a cancelled licence "W"); a restitution order with no verb of saying "W"; the standfirst\'s Families told the court kept as written (masthead in capitals, date, weather and account strip, menu with pipes, section label, headline, standfirst, byline, date and time line with pm, share strip with a gift link, caption and Credit: line, Advertisement and Read more mid-story, a two-sentence newsletter prompt, a courts reporter bio, licensing link, More from Courts & Law list, copyright with Pty Ltd and an ABN line)',
    'US local daily\'s weather page (Holland, Michigan), a LAKE-EFFECT SNOWSTORM: the weather service\'s office through according to in a HOLLAND, Mich. — dateline lead with 7 p.m. Tuesday, totals in the writer\'s voice with in. mid-sentence and at the end; the meteorologist after his role (a causal claim and lake temperature "W", a quote and a could-forecast ""); the utility named after its outage figure with 9 a.m. Wednesday, and The utility said (a restoration hope ""); a sheriff\'s sergeant named after her crash count with Sgt. dropped (then She said with U.S. 31); the road commission\'s managing director named after his record (salt "W", advice ""); school closures of record; the county emergency director ("W"); a warming center at an address with W. Ninth St., and a.m. and p.m. times, then Pets are allowed. (service information ""); a resident whose own digging is "" with a quote continuing after she said; the standfirst a possible-snow forecast "" (masthead in capitals, date, town and weather strip, menu with pipes, section label in capitals, headline, standfirst, byline and outlet lines, Published and Updated line with a.m. ET, share strip, caption and a slash credit, Advertisement and Related mid-story, a two-sentence newsletter prompt, contact line, Most Popular list, copyright split after the outlet\'s name, legal links)',
    'Indian English daily\'s education page (Coimbatore, Tamil Nadu), TEACHER VACANCIES shown by an RTI reply: a COIMBATORE: dateline lead through according to a reply under the Right to Information Act, The reply shows with (P.G.), B.T. Assistants and Classes VI to X., counts and districts in the writer\'s voice; an activist with an initial and a relative clause ("W" vacancies, "" quote and unanswered request); the Chief Educational Officer with Dr. dropped and the initial kept (guest teachers "W", counselling plan and a quote ""); a teachers\' body general secretary (merged sections "W", a two-sentence quote with ₹ and Class XII ""); a parent whose daughter\'s school is ""; an unnamed headmistress kept as written (her school\'s posts "W", her own teaching ""); the minister\'s statement (sanctioned recruitment "W", appointment orders "") (masthead in capitals, city, date, e-paper and language strip, menu with pipes, section label with a slash, headline with RTI reply shows, standfirst with P.G., Staff Reporter byline, Updated line with IST, share strip, caption and Special Arrangement credit, ADVERTISEMENT and Also Read with a pipe mid-story, Published line at the foot, Related Topics with slashes, a two-sentence comments rule, copyright)',
    'New Zealand regional site\'s environment page (Christchurch, Canterbury), NITRATE IN GROUNDWATER: a regional council report through found in the lead, wells over the limit with 11.3mg and years in the writer\'s voice; the council\'s groundwater scientist with Dr in apposition (sources, travel times, a causal quote and trend shares "W", a decades forecast ""); a growers\' network chair with a relative clause (fertiliser cut "W", a quote continuing after he said ""); a freshwater group member (supply wells "W", a cap call and quote ""); a resident with a private bore whose test, filter and quote are "" (30-metre, 13.6mg/L, $2400); the district council\'s water manager (tests "W"); Public health officials advise (""); The regional council said (a plan "") and a target set in 2020 "W"; the standfirst\'s Regional council scientists say (masthead in capitals, date, weather and account strip, menu with double spaces, section label, headline and standfirst, byline, time and date line, share line, caption and Photo: Supplied, Advertisement and Read more mid-story, a two-sentence story-tip line with an email, a two-sentence supporter ask, More from Environment list, copyright with Limited)',
    'Irish regional weekly\'s property page (Galway), a RENT REPORT: the latest quarterly report from a property website through according to in the lead, county and national rents in the writer\'s voice, The report found and the report\'s sample; the report\'s author with Dr (a quoted phrase "", completions "W", a forecast quote ""); the rent pressure zone cap "W"; a tenants\' group member (notices to quit "W", a quote ""); a landlords\' forum spokesman (membership "W", a causal opinion and quote ""); an Independent councillor with Cllr after her role who told the Observer (waiting list "W", a quote ""); a nurse whose own rent and viewings are "" with a quote continuing over two sentences after she said; A spokesperson for the Minister for Housing kept as written (completions "W"); the standfirst through according to (masthead in capitals, date, town and subscription strip, menu with pipes, section label with ›, headline and standfirst of record, byline, date line with a dash, share strip, caption and Picture: credit, Advertisement and Read More mid-story, a two-line newsletter prompt, More in this section list, copyright and legal links)',
    'Kenyan regional daily\'s sports page (Iten, Elgeyo Marakwet), a HALF MARATHON with a course record: the race in the writer\'s voice in an ITEN — dateline lead with times (59:48, 1:00:41, 1:07:19.) and places "W"; the winner by surname who told the Bugle and He said (a quote and a plan ""); the race director (finishers and a sponsor ending in Ltd., mid-sentence "W", a label hope "", start temperature "W"); the runner-up by surname first, carrying his full name from the lead (""); the coach in apposition (training "W", a forecast ""); the women\'s winner later called by the first of her two names (a police constable, her own injury and quote ""); federation records through according to; the federation\'s regional chairman (ages and invitations "W"); a RESULTS label "B" and two results lines with 1., 2., 3. as "" data (masthead in capitals, date, weather, e-paper and subscription strip, menu with middle dots, section label in capitals with ›, headline and standfirst with figures, byline, Published on line, share strip, caption and PHOTO | credit in capitals, ADVERTISEMENT and ALSO READ mid-story, a WhatsApp follow line, tags with pipes, More Sports list, copyright in two sentences)',
    'Philippine regional daily\'s arts and culture page (Iloilo City), a HERITAGE THEATER REOPENING after restoration: the reopening and cost in the writer\'s voice in an ILOILO CITY — dateline lead, the funding split through according to the city\'s tourism office, its history with Sr. and Oct. 2, 1926, mid-sentence and after World War II "W"; the mayor (a performance target "", student prices and reserved seats "W", said in his speech ""); the conservation architect with Arch. dropped and a relative clause (floor, columns, paint layers and seats "W", a quote ""); the heritage board chair with Dr. and a relative clause (27 buildings on Calle Real and J.M. Basa Street and grant applications "W"); a soprano and a rice-cake vendor whose memories and quotes are "", the vendor\'s quote continuing after he said; the national heritage agency said in a statement ("W"); the season\'s dates "W" and box-office hours "" (masthead in capitals, date, city, weather and subscription strip, menu with pipes, section label, headline and standfirst of record, byline with Ma., Published line, share strip, caption and PHOTO BY credit in capitals, ADVERTISEMENT and READ: mid-story, tags, RELATED STORIES list, copyright split at Corp. before All rights reserved.)',
]

ARTICLES = [
    # 1. Ghana — politics
    [
        [
            ("THE ABOTAKYI TIMES", "", "", "B"),
        ],
        [
            ("Monday, 30 November 2026 | Accra 31°C | Today’s Paper | Subscribe", "", "", "B"),
        ],
        [
            (
                "Home | News | Politics | Regions | Business | Sports | Showbiz | Opinion | Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Politics", "", "", "B"),
        ],
        [
            (
                "UPDC holds Abrekuma West with 58.3 per cent as by-election turnout falls to 41 per cent",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Fewer than half of the constituency’s 76,540 registered voters cast a ballot, electoral commission figures show",
                "electoral commission figures",
                "show",
                "W",
            ),
        ],
        [
            ("By Odartey Amponfiwah-Takyiwa", "", "", "B"),
        ],
        [
            ("30 November 2026, 6:42 am · 5 min read", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | WhatsApp | LinkedIn | Email", "", "", "B"),
        ],
        [
            (
                "Supporters of Ekuba Ewurafua Boakyem-Nti celebrate outside the collation centre in Abrekuma on Sunday.",
                "",
                "",
                "",
            ),
            ("Photo: Abotakyi Times / Naadu Nsiahene-Gyamerawa", "", "", "B"),
        ],
        [
            (
                "ABREKUMA, Eastern Region — The governing United People’s Democratic Congress (UPDC) held the Abrekuma West parliamentary seat in Saturday’s by-election, with its candidate Ekuba Ewurafua Boakyem-Nti polling 18,412 votes, or 58.3 per cent, the constituency’s returning officer, Kwamena Dapaahene, announced on Sunday.",
                "Kwamena Dapaahene",
                "announced",
                "W",
            ),
        ],
        [
            (
                "The National Renewal Party (NRP) candidate, Paapa Ananepa-Sakyiwaa, polled 12,176 votes, or 38.6 per cent.",
                "",
                "",
                "W",
            ),
            ("Two independent candidates shared the remaining 978 valid votes.", "", "", "W"),
        ],
        [
            (
                "Turnout was 41.2 per cent, down from 67.9 per cent at the 2024 general election, according to figures released by the electoral commission.",
                "figures released by the electoral commission",
                "according to",
                "W",
            ),
            (
                "The by-election was called after the death in August of the constituency’s MP, Afriyiewaa Fremponga-Addaikwa, who had held the seat for the UPDC since 2016.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Addressing supporters at the party’s constituency office late on Sunday, Ms Boakyem-Nti, a 39-year-old pharmacist, told them the result was “a vote for the Abrekuma–Suhum road and the water project, not for me”.",
                "Ekuba Ewurafua Boakyem-Nti",
                "told",
                "",
            ),
            (
                "“I will take my seat when the House resumes on Tuesday, and my first question to the Minister will be about that road,” she said.",
                "Ekuba Ewurafua Boakyem-Nti",
                "said",
                "",
            ),
        ],
        [
            (
                "“The people of Abrekuma have waited 11 years for that road to be tarred.",
                "Ekuba Ewurafua Boakyem-Nti",
                "said",
                "W",
            ),
            (
                "I will not let them wait another 11,” she said.",
                "Ekuba Ewurafua Boakyem-Nti",
                "said",
                "",
            ),
        ],
        [
            (
                "Mr Ananepa-Sakyiwaa conceded defeat in a phone call to his opponent at about 9.15 p.m. on Sunday, his campaign manager, Yayra Ansongwaa-Kuffourson, told the Times.",
                "Yayra Ansongwaa-Kuffourson",
                "told the Times",
                "W",
            ),
            (
                "She said the party’s polling agents had recorded irregularities, including late opening, at 11 of the constituency’s 142 polling stations.",
                "Yayra Ansongwaa-Kuffourson",
                "said",
                "W",
            ),
            (
                "“We accept the verdict of the people, but the turnout is a message to both parties,” she added.",
                "Yayra Ansongwaa-Kuffourson",
                "added",
                "",
            ),
        ],
        [
            (
                "Mr Dapaahene told journalists at the collation centre that no formal complaint had been lodged by the close of counting at 4.40 a.m. on Sunday.",
                "Kwamena Dapaahene",
                "told journalists",
                "W",
            ),
            (
                "He said voting at two polling stations in Adwumakase was extended by 45 minutes because ballot papers arrived late from the district office.",
                "Kwamena Dapaahene",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "READ ALSO: Parliament resumes Tuesday with mining royalties bill top of agenda",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Dr Kojoe Tenkorah-Boaduwah, a senior lecturer in political science at Asukwa Hills University, said turnout at by-elections across the country had averaged about 44 per cent since 2012.",
                "Kojoe Tenkorah-Boaduwah",
                "said",
                "W",
            ),
            (
                "“Voters do not see a by-election as changing who governs them, so the parties have to work twice as hard to bring them out,” he said.",
                "Kojoe Tenkorah-Boaduwah",
                "said",
                "",
            ),
        ],
        [
            (
                "In a statement, the UPDC’s national chairman, Alhaji Iddrisah Mahamaboro-Sulley, said the result showed “the confidence of the people of Abrekuma in the government’s programme”.",
                "Iddrisah Mahamaboro-Sulley",
                "said",
                "",
            ),
            (
                "The NRP said in a separate statement that it would review its campaign “branch by branch” before the 2028 general election.",
                "The NRP",
                "said in a separate statement",
                "",
            ),
        ],
        [
            (
                "At the main lorry station in Abrekuma on Sunday, Dedei Adjeikwaa-Kotoko, a 46-year-old yam seller, said she had not voted because her polling station had been moved.",
                "Dedei Adjeikwaa-Kotoko",
                "said",
                "",
            ),
            (
                "“Nobody told us they had taken it to the new school block,” she said.",
                "Dedei Adjeikwaa-Kotoko",
                "said",
                "",
            ),
            (
                "“I walked there at 7am and my name was not on the list.”",
                "Dedei Adjeikwaa-Kotoko",
                "said",
                "",
            ),
        ],
        [
            (
                "The electoral commission’s regional office said the polling station had been moved on 16 November because of roof repairs at the old site, and that notices were posted there a week before the vote.",
                "The electoral commission’s regional office",
                "said",
                "W",
            ),
        ],
        [
            ("Ms Boakyem-Nti is expected to be sworn in on Tuesday.", "", "", ""),
            ("The result leaves the UPDC with 141 of the 276 seats in Parliament.", "", "", "W"),
        ],
        [
            ("Tags: Abrekuma West | By-election | UPDC | NRP | Eastern Region", "", "", "B"),
        ],
        [
            ("Have your say (23 comments)", "", "", "B"),
        ],
        [
            ("More from Politics", "", "", "B"),
        ],
        [
            ("Minority caucus boycotts vote on mining royalties bill", "", "", "B"),
        ],
        [
            ("Analysis: what the Abrekuma West result tells us about 2028", "", "", "B"),
        ],
        [
            ("Regional ministers given Friday deadline for road-project audits", "", "", "B"),
        ],
        [
            ("© 2026 Abotakyi Media Group Ltd.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    # 2. Scotland — health
    [
        [
            ("THE STRATHBRAE RECORD", "", "", "B"),
        ],
        [
            ("Wednesday, 2 December 2026 · Dundee 4°C · Sign in · Subscribe", "", "", "B"),
        ],
        [
            (
                "News | Sport | Business | Health | Politics | Opinion | Lifestyle | Puzzles",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Health", "", "", "B"),
        ],
        [
            ("Tayburn A&E waits worst on record as only 58.6% seen within four hours", "", "", "W"),
        ],
        [
            (
                "More than 500 patients waited longer than 12 hours at the region’s two emergency departments in a single week",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Dolina Feddersley", "", "", "B"),
        ],
        [
            ("Health Correspondent", "", "", "B"),
        ],
        [
            ("Published: 06:00, 2 December 2026 | Updated: 09:47, 2 December 2026", "", "", "B"),
        ],
        [
            ("Share on Facebook · Share on X · Share via email · Copy link", "", "", "B"),
        ],
        [
            (
                "Ambulances queue outside the emergency department at Tayburn Royal Infirmary on Monday evening.",
                "",
                "",
                "",
            ),
            ("Picture: Ardwin Mackessack", "", "", "B"),
        ],
        [
            (
                "Just 58.6% of patients at Tayburn Royal Infirmary’s emergency department were seen, admitted or discharged within four hours in the week to Sunday, the lowest weekly figure since records began in 2011, according to official figures published yesterday.",
                "official figures published yesterday",
                "according to",
                "W",
            ),
        ],
        [
            ("The national target is 95%.", "", "", "W"),
            (
                "The figures show that 412 patients at the infirmary and a further 96 at Carsefield General Hospital waited more than 12 hours in the same week.",
                "The figures",
                "show",
                "W",
            ),
        ],
        [
            (
                "Across the Tayburn health board area, 3,948 people attended an emergency department in the week, up 7% on the same week last year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The health board’s medical director, Dr Grizel Drumlogie, said 118 of the infirmary’s 742 beds were occupied on Monday by patients who were medically fit to leave but were waiting for a care package or a care-home place.",
                "Grizel Drumlogie",
                "said",
                "W",
            ),
            (
                "“When a ward cannot discharge, the emergency department cannot admit, and patients wait in the corridor,” she said.",
                "Grizel Drumlogie",
                "said",
                "",
            ),
        ],
        [
            (
                "“I want to apologise to every patient and every family who has waited too long.",
                "Grizel Drumlogie",
                "said",
                "",
            ),
            (
                "Our staff are working flat out, and we will open 24 extra beds on Ward 9 on Monday,” she said.",
                "Grizel Drumlogie",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Read more: Flu admissions in Tayside double in a fortnight as GPs urge over-65s to get jabs",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Lilias Corstorphray, 52, from Broughty Ferry, said her 84-year-old mother waited 19 hours on a trolley after a fall at home on Friday.",
                "Lilias Corstorphray",
                "said",
                "",
            ),
            (
                "“The nurses were wonderful, but there was nowhere to put her,” she said.",
                "Lilias Corstorphray",
                "said",
                "",
            ),
        ],
        [
            (
                "“Somebody brought her a blanket and a cup of tea at 3am.",
                "Lilias Corstorphray",
                "said",
                "",
            ),
            (
                "That was the first time anyone had asked how she was since midnight,” Ms Corstorphray said.",
                "Lilias Corstorphray",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr Tamhas Balquhidderan, who chairs the Association of Emergency Clinicians in Scotland, said long waits in Tayburn were linked to about 40 excess deaths last year, using a method the association published in 2023.",
                "Tamhas Balquhidderan",
                "said",
                "W",
            ),
            (
                "“These are not numbers on a spreadsheet,” he said.",
                "Tamhas Balquhidderan",
                "said",
                "",
            ),
            ("“They are people’s mothers and grandfathers.”", "Tamhas Balquhidderan", "said", ""),
        ],
        [
            (
                "Opposition health spokeswoman Elspa Ardgourie MSP said the board had missed the four-hour target every week since July 2020.",
                "Elspa Ardgourie",
                "said",
                "W",
            ),
            (
                "She wrote on X: “Warm words about winter plans will not help a pensioner on a trolley.”",
                "Elspa Ardgourie",
                "wrote on X",
                "",
            ),
        ],
        [
            ("Get the Record’s free health newsletter every Thursday.", "", "", "B"),
            ("Sign up here.", "", "", "B"),
        ],
        [
            (
                "A spokeswoman for the health secretary said the board had received an extra £6.2m this year for winter pressures, including £1.4m to recruit 40 care-at-home staff.",
                "A spokeswoman for the health secretary",
                "said",
                "W",
            ),
            (
                "She said ministers expected “rapid improvement” in Tayburn and would meet the board’s chief executive next week.",
                "A spokeswoman for the health secretary",
                "said",
                "",
            ),
        ],
        [
            (
                "Kenina Pettycur, Scottish organiser for the Health Workers’ Alliance, said 61 registered nurse posts at the infirmary were vacant at the end of October, against 38 a year earlier.",
                "Kenina Pettycur",
                "said",
                "W",
            ),
            (
                "“You cannot open beds without nurses to staff them,” she said.",
                "Kenina Pettycur",
                "said",
                "",
            ),
            (
                "She said agency nurses cost the board £9.8m in the year to March.",
                "Kenina Pettycur",
                "said",
                "W",
            ),
        ],
        [
            (
                "The health board is asking people to phone 111 first unless their condition is life-threatening.",
                "",
                "",
                "",
            ),
            (
                "The minor injuries unit at Carsefield General Hospital is open from 8am to 8pm, seven days a week.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("Comments on this article are moderated.", "", "", "B"),
            ("Please read our house rules before posting.", "", "", "B"),
        ],
        [
            ("Most read", "", "", "B"),
        ],
        [
            ("Dundee bin strike called off after last-minute pay offer", "", "", "B"),
        ],
        [
            ("Pupils sent home as heating fails at Lochee primary", "", "", "B"),
        ],
        [
            ("Tay road bridge to close overnight for resurfacing work", "", "", "B"),
        ],
        [
            ("© Strathbrae Newspapers Ltd 2026.", "", "", "B"),
            ("Registered in Scotland No. SC118204.", "", "", "B"),
            ("Registered office: 14 Seagate Wynd, Dundee DD1 4QP.", "", "", "B"),
        ],
    ],
    # 3. South Africa — crime
    [
        [
            ("THE ALGOA SENTINEL", "", "", "B"),
        ],
        [
            ("Friday, 4 December 2026 | Gqeberha | 24°C | E-Edition", "", "", "B"),
        ],
        [
            ("NEWS · SPORT · BUSINESS · LIFESTYLE · OPINION · MOTORING · PROPERTY", "", "", "B"),
        ],
        [
            ("News / Crime & Courts", "", "", "B"),
        ],
        [
            ("Four arrested, R2.3m in jewellery recovered after Walmer mall robbery", "", "", "W"),
        ],
        [
            (
                "One suspect was shot and wounded in an exchange of fire with police in Motherwell, hours after the heist",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Zolani Mqwebedu-Rantsho", "", "", "B"),
        ],
        [
            ("Crime Reporter", "", "", "B"),
        ],
        [
            ("04 December 2026 | 05:30", "", "", "B"),
        ],
        [
            ("SHARE: Facebook · X · WhatsApp · Email", "", "", "B"),
        ],
        [
            (
                "Police forensic officers at the Zircon & Rose jewellery store in the Walmer Crossing centre on Wednesday.",
                "",
                "",
                "",
            ),
            ("Picture: LUTHO SIPAMLANA", "", "", "B"),
        ],
        [
            (
                "Police have arrested four men and recovered jewellery worth about R2.3m after an armed robbery at a jewellery store in a Walmer shopping centre on Wednesday afternoon, police said on Thursday.",
                "police",
                "said",
                "W",
            ),
        ],
        [
            (
                "Eastern Cape police spokesperson Colonel Yonela Mqolombeni-Sodladla said five armed men entered the Zircon & Rose store at the Walmer Crossing centre at about 2.15pm, tied up three employees and smashed display cabinets with hammers.",
                "Yonela Mqolombeni-Sodladla",
                "said",
                "W",
            ),
            (
                "She said the men fled in two hatchbacks, one white and one grey, which officers tracked to a house in Motherwell NU 11 shortly before 6pm.",
                "Yonela Mqolombeni-Sodladla",
                "said",
                "W",
            ),
        ],
        [
            (
                "“When officers approached the house, shots were fired at them and the officers returned fire,” Mqolombeni-Sodladla said.",
                "Yonela Mqolombeni-Sodladla",
                "said",
                "W",
            ),
            (
                "“One suspect, aged 27, was wounded in the leg and is under police guard in hospital.”",
                "Yonela Mqolombeni-Sodladla",
                "said",
                "W",
            ),
        ],
        [
            (
                "She said a fifth suspect was still being sought.",
                "Yonela Mqolombeni-Sodladla",
                "said",
                "W",
            ),
            (
                "The recovered jewellery, including 212 rings and 38 watches, was identified by the store’s staff on Thursday, Mqolombeni-Sodladla said.",
                "Yonela Mqolombeni-Sodladla",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("ALSO READ | Man, 34, killed in Kariega tavern shooting", "", "", "B"),
        ],
        [
            (
                "The four, aged between 24 and 38, face charges of armed robbery, attempted murder and possession of an unlicensed firearm.",
                "",
                "",
                "W",
            ),
            (
                "They are expected to appear in the Gqeberha magistrate’s court on Monday.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Regional prosecutions spokesperson Luvuyo Gcabashwe-Mntambo said the state would oppose bail.",
                "Luvuyo Gcabashwe-Mntambo",
                "said",
                "",
            ),
            (
                "He said two of the accused were out on bail in a separate robbery case from June.",
                "Luvuyo Gcabashwe-Mntambo",
                "said",
                "W",
            ),
        ],
        [
            (
                "The store’s owner, Deveshan Pillaiyar-Naidoovan, said his staff were “shaken but unhurt”.",
                "Deveshan Pillaiyar-Naidoovan",
                "said",
                "",
            ),
            (
                "He said the store had been robbed once before, in March 2024, when goods worth R640,000 were taken and never recovered.",
                "Deveshan Pillaiyar-Naidoovan",
                "said",
                "W",
            ),
        ],
        [
            ("“We reopen on Saturday.", "Deveshan Pillaiyar-Naidoovan", "said", ""),
            (
                "I am not going to let five men with hammers close a business my father started in 1989,” he said.",
                "Deveshan Pillaiyar-Naidoovan",
                "said",
                "",
            ),
        ],
        [
            (
                "Walmer Crossing’s centre management said in a statement that its guards had triggered the panic alarm within two minutes and that footage from 46 cameras had been handed to police.",
                "Walmer Crossing’s centre management",
                "said in a statement",
                "W",
            ),
            (
                "The centre said it would review access to its two loading bays.",
                "The centre",
                "said",
                "",
            ),
        ],
        [
            (
                "Zintle Mbalekwa-Jonasse, who was buying school shoes in a store opposite, said she heard glass breaking and saw shoppers running towards the food court.",
                "Zintle Mbalekwa-Jonasse",
                "said",
                "",
            ),
            (
                "“A security guard told us to lie flat on the floor, so we did,” she said.",
                "Zintle Mbalekwa-Jonasse",
                "said",
                "",
            ),
        ],
        [
            (
                "Mzukisi Ntlabathini, chairperson of the Walmer community policing forum, said it was the third armed robbery at a shopping centre in the area since September.",
                "Mzukisi Ntlabathini",
                "said",
                "W",
            ),
            (
                "He called for more visible patrols over the festive season.",
                "Mzukisi Ntlabathini",
                "called for",
                "",
            ),
            (
                "“Criminals know the malls are full in December,” he said.",
                "Mzukisi Ntlabathini",
                "said",
                "",
            ),
        ],
        [
            (
                "Anyone with information about the fifth suspect can contact the nearest police station.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Got a tip-off? WhatsApp the Sentinel newsroom on 071 555 0192.", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Bail denied for Uitenhage man accused of shooting security guard", "", "", "B"),
        ],
        [
            ("Cash-in-transit guard wounded in N2 ambush near Colchester", "", "", "B"),
        ],
        [
            ("Three charged after cable theft leaves Kwazakhele without power", "", "", "B"),
        ],
        [
            ("© 2026 Algoa Sentinel (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Privacy Policy | Terms of Use | PAIA Manual", "", "", "B"),
        ],
    ],
    # 4. Malaysia — transport
    [
        [
            ("GOPENG HERALD", "", "", "B"),
        ],
        [
            ("Saturday, 05 Dec 2026 | Ipoh 27°C | Log In | Subscribe", "", "", "B"),
        ],
        [
            (
                "Nation | Perak | Business | Sport | World | Lifestyle | Opinion | Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            ("PERAK", "", "", "B"),
        ],
        [
            ("Express bus fares from Ipoh to go up by as much as 12% from Dec 15", "", "", "W"),
        ],
        [
            ("One-way Ipoh–Kuala Lumpur ticket to cost RM34.50, up from RM30.80", "", "", "W"),
        ],
        [
            ("By NURLISA KAMARUZZANI", "", "", "B"),
        ],
        [
            ("ipoh@gopengherald.com.my", "", "", "B"),
        ],
        [
            ("Published: 7:58am, 05 Dec 2026", "", "", "B"),
        ],
        [
            ("Share  Facebook  X  WhatsApp  Telegram", "", "", "B"),
        ],
        [
            (
                "Passengers boarding an express bus at the main bus terminal in Meru, Ipoh.",
                "",
                "",
                "",
            ),
            ("— GOPENG HERALD", "", "", "B"),
        ],
        [
            (
                "IPOH: Express bus fares on 14 routes from Ipoh will go up by between 8% and 12% from Dec 15 after the land public transport agency approved an application by operators, the agency said in a statement yesterday.",
                "the land public transport agency",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "There are 118 licensed express bus routes in Perak, according to the agency’s website.",
                "the agency’s website",
                "according to",
                "W",
            ),
            (
                "A one-way ticket from Ipoh to Kuala Lumpur will cost RM34.50, up from RM30.80, while the Ipoh–Penang fare will rise to RM27.20 from RM24.60.",
                "",
                "",
                "W",
            ),
            (
                "The agency said the revision was the first since March 2019, and that fares for students, senior citizens and people with disabilities would stay at half the full fare.",
                "The agency",
                "said",
                "W",
            ),
        ],
        [
            (
                "It said operators must display the new fares at ticket counters and on their booking apps by Dec 10.",
                "the land public transport agency",
                "said",
                "W",
            ),
            (
                "Operators that overcharge could be fined up to RM10,000 for each offence, it said.",
                "the land public transport agency",
                "said",
                "W",
            ),
        ],
        [
            (
                "Perak Express Bus Operators Association president Datuk Seri Rozaimin Azhan Mokhtaruzzaman said diesel costs for its 31 member companies had risen by 38% in two years.",
                "Rozaimin Azhan Mokhtaruzzaman",
                "said",
                "W",
            ),
            (
                "He said toll charges on the routes had gone up twice over the same period, and that drivers’ wages had risen by about RM400 a month.",
                "Rozaimin Azhan Mokhtaruzzaman",
                "said",
                "W",
            ),
            (
                "He said 11 member companies had stopped running night services since 2023.",
                "Rozaimin Azhan Mokhtaruzzaman",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We held our fares for seven years.",
                "Rozaimin Azhan Mokhtaruzzaman",
                "told the Herald",
                "W",
            ),
            (
                "No business can do that forever,” he told the Herald.",
                "Rozaimin Azhan Mokhtaruzzaman",
                "told the Herald",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "ALSO READ: Northbound train seats sold out for year-end school holidays",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Student Haziqah Amranullah, 21, who travels home to Kuala Lumpur twice a month, said the increase would cost her about RM15 more each month.",
                "Haziqah Amranullah",
                "said",
                "",
            ),
            ("“That is three days of lunch for me,” she said.", "Haziqah Amranullah", "said", ""),
        ],
        [
            (
                "Pensioner Ramlah Ismadiyah, 68, who was waiting for a bus to Taiping, said she travels only twice a year and did not mind paying more.",
                "Ramlah Ismadiyah",
                "said",
                "",
            ),
            (
                "“The bus is still cheaper than petrol and tolls for me,” she said.",
                "Ramlah Ismadiyah",
                "said",
                "",
            ),
        ],
        [
            (
                "The Perak Consumers’ Guild said it had received 62 complaints about express bus services since January, most of them about late departures and cancelled trips.",
                "The Perak Consumers’ Guild",
                "said",
                "W",
            ),
            (
                "Its president, Dr Arulmozhi Vaithilingaraj, said operators should fix punctuality before asking passengers to pay more.",
                "Arulmozhi Vaithilingaraj",
                "said",
                "",
            ),
        ],
        [
            (
                "Bas Sinaran Jaya Sdn Bhd, which runs 42 daily trips between Ipoh and Kuala Lumpur, said online bookings for Dec 15 to 31 were already 70% full.",
                "Bas Sinaran Jaya Sdn Bhd",
                "said",
                "W",
            ),
            (
                "Its operations manager, Leaw Kheam Hwoon, said the company would add 12 weekend trips during the school holidays.",
                "Leaw Kheam Hwoon",
                "said",
                "",
            ),
        ],
        [
            (
                "State works and transport committee chairman Faizrul Azmeer Zulkhairi said the state government would ask the agency to review the increase after six months.",
                "Faizrul Azmeer Zulkhairi",
                "said",
                "",
            ),
            (
                "“We understand the operators’ costs, but the people of Perak must not be burdened,” he said.",
                "Faizrul Azmeer Zulkhairi",
                "said",
                "",
            ),
        ],
        [
            ("Keywords: Express bus, Fares, Ipoh, Perak, Public transport", "", "", "B"),
        ],
        [
            ("Related stories:", "", "", "B"),
        ],
        [
            ("Ipoh city buses to accept contactless cards from January", "", "", "B"),
        ],
        [
            ("Perak to build three new bus shelters in Kampar after complaints", "", "", "B"),
        ],
        [
            ("Copyright © 1995–2026 Gopeng Herald Sdn Bhd (198501004412).", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    # 5. Canada — business
    [
        [
            ("THE KILDONAN COURIER", "", "", "B"),
        ],
        [
            ("Monday, December 7, 2026 | Winnipeg -14°C | Subscribe | Sign In", "", "", "B"),
        ],
        [
            (
                "News | Local | Business | Sports | Arts & Life | Opinion | Obituaries | Puzzles",
                "",
                "",
                "B",
            ),
        ],
        [
            ("BUSINESS", "", "", "B"),
        ],
        [
            (
                "Snack maker Aspenwold to close Winnipeg plant in March, cutting 340 jobs",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Production of its potato chips and pretzels will move to a plant in Ohio, company says",
                "Aspenwold Foods Inc.",
                "says",
                "W",
            ),
        ],
        [
            ("Tamzen Kroekerstadt", "", "", "B"),
        ],
        [
            ("Business reporter", "", "", "B"),
        ],
        [
            ("Published Dec. 7, 2026 at 5:02 p.m. CST | Updated 2 hours ago", "", "", "B"),
        ],
        [
            ("Share | Facebook | X | Email | Print | 3 min read", "", "", "B"),
        ],
        [
            (
                "Workers leave the Aspenwold Foods plant on Orveth Avenue after the announcement on Monday.",
                "",
                "",
                "",
            ),
            ("(Kevan Quaintrell / Kildonan Courier)", "", "", "B"),
        ],
        [
            (
                "WINNIPEG — Aspenwold Foods Inc. will close its snack plant on Orveth Avenue on March 26, 2027, putting 340 people out of work, the company said Monday.",
                "Aspenwold Foods Inc.",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Toronto-based company said in a news release that production would move to its larger plant in Findlay, Ohio, which has run below capacity since 2024.",
                "The company",
                "said in a news release",
                "W",
            ),
        ],
        [
            ("Aspenwold bought the Winnipeg plant in 2011 from Tallmarsh Snacks Ltd.", "", "", "W"),
            (
                "It employs about 2,100 people in Canada and the U.S., according to its annual report.",
                "its annual report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "In an email, company spokesperson Roxane Ducharmeau said the plant’s production lines were installed in 1978 and would need about $48 million in upgrades over the next five years.",
                "Roxane Ducharmeau",
                "said",
                "W",
            ),
        ],
        [
            (
                "She said all employees would receive severance above the provincial minimum, and that the company would hold a job fair at the plant on Jan. 14.",
                "Roxane Ducharmeau",
                "said",
                "W",
            ),
            (
                "“This was a difficult decision, and it is no reflection on the people who work there,” she wrote.",
                "Roxane Ducharmeau",
                "wrote",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("RELATED: Winnipeg’s jobless rate ticks up to 6.1% in November", "", "", "B"),
        ],
        [
            (
                "Ilinka Teodoru-Bakx, president of Local 1427 of the Prairie Food and Allied Workers union, said the union learned of the closure at a meeting with managers at 9 a.m. Monday, about an hour before workers were told.",
                "Ilinka Teodoru-Bakx",
                "said",
                "W",
            ),
            (
                "She said the plant’s collective agreement, which runs until August 2028, requires 16 weeks’ notice of a closure, and the company had given 15 weeks and four days.",
                "Ilinka Teodoru-Bakx",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We will be at the table this week asking for a lot more than the minimum,” she said.",
                "Ilinka Teodoru-Bakx",
                "said",
                "",
            ),
        ],
        [
            (
                "Rogelito Manansalo-Birkett, a line operator who has worked at the plant for 22 years, said he and his wife both work on the pretzel line.",
                "Rogelito Manansalo-Birkett",
                "said",
                "",
            ),
            (
                "“It is two paycheques gone on the same day,” he said.",
                "Rogelito Manansalo-Birkett",
                "said",
                "",
            ),
            (
                "“We found out from a notice taped to the lunchroom door.”",
                "Rogelito Manansalo-Birkett",
                "said",
                "",
            ),
        ],
        [
            (
                "Manitoba’s economic development minister, Jasleen Dhaliwar-Conroy, said the province had offered the company a $12-million loan in October to upgrade the plant, and the company turned it down.",
                "Jasleen Dhaliwar-Conroy",
                "said",
                "W",
            ),
            (
                "She said the province would pay for retraining for any worker who wants it.",
                "Jasleen Dhaliwar-Conroy",
                "said",
                "",
            ),
            (
                "“We put real money on the table, and we are disappointed,” she said.",
                "Jasleen Dhaliwar-Conroy",
                "said",
                "",
            ),
        ],
        [
            ("Get Courier Business in your inbox every weekday morning.", "", "", "B"),
            ("Sign up now.", "", "", "B"),
        ],
        [
            (
                "Oksanna Lysyshyn, chief economist at Bouchervale Credit Union, said food manufacturing employed about 12,400 people in Winnipeg last year, down from 13,900 in 2019.",
                "Oksanna Lysyshyn",
                "said",
                "W",
            ),
            (
                "“A closure like this ripples through trucking, packaging and the farms that grow the potatoes,” she said.",
                "Oksanna Lysyshyn",
                "said",
                "",
            ),
        ],
        [
            (
                "It is the third food plant in Winnipeg to announce a closure this year.",
                "",
                "",
                "W",
            ),
            (
                "Aspenwold shares closed down 2.4 per cent at $18.71 in Toronto on Monday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Tamzen Kroekerstadt covers business and labour for the Courier.", "", "", "B"),
            ("Email: tamsin.kroeker-vandal@kildonancourier.ca", "", "", "B"),
        ],
        [
            ("Join the conversation (31 comments)", "", "", "B"),
        ],
        [
            ("Trending", "", "", "B"),
        ],
        [
            ("City council approves 3.9% property tax increase for 2027", "", "", "B"),
        ],
        [
            ("Transcona curler named to national mixed doubles team", "", "", "B"),
        ],
        [
            ("Cold snap to bring -35 wind chills by Thursday", "", "", "B"),
        ],
        [
            ("© 2026 The Kildonan Courier, a division of Prairie Lantern Media Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # 6. Australia — courts
    [
        [
            ("THE BREMERBROOK BULLETIN", "", "", "B"),
        ],
        [
            (
                "Tuesday, December 8, 2026 | Brisbane 29°C | Today’s Paper | Log in | Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "News | Queensland | National | World | Business | Sport | Lifestyle | Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Courts & Law", "", "", "B"),
        ],
        [
            (
                "Builder jailed for five years after taking $1.3m in deposits from 23 families",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Families told the court they lost their savings and their homes were never built",
                "Families",
                "told the court",
                "W",
            ),
        ],
        [
            ("By Corben Blaxcell-Wyndon", "", "", "B"),
        ],
        [
            ("December 8, 2026 — 4.18pm", "", "", "B"),
        ],
        [
            ("Share  Facebook  X  LinkedIn  Email  Gift this article", "", "", "B"),
        ],
        [
            (
                "Brendyn Callaghan-Vosslaar leaves the District Court in Brisbane in September.",
                "",
                "",
                "",
            ),
            ("Credit: Bremerbrook Bulletin", "", "", "B"),
        ],
        [
            (
                "BRISBANE: A Sunshine Coast builder who took $1.3 million in deposits from 23 families and never built their homes has been sentenced to five years’ jail in the District Court in Brisbane.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Brendyn Callaghan-Vosslaar, 51, pleaded guilty in September to 23 counts of fraud committed between March 2022 and November 2023 while he ran Vosslaar Coastal Homes Pty Ltd.",
                "",
                "",
                "W",
            ),
            ("He will be eligible for parole on June 8, 2028.", "", "", "W"),
        ],
        [
            (
                "Sentencing him, Judge Rosangela Aldenbrae-Tye said Callaghan-Vosslaar had kept taking deposits for at least 11 months after he knew his company could not pay its suppliers.",
                "Rosangela Aldenbrae-Tye",
                "said",
                "W",
            ),
            (
                "She said she had reduced the sentence from seven years because of his early plea of guilty.",
                "Rosangela Aldenbrae-Tye",
                "said",
                "W",
            ),
            (
                "“You took money from young couples and pensioners, and you spent it on other people’s houses and on your own debts,” she said.",
                "Rosangela Aldenbrae-Tye",
                "said",
                "W",
            ),
            (
                "“Some of them will never own a home because of you.”",
                "Rosangela Aldenbrae-Tye",
                "said",
                "",
            ),
        ],
        [
            (
                "Crown prosecutor Sebastiano Merrindale told the court that $412,600 of the deposits had been used to pay the company’s tax debt and $186,000 had gone on a personal credit card.",
                "Sebastiano Merrindale",
                "told the court",
                "W",
            ),
            (
                "He said the deposits ranged from $19,500 to $94,000.",
                "Sebastiano Merrindale",
                "said",
                "W",
            ),
            (
                "The company collapsed in November 2023 owing creditors $2.9 million, he said.",
                "Sebastiano Merrindale",
                "said",
                "W",
            ),
        ],
        [
            (
                "Defence barrister Henriette Hartigane said her client had lost his own home and his marriage, and had been diagnosed with depression in 2023.",
                "Henriette Hartigane",
                "said",
                "W",
            ),
            (
                "She said he had “never set out to defraud anyone” and had believed a large contract would rescue the business.",
                "Henriette Hartigane",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Read more: Queensland builder insolvencies hit 10-year high", "", "", "B"),
        ],
        [
            (
                "In a victim impact statement read to the court, Kawana Waters mother of two Saffia Ludgreave said her family paid a $64,000 deposit in 2022 and was still renting.",
                "Saffia Ludgreave",
                "said",
                "",
            ),
        ],
        [
            ("“We sold our car to pay that deposit.", "Saffia Ludgreave", "said", ""),
            (
                "Every month we pay rent on a house that should have been ours,” she said.",
                "Saffia Ludgreave",
                "said",
                "",
            ),
        ],
        [
            (
                "Outside court, retiree Rainier Ockleford, 72, told reporters five years was “not enough”.",
                "Rainier Ockleford",
                "told reporters",
                "",
            ),
            ("He said he and his wife had lost $52,000.", "Rainier Ockleford", "said", ""),
            (
                "“We’re 72 and 70, we’re not going to earn that back,” he said.",
                "Rainier Ockleford",
                "said",
                "",
            ),
        ],
        [
            (
                "The state’s building commission said 17 of the 23 families had received payments totalling $611,000 from its home warranty scheme.",
                "The state’s building commission",
                "said",
                "W",
            ),
            (
                "The commission said it cancelled Callaghan-Vosslaar’s builder’s licence in January 2024.",
                "The commission",
                "said",
                "W",
            ),
        ],
        [
            (
                "Judge Aldenbrae-Tye also ordered him to pay $689,000 in restitution to the six families not covered by the scheme.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Court and crime news from across south-east Queensland, in your inbox each weekday at 6am.",
                "",
                "",
                "B",
            ),
            ("Sign up here.", "", "", "B"),
        ],
        [
            ("Corben Blaxcell-Wyndon is the Bulletin’s courts reporter.", "", "", "B"),
        ],
        [
            ("License this article", "", "", "B"),
        ],
        [
            ("More from Courts & Law", "", "", "B"),
        ],
        [
            ("Man charged over Gold Coast jet ski crash that injured two children", "", "", "B"),
        ],
        [
            ("Former council worker fined $18,000 for leaking tender documents", "", "", "B"),
        ],
        [
            ("Court hears triple-zero call in Logan murder trial", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Bremerbrook Bulletin Pty Ltd", "", "", "B"),
        ],
        [
            ("ABN 41 602 818 337", "", "", "B"),
        ],
    ],
    # 7. United States — weather
    [
        [
            ("THE MACATAWA DISPATCH", "", "", "B"),
        ],
        [
            (
                "Wednesday, December 9, 2026 | Holland, Mich. | 19°F Snow showers | Subscribe for $1",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "News | Weather | Local | Business | Sports | Opinion | Obituaries | eEdition",
                "",
                "",
                "B",
            ),
        ],
        [
            ("WEATHER", "", "", "B"),
        ],
        [
            (
                "Up to 31 inches of lake-effect snow buries lakeshore; more than 18,000 without power",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "More snow is possible Thursday as another band sets up off Lake Michigan",
                "",
                "",
                "",
            ),
        ],
        [
            ("Kadence Oosterbaanse", "", "", "B"),
        ],
        [
            ("The Macatawa Dispatch", "", "", "B"),
        ],
        [
            (
                "Published 6:41 a.m. ET Dec. 9, 2026 | Updated 11:05 a.m. ET Dec. 9, 2026",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Share: Facebook | X | Email | Text", "", "", "B"),
        ],
        [
            (
                "A county plow works its way along Bemmel Avenue south of Holland on Tuesday afternoon.",
                "",
                "",
                "",
            ),
            ("Adriaan Velthuysen / The Macatawa Dispatch", "", "", "B"),
        ],
        [
            (
                "HOLLAND, Mich. — Lake-effect snow fell at up to 3 inches an hour along the Lake Michigan shoreline Monday night and Tuesday, leaving 31 inches in Saugatuck by 7 p.m. Tuesday, according to the weather service’s Grand Rapids office.",
                "the weather service’s Grand Rapids office",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Holland recorded 22.4 inches, the most from a single storm since at least 1977.",
                "",
                "",
                "W",
            ),
            ("Grand Haven had 17.8 in. and Muskegon 9.1 in.", "", "", "W"),
        ],
        [
            (
                "Meteorologist Teunis Kolkema-Prather said the heaviest band sat over the same 15-mile stretch of shoreline for almost nine hours because the wind barely shifted.",
                "Teunis Kolkema-Prather",
                "said",
                "W",
            ),
            (
                "“When a band parks like that, you go from a dusting to two feet in an afternoon,” he said.",
                "Teunis Kolkema-Prather",
                "said",
                "",
            ),
            (
                "He said a weaker band could bring another 4 to 8 inches to the lakeshore Thursday.",
                "Teunis Kolkema-Prather",
                "said",
                "",
            ),
            (
                "He said the lake’s surface temperature was about 44 degrees, 4 degrees above normal for early December, which fed more moisture into the band.",
                "Teunis Kolkema-Prather",
                "said",
                "W",
            ),
        ],
        [
            (
                "About 18,300 customers were without power at 9 a.m. Wednesday, most of them in Ottawa and Allegan counties, Westerlee Energy said.",
                "Westerlee Energy",
                "said",
                "W",
            ),
            (
                "The utility said it expected to restore power to most customers by late Thursday.",
                "The utility",
                "said",
                "",
            ),
        ],
        [
            (
                "Sheriff’s deputies in Ottawa County responded to 96 crashes and slide-offs between 6 p.m. Monday and 6 a.m. Wednesday, none of them fatal, Sgt. Kristel Ploegsma said.",
                "Kristel Ploegsma",
                "said",
                "W",
            ),
            (
                "She said a semitrailer that jackknifed on U.S. 31 near James Street closed the northbound lanes for four hours Tuesday.",
                "Kristel Ploegsma",
                "said",
                "W",
            ),
        ],
        [
            (
                "The county road commission put all 62 of its plow trucks on 12-hour shifts, managing director Ardis Tunholm said.",
                "Ardis Tunholm",
                "said",
                "W",
            ),
            (
                "He said crews had spread 4,800 tons of salt since Monday.",
                "Ardis Tunholm",
                "said",
                "W",
            ),
            (
                "“Stay home if you can, and if you can’t, give the plows room,” he said.",
                "Ardis Tunholm",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Related: Photos: Lakeshore digs out after record snowfall", "", "", "B"),
        ],
        [
            (
                "Classes were canceled for a second day Wednesday in at least 11 school districts along the lakeshore.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "County emergency management director Bryer Ruiterkamp said the county had not asked the state for help but had opened two warming centers on Tuesday.",
                "Bryer Ruiterkamp",
                "said",
                "W",
            ),
        ],
        [
            (
                "One, at the Maasbrink Community Center, 210 W. Ninth St., is open from 8 a.m. to 10 p.m. daily.",
                "",
                "",
                "",
            ),
            ("Pets are allowed.", "", "", ""),
        ],
        [
            (
                "Wilhelmien Brinkerhuis, 67, who lives off Ottawa Beach Road, said she and her neighbors had dug out their driveways three times since Monday night.",
                "Wilhelmien Brinkerhuis",
                "said",
                "",
            ),
            (
                "“I’ve lived here 40 years and I can’t remember snow coming down this fast,” she said.",
                "Wilhelmien Brinkerhuis",
                "said",
                "",
            ),
            ("“We’ve run out of places to put it.”", "Wilhelmien Brinkerhuis", "said", ""),
        ],
        [
            ("Get the forecast in your inbox each morning.", "", "", "B"),
            ("Sign up for Dispatch Weather.", "", "", "B"),
        ],
        [
            (
                "Contact Kadence Oosterbaanse at boosterbaan@macatawadispatch.com or 616-555-0143.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Most Popular", "", "", "B"),
        ],
        [
            ("Holland council delays vote on downtown parking fees", "", "", "B"),
        ],
        [
            ("Zeeland bakery that sold out of banket in 2 hours is expanding", "", "", "B"),
        ],
        [
            ("Girls basketball: Lakeshore rivals meet in season opener Friday", "", "", "B"),
        ],
        [
            ("© 2026 The Macatawa Dispatch.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Terms of Service | Privacy Policy | Your Privacy Choices", "", "", "B"),
        ],
    ],
    # 8. India — education
    [
        [
            ("THE VELLIANGIRI CHRONICLE", "", "", "B"),
        ],
        [
            ("COIMBATORE | THURSDAY, DECEMBER 10, 2026 | e-Paper | தமிழ்", "", "", "B"),
        ],
        [
            (
                "Home | Tamil Nadu | Coimbatore | India | World | Business | Sport | Education | Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tamil Nadu / Education", "", "", "B"),
        ],
        [
            (
                "1,842 teacher posts vacant in government schools across eight western districts, RTI reply shows",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Over a third of the vacancies are for P.G. teachers, nearly half of those in mathematics and physics",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Staff Reporter", "", "", "B"),
        ],
        [
            ("Updated - December 10, 2026 07:52 am IST - COIMBATORE", "", "", "B"),
        ],
        [
            ("Share: WhatsApp | Facebook | X | Email | Copy link", "", "", "B"),
        ],
        [
            (
                "Students of a government higher secondary school in Coimbatore in a combined class on Wednesday.",
                "",
                "",
                "",
            ),
            ("Photo: Special Arrangement", "", "", "B"),
        ],
        [
            (
                "COIMBATORE: As many as 1,842 teaching posts are vacant in government schools in eight western districts, including 412 in Coimbatore, according to a reply under the Right to Information Act.",
                "a reply under the Right to Information Act",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The reply, dated November 27, shows that 677 of the vacancies are for post-graduate (P.G.) teachers and 914 for B.T. Assistants, who teach Classes VI to X.",
                "The reply",
                "shows",
                "W",
            ),
            (
                "The remaining 251 are secondary grade teacher posts in primary schools.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Mathematics and physics account for 301 of the P.G. vacancies.", "", "", "W"),
            (
                "The reply was issued by the office of the Director of School Education in Chennai.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "S. Ilamaranvel, a Coimbatore-based education activist who filed the application in September, said 96 of the posts had been vacant for more than three years.",
                "S. Ilamaranvel",
                "said",
                "W",
            ),
            (
                "“Children cannot wait three years for a chemistry teacher,” he said.",
                "S. Ilamaranvel",
                "said",
                "",
            ),
            (
                "He said he had also sought figures for government-aided schools but had not received a reply.",
                "S. Ilamaranvel",
                "said",
                "",
            ),
        ],
        [
            (
                "Chief Educational Officer Dr. K. Vasanthamallika said 138 guest teachers had been appointed in the district since June at a monthly honorarium of ₹15,000 to fill the gaps.",
                "K. Vasanthamallika",
                "said",
                "W",
            ),
            (
                "She said counselling for transfers and promotions, delayed by a case in the High Court, would be held in the third week of January.",
                "K. Vasanthamallika",
                "said",
                "",
            ),
            (
                "“We are not leaving any class without a teacher,” she said.",
                "K. Vasanthamallika",
                "said",
                "",
            ),
        ],
        [
            (
                "M. Arivazhagi, general secretary of the Kovai District Graduate Teachers’ Peravai, said headmasters in at least 40 schools in the district had merged Class IX and Class X sections for science periods because there was no teacher.",
                "M. Arivazhagi",
                "said",
                "W",
            ),
        ],
        [
            (
                "“A guest teacher is paid ₹15,000 and can leave any day.",
                "M. Arivazhagi",
                "said",
                "",
            ),
            (
                "That is not a solution for a Class XII batch writing the board exam in March,” she said.",
                "M. Arivazhagi",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Also Read | Civic body schools in Tiruppur to get 60 new science labs", "", "", "B"),
        ],
        [
            (
                "R. Jothilakshmi, whose daughter is in Class XI at a government school in Singanallur, said the school had had no physics teacher since the academic year began in June.",
                "R. Jothilakshmi",
                "said",
                "",
            ),
            (
                "“She goes for tuition in the evening, which costs us ₹2,500 a month,” she said.",
                "R. Jothilakshmi",
                "said",
                "",
            ),
        ],
        [
            (
                "The headmistress of a government high school in Sulur, who did not want to be named, said her school of 640 students had two B.T. Assistants for mathematics against four sanctioned posts.",
                "The headmistress of a government high school in Sulur",
                "said",
                "W",
            ),
            (
                "“I teach Class X mathematics myself after my office work,” she said.",
                "The headmistress of a government high school in Sulur",
                "said",
                "",
            ),
        ],
        [
            (
                "In a statement on Wednesday, School Education Minister T. Sengottuvelan said the government had sanctioned recruitment to 2,400 B.T. Assistant posts across the State, with the written examination scheduled for February 2027.",
                "T. Sengottuvelan",
                "said",
                "W",
            ),
            (
                "He said appointment orders would be issued before the 2027-28 academic year begins in June.",
                "T. Sengottuvelan",
                "said",
                "",
            ),
        ],
        [
            (
                "The eight districts covered by the reply are Coimbatore, Tiruppur, Erode, Salem, Namakkal, Dharmapuri, Krishnagiri and the Nilgiris.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Published - December 10, 2026 12:14 am IST", "", "", "B"),
        ],
        [
            ("Related Topics", "", "", "B"),
        ],
        [
            ("education / Coimbatore / Tamil Nadu / teachers / schools", "", "", "B"),
        ],
        [
            ("Comments must be in English and in complete sentences.", "", "", "B"),
            ("Abusive or personal remarks will be removed.", "", "", "B"),
        ],
        [
            ("© THE VELLIANGIRI CHRONICLE 2026", "", "", "B"),
        ],
    ],
    # 9. New Zealand — environment
    [
        [
            ("TARAWERE TRIBUNE", "", "", "B"),
        ],
        [
            ("Thursday, 3 December 2026 · Christchurch 21°C · Log in · Subscribe", "", "", "B"),
        ],
        [
            ("Latest  National  Canterbury  Business  Farming  Sport  Opinion  Video", "", "", "B"),
        ],
        [
            ("Environment", "", "", "B"),
        ],
        [
            ("Nitrate levels rising in one in five Canterbury wells, report finds", "", "", "W"),
        ],
        [
            (
                "Regional council scientists say 64 wells now exceed the drinking-water limit, up from 41 five years ago",
                "Regional council scientists",
                "say",
                "W",
            ),
        ],
        [
            ("Mereaina Tautuhiwai", "", "", "B"),
        ],
        [
            ("05:00, Dec 03 2026", "", "", "B"),
        ],
        [
            ("Share this article: Facebook | X | Email", "", "", "B"),
        ],
        [
            ("A monitoring bore on farmland near Dunsandel in the Selwyn district.", "", "", ""),
            ("Photo: Supplied", "", "", "B"),
        ],
        [
            (
                "Nitrate concentrations are rising in 21 per cent of the 1058 groundwater wells monitored across Canterbury, a report released by the regional council on Wednesday has found.",
                "a report released by the regional council on Wednesday",
                "found",
                "W",
            ),
        ],
        [
            (
                "Sixty-four wells exceeded the maximum acceptable value for drinking water, 11.3mg of nitrate-nitrogen per litre, in the year to June 2026, up from 41 in 2020-21.",
                "",
                "",
                "W",
            ),
            ("Most were shallow wells in the Selwyn and Ashburton districts.", "", "", "W"),
        ],
        [
            (
                "The council’s principal groundwater scientist, Dr Ngaroma Tauwharekai, said most of the nitrate came from farmland above the aquifers, and that water took between five and 40 years to move through the gravels.",
                "Ngaroma Tauwharekai",
                "said",
                "W",
            ),
            (
                "“What we are measuring in wells now is, in many places, what leached from paddocks 10 or 20 years ago,” she said.",
                "Ngaroma Tauwharekai",
                "said",
                "W",
            ),
            (
                "She said the trend would take decades to reverse even if losses from farms were cut today.",
                "Ngaroma Tauwharekai",
                "said",
                "",
            ),
        ],
        [
            (
                "She said concentrations showed no clear trend in 38 per cent of the wells and were falling in 41 per cent.",
                "Ngaroma Tauwharekai",
                "said",
                "W",
            ),
        ],
        [
            (
                "Osgar Druittley, who chairs the Mid-Plains Growers’ Network, said its members had cut their use of nitrogen fertiliser by 18 per cent since 2020.",
                "Osgar Druittley",
                "said",
                "W",
            ),
            ("“Farmers are not ignoring this,” he said.", "Osgar Druittley", "said", ""),
            (
                "“But it’s unfair to judge today’s farming on water that left the paddock before some of us bought the farm.”",
                "Osgar Druittley",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Read more: Ashburton River mouth closes for third time this year", "", "", "B"),
        ],
        [
            (
                "Mirren Tanenui, of the freshwater group Clear Plains Trust, said 11 of the wells over the limit supplied drinking water to homes.",
                "Mirren Tanenui",
                "said",
                "W",
            ),
            (
                "She said the council should cap cow numbers in the worst-affected zones.",
                "Mirren Tanenui",
                "said",
                "",
            ),
            ("“A filter in every kitchen is not a plan,” she said.", "Mirren Tanenui", "said", ""),
        ],
        [
            (
                "Leeston resident Adrianus Koppelhof, whose family draws its drinking water from a 30-metre private bore, said a test in October showed 13.6mg/L.",
                "Adrianus Koppelhof",
                "said",
                "",
            ),
            (
                "“We’ve got a baby on the way, so we bought a reverse osmosis filter for $2400,” he said.",
                "Adrianus Koppelhof",
                "said",
                "",
            ),
            ("“It’s the first thing I check every month.”", "Adrianus Koppelhof", "said", ""),
        ],
        [
            (
                "Sharvani Veeraswamy, the district council’s water services manager, said the council offered free nitrate tests to private bore owners and had tested 1240 bores since 2023.",
                "Sharvani Veeraswamy",
                "said",
                "W",
            ),
        ],
        [
            (
                "Public health officials advise that water above the limit should not be used to make up infant formula.",
                "Public health officials",
                "advise",
                "",
            ),
        ],
        [
            (
                "The regional council said it would notify changes to its land and water plan in 2027.",
                "The regional council",
                "said",
                "",
            ),
            (
                "In 2020 it set a target of halving the number of wells over the limit by 2035.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Got a story?", "", "", "B"),
            ("Email news@taraweretribune.co.nz", "", "", "B"),
        ],
        [
            ("Support independent Canterbury journalism.", "", "", "B"),
            ("Become a supporter from $5 a month.", "", "", "B"),
        ],
        [
            ("More from Environment", "", "", "B"),
        ],
        [
            ("Kea sightings up in Arthur’s Pass, conservation volunteers say", "", "", "B"),
        ],
        [
            ("Council to spend $4.2m on Halswell stopbank upgrade", "", "", "B"),
        ],
        [
            ("© 2026 Tarawere Tribune Limited", "", "", "B"),
        ],
    ],
    # 10. Ireland — housing
    [
        [
            ("THE CARROWBRACK OBSERVER", "", "", "B"),
        ],
        [
            ("Tuesday, 1 December 2026 | Galway | Subscribe | ePaper", "", "", "B"),
        ],
        [
            (
                "News | Sport | Business | Property | Farming | Lifestyle | Opinion | Death Notices",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Property", "", "", "B"),
        ],
        [
            ("Galway city rents up 8.7% in a year to average of €2,104 a month", "", "", "W"),
        ],
        [
            (
                "Just 96 homes were available to rent in the city on 1 November, according to Lettely.ie’s quarterly report",
                "Lettely.ie’s quarterly report",
                "according to",
                "W",
            ),
        ],
        [
            ("By Ethna Varrelly", "", "", "B"),
        ],
        [
            ("Tue, 1 Dec, 2026 - 07:00", "", "", "B"),
        ],
        [
            ("Share: Facebook · X · WhatsApp · Email", "", "", "B"),
        ],
        [
            ("A to-let sign on an apartment block in Knocknacarra, Galway.", "", "", ""),
            ("Picture: Cliodhna Mulkerrane-Tullagh", "", "", "B"),
        ],
        [
            (
                "Average rents in Galway city rose 8.7% in the year to the end of September, to €2,104 a month, according to the latest quarterly report from property website Lettely.ie.",
                "the latest quarterly report from property website Lettely.ie",
                "according to",
                "W",
            ),
        ],
        [
            ("Rents in the rest of Co Galway rose 6.2% to an average of €1,486.", "", "", "W"),
            ("Nationally, rents rose 5.4% to €1,962.", "", "", "W"),
        ],
        [
            (
                "The report found that just 96 homes were available to rent in the city on 1 November, compared with an average of 410 on the same date in the years 2015 to 2019.",
                "The report",
                "found",
                "W",
            ),
        ],
        [
            (
                "The report’s author, economist Dr Criostoir Tolandsby, said the figures showed that “supply, not demand, is the story in Galway”.",
                "Criostoir Tolandsby",
                "said",
                "",
            ),
            (
                "He said 1,130 new homes were completed in the city in the first nine months of the year, against a target of 1,600 for the full year.",
                "Criostoir Tolandsby",
                "said",
                "W",
            ),
            (
                "“Until completions double, rents will keep climbing,” he said.",
                "Criostoir Tolandsby",
                "said",
                "",
            ),
        ],
        [
            (
                "The report is based on 3,412 listings advertised on the site between July and September.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Galway city is a rent pressure zone, where increases for existing tenancies are capped at 2% a year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ionadh Gilvarragh, of the tenants’ group Galway Renters Together, said the group had dealt with 214 notices to quit in the first ten months of the year, 61% of them because the landlord was selling.",
                "Ionadh Gilvarragh",
                "said",
                "W",
            ),
            (
                "“People are being priced out of the city they work in,” she said.",
                "Ionadh Gilvarragh",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Read More: Plans lodged for 312 apartments on former bakery site in Mervue",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Ruadhan Daviter, a spokesman for the Western Landlords’ Forum, said its membership had fallen from 1,140 to 790 since 2021 as small landlords sold up.",
                "Ruadhan Daviter",
                "said",
                "W",
            ),
            (
                "He said the tax on rental income was the main reason landlords were leaving.",
                "Ruadhan Daviter",
                "said",
                "",
            ),
            (
                "“Most of our members own one or two properties, and they are tired,” he said.",
                "Ruadhan Daviter",
                "said",
                "",
            ),
        ],
        [
            (
                "Independent councillor Cllr Derval Mannix-Oughterard told the Observer that 2,377 households were on the council’s social housing waiting list at the end of October.",
                "Derval Mannix-Oughterard",
                "told the Observer",
                "W",
            ),
            (
                "“That is a town the size of Oranmore waiting for a home,” she said.",
                "Derval Mannix-Oughterard",
                "said",
                "",
            ),
        ],
        [
            (
                "Líadan Corkerry, a 29-year-old nurse, said she pays €1,150 a month for a room in a shared house in Renmore.",
                "Líadan Corkerry",
                "said",
                "",
            ),
        ],
        [
            ("“I viewed 14 places in six weeks,” she said.", "Líadan Corkerry", "said", ""),
            ("“At every one there were 30 people on the stairs.”", "Líadan Corkerry", "said", ""),
            ("“One landlord asked for six months’ rent up front.”", "Líadan Corkerry", "said", ""),
        ],
        [
            (
                "A spokesperson for the Minister for Housing said 41,300 new homes were built nationally in the 12 months to September, the highest figure since 2008.",
                "A spokesperson for the Minister for Housing",
                "said",
                "W",
            ),
        ],
        [
            ("Get the week’s property news in your inbox every Friday.", "", "", "B"),
            ("Sign up", "", "", "B"),
        ],
        [
            ("More in this section", "", "", "B"),
        ],
        [
            ("Salthill hotel to become 80-bed student residence", "", "", "B"),
        ],
        [
            ("Mortgage approvals in Connacht up 11% on last year", "", "", "B"),
        ],
        [
            ("© Carrowbrack Observer 2026", "", "", "B"),
        ],
        [
            ("Privacy Statement | Cookie Policy | Terms & Conditions", "", "", "B"),
        ],
    ],
    # 11. Kenya — sport
    [
        [
            ("THE RIFT BUGLE", "", "", "B"),
        ],
        [
            ("Monday, December 7, 2026 | Eldoret 22°C | E-Paper | Subscribe", "", "", "B"),
        ],
        [
            ("News · Counties · Sports · Business · Opinion · Lifestyle · Videos", "", "", "B"),
        ],
        [
            ("SPORTS › ATHLETICS", "", "", "B"),
        ],
        [
            (
                "Lagatwa smashes Sergoit Ridge course record as Cheptanui wins women’s race",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The 23-year-old clocked 59:48 to take 41 seconds off the mark set in 2022",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Chebiiyo Kosgeiwo-Mutaika", "", "", "B"),
        ],
        [
            ("Published on: 07 Dec 2026 - 06:15", "", "", "B"),
        ],
        [
            ("Share: WhatsApp | Facebook | X | Telegram", "", "", "B"),
        ],
        [
            (
                "Kipsambu Lagatwa crosses the finish line at the Tendwo showground in Iten on Sunday.",
                "",
                "",
                "",
            ),
            ("PHOTO | CHEBIIYO KOSGEIWO-MUTAIKA", "", "", "B"),
        ],
        [
            (
                "ITEN — Kipsambu Lagatwa broke the Sergoit Ridge Half Marathon course record on Sunday, winning in 59 minutes and 48 seconds, 41 seconds faster than the mark set by Josaya Tuweiyo in 2022.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lagatwa, 23, pulled away from a group of six at the 15km mark and finished 34 seconds ahead of Hilarion Kipsieleng-Oroni, with Barnabe Cheruyoit third in 1:00:41.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("In the women’s race, Cheptanui Chemosit won in 1:07:19.", "", "", "W"),
            (
                "She was 39 seconds ahead of Jepkoech Sirmoiwo, who led until the 18km mark.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“I came here to win, not to chase the record, but at 15km my coach told me I was on pace,” Lagatwa told the Bugle.",
                "Kipsambu Lagatwa",
                "told the Bugle",
                "",
            ),
            (
                "He said he would use his Sh1 million prize to finish building a house for his mother in Kapcherop.",
                "Kipsambu Lagatwa",
                "said",
                "",
            ),
        ],
        [
            (
                "Race director Kiboen Kirwatich-Tarusei said 4,312 runners finished the half marathon, 10km and 5km races, up from 3,050 last year.",
                "Kiboen Kirwatich-Tarusei",
                "said",
                "W",
            ),
            (
                "He said the half marathon’s prize purse of Sh6.4 million, paid by sponsor Kapkoros Dairies Ltd., was the largest of any road race in the North Rift this year.",
                "Kiboen Kirwatich-Tarusei",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Next year we want to apply for an international road race label,” he said.",
                "Kiboen Kirwatich-Tarusei",
                "said",
                "",
            ),
            (
                "He said the temperature at the 7am start was 11C.",
                "Kiboen Kirwatich-Tarusei",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kipsieleng-Oroni, who won the race in 2025, said he went out too fast on the climb out of Iten.",
                "Hilarion Kipsieleng-Oroni",
                "said",
                "",
            ),
            (
                "“I paid for it in the last three kilometres,” he said.",
                "Hilarion Kipsieleng-Oroni",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "ALSO READ: Iten camp owners decry rising rents as foreign runners flock in",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Lagatwa’s coach, Kipnyolei Biwottich-Sangoro, said the runner had trained in Iten for 14 weeks after a hamstring injury in July.",
                "Kipnyolei Biwottich-Sangoro",
                "said",
                "W",
            ),
            (
                "“He is ready for a full marathon in the spring,” he said.",
                "Kipnyolei Biwottich-Sangoro",
                "said",
                "",
            ),
        ],
        [
            (
                "Cheptanui, a police constable based in Kapsabet, said she had raced only twice this year because of a stress fracture.",
                "Cheptanui Chemosit",
                "said",
                "",
            ),
            (
                "“I was afraid of the hills in the last five kilometres, but my legs were good,” she said.",
                "Cheptanui Chemosit",
                "said",
                "",
            ),
        ],
        [
            (
                "Lagatwa’s time is the fastest half marathon run in the North Rift this year, according to federation records.",
                "federation records",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Eliakim Kiptumo-Ronoei, the North Rift chairman of the national athletics federation, said eight of the top ten men were under 25, and that the first three had been invited to the national cross-country trials on January 23.",
                "Eliakim Kiptumo-Ronoei",
                "said",
                "W",
            ),
        ],
        [
            ("RESULTS", "", "", "B"),
        ],
        [
            (
                "Men’s half marathon: 1. Kipsambu Lagatwa 59:48 (CR); 2. Hilarion Kipsieleng-Oroni 1:00:22; 3. Barnabe Cheruyoit 1:00:41",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Women’s half marathon: 1. Cheptanui Chemosit 1:07:19; 2. Jepkoech Sirmoiwo 1:07:58; 3. Rodah Chepkwonyi-Sigilaiyo 1:08:40",
                "",
                "",
                "",
            ),
        ],
        [
            ("Follow The Rift Bugle on WhatsApp for live results.", "", "", "B"),
        ],
        [
            ("Tags: Athletics | Sergoit Ridge Half Marathon | Iten | Road running", "", "", "B"),
        ],
        [
            ("More Sports", "", "", "B"),
        ],
        [
            ("Nandi clubs clash over transfer of teenage striker", "", "", "B"),
        ],
        [
            ("Cross-country: county trials set for Kapsabet on January 9", "", "", "B"),
        ],
        [
            ("© Copyright 2026 Rift Bugle Media.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # 12. the Philippines — culture
    [
        [
            ("THE DAILY PANAGSAMA", "", "", "B"),
        ],
        [
            ("Saturday, December 12, 2026 | Iloilo City | 30°C | Subscribe", "", "", "B"),
        ],
        [
            (
                "Home | News | Region | Business | Sports | Lifestyle | Arts & Culture | Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Arts & Culture", "", "", "B"),
        ],
        [
            (
                "Restored Coliseo Valdemarín reopens after 31 years with P186-million facelift",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The 1926 theater, once the grandest in the city, had been used as a warehouse and a bargain store",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Ma. Carmelina Dumagsang-Orbetana", "", "", "B"),
        ],
        [
            ("Published December 12, 2026, 9:02 AM", "", "", "B"),
        ],
        [
            ("Share this: Facebook | X | Messenger | Viber", "", "", "B"),
        ],
        [
            (
                "Guests fill the restored lobby of the Coliseo Valdemarín on Calle Real on Friday night.",
                "",
                "",
                "",
            ),
            ("PHOTO BY JOVITO SALCEPUEDES-ARNAIZ / THE DAILY PANAGSAMA", "", "", "B"),
        ],
        [
            (
                "ILOILO CITY — The Coliseo Valdemarín, a 1926 theater on Calle Real that closed in 1995, reopened on Friday night after a four-year restoration that cost P186 million, with a gala attended by about 600 guests.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The city government paid P112 million of the cost, and the rest came from the national heritage agency and private donors, according to the city’s tourism office.",
                "the city’s tourism office",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The theater was built by sugar trader Anselmino Valdemarín Sr. and opened on Oct. 2, 1926, with a zarzuela.",
                "",
                "",
                "W",
            ),
            (
                "After World War II it became a cinema, and from 1995 until 2021 it was used as a warehouse and then as a bargain store.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mayor Gerardo Villaluz-Tabigue said the theater would host at least 120 performances in its first year.",
                "Gerardo Villaluz-Tabigue",
                "said",
                "",
            ),
            (
                "He said tickets for students would cost P150, and that 40 seats at every show would be set aside for public school pupils.",
                "Gerardo Villaluz-Tabigue",
                "said",
                "W",
            ),
            (
                "“This theater belongs to every Ilonggo, not only to those who can afford a ticket,” he said in his speech.",
                "Gerardo Villaluz-Tabigue",
                "said in his speech",
                "",
            ),
        ],
        [
            (
                "Conservation architect Arch. Maricelle Sotelio-Ancajas, who led the restoration, said 70 percent of the original hardwood floor and all 14 of the theater’s cast-iron columns had been saved.",
                "Maricelle Sotelio-Ancajas",
                "said",
                "W",
            ),
            (
                "She said the team found the original paint colors under 11 layers of paint on the proscenium arch.",
                "Maricelle Sotelio-Ancajas",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We uncovered a sky-blue ceiling that nobody alive had seen,” she said.",
                "Maricelle Sotelio-Ancajas",
                "said",
                "",
            ),
            (
                "She said the main hall now has 842 seats, down from about 1,100 when it opened, to meet the fire code.",
                "Maricelle Sotelio-Ancajas",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("READ: Iloilo River esplanade to be extended by 1.2 km", "", "", "B"),
        ],
        [
            (
                "Dr. Aureliano Gamboa-Peñafrancia, who chairs the city’s heritage board, said the theater was one of 27 buildings on Calle Real and J.M. Basa Street restored since 2014 under the city’s heritage ordinance.",
                "Aureliano Gamboa-Peñafrancia",
                "said",
                "W",
            ),
            (
                "He said owners of another nine buildings on the two streets had applied for restoration grants this year.",
                "Aureliano Gamboa-Peñafrancia",
                "said",
                "W",
            ),
        ],
        [
            (
                "Soprano Milagritos Lazaga-Ybiernez, who sang at the gala, said she first heard of the theater from her grandmother, who saw a zarzuela there in the 1950s.",
                "Milagritos Lazaga-Ybiernez",
                "said",
                "",
            ),
            (
                "“Tonight I sang on the stage she used to talk about,” she said.",
                "Milagritos Lazaga-Ybiernez",
                "said",
                "",
            ),
        ],
        [
            (
                "Outside, Teodolfo Pabilando, 61, who has sold rice cakes on Calle Real for 38 years, said he remembered watching films there as a boy for 50 centavos.",
                "Teodolfo Pabilando",
                "said",
                "",
            ),
            ("“My father sold peanuts at the door,” he said.", "Teodolfo Pabilando", "said", ""),
            ("“Now my grandchildren will see a show here.”", "Teodolfo Pabilando", "said", ""),
        ],
        [
            (
                "The national heritage agency said in a statement that it contributed P40 million to the restoration through its grants for locally declared heritage sites.",
                "The national heritage agency",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "The theater’s first season opens on Dec. 19 with a staging of the zarzuela “Ang Kampanilya sa Jaro” and runs until March 2027.",
                "",
                "",
                "W",
            ),
            (
                "Tickets are on sale at the box office from 10 a.m. to 6 p.m., Tuesday to Sunday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Tags: Iloilo City, heritage, Coliseo Valdemarín, Calle Real", "", "", "B"),
        ],
        [
            ("RELATED STORIES", "", "", "B"),
        ],
        [
            ("Jaro belfry repairs to finish before Holy Week", "", "", "B"),
        ],
        [
            ("Ilonggo filmmakers win two awards at regional festival", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Panagsama Publishing Corp.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h69-gh-quote-years-she",
        "“The people of Abrekuma have waited 11 years for that road to be tarred. I will not let them wait another 11,” she said.",
        [
            "“The people of Abrekuma have waited 11 years for that road to be tarred.",
            "I will not let them wait another 11,” she said.",
        ],
    ),
    (
        "h69-gh-pm-on-sunday",
        "Mr Ananepa-Sakyiwaa conceded defeat in a phone call to his opponent at about 9.15 p.m. on Sunday, his campaign manager, Yayra Ansongwaa-Kuffourson, told the Times. She said the party’s polling agents had recorded irregularities, including late opening, at 11 of the constituency’s 142 polling stations. “We accept the verdict of the people, but the turnout is a message to both parties,” she added.",
        [
            "Mr Ananepa-Sakyiwaa conceded defeat in a phone call to his opponent at about 9.15 p.m. on Sunday, his campaign manager, Yayra Ansongwaa-Kuffourson, told the Times.",
            "She said the party’s polling agents had recorded irregularities, including late opening, at 11 of the constituency’s 142 polling stations.",
            "“We accept the verdict of the people, but the turnout is a message to both parties,” she added.",
        ],
    ),
    (
        "h69-sc-3am-capital",
        "“Somebody brought her a blanket and a cup of tea at 3am. That was the first time anyone had asked how she was since midnight,” Ms Corstorphray said.",
        [
            "“Somebody brought her a blanket and a cup of tea at 3am.",
            "That was the first time anyone had asked how she was since midnight,” Ms Corstorphray said.",
        ],
    ),
    (
        "h69-sc-dr-who-chairs",
        "Dr Tamhas Balquhidderan, who chairs the Association of Emergency Clinicians in Scotland, said long waits in Tayburn were linked to about 40 excess deaths last year, using a method the association published in 2023. “These are not numbers on a spreadsheet,” he said. “They are people’s mothers and grandfathers.”",
        [
            "Dr Tamhas Balquhidderan, who chairs the Association of Emergency Clinicians in Scotland, said long waits in Tayburn were linked to about 40 excess deaths last year, using a method the association published in 2023.",
            "“These are not numbers on a spreadsheet,” he said.",
            "“They are people’s mothers and grandfathers.”",
        ],
    ),
    (
        "h69-sc-ltd-registered",
        "© Strathbrae Newspapers Ltd 2026. Registered in Scotland No. SC118204. Registered office: 14 Seagate Wynd, Dundee DD1 4QP.",
        [
            "© Strathbrae Newspapers Ltd 2026.",
            "Registered in Scotland No. SC118204.",
            "Registered office: 14 Seagate Wynd, Dundee DD1 4QP.",
        ],
    ),
    (
        "h69-za-colonel-2-15pm",
        "Eastern Cape police spokesperson Colonel Yonela Mqolombeni-Sodladla said five armed men entered the Zircon & Rose store at the Walmer Crossing centre at about 2.15pm, tied up three employees and smashed display cabinets with hammers. She said the men fled in two hatchbacks, one white and one grey, which officers tracked to a house in Motherwell NU 11 shortly before 6pm.",
        [
            "Eastern Cape police spokesperson Colonel Yonela Mqolombeni-Sodladla said five armed men entered the Zircon & Rose store at the Walmer Crossing centre at about 2.15pm, tied up three employees and smashed display cabinets with hammers.",
            "She said the men fled in two hatchbacks, one white and one grey, which officers tracked to a house in Motherwell NU 11 shortly before 6pm.",
        ],
    ),
    (
        "h69-za-quote-then-continues",
        "“When officers approached the house, shots were fired at them and the officers returned fire,” Mqolombeni-Sodladla said. “One suspect, aged 27, was wounded in the leg and is under police guard in hospital.”",
        [
            "“When officers approached the house, shots were fired at them and the officers returned fire,” Mqolombeni-Sodladla said.",
            "“One suspect, aged 27, was wounded in the leg and is under police guard in hospital.”",
        ],
    ),
    (
        "h69-my-datuk-seri",
        "Perak Express Bus Operators Association president Datuk Seri Rozaimin Azhan Mokhtaruzzaman said diesel costs for its 31 member companies had risen by 38% in two years. He said toll charges on the routes had gone up twice over the same period, and that drivers’ wages had risen by about RM400 a month.",
        [
            "Perak Express Bus Operators Association president Datuk Seri Rozaimin Azhan Mokhtaruzzaman said diesel costs for its 31 member companies had risen by 38% in two years.",
            "He said toll charges on the routes had gone up twice over the same period, and that drivers’ wages had risen by about RM400 a month.",
        ],
    ),
    (
        "h69-my-sdn-bhd-which",
        "Bas Sinaran Jaya Sdn Bhd, which runs 42 daily trips between Ipoh and Kuala Lumpur, said online bookings for Dec 15 to 31 were already 70% full. Its operations manager, Leaw Kheam Hwoon, said the company would add 12 weekend trips during the school holidays.",
        [
            "Bas Sinaran Jaya Sdn Bhd, which runs 42 daily trips between Ipoh and Kuala Lumpur, said online bookings for Dec 15 to 31 were already 70% full.",
            "Its operations manager, Leaw Kheam Hwoon, said the company would add 12 weekend trips during the school holidays.",
        ],
    ),
    (
        "h69-ca-ltd-it-us",
        "Aspenwold bought the Winnipeg plant in 2011 from Tallmarsh Snacks Ltd. It employs about 2,100 people in Canada and the U.S., according to its annual report.",
        [
            "Aspenwold bought the Winnipeg plant in 2011 from Tallmarsh Snacks Ltd.",
            "It employs about 2,100 people in Canada and the U.S., according to its annual report.",
        ],
    ),
    (
        "h69-ca-jan-14-quote",
        "She said all employees would receive severance above the provincial minimum, and that the company would hold a job fair at the plant on Jan. 14. “This was a difficult decision, and it is no reflection on the people who work there,” she wrote.",
        [
            "She said all employees would receive severance above the provincial minimum, and that the company would hold a job fair at the plant on Jan. 14.",
            "“This was a difficult decision, and it is no reflection on the people who work there,” she wrote.",
        ],
    ),
    (
        "h69-ca-9am-monday",
        "Ilinka Teodoru-Bakx, president of Local 1427 of the Prairie Food and Allied Workers union, said the union learned of the closure at a meeting with managers at 9 a.m. Monday, about an hour before workers were told. She said the plant’s collective agreement, which runs until August 2028, requires 16 weeks’ notice of a closure, and the company had given 15 weeks and four days.",
        [
            "Ilinka Teodoru-Bakx, president of Local 1427 of the Prairie Food and Allied Workers union, said the union learned of the closure at a meeting with managers at 9 a.m. Monday, about an hour before workers were told.",
            "She said the plant’s collective agreement, which runs until August 2028, requires 16 weeks’ notice of a closure, and the company had given 15 weeks and four days.",
        ],
    ),
    (
        "h69-au-pty-ltd-he-will",
        "Brendyn Callaghan-Vosslaar, 51, pleaded guilty in September to 23 counts of fraud committed between March 2022 and November 2023 while he ran Vosslaar Coastal Homes Pty Ltd. He will be eligible for parole on June 8, 2028.",
        [
            "Brendyn Callaghan-Vosslaar, 51, pleaded guilty in September to 23 counts of fraud committed between March 2022 and November 2023 while he ran Vosslaar Coastal Homes Pty Ltd.",
            "He will be eligible for parole on June 8, 2028.",
        ],
    ),
    (
        "h69-au-quote-two-sentences",
        "“We sold our car to pay that deposit. Every month we pay rent on a house that should have been ours,” she said.",
        [
            "“We sold our car to pay that deposit.",
            "Every month we pay rent on a house that should have been ours,” she said.",
        ],
    ),
    (
        "h69-us-inches-since",
        "Holland recorded 22.4 inches, the most from a single storm since at least 1977. Grand Haven had 17.8 in. and Muskegon 9.1 in.",
        [
            "Holland recorded 22.4 inches, the most from a single storm since at least 1977.",
            "Grand Haven had 17.8 in. and Muskegon 9.1 in.",
        ],
    ),
    (
        "h69-us-am-wednesday-utility",
        "About 18,300 customers were without power at 9 a.m. Wednesday, most of them in Ottawa and Allegan counties, Westerlee Energy said. The utility said it expected to restore power to most customers by late Thursday.",
        [
            "About 18,300 customers were without power at 9 a.m. Wednesday, most of them in Ottawa and Allegan counties, Westerlee Energy said.",
            "The utility said it expected to restore power to most customers by late Thursday.",
        ],
    ),
    (
        "h69-us-sgt-pm-monday",
        "Sheriff’s deputies in Ottawa County responded to 96 crashes and slide-offs between 6 p.m. Monday and 6 a.m. Wednesday, none of them fatal, Sgt. Kristel Ploegsma said. She said a semitrailer that jackknifed on U.S. 31 near James Street closed the northbound lanes for four hours Tuesday.",
        [
            "Sheriff’s deputies in Ottawa County responded to 96 crashes and slide-offs between 6 p.m. Monday and 6 a.m. Wednesday, none of them fatal, Sgt. Kristel Ploegsma said.",
            "She said a semitrailer that jackknifed on U.S. 31 near James Street closed the northbound lanes for four hours Tuesday.",
        ],
    ),
    (
        "h69-us-w-ninth-st",
        "One, at the Maasbrink Community Center, 210 W. Ninth St., is open from 8 a.m. to 10 p.m. daily. Pets are allowed.",
        [
            "One, at the Maasbrink Community Center, 210 W. Ninth St., is open from 8 a.m. to 10 p.m. daily.",
            "Pets are allowed.",
        ],
    ),
    (
        "h69-in-pg-bt-classes",
        "The reply, dated November 27, shows that 677 of the vacancies are for post-graduate (P.G.) teachers and 914 for B.T. Assistants, who teach Classes VI to X. The remaining 251 are secondary grade teacher posts in primary schools.",
        [
            "The reply, dated November 27, shows that 677 of the vacancies are for post-graduate (P.G.) teachers and 914 for B.T. Assistants, who teach Classes VI to X.",
            "The remaining 251 are secondary grade teacher posts in primary schools.",
        ],
    ),
    (
        "h69-in-dr-k-initial",
        "Chief Educational Officer Dr. K. Vasanthamallika said 138 guest teachers had been appointed in the district since June at a monthly honorarium of ₹15,000 to fill the gaps. She said counselling for transfers and promotions, delayed by a case in the High Court, would be held in the third week of January.",
        [
            "Chief Educational Officer Dr. K. Vasanthamallika said 138 guest teachers had been appointed in the district since June at a monthly honorarium of ₹15,000 to fill the gaps.",
            "She said counselling for transfers and promotions, delayed by a case in the High Court, would be held in the third week of January.",
        ],
    ),
    (
        "h69-in-rs-class-xii",
        "“A guest teacher is paid ₹15,000 and can leave any day. That is not a solution for a Class XII batch writing the board exam in March,” she said.",
        [
            "“A guest teacher is paid ₹15,000 and can leave any day.",
            "That is not a solution for a Class XII batch writing the board exam in March,” she said.",
        ],
    ),
    (
        "h69-nz-mg-per-litre",
        "Sixty-four wells exceeded the maximum acceptable value for drinking water, 11.3mg of nitrate-nitrogen per litre, in the year to June 2026, up from 41 in 2020-21. Most were shallow wells in the Selwyn and Ashburton districts.",
        [
            "Sixty-four wells exceeded the maximum acceptable value for drinking water, 11.3mg of nitrate-nitrogen per litre, in the year to June 2026, up from 41 in 2020-21.",
            "Most were shallow wells in the Selwyn and Ashburton districts.",
        ],
    ),
    (
        "h69-nz-metre-mg-l",
        "Leeston resident Adrianus Koppelhof, whose family draws its drinking water from a 30-metre private bore, said a test in October showed 13.6mg/L. “We’ve got a baby on the way, so we bought a reverse osmosis filter for $2400,” he said. “It’s the first thing I check every month.”",
        [
            "Leeston resident Adrianus Koppelhof, whose family draws its drinking water from a 30-metre private bore, said a test in October showed 13.6mg/L.",
            "“We’ve got a baby on the way, so we bought a reverse osmosis filter for $2400,” he said.",
            "“It’s the first thing I check every month.”",
        ],
    ),
    (
        "h69-ie-cllr-told",
        "Independent councillor Cllr Derval Mannix-Oughterard told the Observer that 2,377 households were on the council’s social housing waiting list at the end of October. “That is a town the size of Oranmore waiting for a home,” she said.",
        [
            "Independent councillor Cllr Derval Mannix-Oughterard told the Observer that 2,377 households were on the council’s social housing waiting list at the end of October.",
            "“That is a town the size of Oranmore waiting for a home,” she said.",
        ],
    ),
    (
        "h69-ie-quote-after-said",
        "“I viewed 14 places in six weeks,” she said. “At every one there were 30 people on the stairs.”",
        [
            "“I viewed 14 places in six weeks,” she said.",
            "“At every one there were 30 people on the stairs.”",
        ],
    ),
    (
        "h69-ke-times-colons",
        "In the women’s race, Cheptanui Chemosit won in 1:07:19. She was 39 seconds ahead of Jepkoech Sirmoiwo, who led until the 18km mark.",
        [
            "In the women’s race, Cheptanui Chemosit won in 1:07:19.",
            "She was 39 seconds ahead of Jepkoech Sirmoiwo, who led until the 18km mark.",
        ],
    ),
    (
        "h69-ke-ltd-mid-sentence",
        "Race director Kiboen Kirwatich-Tarusei said 4,312 runners finished the half marathon, 10km and 5km races, up from 3,050 last year. He said the half marathon’s prize purse of Sh6.4 million, paid by sponsor Kapkoros Dairies Ltd., was the largest of any road race in the North Rift this year.",
        [
            "Race director Kiboen Kirwatich-Tarusei said 4,312 runners finished the half marathon, 10km and 5km races, up from 3,050 last year.",
            "He said the half marathon’s prize purse of Sh6.4 million, paid by sponsor Kapkoros Dairies Ltd., was the largest of any road race in the North Rift this year.",
        ],
    ),
    (
        "h69-ph-sr-oct-1926",
        "The theater was built by sugar trader Anselmino Valdemarín Sr. and opened on Oct. 2, 1926, with a zarzuela. After World War II it became a cinema, and from 1995 until 2021 it was used as a warehouse and then as a bargain store.",
        [
            "The theater was built by sugar trader Anselmino Valdemarín Sr. and opened on Oct. 2, 1926, with a zarzuela.",
            "After World War II it became a cinema, and from 1995 until 2021 it was used as a warehouse and then as a bargain store.",
        ],
    ),
    (
        "h69-ph-arch-title",
        "Conservation architect Arch. Maricelle Sotelio-Ancajas, who led the restoration, said 70 percent of the original hardwood floor and all 14 of the theater’s cast-iron columns had been saved. She said the team found the original paint colors under 11 layers of paint on the proscenium arch.",
        [
            "Conservation architect Arch. Maricelle Sotelio-Ancajas, who led the restoration, said 70 percent of the original hardwood floor and all 14 of the theater’s cast-iron columns had been saved.",
            "She said the team found the original paint colors under 11 layers of paint on the proscenium arch.",
        ],
    ),
    (
        "h69-ph-jm-basa-street",
        "Dr. Aureliano Gamboa-Peñafrancia, who chairs the city’s heritage board, said the theater was one of 27 buildings on Calle Real and J.M. Basa Street restored since 2014 under the city’s heritage ordinance. He said owners of another nine buildings on the two streets had applied for restoration grants this year.",
        [
            "Dr. Aureliano Gamboa-Peñafrancia, who chairs the city’s heritage board, said the theater was one of 27 buildings on Calle Real and J.M. Basa Street restored since 2014 under the city’s heritage ordinance.",
            "He said owners of another nine buildings on the two streets had applied for restoration grants this year.",
        ],
    ),
]
