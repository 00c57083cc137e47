"""Hundred-and-eleventh set of new hand-labelled pages for the hint engines (held-out set, round sixty-three: never tuned on):
twelve WHOLE pages of everyday news, head to tail as a reader's paste gives them with each site's
furniture, from twelve countries of AFRICA AND THE MIDDLE EAST, each from a different kind of
English-language (or English-translated) outlet and pasted in a different way. The pages: a Tunisian
business news website on the DESKTOP (a record 342,000 tonnes of olive oil exported for 9.4 billion
dinars, with an exports table); an Algerian news agency's English WIRE COPY from a client terminal
(the baccalaureate pass rate rises to 58.7%); a Sudanese independent outlet's weekly EMAIL NEWSLETTER
pasted from WEBMAIL (bread at SDG 1,500 for five loaves in Port Sudan, a gas-cylinder cap in Kassala,
sorghum prices in Gedaref); a Mozambican news site's LIVE BLOG, newest entry first (Cyclone Nandile
makes landfall near Angoche); an Angolan business portal's AMP page (Luanda minibus-taxi fares rise to
Kz 400 after a petrol rise, with a fares box); a Malawian daily's site pasted from a PHONE (subsidised
fertiliser on sale at K15,000 a bag); an Ivorian weekly's English edition in READER MODE (the cocoa
farmgate price raised to 2,600 CFA francs a kilo, with a price table); a Malagasy weekly's PRINT VIEW
(subsidised rice back at Ar 2,600 a kilo); an Omani English daily's article SHARED FROM ITS APP (a
Muscat–Nizwa express bus at RO 2.500 a trip); a Kuwaiti English daily's Q&A INTERVIEW on the desktop,
with name-prefixed turns (a Ramadan price freeze on 400 staples); a Bahraini local news site pasted
from a PHONE (paid parking around Manama souq at 200 fils an hour); and an Iraqi English-language news
site on the DESKTOP with a cookie banner and comments (Baghdad caps private generator charges at 14,000
dinars an ampere).

Every page mixes every difficulty, as real pages do.

FURNITURE sits at the head, in the middle of the story and at the tail, and some of it is written in
prose: a subscription appeal ("Byrsa Business is free to read thanks to our subscribers." / "For 9
dinars a month, ..."), a funding note with a semicolon, a live blog's refresh note, a Telegram, a
WhatsApp and an Instagram prompt, a newsletter plug ending "at 7 a.m." before "Sign up free.", an
app-notification prompt, a support appeal, a translation note, an update note "at 3:40pm", a reason-
for-receiving line and a reproduction notice; with them read-also and related lines, a "PICTURE
AVAILABLE" line, advertisement labels and an advert, "Story continues below", page-break lines in a
print view, time stamps, "Posted by" and "Key event" lines in the live blog, a wire's slug, filed and
update lines, a newsletter's sender, "to me" and sign-off, a bio-box label, comment counts and
readers' comments, contact and address lines and copyright lines. All of it is "B", line by line,
whatever it says, never with a speaker.

SPEAKERS ARE HARD TO FIND AND TO NAME, in the naming customs of twelve countries: Tunisian compound
surnames ("Sonia Ben Hmida Mzali" and "Ms. Ben Hmida Mzali said"); Algerian names behind the French
"Pr" ("Pr Karim Seddiki"); a four-part Sudanese name used by the GIVEN NAME alone ("Osman Babiker Elhaj
Ali" and "Osman said"), and an old woman named after her quote by an honorific nickname ("said Haboba
Nafisa" -> "Nafisa Adam Hamid"); Mozambican and Angolan double surnames, ranks and honorifics
("Sub-Inspector Jacinta Muianga", "Eng. Marta Nhantumbo Cuna", "Domingos Kiala Mateus" and "Kiala
Mateus said", "Lúcia Sangueve Kalueto" and "Kalueto expects", "Sr. Adão Muxito", "said Dona Feliciana,
as the other sellers call her", "said Amisse, whom the neighbours call Tio Abdul"); Malawian titles
and a traditional leader known only by his title and chieftaincy name ("Agriculture Minister Hon. Dr.
Wezi Mkandawire-Lungu", "Mrs Banda said", "Group Village Head Kadzakalowa" -> "Kadzakalowa", "Hon.
Kondwani Mtambo"); Ivorian names written FAMILY NAME FIRST and taken up by the family name ("Gnahoré
Tapé Didier" and "Mr. Gnahoré said", "Koné Ténin Mariam" and "Mrs. Koné said", "Dr. Assi Kouassi
Fernand" and "Dr. Assi said", "Yao Kouadio Firmin" and "said Mr. Yao"); Malagasy names family name
first and honorifics before a single given name ("Rakotondrabe Haja Nirina" and "Rakotondrabe said",
"Rakotoarisoa Mamy", "Ramatoa Voahangy" -> "Voahangy", "Andriamatoa Randria" -> "Randria"); Omani names
with "bin" and "bint" behind "Eng." and "H.E. Sheikh" ("Ahmed bin Nasser al-Farsi" and "Al-Farsi
said", "Hilal bin Saud al-Mamari", "Maryam bint Said al-Kindi" and, after her quote, "said Umm Hamad,
as her colleagues call her"); a Kuwaiti interviewee whose answers carry the prefix "Al-Dousari:";
Bahraini names behind "Eng." and "Dr." and a Gulf teknonym ("Lulwa Jassim Buhiji" and "Buhiji said",
"Dr. Mariam Khalil Abdulla" and "Dr. Abdulla said", "known in the souq as Bu Jassim, after his eldest
son" and "Bu Jassim said"); Iraqi four-part names, a teknonym and an honorific before a given name
("Eng. Haider Jabbar Kadhim al-Saadi" and "al-Saadi told The Rafidain Record", "who goes by Abu Ali"
and "Abu Ali said", "who gave his name only as Hajji Salman" -> "Salman"). Speakers are named after
the quote or the claim ("..., said Latifa Ghorbel, 63, ...", "..., Sub-Inspector Jacinta Muianga,
spokeswoman for the provincial police command, said.", "“We will go village by village,” said the
head of ..., Konan Amenan Blandine.", "asked Dr. Rusul Talib Hasan, ..."), before they are named at
all (a live blog's "Chaúque told reporters" at 21:40 and "The INGD urged" at 15:20, named in full
only at 09:00, lower down); pronouns follow two people of one gender ("She said 214 tonnes ..." after
two women, "She said applications ..." after "Buhiji said"); quotes run over sentences and into a new
paragraph with no new attribution (Ben Hmida Mzali, Ferhat-Kaci, Gnahoré, al-Saadi); bodies speak
unnamed or as a generic noun ("the Red Sea State bakers' chamber", "A depot worker who asked not to be
named", "A ministry official, speaking on condition of anonymity,", "An official at an exporting firm
in San-Pédro", "An official at the ministry who was not authorised to speak to the media", "A
spokesman for the Bahrain Chamber of Commerce and Industry", "millers", "Traders", "residents", "Shop
owners in the souq", "Shared-taxi drivers at the Nizwa souq", "farmers' leaders", "The company", "The
firm", "the council", "The ministry"); and "according to X" gives X as written ("the office's monthly
bulletin", "ministry figures", "currency dealers", "figures from the U.N.", "the market's weekly
bulletin", "its operator, Nacala Terminais, Lda." -> "Nacala Terminais, Lda.", "the council's own
calculations", "the Tender Board's website").

STATEMENTS OF RECORD ("W") stand beside opinions, forecasts, plans and anecdote, often in one
paragraph. Of record: figures, prices and dates given by bodies, officials, firms and documents
(exports and export prices, a decree price of 12.900 dinars, pass rates and cheating counts, bread,
flour, gas and sorghum prices, the parallel and official rates, shelters, deaths and wind speeds,
pump prices, fares and a fuel bill, fertiliser prices and registered households, a farmgate price and
the CIF share, seizures, rice prices by the kilo and the kapoaka, bus fares and departures,
co-operatives' market share and frozen prices, a survey finding, a permit fee, generator tariffs,
grid supply and a record output); a firm's or a seller's own figures (a mill's pressings, a
cooperative's lost tonnage, a shared-taxi fare, a generator owner's subscribers); causal claims
("because world prices fell by about a fifth", "the rise followed a fall in the pound", "Traders
blamed a large harvest", "because the kwacha had lost value", "because of flooding in February", "The
Saudi harvest was smaller and freight costs rose", "the rise reflected the heat", "when gas supplies
from Iran fell"); rules, sanctions and rulings (a 2019 declaration rule, an entry rule for medicine, a
fine under a decree, a fare approval rule, a licence sanction, Decree No. 2027-614, a price-display
decree, Ministerial Decision No. 118/2025, a co-op fine, a parking fine, a fuel-quota sanction); acts
(the cap, the price set, the freeze, the alert raised to red, the schools closed); and scheduled
events set by those who run them (a harvest estimate "on 25 November at 10 a.m.", results "from 5
p.m.", registration dates, an appeal deadline, a closing date "Jan. 15, 2028.", the mid-crop price in
early April, opening hours, departures, permit applications "on February 15"). Not worth checking
(""): forecasts and expectations ("the office expected the 2027-28 harvest to yield ...", "Millers
expect ...", "It expects about 310,000 new students ...", INAM's rain, "The notice said the change
would save ...", "Kalueto expects it to pass 24% by August", the wholesalers' "would push market
prices down", Fimpiva's paddy prices, "Mwasalat expects ...", "The municipality expects ...", the
ministry's demand); plans, promises and conditional estimates (a bottling line, a bread-centre plan,
crews that would wait, classes that would resume, the union's resistance, buses by September, a
subsidy phase-out, names to be added by Friday, "No farmer whose name is on the list will go home
without fertiliser", a rise in sales points, five intercity routes by 2030, a request to delay the
fee, "If Tunisia doubled its packaged share, ... he estimated", "He said he would respect it if the
government delivered ..."); advice ("The INGD urged ...", "Whoever can go to higher ground should go
today", "Take a photo and send it ..."); opinions, characterisations and reactions ("a hostage to bulk
sales", "a betrayal of the poor", "farmers' leaders welcomed the rise", "That is the law, not my
opinion."); feelings, anecdotes and a person's own figures (a candidate's two hours of sleep, an old
woman's two bags, a fisherman's boat 200 metres inland, a fish seller's Kz 1,600 a day, a farmer's
maize near Mayani, a laundress's three hours in line, a teacher's RO 12 of fuel, a perfume shop opened
in 1952, a father's 5 amperes); questions in quotes, from interviewers and as subheads; greetings,
teasers and a sign-off in a newsletter's own voice; scenes and captions that only describe; and data
lines (table rows and box rows). A quote may hold a figure used as rhetoric ("“Twelve dinars nine
hundred is still a day's wage ...”", "“The border is 700 kilometres long ...”", "“Who pays 400 fils to
park for a 300-fils glass of tea?”", "“What kind of government gives you power for 16 hours and calls
it a record?”"), "".

SENTENCES END at abbreviations before a capital ("Huilerie Kallel & Fils S.A." / "Its manager, ...";
"at 10 a.m." / "Millers expect ..."; "Byrsa Business Média S.A.R.L." / "All rights reserved."; "from 5
p.m." / "Candidates can ..."; "Sahel Transit EURL." / "The company said ..."; "Numidia Press Agency
SPA." / "Redistribution ..."; "from 7 a.m." / "By noon ..."; "Sawakin Remit Co. Ltd." / "Send money
..."; "figures from the U.N." / "About 1.1 million ..."; "its operator, Nacala Terminais, Lda." /
"Ships were sent ..."; "Índico Digital, Lda." / "All rights reserved."; "Kifangondo Combustíveis,
Lda." / "The company said ..."; "Edições Muxima, S.A." / "All rights reserved."; "before 4 a.m." /
"By 9 a.m. ..."; "Nkhamenya Agro Ltd." / "The firm said ..."; "Chambo Media Ltd." / "All rights
reserved."; "at 7 a.m." / "Sign up free."; "Bandama Négoce S.A." / "The company said ..."; "Abidjan
Lagune Presse SARL." / "All rights reserved."; "Ambohidratrimo Trading S.A.R.L." / "The firm said
..."; "and 6 p.m." / "The trip, ..."; "Sahil Leasing SAOG." / "Al-Farsi said ..."; "Falaj Digital
Services LLC." / "The firm said ..."; "Al Hajar Media & Publishing SAOC." / "All rights reserved.";
"lentils etc." / "The full list ..."; "Wafra Farms Poultry Co. K.S.C.P." / "They resumed ...";
"Dasman Press Publishing Co. K.S.C.C." / "All rights reserved."; "Seef Parking Solutions W.L.L." /
"The company won ..."; "to Government Ave." / "It includes ..."; "Dilmun Mirror Publishing W.L.L." /
"All rights reserved."; "Rafidain Media Co. Ltd." / "All rights reserved.") and NOT at titles,
designations, initials and abbreviations inside a sentence ("Ms. Ben Hmida Mzali", "Pr Karim
Seddiki", "Sub-Inspector", "Eng. Marta", "Sr. Adão", "Av. Comandante Valódia", "Hon. Dr. Wezi", "Mrs
Banda", "Hon. Kondwani", "Jan. 15, 2028.", "Mwale K.:", "Mr. Gnahoré", "Mrs. Koné", "Dr. Assi",
"Decree No. 2027-614", "Pr Tahina", "Eng. Ahmed", "H.E. Sheikh Hilal", "Ministerial Decision No.
118/2025", "Eng. Lulwa", "Dr. Mariam", "Dr. Abdulla", "asked Dr. Rusul", "Eng. Haider", "P.O. Box
1187", "Bldg. 1041, Rd. 3614, Blk. 336"), nor at times, decimals and currencies ("27.5 dinars",
"12.900 dinars", "14.6%", "19.61 out of 20", "SDG 1,500", "12.5-kilogram", "at about 16:30", "165
km/h", "Kz 1.1 trillion", "21.4%", "K15,000", "2,600 CFA francs", "Ar 2,600", "from 7 a.m. to 3
p.m.,", "RO 2.500", "RO 1.250", "at 6 a.m., 10 a.m., 2 p.m. and 6 p.m.", "KD 3.750", "KD 5.250",
"after 10pm,", "BD 10", "(about $10.70)", "49.6C"); semicolons never split (standfirsts, a wire
headline, an update note, a reporting credit, a funding note, a kapoaka price); a question or a
statement inside a quote before its attribution is one sentence ("“Will the bus wait for a passenger
who is late?” he asked.", "“Who pays 400 fils ...?” he asked.", "“Why does the vary mora always come
back before an election?” asked Rakotoarisoa Mamy, ..."), against quotes whose first statement DOES
end a sentence ("“I understand them." / "But the pump does not give me a discount,” he said.", "“Rice
is not a side dish for the Malagasy." / "It is the meal,” he said."); an interviewer's statement and
question split ("Dates seem more expensive this year." / "Why?"); list lines, one sentence each.

The pages hold 556 sentences: 187 "B", 205 "W" and 164 ""; 264 sentences carry a speaker (129
distinct speakers, page by page; 119 distinct labels). `STYLES` describes each page, its story, its
labels and its furniture in order; `HELDOUT_CASES` holds 30 split cases written fresh in the manner of
the pages (not copied from them).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, crumb, byline, date line, share line,
caption, credit, time stamp, turn, table row, box line, page-break line and legal line is a paragraph
of its own, except that a caption and a credit pasted in one line are two sentences of one
paragraph); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "".
As in the recent sets: furniture "B" line by line, never with a speaker; a caption by its content and
its credit "B"; tables and boxes pasted as lines with a "B" title, header and source and "" data rows;
headlines and standfirsts never split and flagged by content, their "says", "say", "call" or
"expects" carrying the source as the body gives it; a dateline belongs to its lead sentence; a person
is named in full as first given, without titles, ranks, honorifics or roles, and a pronoun, surname,
given name, nickname or teknonym resolves to that name; a quote over several sentences or paragraphs
carries its speaker and cue in each; "according to X" gives X as written, a bracketed acronym or a
descriptor before a proper name dropped; a channel phrase after the verb is part of the cue ("told a
news conference in Tunis", "said in a separate statement", "told us", "said in its latest market
monitor", "told reporters at the emergency operations centre in Nampula city", "said in a notice
published on Sunday night", "told the public broadcaster TPA", "said in a statement on Sunday", "said
in an email", "told The Rafidain Record") and a fronted one is not ("Reached by telephone, she said",
"Launching the sales in Dedza, ... said", "At the launch in Nizwa, ... said"); an acronym, "It" or
a short form resolves to the body's name as first given, article and capital as written there, while
a single generic noun is kept as written ("the ministry", "The ministry", "the council", "The
office", "The company", "the company", "The firm", "The municipality"); a document's "says" that
points back to an attributed decree resolves to its author ("the decree says" -> "Kassala State's
finance ministry"); a body acting with no verb of saying carries no speaker (the council setting the
cocoa price, the Baghdad council setting the tariff, the education directorate closing schools, the
institute raising its alert); Q&A turns carry the interviewee on every answer sentence, cue the
prefix as written, and nobody on the paper's questions unless they cite a source.

Conventions this set had to settle, in the same spirit:

* NAMES FROM THESE TWELVE CUSTOMS keep the order and spelling the page uses: Ivorian and Malagasy
  names written family name first stay so ("Gnahoré Tapé Didier", "Rakotondrabe Haja Nirina"), and
  "Mr. Gnahoré", "Mrs. Koné", "Dr. Assi", "Mr. Yao" and "Rakotondrabe said" resolve to them; Arabic
  names keep "bin", "bint" and the article as written ("Ahmed bin Nasser al-Farsi", whose "Al-Farsi
  said" opens a sentence; "Haider Jabbar Kadhim al-Saadi"); a Sudanese given name used alone ("Osman
  said") resolves like a surname. HONORIFICS AND TITLES are dropped wherever they stand: "Pr", "Eng.",
  "Sr.", "Dona", "Hon.", "Dr.", "Mrs", "Group Village Head", "H.E.", "Sheikh", "Ramatoa", "Andriamatoa",
  "Hajji", "Sub-Inspector". A person known only by a title and one name is labelled with the name
  ("Kadzakalowa", "Voahangy", "Randria", "Salman"), as "Manwel" and "Umm Hamdi" were in earlier sets.
* NICKNAMES, HONORIFIC NICKNAMES AND TEKNONYMS given in an apposition or after a quote ("whom everyone
  in the queue called Haboba", "said Haboba Nafisa"; "whom the neighbours call Tio Abdul"; "as the
  other sellers call her"; "as her colleagues call her"; "known in the souq as Bu Jassim"; "who goes by
  Abu Ali") resolve to the person's full name.
* A FIRM'S OR A SELLER'S OWN FIGURES ARE OF RECORD when the firm or the seller states them as its
  business (the mill's pressings, the cooperative's lost tonnage, the shared-taxi fare, the generator
  owner's subscribers and fuel, "W"), while a person's own costs and memories stay anecdote (a fish
  seller's daily fares, a teacher's fuel bill, a shop's lost customers, "").
* A NEWSLETTER REPORTER'S OWN COUNT ("Our reporter counted about 200 people ...") is of record with no
  speaker, like a wire's own data; its greeting, teaser, promise and sign-off line are "", its
  signatures "B".
* A REACTION VERB is a cue ("farmers' leaders welcomed the rise", cue "welcomed", "") and a standfirst
  that restates it with "call" carries the same group as the body gives it ("farmers' leaders").
* AN INTERVIEWER'S CITED CLAIM with a price ("The Dasman Daily: Shoppers in Jahra say a 5 kg bag of rice
  went up to KD 3.750 last week.") is "W" with the group as speaker; a bio box under the interview is a
  "B" label and a "W" fact with no speaker.

Written from scratch for issue 13 in round sixty-three, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run (only the brief's structural check and ruff). What was read:
the brief; the module docstrings of `labelled_new.py` and `labelled_new2.py` and their first pages;
`def build` in `labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; and the module
docstrings, `STYLES`, a few pages and the `CASES` of `labelled_new179.py` and `labelled_new180.py`.
Coined names were checked for freshness against the capitalised words in the string constants of
those two files: one outlet word ("Express") and four name parts ("Abbas", "Dina", "Ellen", "Neto")
that hit were replaced before the file was written; only common words, titles, month and day names,
particles and honorifics ("Abu", "Umm", "Bu", "Dona") and real places and bodies still hit.

Every person, outlet, newsletter, agency, publisher, firm, mill, haulier, remittance company,
cooperative, association, chamber, union, federation, statement, notice, decree number, survey, quote
and figure is invented, and so are the small institutions and places (Huilerie Kallel & Fils S.A.,
Tadris Plus SPA, Sahel Transit EURL, Sawakin Remit Co. Ltd., the Al-Sawagi gas depot, Cyclone
Nandile, Nacala Terminais, Lda., Kifangondo Combustíveis, Lda., the Luanda Taxi Drivers' Union,
Nkhamenya Agro Ltd., Bandama Négoce S.A., Ambohidratrimo Trading S.A.R.L., Fimpiva, Sahil Leasing
SAOG, Falaj Digital Services LLC, Wafra Farms Poultry Co. K.S.C.P., Seef Parking Solutions W.L.L.
and the like). Real countries, cities, towns, districts, markets, roads, ports, rivers, lakes,
universities, broadcasters, airlines, utilities, ministries, councils, agencies and other public
bodies appear only as settings, with invented statements and figures: Tunis, Sfax, the Gremda road,
Mahdia, Gafsa, the Marché Central, the National Oil Office, the Merchant Navy and Ports Office, the
trade ministry and the University of Carthage; Algiers, Tizi Ouzou, Bejaia, Azazga, Blida, the
Ministry of National Education and the Ministry of Higher Education and Scientific Research; Port
Sudan, Deim Arab, Kassala, Gedaref, Doka, Red Sea State, the Central Bank of Sudan, the
World Food Programme and the U.N.; Nampula, Angoche, Moma, Nacala, Maputo, Zambézia, the Ligonha,
the National Institute for Disaster Risk Management and Reduction, the National Institute of
Meteorology, LAM, EDM and Rádio Moçambique; Luanda, Viana, Cacuaco, Cazenga, Mutamba, the São Paulo
market, Av. Comandante Valódia, the Institute for the Regulation of Petroleum Derivatives, TCUL, TPA,
the National Statistics Institute and the Catholic University of Angola; Dedza, Mayani,
Lilongwe, ADMARC, the Affordable Inputs Programme, the Farm Input Subsidy Programme, the Smallholder
Farmers Fertilizer Revolving Fund of Malawi, the Ministry of Agriculture and the Lilongwe University
of Agriculture and Natural Resources; Abidjan, Soubré, Méagui, San-Pédro, Ghana, the Coffee-Cocoa
Council and Félix Houphouët-Boigny University; Antananarivo, Anosibe, Andavamamba, Isotry,
Toamasina, Antsirabe, Lake Alaotra, Pakistan, the Ministry of Trade and Consumption and the
University of Antananarivo; Muscat, Nizwa, Azaiba, Bidbid, Izki, Fanja, Ruwi, Sohar, Sur, Ibri,
Ibra, the Muscat Expressway, Mwasalat, the Ministry of Transport, Communications and Information
Technology, the National Centre for Statistics and Information and the Royal Oman Police; Kuwait,
Jahra, Shuwaikh, Sulaibiya, the Ministry of Commerce and Industry and the Union of Consumer
Co-operative Societies; Manama, Muharraq, Bab Al Bahrain, Government Avenue, Seef, Sanabis, the
Capital Municipality, the Capital Trustees Board, the Tender Board, the Information & eGovernment
Authority and the Bahrain Chamber of Commerce and Industry; and Baghdad, Karrada, Sadr City,
Erbil, Iran, the Baghdad Provincial Council, the Ministry of Electricity, the Iraqi Meteorological
Organisation and the University of Baghdad.
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Tunisian BUSINESS NEWS WEBSITE (Tunis), desktop browser paste, an EXPORT-FIGURES STORY: Tunisia ships a record 342,000 tonnes of olive oil for 9.4 billion dinars. Head: masthead, a menu with French and Arabic entries, a sign-in/subscribe line, crumb (all "B"); headline of record "W"; a standfirst with a semicolon, never split, "Oil office says ..." ("W", carrying the office as the body first names it, "the National Oil Office"); a byline/date/updated line ("B"); a caption "" and its credit ("B"). Body: "TUNIS —" lead "the National Oil Office (ONH) said on Wednesday" (acronym dropped, "W") and "it said" with a causal "because world prices fell" ("W"); exports "according to the office\'s monthly bulletin" (as written, "W") and a following share with no cue ("W", no speaker); the director-general with a COMPOUND TUNISIAN SURNAME ("Sonia Ben Hmida Mzali") "told a news conference in Tunis" (channel in the cue, "W"), her characterisation ("") and a QUOTE RUNNING INTO A NEW PARAGRAPH with no new attribution ("" twice, her name and "said" in each), then "Ms. Ben Hmida Mzali said" a harvest forecast (title dropped, compound surname resolving, ""); a read-also line and a TWO-SENTENCE SUBSCRIPTION APPEAL IN PROSE mid-story (all "B"); "millers said" (the group as written, "W"); "Huilerie Kallel & Fils S.A." ENDING a sentence before "Its manager, Hatem Kallel, said" the mill\'s pressings (both "W", a firm\'s own figures), his quote and his plan (""); retail prices "according to the trade ministry\'s price observatory" ("W") and "The ministry said" a decree price of "12.900 dinars" (three decimals, no split, a price set by those who run the sales, "W"); a retired teacher named AFTER her quote ("") and her own memories ("" twice); an economist ("Economist" dropped) with a characterisation (""), a figure "He noted" ("W") and a CONDITIONAL ESTIMATE "he estimated" (""); a 2019 rule ("W"); the port\'s share "the Merchant Navy and Ports Office said" ("W"); a question subhead ""; a scheduled estimate "on 25 November at 10 a.m." ENDING a sentence before "Millers expect ..." ("W", "The office" kept as written; the millers\' expectation ""); an exports table (title, header and source "B", three rows ""). Tail: a share line and a copyright line split at "S.A.R.L." before "All rights reserved." (all "B").',
    'Algerian NEWS AGENCY\'S ENGLISH SERVICE, WIRE COPY pasted from a client terminal, an EXAM-RESULTS STORY: the baccalaureate pass rate rises to 58.7%. Head: agency line, slug line, filed/moved line, a one-sentence update note with a semicolon (all "B"); a wire headline with a semicolon (never split, "W"); three bullet lines of record ("W"), the second, "Ministry says ...", carrying "the Ministry of National Education" as the body first names it. Body in STRAIGHT QUOTES: the "ALGIERS, July 18 (NPA) -" lead with the minister ("Education Minister" dropped) "told a news conference" ("W"), his counts "He said" ("W") and his quote (""); results "from 5 p.m." ENDING a sentence before "Candidates can also ..., the ministry said." (both "W"); provincial rates "according to ministry figures" ("W"); the top mark (no speaker, "W"); the candidate, named in the sentence before, "Reached by telephone, she said" (fronted channel not in the cue, anecdote ""), her quote and her plan (""); cheating counts "The ministry said" ("W"); internet cuts (no speaker, "W") and "A ministry official, speaking on condition of anonymity, said" they would continue (the anonymity phrase left out, a plan ""); a PICTURE AVAILABLE line mid-story ("B"); a parents\' federation spokeswoman with a complaint count ("W") and her opinion (""); the inspector-general behind the French "Pr" (dropped) with a finding and an instruction ("W" twice); "Private tutoring firm Tadris Plus SPA" (descriptor dropped, "W"); "Sahel Transit EURL." ENDING a sentence before "The company said ..." (both "W", generic noun kept); registration dates "the Ministry of Higher Education and Scientific Research said in a separate statement" (channel in the cue, "W"), "it said" an entry rule ("W") and "It expects ..." (a forecast, "", "It" resolving to that ministry) against last year\'s enrolment "according to ministry data" ("W"); a teacher\'s anecdote, his quote and its continuation in a new paragraph ("" each); the pass rate since 2013 ("W"). Tail: ENDS, a reporting credit with a semicolon, related slugs, a copyright line split at "SPA." before the redistribution sentence, a desk line (all "B").',
    'Sudanese INDEPENDENT OUTLET\'S WEEKLY EMAIL NEWSLETTER, pasted from WEBMAIL, a MARKET-PRICES ROUND-UP: bread up in Port Sudan, a gas-cylinder cap in Kassala, sorghum down in Gedaref. Head: "Inbox", subject line, sender, "to me", date, view-in-browser line, the newsletter\'s masthead (all "B"); a greeting and a teaser in the newsletter\'s own voice ("", no speaker); a TWO-SENTENCE FUNDING NOTE IN PROSE with a semicolon ("B"). Items under UPPER-CASE ITEM HEADLINES of record ("W"): bread prices "the Red Sea State bakers\' chamber said" (an unnamed body kept as written, "W"); the chamber\'s secretary with a FOUR-PART SUDANESE NAME ("Osman Babiker Elhaj Ali") and a flour price ("W"), then "Osman said" (the GIVEN NAME used alone, as Sudanese papers do, resolving to the full name; a causal claim, "W") and a quote over two sentences "he told us" ("" each, cue "told us"); the parallel rate "according to currency dealers" ("W") and the official rate (no speaker, "W"); an old woman introduced without a verb of saying ("") and named AFTER her quote by an honorific nickname, "said Haboba Nafisa" (resolving to "Nafisa Adam Hamid", "" twice); a cap set by decree (an act, no speaker, "W") and "the decree says" a fine (a rule, resolving to the ministry that posted it); the reporter\'s own count "from 7 a.m." ENDING a sentence before "By noon ..." (both "W", no speaker); "A depot worker who asked not to be named told us" (the clause left out, "W"); an ADVERTISEMENT label and an advert split at "Co. Ltd." (all "B"); sorghum prices "according to the market\'s weekly bulletin" ("W"); "Traders blamed" a harvest (a causal claim by a group, "W"); a farmer\'s plan and his own past price, "Kuku said" (surname resolving, ""); the WFP "said in its latest market monitor" ("W"); a watch-list label ("B") and a state government\'s plan "says" (""); displacement "according to figures from the U.N." ENDING a sentence with "U.N." before "About 1.1 million ..." (both "W"); a reader-question label ("B"), the question ("") and its answer "according to the Kassala bakers\' chamber" and a price ("W"); a sign-off ("") and the signatures ("B"). Tail: a reason-for-receiving line, an unsubscribe line and a "P.O. Box" address line NOT split (all "B").',
    'Mozambican NEWS SITE\'S LIVE BLOG, desktop, NEWEST ENTRY FIRST, a CYCLONE LANDFALL: Cyclone Nandile comes ashore near Angoche and 41,000 people shelter. Head: masthead, menu, "● LIVE" (all "B"); headline with a semicolon "...; INGD says 41,000 people in shelters" ("W", the acronym carrying the institute\'s full name, given only at the BOTTOM of the page in the 09:00 entry); an updated line with "CAT" ("B"); a key-points label ("B") and three bullets of record ("W"; the second "according to the provincial police"); a two-sentence refresh note in prose ("B"). Entries under 24-hour time stamps (21:40 to 09:00), with "Posted by" lines and "Key event" labels (all "B"): "Chaúque told reporters at the emergency operations centre in Nampula city" (the surname resolving to "Aníbal Fernando Chaúque", named only in the 09:00 entry below; channel in the cue, "W") and his quote over two sentences (""); a police spokeswoman named AFTER the claim, "Sub-Inspector Jacinta Muianga, spokeswoman for the provincial police command, said." (rank and role dropped, "W") and "She said" deaths "at about 17:00" ("W"); the weather institute "(INAM)" (acronym dropped, "W") and "It expects ..." (a forecast, ""); "The state airline LAM said" and "Electricity utility EDM said" (descriptors dropped, "W") and "It said" crews would wait (a plan, ""); a fisherman\'s anecdote ("") and his quote "said Amisse, whom the neighbours call Tio Abdul" (the nickname not part of the label, ""); the institute\'s delegate behind "Eng." ("W"); the landfall "INAM said" and "it said" (acronym and "it" resolving to "The National Institute of Meteorology", "W"); "The INGD urged" (advice, "", resolving to the full name below); the port closure "according to its operator, Nacala Terminais, Lda." ENDING a sentence with "Lda." before "Ships were sent ..." (descriptor dropped, both "W"); school closures (no speaker, "W") and a director\'s plan (""); the 09:00 entry: the institute named in full with "(INGD)" raising its alert "at 06:00" (an act, no speaker, "W"), its director-general named in full ("W") and his advice (""). Tail: a load-more line and a copyright line split at "Lda." before "All rights reserved." (all "B").',
    'Angolan BUSINESS PORTAL\'S AMP PAGE (Luanda), AMP paste, a FARE RISE: minibus-taxi fares go to Kz 400 after petrol rises by a third. Head: AMP address, masthead, crumb (all "B"); headline of record "W"; a standfirst with a semicolon, an opinion and a promise ("Drivers\' union says ... ‘the minimum to survive’; government promises ...", "", carrying the union as the body first names it); byline/date line and share line ("B"); a caption "" and a bracketed credit ("B"). Body: "LUANDA —" lead (no speaker, "W"); pump prices "the Institute for the Regulation of Petroleum Derivatives (IRDP) said in a notice published on Sunday night" (channel in the cue, acronym dropped, "W") and "The notice said" a saving the change "would" bring (a projection, "", resolving to the institute); the union "(Sindtaxi)" with a members\' vote ("W"); its secretary-general with an ANGOLAN DOUBLE SURNAME ("Domingos Kiala Mateus") and fuel costs ("W"), "Kiala Mateus said" with a quote over two sentences ("") and a promise to resist (""); a fine "the Luanda provincial government said in a statement" (a rule, "W") and a 2023 decree (a rule, "W"); an ADVERTISEMENT label and a two-sentence Telegram appeal in prose ("B"); the secretary of state (role and "Eng." dropped) "told the public broadcaster TPA" a bus delivery (a plan, "") and current bus fares "He said" ("W"); a scene ""; a fish seller\'s own costs ("") and her quote "said Dona Feliciana, as the other sellers call her" (honorific and given name resolving to "Feliciana Tchissola Bento", "") and her plan (""); a driver behind "Sr." (anecdote, "") and a QUOTE THAT SPLITS after its first statement ("“I understand them." / "But the pump does not give me a discount,” he said.", both ""); "Kifangondo Combustíveis, Lda." ENDING a sentence before "The company said ..." (both "W", generic noun kept); an economist with a claim of record ("W"), inflation "according to the National Statistics Institute (INE)" ("W") and "Kalueto expects ..." (surname resolving, a forecast, ""); a protest on "Av. Comandante Valódia" (no split, "W"); a question subhead "" and "The finance ministry has said" a phase-out (a plan, ""). A fares box (label and sources "B", three rows ""). Tail: a full-version link and a copyright line split at "S.A." before "All rights reserved." (all "B").',
    'Malawian DAILY NEWSPAPER\'S SITE (Blantyre), PHONE BROWSER paste, a FARM-SUBSIDY LAUNCH: fertiliser under the Affordable Inputs Programme goes on sale at K15,000 a bag. Head: a menu/masthead/search line and a crumb ("B"); headline of record "W"; standfirst "Minister says every registered farmer will get two bags, but ..." (a promise, "", carrying the minister as the body names her); byline and a date/read-time line ("B"); a caption "" and its credit ("B"). Body: the sales opening (no speaker, "W"); the old price "the Ministry of Agriculture said in a statement on Sunday" (channel in the cue, "W") and "It said" registrations ("W"); the minister after a fronted "Launching the sales in Dedza," and behind "Agriculture Minister Hon. Dr." (titles dropped, no split at "Hon." or "Dr."; the budget, "W"), her promise ("") and a causal "because the kwacha had lost value" ("W"); the queue "before 4 a.m." ENDING a sentence before "By 9 a.m. ..." (scene, both ""); a farmer missing from the list (anecdote, "") and "Mrs Banda said" (a title without a point dropped, the last name resolving) with a quote over three sentences (""); a traditional leader named only by his title and chieftaincy name, "Group Village Head Kadzakalowa" (label "Kadzakalowa"), with names left off ("W") and "He said" a promise (""); the ministry\'s spokesperson with an appeal deadline ("W"); a two-sentence WhatsApp appeal in prose and a RELATED line mid-story ("B"); "Nkhamenya Agro Ltd." ENDING a sentence before "The firm said ..." (both "W", generic noun kept); the revolving fund "(SFFRFM)" with its stock ("W", acronym dropped); an economist with a record of late sales ("W") and a quote (""); an opposition MP behind "Hon." who "called the price" (cue "called", "") and a past price "He said" ("W"); a question subhead ""; where lists are posted "the ministry said" ("W"), the ID rule ("W") and the closing date "Jan. 15, 2028." ("W", no split at "Jan."). Tail: a share line, a comments count, a reader\'s comment "Mwale K.: ..." (no split at the initial) in two sentences, a back-to-top line, a copyright line split at "Ltd." before "All rights reserved." (all "B").',
    'Ivorian WEEKLY\'S ENGLISH EDITION (Abidjan), READER-MODE paste, a COMMODITY PRICE DECISION: the Coffee-Cocoa Council raises the main-crop cocoa farmgate price to 2,600 CFA francs a kilo. Head as reader mode leaves it: domain, byline, date and reading-time lines and a translation note (all "B"); headline of record "W"; standfirst "Farmers\' leaders call the rise ‘a good start’ but warn ..." (an opinion, "", carrying "farmers\' leaders" as the body gives them, cue "call"). Body: the price set by the council (an act, no speaker, "W") and "the council said" the season dates ("W", generic noun kept); the director-general with an IVORIAN NAME, FAMILY NAME FIRST ("Gnahoré Tapé Didier") "told reporters in Abidjan" ("W") and "Mr. Gnahoré said" (the FAMILY NAME resolving, no split at "Mr.") a share of the CIF price against the legal 60% ("W"), a quote running into a NEW PARAGRAPH with no new attribution ("" twice) and a licence sanction "He said" (a rule, "W"); "Decree No. 2027-614 of 29 September 2027" (no split) "according to the council" ("W"); an ALSO READ line and a two-sentence newsletter plug "at 7 a.m." ENDING its first sentence before "Sign up free." (all "B"); "farmers\' leaders welcomed the rise" (a reaction, "", cue "welcomed"); a cooperative head named AFTER her quote ("Koné Ténin Mariam", ""), "she said" her cooperative\'s losses ("W", an organisation\'s figure) and "Mrs. Koné said" a fertiliser price ("W"); Ghana\'s price "according to the council\'s own calculations" ("W"); a lecturer behind "Dr." with a conditional forecast ("") and a rhetorical figure in a quote, "Dr. Assi said" (""); a department head named AFTER her quote and her title ("Konan Amenan Blandine", a plan "") and "She said" seizures (after two women, the nearer, "W"); "An official at an exporting firm in San-Pédro, who asked not to be named," (the clause left out, a forecast ""); "Bandama Négoce S.A." ENDING a sentence before "The company said in an email ..." (both "W"); a farmer\'s plan and "said Mr. Yao" (family name resolving, ""); a question subhead ""; "it said" the mid-crop date ("W", "it" resolving to "The Coffee-Cocoa Council") and output "according to the council" ("W"); a price table (title, header and source "B", four rows ""). Tail: an original-article link and a copyright line split at "SARL." before "All rights reserved." (all "B").',
    'Malagasy WEEKLY NEWSPAPER\'S PRINT VIEW (Antananarivo), PRINT VIEW paste, a FOOD-PRICE STORY: subsidised "vary mora" rice returns at Ar 2,600 a kilo while market rice tops Ar 3,800. Head: the URL line, masthead, a print/close line, a date line (all "B"); headline of record "W"; standfirst "Ministry says more sales points will open by June; growers\' federation expects ..." (a plan and a forecast, "", carrying the ministry as the body first names it); byline ("B"); a caption "" and its credit ("B"). Body: "ANTANANARIVO —" lead (an act, "W"); market prices "according to the Ministry of Trade and Consumption\'s weekly price survey" ("W"); "The ministry said" unloaded tonnes ("W") against "It said the number of sales points would rise ..." (a plan, "", "It" resolving to the ministry\'s name as the page first gives it); the minister with a purchase limit ("W") and a QUOTE THAT SPLITS after its first statement (""); opening hours "from 7 a.m. to 3 p.m., Monday to Saturday" (no split, "W"); a scene ""; a laundress behind the Malagasy honorific "Ramatoa" who gave only her first name (label "Voahangy") with her wait and a quote over two sentences (""); a bus conductor, FAMILY NAME FIRST ("Rakotoarisoa Mamy"), with a QUESTION before "asked" (""); the kapoaka price with a semicolon (never split, "W"); a decree (a rule, "W") and fines "The ministry said" ("W"); a PAGE-BREAK line mid-story ("B"); "Ambohidratrimo Trading S.A.R.L." ENDING a sentence before "The firm said ..." (both "W"); the wholesalers\' president, FAMILY NAME FIRST ("Rakotondrabe Haja Nirina"), with a forecast (""), stocks "He said" ("W") and "Rakotondrabe said" a quote over two sentences (""); "The growers\' federation Fimpiva said" a causal "because of flooding" (descriptor dropped, "W") and "It expects ..." (""); an economist behind the French "Pr" with an import share ("W") and a quote (""); a seller "known to his customers only as Andriamatoa Randria" (the honorific for "Mr." dropped, label "Randria", anecdote ""); a question subhead "" and "the minister said" sales would continue (a plan, ""); a second page-break line ("B"). Tail: a URL line and a three-sentence copyright and reproduction notice (all "B").',
    'Omani ENGLISH DAILY\'S APP, its article text SHARED, a NEW BUS SERVICE: the state transport company Mwasalat launches a Muscat–Nizwa express at RO 2.500 a trip. Head: a shared-from line and a section label ("B"); headline of record "W" with a three-decimal rial price; standfirst "... company says" ("W", carrying "Mwasalat" as the body names it, the descriptor "The state-owned public transport company" dropped); byline and date line ("B"); a caption "" and its credit ("B"). Body: "MUSCAT:" lead "it said on Monday" ("W"), concession fares "the company said" ("W", generic noun kept); departures ENDING "6 p.m." before "The trip, via Bidbid and Izki, ..." (both "W"); the chief operating officer behind "Eng." with an OMANI NAME WITH "bin" ("Ahmed bin Nasser al-Farsi", "W"); "Sahil Leasing SAOG." ENDING a sentence before "Al-Farsi said ..." (the family name, capitalised at the start of the sentence, resolving; both "W"), his quote ("") and on-board rules "the company said" ("W"); an ADVERTISEMENT label and a two-sentence notification prompt in prose ("B"); the ministry "said in a statement" a plan for five routes by 2030 ("") and "It said" the others (""); "Ministerial Decision No. 118/2025" (no split, a rule, "W"); the Wali of Nizwa behind "H.E. Sheikh" (titles dropped) with a hope ("") and visitor numbers ("W"); "Falaj Digital Services LLC." ENDING a sentence before "The firm said ..." (both "W"); a teacher with "bint" ("Maryam bint Said al-Kindi") and her own fuel costs (""), named again AFTER her quote by a TEKNONYM, "said Umm Hamad, as her colleagues call her" (resolving to her full name, ""); "Shared-taxi drivers at the Nizwa souq said" (kept as written, a forecast ""); a driver\'s own fare (a seller\'s price, "W"), his QUESTION before "he asked." and a two-word follow-up ("" twice, cue "asked"); passengers "according to the National Centre for Statistics and Information (NCSI)" and traffic "according to the ministry" ("W"); deaths "The Royal Oman Police said" ("W"); "Mwasalat expects ..." (""); a question subhead "" and the return fare "RO 4.500" ("W"); an also-read line ("B"). Tail: an app-download line and a copyright line split at "SAOC." before "All rights reserved." (all "B").',
    'Kuwaiti ENGLISH DAILY\'S WEBSITE, desktop browser paste, a Q&A INTERVIEW with NAME-PREFIXED TURNS: the head of the co-operative societies\' union on a Ramadan price freeze. Head: masthead, menu, section label (all "B"); headline "..., says co-op union chief" ("W", the role noun carrying "Bader Hamoud al-Dousari" as the body names him); a standfirst teaser (no claim, ""); byline/date line and share line ("B"); a caption "" and a bracketed credit ("B"). Intro: a market share "according to the Ministry of Commerce and Industry" ("W"); the freeze (an act, no speaker, "W"); "We spoke to ..." (""); a two-sentence translation note ("B"). Turns: the paper\'s questions "The Dasman Daily: ..." carry no speaker ("" each, a question split from the statement before it, "Dates seem more expensive this year." / "Why?"), except one that cites a source, "Shoppers in Jahra say" a price of "KD 3.750" ("W", speaker the group, cue "say"); every sentence of an answer carries the interviewee with the prefix as written, "Al-Dousari:", as the cue: a list ENDING "lentils etc." before "The full list ..." (both "W"); the frozen price "KD 5.250" ("W"); a fine and closure rule ("W") against "That is the law, not my opinion." (""); past fines ("W" twice); a supplier ENDING "Wafra Farms Poultry Co. K.S.C.P." before "They resumed on Saturday." (both "W") and a preference (""); a causal claim and date prices "KD 2.900" and "KD 2.400" ("W"); a characterisation ("") and a dividend and a margin ("W"); advice ("") and a response time ("W"). A bio box: label "B" and a fact of record ("W", no speaker). Tail: a related headline, a two-sentence comments notice and a copyright line split at "K.S.C.C." before "All rights reserved." (all "B").',
    'Bahraini LOCAL NEWS SITE, PHONE BROWSER paste, a PARKING FEE: paid parking at 200 fils an hour around Manama\'s central souq from March 1. Head: a menu/masthead/search line and a crumb ("B"); headline of record "W"; standfirst "Shop owners say ...; municipality says ..." (a forecast and a plan, "", carrying the owners as the body gives them, "Shop owners in the souq"); byline and a date line ("B"); a caption "" and a bracketed credit ("B"). Body: the fee "the Capital Municipality said yesterday" ("W"), "it said" free hours "after 10pm" ("W") and a grace period (no speaker, "W"); "The municipality said" bays and machines (a scheme being installed by those who run it, "W"); "Seef Parking Solutions W.L.L." ENDING a sentence before "The company won ..., according to the Tender Board\'s website." (both "W"); the director behind "Eng." with a survey finding ("W"), a quote over two sentences ("") and fines ("W"); the zone ENDING "Government Ave." before "It includes ..." (both "W"); "The municipality expects ..." (a forecast, ""); "Advertisement", "Story continues below" and a two-sentence Instagram prompt in prose ("B"); "Shop owners in the souq said" (a forecast, ""); a perfume seller named AFTER his quote, with a GULF TEKNONYM, "known in the souq as Bu Jassim, after his eldest son" (""), his QUESTION with prices before "he asked." ("") and "Bu Jassim said" his shop\'s history (the teknonym resolving to "Abdulrahman Yousif Buallay", anecdote ""); a board member behind "Dr." with the board\'s vote ("W") and her own vote ("W"), and "Dr. Abdulla said" a quote (surname resolving, ""); a question subhead ""; "Buhiji said" a permit price and "She said" an opening date, after two women (the one just named, "W"); vehicles "according to the Information & eGovernment Authority" ("W"); "A spokesman for the Bahrain Chamber of Commerce and Industry said it would ask ..." (kept as written, a plan ""); an update note in prose "at 3:40pm" ("B"). Tail: a share line, a more-from label and one headline, a contact line "Bldg. 1041, Rd. 3614, Blk. 336, Manama, ..." NOT split, a copyright line split at "W.L.L." before "All rights reserved." (all "B").',
    'Iraqi ENGLISH-LANGUAGE NEWS SITE (Baghdad), desktop browser paste with a COOKIE BANNER and COMMENTS, a PRICE CAP: the provincial council caps private generator charges at 14,000 dinars an ampere for June. Head: masthead, a menu with an Arabic entry, a two-sentence cookie notice and its buttons, crumb (all "B"); headline of record "W"; standfirst "Council says ...; residents ... say ..." (a sanction rule and a price claim, "W", carrying "The Baghdad Provincial Council" as the lead gives it); byline and date line ("B"); a caption "" and its credit ("B"). Body: "BAGHDAD —" lead, an act with "(about $10.70)" (no speaker, "W"); the golden-line price "the council said in a statement on Tuesday" ("W", generic noun kept) and May\'s price ("W"); the energy committee chairman behind "Eng." with an IRAQI FOUR-PART NAME ("Haider Jabbar Kadhim al-Saadi"), a causal claim and the diesel quota ("W"), his sanction rule "al-Saadi told The Rafidain Record" (lower-case family name resolving, "W") and the quote RUNNING INTO A NEW PARAGRAPH with a plan ("" twice, same cue); the ministry\'s supply and record output ("W") against "It said demand would reach ..." (a forecast, ""); "An official at the ministry who was not authorised to speak to the media said" (the clause left out, a causal loss, "W"); an ADVERTISEMENT label and a two-sentence support appeal in prose ("B"); "residents said" a price ("W"); a father "who goes by Abu Ali" (anecdote "") and "Abu Ali said" (the TEKNONYM resolving to "Muntadhar Mizher Hamdan", ""); a generator owner "who gave his name only as Hajji Salman" (the honorific dropped, label "Salman") with his own subscribers and fuel (a business\'s figures, "W"), his opinion and a conditional promise (""); generators "according to the provincial government" and heat "according to the Iraqi Meteorological Organisation" ("W"); a researcher named AFTER her QUESTION, "asked Dr. Rusul Talib Hasan, ..." (no split at "Dr.", "") and "She said" flared gas ("W"); a question subhead ""; a hotline "the council said" ("W") and fines "it said" ("W", "it" resolving to the council\'s full name). Tail: tags, a comment count, a reader\'s comment split into two sentences, a related label and headline, a copyright line split at "Co. Ltd." before "All rights reserved." (all "B").',
]

ARTICLES = [
    [  # 1. Tunisia, business news website, desktop
        [("BYRSA BUSINESS", "", "", "B")],
        [
            (
                "Markets   Agriculture   Energy   Tourism   Tech   Opinion   Français   العربية",
                "",
                "",
                "B",
            )
        ],
        [("Sign in | Subscribe from 9 TND a month", "", "", "B")],
        [("AGRICULTURE › OLIVE OIL", "", "", "B")],
        [
            (
                "Olive oil exports hit 9.4 billion dinars as Tunisia ships a record 342,000 tonnes",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Oil office says Spain and Italy took 61% of shipments; Sfax millers say bottling lines cannot keep up",
                "the National Oil Office",
                "says",
                "W",
            )
        ],
        [("By Amel Chaouachi-Ferjani | 11 November 2027 at 09:40 | Updated at 11:05", "", "", "B")],
        [
            (
                "Workers unload olives at a mill on the Gremda road outside Sfax on Tuesday.",
                "",
                "",
                "",
            ),
            ("Photo: Byrsa Business / Skander Ouertani", "", "", "B"),
        ],
        [
            (
                "TUNIS — Tunisia exported 342,000 tonnes of olive oil in the 2026-27 season, which ended on 31 October, the most in its history, earning 9.4 billion dinars, the National Oil Office (ONH) said on Wednesday.",
                "the National Oil Office",
                "said",
                "W",
            )
        ],
        [
            (
                "Volumes rose 27% from the previous season, but earnings rose only 4% because world prices fell by about a fifth, it said.",
                "the National Oil Office",
                "said",
                "W",
            )
        ],
        [
            (
                "Spain bought 118,000 tonnes and Italy 91,000, almost all of it in bulk, according to the office's monthly bulletin.",
                "the office's monthly bulletin",
                "according to",
                "W",
            ),
            ("Packaged oil made up 14.6% of exports, up from 11.2% a season earlier.", "", "", "W"),
        ],
        [
            (
                "The office's director-general, Sonia Ben Hmida Mzali, told a news conference in Tunis that the average export price had been 27.5 dinars a kilogram, against 34.1 dinars in 2025-26.",
                "Sonia Ben Hmida Mzali",
                "told a news conference in Tunis",
                "W",
            )
        ],
        [
            (
                "“We have never sold so much oil, and we have rarely sold it so cheaply,” she said.",
                "Sonia Ben Hmida Mzali",
                "said",
                "",
            )
        ],
        [
            ("“The trees gave everything they had this year.", "Sonia Ben Hmida Mzali", "said", ""),
            ("Next year they will rest, and so will we.”", "Sonia Ben Hmida Mzali", "said", ""),
        ],
        [
            (
                "Ms. Ben Hmida Mzali said the office expected the 2027-28 harvest to yield about 260,000 tonnes of oil after a dry spring in the centre and south.",
                "Sonia Ben Hmida Mzali",
                "said",
                "",
            )
        ],
        [("Read also: Gafsa phosphate output falls for a third month", "", "", "B")],
        [
            ("Byrsa Business is free to read thanks to our subscribers.", "", "", "B"),
            (
                "For 9 dinars a month, you can keep independent economic journalism in Tunisia open to everyone.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "In Sfax, where about a third of the country's 1,700 mills are located, millers said their bottling lines were running around the clock.",
                "millers",
                "said",
                "W",
            )
        ],
        [
            (
                "The largest mill on the Gremda road belongs to Huilerie Kallel & Fils S.A.",
                "",
                "",
                "W",
            ),
            (
                "Its manager, Hatem Kallel, said the mill had pressed 1,900 tonnes of olives since 20 October, a third more than in the same period last year.",
                "Hatem Kallel",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The olives come in faster than the bottles,” Kallel said, standing beside a pallet of five-litre tins.",
                "Hatem Kallel",
                "said",
                "",
            )
        ],
        [
            (
                "He said he planned to buy a second bottling line from an Italian maker before the next harvest.",
                "Hatem Kallel",
                "said",
                "",
            )
        ],
        [
            (
                "At home, a litre of extra virgin oil sold for between 15 and 18 dinars in the capital's markets this week, according to the trade ministry's price observatory.",
                "the trade ministry's price observatory",
                "according to",
                "W",
            )
        ],
        [
            (
                "The ministry said 1.2 million litres would be sold at 12.900 dinars a litre in approved shops from 1 December, under a decree published in the official gazette on Tuesday.",
                "The ministry",
                "said",
                "W",
            )
        ],
        [
            (
                "“Twelve dinars nine hundred is still a day's wage for some families,” said Latifa Ghorbel, 63, a retired teacher shopping at the Marché Central.",
                "Latifa Ghorbel",
                "said",
                "",
            )
        ],
        [
            (
                "She said she used to buy 20 litres a year straight from a cousin's mill in Mahdia.",
                "Latifa Ghorbel",
                "said",
                "",
            ),
            (
                "Now the cousin sells everything to exporters, she said.",
                "Latifa Ghorbel",
                "said",
                "",
            ),
        ],
        [
            (
                "Economist Néjib Ayadi-Gharbi, who teaches at the University of Carthage, said the sector remained “a hostage to bulk sales”.",
                "Néjib Ayadi-Gharbi",
                "said",
                "",
            )
        ],
        [
            (
                "He noted that packaged oil had fetched on average 38% more per kilogram than bulk oil last season.",
                "Néjib Ayadi-Gharbi",
                "noted",
                "W",
            ),
            (
                "If Tunisia doubled its packaged share, export earnings would rise by about 1.5 billion dinars a year, he estimated.",
                "Néjib Ayadi-Gharbi",
                "estimated",
                "",
            ),
        ],
        [
            (
                "Under a 2019 decree, exporters must declare every bulk shipment to the office at least 48 hours before loading.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The port of Sfax handled 41% of olive oil shipments last season, the Merchant Navy and Ports Office said.",
                "the Merchant Navy and Ports Office",
                "said",
                "W",
            )
        ],
        [("What happens to prices next?", "", "", "")],
        [
            (
                "The office said it would publish its first estimate of the new harvest on 25 November at 10 a.m.",
                "The office",
                "said",
                "W",
            ),
            (
                "Millers expect it to confirm a smaller crop and higher prices at the mill gate.",
                "Millers",
                "expect",
                "",
            ),
        ],
        [("Olive oil exports by destination, 2026-27 season", "", "", "B")],
        [("Country | Tonnes | Share", "", "", "B")],
        [("Spain | 118,000 | 34.5%", "", "", "")],
        [("Italy | 91,000 | 26.6%", "", "", "")],
        [("United States | 47,000 | 13.7%", "", "", "")],
        [("Source: National Oil Office (ONH)", "", "", "B")],
        [("Share: Facebook | LinkedIn | X | WhatsApp", "", "", "B")],
        [
            ("© 2027 Byrsa Business Média S.A.R.L.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [  # 2. Algeria, news agency wire copy, subscriber terminal
        [("NUMIDIA PRESS AGENCY | English Service | Client Terminal", "", "", "B")],
        [
            (
                "Slug: ALGERIA-EDUCATION/BACCALAUREATE (UPDATE 1) | Category: Society | Priority: 3 | 652 words",
                "",
                "",
                "B",
            )
        ],
        [("Filed 18.07.2027 15:48 CET | Moved 18.07.2027 16:02 CET", "", "", "B")],
        [
            (
                "Update note: Adds higher education ministry statement in paragraphs 16-18; corrects candidate's age in paragraph 6.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Algeria's baccalaureate pass rate rises to 58.7%; Tizi Ouzou tops provinces for ninth year",
                "",
                "",
                "W",
            )
        ],
        [("* 476,300 of 811,400 candidates pass", "", "", "W")],
        [
            (
                "* Ministry says 1,912 candidates caught cheating, 212 barred for five years",
                "the Ministry of National Education",
                "says",
                "W",
            )
        ],
        [("* Results online from 5 p.m.; university registration opens July 21", "", "", "W")],
        [
            (
                "ALGIERS, July 18 (NPA) - Some 58.7% of candidates passed Algeria's baccalaureate this year, up from 55.1% in 2026, Education Minister Mourad Haddadi-Ouali told a news conference on Sunday.",
                "Mourad Haddadi-Ouali",
                "told a news conference",
                "W",
            )
        ],
        [
            (
                "He said 476,300 of the 811,400 candidates who sat the exam from June 13 to 17 had passed, among them 61,200 private candidates.",
                "Mourad Haddadi-Ouali",
                "said",
                "W",
            )
        ],
        [
            (
                '"This is the best result in ten years, and it belongs to the teachers," Haddadi-Ouali said.',
                "Mourad Haddadi-Ouali",
                "said",
                "",
            )
        ],
        [
            (
                "Results will be posted on the website of the Ministry of National Education from 5 p.m.",
                "",
                "",
                "W",
            ),
            (
                "Candidates can also receive them by text message by sending their registration number to 1530, the ministry said.",
                "the ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tizi Ouzou province had the highest pass rate, 74.2%, for the ninth year running, followed by Bejaia and Algiers, according to ministry figures.",
                "ministry figures",
                "according to",
                "W",
            )
        ],
        [
            (
                "The country's best mark, 19.61 out of 20, went to Lina Ait Mokhtar, 17, a mathematics candidate at a secondary school in Azazga.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Reached by telephone, she said she had slept for two hours the night before the mathematics paper.",
                "Lina Ait Mokhtar",
                "said",
                "",
            )
        ],
        [
            ('"My mother was more nervous than I was," she said.', "Lina Ait Mokhtar", "said", ""),
            ("She said she wanted to study medicine in Algiers.", "Lina Ait Mokhtar", "said", ""),
        ],
        [
            (
                "The ministry said 1,912 candidates had been caught cheating, most of them with mobile phones or wireless earpieces, and 212 had been barred from sitting any national exam for five years.",
                "The ministry",
                "said",
                "W",
            )
        ],
        [
            (
                "Mobile internet was cut nationwide for about two hours each morning of the exam week to stop papers leaking online, as it has been every June since 2016.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "A ministry official, speaking on condition of anonymity, said the cuts would continue next year.",
                "A ministry official",
                "said",
                "",
            )
        ],
        [("--- NPA PICTURE AVAILABLE: ALG-BAC-0718-04 ---", "", "", "B")],
        [
            (
                "Lamia Hamou-Aissat, spokeswoman for the National Federation of Parents' Associations, said the federation had received 430 complaints from physics candidates.",
                "Lamia Hamou-Aissat",
                "said",
                "W",
            )
        ],
        [
            (
                '"The second exercise was simply not in the syllabus," she said.',
                "Lamia Hamou-Aissat",
                "said",
                "",
            )
        ],
        [
            (
                "The ministry's inspector-general, Pr Karim Seddiki, said a committee of inspectors had checked the paper against the syllabus and found it compliant.",
                "Karim Seddiki",
                "said",
                "W",
            ),
            (
                "He said markers had been instructed to mark the exercise leniently.",
                "Karim Seddiki",
                "said",
                "W",
            ),
        ],
        [
            (
                "Private tutoring firm Tadris Plus SPA, which runs 34 centres, said enrolment in its summer courses had doubled since May.",
                "Tadris Plus SPA",
                "said",
                "W",
            )
        ],
        [
            (
                "The papers were printed by the state school publications office and taken to 2,570 exam centres by a haulier, Sahel Transit EURL.",
                "",
                "",
                "W",
            ),
            (
                "The company said its 96 lorries had travelled under gendarmerie escort.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Registration for university places opens on July 21 and closes at midnight on July 29, the Ministry of Higher Education and Scientific Research said in a separate statement.",
                "the Ministry of Higher Education and Scientific Research",
                "said in a separate statement",
                "W",
            )
        ],
        [
            (
                "Only candidates with an average of 15 or more may apply for medicine, pharmacy and dentistry, it said.",
                "the Ministry of Higher Education and Scientific Research",
                "said",
                "W",
            )
        ],
        [
            (
                "It expects about 310,000 new students to enrol in September.",
                "the Ministry of Higher Education and Scientific Research",
                "expects",
                "",
            ),
            (
                "In 2026, 289,000 first-year students enrolled, according to ministry data.",
                "ministry data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Djamel Ferhat-Kaci, who has taught philosophy at a Blida secondary school for 22 years, said his class had its best results since he started.",
                "Djamel Ferhat-Kaci",
                "said",
                "",
            )
        ],
        [('"When they pass, the whole street knows," he said.', "Djamel Ferhat-Kaci", "said", "")],
        [
            (
                '"The women ululate from the balconies and the boys drive round honking until two in the morning."',
                "Djamel Ferhat-Kaci",
                "said",
                "",
            )
        ],
        [("The national pass rate has not fallen below 50% since 2013.", "", "", "W")],
        [("-- ENDS --", "", "", "B")],
        [
            (
                "(Reporting by Yasmina Belaid-Touati in Algiers and Sofiane Ait Hamouda in Tizi Ouzou; editing by Hocine Merabet)",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Related slugs: ALGERIA-WEATHER/HEATWAVE (July 16), ALGERIA-TRANSPORT/RAIL (July 12)",
                "",
                "",
                "B",
            )
        ],
        [
            ("© 2027 Numidia Press Agency SPA.", "", "", "B"),
            ("Redistribution without written consent is prohibited.", "", "", "B"),
        ],
        [("Desk: +213 21 70 44 18 | english@numidia-press.dz", "", "", "B")],
    ],
    [  # 3. Sudan, weekly email newsletter, webmail
        [("Inbox", "", "", "B")],
        [
            (
                "The Mogran Monday: Bread up again in Port Sudan, and a gas queue in Kassala",
                "",
                "",
                "B",
            )
        ],
        [("Mogran Media <monday@mogranmedia.org>", "", "", "B")],
        [("to me", "", "", "B")],
        [("Mon, 8 Mar 2027, 07:02", "", "", "B")],
        [("View this email in your browser", "", "", "B")],
        [("THE MOGRAN MONDAY · Issue 142", "", "", "B")],
        [
            ("Good morning, and welcome back.", "", "", ""),
            ("This week we visited three markets and stood in one very long queue.", "", "", ""),
        ],
        [
            (
                "The Mogran Monday is written by our reporters in Port Sudan, Kassala and Gedaref.",
                "",
                "",
                "B",
            ),
            ("It is free because readers chip in; if you can, please support us.", "", "", "B"),
        ],
        [("BREAD: SDG 1,500 FOR A BAG OF FIVE IN PORT SUDAN", "", "", "W")],
        [
            (
                "Bakeries in Port Sudan raised the price of a bag of five loaves to SDG 1,500 from SDG 1,200 on Saturday, the Red Sea State bakers' chamber said.",
                "the Red Sea State bakers' chamber",
                "said",
                "W",
            )
        ],
        [
            (
                "The chamber's secretary, Osman Babiker Elhaj Ali, said a 50-kilogram sack of imported flour now cost SDG 96,000 at the port's wholesale market, 18% more than a month ago.",
                "Osman Babiker Elhaj Ali",
                "said",
                "W",
            )
        ],
        [
            (
                "Osman said the rise followed a fall in the pound on the parallel market.",
                "Osman Babiker Elhaj Ali",
                "said",
                "W",
            )
        ],
        [
            (
                "“We do not raise prices because we want to,” he told us.",
                "Osman Babiker Elhaj Ali",
                "told us",
                "",
            ),
            (
                "“We raise them so that we can open tomorrow.”",
                "Osman Babiker Elhaj Ali",
                "told us",
                "",
            ),
        ],
        [
            (
                "The pound traded at about SDG 3,150 to the dollar on the parallel market in Port Sudan on Sunday, according to currency dealers.",
                "currency dealers",
                "according to",
                "W",
            ),
            ("The Central Bank of Sudan's official rate was SDG 2,610.", "", "", "W"),
        ],
        [
            (
                "At a bakery in Deim Arab, Nafisa Adam Hamid, 70, whom everyone in the queue called Haboba, or grandmother, bought two bags for her 11 grandchildren.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "“Two bags used to last us three days,” said Haboba Nafisa.",
                "Nafisa Adam Hamid",
                "said",
                "",
            ),
            ("“Now they last one.”", "Nafisa Adam Hamid", "said", ""),
        ],
        [("COOKING GAS: KASSALA CAPS CYLINDER AT SDG 48,000", "", "", "W")],
        [
            (
                "Kassala State's finance ministry capped the price of a 12.5-kilogram gas cylinder at SDG 48,000 on Wednesday, in a decree posted on its Facebook page.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Distributors who charge more face a fine of SDG 500,000 and the loss of their licence, the decree says.",
                "Kassala State's finance ministry",
                "says",
                "W",
            )
        ],
        [
            (
                "Our reporter counted about 200 people waiting outside the Al-Sawagi gas depot from 7 a.m.",
                "",
                "",
                "W",
            ),
            ("By noon the depot had run out.", "", "", "W"),
        ],
        [
            (
                "A depot worker who asked not to be named told us the depot received 600 cylinders a week but had been promised 1,500.",
                "A depot worker",
                "told us",
                "W",
            )
        ],
        [("— Advertisement —", "", "", "B")],
        [
            ("Sawakin Remit Co. Ltd.", "", "", "B"),
            ("Send money home to Sudan in 15 minutes.", "", "", "B"),
        ],
        [("SORGHUM: GEDAREF PRICES FALL AFTER A GOOD HARVEST", "", "", "W")],
        [
            (
                "A 90-kilogram sack of sorghum sold for SDG 118,000 at the Gedaref crop market last week, down from SDG 140,000 in January, according to the market's weekly bulletin.",
                "the market's weekly bulletin",
                "according to",
                "W",
            )
        ],
        [
            (
                "Traders blamed a large harvest and the closure of roads to the west.",
                "Traders",
                "blamed",
                "W",
            )
        ],
        [
            (
                "Ibrahim Tia Kuku, who farms 400 feddans near Doka, said he would store half his crop until the rains.",
                "Ibrahim Tia Kuku",
                "said",
                "",
            )
        ],
        [
            (
                "“I sold at 95,000 last year and I regretted it for months,” Kuku said.",
                "Ibrahim Tia Kuku",
                "said",
                "",
            )
        ],
        [
            (
                "The World Food Programme said in its latest market monitor that staple food prices in Sudan were on average 212% above their five-year average in February.",
                "The World Food Programme",
                "said in its latest market monitor",
                "W",
            )
        ],
        [("WHAT WE'RE WATCHING", "", "", "B")],
        [
            (
                "The Red Sea State government says it will open three more subsidised bread centres in Port Sudan by April.",
                "The Red Sea State government",
                "says",
                "",
            )
        ],
        [
            (
                "About 11.6 million people were displaced inside Sudan at the end of January, according to figures from the U.N.",
                "figures from the U.N.",
                "according to",
                "W",
            ),
            ("About 1.1 million of them live in Red Sea State.", "", "", "W"),
        ],
        [("YOU ASKED", "", "", "B")],
        [("Why is bread cheaper in Kassala than in Port Sudan?", "", "", "")],
        [
            (
                "Kassala's bakeries use flour milled locally from Gedaref wheat, which cost SDG 71,000 a sack last week, according to the Kassala bakers' chamber.",
                "the Kassala bakers' chamber",
                "according to",
                "W",
            ),
            ("A bag of five loaves there costs SDG 1,100.", "", "", "W"),
        ],
        [("That's it for this week.", "", "", "")],
        [("— Hiba, Tarig and Amna", "", "", "B")],
        [("You are receiving this email because you signed up at mogranmedia.org.", "", "", "B")],
        [("Unsubscribe | Update your preferences", "", "", "B")],
        [("Mogran Media, P.O. Box 1187, Port Sudan, Sudan", "", "", "B")],
    ],
    [  # 4. Mozambique, news site live blog, newest entry first
        [("MOÇAMBIQUE NOW", "", "", "B")],
        [("News   Maputo   Provinces   Business   Sport   Opinion   Português", "", "", "B")],
        [("● LIVE", "", "", "B")],
        [
            (
                "LIVE: Cyclone Nandile makes landfall near Angoche; INGD says 41,000 people in shelters",
                "The National Institute for Disaster Risk Management and Reduction",
                "says",
                "W",
            )
        ],
        [("Last updated 21:40 CAT, 2 February 2028", "", "", "B")],
        [("Key points", "", "", "B")],
        [
            (
                "Cyclone Nandile came ashore at about 16:30 some 25 km south of Angoche with sustained winds of 165 km/h.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Two people have died in Nampula province, according to the provincial police.",
                "the provincial police",
                "according to",
                "W",
            )
        ],
        [("Flights to and from Nampula are suspended until 10:00 on Thursday.", "", "", "W")],
        [
            ("Refresh this page for the latest updates.", "", "", "B"),
            ("All times are Central Africa Time (CAT).", "", "", "B"),
        ],
        [("21:40", "", "", "B")],
        [("Posted by Lurdes Mabunda in Nampula", "", "", "B")],
        [
            (
                "Chaúque told reporters at the emergency operations centre in Nampula city that 41,000 people were sheltering in 126 schools, churches and mosques in Nampula and Zambézia provinces.",
                "Aníbal Fernando Chaúque",
                "told reporters at the emergency operations centre in Nampula city",
                "W",
            )
        ],
        [
            ("“People listened this time,” he said.", "Aníbal Fernando Chaúque", "said", ""),
            (
                "“In 2019 many did not believe us until the water was inside their houses.”",
                "Aníbal Fernando Chaúque",
                "said",
                "",
            ),
        ],
        [("20:30", "", "", "B")],
        [("Key event", "", "", "B")],
        [
            (
                "Two people have died in Nampula province, Sub-Inspector Jacinta Muianga, spokeswoman for the provincial police command, said.",
                "Jacinta Muianga",
                "said",
                "W",
            )
        ],
        [
            (
                "She said a man of 54 was killed when a wall collapsed in Angoche at about 17:00, and a girl of 9 drowned when a flooded stream swept her away near Moma.",
                "Jacinta Muianga",
                "said",
                "W",
            )
        ],
        [("19:50", "", "", "B")],
        [
            (
                "The National Institute of Meteorology (INAM) said Nandile had weakened to a severe tropical storm and was moving west-southwest at 14 km/h.",
                "The National Institute of Meteorology",
                "said",
                "W",
            )
        ],
        [
            (
                "It expects more than 200 mm of rain in 24 hours over parts of Nampula and Zambézia, and rivers including the Ligonha could burst their banks.",
                "The National Institute of Meteorology",
                "expects",
                "",
            )
        ],
        [("19:15", "", "", "B")],
        [("Posted by Ivo Tembe in Maputo", "", "", "B")],
        [
            (
                "The state airline LAM said flights to and from Nampula were suspended until 10:00 on Thursday.",
                "LAM",
                "said",
                "W",
            )
        ],
        [
            (
                "Electricity utility EDM said 212,000 customers in Nampula province had no power.",
                "EDM",
                "said",
                "W",
            ),
            (
                "It said repair crews would not go out until the wind dropped below 60 km/h.",
                "EDM",
                "said",
                "",
            ),
        ],
        [("18:40", "", "", "B")],
        [
            (
                "In Angoche, fisherman Abdul Cassimo Amisse, 38, said he had pulled his boat 200 metres inland on Tuesday and tied it to a cashew tree.",
                "Abdul Cassimo Amisse",
                "said",
                "",
            )
        ],
        [
            (
                "“The sea here takes everything it can reach,” said Amisse, whom the neighbours call Tio Abdul.",
                "Abdul Cassimo Amisse",
                "said",
                "",
            )
        ],
        [("17:55", "", "", "B")],
        [
            (
                "The INGD's delegate in Nampula, Eng. Marta Nhantumbo Cuna, said 14 boats and two helicopters had been positioned in Angoche and Moma for rescues.",
                "Marta Nhantumbo Cuna",
                "said",
                "W",
            )
        ],
        [("16:45", "", "", "B")],
        [("Key event", "", "", "B")],
        [
            (
                "Cyclone Nandile made landfall at about 16:30 some 25 km south of Angoche, INAM said.",
                "The National Institute of Meteorology",
                "said",
                "W",
            ),
            (
                "Its maximum sustained winds were 165 km/h, with gusts of up to 210 km/h, it said.",
                "The National Institute of Meteorology",
                "said",
                "W",
            ),
        ],
        [("15:20", "", "", "B")],
        [
            (
                "The INGD urged people in coastal districts to stay indoors until the all-clear is given on Rádio Moçambique.",
                "The National Institute for Disaster Risk Management and Reduction",
                "urged",
                "",
            )
        ],
        [("13:10", "", "", "B")],
        [
            (
                "The port of Nacala closed at noon, according to its operator, Nacala Terminais, Lda.",
                "Nacala Terminais, Lda.",
                "according to",
                "W",
            ),
            ("Ships were sent to anchor 30 nautical miles offshore.", "", "", "W"),
        ],
        [("11:30", "", "", "B")],
        [
            (
                "The provincial education directorate closed all 1,840 schools in Nampula province for Wednesday and Thursday.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The provincial director of education, Felisberto Namashulua, said classes would resume on Monday in schools that inspectors found safe.",
                "Felisberto Namashulua",
                "said",
                "",
            )
        ],
        [("09:00", "", "", "B")],
        [("Posted by Lurdes Mabunda", "", "", "B")],
        [
            (
                "The National Institute for Disaster Risk Management and Reduction (INGD) raised its alert to red for eight coastal districts of Nampula and Zambézia at 06:00.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Its director-general, Aníbal Fernando Chaúque, said 73,000 people lived in the areas most at risk.",
                "Aníbal Fernando Chaúque",
                "said",
                "W",
            ),
            (
                "“Whoever can go to higher ground should go today,” he said.",
                "Aníbal Fernando Chaúque",
                "said",
                "",
            ),
        ],
        [("Load more updates", "", "", "B")],
        [
            ("© 2028 Moçambique Now – Índico Digital, Lda.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [  # 5. Angola, business portal, AMP page
        [("kwanzanegocios.ao › amp", "", "", "B")],
        [("KWANZA NEGÓCIOS", "", "", "B")],
        [("Economy › Transport", "", "", "B")],
        [("Luanda taxi fares rise to Kz 400 as petrol goes up by a third", "", "", "W")],
        [
            (
                "Drivers' union says the new fare is ‘the minimum to survive’; government promises more buses by September",
                "The Luanda Taxi Drivers' Union",
                "says",
                "",
            )
        ],
        [("Nelo Kapinga | 14 June 2027, 18:35 WAT", "", "", "B")],
        [("Share: WhatsApp · Facebook · X · Copy link", "", "", "B")],
        [
            (
                "A candongueiro minibus picks up passengers at the Mutamba terminal in central Luanda on Monday.",
                "",
                "",
                "",
            ),
            ("(Photo: Kwanza Negócios)", "", "", "B"),
        ],
        [
            (
                "LUANDA — The blue-and-white minibus taxis known in Luanda as candongueiros began charging Kz 400 a ride on Monday, up from Kz 300, after the government raised the pump price of petrol for the third time in 18 months.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Petrol now costs Kz 400 a litre and diesel Kz 300, the Institute for the Regulation of Petroleum Derivatives (IRDP) said in a notice published on Sunday night.",
                "the Institute for the Regulation of Petroleum Derivatives",
                "said in a notice published on Sunday night",
                "W",
            )
        ],
        [
            (
                "The notice said the change would save the state about Kz 1.1 trillion a year in subsidies.",
                "the Institute for the Regulation of Petroleum Derivatives",
                "said",
                "",
            )
        ],
        [
            (
                "The Luanda Taxi Drivers' Union (Sindtaxi) said its 62,000 members had agreed the new fare at a meeting in Viana on Sunday afternoon.",
                "The Luanda Taxi Drivers' Union",
                "said",
                "W",
            )
        ],
        [
            (
                "Its secretary-general, Domingos Kiala Mateus, said a driver spent about Kz 45,000 a day on fuel before the rise, and about Kz 60,000 now.",
                "Domingos Kiala Mateus",
                "said",
                "W",
            )
        ],
        [
            (
                "“Kz 400 is the minimum to survive,” Kiala Mateus said.",
                "Domingos Kiala Mateus",
                "said",
                "",
            ),
            ("“Nobody gets rich driving a candongueiro.”", "Domingos Kiala Mateus", "said", ""),
        ],
        [
            (
                "He said the union would resist any fine for drivers who refused to carry passengers at the old fare.",
                "Domingos Kiala Mateus",
                "said",
                "",
            )
        ],
        [
            (
                "Drivers who charge more than Kz 400 a ride face a fine of Kz 50,000, the Luanda provincial government said in a statement.",
                "the Luanda provincial government",
                "said in a statement",
                "W",
            )
        ],
        [
            (
                "Under a 2023 decree, taxi fares in Luanda province must be approved by the provincial government, which signed off on the new fare on Friday.",
                "",
                "",
                "W",
            )
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            ("Kwanza Negócios is on Telegram.", "", "", "B"),
            ("Follow us to get the day's economic news first.", "", "", "B"),
        ],
        [
            (
                "The Secretary of State for Transport, Eng. Joaquim Ndala Muhongo, told the public broadcaster TPA that 120 new buses for the state bus company, TCUL, would arrive by September.",
                "Joaquim Ndala Muhongo",
                "told the public broadcaster TPA",
                "",
            )
        ],
        [("He said TCUL fares remained at Kz 150 a trip.", "Joaquim Ndala Muhongo", "said", "W")],
        [
            (
                "At the Cacuaco roundabout before 6 a.m., queues for the few buses stretched along the road towards the city.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Feliciana Tchissola Bento, 41, who sells fish at the São Paulo market, said her trips to work and back now cost her Kz 1,600 a day.",
                "Feliciana Tchissola Bento",
                "said",
                "",
            )
        ],
        [
            (
                "“That is a kilo of fish gone before I sell anything,” said Dona Feliciana, as the other sellers call her.",
                "Feliciana Tchissola Bento",
                "said",
                "",
            ),
            (
                "She said she would walk the last stretch from Cazenga from now on.",
                "Feliciana Tchissola Bento",
                "said",
                "",
            ),
        ],
        [
            (
                "A driver on the Mutamba route, Sr. Adão Muxito, 52, said about half his passengers had tried to pay the old fare.",
                "Adão Muxito",
                "said",
                "",
            )
        ],
        [
            ("“I understand them.", "Adão Muxito", "said", ""),
            ("But the pump does not give me a discount,” he said.", "Adão Muxito", "said", ""),
        ],
        [
            (
                "About a third of Luanda's fuel stations are run by private distributors such as Kifangondo Combustíveis, Lda.",
                "",
                "",
                "W",
            ),
            (
                "The company said queues at its 14 stations were normal on Monday.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Lúcia Sangueve Kalueto, an economist at the Catholic University of Angola (UCAN), said transport was the second-biggest expense for poor households in Luanda after food.",
                "Lúcia Sangueve Kalueto",
                "said",
                "W",
            )
        ],
        [
            (
                "Annual inflation was 21.4% in May, according to the National Statistics Institute (INE).",
                "the National Statistics Institute",
                "according to",
                "W",
            ),
            ("Kalueto expects it to pass 24% by August.", "Lúcia Sangueve Kalueto", "expects", ""),
        ],
        [
            (
                "About 40 students protested briefly outside the provincial government building on Av. Comandante Valódia on Monday afternoon.",
                "",
                "",
                "W",
            )
        ],
        [("Will fares rise again?", "", "", "")],
        [
            (
                "The finance ministry has said fuel subsidies will be phased out completely by the end of 2028.",
                "The finance ministry",
                "has said",
                "",
            )
        ],
        [("FUEL AND FARES AT A GLANCE", "", "", "B")],
        [("Petrol: Kz 300 → Kz 400 a litre", "", "", "")],
        [("Diesel: Kz 200 → Kz 300 a litre", "", "", "")],
        [("Candongueiro ride: Kz 300 → Kz 400", "", "", "")],
        [("Sources: IRDP, Sindtaxi", "", "", "B")],
        [("View the full version of this page", "", "", "B")],
        [
            ("© 2027 Kwanza Negócios – Edições Muxima, S.A.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [  # 6. Malawi, daily newspaper's site, phone browser
        [("☰  CHAMBO DAILY  🔍", "", "", "B")],
        [("NEWS › AGRICULTURE", "", "", "B")],
        [("AIP fertiliser sales open at K15,000 a bag as farmers queue from dawn", "", "", "W")],
        [
            (
                "Minister says every registered farmer will get two bags, but some say their names are missing from the lists",
                "Wezi Mkandawire-Lungu",
                "says",
                "",
            )
        ],
        [("By Tiwonge Nyirenda-Banda", "", "", "B")],
        [("October 18, 2027 · 3 min read", "", "", "B")],
        [
            ("Farmers wait outside the ADMARC depot at Dedza boma on Monday morning.", "", "", ""),
            ("(Photo: Chambo Daily/Alinafe Chisale)", "", "", "B"),
        ],
        [
            (
                "Sales of subsidised fertiliser under the Affordable Inputs Programme (AIP) opened at 1,460 ADMARC and private outlets across the country on Monday, with a 50-kilogram bag selling at K15,000.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "That is up from K8,000 last season, the Ministry of Agriculture said in a statement on Sunday.",
                "the Ministry of Agriculture",
                "said in a statement on Sunday",
                "W",
            ),
            (
                "It said 1.5 million farming households had been registered, each entitled to one bag of NPK and one bag of urea.",
                "the Ministry of Agriculture",
                "said",
                "W",
            ),
        ],
        [
            (
                "Launching the sales in Dedza, Agriculture Minister Hon. Dr. Wezi Mkandawire-Lungu said the programme had been allocated K98 billion in this year's budget.",
                "Wezi Mkandawire-Lungu",
                "said",
                "W",
            )
        ],
        [
            (
                "“No farmer whose name is on the list will go home without fertiliser,” she said.",
                "Wezi Mkandawire-Lungu",
                "said",
                "",
            )
        ],
        [
            (
                "She said the price had risen because the kwacha had lost value against the dollar since April and urea cost 40% more on world markets than a year ago.",
                "Wezi Mkandawire-Lungu",
                "said",
                "W",
            )
        ],
        [
            ("At the Dedza depot, the first farmers arrived before 4 a.m.", "", "", ""),
            ("By 9 a.m. the queue reached the main road.", "", "", ""),
        ],
        [
            (
                "Chisomo Kaunda Banda, 58, who grows maize on two acres near Mayani, said her name was not on the list although she had bought fertiliser under the programme last year.",
                "Chisomo Kaunda Banda",
                "said",
                "",
            )
        ],
        [
            (
                "“They told me to go to the chief,” Mrs Banda said.",
                "Chisomo Kaunda Banda",
                "said",
                "",
            ),
            ("“The chief told me to go to the ministry.", "Chisomo Kaunda Banda", "said", ""),
            ("And the ministry is in Lilongwe.”", "Chisomo Kaunda Banda", "said", ""),
        ],
        [
            (
                "Group Village Head Kadzakalowa, who chairs the area's registration committee, said 46 names from his area had been left off the list by mistake.",
                "Kadzakalowa",
                "said",
                "W",
            ),
            ("He said they would be added by Friday.", "Kadzakalowa", "said", ""),
        ],
        [
            (
                "The ministry's spokesperson, Grace Mhango, said farmers missing from the lists could appeal to district agriculture offices until October 31.",
                "Grace Mhango",
                "said",
                "W",
            )
        ],
        [
            ("Chambo Daily is now on WhatsApp.", "", "", "B"),
            ("Join our channel for breaking news as it happens.", "", "", "B"),
        ],
        [("RELATED: ADMARC sets maize buying price at K750 per kg", "", "", "B")],
        [
            (
                "The fertiliser is being supplied by six firms, the largest share by Nkhamenya Agro Ltd.",
                "",
                "",
                "W",
            ),
            (
                "The firm said it had delivered 64,000 tonnes to depots by Saturday.",
                "The firm",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Smallholder Farmers Fertilizer Revolving Fund of Malawi (SFFRFM), which runs 120 of the outlets, said it had 110,000 tonnes in stock.",
                "The Smallholder Farmers Fertilizer Revolving Fund of Malawi",
                "said",
                "W",
            )
        ],
        [
            (
                "Tamanda Jere-Msowoya, an agricultural economist at the Lilongwe University of Agriculture and Natural Resources, said sales had started after the first rains in three of the last five seasons.",
                "Tamanda Jere-Msowoya",
                "said",
                "W",
            )
        ],
        [
            (
                "“Fertiliser in December is fertiliser wasted,” she said.",
                "Tamanda Jere-Msowoya",
                "said",
                "",
            )
        ],
        [
            (
                "Hon. Kondwani Mtambo, the opposition's spokesperson on agriculture, called the price “a betrayal of the poor”.",
                "Kondwani Mtambo",
                "called",
                "",
            ),
            (
                "He said a bag had cost K4,500 under the old Farm Input Subsidy Programme in 2019.",
                "Kondwani Mtambo",
                "said",
                "W",
            ),
        ],
        [("How do I know if I am on the list?", "", "", "")],
        [
            (
                "Lists are posted at every ADMARC depot and at the offices of agricultural extension development officers, the ministry said.",
                "the ministry",
                "said",
                "W",
            )
        ],
        [
            ("Farmers must bring their national ID card to buy.", "", "", "W"),
            ("Sales close on Jan. 15, 2028.", "", "", "W"),
        ],
        [("Share this: WhatsApp | Facebook | X", "", "", "B")],
        [("Comments (14)", "", "", "B")],
        [
            ("Mwale K.: Dedza depot had no urea by noon.", "", "", "B"),
            ("Sort this out!", "", "", "B"),
        ],
        [("Back to top ↑", "", "", "B")],
        [
            ("Copyright © 2027 Chambo Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [  # 7. Ivory Coast, French-language weekly's English edition, reader mode
        [("abidjan-lagune.ci", "", "", "B")],
        [
            (
                "Côte d'Ivoire raises cocoa farmgate price to 2,600 CFA francs a kilo for the main crop",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Farmers' leaders call the rise ‘a good start’ but warn that it will not stop beans crossing the border",
                "farmers' leaders",
                "call",
                "",
            )
        ],
        [("Aya Diomandé-Kacou", "", "", "B")],
        [("30 September 2027", "", "", "B")],
        [("6–8 minutes", "", "", "B")],
        [("This article was translated from French by our editorial team.", "", "", "B")],
        [
            (
                "The Coffee-Cocoa Council (CCC) set the guaranteed minimum farmgate price for the 2027-28 main crop at 2,600 CFA francs a kilogram on Wednesday, up from 2,300 CFA francs last season.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The price applies from 1 October until the end of March, the council said.",
                "the council",
                "said",
                "W",
            )
        ],
        [
            (
                "Its director-general, Gnahoré Tapé Didier, told reporters in Abidjan that the rise reflected world prices, which had averaged about $6,100 a tonne over the past six months.",
                "Gnahoré Tapé Didier",
                "told reporters in Abidjan",
                "W",
            )
        ],
        [
            (
                "“Producers are receiving 62% of the CIF price this season, above the 60% the law guarantees them,” Mr. Gnahoré said.",
                "Gnahoré Tapé Didier",
                "said",
                "W",
            )
        ],
        [
            ("“We did not raise the price to please anyone.", "Gnahoré Tapé Didier", "said", ""),
            (
                "We raised it because the market allowed it, and the farmer must see that.”",
                "Gnahoré Tapé Didier",
                "said",
                "",
            ),
        ],
        [
            (
                "He said buyers caught paying less than the minimum would lose their licences for the season.",
                "Gnahoré Tapé Didier",
                "said",
                "W",
            )
        ],
        [
            (
                "The price was set by Decree No. 2027-614 of 29 September 2027, according to the council.",
                "the council",
                "according to",
                "W",
            )
        ],
        [("ALSO READ | Robusta coffee price held at 1,500 CFA francs", "", "", "B")],
        [
            ("Our newsletter Cacao Matin arrives every weekday at 7 a.m.", "", "", "B"),
            ("Sign up free.", "", "", "B"),
        ],
        [
            (
                "In Soubré, in the south-west, which grows about a fifth of the country's cocoa, farmers' leaders welcomed the rise.",
                "farmers' leaders",
                "welcomed",
                "",
            )
        ],
        [
            (
                "“It is a good start,” said Koné Ténin Mariam, who heads a cooperative of 1,200 farmers in Méagui.",
                "Koné Ténin Mariam",
                "said",
                "",
            )
        ],
        [
            (
                "But she said her cooperative had lost about 80 tonnes of beans last season to buyers from across the border, where prices were higher.",
                "Koné Ténin Mariam",
                "said",
                "W",
            )
        ],
        [
            (
                "Mrs. Koné said a bag of fertiliser now cost 32,000 CFA francs, twice as much as in 2024.",
                "Koné Ténin Mariam",
                "said",
                "W",
            )
        ],
        [
            (
                "Ghana pays its farmers the equivalent of about 3,050 CFA francs a kilogram this season, according to the council's own calculations.",
                "the council's own calculations",
                "according to",
                "W",
            )
        ],
        [
            (
                "Dr. Assi Kouassi Fernand, a lecturer in agricultural economics at Félix Houphouët-Boigny University, said the rise would not end smuggling unless the gap with Ghana closed.",
                "Assi Kouassi Fernand",
                "said",
                "",
            )
        ],
        [
            (
                "“The border is 700 kilometres long, and beans do not carry passports,” Dr. Assi said.",
                "Assi Kouassi Fernand",
                "said",
                "",
            )
        ],
        [
            (
                "“We will go village by village,” said the head of the council's quality and anti-fraud department, Konan Amenan Blandine.",
                "Konan Amenan Blandine",
                "said",
                "",
            )
        ],
        [
            (
                "She said 214 tonnes of cocoa had been seized near the border since January and 17 lorry drivers arrested.",
                "Konan Amenan Blandine",
                "said",
                "W",
            )
        ],
        [
            (
                "An official at an exporting firm in San-Pédro, who asked not to be named, said the higher price would squeeze grinders' margins.",
                "An official at an exporting firm in San-Pédro",
                "said",
                "",
            )
        ],
        [
            (
                "Beans from the south-west leave mainly through the port of San-Pédro, where the largest exporter is Bandama Négoce S.A.",
                "",
                "",
                "W",
            ),
            (
                "The company said in an email that it had shipped 41,000 tonnes from San-Pédro last season.",
                "The company",
                "said in an email",
                "W",
            ),
        ],
        [
            (
                "In a village near Méagui, farmer Yao Kouadio Firmin, 47, said he would use the extra money to send his two daughters to secondary school in Soubré.",
                "Yao Kouadio Firmin",
                "said",
                "",
            )
        ],
        [
            (
                "“For the first time, the cocoa will pay for the school,” said Mr. Yao.",
                "Yao Kouadio Firmin",
                "said",
                "",
            )
        ],
        [("When is the mid-crop price set?", "", "", "")],
        [
            (
                "The council will announce the mid-crop price in early April, it said.",
                "The Coffee-Cocoa Council",
                "said",
                "W",
            )
        ],
        [
            (
                "Côte d'Ivoire produced about 1.9 million tonnes of cocoa in 2026-27, according to the council.",
                "the council",
                "according to",
                "W",
            )
        ],
        [("Main-crop farmgate price (CFA francs per kg)", "", "", "B")],
        [("Season | Price", "", "", "B")],
        [("2024-25 | 1,800", "", "", "")],
        [("2025-26 | 2,200", "", "", "")],
        [("2026-27 | 2,300", "", "", "")],
        [("2027-28 | 2,600", "", "", "")],
        [("Source: Coffee-Cocoa Council", "", "", "B")],
        [
            (
                "Original article: https://abidjan-lagune.ci/economie/cacao-prix-bord-champ-2600",
                "",
                "",
                "B",
            )
        ],
        [
            ("© 2027 Abidjan Lagune Presse SARL.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [  # 8. Madagascar, weekly newspaper, print view
        [("https://www.tanahorizon.mg/print/2027/05/14/vary-mora-anosibe", "", "", "B")],
        [("TANA HORIZON — The weekly of the Highlands", "", "", "B")],
        [("Print this page | Close window", "", "", "B")],
        [("Friday, 14 May 2027", "", "", "B")],
        [
            (
                "Cheap ‘vary mora’ rice returns at Ar 2,600 a kilo as market price tops Ar 3,800",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Ministry says more sales points will open by June; growers' federation expects paddy prices to ease with the harvest",
                "the Ministry of Trade and Consumption",
                "says",
                "",
            )
        ],
        [("By Fanja Rasoamanarivo", "", "", "B")],
        [
            ("Buyers wait at the vary mora sales point in Anosibe on Monday.", "", "", ""),
            ("Photo: Tana Horizon", "", "", "B"),
        ],
        [
            (
                "ANTANANARIVO — The government resumed sales of subsidised rice, known as vary mora, at 40 points across the capital on Monday, at Ar 2,600 a kilogram.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "On the open market, a kilogram of local rice cost between Ar 3,600 and Ar 3,900 this week, according to the Ministry of Trade and Consumption's weekly price survey.",
                "the Ministry of Trade and Consumption's weekly price survey",
                "according to",
                "W",
            )
        ],
        [
            (
                "The ministry said 18,000 tonnes of rice imported from Pakistan had been unloaded at the port of Toamasina since 2 May.",
                "The ministry",
                "said",
                "W",
            ),
            (
                "It said the number of sales points would rise to 60 by June.",
                "the Ministry of Trade and Consumption",
                "said",
                "",
            ),
        ],
        [
            (
                "The minister, Hajaniaina Andrianarivelo-Razafy, said each household could buy up to 5 kg a day on showing a national identity card.",
                "Hajaniaina Andrianarivelo-Razafy",
                "said",
                "W",
            )
        ],
        [
            (
                "“Rice is not a side dish for the Malagasy.",
                "Hajaniaina Andrianarivelo-Razafy",
                "said",
                "",
            ),
            ("It is the meal,” he said.", "Hajaniaina Andrianarivelo-Razafy", "said", ""),
        ],
        [
            (
                "Sales points are open from 7 a.m. to 3 p.m., Monday to Saturday, the ministry said.",
                "the ministry",
                "said",
                "W",
            )
        ],
        [
            (
                "In Anosibe, the line stretched past the taxi-brousse station by mid-morning.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Ramatoa Voahangy, 56, a laundress from Andavamamba who gave only her first name, said she had waited three hours to buy 5 kg for her family of seven.",
                "Voahangy",
                "said",
                "",
            )
        ],
        [
            ("“At Ar 3,800 we eat rice once a day,” she said.", "Voahangy", "said", ""),
            ("“With the vary mora, maybe twice.”", "Voahangy", "said", ""),
        ],
        [
            (
                "“Why does the vary mora always come back before an election?” asked Rakotoarisoa Mamy, a bus conductor further back in the line.",
                "Rakotoarisoa Mamy",
                "asked",
                "",
            )
        ],
        [
            (
                "In the capital, rice is sold mostly by the kapoaka, a condensed-milk tin holding about 285 grams; a kapoaka of local rice cost Ar 1,100 at the Isotry market on Wednesday.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Under a 2026 decree, retailers must display the price of rice per kilogram and per kapoaka.",
                "",
                "",
                "W",
            ),
            (
                "The ministry said inspectors had fined 36 shops in Antananarivo since January for failing to do so.",
                "The ministry",
                "said",
                "W",
            ),
        ],
        [("— Page 1 of 2 —", "", "", "B")],
        [
            (
                "The imported rice was bought through a tender won by Ambohidratrimo Trading S.A.R.L.",
                "",
                "",
                "W",
            ),
            (
                "The firm said the rice contained no more than 25% broken grains.",
                "The firm",
                "said",
                "W",
            ),
        ],
        [
            (
                "The president of the rice wholesalers' association, Rakotondrabe Haja Nirina, said the cheap rice would push market prices down by Ar 200 to Ar 300 a kilogram within a month.",
                "Rakotondrabe Haja Nirina",
                "said",
                "",
            )
        ],
        [
            (
                "He said his members held about 9,000 tonnes in warehouses in Antananarivo and Antsirabe.",
                "Rakotondrabe Haja Nirina",
                "said",
                "W",
            )
        ],
        [
            (
                "“We are not hiding rice,” Rakotondrabe said.",
                "Rakotondrabe Haja Nirina",
                "said",
                "",
            ),
            ("“We are waiting for customers.”", "Rakotondrabe Haja Nirina", "said", ""),
        ],
        [
            (
                "The growers' federation Fimpiva said the paddy harvest around Lake Alaotra had started three weeks late because of flooding in February.",
                "Fimpiva",
                "said",
                "W",
            ),
            (
                "It expects paddy prices to fall when the harvest peaks in June.",
                "Fimpiva",
                "expects",
                "",
            ),
        ],
        [
            (
                "Pr Tahina Ravelomanana-Rabe, an economist at the University of Antananarivo, said imports had covered about a sixth of the country's rice consumption in 2026.",
                "Tahina Ravelomanana-Rabe",
                "said",
                "W",
            )
        ],
        [
            (
                "“We import what we could grow ourselves,” she said.",
                "Tahina Ravelomanana-Rabe",
                "said",
                "",
            )
        ],
        [
            (
                "A rice seller at Isotry known to his customers only as Andriamatoa Randria said his sales by the kapoaka had halved since Monday.",
                "Randria",
                "said",
                "",
            )
        ],
        [("How long will the sales last?", "", "", "")],
        [
            (
                "Sales will continue until the imported stock runs out, the minister said.",
                "Hajaniaina Andrianarivelo-Razafy",
                "said",
                "",
            )
        ],
        [("— Page 2 of 2 —", "", "", "B")],
        [
            (
                "URL of this article: https://www.tanahorizon.mg/societe/vary-mora-anosibe",
                "",
                "",
                "B",
            )
        ],
        [
            ("© Tana Horizon 2027.", "", "", "B"),
            ("Printed for personal use only.", "", "", "B"),
            (
                "Reproduction without the written permission of the publisher is prohibited.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [  # 9. Oman, English daily's app, article text shared
        [("Shared from the Al Hajar Daily app", "", "", "B")],
        [("OMAN · TRANSPORT", "", "", "B")],
        [("Mwasalat launches Muscat–Nizwa express bus at RO 2.500 a trip", "", "", "W")],
        [
            (
                "Four departures a day each way from Azaiba; students and over-60s pay half, company says",
                "Mwasalat",
                "says",
                "W",
            )
        ],
        [("Saif al-Wahaibi | Muscat", "", "", "B")],
        [("Mon, 27 Sep 2027 · 8:14 PM", "", "", "B")],
        [
            (
                "A Mwasalat coach at the Azaiba bus station during a trial run last week.",
                "",
                "",
                "",
            ),
            ("Image: Al Hajar Daily", "", "", "B"),
        ],
        [
            (
                "MUSCAT: The state-owned public transport company Mwasalat will run four express buses a day in each direction between Muscat and Nizwa from October 3, with a one-way ticket costing RO 2.500, it said on Monday.",
                "Mwasalat",
                "said",
                "W",
            )
        ],
        [
            (
                "Students with a valid card and passengers over 60 will pay RO 1.250, the company said.",
                "the company",
                "said",
                "W",
            )
        ],
        [
            (
                "Buses will leave the Azaiba bus station at 6 a.m., 10 a.m., 2 p.m. and 6 p.m.",
                "",
                "",
                "W",
            ),
            ("The trip, via Bidbid and Izki, takes about 1 hour 50 minutes.", "", "", "W"),
        ],
        [
            (
                "Eng. Ahmed bin Nasser al-Farsi, Mwasalat's chief operating officer, said 11 new 45-seat coaches had been delivered for the route.",
                "Ahmed bin Nasser al-Farsi",
                "said",
                "W",
            )
        ],
        [
            ("The coaches are leased from Sahil Leasing SAOG.", "", "", "W"),
            (
                "Al-Farsi said the lease ran for seven years.",
                "Ahmed bin Nasser al-Farsi",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Nizwa is the heart of the interior, and for many families the trip to Muscat is a weekly one,” he said.",
                "Ahmed bin Nasser al-Farsi",
                "said",
                "",
            )
        ],
        [
            (
                "The coaches have Wi-Fi and charging points, and luggage is limited to 23 kg per passenger, the company said.",
                "the company",
                "said",
                "W",
            )
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            ("Get breaking news from Oman on your phone.", "", "", "B"),
            ("Turn on notifications in the app's settings.", "", "", "B"),
        ],
        [
            (
                "The Ministry of Transport, Communications and Information Technology said in a statement that the route was the first of five intercity express services it planned to launch by 2030.",
                "The Ministry of Transport, Communications and Information Technology",
                "said in a statement",
                "",
            )
        ],
        [
            (
                "It said the others would link Muscat with Sohar, Sur, Ibri and Ibra.",
                "The Ministry of Transport, Communications and Information Technology",
                "said",
                "",
            )
        ],
        [
            (
                "Ministerial Decision No. 118/2025 requires intercity coaches to have a seat belt for every passenger and a speed limiter set at 100 km/h.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "At the launch in Nizwa, H.E. Sheikh Hilal bin Saud al-Mamari, the Wali of Nizwa, said the service would bring more visitors to the town's fort and souq.",
                "Hilal bin Saud al-Mamari",
                "said",
                "",
            ),
            (
                "He said the fort had received 412,000 visitors in 2026.",
                "Hilal bin Saud al-Mamari",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tickets are sold on the Mwasalat app and at the Azaiba and Nizwa stations, with payments handled by Falaj Digital Services LLC.",
                "",
                "",
                "W",
            ),
            (
                "The firm said it had processed 2.3 million bus tickets in 2026.",
                "The firm",
                "said",
                "W",
            ),
        ],
        [
            (
                "Maryam bint Said al-Kindi, a teacher who drives from Nizwa to Muscat on Sundays and back on Thursdays, said she spent about RO 12 a week on fuel.",
                "Maryam bint Said al-Kindi",
                "said",
                "",
            )
        ],
        [
            (
                "“If the bus is on time, I will leave the car at home,” said Umm Hamad, as her colleagues call her.",
                "Maryam bint Said al-Kindi",
                "said",
                "",
            )
        ],
        [
            (
                "Shared-taxi drivers at the Nizwa souq said the bus would take their customers.",
                "Shared-taxi drivers at the Nizwa souq",
                "said",
                "",
            )
        ],
        [
            (
                "Salim bin Khalfan al-Rawahi, who has driven a shared taxi between Nizwa and Ruwi since 1998, said he charged RO 3 a seat.",
                "Salim bin Khalfan al-Rawahi",
                "said",
                "W",
            )
        ],
        [
            (
                "“Will the bus wait for a passenger who is late?” he asked.",
                "Salim bin Khalfan al-Rawahi",
                "asked",
                "",
            ),
            ("“I wait.”", "Salim bin Khalfan al-Rawahi", "asked", ""),
        ],
        [
            (
                "Mwasalat carried 5.6 million passengers in 2026, 14% more than in 2025, according to the National Centre for Statistics and Information (NCSI).",
                "the National Centre for Statistics and Information",
                "according to",
                "W",
            )
        ],
        [
            (
                "About 38,000 vehicles a day used the Muscat–Nizwa road at Fanja last year, according to the ministry.",
                "the ministry",
                "according to",
                "W",
            )
        ],
        [
            (
                "The Royal Oman Police said 23 people had died in accidents on the road in 2026.",
                "The Royal Oman Police",
                "said",
                "W",
            )
        ],
        [
            (
                "Mwasalat expects the route to carry 900 passengers a day within a year.",
                "Mwasalat",
                "expects",
                "",
            )
        ],
        [("Is there a return fare?", "", "", "")],
        [
            (
                "A return ticket costs RO 4.500 if both legs are bought together, the company said.",
                "the company",
                "said",
                "W",
            )
        ],
        [("Also read: Muscat Expressway lanes to close at night from Sunday", "", "", "B")],
        [("Download the Al Hajar Daily app: App Store | Google Play | AppGallery", "", "", "B")],
        [
            ("Al Hajar Daily © 2027 Al Hajar Media & Publishing SAOC.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [  # 10. Kuwait, English daily's website, Q&A interview, desktop
        [("THE DASMAN DAILY", "", "", "B")],
        [
            (
                "Local   Business   Gulf   World   Opinion   Interviews   Sports   E-paper",
                "",
                "",
                "B",
            )
        ],
        [("INTERVIEWS", "", "", "B")],
        [
            (
                "Prices of 400 staples frozen until the end of Ramadan, says co-op union chief",
                "Bader Hamoud al-Dousari",
                "says",
                "W",
            )
        ],
        [
            (
                "Bader Hamoud al-Dousari on price caps, empty shelves in Jahra and why dates cost more this year",
                "",
                "",
                "",
            )
        ],
        [("By Noura Khalid al-Hajeri | February 2, 2027 | 10:15 AM", "", "", "B")],
        [("Share on: Facebook  X  WhatsApp  LinkedIn", "", "", "B")],
        [
            (
                "Bader Hamoud al-Dousari at the union's headquarters in Shuwaikh on Sunday.",
                "",
                "",
                "",
            ),
            ("(Photo by Talal al-Sabti)", "", "", "B"),
        ],
        [
            (
                "Kuwait's co-operative societies sell about 70% of the country's groceries, according to the Ministry of Commerce and Industry.",
                "the Ministry of Commerce and Industry",
                "according to",
                "W",
            )
        ],
        [
            (
                "Ahead of Ramadan, the ministry and the Union of Consumer Co-operative Societies agreed last week to freeze the prices of 400 basic goods until the end of the holy month.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "We spoke to the union's chairman, Bader Hamoud al-Dousari, at its headquarters in Shuwaikh on Sunday.",
                "",
                "",
                "",
            )
        ],
        [
            ("The interview was conducted in Arabic.", "", "", "B"),
            ("It has been translated and edited for length and clarity.", "", "", "B"),
        ],
        [("The Dasman Daily: Which goods does the freeze cover?", "", "", "")],
        [
            (
                "Al-Dousari: Rice, flour, sugar, cooking oil, milk powder, frozen chicken, eggs, tea, lentils etc.",
                "Bader Hamoud al-Dousari",
                "Al-Dousari:",
                "W",
            ),
            (
                "The full list of 400 items is posted at the entrance of every co-op.",
                "Bader Hamoud al-Dousari",
                "Al-Dousari:",
                "W",
            ),
        ],
        [
            (
                "The Dasman Daily: Shoppers in Jahra say a 5 kg bag of rice went up to KD 3.750 last week.",
                "Shoppers in Jahra",
                "say",
                "W",
            )
        ],
        [
            (
                "Al-Dousari: That bag is not on the list.",
                "Bader Hamoud al-Dousari",
                "Al-Dousari:",
                "W",
            ),
            (
                "The frozen item is the 10 kg bag of Indian basmati, at KD 5.250, and its price has not moved since January.",
                "Bader Hamoud al-Dousari",
                "Al-Dousari:",
                "W",
            ),
        ],
        [("The Dasman Daily: What happens to a co-op that raises a frozen price?", "", "", "")],
        [
            (
                "Al-Dousari: The ministry's inspectors can fine it up to KD 5,000 and close the branch for up to a month.",
                "Bader Hamoud al-Dousari",
                "Al-Dousari:",
                "W",
            ),
            ("That is the law, not my opinion.", "Bader Hamoud al-Dousari", "Al-Dousari:", ""),
        ],
        [("The Dasman Daily: Has any co-op been fined?", "", "", "")],
        [
            (
                "Al-Dousari: Last Ramadan, the ministry fined 11 branches.",
                "Bader Hamoud al-Dousari",
                "Al-Dousari:",
                "W",
            ),
            ("This year, none so far.", "Bader Hamoud al-Dousari", "Al-Dousari:", "W"),
        ],
        [("The Dasman Daily: Why are shelves empty in some Jahra branches?", "", "", "")],
        [
            (
                "Al-Dousari: Deliveries were held up by a fault at the Sulaibiya plant of one supplier, Wafra Farms Poultry Co. K.S.C.P.",
                "Bader Hamoud al-Dousari",
                "Al-Dousari:",
                "W",
            ),
            ("They resumed on Saturday.", "Bader Hamoud al-Dousari", "Al-Dousari:", "W"),
            (
                "I would rather have an empty shelf for a day than a price rise for a month.",
                "Bader Hamoud al-Dousari",
                "Al-Dousari:",
                "",
            ),
        ],
        [
            ("The Dasman Daily: Dates seem more expensive this year.", "", "", ""),
            ("Why?", "", "", ""),
        ],
        [
            (
                "Al-Dousari: The Saudi harvest was smaller and freight costs rose.",
                "Bader Hamoud al-Dousari",
                "Al-Dousari:",
                "W",
            ),
            (
                "A 1 kg box of Sukkari dates costs KD 2.900 at the co-ops, against KD 2.400 last Ramadan.",
                "Bader Hamoud al-Dousari",
                "Al-Dousari:",
                "W",
            ),
        ],
        [("The Dasman Daily: Do the co-ops still make a profit?", "", "", "")],
        [
            (
                "Al-Dousari: They do, but less than people think.",
                "Bader Hamoud al-Dousari",
                "Al-Dousari:",
                "",
            ),
            (
                "Shareholders received a dividend of 8% on average last year.",
                "Bader Hamoud al-Dousari",
                "Al-Dousari:",
                "W",
            ),
            (
                "On the frozen items, the margin is close to zero.",
                "Bader Hamoud al-Dousari",
                "Al-Dousari:",
                "W",
            ),
        ],
        [("The Dasman Daily: What should a shopper do if a price is wrong?", "", "", "")],
        [
            (
                "Al-Dousari: Take a photo and send it to the ministry's hotline, 135, or through its app.",
                "Bader Hamoud al-Dousari",
                "Al-Dousari:",
                "",
            ),
            (
                "Inspectors respond within 24 hours on average.",
                "Bader Hamoud al-Dousari",
                "Al-Dousari:",
                "W",
            ),
        ],
        [("About the interviewee", "", "", "B")],
        [
            (
                "Bader Hamoud al-Dousari, 58, has chaired the Union of Consumer Co-operative Societies since 2024.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Related: Municipality bans street stalls near mosques during Ramadan nights",
                "",
                "",
                "B",
            )
        ],
        [("Comments are moderated.", "", "", "B"), ("Please keep to the topic.", "", "", "B")],
        [
            ("© 2027 The Dasman Daily – Dasman Press Publishing Co. K.S.C.C.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [  # 11. Bahrain, local news site, phone browser
        [("≡  THE MUHARRAQ MIRROR  🔍", "", "", "B")],
        [("Local › Capital Governorate", "", "", "B")],
        [("Paid parking comes to Manama souq: 200 fils an hour from March 1", "", "", "W")],
        [
            (
                "Shop owners say customers will go to the malls; municipality says 1,150 bays will be freed for shoppers",
                "Shop owners in the souq",
                "say",
                "",
            )
        ],
        [("By Reem al-Mahmood", "", "", "B")],
        [("20 January 2027 · 2 hours ago", "", "", "B")],
        [
            ("Cars parked along Government Avenue near Bab Al Bahrain on Tuesday.", "", "", ""),
            ("(Picture: Hassan Jaffar)", "", "", "B"),
        ],
        [
            (
                "Drivers will pay 200 fils an hour to park in the streets around Manama's central souq from March 1, the Capital Municipality said yesterday.",
                "the Capital Municipality",
                "said",
                "W",
            )
        ],
        [
            (
                "Parking will be free on Fridays and after 10pm, it said.",
                "the Capital Municipality",
                "said",
                "W",
            ),
            ("Drivers will have ten minutes' grace after a ticket runs out.", "", "", "W"),
        ],
        [
            (
                "The municipality said 1,150 bays in 22 streets would be marked and fitted with sensors, with payment by app or at 40 solar-powered machines.",
                "The municipality",
                "said",
                "W",
            )
        ],
        [
            ("The scheme will be run by Seef Parking Solutions W.L.L.", "", "", "W"),
            (
                "The company won a five-year contract in November, according to the Tender Board's website.",
                "the Tender Board's website",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Eng. Lulwa Jassim Buhiji, the municipality's director of roads and parking, said a survey in October had found that 60% of cars parked in the souq stayed for more than five hours.",
                "Lulwa Jassim Buhiji",
                "said",
                "W",
            )
        ],
        [
            ("“Those are not shoppers,” she said.", "Lulwa Jassim Buhiji", "said", ""),
            (
                "“Those are people who work in the towers and park for free all day.”",
                "Lulwa Jassim Buhiji",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the fine for not paying would be BD 10, and BD 20 for parking in a loading bay.",
                "Lulwa Jassim Buhiji",
                "said",
                "W",
            )
        ],
        [
            ("The paid zone runs from Bab Al Bahrain to Government Ave.", "", "", "W"),
            (
                "It includes the multi-storey car park behind the gold souq, which will charge 300 fils an hour.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The municipality expects the fee to raise about BD 600,000 a year, to be spent on the souq's upkeep.",
                "The municipality",
                "expects",
                "",
            )
        ],
        [("Advertisement", "", "", "B")],
        [("Story continues below", "", "", "B")],
        [
            ("Follow The Muharraq Mirror on Instagram for more local news.", "", "", "B"),
            ("Tap the link in our bio.", "", "", "B"),
        ],
        [
            (
                "Shop owners in the souq said the fee would drive customers to malls with free parking in Seef and Sanabis.",
                "Shop owners in the souq",
                "said",
                "",
            )
        ],
        [
            (
                "“My customers are old men who come for half an hour,” said Abdulrahman Yousif Buallay, a perfume seller known in the souq as Bu Jassim, after his eldest son.",
                "Abdulrahman Yousif Buallay",
                "said",
                "",
            )
        ],
        [
            (
                "“Who pays 400 fils to park for a 300-fils glass of tea?” he asked.",
                "Abdulrahman Yousif Buallay",
                "asked",
                "",
            )
        ],
        [
            (
                "Bu Jassim said his shop, opened by his grandfather in 1952, had lost a third of its customers since 2020.",
                "Abdulrahman Yousif Buallay",
                "said",
                "",
            )
        ],
        [
            (
                "Capital Trustees Board member Dr. Mariam Khalil Abdulla said the board had approved the fee by six votes to two at its meeting on January 12.",
                "Mariam Khalil Abdulla",
                "said",
                "W",
            ),
            ("She said she had voted against.", "Mariam Khalil Abdulla", "said", "W"),
        ],
        [
            (
                "“The souq is not a car park, but it is not a mall either,” Dr. Abdulla said.",
                "Mariam Khalil Abdulla",
                "said",
                "",
            )
        ],
        [("What about residents?", "", "", "")],
        [
            (
                "Buhiji said residents of the souq could apply for a parking permit costing BD 15 a month.",
                "Lulwa Jassim Buhiji",
                "said",
                "W",
            ),
            (
                "She said applications would open on February 15 on the municipality's app.",
                "Lulwa Jassim Buhiji",
                "said",
                "W",
            ),
        ],
        [
            (
                "About 742,000 vehicles were registered in Bahrain at the end of 2026, according to the Information & eGovernment Authority.",
                "the Information & eGovernment Authority",
                "according to",
                "W",
            )
        ],
        [
            (
                "A spokesman for the Bahrain Chamber of Commerce and Industry said it would ask the municipality to delay the fee until after Ramadan.",
                "A spokesman for the Bahrain Chamber of Commerce and Industry",
                "said",
                "",
            )
        ],
        [("This story was updated at 3:40pm to add the board's vote.", "", "", "B")],
        [("Share: WhatsApp | X | Instagram | Copy link", "", "", "B")],
        [("More from Local", "", "", "B")],
        [("Muharraq's new fish market opens with 84 stalls", "", "", "B")],
        [("Contact: Bldg. 1041, Rd. 3614, Blk. 336, Manama, Kingdom of Bahrain", "", "", "B")],
        [
            ("© 2027 Dilmun Mirror Publishing W.L.L.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [  # 12. Iraq, English-language news site, desktop, cookie banner and comments
        [("THE RAFIDAIN RECORD", "", "", "B")],
        [
            (
                "Home   Iraq   Kurdistan   Economy   Energy   Culture   Sport   Opinion   عربي",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "We use cookies to improve your experience and to show you relevant advertising.",
                "",
                "",
                "B",
            ),
            ("By clicking “Accept”, you agree to our use of cookies.", "", "", "B"),
        ],
        [("Accept   |   Cookie settings", "", "", "B")],
        [("Home › Iraq › Baghdad", "", "", "B")],
        [("Baghdad caps private generator price at 14,000 dinars an ampere for June", "", "", "W")],
        [
            (
                "Council says owners who overcharge will lose their fuel quota; residents in Sadr City say some already charge 20,000",
                "The Baghdad Provincial Council",
                "says",
                "W",
            )
        ],
        [("By Zainab Abdul-Hussein Hamza | Baghdad", "", "", "B")],
        [("June 2, 2027 | 5:20 PM", "", "", "B")],
        [
            (
                "Cables from a neighbourhood generator run over a street in Baghdad's Karrada district.",
                "",
                "",
                "",
            ),
            ("(Photo: The Rafidain Record/Mustafa Khalid)", "", "", "B"),
        ],
        [
            (
                "BAGHDAD — The Baghdad Provincial Council has set the maximum price private generator owners in the capital may charge in June at 14,000 Iraqi dinars (about $10.70) per ampere, for 12 hours of supply a day.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "For the “golden line”, which supplies power around the clock, owners may charge up to 20,000 dinars, the council said in a statement on Tuesday.",
                "the council",
                "said in a statement on Tuesday",
                "W",
            ),
            ("The price in May was 11,000 dinars.", "", "", "W"),
        ],
        [
            (
                "The chairman of the council's energy committee, Eng. Haider Jabbar Kadhim al-Saadi, said the rise reflected the heat, which meant generators ran longer and burned more fuel.",
                "Haider Jabbar Kadhim al-Saadi",
                "said",
                "W",
            )
        ],
        [
            (
                "He said owners received diesel at a subsidised 400 dinars a litre, up to a quota set by the number of their subscribers.",
                "Haider Jabbar Kadhim al-Saadi",
                "said",
                "W",
            )
        ],
        [
            (
                "“Any owner who charges more will lose his fuel quota for a month, and for good the second time,” al-Saadi told The Rafidain Record.",
                "Haider Jabbar Kadhim al-Saadi",
                "told The Rafidain Record",
                "W",
            )
        ],
        [
            (
                "“Our inspectors will visit every neighbourhood in the first week of June.",
                "Haider Jabbar Kadhim al-Saadi",
                "told The Rafidain Record",
                "",
            ),
            (
                "The owners know this.”",
                "Haider Jabbar Kadhim al-Saadi",
                "told The Rafidain Record",
                "",
            ),
        ],
        [
            (
                "The Ministry of Electricity said supply from the national grid to Baghdad had averaged 16 hours a day in May, and national output reached a record 27,400 megawatts on May 28.",
                "The Ministry of Electricity",
                "said",
                "W",
            )
        ],
        [
            (
                "It said demand would reach 55,000 megawatts in July.",
                "The Ministry of Electricity",
                "said",
                "",
            )
        ],
        [
            (
                "An official at the ministry who was not authorised to speak to the media said the grid had lost about 1,800 megawatts last week when gas supplies from Iran fell.",
                "An official at the ministry",
                "said",
                "W",
            )
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            ("The Rafidain Record is an independent newsroom.", "", "", "B"),
            ("Support our reporting from $5 a month.", "", "", "B"),
        ],
        [
            (
                "In Sadr City, residents said some owners were already charging 20,000 dinars an ampere for ordinary supply.",
                "residents",
                "said",
                "W",
            )
        ],
        [
            (
                "Muntadhar Mizher Hamdan, a father of five who goes by Abu Ali, said he paid for 5 amperes, enough for a fridge, two fans and the lights, but not an air conditioner.",
                "Muntadhar Mizher Hamdan",
                "said",
                "",
            )
        ],
        [
            (
                "“At night the children sleep on the roof, like we did in the nineties,” Abu Ali said.",
                "Muntadhar Mizher Hamdan",
                "said",
                "",
            )
        ],
        [
            (
                "The owner of the street's generator, who gave his name only as Hajji Salman, said he had 310 subscribers and burned about 900 litres of diesel a day.",
                "Salman",
                "said",
                "W",
            )
        ],
        [
            (
                "“The council's price is fair in January, not in June,” he said.",
                "Salman",
                "said",
                "",
            ),
            (
                "He said he would respect it if the government delivered his full diesel quota on time.",
                "Salman",
                "said",
                "",
            ),
        ],
        [
            (
                "Baghdad has about 12,400 licensed private generators, according to the provincial government.",
                "the provincial government",
                "according to",
                "W",
            )
        ],
        [
            (
                "Temperatures in Baghdad reached 49.6C on Monday, according to the Iraqi Meteorological Organisation.",
                "the Iraqi Meteorological Organisation",
                "according to",
                "W",
            )
        ],
        [
            (
                "“What kind of government gives you power for 16 hours and calls it a record?” asked Dr. Rusul Talib Hasan, an energy researcher at the University of Baghdad.",
                "Rusul Talib Hasan",
                "asked",
                "",
            )
        ],
        [
            (
                "She said Iraq had flared about 17 billion cubic metres of associated gas in 2026.",
                "Rusul Talib Hasan",
                "said",
                "W",
            )
        ],
        [("How is the price enforced?", "", "", "")],
        [
            (
                "Residents can report owners who overcharge by calling 5500 or through the council's Facebook page, the council said.",
                "the council",
                "said",
                "W",
            ),
            (
                "Inspectors fined 63 owners in May, it said.",
                "The Baghdad Provincial Council",
                "said",
                "W",
            ),
        ],
        [("Tags: electricity · generators · Baghdad · summer", "", "", "B")],
        [("12 comments", "", "", "B")],
        [
            ("Ahmed_Karkh: 14,000 on paper.", "", "", "B"),
            ("Our owner takes 18,000 and smiles.", "", "", "B"),
        ],
        [("Related", "", "", "B")],
        [("Erbil extends school day by an hour to save on cooling", "", "", "B")],
        [("© 2027 Rafidain Media Co. Ltd.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
]

HELDOUT_CASES = [
    (
        "h111-tn-sa-ends",
        "The press belongs to Huilerie Ben Ammar S.A. It opened in 1987.",
        ["The press belongs to Huilerie Ben Ammar S.A.", "It opened in 1987."],
    ),
    (
        "h111-tn-dinar-decimals",
        "A litre costs 12.900 dinars in approved shops. Elsewhere it costs 16.500 dinars.",
        ["A litre costs 12.900 dinars in approved shops.", "Elsewhere it costs 16.500 dinars."],
    ),
    (
        "h111-tn-ms-compound-surname",
        "Ms. Rim Ben Younes Khelil signed the export licences. She has run the office since 2025.",
        [
            "Ms. Rim Ben Younes Khelil signed the export licences.",
            "She has run the office since 2025.",
        ],
    ),
    (
        "h111-dz-eurl-ends",
        "The school buses belong to Atlas Navette EURL. The firm employs 52 drivers.",
        ["The school buses belong to Atlas Navette EURL.", "The firm employs 52 drivers."],
    ),
    (
        "h111-dz-pm-ends",
        "The results went online at 5 p.m. Within an hour the site had crashed twice.",
        ["The results went online at 5 p.m.", "Within an hour the site had crashed twice."],
    ),
    (
        "h111-dz-pr-title",
        "Pr. Samir Boudiaf chaired the marking committee. It met 14 times in June.",
        ["Pr. Samir Boudiaf chaired the marking committee.", "It met 14 times in June."],
    ),
    (
        "h111-sd-un-ends",
        "Most of the flour aid is shipped by agencies of the U.N. Gulf charities send the rest.",
        [
            "Most of the flour aid is shipped by agencies of the U.N.",
            "Gulf charities send the rest.",
        ],
    ),
    (
        "h111-sd-coltd-ends",
        "The money was sent through Nilein Remit Co. Ltd. It arrived in 20 minutes.",
        ["The money was sent through Nilein Remit Co. Ltd.", "It arrived in 20 minutes."],
    ),
    (
        "h111-sd-po-box-mid",
        "Write to us at P.O. Box 220, Kassala, or by email. Letters are answered within a week.",
        [
            "Write to us at P.O. Box 220, Kassala, or by email.",
            "Letters are answered within a week.",
        ],
    ),
    (
        "h111-mz-lda-ends",
        "The Quelimane ferry is run by Transportes Lumbo, Lda. It carries 60 passengers.",
        ["The Quelimane ferry is run by Transportes Lumbo, Lda.", "It carries 60 passengers."],
    ),
    (
        "h111-mz-eng-mid",
        "Eng. Rosália Mucavele Sitoe inspected the dyke at dawn. She found two breaches.",
        ["Eng. Rosália Mucavele Sitoe inspected the dyke at dawn.", "She found two breaches."],
    ),
    (
        "h111-mz-cat-designation",
        "The storm was upgraded to Cat. 3 at 04:00 on Tuesday. It weakened by noon.",
        ["The storm was upgraded to Cat. 3 at 04:00 on Tuesday.", "It weakened by noon."],
    ),
    (
        "h111-ao-av-mid",
        "The market on Av. Deolinda Rodrigues reopened on Monday. Stalls cost Kz 2,000 a day.",
        ["The market on Av. Deolinda Rodrigues reopened on Monday.", "Stalls cost Kz 2,000 a day."],
    ),
    (
        "h111-ao-sr-mid",
        "Sr. Joaquim Kapitango Sebastião drives the Viana route. He charges Kz 400 a ride.",
        ["Sr. Joaquim Kapitango Sebastião drives the Viana route.", "He charges Kz 400 a ride."],
    ),
    (
        "h111-ao-sa-ends",
        "The new buses were bought from Benguela Motores, S.A. Delivery is due in August.",
        ["The new buses were bought from Benguela Motores, S.A.", "Delivery is due in August."],
    ),
    (
        "h111-ao-quote-statement-split",
        "“I understand them. But fuel is fuel,” he said.",
        ["“I understand them.", "But fuel is fuel,” he said."],
    ),
    (
        "h111-mw-hon-dr",
        "Hon. Dr. Thokozani Kachale-Nkhoma opened the depot. She bought the first bag.",
        ["Hon. Dr. Thokozani Kachale-Nkhoma opened the depot.", "She bought the first bag."],
    ),
    (
        "h111-mw-ltd-ends",
        "The urea was imported by Mzuzu Agro Supplies Ltd. The firm has depots in three districts.",
        [
            "The urea was imported by Mzuzu Agro Supplies Ltd.",
            "The firm has depots in three districts.",
        ],
    ),
    (
        "h111-mw-am-ends",
        "The Ntcheu depot opened at 6 a.m. By noon it had sold 900 bags.",
        ["The Ntcheu depot opened at 6 a.m.", "By noon it had sold 900 bags."],
    ),
    (
        "h111-ci-decree-no",
        "Decree No. 2027-88 sets the price for the mid-crop. It was signed on 2 March.",
        ["Decree No. 2027-88 sets the price for the mid-crop.", "It was signed on 2 March."],
    ),
    (
        "h111-ci-mrs-surname-first",
        "Mrs. Bamba Aminata Sita chairs the cooperative. Her husband grows rubber.",
        ["Mrs. Bamba Aminata Sita chairs the cooperative.", "Her husband grows rubber."],
    ),
    (
        "h111-ci-question-asked",
        "“Who will sell at 2,600 when Ghana pays more?” asked a farmer in Daloa. Nobody answered.",
        [
            "“Who will sell at 2,600 when Ghana pays more?” asked a farmer in Daloa.",
            "Nobody answered.",
        ],
    ),
    (
        "h111-mg-sarl-ends",
        "The rice is milled by Vakinankaratra Riz S.A.R.L. The mill is in Antsirabe.",
        ["The rice is milled by Vakinankaratra Riz S.A.R.L.", "The mill is in Antsirabe."],
    ),
    (
        "h111-mg-vs-mid",
        "Rice cost Ar 3,800 vs. Ar 3,100 a year ago. Traders blame the floods.",
        ["Rice cost Ar 3,800 vs. Ar 3,100 a year ago.", "Traders blame the floods."],
    ),
    (
        "h111-om-saog-ends",
        "The coaches are insured by Dhofar Cover SAOG. The policy runs for three years.",
        ["The coaches are insured by Dhofar Cover SAOG.", "The policy runs for three years."],
    ),
    (
        "h111-om-he-eng",
        "H.E. Eng. Talib bin Humaid al-Hinai opened the station. He did not speak to reporters.",
        [
            "H.E. Eng. Talib bin Humaid al-Hinai opened the station.",
            "He did not speak to reporters.",
        ],
    ),
    (
        "h111-kw-etc-ends",
        "The list covers rice, sugar, tea etc. It is posted at every branch.",
        ["The list covers rice, sugar, tea etc.", "It is posted at every branch."],
    ),
    (
        "h111-bh-wll-ends",
        "The machines were supplied by Arad Parking Systems W.L.L. They take cards and coins.",
        ["The machines were supplied by Arad Parking Systems W.L.L.", "They take cards and coins."],
    ),
    (
        "h111-bh-blk-ends",
        "The office is at Bldg. 220, Rd. 1705, Blk. 317. It opens at 8 a.m. on weekdays.",
        ["The office is at Bldg. 220, Rd. 1705, Blk. 317.", "It opens at 8 a.m. on weekdays."],
    ),
    (
        "h111-iq-dr-asked",
        "“Who checks the meters?” asked Dr. Layla Sabah Jawad. The council did not reply.",
        ["“Who checks the meters?” asked Dr. Layla Sabah Jawad.", "The council did not reply."],
    ),
]
