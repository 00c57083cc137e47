"""Hundred-and-eighty-third set of new hand-labelled pages for the hint engines (tuning set, round sixty-three):
twelve WHOLE pages of everyday local news, head to tail as a reader's paste gives them with each site's
furniture, from twelve countries where SPEAKERS ARE HARD TO FIND AND TO NAME, each page in its country's
naming customs and its English-language press's house style, each from a different kind of outlet and
pasted in a different way. The pages: a Japanese English-language daily's website on the DESKTOP (Akita
closes Senshu Park for at least two weeks after five bear sightings in six days); a South Korean national
English daily pasted from a PHONE (Jeonju to charge tour buses 20,000 won for two hours near Hanok Village);
a Spanish English-language local news site's AMP page (Vélez-Málaga cuts night-time water in three
districts as La Viñuela falls to 9%); a Portuguese English-language weekly in READER MODE (Sintra bans
tuk-tuks from the roads up to Pena and the Moorish Castle); a Russian news agency's English WIRE COPY from
its subscriber feed (hot water cut for 10 days for 184,000 people in two Novosibirsk districts); a
Hungarian English-language news portal's PRINT VIEW (Debrecen's tram line 1 replaced by buses for six
weeks); a Somali radio station's news website pasted from a PHONE (a jerrycan of water in Garowe rises to
40 cents after two boreholes fail); a Saudi English daily's article SHARED FROM ITS APP (paid parking in
Jeddah's Al-Balad at SR3 an hour); a Moroccan English-language city magazine's Q&A INTERVIEW on the
desktop (Marrakech petit-taxi fares rise to 8 dirhams); a Cameroonian private TV station's LIVE BLOG on
the desktop, newest entry first (day one of a motorbike-taxi ban on four central Douala roads); a Sierra
Leonean daily's AMP page (Sani Abacha Street traders given until Friday to move into the rebuilt Dove Cut
market); and a Fijian news website on the DESKTOP (the Labasa market stall fee rises from $2 to $3 a day).

What is hard is finding the speaker and naming him, her or it the way a careful reviewer would. Names
come family name first and return by the family name ("Sasaki Kenta, chief of the wildlife
countermeasures section at city hall," and "Sasaki said"; "Kovács Péter" and "Kovács said"); as a
Korean three-syllable name whose surname is shared by several speakers on one page (three Kims, two Lees,
two Parks: "Kim said" is the guesthouse owner in her own paragraph, "Lee said" the merchants' chairman,
"“I voted no ...,” Park said." the councilor although the tourist Park spoke last); by the FIRST of two
Spanish surnames ("Ruiz said" for "María del Carmen Ruiz Ortega", "Martín-Arroyo said", and "Fernández"
against "Fernández Molina" for two unrelated men); by the LAST of several Portuguese surnames ("Marques
said", "Lopes said", "Moura said", and "Ribeiro" for the operator while the unrelated woman Ribeiro is
"Dona Lurdes"); by a Russian first name and patronymic as a polite form ("said Lyudmila Petrovna, as she
is known to everyone in her stairwell", and "Gennady Arkadyevich" inside her quote for the deputy mayor);
as a Hungarian married woman's "-né" name beside her husband's ("Tóth Gáborné" and "Tóth Gábor"); by
the first one or two parts of a three-part Somali name ("Abdiqani Warsame said", "Abdiqani said",
"Bashir Osman said", "Hodan said") or by a nickname ("Sahra Yare", "Cali Dheere"); by the "al-" part of a
Saudi name ("Al-Ghamdi", "Al-Shehri", "Al-Qahtani", and two unrelated al-Harbis) or by "Eng." and the
given name ("Eng. Turki"); by "Si" and the given name ("Si Abdelkrim", in a quote headline, the turn
prefixes and "Si Abdelkrim said"); by a Cameroonian married name after "épouse" or one part of a double
surname ("Mrs Mbida" for "Rose-Marie Ngo Bassong épouse Mbida", "Tchinda", "Owona Mvondo", "Barrister
Tabe-Enow", "Mami Pauline"); by "Haja", "Alhaji", "Pa" or "Cllr" with a given name, a surname or a Krio
nickname ("Haja Isatu", "Alhaji Kanu", "Pa Santi", "Cllr Jalloh"); and by "Ratu" or "Adi" with the given
name ("Ratu Josaia", "Adi Litiana") or "Mr" and "Ms" telling two Prasads apart. Speakers sit behind title
stacks ("Deputy Mayor for Housing and Utilities Gennady Arkadyevich Voronin", "The regional chief of public
security for the Littoral, Divisional Commissioner Alain Bertrand Owona Mvondo,", "The commander of the
Sierra Leone Police's Central Police Division, Chief Superintendent Abu Bakarr Conteh,") or are named
after the claim ("..., the councillor for water, María del Carmen Ruiz Ortega, announced",
"Obteploset spokeswoman Irina Valeryevna Sokolova told Kedr", "“We asked for that study in June ...,”
said João Paulo Vieira da Silva Moura, one of the four."); pronouns follow two people of one gender;
quotes run over sentences and paragraphs; statements are read out by someone other than their author;
documents, posts, censuses and bulletins speak; a live blog names people in full only in older entries
lower down; and an interview comes as turns.

Conventions this set had to settle, in the spirit of `labelled_new.py`, `labelled_new2.py` and the recent
sets (`labelled_new179.py` settled most of them for other naming customs, and they are followed here):

* NAMES IN FULL AS FIRST GIVEN, in the page's order and spelling: Japanese and Hungarian family name first
  ("Takahashi Masao", "Ishiguro Hajime", "Szilágyi Eszter", "Balogh László"); Korean names with their
  hyphen ("Kim Sung-ho", "Park Seo-yeon"); Spanish names with both surnames and their particles ("Rocío
  Gutiérrez de la Torre", "Juan Luis Martín-Arroyo Pérez"); Portuguese names of four and five parts
  ("Filipa Rita Sousa Pereira Marques", "João Paulo Vieira da Silva Moura"); Russian names with the
  patronymic when the page gives it ("Irina Valeryevna Sokolova"); a Hungarian married name as written
  ("Tóth Gáborné", a person of her own, not her husband "Tóth Gábor"); Somali names in three parts
  ("Abdiqani Warsame Jama", "Yusuf Farah Guled"); Saudi names with "bin", "bint" and a lower-case "al-"
  as first given ("Abdulrahman bin Saeed al-Ghamdi", "Nouf bint Khalid al-Qahtani"), so "Al-Ghamdi said"
  at the head of a sentence resolves to it; Cameroonian compound names with "Ngo" and "épouse" kept
  whole ("Rose-Marie Ngo Bassong épouse Mbida", "Alain Bertrand Owona Mvondo"); Indo-Fijian and iTaukei
  names ("Shiu Narayan Prasad", "Reshmi Lata Prasad", "Litiana Tuidraki"). A teknonym given as the only
  name is the label ("A mother of three who gave her name as Umm Rayan" -> "Umm Rayan").
* TITLES, RANKS AND HONORIFICS are dropped, before or after the name: "chief of the wildlife
  countermeasures section at city hall", "deputy mayor" after a Japanese name; "director of the city's
  tourism policy division", "a Jeonju city councilor"; "the councillor for water"; "Eng."; "Deputy Mayor
  for Housing and Utilities", "district head"; a lower-case "dr."; "Nabadoon" (a Somali elder's title);
  "Eng." before a Saudi name; "M.", "Mme" and "Si"; "Mrs", "Barrister", "Divisional Commissioner",
  "Mami"; "Alhaji", "Haja", "Councillor", "Cllr", "Chief Superintendent", "Pa"; "Ratu", "Adi", "Mr",
  "Ms". "-san" inside a quote names someone the quote is about, not the speaker ("“Takahashi-san from the
  cracker shop told me to carry a bell ...,” she said." is Ono Chiyo).
* NICKNAMES, POLITE FORMS AND HONORIFIC RETURNS resolve to the name as first given: "said Dona Lurdes,
  as her neighbours call her"; "said Lyudmila Petrovna, as she is known ..."; "said Sahra Yare"; "said
  Cali Dheere" after a scene sentence (no speaker) that introduces "Ali Hassan Abdi, ..., known in the
  market as Cali Dheere"; "Eng. Turki, as staff at the municipality call him,"; "Si Abdelkrim said";
  "said Mami Pauline, as the younger traders call her"; "said Pa Santi, as everyone on the street calls
  him"; "Haja Isatu said"; "Ratu Josaia said"; "Adi Litiana said".
* SHARED SURNAMES: a reviewer reads the page, not the nearest name. "Takahashi said his branch would hold
  a training day" is the hunter, not the shopkeeper "not related to the hunter"; "Kim Sung-ho said" and
  "The director said" against "Kim said" inside the guesthouse owner's paragraph; "Lee said he had
  attended neither" (the only Lee so far, Lee Jae-won); "Park said" after a vote the page has pinned on
  the councilor; "Fernández said" (the first Fernández) against "Fernández Molina said"; "Ribeiro said"
  (the operator) against "Dona Lurdes"; "Zaitsev said" against "Lyudmila Petrovna Zaitseva" ("not
  related to him"); "Yousef al-Harbi said" and "Al-Harbi said" against "Salem Eid al-Harbi"; "Mr
  Prasad" against "Ms Prasad"; "Kamara" for the pepper seller Fatmata Kamara against "Pa Santi" for
  Santigie Kamara, and "Cllr Jalloh" for the other Fatmata.
* PRONOUNS take the person the story means: "“Sasaki calls me at midnight ...,” he said." is the hunter;
  "“He was invited to both,” he said." is the councilor Park, the "He" inside being Lee; "“They are not
  fine,” she said." is the wife and "He shrugged, and said ..." the husband; "“She sells pepper in the
  rain,” she said of Kamara." is the councillor; after "Al-Qahtani ... told her the taxi rank ... had
  moved", "“Then we will walk from the corniche,” she said, laughing." is Umm Rayan, who answers; after
  "Adi Litiana, standing beside her, nodded." (no speaker), "she said" is Adi Litiana; "She said it took
  her an hour." is the neighbour Clarisse, not Mami Pauline; "she said" after Szilágyi is asked about the
  steps is Szilágyi, not the pensioner.
* STATEMENTS READ OUT, POSTS AND DOCUMENTS: "A statement from the Akita Prefectural Police, read to
  reporters by a public relations officer, said" carries the police; "In a statement read out ... by the
  council secretary, the mayor's office said", "In a statement read on Garowe Dawn Radio ... by its
  spokesman, the company said" and "In a statement read on Radio Democracy ... by the council's public
  relations officer, Alhaji Kanu said" carry the office, the company and Kanu with cue "said" (a fronted
  channel is not part of the cue); "the statement said", "the post said" and "the report said" resolve to
  the author the page gave ("the Jeonju City Council's culture and tourism committee", "the Nugaal Water
  Supply Company", "Ibrahim Sorie Kanu", "Jeddah Municipality", "a council report presented at the
  meeting"); "the census showed" keeps "the council's market census" with cue "showed"; "according to X"
  keeps X as written, a pronoun included ("data from the city", "its annual report", "a decree signed by
  the mayor", "a decree of the wilaya of Marrakech-Safi", "DKV's published timetable", "rainfall data from
  the Somalia Water and Land Information Management project", bracketed acronyms dropped).
* ACRONYMS AND SHORT FORMS resolve to the name as first given, article and capital as written there
  ("PSAWEN said" -> "The Puntland State Agency for Water, Energy and Natural Resources"; "DKV said" and
  "it said" -> "DKV Zrt."); a single generic noun is kept ("the city", "the board", "the company", "The
  company", "the watchdog", "the municipality", "The association"); a group as written ("traders who
  depend on bendskins to bring their goods", "the four councillors of the opposition", "Passengers", "The
  wilaya").
* LIVE BLOG, NEWEST FIRST: "Tchinda told reporters ..." (17:45) and "Mrs Mbida has told reporters ..."
  (16:10) resolve to the full names given only in the 09:00 entry below them; a headline's "riders' union
  says" carries the union as the 09:00 entry names it.
* TURNS: "The Quill:" questions carry nobody unless they cite a source ("Passengers say ...", "The wilaya
  says it will issue ..."); every sentence of a "Si Abdelkrim:" answer carries "Abdelkrim El Ouazzani"
  with the prefix as written as cue; outside the turns "Si Abdelkrim said" has cue "said".
* CUES keep a channel after the verb ("told a news conference at city hall on Friday", "told Kedr",
  "said in a post on X on Wednesday", "told Saudi Horizon", "said in a post on its Facebook page", "told
  reporters outside the union's office in Bonabéri", "told reporters at the Douala I council", "told
  Littoral 24", "said in a Facebook post", "told reporters at City Hall", "said in Krio", "said in a
  statement") and other reporting verbs as written ("announced", "urged", "expects", "asked", "blames",
  "confirmed", "called", "told her", "showed", "says").

Of record ("W"): fees, fares, fines and prices set by those who run them (a tour-bus fee and its fine, a
pool ban, fines for unlicensed wells, minibus fares, bathhouse prices, tickets and passes, a jerrycan
price, a parking charge and its cap, taxi fares and the night rate, a motorbike fine, stall rents and
discounts, a well's price to a cart owner and a taxi driver's own fare); counts, money and dates given
by officials, firms, groups and documents (sightings and injuries, rifle holders, buses and visitors,
reservoir volumes, tuk-tuks and trips, complaints, pipes and buildings, passengers, boreholes and cubic
metres, spaces and machines, meters tampered with, impounded bikes, traders counted and registered,
petitions and tenders); causal claims ("because there are almost no beechnuts", "Because diesel cost
8.60 dirhams ...", "because the EU funding for it was approved only last year"); rules and acts
(a reopening rule, a sanitary limit, a council vote, a ministerial approval under the Markets Act, an
appeal before a court challenge, a ban and its roads); and scheduled events set by those who run them (a
show on Oct. 23, a training day on Nov. 3, a meeting at 3 p.m. on Oct. 28, trams again from 4:30 a.m. on
August 16, licence applications from 1 December). Not worth checking (""): feelings, opinions and
characterisations; forecasts and expectations; plans, promises, reviews and budgets still to be spent;
advice and appeals; questions; a person's own counts and costs (bottles filled, trees uprooted, tanks
bought, a family's jerrycans, a guide's collisions, a student's travel times, a vendor's takings); scenes;
captions that only describe; biographies in an interview's intro.

And where sentences end: firm suffixes that END one before a capital ("Co., Ltd." / "All rights
reserved."; "Aguas de Vélez Costa S.A." / "The company said ..."; "S.L." / "All rights reserved.";
"Hajdú-Sín Építő Kft." / "The company won ..."; "Kft." / "All rights reserved."; "JSC." / "All rights
reserved."; "Mawqif Smart Parking Co." / "The company said ..."; "S.A.R.L." / "All rights reserved.";
"Ltd." / "All rights reserved."; "Pte Ltd." / "All rights reserved.") and that do not ("DKV Zrt., said";
"Obteploset JSC, said"); titles and designations mid-sentence ("Eng. Rui Manuel", "dr. Szilágyi Eszter",
"Eng. Turki", "M. Hicham", "Mme Khadija", "Mrs Rose-Marie", "Cllr Jalloh", "Bath No. 3", "Oct. 23",
"Nov. 1", "Nov. 3"); times mid-sentence ("at 4:52 a.m. on Wednesday", "from 9 a.m. to 9 p.m., the city
said", "until 11 p.m. instead of 9 p.m.", "from 4:30 a.m. on August 16") and at the end of one ("at 8
p.m. instead of 9 p.m." before "The Quill: ..."; "by 3 p.m." before "She said ..."); an initial in a
credit and in readers' comments ("Photo: H. Quennell-Arrieta", "Vinod R.: ...", "Kalesi T.: ...");
decimals and currencies ("1.2 meters", "9.1%", "14.9 cubic hectometres", "€1,500", "1.63 million",
"3.4 billion forints", "1.35 dollars", "SR3", "8.60 dirhams", "25,000 CFA francs", "Le 150", "$186,000");
a question inside a quote before its attribution, one sentence ("“Why were both halves not done together
in 2023?” he asked.", "“Why drive when you can take me?” he asked.") and a question in a quote with no
attribution, a sentence of its own ("“Are the minibuses going to wait for a grandmother?”"); a quote
with its translation inside the sentence ("“Wi nor get usai for go,” she said in Krio, “We have nowhere
to go.”"); turn prefixes that open a sentence ("Si Abdelkrim: We asked for 10, yes, ..." / "We got
eight."); a wire's bullets, one sentence each; and semicolons that never split (standfirsts, a headline,
quotes, an answer).

The pages hold 545 sentences: 154 "B", 204 "W" and 187 ""; 335 sentences carry a speaker (127 distinct
speakers, page by page; 124 distinct labels). `STYLES` describes each page, its story, its labels and
its furniture in order; `CASES` holds 30 split cases written fresh in the manner of the pages (not
copied from them).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see their
docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list of
paragraphs (a pasted page's lines, so every masthead, menu, crumb, byline, date line, share line, caption,
credit, time stamp, turn, box label, page-number line and legal line is a paragraph of its own, except
that a caption and a credit pasted in one line are two sentences of one paragraph); each paragraph a list
of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". Furniture is "B" line by line, whatever
it says, never with a speaker; headlines and standfirsts are never split and are flagged by content,
their "says" or "blames" carrying the source as the body first names it; a dateline belongs to its lead
sentence.

Written from scratch for issue 13 in round sixty-three, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/` was
opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no README;
no engine, scorer or test was run (only the brief's structural check and ruff). What was read: the brief;
the module docstrings of `labelled_new.py` and `labelled_new2.py`; `def build` in `labelled_articles.py`;
the `[tool.ruff*]` tables of `pyproject.toml`; and the module docstrings, `STYLES`, a few pages and the
`CASES` of `labelled_new179.py` and `labelled_new180.py`. Coined names were checked for freshness against
the capitalised words in the string constants of those two files: three outlet words ("Echo", "Monitor",
"Daily") and five name parts ("Ana", "Maria", "José", "Santos", "Khan") that hit were replaced before the
file was written; only common words, titles ("Adi", "Si", "Eng", "Dona", "Umm", "Abu"), the surname
"Kim" that the brief asks for, and real places and bodies still hit.

Every person, outlet, publisher, firm, utility, association, union, statement, notice, post, decree,
report, census, petition and figure is invented, and so are the small institutions (the Nugaal Water
Supply Company, Obteploset JSC, Hajdú-Sín Építő Kft., Aguas de Vélez Costa S.A., Mawqif Smart Parking
Co., the Hanok Village Merchants' Association, the Sintra Tuk-Tuk Operators' Association, the Marrakech
Petits Taxis Drivers' Union, the Marrakech Consumers' Association, the National Union of Motorbike Taxi
Riders of Cameroon, the Sani Abacha Street Petty Traders' Association, the Labasa Market Vendors
Association, Bath No. 3 and the like). Real countries, regions, cities, districts, streets, parks,
markets, rivers, reservoirs, hospitals, universities, ministries, agencies, police forces, councils and
other public bodies appear only as settings, with invented statements and figures: Akita, Senshu Park,
Kubota Castle, the Asahi River, Kazuno, Yokote, Yuwa, the Akita prefectural government and police, the
Akita city board of education, Akita Prefectural University and the Tohoku Regional Environment Office;
Jeonju, Jeonju Hanok Village, Gisin-ro, Taejo-ro, Eunhaeng-ro, Gyeongju, Andong, Suncheon, Tongyeong,
Daegu, Seoul, Gunsan, Seonyudo, Iksan, the Jeonju City Council and the Ministry of Culture, Sports and
Tourism; Vélez-Málaga, Torre del Mar, Caleta de Vélez, Almayate, the Axarquía, La Viñuela, Periana,
Nerja, the Junta de Andalucía and the Guardia Civil's Seprona unit; Sintra, Pena Palace, the Moorish
Castle, the Palácio Nacional, the Estrada da Pena, Rua Visconde de Monserrate, Mem Martins, Rio de
Mouro, Lisbon, Cabo da Roca, Cascais and the Public Security Police (PSP); Novosibirsk, its Leninsky,
Kirovsky, Sovetsky, Oktyabrsky and Zaeltsovsky districts, Kirova and Stanislavskogo streets,
Rospotrebnadzor and VKontakte; Debrecen, the Nagyerdő, Piac utca, the Great Reformed Church, Doberdó
utca, the Kenézy Gyula hospital, Hajdúszoboszló, Volánbusz, DKV, the University of Debrecen and the
Central Statistical Office (KSH); Garowe, Bosaso, Dubai, Nairobi, the Nugaal valley, Puntland, the
Puntland State Agency for Water, Energy and Natural Resources and SWALIM; Jeddah, Al-Balad, Souq
al-Alawi, Harat al-Mazloum, Bab Makkah, Qabel Street, Tahlia Street, the Red Sea Mall, Taif, Jeddah
Municipality and the Balady platform; Marrakech, Daoudiate, the wilaya of Marrakech-Safi and the wali;
Douala, Akwa, Bonabéri, Deïdo, Bépanda, Marché Central, Boulevard de la Liberté, Rue Joss, Avenue
Ahmadou Ahidjo, the Douala I council, the Littoral region and its governor, the Wouri administrative
court, Douala Laquintinie Hospital and Douala City Council; Freetown, Sani Abacha Street, Kissy Road,
Wallace Johnson Street, Dove Cut, Bo, Freetown City Council, the Sierra Leone Police, Radio Democracy and
the Ministry of Trade and Industry; and Labasa, Suva, Savusavu, Naduri, Wainikoro, Seaqaqa, Vanua Levu,
the Labasa Town Council, the Ministry of Local Government, the Markets Act and the Fijian Competition
and Consumer Commission.
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Japanese ENGLISH-LANGUAGE DAILY\'S WEBSITE (Tokyo desk, Tohoku story), desktop browser paste, a PARK CLOSURE with JAPANESE NAMES FAMILY NAME FIRST, TITLES AFTER THE NAME, "-san" ONCE INSIDE A QUOTE, TWO UNRELATED TAKAHASHIS AND A POLICE STATEMENT READ OUT: Akita closes Senshu Park for at least two weeks after five bear sightings in six days. Head: masthead, menu with "日本語", crumb (all "B"); headline of record "W"; standfirst "City says ...; hunters\' branch says ..." (semicolon kept, "W", carrying "The Akita city government" as the lead first gives it); byline, a date line "Oct. 16, 2027 (Sat) 18:40 JST" and a share line ("B"); a caption "" and its bracketed credit "B". Body: "AKITA —" lead, an act with no verb of saying ("W"), and "the city said" (generic noun kept, a record since 1890, "W"); the section chief with his title AFTER the name ("Sasaki Kenta, chief of the wildlife countermeasures section at city hall,", "W"), "He said" with "at 4:52 a.m. on Wednesday." mid-sentence ("W"), and "Sasaki said" with a causal quote ("W") running on into a second sentence (""); "According to the Akita prefectural government" ("W") and "it said" (resolving to it, "W"); the hunter "Takahashi Masao" with rifle holders ("W"), "he said" ("W"), his quote naming Sasaki INSIDE it ("“Sasaki calls me at midnight ...,” he said.", the hunter, "") and "He said" the on-call rate ("W"); "Sasaki said the city would consider ..." (a plan, ""); the shopkeeper "Takahashi Rie", "not related to the hunter" (""), and "she said"; "Ono Chiyo" and "“Takahashi-san from the cracker shop told me ...,” she said." (TWO WOMEN: Ono, not Takahashi Rie, whom she names, ""); a quote subhead ""; "The Akita city board of education said" ("W") and "the board said" (advice, ""); the deputy mayor ("Ishiguro Hajime, deputy mayor, told a news conference at city hall on Friday", channel in the cue, a reopening rule "W"), "Ishiguro said" (""), "He said" a spending plan ("") and "Asked whether ..., he said" a moved event "on Oct. 23" ("W"); "A statement from the Akita Prefectural Police, read to reporters by a public relations officer, said" (the police, not the reader, "W") and "It urged" (advice, ""); the professor (title after the name, "W"), "He expects" (a forecast, "") and "Mori said" over two sentences (""); "An official at the Tohoku Regional Environment Office, who asked not to be named ...," ("W"); "Takahashi said" (the HUNTER, from the training day, after two Takahashis) a training day "on Nov. 3." and "he said" ("W"). Tail: related label and two headlines, copyright split at "Co., Ltd." before "All rights reserved." (all "B").',
    'South Korean NATIONAL ENGLISH DAILY (Seoul desk, Jeonju story), PHONE BROWSER paste, a TOUR-BUS PARKING FEE with THREE-SYLLABLE KOREAN NAMES, THREE KIMS, TWO LEES AND TWO PARKS, A SURNAME-ONLY RETURN THAT MUST BE RESOLVED BY CONTEXT AND A COMMITTEE STATEMENT: Jeonju to charge tour buses 20,000 won for two hours near Hanok Village from Nov. 1. Head: a menu/masthead line, an open-in-app line, section (all "B"); headline of record with "Nov. 1" ("W"); standfirst "City says ...; merchants fear ..." ("W", carrying "the Jeonju city government" as the lead gives it); a bare byline, a published/updated line and a text-size/share line ("B"); a caption "" and a "[Courtesy of Jeonju City]" credit "B". Body: "JEONJU —" lead "the Jeonju city government said Thursday" ("W"); "the city said" (generic kept) and "it said" a fine (resolving to the same generic noun, "W" twice); the director (title after the name, "Kim Sung-ho", "W") and "Kim Sung-ho said" (rhetoric, ""); "according to data from the city" (as written, "W"); the guesthouse owner "Kim Min-ji" ("") and "Kim said" (the nearest Kim in her own paragraph, her own count, ""), her quote running on (""); the merchants\' chairman "Lee Jae-won" (a forecast "", then "He said" not consulted, "W"); the councilor "Park Dong-hyun" ("W") and "“He was invited to both,” he said." (PARK, the "He" inside the quote being Lee, ""); "Lee said" (Lee Jae-won, ""); a tour operator "Lee Hye-jin" and "she said" (""); a quote subhead ""; the shuttle "the city said" and "It said" ("W"); "Kim Sung-ho said" ("W") and "The director said the city expected ..." (the role noun resolving, a forecast ""); a tourist "Park Seo-yeon" and "she said" (""); "An official at the Ministry of Culture, Sports and Tourism, who spoke on condition of anonymity," ("W"); "In a statement, the Jeonju City Council\'s culture and tourism committee said" (fronted channel, cue "said", a 7-2 vote "W") and "the statement said" (resolving to the committee, "W"); "“I voted no ...,” Park said." (the COUNCILOR, not the tourist Park who spoke last, "") and the quote\'s second sentence (of record, "W"); "Lee Jae-won said" a meeting "at 3 p.m. on Oct. 28" ("W"). Tail: the reporter\'s email, a most-viewed label with numbers and headlines on their own lines, a reproduction line, a go-to-top/PC-version line (all "B").',
    'Spanish ENGLISH-LANGUAGE LOCAL NEWS SITE (Costa del Sol), AMP paste, a DROUGHT WATER CUT with SPANISH NAMES (two surnames, referred to by the FIRST surname), TWO UNRELATED FERNÁNDEZES, A HYPHENATED FIRST SURNAME, A SPEAKER NAMED AFTER HER ANNOUNCEMENT AND A STATEMENT READ OUT FOR THE MAYOR\'S OFFICE: Vélez-Málaga to cut night-time water in three districts from Monday as La Viñuela falls to 9%. Head: AMP address, masthead, crumb ("B"); headline and a standfirst with a semicolon, both of record with no speaker ("W"); byline, date line, share line ("B"); a caption "" and its credit with an initial "H." ("B"). Body: the lead with the councillor NAMED AFTER the claim, "the councillor for water, María del Carmen Ruiz Ortega, announced" ("W"); "Ruiz said" (the FIRST surname resolving, "W") and "She said" ("W"), her quote (""); "According to the Junta de Andalucía\'s weekly reservoir bulletin" with decimals ("W") and the bulletin\'s history (no speaker, "W"); the water company ENDING "Aguas de Vélez Costa S.A." before "The company said ..." (no speaker "W", then a plan "" with "The company" kept) and "the company said" ("W"); "Francisco Javier Fernández Lozano" and "Fernández said" (the first Fernández, ""); "Antonio Fernández Molina, ..., not related to him," and "Fernández Molina said" (""), "He said" his own trees (""); the bar owner "Rocío Gutiérrez de la Torre" with her own tanks (""), "Gutiérrez said" (""); "Asked whether ..., Ruiz said" ("W") and "she said" after two women (Ruiz, ""); a subhead ""; "The Guardia Civil\'s Seprona environmental unit said" and "It said" a fine under the regional law ("W"); "according to a decree signed by the mayor" ("W"); the opposition spokesman with a hyphenated first surname, "Martín-Arroyo said" ("" twice) and "He said" ("W"); "In a statement read out ... by the council secretary, the mayor\'s office said" (the office, fronted channel, "W"); "Ruiz said" reviews (a plan, "") and "She said" an exemption ("W"); a scene and "she said" (Gutiérrez, ""). Tail: read-more label and two headlines, tags, a full-site link, copyright split at "S.L." before "All rights reserved." (all "B").',
    'Portuguese ENGLISH-LANGUAGE WEEKLY\'S WEBSITE (Lisbon region), READER-MODE paste, a TUK-TUK BAN with PORTUGUESE NAMES OF FOUR AND FIVE PARTS REFERRED TO BY THE LAST SURNAME, TWO UNRELATED RIBEIROS, "Eng." AND "Dona", A REPORT THAT "SAID" AND AN OPPOSITION COUNCILLOR NAMED AFTER HIS QUOTE: Sintra to ban tuk-tuks from the roads up to Pena and the Moorish Castle from 1 March. Head as reader mode leaves it: domain, headline of record "W", byline, date, reading time ("B"); standfirst "Council says ...; operators say ..." ("W", carrying "The Sintra municipal council" as first given); a caption "" and its credit ("B"). Body: the vote and its count (an act, no speaker, "W" twice); the councillor NAMED in an apposition ("Filipa Rita Sousa Pereira Marques", "W"), "she said" ("W") and "Marques said" (""); "According to a council report presented at the meeting" ("W") and "the report said" (resolving to it as written, a rule "W"); the engineer ("Eng." dropped, "Rui Manuel Tavares Lopes", "W") and "Lopes said" ("W"); the operators\' president "Tiago Miguel Fonseca Ribeiro" (a forecast, ""), "he said" (""), "Ribeiro said" (a plan, "") and "He said" (money spent, "W"); "Amélia de Lurdes Costa Ribeiro, ..., is no relation," (""), "said Dona Lurdes, as her neighbours call her" (the honorific and the short given name resolving, the quote running on, "" twice) and "She laughed, and then said she was joking." (""); a guide "Joana Isabel Mendes Alves" and "Alves said" (""), "she said" after two women (Alves) and a QUESTION in the same quote with no attribution (""); "Marques said" ("W"); a subhead ""; "The Sintra division of the Public Security Police (PSP) said" (bracket dropped, "W") and "It said" fines ("W"); "the four councillors of the opposition, who said" (the group as written, "W"); "“We asked for that study in June ...,” said João Paulo Vieira da Silva Moura, one of the four." (named AFTER the quote, "W") and "Moura said" (a plan, ""); "Marques said" and "She said" ("W"); "Ribeiro said" (the OPERATOR, the only Ribeiro called by surname, ""). Tail: related label and one headline, a view-original line (all "B").',
    'Russian NEWS AGENCY\'S ENGLISH SERVICE, WIRE COPY pasted from its SUBSCRIBER FEED, a SUMMER HOT-WATER SHUTDOWN with RUSSIAN NAMES WITH PATRONYMICS, THE FIRST NAME AND PATRONYMIC AS A POLITE FORM, A MAN AND A WOMAN WHO SHARE A SURNAME IN ITS MALE AND FEMALE FORMS, A TITLE STACK AND STRAIGHT QUOTES: hot water to be cut for 10 days for 184,000 people in two Novosibirsk districts. Head: service line, slug/priority line, filed line, update note (all "B"); headline of record "W"; three summary bullets ("W"), one "Utility says ..." carrying "Obteploset JSC" as the lead names it. Body: "NOVOSIBIRSK, June 9 (Kedr) -" lead "the city\'s heating utility, Obteploset JSC, said" (descriptor dropped, "JSC" kept, "W"); "Obteploset spokeswoman Irina Valeryevna Sokolova told Kedr" (named after the claim, the agency in the cue, "W"), "She said" ("W") and "Sokolova said" over two sentences (""); "according to the Novosibirsk regional office of Rospotrebnadzor, the consumer protection watchdog" (apposition left out, a rule "W") and "the watchdog said" (generic kept, "W"); "Deputy Mayor for Housing and Utilities Gennady Arkadyevich Voronin" (the stack dropped, "W"), "Voronin said" ("W"), "he said" bathhouse hours and prices ("W") and "Asked whether ..., Voronin said:" (""); the banya director "Oleg Viktorovich Zaitsev" with "Bath No. 3" mid-sentence ("" twice) and "He said" places and tickets ("W"); the pensioner "Lyudmila Petrovna Zaitseva, ..., not related to him," (""), her quote naming the deputy mayor by first name and patronymic INSIDE it and "said Lyudmila Petrovna, as she is known to everyone in her stairwell" (the polite form resolving to her, ""), "She said" and "Lyudmila Petrovna said" (""); "Sokolova said" ("W") and "she said" after two women (Sokolova, advice ""); "according to a schedule published on the city hall website" ("W"); "according to its annual report" (as written, "W") and "The company said it would spend ..." (a budget plan, ""); "In a post on the VKontakte page ..., district head Viktor Semyonovich Ilyushin asked" (fronted channel, cue "asked", an appeal ""); "A dispatcher at the Kirovsky district housing office, who did not give her name," ("W") and her two-sentence quote (""); background "according to the regional statistics office" ("W") and a fact with no speaker ("W"). Tail: reporting/editing credit, a contact line in double brackets, keywords, copyright split at "JSC." before "All rights reserved." and a redistribution line (all "B").',
    'Hungarian ENGLISH-LANGUAGE NEWS PORTAL (Budapest), PRINT VIEW paste, TRAM TRACK WORKS with HUNGARIAN NAMES FAMILY NAME FIRST, A LOWER-CASE "dr.", A MARRIED WOMAN\'S "-né" NAME BESIDE HER HUSBAND\'S, "Kft." AND "Zrt.": Debrecen\'s tram line 1 to be replaced by buses for six weeks from July 5. Head: the print URL, masthead, a print/close line (all "B"); headline of record "W"; standfirst "Transport company says ...; pensioners say ..." ("W", carrying "DKV Zrt." as the lead names it); a byline/date line with the reporter family name first ("B"); a caption "" and its credit ("B"). Body: "DEBRECEN –" lead "the city\'s transport company, DKV Zrt., said" (descriptor dropped, the firm\'s point kept, "W"); "Kovács Péter, technical director of DKV Zrt., said" ("Zrt.," mid-sentence, "W"), "Kovács said" ("") and "He said" ("W"); the contractor ENDING "Hajdú-Sín Építő Kft." before "The company won ..." (no speaker "W", then "according to the tender documents" "W"); "The deputy mayor ..., dr. Szilágyi Eszter, said" (lower-case "dr." dropped, "W"), "She said" ("W") and "Szilágyi said" (""); a "Page 1 of 2" line ("B"); "Tóth Gáborné" (Mrs Gábor Tóth, her name as written, "") and "Her husband, Tóth Gábor," (""), then "“They are not fine,” she said." and its second sentence (the WIFE, "") and "He shrugged, and said ..." (the HUSBAND, ""); "Asked about the steps, Szilágyi said" ("W") and "she said" after two women (Szilágyi, ""); "Kovács said" and "he said" (low-floor buses and borrowed coaches, "W"); a student "Nagy Réka" with her own travel times and "Nagy said" (""); "DKV said" and "it said" (fares and passes, "W"); "Opposition councillor Balogh László said" ("W") and his QUESTION before "he asked." (""); "Kovács said" a causal answer and "He said" (after two men, Kovács, "W"); "Balogh said he would ask ..." (""); "According to the Central Statistical Office (KSH)" (bracket dropped, "W"); "according to DKV\'s published timetable" with "from 4:30 a.m. on August 16," mid-sentence ("W") and an unaffected line (no speaker, "W"). Tail: "Page 2 of 2", a printed-from line, copyright split at "Kft." before "All rights reserved." (all "B").',
    'Somali RADIO STATION\'S NEWS WEBSITE (Garowe, Puntland), PHONE BROWSER paste, a WATER PRICE RISE with THREE-PART SOMALI NAMES (given name, father\'s, grandfather\'s), RETURNS BY THE FIRST ONE OR TWO PARTS, TWO NICKNAMES, AN ELDER\'S TITLE, AN ACRONYM FIRST GIVEN IN FULL AND A COMPANY STATEMENT READ ON AIR: the price of a jerrycan of water in Garowe rises to 40 cents after two boreholes fail. Head: a menu/masthead/listen-live line, a language/section menu, section label (all "B"); headline of record "W"; standfirst "Water company blames ...; mothers say ..." ("W", carrying the company as the lead names it, cue "blames"); byline/date/read-time line ("B"); a caption "" and its credit ("B"). Body: "GAROWE –" lead "the Nugaal Water Supply Company said" ("W"); "In a statement read on Garowe Dawn Radio ... by its spokesman, the company said" (the company, not the reader, fronted channel, "W") and "The statement said ..." (resolving to the company, a condition on the price, ""); the operations manager "Abdiqani Warsame Jama" ("W"), "Abdiqani Warsame said" (first two parts resolving, ""), the quote\'s second sentence with a diesel price ("W") and "He said" a pump due by sea (a forecast, ""); "According to rainfall data from the Somalia Water and Land Information Management project (SWALIM)" (as written, bracket dropped, "W"); a mother "Hodan Ahmed Yusuf" and "Hodan said" with her own spending, her quote running on (""); "Sahra Abdi Nuur, whom everyone in the lane calls Sahra Yare" and "said Sahra Yare" (the NICKNAME resolving, "") and "She said" her own price (""); a scene naming the cart owner "Ali Hassan Abdi, ..., known in the market as Cali Dheere, “Tall Ali”," (no speaker, ""), "said Cali Dheere" (resolving, "") and "He said" the well\'s price ("W"); a quote subhead ""; "The Puntland State Agency for Water, Energy and Natural Resources (PSAWEN) said in a post on its Facebook page" ("W") and "It said" ("W"); "Abdiqani said" ("W"); "PSAWEN said" (the ACRONYM resolving to the full name, "W"); the deputy mayor "Bashir Osman Gurey" ("W") and "Bashir Osman said" (""); "A traditional elder in Dayax, Nabadoon Yusuf Farah Guled," (the elder\'s title dropped, "W") and "He said" ("W"); "Abdiqani Warsame confirmed ... and said" (cue "confirmed", "W"); "An aid worker with a Nairobi-based charity that trucks water to villages in Nugaal, who asked not to be named ...," ("W"); "Asked how long ..., Abdiqani said: “Ask the rain.”" (""). Tail: share line, related label and one headline, a WhatsApp-channel line, copyright split before "All rights reserved." (all "B").',
    'Saudi ENGLISH DAILY\'S ARTICLE SHARED FROM ITS APP (Jeddah), app-share paste, a PAID-PARKING SCHEME with "bin" AND "bint" NAMES REFERRED TO BY THE "al-" PART, TWO UNRELATED AL-HARBIS, "Eng." WITH A GIVEN NAME, A TEKNONYM GIVEN AS THE ONLY NAME AND A PRONOUN AFTER TWO WOMEN: Jeddah brings in paid parking in Al-Balad at SR3 an hour from Sunday. Head: masthead and section ("B"); headline of record "W"; standfirst "Municipality says ...; shopkeepers ... fear ..." ("W", carrying "Jeddah Municipality"); byline and a Hijri/Gregorian date line ("B"); a caption "" and its credit ("B"). Body: "JEDDAH —" lead "Jeddah Municipality said in a post on X on Wednesday" (channel in the cue, "W") and "the post said" (resolving to the municipality, "W"); the spokesman "Abdulrahman bin Saeed al-Ghamdi" (title after the name, "W"), "Al-Ghamdi said" ("W") and "He said" ("W"); the operator ENDING "Mawqif Smart Parking Co." before "The company said ..." (both "W", generic kept); "the municipality\'s deputy for transport and urban planning, Eng. Turki bin Fahad al-Shehri, told Saudi Horizon" (the outlet in the cue, "W"), "he said" ("W"), "Al-Shehri said" ("W", then ""); "Yousef Hamza al-Harbi" ("" twice); "Salem Eid al-Harbi, a taxi driver who is not related to him," (""), his QUESTION before "he asked." ("") and "He said" his own fare (a price, "W"); "Yousef al-Harbi said" and "He said" (the shopkeeper, a letter with 140 signatures, "W"); "Asked about the letter, Al-Ghamdi said" ("W"); "Eng. Turki, as staff at the municipality call him, said" (title and given name resolving, a plan ""); a subhead ""; "the municipality said" (generic kept, "W"); the guide "Nouf bint Khalid al-Qahtani" ("W") and "she said" (""); "A mother of three who gave her name as Umm Rayan" (the teknonym the label, ""), "Al-Qahtani ... told her" (cue "told her", "W") and "“Then we will walk from the corniche,” she said, laughing." (UMM RAYAN, the one answering, not Al-Qahtani, ""); "According to a municipality statement" ("W"); "Al-Shehri said" a review and "He said" where the money goes (plans, ""). Tail: read-more label and one headline, an app-download line, a shared-from line, the article URL (all "B").',
    'Moroccan ENGLISH-LANGUAGE CITY MAGAZINE\'S Q&A INTERVIEW (Marrakech), desktop browser paste, a TAXI FARE RISE with FRENCH-STYLE "M." AND "Mme", THE HONORIFIC "Si" BEFORE A GIVEN NAME AS THE TURN PREFIX AND IN A QUOTE HEADLINE, A TRANSLATED INTERVIEW AND REACTIONS: Marrakech petit-taxi fares rise to 8 dirhams. Head: masthead, tagline, menu, crumb (all "B"); a QUOTE HEADLINE "‘...’, says Si Abdelkrim as ... fares rise to 8 dirhams" (the interviewee in full, "Abdelkrim El Ouazzani", cue "says", "W"); byline/date line ("B"); a caption "" and a "Photo ©" credit ("B"). Intro: "according to a decree of the wilaya of Marrakech-Safi" with decimals ("W") and the first change since 2012 (no speaker, "W"); a biography and a note that drivers call him Si Abdelkrim (no speaker, ""); "He spoke to The Quill ..." (""); a translation-and-editing note in two sentences ("B"). The interview: "The Quill:" questions with no speaker (""), two citing a source ("Passengers say ...", speaker "Passengers"; "The wilaya says it will issue 400 new licences ...", speaker "The wilaya", a plan ""); "Si Abdelkrim:" answers, every sentence of a turn carrying "Abdelkrim El Ouazzani" with the prefix as cue: diesel prices with a causal "Because ...", the daily licence rent, complaints passed to the police, the night fare and its new start "at 8 p.m. instead of 9 p.m." ENDING a sentence, taxis in 2012 and today, the union\'s letter and "We got eight." ("W"), and a question, a concession, a characterisation with a semicolon and a quip (""). "WHAT OTHERS SAY" ("B"); "M. Hicham Bennani-Smires" ("M." dropped, "W"), "M. Bennani-Smires said" ("") and "He said" meters checked and tampered ("W"); "Mme Khadija Alaoui-Mrani ... said in a statement" (channel in the cue, a condition, "") and "The association said" (generic kept, "W"); a student "Fatima-Zahra Lahlou" with her own fares (""), "Her classmate, Imane Ait Bihi," ("") and "she said" after two women (Imane, ""); "Si Abdelkrim said" (outside the turns, cue "said", a plan ""). Tail: a subscription line, a more-interviews label and one headline, copyright split at "S.A.R.L." before "All rights reserved." (all "B").',
    'Cameroonian PRIVATE TV STATION\'S LIVE BLOG (Douala), desktop browser paste, NEWEST ENTRY FIRST, a MOTORBIKE-TAXI BAN with LONG COMPOUND NAMES ("Ngo", "épouse", a double given name and a double surname), FRENCH AND ENGLISH TITLES ("Mrs", "Barrister", "Divisional Commissioner", "Mami") AND SURNAME AND MARRIED-NAME RETURNS WHOSE FULL NAMES COME ONLY IN OLDER ENTRIES BELOW: Douala bans commercial motorbikes from four central roads, day one. Head: masthead, menu, "🔴 LIVE" (all "B"); headline "LIVE | ...: 148 bikes impounded in Akwa; riders\' union says ..." ("W", carrying the union as the body names it); a last-updated line and "Pinned" ("B"); the pinned summary of the ban and its fine (no speaker, "W" twice). Entries under "B" time stamps, with "Posted by" and "Key event" lines ("B"): 17:45 "Tchinda told reporters outside the union\'s office in Bonabéri" (the SURNAME resolving to the union president named in full only at 09:00, a plan "") and "he said" (""); 16:10 "Mrs Mbida has told reporters at the Douala I council" (the MARRIED NAME after "épouse" resolving to "Rose-Marie Ngo Bassong épouse Mbida", named in full only at 09:00, "W"), "She said" ("W") and "she said" (""); 14:30 "Barrister Ebenezer Ashu Tabe-Enow ... told Littoral 24" (title dropped, the outlet in the cue, a rule "W"), "Barrister Tabe-Enow said" ("W") and "he said" (""); 12:05 "traders who depend on bendskins to bring their goods say" (the group as written, ""), "Pauline Ebah Ngono" and "said Mami Pauline, as the younger traders call her" (the honorific and given name resolving, "" twice), "Her neighbour at the market, Clarisse Mengue Ze," and "She said" after two women (Clarisse, ""); 10:20 "The regional chief of public security for the Littoral, Divisional Commissioner Alain Bertrand Owona Mvondo, said" (title stack dropped, "W") and "Owona Mvondo said" ("W"), a rider "Hervé Kamdem" and a quote holding an officer\'s words, "Kamdem said" (""); 09:00 "The divisional officer for Douala I, Mrs Rose-Marie Ngo Bassong épouse Mbida, signed the order on 20 September after what she called “a year of accidents”" (an act with her phrase, cue "called", "W"), "According to the Douala Laquintinie Hospital\'s emergency department" ("W"), "The president of ..., Emmanuel Tchinda Ngassa, says" and "He says" ("W"), "Douala City Council said in a Facebook post" and "It said" ("W"); 07:30 a welcome in two sentences (""). Tail: load-earlier line, a programme line with "8 p.m." ("B"), copyright split before "All rights reserved." (all "B").',
    'Sierra Leonean DAILY NEWSPAPER\'S AMP PAGE (Freetown), AMP paste, a STREET-TRADER RELOCATION with "Alhaji" AND "Haja" BEFORE NAMES, TITLE + GIVEN NAME AND TITLE + SURNAME RETURNS ("Haja Isatu", "Alhaji Kanu", "Cllr Jalloh"), TWO FATMATAS AND TWO UNRELATED KAMARAS, A KRIO NICKNAME, A KRIO QUOTE AND A STATEMENT READ ON RADIO: Sani Abacha Street traders given until Friday to move into the rebuilt Dove Cut market. Head: AMP address, masthead, crumb ("B"); headline of record "W"; standfirst "Council says ...; market women say ..." ("W", carrying "Freetown City Council"); byline, published line, share line ("B"); a caption "" and its credit ("B"). Body: the deadline (an act, no speaker, "W"); "The council\'s Chief Administrator, Alhaji Ibrahim Sorie Kanu, said" ("Alhaji" dropped, "W") and "Alhaji Kanu told reporters at City Hall" (""); "According to the council\'s market census" ("W") and "the census showed" (cue "showed", "W"); "Haja Isatu Bangura, chairlady of ...," ("Haja" dropped, "") and "Haja Isatu said" (""), "She said" a letter and "she said" no reply ("W"); "Fatmata Kamara" ("") and "she said in Krio" with the translation inside the sentence (channel in the cue, ""); "Councillor Fatmata Binta Jalloh" ("") and "Cllr Jalloh said" ("W"), "“She sells pepper in the rain,” she said of Kamara." (the COUNCILLOR, the "She" inside being Kamara) and its second sentence (""); "Kamara laughed ..." (no speaker, "") and "she said" (Fatmata Kamara, ""); "Santigie Kamara, ..., is no relation," ("") and "said Pa Santi, as everyone on the street calls him" (the Krio nickname resolving, the quote running on, ""); a subhead ""; "The commander of ..., Chief Superintendent Abu Bakarr Conteh, said" (a plan, "") and "Conteh said" (a rule on seizures, "W"); "In a statement read on Radio Democracy ... by the council\'s public relations officer, Alhaji Kanu said" (Kanu, not the reader, fronted channel, cue "said", "W") and "the statement said" (resolving to Kanu, "W"); "Haja Isatu said" (a plan, ""); "A spokesman for the Ministry of Trade and Industry, who asked not to be named," ("W"). Tail: read-more label and two headlines, a non-AMP link, copyright split at "Ltd." before "All rights reserved." (all "B").',
    'Fijian NEWS WEBSITE (Suva, Vanua Levu story), desktop browser paste, a MARKET FEE RISE with "Ratu" AND "Adi" CHIEFLY TITLES RETURNING WITH THE GIVEN NAME, INDO-FIJIAN NAMES WITH TWO UNRELATED PRASADS TOLD APART BY "Mr" AND "Ms", A PRONOUN AFTER TWO WOMEN AND READERS\' COMMENTS: Labasa market stall fee to rise from $2 to $3 a day from December 1. Head: masthead, a date and weather strip, menu, crumb (all "B"); headline of record "W"; standfirst "Council says ...; vendors say ..." ("W", carrying "the Labasa Town Council"); byline, date line, share line ("B"); a caption "" and its "Picture:" credit ("B"). Body: the capitalised lead "VENDORS ... the Labasa Town Council announced yesterday" ("W"); "The council\'s special administrator, Ratu Josaia Vuetaki," ("Ratu" dropped, "W"), "He said" ("W") and "Ratu Josaia said" (title and given name resolving, ""); the chief executive "Praneel Anand Sharma" ("W") and "Mr Sharma said" (a forecast, ""); "According to the Ministry of Local Government" an approval under the Markets Act ("W"); "Shiu Narayan Prasad" and "Mr Prasad said" (""); "Reshmi Lata Prasad, ..., not related to him," with her own takings (""), "Ms Prasad said" and "she said" with the quote running on (""); "Adi Litiana Tuidraki" ("Adi" dropped, a petition count "W") and "Adi Litiana said" ("W"); "Mere Naisoro" with her own costs and plans ("" three times); "Adi Litiana, standing beside her, nodded." (no speaker, "") and "“That is what we told them,” she said." (ADI LITIANA, the last subject, ""); a subhead ""; "Ratu Josaia said" a repair plan ("") and "He said" a tender closed "on November 19 with four bids" ("W"); "Sharma said" a discount and "He said" a half rate (rules, "W"); "The Fijian Competition and Consumer Commission (FCCC) said in a statement" (bracket dropped, "W") and "It said it would watch ..." (a plan, ""); a taxi driver "Abdul Shamim Hussain" ("") and "Hussain said" his own shared fare (a price, "W"). Tail: a comments count and two readers\' comments with initials ("Vinod R.:", "Kalesi T.:"), each split into its sentences, a related label and one headline, copyright split at "Pte Ltd." before "All rights reserved." (all "B").',
]

ARTICLES = [
    [
        [
            ("THE SHINONOME TIMES", "", "", "B"),
        ],
        [
            (
                "National   Regional   Business   Sports   Culture   Opinion   Weather   日本語",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home › Regional › Tohoku", "", "", "B"),
        ],
        [
            (
                "Akita closes Senshu Park for at least two weeks after five bear sightings in six days",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "City says two box traps have been set by the inner moat; hunters' branch says it has 38 rifle holders, the youngest 61",
                "The Akita city government",
                "says",
                "W",
            ),
        ],
        [
            ("By Kudo Ayaka, Staff writer", "", "", "B"),
        ],
        [
            ("Oct. 16, 2027 (Sat) 18:40 JST", "", "", "B"),
        ],
        [
            ("Share   Post   LINE   Print   Copy URL", "", "", "B"),
        ],
        [
            (
                "A sign warning of bears stands at the Kubota Castle gate of Senshu Park in Akita on Friday.",
                "",
                "",
                "",
            ),
            ("(Kudo Ayaka/The Shinonome Times)", "", "", "B"),
        ],
        [
            (
                "AKITA — The Akita city government closed Senshu Park in the city centre on Friday for at least two weeks after five Asian black bear sightings in and around the park in six days.",
                "",
                "",
                "W",
            ),
            (
                "It is the first time the park has been closed because of bears since it opened to the public in 1890, the city said.",
                "the city",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sasaki Kenta, chief of the wildlife countermeasures section at city hall, said two box traps baited with honey had been set near the inner moat on Thursday night.",
                "Sasaki Kenta",
                "said",
                "W",
            ),
            (
                "He said a bear about 1.2 meters long was caught on a security camera by the Kubota Castle gate at 4:52 a.m. on Wednesday.",
                "Sasaki Kenta",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The bears are coming down because there are almost no beechnuts in the mountains this year,” Sasaki said.",
                "Sasaki Kenta",
                "said",
                "W",
            ),
            ("“They are hungry, and the city smells of persimmons.”", "Sasaki Kenta", "said", ""),
        ],
        [
            (
                "According to the Akita prefectural government, 1,214 bear sightings were reported in the prefecture from April through September, more than double the figure for the same period a year earlier.",
                "the Akita prefectural government",
                "according to",
                "W",
            ),
            (
                "Eleven people were injured by bears in that period, it said.",
                "the Akita prefectural government",
                "said",
                "W",
            ),
        ],
        [
            (
                "Takahashi Masao, 74, who heads the Akita city branch of the prefectural hunters' association, said his branch had 38 members licensed to carry rifles, down from 96 in 2000.",
                "Takahashi Masao",
                "said",
                "W",
            ),
            ("The youngest of them is 61, he said.", "Takahashi Masao", "said", "W"),
        ],
        [
            (
                "“Sasaki calls me at midnight and I go, but I am 74 years old,” he said.",
                "Takahashi Masao",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the city pays each member 8,000 yen for a day on call, a rate that has not changed since 2014.",
                "Takahashi Masao",
                "said",
                "W",
            ),
            (
                "Sasaki said the city would consider raising it in next year's budget.",
                "Sasaki Kenta",
                "said",
                "",
            ),
        ],
        [
            (
                "Takahashi Rie, 45, who runs a rice-cracker shop on the park's south side and is not related to the hunter, said she had seen the bear herself on Tuesday evening.",
                "Takahashi Rie",
                "said",
                "",
            ),
            ("“It walked past my shutter like a customer,” she said.", "Takahashi Rie", "said", ""),
        ],
        [
            (
                "Ono Chiyo, 81, who has walked around the moat every morning for 30 years, said she now walked around the block instead.",
                "Ono Chiyo",
                "said",
                "",
            ),
            (
                "“Takahashi-san from the cracker shop told me to carry a bell, so I carry a bell,” she said.",
                "Ono Chiyo",
                "said",
                "",
            ),
        ],
        [
            ("‘It walked past my shutter like a customer’", "", "", ""),
        ],
        [
            (
                "The Akita city board of education said 14 elementary and junior high schools near the park had told pupils to walk to and from school in groups from Monday.",
                "The Akita city board of education",
                "said",
                "W",
            ),
            (
                "Parents should collect younger children by car where they can, the board said.",
                "the board",
                "said",
                "",
            ),
        ],
        [
            (
                "Ishiguro Hajime, deputy mayor, told a news conference at city hall on Friday that the park would reopen only after 10 straight days without a sighting.",
                "Ishiguro Hajime",
                "told a news conference at city hall on Friday",
                "W",
            ),
            (
                "“We would rather be criticized for closing it than for opening it,” Ishiguro said.",
                "Ishiguro Hajime",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the city would spend 42 million yen from its reserve fund on electric fences along the Asahi River.",
                "Ishiguro Hajime",
                "said",
                "",
            ),
            (
                "Asked whether the autumn chrysanthemum show would go ahead, he said it had been moved to the Akita Civic Hall and would open on Oct. 23 as planned.",
                "Ishiguro Hajime",
                "said",
                "W",
            ),
        ],
        [
            (
                "A statement from the Akita Prefectural Police, read to reporters by a public relations officer, said officers had patrolled the edge of the park 46 times since Sunday.",
                "the Akita Prefectural Police",
                "said",
                "W",
            ),
            (
                "It urged residents not to leave fruit or kitchen waste outside overnight.",
                "the Akita Prefectural Police",
                "urged",
                "",
            ),
        ],
        [
            (
                "Mori Keisuke, a professor of wildlife ecology at Akita Prefectural University, said the beech crop in his survey plots was the poorest since he began counting in 2009.",
                "Mori Keisuke",
                "said",
                "W",
            ),
            (
                "He expects bears to keep coming into towns until they go into their dens in early December.",
                "Mori Keisuke",
                "expects",
                "",
            ),
            ("“Closing a park is a bandage,” Mori said.", "Mori Keisuke", "said", ""),
            ("“What the mountains need is people who can shoot.”", "Mori Keisuke", "said", ""),
        ],
        [
            (
                "An official at the Tohoku Regional Environment Office, who asked not to be named because he was not authorized to speak to the press, said 23 bears had been culled in Akita city since April.",
                "An official at the Tohoku Regional Environment Office",
                "said",
                "W",
            ),
        ],
        [
            (
                "Takahashi said his branch would hold a training day for newly licensed hunters at the Yuwa shooting range on Nov. 3.",
                "Takahashi Masao",
                "said",
                "W",
            ),
            ("Three people have signed up, he said.", "Takahashi Masao", "said", "W"),
        ],
        [
            ("Related stories", "", "", "B"),
        ],
        [
            ("Kazuno school cancels sports day after bear seen on running track", "", "", "B"),
        ],
        [
            ("Persimmon trees felled in Yokote to keep bears out of gardens", "", "", "B"),
        ],
        [
            ("Copyright © The Shinonome Times Co., Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("☰   KOREA DAYBREAK   🔍", "", "", "B"),
        ],
        [
            ("Open in app", "", "", "B"),
        ],
        [
            ("National > Provinces", "", "", "B"),
        ],
        [
            (
                "Jeonju to charge tour buses 20,000 won for two hours near Hanok Village from Nov. 1",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "City says 310 buses a day clog Gisin-ro at weekends; merchants fear day-trippers will go elsewhere",
                "the Jeonju city government",
                "says",
                "W",
            ),
        ],
        [
            ("Yoon Ha-eun", "", "", "B"),
        ],
        [
            ("Published 2027.10.21 14:07 | Updated 2027.10.21 17:32", "", "", "B"),
        ],
        [
            ("가  가  |  Share  |  Scrap", "", "", "B"),
        ],
        [
            (
                "Tour buses wait with their engines running on a street next to Jeonju Hanok Village, Saturday.",
                "",
                "",
                "",
            ),
            ("[Courtesy of Jeonju City]", "", "", "B"),
        ],
        [
            (
                "JEONJU — Tour buses parking near Jeonju Hanok Village will have to pay 20,000 won for every two hours from Nov. 1, the Jeonju city government said Thursday.",
                "the Jeonju city government",
                "said",
                "W",
            ),
        ],
        [
            (
                "Buses will no longer be allowed to wait on Gisin-ro or Taejo-ro and must use a new 120-space lot at the former Jeonju bus depot, 900 meters from the village gate, the city said.",
                "the city",
                "said",
                "W",
            ),
            (
                "Drivers who stop elsewhere will be fined 40,000 won, it said.",
                "the city",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kim Sung-ho, director of the city's tourism policy division, said an average of 310 tour buses a day had come into the village on weekends this year, up from 190 in 2024.",
                "Kim Sung-ho",
                "said",
                "W",
            ),
            (
                "“On a Saturday in October you cannot get an ambulance down Gisin-ro,” Kim Sung-ho said.",
                "Kim Sung-ho",
                "said",
                "",
            ),
        ],
        [
            (
                "The village drew 11.4 million visitors last year, according to data from the city, the most since it began counting in 2002.",
                "data from the city",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Kim Min-ji, 34, who has run a four-room guesthouse in a restored hanok on Eunhaeng-ro since 2019, said the engines woke her guests before 7 a.m. every weekend.",
                "Kim Min-ji",
                "said",
                "",
            ),
            (
                "Kim said she had complained to the district office 11 times this year.",
                "Kim Min-ji",
                "said",
                "",
            ),
        ],
        [
            ("“I am not against tourists,” she said.", "Kim Min-ji", "said", ""),
            ("“I am against diesel at breakfast.”", "Kim Min-ji", "said", ""),
        ],
        [
            (
                "Lee Jae-won, 58, chairman of the Hanok Village Merchants' Association, which represents 460 shops, said the fee would send day-trippers to Gyeongju and Andong instead.",
                "Lee Jae-won",
                "said",
                "",
            ),
            (
                "He said his members had not been consulted before the decision.",
                "Lee Jae-won",
                "said",
                "W",
            ),
        ],
        [
            (
                "Park Dong-hyun, a Jeonju city councilor who sits on the council's culture and tourism committee, said the same plan had been put to the committee in March and discussed at two meetings.",
                "Park Dong-hyun",
                "said",
                "W",
            ),
            ("“He was invited to both,” he said.", "Park Dong-hyun", "said", ""),
        ],
        [
            (
                "Lee said he had attended neither because the invitations had gone to the association's old address.",
                "Lee Jae-won",
                "said",
                "",
            ),
        ],
        [
            (
                "Lee Hye-jin, who runs a Seoul tour company that sends about 40 buses a month to Jeonju, said she would pass the fee on to customers, adding about 500 won to each seat.",
                "Lee Hye-jin",
                "said",
                "",
            ),
            ("“Nobody cancels a trip over 500 won,” she said.", "Lee Hye-jin", "said", ""),
        ],
        [
            ("Shuttle and ‘diesel at breakfast’", "", "", ""),
        ],
        [
            (
                "A free electric shuttle will run between the new lot and the village gate every eight minutes from 9 a.m. to 9 p.m., the city said.",
                "the city",
                "said",
                "W",
            ),
            (
                "It said the shuttle would cost 1.7 billion won a year to operate.",
                "the city",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kim Sung-ho said buses carrying wheelchair users would still be allowed to drop passengers at the gate.",
                "Kim Sung-ho",
                "said",
                "W",
            ),
            (
                "The director said the city expected the fee to bring in about 900 million won a year, which would go toward the shuttle.",
                "Kim Sung-ho",
                "said",
                "",
            ),
        ],
        [
            (
                "Park Seo-yeon, 27, who had come from Daegu for the day with her university friends, said she had not known about the change.",
                "Park Seo-yeon",
                "said",
                "",
            ),
            (
                "“Eight minutes for a shuttle is fine, if it really comes every eight minutes,” she said.",
                "Park Seo-yeon",
                "said",
                "",
            ),
        ],
        [
            (
                "An official at the Ministry of Culture, Sports and Tourism, who spoke on condition of anonymity, said Jeonju would be the fourth city to charge tour buses by the hour, after Gyeongju, Suncheon and Tongyeong.",
                "An official at the Ministry of Culture, Sports and Tourism",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a statement, the Jeonju City Council's culture and tourism committee said it had approved the fee ordinance by a vote of 7-2 on Oct. 14.",
                "the Jeonju City Council's culture and tourism committee",
                "said",
                "W",
            ),
            (
                "Park Dong-hyun was one of the two members who voted against it, the statement said.",
                "the Jeonju City Council's culture and tourism committee",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I voted no because of the shuttle, not the fee,” Park said.",
                "Park Dong-hyun",
                "said",
                "",
            ),
            (
                "“The shuttle does not reach the south gate, and half the restaurants are there.”",
                "Park Dong-hyun",
                "said",
                "W",
            ),
        ],
        [
            (
                "The merchants' association will hold a meeting with the city at the village's community center at 3 p.m. on Oct. 28, Lee Jae-won said.",
                "Lee Jae-won",
                "said",
                "W",
            ),
        ],
        [
            ("yhaeun@koreadaybreak.kr", "", "", "B"),
        ],
        [
            ("Most Viewed", "", "", "B"),
        ],
        [
            ("1", "", "", "B"),
        ],
        [
            ("Gunsan ferry to Seonyudo suspended for a week over engine fault", "", "", "B"),
        ],
        [
            ("2", "", "", "B"),
        ],
        [
            ("Iksan farmers count rice lost to late typhoon rain", "", "", "B"),
        ],
        [
            (
                "ⓒ Korea Daybreak. Unauthorized reproduction and redistribution prohibited.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Go to top   |   PC version", "", "", "B"),
        ],
    ],
    [
        [
            ("axarquiaclarion.es/amp/vélez-water-cuts", "", "", "B"),
        ],
        [
            ("THE AXARQUÍA CLARION", "", "", "B"),
        ],
        [
            ("News › Vélez-Málaga › Drought", "", "", "B"),
        ],
        [
            (
                "Vélez-Málaga to cut night-time water in three districts from Monday as La Viñuela falls to 9%",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Taps in Torre del Mar, Caleta and Almayate will run dry from 11pm to 7am; farmers' wells inspected",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Harriet Quennell-Arrieta", "", "", "B"),
        ],
        [
            ("Thursday, 9 September 2027, 13:15", "", "", "B"),
        ],
        [
            ("Share  |  WhatsApp  |  Facebook  |  Email", "", "", "B"),
        ],
        [
            (
                "The exposed bed of La Viñuela reservoir, photographed from the Periana road this week.",
                "",
                "",
                "",
            ),
            ("Photo: H. Quennell-Arrieta", "", "", "B"),
        ],
        [
            (
                "Vélez-Málaga town hall will cut off mains water to homes in Torre del Mar, Caleta de Vélez and Almayate every night from 11pm to 7am starting on Monday, the councillor for water, María del Carmen Ruiz Ortega, announced on Wednesday.",
                "María del Carmen Ruiz Ortega",
                "announced",
                "W",
            ),
        ],
        [
            (
                "Ruiz said La Viñuela, the reservoir that supplies most of the Axarquía, was at 9.1% of its capacity of 164 cubic hectometres.",
                "María del Carmen Ruiz Ortega",
                "said",
                "W",
            ),
            (
                "She said the three districts used 38% of the town's water but had 27% of its registered residents.",
                "María del Carmen Ruiz Ortega",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Either we close the taps at night now, or in January we close them in the day as well,” she said.",
                "María del Carmen Ruiz Ortega",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the Junta de Andalucía's weekly reservoir bulletin, La Viñuela held 14.9 cubic hectometres on Monday, against 31.2 a year earlier.",
                "the Junta de Andalucía's weekly reservoir bulletin",
                "according to",
                "W",
            ),
            ("The bulletin has been published every Monday since 1993.", "", "", "W"),
        ],
        [
            (
                "The cuts will be managed by the municipal water company, Aguas de Vélez Costa S.A.",
                "",
                "",
                "W",
            ),
            (
                "The company said it would close 46 valves by hand each night and reopen them before dawn.",
                "The company",
                "said",
                "",
            ),
        ],
        [
            (
                "Hotels and the hospital will stay connected through a separate main, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Francisco Javier Fernández Lozano, 67, a retired fisherman who lives above a bar on Torre del Mar's paseo, said he had filled 14 bottles on Wednesday night “just in case”.",
                "Francisco Javier Fernández Lozano",
                "said",
                "",
            ),
            (
                "“My wife says I am hoarding; I say I am a fisherman, and fishermen know about water,” Fernández said.",
                "Francisco Javier Fernández Lozano",
                "said",
                "",
            ),
        ],
        [
            (
                "Antonio Fernández Molina, who grows avocados on 11 hectares above Almayate and is not related to him, said the town was punishing families for the farmers' wells.",
                "Antonio Fernández Molina",
                "said",
                "",
            ),
            (
                "“They cut the flats and leave the pools in the urbanizaciones,” Fernández Molina said.",
                "Antonio Fernández Molina",
                "said",
                "",
            ),
        ],
        [
            (
                "He said he had already uprooted 600 of his 2,000 trees since the spring.",
                "Antonio Fernández Molina",
                "said",
                "",
            ),
        ],
        [
            (
                "Rocío Gutiérrez de la Torre, who runs the bar below Fernández Lozano's flat, said she would serve coffee from bottled water and had bought two 1,000-litre tanks.",
                "Rocío Gutiérrez de la Torre",
                "said",
                "",
            ),
            (
                "Gutiérrez said each tank had cost her €380 fitted.",
                "Rocío Gutiérrez de la Torre",
                "said",
                "",
            ),
        ],
        [
            (
                "Asked whether bars and restaurants would be exempt, Ruiz said they would not.",
                "María del Carmen Ruiz Ortega",
                "said",
                "W",
            ),
            ("“A caña is not a hospital,” she said.", "María del Carmen Ruiz Ortega", "said", ""),
        ],
        [
            ("Wells and swimming pools", "", "", ""),
        ],
        [
            (
                "The Guardia Civil's Seprona environmental unit said its officers had inspected 212 wells in the Axarquía since June and reported 37 of them for having no licence.",
                "The Guardia Civil's Seprona environmental unit",
                "said",
                "W",
            ),
            (
                "It said owners of unlicensed wells face fines of up to €100,000 under the regional water law.",
                "The Guardia Civil's Seprona environmental unit",
                "said",
                "W",
            ),
        ],
        [
            (
                "Filling private swimming pools from the mains has been banned in the municipality since 1 May, according to a decree signed by the mayor.",
                "a decree signed by the mayor",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The opposition spokesman on the council, Juan Luis Martín-Arroyo Pérez, said the town hall had known since February that the cuts were coming and had done nothing.",
                "Juan Luis Martín-Arroyo Pérez",
                "said",
                "",
            ),
            (
                "“Eight months and not a single new pipe,” Martín-Arroyo said.",
                "Juan Luis Martín-Arroyo Pérez",
                "said",
                "",
            ),
        ],
        [
            (
                "He said a desalination plant promised for the area in 2019 had still not been put out to tender.",
                "Juan Luis Martín-Arroyo Pérez",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a statement read out at the end of Wednesday's council meeting by the council secretary, the mayor's office said the desalination plant was “a matter for the Junta and the central government” and that the town had asked for emergency funding of €4.2 million.",
                "the mayor's office",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ruiz said the night cuts would be reviewed every two weeks.",
                "María del Carmen Ruiz Ortega",
                "said",
                "",
            ),
            (
                "She said residents with medical equipment at home could register for an exemption at the Torre del Mar tenencia de alcaldía.",
                "María del Carmen Ruiz Ortega",
                "said",
                "W",
            ),
        ],
        [
            ("Back at the bar, Gutiérrez was filling jugs.", "", "", ""),
            (
                "“If it rains in October, I will have two very expensive plant pots,” she said.",
                "Rocío Gutiérrez de la Torre",
                "said",
                "",
            ),
        ],
        [
            ("READ MORE", "", "", "B"),
        ],
        [
            ("Nerja bans hosepipes on terraces as summer drought bites", "", "", "B"),
        ],
        [
            ("Avocado growers in Periana switch to mangoes", "", "", "B"),
        ],
        [
            ("Tags: drought, water, Vélez-Málaga, Torre del Mar", "", "", "B"),
        ],
        [
            ("View full site", "", "", "B"),
        ],
        [
            ("© 2027 Clarion Axarquía Media S.L.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("atlantictidings.pt", "", "", "B"),
        ],
        [
            (
                "Sintra to ban tuk-tuks from the roads up to Pena and the Moorish Castle from 1 March",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Fiona Carvalhal-Brett", "", "", "B"),
        ],
        [
            ("14 November 2027", "", "", "B"),
        ],
        [
            ("6–7 minutes", "", "", "B"),
        ],
        [
            (
                "Council says 186 licensed tuk-tuks make 2,300 trips a day up the hill in summer; operators say 300 jobs are at risk",
                "The Sintra municipal council",
                "says",
                "W",
            ),
        ],
        [
            (
                "Tuk-tuks queue for passengers outside Sintra's Palácio Nacional on a weekday morning.",
                "",
                "",
                "",
            ),
            ("Fiona Carvalhal-Brett", "", "", "B"),
        ],
        [
            (
                "The Sintra municipal council voted on Tuesday to ban tuk-tuks from the roads that climb from the historic centre to Pena Palace and the Moorish Castle from 1 March, and to give residents of the old town free parking permits.",
                "",
                "",
                "W",
            ),
            ("The measure passed with seven votes in favour and four against.", "", "", "W"),
        ],
        [
            (
                "Sintra's councillor for mobility, Filipa Rita Sousa Pereira Marques, said 186 tuk-tuks were licensed to work in the parish, up from 61 in 2017.",
                "Filipa Rita Sousa Pereira Marques",
                "said",
                "W",
            ),
            (
                "In August they made about 2,300 trips a day up the Estrada da Pena, she said.",
                "Filipa Rita Sousa Pereira Marques",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The road was built for carriages in the nineteenth century, and on a summer afternoon it is a car park with a view,” Marques said.",
                "Filipa Rita Sousa Pereira Marques",
                "said",
                "",
            ),
        ],
        [
            (
                "According to a council report presented at the meeting, emergency vehicles took an average of 19 minutes to reach Pena from the fire station in August, against eight minutes in February.",
                "a council report presented at the meeting",
                "according to",
                "W",
            ),
        ],
        [
            (
                "From March, visitors will be able to reach the palaces only on foot, by the council's electric minibuses or by the existing 434 bus route, the report said.",
                "a council report presented at the meeting",
                "said",
                "W",
            ),
        ],
        [
            (
                "The head of the council's traffic engineering department, Eng. Rui Manuel Tavares Lopes, said the minibuses would run every six minutes in summer and cost €3 a trip.",
                "Rui Manuel Tavares Lopes",
                "said",
                "W",
            ),
            (
                "Lopes said 14 of the 20 minibuses had been delivered.",
                "Rui Manuel Tavares Lopes",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tiago Miguel Fonseca Ribeiro, president of the Sintra Tuk-Tuk Operators' Association, which represents 42 companies, said about 300 drivers would lose their living.",
                "Tiago Miguel Fonseca Ribeiro",
                "said",
                "",
            ),
            (
                "“Most of my drivers are young people from Mem Martins and Rio de Mouro who could not find work in Lisbon,” he said.",
                "Tiago Miguel Fonseca Ribeiro",
                "said",
                "",
            ),
        ],
        [
            (
                "Ribeiro said the association would ask the administrative court in Sintra to suspend the ban.",
                "Tiago Miguel Fonseca Ribeiro",
                "said",
                "",
            ),
            (
                "He said operators had spent about €4 million since 2020 converting their vehicles to electric motors, at the council's request.",
                "Tiago Miguel Fonseca Ribeiro",
                "said",
                "W",
            ),
        ],
        [
            (
                "Amélia de Lurdes Costa Ribeiro, 72, a retired primary teacher who has lived on Rua Visconde de Monserrate for 50 years and is no relation, said she had not been able to park outside her house on a weekend since 2019.",
                "Amélia de Lurdes Costa Ribeiro",
                "said",
                "",
            ),
            (
                "“The permit is the first good news in this street for ten years,” said Dona Lurdes, as her neighbours call her.",
                "Amélia de Lurdes Costa Ribeiro",
                "said",
                "",
            ),
            (
                "“Now they only have to take the tourists away as well.”",
                "Amélia de Lurdes Costa Ribeiro",
                "said",
                "",
            ),
        ],
        [
            (
                "She laughed, and then said she was joking.",
                "Amélia de Lurdes Costa Ribeiro",
                "said",
                "",
            ),
        ],
        [
            (
                "Joana Isabel Mendes Alves, a guide who takes groups of up to 15 walkers to Pena twice a day, said the ban would make the climb safer but harder for older visitors.",
                "Joana Isabel Mendes Alves",
                "said",
                "",
            ),
            (
                "Alves said she had seen three collisions between tuk-tuks and walkers on the hill this year.",
                "Joana Isabel Mendes Alves",
                "said",
                "",
            ),
        ],
        [
            (
                "“Not everybody can walk up 200 metres of hill,” she said.",
                "Joana Isabel Mendes Alves",
                "said",
                "",
            ),
            (
                "“Are the minibuses going to wait for a grandmother?”",
                "Joana Isabel Mendes Alves",
                "said",
                "",
            ),
        ],
        [
            (
                "Marques said the minibuses would have low floors and room for two wheelchairs.",
                "Filipa Rita Sousa Pereira Marques",
                "said",
                "W",
            ),
        ],
        [
            ("Fines of up to €1,500", "", "", ""),
        ],
        [
            (
                "The Sintra division of the Public Security Police (PSP) said it had issued 512 fines to tuk-tuk drivers in the old town this year, mostly for stopping in bus lanes.",
                "The Sintra division of the Public Security Police",
                "said",
                "W",
            ),
            (
                "It said drivers who break the new ban will face fines of between €300 and €1,500.",
                "The Sintra division of the Public Security Police",
                "said",
                "W",
            ),
        ],
        [
            (
                "The ban was opposed by the four councillors of the opposition, who said it had been drawn up without a study of its effect on jobs.",
                "the four councillors of the opposition",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We asked for that study in June and we are still waiting,” said João Paulo Vieira da Silva Moura, one of the four.",
                "João Paulo Vieira da Silva Moura",
                "said",
                "W",
            ),
            (
                "Moura said the opposition would bring the matter back to the council in January.",
                "João Paulo Vieira da Silva Moura",
                "said",
                "",
            ),
        ],
        [
            (
                "Tuk-tuks will still be allowed in the lower town and on the road to Cabo da Roca, Marques said.",
                "Filipa Rita Sousa Pereira Marques",
                "said",
                "W",
            ),
            (
                "She said operators could apply from 1 December for 40 licences to run on the coast road, which the council would issue by lottery.",
                "Filipa Rita Sousa Pereira Marques",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ribeiro said 40 licences was “a lottery for the right to survive”.",
                "Tiago Miguel Fonseca Ribeiro",
                "said",
                "",
            ),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Cascais raises parking fees on the Marginal for the summer", "", "", "B"),
        ],
        [
            ("View original", "", "", "B"),
        ],
    ],
    [
        [
            ("KEDR NEWS AGENCY — ENGLISH SERVICE — SUBSCRIBER FEED", "", "", "B"),
        ],
        [
            (
                "SIB-UTILITIES-HOTWATER/ (UPDATE 1) | Regional | Priority: routine | 1,050 words",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Filed 09-Jun-2027 11:48 NOVT / 04:48 GMT", "", "", "B"),
        ],
        [
            ("(Adds comment from banya director, pensioner, paragraphs 9-13)", "", "", "B"),
        ],
        [
            (
                "Hot water to be cut for 10 days for 184,000 people in two Novosibirsk districts from June 15",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "* Leninsky and Kirovsky districts lose hot water June 15-24 for pipe tests",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "* Utility says 312 km of pipes to be tested, 41 km to be replaced",
                "Obteploset JSC",
                "says",
                "W",
            ),
        ],
        [
            ("* Public baths to open 2 hours longer for residents", "", "", "W"),
        ],
        [
            (
                "NOVOSIBIRSK, June 9 (Kedr) - About 184,000 people in Novosibirsk's Leninsky and Kirovsky districts will have no hot water from June 15 to June 24 while pipes are tested under pressure, the city's heating utility, Obteploset JSC, said on Wednesday.",
                "Obteploset JSC",
                "said",
                "W",
            ),
        ],
        [
            (
                "The shutdown will affect 1,460 apartment buildings, 38 schools and kindergartens and two polyclinics, Obteploset spokeswoman Irina Valeryevna Sokolova told Kedr.",
                "Irina Valeryevna Sokolova",
                "told Kedr",
                "W",
            ),
            (
                "She said the utility would test 312 km of pipes and replace 41 km of them, most of it laid in the 1970s.",
                "Irina Valeryevna Sokolova",
                "said",
                "W",
            ),
        ],
        [
            (
                '"Ten days is the shortest we can make it," Sokolova said.',
                "Irina Valeryevna Sokolova",
                "said",
                "",
            ),
            (
                '"If we do not find the weak pipes in June, they find us in January, at minus thirty-five."',
                "Irina Valeryevna Sokolova",
                "said",
                "",
            ),
        ],
        [
            (
                "Under sanitary rules, hot water may be shut off for planned maintenance for no more than 14 days a year, according to the Novosibirsk regional office of Rospotrebnadzor, the consumer protection watchdog.",
                "the Novosibirsk regional office of Rospotrebnadzor",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Residents are entitled to a recalculation of their hot water bill for the days without supply, the watchdog said.",
                "the watchdog",
                "said",
                "W",
            ),
        ],
        [
            (
                "Deputy Mayor for Housing and Utilities Gennady Arkadyevich Voronin said the city had received 2,870 complaints about last year's shutdown, which ran for 12 days in the same districts.",
                "Gennady Arkadyevich Voronin",
                "said",
                "W",
            ),
            (
                "Voronin said this year's work had been split so that no building would be without hot water for more than 10 days.",
                "Gennady Arkadyevich Voronin",
                "said",
                "W",
            ),
        ],
        [
            (
                "Four municipal bathhouses in the two districts will stay open until 11 p.m. instead of 9 p.m. during the shutdown, he said, and pensioners will pay 150 roubles a visit instead of 400.",
                "Gennady Arkadyevich Voronin",
                "said",
                "W",
            ),
            (
                'Asked whether the city would pay for pensioners\' visits in full, Voronin said: "The discount is the help."',
                "Gennady Arkadyevich Voronin",
                "said",
                "",
            ),
        ],
        [
            (
                "Oleg Viktorovich Zaitsev, director of the Bath No. 3 municipal banya on Stanislavskogo Street, said he had ordered 600 extra birch brooms.",
                "Oleg Viktorovich Zaitsev",
                "said",
                "",
            ),
            (
                '"Every June it is the same, the queue goes round the building by seven in the evening," Zaitsev said.',
                "Oleg Viktorovich Zaitsev",
                "said",
                "",
            ),
            (
                "He said the banya had 140 places and had sold 31,000 tickets last June, against about 12,000 in an ordinary month.",
                "Oleg Viktorovich Zaitsev",
                "said",
                "W",
            ),
        ],
        [
            (
                "Lyudmila Petrovna Zaitseva, 76, who lives on the fifth floor of a building on Kirova Street and is not related to him, said she would heat water in pans on the stove, as she has every summer since 1983.",
                "Lyudmila Petrovna Zaitseva",
                "said",
                "",
            ),
            (
                '"Gennady Arkadyevich should come and carry my buckets," said Lyudmila Petrovna, as she is known to everyone in her stairwell.',
                "Lyudmila Petrovna Zaitseva",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the lift in her building had been broken since March.",
                "Lyudmila Petrovna Zaitseva",
                "said",
                "",
            ),
            (
                '"At my age you carry the water, or you do not wash," Lyudmila Petrovna said.',
                "Lyudmila Petrovna Zaitseva",
                "said",
                "",
            ),
        ],
        [
            (
                "Sokolova said the utility's emergency line would take calls around the clock during the tests.",
                "Irina Valeryevna Sokolova",
                "said",
                "W",
            ),
            (
                "Residents should keep hot water taps closed, because water may come back without warning at temperatures of up to 75 degrees Celsius, she said.",
                "Irina Valeryevna Sokolova",
                "said",
                "",
            ),
        ],
        [
            (
                "Hot water in Sovetsky, Oktyabrsky and Zaeltsovsky districts will be cut in July and August according to a schedule published on the city hall website.",
                "a schedule published on the city hall website",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Obteploset, which is 75% owned by the city, supplies heat and hot water to about 1.1 million people in Novosibirsk, according to its annual report.",
                "its annual report",
                "according to",
                "W",
            ),
            (
                "The company said it would spend 2.4 billion roubles on repairs this summer, 18% more than last year.",
                "The company",
                "said",
                "",
            ),
        ],
        [
            (
                "In a post on the VKontakte page of the Leninsky district administration, district head Viktor Semyonovich Ilyushin asked residents to check on elderly neighbours during the shutdown.",
                "Viktor Semyonovich Ilyushin",
                "asked",
                "",
            ),
        ],
        [
            (
                "A dispatcher at the Kirovsky district housing office, who did not give her name, said 46 residents had already called to ask whether the dates could be moved.",
                "A dispatcher at the Kirovsky district housing office",
                "said",
                "W",
            ),
            (
                '"I tell them what I tell my mother," she said.',
                "A dispatcher at the Kirovsky district housing office",
                "said",
                "",
            ),
            (
                '"Buy a big pan."',
                "A dispatcher at the Kirovsky district housing office",
                "said",
                "",
            ),
        ],
        [
            (
                "Novosibirsk, Russia's third-largest city, had 1.63 million inhabitants at the start of the year, according to the regional statistics office.",
                "the regional statistics office",
                "according to",
                "W",
            ),
            (
                "Most of its apartment blocks are heated by a single network of pipes that also carries hot water to taps.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("(Reporting by Anastasia Gerasimenko-Vale; Editing by Pavel Drozdovsky)", "", "", "B"),
        ],
        [
            ("((anastasia.gerasimenko@kedrnews.ru; +7 383 555 0148))", "", "", "B"),
        ],
        [
            ("Keywords: RUSSIA UTILITIES/NOVOSIBIRSK HOT WATER", "", "", "B"),
        ],
        [
            ("© 2027 Kedr News Agency JSC.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
            ("Redistribution without written permission is prohibited.", "", "", "B"),
        ],
    ],
    [
        [
            (
                "https://budapestmeridian.hu/regions/debrecen-tram-line-1-replacement-buses?print=1",
                "",
                "",
                "B",
            ),
        ],
        [
            ("BUDAPEST MERIDIAN", "", "", "B"),
        ],
        [
            ("🖨 Print this page   ✕ Close window", "", "", "B"),
        ],
        [
            (
                "Debrecen's tram line 1 to be replaced by buses for six weeks from July 5",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Transport company says 2.8 km of track will be relaid between the station and the Nagyerdő; pensioners say the buses have steps",
                "DKV Zrt.",
                "says",
                "W",
            ),
        ],
        [
            ("By Halász Dorottya | 28 June 2027, 09:15", "", "", "B"),
        ],
        [
            (
                "A line 1 tram passes the Great Reformed Church on Piac utca in Debrecen.",
                "",
                "",
                "",
            ),
            ("Photo: Budapest Meridian/Halász Dorottya", "", "", "B"),
        ],
        [
            (
                "DEBRECEN – Trams on line 1 between the railway station and the Nagyerdő park will be replaced by buses from July 5 to August 15 while 2.8 kilometres of track are relaid, the city's transport company, DKV Zrt., said on Monday.",
                "DKV Zrt.",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kovács Péter, technical director of DKV Zrt., said the rails on the northern half of the line had been laid in 2009 and were worn down by 11 millimetres in places.",
                "Kovács Péter",
                "said",
                "W",
            ),
            (
                "“We can still run on them, but at 20 kilometres an hour through the park, and nobody wants that,” Kovács said.",
                "Kovács Péter",
                "said",
                "",
            ),
        ],
        [
            (
                "He said replacement buses would run every four minutes at peak times, the same frequency as the trams.",
                "Kovács Péter",
                "said",
                "W",
            ),
        ],
        [
            ("The work will be carried out by Hajdú-Sín Építő Kft.", "", "", "W"),
            (
                "The company won the contract in April with a bid of 3.4 billion forints, according to the tender documents.",
                "the tender documents",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The deputy mayor responsible for urban development, dr. Szilágyi Eszter, said 85% of the cost would be paid from European Union funds.",
                "Szilágyi Eszter",
                "said",
                "W",
            ),
            (
                "She said line 1 carried about 42,000 passengers on an average weekday.",
                "Szilágyi Eszter",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Six weeks in summer, when the university is closed, is the least bad time,” Szilágyi said.",
                "Szilágyi Eszter",
                "said",
                "",
            ),
        ],
        [
            ("Page 1 of 2", "", "", "B"),
        ],
        [
            (
                "Tóth Gáborné, 70, who takes line 1 to the Kenézy Gyula hospital twice a week, said the replacement buses were not built for people with sticks.",
                "Tóth Gáborné",
                "said",
                "",
            ),
            ("Her husband, Tóth Gábor, 73, said the buses were fine.", "Tóth Gábor", "said", ""),
        ],
        [
            ("“They are not fine,” she said.", "Tóth Gáborné", "said", ""),
            ("“They have three steps, and the driver does not wait.”", "Tóth Gáborné", "said", ""),
        ],
        [
            (
                "He shrugged, and said that the tram was only two years younger than him.",
                "Tóth Gábor",
                "said",
                "",
            ),
        ],
        [
            (
                "Asked about the steps, Szilágyi said the city had told DKV to keep its low-floor buses on the stretch past the hospital.",
                "Szilágyi Eszter",
                "said",
                "W",
            ),
            ("“Nobody will be left standing at a stop,” she said.", "Szilágyi Eszter", "said", ""),
        ],
        [
            (
                "Kovács said 31 of the 40 buses on the replacement service would be low-floor vehicles.",
                "Kovács Péter",
                "said",
                "W",
            ),
            (
                "The other nine are older coaches borrowed from the Volánbusz depot in Hajdúszoboszló, he said.",
                "Kovács Péter",
                "said",
                "W",
            ),
        ],
        [
            (
                "Nagy Réka, 21, a pharmacy student who lives near the Nagyerdő and works in a café on Piac utca during the summer, said the buses took 22 minutes to reach the centre during last year's shorter closure, against 12 by tram.",
                "Nagy Réka",
                "said",
                "",
            ),
            ("Nagy said she would cycle instead.", "Nagy Réka", "said", ""),
        ],
        [
            (
                "A single ticket costs 450 forints and is valid on the replacement buses, DKV said.",
                "DKV Zrt.",
                "said",
                "W",
            ),
            (
                "Monthly passes bought for line 1 can be used on any DKV bus until the end of August, it said.",
                "DKV Zrt.",
                "said",
                "W",
            ),
        ],
        [
            (
                "Opposition councillor Balogh László said the city had replaced the southern half of the track only four years ago, at a cost of 2.1 billion forints.",
                "Balogh László",
                "said",
                "W",
            ),
            (
                "“Why were both halves not done together in 2023?” he asked.",
                "Balogh László",
                "asked",
                "",
            ),
        ],
        [
            (
                "Kovács said the northern section had not been included in the 2023 work because the EU funding for it was approved only last year.",
                "Kovács Péter",
                "said",
                "W",
            ),
            (
                "He said the city had applied for both sections at the same time.",
                "Kovács Péter",
                "said",
                "W",
            ),
        ],
        [
            (
                "Balogh said he would ask for the two applications to be published at the council's meeting on July 10.",
                "Balogh László",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the Central Statistical Office (KSH), Debrecen is Hungary's second-largest city, with about 199,000 residents.",
                "the Central Statistical Office",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Trams will run again from 4:30 a.m. on August 16, according to DKV's published timetable.",
                "DKV's published timetable",
                "according to",
                "W",
            ),
            ("Line 2, which runs to the Doberdó utca terminus, is not affected.", "", "", "W"),
        ],
        [
            ("Page 2 of 2", "", "", "B"),
        ],
        [
            ("Printed from budapestmeridian.hu on 28/06/2027", "", "", "B"),
        ],
        [
            ("© Meridian Média Kft.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("≡   GAROWE DAWN RADIO   ▶ LISTEN LIVE", "", "", "B"),
        ],
        [
            ("Wararka | English | Puntland | Somalia | Sport", "", "", "B"),
        ],
        [
            ("PUNTLAND", "", "", "B"),
        ],
        [
            (
                "Price of a jerrycan of water in Garowe rises to 40 cents after two boreholes fail",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Water company blames the failed gu rains and broken pumps; mothers say they now skip washing to buy water",
                "the Nugaal Water Supply Company",
                "blames",
                "W",
            ),
        ],
        [
            ("By Deeqa Salaad Hirsi | 22 October 2027 | 4 min read", "", "", "B"),
        ],
        [
            (
                "Women fill jerrycans at a water kiosk in Garowe's Dayax neighbourhood on Monday.",
                "",
                "",
                "",
            ),
            ("(Photo: Garowe Dawn Radio)", "", "", "B"),
        ],
        [
            (
                "GAROWE – The price of a 20-litre jerrycan of piped water in Garowe rose from 25 US cents to 40 cents on Monday after two of the town's 11 boreholes stopped working, the Nugaal Water Supply Company said.",
                "the Nugaal Water Supply Company",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a statement read on Garowe Dawn Radio on Monday evening by its spokesman, the company said the pump at its Dayax borehole had burned out on October 12 and the Jalam borehole had dropped below its pump on October 17.",
                "the Nugaal Water Supply Company",
                "said",
                "W",
            ),
            (
                "The statement said the new price would last until both boreholes were working again.",
                "the Nugaal Water Supply Company",
                "said",
                "",
            ),
        ],
        [
            (
                "The company's operations manager, Abdiqani Warsame Jama, said the town was now getting about 2,600 cubic metres of water a day, against 3,900 before the breakdowns.",
                "Abdiqani Warsame Jama",
                "said",
                "W",
            ),
            (
                "“We are pumping more from the other nine, and that costs diesel,” Abdiqani Warsame said.",
                "Abdiqani Warsame Jama",
                "said",
                "",
            ),
            (
                "“Diesel is 1.35 dollars a litre in Garowe today.”",
                "Abdiqani Warsame Jama",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said a replacement pump had been ordered from Dubai and should arrive in Bosaso by sea in about three weeks.",
                "Abdiqani Warsame Jama",
                "said",
                "",
            ),
        ],
        [
            (
                "According to rainfall data from the Somalia Water and Land Information Management project (SWALIM), the Nugaal valley received 38% of its usual rain during the gu season from April to June.",
                "rainfall data from the Somalia Water and Land Information Management project",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Hodan Ahmed Yusuf, 38, a mother of six who sells tea by the Garowe livestock market, said her family used four jerrycans a day.",
                "Hodan Ahmed Yusuf",
                "said",
                "",
            ),
            (
                "“Before Monday that was one dollar; now it is one dollar sixty,” Hodan said.",
                "Hodan Ahmed Yusuf",
                "said",
                "",
            ),
            ("“So the children wash every second day.”", "Hodan Ahmed Yusuf", "said", ""),
        ],
        [
            (
                "Her neighbour, Sahra Abdi Nuur, whom everyone in the lane calls Sahra Yare, or “Little Sahra”, said she had stopped buying from the kiosk and now waited for the donkey carts.",
                "Sahra Abdi Nuur",
                "said",
                "",
            ),
            (
                "“The cart is cheaper when he is in a good mood,” said Sahra Yare.",
                "Sahra Abdi Nuur",
                "said",
                "",
            ),
            (
                "She said she paid 30 cents a jerrycan from the carts.",
                "Sahra Abdi Nuur",
                "said",
                "",
            ),
        ],
        [
            (
                "The cart she meant belongs to Ali Hassan Abdi, 52, known in the market as Cali Dheere, “Tall Ali”, who fills his 200-litre drum at a private well outside town.",
                "",
                "",
                "",
            ),
            (
                "“The well owner raised my price on Tuesday, so on Wednesday I raise theirs,” said Cali Dheere.",
                "Ali Hassan Abdi",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the private well now charged him 2.50 dollars for a drum, up from 1.50 dollars.",
                "Ali Hassan Abdi",
                "said",
                "W",
            ),
        ],
        [
            ("‘The children wash every second day’", "", "", ""),
        ],
        [
            (
                "The Puntland State Agency for Water, Energy and Natural Resources (PSAWEN) said in a post on its Facebook page that it had sent a team of engineers from Garowe to the Jalam borehole on Wednesday.",
                "The Puntland State Agency for Water, Energy and Natural Resources",
                "said in a post on its Facebook page",
                "W",
            ),
            (
                "It said it had asked the company to keep the price for families in the town's camps for displaced people at 25 cents.",
                "The Puntland State Agency for Water, Energy and Natural Resources",
                "said",
                "W",
            ),
        ],
        [
            (
                "Abdiqani said the company had received the agency's request but had not yet decided on it.",
                "Abdiqani Warsame Jama",
                "said",
                "W",
            ),
            (
                "PSAWEN said on Thursday that its engineers had found the water table at Jalam 14 metres lower than in 2024.",
                "The Puntland State Agency for Water, Energy and Natural Resources",
                "said",
                "W",
            ),
        ],
        [
            (
                "The deputy mayor of Garowe, Bashir Osman Gurey, said the town council would meet the company on Sunday.",
                "Bashir Osman Gurey",
                "said",
                "W",
            ),
            (
                "“A company that sells water sells life, and it must remember that,” Bashir Osman said.",
                "Bashir Osman Gurey",
                "said",
                "",
            ),
        ],
        [
            (
                "A traditional elder in Dayax, Nabadoon Yusuf Farah Guled, said families in his neighbourhood had collected 3,000 dollars to help pay for the new pump.",
                "Yusuf Farah Guled",
                "said",
                "W",
            ),
            (
                "He said the money had been handed to the company in front of witnesses on Tuesday.",
                "Yusuf Farah Guled",
                "said",
                "W",
            ),
        ],
        [
            (
                "Abdiqani Warsame confirmed the contribution and said the company would knock it off the price of the pump, which he put at 18,500 dollars.",
                "Abdiqani Warsame Jama",
                "confirmed",
                "W",
            ),
        ],
        [
            (
                "An aid worker with a Nairobi-based charity that trucks water to villages in Nugaal, who asked not to be named because the charity does not allow staff to speak to the press, said water trucking had started in 14 villages this month, against five in October last year.",
                "An aid worker with a Nairobi-based charity that trucks water to villages in Nugaal",
                "said",
                "W",
            ),
        ],
        [
            (
                "Asked how long the 40-cent price would last, Abdiqani said: “Ask the rain.”",
                "Abdiqani Warsame Jama",
                "said",
                "",
            ),
        ],
        [
            ("Share on: WhatsApp | Facebook | X | Telegram", "", "", "B"),
        ],
        [
            ("Related news", "", "", "B"),
        ],
        [
            ("Bosaso port handles record livestock exports ahead of Hajj season", "", "", "B"),
        ],
        [
            ("Join our WhatsApp channel for the latest news from Puntland", "", "", "B"),
        ],
        [
            ("© 2027 Garowe Dawn Radio.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("Saudi Horizon", "", "", "B"),
        ],
        [
            ("LOCAL › JEDDAH", "", "", "B"),
        ],
        [
            ("Jeddah brings in paid parking in Al-Balad at SR3 an hour from Sunday", "", "", "W"),
        ],
        [
            (
                "Municipality says 1,250 spaces in six lots will be metered; shopkeepers in the old souqs fear the fee will keep customers away",
                "Jeddah Municipality",
                "says",
                "W",
            ),
        ],
        [
            ("Rasha Fawaz Al-Mutlaq | Jeddah", "", "", "B"),
        ],
        [
            ("Published: Thursday 12 Safar 1449 AH | 15 July 2027", "", "", "B"),
        ],
        [
            (
                "Cars parked along a lane leading to Souq al-Alawi in Jeddah's historic Al-Balad district.",
                "",
                "",
                "",
            ),
            ("(SH photo/Majed Tariq)", "", "", "B"),
        ],
        [
            (
                "JEDDAH — Drivers will pay SR3 an hour to park in Jeddah's historic Al-Balad district from Sunday, Jeddah Municipality said in a post on X on Wednesday.",
                "Jeddah Municipality",
                "said in a post on X on Wednesday",
                "W",
            ),
        ],
        [
            (
                "The first 15 minutes will be free and the daily charge will be capped at SR30, the post said.",
                "Jeddah Municipality",
                "said",
                "W",
            ),
        ],
        [
            (
                "Abdulrahman bin Saeed al-Ghamdi, the municipality's official spokesman, said 1,250 spaces in six lots around the old town would be metered, and that parking on the lanes inside the district would be banned.",
                "Abdulrahman bin Saeed al-Ghamdi",
                "said",
                "W",
            ),
            (
                "Drivers who park without paying will be fined SR100, Al-Ghamdi said.",
                "Abdulrahman bin Saeed al-Ghamdi",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said payment would be made through the Mawqif app or at 48 machines.",
                "Abdulrahman bin Saeed al-Ghamdi",
                "said",
                "W",
            ),
        ],
        [
            ("The lots will be run by Mawqif Smart Parking Co.", "", "", "W"),
            (
                "The company said it had run paid parking on Tahlia Street since 2022.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "The municipality's deputy for transport and urban planning, Eng. Turki bin Fahad al-Shehri, told Saudi Horizon that cars had filled the district's lanes on 260 days last year.",
                "Turki bin Fahad al-Shehri",
                "told Saudi Horizon",
                "W",
            ),
            (
                "“An ambulance once took 40 minutes to reach a house in Harat al-Mazloum,” he said.",
                "Turki bin Fahad al-Shehri",
                "said",
                "W",
            ),
        ],
        [
            (
                "Al-Shehri said visits to Al-Balad had risen to about 3.1 million last year, up from 1.9 million in 2023.",
                "Turki bin Fahad al-Shehri",
                "said",
                "W",
            ),
            (
                "“The old town was built for camels and people walking, not for 4,000 cars,” Al-Shehri said.",
                "Turki bin Fahad al-Shehri",
                "said",
                "",
            ),
        ],
        [
            (
                "Yousef Hamza al-Harbi, 61, who sells oud and perfume oils from a shop in Souq al-Alawi that his father opened in 1971, said customers already complained about the heat and the walk.",
                "Yousef Hamza al-Harbi",
                "said",
                "",
            ),
            (
                "“Now they will pay three riyals an hour to complain,” Al-Harbi said.",
                "Yousef Hamza al-Harbi",
                "said",
                "",
            ),
        ],
        [
            (
                "Salem Eid al-Harbi, a taxi driver who is not related to him, said the fee would be good for his business.",
                "Salem Eid al-Harbi",
                "said",
                "",
            ),
            ("“Why drive when you can take me?” he asked.", "Salem Eid al-Harbi", "asked", ""),
            (
                "He said he charged SR25 for a trip from Al-Balad to the Red Sea Mall.",
                "Salem Eid al-Harbi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Yousef al-Harbi said shopkeepers had asked for a free hour for customers who showed a receipt.",
                "Yousef Hamza al-Harbi",
                "said",
                "W",
            ),
            (
                "He said the request was sent to the municipality in a letter signed by 140 traders in June.",
                "Yousef Hamza al-Harbi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Asked about the letter, Al-Ghamdi said the municipality had received it and was studying it.",
                "Abdulrahman bin Saeed al-Ghamdi",
                "said",
                "W",
            ),
            (
                "Eng. Turki, as staff at the municipality call him, said the lots would be patrolled by 30 inspectors on foot.",
                "Turki bin Fahad al-Shehri",
                "said",
                "",
            ),
        ],
        [
            ("Permits for residents", "", "", ""),
        ],
        [
            (
                "Residents of the district will be able to apply for a free annual permit for one car per household through the Balady platform, the municipality said.",
                "the municipality",
                "said",
                "W",
            ),
        ],
        [
            (
                "Nouf bint Khalid al-Qahtani, a licensed tour guide who leads walking tours of Al-Balad three evenings a week, said most of her groups arrived by coach, and that coaches would still be allowed to drop passengers at Bab Makkah.",
                "Nouf bint Khalid al-Qahtani",
                "said",
                "W",
            ),
            (
                "“For my guests nothing changes,” she said.",
                "Nouf bint Khalid al-Qahtani",
                "said",
                "",
            ),
        ],
        [
            (
                "A mother of three who gave her name as Umm Rayan, shopping for school uniforms on Qabel Street with her sister, said she would now come by taxi.",
                "Umm Rayan",
                "said",
                "",
            ),
            (
                "Al-Qahtani, who was passing with a group, told her the taxi rank at Bab Makkah had moved to the corniche side.",
                "Nouf bint Khalid al-Qahtani",
                "told her",
                "W",
            ),
            ("“Then we will walk from the corniche,” she said, laughing.", "Umm Rayan", "said", ""),
        ],
        [
            (
                "According to a municipality statement, 86 per cent of the cars parked in Al-Balad on a weekday in May belonged to people who did not live or work there.",
                "a municipality statement",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Al-Shehri said the charges would be reviewed after six months.",
                "Turki bin Fahad al-Shehri",
                "said",
                "",
            ),
            (
                "He said the money raised would go into the maintenance of the district's lanes and coral-stone houses.",
                "Turki bin Fahad al-Shehri",
                "said",
                "",
            ),
        ],
        [
            ("Read more:", "", "", "B"),
        ],
        [
            ("Taif rose farmers report early harvest after spring rains", "", "", "B"),
        ],
        [
            ("Download the Saudi Horizon app: App Store | Google Play", "", "", "B"),
        ],
        [
            ("Shared from Saudi Horizon for Android", "", "", "B"),
        ],
        [
            ("https://saudihorizon.sa/local/jeddah/al-balad-paid-parking", "", "", "B"),
        ],
    ],
    [
        [
            ("THE MARRAKECH QUILL", "", "", "B"),
        ],
        [
            ("City · Business · Culture · Since 2011", "", "", "B"),
        ],
        [
            ("City   Economy   Tourism   Culture   Interviews   Opinion   Français", "", "", "B"),
        ],
        [
            ("Home / City / Interviews", "", "", "B"),
        ],
        [
            (
                "‘Drivers switch the meter off because the fare has not moved since 2012’, says Si Abdelkrim as Marrakech petit-taxi fares rise to 8 dirhams",
                "Abdelkrim El Ouazzani",
                "says",
                "W",
            ),
        ],
        [
            ("Interview by Salma Berrechid-Holt | 2 September 2027", "", "", "B"),
        ],
        [
            ("Abdelkrim El Ouazzani at the union's office in Daoudiate.", "", "", ""),
            ("Photo © The Marrakech Quill", "", "", "B"),
        ],
        [
            (
                "The minimum fare for Marrakech's beige petits taxis rose from 7 to 8 dirhams on 1 September, and the kilometre rate from 2.50 to 2.90 dirhams, according to a decree of the wilaya of Marrakech-Safi published on 18 August.",
                "a decree of the wilaya of Marrakech-Safi",
                "according to",
                "W",
            ),
            ("It is the first change to the fares since 2012.", "", "", "W"),
        ],
        [
            (
                "Abdelkrim El Ouazzani, 61, has driven a petit taxi in the city since 1989 and has led the Marrakech Petits Taxis Drivers' Union since 2014.",
                "",
                "",
                "",
            ),
            ("Drivers, and many of their passengers, call him Si Abdelkrim.", "", "", ""),
        ],
        [
            ("He spoke to The Quill in French at the union's office.", "", "", ""),
        ],
        [
            ("This interview has been translated from French.", "", "", "B"),
            ("It has been edited for length.", "", "", "B"),
        ],
        [
            ("The Quill: Why did the fare need to rise?", "", "", ""),
        ],
        [
            (
                "Si Abdelkrim: Because diesel cost 8.60 dirhams a litre in 2012 and it costs 13.40 today, and the fare stayed where it was.",
                "Abdelkrim El Ouazzani",
                "Si Abdelkrim:",
                "W",
            ),
            (
                "A driver who does not own his licence pays the owner 250 dirhams a day before he earns a single dirham for himself.",
                "Abdelkrim El Ouazzani",
                "Si Abdelkrim:",
                "W",
            ),
            ("Who can live like that?", "Abdelkrim El Ouazzani", "Si Abdelkrim:", ""),
        ],
        [
            (
                "The Quill: Passengers say drivers often refuse to switch the meter on.",
                "Passengers",
                "say",
                "",
            ),
        ],
        [
            (
                "Si Abdelkrim: Some do, and I tell them they are wrong.",
                "Abdelkrim El Ouazzani",
                "Si Abdelkrim:",
                "",
            ),
            (
                "Last year the union received 312 complaints about meters, and we passed every one of them to the police.",
                "Abdelkrim El Ouazzani",
                "Si Abdelkrim:",
                "W",
            ),
        ],
        [
            ("The Quill: What changes at night?", "", "", ""),
        ],
        [
            (
                "Si Abdelkrim: The night fare is still 50% higher than the day fare.",
                "Abdelkrim El Ouazzani",
                "Si Abdelkrim:",
                "W",
            ),
            (
                "What is new is that from November to March the night fare now starts at 8 p.m. instead of 9 p.m.",
                "Abdelkrim El Ouazzani",
                "Si Abdelkrim:",
                "W",
            ),
        ],
        [
            (
                "The Quill: The wilaya says it will issue 400 new licences next year.",
                "The wilaya",
                "says",
                "",
            ),
        ],
        [
            (
                "Si Abdelkrim: Four hundred more taxis on the same streets is not a solution; it is a traffic jam.",
                "Abdelkrim El Ouazzani",
                "Si Abdelkrim:",
                "",
            ),
            (
                "There are 3,860 petits taxis in Marrakech today.",
                "Abdelkrim El Ouazzani",
                "Si Abdelkrim:",
                "W",
            ),
            ("In 2012 there were 2,900.", "Abdelkrim El Ouazzani", "Si Abdelkrim:", "W"),
        ],
        [
            ("The Quill: Is it true that the union asked for 10 dirhams?", "", "", ""),
        ],
        [
            (
                "Si Abdelkrim: We asked for 10, yes, in a letter to the wali in March.",
                "Abdelkrim El Ouazzani",
                "Si Abdelkrim:",
                "W",
            ),
            ("We got eight.", "Abdelkrim El Ouazzani", "Si Abdelkrim:", "W"),
            ("In Morocco, that is a victory.", "Abdelkrim El Ouazzani", "Si Abdelkrim:", ""),
        ],
        [
            ("WHAT OTHERS SAY", "", "", "B"),
        ],
        [
            (
                "The head of the economic affairs division at the wilaya, M. Hicham Bennani-Smires, said the new fares had been set after meetings with the unions and the consumers' association in May and July.",
                "Hicham Bennani-Smires",
                "said",
                "W",
            ),
            (
                "“The fare has to be fair to the driver and to the student,” M. Bennani-Smires said.",
                "Hicham Bennani-Smires",
                "said",
                "",
            ),
        ],
        [
            (
                "He said inspectors from the wilaya and the police had checked 1,140 taxi meters since January and found 96 that had been tampered with.",
                "Hicham Bennani-Smires",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mme Khadija Alaoui-Mrani, who chairs the Marrakech Consumers' Association, said in a statement that 8 dirhams was acceptable “only if the meter is on”.",
                "Khadija Alaoui-Mrani",
                "said in a statement",
                "",
            ),
            (
                "The association said it had asked the wilaya to print the fares on a sticker inside every taxi.",
                "The association",
                "said",
                "W",
            ),
        ],
        [
            (
                "Fatima-Zahra Lahlou, 24, a nursing student who takes a taxi to the university hospital four times a week, said she paid 15 dirhams for the trip when the meter was on and 20 when it was not.",
                "Fatima-Zahra Lahlou",
                "said",
                "",
            ),
            (
                "Her classmate, Imane Ait Bihi, said she had stopped arguing with drivers.",
                "Imane Ait Bihi",
                "said",
                "",
            ),
            ("“I just get out and wait for the next one,” she said.", "Imane Ait Bihi", "said", ""),
        ],
        [
            (
                "Si Abdelkrim said the union would meet the wilaya again in January to discuss the 400 licences.",
                "Abdelkrim El Ouazzani",
                "said",
                "",
            ),
        ],
        [
            (
                "Support independent journalism in Marrakech: subscribe from 30 dirhams a month",
                "",
                "",
                "B",
            ),
        ],
        [
            ("More interviews", "", "", "B"),
        ],
        [
            (
                "‘The riads need plumbers, not more decorators’: a master craftsman on the medina's skills gap",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Éditions du Quill S.A.R.L.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("LITTORAL 24 TV", "", "", "B"),
        ],
        [
            ("Home   News   Politics   Economy   Sport   Culture   Video   Live TV", "", "", "B"),
        ],
        [
            ("🔴 LIVE", "", "", "B"),
        ],
        [
            (
                "LIVE | Douala motorbike-taxi ban, day one: 148 bikes impounded in Akwa; riders' union says it will go to court",
                "the National Union of Motorbike Taxi Riders of Cameroon",
                "says",
                "W",
            ),
        ],
        [
            ("Last updated: Monday 4 October 2027, 17:52 WAT", "", "", "B"),
        ],
        [
            ("Pinned", "", "", "B"),
        ],
        [
            (
                "Commercial motorbikes, known here as bendskins, are banned from Boulevard de la Liberté, Rue Joss, Avenue Ahmadou Ahidjo and the Akwa roundabout from 6 a.m. every day, under an order of the divisional officer for Douala I.",
                "",
                "",
                "W",
            ),
            (
                "Riders caught on the four roads face a fine of 25,000 CFA francs and the impounding of their bikes.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("17:45", "", "", "B"),
        ],
        [
            (
                "Tchinda told reporters outside the union's office in Bonabéri that the union would file a case at the Wouri administrative court on Wednesday.",
                "Emmanuel Tchinda Ngassa",
                "told reporters outside the union's office in Bonabéri",
                "",
            ),
            (
                "“The order was signed in an office, not on the road,” he said.",
                "Emmanuel Tchinda Ngassa",
                "said",
                "",
            ),
        ],
        [
            ("Posted by Brice-Olivier Nkotto", "", "", "B"),
        ],
        [
            ("16:10", "", "", "B"),
        ],
        [
            ("Key event", "", "", "B"),
        ],
        [
            (
                "Mrs Mbida has told reporters at the Douala I council that 148 motorbikes were impounded on the four roads by 3 p.m.",
                "Rose-Marie Ngo Bassong épouse Mbida",
                "told reporters at the Douala I council",
                "W",
            ),
            (
                "She said 61 riders had paid the fine and collected their bikes.",
                "Rose-Marie Ngo Bassong épouse Mbida",
                "said",
                "W",
            ),
            (
                "“We are not against the bendskin, we are against the bendskin on these four roads,” she said.",
                "Rose-Marie Ngo Bassong épouse Mbida",
                "said",
                "",
            ),
        ],
        [
            ("14:30", "", "", "B"),
        ],
        [
            (
                "Barrister Ebenezer Ashu Tabe-Enow, a Douala-based human rights lawyer who has represented the riders' union before, told Littoral 24 that a divisional officer's order could be challenged only after an appeal to the governor had been refused.",
                "Ebenezer Ashu Tabe-Enow",
                "told Littoral 24",
                "W",
            ),
            (
                "Barrister Tabe-Enow said the union had sent that appeal to the governor of the Littoral region on 27 September.",
                "Ebenezer Ashu Tabe-Enow",
                "said",
                "W",
            ),
            (
                "“They have done things in the right order,” he said.",
                "Ebenezer Ashu Tabe-Enow",
                "said",
                "",
            ),
        ],
        [
            ("Posted by Nadège Ewane Kotto", "", "", "B"),
        ],
        [
            ("12:05", "", "", "B"),
        ],
        [
            (
                "At Marché Central, traders who depend on bendskins to bring their goods say the morning has been slow.",
                "traders who depend on bendskins to bring their goods",
                "say",
                "",
            ),
        ],
        [
            (
                "Pauline Ebah Ngono, 56, a bayam-sellam who buys plantain at dawn and resells it in Akwa, said she had paid 1,500 francs for a push-cart instead of 500 for a bike.",
                "Pauline Ebah Ngono",
                "said",
                "",
            ),
            (
                "“My plantain does not know the Boulevard de la Liberté is forbidden,” said Mami Pauline, as the younger traders call her.",
                "Pauline Ebah Ngono",
                "said",
                "",
            ),
        ],
        [
            (
                "Her neighbour at the market, Clarisse Mengue Ze, who sells tomatoes, said she had walked from Deïdo.",
                "Clarisse Mengue Ze",
                "said",
                "",
            ),
            ("She said it took her an hour.", "Clarisse Mengue Ze", "said", ""),
        ],
        [
            ("10:20", "", "", "B"),
        ],
        [
            (
                "The regional chief of public security for the Littoral, Divisional Commissioner Alain Bertrand Owona Mvondo, said 220 police officers had been posted at 18 checkpoints on the four roads.",
                "Alain Bertrand Owona Mvondo",
                "said",
                "W",
            ),
            (
                "Owona Mvondo said no arrests had been made.",
                "Alain Bertrand Owona Mvondo",
                "said",
                "W",
            ),
        ],
        [
            (
                "Hervé Kamdem, 29, who has ridden a bendskin in Akwa since 2019, said he had been stopped at the Akwa roundabout and his bike taken.",
                "Hervé Kamdem",
                "said",
                "",
            ),
            (
                "“I asked the officer where I should go, and he said, ‘Go to the village,’” Kamdem said.",
                "Hervé Kamdem",
                "said",
                "",
            ),
        ],
        [
            ("Posted by Brice-Olivier Nkotto", "", "", "B"),
        ],
        [
            ("09:00", "", "", "B"),
        ],
        [
            (
                "The divisional officer for Douala I, Mrs Rose-Marie Ngo Bassong épouse Mbida, signed the order on 20 September after what she called “a year of accidents” in the business district.",
                "Rose-Marie Ngo Bassong épouse Mbida",
                "called",
                "W",
            ),
            (
                "According to the Douala Laquintinie Hospital's emergency department, 1,312 people injured in motorbike accidents were treated there in 2026, 41% of them passengers.",
                "the Douala Laquintinie Hospital's emergency department",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The president of the National Union of Motorbike Taxi Riders of Cameroon, Emmanuel Tchinda Ngassa, says about 9,000 of the city's estimated 60,000 bendskin riders work in Akwa.",
                "Emmanuel Tchinda Ngassa",
                "says",
                "W",
            ),
            (
                "He says the union was not consulted before the order was signed.",
                "Emmanuel Tchinda Ngassa",
                "says",
                "W",
            ),
        ],
        [
            (
                "Douala City Council said in a Facebook post that 12 extra buses would run between Akwa and Bépanda from Monday.",
                "Douala City Council",
                "said in a Facebook post",
                "W",
            ),
            ("It said the fare would stay at 300 francs.", "Douala City Council", "said", "W"),
        ],
        [
            ("07:30", "", "", "B"),
        ],
        [
            (
                "Good morning and welcome to our live coverage of the first day of the motorbike-taxi ban in central Douala.",
                "",
                "",
                "",
            ),
            (
                "Our reporters are at the Akwa roundabout, Marché Central and the Douala I council.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Load earlier updates", "", "", "B"),
        ],
        [
            (
                "Watch Littoral 24 News at 8 p.m. on channel 24 or on our YouTube channel.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© Littoral 24 TV 2027.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("lionmountaingazette.sl/amp/news/sani-abacha-street-traders-dove-cut", "", "", "B"),
        ],
        [
            ("THE LION MOUNTAIN GAZETTE", "", "", "B"),
        ],
        [
            ("News › Freetown", "", "", "B"),
        ],
        [
            (
                "Sani Abacha Street traders given until Friday to move into the rebuilt Dove Cut market",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Council says 640 stalls are ready at Le 150 a month; market women say the new market is too far from their customers",
                "Freetown City Council",
                "says",
                "W",
            ),
        ],
        [
            ("By Mariama Koroma-Wright", "", "", "B"),
        ],
        [
            ("Published: 19 November 2027 08:40 GMT", "", "", "B"),
        ],
        [
            ("Share   WhatsApp   Facebook   X", "", "", "B"),
        ],
        [
            (
                "Traders sell onions and peppers from tables on the pavement of Sani Abacha Street in central Freetown on Wednesday.",
                "",
                "",
                "",
            ),
            ("Photo: Lion Mountain Gazette", "", "", "B"),
        ],
        [
            (
                "Freetown City Council has given traders who sell from the pavements and the roadway of Sani Abacha Street until Friday to move into the rebuilt Dove Cut market, where 640 stalls are ready.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The council's Chief Administrator, Alhaji Ibrahim Sorie Kanu, said stalls would be rented at Le 150 a month, with the first three months free for traders who registered before Friday.",
                "Ibrahim Sorie Kanu",
                "said",
                "W",
            ),
            (
                "“After Friday, the street is for cars and people walking,” Alhaji Kanu told reporters at City Hall.",
                "Ibrahim Sorie Kanu",
                "told reporters at City Hall",
                "",
            ),
        ],
        [
            (
                "According to the council's market census, 1,180 traders were counted on the street and the pavements between Kissy Road and Wallace Johnson Street in August.",
                "the council's market census",
                "according to",
                "W",
            ),
            (
                "Only 412 of them have registered for a stall at Dove Cut, the census showed.",
                "the council's market census",
                "showed",
                "W",
            ),
        ],
        [
            (
                "Haja Isatu Bangura, chairlady of the Sani Abacha Street Petty Traders' Association, said the new market was a good building in the wrong place.",
                "Isatu Bangura",
                "said",
                "",
            ),
            (
                "“Our customers get off the poda-poda here, not at Dove Cut,” Haja Isatu said.",
                "Isatu Bangura",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the association had asked the council in a letter on 2 November for six more weeks, until after Christmas.",
                "Isatu Bangura",
                "said",
                "W",
            ),
            ("The council has not replied, she said.", "Isatu Bangura", "said", "W"),
        ],
        [
            (
                "Fatmata Kamara, 33, who sells pepper and onions from a table outside a pharmacy, said she made most of her money in December.",
                "Fatmata Kamara",
                "said",
                "",
            ),
            (
                "“Wi nor get usai for go,” she said in Krio, “We have nowhere to go.”",
                "Fatmata Kamara",
                "said in Krio",
                "",
            ),
        ],
        [
            (
                "The chairwoman of the council's markets committee, Councillor Fatmata Binta Jalloh, said the council had heard that argument every year since 2019.",
                "Fatmata Binta Jalloh",
                "said",
                "",
            ),
            (
                "Cllr Jalloh said the Dove Cut stalls had water, toilets, lights and a roof, none of which the pavement had.",
                "Fatmata Binta Jalloh",
                "said",
                "W",
            ),
        ],
        [
            (
                "“She sells pepper in the rain,” she said of Kamara.",
                "Fatmata Binta Jalloh",
                "said",
                "",
            ),
            (
                "“At Dove Cut she will sell pepper under a roof.”",
                "Fatmata Binta Jalloh",
                "said",
                "",
            ),
        ],
        [
            ("Kamara laughed when the councillor's words were read to her.", "", "", ""),
            ("“Under a roof with no customers,” she said.", "Fatmata Kamara", "said", ""),
        ],
        [
            (
                "Santigie Kamara, 70, a shoe mender who has worked under the same umbrella on the corner of Sani Abacha and Kissy Road since 1986 and is no relation, said he would not move.",
                "Santigie Kamara",
                "said",
                "",
            ),
            (
                "“I fix shoes for people who walk past,” said Pa Santi, as everyone on the street calls him.",
                "Santigie Kamara",
                "said",
                "",
            ),
            ("“Nobody walks past Dove Cut with a broken shoe.”", "Santigie Kamara", "said", ""),
        ],
        [
            ("Police and the Friday deadline", "", "", ""),
        ],
        [
            (
                "The commander of the Sierra Leone Police's Central Police Division, Chief Superintendent Abu Bakarr Conteh, said 90 officers would help council staff clear the street on Saturday morning.",
                "Abu Bakarr Conteh",
                "said",
                "",
            ),
            (
                "Conteh said traders' goods would not be seized if they moved them themselves.",
                "Abu Bakarr Conteh",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a statement read on Radio Democracy on Thursday evening by the council's public relations officer, Alhaji Kanu said 37 traders had already moved their goods to Dove Cut.",
                "Ibrahim Sorie Kanu",
                "said",
                "W",
            ),
            (
                "The market was rebuilt at a cost of Le 28 million after a fire in 2021, the statement said.",
                "Ibrahim Sorie Kanu",
                "said",
                "W",
            ),
        ],
        [
            (
                "Haja Isatu said her members would hold a meeting at the Sani Abacha Street mosque after Friday prayers to decide what to do.",
                "Isatu Bangura",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesman for the Ministry of Trade and Industry, who asked not to be named, said the ministry had asked the council and the traders to meet before Friday.",
                "A spokesman for the Ministry of Trade and Industry",
                "said",
                "W",
            ),
        ],
        [
            ("Read more", "", "", "B"),
        ],
        [
            ("Kissy Road traders count losses after weekend fire", "", "", "B"),
        ],
        [
            ("Bo market women get new cold room for fish", "", "", "B"),
        ],
        [
            ("View non-AMP version", "", "", "B"),
        ],
        [
            ("© 2027 Lion Mountain Gazette Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("LALI NEWS FIJI", "", "", "B"),
        ],
        [
            ("Friday, November 26, 2027   |   Suva 28°C   Labasa 31°C", "", "", "B"),
        ],
        [
            (
                "News   Vanua Levu   Business   Sport   Pasifika   Opinion   Classifieds",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home / News / Vanua Levu", "", "", "B"),
        ],
        [
            ("Labasa market stall fee to rise from $2 to $3 a day from December 1", "", "", "W"),
        ],
        [
            (
                "Council says the fee has not changed since 2013; vendors say the roof still leaks",
                "the Labasa Town Council",
                "says",
                "W",
            ),
        ],
        [
            ("By Salote Vakaloloma-Reddy", "", "", "B"),
        ],
        [
            ("November 26, 2027 5:30 am", "", "", "B"),
        ],
        [
            ("Share  Facebook  Viber  WhatsApp  Email", "", "", "B"),
        ],
        [
            ("Vendors at the Labasa municipal market on Thursday.", "", "", ""),
            ("Picture: SALOTE VAKALOLOMA-REDDY", "", "", "B"),
        ],
        [
            (
                "VENDORS at the Labasa municipal market will pay $3 a day for a stall from December 1, up from $2, the Labasa Town Council announced yesterday.",
                "the Labasa Town Council",
                "announced",
                "W",
            ),
        ],
        [
            (
                "The council's special administrator, Ratu Josaia Vuetaki, said the daily fee had not changed since 2013.",
                "Josaia Vuetaki",
                "said",
                "W",
            ),
            (
                "He said the council had spent $186,000 on the market's drains and toilets in the past two years.",
                "Josaia Vuetaki",
                "said",
                "W",
            ),
        ],
        [
            (
                "“A stall in Labasa costs less than a bowl of kava in Suva,” Ratu Josaia said.",
                "Josaia Vuetaki",
                "said",
                "",
            ),
        ],
        [
            (
                "The council's chief executive, Praneel Anand Sharma, said the market had 420 stalls and about 380 of them were rented on a normal weekday.",
                "Praneel Anand Sharma",
                "said",
                "W",
            ),
            (
                "Mr Sharma said the new fee would raise about $95,000 more a year.",
                "Praneel Anand Sharma",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the Ministry of Local Government, the increase was approved by the minister on November 12 under the Markets Act.",
                "the Ministry of Local Government",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Shiu Narayan Prasad, 66, who has sold dhania, chillies and baigan at the market since 1979, said the roof above his stall had leaked for three wet seasons.",
                "Shiu Narayan Prasad",
                "said",
                "",
            ),
            (
                "“Pay more for the same bucket under the same hole,” Mr Prasad said.",
                "Shiu Narayan Prasad",
                "said",
                "",
            ),
        ],
        [
            (
                "Reshmi Lata Prasad, 41, who sells roti parcels and is not related to him, said her takings on a good day were about $60.",
                "Reshmi Lata Prasad",
                "said",
                "",
            ),
            ("Ms Prasad said she would not raise her prices.", "Reshmi Lata Prasad", "said", ""),
            ("“My customers are cane cutters,” she said.", "Reshmi Lata Prasad", "said", ""),
            ("“They will not pay $4 for a roti.”", "Reshmi Lata Prasad", "said", ""),
        ],
        [
            (
                "The president of the Labasa Market Vendors Association, Adi Litiana Tuidraki, said 212 vendors had signed a petition asking the council to fix the roof before raising the fee.",
                "Litiana Tuidraki",
                "said",
                "W",
            ),
            (
                "Adi Litiana said the petition was handed to the council on November 15.",
                "Litiana Tuidraki",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mere Naisoro, 58, who brings dalo and bele from her village of Naduri every Friday, said she paid $7 for the carrier to Labasa and $2 for her stall.",
                "Mere Naisoro",
                "said",
                "",
            ),
            (
                "She said she would now bring her goods only every second week.",
                "Mere Naisoro",
                "said",
                "",
            ),
            (
                "“The fee is small for the council, but it is big for a woman from the village,” she said.",
                "Mere Naisoro",
                "said",
                "",
            ),
        ],
        [
            ("Adi Litiana, standing beside her, nodded.", "", "", ""),
            ("“That is what we told them,” she said.", "Litiana Tuidraki", "said", ""),
        ],
        [
            ("Roof repairs", "", "", ""),
        ],
        [
            (
                "Ratu Josaia said the roof would be repaired from January, using a $240,000 grant from the ministry.",
                "Josaia Vuetaki",
                "said",
                "",
            ),
            (
                "He said the tender for the work had closed on November 19 with four bids.",
                "Josaia Vuetaki",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sharma said vendors who paid a month in advance would get a 10 per cent discount.",
                "Praneel Anand Sharma",
                "said",
                "W",
            ),
            (
                "He said vendors over 65 would continue to pay half.",
                "Praneel Anand Sharma",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Fijian Competition and Consumer Commission (FCCC) said in a statement that council fees were not price-controlled items and fell outside its powers.",
                "The Fijian Competition and Consumer Commission",
                "said in a statement",
                "W",
            ),
            (
                "It said it would watch the prices of fresh produce at the market in December.",
                "The Fijian Competition and Consumer Commission",
                "said",
                "",
            ),
        ],
        [
            (
                "Abdul Shamim Hussain, who runs a taxi from the market stand, said vendors from Wainikoro and Seaqaqa already shared taxis to save money.",
                "Abdul Shamim Hussain",
                "said",
                "",
            ),
            (
                "“Four ladies, four baskets, one taxi, $25,” Hussain said.",
                "Abdul Shamim Hussain",
                "said",
                "W",
            ),
        ],
        [
            ("Comments (2)", "", "", "B"),
        ],
        [
            ("Vinod R.: Three dollars for a stall with a leaking roof.", "", "", "B"),
            ("Fix the roof first!", "", "", "B"),
        ],
        [
            ("Kalesi T.: Suva market is $4 already.", "", "", "B"),
            ("Labasa is still cheap.", "", "", "B"),
        ],
        [
            ("RELATED NEWS", "", "", "B"),
        ],
        [
            ("Savusavu bus fares unchanged despite fuel rise, says operator", "", "", "B"),
        ],
        [
            ("© 2027 Lali News Fiji Pte Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n183-jp-co-ltd-ends",
        "The crackers are made by Hanamaki Senbei Co., Ltd. The firm was founded in 1952.",
        ["The crackers are made by Hanamaki Senbei Co., Ltd.", "The firm was founded in 1952."],
    ),
    (
        "n183-jp-am-ends",
        "The bear was filmed at 5:10 a.m. Officers reached the gate an hour later.",
        ["The bear was filmed at 5:10 a.m.", "Officers reached the gate an hour later."],
    ),
    (
        "n183-jp-oct-mid",
        "The festival opens on Oct. 23 at the civic hall. Entry is free.",
        ["The festival opens on Oct. 23 at the civic hall.", "Entry is free."],
    ),
    (
        "n183-jp-title-after-name",
        "Endo Shinji, deputy mayor, signed the order. Nobody objected.",
        ["Endo Shinji, deputy mayor, signed the order.", "Nobody objected."],
    ),
    (
        "n183-kr-nov-mid",
        "Buses will pay from Nov. 1 at the new lot. The shuttle is free.",
        ["Buses will pay from Nov. 1 at the new lot.", "The shuttle is free."],
    ),
    (
        "n183-kr-am-pm-mid",
        "The shuttle runs from 9 a.m. to 9 p.m. every day. Drivers may wait at the depot.",
        ["The shuttle runs from 9 a.m. to 9 p.m. every day.", "Drivers may wait at the depot."],
    ),
    (
        "n183-kr-question-attrib",
        "“Who cancels a trip over 500 won?” she asked. Nobody answered.",
        ["“Who cancels a trip over 500 won?” she asked.", "Nobody answered."],
    ),
    (
        "n183-es-sa-ends",
        "The network is run by Aguas del Almijara S.A. The firm employs 80 people.",
        ["The network is run by Aguas del Almijara S.A.", "The firm employs 80 people."],
    ),
    (
        "n183-es-sl-mid",
        "Riegos Costa Tropical S.L. said 12 wells were dry. It gave no dates.",
        ["Riegos Costa Tropical S.L. said 12 wells were dry.", "It gave no dates."],
    ),
    (
        "n183-es-decimal-hm3",
        "The reservoir held 14.9 hm3 on Monday. A year ago it held 31.2.",
        ["The reservoir held 14.9 hm3 on Monday.", "A year ago it held 31.2."],
    ),
    (
        "n183-pt-eng-mid",
        "Eng. Nuno Filipe Bragança Leite signed the report. The council approved it.",
        ["Eng. Nuno Filipe Bragança Leite signed the report.", "The council approved it."],
    ),
    (
        "n183-pt-no-route-mid",
        "The No. 435 bus runs every 15 minutes. It stops at the palace gate.",
        ["The No. 435 bus runs every 15 minutes.", "It stops at the palace gate."],
    ),
    (
        "n183-ru-jsc-ends",
        "The pipes belong to Sibteplo JSC. The city owns most of it.",
        ["The pipes belong to Sibteplo JSC.", "The city owns most of it."],
    ),
    (
        "n183-ru-no-bath-mid",
        "Bath No. 5 opens at 8 a.m. daily. Pensioners pay half.",
        ["Bath No. 5 opens at 8 a.m. daily.", "Pensioners pay half."],
    ),
    (
        "n183-ru-straight-quote-question",
        '"Who will carry my buckets?" she asked. Her neighbour laughed.',
        ['"Who will carry my buckets?" she asked.', "Her neighbour laughed."],
    ),
    (
        "n183-hu-kft-ends",
        "The tracks were laid by Tiszavasút Kft. The firm is based in Szolnok.",
        ["The tracks were laid by Tiszavasút Kft.", "The firm is based in Szolnok."],
    ),
    (
        "n183-hu-dr-lowercase",
        "dr. Fekete Anna chaired the meeting. It lasted two hours.",
        ["dr. Fekete Anna chaired the meeting.", "It lasted two hours."],
    ),
    (
        "n183-hu-zrt-mid",
        "Alföldi Busz Zrt. runs 40 buses on the route. Trams return in August.",
        ["Alföldi Busz Zrt. runs 40 buses on the route.", "Trams return in August."],
    ),
    (
        "n183-so-decimal-dollars",
        "A jerrycan now costs 0.40 dollars. Last week it cost 0.25.",
        ["A jerrycan now costs 0.40 dollars.", "Last week it cost 0.25."],
    ),
    (
        "n183-so-question-then-sentence",
        "“Who sets the price? The rain does,” said the cart driver.",
        ["“Who sets the price?", "The rain does,” said the cart driver."],
    ),
    (
        "n183-sa-eng-mid",
        "Eng. Majed bin Saad al-Otaibi opened the lot. He paid the first fee himself.",
        ["Eng. Majed bin Saad al-Otaibi opened the lot.", "He paid the first fee himself."],
    ),
    (
        "n183-sa-co-ends",
        "The meters are supplied by Qasr Parking Systems Co. The firm installed 48 of them.",
        ["The meters are supplied by Qasr Parking Systems Co.", "The firm installed 48 of them."],
    ),
    (
        "n183-sa-sr-pm-mid",
        "Parking costs SR2.50 an hour after 6 p.m. on weekdays. The first 15 minutes are free.",
        [
            "Parking costs SR2.50 an hour after 6 p.m. on weekdays.",
            "The first 15 minutes are free.",
        ],
    ),
    (
        "n183-ma-m-mme-mid",
        "M. Younes Tahiri-Jouti and Mme Nadia Sefrioui signed the decree. It takes effect on Monday.",
        [
            "M. Younes Tahiri-Jouti and Mme Nadia Sefrioui signed the decree.",
            "It takes effect on Monday.",
        ],
    ),
    (
        "n183-ma-sarl-ends",
        "The meters are made by Atlas Compteurs S.A.R.L. It supplies 3,000 taxis.",
        ["The meters are made by Atlas Compteurs S.A.R.L.", "It supplies 3,000 taxis."],
    ),
    (
        "n183-ma-turn-prefixes",
        "The Quill: Is 8 dirhams enough? Si Abdelkrim: No.",
        ["The Quill: Is 8 dirhams enough?", "Si Abdelkrim: No."],
    ),
    (
        "n183-cm-do-ends",
        "The order was signed by the D.O. Riders protested the next morning.",
        ["The order was signed by the D.O.", "Riders protested the next morning."],
    ),
    (
        "n183-cm-fcfa-amount",
        "The fine is 25,000 FCFA. Bikes are held for a week.",
        ["The fine is 25,000 FCFA.", "Bikes are held for a week."],
    ),
    (
        "n183-sl-le-decimal",
        "A stall now costs Le 150 a month. Before the fire it cost Le 87.50.",
        ["A stall now costs Le 150 a month.", "Before the fire it cost Le 87.50."],
    ),
    (
        "n183-fj-pte-ltd-ends",
        "The roof will be fixed by Vanua Roofing Pte Ltd. Work starts in January.",
        ["The roof will be fixed by Vanua Roofing Pte Ltd.", "Work starts in January."],
    ),
]
