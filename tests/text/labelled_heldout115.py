"""Hundred-and-fifteenth set of new hand-labelled pages for the hint engines (held-out set, round sixty-five: never tuned on):

Theme: twelve WHOLE pages of everyday news, head to tail as a reader's paste gives them with each site's furniture, from twelve countries of EUROPE AND THE AMERICAS (Belgium, Austria, Switzerland, Denmark, Sweden, Norway, Finland, Czechia, Hungary, Chile, Colombia, Peru; English-language outlets and English editions), each from a different kind of outlet and pasted a different way, with EVERY DIFFICULTY MIXED ON EVERY PAGE: furniture of many shapes (and story lines that look like furniture), speakers hard to find and name, check-worthiness decided sentence by sentence, and hard sentence ends. Ordinary stories (transport, prices, courts, councils, health, weather, schools, business, sport).

The pages, one line each (country; outlet; paste; story):

1. Belgium; an English-language Brussels city news website; DESKTOP; transport fares: a single STIB ticket to €2.60 from February, the tram 9 extension moved to March 2029.
2. Austria; an English-language Vienna news site; READER MODE; a court: a property manager, "Herwig S.", gets 30 months for billing 1,400 tenants for heat they never used.
3. Switzerland; an English-language Swiss news site; AMP; prices: health insurance premiums up 6.4% to Fr. 418.20 a month, with a cantons table.
4. Denmark; an English-language Copenhagen news site; PHONE BROWSER; health: one in six emergency patients at Bispebjerg waited more than six hours.
5. Sweden; an English-language Swedish news site's LIVE-UPDATES page, newest first; weather: Storm Gunvor cuts power to Skåne, stops trains, shuts the Öresund Bridge.
6. Norway; a business EMAIL NEWSLETTER pasted from WEBMAIL; business: a salmon farmer's record harvest and thinner margins, a ferry operator's late electric ferries.
7. Finland; a public broadcaster's English service, text SHARED FROM ITS APP; schools: Helsinki votes 8–5 to close two primary schools in Vuosaari.
8. Czechia; an English-language Prague weekly's E-PAPER, copied from the PDF across a page jump; a council: the City Assembly doubles the tourist fee to CZK 100 a night.
9. Hungary; an English-language Budapest news site in a NEWS-AGGREGATOR APP; prices: eggs up 31% as inflation climbs to 5.2%, with a price table.
10. Chile; an English-language Santiago news site; PRINT VIEW; sport: Unión Cordillera win the league with an 89th-minute header, with a match-facts box.
11. Colombia; an English-language Bogotá news site's TEXT-ONLY EDITION; a court: the Administrative Court of Cundinamarca suspends a TransMilenio fare rise.
12. Peru; an English-language Lima news site in an RSS READER; weather: heavy rains close 312 schools in Piura as the river nears its danger level.

What is hard is that every kind of difficulty sits on every page, often in one paragraph.

FURNITURE comes in many shapes, all "B" line by line and never with a speaker: skip links, mastheads, language and log-in lines, menus, crumbs, an AMP domain, reader mode's domain and reading time, a phone's menu/search line and open-in-app line, bylines, dotted and abbreviated date lines ("28.09.2027", "Nov. 17, 2027, 7:05 p.m. COT", "December 5, 2027, 11:58 p.m."), share, save and reaction lines, credits (one in capitals, one in brackets), ad lines ("ADVERTISEMENT", "Advertisement", "ADVERTISING"), read-also and related lines, a poll and its buttons, live time stamps and a last-updated line, key-points and in-numbers labels, a webmail's inbox, sender, "to me" and images lines, a newsletter's masthead with "No. 412", an e-paper's volume line ("Vol. 14, No. 46"), section/page lines, a continued-on line, a page-6 running head, a jump head and a continued-from line, an aggregator's feed crumb, source line, open-in and read-the-full-article lines, an RSS reader's star/mark/open line and previous/next line, a print view's URL and print/close lines, a text edition's bracketed link lines and rule line, table titles, header rows and source lines, topics and tags, comment counts, most-read lists with numbered lines ("1. Brussels to ban cars ...", one sentence), newsletter and app lines, a cookie line and its buttons, an updated note, addresses ("Václavské nám. 21, 110 00 Praha 1 · Tel. +420 ...", "Cra. 13 No. 85-32, Bogotá"), and copyright and legal lines split where a sentence ends ("© 2027 Zinneke Uitgeverij BV." / "All rights reserved."; "... Kvarven Forlag AS." / "Org. no. 923 418 552."; "... Kyvadlo Vydavatelství s.r.o." / "Reg. No. MK ČR E 14218."; "Tips?" / "Email tips@kompass.se"). STORY LINES THAT LOOK LIKE FURNITURE are flagged by content: "Share of journeys paid with a contactless bank card rose to 38% ..." ("W"), "Comments and complaints about the department ... rose to 388 ..., the region said." ("W"), a subhead "What you can do" (""), "Next release: KSH publishes November's inflation figures on Dec. 12." and "Next update: SENAMHI will publish its next river bulletin at 5 p.m." (schedules set by those who run them, "W"), a correction at the foot of a story ("W"), a newsletter's "Our take" (""), and table rows, box lines and match facts ("").

SPEAKERS are hard to find and to name: named after the claim or the quote ("..., the Brussels-Capital Region government announced on Thursday.", "said dr. Réka Szentpéteri-Vass, chief economist at ...", "asked Jens Haldrup-Persson, a Danish commuter who ..."); behind a descriptor ("The region's public transport operator, STIB," -> "STIB"; "Salmon farmer Vestfjord Havbruk ASA"; "Bakery chain Pécsi Pékség Kft."; "The consumer group Prix Justes"; "The tenants' group Zinshaus-Initiative Simmering"; "Quinta Normal's coach, Leandro Achával-Pinto,"); behind a title or role ("Mobility minister", "Presiding judge Mag.", "Prosecutor", "Dr.", "Mag.", "Deputy Mayor", "Deputy mayor", "Magistrate", "Mobility secretary", "Regional governor", "SENAMHI meteorologist Ing.", "Chief executive", "Cordillera coach", "Eleven-year-old"); in a name withheld by court-reporting practice ("Herwig S.", returning as "S."); in a short given name ("An Verhulst"), a particle ("Van den Eynde said"), a Danish three-part name ("Mette Kjærsgaard Holm" -> "Holm said"), Spanish double surnames returning by the first one ("Ibáñez said", "Rojas said", "Restrepo said", "Zuluaga said", "Moreno said", "Quispe said", "Chunga said"), with "Cárdenas" the second surname of both the magistrate and a cleaner; in a one-name child ("Oona"); in acronyms and short forms ("UBR said", "the FOPH said", "KSH said", "INDECI said", "Trafikverket said", "SMHI said", "Sydkraftnät said"), in "It said" after a firm that ENDS a sentence ("... Tramelec Brabant NV." / "The firm did not respond ..."; "Helvetisana Kranken AG." / "It said ..."; "Triagon Medical A/S." / "It said in an email ..."; "Hanöbukten Färjor AB." / "It said ..."; "Rogaland Sjøtransport AS." / "It said ..."; "Alföldi Tojás Zrt." / "It said ..."; "Cordillera Deportes S.A.D.P." / "The firm took over ..." / "It said ..."; "Movilidad Sabana S.A.S." / "It said in a statement ..."); in a role noun on a live page ("The duty meteorologist said" -> "Anneli Oskarsdotter", named in an older entry below); in groups kept as written ("The firm's former technician", "A spokesman for the city's housing councillor", "The five members who voted against", "City officials", "Police in Skåne", "Carabineros", "the municipalities", "the bridge's operator"); and in "according to" sources as written ("the operator's annual report", "the FOPH's figures", "federal figures", "the office's data", "a survey by Pest Compass", "the Czech Statistical Office", "the city's Education Division", "the regional government's project tracker"). Bodies acting with no verb of saying carry none (the court sentencing and taking account, the committee approving money, the central bank holding its rate, SMHI raising its warning and declaring alerts, "Carabineros put the crowd at 17,400.", a power company raising its price, the national government declaring an emergency).

CHECK-WORTHINESS is decided sentence by sentence. Of record ("W"): fares, premiums, fees, fines, prices and surcharges set by those who run or sell them (a single ticket, a ten-journey card, premiums by canton, the tourist fee, a kilo of bread, a stallholder's HUF 110 an egg, a fixed electricity price); figures given by bodies, officials, firms, groups and documents (passengers, operating-cost cover, a grant, waits and vacancies, gusts and customers without power, harvest and profit per kilo, lice counts, empty school places, flats let to tourists, occupancy, inflation and its parts, arrests, a wage bill, river flow, homes damaged); causal claims ("the delay was caused by the late delivery of the line's signalling system", "driven mainly by outpatient hospital treatment and medicines", "partly because two GP practices in Nørrebro closed", "because the shipyard building them in Turkey was five months behind schedule", "making imported food dearer"); findings, rulings, votes, testimony and acts (a court's finding and sentence, a judge's finding, a technician's testimony, votes of 8–5 and 36–20, a suspension order, money moved and approved, a contract won, a state of emergency declared); rules, also conditional ones (a fare-dodging surcharge reduced "if it is paid within 14 days", the Austrian Criminal Code's penalty, switching insurer, free choice of hospital after 30 days, the ferry penalty after Feb. 1, school transport beyond five kilometres, registration after 60 nights, the ANFP's ban on spectators, a decree's comment period, SENAMHI's red-alert threshold); past estimates reported as fact ("Analysts polled by Skagerrak Daybreak had expected ..."; "Carabineros put the crowd at 17,400."); and schedules set by those who run them (trams every five minutes from February 1, a committee meeting, the city board's meeting, a Supercopa date, a council debate, a river bulletin, the next inflation release). Not worth checking (""): forecasts and expectations ("He expects the increase for 2029 to be smaller", "might not have power again until Friday", "The storm is expected to reach the coast", "She expects inflation to peak"); what money or a decision WOULD do ("the extra revenue would help pay for the 60 new trams", "the money would pay for 24 more nurses", "the closures would save about €1.4 million a year"); plans and intentions, even official ones (a motion to be tabled, an appeal, a request to waive a penalty, a hiring plan, pumps to be sent), and CONDITIONAL plans ("his canton would raise its subsidy budget ... if the cantonal parliament agreed in December"); advice ("Police advise against all travel", "Comparing offers ... can save"); stances, characterisations and apologies ("a tax on everyone who cannot afford a car", "“deeply sorry”", "a plaster on an open fracture", "counted rooms, not children"); feelings, anecdotes and a private person's own figures (a pensioner's bus, an overpayment of €1,460, a guest house's six guests, a stallholder's 1,500 eggs a week, a host's two-night guests, a cleaner's COP 256,000 a month, a shopkeeper's 40 pairs of shoes); questions; quotes with a figure used as rhetoric ("“Sixty euros a year for a man my age ...”", "“Two hundred euros a month for 48 square metres?", "“A fare that 2.4 million people pay every day ...”"); an analyst's target-price cut; a newsletter's and a live page's own voice; scenes and captions that only describe; and data lines (table rows, box lines, markets, match facts, in-numbers lines).

And where sentences end: abbreviations, initials and firm suffixes that END one before a capital ("Tramelec Brabant NV." / "The firm ..."; "signed on 5 Oct." / "The contract ..."; "Zinneke Uitgeverij BV." / "All rights reserved."; "managing director, Herwig S." / "He was ordered ..."; "Hausverwaltung GmbH." / "It looked after ..."; "shortly after 4 p.m." / "S. left the courtroom ..."; "Helvetisana Kranken AG." / "It said ..."; "Röstigraben Verlag AG." / "All rights reserved."; "on 12 Oct." / "Her son drove her ..."; "Triagon Medical A/S." / "It said in an email ..."; "Hanöbukten Färjor AB." / "It said ..."; "Kompass Sverige AB." / "All rights reserved."; "Rogaland Sjøtransport AS." / "It said ..."; "Kvarven Forlag AS." / "Org. no. 923 418 552."; "Rakennus Saarto Oy." / "The firm won ..."; "shortly before 11 p.m." / "Councillors had debated ..."; "Karlův Most Apartmány s.r.o." / "Most of her guests ..."; "Kyvadlo Vydavatelství s.r.o." / "Reg. No. ..."; "Alföldi Tojás Zrt." / "It said ..."; "Cordillera Deportes S.A.D.P." / "The firm took over ..."; "Ediciones Mapocho S.A." / "All rights reserved."; "signed by the mayor on Oct. 21." / "It would also have raised ..."; "shortly after 6 p.m." / "City officials said ..."; "Movilidad Sabana S.A.S." / "It said in a statement ..."; "Bulletin Medios S.A.S." / "All rights reserved."; "on Jr. Lima." / "“In 2017 ..."; "Transportes Cieneguillo S.A.C." / "The firm said ...") and abbreviations, titles, initials and designations that do NOT ("av. Louise", "between 7 a.m. and 9.30 a.m. on weekdays", "From 1 Feb." in a header row, "1. Brussels" and "2. Why" in a most-read list, "April, S. ran", "Mag. Ursula", "that S. had", "S. told the court" and "S. left" opening a sentence, "under Sec. 147 of", "Dr. Clemens", "He said S. would appeal.", "Mag. Sabine", "Fr. 712.40", "St. Gallen", "Appenzell I. Rh.", "Fr. 300", "Dr. Jonas", "shortly before 10 a.m.", "on Dec. 2.", "until 6 a.m. on Wednesday", "St. Petri church", "No. 412", "after Feb. 1 on which", "from Dec. 1.", "on Nov. 22,", "Vol. 14, No. 46", "Pražská data, a.s., a company it owns,", "Václavské nám. 21", "Tel. +420", "said dr. Réka", "on Oct. 26.", "until Feb. 28.", "Pécsi Pékség Kft. said", "OCT. 2027 VS. OCT. 2026", "on Dec. 12.", "Av. Vicuña Mackenna", "on Jan. 20 at 7 p.m. in Concepción", "23' pen.)", "J. P. Tapia Lobos", "on Cra. 7 in", "on Oct. 2,", "TransMilenio S.A., the public company", "on Nov. 24 at 9 a.m. in", "Cra. 13 No. 85-32", "at 5 a.m.,", "SENAMHI meteorologist Ing. Rosa", "Jr. Lima and Av. Grau", "school No. 14045", "Supreme Decree No. 034-2027-PCM.", "Av. Sánchez Cerro"); times in several styles ("12:04", "7 a.m.", "9.30 a.m.", "4 p.m.", "11:40", "10 a.m.", "18:42", "15:50", "06:45", "21.40", "11 p.m.", "11:58 p.m.", "7:05 p.m. COT", "6 p.m.", "5 a.m."); dotted dates ("28.09.2027", "9.11.2027"); decimals, units and currencies ("€2.60", "418.6 million", "€2.3m", "11,800 kilowatt-hours", "Fr. 418.20", "Fr. 39.8 billion", "19 million kroner", "38.6 metres per second", "NOK 14.20", "0.21 adult females per fish", "98 øre per kWh", "€18.6 million", "CZK 1.12 billion", "HUF 1,290", "CLP 3.8 billion", "COP 2.9 trillion", "1,850 cubic metres per second", "84 millimetres"); quotes ending in "?" or "!" before their attribution, one sentence each ("“Is €2.60 really too much ...?” she asked.", "“But my daughter pays the full fare on the same bus!” he said.", "“Which of us checks a heating bill line by line?” she asked.", "“I do not even turn the heating on in the bedroom!” she said.", "“What should I switch to next — a cheaper canton?” she asked.", "“Who will apply ...?” he asked.", "“I lay on a trolley in the corridor until half past four!” she said.", "“The water came in ...!” Tove Sandberg-Ekholm, who runs a guest house in Skanör, told Kompass Sweden by phone.", "“Why was it still open at one o'clock ...?” asked Jens Haldrup-Persson, ...", "“Would you rather have fewer fish of worse quality?” she asked.", "“Does the committee think our children will take a taxi?” she asked.", "“We built a hut there!” she said.", "“For the people who live here, or for suitcases?” she asked.", "“A hundred crowns a night ...!” she said.", "“Feed went up, ...!” she said.", "“Who said a club at the end of the metro line could not win this?” he asked.", "“My grandfather was in this stadium in 1986!” he said.", "“I did not see the goal, I only heard it!” she said.", "“I did not expect a decision before Christmas!” Restrepo said.", "“Why should the fare go up ...?” she asked.", "“In 2017 the water reached the counter, ...!” he said.", "“Where are they supposed to study, in the river?” she asked.", "“How many times must Piura flood ...?” he asked."); QUESTIONS IN QUOTES WITH NO ATTRIBUTION AFTER THEM, sentences of their own carrying the quote's speaker and cue ("“Two hundred euros a month for 48 square metres?", "“Who is this city for?"); a quote after "said:" (one sentence); quotes running over two sentences ("“The rails are in." / "What we are still waiting for ...”"; "“Nobody should sit for six hours ..." / "That is not the health service I want to run,” Holm said."); PARENTHESES HOLDING A FULL SENTENCE (bank cards at the gates, the deductible range, hurricane force, the spring lice limit, the comment rule's origin) against brackets inside a sentence ("(UBR)", "(FOPH)", "(Region Hovedstaden)", "(Trafikverket)", "(SMHI)", "(KSH)", "(SENAMHI)", "(INDECI)", "(Muñoz 61', Rojas 89')"); semicolons that never split (standfirsts, a correction, a rule, a past estimate, a quote, a table's source line, a cards line); and list lines, one sentence each (key points, table rows, markets, in-numbers lines, match facts, most-read lines).

The pages hold 531 sentences: 161 "B", 214 "W" and 156 ""; 200 sentences carry a speaker (111 distinct speakers, page by page; 110 distinct labels). `STYLES` describes each page, its story, its labels and its furniture in order; `HELDOUT_CASES` holds 30 split cases written fresh in the manner of the pages (not copied from them): 20 that must split where a sentence ends at a firm suffix (NV, GmbH, AG, A/S, AB, ASA, AS, Oy, s.r.o., Zrt., S.A.D.P., S.A.C.), a month, an initial, a time, a street word ("Jr." for jirón), after a quote's "!" or "?" before its attribution, or at a quoted question with no attribution, and 10 where an abbreviation, a title, an initial, a lowercase suffix, an address or a designation sits inside a sentence that must not be split there ("Fr.", "St.", "Mag. Dr.", "that K. had", "dr.", "Kft. said", "Cra. 7 No. 27-18", "a.s.,", "av. Louise ... 7 a.m. to 9.30 a.m.", "school No. 14045", "J. P.").

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines, so every masthead, menu, crumb, byline, date line, share line, caption, credit, time stamp, bullet, table row, box line, page-jump line, comment line and legal line is a paragraph of its own, except that a caption and a credit pasted in one line are two sentences of one paragraph); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent sets: furniture "B" line by line, whatever it says, never with a speaker; a caption by its content and its credit "B"; tables pasted as lines with a "B" title, header row and source line and "" data rows; headlines and standfirsts never split and flagged by content, a "says", "finds" or "show" carrying the source as the body first gives it ("STIB", "The Vienna Regional Criminal Court", "the Federal Office of Public Health", "figures published by the Capital Region of Denmark on Monday", the role noun "deputy mayor" resolving to "Zdeňka Hlaváčková"); a person named in full as first given, without titles, degrees or roles, a pronoun or surname resolving to that name; a body as first given, article and capital as written there ("the Brussels-Capital Region government", "The Swedish Transport Administration", "The Ministry for National Economy", "The National Institute of Civil Defence"), an acronym or "It" resolving to it and a bracketed acronym or native name dropped, while a single generic noun is kept as written ("the government", "the region", "The company", "The agency", "The firm", "the city", "The division", "the directorate", "the league"); "according to X" giving X as written; a channel after the verb part of the cue ("said in a statement", "told reporters", "told a press conference in Bern", "told the court", "said in her reasoning", "told analysts on a call", "told Kompass Sweden by phone", "said in an email", "said in a joint statement", "told the assembly", "wrote in the order"), a day or time after it not ("announced on Thursday", "said at 18:30"); a quote over several sentences carrying its speaker and cue in each.

Conventions this set had to settle, in the same spirit:

* A NAME WITHHELD BY COURT-REPORTING PRACTICE, a first name and the family name's initial ("Herwig S."), is the name in full as first given, its point kept in the label; "S." alone returns to it ("S. told the court" -> "Herwig S."). The initial ends a sentence only where the sentence ends ("... the firm's managing director, Herwig S." / "He was ordered ..."), never inside one ("April, S. ran", "that S. had", "He said S. would appeal."), and "S." may open a sentence ("S. left the courtroom ...").
* FIRM SUFFIXES: a suffix the house writes with points keeps them in the label ("Alföldi Tojás Zrt.", "Pécsi Pékség Kft.", "Cordillera Deportes S.A.D.P.", "Movilidad Sabana S.A.S.", "TransMilenio S.A."), one it writes without keeps none, and the point after it is the full stop ("Helvetisana Kranken AG", "Triagon Medical A/S", "Sydkraftnät Elnät AB", "Hanöbukten Färjor AB", "Rogaland Sjøtransport AS", "Vestfjord Havbruk ASA", "Rakennus Saarto Oy"). Lowercase Czech suffixes are suffixes like the others: "s.r.o." ends a sentence before a capital, "a.s.," inside one does not.
* STREET AND ADDRESS WORDS of the countries ("av." for avenue in Brussels, "Av." in Santiago and Piura, "Jr." for jirón in Peru, "Cra." and "No." in a Colombian address, "nám." in Prague) never end a sentence inside it; "Jr." here is a street word, not a name suffix, and ends a sentence only where the sentence ends ("outside his shoe shop on Jr. Lima." / "“In 2017 ..."). The Swiss "Fr." before an amount, "St. Gallen", "Appenzell I. Rh.", "Sec. 147", "Ing." and a lowercase Hungarian "dr." before a name are the same (the last two dropped from the label as titles), and a legal line may open with "Org. no." or "Reg. No.".
* SPANISH DOUBLE SURNAMES are the name in full as first given ("Gonzalo Ibáñez Sotomayor", "Matías Rojas Carrasco", "Juan Camilo Restrepo Ossa", "Andrés Felipe Zuluaga Peña", "Yesenia Moreno Cárdenas", "Rosa Elvira Quispe Huamán", "Anselmo Chunga Yarlequé"), returning by the first surname; a second surname two people share ("Cárdenas") is never read as a return form. A Danish name of three parts returns by the last ("Holm said"); a Belgian particle stays with the surname ("Van den Eynde said"); a one-word given name is a name ("An Verhulst"); a child given only by first name is labelled with it, the age descriptor dropped ("Oona").
* LIVE PAGE, NEWEST FIRST: short forms and role nouns in newer entries resolve to names first given in older entries below ("Sydkraftnät said" -> "Sydkraftnät Elnät AB", from an "according to" at 12:30; "Trafikverket said" -> "The Swedish Transport Administration"; "SMHI said" -> "The Swedish Meteorological and Hydrological Institute", first given in a sentence with no verb of saying; "The duty meteorologist said" -> "Anneli Oskarsdotter"); a key-point bullet of advice with a source carries it ("Police", cue "advise").
* A SELLER'S OWN PRICE is a price set by the one who sells ("She said she now charges HUF 110 an egg", "W"), while her volumes and a host's guests are a private person's own figures (""); an outlet's own price survey is of record with the survey as source ("a survey by Pest Compass"); a defendant's apology is "" while a witness's testimony is "W".
* FOOT-OF-STORY LINES: a correction ("Correction: An earlier version of this article said ...; it looked after 46.") and "Next release:"/"Next update:" lines are story lines flagged by content ("W"), while an "Updated at 16:05 to add comments ..." note is furniture ("B").
* A SPEAKER GIVEN ONLY BY A GROUP OR ROLE keeps it as written up to a relative clause ("The firm's former technician", "who testified on the second day" left out; "The five members who voted against"; "City officials"; "Police in Skåne"), and "it said" at the end of a sentence whose subject is the body resolves to that subject ("The regional water company cut supply ..., it said.").

Written from scratch for issue 13 in round sixty-five, as a held-out set that no rule will be tuned on, and without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/` was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no README; no engine, scorer or test was run (only the brief's structural check and ruff). What was read: the brief; the module docstrings and first articles of `labelled_new.py` and `labelled_new2.py`; `def build` in `labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; and the module docstrings, `STYLES`, a few pages and the `CASES` of `labelled_new187.py` and `labelled_new188.py`. Coined names were checked for freshness against the capitalised words (and the parts of hyphenated ones) of those two files, case-insensitively: four outlet words ("Report", "Post", "News", "Morning"), a publisher word ("Editorial"), a firm word ("Capital") and four name parts ("Teodoro", "Marisol", "Valentina", "Lagos") hit and were replaced before the file was written ("Courier", "Telegraph", a bare "Revontuli", "Daybreak", "Ediciones", "Partners", "Anselmo", "Yolanda", "Josefina", "Urrutia", which were checked again and did not hit; three other candidates, "Seven", "Breakfast" and "Coffee", hit and were not used); the split cases' coined names were checked the same way and none hit. Only common and furniture words ("Share", "Comments", "Editorial" in "Editorial office"), titles and abbreviations ("Dr", "Jr", "St", "No", "Vol", "Oct"), initials, firm suffixes ("AS"), months, weekdays and real places and bodies ("Capital" in the Capital Region of Denmark, "Bridge" in the Öresund Bridge, "Place" in Place Flagey, "Town" in Old Town) still hit.

Every person, outlet, broadcaster, newsletter, aggregator, reader app, publisher, firm, insurer, contractor, brokerage, association, group, club, statement, quote and figure is invented, and so are the small institutions (The Zinneke and Zinneke Uitgeverij BV, Tramelec Brabant NV, Usagers Bruxellois Réunis; the Vindobona Messenger, Kramml & Sedlak Hausverwaltung GmbH, Thermoscan Ablese GmbH, Zinshaus-Initiative Simmering; the Röstigraben Courier and Röstigraben Verlag AG, Helvetisana Kranken AG, Prix Justes; CPH Tidings ApS, Triagon Medical A/S; Kompass Sweden and Kompass Sverige AB, Sydkraftnät Elnät AB, Hanöbukten Färjor AB, Storm Gunvor; Skagerrak Daybreak, Kvarven Forlag AS, Vestfjord Havbruk ASA, Fjellvik Fondsmegling, Rogaland Sjøtransport AS, Hardanger Straum AS; Revontuli, Lehtokallio and Tuulimylly schools, Vuosaari Central School, Rakennus Saarto Oy; The Prague Pendulum, Kyvadlo Vydavatelství s.r.o., Pražská data, a.s., Karlův Most Apartmány s.r.o., the Old Town Hoteliers' Association; NewsHive, Pest Compass, Alföldi Tojás Zrt., Tabán Partners, Pécsi Pékség Kft.; The Mapocho Telegraph and Ediciones Mapocho S.A., Unión Cordillera, Deportes Quinta Normal, Cordillera Deportes S.A.D.P., the Estadio Los Pataguas; the Bogotá Bulletin and Bulletin Medios S.A.S., Movilidad Sabana S.A.S.; Feedwell, The Rímac Register, Transportes Cieneguillo S.A.C.; and the split cases' firms). Real countries, regions, cities, districts, streets, bridges, stations, rivers, churches, market halls, hospitals, courts, parliaments, councils, ministries, agencies, operators, statistics offices, central banks, police forces, leagues, competitions, laws and decrees appear only as settings, with invented statements and figures: Brussels, Koekelberg, Ixelles, Anderlecht, Heysel, Roi Baudouin, Simonis, Delta, Porte de Namur, Place Flagey, avenue Louise, STIB, the Brussels-Capital Region and its government and the Brussels Parliament; Vienna, Favoriten, Simmering, Quellenstrasse, the Vienna Regional Criminal Court and the Austrian Criminal Code; Bern, Geneva, Lausanne, Carouge, Basel-City, St. Gallen, Appenzell Inner Rhodes, Vaud, Fribourg, Jura, Zurich and the Federal Office of Public Health (FOPH); Copenhagen, Bispebjerg Hospital, Nørrebro, Emdrup, Amager, metro line M3 and the Capital Region of Denmark (Region Hovedstaden); Skåne, Blekinge, Malmö, Hässleholm, Ystad, Skanör, Falsterbo, Trelleborg, Vellinge, Österlen, St. Petri church, Lernacken, Bornholm, the Öresund Bridge, the Swedish Meteorological and Hydrological Institute (SMHI) and the Swedish Transport Administration (Trafikverket); Nordland, the Mortavika–Arsvågen crossing and the E39, Turkey, the Oslo exchange's OSEBX index, the Norwegian Public Roads Administration and Statistics Norway; Helsinki, Vuosaari, Vuotie, the Basic Education Act and the Helsinki Administrative Court; Prague, Prague 1 and 2, Karlova Street, Václavské náměstí, the Prague City Assembly, the Czech Statistical Office and the Local Fees Act; Budapest, Cegléd, Bács-Kiskun, the Central Market Hall on Fővám tér, the Hungarian Central Statistical Office (KSH), the Magyar Nemzeti Bank and the Ministry for National Economy; Santiago, Puente Alto, Avenida Vicuña Mackenna, Concepción, Carabineros, the ANFP, the Supercopa and the Copa Libertadores; Bogotá, Chapinero, Suba, Bosa, Carrera 7, TransMilenio and TransMilenio S.A., the city council and the Administrative Court of Cundinamarca; and Lima, Piura, Castilla, Sullana, Morropón, Paita, Tumbes, Curumuy, Jirón Lima, Avenida Grau, Avenida Sánchez Cerro, the Sánchez Cerro bridge, the Piura River, the National Meteorology and Hydrology Service (SENAMHI), the National Institute of Civil Defence (INDECI), the Ministry of Housing and a supreme decree.
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Belgian ENGLISH-LANGUAGE CITY NEWS WEBSITE (Brussels), DESKTOP browser paste, a TRANSPORT FARE RISE: a single STIB ticket to cost €2.60 from February 1, the first rise since 2022, and the tram 9 extension to Heysel moved to March 2029. Head: skip link, masthead, a language/log-in line, menu, crumb (all "B"); headline of record ("W"); a standfirst with a semicolon and "operator says" ("W", carrying "STIB" as the body first names it, the descriptor "The region\'s public transport operator" dropped); byline, a date/updated line and a share line ("B"); a caption "" and its credit ("B"). Body: the fare "the Brussels-Capital Region government announced on Thursday" ("W", the day left out of the cue) and "has not changed since July 2022" ("W"); "the government said in a statement" (generic noun kept, "W"); the minister (role dropped, "W", "told reporters"), her quote ("") and her QUESTION with "€2.60" before "she asked." (""); "The region\'s public transport operator, STIB, said" ("W") and "It said" what the money would help pay for (""); a read-also line ("B"); a STORY LINE THAT LOOKS LIKE A SHARE LINE ("Share of journeys paid with a contactless bank card rose ...", "W", "according to the operator\'s annual report") and a PARENTHESIS HOLDING A FULL SENTENCE ("W"); the spokeswoman with the short given name "An Verhulst" (a rescheduled opening, "W"), "She said" the cause ENDING "Tramelec Brabant NV." before "The firm did not respond to a request for comment." ("W", then "" with the generic noun and the whole phrase as cue); her quote over two sentences, "Verhulst said" (""); route 93 "along av. Louise ... between 7 a.m. and 9.30 a.m. on weekdays, STIB said" (no split, "W"); an ad line ("B"); a passengers\' association (descriptor dropped, bracketed acronym dropped, "called" ""), "UBR said" a survey (the acronym resolving, "W"); a pensioner named in a scene with no verb of saying (""), "Van den Eynde said" (the particle kept, a figure as rhetoric "") and his EXCLAMATION before "he said." (""); the fare-dodging surcharge, a conditional rule ("W"); an opposition spokesman\'s motion (a plan, "") and "He said" the grant ("W"); the contract "signed on 5 Oct." ENDING a sentence before "The contract runs until the end of 2031." (both "W"). A fares table (title, a header with "From 1 Feb." and a source line "B", four rows ""). Tail: topics, a comment count, a most-read label and two numbered headlines ("1. Brussels ...", one sentence each), a newsletter line and a sign-up button, a cookie line and its buttons, and a copyright line split at "BV." before "All rights reserved." (all "B").',
    'Austrian ENGLISH-LANGUAGE NEWS SITE (Vienna), READER-MODE paste, a COURT SENTENCE: a property manager gets 30 months, ten unsuspended, for billing 1,400 tenants for heat they never used. Head as reader mode leaves it: domain, headline ("W"), a standfirst "..., court finds; verdict not yet final" (semicolon kept, "W", carrying "The Vienna Regional Criminal Court" as the lead gives it, cue "finds"), byline, date and reading-time lines ("B"). Body: the sentence (no speaker, "W"), "The Vienna Regional Criminal Court found on Tuesday" ("W") and "The verdict is not final." ("W"); the bills "signed by the firm\'s managing director, Herwig S." ENDING a sentence at the INITIAL of a name withheld by court-reporting practice before "He was ordered to repay ..." (both "W"); "From 2014 until its bankruptcy in April, S. ran ..." (no split at "S."), ENDING "Kramml & Sedlak Hausverwaltung GmbH." before "It looked after 46 buildings at its peak." (both "W"); a caption "" and its credit ("B"); the presiding judge ("Presiding judge Mag." dropped) with a finding ("W"), a quote ("", cue "said in her reasoning") and a QUESTION before "she asked." (""); "that S. had no previous convictions" (no split, the court acting, "W"); "S. told the court" an apology (resolving to "Herwig S.", ""); "The firm\'s former technician, who testified on the second day, told the court" (the relative clause left out of the speaker, testimony "W") and "He said" ("W"); the prosecutor (role dropped, "W") and his plan and characterisation (""); the penalty "under Sec. 147 of the Austrian Criminal Code" (no split, a rule "W"); the defence lawyer ("Dr." dropped, "Thermoscan Ablese GmbH," mid-sentence, "W"), "He said S. would appeal." (a plan, "") and "Thermoscan has not been charged." ("W"); a tenant named in a scene (""), a QUESTION IN QUOTES WITH NO ATTRIBUTION AFTER IT ("“Two hundred euros a month for 48 square metres?", its own sentence carrying her and "said", a figure used as rhetoric "") and the quote running on (""), an EXCLAMATION before "she said." ("") and her own overpayment (""); the tenants\' group (descriptor dropped, "W") and "It said" a plan (""); its lawyer ("Mag." dropped, "W") and her forecast (""); "A spokesman for the city\'s housing councillor said" (kept as written, "W") and the meter-reading rule ("W"); the trial\'s length and "shortly after 4 p.m." ENDING a sentence before "S. left the courtroom ..." ("W", then a scene ""); and a CORRECTION LINE at the foot, a story line that looks like furniture, flagged by content ("W", semicolon kept).',
    'Swiss ENGLISH-LANGUAGE NEWS SITE (Bern desk), AMP page, a PRICE RISE: compulsory health insurance premiums up 6.4% in 2028 to Fr. 418.20 a month for an adult. Head: AMP domain, masthead, crumb (all "B"); headline ("W"); a standfirst with "Fr. 712.40" and "St. Gallen" mid-sentence and "federal health office says" ("W", carrying "the Federal Office of Public Health" as the lead gives it, the bracketed acronym dropped); a byline with a dotted date and a share line ("B"); a caption "" and its credit ("B"). Body: the lead "the Federal Office of Public Health (FOPH) said on Tuesday" ("W") and the fifth rise ("W"); "the FOPH said" and "it said" (resolving, "W"); the vice-director (descriptor dropped, causal "driven mainly by ...", cue "told a press conference in Bern", "W"), "He said" an approval ("W"), his quote ("") and a forecast ("", cue "expects"); "according to the FOPH\'s figures" (as written, "W") and the cantons, "St. Gallen" and "Appenzell Inner Rhodes" mid-sentence ("W"). A premium table (title, header and a source line with "Fr. 300" and a semicolon "B"; four rows "" with "Fr." and "Appenzell I. Rh."). The largest insurer ENDING "Helvetisana Kranken AG." before "It said its premiums would rise by 7.2% ..., mainly because ..." (both "W", the label without a point as the house writes "AG"); an ad line ("B"); a consumer group\'s characterisation ("", "called") and its figures ("W"); a nurse in a scene (""), her quote and her QUESTION before "she asked." (""); a subhead that looks like furniture ("What you can do", ""); the switching rule, the same-cover rule with a semicolon and a PARENTHESIS HOLDING A FULL SENTENCE on deductibles ("W"), and advice (""); subsidies "according to federal figures" ("W"), "Geneva\'s health department said" ("W"), Vaud\'s 10% rule ("W") and a Fribourg official\'s CONDITIONAL PLAN (""). Tail: a more-from label and a headline, a full-site link and a copyright line split at "AG." before "All rights reserved." (all "B").',
    'Danish ENGLISH-LANGUAGE CITY NEWS SITE (Copenhagen), PHONE BROWSER paste, HEALTH: one in six emergency patients at Bispebjerg waited more than six hours in October. Head: a menu/masthead/search line, an open-in-app line, a section label (all "B"); headline ("W"); a standfirst "..., figures show; region moves ..." ("W", carrying "figures published by the Capital Region of Denmark on Monday" as the lead gives them, the bracketed Danish name dropped); an author/age line and a share/save/comments line ("B"); a caption "" and its credit ("B"). Body: the lead "figures published by ... show" ("W") and the median wait ("W"); "the region said" (generic kept, "W") and "The region\'s figures also show" (cue "show", "W"); an ad line ("B"); the director of acute care, a DANISH THREE-PART NAME returning by the last part ("Mette Kjærsgaard Holm" -> "Holm said"), with a causal rise and money moved ("W"), what the money would pay for ("") and a quote over two sentences (""); a GP ("Dr." dropped) with a count ("W") and a quote with a semicolon (""); a read-also line ("B"); the nurses\' union representative (descriptor dropped, "called" ""), vacancies ("W") and a QUESTION before "he asked." (""); a poll line and its answer buttons ("B"); a patient in a scene ENDING "on 12 Oct." before "Her son drove her ... shortly before 10 a.m." (both ""), her EXCLAMATION and her own account (""); a STORY LINE THAT LOOKS LIKE A COMMENTS LINE ("Comments and complaints about the department ... rose to 388 ..., the region said.", "W"); the triage system ENDING "Triagon Medical A/S." before "It said in an email ..." (both "W", the label without a point as the house writes "A/S"); the free-choice rule, conditional ("W"); an opposition councillor\'s plan ("") and the committee\'s meeting "on Dec. 2." ("W"). Tail: a read-also label and a headline, a show-comments line, back-to-top, a footer menu and a copyright line (all "B").',
    'Swedish ENGLISH-LANGUAGE NEWS SITE\'S LIVE-UPDATES page, DESKTOP paste, NEWEST ENTRY FIRST, WEATHER: Storm Gunvor leaves 62,000 homes in Skåne without power, halts trains and shuts the Öresund Bridge. Head: masthead, menu, "🔴 LIVE" (all "B"); headline ("W"); a last-updated line and a key-points label ("B"); two bullets of record ("W", one with "6 a.m. on Wednesday") and a bullet of advice ("", carrying "Police", cue "advise"). Entries under "B" time stamps: 18:42 "Sydkraftnät said at 18:30" (the SHORT FORM resolving to "Sydkraftnät Elnät AB", first given in the 12:30 entry below, "W") and "It said" a forecast (""); 17:55 "Trafikverket said" (resolving to "The Swedish Transport Administration" as the 13:00 entry first gives it, capital as written, "W"), "Its spokeswoman, Malin Roos-Ekdahl, said" ("W") and her quote (""); 17:20 an EXCLAMATION before a long attribution ("... Tove Sandberg-Ekholm, who runs a guest house in Skanör, told Kompass Sweden by phone.", one sentence, cue with the channel, "") and her own guests (""); 16:40 "SMHI said" (resolving to "The Swedish Meteorological and Hydrological Institute" of the 11:40 entry, "W"), a PARENTHESIS HOLDING A FULL SENTENCE on hurricane force ("W") and "The duty meteorologist said" (a ROLE NOUN resolving to "Anneli Oskarsdotter", named with that role at 11:40, a forecast ""); 16:05 tiles "from the tower of St. Petri church" (no split, "W") and "Police in Skåne said" ("W"); 15:20 sailings cancelled "by the operator, Hanöbukten Färjor AB." ENDING a sentence before "It said about 1,100 passengers ..." (both "W"); 14:30 "the bridge\'s operator said" ("W") and a commuter\'s QUESTION before "asked Jens Haldrup-Persson, a Danish commuter who ..." (one sentence, ""); 13:00 the first naming of the transport administration, bracketed name dropped ("W"), and "the municipalities said" ("W"); 12:30 "according to Sydkraftnät Elnät AB, which runs ..." ("W"); 11:40 the red warning (the institute acting, no speaker, "W") and the meteorologist\'s forecast ("", "told Kompass Sweden"); 09:00 the blog\'s greeting and a forecast (""). Tail: a load-older line, a tips line split at "?" before "Email ...", and a copyright line split at "AB." before "All rights reserved." (all "B").',
    'Norwegian BUSINESS EMAIL NEWSLETTER pasted from WEBMAIL, BUSINESS RESULTS: a salmon farmer harvests a record 31,400 tonnes but its profit per kilo falls; a ferry operator\'s electric ferries are late. Head: inbox, sender, "to me", date, an images line split into two sentences and a masthead with "No. 412" (all "B"); the newsletter\'s greeting and teaser (""). First item: an upper-case headline ("W"); "Salmon farmer Vestfjord Havbruk ASA said" (descriptor dropped, "W"), profit per kilo ("W"), "The company said" a causal rise (generic kept, "W"), lice counts against the legal limit ("W") and a PARENTHESIS HOLDING A FULL SENTENCE on the spring limit ("W"), and "It expects" ("", cue "expects"); the proposed dividend, "Analysts polled by Skagerrak Daybreak had expected ...; it came in at ..." (a past estimate reported as fact, semicolon kept) and the share price ("W"); the chief executive\'s characterisation ("", "told analysts on a call"), "She said" a grade share ("W") and her QUESTION before "she asked." (""); the resource rent tax ("W"); an analyst\'s characterisation ("") and his target-price cut (no verb of saying, ""); the newsletter\'s "Our take" over two sentences (""). Second item: an upper-case headline ("W"); the crossing\'s contract ENDING "Rogaland Sjøtransport AS." before "It said its first two battery-powered ferries would be delivered in June rather than January because ..." (both "W", the delivery a schedule and a cause); a penalty rule with "Feb. 1" mid-sentence ("W"); the operations director\'s request (a plan, "") and "The agency said" (a plan, "", generic kept); traffic "according to the roads administration" ("W"). A section label ("B"), "Statistics Norway said" ("W") and a power company\'s price "from Dec. 1." (no verb of saying, "W"). A markets box (label "B", four rows ""). Tail: a why-you-get-this line, an unsubscribe line and a publisher line split at "AS." before "Org. no. 923 418 552." (two "B" sentences, no split at "Org." or "no.").',
    'Finnish PUBLIC BROADCASTER\'S ENGLISH SERVICE, its article text SHARED FROM ITS APP, SCHOOLS: Helsinki\'s education committee votes 8–5 to close two primary schools in Vuosaari. Head: a shared-from line ("B"); headline and a standfirst with a semicolon ("W"); a source line with dotted dates ("B"). Body: the vote, "at 21.40" and the move in August 2029 ("W"); the committee chair\'s feeling (descriptor dropped, ""); "according to the city\'s Education Division" ("W"), "The division said" the closures would save (what a decision WOULD do, "", generic kept) and "according to the division" ("W"); the deputy mayor (role dropped, "W") and his quote (""); a caption "" and its credit ("B"); a parents\' association chair ("") and her QUESTION before "she asked." (""); the crossing money approved and the school-transport rule ("W"); a child given by first name only ("Eleven-year-old Oona, who asked that her family name not be used, said", descriptor dropped, "Oona", "") and her EXCLAMATION before "she said." (""); "The five members who voted against said in a joint statement" (kept as written, a characterisation "") and "They said" a forecast\'s content ("W"); mould found ("W"); the teachers\' shop steward ("W") and her quote (""); the school\'s history and the contract ENDING "Rakennus Saarto Oy." before "The firm won the €18.6 million contract in March." (all "W") and "It said" a completion date (a forecast, ""); the city board "meets on Nov. 22." and the appeal rule ("W"). An in-numbers box (label "B", four lines ""). Tail: an updated note, a read-the-full-story link and an app line (all "B").',
    'Czech ENGLISH-LANGUAGE WEEKLY\'S E-PAPER, text copied from its PDF across a PAGE JUMP (Prague), a COUNCIL VOTE: the City Assembly doubles the tourist accommodation fee to CZK 100 a night and sets fines for unregistered hosts. Head: masthead, a volume line with "Vol. 14, No. 46", a section/page line (all "B"); headline ("W"); a standfirst "..., deputy mayor says; hoteliers call ..." ("W", the role noun carrying "Zdeňka Hlaváčková" as the body names her); byline ("B"). Body: the 36–20 vote and abstentions ("W"); "The vote came shortly before 11 p.m." ENDING a sentence before "Councillors had debated ..." (both "W"); the fee, the fines and the registration rule ("W"); the deputy mayor ("Deputy Mayor" dropped, "told the assembly", "W"), a QUESTION IN QUOTES WITH NO ATTRIBUTION AFTER IT ("“Who is this city for?", its own sentence, carrying her and "asked") and the second question before "she asked." (""); "according to the Czech Statistical Office" ("W"); a caption "" and an upper-case credit ("B"); "the city said" (generic kept, "W") and "It said" where the money would go (""); the figures\' source "Pražská data, a.s., a company it owns," (no split at the lowercase suffix, "W"). The jump: a continued-on line, the page-6 running head, a jump head and a continued-from line (all "B"); "Hlaváčková said" a hiring plan (""); a host ENDING "Karlův Most Apartmány s.r.o." before "Most of her guests stay two nights, she said." (a scene and a private person\'s figure, ""), her own act and her EXCLAMATION before "she said." (""); a hoteliers\' association ("called", "") and "Its chairman, Petr Šimeček, said" occupancy ("W") and his quote (""); the Local Fees Act ("W"); the opposition leader ("" then "W"); the next debate "at its meeting on Dec. 9." (a schedule set by those who run it, "W"). Tail: the reporter\'s e-mail, an editorial-office line with "nám." and "Tel." (one sentence), and a publisher line split at "s.r.o." before "Reg. No. MK ČR E 14218." (all "B").',
    'Hungarian ENGLISH-LANGUAGE NEWS SITE read in a NEWS-AGGREGATOR APP (Budapest), PRICES: egg prices up 31% in a year as inflation climbs to 5.2%. Head: the aggregator\'s name, a feed crumb, a source/age/read-time line (all "B"); headline ("W"); an open-in line ("B"); a caption "" and its credit ("B"); byline ("B"). Body: "the Hungarian Central Statistical Office (KSH) said on Tuesday" ("W"), food prices ("W"), "according to the office\'s data" ("W"), "according to a survey by Pest Compass" (the outlet\'s own survey, "W") and "KSH said" core inflation (the acronym resolving, "W"); a stallholder in a scene (""), "She said she now charges HUF 110 an egg" (a seller\'s own price, "W") against "Szabó said she sold about 1,500 eggs a week" (her own volume, "") and her EXCLAMATION before "she said." (""); the largest producer ENDING "Alföldi Tojás Zrt." before "It said bird flu outbreaks ... forced farms to cull ..." (both "W", the label with its point as the house writes "Zrt."); an ad line ("B"); an economist NAMED AFTER HER QUOTE with a lowercase Hungarian "dr." ("said dr. Réka Szentpéteri-Vass, chief economist at ...", title dropped, ""), "She said" a causal fall of the forint ("W") and a forecast ("", "expects"); the central bank acting "at its meeting on Oct. 26." and its target ("W", no speaker); the margin cap "until Feb. 28." ("W"), "The Ministry for National Economy said in a statement" a decision still to come ("") and "It said" wages ("W"); "Bakery chain Pécsi Pékség Kft. said" ("Kft." mid-sentence, descriptor dropped, the point kept in the label, "W") and "It said" a conditional plan (""). A price table (title with "OCT. 2027 VS. OCT. 2026" and a source line "B", four rows ""). A STORY LINE THAT LOOKS LIKE FURNITURE ("Next release: KSH publishes November\'s inflation figures on Dec. 12.", a schedule set by those who run it, "W"). Tail: a read-the-full-article line, a more-from label and a headline, a reactions line and a follow line (all "B").',
    'Chilean ENGLISH-LANGUAGE NEWS SITE (Santiago), PRINT VIEW paste, SPORT: Unión Cordillera win the first-division title for the first time in 41 years with an 89th-minute header. Head: the print URL, a masthead/section line, a print/close line (all "B"); headline and a standfirst with "Av. Vicuña Mackenna" mid-sentence ("W"); a byline/date line with "11:58 p.m." ("B"); a caption "" and its credit ("B"). Body: the result and the table ("W"); the goals, with SPANISH DOUBLE SURNAMES given in full ("Nicolás Henríquez Urrutia", "Cristóbal Muñoz Ferrada", "Matías Rojas Carrasco", "W"); the coach (role dropped, "Gonzalo Ibáñez Sotomayor") with a characterisation and a QUESTION before "he asked." ("") and "Ibáñez said" an academy count (the first surname resolving, "W"); "Rojas said" and his EXCLAMATION before "he said." (""); the losing coach (descriptor dropped, "told reporters" "") and his quote (""); the top scorer and the unbeaten run ending ("W"); "Asked whether he would stay on, Achával-Pinto said: “...”" (one sentence, ""); "Carabineros said" arrests on "Av. Vicuña Mackenna" ("W") and "Carabineros put the crowd at 17,400." (a past estimate, no verb of saying, no speaker, "W"); the league\'s disciplinary rule, conditional ("W"); a fan in a scene and her EXCLAMATION (""); the club\'s owner ENDING "Cordillera Deportes S.A.D.P." before "The firm took over ..." (both "W") and "It said" the wage bill (the point kept in the label, "W"); the club president ("", then a plan ""); prize money ("W") and the Supercopa "on Jan. 20 at 7 p.m. in Concepción, the league said." (no split, "W"). A MATCH FACTS box (label "B"; a score line with "pen.)", a stadium line, a referee line with "J. P." and a cards line with a semicolon, one sentence each, all ""). Tail: a URL line and a copyright line split at "S.A." before "All rights reserved." (all "B").',
    'Colombian ENGLISH-LANGUAGE NEWS SITE\'S TEXT-ONLY EDITION (Bogotá), COURTS: the Administrative Court of Cundinamarca suspends a TransMilenio fare rise to COP 3,550. Head: masthead, a bracketed link line, headline ("W"), byline, a date line with "7:05 p.m. COT" and a rule line ("B" but the headline). Body: the suspension, the provisional order and the decree "signed by the mayor on Oct. 21." ENDING a sentence before "It would also have raised ..." (all "W", no speaker); the magistrate (title dropped, a finding, cue "wrote in the order", "W") and her quote with a figure as rhetoric ("", "wrote"); the court\'s deadline ("W"); the order "published ... shortly after 6 p.m." ENDING a sentence before "City officials said ..." ("W", then "" with "City officials" as written); the suit filed by a lawyer with "Cra. 7" mid-sentence (no speaker, "W"), his EXCLAMATION before "Restrepo said." ("") and "He said" a posting date "on Oct. 2," ("W"); the mobility secretary ("" plan, then "Zuluaga said" figures "W", then a quote ""); "TransMilenio S.A., the public company that manages the system, said" ("S.A.," mid-sentence, a fare kept by those who run it, "W") and "It said" a plan (""); the comment rule ("W") and a PARENTHESIS HOLDING A FULL SENTENCE ("W"); the feeder operator ENDING "Movilidad Sabana S.A.S." before "It said in a statement ..." (both "W") and "It said" a characterisation (""); a cleaner who SHARES THE SECOND SURNAME "Cárdenas" with the magistrate, returning as "Moreno said" (her own spending, "") and her QUESTION before "she asked." (""); the last rise and a council debate "on Nov. 24 at 9 a.m. in the council chamber" (no split, "W"). Tail: a bracketed PDF link, a no-comments note, a related line, a bracketed link line, an address line with "Cra. 13 No. 85-32" and a copyright line split at "S.A.S." before "All rights reserved." (all "B").',
    'Peruvian ENGLISH-LANGUAGE NEWS SITE read in an RSS READER, WEATHER: heavy rains close 312 schools in Piura as the river nears its danger level. Head: the reader\'s name, a feed crumb, a star/mark/open line (all "B"); headline ("W"); a source/author/age line and a share/save line ("B"); a caption "" and its bracketed credit ("B"). Body: the closures "the regional education directorate said" ("W"), the pupils and days ("W") and "the directorate said" (generic kept, "W"); the river flow "at 5 a.m., the National Meteorology and Hydrology Service (SENAMHI) said." ("W") and its red-alert rule (no speaker, "W"); the meteorologist ("SENAMHI meteorologist Ing." dropped, "Rosa Elvira Quispe Huamán") with a forecast (""), "Quispe said" a sea-temperature reading ("W") and a quote (""); an ad line ("B"); water over "Jr. Lima and Av. Grau" (no split, the Lima-style "Jr." for jirón, "W"); a shopkeeper in a scene ENDING "on Jr. Lima." before a quote (""), his EXCLAMATION before "he said." and "Chunga said" his own losses (""); a mother with "school No. 14045" mid-sentence (a complaint, "") and her QUESTION before "she asked." (""); "The National Institute of Civil Defence (INDECI) said" and "INDECI said" (resolving, "W"); the water company\'s cut "..., it said." ("W", "it" resolving to "The regional water company" in the same sentence); trucks hired ENDING "Transportes Cieneguillo S.A.C." before "The firm said each truck holds 20,000 litres." (both "W", generic kept); the regional governor (role dropped) with a request made ("W") and a QUESTION before "he asked." (""); a decree "under Supreme Decree No. 034-2027-PCM." ("W"); the ministry\'s plan (""); the storm drain "according to the regional government\'s project tracker" ("W"); a STORY LINE THAT LOOKS LIKE FURNITURE ("Next update: SENAMHI will publish its next river bulletin at 5 p.m.", "W"). Tail: a visit-website line, tags, a previous/next line and a next-item headline (all "B").',
]

ARTICLES = [
    [
        [("Skip to main content", "", "", "B")],
        [("THE ZINNEKE", "", "", "B")],
        [("EN | FR | NL   Log in   Subscribe from €6 a month", "", "", "B")],
        [
            (
                "Brussels   Belgium   EU Bubble   Business   Culture   Food & Drink   Sport   Jobs",
                "",
                "",
                "B",
            )
        ],
        [("Brussels › Transport", "", "", "B")],
        [
            (
                "Single STIB ticket to cost €2.60 from February in first fare rise since 2022",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Monthly pass frozen at €49; tram 9 extension to Heysel slips to March 2029, operator says",
                "STIB",
                "says",
                "W",
            )
        ],
        [("By Margaux Delvigne-Osei", "", "", "B")],
        [("Thursday 11 November 2027, 12:04 · Updated 16:41", "", "", "B")],
        [("Share   Facebook   X   LinkedIn   WhatsApp   Copy link", "", "", "B")],
        [
            (
                "A route 9 tram pulls out of the Simonis stop in Koekelberg on Thursday morning.",
                "",
                "",
                "",
            ),
            ("Photo: Jonas Meerhout / The Zinneke", "", "", "B"),
        ],
        [
            (
                "A single journey on the capital's trams, buses and metro will cost €2.60 from February 1, up from €2.10, the Brussels-Capital Region government announced on Thursday.",
                "the Brussels-Capital Region government",
                "announced",
                "W",
            ),
            ("The price of a single ticket has not changed since July 2022.", "", "", "W"),
        ],
        [
            (
                "A ten-journey card will go up to €21 from €17.50, while the adult monthly pass stays at €49 and the annual pass for residents over 65 at €60, the government said in a statement.",
                "the government",
                "said in a statement",
                "W",
            )
        ],
        [
            (
                "Mobility minister Élodie Vanderstraeten-Moulaert told reporters that ticket sales covered 29% of STIB's operating costs last year, down from 36% in 2019.",
                "Élodie Vanderstraeten-Moulaert",
                "told reporters",
                "W",
            ),
            (
                "“We cannot keep asking taxpayers to fill a hole that grows every year,” she said.",
                "Élodie Vanderstraeten-Moulaert",
                "said",
                "",
            ),
            (
                "“Is €2.60 really too much for a ride across the whole city?” she asked.",
                "Élodie Vanderstraeten-Moulaert",
                "asked",
                "",
            ),
        ],
        [
            (
                "The region's public transport operator, STIB, said it carried 418.6 million passengers last year, 6.2% more than in 2026.",
                "STIB",
                "said",
                "W",
            ),
            (
                "It said the extra revenue would help pay for the 60 new trams it ordered in 2026.",
                "STIB",
                "said",
                "",
            ),
        ],
        [("Read also: Brussels to ban cars from Place Flagey on Sundays from March", "", "", "B")],
        [
            (
                "Share of journeys paid with a contactless bank card rose to 38% last year from 22% in 2025, according to the operator's annual report.",
                "the operator's annual report",
                "according to",
                "W",
            ),
            ("(STIB began accepting bank cards at metro gates in 2023.)", "", "", "W"),
        ],
        [
            (
                "An Verhulst, a spokeswoman for STIB, said the opening of the tram 9 extension from Roi Baudouin to the Heysel plateau had been moved from September 2028 to March 2029.",
                "An Verhulst",
                "said",
                "W",
            ),
            (
                "She said the delay was caused by the late delivery of the line's signalling system by the contractor, Tramelec Brabant NV.",
                "An Verhulst",
                "said",
                "W",
            ),
            (
                "The firm did not respond to a request for comment.",
                "The firm",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            ("“The rails are in.", "An Verhulst", "said", ""),
            (
                "What we are still waiting for is the brain of the line,” Verhulst said.",
                "An Verhulst",
                "said",
                "",
            ),
        ],
        [
            (
                "From February 1, trams on route 93 along av. Louise will also run every five minutes between 7 a.m. and 9.30 a.m. on weekdays, STIB said.",
                "STIB",
                "said",
                "W",
            )
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "The passengers' association Usagers Bruxellois Réunis (UBR) called the rise “a tax on everyone who cannot afford a car”.",
                "Usagers Bruxellois Réunis",
                "called",
                "",
            ),
            (
                "UBR said 1,214 of its members answered an online survey last month and 41% of them said they would travel less by tram and bus if the single fare went above €2.50.",
                "Usagers Bruxellois Réunis",
                "said",
                "W",
            ),
        ],
        [
            (
                "Jean-Pierre Van den Eynde, 67, takes the 71 bus from Delta to Porte de Namur every weekday to look after his grandchildren in Ixelles.",
                "",
                "",
                "",
            ),
            (
                "“Sixty euros a year for a man my age — that I can live with,” Van den Eynde said.",
                "Jean-Pierre Van den Eynde",
                "said",
                "",
            ),
            (
                "“But my daughter pays the full fare on the same bus!” he said.",
                "Jean-Pierre Van den Eynde",
                "said",
                "",
            ),
        ],
        [
            (
                "Under STIB's conditions of carriage, a passenger caught without a valid ticket pays a surcharge of €107, reduced to €75 if it is paid within 14 days.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Bart De Clercq-Mahieu, who speaks on mobility for the largest opposition group in the Brussels Parliament, said it would table a motion to freeze the single fare until 2029.",
                "Bart De Clercq-Mahieu",
                "said",
                "",
            ),
            (
                "He said the region's grant to STIB had risen to €812 million this year from €694 million in 2024.",
                "Bart De Clercq-Mahieu",
                "said",
                "W",
            ),
        ],
        [
            (
                "The new fares are set out in an amendment to STIB's management contract with the region, signed on 5 Oct.",
                "",
                "",
                "W",
            ),
            ("The contract runs until the end of 2031.", "", "", "W"),
        ],
        [("WHAT YOU WILL PAY", "", "", "B")],
        [("Ticket · Now · From 1 Feb.", "", "", "B")],
        [("Single journey · €2.10 · €2.60", "", "", "")],
        [("10 journeys · €17.50 · €21.00", "", "", "")],
        [("Monthly pass · €49 · €49", "", "", "")],
        [("Annual pass, 65+ · €60 · €60", "", "", "")],
        [("Source: Brussels-Capital Region", "", "", "B")],
        [("Topics: STIB · Public transport · Prices", "", "", "B")],
        [("14 comments", "", "", "B")],
        [("Most read", "", "", "B")],
        [("1. Brussels to ban cars from Place Flagey on Sundays from March", "", "", "B")],
        [("2. Why your energy bill went up in October", "", "", "B")],
        [("The Zinneke at 7: the Brussels news you need before work.", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("We use cookies to measure our audience and show you relevant ads.", "", "", "B")],
        [("Accept all · Manage settings", "", "", "B")],
        [("© 2027 Zinneke Uitgeverij BV.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [
        [("vindobonamessenger.at", "", "", "B")],
        [
            (
                "Vienna property manager gets 30 months for billing 1,400 tenants for heat they never used",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Firm charged tenants of 31 blocks for €2.3m of gas that was never burned, court finds; verdict not yet final",
                "The Vienna Regional Criminal Court",
                "finds",
                "W",
            )
        ],
        [("Katharina Oberleitner-Moyo", "", "", "B")],
        [("23 November 2027", "", "", "B")],
        [("5–6 minutes", "", "", "B")],
        [
            (
                "A Vienna property manager has been sentenced to 30 months in prison, ten of them unsuspended, for inflating the heating bills of about 1,400 tenants over six years.",
                "",
                "",
                "W",
            ),
            (
                "The Vienna Regional Criminal Court found on Tuesday that his firm had charged the tenants of 31 subsidised blocks in Favoriten and Simmering for €2.3 million worth of gas that was never burned.",
                "The Vienna Regional Criminal Court",
                "found",
                "W",
            ),
            ("The verdict is not final.", "", "", "W"),
        ],
        [
            ("The bills were signed by the firm's managing director, Herwig S.", "", "", "W"),
            ("He was ordered to repay the tenants in full, with 4% interest.", "", "", "W"),
        ],
        [
            (
                "From 2014 until its bankruptcy in April, S. ran the management firm Kramml & Sedlak Hausverwaltung GmbH.",
                "",
                "",
                "W",
            ),
            ("It looked after 46 buildings at its peak.", "", "", "W"),
        ],
        [
            (
                "A block on Quellenstrasse in Favoriten, where tenants first compared their bills in 2021.",
                "",
                "",
                "",
            ),
            ("Photo: Andreas Pölzl", "", "", "B"),
        ],
        [
            (
                "Presiding judge Mag. Ursula Wimmer-Adebayo said the meter readings in at least 19 of the blocks had been “invented at a desk”, as the firm's only technician had not visited them for three years.",
                "Ursula Wimmer-Adebayo",
                "said",
                "W",
            ),
            (
                "“People trusted a piece of paper because it looked official,” she said in her reasoning.",
                "Ursula Wimmer-Adebayo",
                "said in her reasoning",
                "",
            ),
            (
                "“Which of us checks a heating bill line by line?” she asked.",
                "Ursula Wimmer-Adebayo",
                "asked",
                "",
            ),
            (
                "The court took into account that S. had no previous convictions and had partly confessed.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "S. told the court he was “deeply sorry” and had trusted his staff too much.",
                "Herwig S.",
                "told the court",
                "",
            ),
            (
                "The firm's former technician, who testified on the second day, told the court he had been told to “estimate” the readings in blocks where tenants were not at home.",
                "The firm's former technician",
                "told the court",
                "W",
            ),
            (
                "He said he had never been given keys to the boiler rooms of 19 of the blocks.",
                "The firm's former technician",
                "said",
                "W",
            ),
        ],
        [
            (
                "Prosecutor Lukas Pirchegger-Haas told the court that the firm had billed an average of 11,800 kilowatt-hours a year for each flat, about three times what comparable flats in the same district used.",
                "Lukas Pirchegger-Haas",
                "told the court",
                "W",
            ),
            (
                "He said he would consider an appeal against the sentence, which he called “mild”.",
                "Lukas Pirchegger-Haas",
                "said",
                "",
            ),
        ],
        [
            (
                "Aggravated commercial fraud causing a loss of more than €300,000 carries one to ten years in prison under Sec. 147 of the Austrian Criminal Code.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The defence lawyer, Dr. Clemens Aigner-Bauer, said the meters in 12 of the blocks had been read by an outside contractor, Thermoscan Ablese GmbH, and not by his client.",
                "Clemens Aigner-Bauer",
                "said",
                "W",
            ),
            ("He said S. would appeal.", "Clemens Aigner-Bauer", "said", ""),
            ("Thermoscan has not been charged.", "", "", "W"),
        ],
        [
            (
                "Dragana Petrović-Hauer, who has lived in a two-room flat on Quellenstrasse since 2009, first noticed in 2021 that her bill had doubled.",
                "",
                "",
                "",
            ),
            (
                "“Two hundred euros a month for 48 square metres?",
                "Dragana Petrović-Hauer",
                "said",
                "",
            ),
            (
                "Nobody asked how that was possible,” she said.",
                "Dragana Petrović-Hauer",
                "said",
                "",
            ),
            (
                "“I do not even turn the heating on in the bedroom!” she said.",
                "Dragana Petrović-Hauer",
                "said",
                "",
            ),
            (
                "Petrović-Hauer said she had paid about €1,460 too much over four winters.",
                "Dragana Petrović-Hauer",
                "said",
                "",
            ),
        ],
        [
            (
                "The tenants' group Zinshaus-Initiative Simmering, which collected the bills and took them to the police in 2023, said 212 households had joined the case as private parties.",
                "Zinshaus-Initiative Simmering",
                "said",
                "W",
            ),
            (
                "It said it would help tenants of other buildings the firm managed to check their bills back to 2018.",
                "Zinshaus-Initiative Simmering",
                "said",
                "",
            ),
            (
                "Its lawyer, Mag. Sabine Koller-Ndiaye, said the bankruptcy administrator had so far found assets worth only about €310,000.",
                "Sabine Koller-Ndiaye",
                "said",
                "W",
            ),
            (
                "“Most tenants will see a few cents on the euro, if that,” she said.",
                "Sabine Koller-Ndiaye",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesman for the city's housing councillor said the blocks' owner, a non-profit housing association, had repaid €412,000 to tenants out of its own reserves in 2024.",
                "A spokesman for the city's housing councillor",
                "said",
                "W",
            ),
            (
                "Since January, Vienna has required the managers of subsidised buildings to send each tenant a copy of the meter readings with the annual heating bill.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The trial took seven days spread over three months.", "", "", "W"),
            ("The last hearing ended shortly after 4 p.m.", "", "", "W"),
            ("S. left the courtroom without speaking to reporters.", "", "", ""),
        ],
        [
            (
                "Correction: An earlier version of this article said the firm looked after 64 buildings at its peak; it looked after 46.",
                "",
                "",
                "W",
            )
        ],
    ],
    [
        [("⚡ amp.roestigraben.ch", "", "", "B")],
        [("RÖSTIGRABEN COURIER", "", "", "B")],
        [("Switzerland › Health", "", "", "B")],
        [
            (
                "Health insurance premiums to rise 6.4% in 2028, the fifth increase in a row",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Geneva pays most at Fr. 712.40 a month, St. Gallen sees the steepest rise, federal health office says",
                "the Federal Office of Public Health",
                "says",
                "W",
            )
        ],
        [("Lorenz Baumgartner-Sy, Bern · 28.09.2027 · 11:40", "", "", "B")],
        [("Share ↗", "", "", "B")],
        [
            ("Insurance cards on a pharmacy counter in Lausanne.", "", "", ""),
            ("Photo: Noémie Chappuis / Röstigraben Courier", "", "", "B"),
        ],
        [
            (
                "The average monthly premium for compulsory basic health insurance will rise by 6.4% next year to Fr. 418.20 for an adult, the Federal Office of Public Health (FOPH) said on Tuesday.",
                "the Federal Office of Public Health",
                "said",
                "W",
            ),
            (
                "It is the fifth rise in a row, after increases of 8.1%, 5.6%, 3.9% and 5.0% in the previous four years.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Premiums for children will rise by 5.9% to an average of Fr. 112.60 a month, the FOPH said.",
                "the Federal Office of Public Health",
                "said",
                "W",
            ),
            (
                "Insurers' reserves stood at Fr. 9.4 billion at the start of the year, it said.",
                "the Federal Office of Public Health",
                "said",
                "W",
            ),
        ],
        [
            (
                "The office's vice-director, Reto Giger-Bühlmann, told a press conference in Bern that spending on basic insurance rose 5.3% last year to Fr. 39.8 billion, driven mainly by outpatient hospital treatment and medicines.",
                "Reto Giger-Bühlmann",
                "told a press conference in Bern",
                "W",
            ),
            (
                "He said the office had approved every insurer's premiums for 2028 after checking them against its costs.",
                "Reto Giger-Bühlmann",
                "said",
                "W",
            ),
            (
                "“Premiums follow costs, and costs rise because we all use more care,” he said.",
                "Reto Giger-Bühlmann",
                "said",
                "",
            ),
            (
                "He expects the increase for 2029 to be smaller.",
                "Reto Giger-Bühlmann",
                "expects",
                "",
            ),
        ],
        [
            (
                "Geneva has the highest average premium for an adult, Fr. 712.40 a month, followed by Basel-City at Fr. 668.90, according to the FOPH's figures.",
                "the FOPH's figures",
                "according to",
                "W",
            ),
            (
                "Premiums in St. Gallen rise fastest, by 9.1%, while Appenzell Inner Rhodes remains the cheapest canton at Fr. 341.50.",
                "",
                "",
                "W",
            ),
        ],
        [("AVERAGE ADULT PREMIUM PER MONTH", "", "", "B")],
        [("Canton | 2027 | 2028 | Change", "", "", "B")],
        [("Geneva | Fr. 668.30 | Fr. 712.40 | +6.6%", "", "", "")],
        [("Basel-City | Fr. 631.60 | Fr. 668.90 | +5.9%", "", "", "")],
        [("St. Gallen | Fr. 363.50 | Fr. 396.60 | +9.1%", "", "", "")],
        [("Appenzell I. Rh. | Fr. 322.20 | Fr. 341.50 | +6.0%", "", "", "")],
        [("Source: FOPH; standard deductible of Fr. 300, accident cover included", "", "", "B")],
        [
            (
                "About one adult in six has basic cover with the largest insurer in German-speaking Switzerland, Helvetisana Kranken AG.",
                "",
                "",
                "W",
            ),
            (
                "It said its premiums would rise by 7.2% on average, mainly because it paid 11% more for outpatient care in the first half of the year than a year earlier.",
                "Helvetisana Kranken AG",
                "said",
                "W",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "The consumer group Prix Justes called the rise “unbearable for the middle class”.",
                "Prix Justes",
                "called",
                "",
            ),
            (
                "It said premiums had risen by 61% since 2012, while wages rose by 9%.",
                "Prix Justes",
                "said",
                "W",
            ),
        ],
        [
            (
                "Noëlle Favre-Ruchti, a nurse in Carouge who lives with her two sons, has changed insurer three times since 2023.",
                "",
                "",
                "",
            ),
            (
                "“Every autumn I spend two evenings comparing offers, and every autumn it goes up anyway,” she said.",
                "Noëlle Favre-Ruchti",
                "said",
                "",
            ),
            (
                "“What should I switch to next — a cheaper canton?” she asked.",
                "Noëlle Favre-Ruchti",
                "asked",
                "",
            ),
        ],
        [("What you can do", "", "", "")],
        [
            (
                "Insured people can change insurer for basic cover from January 1 if their written notice reaches their current insurer by November 30.",
                "",
                "",
                "W",
            ),
            (
                "Basic cover is the same at every insurer by law; only premiums and service differ.",
                "",
                "",
                "W",
            ),
            (
                "(Adults can choose a yearly deductible of between Fr. 300 and Fr. 2,500.)",
                "",
                "",
                "W",
            ),
            (
                "Comparing offers before the end of November can save a single adult several hundred francs a year.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "About 28% of the population received a cantonal premium subsidy last year, according to federal figures.",
                "federal figures",
                "according to",
                "W",
            ),
            (
                "Geneva's health department said 41% of the canton's residents received one.",
                "Geneva's health department",
                "said",
                "W",
            ),
            (
                "In Vaud, no household has paid more than 10% of its income in premiums after subsidies since 2019.",
                "",
                "",
                "W",
            ),
            (
                "Nicolas Dubey-Amherd, who heads the health department of the canton of Fribourg, said his canton would raise its subsidy budget by Fr. 14 million next year if the cantonal parliament agreed in December.",
                "Nicolas Dubey-Amherd",
                "said",
                "",
            ),
        ],
        [("More from Röstigraben Courier", "", "", "B")],
        [("Zurich trams to run all night at weekends from December", "", "", "B")],
        [("View full site", "", "", "B")],
        [("© 2027 Röstigraben Verlag AG.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [
        [("☰   CPH TIDINGS   🔍", "", "", "B")],
        [("Open in the CPH Tidings app", "", "", "B")],
        [("HEALTH", "", "", "B")],
        [
            (
                "One in six emergency patients at Bispebjerg waited more than six hours in October",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Median wait rose to 3 hours 48 minutes, figures show; region moves 19 million kroner to the department",
                "figures published by the Capital Region of Denmark on Monday",
                "show",
                "W",
            )
        ],
        [("Astrid Møller-Quaye · 2h ago", "", "", "B")],
        [("↗ Share   🔖 Save   💬 34", "", "", "B")],
        [
            (
                "The entrance to the emergency department at Bispebjerg Hospital in Copenhagen.",
                "",
                "",
                "",
            ),
            ("Photo: Kasper Lindgaard-Ebbesen", "", "", "B"),
        ],
        [
            (
                "One in six patients who came to the emergency department at Bispebjerg Hospital in October waited more than six hours to see a doctor, figures published by the Capital Region of Denmark (Region Hovedstaden) on Monday show.",
                "figures published by the Capital Region of Denmark on Monday",
                "show",
                "W",
            ),
            (
                "The median wait was 3 hours and 48 minutes, up from 2 hours and 55 minutes in October last year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The region's target is that no patient waits more than four hours, and Bispebjerg met it for 61% of patients in October, down from 78%, the region said.",
                "the region",
                "said",
                "W",
            ),
            (
                "The region's figures also show that 412 patients left the department in October without being seen, up from 197.",
                "The region's figures",
                "show",
                "W",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Mette Kjærsgaard Holm, the region's director of acute care, said the number of patients arriving at the department rose 14% over the year, partly because two GP practices in Nørrebro closed in the spring.",
                "Mette Kjærsgaard Holm",
                "said",
                "W",
            ),
            (
                "Holm said the region had moved 19 million kroner to the department from its budget for planned surgery.",
                "Mette Kjærsgaard Holm",
                "said",
                "W",
            ),
            (
                "She said the money would pay for 24 more nurses from January.",
                "Mette Kjærsgaard Holm",
                "said",
                "",
            ),
            (
                "“Nobody should sit for six hours in a waiting room with a broken wrist.",
                "Mette Kjærsgaard Holm",
                "said",
                "",
            ),
            (
                "That is not the health service I want to run,” Holm said.",
                "Mette Kjærsgaard Holm",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr. Jonas Qvist-Bendtsen, a GP in Nørrebro, said the two practices that closed had 9,200 patients between them.",
                "Jonas Qvist-Bendtsen",
                "said",
                "W",
            ),
            (
                "“Those people did not disappear; they went to Bispebjerg,” he said.",
                "Jonas Qvist-Bendtsen",
                "said",
                "",
            ),
        ],
        [("Read also: Copenhagen to open a second night pharmacy on Amager", "", "", "B")],
        [
            (
                "The union representative for the department's nurses, Frederik Østergaard Nyholm, called the 24 posts “a plaster on an open fracture”.",
                "Frederik Østergaard Nyholm",
                "called",
                "",
            ),
            (
                "He said 31 of the department's 118 nursing posts were vacant at the end of October.",
                "Frederik Østergaard Nyholm",
                "said",
                "W",
            ),
            (
                "“Who will apply when the ones who stayed are leaving?” he asked.",
                "Frederik Østergaard Nyholm",
                "asked",
                "",
            ),
        ],
        [("Poll: Have you waited more than four hours in an emergency department?", "", "", "B")],
        [("Yes · No · See results", "", "", "B")],
        [
            (
                "Birthe Ravn, 79, from Emdrup, broke her hip in a fall on her stairs on 12 Oct.",
                "",
                "",
                "",
            ),
            ("Her son drove her to Bispebjerg shortly before 10 a.m.", "", "", ""),
            (
                "“I lay on a trolley in the corridor until half past four!” she said.",
                "Birthe Ravn",
                "said",
                "",
            ),
            ("She said a nurse had brought her water twice.", "Birthe Ravn", "said", ""),
        ],
        [
            (
                "Comments and complaints about the department sent to the region's patient office rose to 388 in October from 233 a year earlier, the region said.",
                "the region",
                "said",
                "W",
            )
        ],
        [
            (
                "Since 2024, patients arriving at the department have been sorted with a triage system from Triagon Medical A/S.",
                "",
                "",
                "W",
            ),
            (
                "It said in an email that the system was used at 14 Danish emergency departments.",
                "Triagon Medical A/S",
                "said in an email",
                "W",
            ),
        ],
        [
            (
                "Under Danish law, patients referred for planned surgery can choose a private hospital at the region's expense if a public hospital cannot operate within 30 days.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Ida Skovbo-Achterberg, an opposition member of the regional council, said she would ask its health committee to publish waiting times for every emergency department each week.",
                "Ida Skovbo-Achterberg",
                "said",
                "",
            ),
            ("The committee next meets on Dec. 2.", "", "", "W"),
        ],
        [("Read also", "", "", "B")],
        [("Metro line M3 to close for ten days in January", "", "", "B")],
        [("💬 Show 34 comments", "", "", "B")],
        [("↑ Back to top", "", "", "B")],
        [("About · Contact · Privacy · Cookie settings", "", "", "B")],
        [("© CPH Tidings ApS 2027", "", "", "B")],
    ],
    [
        [("KOMPASS SWEDEN", "", "", "B")],
        [
            (
                "News   Stockholm   Gothenburg   Malmö   Jobs   Housing   Sport   Learn Swedish",
                "",
                "",
                "B",
            )
        ],
        [("🔴 LIVE", "", "", "B")],
        [
            (
                "Storm Gunvor: 62,000 homes still without power in Skåne as trains halted and Öresund Bridge shut",
                "",
                "",
                "W",
            )
        ],
        [("Last updated 18:42", "", "", "B")],
        [("Key points", "", "", "B")],
        [("• SMHI red warning for the Skåne coast until 6 a.m. on Wednesday", "", "", "W")],
        [("• Öresund Bridge closed to all traffic since 13:15", "", "", "W")],
        [
            (
                "• Police advise against all travel in Skåne and Blekinge tonight",
                "Police",
                "advise",
                "",
            )
        ],
        [("18:42", "", "", "B")],
        [
            (
                "Power has been restored to about 9,000 of the 71,400 customers who lost it, Sydkraftnät said at 18:30.",
                "Sydkraftnät Elnät AB",
                "said",
                "W",
            ),
            (
                "It said some households in rural Österlen might not have power again until Friday.",
                "Sydkraftnät Elnät AB",
                "said",
                "",
            ),
        ],
        [("17:55", "", "", "B")],
        [
            (
                "No trains will run between Malmö and Hässleholm or between Malmö and Ystad for the rest of the day, Trafikverket said.",
                "The Swedish Transport Administration",
                "said",
                "W",
            ),
            (
                "Its spokeswoman, Malin Roos-Ekdahl, said trees had fallen across the tracks in 23 places.",
                "Malin Roos-Ekdahl",
                "said",
                "W",
            ),
            (
                "“We will not send out a single train until every line has been walked,” she said.",
                "Malin Roos-Ekdahl",
                "said",
                "",
            ),
        ],
        [("17:20", "", "", "B")],
        [
            (
                "“The water came in under the front door and the lights went out at the same moment!” Tove Sandberg-Ekholm, who runs a guest house in Skanör, told Kompass Sweden by phone.",
                "Tove Sandberg-Ekholm",
                "told Kompass Sweden by phone",
                "",
            ),
            (
                "She said her six guests had left for Malmö before the bridge closed.",
                "Tove Sandberg-Ekholm",
                "said",
                "",
            ),
        ],
        [("16:40", "", "", "B")],
        [
            (
                "The strongest gust so far was 38.6 metres per second, at Falsterbo at 15:50, SMHI said.",
                "The Swedish Meteorological and Hydrological Institute",
                "said",
                "W",
            ),
            (
                "(Winds of 33 metres per second or more are classed as hurricane force.)",
                "",
                "",
                "W",
            ),
            (
                "The duty meteorologist said the wind would start to ease after midnight.",
                "Anneli Oskarsdotter",
                "said",
                "",
            ),
        ],
        [("16:05", "", "", "B")],
        [
            (
                "Roof tiles fell from the tower of St. Petri church in central Malmö shortly after 15:30.",
                "",
                "",
                "W",
            ),
            (
                "Police in Skåne said two passers-by were taken to hospital with minor injuries and the streets around the church were closed.",
                "Police in Skåne",
                "said",
                "W",
            ),
        ],
        [("15:20", "", "", "B")],
        [
            (
                "All afternoon and evening sailings between Ystad and Bornholm have been cancelled by the operator, Hanöbukten Färjor AB.",
                "",
                "",
                "W",
            ),
            (
                "It said about 1,100 passengers were affected and could rebook free of charge.",
                "Hanöbukten Färjor AB",
                "said",
                "W",
            ),
        ],
        [("14:30", "", "", "B")],
        [
            (
                "The Öresund Bridge closed to all traffic at 13:15, the bridge's operator said, the first full closure since 2013.",
                "the bridge's operator",
                "said",
                "W",
            ),
            (
                "“Why was it still open at one o'clock when everybody knew at eleven?” asked Jens Haldrup-Persson, a Danish commuter who was turned back at the toll station at Lernacken.",
                "Jens Haldrup-Persson",
                "asked",
                "",
            ),
        ],
        [("13:00", "", "", "B")],
        [
            (
                "The Swedish Transport Administration (Trafikverket) said at 12:50 that all trains south of Hässleholm would stop running at 14:00.",
                "The Swedish Transport Administration",
                "said",
                "W",
            ),
            (
                "Schools in Trelleborg and Vellinge closed at noon, the municipalities said.",
                "the municipalities",
                "said",
                "W",
            ),
        ],
        [("12:30", "", "", "B")],
        [
            (
                "About 18,000 customers are already without power, according to Sydkraftnät Elnät AB, which runs the local grid in most of Skåne.",
                "Sydkraftnät Elnät AB",
                "according to",
                "W",
            )
        ],
        [("11:40", "", "", "B")],
        [
            (
                "The Swedish Meteorological and Hydrological Institute (SMHI) has raised its warning for the Skåne coast to red, the highest level.",
                "",
                "",
                "W",
            ),
            (
                "Anneli Oskarsdotter, the duty meteorologist at SMHI, told Kompass Sweden that gusts of up to 40 metres per second were possible between Falsterbo and Trelleborg.",
                "Anneli Oskarsdotter",
                "told Kompass Sweden",
                "",
            ),
        ],
        [("09:00", "", "", "B")],
        [
            ("Good morning, and welcome to our live coverage of Storm Gunvor.", "", "", ""),
            ("The storm is expected to reach the coast of Skåne around noon.", "", "", ""),
        ],
        [("Load older posts", "", "", "B")],
        [("Tips?", "", "", "B"), ("Email tips@kompass.se", "", "", "B")],
        [("© 2027 Kompass Sverige AB.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [
        [("Inbox", "", "", "B")],
        [("Skagerrak Daybreak <news@skagerrakdaybreak.no>", "", "", "B")],
        [("to me", "", "", "B")],
        [("Wed 10 Nov, 06:45 (3 hours ago)", "", "", "B")],
        [("Images are not displayed.", "", "", "B"), ("Display images below.", "", "", "B")],
        [("SKAGERRAK DAYBREAK · Norwegian business before the bell · No. 412", "", "", "B")],
        [
            ("Good morning.", "", "", ""),
            (
                "Salmon is up, sea lice are down, and a ferry company is still waiting for its boats.",
                "",
                "",
                "",
            ),
        ],
        [("VESTFJORD HAVBRUK: RECORD HARVEST, THINNER MARGINS", "", "", "W")],
        [
            (
                "Salmon farmer Vestfjord Havbruk ASA said on Tuesday that it harvested 31,400 tonnes of fish in the third quarter, up 18% from a year earlier.",
                "Vestfjord Havbruk ASA",
                "said",
                "W",
            ),
            (
                "Operating profit per kilo fell to NOK 14.20 from NOK 19.80, the lowest since 2021.",
                "",
                "",
                "W",
            ),
            (
                "The company said costs rose mainly because it treated more fish for sea lice at its sites in Nordland and paid NOK 212 million more for feed.",
                "The company",
                "said",
                "W",
            ),
            (
                "Sea lice at its sites averaged 0.21 adult females per fish in the quarter, below the legal limit of 0.5.",
                "",
                "",
                "W",
            ),
            ("(The limit falls to 0.2 during the spring migration of wild salmon.)", "", "", "W"),
            (
                "It expects to harvest 128,000 tonnes next year.",
                "Vestfjord Havbruk ASA",
                "expects",
                "",
            ),
        ],
        [
            ("The board proposed a dividend of NOK 3.50 a share, down from NOK 5.", "", "", "W"),
            (
                "Analysts polled by Skagerrak Daybreak had expected operating profit of NOK 1.02 billion; it came in at NOK 871 million.",
                "",
                "",
                "W",
            ),
            ("The shares fell 4.6% to NOK 231.40 on Tuesday.", "", "", "W"),
        ],
        [
            (
                "Chief executive Sigrun Aalvik-Haugland told analysts on a call that the quarter was “the price of growing”.",
                "Sigrun Aalvik-Haugland",
                "told analysts on a call",
                "",
            ),
            (
                "She said the share of fish graded superior rose to 91% from 84%.",
                "Sigrun Aalvik-Haugland",
                "said",
                "W",
            ),
            (
                "“Would you rather have fewer fish of worse quality?” she asked.",
                "Sigrun Aalvik-Haugland",
                "asked",
                "",
            ),
        ],
        [
            (
                "Since 2023, salmon farmers have paid a 25% resource rent tax on the profit from their sea sites on top of ordinary corporate tax.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Kristoffer Bjørnstad-Leira, an analyst at the brokerage Fjellvik Fondsmegling, said the dividend cut was “a warning shot, not a crisis”.",
                "Kristoffer Bjørnstad-Leira",
                "said",
                "",
            ),
            ("He cut his price target to NOK 250 from NOK 280.", "", "", ""),
        ],
        [
            ("Our take: the lice bill is the real story.", "", "", ""),
            ("It will not shrink while the sea keeps getting warmer.", "", "", ""),
        ],
        [("ELECTRIC FERRIES LATE", "", "", "W")],
        [
            (
                "The contract to run the Mortavika–Arsvågen crossing, the busiest ferry link on the E39, is held by Rogaland Sjøtransport AS.",
                "",
                "",
                "W",
            ),
            (
                "It said its first two battery-powered ferries would be delivered in June rather than January because the shipyard building them in Turkey was five months behind schedule.",
                "Rogaland Sjøtransport AS",
                "said",
                "W",
            ),
            (
                "Under the contract, the operator pays a penalty of NOK 150,000 for each day after Feb. 1 on which a diesel ferry runs on the crossing.",
                "",
                "",
                "W",
            ),
            (
                "Its operations director, Håvard Tjelta-Moen, said the company would ask the Norwegian Public Roads Administration to waive the penalty.",
                "Håvard Tjelta-Moen",
                "said",
                "",
            ),
            (
                "The agency said it would “look at the request when it arrives”.",
                "The agency",
                "said",
                "",
            ),
            (
                "The crossing carried 2.3 million vehicles last year, according to the roads administration.",
                "the roads administration",
                "according to",
                "W",
            ),
        ],
        [("ALSO ON THE BOARD", "", "", "B")],
        [
            (
                "Consumer prices rose 3.1% in October from a year earlier, Statistics Norway said.",
                "Statistics Norway",
                "said",
                "W",
            ),
            (
                "Hardanger Straum AS raised its fixed electricity price for households in southern Norway to 98 øre per kWh from Dec. 1.",
                "",
                "",
                "W",
            ),
        ],
        [("MARKETS AT 06:30", "", "", "B")],
        [("OSEBX: 1,642.8 (+0.3%)", "", "", "")],
        [("Brent: $79.40", "", "", "")],
        [("EUR/NOK: 11.62", "", "", "")],
        [("Salmon spot (NOK/kg): 84.10", "", "", "")],
        [
            (
                "You are receiving Skagerrak Daybreak because you signed up at skagerrakdaybreak.no.",
                "",
                "",
                "B",
            )
        ],
        [("Unsubscribe | Manage preferences | Forward to a colleague", "", "", "B")],
        [
            ("Skagerrak Daybreak is published by Kvarven Forlag AS.", "", "", "B"),
            ("Org. no. 923 418 552.", "", "", "B"),
        ],
    ],
    [
        [("Shared from the Revontuli app", "", "", "B")],
        [("Helsinki to close two primary schools in Vuosaari as pupil numbers fall", "", "", "W")],
        [
            (
                "Committee votes 8–5 after a four-hour debate; 312 pupils to move to a renovated school in 2029",
                "",
                "",
                "W",
            )
        ],
        [("Revontuli · 9.11.2027 14:22 · Updated 9.11.2027 16:05", "", "", "B")],
        [
            (
                "Helsinki's education committee voted 8–5 on Tuesday to close Lehtokallio and Tuulimylly primary schools in Vuosaari at the end of the next school year.",
                "",
                "",
                "W",
            ),
            ("The vote came at 21.40 after a four-hour debate.", "", "", "W"),
            (
                "The schools' 312 pupils will move to the renovated Vuosaari Central School in August 2029.",
                "",
                "",
                "W",
            ),
            (
                "The committee's chair, Sari Väänänen, said it had been the hardest vote of her four years in the job.",
                "Sari Väänänen",
                "said",
                "",
            ),
        ],
        [
            (
                "The number of children starting school in Vuosaari has fallen by 23% since 2019, according to the city's Education Division.",
                "the city's Education Division",
                "according to",
                "W",
            ),
            (
                "The division said the closures would save about €1.4 million a year in rent, heating and cleaning.",
                "The division",
                "said",
                "",
            ),
            (
                "Helsinki has 109 Finnish-language primary schools, according to the division.",
                "the division",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Deputy mayor Jussi Hyvärinen-Lund, who is responsible for education, said the city had 4,100 empty places in its primary schools this autumn, most of them in eastern Helsinki.",
                "Jussi Hyvärinen-Lund",
                "said",
                "W",
            ),
            (
                "“We cannot heat and clean classrooms for children who were never born,” he said.",
                "Jussi Hyvärinen-Lund",
                "said",
                "",
            ),
        ],
        [
            ("Pupils in the yard of Lehtokallio school in September.", "", "", ""),
            ("Photo: Mikko Vänskä / Revontuli", "", "", "B"),
        ],
        [
            (
                "Annika Rosqvist-Heikkilä, who chairs the parents' association at Tuulimylly, said the 2.8-kilometre walk to the new school along Vuotie was “not a route for a seven-year-old in January”.",
                "Annika Rosqvist-Heikkilä",
                "said",
                "",
            ),
            (
                "“Does the committee think our children will take a taxi?” she asked.",
                "Annika Rosqvist-Heikkilä",
                "asked",
                "",
            ),
            (
                "The committee also approved €380,000 for a pedestrian crossing with traffic lights on the route.",
                "",
                "",
                "W",
            ),
            (
                "Under the Basic Education Act, a municipality must provide free transport to school if the journey is longer than five kilometres.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Eleven-year-old Oona, who asked that her family name not be used, said she would miss the forest behind Tuulimylly most.",
                "Oona",
                "said",
                "",
            ),
            ("“We built a hut there!” she said.", "Oona", "said", ""),
        ],
        [
            (
                "The five members who voted against said in a joint statement that the city had “counted rooms, not children”.",
                "The five members who voted against",
                "said in a joint statement",
                "",
            ),
            (
                "They said the city's own forecast, published in March, showed the number of pupils in Vuosaari rising again after 2032.",
                "The five members who voted against",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mould was found in the walls of four classrooms at Tuulimylly in 2025, and they have been closed since.",
                "",
                "",
                "W",
            ),
            (
                "Paula Mäntymaa, the teachers' shop steward at the two schools, said all 24 teachers had been offered posts at other schools in the city.",
                "Paula Mäntymaa",
                "said",
                "W",
            ),
            (
                "“Nobody is losing a job, but a lot of us are losing a community,” she said.",
                "Paula Mäntymaa",
                "said",
                "",
            ),
        ],
        [
            (
                "The central school was built in 1968 and has been closed for renovation since 2026.",
                "",
                "",
                "W",
            ),
            ("The work is being done by Rakennus Saarto Oy.", "", "", "W"),
            ("The firm won the €18.6 million contract in March.", "", "", "W"),
            (
                "It said the work would be finished in May 2029, three months before the pupils move.",
                "Rakennus Saarto Oy",
                "said",
                "",
            ),
        ],
        [
            ("The city board must confirm the decision, and it meets on Nov. 22.", "", "", "W"),
            (
                "Residents can then appeal to the Helsinki Administrative Court within 30 days.",
                "",
                "",
                "W",
            ),
        ],
        [("IN NUMBERS", "", "", "B")],
        [("312 pupils", "", "", "")],
        [("24 teachers", "", "", "")],
        [("23%: fall in first-graders in Vuosaari since 2019", "", "", "")],
        [("€1.4 million: expected yearly saving", "", "", "")],
        [("Updated at 16:05 to add comments from the deputy mayor.", "", "", "B")],
        [
            (
                "Read the full story: https://revontuli.fi/english/2027/11/09/vuosaari-schools",
                "",
                "",
                "B",
            )
        ],
        [("Get the Revontuli app: revontuli.fi/app", "", "", "B")],
    ],
    [
        [("THE PRAGUE PENDULUM", "", "", "B")],
        [("Vol. 14, No. 46 · 15–21 November 2027 · CZK 45", "", "", "B")],
        [("CITY | 3", "", "", "B")],
        [
            (
                "Prague doubles tourist fee to CZK 100 a night and fines unregistered hosts",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "One flat in five in the historic centre is let to tourists, deputy mayor says; hoteliers call the fee “a good start”",
                "Zdeňka Hlaváčková",
                "says",
                "W",
            )
        ],
        [("By Ondřej Kalina", "", "", "B")],
        [
            (
                "The Prague City Assembly voted 36–20 on Thursday to raise the city's accommodation fee from CZK 50 to CZK 100 per guest per night from April 1.",
                "",
                "",
                "W",
            ),
            ("Four members of the governing coalition abstained.", "", "", "W"),
            ("The vote came shortly before 11 p.m.", "", "", "W"),
            ("Councillors had debated the fee for almost six hours.", "", "", "W"),
        ],
        [
            (
                "The fee is paid by every guest over 18 staying in a hotel, hostel or rented flat, and is collected by the host.",
                "",
                "",
                "W",
            ),
            (
                "Councillors also approved fines of up to CZK 500,000 for hosts who let flats to tourists without registering them.",
                "",
                "",
                "W",
            ),
            (
                "Hosts who let a flat for more than 60 nights a year must register it with their district's trade licensing office.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Deputy Mayor Zdeňka Hlaváčková told the assembly that 11,800 flats in Prague 1 and Prague 2, about one in five, were let to tourists for at least part of last year.",
                "Zdeňka Hlaváčková",
                "told the assembly",
                "W",
            ),
            ("“Who is this city for?", "Zdeňka Hlaváčková", "asked", ""),
            (
                "For the people who live here, or for suitcases?” she asked.",
                "Zdeňka Hlaváčková",
                "asked",
                "",
            ),
        ],
        [
            (
                "Prague 1 had 29,400 permanent residents at the start of the year, down from 61,000 in 1991, according to the Czech Statistical Office.",
                "the Czech Statistical Office",
                "according to",
                "W",
            )
        ],
        [
            ("Tourists with suitcases on Karlova Street on a Saturday in October.", "", "", ""),
            ("PHOTO: JAN PROCHÁZKA", "", "", "B"),
        ],
        [
            (
                "The fee brought in CZK 1.12 billion last year, the city said.",
                "the city",
                "said",
                "W",
            ),
            (
                "It said the extra money would go to repairing flats it owns in Prague 1.",
                "the city",
                "said",
                "",
            ),
        ],
        [
            (
                "The city's figures on short-term lets come from Pražská data, a.s., a company it owns, which bought them from two rental platforms.",
                "",
                "",
                "W",
            )
        ],
        [("Continued on page 6 ›", "", "", "B")],
        [("THE PRAGUE PENDULUM | 15–21 November 2027 | 6", "", "", "B")],
        [("Tourist fee: hosts face fines of up to CZK 500,000", "", "", "B")],
        [("‹ Continued from page 3", "", "", "B")],
        [
            (
                "Hlaváčková said the city would hire 12 inspectors to check listings.",
                "Zdeňka Hlaváčková",
                "said",
                "",
            )
        ],
        [
            (
                "Karolína Vrbová lets four flats on Karlova Street through her company, Karlův Most Apartmány s.r.o.",
                "",
                "",
                "",
            ),
            ("Most of her guests stay two nights, she said.", "Karolína Vrbová", "said", ""),
            (
                "Vrbová said she had registered all four flats in January.",
                "Karolína Vrbová",
                "said",
                "",
            ),
            (
                "“A hundred crowns a night will not stop a single tourist, it will only stop my cleaner's pay rise!” she said.",
                "Karolína Vrbová",
                "said",
                "",
            ),
        ],
        [
            (
                "The Old Town Hoteliers' Association called the decision “a good start”.",
                "The Old Town Hoteliers' Association",
                "called",
                "",
            ),
            (
                "Its chairman, Petr Šimeček, said hotels in Prague 1 filled 71% of their rooms last year, against 83% in 2019.",
                "Petr Šimeček",
                "said",
                "W",
            ),
            (
                "“Every flat let to tourists is a room we do not sell,” he said.",
                "Petr Šimeček",
                "said",
                "",
            ),
        ],
        [
            (
                "The Local Fees Act allows municipalities to charge up to CZK 100 per guest per night.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Vojtěch Koubek, who leads the opposition group in the assembly, said the city had “no way of checking” which flats were let.",
                "Vojtěch Koubek",
                "said",
                "",
            ),
            (
                "He said only 2,140 hosts had registered since the register opened in January.",
                "Vojtěch Koubek",
                "said",
                "W",
            ),
        ],
        [
            (
                "The assembly will debate a proposal to limit short-term lets in Prague 1 to 90 nights a year at its meeting on Dec. 9.",
                "",
                "",
                "W",
            )
        ],
        [("ondrej.kalina@praguependulum.cz", "", "", "B")],
        [
            (
                "THE PRAGUE PENDULUM · Editorial office: Václavské nám. 21, 110 00 Praha 1 · Tel. +420 224 000 000",
                "",
                "",
                "B",
            )
        ],
        [
            ("Published by Kyvadlo Vydavatelství s.r.o.", "", "", "B"),
            ("Reg. No. MK ČR E 14218.", "", "", "B"),
        ],
    ],
    [
        [("NewsHive", "", "", "B")],
        [("For you › Business › Hungary", "", "", "B")],
        [("Pest Compass · 3h · 4 min read", "", "", "B")],
        [("Egg prices up 31% in a year as Hungarian inflation climbs to 5.2%", "", "", "W")],
        [("Open in Pest Compass", "", "", "B")],
        [
            ("Egg stalls in the Central Market Hall in Budapest.", "", "", ""),
            ("Photo: Pest Compass", "", "", "B"),
        ],
        [("By Bence Halasi", "", "", "B")],
        [
            (
                "Consumer prices in Hungary rose 5.2% in October from a year earlier, up from 4.8% in September, the Hungarian Central Statistical Office (KSH) said on Tuesday.",
                "the Hungarian Central Statistical Office",
                "said",
                "W",
            ),
            ("Food prices rose 8.9%, the fastest rate since early 2024.", "", "", "W"),
            (
                "Eggs cost 31.4% more than a year earlier, butter 22.6% and white bread 11.8%, according to the office's data.",
                "the office's data",
                "according to",
                "W",
            ),
            (
                "A 250-gram block of butter cost between HUF 1,190 and HUF 1,490 at the big supermarket chains last week, according to a survey by Pest Compass.",
                "a survey by Pest Compass",
                "according to",
                "W",
            ),
            (
                "Core inflation, which leaves out energy and unprocessed food, was 4.6%, KSH said.",
                "the Hungarian Central Statistical Office",
                "said",
                "W",
            ),
        ],
        [
            (
                "Gizella Szabó, 63, has sold eggs from her family's farm near Cegléd at the Central Market Hall on Fővám tér since 1994.",
                "",
                "",
                "",
            ),
            (
                "She said she now charges HUF 110 an egg, up from HUF 80 last autumn.",
                "Gizella Szabó",
                "said",
                "W",
            ),
            (
                "Szabó said she sold about 1,500 eggs a week, half as many as in 2019.",
                "Gizella Szabó",
                "said",
                "",
            ),
            (
                "“Feed went up, electricity went up, and the hens did not start laying more eggs!” she said.",
                "Gizella Szabó",
                "said",
                "",
            ),
        ],
        [
            ("The country's largest egg producer is Alföldi Tojás Zrt.", "", "", "W"),
            (
                "It said bird flu outbreaks in Bács-Kiskun county last winter forced farms to cull about 2.1 million laying hens, a fifth of the national flock.",
                "Alföldi Tojás Zrt.",
                "said",
                "W",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "“Inflation has stopped falling and is climbing again,” said dr. Réka Szentpéteri-Vass, chief economist at the investment firm Tabán Partners.",
                "Réka Szentpéteri-Vass",
                "said",
                "",
            ),
            (
                "She said the forint had weakened 4.2% against the euro since July, making imported food dearer.",
                "Réka Szentpéteri-Vass",
                "said",
                "W",
            ),
            (
                "She expects inflation to peak at about 5.6% in January.",
                "Réka Szentpéteri-Vass",
                "expects",
                "",
            ),
        ],
        [
            (
                "The Magyar Nemzeti Bank, the central bank, left its base rate at 6.25% at its meeting on Oct. 26.",
                "",
                "",
                "W",
            ),
            (
                "Its target is inflation of 3%, with a tolerance band of one percentage point either way.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A cap limiting retailers' margins on 30 basic foods, including eggs, butter and flour, to 10% has been in force since March 2025 and runs until Feb. 28.",
                "",
                "",
                "W",
            ),
            (
                "The Ministry for National Economy said in a statement that the government would decide in January whether to extend it.",
                "The Ministry for National Economy",
                "said in a statement",
                "",
            ),
            (
                "It said wages rose 9.8% in the year to August, faster than prices.",
                "The Ministry for National Economy",
                "said",
                "W",
            ),
        ],
        [
            (
                "Bakery chain Pécsi Pékség Kft. said it had raised the price of a kilo of white bread at its 64 shops to HUF 1,290 from HUF 1,090 in October.",
                "Pécsi Pékség Kft.",
                "said",
                "W",
            ),
            (
                "It said it would not raise prices again before spring “unless flour does something silly”.",
                "Pécsi Pékség Kft.",
                "said",
                "",
            ),
        ],
        [("PRICE CHANGES, OCT. 2027 VS. OCT. 2026", "", "", "B")],
        [("Eggs · +31.4%", "", "", "")],
        [("Butter · +22.6%", "", "", "")],
        [("White bread · +11.8%", "", "", "")],
        [("Electricity · +1.2%", "", "", "")],
        [("Source: KSH", "", "", "B")],
        [("Next release: KSH publishes November's inflation figures on Dec. 12.", "", "", "W")],
        [("Read the full article on Pest Compass", "", "", "B")],
        [("More from Pest Compass", "", "", "B")],
        [("Budapest's 4 and 6 trams to run every three minutes at rush hour", "", "", "B")],
        [("👍 124   💬 31   ↗ Share", "", "", "B")],
        [("Follow Pest Compass for more stories like this", "", "", "B")],
    ],
    [
        [("mapochotelegraph.cl/sport/2027/12/05/union-cordillera-champions?print=1", "", "", "B")],
        [("THE MAPOCHO TELEGRAPH · Sport", "", "", "B")],
        [("🖨 Print this page   ✕ Close", "", "", "B")],
        [
            (
                "Unión Cordillera win first league title in 41 years with late header against Quinta Normal",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Teenager Rojas scores in 89th minute; 14 arrested after rival fans clash on Av. Vicuña Mackenna before kick-off",
                "",
                "",
                "W",
            )
        ],
        [("By Josefina Sepúlveda Kraus | December 5, 2027, 11:58 p.m.", "", "", "B")],
        [
            ("Cordillera players lift the trophy in front of the south stand.", "", "", ""),
            ("Photo: Ignacio Fuenzalida / The Mapocho Telegraph", "", "", "B"),
        ],
        [
            (
                "Unión Cordillera won the Chilean first division for the first time since 1986 on Sunday, beating Deportes Quinta Normal 2-1 at the Estadio Los Pataguas in Puente Alto.",
                "",
                "",
                "W",
            ),
            (
                "The win left them on 68 points, two ahead of Quinta Normal, with no matches left to play.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Quinta Normal led from the 23rd minute, when their Paraguayan striker Ever Benítez-Aguayo scored from the penalty spot after a handball by Nicolás Henríquez Urrutia.",
                "",
                "",
                "W",
            ),
            (
                "Cordillera's captain, Cristóbal Muñoz Ferrada, equalised in the 61st minute with a shot from 25 metres.",
                "",
                "",
                "W",
            ),
            (
                "In the 89th, Matías Rojas Carrasco, 19, headed in a corner from Muñoz at the near post.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Cordillera coach Gonzalo Ibáñez Sotomayor said the title belonged “to the people of Puente Alto, who waited 41 years and never stopped coming”.",
                "Gonzalo Ibáñez Sotomayor",
                "said",
                "",
            ),
            (
                "“Who said a club at the end of the metro line could not win this?” he asked.",
                "Gonzalo Ibáñez Sotomayor",
                "asked",
                "",
            ),
            (
                "Ibáñez said 11 of the 23 players in his squad had come through the club's academy.",
                "Gonzalo Ibáñez Sotomayor",
                "said",
                "W",
            ),
        ],
        [
            ("Rojas said he had “closed my eyes and jumped”.", "Matías Rojas Carrasco", "said", ""),
            (
                "“My grandfather was in this stadium in 1986!” he said.",
                "Matías Rojas Carrasco",
                "said",
                "",
            ),
        ],
        [
            (
                "Quinta Normal's coach, Leandro Achával-Pinto, told reporters the corner should never have been given.",
                "Leandro Achával-Pinto",
                "told reporters",
                "",
            ),
            (
                "“The ball came off their man, and everyone in the stadium saw it,” he said.",
                "Leandro Achával-Pinto",
                "said",
                "",
            ),
            ("Benítez-Aguayo finished as the league's top scorer with 24 goals.", "", "", "W"),
            (
                "The defeat ended Quinta Normal's run of 19 league matches without a loss.",
                "",
                "",
                "W",
            ),
            (
                "Asked whether he would stay on, Achával-Pinto said: “That is a question for the board, not for tonight.”",
                "Leandro Achával-Pinto",
                "said",
                "",
            ),
        ],
        [
            (
                "Carabineros said 14 people were arrested after rival fans threw stones at each other on Av. Vicuña Mackenna about two hours before kick-off, and two officers were slightly hurt.",
                "Carabineros",
                "said",
                "W",
            ),
            ("Carabineros put the crowd at 17,400.", "", "", "W"),
            (
                "Under the ANFP's disciplinary code, a club whose supporters take part in violence near its ground can be ordered to play up to three home matches without spectators.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Fernanda Quiroz Maturana, 52, a season-ticket holder since 1993, watched the last minutes with her hands over her eyes.",
                "",
                "",
                "",
            ),
            (
                "“I did not see the goal, I only heard it!” she said.",
                "Fernanda Quiroz Maturana",
                "said",
                "",
            ),
        ],
        [
            ("Unión Cordillera is run by Cordillera Deportes S.A.D.P.", "", "", "W"),
            ("The firm took over the club's football operations in 2019.", "", "", "W"),
            (
                "It said the club's wage bill this season was CLP 3.8 billion, the eighth-largest in the division.",
                "Cordillera Deportes S.A.D.P.",
                "said",
                "W",
            ),
            (
                "The club's president, Marcela Toro Villagrán, said the title had been won “with the smallest budget of any champion this century”.",
                "Marcela Toro Villagrán",
                "said",
                "",
            ),
            (
                "She said the club would use the prize money to put a roof on the north stand.",
                "Marcela Toro Villagrán",
                "said",
                "",
            ),
        ],
        [
            (
                "The title brings CLP 1.1 billion in prize money from the league and a place in the group stage of next year's Copa Libertadores.",
                "",
                "",
                "W",
            ),
            (
                "Cordillera will play the cup winners in the Supercopa on Jan. 20 at 7 p.m. in Concepción, the league said.",
                "the league",
                "said",
                "W",
            ),
        ],
        [("MATCH FACTS", "", "", "B")],
        [
            (
                "Unión Cordillera 2 (Muñoz 61', Rojas 89'), Deportes Quinta Normal 1 (Benítez-Aguayo 23' pen.)",
                "",
                "",
                "",
            )
        ],
        [("Stadium: Estadio Los Pataguas, Puente Alto · Attendance: 17,400", "", "", "")],
        [("Referee: J. P. Tapia Lobos", "", "", "")],
        [
            (
                "Yellow cards: Henríquez, Muñoz (Cordillera); Benítez-Aguayo, Ortúzar (Quinta Normal)",
                "",
                "",
                "",
            )
        ],
        [
            (
                "URL: https://mapochotelegraph.cl/sport/2027/12/05/union-cordillera-champions",
                "",
                "",
                "B",
            )
        ],
        [("© 2027 Ediciones Mapocho S.A.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [
        [("BOGOTÁ BULLETIN — TEXT EDITION", "", "", "B")],
        [("[Home] [Bogotá] [Colombia] [Business] [Sport] [Full site]", "", "", "B")],
        [
            (
                "Court suspends TransMilenio fare rise in Bogotá until it rules on lawsuit",
                "",
                "",
                "W",
            )
        ],
        [("By Camila Otálora Benavides", "", "", "B")],
        [("Nov. 17, 2027, 7:05 p.m. COT", "", "", "B")],
        [("------------------------------", "", "", "B")],
        [
            (
                "The Administrative Court of Cundinamarca on Wednesday suspended a city decree that would have raised the fare on Bogotá's TransMilenio bus system to COP 3,550 from COP 3,200 on December 1.",
                "",
                "",
                "W",
            ),
            (
                "The order is provisional and stays in force until the court rules on a lawsuit against the decree.",
                "",
                "",
                "W",
            ),
            ("The decree was signed by the mayor on Oct. 21.", "", "", "W"),
            (
                "It would also have raised the price of a transfer to the feeder buses to COP 300 from COP 200.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Magistrate Luz Marina Cárdenas Villamil wrote in the order that the city had not published the technical study behind the rise for the 30 days of public comment that its own rules require.",
                "Luz Marina Cárdenas Villamil",
                "wrote in the order",
                "W",
            ),
            (
                "“A fare that 2.4 million people pay every day cannot be raised on the strength of a document nobody has read,” she wrote.",
                "Luz Marina Cárdenas Villamil",
                "wrote",
                "",
            ),
            (
                "The court gave the city ten days to send it the study and the comments it received.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The order was published on the court's website shortly after 6 p.m.", "", "", "W"),
            (
                "City officials said they learned of it from reporters.",
                "City officials",
                "said",
                "",
            ),
        ],
        [
            (
                "The suit was filed in October by Juan Camilo Restrepo Ossa, a lawyer who rides TransMilenio every day to his office on Cra. 7 in the city centre.",
                "",
                "",
                "W",
            ),
            (
                "“I did not expect a decision before Christmas!” Restrepo said.",
                "Juan Camilo Restrepo Ossa",
                "said",
                "",
            ),
            (
                "He said the study was posted on the city's website on Oct. 2, only 19 days before the decree was signed.",
                "Juan Camilo Restrepo Ossa",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mobility secretary Andrés Felipe Zuluaga Peña said the city would appeal.",
                "Andrés Felipe Zuluaga Peña",
                "said",
                "",
            ),
            (
                "Zuluaga said fares covered only 64% of the system's operating costs last year, and the city paid COP 2.9 trillion into its stabilisation fund.",
                "Andrés Felipe Zuluaga Peña",
                "said",
                "W",
            ),
            (
                "“Every peso we do not collect at the turnstile comes out of schools and hospitals,” he said.",
                "Andrés Felipe Zuluaga Peña",
                "said",
                "",
            ),
        ],
        [
            (
                "TransMilenio S.A., the public company that manages the system, said it would keep charging COP 3,200 until further notice.",
                "TransMilenio S.A.",
                "said",
                "W",
            ),
            ("It said card readers would be reset overnight.", "TransMilenio S.A.", "said", ""),
        ],
        [
            (
                "Under the city's rules, a draft decree must be open for public comment for at least 30 days before it is signed.",
                "",
                "",
                "W",
            ),
            (
                "(The rule was adopted in 2019 after an earlier fare rise was challenged in court.)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Most of the system's feeder routes in Suba are run by Movilidad Sabana S.A.S.",
                "",
                "",
                "W",
            ),
            (
                "It said in a statement that the city's payments to the company were three months late.",
                "Movilidad Sabana S.A.S.",
                "said in a statement",
                "W",
            ),
            (
                "It said it could not “keep buses on the road with promises”.",
                "Movilidad Sabana S.A.S.",
                "said",
                "",
            ),
        ],
        [
            (
                "Yesenia Moreno Cárdenas, 34, cleans offices in Chapinero and takes two buses each way from her home in Bosa.",
                "",
                "",
                "",
            ),
            (
                "Moreno said she spent about COP 256,000 a month on fares and her employer paid nothing towards them.",
                "Yesenia Moreno Cárdenas",
                "said",
                "",
            ),
            (
                "“Why should the fare go up when the buses are fuller than ever?” she asked.",
                "Yesenia Moreno Cárdenas",
                "asked",
                "",
            ),
        ],
        [
            ("The city last raised the fare in February 2027, by COP 200.", "", "", "W"),
            (
                "The city council's mobility committee will hold a debate on TransMilenio's finances on Nov. 24 at 9 a.m. in the council chamber.",
                "",
                "",
                "W",
            ),
        ],
        [("[Read the court order (PDF)]", "", "", "B")],
        [("Comments are not shown in the text edition.", "", "", "B")],
        [("Related: Bogotá metro's first train completes test run on elevated track", "", "", "B")],
        [("[Back to top] [Full site] [Text edition home]", "", "", "B")],
        [("Bogotá Bulletin · Cra. 13 No. 85-32, Bogotá · (601) 555 0199", "", "", "B")],
        [("© 2027 Bulletin Medios S.A.S.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [
        [("Feedwell", "", "", "B")],
        [("All items › World › The Rímac Register", "", "", "B")],
        [("☆ Star   ✓ Mark as read   ↗ Open original", "", "", "B")],
        [("Heavy rains close 312 schools in Piura as river nears danger level", "", "", "W")],
        [("The Rímac Register · Lucía Huamaní Berger · 2 hours ago", "", "", "B")],
        [("↗ Share · Save for later", "", "", "B")],
        [
            ("Flooded streets in the centre of Piura on Monday.", "", "", ""),
            ("(Photo: The Rímac Register)", "", "", "B"),
        ],
        [
            (
                "Classes were suspended at 312 schools in the Piura region on Monday after 84 millimetres of rain fell on the city of Piura in 24 hours, the regional education directorate said.",
                "the regional education directorate",
                "said",
                "W",
            ),
            ("The suspension covers about 71,000 pupils and runs until Wednesday.", "", "", "W"),
            (
                "Schools in the provinces of Sullana and Morropón will stay open, the directorate said.",
                "the directorate",
                "said",
                "W",
            ),
        ],
        [
            (
                "The flow of the Piura River at the Sánchez Cerro bridge reached 1,850 cubic metres per second at 5 a.m., the National Meteorology and Hydrology Service (SENAMHI) said.",
                "the National Meteorology and Hydrology Service",
                "said",
                "W",
            ),
            (
                "SENAMHI declares a red alert when the flow passes 2,000 cubic metres per second.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "SENAMHI meteorologist Ing. Rosa Elvira Quispe Huamán said more heavy rain was expected on Tuesday night.",
                "Rosa Elvira Quispe Huamán",
                "said",
                "",
            ),
            (
                "Quispe said the sea off Paita was 3.1 degrees warmer than normal for November, the highest reading since 2017.",
                "Rosa Elvira Quispe Huamán",
                "said",
                "W",
            ),
            (
                "“A warm sea means rain in Piura, every time,” she said.",
                "Rosa Elvira Quispe Huamán",
                "said",
                "",
            ),
        ],
        [("ADVERTISING", "", "", "B")],
        [
            (
                "Water covered Jr. Lima and Av. Grau in the city centre by mid-morning, and the regional government closed its offices at noon.",
                "",
                "",
                "W",
            ),
            (
                "Anselmo Chunga Yarlequé, 58, stood in water up to his knees outside his shoe shop on Jr. Lima.",
                "",
                "",
                "",
            ),
            (
                "“In 2017 the water reached the counter, and today it is almost there again!” he said.",
                "Anselmo Chunga Yarlequé",
                "said",
                "",
            ),
            (
                "Chunga said he had lost about 40 pairs of shoes.",
                "Anselmo Chunga Yarlequé",
                "said",
                "",
            ),
        ],
        [
            (
                "Yolanda Zapata Córdova, whose two children attend school No. 14045 in Castilla, said its roof leaked even in light rain.",
                "Yolanda Zapata Córdova",
                "said",
                "",
            ),
            (
                "“Where are they supposed to study, in the river?” she asked.",
                "Yolanda Zapata Córdova",
                "asked",
                "",
            ),
        ],
        [
            (
                "The National Institute of Civil Defence (INDECI) said 1,240 homes had been damaged and 3,600 people affected in the region since Saturday.",
                "The National Institute of Civil Defence",
                "said",
                "W",
            ),
            (
                "INDECI said no deaths had been reported.",
                "The National Institute of Civil Defence",
                "said",
                "W",
            ),
        ],
        [
            (
                "The regional water company cut supply to about 40% of the city on Monday morning to keep mud out of its treatment plant at Curumuy, it said.",
                "The regional water company",
                "said",
                "W",
            ),
            (
                "The regional government hired 26 water trucks from Transportes Cieneguillo S.A.C.",
                "",
                "",
                "W",
            ),
            ("The firm said each truck holds 20,000 litres.", "The firm", "said", "W"),
        ],
        [
            (
                "Regional governor Ernesto Yovera Paico said the region had asked the national government on Monday to declare a state of emergency in 22 districts.",
                "Ernesto Yovera Paico",
                "said",
                "W",
            ),
            (
                "“How many times must Piura flood before the drains are finished?” he asked.",
                "Ernesto Yovera Paico",
                "asked",
                "",
            ),
            (
                "The national government declared a 60-day state of emergency in 14 districts of Piura and Tumbes in March, under Supreme Decree No. 034-2027-PCM.",
                "",
                "",
                "W",
            ),
            (
                "The Ministry of Housing said it would send 40 pumps by Wednesday.",
                "The Ministry of Housing",
                "said",
                "",
            ),
        ],
        [
            (
                "The storm drain along Av. Sánchez Cerro, begun in 2023, is 62% complete, according to the regional government's project tracker.",
                "the regional government's project tracker",
                "according to",
                "W",
            )
        ],
        [("Next update: SENAMHI will publish its next river bulletin at 5 p.m.", "", "", "W")],
        [("Visit website", "", "", "B")],
        [("Tags: Peru · Weather · Piura", "", "", "B")],
        [("‹ Previous item   Next item ›", "", "", "B")],
        [
            (
                "Next in The Rímac Register: Lima's Line 2 metro to open four more stations in January",
                "",
                "",
                "B",
            )
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h115-be-nv-ends",
        "The signals were supplied by Railtec Zuid NV. The firm has not commented.",
        ["The signals were supplied by Railtec Zuid NV.", "The firm has not commented."],
    ),
    (
        "h115-be-oct-ends",
        "The amendment was signed on 7 Oct. It runs until the end of 2031.",
        ["The amendment was signed on 7 Oct.", "It runs until the end of 2031."],
    ),
    (
        "h115-at-initial-ends",
        "The bills were signed by Gerlinde K. She denies the charges.",
        ["The bills were signed by Gerlinde K.", "She denies the charges."],
    ),
    (
        "h115-at-gmbh-ends",
        "The readings were taken by Wärmeblick GmbH. It closed in 2025.",
        ["The readings were taken by Wärmeblick GmbH.", "It closed in 2025."],
    ),
    (
        "h115-at-pm-initial",
        "The hearing ended shortly after 3 p.m. K. left without a word.",
        ["The hearing ended shortly after 3 p.m.", "K. left without a word."],
    ),
    (
        "h115-ch-ag-ends",
        "Most adults in Jura are insured with Juraplus Kranken AG. Its premiums rise 5.4%.",
        ["Most adults in Jura are insured with Juraplus Kranken AG.", "Its premiums rise 5.4%."],
    ),
    (
        "h115-dk-as-ends",
        "Patients are sorted with software from Medisort A/S. It is used in nine hospitals.",
        ["Patients are sorted with software from Medisort A/S.", "It is used in nine hospitals."],
    ),
    (
        "h115-dk-exclaim-attrib",
        "“I waited seven hours!” the woman said. Her son nodded.",
        ["“I waited seven hours!” the woman said.", "Her son nodded."],
    ),
    (
        "h115-se-ab-ends",
        "The grid in Österlen is run by Vindhem Elnät AB. It has 140,000 customers.",
        ["The grid in Österlen is run by Vindhem Elnät AB.", "It has 140,000 customers."],
    ),
    (
        "h115-se-question-asked-name",
        "“Why is the bridge still open?” asked a commuter at the toll station. Nobody could tell him.",
        [
            "“Why is the bridge still open?” asked a commuter at the toll station.",
            "Nobody could tell him.",
        ],
    ),
    (
        "h115-no-asa-ends",
        "The farms belong to Nordkyst Havbruk ASA. Its shares fell 3.2%.",
        ["The farms belong to Nordkyst Havbruk ASA.", "Its shares fell 3.2%."],
    ),
    (
        "h115-no-as-org-no",
        "It is published by Fjordvik Forlag AS. Org. no. 912 334 876.",
        ["It is published by Fjordvik Forlag AS.", "Org. no. 912 334 876."],
    ),
    (
        "h115-fi-oy-ends",
        "The meals are cooked by Saimaan Keittiö Oy. The firm won the contract in 2025.",
        ["The meals are cooked by Saimaan Keittiö Oy.", "The firm won the contract in 2025."],
    ),
    (
        "h115-cz-sro-ends",
        "He lets the flats through Malá Strana Byty s.r.o. The company is registered in Brno.",
        ["He lets the flats through Malá Strana Byty s.r.o.", "The company is registered in Brno."],
    ),
    (
        "h115-cz-quote-question-no-attrib",
        "“Who is this square for? For the people who live on it?” he asked.",
        ["“Who is this square for?", "For the people who live on it?” he asked."],
    ),
    (
        "h115-hu-zrt-ends",
        "Most eggs in the shops come from Dunamenti Tojás Zrt. Its prices rose 27%.",
        ["Most eggs in the shops come from Dunamenti Tojás Zrt.", "Its prices rose 27%."],
    ),
    (
        "h115-cl-sadp-ends",
        "The club is run by Andes Fútbol S.A.D.P. The firm lost money last season.",
        ["The club is run by Andes Fútbol S.A.D.P.", "The firm lost money last season."],
    ),
    (
        "h115-cl-am-ends",
        "Fans queued from 6 a.m. Police counted 14,000 at the gates.",
        ["Fans queued from 6 a.m.", "Police counted 14,000 at the gates."],
    ),
    (
        "h115-pe-sac-ends",
        "The trucks came from Aguas del Chira S.A.C. Each holds 20,000 litres.",
        ["The trucks came from Aguas del Chira S.A.C.", "Each holds 20,000 litres."],
    ),
    (
        "h115-pe-jr-ends",
        "The water reached the shops on Jr. Callao. The market closed at noon.",
        ["The water reached the shops on Jr. Callao.", "The market closed at noon."],
    ),
    (
        "h115-ch-fr-st-mid",
        "In St. Gallen the premium rises to Fr. 396.60 a month.",
        ["In St. Gallen the premium rises to Fr. 396.60 a month."],
    ),
    (
        "h115-at-mag-dr-mid",
        "Mag. Dr. Heidrun Falkner chaired the hearing. It lasted seven days.",
        ["Mag. Dr. Heidrun Falkner chaired the hearing.", "It lasted seven days."],
    ),
    (
        "h115-at-initial-mid",
        "The court found that K. had invented 212 readings.",
        ["The court found that K. had invented 212 readings."],
    ),
    (
        "h115-hu-dr-lower-mid",
        "“Prices are climbing again,” said dr. Zsófia Bánki, an economist.",
        ["“Prices are climbing again,” said dr. Zsófia Bánki, an economist."],
    ),
    (
        "h115-hu-kft-mid",
        "Bakery chain Szegedi Kenyér Kft. said it had raised its prices. It has 38 shops.",
        ["Bakery chain Szegedi Kenyér Kft. said it had raised its prices.", "It has 38 shops."],
    ),
    (
        "h115-co-cra-no-mid",
        "The office is at Cra. 7 No. 27-18 in the city centre. It opens at 8 a.m.",
        ["The office is at Cra. 7 No. 27-18 in the city centre.", "It opens at 8 a.m."],
    ),
    (
        "h115-cz-as-comma-mid",
        "The data come from Pražská data, a.s., which the city owns.",
        ["The data come from Pražská data, a.s., which the city owns."],
    ),
    (
        "h115-be-av-am-mid",
        "Trams on av. Louise run every five minutes from 7 a.m. to 9.30 a.m. on weekdays.",
        ["Trams on av. Louise run every five minutes from 7 a.m. to 9.30 a.m. on weekdays."],
    ),
    (
        "h115-pe-school-no-mid",
        "Pupils at school No. 14045 in Castilla were sent home. The roof leaked.",
        ["Pupils at school No. 14045 in Castilla were sent home.", "The roof leaked."],
    ),
    (
        "h115-cl-referee-initials-mid",
        "The referee, J. P. Tapia Lobos, showed four yellow cards.",
        ["The referee, J. P. Tapia Lobos, showed four yellow cards."],
    ),
]
