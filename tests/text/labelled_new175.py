"""Hundred-and-seventy-fifth set of new hand-labelled pages for the hint engines (tuning set, round sixty-one):
twelve WHOLE pages of everyday news, head to tail as a reader's paste gives them with each site's
furniture, from twelve African countries where SPEAKERS ARE HARD TO FIND AND TO NAME, each from a
different kind of outlet and pasted in a different way. The pages: a Nigerian national daily's
website on the DESKTOP (fire razes 412 shops at Oja-Tuntun Market, Ogbomoso); a Ghanaian commercial
radio station's website pasted from a PHONE (Akim Oda's treatment plant shut as galamsey turns the
Birim River brown); a Kenyan television station's website on the DESKTOP, with a video embed (Bomet
tea farmers reject a Sh28 second payment); a Ugandan news agency's WIRE COPY from its subscriber
portal (more than 200 families evicted from 600 acres in Mubende); a Tanzanian English daily in
READER MODE (Zanzibar seaweed farmers paid Sh1,200 a kilo as a new buyer enters); a Zambian online
news portal's AMP page (312 nets seized on Lake Bangweulu during the fish ban); a Zimbabwean weekly's
website pasted from a PHONE, with a metered paywall (Gweru pulls down 180 vendor stalls); a South
African public broadcaster's LIVE BLOG on the desktop, newest entry first (a municipal inquiry into a
water pipeline, with a witness exchange); a Namibian daily's PRINT VIEW (drought kills 8 400 head of
livestock in Kunene); a Botswana weekly's Q&A INTERVIEW shared from its APP (a kgosi on the kgotla's
ban on river sand mining); a Somali news portal pasted from a PHONE (the Shabelle displaces 42,000 in
Beledweyne); and a Sudanese exile outlet's EMAIL NEWSLETTER pasted from a WEBMAIL client (cholera in
Kosti's displacement sites, with two shorter items).

What is hard is finding the speaker and naming him or her the way a careful reviewer would, in twelve
countries' naming customs. Names sit behind stacks of titles and offices ("The Iyaloja of
Oja-Tuntun, Alhaja Sikirat Adunni Lawal-Bello, who has led the market women since 2009, put ...";
"The Oyo State Commissioner for Trade, Investment and Cooperatives, Barr. (Mrs.) Funmilayo Oyindamola
Adekunle-Raji, who visited ... with officials of the Oyo State Emergency Management Agency (OYSEMA),
said"; "Buganda Kingdom's Minister for Lands, Owek. Ssalongo Deogratius Ssekandi Kiwanuka, who
visited the camp on Tuesday, said"; "The area MP, Hon. Dr. Bernard Kipsang Towett, EBS, told the
National Assembly"); people come back as a title, a surname, a given name, a nickname, a teknonym or
a role ("the Iyaloja", "Nana Kuragu", "arap Chelule", "Bi Mwanaisha", "Maalim Haji", "Bana Chola",
"Mai Tatenda", "VaChidziva", "MaNcube", "Gacmadheere", "Abdirahman", "Dr. Dheere", "Hajja Amna",
"the Ombara", "the Inkosi", "the Ugaas", "the traditional leader"); a speaker is named after the
statement or the quote ("..., Kunene governor Marius Kaurivi Tjivikua said on Tuesday", "said Mama
Aso-Oke, holding up ...", "said a 17-year-old boy in Koshin who gave his name as Bashir", "said Hajj
Siddig Idris Wad Al-Fadil, who runs a bakery ..."); a cue sits inside a quote ("“Our men were there
within 20 minutes,” Oyetunji said, “but ...”"); quotes run on after their cue and over paragraphs;
two speakers share a paragraph; and bodies speak through statements, letters, reports, affidavits,
spokespersons and unnamed officials. Conventions this set had to settle, in the spirit of
`labelled_new.py`, `labelled_new2.py` and the recent sets:

* TITLES AND OFFICES are dropped, whatever their kind: Nigerian ("Engr.", "Alhaja", "Alhaji",
  "Chief", "Barr. (Mrs.)", "SP", "Sheikh", and the market offices "Iyaloja", "Babaloja", "Sarkin
  Hausawa", "Chief Imam"); Ghanaian ("Ing.", "Nana", "Hon.", "Madam", "Alhaji"); Kenyan ("Mzee",
  "Kipsonoi Ward MCA", "Ms", "Hon. Dr." with the post-nominal "EBS", "Eng.", "Bishop"); Ugandan
  ("Maj. (Rtd)", "Owek.", "Ssalongo" and "Nnalongo" for the parents of twins, "Rev. Fr.", "ASP",
  "Hajji"); Tanzanian ("Mheshimiwa", "Bi", "Maalim", "Dr.", and "Mzee" when it is an honorific);
  Zambian ("Mr", "Ms", "Chief", "Hon.", "Sr."); Zimbabwean ("Ms", "Sekuru", "Cde", "Cllr.", "Eng.",
  "Inspector", and the Shona prefix of respect in "VaChidziva"); South African ("Retired judge",
  "Adv.", "SC", "Inkosi", "Mr", "Dr"); Namibian ("Ombara", "Meme", "Tate", "Traditional
  councillor"); Botswana ("Kgosi" and "KGOSI", "Rra", "Mma", "Superintendent"); Somali ("Ugaas",
  "Nabadoon", "Xildhibaan", "Sheikh", "Dr."); Sudanese ("Dr.", "Ustaz", "Omda", "Hajj", "Prof.").
* KEPT as parts of names: regnal numbers on Akan stool names ("Ofori Kuragu III", "Akosua Dufie
  Ampem II"); the Kalenjin "arap" and the Kikuyu "wa", lower case as written ("Kipkemoi arap
  Chelule", "Njoroge wa Kamau"); the Maasai "ole" ("Lemayian ole Nkoitiko"); Afrikaans and German
  particles as first given, lower case, when a later mention capitalises them ("Pieter-Jan de
  Villiers" and "Judge De Villiers", "Annelie van der Merwe-Botha" and "Van der Merwe-Botha says",
  "Gerd von Harlessem" and "Von Harlessem said"); click letters that open a Damara or Nama surname,
  and with it a sentence ("Paulus //Khaxab" and "//Khaxab said", "Selma !Nuuses-Gowases" and
  "!Nuuses-Gowases said"); Sudanese "El", "Abu", "Wad" and "Al-" ("Elfatih Abdelrahim El Nur",
  "Babiker Hamid Abu Girja", "Siddig Idris Wad Al-Fadil", and "Mawahib Abdelrahman El Sheikh", whose
  "El Sheikh" is a surname, not the title); Zanzibari names in which "Haji" and "Mzee" are names
  ("Maalim Haji Ussi Makame" -> "Haji Ussi Makame", and "Maalim Haji said" resolves to him;
  "Mheshimiwa Suleiman Abeid Mzee" -> "Suleiman Abeid Mzee", and "Mzee said", "Mzee replied" and
  "Mzee told the House" are the minister, while "Mzee Ameir Vuai Khamis" drops the honorific and
  "Mzee Ameir" is the farmer); Somali three-part names ("Abdirahman Guled Jimale"); and firms'
  suffixes ("Kasolo Agro Estates Ltd.", "Pemba Marine Extracts Ltd.").
* NICKNAMES, PRAISE NAMES AND TEKNONYMS in an apposition are not part of the label, and resolve to it
  when they come back: "a fabric seller whom customers call “Mama Aso-Oke”" and "said Mama
  Aso-Oke"; "a plumber known across the town as “Kofi Pipeline”" (a day name not his own: he is Yaw)
  and "Kofi Pipeline said"; "known at Samfya harbour as Bana Chola" (mother of Chola) and "Bana Chola
  said"; "known at the rank as Mai Tatenda"; "whom other vendors call MaNcube" (a married Ndebele
  woman's clan name); "Khabazela", a Zulu clan praise name asked about by the judge, never a label;
  "widely known as Gacmadheere" and "Gacmadheere told Webiga"; a nickname in quotation marks after
  the full name ("Dr. Yusuf Abdi Warsame “Dheere”" and "Dr. Dheere said"); "whom everyone ... calls
  Hajja Amna". A name given as the only name is the label, even a teknonym or a kunya ("A fisherman
  who gave his name only as Bashi Mwila", "Kazeongere, a Himba mother who gave only one name", "a
  17-year-old boy ... who gave his name as Bashir", "A water seller who gave his name as Abu Hamza").
  A chief known by the chieftaincy name keeps it without the rank ("Chief Kapesha of the Ng'umbo
  people" -> "Kapesha", and "the traditional leader said"), as in `labelled_new171.py`.
* SHARED NAMES resolve as the story resolves them: the Kenyan chairman Wesley Kiprono Langat ("Mr
  Langat", "Langat told Kilele TV") and the MCA Gladys Chepkemoi Langat ("who is not related to the
  chairman", "Ms Langat"), with "“Mr Langat must come and explain,” she said." the MCA; the Botswana
  hauliers' chairman ("Rra Sebego", first mentioned inside the kgosi's answer and named in full only
  below it, so the label is the full name given later) and the teacher ("Mma Keitumetse Sebego ...
  who is not related to the hauliers' chairman", "Mma Sebego"); the Somali elder Mohamed Nur Warsame
  and the doctor Yusuf Abdi Warsame, never called "Warsame" alone; the minister "Mzee" and the farmer
  "Mzee Ameir".
* ROLE NOUNS AND SURNAMES resolve to the full name wherever on the page it is given: "the district
  commissioner said" in a Somali lead, the name following in the next paragraph; "Kunene governor"
  named after the statement; "A former municipal engineer told the inquiry" in a live blog's summary
  and "Mkhize told the inquiry" in its newest entries, the witness's full name appearing only in an
  older entry lower down the page (a live blog runs newest first); "the Ombara smiled and said".
* PRONOUNS take the person, never a place, body or thing named near them: "She said its hand pump had
  broken down" (the queenmother, not the borehole); "He has not replied." inside the kgosi's turn
  (the kgosi, not the minister he wrote to); "“Ba Chileshe must remember ...,” she said." (the nun,
  not the officer named in her quote with the Bemba "Ba"); "Asked by Antwi-Mensah whether ..., he
  said" (the manager, not the host); "He said his senior adviser, Mr Bwalya Katongo, would ..." (the
  chief); "It said the rest were “encroachers ...”" after a sentence about land sold "by his
  grandchildren" (the company); "they said" (the "residents and local leaders" of the lead).
* STATEMENTS, DOCUMENTS AND BODIES: a statement signed by a spokesperson carries the body, not the
  signer ("OYSEMA said in a statement signed by its spokesperson, Mr. Tunde Olaleye-Akinola," -> "the
  Oyo State Emergency Management Agency", the acronym resolving to the name first given inside the
  commissioner's sentence); an affidavit's "says" carries its deponent; "according to a sale agreement
  seen by UPA", "according to records of the Oyo State Fire Service", "according to the inquiry's
  secretariat", "according to figures from the Meat Board of Namibia" and "according to the Office of
  the Chief Government Statistician" as written, and "According to the DMMU" resolving to the unit as
  first given; the Swahili initials "JUWAMPA said in a letter" resolving to "the Paje Seaweed Farmers'
  Association"; generic nouns kept as written ("the service", "the company", "The company", "The
  ministry", "the department", "The environment ministry" with cue "did not respond to questions");
  a body acting with no verb of saying carries no speaker (the kgotla's vote, the council's
  demolition in a headline, the inquiry's appointment).
* UNNAMED SOURCES AND GROUPS are kept as written: "An official of IBEDC in Ogbomoso" (and "He
  said"), "A source at the Minerals Commission's regional office in Koforidua", "A director of the
  factory", "A local council official in Kitenga", "A ministry official" (twice, in two countries), "A
  fisheries officer at Kasaba camp", "A ward councillor", "A senior official in the Office of the
  Prime Minister's disaster risk management directorate", "A Kgatleng District Council official",
  "An aid worker with an international agency in Beledweyne", "A doctor at Kosti Teaching Hospital",
  "a young man selling phone chargers, who would not give his name", "one woman from the back of the
  crowd" (cue "shouted"); "residents and local leaders", "farmers and officials", "Some residents",
  "Some farmers", "traders", "traders at the Oda main market", "health workers in White Nile", and
  "Farmers" and "farmers" in a standfirst and a subhead ("Relief too slow, say farmers").
* TURN LABELS: the South African exchange carries BOTH sides, as the committee box of
  `labelled_new171.py` did ("Adv Nxumalo:" for the evidence leader, named in full only in the "B"
  note that introduces the exchange, and "Mkhize:" for the witness; a turn's second sentence carries
  the same speaker and label); the Botswana interview's "TSHIPIDI:" questions carry nobody unless
  they cite a source ("Some residents say", "Truck owners say"), and every sentence of a "KGOSI
  MOKGWARE:" answer carries the kgosi with the prefix as written as cue.
* CUES keep a channel after the verb ("told The Lodestar", "told Abotare News", "told the show's
  host" with the host's name in apposition left out, "told Kilele TV", "told the National Assembly",
  "told UPA", "told the House of Representatives", "told the House", "told The Kopje Voice", "told the
  inquiry", "told Umoya News", "told a drought meeting", "told Webiga by phone", "told Nilein by
  phone", "told Nilein", "said in a statement", "said in a letter to the ministry", "said in a report
  in February", "said in a written reply to Tshipidi Weekly") but not a fronted one ("Speaking on
  Abotare FM's morning show, ...", "In a statement, the company said", "In a statement on Sunday,
  ...", "In a statement issued in Windhoek, ...", "In an affidavit already before the inquiry, ...",
  "Outside the hall, ..."); other cues as written ("put" for a valuation, "saying", "has said",
  "urged", "asked", "asks", "says", "explains" in a quote headline, "replied", "appealed", "called",
  "advised", "shouted", "According to", "according to"). A quote interrupted by its cue is one
  sentence; a quote that runs on after its cue, to the end of a paragraph or into the next ones,
  carries its speaker and cue in every sentence (the Iyaloja, Nakalembe over three paragraphs, Bi
  Mwanaisha, Hengari, Halima Abdullahi Mohamed, El Nur, and Mkhize, whose next sentence quotes a
  WhatsApp message, "The message says ‘pay them ...’", inside his own words).

Of record ("W"): counts, money, dates and rules given by officials, bodies, companies, documents and
community leaders (shops burnt and their value, officers deployed, licences suspended, mercury
readings, turbidity, bonus rates and auction prices, signatures, evicted households and bibanja
claims, exports and members, nets seized and fines, bags of mealie meal, vendor bays and fees,
council votes, payment certificates and pipes delivered, livestock deaths, boreholes, rations,
rainfall, permits, river levels, displaced households, cholera cases and deaths, vaccine doses,
exam registrations); causal claims ("after electricity was restored following a two-day outage",
"followed a fall in prices at the Mombasa tea auction", "that spending had reduced the bonus",
"warmer sea temperatures had killed much of the cottonii", "because the farms were scattered across
small islands", "delayed by a shortage of trucks", "traced to water that donkey-cart sellers draw
straight from the White Nile", "followed a fall in the pound"); prices with a figure (sachet water,
kapenta, weaners, rice, a barrel of water, flour, a raft); statements of record in a quote ("“Our men
were there within 20 minutes ...”", "“... we counted 11,”", the WhatsApp message); and scheduled
events set by those who run them (tankers from Wednesday, a petition tabled on Thursday, an AGM on
April 22, a hearing on March 18, a security meeting on Friday, a budget debate on April 27,
mealie-meal distribution on Monday, the inquiry's resumption at 10:00 on Thursday, a vaccination
campaign on Saturday, exams on 14 June). Not worth checking (""): feelings, opinions and
characterisations; plans, promises and targets ("would set up a committee", "planned to buy 6,000
tonnes", "would pay for lawyers", "would be allocated by ballot next week"); forecasts ("prices would
stay low", "expected to keep the river high"); conditional threats and promises ("would go to court
if ..."); advice and appeals ("urged", "advised", "appealed"); anecdotes and a person's own counts
(stock worth N14 million, a K4,000 loan, a last ram sold, US$200 of airtime cards); questions in
quotes and from interviewers; subheads; scenes and captions that only describe; a no-reply line; and
"UPA could not independently verify that claim."

And where sentences end: titles that never end one ("Engr.", "Barr. (Mrs.)", "Mr.", "Ing.", "Hon.
Dr.", "Eng.", "Maj. (Rtd)", "Owek.", "Rev. Fr.", "Dr.", "Sr.", "Cllr.", "Adv.", "Prof."),
post-nominals and suffixes mid-sentence ("EBS,", "Kato & Co. Advocates, said", "(Pty) Ltd., which",
"Kasolo Agro Estates Ltd., said", "Pemba Marine Extracts Ltd., which"), "Aboabo No. 2", "4.15 a.m.
in"; abbreviations that do end one ("since 6 a.m." before "Kwari said ...", "from 7 a.m. each day.",
"Limited." before "All rights reserved.", "Ltd." before "For use by subscribers only."); decimals,
units and currencies ("N1.8 billion", "GH₵6", "0.012 milligrams", "US$2.14", "Shs1.9 billion",
"Sh1,200", "K1,500", "ZiG412,000", "R186 million", "2.4km", "N$2,1 million" with a DECIMAL COMMA,
"8 400" and "22 000" with a SPACE for thousands, "8.4 metres", "62,000 Sudanese pounds"); sentences
that open with a click letter ("//Khaxab said", "!Nuuses-Gowases said") or with a lower-case particle
inside a quote's attribution ("arap Chelule said"); an ellipsis before a lower-case word inside one
sentence ("the sea… it is hard work"); questions and an exclamation in quotes followed by their
attribution, one sentence each ("“How will I prove they took them?” Bashi Mwila asked.", "“Where do
they expect us to sell?” Mai Tatenda said, ...", "“We want our money!” shouted one woman ..."),
against a question followed by a new sentence inside one quote ("“Where do we go now?" / "We were
born on this land.”"); turn prefixes that open a sentence ("Mkhize: I went in May." / "There were
pipes ..."; "KGOSI MOKGWARE: From licensed pits." / "There are two ..."); a nested quotation
(‘pay them, the MM wants it done’); semicolons that never split (a wire headline, the Oyo
director's count, a quote at Samfya, the kgosi's "sand is not free; it belongs to the river");
and furniture questions that do ("Have a story?" / "WhatsApp the newsroom ...", "Already a
subscriber?" / "Log in", "Forwarded this email?" / "Subscribe here.").

The pages hold 536 sentences: 161 "B", 188 "W" and 187 ""; 319 sentences carry a speaker (152 distinct
speakers, page by page; 149 distinct labels). `STYLES` describes each page, its story, its labels and
its furniture in order; `CASES` holds 30 split cases written fresh in the manner of the pages (not
copied from them).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, ticker, crumb, byline, date line,
share line, caption, credit, time stamp, turn, box label, paywall line and legal line is a paragraph
of its own, except that a caption and a credit pasted in one line are two sentences of one
paragraph); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "".
Furniture is "B" line by line, whatever it says, never with a speaker; headlines and standfirsts are
never split and are flagged by content, their "says", "asks" or "explains" carrying the source as the
body names it; a dateline belongs to its lead sentence.

Written from scratch for issue 13 in round sixty-one, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run. What was read: the brief; the module docstrings of
`labelled_new.py` and `labelled_new2.py`; `def build` in `labelled_articles.py`; the `[tool.ruff*]`
tables of `pyproject.toml`; and the module docstrings, `STYLES`, a few pages and the `CASES` of
`labelled_new171.py` and `labelled_new172.py`. Coined names were checked for freshness against the
string constants of those two files: one outlet word ("Herald") and six given names ("Rashid",
"Peter", "Ali", "Hassan", "Ahmed", "Ismail") that hit were replaced before the file was written;
only common words, titles and particles ("Haji", "Mai", "Meme", "Abu") and real places and bodies
still hit.

Every person, outlet, publisher, firm, market association, coalition, cooperative, church, parish,
mosque, union, forum, statement, letter, report, affidavit, agreement and figure is invented, and so
are the small places and sites (Oja-Tuntun Market, Aboabo No. 2, Chepngaina Tea Factory, Kitenga
Primary School's camp, Goz El Salam, Gadeed, the Tshele River, Mokgalo ward and the like). Real
countries, regions, districts, cities, towns, rivers, lakes, parks, markets, hospitals, universities,
parliaments, ministries, agencies, boards, commissions, courts, police forces, kingdoms, laws and
programmes appear only as settings, with invented statements and figures: Ogbomoso, Oyo State, Oyo
town, Ibadan, Kano, Bowen University Teaching Hospital, the Oyo State Fire Service, the Oyo State
Emergency Management Agency and the Ibadan Electricity Distribution Company; Akim Oda, Birim Central,
the Birim River, Nkwanta, Kokoase, Koforidua, Accra, the Akim Oda Government Hospital, Ghana Water
Limited, the Minerals Commission, the Water Resources Commission and the Ghana Standards Authority;
Bomet County, Bomet East, Mombasa, Nairobi, Kericho, Narok, the Tea Board of Kenya, the National
Assembly, the county assembly and the Tea Act; Mubende, Kassanda, Wamala region, the High Court in
Mubende, Buganda Kingdom, the Uganda Human Rights Commission and the Land Act; Unguja, Pemba,
Chamanangwe, Paje, Jambiani, Bwejuu, Makunduchi, Chukwani, the House of Representatives, the Ministry
of Blue Economy and Fisheries, the Institute of Marine Sciences and the Office of the Chief
Government Statistician; Samfya, Mansa, Lake Bangweulu, Lake Tanganyika, Kasaba, Mano, Katanshya,
Chifunabuli, Bangweulu constituency, the Department of Fisheries and the Disaster Management and
Mitigation Unit; Gweru (once Gwelo), Kudzanai bus terminus, Mkoba, Senga, Nehosho, the High Court in
Gweru, Zanu PF and the Midlands police; Howick, uMngeni Local Municipality, KwaZulu-Natal, its MEC for
Cooperative Governance and Traditional Affairs, Treasury and the Municipal Systems Act; Opuwo,
Kunene, Sesfontein, Epupa, Kamanjab, Warmquelle, Otjondeka, Okahandja, Windhoek, Etosha National
Park, the Kunene River, the Ministry of Agriculture, Fisheries, Water and Land Reform, the Ministry
of Environment, Forestry and Tourism, the Office of the Prime Minister, the Meat Board of Namibia and
the Namibia Meteorological Service; Artesia, Oodi, Bokaa, Mochudi, Gaborone, the Kgatleng District,
the Notwane River, the Kgatleng Land Board, the Kgatleng District Council and the Minister of Lands
and Agriculture; Beledweyne, Koshin, Hawo Tako, Ceel Jaale, Mataban, Jowhar, Mogadishu, Hiiraan, the
Shabelle, the Ethiopian highlands, Hirshabelle, the Somali Disaster Management Agency, the federal
parliament and SWALIM; and Kosti, White Nile, Omdurman, Souq Libya, Abu Rof, Port Sudan, Sennar,
Kassala, Kampala, Kosti Teaching Hospital, the World Health Organization and the Sudan Secondary
Certificate.
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Nigerian NATIONAL DAILY\'S WEBSITE (Lagos), desktop browser paste, a MARKET FIRE with YORUBA AND HAUSA MARKET TITLES, A NICKNAME AND AN UNNAMED UTILITY OFFICIAL: fire razes 412 shops at Oja-Tuntun Market, Ogbomoso. Head: masthead, menu, a BREAKING ticker, crumb (all "B"); headline of record "W"; standfirst "Fire service says ..." ("W", carrying the service as the body names it); byline, date line, a comments count, share line ("B"); a caption "" and its credit in one line ("B"). Body: "OGBOMOSO —" lead "the Oyo State Fire Service said" ("W") and "the service said" (generic noun as written, "W"); the director ("Engr." and the role dropped) after an apposition and two relative clauses with "4.15 a.m. in" mid-sentence ("W"), "He said" ("W") and a QUOTE INTERRUPTED BY ITS CUE, one sentence ("W"); the Iyaloja ("Alhaja" and the office dropped) with cue "put" ("W"), "the Iyaloja said" (the office resolving, "") and the quote\'s question (""); the Babaloja ("Chief" dropped) whose sentence names the Sarkin Hausawa ("Alhaji" dropped) and ends "since 6 a.m." before "Kwari said" (TWO SPEAKERS IN ONE PARAGRAPH, "W" and ""); a fabric seller "whom customers call “Mama Aso-Oke”" and "said Mama Aso-Oke" (the NICKNAME resolving, ""); the commissioner ("Barr. (Mrs.)" dropped) ("" and "W"); "Lawal-Bello said" and "she said" (the Iyaloja, not the commissioner, ""); "OYSEMA said in a statement signed by its spokesperson, Mr. Tunde Olaleye-Akinola," (the body, acronym resolving, not the signer, "W"); the police PRO ("SP" dropped) "told The Lodestar" ("W"), "He said" ("W"); "In a statement on Sunday, the Oja-Tuntun Market Traders\' Association said" (fronted channel, "W"); "An official of IBEDC in Ogbomoso, who asked not to be named ..." and "He said" (kept as written, "W"); a subhead ""; "according to records of the Oyo State Fire Service" ("W"); the Chief Imam ("Sheikh" dropped) "urged" (""); "Oyetunji urged" ("") and a count "he said" ("W"). Tail: "Advertisement", related label and two headlines, a WhatsApp line, copyright split at "Limited." before "All rights reserved.", footer links (all "B").',
    'Ghanaian COMMERCIAL RADIO STATION\'S WEBSITE (Akim Oda), PHONE BROWSER paste, a WATER SHUTDOWN with AKAN STOOL NAMES, A RADIO SHOW, A DAY-NAME NICKNAME AND AN ANONYMOUS SOURCE: Akim Oda\'s treatment plant shut as galamsey turns the Birim River brown. Head: a menu/masthead/listen-live line, section label ("B"); headline of record "W"; byline with a relative time and a listen-to-article line ("B"); a caption "" and its credit on its own line "B". Body: the lead (no speaker, "W"); "In a statement, the company said" (fronted channel, generic noun, "W"); "Speaking on Abotare FM\'s morning show, Anopa Nkomo, on Tuesday, the Eastern Regional Chief Manager of GWL, Ing. Kwabena Ofosu-Appiah, said" (fronted channel, "Ing." and role dropped, "W") and "He said" ("W"); "told the show\'s host, Kojo Antwi-Mensah" (cue "told the show\'s host", ""); "Asked by Antwi-Mensah whether ..., he said" (the manager, not the host, "") and a conditional quote (""); a queue scene ""; sachet-water prices "traders at the Oda main market said" ("W"); the chief of "Aboabo No. 2" ("Nana" dropped, "III" kept) ("W") and "Nana Kuragu said" (""); the queenmother ("Nana" dropped, "II" kept) and "She said its hand pump ..." (the queenmother, not the borehole, ""); the MCE ("Hon." dropped) "told Abotare News" ("W"), "He said" ("W"); "Some residents told Abotare News" (the group, ""); "Agyekum-Darko denied this, saying" (cue "saying", "W") and "he said" (""); the Assembly Member ("Alhaji" dropped) "said" and "He asked" (""); a plumber "known across the town as “Kofi Pipeline”" and "Kofi Pipeline said" (resolving, ""); "A source at the Minerals Commission\'s regional office in Koforidua, who spoke on condition of anonymity," ("W"); "The Water Resources Commission said in a report in February" ("W"); the coalition convenor ("Madam" dropped) with mercury readings ("W") and a conditional threat (""); a subhead ""; "GWL advised" ("", acronym resolving) and "It said" tanker points "from 7 a.m. each day." ("W"). Tail: "Advertisement", a news-times line, tags, related label and one headline, "Have a story?" split from the WhatsApp line, copyright with "Ltd. |" (all "B").',
    'Kenyan TELEVISION STATION\'S WEBSITE (Nairobi), desktop browser paste, a FARMERS\' PROTEST with KALENJIN "arap", KIKUYU "wa", TWO UNRELATED LANGATS AND AN ANONYMOUS DIRECTOR: Bomet tea farmers reject a Sh28 second payment. Head: masthead, menu, crumb (all "B"); headline of record "W"; byline, published/updated line, share line ("B"); a video caption "" and its running time "B". Body: the march (no speaker, "W"); the board chairman after an apposition and two relative clauses with a cause ("W"), "He said" ("W") and a two-sentence quote "told Kilele TV" (""); "The Tea Board of Kenya said in a statement" ("W"); an elder ("Mzee" dropped, "arap" kept lower case) ("") and "arap Chelule said" (""); the MCA ("Kipsonoi Ward MCA" dropped) "who is not related to the chairman" with signatures ("W"), "Ms Langat said" a tabling date ("W") and "“Mr Langat must come and explain,” she said." (the MCA, ""); "Mr Langat said" (the chairman, "W"); "ADVERTISEMENT" ("B"); the MP ("Hon. Dr." and "EBS" dropped) "told the National Assembly" ("W") and "He called" (""); an economist "Njoroge wa Kamau" with a forecast ("") and "Mr wa Kamau said" in mid-sentence with export figures ("W"); "A director of the factory, who spoke to Kilele TV on condition of anonymity ..." and "He said" ("W"); the county executive member ("Eng." and role dropped) ("W" and ""); the police commander (role dropped, "W"); a bishop ("Bishop" dropped) "urged" ("") and an EXCLAMATION with its attribution "“We want our money!” shouted one woman from the back of the crowd ..." (one sentence, the unnamed woman as written, cue "shouted", ""); "Some farmers said" (""); a subhead ""; the AGM date ("W", no speaker) and "Langat said" a plan (""). Tail: trending label and two headlines, a YouTube line, copyright split at "Group." before "All rights reserved.", footer links (all "B").',
    'Ugandan NEWS AGENCY\'S WIRE COPY (Kampala), pasted from its SUBSCRIBER PORTAL on the desktop, an EVICTION STORY with BUGANDA AND MUSLIM TITLES, PARENT-OF-TWINS HONORIFICS, A QUOTE OVER THREE PARAGRAPHS AND AN UNVERIFIED ANONYMOUS CLAIM: more than 200 families evicted from 600 acres in Mubende. Head: the service line, a desk/slug/priority line, filed/sent times, an editor\'s correction note (all "B"); a headline of record with a semicolon ("W"). Body in one-sentence wire paragraphs: "MUBENDE, Uganda, March 11 (UPA) —" lead "residents and local leaders said" (the group as written, "W") and "they said" ("W", resolving); the RDC ("Maj. (Rtd)" and role dropped) "told UPA" ("W"), "Kakuru said" ("") and "He said" ("W"); "The company, Kasolo Agro Estates Ltd., said in a statement" (descriptor dropped, the suffix kept, "W"), "It said" ("W", the company, not the land) and "The company said" a plan (generic, ""); "according to a sale agreement seen by UPA" with "his grandchildren" ("W"); a farmer ("Nnalongo" dropped) ("") and a QUOTE OVER THREE PARAGRAPHS opened by "Nnalongo Nakalembe said", left open at a paragraph\'s end, with a question followed by a new sentence (all ""), and "Asked about the compensation, Nakalembe said" (""); the Buganda minister ("Owek." and "Ssalongo" dropped) with bibanja figures ("W"), "Owek. Kiwanuka said" and "He said" (""); the company\'s counsel with "Kato & Co. Advocates, said" mid-sentence ("W") and "He said" (""); "The Uganda Human Rights Commission said in a statement" a hearing date ("W"); the police spokesperson ("ASP" dropped) ("W") and "She said" ("W"); the parish priest ("Rev. Fr." dropped) with counts ("W") and "the priest said" (""); the LC III chairperson ("Hajji" dropped, "W"); "A local council official in Kitenga, who asked not to be named ..." ("W") and "UPA could not independently verify that claim." (""); "Kakuru said" a meeting on Friday ("W") and "He said" (""); a "BACKGROUND" label and a general line (""). Tail: "—ENDS—", a reporting/editing line, a photo line, related slugs, copyright split at "Ltd." before "For use by subscribers only.", a desk contact line (all "B").',
    'Tanzanian ENGLISH DAILY\'S WEBSITE (Dar es Salaam), READER MODE paste, a CROP PRICE STORY from ZANZIBAR with SWAHILI HONORIFICS, "Haji" AND "Mzee" AS NAMES, A MAASAI "ole" AND A QUOTE OVER TWO PARAGRAPHS: seaweed farmers paid Sh1,200 a kilo as a new buyer enters. Head, as reader mode leaves it: the domain "B"; headline of record "W"; standfirst "Farmers say ..." ("W", the group as written); byline, outlet/date line, reading-time line ("B"); a caption "" and its credit in one line ("B"). Body: the lead "farmers and officials said" ("W"); the minister ("Mheshimiwa" and role dropped; "Mzee" is his SURNAME) "told the House of Representatives" ("W") and "Mzee said" ("W"); "Pemba Marine Extracts Ltd., which opened ..., said" ("W"), its managing director with a target (""), "He said" payment terms ("W") and "Dharamsi said" (""); a farmer ("Bi" dropped) after two relative clauses ("") and "Bi Mwanaisha said" (the given name resolving), a QUOTE OVER TWO PARAGRAPHS (all ""); an elder ("Mzee" as HONORIFIC dropped) with an ELLIPSIS before "it" and "he said" (""); the association chairman ("Maalim" dropped, "Haji" his GIVEN NAME kept) with membership ("W") and "Maalim Haji said" (""); "JUWAMPA said in a letter to the ministry" (the Swahili initials resolving to the association as first given, "W"); "A ministry official, who asked not to be named ..." and "He said" ("W"); a member ("Mheshimiwa" dropped) "asked" ("") and "Mzee replied" a cause ("W", the minister); "Mzee told the House" (""), a scene with "Mzee Ameir" (no speaker) and "he said" (the farmer, ""); a scientist ("Dr." dropped, "ole" kept) with a cause ("W"), a quote ("") and "Dr ole Nkoitiko said" a raft price ("W"); an "Also read" line ("B"); "according to the Office of the Chief Government Statistician" ("W"); a subhead and a scene (""); the budget debate date ("W"). Tail: an author line and an e-mail line ("B").',
    'Zambian ONLINE NEWS PORTAL\'S AMP PAGE (Mansa), AMP paste, a FISH BAN ENFORCEMENT STORY with BEMBA TEKNONYMS, A CHIEF KNOWN BY HIS TITLE, A NUN AND TWO SPEAKERS IN ONE PARAGRAPH: 312 nets seized on Lake Bangweulu. Head: the AMP domain, masthead, crumb ("B"); headline of record "W"; a posted-on/by line ("B"); a caption "" and its credit in one line ("B"). Body: "SAMFYA —" lead "the Department of Fisheries in Samfya has said" (cue "has said", "W"); the fisheries officer ("Mr" and role dropped) with arrests and fines ("W"), "He said" the ban\'s dates ("W") and "Mr Chileshe said" (""); "Chief Kapesha of the Ng\'umbo people" (the chieftaincy name without the rank, "W"), "the traditional leader said" ("") and "He said his senior adviser, Mr Bwalya Katongo, would ..." (the chief, not the adviser, ""); a trader "known at Samfya harbour as Bana Chola" ("") and "Bana Chola said" (the TEKNONYM resolving, ""); another trader with a kapenta price ("W") and "Ngosa said" with "Bana Chola" in her quote (""); a fisherman "who gave his name only as Bashi Mwila" (the teknonym as the label, "") and a QUESTION WITH ATTRIBUTION "Bashi Mwila asked." (one sentence, ""); "Mr Chileshe said" ("W"); "Advertisement" ("B"); the District Commissioner ("Ms" and role dropped, "W") and "She said" a start date ("W"); "According to the DMMU" (resolving to the unit as first given, "W"); the MP ("Hon." dropped) ("", "W" and ""); the nun ("Sr." dropped) with feeding counts ("W") and "“Ba Chileshe must remember ...,” she said." (the nun, not the officer in her quote, ""); "A fisheries officer at Kasaba camp, who asked not to be named," ("W"); "The Bangweulu Fishers\' Cooperative Union said in a statement" ("W"); "Mwelwa said" and "Chileshe said" (TWO SPEAKERS IN ONE PARAGRAPH, ""); a subhead ""; licence prices "the department said" (generic, "W"). Tail: share label and strip, related label and one headline, "Leave a comment", copyright split before "Powered by WordPress", a non-AMP link (all "B").',
    'Zimbabwean WEEKLY NEWSPAPER\'S WEBSITE (Gweru), PHONE BROWSER paste with a METERED PAYWALL, a DEMOLITION STORY with SHONA AND NDEBELE FORMS OF ADDRESS: the city council pulls down 180 vendor stalls at Kudzanai rank. Head: a menu/masthead/search line, tagline, section ("B"); headline of record "W"; a QUOTED STANDFIRST "“Where do they expect us to sell?” asks mother of four" (the vendor as the body names her, cue "asks", ""); byline/date line and read time ("B"); a caption "" and its credit in one line ("B"). Body: "Gweru City Council ..., saying" (cue "saying", "W"); the spokesperson ("Ms" and role dropped) with notice dates and bay prices ("W") and a quote "told The Kopje Voice" (""); a vendor "known at the rank as Mai Tatenda" ("") and "Mai Tatenda said" with a quote that runs on (the TEKNONYM resolving, ""); the PAYWALL block (three lines, "Already a subscriber?" split from "Log in", all "B"); a cobbler ("Sekuru" dropped) in a scene (no speaker) and "VaChidziva said" (the Shona PREFIX "Va" dropped) with the quote\'s second sentence (""); "Sithembiso Dube, whom other vendors call MaNcube," and "MaNcube said" (the married woman\'s CLAN NAME resolving, ""); the traders\' association ("W"); the party chairperson ("Cde" dropped) and "Cde Gumbo said" (""); the mayor ("Cllr." dropped) with a council resolution ("W") and "He said" (""); the town clerk ("Eng." dropped, "W"); "Mavhunga-Sithole said" a ballot (""); the vendors\' lawyer (a filing "W", "Marufu said" "W", "he said" ""); the police spokesperson ("Inspector" dropped, "W"); "A ward councillor who asked not to be named" with a vote ("W"); a subhead "" and a scene ""; "said a young man selling phone chargers, who would not give his name" (kept as written, ""). Tail: read-more label and two headlines, a WhatsApp line and a copyright line with "(Pvt) Ltd" (all "B").',
    'South African PUBLIC BROADCASTER\'S LIVE BLOG (Johannesburg), desktop browser paste, a MUNICIPAL INQUIRY with A WITNESS EXCHANGE, AFRIKAANS PARTICLES, A ZULU CLAN PRAISE NAME AND AN INKOSI, NEWEST ENTRY FIRST: uMngeni\'s water pipeline paid for before it was built. Head: masthead, menu, "LIVE" ("B"); headline "LIVE | ...: engineer says ..." ("W", carrying the witness as the page names him); a last-updated line and a "Summary" label ("B"); a summary sentence "A former municipal engineer told the inquiry" (the ROLE NOUN resolving to the witness, "W") and the contractor\'s date ("W"). Entries, each under a "B" time stamp, some with "Key event" or "Posted by" lines ("B"): 15:52 an adjournment ("") and the chair ("Retired judge" dropped, particle "de" kept lower case) with the resumption time ("W"); 15:31 "Mkhize told the inquiry" and "He said" (the surname resolving to the full name given only in an OLDER ENTRY lower down, "W"); 14:58 an introducing note ("B") and an EXCHANGE with TURN LABELS "Adv Nxumalo:" (questions, "") and "Mkhize:" ("I went in May." and the turn\'s second sentence "W", "Maybe 40.", "Yes, Chair." and "I said so in my report." ""); 14:20 the contractor\'s director with "(Pty) Ltd., which" mid-sentence (no speaker, "W") and "In an affidavit already before the inquiry, Van der Merwe-Botha says" (fronted channel, capitalised particle resolving to "Annelie van der Merwe-Botha", "W"); 13:45 "Outside the hall, Inkosi Bhekizizwe Mthembu, whose traditional council ..., told Umoya News" ("Inkosi" dropped, "W") and "the Inkosi said" (""); 12:30 "Earlier, Mkhize said" ("W"), "Asked by Judge De Villiers who “Khabazela” ... was, Mkhize said" (the witness, not the judge; the CLAN PRAISE NAME not a label, ""), "he said" ("") and the quote\'s next sentence with a NESTED ‘...’ message and "The message says" inside his words ("W", Mkhize); 11:10 the witness\'s full name in a scene ("") and "In a statement on Monday, the uMngeni Local Municipality said" ("W") and its spokesperson ("Mr" dropped, ""); 10:02 a welcome line (""), the inquiry\'s legal basis ("W"), "according to the inquiry\'s secretariat" ("W") and a lawyer ("Adv." dropped) "told Umoya News" (""). Tail: load-more line, a related line, copyright with "(SOC) Ltd", footer links (all "B").',
    'Namibian DAILY NEWSPAPER\'S PRINT VIEW (Windhoek), PRINT VIEW paste, a DROUGHT STORY with OTJIHERERO, OSHIWAMBO, DAMARA AND GERMAN NAMES, CLICK LETTERS AND DECIMAL COMMAS: drought kills 8 400 head of livestock in Kunene. Head: the URL line, masthead, print/close line ("B"); headline and a standfirst of record ("W"); byline/date line ("B"); a caption "" and its credit in one line ("B"). Body: "OPUWO –" lead with "8 400" and the governor (role dropped) named after the statement ("W"); "Tjivikua said" ("W"), "He said" with "N$2,1 million" (a DECIMAL COMMA, "W") and "he told a drought meeting" (""); the Ombara ("Ombara" dropped) after a relative clause ("W"), "Ombara Hengari said" ("") and a QUOTE OVER TWO PARAGRAPHS ("" twice); a Himba mother "who gave only one name" ("Kazeongere" as the label, "") and "she said" (""); a traditional councillor with a CLICK LETTER in his surname ("Paulus //Khaxab", "W") and "//Khaxab said" OPENING a sentence ("W"); a goat farmer "Selma !Nuuses-Gowases" ("") and "!Nuuses-Gowases said" opening a sentence (""); a subhead "Relief too slow, say farmers" (the group, ""); a cattle farmer with "von" kept lower case ("W") and "Von Harlessem said" a price ("W"); "according to figures from the Meat Board of Namibia" ("W"); the vet ("Meme" dropped) with vaccinations ("W") and advice ""; the water committee chair ("Tate" dropped) with rationing ("W") and "Tate Nghifikwa said" (""); "In a statement issued in Windhoek, the Ministry of Agriculture, Fisheries, Water and Land Reform said" (fronted, "W") and "The ministry said" (generic, "W"); "A senior official in the Office of the Prime Minister\'s disaster risk management directorate, who is not authorised ..." and "He said" a cause ("W"); "Hengari said" a letter ("W") and "the Ombara smiled and said" (the title as a ROLE NOUN resolving, ""); "The environment ministry did not respond to questions" (""); "The Namibia Meteorological Service said" rainfall ("W"). Tail: a printed-from line, copyright split at "2027." before "All rights reserved.", a page count (all "B").',
    'Botswana WEEKLY NEWSPAPER\'S Q&A INTERVIEW, SHARED FROM ITS APP, with SETSWANA HONORIFICS, PREFIXED TURNS AND A SHARED SURNAME: a kgosi on why the Artesia kgotla banned river sand mining. Head: a shared-from line, masthead, section ("B"); a quote headline "‘Sand is not free’: Artesia kgosi explains ..." ("W", the kgosi as the page names him, cue "explains"); byline/date line ("B"); a caption "" and its credit in one line ("B"). Intro: the kgotla\'s vote and the ban\'s fine (a body acting, no speaker, "W"); the kgosi "spoke to Tshipidi Weekly" (no content, no speaker, ""); an edited-for-length note ("B"). The interview: "TSHIPIDI:" questions with no speaker (""), two citing a source ("Some residents say ..." and "Truck owners say ...", ""), one followed by a new question sentence (""); "KGOSI MOKGWARE:" answers (the title in the prefix, the label the full name as first given, the prefix as cue), every sentence of a turn carrying him: meeting dates, attendance, a fine paid, a letter to the minister and "He has not replied." (the kgosi, not the minister, "W"), "There are two in the district, at Oodi and at Bokaa." ("W"), and reasons, feelings and conditions (""), one mentioning "Rra Sebego" before he is named in full. "Advertisement" and a "WHAT THE OTHERS SAY" box label ("B"); the hauliers\' chairman ("Rra" dropped, the full name given only here) with members and jobs ("W") and "Rra Sebego said" (""); "The Kgatleng Land Board said in a written reply to Tshipidi Weekly" ("W"); a teacher "Mma Keitumetse Sebego ... who is not related to the hauliers\' chairman" and "Mma Sebego said" (""); the station commander ("Superintendent" and role dropped, "W"); "A Kgatleng District Council official, who asked not to be named," ("W"). Tail: a read-the-full-interview link and an app line ("B").',
    'Somali NEWS PORTAL (Mogadishu), PHONE BROWSER paste, a FLOOD STORY with SOMALI NICKNAMES, ELDERS\' TITLES, A SHARED SURNAME AND ANONYMOUS AID WORKERS: the Shabelle displaces 42,000 in Beledweyne. Head: masthead, language switch, crumb ("B"); headline of record "W"; outlet/date line ("B"); a caption "" and its credit on its own line "B". Body: "BELEDWEYNE (Webiga) —" lead "the district commissioner said" (the ROLE NOUN resolving to the name given in the next paragraph, "W"); the commissioner (role dropped) "widely known as Gacmadheere" ("W"), "Gacmadheere told Webiga by phone" (the NICKNAME resolving, ""), "He said" ("W"), "Abdirahman said" (the GIVEN NAME resolving, "W") and "He appealed" (""); "The Somali Disaster Management Agency (SODMA) said in a statement" (acronym dropped, "W") and "It said" ("W"); an elder ("Ugaas" dropped) ("W") and "the Ugaas said" (""); a peace-committee member ("Nabadoon" dropped) and "he said" (""); "Advertisement" ("B"); the MP ("Xildhibaan" dropped) and "She said" (""); a displaced mother with a QUOTE RUNNING INTO THE NEXT PARAGRAPH (""); a boy "who gave his name as Bashir" named after the quote (""); "An aid worker with an international agency in Beledweyne, who asked not to be named ..." ("W") and "He said" (""); the imam ("Sheikh" dropped, "W"); the hospital director ("Dr." dropped) with a NICKNAME IN QUOTATION MARKS after his name, "“Dheere”" ("W"), and "Dr. Dheere said" (resolving, never the Ugaas who shares his surname, ""); the state ministry as written ("W"); rice prices "traders said" ("W"); "Gacmadheere said" a road cut ("W"); a subhead ""; SWALIM\'s forecast (acronym dropped, ""). Tail: share strip, related label and one headline, copyright split at "News." before "All rights reserved.", an app line (all "B").',
    'Sudanese EXILE NEWS OUTLET\'S EMAIL NEWSLETTER, pasted from a WEBMAIL client, a MORNING BRIEF with SUDANESE NAME PARTICLES, A KUNYA, A VILLAGE OMDA AND ANONYMOUS SOURCES: cholera cases climb to 1,140 in Kosti\'s displacement sites, with two shorter items. Head: the subject line, "Inbox", sender, "to me", date, view-in-browser line and the brief\'s masthead (all "B"); a greeting ("") and "health workers in White Nile say" ("W", the group as written). Lead item: headline of record "W"; "The state health ministry in White Nile said" ("W") and "It said" ("W"); the director of epidemiology ("Dr." and role dropped, "El Sheikh" a SURNAME kept) "told Nilein by phone" ("W") and "Dr. El Sheikh said" a cause ("W"); "The Kosti Emergency Response Room, a network of neighbourhood volunteers, said in a statement" ("W"); its spokesperson ("Ustaz" dropped, "El Nur" kept) ("W"), "El Nur said" ("") and the quote\'s next paragraph (two sentences, ""); "A doctor at Kosti Teaching Hospital, who asked not to be named ..." ("W"); a grandmother "whom everyone ... calls Hajja Amna" and "Hajja Amna said" (the KUNYA-LIKE NAME resolving, ""); the omda ("Omda" dropped, "Abu Girja" kept) ("W") and "Abu Girja said" (""); "A water seller who gave his name as Abu Hamza" (the kunya as the label, prices "W"); "The World Health Organization said" ("W"). An "ALSO IN TODAY\'S BRIEF" label ("B"); a flour headline ("W"), prices "traders told Nilein" ("W"), the millers\' association with a cause ("W") and a baker named after his quote ("Hajj" dropped, "Wad Al-Fadil" kept, ""); an exams headline "..., ministry says" ("W", carrying the ministry as the body names it), "The federal Ministry of Education said in a statement from Port Sudan" ("W"), a professor ("Prof." dropped) with a count ("W") and "she said" (""); "A ministry official, speaking on condition of anonymity," with a plan (""). Tail: a donate line, a two-sentence newsroom line, "Forwarded this email?" split from "Subscribe here.", the foundation\'s address line and an unsubscribe line (all "B").',
]

ARTICLES = [
    [
        [("THE NIGERIAN LODESTAR", "", "", "B")],
        [
            (
                "Home  News  Politics  Business  Metro  Sports  Entertainment  Opinion  Lodestar TV  E-Paper",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "BREAKING: Senate confirms 14 ambassadorial nominees after three-hour closed session",
                "",
                "",
                "B",
            )
        ],
        [("Metro » South-West", "", "", "B")],
        [("Fire razes 412 shops at Ogbomoso's Oja-Tuntun market", "", "", "W")],
        [
            (
                "Fire service says blaze began in a transformer room minutes after power was restored at dawn",
                "the Oyo State Fire Service",
                "says",
                "W",
            )
        ],
        [("By Oluwaseun Adebayo-Ogundipe, Ogbomoso", "", "", "B")],
        [("March 9, 2027 | 6:41 am", "", "", "B")],
        [("2 Comments", "", "", "B")],
        [("Share: Facebook  X  WhatsApp  Telegram  Email", "", "", "B")],
        [
            (
                "Traders search the ruins of their shops at Oja-Tuntun Market, Ogbomoso, on Sunday.",
                "",
                "",
                "",
            ),
            ("PHOTO: Oluwaseun Adebayo-Ogundipe", "", "", "B"),
        ],
        [
            (
                "OGBOMOSO — At least 412 shops were destroyed when fire swept through Oja-Tuntun Market in Ogbomoso, Oyo State, in the early hours of Sunday, the Oyo State Fire Service said.",
                "the Oyo State Fire Service",
                "said",
                "W",
            )
        ],
        [
            (
                "Nobody died, but two night guards were treated for burns at Bowen University Teaching Hospital, the service said.",
                "the service",
                "said",
                "W",
            )
        ],
        [
            (
                "The Director of the service, Engr. Kolawole Ayinde Oyetunji, who led the operation and who spent most of Sunday at the scene, said the fire started at about 4.15 a.m. in a transformer room beside the building-materials section, minutes after electricity was restored following a two-day outage.",
                "Kolawole Ayinde Oyetunji",
                "said",
                "W",
            ),
            (
                "He said four fire engines from Ogbomoso and Oyo town fought the flames for nearly five hours.",
                "Kolawole Ayinde Oyetunji",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Our men were there within 20 minutes,” Oyetunji said, “but the access roads were blocked by wheelbarrows, kiosks and cars parked for the night.”",
                "Kolawole Ayinde Oyetunji",
                "said",
                "W",
            )
        ],
        [
            (
                "The Iyaloja of Oja-Tuntun, Alhaja Sikirat Adunni Lawal-Bello, who has led the market women since 2009, put the value of goods lost at more than N1.8 billion.",
                "Sikirat Adunni Lawal-Bello",
                "put",
                "W",
            ),
            (
                "“Many of these women took loans from their cooperatives last month to stock up for Ramadan,” the Iyaloja said as traders crowded round her.",
                "Sikirat Adunni Lawal-Bello",
                "said",
                "",
            ),
            ("“Who will pay those loans now?”", "Sikirat Adunni Lawal-Bello", "said", ""),
        ],
        [
            (
                "Her male counterpart, the Babaloja, Chief Rasheed Olatunji Akande, said 37 of the burnt shops belonged to members of the Hausa community, whose leader in the town, Alhaji Musa Danladi Kwari, the Sarkin Hausawa of Ogbomoso, had been at the market since 6 a.m.",
                "Rasheed Olatunji Akande",
                "said",
                "W",
            ),
            (
                "Kwari said the Hausa traders had asked their young men not to blame anybody until the investigation was over.",
                "Musa Danladi Kwari",
                "said",
                "",
            ),
        ],
        [
            (
                "Adeola Folasade Ogunleye, a fabric seller whom customers call “Mama Aso-Oke”, said she had lost stock worth N14 million.",
                "Adeola Folasade Ogunleye",
                "said",
                "",
            ),
            (
                "“I have been in this market for 22 years and I have never seen a fire like this,” said Mama Aso-Oke, holding up a charred receipt book.",
                "Adeola Folasade Ogunleye",
                "said",
                "",
            ),
            ("“Even the receipts are ash.”", "Adeola Folasade Ogunleye", "said", ""),
        ],
        [
            (
                "The Oyo State Commissioner for Trade, Investment and Cooperatives, Barr. (Mrs.) Funmilayo Oyindamola Adekunle-Raji, who visited the market on Sunday afternoon with officials of the Oyo State Emergency Management Agency (OYSEMA), said the government would set up a committee to assess the damage.",
                "Funmilayo Oyindamola Adekunle-Raji",
                "said",
                "",
            ),
            (
                "She said the governor had directed that 60 unallocated shops in the market's new wing be given to affected traders rent-free for six months.",
                "Funmilayo Oyindamola Adekunle-Raji",
                "said",
                "W",
            ),
        ],
        [
            (
                "Lawal-Bello said the offer was welcome but that 60 shops could not go round 412 traders.",
                "Sikirat Adunni Lawal-Bello",
                "said",
                "",
            ),
            (
                "“We thank the government, but we are many,” she said.",
                "Sikirat Adunni Lawal-Bello",
                "said",
                "",
            ),
        ],
        [
            (
                "OYSEMA said in a statement signed by its spokesperson, Mr. Tunde Olaleye-Akinola, that 318 traders had registered with its officials at the market by Sunday evening.",
                "the Oyo State Emergency Management Agency",
                "said in a statement",
                "W",
            )
        ],
        [
            (
                "The Police Public Relations Officer in Oyo State, SP Gbolahan Adisa-Ogunmola, told The Lodestar that the command had deployed 40 officers to the market to prevent looting.",
                "Gbolahan Adisa-Ogunmola",
                "told The Lodestar",
                "W",
            ),
            (
                "He said three young men arrested with bags of rice and noodles behind the market on Sunday morning were being questioned at the Ogbomoso North Division.",
                "Gbolahan Adisa-Ogunmola",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a statement on Sunday, the Oja-Tuntun Market Traders' Association said it had written to the Ibadan Electricity Distribution Company (IBEDC) about the transformer in August 2025.",
                "the Oja-Tuntun Market Traders' Association",
                "said",
                "W",
            ),
            (
                "An official of IBEDC in Ogbomoso, who asked not to be named because he was not authorised to speak to journalists, said the company had no record of such a letter.",
                "An official of IBEDC in Ogbomoso",
                "said",
                "W",
            ),
            (
                "He said the transformer had been serviced in January.",
                "An official of IBEDC in Ogbomoso",
                "said",
                "W",
            ),
        ],
        [("Third market fire in two years", "", "", "")],
        [
            (
                "The blaze is the third at a market in Ogbomoso since January 2025, according to records of the Oyo State Fire Service.",
                "records of the Oyo State Fire Service",
                "according to",
                "W",
            ),
            (
                "The Chief Imam of the market mosque, Sheikh Abdulrazaq Alabi Oyewo, whose own provisions shop was among those burnt, urged traders to remain calm.",
                "Abdulrazaq Alabi Oyewo",
                "urged",
                "",
            ),
        ],
        [
            (
                "Oyetunji urged the market's management to install fire extinguishers in every line of shops.",
                "Kolawole Ayinde Oyetunji",
                "urged",
                "",
            ),
            (
                "“A market of this size should have at least 200 extinguishers; we counted 11,” he said.",
                "Kolawole Ayinde Oyetunji",
                "said",
                "W",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [("RELATED NEWS", "", "", "B")],
        [("Ogbomoso traders protest new market levy", "", "", "B")],
        [("Fire guts Ibadan furniture market, 80 stalls lost", "", "", "B")],
        [("Join The Lodestar's WhatsApp channel for breaking news", "", "", "B")],
        [
            ("© 2027 Lodestar Newspapers Limited.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [("About Us | Advertise | Contact | Privacy Policy", "", "", "B")],
    ],
    [
        [("☰  ABOTARE 102.7 FM  ▶ LISTEN LIVE", "", "", "B")],
        [("Regional News", "", "", "B")],
        [("Akim Oda water plant shut as galamsey turns Birim River brown", "", "", "W")],
        [("Kwame Asamoah-Boadu · 2 hours ago", "", "", "B")],
        [("🎧 Listen to this article · 3 min", "", "", "B")],
        [("Muddy water at the intake of the Akim Oda treatment plant on Monday.", "", "", "")],
        [("Photo credit: Abotare News", "", "", "B")],
        [
            (
                "About 60,000 people in Akim Oda and surrounding towns have been without pipe-borne water since Sunday, when Ghana Water Limited (GWL) shut down its treatment plant on the Birim River.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "In a statement, the company said the turbidity of the river at the plant's intake had risen above 14,000 NTU, far beyond the 1,500 NTU the plant was built to treat.",
                "the company",
                "said",
                "W",
            )
        ],
        [
            (
                "Speaking on Abotare FM's morning show, Anopa Nkomo, on Tuesday, the Eastern Regional Chief Manager of GWL, Ing. Kwabena Ofosu-Appiah, said the plant had been shut three times since January for the same reason.",
                "Kwabena Ofosu-Appiah",
                "said",
                "W",
            ),
            (
                "He said water tankers would serve schools, the Akim Oda Government Hospital and the town's prison from Wednesday.",
                "Kwabena Ofosu-Appiah",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We cannot produce water from mud,” Ing. Ofosu-Appiah told the show's host, Kojo Antwi-Mensah.",
                "Kwabena Ofosu-Appiah",
                "told the show's host",
                "",
            )
        ],
        [
            (
                "Asked by Antwi-Mensah whether residents would have water by Easter, he said he could not promise that.",
                "Kwabena Ofosu-Appiah",
                "said",
                "",
            ),
            (
                "“Once the river clears below 2,000 NTU, we restart the plant the same day,” he said.",
                "Kwabena Ofosu-Appiah",
                "said",
                "",
            ),
        ],
        [
            (
                "Residents queued at the few working boreholes in the town from 4 a.m. on Tuesday.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "The price of a bag of sachet water rose from GH₵6 to GH₵9 in two days, traders at the Oda main market said.",
                "traders at the Oda main market",
                "said",
                "W",
            )
        ],
        [
            (
                "The chief of Aboabo No. 2, a farming community on the river, Nana Ofori Kuragu III, whose palace sits about 200 metres from the bank, said illegal miners had returned to the area within three weeks of a military sweep in November.",
                "Ofori Kuragu III",
                "said",
                "W",
            ),
            (
                "“They come at night with their changfan machines, and by morning the river is the colour of Milo,” Nana Kuragu said.",
                "Ofori Kuragu III",
                "said",
                "",
            ),
        ],
        [
            (
                "The queenmother of the town, Nana Akosua Dufie Ampem II, said women now walked four kilometres to a borehole at Nkwanta.",
                "Akosua Dufie Ampem II",
                "said",
                "",
            ),
            (
                "She said its hand pump had broken down on Monday.",
                "Akosua Dufie Ampem II",
                "said",
                "",
            ),
        ],
        [
            (
                "The Municipal Chief Executive for Birim Central, Hon. Emmanuel Kwadwo Agyekum-Darko, told Abotare News that the Municipal Security Council (MUSEC) had arrested 17 people and seized nine excavators since January.",
                "Emmanuel Kwadwo Agyekum-Darko",
                "told Abotare News",
                "W",
            ),
            (
                "He said the excavators were parked at the municipal assembly.",
                "Emmanuel Kwadwo Agyekum-Darko",
                "said",
                "W",
            ),
        ],
        [
            (
                "Some residents told Abotare News that at least three of the machines belonged to party officials in the municipality.",
                "Some residents",
                "told Abotare News",
                "",
            )
        ],
        [
            (
                "Agyekum-Darko denied this, saying the machines were registered to two foreign nationals and a company in Accra.",
                "Emmanuel Kwadwo Agyekum-Darko",
                "saying",
                "W",
            ),
            (
                "“Let anybody with evidence bring it to the police,” he said.",
                "Emmanuel Kwadwo Agyekum-Darko",
                "said",
                "",
            ),
        ],
        [
            (
                "The Assembly Member for the Oda Zongo electoral area, Alhaji Yakubu Mahama Seidu, said the tankers would not be enough for the Zongo's 12,000 people.",
                "Yakubu Mahama Seidu",
                "said",
                "",
            ),
            (
                "He asked the assembly to repair six boreholes that were drilled in 2019 and later abandoned.",
                "Yakubu Mahama Seidu",
                "asked",
                "",
            ),
        ],
        [
            (
                "Yaw Boakye, a plumber known across the town as “Kofi Pipeline”, said he had fetched drinking water from the Birim for most of his 54 years.",
                "Yaw Boakye",
                "said",
                "",
            ),
            (
                "“Now even the goats will not drink it,” Kofi Pipeline said, laughing.",
                "Yaw Boakye",
                "said",
                "",
            ),
        ],
        [
            (
                "A source at the Minerals Commission's regional office in Koforidua, who spoke on condition of anonymity, said 11 of the 26 small-scale mining licences in the Birim Central area had been suspended in 2026 for mining within 100 metres of the river.",
                "A source at the Minerals Commission's regional office in Koforidua",
                "said",
                "W",
            )
        ],
        [
            (
                "The Water Resources Commission said in a report in February that about 60 per cent of the Birim's length showed damage from mining.",
                "The Water Resources Commission",
                "said in a report in February",
                "W",
            )
        ],
        [
            (
                "The convenor of the Birim Watch Coalition, Madam Gifty Adoma Sarpong-Owusu, said the coalition's own tests in February found mercury at 0.012 milligrams per litre at Aboabo, twelve times the limit of 0.001 set by the Ghana Standards Authority.",
                "Gifty Adoma Sarpong-Owusu",
                "said",
                "W",
            ),
            (
                "Madam Sarpong-Owusu said the coalition would go to court if the commission did not publish the names of all licence holders by the end of the month.",
                "Gifty Adoma Sarpong-Owusu",
                "said",
                "",
            ),
        ],
        [("What residents should do", "", "", "")],
        [
            (
                "GWL advised residents to boil all water from tankers and wells before drinking it.",
                "Ghana Water Limited",
                "advised",
                "",
            ),
            (
                "It said the tankers would be at Oda Zongo, Kokoase and the main lorry station from 7 a.m. each day.",
                "Ghana Water Limited",
                "said",
                "W",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [("Catch Abotare News at 6 a.m., 12 noon and 6 p.m. on 102.7 FM.", "", "", "B")],
        [("Tags: Galamsey · Birim River · Ghana Water · Akim Oda", "", "", "B")],
        [("Related Articles", "", "", "B")],
        [("Oda traders lament high transport fares after fuel price rise", "", "", "B")],
        [("Have a story?", "", "", "B"), ("WhatsApp the newsroom on 055 941 2287", "", "", "B")],
        [("© 2027 Abotare Communications Ltd. | All rights reserved", "", "", "B")],
    ],
    [
        [("KILELE TV", "", "", "B")],
        [
            (
                "LIVE TV   News   Counties   Business   Sports   Kilele Digital   Videos   Podcasts",
                "",
                "",
                "B",
            )
        ],
        [("Counties / Bomet", "", "", "B")],
        [
            (
                "Chepngaina tea farmers reject Sh28 bonus, demand audit of factory accounts",
                "",
                "",
                "W",
            )
        ],
        [("By Faith Chebet Rono", "", "", "B")],
        [("Published on: Mar 16, 2027 08:12 | Updated: Mar 16, 2027 10:40", "", "", "B")],
        [("Share: Facebook  X  WhatsApp  LinkedIn", "", "", "B")],
        [
            ("▶ WATCH: Farmers march to Chepngaina Tea Factory on Monday", "", "", ""),
            ("02:14", "", "", "B"),
        ],
        [
            (
                "Hundreds of tea farmers marched to Chepngaina Tea Factory in Bomet County on Monday to protest against a second payment of Sh28 per kilogramme of green leaf, down from Sh50 last year.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The factory's board chairman, Wesley Kiprono Langat, who was re-elected last June and who has sat on the board since 2018, said the cut followed a fall in prices at the Mombasa tea auction.",
                "Wesley Kiprono Langat",
                "said",
                "W",
            ),
            (
                "He said the factory had received 14.2 million kilogrammes of green leaf from 9,800 growers in the year to June, about the same as the year before.",
                "Wesley Kiprono Langat",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Nobody has eaten the farmers' money,” Langat told Kilele TV.",
                "Wesley Kiprono Langat",
                "told Kilele TV",
                "",
            ),
            (
                "“The money simply was not there this year.”",
                "Wesley Kiprono Langat",
                "told Kilele TV",
                "",
            ),
        ],
        [
            (
                "The Tea Board of Kenya said in a statement that tea sold at Mombasa had averaged US$2.14 a kilogramme in the year to June, down from US$2.61 the year before.",
                "The Tea Board of Kenya",
                "said in a statement",
                "W",
            )
        ],
        [
            (
                "Mzee Kipkemoi arap Chelule, 84, who planted some of the first tea bushes in Chepngaina in 1962, said he did not believe the board.",
                "Kipkemoi arap Chelule",
                "said",
                "",
            ),
            (
                "“When prices went up, we did not see it; now that they go down, we see it quickly,” arap Chelule said, leaning on his walking stick.",
                "Kipkemoi arap Chelule",
                "said",
                "",
            ),
        ],
        [
            (
                "Kipsonoi Ward MCA Gladys Chepkemoi Langat, who is not related to the chairman, said she had collected 3,100 signatures on a petition asking the county assembly to summon the factory's board.",
                "Gladys Chepkemoi Langat",
                "said",
                "W",
            ),
            (
                "Ms Langat said the petition would be tabled in the assembly on Thursday.",
                "Gladys Chepkemoi Langat",
                "said",
                "W",
            ),
            ("“Mr Langat must come and explain,” she said.", "Gladys Chepkemoi Langat", "said", ""),
        ],
        [
            (
                "Mr Langat said the board had already pinned its audited accounts on the factory's notice board in October.",
                "Wesley Kiprono Langat",
                "said",
                "W",
            )
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "The area MP, Hon. Dr. Bernard Kipsang Towett, EBS, told the National Assembly last week that growers in his constituency would receive about Sh640 million less in bonus payments than last year.",
                "Bernard Kipsang Towett",
                "told the National Assembly",
                "W",
            ),
            ("He called for a review of the Tea Act.", "Bernard Kipsang Towett", "called", ""),
        ],
        [
            (
                "Njoroge wa Kamau, an agricultural economist at a Nairobi think-tank, said prices would stay low because buyers in Pakistan and Egypt were short of dollars.",
                "Njoroge wa Kamau",
                "said",
                "",
            ),
            (
                "Kenya exported 594 million kilogrammes of tea last year, Mr wa Kamau said, most of it to Pakistan, Egypt and the United Kingdom.",
                "Njoroge wa Kamau",
                "said",
                "W",
            ),
        ],
        [
            (
                "A director of the factory, who spoke to Kilele TV on condition of anonymity for fear of being voted out, said the board had spent Sh96 million on a new boiler and withering machines in the past year.",
                "A director of the factory",
                "said",
                "W",
            ),
            (
                "He said that spending had reduced the bonus by about Sh6 a kilogramme.",
                "A director of the factory",
                "said",
                "W",
            ),
        ],
        [
            (
                "Bomet County Executive Committee Member for Agriculture Eng. Mercy Chelangat Sigei said the county had set aside Sh30 million in its 2026/27 budget to subsidise fertiliser for tea growers.",
                "Mercy Chelangat Sigei",
                "said",
                "W",
            ),
            (
                "She said the county could not interfere in the running of the factory.",
                "Mercy Chelangat Sigei",
                "said",
                "",
            ),
        ],
        [
            (
                "Bomet East Sub-County Police Commander Philip Otieno Odhiambo said officers had escorted the marchers and that nobody had been arrested.",
                "Philip Otieno Odhiambo",
                "said",
                "W",
            )
        ],
        [
            (
                "Bishop Rose Chepngetich Kirui of Fountain of Hope Gospel Church, who led a prayer at the factory gate, urged the two sides to settle the dispute through dialogue.",
                "Rose Chepngetich Kirui",
                "urged",
                "",
            ),
            (
                "“We want our money!” shouted one woman from the back of the crowd as the bishop prayed.",
                "one woman from the back of the crowd",
                "shouted",
                "",
            ),
        ],
        [
            (
                "Some farmers said they would uproot their tea and plant avocados.",
                "Some farmers",
                "said",
                "",
            )
        ],
        [("What happens next", "", "", "")],
        [
            (
                "The factory's annual general meeting, at which shareholders vote on the board's accounts, is scheduled for April 22.",
                "",
                "",
                "W",
            ),
            (
                "Langat said he would present a full breakdown of the bonus there.",
                "Wesley Kiprono Langat",
                "said",
                "",
            ),
        ],
        [("Trending", "", "", "B")],
        [("Kericho: Boda boda riders protest crackdown on helmets", "", "", "B")],
        [("Narok: Mara conservancies raise bed-night fees", "", "", "B")],
        [("Subscribe to Kilele TV on YouTube", "", "", "B")],
        [("© 2027 Kilele Media Group.", "", "", "B"), ("All rights reserved.", "", "", "B")],
        [("Terms | Privacy | Advertise with us", "", "", "B")],
    ],
    [
        [("UPA NEWSWIRE | Subscriber Service", "", "", "B")],
        [
            (
                "Desk: Domestic | Slug: UGANDA-LAND/MUBENDE | Priority: Routine | 702 words",
                "",
                "",
                "B",
            )
        ],
        [("Filed 11/03/2027 14:26 EAT | Sent 11/03/2027 14:41 EAT", "", "", "B")],
        [("Editor's note: Corrects name of sub-county in paragraph 5.", "", "", "B")],
        [
            (
                "Over 200 families evicted from Mubende land; rights commission opens inquiry",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "MUBENDE, Uganda, March 11 (UPA) — More than 200 families have been evicted from about 600 acres of land in Kitenga sub-county, Mubende district, residents and local leaders said on Wednesday.",
                "residents and local leaders",
                "said",
                "W",
            )
        ],
        [
            (
                "The evictions began before dawn on Monday, they said.",
                "residents and local leaders",
                "said",
                "W",
            )
        ],
        [
            (
                "The Resident District Commissioner, Maj. (Rtd) Andrew Tumusiime Kakuru, told UPA that 214 households had registered at a temporary camp at Kitenga Primary School.",
                "Andrew Tumusiime Kakuru",
                "told UPA",
                "W",
            )
        ],
        [
            (
                "“These people are Ugandans and they have nowhere else to go,” Kakuru said.",
                "Andrew Tumusiime Kakuru",
                "said",
                "",
            )
        ],
        [
            (
                "He said the eviction had been carried out by a court bailiff with about 60 casual labourers and no police officers present.",
                "Andrew Tumusiime Kakuru",
                "said",
                "W",
            )
        ],
        [
            (
                "The company, Kasolo Agro Estates Ltd., said in a statement on Tuesday that it had obtained an eviction order from the High Court in Mubende in December and had compensated 96 families in 2020.",
                "Kasolo Agro Estates Ltd.",
                "said in a statement",
                "W",
            )
        ],
        [
            (
                "It said the rest were “encroachers who settled after the purchase”.",
                "Kasolo Agro Estates Ltd.",
                "said",
                "W",
            )
        ],
        [
            (
                "The company said it planned to grow maize and soya beans on 400 acres and to employ 250 people.",
                "The company",
                "said",
                "",
            )
        ],
        [
            (
                "The land, which once belonged to a colonial-era county chief, was sold to the company by his grandchildren for Shs1.9 billion in 2019, according to a sale agreement seen by UPA.",
                "a sale agreement seen by UPA",
                "according to",
                "W",
            )
        ],
        [
            (
                "Nnalongo Teopista Nakalembe, 58, a mother of twins who has farmed on the land since 1987, said she had never been paid.",
                "Teopista Nakalembe",
                "said",
                "",
            )
        ],
        [
            (
                "“They came at six in the morning and started pulling down the houses with us inside,” Nnalongo Nakalembe said.",
                "Teopista Nakalembe",
                "said",
                "",
            )
        ],
        [
            (
                "“My grandchildren have slept under a mango tree for two nights.",
                "Teopista Nakalembe",
                "said",
                "",
            )
        ],
        [
            ("“Where do we go now?", "Teopista Nakalembe", "said", ""),
            ("We were born on this land.”", "Teopista Nakalembe", "said", ""),
        ],
        [
            (
                "Asked about the compensation, Nakalembe said her neighbour had been paid Shs2 million in 2020 “for the mango trees only”.",
                "Teopista Nakalembe",
                "said",
                "",
            )
        ],
        [
            (
                "Buganda Kingdom's Minister for Lands, Owek. Ssalongo Deogratius Ssekandi Kiwanuka, who visited the camp on Tuesday, said the kingdom's records showed that at least 140 of the families held bibanja interests recognised under the Land Act.",
                "Deogratius Ssekandi Kiwanuka",
                "said",
                "W",
            )
        ],
        [
            (
                "“A kibanja holder cannot be chased away like a goat,” Owek. Kiwanuka said.",
                "Deogratius Ssekandi Kiwanuka",
                "said",
                "",
            )
        ],
        [
            (
                "He said the Kabaka's government would pay for lawyers for the families.",
                "Deogratius Ssekandi Kiwanuka",
                "said",
                "",
            )
        ],
        [
            (
                "Counsel for the company, Isaac Mugisha Byaruhanga of Byaruhanga, Kato & Co. Advocates, said the High Court had considered the bibanja claims and rejected them in its December ruling.",
                "Isaac Mugisha Byaruhanga",
                "said",
                "W",
            )
        ],
        [
            (
                "He said the company was willing to “discuss resettlement on humanitarian grounds” with the district.",
                "Isaac Mugisha Byaruhanga",
                "said",
                "",
            )
        ],
        [
            (
                "The Uganda Human Rights Commission said in a statement that it had sent a team to Mubende and would hold a hearing at the district headquarters on March 18.",
                "The Uganda Human Rights Commission",
                "said in a statement",
                "W",
            )
        ],
        [
            (
                "The Wamala region police spokesperson, ASP Rachael Kyomugisha, said police had opened a file on malicious damage to property after receiving 31 complaints.",
                "Rachael Kyomugisha",
                "said",
                "W",
            )
        ],
        [("She said no arrests had been made.", "Rachael Kyomugisha", "said", "W")],
        [
            (
                "Rev. Fr. Lawrence Ssemwogerere, the parish priest of Kitenga, who has been taking food to the camp, said the parish had registered 37 pregnant women and 412 children among the evicted.",
                "Lawrence Ssemwogerere",
                "said",
                "W",
            )
        ],
        [
            (
                "“The children have not been to school since Monday,” the priest said.",
                "Lawrence Ssemwogerere",
                "said",
                "",
            )
        ],
        [
            (
                "The LC III chairperson of Kitenga sub-county, Hajji Twaha Kigozi Ssentongo, said the sub-county had received no notice of the eviction, as the law requires.",
                "Twaha Kigozi Ssentongo",
                "said",
                "W",
            )
        ],
        [
            (
                "A local council official in Kitenga, who asked not to be named for fear of reprisals, said at least 40 of the families had bought their plots from the grandchildren themselves before the sale to the company.",
                "A local council official in Kitenga",
                "said",
                "W",
            )
        ],
        [("UPA could not independently verify that claim.", "", "", "")],
        [
            (
                "Kakuru said the district security committee would meet the company's managers on Friday.",
                "Andrew Tumusiime Kakuru",
                "said",
                "W",
            )
        ],
        [
            (
                "He said he had asked the company to let the families harvest their beans first.",
                "Andrew Tumusiime Kakuru",
                "said",
                "",
            )
        ],
        [("BACKGROUND", "", "", "")],
        [
            (
                "Disputes between bibanja holders and registered owners are common in central Uganda, where many families farm land they do not hold titles for.",
                "",
                "",
                "",
            )
        ],
        [("—ENDS—", "", "", "B")],
        [("(Reporting by Brian Mwesigwa Ssali; Editing by Agnes Kyarikunda)", "", "", "B")],
        [("UPA photo available: MUBENDE-EVICTION-01", "", "", "B")],
        [
            (
                "Related slugs: UGANDA-LAND/KASSANDA (March 2), UGANDA-COURTS/BAILIFFS (Feb 27)",
                "",
                "",
                "B",
            )
        ],
        [
            ("© 2027 Uganda Pressline Agency Ltd.", "", "", "B"),
            ("For use by subscribers only.", "", "", "B"),
        ],
        [("Desk: desk@upa-news.co.ug | +256 414 233 908", "", "", "B")],
    ],
    [
        [("mwambaoobserver.co.tz", "", "", "B")],
        [
            (
                "Zanzibar seaweed price rises to Sh1,200 a kilo as new buyer enters market",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Farmers say a processor in Pemba has ended one buyer's hold on the beaches",
                "Farmers",
                "say",
                "W",
            )
        ],
        [("By Salma Juma Khamis", "", "", "B")],
        [("The Mwambao Observer · 8 April 2027", "", "", "B")],
        [("6–8 minutes", "", "", "B")],
        [
            ("Seaweed farmers at Paje carry their harvest ashore at low tide.", "", "", ""),
            ("(Photo: File)", "", "", "B"),
        ],
        [
            (
                "Seaweed farmers on Unguja's east coast are being paid Sh1,200 a kilo for dried cottonii, up from Sh800 in January, since a new processor began buying in the villages, farmers and officials said.",
                "farmers and officials",
                "said",
                "W",
            )
        ],
        [
            (
                "The Minister for Blue Economy and Fisheries, Mheshimiwa Suleiman Abeid Mzee, told the House of Representatives in Chukwani on Tuesday that Zanzibar exported 14,600 tonnes of dried seaweed in 2026, earning Sh9.4 billion.",
                "Suleiman Abeid Mzee",
                "told the House of Representatives",
                "W",
            ),
            (
                "Mzee said about 80 per cent of the farmers were women.",
                "Suleiman Abeid Mzee",
                "said",
                "W",
            ),
        ],
        [
            (
                "Pemba Marine Extracts Ltd., which opened a processing plant at Chamanangwe in Pemba in January, said it had bought 1,150 tonnes from farmers in its first three months.",
                "Pemba Marine Extracts Ltd.",
                "said",
                "W",
            ),
            (
                "Its managing director, Hussein Rajabali Dharamsi, said the company planned to buy 6,000 tonnes this year.",
                "Hussein Rajabali Dharamsi",
                "said",
                "",
            ),
            (
                "He said the firm paid farmers within seven days of collection.",
                "Hussein Rajabali Dharamsi",
                "said",
                "W",
            ),
            (
                "“We want farmers to grow more, not to sell to the highest bidder for one season,” Dharamsi said.",
                "Hussein Rajabali Dharamsi",
                "said",
                "",
            ),
        ],
        [
            (
                "Bi Mwanaisha Khamis Juma, 47, who has farmed seaweed at Paje for 22 years and who chairs the village's women's group, said the new price had changed the mood on the beach.",
                "Mwanaisha Khamis Juma",
                "said",
                "",
            ),
            (
                "“Last year we sold to one buyer, and he set the price,” Bi Mwanaisha said.",
                "Mwanaisha Khamis Juma",
                "said",
                "",
            ),
            (
                "“Now two buyers come to the beach and they compete.",
                "Mwanaisha Khamis Juma",
                "said",
                "",
            ),
        ],
        [
            (
                "“This month I paid school fees for all three of my children in one day.",
                "Mwanaisha Khamis Juma",
                "said",
                "",
            ),
            ("That has never happened before.”", "Mwanaisha Khamis Juma", "said", ""),
        ],
        [
            (
                "Mzee Ameir Vuai Khamis, 79, one of the first farmers to plant seaweed at Paje, said the price was still too low for the work.",
                "Ameir Vuai Khamis",
                "said",
                "",
            ),
            (
                "“The ropes, the sun, the sea… it is hard work for Sh1,200,” he said.",
                "Ameir Vuai Khamis",
                "said",
                "",
            ),
        ],
        [
            (
                "Maalim Haji Ussi Makame, a retired teacher who chairs the Paje Seaweed Farmers' Association, known by its Swahili initials JUWAMPA, said the association had 1,240 members, up from 860 last year.",
                "Haji Ussi Makame",
                "said",
                "W",
            ),
            (
                "Maalim Haji said the association wanted the government to set a minimum price.",
                "Haji Ussi Makame",
                "said",
                "",
            ),
        ],
        [
            (
                "JUWAMPA said in a letter to the ministry in February that some buyers had used scales that under-weighed bags by up to 3 kilos.",
                "the Paje Seaweed Farmers' Association",
                "said in a letter to the ministry",
                "W",
            )
        ],
        [
            (
                "A ministry official, who asked not to be named because he was not authorised to speak, said the ministry had received 14 complaints about scales since January.",
                "A ministry official",
                "said",
                "W",
            ),
            (
                "He said weights and measures officers had been sent to 11 villages.",
                "A ministry official",
                "said",
                "W",
            ),
        ],
        [
            (
                "In the House, the Member for Makunduchi, Mheshimiwa Asha Bakari Faki, asked why farmers in Pemba were still being paid Sh900.",
                "Asha Bakari Faki",
                "asked",
                "",
            ),
            (
                "Mzee replied that collection costs were higher in Pemba because the farms were scattered across small islands.",
                "Suleiman Abeid Mzee",
                "replied",
                "W",
            ),
        ],
        [
            (
                "Asked about a minimum price, Mzee told the House that the government would “not fix prices in a free market”.",
                "Suleiman Abeid Mzee",
                "told the House",
                "",
            ),
            (
                "On the beach at Paje, Mzee Ameir shook his head when told of the minister's answer.",
                "",
                "",
                "",
            ),
            (
                "“Then the market should be free for us too,” he said.",
                "Ameir Vuai Khamis",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr. Lemayian ole Nkoitiko, a marine scientist at the Institute of Marine Sciences in Zanzibar, said warmer sea temperatures had killed much of the cottonii in shallow farms since 2019.",
                "Lemayian ole Nkoitiko",
                "said",
                "W",
            ),
            (
                "“The lagoon is getting too warm for cottonii in February and March,” he said.",
                "Lemayian ole Nkoitiko",
                "said",
                "",
            ),
            (
                "Dr ole Nkoitiko said farmers were moving to deeper water on floating rafts, which cost about Sh150,000 each.",
                "Lemayian ole Nkoitiko",
                "said",
                "W",
            ),
        ],
        [("Also read: Pemba clove farmers paid Sh14,000 a kilo in new season", "", "", "B")],
        [
            (
                "Seaweed was Zanzibar's third-largest export by value in 2026, after cloves and fish, according to the Office of the Chief Government Statistician.",
                "the Office of the Chief Government Statistician",
                "according to",
                "W",
            )
        ],
        [("A crop grown by women", "", "", "")],
        [
            (
                "Most of the farms lie in the shallow lagoons between Paje, Jambiani and Bwejuu, where women tend ropes tied between wooden stakes at low tide.",
                "",
                "",
                "",
            )
        ],
        [("The House will debate the ministry's budget for 2027/28 on April 27.", "", "", "W")],
        [("Salma Juma Khamis is The Mwambao Observer's Zanzibar correspondent.", "", "", "B")],
        [("zanzibar@mwambaoobserver.co.tz", "", "", "B")],
    ],
    [
        [("⚡ mwelatribune.co.zm", "", "", "B")],
        [("THE MWELA TRIBUNE", "", "", "B")],
        [("Home › Provinces › Luapula", "", "", "B")],
        [
            (
                "Fisheries officers seize 312 nets on Lake Bangweulu as fish ban enters third month",
                "",
                "",
                "W",
            )
        ],
        [("Posted on February 4, 2027 by Mwila Chisanga Kabwe", "", "", "B")],
        [
            (
                "Nets seized by fisheries officers are piled outside the department's office in Samfya on Tuesday.",
                "",
                "",
                "",
            ),
            ("Picture by Mwila Chisanga Kabwe", "", "", "B"),
        ],
        [
            (
                "SAMFYA — Fisheries officers have seized 312 illegal nets and 41 canoes on Lake Bangweulu since the annual fish ban began on December 1, the Department of Fisheries in Samfya has said.",
                "the Department of Fisheries in Samfya",
                "has said",
                "W",
            )
        ],
        [
            (
                "Samfya District Fisheries Officer Mr Kelvin Musonda Chileshe said 19 people had been arrested, 14 of whom had paid admission of guilt fines of K1,500 each.",
                "Kelvin Musonda Chileshe",
                "said",
                "W",
            ),
            (
                "He said the ban, which runs until February 28, gives fish time to breed.",
                "Kelvin Musonda Chileshe",
                "said",
                "W",
            ),
            (
                "“We are not fighting the fishermen; we are protecting their children's fish,” Mr Chileshe said.",
                "Kelvin Musonda Chileshe",
                "said",
                "",
            ),
        ],
        [
            (
                "Chief Kapesha of the Ng'umbo people, whose chiefdom takes in several islands on the lake, said he had banned the sale of fish at three landing sites in his area until the ban ends.",
                "Kapesha",
                "said",
                "W",
            ),
            (
                "“My subjects must eat, but they must not eat tomorrow's fish today,” the traditional leader said.",
                "Kapesha",
                "said",
                "",
            ),
            (
                "He said his senior adviser, Mr Bwalya Katongo, would sit with fisheries officers at the landing sites.",
                "Kapesha",
                "said",
                "",
            ),
        ],
        [
            (
                "Esther Mulenga Chanda, a fish trader known at Samfya harbour as Bana Chola after her eldest son, said she had borrowed K4,000 in November to buy fish for the festive season and could not repay it.",
                "Esther Mulenga Chanda",
                "said",
                "",
            ),
            (
                "“The ban came, and the money stayed in the water,” Bana Chola said.",
                "Esther Mulenga Chanda",
                "said",
                "",
            ),
        ],
        [
            (
                "Another trader, Memory Bwalya Ngosa, said a 10-kilogram bag of dried kapenta from Lake Tanganyika now cost K650 at Samfya market.",
                "Memory Bwalya Ngosa",
                "said",
                "W",
            ),
            (
                "“Bana Chola and I now share one stall,” Ngosa said.",
                "Memory Bwalya Ngosa",
                "said",
                "",
            ),
        ],
        [
            (
                "A fisherman who gave his name only as Bashi Mwila said officers had seized his two nets at night without giving him a receipt.",
                "Bashi Mwila",
                "said",
                "",
            ),
            ("“How will I prove they took them?” Bashi Mwila asked.", "Bashi Mwila", "asked", ""),
        ],
        [
            (
                "Mr Chileshe said every seizure was recorded in a register kept at the Samfya office and that fishermen could inspect it.",
                "Kelvin Musonda Chileshe",
                "said",
                "W",
            )
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Samfya District Commissioner Ms Precious Kunda Mwelwa said the district had received 1,200 bags of mealie meal from the Disaster Management and Mitigation Unit (DMMU) for fishing families.",
                "Precious Kunda Mwelwa",
                "said",
                "W",
            ),
            (
                "She said distribution would start on Monday at Kasaba, Mano and Katanshya.",
                "Precious Kunda Mwelwa",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to the DMMU, 8,900 households in Samfya and Chifunabuli districts are on its relief list.",
                "the Disaster Management and Mitigation Unit",
                "According to",
                "W",
            )
        ],
        [
            (
                "Bangweulu Member of Parliament Hon. Joseph Kangwa Mutale said the ban should be shortened to two months in districts where fishing is the only source of income.",
                "Joseph Kangwa Mutale",
                "said",
                "",
            ),
            (
                "He said 58,000 people in the district depended on fishing.",
                "Joseph Kangwa Mutale",
                "said",
                "W",
            ),
            (
                "“A ban without food is a punishment,” Mutale said.",
                "Joseph Kangwa Mutale",
                "said",
                "",
            ),
        ],
        [
            (
                "Sr. Bernadette Mwansa of Samfya Catholic Parish, which runs a feeding programme, said the parish was feeding 430 children a day, up from 250 before the ban.",
                "Bernadette Mwansa",
                "said",
                "W",
            ),
            (
                "“Ba Chileshe must remember that a hungry man fishes at night,” she said.",
                "Bernadette Mwansa",
                "said",
                "",
            ),
        ],
        [
            (
                "A fisheries officer at Kasaba camp, who asked not to be named, said officers had only two working boats to patrol about 3,000 square kilometres of water.",
                "A fisheries officer at Kasaba camp",
                "said",
                "W",
            )
        ],
        [
            (
                "The Bangweulu Fishers' Cooperative Union said in a statement that its 2,600 members had not received the K500 ban allowance promised by the ministry in November.",
                "The Bangweulu Fishers' Cooperative Union",
                "said in a statement",
                "W",
            )
        ],
        [
            (
                "Mwelwa said the allowance was a matter for the ministry.",
                "Precious Kunda Mwelwa",
                "said",
                "",
            ),
            (
                "Chileshe said it would be paid before the lake reopens.",
                "Kelvin Musonda Chileshe",
                "said",
                "",
            ),
        ],
        [("When the lake opens", "", "", "")],
        [
            (
                "The ban ends at midnight on February 28, and fishing licences for 2027 are on sale at K180 at the council offices, the department said.",
                "the department",
                "said",
                "W",
            )
        ],
        [("Share this:", "", "", "B")],
        [("WhatsApp · Facebook · X", "", "", "B")],
        [("Related", "", "", "B")],
        [("Mansa traders move to new market after years of delays", "", "", "B")],
        [("Leave a comment", "", "", "B")],
        [("© 2027 The Mwela Tribune.", "", "", "B"), ("Powered by WordPress", "", "", "B")],
        [("View non-AMP version", "", "", "B")],
    ],
    [
        [("☰ THE KOPJE VOICE 🔍", "", "", "B")],
        [("Gweru's independent weekly", "", "", "B")],
        [("NEWS", "", "", "B")],
        [("Council pulls down 180 vendor stalls at Kudzanai rank", "", "", "W")],
        [("“Where do they expect us to sell?” asks mother of four", "Chipo Mashiri", "asks", "")],
        [("Nokuthula Sibanda-Mpofu | Friday, 12 March 2027", "", "", "B")],
        [("4 min read", "", "", "B")],
        [
            (
                "Vendors salvage their goods after the demolitions at Kudzanai on Tuesday.",
                "",
                "",
                "",
            ),
            ("Picture: Nokuthula Sibanda-Mpofu", "", "", "B"),
        ],
        [
            (
                "Gweru City Council on Tuesday demolished 180 vendor stalls at Kudzanai bus terminus, saying they had been built without approval.",
                "Gweru City Council",
                "saying",
                "W",
            )
        ],
        [
            (
                "Council spokesperson Ms Rutendo Mavhunga-Sithole said the stalls stood on land set aside for a new bus shelter and that vendors had been given 14 days' notice on 20 February.",
                "Rutendo Mavhunga-Sithole",
                "said",
                "W",
            ),
            (
                "She said 120 bays at the council's new Mkoba vendors' market were available at US$15 a month.",
                "Rutendo Mavhunga-Sithole",
                "said",
                "W",
            ),
            (
                "“We are not against vendors; we are against disorder,” Mavhunga-Sithole told The Kopje Voice.",
                "Rutendo Mavhunga-Sithole",
                "told The Kopje Voice",
                "",
            ),
        ],
        [
            (
                "Chipo Mashiri, 41, a mother of four who sells tomatoes and is known at the rank as Mai Tatenda, said council officers arrived at 5 a.m. with a front-end loader.",
                "Chipo Mashiri",
                "said",
                "",
            ),
            (
                "“Where do they expect us to sell?” Mai Tatenda said, pointing at the broken poles.",
                "Chipo Mashiri",
                "said",
                "",
            ),
            (
                "“Mkoba is 6 kilometres away, and people who catch buses do not go to Mkoba.”",
                "Chipo Mashiri",
                "said",
                "",
            ),
        ],
        [("You have read 2 of your 3 free articles this month.", "", "", "B")],
        [("Subscribe for US$1 a month to keep reading.", "", "", "B")],
        [("Already a subscriber?", "", "", "B"), ("Log in", "", "", "B")],
        [
            (
                "Sekuru Amos Chidziva, 76, who has mended shoes at the rank since 1984, sat beside his overturned workbench.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "“I was mending shoes here when this town was still called Gwelo,” VaChidziva said.",
                "Amos Chidziva",
                "said",
                "",
            ),
            ("“The council has had 43 years to give me a shop.”", "Amos Chidziva", "said", ""),
        ],
        [
            (
                "Sithembiso Dube, whom other vendors call MaNcube, said she had lost airtime cards and sweets worth about US$200 when her stall was flattened.",
                "Sithembiso Dube",
                "said",
                "",
            ),
            (
                "MaNcube said she would go back to the rank on Monday.",
                "Sithembiso Dube",
                "said",
                "",
            ),
        ],
        [
            (
                "The Gweru Informal Traders' Association said 640 of its members worked at the rank.",
                "The Gweru Informal Traders' Association",
                "said",
                "W",
            )
        ],
        [
            (
                "Zanu PF Gweru district chairperson Cde Farai Munyaradzi Gumbo said the party had not been consulted and would raise the matter with the provincial leadership.",
                "Farai Munyaradzi Gumbo",
                "said",
                "",
            ),
            ("“The vendors are our voters,” Cde Gumbo said.", "Farai Munyaradzi Gumbo", "said", ""),
        ],
        [
            (
                "The mayor, Cllr. Jabulani Ndlovu-Moyo, said a full council meeting on 4 March had resolved to clear all structures built on roads and pavements in the central business district.",
                "Jabulani Ndlovu-Moyo",
                "said",
                "W",
            ),
            (
                "He said the resolution applied “to everybody, whatever party card they carry”.",
                "Jabulani Ndlovu-Moyo",
                "said",
                "",
            ),
        ],
        [
            (
                "Town clerk Eng. Tafadzwa Chiwara said the council had collected ZiG412,000 in vendor fees in 2026, against a budget of ZiG1.1 million.",
                "Tafadzwa Chiwara",
                "said",
                "W",
            )
        ],
        [
            (
                "Mavhunga-Sithole said the 120 bays at Mkoba would be allocated by ballot next week.",
                "Rutendo Mavhunga-Sithole",
                "said",
                "",
            )
        ],
        [
            (
                "Tonderai Kuzivakwashe Marufu, a lawyer representing 64 of the vendors, said he had filed an urgent chamber application at the High Court in Gweru on Wednesday.",
                "Tonderai Kuzivakwashe Marufu",
                "said",
                "W",
            ),
            (
                "Marufu said the council had not produced a copy of the resolution.",
                "Tonderai Kuzivakwashe Marufu",
                "said",
                "W",
            ),
            (
                "“Even a council must follow its own rules,” he said.",
                "Tonderai Kuzivakwashe Marufu",
                "said",
                "",
            ),
        ],
        [
            (
                "Midlands provincial police spokesperson Inspector Sibongile Mudzingwa-Tshuma said four vendors had been arrested for public violence and released on bail of ZiG500 each.",
                "Sibongile Mudzingwa-Tshuma",
                "said",
                "W",
            )
        ],
        [
            (
                "A ward councillor who asked not to be named said the resolution had been passed by 11 votes to 7.",
                "A ward councillor",
                "said",
                "W",
            )
        ],
        [("Back by nightfall", "", "", "")],
        [
            (
                "By Thursday evening some vendors had returned, their goods laid out on sacks along the pavement.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "“If they come again, we move again,” said a young man selling phone chargers, who would not give his name.",
                "a young man selling phone chargers",
                "said",
                "",
            )
        ],
        [("READ MORE", "", "", "B")],
        [("Water cuts extended to Senga and Nehosho", "", "", "B")],
        [("Students protest fees hike at Gweru college", "", "", "B")],
        [("Get The Kopje Voice on WhatsApp", "", "", "B")],
        [("© 2027 Kopje Voice Publishing (Pvt) Ltd", "", "", "B")],
    ],
    [
        [("UMOYA NEWS", "", "", "B")],
        [("Home  Live  South Africa  Politics  Business  Sport  Watch", "", "", "B")],
        [("LIVE", "", "", "B")],
        [
            (
                "LIVE | uMngeni water inquiry: engineer says pipeline was paid for before it was built",
                "Sibusiso Mkhize",
                "says",
                "W",
            )
        ],
        [("Last updated 15:52, 9 June 2027", "", "", "B")],
        [("Summary", "", "", "B")],
        [
            (
                "A former municipal engineer told the inquiry that R38 million was paid in 2025 for 11km of pipeline before any pipe was laid.",
                "Sibusiso Mkhize",
                "told the inquiry",
                "W",
            )
        ],
        [("The contractor's director is due to testify on Thursday.", "", "", "W")],
        [("15:52", "", "", "B")],
        [("The inquiry has adjourned for the day.", "", "", "")],
        [
            (
                "Retired judge Pieter-Jan de Villiers, who chairs the inquiry, said it would resume at 10:00 on Thursday with evidence from the contractor.",
                "Pieter-Jan de Villiers",
                "said",
                "W",
            )
        ],
        [("15:31", "", "", "B")],
        [("Key event", "", "", "B")],
        [
            (
                "Mkhize told the inquiry he had signed the payment certificate “under protest” on 14 June 2025.",
                "Sibusiso Mkhize",
                "told the inquiry",
                "W",
            ),
            (
                "He said the then municipal manager had told him the money would be “lost to Treasury” if it was not spent by 30 June.",
                "Sibusiso Mkhize",
                "said",
                "W",
            ),
        ],
        [("14:58", "", "", "B")],
        [("Posted by Lindiwe Zungu-Mabaso", "", "", "B")],
        [
            (
                "An exchange between evidence leader Adv. Thandeka Nxumalo SC and Mkhize, as it happened:",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Adv Nxumalo: Did you go to the site before you signed?",
                "Thandeka Nxumalo",
                "Adv Nxumalo:",
                "",
            )
        ],
        [
            ("Mkhize: I went in May.", "Sibusiso Mkhize", "Mkhize:", "W"),
            (
                "There were pipes lying next to the road, but no trench.",
                "Sibusiso Mkhize",
                "Mkhize:",
                "W",
            ),
        ],
        [("Adv Nxumalo: How many pipes?", "Thandeka Nxumalo", "Adv Nxumalo:", "")],
        [("Mkhize: Maybe 40.", "Sibusiso Mkhize", "Mkhize:", "")],
        [
            (
                "Adv Nxumalo: For eleven kilometres of pipeline?",
                "Thandeka Nxumalo",
                "Adv Nxumalo:",
                "",
            )
        ],
        [
            ("Mkhize: Yes, Chair.", "Sibusiso Mkhize", "Mkhize:", ""),
            ("I said so in my report.", "Sibusiso Mkhize", "Mkhize:", ""),
        ],
        [("14:20", "", "", "B")],
        [("Posted by Sandile Mthethwa", "", "", "B")],
        [
            (
                "Annelie van der Merwe-Botha, the director of Bloukrans Pipe & Civils (Pty) Ltd., which won the R186 million contract in March 2025, is due to testify on Thursday.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "In an affidavit already before the inquiry, Van der Merwe-Botha says her company delivered 1,900 pipes to the site and was paid only for materials.",
                "Annelie van der Merwe-Botha",
                "says",
                "W",
            )
        ],
        [("13:45", "", "", "B")],
        [
            (
                "Outside the hall, Inkosi Bhekizizwe Mthembu, whose traditional council covers the villages the pipeline was meant to supply, told Umoya News that his people had been buying water from private tankers since 2024.",
                "Bhekizizwe Mthembu",
                "told Umoya News",
                "W",
            ),
            (
                "“They left the pipes in the grass for two years, and now our children play on them,” the Inkosi said.",
                "Bhekizizwe Mthembu",
                "said",
                "",
            ),
        ],
        [("12:30", "", "", "B")],
        [
            (
                "Earlier, Mkhize said the pipeline's route had been changed twice after the contract was signed, adding 2.4km.",
                "Sibusiso Mkhize",
                "said",
                "W",
            )
        ],
        [
            (
                "Asked by Judge De Villiers who “Khabazela” in a WhatsApp message was, Mkhize said it was his clan name and that colleagues called him by it.",
                "Sibusiso Mkhize",
                "said",
                "",
            ),
            ("“Khabazela is me, Chair,” he said.", "Sibusiso Mkhize", "said", ""),
            (
                "“The message says ‘pay them, the MM wants it done’, and I sent it to the finance manager on the same day.”",
                "Sibusiso Mkhize",
                "said",
                "W",
            ),
        ],
        [("11:10", "", "", "B")],
        [("Posted by Lindiwe Zungu-Mabaso", "", "", "B")],
        [
            (
                "The first witness of the day, former uMngeni technical services manager Sibusiso Mkhize, took the oath at 10:07.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "In a statement on Monday, the uMngeni Local Municipality said it had suspended two officials and laid charges with the police in January.",
                "the uMngeni Local Municipality",
                "said",
                "W",
            ),
            (
                "The municipality's spokesperson, Mr Thabo Ngcobo-Radebe, said the current council “welcomes the inquiry”.",
                "Thabo Ngcobo-Radebe",
                "said",
                "",
            ),
        ],
        [("10:02", "", "", "B")],
        [
            (
                "Good morning and welcome to our live coverage of the fourth day of the inquiry into uMngeni's water pipeline contract, sitting at the Howick town hall.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "The inquiry was appointed in February by the KwaZulu-Natal MEC for Cooperative Governance and Traditional Affairs under section 106 of the Municipal Systems Act.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Dr Naledi Mokoena-Phiri, the former municipal manager, who left uMngeni in 2026, has been summoned to testify next week, according to the inquiry's secretariat.",
                "the inquiry's secretariat",
                "according to",
                "W",
            ),
            (
                "Her lawyer, Adv. Sizwe Dlamini-Khumalo, told Umoya News she would “cooperate fully”.",
                "Sizwe Dlamini-Khumalo",
                "told Umoya News",
                "",
            ),
        ],
        [("Load more updates", "", "", "B")],
        [("Related: Inquiry told of R2.3m ‘consultancy’ paid to shelf company", "", "", "B")],
        [("© 2027 Umoya Broadcasting (SOC) Ltd", "", "", "B")],
        [("Privacy | PAIA Manual | Contact us", "", "", "B")],
    ],
    [
        [
            (
                "https://www.namibtribune.com.na/regional/drought-kills-8-400-head-of-livestock-in-kunene",
                "",
                "",
                "B",
            )
        ],
        [("THE NAMIB TRIBUNE", "", "", "B")],
        [("Print this page | Close", "", "", "B")],
        [("Drought kills 8 400 head of livestock in Kunene", "", "", "W")],
        [("Water trucked to 46 villages as boreholes run dry", "", "", "W")],
        [("Ndapanda Haufiku-Iipinge | 7 April 2027", "", "", "B")],
        [
            ("A farmer near Opuwo walks past the carcasses of his cattle last week.", "", "", ""),
            ("Photo: Ndapanda Haufiku-Iipinge", "", "", "B"),
        ],
        [
            (
                "OPUWO – At least 8 400 cattle, goats and sheep have died in the Kunene region since January, Kunene governor Marius Kaurivi Tjivikua said on Tuesday.",
                "Marius Kaurivi Tjivikua",
                "said",
                "W",
            )
        ],
        [
            (
                "Tjivikua said 112 boreholes in the Opuwo Rural, Sesfontein and Epupa constituencies had dried up and that water was being trucked to 46 villages.",
                "Marius Kaurivi Tjivikua",
                "said",
                "W",
            ),
            (
                "He said the regional council had hired 14 water tankers at a cost of N$2,1 million.",
                "Marius Kaurivi Tjivikua",
                "said",
                "W",
            ),
            (
                "“Our people are watching their wealth die in front of them,” he told a drought meeting at the regional council's offices.",
                "Marius Kaurivi Tjivikua",
                "told a drought meeting",
                "",
            ),
        ],
        [
            (
                "Ombara Kaveriua Tjiundukiro Hengari, who leads a group of Ovaherero villages north of Opuwo, said his people had lost 1 300 cattle in February alone.",
                "Kaveriua Tjiundukiro Hengari",
                "said",
                "W",
            ),
            (
                "“A Herero man without cattle is a man without a name,” Ombara Hengari said.",
                "Kaveriua Tjiundukiro Hengari",
                "said",
                "",
            ),
            (
                "“We have buried cattle before, in 1981 and in 2019.",
                "Kaveriua Tjiundukiro Hengari",
                "said",
                "",
            ),
        ],
        [
            (
                "“But I have never seen the grass finish in April.”",
                "Kaveriua Tjiundukiro Hengari",
                "said",
                "",
            )
        ],
        [
            (
                "Kazeongere, a Himba mother who gave only one name, said her family had walked their last 30 goats 90 kilometres to the Kunene River.",
                "Kazeongere",
                "said",
                "",
            ),
            ("“The goats walk slowly, so we walk slowly,” she said.", "Kazeongere", "said", ""),
        ],
        [
            (
                "Traditional councillor Paulus //Khaxab of the Damara community in Sesfontein said the council had allocated emergency grazing on three resettlement farms to 210 households.",
                "Paulus //Khaxab",
                "said",
                "W",
            ),
            (
                "//Khaxab said more than half of those households had already lost their goats.",
                "Paulus //Khaxab",
                "said",
                "W",
            ),
        ],
        [
            (
                "Selma !Nuuses-Gowases, who keeps goats at Warmquelle, said she had sold her last ram to pay for school uniforms.",
                "Selma !Nuuses-Gowases",
                "said",
                "",
            ),
            (
                "!Nuuses-Gowases said the grazing at the resettlement farms was “too far for old women”.",
                "Selma !Nuuses-Gowases",
                "said",
                "",
            ),
        ],
        [("Relief too slow, say farmers", "farmers", "say", "")],
        [
            (
                "Gerd von Harlessem, who farms cattle near Kamanjab, said commercial farmers in the area had cut their herds by about a third since 2025.",
                "Gerd von Harlessem",
                "said",
                "W",
            ),
            (
                "Von Harlessem said he had sold 400 weaners to a feedlot in Okahandja in March at N$28 a kilogram, well below last year's price.",
                "Gerd von Harlessem",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cattle prices at auctions in the north-west fell 18% in the first quarter, according to figures from the Meat Board of Namibia.",
                "figures from the Meat Board of Namibia",
                "according to",
                "W",
            )
        ],
        [
            (
                "Meme Ndapewa Shikongo-Amutenya, who heads the veterinary services office in Opuwo, said 22 000 cattle had been vaccinated against anthrax since seven cases were confirmed near Otjondeka in January.",
                "Ndapewa Shikongo-Amutenya",
                "said",
                "W",
            ),
            (
                "She said farmers should not eat the meat of animals that had died suddenly.",
                "Ndapewa Shikongo-Amutenya",
                "said",
                "",
            ),
        ],
        [
            (
                "Tate Johannes Nghifikwa, who chairs the Opuwo water point committee, said the committee had rationed water to 20 litres a person a day since 1 March.",
                "Johannes Nghifikwa",
                "said",
                "W",
            ),
            ("“We count every bucket,” Tate Nghifikwa said.", "Johannes Nghifikwa", "said", ""),
        ],
        [
            (
                "In a statement issued in Windhoek, the Ministry of Agriculture, Fisheries, Water and Land Reform said N$96 million had been set aside for drought relief in the 2027/28 financial year, including a marketing incentive of N$300 a head for farmers who sell livestock.",
                "the Ministry of Agriculture, Fisheries, Water and Land Reform",
                "said",
                "W",
            ),
            (
                "The ministry said 3 800 farmers in Kunene had registered for the incentive.",
                "The ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "A senior official in the Office of the Prime Minister's disaster risk management directorate, who is not authorised to speak to the media, said 9 600 food parcels had been delivered in Kunene since February.",
                "A senior official in the Office of the Prime Minister's disaster risk management directorate",
                "said",
                "W",
            ),
            (
                "He said deliveries had been delayed by a shortage of trucks at the national stores in Windhoek.",
                "A senior official in the Office of the Prime Minister's disaster risk management directorate",
                "said",
                "W",
            ),
        ],
        [
            (
                "Hengari said he had written to the Ministry of Environment, Forestry and Tourism to ask for grazing in the western part of Etosha National Park.",
                "Kaveriua Tjiundukiro Hengari",
                "said",
                "W",
            ),
            (
                "Asked whether he would take his cattle into the park without permission, the Ombara smiled and said he was “a law-abiding man”.",
                "Kaveriua Tjiundukiro Hengari",
                "said",
                "",
            ),
        ],
        [
            (
                "The environment ministry did not respond to questions by the time of going to print.",
                "The environment ministry",
                "did not respond to questions",
                "",
            )
        ],
        [
            (
                "The Namibia Meteorological Service said Opuwo had received 41 millimetres of rain since October, against a long-term average of 290 millimetres for the season.",
                "The Namibia Meteorological Service",
                "said",
                "W",
            )
        ],
        [("Printed from www.namibtribune.com.na on 07/04/2027 at 16:22", "", "", "B")],
        [("© The Namib Tribune 2027.", "", "", "B"), ("All rights reserved.", "", "", "B")],
        [("Page 1 of 1", "", "", "B")],
    ],
    [
        [("Shared from the Tshipidi Weekly app", "", "", "B")],
        [("TSHIPIDI WEEKLY", "", "", "B")],
        [("INTERVIEW", "", "", "B")],
        [
            (
                "‘Sand is not free’: Artesia kgosi explains kgotla ban on river sand mining",
                "Boitumelo Otsile Mokgware",
                "explains",
                "W",
            )
        ],
        [("By Kagiso Moremi-Tau | 14 May 2027", "", "", "B")],
        [
            ("Kgosi Boitumelo Otsile Mokgware at the Artesia kgotla on Saturday.", "", "", ""),
            ("PHOTO: Tshipidi Weekly", "", "", "B"),
        ],
        [
            (
                "Last month the kgotla in Artesia, a village of about 6,000 people in the Kgatleng District, voted to ban the mining of sand from the Tshele River after the foundations of a footbridge were exposed.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The ban, which carries a fine of P2,000 or a caning for offenders, has angered builders and truck owners who supply sand to construction sites in Gaborone.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Kgosi Boitumelo Otsile Mokgware, 52, who has led the village since 2014, spoke to Tshipidi Weekly at the kgotla on Saturday.",
                "",
                "",
                "",
            )
        ],
        [("The interview has been edited for length and clarity.", "", "", "B")],
        [("TSHIPIDI: Why did the kgotla ban sand mining?", "", "", "")],
        [
            (
                "KGOSI MOKGWARE: Because the river was dying.",
                "Boitumelo Otsile Mokgware",
                "KGOSI MOKGWARE:",
                "",
            ),
            (
                "By March the trucks had dug so deep that the pillars of the footbridge to the school at Mokgalo ward were standing in the air.",
                "Boitumelo Otsile Mokgware",
                "KGOSI MOKGWARE:",
                "W",
            ),
        ],
        [
            (
                "TSHIPIDI: Some residents say the kgotla did not consult them.",
                "Some residents",
                "say",
                "",
            ),
            ("Was there a proper meeting?", "", "", ""),
        ],
        [
            (
                "KGOSI MOKGWARE: There were two meetings, on 4 and 18 April, and both were announced on the radio and by the village crier.",
                "Boitumelo Otsile Mokgware",
                "KGOSI MOKGWARE:",
                "W",
            ),
            (
                "More than 300 people came to the second one.",
                "Boitumelo Otsile Mokgware",
                "KGOSI MOKGWARE:",
                "W",
            ),
            (
                "People who did not come cannot say they were not consulted.",
                "Boitumelo Otsile Mokgware",
                "KGOSI MOKGWARE:",
                "",
            ),
        ],
        [("TSHIPIDI: Truck owners say the ban will cost 80 jobs.", "Truck owners", "say", "")],
        [
            (
                "KGOSI MOKGWARE: Rra Sebego came to see me with that number.",
                "Boitumelo Otsile Mokgware",
                "KGOSI MOKGWARE:",
                "",
            ),
            (
                "I told him that sand is not free; it belongs to the river and to our grandchildren.",
                "Boitumelo Otsile Mokgware",
                "KGOSI MOKGWARE:",
                "",
            ),
        ],
        [("TSHIPIDI: Is a caning not too harsh for taking sand?", "", "", "")],
        [
            (
                "KGOSI MOKGWARE: The customary court has the power to order it, but nobody has been caned.",
                "Boitumelo Otsile Mokgware",
                "KGOSI MOKGWARE:",
                "W",
            ),
            (
                "Two men paid the fine in April.",
                "Boitumelo Otsile Mokgware",
                "KGOSI MOKGWARE:",
                "W",
            ),
        ],
        [("TSHIPIDI: Has the government supported you?", "", "", "")],
        [
            (
                "KGOSI MOKGWARE: I wrote to the Minister of Lands and Agriculture on 22 April.",
                "Boitumelo Otsile Mokgware",
                "KGOSI MOKGWARE:",
                "W",
            ),
            ("He has not replied.", "Boitumelo Otsile Mokgware", "KGOSI MOKGWARE:", "W"),
        ],
        [("TSHIPIDI: Where should builders get sand, then?", "", "", "")],
        [
            (
                "KGOSI MOKGWARE: From licensed pits.",
                "Boitumelo Otsile Mokgware",
                "KGOSI MOKGWARE:",
                "",
            ),
            (
                "There are two in the district, at Oodi and at Bokaa.",
                "Boitumelo Otsile Mokgware",
                "KGOSI MOKGWARE:",
                "W",
            ),
        ],
        [("TSHIPIDI: What would make you lift the ban?", "", "", "")],
        [
            (
                "KGOSI MOKGWARE: A plan from the district council to mine in one place, with a licence, and money for the village.",
                "Boitumelo Otsile Mokgware",
                "KGOSI MOKGWARE:",
                "",
            ),
            ("Until then, the river rests.", "Boitumelo Otsile Mokgware", "KGOSI MOKGWARE:", ""),
        ],
        [("Advertisement", "", "", "B")],
        [("WHAT THE OTHERS SAY", "", "", "B")],
        [
            (
                "The chairman of the Kgatleng Sand Haulers' Association, Rra Kabelo Sebego, said its 23 members employed about 80 drivers and loaders.",
                "Kabelo Sebego",
                "said",
                "W",
            ),
            (
                "“We are not thieves; we pay the land board for our permits,” Rra Sebego said.",
                "Kabelo Sebego",
                "said",
                "",
            ),
        ],
        [
            (
                "The Kgatleng Land Board said in a written reply to Tshipidi Weekly that it had issued 17 sand-mining permits in the district in 2026, none of them for the Tshele River.",
                "The Kgatleng Land Board",
                "said in a written reply to Tshipidi Weekly",
                "W",
            )
        ],
        [
            (
                "Mma Keitumetse Sebego, a teacher at Artesia Primary School who is not related to the hauliers' chairman, said pupils had been wading across the river since the footbridge was closed.",
                "Keitumetse Sebego",
                "said",
                "",
            ),
            (
                "“When it rains, we keep the Mokgalo children at school until the water goes down,” Mma Sebego said.",
                "Keitumetse Sebego",
                "said",
                "",
            ),
        ],
        [
            (
                "Superintendent Ontlametse Kebaabetswe, the station commander at Mochudi, said police had received no complaints about how the ban was being enforced.",
                "Ontlametse Kebaabetswe",
                "said",
                "W",
            )
        ],
        [
            (
                "A Kgatleng District Council official, who asked not to be named, said the council had begun a study of sand reserves along the Notwane and Tshele rivers.",
                "A Kgatleng District Council official",
                "said",
                "W",
            )
        ],
        [("Read the full interview: tshipidiweekly.co.bw/interviews/artesia-kgosi", "", "", "B")],
        [("Get Tshipidi Weekly on Google Play and the App Store", "", "", "B")],
    ],
    [
        [("WEBIGA NEWS  ☰", "", "", "B")],
        [("Af-Soomaali | English", "", "", "B")],
        [("Home / News / Hiiraan", "", "", "B")],
        [("Shabelle floods displace 42,000 in Beledweyne as river bursts its banks", "", "", "W")],
        [("Webiga News | 28 October 2027, 9:14 AM", "", "", "B")],
        [
            (
                "Residents carry their belongings through floodwater in Beledweyne's Koshin neighbourhood on Sunday.",
                "",
                "",
                "",
            )
        ],
        [("Photo: Webiga News", "", "", "B")],
        [
            (
                "BELEDWEYNE (Webiga) — At least 42,000 people have fled their homes in Beledweyne since the Shabelle River burst its banks on Saturday night, the district commissioner said on Sunday.",
                "Abdirahman Guled Jimale",
                "said",
                "W",
            )
        ],
        [
            (
                "Beledweyne District Commissioner Abdirahman Guled Jimale, widely known as Gacmadheere, said the water had covered 11 of the town's 14 neighbourhoods.",
                "Abdirahman Guled Jimale",
                "said",
                "W",
            ),
            (
                "“The river came at midnight, when people were sleeping,” Gacmadheere told Webiga by phone.",
                "Abdirahman Guled Jimale",
                "told Webiga by phone",
                "",
            ),
            (
                "He said two children had drowned in Koshin and that boats from the Hirshabelle state administration were ferrying families to higher ground at Ceel Jaale.",
                "Abdirahman Guled Jimale",
                "said",
                "W",
            ),
        ],
        [
            (
                "Abdirahman said 18 boats and four trucks were being used in the evacuation.",
                "Abdirahman Guled Jimale",
                "said",
                "W",
            ),
            (
                "He appealed to business people in Mogadishu to send food.",
                "Abdirahman Guled Jimale",
                "appealed",
                "",
            ),
        ],
        [
            (
                "The Somali Disaster Management Agency (SODMA) said in a statement that the river had reached 8.4 metres at the Beledweyne gauge, its highest level since 2023.",
                "The Somali Disaster Management Agency",
                "said in a statement",
                "W",
            ),
            (
                "It said 2,100 hectares of farmland along the river had been flooded.",
                "The Somali Disaster Management Agency",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ugaas Mohamed Nur Warsame, a traditional elder whose family has lived in Beledweyne for four generations, said the river embankments had not been repaired since the last floods.",
                "Mohamed Nur Warsame",
                "said",
                "W",
            ),
            (
                "“Every year we build the wall with sandbags, and every year the river takes it,” the Ugaas said.",
                "Mohamed Nur Warsame",
                "said",
                "",
            ),
        ],
        [
            (
                "Nabadoon Dahir Osman Farah, who sits on the district's peace committee, said some families were refusing to leave their homes for fear of looting.",
                "Dahir Osman Farah",
                "said",
                "",
            ),
            (
                "“A man who leaves his house leaves it to the thieves,” he said.",
                "Dahir Osman Farah",
                "said",
                "",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Xildhibaan Fartun Abdi Jama, a member of the federal parliament from Beledweyne, said she had asked the federal Ministry of Humanitarian Affairs to send tents and clean water.",
                "Fartun Abdi Jama",
                "said",
                "",
            ),
            (
                "She said the government should build “a proper wall, not a wall of sand”.",
                "Fartun Abdi Jama",
                "said",
                "",
            ),
        ],
        [
            (
                "Halima Abdullahi Mohamed, a mother of six, said she had carried her youngest children through waist-deep water to the airport road.",
                "Halima Abdullahi Mohamed",
                "said",
                "",
            ),
            (
                "“I left everything: the goats, the sacks of sorghum, the mattresses,” she said.",
                "Halima Abdullahi Mohamed",
                "said",
                "",
            ),
            (
                "“We have been sitting on this road since morning.",
                "Halima Abdullahi Mohamed",
                "said",
                "",
            ),
        ],
        [
            (
                "“Nobody has brought us water, only the mosquitoes.”",
                "Halima Abdullahi Mohamed",
                "said",
                "",
            )
        ],
        [
            (
                "“We slept on the roof,” said a 17-year-old boy in Koshin who gave his name as Bashir.",
                "Bashir",
                "said",
                "",
            )
        ],
        [
            (
                "An aid worker with an international agency in Beledweyne, who asked not to be named because his organisation had not authorised him to speak, said three health centres in the town were under water.",
                "An aid worker with an international agency in Beledweyne",
                "said",
                "W",
            ),
            (
                "He said cholera was the biggest worry.",
                "An aid worker with an international agency in Beledweyne",
                "said",
                "",
            ),
        ],
        [
            (
                "Sheikh Abdikarim Mursal Ibrahim, the imam of a mosque in the Hawo Tako neighbourhood, said the mosque had taken in 300 people.",
                "Abdikarim Mursal Ibrahim",
                "said",
                "W",
            )
        ],
        [
            (
                "Dr. Yusuf Abdi Warsame “Dheere”, the director of Beledweyne General Hospital, said the hospital had treated 64 people, mostly for injuries and diarrhoea, since Saturday.",
                "Yusuf Abdi Warsame",
                "said",
                "W",
            ),
            (
                "“We have moved the maternity ward to the second floor,” Dr. Dheere said.",
                "Yusuf Abdi Warsame",
                "said",
                "",
            ),
        ],
        [
            (
                "The Hirshabelle state Ministry of Humanitarian Affairs and Disaster Management said it had registered 7,200 displaced households at 14 sites.",
                "The Hirshabelle state Ministry of Humanitarian Affairs and Disaster Management",
                "said",
                "W",
            )
        ],
        [
            (
                "The price of a 25-kilogram sack of rice in Beledweyne market rose from $18 to $26 on Sunday, traders said.",
                "traders",
                "said",
                "W",
            )
        ],
        [
            (
                "Gacmadheere said the road to Mataban had been cut.",
                "Abdirahman Guled Jimale",
                "said",
                "W",
            )
        ],
        [("More rain expected upstream", "", "", "")],
        [
            (
                "The Somalia Water and Land Information Management project (SWALIM) said heavy rain over the Ethiopian highlands was expected to keep the river high for at least a week.",
                "The Somalia Water and Land Information Management project",
                "said",
                "",
            )
        ],
        [("Share: WhatsApp · Facebook · Telegram", "", "", "B")],
        [("Related stories", "", "", "B")],
        [("Jowhar farmers count losses as Shabelle floods farms", "", "", "B")],
        [("© 2027 Webiga News.", "", "", "B"), ("All rights reserved.", "", "", "B")],
        [("Download the Webiga News app", "", "", "B")],
    ],
    [
        [("Nilein Morning Brief: Cholera in Kosti's camps, flour prices, exam dates", "", "", "B")],
        [("Inbox", "", "", "B")],
        [("Nilein Morning Brief <brief@nileinmedia.org>", "", "", "B")],
        [("to me", "", "", "B")],
        [("Thu, 15 Apr 2027, 07:02", "", "", "B")],
        [("View this email in your browser", "", "", "B")],
        [("NILEIN MORNING BRIEF | Issue 412", "", "", "B")],
        [
            ("Good morning.", "", "", ""),
            (
                "We lead today with a cholera outbreak that health workers in White Nile say is spreading faster than last year's.",
                "health workers in White Nile",
                "say",
                "W",
            ),
        ],
        [("Cholera cases climb to 1,140 in Kosti's displacement sites", "", "", "W")],
        [
            (
                "The state health ministry in White Nile said on Wednesday that 1,140 suspected cholera cases and 23 deaths had been recorded since 20 March at sites sheltering displaced people in and around Kosti.",
                "The state health ministry in White Nile",
                "said",
                "W",
            ),
            (
                "It said 14 treatment centres were open, four more than a week ago.",
                "The state health ministry in White Nile",
                "said",
                "W",
            ),
        ],
        [
            (
                "The ministry's director of epidemiology, Dr. Mawahib Abdelrahman El Sheikh, told Nilein by phone that 41 per cent of the cases were children under 15.",
                "Mawahib Abdelrahman El Sheikh",
                "told Nilein by phone",
                "W",
            ),
            (
                "Dr. El Sheikh said the outbreak had been traced to water that donkey-cart sellers draw straight from the White Nile.",
                "Mawahib Abdelrahman El Sheikh",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Kosti Emergency Response Room, a network of neighbourhood volunteers, said in a statement that two of the sites had no latrines.",
                "The Kosti Emergency Response Room",
                "said in a statement",
                "W",
            ),
            (
                "Its spokesperson, Ustaz Elfatih Abdelrahim El Nur, a schoolteacher who has run the room's water committee since 2024, said volunteers had handed out 8,000 chlorine tablets in a week.",
                "Elfatih Abdelrahim El Nur",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We chlorinate the water in the morning, and by the evening people are drinking from the river again because the carts are cheaper,” El Nur said.",
                "Elfatih Abdelrahim El Nur",
                "said",
                "",
            )
        ],
        [
            ("“The problem is not medicine.", "Elfatih Abdelrahim El Nur", "said", ""),
            (
                "The problem is that a barrel of clean water costs more than a meal.”",
                "Elfatih Abdelrahim El Nur",
                "said",
                "",
            ),
        ],
        [
            (
                "A doctor at Kosti Teaching Hospital, who asked not to be named for fear of arrest, said its isolation ward had 60 beds and was treating more than 90 patients, some of them on the floor.",
                "A doctor at Kosti Teaching Hospital",
                "said",
                "W",
            )
        ],
        [
            (
                "Amna Osman Idris, 63, whom everyone at the Goz El Salam site calls Hajja Amna, said she had lost a grandson to the disease on Sunday.",
                "Amna Osman Idris",
                "said",
                "",
            ),
            ("“He was four,” Hajja Amna said.", "Amna Osman Idris", "said", ""),
        ],
        [
            (
                "Omda Babiker Hamid Abu Girja of Gadeed village, which hosts about 3,000 displaced people, said both of the village's hand pumps had broken down in February.",
                "Babiker Hamid Abu Girja",
                "said",
                "W",
            ),
            (
                "“The guests and the hosts drink from the same river now,” Abu Girja said.",
                "Babiker Hamid Abu Girja",
                "said",
                "",
            ),
        ],
        [
            (
                "A water seller who gave his name as Abu Hamza said he charged 1,500 pounds for a barrel of river water and 4,000 for a barrel from a borehole outside the town.",
                "Abu Hamza",
                "said",
                "W",
            )
        ],
        [
            (
                "The World Health Organization said it had sent 20,000 doses of oral cholera vaccine to Kosti and that a vaccination campaign would begin on Saturday.",
                "The World Health Organization",
                "said",
                "W",
            )
        ],
        [("ALSO IN TODAY'S BRIEF", "", "", "B")],
        [("Flour prices up 30% in Omdurman", "", "", "W")],
        [
            (
                "A 25-kilogram sack of flour sold for 62,000 Sudanese pounds in Omdurman's Souq Libya on Tuesday, up from 48,000 a month earlier, traders told Nilein.",
                "traders",
                "told Nilein",
                "W",
            ),
            (
                "The Sudanese Flour Millers' Association said the rise followed a fall in the pound against the dollar on the parallel market.",
                "The Sudanese Flour Millers' Association",
                "said",
                "W",
            ),
        ],
        [
            (
                "“A family of seven needs a sack every ten days,” said Hajj Siddig Idris Wad Al-Fadil, who runs a bakery in the Abu Rof neighbourhood.",
                "Siddig Idris Wad Al-Fadil",
                "said",
                "",
            )
        ],
        [
            (
                "Secondary certificate exams to start on 14 June, ministry says",
                "The federal Ministry of Education",
                "says",
                "W",
            )
        ],
        [
            (
                "The federal Ministry of Education said in a statement from Port Sudan that 312,000 students had registered for the 2026 Sudan Secondary Certificate and that the exams would begin on 14 June.",
                "The federal Ministry of Education",
                "said in a statement",
                "W",
            ),
            (
                "Prof. Nagla Mohamed Salih Karrar, who heads the Independent Teachers' Forum, said at least 40,000 students in areas cut off by fighting had been unable to register.",
                "Nagla Mohamed Salih Karrar",
                "said",
                "W",
            ),
            (
                "“These children did not choose the war,” she said.",
                "Nagla Mohamed Salih Karrar",
                "said",
                "",
            ),
        ],
        [
            (
                "A ministry official, speaking on condition of anonymity, said exam centres for them would be opened in Kosti, Sennar and Kassala.",
                "A ministry official",
                "said",
                "",
            )
        ],
        [("Support independent Sudanese journalism: nileinmedia.org/donate", "", "", "B")],
        [
            ("Nilein Morning Brief is written by the Nilein newsroom.", "", "", "B"),
            ("Send tips to tips@nileinmedia.org.", "", "", "B"),
        ],
        [("Forwarded this email?", "", "", "B"), ("Subscribe here.", "", "", "B")],
        [("Nilein Media Foundation · Kampala, Uganda", "", "", "B")],
        [("Unsubscribe · Update your preferences", "", "", "B")],
    ],
]

CASES = [
    (
        "n175-ng-engr-title",
        "Engr. Babatunde Olaoluwa Adeyemi-Ojo inspected the transformer. He found two burnt cables.",
        [
            "Engr. Babatunde Olaoluwa Adeyemi-Ojo inspected the transformer.",
            "He found two burnt cables.",
        ],
    ),
    (
        "n175-ng-barr-mrs-parens",
        "Barr. (Mrs.) Yetunde Ajibola-Oke chairs the committee. It sits for three days.",
        ["Barr. (Mrs.) Yetunde Ajibola-Oke chairs the committee.", "It sits for three days."],
    ),
    (
        "n175-ng-am-ends",
        "The fire started at about 4.15 a.m. Traders arrived an hour later.",
        ["The fire started at about 4.15 a.m.", "Traders arrived an hour later."],
    ),
    (
        "n175-ng-limited-ends",
        "The market is run by Oja-Tuntun Properties Limited. The firm collects rent every quarter.",
        [
            "The market is run by Oja-Tuntun Properties Limited.",
            "The firm collects rent every quarter.",
        ],
    ),
    (
        "n175-ng-interrupted-quote",
        "“We came quickly,” the director said, “but the gates were locked.” Nobody had the keys.",
        [
            "“We came quickly,” the director said, “but the gates were locked.”",
            "Nobody had the keys.",
        ],
    ),
    (
        "n175-gh-ing-nana",
        "Ing. Kwadwo Asare-Bediako briefed Nana Owusu Dankwa II at the palace. The chief thanked him.",
        [
            "Ing. Kwadwo Asare-Bediako briefed Nana Owusu Dankwa II at the palace.",
            "The chief thanked him.",
        ],
    ),
    (
        "n175-gh-no-designation",
        "Aboabo No. 2 has no working borehole. Women walk to Nkwanta.",
        ["Aboabo No. 2 has no working borehole.", "Women walk to Nkwanta."],
    ),
    (
        "n175-gh-cedi-decimal",
        "A bag of sachet water now costs GH₵9.50 in Oda. It cost GH₵6 on Friday.",
        ["A bag of sachet water now costs GH₵9.50 in Oda.", "It cost GH₵6 on Friday."],
    ),
    (
        "n175-gh-question-asked-host",
        "“Can we drink it?” the host asked the manager. He shook his head.",
        ["“Can we drink it?” the host asked the manager.", "He shook his head."],
    ),
    (
        "n175-ke-hon-dr-ebs",
        "Hon. Dr. Kiprop Tanui-Cheruiyot, EBS, moved the motion. Members voted 41 to 9.",
        ["Hon. Dr. Kiprop Tanui-Cheruiyot, EBS, moved the motion.", "Members voted 41 to 9."],
    ),
    (
        "n175-ke-arap-lower",
        "“We planted this tea with our hands,” arap Ng'eno said. The crowd cheered.",
        ["“We planted this tea with our hands,” arap Ng'eno said.", "The crowd cheered."],
    ),
    (
        "n175-ke-mr-wa-mid",
        "The figures, Mr wa Kariuki said, came from the board. He did not give a date.",
        ["The figures, Mr wa Kariuki said, came from the board.", "He did not give a date."],
    ),
    (
        "n175-ug-maj-rtd",
        "Maj. (Rtd) Moses Tugume Baguma chaired the meeting. He allowed three speakers.",
        ["Maj. (Rtd) Moses Tugume Baguma chaired the meeting.", "He allowed three speakers."],
    ),
    (
        "n175-ug-co-advocates-mid",
        "Kato, Nsubuga & Co. Advocates filed the appeal on Monday. The court fixed a hearing for May.",
        [
            "Kato, Nsubuga & Co. Advocates filed the appeal on Monday.",
            "The court fixed a hearing for May.",
        ],
    ),
    (
        "n175-ug-owek-ssalongo",
        "Owek. Ssalongo Matia Kizito Lule addressed the families. He promised them lawyers.",
        ["Owek. Ssalongo Matia Kizito Lule addressed the families.", "He promised them lawyers."],
    ),
    (
        "n175-tz-bi-dr",
        "Bi. Zuhura Ame Pandu met Dr. Farouk Nassor Hamad on the beach. They talked about prices.",
        [
            "Bi. Zuhura Ame Pandu met Dr. Farouk Nassor Hamad on the beach.",
            "They talked about prices.",
        ],
    ),
    (
        "n175-tz-ellipsis-lower",
        "“The sun, the salt… it eats our hands,” she said. Her daughter nodded.",
        ["“The sun, the salt… it eats our hands,” she said.", "Her daughter nodded."],
    ),
    (
        "n175-zm-sr-title",
        "Sr. Agnes Mumba Kasonde runs the kitchen. It feeds 430 children a day.",
        ["Sr. Agnes Mumba Kasonde runs the kitchen.", "It feeds 430 children a day."],
    ),
    (
        "n175-zm-question-asked",
        "“Who will feed my children?” Bana Mwape asked. The officer did not answer.",
        ["“Who will feed my children?” Bana Mwape asked.", "The officer did not answer."],
    ),
    (
        "n175-zw-cllr-dot",
        "Cllr. Tinashe Mapuranga-Dube seconded the motion. It passed by 11 votes to 7.",
        ["Cllr. Tinashe Mapuranga-Dube seconded the motion.", "It passed by 11 votes to 7."],
    ),
    (
        "n175-zw-pvt-ltd-ends",
        "The stalls were built by Senga Steelworks (Pvt) Ltd. The firm has not been paid.",
        ["The stalls were built by Senga Steelworks (Pvt) Ltd.", "The firm has not been paid."],
    ),
    (
        "n175-za-adv-sc",
        "Adv. Lungile Mabaso SC cross-examined the witness. The hearing ran until 17:30.",
        ["Adv. Lungile Mabaso SC cross-examined the witness.", "The hearing ran until 17:30."],
    ),
    (
        "n175-za-pty-ltd-ends",
        "The tender went to Bloukrans Pipe & Civils (Pty) Ltd. It was signed in March.",
        ["The tender went to Bloukrans Pipe & Civils (Pty) Ltd.", "It was signed in March."],
    ),
    (
        "n175-za-turn-label",
        "Mkhize: I went in May. There was no trench.",
        ["Mkhize: I went in May.", "There was no trench."],
    ),
    (
        "n175-na-decimal-comma",
        "The council spent N$2,1 million on tankers. A further N$0,8 million is budgeted.",
        ["The council spent N$2,1 million on tankers.", "A further N$0,8 million is budgeted."],
    ),
    (
        "n175-na-click-start",
        "//Garus said the farms were too far. !Nowaseb agreed with her.",
        ["//Garus said the farms were too far.", "!Nowaseb agreed with her."],
    ),
    (
        "n175-bw-kgosi-prefix",
        "KGOSI RAMOKGOPA: Two men paid the fine. Nobody was caned.",
        ["KGOSI RAMOKGOPA: Two men paid the fine.", "Nobody was caned."],
    ),
    (
        "n175-so-nickname-quotes",
        "Dr. Abshir Nuur “Cirro” set the boy's arm. The boy went home on Monday.",
        ["Dr. Abshir Nuur “Cirro” set the boy's arm.", "The boy went home on Monday."],
    ),
    (
        "n175-sd-dr-prof-el",
        "Dr. Tarig El Tayeb and Prof. Sawsan Abdalla Mirghani signed the letter. It was sent on Monday.",
        [
            "Dr. Tarig El Tayeb and Prof. Sawsan Abdalla Mirghani signed the letter.",
            "It was sent on Monday.",
        ],
    ),
    (
        "n175-sd-email-question",
        "Forwarded this email? Subscribe here.",
        ["Forwarded this email?", "Subscribe here."],
    ),
]
