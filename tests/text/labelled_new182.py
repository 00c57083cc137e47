"""Hundred-and-eighty-second set of new hand-labelled pages for the hint engines (tuning set, round sixty-three):
twelve WHOLE pages of ORDINARY daily news, head to tail as a reader's paste gives them, from
English-language outlets in twelve countries of South Asia, South-East Asia and the Middle East, one
beat per page, each pasted with THE SITE'S OWN WIDGETS as a paste mangles them. The pages: an Indian
city newspaper's website on the DESKTOP (TRANSPORT: Pune's bus corporation raises its minimum fare
from Rs 10 to Rs 15); a Pakistani newspaper's website on a PHONE (PRICES: Lahore's district
administration cuts the official roti price to Rs18); a Bangladeshi newspaper's AMP page (WEATHER:
Chuadanga records 42.3°C as a heatwave covers 31 districts); a Sri Lankan newspaper in READER MODE
(SCHOOLS: the G.C.E. O/L results, 73.4% of school candidates qualifying for A/L); a Nepali
newspaper's PRINT VIEW (HEALTH: dengue cases in the Kathmandu Valley pass 9,000); a Philippine news
site's article SHARED FROM ITS APP (COURTS: a Quezon City court convicts a former payroll officer of
estafa over P4.2 million); a Malaysian news site's EMAIL NEWSLETTER in WEBMAIL (COUNCILS: Petaling
Jaya City Council revalues 198,412 properties); a Singaporean business site on the DESKTOP (BUSINESS:
a Catalist-listed food court operator's half-year profit falls 38%); an Emirati news site on a PHONE
(CRIME: Dubai Police arrest 14 over fake holiday-home listings); a Qatari news site's AMP page
(UTILITIES: a 14-hour water cut in Al Wakrah and Al Wukair); a Jordanian sports site's article
SHARED FROM ITS APP (SPORT: Al-Hussein beat Al-Ramtha 2-1 in the Irbid derby); and a Lebanese culture
site on the DESKTOP with a cookie banner (CULTURE: Tripoli's Old City Music Nights return with 14
free concerts).

What is hard is the furniture the paste drags in, often glued to the story or to itself, and the
people behind local titles. The widgets: a menu GLUED INTO ONE WORD ("HomePuneMumbaiIndia..."), menus
and share strips on one line, market and live-score TICKERS, WEATHER, AQI, PRAYER-TIME, CURRENCY,
GOLD, FUEL and REMITTANCE-RATE strips, language switchers in four scripts, trending tags and topic
lines, "ALSO READ", "Also Read:", "READ ALSO:" and "RELATED:" links inside the story (one GLUED to the
end of a body paragraph), ad and "Sponsored" labels (a sponsored block of three sentences), video
players (a title and a running time), POLL and QUIZ widgets (question, options, results), comment
counts and comments, app and notification banners, follow prompts (Google News, WhatsApp, Telegram),
registration and cookie walls, listen and gift lines, licence lines ("MCI (P) 012/03/2027", "Co. Reg.
No. 201812345K"), contact lines and copyright lines split at a firm suffix. The people: speakers
named with the titles and honorifics each country's press uses ("Dr. Sanjeevani Ghorpade-Kulkarni,
IAS,", "Smt.", "Adv.", "Prof."; "Haji", "Additional Deputy Commissioner (General) Rana Zulqarnain
Haider" and "ADC Rana Zulqarnain said"; "Engr Md Mahbubur Rahman Talukder", "Dr Farhana said"; "Mrs.
K.A.D. Nilmini Senanayake", "Ven. Welimada Dhammaloka Thero" and "the Thero said"; "Dr Sagun Bahadur
Thapa Magar"; "Judge Ma. Teresita Villaruel-Dimalanta", "Atty. Jose Rizalino Mercado Jr.", "Engr.
Ramon “Mon” Villacorta III", "Aling Bebeng"; "Mayor Datuk Mohd Azrul Hisham Abdul Rahim" and "Mohd
Azrul said", "Datuk Seri", "Dr Ravindran a/l Supramaniam", "Puan"; "Mr Tan", "Madam Lim Ah Moi", "said
Mr Hafiz", "Associate Professor ..." and "Prof Lee"; "Brigadier ..." and "Brig Al Hammadi",
"Lieutenant Colonel Dr Maryam Hassan Al Marri"; "Eng. Nasser Mubarak Al Sulaiti", "Dr. Aisha said";
"Eng. Bilal Fawwaz Al-Khasawneh", "Haj Suleiman"; "Fr. Antoine Karam-Youssef" and "Father Antoine
said", "Sheikh Bilal Adnan Shaarani", "Abu Ali"). Statements of record stand beside plans, forecasts,
advice and anecdote, sentence by sentence, as the conventions below label them.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets (`labelled_new179.py`, `labelled_new180.py`), built with
`labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines, so every
masthead, menu, strip, ticker, switcher, crumb, byline, date line, share line, caption, credit, link,
label, widget line, table row, comment and legal line is a paragraph of its own, except that a
caption and a credit pasted in one line are two sentences of one paragraph, and a link glued to a
body paragraph is a second sentence of that paragraph); each paragraph a list of sentences `(text,
speaker, cue, flags)`, flags "W", "B" or "". As in the recent sets: furniture "B" line by line,
whatever it says, never with a speaker; a caption by its content and its credit "B"; tables pasted as
lines with a "B" title, header row and source line and "" data rows; line-ups and referee lines ""
(data); headlines and standfirsts never split and flagged by content, their "says" or "say" carrying
the source as the body first names it; a dateline belongs to its lead sentence; a person is named in
full as first given, without titles, ranks, degrees or honorifics before or after the name, and a
pronoun, surname, given name or honorific form resolves to that name; a quote over several sentences
carries its speaker and cue in each; "according to X" gives X as written, a bracketed acronym or a
descriptor dropped; an acronym or "It" that still names a body resolves to the name as first given,
and a single generic noun is kept as written ("the corporation", "the department", "the division",
"the council", "The council", "the court", "the bureau", "the association"); a channel phrase after
the verb is part of the cue ("told reporters at the Swargate headquarters", "said in Marathi", "said in
a notice", "told The Padma Sentinel", "told the Herald", "said in a filing to the Singapore Exchange",
"said in Mandarin", "told reporters outside the courtroom", "told Wadi Sport", "said in a statement")
and a fronted one is not ("In a statement, Tamaraw Freight Solutions Inc. said"); a body acting with no
verb of saying carries no speaker (the administration's price cut, the DSHE's closure order, the
judge's sentence, the company's results and dividend).

Conventions this set had to settle, in the same spirit:

* WIDGETS are furniture, "B" line by line, whatever they hold: tickers and strips of rates, prices,
  weather and prayer times; language switchers; poll and quiz questions, options and results (a poll
  question is "B" though it asks something, a result line is "B" though it counts votes); video
  running times and credits (the video's title is labelled like a caption, ""); "Advertisement",
  "Sponsored" and the sponsored text itself; app, notification, follow and newsletter prompts;
  trending tags; comment counts and comments. A widget line holding several sentences is split like
  any text ("Renovating?" / "Get 10% off ..." / "T&Cs apply."; "This article is free to read." /
  "Register to ..."; a comment split at "!" or "."), and a widget with no full stop stays one
  sentence however long. A related link glued to the end of a body paragraph ("..., she said. ALSO
  READ | Pune Metro's ...") is a sentence of its own, "B", in that paragraph.
* TITLES AND HONORIFICS DROPPED: "Shri", "Smt.", "Dr.", "Adv.", "Prof." and the service tag "IAS"
  after a name (India); "Haji", ranks such as "Additional Deputy Commissioner (General)" and "ADC"
  (Pakistan); "Dr", "Engr" (Bangladesh); "Mrs.", "Ven." and the monk's honorific "Thero" AFTER the
  name, so "Ven. Welimada Dhammaloka Thero" is "Welimada Dhammaloka" and "the Thero said" resolves to
  him (Sri Lanka); "Dr" (Nepal); "Judge", "Atty.", "Engr." and "Aling" (the Philippines); "Datuk",
  "Datuk Seri", "Dr", "Puan", "Mayor", "Councillor" (Malaysia); "Mr", "Ms", "Madam", "Associate
  Professor", "Prof" (Singapore); "Brigadier", "Brig", "Lieutenant Colonel", "Dr" (the UAE); "Eng.",
  "Dr." (Qatar); "Eng.", "Haj" (Jordan); "Fr.", "Father", "Sheikh" (Lebanon).
* NAME PARTS KEPT: "Md", the written short form of a given name, is part of a Bangladeshi name ("Md
  Tanvir Ahmed Bhuiyan"); "Rana" is part of a Pakistani name ("Rana Zulqarnain Haider"); Sri Lankan
  INITIALS are part of the name ("W.P. Sanjeewa Karunarathna", "K.A.D. Nilmini Senanayake", "S.
  Kirubakaran"); "Ma." (for Maria) is part of a Filipino name and "Jr." and "III" stay ("Ma. Teresita
  Villaruel-Dimalanta", "Jose Rizalino Mercado Jr.", "Ramon Villacorta III"); the Malaysian "a/l" stays
  ("Ravindran a/l Supramaniam"); "Al", "Al-", "Abu", "Abi" and "Bani" inside Arab surnames stay ("Abu
  Snaineh", "Bani Yaseen", "Rita Elias Abi Saab"); Nepali double surnames stay whole ("Sagun Bahadur
  Thapa Magar", and "Thapa Magar said").
* NICKNAMES AND ALIASES inside or beside a name are not part of the label and resolve to it: the
  Marathi "alias" form "Dattatray alias Bapu Jagtap" is "Dattatray Jagtap", and "Bapu said" resolves to
  him; the Filipino quoted nickname in "Engr. Ramon “Mon” Villacorta III" is left out; "whom the workers
  call Aling Bebeng" and "Aling Bebeng said" resolve to "Rebecca Dungca"; "whom supporters call Haj
  Suleiman" and "said Haj Suleiman" resolve to "Suleiman Ahmad Obeidat". A teknonym given as the ONLY
  name is the label ("who gave his name only as Abu Ali").
* BACK-REFERENCES BY GIVEN NAME, as Malay, Arab, Sinhala and Kerala usage has it, resolve to the full
  name: "Dr Farhana" ("Farhana Yasmin Chowdhury"), "Mohd Azrul" ("Mohd Azrul Hisham Abdul Rahim"),
  "Dr Ravindran", "Norhayati", "Mr Hafiz" ("Muhammad Hafiz Rosli"), "Dr. Aisha", "Shafeeq" ("Mohammed
  Shafeeq Puthiyaveettil"), "Methmi" ("Methmi Nethara Gunawardana") and "Father Antoine"; by family
  name with or without a title ("Mr Tan", "Tan said" for "Jessica Tan Siew Lan", "Brig Al Hammadi",
  "Eng. Al Sulaiti", "Eng. Al-Khasawneh", "Prof Lee" for "Gerald Lee Chin Wah", "Dr Jha").
* PRONOUNS AFTER TWO PEOPLE take the one the story means: after "Methmi said" and a scene naming
  "Methmi's mother, Mrs. Chandrika Gunawardana," the next "she said" is the mother.
* A COURT'S WORDS: "the court found" keeps the generic noun as cue "found" ("W"); "the judge wrote"
  and "the decision said" resolve to the judge who wrote it ("W", a finding and a record); the
  sentence itself, handed down with no verb of saying, carries no speaker; "court records show" is
  kept as written, cue "show".
* A NEWSLETTER's greeting, teaser and "Our take" in its own voice are "" with no speaker, as in
  `labelled_new180.py`.

Of record ("W"): fares, passes, prices, fees and bursaries set by those who run them (bus fares in
Rs, the roti and naan prices and their fine, a test-fee cap, a re-scrutiny fee, assessment rates, the
rent an operator charges a stallholder, ticket prices in JD, a holiday-home permit rule); counts,
money and dates given by officials, firms, groups and documents (buses and passengers, fines and
sealed tandoors, heatstroke deaths and patients, megawatts, candidates and grades, dengue cases and
admissions, ghost names and witnesses, properties and objections, profit, revenue and rents, arrests
and seizures, customer accounts and kilometres of pipe, crowds and points, festival budgets and
grants); causal claims ("because the stadium's camera system had not yet been certified", "after
leases ... were renewed at higher rates", "because of the heat and the power cuts"); rules and rulings
(the BMD's heatwave scale, the O/L grading rule, the Rules of Court's 15 days, Article 315 and Republic
Act No. 10951, the Local Government Act 1976's objections, Federal Decree-Law No. 34 of 2021, a
48-hour notice rule, a sealing rule, the court's findings, the judge's orders); scheduled events set
by those who run them (inspections from Thursday, school hours, A/L classes from May 18, weekly ward
clean-ups, a tanker rota, a disciplinary meeting, a fixture, concert dates, street closures); and a
speaker's factual quote ("The bank records do not show that my client opened any of those accounts",
"Our rent per square foot in the malls has gone up by about a third in three years").
Not worth checking (""): forecasts ("would push daily-wage workers onto shared autos", "could bring
thunderstorms to the coast by Saturday", "Cases usually peak in the first two weeks of Asoj", "expected
cases to fall", "would meet the needs of the southern areas “for the next 20 years”"); plans and threats
(a protest, a strike "unless the notification was withdrawn", a motion for reconsideration, a
complaint to the JFA, store closures, 400 e-buses, a review of walk-up flats); advice ("urged", "How to
spot a fake listing" and its bullets, "Our take"); opinions and characterisations; a target price;
feelings, anecdotes and a person's own figures (a worker's daily fare, rotis sold, a rickshaw's rent
in Tk, a teacher's three nights on a bench, a victim's Dh4,200, a ka'ak seller's doubled sales);
questions in quotes and question subheads; scenes and captions that only describe; data lines.

And where sentences end: abbreviations that END one before a capital ("Pvt. Ltd." / "All rights
reserved."; "in 2079 B.S." / "This year, ..."; "Sdn. Bhd." / "All rights reserved."; "Pte. Ltd." /
"All rights reserved."; "L.L.C." / "All rights reserved."; "W.L.L." / "All rights reserved."; "S.A.L." /
"All rights reserved."; "said." / "ALSO READ | ..."; a question inside a quote, "“Kay karnar?" / "The
madam in Kothrud ...,” she said in Marathi.") and abbreviations that do not ("Dr. Sanjeevani", "Smt.
Vaishali", "Adv. Mukund", "Prof. Rajeev", "Sr. citizens", "at 11 a.m. on Saturday", "Engr Md", "Dr
Farhana", "G.C.E. Ordinary Level (O/L)", "W.P. Sanjeewa", "K.A.D. Nilmini", "Mrs. K.A.D.", "Ven.
Welimada", "S. Kirubakaran", "Rs. 250", "Rs. 60,000", "Ward No. 32", "Ma. Teresita", "Tamaraw Freight
Solutions Inc. P4.2 million", "Atty. Jose", "Mercado Jr., said", "Engr. Ramon", "Republic Act No.
10951", "Sdn. Bhd. (202301045678),", "Pte Ltd,", "Co. Reg. No.", "Decree-Law No. 34", "Eng. Nasser",
"Dr. Aisha", "Eng. Bilal", "on July 21 at 9 p.m. in", "Fr. Antoine", "Church of St. George", "from 7
p.m. to 3 a.m. on concert nights", "Nour K.: Finally", "Media Ltd., Kawran Bazar", "Pvt. Ltd.,
Anamnagar"); decimals, units and currencies ("Rs 31.6 crore", "11.8 lakh", "₹104.52", "Rs2,150",
"Rs4.6 million", "3.1pc", "42.3°C", "41.9°C", "Tk 150", "Rs. 2,500", "312.4 mm", "P4.2 million", "RM6,480",
"$118.7 million", "0.5 cent", "Dh1.3 million", "QR412mn", "1,200mm", "JD3", "LBP 2.2 million"); QUESTIONS
inside quotes before their attribution, one sentence each ("“Who will pay the boy who kneads the
dough?” he asked.", "“Some of them still owe me, but who would I collect from?” Aling Bebeng said,
laughing.", "“..., so why would I doubt?” she said.", "“At half-time I asked them one thing: who
remembers a team that lost a derby by one goal?” he said."); and semicolons that never split
(standfirsts, headlines, quotes).

The pages hold 537 sentences: 235 "B", 165 "W" and 137 ""; 220 sentences carry a speaker
(112 distinct speakers, page by page; 108 distinct labels). `STYLES` describes each page, its
story, its labels and its furniture in order; `CASES` holds 30 split cases written fresh in the
manner of the pages (not copied from them).

Written from scratch for issue 13 in round sixty-three, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run (only the brief's structural check and ruff). What was read:
the brief; the module docstrings of `labelled_new.py` and `labelled_new2.py` and the first page of the former; `def
build` in `labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; and the module
docstrings, `STYLES`, a few pages and the `CASES` of `labelled_new179.py` and `labelled_new180.py`.
Coined names were checked for freshness against the capitalised words in the string constants of
those two files: three outlet words ("Monitor", "Record", "Petra"), one given name ("Mahmoud") and one
firm word ("Bridge") that hit were replaced before the file was written; only common words, titles,
particles ("Abu", "Haj", "Haji") and real places and bodies still hit.

Every person, outlet, newsletter, publisher, firm, brokerage, union, association, commuters' group,
federation, festival, school, pirivena, restaurant, statement, notice, quote and figure is invented,
and so are the small institutions (the Deccan Ledger, the Punjab Mirror, the Padma Sentinel, the
Serendib Standard, the Bagmati Herald, Lamplight PH, the Petaling Lens, the Temasek Chronicle, the
Creekside Gazette, Dohaline, Wadi Sport, Cedars & Sea, the PMPML Kamgar Sanghatana, the Pune Pravasi
Manch, the Lahore Tandoor Owners' Association, the All-Island Graduate Teachers' Federation, Ruhunu
Mahila Vidyalaya, the Sri Sudharma Pirivena, Tamaraw Freight Solutions Inc., the Valenzuela Warehouse
Workers' Alliance, the Section 17 Residents' Association, Sinar Kopi Holdings Ltd, Kallang Basin
Securities Pte Ltd, the Tripoli Old City Heritage Association, the Tripoli Old City Music Nights and
the like). Real countries, cities, districts, streets, markets, stadiums, clubs, leagues, courts,
jails, ministries, departments, agencies, utilities, exchanges, universities, laws and other public
bodies appear only as settings, with invented statements and figures: Pune, Mumbai, Swargate,
Hadapsar, Kothrud, Wagholi, Shivajinagar, Hinjewadi, Sinhagad Road, the Pune Mahanagar Parivahan
Mahamandal Ltd, the Regional Transport Authority, the College of Engineering Pune and Pune Metro;
Lahore, Egerton Road, Shahdara, Ichhra, Shadman, the Pakistan Bureau of Statistics and the Punjab Food
Department; Dhaka, Chuadanga, Jashore, Kushtia, Rajshahi, Sylhet, Mymensingh, Farmgate, Mohammadpur,
Old Dhaka, Kawran Bazar, Payra, the Bay of Bengal, the Bangladesh Meteorological Department, the
Directorate General of Health Services, the Directorate of Secondary and Higher Education, the
Directorate of Primary Education, the Dhaka Power Distribution Company and Dhaka WASA; Colombo, Kandy,
Mullaitivu, Matara, Galle, Jaffna, the Department of Examinations and the Ministry of Education;
Kathmandu, Lalitpur, Bhaktapur, Teku, Koteshwor, Ason, Anamnagar, Sukraraj Tropical and Infectious
Disease Hospital, the Epidemiology and Disease Control Division, the Department of Health Services,
the Ministry of Health and Population, Kathmandu Metropolitan City, Lalitpur Metropolitan City,
Bhaktapur Municipality and the Department of Hydrology and Meteorology; Manila, Quezon City,
Valenzuela, Malolos, Bulacan, the Quezon City Hall of Justice and Regional Trial Court, the Quezon
City Jail, the National Bureau of Investigation, the Department of Labor and Employment, the Rules of
Court, the Revised Penal Code and Republic Act No. 10951; Petaling Jaya, Section 14, Section 17, SS2,
Damansara Utama, Damansara Jaya, Jalan Yong Shook Lin, Jalan Universiti, Kelana Jaya, Taman Paramount,
Selangor, the Petaling Jaya City Council and the Local Government Act 1976; Singapore, Toa Payoh,
Jurong East, Sembawang, Pasir Ris, Bukit Merah, the Singapore Exchange and its Catalist board, the
Singapore Department of Statistics and the Singapore Management University; Dubai, Sharjah, Dubai
Marina, JBR, Downtown Dubai, Al Qusais, International City, Riyadh, Kerala, Dubai Police, Sharjah
Police, the Dubai Public Prosecution, the Department of Economy and Tourism, the eCrime platform and
Federal Decree-Law No. 34 of 2021; Doha, Al Wakrah, Al Wukair, Al Wakrah Hospital, Al Wakrah
Municipality, the Qatar General Electricity and Water Corporation (Kahramaa) and its Tarsheed
programme, the Planning and Statistics Authority and Qatar University; Irbid, Amman, Al-Hassan Stadium,
Al-Hussein, Al-Ramtha, Al-Faisaly, Al-Wehdat, Shabab Al-Ordon, Al-Salt, Ma'an, Al-Jazeera, Sahab, the
Jordanian Pro League and the Jordan Football Association; and Beirut, Tripoli, Byblos, Saida, Zahle,
Khan al-Saboun, Khan al-Khayyatin, the Clock Tower, the Lebanese National Higher Conservatory of
Music, the Ministry of Culture and Tripoli Municipality.
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Indian CITY NEWSPAPER\'S WEBSITE (Pune), DESKTOP browser paste, TRANSPORT: the city bus corporation raises the minimum fare from Rs 10 to Rs 15 and the daily pass to Rs 90. Head: a skip link, a menu GLUED INTO ONE WORD ("HomePuneMumbai...SignIn"), a three-language switcher, a market ticker, a weather/AQI strip, crumb (all "B"); headline of record "W"; standfirst "Transport body says ...; commuters\' group plans protest" (semicolon kept, "W", carrying the corporation as the lead names it, cue "says"); byline, an "IST" updated line, a follow prompt and a share strip with a comment count ("B"); a caption "" and its bracketed credit ("B") in one line. Body: "PUNE:" lead naming "The Pune Mahanagar Parivahan Mahamandal Ltd (PMPML)" (no point after "Ltd", acronym dropped) with "the transport body said" ("W"); fares "according to the fare chart approved by the board" ("W") and "Passes for Sr. citizens above 65 ..." (no split at "Sr.", no speaker, "W"); the chairman and managing director "Dr. Sanjeevani Ghorpade-Kulkarni, IAS," ("Dr." and the service tag after the name dropped, "W") with a quote "told reporters at the Swargate headquarters" running on into a second sentence ("W" for the eight-year freeze, "" for the threat); buses, routes and "11.8 lakh passengers a day ..., she said." ("W") with an "ALSO READ | ..." link GLUED INTO THE SAME LINE (a second sentence, "B"); the union\'s "Dattatray alias Bapu Jagtap" (the alias left out of the label, "" for his forecast) and "Bapu said" resolving to "Dattatray Jagtap" with a fare worked example ("W"); an "Advertisement" label ("B"); "Smt. Vaishali Londhe" ("Smt." dropped, ""), her Marathi question "“Kay karnar?" ENDING a sentence inside the quote before "... ,” she said in Marathi." (both "", cue "said in Marathi" on both); "The Pune Pravasi Manch, a commuters\' group, said" a protest "at 11 a.m. on Saturday" (a plan, "", descriptor after the name dropped); its convenor "Adv. Mukund Sathaye-Patil" ("Adv." dropped) with bus counts ("W") and a quote (""); a video block, its title "" and its running time "B"; the RTA approval "the corporation said" (generic noun kept, "W"); a professor ("Prof." dropped, an opinion "") with buses per lakh against a benchmark ("W"); a quote subhead ""; dues "according to PMPML\'s annual report for 2025-26" ("W"); "Ghorpade-Kulkarni said" a plan and an answer "Asked whether ..., she said: “...”" (""). Tail: trending tags, comment count, a reader\'s comment split in two, a more-from label and two headlines, a footer menu, a copyright line split at "Pvt. Ltd." before "All rights reserved." (all "B").',
    'Pakistani NEWSPAPER\'S WEBSITE (Lahore), PHONE browser paste, PRICES: the district administration cuts the official roti price to Rs18 and the naan to Rs25. Head: a hamburger/masthead line, an open-in-app banner, an Urdu/English switcher, a CURRENCY-AND-GOLD strip, a PRAYER-TIMES strip, section label (all "B"); headline of record "W"; standfirst "DC says 20kg flour bag down Rs210 ...; tandoor owners threaten strike ..." ("W", carrying the deputy commissioner as the body names her); "Our Staff Reporter", a date line, a read-time line and a share-icon line ("B"); a video still\'s caption "" and its running time "▶ 0:58" ("B"). Body in Pakistani money style with no space ("Rs18", "Rs2,150", "Rs4.6 million", "3.1pc"): "LAHORE:" lead, an act with no verb of saying ("W"); the notification and its fine (a rule, "W", no speaker though it names "Deputy Commissioner Rafia Tariq Khokhar"); "Khokhar said" the flour price ("W") and her quote "told reporters at her office on Egerton Road" running into a second sentence (""); an "Also Read" link and a "— Advertisement —" label ("B"); "Haji Muhammad Ashfaq Butt" ("Haji" dropped) with a strike threat (""), LPG prices "He said" ("W"), a quote "Butt said" ("") and his QUESTION before "he asked." (one sentence, ""); the ADC ("Additional Deputy Commissioner (General)" dropped, "Rana" kept as part of the name) with inspections from Thursday and fines in February ("W"), and "ADC Rana Zulqarnain said" (the first two names resolving to "Rana Zulqarnain Haider") with a sealing rule ("W"); a mother\'s own count and her quote (""); flour prices "according to the Pakistan Bureau of Statistics" ("W"); "A spokesperson for the Punjab Food Department" (kept as written, "W"); a quote subhead ""; a tandoor owner\'s own count and quote (""); "Khokhar said" a meeting and a refusal (a plan, ""). Tail: a POLL question and its result line, tags, a comment count, a reader\'s comment split in two, a WhatsApp follow prompt, a contact line, a copyright line (all "B").',
    'Bangladeshi NEWSPAPER\'S AMP PAGE (Dhaka), AMP paste, WEATHER: Chuadanga records 42.3°C as a heatwave covers 31 districts. Head: AMP domain, masthead, a Bangla/English switcher, crumb (all "B"); headline of record "W"; standfirst "DGHS says nine people have died ...; schools in 31 districts to close from Sunday" ("W", carrying "the Directorate General of Health Services" as the body names it); byline, a published/updated line, a follow prompt, a share line ("B"); a caption "" and its credit ("B"). Body: the temperature "the Bangladesh Meteorological Department (BMD) said" ("W", acronym dropped); the spread "according to the BMD\'s 6pm bulletin" ("W", as written) and the BMD\'s SCALE with decimals "41.9°C", "39.9°C" (methodology, "W", no speaker); Dhaka\'s reading "meteorologist Md Tanvir Ahmed Bhuiyan told The Padma Sentinel" ("Md" KEPT as part of the name, "W") and his forecast "Bhuiyan said" (""); an "Also read" link and an ad label ("B"); deaths "according to the Directorate General of Health Services (DGHS)" ("W"); "Dr Farhana Yasmin Chowdhury" with patient counts ("W") and "Dr Farhana urged" (the GIVEN NAME with the title resolving to the full name, advice ""); the DSHE\'s closure order (an act, no speaker, "W") and primary school hours "said in a notice" ("W"); "Engr Md Mahbubur Rahman Talukder" ("Engr" dropped, "Md" kept) with peak demand and load-shedding ("W") and "Talukder said" a forecast (""); a video title "" and its running time "B"; a rickshaw puller "Jalal Mia" ("Mia" part of the name) with a quote whose semicolon never splits, a quote running into a second sentence, and his own rent in "Tk 150" (all ""); "Dhaka WASA said" water trucks ("W"); a question subhead ""; "Bhuiyan said" a low could bring storms (a forecast, ""); the record "according to BMD data" ("W"). Tail: an online POLL question and result line, topics, a read-more label and two headlines, an editor/publisher line with "Ltd., Kawran Bazar" (no split), copyright and a full-site link (all "B").',
    'Sri Lankan NEWSPAPER\'S SITE in READER MODE, SCHOOLS: the G.C.E. O/L results are released and 73.4% of school candidates qualify for A/L. Head as reader mode leaves it: domain ("B"), headline and standfirst of record ("W"), byline and a date/read-time line ("B"). Body: the release with "G.C.E. Ordinary Level (O/L)" and "Advanced Level (A/L)" mid-sentence (no split at "G.C.E.", an act, "W"); the Commissioner General of Examinations with his INITIALS KEPT ("W.P. Sanjeewa Karunarathna", title dropped) and candidates, centres, nine-A counts, withheld results and marking ("W", "He said", "Karunarathna said"); an inline "Also Read:" link left by reader mode ("B"); the grading and qualifying RULE (no speaker, "W"); pass rates "the department said" (generic noun kept, "W") and districts "according to the department\'s district analysis" ("W"); results online and re-scrutiny with "Rs. 250" mid-sentence "according to a department notice" ("W"); the ministry secretary ("Secretary to the Ministry of Education Mrs." dropped, initials kept, "K.A.D. Nilmini Senanayake") with the A/L start date, a checkable quote with a semicolon, and a bursary with "Rs. 60,000" and "Rs. 2,500" (no splits, "W" each); the top candidate "the department said" ("W") and "Methmi said" (the GIVEN NAME resolving, ""), "She said" (""); her mother, "Mrs. Chandrika Gunawardana," in a scene ("", no speaker) and the next "she said" taking the MOTHER, not the daughter (""); a quote subhead ""; a monk, "Ven. Welimada Dhammaloka Thero" ("Ven." and the honorific "Thero" after the name both dropped), with a pass count ("W") and "the Thero said" resolving to him (""); a Jaffna principal with a father\'s initial kept ("S. Kirubakaran", "W") and a quote (""); a teachers\' federation\'s characterisation ("", the name as written) and its secretary\'s count ("W") and quote (""); private and Tamil-medium candidates ("W"; "the department said" kept as written, "it said" resolving to "The Department of Examinations" as the lead first names it); a district table (title with "G.C.E. (O/L)", header and source "B", three rows ""). Tail: an originally-published line ("B").',
    'Nepali NEWSPAPER\'S PRINT VIEW (Kathmandu), PRINT VIEW paste, HEALTH: dengue cases in the Kathmandu Valley pass 9,000. Head: URL line, masthead, a print/close line, a date strip in BIKRAM SAMBAT and AD with a weather reading, a Nepali/English switcher (all "B"); headline of record "W"; standfirst "EDCD says 11 deaths ... since Baisakh 1; wards asked to run weekly clean-up drives" ("W", carrying the division as the body names it); "Herald Report" and BS/NST published and updated lines ("B"). Body: "KATHMANDU, Aug 28:" lead "the Epidemiology and Disease Control Division (EDCD) under the Department of Health Services said" (the apposed parent body and the acronym dropped, "W"); district counts "according to the division\'s data" ("W") and deaths "the division said" (generic kept, "W"); "... by ward in 2079 B.S." ENDING a sentence before "This year, ..., it said." (both "W", "it" resolving to the division\'s full name); the director "Dr Sagun Bahadur Thapa Magar" (a DOUBLE SURNAME, and "Thapa Magar said" resolving) with a forecast quote ("") and test kits ("W"); a senior consultant "Dr Anupama Kumari Jha" with admissions and a new ward ("W") and "Dr Jha said" (""); a test-fee cap "the department said" ("W"); a quote subhead ""; a ward chairperson of "Ward No. 32" (no split) with weekly clean-ups "from 7 am to 10 am" (scheduled by those who run them, "W") and a quote "told the Herald" (""); the metropolis and a municipality with spraying and fines ("W", names as written); a patient "Sita Kumari Shrestha" and "Shrestha said" (anecdote, ""); a spice trader "Rajendra Man Shakya" and his quote (""); the ministry spokesperson "urged" (advice, "") and a letter to municipalities ("W"); rainfall "312.4 mm" "according to the Department of Hydrology and Meteorology" ("W"); "Dr Thapa Magar said the division expected ..." (a forecast, ""). Tail: related label and two headlines, a printed-from line, a copyright line split at "Pvt. Ltd." before "All rights reserved.", and a contact line with "Pvt. Ltd., Anamnagar" (no split) (all "B").',
    'Philippine NEWS SITE\'S APP, its article text SHARED, COURTS: a Quezon City court convicts a former payroll officer of estafa over P4.2 million. Head: an outlet/section line and an EN/FIL switcher ("B"); headline and standfirst of record ("W"); byline, published/updated line, a listen-to-article line ("B"); a caption "" and its file-photo credit ("B"). Body: "MANILA, Philippines —" lead (an act, "W"); "Judge Ma. Teresita Villaruel-Dimalanta" ("Ma." for Maria KEPT in the name, no split) sentencing with no verb of saying (no speaker, "W"); an order with "Tamaraw Freight Solutions Inc. P4.2 million" (no split before a capital P, "W"); the scheme "the court found" (generic noun kept, cue "found", "W"); the judge\'s finding in a quote "the judge wrote" (a ruling, "W"); witnesses and credited detention "the decision said" (the decision resolving to the judge who wrote it, "W"); a co-accused acquitted and an arraignment "court records show" ("W"); a scene ("") and the denial of bail (no speaker, "W"); the defence lawyer "Atty. Jose Rizalino Mercado Jr." ("Atty." dropped, "Jr." KEPT, a plan "") and his factual quote "Mercado told reporters outside the courtroom" ("W"); the Rules of Court\'s 15-day rule ("W"); a "RELATED:" link ("B"); "In a statement, Tamaraw Freight Solutions Inc. said" (fronted channel, "W"); the COO "Engr. Ramon “Mon” Villacorta III" (title and the QUOTED NICKNAME dropped, "III" kept, "") and "Villacorta said" (""); a quote subhead ""; a worker\'s own months and loan, and a Tagalog quote with its bracketed translation (""); "Rebecca Dungca, ... whom the workers call Aling Bebeng," and "Aling Bebeng said, laughing" (the honorific form resolving) with a QUESTION inside the quote before the attribution (one sentence, ""); a labour group\'s plan (""); the NBI arrest "the bureau said" (generic kept, "W"); Article 315 and "Republic Act No. 10951" (no split, "W"). Tail: a reactions count, a notifications prompt, an app prompt, a read-more URL and a shared-via line (all "B").',
    'Malaysian NEWS SITE\'S EMAIL NEWSLETTER pasted from WEBMAIL, COUNCILS: Petaling Jaya City Council applies new assessment values to 198,412 properties from Jan 1. Head: subject line, "Inbox", sender, "to me", date, view-in-browser line, masthead, a weather-and-RINGGIT strip and a PRAYER-TIMES strip (all "B"); a Malay-English greeting and a teaser (the newsletter\'s own voice, ""). The item: an upper-case headline with a semicolon ("W"); the revaluation "the council said after its full board meeting" (the council as first named, acronym dropped, "W"); the mayor ("Mayor Datuk" dropped, "Mohd Azrul Hisham Abdul Rahim") with the cap and the share of homeowners ("W") and "Mohd Azrul said" (the GIVEN NAMES resolving; a rule in a quote with a semicolon, "W"); the state executive councillor ("Datuk Seri" dropped) with the approval date ("W"); the objections rule under the Local Government Act 1976 (no speaker, "W") and the deadline "the council said" ("W"); a SPONSORED block, three sentences ("B" each, the first a question); a section label ""; "Residents of older flats in Section 17 say" (a group as written, ""); "Dr Ravindran a/l Supramaniam" ("a/l" KEPT as part of the name, "Dr" dropped) with a characterisation (""), annual values in "RM" ("W") and "Dr Ravindran said" (""); a councillor "Jessica Tan Siew Lan" and "Tan said" (the FAMILY NAME resolving) with a plan ("") and exempt flats ("W"); "Puan Norhayati Ismail" ("Puan" dropped) and "Norhayati said" (""); "The council said" notices were posted (generic noun as written, "W"); a shophouse owner\'s forecast (""); the newsletter\'s own advice ("", no speaker); a QUIZ label, question and reply line, an also-in-the-news label and two headlines, a subscription and unsubscribe line, an address line with "Sdn. Bhd. (...)," (no split) and a copyright line split at "Sdn. Bhd." before "All rights reserved." (all "B").',
    'Singaporean BUSINESS SITE, DESKTOP browser paste, BUSINESS: a Catalist-listed food court operator\'s half-year profit falls 38%. Head: masthead, a menu line, a MARKET TICKER, crumb (all "B"); headline of record "W"; a standfirst with a plan and a halved dividend ("W"); byline, date, listen and gift lines, a two-sentence registration wall ("B"); a caption stating a fact ("W") and its credit ("B"). Body: "SINGAPORE –" results with "Sinar Kopi Holdings Ltd" (no point, no split) and no verb of saying ("W"); revenue "said in a filing to the Singapore Exchange" and rents "it said" (both "W", the company\'s name as first given); the dividend (an act, "W"); a "READ ALSO:" link ("B"); the chief executive "Tan Kok Wee" and "Mr Tan told reporters at a results briefing" (the FAMILY NAME with "Mr" resolving) with closures (a plan, ""), a checkable rent claim ("W") and a quote running on (""); an ad label ("B"); the share price ("W"); "Ms Chua Li Ting, an analyst at Kallang Basin Securities Pte Ltd, called the results ... and cut her target price" ("Pte Ltd" mid-sentence, a characterisation and a target, "", cue "called") and her same-store sales figure ("W"); "Madam Lim Ah Moi" ("Madam" dropped) with the rent the operator charges her ("W") and a quote "said in Mandarin" (""); "Mr Muhammad Hafiz Rosli" and "said Mr Hafiz" (a Malay GIVEN NAME resolving, ""); sales volume "according to the Singapore Department of Statistics" ("W"); a question subhead ""; "Mr Tan said" the last price rise ("W") and no further rise (a plan, ""); "Associate Professor Gerald Lee Chin Wah" and "Prof Lee said" (titles dropped, opinions ""). Tail: topics, a Telegram prompt, a related label and two headlines, a licence line "MCI (P) ...", a "Co. Reg. No." line and a copyright line split at "Pte. Ltd." before "All rights reserved." (all "B").',
    'Emirati NEWS SITE, PHONE browser paste, CRIME: Dubai Police arrest 14 over fake holiday-home listings that cost 212 victims Dh1.3 million. Head: a hamburger/masthead line, a get-the-app banner, an Arabic/English switcher, a weather reading, a PRAYER-TIMES strip, a REMITTANCE-RATES strip, crumb (all "B"); headline of record "W"; standfirst "..., police say" ("W", carrying "Dubai Police" as the body names the force); staff byline, published and updated lines, a share line ("B"). Body: the arrests "the force said" ("W", resolving to "Dubai Police"); "Brigadier Saeed Rashid Al Hammadi" (rank dropped, "Al" kept) with the gang and prices ("W"), deposits "he said" ("W"), a quote "Brig Al Hammadi said" (the abbreviated rank and the family name resolving, ""), the raids and seizures ("W"), the leader and the tracing ("W"); a video title "" and a credit/running-time line ("B"); "Lieutenant Colonel Dr Maryam Hassan Al Marri" (a rank and a title stacked, both dropped) with report counts ("W") and "She urged" (advice, ""); an "ALSO READ:" link ("B"); a victim\'s own loss (anecdote, ""), her QUESTION inside the quote before "she said." (one sentence, "") and what police told her (""); the referral "police said" (as written, "W"); the holiday-home registration rule "the department said" ("W"); "Federal Decree-Law No. 34 of 2021 ..." (no split, a rule, "W"); an advice subhead and three advice bullets (""); the reporting channels ("W"). Tail: a WhatsApp follow prompt, tags, a comment count, a reader\'s comment split in two, a footer menu and a copyright line split at "L.L.C." before "All rights reserved." (all "B").',
    'Qatari NEWS SITE\'S AMP PAGE (Doha), AMP paste, UTILITIES: the water supply to parts of Al Wakrah and Al Wukair is to be cut for 14 hours on Friday. Head: AMP domain, masthead, an Arabic link, a weather strip, a PRAYER-TIMES strip, a riyal rates strip, section label (all "B"); headline of record "W"; standfirst "Kahramaa says ... QR412mn pipeline ..." ("W", carrying "The Qatar General Electricity and Water Corporation" as the body first names it, the acronym Kahramaa resolving); byline, date line, share line ("B"). Body: the cut "from 8am to 10pm" "the corporation said" ("W"); accounts affected, "Kahramaa said" (the ACRONYM resolving to the full name, "W"); "Eng. Nasser Mubarak Al Sulaiti" ("Eng." dropped) with a forecast (""), the project\'s cost "QR412mn", pipes and completion ("W"), "Eng. Al Sulaiti said" a reason (""), and a rehearsal "Asked whether ..., Eng. Al Sulaiti said" ("W"); an ad label ("B"); "Kahramaa urged" (advice, "", the full name); tankers "the corporation said" (generic kept, "W"), the emergency number "it said" ("W", the full name) and a 48-hour notice rule ("W"); an "Also read:" link ("B"); consumption "according to Kahramaa\'s annual Tarsheed report" ("W", as written); population "according to the Planning and Statistics Authority" ("W"); the last cut\'s length (no speaker, "W"); a resident "Mohammed Shafeeq Puthiyaveettil" and "Shafeeq said, laughing" (the GIVEN NAME resolving, ""); "A manager at a seafood restaurant in the old souq" (kept as written, a plan, ""); "Dr. Aisha Khalifa Al Naimi" with a consumption comparison ("W") and "Dr. Aisha said" (the GIVEN NAME with the title resolving, ""); a resident "Fatima Rashed Al Marri" (not related to the police officer of page nine) and "she said" (""). Tail: a POLL label, question and options line, tags, an app prompt, a publisher line split at "W.L.L." before "All rights reserved.", a full-site link (all "B").',
    'Jordanian SPORTS SITE\'S APP, its article text SHARED, SPORT: Al-Hussein beat Al-Ramtha 2-1 in the Irbid derby and go top. Head: a shared-from line, an Arabic/English switcher, a LIVE-SCORES TICKER (all "B"); headline and standfirst of record ("W"); byline, a date line, a comments/share line ("B"); a caption "" and its credit ("B"). Body: "IRBID —" result and the goals with "Abu Snaineh" and "Bani Yaseen" as SURNAMES (no speaker, "W"); the crowd "according to the Jordan Football Association (JFA)" ("W"); the Al-Hussein coach ("coach" dropped, "Nizar Adnan Al-Momani") with a characterisation (""), a QUESTION inside a quote before "he said." (one sentence, "") and "Al-Momani said" a run of results ("W"); a POLL question and its results line ("B"); the Al-Ramtha president "Eng. Bilal Fawwaz Al-Khasawneh" ("club president Eng." dropped) with a complaint (a plan, "") and "Eng. Al-Khasawneh told Wadi Sport" the referee did not consult VAR ("W"); "A JFA spokesman said" why VAR was not in use ("W", kept as written); the Al-Ramtha coach\'s characterisation (""); a fan "Suleiman Ahmad Obeidat ... whom supporters call Haj Suleiman" in a scene ("", no speaker) and "said Haj Suleiman" (the HONORIFIC FORM resolving, ""); the table positions ("W"); tickets in "JD3 and JD5" "Al-Hussein said" (the club as written, "W"); a disciplinary meeting "the association said" (generic kept, "W"); the next fixture "according to the league\'s fixture list" ("W"); line-ups (label "B", two team lines and a referee line, data ""); a table (title and header "B", three rows ""). Tail: a comment count, a reader\'s comment split at "!" into two, an app prompt and the shared URL (all "B").',
    'Lebanese CULTURE SITE, DESKTOP browser paste with a COOKIE BANNER, CULTURE: Tripoli\'s Old City Music Nights return after four years with 14 free concerts. Head: a two-sentence cookie notice and its buttons, masthead, a three-language switcher, a CURRENCY-AND-FUEL strip in LBP, a weather strip, a menu, TRENDING TAGS, crumb (all "B"); headline of record "W"; standfirst "Organisers say ...; traders hope for crowds" (opinion, "", carrying "the Tripoli Old City Heritage Association" as the body names it, cue "say"); byline, a date line, a comments/share line ("B"); a caption "" and its credit ("B"). Body: "TRIPOLI —" dates and venues "the Tripoli Old City Heritage Association, which organises it, said" (the relative clause dropped, "W"); the festival director "Rita Elias Abi Saab" (a surname with "Abi", and "Abi Saab said") with the budget ("W"), a quote running over two sentences whose second ENDS in "2 a.m.”" (both ""), seating and reservations ("W"), the 2023 attendance "she said" ("W") and a hope (""); an "ALSO READ:" link ("B"); the opening concert "on July 21 at 9 p.m. in ..." (no split, scheduled, "W"); the oud player "Nehmeh ... said" (surname resolving, "") and his quote (""); "Fr. Antoine Karam-Youssef, parish priest of the Church of St. George" (no split at "Fr." or "St.", "Fr." dropped) with concert dates ("W") and "Father Antoine said" (the GIVEN NAME with the spelled-out title resolving, ""); "its imam, Sheikh Bilal Adnan Shaarani," ("Sheikh" dropped, a plan ""); power hours "according to the association" ("W"); "The Ministry of Culture said in a statement" a grant ("W"); a quote subhead ""; concert-hall prices in "$" and "LBP" with the rate (no speaker, "W"); a ka\'ak seller "who gave his name only as Abu Ali" (the TEKNONYM as the only name is the label, "") and "Abu Ali said" (""); street closures "from 7 p.m. to 3 a.m." "Tripoli Municipality said" ("W"). Tail: a QUIZ label and start line, a newsletter prompt in two sentences, a comment count, two comments ("Nour K.:" not split at the initial; the first comment split at "." into two, the second a question), a more-in label and two headlines, a contact line and a copyright line split at "S.A.L." before "All rights reserved." (all "B").',
]

ARTICLES = [
    [
        [
            ("Skip to content", "", "", "B"),
        ],
        [
            (
                "HomePuneMumbaiIndiaWorldBusinessCitySportEntertainmentOpinionE-PaperSign In",
                "",
                "",
                "B",
            ),
        ],
        [
            ("English | मराठी | हिन्दी", "", "", "B"),
        ],
        [
            (
                "SENSEX 78,412.56 ▲ 0.27% | NIFTY 23,795.10 ▲ 0.26% | GOLD (10g) ₹71,240 | PETROL (Pune) ₹104.52/litre",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Pune 34°C Partly cloudy | AQI 142 Moderate", "", "", "B"),
        ],
        [
            ("Home › Pune › Transport", "", "", "B"),
        ],
        [
            (
                "PMPML raises minimum bus fare to Rs 15 from April 1; daily pass to cost Rs 90",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Transport body says its CNG bill has risen 41% since the last revision in 2019; commuters' group plans protest on Saturday",
                "The Pune Mahanagar Parivahan Mahamandal Ltd",
                "says",
                "W",
            ),
        ],
        [
            ("Ashwini Kelkar-Deo / Deccan Ledger News Service", "", "", "B"),
        ],
        [
            ("Updated: Mar 16, 2027, 07:45 IST", "", "", "B"),
        ],
        [
            ("Follow us on Google News", "", "", "B"),
        ],
        [
            ("Share   Tweet   WhatsApp   Comments (37)", "", "", "B"),
        ],
        [
            ("Commuters board a PMPML bus at the Swargate depot on Monday.", "", "", ""),
            ("(Photo: Rohan Sathe/Deccan Ledger)", "", "", "B"),
        ],
        [
            (
                "PUNE: The Pune Mahanagar Parivahan Mahamandal Ltd (PMPML) will raise its minimum bus fare from Rs 10 to Rs 15 from April 1, the first revision since 2019, the transport body said on Monday.",
                "The Pune Mahanagar Parivahan Mahamandal Ltd",
                "said",
                "W",
            ),
        ],
        [
            (
                "The daily pass will cost Rs 90 instead of Rs 70, and the monthly pass for college students will go up from Rs 750 to Rs 900, according to the fare chart approved by the board.",
                "the fare chart approved by the board",
                "according to",
                "W",
            ),
            (
                "Passes for Sr. citizens above 65 will cost Rs 450 a month, up from Rs 350, while girls in municipal schools will continue to travel free.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "PMPML chairman and managing director Dr. Sanjeevani Ghorpade-Kulkarni, IAS, said the corporation's monthly CNG bill had risen from Rs 31.6 crore in 2019 to Rs 44.5 crore this year.",
                "Sanjeevani Ghorpade-Kulkarni",
                "said",
                "W",
            ),
            (
                "“We have held fares for eight years while every input cost has gone up,” she told reporters at the Swargate headquarters.",
                "Sanjeevani Ghorpade-Kulkarni",
                "told reporters at the Swargate headquarters",
                "W",
            ),
            (
                "“Either the fare changes or the frequency does.”",
                "Sanjeevani Ghorpade-Kulkarni",
                "told reporters at the Swargate headquarters",
                "",
            ),
        ],
        [
            (
                "The corporation runs 1,742 buses on 381 routes and carried an average of 11.8 lakh passengers a day in February, she said.",
                "Sanjeevani Ghorpade-Kulkarni",
                "said",
                "W",
            ),
            ("ALSO READ | Pune Metro's Hinjewadi line to begin trial runs in May", "", "", "B"),
        ],
        [
            (
                "Dattatray alias Bapu Jagtap, general secretary of the PMPML Kamgar Sanghatana, which represents about 6,000 drivers and conductors, said the increase would push daily-wage workers onto shared autos.",
                "Dattatray Jagtap",
                "said",
                "",
            ),
            (
                "“A labourer who comes from Wagholi to Shivajinagar pays Rs 60 a day for the bus today; from April it will be Rs 80,” Bapu said.",
                "Dattatray Jagtap",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Smt. Vaishali Londhe, 46, a domestic worker who travels from Hadapsar to Kothrud every morning, said she would now take the bus only one way.",
                "Vaishali Londhe",
                "said",
                "",
            ),
            ("“Kay karnar?", "Vaishali Londhe", "said in Marathi", ""),
            (
                "The madam in Kothrud will not raise my pay because the bus fare went up,” she said in Marathi.",
                "Vaishali Londhe",
                "said in Marathi",
                "",
            ),
        ],
        [
            (
                "The Pune Pravasi Manch, a commuters' group, said it would hold a protest outside the Swargate depot at 11 a.m. on Saturday.",
                "The Pune Pravasi Manch",
                "said",
                "",
            ),
            (
                "Its convenor, Adv. Mukund Sathaye-Patil, said PMPML had 2,070 buses on the road in 2019, against 1,742 today.",
                "Mukund Sathaye-Patil",
                "said",
                "W",
            ),
            (
                "“Fewer buses, longer waits, and now a higher fare,” he said.",
                "Mukund Sathaye-Patil",
                "said",
                "",
            ),
        ],
        [
            ("WATCH | Commuters at Swargate react to the fare revision", "", "", ""),
        ],
        [
            ("▶ 01:42", "", "", "B"),
        ],
        [
            (
                "Fare revisions by PMPML need the approval of the Regional Transport Authority, Pune, which cleared the new chart at a meeting on March 11, the corporation said.",
                "the corporation",
                "said",
                "W",
            ),
        ],
        [
            (
                "Prof. Rajeev Nandurkar, who teaches transport planning at the College of Engineering Pune, said the city needed more buses, not dearer ones.",
                "Rajeev Nandurkar",
                "said",
                "",
            ),
            (
                "He said Pune had about 25 public buses for every lakh of residents, against a central government benchmark of 50.",
                "Rajeev Nandurkar",
                "said",
                "W",
            ),
        ],
        [
            ("‘Either fare or frequency’", "", "", ""),
        ],
        [
            (
                "The state government owes the corporation Rs 212 crore in reimbursements for concession passes, according to PMPML's annual report for 2025-26.",
                "PMPML's annual report for 2025-26",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Ghorpade-Kulkarni said the corporation would add 400 electric buses by December under a central scheme.",
                "Sanjeevani Ghorpade-Kulkarni",
                "said",
                "",
            ),
            (
                "Asked whether fares would go up again next year, she said: “Not if the state pays its share.”",
                "Sanjeevani Ghorpade-Kulkarni",
                "said",
                "",
            ),
        ],
        [
            ("Trending: #PMPML #PuneMetro #Swargate #FareHike #PuneRains", "", "", "B"),
        ],
        [
            ("Comments (37)", "", "", "B"),
        ],
        [
            ("Ravi_K_Pune: Rs 15 for two stops is daylight robbery.", "", "", "B"),
            ("Fix the breakdowns first.", "", "", "B"),
        ],
        [
            ("MORE FROM PUNE", "", "", "B"),
        ],
        [
            ("PMC to widen Sinhagad Road flyover approach by June", "", "", "B"),
        ],
        [
            ("Hadapsar residents complain of tanker water shortage", "", "", "B"),
        ],
        [
            ("About Us | Contact Us | Advertise | Privacy Policy | Terms of Use", "", "", "B"),
        ],
        [
            ("© 2027 Deccan Ledger Publications Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("☰  THE PUNJAB MIRROR  🔍", "", "", "B"),
        ],
        [
            ("Open in App", "", "", "B"),
        ],
        [
            ("اردو | English", "", "", "B"),
        ],
        [
            ("USD 281.40 | SAR 74.95 | AED 76.60 | Gold (tola) Rs312,500", "", "", "B"),
        ],
        [
            ("Lahore: Fajr 4:31 | Zuhr 12:09 | Asr 3:44 | Maghrib 6:18 | Isha 7:41", "", "", "B"),
        ],
        [
            ("LAHORE", "", "", "B"),
        ],
        [
            ("Roti price cut to Rs18, naan to Rs25 in Lahore as flour gets cheaper", "", "", "W"),
        ],
        [
            (
                "DC says 20kg flour bag down Rs210 since January; tandoor owners threaten strike from Monday",
                "Rafia Tariq Khokhar",
                "says",
                "W",
            ),
        ],
        [
            ("Our Staff Reporter", "", "", "B"),
        ],
        [
            ("Published March 3, 2027 | 11:48am", "", "", "B"),
        ],
        [
            ("2 min read", "", "", "B"),
        ],
        [
            ("f   𝕏   ✆   ⋯", "", "", "B"),
        ],
        [
            ("Tandoor owners protest outside the DC office on Tuesday.", "", "", ""),
        ],
        [
            ("▶ 0:58", "", "", "B"),
        ],
        [
            (
                "LAHORE: The district administration on Tuesday cut the official price of a 100-gram roti from Rs20 to Rs18 and of a 120-gram naan from Rs28 to Rs25, citing a fall in the price of flour.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The notification, signed by Deputy Commissioner Rafia Tariq Khokhar, takes effect on Thursday, and tandoor owners found charging more face a fine of up to Rs50,000 under the provincial price control law.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Khokhar said a 20kg bag of flour cost Rs2,150 in the open market, down from Rs2,360 in January.",
                "Rafia Tariq Khokhar",
                "said",
                "W",
            ),
            (
                "“When flour is cheaper, the roti has to be cheaper,” she told reporters at her office on Egerton Road.",
                "Rafia Tariq Khokhar",
                "told reporters at her office on Egerton Road",
                "",
            ),
            (
                "“It is simple arithmetic.”",
                "Rafia Tariq Khokhar",
                "told reporters at her office on Egerton Road",
                "",
            ),
        ],
        [
            ("Also Read: Punjab cabinet approves wheat release quota for April", "", "", "B"),
        ],
        [
            ("— Advertisement —", "", "", "B"),
        ],
        [
            (
                "Haji Muhammad Ashfaq Butt, president of the Lahore Tandoor Owners' Association, said members would shut their tandoors from Monday unless the notification was withdrawn.",
                "Muhammad Ashfaq Butt",
                "said",
                "",
            ),
            (
                "He said a 45.4kg cylinder of LPG cost Rs11,800, against Rs9,900 a year ago, and that rents and wages had also gone up.",
                "Muhammad Ashfaq Butt",
                "said",
                "W",
            ),
            (
                "“They count the flour and forget the gas,” Butt said.",
                "Muhammad Ashfaq Butt",
                "said",
                "",
            ),
            (
                "“Who will pay the boy who kneads the dough?” he asked.",
                "Muhammad Ashfaq Butt",
                "asked",
                "",
            ),
        ],
        [
            (
                "Additional Deputy Commissioner (General) Rana Zulqarnain Haider said 27 price control magistrates would inspect tandoors in the city's nine zones from Thursday.",
                "Rana Zulqarnain Haider",
                "said",
                "W",
            ),
            (
                "He said the administration had fined 312 tandoors a total of Rs4.6 million in February and sealed 11.",
                "Rana Zulqarnain Haider",
                "said",
                "W",
            ),
        ],
        [
            (
                "Under the notification, a tandoor fined three times in a month can be sealed for seven days, ADC Rana Zulqarnain said.",
                "Rana Zulqarnain Haider",
                "said",
                "W",
            ),
        ],
        [
            (
                "Nasreen Bibi, 52, who buys 15 rotis a day for her family in Shahdara, said the tandoor near her house was still charging Rs20 on Tuesday evening.",
                "Nasreen Bibi",
                "said",
                "",
            ),
            (
                "“The rate list is on the wall, but the price is in his mouth,” she said.",
                "Nasreen Bibi",
                "said",
                "",
            ),
        ],
        [
            (
                "Wheat flour prices fell for a fifth week in a row, according to the Pakistan Bureau of Statistics, whose Sensitive Price Indicator for the week to February 27 was 3.1pc higher than a year earlier.",
                "the Pakistan Bureau of Statistics",
                "according to",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the Punjab Food Department said the department was releasing 18,000 tonnes of wheat a day to flour mills in the province at Rs3,900 per 40kg.",
                "A spokesperson for the Punjab Food Department",
                "said",
                "W",
            ),
        ],
        [
            ("‘Gas, not flour’", "", "", ""),
        ],
        [
            (
                "Bashir Ahmed, who has run a tandoor in Ichhra for 22 years, said he sold about 900 rotis a day.",
                "Bashir Ahmed",
                "said",
                "",
            ),
            ("“At Rs18, I lose two rupees on every roti,” he said.", "Bashir Ahmed", "said", ""),
        ],
        [
            (
                "Khokhar said she would meet the association on Friday but would not withdraw the notification.",
                "Rafia Tariq Khokhar",
                "said",
                "",
            ),
        ],
        [
            ("POLL: Is Rs18 a fair price for a roti?", "", "", "B"),
        ],
        [
            ("Yes 38% | No 62% | 4,211 votes", "", "", "B"),
        ],
        [
            ("Tags: Lahore, Roti price, Naanbai, Flour, Price control", "", "", "B"),
        ],
        [
            ("Comments (52)", "", "", "B"),
        ],
        [
            ("Zubair Lhr: Rate list is a joke, nobody follows it.", "", "", "B"),
            ("DC sahiba should visit Shadman at night.", "", "", "B"),
        ],
        [
            ("Follow The Punjab Mirror on WhatsApp", "", "", "B"),
        ],
        [
            ("Contact: newsdesk@punjabmirror.pk | Tel: 042-3500-0000", "", "", "B"),
        ],
        [
            ("Copyright © 2027 The Punjab Mirror", "", "", "B"),
        ],
    ],
    [
        [
            ("padmasentinel-com.cdn.ampproject.org", "", "", "B"),
        ],
        [
            ("THE PADMA SENTINEL", "", "", "B"),
        ],
        [
            ("বাংলা | English", "", "", "B"),
        ],
        [
            ("Home / Bangladesh / Weather", "", "", "B"),
        ],
        [
            ("Chuadanga sizzles at 42.3°C as heatwave spreads to 31 districts", "", "", "W"),
        ],
        [
            (
                "DGHS says nine people have died of heatstroke since April 1; schools in 31 districts to close from Sunday",
                "the Directorate General of Health Services",
                "says",
                "W",
            ),
        ],
        [
            ("Staff Correspondent | Dhaka", "", "", "B"),
        ],
        [
            ("Published: 18 Apr 2027, 13:05 | Updated: 18 Apr 2027, 19:40", "", "", "B"),
        ],
        [
            ("Follow us on Google News", "", "", "B"),
        ],
        [
            ("Share on Facebook | Share on X | Copy link", "", "", "B"),
        ],
        [
            (
                "A rickshaw puller rests under a tree near Farmgate in Dhaka on Thursday.",
                "",
                "",
                "",
            ),
            ("Photo: Sentinel", "", "", "B"),
        ],
        [
            (
                "Chuadanga recorded 42.3 degrees Celsius on Thursday afternoon, the highest temperature in the country this season, the Bangladesh Meteorological Department (BMD) said.",
                "the Bangladesh Meteorological Department",
                "said",
                "W",
            ),
        ],
        [
            (
                "A very severe heatwave is sweeping Chuadanga, while severe and moderate heatwaves are affecting Jashore, Kushtia, Rajshahi and 27 other districts, according to the BMD's 6pm bulletin.",
                "the BMD's 6pm bulletin",
                "according to",
                "W",
            ),
            (
                "Under the BMD's scale, a temperature of 42°C or more is a very severe heatwave, 40°C to 41.9°C a severe one, and 38°C to 39.9°C a moderate one.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dhaka recorded 38.6°C, and relative humidity of 61 percent made it feel hotter, meteorologist Md Tanvir Ahmed Bhuiyan told The Padma Sentinel.",
                "Md Tanvir Ahmed Bhuiyan",
                "told The Padma Sentinel",
                "W",
            ),
            (
                "“We do not see rain before Friday evening, and even then only in Sylhet and Mymensingh divisions,” Bhuiyan said.",
                "Md Tanvir Ahmed Bhuiyan",
                "said",
                "",
            ),
        ],
        [
            ("Also read: Rooftop gardens keep Dhaka flats 3°C cooler, study finds", "", "", "B"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "At least nine people have died of heatstroke since April 1, according to the Directorate General of Health Services (DGHS).",
                "the Directorate General of Health Services",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Dr Farhana Yasmin Chowdhury, director (disease control) at the DGHS, said 1,284 patients had been treated for heat-related illness at government hospitals this month, 212 of them in Dhaka.",
                "Farhana Yasmin Chowdhury",
                "said",
                "W",
            ),
            (
                "Dr Farhana urged people to stay indoors between noon and 4pm and to drink oral saline if they felt dizzy.",
                "Farhana Yasmin Chowdhury",
                "urged",
                "",
            ),
        ],
        [
            (
                "The Directorate of Secondary and Higher Education (DSHE) ordered all secondary schools, colleges and madrasas in the 31 districts to stay closed from Sunday to Thursday.",
                "",
                "",
                "W",
            ),
            (
                "Primary schools will hold classes only from 7:30am to 11am, the Directorate of Primary Education said in a notice.",
                "the Directorate of Primary Education",
                "said in a notice",
                "W",
            ),
        ],
        [
            (
                "Engr Md Mahbubur Rahman Talukder, managing director of the Dhaka Power Distribution Company (DPDC), said demand in its area peaked at a record 2,186 megawatts at 3pm on Wednesday, and load-shedding reached 410 megawatts.",
                "Md Mahbubur Rahman Talukder",
                "said",
                "W",
            ),
            (
                "Talukder said supply would improve once a 660MW unit at Payra returned from maintenance on April 25.",
                "Md Mahbubur Rahman Talukder",
                "said",
                "",
            ),
        ],
        [
            ("Video: Empty streets in Old Dhaka at 2pm", "", "", ""),
        ],
        [
            ("02:14", "", "", "B"),
        ],
        [
            (
                "Jalal Mia, 51, who pulls a rented rickshaw in Mohammadpur, said he now worked only after 4pm.",
                "Jalal Mia",
                "said",
                "",
            ),
            ("“The seat burns; the road burns,” he said.", "Jalal Mia", "said", ""),
            ("“But the owner's rent does not wait.”", "Jalal Mia", "said", ""),
            (
                "He said he paid the garage owner Tk 150 a day for the rickshaw.",
                "Jalal Mia",
                "said",
                "",
            ),
        ],
        [
            (
                "Dhaka WASA said it had sent 38 water trucks to areas where supply had dropped because of the heat and the power cuts.",
                "Dhaka WASA",
                "said",
                "W",
            ),
        ],
        [
            ("Relief by the weekend?", "", "", ""),
        ],
        [
            (
                "Bhuiyan said a low-pressure area forming over the Bay of Bengal could bring thunderstorms to the coast by Saturday.",
                "Md Tanvir Ahmed Bhuiyan",
                "said",
                "",
            ),
        ],
        [
            (
                "Chuadanga's highest temperature on record is 43.4°C, recorded on April 22, 2021, according to BMD data.",
                "BMD data",
                "according to",
                "W",
            ),
        ],
        [
            ("Online Poll: Should offices run from 7am to 1pm during the heatwave?", "", "", "B"),
        ],
        [
            ("Yes 81% | No 14% | No comment 5%", "", "", "B"),
        ],
        [
            ("Topics: heatwave, Chuadanga, BMD, load-shedding, DGHS", "", "", "B"),
        ],
        [
            ("Read more", "", "", "B"),
        ],
        [
            ("Sylhet tea gardens count losses after hailstorm", "", "", "B"),
        ],
        [
            ("Dengue: 14 hospitalised in 24 hours", "", "", "B"),
        ],
        [
            (
                "Editor: Rezaul Karim Sarker | Published by Padma Media Ltd., Kawran Bazar, Dhaka",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 The Padma Sentinel", "", "", "B"),
        ],
        [
            ("Switch to full site", "", "", "B"),
        ],
    ],
    [
        [
            ("serendibstandard.lk", "", "", "B"),
        ],
        [
            ("O/L results out: 73.4% of school candidates qualify for A/L", "", "", "W"),
        ],
        [
            (
                "14,812 score nine A passes; results of 184 candidates withheld pending inquiries",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Tharindu Wickramage", "", "", "B"),
        ],
        [
            ("April 2, 2027 · 5 min read", "", "", "B"),
        ],
        [
            (
                "The Department of Examinations released the results of the G.C.E. Ordinary Level (O/L) examination held in November last year on Tuesday night, and 73.4 percent of school candidates qualified to sit the Advanced Level (A/L).",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Commissioner General of Examinations W.P. Sanjeewa Karunarathna said 412,306 candidates, 318,940 of them school candidates, had sat the examination at 3,663 centres.",
                "W.P. Sanjeewa Karunarathna",
                "said",
                "W",
            ),
            (
                "He said 14,812 candidates had obtained A passes in all nine subjects, up from 13,540 a year earlier.",
                "W.P. Sanjeewa Karunarathna",
                "said",
                "W",
            ),
            (
                "The results of 184 candidates have been withheld pending inquiries into alleged malpractice, Karunarathna said.",
                "W.P. Sanjeewa Karunarathna",
                "said",
                "W",
            ),
            (
                "Karunarathna said the department had hired 34,200 examiners and completed marking in 41 days at 72 centres.",
                "W.P. Sanjeewa Karunarathna",
                "said",
                "W",
            ),
        ],
        [
            ("Also Read: A/L 2026 results – Colombo schools top district rankings", "", "", "B"),
        ],
        [
            (
                "Grades at O/L run from A to W, which is a fail, and a candidate needs six passes, including first language and mathematics, with at least three credit passes to qualify for the A/L.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The pass rate in mathematics rose to 71.6 percent from 68.2 percent, while 76.9 percent passed English, the department said.",
                "the department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Colombo district recorded the highest pass rate, 81.2 percent, and Mullaitivu the lowest, 58.9 percent, according to the department's district analysis.",
                "the department's district analysis",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Results can be viewed on the department's website by entering the candidate's index number, and principals can download their schools' results from Wednesday, the department said.",
                "the department",
                "said",
                "W",
            ),
            (
                "Applications for re-scrutiny will be accepted online from April 5 to April 19, and the fee is Rs. 250 a subject, according to a department notice.",
                "a department notice",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Secretary to the Ministry of Education Mrs. K.A.D. Nilmini Senanayake said A/L classes for the new batch would begin on May 18.",
                "K.A.D. Nilmini Senanayake",
                "said",
                "W",
            ),
            (
                "“Two years ago students waited eleven months between their O/L results and their first A/L class; this year they will wait six weeks,” she said.",
                "K.A.D. Nilmini Senanayake",
                "said",
                "W",
            ),
            (
                "Qualified students from families earning less than Rs. 60,000 a month may apply for the ministry's A/L bursary of Rs. 2,500 a month until May 31, Senanayake said.",
                "K.A.D. Nilmini Senanayake",
                "said",
                "W",
            ),
        ],
        [
            (
                "Methmi Nethara Gunawardana of Ruhunu Mahila Vidyalaya, Matara, was placed first in the island, the department said.",
                "the department",
                "said",
                "W",
            ),
            (
                "“I want to be a doctor, like my aunt in Galle,” Methmi said.",
                "Methmi Nethara Gunawardana",
                "said",
                "",
            ),
            (
                "She said she had studied eight hours a day since August, with a break only for the Vesak lanterns.",
                "Methmi Nethara Gunawardana",
                "said",
                "",
            ),
        ],
        [
            (
                "Outside the school on Wednesday morning, Methmi's mother, Mrs. Chandrika Gunawardana, handed out kiribath to the teachers.",
                "",
                "",
                "",
            ),
            ("“We did not sleep on Tuesday night,” she said.", "Chandrika Gunawardana", "said", ""),
        ],
        [
            ("‘These results are theirs’", "", "", ""),
        ],
        [
            (
                "At the Sri Sudharma Pirivena in Galle, its principal, Ven. Welimada Dhammaloka Thero, said 212 of the pirivena's 240 candidates had passed, a record for the institution.",
                "Welimada Dhammaloka",
                "said",
                "W",
            ),
            (
                "“The young monks studied by oil lamp through the power cuts; these results are theirs,” the Thero said.",
                "Welimada Dhammaloka",
                "said",
                "",
            ),
        ],
        [
            (
                "In Jaffna, S. Kirubakaran, the principal of a Tamil-medium boys' school, said its results were the best since 2019.",
                "S. Kirubakaran",
                "said",
                "W",
            ),
            (
                "“Our boys sat the papers weeks after the December floods,” Kirubakaran said.",
                "S. Kirubakaran",
                "said",
                "",
            ),
        ],
        [
            (
                "The All-Island Graduate Teachers' Federation said the national figure hid deep gaps between urban and rural schools.",
                "The All-Island Graduate Teachers' Federation",
                "said",
                "",
            ),
            (
                "Its secretary, Lalith Chaminda Abeykoon, said 1,106 schools had been without a mathematics teacher for at least part of last year.",
                "Lalith Chaminda Abeykoon",
                "said",
                "W",
            ),
            (
                "“Results like this hide the rural schools,” Abeykoon said.",
                "Lalith Chaminda Abeykoon",
                "said",
                "",
            ),
        ],
        [
            (
                "Of the 93,366 private candidates, 38.1 percent qualified for the A/L, the department said.",
                "the department",
                "said",
                "W",
            ),
            (
                "The pass rate among Tamil-medium school candidates was 69.8 percent, up from 66.1 percent, it said.",
                "The Department of Examinations",
                "said",
                "W",
            ),
        ],
        [
            ("District pass rates, G.C.E. (O/L) 2026", "", "", "B"),
        ],
        [
            ("District | Sat | Qualified for A/L", "", "", "B"),
        ],
        [
            ("Colombo | 41,206 | 81.2%", "", "", ""),
        ],
        [
            ("Kandy | 24,118 | 76.4%", "", "", ""),
        ],
        [
            ("Mullaitivu | 1,942 | 58.9%", "", "", ""),
        ],
        [
            ("Source: Department of Examinations", "", "", "B"),
        ],
        [
            ("Originally published at serendibstandard.lk", "", "", "B"),
        ],
    ],
    [
        [
            ("https://bagmatiherald.com/news/2084/05/12/dengue-valley-cases", "", "", "B"),
        ],
        [
            ("THE BAGMATI HERALD", "", "", "B"),
        ],
        [
            ("Print   |   Close window", "", "", "B"),
        ],
        [
            ("Wednesday, Bhadra 12, 2084 | 28 Aug 2027 | Kathmandu 27°C", "", "", "B"),
        ],
        [
            ("नेपाली | English", "", "", "B"),
        ],
        [
            (
                "Dengue cases in Kathmandu Valley cross 9,000; Teku hospital turns hall into ward",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "EDCD says 11 deaths nationwide since Baisakh 1; wards asked to run weekly clean-up drives",
                "the Epidemiology and Disease Control Division",
                "says",
                "W",
            ),
        ],
        [
            ("Herald Report", "", "", "B"),
        ],
        [
            ("Published at: Bhadra 12, 2084 (August 28, 2027), 07:15 NST", "", "", "B"),
        ],
        [
            ("Updated at: 09:40 NST", "", "", "B"),
        ],
        [
            (
                "KATHMANDU, Aug 28: The number of dengue cases recorded in the three districts of the Kathmandu Valley this year has reached 9,214, the Epidemiology and Disease Control Division (EDCD) under the Department of Health Services said on Tuesday.",
                "the Epidemiology and Disease Control Division",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kathmandu district accounts for 5,602 of the cases, Lalitpur for 2,381 and Bhaktapur for 1,231, according to the division's data.",
                "the division's data",
                "according to",
                "W",
            ),
            (
                "Eleven people have died of dengue across the country since Baisakh 1, the first day of the Nepali year, the division said.",
                "the division",
                "said",
                "W",
            ),
        ],
        [
            ("The division began recording dengue cases by ward in 2079 B.S.", "", "", "W"),
            (
                "This year, 14 of Kathmandu Metropolitan City's 32 wards have reported more than 200 cases each, it said.",
                "the Epidemiology and Disease Control Division",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dr Sagun Bahadur Thapa Magar, director of the EDCD, said the coming weeks would be critical.",
                "Sagun Bahadur Thapa Magar",
                "said",
                "",
            ),
            (
                "“Cases usually peak in the first two weeks of Asoj, so what the wards do now decides how bad September is,” Thapa Magar said.",
                "Sagun Bahadur Thapa Magar",
                "said",
                "",
            ),
            (
                "He said the division had sent 40,000 rapid test kits to the valley's hospitals and health posts since the start of Shrawan.",
                "Sagun Bahadur Thapa Magar",
                "said",
                "W",
            ),
        ],
        [
            (
                "At Sukraraj Tropical and Infectious Disease Hospital in Teku, Dr Anupama Kumari Jha, a senior consultant physician, said the hospital had admitted 164 dengue patients in August, against 39 in July.",
                "Anupama Kumari Jha",
                "said",
                "W",
            ),
            (
                "She said the hospital had turned its 20-bed physiotherapy hall into a dengue ward on Sunday.",
                "Anupama Kumari Jha",
                "said",
                "W",
            ),
            (
                "“Most people come on the fourth or fifth day of fever, after taking painkillers at home, and that is what worries us,” Dr Jha said.",
                "Anupama Kumari Jha",
                "said",
                "",
            ),
        ],
        [
            (
                "The Department of Health Services has capped the fee for a dengue NS1 antigen test at Rs 600 at private laboratories, while tests at government hospitals are free, the department said.",
                "the department",
                "said",
                "W",
            ),
        ],
        [
            ("‘Larvae in the ward office itself’", "", "", ""),
        ],
        [
            (
                "Krishna Bahadur Maharjan, chairperson of Kathmandu Metropolitan City Ward No. 32, said volunteers would clear standing water in the ward every Saturday from 7 am to 10 am until the end of Asoj.",
                "Krishna Bahadur Maharjan",
                "said",
                "W",
            ),
            (
                "“We have found larvae in flower pots, in old tyres, even in the water tank of the ward office itself,” Maharjan told the Herald.",
                "Krishna Bahadur Maharjan",
                "told the Herald",
                "",
            ),
        ],
        [
            (
                "Kathmandu Metropolitan City said it had sprayed insecticide at 1,240 public places since Shrawan 15.",
                "Kathmandu Metropolitan City",
                "said",
                "W",
            ),
            (
                "Bhaktapur Municipality has fined 23 households a total of Rs 46,000 for leaving water standing in containers, the municipality said.",
                "Bhaktapur Municipality",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sita Kumari Shrestha, 34, a schoolteacher from Koteshwor, said she spent three nights on a bench in a hospital corridor before a bed became free.",
                "Sita Kumari Shrestha",
                "said",
                "",
            ),
            (
                "“My platelets were at 18,000 and nobody could find me a bed,” Shrestha said.",
                "Sita Kumari Shrestha",
                "said",
                "",
            ),
        ],
        [
            (
                "In Ason, a spice trader, Rajendra Man Shakya, said all five members of his family had fallen ill in the same week.",
                "Rajendra Man Shakya",
                "said",
                "",
            ),
            (
                "“First my son, then my wife, then me and my parents,” he said.",
                "Rajendra Man Shakya",
                "said",
                "",
            ),
        ],
        [
            (
                "The Ministry of Health and Population's spokesperson, Dr Saroj Kumar Dhungana, urged people to sleep under mosquito nets and to see a doctor if a fever lasted more than two days.",
                "Saroj Kumar Dhungana",
                "urged",
                "",
            ),
            (
                "He said the ministry had written to every municipality in the valley on Monday asking it to run weekly clean-up drives and report larvae counts to the division every Friday.",
                "Saroj Kumar Dhungana",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kathmandu recorded 312.4 mm of rain in August up to Tuesday, about a fifth more than the monthly average, according to the Department of Hydrology and Meteorology.",
                "the Department of Hydrology and Meteorology",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Dr Thapa Magar said the division expected cases to fall once night temperatures dropped below 15°C in Kartik.",
                "Sagun Bahadur Thapa Magar",
                "said",
                "",
            ),
        ],
        [
            ("Related News", "", "", "B"),
        ],
        [
            ("Teku hospital to start 24-hour fever clinic", "", "", "B"),
        ],
        [
            ("Lalitpur Metropolitan City fines 12 houses for stagnant water", "", "", "B"),
        ],
        [
            ("Printed from bagmatiherald.com on 28 Aug 2027, 14:12 NST", "", "", "B"),
        ],
        [
            ("Copyright © Bagmati Herald Media Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "Bagmati Herald Media Pvt. Ltd., Anamnagar, Kathmandu | Tel: 01-5900000 | news@bagmatiherald.com",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("Lamplight PH  •  NATION", "", "", "B"),
        ],
        [
            ("EN | FIL", "", "", "B"),
        ],
        [
            (
                "QC court convicts ex-payroll officer of estafa over P4.2-million salary scheme",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Former employee of freight firm gets 6 to 12 years and is ordered to return the money; cousin acquitted",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Katrina Soriano-Dimaculangan", "", "", "B"),
        ],
        [
            ("Published: March 9, 2027 4:18 PM | Updated: March 9, 2027 6:02 PM", "", "", "B"),
        ],
        [
            ("🎧 Listen to this article  3:21", "", "", "B"),
        ],
        [
            ("The Quezon City Hall of Justice.", "", "", ""),
            ("LAMPLIGHT PH FILE PHOTO", "", "", "B"),
        ],
        [
            (
                "MANILA, Philippines — A Quezon City court has convicted a former payroll officer of a freight company of estafa for diverting P4.2 million in workers' salaries to accounts he controlled over 14 months.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In a 34-page decision promulgated on Monday, Judge Ma. Teresita Villaruel-Dimalanta of the Quezon City Regional Trial Court Branch 219 sentenced Rommel Pagdanganan Buenaventura, 38, to six to 12 years in prison.",
                "",
                "",
                "W",
            ),
            (
                "The court also ordered him to pay Tamaraw Freight Solutions Inc. P4.2 million in actual damages, with interest of 6 percent a year from the date the decision becomes final.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Buenaventura added 31 “ghost” names to the payroll of the company's warehouse in Valenzuela between January 2023 and February 2024 and had their salaries sent to e-wallet accounts registered to relatives, the court found.",
                "the court",
                "found",
                "W",
            ),
            (
                "“The accused abused the confidence reposed in him by reason of his position, which is the very essence of estafa,” the judge wrote.",
                "Ma. Teresita Villaruel-Dimalanta",
                "wrote",
                "W",
            ),
        ],
        [
            (
                "The prosecution presented 11 witnesses, among them two bank officers and the company's external auditor, the decision said.",
                "Ma. Teresita Villaruel-Dimalanta",
                "said",
                "W",
            ),
            (
                "His cousin, Jennifer Buenaventura-Lacson, who was charged with him, was acquitted for insufficient evidence.",
                "",
                "",
                "W",
            ),
            (
                "Buenaventura was arraigned in October 2025 and pleaded not guilty, court records show.",
                "court records",
                "show",
                "W",
            ),
            (
                "The time Buenaventura has spent in detention will be credited to his sentence, the decision said.",
                "Ma. Teresita Villaruel-Dimalanta",
                "said",
                "W",
            ),
        ],
        [
            (
                "Buenaventura, in an orange detainee shirt, stared at the floor as the decision was read.",
                "",
                "",
                "",
            ),
            ("The judge denied a defense motion to let him post bail pending appeal.", "", "", "W"),
        ],
        [
            (
                "His lawyer, Atty. Jose Rizalino Mercado Jr., said the defense would file a motion for reconsideration.",
                "Jose Rizalino Mercado Jr.",
                "said",
                "",
            ),
            (
                "“The bank records do not show that my client opened any of those accounts,” Mercado told reporters outside the courtroom.",
                "Jose Rizalino Mercado Jr.",
                "told reporters outside the courtroom",
                "W",
            ),
        ],
        [
            (
                "Under the Rules of Court, a motion for reconsideration must be filed within 15 days of notice of the judgment.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "RELATED: Valenzuela warehouse workers file labor complaint over unpaid 13th-month pay",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "In a statement, Tamaraw Freight Solutions Inc. said it had paid all affected workers in full by June 2024 and had since moved its payroll to a bank-administered system.",
                "Tamaraw Freight Solutions Inc.",
                "said",
                "W",
            ),
        ],
        [
            (
                "The company's chief operating officer, Engr. Ramon “Mon” Villacorta III, said the ruling “closes a painful chapter” for its 480 employees.",
                "Ramon Villacorta III",
                "said",
                "",
            ),
            (
                "Villacorta said the company would not comment on the acquittal.",
                "Ramon Villacorta III",
                "said",
                "",
            ),
        ],
        [
            ("‘Who would I collect from?’", "", "", ""),
        ],
        [
            (
                "Forklift operator Danilo Macaraeg, 45, said he went three months without pay in late 2023 before the scheme was discovered.",
                "Danilo Macaraeg",
                "said",
                "",
            ),
            (
                "“Akala ko nagkamali lang ang payroll (I thought payroll had just made a mistake),” he said.",
                "Danilo Macaraeg",
                "said",
                "",
            ),
            (
                "Macaraeg said he borrowed P15,000 from a lending app that December to pay his daughter's tuition.",
                "Danilo Macaraeg",
                "said",
                "",
            ),
        ],
        [
            (
                "Rebecca Dungca, who runs a carinderia outside the warehouse and whom the workers call Aling Bebeng, said she let more than 40 of them eat on credit during those months.",
                "Rebecca Dungca",
                "said",
                "",
            ),
            (
                "“Some of them still owe me, but who would I collect from?” Aling Bebeng said, laughing.",
                "Rebecca Dungca",
                "said",
                "",
            ),
        ],
        [
            (
                "A labor group, the Valenzuela Warehouse Workers' Alliance, said it would ask the Department of Labor and Employment to audit the payrolls of three other logistics firms in the city.",
                "the Valenzuela Warehouse Workers' Alliance",
                "said",
                "",
            ),
        ],
        [
            (
                "The National Bureau of Investigation (NBI) arrested Buenaventura in Malolos, Bulacan, in August 2025, and he has been held at the Quezon City Jail since then, the bureau said.",
                "the bureau",
                "said",
                "W",
            ),
        ],
        [
            (
                "Estafa is punished under Article 315 of the Revised Penal Code, as amended by Republic Act No. 10951 in 2017, with penalties that rise with the amount defrauded.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("💬 218 reactions", "", "", "B"),
        ],
        [
            ("🔔 Turn on notifications to get breaking news first", "", "", "B"),
        ],
        [
            ("📲 Get the Lamplight PH app on Google Play and the App Store", "", "", "B"),
        ],
        [
            (
                "Read more: https://lamplight.ph/nation/2027/03/09/qc-court-estafa-payroll",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Shared via Lamplight PH", "", "", "B"),
        ],
    ],
    [
        [
            (
                "PJ Lens Daybreak: New assessment rates for 198,000 properties, and the Section 17 pushback",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Inbox", "", "", "B"),
        ],
        [
            ("The Petaling Lens <morning@petalinglens.my>", "", "", "B"),
        ],
        [
            ("to me", "", "", "B"),
        ],
        [
            ("Mon, 15 Nov 2027, 6:02 AM", "", "", "B"),
        ],
        [
            ("View this email in your browser", "", "", "B"),
        ],
        [
            ("THE PETALING LENS · PJ LENS DAYBREAK", "", "", "B"),
        ],
        [
            ("PJ today: 33°C, thunderstorms after 3pm | USD/MYR 4.38 | SGD/MYR 3.27", "", "", "B"),
        ],
        [
            (
                "Waktu solat (Petaling Jaya): Subuh 5:51 · Zohor 1:05 · Asar 4:20 · Maghrib 7:01 · Isyak 8:12",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Selamat pagi, and good morning.", "", "", ""),
            (
                "If you own a home in PJ, your assessment bill is about to change, and this morning we explain by how much.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "MBPJ TO APPLY NEW ASSESSMENT RATES FROM JAN 1; HOMEOWNERS' INCREASE CAPPED AT 15%",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Petaling Jaya City Council (MBPJ) will apply new annual values to 198,412 properties from Jan 1, the first revaluation since 2017, the council said after its full board meeting on Friday.",
                "The Petaling Jaya City Council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mayor Datuk Mohd Azrul Hisham Abdul Rahim said the increase in assessment for residential properties would be capped at 15 per cent for the first two years.",
                "Mohd Azrul Hisham Abdul Rahim",
                "said",
                "W",
            ),
            (
                "He said 61 per cent of homeowners would pay less than RM100 more a year.",
                "Mohd Azrul Hisham Abdul Rahim",
                "said",
                "W",
            ),
            (
                "“The rates of 4 per cent for residential and 6 per cent for commercial properties are unchanged; it is the annual value that has been updated,” Mohd Azrul said.",
                "Mohd Azrul Hisham Abdul Rahim",
                "said",
                "W",
            ),
        ],
        [
            (
                "The state executive councillor for local government, Datuk Seri Haris Fadzilah Mokhtar, said the state executive council had approved the new valuation list on Oct 20.",
                "Haris Fadzilah Mokhtar",
                "said",
                "W",
            ),
        ],
        [
            (
                "Under the Local Government Act 1976, owners may file written objections to a new valuation list, and the council must hear them before the list takes effect.",
                "",
                "",
                "W",
            ),
            (
                "Objections can be filed until Dec 10 at the MBPJ headquarters on Jalan Yong Shook Lin or on the council's website, the council said.",
                "the council",
                "said",
                "W",
            ),
        ],
        [
            ("— Sponsored —", "", "", "B"),
        ],
        [
            ("Renovating?", "", "", "B"),
            ("Get 10% off kitchen cabinets at Kayu Jati Home, Damansara Utama.", "", "", "B"),
            ("T&Cs apply.", "", "", "B"),
        ],
        [
            ("THE SECTION 17 PUSHBACK", "", "", ""),
        ],
        [
            (
                "Residents of older flats in Section 17 say the new values are out of line with what their homes would sell for.",
                "Residents of older flats in Section 17",
                "say",
                "",
            ),
        ],
        [
            (
                "Dr Ravindran a/l Supramaniam, chairman of the Section 17 Residents' Association, said the council had valued three-room walk-up flats “as if they had lifts and a pool”.",
                "Ravindran a/l Supramaniam",
                "said",
                "",
            ),
            (
                "He said the annual value of a 750 sq ft flat in his block had gone up from RM4,200 to RM6,480, an increase of 54 per cent.",
                "Ravindran a/l Supramaniam",
                "said",
                "W",
            ),
            (
                "“A cap for two years is a delay, not a discount,” Dr Ravindran said.",
                "Ravindran a/l Supramaniam",
                "said",
                "",
            ),
        ],
        [
            (
                "Councillor Jessica Tan Siew Lan, who represents the area, said she would ask the valuation department to look again at the walk-up flats.",
                "Jessica Tan Siew Lan",
                "said",
                "",
            ),
            (
                "Tan said 1,860 of the 198,412 properties were low-cost flats, which are exempt from the increase.",
                "Jessica Tan Siew Lan",
                "said",
                "W",
            ),
        ],
        [
            (
                "Puan Norhayati Ismail, 58, a retired teacher in Section 14, said she had learned of the revaluation only from a neighbour's WhatsApp message.",
                "Norhayati Ismail",
                "said",
                "",
            ),
            (
                "“Nobody knocked on my door, nobody sent a letter,” Norhayati said.",
                "Norhayati Ismail",
                "said",
                "",
            ),
        ],
        [
            (
                "The council said notices had been posted to all owners between Oct 25 and Nov 5 and published in four newspapers.",
                "The council",
                "said",
                "W",
            ),
        ],
        [
            (
                "In SS2, shophouse owner Lim Chee Keong, 63, said his tenants would end up paying.",
                "Lim Chee Keong",
                "said",
                "",
            ),
            (
                "“When the assessment goes up, the rent goes up; everybody knows this,” Lim said.",
                "Lim Chee Keong",
                "said",
                "",
            ),
        ],
        [
            (
                "Our take: if your valuation looks wrong, file the objection; it costs nothing, and the hearing is where numbers get changed.",
                "",
                "",
                "",
            ),
        ],
        [
            ("QUICK QUIZ", "", "", "B"),
        ],
        [
            ("Which year was Petaling Jaya declared a city?", "", "", "B"),
            ("Reply to this email with your answer.", "", "", "B"),
        ],
        [
            ("Also in the news today", "", "", "B"),
        ],
        [
            (
                "Shuttle buses to replace LRT trains between Kelana Jaya and Taman Paramount on Sunday",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Damansara Jaya market traders move into new stalls", "", "", "B"),
        ],
        [
            (
                "You are receiving this email because you signed up for PJ Lens Daybreak.",
                "",
                "",
                "B",
            ),
            ("Unsubscribe | Manage preferences", "", "", "B"),
        ],
        [
            (
                "The Petaling Lens Sdn. Bhd. (202301045678), 8 Jalan Universiti, 46200 Petaling Jaya, Selangor.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 The Petaling Lens Sdn. Bhd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE TEMASEK CHRONICLE", "", "", "B"),
        ],
        [
            ("Menu   Search   Subscribe   Log in", "", "", "B"),
        ],
        [
            (
                "STI 3,684.21 ▼ 12.05 (0.33%) | SGD/USD 0.7412 | SGD/MYR 3.27 | Brent US$81.40",
                "",
                "",
                "B",
            ),
        ],
        [
            ("BUSINESS › Companies & Markets", "", "", "B"),
        ],
        [
            (
                "Food court operator Sinar Kopi's H1 profit falls 38% as rents and wages bite",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Group to shut 3 of its 41 food courts by March; interim dividend halved to 0.5 cent",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Rachel Foo Hui Min, Correspondent", "", "", "B"),
        ],
        [
            ("Published Aug 14, 2027, 05:00 AM", "", "", "B"),
        ],
        [
            ("🎧 Listen to this article  4 min", "", "", "B"),
        ],
        [
            ("🎁 Gift this article", "", "", "B"),
        ],
        [
            ("This article is free to read.", "", "", "B"),
            ("Register to unlock three more articles this month.", "", "", "B"),
        ],
        [
            (
                "Sinar Kopi's food court at Toa Payoh, one of the outlets where stall rents rose in January.",
                "",
                "",
                "W",
            ),
            ("PHOTO: TEMASEK CHRONICLE FILE", "", "", "B"),
        ],
        [
            (
                "SINGAPORE – Food court operator Sinar Kopi Holdings Ltd posted a 38 per cent fall in net profit for the six months ended June 30, to $4.1 million, as rents and manpower costs rose faster than sales.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Revenue rose 6.2 per cent to $118.7 million, the Catalist-listed company said in a filing to the Singapore Exchange after the market closed on Aug 13.",
                "Sinar Kopi Holdings Ltd",
                "said in a filing to the Singapore Exchange",
                "W",
            ),
            (
                "Rental costs climbed 14 per cent to $31.2 million after leases at five of its food courts were renewed at higher rates, it said.",
                "Sinar Kopi Holdings Ltd",
                "said",
                "W",
            ),
        ],
        [
            (
                "The board declared an interim dividend of 0.5 cent a share, down from one cent a year earlier, payable on Sept 12.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("READ ALSO: Hawker centre stall bids hit record at Bukit Merah tender", "", "", "B"),
        ],
        [
            (
                "Chief executive Tan Kok Wee said the group would close three of its 41 food courts, in Jurong East, Sembawang and Pasir Ris, by March, when their leases end.",
                "Tan Kok Wee",
                "said",
                "",
            ),
            (
                "“Our rent per square foot in the malls has gone up by about a third in three years,” Mr Tan told reporters at a results briefing.",
                "Tan Kok Wee",
                "told reporters at a results briefing",
                "W",
            ),
            (
                "“We cannot pass all of that on to the stallholders, and we cannot pass it on to the customer either.”",
                "Tan Kok Wee",
                "told reporters at a results briefing",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Shares of Sinar Kopi closed 2.5 cents, or 6.9 per cent, lower at 33.5 cents on Thursday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ms Chua Li Ting, an analyst at Kallang Basin Securities Pte Ltd, called the results “weaker than we feared” and cut her target price to 36 cents from 45 cents.",
                "Chua Li Ting",
                "called",
                "",
            ),
            (
                "She said same-store sales at the group's food courts fell 2.1 per cent in the half, the first decline since 2021.",
                "Chua Li Ting",
                "said",
                "W",
            ),
        ],
        [
            (
                "Madam Lim Ah Moi, 67, who sells wanton mee at the group's Toa Payoh food court, said her monthly rent went up from $3,800 to $4,600 in January.",
                "Lim Ah Moi",
                "said",
                "W",
            ),
            (
                "“I raised my price by 50 cents and lost the office crowd,” she said in Mandarin.",
                "Lim Ah Moi",
                "said in Mandarin",
                "",
            ),
        ],
        [
            (
                "Mr Muhammad Hafiz Rosli, 41, who runs a nasi padang stall at the same food court, said he had cut his opening hours to save on staff.",
                "Muhammad Hafiz Rosli",
                "said",
                "",
            ),
            (
                "“One worker costs me $2,400 a month now, and the lunch crowd is gone by 2pm,” said Mr Hafiz.",
                "Muhammad Hafiz Rosli",
                "said",
                "",
            ),
        ],
        [
            (
                "Food and beverage services sales volume fell 1.8 per cent year on year in June, according to the Singapore Department of Statistics.",
                "the Singapore Department of Statistics",
                "according to",
                "W",
            ),
        ],
        [
            ("Will prices go up?", "", "", ""),
        ],
        [
            (
                "Mr Tan said the group had last raised prices at its own drinks stalls in 2025, when a cup of kopi went up by 10 cents to $1.50.",
                "Tan Kok Wee",
                "said",
                "W",
            ),
            ("He said no further increase was planned this year.", "Tan Kok Wee", "said", ""),
        ],
        [
            (
                "Associate Professor Gerald Lee Chin Wah, who teaches retail management at the Singapore Management University, said food court operators were caught between mall landlords and hawker centres.",
                "Gerald Lee Chin Wah",
                "said",
                "",
            ),
            (
                "“A food court has to be cheaper than a restaurant and nicer than a hawker centre, and the rent decides whether it can be both,” Prof Lee said.",
                "Gerald Lee Chin Wah",
                "said",
                "",
            ),
        ],
        [
            ("Topics: Food & Beverage, SGX, Earnings, Retail", "", "", "B"),
        ],
        [
            ("Join our Telegram channel for the day's top business stories.", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Hawker centre operators call for rent review", "", "", "B"),
        ],
        [
            ("Kopitiam chain sold to Hong Kong group for $42m", "", "", "B"),
        ],
        [
            ("MCI (P) 012/03/2027", "", "", "B"),
        ],
        [
            ("Co. Reg. No. 201812345K", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Temasek Chronicle Media Pte. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("☰   Creekside Gazette   🔔", "", "", "B"),
        ],
        [
            ("Get the app", "", "", "B"),
        ],
        [
            ("عربي | English", "", "", "B"),
        ],
        [
            ("Dubai 39°C ☀", "", "", "B"),
        ],
        [
            ("Fajr 4:21 · Dhuhr 12:19 · Asr 3:45 · Maghrib 7:09 · Isha 8:34", "", "", "B"),
        ],
        [
            ("AED→INR 23.41 · AED→PKR 76.62 · AED→PHP 15.72 · AED→BDT 32.60", "", "", "B"),
        ],
        [
            ("UAE › Crime", "", "", "B"),
        ],
        [
            (
                "Dubai Police arrest 14 over fake holiday-home listings that cost 212 victims Dh1.3 million",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Gang posted photos of real flats at prices 40% below market, police say",
                "Dubai Police",
                "say",
                "W",
            ),
        ],
        [
            ("Staff Reporter", "", "", "B"),
        ],
        [
            ("Published: Tue 6 Jul 2027, 5:32 PM", "", "", "B"),
        ],
        [
            ("Last updated: Tue 6 Jul 2027, 9:10 PM", "", "", "B"),
        ],
        [
            ("Share   🔗   WhatsApp   X", "", "", "B"),
        ],
        [
            (
                "Dubai Police have arrested 14 people accused of taking Dh1.3 million from 212 tourists and residents through fake holiday-home listings on social media, the force said on Tuesday.",
                "Dubai Police",
                "said",
                "W",
            ),
        ],
        [
            (
                "Brigadier Saeed Rashid Al Hammadi, director of the General Department of Criminal Investigation, said the gang — nine men and five women of four nationalities — posted photographs of real apartments in Dubai Marina, JBR and Downtown Dubai at prices about 40 per cent below the market.",
                "Saeed Rashid Al Hammadi",
                "said",
                "W",
            ),
            (
                "Victims were asked to pay a deposit of between Dh1,500 and Dh9,000 by bank transfer to “confirm” their booking, he said.",
                "Saeed Rashid Al Hammadi",
                "said",
                "W",
            ),
            (
                "“They arrived with their suitcases, and the building's security had never heard of them,” Brig Al Hammadi said.",
                "Saeed Rashid Al Hammadi",
                "said",
                "",
            ),
        ],
        [
            (
                "The suspects were arrested in raids on three apartments in Al Qusais and International City, where police seized 31 mobile phones, 64 SIM cards and Dh212,000 in cash, he said.",
                "Saeed Rashid Al Hammadi",
                "said",
                "W",
            ),
            (
                "Brig Al Hammadi said the gang's leader, a 37-year-old Asian man, had run the scheme from a rented flat in International City since October.",
                "Saeed Rashid Al Hammadi",
                "said",
                "W",
            ),
            (
                "Police traced the bank accounts after a complaint from a tourist who had flown in from Riyadh, he said.",
                "Saeed Rashid Al Hammadi",
                "said",
                "W",
            ),
        ],
        [
            ("Video: Dubai Police explain how the gang targeted holidaymakers", "", "", ""),
        ],
        [
            ("Video credit: Dubai Police | 1:36", "", "", "B"),
        ],
        [
            (
                "Lieutenant Colonel Dr Maryam Hassan Al Marri, head of the anti-fraud section, said the section had received 1,042 reports of online rental fraud in the first half of the year, up from 716 a year earlier.",
                "Maryam Hassan Al Marri",
                "said",
                "W",
            ),
            (
                "She urged residents and visitors to book only through licensed operators and to check a listing's permit number before paying anything.",
                "Maryam Hassan Al Marri",
                "urged",
                "",
            ),
        ],
        [
            ("ALSO READ: Sharjah Police warn of fake traffic-fine text messages", "", "", "B"),
        ],
        [
            (
                "Sreeja Nambiar, 34, a nurse from Kerala who lives in Sharjah, said she lost Dh4,200 trying to book a two-bedroom flat in JBR for her parents' visit in April.",
                "Sreeja Nambiar",
                "said",
                "",
            ),
            (
                "“The photos were beautiful, the agent was polite, and the WhatsApp number had a UAE code, so why would I doubt?” she said.",
                "Sreeja Nambiar",
                "said",
                "",
            ),
            (
                "She said police had told her part of the money might be returned once the case was decided.",
                "Sreeja Nambiar",
                "said",
                "",
            ),
        ],
        [
            (
                "The case has been referred to the Dubai Public Prosecution, police said.",
                "police",
                "said",
                "W",
            ),
        ],
        [
            (
                "Holiday homes in Dubai must be registered with the Department of Economy and Tourism, and every listing must show its permit number, the department said.",
                "the department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Online fraud is a crime under Federal Decree-Law No. 34 of 2021 on Combating Rumours and Cybercrimes, which provides for prison terms and fines.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("How to spot a fake listing", "", "", ""),
        ],
        [
            (
                "• Check the permit number on the listing against the department's register.",
                "",
                "",
                "",
            ),
        ],
        [
            ("• Never pay a deposit into a personal bank account.", "", "", ""),
        ],
        [
            ("• Be wary of prices far below those of similar flats nearby.", "", "", ""),
        ],
        [
            (
                "Fraud can be reported through the Dubai Police app or the eCrime platform, or by calling 901.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Follow the Creekside Gazette on WhatsApp for breaking news", "", "", "B"),
        ],
        [
            ("Tags: Dubai Police | Scam | Holiday homes | Fraud", "", "", "B"),
        ],
        [
            ("Comments (9)", "", "", "B"),
        ],
        [
            ("SunilK_DXB: Same thing happened to my cousin last Eid.", "", "", "B"),
            ("Good job Dubai Police.", "", "", "B"),
        ],
        [
            ("Contact us | Advertise | Careers | Privacy", "", "", "B"),
        ],
        [
            ("© 2027 Creekside Gazette Media L.L.C.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("dohaline-qa.cdn.ampproject.org", "", "", "B"),
        ],
        [
            ("DOHALINE", "", "", "B"),
        ],
        [
            ("عربي", "", "", "B"),
        ],
        [
            ("Doha 41°C | Humidity 52% | Wind NW 18 km/h", "", "", "B"),
        ],
        [
            (
                "Prayer times (Doha): Fajr 3:38 | Dhuhr 11:34 | Asr 2:58 | Maghrib 6:27 | Isha 7:57",
                "",
                "",
                "B",
            ),
        ],
        [
            ("QAR/USD 0.2747 | QAR/INR 22.96 | QAR/PHP 15.61", "", "", "B"),
        ],
        [
            ("Qatar", "", "", "B"),
        ],
        [
            (
                "Water supply to parts of Al Wakrah and Al Wukair to be cut for 14 hours on Friday",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Kahramaa says cut needed to link new QR412mn pipeline; eight tankers on standby",
                "The Qatar General Electricity and Water Corporation",
                "says",
                "W",
            ),
        ],
        [
            ("Dohaline Staff", "", "", "B"),
        ],
        [
            ("17 Jun 2027 - 8:12 pm", "", "", "B"),
        ],
        [
            ("Share   Tweet   WhatsApp", "", "", "B"),
        ],
        [
            (
                "The Qatar General Electricity and Water Corporation (Kahramaa) will cut the water supply to parts of Al Wakrah and Al Wukair for 14 hours on Friday, from 8am to 10pm, to connect a new 1,200mm transmission pipeline, the corporation said.",
                "The Qatar General Electricity and Water Corporation",
                "said",
                "W",
            ),
            (
                "About 9,400 customer accounts in zones 90 and 91 will be affected, Kahramaa said, while Al Wakrah Hospital, which has its own storage, will not be.",
                "The Qatar General Electricity and Water Corporation",
                "said",
                "W",
            ),
        ],
        [
            (
                "Eng. Nasser Mubarak Al Sulaiti, director of water network affairs at Kahramaa, said the new line would meet the needs of the southern areas “for the next 20 years”.",
                "Nasser Mubarak Al Sulaiti",
                "said",
                "",
            ),
            (
                "He said the QR412mn project included 27km of pipes and a pumping station in Al Wukair, and was 93 percent complete.",
                "Nasser Mubarak Al Sulaiti",
                "said",
                "W",
            ),
            (
                "“We chose Friday because demand is at its lowest, and we have planned the work so that water returns before most people go to sleep,” Eng. Al Sulaiti said.",
                "Nasser Mubarak Al Sulaiti",
                "said",
                "",
            ),
            (
                "Asked whether the cut could overrun, Eng. Al Sulaiti said crews had rehearsed the connection twice at the Al Wukair site.",
                "Nasser Mubarak Al Sulaiti",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Kahramaa urged customers in the affected areas to fill their tanks before 8am on Friday and to use water sparingly.",
                "The Qatar General Electricity and Water Corporation",
                "urged",
                "",
            ),
        ],
        [
            (
                "Eight water tankers will be stationed at the Al Wakrah Municipality car park and at Al Wukair Park from 9am to 11pm, the corporation said.",
                "the corporation",
                "said",
                "W",
            ),
            (
                "Customers can report emergencies on Kahramaa's customer service number, 991, it said.",
                "The Qatar General Electricity and Water Corporation",
                "said",
                "W",
            ),
        ],
        [
            (
                "Planned cuts must be announced to affected customers at least 48 hours in advance under Kahramaa's service rules, and text messages went out on Wednesday evening, the corporation said.",
                "the corporation",
                "said",
                "W",
            ),
        ],
        [
            ("Also read: Kahramaa: Tarsheed smart meters now in 60% of homes", "", "", "B"),
        ],
        [
            (
                "Per capita water consumption in Qatar fell 4.1 percent last year, according to Kahramaa's annual Tarsheed report.",
                "Kahramaa's annual Tarsheed report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Al Wakrah's population has more than doubled since 2015, according to the Planning and Statistics Authority.",
                "the Planning and Statistics Authority",
                "according to",
                "W",
            ),
            ("The last planned cut in Al Wakrah, in March, lasted 10 hours.", "", "", "W"),
        ],
        [
            (
                "Mohammed Shafeeq Puthiyaveettil, a supermarket manager from Kerala who lives in an Al Wakrah apartment block, said the building's tank usually lasted about six hours.",
                "Mohammed Shafeeq Puthiyaveettil",
                "said",
                "",
            ),
            (
                "“After that, we will buy bottles from my own shop,” Shafeeq said, laughing.",
                "Mohammed Shafeeq Puthiyaveettil",
                "said",
                "",
            ),
        ],
        [
            (
                "A manager at a seafood restaurant in the old souq said it would stay open on Friday but serve on disposable plates.",
                "A manager at a seafood restaurant in the old souq",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr. Aisha Khalifa Al Naimi, an assistant professor of civil engineering at Qatar University, said residential water use in Qatar averaged about 430 litres per person a day, more than twice the global average.",
                "Aisha Khalifa Al Naimi",
                "said",
                "W",
            ),
            (
                "“Cuts like this remind people what the tank on their roof is for,” Dr. Aisha said.",
                "Aisha Khalifa Al Naimi",
                "said",
                "",
            ),
        ],
        [
            (
                "A resident of Al Wukair, Fatima Rashed Al Marri, said the compound's management had not passed on the notice.",
                "Fatima Rashed Al Marri",
                "said",
                "",
            ),
            (
                "“We found out from a neighbour's Instagram story,” she said.",
                "Fatima Rashed Al Marri",
                "said",
                "",
            ),
        ],
        [
            ("POLL", "", "", "B"),
        ],
        [
            ("Has your area had a planned water cut this year?", "", "", "B"),
        ],
        [
            ("○ Yes   ○ No   ○ Not sure   [Vote]", "", "", "B"),
        ],
        [
            ("Tags: Kahramaa, Al Wakrah, Water", "", "", "B"),
        ],
        [
            ("Download the Dohaline app for alerts on water and power cuts", "", "", "B"),
        ],
        [
            ("Dohaline is published by Al Bidda Media W.L.L.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("View full site", "", "", "B"),
        ],
    ],
    [
        [
            ("Shared from Wadi Sport", "", "", "B"),
        ],
        [
            ("العربية | EN", "", "", "B"),
        ],
        [
            (
                "⚽ LIVE | Al-Faisaly 0-0 Shabab Al-Ordon 62' | Al-Salt 1-1 Ma'an FT | Al-Jazeera 2-0 Sahab FT",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Al-Hussein come from behind to beat Al-Ramtha 2-1 in Irbid derby and go top",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Al-Rawashdeh scores 87th-minute winner; Al-Ramtha to complain about the goal",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Omar Haddadin", "", "", "B"),
        ],
        [
            ("Saturday 13 March 2027 · 00:41", "", "", "B"),
        ],
        [
            ("💬 143   ↗ Share", "", "", "B"),
        ],
        [
            (
                "Al-Hussein players celebrate Ahmad Ziad Al-Rawashdeh's winner at Al-Hassan Stadium on Friday.",
                "",
                "",
                "",
            ),
            ("Photo: Wadi Sport/Laith Tamimi", "", "", "B"),
        ],
        [
            (
                "IRBID — Al-Hussein came from behind to beat Al-Ramtha 2-1 in the Irbid derby at Al-Hassan Stadium on Friday night and moved top of the Jordanian Pro League on goal difference.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Al-Ramtha led through a 23rd-minute penalty from Odai Khalaf Bani Yaseen, awarded after Qusai Nabil Hijazin tripped him in the area.",
                "",
                "",
                "W",
            ),
            (
                "Yazan Abu Snaineh equalised in the 58th minute with a header from a corner, and substitute Ahmad Ziad Al-Rawashdeh scored the winner in the 87th minute with a low shot from 20 metres.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A crowd of 11,420 watched the match, according to the Jordan Football Association (JFA).",
                "the Jordan Football Association",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Al-Hussein coach Nizar Adnan Al-Momani said his players had “refused to accept the result”.",
                "Nizar Adnan Al-Momani",
                "said",
                "",
            ),
            (
                "“At half-time I asked them one thing: who remembers a team that lost a derby by one goal?” he said.",
                "Nizar Adnan Al-Momani",
                "said",
                "",
            ),
            (
                "Al-Momani said Al-Hussein had won seven of their last nine league matches and conceded only four goals in that run.",
                "Nizar Adnan Al-Momani",
                "said",
                "W",
            ),
        ],
        [
            ("🗳 POLL: Who was the man of the match?", "", "", "B"),
        ],
        [
            ("Al-Rawashdeh 54% · Abu Snaineh 31% · Bani Yaseen 15% · 3,906 votes", "", "", "B"),
        ],
        [
            (
                "Al-Ramtha club president Eng. Bilal Fawwaz Al-Khasawneh said the club would file a complaint with the JFA over the winning goal, which he said came after a foul on goalkeeper Mohammad Sami Al-Shboul.",
                "Bilal Fawwaz Al-Khasawneh",
                "said",
                "",
            ),
            (
                "Eng. Al-Khasawneh told Wadi Sport that the referee had not consulted the video assistant referee before awarding it.",
                "Bilal Fawwaz Al-Khasawneh",
                "told Wadi Sport",
                "W",
            ),
        ],
        [
            (
                "A JFA spokesman said VAR was not in use at Al-Hassan Stadium this season because the stadium's camera system had not yet been certified.",
                "A JFA spokesman",
                "said",
                "W",
            ),
        ],
        [
            (
                "Al-Ramtha coach Tareq Sameeh Bashabsheh said his team had “played well for 85 minutes and lost it in five”.",
                "Tareq Sameeh Bashabsheh",
                "said",
                "",
            ),
        ],
        [
            (
                "Suleiman Ahmad Obeidat, 70, who has followed Al-Hussein since 1968 and whom supporters call Haj Suleiman, watched from his usual seat behind the north goal.",
                "",
                "",
                "",
            ),
            (
                "“I have seen this derby a hundred times, and I have never seen the stadium shake like that,” said Haj Suleiman.",
                "Suleiman Ahmad Obeidat",
                "said",
                "",
            ),
        ],
        [
            (
                "Al-Hussein and Al-Faisaly both have 41 points from 19 matches, with Al-Hussein ahead on goal difference, while Al-Ramtha are fifth with 30 points.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Tickets cost JD3 and JD5 and were sold out by Thursday afternoon, Al-Hussein said.",
                "Al-Hussein",
                "said",
                "W",
            ),
        ],
        [
            (
                "The JFA disciplinary committee will meet on Monday to consider a red card shown to Al-Ramtha midfielder Firas Awad Al-Zoubi in stoppage time, the association said.",
                "the association",
                "said",
                "W",
            ),
        ],
        [
            (
                "Al-Hussein visit Al-Wehdat on March 22 at 5:30pm, according to the league's fixture list.",
                "the league's fixture list",
                "according to",
                "W",
            ),
        ],
        [
            ("LINE-UPS", "", "", "B"),
        ],
        [
            (
                "Al-Hussein: Al-Hourani; Hijazin, Abu Snaineh, Al-Masri, Qasem; Al-Omari, Nasser, Al-Ajalin; Al-Sharari, Khalil (Al-Rawashdeh 71), Al-Daoud.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Al-Ramtha: Al-Shboul; Al-Zoubi, Bani Hani, Al-Khatib, Obeidat; Bani Yaseen, Shatnawi, Al-Rifai; Al-Hamdan, Jaradat, Ayasrah.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Referee: Khaldoun Sami Al-Tarawneh", "", "", ""),
        ],
        [
            ("TOP OF THE TABLE", "", "", "B"),
        ],
        [
            ("Pos | Team | P | Pts | GD", "", "", "B"),
        ],
        [
            ("1 | Al-Hussein | 19 | 41 | +22", "", "", ""),
        ],
        [
            ("2 | Al-Faisaly | 19 | 41 | +18", "", "", ""),
        ],
        [
            ("3 | Al-Wehdat | 19 | 37 | +15", "", "", ""),
        ],
        [
            ("💬 143 comments", "", "", "B"),
        ],
        [
            ("Abu_Ziad_Irbid: Yalla Hussein!", "", "", "B"),
            ("This is our year.", "", "", "B"),
        ],
        [
            ("📲 Download Wadi Sport for live scores and alerts", "", "", "B"),
        ],
        [
            ("https://wadisport.jo/sport/football/2027/03/12/al-hussein-ramtha-derby", "", "", "B"),
        ],
    ],
    [
        [
            ("We use cookies to improve your experience.", "", "", "B"),
            ("By continuing to browse, you agree to our use of cookies.", "", "", "B"),
        ],
        [
            ("Accept   Manage settings", "", "", "B"),
        ],
        [
            ("CEDARS & SEA", "", "", "B"),
        ],
        [
            ("English | Français | عربي", "", "", "B"),
        ],
        [
            ("USD/LBP 89,500 · Fuel (95 octane, 20 l) LBP 1,612,000", "", "", "B"),
        ],
        [
            ("Beirut 29°C · Tripoli 27°C · Zahle 31°C", "", "", "B"),
        ],
        [
            (
                "News   Culture   Food & Drink   Travel   Opinion   Podcasts   Newsletter",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Trending: #Tripoli #Festivals #Heritage #ElectricityHours", "", "", "B"),
        ],
        [
            ("Culture › Music", "", "", "B"),
        ],
        [
            (
                "Tripoli Old City Music Nights return after four years with 14 free concerts in the souks",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Organisers say the festival is a bet on the city's historic centre; traders hope for crowds",
                "the Tripoli Old City Heritage Association",
                "say",
                "",
            ),
        ],
        [
            ("By Jad Nassif-Harb", "", "", "B"),
        ],
        [
            ("July 9, 2027 | 10:26 AM", "", "", "B"),
        ],
        [
            ("3 comments · Share", "", "", "B"),
        ],
        [
            (
                "A musician tunes an oud in the courtyard of Khan al-Saboun, one of this year's venues.",
                "",
                "",
                "",
            ),
            ("(Photo courtesy of the festival)", "", "", "B"),
        ],
        [
            (
                "TRIPOLI — The Tripoli Old City Music Nights festival will return from July 21 to August 3 after a four-year break, with 14 free concerts in khans, courtyards and a restored hammam, the Tripoli Old City Heritage Association, which organises it, said on Tuesday.",
                "the Tripoli Old City Heritage Association",
                "said",
                "W",
            ),
        ],
        [
            (
                "Festival director Rita Elias Abi Saab said the programme had cost $186,000, most of it from two foreign cultural foundations and 31 local businesses.",
                "Rita Elias Abi Saab",
                "said",
                "W",
            ),
            (
                "“People in Beirut still think Tripoli is a place you drive through,” she said.",
                "Rita Elias Abi Saab",
                "said",
                "",
            ),
            (
                "“We want them to park the car and stay until 2 a.m.”",
                "Rita Elias Abi Saab",
                "said",
                "",
            ),
        ],
        [
            (
                "Seating at each venue will be limited to between 150 and 600 people, and places must be reserved free of charge through the festival's website from July 12, Abi Saab said.",
                "Rita Elias Abi Saab",
                "said",
                "W",
            ),
            (
                "The festival was last held in 2023, when about 21,000 people attended over 12 nights, she said.",
                "Rita Elias Abi Saab",
                "said",
                "W",
            ),
            (
                "Abi Saab said the association hoped to make the festival annual again.",
                "Rita Elias Abi Saab",
                "said",
                "",
            ),
        ],
        [
            ("ALSO READ: Byblos souk traders split over new pedestrian zone", "", "", "B"),
        ],
        [
            (
                "The opening concert, on July 21 at 9 p.m. in the Khan al-Saboun courtyard, will be given by oud player Karim Maroun Nehmeh and a 12-piece ensemble from the Lebanese National Higher Conservatory of Music.",
                "",
                "",
                "W",
            ),
            (
                "Nehmeh, who grew up a few streets from the khan, said he had waited years to play there.",
                "Karim Maroun Nehmeh",
                "said",
                "",
            ),
            (
                "“My grandfather sold soap in this khan; now his grandson comes back with an oud,” he said.",
                "Karim Maroun Nehmeh",
                "said",
                "",
            ),
        ],
        [
            (
                "Fr. Antoine Karam-Youssef, parish priest of the Church of St. George in the Old City, said the church would host two of the concerts, on July 24 and July 31.",
                "Antoine Karam-Youssef",
                "said",
                "W",
            ),
            (
                "“Music belongs to everyone who lives in these streets, whatever they pray,” Father Antoine said.",
                "Antoine Karam-Youssef",
                "said",
                "",
            ),
        ],
        [
            (
                "At a mosque near the Khan al-Khayyatin, its imam, Sheikh Bilal Adnan Shaarani, said the courtyard would not be used for concerts but volunteers from the mosque would guide visitors through the souks.",
                "Bilal Adnan Shaarani",
                "said",
                "",
            ),
        ],
        [
            (
                "Power from the state utility reaches the Old City for about six hours a day, according to the association, so the concerts will run on two generators paid for by a local bank.",
                "the association",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Culture said in a statement that it had granted the festival $20,000.",
                "The Ministry of Culture",
                "said in a statement",
                "W",
            ),
        ],
        [
            ("‘Park the car and stay’", "", "", ""),
        ],
        [
            (
                "Free concerts are rare in Lebanon, where a seat at a Beirut concert hall now costs between $25 and $80, or about LBP 2.2 million to LBP 7.2 million at the rate of 89,500 pounds to the dollar.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A ka'ak seller near the Clock Tower, who gave his name only as Abu Ali, said the last festival, in 2023, had doubled his evening sales for two weeks.",
                "Abu Ali",
                "said",
                "",
            ),
            (
                "“Bring the people, and I will bring the ka'ak,” Abu Ali said.",
                "Abu Ali",
                "said",
                "",
            ),
        ],
        [
            (
                "Tripoli Municipality said it would close three streets around the Khan al-Saboun to cars from 7 p.m. to 3 a.m. on concert nights.",
                "Tripoli Municipality",
                "said",
                "W",
            ),
        ],
        [
            ("QUIZ: How well do you know Tripoli's khans?", "", "", "B"),
        ],
        [
            ("Start the quiz →", "", "", "B"),
        ],
        [
            ("Get the best of Lebanese culture in your inbox every Friday.", "", "", "B"),
            ("Subscribe", "", "", "B"),
        ],
        [
            ("3 comments", "", "", "B"),
        ],
        [
            ("Nour K.: Finally some good news from Tripoli.", "", "", "B"),
            ("See you at the khan!", "", "", "B"),
        ],
        [
            ("Marc Abou Jaoude: Will there be parking near the Clock Tower?", "", "", "B"),
        ],
        [
            ("MORE IN CULTURE", "", "", "B"),
        ],
        [
            ("Saida soap makers open their workshops to visitors", "", "", "B"),
        ],
        [
            ("Beirut's last bookbinder closes shop after 61 years", "", "", "B"),
        ],
        [
            ("About | Contact: editor@cedarsandsea.com | Advertise", "", "", "B"),
        ],
        [
            ("© 2027 Cedars & Sea Media S.A.L.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n182-in-rs-point-mid",
        "The minimum fare rises to Rs. 15 on Monday. Passes cost more too.",
        ["The minimum fare rises to Rs. 15 on Monday.", "Passes cost more too."],
    ),
    (
        "n182-in-pvt-ltd-ends",
        "The e-buses are leased from Sahyadri Green Mobility Pvt. Ltd. The lease runs for ten years.",
        [
            "The e-buses are leased from Sahyadri Green Mobility Pvt. Ltd.",
            "The lease runs for ten years.",
        ],
    ),
    (
        "n182-in-dy-commissioner",
        "Dy. Commissioner Anil Wagholikar inspected the depot. He found 14 buses idle.",
        ["Dy. Commissioner Anil Wagholikar inspected the depot.", "He found 14 buses idle."],
    ),
    (
        "n182-in-ie-mid",
        "The full fare applies to adults, i.e. anyone over 12. Children pay half.",
        ["The full fare applies to adults, i.e. anyone over 12.", "Children pay half."],
    ),
    (
        "n182-in-lakh-decimal",
        "Ridership fell to 9.6 lakh a day. It was 12.1 lakh in 2019.",
        ["Ridership fell to 9.6 lakh a day.", "It was 12.1 lakh in 2019."],
    ),
    (
        "n182-pk-rs-nospace",
        "A naan now costs Rs25. It cost Rs28 last week.",
        ["A naan now costs Rs25.", "It cost Rs28 last week."],
    ),
    (
        "n182-pk-question-asked",
        "“Who will buy flour at this price?” asked Haji Sarfraz Gondal. Nobody answered.",
        ["“Who will buy flour at this price?” asked Haji Sarfraz Gondal.", "Nobody answered."],
    ),
    (
        "n182-bd-md-point",
        "Md. Rafiqul Islam Bhuiyan read out the bulletin. No rain is expected.",
        ["Md. Rafiqul Islam Bhuiyan read out the bulletin.", "No rain is expected."],
    ),
    (
        "n182-bd-temp-decimal",
        "Jashore recorded 41.8°C. Rajshahi was close behind at 41.2°C.",
        ["Jashore recorded 41.8°C.", "Rajshahi was close behind at 41.2°C."],
    ),
    (
        "n182-lk-gce-mid",
        "The G.C.E. (O/L) results were released on Tuesday. Re-scrutiny opens on Friday.",
        ["The G.C.E. (O/L) results were released on Tuesday.", "Re-scrutiny opens on Friday."],
    ),
    (
        "n182-lk-initials-mid",
        "Principal K.M.R. Weerakoon welcomed the results. The school had 212 candidates.",
        ["Principal K.M.R. Weerakoon welcomed the results.", "The school had 212 candidates."],
    ),
    (
        "n182-lk-ven-thero",
        "Ven. Hinguralakande Sumana Thero blessed the students. Parents lit oil lamps.",
        ["Ven. Hinguralakande Sumana Thero blessed the students.", "Parents lit oil lamps."],
    ),
    (
        "n182-np-bs-ends",
        "The ward was created in 2074 B.S. It now has 41,000 residents.",
        ["The ward was created in 2074 B.S.", "It now has 41,000 residents."],
    ),
    (
        "n182-np-ward-no",
        "Ward No. 7 reported 38 cases. Ward No. 9 reported none.",
        ["Ward No. 7 reported 38 cases.", "Ward No. 9 reported none."],
    ),
    (
        "n182-ph-ma-mid",
        "Judge Ma. Corazon Belmonte-Yap read the verdict. The accused wept.",
        ["Judge Ma. Corazon Belmonte-Yap read the verdict.", "The accused wept."],
    ),
    (
        "n182-ph-inc-ends",
        "The trucks belong to Carabao Haulers Inc. The firm denied the claim.",
        ["The trucks belong to Carabao Haulers Inc.", "The firm denied the claim."],
    ),
    (
        "n182-ph-jr-mid",
        "Atty. Nestor Baluyot Jr. filed the appeal. The court set a hearing for May.",
        ["Atty. Nestor Baluyot Jr. filed the appeal.", "The court set a hearing for May."],
    ),
    (
        "n182-ph-ra-no-mid",
        "Republic Act No. 10951 raised the thresholds. It took effect in 2017.",
        ["Republic Act No. 10951 raised the thresholds.", "It took effect in 2017."],
    ),
    (
        "n182-my-sdn-bhd-ends",
        "The flats were built by Bukit Cahaya Development Sdn. Bhd. The firm has since closed.",
        [
            "The flats were built by Bukit Cahaya Development Sdn. Bhd.",
            "The firm has since closed.",
        ],
    ),
    (
        "n182-my-datuk-dr",
        "Datuk Dr. Hanif Zulkarnain chaired the hearing. It lasted three hours.",
        ["Datuk Dr. Hanif Zulkarnain chaired the hearing.", "It lasted three hours."],
    ),
    (
        "n182-sg-pte-ltd-ends",
        "The stalls are managed by Orchid Canteen Services Pte. Ltd. Rents are reviewed every year.",
        [
            "The stalls are managed by Orchid Canteen Services Pte. Ltd.",
            "Rents are reviewed every year.",
        ],
    ),
    (
        "n182-sg-pm-in-question",
        "“Who eats at a food court at 9 p.m.?” asked Mr Ong Boon Keat. He closes at eight.",
        ["“Who eats at a food court at 9 p.m.?” asked Mr Ong Boon Keat.", "He closes at eight."],
    ),
    (
        "n182-ae-llc-ends",
        "The flats were listed by Golden Dune Holiday Homes L.L.C. The company had no permit.",
        ["The flats were listed by Golden Dune Holiday Homes L.L.C.", "The company had no permit."],
    ),
    (
        "n182-ae-decree-no",
        "Federal Decree-Law No. 34 of 2021 applies to the case. Fines can be heavy.",
        ["Federal Decree-Law No. 34 of 2021 applies to the case.", "Fines can be heavy."],
    ),
    (
        "n182-qa-wll-ends",
        "The pipeline was laid by Al Rayyan Gulf Contracting W.L.L. Work began in 2025.",
        ["The pipeline was laid by Al Rayyan Gulf Contracting W.L.L.", "Work began in 2025."],
    ),
    (
        "n182-qa-eng-mid",
        "Eng. Khalid Al Sowaidi checked the pumps. All eight were working.",
        ["Eng. Khalid Al Sowaidi checked the pumps.", "All eight were working."],
    ),
    (
        "n182-qa-pm-ends",
        "Water returns at 10 p.m. Tankers stay until 11 p.m.",
        ["Water returns at 10 p.m.", "Tankers stay until 11 p.m."],
    ),
    (
        "n182-jo-exclaim-attrib",
        "“Goal in the 87th minute!” shouted Haj Yousef from the stand. Everyone laughed.",
        ["“Goal in the 87th minute!” shouted Haj Yousef from the stand.", "Everyone laughed."],
    ),
    (
        "n182-lb-sal-ends",
        "The sound system was lent by Phoenicia Audio S.A.L. The firm also paid for the generators.",
        [
            "The sound system was lent by Phoenicia Audio S.A.L.",
            "The firm also paid for the generators.",
        ],
    ),
    (
        "n182-lb-fr-mid",
        "Fr. Elie Khoury-Saadeh opened the church doors. Three hundred people came in.",
        ["Fr. Elie Khoury-Saadeh opened the church doors.", "Three hundred people came in."],
    ),
]
