"""Hundred-and-thirty-fifth set of new hand-labelled pages for the hint engines (tuning set, round fifty-one):
twelve WHOLE pages of everyday news from twelve countries, head to tail as a reader's paste gives
them, with only light page furniture at head and tail, where ATTRIBUTION and SPEAKERS are the hard
part. The pages: a Nigerian daily's courts page (Ibadan traders sue the developer who pulled down
140 shops, N412 million claimed, with testimony, cross-examination and a judge), a Malaysian news
portal (a Perak municipal council doubles night-market stall fees from RM30 to RM60 by 19 votes to
4), a South African daily's health page (an Eastern Cape clinic with one nurse for 4,000 patients a
month, with a short Q&A), a Belgian English-language sport site (a Ghent club fined €45,000 after
14 flares stop a derby for 11 minutes), an Emirati business daily (a Sharjah dairy's profit falls
38 per cent to Dh84.6 million), a Fijian local news site (flash floods in Nadi, 243mm of rain and
1,200 people in 17 evacuation centres), a United States county paper's schools page (an Ohio board
votes 4-3 to cut 11 of 38 bus routes, with a three-question box), an English weekly's police page
(heating oil stolen from 23 Lincolnshire homes, about 19,000 litres), a Zambian farming weekly (a
maize floor price of K260 a bag), a Pakistani city news site (a Lahore electric bus route delayed to
2028, 64 buses parked), a Jamaican regional weekly's culture page (a theatre group loses a $4.5
million grant) and a New Zealand politics site (a rental insulation bill passes its first reading
68-55).

What is hard is who says what. Pronoun chains across paragraphs with two people of the same gender
(a traders' chairman and a defence lawyer; a council president and a councillor; a chief executive
and a finance director; a coach and his striker and the rival coach; a commissioner and a
forecaster and a minister; a superintendent and a board member; an inspector, a pensioner and a
councillor; a minister, a farmers' chairman and two farmers; a minister and an opposition member; a
director and a treasurer; a bill's sponsor and a minister). Speakers named after the quote
("“...,” said Puan Rosnah Abdul Ghani, 54, who chairs ...", "“...?”" continuing in the next
sentence); roles before and after names and titles and honorifics dropped from the speaker (Alhaji,
Mr, Mrs, Hon., Justice, Engr., Datuk Haji, Puan, Encik, Councillor, Dr, Dr., Sister, Sheikh, Ratu,
Insp., Det. Sgt., Cllr, Ch., Rev. Dr., Board President, Superintendent), while "bin", "Rana",
"Syeda", "Al-", "van der" (capitalised at a sentence start: "Van der Haeghen said"), "de la" and
"Te" stay in the name and a later surname, title-and-surname or given-name cue ("Teoh said",
"Zulkarnain said", "Insp. Dunmore-Pike said", "Mehmood replied") resolves to the full name.
"according to" with a filing, a statement of claim, minutes, documents seen by the outlet, budget
documents, annual reports, grant lists, survey, enrollment, exchange, police and state data; "the
filing showed", "The documents ... say", "The letter says". Statements read by someone else ("In a
statement read outside the court by his lawyer, Oyerinde-Adio said", "The Prime Minister said in a
statement read by the Minister for Rural Development, ...", a founder's message read by her
granddaughter, "“...,” the message said."). Organisations as speakers and then "it said" (resolved
to the body as first named: "It said" after "The council said" is the Kinta Selatan Municipal
Council, after "The agency said" the Food Reserve Agency) beside "The council", "The department",
"The club", "The force", "the ministry", "The water authority" kept as written. Quotes continuing
over several paragraphs after "told reporters", "told the court", "told Parliament"; "wrote on X",
"wrote on Facebook", "posted on Instagram", "In a note to clients, she wrote", "In the letter, she
wrote"; "declined to comment" and "did not respond to a request for comment" fourteen times; colon
quotes ("The president was blunt: “...”", "The commissioner's message to drivers was simple: “...”",
"Mattis-Grandison was clear: “...”", "was blunt when asked about the chargers in March: “...”",
"Asked when, he said: “Soon.”"); reported speech without quotes ("Seed companies had told the
ministry ..., Mulenga-Phiri said."); a short Q&A on two pages (answers labelled "Xaba-Ntshona:" and
"A:"); a court page with testimony ("testified", "told the court", "admitted", "insisted", "put it to
him", "replied") and a judge's ruling. And sentences that name a person who is NOT the speaker beside
speakers: "Olaniyan-Bakare, 61, was the first witness ...", "Oyelaran-Sule, who is listed as a
witness ..., was not in court.", "Justice Folasade Adeyinka-Ojo asked her to sit down ...",
"Mpofu-Ngqola, 52, was seen at the clinic door ...", "His striker, Tomás de la Serna, scored both
...", "Sheikh Sultan, whose family holds 22.5 per cent ...", "Another analyst, ..., cut her price
target ...", "Her husband, Ravindra Chand, spent the night on the roof ...", "Her neighbour, Cllr
Susan Brackenbury, found the tank cap ...", "Muleya, 47, said nothing more ...", "Chaudhry, a former
development bank specialist, took charge ...", "The Rev. Dr. Winston Ferguson-Lyn, ..., read a
letter of support ...", "Waititi-Hume did not dispute that.", "Speaker Hone Tūhoe-Mackie twice
ordered the gallery to be quiet." The pages hold 530 sentences: 121 "B", 210 "W" and
199 ""; 328 sentences carry a speaker (133 distinct speakers). `STYLES` describes
each page, its story, its speakers and its furniture in order; `CASES` holds 30 split cases cut
from the pages (abbreviations and titles mid-sentence, "a.m."/"p.m." and "Ltd." ending a sentence,
"No. 4417" and "Rs. 2.8" inside one, quotes ending in "?" or "!" followed by a new sentence).

Written from scratch for issue 13 in round fifty-one, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened, no `labelled_heldout*.py`, `train_*.py`, `test_*.py`,
`hint_scores.py` or README was opened, and no engine, scorer or test was run. What was read: the
brief; the module docstrings of `labelled_new.py` and `labelled_new2.py`; `def build` in
`labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; and, through `ast` only,
the docstrings, `STYLES`, page and sentence counts and first three cases of `labelled_new131.py` and
`labelled_new132.py`, with the first page of `labelled_new132.py`. Every person, outlet, firm,
club, association, union, market, plaza, statement, filing and figure is invented; real countries,
states, provinces, cities, towns, parliaments, ministries, agencies and parties appear only as
settings, with invented statements and figures. Coined names were checked for freshness with
`grep -rlF` counts over `tests/text` (one outlet name that already occurred was renamed).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` and
of the recent sets, built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W",
"B" or "". Furniture is "B" line by line and never carries a speaker; a headline's or standfirst's
"says"/"tells court"/"warns" carries the speaker as the story first gives it ("Traders",
"Farmers", "forecasters" kept as written).

Conventions this set had to settle, in the same spirit:

* A colon quote after a verb that is not a verb of saying carries the speaker with the verb phrase
  as cue ("was blunt", "was clear", "message"); "Asked when, he said: “Soon.”" is an ordinary
  "said".
* A statement read out by someone else carries its author, not the reader; a fronted "In a
  statement read ... by his lawyer," is left out of the cue ("said"), a following one is cut to
  "said in a statement". The sentence that only reports that a message or letter was read out
  ("..., read a letter of support at a meeting on Saturday.") carries no speaker.
* "the filing showed", "The documents ... say", "The letter says" carry the document as written
  with the verb as cue, like "according to".
* An action without a verb of saying carries no speaker even when its actor is quoted elsewhere
  ("cut her price target", "referred questions to the department", "would not give a date",
  "did not dispute that"); "admitted", "insisted", "put it to him", "urged", "replied" and
  "announced" are cues.
* A descriptor before a proper name is dropped for bodies too ("The supplier, Sinova Charge
  Systems," -> "Sinova Charge Systems"); "The office of the Police and Crime Commissioner", "A
  council spokesman", "A ministry official" and "The Prime Minister" are kept as written.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Nigerian DAILY\'s courts page (Ibadan), a MARKET DEMOLITION SUIT, 86 traders claim N412 million from a developer: masthead in capitals, menu with middle dots, section label; headline "..., traders\' chairman tells court" carrying the chairman "W"; standfirst "Developer\'s lawyer says ..." carrying the lawyer "W"; byline, date line with a pipe, share line; the chairman with "Alhaji" dropped "told an Oyo State High Court" "W"; "Ltd." mid-sentence "W" and "they say" inside a sentence of record with no speaker; "Led in evidence by ... Mr ..., he said" carrying the witness, not the counsel; quotes over two paragraphs "told the court" with "2 a.m." ending a sentence; cross-examination ("admitted", "insisted", the defence lawyer\'s "put it to him", "he replied"); a second witness "testified"; "Justice ..." and "Engr. ..." naming people with no speaker; "In a statement read outside the court by his lawyer, ... said" carrying the managing director and "He said" after it; "told journalists"; "According to the statement of claim filed in January"; "Hon. ..." "did not respond to a request for comment"; a ruling on a preliminary objection; adjournment "W" (RELATED list, a tip line in two sentences, copyright split at "Ltd." before "All rights reserved.")',
    'Malaysian NEWS PORTAL (Perak), a COUNCIL VOTE, night-market stall fees doubled from RM30 to RM60: masthead in capitals, bilingual menu with pipes, section path with a slash; headline of record "W"; standfirst "Traders say ..." carrying "Traders" ""; byline in capitals, Published line, share line; "IPOH:" lead "W"; the council president with "Datuk Haji" dropped and the councillor with a Chinese name order ("Teoh said", "Zulkarnain said"), two men alternating pronouns; "told reporters" quote over two paragraphs; a trader chairwoman named after her quote with "Puan" dropped; "According to the council\'s minutes"; a colon quote "The president was blunt: “...”" with "was blunt" as cue; "The council said in a statement" kept as written and "It said" resolved to the council as first named; a council secretary with "Encik" and "bin"; a trader with "bin" in his name and his wife; "according to state figures"; "declined to comment"; "wrote on Facebook" then "he wrote" (Related Articles list, copyright split at "Sdn. Bhd." before "All rights reserved.", footer links)',
    'South African DAILY\'s health page (Eastern Cape), a RURAL CLINIC with one nurse for 4,000 patients: masthead in capitals, menu with wide spaces, section label; headline "..., doctor warns" carrying the doctor "W"; standfirst ""; byline with no "By" and an ISO date line; a caption "" and its credit; "QUMBU —" lead "W"; the doctor with "Dr" dropped and quotes ""; a nurse, "Sister ...", named only as the subject ("Mpofu-Ngqola, 52, was seen ..." with no speaker); a pensioner and her neighbour named after their quotes; "The provincial health department said" and "It said" kept as the department, "The department said" as written; a spokesperson with "Asked when, he said: “Soon.”"; "According to department figures tabled in the provincial legislature"; the MEC "did not respond to a request for comment"; a district manager who "referred questions" with no speaker; a shop steward and a union secretary "said in a statement"; a short Q&A introduced by a "B" line, questions with no speaker and answers labelled "Xaba-Ntshona:" (Read next link, newsletter ask, copyright)',
    'Belgian ENGLISH-LANGUAGE SPORT SITE (Ghent), a CLUB FINED €45,000 for derby flares: masthead in capitals, menu with dashes, section path in capitals; headline of record "W"; standfirst "Coach van der Haeghen says ..." carrying him ""; "Written by" byline, a day/month date line; caption "" and © credit; "GHENT —" lead "W"; "the league\'s disciplinary committee said in its ruling" and "It said" kept as written; its chairman "wrote in the ruling" and "He wrote"; the coach with lower-case "van der" ("Van der Haeghen said" at the start of a sentence resolves to "Pieter van der Haeghen") "told reporters" a quote over three paragraphs with "3-2." ending a sentence; the striker with "de la" ("De la Serna, 26, posted on Instagram", then "he wrote"), named beside the coach\'s "said"; the rival coach, two men alternating; the team doctor; "Leiemeersen said" resolved to the club and "The club said" as written; "declined to comment" twice; a supporters\' group "wrote on X"; "according to police", "police said" and "according to the league\'s own figures" (More football list with a quoted headline, tags, copyright)',
    'Emirati BUSINESS DAILY (Sharjah), COMPANY RESULTS, a dairy\'s profit falls 38% to Dh84.6 million: masthead in capitals, menu with pipes, section label; headline of record "W"; standfirst "Chief executive says ..." carrying her ""; staff byline, date line, share line; "according to a filing with the Abu Dhabi Securities Exchange" with "Co." mid-sentence and "the filing showed"; the chief executive with "Dr." dropped and an "Al-" surname, the finance director, two women alternating pronouns ("told analysts on a call", "Asked whether ..., Darwish-Fallahi said"); "Al-Rafeef said in a statement" and "It said" resolved to the company as first named; the chairman "Sheikh Sultan bin Khalid Al-Qassiri" named only as a subject; an analyst named after his quote ("Bou Nassar-Haddad"); a second analyst who "cut her price target" with no speaker, then "In a note to clients, she wrote"; "According to the company\'s annual report", "according to exchange data"; a ministry spokesperson "declined to comment" and "The ministry said" as written (READ MORE list, copyright split before "All rights reserved.")',
    'Fijian LOCAL NEWS SITE (Nadi), a WEATHER EMERGENCY, flash floods and 1,200 people in evacuation centres: masthead in capitals, breadcrumb with ">", headline of record "W"; standfirst "..., forecasters say" carrying "forecasters" ""; byline with no "By", an "Updated 4 mins ago" line; caption "" and credit with a slash; "according to the Fiji Roads Authority"; the divisional commissioner with "Ratu" dropped, quotes "", a colon quote "The commissioner\'s message to drivers was simple: “...”" with "message" as cue; a forecaster at the meteorological service (two men alternating); "The Prime Minister said in a statement read by the Minister for Rural Development, ..." carrying the Prime Minister, and the minister\'s own "said"; a sentence naming both men with no speaker; the power company "said" and "It said"; a shop owner named after a quote running over two paragraphs, her husband named first with no speaker and then "He said"; "The water authority said" kept as written; a Red Cross coordinator; a district officer "told the Coast News"; a ministry "did not respond to a request for comment" (Latest stories list, copyright notice in two sentences)',
    'United States COUNTY NEWSPAPER\'s schools page (Ohio), a SCHOOL BOARD VOTE 4-3 to cut 11 of 38 bus routes: masthead in capitals, subscribe strip, menu with pipes; headline of record "W"; standfirst "Superintendent says ...; parents say ..." carrying the superintendent "W"; byline, Published line with "p.m."; "OBERHOLLEN, Ohio —" lead "W", a roll call naming seven board members with no speaker, "10:20 p.m." ending a sentence; the superintendent (quotes over two paragraphs, two sentences); a board member who voted no and the superintendent, two women alternating ("Then we wait ...,” Kostrowski-Hale said."); the board president and a board member, two men alternating; a parent named after "“My son is 7,” said ..." and "“Are you going to walk him?”"; a parent\'s petition; "according to district enrollment data", "according to the Ohio Department of Education and Workforce"; the superintendent named as a subject; the teachers\' union "did not respond"; a "Three questions for the superintendent" box title "B" with "Q:" turns "" and "A:" answers carrying her (bio in two sentences, copyright)',
    'English WEEKLY PAPER\'s site (Lincolnshire), a POLICE APPEAL, heating oil stolen from 23 homes: masthead in capitals, menu with wide spaces, section path with ›; headline "..., police say" carrying Lincolnshire Police "W"; standfirst ""; byline, a weekday-and-time date line; caption "W" and credit; "Lincolnshire Police said", then "The force said" and "the force said" kept as written; the inspector with "Insp." dropped, "4 a.m." ending a sentence before "She said", "Insp. Dunmore-Pike said" and "... added"; a detective sergeant with "Det. Sgt." dropped; a pensioner (a quote, "?”") beside her neighbour "Cllr ..." named with no speaker, then the councillor with "Cllr" dropped (two women alternating); the district council "said" and "A council spokesman said"; "According to police data"; an Advertisement line inside the story; the commissioner\'s office "declined to comment"; the MP who "wrote" in a letter; a neighbourhood-watch organiser named after his quote; "incident No. 4417" mid-sentence in the force\'s appeal; a son named with no speaker (Read more link, Advertisement, copyright split at "Ltd." before "Registered in England No. ...")',
    'Zambian FARMING WEEKLY (Southern Province), a MAIZE FLOOR PRICE of K260 a bag: masthead in capitals, menu with pipes; headline of record "W"; standfirst "Farmers say ..." carrying "Farmers" "W"; byline, date-only line, share line; caption naming a farmer "" and a credit in capitals; "CHOMA —" lead with the minister, "Hon." dropped, "announced"; "The minister said" and "He said" resolved to him; "told journalists"; the smallholders\' chairman (two men alternating, the minister named inside his quote), reported speech without quotes ending "..., Mulenga-Phiri said."; "According to the Ministry of Finance\'s budget documents"; a farmer named after his quote, then named as a subject with no speaker; his neighbour (two men alternating); a woman farmer; "The agency said" as written, "It said" resolved to the Food Reserve Agency, its spokesperson; an opposition MP "wrote on Facebook" and later "did not respond to a request for comment"; the minister "asked about her post"; "according to the Zambia Statistics Agency" (More from list, copyright split before "All rights reserved.")',
    'Pakistani CITY NEWS SITE (Lahore), a TRANSPORT DELAY, an electric bus route pushed to 2028: masthead in capitals, breadcrumb with slashes; headline of record "W"; standfirst "Transit company says ...; commuters say ..." carrying the company "W"; "Staff Reporter", date line, share line with symbols; "according to documents seen by the Metro Desk", "The documents ... say" and "The letter says" as speakers; the company spokeswoman (quotes, later "Qureshi-Butt said: “...”" and "She would not give a date." with no speaker); the minister with "Rana" kept as part of the name, "told the Punjab Assembly", "On Wednesday he said", "he said" in mid-sentence, a transport secretary with "Dr." named as a subject; the opposition member with "Ch." dropped ("wrote on X", "he wrote", "Rs. 2.8 billion" mid-sentence) and the minister\'s reply, two men alternating; a managing director with "Sheikh" dropped in a colon quote "was blunt when asked ...: “...”" and "did not respond"; a nurse named after her quote ending "2028?”"; a student; "according to the transit company\'s own survey", "according to the provincial transport department"; the supplier "did not respond" (Also read link, "Comments are closed.", copyright)',
    'Jamaican REGIONAL WEEKLY\'s culture page (Trelawny), an ARTS GRANT refused to a 40-year-old theatre group: masthead in capitals, menu with pipes, section label in capitals; headline of record "W"; standfirst "Theatre company says ..." carrying the group ""; byline, a weekday date line; caption "" and a "Contributed" credit; "according to the ministry\'s grant list published on Friday"; the artistic director "told the Tidings", then "he said" twice; "In a statement, the ministry said" and "It said" kept as "the ministry"; "The Rev. Dr. Winston Ferguson-Lyn, ..., read a letter of support" with no speaker, then "He said" and "Reading from the letter, he said" carrying him; the founder\'s message "read out by her granddaughter": the introducing sentence with no speaker and "“...,” the message said." carrying the founder; an actor named after her quote; a colon quote "Mattis-Grandison was clear: “We will not beg.”"; the treasurer and the director, two men alternating; the minister "declined to comment" and her predecessor named with no speaker; "A ministry official said"; "According to the ministry\'s annual report" (MORE CULTURE list, copyright)',
    'New Zealand POLITICS NEWS SITE (Wellington), a PARLIAMENT FIRST READING, a rental insulation bill passes 68-55: masthead in capitals, menu with slashes; headline of record "W"; standfirst "Sponsor says ..." carrying the sponsor "W"; byline, time-first date line, share line; "WELLINGTON —" lead "W" and the party vote "W"; the sponsor "told Parliament" and the minister with "Hon." dropped, two women alternating over several paragraphs ("replied", "she said", "Waititi-Hume did not dispute that." with no speaker); "According to Tenancy Services data released in July"; "told reporters" quote over two paragraphs; "Asked whether ..., she said: “...”"; "The Property Owners\' Federation said in a submission" and "It said"; its chief executive in a colon quote "was blunt: “...”"; a tenant named after her quote; a tenants\' organiser; the Speaker ordering the gallery quiet with no speaker; a party spokesperson "did not respond to a request for comment" (More politics list, copyright)',
]

ARTICLES = [
    [
        [
            ("THE AGODI GAZETTE", "", "", "B"),
        ],
        [
            ("Home · Metro · Courts · Politics · Business · Sports · Opinion", "", "", "B"),
        ],
        [
            ("COURTS", "", "", "B"),
        ],
        [
            (
                "Market shops were pulled down without notice, traders' chairman tells court",
                "Rasheed Olaniyan-Bakare",
                "tells court",
                "W",
            ),
        ],
        [
            (
                "Developer's lawyer says three written notices were served on the association",
                "Tunde Arowojolu-Emiola",
                "says",
                "W",
            ),
        ],
        [
            ("By Omotayo Ladeji-Craig", "", "", "B"),
        ],
        [
            ("13 April 2027 | 6:10 pm", "", "", "B"),
        ],
        [
            ("Share: WhatsApp / Facebook / X / Copy link", "", "", "B"),
        ],
        [
            (
                "The chairman of the traders' association at Alafara Plaza in Ibadan, Alhaji Rasheed Olaniyan-Bakare, on Tuesday told an Oyo State High Court that the 140 shops in the plaza were pulled down on the night of 9 November 2026 “without one single letter” to the traders.",
                "Rasheed Olaniyan-Bakare",
                "told an Oyo State High Court",
                "W",
            ),
        ],
        [
            (
                "Olaniyan-Bakare, 61, was the first witness in a suit filed by 86 traders against Okeadu Terraces Ltd., the firm that bought the plaza from the Ibadan North Local Government in 2025.",
                "",
                "",
                "W",
            ),
            (
                "The traders are asking for N412 million in damages for goods and fittings they say were lost.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "About 60 traders, many in matching green caps, filled the public gallery and spilled into the corridor.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Led in evidence by the traders' counsel, Mr Ifeoluwa Dosunmu-Akande, he said he had paid rent of N180,000 a year for his two shops since 2009.",
                "Rasheed Olaniyan-Bakare",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We heard the bulldozers at about 2 a.m.",
                "Rasheed Olaniyan-Bakare",
                "told the court",
                "W",
            ),
            (
                "By morning there was nothing left,” he told the court.",
                "Rasheed Olaniyan-Bakare",
                "told the court",
                "",
            ),
        ],
        [
            (
                "“I had 312 bags of rice in that shop.",
                "Rasheed Olaniyan-Bakare",
                "told the court",
                "W",
            ),
            ("Not one was saved.”", "Rasheed Olaniyan-Bakare", "told the court", ""),
        ],
        [
            (
                "Under cross-examination by Tunde Arowojolu-Emiola, counsel to the developer, the witness admitted that a notice had been pasted on the market gate in October.",
                "Rasheed Olaniyan-Bakare",
                "admitted",
                "W",
            ),
            (
                "But he insisted it was “a paper that said nothing about demolition” and that the association had never received it by hand.",
                "Rasheed Olaniyan-Bakare",
                "insisted",
                "",
            ),
        ],
        [
            (
                "Arowojolu-Emiola put it to him that three written notices had been served on the association's secretary, Mr Gbenga Oyelaran-Sule, on 2, 16 and 30 October.",
                "Tunde Arowojolu-Emiola",
                "put it to him",
                "W",
            ),
        ],
        [
            ("“That is not true, my lord,” he replied.", "Rasheed Olaniyan-Bakare", "replied", ""),
            (
                "“If they served Gbenga, let them bring Gbenga.”",
                "Rasheed Olaniyan-Bakare",
                "replied",
                "",
            ),
        ],
        [
            (
                "Oyelaran-Sule, who is listed as a witness for the developer, was not in court.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Asked by the judge whether he had ever seen the secretary sign for a letter, Olaniyan-Bakare said no.",
                "Rasheed Olaniyan-Bakare",
                "said",
                "",
            ),
            (
                "“Gbenga signs for nothing, my lord,” he said.",
                "Rasheed Olaniyan-Bakare",
                "said",
                "",
            ),
            ("The courtroom laughed.", "", "", ""),
        ],
        [
            (
                "The second witness, Mrs Mosunmola Akinwande-Fagbemi, a foodstuff seller, testified that she lost beans, garri and palm oil worth N2.3 million.",
                "Mosunmola Akinwande-Fagbemi",
                "testified",
                "W",
            ),
            (
                "She said she now sells from a table by the roadside at Sango.",
                "Mosunmola Akinwande-Fagbemi",
                "said",
                "",
            ),
        ],
        [
            (
                "“Two of my children have left school,” she told the court, weeping.",
                "Mosunmola Akinwande-Fagbemi",
                "told the court",
                "",
            ),
            ("“What will I tell them?”", "Mosunmola Akinwande-Fagbemi", "told the court", ""),
        ],
        [
            (
                "Justice Folasade Adeyinka-Ojo asked her to sit down and called a 20-minute break.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "After the break, the developer's managing director, Engr. Kayode Oyerinde-Adio, who sat in the front row throughout, was not called.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "In a statement read outside the court by his lawyer, Oyerinde-Adio said the company had “followed every step the law requires” and had offered each trader a space in its new complex at a 20 per cent discount.",
                "Kayode Oyerinde-Adio",
                "said",
                "W",
            ),
            (
                "He said the complex, with 220 shops, would open in September.",
                "Kayode Oyerinde-Adio",
                "said",
                "W",
            ),
        ],
        [
            (
                "Arowojolu-Emiola told journalists after the sitting that the firm would call four witnesses.",
                "Tunde Arowojolu-Emiola",
                "told journalists",
                "W",
            ),
            (
                "He said the traders had “chosen the court over the offer on the table.”",
                "Tunde Arowojolu-Emiola",
                "said",
                "",
            ),
        ],
        [
            (
                "Dosunmu-Akande, for the traders, said the case was “about whether a poor man's shop can vanish overnight.”",
                "Ifeoluwa Dosunmu-Akande",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the statement of claim filed in January, the local government sold the plaza for N1.6 billion.",
                "the statement of claim filed in January",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The chairman of the local government, Hon. Bolanle Ajiboye-Tella, did not respond to a request for comment.",
                "Bolanle Ajiboye-Tella",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "Earlier, ruling on a preliminary objection, Justice Adeyinka-Ojo said the suit was properly before the court because the traders had written to the local government in December and received no reply.",
                "Folasade Adeyinka-Ojo",
                "said",
                "W",
            ),
            (
                "She said the defence could raise the notices “at the proper time, which is not today.”",
                "Folasade Adeyinka-Ojo",
                "said",
                "",
            ),
        ],
        [
            ("The judge adjourned the case to 3 June for continuation of hearing.", "", "", "W"),
        ],
        [
            (
                "Outside the court, the traders sang and prayed before dispersing peacefully.",
                "",
                "",
                "",
            ),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Bodija traders protest new levy", "", "", "B"),
        ],
        [
            ("Court fixes date in Challenge land case", "", "", "B"),
        ],
        [
            ("Have a story?", "", "", "B"),
            ("Email the newsdesk: desk@agodigazette.ng", "", "", "B"),
        ],
        [
            ("© 2027 Agodi Gazette Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("KINTA POST ONLINE", "", "", "B"),
        ],
        [
            ("Berita | News | Perak | Nation | Business | Food", "", "", "B"),
        ],
        [
            ("News / Perak", "", "", "B"),
        ],
        [
            ("Council doubles night-market stall fees from July", "", "", "W"),
        ],
        [
            ("Traders say RM60 a month is “the price of a week's profit”", "Traders", "say", ""),
        ],
        [
            ("BY SHARIFAH NADZIRAH HALIM", "", "", "B"),
        ],
        [
            ("Published: 28 April 2027, 9:14pm", "", "", "B"),
        ],
        [
            ("Share on: Facebook | WhatsApp | Telegram", "", "", "B"),
        ],
        [
            (
                "IPOH: The Kinta Selatan Municipal Council will raise the monthly fee for a night-market stall from RM30 to RM60 from 1 July, after a vote at its full meeting on Wednesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Council president Datuk Haji Zulkarnain Mohd Yassin said the fee had not changed since 2012 while the cost of clearing rubbish after each market had tripled.",
                "Zulkarnain Mohd Yassin",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We collect about RM190,000 a year from stall fees,” he told reporters after the meeting.",
                "Zulkarnain Mohd Yassin",
                "told reporters",
                "W",
            ),
            (
                "“We spend more than RM540,000 cleaning up.",
                "Zulkarnain Mohd Yassin",
                "told reporters",
                "W",
            ),
        ],
        [
            (
                "“Somebody has to pay the difference, and it should not be every ratepayer in Kinta Selatan.”",
                "Zulkarnain Mohd Yassin",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "Councillor Teoh Wei Jin, one of four members who voted against the increase, said the council had not consulted the 1,460 licensed traders.",
                "Teoh Wei Jin",
                "said",
                "W",
            ),
            (
                "He said a rise of 50 per cent would have been “fair enough.”",
                "Teoh Wei Jin",
                "said",
                "",
            ),
        ],
        [
            (
                "Asked about Teoh's objection, Zulkarnain said he respected it.",
                "Zulkarnain Mohd Yassin",
                "said",
                "",
            ),
            ("“But he did not bring a better number.”", "Zulkarnain Mohd Yassin", "said", ""),
        ],
        [
            (
                "Teoh replied that he had proposed RM45 at a committee meeting in March and was outvoted.",
                "Teoh Wei Jin",
                "replied",
                "W",
            ),
        ],
        [
            ("The increase was approved by 19 votes to 4, with one abstention.", "", "", "W"),
        ],
        [
            (
                "Three councillors from the state opposition walked out before the vote.",
                "",
                "",
                "W",
            ),
            (
                "Teoh, who stayed, said he understood their anger but “you cannot vote no from the car park.”",
                "Teoh Wei Jin",
                "said",
                "",
            ),
        ],
        [
            (
                "“RM60 is the price of a week's profit for a kuih seller,” said Puan Rosnah Abdul Ghani, 54, who chairs the Pasar Malam Jalan Lahat traders' association.",
                "Rosnah Abdul Ghani",
                "said",
                "",
            ),
            ("“Some of us sell only RM250 a night.”", "Rosnah Abdul Ghani", "said", "W"),
        ],
        [
            (
                "She said the association had sent a memorandum signed by 620 traders to the council on 12 April.",
                "Rosnah Abdul Ghani",
                "said",
                "W",
            ),
        ],
        [
            (
                "She said the traders would meet on Sunday night at the Jalan Lahat market.",
                "Rosnah Abdul Ghani",
                "said",
                "",
            ),
            (
                "“We will decide together whether to pay,” she said.",
                "Rosnah Abdul Ghani",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the council's minutes, the memorandum was “noted” at the finance committee and not discussed.",
                "the council's minutes",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The president was blunt: “A memorandum is not a budget.”",
                "Zulkarnain Mohd Yassin",
                "was blunt",
                "",
            ),
        ],
        [
            (
                "The council said in a statement that traders who pay a full year in advance will get one month free.",
                "The council",
                "said in a statement",
                "W",
            ),
            (
                "It said the money raised would pay for 14 new waste bins and two extra cleaning crews.",
                "Kinta Selatan Municipal Council",
                "said",
                "W",
            ),
        ],
        [
            (
                "The council also said it would “review the fee after one year.”",
                "The council",
                "said",
                "",
            ),
        ],
        [
            (
                "Council secretary Encik Hairul Anuar bin Ismail said the fee for day markets would not change this year.",
                "Hairul Anuar bin Ismail",
                "said",
                "W",
            ),
            ("He said it was RM25 a month.", "Hairul Anuar bin Ismail", "said", "W"),
        ],
        [
            (
                "Mohd Faris bin Hashim, 33, who sells grilled chicken wings at the Jalan Lahat market, said his costs had already gone up twice this year.",
                "Mohd Faris bin Hashim",
                "said",
                "W",
            ),
            ("“Chicken, gas, now the stall,” he said.", "Mohd Faris bin Hashim", "said", ""),
            ("“What next, the air?”", "Mohd Faris bin Hashim", "said", ""),
        ],
        [
            (
                "His wife, Nor Azlina Jaafar, who runs the stall at weekends, said they would raise the price of a pack of wings from RM6 to RM7.",
                "Nor Azlina Jaafar",
                "said",
                "W",
            ),
            (
                "“Customers will complain, but what to do,” she said.",
                "Nor Azlina Jaafar",
                "said",
                "",
            ),
        ],
        [
            (
                "There are 37 night markets in the municipality, according to state figures.",
                "state figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The state executive councillor for local government, Ng Siew Ling, declined to comment.",
                "Ng Siew Ling",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "Late on Wednesday, Teoh wrote on Facebook that he would raise the matter again at the next meeting.",
                "Teoh Wei Jin",
                "wrote on Facebook",
                "",
            ),
            ("“This is not over,” he wrote.", "Teoh Wei Jin", "wrote", ""),
        ],
        [
            ("Related Articles", "", "", "B"),
        ],
        [
            ("Ipoh hawkers push back on plastic ban", "", "", "B"),
        ],
        [
            ("Night market moves to new site in Menglembu", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Kinta Post Sdn. Bhd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Terms | Privacy | Advertise with us", "", "", "B"),
        ],
    ],
    [
        [
            ("IKHWEZI TIMES", "", "", "B"),
        ],
        [
            ("News  Health  Politics  Sport  Business  Lifestyle", "", "", "B"),
        ],
        [
            ("Health", "", "", "B"),
        ],
        [
            (
                "One nurse for 4,000 patients at rural clinic, doctor warns",
                "Nomvula Xaba-Ntshona",
                "warns",
                "W",
            ),
        ],
        [
            ("Patients queue from 4am at Qumbu East clinic as posts stay vacant", "", "", ""),
        ],
        [
            ("Lindiwe Mqamelo-Bester", "", "", "B"),
        ],
        [
            ("2027-05-19 07:30", "", "", "B"),
        ],
        [
            ("Patients wait outside the Qumbu East clinic before sunrise.", "", "", ""),
        ],
        [
            ("Picture: Lindiwe Mqamelo-Bester", "", "", "B"),
        ],
        [
            (
                "QUMBU — A clinic that serves about 4,000 patients a month in the OR Tambo district has had a single permanent nurse since February, after two resigned and a third was moved to a hospital.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dr Nomvula Xaba-Ntshona, who visits the Qumbu East clinic twice a month from the district hospital, said she saw 61 patients on her last visit and turned 23 away.",
                "Nomvula Xaba-Ntshona",
                "said",
                "W",
            ),
            ("“That is not medicine,” she said.", "Nomvula Xaba-Ntshona", "said", ""),
            ("“That is triage in a car park.”", "Nomvula Xaba-Ntshona", "said", ""),
        ],
        [
            (
                "She said the clinic's only nurse, Sister Zanele Mpofu-Ngqola, had not taken leave since December.",
                "Nomvula Xaba-Ntshona",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mpofu-Ngqola, 52, was seen at the clinic door at 6.30am on Tuesday handing out numbered cards.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“I came at 4 o'clock and I got number 38,” said Thandeka Gqirana, 67, a pensioner who walked 7km from Ntlabane.",
                "Thandeka Gqirana",
                "said",
                "W",
            ),
            ("“Maybe I will be seen by two.”", "Thandeka Gqirana", "said", ""),
        ],
        [
            (
                "Her neighbour, Nosipho Dlamini-Ketani, who came with her, said she had been sent home twice in May without seeing anyone.",
                "Nosipho Dlamini-Ketani",
                "said",
                "W",
            ),
            ("“They said come back tomorrow,” she said.", "Nosipho Dlamini-Ketani", "said", ""),
            ("“Tomorrow is the same.”", "Nosipho Dlamini-Ketani", "said", ""),
        ],
        [
            (
                "Xaba-Ntshona said chronic patients were now given three months of medication at a time instead of one, “which means we see them less and miss more.”",
                "Nomvula Xaba-Ntshona",
                "said",
                "W",
            ),
        ],
        [
            (
                "The provincial health department said two posts at the clinic had been advertised in March.",
                "The provincial health department",
                "said",
                "W",
            ),
            (
                "It said interviews would be held “before the end of June”.",
                "The provincial health department",
                "said",
                "W",
            ),
            (
                "The department said it could not comment on individual staff.",
                "The department",
                "said",
                "",
            ),
        ],
        [
            (
                "Department spokesperson Sizwe Mbeleni-Kota said a mobile clinic would visit Qumbu East every Thursday from June.",
                "Sizwe Mbeleni-Kota",
                "said",
                "W",
            ),
            ("He said a second doctor would join the rotation.", "Sizwe Mbeleni-Kota", "said", "W"),
            ("Asked when, he said: “Soon.”", "Sizwe Mbeleni-Kota", "said", ""),
        ],
        [
            (
                "According to department figures tabled in the provincial legislature, 1,112 nursing posts in the Eastern Cape were vacant at the end of March.",
                "department figures tabled in the provincial legislature",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The MEC for health, Luthando Mgxaji, did not respond to a request for comment.",
                "Luthando Mgxaji",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "The district's health manager, Dr Vuyo Makhaphela-Sonjica, referred questions to the department.",
                "",
                "",
                "",
            ),
            (
                "Makhaphela-Sonjica trained with Xaba-Ntshona at medical school, and the two now share the clinic rota.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Ayanda Kwetana-Mbali, a shop steward for the nurses' union at the district hospital, said nurses were being asked to “act up” as clinic managers without extra pay.",
                "Ayanda Kwetana-Mbali",
                "said",
                "W",
            ),
            (
                "She said nine had done so in the district this year.",
                "Ayanda Kwetana-Mbali",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Sister Mpofu-Ngqola is a hero, but heroes burn out,” she said.",
                "Ayanda Kwetana-Mbali",
                "said",
                "",
            ),
        ],
        [
            (
                "The union's provincial secretary, Mzukisi Ndamase-Holo, said in a statement that the union would picket the district office on 2 June.",
                "Mzukisi Ndamase-Holo",
                "said in a statement",
                "W",
            ),
            (
                "He said the union had written to the department three times since February.",
                "Mzukisi Ndamase-Holo",
                "said",
                "W",
            ),
        ],
        [
            ("We asked Dr Xaba-Ntshona three questions.", "", "", "B"),
        ],
        [
            ("Why not close the clinic for a day a week?", "", "", ""),
        ],
        [
            (
                "Xaba-Ntshona: Then 4,000 people go to the hospital, which is 38km away.",
                "Nomvula Xaba-Ntshona",
                "Xaba-Ntshona:",
                "W",
            ),
            ("Most of them cannot afford the taxi.", "Nomvula Xaba-Ntshona", "Xaba-Ntshona:", ""),
        ],
        [
            ("What would one more nurse change?", "", "", ""),
        ],
        [
            ("Xaba-Ntshona: Everything.", "Nomvula Xaba-Ntshona", "Xaba-Ntshona:", ""),
            (
                "Two nurses could see 80 patients a day.",
                "Nomvula Xaba-Ntshona",
                "Xaba-Ntshona:",
                "W",
            ),
        ],
        [
            ("Are you hopeful?", "", "", ""),
        ],
        [
            ("Xaba-Ntshona: Ask me in July.", "Nomvula Xaba-Ntshona", "Xaba-Ntshona:", ""),
        ],
        [
            ("Read next: Mthatha hospital gets new CT scanner", "", "", "B"),
        ],
        [
            ("Sign up for our weekday newsletter", "", "", "B"),
        ],
        [
            ("© Ikhwezi Media (Pty) Ltd 2027", "", "", "B"),
        ],
    ],
    [
        [
            ("FLANDERS MATCHDAY", "", "", "B"),
        ],
        [
            ("Football — Cycling — Basketball — Tennis — More", "", "", "B"),
        ],
        [
            ("FOOTBALL / FIRST DIVISION B", "", "", "B"),
        ],
        [
            ("Leiemeersen fined €45,000 after derby flares", "", "", "W"),
        ],
        [
            (
                "Coach van der Haeghen says fans “cost us more than points”",
                "Pieter van der Haeghen",
                "says",
                "",
            ),
        ],
        [
            ("Written by Jelle Verstraeten-Moors", "", "", "B"),
        ],
        [
            ("02/03/2027 — 18:45", "", "", "B"),
        ],
        [
            ("Smoke from flares drifts across the pitch during Sunday's derby.", "", "", ""),
        ],
        [
            ("© Photo News Agency Gent", "", "", "B"),
        ],
        [
            (
                "GHENT — KSV Leiemeersen have been fined €45,000 and ordered to close one stand for a home match after flares were thrown onto the pitch during Sunday's derby against Eendracht Drongen.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The match was stopped for 11 minutes in the 67th minute, the league's disciplinary committee said in its ruling on Tuesday.",
                "the league's disciplinary committee",
                "said",
                "W",
            ),
            (
                "It said 14 flares had landed on the pitch and one had hit an assistant referee's foot.",
                "the league's disciplinary committee",
                "said",
                "W",
            ),
        ],
        [
            (
                "The committee's chairman, Marc Deceuninck, wrote in the ruling that the club's stewards had “failed to search bags at the away end gate” and that the fine reflected “repeated offences.”",
                "Marc Deceuninck",
                "wrote",
                "W",
            ),
            (
                "He wrote that a second closure would follow if flares were thrown again before May.",
                "Marc Deceuninck",
                "wrote",
                "W",
            ),
        ],
        [
            (
                "Leiemeersen coach Pieter van der Haeghen told reporters at the club's training ground that he was “ashamed, not angry.”",
                "Pieter van der Haeghen",
                "told reporters",
                "",
            ),
        ],
        [
            ("“We had the game in our hands.", "Pieter van der Haeghen", "told reporters", ""),
            ("We were 2-1 up and playing well.", "Pieter van der Haeghen", "told reporters", "W"),
        ],
        [
            (
                "“Then the stupid things started, and my players stood in the middle of the pitch for 11 minutes getting cold.",
                "Pieter van der Haeghen",
                "told reporters",
                "",
            ),
        ],
        [
            ("“We lost 3-2.", "Pieter van der Haeghen", "told reporters", "W"),
            (
                "I'm not saying the flares lost it for us, but they didn't help.”",
                "Pieter van der Haeghen",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "Drongen coach Koen Vermeulen-Staes said his team had been “lucky, and we know it.”",
                "Koen Vermeulen-Staes",
                "said",
                "",
            ),
            (
                "He said Drongen's supporters had behaved “perfectly” and that the club would write to the league to praise the stewards.",
                "Koen Vermeulen-Staes",
                "said",
                "",
            ),
            ("Vermeulen-Staes, 38, played for Leiemeersen until 2016.", "", "", "W"),
        ],
        [
            (
                "His striker, Tomás de la Serna, scored both Leiemeersen goals and was substituted in the 80th minute with a hamstring injury.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Van der Haeghen said de la Serna would have a scan on Wednesday.",
                "Pieter van der Haeghen",
                "said",
                "",
            ),
            (
                "He said he would not guess how long the Spaniard would be out.",
                "Pieter van der Haeghen",
                "said",
                "",
            ),
        ],
        [
            (
                "De la Serna, 26, posted on Instagram that he was “sad for the club and for the real fans.”",
                "Tomás de la Serna",
                "posted on Instagram",
                "",
            ),
            ("“We will come back stronger,” he wrote.", "Tomás de la Serna", "wrote", ""),
        ],
        [
            (
                "Team doctor Annelies Goossens-Pauwels said the scan would show whether the injury was a tear.",
                "Annelies Goossens-Pauwels",
                "said",
                "W",
            ),
            (
                "“If it's a tear, we're talking four to six weeks,” she said.",
                "Annelies Goossens-Pauwels",
                "said",
                "",
            ),
        ],
        [
            (
                "Leiemeersen said they would ban any supporter identified from video footage for at least three years.",
                "KSV Leiemeersen",
                "said",
                "W",
            ),
            (
                "The club said it had handed 40 minutes of footage to police.",
                "The club",
                "said",
                "W",
            ),
        ],
        [
            (
                "Club chairman Bram De Wulf-Lenaerts declined to comment on whether Leiemeersen would appeal.",
                "Bram De Wulf-Lenaerts",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "The stewarding company, Veiligheid Oost, declined to comment.",
                "Veiligheid Oost",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "Supporters' group Noord 1922 wrote on X that “a few idiots” had “punished 6,000 people.”",
                "Noord 1922",
                "wrote on X",
                "",
            ),
        ],
        [
            (
                "Two men aged 19 and 23 were arrested at the ground, according to police.",
                "police",
                "according to",
                "W",
            ),
        ],
        [
            ("Both were released pending a court date, police said.", "police", "said", "W"),
        ],
        [
            (
                "Leiemeersen have now been fined €112,000 this season, according to the league's own figures, more than any other club in the division.",
                "the league's own figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The stand closure applies to the home match against Lommel-Noord on 14 March.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Next up for Leiemeersen is a trip to Aalst on Saturday.", "", "", ""),
        ],
        [
            ("Kick-off is at 20:30.", "", "", ""),
        ],
        [
            ("More football", "", "", "B"),
        ],
        [
            ("Drongen coach: “We won, but nobody is celebrating”", "", "", "B"),
        ],
        [
            ("Tags: Leiemeersen, Eendracht Drongen, First Division B, pyrotechnics", "", "", "B"),
        ],
        [
            ("© Flanders Matchday 2027", "", "", "B"),
        ],
    ],
    [
        [
            ("GULF TRADE JOURNAL", "", "", "B"),
        ],
        [
            ("Markets | Companies | Energy | Property | Retail | Opinion", "", "", "B"),
        ],
        [
            ("COMPANIES", "", "", "B"),
        ],
        [
            ("Al-Rafeef Dairy profit falls 38% as feed costs bite", "", "", "W"),
        ],
        [
            (
                "Chief executive says new plant in Al Dhaid will cut costs by 2028",
                "Reem Al-Haddabi",
                "says",
                "",
            ),
        ],
        [
            ("Gulf Trade Journal staff", "", "", "B"),
        ],
        [
            ("Thursday 11 February 2027", "", "", "B"),
        ],
        [
            ("Share  |  Email  |  Print", "", "", "B"),
        ],
        [
            (
                "SHARJAH — Al-Rafeef Dairy Co. reported a 38 per cent fall in full-year net profit to Dh84.6 million, according to a filing with the Abu Dhabi Securities Exchange on Wednesday.",
                "a filing with the Abu Dhabi Securities Exchange",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Revenue rose 6 per cent to Dh1.97 billion, the filing showed.",
                "the filing",
                "showed",
                "W",
            ),
        ],
        [
            (
                "Chief executive Dr. Reem Al-Haddabi said animal feed had cost the company Dh212 million more than in 2025, mainly because of higher prices for imported alfalfa.",
                "Reem Al-Haddabi",
                "said",
                "W",
            ),
            ("“It was a hard year,” she said.", "Reem Al-Haddabi", "said", ""),
        ],
        [
            (
                "Chief financial officer Maryam Darwish-Fallahi told analysts on a call that the company had raised prices on 41 products by an average of 4 per cent in October.",
                "Maryam Darwish-Fallahi",
                "told analysts",
                "W",
            ),
            (
                "She said further increases were “not in the plan.”",
                "Maryam Darwish-Fallahi",
                "said",
                "",
            ),
        ],
        [
            (
                "Al-Haddabi said the company's new plant in Al Dhaid, which cost Dh360 million, would start production in the third quarter.",
                "Reem Al-Haddabi",
                "said",
                "W",
            ),
            (
                "She said it would cut energy use per litre by a quarter.",
                "Reem Al-Haddabi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Asked whether the plant was on budget, Darwish-Fallahi said it was “close enough to sleep at night.”",
                "Maryam Darwish-Fallahi",
                "said",
                "",
            ),
        ],
        [
            (
                "Darwish-Fallahi said the company's debt stood at Dh610 million at the end of December, up from Dh455 million a year earlier.",
                "Maryam Darwish-Fallahi",
                "said",
                "W",
            ),
            (
                "She said most of the increase was borrowing for the new plant.",
                "Maryam Darwish-Fallahi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Al-Rafeef said in a statement that its board had proposed a cash dividend of 10 fils a share, down from 18 fils.",
                "Al-Rafeef Dairy Co.",
                "said in a statement",
                "W",
            ),
            (
                "It said the chairman, Sheikh Sultan bin Khalid Al-Qassiri, had agreed to waive his board fees for the year.",
                "Al-Rafeef Dairy Co.",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sheikh Sultan, whose family holds 22.5 per cent of the company, has chaired the board since 2014.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("He did not take part in Wednesday's call.", "", "", ""),
        ],
        [
            (
                "“The dividend cut is the headline, but the plant is the story,” said Karim Bou Nassar-Haddad, a consumer analyst at Corniche Sands Capital in Dubai.",
                "Karim Bou Nassar-Haddad",
                "said",
                "",
            ),
            (
                "“If they get the energy savings, 2028 looks very different.”",
                "Karim Bou Nassar-Haddad",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the stock had fallen 17 per cent since January.",
                "Karim Bou Nassar-Haddad",
                "said",
                "W",
            ),
        ],
        [
            (
                "Another analyst, Sunita Rajagopal-Menon of Marina Gate Securities, cut her price target on the stock to Dh4.40 from Dh5.20.",
                "",
                "",
                "W",
            ),
            (
                "In a note to clients, she wrote that the company's margins would “stay thin until the plant is running.”",
                "Sunita Rajagopal-Menon",
                "wrote",
                "",
            ),
            (
                "“We see no catalyst before the fourth quarter,” she wrote.",
                "Sunita Rajagopal-Menon",
                "wrote",
                "",
            ),
        ],
        [
            ("Shares closed 3.2 per cent lower at Dh4.11 on Thursday.", "", "", "W"),
        ],
        [
            (
                "Trading volume was 2.1 million shares, about three times the daily average.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Al-Rafeef's shares have fallen after four of its past five quarterly results, according to exchange data.",
                "exchange data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "According to the company's annual report, Al-Rafeef employs 2,340 people and sells in nine countries.",
                "the company's annual report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the Ministry of Economy declined to comment on food-price controls.",
                "A spokesperson for the Ministry of Economy",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "The ministry said in January that it was “monitoring the prices of basic goods closely.”",
                "The ministry",
                "said",
                "",
            ),
        ],
        [
            ("The ministry has capped the price of fresh milk twice since 2022.", "", "", "W"),
        ],
        [
            (
                "Al-Haddabi, asked about the ministry's comments, said the company had not been asked to freeze prices.",
                "Reem Al-Haddabi",
                "said",
                "W",
            ),
            ("“Nobody has called us,” she said.", "Reem Al-Haddabi", "said", ""),
        ],
        [
            ("READ MORE", "", "", "B"),
        ],
        [
            ("Dubai retail sales rise for fifth quarter", "", "", "B"),
        ],
        [
            ("Sharjah port volumes hit record", "", "", "B"),
        ],
        [
            ("© 2027 Gulf Trade Journal.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("NADI COAST NEWS", "", "", "B"),
        ],
        [
            ("Home > News > Weather", "", "", "B"),
        ],
        [
            ("Flash floods cut Queens Road as Nadi River bursts its banks", "", "", "W"),
        ],
        [
            ("More rain on the way, forecasters say", "forecasters", "say", ""),
        ],
        [
            ("Kalesi Vunivalu-Reece", "", "", "B"),
        ],
        [
            ("Updated 4 mins ago", "", "", "B"),
        ],
        [
            ("Residents wade through floodwater on Clay Street on Sunday afternoon.", "", "", ""),
        ],
        [
            ("Photo: NCN / Kalesi Vunivalu-Reece", "", "", "B"),
        ],
        [
            (
                "More than 1,200 people spent Sunday night in 17 evacuation centres in and around Nadi after the Nadi River burst its banks and flooded the town centre.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Queens Road was closed at two points between Nadi and Lautoka, according to the Fiji Roads Authority.",
                "the Fiji Roads Authority",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Commissioner Western Ratu Epeli Tuiwaidrau said water had reached “waist height” in the main street by 3am.",
                "Epeli Tuiwaidrau",
                "said",
                "W",
            ),
            (
                "He said there had been no deaths but two people had been taken to hospital.",
                "Epeli Tuiwaidrau",
                "said",
                "W",
            ),
        ],
        [
            ("“Please, stay in the centres,” he said.", "Epeli Tuiwaidrau", "said", ""),
            ("“The water is going down, but it is not finished.”", "Epeli Tuiwaidrau", "said", ""),
        ],
        [
            (
                "The commissioner's message to drivers was simple: “If it's flooded, forget it.”",
                "Epeli Tuiwaidrau",
                "message",
                "",
            ),
        ],
        [
            (
                "Shalvin Narayan-Pillay, a forecaster at the Fiji Meteorological Service, said 243mm of rain fell at Nadi Airport in 24 hours.",
                "Shalvin Narayan-Pillay",
                "said",
                "W",
            ),
            (
                "He said a heavy rain warning remained in force for the Western Division until Tuesday.",
                "Shalvin Narayan-Pillay",
                "said",
                "W",
            ),
        ],
        [
            (
                "Narayan-Pillay said a low-pressure system west of Vanua Levu was expected to bring another 100mm to 150mm of rain by Tuesday morning.",
                "Shalvin Narayan-Pillay",
                "said",
                "W",
            ),
            ("“The ground is full,” he said.", "Shalvin Narayan-Pillay", "said", ""),
            (
                "“Anything that falls now runs straight into the rivers.”",
                "Shalvin Narayan-Pillay",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tuiwaidrau said he had asked for the forecast to be updated every three hours.",
                "Epeli Tuiwaidrau",
                "said",
                "",
            ),
            ("He said he was “not blaming anybody.”", "Epeli Tuiwaidrau", "said", ""),
        ],
        [
            (
                "The Prime Minister said in a statement read by the Minister for Rural Development, Mosese Radrekusa-Lal, that the government would release FJ$500,000 for food rations and clean-up.",
                "The Prime Minister",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "Radrekusa-Lal read the statement at the Nadi civic centre, where he was joined by Tuiwaidrau.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Radrekusa-Lal said he would visit the evacuation centres on Monday.",
                "Mosese Radrekusa-Lal",
                "said",
                "",
            ),
        ],
        [
            (
                "The power company, Viti Grid Services, said electricity had been cut to about 4,800 homes as a precaution.",
                "Viti Grid Services",
                "said",
                "W",
            ),
            (
                "It said supply would be restored “street by street.”",
                "Viti Grid Services",
                "said",
                "",
            ),
        ],
        [
            (
                "“Everything in the shop is under water, everything,” said Anjali Devi Chand, who runs a fabric shop on Clay Street.",
                "Anjali Devi Chand",
                "said",
                "",
            ),
            ("“Same in 2012, same in 2021.", "Anjali Devi Chand", "said", "W"),
        ],
        [
            ("“How many times?”", "Anjali Devi Chand", "said", ""),
        ],
        [
            (
                "Her husband, Ravindra Chand, spent the night on the roof of the shop with their two dogs.",
                "",
                "",
                "",
            ),
            (
                "He said the water rose “about a foot an hour” after midnight.",
                "Ravindra Chand",
                "said",
                "",
            ),
        ],
        [
            (
                "The water authority said residents in Namaka and Martintar should boil drinking water until further notice.",
                "The water authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "Red Cross volunteer coordinator Litia Bale-Naidu said 600 hygiene kits had been handed out by Sunday evening.",
                "Litia Bale-Naidu",
                "said",
                "W",
            ),
            (
                "She said the centres were short of mattresses and drinking water.",
                "Litia Bale-Naidu",
                "said",
                "",
            ),
        ],
        [
            ("Schools in the Nadi district will stay closed on Monday.", "", "", "W"),
        ],
        [
            (
                "Classes will resume on Wednesday at the earliest, the district education officer, Salote Kuruvoli-Ram, told the Coast News.",
                "Salote Kuruvoli-Ram",
                "told the Coast News",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Education did not respond to a request for comment on when they would reopen.",
                "Ministry of Education",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            ("Latest stories", "", "", "B"),
        ],
        [
            ("Lautoka market closed for clean-up", "", "", "B"),
        ],
        [
            ("Sigatoka River levels “stable”", "", "", "B"),
        ],
        [
            ("Nadi Coast News © 2027.", "", "", "B"),
            ("Reproduction without permission is prohibited.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE MARLOWE COUNTY EXAMINER", "", "", "B"),
        ],
        [
            ("SUBSCRIBE   SIGN IN", "", "", "B"),
        ],
        [
            ("Local  |  Schools  |  Sports  |  Obituaries  |  Opinion", "", "", "B"),
        ],
        [
            ("Oberhollen school board votes 4-3 to cut 11 bus routes", "", "", "W"),
        ],
        [
            (
                "Superintendent says cut saves $1.3 million; parents say kids will walk along a highway",
                "Janelle Whitcombe-Ruiz",
                "says",
                "W",
            ),
        ],
        [
            ("By Trevor Ashgrove-Linden", "", "", "B"),
        ],
        [
            ("Published May 13, 2027 at 10:52 p.m.", "", "", "B"),
        ],
        [
            (
                "OBERHOLLEN, Ohio — The Oberhollen Local School District board voted 4-3 on Thursday night to cut 11 of its 38 bus routes from August, after a three-hour meeting attended by about 200 people.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Voting yes were Pfalzgraf, Oyelowo-Banks and board members Cheryl Manske and Dean Ruffing-Ulrich; voting no were Kostrowski-Hale, Mark Tolliver-Saenz and Amy Brueggeman.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The meeting, in the Oberhollen High School auditorium, ran until 10:20 p.m.",
                "",
                "",
                "W",
            ),
            ("Several parents left before the vote.", "", "", ""),
        ],
        [
            (
                "Superintendent Janelle Whitcombe-Ruiz said the cut would save $1.3 million a year, about a third of the district's projected deficit.",
                "Janelle Whitcombe-Ruiz",
                "said",
                "W",
            ),
            (
                "She said students living within 2 miles of their school would no longer be bused, up from 1 mile now.",
                "Janelle Whitcombe-Ruiz",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We have lost 46 drivers' worth of state transportation money since 2023,” she said.",
                "Janelle Whitcombe-Ruiz",
                "said",
                "W",
            ),
            ("“I don't like this.", "Janelle Whitcombe-Ruiz", "said", ""),
        ],
        [
            ("Nobody up here likes this.”", "Janelle Whitcombe-Ruiz", "said", ""),
        ],
        [
            (
                "Board member Darlene Kostrowski-Hale, who voted no, said the 2-mile line would put about 140 children from the Pine Hollow estates on State Route 93, which has no sidewalk.",
                "Darlene Kostrowski-Hale",
                "said",
                "W",
            ),
            (
                "She said the board should have asked voters for a levy first.",
                "Darlene Kostrowski-Hale",
                "said",
                "",
            ),
        ],
        [
            (
                "Whitcombe-Ruiz said a levy could not be on the ballot before November.",
                "Janelle Whitcombe-Ruiz",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Then we wait until November,” Kostrowski-Hale said.",
                "Darlene Kostrowski-Hale",
                "said",
                "",
            ),
        ],
        [
            (
                "Board President Gordon Pfalzgraf said the district would ask the Ohio Department of Transportation to add a crossing guard at Route 93.",
                "Gordon Pfalzgraf",
                "said",
                "W",
            ),
            (
                "He said the vote was “the worst one I've cast in nine years.”",
                "Gordon Pfalzgraf",
                "said",
                "",
            ),
        ],
        [
            (
                "Board member Terrence Oyelowo-Banks, who voted yes, said he had “agonized” over the vote.",
                "Terrence Oyelowo-Banks",
                "said",
                "",
            ),
            (
                "He said the district had already cut 14 teaching positions and closed Maple Street Elementary in 2025.",
                "Terrence Oyelowo-Banks",
                "said",
                "W",
            ),
            ("“There is no more fat to cut,” he said.", "Terrence Oyelowo-Banks", "said", ""),
        ],
        [
            (
                "“My son is 7,” said Brianna Tuchscherer, a parent who spoke during public comment.",
                "Brianna Tuchscherer",
                "said",
                "",
            ),
            ("“Are you going to walk him?”", "Brianna Tuchscherer", "said", ""),
        ],
        [
            (
                "Another parent, Luis Carrasco-Whitfield, said he would start a petition for a levy.",
                "Luis Carrasco-Whitfield",
                "said",
                "",
            ),
            (
                "He said 310 people had joined a Facebook group about the cuts since Monday.",
                "Luis Carrasco-Whitfield",
                "said",
                "W",
            ),
        ],
        [
            (
                "The district has 3,412 students, according to district enrollment data, down from 3,901 in 2019.",
                "district enrollment data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "State funding for school transportation in Oberhollen fell 18% between 2023 and 2026, according to the Ohio Department of Education and Workforce.",
                "the Ohio Department of Education and Workforce",
                "according to",
                "W",
            ),
            (
                "Whitcombe-Ruiz, who came to the district from Toledo in 2024, has never had a budget without cuts.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The Oberhollen Education Association, the teachers' union, did not respond to a request for comment.",
                "Oberhollen Education Association",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            ("Three questions for the superintendent", "", "", "B"),
        ],
        [
            ("Q: Could the cuts be reversed?", "", "", ""),
        ],
        [
            ("A: If a levy passes, yes, as early as January.", "Janelle Whitcombe-Ruiz", "A:", ""),
        ],
        [
            ("Q: Will any drivers lose their jobs?", "", "", ""),
        ],
        [
            ("A: No.", "Janelle Whitcombe-Ruiz", "A:", "W"),
            (
                "We have nine vacancies, so the drivers we have will cover the remaining routes.",
                "Janelle Whitcombe-Ruiz",
                "A:",
                "W",
            ),
        ],
        [
            ("Q: What do you say to the parents on Route 93?", "", "", ""),
        ],
        [
            (
                "A: That I heard them, and that I'm going to keep asking the state for that crossing guard.",
                "Janelle Whitcombe-Ruiz",
                "A:",
                "",
            ),
        ],
        [
            ("Trevor Ashgrove-Linden covers schools for the Examiner.", "", "", "B"),
            ("Reach him at tashgrove@marlowexaminer.com.", "", "", "B"),
        ],
        [
            ("© 2027 Marlowe County Examiner", "", "", "B"),
        ],
    ],
    [
        [
            ("WOLDS & MARSH ADVERTISER", "", "", "B"),
        ],
        [
            ("News    Sport    What's On    Property    Jobs", "", "", "B"),
        ],
        [
            ("News › Crime", "", "", "B"),
        ],
        [
            (
                "Heating oil stolen from 23 homes in three weeks, police say",
                "Lincolnshire Police",
                "say",
                "W",
            ),
        ],
        [
            ("Villagers told to fit tank alarms as thieves target rural Lincolnshire", "", "", ""),
        ],
        [
            ("By Harriet Pocklington-Vane", "", "", "B"),
        ],
        [
            ("Friday, 26 February 2027, 5:03 pm", "", "", "B"),
        ],
        [
            ("An oil tank at a home in Swaby, where 900 litres were taken.", "", "", "W"),
        ],
        [
            ("Picture: Wolds & Marsh Advertiser", "", "", "B"),
        ],
        [
            (
                "Thieves have drained heating oil from 23 homes in villages between Louth and Alford in the past three weeks, Lincolnshire Police said.",
                "Lincolnshire Police",
                "said",
                "W",
            ),
            (
                "The force said about 19,000 litres had been taken, worth roughly £13,300.",
                "The force",
                "said",
                "W",
            ),
        ],
        [
            (
                "Thefts have also been reported in Legbourne, Muckton and South Thoresby, the force said.",
                "the force",
                "said",
                "W",
            ),
        ],
        [
            (
                "Insp. Rachel Dunmore-Pike, who leads the neighbourhood team for the East Wolds, said most thefts happened between midnight and 4 a.m.",
                "Rachel Dunmore-Pike",
                "said",
                "W",
            ),
            (
                "She said the thieves appeared to use a van with a pump and to know which homes were empty.",
                "Rachel Dunmore-Pike",
                "said",
                "W",
            ),
        ],
        [
            (
                "“They are organised and they are patient,” she said.",
                "Rachel Dunmore-Pike",
                "said",
                "",
            ),
            ("“We will be too.”", "Rachel Dunmore-Pike", "said", ""),
        ],
        [
            (
                "Det. Sgt. Owen Carrodus-Blyth, of the force's rural crime team, said oil stolen in the county was often sold within hours to farms and small businesses.",
                "Owen Carrodus-Blyth",
                "said",
                "W",
            ),
            (
                "“If someone offers you heating oil at 40p a litre from the back of a van, ask yourself why,” he said.",
                "Owen Carrodus-Blyth",
                "said",
                "",
            ),
        ],
        [
            (
                "Maureen Ellingworth-Tate, 79, of Swaby, said 900 litres were taken from her tank while she was in hospital.",
                "Maureen Ellingworth-Tate",
                "said",
                "W",
            ),
            ("Her neighbour, Cllr Susan Brackenbury, found the tank cap on the drive.", "", "", ""),
        ],
        [
            (
                "“I came home to a freezing house,” she said.",
                "Maureen Ellingworth-Tate",
                "said",
                "",
            ),
            ("“Who does that to a pensioner?”", "Maureen Ellingworth-Tate", "said", ""),
        ],
        [
            (
                "Cllr Brackenbury, who represents Wolds Ward on East Lindsey District Council, said she had asked the council to pay for 200 tank alarms.",
                "Susan Brackenbury",
                "said",
                "W",
            ),
            ("She said they cost about £35 each.", "Susan Brackenbury", "said", "W"),
        ],
        [
            (
                "East Lindsey District Council said it would consider the request at its cabinet meeting on 10 March.",
                "East Lindsey District Council",
                "said",
                "W",
            ),
            (
                "A council spokesman said alarms were “a sensible precaution” but that it was “not the council's job to police oil tanks.”",
                "A council spokesman",
                "said",
                "",
            ),
        ],
        [
            (
                "Insp. Dunmore-Pike said two men had been stopped in a van near Withern on Monday, but no arrests had been made.",
                "Rachel Dunmore-Pike",
                "said",
                "W",
            ),
            (
                "She urged residents to report any tanker or van parked in a lay-by at night.",
                "Rachel Dunmore-Pike",
                "urged",
                "",
            ),
        ],
        [
            (
                "Anyone who spots a suspicious vehicle should not approach it, Insp. Dunmore-Pike added.",
                "Rachel Dunmore-Pike",
                "added",
                "",
            ),
        ],
        [
            (
                "According to police data, 61 heating oil thefts were reported in the county in the whole of 2026.",
                "police data",
                "according to",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The office of the Police and Crime Commissioner declined to comment on extra patrols.",
                "The office of the Police and Crime Commissioner",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "Louth and Horncastle MP Fiona Garside-Rowe said she had written to the chief constable asking for an extra night patrol.",
                "Fiona Garside-Rowe",
                "said",
                "W",
            ),
            (
                "In the letter, she wrote that villagers felt “forgotten.”",
                "Fiona Garside-Rowe",
                "wrote",
                "",
            ),
        ],
        [
            (
                "“Put a padlock on it, put a light on it, and tell your neighbours when you're away,” said Gerald Thirlwell-Marsh, who runs Swaby's neighbourhood watch.",
                "Gerald Thirlwell-Marsh",
                "said",
                "",
            ),
            (
                "He said the group's WhatsApp chat had gone from 40 members to 210 since January.",
                "Gerald Thirlwell-Marsh",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mrs Ellingworth-Tate's son, Philip, has since fitted a lock to her tank.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Anyone with information is asked to call 101, quoting incident No. 4417 of 21 February, the force said.",
                "the force",
                "said",
                "",
            ),
        ],
        [
            ("Read more: Louth car park to go cashless", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("© 2027 Wolds & Marsh Newspapers Ltd.", "", "", "B"),
            ("Registered in England No. 08814273.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE CHOMA FARMER", "", "", "B"),
        ],
        [
            ("Home | Crops | Livestock | Markets | Policy | Weather", "", "", "B"),
        ],
        [
            ("FRA sets maize price at K260 a bag", "", "", "W"),
        ],
        [
            ("Farmers say price is below their costs", "Farmers", "say", "W"),
        ],
        [
            ("By Precious Hamoonga-Zulu", "", "", "B"),
        ],
        [
            ("9 June 2027", "", "", "B"),
        ],
        [
            ("Share this story", "", "", "B"),
        ],
        [
            ("Godfrey Muleya shells maize at his farm near Pemba.", "", "", ""),
        ],
        [
            ("PHOTO: PRECIOUS HAMOONGA-ZULU", "", "", "B"),
        ],
        [
            (
                "CHOMA — The Food Reserve Agency will buy maize at K260 for a 50kg bag this season, Agriculture Minister Hon. Emmanuel Siachitema announced in Lusaka on Tuesday.",
                "Emmanuel Siachitema",
                "announced",
                "W",
            ),
        ],
        [
            (
                "The minister said the agency would buy 600,000 tonnes, up from 450,000 tonnes last year.",
                "Emmanuel Siachitema",
                "said",
                "W",
            ),
            (
                "He said buying would start on 1 July at 1,180 depots.",
                "Emmanuel Siachitema",
                "said",
                "W",
            ),
        ],
        [
            (
                "“This is a fair price for the farmer and a fair price for the consumer,” Siachitema told journalists.",
                "Emmanuel Siachitema",
                "told journalists",
                "",
            ),
            ("“We cannot please everybody.”", "Emmanuel Siachitema", "told journalists", ""),
        ],
        [
            (
                "Chanda Mulenga-Phiri, who chairs the Southern Province Smallholders' Association, said it cost his members about K290 to grow a bag of maize this season, because fertiliser prices had risen 30 per cent.",
                "Chanda Mulenga-Phiri",
                "said",
                "W",
            ),
            (
                "He said the price would push farmers to sell to traders at the farm gate.",
                "Chanda Mulenga-Phiri",
                "said",
                "",
            ),
        ],
        [
            (
                "“Last season the minister himself said K280 was the floor,” he said.",
                "Chanda Mulenga-Phiri",
                "said",
                "W",
            ),
            ("“Now it is 260 and we are told to clap.”", "Chanda Mulenga-Phiri", "said", ""),
        ],
        [
            (
                "Seed companies had told the ministry last month that planting could fall by a fifth if prices were not raised, Mulenga-Phiri said.",
                "Chanda Mulenga-Phiri",
                "said",
                "W",
            ),
            (
                "He said his association would meet in Choma on Saturday to decide whether to boycott the depots.",
                "Chanda Mulenga-Phiri",
                "said",
                "",
            ),
        ],
        [
            (
                "Siachitema said the K280 figure had been “a proposal, not a promise” and that the agency's budget had been cut by K400 million.",
                "Emmanuel Siachitema",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to the Ministry of Finance's budget documents, the agency was allocated K2.1 billion for crop purchases this year.",
                "the Ministry of Finance's budget documents",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“At K260 I lose money on every bag,” said Godfrey Muleya, who farms 8 hectares near Pemba.",
                "Godfrey Muleya",
                "said",
                "W",
            ),
            ("“But the trader pays K200, so what do I do?”", "Godfrey Muleya", "said", ""),
        ],
        [
            ("Muleya, 47, said nothing more and went back to shelling.", "", "", ""),
        ],
        [
            (
                "Kalomo farmer Regina Moono-Hamusonde said she had sold 40 bags to a trader in May for K185 each.",
                "Regina Moono-Hamusonde",
                "said",
                "W",
            ),
            ("“I needed school fees,” she said.", "Regina Moono-Hamusonde", "said", ""),
        ],
        [
            (
                "His neighbour, Bernard Hamweemba, said a trader had offered him K190 a bag on Monday and K210 on Tuesday.",
                "Bernard Hamweemba",
                "said",
                "W",
            ),
            (
                "“The trader knows the FRA is slow,” Hamweemba said.",
                "Bernard Hamweemba",
                "said",
                "",
            ),
            ("“He waits for us to be desperate.”", "Bernard Hamweemba", "said", ""),
        ],
        [
            (
                "The agency said farmers would be paid within 14 days of delivery.",
                "The agency",
                "said",
                "W",
            ),
            (
                "It said it still owed K38 million to 2,600 farmers from last season, which it would pay by the end of June.",
                "Food Reserve Agency",
                "said",
                "W",
            ),
        ],
        [
            (
                "Agency spokesperson Mwila Chisenga-Banda said depots in Choma, Kalomo and Monze would open first.",
                "Mwila Chisenga-Banda",
                "said",
                "W",
            ),
            (
                "She said farmers would need a national registration card and a letter from their cooperative to sell.",
                "Mwila Chisenga-Banda",
                "said",
                "W",
            ),
        ],
        [
            (
                "Opposition MP Esther Kaluba-Mwansa wrote on Facebook that the price was “an insult to the people who feed this country.”",
                "Esther Kaluba-Mwansa",
                "wrote on Facebook",
                "",
            ),
        ],
        [
            (
                "The minister, asked about her post, said Kaluba-Mwansa had voted for the budget that cut the agency's allocation.",
                "Emmanuel Siachitema",
                "said",
                "W",
            ),
        ],
        [
            ("Siachitema, a former agronomist, was appointed minister in 2025.", "", "", "W"),
        ],
        [
            (
                "Kaluba-Mwansa did not respond to a request for comment.",
                "Esther Kaluba-Mwansa",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "The price of a 25kg bag of breakfast mealie meal averaged K298 in May, according to the Zambia Statistics Agency.",
                "the Zambia Statistics Agency",
                "according to",
                "W",
            ),
        ],
        [
            ("More from The Choma Farmer", "", "", "B"),
        ],
        [
            ("Soya prices firm as exporters return", "", "", "B"),
        ],
        [
            ("© 2027 The Choma Farmer.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("LAHORE METRO DESK", "", "", "B"),
        ],
        [
            ("Home  /  City  /  Transport", "", "", "B"),
        ],
        [
            ("Ravi Road electric bus route delayed to 2028", "", "", "W"),
        ],
        [
            (
                "Transit company says chargers not ready; commuters say they have waited long enough",
                "Lahore Urban Transit Company",
                "says",
                "W",
            ),
        ],
        [
            ("Staff Reporter", "", "", "B"),
        ],
        [
            ("July 21, 2027", "", "", "B"),
        ],
        [
            ("🔗 Share   ✉ Email   🖨 Print", "", "", "B"),
        ],
        [
            (
                "LAHORE: The electric bus route along Ravi Road, due to open in September, will not run until at least March 2028, according to documents seen by the Metro Desk.",
                "documents seen by the Metro Desk",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The documents, a letter from the Lahore Urban Transit Company to the provincial transport department dated June 30, say the depot's 40 chargers have not been delivered.",
                "The documents",
                "say",
                "W",
            ),
        ],
        [
            (
                "The letter says the supplier blamed “port clearance delays” at Karachi for the missed dates.",
                "The letter",
                "says",
                "W",
            ),
        ],
        [
            (
                "The company's spokesperson, Hina Qureshi-Butt, confirmed the delay and said the supplier had missed two delivery dates.",
                "Hina Qureshi-Butt",
                "said",
                "W",
            ),
            (
                "She said 64 buses were already in Lahore and parked at the Shahdara depot.",
                "Hina Qureshi-Butt",
                "said",
                "W",
            ),
        ],
        [
            ("“The buses are here,” she said.", "Hina Qureshi-Butt", "said", ""),
            ("“What we cannot do is run them on hope.”", "Hina Qureshi-Butt", "said", ""),
        ],
        [
            (
                "Provincial transport minister Rana Kashif Mehmood told the Punjab Assembly in May that the route would open “on time, in September.”",
                "Rana Kashif Mehmood",
                "told the Punjab Assembly",
                "W",
            ),
        ],
        [
            (
                "On Wednesday he said he had been “given wrong information.”",
                "Rana Kashif Mehmood",
                "said",
                "",
            ),
            ("He said he had ordered an inquiry.", "Rana Kashif Mehmood", "said", ""),
        ],
        [
            (
                "The inquiry will be headed by the transport secretary, Dr. Farah Naz Chaudhry, he said, and is to report within 30 days.",
                "Rana Kashif Mehmood",
                "said",
                "W",
            ),
            (
                "Chaudhry, a former development bank specialist, took charge of the department in April.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Opposition MPA Ch. Imran Waraich wrote on X that the province had paid Rs. 2.8 billion for the buses in 2026.",
                "Imran Waraich",
                "wrote on X",
                "W",
            ),
            ("“Sixty-four buses, zero passengers,” he wrote.", "Imran Waraich", "wrote", ""),
        ],
        [
            (
                "Mehmood replied that the payment was Rs. 2.4 billion and that the rest was due on delivery of the chargers.",
                "Rana Kashif Mehmood",
                "replied",
                "W",
            ),
        ],
        [
            (
                "Waraich, who sits on the assembly's standing committee on transport, said he would ask for the company's managing director to appear before it.",
                "Imran Waraich",
                "said",
                "",
            ),
            ("“Let him tell us, not the media,” he said.", "Imran Waraich", "said", ""),
        ],
        [
            (
                "The managing director, Sheikh Adnan Rafiq, was blunt when asked about the chargers in March: “They are on a ship.”",
                "Adnan Rafiq",
                "was blunt",
                "",
            ),
            (
                "Rafiq did not respond to a request for comment on Wednesday.",
                "Adnan Rafiq",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "“I spend Rs. 400 a day on rickshaws to get to work,” said Syeda Amna Zaidi, a nurse at a hospital on Ravi Road.",
                "Syeda Amna Zaidi",
                "said",
                "W",
            ),
            (
                "“They promised us the bus in 2025, then 2026, now 2028?”",
                "Syeda Amna Zaidi",
                "said",
                "",
            ),
        ],
        [
            ("She said she no longer believed the dates.", "Syeda Amna Zaidi", "said", ""),
        ],
        [
            (
                "Another commuter, Muhammad Bilal, 22, a student at a college on Ravi Road, said the route would cut his journey from 75 minutes to about 30.",
                "Muhammad Bilal",
                "said",
                "W",
            ),
            ("“I will believe it when I sit on it,” he said.", "Muhammad Bilal", "said", ""),
        ],
        [
            (
                "Buses on the existing Ravi Road route carry about 30,000 passengers a day, according to the provincial transport department.",
                "the provincial transport department",
                "according to",
                "W",
            ),
        ],
        [
            (
                "About 85,000 people a day were expected to use the route, according to the transit company's own survey.",
                "the transit company's own survey",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The supplier, Sinova Charge Systems, did not respond to a request for comment.",
                "Sinova Charge Systems",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "Qureshi-Butt said the company was looking at “temporary charging” so some buses could run sooner.",
                "Hina Qureshi-Butt",
                "said",
                "",
            ),
            ("She would not give a date.", "", "", ""),
        ],
        [
            (
                "Asked about the minister's claim that he had been misinformed, Qureshi-Butt said: “I will not comment on that.”",
                "Hina Qureshi-Butt",
                "said",
                "",
            ),
        ],
        [
            ("Comments are closed.", "", "", "B"),
        ],
        [
            ("Also read: Canal Road signal-free plan back on table", "", "", "B"),
        ],
        [
            ("© Lahore Metro Desk 2027", "", "", "B"),
        ],
    ],
    [
        [
            ("THE NORTHCOAST TIDINGS", "", "", "B"),
        ],
        [
            ("News | Entertainment | Culture | Sport | Parish News", "", "", "B"),
        ],
        [
            ("CULTURE", "", "", "B"),
        ],
        [
            ("Falmouth players lose $4.5m grant after 40 years", "", "", "W"),
        ],
        [
            (
                "Theatre company says it will stage its anniversary season “on our own dime”",
                "Trelawny Community Players",
                "says",
                "",
            ),
        ],
        [
            ("By Kemoy Haughton-Reid", "", "", "B"),
        ],
        [
            ("Sunday, August 15, 2027", "", "", "B"),
        ],
        [
            ("Cast members rehearse at the Players' hall in Falmouth last week.", "", "", ""),
        ],
        [
            ("Photo: Contributed", "", "", "B"),
        ],
        [
            (
                "The Trelawny Community Players, the theatre group that has staged a pantomime in Falmouth every year since 1987, will receive no money from the culture ministry's arts fund this year, according to the ministry's grant list published on Friday.",
                "the ministry's grant list published on Friday",
                "according to",
                "W",
            ),
        ],
        [
            ("The group received $4.5 million last year.", "", "", "W"),
        ],
        [
            (
                "Artistic director Delroy Mattis-Grandison told the Tidings the company learned of the decision from the website.",
                "Delroy Mattis-Grandison",
                "told the Tidings",
                "W",
            ),
            ("“No letter, no call,” he said.", "Delroy Mattis-Grandison", "said", ""),
            (
                "“Forty years, and we find out on the internet.”",
                "Delroy Mattis-Grandison",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the anniversary season would go ahead “on our own dime.”",
                "Delroy Mattis-Grandison",
                "said",
                "",
            ),
        ],
        [
            (
                "In a statement, the ministry said 62 groups had applied for the fund and 31 had been successful.",
                "the ministry",
                "said",
                "W",
            ),
            (
                "It said the Players' application had arrived “after the closing date of March 31.”",
                "the ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mattis-Grandison said the application had been emailed on March 30.",
                "Delroy Mattis-Grandison",
                "said",
                "W",
            ),
            ("“I have the email,” he said.", "Delroy Mattis-Grandison", "said", ""),
        ],
        [
            (
                "The Rev. Dr. Winston Ferguson-Lyn, rector of the parish church where the Players rehearse, read a letter of support at a meeting on Saturday.",
                "",
                "",
                "",
            ),
            (
                "He said 1,900 people had signed a petition in two days.",
                "Winston Ferguson-Lyn",
                "said",
                "W",
            ),
        ],
        [
            (
                "Reading from the letter, he said the Players had “given this parish its voice for four decades.”",
                "Winston Ferguson-Lyn",
                "said",
                "",
            ),
            ("The letter was signed by the rectors of three churches in Falmouth.", "", "", "W"),
        ],
        [
            (
                "The group's founder, Beverley Mattis-Grandison, the director's mother, who is 88 and unwell, sent a message that was read out by her granddaughter, Shanice.",
                "",
                "",
                "",
            ),
            (
                "“I started this with 12 children and a bedsheet for a curtain,” the message said.",
                "Beverley Mattis-Grandison",
                "said",
                "W",
            ),
            ("“Do not let them finish it with an email.”", "Beverley Mattis-Grandison", "said", ""),
        ],
        [
            (
                "“The pantomime is how half of Falmouth learned to stand up in front of people,” said Monique Blagrove-Sterling, 34, who first acted with the group at nine.",
                "Monique Blagrove-Sterling",
                "said",
                "",
            ),
            ("“Me included.”", "Monique Blagrove-Sterling", "said", ""),
        ],
        [
            (
                "Mattis-Grandison was clear: “We will not beg.”",
                "Delroy Mattis-Grandison",
                "was clear",
                "",
            ),
        ],
        [
            (
                "Alphonso Brissett, the group's treasurer, said the company had about $1.1 million in the bank, enough for one production.",
                "Alphonso Brissett",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said the Players had applied to two private foundations.",
                "Alphonso Brissett",
                "said",
                "W",
            ),
            (
                "Mattis-Grandison said he had not been told of those applications.",
                "Delroy Mattis-Grandison",
                "said",
                "",
            ),
            (
                "“Alphonso handles the money and I handle the stage,” he said.",
                "Delroy Mattis-Grandison",
                "said",
                "",
            ),
        ],
        [
            (
                "Mattis-Grandison said the company would charge $1,500 for adult tickets, up from $1,000, and keep children's tickets at $500.",
                "Delroy Mattis-Grandison",
                "said",
                "W",
            ),
        ],
        [
            (
                "Culture minister Olivia Grant-Vassell declined to comment.",
                "Olivia Grant-Vassell",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "A ministry official said last year that community groups should look for sponsors rather than rely on the fund.",
                "A ministry official",
                "said",
                "",
            ),
        ],
        [
            (
                "Her predecessor, Leonard Hoo-Campbell, opened the Players' new rehearsal hall in 2019.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "According to the ministry's annual report, the arts fund was cut from $310 million to $240 million this year.",
                "the ministry's annual report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Players' next show, a revue called Forty, opens at the Falmouth parish hall on October 9.",
                "",
                "",
                "W",
            ),
            ("Tickets go on sale on September 1.", "", "", ""),
        ],
        [
            ("MORE CULTURE", "", "", "B"),
        ],
        [
            ("Montego Bay jazz week adds second stage", "", "", "B"),
        ],
        [
            ("Copyright 2027 Northcoast Tidings Ltd.", "", "", "B"),
        ],
    ],
    [
        [
            ("HARBOURVIEW POLITICS", "", "", "B"),
        ],
        [
            ("Home / Parliament / Economy / Local / World", "", "", "B"),
        ],
        [
            ("Rental insulation bill passes first reading 68-55", "", "", "W"),
        ],
        [
            (
                "Sponsor says 90,000 homes still fail standards",
                "Aroha Te Maiharoa-Kells",
                "says",
                "W",
            ),
        ],
        [
            ("By Callum Ruddenklau", "", "", "B"),
        ],
        [
            ("7:42pm, Wednesday, 1 September 2027", "", "", "B"),
        ],
        [
            ("Share | Email | Copy link", "", "", "B"),
        ],
        [
            (
                "WELLINGTON — A member's bill that would let tenants cut their rent by 10 per cent while a home fails insulation standards passed its first reading in Parliament on Wednesday night by 68 votes to 55.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Labour, the Greens and Te Pāti Māori voted for the bill, and National, ACT and New Zealand First against.",
                "",
                "",
                "W",
            ),
            ("One National MP, Tom Harnett-Oduya, was absent.", "", "", "W"),
        ],
        [
            (
                "The bill's sponsor, Aroha Te Maiharoa-Kells, told Parliament that about 90,000 rental homes still failed the standards, four years after the deadline.",
                "Aroha Te Maiharoa-Kells",
                "told Parliament",
                "W",
            ),
            (
                "“Those families are paying full rent for a cold house,” she said.",
                "Aroha Te Maiharoa-Kells",
                "said",
                "",
            ),
        ],
        [
            ("Te Maiharoa-Kells, a former nurse, entered Parliament in 2023.", "", "", "W"),
            ("Waititi-Hume has been housing minister since March 2026.", "", "", "W"),
        ],
        [
            (
                "Housing Minister Hon. Kiri Waititi-Hume, whose party voted against the bill, said the 90,000 figure was out of date.",
                "Kiri Waititi-Hume",
                "said",
                "W",
            ),
            (
                "She said Tenancy Services data showed 61,000 homes.",
                "Kiri Waititi-Hume",
                "said",
                "W",
            ),
        ],
        [
            (
                "Te Maiharoa-Kells replied that the minister's number counted only homes that had been inspected.",
                "Aroha Te Maiharoa-Kells",
                "replied",
                "",
            ),
            ("“Nobody inspects the worst ones,” she said.", "Aroha Te Maiharoa-Kells", "said", ""),
        ],
        [
            (
                "According to Tenancy Services data released in July, 4,210 complaints about insulation were made in the year to June.",
                "Tenancy Services data released in July",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Outside the debating chamber, Waititi-Hume told reporters the bill would “punish good landlords along with bad ones.”",
                "Kiri Waititi-Hume",
                "told reporters",
                "",
            ),
            ("“Most landlords have done the work.", "Kiri Waititi-Hume", "told reporters", ""),
            (
                "They spent an average of $4,800 a house.",
                "Kiri Waititi-Hume",
                "told reporters",
                "W",
            ),
        ],
        [
            (
                "“I would rather chase the ones who haven't.”",
                "Kiri Waititi-Hume",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "She said the government would bring its own changes to the standards “later this year.”",
                "Kiri Waititi-Hume",
                "said",
                "",
            ),
            (
                "Asked whether that meant before the election, she said: “Later this year.”",
                "Kiri Waititi-Hume",
                "said",
                "",
            ),
        ],
        [
            (
                "Te Maiharoa-Kells said the minister had voted for the original standards as an opposition MP in 2017.",
                "Aroha Te Maiharoa-Kells",
                "said",
                "W",
            ),
            ("Waititi-Hume did not dispute that.", "", "", "W"),
            (
                "She said the standards had been “written for a different housing market.”",
                "Kiri Waititi-Hume",
                "said",
                "",
            ),
        ],
        [
            (
                "The Property Owners' Federation said in a submission that the bill would lead to “fewer rental homes, not warmer ones.”",
                "Property Owners' Federation",
                "said in a submission",
                "W",
            ),
            (
                "It said 1,400 of its members had sold a rental property since 2024.",
                "Property Owners' Federation",
                "said",
                "W",
            ),
        ],
        [
            (
                "The federation's chief executive, Graham Tisdall-Rowe, was blunt: “This bill builds nothing.”",
                "Graham Tisdall-Rowe",
                "was blunt",
                "",
            ),
        ],
        [
            (
                "“My kids were sick every winter in that house,” said Mere Pōtae-Lindgren, a tenant from Porirua who watched the debate from the gallery.",
                "Mere Pōtae-Lindgren",
                "said",
                "",
            ),
            ("“Every winter.”", "Mere Pōtae-Lindgren", "said", ""),
        ],
        [
            (
                "Sefo Lemalu-Tane, an organiser for the tenants' group Renters' Voice Aotearoa, said the group had collected 11,000 signatures for the bill.",
                "Sefo Lemalu-Tane",
                "said",
                "W",
            ),
            (
                "“We're not asking for free houses, just warm ones,” he said.",
                "Sefo Lemalu-Tane",
                "said",
                "",
            ),
        ],
        [
            ("Speaker Hone Tūhoe-Mackie twice ordered the gallery to be quiet.", "", "", ""),
        ],
        [
            (
                "The bill now goes to the social services select committee, which has six months to report back.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Green Party's housing spokesperson did not respond to a request for comment on whether it would seek changes.",
                "The Green Party's housing spokesperson",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            ("More politics", "", "", "B"),
        ],
        [
            ("Select committee to hear from 300 on fuel tax", "", "", "B"),
        ],
        [
            ("© 2027 Harbourview Media Limited", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n135-ng-bulldozers",
        "“We heard the bulldozers at about 2 a.m. By morning there was nothing left,” he told the court.",
        [
            "“We heard the bulldozers at about 2 a.m.",
            "By morning there was nothing left,” he told the court.",
        ],
    ),
    (
        "n135-ng-ltd",
        "Olaniyan-Bakare, 61, was the first witness in a suit filed by 86 traders against Okeadu Terraces Ltd., the firm that bought the plaza from the Ibadan North Local Government in 2025. The traders are asking for N412 million in damages for goods and fittings they say were lost.",
        [
            "Olaniyan-Bakare, 61, was the first witness in a suit filed by 86 traders against Okeadu Terraces Ltd., the firm that bought the plaza from the Ibadan North Local Government in 2025.",
            "The traders are asking for N412 million in damages for goods and fittings they say were lost.",
        ],
    ),
    (
        "n135-ng-my-lord",
        "“That is not true, my lord,” he replied. “If they served Gbenga, let them bring Gbenga.”",
        [
            "“That is not true, my lord,” he replied.",
            "“If they served Gbenga, let them bring Gbenga.”",
        ],
    ),
    (
        "n135-ng-gbenga",
        "Asked by the judge whether he had ever seen the secretary sign for a letter, Olaniyan-Bakare said no. “Gbenga signs for nothing, my lord,” he said. The courtroom laughed.",
        [
            "Asked by the judge whether he had ever seen the secretary sign for a letter, Olaniyan-Bakare said no.",
            "“Gbenga signs for nothing, my lord,” he said.",
            "The courtroom laughed.",
        ],
    ),
    (
        "n135-ng-engr",
        "After the break, the developer's managing director, Engr. Kayode Oyerinde-Adio, who sat in the front row throughout, was not called.",
        [
            "After the break, the developer's managing director, Engr. Kayode Oyerinde-Adio, who sat in the front row throughout, was not called.",
        ],
    ),
    (
        "n135-ng-copyright",
        "© 2027 Agodi Gazette Ltd. All rights reserved.",
        [
            "© 2027 Agodi Gazette Ltd.",
            "All rights reserved.",
        ],
    ),
    (
        "n135-my-wings",
        "Mohd Faris bin Hashim, 33, who sells grilled chicken wings at the Jalan Lahat market, said his costs had already gone up twice this year. “Chicken, gas, now the stall,” he said. “What next, the air?”",
        [
            "Mohd Faris bin Hashim, 33, who sells grilled chicken wings at the Jalan Lahat market, said his costs had already gone up twice this year.",
            "“Chicken, gas, now the stall,” he said.",
            "“What next, the air?”",
        ],
    ),
    (
        "n135-my-sdn-bhd",
        "Copyright © 2027 Kinta Post Sdn. Bhd. All rights reserved.",
        [
            "Copyright © 2027 Kinta Post Sdn. Bhd.",
            "All rights reserved.",
        ],
    ),
    (
        "n135-my-blunt",
        "The president was blunt: “A memorandum is not a budget.”",
        [
            "The president was blunt: “A memorandum is not a budget.”",
        ],
    ),
    (
        "n135-za-qa",
        "Xaba-Ntshona: Then 4,000 people go to the hospital, which is 38km away. Most of them cannot afford the taxi.",
        [
            "Xaba-Ntshona: Then 4,000 people go to the hospital, which is 38km away.",
            "Most of them cannot afford the taxi.",
        ],
    ),
    (
        "n135-za-soon",
        "Department spokesperson Sizwe Mbeleni-Kota said a mobile clinic would visit Qumbu East every Thursday from June. He said a second doctor would join the rotation. Asked when, he said: “Soon.”",
        [
            "Department spokesperson Sizwe Mbeleni-Kota said a mobile clinic would visit Qumbu East every Thursday from June.",
            "He said a second doctor would join the rotation.",
            "Asked when, he said: “Soon.”",
        ],
    ),
    (
        "n135-be-lost",
        "“We lost 3-2. I'm not saying the flares lost it for us, but they didn't help.”",
        [
            "“We lost 3-2.",
            "I'm not saying the flares lost it for us, but they didn't help.”",
        ],
    ),
    (
        "n135-be-deceuninck",
        "The committee's chairman, Marc Deceuninck, wrote in the ruling that the club's stewards had “failed to search bags at the away end gate” and that the fine reflected “repeated offences.” He wrote that a second closure would follow if flares were thrown again before May.",
        [
            "The committee's chairman, Marc Deceuninck, wrote in the ruling that the club's stewards had “failed to search bags at the away end gate” and that the fine reflected “repeated offences.”",
            "He wrote that a second closure would follow if flares were thrown again before May.",
        ],
    ),
    (
        "n135-ae-dr",
        "Chief executive Dr. Reem Al-Haddabi said animal feed had cost the company Dh212 million more than in 2025, mainly because of higher prices for imported alfalfa. “It was a hard year,” she said.",
        [
            "Chief executive Dr. Reem Al-Haddabi said animal feed had cost the company Dh212 million more than in 2025, mainly because of higher prices for imported alfalfa.",
            "“It was a hard year,” she said.",
        ],
    ),
    (
        "n135-ae-co",
        "SHARJAH — Al-Rafeef Dairy Co. reported a 38 per cent fall in full-year net profit to Dh84.6 million, according to a filing with the Abu Dhabi Securities Exchange on Wednesday.",
        [
            "SHARJAH — Al-Rafeef Dairy Co. reported a 38 per cent fall in full-year net profit to Dh84.6 million, according to a filing with the Abu Dhabi Securities Exchange on Wednesday.",
        ],
    ),
    (
        "n135-fj-shop",
        "“Everything in the shop is under water, everything,” said Anjali Devi Chand, who runs a fabric shop on Clay Street. “Same in 2012, same in 2021.",
        [
            "“Everything in the shop is under water, everything,” said Anjali Devi Chand, who runs a fabric shop on Clay Street.",
            "“Same in 2012, same in 2021.",
        ],
    ),
    (
        "n135-fj-ground",
        "Narayan-Pillay said a low-pressure system west of Vanua Levu was expected to bring another 100mm to 150mm of rain by Tuesday morning. “The ground is full,” he said. “Anything that falls now runs straight into the rivers.”",
        [
            "Narayan-Pillay said a low-pressure system west of Vanua Levu was expected to bring another 100mm to 150mm of rain by Tuesday morning.",
            "“The ground is full,” he said.",
            "“Anything that falls now runs straight into the rivers.”",
        ],
    ),
    (
        "n135-us-pm",
        "The meeting, in the Oberhollen High School auditorium, ran until 10:20 p.m. Several parents left before the vote.",
        [
            "The meeting, in the Oberhollen High School auditorium, ran until 10:20 p.m.",
            "Several parents left before the vote.",
        ],
    ),
    (
        "n135-us-qa-no",
        "A: No. We have nine vacancies, so the drivers we have will cover the remaining routes.",
        [
            "A: No.",
            "We have nine vacancies, so the drivers we have will cover the remaining routes.",
        ],
    ),
    (
        "n135-us-drivers",
        "“We have lost 46 drivers' worth of state transportation money since 2023,” she said. “I don't like this.",
        [
            "“We have lost 46 drivers' worth of state transportation money since 2023,” she said.",
            "“I don't like this.",
        ],
    ),
    (
        "n135-uk-insp",
        "Insp. Rachel Dunmore-Pike, who leads the neighbourhood team for the East Wolds, said most thefts happened between midnight and 4 a.m. She said the thieves appeared to use a van with a pump and to know which homes were empty.",
        [
            "Insp. Rachel Dunmore-Pike, who leads the neighbourhood team for the East Wolds, said most thefts happened between midnight and 4 a.m.",
            "She said the thieves appeared to use a van with a pump and to know which homes were empty.",
        ],
    ),
    (
        "n135-uk-det-sgt",
        "Det. Sgt. Owen Carrodus-Blyth, of the force's rural crime team, said oil stolen in the county was often sold within hours to farms and small businesses. “If someone offers you heating oil at 40p a litre from the back of a van, ask yourself why,” he said.",
        [
            "Det. Sgt. Owen Carrodus-Blyth, of the force's rural crime team, said oil stolen in the county was often sold within hours to farms and small businesses.",
            "“If someone offers you heating oil at 40p a litre from the back of a van, ask yourself why,” he said.",
        ],
    ),
    (
        "n135-uk-incident-no",
        "Anyone with information is asked to call 101, quoting incident No. 4417 of 21 February, the force said.",
        [
            "Anyone with information is asked to call 101, quoting incident No. 4417 of 21 February, the force said.",
        ],
    ),
    (
        "n135-uk-registered",
        "© 2027 Wolds & Marsh Newspapers Ltd. Registered in England No. 08814273.",
        [
            "© 2027 Wolds & Marsh Newspapers Ltd.",
            "Registered in England No. 08814273.",
        ],
    ),
    (
        "n135-zm-k260",
        "“At K260 I lose money on every bag,” said Godfrey Muleya, who farms 8 hectares near Pemba. “But the trader pays K200, so what do I do?”",
        [
            "“At K260 I lose money on every bag,” said Godfrey Muleya, who farms 8 hectares near Pemba.",
            "“But the trader pays K200, so what do I do?”",
        ],
    ),
    (
        "n135-pk-ch-rs",
        "Opposition MPA Ch. Imran Waraich wrote on X that the province had paid Rs. 2.8 billion for the buses in 2026. “Sixty-four buses, zero passengers,” he wrote.",
        [
            "Opposition MPA Ch. Imran Waraich wrote on X that the province had paid Rs. 2.8 billion for the buses in 2026.",
            "“Sixty-four buses, zero passengers,” he wrote.",
        ],
    ),
    (
        "n135-pk-rickshaw",
        "“I spend Rs. 400 a day on rickshaws to get to work,” said Syeda Amna Zaidi, a nurse at a hospital on Ravi Road. “They promised us the bus in 2025, then 2026, now 2028?”",
        [
            "“I spend Rs. 400 a day on rickshaws to get to work,” said Syeda Amna Zaidi, a nurse at a hospital on Ravi Road.",
            "“They promised us the bus in 2025, then 2026, now 2028?”",
        ],
    ),
    (
        "n135-jm-rev-dr",
        "The Rev. Dr. Winston Ferguson-Lyn, rector of the parish church where the Players rehearse, read a letter of support at a meeting on Saturday. He said 1,900 people had signed a petition in two days.",
        [
            "The Rev. Dr. Winston Ferguson-Lyn, rector of the parish church where the Players rehearse, read a letter of support at a meeting on Saturday.",
            "He said 1,900 people had signed a petition in two days.",
        ],
    ),
    (
        "n135-nz-later",
        "She said the government would bring its own changes to the standards “later this year.” Asked whether that meant before the election, she said: “Later this year.”",
        [
            "She said the government would bring its own changes to the standards “later this year.”",
            "Asked whether that meant before the election, she said: “Later this year.”",
        ],
    ),
    (
        "n135-nz-landlords",
        "Outside the debating chamber, Waititi-Hume told reporters the bill would “punish good landlords along with bad ones.” “Most landlords have done the work. They spent an average of $4,800 a house.",
        [
            "Outside the debating chamber, Waititi-Hume told reporters the bill would “punish good landlords along with bad ones.”",
            "“Most landlords have done the work.",
            "They spent an average of $4,800 a house.",
        ],
    ),
]
