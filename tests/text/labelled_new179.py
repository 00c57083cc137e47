"""Hundred-and-seventy-ninth set of new hand-labelled pages for the hint engines (tuning set, round sixty-two):
twelve WHOLE pages of everyday news, head to tail as a reader's paste gives them with each site's
furniture, from twelve countries where SPEAKERS ARE HARD TO FIND AND TO NAME, in twelve countries'
naming customs, each from a different kind of outlet and pasted in a different way. The pages: a
Vietnamese English-language daily's website on the DESKTOP (Cái Răng floating-market traders given 60
days to move their boats to a new wharf); a Chinese city newspaper's English site pasted from a PHONE
(a meal at Chengdu's community canteens for the elderly to cost 15 yuan); an Indonesian news portal's
AMP page (bird's eye chilli more than doubles to Rp 110,000 a kilo in Malang ahead of Lebaran); a
Thai regional daily in READER MODE (Chiang Mai's Sunday walking street stall fee to rise to 300
baht); a Mongolian English daily's article SHARED FROM ITS APP (refined coal briquettes to cost 1,150
tugrik a bag in Ulaanbaatar); a Kazakh news agency's WIRE COPY from its subscriber portal (a burst
main leaves 92,000 in Shymkent without water for a fourth day); an Iranian English daily's website on
the DESKTOP (the Zayandeh Rud released through Isfahan for 12 days for eastern farmers); a Turkish
English daily's AMP page (Istanbul's standard loaf raised to 15 lira); an Egyptian news site pasted
from a PHONE (Giza microbus fares up by as much as 2 pounds after a diesel price rise); an Ethiopian
weekly's PRINT VIEW (teff reaches 14,500 birr a quintal at Addis Ababa markets); an Icelandic English
news site's Q&A INTERVIEW on the desktop (the Eyjafjörður heating utility raises hot water by 9.5%);
and a Brazilian English news site's LIVE BLOG on the desktop, newest entry first (day one of a bus
strike in Greater Recife).

What is hard is finding the speaker and naming him, her or it the way a careful reviewer would. Names
come in family-name-first order and come back as the LAST syllable of a given name ("Chairman of the
district People's Committee Lê Hoàng Phúc" and "Phúc told The Saigon Lantern"; "Trần Thị Kim Liên"
and "Liên said"; "Võ Thanh Tùng" and "according to Tùng"), as a surname with "Mr", "Ms" or "Mrs"
("Qin Hanwen" and "Mr Qin told a press conference"; the canteen manager "Zhang Yulan" and "Ms Zhang
said" beside the diner "Zhang Decai"), as a single name with "Bu" or "Pak" ("said Bu Sumiati", "Pak
Karyono", "Pak Agus told reporters at city hall"), as a Thai given name with "Khun" or a police rank
("Khun Anusorn said", "Pol Lt Col Thanakorn said"), as an Ethiopian given name with "Ato", "W/ro" or
"Dr." ("said Ato Berhanu", "W/ro Almaz said", "Dr. Hirut said"), as Icelandic given names ("Jón Ragnar
said", and the turn prefix "Sigríður Lára:"), and as a Portuguese LAST surname or a middle given name
("Vasconcelos said", "Mota wrote in her decision", "said Wellington"). Names sit behind stacks of
titles, ranks and degrees ("Head of the Malang City Trade Office Drs. Agus Setyo Nugroho, M.Si.,
said"; "Asst Prof Dr Kittipong Chaiwong, an urban planning lecturer ..."; "The company's managing
director, Seyed Mohammad-Javad Tabatabaei-Nasab,"; "At the mosque in Varzaneh, Hojatoleslam Seyed
Hadi Karimi-Zadeh urged"; "Prof. Dr. Levent Oğuzhan Sarıkaya"; "Eng. Ashraf Abdel-Moneim Shalaby";
"Ato Tewodros Alemayehu Woldemariam, head of market regulation at ..."; "Pernambuco's Secretary of
Urban Mobility, Ana Cristina Lins de Vasconcelos,"). People come back as a nickname, a teknonym or an
honorific form ("Bảy Khóm", "Pui", "Gulnara apa", "Hüsnü Bey", "Cemal Bey", "Nermin Hanım", "Haj
Abbas", "Abu Yassin", "Biu", "Dona Terezinha"); speakers are named after the quote or the claim
("Nobody asked us,” said Zhang Decai, 79, ...", "..., its president, Khun Pranee Chaiyasit, said.",
"..., an official at the Istanbul Provincial Directorate of Trade said, speaking on condition of
anonymity."); a pronoun follows two people of one gender; quotes run over sentences and paragraphs;
statements are read out by someone other than their author; people speak through interpreters; an
interview and a press conference come as turns; and unnamed officials, groups and bodies speak.
Conventions this set had to settle, in the spirit of `labelled_new.py`, `labelled_new2.py` and the
recent sets:

* NAMES IN FULL AS FIRST GIVEN, in the order and spelling the page uses: Vietnamese names family name
  first with their diacritics ("Đặng Thị Mỹ Duyên", "Phan Văn Bảy"); Chinese names family name first
  ("Hu Jianping"), and a surname given as the only name is the label ("A retired textile worker who
  gave only her surname, Tang," and "Mrs Tang said" -> "Tang"); Indonesian single names ("Sumiati",
  "Karyono", "Endang", "Mukhlis"); Thai given name and surname ("Wanida Phromsuk"); Mongolian names
  with the PATRONYMIC INITIAL kept as written, with or without a space ("B. Ganbold", "Ts.Munkhtuya",
  "Ch.Bayarmaa", "G.Altantsetseg"), so that two men with one given name stay apart ("S.Batbayar", the
  khoroo governor, and "D.Batbayar", the engineer, "who is not related to the khoroo governor");
  Kazakh names with the patronymic in "-uly" or "-kyzy" inside the name or serving as the surname
  ("Darkhan Yerlanuly Seitkali" and "Seitkali", "Timur Serikuly" and "Serikuly said", "Aizhan
  Kairatkyzy" and "Kairatkyzy told reporters") and a Russian-style patronymic ("Gulnara
  Sapargaliyevna Mukhtarova" and "Mukhtarova said"); Iranian compound surnames, hyphenated or spaced
  ("Tabatabaei-Nasab told reporters in Isfahan", "Mahmoud Rezaei Dehaghi" and "Rezaei Dehaghi said");
  Turkish double given names ("Zeynep Sude Altıntaş", "Levent Oğuzhan Sarıkaya"); long Egyptian names
  ("Sayed Mahmoud Abdel-Rahim", in which "Sayed" is a given name, not the Iranian title "Seyed";
  "Nagwa Fathi Abu El-Ela", whose "Abu El-Ela" is a surname, so "Abu El-Ela said" resolves to her);
  Ethiopian given name, father's name and grandfather's name, never the father's name alone ("W/rt
  Meron Alemayehu" is not related to "Ato Tewodros Alemayehu Woldemariam": "Alemayehu is her father's
  name, not a family name"); Icelandic patronymics never used alone ("Katla Ólafsdóttir", daughter of
  "Ólafur Þór Ásgeirsson"); Brazilian names with their particles and suffixes ("Maria Terezinha
  Bezerra dos Santos", "José Wellington Farias Júnior", "Severino Ramos de Albuquerque Neto").
* TITLES, RANKS, DEGREES AND HONORIFICS are dropped, before or after the name: "Chairman of the
  district People's Committee"; "Mr", "Ms", "Mrs"; "Bu", "Pak", "Drs.", "M.Si.", "Ir.", and "H." for
  Haji ("H. Mukhlis" -> "Mukhlis"); "Khun", "Deputy Mayor", "Pol Lt Col", "Asst Prof Dr"; "Head of
  the Capital City Air Quality Department", "Its executive director"; "Deputy Akim"; "Seyed", "Haj",
  "Hojatoleslam", "Dr."; "Bey", "Hanım", "Prof. Dr."; "Eng.", "Hagg", "Dr."; "Ato", "W/ro" (Weyzero),
  "W/rt" (Weyzerit), "Dr."; "Dona", "Judge".
* NICKNAMES, TEKNONYMS AND HONORIFIC FORMS in an apposition are not part of the label and resolve to it
  when they come back: "whom other traders call Bảy Khóm – “Bảy the pineapple man” –" and "said Bảy
  Khóm"; "is known to her customers as Pui" and "said Pui"; "said Gulnara apa, as the children in her
  courtyard call her"; "said Hüsnü Bey, as his customers call him"; "a simit seller whom commuters
  know as Cemal Bey" (his SECOND given name, "Ahmet Cemal Ulusoy") and "Cemal Bey said"; "Nermin
  Hanım shook her head" (no speaker) and "she said"; "known at the stand as Abu Yassin, after his
  eldest son" and "said Abu Yassin"; "known to drivers as Biu" and "Biu told reporters ..."; "known
  to everyone at the stop as Dona Terezinha". A teknonym given as the ONLY name is the label ("who gave
  her name only as Umm Hamdi").
* NAMES GIVEN LATER OR LOWER DOWN: a live blog runs newest first, so "Biu told reporters" (16:48) and
  "Vasconcelos said" (16:20) resolve to the full names given only in the 11:05 and 12:15 entries
  below them, and a standfirst's "District says", "Maker says" or "Water company says" and a quote
  headline's "says Eyjafjörður heating chief" carry the body's name for the source.
* PRONOUNS take the person the story means, not the nearest name: "she said, laughing" is the
  daughter-in-law, not Liên, whom she quotes; "He said the petition was handed to Phúc's office" is
  Tùng; "“Three yuan is three yuan,” he said." is Hu, not Zhang Decai; "“He has never grown chilli in
  the rain,” he said." is the farmer Karyono, the "He" inside the quote being the official; "“That is
  375 lira more a month ...,” she said." is Zeynep Sude Altıntaş, while after "Nermin Hanım shook her
  head." the next "she said" is Nermin Özbilgin; "He said some drivers had started ..." is the stand
  manager, not Abu Yassin; "She said she sold about 300 injera" is Meron, not W/ro Almaz; "He said
  the rise would add ..." is the greenhouse farmer, not Jón Ragnar; "She said nobody had told her" is
  the Akha vendor, not the club president.
* STATEMENTS READ OUT ON SOMEONE'S BEHALF carry the person or body whose statement it is, never the
  reader: "Deputy Akim Darkhan Yerlanuly Seitkali said in a statement read out on his behalf by the
  akimat's press secretary, Aizhan Kairatkyzy." and "Malang City Secretary Ir. Teguh Santoso Adi said
  in a statement read out on his behalf at the market by a trade office official, Rahmawati, ..."
  carry Seitkali and Teguh Santoso Adi with cue "said in a statement read out on his behalf" (the
  reader and the place left out of the cue, as the host's name was in `labelled_new175.py`); "A
  statement from the Chengdu Elderly Care Catering Association, read out ... by its secretary-general,
  Luo Jiamin, said", "A statement from the Istanbul Bakery Owners' Union, read to reporters ... by its
  secretary, Tuncay Erbaşlı, said" and "A statement from the Ministry of Trade and Regional
  Integration, read to reporters by its communications director, Ato Yared Mekonnen Bekele, said"
  carry the body. The reader speaks for himself or herself only when answering questions
  ("Kairatkyzy told reporters after reading the statement that ...", "Asked whether ..., Ato Yared
  said"), and a spokesman who only reads carries nothing ("The governor's spokesman, Medhat Fawzy
  Hegazy, read the statement on a local radio station.", no speaker). A document's "said" that points
  back to an attributed statement, notice or order resolves to its author ("the notice said" -> "the
  Cái Răng District People's Committee", "the order says" -> "Chiang Mai Municipality", "the
  statement said" -> Seitkali, Teguh Santoso Adi and "the Giza Governorate"), unlike "according to" a
  document with no author on the page, which stays as written.
* INTERPRETERS AND TRANSLATION: the speaker is the person who speaks, the channel is in the cue ("said
  through an interpreter", for the Akha vendor Abe Mayeh and for Ch.Bayarmaa), and her next "she
  said" has cue "said"; notes that a Q&A or quotes were translated are "B".
* TURNS: the Chinese press-conference excerpt's "Q:" carries nobody and its "A:" answers carry Qin
  Hanwen with cue "A:" (the second sentence of an answer too); the Icelandic interview's "The Skerry:"
  questions carry nobody unless they cite a source ("The Skerry: Customers say ...", speaker
  "Customers", cue "say"), and every sentence of a "Sigríður Lára:" answer carries "Sigríður Lára
  Hjaltadóttir" with the prefix as written as cue.
* UNNAMED SOURCES, GROUPS AND BODIES are kept as written, a relative clause about anonymity left out
  ("An official at the Cần Thơ Department of Culture, Sports and Tourism", "A staff member at the Wuhou
  district civil affairs office", "A municipal official", "An official at the Ministry of Environment
  and Climate Change", "A dispatcher at Ontustik Su", "An official at the Ministry of Energy in
  Tehran", "an official at the Istanbul Provincial Directorate of Trade" and "The official said"
  resolving to it, "A traffic police officer at the stand", "A ministry official" from "A ministry
  official who asked not to be named", "A member of the utility's board", "A Setpe director");
  groups as written ("traders", "Traders", "Bakers", "Operators", "Customers", "residents" after
  "according to"); bodies as first given, article and capital as written there, a descriptor or a
  bracketed acronym dropped ("The state logistics agency Bulog" -> "Bulog", "the state-owned maker,
  Ulaan Gal Fuel LLC," -> "Ulaan Gal Fuel LLC", "the weather service Kazhydromet" -> "Kazhydromet",
  "The Cairo-based Masar Centre ..." -> "The Masar Centre for Transport Studies", "the Shymkent city
  administration (akimat)" -> "the Shymkent city administration", "(TurkStat)" and "(Setpe)"
  dropped); a single generic noun as written ("the committee", "the bureau", "the company", "The
  company", "the department", "The association", "the akimat", "The governorate", "The union") and
  "It" resolving to the name as first given.
* CUES keep a channel after the verb ("said in a notice posted at the wharf on Friday", "told The
  Saigon Lantern", "told a press conference", "said in a statement posted on its WeChat account",
  "told reporters at city hall", "said in a Facebook post", "told reporters at the factory in
  Nalaikh", "told the Blue Sky Post", "told the Persian-language daily Navid-e Zayandeh", "said in a
  written statement", "said on social media", "said in a televised statement", "told The Nile Compass
  by phone", "said in a report", "wrote in her decision", "said in a note", "told reporters outside the
  union's headquarters in Boa Vista") and other reporting verbs as written ("says", "blame", "urged",
  "according to", "A:", "could not be reached for further comment", which is "" like a no-reply).
  A quote that runs on after its cue, into the next sentence or paragraph, carries its speaker and cue
  in every sentence (Phúc, Ganbold, Seitkali, Pui, Pranee, Ch.Bayarmaa, Hüsnü Bey, Abu Yassin).

Of record ("W"): notices, fines, fees, fares and prices set by those who run them (a mooring fee, a
meal price and its age rules, a stall fee and deposit, briquette and bread prices, microbus fares and
their sticker rule, a hot water tariff, teff at the consumer shops, van fares); counts, money and
dates given by officials, firms, groups and documents (boats and petitions, subsidies and meals,
chilli tonnage and closed stalls, officers and pickpocketing cases, households and PM2.5 readings,
burst mains, tankers and pipes, reservoir volumes and illegal pumps, bakeries inspected and fined,
diesel prices and microbuses, hoarders and suspended licences, wells and hot tubs, buses running);
causal claims ("because the number of meals served had grown faster than planned", "heavy rain in
February had rotted the flowers", "failed because of corrosion at a welded joint", "because of higher
fuel prices", "because of free fares for students and the elderly"); rules and rulings (the fee set
by the city, the drinking-water priority, the Law on Fair Distribution of Water, the fining rule, the
binding decision, the judge's order); a trader's or a seller's own price (a wholesale price, an
injera's price, a motorcycle-taxi fare); summary bullets in a wire; and scheduled events set by those
who run them (a meeting at 8 a.m. on April 17, a cheap market from March 29 to April 2, a hearing at
10am on May 12, free bags in December and January, a release ending on December 26, a price change at
6 a.m. on Monday, sticker checks from Sunday, shops from July 1, a council meeting on November 18).
Not worth checking (""): feelings, opinions and characterisations; forecasts, expectations and
projections ("prices should ease by mid-April", "the river ... is expected", "would cut the fuel
subsidy bill", "Water will return to all affected homes by 8 p.m. on Friday"); plans, promises and
conditional threats (a deadline that "would not be extended", a boycott "if the city does not delay",
"would appeal", a strike "until the companies offered at least 9%"); advice and appeals ("urged");
questions in quotes and from interviewers; a person's own counts and anecdotes (kilos picked, bags
burned, bottles carried, loaves eaten, pounds spent on microbuses); subheads; scenes and captions that
only describe; a no-reply line.

And where sentences end: titles and degrees that never end one ("Drs. Agus Setyo Nugroho, M.Si.,
said", "H. Mukhlis", "Ir. Teguh", "B. Ganbold", "Dr. Farahnaz", "Prof. Dr. Levent", "Eng. Ashraf",
"Dr. Nagwa", "Dr. Hirut"; and Thai ranks written without full stops, "Pol Lt Col", "Asst Prof Dr");
firm suffixes and designations mid-sentence ("Co., Ltd., which runs", "No. 118/GP-BTTTT", "Vol. 19
No. 961"); times mid-sentence ("at 8 a.m. on April 17", "by 8 p.m. on Friday,", "from 5 a.m. to 8
a.m. and from 5 p.m. to 8 p.m., on pain of", "at 4 a.m. on Tuesday"); abbreviations that do end one
("2021." before "Editor-in-chief", "Tikimt 2019 E.C." before "Ato Tewodros ...", "at 9 a.m." before
"The metro's ...", "at 6 a.m. on Monday." and "after 5 p.m.", "PT Kabar Kota Nusantara.", "Dala News
Agency LLP." before "For use by subscribers only.", "The Skerry ehf.", "Editora Maré Ltda." before
"All rights reserved."); decimals and currencies ("US$39-78", "Rp 110,000", "0.64 percent", "1,150
tugrik", "18 billion tenge ($37 million)", "12.5 lira", "15.50 pounds", "50 piastres", "14,500 birr",
"9.5 percent", "1.4 billion krónur", "ISK 1,290", "R$ 4.30", "PM2.5"); a question followed by a new
sentence inside one quote ("“Who decided this?" / "Nobody asked us,” said Zhang Decai ...", ""And
the spare parts?" / "The tyres?" / "Nobody prints a sticker for those.""); a statement followed by its
attribution inside one quote ("“We asked for a meeting in March." / "Nobody came,” she said."); turn
prefixes that open a sentence ("A: Districts ...", "Sigríður Lára: Because we have to drill." / "Two
new wells ..."); and semicolons that never split (standfirsts, a wire headline, quotes).

The pages hold 531 sentences: 164 "B", 192 "W" and 175 ""; 311 sentences carry a speaker (136 distinct
speakers, page by page; 133 distinct labels). `STYLES` describes each page, its story, its labels and
its furniture in order; `CASES` holds 30 split cases written fresh in the manner of the pages (not
copied from them).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, crumb, byline, date line, share line,
caption, credit, time stamp, turn, box label, page-number line and legal line is a paragraph of its
own, except that a caption and a credit pasted in one line are two sentences of one paragraph); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". Furniture is "B"
line by line, whatever it says, never with a speaker; headlines and standfirsts are never split and
are flagged by content, their "says", "say" or "blame" carrying the source as the body names it; a
dateline belongs to its lead sentence.

Written from scratch for issue 13 in round sixty-two, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run (only the brief's structural check and ruff). What was read:
the brief; the module docstrings of `labelled_new.py` and `labelled_new2.py`; `def build` in
`labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; and the module docstrings,
`STYLES`, a few pages and the `CASES` of `labelled_new175.py` and `labelled_new176.py`. Coined names
were checked for freshness against the capitalised words in the string constants of those two files:
four outlet words ("Observer", "Daily" twice, "Review") and three given names ("Mohamed", "Reza",
"Nur") that hit were replaced before the file was written; only common words, titles, particles
("Abu") and real places and bodies still hit.

Every person, outlet, publisher, firm, utility, association, union, club, network, forum, centre,
commission, statement, notice, petition, report and figure is invented, and so are the small
institutions (Mekong Oarsman Travel, Rongfu Catering Management Co., Ltd., the Chengdu Elderly Care
Catering Association, the Pasar Besar Traders' Association, the East Java Horticulture Farmers'
Forum, the Chiang Mai Walking Street Vendors' Club, the Lanna Guesthouse Owners' Network, Ulaan Gal
Fuel LLC, the Clean Air Mothers' Network, Ontustik Su LLP, the East Isfahan Water-Right Holders'
Association, Navid-e Zayandeh, the Istanbul Bakery Owners' Union, the Kadıköy Bakers' Association, the
Kadıköy Consumer Rights Platform, the Masar Centre for Transport Studies, the Wenchi Teff Growers'
Cooperative Union, Eyjafjörður Heat, the Pernambuco Road Transport Workers' Union, the Pernambuco
Urban Bus Operators' Union and the like). Real countries, provinces, cities, districts, streets,
markets, rivers, bridges, dams, mines, temples, universities, ministries, agencies, courts and other
public bodies appear only as settings, with invented statements and figures: Ho Chi Minh City, Cần Thơ,
Cái Răng, the Cần Thơ River, Hậu Giang, Sóc Trăng, the Mekong Delta and the Cần Thơ Department of
Culture, Sports and Tourism; Chengdu, Wuhou district, Yulin Street, Shuangliu and the Chengdu
Municipal Civil Affairs Bureau; Malang, Pasar Besar Malang, Pasar Dinoyo, Poncokusumo, Kediri, Blitar,
Surabaya, Jember, Batu, Juanda airport, Suroboyo Bus, the Malang City Trade Office, Bulog and
Statistics Indonesia; Chiang Mai, Ratchadamnoen and Phra Pokklao roads, Tha Phae Gate, Wat Phra Singh,
Wat Phan On, Chiang Mai Municipality, Chiang Mai City Police Station and Chiang Mai University;
Ulaanbaatar, Songinokhairkhan, Nalaikh, the Baganuur mine, Dambadarjaa, Peace Avenue, the Capital City
Air Quality Department, the National Agency for Meteorology and Environmental Monitoring and the
Ministry of Environment and Climate Change; Shymkent, its Abai and Al-Farabi districts, Tauke Khan
Avenue, Nursat, Baiterek Street, Turkestan, Astana, Almaty, the Shymkent akimat and city prosecutor's
office, Kazhydromet and the Atameken National Chamber of Entrepreneurs; Tehran, Isfahan, Varzaneh,
Yazd, Kashan, the Zayandeh Rud and its dam, the Khaju Bridge, Si-o-se-pol, the Gavkhouni wetland,
the Isfahan Regional Water Company, the Ministry of Energy, Isfahan University of Technology, the
Law on Fair Distribution of Water and the Tehran metro; Istanbul, Kadıköy, Moda, Üsküdar, the
Bosphorus, Halk Ekmek, the Istanbul Metropolitan Municipality, Marmara University, the Turkish
Statistical Institute and the Istanbul Provincial Directorate of Trade; Cairo, Giza, Giza Square,
Haram, 6th of October City, Dokki, Alexandria, Upper Egypt, the Giza Governorate, the Ministry of
Petroleum and Mineral Resources and the National Authority for Tunnels; Addis Ababa, Merkato, Ehil
Berenda, Kolfe Keranio, Gulele, Gojjam, Debre Markos, West Shewa, the Addis Ababa City Administration
Trade Bureau, the Ministry of Trade and Regional Integration, the Ethiopian Statistics Service and
Addis Ababa University; Reykjavík, Akureyri, Eyjafjörður, Hrafnagil, Glerárhverfi, the Westman
Islands, Orkustofnun and the Consumers' Association of Iceland; and Recife, Greater Recife,
Pernambuco, Boa Vista, Avenida Caxangá, Boa Viagem, Olinda, the Grande Recife Transport Consortium
and the Regional Labour Court of the 6th Region.
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Vietnamese ENGLISH-LANGUAGE DAILY\'S WEBSITE (Ho Chi Minh City), desktop browser paste, a MARKET RELOCATION with VIETNAMESE NAMES (family name first, people referred to by the LAST syllable of the given name), A NICKNAME, TWO WOMEN AND TWO MEN, AND AN UNNAMED OFFICIAL: Cái Răng floating-market traders given 60 days to move their boats to a new wharf. Head: masthead, menu, language line, crumb (all "B"); headline of record "W"; standfirst "District says ...; traders call ..." (semicolon kept, "W", carrying the district People\'s Committee as the body names it); byline, a date line with "(GMT+7)", share line ("B"); a caption "" and its credit "B". Body: "CẦN THƠ —" lead "the Cái Răng District People\'s Committee said in a notice posted at the wharf on Friday" (channel in the cue, "W") and "the committee said" (generic kept, "W"); the chairman ("Chairman of the district People\'s Committee" dropped, "Lê Hoàng Phúc", "W"), "he said" ("W"), and "Phúc told The Saigon Lantern" (the last syllable resolving) with the quote running on into a second sentence (both ""); "according to the district\'s project management board" ("W") and "it said" (resolving to the board, "W"); a trader "Trần Thị Kim Liên" and "Liên said" (""); her daughter-in-law "Đặng Thị Mỹ Duyên" and "she said, laughing" after TWO WOMEN (the daughter-in-law, ""); "Phan Văn Bảy ... whom other traders call Bảy Khóm – “Bảy the pineapple man” –" and "said Bảy Khóm" (the NICKNAME resolving, ""); the traders\' group head "Võ Thanh Tùng" with a petition count ("W") and "He said" after TWO MEN (Tùng, "W"); "Phúc said" and "He said" (Phúc, "W"); a quote subhead ""; "An official at the Cần Thơ Department of Culture, Sports and Tourism, who asked not to be named ...," (kept as written, "W") and "He said" ("W"); a tour firm "said in a statement" its support ("") and "The company said" (generic, ""); "according to Tùng" ("W"); "the notice said" (resolving to the committee that posted it; "at 8 a.m. on April 17" mid-sentence, "W"); "Phúc said" the deadline would not be extended (a plan, "") and "Asked about the fee, he said: “...”" (""); "Liên said" (a plan, ""). Tail: tags, read-more label and two headlines, a licence line with "No. 118/GP-BTTTT" split at "2021." before "Editor-in-chief: ..." (all "B").',
    'Chinese CITY NEWSPAPER\'S ENGLISH SITE (Chengdu), PHONE BROWSER paste, a WELFARE PRICE CHANGE with CHINESE NAMES (family name first, "Mr Qin", "Ms Zhang", "Mrs Tang"), TWO ZHANGS, A SURNAME GIVEN AS THE ONLY NAME, A TRANSLATED PRESS-CONFERENCE EXCHANGE AND A STATEMENT READ OUT FOR AN ASSOCIATION: a meal at the city\'s community canteens for the elderly to cost 15 yuan from April 1. Head: a menu/masthead line, an open-in-app line, section (all "B"); headline of record "W"; standfirst "Civil affairs bureau says ...; ..." ("W", the bureau as the body names it); byline, updated line, text-size/share line ("B"); a caption "" and a bracketed credit "B". Body: lead "the Chengdu Municipal Civil Affairs Bureau said" ("W") and "the bureau said" (generic kept, "W"); the deputy director ("deputy director of the bureau" in apposition) with a causal claim ("W"), "Mr Qin told a press conference" (a counterfactual, "") and "He said" ("W"); "according to data released by the bureau" ("W"); a "B" note that the exchange was translated from Chinese and edited; a "Q:" turn with no speaker ("") and an "A:" answer carrying Qin Hanwen, cue "A:", in both its sentences (a rule "W", an expectation ""); "the manager, Zhang Yulan," ("") and "She said" ("W"); a diner\'s QUESTION followed by a new sentence inside one quote, attributed AFTER it, "said Zhang Decai, 79, ..." (two sentences, both carrying him, ""), and "he said" (""); "His neighbour at the table, Hu Jianping," and "he said" after TWO MEN (Hu, ""); "Ms Zhang said" (the manager, not the diner, ""); "who gave only her surname, Tang," (the surname is the label) and "Mrs Tang said" (""); "Rongfu Catering Management Co., Ltd., which runs ..., said in a statement posted on its WeChat account" ("Co., Ltd.," mid-sentence, the channel in the cue, "W") and "the company said" ("W"); "A statement from the Chengdu Elderly Care Catering Association, read out at the press conference by its secretary-general, Luo Jiamin, said" (the association, not the reader, "W"); a quote subhead ""; "A staff member at the Wuhou district civil affairs office, who declined to give her name," ("W"); "Asked whether ..., Mr Qin said" (""); "Ms Zhang said" (""). Tail: an app line, related label and two headlines, copyright split before "All rights reserved.", an ICP licence line (all "B").',
    'Indonesian NEWS PORTAL\'S AMP PAGE (Malang, East Java), AMP paste, a FOOD PRICE STORY with SINGLE NAMES, "Bu" AND "Pak", "H." FOR HAJI, DEGREES BEFORE AND AFTER A NAME AND A STATEMENT READ OUT ON AN OFFICIAL\'S BEHALF: bird\'s eye chilli more than doubles to Rp 110,000 a kilo ahead of Lebaran. Head: AMP address, masthead, crumb ("B"); headline of record "W"; standfirst "Traders blame ...; city trade office says ..." ("W", the group as written); a reporter/editor line, a date line with "WIB", share line ("B"); a caption "" and a bracketed credit "B". Body: "MALANG –" lead "traders said" ("W"); a quote whose speaker is NAMED AFTER it, "said Bu Sumiati, 54, ..." ("Bu" dropped, the single name is the label, ""), a note that she goes by one name (no speaker, ""), and "She said" a wholesale price ("W"); "Pak Karyono" with a causal claim ("W") and "he said" (his own count, ""); the trade office head with "Drs." before and "M.Si.," after the name mid-sentence ("Agus Setyo Nugroho", "W"), "He said" ("W"), "He said prices should ease" (a forecast, "") and "Pak Agus told reporters at city hall" (""); "Told of the forecast by phone, Karyono laughed." (no speaker, "") and "“He has never grown chilli in the rain,” he said." (the farmer, not the official the quote is about, ""); the traders\' chairman "H. Mukhlis" ("H." for Haji dropped, "W") and "He urged" (""); the city secretary ("Ir." and the office dropped) "said in a statement read out on his behalf at the market by a trade office official, Rahmawati," (the secretary, not the reader, a plan "") and "the statement said" (resolving to him, a scheduled cheap market with a price, "W"); "The state logistics agency Bulog said" (descriptor dropped, "W") and "It said" (a plan, ""); "according to Statistics Indonesia\'s Malang office" ("W"); a farmers\' forum "said in a statement" with farm-gate prices ("W"); a single-named seller "Endang" and "she said" after two women (""); a subhead ""; "according to the trade office\'s daily price monitor" ("W") and a rice price with no speaker ("W"); "Back at her stall, Bu Sumiati said" and "she said" (""). Tail: tags, read-also label and two headlines, a non-AMP link, copyright split after "PT Kabar Kota Nusantara." (all "B").',
    'Thai REGIONAL DAILY (Chiang Mai), READER-MODE paste, a MARKET FEE RISE with THAI NAMES REFERRED TO BY THE GIVEN NAME ("Khun Anusorn", "Pol Lt Col Thanakorn", "Pranee said"), A THAI NICKNAME, STACKED TITLES WITHOUT FULL STOPS, AN INTERPRETER AND A SPEAKER NAMED AFTER A THREAT: the Sunday walking street stall fee to rise to 300 baht from July. Head, as reader mode leaves it: domain ("B"), headline of record "W", byline, date, reading time ("B"); standfirst "City says ...; vendors\' club threatens ..." ("W", carrying Chiang Mai Municipality); a caption "" and its credit "B". Body: "CHIANG MAI:" lead "Chiang Mai Municipality said" ("W"); the deputy mayor ("Deputy Mayor" dropped) with a causal claim and costs ("W" twice), "Khun Anusorn said" (""), "Asked whether ..., Khun Anusorn said" two meetings ("W") and "he said" (""); "the order says" (resolving to the municipality, a deposit rule, "W") and the market\'s history (no speaker, "W"); "Wanida Phromsuk ... known to her customers as Pui" and "said Pui" (the NICKNAME resolving), her quote running on over two more sentences (all ""); the club\'s conditional boycott with the speaker NAMED AFTER it, "its president, Khun Pranee Chaiyasit, said" (""), "She said" signatures ("W"), and a quote whose first sentence is of record ("“We asked for a meeting in March.", "W") and whose second carries the cue ("Nobody came,” she said.", ""), running on into the next sentence (""); an Akha vendor "said through an interpreter" (channel in the cue, her pavement fee "W"), "She said" and "she said" after two women (the vendor, ""); the police officer ("Pol Lt Col" and the role dropped, "W" twice) and "Pol Lt Col Thanakorn said" (""); the lecturer ("Asst Prof Dr" dropped) with an opinion "", a survey count "he said" ("W") and a quote (""); "A municipal official, who asked not to be named because ...," with a council vote ("W"); a guesthouse network "said in a Facebook post" (""); a quote subhead ""; "Khun Anusorn said" a hearing "at 10am on May 12" and "He said" a rule ("W"); "Pranee said", "Pui said" and her last quote (""). Tail: the source URL ("B").',
    'Mongolian ENGLISH DAILY\'S ARTICLE SHARED FROM ITS APP (Ulaanbaatar), app-share paste, a FUEL PRICE RISE with MONGOLIAN NAMES (the patronymic initial before the given name, with and without a space, the given name alone later), TWO MEN WITH ONE GIVEN NAME, AN INTERPRETER AND A ROLE NOUN: refined coal briquettes to cost 1,150 tugrik a bag from November 1. Head: masthead, section ("B"); headline of record "W"; standfirst "Maker says ...; ..." ("W", the maker as first given); a byline with "B.Tselmeg", a date line "2027.10.19 | 10:42", a views/comments line ("B"); a caption "" and its credit "B". Body: "ULAANBAATAR –" lead "the state-owned maker, Ulaan Gal Fuel LLC, said" (descriptor dropped, "W"); "Its executive director, B. Ganbold," (the initial with a space kept, "W"), "Ganbold told reporters at the factory in Nalaikh" (the given name resolving, "W") and the quote\'s second sentence (""); the city rule (no speaker, "W"); the department head ("Ts.Munkhtuya", the initial without a space kept) with free bags, households and delivery ("W" three times) and "Munkhtuya said" (""); "Ch.Bayarmaa ... said through an interpreter" (her own count, "") and "she said" with the quote running on (""); "Her neighbour, G.Altantsetseg," and "she said" after two women (""); "The khoroo\'s governor, S.Batbayar," ("W") and "D.Batbayar, an engineer ... who is not related to the khoroo governor, told the Blue Sky Post" ("W"), the two kept apart by their initials; "according to the agency\'s monitoring data" ("W"); "the engineer said" (the role noun resolving to D.Batbayar, ""); a quote subhead ""; a parents\' network "said in a statement" ("") and "It said ..., citing health ministry figures" ("W"); "An official at the Ministry of Environment and Climate Change, who asked not to be named," ("W") and "He said" (a plan, ""); a cashier "E.Solongo" and "she said" (""); "Ganbold said" ("W") and "Asked whether ..., he said:" (""); "according to the weather agency" ("W"); "the department said" (generic kept, "W"). Tail: tags, a comments count, a related line, a read-in-Mongolian link, the app-share line (all "B").',
    'Kazakh NEWS AGENCY\'S WIRE COPY (Astana), pasted from its SUBSCRIBER PORTAL, a UTILITY FAILURE with KAZAKH PATRONYMICS ("-uly", "-kyzy", a patronymic serving as the surname, a Russian-style patronymic), A STATEMENT READ OUT ON A DEPUTY AKIM\'S BEHALF, A PRESS SECRETARY SPEAKING FOR HERSELF AND AN HONORIFIC NICKNAME: a burst main leaves 92,000 in Shymkent without water for a fourth day. Head: service line, desk/slug/priority line, filed/moved line, update note (all "B"); headline with a semicolon ("W"); three summary bullets, facts with no speaker ("W"). Body: "SHYMKENT, Kazakhstan, July 8 (Dala) -" lead "the Shymkent city administration (akimat) said" (bracket dropped, "W"); "Deputy Akim Darkhan Yerlanuly Seitkali said in a statement read out on his behalf by the akimat\'s press secretary, Aizhan Kairatkyzy." (the deputy akim, not the reader, cue "said in a statement read out on his behalf", "W"), "the statement said" (resolving to him, a forecast with "by 8 p.m. on Friday," mid-sentence, "") and the quote running on (""), and "The statement said" a commission ("W"); "Kairatkyzy told reporters after reading the statement" (the press secretary for herself, "W"), "she said:" (""), "She said" tankers ("W") and "Asked whether ..., Kairatkyzy said" (""); "Seitkali could not be reached for further comment." (the deputy akim with that cue, ""); "according to the akimat\'s website" ("W"); the utility\'s director ("Nurbol Amanzholuly Zhaksybekov", "He said", "Zhaksybekov said", all "W", a causal claim included); the chief engineer "Timur Serikuly" (the patronymic as surname, "Serikuly said", "He said" after two men, "W" each); a pensioner "Gulnara Sapargaliyevna Mukhtarova", "said Gulnara apa, as the children in her courtyard call her" (the honorific nickname resolving) and "Mukhtarova said" (""); a baker and "he said" (""); "according to residents" ("W"); "A dispatcher at Ontustik Su, who asked not to be named ...," ("W"); the city prosecutor\'s office and "It said" ("W"); "according to the weather service Kazhydromet" (descriptor dropped, "W"); the chamber of entrepreneurs named after its figure ("W"); "the akimat said" (generic kept, "W") and "It said" (resolving to the administration as first given, a plan ""). Tail: "-- ENDS --", a reporting/editing line, related slugs, copyright split at "LLP." before "For use by subscribers only.", a newsdesk line (all "B").',
    'Iranian ENGLISH DAILY\'S WEBSITE (Tehran), desktop browser paste, a WATER RELEASE with COMPOUND SURNAMES (hyphenated and spaced), "Seyed", "Haj", "Dr." AND "Hojatoleslam" BEFORE NAMES, A QUOTE OVER TWO SENTENCES AND "X TOLD [OUTLET]": the Zayandeh Rud to flow through Isfahan for 12 days as water is released for eastern farmers. Head: masthead, menu, a date line with the Persian date, crumb (all "B"); headline of record "W"; standfirst "Water company says ...; farmers say ..." ("W", the company as the body names it); byline, reading time, print/share line ("B"); a caption "" and its credit "B". Body: "ISFAHAN –" lead "the Isfahan Regional Water Company said in a statement" ("W"); "the company said" (generic kept, a volume with a forecast, "W"); the managing director ("Seyed" dropped, "Mohammad-Javad Tabatabaei-Nasab") with storage ("W"), "Tabatabaei-Nasab told reporters in Isfahan" (""), "He said" a legal priority and an inflow figure ("W" twice); the farmer ("Haj" dropped, "Abbas Gholami-Varnamkhasti", "W"), "said Haj Abbas" (title and given name resolving, ""), and a quote over two sentences, the first of record ("W") and the second not (""); "The association, which says it represents ..., said in a statement" (generic kept, "W"); "Haj Abbas told the Persian-language daily Navid-e Zayandeh last week" (the outlet in the cue, "W"); a quote subhead ""; the deputy governor with a SPACED compound surname ("Rezaei Dehaghi said" resolving, "W" twice); the hydrologist ("Dr." dropped) with a forecast "", satellite data ("W") and a quote (""); a tea-house owner and "she said" after two women (""); the cleric ("Hojatoleslam Seyed" dropped) "urged" (""); "An official at the Ministry of Energy in Tehran, who asked not to be named ...," ("W"); "the company said" an end date ("W"); "Asked whether ..., Haj Abbas said:" (""). Tail: tags, related label and two headlines, a comments count and a moderation line, footer links, a copyright split before "Reproduction with attribution permitted." (all "B").',
    'Turkish ENGLISH DAILY\'S AMP PAGE (Istanbul), AMP paste, a BREAD PRICE RISE with "Bey" AND "Hanım" AFTER GIVEN NAMES, A MAN KNOWN BY HIS SECOND GIVEN NAME, "Prof. Dr.", AN UNNAMED OFFICIAL NAMED AFTER A RULE AND A STATEMENT READ OUT FOR A UNION: Istanbul\'s standard loaf raised to 15 lira. Head: AMP address, masthead, crumb ("B"); headline of record "W"; standfirst "Bakers say ...; Halk Ekmek keeps ..." ("W", the group as written); byline, a published/updated line ("B"); a caption "" and its credit "B". Body: "ISTANBUL -" lead "the city\'s bread price commission said" ("W") and "The commission ... approved ..., it said" ("it" resolving to the commission as first given, "W"); "A statement from the Istanbul Bakery Owners\' Union, read to reporters after the vote by its secretary, Tuncay Erbaşlı, said" (the union, "W"); a baker and association chairman "Hüsnü Karadağlı" ("W" twice) and "said Hüsnü Bey, as his customers call him," (resolving) with the quote running on (""); a retired nurse "Nermin Özbilgin" (""), "Zeynep Sude Altıntaş" and "she said" (the younger woman, ""), "Nermin Hanım shook her head." (no speaker, "") and "she said" (Nermin, the last subject, not the last speaker, ""); "Halk Ekmek ... said in a written statement" ("W") and "It said" (""); the economist ("Prof. Dr." dropped, "" then "W" then ""); "according to the Turkish Statistical Institute (TurkStat)" (bracket dropped, "W") and a figure with no speaker ("W"); a fining rule with the speaker NAMED AFTER it, "an official at the Istanbul Provincial Directorate of Trade said, speaking on condition of anonymity" ("W"), and "The official said" twice (resolving, "W"); a quote subhead ""; "Ahmet Cemal Ulusoy, a simit seller whom commuters know as Cemal Bey," ("W") and "Cemal Bey said" (the SECOND GIVEN NAME with "Bey" resolving, ""); a consumer platform "said on social media" (""); the start time "at 6 a.m. on Monday." ("W") and "Karadağlı said" a plan with "after 5 p.m." (""). Tail: tags, a you-may-also-like label and two headlines, a desktop link, copyright split before "All rights reserved." (all "B").',
    'Egyptian NEWS SITE (Cairo), PHONE BROWSER paste, a TRANSPORT FARE RISE with LONG ARABIC NAMES, "Eng.", "Dr." AND "Hagg", AN "ABU" TEKNONYM AGAINST AN "ABU" SURNAME, AN "UMM" NAME GIVEN AS THE ONLY NAME AND A SPOKESMAN WHO ONLY READS: Giza microbus fares rise by up to 2 pounds after a fuel price increase. Head: a menu/masthead line, section ("B"); headline of record "W"; standfirst "Governorate says ...; drivers say ..." ("W", the governorate as the body names it); byline, date line, share line ("B"); a caption "" and its credit "B". Body: "GIZA -" lead "the Giza Governorate said in a statement" ("W"), "the statement said" and "it said" (resolving to the governorate, "W"); "The governor\'s spokesman, Medhat Fawzy Hegazy, read the statement on a local radio station." (an act, no speaker, ""); "according to the Ministry of Petroleum and Mineral Resources" ("W"); the ministry spokesman "said in a televised statement" (a projection, "") and "He said" ("W"); the department head ("Eng." dropped, "W" twice) and "Shalaby told The Nile Compass by phone" (a penalty rule, "W"); a driver "Sayed Mahmoud Abdel-Rahim" ("Sayed" a given name here, kept) "known at the stand as Abu Yassin, after his eldest son" and "said Abu Yassin" (the TEKNONYM resolving), his quote running on into the next paragraph with two QUESTIONS and a statement (all ""); the stand manager ("Hagg" dropped, "W") and "He said" after two men (the manager, "W"); a quote subhead ""; a pharmacist ("Dr." dropped) "Nagwa Fathi Abu El-Ela" and "Abu El-Ela said" (the "Abu" SURNAME resolving, ""); "who gave her name only as Umm Hamdi" (the label) and "she said" (""); "A traffic police officer at the stand, who asked not to be named ...," ("W"); "The Cairo-based Masar Centre for Transport Studies said in a report" (descriptor dropped, "W") and "It said" ("W"); "Asked whether ..., Shalaby said" (who decides, "W"); "The governorate said it expected" (generic kept, a forecast ""). Tail: read-more label and two headlines, a WhatsApp line, copyright split before "All rights reserved.", footer links (all "B").',
    'Ethiopian WEEKLY\'S PRINT VIEW (Addis Ababa), print-preview paste, a FOOD PRICE STORY with ETHIOPIAN NAMES (given name + father\'s name, referred to by the GIVEN name with "Ato", "W/ro", "W/rt" and "Dr."), TWO PEOPLE WHO SHARE A FATHER\'S NAME, A MINISTRY STATEMENT READ BY ITS COMMUNICATIONS DIRECTOR AND AN ETHIOPIAN-CALENDAR DATE: teff reaches 14,500 birr a quintal at Addis Ababa markets. Head: the page URL, masthead, a "Vol. 19 No. 961 | ..." line, section (all "B"); headline of record "W"; standfirst "Traders blame ...; trade bureau says ..." ("W", the group as written); a written-by/published line ("B"); a caption "" and its credit "B". Body: lead "traders said" ("W"); "Ato Berhanu Gebremeskel" ("W"), "He said" with a causal claim ("W") and "said Ato Berhanu" (""); the Gojjam harvest ending "Tikimt 2019 E.C." before "Ato Tewodros ..." (no speaker, "W"); the bureau official ("Ato Tewodros Alemayehu Woldemariam", three names) with inspections and suspensions ("W" twice), "Ato Tewodros told reporters" ("") and a scheduled opening of shops ("W"); a running "Page 1 of 2" line ("B"); "W/ro Almaz Tadesse" and "W/ro Almaz said" (""); "W/rt Meron Alemayehu" with her own price ("W") and "She said" after two women (her own count, ""), and a note that Alemayehu is her father\'s name and that she is not related to Ato Tewodros (no speaker, ""); the economist ("Dr." dropped, "Dr. Hirut said" resolving, "W", "W", ""); "according to the Ethiopian Statistics Service" ("W"); a quote subhead ""; "A statement from the Ministry of Trade and Regional Integration, read to reporters by its communications director, Ato Yared Mekonnen Bekele, said" (the ministry, "W"), then "Asked whether ..., Ato Yared said" (the director for himself, ""); "A ministry official who asked not to be named" (labelled "A ministry official", "W"); the cooperative union ("W") and "The union said" (generic kept, "W"); "Back at Ehil Berenda, Ato Berhanu said" and "he said" (""); "Ato Tewodros said" a posting date ("W"). Tail: tags, a comments-closed line, the source URL, a printed-on line, "Page 2 of 2", copyright split at "Addis Ababa." before "All rights reserved." (all "B").',
    'Icelandic ENGLISH NEWS SITE\'S Q&A INTERVIEW (Reykjavík), desktop browser paste, a UTILITY TARIFF with ICELANDIC PATRONYMICS AND REFERENCE BY GIVEN NAMES, TURNS PREFIXED WITH THE GIVEN NAMES, A FATHER AND A DAUGHTER, AND A TRANSLATED INTERVIEW: the Eyjafjörður heating utility raises hot water by 9.5%. Head: masthead, tagline, menu, crumb (all "B"); a QUOTE HEADLINE "‘The boreholes are tired’, says Eyjafjörður heating chief as ..." (the interviewee as the page names her, cue "says", "W"); byline/date line ("B"); a caption "" and its credit "B". Intro: the board\'s vote (no speaker, "W"); "according to Orkustofnun, the National Energy Authority" (the apposition left out, "W"); "spoke to The Skerry" and a note that she is known by her given names (no speaker, ""); a translation-and-editing note in two sentences ("B"). The interview: "The Skerry:" questions with no speaker (""), one citing a source ("Customers say ...", speaker "Customers", ""); "Sigríður Lára:" answers (the GIVEN NAMES as prefix, the label "Sigríður Lára Hjaltadóttir", the prefix as cue), every sentence of a turn carrying her: the cost of two wells, reports since 2016, a family\'s use and bill, hot tubs on the network ("W"), and reasons, a concession and a conditional (""). "WHAT OTHERS SAY" ("B"); "Jón Ragnar Björgvinsson" and "Jón Ragnar said" (the double given name resolving, ""); a greenhouse farmer "Ólafur Þór Ásgeirsson" ("") and "He said" after two men (the farmer, a forecast ""); "His daughter, Katla Ólafsdóttir," (her patronymic from his given name) and "she said" (""); the Consumers\' Association "said in a statement" ("") and "It said" ("W"); "A member of the utility\'s board, who asked not to be named," ("W"); "according to the council\'s published agenda" ("W"). Tail: a membership appeal, related label and one headline, share line, copyright split at "ehf." before "All rights reserved." (all "B").',
    'Brazilian ENGLISH NEWS SITE\'S LIVE BLOG (Recife), desktop browser paste, NEWEST ENTRY FIRST, a BUS STRIKE with LONG PORTUGUESE NAMES REFERRED TO BY THE LAST SURNAME, A NICKNAME, "Dona", "Júnior" AND "Neto", AND FULL NAMES GIVEN ONLY IN OLDER ENTRIES LOWER DOWN: day one of a bus strike in Greater Recife. Head: masthead, menu, "🔴 LIVE" (all "B"); headline "LIVE | ...: court orders ...; union says it will appeal" ("W", the union as the body names it); a last-updated line and a "Key points" label ("B"); key points: the walkout "at 4 a.m. on Tuesday" (no speaker, "W"), "according to the Grande Recife Transport Consortium" ("W"), "A labour court judge ordered" (an act, no speaker, "W"), "Operators say ..." (the group as written, ""). Entries, each under a "B" time stamp, some with "Posted by" or "Key event" lines ("B"): 16:48 "Biu told reporters outside the union\'s headquarters in Boa Vista" (the NICKNAME resolving to the union president named in full only in the 11:05 entry below, a plan "") and "he said" (""); 16:20 "Vasconcelos said" (the LAST SURNAME resolving to the secretary named in full only at 12:15, "W") and "she said" (""); 15:35 the judge\'s order with "from 5 a.m. to 8 a.m. and from 5 p.m. to 8 p.m., on pain of" mid-sentence (an act, "W") and "Mota wrote in her decision" ("W"); 14:50 "Maria Terezinha Bezerra dos Santos ... known to everyone at the stop as Dona Terezinha" and "said Dona Terezinha" (""), "José Wellington Farias Júnior" ("Júnior" kept, his own fare "W") and "said Wellington" (the middle given name resolving, ""); 13:40 "The Pernambuco Urban Bus Operators\' Union (Setpe) said in a note" (bracket dropped, "W"), "It said" a causal loss ("W") and "A Setpe director who asked not to be named" (labelled "A Setpe director", ""); 12:15 the secretary ("Pernambuco\'s Secretary of Urban Mobility" dropped, "W") and "She said" ("W"); 11:05 the union president "Severino Ramos de Albuquerque Neto - known to drivers as Biu -" ("Neto" kept, a conditional plan "") and "He said" ("W"); 09:30 the consortium ending "at 9 a.m." before "The metro\'s Centro line ..." (both "W"); 07:10 a welcome line (""). Tail: a translation note, load-more, a related line, copyright split at "Ltda." before "All rights reserved." (all "B").',
]

ARTICLES = [
    [
        [
            ("THE SAIGON LANTERN", "", "", "B"),
        ],
        [
            (
                "News   Society   Business   Travel   Life   Sports   Opinion   Photos   Video",
                "",
                "",
                "B",
            ),
        ],
        [
            ("English | Tiếng Việt | 🔍 Search", "", "", "B"),
        ],
        [
            ("Home » Society » Mekong Delta", "", "", "B"),
        ],
        [
            (
                "Cái Răng floating market traders given 60 days to move their boats to a new wharf",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "District says the boats have narrowed the river's main channel to under 40 metres; traders call the monthly mooring fee “too high”",
                "the Cái Răng District People's Committee",
                "says",
                "W",
            ),
        ],
        [
            ("By Đỗ Minh Khang  |  Cần Thơ", "", "", "B"),
        ],
        [
            ("Sunday, April 11, 2027 - 07:45 (GMT+7)", "", "", "B"),
        ],
        [
            ("Share:  Facebook  Zalo  X  Copy link", "", "", "B"),
        ],
        [
            (
                "Boats loaded with sweet potatoes, pineapples and pumpkins crowd the Cái Răng floating market at dawn on Saturday.",
                "",
                "",
                "",
            ),
            ("Photo: Đỗ Minh Khang/The Saigon Lantern", "", "", "B"),
        ],
        [
            (
                "CẦN THƠ — About 320 boat traders at the Cái Răng floating market must move their boats to a new wharf 1.2 kilometres downstream by June 10, the Cái Răng District People's Committee said in a notice posted at the wharf on Friday.",
                "the Cái Răng District People's Committee",
                "said in a notice posted at the wharf on Friday",
                "W",
            ),
        ],
        [
            (
                "Boats still tied up at the old mooring after that date will be fined between 1 million and 2 million dong (US$39-78), the committee said.",
                "the committee",
                "said",
                "W",
            ),
        ],
        [
            (
                "Chairman of the district People's Committee Lê Hoàng Phúc, who signed the notice, said the boats had narrowed the navigable channel of the Cần Thơ River at Cái Răng to less than 40 metres.",
                "Lê Hoàng Phúc",
                "said",
                "W",
            ),
            (
                "Two cargo barges ran aground there in February, he said.",
                "Lê Hoàng Phúc",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We are not closing the market; we are giving it more room,” Phúc told The Saigon Lantern.",
                "Lê Hoàng Phúc",
                "told The Saigon Lantern",
                "",
            ),
            (
                "“Tourists will still come at five in the morning, and the boats will still be there.”",
                "Lê Hoàng Phúc",
                "told The Saigon Lantern",
                "",
            ),
        ],
        [
            (
                "The new wharf, built at a cost of 46 billion dong, has moorings for 350 boats, toilets and a fresh-water tap, according to the district's project management board.",
                "the district's project management board",
                "according to",
                "W",
            ),
            (
                "Traders will pay 150,000 dong a month for a mooring, it said.",
                "the district's project management board",
                "said",
                "W",
            ),
        ],
        [
            (
                "Trần Thị Kim Liên, 58, who has sold sweet potatoes from her boat at Cái Răng since 1991, said the fee was more than she made on a slow day.",
                "Trần Thị Kim Liên",
                "said",
                "",
            ),
            (
                "“At the old place I pay nothing, and the buyers know where to find me,” Liên said.",
                "Trần Thị Kim Liên",
                "said",
                "",
            ),
        ],
        [
            (
                "Liên's daughter-in-law, Đặng Thị Mỹ Duyên, 31, who sells iced coffee to tourists from a sampan, said the family would move if the other boats did.",
                "Đặng Thị Mỹ Duyên",
                "said",
                "",
            ),
            (
                "“My mother-in-law has never paid rent for anything in her life,” she said, laughing.",
                "Đặng Thị Mỹ Duyên",
                "said",
                "",
            ),
        ],
        [
            (
                "Phan Văn Bảy, 63, whom other traders call Bảy Khóm – “Bảy the pineapple man” – for the pineapple he hangs from a bamboo pole above his boat, said he would not be the first to go.",
                "Phan Văn Bảy",
                "said",
                "",
            ),
            (
                "“If we go one by one, the buyers will scatter,” said Bảy Khóm, tying his boat to a neighbour's.",
                "Phan Văn Bảy",
                "said",
                "",
            ),
        ],
        [
            (
                "Võ Thanh Tùng, who heads the market's self-managed traders' group, said 212 of the 320 traders had signed a petition asking the district to cut the fee to 80,000 dong and to put off the move until after the longan season.",
                "Võ Thanh Tùng",
                "said",
                "W",
            ),
            (
                "He said the petition was handed to Phúc's office on Thursday.",
                "Võ Thanh Tùng",
                "said",
                "W",
            ),
        ],
        [
            ("Phúc said he had received it.", "Lê Hoàng Phúc", "said", "W"),
            (
                "He said the fee had been set by the city, not the district, and that the committee had no power to change it.",
                "Lê Hoàng Phúc",
                "said",
                "W",
            ),
        ],
        [
            ("‘The buyers know the old place’", "", "", ""),
        ],
        [
            (
                "An official at the Cần Thơ Department of Culture, Sports and Tourism, who asked not to be named because he was not authorised to speak to the press, said 1.1 million visitors had toured the floating market last year, 38 per cent of them foreigners.",
                "An official at the Cần Thơ Department of Culture, Sports and Tourism",
                "said",
                "W",
            ),
            (
                "He said tour boats would be allowed to use both wharves.",
                "An official at the Cần Thơ Department of Culture, Sports and Tourism",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mekong Oarsman Travel, which runs 14 sunrise tours a day to the market, said in a statement that it supported the move.",
                "Mekong Oarsman Travel",
                "said in a statement",
                "",
            ),
            (
                "The company said the old mooring was “unsafe for tourists in small boats”.",
                "The company",
                "said",
                "",
            ),
        ],
        [
            (
                "The market has moved once before, in 2009, when the district built an embankment road along the bank, according to Tùng.",
                "Võ Thanh Tùng",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The district will meet traders at the Cái Răng ward cultural house at 8 a.m. on April 17, the notice said.",
                "the Cái Răng District People's Committee",
                "said",
                "W",
            ),
        ],
        [
            (
                "Phúc said the 60-day deadline would not be extended.",
                "Lê Hoàng Phúc",
                "said",
                "",
            ),
            (
                "Asked about the fee, he said: “The city decides; we carry it out.”",
                "Lê Hoàng Phúc",
                "said",
                "",
            ),
        ],
        [
            (
                "Liên said she would wait for the meeting before untying her boat.",
                "Trần Thị Kim Liên",
                "said",
                "",
            ),
        ],
        [
            ("Tags: Cần Thơ   floating market   Mekong Delta   tourism", "", "", "B"),
        ],
        [
            ("READ MORE", "", "", "B"),
        ],
        [
            (
                "Hậu Giang to dredge 14 km of canals before the rainy season",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sóc Trăng shrimp farmers count losses after salt intrusion", "", "", "B"),
        ],
        [
            (
                "© The Saigon Lantern. Licence No. 118/GP-BTTTT issued on March 3, 2021.",
                "",
                "",
                "B",
            ),
            ("Editor-in-chief: Hồ Thanh Nguyên.", "", "", "B"),
        ],
    ],
    [
        [
            ("☰   THE TIANFU COURIER   🔍", "", "", "B"),
        ],
        [
            ("Open in app", "", "", "B"),
        ],
        [
            ("LOCAL · CHENGDU", "", "", "B"),
        ],
        [
            (
                "Meals at Chengdu's community canteens for the elderly to cost 15 yuan from April 1",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Civil affairs bureau says the subsidy cut keeps 1,280 canteens open; diners aged 80 and over will still pay 12 yuan",
                "the Chengdu Municipal Civil Affairs Bureau",
                "says",
                "W",
            ),
        ],
        [
            ("By Xu Tingting", "", "", "B"),
        ],
        [
            ("Updated 09:12, Mar 15, 2027", "", "", "B"),
        ],
        [
            ("A-   A+   Share", "", "", "B"),
        ],
        [
            (
                "Diners queue for lunch at a community canteen in Wuhou district on Friday.",
                "",
                "",
                "",
            ),
            ("[Photo/Xu Tingting]", "", "", "B"),
        ],
        [
            (
                "The standard price of a meal at Chengdu's community canteens for the elderly will rise from 12 yuan to 15 yuan on April 1, the Chengdu Municipal Civil Affairs Bureau said on Friday.",
                "the Chengdu Municipal Civil Affairs Bureau",
                "said",
                "W",
            ),
        ],
        [
            (
                "Residents aged 80 and over will keep paying 12 yuan, and those aged 90 and over will still eat free, the bureau said.",
                "the bureau",
                "said",
                "W",
            ),
        ],
        [
            (
                "Qin Hanwen, deputy director of the bureau, said the city had spent 418 million yuan on canteen subsidies last year, up from 260 million yuan in 2025, because the number of meals served had grown faster than planned.",
                "Qin Hanwen",
                "said",
                "W",
            ),
            (
                "“Without the adjustment, about one canteen in five would have had to close by the end of the year,” Mr Qin told a press conference.",
                "Qin Hanwen",
                "told a press conference",
                "",
            ),
            (
                "He said the subsidy per meal would fall from 6 yuan to 3 yuan.",
                "Qin Hanwen",
                "said",
                "W",
            ),
        ],
        [
            (
                "Chengdu has 1,280 community canteens, which served 21.6 million meals last year, according to data released by the bureau.",
                "data released by the bureau",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The following exchange from the press conference has been translated from Chinese and edited for length.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Q: Will canteens in the outer counties charge the same?", "", "", ""),
        ],
        [
            (
                "A: Districts and counties may set their own prices between 10 yuan and 15 yuan, depending on local costs.",
                "Qin Hanwen",
                "A:",
                "W",
            ),
            (
                "We expect most rural canteens to stay at 10 yuan this year.",
                "Qin Hanwen",
                "A:",
                "",
            ),
        ],
        [
            (
                "At a canteen on Yulin Street, where lunch on Friday was braised pork with potatoes, stir-fried cabbage, rice and soup, the manager, Zhang Yulan, said most of her diners had already heard the news.",
                "Zhang Yulan",
                "said",
                "",
            ),
            (
                "She said the canteen served about 430 meals a day, two-thirds of them to people under 80.",
                "Zhang Yulan",
                "said",
                "W",
            ),
        ],
        [
            ("“Who decided this?", "Zhang Decai", "said", ""),
            (
                "Nobody asked us,” said Zhang Decai, 79, a retired bus driver who eats there every day.",
                "Zhang Decai",
                "said",
                "",
            ),
            (
                "“I turn 80 in October, so I pay three yuan more for six months and then three yuan less,” he said.",
                "Zhang Decai",
                "said",
                "",
            ),
        ],
        [
            (
                "His neighbour at the table, Hu Jianping, 74, said he had started bringing his own rice from home.",
                "Hu Jianping",
                "said",
                "",
            ),
            ("“Three yuan is three yuan,” he said.", "Hu Jianping", "said", ""),
        ],
        [
            (
                "Ms Zhang said she had not decided whether to raise the price of takeaway boxes, which cost 2 yuan.",
                "Zhang Yulan",
                "said",
                "",
            ),
        ],
        [
            (
                "A retired textile worker who gave only her surname, Tang, said she would now eat at the canteen three days a week instead of five.",
                "Tang",
                "said",
                "",
            ),
            (
                "“My pension went up 2 per cent this year, and my lunch goes up 25 per cent,” Mrs Tang said.",
                "Tang",
                "said",
                "",
            ),
        ],
        [
            (
                "Rongfu Catering Management Co., Ltd., which runs 46 of the canteens under contract with district governments, said in a statement posted on its WeChat account that its food costs had risen 11 per cent in a year.",
                "Rongfu Catering Management Co., Ltd.",
                "said in a statement posted on its WeChat account",
                "W",
            ),
            (
                "Pork alone cost 18 per cent more in February than a year earlier, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "A statement from the Chengdu Elderly Care Catering Association, read out at the press conference by its secretary-general, Luo Jiamin, said its 212 member firms had been consulted on the new price in January.",
                "the Chengdu Elderly Care Catering Association",
                "said",
                "W",
            ),
        ],
        [
            ("‘Cheaper than noodles outside’", "", "", ""),
        ],
        [
            (
                "A staff member at the Wuhou district civil affairs office, who declined to give her name, said all 37 canteens in the district had received the bureau's notice on Thursday.",
                "A staff member at the Wuhou district civil affairs office",
                "said",
                "W",
            ),
        ],
        [
            (
                "Asked whether the price would rise again next year, Mr Qin said that would depend on the city's budget.",
                "Qin Hanwen",
                "said",
                "",
            ),
        ],
        [
            (
                "“Fifteen yuan for three dishes and a soup is still cheaper than a bowl of noodles outside,” Ms Zhang said.",
                "Zhang Yulan",
                "said",
                "",
            ),
        ],
        [
            ("Download the Tianfu Courier app for more Chengdu news", "", "", "B"),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Chengdu to add 60 elderly day-care centres this year", "", "", "B"),
        ],
        [
            ("Trial runs begin on new metro line in Shuangliu", "", "", "B"),
        ],
        [
            ("Copyright 2027 The Tianfu Courier.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("蜀ICP备2027011843号-2", "", "", "B"),
        ],
    ],
    [
        [
            ("kabarkota.id/en/amp/ekonomi/cabai-rawit-malang", "", "", "B"),
        ],
        [
            ("KABARKOTA English", "", "", "B"),
        ],
        [
            ("Home › Economy › East Java", "", "", "B"),
        ],
        [
            (
                "Bird's eye chilli more than doubles to Rp 110,000 a kilo in Malang ahead of Lebaran",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Traders blame February rains in the upland villages; city trade office says prices should ease by mid-April",
                "Traders",
                "blame",
                "W",
            ),
        ],
        [
            ("Reporter: Dimas Prasetyo | Editor: Rina Kusumawardani", "", "", "B"),
        ],
        [
            ("Monday, 22 March 2027 | 10:18 WIB", "", "", "B"),
        ],
        [
            ("Share: WhatsApp · Facebook · X · Telegram", "", "", "B"),
        ],
        [
            (
                "Sumiati weighs chillies at her stall in Pasar Besar Malang on Sunday.",
                "",
                "",
                "",
            ),
            ("(KABARKOTA/Dimas Prasetyo)", "", "", "B"),
        ],
        [
            (
                "MALANG – The price of bird's eye chilli at Pasar Besar Malang, the city's biggest traditional market, reached Rp 110,000 a kilogram on Sunday, more than double the Rp 52,000 of a month ago, traders said.",
                "traders",
                "said",
                "W",
            ),
        ],
        [
            (
                '"Since last week buyers only take a quarter kilo, sometimes one ons," said Bu Sumiati, 54, who has sold chillies and shallots at the market for 30 years.',
                "Sumiati",
                "said",
                "",
            ),
            ("Like many Javanese, she goes by one name.", "", "", ""),
            (
                "She said she had bought 20 kilos from a wholesaler on Saturday at Rp 98,000 a kilo.",
                "Sumiati",
                "said",
                "W",
            ),
        ],
        [
            (
                "Pak Karyono, a chilli farmer in Poncokusumo in Malang regency, said heavy rain in February had rotted the flowers on chilli plants across the district's upland villages.",
                "Karyono",
                "said",
                "W",
            ),
            (
                '"I picked 40 kilos this week; in a normal March I pick 150," he said.',
                "Karyono",
                "said",
                "",
            ),
        ],
        [
            (
                "Head of the Malang City Trade Office Drs. Agus Setyo Nugroho, M.Si., said chilli supplies reaching the city's markets had fallen to about 9 tonnes a day from 16 tonnes in February.",
                "Agus Setyo Nugroho",
                "said",
                "W",
            ),
            (
                "He said the office checked prices at 23 markets every morning.",
                "Agus Setyo Nugroho",
                "said",
                "W",
            ),
            (
                "He said prices should ease by mid-April, when growers in Kediri and Blitar start harvesting.",
                "Agus Setyo Nugroho",
                "said",
                "",
            ),
            (
                '"We are not going to bring in chilli from outside; the market will correct itself," Pak Agus told reporters at city hall.',
                "Agus Setyo Nugroho",
                "told reporters at city hall",
                "",
            ),
        ],
        [
            ("Told of the forecast by phone, Karyono laughed.", "", "", ""),
            (
                '"He has never grown chilli in the rain," he said.',
                "Karyono",
                "said",
                "",
            ),
        ],
        [
            (
                "The chairman of the Pasar Besar Traders' Association, H. Mukhlis, said 64 of the market's 210 chilli and vegetable stalls had stayed shut on at least one day last week because their owners could not afford new stock.",
                "Mukhlis",
                "said",
                "W",
            ),
            (
                "He urged the city to hold a cheap market before Lebaran.",
                "Mukhlis",
                "urged",
                "",
            ),
        ],
        [
            (
                "Malang City Secretary Ir. Teguh Santoso Adi said in a statement read out on his behalf at the market by a trade office official, Rahmawati, that the city would hold one.",
                "Teguh Santoso Adi",
                "said in a statement read out on his behalf",
                "",
            ),
            (
                "The cheap market will run at Pasar Besar and Pasar Dinoyo from March 29 to April 2, with chilli sold at Rp 60,000 a kilo, limited to half a kilo per buyer, the statement said.",
                "Teguh Santoso Adi",
                "said",
                "W",
            ),
        ],
        [
            (
                "The state logistics agency Bulog said it had sent 12 tonnes of dried chilli to markets in Malang, Surabaya and Jember since March 10.",
                "Bulog",
                "said",
                "W",
            ),
            ("It said a further 8 tonnes would arrive next week.", "Bulog", "said", ""),
        ],
        [
            (
                "Chilli added 0.21 percentage points to Malang's month-on-month inflation of 0.64 percent in February, according to Statistics Indonesia's Malang office.",
                "Statistics Indonesia's Malang office",
                "according to",
                "W",
            ),
        ],
        [
            (
                'The East Java Horticulture Farmers\' Forum said in a statement that farm-gate prices had risen to about Rp 75,000 a kilo, so most of the rise in the markets was "taken by middlemen".',
                "The East Java Horticulture Farmers' Forum",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "Endang, who sells rujak cingur from a cart outside the market's north gate, said she now put three chillies in a portion instead of five.",
                "Endang",
                "said",
                "",
            ),
            (
                '"Customers complain it is not spicy; I tell them to complain to the rain," she said.',
                "Endang",
                "said",
                "",
            ),
        ],
        [
            ("Shallots and garlic steady", "", "", ""),
        ],
        [
            (
                "Shallots sold for Rp 38,000 a kilo and garlic for Rp 36,000, both little changed from February, according to the trade office's daily price monitor.",
                "the trade office's daily price monitor",
                "according to",
                "W",
            ),
            ("Medium-grade rice was steady at Rp 14,500 a kilo.", "", "", "W"),
        ],
        [
            (
                "Back at her stall, Bu Sumiati said she would stay open through Lebaran.",
                "Sumiati",
                "said",
                "",
            ),
            (
                '"If I close, my customers go to the supermarket and never come back," she said.',
                "Sumiati",
                "said",
                "",
            ),
        ],
        [
            ("Tags: #chilli #MalangRaya #inflation #Lebaran", "", "", "B"),
        ],
        [
            ("Read also:", "", "", "B"),
        ],
        [
            ("Batu apple growers switch to oranges as prices fall", "", "", "B"),
        ],
        [
            ("Suroboyo Bus adds night route to Juanda airport", "", "", "B"),
        ],
        [
            ("View full version (non-AMP)", "", "", "B"),
        ],
        [
            ("© 2027 KABARKOTA.ID – PT Kabar Kota Nusantara.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("northernlamp.co.th", "", "", "B"),
        ],
        [
            (
                "Chiang Mai walking street stall fee to rise to 300 baht from July",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Kanokwan Thepsuriya", "", "", "B"),
        ],
        [
            ("May 3, 2027", "", "", "B"),
        ],
        [
            ("5–6 minutes", "", "", "B"),
        ],
        [
            (
                "City says the fee has not changed since 2014; vendors' club threatens to stay away on the first weekend",
                "Chiang Mai Municipality",
                "says",
                "W",
            ),
        ],
        [
            (
                "Shoppers crowd Ratchadamnoen Road during the Sunday walking street.",
                "",
                "",
                "",
            ),
            ("(Photo: Kanokwan Thepsuriya)", "", "", "B"),
        ],
        [
            (
                "CHIANG MAI: Vendors at the Sunday walking street on Ratchadamnoen Road will pay 300 baht a night for a stall from July 1, up from 200 baht, Chiang Mai Municipality said on Saturday.",
                "Chiang Mai Municipality",
                "said",
                "W",
            ),
        ],
        [
            (
                "Deputy Mayor Anusorn Kaewmanee, who oversees the city's markets, said the fee had not changed since 2014, while the cost of cleaning the street after each market had almost tripled.",
                "Anusorn Kaewmanee",
                "said",
                "W",
            ),
            (
                "The city spends about 86,000 baht each Sunday on rubbish collection, toilets and night-time security, he said.",
                "Anusorn Kaewmanee",
                "said",
                "W",
            ),
            (
                "“We are not making money from the vendors,” Khun Anusorn said.",
                "Anusorn Kaewmanee",
                "said",
                "",
            ),
            (
                "Asked whether the city had consulted vendors, Khun Anusorn said two meetings had been held with their representatives in February.",
                "Anusorn Kaewmanee",
                "said",
                "W",
            ),
            (
                "“Two hundred baht was set when a bowl of noodles cost 35 baht,” he said.",
                "Anusorn Kaewmanee",
                "said",
                "",
            ),
        ],
        [
            (
                "Food vendors will also pay a 50-baht cleaning deposit, returned if the pitch is left clean, the order says.",
                "Chiang Mai Municipality",
                "says",
                "W",
            ),
            (
                "The Sunday market, which stretches about 1.2 km from Tha Phae Gate to Wat Phra Singh, has been run by the municipality since 2002.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Wanida Phromsuk, 46, who has sold coconut ice cream at the corner of Ratchadamnoen and Phra Pokklao roads for 11 years and is known to her customers as Pui, said a rainy night could leave her with less than 300 baht after costs.",
                "Wanida Phromsuk",
                "said",
                "",
            ),
            ("“On a good night it is fine,” said Pui.", "Wanida Phromsuk", "said", ""),
            (
                "“But July is the rainy season, and the tourists stay in their hotels.”",
                "Wanida Phromsuk",
                "said",
                "",
            ),
            (
                "“I will come anyway, because my customers know my corner.”",
                "Wanida Phromsuk",
                "said",
                "",
            ),
        ],
        [
            (
                "The Chiang Mai Walking Street Vendors' Club, which says it has 1,140 members, will not set up on July 4 if the city does not delay the increase, its president, Khun Pranee Chaiyasit, said.",
                "Pranee Chaiyasit",
                "said",
                "",
            ),
            (
                "She said the club had collected 906 signatures for a letter to the mayor, delivered on Friday.",
                "Pranee Chaiyasit",
                "said",
                "W",
            ),
        ],
        [
            ("“We asked for a meeting in March.", "Pranee Chaiyasit", "said", "W"),
            ("Nobody came,” she said.", "Pranee Chaiyasit", "said", ""),
            (
                "“If they want 300 baht, they should give us lights, roofs for the rain, something.”",
                "Pranee Chaiyasit",
                "said",
                "",
            ),
        ],
        [
            (
                "Abe Mayeh, 52, an Akha woman who sells embroidered bags from a mat near Wat Phan On, said through an interpreter that she did not rent a stall but paid 50 baht a night to sit on the pavement.",
                "Abe Mayeh",
                "said through an interpreter",
                "W",
            ),
            (
                "She said nobody had told her whether that fee would also rise.",
                "Abe Mayeh",
                "said",
                "",
            ),
            (
                "“I sit here because the stall was already too expensive,” she said.",
                "Abe Mayeh",
                "said",
                "",
            ),
        ],
        [
            (
                "Pol Lt Col Thanakorn Inthawong, deputy superintendent of Chiang Mai City Police Station, said 24 officers were posted along the street every Sunday from 4pm to midnight.",
                "Thanakorn Inthawong",
                "said",
                "W",
            ),
            (
                "Last year officers handled 41 cases of pickpocketing at the market, he said.",
                "Thanakorn Inthawong",
                "said",
                "W",
            ),
            (
                "Pol Lt Col Thanakorn said police would not stop vendors from setting up as long as there was no disorder.",
                "Thanakorn Inthawong",
                "said",
                "",
            ),
        ],
        [
            (
                "Asst Prof Dr Kittipong Chaiwong, an urban planning lecturer at Chiang Mai University who has surveyed the market since 2019, said the city was right to raise the fee but wrong to do it in the low season.",
                "Kittipong Chaiwong",
                "said",
                "",
            ),
            (
                "His 2026 survey counted an average of 1,380 stalls on a Sunday in the high season and 870 in the rainy months, he said.",
                "Kittipong Chaiwong",
                "said",
                "W",
            ),
            (
                "“A 50 per cent rise in one step is a shock, even if 200 baht was too cheap,” he said.",
                "Kittipong Chaiwong",
                "said",
                "",
            ),
        ],
        [
            (
                "A municipal official, who asked not to be named because the mayor had not yet signed the order, said the city council had approved the increase on April 28 by 18 votes to 4.",
                "A municipal official",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Lanna Guesthouse Owners' Network, which represents 73 guesthouses in the old city, said in a Facebook post that the market was “the reason many visitors stay a second night”.",
                "The Lanna Guesthouse Owners' Network",
                "said in a Facebook post",
                "",
            ),
        ],
        [
            ("‘Rain or shine, we pay’", "", "", ""),
        ],
        [
            (
                "Khun Anusorn said the city would hold a hearing for vendors at the municipal office at 10am on May 12.",
                "Anusorn Kaewmanee",
                "said",
                "W",
            ),
            (
                "He said vendors who paid for the whole of July by June 15 would be charged the old rate.",
                "Anusorn Kaewmanee",
                "said",
                "W",
            ),
        ],
        [
            (
                "Pranee said the boycott was “a last resort”.",
                "Pranee Chaiyasit",
                "said",
                "",
            ),
            (
                "Pui said she would decide after the hearing.",
                "Wanida Phromsuk",
                "said",
                "",
            ),
            ("“We will see who blinks first.”", "Wanida Phromsuk", "said", ""),
        ],
        [
            (
                "Source: https://northernlamp.co.th/news/chiang-mai/walking-street-fee-300-baht",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("BLUE SKY POST", "", "", "B"),
        ],
        [
            ("Society | Ulaanbaatar", "", "", "B"),
        ],
        [
            (
                "Refined coal briquettes to cost 1,150 tugrik a bag from November 1 as subsidy shrinks",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Maker says it pays 22 percent more for coal; ger district families fear a cold winter",
                "Ulaan Gal Fuel LLC",
                "says",
                "W",
            ),
        ],
        [
            ("By Maren Lindqvist and B.Tselmeg", "", "", "B"),
        ],
        [
            ("2027.10.19 | 10:42", "", "", "B"),
        ],
        [
            ("👁 3,218   💬 14", "", "", "B"),
        ],
        [
            (
                "A worker stacks bags of briquettes at a sales point in Songinokhairkhan district on Monday.",
                "",
                "",
                "",
            ),
            ("Photo: B.Tselmeg", "", "", "B"),
        ],
        [
            (
                "ULAANBAATAR – The price of a 25-kilogram bag of refined coal briquettes will rise from 950 tugrik to 1,150 tugrik at the city's 214 sales points on November 1, the state-owned maker, Ulaan Gal Fuel LLC, said on Monday.",
                "Ulaan Gal Fuel LLC",
                "said",
                "W",
            ),
        ],
        [
            (
                "Its executive director, B. Ganbold, said the company was paying 22 percent more for coal from the Baganuur mine than a year ago, and that the government subsidy had been cut to 340 tugrik a bag from 520.",
                "B. Ganbold",
                "said",
                "W",
            ),
            (
                '"We held the price for three winters," Ganbold told reporters at the factory in Nalaikh.',
                "B. Ganbold",
                "told reporters at the factory in Nalaikh",
                "W",
            ),
            (
                '"We cannot hold it for a fourth."',
                "B. Ganbold",
                "told reporters at the factory in Nalaikh",
                "",
            ),
        ],
        [
            (
                "Households in the city's ger districts may burn only refined briquettes, under a city rule.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Head of the Capital City Air Quality Department Ts.Munkhtuya said the city would give each registered ger household 40 free bags in December and January to soften the rise.",
                "Ts.Munkhtuya",
                "said",
                "W",
            ),
            (
                "About 168,000 households are registered, she said.",
                "Ts.Munkhtuya",
                "said",
                "W",
            ),
            (
                "She said the free bags would be delivered by khoroo staff, not sold at the sales points.",
                "Ts.Munkhtuya",
                "said",
                "W",
            ),
            (
                "Munkhtuya said the city did not expect families to go back to raw coal.",
                "Ts.Munkhtuya",
                "said",
                "",
            ),
        ],
        [
            (
                "Ch.Bayarmaa, 44, who lives with her husband and three children in a ger in the 27th khoroo of Songinokhairkhan district, said through an interpreter that the family burned four bags a day in January.",
                "Ch.Bayarmaa",
                "said through an interpreter",
                "",
            ),
            (
                '"Two hundred tugrik a bag does not sound like much," she said.',
                "Ch.Bayarmaa",
                "said",
                "",
            ),
            (
                '"Multiply it by four, by thirty days, by five months."',
                "Ch.Bayarmaa",
                "said",
                "",
            ),
        ],
        [
            (
                "Her neighbour, G.Altantsetseg, 61, said she had already bought 60 bags at the old price and stored them under a tarpaulin.",
                "G.Altantsetseg",
                "said",
                "",
            ),
            (
                '"The young ones cannot do that; they have no money in October," she said.',
                "G.Altantsetseg",
                "said",
                "",
            ),
        ],
        [
            (
                "The khoroo's governor, S.Batbayar, said 1,930 households in the khoroo had registered for the free bags by Monday.",
                "S.Batbayar",
                "said",
                "W",
            ),
        ],
        [
            (
                "D.Batbayar, an engineer at the National Agency for Meteorology and Environmental Monitoring who is not related to the khoroo governor, told the Blue Sky Post that PM2.5 readings in the ger districts had fallen by almost half since the briquette rule came in.",
                "D.Batbayar",
                "told the Blue Sky Post",
                "W",
            ),
            (
                "The average PM2.5 level in Songinokhairkhan in January was 187 micrograms per cubic metre, against 341 in January 2019, according to the agency's monitoring data.",
                "the agency's monitoring data",
                "according to",
                "W",
            ),
            (
                '"If families start mixing raw coal back in, we will see it in the numbers within a week," the engineer said.',
                "D.Batbayar",
                "said",
                "",
            ),
        ],
        [
            ('"Multiply it by four"', "", "", ""),
        ],
        [
            (
                'The Clean Air Mothers\' Network, a group of about 900 parents, said in a statement that the rise would "punish the families who did the right thing".',
                "The Clean Air Mothers' Network",
                "said in a statement",
                "",
            ),
            (
                "It said pneumonia admissions at the city's children's hospitals had risen 14 percent last winter, citing health ministry figures.",
                "The Clean Air Mothers' Network",
                "said",
                "W",
            ),
        ],
        [
            (
                "An official at the Ministry of Environment and Climate Change, who asked not to be named, said the cabinet had approved the smaller subsidy on October 9.",
                "An official at the Ministry of Environment and Climate Change",
                "said",
                "W",
            ),
            (
                "He said the ministry was studying a separate grant for households on the poverty list.",
                "An official at the Ministry of Environment and Climate Change",
                "said",
                "",
            ),
        ],
        [
            (
                "At a sales point near the Dambadarjaa market, the cashier, E.Solongo, said the queues had doubled since Monday's announcement.",
                "E.Solongo",
                "said",
                "",
            ),
            (
                '"People buy 20, 30 bags at a time now," she said.',
                "E.Solongo",
                "said",
                "",
            ),
        ],
        [
            (
                "Ganbold said the Nalaikh factory had produced 610,000 tonnes of briquettes last winter and would run three shifts from November.",
                "B. Ganbold",
                "said",
                "W",
            ),
            (
                'Asked whether the price would rise again next year, he said: "That is for the government to decide."',
                "B. Ganbold",
                "said",
                "",
            ),
        ],
        [
            (
                "Temperatures in Ulaanbaatar fell to minus 21C on Sunday night, according to the weather agency.",
                "the weather agency",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Registration for the free bags closes on November 15 at khoroo offices, the department said.",
                "the department",
                "said",
                "W",
            ),
        ],
        [
            ("Tags: #airpollution #ger #briquettes", "", "", "B"),
        ],
        [
            ("Comments (14)", "", "", "B"),
        ],
        [
            (
                "Related: Winter bus lanes return on Peace Avenue from November 1",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Read in Mongolian", "", "", "B"),
        ],
        [
            (
                "Shared from the Blue Sky Post app – download it free on iOS and Android.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("DALA NEWS AGENCY | Subscriber Portal", "", "", "B"),
        ],
        [
            (
                "Desk: Regions | Slug: KAZAKHSTAN-WATER/SHYMKENT (UPDATE 2) | Priority: Urgent | 688 words",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Filed 08.07.2027 14:52 ALMT | Moved 08.07.2027 15:03 ALMT", "", "", "B"),
        ],
        [
            (
                "Update note: Adds prosecutor's statement in paragraph 16, chamber of entrepreneurs in paragraph 18.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Burst main leaves 92,000 in Shymkent without water for fourth day; prosecutors open negligence probe",
                "",
                "",
                "W",
            ),
        ],
        [
            ("* Main burst under Tauke Khan Avenue early on Monday", "", "", "W"),
        ],
        [
            ("* Deputy akim's statement read out by press secretary", "", "", "W"),
        ],
        [
            ("* Prosecutors open pre-trial investigation", "", "", "W"),
        ],
        [
            (
                "SHYMKENT, Kazakhstan, July 8 (Dala) - About 92,000 residents of Shymkent's Abai and Al-Farabi districts have been without running water since early on Monday, when a main burst under Tauke Khan Avenue, the Shymkent city administration (akimat) said on Thursday.",
                "the Shymkent city administration",
                "said",
                "W",
            ),
        ],
        [
            (
                'Repairs to the 1,000-millimetre steel main, laid in 1978, were "more than 70 percent complete," Deputy Akim Darkhan Yerlanuly Seitkali said in a statement read out on his behalf by the akimat\'s press secretary, Aizhan Kairatkyzy.',
                "Darkhan Yerlanuly Seitkali",
                "said in a statement read out on his behalf",
                "W",
            ),
        ],
        [
            (
                '"Water will return to all affected homes by 8 p.m. on Friday," the statement said.',
                "Darkhan Yerlanuly Seitkali",
                "said",
                "",
            ),
            (
                '"I apologise to every family in Abai and Al-Farabi."',
                "Darkhan Yerlanuly Seitkali",
                "said",
                "",
            ),
        ],
        [
            (
                "The statement said the akimat had set up a commission, chaired by Seitkali, to establish the cause of the break.",
                "Darkhan Yerlanuly Seitkali",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kairatkyzy told reporters after reading the statement that Seitkali was at the repair site and would not take questions.",
                "Aizhan Kairatkyzy",
                "told reporters",
                "W",
            ),
            (
                'Asked why the deputy akim had not come to the briefing himself, she said: "He is where the pipe is."',
                "Aizhan Kairatkyzy",
                "said",
                "",
            ),
            (
                "She said 46 tankers were delivering drinking water to 130 points in the two districts around the clock.",
                "Aizhan Kairatkyzy",
                "said",
                "W",
            ),
            (
                'Asked whether residents would be compensated, Kairatkyzy said that was "a question for the commission".',
                "Aizhan Kairatkyzy",
                "said",
                "",
            ),
        ],
        [
            (
                "Seitkali could not be reached for further comment.",
                "Darkhan Yerlanuly Seitkali",
                "could not be reached for further comment",
                "",
            ),
            (
                "He has overseen housing and utilities since January 2026, according to the akimat's website.",
                "the akimat's website",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Nurbol Amanzholuly Zhaksybekov, general director of the municipal water utility Ontustik Su LLP, said the main had failed because of corrosion at a welded joint.",
                "Nurbol Amanzholuly Zhaksybekov",
                "said",
                "W",
            ),
            (
                "He said 41 percent of the city's 2,300 km of water mains had outlived their design life.",
                "Nurbol Amanzholuly Zhaksybekov",
                "said",
                "W",
            ),
        ],
        [
            (
                "Zhaksybekov said the utility had asked the akimat in March for 18 billion tenge ($37 million) to replace 120 km of the oldest pipes in 2027-2028, and had received 2.6 billion.",
                "Nurbol Amanzholuly Zhaksybekov",
                "said",
                "W",
            ),
        ],
        [
            (
                "The utility's chief engineer, Timur Serikuly, said 64 workers and nine excavators had been on the site since Monday night.",
                "Timur Serikuly",
                "said",
                "W",
            ),
            (
                '"We found the break in nine hours, but the ground around it had turned to mud," Serikuly said.',
                "Timur Serikuly",
                "said",
                "W",
            ),
            (
                "He said the replacement section, 12 metres long, had been brought by road from a depot in Turkestan on Wednesday.",
                "Timur Serikuly",
                "said",
                "W",
            ),
        ],
        [
            (
                "Gulnara Sapargaliyevna Mukhtarova, 71, who lives on the fifth floor of a block in the Nursat microdistrict, said she had been carrying water up the stairs in five-litre bottles from a tanker in the courtyard.",
                "Gulnara Sapargaliyevna Mukhtarova",
                "said",
                "",
            ),
            (
                '"The boys from the fourth floor help, but they work in the daytime," said Gulnara apa, as the children in her courtyard call her.',
                "Gulnara Sapargaliyevna Mukhtarova",
                "said",
                "",
            ),
            (
                "Mukhtarova said she had not washed clothes since Sunday.",
                "Gulnara Sapargaliyevna Mukhtarova",
                "said",
                "",
            ),
        ],
        [
            (
                "Yerbol Zhumabekuly, who runs a bakery on Baiterek Street, said he had paid 40,000 tenge for a private tanker to keep baking.",
                "Yerbol Zhumabekuly",
                "said",
                "",
            ),
            (
                '"I cannot make bread with bottled water," he said.',
                "Yerbol Zhumabekuly",
                "said",
                "",
            ),
        ],
        [
            (
                "The price of a 19-litre bottle of drinking water in the two districts has risen to 1,500 tenge from 900 tenge since Monday, according to residents.",
                "residents",
                "according to",
                "W",
            ),
        ],
        [
            (
                "A dispatcher at Ontustik Su, who asked not to be named because she was not allowed to speak to the media, said the same main had burst twice in 2025, in June and in August.",
                "A dispatcher at Ontustik Su",
                "said",
                "W",
            ),
        ],
        [
            (
                'The Shymkent city prosecutor\'s office said it had opened a pre-trial investigation into negligence by officials "whose duty was to maintain the water network".',
                "The Shymkent city prosecutor's office",
                "said",
                "W",
            ),
            (
                "It said no one had been detained.",
                "The Shymkent city prosecutor's office",
                "said",
                "W",
            ),
        ],
        [
            (
                "Temperatures in Shymkent reached 41 degrees Celsius on Wednesday, according to the weather service Kazhydromet.",
                "Kazhydromet",
                "according to",
                "W",
            ),
        ],
        [
            (
                "About 380 cafes, restaurants and hairdressers in the two districts have closed since Monday, the Shymkent branch of the Atameken National Chamber of Entrepreneurs said.",
                "the Shymkent branch of the Atameken National Chamber of Entrepreneurs",
                "said",
                "W",
            ),
        ],
        [
            (
                "Residents will not be billed for water for the days without supply, the akimat said.",
                "the akimat",
                "said",
                "W",
            ),
            (
                "It said it would decide next week whether to compensate businesses.",
                "the Shymkent city administration",
                "said",
                "",
            ),
        ],
        [
            ("-- ENDS --", "", "", "B"),
        ],
        [
            (
                "(Reporting by Saule Amangeldykyzy in Shymkent; additional reporting by Arman Nurlanuly in Astana; editing by Dina Yesimkhanova)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Related slugs: KAZAKHSTAN-HEAT/ALMATY (July 6), KAZAKHSTAN-UTILITIES/TARIFFS (June 30)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Dala News Agency LLP.", "", "", "B"),
            ("For use by subscribers only.", "", "", "B"),
        ],
        [
            ("Newsdesk: +7 7172 55 01 46 | desk@dala-news.kz", "", "", "B"),
        ],
    ],
    [
        [
            ("IRAN DAYLIGHT", "", "", "B"),
        ],
        [
            (
                "Politics   Economy   Society   Provinces   Culture   Sports   Opinion   Multimedia",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tuesday, 14 December 2027 — 23 Azar 1406", "", "", "B"),
        ],
        [
            ("Provinces › Isfahan", "", "", "B"),
        ],
        [
            (
                "Zayandeh Rud to flow through Isfahan for 12 days as water is released for eastern farmers",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Water company says 48 million cubic metres will be let out of the dam; farmers say it is too little, too late",
                "the Isfahan Regional Water Company",
                "says",
                "W",
            ),
        ],
        [
            ("By Parisa Ghaffari-Moghaddam, Isfahan", "", "", "B"),
        ],
        [
            ("Reading time: 4 min", "", "", "B"),
        ],
        [
            ("🖨 Print   ✉ Email   Share", "", "", "B"),
        ],
        [
            (
                "Residents walk on the dry bed of the Zayandeh Rud beneath the Khaju Bridge on Monday, a day before the release was announced.",
                "",
                "",
                "",
            ),
            ("(Photo: Daylight/Omid Ranjbar)", "", "", "B"),
        ],
        [
            (
                "ISFAHAN – Water will be released from the Zayandeh Rud dam for 12 days from Wednesday to irrigate winter wheat in the east of Isfahan province, the Isfahan Regional Water Company said in a statement on Tuesday.",
                "the Isfahan Regional Water Company",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "A total of 48 million cubic metres will be let out, and the river is expected to reach the Si-o-se-pol bridge in the city by Thursday evening, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "The company's managing director, Seyed Mohammad-Javad Tabatabaei-Nasab, said the reservoir held 231 million cubic metres on Monday, 19 percent of its capacity.",
                "Mohammad-Javad Tabatabaei-Nasab",
                "said",
                "W",
            ),
            (
                "“After the drinking water of five million people, this is all we can give,” Tabatabaei-Nasab told reporters in Isfahan.",
                "Mohammad-Javad Tabatabaei-Nasab",
                "told reporters in Isfahan",
                "",
            ),
            (
                "He said drinking water for Isfahan, Yazd and Kashan took priority over farming under the law.",
                "Mohammad-Javad Tabatabaei-Nasab",
                "said",
                "W",
            ),
            (
                "He said inflow to the dam this autumn had been 38 percent below the long-term average.",
                "Mohammad-Javad Tabatabaei-Nasab",
                "said",
                "W",
            ),
        ],
        [
            (
                "Haj Abbas Gholami-Varnamkhasti, 68, a wheat farmer near Varzaneh who sits on the board of the East Isfahan Water-Right Holders' Association, said the release had come six weeks after the end of the planting season.",
                "Abbas Gholami-Varnamkhasti",
                "said",
                "W",
            ),
            (
                "“Wheat planted in Azar is a gamble,” said Haj Abbas.",
                "Abbas Gholami-Varnamkhasti",
                "said",
                "",
            ),
        ],
        [
            (
                "“We asked for 80 million cubic metres in Mehr.",
                "Abbas Gholami-Varnamkhasti",
                "said",
                "W",
            ),
            ("We got a letter.”", "Abbas Gholami-Varnamkhasti", "said", ""),
        ],
        [
            (
                "The association, which says it represents about 41,000 farming families, said in a statement that farmers in the east of the province had received no river water for irrigation since Farvardin.",
                "The association",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "Haj Abbas told the Persian-language daily Navid-e Zayandeh last week that farmers around Varzaneh had sold about 30 percent of their cattle since the spring.",
                "Abbas Gholami-Varnamkhasti",
                "told the Persian-language daily Navid-e Zayandeh",
                "W",
            ),
        ],
        [
            ("‘We got a letter’", "", "", ""),
        ],
        [
            (
                "Mahmoud Rezaei Dehaghi, the province's deputy governor for civil affairs, said 120 illegal pumps had been removed from the river between the dam and Isfahan since October.",
                "Mahmoud Rezaei Dehaghi",
                "said",
                "W",
            ),
            (
                "Rezaei Dehaghi said anyone caught pumping during the release would be fined and have their equipment seized under the Law on Fair Distribution of Water.",
                "Mahmoud Rezaei Dehaghi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dr. Farahnaz Mousavi-Jahromi, a hydrologist at Isfahan University of Technology, said the release would barely wet the Gavkhouni wetland at the river's end.",
                "Farahnaz Mousavi-Jahromi",
                "said",
                "",
            ),
            (
                "She said satellite images showed the wetland had been 96 percent dry in November.",
                "Farahnaz Mousavi-Jahromi",
                "said",
                "W",
            ),
            (
                "“A wetland cannot live on a rumour of water,” she said.",
                "Farahnaz Mousavi-Jahromi",
                "said",
                "",
            ),
        ],
        [
            (
                "Shahla Nikbakht-Esfahani, who has run a tea house beside the Khaju Bridge for 22 years, said her business doubled whenever the river flowed.",
                "Shahla Nikbakht-Esfahani",
                "said",
                "",
            ),
            (
                "“People come just to hear the water under the arches,” she said.",
                "Shahla Nikbakht-Esfahani",
                "said",
                "",
            ),
        ],
        [
            (
                "At the mosque in Varzaneh, Hojatoleslam Seyed Hadi Karimi-Zadeh urged farmers after evening prayers to share the water “as brothers”.",
                "Hadi Karimi-Zadeh",
                "urged",
                "",
            ),
        ],
        [
            (
                "An official at the Ministry of Energy in Tehran, who asked not to be named because he was not authorised to speak to the media, said the ministry had approved the release on December 9.",
                "An official at the Ministry of Energy in Tehran",
                "said",
                "W",
            ),
        ],
        [
            (
                "The release will end at midnight on December 26, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Asked whether the farmers would plant again next year, Haj Abbas said: “Ask the sky, not me.”",
                "Abbas Gholami-Varnamkhasti",
                "said",
                "",
            ),
        ],
        [
            ("Tags: Zayandeh Rud, Isfahan, water, agriculture, drought", "", "", "B"),
        ],
        [
            ("RELATED NEWS", "", "", "B"),
        ],
        [
            ("Tehran metro fares to rise 25% from Farvardin 1", "", "", "B"),
        ],
        [
            ("Yazd to restore 40 qanats with provincial funds", "", "", "B"),
        ],
        [
            ("Comments (3)", "", "", "B"),
        ],
        [
            ("Your comment will be published after review.", "", "", "B"),
        ],
        [
            ("About us | Contact | Advertising | RSS", "", "", "B"),
        ],
        [
            ("All content © 2027 Iran Daylight.", "", "", "B"),
            ("Reproduction with attribution permitted.", "", "", "B"),
        ],
    ],
    [
        [
            ("marmaraexpress.com.tr/amp/istanbul/bread-price-15-lira", "", "", "B"),
        ],
        [
            ("MARMARA EXPRESS", "", "", "B"),
        ],
        [
            ("TÜRKİYE › ISTANBUL", "", "", "B"),
        ],
        [
            ("Istanbul bread price board raises standard loaf to 15 lira", "", "", "W"),
        ],
        [
            (
                "Bakers say flour and gas cost 38 percent more than in January; Halk Ekmek keeps its loaf at 10 lira",
                "Bakers",
                "say",
                "W",
            ),
        ],
        [
            ("Deniz Karataş - ISTANBUL", "", "", "B"),
        ],
        [
            ("Published 16.09.2027 09:40 | Updated 16.09.2027 11:05", "", "", "B"),
        ],
        [
            (
                "A baker in Kadıköy's Moda neighbourhood pulls loaves from a wood-fired oven on Wednesday.",
                "",
                "",
                "",
            ),
            ("Photo: Marmara Express", "", "", "B"),
        ],
        [
            (
                "ISTANBUL - The price of a standard 200-gram loaf of bread in Istanbul will rise from 12.5 lira to 15 lira on Monday, the city's bread price commission said on Wednesday.",
                "the city's bread price commission",
                "said",
                "W",
            ),
            (
                "The commission, which includes representatives of the governor's office, the municipality, bakers and consumer groups, approved the increase by nine votes to three, it said.",
                "the city's bread price commission",
                "said",
                "W",
            ),
        ],
        [
            (
                "A statement from the Istanbul Bakery Owners' Union, read to reporters after the vote by its secretary, Tuncay Erbaşlı, said the union had asked for 17.5 lira.",
                "the Istanbul Bakery Owners' Union",
                "said",
                "W",
            ),
        ],
        [
            (
                "Hüsnü Karadağlı, 61, who has run a bakery on Moda Caddesi since 1989 and chairs the Kadıköy Bakers' Association, said a 50-kilogram sack of flour had risen from 1,150 lira in January to 1,590 lira this month.",
                "Hüsnü Karadağlı",
                "said",
                "W",
            ),
            (
                "He said 14 bakeries in Kadıköy had closed since January.",
                "Hüsnü Karadağlı",
                "said",
                "W",
            ),
        ],
        [
            (
                '"At 12.5 lira, every loaf was a small loss," said Hüsnü Bey, as his customers call him, dusting flour from his apron.',
                "Hüsnü Karadağlı",
                "said",
                "",
            ),
            ('"At 15 we are just breathing."', "Hüsnü Karadağlı", "said", ""),
        ],
        [
            (
                "Nermin Özbilgin, 72, a retired nurse who has bought her bread from Karadağlı for 30 years, said she would start buying half loaves.",
                "Nermin Özbilgin",
                "said",
                "",
            ),
            (
                "Standing behind her in the queue, Zeynep Sude Altıntaş, 34, a mother of two, said her family ate five loaves a day.",
                "Zeynep Sude Altıntaş",
                "said",
                "",
            ),
            (
                '"That is 375 lira more a month, only for bread," she said.',
                "Zeynep Sude Altıntaş",
                "said",
                "",
            ),
        ],
        [
            ("Nermin Hanım shook her head.", "", "", ""),
            (
                '"My pension went up in July, the bread goes up in September," she said.',
                "Nermin Özbilgin",
                "said",
                "",
            ),
        ],
        [
            (
                "Halk Ekmek, the Istanbul Metropolitan Municipality's bakery company, said in a written statement that its 250-gram loaf would stay at 10 lira at its 1,700 kiosks until the end of the year.",
                "Halk Ekmek",
                "said in a written statement",
                "W",
            ),
            (
                'It said queues at its kiosks in Kadıköy and Üsküdar had grown "noticeably" since the vote.',
                "Halk Ekmek",
                "said",
                "",
            ),
        ],
        [
            (
                'Prof. Dr. Levent Oğuzhan Sarıkaya, an economist at Marmara University, said bread had become "the thermometer of inflation in Istanbul".',
                "Levent Oğuzhan Sarıkaya",
                "said",
                "",
            ),
            (
                "He said the price of the standard loaf had been raised four times in the past 24 months.",
                "Levent Oğuzhan Sarıkaya",
                "said",
                "W",
            ),
            (
                '"When bread moves, everything else has already moved," he said.',
                "Levent Oğuzhan Sarıkaya",
                "said",
                "",
            ),
        ],
        [
            (
                "Annual consumer price inflation was 27.4 percent in August, according to the Turkish Statistical Institute (TurkStat).",
                "the Turkish Statistical Institute",
                "according to",
                "W",
            ),
            (
                "Bread and cereal prices rose 31.2 percent over the same period.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Bakeries that charge more than the approved price can be fined under consumer protection rules, an official at the Istanbul Provincial Directorate of Trade said, speaking on condition of anonymity.",
                "an official at the Istanbul Provincial Directorate of Trade",
                "said",
                "W",
            ),
            (
                "The official said inspectors had checked 640 bakeries in August and fined 37.",
                "an official at the Istanbul Provincial Directorate of Trade",
                "said",
                "W",
            ),
            (
                "The official said the commission's decision was binding on bakeries in all of the city's 39 districts.",
                "an official at the Istanbul Provincial Directorate of Trade",
                "said",
                "W",
            ),
        ],
        [
            ('"Half loaves are back"', "", "", ""),
        ],
        [
            (
                "Outside the Kadıköy ferry pier, Ahmet Cemal Ulusoy, a simit seller whom commuters know as Cemal Bey, said the commission's decision did not cover simit, which stays at 15 lira from his cart.",
                "Ahmet Cemal Ulusoy",
                "said",
                "W",
            ),
            (
                '"Simit is the poor man\'s bread, and even the poor man has noticed," Cemal Bey said.',
                "Ahmet Cemal Ulusoy",
                "said",
                "",
            ),
        ],
        [
            (
                'The Kadıköy Consumer Rights Platform said on social media that the commission had "once again listened only to the bakers".',
                "The Kadıköy Consumer Rights Platform",
                "said on social media",
                "",
            ),
        ],
        [
            ("The new price takes effect at 6 a.m. on Monday.", "", "", "W"),
            (
                "Karadağlı said his bakery would sell the day's leftover bread at half price after 5 p.m.",
                "Hüsnü Karadağlı",
                "said",
                "",
            ),
        ],
        [
            ("Tags: bread, inflation, Istanbul, Halk Ekmek", "", "", "B"),
        ],
        [
            ("You may also like", "", "", "B"),
        ],
        [
            ("Bosphorus ferry fares to rise 20 percent from October", "", "", "B"),
        ],
        [
            ("Istanbul rents up 62 percent in a year, survey says", "", "", "B"),
        ],
        [
            ("View desktop version", "", "", "B"),
        ],
        [
            ("© Marmara Express 2027.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("☰  The Nile Compass  🔔", "", "", "B"),
        ],
        [
            ("Egypt | Cairo & Giza", "", "", "B"),
        ],
        [
            (
                "Giza microbus fares rise by up to 2 pounds after fuel price increase",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Governorate says fare stickers will be checked from Sunday; drivers say the rise barely covers diesel",
                "the Giza Governorate",
                "says",
                "W",
            ),
        ],
        [
            ("By Yasmine Adel El-Naggar", "", "", "B"),
        ],
        [
            ("Friday 19 March 2027 | 11:24 AM Cairo", "", "", "B"),
        ],
        [
            ("🔗 Copy link   🟢 WhatsApp   f Share", "", "", "B"),
        ],
        [
            (
                "Passengers board microbuses at the Giza Square stand on Thursday.",
                "",
                "",
                "",
            ),
            ("(Photo: The Nile Compass)", "", "", "B"),
        ],
        [
            (
                "GIZA - Microbus fares on 46 routes in Giza will rise by between 50 piastres and 2 pounds from Saturday, the Giza Governorate said in a statement on Thursday night, a day after the government raised the price of diesel.",
                "the Giza Governorate",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "The fare from Giza Square to the Haram district goes up from 7 pounds to 8, and from Giza Square to 6th of October City from 15 pounds to 17, the statement said.",
                "the Giza Governorate",
                "said",
                "W",
            ),
            ("Taxi fares are unchanged, it said.", "the Giza Governorate", "said", "W"),
        ],
        [
            (
                "The governor's spokesman, Medhat Fawzy Hegazy, read the statement on a local radio station.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Diesel now costs 15.50 pounds a litre, up from 13.75 pounds, according to the Ministry of Petroleum and Mineral Resources.",
                "the Ministry of Petroleum and Mineral Resources",
                "according to",
                "W",
            ),
            (
                "Ministry spokesman Hamdy Ezzat El-Menshawy said in a televised statement that the increase would cut the fuel subsidy bill by 21 billion pounds this fiscal year.",
                "Hamdy Ezzat El-Menshawy",
                "said in a televised statement",
                "",
            ),
            (
                "He said the price of petrol was unchanged.",
                "Hamdy Ezzat El-Menshawy",
                "said",
                "W",
            ),
        ],
        [
            (
                "Eng. Ashraf Abdel-Moneim Shalaby, head of the transport department at the Giza Governorate, said the new fares had been agreed with drivers' representatives at a meeting on Thursday afternoon.",
                "Ashraf Abdel-Moneim Shalaby",
                "said",
                "W",
            ),
            (
                "He said every microbus must display the fare list on a sticker on its rear window from Sunday.",
                "Ashraf Abdel-Moneim Shalaby",
                "said",
                "W",
            ),
            (
                '"Any driver who asks for more than the sticker says will lose his licence for a month," Shalaby told The Nile Compass by phone.',
                "Ashraf Abdel-Moneim Shalaby",
                "told The Nile Compass by phone",
                "W",
            ),
        ],
        [
            (
                "Sayed Mahmoud Abdel-Rahim, 47, who has driven the Giza Square-Haram route for 19 years and is known at the stand as Abu Yassin, after his eldest son, said he had paid 1,420 pounds for diesel on Friday morning, 160 more than a week ago.",
                "Sayed Mahmoud Abdel-Rahim",
                "said",
                "",
            ),
            (
                '"The pound they give us goes into the tank before it goes into my pocket," said Abu Yassin.',
                "Sayed Mahmoud Abdel-Rahim",
                "said",
                "",
            ),
        ],
        [
            ('"And the spare parts?', "Sayed Mahmoud Abdel-Rahim", "said", ""),
            ("The tyres?", "Sayed Mahmoud Abdel-Rahim", "said", ""),
            (
                'Nobody prints a sticker for those."',
                "Sayed Mahmoud Abdel-Rahim",
                "said",
                "",
            ),
        ],
        [
            (
                "Hagg Saber Tolba, who manages the stand and collects a 10-pound fee from each microbus a day, said about 300 microbuses worked from Giza Square.",
                "Saber Tolba",
                "said",
                "W",
            ),
            (
                "He said some drivers had started charging the new fares on Friday, a day early.",
                "Saber Tolba",
                "said",
                "W",
            ),
        ],
        [
            ('"It goes into the tank"', "", "", ""),
        ],
        [
            (
                "Dr. Nagwa Fathi Abu El-Ela, a pharmacist who travels every day from Haram to her pharmacy in Dokki, said she now spent about 40 pounds a day on microbuses.",
                "Nagwa Fathi Abu El-Ela",
                "said",
                "",
            ),
            (
                '"A month ago it was 32," Abu El-Ela said.',
                "Nagwa Fathi Abu El-Ela",
                "said",
                "",
            ),
        ],
        [
            (
                "A vegetable seller on the pavement beside the stand, who gave her name only as Umm Hamdi, said her customers were the drivers themselves.",
                "Umm Hamdi",
                "said",
                "",
            ),
            (
                '"When they earn less, they buy less, and when they buy less, I eat less," she said.',
                "Umm Hamdi",
                "said",
                "",
            ),
        ],
        [
            (
                "A traffic police officer at the stand, who asked not to be named because he was not authorised to speak to the press, said patrols would check stickers at 14 points in Giza from Sunday.",
                "A traffic police officer at the stand",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Cairo-based Masar Centre for Transport Studies said in a report last year that microbuses carried about 60 percent of commuters in Greater Cairo.",
                "The Masar Centre for Transport Studies",
                "said in a report",
                "W",
            ),
            (
                "It said a microbus carried 180 passengers a day on average.",
                "The Masar Centre for Transport Studies",
                "said",
                "W",
            ),
        ],
        [
            (
                "Asked whether metro fares would also rise, Shalaby said that was a matter for the National Authority for Tunnels, not the governorate.",
                "Ashraf Abdel-Moneim Shalaby",
                "said",
                "W",
            ),
        ],
        [
            (
                "The governorate said it expected Cairo to announce its own microbus tariff on Saturday.",
                "The governorate",
                "said",
                "",
            ),
        ],
        [
            ("READ MORE", "", "", "B"),
        ],
        [
            ("Alexandria beaches to open on May 1, governorate says", "", "", "B"),
        ],
        [
            ("Wheat harvest begins early in Upper Egypt", "", "", "B"),
        ],
        [
            ("Follow The Nile Compass on WhatsApp", "", "", "B"),
        ],
        [
            ("© 2027 The Nile Compass.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Privacy · Terms · Contact", "", "", "B"),
        ],
    ],
    [
        [
            (
                "https://www.entotomonitor.com/business/teff-prices-addis-merkato",
                "",
                "",
                "B",
            ),
        ],
        [
            ("THE ENTOTO MONITOR", "", "", "B"),
        ],
        [
            ("Vol. 19 No. 961 | Saturday, June 19, 2027", "", "", "B"),
        ],
        [
            ("BUSINESS", "", "", "B"),
        ],
        [
            ("Teff reaches 14,500 birr a quintal at Addis Ababa markets", "", "", "W"),
        ],
        [
            (
                "Traders blame transport costs and a late harvest in Gojjam; trade bureau says hoarders are holding back stock",
                "Traders",
                "blame",
                "W",
            ),
        ],
        [
            ("Written by Bethlehem Ayalew | Published: 19 June 2027", "", "", "B"),
        ],
        [
            (
                "A porter carries a sack of teff at the Ehil Berenda grain market in Merkato on Thursday.",
                "",
                "",
                "",
            ),
            ("Photo: The Entoto Monitor", "", "", "B"),
        ],
        [
            (
                "The price of a quintal of white (magna) teff at the Ehil Berenda grain market in Merkato reached 14,500 birr this week, up from 11,800 birr in January, traders said.",
                "traders",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ato Berhanu Gebremeskel, who has traded grain at Ehil Berenda for 26 years, said mixed teff was selling for 12,200 birr.",
                "Berhanu Gebremeskel",
                "said",
                "W",
            ),
            (
                "He said trucks from Debre Markos now charged 900 birr a quintal to bring teff to Addis Ababa, against 550 birr a year ago, because of higher fuel prices.",
                "Berhanu Gebremeskel",
                "said",
                "W",
            ),
            (
                "“The farmer is not getting rich; the road is eating the money,” said Ato Berhanu.",
                "Berhanu Gebremeskel",
                "said",
                "",
            ),
        ],
        [
            (
                "The harvest in Gojjam, which usually reaches the capital's markets in Tahsas, arrived about three weeks late after heavy rain in Tikimt 2019 E.C.",
                "",
                "",
                "W",
            ),
            (
                "Ato Tewodros Alemayehu Woldemariam, head of market regulation at the Addis Ababa City Administration Trade Bureau, said inspectors had found 112 traders holding grain in warehouses in Merkato and Kolfe since February.",
                "Tewodros Alemayehu Woldemariam",
                "said",
                "W",
            ),
            (
                "He said 38 of them had had their licences suspended.",
                "Tewodros Alemayehu Woldemariam",
                "said",
                "W",
            ),
        ],
        [
            (
                "“There is enough teff in this city; some people are sitting on it,” Ato Tewodros told reporters.",
                "Tewodros Alemayehu Woldemariam",
                "told reporters",
                "",
            ),
            (
                "He said the bureau would open 40 more consumer association shops selling teff at 11,000 birr a quintal to registered households from July 1.",
                "Tewodros Alemayehu Woldemariam",
                "said",
                "W",
            ),
        ],
        [
            ("entotomonitor.com | Page 1 of 2", "", "", "B"),
        ],
        [
            (
                "W/ro Almaz Tadesse, a mother of four in Kolfe Keranio sub-city, said her family used about a quintal of teff every two months.",
                "Almaz Tadesse",
                "said",
                "",
            ),
            (
                "“We have started mixing in sorghum, and the children complain that the injera is dark,” W/ro Almaz said.",
                "Almaz Tadesse",
                "said",
                "",
            ),
        ],
        [
            (
                "W/rt Meron Alemayehu, who bakes injera for sale at her home in Gulele, said she had raised the price of a single injera from 20 birr to 25 birr in May.",
                "Meron Alemayehu",
                "said",
                "W",
            ),
            (
                "She said she sold about 300 injera a day to cafés and neighbours.",
                "Meron Alemayehu",
                "said",
                "",
            ),
            (
                "Alemayehu is her father's name, not a family name, and she is not related to Ato Tewodros.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Dr. Hirut Asfaw, an economist at Addis Ababa University, said teff prices had risen faster than overall food prices for three years.",
                "Hirut Asfaw",
                "said",
                "W",
            ),
            (
                "She said teff now made up about a fifth of an average Addis Ababa household's food spending.",
                "Hirut Asfaw",
                "said",
                "W",
            ),
            (
                "“Teff is the price every household watches,” Dr. Hirut said.",
                "Hirut Asfaw",
                "said",
                "",
            ),
        ],
        [
            (
                "Food inflation stood at 24.1 percent in May, according to the Ethiopian Statistics Service.",
                "the Ethiopian Statistics Service",
                "according to",
                "W",
            ),
        ],
        [
            ("‘The road is eating the money’", "", "", ""),
        ],
        [
            (
                "A statement from the Ministry of Trade and Regional Integration, read to reporters by its communications director, Ato Yared Mekonnen Bekele, said 1.2 million quintals of teff had been traded through regulated markets in the first 11 months of the fiscal year.",
                "the Ministry of Trade and Regional Integration",
                "said",
                "W",
            ),
            (
                "Asked whether the ministry would set a price ceiling, Ato Yared said it had “no such plan at this time”.",
                "Yared Mekonnen Bekele",
                "said",
                "",
            ),
        ],
        [
            (
                "A ministry official who asked not to be named said the bureau's warehouse inspections had been ordered by the ministry in January.",
                "A ministry official",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Wenchi Teff Growers' Cooperative Union, which has 61 member cooperatives in the West Shewa zone, said farm-gate prices had risen by only about 12 percent since January.",
                "The Wenchi Teff Growers' Cooperative Union",
                "said",
                "W",
            ),
            (
                "The union said its members had sold 86,000 quintals to the city's consumer associations this year.",
                "The union",
                "said",
                "W",
            ),
        ],
        [
            (
                "Back at Ehil Berenda, Ato Berhanu said he had sold 60 quintals last week, against 150 in a normal week.",
                "Berhanu Gebremeskel",
                "said",
                "",
            ),
            (
                "“Before, people bought a quintal; now they buy ten kilos,” he said.",
                "Berhanu Gebremeskel",
                "said",
                "",
            ),
        ],
        [
            (
                "Ato Tewodros said the list of registered households would be posted at woreda offices on June 28.",
                "Tewodros Alemayehu Woldemariam",
                "said",
                "W",
            ),
        ],
        [
            ("Tags: teff, food prices, Merkato, inflation", "", "", "B"),
        ],
        [
            ("Comments are closed.", "", "", "B"),
        ],
        [
            (
                "Source URL: https://www.entotomonitor.com/business/teff-prices-addis-merkato",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Printed on 19/06/2027 at 14:05", "", "", "B"),
        ],
        [
            ("entotomonitor.com | Page 2 of 2", "", "", "B"),
        ],
        [
            ("© 2027 Entoto Media PLC, Addis Ababa.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE SKERRY", "", "", "B"),
        ],
        [
            ("Iceland's news in English", "", "", "B"),
        ],
        [
            (
                "News   Business   Culture   Nature   Travel   Interviews   Podcast",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Interviews / Business", "", "", "B"),
        ],
        [
            (
                "‘The boreholes are tired’, says Eyjafjörður heating chief as hot water price rises 9.5%",
                "Sigríður Lára Hjaltadóttir",
                "says",
                "W",
            ),
        ],
        [
            ("By Hrafnhildur Jökulsdóttir | 4 November 2027", "", "", "B"),
        ],
        [
            (
                "Sigríður Lára Hjaltadóttir at the utility's pumping station in Hrafnagil.",
                "",
                "",
                "",
            ),
            ("Photo: The Skerry/Einar Logi", "", "", "B"),
        ],
        [
            (
                "Households in Akureyri and the rest of Eyjafjörður will pay 9.5 percent more for hot water from January 1, after the board of the regional utility Eyjafjörður Heat voted on Thursday to raise its tariff.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The utility's two main boreholes have lost about a fifth of their flow since 2019, according to Orkustofnun, the National Energy Authority.",
                "Orkustofnun",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Its managing director, Sigríður Lára Hjaltadóttir, 51, spoke to The Skerry on Friday.",
                "",
                "",
                "",
            ),
            ("Like most Icelanders, she is known by her given names.", "", "", ""),
        ],
        [
            (
                "The interview was conducted in Icelandic and translated by The Skerry.",
                "",
                "",
                "B",
            ),
            ("It has been edited for length and clarity.", "", "", "B"),
        ],
        [
            ("The Skerry: Why 9.5 percent?", "", "", ""),
        ],
        [
            (
                "Sigríður Lára: Because we have to drill.",
                "Sigríður Lára Hjaltadóttir",
                "Sigríður Lára:",
                "",
            ),
            (
                "Two new wells at Hrafnagil will cost about 1.4 billion krónur, and the tariff has to pay for them.",
                "Sigríður Lára Hjaltadóttir",
                "Sigríður Lára:",
                "W",
            ),
        ],
        [
            (
                "The Skerry: Customers say nobody told them the wells were running dry.",
                "Customers",
                "say",
                "",
            ),
        ],
        [
            (
                "Sigríður Lára: We have published the flow figures every year in our annual report since 2016.",
                "Sigríður Lára Hjaltadóttir",
                "Sigríður Lára:",
                "W",
            ),
            (
                "Nobody reads annual reports, I know.",
                "Sigríður Lára Hjaltadóttir",
                "Sigríður Lára:",
                "",
            ),
        ],
        [
            ("The Skerry: How much more will a typical family pay?", "", "", ""),
        ],
        [
            (
                "Sigríður Lára: A family in a 120-square-metre flat in Akureyri uses about 640 cubic metres of hot water a year.",
                "Sigríður Lára Hjaltadóttir",
                "Sigríður Lára:",
                "W",
            ),
            (
                "Their bill goes up by about 5,200 krónur a year, or roughly 430 a month.",
                "Sigríður Lára Hjaltadóttir",
                "Sigríður Lára:",
                "W",
            ),
        ],
        [
            ("The Skerry: Is it the tourists' hot tubs?", "", "", ""),
        ],
        [
            (
                "Sigríður Lára: Partly, yes.",
                "Sigríður Lára Hjaltadóttir",
                "Sigríður Lára:",
                "",
            ),
            (
                "There are now 310 guesthouses and summer houses with hot tubs on our network, against 90 in 2015.",
                "Sigríður Lára Hjaltadóttir",
                "Sigríður Lára:",
                "W",
            ),
        ],
        [
            ("The Skerry: Will the price rise again?", "", "", ""),
        ],
        [
            (
                "Sigríður Lára: If the new wells deliver what the geologists promise, no.",
                "Sigríður Lára Hjaltadóttir",
                "Sigríður Lára:",
                "",
            ),
            (
                "But I will not promise anything in November.",
                "Sigríður Lára Hjaltadóttir",
                "Sigríður Lára:",
                "",
            ),
        ],
        [
            ("WHAT OTHERS SAY", "", "", "B"),
        ],
        [
            (
                "Jón Ragnar Björgvinsson, who chairs the residents' association in Akureyri's Glerárhverfi district, said the association would ask the town council to review the decision.",
                "Jón Ragnar Björgvinsson",
                "said",
                "",
            ),
            (
                "“Hot water is not a luxury here; it is how we survive February,” Jón Ragnar said.",
                "Jón Ragnar Björgvinsson",
                "said",
                "",
            ),
        ],
        [
            (
                "Ólafur Þór Ásgeirsson, who grows tomatoes and cucumbers in 4,000 square metres of greenhouses near Hrafnagil, said hot water was his second-biggest cost after electricity.",
                "Ólafur Þór Ásgeirsson",
                "said",
                "",
            ),
            (
                "He said the rise would add about 1.8 million krónur to his costs next year.",
                "Ólafur Þór Ásgeirsson",
                "said",
                "",
            ),
        ],
        [
            (
                "His daughter, Katla Ólafsdóttir, 26, who runs the farm shop, said they would not raise the price of their tomatoes before spring.",
                "Katla Ólafsdóttir",
                "said",
                "",
            ),
            (
                "“People already think Icelandic tomatoes cost too much,” she said.",
                "Katla Ólafsdóttir",
                "said",
                "",
            ),
        ],
        [
            (
                "The Consumers' Association of Iceland said in a statement that utilities should warn customers “years, not weeks” before such rises.",
                "The Consumers' Association of Iceland",
                "said in a statement",
                "",
            ),
            (
                "It said hot water prices in Eyjafjörður had risen 31 percent since 2020, against 19 percent in Reykjavík.",
                "The Consumers' Association of Iceland",
                "said",
                "W",
            ),
        ],
        [
            (
                "A member of the utility's board, who asked not to be named, said the vote had been five to two.",
                "A member of the utility's board",
                "said",
                "W",
            ),
        ],
        [
            (
                "Akureyri town council will discuss the tariff at its meeting on November 18, according to the council's published agenda.",
                "the council's published agenda",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Support The Skerry – become a member from ISK 1,290 a month",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related interviews", "", "", "B"),
        ],
        [
            (
                "‘We count the puffins by hand’: a Westman Islands ranger on a bad year",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Share: Facebook / X / Email", "", "", "B"),
        ],
        [
            ("© 2027 The Skerry ehf.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE RECIFE TIDE", "", "", "B"),
        ],
        [
            (
                "Home   Recife   Pernambuco   Brazil   Politics   Economy   Football   Carnival",
                "",
                "",
                "B",
            ),
        ],
        [
            ("🔴 LIVE", "", "", "B"),
        ],
        [
            (
                "LIVE | Recife bus strike, day 1: court orders 70% of buses to run at peak hours; union says it will appeal",
                "the Pernambuco Road Transport Workers' Union",
                "says",
                "W",
            ),
        ],
        [
            ("Last updated: 16:48, 23 March 2027", "", "", "B"),
        ],
        [
            ("Key points", "", "", "B"),
        ],
        [
            (
                "Bus drivers and fare collectors in Greater Recife walked out at 4 a.m. on Tuesday after pay talks broke down.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Only about 18% of the region's 2,400 buses were running at midday, according to the Grande Recife Transport Consortium.",
                "the Grande Recife Transport Consortium",
                "according to",
                "W",
            ),
        ],
        [
            (
                "A labour court judge ordered the union to keep 70% of buses running at peak hours.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Operators say they cannot pay more than 5.2% without a fare rise.",
                "Operators",
                "say",
                "",
            ),
        ],
        [
            ("16:48", "", "", "B"),
        ],
        [
            (
                "Biu told reporters outside the union's headquarters in Boa Vista that its lawyers would appeal against the court order on Wednesday morning.",
                "Severino Ramos de Albuquerque Neto",
                "told reporters outside the union's headquarters in Boa Vista",
                "",
            ),
            (
                '"The judge wants 70% of the buses and 0% of the raise," he said.',
                "Severino Ramos de Albuquerque Neto",
                "said",
                "",
            ),
        ],
        [
            ("16:20", "", "", "B"),
        ],
        [
            ("Posted by Camila Arruda Pessoa", "", "", "B"),
        ],
        [
            (
                "Vasconcelos said the state had offered to cover part of the raise through a subsidy to the operators worth R$ 14 million a month.",
                "Ana Cristina Lins de Vasconcelos",
                "said",
                "W",
            ),
            (
                '"The ball is with the companies now," she said.',
                "Ana Cristina Lins de Vasconcelos",
                "said",
                "",
            ),
        ],
        [
            ("15:35", "", "", "B"),
        ],
        [
            ("Key event", "", "", "B"),
        ],
        [
            (
                "Judge Fernanda Carneiro Leão Mota of the Regional Labour Court of the 6th Region (TRT-6) ordered the union to keep at least 70% of buses running from 5 a.m. to 8 a.m. and from 5 p.m. to 8 p.m., on pain of a daily fine of R$ 100,000.",
                "",
                "",
                "W",
            ),
            (
                '"Urban public transport is an essential service, and the population cannot be left without it," Mota wrote in her decision.',
                "Fernanda Carneiro Leão Mota",
                "wrote in her decision",
                "W",
            ),
        ],
        [
            ("14:50", "", "", "B"),
        ],
        [
            ("Posted by Rodrigo Cavalcanti", "", "", "B"),
        ],
        [
            (
                "At a stop on Avenida Caxangá, Maria Terezinha Bezerra dos Santos, 66, a cleaner known to everyone at the stop as Dona Terezinha, said she had waited two hours for a bus to Boa Viagem.",
                "Maria Terezinha Bezerra dos Santos",
                "said",
                "",
            ),
            (
                '"I left home at 5 and I will get there at 9, if I get there," said Dona Terezinha.',
                "Maria Terezinha Bezerra dos Santos",
                "said",
                "",
            ),
            (
                "Beside her, motorcycle-taxi driver José Wellington Farias Júnior said he had doubled his fare for the trip to R$ 20.",
                "José Wellington Farias Júnior",
                "said",
                "W",
            ),
            (
                '"It\'s the law of the market," said Wellington.',
                "José Wellington Farias Júnior",
                "said",
                "",
            ),
        ],
        [
            ("13:40", "", "", "B"),
        ],
        [
            (
                "The Pernambuco Urban Bus Operators' Union (Setpe) said in a note that its offer of a 5.2% raise matched inflation over the past 12 months.",
                "The Pernambuco Urban Bus Operators' Union",
                "said in a note",
                "W",
            ),
            (
                "It said the companies had lost R$ 210 million since 2020 because of free fares for students and the elderly.",
                "The Pernambuco Urban Bus Operators' Union",
                "said",
                "W",
            ),
            (
                'A Setpe director who asked not to be named said the companies could not pay 9% "without a fare rise or a bigger subsidy".',
                "A Setpe director",
                "said",
                "",
            ),
        ],
        [
            ("12:15", "", "", "B"),
        ],
        [
            (
                "Pernambuco's Secretary of Urban Mobility, Ana Cristina Lins de Vasconcelos, said the state had authorised 600 vans from the complementary transport system to carry passengers on bus routes until the strike ends.",
                "Ana Cristina Lins de Vasconcelos",
                "said",
                "W",
            ),
            (
                "She said fares on the vans would stay at the bus fare of R$ 4.30.",
                "Ana Cristina Lins de Vasconcelos",
                "said",
                "W",
            ),
        ],
        [
            ("11:05", "", "", "B"),
        ],
        [
            (
                "The president of the Pernambuco Road Transport Workers' Union, Severino Ramos de Albuquerque Neto - known to drivers as Biu - said the strike would go on until the companies offered at least 9%.",
                "Severino Ramos de Albuquerque Neto",
                "said",
                "",
            ),
            (
                "He said drivers had had no real raise since 2023, while their shifts had grown to nine hours.",
                "Severino Ramos de Albuquerque Neto",
                "said",
                "W",
            ),
        ],
        [
            ("09:30", "", "", "B"),
        ],
        [
            (
                "The Grande Recife Transport Consortium said 431 of the 2,400 buses were on the streets at 9 a.m.",
                "the Grande Recife Transport Consortium",
                "said",
                "W",
            ),
            ("The metro's Centro line was running normally.", "", "", "W"),
        ],
        [
            ("07:10", "", "", "B"),
        ],
        [
            (
                "Good morning, and welcome to our live coverage of the first day of the bus strike in Greater Recife.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Quotes translated from Portuguese by The Recife Tide.", "", "", "B"),
        ],
        [
            ("Load more updates", "", "", "B"),
        ],
        [
            (
                "Related: Olinda postpones Carnival clean-up contract after bid dispute",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 The Recife Tide – Editora Maré Ltda.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n179-vn-am-ends",
        "The meeting starts at 8 a.m. Traders must bring their boat papers.",
        ["The meeting starts at 8 a.m.", "Traders must bring their boat papers."],
    ),
    (
        "n179-vn-licence-no-mid",
        "The site runs under Licence No. 204/GP-BTTTT issued in 2022. It was renewed last year.",
        [
            "The site runs under Licence No. 204/GP-BTTTT issued in 2022.",
            "It was renewed last year.",
        ],
    ),
    (
        "n179-vn-question-then-sentence",
        "“Where will the buyers go? We have been here for 30 years,” said one trader.",
        [
            "“Where will the buyers go?",
            "We have been here for 30 years,” said one trader.",
        ],
    ),
    (
        "n179-cn-am-daily-mid",
        "Mr Qiu said the canteen would open at 11 a.m. daily from Monday. Ms Ye disagreed.",
        [
            "Mr Qiu said the canteen would open at 11 a.m. daily from Monday.",
            "Ms Ye disagreed.",
        ],
    ),
    (
        "n179-cn-co-ltd-ends",
        "The canteens are run by Jinsha Catering Co., Ltd. The firm employs 600 cooks.",
        [
            "The canteens are run by Jinsha Catering Co., Ltd.",
            "The firm employs 600 cooks.",
        ],
    ),
    (
        "n179-cn-qa-turns",
        "Q: Will prices rise again? A: Not this year.",
        ["Q: Will prices rise again?", "A: Not this year."],
    ),
    (
        "n179-id-drs-msi-mid",
        "Drs. Wahyu Prasetyo Budi, M.Si., opened the market. He bought two kilos of shallots.",
        [
            "Drs. Wahyu Prasetyo Budi, M.Si., opened the market.",
            "He bought two kilos of shallots.",
        ],
    ),
    (
        "n179-id-h-haji",
        "H. Sobirin chairs the traders' union. It has 410 members.",
        ["H. Sobirin chairs the traders' union.", "It has 410 members."],
    ),
    (
        "n179-id-ir-title",
        "Ir. Dwi Lestari Handayani inspected the warehouse. Nothing was missing.",
        ["Ir. Dwi Lestari Handayani inspected the warehouse.", "Nothing was missing."],
    ),
    (
        "n179-id-se-degree-ends",
        "The stall belongs to Warsini, S.E. She took it over from her mother.",
        ["The stall belongs to Warsini, S.E.", "She took it over from her mother."],
    ),
    (
        "n179-th-pol-lt-col-no-stops",
        "Pol Lt Col Surasak Thongdee said the market would close at 10pm. Vendors agreed.",
        [
            "Pol Lt Col Surasak Thongdee said the market would close at 10pm.",
            "Vendors agreed.",
        ],
    ),
    (
        "n179-th-exclaim-attrib",
        "“Three hundred baht!” shouted a vendor near the gate. Others laughed.",
        ["“Three hundred baht!” shouted a vendor near the gate.", "Others laughed."],
    ),
    (
        "n179-mn-initial-space",
        "The director, B. Ganzorig, signed the order. It takes effect on Monday.",
        ["The director, B. Ganzorig, signed the order.", "It takes effect on Monday."],
    ),
    (
        "n179-mn-initial-no-space",
        "Ts.Enkhtuya and D.Oyunbileg met the khoroo governor. They asked for more bags.",
        [
            "Ts.Enkhtuya and D.Oyunbileg met the khoroo governor.",
            "They asked for more bags.",
        ],
    ),
    (
        "n179-mn-llc-ends",
        "The briquettes are made by Tuul Gal Fuel LLC. The plant runs three shifts.",
        [
            "The briquettes are made by Tuul Gal Fuel LLC.",
            "The plant runs three shifts.",
        ],
    ),
    (
        "n179-kz-pm-ends",
        "Water returned to the first blocks at 11 p.m. The rest followed by dawn.",
        ["Water returned to the first blocks at 11 p.m.", "The rest followed by dawn."],
    ),
    (
        "n179-kz-llp-ends",
        "The pipes were laid by Oral Su Kurylys LLP. The firm was dissolved in 2009.",
        [
            "The pipes were laid by Oral Su Kurylys LLP.",
            "The firm was dissolved in 2009.",
        ],
    ),
    (
        "n179-kz-exclaim-single",
        '"Water, at last!" shouted a boy from the fifth floor.',
        ['"Water, at last!" shouted a boy from the fifth floor.'],
    ),
    (
        "n179-ir-seyed-dr",
        "Seyed Javad Mir-Hosseini and Dr. Parvaneh Kazemi-Rad toured the dam. The reservoir was at 17 percent.",
        [
            "Seyed Javad Mir-Hosseini and Dr. Parvaneh Kazemi-Rad toured the dam.",
            "The reservoir was at 17 percent.",
        ],
    ),
    (
        "n179-ir-question-asked",
        "“Who will pay for the seed?” Haj Morteza asked. Nobody answered.",
        ["“Who will pay for the seed?” Haj Morteza asked.", "Nobody answered."],
    ),
    (
        "n179-tr-prof-dr",
        "Prof. Dr. Aylin Korkmaz-Tekin presented the study. It covered 1,200 bakeries.",
        [
            "Prof. Dr. Aylin Korkmaz-Tekin presented the study.",
            "It covered 1,200 bakeries.",
        ],
    ),
    (
        "n179-tr-lira-decimals",
        "A loaf now costs 15 lira, up from 12.5 lira. Simit costs 17.5 lira.",
        ["A loaf now costs 15 lira, up from 12.5 lira.", "Simit costs 17.5 lira."],
    ),
    (
        "n179-eg-eng-title",
        "Eng. Tamer Fouad Ghoneim inspected the stand. He counted 212 microbuses.",
        ["Eng. Tamer Fouad Ghoneim inspected the stand.", "He counted 212 microbuses."],
    ),
    (
        "n179-eg-question-then-sentence",
        '"And the tyres? Nobody pays for those," said the driver.',
        ['"And the tyres?', 'Nobody pays for those," said the driver.'],
    ),
    (
        "n179-et-ato-wro",
        "Ato Dereje Kassa and W/ro Tigist Molla sell teff in Merkato. Both raised prices in May.",
        [
            "Ato Dereje Kassa and W/ro Tigist Molla sell teff in Merkato.",
            "Both raised prices in May.",
        ],
    ),
    (
        "n179-et-ec-ends",
        "The harvest came late in Hidar 2019 E.C. Prices rose the following month.",
        [
            "The harvest came late in Hidar 2019 E.C.",
            "Prices rose the following month.",
        ],
    ),
    (
        "n179-et-wrt-single",
        "W/rt Selam Desta, who bakes injera in Gulele, said she had raised her price to 25 birr.",
        ["W/rt Selam Desta, who bakes injera in Gulele, said she had raised her price to 25 birr."],
    ),
    (
        "n179-is-ehf-ends",
        "The wells are owned by Norðurhiti ehf. The town holds 60 percent of the shares.",
        [
            "The wells are owned by Norðurhiti ehf.",
            "The town holds 60 percent of the shares.",
        ],
    ),
    (
        "n179-br-ltda-ends",
        "The buses belong to Viação Capibaribe Ltda. The company runs 14 routes.",
        ["The buses belong to Viação Capibaribe Ltda.", "The company runs 14 routes."],
    ),
    (
        "n179-br-am-range-mid",
        "The judge ordered full service from 5 a.m. to 8 a.m. on weekdays. The union said it would comply.",
        [
            "The judge ordered full service from 5 a.m. to 8 a.m. on weekdays.",
            "The union said it would comply.",
        ],
    ),
]
