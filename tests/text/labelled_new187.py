"""Hundred-and-eighty-seventh set of new hand-labelled pages for the hint engines (tuning set, round sixty-four):
twelve WHOLE pages of everyday local news, head to tail as a reader's paste gives them with each site's
furniture, from twelve countries where SPEAKERS ARE HARD TO FIND AND TO NAME, each page in its country's
naming customs and its English-language press's house style, each from a different kind of outlet and
pasted in a different way. The pages: an Indonesian English-language national daily's website on the
DESKTOP (Bandung collects household rubbish only every other day after the Sarimukti landfill halves the
city's quota); a Malaysian independent news portal pasted from a PHONE (George Town street parking to
rise to RM1.20 an hour from Jan 1); a Vietnamese state-run English-language daily in READER MODE
(motorbikes banned from Long Biên Bridge for six months from December 1); a Thai TV broadcaster's English
news site as an AMP page (Chiang Mai shuts 212 schools for two days as PM2.5 hits 186 microgrammes); a
Philippine regional broadsheet's LIVE BLOG on the desktop, newest entry first (a 24-hour water
interruption in 27 Cebu barangays); a Chinese state news agency's English WIRE COPY from its subscriber
feed (a Hangzhou public hearing backs a 15.5 pct rise in the household water price); a Mongolian
English-language weekly's EMAIL NEWSLETTER pasted from WEBMAIL (the Ulaanbaatar bus fare doubles to
₮1,000 from January 1); a Kazakh English-language news site's TEXT-ONLY edition (Astana fines 212
building managers over snow-laden roofs after an icicle injures a student); a Turkish national daily's
English edition, its article SHARED FROM ITS APP (İzmir cuts water every night from 11 p.m. as Tahtalı
Dam falls to 4 percent); an Iranian government-owned English daily's E-PAPER, text copied from the PDF
across a page jump (Tehran metro and bus fares to rise 25% from Nowruz); an Ethiopian private English
weekly read in a NEWS-AGGREGATOR APP (water only three days a week for 1.2 million Addis residents as
Legedadi pumps fail); and a Ghanaian radio station's news website in PRINT VIEW with a transcribed
breakfast-show interview (Kumasi trotro fares up 15% from Monday).

What is hard is finding the speaker and naming him, her or it the way a careful reviewer would. Names
return by the part the country's press uses: the first one or two parts of a Javanese or Sundanese name
("Sri Rahayu said" for "Sri Rahayu Handayani", "Tedi said"); the given name of a Malay name with the
father's name after it ("Rosli said" for "Rosli Mat Saman", "Nurul Huda said"); the family name of a
Chinese name written first ("Tan said", "Wang said"); the LAST, given, part of a Vietnamese name ("Hùng
said", "Ms Hồng", "Mr Hưng's minibus"); the given name of a Thai name, with "Dr" or "Pol Col" ("Dr
Somkiat said", "Pol Col Worawut said", "Boonmee said") or a nickname ("Nok said"); the surname of a
Filipino name with "Ma." and a middle initial ("Abellana told reporters") or a barangay nickname
("Kapitan Jun"); the given name after a Mongolian patronymic initial ("Otgonbayar said"); the surname or
patronymic-surname of a Kazakh, Koryo-saram or Russian-style name ("Omarov said", "Tsoy said", "Aigerim
Bolatqyzy"); the surname of a Turkish name, with "Bey" after a given name inside quotes ("Kemal Bey");
the last part of a Persian compound name ("Hosseini-Nasab said") or a shopkeepers' name ("Haj Agha
said"); the GIVEN name of an Ethiopian name, whose second part is the father's name, with "Ato", "W/ro",
"W/t" or "Dr." ("Ato Tesfaye said", "W/ro Almaz said", "Dr. Mekdes said"); and "Nana" with the first
surname of a Ghanaian double surname ("Nana Frimpong said"), "Mr" with the last part ("Mr Darko said"), a
role acronym ("the MCE said") or a market name ("Maame Efua said", "Auntie Akos"). Some speakers have one
name only ("Suparman", "Kebede", "Ganzorig"), or only a surname ("A retiree surnamed Zhou"); two share a
name or nearly do (two Tans, three Nguyễns with "Hùng" and "Hưng", two Wangs of different sex, two
Enkhtuyas, two Rezaeis, two unrelated people whose father was called Bekele); women and men speak in
pairs of one sex inside one paragraph; spokespeople are named and unnamed; speakers are named after the
claim; statements are read out by someone other than their author; letters, decisions, posts, notices,
reports, data and fare charts speak; a live blog names people in full only in older entries lower down,
once only in a scene sentence with no verb of saying; and an interview comes as turns, an explainer box
as "Q:" and "A:".

Conventions this set had to settle, in the spirit of `labelled_new.py`, `labelled_new2.py` and the recent
sets (`labelled_new183.py` settled most of them for other naming customs, and they are followed here):

* NAMES IN FULL AS FIRST GIVEN, in the page's order and spelling: Indonesian names of two and three parts
  ("Sri Rahayu Handayani", "Neneng Sumarni"); Malay names with the father's name and no "bin" ("Rosli Mat
  Saman", "Nurul Huda Kamaruddin"); Chinese names family name first, Malaysian and mainland alike ("Tan
  Kah Seng", "Tan Ah Moi", "Chow Boon Keat", "Wang Lihua", "Chen Guoqiang"); an Indian Malaysian name
  with its initial ("K. Thanabalan"); Vietnamese names with their diacritics ("Nguyễn Văn Hùng", "Nguyễn
  Văn Hưng", "Nguyễn Thị Hồng", "Lê Thị Thu Hà"); Thai names given name first ("Ratchanee Inthawong");
  Filipino names with "Ma." and a middle initial ("Ma. Cristina L. Abellana") and with "Jr." ("Rodolfo
  Pacaña Jr."); Mongolian names with the patronymic initial, one or two letters ("G. Otgonbayar", "B.
  Enkhtuya", "Ts. Enkhtuya", "D. Batsaikhan"); a Kazakh name with an "-uly" patronymic ("Daniyar Serikuly
  Omarov"), a woman whose only surname is a "-qyzy" patronymic ("Aigerim Bolatqyzy") and a Koryo-saram
  name with a Russian patronymic ("Valentina Grigoryevna Tsoy"); Turkish names of three parts ("Mustafa
  Tahsin Gür"); hyphenated Persian names ("Mohammad-Javad Hosseini-Nasab", "Zahra Rezaei-Moghaddam");
  Ethiopian given and father's names ("Tesfaye Bekele", "Almaz Bekele"); Ghanaian names with a double
  surname ("Kwabena Frimpong Manso", "Yaw Sarpong Darko").
* TITLES, RANKS AND HONORIFICS are dropped, before or after the name: "The head of ...", "Datuk",
  "Madam", "Councillor", "State local government committee chairman", "director of ...", "Lieutenant
  Colonel", "Dr", "Pol Col", "Engr.", "Barangay Captain", "Councilor", "project engineer", "deputy
  director of the commission's price department", "Deputy Governor", "Khural member", "Deputy akim",
  "muhtar of the Kuruçeşme neighborhood" AFTER the name, "İZSU General Manager", "Prof. Dr.", "Deputy
  Mayor", "Seyyed", "Ato", "W/ro", "W/t", "Dr.", "Nana", "Hon.", "Mr". An honorific is dropped even when
  the speaker gave his name with it ("who gave his name as Pak Didin" -> "Didin"), unlike a teknonym,
  which is a name ("Umm Rayan" in `labelled_new183.py`); a nickname in quotation marks inside the full
  name is dropped and the suffix kept (Barangay Captain Rodolfo “Jun” Pacaña Jr. -> "Rodolfo Pacaña
  Jr.").
* NICKNAMES, ONE NAMES AND HONORIFIC RETURNS resolve to the name as first given: "Nok said" (a nickname
  the page introduces); "Kapitan Jun, as residents of Barangay Tejero call their barangay captain, said"
  (an older entry's name); "Aling Nena said" (named only in a scene sentence lower down, with no verb of
  saying, which carries no speaker); "Lao Chen said" (named in a sentence with no verb of saying); "Haj
  Agha said, laughing"; "Maame Efua said" and "Auntie Akos" (her "she said"); "Dr Somkiat said", "Pol Col
  Worawut said", "Ato Tesfaye said", "W/ro Almaz said", "Dr. Mekdes said"; "Nana Frimpong said"; "Mr
  Darko said". A one-name speaker is labelled with the one name ("Suparman", "Kebede", "Ganzorig"); a
  person known only by a surname is labelled with the phrase as written, age dropped ("A retiree surnamed
  Zhou, 72," -> "A retiree surnamed Zhou"), since the surname alone would not name her; a role acronym
  resolves to the person ("the MCE said" -> "Abena Serwaa Antwi").
* SHARED AND NEAR NAMES: a reviewer reads the page, not the nearest name. "Madam Tan said" is the hawker
  and "Tan said the association would ..." the chairman; "Hùng said" the board director, "Hưng said" the
  ward chairman and "Ms Hồng" the banana seller, while "Hồng Hà" in a quote is the ward; "Thắng said" the
  police officer and "Thu Hà" the vegetable seller, no relation; "Wang said" after the hearing is the
  chair Wang Lihua, told apart by what she answers, and "she said, drawing laughter" is her, the only
  woman Wang; "Enkhtuya the nurse said" is B. Enkhtuya; "Rezaei said" is Maryam Rezaei, not Zahra
  Rezaei-Moghaddam; and "Bekele", a father's name shared by two unrelated people, is never a return form.
* PRONOUNS take the person the story means: "“Where would I put three bins?” she said" is Euis, who
  answers Neneng; "“Mine is one of those phones,” she said." is Nok after "Nok ... nodded." (no speaker),
  not the teacher who spoke before; "“We know who they are,” he said." is the police colonel who was
  asked, not the farmer; "“Mr Hưng's minibus will be busy until June,” he said." is Hùng, Hưng being
  named inside; "“Hasan takes water up to the old ladies on his scooter,” he said." is the muhtar; "she
  said" is Zeynep after Fatma, Akosua after Efua, Hiwot after Almaz, Marites after Aling Nena and Aigerim
  after Tsoy; "She said" after "Maame Efua said" is Efua.
* STATEMENTS READ OUT, POSTS, NOTICES AND DOCUMENTS: "In a statement read to the session by its deputy
  managing director, TMOC said" carries the company with cue "said" (a fronted channel is not part of the
  cue); "said in a statement read on state television on Friday evening" keeps the channel after the
  verb; "A post on the agency's Instagram account ... said" carries the agency; "The post said", "The
  statement said" and "the decision said" resolve to the author or document the page gave ("Qiantang
  Water Supply Group", "the Tehran Metro Operation Company", "the Addis Ababa City Administration", "a
  decision signed by the committee's vice chairman"); "The OSI said in a notice on the building's door"
  carries the association; "according to X" keeps X as written ("a Nov. 3 letter from the West Java
  provincial environment agency", "MBPP's 2026 annual report", "the board", "the city police", "İZSU
  data", "the city's health department", "the local office of the National Bureau of Statistics", "a fare
  chart released by the alliance on Friday", "the National Petroleum Authority's pricing data").
* ACRONYMS AND SHORT FORMS resolve to the name as first given, article and capital as written there ("DLH
  said" -> "the Bandung Environment Agency"; "MBPP said", the acronym of the council's Malay name, ->
  "the Penang Island City Council"; "TWPB said" -> "the Hà Nội Traffic Works Project Board"; "The PCD
  said" -> "the Pollution Control Department"; "MCWD said" -> "the Metropolitan Cebu Water District";
  "Qiantang Water said" -> "Qiantang Water Supply Group"; "UBPTA said" -> "the Ulaanbaatar Public
  Transport Authority"; "İZSU" in a standfirst -> "the İzmir Water and Sewerage Administration"; "DSİ
  urged" -> "the General Directorate of State Hydraulic Works"; "TMOC said" -> "the Tehran Metro
  Operation Company"; "AAWSA said" -> "the Addis Ababa Water and Sewerage Authority"; "KMA said" -> "the
  Kumasi Metropolitan Assembly"); a group named in Malay keeps its Malay name ("Suara Pengguna Pulau
  Pinang", the apposition "a consumer group" left out); a descriptor before a proper name is dropped ("a
  provincial body, the Regional Waste Management Office", "The city's main water utility, Qiantang Water
  Supply Group", "The semi-official Persia Press Agency", "The central government's General Directorate
  of State Hydraulic Works", "their sole maker, Ulaan Nüürs LLC"); a single generic noun is kept as
  written ("the committee", "the commission", "the authority", "The company", "the city akimat", "the
  city").
* LIVE BLOG, NEWEST FIRST: "Abellana told reporters ..." (6:40 PM), "Kapitan Jun ... said" (4:55 PM) and
  "Aling Nena said" (3:20 PM) resolve to the full names given only in the 9:00 AM entry below them.
* TURNS AND Q&A BOXES: the host's "ADJEI-MENSAH:" turns carry nobody unless they cite a source ("Some
  passengers say ...", speaker "Some passengers"); every sentence of a "NANA FRIMPONG:" answer carries
  "Kwabena Frimpong Manso" with the prefix as written as cue. An explainer box whose label says who
  answers ("Answers from the akimat's press service") carries that body on each "A:" sentence with cue
  "A:", and its "Q:" lines carry nobody.
* NAMED AFTER THE CLAIM: "..., project engineer Alvin Quiñones-Laping said."; "“The last time we raised
  fares ...,” said Fatemeh Ansari-Rad, one of the six ..."; "..., their sole maker, Ulaan Nüürs LLC,
  said."
* A NEWSLETTER'S OWN SENTENCE holding a claim ("We went looking for the new Yarmag junction that the city
  says opened on December 1.") carries the claim's source ("the city", cue "says", "W"); the newsletter's
  greeting, teaser and "Our take" are "".
* CUES keep a channel after the verb ("said in a statement", "said when contacted", "said in a Facebook
  post", "told reporters", "told reporters at the MCWD main office on Magallanes Street", "said in
  Cebuano", "said in an advisory", "said in documents submitted to the hearing", "said in a post on its
  official Weibo account on Monday evening", "said in a post on its website", "said in a report published
  last month", "told the Khural", "told a briefing at the akimat", "told The Esil Observer by telephone",
  "told reporters at the administration's headquarters in Konak", "was quoted by the council's news site
  as saying", "told PPA", "said in a post on its Telegram channel") and other reporting verbs as written
  ("announced", "has announced", "urged", "expects", "forecasts", "reported", "says", "say", "did not
  respond to a request for comment").

Of record ("W"): fees, fares, fines and prices set by those who run or sell them (a rubbish-sorting fine,
parking rates and hours, a bridge fine, a burning penalty, water tiers, bus and cash fares, a vendor's
buuz, roof fines in MCI, metro fares in rials, a jerrycan by donkey cart, truck refills, trotro fares and
a station levy); counts, money and dates given by officials, firms, groups and documents (landfill
tonnes, unpaid households, street bays, corroded plates, riders and notices, hospital visits and
hotspots, tankers and leaks, hearing votes and letters, subsidies and passengers, inspected buildings,
wells and pipe, carriages, metered connections, registered vehicles); causal claims ("because the city
sent 14 percent more waste than agreed", "followed a rise in the pump price of diesel", "because the
utility had agreed to replace the main"); rules and acts (a mayoral regulation, a council vote of 18-5,
an exemption, a conditional school reopening, a suspension rule, a resolution that takes effect unless
the review board objects); and scheduled events and services set by those who run them (collection days,
a ward minibus, trucks on night shifts, a service box of water days, a task force's checks). Not worth
checking (""): feelings, opinions and characterisations; forecasts and expectations; plans, promises and
budgets still to be spent; what a proposal WOULD do; advice and appeals; questions; a person's own counts
and costs (a nurse's monthly fares, a farmer's ploughing, a bakery's litres, a hotel's tank); scenes;
captions that only describe; table rows.

And where sentences end: firm suffixes that END one before a capital ("PT Warta Kencana Tbk." / "All
rights reserved."; "Lensa Digital Sdn. Bhd." / "All rights reserved."; "Siam Beacon Broadcasting Plc." /
"All rights reserved."; "Visayan Chronicle Publishing Corp." / "All rights reserved."; "The Khangai
Weekly LLC." / "All rights reserved."; "Esil Qar Service LLP." / "It said ..."; "Esil Observer Publishing
LLP." / "All rights reserved."; "Sunrise Broadcasting Ghana Ltd." / "All rights reserved.") and
abbreviations, initials and designations that do NOT ("Jl. Cikapundung Barat", "a Nov. 3 letter", "K.
Thanabalan", "Engr. Ma. Cristina L. Abellana", "M.J. Cuenco Ave. is replaced", "Duros Pipeworks Inc.,
has", "Dec. 6 (Jinghua) --", "Filed 16:32 Beijing time, Dec. 6, 2027", "G. Otgonbayar", "B. Enkhtuya",
"Ts. Enkhtuya", "D. Batsaikhan", "Prof. Dr. Levent Ergüven", "Aug. 7" and "Aug. 14", "Vol. XXVI, No.
7412", "Tir 15, 2020 E.C. (January 24, 2028)", "W/ro Almaz", "W/t Hiwot", "Dr. Mekdes said", "Hon. Abena
Serwaa Antwi", "Thăng Long Steel Bridge JSC, the only bidder"); times mid-sentence ("at 5:15 p.m., ahead
of schedule", "from 9 p.m. Wednesday to 9 p.m. Thursday", "at 9 p.m. on Wednesday, according to", "from
11 p.m. to 5 a.m.", "at 8 a.m., when", "from 6 a.m. to 6 p.m. — from 12 o'clock to 12 o'clock") and at
the end of one ("from 5 a.m. on 101.3 FM."), with the "7pm" and "9am" of the Malaysian, Vietnamese and
Thai pages; dotted dates ("08.08.2028"); decimals, units and currencies ("Rp 500,000 (US$31)", "Rp 1.8
million", "RM1.20", "VNĐ96 billion (US$3.8 million)", "PM2.5", "µg/m³", "15.5 pct", "4.1 bln yuan",
"₮1,000", "46.8 million tenge", "4.1 percent", "40,000 rials (4,000 tomans)", "GH₵7.50", "GH₵16.80"); a
question in a quote before its attribution, one sentence ("“Where would I put three bins?” she said,
pointing at a doorway ..."); a quote over two sentences ("“Sorting is no longer a campaign." / "From
Monday it is the rule.”"; "“When diesel goes up, the trotro goes up." / "It is simple.”") against a quote
split by its attribution, one sentence ("“We fined ourselves too,” he said, “and we paid.”"); turn
prefixes that open a sentence ("NANA FRIMPONG: It is less than we asked for." / "We asked the ministry
..."); a box label with a question mark before a second label line (two lines); and semicolons that never
split (standfirsts, a headline, two quotes, a scene sentence).

The pages hold 540 sentences: 162 "B", 182 "W" and 196 ""; 305 sentences carry a speaker (117 distinct
speakers, page by page; 117 distinct labels). `STYLES` describes each page, its story, its labels and its
furniture in order; `CASES` holds 30 split cases written fresh in the manner of the pages (not copied
from them), 19 that must split and 11 that must not.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see their
docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list of
paragraphs (a pasted page's lines, so every masthead, menu, crumb, byline, date line, share line,
caption, credit, time stamp, posted-by line, bullet, table row, box label, turn, page-jump line and legal
line is a paragraph of its own, except that a caption and a credit pasted in one line are two sentences
of one paragraph); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or
"". Furniture is "B" line by line, whatever it says, never with a speaker; tables pasted as lines have a
"B" title, header row and source line and "" data rows, while a service box of an operator's schedule is
of record line by line ("W") as in `labelled_new184.py`; bullets and list lines are flagged by content;
headlines and standfirsts are never split and are flagged by content, their "says" carrying the source as
the body first names it (a role noun such as "Health chief" or "transport committee chief" resolving to
the person); a dateline belongs to its lead sentence.

Written from scratch for issue 13 in round sixty-four, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/` was
opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no README;
no engine, scorer or test was run (only the brief's structural check and ruff). What was read: the brief;
the module docstrings and first articles of `labelled_new.py` and `labelled_new2.py`; `def build` in
`labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; and the module docstrings,
`STYLES`, a few pages and the `CASES` of `labelled_new183.py` and `labelled_new184.py`. Coined names were
checked for freshness against the capitalised words in the string constants of those two files: six
outlet and body words ("Herald", "Signal", "Times", "Daily", "Media", "Forum") and three name parts
("Hassan", "Lee", "Petrovna") that hit were replaced before the file was written (two candidate
replacements, "Watch" and "Consumers'", hit too and were not used); only common words, titles, months,
initials, firm suffixes ("JSC", "Ltd"), platforms and real places and bodies still hit.

Every person, outlet, publisher, newsletter, aggregator, firm, utility, contractor, association, union,
consumer group, card, statement, post, notice, letter, decision, report, chart, quote and figure is
invented, and so are the small institutions (The Nusantara Courant, PT Warta Kencana Tbk., the Regional
Waste Management Office, MalaysiaLens, Lensa Digital Sdn. Bhd., the George Town Hawkers and Traders
Association, Suara Pengguna Pulau Pinang, The Red River Dispatch, the Hà Nội Traffic Works Project Board,
Thăng Long Steel Bridge JSC, Siam Beacon and Siam Beacon Broadcasting Plc., Chiang Mai University's Haze
Research Unit, the Chiang Mai Tourism Business Association, The Visayan Chronicle and Visayan Chronicle
Publishing Corp., Duros Pipeworks Inc., Jinghua Wire, Qiantang Water Supply Group, The Khangai Weekly
LLC, the TapKart card, the Ulaanbaatar Public Transport Authority, the Ulaanbaatar Road Development
Department, Ulaan Nüürs LLC, The Esil Observer and Esil Observer Publishing LLP., Esil Qar Service LLP,
The Bosphorus Ledger, the Alborz Tribune and the Alborz Cultural Institute, the Tehran Metro Operation
Company, the Shahrvand card, the Persia Press Agency, NewsNest, The Entoto Review, Sunrise 101.3 FM and
Sunrise Broadcasting Ghana Ltd., the Ghana Commercial Drivers' Alliance and the like). Real countries,
regions, cities, districts, streets, bridges, markets, dams, landfills, universities, councils,
ministries, agencies, codes and other public bodies appear only as settings, with invented statements and
figures: Bandung, Cicadas, Cimahi, West Bandung regency, West Java, Jakarta, the Sarimukti landfill, Jl.
Cikapundung Barat, the Bandung Environment Agency (DLH), the West Java provincial environment agency and
the Environment Ministry; George Town, Penang, Lebuh Chulia, Lebuh Cintra, Lebuh Armenian, Komtar, the
Penang Island City Council (MBPP), Seberang Perai City Council and the state executive council; Hà Nội,
Long Biên Bridge, Chương Dương Bridge, Long Biên Market, Gia Lâm, Hồng Hà ward, Thái Nguyên, the Hà Nội
People's Committee and the city police; Chiang Mai, Mueang Chiang Mai, Mae Taeng, Chiang Dao, San
Kamphaeng, Tha Phae Gate, Doi Suthep, Lamphun, Chiang Mai University, the Chiang Mai Provincial Public
Health Office and the Pollution Control Department; Cebu City, Mandaue, M.J. Cuenco Avenue, Magallanes
Street, Barangays Tejero, Busay, Lahug and Apas, the Metropolitan Cebu Water District and the Cebu City
Council; Hangzhou, Gongshu district, West Lake, Shanghai, Zhejiang, the Hangzhou Municipal Development
and Reform Commission, the Hangzhou Municipal People's Congress, the National Bureau of Statistics and
Weibo; Ulaanbaatar, Songinokhairkhan, Sükhbaatar, Bayankhoshuu, the Narantuul market, Dari-Ekh, Yarmag,
the Capital City Citizens' Representative Khural, the National Audit Office and the National Agency for
Meteorology and Environmental Monitoring; Astana, Auezov Street, Saryarka district, the Code of
Administrative Offences and Kazhydromet; İzmir, Buca, Kuruçeşme, Konak, the Tahtalı and Gördes dams,
Manisa, the Gediz, Dokuz Eylül University, İZSU and the General Directorate of State Hydraulic Works
(DSİ); Tehran, Tehran City Council, Shahr-e Rey, Vanak, the Tajrish bazaar, Imam Khomeini station, Bandar
Abbas, Mashhad, Isfahan, the Supreme Labour Council and the board that reviews council resolutions; Addis
Ababa, Bole, Yeka, Lemi Kura, Legedadi, Piassa, Ayat, Yeka Abado, Addis Ababa University, the Addis Ababa
Water and Sewerage Authority (AAWSA) and the Addis Ababa City Administration; and Kumasi, the Ashanti
Region, Kejetia, Adum, Ejisu, Asafo, the Kumasi Metropolitan Assembly (KMA), the National Petroleum
Authority and the Ministry of Transport.
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Indonesian ENGLISH-LANGUAGE NATIONAL DAILY\'S WEBSITE (Jakarta desk, West Java story), desktop browser paste, a RUBBISH-COLLECTION CUT with JAVANESE AND SUNDANESE NAMES RETURNING BY THEIR FIRST PART, A ONE-NAME COLLECTOR, "Pak" AND "Bu" AS HONORIFICS, TWO WOMEN IN ONE PARAGRAPH AND AN AGENCY ACRONYM: Bandung collects household rubbish only every other day after the Sarimukti landfill halves the city\'s quota. Head: masthead, sign-in line, menu, crumb (all "B"); headline of record "W"; standfirst "City says ...; collectors in Cicadas say ..." (semicolon kept, "W", carrying "the Bandung administration" as the lead gives it); byline, a dateline/date line with a bullet and a share line ("B"); a caption with "Jl." mid-sentence "" and its bracketed credit "B". Body: the lead "the Bandung administration announced" ("W"); "according to a Nov. 3 letter from the West Java provincial environment agency" (as written, "Nov." mid-sentence, "W"); the agency head "Sri Rahayu Handayani" (role before the name dropped, "W"), "She said" ("W"), "Sri Rahayu said" (the first two parts resolving, a counterfactual "") and a quote over two sentences ending in a rule ("", then "W"); a mayoral regulation with a fine (no speaker, "W"); "DLH said" (the ACRONYM resolving to "the Bandung Environment Agency", "W") and "It said" (advice, ""); the ONE-NAME collector "Suparman" (""), "He said" his unpaid wage (a claim against the association, "W"), and his quote in which he calls himself "Pak Suparman" (""); "who gave his name as Pak Didin" (the honorific dropped, "Didin", "W") and "He said" a fee rise (a plan, ""); "Neneng Sumarni" and "Her neighbour, Euis Komalasari," in one paragraph, "“Where would I put three bins?” she said, ..." and its second sentence (EUIS, the last to speak, "") and "Neneng said ..., and laughed when Bu Euis asked ..." (Neneng, ""); a quote subhead ""; "a provincial body, the Regional Waste Management Office, which said in a statement" (descriptor dropped, channel in the cue, "W") and "It said" a causal cut ("W"); "Asked about the overshoot, Sri Rahayu said" (causal, "W"); a councillor "Tedi Hidayat" ("W") and "Tedi said" over two sentences (""); "A post on the agency\'s Instagram account ... said" (the post\'s author, the agency, "W") and "It urged" (""); "Bandung\'s mayor ... did not respond to a request for comment" (""). Tail: read-also label and two headlines, topics, comments count, footer links, copyright split at "Tbk." before "All rights reserved." (all "B").',
    'Malaysian INDEPENDENT ONLINE NEWS PORTAL (Penang story), PHONE BROWSER paste, a PARKING CHARGE RISE with "Datuk" AND "Madam" BEFORE NAMES, A MALAY NAME RETURNING BY THE GIVEN NAME, TWO UNRELATED TANS TOLD APART BY "Madam", AN INDIAN NAME WITH AN INITIAL, AN ACRONYM FROM A MALAY NAME AND A CONSUMER GROUP NAMED IN MALAY: George Town street parking to rise to RM1.20 an hour from Jan 1. Head: menu/masthead line, a language line, an app line, crumb (all "B"); headline of record "W"; standfirst "Council says ...; hawkers fear ..." ("W", carrying "the Penang Island City Council"); byline, published/updated line, listen line ("B"); a caption "" and its "pic by" credit "B". Body: "GEORGE TOWN, Nov 18 —" lead "the Penang Island City Council (MBPP) said today" ("W") and "it said in a statement" (channel in the cue, "W"); "MBPP said" (the ACRONYM of the council\'s Malay name resolving to the English name first given, "W"); "Datuk Rosli Mat Saman" ("Datuk" dropped, the father\'s name kept, "W") and "Rosli said when contacted" (given name resolving, "when contacted" in the cue, ""); an advertisement and a scroll line ("B"); "He said" bays set aside ("W"); the association chairman "Tan Kah Seng" ("W") and "Tan said" over two sentences (""); "Madam Tan Ah Moi, ..., is no relation," ("Madam" dropped, "") and "Madam Tan said" over two sentences (HER, not the chairman, ""); "K. Thanabalan" (the initial kept, ""), "Thanabalan said" (his own count, "") and "he said" (""); a quote subhead ""; "Councillor Nurul Huda Kamaruddin" (the 18-5 vote, "W"), "Nurul Huda said" ("") and "She said" a plan (""); "Chow Boon Keat" (title before the name dropped, "W") and "He said" a spending plan (""); "Suara Pengguna Pulau Pinang (SPPP), a consumer group, said in a Facebook post" ("W") and "SPPP urged" (""); "Asked about the proposal, Rosli said" a charging rule ("W"); "according to MBPP\'s 2026 annual report" (as written, "W"); "Tan said the association would ..." (the CHAIRMAN, the only Tan called by surname alone, a plan ""). Tail: related label and two headlines, back-to-top, copyright split at "Sdn. Bhd." before "All rights reserved." (all "B").',
    'Vietnamese STATE-RUN ENGLISH-LANGUAGE DAILY (Hà Nội), READER-MODE paste, a BRIDGE CLOSURE with VIETNAMESE NAMES FAMILY NAME FIRST RETURNING BY THE LAST (GIVEN) NAME, "Mr" AND "Ms" WITH THE GIVEN NAME, THREE NGUYỄNS, TWO NEAR-HOMONYMS ("Hùng" AND "Hưng"), A SPEAKER CALLED "Hà" IN A CITY CALLED "Hà Nội" AND A DECISION THAT "SAID": motorbikes banned from Long Biên Bridge for six months from December 1. Head as reader mode leaves it: domain, headline of record "W", byline, date, reading time ("B"); a caption "" and its credit ("B"). Body: "HÀ NỘI —" lead "the Hà Nội People\'s Committee said" ("W"); "according to a decision signed by the committee\'s vice chairman" ("W"); "Nguyễn Văn Hùng, director of the Hà Nội Traffic Works Project Board (TWPB)," ("W"), "Hùng said" over two sentences (a figure as rhetoric, "") and "He said" a budget (""); "the committee said" (generic kept, a diversion schedule "W"); "According to the board" (as written, "W"); "Lieutenant Colonel Lê Văn Thắng ... told reporters" (rank dropped, a fine "W"), "Thắng said" ("W") and "he said" (""); the banana seller "Nguyễn Thị Hồng" ("") and "Ms Hồng said" (""); "Her friend Lê Thị Thu Hà" ("") and "“Hà Nội will not wait for me,” she said." with its second sentence (THU HÀ, the city\'s name inside the quote, ""); "Ms Hồng said" (""); the ward chairman "Nguyễn Văn Hưng" ("W"), "Hưng said" a minibus timetable ("W") and "Hưng said" after a quote naming the ward "Hồng Hà" (""); a driver "Phạm Quốc Tuấn", "he said" and "Tuấn said" (""); a subhead and a second caption "" with its credit "B"; a historian "Trần Đức Minh" ("W") and "Minh said" over two sentences (""); "TWPB said in a post on its website" (the acronym resolving, a contract "awarded ... to Thăng Long Steel Bridge JSC, the only bidder", "W") and "It said" (a plan, ""); "Asked whether ..., Hùng said" ("W") and "“Mr Hưng\'s minibus will be busy until June,” he said." (HÙNG, who was asked, the ward chairman named inside the quote, ""); "the decision said" (resolving to the decision as first given, "W"); "according to the city police" ("W"). Tail: tags and a view-original line ("B").',
    'Thai TV BROADCASTER\'S ENGLISH NEWS WEBSITE (Bangkok, Northern story), AMP paste, a SMOG SCHOOL CLOSURE with THAI NAMES RETURNING BY THE GIVEN NAME, "Dr" AND "Pol Col" BEFORE GIVEN NAMES, A NICKNAME, TWO WOMEN AND A NOD, AND A TABLE: Chiang Mai shuts 212 schools for two days as PM2.5 hits 186 microgrammes. Head: AMP address, masthead, crumb (all "B"); headline of record "W"; standfirst "Health chief says ...; police arrest 14 ..." ("W", the role noun carrying "Somkiat Thongdee" as the body names him); byline/date line and a share line ("B"); a caption "" and its credit "B". Body: "CHIANG MAI:" lead "the provincial governor\'s office announced" ("W") and "it said" a CONDITIONAL reopening rule ("W"); "Dr Somkiat Thongdee" ("W"), "He said" ("W") and "Dr Somkiat said" (the title and given name resolving, advice ""); "According to the Pollution Control Department (PCD)" ("W") and "The PCD said" (the acronym resolving, "W"); a PM2.5 table (title with "µg/m³" and source "B", four rows ""); "Ratchanee Inthawong, ... who goes by the nickname Nok," ("") and "Nok said" (the NICKNAME resolving, ""); the teacher "Kanokwan Saengthong" (her own class, "") and "she said" (KANOKWAN, ""); "Nok, who had come to collect her son\'s worksheets, nodded." (no speaker, "") and "“Mine is one of those phones,” she said." (NOK, the last subject, not the teacher, "") and "Kanokwan said" (a plan, ""); a quote subhead ""; "Pol Col Worawut Suksawat" (rank dropped, arrests "W") and "He said" a penalty (a rule, "W"); the farmer "Boonmee Kaewmala" (his own cost, "") and "Boonmee said of his neighbours" over two sentences (""); "Asked about Boonmee\'s neighbours, Pol Col Worawut said" (a plan, "") and "“We know who they are,” he said." (WORAWUT, who was asked, ""); "Chiang Mai University\'s Haze Research Unit said in a report published last month" (channel in the cue, "W"); the tourism association president "Anchalee Wongsuwan" (cancellations "W") and "She expects" ("", cue "expects"). Tail: related label and a headline, tags, a full-site link, copyright split at "Plc." before "All rights reserved." (all "B").',
    'Philippine REGIONAL BROADSHEET\'S LIVE BLOG (Cebu), desktop browser paste, NEWEST ENTRY FIRST, a WATER INTERRUPTION with "Ma." FOR MARIA AND A MIDDLE INITIAL, "Engr." AND "Barangay Captain" BEFORE NAMES, A NICKNAME IN QUOTATION MARKS WITH "Jr.", "Kapitan" AND "Aling" WITH A NICKNAME OR GIVEN NAME AND NAMES GIVEN IN FULL ONLY IN OLDER ENTRIES BELOW: MCWD\'s 24-hour water interruption in 27 barangays. Head: masthead, menu, "🔴 LIVE" (all "B"); headline "LIVE UPDATES: ..." ("W"); a last-updated line and "Pinned" ("B"); the pinned summary with "9 p.m. Wednesday" and "M.J. Cuenco Ave." mid-sentence ("W" twice). Entries under "B" time stamps with "Posted by" lines ("B"): 6:40 PM "Abellana told reporters at the MCWD main office on Magallanes Street" (the SURNAME resolving to the spokesperson named in full only at 9:00 AM, the place in the cue, "W") and "She said" (a forecast, ""); 4:55 PM "Kapitan Jun, as residents of Barangay Tejero call their barangay captain, said" (the NICKNAME resolving to "Rodolfo Pacaña Jr." named at 9:00 AM, "W") and "he said" (""); 3:20 PM "Aling Nena said" (resolving to "Nena Bacalso", named only in a 9:00 AM scene sentence with no verb of saying, ""), "Her neighbor, Marites Ybañez," ("") and "“Wala gyud koy ikalaba,” she said in Cebuano, meaning ..." (MARITES, language in the cue, "") and "Aling Nena said" (""); 2:10 PM a "Key event" line ("B") and "MCWD said in an advisory" (the acronym resolving, a forecast, ""); 1:05 PM "Councilor Nestor Abarquez Dacay ... said in a Facebook post" ("W") and "MCWD said" ("W"); 11:30 AM "The contractor, Duros Pipeworks Inc., has 46 welders ..., project engineer Alvin Quiñones-Laping said." ("Inc.," mid-sentence, the speaker named AFTER the claim, "W") and "he said" a date in a quote ("W"); 9:00 AM "Engr. Ma. Cristina L. Abellana, spokesperson of the Metropolitan Cebu Water District (MCWD)," ("Engr." dropped, "Ma." and the initial kept, "W"), "She said" ("W"), "Barangay Captain Rodolfo “Jun” Pacaña Jr. of Tejero said" (title and quoted nickname dropped, "Jr." kept, "W") and the scene naming Aling Nena (no speaker, ""); 7:15 AM a two-sentence greeting (""). Tail: load-older line, tags, copyright split at "Corp." before "All rights reserved." (all "B").',
    'Chinese STATE NEWS AGENCY\'S ENGLISH WIRE, pasted from its SUBSCRIBER FEED, a WATER PRICE HEARING with CHINESE NAMES FAMILY NAME FIRST, TWO UNRELATED WANGS OF DIFFERENT SEX, A RESIDENT KNOWN ONLY BY HER SURNAME, "Lao" BEFORE A SURNAME, A UTILITY\'S SHORT NAME, A WEIBO POST AND STRAIGHT QUOTES: a Hangzhou public hearing backs a 15.5 pct rise in the household water price. Head: service line, slug/priority line, filed line (all "B"); headline of record "W"; three bullets flagged by content ("W"; "Utility says ..." carrying "Qiantang Water Supply Group" as the body names it, "W"; what the proposal WOULD do, ""). Body: "HANGZHOU, Dec. 6 (Jinghua) --" lead "the Hangzhou Municipal Development and Reform Commission said" (the vote, "W"); "the commission said" (generic kept, what the plan would do, ""); "Wang Lihua, deputy director ..., who chaired the hearing," ("W") and "She said" the lottery ("W"); "Wang Jun" (a claim about the documents, "W") and "Wang Jun said" over two sentences (""); "The city\'s main water utility, Qiantang Water Supply Group, said in documents submitted to the hearing" (descriptor dropped, channel in the cue, "W"), "It said" a cost ("W") and "It said it would replace ..." (a plan, ""); "Wang Lihua said" ("W") and "she said, drawing laughter" (WANG LIHUA, the only woman named Wang, ""); "A retiree surnamed Zhou" (the phrase as written, age dropped, "") and "she said" over two sentences (""); a people\'s congress deputy "Sun Meifang" ("W") and "she said" (""); the tier rule (no speaker, "W"); "the commission said" (a plan, ""); "Chen Guoqiang, ..., known to his regulars as Lao Chen, represented ..." (no verb of saying, no speaker, ""), "Lao Chen said" over two sentences (resolving, ""), "He said" a causal vote ("W") and "Lao Chen said" (""); "Asked after the hearing whether the vote was binding, Wang said" (the CHAIR, Wang Lihua, by what she answers, "W"); "Wang Jun said" (a plan, ""); "Qiantang Water said in a post on its official Weibo account on Monday evening" (the SHORT FORM resolving, the channel in the cue, "W"), "The post said" (resolving to the utility, "W") and "It said" a plan (""); "according to the local office of the National Bureau of Statistics" ("W"). Tail: reporting/editing credit, a contact line, keywords, a related line, a copyright line in two sentences (all "B").',
    'Mongolian ENGLISH-LANGUAGE WEEKLY\'S EMAIL NEWSLETTER (Ulaanbaatar), pasted from a WEBMAIL client, a BUS FARE RISE with MONGOLIAN NAMES AS A PATRONYMIC INITIAL AND A GIVEN NAME, TWO UNRELATED ENKHTUYAS TOLD APART BY INITIAL AND BY TRADE, A TWO-LETTER "Ts." INITIAL, A ONE-NAME MAN AND THE NEWSLETTER\'S OWN VOICE: the adult bus fare doubles to ₮1,000 from January 1. Head: subject line, sender, date, "To: You", a view-in-browser line and a masthead with "Issue 148" (all "B"); a greeting and a teaser ("" both). The fare item: an upper-case headline of record ("W"); the Khural\'s 31-9 vote and cash fares (acts and prices, no speaker, "W"); "Deputy Governor G. Otgonbayar ... told the Khural" (title dropped, the initial kept, "W"), "Otgonbayar said" (the given name resolving, "W") and "she said" over two sentences (""); "the Ulaanbaatar Public Transport Authority (UBPTA) said" (free riders, "W") and "UBPTA said" (the acronym resolving, "W"); "B. Enkhtuya, ..., a nurse" (her own cost, "") and "she said" (""); "Another Enkhtuya, Ts. Enkhtuya, who sells buuz" (""), "she said" ("") and "She said" her own price (a vendor\'s price, "W"); "Enkhtuya the nurse said" (B. ENKHTUYA, told apart by her trade, a plan ""); "Khural member D. Batsaikhan" ("W"), "he said" ("") and "He said" a plan (""); "Asked by The Khangai Weekly ..., Otgonbayar said" ("W"); "Our take" (the newsletter\'s opinion, ""). A "BY THE NUMBERS" label ("B") and three list lines ("W"). The smog item: headline ("W"), "according to the National Agency for Meteorology and Environmental Monitoring" ("W") and "their sole maker, Ulaan Nüürs LLC, said" (descriptor dropped, "W"). The road item: a question-like headline (""), "the city says" inside the newsletter\'s own sentence ("W", speaker "the city"), a scene naming "a man named Ganzorig" (no speaker, ""), "Ganzorig said" (the one name, ""), "The Ulaanbaatar Road Development Department said" ("W") and "It said" ("W"). Tail: a forwarded line, an unsubscribe line, copyright split at "LLC." before "All rights reserved." (all "B").',
    'Kazakh ENGLISH-LANGUAGE NEWS WEBSITE\'S TEXT-ONLY EDITION (Astana), a SNOW-AND-ICICLE FINE with A KAZAKH NAME WITH AN "-uly" PATRONYMIC, A WOMAN WHOSE ONLY SURNAME IS A "-qyzy" PATRONYMIC, A KORYO-SARAM NAME WITH A RUSSIAN PATRONYMIC, "deputy akim", AN ACRONYM FOR AN OWNERS\' ASSOCIATION AND A Q&A BOX ANSWERED BY A PRESS SERVICE: Astana fines 212 building managers over snow-laden roofs after an icicle injures a student. Head: masthead, a switch line, crumb (all "B"); headline of record "W"; byline/date line and a rule ("B"). Body: "ASTANA –" lead (the administration acting, "the city akimat said", as written, "W") and "it said" with "(MCI)" and an article of the code ("W"); "Deputy akim Daniyar Serikuly Omarov told a briefing at the akimat" (title dropped, the "-uly" patronymic kept, channel in the cue, "W") and "Omarov said" over two sentences with a semicolon (""); the injury (no speaker, "W") and "according to the city\'s health department" ("W"); "The student\'s father, Nurzhan Abilov, told The Esil Observer by telephone" (a plan, "") and "he said" (""); "Valentina Grigoryevna Tsoy, who chairs the building\'s property owners\' association (OSI)," ("W"), "She said" ("W") and "Tsoy said" over two sentences (""); "Aigerim Bolatqyzy" (the owners\' vote, "W"), "she said" and "She said" (AIGERIM after two women, ""); "Tsoy said" the association\'s fine ("W") and "The OSI said in a notice on the building\'s door" (the ACRONYM resolving to "the building\'s property owners\' association", "W"); "Asked whether ..., Omarov said" ("W") and "“We fined ourselves too,” he said, “and we paid.”" (one sentence, ""); "a municipal contractor, Esil Qar Service LLP." ENDING a sentence before "It said ..." (no speaker "W", then the firm "W") and "The company said" (generic kept, a scheduled shift "W"); "Kazhydromet forecasts" and "It said" (forecasts, ""). A Q&A box: two label lines ("B"), "Q:" lines with no speaker ("") and "A:" answers carrying "the akimat\'s press service" with the prefix as cue (rules, "W"). Tail: a rule, a related line, a link line, copyright split at "LLP." before "All rights reserved." (all "B").',
    'Turkish NATIONAL DAILY\'S ENGLISH EDITION, its article SHARED FROM ITS APP (İzmir story), NIGHT WATER CUTS with TURKISH NAMES, "muhtar" AFTER A NAME, "Bey" AFTER A GIVEN NAME INSIDE QUOTES, "Prof. Dr." BEFORE A NAME, TWO NEIGHBOURS ALTERNATING AND TWO ACRONYMS WITH DOTTED CAPITALS: İzmir cuts water every night from 11 p.m. as Tahtalı Dam falls to 4 percent. Head: a shared-from line, crumb (both "B"); headline of record "W"; standfirst "İZSU says ...; muhtars say ..." (the acronym carrying "the İzmir Water and Sewerage Administration" as the lead names it, "W"); byline and a published/updated line with dotted dates ("B"); a caption "" and its credit "B". Body: the lead "the İzmir Water and Sewerage Administration (İZSU) announced Tuesday" ("W") and "according to İZSU data" (as written, "W"); "İZSU General Manager Selin Akdoğan" (title dropped, "W"), "She said" ("W") and "Akdoğan told reporters at the administration\'s headquarters in Konak" over two sentences (channel in the cue, ""); a "What you need to know" label ("B") and three bullets of record ("W"); "Kemal Yıldırım, muhtar of ...," ("W") and "Yıldırım said" (a causal quip, ""); "Fatma Aksoy" and "Her neighbor Zeynep Kara" in one paragraph (""), "she said" (ZEYNEP, ""); "“Kemal Bey has promised us a tanker every evening,” Aksoy said." and its second sentence (the muhtar named INSIDE her quote by "Bey", "") against "“Kemal Bey promises a lot,” Kara said, laughing." (""); a barber "Hasan Çelik" and "he said" (""); "Yıldırım said" ("W") and "“Hasan takes water up to the old ladies on his scooter,” he said." (YILDIRIM, the barber named inside the quote, ""); "Prof. Dr. Levent Ergüven" (both titles dropped, "W"), "he said" ("") and "He said" ("W"); "The central government\'s General Directorate of State Hydraulic Works (DSİ) said in a statement" (descriptor dropped, "W") and "DSİ urged" (""); "Deputy Mayor Mustafa Tahsin Gür" ("W"), "He said" (a plan, "") and "Gür said" (""). Tail: also-read label and a headline, a read-more line, an app line, the article URL (all "B").',
    'Iranian GOVERNMENT-OWNED ENGLISH DAILY\'S E-PAPER, text copied from its PDF edition (Tehran), a METRO AND BUS FARE RISE with PERSIAN COMPOUND NAMES, "Seyyed" BEFORE A NAME, "Haj Agha" AS A SHOPKEEPERS\' NAME FOR A MAN, TWO UNRELATED REZAEIS, A SPEAKER NAMED AFTER HER QUOTE, A "quoted ... as saying" CUE, A STATEMENT READ OUT, A PAGE JUMP AND A FARE TABLE: Tehran metro and bus fares to rise 25% from Nowruz. Head: masthead, a volume/date line with "No. 7412" and the Iranian date, a page running head (all "B"); headline of record "W"; standfirst "Council approves ...; transport committee chief says ..." (the role noun carrying "Mohammad-Javad Hosseini-Nasab" as the body names him, "W"); byline ("B"). Body: the vote and the new fare in rials and tomans (no speaker, "W"); a caption "" and its credit "B"; "Seyyed Mohammad-Javad Hosseini-Nasab" ("Seyyed" dropped, "W"), "He said" ("W") and "Hosseini-Nasab was quoted by the council\'s news site as saying" (the whole phrase as cue, ""); "“The last time ...,” said Fatemeh Ansari-Rad, one of the six ..." (named AFTER the quote, "W"), "She said" ("") and "she said" (""); the page jump: "Continued on Page 7", the page-7 running head, a jump head and "Continued from Page 3" (all "B"); "In a statement read to the session by its deputy managing director, TMOC said" (the company, not the reader, fronted channel, the ACRONYM resolving, "W") and "The statement said" (resolving to the company, "W"); a fare table (title, header and source "B", four rows ""); "Maryam Rezaei" ("") and "Zahra Rezaei-Moghaddam, a teacher who is no relation," (""), "she said" (ZAHRA, "") and "Rezaei said" (MARYAM, the only plain Rezaei, ""); "Hamid Karimi, ..., whom the other shopkeepers call Haj Agha," ("") and "Haj Agha said, laughing" (resolving, ""); "Hosseini-Nasab said" free riders (a rule, "W"), "Asked about the carriages, Hosseini-Nasab said" ("W") and "he said" (""); "The semi-official Persia Press Agency (PPA) reported" (descriptor dropped, cue "reported", "W"), "Masoud Jafari ... told PPA" (a forecast, "") and "he said" a comparison ("W"); a conditional rule on the resolution (no speaker, "W"). Tail: the reporter\'s initials, a publisher line, a subscriptions line (all "B").',
    'Ethiopian PRIVATE ENGLISH WEEKLY read in a NEWS-AGGREGATOR APP (Addis Ababa), a WATER RATIONING SCHEDULE with ETHIOPIAN NAMES (GIVEN NAME AND FATHER\'S NAME) RETURNING BY THE GIVEN NAME WITH "Ato", "W/ro", "W/t" AND "Dr.", TWO UNRELATED PEOPLE WHO SHARE A FATHER\'S NAME, A ONE-NAME SELLER, THE ETHIOPIAN CALENDAR AND CLOCK, AND A SERVICE BOX: water only three days a week for 1.2 million Addis residents as Legedadi pumps fail. Head: the aggregator\'s name, a feed crumb, a source/age/read-time line (all "B"); headline of record "W"; an open-original line ("B"). Body: the lead "the Addis Ababa Water and Sewerage Authority (AAWSA) said" ("W") and "the authority said" with "Tir 15, 2020 E.C. (January 24, 2028)" (generic kept, "E.C." mid-sentence, "W"); "Ato Tesfaye Bekele, AAWSA\'s head of communications," ("Ato" dropped, "W"), "He said" ("W") and "Ato Tesfaye said" (the title and GIVEN name resolving, advice ""); "Ato Tesfaye said" hours in both clocks ("W"); a service box (title and header "B", three rows of record "W", source "B"); "W/ro Almaz Bekele" ("W/ro" dropped, "") and "she said" (""); a scene sentence that she shares her father\'s name with Ato Tesfaye (no speaker, ""); "Her neighbour\'s daughter, W/t Hiwot Tadesse," ("W"), "she said" and "She said" (HIWOT, ""); "W/ro Almaz said" (""); "A water seller who gave only his first name, Kebede," (his price, "W") and "he said" (""); "Ato Dawit Alemu" ("" twice); "Asked about hotels, Ato Tesfaye said" a rule and a price ("W"); "Dr. Mekdes Haile" (""), "She said" ("W") and "Dr. Mekdes said" (""); "The Addis Ababa City Administration said in a statement read on state television on Friday evening" (channel in the cue, "W") and "The statement said" (resolving to the administration, "W"); "AAWSA said in a post on its Telegram channel" ("W"), "It said" and "AAWSA said" (the acronym resolving, "W"). Tail: a read-full-story line, a more-from label and a headline, a follow line, an action line (all "B").',
    'Ghanaian RADIO STATION\'S NEWS WEBSITE (Kumasi), PRINT VIEW paste, a TROTRO FARE RISE with "Nana" AND "Hon." BEFORE NAMES, A DOUBLE SURNAME RETURNING AS "Nana Frimpong", A ROLE ACRONYM ("the MCE") FOR THE SPEAKER, TWO MARKET WOMEN KNOWN AS "Maame Efua" AND "Auntie Akos", "Mr" WITH THE LAST PART OF A NAME AND A TRANSCRIBED RADIO INTERVIEW IN TURNS: Kumasi trotro fares up 15% from Monday. Head: the print URL, masthead/tagline, a print/close line (all "B"); a headline with a semicolon ("W"); byline/date line ("B"); a caption "" and its credit "B". Body: the lead "the Ghana Commercial Drivers\' Alliance (GCDA) has announced" (cue as written, "W"); "according to a fare chart released by the alliance on Friday" ("W"); "Nana Kwabena Frimpong Manso" ("Nana" dropped, causal "W") and "Nana Frimpong said" over three sentences (title and first surname resolving, ""); an intro sentence ("") and an editing note ("B"). Turns: "ADJEI-MENSAH:" questions with no speaker (""), one citing "Some passengers say" (speaker "Some passengers", ""); "NANA FRIMPONG:" answers, every sentence carrying "Kwabena Frimpong Manso" with the prefix as cue (a request and a price history, a suspension rule and a luggage rule "W"; a concession, a denial and an aside ""). A "REACTIONS" label ("B"); "The Kumasi Metropolitan Chief Executive (MCE), Hon. Abena Serwaa Antwi," ("Hon." dropped, "W"), "the MCE said" (the ROLE ACRONYM resolving to her, "") and "KMA said" (the acronym resolving, a scheduled check "W"); "Efua Asantewaa, ..., known to the drivers as Maame Efua," and "Her friend Akosua Boatemaa, ..., whom everyone calls Auntie Akos," (""), "she said" (AKOSUA, ""), "Maame Efua said" and "She said" (EFUA, ""); the station master "Yaw Sarpong Darko" ("W"), "Mr Darko said" (the last part of the name resolving, a levy "W") and "he said" (""); "according to the National Petroleum Authority\'s pricing data" ("W"); "The Ministry of Transport did not respond to a request for comment" (""). Tail: a programme line ENDING "from 5 a.m. on 101.3 FM." ("B"), tags, a printed-from line, copyright split at "Ltd." before "All rights reserved." (all "B").',
]

ARTICLES = [
    [
        [
            ("THE NUSANTARA COURANT", "", "", "B"),
        ],
        [
            ("Sign in | Subscribe | E-Paper | Bahasa Indonesia", "", "", "B"),
        ],
        [
            (
                "Indonesia   Jakarta   Archipelago   Business   World   Opinion   Lifestyle   Sports",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home › Archipelago › West Java", "", "", "B"),
        ],
        [
            (
                "Bandung cuts trash pickups to every other day as Sarimukti landfill halves city's quota",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "City says households must sort food scraps from Monday; collectors in Cicadas say they have not been paid since October",
                "the Bandung administration",
                "says",
                "W",
            ),
        ],
        [
            ("Dewi Kartikasari (The Nusantara Courant)", "", "", "B"),
        ],
        [
            ("Bandung, West Java   ●   Tue, November 9, 2027 - 17:12", "", "", "B"),
        ],
        [
            ("Share   Facebook   X   WhatsApp   Line   Copy link", "", "", "B"),
        ],
        [
            (
                "A collector pulls his cart past a pile of uncollected rubbish on Jl. Cikapundung Barat in Bandung on Monday.",
                "",
                "",
                "",
            ),
            ("(The Nusantara Courant/Dewi Kartikasari)", "", "", "B"),
        ],
        [
            (
                "Bandung will collect household rubbish only every other day from Monday after the regional landfill at Sarimukti cut the amount of waste it takes from the city by half, the Bandung administration announced on Tuesday.",
                "the Bandung administration",
                "announced",
                "W",
            ),
        ],
        [
            (
                "Under the new quota, the city's trucks may tip 560 tonnes a day at Sarimukti, down from 1,120 tonnes, according to a Nov. 3 letter from the West Java provincial environment agency.",
                "a Nov. 3 letter from the West Java provincial environment agency",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The head of the Bandung Environment Agency (DLH), Sri Rahayu Handayani, said the landfill's active cell was nearly full and that a second cell would not open before March.",
                "Sri Rahayu Handayani",
                "said",
                "W",
            ),
            (
                "She said the city produced about 1,600 tonnes of waste a day, and that 58 percent of it was food scraps.",
                "Sri Rahayu Handayani",
                "said",
                "W",
            ),
        ],
        [
            (
                "“If every kitchen in Bandung kept its food scraps out of the bin, we would not be having this conversation,” Sri Rahayu said.",
                "Sri Rahayu Handayani",
                "said",
                "",
            ),
            ("“Sorting is no longer a campaign.", "Sri Rahayu Handayani", "said", ""),
            ("From Monday it is the rule.”", "Sri Rahayu Handayani", "said", "W"),
        ],
        [
            (
                "Under a mayoral regulation signed on Monday, collectors may leave unsorted bags at the kerb, and a neighbourhood unit (RT) whose households fail to sort for a month can be fined Rp 500,000 (US$31).",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "DLH said food scraps would be collected on Mondays, Wednesdays and Fridays, and plastics and other waste on Tuesdays, Thursdays and Saturdays.",
                "the Bandung Environment Agency",
                "said",
                "W",
            ),
            (
                "It said residents with a yard should compost their food scraps at home.",
                "the Bandung Environment Agency",
                "said",
                "",
            ),
        ],
        [
            (
                "Suparman, a 52-year-old collector who, like many Indonesians, goes by one name, said the piles in his alleys had grown every day since the quota was cut.",
                "Suparman",
                "said",
                "",
            ),
            (
                "He said the Cicadas neighbourhood association had not paid his monthly wage of Rp 1.8 million since October.",
                "Suparman",
                "said",
                "W",
            ),
        ],
        [
            ("“People think the rubbish disappears by itself,” he said.", "Suparman", "said", ""),
            ("“It disappears because Pak Suparman carries it.”", "Suparman", "said", ""),
        ],
        [
            (
                "The association's treasurer, who gave his name as Pak Didin, said only 124 of its 310 households had paid their collection fee this year.",
                "Didin",
                "said",
                "W",
            ),
            (
                "He said the association would raise the fee from Rp 15,000 to Rp 25,000 a month in January.",
                "Didin",
                "said",
                "",
            ),
        ],
        [
            (
                "Neneng Sumarni, 44, who sells fried tofu from her front room on the same alley, said she had begun sorting her rubbish in September.",
                "Neneng Sumarni",
                "said",
                "",
            ),
            ("Her neighbour, Euis Komalasari, said she had not.", "Euis Komalasari", "said", ""),
            (
                "“Where would I put three bins?” she said, pointing at a doorway barely wider than her shoulders.",
                "Euis Komalasari",
                "said",
                "",
            ),
            ("“I have one kitchen and four children.”", "Euis Komalasari", "said", ""),
        ],
        [
            (
                "Neneng said her scraps went to a neighbour who keeps catfish, and laughed when Bu Euis asked whether he would take hers too.",
                "Neneng Sumarni",
                "said",
                "",
            ),
        ],
        [
            ("A landfill ‘at its limit’", "", "", ""),
        ],
        [
            (
                "Sarimukti is run by a provincial body, the Regional Waste Management Office, which said in a statement that the landfill had taken in an average of 2,300 tonnes a day this year from Bandung, Cimahi and West Bandung regency, against a design load of 1,600 tonnes.",
                "the Regional Waste Management Office",
                "said in a statement",
                "W",
            ),
            (
                "It said Bandung's share had been cut because the city sent 14 percent more waste than agreed in the first nine months of the year.",
                "the Regional Waste Management Office",
                "said",
                "W",
            ),
        ],
        [
            (
                "Asked about the overshoot, Sri Rahayu said two of the city's transfer stations had been shut for repairs in July and August, so trucks had gone straight to the landfill.",
                "Sri Rahayu Handayani",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tedi Hidayat, a city councillor who chairs the council's development commission, said the administration had known about the landfill limit since May.",
                "Tedi Hidayat",
                "said",
                "W",
            ),
            (
                "“They waited until the piles reached the main roads,” Tedi said.",
                "Tedi Hidayat",
                "said",
                "",
            ),
            (
                "“Now they ask grandmothers to fix it with three plastic bags.”",
                "Tedi Hidayat",
                "said",
                "",
            ),
        ],
        [
            (
                "A post on the agency's Instagram account on Tuesday evening said 47 of the city's 151 temporary collection points had been cleared since Saturday.",
                "the Bandung Environment Agency",
                "said",
                "W",
            ),
            (
                "It urged residents not to burn rubbish in the street.",
                "the Bandung Environment Agency",
                "urged",
                "",
            ),
        ],
        [
            (
                "Bandung's mayor, who was in Jakarta on Tuesday for a meeting at the Environment Ministry, did not respond to a request for comment.",
                "Bandung's mayor",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            ("Read also:", "", "", "B"),
        ],
        [
            ("Cimahi residents block landfill trucks over smell", "", "", "B"),
        ],
        [
            ("West Java to build waste-to-energy plant by 2030, governor says", "", "", "B"),
        ],
        [
            ("Topics: #Bandung #waste #landfill #WestJava", "", "", "B"),
        ],
        [
            ("Comments (12)", "", "", "B"),
        ],
        [
            (
                "About Us | Contact | Careers | Advertise | Privacy Policy | Terms of Use",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 PT Warta Kencana Tbk.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("☰   MalaysiaLens   🔍", "", "", "B"),
        ],
        [
            ("Read in: BM | 中文", "", "", "B"),
        ],
        [
            ("Get the MalaysiaLens app — faster, fewer ads", "", "", "B"),
        ],
        [
            ("News › Nation › Penang", "", "", "B"),
        ],
        [
            (
                "Penang to raise George Town street parking to RM1.20 an hour from Jan 1",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Council says rate unchanged since 2011; hawkers fear lunch crowd will drive to the malls",
                "the Penang Island City Council",
                "says",
                "W",
            ),
        ],
        [
            ("Chloe Ng Hui Wen", "", "", "B"),
        ],
        [
            ("Published: Nov 18, 2027 7:05 PM · Updated: Nov 19, 2027 9:41 AM", "", "", "B"),
        ],
        [
            ("Listen · 4 min", "", "", "B"),
        ],
        [
            ("Cars parked along Lebuh Chulia in George Town, Nov 17, 2027.", "", "", ""),
            ("— MalaysiaLens pic by Chloe Ng Hui Wen", "", "", "B"),
        ],
        [
            (
                "GEORGE TOWN, Nov 18 — Street parking in George Town will cost RM1.20 an hour from January 1, up from 80 sen, the Penang Island City Council (MBPP) said today.",
                "the Penang Island City Council",
                "said",
                "W",
            ),
            (
                "Paid hours will also run until 7pm instead of 6pm on weekdays, and until 1pm on Saturdays, it said in a statement.",
                "the Penang Island City Council",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "MBPP said the rate had not changed since 2011 and that the increase would help pay for 1,450 electronic meters and a parking app to replace paper coupons.",
                "the Penang Island City Council",
                "said",
                "W",
            ),
        ],
        [
            (
                "The council's director of urban services, Datuk Rosli Mat Saman, said paper coupons bought before January 1 would remain valid until March 31.",
                "Rosli Mat Saman",
                "said",
                "W",
            ),
            (
                "“After March, it is the app or the meter — there is no third way,” Rosli said when contacted.",
                "Rosli Mat Saman",
                "said when contacted",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Scroll to continue with content", "", "", "B"),
        ],
        [
            (
                "He said 312 of the city's 9,800 street bays would be set aside for motorcycles and 120 for disabled drivers.",
                "Rosli Mat Saman",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tan Kah Seng, chairman of the George Town Hawkers and Traders Association, said its 460 members had not been consulted.",
                "Tan Kah Seng",
                "said",
                "W",
            ),
            (
                "“Our customers stop for 20 minutes, buy char koay teow and go,” Tan said.",
                "Tan Kah Seng",
                "said",
                "",
            ),
            (
                "“Now they will drive to the mall, where parking is free for three hours.”",
                "Tan Kah Seng",
                "said",
                "",
            ),
        ],
        [
            (
                "Madam Tan Ah Moi, 67, who has sold popiah from a pushcart on Lebuh Cintra for 41 years and is no relation, said most of her customers were office workers who parked for less than half an hour.",
                "Tan Ah Moi",
                "said",
                "",
            ),
            (
                "“Eighty sen, one ringgit twenty — they will still come for lunch,” Madam Tan said.",
                "Tan Ah Moi",
                "said",
                "",
            ),
            ("“It is the rent that will kill us, not the parking.”", "Tan Ah Moi", "said", ""),
        ],
        [
            (
                "K. Thanabalan, 61, who has pedalled a trishaw around the heritage zone since 1988, said the council should close Lebuh Armenian to cars altogether.",
                "K. Thanabalan",
                "said",
                "",
            ),
            (
                "Thanabalan said he had counted 14 tour vans parked on the yellow lines there on Sunday morning.",
                "K. Thanabalan",
                "said",
                "",
            ),
            (
                "“Double the charge, triple it — the vans do not pay anyway,” he said.",
                "K. Thanabalan",
                "said",
                "",
            ),
        ],
        [
            ("‘Nobody asked us’", "", "", ""),
        ],
        [
            (
                "Councillor Nurul Huda Kamaruddin said she had asked for a public hearing at the council's full meeting on Nov 4, but the motion was defeated 18-5.",
                "Nurul Huda Kamaruddin",
                "said",
                "W",
            ),
            (
                "“Some of my colleagues have never bought a parking coupon in their lives,” Nurul Huda said.",
                "Nurul Huda Kamaruddin",
                "said",
                "",
            ),
        ],
        [
            (
                "She said she would raise the matter again at the December meeting.",
                "Nurul Huda Kamaruddin",
                "said",
                "",
            ),
        ],
        [
            (
                "State local government committee chairman Chow Boon Keat said the state executive council had approved the new rate on Oct 27.",
                "Chow Boon Keat",
                "said",
                "W",
            ),
            (
                "He said the extra revenue would be spent on repairing five-foot ways in the heritage zone.",
                "Chow Boon Keat",
                "said",
                "",
            ),
        ],
        [
            (
                "Suara Pengguna Pulau Pinang (SPPP), a consumer group, said in a Facebook post that the new rate was 50 per cent higher than the 80 sen an hour charged by Seberang Perai City Council on the mainland.",
                "Suara Pengguna Pulau Pinang",
                "said in a Facebook post",
                "W",
            ),
            (
                "SPPP urged the council to make the first 15 minutes free.",
                "Suara Pengguna Pulau Pinang",
                "urged",
                "",
            ),
        ],
        [
            (
                "Asked about the proposal, Rosli said the app would charge by the minute after the first half hour.",
                "Rosli Mat Saman",
                "said",
                "W",
            ),
        ],
        [
            (
                "Street parking brought the council RM21.4 million last year, according to MBPP's 2026 annual report.",
                "MBPP's 2026 annual report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Tan said the association would send a memorandum to the state assembly next week.",
                "Tan Kah Seng",
                "said",
                "",
            ),
        ],
        [
            ("Related Articles", "", "", "B"),
        ],
        [
            ("Penang hawkers' rent review postponed to 2028", "", "", "B"),
        ],
        [
            ("Komtar car park to go cashless from December", "", "", "B"),
        ],
        [
            ("Back to top ▲", "", "", "B"),
        ],
        [
            ("© 2027 Lensa Digital Sdn. Bhd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("redriverdispatch.vn", "", "", "B"),
        ],
        [
            (
                "Motorbikes to be banned from Long Biên Bridge for six months from December 1",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Thu Trang", "", "", "B"),
        ],
        [
            ("November 12, 2027", "", "", "B"),
        ],
        [
            ("5–6 minutes", "", "", "B"),
        ],
        [
            ("Motorbikes cross Long Biên Bridge during the morning rush hour.", "", "", ""),
            ("RRD Photo Minh Đức", "", "", "B"),
        ],
        [
            (
                "HÀ NỘI — Motorbikes will be banned from Long Biên Bridge for six months from December 1 while its steel deck and railings are repaired, the Hà Nội People's Committee said on Tuesday.",
                "the Hà Nội People's Committee",
                "said",
                "W",
            ),
            (
                "Trains will keep crossing the 125-year-old bridge, but only between 9pm and 5am, according to a decision signed by the committee's vice chairman.",
                "a decision signed by the committee's vice chairman",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Nguyễn Văn Hùng, director of the Hà Nội Traffic Works Project Board (TWPB), said inspectors had found corrosion on 2,400 of the 5,800 steel plates in the bridge's deck.",
                "Nguyễn Văn Hùng",
                "said",
                "W",
            ),
            ("“Some plates are thinner than my finger,” Hùng said.", "Nguyễn Văn Hùng", "said", ""),
            (
                "“We cannot let 28,000 motorbikes a day ride on them for another winter.”",
                "Nguyễn Văn Hùng",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the work would cost VNĐ96 billion (US$3.8 million) from the city budget.",
                "Nguyễn Văn Hùng",
                "said",
                "",
            ),
        ],
        [
            (
                "Motorbikes will be diverted to Chương Dương Bridge, about 1km downstream, where traffic police will be posted at both ends from 6am to 9am and from 4pm to 7pm, the committee said.",
                "the committee",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to the board, about 28,000 motorbikes cross Long Biên every day, two-thirds of them before 9am.",
                "the board",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Lieutenant Colonel Lê Văn Thắng, deputy head of the city police's traffic division, told reporters that riders caught on the bridge after December 1 would be fined VNĐ800,000.",
                "Lê Văn Thắng",
                "told reporters",
                "W",
            ),
            (
                "Thắng said officers would guard both ends of the bridge around the clock for the first two weeks.",
                "Lê Văn Thắng",
                "said",
                "W",
            ),
            (
                "“The first fine is a lesson; the second is a habit,” he said.",
                "Lê Văn Thắng",
                "said",
                "",
            ),
        ],
        [
            (
                "Nguyễn Thị Hồng, 58, who sells bananas from a bicycle at the city end of the bridge, said she had crossed it every morning since 1991.",
                "Nguyễn Thị Hồng",
                "said",
                "",
            ),
            (
                "“If I go round by Chương Dương, my bananas arrive after the customers have gone to work,” Ms Hồng said.",
                "Nguyễn Thị Hồng",
                "said",
                "",
            ),
        ],
        [
            (
                "Her friend Lê Thị Thu Hà, who sells vegetables at Long Biên Market, said she would stay home in Gia Lâm until the bridge reopened.",
                "Lê Thị Thu Hà",
                "said",
                "",
            ),
            ("“Hà Nội will not wait for me,” she said.", "Lê Thị Thu Hà", "said", ""),
            ("“So I will wait for Hà Nội.”", "Lê Thị Thu Hà", "said", ""),
        ],
        [
            (
                "Ms Hồng said nobody had told the traders about the ban until a ward official came to the market on Wednesday afternoon.",
                "Nguyễn Thị Hồng",
                "said",
                "",
            ),
        ],
        [
            (
                "Nguyễn Văn Hưng, chairman of the Hồng Hà Ward People's Committee, said the ward had put up 40 notices and sent text messages to 3,100 households since Tuesday.",
                "Nguyễn Văn Hưng",
                "said",
                "W",
            ),
            (
                "Hưng said the ward would run a free minibus for market traders across Chương Dương Bridge every 20 minutes from 4am to 7am.",
                "Nguyễn Văn Hưng",
                "said",
                "W",
            ),
            (
                "“Nobody in Hồng Hà can say they were not told,” Hưng said.",
                "Nguyễn Văn Hưng",
                "said",
                "",
            ),
        ],
        [
            (
                "Phạm Quốc Tuấn, 34, a ride-hailing driver waiting for passengers at the Gia Lâm end of the bridge, said the detour would add 15 minutes to every trip.",
                "Phạm Quốc Tuấn",
                "said",
                "",
            ),
            (
                "“The app will not pay me for those 15 minutes,” he said.",
                "Phạm Quốc Tuấn",
                "said",
                "",
            ),
            (
                "Tuấn said drivers had asked the ride-hailing company to add a fee for the detour.",
                "Phạm Quốc Tuấn",
                "said",
                "",
            ),
        ],
        [
            ("A bridge of many repairs", "", "", ""),
        ],
        [
            (
                "Steel plates removed from the bridge's deck during an inspection in September.",
                "",
                "",
                "",
            ),
            ("Photo courtesy of TWPB", "", "", "B"),
        ],
        [
            (
                "Trần Đức Minh, an architectural historian who has written two books on the bridge, said it had been repaired at least nine times since 1954.",
                "Trần Đức Minh",
                "said",
                "W",
            ),
            (
                "“Every repair takes away a little of the original,” Minh said.",
                "Trần Đức Minh",
                "said",
                "",
            ),
            (
                "“This time, at least, they have promised to keep the rivets.”",
                "Trần Đức Minh",
                "said",
                "",
            ),
        ],
        [
            (
                "TWPB said in a post on its website that the contract had been awarded on November 5 to Thăng Long Steel Bridge JSC, the only bidder.",
                "the Hà Nội Traffic Works Project Board",
                "said in a post on its website",
                "W",
            ),
            (
                "It said original rivets would be kept wherever they were sound.",
                "the Hà Nội Traffic Works Project Board",
                "said",
                "",
            ),
        ],
        [
            (
                "Asked whether the bridge would reopen on time, Hùng said the steel had been ordered in October from a mill in Thái Nguyên province.",
                "Nguyễn Văn Hùng",
                "said",
                "W",
            ),
            (
                "“Mr Hưng's minibus will be busy until June,” he said.",
                "Nguyễn Văn Hùng",
                "said",
                "",
            ),
        ],
        [
            (
                "Pedestrians and cyclists may still use the walkway on the downstream side of the bridge, the decision said.",
                "a decision signed by the committee's vice chairman",
                "said",
                "W",
            ),
        ],
        [
            (
                "Hà Nội has about 7.2 million registered motorbikes, according to the city police.",
                "the city police",
                "according to",
                "W",
            ),
        ],
        [
            ("Tags: Long Biên Bridge · Hà Nội · traffic", "", "", "B"),
        ],
        [
            ("View original", "", "", "B"),
        ],
    ],
    [
        [
            ("siambeacon.tv/amp/news/regional/chiang-mai-schools-closed-pm25", "", "", "B"),
        ],
        [
            ("SIAM BEACON   ▶ WATCH LIVE", "", "", "B"),
        ],
        [
            ("Thailand | Regional | North", "", "", "B"),
        ],
        [
            (
                "Chiang Mai shuts 212 schools for two days as PM2.5 hits 186 microgrammes",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Health chief says hospital visits for breathing problems up 40% in a week; police arrest 14 for burning in Mae Taeng",
                "Somkiat Thongdee",
                "says",
                "W",
            ),
        ],
        [
            ("By Siam Beacon Online | 15 Mar 2028, 15:20", "", "", "B"),
        ],
        [
            ("Share: LINE   Facebook   X", "", "", "B"),
        ],
        [
            (
                "A tuk-tuk driver in a mask waits near Tha Phae Gate in Chiang Mai on Wednesday, as smog hides Doi Suthep.",
                "",
                "",
                "",
            ),
            ("(Photo: Siam Beacon/Panya Chaiyasit)", "", "", "B"),
        ],
        [
            (
                "CHIANG MAI: All 212 state schools in Mueang Chiang Mai and six neighbouring districts will close on Thursday and Friday after fine-dust levels reached 186 microgrammes per cubic metre of air on Wednesday morning, the provincial governor's office announced.",
                "the provincial governor's office",
                "announced",
                "W",
            ),
            (
                "Pupils will be taught online, and schools will reopen on Monday if the level falls below 75, it said.",
                "the provincial governor's office",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dr Somkiat Thongdee, chief of the Chiang Mai Provincial Public Health Office, said 9,420 people had been treated at state hospitals in the province for breathing problems in the past week, up 40% from the week before.",
                "Somkiat Thongdee",
                "said",
                "W",
            ),
            (
                "He said 61 of them had been admitted, most of them children under five and people over 70.",
                "Somkiat Thongdee",
                "said",
                "W",
            ),
            (
                "“Stay indoors, close the windows, and if you must go out, wear an N95, not a cloth mask,” Dr Somkiat said.",
                "Somkiat Thongdee",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the Pollution Control Department (PCD), Chiang Mai has recorded PM2.5 above the national 24-hour limit on 41 of the 74 days since January 1.",
                "the Pollution Control Department",
                "according to",
                "W",
            ),
            (
                "The PCD said satellites had detected 1,870 fire hotspots in the province on Tuesday, most of them in forest reserves and maize fields.",
                "the Pollution Control Department",
                "said",
                "W",
            ),
        ],
        [
            ("PM2.5 at 9am Wednesday (µg/m³)", "", "", "B"),
        ],
        [
            ("Mueang Chiang Mai   186", "", "", ""),
        ],
        [
            ("Mae Taeng   203", "", "", ""),
        ],
        [
            ("Chiang Dao   171", "", "", ""),
        ],
        [
            ("San Kamphaeng   158", "", "", ""),
        ],
        [
            ("Source: Pollution Control Department", "", "", "B"),
        ],
        [
            (
                "Ratchanee Inthawong, a 36-year-old mother of two who goes by the nickname Nok, said her younger son had been coughing for a week.",
                "Ratchanee Inthawong",
                "said",
                "",
            ),
            (
                "“Online school means I stay home too, and nobody pays me for that,” Nok said.",
                "Ratchanee Inthawong",
                "said",
                "",
            ),
        ],
        [
            (
                "Kanokwan Saengthong, who teaches Year 3 at a school in Mueang district, said only 16 of her 32 pupils had a tablet or a computer at home.",
                "Kanokwan Saengthong",
                "said",
                "",
            ),
            (
                "“The other half will watch on their mothers' phones, if their mothers are home,” she said.",
                "Kanokwan Saengthong",
                "said",
                "",
            ),
        ],
        [
            ("Nok, who had come to collect her son's worksheets, nodded.", "", "", ""),
            ("“Mine is one of those phones,” she said.", "Ratchanee Inthawong", "said", ""),
            (
                "Kanokwan said she would print worksheets for the pupils without a screen.",
                "Kanokwan Saengthong",
                "said",
                "",
            ),
        ],
        [
            ("‘They burn because it is cheap’", "", "", ""),
        ],
        [
            (
                "Pol Col Worawut Suksawat, superintendent of Mae Taeng police station, said officers had arrested 14 people for setting fires in the district since February.",
                "Worawut Suksawat",
                "said",
                "W",
            ),
            (
                "He said the maximum penalty for burning in a forest reserve was five years in prison and a fine of 500,000 baht.",
                "Worawut Suksawat",
                "said",
                "W",
            ),
        ],
        [
            (
                "A maize farmer in Mae Taeng, Boonmee Kaewmala, 55, said he burned his stubble because hiring a tractor to plough it in cost 1,200 baht a rai.",
                "Boonmee Kaewmala",
                "said",
                "",
            ),
            (
                "“They burn because it is cheap,” Boonmee said of his neighbours.",
                "Boonmee Kaewmala",
                "said",
                "",
            ),
            ("“The feed company buys the corn either way.”", "Boonmee Kaewmala", "said", ""),
        ],
        [
            (
                "Asked about Boonmee's neighbours, Pol Col Worawut said officers would visit every village in the district before the end of the month.",
                "Worawut Suksawat",
                "said",
                "",
            ),
            ("“We know who they are,” he said.", "Worawut Suksawat", "said", ""),
        ],
        [
            (
                "Chiang Mai University's Haze Research Unit said in a report published last month that 62% of the province's fine dust in March 2027 came from burning in Chiang Mai and neighbouring provinces, and 23% from fires across the border.",
                "Chiang Mai University's Haze Research Unit",
                "said in a report published last month",
                "W",
            ),
        ],
        [
            (
                "Anchalee Wongsuwan, president of the Chiang Mai Tourism Business Association, said 3,200 hotel bookings had been cancelled since March 1.",
                "Anchalee Wongsuwan",
                "said",
                "W",
            ),
            (
                "She expects occupancy to stay below 50% for the rest of the month.",
                "Anchalee Wongsuwan",
                "expects",
                "",
            ),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Lamphun declares haze disaster zone in three districts", "", "", "B"),
        ],
        [
            ("Tags: Chiang Mai, PM2.5, haze, schools", "", "", "B"),
        ],
        [
            ("View full site", "", "", "B"),
        ],
        [
            ("© 2028 Siam Beacon Broadcasting Plc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE VISAYAN CHRONICLE", "", "", "B"),
        ],
        [
            ("News | Cebu | Business | Sports | Opinion | Lifestyle | Live", "", "", "B"),
        ],
        [
            ("🔴 LIVE", "", "", "B"),
        ],
        [
            ("LIVE UPDATES: MCWD's 24-hour water interruption in 27 barangays", "", "", "W"),
        ],
        [
            ("Last updated: January 20, 2028, 6:40 PM", "", "", "B"),
        ],
        [
            ("Pinned", "", "", "B"),
        ],
        [
            (
                "Water supply is cut from 9 p.m. Wednesday to 9 p.m. Thursday in 27 barangays in Cebu City and Mandaue while a 1,000-millimeter transmission line on M.J. Cuenco Ave. is replaced.",
                "",
                "",
                "W",
            ),
            ("Water tankers serve the affected areas from 6 a.m. Thursday.", "", "", "W"),
        ],
        [
            ("6:40 PM", "", "", "B"),
        ],
        [
            (
                "Abellana told reporters at the MCWD main office on Magallanes Street that the new pipe had been welded in place at 5:15 p.m., ahead of schedule.",
                "Ma. Cristina L. Abellana",
                "told reporters at the MCWD main office on Magallanes Street",
                "W",
            ),
            (
                "She said water would reach higher areas such as Barangay Busay last, possibly after midnight.",
                "Ma. Cristina L. Abellana",
                "said",
                "",
            ),
        ],
        [
            ("Posted by Kristine Mae Dagatan", "", "", "B"),
        ],
        [
            ("4:55 PM", "", "", "B"),
        ],
        [
            (
                "Kapitan Jun, as residents of Barangay Tejero call their barangay captain, said the tanker had come to the barangay only once since morning.",
                "Rodolfo Pacaña Jr.",
                "said",
                "W",
            ),
            ("“We have 11,000 people and one tanker,” he said.", "Rodolfo Pacaña Jr.", "said", ""),
        ],
        [
            ("Posted by Jerome Tañedo", "", "", "B"),
        ],
        [
            ("3:20 PM", "", "", "B"),
        ],
        [
            (
                "Aling Nena said she had filled every pot in her kitchen on Wednesday night, and was down to her last basin by lunch.",
                "Nena Bacalso",
                "said",
                "",
            ),
            (
                "Her neighbor, Marites Ybañez, 29, who takes in laundry, said she had stopped accepting bundles until Friday.",
                "Marites Ybañez",
                "said",
                "",
            ),
            (
                "“Wala gyud koy ikalaba,” she said in Cebuano, meaning she had nothing to wash with.",
                "Marites Ybañez",
                "said in Cebuano",
                "",
            ),
            (
                "Aling Nena said the laundry could wait, but her grandson's milk could not.",
                "Nena Bacalso",
                "said",
                "",
            ),
        ],
        [
            ("Posted by Kristine Mae Dagatan", "", "", "B"),
        ],
        [
            ("2:10 PM", "", "", "B"),
        ],
        [
            ("Key event", "", "", "B"),
        ],
        [
            (
                "MCWD said in an advisory that residents of Barangay Lahug and Barangay Apas should expect low pressure until Friday morning.",
                "the Metropolitan Cebu Water District",
                "said in an advisory",
                "",
            ),
        ],
        [
            ("Posted by Jerome Tañedo", "", "", "B"),
        ],
        [
            ("1:05 PM", "", "", "B"),
        ],
        [
            (
                "Councilor Nestor Abarquez Dacay, who chairs the Cebu City Council's committee on public utilities, said in a Facebook post that he had asked MCWD for a written report on why the interruption was announced only three days before.",
                "Nestor Abarquez Dacay",
                "said in a Facebook post",
                "W",
            ),
            (
                "MCWD said the notice had been posted on its website and Facebook page on January 16.",
                "the Metropolitan Cebu Water District",
                "said",
                "W",
            ),
        ],
        [
            ("Posted by Jerome Tañedo", "", "", "B"),
        ],
        [
            ("11:30 AM", "", "", "B"),
        ],
        [
            (
                "The contractor, Duros Pipeworks Inc., has 46 welders and fitters on the site, project engineer Alvin Quiñones-Laping said.",
                "Alvin Quiñones-Laping",
                "said",
                "W",
            ),
            (
                "“The old pipe was laid in 1979, and it came out in pieces,” he said.",
                "Alvin Quiñones-Laping",
                "said",
                "W",
            ),
        ],
        [
            ("Posted by Kristine Mae Dagatan", "", "", "B"),
        ],
        [
            ("9:00 AM", "", "", "B"),
        ],
        [
            (
                "Engr. Ma. Cristina L. Abellana, spokesperson of the Metropolitan Cebu Water District (MCWD), said 14 water tankers and 32 static tanks had been sent to the 27 barangays.",
                "Ma. Cristina L. Abellana",
                "said",
                "W",
            ),
            (
                "She said the old pipe had leaked an estimated 3,600 cubic meters of water a day since a crack was found in November.",
                "Ma. Cristina L. Abellana",
                "said",
                "W",
            ),
        ],
        [
            (
                "Barangay Captain Rodolfo “Jun” Pacaña Jr. of Tejero said the barangay had set up two water points, at its hall and at the covered court.",
                "Rodolfo Pacaña Jr.",
                "said",
                "W",
            ),
            (
                "Nena Bacalso, 63, who is known on her street as Aling Nena, queued at the hall with six plastic gallons.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Posted by Jerome Tañedo", "", "", "B"),
        ],
        [
            ("7:15 AM", "", "", "B"),
        ],
        [
            ("Good morning.", "", "", ""),
            (
                "We will be following the water interruption in Cebu City and Mandaue throughout the day.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Posted by Kristine Mae Dagatan", "", "", "B"),
        ],
        [
            ("Load older updates", "", "", "B"),
        ],
        [
            ("Tags: MCWD, water interruption, Cebu City, Mandaue", "", "", "B"),
        ],
        [
            ("© 2028 Visayan Chronicle Publishing Corp.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("JINGHUA WIRE — ENGLISH SERVICE — DOMESTIC", "", "", "B"),
        ],
        [
            ("JHW-EN 20271206 1632 CST   PRIORITY 3   /CHINA-ZHEJIANG-WATER-PRICE/", "", "", "B"),
        ],
        [
            ("Filed 16:32 Beijing time, Dec. 6, 2027", "", "", "B"),
        ],
        [
            ("Hangzhou public hearing backs 15.5 pct rise in household water price", "", "", "W"),
        ],
        [
            ("• 19 of 25 representatives back plan at three-hour hearing", "", "", "W"),
        ],
        [
            (
                "• Utility says it lost 11.8 pct of treated water to leaks last year",
                "Qiantang Water Supply Group",
                "says",
                "W",
            ),
        ],
        [
            (
                "• Proposal would raise first-tier price to 3.35 yuan per cubic meter from March 1",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "HANGZHOU, Dec. 6 (Jinghua) -- Nineteen of the 25 representatives at a public hearing in Hangzhou on Monday backed a plan to raise the price of household tap water by 15.5 percent, the Hangzhou Municipal Development and Reform Commission said.",
                "the Hangzhou Municipal Development and Reform Commission",
                "said",
                "W",
            ),
        ],
        [
            (
                "Under the plan, the first-tier price, which covers a family's first 216 cubic meters a year, would rise from 2.90 yuan to 3.35 yuan per cubic meter from March 1, the commission said.",
                "the commission",
                "said",
                "",
            ),
        ],
        [
            (
                "Wang Lihua, deputy director of the commission's price department, who chaired the hearing, said the city had last raised water prices in 2017.",
                "Wang Lihua",
                "said",
                "W",
            ),
            (
                "She said the 25 representatives, 13 of them residents, had been drawn by lot from 1,380 applicants.",
                "Wang Lihua",
                "said",
                "W",
            ),
        ],
        [
            (
                "Wang Jun, a 41-year-old software engineer who was one of the six representatives to vote against, said the utility's documents did not say how much water it lost from leaking pipes.",
                "Wang Jun",
                "said",
                "W",
            ),
            ('"I am not against paying more," Wang Jun said.', "Wang Jun", "said", ""),
            ('"I am against paying for water that never reaches my tap."', "Wang Jun", "said", ""),
        ],
        [
            (
                "The city's main water utility, Qiantang Water Supply Group, said in documents submitted to the hearing that 11.8 percent of the water it treated last year was lost through leaks.",
                "Qiantang Water Supply Group",
                "said in documents submitted to the hearing",
                "W",
            ),
            (
                "It said its cost of supplying a cubic meter of water had risen to 3.62 yuan in 2026, above the current price.",
                "Qiantang Water Supply Group",
                "said",
                "W",
            ),
            (
                "It said it would replace 640 km of old pipe by 2030 at a cost of 4.1 bln yuan.",
                "Qiantang Water Supply Group",
                "said",
                "",
            ),
        ],
        [
            (
                "Wang Lihua said the leak rate had been on page 14 of the documents, and that representatives had received them 10 days before the hearing.",
                "Wang Lihua",
                "said",
                "W",
            ),
            (
                '"Perhaps page 14 is too far to read," she said, drawing laughter.',
                "Wang Lihua",
                "said",
                "",
            ),
        ],
        [
            (
                "A retiree surnamed Zhou, 72, who lives alone in Gongshu district, said she used about 4 cubic meters of water a month.",
                "A retiree surnamed Zhou",
                "said",
                "",
            ),
            (
                '"Forty-five fen more, I will live," she said.',
                "A retiree surnamed Zhou",
                "said",
                "",
            ),
            (
                '"But my son in Shanghai pays less than I do."',
                "A retiree surnamed Zhou",
                "said",
                "",
            ),
        ],
        [
            (
                "Sun Meifang, a deputy to the Hangzhou Municipal People's Congress who observed the hearing, said the congress had received 312 letters about water prices this year.",
                "Sun Meifang",
                "said",
                "W",
            ),
            (
                '"Most of them were about leaks, not about the price," she said.',
                "Sun Meifang",
                "said",
                "",
            ),
        ],
        [
            (
                "Under a three-tier system in force since 2017, households pay 4.35 yuan per cubic meter for use between 216 and 300 cubic meters a year, and 8.70 yuan above that.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The plan would leave the second- and third-tier prices unchanged, and households of five or more people would have their first tier raised to 300 cubic meters, the commission said.",
                "the commission",
                "said",
                "",
            ),
        ],
        [
            (
                "Chen Guoqiang, who runs three noodle shops near West Lake and is known to his regulars as Lao Chen, represented small businesses at the hearing.",
                "",
                "",
                "",
            ),
            ('"Noodles are water and flour," Lao Chen said.', "Chen Guoqiang", "said", ""),
            ('"Flour went up last year, and now water."', "Chen Guoqiang", "said", ""),
        ],
        [
            (
                "He said he had voted for the plan because the utility had agreed to replace the main under his street, which had burst three times since May.",
                "Chen Guoqiang",
                "said",
                "W",
            ),
            (
                '"Three bursts in one summer, and each time my shops closed for a day," Lao Chen said.',
                "Chen Guoqiang",
                "said",
                "",
            ),
        ],
        [
            (
                "Asked after the hearing whether the vote was binding, Wang said the municipal government would make the final decision, but that it had never rejected a price plan backed by a hearing.",
                "Wang Lihua",
                "said",
                "W",
            ),
        ],
        [
            (
                "Wang Jun said he would apply to sit on the next hearing, on gas prices, in the spring.",
                "Wang Jun",
                "said",
                "",
            ),
        ],
        [
            (
                "Qiantang Water said in a post on its official Weibo account on Monday evening that 4,200 people had watched a livestream of the hearing.",
                "Qiantang Water Supply Group",
                "said in a post on its official Weibo account on Monday evening",
                "W",
            ),
            (
                'The post said comments had been switched off "to keep the discussion orderly."',
                "Qiantang Water Supply Group",
                "said",
                "W",
            ),
            (
                "It said a recording would be posted on the commission's website.",
                "Qiantang Water Supply Group",
                "said",
                "",
            ),
        ],
        [
            (
                "Consumer prices in Hangzhou rose 0.8 percent in the year to October, according to the local office of the National Bureau of Statistics.",
                "the local office of the National Bureau of Statistics",
                "according to",
                "W",
            ),
        ],
        [
            ("(Reporting by Gu Yanting; Editing by Shao Minghui)", "", "", "B"),
        ],
        [
            ("[Contact: zhejiang.desk@jinghuawire.cn]", "", "", "B"),
        ],
        [
            ("Keywords: CHINA-ZHEJIANG/WATER-PRICE", "", "", "B"),
        ],
        [
            ("Related: [JHW4402] Zhejiang to cap gas prices for large families", "", "", "B"),
        ],
        [
            ("© 2027 Jinghua Wire.", "", "", "B"),
            ("Redistribution without written permission is prohibited.", "", "", "B"),
        ],
    ],
    [
        [
            (
                "UB Briefing: The bus fare doubles on January 1 — and who still rides free",
                "",
                "",
                "B",
            ),
        ],
        [
            ("The Khangai Weekly <briefing@khangaiweekly.mn>", "", "", "B"),
        ],
        [
            ("Fri 10/12/2027 08:02", "", "", "B"),
        ],
        [
            ("To: You", "", "", "B"),
        ],
        [
            ("View this email in your browser", "", "", "B"),
        ],
        [
            ("THE KHANGAI WEEKLY  ·  UB BRIEFING  ·  Issue 148", "", "", "B"),
        ],
        [
            ("Sain baina uu, and good morning from a minus-27-degree Ulaanbaatar.", "", "", ""),
            (
                "This week: the bus fare, the smog, and a ring-road junction that nobody can find.",
                "",
                "",
                "",
            ),
        ],
        [
            ("BUS FARE DOUBLES TO ₮1,000 FROM JANUARY 1", "", "", "W"),
        ],
        [
            (
                "The Capital City Citizens' Representative Khural voted 31-9 on Tuesday to raise the adult bus fare paid with a TapKart card from ₮500 to ₮1,000 from January 1.",
                "",
                "",
                "W",
            ),
            (
                "Cash fares, still accepted on 14 suburban routes, will rise from ₮1,000 to ₮1,500.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Deputy Governor G. Otgonbayar, who is in charge of transport, told the Khural the fare had not risen since 2018 and covered only 23 percent of the cost of a trip.",
                "G. Otgonbayar",
                "told the Khural",
                "W",
            ),
            (
                "Otgonbayar said the city paid bus companies ₮412 billion in subsidies last year.",
                "G. Otgonbayar",
                "said",
                "W",
            ),
            (
                "“We are not asking people to pay for the bus,” she said.",
                "G. Otgonbayar",
                "said",
                "",
            ),
            ("“We are asking them to pay for a quarter of it.”", "G. Otgonbayar", "said", ""),
        ],
        [
            (
                "Pensioners, children under 12 and people with disabilities will still ride free, the Ulaanbaatar Public Transport Authority (UBPTA) said.",
                "the Ulaanbaatar Public Transport Authority",
                "said",
                "W",
            ),
            (
                "UBPTA said 1,140 buses ran on 112 routes and carried an average of 612,000 passengers a day in November.",
                "the Ulaanbaatar Public Transport Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "B. Enkhtuya, 38, a nurse who takes two buses from Songinokhairkhan district to her hospital in Sükhbaatar district, said the new fare would cost her family ₮80,000 a month.",
                "B. Enkhtuya",
                "said",
                "",
            ),
            ("“Eighty thousand is our coal for two weeks,” she said.", "B. Enkhtuya", "said", ""),
        ],
        [
            (
                "Another Enkhtuya, Ts. Enkhtuya, who sells buuz from a kiosk at the Narantuul market stop, said she had no complaints.",
                "Ts. Enkhtuya",
                "said",
                "",
            ),
            (
                "“My customers come by bus, and they will still be hungry,” she said.",
                "Ts. Enkhtuya",
                "said",
                "",
            ),
            (
                "She said a plate of eight buuz at her kiosk cost ₮6,000.",
                "Ts. Enkhtuya",
                "said",
                "W",
            ),
        ],
        [
            (
                "Enkhtuya the nurse said she would walk the first stretch, to the stop by the Dari-Ekh bridge, to save one fare a day.",
                "B. Enkhtuya",
                "said",
                "",
            ),
        ],
        [
            (
                "Khural member D. Batsaikhan, one of the nine who voted against, said the city had not published the bus companies' accounts since 2023.",
                "D. Batsaikhan",
                "said",
                "W",
            ),
            (
                "“Before we double the fare, show us where the ₮412 billion went,” he said.",
                "D. Batsaikhan",
                "said",
                "",
            ),
            (
                "He said he would ask the Khural to delay the rise until the audit was published.",
                "D. Batsaikhan",
                "said",
                "",
            ),
        ],
        [
            (
                "Asked by The Khangai Weekly about the accounts, Otgonbayar said they had been sent to the National Audit Office in October.",
                "G. Otgonbayar",
                "said",
                "W",
            ),
        ],
        [
            ("Our take: the fare was overdue, but the accounts should come first.", "", "", ""),
        ],
        [
            ("BY THE NUMBERS", "", "", "B"),
        ],
        [
            ("₮412 billion — what the city paid bus companies in subsidies last year", "", "", "W"),
        ],
        [
            ("612,000 — average daily bus passengers in November", "", "", "W"),
        ],
        [
            ("31-9 — the Khural vote on the fare", "", "", "W"),
        ],
        [
            ("SMOG: PM2.5 HITS 412 IN BAYANKHOSHUU", "", "", "W"),
        ],
        [
            (
                "The hourly PM2.5 reading in Bayankhoshuu reached 412 micrograms per cubic meter at 9 p.m. on Wednesday, according to the National Agency for Meteorology and Environmental Monitoring.",
                "the National Agency for Meteorology and Environmental Monitoring",
                "according to",
                "W",
            ),
            (
                "Refined-coal briquettes for ger households will stay at ₮3,000 a sack until March, their sole maker, Ulaan Nüürs LLC, said.",
                "Ulaan Nüürs LLC",
                "said",
                "W",
            ),
        ],
        [
            ("ROAD: THE JUNCTION THAT ISN'T THERE", "", "", ""),
        ],
        [
            (
                "We went looking for the new Yarmag junction that the city says opened on December 1.",
                "the city",
                "says",
                "W",
            ),
            (
                "We found a fence, a bulldozer and a man named Ganzorig who has been waiting for the asphalt since August.",
                "",
                "",
                "",
            ),
            (
                "“They cut the ribbon on a road that ends in my yard,” Ganzorig said.",
                "Ganzorig",
                "said",
                "",
            ),
        ],
        [
            (
                "The Ulaanbaatar Road Development Department said the junction had opened to traffic from the south on December 1 and that the north ramp would be finished in May.",
                "The Ulaanbaatar Road Development Department",
                "said",
                "W",
            ),
            (
                "It said the road did not cross any private plot.",
                "The Ulaanbaatar Road Development Department",
                "said",
                "W",
            ),
        ],
        [
            ("Forwarded this email? Sign up here.", "", "", "B"),
        ],
        [
            ("Unsubscribe · Update your preferences", "", "", "B"),
        ],
        [
            ("© 2027 The Khangai Weekly LLC.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE ESIL OBSERVER — text-only edition", "", "", "B"),
        ],
        [
            ("[Switch to full site]  [Русский]  [Қазақша]", "", "", "B"),
        ],
        [
            ("Home > Society > Astana", "", "", "B"),
        ],
        [
            (
                "Astana fines 212 building managers over snow-laden roofs after icicle injures student",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Madina Zhaksybekova | 17 January 2028, 11:20 (UTC+5)", "", "", "B"),
        ],
        [
            ("-----", "", "", "B"),
        ],
        [
            (
                "ASTANA – The Astana city administration has fined 212 management companies and property owners' associations a total of 46.8 million tenge since January 1 for failing to clear snow and ice from their roofs, the city akimat said on Monday.",
                "the city akimat",
                "said",
                "W",
            ),
            (
                "The fines, of up to 75 monthly calculation indices (MCI), or about 295,000 tenge, were imposed under Article 505 of the Code of Administrative Offences, it said.",
                "the city akimat",
                "said",
                "W",
            ),
        ],
        [
            (
                "Deputy akim Daniyar Serikuly Omarov told a briefing at the akimat that inspectors had checked 4,860 buildings since the first heavy snowfall on December 2.",
                "Daniyar Serikuly Omarov",
                "told a briefing at the akimat",
                "W",
            ),
            (
                "“A roof is not the city's roof; it belongs to the people who live under it,” Omarov said.",
                "Daniyar Serikuly Omarov",
                "said",
                "",
            ),
            ("“So do the icicles.”", "Daniyar Serikuly Omarov", "said", ""),
        ],
        [
            (
                "A 19-year-old student was taken to hospital with a head injury on January 9 after an icicle fell from a five-storey building on Auezov Street.",
                "",
                "",
                "W",
            ),
            (
                "She was discharged on Saturday, according to the city's health department.",
                "the city's health department",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The student's father, Nurzhan Abilov, told The Esil Observer by telephone that the family would sue the building's owners.",
                "Nurzhan Abilov",
                "told The Esil Observer by telephone",
                "",
            ),
            (
                "“She was walking to the bus stop, not climbing a mountain,” he said.",
                "Nurzhan Abilov",
                "said",
                "",
            ),
        ],
        [
            (
                "Valentina Grigoryevna Tsoy, who chairs the building's property owners' association (OSI), said the association had hired climbers to clear the roof twice in December.",
                "Valentina Grigoryevna Tsoy",
                "said",
                "W",
            ),
            (
                "She said each clearing cost 180,000 tenge, paid from residents' fees of 34 tenge per square metre a month.",
                "Valentina Grigoryevna Tsoy",
                "said",
                "W",
            ),
            (
                "“The icicle grew in four days,” Tsoy said.",
                "Valentina Grigoryevna Tsoy",
                "said",
                "",
            ),
            (
                "“We cannot send climbers every four days with the money we have.”",
                "Valentina Grigoryevna Tsoy",
                "said",
                "",
            ),
        ],
        [
            (
                "Aigerim Bolatqyzy, 31, who lives on the third floor, said residents had voted in November against raising the fee to 50 tenge.",
                "Aigerim Bolatqyzy",
                "said",
                "W",
            ),
            ("“Now we will pay the fine instead,” she said.", "Aigerim Bolatqyzy", "said", ""),
            (
                "She said her own car had been dented by falling ice in December.",
                "Aigerim Bolatqyzy",
                "said",
                "",
            ),
        ],
        [
            (
                "Tsoy said the association's own fine, of 98,000 tenge, would be paid from its repair fund.",
                "Valentina Grigoryevna Tsoy",
                "said",
                "W",
            ),
            (
                "The OSI said in a notice on the building's door that climbers would come again on Tuesday.",
                "the building's property owners' association",
                "said",
                "W",
            ),
        ],
        [
            (
                "Asked whether the city had fined itself, Omarov said three municipal buildings, including a school in Saryarka district, had been fined in January.",
                "Daniyar Serikuly Omarov",
                "said",
                "W",
            ),
            (
                "“We fined ourselves too,” he said, “and we paid.”",
                "Daniyar Serikuly Omarov",
                "said",
                "",
            ),
        ],
        [
            (
                "Snow is hauled from the city's streets by a municipal contractor, Esil Qar Service LLP.",
                "",
                "",
                "W",
            ),
            (
                "It said it had removed 1.92 million cubic metres of snow since November, 30 percent more than a year earlier.",
                "Esil Qar Service LLP",
                "said",
                "W",
            ),
            (
                "The company said it would put 140 more trucks on night shifts from Wednesday.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kazhydromet forecasts another 25 centimetres of snow in Astana by Friday.",
                "Kazhydromet",
                "forecasts",
                "",
            ),
            ("It said temperatures would fall to minus 32 at night.", "Kazhydromet", "said", ""),
        ],
        [
            ("Q&A: WHO CLEARS THE ROOF?", "", "", "B"),
        ],
        [
            ("Answers from the akimat's press service", "", "", "B"),
        ],
        [
            ("Q: Who has to clear snow from the roof of an apartment block?", "", "", ""),
        ],
        [
            (
                "A: The owners, through their property owners' association or the management company they hire.",
                "the akimat's press service",
                "A:",
                "W",
            ),
        ],
        [
            ("Q: How quickly?", "", "", ""),
        ],
        [
            (
                "A: Within 24 hours after a snowfall ends, and at once if icicles longer than 20 centimetres form over a pavement.",
                "the akimat's press service",
                "A:",
                "W",
            ),
        ],
        [
            ("Q: What if they do not?", "", "", ""),
        ],
        [
            (
                "A: A fine of up to 30 MCI for a first offence, and up to 75 MCI for a second within a year.",
                "the akimat's press service",
                "A:",
                "W",
            ),
        ],
        [
            ("-----", "", "", "B"),
        ],
        [
            ("Related: Heating bills in Astana to rise 9% from February", "", "", "B"),
        ],
        [
            ("[Top]  [Full site]  [Contact]", "", "", "B"),
        ],
        [
            ("© 2028 Esil Observer Publishing LLP.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("Shared from The Bosphorus Ledger app", "", "", "B"),
        ],
        [
            ("TÜRKİYE › İzmir", "", "", "B"),
        ],
        [
            (
                "İzmir to cut water every night from 11 p.m. as Tahtalı Dam falls to 4 percent",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "İZSU says 30 districts affected from Monday; muhtars say hillside streets go dry hours earlier",
                "the İzmir Water and Sewerage Administration",
                "says",
                "W",
            ),
        ],
        [
            ("Ledger Newsroom | İZMİR", "", "", "B"),
        ],
        [
            ("Published 08.08.2028 13:45 | Updated 08.08.2028 16:10", "", "", "B"),
        ],
        [
            (
                "Residents fill jerrycans from a municipal tanker in İzmir's Buca district, Aug. 7, 2028.",
                "",
                "",
                "",
            ),
            ("(Ledger Photo/Onur Tekeli)", "", "", "B"),
        ],
        [
            (
                "Water will be cut every night from 11 p.m. to 5 a.m. in 30 districts of İzmir from Monday as the city's main reservoir runs low, the İzmir Water and Sewerage Administration (İZSU) announced Tuesday.",
                "the İzmir Water and Sewerage Administration",
                "announced",
                "W",
            ),
            (
                "The Tahtalı Dam, which supplies about a third of the city's water, was at 4.1 percent of its capacity on Tuesday morning, down from 23 percent a year earlier, according to İZSU data.",
                "İZSU data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "İZSU General Manager Selin Akdoğan said the administration had drilled 42 new wells since April.",
                "Selin Akdoğan",
                "said",
                "W",
            ),
            (
                "She said the Gördes Dam, the city's second source, was at 11 percent.",
                "Selin Akdoğan",
                "said",
                "W",
            ),
            (
                "“We are not cutting water because we want to,” Akdoğan told reporters at the administration's headquarters in Konak.",
                "Selin Akdoğan",
                "told reporters at the administration's headquarters in Konak",
                "",
            ),
            (
                "“We are cutting it so that there is still water in October.”",
                "Selin Akdoğan",
                "told reporters at the administration's headquarters in Konak",
                "",
            ),
        ],
        [
            ("What you need to know", "", "", "B"),
        ],
        [
            ("• Cuts every night from 11 p.m. to 5 a.m., starting Aug. 14", "", "", "W"),
        ],
        [
            ("• Hospitals, dialysis centers and fire stations are exempt", "", "", "W"),
        ],
        [
            (
                "• Tankers will serve hillside neighborhoods where pressure is slow to return",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Kemal Yıldırım, muhtar of the Kuruçeşme neighborhood in Buca, said the upper streets of his neighborhood had gone without water for three days last week.",
                "Kemal Yıldırım",
                "said",
                "W",
            ),
            (
                "“On the hill, 11 p.m. means 9 p.m., because the pipes up here empty first,” Yıldırım said.",
                "Kemal Yıldırım",
                "said",
                "",
            ),
        ],
        [
            (
                "Fatma Aksoy, 64, who lives on the top street, said she had filled two bathtubs and 14 bottles on Monday night.",
                "Fatma Aksoy",
                "said",
                "",
            ),
            (
                "Her neighbor Zeynep Kara, 37, a nurse, said she had no bathtub to fill.",
                "Zeynep Kara",
                "said",
                "",
            ),
            (
                "“I come home from a night shift at 8 a.m., when there is water, so I am lucky,” she said.",
                "Zeynep Kara",
                "said",
                "",
            ),
        ],
        [
            (
                "“Kemal Bey has promised us a tanker every evening,” Aksoy said.",
                "Fatma Aksoy",
                "said",
                "",
            ),
            (
                "“I have lived on this street since 1979 and never seen the taps dry in August.”",
                "Fatma Aksoy",
                "said",
                "",
            ),
            ("“Kemal Bey promises a lot,” Kara said, laughing.", "Zeynep Kara", "said", ""),
        ],
        [
            (
                "Hasan Çelik, who runs a barbershop on the main street, said he had bought a 1-ton water tank for 9,500 liras.",
                "Hasan Çelik",
                "said",
                "",
            ),
            ("“The tank cost more than my chairs,” he said.", "Hasan Çelik", "said", ""),
        ],
        [
            (
                "Yıldırım said 11 elderly residents on the hill had asked the muhtar's office for help carrying water.",
                "Kemal Yıldırım",
                "said",
                "W",
            ),
            (
                "“Hasan takes water up to the old ladies on his scooter,” he said.",
                "Kemal Yıldırım",
                "said",
                "",
            ),
        ],
        [
            (
                "Prof. Dr. Levent Ergüven, a hydrologist at Dokuz Eylül University, said İzmir had lost 38 percent of the water it pumped to leaks in 2027.",
                "Levent Ergüven",
                "said",
                "W",
            ),
            (
                "“Cutting water at night saves less than fixing the big leaks in Buca,” he said.",
                "Levent Ergüven",
                "said",
                "",
            ),
            (
                "He said rainfall in the Tahtalı basin had been 41 percent below average since October.",
                "Levent Ergüven",
                "said",
                "W",
            ),
        ],
        [
            (
                "The central government's General Directorate of State Hydraulic Works (DSİ) said in a statement that it had licensed 12 emergency wells for İzmir since June.",
                "the General Directorate of State Hydraulic Works",
                "said in a statement",
                "W",
            ),
            (
                "DSİ urged the municipality to speed up repairs to the city's network.",
                "the General Directorate of State Hydraulic Works",
                "urged",
                "",
            ),
        ],
        [
            (
                "Deputy Mayor Mustafa Tahsin Gür said the municipality had replaced 186 kilometers of pipe this year.",
                "Mustafa Tahsin Gür",
                "said",
                "W",
            ),
            (
                "He said the cuts would be reviewed every two weeks.",
                "Mustafa Tahsin Gür",
                "said",
                "",
            ),
            (
                "“Every drop we save at night is a drop for the hospitals in the day,” Gür said.",
                "Mustafa Tahsin Gür",
                "said",
                "",
            ),
        ],
        [
            ("Also read:", "", "", "B"),
        ],
        [
            ("Manisa farmers told to stop drawing from Gediz canals", "", "", "B"),
        ],
        [
            ("Read more on The Bosphorus Ledger", "", "", "B"),
        ],
        [
            ("Download the app: App Store · Google Play · AppGallery", "", "", "B"),
        ],
        [
            ("https://bosphorusledger.com.tr/turkiye/izmir-night-water-cuts-tahtali", "", "", "B"),
        ],
    ],
    [
        [
            ("ALBORZ TRIBUNE", "", "", "B"),
        ],
        [
            ("Vol. XXVI, No. 7412 | Tuesday, February 15, 2028 | Bahman 26, 1406", "", "", "B"),
        ],
        [
            ("Page 3 — METROPOLIS", "", "", "B"),
        ],
        [
            ("Tehran metro, bus fares to rise 25% from Nowruz", "", "", "W"),
        ],
        [
            (
                "Council approves rise 14 to 6; transport committee chief says fares cover a fifth of running costs",
                "Mohammad-Javad Hosseini-Nasab",
                "says",
                "W",
            ),
        ],
        [
            ("By Nasrin Taheri-Dehkordi | Staff Reporter", "", "", "B"),
        ],
        [
            (
                "TEHRAN — Tehran City Council voted 14 to 6 on Sunday to raise metro and bus fares by 25 percent from 1 Farvardin 1407 (March 20, 2028), the start of the Iranian new year.",
                "",
                "",
                "W",
            ),
            (
                "A single metro ride paid with a Shahrvand card will cost 40,000 rials (4,000 tomans), up from 32,000 rials.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Passengers board a train at Imam Khomeini station in central Tehran.", "", "", ""),
            ("Photo: Alborz Tribune/Reza Nikoukar", "", "", "B"),
        ],
        [
            (
                "Seyyed Mohammad-Javad Hosseini-Nasab, who chairs the council's transport committee, said fares paid only 21 percent of the cost of running the metro last year.",
                "Mohammad-Javad Hosseini-Nasab",
                "said",
                "W",
            ),
            (
                "He said the municipality had paid 61 trillion rials in subsidies to the Tehran Metro Operation Company (TMOC) and the city's bus company in the year to March.",
                "Mohammad-Javad Hosseini-Nasab",
                "said",
                "W",
            ),
            (
                "“Of every ride a passenger takes, the city pays for four-fifths,” Hosseini-Nasab was quoted by the council's news site as saying.",
                "Mohammad-Javad Hosseini-Nasab",
                "was quoted by the council's news site as saying",
                "",
            ),
        ],
        [
            (
                "“The last time we raised fares, wages rose by 20 percent and fares by 35,” said Fatemeh Ansari-Rad, one of the six council members who voted against.",
                "Fatemeh Ansari-Rad",
                "said",
                "W",
            ),
            (
                "She said the council should have waited for the Supreme Labour Council to set next year's minimum wage in March.",
                "Fatemeh Ansari-Rad",
                "said",
                "",
            ),
            (
                "“We have asked passengers to pay first and wait for the trains later,” she said.",
                "Fatemeh Ansari-Rad",
                "said",
                "",
            ),
        ],
        [
            ("Continued on Page 7", "", "", "B"),
        ],
        [
            ("ALBORZ TRIBUNE | Tuesday, February 15, 2028 | Page 7", "", "", "B"),
        ],
        [
            ("FARES: Council says a fifth of costs covered", "", "", "B"),
        ],
        [
            ("Continued from Page 3", "", "", "B"),
        ],
        [
            (
                "In a statement read to the session by its deputy managing director, TMOC said the metro had carried an average of 2.3 million passengers a day in the first ten months of the Iranian year.",
                "the Tehran Metro Operation Company",
                "said",
                "W",
            ),
            (
                "The statement said 96 new carriages ordered in 2025 had still not been delivered.",
                "the Tehran Metro Operation Company",
                "said",
                "W",
            ),
        ],
        [
            ("NEW FARES (rials)", "", "", "B"),
        ],
        [
            ("Ride | Now | From March 20", "", "", "B"),
        ],
        [
            ("Metro, single ride | 32,000 | 40,000", "", "", ""),
        ],
        [
            ("Metro, airport line | 120,000 | 150,000", "", "", ""),
        ],
        [
            ("BRT bus | 16,000 | 20,000", "", "", ""),
        ],
        [
            ("Regular bus | 12,000 | 15,000", "", "", ""),
        ],
        [
            ("Source: Tehran City Council", "", "", "B"),
        ],
        [
            (
                "Maryam Rezaei, 29, who commutes from Shahr-e Rey to an office in Vanak, said her fares would rise to about 3.5 million rials a month.",
                "Maryam Rezaei",
                "said",
                "",
            ),
            (
                "Zahra Rezaei-Moghaddam, a teacher who is no relation, said she already walked the last two stations to save money.",
                "Zahra Rezaei-Moghaddam",
                "said",
                "",
            ),
            (
                "“Twenty-five percent is nothing to the council,” she said.",
                "Zahra Rezaei-Moghaddam",
                "said",
                "",
            ),
            ("“For us, it is a week of lunches,” Rezaei said.", "Maryam Rezaei", "said", ""),
        ],
        [
            (
                "At the Tajrish bazaar, Hamid Karimi, 71, a spice seller whom the other shopkeepers call Haj Agha, said he had ridden the metro free since he turned 65.",
                "Hamid Karimi",
                "said",
                "",
            ),
            (
                "“The young pay for me now, God bless them,” Haj Agha said, laughing.",
                "Hamid Karimi",
                "said",
                "",
            ),
        ],
        [
            (
                "Hosseini-Nasab said passengers over 65 would still ride free and students would still pay half.",
                "Mohammad-Javad Hosseini-Nasab",
                "said",
                "W",
            ),
        ],
        [
            (
                "Asked about the carriages, Hosseini-Nasab said the first 24 had reached the port of Bandar Abbas in January.",
                "Mohammad-Javad Hosseini-Nasab",
                "said",
                "W",
            ),
            (
                "“They are on the road to Tehran, slowly, like everything else,” he said.",
                "Mohammad-Javad Hosseini-Nasab",
                "said",
                "",
            ),
        ],
        [
            (
                "The semi-official Persia Press Agency (PPA) reported that metro fares in Mashhad and Isfahan had risen by 30 and 35 percent this year.",
                "the Persia Press Agency",
                "reported",
                "W",
            ),
            (
                "Masoud Jafari, a transport economist, told PPA that higher fares would push more commuters back into their cars.",
                "Masoud Jafari",
                "told PPA",
                "",
            ),
            (
                "“For a family of three, petrol is still cheaper than the metro,” he said.",
                "Masoud Jafari",
                "said",
                "W",
            ),
        ],
        [
            (
                "The resolution takes effect unless the Board for Conformity of Council Resolutions with the Law objects to it within two weeks.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("— N.T.-D.", "", "", "B"),
        ],
        [
            ("Alborz Tribune is published by the Alborz Cultural Institute, Tehran.", "", "", "B"),
        ],
        [
            ("Subscriptions: 021 8876 4410", "", "", "B"),
        ],
    ],
    [
        [
            ("NewsNest", "", "", "B"),
        ],
        [
            ("Today › Ethiopia › Water", "", "", "B"),
        ],
        [
            ("The Entoto Review · 3h · 6 min read", "", "", "B"),
        ],
        [
            (
                "Water only three days a week for 1.2 million Addis residents as Legedadi pumps fail",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Open original ↗", "", "", "B"),
        ],
        [
            (
                "About 1.2 million residents of Bole, Yeka and Lemi Kura sub-cities will have tap water on only three days a week from Monday after two of the four main pumps at the Legedadi treatment plant broke down, the Addis Ababa Water and Sewerage Authority (AAWSA) said.",
                "the Addis Ababa Water and Sewerage Authority",
                "said",
                "W",
            ),
            (
                "The rationing begins on Tir 15, 2020 E.C. (January 24, 2028) and will last at least three weeks, the authority said.",
                "the authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ato Tesfaye Bekele, AAWSA's head of communications, said the plant was producing 98,000 cubic metres a day instead of its usual 165,000.",
                "Tesfaye Bekele",
                "said",
                "W",
            ),
            (
                "He said replacement parts had been ordered from Italy on Tir 3 and were due by the end of the month.",
                "Tesfaye Bekele",
                "said",
                "W",
            ),
            (
                "“We ask residents to store water on their days, and to store it clean,” Ato Tesfaye said.",
                "Tesfaye Bekele",
                "said",
                "",
            ),
        ],
        [
            (
                "Ato Tesfaye said water would flow on each day from 6 a.m. to 6 p.m. — from 12 o'clock to 12 o'clock in the Ethiopian way of counting the hours.",
                "Tesfaye Bekele",
                "said",
                "W",
            ),
        ],
        [
            ("WATER DAYS FROM MONDAY", "", "", "B"),
        ],
        [
            ("Sub-city | Days with water", "", "", "B"),
        ],
        [
            ("Bole | Monday, Wednesday, Friday", "", "", "W"),
        ],
        [
            ("Yeka | Tuesday, Thursday, Saturday", "", "", "W"),
        ],
        [
            ("Lemi Kura | Monday, Thursday, Sunday", "", "", "W"),
        ],
        [
            ("Source: AAWSA", "", "", "B"),
        ],
        [
            (
                "W/ro Almaz Bekele, who runs a small injera bakery in Yeka, said she baked with about 60 litres of water a day.",
                "Almaz Bekele",
                "said",
                "",
            ),
            (
                "“On the dry days I will buy from the jerrycan men at 25 birr a jerrycan,” she said.",
                "Almaz Bekele",
                "said",
                "",
            ),
        ],
        [
            (
                "Like Ato Tesfaye, she carries her father's name, Bekele, as her second name; the two are not related.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Her neighbour's daughter, W/t Hiwot Tadesse, a 20-year-old student, said the water had already stopped for four days last week without notice.",
                "Hiwot Tadesse",
                "said",
                "W",
            ),
            ("“Nobody told us anything,” she said.", "Hiwot Tadesse", "said", ""),
            (
                "She said she now carried her family's laundry to an aunt's house in Piassa.",
                "Hiwot Tadesse",
                "said",
                "",
            ),
        ],
        [
            (
                "W/ro Almaz said she had learned of the new schedule from a neighbour's Telegram group.",
                "Almaz Bekele",
                "said",
                "",
            ),
        ],
        [
            (
                "A water seller who gave only his first name, Kebede, said the price of a 20-litre jerrycan delivered by donkey cart had doubled to 30 birr since Monday.",
                "Kebede",
                "said",
                "W",
            ),
            ("“When the taps are dry, the donkeys work twice,” he said.", "Kebede", "said", ""),
        ],
        [
            (
                "Ato Dawit Alemu, manager of a 40-room hotel near Bole airport, said the hotel had bought a 10,000-litre tank for 310,000 birr.",
                "Dawit Alemu",
                "said",
                "",
            ),
            ("“Guests do not ask which day it is in Yeka,” he said.", "Dawit Alemu", "said", ""),
        ],
        [
            (
                "Asked about hotels, Ato Tesfaye said businesses with their own tanks would be refilled by truck only on request, at 40 birr a cubic metre.",
                "Tesfaye Bekele",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dr. Mekdes Haile, a water engineer at Addis Ababa University, said the city's demand had outgrown its supply years ago.",
                "Mekdes Haile",
                "said",
                "",
            ),
            (
                "She said Addis Ababa needed about 1.1 million cubic metres of water a day and produced about 720,000 on a normal day.",
                "Mekdes Haile",
                "said",
                "W",
            ),
            (
                "“Every pump failure shows you the gap,” Dr. Mekdes said.",
                "Mekdes Haile",
                "said",
                "",
            ),
        ],
        [
            (
                "The Addis Ababa City Administration said in a statement read on state television on Friday evening that it had set aside 420 million birr for emergency repairs at Legedadi.",
                "the Addis Ababa City Administration",
                "said in a statement read on state television on Friday evening",
                "W",
            ),
            (
                "The statement said the plant's pumps had been installed in 1970 and last overhauled in 2016.",
                "the Addis Ababa City Administration",
                "said",
                "W",
            ),
        ],
        [
            (
                "AAWSA said in a post on its Telegram channel that 64 water trucks would serve hospitals, schools and the condominium sites at Ayat and Yeka Abado.",
                "the Addis Ababa Water and Sewerage Authority",
                "said in a post on its Telegram channel",
                "W",
            ),
            (
                "It said residents could report burst pipes on its free hotline, 906.",
                "the Addis Ababa Water and Sewerage Authority",
                "said",
                "W",
            ),
            (
                "AAWSA said the three sub-cities had about 310,000 metered connections.",
                "the Addis Ababa Water and Sewerage Authority",
                "said",
                "W",
            ),
        ],
        [
            ("Read the full story at The Entoto Review", "", "", "B"),
        ],
        [
            ("More from The Entoto Review", "", "", "B"),
        ],
        [
            ("Birr slips to 186 against the dollar on the parallel market", "", "", "B"),
        ],
        [
            ("Follow The Entoto Review", "", "", "B"),
        ],
        [
            ("Save   Share   Mark as read", "", "", "B"),
        ],
    ],
    [
        [
            ("sunrise1013.com.gh/news/regional/kumasi-trotro-fares-rise-15-percent", "", "", "B"),
        ],
        [
            ("SUNRISE 101.3 FM — Kumasi's Morning Voice", "", "", "B"),
        ],
        [
            ("Print this page | Close window", "", "", "B"),
        ],
        [
            ("Kumasi trotro fares up 15% from Monday; Kejetia to Adum now GH₵7.50", "", "", "W"),
        ],
        [
            ("By Afia Konadu Mensah | 4 March 2028, 10:12", "", "", "B"),
        ],
        [
            ("Passengers board a trotro at the Kejetia terminal on Friday.", "", "", ""),
            ("Photo: Sunrise FM", "", "", "B"),
        ],
        [
            (
                "Commercial transport fares in Kumasi and across the Ashanti Region will rise by 15 percent from Monday, March 6, the Ghana Commercial Drivers' Alliance (GCDA) has announced.",
                "the Ghana Commercial Drivers' Alliance",
                "has announced",
                "W",
            ),
            (
                "A trotro ride from Kejetia to Adum will cost GH₵7.50, up from GH₵6.50, and Kejetia to Ejisu GH₵14, up from GH₵12.20, according to a fare chart released by the alliance on Friday.",
                "a fare chart released by the alliance on Friday",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The alliance's Ashanti regional chairman, Nana Kwabena Frimpong Manso, said the increase followed a rise in the pump price of diesel to GH₵16.80 a litre in the March 1 pricing window.",
                "Kwabena Frimpong Manso",
                "said",
                "W",
            ),
            ("“We are not thieves,” Nana Frimpong said.", "Kwabena Frimpong Manso", "said", ""),
            ("“When diesel goes up, the trotro goes up.", "Kwabena Frimpong Manso", "said", ""),
            ("It is simple.”", "Kwabena Frimpong Manso", "said", ""),
        ],
        [
            (
                "Nana Frimpong spoke to Kwame Adjei-Mensah on Sunrise Breakfast on Friday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The conversation has been edited for length and translated from Twi where necessary.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("ADJEI-MENSAH: Nana, 15 percent in one go — is that not too much?", "", "", ""),
        ],
        [
            (
                "NANA FRIMPONG: It is less than we asked for.",
                "Kwabena Frimpong Manso",
                "NANA FRIMPONG:",
                "",
            ),
            (
                "We asked the ministry for 25 percent in January, and they told us to wait.",
                "Kwabena Frimpong Manso",
                "NANA FRIMPONG:",
                "W",
            ),
            (
                "Since then, diesel has gone up three times.",
                "Kwabena Frimpong Manso",
                "NANA FRIMPONG:",
                "W",
            ),
        ],
        [
            (
                "ADJEI-MENSAH: Some passengers say drivers were already charging the new fares last week.",
                "Some passengers",
                "say",
                "",
            ),
        ],
        [
            ("NANA FRIMPONG: That is not allowed.", "Kwabena Frimpong Manso", "NANA FRIMPONG:", ""),
            (
                "Any driver who charges the new fare before Monday will be suspended from the station for a week.",
                "Kwabena Frimpong Manso",
                "NANA FRIMPONG:",
                "W",
            ),
        ],
        [
            (
                "ADJEI-MENSAH: And the mates who add 50 pesewas because a passenger has a bag?",
                "",
                "",
                "",
            ),
        ],
        [
            ("NANA FRIMPONG: Ah, the mates.", "Kwabena Frimpong Manso", "NANA FRIMPONG:", ""),
            (
                "The chart says a bag that fits under the seat travels free.",
                "Kwabena Frimpong Manso",
                "NANA FRIMPONG:",
                "W",
            ),
        ],
        [
            ("ADJEI-MENSAH: Thank you, Nana.", "", "", ""),
        ],
        [
            ("REACTIONS", "", "", "B"),
        ],
        [
            (
                "The Kumasi Metropolitan Chief Executive (MCE), Hon. Abena Serwaa Antwi, said the Kumasi Metropolitan Assembly (KMA) had not been consulted on the new fares.",
                "Abena Serwaa Antwi",
                "said",
                "W",
            ),
            (
                "“Transport operators should not wake up one morning and move fares,” the MCE said.",
                "Abena Serwaa Antwi",
                "said",
                "",
            ),
            (
                "KMA said its task force would check fare charts at the Kejetia, Adum and Asafo stations from Monday.",
                "the Kumasi Metropolitan Assembly",
                "said",
                "W",
            ),
        ],
        [
            (
                "Efua Asantewaa, a plantain seller at Kejetia market who is known to the drivers as Maame Efua, said she took a trotro twice a day to bring her goods from Ejisu.",
                "Efua Asantewaa",
                "said",
                "",
            ),
            (
                "Her friend Akosua Boatemaa, who sells cloth beside her and whom everyone calls Auntie Akos, said she had already started walking to Adum.",
                "Akosua Boatemaa",
                "said",
                "",
            ),
            ("“My legs do not need diesel,” she said.", "Akosua Boatemaa", "said", ""),
            ("“But my plantain cannot walk,” Maame Efua said.", "Efua Asantewaa", "said", ""),
            (
                "She said her fares would now come to about GH₵5 more a day.",
                "Efua Asantewaa",
                "said",
                "",
            ),
        ],
        [
            (
                "Yaw Sarpong Darko, the station master for the Ejisu line at Kejetia, said 214 vehicles were registered on the line.",
                "Yaw Sarpong Darko",
                "said",
                "W",
            ),
            (
                "Mr Darko said each driver paid the station GH₵10 a day to load there.",
                "Yaw Sarpong Darko",
                "said",
                "W",
            ),
            (
                "“Passengers shout at the mate, the mate shouts at me, and I shout at diesel,” he said.",
                "Yaw Sarpong Darko",
                "said",
                "",
            ),
        ],
        [
            (
                "The pump price of diesel has risen by 18 percent since January 1, according to the National Petroleum Authority's pricing data.",
                "the National Petroleum Authority's pricing data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Transport did not respond to a request for comment.",
                "the Ministry of Transport",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            ("Listen to Sunrise Breakfast weekdays from 5 a.m. on 101.3 FM.", "", "", "B"),
        ],
        [
            ("Tags: Kumasi, trotro, fares, GCDA", "", "", "B"),
        ],
        [
            ("Printed from sunrise1013.com.gh on 04/03/2028 11:40", "", "", "B"),
        ],
        [
            ("© 2028 Sunrise Broadcasting Ghana Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n187-id-tbk-ends",
        "The bins are supplied by PT Sinar Wadah Tbk. The firm has a plant in Cimahi.",
        ["The bins are supplied by PT Sinar Wadah Tbk.", "The firm has a plant in Cimahi."],
    ),
    (
        "n187-id-jl-mid",
        "A second pile grew on Jl. Pasirkaliki overnight.",
        ["A second pile grew on Jl. Pasirkaliki overnight."],
    ),
    (
        "n187-id-rp-decimal",
        "Each household pays Rp 1.5 million a year. Most pay late.",
        ["Each household pays Rp 1.5 million a year.", "Most pay late."],
    ),
    (
        "n187-my-sdn-bhd-ends",
        "The meters were installed by Tanjung Parkir Sdn. Bhd. The council paid RM3.1 million.",
        [
            "The meters were installed by Tanjung Parkir Sdn. Bhd.",
            "The council paid RM3.1 million.",
        ],
    ),
    (
        "n187-my-datuk-dr-mid",
        "Datuk Dr. Faizal Ariffin opened the new car park on Lebuh Pantai.",
        ["Datuk Dr. Faizal Ariffin opened the new car park on Lebuh Pantai."],
    ),
    (
        "n187-my-initial-starts",
        "Hawkers met on Sunday. S. Kanagaraj chaired the meeting.",
        ["Hawkers met on Sunday.", "S. Kanagaraj chaired the meeting."],
    ),
    (
        "n187-vn-dong-usd",
        "The repairs will cost VNĐ120 billion. That is about US$4.7 million.",
        ["The repairs will cost VNĐ120 billion.", "That is about US$4.7 million."],
    ),
    (
        "n187-vn-question-attrib",
        "“Who buys bananas at 10am?” Ms Lan asked.",
        ["“Who buys bananas at 10am?” Ms Lan asked."],
    ),
    (
        "n187-th-pm25-ends",
        "Schools close when the reading passes 75 for PM2.5. Parents are told by text message.",
        [
            "Schools close when the reading passes 75 for PM2.5.",
            "Parents are told by text message.",
        ],
    ),
    (
        "n187-th-pol-lt-col-mid",
        "Pol. Lt. Col. Surachai Inkaew said nine people had been fined.",
        ["Pol. Lt. Col. Surachai Inkaew said nine people had been fined."],
    ),
    (
        "n187-ph-ma-engr-mid",
        "Engr. Ma. Luisa T. Cabahug signed the advisory on Jan. 16.",
        ["Engr. Ma. Luisa T. Cabahug signed the advisory on Jan. 16."],
    ),
    (
        "n187-ph-inc-ends",
        "The welding was done by Mactan Pipeline Services Inc. Repairs took 20 hours.",
        ["The welding was done by Mactan Pipeline Services Inc.", "Repairs took 20 hours."],
    ),
    (
        "n187-ph-jr-ends",
        "The order was signed by Barangay Captain Rogelio Tumulak Jr. He chairs the water committee.",
        [
            "The order was signed by Barangay Captain Rogelio Tumulak Jr.",
            "He chairs the water committee.",
        ],
    ),
    (
        "n187-ph-avenues-mid",
        "Traffic on Gen. Maxilom Ave. was diverted to M.J. Cuenco Ave. until 9 p.m. on Thursday.",
        ["Traffic on Gen. Maxilom Ave. was diverted to M.J. Cuenco Ave. until 9 p.m. on Thursday."],
    ),
    (
        "n187-cn-dateline-dashes",
        "HANGZHOU, Dec. 7 (Jinghua) -- Gas prices will not change this winter. The commission said so on Tuesday.",
        [
            "HANGZHOU, Dec. 7 (Jinghua) -- Gas prices will not change this winter.",
            "The commission said so on Tuesday.",
        ],
    ),
    (
        "n187-cn-surnamed-mid",
        "A retiree surnamed Fang said she paid 11.60 yuan a month for water.",
        ["A retiree surnamed Fang said she paid 11.60 yuan a month for water."],
    ),
    (
        "n187-mn-ts-initial-starts",
        "Two nurses spoke to us. Ts. Oyunchimeg works nights.",
        ["Two nurses spoke to us.", "Ts. Oyunchimeg works nights."],
    ),
    (
        "n187-mn-llc-ends",
        "The buses are serviced by Tumen Motors LLC. It employs 300 mechanics.",
        ["The buses are serviced by Tumen Motors LLC.", "It employs 300 mechanics."],
    ),
    (
        "n187-mn-am-togrog",
        "The fare rose to ₮1,000 at 6 a.m. on Monday. Pensioners still ride free.",
        ["The fare rose to ₮1,000 at 6 a.m. on Monday.", "Pensioners still ride free."],
    ),
    (
        "n187-kz-llp-ends",
        "The roofs were cleared by Ishim Alpinist LLP. Each job cost 160,000 tenge.",
        ["The roofs were cleared by Ishim Alpinist LLP.", "Each job cost 160,000 tenge."],
    ),
    (
        "n187-kz-mci-mid",
        "The fine is 30 MCI, or about 118,000 tenge, for a first offence.",
        ["The fine is 30 MCI, or about 118,000 tenge, for a first offence."],
    ),
    (
        "n187-tr-prof-dr-mid",
        "The report was written by Prof. Dr. Aylin Tokgöz-Berk. She teaches in İzmir.",
        ["The report was written by Prof. Dr. Aylin Tokgöz-Berk.", "She teaches in İzmir."],
    ),
    (
        "n187-tr-dotted-date-ends",
        "The cuts began on 14.08.2028. They were lifted in October.",
        ["The cuts began on 14.08.2028.", "They were lifted in October."],
    ),
    (
        "n187-tr-hanim-pm-mid",
        "Ayten Hanım and Mehmet Bey carried 40 liters up the hill at 11 p.m. on Monday.",
        ["Ayten Hanım and Mehmet Bey carried 40 liters up the hill at 11 p.m. on Monday."],
    ),
    (
        "n187-ir-vol-no-mid",
        "The story ran in Vol. XXVI, No. 7419 on page 3.",
        ["The story ran in Vol. XXVI, No. 7419 on page 3."],
    ),
    (
        "n187-ir-rials-tomans",
        "A ride costs 40,000 rials. That is 4,000 tomans.",
        ["A ride costs 40,000 rials.", "That is 4,000 tomans."],
    ),
    (
        "n187-et-ec-ends",
        "The schedule ends on Yekatit 10, 2020 E.C. Trucks will still serve the hospitals.",
        ["The schedule ends on Yekatit 10, 2020 E.C.", "Trucks will still serve the hospitals."],
    ),
    (
        "n187-et-wro-wt-mid",
        "W/ro Tsehay and W/t Selam queued for water at 6 a.m. on Monday.",
        ["W/ro Tsehay and W/t Selam queued for water at 6 a.m. on Monday."],
    ),
    (
        "n187-gh-cedi-decimal",
        "A ride now costs GH₵8.20. It cost GH₵7.10 in February.",
        ["A ride now costs GH₵8.20.", "It cost GH₵7.10 in February."],
    ),
    (
        "n187-gh-turn-prefixes",
        "HOST: Is that fair? KWAKU: Ask the pump.",
        ["HOST: Is that fair?", "KWAKU: Ask the pump."],
    ),
]
