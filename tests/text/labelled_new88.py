"""Eighty-eighth set of new hand-labelled pages for the hint engines (tuning set, round
thirty-nine): twelve WHOLE pages, head to tail, of everyday news from twelve countries (Kenya, Uganda, Jamaica,
Pakistan, Sri Lanka, Scotland, Wales, the US Midwest (Wisconsin), Canada (Alberta), Fiji, Zambia
and Singapore), where ATTRIBUTION and SPEAKERS are the hard part and CHECK-WORTHINESS is hard too:
people named once in full and then by surname, by role ("the county commander", "the principal",
"The director", "The RCC", "the MP", "The DC", "The MD", "the superintendent" (a Sri Lankan tea
estate's), "The Divisional Secretary", "the MSP", "the managing director", "The cabinet member",
"The superintendent" (a US school district's), "the board president", "the reeve", "The general
manager", "The mill manager", "the DC" (a Zambian District Commissioner)), by title and surname or
by pronoun, with two people of the same gender alternating on every page; roles and titles before
and after names in each country's way (Mr, Ms, Mrs, Dr, Hajji, Councillor with a party and
division in brackets, Deputy Commissioner, Engineer, initials before a Sri Lankan name, MSP after
the name, Cllr, Superintendent Dr., School Board President, Reeve, the MLA for the area, Mill
manager, Ratu after a village headman's role, District Commissioner Mrs, COL before a Chinese name
and Mr before an English name followed by a Chinese one); quotes split around the attribution;
quotes running over two paragraphs with no closing mark at the end of the first (on eight pages);
speakers named only after the quote; "according to" a police report, stock cards, a weather
service, health authority figures, a laboratory report, a situation report, a committee report, a
consultation report, an inspectorate's report, district data, river flow data, crushing figures,
a district health office's figures and annual fire statistics; reported speech without quotation
marks; statements posted on X and Facebook, emailed, released, issued through a spokesperson, put
in a letter to parents and read out at a briefing on a minister's behalf; unnamed officials, a
student, a nurse, a trucker, a Grama Niladhari, a grain buyer, a lorry driver, a council police
officer and a neighbour; organisations that speak and later "It said" or a generic noun ("The
agency", "The board", "The company", "The district", "The council", "The ministry"); a short Q&A
block on the Welsh page and an edited press-conference excerpt with name prefixes on the Singapore
page; statements of record beside opinions, hopes, plans, advice and feelings. The pages hold 520
sentences: 210 "B", 179 "W" and 131 ""; 272 sentences carry a speaker. `STYLES` describes each
page, its speakers and its furniture in order.

Written from scratch for issue 13 in round thirty-nine, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/` was opened or listed,
no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under
`docs/` or `tests/benchmarks/`, and no README of the project was read; `claimreview` was never
imported, and no test, scorer, engine or `pytest` was run. The search and fetch tools were not
used, and nothing was copied from anywhere. The brief's folder was listed (it held only the brief)
and the brief was read; /tmp/sets was listed once at the start (empty). What was read for the
format: the module docstrings of `labelled_new.py`, `labelled_new2.py`, `labelled_new85.py` and
`labelled_new86.py` (printed with `ast.get_docstring`; the listing of the last two was cut by the
tool in the middle, so both were saved to files in /tmp and read from there with `sed`, the
stretch of `labelled_new86.py`'s docstring between its first lines and its list of real places
only as far as the tool showed it); a listing written by a script of my own (using `ast`, not
import) of the import line, `STYLES`, the first two pages and the first eight `CASES` of
`labelled_new86.py` (printed, with a middle stretch of its first page cut by the tool and then
printed with `sed`, lines cut to 900 characters) and of `labelled_new85.py` (its `STYLES` lines cut
to 600 characters, the rest cut to 400); `build` in `labelled_articles.py` (a `grep -n "def build"
-A25` listing); and the `[tool.ruff]` tables of `pyproject.toml` (a `grep -A15` listing). No other
page, case or docstring of any file under `tests/` was read. What was run: a Python one-liner
printing the calendars of October and November 2026 to check weekdays; scripts of my own in /tmp
that turn a small line format into the literals below, rename coined names, cut the split cases
out of the pages and count sentences, flags and speakers; a checking script of my own (a cue for
every speaker and a speaker for every cue, no speaker on "B" lines, each speaker occurring in its
page and each cue in its sentence or in the quote it belongs to); whole-word, case-insensitive
searches over `tests/` and /tmp/sets with `grep -rhoiwF -f` for every capitalised word of these
pages, styles and speakers and for three batches of candidate replacements, whose output was only
the matched words from my own lists; an import of this file with `build` on every page; a last
check of the four string fields, the flags, 30 distinct case ids, every split case occurring
verbatim in a built page and equal to its sentences joined by single spaces, and the counts above;
and `ruff format` and `ruff check` on this file with `--config` pointing at the project's
`pyproject.toml` (the check passing through `--stdin-filename tests/text/labelled_new88.py`, so
that the project's per-file ignores for `tests/**` apply). The first draft's coined people, outlets, firms, villages and districts hit
about a hundred and twenty words of other files (even unusual-looking Kenyan, Ugandan, Zambian,
Fijian, Sri Lankan, Welsh and Scottish names, and three
outlet names); each was renamed, mostly by changing a syllable or dropping one half of a double
surname, and only replacements with no hit were kept. What still hits is real places, regions,
rivers and bodies, common words, outlet words (Sentinel, Mirror, Herald, Dispatch, Ledger,
Courier, Mercury, Beacon, Post, Daily), titles and title-like words kept on purpose (Mr, Ms, Mrs,
Dr, Hajji, Cllr, Councillor, Reeve, Ratu, Madam, COL, MSP, MLA, MP, RCC, DC, MD), the Fijian
"Turaga ni Koro", the Hijri month "Rabi-us-Sani" and the Welsh word "Ysgol".

Every person, outlet, school, estate, temple, colony, road, village, firm, plantation company,
irrigation district, school district, bus contractor, coach operator, town council, block and
figure is invented. Real countries, regions, cities, towns, rivers and public bodies appear only
as settings, with invented figures and invented people in their offices: Kenya, Nakuru County,
Nakuru and Naivasha, the Ministry of Education, the State Department for Public Works and the
National Government Constituencies Development Fund; Uganda, Jinja, Busoga, Entebbe, India, Iganga,
Kamuli and Bugiri (in links), Jinja Regional Referral Hospital, National Medical Stores (NMS) and
the Ministry of Health; Jamaica, St Elizabeth, Kingston, Mandeville and Clarendon, the
Meteorological Service of Jamaica, the Rural Agricultural Development Authority (RADA), the
National Water Commission (NWC), the Ministry of Agriculture, the St Elizabeth Municipal
Corporation and the PNP; Pakistan, Punjab, Faisalabad (and its old name Lyallpur in an outlet's
name), Lahore, Sargodha and Jhang, the Water and Sanitation Agency (WASA) and the Punjab Primary
and Secondary Healthcare Department; Sri Lanka, the Nuwara Eliya District, Kandy and Badulla, the
Disaster Management Centre (DMC), the National Building Research Organisation (NBRO), the
Department of Meteorology and the CPC (in a link); Scotland, Argyll and Bute, Oban and
Campbeltown, the Scottish Government and Transport Scotland; Wales, Ceredigion and Ceredigion
County Council, Cardigan, Cardigan Bay, the Teifi, Lampeter and Aberporth, Estyn, the Welsh
Government and the Independent Press Standards Organisation; Wisconsin, Eau Claire and Eau Claire
County, Chippewa Falls, Menomonie and the Chippewa Valley, the Wisconsin Department of Public
Instruction and the FFA; Alberta, Lethbridge and Lethbridge County, Medicine Hat, Brooks, the
Oldman River, the South Saskatchewan basin, Highway 3 and Alberta Environment and Protected Areas;
Fiji, Lautoka, Suva, Brisbane, Ba and its Rarawai mill, Nadi, Sigatoka and Labasa, the Fiji Sugar
Corporation (FSC), the Sugar Cane Growers Council and the Ministry of Sugar Industry; Zambia,
Kitwe, the Copperbelt, Ndola, Chingola and Luanshya, the Kitwe Teaching Hospital, Kitwe City
Council and the Ministry of Health; Singapore, Jurong West, Bukit Batok, Tampines and Changi
Airport, the Singapore Civil Defence Force (SCDF), HDB and Ng Teng Fong General Hospital.
Facebook, X, WhatsApp, Telegram and Instagram appear only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W",
"B" or "". The points `labelled_new85.py` and `labelled_new86.py` state hold too: furniture "B"
line by line, whatever it says; a caption by its content and its credit "B"; headlines and
standfirsts never split; a dateline belongs to its lead sentence; a pronoun, a later surname or a
role resolved to the full name as first given, without titles; an organisation's later generic
noun kept as written and "It" resolved to the name as first given; an abbreviation after the full
name labelled with the name as first given; a channel after the verb kept in the cue; a quote over
several sentences or paragraphs carrying its speaker and cue; a statement read out by someone else:
the reading carries no speaker and "In the statement, the minister said" carries "the minister";
decisions, votes, dates fixed, figures of record and an official's account of fact "W"; hedges,
estimates, hopes, intentions, forecasts, advice, opinions, feelings and questions ""; a private
person's own circumstances "" and a business's or a trader's own figures "W".

Conventions this set had to settle, in the same spirit:

* Names. Titles and roles go ("Nakuru County Police Commander", Mr, Ms, Mrs, Dr, Hajji, Councillor,
  Deputy Commissioner, "Engineer" before a Pakistani official's name, Cllr, "Superintendent Dr.",
  "School Board President", Reeve, "Mill manager", Ratu, "District Commissioner Mrs", COL, Madam);
  name parts stay: Sri Lankan initials ("R.M. Lasanthaka Gunaratiyala" for "Mr Gunaratiyala"), a
  Ugandan name in the order first given ("Wazemba Kagodha Yusufu" for "Hajji Kagodha"), a Fijian
  headman named later by his given name ("Ratu Semesa said" -> "Semesa Kalounisiga"), Singapore
  names in the order first given ("COL PHOA:" -> "Phoa Zhilong"; "MR CHIONH:" and "Mr Chionh" ->
  "Harvin Chionh Jiakang"; "Madam Eio Guek Yeok" -> "Eio Guek Yeok"), and "MSP" after a name is
  dropped ("Fionnaghal Lindoresk MSP" -> "Fionnaghal Lindoresk").
* Organisations. "the school’s board of management said" in a lead and "The board said in a letter
  to parents" are kept as written; "The agency said" (after NMS), "The district said in an emailed
  statement", "The council said in a statement", "The ministry said" (Alberta's and Fiji's) and
  "The company said in a statement" are kept as written, while "It said" after them resolves to
  the name as first given ("National Medical Stores (NMS)", "The Tamrack Bluff School District",
  "Ceredigion County Council", "Cuilfail Coaches"); "The NWC said" resolves to "The National Water
  Commission" and "WASA said" to "Water and Sanitation Agency" (first given inside the managing
  director's title); "It urged" carries the Ministry of Education with the cue "urged" ("").
  "Mistcrest Plantations PLC ... said in a statement issued through its spokesperson" carries the
  company with that cue.
* Sources as written: "a police report filed at Olkemeri Police Station", "the hospital’s stock
  cards", "the Meteorological Service of Jamaica", "figures from the district health authority",
  "a laboratory report seen by the Dispatch", "the DMC’s situation report issued at 4 pm on
  Friday", "a report to the council’s environment, development and infrastructure committee",
  "the council’s consultation report", "the inspectorate’s report" (a sentence that begins
  "Estyn’s most recent inspection"), "district data", "provincial river flow data", "FSC’s crushing
  figures", "figures from the Kitwe District Health Office" (a KITWE dateline lead) and "SCDF’s
  annual fire statistics"; "according to the Department of Meteorology" is a forecast ("").
* Unnamed and kept as written: "A Form Three student" and "A grain buyer in Lethbridge" and "A
  lorry driver from Ba" and "A neighbour on the third storey" and "The Grama Niladhari" (the clause
  between commas left out), "A nurse in the emergency ward who asked not to be named", "A water
  trucker in Pennington Cross", "An official of the agency who spoke on condition of anonymity", "A
  spokesperson for the Punjab Primary and Secondary Healthcare Department", "A Transport Scotland
  spokeswoman", "A spokesperson for the Wisconsin Department of Public Instruction", "A council
  police officer at the gate"; standfirsts' groups "Patients", "Farmers", "Campaigners", "Parents",
  "Producers", "Growers" and "Traders" are kept as written.
* Q&A and transcript. The Welsh Q&A's heading ("Q&A: ‘We will give them the best last year we
  can’") is a story subhead (""), its two-sentence note "B"; "Q:" turns carry no speaker, except
  "Q: Parents say the council never gave the school a chance to grow." (speaker "Parents", cue
  "say"), and the follow-up "Is that fair?" is ""; every sentence of an answer carries the head
  teacher with the cue "A:", its second sentence too, and her account of two refused requests and
  of families moving away and the governors' Monday meeting are "W". The Singapore excerpt's note
  is "B"; "Reporter:" turns carry no speaker, except "Reporter: Residents said they heard popping
  sounds before the fire." (speaker "Residents"); every sentence of an answer carries the officer
  or the MP with the prefix as written ("COL PHOA:", "MR CHIONH:") as the cue; accounts of how the
  fire spread and of the flats' rewiring are "W", "It is too early to say." and "We were lucky
  nobody was sleeping in that room." are "".
* Check-worthiness beside feelings: a principal's, a commissioner's, a reeve's or a DC's quoted
  feelings and warnings are "" while the same speakers' counts, costs and dates are "W"; a
  scheduled meeting or visit with a date (engineers visiting on Thursday, the MP meeting the
  minister on Tuesday, the governors on Monday, a town hall on Nov. 4, the board's Dec. 14 review)
  is "W", while "would ask", "would push", "hoped", "would try" and "would probably ask" are ""; a
  farmer's truckload price and a trader's stall fee are "W", a farmer's lost melons, a rider's goat
  and a mother's drive are ""; the Scottish page's timetable line is "W".

Splits. "2.15am" and "4am", "Sh18 million", "ECDE", "Shs60,000", "J$28,000", "(PNP, Pennington
Cross Division)", "E. coli", "Rs1.9 billion", "Comments FAQ.", "R.M. Lasanthaka", "4 pm on
Friday", "Rs 1.4 million", "(Pvt) Ltd." before "All rights reserved.", "£61,000", "5.40pm", "Ltd."
before "Registered in Scotland No. SC098412.", "8.10am, 10.30am, 1.15pm and 4.45pm", "Superintendent
Dr. Kristena", "Nov. 2", "Oct. 15 by a 5-2 vote.", "$24.50", "715-555-0143", "6 a.m. to 2:30 p.m.",
"Dec. 14", "4:12 pm MDT", "Oct. 15.", "Nov. 4.", "6am.", "FJ$", "10:00 hours", "K1.2 million",
"4.20am", "4th Division", "Oct 18." before its credit, "Ltd." before "Co. Regn. No. 201288745K."
never split a sentence wrongly; a quote split around its attribution ("“The boys are safe, ...,”
Mr Nyakeru said, “but ...”" and six more) and a quoted question followed by its attribution
("“Who is supposed to be at the bus stop?” he asked.") are one sentence each; a quote's sentence
ending a paragraph inside an open quotation ("“That is not what a referral hospital is for.") ends
one; a transcript answer's prefix belongs to its first sentence.

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of consecutive
sentences of one paragraph of these pages joined by single spaces: what a reviewer wants, not what
the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401

STYLES = [
    "Kenyan daily's counties page (Olkemeri, Nakuru County), a boys' high school is shut indefinitely after a night fire destroys a dormitory of 96 students, with the board of management said after the claim in the lead and then The board said in a letter to parents, the county police commander named with his role before the name (later Mr and surname, the county commander and He) and the principal with Mr after his role (later Mr and surname and He) as two men alternating, according to a police report, a quote split around Mr ... said, the Ministry of Education said in a statement posted on X and then It said and It urged, the county director of education with Ms (later Ms and surname and She), an unnamed Form Three student and then he said, a mother named after her quote and then She, the standfirst carrying the commander through says, Sh figures and 2.15am (masthead in capitals, date and e-paper strip with pipes, menu with pipes, section label with ›, headline with a figure, standfirst, byline, published line with EAT and read time, share line with middle dots, caption and PHOTO | credit, ADVERTISEMENT and an ALSO READ: link mid-story, tags with middle dots, story-tip line with an email and a phone number, related list, copyright in two sentences)",
    "Ugandan daily's regional page (Jinja, Busoga), a regional referral hospital runs out of anti-rabies vaccine for 19 days, with a JINJA. dateline lead carrying the hospital director (Dr, later Dr and surname, the director and He) and the Resident City Commissioner with Hajji and a name given surname first (later Hajji and surname, the RCC and He) as two men alternating, according to the hospital's stock cards, National Medical Stores said in an emailed response and then the agency said and It said, the Ministry of Health said in a statement posted on X, a quote over two paragraphs with no closing mark, the district health officer with Dr (a woman, later Dr and surname and She) and a nurse who is not named, a boda boda rider named after his quote and then He, the standfirst carrying Patients through say, Shs figures (masthead in capitals, date strip with a weather note and pipes, menu, section label with a slash, headline with a figure, standfirst, byline with a place, added line, share line, caption and Photo/credit, ADVERTISEMENT and a Related: link mid-story, a reader-comment prompt, tags, more-stories list, copyright and a terms line)",
    "Jamaican daily's parish news page (St Elizabeth), drought leaves farmers in the south of the parish with dry catchment tanks, with a lead of rainfall data through according to the Meteorological Service, the RADA parish manager (a woman, later surname and She) and the Member of Parliament for the area (a woman, later the MP and She) as two women alternating, a quote over two paragraphs with no closing mark, a farmer named after his quote and then He, the National Water Commission said in a release and then The NWC said and it said, a councillor with the division in brackets (later Councillor and surname and He), a trucker who is not named, reported speech without marks, the standfirst carrying Farmers through say, J$ figures and millimetres (masthead in capitals, date and weather strip, menu, section label with a slash, headline, standfirst, byline with a title, date line, share line, caption and credit with File, Advertisement and a Related Story link mid-story, a comments note, more-in-News list, copyright in two sentences)",
    "Pakistani English daily's Punjab page (Faisalabad), a diarrhoea outbreak in a low-income colony after sewage seeps into a water line, with a FAISALABAD: dateline lead carrying figures from the district health authority through according to, the deputy commissioner with his role before the name (later the DC, Mr and surname and He) and the water agency's managing director with Engineer before his name (later Mr and surname, the MD and He) as two men alternating, a laboratory report seen by the paper through according to, the district health authority's chief executive with Dr (a woman, later Dr and surname and She), WASA said in a statement and then It said, a spokesperson for the provincial health department, a rickshaw driver named after his quote and then He, an unnamed WASA official, a quote split around said, the standfirst carrying the DC through says, Rs figures with million (masthead in capitals, date strip with a Hijri date and pipes, menu, section label with a slash, headline with a figure, standfirst, byline as Our Correspondent, published line with PKT, share line, caption and Photo credit with a dash, ADVERTISEMENT and a Read more: link mid-story, tags, comment policy in two sentences, more-in-Pakistan list, copyright in two sentences)",
    "Sri Lankan daily's news page (Nuwara Eliya District), 64 estate families are evacuated from line rooms after cracks open above a tea estate, with the Disaster Management Centre (DMC) said after the claim in the lead and then the DMC's situation report through according to and It said, the Divisional Secretary with initials before his name (later Mr and surname, the Divisional Secretary and He) and the estate superintendent (later the superintendent and He) as two men alternating, the NBRO's senior geologist with Dr (a woman, later Dr and surname and She), a quote over two paragraphs with no closing mark, the Department of Meteorology's forecast through according to, an estate worker named after her quote and then She, an unnamed Grama Niladhari, a plantation company said in a statement issued through its spokesperson, the standfirst carrying the NBRO through says, Rs figures and millimetres (masthead in capitals, date strip with pipes, menu, section label, headline with a figure, standfirst, byline, date line, share line, caption and Pic by credit, ADVERTISEMENT and a Related: link mid-story, tags, a reporting-policy line, latest-news list, copyright in two sentences)",
    "Scottish regional daily's Argyll news page, a bus operator withdraws the only service between two island villages and the Oban ferry from November, with the company said in a statement after the claim in the lead and then It said, the operator's managing director (later Mr and surname, the managing director and He), the area MSP with MSP after her name (later Ms and surname, the MSP and She) and the council's transport policy lead with Councillor (later Cllr and surname and She) as two women alternating, a quote split around said, a quote over two paragraphs with no closing mark, according to a report to the council's committee, a Transport Scotland spokeswoman who is not named, a pensioner named after his quote and then He, reported speech without marks, a timetable line, the standfirst carrying Campaigners through say (site name, edition and sign-in strip, menu, section label with a chevron, headline, standfirst, byline with a role, date and time line, share line, caption and credit with a slash, Advertisement and a Read More link mid-story, a comments notice, a newsletter sign-up line, more-from list, copyright with a company number)",
    "Welsh weekly's website (Ceredigion), the council's cabinet votes to close a Welsh-medium village primary school with 14 pupils next August, with the vote of record without a speaker, the cabinet member for schools with Cllr (later Cllr and surname, the cabinet member and He) and the ward councillor (later surname and He) as two men alternating, according to the council's consultation report, Estyn's inspection report through according to, a quote split around said, the council said in a statement and then it said, a parent named after her quote and then She, a short Q&A with the head teacher after a two-sentence note, questions with Q: and answers with A:, a question citing Parents through say, the standfirst carrying Parents through vow, £ figures (masthead, tagline and date strip, menu, section label, headline with a figure, standfirst, byline with a role, published and updated line, share line, caption and Photo: credit, Advertisement and a Read next link mid-story, Welsh-language link line, newsletter prompt, more-news list, copyright and a press-regulation line)",
    "US Midwest local newspaper site (Eau Claire, Wisconsin), a rural school district cuts four bus routes for want of drivers and asks families to drive children to school, with an EAU CLAIRE, Wis. dateline lead in the writer's voice, the superintendent with Dr. (later the superintendent, surname and she) and the school board president (later surname, the board president and she) as two women alternating, the district said in an emailed statement and then it said, the bus contractor's regional manager (a man, later surname and He), according to district data, a quote over two paragraphs with no closing mark, a spokesperson for the Wisconsin Department of Public Instruction who said in an email, a parent named after his quote and then He, a quote split around said, p.m. and a.m. times and Oct. and Nov., the standfirst carrying Parents through say, $ figures (site name, weather and subscribe strip, menu, section label, headline, standfirst, byline with a role and an email, date and time line with CT, share line, caption and credit with a slash, ADVERTISEMENT and a Related: link mid-story, a subscriber ask in two sentences, tags, more-local-news list, copyright and terms links)",
    "Alberta regional news site (Lethbridge County), an irrigation district cuts water allocations to farmers for next season after a dry year, with the irrigation district's board decision in the lead without a speaker, the district's general manager (later surname, the general manager and He) and the county reeve (later Reeve and surname, the reeve and He) as two men alternating, the area MLA (a woman, later surname and She), according to provincial river flow data, Alberta Environment and Protected Areas said in an emailed statement and then the ministry said, a quote over two paragraphs with no closing mark, a farmer named after her quote and then She, a grain buyer who is not named, the standfirst carrying Producers through say, acre-inches and $ figures (site name and region strip, menu, section label, headline, standfirst, byline, posted and updated line with MDT, share line, caption and credit with a slash, Story continues below and a Read more link mid-story, a news-tip line, recommended list, copyright with Inc.)",
    "Fijian daily's news page (Lautoka, Western Division), a mill breakdown stops cane crushing for nine days and leaves lorries of cut cane queued outside, with the Fiji Sugar Corporation said after the claim in the lead and then FSC said and It said, the mill manager (later Mr and surname, the mill manager and he) and the growers' council chief executive (later Mr and surname and he) as two men alternating, according to FSC's crushing figures, a quote split around said, a quote over two paragraphs with no closing mark, the Ministry of Sugar Industry said in a statement and then the ministry said, a village headman with Ratu after his role (later Ratu and his given name and He), a cane farmer named after her quote and then She, an unnamed lorry driver, reported speech without marks, the standfirst carrying Growers through say, FJ$ figures and tonnes (masthead, date strip with pipes, menu, section label, headline with a figure, standfirst, byline with a pipe and a date, share line, caption and PHOTO: credit, Advertisement and a Also read: link mid-story, tags, a letters prompt, latest list, copyright)",
    "Zambian daily's local news page (Kitwe, Copperbelt), a market is shut after 23 cholera cases are traced to it, with a KITWE dateline, figures from the district health office through according to, the District Commissioner with Mrs (later Mrs and surname, the DC and She) and the marketeers' association chairperson (later surname and She) as two women alternating, the district health director with Dr (later Dr and surname and He), a statement read at the briefing by the provincial health director on behalf of the Minister of Health (the reading without a speaker; In the statement, the minister said), the council said in a statement and then It said, a quote split around said, a quote over two paragraphs with no closing mark, a trader named after his quote and then He, an unnamed council police officer, the standfirst carrying Traders through say, K figures (masthead, date and e-paper strip, menu, section label, headline with a figure, standfirst, byline in capitals with a place, date line, share line, caption and Picture by credit, Advertisement and a RELATED: link mid-story, tags, comment note, related list, copyright)",
    "Singapore English news site's Singapore page (Jurong West), a fire started by a charging personal mobility device guts a fourth-storey HDB flat and 90 residents are evacuated, with the Singapore Civil Defence Force (SCDF) said in a Facebook post after the claim and then It said, the SCDF division commander with COL before his Chinese name (later COL and surname and He) and the ward's MP with Mr and a Chinese name after an English one (later Mr and surname and He) as two men alternating, an edited press-conference excerpt with a one-sentence note and name prefixes for the two men and Reporter for the questions, a question citing Residents through said, according to SCDF's annual fire statistics, the town council said in a statement and then it said, a resident with Madam named after her quote and then She, a neighbour who is not named, the standfirst carrying SCDF through says (site name, date strip, menu, section label, headline with a figure, standfirst, byline, published and updated line with SGT, share line, caption and credit with a dash, Advertisement and a READ MORE link mid-story, a gift-article line, a Telegram prompt, more-from-Singapore list, copyright with a company number)",
]

ARTICLES = [
    [
        [
            ("THE RIFT SENTINEL", "", "", "B"),
        ],
        [
            ("Wednesday, October 14, 2026  |  E-Paper  |  Subscribe  |  Sign in", "", "", "B"),
        ],
        [
            (
                "Home  |  News  |  Counties  |  Politics  |  Business  |  Education  |  Sports  |  Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("COUNTIES › NAKURU", "", "", "B"),
        ],
        [
            (
                "Olkemeri school shut indefinitely after night fire razes dormitory of 96 students",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "All students accounted for, county police commander says",
                "Ezekias Kipsoen Metoi",
                "says",
                "W",
            ),
        ],
        [
            ("By Wanjiro Ndegeri", "", "", "B"),
        ],
        [
            ("Published on Wed, Oct 14 2026 at 07:52 EAT  |  4 min read", "", "", "B"),
        ],
        [
            ("Share: Facebook · X · WhatsApp · Email", "", "", "B"),
        ],
        [
            (
                "Parents and teachers outside the burnt dormitory at Kiptulel Boys’ High School in Olkemeri on Tuesday morning.",
                "",
                "",
                "",
            ),
            ("PHOTO | WANJIRO NDEGERI", "", "", "B"),
        ],
        [
            (
                "Kiptulel Boys’ High School in Olkemeri, Nakuru County, has been closed indefinitely after a fire destroyed a dormitory housing 96 students in the early hours of Tuesday, the school’s board of management said.",
                "the school’s board of management",
                "said",
                "W",
            ),
        ],
        [
            (
                "Nakuru County Police Commander Ezekias Kipsoen Metoi said all 96 students were accounted for and none was admitted to hospital, although four were treated for smoke inhalation at Olkemeri Sub-County Hospital and discharged.",
                "Ezekias Kipsoen Metoi",
                "said",
                "W",
            ),
            (
                "He said officers were called at 2.15am and the fire was put out by a county fire engine from Nakuru town shortly after 4am.",
                "Ezekias Kipsoen Metoi",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to a police report filed at Olkemeri Police Station, the fire started in a cubicle on the upper floor of Samburu House, and students on that floor escaped through a fire exit at the end of the corridor.",
                "a police report filed at Olkemeri Police Station",
                "according to",
                "W",
            ),
            (
                "Mr Metoi said detectives had recorded statements from 11 students and two night watchmen, and the cause of the fire was under investigation.",
                "Ezekias Kipsoen Metoi",
                "said",
                "W",
            ),
            (
                "“We are not ruling anything out at this stage,” the county commander said.",
                "Ezekias Kipsoen Metoi",
                "said",
                "",
            ),
        ],
        [
            (
                "The school’s principal, Mr Tobiko Onsongora Nyakeru, said the dormitory was one of six at the school and was built in 1988.",
                "Tobiko Onsongora Nyakeru",
                "said",
                "W",
            ),
            (
                "He said the students lost their mattresses, boxes and most of their books, but the laboratory and the library were not affected.",
                "Tobiko Onsongora Nyakeru",
                "said",
                "W",
            ),
            (
                "“The boys are safe, and that is what matters tonight,” Mr Nyakeru said, “but we have to be honest with parents about what it will take to bring them back.”",
                "Tobiko Onsongora Nyakeru",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("ALSO READ: Nakuru County to hire 300 ECDE teachers by January", "", "", "B"),
        ],
        [
            (
                "Nakuru County Director of Education Ms Rozellah Awuoro Ogwambo said the school would stay closed until engineers from the State Department for Public Works certified the remaining five dormitories as safe.",
                "Rozellah Awuoro Ogwambo",
                "said",
                "W",
            ),
            (
                "She said the engineers would visit the school on Thursday.",
                "Rozellah Awuoro Ogwambo",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Education said in a statement posted on X on Tuesday evening that it had sent four quality assurance officers to the school.",
                "The Ministry of Education",
                "said in a statement posted on X",
                "W",
            ),
            (
                "It said 14 secondary school dormitories had been damaged by fire across the country since January.",
                "The Ministry of Education",
                "said",
                "W",
            ),
            (
                "It urged principals to keep fire exits unlocked at night.",
                "The Ministry of Education",
                "urged",
                "",
            ),
        ],
        [
            (
                "Mr Nyakeru said the board had put the cost of rebuilding the dormitory at Sh18 million.",
                "Tobiko Onsongora Nyakeru",
                "said",
                "W",
            ),
            (
                "He said he hoped the National Government Constituencies Development Fund would meet part of the cost.",
                "Tobiko Onsongora Nyakeru",
                "said",
                "",
            ),
        ],
        [
            (
                "The county commander said the dormitory had passed a fire safety inspection in February.",
                "Ezekias Kipsoen Metoi",
                "said",
                "W",
            ),
            (
                "He said three fire extinguishers found on the upper floor had not been used.",
                "Ezekias Kipsoen Metoi",
                "said",
                "W",
            ),
        ],
        [
            (
                "A Form Three student, who asked not to be named because he feared being punished, said the boys were woken by smoke and shouting.",
                "A Form Three student",
                "said",
                "",
            ),
            (
                "“Somebody banged on the door and we just ran,” he said.",
                "A Form Three student",
                "said",
                "",
            ),
        ],
        [
            (
                "“I drove from Chepsirwa at three in the morning not knowing if my son was alive,” said Mrs Margolet Chelagatt Wambusi, whose son is in Form Two.",
                "Margolet Chelagatt Wambusi",
                "said",
                "",
            ),
            (
                "She said the school should have called parents sooner.",
                "Margolet Chelagatt Wambusi",
                "said",
                "",
            ),
        ],
        [
            (
                "Ms Ogwambo said Form Four students, who begin their national examinations on November 3, would be the first to return.",
                "Rozellah Awuoro Ogwambo",
                "said",
                "W",
            ),
            (
                "The board said in a letter to parents that it would announce a reopening date by October 23.",
                "The board",
                "said in a letter to parents",
                "W",
            ),
        ],
        [
            ("Tags: Nakuru · Olkemeri · School fires · Education", "", "", "B"),
        ],
        [
            (
                "Got a story? Email counties@riftsentinel.co.ke or WhatsApp 0722 555 014.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            ("Nakuru farmers protest delays in maize payments", "", "", "B"),
        ],
        [
            ("Naivasha police arrest three over stolen transformer oil", "", "", "B"),
        ],
        [
            ("© 2026 Rift Sentinel Media Group.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE BUSOGA MIRROR", "", "", "B"),
        ],
        [
            ("Thursday October 15 2026  |  Jinja 26°C, showers  |  Log in", "", "", "B"),
        ],
        [
            (
                "News  |  Regional  |  National  |  Business  |  Health  |  Sports  |  Commentary  |  Magazines",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Regional / Busoga", "", "", "B"),
        ],
        [
            (
                "Jinja hospital runs out of rabies vaccine for 19 days as dog-bite cases climb",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Patients say they are being sent to private clinics that charge Shs60,000 a dose",
                "Patients",
                "say",
                "W",
            ),
        ],
        [
            ("By Namusoke Kasozire, Jinja", "", "", "B"),
        ],
        [
            ("Added 15 October 2026 10:05 AM", "", "", "B"),
        ],
        [
            ("Share  Facebook  X  WhatsApp", "", "", "B"),
        ],
        [
            (
                "Patients wait outside the emergency ward at Jinja Regional Referral Hospital on Tuesday.",
                "",
                "",
                "",
            ),
            ("Photo/Namusoke Kasozire", "", "", "B"),
        ],
        [
            (
                "JINJA. Jinja Regional Referral Hospital has had no anti-rabies vaccine since September 26, and at least 140 people bitten by dogs have been referred elsewhere in that time, the hospital director, Dr Isaaku Mutenyo-Balidawayaya, said on Tuesday.",
                "Isaaku Mutenyo-Balidawayaya",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dr Mutenyo-Balidawaya said the hospital had ordered 2,000 doses from National Medical Stores in August and received none.",
                "Isaaku Mutenyo-Balidawayaya",
                "said",
                "W",
            ),
            (
                "According to the hospital’s stock cards, the last 80 doses were used between September 19 and September 25.",
                "the hospital’s stock cards",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“We are a referral hospital, and we are referring people away,” he said.",
                "Isaaku Mutenyo-Balidawayaya",
                "said",
                "",
            ),
            (
                "“That is not what a referral hospital is for.",
                "Isaaku Mutenyo-Balidawayaya",
                "said",
                "",
            ),
        ],
        [
            (
                "“Every morning the nurses tell me how many we turned away, and every morning I have nothing to tell them.”",
                "Isaaku Mutenyo-Balidawayaya",
                "said",
                "",
            ),
        ],
        [
            (
                "The Jinja Resident City Commissioner, Hajji Wazemba Kagodha Yusufu, said he had written to the Ministry of Health on Monday asking for an emergency supply.",
                "Wazemba Kagodha Yusufu",
                "said",
                "W",
            ),
            (
                "He said the city had recorded 312 dog bites since July, against 190 in the same months of last year.",
                "Wazemba Kagodha Yusufu",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Related: Busoga farmers count losses as armyworms return", "", "", "B"),
        ],
        [
            (
                "National Medical Stores (NMS) said in an emailed response that a consignment of 60,000 doses had arrived at Entebbe on October 9 and was being checked.",
                "National Medical Stores (NMS)",
                "said in an emailed response",
                "W",
            ),
            (
                "The agency said Jinja would receive 1,500 doses by October 20.",
                "The agency",
                "said",
                "W",
            ),
            (
                "It said the delay had been caused by a supplier in India who missed two shipping dates.",
                "National Medical Stores (NMS)",
                "said",
                "",
            ),
        ],
        [
            (
                "The Ministry of Health said in a statement posted on X on Wednesday that 11 of the country’s 17 regional referral hospitals were short of the vaccine.",
                "the Ministry of Health",
                "said in a statement posted on X",
                "W",
            ),
        ],
        [
            (
                "The director said a private clinic in Jinja town was charging Shs60,000 for a dose, and a patient needs four or five doses.",
                "Isaaku Mutenyo-Balidawayaya",
                "said",
                "W",
            ),
            (
                "Hajji Kagodha said the city council had started a campaign to vaccinate stray dogs on Saturday and had so far reached 430 animals.",
                "Wazemba Kagodha Yusufu",
                "said",
                "W",
            ),
            (
                "He said he would ask the council to double the number of teams.",
                "Wazemba Kagodha Yusufu",
                "said",
                "",
            ),
        ],
        [
            (
                "The Jinja District Health Officer, Dr Norah Tibasiima, said no death from rabies had been confirmed in the district this year.",
                "Norah Tibasiima",
                "said",
                "W",
            ),
            (
                "She said people bitten by a dog should wash the wound with soap and running water for 15 minutes and go to a health centre the same day.",
                "Norah Tibasiima",
                "said",
                "",
            ),
        ],
        [
            (
                "A nurse in the emergency ward who asked not to be named said 23 people bitten by dogs came to the ward on Monday alone.",
                "A nurse in the emergency ward who asked not to be named",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I sold my goat to pay for the second injection, and now I am told there are three more,” said Muzaale Kiirya Mugalu, a boda boda rider from Nakabugu who was bitten on his way home on October 4.",
                "Muzaale Kiirya Mugalu",
                "said",
                "",
            ),
            (
                "He said he had borrowed from his stage chairman for the third dose.",
                "Muzaale Kiirya Mugalu",
                "said",
                "",
            ),
        ],
        [
            (
                "The RCC said the city’s dog-control bylaw, passed in 2019, required owners to keep dogs tied up at night.",
                "Wazemba Kagodha Yusufu",
                "said",
                "W",
            ),
            (
                "Dr Mutenyo-Balidawaya said he expected the hospital to resume vaccinations next week.",
                "Isaaku Mutenyo-Balidawayaya",
                "said",
                "",
            ),
        ],
        [
            ("Have your say on this story in the comments below.", "", "", "B"),
            ("Comments are moderated.", "", "", "B"),
        ],
        [
            ("Tags: Jinja | Health | Rabies | NMS", "", "", "B"),
        ],
        [
            ("More stories", "", "", "B"),
        ],
        [
            ("Iganga traders reject new market dues", "", "", "B"),
        ],
        [
            ("Kamuli schools receive 12,000 desks", "", "", "B"),
        ],
        [
            ("Bugiri landfill fire smoulders for a third week", "", "", "B"),
        ],
        [
            ("© 2026 Busoga Mirror Publications.", "", "", "B"),
            ("Terms of use  |  Privacy policy", "", "", "B"),
        ],
    ],
    [
        [
            ("THE SOUTH COAST HERALD", "", "", "B"),
        ],
        [
            ("Friday | October 16, 2026 | Mandeville 29°C", "", "", "B"),
        ],
        [
            (
                "Home  News  Parish News  Business  Sports  Entertainment  Letters  Commentary",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News / Parish News", "", "", "B"),
        ],
        [
            ("St Elizabeth farmers watch crops wilt as tanks run dry", "", "", "W"),
        ],
        [
            (
                "Farmers say they are paying J$28,000 for a truckload of water",
                "Farmers",
                "say",
                "W",
            ),
        ],
        [
            ("Christopher Lazarre/Herald Writer", "", "", "B"),
        ],
        [
            ("Published: Friday | October 16, 2026 | 12:08 AM", "", "", "B"),
        ],
        [
            ("Share  Facebook  X  WhatsApp  Email", "", "", "B"),
        ],
        [
            (
                "A farmer waters scallion from a drum in Cotterbrook, St Elizabeth, on Wednesday.",
                "",
                "",
                "",
            ),
            ("File", "", "", "B"),
        ],
        [
            (
                "Southern St Elizabeth has had 41 millimetres of rain since July 1, less than a third of the usual 140 millimetres for the period, according to the Meteorological Service of Jamaica.",
                "the Meteorological Service of Jamaica",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Sharlyne Dacreswood, the parish manager for the Rural Agricultural Development Authority (RADA), said 1,860 farmers were registered in the four hardest-hit districts.",
                "Sharlyne Dacreswood",
                "said",
                "W",
            ),
            (
                "She said RADA had delivered water to 212 of them since the start of September.",
                "Sharlyne Dacreswood",
                "said",
                "W",
            ),
            (
                "“We are choosing who gets water first, and nobody should have to make that choice,” Dacreswood said.",
                "Sharlyne Dacreswood",
                "said",
                "",
            ),
        ],
        [
            (
                "Member of Parliament for the area Yvetta Matalonne said she had asked the Ministry of Agriculture for J$45 million to truck water to farmers until the end of November.",
                "Yvetta Matalonne",
                "said",
                "W",
            ),
            (
                "She said the ministry had promised an answer by next Wednesday.",
                "Yvetta Matalonne",
                "said",
                "W",
            ),
        ],
        [
            (
                "“These are people who feed the country from July to December,” the MP said.",
                "Yvetta Matalonne",
                "said",
                "",
            ),
            (
                "“If the scallion and the thyme fail, everybody in Kingston pays for it at the market.",
                "Yvetta Matalonne",
                "said",
                "",
            ),
        ],
        [
            ("“I am not asking for a favour for my constituents.”", "Yvetta Matalonne", "said", ""),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "RELATED STORY: Clarendon dairy farmers cut herds after fodder prices double",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The National Water Commission said in a release on Thursday that the Ridgeworth supply system was producing 38 per cent of its normal output.",
                "The National Water Commission",
                "said in a release",
                "W",
            ),
            (
                "The NWC said it had put 19 communities on a schedule of water two days a week.",
                "The National Water Commission",
                "said",
                "W",
            ),
            (
                "It said customers should store water in covered containers and report leaks.",
                "The National Water Commission",
                "said",
                "",
            ),
        ],
        [
            (
                "“I planted four acres of melon in August and I have maybe one acre left,” said Delvane Birchenough, who farms in Cotterbrook.",
                "Delvane Birchenough",
                "said",
                "",
            ),
            (
                "He said a truckload of 3,000 gallons now cost him J$28,000, up from J$18,000 last year.",
                "Delvane Birchenough",
                "said",
                "W",
            ),
            ("He said he had bought six loads since August.", "Delvane Birchenough", "said", "W"),
        ],
        [
            (
                "Dacreswood said RADA’s two water trucks were working seven days a week and had made 148 trips in September.",
                "Sharlyne Dacreswood",
                "said",
                "W",
            ),
            (
                "Matalonne said a borehole at Quarry Hill, promised in 2023, had been drilled but still had no pump.",
                "Yvetta Matalonne",
                "said",
                "W",
            ),
        ],
        [
            (
                "Councillor Clevon Ashmearne (PNP, Pennington Cross Division) told the St Elizabeth Municipal Corporation’s monthly meeting on Thursday that 11 of the 14 public catchment tanks in his division were dry.",
                "Clevon Ashmearne",
                "told the St Elizabeth Municipal Corporation’s monthly meeting",
                "W",
            ),
            (
                "Ashmearne said he would ask the corporation to spend its disaster fund on trucking.",
                "Clevon Ashmearne",
                "said",
                "",
            ),
        ],
        [
            (
                "A water trucker in Pennington Cross, who gave only his first name, said the queues at the standpipe in Bethelgrove started at 4 a.m.",
                "A water trucker in Pennington Cross",
                "said",
                "",
            ),
        ],
        [
            (
                "Dacreswood said the parish had 14 registered water truckers, and RADA had asked all of them to keep their price at J$25,000 a load.",
                "Sharlyne Dacreswood",
                "said",
                "W",
            ),
            (
                "She said farmers should mulch their beds and water late in the evening.",
                "Sharlyne Dacreswood",
                "said",
                "",
            ),
            (
                "The MP said she would meet the minister in Kingston on Tuesday.",
                "Yvetta Matalonne",
                "said",
                "W",
            ),
        ],
        [
            (
                "Comments are subject to moderation and may take up to 24 hours to appear.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("More in News", "", "", "B"),
        ],
        [
            ("Mandeville hospital gets new dialysis unit", "", "", "B"),
        ],
        [
            ("Bethelgrove vendors relocated as market roof repaired", "", "", "B"),
        ],
        [
            ("© 2026 The South Coast Herald Company Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE LYALLPUR DISPATCH", "", "", "B"),
        ],
        [
            ("Tuesday, October 13, 2026  |  Rabi-us-Sani 1, 1448  |  E-Paper", "", "", "B"),
        ],
        [
            (
                "Home | Pakistan | Punjab | World | Business | Sport | Opinion | Magazine",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Pakistan / Punjab", "", "", "B"),
        ],
        [
            (
                "Over 300 treated for diarrhoea in Faisalabad colony after sewage seeps into water line",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "DC says supply suspended, tankers deployed",
                "Tabishan Mehmoodi Larikzai",
                "says",
                "W",
            ),
        ],
        [
            ("Our Correspondent", "", "", "B"),
        ],
        [
            ("Published October 13, 2026 07:15am PKT", "", "", "B"),
        ],
        [
            ("Share  Facebook  X  WhatsApp  Copy link", "", "", "B"),
        ],
        [
            ("Children collect water from a tanker in Sitarabad Colony on Monday.", "", "", ""),
            ("— Photo by Khurrum Aftab-Chatta", "", "", "B"),
        ],
        [
            (
                "FAISALABAD: At least 318 people from Sitarabad Colony have been treated for acute diarrhoea at the city’s hospitals since Thursday, 94 of them children under five, according to figures from the district health authority.",
                "figures from the district health authority",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Deputy Commissioner Tabishan Mehmoodi Larikzai said the piped supply to the colony’s 2,400 homes had been suspended on Saturday and 12 water tankers were serving the area three times a day.",
                "Tabishan Mehmoodi Larikzai",
                "said",
                "W",
            ),
            (
                "He said a six-member inquiry committee headed by the additional deputy commissioner (revenue) had been given seven days to submit its report.",
                "Tabishan Mehmoodi Larikzai",
                "said",
                "W",
            ),
        ],
        [
            (
                "Water and Sanitation Agency Managing Director Engineer Kashifullah Iqbalzai Sahiwalia said a sewer line had burst beside a 40-year-old water main on Sattarwala Road, and sewage had entered the main through two corroded joints.",
                "Kashifullah Iqbalzai Sahiwalia",
                "said",
                "W",
            ),
            (
                "He said WASA teams had replaced 160 feet of the main by Monday evening.",
                "Kashifullah Iqbalzai Sahiwalia",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to a laboratory report seen by the Dispatch, nine of 11 water samples taken from homes in the colony on Friday contained E. coli bacteria.",
                "a laboratory report seen by the Dispatch",
                "according to",
                "W",
            ),
            (
                "Mr Sahiwalia said the agency would not restore the supply until fresh samples came back clear.",
                "Kashifullah Iqbalzai Sahiwalia",
                "said",
                "W",
            ),
        ],
        [
            (
                "“No one is going to drink from those taps until the lab says so,” the DC said, “and I will sign that order myself.”",
                "Tabishan Mehmoodi Larikzai",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Read more: Faisalabad traders protest 9pc rise in power tariff", "", "", "B"),
        ],
        [
            (
                "The chief executive officer of the district health authority, Dr Sadafa Nusratun Awankari, said 41 patients were still admitted, and none was in critical condition.",
                "Sadafa Nusratun Awankari",
                "said",
                "W",
            ),
            (
                "She said a medical camp had been set up at the colony’s government girls’ primary school and had seen 612 patients by Monday night.",
                "Sadafa Nusratun Awankari",
                "said",
                "W",
            ),
            (
                "She advised residents to boil water for at least one minute before drinking it.",
                "Sadafa Nusratun Awankari",
                "advised",
                "",
            ),
        ],
        [
            (
                "WASA said in a statement that the Sattarwala Road main was among 38 kilometres of pipes in the city that were due for replacement under a Rs1.9 billion project.",
                "Water and Sanitation Agency",
                "said in a statement",
                "W",
            ),
            (
                "It said work on the project was expected to begin in January.",
                "Water and Sanitation Agency",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesperson for the Punjab Primary and Secondary Healthcare Department said oral rehydration salts and zinc tablets had been sent to the camp from the provincial store in Lahore.",
                "A spokesperson for the Punjab Primary and Secondary Healthcare Department",
                "said",
                "W",
            ),
        ],
        [
            (
                "“My two daughters were on a drip for two days, and I lost four days of work sitting in the hospital,” said Rakhaullah Joiyanwala, a rickshaw driver who lives on the colony’s main street.",
                "Rakhaullah Joiyanwala",
                "said",
                "",
            ),
            (
                "He said residents had complained about the smell of the water for more than a week before anyone came.",
                "Rakhaullah Joiyanwala",
                "said",
                "",
            ),
        ],
        [
            (
                "Mr Larikzai said complaints about the water had been logged on the agency’s helpline on October 2 and October 5.",
                "Tabishan Mehmoodi Larikzai",
                "said",
                "W",
            ),
            (
                "An official of the agency who spoke on condition of anonymity said both complaints were marked as resolved without a visit.",
                "An official of the agency who spoke on condition of anonymity",
                "said",
                "W",
            ),
        ],
        [
            (
                "The MD said two sub-engineers had been suspended pending the inquiry.",
                "Kashifullah Iqbalzai Sahiwalia",
                "said",
                "W",
            ),
            (
                "He said he would visit the colony with the inquiry committee on Wednesday.",
                "Kashifullah Iqbalzai Sahiwalia",
                "said",
                "",
            ),
        ],
        [
            (
                "The DC said the district administration would bear the cost of the tankers.",
                "Tabishan Mehmoodi Larikzai",
                "said",
                "",
            ),
            (
                "He said the tankers had made 104 trips on Monday alone.",
                "Tabishan Mehmoodi Larikzai",
                "said",
                "W",
            ),
        ],
        [
            ("Tags: Faisalabad, WASA, Water contamination, Health", "", "", "B"),
        ],
        [
            (
                "Comments are moderated and generally will be posted if they are on-topic and not abusive.",
                "",
                "",
                "B",
            ),
            ("For more information, please see our Comments FAQ.", "", "", "B"),
        ],
        [
            ("More in Pakistan", "", "", "B"),
        ],
        [
            ("Sargodha farmers demand release of canal water", "", "", "B"),
        ],
        [
            ("Jhang police arrest two over wheat hoarding", "", "", "B"),
        ],
        [
            ("Copyright © 2026, The Lyallpur Dispatch.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE HILL COUNTRY LEDGER", "", "", "B"),
        ],
        [
            ("Saturday, 17 October 2026  |  ePaper  |  Sinhala  |  Tamil", "", "", "B"),
        ],
        [
            ("Home | News | Business | Opinion | Sports | Life | Video", "", "", "B"),
        ],
        [
            ("News", "", "", "B"),
        ],
        [
            (
                "64 estate families moved from line rooms as cracks open above Glenmorvah",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Area unsafe until further notice, NBRO says", "", "", "W"),
        ],
        [
            ("By Dinushka Kalupahanage", "", "", "B"),
        ],
        [
            ("17 October 2026 06:30 am", "", "", "B"),
        ],
        [
            ("Share on Facebook  |  Share on X  |  Share on WhatsApp", "", "", "B"),
        ],
        [
            (
                "Estate workers carry their belongings down the road from the Glenmorvah line rooms on Friday.",
                "",
                "",
                "",
            ),
            ("Pic by Tharinduka Wegodapola", "", "", "B"),
        ],
        [
            (
                "Sixty-four families living in line rooms on the Glenmorvah Estate in the Nuwara Eliya District were moved to a school and a temple on Friday after cracks up to 30 centimetres wide appeared on the slope above their homes, the Disaster Management Centre (DMC) said.",
                "the Disaster Management Centre (DMC)",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to the DMC’s situation report issued at 4 pm on Friday, 257 people, 71 of them children, were staying at the Glenmorvah Tamil Vidyalaya and the Sri Sudarshanarama temple.",
                "the DMC’s situation report issued at 4 pm on Friday",
                "according to",
                "W",
            ),
            (
                "It said the families were receiving cooked meals from the Divisional Secretariat.",
                "the Disaster Management Centre (DMC)",
                "said",
                "W",
            ),
        ],
        [
            (
                "Divisional Secretary R.M. Lasanthaka Gunaratiyala said residents first reported the cracks to the area’s Grama Niladhari on Wednesday evening.",
                "R.M. Lasanthaka Gunaratiyala",
                "said",
                "W",
            ),
            (
                "He said an officer from his office inspected the slope on Thursday morning and the evacuation order was issued the same afternoon.",
                "R.M. Lasanthaka Gunaratiyala",
                "said",
                "W",
            ),
        ],
        [
            (
                "The estate’s superintendent, Ruwanga Pethiyaduwa, said the 64 families lived in four line rooms built in the 1930s.",
                "Ruwanga Pethiyaduwa",
                "said",
                "W",
            ),
            (
                "“Some of these families have lived in the same rooms for four generations,” the superintendent said.",
                "Ruwanga Pethiyaduwa",
                "said",
                "",
            ),
            (
                "“Asking them to leave was the hardest thing I have done on this estate.",
                "Ruwanga Pethiyaduwa",
                "said",
                "",
            ),
        ],
        [
            (
                "“But I would rather they are angry with me than buried.”",
                "Ruwanga Pethiyaduwa",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Related: Kandy-bound trains delayed after rock fall", "", "", "B"),
        ],
        [
            (
                "Dr Nilminie Thalgaswatte, a senior geologist at the National Building Research Organisation (NBRO), said the cracks had widened by eight centimetres between Thursday and Friday morning.",
                "Nilminie Thalgaswatte",
                "said",
                "W",
            ),
            (
                "She said the slope had been mapped as a high-risk zone in 2017.",
                "Nilminie Thalgaswatte",
                "said",
                "W",
            ),
            (
                "Dr Thalgaswatte said the area would remain unsafe until the rains eased and a full survey was done.",
                "Nilminie Thalgaswatte",
                "said",
                "",
            ),
        ],
        [
            (
                "Mr Gunaratiyala said the Divisional Secretariat had spent Rs 1.4 million on food, mats and blankets so far.",
                "R.M. Lasanthaka Gunaratiyala",
                "said",
                "W",
            ),
            (
                "The superintendent said the estate had paid workers their full daily wage for Friday.",
                "Ruwanga Pethiyaduwa",
                "said",
                "W",
            ),
            (
                "He said plucking on the upper fields would stop until the NBRO gave permission.",
                "Ruwanga Pethiyaduwa",
                "said",
                "",
            ),
            (
                "The estate employs 312 workers, he said, and 180 of them live in the evacuated line rooms.",
                "Ruwanga Pethiyaduwa",
                "said",
                "W",
            ),
        ],
        [
            (
                "More than 100 millimetres of rain is expected in the central hills over the next 48 hours, according to the Department of Meteorology.",
                "the Department of Meteorology",
                "according to",
                "",
            ),
        ],
        [
            (
                "“We left with our clothes, our pots and the children’s school books,” said Selvarani Muthukaruppiah, 46, a tea plucker who has lived on the estate all her life.",
                "Selvarani Muthukaruppiah",
                "said",
                "",
            ),
            (
                "She said she did not know when the families would be allowed back.",
                "Selvarani Muthukaruppiah",
                "said",
                "",
            ),
        ],
        [
            (
                "Mistcrest Plantations PLC, which manages the estate, said in a statement issued through its spokesperson that it would build new houses for the families on safer land if the NBRO declared the site unfit for housing.",
                "Mistcrest Plantations PLC",
                "said in a statement issued through its spokesperson",
                "W",
            ),
        ],
        [
            (
                "The Grama Niladhari, who declined to be named, said several families had refused to move on Thursday night.",
                "The Grama Niladhari, who declined to be named",
                "said",
                "",
            ),
        ],
        [
            (
                "The Divisional Secretary said the school would reopen for classes on Monday, with the families moved to the temple’s hall.",
                "R.M. Lasanthaka Gunaratiyala",
                "said",
                "W",
            ),
        ],
        [
            ("Tags: Nuwara Eliya, Landslides, NBRO, Estate sector", "", "", "B"),
        ],
        [
            (
                "Readers are encouraged to report errors in our coverage to corrections@hillcountryledger.lk.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Latest News", "", "", "B"),
        ],
        [
            ("Fuel prices unchanged for November, says CPC", "", "", "B"),
        ],
        [
            ("Kandy Perahera route to be resurfaced before December", "", "", "B"),
        ],
        [
            ("Badulla farmers seek compensation for crop losses", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Hill Country Ledger Newspapers (Pvt) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("The Lorn Courier", "", "", "B"),
        ],
        [
            ("Argyll & Islands  |  Sign in  |  Subscribe", "", "", "B"),
        ],
        [
            ("News   Sport   Islands   Business   Opinion   Community   Jobs", "", "", "B"),
        ],
        [
            ("News › Argyll", "", "", "B"),
        ],
        [
            ("Island’s only bus to the ferry will stop running on November 30", "", "", "W"),
        ],
        [
            (
                "Campaigners say older residents will be cut off from the mainland",
                "Campaigners",
                "say",
                "W",
            ),
        ],
        [
            ("By Ailsabeth Strathcairnie, Local Democracy Reporter", "", "", "B"),
        ],
        [
            ("Monday 19 October 2026, 6:00 am", "", "", "B"),
        ],
        [
            ("Share  |  Facebook  |  X  |  Email", "", "", "B"),
        ],
        [
            ("The 418 bus at the pier at Ardcuil, where it meets the morning ferry.", "", "", ""),
            ("Picture: Lorn Courier/Dervaig Studio", "", "", "B"),
        ],
        [
            (
                "The only bus linking the villages of Ardcuil and Kilbrathan with the ferry to Oban will stop running at the end of November, its operator, Cuilfail Coaches, has said.",
                "Cuilfail Coaches",
                "has said",
                "W",
            ),
        ],
        [
            (
                "The company said in a statement on Friday that passenger numbers on the 418 had fallen to an average of 23 a day, and the route had lost £61,000 in the year to March.",
                "The company",
                "said in a statement",
                "W",
            ),
            (
                "It said it could no longer run the service without a larger subsidy.",
                "Cuilfail Coaches",
                "said",
                "",
            ),
        ],
        [
            (
                "Cuilfail’s managing director, Alisdeir Kinnouth, said the council had offered £38,000 a year to keep the route running, while the company needed £70,000.",
                "Alisdeir Kinnouth",
                "said",
                "W",
            ),
            (
                "“I grew up on that road, and nobody is sorrier than me,” Mr Kinnouth said, “but I can’t run a bus at a loss for another winter.”",
                "Alisdeir Kinnouth",
                "said",
                "",
            ),
        ],
        [
            (
                "According to a report to the council’s environment, development and infrastructure committee, the council spends £4.2 million a year on supported bus services across Argyll and Bute, and the budget was cut by 7 per cent in April.",
                "a report to the council’s environment, development and infrastructure committee",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Fionnaghal Lindoresk MSP, whose constituency covers the island, said she had written to the Scottish Government’s transport minister asking for emergency funding.",
                "Fionnaghal Lindoresk",
                "said",
                "W",
            ),
            (
                "“For a lot of people on the island, that bus is the only way to a GP, a dentist or a bank,” she said.",
                "Fionnaghal Lindoresk",
                "said",
                "",
            ),
            (
                "“Take it away and they are prisoners in their own homes.",
                "Fionnaghal Lindoresk",
                "said",
                "",
            ),
        ],
        [
            (
                "“I do not accept that £32,000 is too much to keep an island connected.”",
                "Fionnaghal Lindoresk",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Read More: Ferry timetable changes leave island businesses counting the cost",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Councillor Moragh Ballantraek, the council’s policy lead for roads and transport, said the council would put the route out to tender again next week.",
                "Moragh Ballantraek",
                "said",
                "W",
            ),
            (
                "She said she was confident another operator would bid.",
                "Moragh Ballantraek",
                "said",
                "",
            ),
        ],
        [
            (
                "Ms Lindoresk said a petition against the withdrawal had 1,140 signatures by Sunday night.",
                "Fionnaghal Lindoresk",
                "said",
                "W",
            ),
            (
                "Cllr Ballantraek said two operators had bid for the route when it was last tendered in 2022.",
                "Moragh Ballantraek",
                "said",
                "W",
            ),
        ],
        [
            (
                "A Transport Scotland spokeswoman said local bus services were a matter for councils, but the minister would respond to the MSP’s letter.",
                "A Transport Scotland spokeswoman",
                "said",
                "",
            ),
        ],
        [
            (
                "“I’m 81, I gave up my licence last year, and now they tell me the bus is going too,” said Coinneach Cowieson, who uses the 418 twice a week to reach the surgery at Kilbrathan.",
                "Coinneach Cowieson",
                "said",
                "",
            ),
            ("He said a taxi to the pier cost £24 each way.", "Coinneach Cowieson", "said", ""),
        ],
        [
            (
                "Mr Kinnouth said the company would keep running its school contract on the island, which is paid separately by the council.",
                "Alisdeir Kinnouth",
                "said",
                "W",
            ),
            (
                "He said the company had “done everything a small firm can do” to keep the route going.",
                "Alisdeir Kinnouth",
                "said",
                "",
            ),
            (
                "The managing director said the last 418 would leave Ardcuil at 5.40pm on November 30.",
                "Alisdeir Kinnouth",
                "said",
                "W",
            ),
        ],
        [
            (
                "Current timetable: Monday to Saturday, four journeys each way, meeting the 8.10am, 10.30am, 1.15pm and 4.45pm sailings.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Comments on this story are closed.", "", "", "B"),
        ],
        [
            (
                "Sign up to our daily newsletter for the latest from Argyll and the islands.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("More from News", "", "", "B"),
        ],
        [
            ("Campbeltown distillery to create 30 jobs", "", "", "B"),
        ],
        [
            ("Hospital parking charges scrapped at Lorn and Islands", "", "", "B"),
        ],
        [
            ("Fish farm plan for loch rejected by councillors", "", "", "B"),
        ],
        [
            ("© 2026 Lorn Courier Ltd.", "", "", "B"),
            ("Registered in Scotland No. SC098412.", "", "", "B"),
        ],
    ],
    [
        [
            ("The Glanteifi Mercury", "", "", "B"),
        ],
        [
            (
                "News from the Teifi valley and Cardigan Bay  |  Thursday, October 22, 2026",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home  News  Sport  Farming  Community  What’s On  Jobs  Notices", "", "", "B"),
        ],
        [
            ("News", "", "", "B"),
        ],
        [
            (
                "Cabinet votes to close Ysgol Cwmderwen, a village school with 14 pupils",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Parents vow to fight on as council sets August date", "Parents", "vow", "W"),
        ],
        [
            ("By Eiluned Tregaronwy, Education Reporter", "", "", "B"),
        ],
        [
            ("Published: 22 October 2026, 14:20  |  Updated: 22 October 2026, 16:05", "", "", "B"),
        ],
        [
            ("Share  Facebook  X  WhatsApp  Email", "", "", "B"),
        ],
        [
            (
                "Pupils and parents outside Ysgol Cwmderwen before Tuesday’s cabinet meeting.",
                "",
                "",
                "",
            ),
            ("Photo: Glanteifi Mercury", "", "", "B"),
        ],
        [
            (
                "Ceredigion County Council’s cabinet voted by six votes to two on Tuesday to close Ysgol Cwmderwen, a Welsh-medium primary school with 14 pupils, on August 31 next year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Cllr Gethyn Llwydcoed, the cabinet member for schools and lifelong learning, said each pupil at the school cost the council £14,900 a year, against an average of £5,300 across the county’s primaries.",
                "Gethyn Llwydcoed",
                "said",
                "W",
            ),
            (
                "He said the pupils would be offered places at Ysgol Glan Ceri, six miles away, with free transport.",
                "Gethyn Llwydcoed",
                "said",
                "W",
            ),
            (
                "“Nobody on this cabinet wanted to close a Welsh-medium school,” Cllr Llwydcoed said, “but we cannot keep a building open for 14 children while other schools in the county have no teaching assistants.”",
                "Gethyn Llwydcoed",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the council’s consultation report, 212 responses were received over eight weeks, and 187 of them opposed the closure.",
                "the council’s consultation report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Cllr Dyfnwal Brynesgair, who represents the ward, told the meeting that the school had 31 pupils as recently as 2015.",
                "Dyfnwal Brynesgair",
                "told the meeting",
                "W",
            ),
            (
                "He said the council had let the building run down and then used its condition as a reason to close it.",
                "Dyfnwal Brynesgair",
                "said",
                "",
            ),
            (
                "“This village will lose its school, and after the school the chapel and the shop will go too,” Brynesgair said.",
                "Dyfnwal Brynesgair",
                "said",
                "",
            ),
        ],
        [
            (
                "Estyn’s most recent inspection, in 2024, found standards at the school to be good, according to the inspectorate’s report.",
                "the inspectorate’s report",
                "according to",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Read next: Farmers’ market returns to Cardigan after two-year break", "", "", "B"),
        ],
        [
            (
                "The council said in a statement after the meeting that the building needed £410,000 of repairs, including a new roof and heating system.",
                "The council",
                "said in a statement",
                "W",
            ),
            (
                "It said it would work with parents to make the move as smooth as possible.",
                "Ceredigion County Council",
                "said",
                "",
            ),
        ],
        [
            (
                "The cabinet member said the school’s two teachers and two assistants would be offered posts elsewhere in the county.",
                "Gethyn Llwydcoed",
                "said",
                "W",
            ),
            (
                "Mr Brynesgair said he would ask for the decision to be called in by the council’s scrutiny committee.",
                "Dyfnwal Brynesgair",
                "said",
                "",
            ),
        ],
        [
            (
                "“My grandmother went to this school, I went to this school, and my daughter will be the last,” said Lleucu Hafodunos, whose daughter is in Year 2.",
                "Lleucu Hafodunos",
                "said",
                "",
            ),
            (
                "She said the parents would ask the Welsh Government to review the decision.",
                "Lleucu Hafodunos",
                "said",
                "",
            ),
        ],
        [
            ("Q&A: ‘We will give them the best last year we can’", "", "", ""),
        ],
        [
            ("Head teacher Mererydd Pennantwy spoke to the Mercury on Wednesday.", "", "", "B"),
            ("The interview has been edited for length.", "", "", "B"),
        ],
        [
            ("Q: How did the children take the news?", "", "", ""),
        ],
        [
            ("A: The younger ones do not really understand yet.", "Mererydd Pennantwy", "A:", ""),
            (
                "The older ones asked me if they could still wear the red jumper at the new school, and I did not know what to tell them.",
                "Mererydd Pennantwy",
                "A:",
                "",
            ),
        ],
        [
            (
                "Q: Parents say the council never gave the school a chance to grow.",
                "Parents",
                "say",
                "",
            ),
            ("Is that fair?", "", "", ""),
        ],
        [
            (
                "A: We asked twice for a nursery class, in 2019 and in 2022, and were told there was no budget.",
                "Mererydd Pennantwy",
                "A:",
                "W",
            ),
            (
                "Three families moved away last year because there was no childcare in the village.",
                "Mererydd Pennantwy",
                "A:",
                "W",
            ),
        ],
        [
            ("Q: What happens now?", "", "", ""),
        ],
        [
            ("A: We will give them the best last year we can.", "Mererydd Pennantwy", "A:", ""),
            (
                "The governors meet on Monday to decide whether to support the parents’ appeal.",
                "Mererydd Pennantwy",
                "A:",
                "W",
            ),
        ],
        [
            ("Darllenwch yr erthygl hon yn Gymraeg", "", "", "B"),
        ],
        [
            (
                "Get the Glanteifi Mercury’s free weekly newsletter in your inbox every Friday.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("More News", "", "", "B"),
        ],
        [
            ("Lampeter leisure centre pool to reopen after repairs", "", "", "B"),
        ],
        [
            ("Aberporth lifeboat crew called out three times in a week", "", "", "B"),
        ],
        [
            ("© 2026 Glanteifi Mercury Ltd.", "", "", "B"),
            (
                "This newspaper is regulated by the Independent Press Standards Organisation.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("The Chippewa Valley Beacon", "", "", "B"),
        ],
        [
            ("Eau Claire, WI  48°  |  Subscribe  |  Log In", "", "", "B"),
        ],
        [
            ("News  Local  Schools  Sports  Business  Obituaries  Opinion  e-Edition", "", "", "B"),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            ("Tamrack Bluff schools cut 4 bus routes, ask families to drive", "", "", "W"),
        ],
        [
            (
                "Parents say the change leaves shift workers with no way to get kids to class",
                "Parents",
                "say",
                "W",
            ),
        ],
        [
            ("By Danaë Kjelstrom, Education reporter  |  dkjelstrom@cvbeacon.com", "", "", "B"),
        ],
        [
            ("Oct 20, 2026 Updated 3 hrs ago", "", "", "B"),
        ],
        [
            ("Share  Facebook  X  Email  Print", "", "", "B"),
        ],
        [
            (
                "A Tamrack Bluff school bus leaves the district’s bus garage on Monday morning.",
                "",
                "",
                "",
            ),
            ("Beacon photo/Danaë Kjelstrom", "", "", "B"),
        ],
        [
            (
                "EAU CLAIRE, Wis. — The Tamrack Bluff School District will stop running four of its 19 bus routes on Nov. 2 because its contractor does not have enough drivers, leaving about 310 students without a ride to school.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Superintendent Dr. Kristena Vanderhoef said Monday the district had offered families on the four routes $600 a semester to drive their children themselves.",
                "Kristena Vanderhoef",
                "said",
                "W",
            ),
            (
                "She said 212 families had been sent letters Friday.",
                "Kristena Vanderhoef",
                "said",
                "W",
            ),
        ],
        [
            (
                "School Board President Jolyne Ramthun-Skoog said the board approved the payments at a special meeting Oct. 15 by a 5-2 vote.",
                "Jolyne Ramthun-Skoog",
                "said",
                "W",
            ),
            (
                "“I voted yes, and I hated it,” Ramthun-Skoog said.",
                "Jolyne Ramthun-Skoog",
                "said",
                "",
            ),
            (
                "“We are paying parents to do a job we promised to do.",
                "Jolyne Ramthun-Skoog",
                "said",
                "",
            ),
        ],
        [
            (
                "“I don’t know another way to get through the winter.”",
                "Jolyne Ramthun-Skoog",
                "said",
                "",
            ),
        ],
        [
            (
                "According to district data, the contractor has 14 drivers for 19 routes, down from 22 drivers in 2022.",
                "district data",
                "according to",
                "W",
            ),
            (
                "The superintendent said three routes were already being covered by mechanics and office staff with commercial licenses.",
                "Kristena Vanderhoef",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Related: Eau Claire County to vote on new jail medical contract", "", "", "B"),
        ],
        [
            (
                "Terrenz Olmscheid, the regional manager for Northsparr Student Lines, the district’s contractor, said the company starts drivers at $24.50 an hour and pays for their training.",
                "Terrenz Olmscheid",
                "said",
                "W",
            ),
            (
                "“We have had a help-wanted sign up since June,” Olmscheid said, “and I can count on one hand the people who came in.”",
                "Terrenz Olmscheid",
                "said",
                "",
            ),
            (
                "The district pays Northsparr $2.9 million a year under a contract that runs through June 2028, Vanderhoef said.",
                "Kristena Vanderhoef",
                "said",
                "W",
            ),
        ],
        [
            (
                "Olmscheid said four new drivers were in training and could be licensed by mid-December.",
                "Terrenz Olmscheid",
                "said",
                "W",
            ),
        ],
        [
            (
                "The district said in an emailed statement Tuesday that it had asked the state to approve a shorter school day for the affected routes, and it was still waiting for an answer.",
                "The district",
                "said in an emailed statement",
                "W",
            ),
            (
                "It said families with no car should call the transportation office at 715-555-0143 by Oct. 28.",
                "The Tamrack Bluff School District",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesperson for the Wisconsin Department of Public Instruction said in an email that the department had received the district’s request Oct. 16 and would answer within 30 days.",
                "A spokesperson for the Wisconsin Department of Public Instruction",
                "said in an email",
                "W",
            ),
        ],
        [
            (
                "“I work 6 a.m. to 2:30 p.m. at the plant, and my wife leaves at 5:45,” said Brentel Nygaardt-Pleiss, who has two children at Tamrack Bluff Elementary.",
                "Brentel Nygaardt-Pleiss",
                "said",
                "",
            ),
            (
                "“Who is supposed to be at the bus stop?” he asked.",
                "Brentel Nygaardt-Pleiss",
                "asked",
                "",
            ),
            (
                "He said he would probably ask a neighbor to drive his children for part of the $600.",
                "Brentel Nygaardt-Pleiss",
                "said",
                "",
            ),
        ],
        [
            (
                "Ramthun-Skoog said the board would review the payments at its Dec. 14 meeting.",
                "Jolyne Ramthun-Skoog",
                "said",
                "W",
            ),
            (
                "Vanderhoef said no students would be marked absent for missing school because of the cuts before Nov. 13.",
                "Kristena Vanderhoef",
                "said",
                "W",
            ),
        ],
        [
            ("You’ve reached your limit of free local stories this month.", "", "", "B"),
            ("Subscribe for $1 a week to keep reading.", "", "", "B"),
        ],
        [
            ("Tags: Tamrack Bluff, school buses, Eau Claire County", "", "", "B"),
        ],
        [
            ("More Local News", "", "", "B"),
        ],
        [
            ("Chippewa Falls council approves splash pad at Riverfront Park", "", "", "B"),
        ],
        [
            ("Menomonie teen wins state FFA public speaking contest", "", "", "B"),
        ],
        [
            ("© 2026 Chippewa Valley Beacon.", "", "", "B"),
            ("All rights reserved.  |  Terms of Use  |  Privacy Policy", "", "", "B"),
        ],
    ],
    [
        [
            ("SOUTHWEST ALBERTA NOW", "", "", "B"),
        ],
        [
            ("Lethbridge  |  Medicine Hat  |  Brooks  |  Weather 11°C", "", "", "B"),
        ],
        [
            (
                "Home   Local News   Agriculture   Sports   Obituaries   Contests   Contact",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Agriculture", "", "", "B"),
        ],
        [
            ("Irrigation district cuts water to farmers by a third for 2027 season", "", "", "W"),
        ],
        [
            (
                "Producers say they will plant fewer potatoes and more dryland wheat",
                "Producers",
                "say",
                "W",
            ),
        ],
        [
            ("By Kelsy Drummondville", "", "", "B"),
        ],
        [
            (
                "Posted Oct 21, 2026 4:12 pm MDT  |  Last Updated Oct 21, 2026 6:30 pm MDT",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Share this story: Facebook · X · Email", "", "", "B"),
        ],
        [
            ("A pivot sits idle on a field east of Lethbridge on Tuesday.", "", "", ""),
            ("(Kelsy Drummondville/SWA Now)", "", "", "B"),
        ],
        [
            (
                "The board of the Coulemont Ridge Irrigation District voted on Tuesday to limit farmers to 10 acre-inches of water per acre next season, down from the usual 16.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "General manager Darrol Ostermund said the district’s two reservoirs held 41 per cent of their capacity on Monday, the lowest level in the district’s 54-year history.",
                "Darrol Ostermund",
                "said",
                "W",
            ),
            (
                "He said the district supplies about 1,300 farms on 148,000 irrigated acres.",
                "Darrol Ostermund",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to provincial river flow data, the Oldman River near Lethbridge ran at 18 cubic metres a second in September, about half its average for the month.",
                "provincial river flow data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Lethbridge County Reeve Wendal Hryniuk said the county would ask the province to declare an agricultural disaster if winter snowpack in the mountains was below normal.",
                "Wendal Hryniuk",
                "said",
                "W",
            ),
            (
                "“A third less water is not a small thing to a potato grower,” the reeve said.",
                "Wendal Hryniuk",
                "said",
                "",
            ),
            (
                "“Some of these families have contracts with processors that are signed a year ahead.",
                "Wendal Hryniuk",
                "said",
                "",
            ),
        ],
        [
            (
                "“They will be paying penalties on potatoes they could not grow.”",
                "Wendal Hryniuk",
                "said",
                "",
            ),
        ],
        [
            ("Story continues below", "", "", "B"),
        ],
        [
            (
                "Ostermund said the allocation could be raised in April if the reservoirs recover over the winter.",
                "Darrol Ostermund",
                "said",
                "W",
            ),
            ("He said he did not expect them to.", "Darrol Ostermund", "said", ""),
            (
                "The district last cut allocations in 2001, when farmers received 12 acre-inches, he said.",
                "Darrol Ostermund",
                "said",
                "W",
            ),
        ],
        [
            (
                "Alberta Environment and Protected Areas said in an emailed statement that it had signed water-sharing agreements with 38 licence holders in the South Saskatchewan basin since August.",
                "Alberta Environment and Protected Areas",
                "said in an emailed statement",
                "W",
            ),
            (
                "The ministry said it was watching conditions closely and would update the agreements in the spring.",
                "The ministry",
                "said",
                "",
            ),
        ],
        [
            ("Read more: Brooks corn growers report record yields despite dry summer", "", "", "B"),
        ],
        [
            (
                "Patryce Sawchenko, the MLA for the area, said she had raised the district’s situation with the agriculture minister on Monday.",
                "Patryce Sawchenko",
                "said",
                "W",
            ),
            (
                "She said she would push for the province to fund a third reservoir that the district has proposed.",
                "Patryce Sawchenko",
                "said",
                "",
            ),
        ],
        [
            (
                "Reeve Hryniuk said the county had spent $1.2 million since June trucking water to livestock producers outside the district.",
                "Wendal Hryniuk",
                "said",
                "W",
            ),
            (
                "The general manager said farmers had already been told their 2026 allocation ended on Oct. 15.",
                "Darrol Ostermund",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We will put about 200 acres into wheat that we would have had in potatoes, and wheat pays a quarter as much,” said Ineke Vosberge, who farms with her husband north of Stirlingford.",
                "Ineke Vosberge",
                "said",
                "",
            ),
            (
                "She said she had not yet told the seed potato grower she buys from.",
                "Ineke Vosberge",
                "said",
                "",
            ),
        ],
        [
            (
                "A grain buyer in Lethbridge, who asked not to be named because he was not authorized to speak for his company, said he expected more wheat and canola to come in next fall.",
                "A grain buyer in Lethbridge",
                "said",
                "",
            ),
        ],
        [
            (
                "Sawchenko said she would hold a town hall for farmers in Stirlingford on Nov. 4.",
                "Patryce Sawchenko",
                "said",
                "W",
            ),
            (
                "“People need to hear it from someone in government, not from a letter,” she said.",
                "Patryce Sawchenko",
                "said",
                "",
            ),
        ],
        [
            ("Got a news tip? Email news@swanow.ca.", "", "", "B"),
        ],
        [
            ("Recommended", "", "", "B"),
        ],
        [
            ("Lethbridge police seek witnesses to Highway 3 collision", "", "", "B"),
        ],
        [
            ("Medicine Hat council approves budget with 3.9 per cent tax increase", "", "", "B"),
        ],
        [
            ("Ortonvale rodeo grounds to get new grandstand", "", "", "B"),
        ],
        [
            ("© 2026 Southwest Alberta Now, a division of Prairie Gate Media Inc.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE TRADE WIND POST", "", "", "B"),
        ],
        [
            ("Wednesday, October 21, 2026  |  Suva 28°C  |  E-Paper  |  Subscribe", "", "", "B"),
        ],
        [
            (
                "Home | News | Business | Sport | World | Opinion | Entertainment | Classifieds",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News", "", "", "B"),
        ],
        [
            (
                "Mill breakdown stops crushing for nine days, 1,400 lorries queued in Lautoka",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Growers say their cane is losing sugar in the sun", "Growers", "say", "W"),
        ],
        [
            ("by Salotte Ravudi-Naisorova  |  Wednesday, October 21, 2026", "", "", "B"),
        ],
        [
            ("Share: Facebook  X  WhatsApp", "", "", "B"),
        ],
        [
            (
                "Cane lorries line the road outside the Lautoka mill on Tuesday afternoon.",
                "",
                "",
                "",
            ),
            ("PHOTO: SALOTTE RAVUDI-NAISOROVA", "", "", "B"),
        ],
        [
            (
                "Crushing at the Lautoka sugar mill has been stopped since October 12 after a shaft broke in one of its three main boilers, the Fiji Sugar Corporation (FSC) said yesterday.",
                "the Fiji Sugar Corporation (FSC)",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mill manager Shivnesh Ramdayal-Naicker said a replacement shaft had been flown in from Brisbane on Monday and fitters had worked through the night to install it.",
                "Shivnesh Ramdayal-Naicker",
                "said",
                "W",
            ),
            (
                "He said the mill would restart on Thursday at 6am.",
                "Shivnesh Ramdayal-Naicker",
                "said",
                "W",
            ),
            (
                "“I understand the anger at the gate,” Mr Ramdayal-Naicker said, “and I have been out there myself to tell the drivers what is happening.”",
                "Shivnesh Ramdayal-Naicker",
                "said",
                "",
            ),
        ],
        [
            (
                "Sugar Cane Growers Council chief executive Jonetani Vakarewalu said about 1,400 lorries and trucks of cut cane were waiting in the queue or at farms.",
                "Jonetani Vakarewalu",
                "said",
                "W",
            ),
            (
                "He said cane that was not crushed within 48 hours of cutting lost sugar content each day.",
                "Jonetani Vakarewalu",
                "said",
                "W",
            ),
            (
                "“A grower who cut his cane on the 12th has now been waiting nine days,” he said.",
                "Jonetani Vakarewalu",
                "said",
                "",
            ),
            (
                "“He will be paid for what is left in it, not for what it was.",
                "Jonetani Vakarewalu",
                "said",
                "",
            ),
        ],
        [
            (
                "“And he still has to pay the cutters and the lorry.”",
                "Jonetani Vakarewalu",
                "said",
                "",
            ),
        ],
        [
            (
                "According to FSC’s crushing figures, the Lautoka mill had crushed 612,000 tonnes of cane this season before the breakdown, against 704,000 tonnes by the same date last year.",
                "FSC’s crushing figures",
                "according to",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Also read: Nadi market vendors relocated during roof repairs", "", "", "B"),
        ],
        [
            (
                "FSC said it had sent 260 lorries of cane to the Rarawai mill in Ba since Thursday.",
                "the Fiji Sugar Corporation (FSC)",
                "said",
                "W",
            ),
            (
                "It said cane that was burnt or stale would be crushed first when Lautoka restarted.",
                "the Fiji Sugar Corporation (FSC)",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Sugar Industry said in a statement that it had asked FSC for a full report on the breakdown by the end of the month.",
                "The Ministry of Sugar Industry",
                "said in a statement",
                "W",
            ),
            (
                "The ministry said it was discussing assistance for affected growers with the growers’ council.",
                "The ministry",
                "said",
                "",
            ),
        ],
        [
            (
                "The mill manager said the boiler had last been overhauled in the off-season in April.",
                "Shivnesh Ramdayal-Naicker",
                "said",
                "W",
            ),
            (
                "Mr Vakarewalu said the council would ask for growers to be compensated for the lost sugar.",
                "Jonetani Vakarewalu",
                "said",
                "",
            ),
        ],
        [
            (
                "The Turaga ni Koro of Naqelewai village, Ratu Semesa Kalounisiga, said 17 growers from his village had cane in the queue.",
                "Semesa Kalounisiga",
                "said",
                "W",
            ),
            (
                "Ratu Semesa said some families had started borrowing money for school fees because their cane payments were late.",
                "Semesa Kalounisiga",
                "said",
                "",
            ),
            (
                "He said the village would hold a prayer service for the growers on Sunday.",
                "Semesa Kalounisiga",
                "said",
                "",
            ),
        ],
        [
            (
                "“My husband has slept in the lorry for five nights,” said Pritika Lalwanni, a grower from Natovatu Settlement.",
                "Pritika Lalwanni",
                "said",
                "",
            ),
            (
                "She said they had cut 40 tonnes on their farm before the mill stopped.",
                "Pritika Lalwanni",
                "said",
                "",
            ),
        ],
        [
            (
                "A lorry driver from Ba, who asked not to be named, said drivers were buying food and water from vendors who walked along the queue.",
                "A lorry driver from Ba",
                "said",
                "",
            ),
        ],
        [
            (
                "Mr Ramdayal-Naicker said all three boilers would be inspected before the end of the season.",
                "Shivnesh Ramdayal-Naicker",
                "said",
                "W",
            ),
        ],
        [
            ("Tags: FSC, Lautoka mill, sugar industry, cane growers", "", "", "B"),
        ],
        [
            ("Write to us: letters@tradewindpost.com.fj", "", "", "B"),
        ],
        [
            ("Latest", "", "", "B"),
        ],
        [
            ("Ba bridge to close for two nights of repairs", "", "", "B"),
        ],
        [
            ("Sigatoka farmers receive 300 bags of fertiliser", "", "", "B"),
        ],
        [
            ("Labasa hospital opens new eye clinic", "", "", "B"),
        ],
        [
            ("© 2026 Trade Wind Post Publications Limited.", "", "", "B"),
        ],
    ],
    [
        [
            ("COPPERBELT MORNING POST", "", "", "B"),
        ],
        [
            ("Thursday 22 October 2026  ·  ePaper  ·  Advertise with us", "", "", "B"),
        ],
        [
            ("Home  Local News  Politics  Business  Sport  Features  Opinion", "", "", "B"),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            ("Kitwe’s Buchimbo Market shut after 23 cholera cases traced to stalls", "", "", "W"),
        ],
        [
            ("Traders say they were given two hours to pack up", "Traders", "say", "W"),
        ],
        [
            ("BY TEMWANI MUSONDARI-CHIKOTI, KITWE", "", "", "B"),
        ],
        [
            ("22 October 2026", "", "", "B"),
        ],
        [
            ("Share  Facebook  X  WhatsApp", "", "", "B"),
        ],
        [
            (
                "Council police officers guard the entrance to Buchimbo Market on Wednesday.",
                "",
                "",
                "",
            ),
            ("Picture by Temwani Musondari-Chikoti", "", "", "B"),
        ],
        [
            (
                "KITWE has recorded 23 cholera cases in eight days, all of them among traders and customers of Buchimbo Market, according to figures from the Kitwe District Health Office.",
                "figures from the Kitwe District Health Office",
                "according to",
                "W",
            ),
        ],
        [
            (
                "District Commissioner Mrs Mwakala Chansa said the market’s 1,860 traders were given notice on Wednesday morning and the gates were closed at midday.",
                "Mwakala Chansa",
                "said",
                "W",
            ),
            (
                "She said the market would stay closed for at least 14 days while drains were unblocked and the toilets rebuilt.",
                "Mwakala Chansa",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kitwe District Health Director Dr Chitalua Mukupo said 19 of the 23 patients had been discharged from the cholera treatment centre at the Kitwe Teaching Hospital grounds, and four remained admitted.",
                "Chitalua Mukupo",
                "said",
                "W",
            ),
            ("He said no death had been recorded.", "Chitalua Mukupo", "said", "W"),
            (
                "He said samples taken from two of the market’s wells had tested positive for Vibrio cholerae.",
                "Chitalua Mukupo",
                "said",
                "W",
            ),
        ],
        [
            (
                "The chairperson of the Buchimbo Marketeers’ Association, Bupelo Kashiwa, said traders were told of the closure at 10:00 hours and given until 12:00 hours to remove their goods.",
                "Bupelo Kashiwa",
                "said",
                "W",
            ),
            (
                "“Some of us had fish that will not last the night,” Kashiwa said, “and nobody told us where we are supposed to go.”",
                "Bupelo Kashiwa",
                "said",
                "",
            ),
        ],
        [
            (
                "Mrs Chansa said 400 traders would be allowed to sell from a temporary site at the Mutundu bus station car park from Friday.",
                "Mwakala Chansa",
                "said",
                "W",
            ),
            ("Kashiwa said that was not enough for 1,860 traders.", "Bupelo Kashiwa", "said", ""),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("RELATED: Ndola water utility to replace 12km of old pipes", "", "", "B"),
        ],
        [
            (
                "A statement from the Minister of Health was read at the briefing by the Copperbelt Provincial Health Director on the minister’s behalf.",
                "",
                "",
                "",
            ),
            (
                "In the statement, the minister said the ministry had sent 5,000 doses of oral cholera vaccine to Kitwe and vaccination would begin on Saturday.",
                "the minister",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kitwe City Council said in a statement that it had spent K1.2 million on drainage works at the market since January.",
                "Kitwe City Council",
                "said in a statement",
                "W",
            ),
            (
                "It said the council would not allow the market to reopen until the Ministry of Health cleared it.",
                "Kitwe City Council",
                "said",
                "",
            ),
        ],
        [
            (
                "“I know what this means to a family that lives on what it sells today,” the DC said.",
                "Mwakala Chansa",
                "said",
                "",
            ),
            (
                "“But we have watched what cholera did in this province in 2024, and we will not wait for the first death.",
                "Mwakala Chansa",
                "said",
                "",
            ),
        ],
        [
            ("“Fourteen days is the minimum.”", "Mwakala Chansa", "said", ""),
        ],
        [
            (
                "“I have three children in school and all my vegetables are on a lorry with nowhere to go,” said Mubangwa Nsofwe, who sells tomatoes and rape at the market.",
                "Mubangwa Nsofwe",
                "said",
                "",
            ),
            (
                "He said he would try to sell at the roadside in Kasengele.",
                "Mubangwa Nsofwe",
                "said",
                "",
            ),
            ("He said he paid the council K5 a day for his stall.", "Mubangwa Nsofwe", "said", "W"),
        ],
        [
            (
                "A council police officer at the gate said some traders had tried to climb the fence on Wednesday night to reach their stalls.",
                "A council police officer at the gate",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr Mukupo said anyone with watery diarrhoea should go to the nearest clinic immediately, where treatment is free.",
                "Chitalua Mukupo",
                "said",
                "W",
            ),
        ],
        [
            ("Tags: Kitwe, cholera, Buchimbo Market, Copperbelt", "", "", "B"),
        ],
        [
            ("Comments are moderated and will appear once approved.", "", "", "B"),
        ],
        [
            ("Related articles", "", "", "B"),
        ],
        [
            ("Chingola miners receive October pay after two-week delay", "", "", "B"),
        ],
        [
            ("Luanshya council to recruit 60 street sweepers", "", "", "B"),
        ],
        [
            ("© 2026 Copperbelt Morning Post. All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE BAYFRONT DAILY", "", "", "B"),
        ],
        [
            ("Monday, Oct 19, 2026  |  Singapore  |  Sign in", "", "", "B"),
        ],
        [
            ("Singapore   Asia   World   Opinion   Life   Business   Sport   Tech", "", "", "B"),
        ],
        [
            ("Singapore", "", "", "B"),
        ],
        [
            ("90 evacuated after PMD fire guts fourth-storey Jurong West flat", "", "", "W"),
        ],
        [
            (
                "Device was charging in a bedroom while family slept, SCDF says",
                "the Singapore Civil Defence Force (SCDF)",
                "says",
                "W",
            ),
        ],
        [
            ("Natalya Yeok Shuyi", "", "", "B"),
        ],
        [
            ("Published Oct 18, 2026, 08:40 PM  |  Updated Oct 19, 2026, 09:15 AM", "", "", "B"),
        ],
        [
            ("Share  Facebook  X  WhatsApp  Telegram", "", "", "B"),
        ],
        [
            ("Firefighters at Block 418B Gelam Crescent on Oct 18.", "", "", ""),
            ("PHOTO: SCDF/FACEBOOK", "", "", "B"),
        ],
        [
            (
                "About 90 residents were evacuated from an HDB block in Jurong West early on Sunday after a fire broke out in a fourth-storey flat, the Singapore Civil Defence Force (SCDF) said in a Facebook post.",
                "the Singapore Civil Defence Force (SCDF)",
                "said in a Facebook post",
                "W",
            ),
        ],
        [
            (
                "It said it was alerted at 4.20am and put out the fire with two water jets.",
                "the Singapore Civil Defence Force (SCDF)",
                "said",
                "W",
            ),
            (
                "Three people were taken to Ng Teng Fong General Hospital for smoke inhalation, it said.",
                "the Singapore Civil Defence Force (SCDF)",
                "said",
                "W",
            ),
        ],
        [
            (
                "SCDF’s 4th Division commander, COL Phoa Zhilong, told reporters at the block on Sunday afternoon that the fire was likely caused by a personal mobility device (PMD) charging in a bedroom.",
                "Phoa Zhilong",
                "told reporters",
                "W",
            ),
            (
                "The MP for the ward, Mr Harvin Chionh Jiakang, said the town council had opened a temporary shelter at the block’s void deck and placed 11 families in hotel rooms.",
                "Harvin Chionh Jiakang",
                "said",
                "W",
            ),
        ],
        [
            ("Here is an edited excerpt of the press conference.", "", "", "B"),
        ],
        [
            ("Reporter: How did the fire reach the flat above?", "", "", ""),
        ],
        [
            (
                "COL PHOA: The heat broke the bedroom window, and the flames went up the facade.",
                "Phoa Zhilong",
                "COL PHOA:",
                "W",
            ),
            (
                "The flat above had its windows open, and the curtains caught.",
                "Phoa Zhilong",
                "COL PHOA:",
                "W",
            ),
            ("We were lucky nobody was sleeping in that room.", "Phoa Zhilong", "COL PHOA:", ""),
        ],
        [
            ("Reporter: Was the device an approved model?", "", "", ""),
        ],
        [
            ("COL PHOA: It is too early to say.", "Phoa Zhilong", "COL PHOA:", ""),
            (
                "We have taken the device and the charger for investigation.",
                "Phoa Zhilong",
                "COL PHOA:",
                "W",
            ),
        ],
        [
            (
                "Reporter: Residents said they heard popping sounds before the fire.",
                "Residents",
                "said",
                "",
            ),
            ("Is that common?", "", "", ""),
        ],
        [
            (
                "COL PHOA: That is what a battery sounds like before it fails.",
                "Phoa Zhilong",
                "COL PHOA:",
                "W",
            ),
        ],
        [
            ("Reporter: Mr Chionh, when can the families go home?", "", "", ""),
        ],
        [
            (
                "MR CHIONH: The flats on the fourth and fifth storeys will need rewiring, so that will take weeks.",
                "Harvin Chionh Jiakang",
                "MR CHIONH:",
                "W",
            ),
            (
                "The other families should be back tonight.",
                "Harvin Chionh Jiakang",
                "MR CHIONH:",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("READ MORE: Fire at Bukit Batok coffee shop started in kitchen exhaust", "", "", "B"),
        ],
        [
            (
                "PMD and power-assisted bicycle fires rose to 58 last year from 42 in 2024, according to SCDF’s annual fire statistics.",
                "SCDF’s annual fire statistics",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Westgrave Town Council said in a statement that the lift lobby and the corridor on the fourth storey would be closed for cleaning until Wednesday.",
                "Westgrave Town Council",
                "said in a statement",
                "W",
            ),
            (
                "It said affected residents could contact its 24-hour hotline.",
                "Westgrave Town Council",
                "said",
                "",
            ),
        ],
        [
            (
                "“I grabbed my grandson and my handbag and ran down the stairs in my slippers,” said Madam Eio Guek Yeok, 72, who lives on the sixth storey.",
                "Eio Guek Yeok",
                "said",
                "",
            ),
            (
                "She said she did not smell smoke until she opened her door.",
                "Eio Guek Yeok",
                "said",
                "",
            ),
        ],
        [
            (
                "A neighbour on the third storey, who declined to give his name, said he had seen the family charge the device in the corridor many times.",
                "A neighbour on the third storey",
                "said",
                "",
            ),
        ],
        [
            (
                "COL Phoa said it was the 31st fire involving an active mobility device this year.",
                "Phoa Zhilong",
                "said",
                "W",
            ),
            (
                "Mr Chionh said he would ask residents’ committees to hold talks on battery safety.",
                "Harvin Chionh Jiakang",
                "said",
                "",
            ),
        ],
        [
            (
                "Gift this article: Subscribers can share up to five free articles a month.",
                "",
                "",
                "B",
            ),
            ("Learn how.", "", "", "B"),
        ],
        [
            ("Join our Telegram channel for the latest updates: t.me/bayfrontdaily", "", "", "B"),
        ],
        [
            ("More from Singapore", "", "", "B"),
        ],
        [
            ("Tampines family rescued from lift stuck between floors", "", "", "B"),
        ],
        [
            ("Changi Airport Terminal 5 works on schedule, says ministry", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Bayfront Press Holdings Ltd.", "", "", "B"),
            ("Co. Regn. No. 201288745K.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n88-ke-caption-credit-pipe",
        "Parents and teachers outside the burnt dormitory at Kiptulel Boys’ High School in Olkemeri on Tuesday morning. PHOTO | WANJIRO NDEGERI",
        [
            "Parents and teachers outside the burnt dormitory at Kiptulel Boys’ High School in Olkemeri on Tuesday morning.",
            "PHOTO | WANJIRO NDEGERI",
        ],
    ),
    (
        "n88-ke-215am-4am",
        "Nakuru County Police Commander Ezekias Kipsoen Metoi said all 96 students were accounted for and none was admitted to hospital, although four were treated for smoke inhalation at Olkemeri Sub-County Hospital and discharged. He said officers were called at 2.15am and the fire was put out by a county fire engine from Nakuru town shortly after 4am.",
        [
            "Nakuru County Police Commander Ezekias Kipsoen Metoi said all 96 students were accounted for and none was admitted to hospital, although four were treated for smoke inhalation at Olkemeri Sub-County Hospital and discharged.",
            "He said officers were called at 2.15am and the fire was put out by a county fire engine from Nakuru town shortly after 4am.",
        ],
    ),
    (
        "n88-ke-according-police-report",
        "According to a police report filed at Olkemeri Police Station, the fire started in a cubicle on the upper floor of Samburu House, and students on that floor escaped through a fire exit at the end of the corridor. Mr Metoi said detectives had recorded statements from 11 students and two night watchmen, and the cause of the fire was under investigation. “We are not ruling anything out at this stage,” the county commander said.",
        [
            "According to a police report filed at Olkemeri Police Station, the fire started in a cubicle on the upper floor of Samburu House, and students on that floor escaped through a fire exit at the end of the corridor.",
            "Mr Metoi said detectives had recorded statements from 11 students and two night watchmen, and the cause of the fire was under investigation.",
            "“We are not ruling anything out at this stage,” the county commander said.",
        ],
    ),
    (
        "n88-ke-split-quote-mr",
        "He said the students lost their mattresses, boxes and most of their books, but the laboratory and the library were not affected. “The boys are safe, and that is what matters tonight,” Mr Nyakeru said, “but we have to be honest with parents about what it will take to bring them back.”",
        [
            "He said the students lost their mattresses, boxes and most of their books, but the laboratory and the library were not affected.",
            "“The boys are safe, and that is what matters tonight,” Mr Nyakeru said, “but we have to be honest with parents about what it will take to bring them back.”",
        ],
    ),
    (
        "n88-ke-ministry-x-it-urged",
        "The Ministry of Education said in a statement posted on X on Tuesday evening that it had sent four quality assurance officers to the school. It said 14 secondary school dormitories had been damaged by fire across the country since January. It urged principals to keep fire exits unlocked at night.",
        [
            "The Ministry of Education said in a statement posted on X on Tuesday evening that it had sent four quality assurance officers to the school.",
            "It said 14 secondary school dormitories had been damaged by fire across the country since January.",
            "It urged principals to keep fire exits unlocked at night.",
        ],
    ),
    (
        "n88-ke-said-after-quote-mrs",
        "“I drove from Chepsirwa at three in the morning not knowing if my son was alive,” said Mrs Margolet Chelagatt Wambusi, whose son is in Form Two. She said the school should have called parents sooner.",
        [
            "“I drove from Chepsirwa at three in the morning not knowing if my son was alive,” said Mrs Margolet Chelagatt Wambusi, whose son is in Form Two.",
            "She said the school should have called parents sooner.",
        ],
    ),
    (
        "n88-ug-quote-open-para-end",
        "“We are a referral hospital, and we are referring people away,” he said. “That is not what a referral hospital is for.",
        [
            "“We are a referral hospital, and we are referring people away,” he said.",
            "“That is not what a referral hospital is for.",
        ],
    ),
    (
        "n88-ug-hajji-rcc",
        "The Jinja Resident City Commissioner, Hajji Wazemba Kagodha Yusufu, said he had written to the Ministry of Health on Monday asking for an emergency supply. He said the city had recorded 312 dog bites since July, against 190 in the same months of last year.",
        [
            "The Jinja Resident City Commissioner, Hajji Wazemba Kagodha Yusufu, said he had written to the Ministry of Health on Monday asking for an emergency supply.",
            "He said the city had recorded 312 dog bites since July, against 190 in the same months of last year.",
        ],
    ),
    (
        "n88-ug-nms-agency-it",
        "National Medical Stores (NMS) said in an emailed response that a consignment of 60,000 doses had arrived at Entebbe on October 9 and was being checked. The agency said Jinja would receive 1,500 doses by October 20. It said the delay had been caused by a supplier in India who missed two shipping dates.",
        [
            "National Medical Stores (NMS) said in an emailed response that a consignment of 60,000 doses had arrived at Entebbe on October 9 and was being checked.",
            "The agency said Jinja would receive 1,500 doses by October 20.",
            "It said the delay had been caused by a supplier in India who missed two shipping dates.",
        ],
    ),
    (
        "n88-jm-quote-then-surname",
        "Sharlyne Dacreswood, the parish manager for the Rural Agricultural Development Authority (RADA), said 1,860 farmers were registered in the four hardest-hit districts. She said RADA had delivered water to 212 of them since the start of September. “We are choosing who gets water first, and nobody should have to make that choice,” Dacreswood said.",
        [
            "Sharlyne Dacreswood, the parish manager for the Rural Agricultural Development Authority (RADA), said 1,860 farmers were registered in the four hardest-hit districts.",
            "She said RADA had delivered water to 212 of them since the start of September.",
            "“We are choosing who gets water first, and nobody should have to make that choice,” Dacreswood said.",
        ],
    ),
    (
        "n88-jm-councillor-brackets",
        "Councillor Clevon Ashmearne (PNP, Pennington Cross Division) told the St Elizabeth Municipal Corporation’s monthly meeting on Thursday that 11 of the 14 public catchment tanks in his division were dry. Ashmearne said he would ask the corporation to spend its disaster fund on trucking.",
        [
            "Councillor Clevon Ashmearne (PNP, Pennington Cross Division) told the St Elizabeth Municipal Corporation’s monthly meeting on Thursday that 11 of the 14 public catchment tanks in his division were dry.",
            "Ashmearne said he would ask the corporation to spend its disaster fund on trucking.",
        ],
    ),
    (
        "n88-jm-nwc-release",
        "The National Water Commission said in a release on Thursday that the Ridgeworth supply system was producing 38 per cent of its normal output. The NWC said it had put 19 communities on a schedule of water two days a week. It said customers should store water in covered containers and report leaks.",
        [
            "The National Water Commission said in a release on Thursday that the Ridgeworth supply system was producing 38 per cent of its normal output.",
            "The NWC said it had put 19 communities on a schedule of water two days a week.",
            "It said customers should store water in covered containers and report leaks.",
        ],
    ),
    (
        "n88-pk-caption-dash-credit",
        "Children collect water from a tanker in Sitarabad Colony on Monday. — Photo by Khurrum Aftab-Chatta",
        [
            "Children collect water from a tanker in Sitarabad Colony on Monday.",
            "— Photo by Khurrum Aftab-Chatta",
        ],
    ),
    (
        "n88-pk-e-coli-lab",
        "According to a laboratory report seen by the Dispatch, nine of 11 water samples taken from homes in the colony on Friday contained E. coli bacteria. Mr Sahiwalia said the agency would not restore the supply until fresh samples came back clear.",
        [
            "According to a laboratory report seen by the Dispatch, nine of 11 water samples taken from homes in the colony on Friday contained E. coli bacteria.",
            "Mr Sahiwalia said the agency would not restore the supply until fresh samples came back clear.",
        ],
    ),
    (
        "n88-pk-comments-faq",
        "Comments are moderated and generally will be posted if they are on-topic and not abusive. For more information, please see our Comments FAQ.",
        [
            "Comments are moderated and generally will be posted if they are on-topic and not abusive.",
            "For more information, please see our Comments FAQ.",
        ],
    ),
    (
        "n88-lk-rm-initials",
        "Divisional Secretary R.M. Lasanthaka Gunaratiyala said residents first reported the cracks to the area’s Grama Niladhari on Wednesday evening. He said an officer from his office inspected the slope on Thursday morning and the evacuation order was issued the same afternoon.",
        [
            "Divisional Secretary R.M. Lasanthaka Gunaratiyala said residents first reported the cracks to the area’s Grama Niladhari on Wednesday evening.",
            "He said an officer from his office inspected the slope on Thursday morning and the evacuation order was issued the same afternoon.",
        ],
    ),
    (
        "n88-lk-he-said-mid",
        "He said plucking on the upper fields would stop until the NBRO gave permission. The estate employs 312 workers, he said, and 180 of them live in the evacuated line rooms.",
        [
            "He said plucking on the upper fields would stop until the NBRO gave permission.",
            "The estate employs 312 workers, he said, and 180 of them live in the evacuated line rooms.",
        ],
    ),
    (
        "n88-lk-pvt-ltd",
        "Copyright © 2026 Hill Country Ledger Newspapers (Pvt) Ltd. All rights reserved.",
        ["Copyright © 2026 Hill Country Ledger Newspapers (Pvt) Ltd.", "All rights reserved."],
    ),
    (
        "n88-sc-msp-after-name",
        "Fionnaghal Lindoresk MSP, whose constituency covers the island, said she had written to the Scottish Government’s transport minister asking for emergency funding. “For a lot of people on the island, that bus is the only way to a GP, a dentist or a bank,” she said. “Take it away and they are prisoners in their own homes.",
        [
            "Fionnaghal Lindoresk MSP, whose constituency covers the island, said she had written to the Scottish Government’s transport minister asking for emergency funding.",
            "“For a lot of people on the island, that bus is the only way to a GP, a dentist or a bank,” she said.",
            "“Take it away and they are prisoners in their own homes.",
        ],
    ),
    (
        "n88-sc-ltd-registered-no",
        "© 2026 Lorn Courier Ltd. Registered in Scotland No. SC098412.",
        ["© 2026 Lorn Courier Ltd.", "Registered in Scotland No. SC098412."],
    ),
    (
        "n88-sc-540pm",
        "He said the company had “done everything a small firm can do” to keep the route going. The managing director said the last 418 would leave Ardcuil at 5.40pm on November 30.",
        [
            "He said the company had “done everything a small firm can do” to keep the route going.",
            "The managing director said the last 418 would leave Ardcuil at 5.40pm on November 30.",
        ],
    ),
    (
        "n88-wa-qa-answer",
        "A: We asked twice for a nursery class, in 2019 and in 2022, and were told there was no budget. Three families moved away last year because there was no childcare in the village.",
        [
            "A: We asked twice for a nursery class, in 2019 and in 2022, and were told there was no budget.",
            "Three families moved away last year because there was no childcare in the village.",
        ],
    ),
    (
        "n88-wa-q-question-pair",
        "Q: Parents say the council never gave the school a chance to grow. Is that fair?",
        ["Q: Parents say the council never gave the school a chance to grow.", "Is that fair?"],
    ),
    (
        "n88-us-dr-superintendent-monday",
        "Superintendent Dr. Kristena Vanderhoef said Monday the district had offered families on the four routes $600 a semester to drive their children themselves. She said 212 families had been sent letters Friday.",
        [
            "Superintendent Dr. Kristena Vanderhoef said Monday the district had offered families on the four routes $600 a semester to drive their children themselves.",
            "She said 212 families had been sent letters Friday.",
        ],
    ),
    (
        "n88-us-am-pm-question-asked",
        "“I work 6 a.m. to 2:30 p.m. at the plant, and my wife leaves at 5:45,” said Brentel Nygaardt-Pleiss, who has two children at Tamrack Bluff Elementary. “Who is supposed to be at the bus stop?” he asked. He said he would probably ask a neighbor to drive his children for part of the $600.",
        [
            "“I work 6 a.m. to 2:30 p.m. at the plant, and my wife leaves at 5:45,” said Brentel Nygaardt-Pleiss, who has two children at Tamrack Bluff Elementary.",
            "“Who is supposed to be at the bus stop?” he asked.",
            "He said he would probably ask a neighbor to drive his children for part of the $600.",
        ],
    ),
    (
        "n88-ab-he-said-after-fact",
        "He said he did not expect them to. The district last cut allocations in 2001, when farmers received 12 acre-inches, he said.",
        [
            "He said he did not expect them to.",
            "The district last cut allocations in 2001, when farmers received 12 acre-inches, he said.",
        ],
    ),
    (
        "n88-fj-6am-split-quote",
        "He said the mill would restart on Thursday at 6am. “I understand the anger at the gate,” Mr Ramdayal-Naicker said, “and I have been out there myself to tell the drivers what is happening.”",
        [
            "He said the mill would restart on Thursday at 6am.",
            "“I understand the anger at the gate,” Mr Ramdayal-Naicker said, “and I have been out there myself to tell the drivers what is happening.”",
        ],
    ),
    (
        "n88-zm-statement-read-minister",
        "A statement from the Minister of Health was read at the briefing by the Copperbelt Provincial Health Director on the minister’s behalf. In the statement, the minister said the ministry had sent 5,000 doses of oral cholera vaccine to Kitwe and vaccination would begin on Saturday.",
        [
            "A statement from the Minister of Health was read at the briefing by the Copperbelt Provincial Health Director on the minister’s behalf.",
            "In the statement, the minister said the ministry had sent 5,000 doses of oral cholera vaccine to Kitwe and vaccination would begin on Saturday.",
        ],
    ),
    (
        "n88-sg-transcript-prefix",
        "COL PHOA: The heat broke the bedroom window, and the flames went up the facade. The flat above had its windows open, and the curtains caught. We were lucky nobody was sleeping in that room.",
        [
            "COL PHOA: The heat broke the bedroom window, and the flames went up the facade.",
            "The flat above had its windows open, and the curtains caught.",
            "We were lucky nobody was sleeping in that room.",
        ],
    ),
    (
        "n88-sg-co-regn-no",
        "Copyright © 2026 Bayfront Press Holdings Ltd. Co. Regn. No. 201288745K.",
        ["Copyright © 2026 Bayfront Press Holdings Ltd.", "Co. Regn. No. 201288745K."],
    ),
]
