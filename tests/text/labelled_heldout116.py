"""Hundred-and-sixteenth set of new hand-labelled pages for the hint engines (held-out set, round sixty-five: never tuned on):

Theme: twelve WHOLE pages of everyday news, head to tail as a reader's paste gives them with each site's furniture, from twelve countries of ASIA, AFRICA AND THE MIDDLE EAST (Saudi Arabia, Jordan, Kuwait, Cameroon, Liberia, The Gambia, Lesotho, Eswatini, the Maldives, Bhutan, Cambodia, Myanmar; English-language outlets), each from a different kind of outlet and pasted a different way, with EVERY DIFFICULTY MIXED ON EVERY PAGE: furniture of many shapes (and story lines that look like furniture), speakers hard to find and name in each country's naming customs, check-worthiness decided sentence by sentence, and hard sentence ends. Ordinary stories (transport, prices, courts, councils, health, weather, schools, business, sport).

The pages, one line each:

* Saudi Arabia: an English-language national daily's website on the DESKTOP (transport: the Riyadh bus fare rises to SR4
  from SR3.50 on Oct. 1 as 11 routes open in the capital's east, with a fares table).
* Jordan: a private English-language news site's AMP page (prices: 90-octane petrol up 25 fils to JD0.925 a litre,
  taxi meter fares unchanged, with a price table).
* Kuwait: an English daily's E-PAPER, text copied from the PDF across a page jump (weather: power use hits a record
  17,860 MW as Jahra reaches 52.4C, with a table of scheduled cuts).
* Cameroon: an Anglophone regional weekly's website pasted from a PHONE (council: Limbe moves the Down Beach fish
  sellers to a new market at Mile Four and raises the daily toll to FCFA 300).
* Liberia: a Monrovia daily's website in PRINT VIEW (courts: a Red Light pharmacy owner jailed for three years and
  fined US$15,000 for fake antimalarial tablets).
* The Gambia: a radio station's LIVE-UPDATES page, newest entry first (transport: the Banjul–Barra ferry crossing
  resumes after a three-day breakdown).
* Lesotho: a business EMAIL NEWSLETTER pasted from WEBMAIL (business: a Thetsane knitwear factory gives notice to
  1,460 workers; mohair at M388.50 a kilo; pump prices and the policy rate on hold; a key-numbers box).
* Eswatini: a national daily's APP, its article text SHARED (schools: the EGCSE pass rate rises to 58.7 percent and
  41 candidates' results are withheld over a suspected leak).
* The Maldives: a news site read in a NEWS-AGGREGATOR APP (health: dengue cases in Greater Malé pass 1,200, with
  the app's own generated summary above the story).
* Bhutan: a Thimphu weekly's website in READER MODE (prices: local chilli hits Nu. 600 a kg as the food regulator
  suspends imports over pesticide residue, with a price table).
* Cambodia: a Phnom Penh English daily's TEXT-ONLY edition (sport: a cup final won 3-2 a.e.t., with a box score).
* Myanmar: a news agency's English WIRE pasted from its subscriber feed (weather: the Bago River tops its danger
  level by 62 cm and 18,400 people are in relief camps).

What is hard is that every page mixes every difficulty.

FURNITURE of many shapes is "B" line by line, whatever it says: skip links, mastheads, menus, language lines, crumbs,
bylines, date, read-time and updated lines, share and follow lines, captions' credits, advertisements and
"continue reading" lines, cookie notices and their buttons, topics and tags, most-popular and related labels and
headlines, a "Read more:" headline, comment lines, back-to-top lines, app and store lines, a print URL and a
print/close line, an e-paper's volume line, running heads, jump lines and jump head, a live page's time stamps,
"Key events" and "Key event" labels, "Posted by" lines and load-more lines, webmail toolbars, subject, sender, "To:"
and date lines, a display-problem line, a tip line, unsubscribe and publisher lines, a "Shared via" line and a "Sent
from my Galaxy" line, an aggregator's feed crumb, follow button, reactions line, open-original and report lines, a
reader-mode domain and a print-edition line, a text-only edition's switch and sections lines, a wire's service,
slug, filed, credit and contact lines and "ENDS". FURNITURE THAT LOOKS LIKE STORY stays "B": the aggregator's
generated summary and its two bullets ("• Dengue cases in Greater Malé pass 1,200 this year"), related headlines
("Sri Lanka's dengue count passes 40,000 for the year", "Read more: Electricity tariff for large users unchanged
until March"), the e-paper's jump head ("POWER: Cuts in 14 areas") and "This story appeared in the print edition of
11 November 2028." STORY LINES THAT LOOK LIKE FURNITURE are labelled by content: "Tickets can be bought only through
the Qafilah Pay app ..." and "Updated price boards must be on display at every station by 8 a.m. on Sunday." (rules,
"W"), "each cut had been announced on the ministry's X account ..." ("W"), "Candidates can also get them by SMS ..."
and "Prices are updated every morning on a board at the market's main entrance and on the department's website."
(services, "W"), against "Passengers are asked to follow the GPA's Facebook page for departure times, the authority
says." (a request, ""). Captions are flagged by content ("" for a scene, also a text-only edition's bracketed "[Photo:
...]") and their credits "B"; tables have a "B" title, header and source line and "" rows; key-numbers boxes and box
scores have a "B" label and "" lines; a live page's key-event bullets and a wire's bullets are flagged by content.

SPEAKERS are named in each country's customs. Arabic names keep "bin" and "bint" and the father's name ("Khalid bin
Saad Al-Harbi", "Nouf bint Mohammed Al-Shahrani", "Shaikha Jassim Al-Rumaihi", "Abdullah Saleh Al-Enezi"), drop
"Eng." and "Dr." and return by the family name ("Al-Harbi said", "Al-Rumaihi said", "Al-Suraie said") or by "Dr."
and the given name ("Dr. Hessa said"); two unrelated Al-Harbis are told apart by what they say ("Al-Harbi said the
company had asked ..." is the chief executive); a KUNYA is a name kept as written ("Abu Turki", the only name the
driver gave; "Abu Sami"; "Um Khaled"), and "Abu Nasser said" resolves to "Abdullah Saleh Al-Enezi", whom the page
names in full first, while "Abu Hamdeh" is a FAMILY NAME ("Mahmoud Abu Hamdeh"). A Cameroonian mayor loses "City
Mayor" and the Bakweri honorific "Mola" ("Mola Mosoko said" -> "Sakwe Ewange Mosoko"); a market woman's market name
resolves ("Mami Comfort said in Pidgin" -> "Comfort Ngowo Ewusi"); an official named French-style, family name first
in capitals, keeps that order and case ("MBELLA NJIE Clarisse", "Mrs Mbella Njie said" resolving); a chief keeps his
regnal number ("Isaac Mokake Ndoki II"). Liberian names drop "Cllr.", "Judge", "Defense lawyer" and "Pharm." and
keep middle initials and "Sr." and "Jr.", which tell father from son ("Gaye Jr. told reporters" and "he said" are the
son, "Josiah Nyenpan Gaye Jr."). Gambian names drop "Alh." and "Transport minister"; "Ya Isatou said" resolves to
"Isatou Saine-Njie", named only in an older entry's scene sentence below it with no verb of saying; "The MD told
Breeze FM" resolves to the managing director named in the 09:00 entry; "The GPA says" to "The Gambia Ports
Authority" as first given there; "Police say" keeps "Police". Basotho names drop "Ntate", "'M'e" and "Chief" and keep
an apostrophe that begins a name ("’Mathabo Ntšekhe"); "the chief said" resolves to "Tšeliso Mokhoro-Tau"; a
Taiwanese manager is named family name first and returns by it ("Hsu Li-wen", "Hsu said"). Swazi names drop "Make"
and "Babe"; two unrelated Magagulas are told apart ("Magagula said" is the registrar, "Make Magagula asked" the
mother); a pupil returns by her given name ("Siphesihle said"). Maldivian names return by a middle or last part
("Dr. Shiuna said", "Zareer said", "Nizna asked") and two near-names are told apart ("Shiyam said" the paediatrician,
"Shiham said" the shopkeeper). Bhutanese names have no family name and are repeated in full, "Dasho", "Aum", "Ap" and
"Gup" dropped, two Sonams told apart ("Sonam Penjor", "Sonam Dema"), and a southern name keeps its family name
("Chandra Bahadur Ghalley"). Khmer names are family name first and return by the given name ("Sovannarith said",
"Dara said", "Sokunthea said", "Vichet said", "Sreyneang asked"), "Oknha" and "H.E." dropped. Burmese names drop
"U", "Daw", "Ko" and "Dr." and are repeated in full; "U Thein Zaw" and "Ko Zaw Thein" are two men with the same two
parts reversed; "Daw Mya Mya Aye" keeps the doubled given name. Bodies are named as first given, article and capital
as written there ("The Health Protection Agency", "The Malé City Council", "The Bago Region government", "the
Liberia Medicines and Health Products Regulatory Authority", "The Land Transport Regulatory Commission"), acronyms
and "it" resolving to that name ("The LTRC said", "The LMHRA said", "The LNDC said", "ECESWA said", "the HPA said",
"the FFC said", "The DMH forecast", "BAFRA said"), a single generic noun kept as written ("the authority", "The
authority", "the committee", "The committee", "The ministry", "the ministry", "the council", "The company", "The
union", "the club", "the university", "The regional government"), "according to X" as written ("council documents",
"its annual report", "the indictment", "the Ministry of Health", "DAMC data", "the highway bus operators'
association", "a traders' association in the town"), a role kept as written when the page names nobody ("the
court's clerk", "one woman"), and a firm's suffix kept with its points ("Qafilah Urban Transit Co.", "Zarqa Fuel
Marketing Co.", "Al-Wafra Refrigerated Transport Co. K.S.C.C.", "Morija Knitwear (Pty) Ltd.", "Pasakha Agro Importers
Pvt. Ltd.", "Pegu Clear Water Co. Ltd."). Cues are the verb as written, with a channel after it ("told a press
conference", "told The Fako Tide", "told reporters outside the court", "told the defendant", "told Breeze FM", "said
in a statement", "said in Pidgin") and other reporting verbs ("announced", "estimates", "forecast", "expects",
"argued", "called", "urged", "shouted", "asked", "says", "say", "according to").

CHECK-WORTHINESS is decided sentence by sentence. Of record ("W"): fares, prices, tolls, fees and fines set by those
who run them (SR4 and the passes, JD0.925 and the taxi start fare, FCFA 300, E1,250, D50 and D600, MVR 2,000, Nu.
600 in DAMC data); figures given by bodies, officials, firms, groups and documents (ridership, drivers, megawatts,
violations, stalls, cholera cases, blister packs, stores closed, workers, kilograms of mohair, candidates, a pass
rate, dengue cases, samples, tonnes seized, a crowd, ticket sales, centimetres, evacuees, trips of aid); causal
claims ("because fuel and wage costs had risen 22 percent", "because the treasury covers the difference", "because
two generating units at Az-Zour South were shut", "because of a cracked cooling pipe", "because water covered the
track"); acts, findings and rulings (a sentence, a verdict, a closure order, notice given, a rate held, results
withheld, a suspension, a complaint sent, a letter written, a request for bus lanes); rules, also CONDITIONAL ones
(a fine that doubles if unpaid, a change under 10 fils not passed on, an outdoor-work ban, stall cards, the Public
Health Law, severance pay, a cancelled result, the larvae fine, the Food Act, FFC suspensions, a flood evacuation
order); past estimates reported as fact ("The Football Federation of Cambodia (FFC) put the crowd ... at 31,406");
and scheduled events and services set by those who run them (new routes and hours, inspections on Sunday, a ferry
resuming at 7 a.m., fogging every Thursday, results from 8 a.m., next year's final, the season's start). Not worth
checking (""): forecasts ("He expects daily ridership to pass 400,000", the Meteorological Department's highs, "cases
were expected to peak", "It expects prices to stay above Nu. 400"); plans and intentions, also official ones ("would
test samples ... by June", "would publish a maintenance schedule", "would hire 40 more cleaners", "would look for a
new tenant", "would pay each player a bonus"); what a move WOULD do ("the move would end the flooding"); CONDITIONAL
plans and forecasts ("If petrol rises again in November, the commission will look at the formula ...", "If classes
are not capped at 40 pupils ..., the league will call its members out ...", "If the river passes 950 cm, another
6,000 people will be moved ...", "If the fare rises again ..., she said, many of those workers will go back ...");
requests and advice ("We ask every household ...", "They urged passengers ...", "parents should bring a child in");
stances, characterisations and arguments; feelings and anecdotes and a private person's own figures (a driver's
JD18 a day, a foreman's hours, a seller's K450,000, a grower's 1,100 kg, a fan's 10,000-riel ticket); questions;
a newsletter's and a live page's own voice; scenes and captions that only describe; and data lines. A quoted figure
used as rhetoric is "" ("“Four riyals is still cheaper than a cup of coffee in Olaya,”", "Still 450 fils, the same
as in 2022!”", "“Forty minutes of corners, every day!”").

SENTENCE ENDS: abbreviations, suffixes and times that END a sentence before a capital ("Sahil Al-Sharqiya Fleet
Co." / "The firm ..."; "1450 H." / "The authority said ..."; "12:01 a.m." / "Inspectors ..."; "Zarqa Fuel
Marketing Co." / "It said ..."; "Al-Wafra Refrigerated Transport Co. K.S.C.C." / "It said ..."; "Dasman Liwan Press
Co. W.L.L." / "Printed at ..."; "Froid Atlantique S.A." / "The Douala firm ..."; "at 7 p.m." / "Guards ..."; "at 2:15
p.m." / "Court officers ..."; "Nimba Crossroads Trading Inc." / "The firm ..."; "Josiah Nyenpan Gaye Sr." / "The
defendant's son ..."; "Ducor Sentry Publishing Inc." / "All rights reserved."; "at 9 p.m." / "Fares ..."; "Cap-Vert
Marine Services S.A.R.L." / "The Senegalese firm ..."; "Morija Knitwear (Pty) Ltd." / "The LNDC said ..."; "Thaba
Bosiu Wordworks (Pty) Ltd." / "Registered in Lesotho ..."; "Drakensberg Secure Print (Pty) Ltd." / "ECESWA said ...";
"Kaani Pest Control Pvt. Ltd." / "The company said ..."; "Pasakha Agro Importers Pvt. Ltd." / "It said ..."; "3-2
a.e.t." / "The Football Federation ..."; "Srey Santhor Rice Mill Co., Ltd." / "The firm ..."; "Wellington Tavares
Jr." / "He has scored ..."; "Pegu Clear Water Co. Ltd." / "It said ..."; "Golden Teak News Service Ltd." / "All rights
reserved."; a parenthesis ending "on Tubman Blvd.)") and those that do NOT ("Oct. 1", "SR3.50", "Eng. Khalid", "Dr.
Hessa", "5:30 a.m. to midnight", "6 a.m. every day!”", "JD0.925", "Eng. Mahmoud", "Vol. XLII, No. 11,482", "3:42
p.m. on Monday", "after 10 p.m.,”", "from 11 a.m. to 4 p.m. from June 1 to Aug. 31", "Nov. 1" in a headline,
"Oct. 25", "Est. 1997", "Gaye Sr., 58,", "Judge Sianeh P. Zarwolo-Bestman", "Gaye & Sons Pharmacy Inc., closed",
"Cllr. Teta D.", "Pharm. Korlu B.", "L$18,500", "7 a.m. on Wednesday", "Alh. Ousman B.", "8:40 p.m. on Saturday",
"Morija Knitwear (Pty) Ltd. said", "No. 212", "M388.50", "St. Clement's College", "Lh. Naifaru", "ADh.
Maamigili", "Ma. Kurangimaage", "Dr. Aishath", "Nu. 600", "Nu. 290", "Dasho Tandin", "Tavares Jr. double" in a
headline, "H.E. Pen Sokunthea", "on St. 63", "Tavares Jr. 40'" and "a.e.t." inside a box-score line, "Aug. 9 (GTNS)
–", "No. 3 alone", "Dr. Nwe Nwe Htay"); times in several styles ("09:12", "11:58 PM", "3:42 p.m.", "18:40 GMT",
"06:30", "5:12 pm", "14:25 MMT", "7:05 am"); decimals, units and currencies ("SR3.50", "JD0.925", "12.5kg", "52.4C",
"17,860 MW", "KD100", "FCFA 2.4 billion", "US$15,000", "L$18,500", "D12 million", "M388.50", "M41.7m", "E1,250",
"MVR 2,000", "Nu. 600", "200 million riel ($49,000)", "912 centimetres", "K450,000"); quotes ending in "?" or "!"
before their attribution, one sentence each (“Who will pay SR25 ...?” he asked.; “My brother used to drive me at 6
a.m. every day!” Al-Shahrani said.; “When oil falls, who sees it at the pump?” she asked.; “By ten o'clock the steel
is too hot to hold!” he said.; “Why is it always our block that goes first?” he asked.; “Na wa o!” one woman
shouted as ...; “My father never sold a fake tablet knowingly!” he said.; “Who will pay me back?” she asked.; “Who
will buy soft oranges?” she asked.; “Where does a 52-year-old machinist find work in Maseru?” Ntate Ramoholi-Sekese
asked.; “Two weeks for each year, and then what?” she said.; “When mohair is up, the whole village eats meat!” the
chief said.; “I studied by candlelight whenever the power went off!” Siphesihle said.; “Where do we find E1,250
again?” Make Magagula asked.; “Why are the construction sites not fined?” Nizna asked.; “I have ordered 1,000 more,
and they will be gone by Christmas!” Shiham said.; “Ema datshi without the ema is only datshi!” he said.; “Why did
nobody want my chillies in August?” he asked.; “Customers complain, but what can I do?” she asked.; “Forty minutes of
corners, every day!” Morishige said.; “Who sleeps after a final like that?” Sreyneang asked.; “The water is up to
the windows in some streets!” Ko Zaw Thein said.; “How do you keep a baby clean ...?” she asked.), a question after
"She asked:" (one sentence), QUESTIONS IN A QUOTE WITH NO ATTRIBUTION AFTER THEM, sentences of their own that carry
the quote's speaker and cue (“And the start fare? / Still 450 fils, the same as in 2022!” he said.; “What can we do?
/ We wait for the water to go down,” she said.); a conditional split by its attribution, one sentence ("If the fare
rises again ..., she said, many ..."; "Outside the capital, the HPA said, the largest cluster ..."); quotes running
over two sentences; PARENTHESES HOLDING A FULL SENTENCE (free transfers, what a fils is, a ministry's estimate, what a
common initiative group is, the LMHRA's register, resits, laboratory-confirmed cases, the residue limit) against
brackets inside a sentence ("(LTRC)", "(CIG)", "(LMHRA)", "(EGCSE)", "(ECESWA)", "(HPA)", "(BAFRA)", "(DAMC)",
"(FFC)", "(DMH)", "(GTNS)", "(Pty)", "($49,000)"); semicolons that never split (standfirsts, rules, a headline,
credits, a box-score line); and list lines, one sentence each (bullets, table rows, key numbers, box-score lines).

The pages hold 534 sentences: 164 "B", 203 "W" and 167 ""; 242 sentences carry a speaker (120 distinct speakers,
page by page; 113 distinct labels). `STYLES` describes each page, its story, its labels and its furniture in order;
`HELDOUT_CASES` holds 30 split cases written fresh in the manner of the pages (not copied from them): 20 that must
split where a sentence ends at a firm suffix ("Co.", "Co. W.L.L.", "S.A.", "S.A.R.L.", "(Pty) Ltd.", "Pvt. Ltd.",
"Co., Ltd.", "Co. Ltd."), a name's suffix ("Sr."), a street ("Blvd."), a Hijri "H.", a time, "a.e.t." or a decimal
price, before a sentence that opens with an apostrophe ("’Mamello ..."), or after a question inside a quote with no
attribution after it; and 10 where an exclamation before its attribution, a title ("Alh.", "H.E.", "Cllr."), an
initial, "Jr.", "St.", an atoll code ("Lh."), "Nu." or "No." sits inside a sentence that must not be split there (two of them still hold two sentences
elsewhere).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see their
docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, menu, crumb, byline, date line, share line, caption, credit, time stamp, posted-by
line, bullet, table row, box line, jump line and legal line is a paragraph of its own, except that a caption and a
credit pasted in one line are two sentences of one paragraph); each paragraph a list of sentences `(text, speaker,
cue, flags)`, flags "W", "B" or "". As in the recent sets: furniture "B" line by line, whatever it says, never with
a speaker; a caption by its content and its credit "B"; tables pasted as lines with a "B" title, header row and
source line and "" data rows; headlines and standfirsts never split and flagged by content, a "says" or "announces"
carrying the source as the body first names it ("Qafilah Urban Transit Co.", "the fuel pricing committee at the
Ministry of Energy and Mineral Resources", "the Ministry of Electricity, Water and Renewable Energy", "The Down Beach
Fishmongers' Common Initiative Group", "the Examinations Council of Eswatini", "The Bago Region government"); a
person named in full as first given, without titles, honorifics or roles; a pronoun, surname, given name, market name,
kunya, role noun or role acronym resolving to that name; a quote over several sentences carrying its speaker and cue
in each; a body acting with no verb of saying carrying no speaker (the court sentencing, the judge finding, the
central bank holding its rate, the FFC putting the crowd at 31,406, key-event bullets).

Conventions this set had to settle, in the same spirit:

* A KUNYA ("Abu Turki", "Abu Sami", "Um Khaled") is a name: kept as written when it is all the page gives, and
  resolving to the full name when the page gave one first ("Abu Nasser said" -> "Abdullah Saleh Al-Enezi"); "Abu"
  inside a family name ("Mahmoud Abu Hamdeh") is part of that name and returns with it ("Abu Hamdeh said").
* A NAME GIVEN FAMILY NAME FIRST IN CAPITALS, as Cameroonian official style writes it, is kept in its order and case
  ("MBELLA NJIE Clarisse"); "Mrs Mbella Njie said" resolves to it. A REGNAL NUMBER is kept like a suffix ("Isaac
  Mokake Ndoki II"). An APOSTROPHE that begins a Sesotho name is part of it ("’Mathabo Ntšekhe"), while "'M'e"
  before it is an honorific, dropped.
* HONORIFICS THAT MARK SEX OR AGE ("Mola", "Mami", "Ya", "Ntate", "'M'e", "Make", "Babe", "Aum", "Ap", "U", "Daw",
  "Ko") are dropped like titles; a market name or an honorific with a given name ("Mami Comfort", "Ya Isatou")
  resolves to the name as first given; a doubled given name after "Daw" stays doubled ("Mya Mya Aye").
* SPEAKERS WHOSE NAMES OVERLAP are told apart by the page, not the nearest name: two Al-Harbis (by "the company"),
  two Magagulas (by "Make"), two Sonams (by the full name each time), "Thein Zaw" and "Zaw Thein" (by "U" and "Ko"),
  "Shiyam" and "Shiham", a father and son Gaye (by "Sr." and "Jr.").
* AN APP'S GENERATED SUMMARY above an aggregated story is the app's furniture, "B" line by line, though it repeats
  the story; a live page's own key-event bullets and a wire's bullets are the outlet's content, flagged by content.
* "X ..., the authority said." where X names the body keeps the generic noun as written ("the authority"), as any
  "the authority said" does; "BAFRA said" later resolves to the body as the lead first gives it.
* A PARENTHESIS with its own attribution inside it ("(One megawatt supplies about 250 homes ..., the ministry
  estimates.)", "(The permitted limit is 0.01 milligrams per kilogram, the authority said.)") is one sentence carrying
  that speaker.

Written from scratch for issue 13 in round sixty-five, as a held-out set that no rule is ever tuned on, and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/` was opened, no
other `labelled_heldout*.py`, no `train_*.py` or `test_*.py` file, no `hint_scores.py` and no README; no engine,
scorer or test was run (only the brief's structural check and ruff). What was read: the brief; the module docstrings
and first articles of `labelled_new.py` and `labelled_new2.py`; `def build` in `labelled_articles.py`; the
`[tool.ruff*]` tables of `pyproject.toml`; and the module docstrings, `STYLES`, a few pages and the `CASES` of
`labelled_new187.py` and `labelled_new188.py`. Coined names were checked for freshness against the capitalised
words (and the parts of hyphenated ones) of those two files: six outlet and firm words ("Briefing", "Voice", "Sun",
"Morning", "Fresh", "Traders") and eight name parts ("Chen", "Hassan", "Seng", "Maryam", "Omar", "Sipho", "Dlamini",
"Awa"), with two naming particles ("Bu", "Ma"), that hit were replaced before the file was written, and so were three
first replacements that hit again ("Independent", "People", "Newsroom") and three common words replaced anyway
("Cold", "Motors", "Digital"); only common words ("Transit", "Publishing", "Publications", "Press", "Control",
"Union", "League", "Congress", "Workers", "Group", "Services", "Water", "Daily", "Print", and "Green" and
"Education" in the split cases), titles ("Dr", "Pharm", "Judge",
"Chief", "Mayor"), firm and name suffixes ("Co", "Inc", "Ltd", "Pty", "Pvt", "Jr"), single-letter initials, months,
weekdays, platforms and real places and bodies ("Umm" of Umm Al-Qura, "Ma." for Maafannu, "Red" of Red Light, "Sri"
of Sri Lanka) still hit.

Every person, outlet, newsletter, aggregator, agency, publisher, firm, union, league, association, group, club,
statement, quote and figure is invented, and so are the small institutions (The Najd Courier and Najd Courier
Publishing Co., Qafilah Urban Transit Co. and its Qafilah Pay app, Sahil Al-Sharqiya Fleet Co., Jordan Daybreak,
Zarqa Fuel Marketing Co., The Kuwait Echo, Dasman Liwan Press Co. W.L.L., Al-Wafra Refrigerated Transport Co.
K.S.C.C., The Fako Tide and Fako Tide Publications Sarl, the Down Beach Fishmongers' Common Initiative Group, Froid
Atlantique S.A., The Ducor Sentry and Ducor Sentry Publishing Inc., Gaye & Sons Pharmacy Inc., Nimba Crossroads
Trading Inc., the Montserrado Druggists' Union, Breeze FM, the ferries MV Kombo Pride and MV Niumi Star, Cap-Vert
Marine Services S.A.R.L., The Senqu Digest and Thaba Bosiu Wordworks (Pty) Ltd., Morija Knitwear (Pty) Ltd., the
Lesotho Garment and Allied Workers' Congress, the Maloti Fibre Growers' Union, the Lubombo Bugle, Drakensberg Secure
Print (Pty) Ltd., St. Clement's College, the Mbuluzi Teachers' League, Sunread, The Malé Current, Kaani Pest Control
Pvt. Ltd., The Takin Post, Pasakha Agro Importers Pvt. Ltd., The Chaktomuk Monitor and Chaktomuk Monitor Co., Ltd.,
the Mekong Cup, Mekong Kingfishers FC, Battambang Saraus FC, Srey Santhor Rice Mill Co., Ltd., Golden Teak News
Service Ltd., the Sittaung Helping Hands Association, Pegu Clear Water Co. Ltd. and the like). Real countries,
regions, cities, districts, villages, streets, markets, rivers, stations, hospitals, universities, courts, prisons,
gazettes, ministries, authorities, councils, agencies, laws and other public bodies appear only as settings, with
invented statements and figures: Riyadh, Al-Nahda, Al-Rimal, Khashm Al-Aan, Olaya, Dammam, King Abdullah Road,
King Saud University, the Transport General Authority, the Riyadh Municipality and Umm Al-Qura; Amman, Jabal
Al-Hussein, Marka, Airport Road, the Ministry of Energy and Mineral Resources, the Land Transport Regulatory
Commission and the Cabinet; Kuwait City, Jahra, Sabah Al-Salem, Al-Qurain, Jleeb Al-Shuyoukh, Shuwaikh, Az-Zour South,
the Ministry of Electricity, Water and Renewable Energy, the Meteorological Department, the Public Authority for
Manpower, the Ministry of Health, Jahra Hospital and the Kuwait Fire Force; Limbe, Down Beach, Mile Four, Douala,
Kribi, the Limbe City Council, the Public Investment Budget and the Regional Delegation of Public Health for the
South West; Monrovia, Red Light, Ganta, Montserrado County, Tubman Boulevard, the Temple of Justice, Criminal Court
'C', the Supreme Court, the Monrovia Central Prison, Redemption Hospital, the Ministry of Justice, the Ministry of
Health, the Liberia Medicines and Health Products Regulatory Authority and the Public Health Law; Banjul, Barra,
Kerewan, Basse, Dakar, the Gambia Ports Authority and the police; Maseru, Thetsane, Ha Sekake, Qacha's Nek,
Gqeberha, the Lesotho National Development Corporation, the Ministry of Trade and Industry, the Department of Energy,
the Central Bank of Lesotho and the Labour Code; Mbabane, Manzini, Nhlangano, Lobamba, the Shiselweni region, the
Examinations Council of Eswatini, the University of Eswatini and the EGCSE; Malé, Hulhumalé, Villimalé, Henveiru,
Maafannu, Majeedhee Magu, Lh. Naifaru, ADh. Maamigili, Colombo, Indira Gandhi Memorial Hospital, the Health
Protection Agency, the Malé City Council and the Public Health Protection Act; Thimphu, Babesa, Norzin Lam, Haa, Bji
gewog, Tsirang, Punakha, Wangdue, Phuentsholing, the Centenary Farmers' Market, the Bhutan Food and Agriculture
Regulatory Authority, the Department of Agricultural Marketing and Cooperatives and the Food Act; Phnom Penh,
Battambang, Kandal, Srey Santhor, Meanchey, Morodok Techo National Stadium and the Football Federation of Cambodia;
and Bago, Waw, Kawa, Madauk, Oakthar, Yangon, the Bago and Sittaung rivers, the Bago Region government, the
Department of Meteorology and Hydrology and Myanma Railways.
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Saudi ENGLISH-LANGUAGE NATIONAL DAILY\'S WEBSITE (Riyadh), DESKTOP browser paste, a BUS FARE RISE with ARABIC NAMES WITH "bin" AND "bint", "Eng." AND "Dr." BEFORE NAMES, TWO UNRELATED AL-HARBIS, A KUNYA AS THE ONLY NAME AND A HIJRI DATE: the single fare in Riyadh rises to SR4 from SR3.50 on Oct. 1 as 11 routes open in the east. Head: two skip links, masthead, menu, a language/sign-in line, crumb (all "B"); headline of record ("W"); a standfirst "Operator says ...; fine ... set at SR100" with a semicolon ("W", carrying "Qafilah Urban Transit Co." as the body first names it); byline, a published/updated line and a share line ("B"); a caption "" and its bracketed credit ("B"). Body: the "RIYADH:" lead "the Transport General Authority announced" ("W", "Oct. 1" and "SR3.50" inside), the first rise since 2025 and the passes "the authority said" (generic kept, "W"); half fares (a rule, "W"); "The network\'s operator, Qafilah Urban Transit Co., said" (descriptor dropped, the suffix\'s point kept, "W") and "It said" ridership ("W"); maintenance contracted ENDING "Sahil Al-Sharqiya Fleet Co." before "The firm, which is based in Dammam, ..." (both "W"); "Eng. Khalid bin Saad Al-Harbi ... told a press conference" (title dropped, "bin" kept, a causal claim "W"), a figure used as rhetoric ("Four riyals ... cup of coffee", ""), a forecast ("", "expects") and women drivers ("W"); the fine as a CONDITIONAL RULE with a semicolon, tickets "only through the Qafilah Pay app" (a STORY LINE THAT LOOKS LIKE AN APP PROMPT, "W") and a PARENTHESIS HOLDING A FULL SENTENCE on free transfers ("W"); the gazette date ENDING "1450 H." before "The authority said operators must post them ..." (both "W"); hours "from 5:30 a.m. to midnight" and a residents\' request reported by the municipality ("W"); a question subhead (""); "Dr. Hessa Al-Harbi ..., who is no relation of the chief executive," (an opinion ""), "Dr. Hessa said" (title and GIVEN name resolving, a share and a target "W") and a conditional forecast split by "she said" (one sentence, ""); "Al-Harbi said the company had asked ..." (the CHIEF EXECUTIVE, told apart by "the company", a request made "W") and his offer (""); a KUNYA, "Abu Turki" (kept as the name he gave, "") and his QUESTION before "he asked." (""); "Nouf bint Mohammed Al-Shahrani" (her own minutes ""), her EXCLAMATION with "6 a.m." inside before "Al-Shahrani said." and her plan (""). A fares table (title, header and source "B", three rows ""). Tail: topics, a most-popular label and headline, a two-sentence cookie notice, its buttons and a copyright line split at "Co." before "All rights reserved." (all "B").',
    'Jordanian PRIVATE ENGLISH-LANGUAGE NEWS SITE\'S AMP page (Amman), a MONTHLY FUEL PRICE DECISION with A FAMILY NAME BEGINNING "Abu" AGAINST TWO KUNYAS, "Um" FOR A MOTHER, "Eng." BEFORE A NAME AND A QUESTION INSIDE A QUOTE WITH NO ATTRIBUTION AFTER IT: 90-octane petrol up 25 fils to JD0.925 a litre from Sunday, diesel and kerosene unchanged. Head: AMP domain, masthead, crumb (all "B"); headline ("W"); a standfirst "Pricing committee says ...; taxi meter fares stay ..." ("W", carrying "the fuel pricing committee at the Ministry of Energy and Mineral Resources" as the lead names it); byline and a last-updated line ("B"); a caption "" and its credit ("B"). Body: the "AMMAN —" lead and "it said" (resolving to the committee in full, "W" twice, "JD0.925" and "JD1.230" inside) and a PARENTHESIS HOLDING A FULL SENTENCE defining a fils ("W"); "The committee said" and "..., the committee said." (the generic noun as written each time, a causal claim "W"); the Cabinet rule with a semicolon ("W"); "Stations may not charge the new prices before 12:01 a.m." ENDING a sentence before "Inspectors will check ..." (a rule and a schedule, "W"); "Updated price boards must be on display ..." (a STORY LINE THAT LOOKS LIKE A DATE LINE, a rule "W"); a read-the-list link ("B"); "The Land Transport Regulatory Commission (LTRC) said" (acronym dropped, "W"), "Its spokesman, Eng. Mahmoud Abu Hamdeh," (title dropped, the FAMILY NAME "Abu Hamdeh" kept and returning, a review rule "W"), his quote ("") and a CONDITIONAL PLAN ("") and "The LTRC said" (the acronym resolving, "W"); the KUNYA "Abu Sami" (his own spending ""), his quote, a QUESTION IN A QUOTE WITH NO ATTRIBUTION AFTER IT ("“And the start fare?", its own sentence with his speaker and cue) and its EXCLAMATION before "he said." (a figure as rhetoric, ""); an economist (descriptor dropped, a characterisation ""), taxes in the pump price ("W") and a QUESTION before "she asked." (""); "Um Khaled" (a mother\'s kunya kept, her jerrycans and a quote over two sentences, ""); distributors ENDING "Zarqa Fuel Marketing Co." before "It said deliveries would not be affected ..." (the first "W", the assurance "" with "It" resolving to the firm). A price table (title, header and source "B", four rows ""). Tail: a read-more headline, tags, a WhatsApp line and a two-sentence copyright line (all "B").',
    'Kuwaiti ENGLISH DAILY\'S E-PAPER, text copied from its PDF with a PAGE JUMP, a HEAT AND POWER RECORD with THREE-PART ARABIC NAMES, "Eng." AND "Dr." BEFORE NAMES, A KUNYA WITH "Abu" FOR A MAN WHOSE FULL NAME THE PAGE GIVES, A ONE-NAME FOREMAN AND A KUWAITI FIRM SUFFIX: electricity use hits 17,860 MW as Jahra reaches 52.4C. Head: masthead, a volume/date line with "Vol." and "No." and a Hijri date, a page running head (all "B"); headline ("W"); a standfirst "Ministry announces ...; Met Department sees relief ..." ("W", carrying "the Ministry of Electricity, Water and Renewable Energy", cue "announces"); byline ("B"). Body: the "KUWAIT CITY, July 17:" lead with "3:42 p.m. on Monday" inside and the ministry named before the clause that ends it ("W"), the previous record "on Aug. 2" ("W"); "The ministry said" the cuts with their cause ("W", generic kept); a caption "" and its credit ("B"); "Eng. Shaikha Jassim Al-Rumaihi" (title dropped, the father\'s name kept, "W"), her request with "10 p.m.,”" inside a quote (""), imports ("W") and a PARENTHESIS HOLDING A FULL SENTENCE with its own attribution, "the ministry estimates." ("W"); the Meteorological Department\'s forecast ("", cue "forecast"), "Its acting director, Dr. Bader Khalifa Al-Suraie," ("W") and his forecast (""); the fire force\'s calls ("W"). The jump: "Continued on Page 6", a page-6 running head, a jump head and "Continued from Page 3" (all "B"). Then the outdoor-work ban from "11 a.m. to 4 p.m." as a CONDITIONAL RULE with a semicolon ("W") and "The authority said" violations ("W"); a foreman known only as "Rodel" (his crew\'s hours "4:30 a.m." and "10:45 a.m." ENDING the sentence, "") and his EXCLAMATION before "he said." (""); the Ministry of Health and "it said" ("W" twice); "Abdullah Saleh Al-Enezi, known ... as Abu Nasser," (an anecdote ""), "Abu Nasser said" (the KUNYA resolving to the full name, "") and his QUESTION before "he asked." (""); cooperatives ENDING "Al-Wafra Refrigerated Transport Co. K.S.C.C." before "It said 46 trucks ..." (both "W", the suffix kept in the label); water use ("W") and a forecast by the spokeswoman (""). A cuts table (title, header and source "B", three rows "" with times). Tail: a printer\'s line split at "Co. W.L.L." before "Printed at its press in Shuwaikh." (both "B").',
    'Cameroonian ANGLOPHONE REGIONAL WEEKLY\'S WEBSITE (Limbe), PHONE BROWSER paste, a COUNCIL MARKET MOVE with "Mola" BEFORE A NAME, A MARKET NAME ("Mami Comfort"), A NAME IN FRENCH ORDER WITH THE FAMILY NAME IN CAPITALS, A CHIEF WITH A REGNAL NUMBER, PIDGIN QUOTES AND A FRENCH FIRM SUFFIX: Down Beach fish sellers move to a new Mile Four market from Nov. 1 and the daily toll rises to FCFA 300. Head: a menu/masthead line, subscribe/sign-in, an open-in-app line, crumb (all "B"); headline with "Nov. 1" inside ("W"); a standfirst "...; sellers\' group says ..." ("W", carrying "The Down Beach Fishmongers\' Common Initiative Group" as the body first gives it); byline, date/read-time and share lines ("B"); a caption "" and its credit ("B"). Body: the "LIMBE —" lead "the Limbe City Council announced" ("W"), "the council said" (generic kept, "W") and "according to council documents" ("W"); the new toll (a price set, no speaker, "W"); an advertisement and a continue-reading line ("B"); "City Mayor Mola Sakwe Ewange Mosoko" (title and honorific dropped, "W") and what the move would do (""); the stall-card and fine rule with a semicolon ("W"); "Mola Mosoko said" (the honorific and surname resolving) over two sentences (""); the cold room ENDING "Froid Atlantique S.A." before "The Douala firm also supplied ..." (both "W"); the group\'s count ("W", acronym dropped) and a PARENTHESIS HOLDING A FULL SENTENCE on what such a group is ("W"); "Comfort Ngowo Ewusi, whom the traders call Mami Comfort," (an accusation ""), "Mami Comfort said in Pidgin, meaning ..." (the market name resolving, the language in the cue, "") and a QUESTION after "She asked:" (one sentence, ""); "The council\'s secretary general, MBELLA NJIE Clarisse," (FRENCH ORDER AND CAPITALS KEPT as written, the lottery "W"), "Mrs Mbella Njie said" (resolving, a plan "") and a forecast (""); "Chief Isaac Mokake Ndoki II" (title dropped, REGNAL NUMBER KEPT, a characterisation "") and a written agreement ("W"); cholera cases "according to its annual report" (as written, "W"); hours "at 5 a.m. ... at 7 p.m." ENDING a sentence before "Guards ... will patrol it at night, the council said." (both "W"); a Pidgin EXCLAMATION before "one woman shouted as ..." (one sentence, speaker as written, ""). Tail: a related label and two headlines, a comments line, a back-to-top line and a copyright line (all "B").',
    'Liberian DAILY\'S WEBSITE (Monrovia), PRINT VIEW paste, a COURT SENTENCING with "Cllr.", "Judge" AND "Pharm." BEFORE NAMES, MIDDLE INITIALS, A FATHER AND SON TOLD APART BY "Sr." AND "Jr." AND TWO CURRENCIES: a Red Light pharmacy owner jailed three years and fined US$15,000 for fake antimalarials. Head: the print URL, masthead with "Est. 1997" (one line), a print/close line (all "B"); headline ("W"); byline with an initial and a date ("B"); a caption with "Sr." inside ("") and its credit ("B"). Body: the "MONROVIA —" lead (the court acting, no speaker, "W"); the verdict by "Judge Sianeh P. Zarwolo-Bestman" with "Gaye Sr., 58," and "Feb. 28" inside (no speaker, "W"); "The sentence was read at 2:15 p.m." ENDING a sentence before "Court officers led him out ..." (the first "W", the scene ""), and custody ("W"); tests "according to the indictment" ("W", the LMHRA acronym inside) and the closure of "Gaye & Sons Pharmacy Inc.," (no split, "W"); the judge\'s quote ("", "told the defendant", title dropped); "Cllr. Teta D. Kulah-Bropleh" (title dropped, the initial kept, the state\'s ask and a first conviction "W") and "Cllr. Kulah-Bropleh said" a counterfactual (""); the defence\'s argument ("", cue "argued") and the wholesaler ENDING "Nimba Crossroads Trading Inc." before "The firm has not been charged." (both "W"); the appeal "the court\'s clerk said" (a role kept as written, "W"); the licence ENDING "Josiah Nyenpan Gaye Sr." before "The defendant\'s son, Josiah Nyenpan Gaye Jr., ..." (both "W"); "Gaye Jr. told reporters outside the court" (THE SON, the suffix telling him from his father, an anecdote "") and his EXCLAMATION before "he said." (the son, ""), and a scene of "The elder Gaye" (no speaker, ""); "The LMHRA said" (the acronym resolving to "the Liberia Medicines and Health Products Regulatory Authority", "W"), "Pharm. Korlu B. Teahjay-Freeman" (a plan ""), a licence-number rule ("W") and a PARENTHESIS HOLDING A FULL SENTENCE ENDING "on Tubman Blvd.)" ("W"); the Public Health Law as a CONDITIONAL RULE with a semicolon ("W"); a druggists\' union\'s characterisation ("", "called") and "It said" a pledge ("W"); malaria visits "according to the Ministry of Health" ("W"); a mother\'s bill in "L$18,500, about US$97," (her own figure ""), her QUESTION before "she asked." and her habit (""). Tail: a copyright line split at "Inc." before "All rights reserved." and a printed-from line ending "9:41 a.m." (all "B").',
    'Gambian RADIO STATION\'S LIVE-UPDATES PAGE (Banjul), DESKTOP paste, NEWEST ENTRY FIRST, a FERRY BREAKDOWN with "Alh." BEFORE A NAME, "Ya" BEFORE AN ELDER WOMAN\'S GIVEN NAME, A ROLE ACRONYM AND AN AUTHORITY\'S ACRONYM RESOLVING TO NAMES GIVEN ONLY IN THE OLDEST ENTRY BELOW: Banjul–Barra crossings to resume on Wednesday after three days. Head: masthead, menu, "● LIVE" (all "B"); headline ("W"); a last-updated line and a "Key events" label ("B"); two key-event bullets of record ("W", no speaker). Entries under "B" time stamps with "Posted by" and share lines ("B"): 18:40 "The GPA says" (the ACRONYM resolving to "The Gambia Ports Authority", named only at 09:00, a schedule "W"), "The last crossing from Barra will leave at 9 p.m." ENDING a sentence before "Fares are unchanged ..." (both "W") and "The MD told Breeze FM" (the ROLE ACRONYM resolving to "Ousman B. Colley-Njai", named only at 09:00, a plan ""); 17:15 a minister named in full (descriptor dropped, "said in a statement", money released "W"), a forecast ("") and a quote (""); 15:30 "Ya Isatou said" (resolving to "Isatou Saine-Njie", named only in a 09:00 SCENE SENTENCE with no verb of saying, ""), her QUESTION before "she asked." and her own prices (""), and a lorry driver\'s count and quote (""); 13:05 "The GPA said" a cause ("W"), a pipe flown in ENDING "Cap-Vert Marine Services S.A.R.L." before "The Senegalese firm also sent two engineers, the authority said." (both "W", generic kept) and the second ferry ("W"); 11:20 a "Key event" line ("B"), "Police say" (kept as written, "W") and "They urged" (advice, ""); 10:05 "Passengers are asked to follow the GPA\'s Facebook page ..., the authority says." (a STORY LINE THAT LOOKS LIKE A FOLLOW-US PROMPT, a request, ""); 09:00 the blog\'s own greeting (""), the breakdown ("W"), "The Gambia Ports Authority, which runs the crossing, said" ("W", "8:40 p.m. on Saturday" inside), "Its managing director, Alh. Ousman B. Colley-Njai," (title dropped, the initial kept, "W") and his quote (""), and the scene naming Ya Isatou (no speaker, ""). Tail: a load-earlier line, a listen-live line and a two-sentence copyright line (all "B").',
    'Lesotho BUSINESS NEWSLETTER pasted from WEBMAIL (Maseru), a FACTORY CLOSURE with "Ntate", "\'M\'e" AND "Chief" BEFORE NAMES, A WOMAN\'S NAME THAT BEGINS WITH AN APOSTROPHE, A TAIWANESE NAME FAMILY NAME FIRST AND A ROLE NOUN FOR THE SPEAKER: a knitwear factory at Thetsane gives notice to all 1,460 workers. Head: a webmail toolbar, a subject line, sender, "To: you", a date line, a display-problem line and a masthead with "No. 212" (all "B"); the newsletter\'s greeting and teaser (its own voice, "" both). First item: an upper-case headline ("W"); "Morija Knitwear (Pty) Ltd. said" (no split, the point kept in the label, notice given "W") and "The company said" orders ("W", generic kept); "Its general manager, Hsu Li-wen," (family name first, a characterisation "") and "Hsu said" (the family name resolving, a plan ""); the Labour Code\'s severance rule ("W"); the lease ENDING "Morija Knitwear (Pty) Ltd." before "The LNDC said it would look for a new tenant." (the first "W", the plan "" with the acronym resolving to "the Lesotho National Development Corporation"); "Ntate Teboho Ramoholi-Sekese" (honorific dropped, "W"), "Ntate Ramoholi-Sekese asked." after a QUESTION (one sentence, "") and a letter sent ("W"); "\'M\'e \'Mathabo Ntšekhe" (the honorific dropped, the APOSTROPHE THAT BEGINS HER NAME KEPT, her wage "") and her QUESTION before "she said." (""); "Our take:" (""). Second item: headline with "M388.50" ("W"), the auction "the Maloti Fibre Growers\' Union said" ("W") and "The union said" ("W"); "Chief Tšeliso Mokhoro-Tau" (title dropped, his own goats ""), a forecast ("", "expects") and an EXCLAMATION before "the chief said." (the ROLE NOUN resolving to him, ""). Third and fourth items: pump prices "the Department of Energy said" and a transport mark-up ("W"); the central bank holding its rate (an act, no speaker) and "It said" inflation ("W"). A key-numbers box (label "B", four rows ""). Tail: a two-sentence tip line, a subscription line, an unsubscribe line, a publisher line split at "Ltd." before "Registered in Lesotho under No. 2019/4410." and a reply bar (all "B").',
    'Eswatini NATIONAL DAILY\'S APP, its article text SHARED, EXAM RESULTS with "Make" AND "Babe" BEFORE NAMES, TWO UNRELATED MAGAGULAS TOLD APART BY "Make", A MINOR RETURNING BY HER GIVEN NAME AND A SPEAKER NAMED AFTER THE CLAIM: the EGCSE pass rate rises to 58.7 percent. Head: a shared-via line and a section label ("B"); headline ("W"); a standfirst "Council says ...; St. Clement\'s College passes all 96" ("W", carrying "the Examinations Council of Eswatini" as the lead gives it, "St." inside); byline and date ("B"); a caption "" and its credit ("B"). Body: the "MBABANE –" lead "the Examinations Council of Eswatini (ECESWA) said" (acronym dropped, "W") and "It said" ("W"); the pass rule and a PARENTHESIS HOLDING A FULL SENTENCE on resits ("W" both); "ECESWA\'s registrar, Sibusiso Mandla Magagula," ("W"), "Magagula said" results withheld ("W") and "He said" a decision date "by Jan. 31." (a plan ""); a question subhead (""); a CONDITIONAL RULE ending "Magagula said." ("W") and a university deadline "the university said" ("W"); the printer ENDING "Drakensberg Secure Print (Pty) Ltd." before "ECESWA said the leak had not happened at the printer." (both "W", the acronym resolving); the minister (title dropped, a characterisation ""), teachers hired ("W") and "The ministry said" a fee ("W"); "head teacher Babe Mfanawenkhosi Nxumalo" at "St. Clement\'s College" (honorific and role dropped, "W") and his quote over two sentences with "6 a.m." inside (""); "Siphesihle Mamba, 18," (her own marks ""), her EXCLAMATION before "Siphesihle said." (the GIVEN NAME resolving, "") and a hope (""); "Make Phindile Magagula" (honorific dropped, "") and her QUESTION before "Make Magagula asked." (HER, not the registrar, ""); a teachers\' league\'s characterisation ("", "called"), "It said" class sizes ("W") and a CONDITIONAL PLAN whose speaker is NAMED AFTER IT (""); collection "from 8 a.m. on Thursday" ("W") and results by SMS (a STORY LINE THAT LOOKS LIKE A SHARE PROMPT, "W"). Tail: a related line, a read-more-in-the-app line, a store line and a "Sent from my Galaxy" line (all "B").',
    'Maldivian NEWS SITE read in a NEWS-AGGREGATOR APP, a DENGUE OUTBREAK with MALDIVIAN NAMES RETURNING BY A MIDDLE OR LAST PART, NEAR-NAMES ("Shiyam" AND "Shiham"), "Dr." WITH A RETURN NAME AND ATOLL AND WARD ABBREVIATIONS: dengue cases in Greater Malé pass 1,200. Head: the app\'s name, a feed crumb, a source/age/read-time line, a follow button (all "B"); the app\'s GENERATED SUMMARY, a label and two bullets (FURNITURE THAT LOOKS LIKE STORY, "B" line by line); headline ("W"); byline and updated lines ("B"); a caption "" and its credit ("B"). Body: "The Health Protection Agency (HPA) said" (acronym dropped, "W") and "the HPA said" (resolving, "W"); a PARENTHESIS HOLDING A FULL SENTENCE on confirmed cases ("W"); "Dr. Aishath Shiuna" (a causal claim "W"), "She said" inspections and fines ("W") and "Dr. Shiuna said" (title and last part resolving, a forecast ""); "Outside the capital, the HPA said, the largest cluster was in Lh. Naifaru, ..." (split by its attribution, one sentence, "W") and a team sent "to ADh. Maamigili on Monday" (no split, "W"); "The Malé City Council said" fogging "from 9 p.m." ("W"); larvicide ENDING "Kaani Pest Control Pvt. Ltd." before "The company said ..." (both "W", generic kept); "Mayor Ibrahim Zareer Adam" (title dropped, "W") and "Zareer said" (the MIDDLE part resolving, a plan ""); the larvae fine as a CONDITIONAL RULE with a semicolon ("W"); "Fathimath Nizna, 34, from Ma. Kurangimaage in Malé," (no split at the ward, her sons ""), her lost pay ("") and her QUESTION before "Nizna asked." (""); "Dr. Mohamed Shiyam" (a ward opened "W"), "Shiyam said" (advice "") and "he said" (""); "Mohamed Shiham" (his own sales "") and his EXCLAMATION before "Shiham said." (the NEAR-NAME, ""). Tail: a reactions/share line, an open-original line, a more-from label and a headline, a related label and a headline, and a report line (all "B").',
    'Bhutanese WEEKLY\'S WEBSITE (Thimphu), READER-MODE paste, a CHILLI PRICE SURGE with TWO-PART BHUTANESE NAMES WITHOUT FAMILY NAMES REPEATED IN FULL, "Dasho", "Aum", "Ap" AND "Gup" BEFORE NAMES, TWO SONAMS, A SOUTHERN NAME WITH A FAMILY NAME AND "Nu." BEFORE PRICES: local chilli hits Nu. 600 a kg as imports are suspended. Head as reader mode leaves it: domain ("B"), headline with "Nu. 600" inside ("W"), byline, place and reading-time lines ("B"). Body: the "THIMPHU –" lead "..., the authority said on Friday." (the generic noun kept as written, though the sentence names the body, "W"); prices "according to DAMC data" (as written, before the department is named in full, "W"); "Sonam Penjor, who heads BAFRA\'s food safety division," ("W") and his quote (""); a PARENTHESIS HOLDING A FULL SENTENCE with its own attribution, "the authority said.)" ("W"); "Dasho Tandin Rabgay" (title dropped, the suspension\'s end date "W") and a conditional forecast (""); importers ENDING "Pasakha Agro Importers Pvt. Ltd." before "It said it would ask ..." (the first "W", the plan "" with "It" resolving to the firm, point kept); a question subhead (""); "The Department of Agricultural Marketing and Cooperatives (DAMC) said" ("W") and "It expects" (""); price boards and the website (a STORY LINE THAT LOOKS LIKE A SITE NOTICE, "W"); "Aum Sonam Dema" (honorific dropped, THE OTHER SONAM, "gone by 9 a.m. on Sunday" "") and "Sonam Dema said" over two sentences with "5 a.m." inside (""); "Ap Tshewang Norbu, 71," (honorific and age dropped, "Nu. 290" inside, "") and his EXCLAMATION before "he said." (""); "Gup Kinley Dorji" (title dropped, a local leader\'s planting figure "W") and a forecast (""); "Chandra Bahadur Ghalley" (a family name kept in full, his own sale "") and his QUESTION before "he asked." (""); a restaurant owner over three sentences, the last a QUESTION before "she asked." (""); "Sonam Penjor said" seizures (resolving to the official, not the vendor, "W"), the Food Act as a CONDITIONAL RULE with a semicolon ("W") and "BAFRA said" (the acronym resolving to "The Bhutan Food and Agriculture Regulatory Authority" as the lead first gives it, "W"). A price table (title with "Nu." and header with "Oct. 29" "B", three rows "", source "B"). Tail: a print-edition line (furniture that looks like story, "B").',
    'Cambodian ENGLISH DAILY\'S TEXT-ONLY EDITION (Phnom Penh), a CUP FINAL MATCH REPORT WITH A BOX SCORE with KHMER NAMES FAMILY NAME FIRST RETURNING BY THE GIVEN NAME, "Oknha" AND "H.E." BEFORE NAMES, A JAPANESE COACH, A BRAZILIAN "Jr." AND "a.e.t.": Mekong Kingfishers FC beat Battambang Saraus FC 3-2 after extra time. Head: masthead with the edition label, a switch line, sections line and a section label (all "B"); headline with "Tavares Jr." inside ("W"); byline and date ("B"); a bracketed photo caption (a scene, ""). Body: the "PHNOM PENH —" lead ENDING "3-2 a.e.t." before "The Football Federation of Cambodia (FFC) put the crowd ..." (the result "W"; the crowd a past estimate with no verb of saying, no speaker, "W"); the goals ("W") and "Sovannarith said" (the GIVEN NAME resolving to "Chhun Sovannarith", named with a descriptor in a sentence with no verb of saying, ""); Saraus\'s goals ("W"); "Coach Kenta Morishige" (descriptor dropped, his own training ""), his EXCLAMATION before "Morishige said." (""), a wish ("") and his contract "the club said" ("W"); "Saraus coach Sok Dara" (an opinion "") and "Dara said" a complaint sent (the given name resolving, "W"); the FFC rules with a semicolon and what they mean for the player sent off ("W" both); prize money "the FFC said" (the acronym resolving, "W"); "FFC general secretary H.E. Pen Sokunthea" (no split at "H.E.", title dropped, "W") and "Sokunthea said" next year\'s venue (a schedule set by those who run it, "W"); the club\'s owner ENDING "Srey Santhor Rice Mill Co., Ltd." before "The firm also sponsors ..." (both "W"); "Oknha Chea Vichet" (title dropped, a promised bonus "") and "Vichet said" the founding ("W"); a fan from Meanchey (""), a scene "on St. 63 until after midnight" ("") and her QUESTION before "Sreyneang asked." (""); the man of the match ENDING "Wellington Tavares Jr." before "He has scored 21 goals ..." (both "W"); a favourites line ("") and the season\'s start ("W"). A BOX SCORE (label "B"; a score line with semicolons, "Tavares Jr." and "a.e.t." inside, a sending-off line, a referee line and an attendance line, all ""). Tail: a more-in-sport label and headline, a back-to-top line and a copyright line with "Co., Ltd." (all "B").',
    'Myanmar-based NEWS AGENCY\'S ENGLISH WIRE, pasted from its SUBSCRIBER FEED, a MONSOON FLOOD with BURMESE NAMES WITHOUT FAMILY NAMES, "U", "Daw", "Ko" AND "Dr." BEFORE NAMES, TWO MEN WHOSE NAMES ARE THE SAME TWO PARTS REVERSED ("Thein Zaw" AND "Zaw Thein"), A DOUBLED GIVEN NAME AND A QUOTE WITH A QUESTION INSIDE: the Bago River tops its danger level by 62 cm and 18,400 people are in relief camps. Head: a service line, a slug, a filed line (all "B"); headline with a semicolon ("W"); three bullets flagged by content (the river "W"; "Regional government says ..." carrying "The Bago Region government" as the body names it, "W"; a forecast with no verb of saying, ""). Body: the "BAGO, Myanmar, Aug. 9 (GTNS) –" lead "the Department of Meteorology and Hydrology (DMH) said" ("W", "6 a.m. on Wednesday" inside), "the DMH said" and "it said" (resolving, "W" twice); the camps "The Bago Region government said" ("W") and "The DMH forecast" (the acronym resolving, cue "forecast", ""); "U Thein Zaw, the Bago township administrator," ("U" dropped, "No. 3" inside, "W"), "He said" ("W"), a CONDITIONAL PLAN ending "U Thein Zaw said." ("") and aid handed out ("W"); the flood plan as a CONDITIONAL RULE with a semicolon ("W"); "Myanma Railways said" a cause ("W") and buses "according to the highway bus operators\' association" ("W"); "Ko Zaw Thein, 29," (THE OTHER MAN, "Ko" dropped, his own trips ""), his EXCLAMATION before "Ko Zaw Thein said." ("") and his fuel (""); "Daw Mya Mya Aye, 54," ("Daw" dropped, the doubled given name kept, her own loss ""), "“What can we do?" (a QUESTION IN A QUOTE WITH NO ATTRIBUTION AFTER IT, its own sentence with her speaker), "We wait for the water to go down,” she said." ("") and her move (""); a rice price "according to a traders\' association in the town" ("W"); "Dr. Nwe Nwe Htay" (title dropped, "W"), a request ("") and her QUESTION before "she asked." (""); water donated ENDING "Pegu Clear Water Co. Ltd." before "It said 20,000 bottles ..." (both "W", "It" resolving to the firm with its points); "The regional government said" (generic kept, "W"). Tail: reporting credits with semicolons, a contact line, a copyright line split at "Ltd." before "All rights reserved." and "ENDS" (all "B").',
]

ARTICLES = [
    [
        [
            ("Skip to main content", "", "", "B"),
        ],
        [
            ("Skip to footer", "", "", "B"),
        ],
        [
            ("THE NAJD COURIER", "", "", "B"),
        ],
        [
            (
                "Saudi Arabia   Middle East   World   Business   Sport   Lifestyle   Opinion   Podcasts   E-paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("عربي   |   Sign in   |   Subscribe", "", "", "B"),
        ],
        [
            ("Saudi Arabia › Riyadh", "", "", "B"),
        ],
        [
            (
                "Riyadh bus fare rises to SR4 as 11 new routes open in the capital's east",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Operator says ridership hit 312,000 a day in August; fine for riding without a ticket set at SR100",
                "Qafilah Urban Transit Co.",
                "says",
                "W",
            ),
        ],
        [
            ("Hatoon Al-Muqrin", "", "", "B"),
        ],
        [
            (
                "Published: September 11, 2028 09:12 | Updated: September 11, 2028 21:47",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Share: X   Facebook   WhatsApp   Telegram   Email", "", "", "B"),
        ],
        [
            (
                "Passengers board a bus at the King Abdullah Road interchange in Riyadh on Sunday.",
                "",
                "",
                "",
            ),
            ("(Supplied)", "", "", "B"),
        ],
        [
            (
                "RIYADH: The single bus fare in Riyadh will rise to SR4 from SR3.50 on Oct. 1, the Transport General Authority announced on Sunday.",
                "the Transport General Authority",
                "announced",
                "W",
            ),
            ("It is the first increase since fares were set in 2025.", "", "", "W"),
        ],
        [
            (
                "A day pass will cost SR12, up from SR10, and a monthly pass SR160, up from SR140, the authority said.",
                "the authority",
                "said",
                "W",
            ),
            (
                "Students, people with disabilities and passengers aged 60 and over will keep paying half fare.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The network's operator, Qafilah Urban Transit Co., said 11 new routes would start the same day in the eastern districts of Al-Nahda, Al-Rimal and Khashm Al-Aan, adding 214 buses to its fleet.",
                "Qafilah Urban Transit Co.",
                "said",
                "W",
            ),
            (
                "It said ridership averaged 312,000 passengers a day in August, up 18 percent from a year earlier.",
                "Qafilah Urban Transit Co.",
                "said",
                "W",
            ),
        ],
        [
            (
                "Maintenance of the new buses has been contracted to Sahil Al-Sharqiya Fleet Co.",
                "",
                "",
                "W",
            ),
            (
                "The firm, which is based in Dammam, also services the network's 96 ticket machines.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Eng. Khalid bin Saad Al-Harbi, Qafilah's chief executive, told a press conference on Sunday that the increase was needed because fuel and wage costs had risen 22 percent since 2025.",
                "Khalid bin Saad Al-Harbi",
                "told a press conference",
                "W",
            ),
            (
                "“Four riyals is still cheaper than a cup of coffee in Olaya,” Al-Harbi said.",
                "Khalid bin Saad Al-Harbi",
                "said",
                "",
            ),
            (
                "He expects daily ridership to pass 400,000 by the end of 2029.",
                "Khalid bin Saad Al-Harbi",
                "expects",
                "",
            ),
            (
                "He said 38 of the company's 1,140 drivers were women, the first of whom started driving in June.",
                "Khalid bin Saad Al-Harbi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Under the authority's rules, a passenger found without a valid ticket is fined SR100; the fine doubles if it is not paid within 30 days.",
                "",
                "",
                "W",
            ),
            (
                "Tickets can be bought only through the Qafilah Pay app, with a bank card at the door or at a ticket machine, and cash is not accepted on board.",
                "",
                "",
                "W",
            ),
            (
                "(Transfers between bus and metro within two hours of the first tap are free.)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The new fares were published in the official gazette, Umm Al-Qura, on 19 Rabi' Al-Thani 1450 H.",
                "",
                "",
                "W",
            ),
            (
                "The authority said operators must post them at every stop by Sept. 30.",
                "The authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "Buses on the new routes will run from 5:30 a.m. to midnight, and until 2 a.m. on Thursday and Friday nights.",
                "",
                "",
                "W",
            ),
            (
                "Residents of Al-Nahda had asked for a 4:30 a.m. service for shift workers at nearby warehouses, the Riyadh Municipality said.",
                "the Riyadh Municipality",
                "said",
                "W",
            ),
        ],
        [
            ("Who will ride the new routes?", "", "", ""),
        ],
        [
            (
                "Dr. Hessa Al-Harbi, an urban transport researcher at King Saud University who is no relation of the chief executive, said the eastern routes were “the first that go where the workers actually live”.",
                "Hessa Al-Harbi",
                "said",
                "",
            ),
            (
                "Dr. Hessa said buses and the metro together carried about 6 percent of daily trips in the capital, against a target of 15 percent by 2030.",
                "Hessa Al-Harbi",
                "said",
                "W",
            ),
            (
                "If the fare rises again before the last metro lines open, she said, many of those workers will go back to shared taxis.",
                "Hessa Al-Harbi",
                "said",
                "",
            ),
        ],
        [
            (
                "Al-Harbi said the company had asked the authority for dedicated bus lanes on 42 km of road in the eastern districts.",
                "Khalid bin Saad Al-Harbi",
                "said",
                "W",
            ),
            (
                "“Give us the lanes and we will give you a bus every eight minutes,” he said.",
                "Khalid bin Saad Al-Harbi",
                "said",
                "",
            ),
        ],
        [
            (
                "A taxi driver who gave his name only as Abu Turki said the new routes would take most of his morning fares from Khashm Al-Aan.",
                "Abu Turki",
                "said",
                "",
            ),
            (
                "“Who will pay SR25 for a taxi when the bus is SR4?” he asked.",
                "Abu Turki",
                "asked",
                "",
            ),
        ],
        [
            (
                "Nouf bint Mohammed Al-Shahrani, a nurse who lives in Al-Rimal, said her trip to work had fallen from 70 minutes by car to 45 by bus since a trial route started in May.",
                "Nouf bint Mohammed Al-Shahrani",
                "said",
                "",
            ),
            (
                "“My brother used to drive me at 6 a.m. every day!” Al-Shahrani said.",
                "Nouf bint Mohammed Al-Shahrani",
                "said",
                "",
            ),
            (
                "She said she would buy a monthly pass in October.",
                "Nouf bint Mohammed Al-Shahrani",
                "said",
                "",
            ),
        ],
        [
            ("NEW FARES FROM OCT. 1", "", "", "B"),
        ],
        [
            ("Ticket | Now | From Oct. 1", "", "", "B"),
        ],
        [
            ("Single (valid 2 hours) | SR3.50 | SR4", "", "", ""),
        ],
        [
            ("Day pass | SR10 | SR12", "", "", ""),
        ],
        [
            ("Monthly pass | SR140 | SR160", "", "", ""),
        ],
        [
            ("Source: Transport General Authority", "", "", "B"),
        ],
        [
            ("Topics: Riyadh Bus | Transport General Authority | Public transport", "", "", "B"),
        ],
        [
            ("MOST POPULAR", "", "", "B"),
        ],
        [
            (
                "Jeddah Corniche road to close for resurfacing for 10 days from Saturday",
                "",
                "",
                "B",
            ),
        ],
        [
            ("We use cookies to personalise content and to analyse our traffic.", "", "", "B"),
            ("By continuing to browse, you agree to our use of cookies.", "", "", "B"),
        ],
        [
            ("Accept   |   Manage settings", "", "", "B"),
        ],
        [
            ("© 2028 Najd Courier Publishing Co.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("⚡ amp.jordandaybreak.jo", "", "", "B"),
        ],
        [
            ("JORDAN DAYBREAK", "", "", "B"),
        ],
        [
            ("Home › Jordan › Economy", "", "", "B"),
        ],
        [
            ("Petrol up 25 fils a litre for October, diesel and kerosene unchanged", "", "", "W"),
        ],
        [
            (
                "Pricing committee says world petrol prices rose 4.1% in September; taxi meter fares stay where they are",
                "the fuel pricing committee at the Ministry of Energy and Mineral Resources",
                "says",
                "W",
            ),
        ],
        [
            ("By Sawsan Bataineh-Kurdi", "", "", "B"),
        ],
        [
            ("Last updated: Sep 28, 2028, 11:58 PM", "", "", "B"),
        ],
        [
            (
                "A worker fills a car at a petrol station on Airport Road in Amman on Thursday.",
                "",
                "",
                "",
            ),
            ("Photo: Jordan Daybreak/Yazan Fakhouri-Dajani", "", "", "B"),
        ],
        [
            (
                "AMMAN — The price of 90-octane petrol will rise by 25 fils to JD0.925 a litre from Sunday, and 95-octane by 30 fils to JD1.230, the fuel pricing committee at the Ministry of Energy and Mineral Resources said on Thursday.",
                "the fuel pricing committee at the Ministry of Energy and Mineral Resources",
                "said",
                "W",
            ),
            (
                "Diesel and kerosene stay at JD0.640 a litre, it said.",
                "the fuel pricing committee at the Ministry of Energy and Mineral Resources",
                "said",
                "W",
            ),
            ("(A fils is a thousandth of a dinar.)", "", "", "W"),
        ],
        [
            (
                "The committee said the average world price of petrol rose 4.1 percent in September from August, while diesel fell 0.8 percent.",
                "The committee",
                "said",
                "W",
            ),
            (
                "A 12.5kg cylinder of cooking gas stays at JD7, where it has been since 2023, because the treasury covers the difference, the committee said.",
                "the committee",
                "said",
                "W",
            ),
        ],
        [
            (
                "Under a 2020 Cabinet decision, prices are set on the last working day of each month for the month ahead; a change of less than 10 fils a litre is not passed on.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Stations may not charge the new prices before 12:01 a.m.", "", "", "W"),
            (
                "Inspectors will check the pumps at 120 stations on Sunday, the ministry said.",
                "the ministry",
                "said",
                "W",
            ),
            (
                "Updated price boards must be on display at every station by 8 a.m. on Sunday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Read the committee's full price list", "", "", "B"),
        ],
        [
            (
                "The Land Transport Regulatory Commission (LTRC) said the taxi meter's start fare would stay at 450 fils and the rate per kilometre at 230 fils.",
                "The Land Transport Regulatory Commission",
                "said",
                "W",
            ),
            (
                "Its spokesman, Eng. Mahmoud Abu Hamdeh, said the commission reviews meter fares only when the price of 90-octane petrol moves by more than 50 fils within three months.",
                "Mahmoud Abu Hamdeh",
                "said",
                "W",
            ),
            (
                "“We do not want drivers refusing short trips,” Abu Hamdeh said.",
                "Mahmoud Abu Hamdeh",
                "said",
                "",
            ),
            (
                "If petrol rises again in November, the commission will look at the formula before the end of the year, Abu Hamdeh said.",
                "Mahmoud Abu Hamdeh",
                "said",
                "",
            ),
        ],
        [
            (
                "The LTRC said 17,406 yellow taxis were licensed in Amman at the end of August.",
                "The Land Transport Regulatory Commission",
                "said",
                "W",
            ),
        ],
        [
            (
                "Abu Sami, who has driven a yellow taxi from a rank in Jabal Al-Hussein for 22 years, said he now spends JD18 a day on petrol.",
                "Abu Sami",
                "said",
                "",
            ),
            (
                "“Every month they add five fils here, ten fils there,” he said.",
                "Abu Sami",
                "said",
                "",
            ),
            ("“And the start fare?", "Abu Sami", "said", ""),
            ("Still 450 fils, the same as in 2022!” he said.", "Abu Sami", "said", ""),
        ],
        [
            (
                "Economist Yusra Khasawneh-Odeh said the monthly adjustments had become “a tax by another name”.",
                "Yusra Khasawneh-Odeh",
                "said",
                "",
            ),
            (
                "She said taxes and fees made up about 48 percent of the pump price of 90-octane petrol.",
                "Yusra Khasawneh-Odeh",
                "said",
                "W",
            ),
            (
                "“When oil falls, who sees it at the pump?” she asked.",
                "Yusra Khasawneh-Odeh",
                "asked",
                "",
            ),
        ],
        [
            (
                "In Marka, Um Khaled, who heats her two rooms with a kerosene stove, said she had bought two jerrycans on Wednesday in case the price went up.",
                "Um Khaled",
                "said",
                "",
            ),
            ("“It did not go up, thank God,” she said.", "Um Khaled", "said", ""),
            ("“But winter has not come yet.”", "Um Khaled", "said", ""),
        ],
        [
            (
                "Petrol reaches stations through four licensed distributors, the largest of them Zarqa Fuel Marketing Co.",
                "",
                "",
                "W",
            ),
            (
                "It said deliveries would not be affected by the change.",
                "Zarqa Fuel Marketing Co.",
                "said",
                "",
            ),
        ],
        [
            ("FUEL PRICES FOR OCTOBER (per litre)", "", "", "B"),
        ],
        [
            ("Fuel | September | October", "", "", "B"),
        ],
        [
            ("90-octane petrol | JD0.900 | JD0.925", "", "", ""),
        ],
        [
            ("95-octane petrol | JD1.200 | JD1.230", "", "", ""),
        ],
        [
            ("Diesel | JD0.640 | JD0.640", "", "", ""),
        ],
        [
            ("Kerosene | JD0.640 | JD0.640", "", "", ""),
        ],
        [
            ("Source: Ministry of Energy and Mineral Resources", "", "", "B"),
        ],
        [
            ("Read more: Electricity tariff for large users unchanged until March", "", "", "B"),
        ],
        [
            ("Tags: fuel prices   taxis   Amman", "", "", "B"),
        ],
        [
            ("Join Jordan Daybreak's WhatsApp channel for breaking news", "", "", "B"),
        ],
        [
            ("© 2028 Jordan Daybreak.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE KUWAIT ECHO", "", "", "B"),
        ],
        [
            (
                "Vol. XLII, No. 11,482 | Tuesday, July 18, 2028 | 24 Safar 1450 | 150 fils",
                "",
                "",
                "B",
            ),
        ],
        [
            ("LOCAL  3", "", "", "B"),
        ],
        [
            ("Power use hits record 17,860 MW as Jahra swelters at 52.4C", "", "", "W"),
        ],
        [
            (
                "Ministry announces two-hour cuts in 14 areas; Met Department sees relief by the weekend",
                "the Ministry of Electricity, Water and Renewable Energy",
                "announces",
                "W",
            ),
        ],
        [
            ("By Ahmad Saad-Eddin, Staff Writer", "", "", "B"),
        ],
        [
            (
                "KUWAIT CITY, July 17: Electricity consumption reached a record 17,860 megawatts at 3:42 p.m. on Monday, the Ministry of Electricity, Water and Renewable Energy said, as the temperature in Jahra rose to 52.4 degrees Celsius.",
                "the Ministry of Electricity, Water and Renewable Energy",
                "said",
                "W",
            ),
            ("The previous record, 17,310 MW, was set on Aug. 2 last year.", "", "", "W"),
        ],
        [
            (
                "The ministry said it had cut power for up to two hours at a time to parts of 14 residential areas, including Sabah Al-Salem, Al-Qurain and Jleeb Al-Shuyoukh, because two generating units at Az-Zour South were shut for repairs.",
                "The ministry",
                "said",
                "W",
            ),
        ],
        [
            ("Workers repair a cable junction in Sabah Al-Salem on Monday afternoon.", "", "", ""),
            ("— KE photo by Fahad Mubarak-Dashti", "", "", "B"),
        ],
        [
            (
                "The ministry's spokeswoman, Eng. Shaikha Jassim Al-Rumaihi, said each cut had been announced on the ministry's X account at least 30 minutes before it began.",
                "Shaikha Jassim Al-Rumaihi",
                "said",
                "W",
            ),
            (
                "“We ask every household to set its air conditioners at 24 degrees and to run washing machines after 10 p.m.,” Al-Rumaihi said.",
                "Shaikha Jassim Al-Rumaihi",
                "said",
                "",
            ),
            (
                "She said Kuwait had drawn 1,200 MW from the Gulf interconnection grid on Monday, the most it had ever imported in a day.",
                "Shaikha Jassim Al-Rumaihi",
                "said",
                "W",
            ),
            (
                "(One megawatt supplies about 250 homes at peak summer load, the ministry estimates.)",
                "the ministry",
                "estimates",
                "W",
            ),
        ],
        [
            (
                "The Meteorological Department forecast highs of 49 to 51C for Tuesday and Wednesday, and relief from a northwesterly wind from Friday.",
                "The Meteorological Department",
                "forecast",
                "",
            ),
            (
                "Its acting director, Dr. Bader Khalifa Al-Suraie, said Monday's reading at Jahra was the highest in July at that station since 2021.",
                "Bader Khalifa Al-Suraie",
                "said",
                "W",
            ),
            (
                "Al-Suraie said humidity along the coast would rise from Thursday, making the heat “feel worse, not better”.",
                "Bader Khalifa Al-Suraie",
                "said",
                "",
            ),
        ],
        [
            (
                "The Kuwait Fire Force said it had answered 86 calls to fires caused by overloaded cables and air conditioners since Saturday.",
                "The Kuwait Fire Force",
                "said",
                "W",
            ),
        ],
        [
            ("Continued on Page 6", "", "", "B"),
        ],
        [
            ("6  |  LOCAL  |  THE KUWAIT ECHO  |  TUESDAY, JULY 18, 2028", "", "", "B"),
        ],
        [
            ("POWER: Cuts in 14 areas", "", "", "B"),
        ],
        [
            ("Continued from Page 3", "", "", "B"),
        ],
        [
            (
                "Under a decision of the Public Authority for Manpower, outdoor work is banned from 11 a.m. to 4 p.m. from June 1 to Aug. 31; employers are fined KD100 for each worker found working in those hours.",
                "",
                "",
                "W",
            ),
            (
                "The authority said its inspectors had recorded 312 violations at 96 sites since June 1.",
                "The authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "A Filipino site foreman who gave only his first name, Rodel, said his crew of 14 now starts at 4:30 a.m. and stops at 10:45 a.m.",
                "Rodel",
                "said",
                "",
            ),
            ("“By ten o'clock the steel is too hot to hold!” he said.", "Rodel", "said", ""),
        ],
        [
            (
                "The Ministry of Health said Jahra Hospital had treated 37 people for heat exhaustion since Saturday.",
                "The Ministry of Health",
                "said",
                "W",
            ),
            ("Most of them were outdoor workers, it said.", "The Ministry of Health", "said", "W"),
        ],
        [
            (
                "In Al-Qurain, Abdullah Saleh Al-Enezi, known to the men who gather at his diwaniya as Abu Nasser, said the power had gone off twice on Monday evening.",
                "Abdullah Saleh Al-Enezi",
                "said",
                "",
            ),
            (
                "“The generator I bought in 2021 finally paid for itself,” Abu Nasser said.",
                "Abdullah Saleh Al-Enezi",
                "said",
                "",
            ),
            (
                "“Why is it always our block that goes first?” he asked.",
                "Abdullah Saleh Al-Enezi",
                "asked",
                "",
            ),
        ],
        [
            (
                "Cooperative societies in the affected areas kept frozen food in refrigerated trucks hired from Al-Wafra Refrigerated Transport Co. K.S.C.C.",
                "",
                "",
                "W",
            ),
            (
                "It said 46 trucks had been sent to 19 cooperatives on Monday.",
                "Al-Wafra Refrigerated Transport Co. K.S.C.C.",
                "said",
                "W",
            ),
        ],
        [
            (
                "Water consumption also reached a record, 612 million imperial gallons, on Sunday, the ministry said.",
                "the ministry",
                "said",
                "W",
            ),
            (
                "Al-Rumaihi said both units at Az-Zour South should be back in service “within days”.",
                "Shaikha Jassim Al-Rumaihi",
                "said",
                "",
            ),
        ],
        [
            ("SCHEDULED CUTS, WEDNESDAY JULY 19", "", "", "B"),
        ],
        [
            ("Area | Blocks | Hours", "", "", "B"),
        ],
        [
            ("Sabah Al-Salem | 3, 5, 9 | 1 p.m.–3 p.m.", "", "", ""),
        ],
        [
            ("Al-Qurain | 2, 4 | 2 p.m.–4 p.m.", "", "", ""),
        ],
        [
            ("Jleeb Al-Shuyoukh | 1, 6 | 3 p.m.–5 p.m.", "", "", ""),
        ],
        [
            ("Source: Ministry of Electricity, Water and Renewable Energy", "", "", "B"),
        ],
        [
            ("Printed and published by Dasman Liwan Press Co. W.L.L.", "", "", "B"),
            ("Printed at its press in Shuwaikh.", "", "", "B"),
        ],
    ],
    [
        [
            ("☰   THE FAKO TIDE   🔍", "", "", "B"),
        ],
        [
            ("Subscribe  |  Sign in", "", "", "B"),
        ],
        [
            ("Open in the Fako Tide app", "", "", "B"),
        ],
        [
            ("News › South West", "", "", "B"),
        ],
        [
            (
                "Limbe council moves Down Beach fish sellers to new Mile Four market from Nov. 1",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Daily stall toll rises to FCFA 300; sellers' group says 400 traders have no stall",
                "The Down Beach Fishmongers' Common Initiative Group",
                "says",
                "W",
            ),
        ],
        [
            ("By Efeti Mbua-Ndumbe", "", "", "B"),
        ],
        [
            ("October 18, 2028 · 4 min read", "", "", "B"),
        ],
        [
            ("Share  ·  WhatsApp  ·  Facebook  ·  Copy link", "", "", "B"),
        ],
        [
            ("Fish sellers at the Down Beach market in Limbe on Monday.", "", "", ""),
            ("Photo: Fako Tide", "", "", "B"),
        ],
        [
            (
                "LIMBE — Fish and food sellers at the Down Beach market will move to a new market at Mile Four from Nov. 1, the Limbe City Council announced on Tuesday.",
                "the Limbe City Council",
                "announced",
                "W",
            ),
            (
                "The new market has 1,240 stalls and a cold room for 60 tonnes of fish, the council said.",
                "the council",
                "said",
                "W",
            ),
            (
                "It cost FCFA 2.4 billion, paid from the state's Public Investment Budget, according to council documents.",
                "council documents",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The daily toll for a stall will rise to FCFA 300 from FCFA 200, and a monthly card will cost FCFA 7,500.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Continue reading below", "", "", "B"),
        ],
        [
            (
                "City Mayor Mola Sakwe Ewange Mosoko said the Down Beach market had been built for 300 sellers in the 1980s and now held more than 900.",
                "Sakwe Ewange Mosoko",
                "said",
                "W",
            ),
            (
                "He said the move would end the flooding that shuts the market “every rainy season”.",
                "Sakwe Ewange Mosoko",
                "said",
                "",
            ),
        ],
        [
            (
                "Sellers who have not collected their stall cards by Oct. 25 will lose their places; anyone still selling at Down Beach after Nov. 1 faces a fine of FCFA 25,000.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("“We are not chasing anybody,” Mola Mosoko said.", "Sakwe Ewange Mosoko", "said", ""),
            ("“We are giving them a market with a roof.”", "Sakwe Ewange Mosoko", "said", ""),
        ],
        [
            ("The cold room was installed by Froid Atlantique S.A.", "", "", "W"),
            (
                "The Douala firm also supplied the cold rooms at the Kribi fish market in 2026.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Down Beach Fishmongers' Common Initiative Group (CIG) said 400 of its 1,100 members had not been given a stall.",
                "The Down Beach Fishmongers' Common Initiative Group",
                "said",
                "W",
            ),
            (
                "(A common initiative group is an association of farmers, fishers or traders registered under a 1992 law.)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Its president, Comfort Ngowo Ewusi, whom the traders call Mami Comfort, said the lottery had favoured sellers “who know somebody for council”.",
                "Comfort Ngowo Ewusi",
                "said",
                "",
            ),
            (
                "“Dem build market for Mile Four, but di canoe dem dey land for Down Beach,” Mami Comfort said in Pidgin, meaning the market was far from where the boats come in.",
                "Comfort Ngowo Ewusi",
                "said in Pidgin",
                "",
            ),
            (
                "She asked: “Who go carry di fish go Mile Four, and who go pay di taxi?”",
                "Comfort Ngowo Ewusi",
                "asked",
                "",
            ),
        ],
        [
            (
                "The council's secretary general, MBELLA NJIE Clarisse, told The Fako Tide that the stalls had been allocated by public lottery on Oct. 3 in the presence of a bailiff.",
                "MBELLA NJIE Clarisse",
                "told The Fako Tide",
                "W",
            ),
            (
                "Mrs Mbella Njie said the council would not collect the toll during the first week.",
                "MBELLA NJIE Clarisse",
                "said",
                "",
            ),
            (
                "She said 210 more stalls would be ready “by January, if the rains allow”.",
                "MBELLA NJIE Clarisse",
                "said",
                "",
            ),
        ],
        [
            (
                "The traditional ruler of Down Beach, Chief Isaac Mokake Ndoki II, said the beach had been a market “since the time of our grandfathers' grandfathers”.",
                "Isaac Mokake Ndoki II",
                "said",
                "",
            ),
            (
                "He said the council had agreed in writing in 2025 to leave 40 places for smoked-fish sellers at Down Beach.",
                "Isaac Mokake Ndoki II",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Regional Delegation of Public Health for the South West recorded 46 cholera cases in Limbe in 2027, 31 of them around Down Beach, according to its annual report.",
                "its annual report",
                "according to",
                "W",
            ),
        ],
        [
            ("The new market opens at 5 a.m. and closes at 7 p.m.", "", "", "W"),
            (
                "Guards from a private security firm will patrol it at night, the council said.",
                "the council",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Na wa o!” one woman shouted as the mayor's car pulled away from the beach.",
                "one woman",
                "shouted",
                "",
            ),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Buea taxi drivers strike over new parking fees", "", "", "B"),
        ],
        [
            ("Fako cholera vaccination campaign reaches 80,000 people", "", "", "B"),
        ],
        [
            ("Tap to load 23 comments", "", "", "B"),
        ],
        [
            ("Back to top ↑", "", "", "B"),
        ],
        [
            ("© 2028 Fako Tide Publications Sarl", "", "", "B"),
        ],
    ],
    [
        [
            (
                "https://www.ducorsentry.com.lr/news/court-jails-red-light-pharmacy-owner/print",
                "",
                "",
                "B",
            ),
        ],
        [
            ("THE DUCOR SENTRY — Est. 1997", "", "", "B"),
        ],
        [
            ("Print this page  |  Close window", "", "", "B"),
        ],
        [
            (
                "Court jails Red Light pharmacy owner three years over fake malaria drugs",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Saye T. Mentee-Dolo", "", "", "B"),
        ],
        [
            ("March 14, 2028", "", "", "B"),
        ],
        [
            (
                "Josiah Nyenpan Gaye Sr. leaves Criminal Court 'C' at the Temple of Justice on Monday.",
                "",
                "",
                "",
            ),
            ("Photo: Ducor Sentry", "", "", "B"),
        ],
        [
            (
                "MONROVIA — Criminal Court 'C' at the Temple of Justice on Monday sentenced the owner of a Red Light pharmacy to three years in prison and fined him US$15,000 for selling counterfeit antimalarial tablets.",
                "",
                "",
                "W",
            ),
            (
                "Judge Sianeh P. Zarwolo-Bestman had found Josiah Nyenpan Gaye Sr., 58, guilty on Feb. 28 of selling falsified medicines and of economic sabotage.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The sentence was read at 2:15 p.m.", "", "", "W"),
            ("Court officers led him out through a side door.", "", "", ""),
            (
                "Gaye has been held at the Monrovia Central Prison since his conviction.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Tests by the Liberia Medicines and Health Products Regulatory Authority (LMHRA) found that 11,400 blister packs seized from his shop in August 2027 contained no artemether at all, according to the indictment.",
                "the indictment",
                "according to",
                "W",
            ),
            (
                "The court also ordered the shop, Gaye & Sons Pharmacy Inc., closed and its licence revoked.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Malaria kills our children, and you sold their mothers chalk,” Judge Zarwolo-Bestman told the defendant.",
                "Sianeh P. Zarwolo-Bestman",
                "told the defendant",
                "",
            ),
        ],
        [
            (
                "Cllr. Teta D. Kulah-Bropleh, who led the prosecution for the Ministry of Justice, said the state had asked for five years.",
                "Teta D. Kulah-Bropleh",
                "said",
                "W",
            ),
            (
                "She said it was the first conviction for selling falsified medicines in Montserrado County since 2019.",
                "Teta D. Kulah-Bropleh",
                "said",
                "W",
            ),
            (
                "“Five years would have sent a message to every shop in Red Light,” Cllr. Kulah-Bropleh said.",
                "Teta D. Kulah-Bropleh",
                "said",
                "",
            ),
        ],
        [
            (
                "Defense lawyer Cllr. Moses G. Tarpeh-Duwana argued that his client had bought the tablets in good faith.",
                "Moses G. Tarpeh-Duwana",
                "argued",
                "",
            ),
            (
                "The tablets were bought from a Ganta wholesaler, Nimba Crossroads Trading Inc.",
                "",
                "",
                "W",
            ),
            ("The firm has not been charged.", "", "", "W"),
            (
                "Tarpeh-Duwana filed a notice of appeal to the Supreme Court on Monday evening, the court's clerk said.",
                "the court's clerk",
                "said",
                "W",
            ),
        ],
        [
            ("The shop's licence was issued in the name of Josiah Nyenpan Gaye Sr.", "", "", "W"),
            (
                "The defendant's son, Josiah Nyenpan Gaye Jr., who worked the shop's counter, was acquitted.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Gaye Jr. told reporters outside the court that his father had sold medicine in Red Light for 30 years without a single complaint.",
                "Josiah Nyenpan Gaye Jr.",
                "told reporters outside the court",
                "",
            ),
            (
                "“My father never sold a fake tablet knowingly!” he said.",
                "Josiah Nyenpan Gaye Jr.",
                "said",
                "",
            ),
            (
                "The elder Gaye, in a grey suit, stood with his hands folded while the sentence was read.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The LMHRA said its inspectors had visited 1,312 medicine stores in Montserrado County in 2027 and closed 214 of them.",
                "the Liberia Medicines and Health Products Regulatory Authority",
                "said",
                "W",
            ),
            (
                "Its managing director, Pharm. Korlu B. Teahjay-Freeman, said the authority would test samples from every pharmacy in Red Light by June.",
                "Korlu B. Teahjay-Freeman",
                "said",
                "",
            ),
            (
                "Since January, every medicine store must display its LMHRA licence number at the counter.",
                "",
                "",
                "W",
            ),
            (
                "(The LMHRA keeps a public register of licensed medicine stores at its office on Tubman Blvd.)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Under the Public Health Law, selling a medicine that is not registered with the authority carries a fine of up to US$25,000; if the medicine causes a death, the seller faces up to 10 years in prison.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Montserrado Druggists' Union called the sentence “too light for the harm done”.",
                "The Montserrado Druggists' Union",
                "called",
                "",
            ),
            (
                "It said its 410 members had signed a pledge in 2026 to buy only from registered importers.",
                "The Montserrado Druggists' Union",
                "said",
                "W",
            ),
        ],
        [
            (
                "Malaria accounted for 38 percent of outpatient visits at public health facilities in 2027, according to the Ministry of Health.",
                "the Ministry of Health",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Musu Flahn-Dorbor, who sells pepper in Red Light, said she had spent L$18,500, about US$97, on her daughter's treatment at Redemption Hospital after the girl took tablets bought at a shop nearby.",
                "Musu Flahn-Dorbor",
                "said",
                "",
            ),
            ("“Who will pay me back?” she asked.", "Musu Flahn-Dorbor", "asked", ""),
            (
                "She said she now buys medicine only at the hospital pharmacy.",
                "Musu Flahn-Dorbor",
                "said",
                "",
            ),
        ],
        [
            ("Copyright © 2028 Ducor Sentry Publishing Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Printed from www.ducorsentry.com.lr on 14 Mar. 2028, 9:41 a.m.", "", "", "B"),
        ],
    ],
    [
        [
            ("BREEZE FM 98.2 NEWS", "", "", "B"),
        ],
        [
            ("Home | News | Sport | Listen Live | Programmes | Contact", "", "", "B"),
        ],
        [
            ("● LIVE", "", "", "B"),
        ],
        [
            (
                "Banjul–Barra ferry crossings to resume on Wednesday after three-day breakdown",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Last updated 18:40 GMT", "", "", "B"),
        ],
        [
            ("Key events", "", "", "B"),
        ],
        [
            (
                "• The Kombo Pride, the only working ferry on the crossing, broke down mid-river on Saturday with 212 passengers on board",
                "",
                "",
                "W",
            ),
        ],
        [
            ("• Police arrested four pirogue operators at Barra for overcharging", "", "", "W"),
        ],
        [
            ("18:40 GMT", "", "", "B"),
        ],
        [
            (
                "The GPA says the repaired ferry, MV Kombo Pride, has passed its sea trial and crossings between Banjul and Barra will resume at 7 a.m. on Wednesday.",
                "The Gambia Ports Authority",
                "says",
                "W",
            ),
            ("The last crossing from Barra will leave at 9 p.m.", "", "", "W"),
            ("Fares are unchanged at D50 for foot passengers and D600 for a car.", "", "", "W"),
        ],
        [
            (
                "The MD told Breeze FM the authority would publish a maintenance schedule for both ferries by the end of the month.",
                "Ousman B. Colley-Njai",
                "told Breeze FM",
                "",
            ),
        ],
        [
            ("Posted by Fatou Camara-Sillah", "", "", "B"),
        ],
        [
            ("17:15 GMT", "", "", "B"),
        ],
        [
            (
                "Transport minister Ebrima Tamsir Jarju-Camara said in a statement that the government had released D12 million for ferry spare parts since January.",
                "Ebrima Tamsir Jarju-Camara",
                "said in a statement",
                "W",
            ),
            (
                "He said a third ferry would arrive “early next year”.",
                "Ebrima Tamsir Jarju-Camara",
                "said",
                "",
            ),
            (
                "“Nobody should have to sleep at a ferry terminal in 2028,” he said.",
                "Ebrima Tamsir Jarju-Camara",
                "said",
                "",
            ),
        ],
        [
            ("Share this post", "", "", "B"),
        ],
        [
            ("15:30 GMT", "", "", "B"),
        ],
        [
            (
                "At the Barra terminal, Ya Isatou said she had thrown away half of her oranges after two days of waiting.",
                "Isatou Saine-Njie",
                "said",
                "",
            ),
            ("“Who will buy soft oranges?” she asked.", "Isatou Saine-Njie", "asked", ""),
            (
                "She said a basket that fetches D300 in Banjul was worth nothing after two days in the sun.",
                "Isatou Saine-Njie",
                "said",
                "",
            ),
        ],
        [
            (
                "A lorry driver, Musa Kebbeh-Fatty, said more than 300 lorries were queued on the Barra side, some of them since Saturday.",
                "Musa Kebbeh-Fatty",
                "said",
                "",
            ),
            (
                "“I have cement for a school in Kerewan and it is sitting here in the sun,” he said.",
                "Musa Kebbeh-Fatty",
                "said",
                "",
            ),
        ],
        [
            ("13:05 GMT", "", "", "B"),
        ],
        [
            (
                "The GPA said the Kombo Pride's port engine had failed on Saturday because of a cracked cooling pipe.",
                "The Gambia Ports Authority",
                "said",
                "W",
            ),
            (
                "A replacement pipe was flown in from Dakar on Monday by Cap-Vert Marine Services S.A.R.L.",
                "",
                "",
                "W",
            ),
            (
                "The Senegalese firm also sent two engineers, the authority said.",
                "the authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "The second ferry, MV Niumi Star, has been out of service since June for a hull survey.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Key event", "", "", "B"),
        ],
        [
            ("11:20 GMT", "", "", "B"),
        ],
        [
            (
                "Police say they have arrested four pirogue operators at Barra for charging passengers D250 for a crossing that normally costs D75.",
                "Police",
                "say",
                "W",
            ),
            (
                "They urged passengers to use only licensed boats and to wear a life jacket.",
                "Police",
                "urged",
                "",
            ),
        ],
        [
            ("Posted by Lamin Touray-Bojang", "", "", "B"),
        ],
        [
            ("10:05 GMT", "", "", "B"),
        ],
        [
            (
                "Passengers are asked to follow the GPA's Facebook page for departure times, the authority says.",
                "the authority",
                "says",
                "",
            ),
        ],
        [
            ("09:00 GMT", "", "", "B"),
        ],
        [
            ("Good morning and welcome to our live coverage of the ferry breakdown.", "", "", ""),
        ],
        [
            (
                "Ferry services between Banjul and Barra have been suspended since Saturday afternoon, when the Kombo Pride broke down mid-river with 212 passengers on board.",
                "",
                "",
                "W",
            ),
            (
                "The Gambia Ports Authority, which runs the crossing, said all of them were brought ashore by 8:40 p.m. on Saturday and no one was hurt.",
                "The Gambia Ports Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "Its managing director, Alh. Ousman B. Colley-Njai, said the crossing normally carries about 9,000 passengers and 350 vehicles a day.",
                "Ousman B. Colley-Njai",
                "said",
                "W",
            ),
            ("“We are asking for patience,” he said.", "Ousman B. Colley-Njai", "said", ""),
        ],
        [
            (
                "At the Barra terminal, Isatou Saine-Njie, known to the other traders as Ya Isatou, sat on sacks of oranges she had brought from Kerewan.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Posted by Fatou Camara-Sillah", "", "", "B"),
        ],
        [
            ("Load earlier updates", "", "", "B"),
        ],
        [
            ("Listen live: 98.2 FM Banjul | 101.7 FM Basse", "", "", "B"),
        ],
        [
            ("© 2028 Breeze FM Gambia.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("← Back to Inbox      Archive   Delete   Mark as unread   ⋯", "", "", "B"),
        ],
        [
            ("Factory shuts, mohair soars, pump prices hold", "", "", "B"),
        ],
        [
            ("The Senqu Digest <digest@senqudigest.co.ls>", "", "", "B"),
        ],
        [
            ("To: you", "", "", "B"),
        ],
        [
            ("Fri 9 Jun 2028, 06:30", "", "", "B"),
        ],
        [
            ("If this email does not display properly, view it online.", "", "", "B"),
        ],
        [
            ("THE SENQU DIGEST · Business from Maseru · No. 212", "", "", "B"),
        ],
        [
            ("Dumela, and happy Friday.", "", "", ""),
            (
                "It has been a week of one closure and one windfall, and we have both for you.",
                "",
                "",
                "",
            ),
        ],
        [
            ("THETSANE KNITWEAR FACTORY GIVES NOTICE TO ALL 1,460 WORKERS", "", "", "W"),
        ],
        [
            (
                "Morija Knitwear (Pty) Ltd. said on Wednesday it had given notice to all 1,460 workers at its factory at Thetsane, which will close on June 30.",
                "Morija Knitwear (Pty) Ltd.",
                "said",
                "W",
            ),
            (
                "The company said orders from its largest buyer, an American clothing chain, had fallen 62 percent since January.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Its general manager, Hsu Li-wen, said the factory had “nothing to sew after July”.",
                "Hsu Li-wen",
                "said",
                "",
            ),
            (
                "Under the Labour Code, a worker laid off after a year's service is owed severance pay of two weeks' wages for each completed year.",
                "",
                "",
                "W",
            ),
            ("Hsu said the company would pay it in full by July 15.", "Hsu Li-wen", "said", ""),
        ],
        [
            (
                "The building is leased from the Lesotho National Development Corporation by Morija Knitwear (Pty) Ltd.",
                "",
                "",
                "W",
            ),
            (
                "The LNDC said it would look for a new tenant.",
                "the Lesotho National Development Corporation",
                "said",
                "",
            ),
        ],
        [
            (
                "Ntate Teboho Ramoholi-Sekese, secretary general of the Lesotho Garment and Allied Workers' Congress, said 1,120 of the workers were women and about 300 were over 50.",
                "Teboho Ramoholi-Sekese",
                "said",
                "W",
            ),
            (
                "“Where does a 52-year-old machinist find work in Maseru?” Ntate Ramoholi-Sekese asked.",
                "Teboho Ramoholi-Sekese",
                "asked",
                "",
            ),
            (
                "He said the congress had written to the Ministry of Trade and Industry on Thursday asking it to keep the factory's machines in the country.",
                "Teboho Ramoholi-Sekese",
                "said",
                "W",
            ),
        ],
        [
            (
                "’M’e ’Mathabo Ntšekhe, who has sewn pockets at Thetsane since 2009, said her wage of M2,950 a month kept two grandchildren in school.",
                "’Mathabo Ntšekhe",
                "said",
                "",
            ),
            ("“Two weeks for each year, and then what?” she said.", "’Mathabo Ntšekhe", "said", ""),
        ],
        [
            (
                "Our take: Lesotho has lost about a fifth of its garment jobs in three years, and nothing in this week's budget speech replaces them.",
                "",
                "",
                "",
            ),
        ],
        [
            ("MOHAIR FETCHES M388.50 A KILO IN GQEBERHA", "", "", "W"),
        ],
        [
            (
                "Lesotho's kid mohair sold for an average of M388.50 a kilogram at Wednesday's auction in Gqeberha, up 14.2 percent on the last sale in May, the Maloti Fibre Growers' Union said.",
                "the Maloti Fibre Growers' Union",
                "said",
                "W",
            ),
            (
                "The union said 186,400 kg from Lesotho was sold, worth about M41.7m.",
                "The union",
                "said",
                "W",
            ),
        ],
        [
            (
                "Chief Tšeliso Mokhoro-Tau of Ha Sekake in Qacha's Nek said his 640 goats had given him 1,100 kg this season.",
                "Tšeliso Mokhoro-Tau",
                "said",
                "",
            ),
            (
                "He expects prices to hold until the September sale.",
                "Tšeliso Mokhoro-Tau",
                "expects",
                "",
            ),
            (
                "“When mohair is up, the whole village eats meat!” the chief said.",
                "Tšeliso Mokhoro-Tau",
                "said",
                "",
            ),
        ],
        [
            ("PUMP PRICES UNCHANGED FOR JUNE", "", "", "W"),
        ],
        [
            (
                "Petrol stays at M21.40 a litre in Maseru and diesel at M22.15 for June, the Department of Energy said.",
                "the Department of Energy",
                "said",
                "W",
            ),
            (
                "Prices in the mountain districts are up to 60 lisente a litre higher, to cover transport.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("RATE ON HOLD", "", "", "W"),
        ],
        [
            (
                "The Central Bank of Lesotho kept its policy rate at 7.25 percent on Tuesday.",
                "",
                "",
                "W",
            ),
            (
                "It said inflation had eased to 5.1 percent in April from 5.6 percent in March.",
                "The Central Bank of Lesotho",
                "said",
                "W",
            ),
        ],
        [
            ("KEY NUMBERS THIS WEEK", "", "", "B"),
        ],
        [
            ("Loti/US dollar: M18.62", "", "", ""),
        ],
        [
            ("Kid mohair: M388.50/kg (+14.2%)", "", "", ""),
        ],
        [
            ("Petrol, Maseru: M21.40/l (unchanged)", "", "", ""),
        ],
        [
            ("Prime lending rate: 10.75%", "", "", ""),
        ],
        [
            ("Got a tip?", "", "", "B"),
            ("Just reply to this email.", "", "", "B"),
        ],
        [
            ("You are receiving this because you subscribed at senqudigest.co.ls.", "", "", "B"),
        ],
        [
            ("Unsubscribe  ·  Manage preferences  ·  Forward to a colleague", "", "", "B"),
        ],
        [
            ("The Senqu Digest is published by Thaba Bosiu Wordworks (Pty) Ltd.", "", "", "B"),
            ("Registered in Lesotho under No. 2019/4410.", "", "", "B"),
        ],
        [
            ("Reply   Reply all   Forward", "", "", "B"),
        ],
    ],
    [
        [
            ("Shared via the Lubombo Bugle app", "", "", "B"),
        ],
        [
            ("NEWS · EDUCATION", "", "", "B"),
        ],
        [
            ("EGCSE pass rate up to 58.7%, but maths still the weakest subject", "", "", "W"),
        ],
        [
            (
                "Council says 41 candidates' results withheld over suspected biology leak; St. Clement's College passes all 96",
                "the Examinations Council of Eswatini",
                "says",
                "W",
            ),
        ],
        [
            ("By Nokuthula Ginindza-Vilakati", "", "", "B"),
        ],
        [
            ("12 January 2028 · 5:12 pm", "", "", "B"),
        ],
        [
            (
                "Form 5 pupils at a Manzini school check their results on Wednesday afternoon.",
                "",
                "",
                "",
            ),
            ("Picture: Lubombo Bugle", "", "", "B"),
        ],
        [
            (
                "MBABANE – The pass rate in the Eswatini General Certificate of Secondary Education (EGCSE) rose to 58.7 percent in 2027 from 54.2 percent a year earlier, the Examinations Council of Eswatini (ECESWA) said on Wednesday.",
                "the Examinations Council of Eswatini",
                "said",
                "W",
            ),
            (
                "It said 14,206 candidates sat the examination at 262 centres.",
                "the Examinations Council of Eswatini",
                "said",
                "W",
            ),
        ],
        [
            ("A pass means a credit in at least six subjects, including English.", "", "", "W"),
            (
                "(Candidates who fail English can resit it in May without retaking their other subjects.)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "ECESWA's registrar, Sibusiso Mandla Magagula, said mathematics remained the weakest subject, with only 31.2 percent of candidates earning a credit.",
                "Sibusiso Mandla Magagula",
                "said",
                "W",
            ),
            (
                "Magagula said the results of 41 candidates at two centres in the Shiselweni region had been withheld while the council investigates a suspected leak of the biology paper.",
                "Sibusiso Mandla Magagula",
                "said",
                "W",
            ),
            (
                "He said the council would decide on the withheld results by Jan. 31.",
                "Sibusiso Mandla Magagula",
                "said",
                "",
            ),
        ],
        [
            ("What happens to the withheld results?", "", "", ""),
        ],
        [
            (
                "If the investigation finds that a candidate saw the paper in advance, that candidate's biology result is cancelled and the rest of the results stand, Magagula said.",
                "Sibusiso Mandla Magagula",
                "said",
                "W",
            ),
            (
                "Candidates whose results are withheld can still apply to the University of Eswatini, which has extended its deadline to Feb. 15, the university said.",
                "the university",
                "said",
                "W",
            ),
        ],
        [
            (
                "The papers were printed in South Africa by Drakensberg Secure Print (Pty) Ltd.",
                "",
                "",
                "W",
            ),
            (
                "ECESWA said the leak had not happened at the printer.",
                "the Examinations Council of Eswatini",
                "said",
                "W",
            ),
        ],
        [
            (
                "Education and Training Minister Lindiwe Khumalo-Mavuso said the results were “the best news our schools have had in ten years”.",
                "Lindiwe Khumalo-Mavuso",
                "said",
                "",
            ),
            (
                "She said the government had hired 340 maths and science teachers since 2026.",
                "Lindiwe Khumalo-Mavuso",
                "said",
                "W",
            ),
            (
                "The ministry said the Form 4 registration fee at government schools would stay at E1,250 in 2028.",
                "The ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "At St. Clement's College in Nhlangano, head teacher Babe Mfanawenkhosi Nxumalo said all 96 of the school's candidates had passed, for the ninth year in a row.",
                "Mfanawenkhosi Nxumalo",
                "said",
                "W",
            ),
            (
                "“Our pupils start at 6 a.m. and nobody complains,” he said.",
                "Mfanawenkhosi Nxumalo",
                "said",
                "",
            ),
            ("“Well, some complain.”", "Mfanawenkhosi Nxumalo", "said", ""),
        ],
        [
            (
                "One of them, Siphesihle Mamba, 18, said she had earned distinctions in all eight of her subjects.",
                "Siphesihle Mamba",
                "said",
                "",
            ),
            (
                "“I studied by candlelight whenever the power went off!” Siphesihle said.",
                "Siphesihle Mamba",
                "said",
                "",
            ),
            ("She said she hoped to study medicine.", "Siphesihle Mamba", "said", ""),
        ],
        [
            (
                "In Lobamba, Make Phindile Magagula said her son had passed everything except mathematics and would have to repeat the year to qualify for university.",
                "Phindile Magagula",
                "said",
                "",
            ),
            (
                "“Where do we find E1,250 again?” Make Magagula asked.",
                "Phindile Magagula",
                "asked",
                "",
            ),
        ],
        [
            (
                "The Mbuluzi Teachers' League called the results “a triumph of overcrowded classrooms”.",
                "The Mbuluzi Teachers' League",
                "called",
                "",
            ),
            (
                "It said the average Form 5 class at a government school had 48 pupils.",
                "The Mbuluzi Teachers' League",
                "said",
                "W",
            ),
            (
                "If classes are not capped at 40 pupils by the start of the second term, the league will call its members out for a day, its secretary general, Nhlanhla Msibi-Gamedze, said.",
                "Nhlanhla Msibi-Gamedze",
                "said",
                "",
            ),
        ],
        [
            ("Results can be collected from schools from 8 a.m. on Thursday.", "", "", "W"),
            (
                "Candidates can also get them by SMS by sending their candidate number to 40410, the council said.",
                "the council",
                "said",
                "W",
            ),
        ],
        [
            ("Related: Junior Certificate results out on Jan. 24", "", "", "B"),
        ],
        [
            ("Read more stories like this in the Lubombo Bugle app.", "", "", "B"),
        ],
        [
            ("Get it on Google Play  |  Download on the App Store", "", "", "B"),
        ],
        [
            ("Sent from my Galaxy", "", "", "B"),
        ],
    ],
    [
        [
            ("Sunread", "", "", "B"),
        ],
        [
            ("For you  ›  Health", "", "", "B"),
        ],
        [
            ("The Malé Current  ·  3h  ·  4 min read", "", "", "B"),
        ],
        [
            ("+ Follow", "", "", "B"),
        ],
        [
            ("Quick summary (generated by Sunread)", "", "", "B"),
        ],
        [
            ("• Dengue cases in Greater Malé pass 1,200 this year", "", "", "B"),
        ],
        [
            ("• Fogging every Thursday night until further notice", "", "", "B"),
        ],
        [
            (
                "Dengue cases in Greater Malé pass 1,200 as council orders weekly fogging",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Mariyam Shaaya Rasheed", "", "", "B"),
        ],
        [
            ("Updated 7 November 2028, 11:20", "", "", "B"),
        ],
        [
            ("A council worker fogs a lane in Henveiru on Monday night.", "", "", ""),
            ("Photo: The Malé Current", "", "", "B"),
        ],
        [
            (
                "The Health Protection Agency (HPA) said on Tuesday that 1,204 dengue cases had been recorded in Greater Malé since January, more than in the whole of 2027.",
                "The Health Protection Agency",
                "said",
                "W",
            ),
            (
                "Of those, 212 patients were admitted to hospital and two died, the HPA said.",
                "The Health Protection Agency",
                "said",
                "W",
            ),
            ("(The HPA counts only cases confirmed by a laboratory test.)", "", "", "W"),
        ],
        [
            (
                "Dr. Aishath Shiuna, who heads the agency's communicable disease unit, said 61 percent of this year's cases were in Hulhumalé, where construction sites hold standing water after rain.",
                "Aishath Shiuna",
                "said",
                "W",
            ),
            (
                "She said the agency had inspected 1,460 households since September and fined 212 of them.",
                "Aishath Shiuna",
                "said",
                "W",
            ),
            (
                "Dr. Shiuna said cases were expected to peak in the last two weeks of November.",
                "Aishath Shiuna",
                "said",
                "",
            ),
        ],
        [
            (
                "Outside the capital, the HPA said, the largest cluster was in Lh. Naifaru, with 87 cases.",
                "The Health Protection Agency",
                "said",
                "W",
            ),
            (
                "A medical team was sent to ADh. Maamigili on Monday after 19 cases were reported there.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Malé City Council said fogging would be carried out every Thursday from 9 p.m. in all wards of Malé, Hulhumalé and Villimalé until further notice.",
                "The Malé City Council",
                "said",
                "W",
            ),
            ("Larvicide for the fogging is supplied by Kaani Pest Control Pvt. Ltd.", "", "", "W"),
            (
                "The company said it had flown in 4,000 litres from Colombo since September.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mayor Ibrahim Zareer Adam said the council had collected 312 tonnes of discarded containers, tyres and boat covers from streets and beaches since Oct. 1.",
                "Ibrahim Zareer Adam",
                "said",
                "W",
            ),
            (
                "Zareer said the council would hire 40 more cleaners in December.",
                "Ibrahim Zareer Adam",
                "said",
                "",
            ),
        ],
        [
            (
                "Under the Public Health Protection Act, a household found with mosquito larvae in standing water can be fined MVR 2,000; from Dec. 1 the fine doubles for a second offence within six months.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Fathimath Nizna, 34, from Ma. Kurangimaage in Malé, said both her sons caught dengue within a week of each other in October.",
                "Fathimath Nizna",
                "said",
                "",
            ),
            (
                "She said she had taken three days off work without pay.",
                "Fathimath Nizna",
                "said",
                "",
            ),
            (
                "“Why are the construction sites not fined?” Nizna asked.",
                "Fathimath Nizna",
                "asked",
                "",
            ),
        ],
        [
            (
                "Dr. Mohamed Shiyam, a paediatrician at Indira Gandhi Memorial Hospital, said the hospital had opened a 30-bed dengue ward on Oct. 20.",
                "Mohamed Shiyam",
                "said",
                "W",
            ),
            (
                "Shiyam said parents should bring a child in if a fever lasts more than two days.",
                "Mohamed Shiyam",
                "said",
                "",
            ),
            ("“Do not wait for the rash,” he said.", "Mohamed Shiyam", "said", ""),
        ],
        [
            (
                "Mohamed Shiham, who runs a hardware shop on Majeedhee Magu, said he had sold more than 400 mosquito nets since September.",
                "Mohamed Shiham",
                "said",
                "",
            ),
            (
                "“I have ordered 1,000 more, and they will be gone by Christmas!” Shiham said.",
                "Mohamed Shiham",
                "said",
                "",
            ),
        ],
        [
            ("👍 212   💬 18   ↗ Share", "", "", "B"),
        ],
        [
            ("Open original article", "", "", "B"),
        ],
        [
            ("More from The Malé Current", "", "", "B"),
        ],
        [
            ("Ferry fare to Hulhumalé to rise to MVR 15 from January", "", "", "B"),
        ],
        [
            ("Related on Sunread", "", "", "B"),
        ],
        [
            ("Sri Lanka's dengue count passes 40,000 for the year", "", "", "B"),
        ],
        [
            ("Report a problem with this story", "", "", "B"),
        ],
    ],
    [
        [
            ("takinpost.bt", "", "", "B"),
        ],
        [
            (
                "Local chilli hits Nu. 600 a kg as BAFRA halts imports over pesticide residue",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Dechen Wangmo Lhamo", "", "", "B"),
        ],
        [
            ("Thimphu", "", "", "B"),
        ],
        [
            ("6 min read", "", "", "B"),
        ],
        [
            (
                "THIMPHU – The Bhutan Food and Agriculture Regulatory Authority (BAFRA) has suspended imports of fresh chillies for three months after tests found pesticide residue above the permitted limit in most samples, the authority said on Friday.",
                "the authority",
                "said",
                "W",
            ),
            (
                "A kilogram of locally grown green chilli sold for up to Nu. 600 at the Centenary Farmers' Market in Thimphu on Sunday, up from Nu. 180 a week earlier, according to DAMC data.",
                "DAMC data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Sonam Penjor, who heads BAFRA's food safety division, said 31 of 48 samples of chillies imported through Phuentsholing in September had residues above the limit.",
                "Sonam Penjor",
                "said",
                "W",
            ),
            (
                "“We test because people here eat chillies three times a day,” Sonam Penjor said.",
                "Sonam Penjor",
                "said",
                "",
            ),
            (
                "(The permitted limit is 0.01 milligrams per kilogram, the authority said.)",
                "the authority",
                "said",
                "W",
            ),
            (
                "The authority's director general, Dasho Tandin Rabgay, said the suspension would run until Jan. 31.",
                "Tandin Rabgay",
                "said",
                "W",
            ),
            (
                "He said imports might resume earlier “if the exporters can show us clean test results”.",
                "Tandin Rabgay",
                "said",
                "",
            ),
        ],
        [
            (
                "Most imported chillies are brought in by 14 licensed importers, the largest of them Pasakha Agro Importers Pvt. Ltd.",
                "",
                "",
                "W",
            ),
            (
                "It said it would ask its suppliers to have every consignment tested before it reaches the border.",
                "Pasakha Agro Importers Pvt. Ltd.",
                "said",
                "",
            ),
        ],
        [
            ("What happens to the price now?", "", "", ""),
        ],
        [
            (
                "The Department of Agricultural Marketing and Cooperatives (DAMC) said about 60 percent of the chillies sold in Thimphu between October and March are imported.",
                "The Department of Agricultural Marketing and Cooperatives",
                "said",
                "W",
            ),
            (
                "It expects prices to stay above Nu. 400 a kg until the new crop from Punakha and Wangdue reaches the market in spring.",
                "The Department of Agricultural Marketing and Cooperatives",
                "expects",
                "",
            ),
            (
                "Prices are updated every morning on a board at the market's main entrance and on the department's website.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Aum Sonam Dema, who has sold vegetables on the market's upper floor for 16 years, said her stock of local chillies was gone by 9 a.m. on Sunday.",
                "Sonam Dema",
                "said",
                "",
            ),
            ("“Customers come at 5 a.m. now,” Sonam Dema said.", "Sonam Dema", "said", ""),
            ("“Some of them buy two kilos and dry them at home.”", "Sonam Dema", "said", ""),
        ],
        [
            (
                "Ap Tshewang Norbu, 71, who had come to the market from Babesa, said he had bought half a kilo for Nu. 290 and would make it last a week.",
                "Tshewang Norbu",
                "said",
                "",
            ),
            ("“Ema datshi without the ema is only datshi!” he said.", "Tshewang Norbu", "said", ""),
        ],
        [
            (
                "In Haa, Gup Kinley Dorji of Bji gewog said farmers in the gewog had planted 30 percent more chilli this year than last.",
                "Kinley Dorji",
                "said",
                "W",
            ),
            ("He said they would not have a crop to sell until May.", "Kinley Dorji", "said", ""),
        ],
        [
            (
                "Chandra Bahadur Ghalley, who grows chillies under plastic in Tsirang, said he had sold 120 kg to a Thimphu wholesaler on Saturday at Nu. 350 a kg, his best price ever.",
                "Chandra Bahadur Ghalley",
                "said",
                "",
            ),
            (
                "“Why did nobody want my chillies in August?” he asked.",
                "Chandra Bahadur Ghalley",
                "asked",
                "",
            ),
        ],
        [
            (
                "Karma Yangzom, who runs a restaurant on Norzin Lam, said she had taken ema datshi off her lunch menu on Monday.",
                "Karma Yangzom",
                "said",
                "",
            ),
            (
                "She said she was cooking it at home with dried chillies from last year's harvest.",
                "Karma Yangzom",
                "said",
                "",
            ),
            ("“Customers complain, but what can I do?” she asked.", "Karma Yangzom", "asked", ""),
        ],
        [
            (
                "Sonam Penjor said the authority had also seized and destroyed 2.4 tonnes of chillies at the Phuentsholing checkpoint since Oct. 1.",
                "Sonam Penjor",
                "said",
                "W",
            ),
            (
                "Under the Food Act, imported vegetables that fail a residue test must be destroyed or sent back at the importer's cost; a second failure within a year can cost the importer its licence.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "BAFRA said it had tested 212 consignments of imported vegetables since July, and 38 of them had failed.",
                "The Bhutan Food and Agriculture Regulatory Authority",
                "said",
                "W",
            ),
        ],
        [
            ("CHILLI PRICES AT THE CENTENARY FARMERS' MARKET (Nu. per kg)", "", "", "B"),
        ],
        [
            ("Item | Oct. 29 | Nov. 5", "", "", "B"),
        ],
        [
            ("Local green chilli | 180 | 600", "", "", ""),
        ],
        [
            ("Local dried chilli | 650 | 1,100", "", "", ""),
        ],
        [
            ("Imported green chilli | 120 | —", "", "", ""),
        ],
        [
            ("Source: DAMC daily price board", "", "", "B"),
        ],
        [
            ("This story appeared in the print edition of 11 November 2028.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE CHAKTOMUK MONITOR | text-only edition", "", "", "B"),
        ],
        [
            ("Switch to full site | ខ្មែរ", "", "", "B"),
        ],
        [
            ("Sections: News | Business | Sport | Lifestyle | Opinion", "", "", "B"),
        ],
        [
            ("SPORT", "", "", "B"),
        ],
        [
            ("Tavares Jr. double wins first Mekong Cup for Kingfishers", "", "", "W"),
        ],
        [
            ("By Vann Sovichea", "", "", "B"),
        ],
        [
            ("Mon, 12 Jun 2028 | 7:05 am", "", "", "B"),
        ],
        [
            (
                "[Photo: Kingfishers players lift the Mekong Cup at Morodok Techo on Sunday night.]",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "PHNOM PENH — Mekong Kingfishers FC won the Mekong Cup for the first time on Sunday, beating Battambang Saraus FC 3-2 a.e.t.",
                "",
                "",
                "W",
            ),
            (
                "The Football Federation of Cambodia (FFC) put the crowd at Morodok Techo National Stadium at 31,406, a record for a domestic final.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Wellington Tavares Jr. scored twice for the Kingfishers, the winner coming in the 117th minute from a corner taken by captain Chhun Sovannarith.",
                "",
                "",
                "W",
            ),
            (
                "“I told him to stand at the back post and wait,” Sovannarith said.",
                "Chhun Sovannarith",
                "said",
                "",
            ),
        ],
        [
            (
                "Saraus led twice, through Nhem Sokleap in the 23rd minute and Prak Vannak in the 61st, before Meas Rotha drew the Kingfishers level with six minutes of normal time left.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Coach Kenta Morishige said his players had practised set pieces in the afternoon heat for a month before the final.",
                "Kenta Morishige",
                "said",
                "",
            ),
            (
                "“Forty minutes of corners, every day!” Morishige said.",
                "Kenta Morishige",
                "said",
                "",
            ),
            ("He said he wanted to stay for a third season.", "Kenta Morishige", "said", ""),
            ("His contract runs until May 2029, the club said.", "the club", "said", "W"),
        ],
        [
            (
                "Saraus coach Sok Dara said the sending-off of defender Kao Piseth in the 105th minute had “decided the final”.",
                "Sok Dara",
                "said",
                "",
            ),
            (
                "Dara said the club had sent a complaint about the referee, Ly Sokhom, to the FFC on Monday morning.",
                "Sok Dara",
                "said",
                "W",
            ),
        ],
        [
            (
                "Under FFC rules, a player sent off in a cup final is suspended for the first two league matches of the next season; a complaint about a referee must be filed within 48 hours.",
                "",
                "",
                "W",
            ),
            ("Kao Piseth will therefore miss Saraus's first two league matches.", "", "", "W"),
        ],
        [
            (
                "The winners receive 200 million riel ($49,000) and the runners-up 80 million riel, the FFC said.",
                "The Football Federation of Cambodia",
                "said",
                "W",
            ),
            (
                "FFC general secretary H.E. Pen Sokunthea said the final had brought in 1.2 billion riel in ticket sales.",
                "Pen Sokunthea",
                "said",
                "W",
            ),
            (
                "Sokunthea said next year's final would again be played at Morodok Techo.",
                "Pen Sokunthea",
                "said",
                "W",
            ),
        ],
        [
            ("The club is owned by Srey Santhor Rice Mill Co., Ltd.", "", "", "W"),
            ("The firm also sponsors a women's team in Kandal province.", "", "", "W"),
        ],
        [
            (
                "The mill's owner, Oknha Chea Vichet, said he would pay each player a bonus of $2,000.",
                "Chea Vichet",
                "said",
                "",
            ),
            (
                "Vichet said the club had been founded in 2019 by workers at the mill.",
                "Chea Vichet",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ros Sreyneang, 24, a garment worker from Meanchey district who paid 10,000 riel for her ticket, said she had cried when Tavares scored the winner.",
                "Ros Sreyneang",
                "said",
                "",
            ),
            ("Fans sang outside the club's office on St. 63 until after midnight.", "", "", ""),
            (
                "“Who sleeps after a final like that?” Sreyneang asked.",
                "Ros Sreyneang",
                "asked",
                "",
            ),
        ],
        [
            ("The man of the match was Wellington Tavares Jr.", "", "", "W"),
            ("He has scored 21 goals in 26 matches for the club.", "", "", "W"),
        ],
        [
            ("The Kingfishers will start the league season as favourites.", "", "", ""),
            ("The season starts on Aug. 12.", "", "", "W"),
        ],
        [
            ("BOX SCORE", "", "", "B"),
        ],
        [
            (
                "Mekong Kingfishers FC 3 (Tavares Jr. 40', 117'; Meas Rotha 84') Battambang Saraus FC 2 (Nhem Sokleap 23'; Prak Vannak 61') a.e.t.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Sent off: Kao Piseth (Saraus) 105'", "", "", ""),
        ],
        [
            ("Referee: Ly Sokhom", "", "", ""),
        ],
        [
            ("Attendance: 31,406", "", "", ""),
        ],
        [
            ("More in Sport", "", "", "B"),
        ],
        [
            ("Cambodia names 26-man squad for Asian Cup qualifiers", "", "", "B"),
        ],
        [
            ("Back to top | Full site", "", "", "B"),
        ],
        [
            ("© 2028 Chaktomuk Monitor Co., Ltd.", "", "", "B"),
        ],
    ],
    [
        [
            ("GTNS English Service | Asia-Pacific wire", "", "", "B"),
        ],
        [
            ("MYANMAR-WEATHER/FLOODS (UPDATE 2)", "", "", "B"),
        ],
        [
            ("Filed 14:25 MMT, Aug. 9, 2028 | 746 words | Priority: Urgent", "", "", "B"),
        ],
        [
            ("Bago River tops danger level by 62 cm; 18,400 people in relief camps", "", "", "W"),
        ],
        [
            ("• River at 912 cm at 6 a.m., highest at Bago station since 2018", "", "", "W"),
        ],
        [
            (
                "• Regional government says 41 camps open in three townships",
                "The Bago Region government",
                "says",
                "W",
            ),
        ],
        [
            ("• More heavy rain forecast for Thursday and Friday", "", "", ""),
        ],
        [
            (
                "BAGO, Myanmar, Aug. 9 (GTNS) – The Bago River at Bago rose to 912 centimetres at 6 a.m. on Wednesday, 62 cm above its danger level, the Department of Meteorology and Hydrology (DMH) said.",
                "the Department of Meteorology and Hydrology",
                "said",
                "W",
            ),
            (
                "It was the highest level at the station since 2018, the DMH said.",
                "the Department of Meteorology and Hydrology",
                "said",
                "W",
            ),
            (
                "The Sittaung River at Madauk was 14 cm below its danger level at noon, it said.",
                "the Department of Meteorology and Hydrology",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Bago Region government said 18,400 people had been moved to 41 relief camps in Bago, Waw and Kawa townships, most of them in monasteries and schools.",
                "The Bago Region government",
                "said",
                "W",
            ),
            (
                "The DMH forecast heavy rain across the region on Thursday and Friday.",
                "the Department of Meteorology and Hydrology",
                "forecast",
                "",
            ),
        ],
        [
            (
                "U Thein Zaw, the Bago township administrator, said 640 people were sheltering at Basic Education High School No. 3 alone.",
                "Thein Zaw",
                "said",
                "W",
            ),
            (
                "He said classes at 27 schools in the township had been suspended until Aug. 16.",
                "Thein Zaw",
                "said",
                "W",
            ),
            (
                "If the river passes 950 cm, another 6,000 people will be moved from the wards along its banks, U Thein Zaw said.",
                "Thein Zaw",
                "said",
                "",
            ),
            (
                "U Thein Zaw said the township had handed out 14 tonnes of rice and 3,000 tarpaulins since Monday.",
                "Thein Zaw",
                "said",
                "W",
            ),
        ],
        [
            (
                "Under the regional flood plan, residents must leave any ward where the river is forecast to pass 950 cm; the order is given by loudspeaker and on the region's Facebook page.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Myanma Railways said it had suspended trains on the Yangon–Bago section since Tuesday because water covered the track at two places south of Bago station.",
                "Myanma Railways",
                "said",
                "W",
            ),
            (
                "Buses between Yangon and Bago were still running but took up to five hours instead of two, according to the highway bus operators' association.",
                "the highway bus operators' association",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Ko Zaw Thein, 29, who has taken residents out of the flooded Zaingganaing quarter in his fishing boat since Monday, said he had made more than 40 trips.",
                "Zaw Thein",
                "said",
                "",
            ),
            (
                "“The water is up to the windows in some streets!” Ko Zaw Thein said.",
                "Zaw Thein",
                "said",
                "",
            ),
            (
                "He said he was paying for the boat's fuel himself, about K30,000 a day.",
                "Zaw Thein",
                "said",
                "",
            ),
        ],
        [
            (
                "Daw Mya Mya Aye, 54, who sells fried snacks near the railway station, said she had lost stock worth K450,000.",
                "Mya Mya Aye",
                "said",
                "",
            ),
            ("“What can we do?", "Mya Mya Aye", "said", ""),
            ("We wait for the water to go down,” she said.", "Mya Mya Aye", "said", ""),
            (
                "She said she had moved her family to her sister's house on higher ground in Oakthar.",
                "Mya Mya Aye",
                "said",
                "",
            ),
        ],
        [
            (
                "A bag of Emata rice at Bago market cost K125,000 on Wednesday, up from K108,000 a week earlier, according to a traders' association in the town.",
                "a traders' association in the town",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Dr. Nwe Nwe Htay, who runs a mobile clinic for the Sittaung Helping Hands Association, a local charity, said her team had treated 312 people for diarrhoea and skin infections since Monday.",
                "Nwe Nwe Htay",
                "said",
                "W",
            ),
            (
                "She said the camps needed water purification tablets more than rice.",
                "Nwe Nwe Htay",
                "said",
                "",
            ),
            (
                "“How do you keep a baby clean in a monastery hall with 300 people?” she asked.",
                "Nwe Nwe Htay",
                "asked",
                "",
            ),
        ],
        [
            (
                "Bottled water for the camps has been donated by Pegu Clear Water Co. Ltd.",
                "",
                "",
                "W",
            ),
            (
                "It said 20,000 bottles had been sent since Tuesday.",
                "Pegu Clear Water Co. Ltd.",
                "said",
                "W",
            ),
        ],
        [
            (
                "The regional government said no deaths had been reported.",
                "The regional government",
                "said",
                "W",
            ),
        ],
        [
            (
                "(Reporting by Htet Aung Kyaw in Bago; Writing by Moe Thidar Lwin in Yangon; Editing by Craig Pemberton-Lowe)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("((bago.desk@gtns.news; +95 1 2304 118))", "", "", "B"),
        ],
        [
            ("Copyright 2028 Golden Teak News Service Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("ENDS", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h116-sa-co-ends",
        "The buses are serviced by Wadi Hanifa Fleet Co. The firm has a depot in Al-Sulay.",
        ["The buses are serviced by Wadi Hanifa Fleet Co.", "The firm has a depot in Al-Sulay."],
    ),
    (
        "h116-sa-hijri-h-ends",
        "The rule was published on 3 Jumada Al-Awwal 1450 H. It takes effect in a month.",
        ["The rule was published on 3 Jumada Al-Awwal 1450 H.", "It takes effect in a month."],
    ),
    (
        "h116-sa-am-ends",
        "The first bus leaves at 5:15 a.m. Drivers start their shift half an hour earlier.",
        ["The first bus leaves at 5:15 a.m.", "Drivers start their shift half an hour earlier."],
    ),
    (
        "h116-jo-question-in-quote",
        "“Who checks the meters? Nobody,” the driver said.",
        ["“Who checks the meters?", "Nobody,” the driver said."],
    ),
    (
        "h116-jo-fils-decimal",
        "A litre now costs JD0.925. It cost JD0.900 in September.",
        ["A litre now costs JD0.925.", "It cost JD0.900 in September."],
    ),
    (
        "h116-kw-wll-ends",
        "The generators were hired from Sulaibiya Power Rentals Co. W.L.L. It supplied 40 units in July.",
        [
            "The generators were hired from Sulaibiya Power Rentals Co. W.L.L.",
            "It supplied 40 units in July.",
        ],
    ),
    (
        "h116-cm-sa-ends",
        "The scales were supplied by Balances du Littoral S.A. The council paid FCFA 18 million.",
        [
            "The scales were supplied by Balances du Littoral S.A.",
            "The council paid FCFA 18 million.",
        ],
    ),
    (
        "h116-cm-sarl-ends",
        "The toll booths are run by Collecte Mungo S.A.R.L. It keeps 8 percent of the takings.",
        [
            "The toll booths are run by Collecte Mungo S.A.R.L.",
            "It keeps 8 percent of the takings.",
        ],
    ),
    (
        "h116-lr-sr-ends",
        "The pharmacy belongs to Boima K. Sackor-Wleh Sr. His grandson runs it.",
        ["The pharmacy belongs to Boima K. Sackor-Wleh Sr.", "His grandson runs it."],
    ),
    (
        "h116-lr-blvd-ends",
        "The authority's laboratory is on Tubman Blvd. It tests 300 samples a month.",
        ["The authority's laboratory is on Tubman Blvd.", "It tests 300 samples a month."],
    ),
    (
        "h116-lr-pm-ends",
        "The jury returned at 4:50 p.m. The judge thanked them.",
        ["The jury returned at 4:50 p.m.", "The judge thanked them."],
    ),
    (
        "h116-gm-pm-ends",
        "The last ferry left Barra at 8:30 p.m. Hundreds were left on the jetty.",
        ["The last ferry left Barra at 8:30 p.m.", "Hundreds were left on the jetty."],
    ),
    (
        "h116-ls-pty-ltd-ends",
        "The mill is owned by Maluti Spinners (Pty) Ltd. Its 300 workers were paid on Friday.",
        ["The mill is owned by Maluti Spinners (Pty) Ltd.", "Its 300 workers were paid on Friday."],
    ),
    (
        "h116-ls-apostrophe-name-starts",
        "The union met on Monday. ’Mamello Phafane-Sello spoke first.",
        ["The union met on Monday.", "’Mamello Phafane-Sello spoke first."],
    ),
    (
        "h116-mv-pvt-ltd-ends",
        "The fogging machines came from Hithadhoo Pest Solutions Pvt. Ltd. They arrived on Monday.",
        [
            "The fogging machines came from Hithadhoo Pest Solutions Pvt. Ltd.",
            "They arrived on Monday.",
        ],
    ),
    (
        "h116-bt-am-ends",
        "The vendors had sold out by 8 a.m. Buyers queued again on Monday.",
        ["The vendors had sold out by 8 a.m.", "Buyers queued again on Monday."],
    ),
    (
        "h116-kh-co-ltd-ends",
        "The pitch was relaid by Kandal Green Fields Co., Ltd. The work took six weeks.",
        ["The pitch was relaid by Kandal Green Fields Co., Ltd.", "The work took six weeks."],
    ),
    (
        "h116-kh-aet-ends",
        "Kampot won the semi-final 1-0 a.e.t. Their coach watched from the stands.",
        ["Kampot won the semi-final 1-0 a.e.t.", "Their coach watched from the stands."],
    ),
    (
        "h116-mm-co-ltd-ends",
        "Tents were donated by Shwe Sittaung Trading Co. Ltd. The firm sent 600.",
        ["Tents were donated by Shwe Sittaung Trading Co. Ltd.", "The firm sent 600."],
    ),
    (
        "h116-mm-question-in-quote",
        "“Where do we go now? The monastery is full,” she said.",
        ["“Where do we go now?", "The monastery is full,” she said."],
    ),
    (
        "h116-kw-exclaim-attrib",
        "“The street was a furnace!” a delivery rider said. He stopped work at 11 a.m.",
        ["“The street was a furnace!” a delivery rider said.", "He stopped work at 11 a.m."],
    ),
    (
        "h116-sa-exclaim-attrib-one",
        "“Four riyals!” a passenger shouted at the driver.",
        ["“Four riyals!” a passenger shouted at the driver."],
    ),
    (
        "h116-gm-alh-initial-mid",
        "Alh. Modou L. Sanneh-Ceesay chairs the ferry users' committee.",
        ["Alh. Modou L. Sanneh-Ceesay chairs the ferry users' committee."],
    ),
    (
        "h116-sz-st-mid",
        "Pupils at St. Ursula's High School in Mankayane did best. Their head teacher retires in June.",
        [
            "Pupils at St. Ursula's High School in Mankayane did best.",
            "Their head teacher retires in June.",
        ],
    ),
    (
        "h116-mv-atoll-mid",
        "Nine cases were found in Lh. Hinnavaru on Sunday.",
        ["Nine cases were found in Lh. Hinnavaru on Sunday."],
    ),
    (
        "h116-bt-nu-mid",
        "A kilo of dried chilli costs Nu. 1,150 at the market.",
        ["A kilo of dried chilli costs Nu. 1,150 at the market."],
    ),
    (
        "h116-kh-he-mid",
        "H.E. Sam Oeun Rithy handed over the trophy.",
        ["H.E. Sam Oeun Rithy handed over the trophy."],
    ),
    (
        "h116-kh-st-mid",
        "The club shop on St. 271 sold out of shirts by noon.",
        ["The club shop on St. 271 sold out of shirts by noon."],
    ),
    (
        "h116-mm-no-mid",
        "About 400 people slept at Basic Education Middle School No. 7 in Waw on Tuesday.",
        ["About 400 people slept at Basic Education Middle School No. 7 in Waw on Tuesday."],
    ),
    (
        "h116-lr-cllr-jr-mid",
        "Cllr. Amos T. Kpoto Jr. represented the family.",
        ["Cllr. Amos T. Kpoto Jr. represented the family."],
    ),
]
