"""Hundred-and-ninety-first set of new hand-labelled pages for the hint engines (tuning set, round sixty-five):

Theme: twelve WHOLE pages of everyday local news where SPEAKERS ARE HARD TO FIND AND TO NAME, each in its country's
naming customs and its English-language press's house style, from twelve countries of Africa, the Middle East and the
Pacific (Egypt, Morocco, Tanzania, Uganda, Zambia, Zimbabwe, Rwanda, Botswana, Israel, Lebanon, Fiji, Papua New
Guinea), one page per country, each a different kind of outlet and paste, with the site's furniture head to tail.
The pages:

* Egypt: a state-owned English-language daily's website on the DESKTOP (Giza raises microbus fares by up to 15
  percent after a diesel price rise).
* Morocco: an independent English-language news site's AMP page (Casablanca shuts hammams and car washes three days a
  week as its dams fall to 9.4%).
* Tanzania: a government-owned English daily's E-PAPER, text copied from the PDF across a page jump (Dar es Salaam BRT
  fares up to Sh850 from March 1).
* Uganda: a private daily's website pasted from a PHONE (KCCA bans boda bodas from 12 Kampala city centre streets).
* Zambia: a private daily's LIVE-UPDATES page, newest entry first (ZESCO extends load-shedding to 17 hours a day).
* Zimbabwe: a state daily's website in PRINT VIEW (Bulawayo extends water-shedding to 120 hours a week).
* Rwanda: a national daily's APP, its article SHARED AS TEXT (Kigali bus riders to pay by the kilometre).
* Botswana: a private weekly's EMAIL NEWSLETTER pasted from WEBMAIL (Mogoditshane taps to run dry two days a week, a
  kgotla meeting, cashless parking in Gaborone).
* Israel: an English-language news site in READER MODE (Haifa's Carmelit funicular to close for four months).
* Lebanon: an English-language news site's TEXT-ONLY edition (the Energy Ministry caps the private generator price at
  LBP 38,600 per kWh, with a price table).
* Fiji: a national daily read in a NEWS-AGGREGATOR APP (Suva market stall fees up 20 per cent from March 1).
* Papua New Guinea: a daily's website pasted from an ARCHIVED SNAPSHOT (Port Moresby PMV fares rise to K2).

What is hard is finding the speaker and naming him, her or it as a careful reviewer would, the way real copy makes it
hard. Names return by the part the country's press uses: an Egyptian compound surname ("El-Mallawany said" for
"Khaled Abdel-Rahman El-Mallawany") or a TEKNONYM ("Abu Hamza said" for "Sayed Ragab Abdel-Aal"); a Moroccan surname
in "El" or an honorific and given name ("El Alami said", "Hajja Zoubida said"); "Eng", "Mr", "Ms" and "Mzee" with the
last part of a Tanzanian name ("Eng Mfinanga", "Mr Nassor" for "Khamis Suleiman bin Nassor"); "Ms" and "Hajjat" with
the Luganda name of a Ugandan one ("Ms Nakiwala" for "Martha Nakiwala Ssali", "Hajjat Nakato"); the bare surname of a
Zambian manager named in full only in an older entry lower down ("Hamoonga told reporters") and a market teknonym
("Bana Chipo"); "Clr", "Eng", "Dr", "Mr" and an Ndebele "MaSibanda" in Bulawayo; the bare surname of a Rwandan name
("Habimana said", "Niyonsenga said"); "Mma", "Rra" and "the kgosi" in Botswana; the bare surname of a Hebrew name
("Cohen said", "Ben-Shitrit asked") or an Arab teknonym ("Abu Elias asked"); "Hajj" with a Lebanese given name ("Hajj
Kassem said") and the second part of "Abi Khalil"; "Ratu" and "Adi" with a Fijian given name ("Ratu Peni said", "Adi
Mereoni asked") and "Mr" or "Mrs" with an Indo-Fijian surname; and "Sir" and "Dame" with a PNG given name ("Sir Puka
said", "Dame Lahui said"), "Mr" or "Ms" with the last name. Titles and ranks are dropped ("Giza Governor", "Wali",
"Director General Eng", "Prof", "Dr", "Mzee", "KCCA spokesperson Ms", "Hajjat", "Mrs", "Hon", "town clerk Mr", "Ward 24
Councillor", "Cde", "Gogo", "Mma", "Rra", "Kgosi", "City engineer", "Rabbi", "Hajj", "Father", "Sheikh", "Beirut MP",
"Special administrator Ratu", "Adi", "The turaga ni koro of ...", "Sir", "Dame", "RTA chief executive Mr"), while a
teknonym that is the only name given is kept ("Umm Karim", "Mama Neema", "Mai Tafadzwa", "Abou Ali"). Speakers are
named AFTER the quote or claim ("..., said Khaled Abdel-Rahman El-Mallawany, the spokesman for Giza Governor Hesham
Fouad Ragheb."; "..., said Nezha El Alami, who speaks for the wilaya."; "..., RURA's director general, Jean de Dieu
Habimana, told a press conference in Kigali."; "..., said Moshe Cohen, who heads ..."); several people of one sex
alternate inside one paragraph (Umm Karim and Nermeen El-Sherbiny; two Nakatos; MaSibanda and Gogo Sarah Mlilo; Shira
Ben-Shitrit and Orly Weissbrod; Sera and Ana Naivalu); two people share a surname (two El-Sherbinys, two El Alamis and
two Tazis, two Jumas, two Nakatos, three Ndlovus, two Habimanas, two Cohens and two Shehadehs, two Khourys, two
Naivalus, two Kaupas), while a Rwandan wife and husband share none; a spokesperson speaks for a named official, named
(El-Mallawany, Tumusiime, Uwera, Delaibatiki, bin Nassor, Igo Morea Dai) or not ("A spokesperson for Energy Minister
Makala Shimaponda-Banda", "A spokeswoman for Mayor Ronit Sasson-Adler"); statements are read out by someone else (a
minister's speech read by his permanent secretary, a town clerk's statement read by a press officer) or posted
(Facebook, X, a website, a monthly bulletin); an interpreter carries a chief's words, and then speaks for herself;
documents speak through "according to"; acronyms and short names resolve to the body's name as first given (CAPMAS,
SRM, LATRA, KABRU, ERB, "ZESCO" for "ZESCO Limited", BCC, BRRC, RURA, KUTC, WUC, HBCC, "Merkaz HaCarmel", EDL, LSRC,
CCF, NCDC); role nouns are tied to named people ("the chairman", "the wali", "The RC", "The minister", "The town
clerk", "the student", "the kgosi", "The market master", "The Governor"); pronouns follow the person the story means
after an intervening name ("He said the next fare review ..." after "Prof Kaduma", "He said" after the press officer,
"She said" after the vendor "Litia Rokovunisei", "“They agreed to disagree,” he said." after the Governor and Sir
Puka, "she" for Rita after Georges Khoury names her in his quote); unnamed sources keep the group as written up to
the relative clause ("A senior official at the governorate", "An official at the wilaya", "A conductor", "A senior
KCCA official", "A council official", "A bus driver with one of the three operators", "An official at the ministry",
"A council officer", "A senior police officer"); and bodies act with no verb of saying and carry no speaker (the
governorate raising fares, the pricing committee, the wilaya's October ban, SRM replacing pipes, LATRA approving a
fare, KCCA's ban, ZESCO's extension in the pinned summary, the council suspending connections, RURA's last fare change,
the City of Kigali painting lanes, the municipality closing the line, the Energy Ministry setting a price, the Suva
council approving fees, NCDC closing a stop).

Conventions this set had to settle, in the spirit of `labelled_new.py`, `labelled_new2.py` and the recent sets
(`labelled_new187.py` settled most of them for other naming customs, and they are followed here):

* SHARED SURNAMES are told apart by what the page gives: an honorific ("Ms Juma" and "Mr Juma"; "Hajjat Nakato" and
  "Ms Nakato"; "Clr Ndlovu" and "Mr Ndlovu", while "Ndlovu-Mpofu" is a third person; "Mrs Prasad"), a pronoun or
  possessive in the same sentence ("El-Sherbiny said, adding that his inspectors ..." is Tarek; "El Alami said she had
  received it" is Nezha; "Cohen said, wiping flour from her hands" is Dalia), "the younger" ("the younger Tazi" is
  Mehdi, "the younger Shehadeh" is Elias), or what the speaker answers ("Asked about the failed readers, Habimana said"
  is the RURA chief; "Asked about Friday nights, Cohen said" is the municipal official).
* A SPEECH READ ON SOMEONE'S BEHALF carries its author: "In a speech read on his behalf by the ministry's Permanent
  Secretary, Dr Neema Saidi Lyimo, Minister for Transport Prof Juma Seif Kaduma said" is Kaduma, and "In a statement
  read to journalists by ..., Mr Bekithemba Mathe, town clerk Mr Sifiso Ndlovu-Mpofu said" is the town clerk; the
  fronted channel is not part of the cue.
* INTERPRETERS: "said through an interpreter" and "told the meeting through an interpreter" keep the interpreter in
  the cue and the speaker whose words they are; an interpreter's own remark ("The interpreter, Onkemetse Dikgang, ...,
  said the kgosi had used a proverb ...") is hers. A language after the verb is part of the cue ("said in Luganda",
  "said in Kinyarwanda", "said in iTaukei", "said in Tok Pisin").
* TEKNONYMS: a teknonym that returns a person named in full resolves to the full name ("Abu Hamza", "Bana Chipo",
  "Abu Elias", "MaSibanda", "Hajja Zoubida"), while a person who gave only the teknonym is labelled with it ("Umm
  Karim", "Mama Neema", "Mai Tafadzwa", "Abou Ali"); the Ndebele "MaSibanda" (a married woman's maiden name with "Ma")
  is treated like a teknonym; "bin" inside a Zanzibari name is part of the name ("Khamis Suleiman bin Nassor").
* A NICKNAME IN QUOTATION MARKS inside a name is dropped ("Avraham “Avi” Dahan-Toledano" -> "Avraham
  Dahan-Toledano"), as in `labelled_new187.py`.
* "ZESCO said" resolves to "ZESCO Limited", the name the pinned summary first gives; "The statement said" resolves to
  the company, as in `labelled_new187.py`; "the company said" is a generic noun kept as written.
* A NEWSLETTER'S OWN SENTENCE holding a claim ("the pipe that WUC says was fixed was still leaking") carries the claim's
  source (the acronym resolving to "The Water Utilities Corporation", cue "says", "W"), as in `labelled_new187.py`;
  its box lines ("BY THE NUMBERS") are data lines, "".
* "The official said", after "A council official who asked not to be named said", resolves to the unnamed official as
  first given; "He said" after "An official at the ministry who asked not to be named ..." likewise.
* A STANDFIRST'S "says" carries the body's first name for the source ("Governorate says" -> "the Giza governorate";
  "Authority says" -> "the Kampala Capital City Authority").

Of record ("W"): fares, fees, fines and prices set by those who run or regulate them (microbus fares in EGP, BRT and
feeder fares, a boda boda fine, a per-kilometre bus fare and its cap, parking, a generator tariff, stall fees, PMV
fares); counts, money and dates given by officials, firms, bodies and documents (licensed microbuses and impounded ones,
hammams and car washes, cubic metres saved, passengers carried, buses ordered, stages marked, megawatts, megalitres,
boreholes, card readers, trips, dam levels, violations, complaints, bills paid, signatures, stalls, diesel burned);
causal claims ("because the water level at Lake Kariba has fallen", "because of a shortage of spare parts", "because of
higher diesel prices", "followed two increases in the price of diesel"); rules, rulings and acts (a licence suspension,
a fine per offence, a card-only rule, a cash rule until June 30, the ERB's ruling, exemptions, a tap-off rule, a
ban); past events of record (a meeting on February 10, a letter written on Thursday, a resolution signed on February
20, a repair on Saturday); and scheduled events set by those who run them (inspection teams from 7 a.m. on Tuesday, a
quarterly pricing meeting, a third BRT phase on July 1, a fare review in 2030, a minister's statement at 14:30,
enforcement at 6am on Monday, a committee hearing on March 9, checks from Monday, a shuttle timetable). Not worth
checking (""): plans, hopes and intentions, even a minister's or a company's; conditional plans and forecasts
("if the dams fell below 8%", "if a new contract was signed next month", "if the dams fell below 20 percent", "if the
fees rose again"); requests, appeals and advice; stances and characterisations; feelings and anecdotes; a private
person's own figures (a driver's diesel, a teacher's fares, a rider's takings, a fish seller's loss, a family's
containers, a moto driver's earnings); questions; scenes and captions that only describe; the live blog's and the
newsletter's own voice; table rows and box lines. A quoted figure used as rhetoric is "" ("“The fare went up one pound,
and the diesel went up two”", "“Seven pounds fifty”", "“Two kina more a day is a bag of rice a week”").

And where sentences end: firm suffixes that END one before a capital ("Nile Meridian Publishing S.A.E." / "All rights
reserved."; "Pulse Maghreb Médias S.A.R.L." / "All rights reserved."; "Khami Courier Newspapers (Pvt) Ltd." / "All
rights reserved."; "Beirut Bulletin Publishing s.a.l.", lower case, / "All rights reserved."; "Hiri Mail Publishing
Ltd." / "All rights reserved.") and abbreviations, titles and designations that do NOT ("at 7 a.m. on Tuesday", "Vol.
19 No. 5,311", "P.O. Box 9033", "Merkaz HaCarmel Transit Ltd., said", "from 5:30 a.m. to midnight", "at 4 p.m. on
Fridays and the first at 8 p.m. on Saturdays", "Mar. 2, 2028, 3:15 p.m."); times in several styles ("18:52", "7 a.m.",
"6am", "4am", "14:30", "05:00 to 12:00", "19:40", "5:30 a.m.", "3:15 p.m.", "6pm", "09:12:44 UTC"); decimals, units
and currencies ("EGP 7.50", "EGP 15.50", "9.4%", "Sh850", "Sh1.2 trillion", "Shs200,000", "US$0.18", "477.6 metres",
"K3,400", "ZiG14 million", "US$1", "Rwf 25", "P2.3 million", "NIS 86 million", "LBP 38,600", "$4.50", "$24", "K1.50");
questions and exclamations in quotes before their attribution, one sentence each ("“Who pays the difference?” he
asked, ...", "“Where will the builders wash after work, in the sea?” the younger Tazi asked.", "“Two weeks to find four
dollars a day more, from dalo and bele?” Adi Mereoni asked.", "“With twins?” Ben-Shitrit asked, laughing.", "“Four
months of buses, at my age?” Abu Elias asked."); quotes running over two sentences; a Tok Pisin quote glossed in the
same sentence; semicolons that never split (standfirsts); and bullets, table rows and box lines, one sentence each.

The pages hold 528 sentences: 173 "B", 162 "W" and 193 ""; 284 sentences carry a speaker (146 distinct speakers, page
by page; 144 distinct labels). `STYLES` describes each page, its story, its labels and its furniture in order; `CASES`
holds 30 split cases written fresh in the manner of the pages (not copied from them): 19 that must split where a
sentence ends at a firm suffix ("S.A.E.", "S.A.R.L.", "Co. Ltd.", "(Pvt) Ltd.", "Inc.", "(Pty) Ltd.", "s.a.l."), a time
("6 a.m.", "22:00 hrs.", "5:30 a.m.", "6 p.m."), a unit or a currency ("per km.", "850/-.", "K2.", "EGP 7.75."), a date
or designation ("Mar. 1.", "Ward No. 24."), or after a question's or an exclamation's attribution, and 11 where a
title, an initial, a time or a designation sits inside a sentence that must not be split there ("Abdel-Wahab
El-Gendy ... at 7 a.m. on Tuesday", "P.O. Box 3474", "Eng." and "Dr.", "Hajjat Aisha N. Kyomuhendo", "Hon.", "Clr. T.
Moyo and Eng. S. Nkala", "Mma ... and Rra ... at 10 a.m.", "Galil Cable Works Ltd. said", "43 U.S. cents", "Ratu Seru
and Adi Losana ... at 7 a.m.", "Sir Nime T. Gaudi").

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see their docstrings)
and of the recent sets, built with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's
lines, so every masthead, menu, crumb, byline, date line, share line, caption, credit, time stamp, posted-by line,
bullet, table row, box line, page-jump line, comment and legal line is a paragraph of its own, except that a caption
and a credit pasted in one line are two sentences of one paragraph); each paragraph a list of sentences `(text,
speaker, cue, flags)`, flags "W", "B" or "". Furniture is "B" line by line, whatever it says, never with a speaker;
tables pasted as lines have a "B" title, header row and source line and "" data rows; bullets are flagged by content;
headlines and standfirsts are never split and are flagged by content, their "says" carrying the source as the body
first names it. A person is named in full as first given, without titles, honorifics or roles; a pronoun, surname,
title-and-given-name, teknonym or role noun resolves to that name; a body is named as first given, its bracketed
acronym dropped, an acronym, short name or "It" resolving to it, a single generic noun kept as written ("The
association", "the company", "The union", "Police", "the municipality", "The council", "the authority"); "according
to X" gives X as written; a channel or language after the verb is part of the cue ("told reporters outside the
station", "said in a statement posted on Facebook", "said through an interpreter", "said in Luganda", "said in a
statement posted on X", "told reporters at ZESCO's head office on Great East Road", "told a press conference in
Kigali", "said in a post on X", "told the meeting through an interpreter", "said in its monthly bulletin", "said in a
statement posted on its website", "told The Suva Tide", "said in Tok Pisin"), a time after it is not ("yesterday", "on
Thursday night"); other reporting verbs are kept as written ("announced", "has announced", "asked", "urged", "called
out", "told her neighbour", "says").

Written from scratch for issue 13 in round sixty-five, before any rule was tuned on them and without looking at the
engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no README; no engine, scorer or test
was run (only the brief's structural check and ruff). What was read: the brief; the module docstrings and first
articles of `labelled_new.py` and `labelled_new2.py`; `def build` in `labelled_articles.py`; the `[tool.ruff*]` tables
of `pyproject.toml`; and the module docstrings, `STYLES`, a few pages and the `CASES` of `labelled_new187.py` and
`labelled_new188.py`. Coined names were checked for freshness against the capitalised words (and the parts of
hyphenated ones) of those two files: one outlet word ("Voice", first "The Kalahari Voice") and eight name parts
("Brian", "Brighton", "Dube", twice, once in a double surname, "Haddad", "Hamisi", "Hassan", "Said", "Zahra") that
hit were replaced before the file was written ("The Kalahari Echo", "Denis", "Bekithemba", "Nkomo", "Azar",
"Athumani", "Kassem", "Suleiman", "Nezha El Alami", "Ndlovu-Mpofu"), and the replacements were checked again; only
common words ("Park", "Market", "Transit", "Policy", "Publishing", "Publications", "Newspapers", "Union", "Ward",
"Commuters'", "Works", "Students"), titles and kinship words ("Dr", "Prof", "Mr", "Ms", "Hon", "Councillor",
"Mayor", "Governor", "Umm", "Mai"), months, weekdays, platforms and real places and bodies still hit.

Every person, outlet, newsletter, publisher, aggregator, firm, operator, association, union, committee, coalition,
centre, parish fund, statement, post, notice, decree, circular, report, survey, quote and figure is invented, and so
are the small institutions (The Nile Meridian and Nile Meridian Publishing S.A.E., the Giza Microbus Owners'
Association, Maghreb Pulse and Pulse Maghreb Médias S.A.R.L., the Association of Traditional Bath Owners of
Casablanca, Daybreak Tanzania and Daybreak Tanzania Publications Ltd, Msasani Rapid Transit Company Ltd, The Kampala
Beat, the Kampala Boda Boda Riders' Union, The Lusaka Sentry, The Khami Courier and Khami Courier Newspapers (Pvt) Ltd.,
the Bulawayo Residents and Ratepayers' Coalition, The Nyabarongo Post, the Kigali Urban Transport Company, The Kalahari
Echo, The Yarkon Report, Merkaz HaCarmel Transit Ltd., the Haifa Bay Commuters' Committee, The Beirut Bulletin and
Beirut Bulletin Publishing s.a.l., the Ras Beirut Policy Centre, the Lebanese Subscribers' Rights Committee, Skimr,
The Suva Tide, the Suva Market Vendors' Association, The Hiri Mail and Hiri Mail Publishing Ltd., the National Capital
District PMV Owners' Association, the NCD Women Vendors' Association and the like), and so are the holders of real
offices (the Giza governor, the Casablanca-Settat wali, Tanzania's transport minister and the Dar es Salaam regional
commissioner, Kampala's Lord Mayor, Zambia's energy minister, Bulawayo's minister of state and town clerk, Kigali's
mayor, Haifa's mayor, Fiji's local government minister and Suva's special administrator, the NCD governor). Real
countries, regions, cities, districts, suburbs, villages, streets, stations, markets, dams, lakes, rivers, hospitals,
universities, airports, ministries, regulators, utilities, councils, commissions, police forces, statistics agencies,
consumer bodies and projects appear only as settings, with invented statements and figures: Giza, Haram, 6th of
October City, Dokki, Faisal, the Petroleum Ministry and its fuel pricing committee, and the Central Agency for Public
Mobilization and Statistics; Casablanca, the Casablanca-Settat region and its wilaya, Derb Sultan, Maarif, Ain Chock,
Sidi Moumen, the Ministry of Equipment and Water and the Casablanca-Settat Regional Multiservices Company; Dar es
Salaam, Kimara, Muhimbili, Mbagala, Gongo la Mboto, Kinondoni, Ilala, Ubungo, Kivukoni, Gerezani, the BRT, the
Ministry of Transport and the Land Transport Regulatory Authority; Kampala, Luwum Street, Burton Street, Entebbe Road,
Kawempe, the Kampala Capital City Authority and the Uganda Police Force; Lusaka, the Copperbelt, Soweto market, Great
East Road, Lake Kariba, Kariba North Bank, Mozambique, ZESCO Limited, the Energy Regulation Board, the Zambezi River
Authority, Parliament and the Kenneth Kaunda International Airport; Bulawayo, Nkulumane, Luveve, Cowdray Park,
Umzingwane Dam, the Ncema works, the Bulawayo City Council and the Matabeleland Zambezi Water Project; Kigali,
Nyabugogo, Kimironko, Kanombe, Nyarugenge, KN 1 Road, KG 11 Avenue, the University of Rwanda, the City of Kigali and
the Rwanda Utilities Regulatory Authority; Gaborone, Mogoditshane, Gabane, Metsimotlhabe, Broadhurst, the Main Mall,
the Government Enclave, Gaborone Dam, the Water Utilities Corporation and Gaborone City Council; Haifa, the Carmelit,
Paris Square, Gan HaEm, Hadar, Masada, Golomb, Wadi Nisnas, Carmel Center, HaNevi'im Street, Herzl Street, Rambam
Health Care Campus, the Haifa Municipality and the Transportation Ministry; Beirut, Achrafieh, Tariq al-Jdideh, Mar
Elias, Ras el-Nabaa, Mount Lebanon, the Bekaa, the South, the Energy and Water Ministry, Électricité du Liban and the
Beirut Municipality; Suva, Naitasiri, Nausori, Lautoka, Nadi, the Suva Municipal Market, the Suva City Council and the
Consumer Council of Fiji; and Port Moresby, the National Capital District, Gordons, Boroko, Erima, Gerehu, Lae, the
Road Traffic Authority and the National Capital District Commission.
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Egyptian STATE-OWNED ENGLISH-LANGUAGE DAILY\'S WEBSITE (Cairo, Giza story), DESKTOP browser paste, a MICROBUS FARE RISE with EGYPTIAN NAMES IN "Abdel-" AND "El-", A DRIVER KNOWN BY HIS TEKNONYM "Abu Hamza", A TEACHER KNOWN ONLY AS "Umm Karim", TWO UNRELATED EL-SHERBINYS OF DIFFERENT SEX, A NAMED SPOKESMAN FOR A NAMED GOVERNOR AND A STATISTICS AGENCY\'S ACRONYM: Giza raises microbus fares by up to 15 percent after a diesel price rise. Head: skip link, masthead, tagline, menu, crumb (all "B"); headline of record "W"; standfirst "Governorate says ...; drivers say ..." (semicolon kept, "W", carrying "the Giza governorate" as the lead gives it); byline, date line, share line ("B"); a caption "" and its credit "B". Body: the lead (the governorate acting, no verb of saying, no speaker, "W"); "according to a decree signed by the governor on Sunday" (as written, "EGP 7.50", "W"); "“The new fares ...,” said Khaled Abdel-Rahman El-Mallawany, the spokesman for Giza Governor Hesham Fouad Ragheb." (the SPOKESMAN named AFTER the quote, not the governor, "W"), "El-Mallawany said" ("7 a.m. on Tuesday" mid-sentence, "W") and "he said" (""); the pricing committee acting (no speaker, "W") and "A spokesman for the Petroleum Ministry said" (as written, a quarterly meeting "W"); "Sayed Ragab Abdel-Aal, ... known on it as Abu Hamza," (his own cost, ""), "Abu Hamza said" (the TEKNONYM resolving, "") and "“Who pays the difference?” he asked, ..." (one sentence, ""); "Umm Karim, a schoolteacher who would give only the name her neighbours call her by," (the teknonym as her only name, "") and "Her colleague Nermeen El-Sherbiny" ("") alternating, "she said" (NERMEEN, "") and "Umm Karim said" (""); a quote subhead (""); "Tarek El-Sherbiny, who heads the governorate\'s transport directorate, told The Nile Meridian" ("W"), "“...,” El-Sherbiny said, adding that his inspectors ..." (TAREK, by "his" and by what he says, "W") and "He said" (a plan, ""); "A senior official at the governorate who asked not to be named said" (the relative clause left out, "W"); "In a statement posted on its Facebook page late on Monday, the Giza Microbus Owners\' Association said" (fronted channel not in the cue, "W"), "The association said" (generic kept, ""), "Its chairman, Ashraf Mohamed Hegazy," (a plan, "") and "the chairman told reporters outside the station" (the ROLE NOUN resolving to him, ""); "according to the Central Agency for Public Mobilization and Statistics (CAPMAS)" (bracket dropped, "W") and "CAPMAS said" (the ACRONYM resolving, "W"); a closing scene ("") and "he called out" (ABU HAMZA, a fare as rhetoric, ""). Tail: short link, related label and two headlines, a comments note, footer links, copyright split at "S.A.E." before "All rights reserved." (all "B").',
    'Moroccan INDEPENDENT ENGLISH-LANGUAGE NEWS SITE (Casablanca), AMP paste, a DROUGHT CLOSURE with MOROCCAN NAMES IN "El", "Ait" AND "Ou", "Hajja" AS AN HONORIFIC BEFORE A GIVEN NAME, "Wali" AS A TITLE, A MOTHER AND SON WHO SHARE A SURNAME, TWO UNRELATED EL ALAMIS OF DIFFERENT SEX, AN INTERPRETER AND A UTILITY\'S ACRONYM: Casablanca shuts hammams and car washes three days a week as dams fall to 9.4%. Head: AMP address, masthead, a menu line (all "B"); headline of record "W"; byline, date/read-time line, share line ("B"); a caption "" and its credit "B". Body: "Casablanca –" lead "the wilaya of Casablanca-Settat announced" ("W"); "according to a circular sent to local authorities on Saturday" ("W"); "according to Ministry of Equipment and Water data" ("W"); "“...,” said Nezha El Alami, who speaks for the wilaya." (named AFTER the quote, "W"), "El Alami said" ("W") and "She said" (a hope, ""); "Wali Hicham Essafi told a meeting of the region\'s governors" (title dropped, the channel in the cue, "W") and "the wali said, according to a recording ..." (the ROLE NOUN resolving, cue "said", ""); the wilaya\'s October ban (no speaker, "W"); "The Casablanca-Settat Regional Multiservices Company (SRM), which distributes ..., said" ("W"), "SRM said" (the ACRONYM resolving, "W") and "SRM also replaced ..." (acting, no speaker, "W"); an advertisement line ("B"); "Zoubida Tazi has run the same hammam ... know her as Hajja Zoubida." (no verb of saying, no speaker, ""), "Hajja Zoubida said through an interpreter" (the honorific and given name resolving, the interpreter in the cue, "") with a second quoted sentence carrying the same speaker and cue ("") and "She said" (""); "Khadija Ouhmad, 70," ("") and "“Hajja Zoubida will find a way ...,” Ouhmad said." (OUHMAD, Zoubida named inside the quote, ""); "Her son, Mehdi Tazi," ("") and "“Where will the builders wash ...?” the younger Tazi asked." (MEHDI, one sentence, ""); "The Association of Traditional Bath Owners of Casablanca said in a statement posted on Facebook" ("W") and "The association asked" (a request, ""); "Rachid El Alami, who owns a car wash ... and is no relation to the wilaya\'s spokeswoman," ("") and "he said" (RACHID, ""); "An official at the wilaya who asked not to be named said" (a conditional forecast, ""); "Asked about the bath owners\' request, El Alami said she had received it ..." (NEZHA, by "she", a rule "W") and "she said" (""). Tail: a read-also line, most-read label and a headline, tags, a follow line, a non-AMP link, copyright split at "S.A.R.L." before "All rights reserved." (all "B").',
    'Tanzanian GOVERNMENT-OWNED ENGLISH DAILY\'S E-PAPER (Dar es Salaam), text copied from the PDF across a PAGE JUMP, a BUS RAPID TRANSIT FARE RISE with "Eng", "Prof", "Dr", "Mzee", "Mr" AND "Ms" BEFORE NAMES, A ROLE ACRONYM ("the RC") FOR A NAMED COMMISSIONER, A SPEECH READ ON A MINISTER\'S BEHALF, TWO UNRELATED JUMAS TOLD APART BY "Mr" AND "Ms", A ZANZIBARI NAME WITH "bin", A STREET-FOOD SELLER KNOWN AS "Mama Neema" AND A REGULATOR\'S ACRONYM: BRT fares up to Sh850 from March 1. Head: masthead, a volume/date/price line with "Vol." and "No.", a page running head (all "B"); headline and kicker of record ("W" both); byline ("B"); a caption "" and its credit "B". Body: the lead (the regulator acting, no speaker, "W"); "according to a fare notice published by the authority yesterday" ("W"); "LATRA Director General Eng Hamza Rashidi Mfinanga told reporters in Dar es Salaam yesterday" (title dropped, the place in the cue, the time not, "W"), "He said" ("W"), "Eng Mfinanga said" (""), "Eng Mfinanga said Prof Kaduma had endorsed ..." ("W") and "He said the next fare review ..." (MFINANGA, not the minister named in between, a scheduled review "W"); "The Dar es Salaam Regional Commissioner (RC), Mr Yusuph Kassim Mlawa," ("W") and "The RC said" (the ROLE ACRONYM resolving, a plan ""); "In a speech read on his behalf by the ministry\'s Permanent Secretary, Dr Neema Saidi Lyimo, Minister for Transport Prof Juma Seif Kaduma said" (the MINISTER, not the reader, "W") and "The minister said" (a scheduled opening, "W"); a scene (""); "Ms Rehema Juma" and "Ms Juma said" (""), "Mr Athumani Juma, ... who is not related to her," and "Mr Juma said" (""), "Ms Juma laughed." (no speaker) and "she said" (REHEMA, ""); "Mzee Selemani Kiwelu, 74," and "Mzee Kiwelu said" (""); "Mama Neema, who ... gave only the name her customers use," (the name as given, "") and "she said, laughing" (""). The jump: "Turn to Page 4", the page-4 running head, a jump head and "From Page 3" (all "B"). Then "according to the authority\'s annual report" ("W"); "LATRA said" twice (the ACRONYM resolving to "the Land Transport Regulatory Authority", a causal fleet fall and a fine "W"); "A spokesperson for the operator, Ms Salome Nyirenda-Mushi," ("W") and "She said" (a card-only rule from a date, "W"); "Mr Khamis Suleiman bin Nassor, who speaks for the RC," (a SPOKESMAN FOR THE NAMED COMMISSIONER, "bin" kept, scheduled checks "W") and "Mr Nassor said" (""); "A conductor who asked not to be named said" ("W"). Tail: a page-6 teaser, an imprint line with "P.O. Box" mid-sentence, a web/phone line (all "B").',
    'Ugandan PRIVATE DAILY\'S WEBSITE (Kampala), PHONE browser paste, a BODA BODA BAN with UGANDAN NAMES RETURNING BY THE LUGANDA NAME WITH "Mr", "Ms" AND "Hajjat", TWO UNRELATED NAKATOS TOLD APART BY "Hajjat" AND "Ms", A PRESS SECRETARY FOR A NAMED LORD MAYOR, A RIDERS\' UNION ACRONYM AND A RIDER SPEAKING LUGANDA: KCCA bans boda bodas from 12 city centre streets from Monday. Head: a menu/search line, masthead, a subscribe line, crumb (all "B"); headline of record "W"; standfirst "Authority says ...; riders say ..." ("W", carrying "the Kampala Capital City Authority" as the lead names it); byline and an added/read-time line ("B"); a caption "" and its upper-case credit "B". Body: the lead (the authority acting, no speaker, "W"); "according to a notice signed by the authority\'s executive director" ("W"); "KCCA spokesperson Ms Martha Nakiwala Ssali" (role and "Ms" dropped, "W"), "Ms Nakiwala said" (the middle, Luganda, name resolving, "") and "She said" ("W"); an advertisement line ("B"); "Mr Yasin Kawooya, who chairs the Kampala Boda Boda Riders\' Union (KABRU)," ("W"), "Mr Kawooya said Ms Nakiwala had met the union only once" ("W") and "He said" (KAWOOYA after a woman\'s name, "W"); "KABRU said in a statement posted on X" (the ACRONYM resolving, the channel in the cue, "W") and "The union said" (generic kept, a conditional plan ""); "Ronald Ssemwogerere ... said in Luganda" (language in the cue, his own takings, "") and "he said" (""); "Hajjat Aisha Nakato" and "Hajjat Nakato said" (""), "Ms Prossy Nakato, ... no relation," and "she said" (PROSSY, ""), "Hajjat Nakato shook her head." (no speaker) and "“You will miss them when it rains,” she told her neighbour." (AISHA, the last subject, cue "told her neighbour", ""); "Mr Ivan Tumusiime, the press secretary to Lord Mayor Godfrey Ssentongo Kiyimba," (the SECRETARY, not the mayor, a letter "W") and "Mr Tumusiime said" (""); "A senior KCCA official who asked not to be named ... said" (scheduled enforcement, "W"); a second advertisement line ("B"); "According to the Uganda Police Force\'s annual crime report" ("W") and "Police said" (generic kept, "W"). Tail: a trending line, related label and two headlines, a comment count, two comments as handle and text lines, an app line, copyright (all "B").',
    'Zambian PRIVATE DAILY\'S LIVE-UPDATES PAGE (Lusaka), desktop paste, NEWEST ENTRY FIRST, a LOAD-SHEDDING EXTENSION with "Mr", "Mrs" AND "Hon" BEFORE NAMES, A MARKET WOMAN KNOWN BY HER TEKNONYM "Bana Chipo", "Ba" BEFORE A COMPANY\'S NAME INSIDE A QUOTE, AN UNNAMED SPOKESPERSON FOR A NAMED MINISTER, A REGULATOR\'S ACRONYM AND NAMES GIVEN IN FULL ONLY IN OLDER ENTRIES BELOW: ZESCO extends load-shedding to 17 hours a day from Monday. Head: masthead, menu, "🔴 LIVE" (all "B"); headline "LIVE: ..." ("W"); a last-updated line and "Pinned" ("B"); the pinned summary (ZESCO Limited acting, causal, no speaker, "W"). Entries under "B" time stamps and posted-by lines: 19:40 "Bana Chipo said" (the TEKNONYM resolving to "Esther Mwape", named only at 12:30 below, "") and "she said" (""); 17:55 "Hamoonga told reporters at ZESCO\'s head office on Great East Road" (the SURNAME resolving to the manager named in full only at 08:00, the place in the cue, "W") and "She said" (a conditional forecast, ""); 16:20 with a "Key event" line ("B"): "The Energy Regulation Board (ERB) said" ("W") and "The ERB said" (the ACRONYM resolving, a tariff ruling "W"); 14:05 "A spokesperson for Energy Minister Makala Shimaponda-Banda said" (kept as written, a scheduled statement "at 14:30 on Tuesday" "W") and "“Hon Shimaponda-Banda asks ...,” the spokesperson said." (the same label, an appeal ""); 12:30 "Mr Bwalya Chisenga" (his own loss, "") and "he said" with "Ba ZESCO" inside the quote (""), "Esther Mwape, ... whom the other marketeers call Bana Chipo after her eldest daughter," (""), "“Chipo writes her exams ...,” she said." (ESTHER, her daughter named inside the quote, "") and "Mr Chisenga said" (""); 10:15 "ZESCO said in a statement" (the SHORT NAME resolving to "ZESCO Limited" as the summary first gives it, a schedule with 24-hour times "W"), "The statement said" (resolving to the company, "W") and "the company said" (generic kept, exemptions "W"); 08:00 a greeting (the blog\'s own voice, ""), "ZESCO Limited\'s senior manager for corporate affairs, Mrs Matildah Chileshe Hamoonga," ("W"), "Mrs Hamoonga said" ("") and "According to the Zambezi River Authority" ("W"). Tail: a load-older line, a share line, tags, copyright (all "B").',
    'Zimbabwean STATE DAILY\'S WEBSITE (Bulawayo), PRINT VIEW paste, a WATER-SHEDDING EXTENSION with "Clr", "Cde", "Eng", "Dr", "Mr", "Mrs" AND "Gogo" BEFORE NAMES, AN NDEBELE "MaSibanda" NAME FOR A MARRIED WOMAN, A SHONA TEKNONYM "Mai Tafadzwa", THREE NDLOVUS (A TOWN CLERK WITH A DOUBLE SURNAME, A RESIDENT AND A COUNCILLOR), A STATEMENT READ OUT BY SOMEONE ELSE AND TWO ACRONYMS: Bulawayo extends water-shedding to 120 hours a week. Head: the print URL, masthead, a print/close line (all "B"); headline of record "W"; byline and a published line ("B"); a caption "" and its credit "B". Body: the lead (the council acting, no speaker, "W"); "according to a council report tabled at a full council meeting on Tuesday" ("W"); a decommissioned dam (no speaker, "W"); "BCC said" (the ACRONYM resolving to "the Bulawayo City Council", "W"); "In a statement read to journalists by the council\'s senior public relations officer, Mr Bekithemba Mathe, town clerk Mr Sifiso Ndlovu-Mpofu said" (the TOWN CLERK, not the reader, "W"), "The town clerk said" (the ROLE NOUN resolving, "W") and "He said" (the clerk after the reader\'s name, a conditional plan ""); council suspending connections (no speaker, "W"); "Eng Simbarashe Chikomba" ("W") and "Eng Chikomba said" (a forecast, ""); "Mr Themba Ndlovu" and "Mr Ndlovu said" (""); "Ward 24 Councillor Lwazi Ndlovu" ("W") and "Clr Ndlovu said" (""); "Mr Ndlovu said he had not seen a council bowser" (THEMBA, the only "Mr Ndlovu", "") and "he said" (""); "A council official who spoke on condition of anonymity said" ("W"); "Mrs Sithembile Moyo, 67, known to her neighbours in Luveve as MaSibanda," (""), "MaSibanda said" (resolving to her, ""), "Her neighbour, Gogo Sarah Mlilo," ("Gogo" dropped, "") and "she said" (SARAH, ""), "MaSibanda nodded." (no speaker) and "she said" (SITHEMBILE MOYO, ""); "A vendor ... who gave only the name her neighbours use, Mai Tafadzwa," (the teknonym as given, "") and "Mai Tafadzwa said" (""); "Minister of State ... Cde Ntombizodwa Mahlangu" ("Cde" and the office dropped, "ZiG14 million", "W") and "She said" (a forecast, ""); "BCC\'s acting director of health services, Dr Mehluli Nyathi," ("W") and "Dr Nyathi urged" (""); "The Bulawayo Residents and Ratepayers\' Coalition (BRRC) said in a statement" ("W") and "BRRC urged" (the ACRONYM resolving, ""). Tail: the reporter\'s handle, a related line, copyright split at "(Pvt) Ltd." before "All rights reserved.", a printed-from line (all "B").',
    'Rwandan NATIONAL DAILY\'S APP, its article SHARED AS TEXT (Kigali), a DISTANCE-BASED BUS FARE with RWANDAN NAMES THAT SHARE NO FAMILY NAME (A WIFE AND HUSBAND WITH DIFFERENT SURNAMES), TWO UNRELATED HABIMANAS, A SPEAKER NAMED AFTER THE CLAIM, AN INTERPRETER, A NAMED SPOKESPERSON FOR A NAMED MAYOR, TWO UNNAMED SOURCES AND TWO ACRONYMS: Kigali bus riders to pay by the kilometre from March 1. Head: a share line ("B"); headline of record "W"; an outlet/section/read-time line and a byline/date line ("B"); a caption "" and its credit "B". Body: the lead "the Rwanda Utilities Regulatory Authority (RURA) said on Tuesday" ("W"); "according to a fare table published with the decision" ("W"); "the authority said" (generic kept, a fare cap "W"); "..., RURA\'s director general, Jean de Dieu Habimana, told a press conference in Kigali." (a rule, the speaker named AFTER it, the place in the cue, "W"), "Habimana said" ("W"), "RURA said" (the ACRONYM resolving, "W") and "he said" (HABIMANA, not RURA, ""); two acts with no speaker (RURA\'s last fare change, the city painting bus lanes, "W"); a "HOW IT WORKS" label ("B") and three bullets by content (two instructions "", a rule "W"); "Claudine Mukeshimana" (""), "Her husband, Emmanuel Niyonsenga, ... said through an interpreter" (HIS OWN name, not hers, ""), "Niyonsenga said in Kinyarwanda" and "Niyonsenga said" (his own earnings, "") and "Mukeshimana laughed and said" (cue "said", ""); "Vestine Mukandori, 58, ... said through an interpreter" and "she said" (""); "RURA said" (a cash rule, "W"); "Olivier Habimana, a student ... who is no relation to the RURA chief," ("") and "the student said" (the ROLE NOUN resolving to him, ""); "Emmanuelle Uwera, spokesperson for Kigali Mayor Innocent Munyaneza," (the SPOKESPERSON, "W"), "Uwera said" ("") and "She said he would ride ..." (UWERA, the mayor inside as "he", ""); "A bus driver with one of the three operators, who asked not to be named ..., said" ("W") and "An official at the City of Kigali, who also asked not to be named, said" (""); "The Kigali Urban Transport Company (KUTC), which runs 214 of the city\'s buses, said in a post on X" ("W") and "KUTC said it expected" (the ACRONYM resolving, cue "said", ""); "Asked about the failed readers, Habimana said" (JEAN DE DIEU, the RURA chief, by what he answers, "W"). Tail: a read-full-story link, a related line, topics, a follow line, a shared-via line (all "B").',
    'Botswana PRIVATE WEEKLY\'S EMAIL NEWSLETTER (Gaborone), pasted from WEBMAIL, WATER RATIONING AND A KGOTLA MEETING with "Mma", "Rra" AND "Kgosi" BEFORE NAMES, A CHIEF WHO SPEAKS THROUGH AN INTERPRETER AND AN INTERPRETER WHO SPEAKS FOR HERSELF, A ROLE NOUN ("the kgosi"), A UTILITY\'S ACRONYM, AN UNNAMED COUNCIL OFFICIAL AND THE NEWSLETTER\'S OWN VOICE: Mogoditshane taps to run dry two days a week. Head: webmail toolbar, subject line, sender, "to me", date, a view-in-browser line and a masthead with "No. 212" (all "B"); a greeting and a teaser ("" both). The water item: upper-case headline of record ("W"); "The Water Utilities Corporation (WUC) will cut water ..., the corporation said on Monday." ("W"); "WUC said" (the ACRONYM resolving, "W"); "The corporation\'s spokesperson, Mma Boitumelo Sekgoma-Tau," ("Mma" dropped, scheduled bowsers "W") and "Mma Sekgoma-Tau said" (advice, ""); a kgotla scene (""); "Kgosi Kabelo Tshekiso, who presides over the kgotla, told the meeting through an interpreter" (the CHIEF, the interpreter in the cue, "W"), "the kgosi said" (the ROLE NOUN resolving, "") and a scene with "he" (no speaker, ""); "The interpreter, Onkemetse Dikgang, ..., said" (HER OWN remark, ""); "Rra Kagiso Moloi ... asked why ..." (a question in reported speech, cue "asked", ""), "Rra Moloi said" (""), "Mma Sekgoma-Tau, who attended the meeting, said" (a repair of record, "W"), "Rra Moloi shook his head." (no speaker) and "he said" (""); "Mma Keitumetse Ramasedi ... asked whether ..." (""), "Mma Sekgoma-Tau said they would not." (a service rule, "W") and "Mma Ramasedi said" (""); the newsletter\'s own sentence "the pipe that WUC says was fixed" (carrying the claim\'s source, "The Water Utilities Corporation", cue "says", "W"). A "BY THE NUMBERS" label ("B") and four box lines (""). The parking item: headline ("W"), "according to a council notice" ("W"), "A council official who asked not to be named said" ("W"), "The council said" (generic kept, a payment rule "W"), "The official said" (resolving to the unnamed official as first given, a scheduled opening "W") and "Our take" (the newsletter\'s opinion, ""). Tail: a signed-up line, a forwarded line, an unsubscribe line, an address line, a reply/forward line (all "B").',
    'Israeli ENGLISH-LANGUAGE NEWS SITE in READER MODE (Haifa story), a FUNICULAR CLOSURE with HEBREW NAMES IN "Ben-" AND DOUBLE SURNAMES, A NICKNAME IN QUOTATION MARKS, "Rabbi" BEFORE A NAME, TWO UNRELATED COHENS OF DIFFERENT SEX, AN ARAB BARBER KNOWN BY HIS TEKNONYM "Abu Elias" AND HIS SON ELIAS, TWO WOMEN ALTERNATING, AN UNNAMED SPOKESWOMAN FOR A NAMED MAYOR, A FIRM\'S SHORT NAME AND A COMMUTERS\' ACRONYM: Haifa\'s Carmelit to close for four months as tracks and cables are replaced. Head as reader mode leaves it: domain, site name ("B"), headline of record "W", byline, date, reading time ("B"); a caption "" and its credit "B". Body: the lead "the Haifa Municipality said on Sunday" ("W"); "according to the tender documents" ("W"); "the municipality said" (generic kept, "W"); "Shuttle buses will run ..., said Moshe Cohen, who heads the municipality\'s transportation department." (named AFTER the claim, "5:30 a.m." mid-sentence, "W"), "Cohen said" ("") and "He said" ("W"); "City engineer Avraham “Avi” Dahan-Toledano" (role and quoted nickname dropped, "W") and "Dahan-Toledano said" (""); a past closure (the municipality acting, no speaker, "W"); "The company that runs the line, Merkaz HaCarmel Transit Ltd., said in a statement" (descriptor dropped, "Ltd.," mid-sentence, "W") and "Merkaz HaCarmel said" (the SHORT NAME resolving, a plan ""); "Dalia Cohen" (""), "“...,” Cohen said, wiping flour from her hands." (DALIA, by "her" and the bakery, "") and a no-relation sentence (no speaker, ""); a subhead (""); "Shira Ben-Shitrit, 34," and "Her neighbor Orly Weissbrod" (""), "“With twins?” Ben-Shitrit asked, laughing." (one sentence, "") and "Weissbrod said" (""); "Fadi Shehadeh, a barber ... whom his customers call Abu Elias," (""), "“Four months of buses, at my age?” Abu Elias asked." (the TEKNONYM resolving, one sentence, "") with a second quoted sentence carrying him and "asked" (""), "His son, Elias Shehadeh," ("") and "the younger Shehadeh said" (ELIAS, ""); "Rabbi Yehuda Mizrahi-Levinson" ("Rabbi" dropped, "") and "Mizrahi-Levinson said" (""); "A spokeswoman for Mayor Ronit Sasson-Adler said" (kept as written, a plan ""); "A senior official at the Transportation Ministry who asked not to be named said" ("W"); "The Haifa Bay Commuters\' Committee (HBCC) said" ("W"), "The HBCC said" (the ACRONYM resolving, a characterisation ""), "The committee\'s chair, Tamar Peretz-Elkayam," ("W") and "she said" (""); "Asked about Friday nights, Cohen said" (MOSHE, by what he answers, a timetable with "4 p.m." and "8 p.m." mid-sentence, "W") and "he said" (a plan, "").',
    'Lebanese ENGLISH-LANGUAGE NEWS SITE\'S TEXT-ONLY EDITION (Beirut), a PRIVATE GENERATOR TARIFF with LEBANESE NAMES IN "Abi" AND DOUBLE SURNAMES, "Hajj", "Sheikh", "Father" AND "MP" BEFORE NAMES, A GENERATOR OWNER KNOWN ONLY AS "Abou Ali", TWO UNRELATED KHOURYS OF DIFFERENT SEX, AN UNNAMED MINISTRY OFFICIAL WITH A PRONOUN, A STATE UTILITY\'S FRENCH NAME AND ACRONYM, A SUBSCRIBERS\' ACRONYM AND A PRICE TABLE: Energy Ministry caps generator price at LBP 38,600 per kWh for March. Head: masthead, a site/menu line, a section label (all "B"); headline of record "W"; a byline/place/date line with "Mar." and "p.m." and a share line ("B"). Body: the ministry acting (causal, no speaker, "W"); "according to the ministry\'s monthly price table" ("W"); a price table (title, header and source "B", four rows ""); "An official at the ministry who asked not to be named because he was not authorized to speak to the press said" ("W") and "He said" (the unnamed official, a plan ""); "Électricité du Liban (EDL) ..., the state utility said in its monthly bulletin." (the utility as first given, descriptor after the name, the channel in the cue, "W") and "EDL said" (the ACRONYM resolving, a hope ""); "Hajj Kassem Mroueh" ("Hajj" dropped, "") and "Hajj Kassem said" (the honorific and given name resolving, ""); "A generator owner on the next street, who would give only the name he is known by, Abou Ali," (the teknonym as his only name, "") and "Abou Ali said" (""); "Rita Khoury" ("") and "Her generator owner, Georges Khoury, who is no relation," (""), "“If I charged one dollar more, she would be ...,” Khoury said." (GEORGES, Rita inside as "she", "") and "“I would,” she said." (RITA, ""); "according to a survey published last month by the Ras Beirut Policy Centre" ("W"); "Father Antoine Abi Khalil" ("Father" dropped, a parish fund\'s figure "W") and "Abi Khalil said" (""); "The Beirut Municipality said in a statement posted on its website" ("W"); "Sheikh Bilal Itani ... urged" (cue "urged", ""); "Beirut MP Nadim Azar-Salameh" (a scheduled committee hearing, "W") and "Azar-Salameh said" (""); "The Lebanese Subscribers\' Rights Committee (LSRC) said" ("W") and "The LSRC said" (the ACRONYM resolving, a stance ""); a rule of the table (no speaker, "W"). Tail: most-read label and two headlines, a footer line, copyright split at the lower-case "s.a.l." before "All rights reserved." (all "B").',
    'Fijian NATIONAL DAILY read in a NEWS-AGGREGATOR APP (Suva), a MARKET STALL FEE RISE with FIJIAN CHIEFLY TITLES "Ratu" AND "Adi" BEFORE NAMES THAT RETURN AS TITLE AND GIVEN NAME, TWO RATUS, A "turaga ni koro", INDO-FIJIAN NAMES WITH "Mr" AND "Mrs", A MOTHER AND DAUGHTER WHO SHARE A SURNAME, AN iTAUKEI SPEAKER THROUGH AN INTERPRETER, A NAMED SPOKESPERSON FOR A NAMED MINISTER AND A CONSUMER BODY\'S ACRONYM: Suva market stall fees up 20 per cent from March 1. Head: the aggregator\'s name, a feed crumb, a source/age/read-time line ("B"); headline of record "W"; an open-in line ("B"); a caption "" and its credit "B". Body: the council acting (no speaker, "W"); "according to a council notice pinned at the market\'s entrances" ("W"); "Special administrator Ratu Peni Vakarau told The Suva Tide" (role and "Ratu" dropped, "W"), "Ratu Peni said" (the TITLE AND GIVEN NAME resolving, "W") and "Ratu Peni said" (""); "The council\'s market master, Semi Ravuvu," ("W") and "The market master said" (the ROLE NOUN resolving, "W"); "Adi Mereoni Tuivanua, who chairs the Suva Market Vendors\' Association," ("Adi" dropped, "W"), "“Two weeks ...?” Adi Mereoni asked." (one sentence, ""), "Adi Mereoni said a vendor from Naitasiri, Litia Rokovunisei, had ..." ("") and "She said" (MEREONI, not the vendor named in between, a plan ""); "Sera Naivalu, 63, ... said through an interpreter" and "she said in iTaukei" (""), "Her daughter, Ana Naivalu," and "she said" (ANA, ""), "Her mother laughed." (no speaker) and "she said in iTaukei" (SERA, ""); "The turaga ni koro of Nadali village in Naitasiri, Ratu Aisea Nawaqa," (role and title dropped, "") and "Ratu Aisea said" (the second Ratu, a conditional plan ""); "Mr Ravinesh Chand" and "Mr Chand said" (""); "Mrs Shalini Devi Prasad" and "Mrs Prasad said" (""); "Josefa Delaibatiki, a spokesperson for Local Government Minister Ratu Inoke Maivalili," (the SPOKESPERSON, a signed resolution "W") and "Delaibatiki said" (""); "A council officer who asked not to be named said" ("W"); the council extending hours (no speaker, "W"); "The Consumer Council of Fiji (CCF) said" ("W") and "The CCF urged" (the ACRONYM resolving, ""). Tail: more-from label and two headlines, related topics, a follow/hide/share line, the aggregator\'s note (all "B").',
    'Papua New Guinean DAILY\'S WEBSITE pasted from an ARCHIVED SNAPSHOT (Port Moresby), a PMV FARE RISE with PNG NAMES OF TWO AND THREE PARTS, "Sir" AND "Dame" BEFORE NAMES THAT RETURN AS TITLE AND GIVEN NAME, "Mr" AND "Ms" WITH THE LAST NAME, TWO UNRELATED KAUPAS, A CREW MEMBER SPEAKING TOK PISIN, A ROLE NOUN ("The Governor"), A PRESS SECRETARY NAMED AFTER THE GOVERNOR AND TWO ACRONYMS: PMV fares in Port Moresby rise to K2 from Monday. Head: the archive\'s snapshot line and its navigation line, masthead, menu, section label (all "B"); headline of record "W"; byline and date ("B"); a caption "" and its credit "B". Body: the lead "the Road Traffic Authority (RTA) has announced" ("K1.50", "W"); "according to a gazettal notice signed by the RTA\'s chief executive" ("W"); "RTA chief executive Mr Tau Kila Vagi" (causal, "W") and "Mr Vagi said" (""); "The chairman of the National Capital District PMV Owners\' Association, Sir Puka Hoiri Kaupa," ("Sir" dropped, "W") and "Sir Puka said" (the TITLE AND GIVEN NAME resolving, "W"); a caption naming him (no verb of saying, "") and its credit ("B"); "Ruth Kaupa, ... who said she was not related to Sir Puka," and "Ms Kaupa said" (RUTH, ""); "Dame Lahui Kove-Rarua" ("Dame" dropped, "W") and "Dame Lahui said" (a plan, ""); an advertisement line ("B"); "Benson Siune, said in Tok Pisin" (the language in the cue, "") and "“Ol i kros long mipela ...,” he said, meaning ..." (one sentence, ""); "National Capital District Governor Gabe Kerenga Toua" ("W"), "The Governor said" (the ROLE NOUN resolving, "W") and "NCDC said" (the ACRONYM resolving to "the National Capital District Commission", "W"); NCDC closing a bus stop (no speaker, "W"); "The Governor\'s press secretary, Igo Morea Dai," (the SECRETARY, "W") and "“They agreed to disagree,” he said." (DAI, after the Governor and Sir Puka are named inside his sentence, ""); "A senior police officer who asked not to be named said" (scheduled checks, "W"); the RTA\'s last rise (no speaker, "W"). Tail: a share line, a related line, a comments label, two comments, a reply label, an email note, copyright split at "Ltd." before "All rights reserved." (all "B").',
]

ARTICLES = [
    [
        [
            ("Skip to main content", "", "", "B"),
        ],
        [
            ("THE NILE MERIDIAN", "", "", "B"),
        ],
        [
            ("Founded 1961 | Cairo's English-language daily", "", "", "B"),
        ],
        [
            (
                "Egypt   Business   World   Sports   Arts & Culture   Opinion   Multimedia   E-paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home › Egypt › Greater Cairo", "", "", "B"),
        ],
        [
            ("Giza raises microbus fares by up to 15 percent after diesel price rise", "", "", "W"),
        ],
        [
            (
                "Governorate says new fares will be posted at all 62 stations by Tuesday; drivers say the rise does not cover fuel",
                "the Giza governorate",
                "says",
                "W",
            ),
        ],
        [
            ("Nourhan Abdel-Ghaffar", "", "", "B"),
        ],
        [
            ("Monday 14 Feb 2028 | 18:52 (Cairo time)", "", "", "B"),
        ],
        [
            ("Share   Facebook   X   WhatsApp   Telegram   Print", "", "", "B"),
        ],
        [
            (
                "Microbuses wait for passengers at the Giza Square station on Monday morning.",
                "",
                "",
                "",
            ),
            ("(Photo: Ayman Helmy/The Nile Meridian)", "", "", "B"),
        ],
        [
            (
                "The Giza governorate raised fares on 43 microbus routes by between 10 and 15 percent on Monday, four days after the government's fuel pricing committee increased the price of diesel by 12 percent.",
                "",
                "",
                "W",
            ),
            (
                "The fare from Giza Square to Haram rose to EGP 7.50 from EGP 6.50, and the fare from Giza Square to 6th of October City to EGP 18 from EGP 16, according to a decree signed by the governor on Sunday.",
                "a decree signed by the governor on Sunday",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“The new fares will be posted at all 62 stations by Tuesday evening, and any driver who charges more will lose his licence for a month,” said Khaled Abdel-Rahman El-Mallawany, the spokesman for Giza Governor Hesham Fouad Ragheb.",
                "Khaled Abdel-Rahman El-Mallawany",
                "said",
                "W",
            ),
            (
                "El-Mallawany said the governorate had formed 14 inspection teams with the traffic police, who would start checking fares at 7 a.m. on Tuesday.",
                "Khaled Abdel-Rahman El-Mallawany",
                "said",
                "W",
            ),
            (
                "“The driver has a right, and the passenger has a right,” he said.",
                "Khaled Abdel-Rahman El-Mallawany",
                "said",
                "",
            ),
        ],
        [
            (
                "The fuel pricing committee raised the price of a litre of diesel to EGP 15.50 on Thursday, its third increase in 12 months.",
                "",
                "",
                "W",
            ),
            (
                "A spokesman for the Petroleum Ministry said the committee would meet again in April, as it does every quarter.",
                "A spokesman for the Petroleum Ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sayed Ragab Abdel-Aal, who has driven the Haram line for 19 years and is known on it as Abu Hamza, said he now spent EGP 620 a day on diesel.",
                "Sayed Ragab Abdel-Aal",
                "said",
                "",
            ),
            (
                "“The fare went up one pound, and the diesel went up two,” Abu Hamza said.",
                "Sayed Ragab Abdel-Aal",
                "said",
                "",
            ),
            (
                "“Who pays the difference?” he asked, counting coins into a biscuit tin.",
                "Sayed Ragab Abdel-Aal",
                "asked",
                "",
            ),
        ],
        [
            (
                "Umm Karim, a schoolteacher who would give only the name her neighbours call her by, said she paid EGP 30 a day to get her two sons to school and herself to work in Dokki.",
                "Umm Karim",
                "said",
                "",
            ),
            (
                "Her colleague Nermeen El-Sherbiny said she had started sharing a taxi with three other teachers.",
                "Nermeen El-Sherbiny",
                "said",
                "",
            ),
            (
                "“With four of us in it, the taxi is cheaper than the microbus now,” she said.",
                "Nermeen El-Sherbiny",
                "said",
                "",
            ),
            ("“Not with two boys on my lap,” Umm Karim said.", "Umm Karim", "said", ""),
        ],
        [
            ("‘We counted every one of them’", "", "", ""),
        ],
        [
            (
                "Tarek El-Sherbiny, who heads the governorate's transport directorate, told The Nile Meridian that 1,870 microbuses were licensed to work the 43 routes.",
                "Tarek El-Sherbiny",
                "told The Nile Meridian",
                "W",
            ),
            (
                "“We counted every one of them in January, and the rest are working without a licence,” El-Sherbiny said, adding that his inspectors had impounded 96 unlicensed vehicles since then.",
                "Tarek El-Sherbiny",
                "said",
                "W",
            ),
            (
                "He said he would ask the ministry for 200 new licences for the Faisal line.",
                "Tarek El-Sherbiny",
                "said",
                "",
            ),
        ],
        [
            (
                "A senior official at the governorate who asked not to be named said the new fares had been agreed with the drivers on February 3, a week before the diesel price was announced.",
                "A senior official at the governorate",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a statement posted on its Facebook page late on Monday, the Giza Microbus Owners' Association said fewer than a third of its 2,300 members had been asked about the new fares.",
                "the Giza Microbus Owners' Association",
                "said",
                "W",
            ),
            (
                "The association said fares should have risen by at least 20 percent.",
                "The association",
                "said",
                "",
            ),
            (
                "Its chairman, Ashraf Mohamed Hegazy, said the association would ask for a second review in March.",
                "Ashraf Mohamed Hegazy",
                "said",
                "",
            ),
            (
                "“We are not against the governorate, we are against arithmetic,” the chairman told reporters outside the station.",
                "Ashraf Mohamed Hegazy",
                "told reporters outside the station",
                "",
            ),
        ],
        [
            (
                "Annual urban inflation stood at 13.8 percent in January, according to the Central Agency for Public Mobilization and Statistics (CAPMAS).",
                "the Central Agency for Public Mobilization and Statistics",
                "according to",
                "W",
            ),
            (
                "CAPMAS said transport prices had risen 9.1 percent in the year to January.",
                "the Central Agency for Public Mobilization and Statistics",
                "said",
                "W",
            ),
        ],
        [
            ("Back at the station, Abu Hamza had filled his 14 seats.", "", "", ""),
            (
                "“Seven pounds fifty,” he called out, and nobody argued.",
                "Sayed Ragab Abdel-Aal",
                "called out",
                "",
            ),
        ],
        [
            ("Short link: nilemeridian.eg/N/61842", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Cairo Metro to run Line 3 trains every four minutes during Ramadan", "", "", "B"),
        ],
        [
            ("Bakeries in Alexandria told to post bread prices at their doors", "", "", "B"),
        ],
        [
            ("Comments are moderated and may take up to 24 hours to appear.", "", "", "B"),
        ],
        [
            ("About us | Contact | Advertise | Terms of use | Privacy", "", "", "B"),
        ],
        [
            ("© 2028 Nile Meridian Publishing S.A.E.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("maghrebpulse.ma › amp › society › casablanca-hammams-car-washes", "", "", "B"),
        ],
        [
            ("MAGHREB PULSE", "", "", "B"),
        ],
        [
            ("☰   Society", "", "", "B"),
        ],
        [
            (
                "Casablanca shuts hammams and car washes three days a week as dams fall to 9.4%",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Salma Ait Lhaj", "", "", "B"),
        ],
        [
            ("January 31, 2028 · 4 min read", "", "", "B"),
        ],
        [
            ("Share on WhatsApp   Share on Facebook", "", "", "B"),
        ],
        [
            (
                "A woman leaves a public hammam in Derb Sultan, Casablanca, on Sunday evening.",
                "",
                "",
                "",
            ),
            ("Photo: Maghreb Pulse / Youssef Ouchen", "", "", "B"),
        ],
        [
            (
                "Casablanca – Public hammams and car washes in the Casablanca-Settat region will close every Monday, Tuesday and Wednesday from February 7 until further notice, the wilaya of Casablanca-Settat announced on Sunday.",
                "the wilaya of Casablanca-Settat",
                "announced",
                "W",
            ),
            (
                "The closures apply to 1,140 hammams and 862 car washes, according to a circular sent to local authorities on Saturday.",
                "a circular sent to local authorities on Saturday",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The dams that supply the region were 9.4% full on Sunday, against 23.1% a year earlier, according to Ministry of Equipment and Water data.",
                "Ministry of Equipment and Water data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“The region's hammams use about 7 million cubic metres of water a year, as much as a town of 90,000 people,” said Nezha El Alami, who speaks for the wilaya.",
                "Nezha El Alami",
                "said",
                "W",
            ),
            (
                "El Alami said inspectors had fined 37 car washes since October for washing cars outside the hours the wilaya had already set.",
                "Nezha El Alami",
                "said",
                "W",
            ),
            (
                "She said the wilaya hoped to lift the closures before Eid.",
                "Nezha El Alami",
                "said",
                "",
            ),
        ],
        [
            (
                "Wali Hicham Essafi told a meeting of the region's governors on Saturday that water use in the region had fallen by 8% since the October measures.",
                "Hicham Essafi",
                "told a meeting of the region's governors",
                "W",
            ),
            (
                "“We are not closing hammams for pleasure,” the wali said, according to a recording of the meeting shared with Maghreb Pulse.",
                "Hicham Essafi",
                "said",
                "",
            ),
        ],
        [
            (
                "The wilaya had already banned the watering of lawns and golf courses with drinking water, and the filling of private pools, in October.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Casablanca-Settat Regional Multiservices Company (SRM), which distributes water and electricity in the city, said it had cut water pressure at night in 11 districts since December.",
                "The Casablanca-Settat Regional Multiservices Company",
                "said",
                "W",
            ),
            (
                "SRM said the night cuts had saved about 41,000 cubic metres a day.",
                "The Casablanca-Settat Regional Multiservices Company",
                "said",
                "W",
            ),
            (
                "SRM also replaced 14 km of leaking pipes in Ain Chock and Sidi Moumen in 2027.",
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
                "Zoubida Tazi has run the same hammam in Derb Sultan for 31 years, and her neighbours know her as Hajja Zoubida.",
                "",
                "",
                "",
            ),
            (
                "“For many families here, the hammam is the only hot water they have,” Hajja Zoubida said through an interpreter.",
                "Zoubida Tazi",
                "said through an interpreter",
                "",
            ),
            (
                "“Three days closed is three days nobody washes properly.”",
                "Zoubida Tazi",
                "said through an interpreter",
                "",
            ),
            (
                "She said she had already told her nine employees to look for other work on the closed days.",
                "Zoubida Tazi",
                "said",
                "",
            ),
        ],
        [
            (
                "Khadija Ouhmad, 70, who has bathed at the hammam every Friday for 40 years, said she would come on Thursdays instead.",
                "Khadija Ouhmad",
                "said",
                "",
            ),
            (
                "“Hajja Zoubida will find a way, she always does,” Ouhmad said.",
                "Khadija Ouhmad",
                "said",
                "",
            ),
        ],
        [
            (
                "Her son, Mehdi Tazi, who runs the men's side of the hammam, said the family would keep paying the staff for now.",
                "Mehdi Tazi",
                "said",
                "",
            ),
            (
                "“Where will the builders wash after work, in the sea?” the younger Tazi asked.",
                "Mehdi Tazi",
                "asked",
                "",
            ),
        ],
        [
            (
                "The Association of Traditional Bath Owners of Casablanca said in a statement posted on Facebook that its members employed about 9,000 people in the region.",
                "The Association of Traditional Bath Owners of Casablanca",
                "said in a statement posted on Facebook",
                "W",
            ),
            (
                "The association asked the wilaya to let hammams open for women and children on one of the three days.",
                "The association",
                "asked",
                "",
            ),
        ],
        [
            (
                "Rachid El Alami, who owns a car wash in Maarif and is no relation to the wilaya's spokeswoman, said he would have to send four of his seven workers home.",
                "Rachid El Alami",
                "said",
                "",
            ),
            (
                "“Three days closed means three days without wages for my boys,” he said.",
                "Rachid El Alami",
                "said",
                "",
            ),
        ],
        [
            (
                "An official at the wilaya who asked not to be named said swimming pools and gyms could be next if the dams fell below 8%.",
                "An official at the wilaya",
                "said",
                "",
            ),
        ],
        [
            (
                "Asked about the bath owners' request, El Alami said she had received it on Sunday afternoon and that the closures applied to women's sections as well.",
                "Nezha El Alami",
                "said",
                "W",
            ),
            (
                "“Water does not ask whether you are a man or a woman,” she said.",
                "Nezha El Alami",
                "said",
                "",
            ),
        ],
        [
            (
                "Read also: Rabat to switch off a third of its street lights after midnight",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Most read", "", "", "B"),
        ],
        [
            ("Tangier bus fares to rise to MAD 8 from March", "", "", "B"),
        ],
        [
            ("Tags: Casablanca, drought, hammam, water, wilaya", "", "", "B"),
        ],
        [
            ("Follow Maghreb Pulse on WhatsApp", "", "", "B"),
        ],
        [
            ("View non-AMP version", "", "", "B"),
        ],
        [
            ("© 2028 Pulse Maghreb Médias S.A.R.L.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("DAYBREAK TANZANIA", "", "", "B"),
        ],
        [
            ("Vol. 19 No. 5,311 | Tuesday, February 22, 2028 | Price: Sh1,000", "", "", "B"),
        ],
        [
            ("NATIONAL NEWS 3", "", "", "B"),
        ],
        [
            ("BRT fares up to Sh850 from March 1", "", "", "W"),
        ],
        [
            ("LATRA approves first rise since the service opened", "", "", "W"),
        ],
        [
            ("By Staff Reporter, Dar es Salaam", "", "", "B"),
        ],
        [
            (
                "Passengers board a BRT bus at the Kimara terminal in Dar es Salaam yesterday.",
                "",
                "",
                "",
            ),
            ("(Photo: Godlisten Mwakalinga)", "", "", "B"),
        ],
        [
            (
                "PASSENGERS on the Dar es Salaam Bus Rapid Transit (BRT) will pay Sh850 a trip from March 1, up from Sh750, after the Land Transport Regulatory Authority (LATRA) approved the operator's application.",
                "",
                "",
                "W",
            ),
            (
                "Feeder bus fares will rise from Sh400 to Sh500, while students in uniform will continue to pay Sh200, according to a fare notice published by the authority yesterday.",
                "a fare notice published by the authority yesterday",
                "according to",
                "W",
            ),
        ],
        [
            (
                "LATRA Director General Eng Hamza Rashidi Mfinanga told reporters in Dar es Salaam yesterday that the regulator had received the application in October and held public hearings in Kinondoni, Ilala and Ubungo in December.",
                "Hamza Rashidi Mfinanga",
                "told reporters in Dar es Salaam",
                "W",
            ),
            (
                "He said the operator, Msasani Rapid Transit Company Ltd, had asked for Sh1,000.",
                "Hamza Rashidi Mfinanga",
                "said",
                "W",
            ),
            (
                "“We have given them less than they asked for and more than passengers wanted,” Eng Mfinanga said.",
                "Hamza Rashidi Mfinanga",
                "said",
                "",
            ),
            (
                "Eng Mfinanga said Prof Kaduma had endorsed the authority's decision on February 18.",
                "Hamza Rashidi Mfinanga",
                "said",
                "W",
            ),
            (
                "He said the next fare review would be held in 2030.",
                "Hamza Rashidi Mfinanga",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Dar es Salaam Regional Commissioner (RC), Mr Yusuph Kassim Mlawa, said 210,000 passengers used the BRT on an ordinary weekday.",
                "Yusuph Kassim Mlawa",
                "said",
                "W",
            ),
            (
                "The RC said the government would add 70 buses on the Mbagala route before the end of the year.",
                "Yusuph Kassim Mlawa",
                "said",
                "",
            ),
        ],
        [
            (
                "In a speech read on his behalf by the ministry's Permanent Secretary, Dr Neema Saidi Lyimo, Minister for Transport Prof Juma Seif Kaduma said the government had spent Sh1.2 trillion on the second and third phases of the BRT.",
                "Juma Seif Kaduma",
                "said",
                "W",
            ),
            (
                "The minister said the third phase, from the city centre to Gongo la Mboto, would open to passengers on July 1.",
                "Juma Seif Kaduma",
                "said",
                "W",
            ),
        ],
        [
            ("Passengers at the Kimara terminal were divided.", "", "", ""),
            (
                "Ms Rehema Juma, a nurse who travels from Kimara to Muhimbili every day, said the extra Sh200 a day would cost her Sh5,200 a month.",
                "Rehema Juma",
                "said",
                "",
            ),
            ("“It is one more loaf of bread every day,” Ms Juma said.", "Rehema Juma", "said", ""),
        ],
        [
            (
                "Mr Athumani Juma, a conductor on a Kimara daladala who is not related to her, said daladala owners would now ask for their own rise.",
                "Athumani Juma",
                "said",
                "",
            ),
            ("“If the big buses go up, we go up,” Mr Juma said.", "Athumani Juma", "said", ""),
            ("Ms Juma laughed.", "", "", ""),
            ("“Then I will walk,” she said.", "Rehema Juma", "said", ""),
        ],
        [
            (
                "Mzee Selemani Kiwelu, 74, who has ridden the BRT since it opened, said pensioners should ride free.",
                "Selemani Kiwelu",
                "said",
                "",
            ),
            ("“We built this city,” Mzee Kiwelu said.", "Selemani Kiwelu", "said", ""),
        ],
        [
            (
                "Mama Neema, who sells chips mayai outside the terminal and gave only the name her customers use, said more passengers would now walk to the Ubungo stop.",
                "Mama Neema",
                "said",
                "",
            ),
            ("“When they walk, they stop to eat,” she said, laughing.", "Mama Neema", "said", ""),
        ],
        [
            ("Turn to Page 4", "", "", "B"),
        ],
        [
            ("4 NATIONAL NEWS Daybreak Tanzania, Tuesday, February 22, 2028", "", "", "B"),
        ],
        [
            ("BRT fares", "", "", "B"),
        ],
        [
            ("From Page 3", "", "", "B"),
        ],
        [
            (
                "The operator carried 61.4 million passengers in 2027, up from 58.9 million in 2026, according to the authority's annual report.",
                "the authority's annual report",
                "according to",
                "W",
            ),
            (
                "LATRA said the operator's fleet had fallen to 163 working buses from 210 because of a shortage of spare parts.",
                "the Land Transport Regulatory Authority",
                "said",
                "W",
            ),
            (
                "LATRA said operators who charged more than the approved fares faced a fine of Sh500,000 for each offence.",
                "the Land Transport Regulatory Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the operator, Ms Salome Nyirenda-Mushi, said the company had ordered 40 new buses, the first of which were due in June.",
                "Salome Nyirenda-Mushi",
                "said",
                "W",
            ),
            (
                "She said the new fare would be collected only by card from April 1.",
                "Salome Nyirenda-Mushi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mr Khamis Suleiman bin Nassor, who speaks for the RC, said ward officers would check from March 1 that the new fares were displayed at all 29 stations.",
                "Khamis Suleiman bin Nassor",
                "said",
                "W",
            ),
            (
                "“If a station has no notice, the passenger should pay the old fare,” Mr Nassor said.",
                "Khamis Suleiman bin Nassor",
                "said",
                "",
            ),
        ],
        [
            (
                "A conductor who asked not to be named said the ticket machines at the Kivukoni and Gerezani stations had been out of order since January.",
                "A conductor",
                "said",
                "W",
            ),
        ],
        [
            ("Dar traders get new stalls at Machinga Complex — Page 6", "", "", "B"),
        ],
        [
            (
                "Printed and published by Daybreak Tanzania Publications Ltd, P.O. Box 9033, Dar es Salaam.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("www.daybreak.co.tz | Tel: +255 22 211 0457", "", "", "B"),
        ],
    ],
    [
        [
            ("☰ Menu   🔍 Search", "", "", "B"),
        ],
        [
            ("THE KAMPALA BEAT", "", "", "B"),
        ],
        [
            ("Subscribe for Shs10,000 a month", "", "", "B"),
        ],
        [
            ("News › Kampala", "", "", "B"),
        ],
        [
            ("KCCA bans boda bodas from 12 city centre streets from Monday", "", "", "W"),
        ],
        [
            (
                "Authority says the ban will ease congestion; riders say they were not consulted",
                "the Kampala Capital City Authority",
                "says",
                "W",
            ),
        ],
        [
            ("By Denis Ssenfuma", "", "", "B"),
        ],
        [
            ("Added 6 hours ago | 3 min read", "", "", "B"),
        ],
        [
            (
                "Boda boda riders wait for passengers on Luwum Street in Kampala on Thursday.",
                "",
                "",
                "",
            ),
            ("PHOTO | GERALD MUKIIBI", "", "", "B"),
        ],
        [
            (
                "The Kampala Capital City Authority (KCCA) has banned boda bodas from 12 streets in the city centre from Monday, March 6.",
                "",
                "",
                "W",
            ),
            (
                "Riders found on the streets will be fined Shs200,000 and their motorcycles impounded, according to a notice signed by the authority's executive director.",
                "a notice signed by the authority's executive director",
                "according to",
                "W",
            ),
        ],
        [
            (
                "KCCA spokesperson Ms Martha Nakiwala Ssali said the streets included Luwum Street, Burton Street and parts of Entebbe Road, where 4,300 riders were counted in a survey in January.",
                "Martha Nakiwala Ssali",
                "said",
                "W",
            ),
            (
                "“We are not chasing anybody from the city, we are giving pedestrians back their pavements,” Ms Nakiwala said.",
                "Martha Nakiwala Ssali",
                "said",
                "",
            ),
            (
                "She said the authority had marked 46 stages on the edge of the centre where riders could pick up and drop passengers.",
                "Martha Nakiwala Ssali",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Mr Yasin Kawooya, who chairs the Kampala Boda Boda Riders' Union (KABRU), said the union had not been consulted before the notice was published.",
                "Yasin Kawooya",
                "said",
                "W",
            ),
            (
                "Mr Kawooya said Ms Nakiwala had met the union only once, in November.",
                "Yasin Kawooya",
                "said",
                "W",
            ),
            ("He said the meeting had lasted 20 minutes.", "Yasin Kawooya", "said", "W"),
            (
                "KABRU said in a statement posted on X that it had 11,800 registered members in the city.",
                "the Kampala Boda Boda Riders' Union",
                "said in a statement posted on X",
                "W",
            ),
            (
                "The union said it would go to court if the ban was not suspended.",
                "The union",
                "said",
                "",
            ),
        ],
        [
            (
                "Ronald Ssemwogerere, who has worked Burton Street for eight years, said in Luganda that he made about Shs30,000 on a good day.",
                "Ronald Ssemwogerere",
                "said in Luganda",
                "",
            ),
            (
                "“Those 46 stages are where the customers are not,” he said.",
                "Ronald Ssemwogerere",
                "said",
                "",
            ),
        ],
        [
            (
                "Hajjat Aisha Nakato, who sells chapati at the corner of Burton Street, said half her customers were riders.",
                "Aisha Nakato",
                "said",
                "",
            ),
            ("“If they go, I go,” Hajjat Nakato said.", "Aisha Nakato", "said", ""),
            (
                "Ms Prossy Nakato, a shop attendant on the same corner and no relation, said she welcomed the ban.",
                "Prossy Nakato",
                "said",
                "",
            ),
            (
                "“Last week a boda climbed the pavement and broke my display glass,” she said.",
                "Prossy Nakato",
                "said",
                "",
            ),
            ("Hajjat Nakato shook her head.", "", "", ""),
            (
                "“You will miss them when it rains,” she told her neighbour.",
                "Aisha Nakato",
                "told her neighbour",
                "",
            ),
        ],
        [
            (
                "Mr Ivan Tumusiime, the press secretary to Lord Mayor Godfrey Ssentongo Kiyimba, said the Lord Mayor had written to KCCA on Thursday asking for the ban to be delayed by a month.",
                "Ivan Tumusiime",
                "said",
                "W",
            ),
            (
                "“The Lord Mayor is not against order, he is against surprises,” Mr Tumusiime said.",
                "Ivan Tumusiime",
                "said",
                "",
            ),
        ],
        [
            (
                "A senior KCCA official who asked not to be named because he was not authorised to speak to the press said enforcement officers would start impounding motorcycles at 6am on Monday.",
                "A senior KCCA official",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "According to the Uganda Police Force's annual crime report, 512 people died in boda boda crashes in the Kampala Metropolitan area in 2027.",
                "the Uganda Police Force's annual crime report",
                "according to",
                "W",
            ),
            (
                "Police said 1,214 motorcycles had been impounded in the city in the same year.",
                "Police",
                "said",
                "W",
            ),
        ],
        [
            ("Trending: Entebbe Expressway toll to rise in July", "", "", "B"),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            ("Taxi operators protest new Old Park fees", "", "", "B"),
        ],
        [
            ("KCCA to install 300 solar street lights in Kawempe", "", "", "B"),
        ],
        [
            ("Comments (2)", "", "", "B"),
        ],
        [
            ("kato_256 · 5h", "", "", "B"),
        ],
        [
            ("Good move, the pavements are for people.", "", "", "B"),
        ],
        [
            ("Nam Serunjogi · 4h", "", "", "B"),
        ],
        [
            ("Where will my 46 stages be when it rains?", "", "", "B"),
        ],
        [
            ("Download our app: Google Play | App Store", "", "", "B"),
        ],
        [
            ("© 2028 The Kampala Beat", "", "", "B"),
        ],
    ],
    [
        [
            ("THE LUSAKA SENTRY", "", "", "B"),
        ],
        [
            ("News | Business | Sport | Opinion | Live", "", "", "B"),
        ],
        [
            ("🔴 LIVE", "", "", "B"),
        ],
        [
            ("LIVE: ZESCO extends load-shedding to 17 hours a day from Monday", "", "", "W"),
        ],
        [
            ("Last updated 19:40, Friday 14 January 2028", "", "", "B"),
        ],
        [
            ("Pinned", "", "", "B"),
        ],
        [
            (
                "ZESCO Limited has extended load-shedding in Lusaka and the Copperbelt from 12 to 17 hours a day from Monday, January 17, because the water level at Lake Kariba has fallen to 477.6 metres, 1.6 metres above the minimum for generating power.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("19:40", "", "", "B"),
        ],
        [
            ("Posted by Chanda Mwaba", "", "", "B"),
        ],
        [
            ("Bana Chipo said she would cook on charcoal all weekend.", "Esther Mwape", "said", ""),
            (
                "“At least the charcoal does not go off at five o'clock,” she said.",
                "Esther Mwape",
                "said",
                "",
            ),
        ],
        [
            ("17:55", "", "", "B"),
        ],
        [
            ("Posted by Chanda Mwaba", "", "", "B"),
        ],
        [
            (
                "Hamoonga told reporters at ZESCO's head office on Great East Road that the company had imported 150 megawatts from Mozambique since December.",
                "Matildah Chileshe Hamoonga",
                "told reporters at ZESCO's head office on Great East Road",
                "W",
            ),
            (
                "She said imports could double if a new contract was signed next month.",
                "Matildah Chileshe Hamoonga",
                "said",
                "",
            ),
        ],
        [
            ("16:20", "", "", "B"),
        ],
        [
            ("Key event", "", "", "B"),
        ],
        [
            ("Posted by Mutinta Hachipuka", "", "", "B"),
        ],
        [
            (
                "The Energy Regulation Board (ERB) said it had approved ZESCO's application to import power at up to US$0.18 per kilowatt hour.",
                "The Energy Regulation Board",
                "said",
                "W",
            ),
            (
                "The ERB said the extra cost would not be passed on to households before April.",
                "The Energy Regulation Board",
                "said",
                "W",
            ),
        ],
        [
            ("14:05", "", "", "B"),
        ],
        [
            ("Posted by Mutinta Hachipuka", "", "", "B"),
        ],
        [
            (
                "A spokesperson for Energy Minister Makala Shimaponda-Banda said the minister would deliver a statement to Parliament at 14:30 on Tuesday.",
                "A spokesperson for Energy Minister Makala Shimaponda-Banda",
                "said",
                "W",
            ),
            (
                "“Hon Shimaponda-Banda asks Zambians to bear with the government for a few more weeks,” the spokesperson said.",
                "A spokesperson for Energy Minister Makala Shimaponda-Banda",
                "said",
                "",
            ),
        ],
        [
            ("12:30", "", "", "B"),
        ],
        [
            ("Posted by Chanda Mwaba", "", "", "B"),
        ],
        [
            (
                "At Soweto market, Mr Bwalya Chisenga, who sells frozen fish, said he had lost K3,400 worth of stock in a week.",
                "Bwalya Chisenga",
                "said",
                "",
            ),
            (
                "“Ba ZESCO must tell us the truth about the hours,” he said.",
                "Bwalya Chisenga",
                "said",
                "",
            ),
            (
                "Esther Mwape, a tomato seller whom the other marketeers call Bana Chipo after her eldest daughter, said the evening cuts had left her children studying in the dark.",
                "Esther Mwape",
                "said",
                "",
            ),
            (
                "“Chipo writes her exams in October, and she reads by the light of my phone,” she said.",
                "Esther Mwape",
                "said",
                "",
            ),
            (
                "Mr Chisenga said a cold room shared by 40 traders had stood empty since Wednesday.",
                "Bwalya Chisenga",
                "said",
                "",
            ),
        ],
        [
            ("10:15", "", "", "B"),
        ],
        [
            ("Posted by Chanda Mwaba", "", "", "B"),
        ],
        [
            (
                "ZESCO said in a statement that households in Lusaka would be without power from 05:00 to 12:00 and from 17:00 to 03:00 under the new schedule.",
                "ZESCO Limited",
                "said in a statement",
                "W",
            ),
            (
                "The statement said the schedule would be reviewed every two weeks.",
                "ZESCO Limited",
                "said",
                "W",
            ),
            (
                "Hospitals, water pumping stations and the Kenneth Kaunda International Airport are exempt, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            ("08:00", "", "", "B"),
        ],
        [
            ("Posted by Mutinta Hachipuka", "", "", "B"),
        ],
        [
            (
                "Good morning and welcome to our live coverage of the new load-shedding schedule.",
                "",
                "",
                "",
            ),
            (
                "ZESCO Limited's senior manager for corporate affairs, Mrs Matildah Chileshe Hamoonga, said on Thursday night that generation at the Kariba North Bank station had fallen to 310 megawatts, from 1,080 megawatts a year ago.",
                "Matildah Chileshe Hamoonga",
                "said",
                "W",
            ),
            (
                "“We are not switching people off for fun,” Mrs Hamoonga said.",
                "Matildah Chileshe Hamoonga",
                "said",
                "",
            ),
            (
                "According to the Zambezi River Authority, Lake Kariba received 31 percent less water in the last rainy season than in an average year.",
                "the Zambezi River Authority",
                "according to",
                "W",
            ),
        ],
        [
            ("Load older updates", "", "", "B"),
        ],
        [
            ("Share this live page   Facebook   WhatsApp   X", "", "", "B"),
        ],
        [
            ("Tags: ZESCO, load-shedding, Kariba, Lusaka", "", "", "B"),
        ],
        [
            ("© 2028 The Lusaka Sentry", "", "", "B"),
        ],
    ],
    [
        [
            (
                "khamicourier.co.zw/local-news/bulawayo-extends-water-shedding-to-120-hours",
                "",
                "",
                "B",
            ),
        ],
        [
            ("THE KHAMI COURIER", "", "", "B"),
        ],
        [
            ("🖨 Print   ✕ Close", "", "", "B"),
        ],
        [
            ("Bulawayo extends water-shedding to 120 hours a week", "", "", "W"),
        ],
        [
            ("Nomazulu Sibindi, Senior Reporter", "", "", "B"),
        ],
        [
            ("Published: 9 March 2028", "", "", "B"),
        ],
        [
            ("Residents of Nkulumane queue at a borehole yesterday.", "", "", ""),
            ("— Picture: Mthokozisi Nkomo", "", "", "B"),
        ],
        [
            (
                "RESIDENTS of Bulawayo's high-density suburbs will go without water for 120 hours a week from Monday, up from 72 hours, after the Bulawayo City Council (BCC) extended its water-shedding programme.",
                "",
                "",
                "W",
            ),
            (
                "The city's six supply dams were at an average of 24.3 percent of capacity yesterday, according to a council report tabled at a full council meeting on Tuesday.",
                "a council report tabled at a full council meeting on Tuesday",
                "according to",
                "W",
            ),
            (
                "Umzingwane Dam, one of the six, was decommissioned on Monday at 1.9 percent of capacity.",
                "",
                "",
                "W",
            ),
            (
                "BCC said hospitals and clinics would still receive water every day.",
                "the Bulawayo City Council",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a statement read to journalists by the council's senior public relations officer, Mr Bekithemba Mathe, town clerk Mr Sifiso Ndlovu-Mpofu said the city needed 165 megalitres a day but was receiving only 92.",
                "Sifiso Ndlovu-Mpofu",
                "said",
                "W",
            ),
            (
                "The town clerk said council had drilled 14 boreholes in Nkulumane, Luveve and Cowdray Park since January.",
                "Sifiso Ndlovu-Mpofu",
                "said",
                "W",
            ),
            (
                "He said council would consider 144-hour shedding if the dams fell below 20 percent.",
                "Sifiso Ndlovu-Mpofu",
                "said",
                "",
            ),
        ],
        [
            (
                "Council has also suspended new water connections in the eastern suburbs until the end of June.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The council's director of engineering services, Eng Simbarashe Chikomba, said pumps at the Ncema works had run at 60 percent of capacity since a transformer failed in December.",
                "Simbarashe Chikomba",
                "said",
                "W",
            ),
            (
                "Eng Chikomba said a new transformer was expected next month.",
                "Simbarashe Chikomba",
                "said",
                "",
            ),
        ],
        [
            (
                "Mr Themba Ndlovu, who lives in Nkulumane, said his family queued at a borehole at 4am to fill six 20-litre containers.",
                "Themba Ndlovu",
                "said",
                "",
            ),
            (
                "“Five days without water is not shedding, it is drought inside the house,” Mr Ndlovu said.",
                "Themba Ndlovu",
                "said",
                "",
            ),
        ],
        [
            (
                "Ward 24 Councillor Lwazi Ndlovu said 3,100 households in his ward had no water on Thursday last week.",
                "Lwazi Ndlovu",
                "said",
                "W",
            ),
            ("“We asked for bowsers and we got one,” Clr Ndlovu said.", "Lwazi Ndlovu", "said", ""),
            (
                "Mr Ndlovu said he had not seen a council bowser in Nkulumane this year.",
                "Themba Ndlovu",
                "said",
                "",
            ),
            ("“Our councillor says there is one,” he said.", "Themba Ndlovu", "said", ""),
        ],
        [
            (
                "A council official who spoke on condition of anonymity said the city had lost 38 percent of its treated water to burst pipes and leaks in 2027.",
                "A council official",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mrs Sithembile Moyo, 67, known to her neighbours in Luveve as MaSibanda, said she had stopped watering the vegetable garden that fed her grandchildren.",
                "Sithembile Moyo",
                "said",
                "",
            ),
            (
                "“The spinach can die, but the children must bath,” MaSibanda said.",
                "Sithembile Moyo",
                "said",
                "",
            ),
            (
                "Her neighbour, Gogo Sarah Mlilo, said she had not seen a drop from her tap since Sunday.",
                "Sarah Mlilo",
                "said",
                "",
            ),
            ("“Not one drop,” she said.", "Sarah Mlilo", "said", ""),
            ("MaSibanda nodded.", "", "", ""),
            ("“Ask the council where the water goes,” she said.", "Sithembile Moyo", "said", ""),
        ],
        [
            (
                "A vendor at the Nkulumane complex who gave only the name her neighbours use, Mai Tafadzwa, said she now paid US$1 for two 20-litre containers from a private borehole.",
                "Mai Tafadzwa",
                "said",
                "",
            ),
            ("“Water is a business now,” Mai Tafadzwa said.", "Mai Tafadzwa", "said", ""),
        ],
        [
            (
                "Minister of State for Bulawayo Provincial Affairs and Devolution Cde Ntombizodwa Mahlangu said the Government had released ZiG14 million for emergency boreholes in the city.",
                "Ntombizodwa Mahlangu",
                "said",
                "W",
            ),
            (
                "She said the Matabeleland Zambezi Water Project would end the city's shortages by 2030.",
                "Ntombizodwa Mahlangu",
                "said",
                "",
            ),
        ],
        [
            (
                "BCC's acting director of health services, Dr Mehluli Nyathi, said the city had recorded 61 cases of diarrhoea in the high-density suburbs in the past fortnight.",
                "Mehluli Nyathi",
                "said",
                "W",
            ),
            (
                "Dr Nyathi urged residents to boil all water drawn from boreholes.",
                "Mehluli Nyathi",
                "urged",
                "",
            ),
        ],
        [
            (
                "The Bulawayo Residents and Ratepayers' Coalition (BRRC) said in a statement that 11 suburbs had gone more than a week without water in February.",
                "The Bulawayo Residents and Ratepayers' Coalition",
                "said in a statement",
                "W",
            ),
            (
                "BRRC urged council to publish the shedding timetable suburb by suburb.",
                "The Bulawayo Residents and Ratepayers' Coalition",
                "urged",
                "",
            ),
        ],
        [
            ("— @NomazuluSibindi", "", "", "B"),
        ],
        [
            ("Related: Council to fine residents caught washing cars with hosepipes", "", "", "B"),
        ],
        [
            ("Copyright © 2028 Khami Courier Newspapers (Pvt) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Printed from khamicourier.co.zw on 09/03/2028", "", "", "B"),
        ],
    ],
    [
        [
            ("Check out this story on The Nyabarongo Post:", "", "", "B"),
        ],
        [
            ("Kigali bus riders to pay by the kilometre from March 1", "", "", "W"),
        ],
        [
            ("The Nyabarongo Post · News · 3 min read", "", "", "B"),
        ],
        [
            ("Fabrice Ndayisaba | 24 Feb 2028", "", "", "B"),
        ],
        [
            (
                "Passengers board a bus at the Nyabugogo taxi park in Kigali on Wednesday.",
                "",
                "",
                "",
            ),
            ("Photo: Aimable Twizeyimana", "", "", "B"),
        ],
        [
            (
                "Bus passengers in Kigali will pay Rwf 25 per kilometre travelled from Wednesday, March 1, replacing the flat fares charged on each route, the Rwanda Utilities Regulatory Authority (RURA) said on Tuesday.",
                "the Rwanda Utilities Regulatory Authority",
                "said",
                "W",
            ),
            (
                "A trip from Nyabugogo to Kimironko, which now costs Rwf 460, will cost about Rwf 300, according to a fare table published with the decision.",
                "a fare table published with the decision",
                "according to",
                "W",
            ),
            (
                "No trip within the city will cost more than Rwf 745, however far the passenger rides, the authority said.",
                "the authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "Passengers will have to tap their cards when boarding and again when getting off, and those who fail to tap off will be charged the fare to the end of the route, RURA's director general, Jean de Dieu Habimana, told a press conference in Kigali.",
                "Jean de Dieu Habimana",
                "told a press conference in Kigali",
                "W",
            ),
            (
                "Habimana said 612 buses had been fitted with a second card reader at the back door.",
                "Jean de Dieu Habimana",
                "said",
                "W",
            ),
            (
                "RURA said the three operators had agreed to the new fares at a meeting on February 10.",
                "the Rwanda Utilities Regulatory Authority",
                "said",
                "W",
            ),
            (
                "“Nobody will pay for a kilometre they did not ride,” he said.",
                "Jean de Dieu Habimana",
                "said",
                "",
            ),
        ],
        [
            ("RURA last changed bus fares in October 2025.", "", "", "W"),
            (
                "The City of Kigali painted 18 kilometres of dedicated bus lanes on KN 1 Road and KG 11 Avenue in December.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("HOW IT WORKS", "", "", "B"),
        ],
        [
            ("• Tap your card at the front door when you board.", "", "", ""),
            ("• Tap it again at the back door when you get off.", "", "", ""),
            ("• If you do not tap off, you pay the fare to the end of the route.", "", "", "W"),
        ],
        [
            (
                "Claudine Mukeshimana, who travels from Kanombe to the city centre to sell fabric, said she expected her fare to fall by about a third.",
                "Claudine Mukeshimana",
                "said",
                "",
            ),
            (
                "Her husband, Emmanuel Niyonsenga, a motorcycle taxi driver, said through an interpreter that he feared fewer passengers would hire motos.",
                "Emmanuel Niyonsenga",
                "said through an interpreter",
                "",
            ),
            (
                "“When the bus is cheap, the moto waits all day,” Niyonsenga said in Kinyarwanda.",
                "Emmanuel Niyonsenga",
                "said in Kinyarwanda",
                "",
            ),
            (
                "Niyonsenga said he earned about Rwf 6,000 on a good day.",
                "Emmanuel Niyonsenga",
                "said",
                "",
            ),
            (
                "Mukeshimana laughed and said her husband would have to find customers who were in a hurry.",
                "Claudine Mukeshimana",
                "said",
                "",
            ),
        ],
        [
            (
                "Vestine Mukandori, 58, who sells vegetables at Kimironko market, said through an interpreter that she had never owned a bus card.",
                "Vestine Mukandori",
                "said through an interpreter",
                "",
            ),
            (
                "“My grandson pays for me with his phone,” she said.",
                "Vestine Mukandori",
                "said",
                "",
            ),
            (
                "RURA said passengers without a card could still pay the driver a flat Rwf 400 in cash until June 30.",
                "the Rwanda Utilities Regulatory Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "Olivier Habimana, a student at the University of Rwanda's Nyarugenge campus who is no relation to the RURA chief, said he had tapped his card twice on a test ride on Tuesday.",
                "Olivier Habimana",
                "said",
                "",
            ),
            (
                "“The second machine beeped, so I think it works,” the student said.",
                "Olivier Habimana",
                "said",
                "",
            ),
        ],
        [
            (
                "Emmanuelle Uwera, spokesperson for Kigali Mayor Innocent Munyaneza, said the City of Kigali had built 41 bus shelters along the new dedicated lanes since November.",
                "Emmanuelle Uwera",
                "said",
                "W",
            ),
            (
                "“The mayor takes the bus to work on Fridays,” Uwera said.",
                "Emmanuelle Uwera",
                "said",
                "",
            ),
            (
                "She said he would ride one of the first distance-priced buses on the morning of March 1.",
                "Emmanuelle Uwera",
                "said",
                "",
            ),
        ],
        [
            (
                "A bus driver with one of the three operators, who asked not to be named because he was not allowed to talk to the press, said 30 of his company's card readers had failed during a test run last week.",
                "A bus driver with one of the three operators",
                "said",
                "W",
            ),
            (
                "An official at the City of Kigali, who also asked not to be named, said the city was studying whether to bring moto taxis into the same card system.",
                "An official at the City of Kigali",
                "said",
                "",
            ),
        ],
        [
            (
                "The Kigali Urban Transport Company (KUTC), which runs 214 of the city's buses, said in a post on X that its passengers had made 9.6 million trips in January.",
                "The Kigali Urban Transport Company",
                "said in a post on X",
                "W",
            ),
            (
                "KUTC said it expected the number to rise once the new fares took effect.",
                "The Kigali Urban Transport Company",
                "said",
                "",
            ),
        ],
        [
            (
                "Asked about the failed readers, Habimana said all 612 had passed a second test on Monday.",
                "Jean de Dieu Habimana",
                "said",
                "W",
            ),
        ],
        [
            (
                "Read the full story: nyabarongopost.rw/news/kigali-distance-based-bus-fares",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related: Kigali to add 200 electric buses by 2030, city says", "", "", "B"),
        ],
        [
            ("Topics: Transport, Kigali, RURA", "", "", "B"),
        ],
        [
            ("Follow us on X: @NyabarongoPost", "", "", "B"),
        ],
        [
            (
                "Shared via The Nyabarongo Post app. Download it for the latest news from Rwanda.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("← Back to Inbox   Archive   Report spam   Delete   Move to   ⋮", "", "", "B"),
        ],
        [
            ("Your Wednesday briefing: Mogoditshane taps dry two days a week", "", "", "B"),
        ],
        [
            ("The Kalahari Echo <briefing@kalahariecho.co.bw>", "", "", "B"),
        ],
        [
            ("to me", "", "", "B"),
        ],
        [
            ("Wed, 8 Mar 2028, 06:30", "", "", "B"),
        ],
        [
            ("View this email in your browser", "", "", "B"),
        ],
        [
            ("THE KALAHARI ECHO | MIDWEEK BRIEFING | No. 212", "", "", "B"),
        ],
        [
            ("Dumelang, and welcome to the midweek briefing.", "", "", ""),
            (
                "Today: dry taps in Mogoditshane, a kgotla that ran out of chairs, and cashless parking at the Main Mall.",
                "",
                "",
                "",
            ),
        ],
        [
            ("MOGODITSHANE TAPS TO RUN DRY TWO DAYS A WEEK", "", "", "W"),
        ],
        [
            (
                "The Water Utilities Corporation (WUC) will cut water to Mogoditshane, Gabane and Metsimotlhabe every Tuesday and Friday from 6am to 6pm from next week, the corporation said on Monday.",
                "The Water Utilities Corporation",
                "said",
                "W",
            ),
            (
                "WUC said Gaborone Dam was 18.7 percent full on Monday, down from 41.2 percent a year earlier.",
                "The Water Utilities Corporation",
                "said",
                "W",
            ),
            (
                "The corporation's spokesperson, Mma Boitumelo Sekgoma-Tau, said bowsers would serve nine clinics and 14 schools on the dry days.",
                "Boitumelo Sekgoma-Tau",
                "said",
                "W",
            ),
            (
                "“We ask residents to store water in clean, closed containers,” Mma Sekgoma-Tau said.",
                "Boitumelo Sekgoma-Tau",
                "said",
                "",
            ),
        ],
        [
            (
                "About 400 residents came to the Mogoditshane kgotla on Sunday, so many that the chairs ran out.",
                "",
                "",
                "",
            ),
            (
                "Kgosi Kabelo Tshekiso, who presides over the kgotla, told the meeting through an interpreter that the village had asked WUC for a second borehole in 2024 and had received no answer.",
                "Kabelo Tshekiso",
                "told the meeting through an interpreter",
                "W",
            ),
            (
                "“We were told to wait, and we waited, and now we are told to wait with empty buckets,” the kgosi said.",
                "Kabelo Tshekiso",
                "said",
                "",
            ),
            ("Several women ululated when he sat down.", "", "", ""),
            (
                "The interpreter, Onkemetse Dikgang, a teacher at the village's junior secondary school, said the kgosi had used a proverb that has no English equivalent.",
                "Onkemetse Dikgang",
                "said",
                "",
            ),
        ],
        [
            (
                "Rra Kagiso Moloi, a retired teacher, asked why WUC had not repaired a pipe that has leaked beside the Gabane road since October.",
                "Kagiso Moloi",
                "asked",
                "",
            ),
            (
                "“Every morning I drive past that pipe and watch our water go into the sand,” Rra Moloi said.",
                "Kagiso Moloi",
                "said",
                "",
            ),
            (
                "Mma Sekgoma-Tau, who attended the meeting, said the pipe had been fixed on Saturday.",
                "Boitumelo Sekgoma-Tau",
                "said",
                "W",
            ),
            ("Rra Moloi shook his head.", "", "", ""),
            ("“Then it is leaking again,” he said.", "Kagiso Moloi", "said", ""),
        ],
        [
            (
                "Mma Keitumetse Ramasedi, a mother of six, asked whether the bowsers would also serve the clinics on Saturdays.",
                "Keitumetse Ramasedi",
                "asked",
                "",
            ),
            ("Mma Sekgoma-Tau said they would not.", "Boitumelo Sekgoma-Tau", "said", "W"),
            (
                "“Then my children must not get sick on a Saturday,” Mma Ramasedi said.",
                "Keitumetse Ramasedi",
                "said",
                "",
            ),
        ],
        [
            (
                "We drove the Gabane road on Tuesday, and the pipe that WUC says was fixed was still leaking near the filling station.",
                "The Water Utilities Corporation",
                "says",
                "W",
            ),
        ],
        [
            ("BY THE NUMBERS", "", "", "B"),
        ],
        [
            ("18.7% — Gaborone Dam on Monday", "", "", ""),
            ("12 hours — each dry day, from 6am", "", "", ""),
            ("3 — villages on the rationing list", "", "", ""),
            ("2024 — the year the village asked for a second borehole", "", "", ""),
        ],
        [
            ("GABORONE MAIN MALL PARKING GOES CASHLESS", "", "", "W"),
        ],
        [
            (
                "Gaborone City Council will stop accepting cash at its 1,200 parking bays in the Main Mall and the Government Enclave from April 1, according to a council notice.",
                "a council notice",
                "according to",
                "W",
            ),
            (
                "A council official who asked not to be named said the council had collected P2.3 million from parking in 2027, a third of it in coins.",
                "A council official",
                "said",
                "W",
            ),
            (
                "The council said motorists could pay with a mobile wallet or with a prepaid card sold at its cash office.",
                "The council",
                "said",
                "W",
            ),
            (
                "The official said the cash office would stay open until 7pm for the first two weeks.",
                "A council official",
                "said",
                "W",
            ),
            (
                "Our take: paying by phone is fine, as long as the machines that sell parking cards work on a Monday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            ("You are receiving this because you signed up at kalahariecho.co.bw.", "", "", "B"),
        ],
        [
            ("Forwarded this email? Sign up here.", "", "", "B"),
        ],
        [
            ("Unsubscribe | Update preferences", "", "", "B"),
        ],
        [
            (
                "The Kalahari Echo, Plot 5016, Broadhurst Industrial, Gaborone, Botswana",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Reply   Forward", "", "", "B"),
        ],
    ],
    [
        [
            ("yarkonreport.co.il", "", "", "B"),
        ],
        [
            ("The Yarkon Report", "", "", "B"),
        ],
        [
            (
                "Haifa's Carmelit to close for four months as tracks and cables are replaced",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Noa Ben-Haim", "", "", "B"),
        ],
        [
            ("March 5, 2028", "", "", "B"),
        ],
        [
            ("5–6 minutes", "", "", "B"),
        ],
        [
            ("A Carmelit car waits at the Paris Square station in Haifa's lower city.", "", "", ""),
            ("(Photo: Itamar Goldfeder)", "", "", "B"),
        ],
        [
            (
                "The Carmelit, Haifa's underground funicular railway, will close from April 1 to July 31 while its tracks and haulage cables are replaced, the Haifa Municipality said on Sunday.",
                "the Haifa Municipality",
                "said",
                "W",
            ),
            (
                "The work will cost NIS 86 million, NIS 60 million of it from the Transportation Ministry, according to the tender documents.",
                "the tender documents",
                "according to",
                "W",
            ),
            (
                "The line's six stations will be closed to the public throughout, and the Masada and Golomb stations will serve as work sites, the municipality said.",
                "the municipality",
                "said",
                "W",
            ),
        ],
        [
            (
                "Shuttle buses will run every eight minutes between Paris Square and Gan HaEm from 5:30 a.m. to midnight, said Moshe Cohen, who heads the municipality's transportation department.",
                "Moshe Cohen",
                "said",
                "W",
            ),
            (
                "“It is four months of inconvenience for 30 years of safety,” Cohen said.",
                "Moshe Cohen",
                "said",
                "",
            ),
            (
                "He said the Carmelit had carried about 5,600 passengers on an average weekday last year.",
                "Moshe Cohen",
                "said",
                "W",
            ),
        ],
        [
            (
                "City engineer Avraham “Avi” Dahan-Toledano said the haulage cables, installed in 2009, had reached the end of their rated life.",
                "Avraham Dahan-Toledano",
                "said",
                "W",
            ),
            (
                "“A cable does not tell you it is tired,” Dahan-Toledano said.",
                "Avraham Dahan-Toledano",
                "said",
                "",
            ),
            (
                "The municipality closed the line for two weeks last August for an inspection of the cars.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The company that runs the line, Merkaz HaCarmel Transit Ltd., said in a statement that its six cars had been inspected in January and had passed.",
                "Merkaz HaCarmel Transit Ltd.",
                "said in a statement",
                "W",
            ),
            (
                "Merkaz HaCarmel said it would offer monthly pass holders a 25 percent refund for April.",
                "Merkaz HaCarmel Transit Ltd.",
                "said",
                "",
            ),
        ],
        [
            (
                "Dalia Cohen, who has run a bakery near the Masada station in Hadar for 22 years, said a third of her morning customers came off the Carmelit.",
                "Dalia Cohen",
                "said",
                "",
            ),
            (
                "“They come up the stairs, they smell the bread, they buy,” Cohen said, wiping flour from her hands.",
                "Dalia Cohen",
                "said",
                "",
            ),
            ("She is no relation to the municipal official.", "", "", ""),
        ],
        [
            ("Twins, e-bikes and a barber", "", "", ""),
        ],
        [
            (
                "Shira Ben-Shitrit, 34, who takes her twins to a kindergarten near Gan HaEm, said the nearest shuttle stop was 400 meters from her door.",
                "Shira Ben-Shitrit",
                "said",
                "",
            ),
            (
                "Her neighbor Orly Weissbrod said she had already bought a second-hand e-bike.",
                "Orly Weissbrod",
                "said",
                "",
            ),
            ("“With twins?” Ben-Shitrit asked, laughing.", "Shira Ben-Shitrit", "asked", ""),
            ("“With a trailer,” Weissbrod said.", "Orly Weissbrod", "said", ""),
        ],
        [
            (
                "Fadi Shehadeh, a barber in Wadi Nisnas whom his customers call Abu Elias, said he took the Carmelit up to Carmel Center every evening to visit his mother.",
                "Fadi Shehadeh",
                "said",
                "",
            ),
            ("“Four months of buses, at my age?” Abu Elias asked.", "Fadi Shehadeh", "asked", ""),
            (
                "“My mother is 91, and she will tell me it is my fault.”",
                "Fadi Shehadeh",
                "asked",
                "",
            ),
            (
                "His son, Elias Shehadeh, a nurse at Rambam Health Care Campus, said he would drive his father up the mountain on his days off.",
                "Elias Shehadeh",
                "said",
                "",
            ),
            (
                "“He will complain about my driving instead,” the younger Shehadeh said.",
                "Elias Shehadeh",
                "said",
                "",
            ),
        ],
        [
            (
                "Rabbi Yehuda Mizrahi-Levinson, who heads a yeshiva on HaNevi'im Street, said his 140 students would walk.",
                "Yehuda Mizrahi-Levinson",
                "said",
                "",
            ),
            (
                "“It will do them good,” Mizrahi-Levinson said.",
                "Yehuda Mizrahi-Levinson",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokeswoman for Mayor Ronit Sasson-Adler said the mayor would ride the first shuttle bus on the morning of April 1.",
                "A spokeswoman for Mayor Ronit Sasson-Adler",
                "said",
                "",
            ),
        ],
        [
            (
                "A senior official at the Transportation Ministry who asked not to be named said the ministry had agreed to the funding only after the municipality cut the closure from six months to four.",
                "A senior official at the Transportation Ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Haifa Bay Commuters' Committee (HBCC) said it had collected 3,200 signatures asking for shuttles to run on Friday nights.",
                "The Haifa Bay Commuters' Committee",
                "said",
                "W",
            ),
            (
                "The HBCC said the municipality had forgotten the elderly residents of Hadar.",
                "The Haifa Bay Commuters' Committee",
                "said",
                "",
            ),
            (
                "The committee's chair, Tamar Peretz-Elkayam, said about 1,900 of the signatures came from residents over 65.",
                "Tamar Peretz-Elkayam",
                "said",
                "W",
            ),
            (
                "“The people who need the Carmelit most are the ones who cannot walk up Herzl Street,” she said.",
                "Tamar Peretz-Elkayam",
                "said",
                "",
            ),
        ],
        [
            (
                "Asked about Friday nights, Cohen said the last shuttle would leave Paris Square at 4 p.m. on Fridays and the first at 8 p.m. on Saturdays.",
                "Moshe Cohen",
                "said",
                "W",
            ),
            ("“We will look at it again in May,” he said.", "Moshe Cohen", "said", ""),
        ],
    ],
    [
        [
            ("THE BEIRUT BULLETIN — TEXT EDITION", "", "", "B"),
        ],
        [
            ("Go to full site | Lebanon | Region | Business | Opinion", "", "", "B"),
        ],
        [
            ("LEBANON", "", "", "B"),
        ],
        [
            ("Energy Ministry caps generator price at LBP 38,600 per kWh for March", "", "", "W"),
        ],
        [
            ("Rima Abi Nader | Beirut | Mar. 2, 2028, 3:15 p.m.", "", "", "B"),
        ],
        [
            ("Share: WhatsApp | Email", "", "", "B"),
        ],
        [
            (
                "The Energy and Water Ministry set the maximum price private generator owners may charge in March at LBP 38,600 per kilowatt hour on Wednesday, up 4.6 percent from February because of higher diesel prices.",
                "",
                "",
                "W",
            ),
            (
                "Owners must also cap the monthly fixed fee at $4.50 for a 5-ampere subscription, according to the ministry's monthly price table.",
                "the ministry's monthly price table",
                "according to",
                "W",
            ),
        ],
        [
            ("Generator prices for March", "", "", "B"),
        ],
        [
            ("Subscription | Fixed fee | Price per kWh", "", "", "B"),
        ],
        [
            ("5 amperes | $4.50 | LBP 38,600", "", "", ""),
        ],
        [
            ("10 amperes | $8.00 | LBP 38,600", "", "", ""),
        ],
        [
            ("15 amperes | $11.50 | LBP 38,600", "", "", ""),
        ],
        [
            ("20 amperes | $15.00 | LBP 38,600", "", "", ""),
        ],
        [
            ("Source: Energy and Water Ministry", "", "", "B"),
        ],
        [
            (
                "An official at the ministry who asked not to be named because he was not authorized to speak to the press said inspectors had written up 318 violations in Beirut and Mount Lebanon in February.",
                "An official at the ministry",
                "said",
                "W",
            ),
            (
                "He said the ministry would send the worst cases to the judiciary.",
                "An official at the ministry",
                "said",
                "",
            ),
        ],
        [
            (
                "Électricité du Liban (EDL) supplied Beirut with an average of six hours of power a day in February, the state utility said in its monthly bulletin.",
                "Électricité du Liban",
                "said in its monthly bulletin",
                "W",
            ),
            (
                "EDL said it hoped to raise supply to 10 hours a day once a fuel shipment arrived.",
                "Électricité du Liban",
                "said",
                "",
            ),
        ],
        [
            (
                "Hajj Kassem Mroueh, who runs four generators in Tariq al-Jdideh, said the ministry's price did not cover oil changes and spare parts.",
                "Kassem Mroueh",
                "said",
                "",
            ),
            (
                "“The ministry counts the diesel, but the engine also eats,” Hajj Kassem said.",
                "Kassem Mroueh",
                "said",
                "",
            ),
            (
                "A generator owner on the next street, who would give only the name he is known by, Abou Ali, said subscribers who fell two months behind were cut off.",
                "Abou Ali",
                "said",
                "",
            ),
            ("“A generator is not a charity,” Abou Ali said.", "Abou Ali", "said", ""),
        ],
        [
            (
                "Rita Khoury, a pharmacist in Achrafieh, said her bill for February came to $61 for 10 amperes.",
                "Rita Khoury",
                "said",
                "",
            ),
            (
                "Her generator owner, Georges Khoury, who is no relation, said he charged exactly the ministry's price.",
                "Georges Khoury",
                "said",
                "",
            ),
            (
                "“If I charged one dollar more, she would be the first to call the ministry,” Khoury said.",
                "Georges Khoury",
                "said",
                "",
            ),
            ("“I would,” she said.", "Rita Khoury", "said", ""),
        ],
        [
            (
                "Average monthly generator bills in Beirut rose 9 percent in 2027, according to a survey published last month by the Ras Beirut Policy Centre.",
                "a survey published last month by the Ras Beirut Policy Centre",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Father Antoine Abi Khalil, whose parish in Achrafieh runs a fund for elderly subscribers, said the fund had paid 112 generator bills in February.",
                "Antoine Abi Khalil",
                "said",
                "W",
            ),
            (
                "“The fund is empty by the 20th of every month,” Abi Khalil said.",
                "Antoine Abi Khalil",
                "said",
                "",
            ),
        ],
        [
            (
                "The Beirut Municipality said in a statement posted on its website that it had sealed seven generators in Mar Elias and Ras el-Nabaa since January for failing to install meters.",
                "The Beirut Municipality",
                "said in a statement posted on its website",
                "W",
            ),
        ],
        [
            (
                "Sheikh Bilal Itani, who chairs a residents' committee in Ras el-Nabaa, urged subscribers to ask for a printed bill showing the meter reading.",
                "Bilal Itani",
                "urged",
                "",
            ),
        ],
        [
            (
                "Beirut MP Nadim Azar-Salameh said parliament's energy committee would question the minister on March 9.",
                "Nadim Azar-Salameh",
                "said",
                "W",
            ),
            (
                "“Families pay two bills for one light bulb,” Azar-Salameh said.",
                "Nadim Azar-Salameh",
                "said",
                "",
            ),
        ],
        [
            (
                "The Lebanese Subscribers' Rights Committee (LSRC) said it had received 940 complaints about generator bills in February.",
                "The Lebanese Subscribers' Rights Committee",
                "said",
                "W",
            ),
            (
                "The LSRC said the fixed fee should be abolished.",
                "The Lebanese Subscribers' Rights Committee",
                "said",
                "",
            ),
        ],
        [
            (
                "The ministry's table, issued every month since 2022, sets separate prices for the Bekaa and the South, where owners pay more to truck in diesel.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Most read", "", "", "B"),
        ],
        [
            ("Tripoli port workers end three-day strike", "", "", "B"),
        ],
        [
            ("Jounieh to ban parking on the coastal road at weekends", "", "", "B"),
        ],
        [
            ("Back to top | Full site | Contact | Terms", "", "", "B"),
        ],
        [
            ("© 2028 Beirut Bulletin Publishing s.a.l.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("Skimr", "", "", "B"),
        ],
        [
            ("For you › Pacific", "", "", "B"),
        ],
        [
            ("The Suva Tide · 2h · 3 min read", "", "", "B"),
        ],
        [
            ("Suva market stall fees up 20 per cent from March 1", "", "", "W"),
        ],
        [
            ("Open in The Suva Tide", "", "", "B"),
        ],
        [
            ("Vendors lay out dalo and bele at the Suva Municipal Market on Saturday.", "", "", ""),
            ("Photo: The Suva Tide", "", "", "B"),
        ],
        [
            (
                "Vendors at the Suva Municipal Market will pay $24 a day for a stall from March 1, up from $20, after the Suva City Council approved new fees at its meeting on Tuesday.",
                "",
                "",
                "W",
            ),
            (
                "Roadside and flea market fees will rise from $8 to $10, according to a council notice pinned at the market's entrances.",
                "a council notice pinned at the market's entrances",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Special administrator Ratu Peni Vakarau told The Suva Tide that the council had not raised stall fees since 2019.",
                "Peni Vakarau",
                "told The Suva Tide",
                "W",
            ),
            (
                "Ratu Peni said the market's roof had leaked in 61 places during the January rains.",
                "Peni Vakarau",
                "said",
                "W",
            ),
            (
                "“Nobody likes paying more, but nobody likes selling in the rain either,” Ratu Peni said.",
                "Peni Vakarau",
                "said",
                "",
            ),
        ],
        [
            (
                "The council's market master, Semi Ravuvu, said 1,126 stalls were registered at the market.",
                "Semi Ravuvu",
                "said",
                "W",
            ),
            (
                "The market master said about 200 vendors had not yet renewed their permits for the year.",
                "Semi Ravuvu",
                "said",
                "W",
            ),
        ],
        [
            (
                "Adi Mereoni Tuivanua, who chairs the Suva Market Vendors' Association, said vendors had been given two weeks' notice of the new fees.",
                "Mereoni Tuivanua",
                "said",
                "W",
            ),
            (
                "“Two weeks to find four dollars a day more, from dalo and bele?” Adi Mereoni asked.",
                "Mereoni Tuivanua",
                "asked",
                "",
            ),
            (
                "Adi Mereoni said a vendor from Naitasiri, Litia Rokovunisei, had already given up her stall.",
                "Mereoni Tuivanua",
                "said",
                "",
            ),
            (
                "She said the association would write to the Minister for Local Government this week.",
                "Mereoni Tuivanua",
                "said",
                "",
            ),
        ],
        [
            (
                "Sera Naivalu, 63, who has sold root crops at the market for 40 years, said through an interpreter that she slept at the market on Friday nights to keep her place.",
                "Sera Naivalu",
                "said through an interpreter",
                "",
            ),
            (
                "“The market is my village in town,” she said in iTaukei.",
                "Sera Naivalu",
                "said in iTaukei",
                "",
            ),
            (
                "Her daughter, Ana Naivalu, who sells beside her, said the two of them would share one stall from March.",
                "Ana Naivalu",
                "said",
                "",
            ),
            ("“One stall, two women, one fee,” she said.", "Ana Naivalu", "said", ""),
            ("Her mother laughed.", "", "", ""),
            (
                "“And one of us shouting,” she said in iTaukei.",
                "Sera Naivalu",
                "said in iTaukei",
                "",
            ),
        ],
        [
            (
                "The turaga ni koro of Nadali village in Naitasiri, Ratu Aisea Nawaqa, said his villagers brought their produce to Suva by carrier every Friday.",
                "Aisea Nawaqa",
                "said",
                "",
            ),
            (
                "Ratu Aisea said the village would sell at the Nausori market instead if the fees rose again.",
                "Aisea Nawaqa",
                "said",
                "",
            ),
        ],
        [
            (
                "Mr Ravinesh Chand, who sells spices on the upper floor, said his takings were down by a third since the bus station moved.",
                "Ravinesh Chand",
                "said",
                "",
            ),
            (
                "Mr Chand said he would pass the new fee on to his customers.",
                "Ravinesh Chand",
                "said",
                "",
            ),
            (
                "Mrs Shalini Devi Prasad, who buys her vegetables at the market every Saturday, said she expected prices to rise.",
                "Shalini Devi Prasad",
                "said",
                "",
            ),
            (
                "“The vendors will not eat the fee themselves,” Mrs Prasad said.",
                "Shalini Devi Prasad",
                "said",
                "",
            ),
        ],
        [
            (
                "Josefa Delaibatiki, a spokesperson for Local Government Minister Ratu Inoke Maivalili, said the minister had signed the council's fee resolution on February 20.",
                "Josefa Delaibatiki",
                "said",
                "W",
            ),
            (
                "“The minister has heard the vendors, and his door is open,” Delaibatiki said.",
                "Josefa Delaibatiki",
                "said",
                "",
            ),
        ],
        [
            (
                "A council officer who asked not to be named said 38 vendors owed more than $1,000 each in unpaid fees.",
                "A council officer",
                "said",
                "W",
            ),
        ],
        [
            ("The council also extended the market's Saturday opening hours to 6pm.", "", "", "W"),
        ],
        [
            (
                "The Consumer Council of Fiji (CCF) said the price of a heap of dalo at the market had risen 15 per cent in a year.",
                "The Consumer Council of Fiji",
                "said",
                "W",
            ),
            (
                "The CCF urged the council to consider a lower fee for vendors who sell only on Saturdays.",
                "The Consumer Council of Fiji",
                "urged",
                "",
            ),
        ],
        [
            ("More from The Suva Tide", "", "", "B"),
        ],
        [
            ("Lautoka bus stand to close for six weeks of repairs", "", "", "B"),
        ],
        [
            ("Nadi Town Council to ban plastic bags at its market", "", "", "B"),
        ],
        [
            ("Related topics: Suva, markets, local government", "", "", "B"),
        ],
        [
            ("Follow source   Hide stories like this   Share", "", "", "B"),
        ],
        [
            ("Skimr shows publishers' own summaries. Report a problem", "", "", "B"),
        ],
    ],
    [
        [
            (
                "Snapshot captured 14 Mar 2028 09:12:44 UTC · archived copy of hirimail.com.pg",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Go to live page   Earlier snapshots (3)", "", "", "B"),
        ],
        [
            ("THE HIRI MAIL", "", "", "B"),
        ],
        [
            ("Home | National | Business | Sport | Letters | Classifieds", "", "", "B"),
        ],
        [
            ("National", "", "", "B"),
        ],
        [
            ("PMV fares in Port Moresby rise to K2 from Monday", "", "", "W"),
        ],
        [
            ("By Dorcas Kelamu", "", "", "B"),
        ],
        [
            ("March 13, 2028", "", "", "B"),
        ],
        [
            ("Passengers board a PMV at the Gordons bus stop.", "", "", ""),
            ("– Picture by PETRUS AIMO", "", "", "B"),
        ],
        [
            (
                "Public motor vehicle (PMV) fares in the National Capital District will rise from K1.50 to K2 a trip from Monday, March 20, the Road Traffic Authority (RTA) has announced.",
                "the Road Traffic Authority",
                "has announced",
                "W",
            ),
            (
                "Children in school uniform will pay K1, according to a gazettal notice signed by the RTA's chief executive.",
                "a gazettal notice signed by the RTA's chief executive",
                "according to",
                "W",
            ),
        ],
        [
            (
                "RTA chief executive Mr Tau Kila Vagi said the rise was the first since 2019 and followed two increases in the price of diesel this year.",
                "Tau Kila Vagi",
                "said",
                "W",
            ),
            (
                "“Bus owners have carried the cost of fuel on their own for two years,” Mr Vagi said.",
                "Tau Kila Vagi",
                "said",
                "",
            ),
        ],
        [
            (
                "The chairman of the National Capital District PMV Owners' Association, Sir Puka Hoiri Kaupa, said the association's 1,140 buses burned about 90,000 litres of diesel a day.",
                "Puka Hoiri Kaupa",
                "said",
                "W",
            ),
            ("Sir Puka said owners had asked the RTA for K2.50.", "Puka Hoiri Kaupa", "said", "W"),
        ],
        [
            ("Sir Puka Hoiri Kaupa at the association's office in Boroko.", "", "", ""),
            ("– Picture supplied", "", "", "B"),
        ],
        [
            (
                "Ruth Kaupa, a market seller from Gerehu who said she was not related to Sir Puka, said she took four PMVs a day.",
                "Ruth Kaupa",
                "said",
                "",
            ),
            (
                "“Two kina more a day is a bag of rice a week,” Ms Kaupa said.",
                "Ruth Kaupa",
                "said",
                "",
            ),
        ],
        [
            (
                "Dame Lahui Kove-Rarua, who chairs the NCD Women Vendors' Association, said about 60 percent of its 3,000 members travelled to market by PMV.",
                "Lahui Kove-Rarua",
                "said",
                "W",
            ),
            (
                "Dame Lahui said the association would ask NCDC to run a free market bus on Saturdays.",
                "Lahui Kove-Rarua",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "A PMV crew member at Gordons, Benson Siune, said in Tok Pisin that passengers had already started arguing with crews.",
                "Benson Siune",
                "said in Tok Pisin",
                "",
            ),
            (
                "“Ol i kros long mipela, i no long gavman,” he said, meaning that passengers were angry with the crews and not with the government.",
                "Benson Siune",
                "said",
                "",
            ),
        ],
        [
            (
                "National Capital District Governor Gabe Kerenga Toua said the National Capital District Commission (NCDC) had repaired 14 PMV stops since January.",
                "Gabe Kerenga Toua",
                "said",
                "W",
            ),
            (
                "The Governor said he had asked the RTA in writing to delay the rise until the end of the school term.",
                "Gabe Kerenga Toua",
                "said",
                "W",
            ),
            (
                "NCDC said it had fined 212 PMV operators for overloading since January.",
                "the National Capital District Commission",
                "said",
                "W",
            ),
            (
                "NCDC closed the Gordons bus stop for four days in February to repair its drains.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Governor's press secretary, Igo Morea Dai, said the Governor had met Sir Puka on Friday.",
                "Igo Morea Dai",
                "said",
                "W",
            ),
            ("“They agreed to disagree,” he said.", "Igo Morea Dai", "said", ""),
        ],
        [
            (
                "A senior police officer who asked not to be named said traffic police would check fares at the Gordons, Boroko and Erima stops from Monday.",
                "A senior police officer",
                "said",
                "W",
            ),
        ],
        [
            ("The RTA last raised PMV fares in the city in 2019, from K1 to K1.50.", "", "", "W"),
        ],
        [
            ("Share this:   Facebook   WhatsApp   Email", "", "", "B"),
        ],
        [
            ("Related: Lae PMV owners threaten strike over road tolls", "", "", "B"),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("Kewa_mangi: Prices up, wages the same.", "", "", "B"),
        ],
        [
            ("Rarua Heni: Who is checking the overloaded buses at Erima?", "", "", "B"),
        ],
        [
            ("Leave a Reply", "", "", "B"),
        ],
        [
            ("Your email address will not be published.", "", "", "B"),
        ],
        [
            ("© 2028 Hiri Mail Publishing Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n191-eg-sae-ends",
        "The new microbuses were assembled by Helwan Coachworks S.A.E. The plant employs 900 workers.",
        [
            "The new microbuses were assembled by Helwan Coachworks S.A.E.",
            "The plant employs 900 workers.",
        ],
    ),
    (
        "n191-eg-egp-decimal",
        "A ride to Haram now costs EGP 7.75. Students pay EGP 5.25.",
        ["A ride to Haram now costs EGP 7.75.", "Students pay EGP 5.25."],
    ),
    (
        "n191-eg-abdel-el-am-mid",
        "Mahmoud Abdel-Wahab El-Gendy checked 40 microbuses at 7 a.m. on Tuesday.",
        ["Mahmoud Abdel-Wahab El-Gendy checked 40 microbuses at 7 a.m. on Tuesday."],
    ),
    (
        "n191-ma-sarl-ends",
        "The recycling tanks were installed by Anfa Hydro S.A.R.L. It has fitted 212 hammams.",
        ["The recycling tanks were installed by Anfa Hydro S.A.R.L.", "It has fitted 212 hammams."],
    ),
    (
        "n191-ma-question-attrib",
        "“Who closes a hammam in winter?” Hajja Fettouma asked. The inspector shrugged.",
        ["“Who closes a hammam in winter?” Hajja Fettouma asked.", "The inspector shrugged."],
    ),
    (
        "n191-tz-po-box-mid",
        "Objections may be sent to P.O. Box 3474, Dodoma, before March 15.",
        ["Objections may be sent to P.O. Box 3474, Dodoma, before March 15."],
    ),
    (
        "n191-tz-eng-dr-mid",
        "Eng. Rajabu Mbwana and Dr. Zuhura Ally signed the fare notice.",
        ["Eng. Rajabu Mbwana and Dr. Zuhura Ally signed the fare notice."],
    ),
    (
        "n191-tz-co-ltd-ends",
        "The feeder buses are run by Jangwani Mabasi Co. Ltd. They carry 40,000 passengers a day.",
        [
            "The feeder buses are run by Jangwani Mabasi Co. Ltd.",
            "They carry 40,000 passengers a day.",
        ],
    ),
    (
        "n191-tz-shilling-slash",
        "The fare rose to 850/-. Students still pay 200/-.",
        ["The fare rose to 850/-.", "Students still pay 200/-."],
    ),
    (
        "n191-ug-am-ends",
        "Impounding will start at 6 a.m. Officers will begin on Luwum Street.",
        ["Impounding will start at 6 a.m.", "Officers will begin on Luwum Street."],
    ),
    (
        "n191-ug-hajjat-initial-mid",
        "Hajjat Aisha N. Kyomuhendo sells chapati near the old taxi park.",
        ["Hajjat Aisha N. Kyomuhendo sells chapati near the old taxi park."],
    ),
    (
        "n191-ug-exclaim-attrib",
        "“Not my boda!” a rider shouted. Two officers lifted it onto the truck.",
        ["“Not my boda!” a rider shouted.", "Two officers lifted it onto the truck."],
    ),
    (
        "n191-zm-hon-mid",
        "Hon. Mwiche Kasonde-Tembo will brief the House at 14:30 on Tuesday.",
        ["Hon. Mwiche Kasonde-Tembo will brief the House at 14:30 on Tuesday."],
    ),
    (
        "n191-zm-hrs-ends",
        "The cuts end at 22:00 hrs. Hospitals are exempt.",
        ["The cuts end at 22:00 hrs.", "Hospitals are exempt."],
    ),
    (
        "n191-zw-pvt-ltd-ends",
        "The pumps were supplied by Umguza Hydraulics (Pvt) Ltd. Council paid US$1.2 million.",
        ["The pumps were supplied by Umguza Hydraulics (Pvt) Ltd.", "Council paid US$1.2 million."],
    ),
    (
        "n191-zw-clr-eng-mid",
        "Clr. T. Moyo and Eng. S. Nkala toured the Ncema works on Friday.",
        ["Clr. T. Moyo and Eng. S. Nkala toured the Ncema works on Friday."],
    ),
    (
        "n191-zw-ward-no-ends",
        "Nkulumane is in Ward No. 24. Its taps ran dry on Sunday.",
        ["Nkulumane is in Ward No. 24.", "Its taps ran dry on Sunday."],
    ),
    (
        "n191-rw-km-ends",
        "The fare is Rwf 25 per km. A 12-km ride costs Rwf 300.",
        ["The fare is Rwf 25 per km.", "A 12-km ride costs Rwf 300."],
    ),
    (
        "n191-rw-inc-ends",
        "The card readers came from Tapline Africa Inc. They cost Rwf 410,000 each.",
        ["The card readers came from Tapline Africa Inc.", "They cost Rwf 410,000 each."],
    ),
    (
        "n191-bw-pty-ltd-ends",
        "The bowsers belong to Kalahari Haulage (Pty) Ltd. Each holds 10,000 litres.",
        ["The bowsers belong to Kalahari Haulage (Pty) Ltd.", "Each holds 10,000 litres."],
    ),
    (
        "n191-bw-mma-rra-mid",
        "Mma Lorato Kebonang and Rra Oteng Seleka met at 10 a.m. on Saturday at the kgotla.",
        ["Mma Lorato Kebonang and Rra Oteng Seleka met at 10 a.m. on Saturday at the kgotla."],
    ),
    (
        "n191-il-am-ends",
        "The first shuttle leaves at 5:30 a.m. The last leaves at midnight.",
        ["The first shuttle leaves at 5:30 a.m.", "The last leaves at midnight."],
    ),
    (
        "n191-il-ltd-mid",
        "Galil Cable Works Ltd. said the new cables would arrive in May.",
        ["Galil Cable Works Ltd. said the new cables would arrive in May."],
    ),
    (
        "n191-lb-sal-ends",
        "The meters are imported by Cedar Metering s.a.l. They cost $38 each.",
        ["The meters are imported by Cedar Metering s.a.l.", "They cost $38 each."],
    ),
    (
        "n191-lb-us-cents-mid",
        "The price works out at about 43 U.S. cents per kWh in Beirut.",
        ["The price works out at about 43 U.S. cents per kWh in Beirut."],
    ),
    (
        "n191-lb-mar-date-ends",
        "The table was published on Mar. 1. Owners have a week to comply.",
        ["The table was published on Mar. 1.", "Owners have a week to comply."],
    ),
    (
        "n191-fj-ratu-adi-mid",
        "Ratu Seru and Adi Losana met the vendors at 7 a.m. on Saturday.",
        ["Ratu Seru and Adi Losana met the vendors at 7 a.m. on Saturday."],
    ),
    (
        "n191-fj-pm-ends",
        "The market now closes at 6 p.m. Vendors must clear their stalls by seven.",
        ["The market now closes at 6 p.m.", "Vendors must clear their stalls by seven."],
    ),
    (
        "n191-pg-kina-decimal",
        "The fare rose to K2. It was K1.50 before.",
        ["The fare rose to K2.", "It was K1.50 before."],
    ),
    (
        "n191-pg-sir-initial-mid",
        "Sir Nime T. Gaudi owns 40 PMVs in Gerehu.",
        ["Sir Nime T. Gaudi owns 40 PMVs in Gerehu."],
    ),
]
